/**
 * Stable ascending argsort of finite doubles by LSD radix sort on their IEEE-754 bits (16-bit
 * digits, passes whose digit is constant skipped): ~10× faster than a comparator sort on a
 * million scores. Each pass reads its digit straight from the doubles' bits (made sortable:
 * negatives flipped, the sign bit of positives set, -0 as +0), so the only memory is the
 * result and one scratch array of the same size. NaN must be rejected by the caller.
 */
export function argsortFloat64(values: Float64Array, reuse?: Int32Array, spare?: Int32Array): Int32Array {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  // `reuse`, `spare`: spent arrays of n the caller gives up (the two buffers; either may be
  // returned, and the other is spent again)
  let idx: Int32Array = reuse?.length === n ? reuse : new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let tmp: Int32Array = spare?.length === n && spare !== idx ? spare : new Int32Array(n);
  const count = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1; // 0: low 32 bits, 1: high
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[digit(bits, i, word, shift)]!++;
    if (n > 0 && count[digit(bits, 0, word, shift)] === n) continue; // all equal: nothing to do
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const j = idx[i]!;
      tmp[count[digit(bits, j, word, shift)]!++] = j;
    }
    const t = idx;
    idx = tmp;
    tmp = t;
  }
  return idx;
}

/** The 16-bit digit at `shift` of word `word` (0 low, 1 high) of double i's sortable key. */
function digit(bits: Uint32Array, i: number, word: number, shift: number): number {
  let h = bits[2 * i + 1]!;
  const l = bits[2 * i]!;
  if (h === 0x80000000 && l === 0) h = 0; // -0 → +0
  let k: number;
  if (h & 0x80000000) k = word ? ~h : ~l;
  else k = word ? h | 0x80000000 : l;
  return (k >>> shift) & 0xffff;
}

/** out[i] = values[perm[i]]. */
export function gather<T extends Float64Array | Uint8Array | Int32Array | Uint32Array>(
  values: T,
  perm: Int32Array,
  out: T,
): T {
  for (let i = 0; i < perm.length; i++) out[i] = values[perm[i]!]!;
  return out;
}

/**
 * a[i] = a_before[order[i]] for every i, in place: follows the permutation's cycles, marking
 * visited entries of `order` by their complement (restored before returning), so no scratch.
 */
export function permuteInPlace(a: Float64Array | Uint8Array | Int32Array, order: Int32Array): void {
  const n = order.length;
  for (let start = 0; start < n; start++) {
    if (order[start]! < 0) continue;
    const first = a[start]!;
    let j = start;
    for (;;) {
      const k = order[j]!;
      order[j] = ~k;
      if (k === start) {
        a[j] = first;
        break;
      }
      a[j] = a[k]!;
      j = k;
    }
  }
  for (let i = 0; i < n; i++) order[i] = ~order[i]!;
}
