import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { readXyChart } from "@mlops/report";
import { runMlops, tempDir } from "@mlops/testkit";
import * as f from "../../packages/report/test-support/fixtures.js";

/* `mlops report` renders locally what report-metrics posts. */

/** `mlops` in-process (the bundled CLI runs in test/cli). */
async function mlops(cwd: string, ...args: string[]): Promise<void> {
  const r = await runMlops(args, { cwd, mode: "source" });
  if (r.status !== 0) throw new Error(r.stderr || `exit ${r.status}`);
}

describe("mlops report", () => {
  it("renders the comment with the local registry's history", async () => {
    const dir = tempDir("mlops-cli-report-");
    writeFileSync(path.join(dir, "comparison.json"), JSON.stringify(f.failingComparison()));
    const registry = new LocalRegistry({ root: path.join(dir, "registry"), logger: silentLogger });
    writeFileSync(path.join(dir, "model.bin"), "w");
    await registry.register({
      model: "weather-classifier",
      path: path.join(dir, "model.bin"),
      metrics: { accuracy: 0.83 },
    });
    const out = path.join(dir, "out", "comment.md");
    await mlops(
      dir,
      "report",
      "--comparison",
      path.join(dir, "comparison.json"),
      "--target",
      "comment",
      "--registry-path",
      path.join(dir, "registry"),
      "-o",
      out,
    );
    const md = readFileSync(out, "utf8");
    expect(md.split("\n")[0]).toBe("<!-- mlops-report:weather-classifier -->");
    expect(md).toContain("### ❌ weather-classifier: candidate `3f1c9a2` fails the gate");
    expect(readXyChart(md)!.columns).toEqual(["v1", "candidate"]);
  });

  it("says what is missing", async () => {
    const dir = tempDir("mlops-cli-report-");
    await expect(mlops(dir, "report")).rejects.toThrow(
      /give at least one of --comparison, --validation-report, --run-record/,
    );
    await expect(mlops(dir, "report", "--run-record", path.join(dir, "nope.json"))).rejects.toThrow(
      /nope\.json: file not found/,
    );
  });
});
