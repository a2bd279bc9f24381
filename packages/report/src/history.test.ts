import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { historyChart, historyCharts, productionHistory, recentVersions } from "./history.js";
import { mermaidNumber } from "@mlops/core/markdown";
import { versions } from "../test-support/fixtures.js";

/*
 * The chart must be valid for Mermaid's xychart lexer (packages/mermaid/src/diagrams/xychart/
 * parser/xychart.jison): strings are `"[^"]*"` with no escape, numbers are
 * `[+-]?(\d+(\.\d+)?|\.\d+)` (no exponent), one statement per line, and `%%` starts a comment.
 * Only the grammar of Mermaid 10.x, which GitHub may still render with: data points are bare
 * numbers (per-point labels `0.7 "0.70"` came in 2026, Mermaid PR #7550).
 */
const STR = String.raw`"[^"\n%]*"`;
const NUM = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
const POINT = NUM;
const GRAMMAR = [
  /^```mermaid$/,
  /^%%\{init: \{.*\}\}%%$/,
  /^xychart-beta$/,
  new RegExp(`^  title ${STR}$`),
  new RegExp(`^  x-axis \\[${STR}(?:, ${STR})*\\]$`),
  new RegExp(`^  y-axis ${STR} ${NUM} --> ${NUM}$`),
  new RegExp(`^  line ${STR} \\[${POINT}(?:, ${POINT})*\\]$`),
  new RegExp(`^  line ${STR} \\[${NUM}(?:, ${NUM})*\\]$`),
  /^```$/,
];

function expectValid(markdown: string, withThreshold: boolean) {
  const chart = markdown.slice(0, markdown.indexOf("\n```\n") + 4);
  // The values table under the chart: one row per line (and the gate), one column per x value.
  const tableLines = markdown.slice(chart.length).trim().split("\n");
  expect(tableLines).toHaveLength(2 + 1 + (withThreshold ? 1 : 0));
  const lines = chart.split("\n");
  const grammar = withThreshold ? GRAMMAR : [...GRAMMAR.slice(0, 7), GRAMMAR[8]!];
  expect(lines).toHaveLength(grammar.length);
  lines.forEach((l, i) => expect(l, l).toMatch(grammar[i]!));
  // The init directive is JSON with explicit theme variables.
  const init = JSON.parse(lines[1]!.slice("%%{init: ".length, -"}%%".length)) as {
    themeVariables: { xyChart: Record<string, string> };
  };
  expect(init.themeVariables.xyChart.plotColorPalette).toMatch(/^#/);
  const x = lines[4]!.match(/"[^"]*"/g)!.length;
  for (const l of lines.filter((l) => l.startsWith("  line")))
    expect(l.replace(/"[^"]*"/g, "").split(",").length).toBe(x);
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
    expect(chart).toContain('x-axis ["v1", "v2", "v3"]');
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
    expect(charts[0]).toContain('line "accuracy ↑" [');
    expect(charts[0]).toContain('line "log_loss ↓" [');
    // No Mermaid legend (too new for GitHub): the values table names each line by its colour.
    expect(charts[0]).not.toContain("showLegend");
    expect(charts[0]).toContain("| 🟦 accuracy ↑ | 0.788 | 0.796 | 0.804 | 0.9 |");
    expect(charts[0]).toContain("| 🟧 log\\_loss ↓ |");
    expect(charts[1]).toContain('line "gate 20" [20, 20, 20, 20]');
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
    expect(chart).toContain('x-axis ["v1", "v2", "v3", "v3 re-scored", "candidate"]');
    expect(chart).toContain('line "accuracy ↑" [0.788, 0.796, 0.804, 0.81, 0.9]');
    expect(chart).toContain("| 🟦 accuracy ↑ | 0.788 | 0.796 | 0.804 | 0.81 | 0.9 |");
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
