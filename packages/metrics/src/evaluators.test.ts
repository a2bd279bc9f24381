import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pairedBootstrap, pointEstimates } from "./bootstrap.js";
import {
  BinaryEvaluator,
  MulticlassEvaluator,
  RegressionEvaluator,
  summarizeResiduals,
} from "./evaluators.js";
import { delong, delongOf, mcnemar } from "./paired-tests.js";
import { argsortFloat64 } from "./sort.js";
import { binomHalfCdf, chi2Df1Sf, fillPoissonWeights, normalSf, POISSON1_TABLE, seedState } from "./stats.js";

// Expected numbers come from scikit-learn/SciPy: packages/metrics/fixtures/make_fixtures.py.
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const expected = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8"));

function csv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(FIXTURES, file), "utf8").trim().split("\n");
  const names = header!.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [names[i], v])));
}

function expectClose(actual: Record<string, number>, wanted: Record<string, number>, tol = 1e-9) {
  for (const [name, value] of Object.entries(wanted)) {
    expect(actual[name], name).toBeDefined();
    expect(
      Math.abs(actual[name]! - value),
      `${name}: ${actual[name]} vs sklearn ${value}`,
    ).toBeLessThanOrEqual(tol);
  }
}

const binaryRows = csv("binary.csv");
const y = Uint8Array.from(binaryRows, (r) => Number(r.label));
const model = (s: "a" | "b") => ({
  y,
  pred: Uint8Array.from(binaryRows, (r) => Number(r[`pred_${s}`])),
  score: Float64Array.from(binaryRows, (r) => Number(r[`score_${s}`])),
  probability: true,
});

describe("metrics match scikit-learn to 1e-9", () => {
  it("binary: accuracy, precision, recall, F1 (binary/macro/micro/weighted), ROC AUC, log loss", () => {
    for (const s of ["a", "b"] as const) {
      const ev = new BinaryEvaluator(model(s));
      expectClose(pointEstimates(y.length, ev), expected.binary[s]);
    }
  });

  it("binary per slice", () => {
    for (const slice of ["small", "medium", "large"]) {
      const rows = binaryRows.map((r, i) => (r.size === slice ? i : -1)).filter((i) => i >= 0);
      for (const s of ["a", "b"] as const) {
        const m = model(s);
        const ev = new BinaryEvaluator({
          y: Uint8Array.from(rows, (i) => m.y[i]!),
          pred: Uint8Array.from(rows, (i) => m.pred[i]!),
          score: Float64Array.from(rows, (i) => m.score[i]!),
          probability: true,
        });
        expectClose(pointEstimates(rows.length, ev), expected.binary.slices[slice][s]);
      }
    }
  });

  it("multiclass: macro/micro/weighted, one-vs-rest ROC AUC, log loss (string labels)", () => {
    const rows = readFileSync(path.join(FIXTURES, "multiclass.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, string | number>);
    const classes = ["setosa", "versicolor", "virginica"];
    const yIdx = Int32Array.from(rows, (r) => classes.indexOf(r.species as string));
    for (const s of ["a", "b"] as const) {
      const proba = new Float64Array(rows.length * 3);
      rows.forEach((r, i) => classes.forEach((c, k) => (proba[i * 3 + k] = r[`proba_${s}_${c}`] as number)));
      const ev = new MulticlassEvaluator({
        y: yIdx,
        pred: Int32Array.from(rows, (r) => classes.indexOf(r[`prediction_${s}`] as string)),
        K: 3,
        proba,
      });
      expectClose(pointEstimates(rows.length, ev), expected.multiclass[s]);
    }
  });

  it("balanced accuracy leaves out a class that is only predicted, also under weights", () => {
    for (const c of expected.balanced_accuracy as {
      y: number[];
      pred: number[];
      weights: number[];
      value: number;
    }[]) {
      const ev = new MulticlassEvaluator({
        y: Int32Array.from(c.y),
        pred: Int32Array.from(c.pred),
        K: 3,
        proba: null,
      });
      const out = new Float64Array(ev.names.length);
      ev.evaluate(Uint8Array.from(c.weights), out);
      const got = out[ev.names.indexOf("balanced_accuracy")]!;
      expect(Math.abs(got - c.value), `${got} vs sklearn ${c.value}`).toBeLessThanOrEqual(1e-12);
    }
    // unweighted, the only-predicted class counts in recall_macro (1/2 + 2/3 + 0) / 3, not here
    const ev = new MulticlassEvaluator({
      y: Int32Array.from([0, 0, 1, 1, 1]),
      pred: Int32Array.from([0, 2, 1, 1, 0]),
      K: 3,
      proba: null,
    });
    const out = new Float64Array(ev.names.length);
    ev.evaluate(new Uint8Array(5).fill(1), out);
    expect(out[ev.names.indexOf("recall_macro")]).toBeCloseTo((0.5 + 2 / 3) / 3, 12);
  });

  it("regression: RMSE, MSE, MAE, R², MAPE", () => {
    const rows = csv("regression.csv");
    const target = Float64Array.from(rows, (r) => Number(r.target));
    for (const s of ["a", "b"] as const) {
      const ev = new RegressionEvaluator(
        target,
        Float64Array.from(rows, (r) => Number(r[`pred_${s}`])),
      );
      expectClose(pointEstimates(rows.length, ev), expected.regression[s]);
    }
  });

  it("DeLong's test matches the pairwise definition; McNemar matches SciPy", () => {
    const a = model("a");
    const b = model("b");
    const result = delong(y, a.score, argsortFloat64(a.score), b.score, argsortFloat64(b.score))!;
    const want = expected.binary.delong;
    expect(result.aucA).toBeCloseTo(want.aucA, 12);
    expect(result.aucB).toBeCloseTo(want.aucB, 12);
    expect(Math.abs(result.variance - want.variance) / want.variance).toBeLessThan(1e-9);
    expect(Math.abs(result.pValue - want.pValue) / want.pValue).toBeLessThan(1e-9);
    // from the evaluators' tie groups (histogram and sorted forms, rows in score order or not)
    for (const maxGroups of [undefined, 0]) {
      const bySorted = argsortFloat64(a.score);
      const take = <T extends Uint8Array | Float64Array>(v: T) => v.map((_, i) => v[bySorted[i]!]!) as T;
      const evA = new BinaryEvaluator({
        ...a,
        y: take(y),
        pred: take(a.pred),
        score: take(a.score),
        sorted: true,
        histogramMaxGroups: maxGroups,
      });
      const evB = new BinaryEvaluator({
        ...b,
        y: take(y),
        pred: take(b.pred),
        score: take(b.score),
        histogramMaxGroups: maxGroups,
      });
      const fromEvaluators = delongOf(evA, evB)!;
      expect(Math.abs(fromEvaluators.aucA - want.aucA)).toBeLessThan(1e-12);
      expect(Math.abs(fromEvaluators.variance - want.variance) / want.variance).toBeLessThan(1e-9);
      expect(Math.abs(fromEvaluators.pValue - want.pValue) / want.pValue).toBeLessThan(1e-9);
    }
    let aOnly = 0;
    let bOnly = 0;
    for (let i = 0; i < y.length; i++) {
      const ra = a.pred[i] === y[i];
      const rb = b.pred[i] === y[i];
      if (ra && !rb) aOnly++;
      if (rb && !ra) bOnly++;
    }
    const mc = mcnemar(aOnly, bOnly);
    expect(mc.method).toBe(expected.binary.mcnemar.method);
    expect(mc.statistic).toBe(expected.binary.mcnemar.statistic);
    expect(mc.pValue).toBeCloseTo(expected.binary.mcnemar.pValue, 12);
    // the χ² branch against scipy.stats.chi2.sf
    expect(mcnemar(40, 20)).toMatchObject({ method: "mcnemar", statistic: (19 * 19) / 60 });
  });

  it("normal, χ²(1) and binomial tails match SciPy", () => {
    for (const t of expected.tails) {
      expect(Math.abs(normalSf(t.z) - t.normal_sf) / t.normal_sf).toBeLessThan(1e-10);
      if (t.z > 0) expect(Math.abs(chi2Df1Sf(t.z * t.z) - t.chi2_sf) / t.chi2_sf).toBeLessThan(1e-10);
    }
    for (const b of expected.binom) expect(binomHalfCdf(b.k, b.n)).toBeCloseTo(b.cdf, 12);
  });
});

describe("paired bootstrap", () => {
  it("is reproducible from its seed and gives intervals around the estimate", () => {
    const ca = new BinaryEvaluator(model("a"));
    const cb = new BinaryEvaluator(model("b"));
    const one = pairedBootstrap(y.length, ca, cb, { resamples: 200, seed: 7, level: 0.95 });
    const two = pairedBootstrap(y.length, ca, cb, { resamples: 200, seed: 7, level: 0.95 });
    const other = pairedBootstrap(y.length, ca, cb, { resamples: 200, seed: 8, level: 0.95 });
    expect(one.intervals("roc_auc")).toEqual(two.intervals("roc_auc"));
    expect(one.intervals("roc_auc")).not.toEqual(other.intervals("roc_auc"));
    const iv = one.intervals("roc_auc");
    expect(iv.candidate![0]).toBeLessThan(expected.binary.a.roc_auc);
    expect(iv.candidate![1]).toBeGreaterThan(expected.binary.a.roc_auc);
    const diff = expected.binary.a.roc_auc - expected.binary.b.roc_auc;
    expect(iv.delta![0]).toBeLessThan(diff);
    expect(iv.delta![1]).toBeGreaterThan(diff);
    // the bootstrap standard error of the AUC difference is close to DeLong's
    const d = one.deltas("roc_auc")!;
    const mean = d.reduce((s, v) => s + v, 0) / d.length;
    const sd = Math.sqrt(d.reduce((s, v) => s + (v - mean) ** 2, 0) / (d.length - 1));
    expect(sd / Math.sqrt(expected.binary.delong.variance)).toBeGreaterThan(0.7);
    expect(sd / Math.sqrt(expected.binary.delong.variance)).toBeLessThan(1.4);
    // a clear improvement is significant one-sided, and not significant against a margin above it
    expect(one.pValue("roc_auc", 0, true)!).toBeLessThan(0.05);
    expect(one.pValue("roc_auc", 0.2, true)!).toBeGreaterThan(0.5);
  });

  it("the histogram form (few distinct scores) and the sorted-pass forms agree under random weights", () => {
    const W = new Uint8Array(y.length);
    const state = seedState(3);
    // a: distinct scores (the flat pass); b: 2-decimal ties; b to 1 decimal: long tie groups (the branching pass)
    const coarse = {
      ...model("b"),
      score: Float64Array.from(model("b").score, (v) => Math.round(v * 10) / 10),
    };
    for (const [s, m] of [
      ["a", model("a")],
      ["b", model("b")],
      ["coarse", coarse],
    ] as const) {
      const hist = new BinaryEvaluator(m);
      const pass = new BinaryEvaluator({ ...m, histogramMaxGroups: 0 });
      const noLoss = new BinaryEvaluator({ ...m, probability: false, histogramMaxGroups: 0 });
      // taking a copy of the scores over gives the same numbers, and changes only the copy
      const copy = m.score.slice();
      const consumed = new BinaryEvaluator({ ...m, score: copy, histogramMaxGroups: 0, consumeScore: true });
      expect(copy).not.toEqual(m.score);
      expect(pass.names).toEqual(hist.names);
      const M = hist.names.length;
      const o1 = new Float64Array(M);
      const o2 = new Float64Array(M);
      const o3 = new Float64Array(noLoss.names.length);
      const o4 = new Float64Array(M);
      for (let r = 0; r < 20; r++) {
        fillPoissonWeights(W, state);
        hist.evaluate(W, o1);
        pass.evaluate(W, o2);
        noLoss.evaluate(W, o3);
        consumed.evaluate(W, o4);
        for (let k = 0; k < M; k++) expect(Math.abs(o1[k]! - o2[k]!)).toBeLessThan(1e-12);
        for (let k = 0; k < o3.length; k++) expect(o3[k]).toBe(o2[k]);
        expect(o4).toEqual(o2);
      }
      if (s !== "coarse") expectClose(pointEstimates(y.length, pass), expected.binary[s]);
    }
  });

  it("Poisson(1) table has the right moments", () => {
    let mean = 0;
    let second = 0;
    for (const k of POISSON1_TABLE) {
      mean += k;
      second += k * k;
    }
    mean /= 65536;
    second /= 65536;
    expect(mean).toBeCloseTo(1, 4);
    expect(second - mean * mean).toBeCloseTo(1, 3);
  });

  it("radix argsort orders negatives, zeros and ties stably", () => {
    const v = Float64Array.from([0.5, -1, 0, -0, 3e-300, -2.5, 0.5, Infinity, -Infinity, 1e10]);
    const order = argsortFloat64(v);
    const sorted = Array.from(order, (i) => v[i]);
    expect(sorted).toEqual([...v].sort((a, b) => a - b));
    expect([...order].filter((i) => v[i] === 0.5)).toEqual([0, 6]);
  });
});

describe("summarizeResiduals matches numpy", () => {
  // Real rows: vega-datasets' cars, MPG predicted by a crude line in horsepower and weight; plus
  // small cases that hit both branches of numpy's interpolation, ties and one row.
  const cars = (
    JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, "../../../node_modules/vega-datasets/data/cars.json"),
        "utf8",
      ),
    ) as Record<string, number | null>[]
  ).filter((c) => c.Miles_per_Gallon != null && c.Horsepower != null && c.Weight_in_lbs != null);
  const cases: [number[], number[]][] = [
    [
      cars.map((c) => c.Miles_per_Gallon!),
      cars.map((c) => 46.2 - 0.047 * c.Horsepower! - 0.0058 * c.Weight_in_lbs!),
    ],
    [
      [1, 2, 3, 4, 5, 6, 7],
      [1.5, 1.25, 3, 4.1, 7, 5.5, 6.875],
    ],
    [
      [0, 0, 0, 10],
      [1, 1, 1, -3.3],
    ],
    [[2.5], [-1]],
  ];
  // numpy's own mean/abs/sqrt/quantile on the same numbers (JSON round-trips doubles exactly).
  const py = spawnSync(
    "/usr/bin/python3",
    [
      "-c",
      `import json, sys, numpy as np
out = []
for y, p in json.load(sys.stdin):
    r = np.asarray(p, dtype=np.float64) - np.asarray(y, dtype=np.float64)
    out.append({"rows": len(r), "mae": float(np.mean(np.abs(r))), "rmse": float(np.sqrt(np.mean(r * r))),
                "bias": float(np.mean(r)), "q": [float(v) for v in np.quantile(r, [0.05, 0.25, 0.5, 0.75, 0.95])]})
json.dump(out, sys.stdout)`,
    ],
    { input: JSON.stringify(cases), encoding: "utf8" },
  );
  if (py.status !== 0) throw new Error(`numpy reference failed: ${py.stderr}`);
  const want = JSON.parse(py.stdout) as {
    rows: number;
    mae: number;
    rmse: number;
    bias: number;
    q: number[];
  }[];

  it("rows, MAE, RMSE, bias and the 5/25/50/75/95% residual quantiles to 1e-9", () => {
    expect(want).toHaveLength(cases.length);
    expect(want[0]!.rows).toBeGreaterThan(390);
    cases.forEach(([labels, predictions], c) => {
      // typed arrays and plain arrays alike; neither input is changed
      const y = Float64Array.from(labels);
      const before = Array.from(predictions);
      const got = summarizeResiduals(y, predictions);
      const w = want[c]!;
      expect(got.rows).toBe(w.rows);
      for (const k of ["mae", "rmse", "bias"] as const)
        expect(Math.abs(got[k] - w[k]), `case ${c} ${k}: ${got[k]} vs numpy ${w[k]}`).toBeLessThanOrEqual(
          1e-9,
        );
      expect(got.quantiles.map((q) => q.p)).toEqual([0.05, 0.25, 0.5, 0.75, 0.95]);
      got.quantiles.forEach((q, k) =>
        expect(
          Math.abs(q.value - w.q[k]!),
          `case ${c} p=${q.p}: ${q.value} vs numpy ${w.q[k]}`,
        ).toBeLessThanOrEqual(1e-9),
      );
      expect(Array.from(y)).toEqual(labels);
      expect(predictions).toEqual(before);
    });
  });

  it("rejects mismatched lengths, no rows and non-finite residuals with the row", () => {
    expect(() => summarizeResiduals([1, 2], [1])).toThrow(/2 labels but 1 predictions/);
    expect(() => summarizeResiduals([], [])).toThrow(/no rows/);
    expect(() => summarizeResiduals([1, 2, 3], [1, NaN, 3])).toThrow(/row 2: prediction NaN − label 2/);
    expect(() => summarizeResiduals([1, Infinity], [1, 2])).toThrow(/row 2/);
  });
});
