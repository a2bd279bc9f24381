import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryLogger, type MetricComparison } from "@mlops/core";
import { evaluateAgainstBaseline } from "./evaluate.js";

/*
 * The paired statistics evaluate reports, against Debian's scikit-learn and SciPy on the same
 * prediction files (test-support/paired, written by paired_reference.py generate; the
 * baseline's rows are shuffled, so evaluate joins them on `id`): every metric of both models to
 * 1e-9, McNemar's exact p to scipy.stats.binomtest's to 1e-9, DeLong's p to the committed
 * by-definition reference to 1e-9, and each difference's 95% interval within 10% of its width
 * of a plain scikit-learn resample loop. Monte Carlo noise of a 2.5% endpoint from k resamples is
 * √(0.025·0.975/k)/φ(1.96)/3.92 of a width: 3.4% at scikit-learn's 400, 0.6% at our 12000 (cheap
 * on 1200 rows), so 10% is ~3 standard errors. One Python process computes both references
 * (paired_reference.reference per task: importing scikit-learn and SciPy costs a second of CPU a
 * process); it starts when the file loads, in parallel with our side.
 */

const SUPPORT = path.resolve(import.meta.dirname, "../test-support");
const PAIRED = path.join(SUPPORT, "paired");
const SKLEARN_RESAMPLES = 400;
const OUR_RESAMPLES = 12_000;

interface Reference {
  a: Record<string, number>;
  b: Record<string, number>;
  /** Binary: the resample loop's metric calls on all rows (must equal a and b). */
  resample_form?: { a: Record<string, number>; b: Record<string, number> };
  mcnemar?: { aOnly: number; bOnly: number; pValue: number };
  delta_intervals: Record<string, [number, number]>;
}

const TASKS = ["binary", "regression"] as const;

/**
 * Each task's reference from one Python process: what
 * `paired_reference.py reference CAND BASE TASK RESAMPLES SEED` prints, by task.
 */
function references(): Promise<Record<(typeof TASKS)[number], Reference>> {
  const script = `import contextlib, io, json, sys
sys.path.insert(0, sys.argv[1])
import paired_reference
out = {}
for cand, base, task in json.loads(sys.argv[2]):
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        paired_reference.reference(cand, base, task, ${SKLEARN_RESAMPLES}, 11)
    out[task] = json.loads(printed.getvalue())
json.dump(out, sys.stdout)`;
  const jobs = TASKS.map((task) => [
    path.join(PAIRED, `${task}-candidate.csv`),
    path.join(PAIRED, `${task}-baseline.csv`),
    task,
  ]);
  const args = ["-B", "-c", script, SUPPORT, JSON.stringify(jobs)]; // -B: no __pycache__ in test-support
  return new Promise((resolve, reject) =>
    execFile("/usr/bin/python3", args, { encoding: "utf8", maxBuffer: 1 << 26 }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`paired_reference.py failed: ${stderr || error.message}`))
        : resolve(JSON.parse(stdout)),
    ),
  );
}

const reference = references();
// A rejection is reported by the tests that await it.
reference.catch(() => {});

async function ours(task: "binary" | "regression") {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-paired-ref-"));
  const { comparison } = await evaluateAgainstBaseline(
    {
      model: null,
      candidatePredictions: path.join(PAIRED, `${task}-candidate.csv`),
      baseline: "production", // no model name: the baseline is the predictions file
      baselinePredictions: path.join(PAIRED, `${task}-baseline.csv`),
      gates: [],
      significance: null,
      resamples: OUR_RESAMPLES,
      seed: 5,
      level: 0.95,
      columns: {
        task,
        label: "label",
        prediction: "prediction",
        score: "score",
        id: "id",
        slices: [],
        threshold: 0.5,
      },
      output: path.join(dir, "comparison.json"),
      cwd: dir,
    },
    { logger: new MemoryLogger() },
  );
  const rows = new Map<string, MetricComparison>();
  for (const m of comparison.metrics) if (!m.slice) rows.set(m.name, m);
  return { comparison, rows };
}

function expectIntervals(rows: Map<string, MetricComparison>, ref: Reference): string[] {
  const report: string[] = [];
  for (const [name, theirs] of Object.entries(ref.delta_intervals)) {
    const iv = rows.get(name)!.interval!.delta!;
    const width = iv[1] - iv[0];
    const off = Math.max(Math.abs(iv[0] - theirs[0]), Math.abs(iv[1] - theirs[1])) / width;
    report.push(`${name}: ${(100 * off).toFixed(1)}% of width`);
    expect(
      off,
      `${name} delta interval ours [${iv.join(", ")}] vs scikit-learn [${theirs.join(", ")}]`,
    ).toBeLessThan(0.1);
  }
  return report;
}

describe("paired statistics match scikit-learn and SciPy on the same files", () => {
  it("binary: metrics, exact McNemar, DeLong and the paired bootstrap", { timeout: 180_000 }, async () => {
    const { comparison, rows } = await ours("binary");
    const ref = (await reference).binary;
    expect(comparison.predictions?.rows).toBe(1200);
    expect(Object.keys(ref.a)).toContain("balanced_accuracy");
    for (const [name, value] of Object.entries(ref.a)) {
      expect(Math.abs(rows.get(name)!.candidate! - value), `candidate ${name}`).toBeLessThan(1e-9);
      expect(Math.abs(rows.get(name)!.baseline! - ref.b[name]!), `baseline ${name}`).toBeLessThan(1e-9);
      expect(rows.get(name)!.baselineSource, name).toBe("same-rows");
      // the reference's resample loop computes the same numbers as the direct calls
      expect(ref.resample_form!.a[name], name).toBe(value);
      expect(ref.resample_form!.b[name], name).toBe(ref.b[name]);
    }
    const mc = rows.get("accuracy")!.test!;
    expect(mc.name).toBe("mcnemar-exact");
    expect(mc.statistic).toBe(Math.min(ref.mcnemar!.aOnly, ref.mcnemar!.bOnly));
    expect(Math.abs(mc.pValue - ref.mcnemar!.pValue)).toBeLessThan(1e-9);
    const delong = JSON.parse(readFileSync(path.join(PAIRED, "reference-delong.json"), "utf8")).binary;
    const auc = rows.get("roc_auc")!.test!;
    expect(auc.name).toBe("delong");
    expect(Math.abs(auc.statistic! - delong.z)).toBeLessThan(1e-9);
    expect(Math.abs(auc.pValue - delong.pValue)).toBeLessThan(1e-9);
    console.log(`binary delta intervals vs scikit-learn: ${expectIntervals(rows, ref).join("; ")}`);
  });

  it(
    "regression: metrics and the paired interval of RMSE and MAE differences",
    { timeout: 180_000 },
    async () => {
      const { rows } = await ours("regression");
      const ref = (await reference).regression;
      for (const [name, value] of Object.entries(ref.a)) {
        expect(Math.abs(rows.get(name)!.candidate! - value), `candidate ${name}`).toBeLessThan(1e-9);
        expect(Math.abs(rows.get(name)!.baseline! - ref.b[name]!), `baseline ${name}`).toBeLessThan(1e-9);
      }
      expect(rows.get("rmse")!.test?.name).toBe("paired-bootstrap");
      console.log(`regression delta intervals vs scikit-learn: ${expectIntervals(rows, ref).join("; ")}`);
    },
  );
});
