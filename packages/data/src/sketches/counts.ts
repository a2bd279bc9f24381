import { fmix32, hashNumber } from "../bytes.js";

/** A number's slot hash: integers (most numeric cells) directly, other values by their bits. */
function hashKey(x: number): number {
  if ((x | 0) === x) return fmix32(x);
  if (x !== x) return 0; // every NaN is one key, whatever its bits
  return hashNumber(x);
}

/**
 * Exact counts of numbers: an open-addressing table over typed arrays, one probe per value in the
 * common case. A Map<number, number> took a get and a set per value, ~10% of a one-core read of
 * flights-3m, and its entries filled the heap V8 collects. Keys compare as a Map's do
 * (SameValueZero: -0 is 0, every NaN is one key) and entries come back in insertion order, as a
 * Map's, so every sum over them adds in the same order as before.
 */
export class NumberCounts {
  size = 0;
  /** Entry index per slot, -1 when empty; twice the entries at least. */
  private slots = new Int32Array(64).fill(-1);
  private keys = new Float64Array(32);
  private counts = new Float64Array(32);

  /**
   * Adds `count` to x's count. Returns false, adding nothing, when x is new and the table already
   * holds `limit` values.
   */
  add(x: number, count: number, limit: number): boolean {
    if (x === 0) x = 0; // -0
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = hashKey(x) & mask;
    for (;;) {
      const e = slots[slot]!;
      if (e === -1) break;
      const k = this.keys[e]!;
      if (k === x || (k !== k && x !== x)) {
        this.counts[e]! += count;
        return true;
      }
      slot = (slot + 1) & mask;
    }
    if (this.size >= limit) return false;
    const e = this.size++;
    if (e === this.keys.length) this.grow();
    this.keys[e] = x;
    this.counts[e] = count;
    slots[slot] = e;
    if (this.size * 2 > slots.length) this.rehash();
    return true;
  }

  /** [value, count] pairs in insertion order. */
  entries(): [number, number][] {
    const out = new Array<[number, number]>(this.size);
    for (let e = 0; e < this.size; e++) out[e] = [this.keys[e]!, this.counts[e]!];
    return out;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const counts = new Float64Array(this.counts.length * 2);
    counts.set(this.counts);
    this.counts = counts;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.size; e++) {
      let slot = hashKey(this.keys[e]!) & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = e;
    }
    this.slots = slots;
  }
}
