import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readXyChart } from "@mlops/report";
import { nodeBinary } from "@mlops/testkit";

/*
 * The README's front door: `npm run demo` (scripts/demo.mjs) tells its year-by-year story on the
 * Seattle weather data, and the registry it leaves says the same: 2012 → v1 deployed; 2013 drifts,
 * passes the gates against production v1 → v2 promoted; the same again changes nothing.
 */

const root = path.resolve(import.meta.dirname, "../..");
// Inside the repository (.mlops/ is ignored), so the trainer finds ml-cart in node_modules.
mkdirSync(path.join(root, ".mlops"), { recursive: true });
const dir = mkdtempSync(path.join(root, ".mlops", "demo-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function demo(): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBinary(), [path.join(root, "scripts/demo.mjs")], {
      cwd: root,
      env: { ...process.env, MLOPS_DEMO_DIR: dir, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
  });
}

describe("npm run demo", () => {
  it("2012 trains and deploys v1; 2013 drifts, beats production and becomes v2; the same again changes nothing", async () => {
    const { code, out } = await demo();
    expect(code, out.slice(-4000)).toBe(0);
    const [, first, second, third] = out.split(/^████ .*$/m);
    // A compact story, not the whole Markdown three times: each step once, with its time.
    expect(out).not.toContain("| metric | baseline |");
    expect(first).toMatch(/^ {2}✔ register +registered v1 \(\d+\.\d s\)$/m);
    expect(first).toMatch(/^ {2}✔ deploy /m);
    expect(first).toMatch(/^ {2}verdict: no-baseline$/m);
    // The training command's own output is streamed.
    expect(first).toMatch(/^ {2}│ trained on data\/2012\.csv/m);
    expect(second).toMatch(/drift/i);
    expect(second).toMatch(/^ {2}✔ register +registered v2/m);
    expect(second).toMatch(/^ {2}✔ deploy +production: v1 → v2/m);
    expect(second).toMatch(
      /^ {2}verdict: pass against v1 \(production\); accuracy \d\.\d{3} → \d\.\d{3} \([+-]\d\.\d{3}, 95% CI \[[+-]?\d\.\d\d, [+-]?\d\.\d\d\], (not )?significant\)$/m,
    );
    expect(third).toMatch(/^ {2}✔ train +cache hit/m);
    expect(third).toMatch(/^ {2}✔ register +already registered as v2/m);
    expect(third).toMatch(/^ {2}✔ deploy +production already serves v2/m);
    expect(third).not.toMatch(/registered v\d/);
    expect(out).toMatch(/^ {2}2012 +ok$/m);
    expect(out).toMatch(/^ {2}2013 +ok$/m);
    expect(out).toMatch(/^ {2}2013 again +ok$/m);
    // Each run's report is kept; the v1 → v2 one names v1 as the compared baseline.
    for (const stage of ["2012", "2013", "2013-again"]) {
      expect(out).toContain(`report-${stage}.md`);
      expect(existsSync(path.join(dir, `report-${stage}.md`))).toBe(true);
      expect(existsSync(path.join(dir, "logs", `${stage}.log`))).toBe(true);
    }
    const v2 = readFileSync(path.join(dir, "report-2013.md"), "utf8");
    expect(v2.split("\n")[0]).toMatch(/passes the gate against \*\*v1\*\* \(`production`\)/);
    // The chart plots v1 as registered, then v1 re-scored (the table's baseline) and the candidate.
    expect(v2).toContain(
      "#### History: production v1 as registered (each on its own holdout), then v1\\* (v1 re-scored) and this candidate on the same 160 rows",
    );
    expect(readXyChart(v2)!.columns).toEqual(["v1", "v1*", "candidate"]);
    expect(v2).toMatch(/Model scan before loading: candidate ✅ safe \(\d+ files?\) · baseline v1 ✅ safe/);
    expect(v2).not.toMatch(/\/tmp\/|improved by -/);
    expect(readFileSync(path.join(dir, "logs", "2012.log"), "utf8")).toContain(
      "registered seattle-weather v1",
    );

    // What the demo leaves: two versions, production on v2, v2's files being served.
    const index = JSON.parse(
      readFileSync(path.join(dir, ".mlops/registry/seattle-weather/index.json"), "utf8"),
    ) as { versions: unknown[]; aliases: Record<string, number> };
    expect(index.versions).toHaveLength(2);
    expect(index.aliases).toEqual({ production: 2 });
    expect(existsSync(path.join(dir, ".serving/seattle-weather/current"))).toBe(true);
    expect(readFileSync(path.join(dir, ".mlops/run/report.md"), "utf8")).toContain("seattle-weather");

    // `mlops run` itself, as the demo ran it (logs/<stage>.log is its whole output): the pipeline
    // summary of each run, and `mlops models show` on the registry it left. (test/cli/run.bundle.test.ts
    // ran the same three runs of the example a second time for these; it keeps the other paths.)
    const log = (stage: string) => readFileSync(path.join(dir, "logs", `${stage}.log`), "utf8");
    const summary = (out: string) => out.slice(out.lastIndexOf("━━ pipeline"));
    expect(summary(log("2012"))).toMatch(/✔ register +registered v1/);
    expect(summary(log("2012"))).toMatch(/✔ deploy +production: v- → v1/);
    expect(summary(log("2013"))).toMatch(/✔ evaluate +verdict pass against v1/);
    expect(summary(log("2013"))).toMatch(/✔ deploy +production: v1 → v2/);
    expect(summary(log("2013-again"))).toMatch(/✔ train +cache hit/);
    expect(summary(log("2013-again"))).toMatch(/already registered as v2/);
    expect(summary(log("2013-again"))).toMatch(/production already serves v2/);
    const show = spawnSync(
      nodeBinary(),
      [
        path.join(root, "packages/cli/dist/index.js"),
        "models",
        "show",
        "seattle-weather",
        "--json",
        "--registry",
        "local",
      ],
      { cwd: dir, encoding: "utf8", timeout: 600_000 },
    );
    expect(show.status, show.stderr).toBe(0);
    const versions = JSON.parse(show.stdout) as Array<{ number: number; aliases: string[] }>;
    expect(versions.map((v) => [v.number, v.aliases])).toEqual([
      [1, []],
      [2, ["production"]],
    ]);
    // Three runs of the example's pipeline: a bound against a hang, not a speed (a loaded machine
    // takes minutes).
  }, 900_000);
});
