/*
 * Spent typed arrays of one evaluation, handed out again. Big arrays that are no longer used
 * (the candidate's id hashes and id index once the baseline is joined, argsort's second buffer)
 * stay resident until V8 collects them, and when it does varies with the machine's load; the
 * arrays evaluation allocates afterwards (labels and predictions as bytes, sort orders, the
 * evaluators' flags, the bootstrap weights) are carved from them instead, so the memory they
 * take is already counted in the peak of the read rather than added to it.
 */

type View = Uint8Array | Int32Array | Uint32Array | Float64Array;
type ViewConstructor<T extends View> = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  new (length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

interface Region {
  buffer: ArrayBufferLike;
  start: number;
  end: number;
}

export class Scratch {
  private readonly regions: Region[] = [];

  /** Bytes available, in all regions (for tests and traces). */
  get bytes(): number {
    let sum = 0;
    for (const r of this.regions) sum += r.end - r.start;
    return sum;
  }

  /**
   * Hands the bytes of `a` over: the caller and everyone else must not use `a` (or another view
   * of those bytes) again.
   */
  give(a: ArrayBufferView | null | undefined): void {
    if (!a || a.byteLength === 0) return;
    const start = a.byteOffset;
    const end = start + a.byteLength;
    for (const r of this.regions) {
      if (r.buffer !== a.buffer) continue;
      if (r.end === start) {
        r.end = end;
        return;
      }
      if (r.start === end) {
        r.start = start;
        return;
      }
    }
    this.regions.push({ buffer: a.buffer, start, end });
  }

  /**
   * A zeroed array of `length`: carved from the smallest region that holds it, else allocated.
   */
  take<T extends View>(ctor: ViewConstructor<T>, length: number): T {
    const size = ctor.BYTES_PER_ELEMENT;
    const bytes = length * size;
    let best: Region | null = null;
    let bestAt = 0;
    for (const r of this.regions) {
      const at = Math.ceil(r.start / size) * size;
      if (at + bytes > r.end) continue;
      if (!best || r.end - r.start < best.end - best.start) {
        best = r;
        bestAt = at;
      }
    }
    if (!best || length === 0) return new ctor(length);
    const out = new ctor(best.buffer, bestAt, length);
    out.fill(0);
    if (bestAt > best.start) this.regions.push({ buffer: best.buffer, start: best.start, end: bestAt });
    best.start = bestAt + bytes;
    return out;
  }
}

/** An allocator of zeroed typed arrays: from a Scratch, or plain `new`. */
export type Alloc = <T extends View>(ctor: ViewConstructor<T>, length: number) => T;

export const allocNew: Alloc = (ctor, length) => new ctor(length);

export function allocFrom(scratch: Scratch | null | undefined): Alloc {
  return scratch ? (ctor, length) => scratch.take(ctor, length) : allocNew;
}
