import type { MetricEvaluator } from "./evaluators.js";
import { fillPoissonWeights, quantileSorted, seedState } from "./stats.js";

/*
 * Paired bootstrap: each resample draws one Poisson(1) weight per row (the Poisson bootstrap,
 * Hanley & MacGibbon 2006; equivalent to resampling rows with replacement as n grows) and
 * evaluates BOTH models under the same weights, so a difference's interval reflects the
 * pairing. One weight buffer is reused for every resample; evaluators do not allocate.
 */

export interface BootstrapOptions {
  resamples: number;
  seed: number;
  /** Confidence level of the percentile intervals, e.g. 0.95. */
  level: number;
  /** The weight buffer (n bytes, overwritten); default allocated. */
  weights?: Uint8Array;
}

export type Interval = [number, number];

export interface MetricIntervals {
  candidate: Interval | null;
  baseline: Interval | null;
  delta: Interval | null;
}

export class BootstrapResult {
  constructor(
    readonly resamples: number,
    readonly level: number,
    readonly seed: number,
    private readonly candidateNames: readonly string[],
    private readonly baselineNames: readonly string[],
    /** resamples × metrics, row-major. */
    private readonly candidateValues: Float64Array,
    private readonly baselineValues: Float64Array | null,
  ) {}

  private column(values: Float64Array, names: readonly string[], name: string): Float64Array | null {
    const k = names.indexOf(name);
    if (k < 0) return null;
    const M = names.length;
    const out = new Float64Array(this.resamples);
    for (let b = 0; b < this.resamples; b++) out[b] = values[b * M + k]!;
    return out;
  }

  /** The resampled values of a metric for the candidate or the baseline. */
  values(model: "candidate" | "baseline", name: string): Float64Array | null {
    if (model === "candidate") return this.column(this.candidateValues, this.candidateNames, name);
    return this.baselineValues ? this.column(this.baselineValues, this.baselineNames, name) : null;
  }

  /** candidate − baseline per resample. */
  deltas(name: string): Float64Array | null {
    const c = this.values("candidate", name);
    const b = this.values("baseline", name);
    if (!c || !b) return null;
    for (let i = 0; i < c.length; i++) c[i] = c[i]! - b[i]!;
    return c;
  }

  intervals(name: string): MetricIntervals {
    return {
      candidate: percentileInterval(this.values("candidate", name), this.level),
      baseline: percentileInterval(this.values("baseline", name), this.level),
      delta: percentileInterval(this.deltas(name), this.level),
    };
  }

  /**
   * One-sided p-value that the improvement (candidate − baseline, negated when lower is better)
   * is at most `margin`: (1 + #{resamples with improvement ≤ margin}) / (1 + resamples).
   */
  pValue(name: string, margin: number, greaterIsBetter: boolean): number | null {
    const d = this.deltas(name);
    if (!d) return null;
    let count = 0;
    let used = 0;
    for (let i = 0; i < d.length; i++) {
      const v = d[i]!;
      if (Number.isNaN(v)) continue;
      used++;
      if ((greaterIsBetter ? v : -v) <= margin) count++;
    }
    return used ? (1 + count) / (1 + used) : null;
  }
}

/** Percentile interval (numpy's linear interpolation); NaN resamples are left out. */
export function percentileInterval(values: Float64Array | null, level: number): Interval | null {
  if (!values) return null;
  const finite = values.filter((v) => !Number.isNaN(v)).sort();
  if (finite.length === 0) return null;
  const alpha = (1 - level) / 2;
  return [quantileSorted(finite, alpha), quantileSorted(finite, 1 - alpha)];
}

/** Runs the paired bootstrap over n rows. */
export function pairedBootstrap(
  n: number,
  candidate: MetricEvaluator,
  baseline: MetricEvaluator | null,
  options: BootstrapOptions,
): BootstrapResult {
  const B = options.resamples;
  const W = options.weights?.length === n ? options.weights : new Uint8Array(n);
  const state = seedState(options.seed);
  const Mc = candidate.names.length;
  const Mb = baseline?.names.length ?? 0;
  const cv = new Float64Array(B * Mc);
  const bv = baseline ? new Float64Array(B * Mb) : null;
  const outC = new Float64Array(Mc);
  const outB = new Float64Array(Mb);
  for (let b = 0; b < B; b++) {
    fillPoissonWeights(W, state);
    candidate.evaluate(W, outC);
    cv.set(outC, b * Mc);
    if (baseline && bv) {
      baseline.evaluate(W, outB);
      bv.set(outB, b * Mb);
    }
  }
  return new BootstrapResult(B, options.level, options.seed, candidate.names, baseline?.names ?? [], cv, bv);
}

/** Evaluates with every weight 1: the point estimates (`weights`: n bytes to overwrite). */
export function pointEstimates(
  n: number,
  evaluator: MetricEvaluator,
  weights?: Uint8Array,
): Record<string, number> {
  const W = (weights?.length === n ? weights : new Uint8Array(n)).fill(1);
  const out = new Float64Array(evaluator.names.length);
  evaluator.evaluate(W, out);
  const metrics: Record<string, number> = {};
  evaluator.names.forEach((name, k) => (metrics[name] = out[k]!));
  return metrics;
}
