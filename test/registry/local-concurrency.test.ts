import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");

function runWorker(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(here, "fixtures/register-worker.ts"), ...args],
      {
        cwd: repoRoot,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("local registry under concurrent processes", () => {
  it("registers 20 concurrent versions from 20 processes without gaps or duplicates", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-reg-procs-"));
    const root = path.join(dir, "registry");
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const modelFile = path.join(dir, `model-${i}.bin`);
        await fs.writeFile(modelFile, `weights of worker ${i}\n`);
        return runWorker([root, "weather", modelFile, String(i)]);
      }),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const reported = results.map(
      (r) => JSON.parse(r.stdout) as { index: number; version: number; created: boolean },
    );
    expect(reported.every((r) => r.created)).toBe(true);
    expect(reported.map((r) => r.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );

    const registry = new LocalRegistry({ root, logger: silentLogger });
    const versions = await registry.list("weather");
    expect(versions.map((v) => v.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // Each worker's registration is in the index exactly once, under the number it was told.
    for (const r of reported) {
      const v = versions[r.version - 1]!;
      expect(v.idempotencyKey).toBe(`worker-${r.index}`);
      expect(v.metrics.accuracy).toBeCloseTo(r.index / 100);
    }
    expect(new Set(versions.map((v) => v.idempotencyKey)).size).toBe(20);
    const history = await registry.history("weather");
    expect(
      history
        .filter((h) => h.action === "register")
        .map((h) => h.version)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // Every stored copy verifies.
    const out = path.join(dir, "out");
    const d = await registry.download("weather", 20, out);
    expect((await fs.readFile(d.modelPath, "utf8")).startsWith("weights of worker")).toBe(true);
    // No lock or staging left behind.
    expect((await fs.readdir(path.join(root, "weather"))).sort()).toEqual([
      ".staging",
      "audit.jsonl",
      "index.json",
      "versions",
    ]);
    expect(await fs.readdir(path.join(root, "weather", ".staging"))).toEqual([]);
  });
});
