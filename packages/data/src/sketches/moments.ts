/**
 * Count, mean and M2 (sum of squared deviations) by Welford's update; two summaries merge with
 * Chan et al.'s parallel formula, so profiles of parts combine into the profile of the whole.
 */
export interface MomentsState {
  n: number;
  mean: number;
  m2: number;
  min: number;
  max: number;
}

export class Moments {
  n = 0;
  mean = 0;
  m2 = 0;
  min = Infinity;
  max = -Infinity;

  add(x: number): void {
    const n = ++this.n;
    const delta = x - this.mean;
    this.mean += delta / n;
    this.m2 += delta * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /** Adds `count` copies of x at once. */
  addMany(x: number, count: number): void {
    const other = new Moments();
    other.n = count;
    other.mean = x;
    other.min = x;
    other.max = x;
    this.merge(other);
  }

  merge(other: MomentsState): void {
    if (other.n === 0) return;
    if (this.n === 0) {
      this.n = other.n;
      this.mean = other.mean;
      this.m2 = other.m2;
      this.min = other.min;
      this.max = other.max;
      return;
    }
    const n = this.n + other.n;
    const delta = other.mean - this.mean;
    // The weight first: delta × other.n overflowed near the float limit (a thousand rows of 1e307
    // beside small values) where the mean is finite, so a merged mean read null where one pass
    // had it. Means of opposite signs near the limit overflow even their difference: average them.
    const w = other.n / n;
    if (Number.isFinite(delta)) this.mean += delta * w;
    else this.mean = this.mean * (this.n / n) + other.mean * w;
    this.m2 += other.m2 + delta * delta * (this.n * w);
    this.n = n;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  /** Sample variance (ddof = 1), as pandas' std; null below two values. */
  variance(ddof = 1): number | null {
    return this.n > ddof ? this.m2 / (this.n - ddof) : null;
  }

  std(ddof = 1): number | null {
    const v = this.variance(ddof);
    return v === null ? null : Math.sqrt(Math.max(0, v));
  }

  toJSON(): MomentsState {
    return { n: this.n, mean: this.mean, m2: this.m2, min: this.min, max: this.max };
  }

  static from(state: MomentsState): Moments {
    const m = new Moments();
    m.merge(state);
    return m;
  }
}
