import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  chiSquareTest,
  columnDrift,
  jensenShannon,
  binnedShares,
  ksStatistic,
  psi,
  wassersteinDistance,
  zTest,
  type DriftSample,
} from "./drift.js";
import { Distribution } from "./sketches/distribution.js";
import { Moments } from "./sketches/moments.js";
import { kolmogorovSf, ksPValue } from "./stats.js";

// Expected numbers come from SciPy: packages/data/scripts/drift_expected.py (see its header).
const expected = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../fixtures/drift-expected.json"), "utf8"),
) as {
  numeric: Record<string, number | string | number[]>[];
  categorical: Record<string, number | string | number[]>[];
  kstwo_sf: { n: number; x: number; sf: number }[];
};

// The same generator as the Python script: bit-identical samples.
function lcg(seed: number, n: number): number[] {
  let x = seed % 4294967296;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    x = (1664525 * x + 1013904223) % 4294967296;
    out.push(x / 4294967296);
  }
  return out;
}
function numeric(seed: number, n: number, scale: number, shift: number): number[] {
  const u = lcg(seed, 3 * n);
  return Array.from(
    { length: n },
    (_, i) => Math.floor(((u[3 * i]! + u[3 * i + 1]! + u[3 * i + 2]!) / 3) * scale * 10 + shift * 10) / 10,
  );
}
function categorical(seed: number, n: number, k: number, skew: number): string[] {
  return lcg(seed, n).map((v) => `c${Math.floor(v ** skew * k)}`);
}

function numericSample(values: number[]): DriftSample {
  const d = new Distribution();
  const m = new Moments();
  for (const v of values) {
    d.add(v);
    m.add(v);
  }
  const counts = new Map<string, number>();
  for (const [v, c] of d.valueCounts()!) counts.set(String(v), c);
  return { n: values.length, numeric: d.weighted(), std: m.std(0)!, counts };
}
function categoricalSample(values: string[]): DriftSample {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return { n: values.length, counts };
}

const close = (actual: number, want: number) =>
  expect(Math.abs(actual - want)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(want)));

describe("drift statistics match SciPy on fixed fixtures", () => {
  for (const e of expected.numeric) {
    it(`numeric: ${e.name as string}`, () => {
      const ref = numericSample(numeric(...(e.reference as [number, number, number, number])));
      const cur = numericSample(numeric(...(e.current as [number, number, number, number])));
      const d = ksStatistic(ref.numeric!, cur.numeric!);
      const ks = ksPValue(d, ref.n, cur.n);
      close(ks.statistic, e.ks_statistic as number);
      close(ks.pValue, e.ks_pvalue as number);
      close(wassersteinDistance(ref.numeric!, cur.numeric!), e.wasserstein as number);
      close(
        wassersteinDistance(ref.numeric!, cur.numeric!) / Math.max(ref.std!, 0.001),
        e.wasserstein_norm as number,
      );
      const { ref: rp, cur: cp } = binnedShares(ref, cur, "num", false);
      close(jensenShannon(rp, cp, 2), e.jensenshannon as number);
      close(psi(ref, cur, "num"), e.psi as number);
    });
  }
  for (const e of expected.categorical) {
    it(`categorical: ${e.name as string}`, () => {
      const ref = categoricalSample(categorical(...(e.reference as [number, number, number, number])));
      const cur = categoricalSample(categorical(...(e.current as [number, number, number, number])));
      const chi = chiSquareTest(ref, cur);
      close(chi.statistic, e.chi2_statistic as number);
      close(chi.pValue, e.chi2_pvalue as number);
      const { ref: rp, cur: cp } = binnedShares(ref, cur, "cat", false);
      close(jensenShannon(rp, cp, 2), e.jensenshannon as number);
      close(psi(ref, cur, "cat"), e.psi as number);
      if (e.z_pvalue !== undefined) {
        const z = zTest(ref, cur);
        close(z.statistic, e.z_statistic as number);
        close(z.pValue, e.z_pvalue as number);
      }
    });
  }
  it("kstwo.sf across kolmogn's branches (Ruben–Gambino, DMTW, Pomeranz, Pelz–Good, Smirnov)", () => {
    for (const { n, x, sf } of expected.kstwo_sf) {
      const got = kolmogorovSf(n, x);
      expect({ n, x, got: Math.abs(got - sf) <= 1e-6 ? sf : got }).toEqual({ n, x, got: sf });
    }
  });
});

describe("default tests follow Evidently", () => {
  it("small numeric reference → KS with p-value ≤ 0.05; large → normed Wasserstein ≥ 0.1", () => {
    const small = columnDrift(
      "x",
      "number",
      numericSample(numeric(1, 300, 10, 0)),
      numericSample(numeric(2, 300, 10, 0.4)),
    )!;
    expect(small).toMatchObject({
      test: "ks",
      operator: "<=",
      comparedValue: "p_value",
      threshold: 0.05,
      drifted: true,
    });
    const large = columnDrift(
      "x",
      "number",
      numericSample(numeric(14, 5000, 20, 0)),
      numericSample(numeric(15, 8000, 20, 1.5)),
    )!;
    expect(large).toMatchObject({
      test: "wasserstein",
      operator: ">=",
      comparedValue: "statistic",
      threshold: 0.1,
    });
    expect(large.psi).toBeTypeOf("number");
  });
  it("categorical: χ² for small references, Z for binary, Jensen–Shannon above 1000", () => {
    const chi = columnDrift(
      "c",
      "categorical",
      categoricalSample(categorical(16, 500, 6, 1)),
      categoricalSample(categorical(17, 700, 6, 1.6)),
    )!;
    expect(chi).toMatchObject({ test: "chi-square", drifted: true });
    const z = columnDrift(
      "c",
      "categorical",
      categoricalSample(categorical(20, 400, 2, 1)),
      categoricalSample(categorical(21, 450, 2, 1.4)),
    )!;
    expect(z.test).toBe("z");
    const js = columnDrift(
      "c",
      "categorical",
      categoricalSample(categorical(22, 3000, 8, 1)),
      categoricalSample(categorical(23, 4000, 8, 1.3)),
    )!;
    expect(js).toMatchObject({ test: "jensen-shannon", threshold: 0.1 });
  });
  it("a configured test and threshold win", () => {
    const r = columnDrift(
      "x",
      "number",
      numericSample(numeric(1, 300, 10, 0)),
      numericSample(numeric(2, 300, 10, 0.4)),
      { test: "psi", threshold: 0.5 },
    )!;
    expect(r).toMatchObject({ test: "psi", threshold: 0.5, drifted: false });
  });
});
