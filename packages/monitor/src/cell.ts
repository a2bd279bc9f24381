import { ColumnProfiler } from "@mlops/data";

/*
 * What the monitor keeps of one window served by one model version: counts, and sufficient
 * statistics instead of rows. Classification: a K×K confusion matrix of the labelled rows and,
 * per confusion cell (true class, predicted class), the sum and sum of squares of the row log
 * losses (for binary scores: of −log s and −log(1−s), the positive class being known only at
 * the end). Regression: sums of the errors and their squares, Welford's mean/M2 of the labels.
 * Drift: one ColumnProfiler (mergeable sketches) per monitored column, over every logged row.
 * Memory per cell is bounded by K² and the sketches' limits, whatever the number of rows.
 */

/** Exact distinct values a cell's profilers count before they switch to sketches. */
export const CELL_EXACT_LIMIT = 1000;

/** Distinct scores a cell counts exactly for ROC AUC; beyond, the window has no AUC. */
export const AUC_MAX_SCORES = 20_000;

/** Regression sums, by index. */
export const R = {
  n: 0,
  e2: 1,
  e2sq: 2,
  ae: 3,
  aesq: 4,
  ape: 5,
  apesq: 6,
  yMean: 7,
  yM2: 8,
} as const;

export class Cell {
  rows = 0;
  labelled = 0;
  lateLabels = 0;
  duplicatePredictions = 0;
  /** Capacity of the class dimension of cm/loss (≥ classes seen). */
  cap = 0;
  cm = new Float64Array(0);
  /** Per confusion cell: [Σ loss, Σ loss²] (proba mode) or [Σ −log s, Σ (−log s)², Σ −log(1−s), Σ (…)²]. */
  loss: Float64Array | null = null;
  readonly reg = new Float64Array(9);
  /**
   * Binary scores: per true class index (0, 1), labelled rows per distinct score, for ROC AUC
   * (exact, ties counted ½ as scikit-learn); null once a cell has more than AUC_MAX_SCORES.
   */
  scores: ScoreCounts | null = null;
  readonly profilers: ColumnProfiler[];

  constructor(
    readonly window: number,
    readonly version: number,
    driftColumns: readonly string[],
    private readonly lossWidth: number,
  ) {
    this.profilers = driftColumns.map((name) => new ColumnProfiler(name, CELL_EXACT_LIMIT));
    if (lossWidth === 4) this.scores = new ScoreCounts();
  }

  /** Makes room for class index k. */
  ensure(k: number): void {
    if (k < this.cap) return;
    let cap = Math.max(2, this.cap);
    while (cap <= k) cap *= 2;
    const cm = new Float64Array(cap * cap);
    const loss = this.lossWidth ? new Float64Array(cap * cap * this.lossWidth) : null;
    for (let i = 0; i < this.cap; i++) {
      for (let j = 0; j < this.cap; j++) {
        cm[i * cap + j] = this.cm[i * this.cap + j]!;
        if (loss && this.loss) {
          for (let w = 0; w < this.lossWidth; w++)
            loss[(i * cap + j) * this.lossWidth + w] = this.loss[(i * this.cap + j) * this.lossWidth + w]!;
        }
      }
    }
    this.cm = cm;
    this.loss = loss;
    this.cap = cap;
  }

  addClass(y: number, pred: number, lossA: number, lossB: number): void {
    this.ensure(y > pred ? y : pred);
    const at = y * this.cap + pred;
    this.cm[at] = this.cm[at]! + 1;
    const loss = this.loss;
    if (!loss) return;
    const w = this.lossWidth;
    if (lossA === lossA) {
      loss[at * w] = loss[at * w]! + lossA;
      loss[at * w + 1] = loss[at * w + 1]! + lossA * lossA;
    }
    if (w === 4 && lossB === lossB) {
      loss[at * w + 2] = loss[at * w + 2]! + lossB;
      loss[at * w + 3] = loss[at * w + 3]! + lossB * lossB;
    }
  }

  /** A labelled row's binary score, for ROC AUC. */
  addScore(y: number, score: number): void {
    if (this.scores && y <= 1 && !this.scores.add(score, y)) this.scores = null;
  }

  addRegression(y: number, pred: number): void {
    const r = this.reg;
    const e = pred - y;
    const e2 = e * e;
    const ae = Math.abs(e);
    const ape = ae / Math.max(Math.abs(y), 2.220446049250313e-16);
    const n = ++r[R.n]!;
    r[R.e2] = r[R.e2]! + e2;
    r[R.e2sq] = r[R.e2sq]! + e2 * e2;
    r[R.ae] = r[R.ae]! + ae;
    r[R.aesq] = r[R.aesq]! + ae * ae;
    r[R.ape] = r[R.ape]! + ape;
    r[R.apesq] = r[R.apesq]! + ape * ape;
    const d = y - r[R.yMean]!;
    r[R.yMean] = r[R.yMean]! + d / n;
    r[R.yM2] = r[R.yM2]! + d * (y - r[R.yMean]!);
  }

  /** The K×K confusion matrix over the first K classes. */
  confusion(K: number): Float64Array {
    const out = new Float64Array(K * K);
    const c = Math.min(K, this.cap);
    for (let i = 0; i < c; i++) for (let j = 0; j < c; j++) out[i * K + j] = this.cm[i * this.cap + j]!;
    return out;
  }

  /** The loss sums of confusion cell (i, j), or null without scores. */
  lossAt(i: number, j: number): Float64Array | null {
    if (!this.loss || i >= this.cap || j >= this.cap) return null;
    const w = this.lossWidth;
    const at = (i * this.cap + j) * w;
    return this.loss.subarray(at, at + w);
  }
}

/**
 * Labelled rows per distinct score and true class (0, 1), in flat memory: an open-addressing
 * table of Float64 scores with two Uint32 counts (16 bytes a score; no Map entry, no boxed
 * number). Holds at most AUC_MAX_SCORES scores.
 */
export class ScoreCounts {
  keys = new Float64Array(64);
  counts = [new Uint32Array(64), new Uint32Array(64)] as const;
  used = new Uint8Array(64);
  size = 0;
  private readonly view = new DataView(new ArrayBuffer(8));

  private slotOf(score: number): number {
    this.view.setFloat64(0, score);
    const h = Math.imul(this.view.getUint32(0) ^ Math.imul(this.view.getUint32(4), 0x9e3779b1), 0x85ebca6b);
    const mask = this.keys.length - 1;
    let s = (h ^ (h >>> 15)) & mask;
    while (this.used[s] && this.keys[s] !== score) s = (s + 1) & mask;
    return s;
  }

  /** Adds one row; false when the score is new and the table is full. */
  add(score: number, y: number): boolean {
    let s = this.slotOf(score);
    if (!this.used[s]) {
      if (this.size >= AUC_MAX_SCORES) return false;
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        s = this.slotOf(score);
      }
      this.used[s] = 1;
      this.keys[s] = score;
      this.size++;
    }
    this.counts[y]![s]!++;
    return true;
  }

  private grow(): void {
    const { keys, counts, used } = this;
    const n = keys.length * 2;
    this.keys = new Float64Array(n);
    this.counts = [new Uint32Array(n), new Uint32Array(n)] as const;
    this.used = new Uint8Array(n);
    for (let i = 0; i < used.length; i++) {
      if (!used[i]) continue;
      const t = this.slotOf(keys[i]!);
      this.used[t] = 1;
      this.keys[t] = keys[i]!;
      this.counts[0][t] = counts[0][i]!;
      this.counts[1][t] = counts[1][i]!;
    }
  }

  /** The distinct scores ascending, with the rows of class 0 and 1 at each. */
  sorted(): { scores: Float64Array; class0: Float64Array; class1: Float64Array } {
    const order: number[] = [];
    for (let i = 0; i < this.used.length; i++) if (this.used[i]) order.push(i);
    order.sort((a, b) => this.keys[a]! - this.keys[b]!);
    return {
      scores: Float64Array.from(order, (i) => this.keys[i]!),
      class0: Float64Array.from(order, (i) => this.counts[0][i]!),
      class1: Float64Array.from(order, (i) => this.counts[1][i]!),
    };
  }
}
