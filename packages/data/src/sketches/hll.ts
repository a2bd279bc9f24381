/**
 * HyperLogLog distinct counter (Flajolet et al. 2007) with 2^14 registers: standard error
 * 1.04/√16384 ≈ 0.8%, linear counting for small cardinalities. Mergeable (register-wise max).
 */
export class HyperLogLog {
  static readonly P = 14;
  readonly registers: Uint8Array;

  constructor(registers?: Uint8Array) {
    this.registers = registers ?? new Uint8Array(1 << HyperLogLog.P);
  }

  /** Adds a 32-bit hash. */
  add(hash: number): void {
    const index = hash >>> (32 - HyperLogLog.P);
    const rest = (hash << HyperLogLog.P) | (1 << (HyperLogLog.P - 1));
    const rank = Math.clz32(rest) + 1;
    if (rank > this.registers[index]!) this.registers[index] = rank;
  }

  merge(other: HyperLogLog): void {
    const r = this.registers;
    const o = other.registers;
    for (let i = 0; i < r.length; i++) if (o[i]! > r[i]!) r[i] = o[i]!;
  }

  /**
   * Ertl's improved estimator ("New cardinality estimation algorithms for HyperLogLog sketches",
   * 2017, algorithm 6): nearly unbiased over the whole range, without the bias of the classic
   * raw estimate where it hands over from linear counting (it read 41,431 for 40,000 values) or
   * empirical correction tables. Register values run from 0 to q + 1, q = 32 - P.
   */
  estimate(): number {
    const m = this.registers.length;
    const q = 32 - HyperLogLog.P;
    const counts = new Array<number>(q + 2).fill(0);
    for (let i = 0; i < m; i++) counts[this.registers[i]!]!++;
    let z = m * tau(1 - counts[q + 1]! / m);
    for (let k = q; k >= 1; k--) z = 0.5 * (z + counts[k]!);
    z += m * sigma(counts[0]! / m);
    return (m * m) / (2 * Math.LN2) / z;
  }

  toJSON(): string {
    return Buffer.from(this.registers).toString("base64");
  }

  static from(base64: string): HyperLogLog {
    const bytes = Buffer.from(base64, "base64");
    if (bytes.length !== 1 << HyperLogLog.P) throw new Error("invalid HyperLogLog registers");
    return new HyperLogLog(new Uint8Array(bytes));
  }
}

/** σ(x) = x + Σ_{k≥1} x^(2^k) 2^(k-1) (Ertl 2017), for the registers still at 0. */
function sigma(x: number): number {
  if (x === 1) return Infinity;
  let y = 1;
  let z = x;
  for (;;) {
    x *= x;
    const before = z;
    z += x * y;
    y += y;
    if (z === before) return z;
  }
}

/** τ(x) = (1 - x - Σ_{k≥1} (1 - x^(2^-k))² 2^-k) / 3 (Ertl 2017), for the saturated registers. */
function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  for (;;) {
    x = Math.sqrt(x);
    const before = z;
    y *= 0.5;
    z -= (1 - x) ** 2 * y;
    if (z === before) return z / 3;
  }
}
