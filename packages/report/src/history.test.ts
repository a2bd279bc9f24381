import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { historyChart, historyCharts, productionHistory, recentVersions } from "./history.js";
import { CHART_PALETTE, PALETTE_MARKS, readXyChart, type ReadChart } from "./xychart.js";
import { mermaidNumber } from "@mlops/core/markdown";
import { versions } from "../test-support/fixtures.js";

/*
 * The chart must be valid for Mermaid's xychart lexer (packages/mermaid/src/diagrams/xychart/
 * parser/xychart.jison): strings are `"[^"]*"` with no escape, numbers are
 * `[+-]?(\d+(\.\d+)?|\.\d+)` (no exponent), one statement per line, and `%%` starts a comment.
 * Only the grammar of Mermaid 10.x, which GitHub may still render with: data points are bare
 * numbers (per-point labels `0.7 "0.70"` came in 2026, Mermaid PR #7550), a line's name is
 * optional. test/browser parses every snapshot's charts with Mermaid 10.9 itself.
 */
const STR = String.raw`"[^"\n%]*"`;
const NUM = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
const GRAMMAR = {
  open: /^```mermaid$/,
  init: /^%%\{init: \{.*\}\}%%$/,
  type: /^xychart-beta$/,
  title: new RegExp(`^  title ${STR}$`),
  x: new RegExp(`^  x-axis \\[${STR}(?:,${STR})*\\]$`),
  y: new RegExp(`^  y-axis ${STR} ${NUM} --> ${NUM}$`),
  line: new RegExp(`^  line(?: ${STR})? \\[${NUM}(?:,${NUM})*\\]$`),
  close: /^```$/,
};
const INVISIBLE = /^[\u200b-\u200d\u2060]+$/;

/**
 * readXyChart, plus the grammar of every line (Mermaid 10.x's) and the invariants of the
 * markers: a plot per palette colour, distinct categories, every series named, the two lines of a
 * marked series together everywhere but at its marked points.
 */
function readChart(markdown: string): ReadChart {
  const start = markdown.indexOf("```mermaid\n");
  const lines = markdown.slice(start, markdown.indexOf("\n```", start + 3) + 4).split("\n");
  expect(lines[0]).toMatch(GRAMMAR.open);
  expect(lines[1]).toMatch(GRAMMAR.init);
  expect(lines[2]).toMatch(GRAMMAR.type);
  expect(lines[3]).toMatch(GRAMMAR.title);
  expect(lines[4]).toMatch(GRAMMAR.x);
  expect(lines[5]).toMatch(GRAMMAR.y);
  expect(lines[lines.length - 1]).toMatch(GRAMMAR.close);
  for (const l of lines.slice(6, -1)) expect(l).toMatch(GRAMMAR.line);
  const chart = readXyChart(markdown)!;
  expect(chart.plots).toHaveLength(lines.length - 7);
  expect(lines[1]!.match(/"plotColorPalette":"([^"]*)"/)![1]!.split(", ")).toHaveLength(chart.plots.length);
  expect(new Set(chart.categories).size).toBe(chart.categories.length);
  for (const p of chart.plots) expect(p.values).toHaveLength(chart.categories.length);
  const columnSlots = chart.categories.flatMap((l, i) => (INVISIBLE.test(l) ? [] : [i]));
  expect(columnSlots).toHaveLength(chart.columns.length);
  let i = 0;
  for (const s of chart.series) {
    const p = chart.plots[i++]!;
    expect(p.name).toBe(s.name);
    if (!s.marked.some(Boolean)) continue;
    const pair = chart.plots[i++]!;
    expect(pair.name).toBeNull();
    expect(pair.color).toBe(p.color);
    const apart = new Set(columnSlots.filter((_, j) => s.marked[j]));
    p.values.forEach((v, slot) => {
      if (!apart.has(slot)) expect(v, `slot ${slot}`).toBeCloseTo(pair.values[slot]!, 9);
    });
  }
  expect(i).toBe(chart.plots.length);
  return chart;
}

/** The values table under a history chart: its rows (mark, line name, values). */
function readTable(markdown: string) {
  const table = markdown
    .slice(markdown.indexOf("\n```\n") + 5)
    .trim()
    .split("\n");
  return table.slice(2).map((row) => row.slice(2, -2).split(" | "));
}

function expectValid(markdown: string, withThreshold: boolean) {
  const chart = readChart(markdown);
  const rows = readTable(markdown);
  // The values table under the chart: one row per line (and the gate), one column per x value.
  expect(rows).toHaveLength(1 + (withThreshold ? 1 : 0));
  expect(chart.series).toHaveLength(rows.length);
  chart.series.forEach((s, k) => {
    // The row's colour mark is the line's colour.
    expect(rows[k]![0]!.startsWith(PALETTE_MARKS[k]!)).toBe(true);
    expect(s.color).toBe(CHART_PALETTE[k]);
    // Every measured point is marked (the gate line is plain); markers stay inside the axis.
    expect(s.marked).toEqual(rows[k]!.slice(1).map((v) => (k === 0 ? v !== "—" : false)));
    s.values.forEach((v, j) => {
      expect(v - s.heights[j]!).toBeGreaterThanOrEqual(chart.lo);
      expect(v + s.heights[j]!).toBeLessThanOrEqual(chart.hi);
    });
  });
}

/** Drawn values match `expected` to the chart's precision (a 250th of its y range). */
function expectValues(drawn: number[], expected: number[], range: { lo: number; hi: number }) {
  expect(drawn).toHaveLength(expected.length);
  drawn.forEach((v, i) =>
    expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual((range.hi - range.lo) / 250),
  );
}

describe("history chart", () => {
  it("is valid xychart syntax for any metric name and any finite values (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })),
        (name, values, threshold) => {
          const vs = versions(values.length).map((v, i) => ({ ...v, metrics: { [name]: values[i]! } }));
          const chart = historyChart(
            { metric: name, greaterIsBetter: true, threshold: threshold ?? null, candidate: 0.5 },
            vs,
            { versions: 10, candidateLabel: 'cand"idate %%' },
          );
          expect(chart).not.toBeNull();
          expectValid(chart!, threshold !== null);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("skips versions without the metric and needs two points", () => {
    const vs = versions(3);
    expect(
      historyChart({ metric: "nope", greaterIsBetter: null, threshold: null, candidate: 1 }, vs, {
        versions: 10,
        candidateLabel: "candidate",
      }),
    ).toBeNull();
    const chart = historyChart(
      { metric: "accuracy", greaterIsBetter: true, threshold: null, candidate: null },
      vs,
      { versions: 10, candidateLabel: "candidate" },
    )!;
    expect(readChart(chart).columns).toEqual(["v1", "v2", "v3"]);
  });

  it("follows the production alias back from the compared baseline; later versions are not in it", () => {
    const vs = versions(12, 9);
    // v5 was registered but never promoted: v6's parent is v4.
    vs[5]!.lineage.parentVersion = 4;
    expect(productionHistory(vs, 10, 7).map((v) => v.number)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(productionHistory(vs, 3).map((v) => v.number)).toEqual([7, 8, 9]);
    expect(productionHistory(vs, 10, 99)).toEqual([]);
    expect(productionHistory([], 10, 1)).toEqual([]);
  });

  it("puts metrics on a 0–1 scale in one chart with a legend, others in their own", () => {
    const vs = versions(3);
    for (const v of vs) v.metrics.latency_ms = 10 + v.number;
    const charts = historyCharts(
      [
        { metric: "accuracy", greaterIsBetter: true, threshold: 0.8, candidate: 0.9 },
        { metric: "log_loss", greaterIsBetter: false, threshold: null, candidate: 0.3 },
        { metric: "latency_ms", greaterIsBetter: false, threshold: 20, candidate: 12 },
      ],
      vs,
      { versions: 10, candidateLabel: "candidate" },
    );
    expect(charts).toHaveLength(2);
    const shared = readChart(charts[0]!);
    expect(shared.series.map((s) => [s.name, s.color])).toEqual([
      ["accuracy ↑", CHART_PALETTE[0]],
      ["log_loss ↓", CHART_PALETTE[1]],
    ]);
    expect(shared.series.every((s) => s.marked.every(Boolean))).toBe(true);
    expectValues(shared.series[0]!.values, [0.788, 0.796, 0.804, 0.9], shared);
    // No Mermaid legend (too new for GitHub): the values table names each line by its colour.
    expect(charts[0]).not.toContain("showLegend");
    expect(charts[0]).toContain("| 🟦 accuracy ↑ | 0.788 | 0.796 | 0.804 | 0.9 |");
    expect(charts[0]).toContain("| 🟧 log\\_loss ↓ |");
    const own = readChart(charts[1]!);
    expect(own.series.map((s) => s.name)).toEqual(["latency_ms ↓", "gate 20"]);
    expect(own.series[1]!.values).toEqual([20, 20, 20, 20]);
    expect(own.series[1]!.marked).toEqual([false, false, false, false]);
    expect(own.series[1]!.color).toBe(CHART_PALETTE[1]);
    expect(charts[1]).toContain("| 🟧 gate | 20 | 20 | 20 | 20 |");
    expect(
      historyCharts([{ metric: "accuracy", greaterIsBetter: true, threshold: null, candidate: 1 }], [], {
        versions: 10,
        candidateLabel: "candidate",
      }),
    ).toEqual([]);
  });

  it("adds the re-scored baseline before the candidate, so the chart matches the table", () => {
    const vs = versions(3);
    const chart = historyChart(
      { metric: "accuracy", greaterIsBetter: true, threshold: null, candidate: 0.9, rescored: 0.81 },
      vs,
      { versions: 10, candidateLabel: "candidate", rescoredLabel: "v3 re-scored" },
    )!;
    const read = readChart(chart);
    expect(read.columns).toEqual(["v1", "v2", "v3", "v3 re-scored", "candidate"]);
    expectValues(read.series[0]!.values, [0.788, 0.796, 0.804, 0.81, 0.9], read);
    expect(chart).toContain("| 🟦 accuracy ↑ | 0.788 | 0.796 | 0.804 | 0.81 | 0.9 |");
  });

  it("marks every measured point, not a gap bridged with the previous value", () => {
    const vs = versions(4);
    delete vs[1]!.metrics.accuracy;
    const [chart] = historyCharts(
      [
        { metric: "accuracy", greaterIsBetter: true, threshold: null, candidate: 0.9 },
        { metric: "log_loss", greaterIsBetter: false, threshold: null, candidate: 0.3 },
      ],
      vs,
      { versions: 10, candidateLabel: "candidate" },
    );
    const read = readChart(chart!);
    expect(read.columns).toEqual(["v1", "v2", "v3", "v4", "candidate"]);
    expect(read.series[0]!.marked).toEqual([true, false, true, true, true]);
    expectValues(read.series[0]!.values, [0.788, 0.788, 0.804, 0.812, 0.9], read);
    expect(read.series[1]!.marked).toEqual([true, true, true, true, true]);
    expect(chart).toContain("| 🟦 accuracy ↑ | 0.788 | — | 0.804 | 0.812 | 0.9 |");
    // Markers are about 12 px tall on the ~220-px plot: 6/220 of the range on each side.
    const h = read.series[0]!.heights[0]!;
    expect(h / (read.hi - read.lo)).toBeCloseTo(6 / 220, 3);
  });

  it("stays compact: a hundred-odd categories, values to a 250th of the range", () => {
    const [chart] = historyCharts(
      ["accuracy", "f1_macro", "log_loss"].map((metric) => ({
        metric,
        greaterIsBetter: true,
        threshold: null,
        candidate: 0.5,
      })),
      versions(12),
      { versions: 10, candidateLabel: "candidate" },
    );
    const block = chart!.slice(0, chart!.indexOf("\n```\n") + 4);
    expect(readChart(chart!).columns).toHaveLength(13);
    expect(block.length).toBeLessThan(5000);
  });

  it("keeps the newest versions, by number, once each", () => {
    const vs = versions(12);
    expect(recentVersions([...vs].reverse().concat(vs[3]!), 4).map((v) => v.number)).toEqual([9, 10, 11, 12]);
    expect(recentVersions(vs, 0)).toEqual([]);
  });

  it("writes numbers Mermaid can read (no exponent)", () => {
    for (const x of [1e-12, -3.5e-7, 123456789.123, 1e22, -0.5, 0])
      expect(mermaidNumber(x)).toMatch(new RegExp(`^${NUM}$`));
    expect(mermaidNumber(0.000123456)).toBe("0.000123456");
  });
});
