/**
 * Stable ascending argsort of finite doubles by LSD radix sort on their IEEE-754 bits (16-bit
 * digits, passes whose digit is constant skipped): ~10× faster than a comparator sort on a
 * million scores. NaN must be rejected by the caller.
 */
export function argsortFloat64(values: Float64Array): Int32Array {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  // Sortable keys: flip all bits of negatives, the sign bit of positives. -0 sorts with +0.
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let l = bits[2 * i]!;
    let h = bits[2 * i + 1]!;
    if (h === 0x80000000 && l === 0) h = 0; // -0 → +0
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    lo[i] = l;
    hi[i] = h;
  }
  let idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let tmp = new Int32Array(n);
  const count = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const key = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(key[i]! >>> shift) & 0xffff]!++;
    if (n > 0 && count[(key[0]! >>> shift) & 0xffff] === n) continue; // all equal: nothing to do
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const j = idx[i]!;
      tmp[count[(key[j]! >>> shift) & 0xffff]!++] = j;
    }
    const t = idx;
    idx = tmp;
    tmp = t;
  }
  return idx;
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
