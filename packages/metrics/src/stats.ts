/*
 * Small numerical pieces: the normal and chi-square(1) tails (@mlops/data's, over @stdlib's erfc
 * and incomplete gamma), the binomial tail for exact McNemar, percentiles as numpy computes them,
 * a seeded PRNG.
 */

import { chi2Sf, logGamma, normalSf } from "@mlops/data";

export { normalSf };

/** P(X > x) for X ~ chi-square with 1 degree of freedom. */
export function chi2Df1Sf(x: number): number {
  return chi2Sf(x, 1);
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
export function binomHalfCdf(k: number, n: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  const lnHalfN = n * Math.log(0.5);
  const lnFactN = logGamma(n + 1);
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(lnFactN - logGamma(i + 1) - logGamma(n - i + 1) + lnHalfN);
  return Math.min(1, sum);
}

/** Percentile of sorted values with linear interpolation (numpy's default "linear" method). */
export function quantileSorted(sorted: ArrayLike<number>, q: number, length = sorted.length): number {
  if (length === 0) return NaN;
  const h = (length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, length - 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (h - lo) * (b - a);
}

/** xoshiro128** seeded through splitmix32: fast, reproducible 32-bit random numbers. */
export function seedState(seed: number): Uint32Array {
  const s = new Uint32Array(4);
  let x = seed >>> 0;
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    s[i] = (z ^ (z >>> 16)) >>> 0;
  }
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
  return s;
}

/**
 * Poisson(1) draws by table lookup on 16 random bits: entry v is the smallest k with
 * F(k) > (v + ½)/65536. Each probability is exact to 1/65536 (P(0) = 0.367879… vs 24109/65536).
 */
export const POISSON1_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  let k = 0;
  let p = Math.exp(-1);
  let cdf = p;
  for (let v = 0; v < 65536; v++) {
    const u = (v + 0.5) / 65536;
    while (u >= cdf && k < 255) {
      k++;
      p /= k;
      cdf += p;
    }
    table[v] = k;
  }
  return table;
})();

/** Fills `out` with Poisson(1) weights, advancing the xoshiro128** state in place. */
export function fillPoissonWeights(out: Uint8Array, state: Uint32Array): void {
  const T = POISSON1_TABLE;
  let s0 = state[0]!;
  let s1 = state[1]!;
  let s2 = state[2]!;
  let s3 = state[3]!;
  const n = out.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    out[i] = T[r & 0xffff]!;
    out[i + 1] = T[r >>> 16]!;
  }
  if (i < n) {
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    out[i] = T[r & 0xffff]!;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}
