import { describe, expect, it } from "vitest";
import type { MetricComparison } from "@mlops/core";
import { renderCheckRun, renderReport } from "./render.js";
import { LIMITS, utf8Length } from "./limits.js";
import { markdownTables, tableCells, toHtml } from "./gfm-check.js";
import * as f from "../test-support/fixtures.js";

function manyMetrics(count: number, name: (i: number) => string = (i) => `metric_${i}`): MetricComparison[] {
  return Array.from({ length: count }, (_, i) =>
    f.metric({
      name: name(i),
      baseline: 0.5 + (i % 100) / 1000,
      candidate: 0.5 + (i % 100) / 1000 + (i % 250 === 0 ? -0.07 : 0.003),
      status: i % 250 === 0 ? "fail" : i % 3 === 0 ? "info" : "pass",
      gate: i % 3 === 0 ? null : f.thresholdGate(0.45, i % 250 !== 0, 0.5),
      interval: {
        level: 0.95,
        method: "paired-bootstrap",
        candidate: null,
        baseline: null,
        delta: [-0.01, 0.02],
      },
    }),
  );
}

function expectIntactTables(markdown: string) {
  const tables = markdownTables(markdown);
  for (const t of tables) for (const r of t.rows) expect(r.cmark, r.line.slice(0, 120)).toBe(t.header);
  // The last line of every table is a whole row (never cut mid-table).
  for (const line of markdown.split("\n"))
    if (line.startsWith("|")) expect(line.endsWith("|"), line.slice(-80)).toBe(true);
}

describe("GitHub's size limits", () => {
  it("5,000 metrics fit a comment: failing rows kept, the rest named in a notice with a link", () => {
    const c = f.withSlices(f.failingComparison());
    c.metrics = [...c.metrics, ...manyMetrics(5000)];
    const r = renderReport({
      comparison: c,
      validation: f.validationReport({ drift: true, failing: true }),
      run: f.runRecord(),
      history: f.versions(10),
      links: f.LINKS,
    });
    expect(r.markdown.length).toBeLessThanOrEqual(LIMITS.comment.max);
    expect(r.size).toBe(r.markdown.length);
    expect(r.trimmed).toContain("metrics");
    expect(r.markdown).toMatch(
      /> ✂️ [\d,]+ more metrics \([^)]*[\d,]+ ✅ pass, [\d,]+ ➖ not gated\) not shown: GitHub limits a comment to 65,536 characters\. The \[job summary\]\(https:\/\/github\.com\/acme\/weather\/actions\/runs\/11223344\) has everything\./,
    );
    expect(r.markdown.startsWith("<!-- mlops-report:weather-classifier -->\n### ")).toBe(true);
    expect(r.markerKey).toBe("mlops-report:weather-classifier");
    expectIntactTables(r.markdown);
    // Every failing metric is still in the table, first.
    const rows = tableCells(toHtml(r.markdown))[0]!.slice(1);
    const failing = c.metrics.filter(
      (m) => !m.slice && (m.status === "fail" || m.status === "missing"),
    ).length;
    expect(rows.slice(0, failing).every((row) => row.at(-1)!.startsWith("❌"))).toBe(true);
    expect(rows.length).toBeGreaterThan(failing);
    // The header and the data summary are never dropped; short sections are kept whole, the
    // metrics table takes the room left.
    expect(r.markdown).toContain("#### Data ❌");
    expect(r.markdown).toContain("Per-slice results");
    expect(r.markdown).toContain("#### Params: 3 of 6 changed");
    expect(r.markdown.length).toBeGreaterThan(LIMITS.comment.max - 300);
  });

  it("the job summary (1 MiB) keeps far more, counted in UTF-8 bytes", () => {
    const c = f.passingComparison();
    c.metrics = manyMetrics(5000);
    const r = renderReport({ comparison: c, links: f.LINKS }, { target: "summary" });
    expect(utf8Length(r.markdown)).toBeLessThanOrEqual(LIMITS.summary.max);
    expect(r.trimmed).toEqual([]);
    const r2 = renderReport(
      { comparison: { ...c, metrics: manyMetrics(20_000) }, links: f.LINKS },
      { target: "summary" },
    );
    expect(utf8Length(r2.markdown)).toBeLessThanOrEqual(LIMITS.summary.max);
    expect(r2.markdown).toContain("GitHub limits a job summary to 1 MiB. The [artifact](");
    expectIntactTables(r2.markdown);
  });

  it("counts UTF-16 code units for comments: emoji-heavy names still fit and are never split", () => {
    const c = f.passingComparison();
    c.metrics = manyMetrics(3000, (i) => `👩‍👩‍👧🚀 ${i} ${"ж".repeat(20)}`);
    const r = renderReport({ comparison: c });
    expect(r.markdown.length).toBeLessThanOrEqual(LIMITS.comment.max);
    expect(r.markdown).toBe(
      r.markdown.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ""),
    ); // no lone surrogates
    expectIntactTables(r.markdown);
  });

  it("emoji-heavy metric and class names: comment ≤ 65,536 characters, check run ≤ 65,535 bytes", () => {
    const c = f.withSlices(f.failingComparison());
    c.metrics = [...c.metrics, ...manyMetrics(3000, (i) => `🧪📈👩‍🔬 ${i} ✅❌⚠️`)];
    const k = 300;
    const classes = Array.from({ length: k }, (_, i) => `🌦️ class ${i} 🌈`);
    const matrix = classes.map((_, i) => classes.map((_, j) => (i === j ? 50 : (i * 7 + j) % 3)));
    const baseline = matrix.map((row, i) => row.map((x, j) => (i === j ? x - (i % 4) : x)));
    c.predictions = {
      rows: 300 * 50,
      resamples: 1000,
      seed: 1,
      confusionMatrix: { classes, matrix, baseline },
    };
    const comment = renderReport({ comparison: c, history: f.versions(10), links: f.LINKS });
    expect(comment.markdown.length).toBeLessThanOrEqual(LIMITS.comment.max);
    expectIntactTables(comment.markdown);
    const out = renderCheckRun({ comparison: c, links: f.LINKS });
    expect(utf8Length(out.summary)).toBeLessThanOrEqual(LIMITS.checkRun.max);
    expect(utf8Length(out.text)).toBeLessThanOrEqual(LIMITS.checkRun.max);
    // The per-class view is in the check run's text (or named as dropped), never cut mid-table.
    expect(out.text).toMatch(/Per class|per-class scores and confusion matrix/);
    expectIntactTables(out.summary);
    expectIntactTables(out.text);
  });

  it("check-run output is within 65,535 bytes in both summary and text", () => {
    const c = f.withSlices(f.failingComparison());
    c.metrics = [...c.metrics, ...manyMetrics(4000, (i) => `ж_${i}`)];
    c.candidate.params = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`p${i}`, "ж".repeat(30)]),
    );
    const out = renderCheckRun({ comparison: c, links: f.LINKS });
    expect(utf8Length(out.summary)).toBeLessThanOrEqual(LIMITS.checkRun.max);
    expect(utf8Length(out.text)).toBeLessThanOrEqual(LIMITS.checkRun.max);
    expect(out.summary).toContain("GitHub limits a check run to 65,535 bytes");
    expectIntactTables(out.summary);
    expectIntactTables(out.text);
  });

  it("caps long lists before anything else, then drops whole low-priority sections, each with a notice", () => {
    const c = f.passingComparison();
    c.candidate.params = Object.fromEntries(
      Array.from({ length: 4000 }, (_, i) => [`param_${i}`, `value_${i}`.repeat(3)]),
    );
    const r = renderReport({ comparison: c, run: f.runRecord(), history: f.versions(10), links: f.LINKS });
    expect(r.markdown.length).toBeLessThanOrEqual(LIMITS.comment.max);
    expect(r.trimmed.sort()).toEqual(["params", "params-all"]);
    expect(r.markdown).toMatch(/> ✂️ [\d,]+ more params not shown/);
    expect(r.markdown).toContain("Training run: succeeded");
    expect(r.markdown).toContain("xychart-beta");
    expectIntactTables(r.markdown);

    const big = f.passingComparison();
    big.metrics = manyMetrics(6000).map((m, i) => ({
      ...m,
      name: i === 1 ? "accuracy" : m.name,
      status: "fail" as const,
    }));
    const dropped = renderReport({
      comparison: big,
      run: f.runRecord(),
      history: f.versions(10),
      links: f.LINKS,
    });
    expect(dropped.trimmed).toEqual(expect.arrayContaining(["run", "history", "metrics"]));
    expect(dropped.markdown).toContain("> ✂️ the training run details not shown");
    expect(dropped.markdown).toContain("> ✂️ the history chart not shown");
    expectIntactTables(dropped.markdown);
  });
});
