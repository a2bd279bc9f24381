import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { memoryActionIO } from "@mlops/testkit";
import { main } from "./main.js";

// register-model's main in-process over an in-memory StepIO and the local registry (the bundle:
// test/registry).

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-register-main-"));
  writeFileSync(path.join(dir, "model.pkl"), "pickled forest");
  writeFileSync(path.join(dir, "metrics.json"), JSON.stringify({ accuracy: 0.9 }));
  return dir;
}

const inputs = { model: "weather", "model-path": "model.pkl", registry: "local", "registry-path": "reg" };

describe("register-model main", () => {
  it("registers the next version and writes its outputs and summary", async () => {
    const dir = workspace();
    const first = memoryActionIO({ ...inputs, metrics: "metrics.json", aliases: "staging" });
    await main({ io: first, env: { GITHUB_WORKSPACE: dir } });
    expect(first.failed).toBeNull();
    expect(first.outputs).toEqual({
      version: "1",
      "model-uri": "models:/weather/1",
      created: "true",
      aliases: '["staging"]',
    });
    expect(first.summary).toMatch(/Registered weather version 1/);
    // The same bytes again are the same version; new bytes are the next one.
    const same = memoryActionIO(inputs);
    await main({ io: same, env: { GITHUB_WORKSPACE: dir } });
    expect([same.outputs.version, same.outputs.created]).toEqual(["1", "false"]);
    writeFileSync(path.join(dir, "model.pkl"), "pickled forest, retrained");
    const second = memoryActionIO(inputs);
    await main({ io: second, env: { GITHUB_WORKSPACE: dir } });
    expect([second.outputs.version, second.outputs.created]).toEqual(["2", "true"]);
  });

  it("takes the model name from mlops.yml; a missing one is the user's mistake", async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, "mlops.yml"), "version: 1\nmodel: forecast\n");
    const io = memoryActionIO({ ...inputs, model: "", config: path.join(dir, "mlops.yml") });
    await main({ io, env: { GITHUB_WORKSPACE: dir } });
    expect(io.outputs["model-uri"]).toBe("models:/forecast/1");
    const missing = memoryActionIO({ ...inputs, model: "" });
    await main({ io: missing, env: { GITHUB_WORKSPACE: dir } });
    expect(missing.failed?.message).toMatch(/^input 'model' is required/);
  });
});
