import type { BinaryEvaluator } from "./evaluators.js";
import { binomHalfCdf, chi2Df1Sf, normalSf } from "./stats.js";

/*
 * Paired tests of two models on the same rows: DeLong's test for a difference of ROC AUCs
 * (the O(n log n) midrank form of Sun & Xu 2014) and McNemar's test for a difference of
 * accuracies.
 */

export interface DeLongResult {
  aucA: number;
  aucB: number;
  /** Variance of aucA − aucB. */
  variance: number;
  /** z = (aucA − aucB) / √variance. */
  z: number;
  /** Two-sided p-value of aucA = aucB. */
  pValue: number;
}

/**
 * DeLong's structural components from one model's ascending order, in row order: V10 for a
 * positive row, V01 for a negative one (one array, no index of positives and negatives).
 */
function structural(
  y: Uint8Array,
  order: Int32Array,
  score: Float64Array,
  m: number,
  nNeg: number,
): { v: Float64Array; auc: number } {
  const n = order.length;
  const v = new Float64Array(n);
  let i = 0;
  let below = 0; // rows strictly below the group
  let belowPos = 0;
  let belowNeg = 0;
  let sum10 = 0;
  while (i < n) {
    let j = i;
    let gp = 0;
    while (j < n && score[order[j]!] === score[order[i]!]) {
      gp += y[order[j]!]!;
      j++;
    }
    const g = j - i;
    const gn = g - gp;
    const rAll = below + (g + 1) / 2;
    const rPos = belowPos + (gp + 1) / 2;
    const rNeg = belowNeg + (gn + 1) / 2;
    const v10 = (rAll - rPos) / nNeg;
    const v01 = 1 - (rAll - rNeg) / m;
    for (let k = i; k < j; k++) {
      const r = order[k]!;
      if (y[r]) {
        v[r] = v10;
        sum10 += v10;
      } else v[r] = v01;
    }
    below += g;
    belowPos += gp;
    belowNeg += gn;
    i = j;
  }
  return { v, auc: sum10 / m };
}

/** Sample variances and covariance of a and b over the rows of class `cls` (two passes). */
function covariance(y: Uint8Array, cls: 0 | 1, a: Float64Array, b: Float64Array): [number, number, number] {
  const n = y.length;
  let count = 0;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] !== cls) continue;
    count++;
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= count;
  mb /= count;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] !== cls) continue;
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    saa += da * da;
    sbb += db * db;
    sab += da * db;
  }
  const d = count - 1;
  return [saa / d, sbb / d, sab / d];
}

/**
 * DeLong's test for two correlated ROC AUCs on the same rows. Needs at least two positives
 * and two negatives; returns null otherwise.
 */
export function delong(
  y: Uint8Array,
  scoreA: Float64Array,
  orderA: Int32Array,
  scoreB: Float64Array,
  orderB: Int32Array,
): DeLongResult | null {
  let m = 0;
  for (let i = 0; i < y.length; i++) m += y[i]!;
  const nNeg = y.length - m;
  if (m < 2 || nNeg < 2) return null;
  const A = structural(y, orderA, scoreA, m, nNeg);
  const B = structural(y, orderB, scoreB, m, nNeg);
  const [s10aa, s10bb, s10ab] = covariance(y, 1, A.v, B.v);
  const [s01aa, s01bb, s01ab] = covariance(y, 0, A.v, B.v);
  const variance = (s10aa + s10bb - 2 * s10ab) / m + (s01aa + s01bb - 2 * s01ab) / nNeg;
  const diff = A.auc - B.auc;
  const z = variance > 0 ? diff / Math.sqrt(variance) : diff === 0 ? 0 : diff > 0 ? Infinity : -Infinity;
  return { aucA: A.auc, aucB: B.auc, variance, z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

/**
 * DeLong's test from two binary evaluators on the same rows (their tie groups, no scores): A's
 * structural components are kept in row order (8 bytes a row), B's streamed against them, with
 * the covariances centred on the AUCs (the means of V10 and V01). Null without scores or with
 * fewer than two positives or negatives. Only the evaluators' flags, orders and keys are read, so
 * this may run after an evaluator has released its losses (into `scratch`).
 */
export function delongOf(
  a: BinaryEvaluator,
  b: BinaryEvaluator,
  scratch?: Float64Array | null,
): DeLongResult | null {
  // `scratch`: a spent array of at least n doubles (every row is written before it is read)
  const vA = scratch && scratch.length >= a.n ? scratch.subarray(0, a.n) : new Float64Array(a.n);
  const A = a.structural((r, _positive, v) => (vA[r] = v));
  const B = b.structural(() => {});
  if (!A || !B) return null;
  const m = A.positives;
  const nNeg = A.negatives;
  if (m < 2 || nNeg < 2 || B.positives !== m) return null;
  // [aa, bb, ab] over positives (V10), then negatives (V01)
  const s = new Float64Array(6);
  b.structural((r, positive, v) => {
    const da = vA[r]! - A.auc;
    const db = v - B.auc;
    const k = positive ? 0 : 3;
    s[k]! += da * da;
    s[k + 1]! += db * db;
    s[k + 2]! += da * db;
  });
  const variance =
    (s[0]! + s[1]! - 2 * s[2]!) / (m - 1) / m + (s[3]! + s[4]! - 2 * s[5]!) / (nNeg - 1) / nNeg;
  const diff = A.auc - B.auc;
  const z = variance > 0 ? diff / Math.sqrt(variance) : diff === 0 ? 0 : diff > 0 ? Infinity : -Infinity;
  return { aucA: A.auc, aucB: B.auc, variance, z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

export interface McNemarResult {
  /** Rows A got right and B wrong. */
  aOnly: number;
  /** Rows B got right and A wrong. */
  bOnly: number;
  /** "mcnemar-exact" (binomial, fewer than 25 discordant rows) or "mcnemar" (χ² with continuity correction). */
  method: "mcnemar-exact" | "mcnemar";
  statistic: number;
  /** Two-sided p-value of equal accuracy. */
  pValue: number;
  /** One-sided p-value that A is not more accurate than B. */
  pValueAGreater: number;
}

/**
 * McNemar's test from the discordant counts: by default as statsmodels' mcnemar(exact=n<25,
 * correction=True); with `exact`, the exact binomial test for any count (scipy.stats.binomtest
 * of aOnly successes in aOnly + bOnly trials at ½), which evaluate uses.
 */
export function mcnemar(aOnly: number, bOnly: number, options: { exact?: boolean } = {}): McNemarResult {
  const d = aOnly + bOnly;
  if (d === 0) return { aOnly, bOnly, method: "mcnemar-exact", statistic: 0, pValue: 1, pValueAGreater: 1 };
  if (d < 25 || options.exact) {
    const k = Math.min(aOnly, bOnly);
    const pValue = Math.min(1, 2 * binomHalfCdf(k, d));
    // P(X ≥ aOnly) = P(X ≤ d − aOnly) for X ~ Bin(d, ½): an upper tail, not 1 − CDF
    const pValueAGreater = binomHalfCdf(d - aOnly, d);
    return { aOnly, bOnly, method: "mcnemar-exact", statistic: k, pValue, pValueAGreater };
  }
  const diff = Math.abs(aOnly - bOnly);
  const statistic = Math.max(0, diff - 1) ** 2 / d;
  const pValue = chi2Df1Sf(statistic);
  const z = (aOnly - bOnly - (aOnly > bOnly ? 1 : aOnly < bOnly ? -1 : 0)) / Math.sqrt(d);
  return { aOnly, bOnly, method: "mcnemar", statistic, pValue, pValueAGreater: normalSf(z) };
}
