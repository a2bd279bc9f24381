import { describe, expect, it } from "vitest";
import { zTest } from "./drift.js";
import { chi2Sf, logGamma, normalSf } from "./stats.js";

// Expected values from SciPy 1.10 (/usr/bin/python3): scipy.stats.norm.sf(z),
// scipy.stats.chi2.sf(x, k), scipy.special.gammaln(x).
const NORMAL_SF: [number, number][] = [
  [0.5, 0.3085375387259869],
  [1.96, 0.024997895148220435],
  [3.3, 0.00048342414238377744],
  [9, 1.1285884059538324e-19],
  [20, 2.7536241186061556e-89],
  [37.5, 4.605353009581954e-308],
];
const CHI2_SF: [number, number, number][] = [
  [0.3, 1, 0.583882420770365],
  [3.84, 1, 0.05004352124870519],
  [11.07, 5, 0.050009618622405425],
  [100, 3, 1.5541594313896026e-21],
  [250, 10, 5.427833960969259e-48],
  [1500, 40, 6.7816667323024015e-289],
  [7.5, 0.5, 0.0020628347904533073],
];
const GAMMALN: [number, number][] = [
  [0.1, 2.252712651734206],
  [1.5, -0.12078223763524526],
  [25, 54.78472939811232],
  [1e4, 82099.71749644238],
];

const relative = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe("tail functions", () => {
  it("keeps far normal tails as upper tails: 2·Φ̄(9) = 2.257e-19, not 0", () => {
    expect(relative(2 * normalSf(9), 2.2571768119076647e-19)).toBeLessThan(1e-12);
  });

  it("a two-proportion Z-test with z ≈ 9 reports its tiny p-value, not 0", () => {
    const counts = (a: number, b: number) =>
      new Map([
        ["0", a],
        ["1", b],
      ]);
    const r = zTest({ n: 1000, counts: counts(500, 500) }, { n: 1000, counts: counts(300, 700) });
    expect(r.statistic).toBeLessThan(-9);
    expect(r.pValue).toBeGreaterThan(0);
    expect(relative(r.pValue, 2 * normalSf(Math.abs(r.statistic)))).toBeLessThan(1e-15);
  });

  it("normal survival function matches scipy.stats.norm.sf", () => {
    for (const [z, want] of NORMAL_SF) expect(relative(normalSf(z), want), `z=${z}`).toBeLessThan(1e-12);
    expect(normalSf(-1.96)).toBeCloseTo(1 - 0.024997895148220435, 15);
    expect(normalSf(Infinity)).toBe(0);
  });

  it("χ² survival function matches scipy.stats.chi2.sf", () => {
    for (const [x, k, want] of CHI2_SF)
      expect(relative(chi2Sf(x, k), want), `x=${x} k=${k}`).toBeLessThan(1e-12);
    expect(chi2Sf(0, 3)).toBe(1);
    expect(chi2Sf(Infinity, 3)).toBe(0);
    expect(chi2Sf(NaN, 3)).toBeNaN();
  });

  it("log Γ matches scipy.special.gammaln", () => {
    for (const [x, want] of GAMMALN) expect(relative(logGamma(x), want), `x=${x}`).toBeLessThan(1e-14);
  });
});
