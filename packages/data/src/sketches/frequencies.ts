import { fmix32, hashBytes } from "../bytes.js";
import { HyperLogLog } from "./hll.js";

/**
 * Value counts keyed by bytes. Exact while a column has at most `exactLimit` distinct values (an
 * open-addressing table over an arena of key bytes: a cell is hashed and compared in place, no
 * string is made). Beyond that it switches to a Misra–Gries summary of `topK` counters (counts
 * become lower bounds, error ≤ n/topK) plus a HyperLogLog for the distinct count.
 */
export interface FrequencyState {
  exact: boolean;
  n: number;
  /** [value, count] pairs: all values when exact, else the Misra–Gries counters. */
  counts: [string, number][];
  hll?: string;
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export class Frequencies {
  n = 0;
  // Exact table.
  private slots = new Int32Array(64).fill(-1);
  private hashes: Int32Array = new Int32Array(32);
  private keyStart: Int32Array = new Int32Array(32);
  private keyLen: Int32Array = new Int32Array(32);
  private counts: Float64Array = new Float64Array(32);
  private arena = new Uint8Array(1024);
  private arenaUsed = 0;
  private size = 0;
  // Approximate mode.
  private summary: Map<string, number> | null = null;
  private hll: HyperLogLog | null = null;
  private scratch = new Uint8Array(256);
  private shortKeys = new Int32Array(1024).fill(-1);
  private shortEntries = new Int32Array(1024);

  constructor(
    readonly exactLimit = 20_000,
    readonly topK = 2_000,
  ) {}

  get exact(): boolean {
    return this.summary === null;
  }

  /** Distinct values seen (exact, or the HyperLogLog estimate, at most the values seen). */
  distinct(): number {
    return this.hll ? Math.min(Math.round(this.hll.estimate()), this.n) : this.size;
  }

  addBytes(buf: Uint8Array, start: number, end: number, count = 1): void {
    const len = end - start;
    if (len <= 3 && this.summary === null) {
      // Short values (codes, flags) packed into one integer: a direct-mapped cache of entries.
      const key =
        (len << 24) |
        (len > 0 ? buf[start]! : 0) |
        (len > 1 ? buf[start + 1]! << 8 : 0) |
        (len > 2 ? buf[start + 2]! << 16 : 0);
      const slot = fmix32(key) & 1023;
      if (this.shortKeys[slot] === key) {
        this.n += count;
        this.counts[this.shortEntries[slot]!]! += count;
        return;
      }
      const e = this.addExact(buf, start, end, count);
      if (e >= 0) {
        this.shortKeys[slot] = key;
        this.shortEntries[slot] = e;
      }
      return;
    }
    this.addExact(buf, start, end, count);
  }

  /** Adds to the exact table; returns the entry, or -1 when the value went to the summary. */
  private addExact(buf: Uint8Array, start: number, end: number, count: number): number {
    this.n += count;
    const h = hashBytes(buf, start, end);
    if (this.summary !== null) {
      this.hll!.add(h);
      this.addApprox(decoder.decode(buf.subarray(start, end)), count);
      return -1;
    }
    const mask = this.slots.length - 1;
    let slot = h & mask;
    const len = end - start;
    for (;;) {
      const e = this.slots[slot]!;
      if (e === -1) break;
      if (this.hashes[e] === (h | 0) && this.keyLen[e] === len && this.sameKey(e, buf, start, len)) {
        this.counts[e]! += count;
        return e;
      }
      slot = (slot + 1) & mask;
    }
    if (this.size >= this.exactLimit) {
      this.toApprox();
      this.n -= count;
      this.addExact(buf, start, end, count);
      return -1;
    }
    const e = this.size++;
    if (e >= this.hashes.length) this.growEntries();
    if (this.arenaUsed + len > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
      bigger.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = bigger;
    }
    this.arena.set(buf.subarray(start, end), this.arenaUsed);
    this.hashes[e] = h;
    this.keyStart[e] = this.arenaUsed;
    this.keyLen[e] = len;
    this.counts[e] = count;
    this.arenaUsed += len;
    this.slots[slot] = e;
    if (this.size * 2 > this.slots.length) this.rehash();
    return e;
  }

  addString(value: string, count = 1): void {
    if (this.scratch.length < value.length * 3) this.scratch = new Uint8Array(value.length * 3);
    const { written } = encoder.encodeInto(value, this.scratch);
    this.addBytes(this.scratch, 0, written, count);
  }

  private sameKey(e: number, buf: Uint8Array, start: number, len: number): boolean {
    const a = this.arena;
    const s = this.keyStart[e]!;
    for (let i = 0; i < len; i++) if (a[s + i] !== buf[start + i]) return false;
    return true;
  }

  private growEntries(): void {
    const size = this.hashes.length * 2;
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes, (n) => new Int32Array(n));
    this.keyStart = grow(this.keyStart, (n) => new Int32Array(n));
    this.keyLen = grow(this.keyLen, (n) => new Int32Array(n));
    this.counts = grow(this.counts, (n) => new Float64Array(n));
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.size; e++) {
      let slot = this.hashes[e]! & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = e;
    }
    this.slots = slots;
  }

  private toApprox(): void {
    const hll = new HyperLogLog();
    const summary = new Map<string, number>();
    for (let e = 0; e < this.size; e++) {
      hll.add(this.hashes[e]! >>> 0);
      summary.set(this.key(e), this.counts[e]!);
    }
    this.hll = hll;
    this.summary = summary;
    this.prune();
    this.slots = new Int32Array(0);
    this.arena = new Uint8Array(0);
    this.size = 0;
  }

  private key(e: number): string {
    return decoder.decode(this.arena.subarray(this.keyStart[e]!, this.keyStart[e]! + this.keyLen[e]!));
  }

  private addApprox(key: string, count: number): void {
    const s = this.summary!;
    s.set(key, (s.get(key) ?? 0) + count);
    if (s.size > this.topK * 2) this.prune();
  }

  /** Misra–Gries, batched: subtract the (topK+1)-th largest count from all, drop the non-positive. */
  private prune(): void {
    const s = this.summary!;
    if (s.size <= this.topK) return;
    const values = [...s.values()].sort((a, b) => b - a);
    const cut = values[this.topK]!;
    for (const [k, v] of s) {
      if (v <= cut) s.delete(k);
      else s.set(k, v - cut);
    }
  }

  /** Every (value, count), most frequent first (ties by value). */
  entries(): [string, number][] {
    const out: [string, number][] = [];
    if (this.summary) for (const [k, v] of this.summary) out.push([k, v]);
    else for (let e = 0; e < this.size; e++) out.push([this.key(e), this.counts[e]!]);
    return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** Looks a value up (exact mode; in approximate mode a lower bound or 0). */
  count(value: string): number {
    if (this.summary) return this.summary.get(value) ?? 0;
    const bytes = encoder.encode(value);
    const h = hashBytes(bytes, 0, bytes.length);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot]!;
      if (e === -1) return 0;
      if (
        this.hashes[e] === (h | 0) &&
        this.keyLen[e] === bytes.length &&
        this.sameKey(e, bytes, 0, bytes.length)
      )
        return this.counts[e]!;
    }
  }

  merge(other: Frequencies | FrequencyState): void {
    const state = other instanceof Frequencies ? other.toJSON() : other;
    const before = this.n;
    if (!state.exact && this.summary === null) this.toApprox();
    for (const [k, v] of state.counts) {
      if (this.summary) this.summary.set(k, (this.summary.get(k) ?? 0) + v);
      else this.addString(k, v);
    }
    if (this.summary) {
      if (state.hll) this.hll!.merge(HyperLogLog.from(state.hll));
      else
        for (const [k] of state.counts) {
          const b = encoder.encode(k);
          this.hll!.add(hashBytes(b, 0, b.length));
        }
      this.prune();
    }
    this.n = before + state.n;
  }

  toJSON(): FrequencyState {
    const state: FrequencyState = { exact: this.exact, n: this.n, counts: this.entries() };
    if (this.hll) state.hll = this.hll.toJSON();
    return state;
  }

  static from(state: FrequencyState): Frequencies {
    const f = new Frequencies();
    f.merge(state);
    return f;
  }
}
