import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.js";

describe("mlops.yml", () => {
  it("reads every section", async () => {
    const config = await parseConfig(
      [
        "model: weather-classifier",
        "train:",
        "  command: python train.py",
        "  cache: true",
        "  data: [data/2012.csv, data/2013.csv]",
        "evaluate:",
        "  baseline: production",
        "  gates:",
        "    accuracy: { min_absolute_change: -0.01 }",
        "deploy: { target: directory, directory: serving }",
      ].join("\n"),
    );
    expect(config.model).toBe("weather-classifier");
    expect(config.train?.cache).toBe(true);
    expect(config.evaluate?.gates).toEqual({ accuracy: { min_absolute_change: -0.01 } });
  });

  it("names the line and column of an unknown key, and lists the known ones", async () => {
    await expect(parseConfig("model: m\ntrain:\n  comand: x\n", "mlops.yml")).rejects.toThrow(
      /^mlops\.yml line 3 column 3: configuration 'train': unknown key 'comand'; expected one of: command, /,
    );
  });

  it("names the line and column of a value of the wrong type", async () => {
    await expect(parseConfig("train:\n  cache: maybe\n", "m.yml")).rejects.toThrow(
      /^m\.yml line 2 column 10: configuration 'train\.cache'/,
    );
  });

  it("reports YAML syntax errors with a position", async () => {
    await expect(parseConfig("train:\n  command: [unclosed\n", "m.yml")).rejects.toThrow(
      /^m\.yml line \d+ column \d+: invalid YAML/,
    );
  });

  it("rejects a model name with path tricks", async () => {
    await expect(parseConfig("model: ../etc\n", "m.yml")).rejects.toThrow(/configuration 'model'/);
  });

  it("rejects duplicate keys", async () => {
    await expect(parseConfig("model: a\nmodel: b\n", "m.yml")).rejects.toThrow(
      /m\.yml line 2 column \d+: invalid YAML/,
    );
  });
});
