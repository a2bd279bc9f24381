import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clearRegisteredSecrets, type MemoryLogger } from "@mlops/core";
import { memoryActionIO } from "@mlops/testkit";
import { main as train } from "../../actions/train/src/main.js";
import { main as register } from "../../actions/register-model/src/main.js";

// Issue 17, "Secrets stay secret", train side: a training command with a secret in it
// (`API_KEY=sk_live_… python train.py`, `--api-key …`) is stored in the run record, copied into
// the registry's ModelVersion (the registry branch's git history) and rendered in the summary,
// PR comment and check run, where Markdown escaping defeats the runner's mask. Train and
// register in-process (the same step definitions the bundles run) and look everywhere.

/** Every file below `dir`, recursively. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesBelow(p) : [p];
  });
}

const trainer = `node -e "require('fs').writeFileSync('model.json', '{}'); require('fs').writeFileSync('m.json', JSON.stringify({accuracy: 0.9, key: process.env.API_KEY.length}))"`;

describe("train secrets (issue 17)", () => {
  it("API_KEY=sk_live_… and --api-key …: no sk_live_ in the run record, the summary or the registered ModelVersion", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-train-secrets-"));
    const command = `API_KEY=sk_live_envStyle0123 ${trainer} -- --api-key sk_live_flagStyle456 --password=sk_live_eqStyle789`;
    const trained = memoryActionIO({ command, "model-path": "model.json", "metrics-file": "m.json" });
    await train({ io: trained, env: { GITHUB_WORKSPACE: dir, PATH: process.env.PATH ?? "" } });
    expect(trained.failed).toBeNull();
    // The command did get the value (it ran for real).
    expect(JSON.parse(trained.outputs.metrics!)).toMatchObject({ key: "sk_live_envStyle0123".length });

    const recordFile = path.join(dir, trained.outputs["run-record"]!);
    const record = JSON.parse(readFileSync(recordFile, "utf8"));
    expect(record.command).toBe(`API_KEY=*** ${trainer} -- --api-key *** --password=***`);
    expect(readFileSync(recordFile, "utf8")).not.toContain("sk_live_");
    expect(trained.summary).toContain("API_KEY=***");
    expect(trained.summary).not.toContain("sk_live_");

    const registered = memoryActionIO({
      model: "weather",
      "model-path": "model.json",
      "run-record": trained.outputs["run-record"]!,
      registry: "local",
      "registry-path": "reg",
    });
    await register({ io: registered, env: { GITHUB_WORKSPACE: dir } });
    expect(registered.failed).toBeNull();
    const stored = filesBelow(path.join(dir, "reg")).filter((f) => f.endsWith(".json"));
    const versionText = stored.map((f) => readFileSync(f, "utf8")).join("\n");
    expect(versionText).toContain("API_KEY=***");
    expect(versionText).not.toContain("sk_live_");
    expect(registered.summary).not.toContain("sk_live_");
    // Nothing anywhere in the workspace's .mlops and registry keeps the value.
    for (const f of [...filesBelow(path.join(dir, ".mlops")), ...filesBelow(path.join(dir, "reg"))]) {
      expect(readFileSync(f, "utf8"), f).not.toContain("sk_live_");
    }
  });

  it("a run record written elsewhere (an older mlops, by hand) is redacted again by the registry", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-train-secrets-"));
    const trained = memoryActionIO({ command: "echo '{}' > model.json", "model-path": "model.json" });
    await train({ io: trained, env: { GITHUB_WORKSPACE: dir, PATH: process.env.PATH ?? "" } });
    expect(trained.failed).toBeNull();
    const record = JSON.parse(readFileSync(path.join(dir, trained.outputs["run-record"]!), "utf8"));
    record.command = "TOKEN=sk_live_handwritten1 python train.py --token sk_live_handwritten2";
    writeFileSync(path.join(dir, "old-run.json"), JSON.stringify(record));
    const registered = memoryActionIO({
      model: "weather",
      "model-path": "model.json",
      "run-record": "old-run.json",
      registry: "local",
      "registry-path": "reg",
    });
    await register({ io: registered, env: { GITHUB_WORKSPACE: dir } });
    expect(registered.failed).toBeNull();
    const stored = filesBelow(path.join(dir, "reg")).map((f) => readFileSync(f, "utf8"));
    expect(stored.join("\n")).toContain("TOKEN=*** python train.py --token ***");
    expect(stored.join("\n")).not.toContain("sk_live_");
  });

  it("the run cache hashes the real command: the same command hits, another secret value misses", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-train-secrets-"));
    const logs: string[] = [];
    const run = async (key: string) => {
      const io = memoryActionIO({
        command: `API_KEY=${key} ${trainer}`,
        "model-path": "model.json",
        "metrics-file": "m.json",
        cache: "true",
      });
      await train({ io, env: { GITHUB_WORKSPACE: dir, PATH: process.env.PATH ?? "" } });
      expect(io.failed).toBeNull();
      logs.push((io.logger as MemoryLogger).messages().join("\n"));
      return io.outputs["cache-hit"];
    };
    expect(await run("sk_live_first0001")).toBe("false");
    expect(await run("sk_live_first0001")).toBe("true");
    // Same length (the metric is the key's length): only the fingerprint can tell them apart.
    expect(await run("sk_live_other0002")).toBe("false");
    // The miss is explained without the values: the records hold only the redacted command.
    expect(logs[2]).toMatch(/differs in command: a value shown as \*\*\* differs/);
    expect(logs.join("\n")).not.toContain("sk_live_");
  });

  it("a value the step knows is secret (a registered mask) is redacted wherever it appears", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-train-secrets-"));
    const io = memoryActionIO({
      command: `${trainer.replace("process.env.API_KEY.length", "1")} sk_live_positional00`,
    });
    io.logger.setSecret("sk_live_positional00");
    try {
      await train({ io, env: { GITHUB_WORKSPACE: dir, PATH: process.env.PATH ?? "" } });
      expect(io.failed).toBeNull();
      const record = readFileSync(path.join(dir, io.outputs["run-record"]!), "utf8");
      expect(record).not.toContain("sk_live_positional00");
      expect(JSON.parse(record).command).toMatch(/ \*\*\*$/);
      expect(io.summary).not.toContain("sk_live_positional00");
    } finally {
      clearRegisteredSecrets();
    }
  });
});
