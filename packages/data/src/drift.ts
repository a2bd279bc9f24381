import type { ColumnType, DriftResult } from "@mlops/core";
import type { Weighted } from "./sketches/distribution.js";
import { chi2Sf, ksPValue, normalSf } from "./stats.js";

/*
 * Drift tests with Evidently's defaults (evidently.calculations.stattests): reference ≤ 1000
 * values → KS (numeric, > 5 distinct) or χ² (categorical; Z-test when binary); above → Wasserstein
 * distance normed by the reference std (numeric) or Jensen–Shannon distance (categorical),
 * threshold 0.1. PSI is reported next to every test. Statistics match SciPy (see drift.test.ts).
 */

export type DriftTest = "ks" | "chi-square" | "z" | "wasserstein" | "jensen-shannon" | "psi";
export const DRIFT_TESTS: readonly DriftTest[] = [
  "ks",
  "chi-square",
  "z",
  "wasserstein",
  "jensen-shannon",
  "psi",
];

/** What a column looks like to the drift tests. */
export interface DriftSample {
  /** Non-missing values. */
  n: number;
  /** numeric: sorted support with weights (exact counts, or a sketch). */
  numeric?: Weighted;
  /** Population standard deviation (ddof = 0), numeric only. */
  std?: number;
  /** Value counts (categorical, or numeric with exact counts); keys are the values as text. */
  counts?: Map<string, number>;
}

export interface ColumnDriftOptions {
  test?: DriftTest;
  threshold?: number;
}

export const DEFAULT_THRESHOLDS: Record<DriftTest, number> = {
  ks: 0.05,
  "chi-square": 0.05,
  z: 0.05,
  wasserstein: 0.1,
  "jensen-shannon": 0.1,
  psi: 0.1,
};

/** Evidently's choice of test for a column (get_default_stattest). */
export function defaultTest(kind: "num" | "cat", referenceN: number, distinctUnion: number): DriftTest {
  if (referenceN <= 1000) {
    if (kind === "num" && distinctUnion > 5) return "ks";
    return distinctUnion > 2 ? "chi-square" : "z";
  }
  if (kind === "num" && distinctUnion > 5) return "wasserstein";
  return "jensen-shannon";
}

/** sup |F_a − F_b| over the union of support points (ECDFs right-continuous, as scipy). */
export function ksStatistic(a: Weighted, b: Weighted): number {
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  let d = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i]! : Infinity;
    const vb = j < b.values.length ? b.values[j]! : Infinity;
    const x = Math.min(va, vb);
    while (i < a.values.length && a.values[i] === x) ca += a.weights[i++]!;
    while (j < b.values.length && b.values[j] === x) cb += b.weights[j++]!;
    const diff = Math.abs(ca / a.total - cb / b.total);
    if (diff > d) d = diff;
  }
  return d;
}

/** scipy.stats.wasserstein_distance: ∫ |F_a − F_b| dx. */
export function wassersteinDistance(a: Weighted, b: Weighted): number {
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  let sum = 0;
  let prev = NaN;
  let prevDiff = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i]! : Infinity;
    const vb = j < b.values.length ? b.values[j]! : Infinity;
    const x = Math.min(va, vb);
    if (prev === prev) sum += prevDiff * (x - prev);
    while (i < a.values.length && a.values[i] === x) ca += a.weights[i++]!;
    while (j < b.values.length && b.values[j] === x) cb += b.weights[j++]!;
    prevDiff = Math.abs(ca / a.total - cb / b.total);
    prev = x;
  }
  return sum;
}

/** scipy.spatial.distance.jensenshannon(p, q, base). */
export function jensenShannon(p: number[], q: number[], base = 2): number {
  const sp = p.reduce((s, x) => s + x, 0);
  const sq = q.reduce((s, x) => s + x, 0);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / sp;
    const qi = q[i]! / sq;
    const m = (pi + qi) / 2;
    if (pi > 0) js += pi * Math.log(pi / m);
    if (qi > 0) js += qi * Math.log(qi / m);
  }
  js /= 2;
  js /= Math.log(base);
  return Math.sqrt(Math.max(0, js));
}

/** numpy.histogram_bin_edges(all, bins="sturges") from the two samples' combined support. */
export function sturgesEdges(a: Weighted, b: Weighted): number[] {
  const n = a.total + b.total;
  let first = Math.min(a.values[0] ?? Infinity, b.values[0] ?? Infinity);
  let last = Math.max(a.values[a.values.length - 1] ?? -Infinity, b.values[b.values.length - 1] ?? -Infinity);
  const ptp = last - first;
  let bins = 1;
  if (ptp > 0) {
    const width = ptp / (Math.log2(n) + 1);
    bins = Math.ceil(ptp / width);
  }
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  // numpy.linspace: start + i * (delta / div), the last edge set exactly.
  const step = (last - first) / bins;
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++) edges.push(i === bins ? last : i * step + first);
  return edges;
}

/** numpy.histogram(sample, edges)[0]: bins [e_i, e_i+1), the last one closed. */
export function histogramCounts(w: Weighted, edges: number[]): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  let bin = 0;
  for (let i = 0; i < w.values.length; i++) {
    const x = w.values[i]!;
    if (x < edges[0]! || x > edges[edges.length - 1]!) continue;
    while (bin < counts.length - 1 && x >= edges[bin + 1]!) bin++;
    counts[bin]! += w.weights[i]!;
  }
  return counts;
}

/**
 * Evidently's get_binned_data: shares per bin (numeric with > 20 reference values: Sturges bins
 * over both samples) or per value (all values of both, as keys).
 */
export function binnedShares(
  reference: DriftSample,
  current: DriftSample,
  kind: "num" | "cat",
  fillZeroes: boolean,
): { ref: number[]; cur: number[] } {
  let ref: number[];
  let cur: number[];
  const refDistinct = reference.counts?.size ?? reference.numeric?.values.length ?? 0;
  if (kind === "num" && refDistinct > 20 && reference.numeric && current.numeric) {
    const edges = sturgesEdges(reference.numeric, current.numeric);
    ref = histogramCounts(reference.numeric, edges).map((c) => c / reference.n);
    cur = histogramCounts(current.numeric, edges).map((c) => c / current.n);
  } else {
    const keys = new Set<string>([...(reference.counts?.keys() ?? []), ...(current.counts?.keys() ?? [])]);
    ref = [];
    cur = [];
    for (const k of keys) {
      ref.push((reference.counts?.get(k) ?? 0) / reference.n);
      cur.push((current.counts?.get(k) ?? 0) / current.n);
    }
  }
  if (fillZeroes) {
    const fill = (xs: number[]) => {
      const nz = xs.filter((x) => x !== 0);
      if (nz.length === 0) return xs;
      const min = Math.min(...nz);
      const value = min <= 0.0001 ? min / 1e6 : 0.0001;
      return xs.map((x) => (x === 0 ? value : x));
    };
    ref = fill(ref);
    cur = fill(cur);
  }
  return { ref, cur };
}

/** Population stability index (Evidently's psi). */
export function psi(reference: DriftSample, current: DriftSample, kind: "num" | "cat"): number {
  const { ref, cur } = binnedShares(reference, current, kind, true);
  let s = 0;
  for (let i = 0; i < ref.length; i++) s += (ref[i]! - cur[i]!) * Math.log(ref[i]! / cur[i]!);
  return s;
}

/** scipy.stats.chisquare(current counts, reference counts × n_cur/n_ref) p-value (Evidently's chi_stat_test). */
export function chiSquareTest(
  reference: DriftSample,
  current: DriftSample,
): { statistic: number; pValue: number } {
  const keys = new Set<string>([...reference.counts!.keys(), ...current.counts!.keys()]);
  const kNorm = current.n / reference.n;
  let stat = 0;
  for (const k of keys) {
    const expected = (reference.counts!.get(k) ?? 0) * kNorm;
    const observed = current.counts!.get(k) ?? 0;
    stat += expected === 0 ? (observed === 0 ? NaN : Infinity) : (observed - expected) ** 2 / expected;
  }
  return { statistic: stat, pValue: chi2Sf(stat, keys.size - 1) };
}

/** Evidently's two-proportion Z-test for a binary column. */
export function zTest(reference: DriftSample, current: DriftSample): { statistic: number; pValue: number } {
  const keys = [...new Set<string>([...reference.counts!.keys(), ...current.counts!.keys()])].sort();
  if (keys.length === 1 && reference.counts!.size === 1 && current.counts!.size === 1)
    return { statistic: 0, pValue: 1 };
  const first = keys[0]!;
  const p1 = (reference.n - (reference.counts!.get(first) ?? 0)) / reference.n;
  const p2 = (current.n - (current.counts!.get(first) ?? 0)) / current.n;
  const P = (p1 * reference.n + p2 * current.n) / (reference.n + current.n);
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / reference.n + 1 / current.n));
  return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

/** Runs one column's drift test. Returns null when the column cannot be tested (no values). */
export function columnDrift(
  column: string,
  type: ColumnType,
  reference: DriftSample,
  current: DriftSample,
  options: ColumnDriftOptions = {},
): DriftResult | null {
  if (reference.n === 0 || current.n === 0) return null;
  const numeric =
    (type === "integer" || type === "number") &&
    reference.numeric !== undefined &&
    current.numeric !== undefined;
  const kind = numeric ? "num" : "cat";
  if (!numeric && (!reference.counts || !current.counts)) return null;
  const distinctUnion = numeric
    ? unionSize(reference.numeric!, current.numeric!)
    : new Set([...reference.counts!.keys(), ...current.counts!.keys()]).size;
  const test = options.test ?? defaultTest(kind, reference.n, distinctUnion);
  const threshold = options.threshold ?? DEFAULT_THRESHOLDS[test];
  let statistic: number;
  let pValue: number | null = null;
  if ((test === "ks" || test === "wasserstein") && !numeric) return null;
  const hasCounts = reference.counts !== undefined && current.counts !== undefined;
  if ((test === "chi-square" || test === "z") && !hasCounts) return null;
  if ((test === "jensen-shannon" || test === "psi") && kind === "cat" && !hasCounts) return null;
  switch (test) {
    case "ks": {
      const r = ksPValue(ksStatistic(reference.numeric!, current.numeric!), reference.n, current.n);
      statistic = r.statistic;
      pValue = r.pValue;
      break;
    }
    case "wasserstein": {
      const norm = Math.max(reference.std ?? 0, 0.001);
      statistic = wassersteinDistance(reference.numeric!, current.numeric!) / norm;
      break;
    }
    case "jensen-shannon": {
      const { ref, cur } = binnedShares(reference, current, kind, false);
      statistic = jensenShannon(ref, cur, 2);
      break;
    }
    case "psi":
      statistic = psi(reference, current, kind);
      break;
    case "chi-square": {
      const r = chiSquareTest(reference, current);
      statistic = r.statistic;
      pValue = r.pValue;
      break;
    }
    case "z": {
      const r = zTest(reference, current);
      statistic = r.statistic;
      pValue = r.pValue;
      break;
    }
  }
  const byP = pValue !== null;
  const operator = test === "ks" ? "<=" : byP ? "<" : ">=";
  const compared = byP ? pValue! : statistic;
  const drifted = Number.isNaN(compared)
    ? false
    : operator === "<="
      ? compared <= threshold
      : operator === "<"
        ? compared < threshold
        : compared >= threshold;
  const psiValue = test === "psi" ? statistic : psi(reference, current, kind);
  return {
    column,
    type,
    test,
    statistic: finite(statistic),
    pValue: pValue === null ? null : finite(pValue),
    threshold,
    operator,
    comparedValue: byP ? "p_value" : "statistic",
    drifted,
    psi: psiValue === null || !Number.isFinite(psiValue) ? null : psiValue,
  };
}

function finite(x: number): number {
  if (Number.isNaN(x)) return 0;
  if (x === Infinity) return Number.MAX_VALUE;
  if (x === -Infinity) return -Number.MAX_VALUE;
  return x;
}

function unionSize(a: Weighted, b: Weighted): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i]! : Infinity;
    const vb = j < b.values.length ? b.values[j]! : Infinity;
    const x = Math.min(va, vb);
    while (i < a.values.length && a.values[i] === x) i++;
    while (j < b.values.length && b.values[j] === x) j++;
    n++;
  }
  return n;
}
