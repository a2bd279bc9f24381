import { classificationFromConfusion, percentileInterval } from "@mlops/metrics";
import { R, type Cell } from "./cell.js";
import type { Random } from "./poisson.js";

/*
 * A window's metrics from its cell's sufficient statistics, and their intervals by a grouped
 * Poisson bootstrap. The Poisson bootstrap (@mlops/metrics' bootstrap) gives every row a
 * Poisson(1) weight; rows of one confusion cell (same true and predicted class) are exchangeable
 * for every confusion-matrix metric, so their total weight is exactly Poisson(count) and one draw
 * per confusion cell resamples the matrix exactly. Row losses differ within a confusion cell:
 * given the cell's weight w, its weighted loss sum is drawn as w·mean + √w·sd·Z (the central
 * limit theorem within the cell). Regression sums are drawn the same way from one group. The
 * point estimates are exact (scikit-learn's definitions, as @mlops/metrics' evaluators).
 */

const AVERAGED = [
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "precision_micro",
  "recall_micro",
  "f1_micro",
  "precision_weighted",
  "recall_weighted",
  "f1_weighted",
];

export const REGRESSION_METRICS = ["rmse", "mse", "mae", "r2", "mape"];

export interface ClassificationShape {
  K: number;
  /** Binary: the positive class's index; null for multiclass. */
  positive: number | null;
  /** How the cell's loss sums read: proba (one sum per row), binary (−log s / −log(1−s)), none. */
  loss: "proba" | "binary" | "none";
}

export function classificationNames(shape: ClassificationShape): string[] {
  const names = shape.positive !== null ? ["accuracy", "precision", "recall", "f1"] : ["accuracy"];
  names.push(...AVERAGED);
  if (shape.loss !== "none") names.push("log_loss");
  if (shape.loss === "binary") names.push("roc_auc");
  return names;
}

/**
 * ROC AUC from per-score counts (Mann–Whitney, ties ½: scikit-learn's roc_auc_score) and its
 * DeLong standard error, from the same groups: each positive's share of negatives scored below
 * it (ties ½), each negative's share of positives scored above, their variances.
 */
export function aucFromScores(
  negatives: Float64Array,
  positives: Float64Array,
): { auc: number; se: number } | null {
  let P = 0;
  let N = 0;
  for (let g = 0; g < positives.length; g++) {
    P += positives[g]!;
    N += negatives[g]!;
  }
  if (!P || !N) return null;
  let U = 0;
  let below = 0;
  for (let g = 0; g < positives.length; g++) {
    const neg = negatives[g]!;
    U += positives[g]! * (below + neg / 2);
    below += neg;
  }
  const auc = U / (P * N);
  let s10 = 0;
  let s01 = 0;
  let negBelow = 0;
  let posAbove = P;
  for (let g = 0; g < positives.length; g++) {
    const neg = negatives[g]!;
    const pos = positives[g]!;
    posAbove -= pos;
    if (pos) s10 += pos * ((negBelow + neg / 2) / N - auc) ** 2;
    if (neg) s01 += neg * ((posAbove + pos / 2) / P - auc) ** 2;
    negBelow += neg;
  }
  const v = (P > 1 ? s10 / (P - 1) / P : 0) + (N > 1 ? s01 / (N - 1) / N : 0);
  return { auc, se: Math.sqrt(v) };
}

/** Metrics from a weighted K×K confusion matrix and the total loss (NaN when none). */
function fromConfusion(
  cm: Float64Array,
  shape: ClassificationShape,
  lossSum: number,
  out: Float64Array,
  tmp: Float64Array,
): void {
  const { K, positive } = shape;
  classificationFromConfusion(cm, K, tmp, 0);
  let total = 0;
  for (let i = 0; i < cm.length; i++) total += cm[i]!;
  let k = 0;
  out[k++] = tmp[0]!;
  if (positive !== null) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let j = 0; j < K; j++) {
      if (j === positive) tp = cm[positive * K + j]!;
      else {
        fn += cm[positive * K + j]!;
        fp += cm[j * K + positive]!;
      }
    }
    out[k++] = tp + fp > 0 ? tp / (tp + fp) : 0;
    out[k++] = tp + fn > 0 ? tp / (tp + fn) : 0;
    out[k++] = 2 * tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  for (let i = 1; i < 10; i++) out[k++] = tmp[i]!;
  if (shape.loss !== "none") out[k] = total > 0 ? lossSum / total : NaN;
}

/** Which of a confusion cell's loss sums apply to true class i: [sum, sum of squares] offsets. */
function lossOffset(shape: ClassificationShape, i: number): number {
  return shape.loss === "binary" && i !== shape.positive ? 2 : 0;
}

export interface WindowMetrics {
  names: string[];
  values: Float64Array;
  /** resamples × names, row-major; null without resamples. */
  resampled: Float64Array | null;
}

export function classificationMetrics(
  cell: Cell,
  shape: ClassificationShape,
  resamples: number,
  random: Random,
): WindowMetrics {
  const names = classificationNames(shape);
  const M = names.length;
  const { K } = shape;
  const cm = cell.confusion(K);
  const tmp = new Float64Array(10);
  const values = new Float64Array(M);
  const groups: { at: number; count: number; mean: number; sd: number }[] = [];
  let lossSum = 0;
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      const count = cm[i * K + j]!;
      if (!count) continue;
      const sums = cell.lossAt(i, j);
      let mean = 0;
      let sd = 0;
      if (sums && shape.loss !== "none") {
        const o = lossOffset(shape, i);
        lossSum += sums[o]!;
        mean = sums[o]! / count;
        sd = Math.sqrt(Math.max(0, sums[o + 1]! / count - mean * mean));
      }
      groups.push({ at: i * K + j, count, mean, sd });
    }
  }
  fromConfusion(cm, shape, lossSum, values, tmp);
  const counts = shape.loss === "binary" && cell.scores ? cell.scores.sorted() : null;
  const auc = counts
    ? aucFromScores(
        shape.positive === 0 ? counts.class1 : counts.class0,
        shape.positive === 0 ? counts.class0 : counts.class1,
      )
    : null;
  if (shape.loss === "binary") values[M - 1] = auc ? auc.auc : NaN;
  if (!resamples || !groups.length) return { names, values, resampled: null };
  const resampled = new Float64Array(resamples * M);
  const cmB = new Float64Array(K * K);
  const out = new Float64Array(M);
  for (let b = 0; b < resamples; b++) {
    cmB.fill(0);
    let loss = 0;
    for (const g of groups) {
      const w = random.poisson(g.count);
      cmB[g.at] = w;
      if (w > 0 && shape.loss !== "none") loss += w * g.mean + Math.sqrt(w) * g.sd * random.normal();
    }
    fromConfusion(cmB, shape, loss, out, tmp);
    // AUC: DeLong's normal approximation (resampling every distinct score would cost O(scores)).
    if (shape.loss === "binary") out[M - 1] = auc ? auc.auc + auc.se * random.normal() : NaN;
    resampled.set(out, b * M);
  }
  return { names, values, resampled };
}

function fromRegression(
  n: number,
  e2: number,
  ae: number,
  ape: number,
  ssTot: number,
  out: Float64Array,
): void {
  const mse = n > 0 ? e2 / n : NaN;
  out[0] = Math.sqrt(mse);
  out[1] = mse;
  out[2] = n > 0 ? ae / n : NaN;
  out[3] = !(n > 0) ? NaN : ssTot > 0 ? 1 - e2 / ssTot : e2 === 0 ? 1 : 0;
  out[4] = n > 0 ? ape / n : NaN;
}

export function regressionMetrics(cell: Cell, resamples: number, random: Random): WindowMetrics {
  const r = cell.reg;
  const n = r[R.n]!;
  const values = new Float64Array(5);
  fromRegression(n, r[R.e2]!, r[R.ae]!, r[R.ape]!, r[R.yM2]!, values);
  if (!resamples || !n) return { names: REGRESSION_METRICS, values, resampled: null };
  const stat = (sum: number, sq: number) => {
    const mean = sum / n;
    return { mean, sd: Math.sqrt(Math.max(0, sq / n - mean * mean)) };
  };
  const e2 = stat(r[R.e2]!, r[R.e2sq]!);
  const ae = stat(r[R.ae]!, r[R.aesq]!);
  const ape = stat(r[R.ape]!, r[R.apesq]!);
  const resampled = new Float64Array(resamples * 5);
  const out = new Float64Array(5);
  for (let b = 0; b < resamples; b++) {
    const w = random.poisson(n);
    const s = Math.sqrt(w);
    const draw = (g: { mean: number; sd: number }) => Math.max(0, w * g.mean + s * g.sd * random.normal());
    fromRegression(w, draw(e2), draw(ae), draw(ape), NaN, out);
    out[3] = NaN; // R² needs the labels' fourth moments to resample: no interval
    resampled.set(out, b * 5);
  }
  return { names: REGRESSION_METRICS, values, resampled };
}

/** The resampled values of metric k. */
export function column(m: WindowMetrics, k: number): Float64Array | null {
  if (!m.resampled) return null;
  const M = m.names.length;
  const B = m.resampled.length / M;
  const out = new Float64Array(B);
  for (let b = 0; b < B; b++) out[b] = m.resampled[b * M + k]!;
  return out;
}

export function intervalOf(m: WindowMetrics, k: number, level: number): [number, number] | null {
  return percentileInterval(column(m, k), level);
}

/**
 * One-sided p-value that the window's value beats `registered` by more than `margin` (oriented
 * so positive is better): (1 + #{resamples not beating it}) / (1 + resamples).
 */
export function pValueAgainst(
  m: WindowMetrics,
  k: number,
  registered: number,
  margin: number,
  greaterIsBetter: boolean,
): number | null {
  const values = column(m, k);
  if (!values) return null;
  let count = 0;
  let used = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    used++;
    const d = greaterIsBetter ? v - registered : registered - v;
    if (d <= margin) count++;
  }
  return used ? (1 + count) / (1 + used) : null;
}
