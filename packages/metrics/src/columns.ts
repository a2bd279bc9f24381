/*
 * Prediction columns in typed arrays, so ten million paired rows fit in a few hundred MB:
 *  - a column of few distinct values (labels, predicted classes, slices) is a dictionary: one
 *    byte (or int) per row and each distinct value once;
 *  - a column of many numbers (scores, probabilities, regression targets) is a Float64Array, the
 *    rare cell that is not a number kept aside for error messages;
 *  - the id column is a 64-bit hash per row (two Uint32Arrays); its text is kept only for small
 *    tables (for messages), and the whole column is dropped once the two files are joined.
 */

export type Cell = string | number | boolean | null;

export interface Column {
  readonly length: number;
  /** The cell of row i as the file held it (numbers as numbers, null for empty). */
  get(i: number): Cell;
  /** Number columns: every row as a double (NaN where get(i) is not a number). */
  readonly numbers: Float64Array | null;
  /** Dictionary columns: each row's index into dict. */
  readonly codes: Uint8Array | Int32Array | null;
  readonly dict: readonly Cell[] | null;
}

/** Distinct values a dictionary column holds in one byte per row. */
const DICT8 = 255;
const NULL_KEY = Symbol("null");

export class ColumnBuilder {
  private codes: Uint8Array | Int32Array | null;
  private numbers: Float64Array | null = null;
  private exceptions: Map<number, Cell> | null = null;
  private dict: Cell[] = [];
  private index = new Map<string | number | boolean | symbol, number>();
  private allNumeric = true;
  length = 0;

  constructor(private capacity: number) {
    this.codes = new Uint8Array(capacity);
  }

  private grow(min: number): void {
    const capacity = Math.max(min + 1, Math.ceil(this.capacity * 1.5));
    if (this.numbers) {
      const next = new Float64Array(capacity);
      next.set(this.numbers);
      this.numbers = next;
    } else {
      const next = this.codes instanceof Uint8Array ? new Uint8Array(capacity) : new Int32Array(capacity);
      next.set(this.codes!);
      this.codes = next;
    }
    this.capacity = capacity;
  }

  set(i: number, cell: Cell): void {
    if (i >= this.capacity) this.grow(i);
    if (i >= this.length) this.length = i + 1;
    if (this.numbers) {
      if (typeof cell === "number") this.numbers[i] = cell;
      else {
        this.numbers[i] = NaN;
        (this.exceptions ??= new Map()).set(i, cell);
      }
      return;
    }
    const key = cell === null ? NULL_KEY : cell;
    let code = this.index.get(key);
    if (code === undefined) {
      code = this.dict.length;
      if (cell !== null && typeof cell !== "number") this.allNumeric = false;
      if (code === DICT8 && this.codes instanceof Uint8Array) {
        if (this.allNumeric) {
          this.toNumbers();
          this.set(i, cell);
          return;
        }
        this.codes = Int32Array.from(this.codes);
      }
      this.dict.push(cell);
      this.index.set(key, code);
    }
    this.codes![i] = code;
  }

  /**
   * Row i from a plain decimal's bytes, when this is a column of numbers (true); false (nothing
   * set) otherwise: the caller sets the cell.
   */
  setPlain(i: number, buf: Uint8Array, start: number, end: number): boolean {
    const numbers = this.numbers;
    if (!numbers || i >= this.capacity) return false;
    if (!plainNumberInto(buf, start, end, numbers, i)) return false;
    if (i >= this.length) this.length = i + 1;
    return true;
  }

  push(cell: Cell): void {
    this.set(this.length, cell);
  }

  private toNumbers(): void {
    const numbers = new Float64Array(this.capacity);
    const codes = this.codes!;
    for (let i = 0; i < this.length; i++) {
      const v = this.dict[codes[i]!]!;
      if (typeof v === "number") numbers[i] = v;
      else {
        numbers[i] = NaN;
        (this.exceptions ??= new Map()).set(i, v);
      }
    }
    this.numbers = numbers;
    this.codes = null;
    this.dict = [];
    this.index.clear();
  }

  /** The column, trimmed to its length (this builder is spent). */
  finish(length = this.length): Column {
    if (this.numbers) {
      const numbers = trimmed(this.numbers, length);
      this.numbers = null;
      const exceptions = this.exceptions;
      return {
        length,
        numbers,
        codes: null,
        dict: null,
        get: exceptions ? (i) => (exceptions.has(i) ? exceptions.get(i)! : numbers[i]!) : (i) => numbers[i]!,
      };
    }
    const codes = trimmed(this.codes!, length);
    this.codes = null;
    const dict = this.dict;
    return { length, numbers: null, codes, dict, get: (i) => dict[codes[i]!]! };
  }
}

/**
 * The first `length` values: a view when they fill most of the array (the capacity was a close
 * guess; no second copy of a 10M-row column while both exist), else a trimmed copy.
 */
export function trimmed<T extends Float64Array | Uint8Array | Int32Array | Uint32Array>(
  a: T,
  length: number,
): T {
  if (a.length === length) return a;
  return (length >= a.length * 0.9 ? a.subarray(0, length) : a.slice(0, length)) as T;
}

/** A column from cells (tests, and gathered views). */
export function columnOf(cells: ArrayLike<Cell>): Column {
  const b = new ColumnBuilder(Math.max(1, cells.length));
  for (let i = 0; i < cells.length; i++) b.set(i, cells[i]!);
  return b.finish(cells.length);
}

/** The rows of `column` at `rows` (a gathered copy in the same representation). */
export function gatherColumn(column: Column, rows: Int32Array): Column {
  const n = rows.length;
  if (column.numbers) {
    const src = column.numbers;
    const numbers = new Float64Array(n);
    let exceptions: Map<number, Cell> | null = null;
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      numbers[i] = src[r]!;
      if (Number.isNaN(src[r]!)) {
        const cell = column.get(r);
        if (typeof cell !== "number") (exceptions ??= new Map()).set(i, cell);
      }
    }
    return {
      length: n,
      numbers,
      codes: null,
      dict: null,
      get: exceptions ? (i) => (exceptions.has(i) ? exceptions.get(i)! : numbers[i]!) : (i) => numbers[i]!,
    };
  }
  const src = column.codes!;
  const codes = src instanceof Uint8Array ? new Uint8Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = src[rows[i]!]!;
  const dict = column.dict!;
  return { length: n, numbers: null, codes, dict, get: (i) => dict[codes[i]!]! };
}

// ---- ids ------------------------------------------------------------------------------------

/** Ids are kept as text (for messages) up to this many rows; beyond, only their hashes. */
export const ID_TEXT_ROWS = 100_000;

export interface IdColumn {
  readonly length: number;
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  /** Each row's id as text, for tables of at most ID_TEXT_ROWS rows; null beyond. */
  readonly texts: string[] | null;
}

/** Two 32-bit hashes (FNV-1a and a murmur-style mix, each finalised) of an id's text. */
export function hashId(key: string, out: Uint32Array): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  out[0] = fmix(h1);
  out[1] = fmix(h2 ^ 0x2545f491);
}

/**
 * hashId of the text of bytes [start, end) when it is how an integer id prints (an optional
 * minus, then 0 or up to 15 digits without a leading zero, -0 excepted): then the id's key,
 * String(Number(text)), is the text itself, and its ASCII bytes hash as its characters do. False
 * (nothing written) for any other text: the caller goes through the string.
 */
export function hashIntegerIdBytes(buf: Uint8Array, start: number, end: number, out: Uint32Array): boolean {
  let i = start;
  if (i < end && buf[i] === 45) i++;
  const digits = end - i;
  if (digits < 1 || digits > 15) return false;
  if (buf[i] === 48 && (digits > 1 || i > start)) return false; // leading zero, or -0
  for (let k = i; k < end; k++) {
    const c = buf[k]! - 48;
    if (c < 0 || c > 9) return false;
  }
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c ^ (end - start);
  for (let k = start; k < end; k++) {
    const c = buf[k]!;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  out[0] = fmix(h1);
  out[1] = fmix(h2 ^ 0x2545f491);
  return true;
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The number a plain decimal text of bytes [start, end) holds (an optional minus, digits, an
 * optional fraction; at most 15 significant digits and 22 decimals), exactly as Number(text)
 * gives it: an integer below 2^53 divided by an exact power of ten is one correctly rounded
 * operation. NaN for any other text (signs, exponents, spaces, NA…): the caller parses the string.
 */
export function plainNumberBytes(buf: Uint8Array, start: number, end: number): number {
  return plainNumberInto(buf, start, end, one, 0) ? one[0]! : NaN;
}

const one = new Float64Array(1);

/**
 * plainNumberBytes written to out[at] (true), or false (nothing written) for any other text. A
 * double returned from a call that is not inlined is boxed, one heap object a cell (~150 MB of
 * garbage for 10M scores); written to a typed array it is not.
 */
export function plainNumberInto(
  buf: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  at: number,
): boolean {
  let i = start;
  const negative = i < end && buf[i] === 45;
  if (negative) i++;
  let m = 0;
  let significant = 0;
  let decimals = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = buf[i]! - 48;
    if (c < 0 || c > 9) break;
    m = m * 10 + c;
    if (m !== 0) significant++;
    digits++;
  }
  if (i < end && buf[i] === 46) {
    for (i++; i < end; i++) {
      const c = buf[i]! - 48;
      if (c < 0 || c > 9) break;
      m = m * 10 + c;
      if (m !== 0) significant++;
      decimals++;
      digits++;
    }
  }
  if (i !== end || digits === 0 || significant > 15 || decimals > 22) return false;
  const v = decimals ? m / POW10[decimals]! : m;
  out[at] = negative ? -v : v;
  return true;
}

/** murmur3's 32-bit finaliser: the last step of hashId (and of @mlops/monitor's byte twin of it). */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class IdBuilder {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private texts: string[] | null = [];
  private readonly h = new Uint32Array(2);
  length = 0;

  constructor(private capacity: number) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
  }

  push(key: string): void {
    hashId(key, this.h);
    this.pushHash(this.h, () => key);
  }

  /** An id by its hash (hashId's two words); `text` gives its key when ids are kept as text. */
  pushHash(h: Uint32Array, text: () => string): void {
    const i = this.length++;
    if (i >= this.capacity) {
      this.capacity = Math.max(i + 1, Math.ceil(this.capacity * 1.5));
      const hi = new Uint32Array(this.capacity);
      hi.set(this.hi);
      this.hi = hi;
      const lo = new Uint32Array(this.capacity);
      lo.set(this.lo);
      this.lo = lo;
    }
    this.hi[i] = h[0]!;
    this.lo[i] = h[1]!;
    if (this.texts) {
      if (i < ID_TEXT_ROWS) this.texts.push(text());
      else this.texts = null;
    }
  }

  finish(): IdColumn {
    const n = this.length;
    return {
      length: n,
      hi: trimmed(this.hi, n),
      lo: trimmed(this.lo, n),
      texts: this.texts,
    };
  }
}

/**
 * An open-addressing index of one table's ids: row of an id hash, or -1. Duplicate ids are
 * reported through `onDuplicate(row, firstRow)`. Linear probing in a table of about 4/3 slots a
 * row (filled to three quarters: 5.3 bytes a row, not the 6.7 of the next power of two at 10M
 * rows); the home slot is the high bits of the mixed hash scaled to the table (exact: a 24-bit
 * value times at most 2^29 slots stays below 2^53).
 */
export class IdIndex {
  private slots: Int32Array;
  private size: number;

  constructor(
    readonly ids: IdColumn,
    onDuplicate: (row: number, first: number) => never,
  ) {
    const size = Math.max(1024, Math.ceil(ids.length / 0.75));
    if (size >= 2 ** 29) throw new RangeError(`IdIndex: ${ids.length} ids (at most ${3 * 2 ** 27 - 1})`);
    this.size = size;
    this.slots = new Int32Array(size).fill(-1);
    for (let r = 0; r < ids.length; r++) {
      const found = this.find(ids.hi[r]!, ids.lo[r]!, true);
      if (found >= 0) onDuplicate(r, found);
      this.slots[-found - 1] = r;
    }
  }

  /** Row of the id hash; with `slot`, a miss returns -(free slot) - 1. */
  private find(hi: number, lo: number, slot = false): number {
    const size = this.size;
    let s = ((((lo ^ Math.imul(hi, 0x9e3779b1)) >>> 8) * size) / 16777216) | 0;
    for (;;) {
      const r = this.slots[s]!;
      if (r < 0) return slot ? -s - 1 : -1;
      if (this.ids.hi[r] === hi && this.ids.lo[r] === lo) return r;
      if (++s === size) s = 0;
    }
  }

  /** The slot table, for reuse: the index is spent (every lookup misses afterwards). */
  release(): Int32Array {
    const slots = this.slots;
    this.slots = new Int32Array(1).fill(-1);
    this.size = 1;
    return slots;
  }

  /** Row of the id whose hash is (hi, lo), or -1. */
  rowOf(hi: number, lo: number): number {
    return this.find(hi, lo);
  }

  rowOfKey(key: string, scratch: Uint32Array): number {
    hashId(key, scratch);
    return this.find(scratch[0]!, scratch[1]!);
  }
}
