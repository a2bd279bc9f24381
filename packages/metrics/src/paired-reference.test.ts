import { spawnSync } from "node:child_process";
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
 * of a plain scikit-learn resample loop (1000 resamples: with 300, Monte Carlo noise alone is ~4% of a width per endpoint; ours 4000).
 */

const SUPPORT = path.resolve(import.meta.dirname, "../test-support");
const PAIRED = path.join(SUPPORT, "paired");
const SKLEARN_RESAMPLES = 1000;

interface Reference {
  a: Record<string, number>;
  b: Record<string, number>;
  mcnemar?: { aOnly: number; bOnly: number; pValue: number };
  delta_intervals: Record<string, [number, number]>;
}

function reference(task: "binary" | "regression"): Reference {
  const r = spawnSync(
    "/usr/bin/python3",
    [
      path.join(SUPPORT, "paired_reference.py"),
      "reference",
      path.join(PAIRED, `${task}-candidate.csv`),
      path.join(PAIRED, `${task}-baseline.csv`),
      task,
      String(SKLEARN_RESAMPLES),
      "11",
    ],
    { encoding: "utf8", maxBuffer: 1 << 26 },
  );
  if (r.status !== 0) throw new Error(`paired_reference.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Reference;
}

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
      resamples: 4000,
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
    const ref = reference("binary");
    const { comparison, rows } = await ours("binary");
    expect(comparison.predictions?.rows).toBe(1200);
    for (const [name, value] of Object.entries(ref.a)) {
      expect(Math.abs(rows.get(name)!.candidate! - value), `candidate ${name}`).toBeLessThan(1e-9);
      expect(Math.abs(rows.get(name)!.baseline! - ref.b[name]!), `baseline ${name}`).toBeLessThan(1e-9);
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
    expectIntervals(rows, ref);
  });

  it(
    "regression: metrics and the paired interval of RMSE and MAE differences",
    { timeout: 180_000 },
    async () => {
      const ref = reference("regression");
      const { rows } = await ours("regression");
      for (const [name, value] of Object.entries(ref.a)) {
        expect(Math.abs(rows.get(name)!.candidate! - value), `candidate ${name}`).toBeLessThan(1e-9);
        expect(Math.abs(rows.get(name)!.baseline! - ref.b[name]!), `baseline ${name}`).toBeLessThan(1e-9);
      }
      expect(rows.get("rmse")!.test?.name).toBe("paired-bootstrap");
      expectIntervals(rows, ref);
    },
  );
});
