import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { STUB_GH, loadWorkflow } from "./workflow-runner.js";

/*
 * ml-monitor.yml's pieces that need no action of ours, so `npm test` runs them: the example's
 * committed 2015 serving logs and labels (what the performance chain monitors), and the alert
 * job's dispatch step under bash with a stub `gh`. The chain itself, with the bundled
 * monitor-model against the fake GitHub, is monitor-model.bundle.test.ts (the bundled run).
 */

const root = path.resolve(import.meta.dirname, "../..");
const WORKFLOW = path.join(root, ".github/workflows/ml-monitor.yml");
const REPO = "octo/weather";
const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-monitor-scripts-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the example's 2015 serving logs (examples/seattle-weather/monitoring, scripts/serve-2015.mjs)", () => {
  const example = path.join(root, "examples/seattle-weather");
  const csv = (file: string) => {
    const [head, ...rows] = readFileSync(file, "utf8").trim().split("\n");
    const names = head!.split(",");
    return rows.map((r) => Object.fromEntries(r.split(",").map((v, i) => [names[i]!, v])));
  };
  const months = Array.from({ length: 12 }, (_, i) => `2015-${String(i + 1).padStart(2, "0")}`);
  const observed = new Map(csv(path.join(example, "data/2015.csv")).map((r) => [r.date!, r]));

  it("one prediction per day of 2015 by v1, in the month's log, with the day's measurements and its argmax", () => {
    const seen = new Set<string>();
    for (const month of months) {
      for (const row of csv(path.join(example, `monitoring/predictions/${month}.csv`))) {
        const day = observed.get(row.id!)!;
        expect(row.id!.slice(0, 7)).toBe(month);
        expect(seen.has(row.id!)).toBe(false);
        seen.add(row.id!);
        expect(row).toMatchObject({ timestamp: `${row.id}T23:00:00Z`, model_version: "1" });
        for (const k of ["precipitation", "temp_max", "temp_min", "wind"])
          expect(Number(row[k])).toBe(Number(day[k]));
        const classes = ["drizzle", "fog", "rain", "snow", "sun"];
        const p = classes.map((c) => Number(row[`proba_${c}`]));
        expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        expect(row.prediction).toBe(classes[p.indexOf(Math.max(...p))]);
      }
    }
    expect(seen.size).toBe(365);
  });

  it("the labels are the observed weather, each in the file of the month it arrived in, 7 days after its day", () => {
    const labelled = new Set<string>();
    for (const month of months) {
      for (const row of csv(path.join(example, `monitoring/labels/${month}.csv`))) {
        expect(row.label).toBe(observed.get(row.id!)!.weather);
        const arrived = new Date(Date.parse(`${row.id}T23:00:00Z`) + 7 * 86_400_000).toISOString();
        expect(row.timestamp).toBe(arrived.replace(".000Z", "Z"));
        expect(row.timestamp!.slice(0, 7)).toBe(month);
        labelled.add(row.id!);
      }
    }
    // Everything up to 2015-12-24; the last week of December has not arrived.
    expect(labelled.size).toBe(358);
    expect([...observed.keys()].filter((d) => !labelled.has(d))).toEqual(
      Array.from({ length: 7 }, (_, i) => `2015-12-${25 + i}`),
    );
  });
});

describe("ml-monitor.yml: one dispatch per run, whatever was found, with the reason on one line", () => {
  const step = loadWorkflow(WORKFLOW).jobs.alert!.steps!.find((s) => s.name === "Dispatch retraining")!;
  /** The step's script under bash with a stub gh that logs its calls. */
  function dispatch(env: Record<string, string>) {
    const dir = mkdtempSync(path.join(tmp, "dispatch-"));
    mkdirSync(path.join(dir, "bin"));
    writeFileSync(path.join(dir, "bin/gh"), STUB_GH);
    chmodSync(path.join(dir, "bin/gh"), 0o755);
    const run = spawnSync("bash", ["--noprofile", "--norc", "-e", "-c", step.run!], {
      cwd: dir,
      encoding: "utf8",
      env: {
        PATH: `${path.join(dir, "bin")}:${process.env.PATH ?? ""}`,
        STUB_DIR: dir,
        GH_TOKEN: "x",
        REPOSITORY: REPO,
        CT_WORKFLOW: "model-ct.yml",
        CT_REF: "main",
        REASON_INPUT: "reason",
        ...env,
      },
    });
    expect(run.status, run.stderr).toBe(0);
    return readFileSync(path.join(dir, "calls.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as string[]);
  }

  it("drift and degradation in the same run: one dispatch naming both", () => {
    const calls = dispatch({
      DRIFT: "true",
      DRIFTED_COLUMNS: '["temp_max","weather"]',
      DEGRADED: "true",
      PERFORMANCE_REASON: "accuracy of v1 failed in 2015-10",
    });
    expect(calls).toEqual([
      [
        "workflow",
        "run",
        "model-ct.yml",
        "--ref",
        "main",
        "-f",
        "reason=data drift in temp_max, weather; accuracy of v1 failed in 2015-10",
        "-R",
        REPO,
      ],
    ]);
  });

  it("a reason from the data (column names) stays one line of at most 1,000 characters", () => {
    const calls = dispatch({
      DRIFT: "true",
      DRIFTED_COLUMNS: JSON.stringify(["a\nb\rc", "x".repeat(2000)]),
    });
    const reason = calls[0]![6]!.slice("reason=".length);
    expect(reason).toMatch(/^data drift in a b c, x+$/);
    expect(reason).toHaveLength(1000);
    // Cut at a character, never inside one: 1,000 characters of Δ (two bytes each).
    const wide = dispatch({ DEGRADED: "true", PERFORMANCE_REASON: "Δ".repeat(1500) });
    expect(wide[0]![6]).toBe(`reason=${"Δ".repeat(1000)}`);
  });

  it("no reason input: a plain dispatch", () => {
    expect(dispatch({ REASON_INPUT: "", DEGRADED: "true", PERFORMANCE_REASON: "r" })).toEqual([
      ["workflow", "run", "model-ct.yml", "--ref", "main", "-R", REPO],
    ]);
  });
});
