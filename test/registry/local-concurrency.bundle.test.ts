import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { runAction } from "@mlops/testkit";

// Ten processes started at once, all contending for the one registry's lock (each bundled run
// costs a Node process: twenty cost twice the CPU for the same race). Each runs the committed
// bundle (actions/register-model/dist/index.js), so the file is a *.bundle.test.ts and runs in the
// bundled run (`npm run test:bundled`) only, not in `npm test`. The lock from source: registrants
// in child processes in local-lock-fencing.test.ts, concurrent registrations in one process in
// packages/registry/src/local-registry.test.ts.
const N = 10;

describe("local registry under concurrent processes", () => {
  it(`registers ${N} concurrent versions from ${N} processes without gaps or duplicates`, async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-reg-procs-"));
    const root = path.join(dir, "shared-disk/registry");
    // N jobs of N workflow runs, each its own process running the bundled action, one registry.
    const results = await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        const ws = path.join(dir, `job-${i}`);
        await fs.mkdir(ws, { recursive: true });
        await fs.writeFile(path.join(ws, "model.bin"), `weights of job ${i}\n`);
        await fs.writeFile(path.join(ws, "metrics.json"), JSON.stringify({ accuracy: i / 100 }));
        const result = await runAction("register-model", {
          cwd: ws,
          facts: { runId: String(1000 + i) },
          inputs: {
            model: "weather",
            "model-path": "model.bin",
            metrics: "metrics.json",
            registry: "local",
            "registry-path": root,
          },
        });
        return { i, result };
      }),
    );
    for (const { result } of results) expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(results.every(({ result }) => result.outputs.created === "true")).toBe(true);
    const numbers = results.map(({ result }) => Number(result.outputs.version)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: N }, (_, i) => i + 1));

    const registry = new LocalRegistry({ root, logger: silentLogger });
    const versions = await registry.list("weather");
    expect(versions.map((v) => v.number)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    // Each process's registration is in the index exactly once, under the number it reported.
    for (const { i, result } of results) {
      const v = versions[Number(result.outputs.version) - 1]!;
      expect(v.idempotencyKey).toBe(`octo-org/ml-repo/runs/${1000 + i}/jobs/ml/models/weather`);
      expect(v.metrics.accuracy).toBeCloseTo(i / 100);
    }
    const history = await registry.history("weather");
    expect(history.map((h) => h.version).sort((a, b) => a! - b!)).toEqual(numbers);
    // Every stored copy verifies, and no lock or staging is left behind.
    for (const v of versions)
      await registry.download("weather", v.number, path.join(dir, "out", String(v.number)));
    expect((await fs.readdir(path.join(root, "weather"))).sort()).toEqual([
      ".staging",
      "audit.jsonl",
      "index.json",
      "versions",
    ]);
    expect(await fs.readdir(path.join(root, "weather", ".staging"))).toEqual([]);
  });
});
