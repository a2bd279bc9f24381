import { describe, expect, it } from "vitest";
import { parseMetrics } from "./metrics-file.js";

describe("metrics files", () => {
  it("flattens nested JSON keys with dots", async () => {
    expect(
      await parseMetrics('{"accuracy": 0.9, "val": {"f1": 0.8, "loss": {"total": 1}}}', "m.json"),
    ).toEqual({
      accuracy: 0.9,
      "val.f1": 0.8,
      "val.loss.total": 1,
    });
  });

  it("reads YAML", async () => {
    expect(await parseMetrics("accuracy: 0.5\nnested:\n  rmse: 2\n", "m.yaml")).toEqual({
      accuracy: 0.5,
      "nested.rmse": 2,
    });
  });

  it("takes the last non-empty value of each CSV column", async () => {
    expect(await parseMetrics("step,loss,acc\n1,0.9,0.5\n2,0.5,\n", "log.csv")).toEqual({
      step: 2,
      loss: 0.5,
      acc: 0.5,
    });
  });

  it.each([
    ['{"accuracy": NaN}', "NaN"],
    ['{"loss": Infinity}', "Infinity"],
    ['{"a": {"b": -Infinity}}', "-Infinity"],
  ])("names the key of a non-finite value in %s (as Python's json writes it)", async (text, found) => {
    await expect(parseMetrics(text, "m.json")).rejects.toThrow(
      new RegExp(`metric '.*': expected a finite number, found ${found}$`),
    );
  });

  it("refuses strings and booleans instead of dropping them", async () => {
    await expect(parseMetrics('{"model": "xgb"}', "m.json")).rejects.toThrow(
      `m.json: metric 'model': expected a finite number, found "xgb"`,
    );
    await expect(parseMetrics("ok: true\n", "m.yml")).rejects.toThrow(
      "metric 'ok': expected a finite number, found true",
    );
    await expect(parseMetrics("step,acc\n1,n/a\n", "m.csv")).rejects.toThrow(
      `m.csv line 2: metric 'acc': expected a finite number, found "n/a"`,
    );
  });

  it("refuses an empty file and a non-object", async () => {
    await expect(parseMetrics("  \n", "m.json")).rejects.toThrow("m.json: metrics file is empty");
    await expect(parseMetrics("[1,2]", "m.json")).rejects.toThrow(/found an array/);
  });
});
