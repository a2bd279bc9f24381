import { hashNumber } from "../bytes.js";
import { NumberCounts } from "./counts.js";
import { HyperLogLog } from "./hll.js";
import { Kll, type KllState } from "./kll.js";

/**
 * The distribution of a numeric column: exact value counts while there are at most
 * `exactLimit` distinct values (then quantiles, histograms and drift statistics are exact, as
 * pandas/SciPy compute them), else a KLL sketch (rank error < 1%) plus a HyperLogLog.
 */
export interface DistributionState {
  n: number;
  /** Exact [value, count] pairs, sorted by value; absent once the sketch took over. */
  exact?: [number, number][];
  kll?: KllState;
  hll?: string;
}

/** Sorted support points with weights: the common form of exact counts and sketches. */
export interface Weighted {
  values: Float64Array;
  weights: Float64Array;
  total: number;
  exact: boolean;
}

export class Distribution {
  n = 0;
  private counts: NumberCounts | null = new NumberCounts();
  private kll: Kll | null = null;
  private hll: HyperLogLog | null = null;

  constructor(readonly exactLimit = 20_000) {}

  get exact(): boolean {
    return this.counts !== null;
  }

  add(x: number): void {
    this.n++;
    const counts = this.counts;
    if (counts !== null) {
      if (counts.add(x, 1, this.exactLimit)) return;
      this.toSketch();
    }
    this.kll!.add(x);
    this.hll!.add(hashNumber(x));
  }

  /** Adds `count` copies of x. */
  addCount(x: number, count: number): void {
    if (count === 1) return this.add(x);
    const counts = this.counts;
    if (counts !== null) {
      if (counts.add(x, count, this.exactLimit)) {
        this.n += count;
        return;
      }
      this.toSketch();
    }
    this.n += count;
    for (let i = 0; i < count; i++) this.kll!.add(x);
    this.hll!.add(hashNumber(x));
  }

  private toSketch(): void {
    const kll = new Kll();
    const hll = new HyperLogLog();
    const entries = this.counts!.entries().sort((a, b) => a[0] - b[0]);
    for (const [v, c] of entries) {
      hll.add(hashNumber(v));
      for (let i = 0; i < c; i++) kll.add(v);
    }
    this.kll = kll;
    this.hll = hll;
    this.counts = null;
  }

  distinct(): number {
    return this.counts ? this.counts.size : Math.min(Math.round(this.hll!.estimate()), this.n);
  }

  weighted(): Weighted {
    if (this.counts) {
      const entries = this.counts.entries().sort((a, b) => a[0] - b[0]);
      const values = new Float64Array(entries.length);
      const weights = new Float64Array(entries.length);
      entries.forEach(([v, c], i) => {
        values[i] = v;
        weights[i] = c;
      });
      return { values, weights, total: this.n, exact: true };
    }
    const { values, weights } = this.kll!.weighted();
    // KLL weights sum to ≈ n; rescale so ranks are fractions of n.
    let sum = 0;
    for (const w of weights) sum += w;
    if (sum > 0 && sum !== this.n)
      for (let i = 0; i < weights.length; i++) weights[i] = (weights[i]! * this.n) / sum;
    return { values, weights, total: this.n, exact: false };
  }

  /** Exact [value, count] pairs in the order the values were first seen (exact mode only). */
  valueCounts(): [number, number][] | null {
    return this.counts ? this.counts.entries() : null;
  }

  merge(other: Distribution | DistributionState): void {
    const state = other instanceof Distribution ? other.toJSON() : other;
    let from = 0;
    if (state.exact && this.counts) {
      for (; from < state.exact.length; from++) {
        const [v, c] = state.exact[from]!;
        if (!this.counts.add(v, c, this.exactLimit)) break;
      }
      if (from === state.exact.length) {
        this.n += state.n;
        return;
      }
    }
    if (this.counts) this.toSketch();
    if (state.exact) {
      for (; from < state.exact.length; from++) {
        const [v, c] = state.exact[from]!;
        this.hll!.add(hashNumber(v));
        for (let i = 0; i < c; i++) this.kll!.add(v);
      }
    } else {
      this.kll!.merge(state.kll!);
      this.hll!.merge(HyperLogLog.from(state.hll!));
    }
    this.n += state.n;
  }

  toJSON(): DistributionState {
    if (this.counts) return { n: this.n, exact: this.counts.entries().sort((a, b) => a[0] - b[0]) };
    return { n: this.n, kll: this.kll!.toJSON(), hll: this.hll!.toJSON() };
  }

  static from(state: DistributionState): Distribution {
    const d = new Distribution();
    d.merge(state);
    return d;
  }
}

/** Quantile q of weighted points, linear interpolation between ranks as numpy/pandas (type 7). */
export function quantile(w: Weighted, q: number): number {
  const n = w.total;
  if (w.values.length === 0) return NaN;
  const position = (n - 1) * q; // 0-based rank
  const lo = Math.floor(position);
  const frac = position - lo;
  const a = valueAtRank(w, lo);
  if (frac === 0) return a;
  const b = valueAtRank(w, lo + 1);
  return a + (b - a) * frac;
}

/** The value of 0-based rank r (r-th smallest). */
function valueAtRank(w: Weighted, r: number): number {
  let cum = 0;
  for (let i = 0; i < w.values.length; i++) {
    cum += w.weights[i]!;
    if (r < cum - 1e-9) return w.values[i]!;
  }
  return w.values[w.values.length - 1]!;
}

/** Weight of points ≤ x (inclusive) or < x. */
export function rankOf(w: Weighted, x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = w.values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = w.values[mid]!;
    if (inclusive ? v <= x : v < x) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  for (let i = 0; i < lo; i++) sum += w.weights[i]!;
  return sum;
}
