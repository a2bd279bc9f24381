/*
 * The join of logged predictions and late labels, in flat memory: an open-addressing hash table
 * of 64-bit id hashes (@mlops/metrics' hashId: two independent 32-bit hashes, so 10 million ids
 * collide with probability ~3e-6) with, per slot, flags, the label (a class index, or a value
 * for regression) and, when the labels carry a timestamp, the UTC day the label arrived (every
 * calendar window ends at a UTC midnight, so a day says exactly whether a label came after its
 * window). No object per id: 10 million ids take 16.7 M slots × 13 bytes (classification) or
 * 19 bytes (regression). Linear probing; the table doubles at 3/4 full.
 */

export const HAS_LABEL = 1;
export const HAS_PREDICTION = 2;

export interface IdTableOptions {
  /** Expected ids (the table is sized for it; it grows beyond). */
  expected: number;
  /** Labels are values (regression: Float64), else class indices (Int32). */
  numericLabels: boolean;
  /** Keep the day each label arrived. */
  labelTimes: boolean;
}

export class IdTable {
  private hi!: Uint32Array;
  private lo!: Uint32Array;
  private flagsArr!: Uint8Array;
  private classLabels: Uint16Array | null = null;
  private valueLabels: Float64Array | null = null;
  private days: Uint16Array | null = null;
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
    else this.classLabels = new Uint16Array(capacity);
    this.days = this.options.labelTimes ? new Uint16Array(capacity) : null;
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

  /** A class index below MAX_CLASSES, or a value; `day` from toDay. */
  setLabel(s: number, value: number, day: number): void {
    if (this.valueLabels) this.valueLabels[s] = value;
    else this.classLabels![s] = value;
    if (this.days) this.days[s] = day;
  }

  /** The start of the UTC day the label arrived (ms since the epoch), or NaN when unknown. */
  labelTime(s: number): number {
    if (!this.days) return NaN;
    const d = this.days[s]!;
    return d === 0 ? NaN : (d - 1) * DAY;
  }

  /** Counts the ids that have a label but no prediction. */
  countLabelsOnly(): number {
    const flags = this.flagsArr;
    let n = 0;
    for (let s = 0; s < flags.length; s++) if ((flags[s]! & (HAS_LABEL | HAS_PREDICTION)) === HAS_LABEL) n++;
    return n;
  }

  private grow(): void {
    const { hi, lo, flagsArr, classLabels, valueLabels, days } = this;
    this.allocate(this.capacity * 2);
    this.size = 0;
    for (let s = 0; s < flagsArr.length; s++) {
      if (!(flagsArr[s]! & 0x80)) continue;
      const t = this.slot(hi[s]!, lo[s]!);
      this.flagsArr[t] = flagsArr[s]!;
      if (valueLabels) this.valueLabels![t] = valueLabels[s]!;
      if (classLabels) this.classLabels![t] = classLabels[s]!;
      if (days) this.days![t] = days[s]!;
    }
  }
}

const DAY = 86_400_000;

/** Classes a label can be (the table keeps a class index in 16 bits). */
export const MAX_CLASSES = 65_535;

/**
 * A label time as stored: 1 + its UTC day since 1970-01-01 (0: unknown; days before 1970 or
 * after 2149 are clamped to the ends).
 */
export function toDay(ms: number): number {
  if (!Number.isFinite(ms)) return 0;
  return Math.max(1, Math.min(65_535, Math.floor(ms / DAY) + 1));
}
