/*
 * The join of logged predictions and late labels, in flat memory: an open-addressing hash table
 * of 64-bit id hashes (@mlops/metrics' hashId: two independent 32-bit hashes, so 10 million ids
 * collide with probability ~3e-6) with, per slot, flags, the label (a class index or a value)
 * and, when the labels carry a timestamp, the label's time in minutes. No object per id: 10
 * million ids take 16.7 M slots × 13–21 bytes. Linear probing; the table doubles at 3/4 full.
 */

export const HAS_LABEL = 1;
export const HAS_PREDICTION = 2;

export interface IdTableOptions {
  /** Expected ids (the table is sized for it; it grows beyond). */
  expected: number;
  /** Labels are values (regression: Float64), else class indices (Int32). */
  numericLabels: boolean;
  /** Keep each label's time (minutes since the epoch). */
  labelTimes: boolean;
}

export class IdTable {
  private hi!: Uint32Array;
  private lo!: Uint32Array;
  private flagsArr!: Uint8Array;
  private classLabels: Int32Array | null = null;
  private valueLabels: Float64Array | null = null;
  private times: Int32Array | null = null;
  private mask = 0;
  size = 0;

  constructor(private readonly options: IdTableOptions) {
    let capacity = 1024;
    while (capacity * 0.75 < options.expected) capacity *= 2;
    this.allocate(capacity);
  }

  get capacity(): number {
    return this.mask + 1;
  }

  private allocate(capacity: number): void {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.flagsArr = new Uint8Array(capacity);
    if (this.options.numericLabels) this.valueLabels = new Float64Array(capacity);
    else this.classLabels = new Int32Array(capacity);
    this.times = this.options.labelTimes ? new Int32Array(capacity) : null;
    this.mask = capacity - 1;
  }

  /** The slot of an id hash, inserting it (flags 0) when absent. */
  slot(hi: number, lo: number): number {
    if ((this.size + 1) * 4 > this.capacity * 3) this.grow();
    const flags = this.flagsArr;
    let s = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    for (;;) {
      if ((flags[s]! & 0x80) === 0) {
        this.hi[s] = hi;
        this.lo[s] = lo;
        this.size++;
        this.markUsed(s);
        return s;
      }
      if (this.hi[s] === hi && this.lo[s] === lo) return s;
      s = (s + 1) & this.mask;
    }
  }

  // Bit 7 of the flags marks a used slot (an id may have no other flag yet).
  private markUsed(s: number): void {
    this.flagsArr[s] = 0x80;
  }

  flags(s: number): number {
    return this.flagsArr[s]! & 0x7f;
  }

  setFlag(s: number, flag: number): void {
    this.flagsArr[s] = this.flagsArr[s]! | flag;
  }

  label(s: number): number {
    return this.valueLabels ? this.valueLabels[s]! : this.classLabels![s]!;
  }

  setLabel(s: number, value: number, minutes: number): void {
    if (this.valueLabels) this.valueLabels[s] = value;
    else this.classLabels![s] = value;
    if (this.times) this.times[s] = minutes;
  }

  /** The label's time in ms since the epoch (minute precision), or NaN when not kept. */
  labelTime(s: number): number {
    if (!this.times) return NaN;
    const m = this.times[s]!;
    return m === -0x80000000 ? NaN : m * 60_000;
  }

  /** Counts the ids that have a label but no prediction. */
  countLabelsOnly(): number {
    const flags = this.flagsArr;
    let n = 0;
    for (let s = 0; s < flags.length; s++) if ((flags[s]! & (HAS_LABEL | HAS_PREDICTION)) === HAS_LABEL) n++;
    return n;
  }

  private grow(): void {
    const { hi, lo, flagsArr, classLabels, valueLabels, times } = this;
    this.allocate(this.capacity * 2);
    this.size = 0;
    for (let s = 0; s < flagsArr.length; s++) {
      if (!(flagsArr[s]! & 0x80)) continue;
      const t = this.slot(hi[s]!, lo[s]!);
      this.flagsArr[t] = flagsArr[s]!;
      if (valueLabels) this.valueLabels![t] = valueLabels[s]!;
      if (classLabels) this.classLabels![t] = classLabels[s]!;
      if (times) this.times![t] = times[s]!;
    }
  }
}

/** A label time as stored: minutes since the epoch, or the Int32 minimum for none. */
export function toMinutes(ms: number): number {
  if (!Number.isFinite(ms)) return -0x80000000;
  return Math.max(-0x7fffffff, Math.min(0x7fffffff, Math.floor(ms / 60_000)));
}
