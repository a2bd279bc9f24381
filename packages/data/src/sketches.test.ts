import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashNumber } from "./bytes.js";
import { NumberCounts } from "./sketches/counts.js";
import { Distribution, quantile } from "./sketches/distribution.js";
import { Frequencies } from "./sketches/frequencies.js";
import { HyperLogLog } from "./sketches/hll.js";
import { Kll } from "./sketches/kll.js";
import { Moments } from "./sketches/moments.js";

/** Normalised rank error of answering q with value v: |rank(v) − q·n| / n, for the best rank of v. */
function rankError(sorted: number[], v: number, q: number): number {
  const n = sorted.length;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (sorted[m]! < v) lo = m + 1;
    else hi = m;
  }
  const below = lo;
  let upTo = lo;
  while (upTo < n && sorted[upTo] === v) upTo++;
  const target = q * n;
  if (target >= below && target <= upTo) return 0;
  return Math.min(Math.abs(below - target), Math.abs(upTo - target)) / n;
}

describe("KLL quantile sketch", () => {
  it("stays within 1% rank error of an exact sort (any data, any order, after merges)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -50, max: 50 })),
          { minLength: 1, maxLength: 30000, size: "max" },
        ),
        fc.integer({ min: 1, max: 4 }),
        (values, parts) => {
          const sketches = Array.from({ length: parts }, (_, i) => new Kll(400, i + 1));
          values.forEach((v, i) => sketches[i % parts]!.add(v));
          const kll = sketches[0]!;
          for (const s of sketches.slice(1)) kll.merge(Kll.from(s.toJSON()));
          expect(kll.n).toBe(values.length);
          const sorted = [...values].sort((a, b) => a - b);
          const { values: vs, weights } = kll.weighted();
          const total = weights.reduce((a, b) => a + b, 0);
          for (const q of [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99]) {
            // The sketch's answer for q: the first item whose cumulative weight reaches q·n.
            let cum = 0;
            let answer = vs[vs.length - 1]!;
            for (let i = 0; i < vs.length; i++) {
              cum += weights[i]!;
              if (cum >= q * total) {
                answer = vs[i]!;
                break;
              }
            }
            expect(rankError(sorted, answer, q)).toBeLessThanOrEqual(0.01 + 1 / values.length);
          }
        },
      ),
      { numRuns: 40, verbose: 1 },
    );
  });

  it("keeps the bound on 300,000 sorted, reversed and random values", () => {
    let seed = 42;
    const random = () => (seed = (1664525 * seed + 1013904223) % 4294967296) / 4294967296;
    const base = Array.from({ length: 300000 }, () => random() * 1000);
    for (const values of [base, [...base].sort((a, b) => a - b), [...base].sort((a, b) => b - a)]) {
      const kll = new Kll();
      for (const v of values) kll.add(v);
      const sorted = [...values].sort((a, b) => a - b);
      const { values: vs, weights } = kll.weighted();
      expect(vs.length).toBeLessThan(5000);
      let cum = 0;
      let qi = 0;
      const qs = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
      const total = weights.reduce((a, b) => a + b, 0);
      for (let i = 0; i < vs.length && qi < qs.length; i++) {
        cum += weights[i]!;
        while (qi < qs.length && cum >= qs[qi]! * total)
          expect(rankError(sorted, vs[i]!, qs[qi++]!)).toBeLessThanOrEqual(0.01);
      }
    }
  });

  it("is exact while few distinct values, and a mergeable sketch beyond", () => {
    const d = new Distribution(100);
    for (let i = 0; i < 1000; i++) d.add(i % 50);
    expect(d.exact).toBe(true);
    expect(quantile(d.weighted(), 0.5)).toBe(24.5); // numpy.quantile(np.arange(1000) % 50, 0.5)
    for (let i = 0; i < 100000; i++) d.add(i);
    expect(d.exact).toBe(false);
    const restored = Distribution.from(JSON.parse(JSON.stringify(d.toJSON())));
    expect(restored.n).toBe(101000);
    expect(Math.abs(quantile(restored.weighted(), 0.5) - 50000) / 101000).toBeLessThan(0.01);
  });
});

describe("exact number counts", () => {
  // Keys as a Map compares them (SameValueZero), with collisions forced by a small key space.
  const key = fc.oneof(
    fc.integer({ min: -40, max: 40 }),
    fc.constantFrom(
      0,
      -0,
      NaN,
      0.1,
      -0.1,
      1e300,
      -1e-300,
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 53,
      Infinity,
      -Infinity,
    ),
    fc.double(),
  );

  it("counts as a Map would: same entries, same insertion order, the same refusals at the limit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.integer({ min: 1, max: 5 })), { maxLength: 400 }),
        fc.integer({ min: 1, max: 120 }),
        (ops, limit) => {
          const table = new NumberCounts();
          const model = new Map<number, number>();
          for (const [x, c] of ops) {
            const had = model.get(x);
            const room = had !== undefined || model.size < limit;
            expect(table.add(x, c, limit)).toBe(room);
            if (room) model.set(x, (had ?? 0) + c);
          }
          expect(table.size).toBe(model.size);
          expect(table.entries()).toEqual([...model]);
        },
      ),
    );
  });

  it("keeps -0 as 0 and every NaN as one key, and grows past its first tables", () => {
    const table = new NumberCounts();
    table.add(-0, 1, 10);
    table.add(0, 2, 10);
    table.add(NaN, 1, 10);
    table.add(Number("x"), 1, 10);
    expect(table.entries()).toEqual([
      [0, 3],
      [NaN, 2],
    ]);
    expect(Object.is(table.entries()[0]![0], 0)).toBe(true);
    // A NaN with another payload (V8 keeps it through a Float64Array) is the same key, as in a Map.
    const bits = new Float64Array(1);
    new Uint32Array(bits.buffer).set([0x12345, 0xfff80000]);
    expect(Number.isNaN(bits[0]!)).toBe(true);
    table.add(bits[0]!, 1, 10);
    expect(table.entries()).toEqual([
      [0, 3],
      [NaN, 3],
    ]);
    // Counts are float sums, as the Map's were: fractions, and past 32 bits.
    const sums = new NumberCounts();
    sums.add(1, 0.1, 10);
    sums.add(1, 0.2, 10);
    sums.add(2, 2 ** 40, 10);
    sums.add(2, 1, 10);
    expect(sums.entries()).toEqual([
      [1, 0.1 + 0.2],
      [2, 2 ** 40 + 1],
    ]);
    const many = new NumberCounts();
    let refused = 0;
    for (let i = 0; i < 50_000; i++) {
      // Values 0.5 … 29,999.5, then the first 20,000 again: the 10,000 past the limit are refused.
      const added = many.add((i % 30_000) + 0.5, 1, 20_000);
      if (added !== i % 30_000 < 20_000) throw new Error(`value ${i}: added ${added}`);
      if (!added) refused++;
    }
    expect([many.size, refused]).toEqual([20_000, 10_000]);
    expect(many.entries()[19_999]).toEqual([19_999.5, 2]);
  });

  it("gives a Distribution the counts, sketch hand-over and merge it had over a Map", () => {
    const a = new Distribution(1000);
    const b = new Distribution(1000);
    for (let i = 0; i < 5000; i++) a.add(i % 700);
    for (let i = 0; i < 5000; i++) b.addCount((i % 600) + 600, 2);
    const merged = new Distribution(1000);
    merged.merge(a.toJSON());
    merged.merge(b.toJSON());
    expect(merged.n).toBe(15_000);
    expect(merged.exact).toBe(false); // 0 … 1199: 1200 distinct values > 1000
    expect(b.exact).toBe(true);
    expect(a.valueCounts()!.slice(0, 3)).toEqual([
      [0, 8],
      [1, 8],
      [2, 8],
    ]);
    expect(a.toJSON().exact!.length).toBe(700);
    // Past the limit the merge hands its counts to KLL: the median of 0 … 1199 (weights 1 and 2).
    expect(Math.abs(quantile(merged.weighted(), 0.5) - 750) / 1200).toBeLessThan(0.01);
  });
});

describe("HyperLogLog", () => {
  it("estimates distinct counts within 2%", () => {
    for (const n of [1000, 50000, 300000]) {
      const h = new HyperLogLog();
      for (let i = 0; i < n; i++) h.add(hashNumber(i * 7.25));
      expect(Math.abs(h.estimate() - n) / n).toBeLessThan(0.02);
    }
  });
  it("stays within 2.5% where linear counting hands over to the raw estimate (2.5 × 2^14 values)", () => {
    // The classic estimator read 41,431 for the ids 0–39,999 (3.6% over, more distinct values
    // than rows); Ertl's improved estimator has no such bias.
    for (const f of [(i: number) => i, (i: number) => i * 0.01 + 0.005]) {
      for (let n = 1000; n <= 200_000; n = Math.round(n * 1.25)) {
        const h = new HyperLogLog();
        for (let i = 0; i < n; i++) h.add(hashNumber(f(i)));
        expect(Math.abs(h.estimate() / n - 1), `${n} values`).toBeLessThan(0.025);
      }
    }
    const ids = new HyperLogLog();
    for (let i = 0; i < 40_000; i++) ids.add(hashNumber(i));
    expect(Math.abs(ids.estimate() / 40_000 - 1)).toBeLessThan(0.015);
    expect(new HyperLogLog().estimate()).toBe(0);
    // A column's distinct count is never more than its values.
    const column = new Distribution();
    for (let i = 0; i < 40_000; i++) column.add(i);
    expect(column.exact).toBe(false);
    expect(column.distinct()).toBeLessThanOrEqual(40_000);
    expect(column.distinct()).toBeGreaterThan(39_400);
  });
  it("merges (register-wise max) and serialises", () => {
    const a = new HyperLogLog();
    const b = new HyperLogLog();
    for (let i = 0; i < 20000; i++) (i < 12000 ? a : b).add(hashNumber(i));
    a.merge(HyperLogLog.from(b.toJSON()));
    expect(Math.abs(a.estimate() - 20000) / 20000).toBeLessThan(0.02);
  });
});

describe("moments (Welford/Chan)", () => {
  it("merged partial moments equal one pass, and match a two-pass computation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 500 }),
        fc.nat(),
        (xs, cut) => {
          const split = cut % xs.length;
          const a = new Moments();
          const b = new Moments();
          xs.forEach((x, i) => (i < split ? a : b).add(x));
          a.merge(b.toJSON());
          const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
          const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
          expect(a.n).toBe(xs.length);
          expect(Math.abs(a.mean - mean)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(mean)));
          expect(Math.abs(a.variance()! - variance)).toBeLessThanOrEqual(1e-7 * (1 + variance));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("merges means of values near the float limit as one pass has them (no overflow to null)", () => {
    // A million small values, then a thousand of 1e307, in two parts, as two threads read them:
    // the difference of the means times a thousand is past the float limit, the mean is not.
    const a = new Moments();
    const b = new Moments();
    a.addMany(1, 1_000_000);
    b.addMany(1e307, 1000);
    a.merge(b.toJSON());
    const one = new Moments();
    for (let i = 0; i < 1_000_000; i++) one.add(1);
    for (let i = 0; i < 1000; i++) one.add(1e307);
    expect(Number.isFinite(a.mean)).toBe(true);
    expect(a.mean / one.mean).toBeCloseTo(1, 9);
    expect(a.mean / (1_000_000 / 1_001_000 + 1e307 * (1000 / 1_001_000))).toBeCloseTo(1, 12);
    // Opposite signs near the limit: the difference of the means overflows, their average does not.
    const up = new Moments();
    const down = new Moments();
    up.addMany(1.5e308, 3);
    down.addMany(-1.5e308, 1);
    up.merge(down.toJSON());
    expect(up.mean).toBeCloseTo(0.75e308, -300);
    expect([up.n, up.min, up.max]).toEqual([4, -1.5e308, 1.5e308]);
  });
});

describe("frequencies", () => {
  it("counts short and long values exactly (the short-value cache agrees with a Map)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("a", "b", "é", "1", "\u0000", "z"), maxLength: 5 }), {
          maxLength: 3000,
        }),
        (values) => {
          const f = new Frequencies();
          const want = new Map<string, number>();
          const enc = new TextEncoder();
          for (const v of values) {
            const b = enc.encode(v);
            f.addBytes(b, 0, b.length);
            want.set(v, (want.get(v) ?? 0) + 1);
          }
          expect(new Map(f.entries())).toEqual(want);
          expect(f.distinct()).toBe(want.size);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("counts exactly by bytes, then keeps the heavy hitters once there are too many values", () => {
    const f = new Frequencies(100, 20);
    const enc = new TextEncoder();
    for (let i = 0; i < 5000; i++) {
      const v = i % 3 === 0 ? "hot" : `v${i}`;
      const b = enc.encode(v);
      f.addBytes(b, 0, b.length);
    }
    expect(f.exact).toBe(false);
    const top = f.entries()[0]!;
    expect(top[0]).toBe("hot");
    expect(top[1]).toBeLessThanOrEqual(1667);
    expect(top[1]).toBeGreaterThan(1667 - 5000 / 20);
    expect(Math.abs(f.distinct() - 3334) / 3334).toBeLessThan(0.03);
    const g = Frequencies.from(f.toJSON());
    expect(g.entries()[0]![0]).toBe("hot");
    expect(g.n).toBe(5000);
  });
});
