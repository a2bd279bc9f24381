import { describe, expect, it } from "vitest";
import type { MetricComparison } from "@mlops/core";
import { renderCheckRun, renderReport } from "./render.js";
import { markdownTables, tableCells, toHtml } from "./gfm-check.js";
import * as f from "../test-support/fixtures.js";

/*
 * Snapshot tests of the rendered Markdown, one file per case under __snapshots__/: review them
 * like code (they are what reviewers see on a pull request).
 */

function expectWellFormedTables(markdown: string) {
  for (const t of markdownTables(markdown))
    for (const r of t.rows) {
      expect(r.cmark, r.line).toBe(t.header);
      expect(r.micromark, r.line).toBe(t.header);
    }
}

async function snapshot(name: string, markdown: string) {
  expectWellFormedTables(markdown);
  await expect(markdown).toMatchFileSnapshot(`./__snapshots__/${name}.md`);
}

describe("the pull-request comment", () => {
  it("pass: verdict line, metrics with intervals, params diff, history, footer and marker", async () => {
    const r = renderReport({
      comparison: f.passingComparison(),
      run: f.runRecord(),
      history: f.versions(12),
      links: f.LINKS,
    });
    expect(r.verdict.conclusion).toBe("success");
    expect(r.markdown.split("\n")[1]).toMatch(
      /^### ✅ weather-classifier: candidate \[`3f1c9a2`\]\(.*\) passes the gate against \*\*v7\*\* \(`production`\)$/,
    );
    expect(r.markdown.startsWith("<!-- mlops-report:weather-classifier -->\n### ")).toBe(true);
    expect(r.markerKey).toBe("mlops-report:weather-classifier");
    expect(r.trimmed).toEqual([]);
    await snapshot("pass", r.markdown);
  });

  it("fail: failing rows first, reasons listed, failing gate rules bold", async () => {
    const r = renderReport({ comparison: f.failingComparison(), links: f.LINKS });
    expect(r.verdict.conclusion).toBe("failure");
    const rows = tableCells(toHtml(r.markdown))[0]!.slice(1);
    expect(rows.map((row) => row.at(-1))).toEqual(["❌ fail", "❌ fail", "❌ missing", "⚠️ warn"]);
    expect(r.markdown).toContain("**value ≥ 0.82**");
    // The rule is said in the metric's own direction, on Δ or Δ% when it is about the change.
    expect(r.markdown).toContain("**Δ% ≥ −1%**");
    // Ungated metrics follow in their own table; new/missing ones are collapsed.
    expect(r.markdown).toMatch(
      /\*\*Not gated\*\* \(largest change first\)\n\n\| metric \|[^\n]*\n[^\n]*\n\| latency\\_ms ↓/,
    );
    expect(r.markdown).toMatch(
      /<details>\n<summary>Not gated, 1 new[^<]*<\/summary>\n\n\| metric \| baseline \| candidate \|\n[^\n]*\n\| recall\\_snow ↑/,
    );
    expect(r.markdown).not.toMatch(/improved by -/);
    await snapshot("fail", r.markdown);
  });

  it("no baseline: 🆕 verdict, neutral check, values without deltas", async () => {
    const r = renderReport({ comparison: f.noBaselineComparison(), run: f.runRecord(), links: f.LINKS });
    expect(r.markdown.split("\n")[1]).toContain("🆕");
    expect(r.verdict.conclusion).toBe("neutral");
    await snapshot("no-baseline", r.markdown);
  });

  it("slices: folded, failing and worst slices first", async () => {
    const r = renderReport({ comparison: f.withSlices(f.passingComparison()), links: f.LINKS });
    const slicesTable = tableCells(toHtml(r.markdown)).find((t) => t[0]![0] === "slice")!;
    expect(slicesTable[1]![0]).toBe("weather = fog");
    expect(slicesTable[2]![0]).toBe("weather = rain");
    await snapshot("slices", r.markdown);
  });

  it("drift and a failing data validation: drifted columns with statistic, threshold and operator", async () => {
    const r = renderReport({
      comparison: f.passingComparison(),
      validation: f.validationReport({ drift: true, failing: true }),
      links: f.LINKS,
    });
    expect(r.verdict.state).toBe("fail");
    expect(r.markdown).toContain(
      "| temp\\_max | ks (PSI 0.27) | 0.187 | 1e−5 | p-value &lt; 0.05 | ⚠️ yes |",
    );
    await snapshot("drift", r.markdown);
  });

  it("pass: a paired comparison charts the re-scored baseline, names the scans and the artifact, folds registered values", () => {
    const r = renderReport({ comparison: f.passingComparison(), history: f.versions(12), links: f.LINKS });
    // The table's baseline (0.8412, re-scored) is the chart's "v7 re-scored" point; v7 as
    // registered (0.836) stays in the history.
    expect(r.markdown).toMatch(
      /#### History: production v1–v7 as registered \(each on its own holdout\), then v7\\\* \(v7 re-scored\) and this candidate on the same 293 rows/,
    );
    // The x axis: the columns, labelled, between invisible filler categories (markers' steps).
    const xAxis = r.markdown.match(/^ {2}x-axis \[(.*)\]$/m)![1]!.match(/"[^"]*"/g)!;
    const visible = xAxis.map((l) => l.slice(1, -1)).filter((l) => /[^\u200b-\u200d\u2060]/.test(l));
    expect(visible.slice(-3)).toEqual(["v7", "v7*", "candidate"]);
    expect(r.markdown).toMatch(/\| 🟦 accuracy ↑ \|[^\n]* 0\.836 \| 0\.8412 \| 0\.8573 \|/);
    // Mermaid 10.x syntax only: no per-point labels, no legend config.
    for (const line of r.markdown.split("\n").filter((l) => l.startsWith("  line ")))
      expect(line).toMatch(/^ {2}line(?: "[^"]*")? \[[-+\d.,]+\]$/);
    expect(r.markdown).not.toContain("showLegend");
    expect(r.markdown).toContain(
      "Baseline files: `ghcr.io/acme/models:weather-classifier-v7@sha256:9c1e7b3d5a6f…` (`oci`).",
    );
    expect(r.markdown).toContain(
      "Model scan before loading: candidate ✅ safe (2 files) · baseline v7 ✅ safe (2 files).",
    );
    expect(r.markdown).toMatch(
      /<summary>Not re-scored: 2 metrics with the baseline's registered value, measured on other rows \(not like-for-like\)<\/summary>\n\n\| metric \| baseline \(registered\) \| candidate \|/,
    );
    expect(r.markdown).not.toMatch(/\/tmp\//);
    const cached = f.passingComparison();
    cached.scan!.baseline = null;
    cached.evaluation!.baseline = { source: "cache", rows: 293, predictCommand: "python predict.py" };
    expect(renderReport({ comparison: cached }).markdown).toContain(
      "baseline v7 not loaded here (its scores came from the cache).",
    );
  });

  it("regression: errors side by side, warned scan, chart of the re-scored baseline", async () => {
    const r = renderReport({
      comparison: f.regressionComparison(),
      history: f.regressionVersions(),
      links: {
        ...f.LINKS,
        registryVersion: {
          label: "registry: v3 (production)",
          url: "https://github.com/acme/weather/releases/tag/temp-forecast-v3",
        },
      },
    });
    expect(r.markdown).toContain("#### Errors (regression): both models on the same 160 rows");
    expect(r.markdown).toContain("| MAE ↓ | 1.873 | 1.702 | 🟢 −0.171 |");
    expect(r.markdown).toContain("| bias (mean of prediction − label) | 0.64 | −0.12 | 🟢 −0.76 |");
    expect(r.markdown).toContain("| residual p95 | 4.6 | 3.4 | 🟢 −1.2 |");
    expect(r.markdown).toContain("baseline v3 ⚠️ warn: `mylib.features.TempScaler` (1 file)");
    const check = renderCheckRun({ comparison: f.regressionComparison(), links: f.LINKS });
    expect(check.summary).toContain("#### Errors (regression)");
    await snapshot("regression", r.markdown);
  });

  it("many metrics: all shown when they fit, failing first", async () => {
    const c = f.passingComparison();
    c.metrics = Array.from({ length: 40 }, (_, i): MetricComparison =>
      f.metric({
        name: `class_${String(i).padStart(2, "0")}_recall`,
        baseline: 0.5 + i / 100,
        candidate: 0.5 + i / 100 + (i % 7 === 0 ? -0.05 : 0.01),
        status: i % 7 === 0 ? "fail" : "pass",
        gate: f.thresholdGate(0.5, i % 7 !== 0, 0.5),
      }),
    );
    c.verdict = "fail";
    c.passed = false;
    const r = renderReport({ comparison: c, links: f.LINKS });
    const rows = tableCells(toHtml(r.markdown))[0]!.slice(1);
    expect(rows).toHaveLength(40);
    expect(rows.slice(0, 6).every((row) => row.at(-1) === "❌ fail")).toBe(true);
    await snapshot("many-metrics", r.markdown);
  });

  it("missing sections: only a validation report", async () => {
    const r = renderReport({ validation: f.validationReport({ drift: true }), model: "weather-classifier" });
    expect(r.verdict.conclusion).toBe("success");
    await snapshot("validation-only", r.markdown);
  });

  it("missing sections: only a training run, no links", async () => {
    const r = renderReport({ run: f.runRecord(), model: "weather-classifier", history: f.versions(3) });
    expect(r.verdict.conclusion).toBe("neutral");
    await snapshot("run-only", r.markdown);
  });

  it("missing sections: nothing given still renders a valid, marked comment", async () => {
    const r = renderReport({ model: "weather-classifier", matrixCell: "python 3.12 / ubuntu" });
    expect(r.marker).toBe("<!-- mlops-report:weather-classifier:python%203.12%20%2F%20ubuntu -->");
    await snapshot("empty", r.markdown);
  });

  it("a failed training run fails the report even when the gate passes", () => {
    const r = renderReport({ comparison: f.passingComparison(), run: f.runRecord("failed") });
    expect(r.verdict.conclusion).toBe("failure");
    expect(r.markdown.split("\n")[1]).toContain("but the training run failed");
  });
});

describe("the job summary and the check run", () => {
  it("the job summary has the same content without the marker", () => {
    const input = { comparison: f.passingComparison(), history: f.versions(5), links: f.LINKS };
    const comment = renderReport(input, { target: "comment" }).markdown;
    const summary = renderReport(input, { target: "summary" }).markdown;
    expect(summary).not.toContain("<!-- mlops-report");
    expect(comment.replace(/^<!-- mlops-report:[^\n]*\n/, "")).toBe(summary);
  });

  it("the check run is named after the model, concludes from the verdict, and carries the comparison", async () => {
    const out = renderCheckRun({
      comparison: f.withSlices(f.failingComparison()),
      validation: f.validationReport({ drift: true }),
      links: f.LINKS,
      matrixCell: "py3.12",
    });
    expect(out.name).toBe("mlops / weather-classifier (py3.12)");
    expect(out.conclusion).toBe("failure");
    expect(out.title).toBe("❌ 3 of 4 gated metrics fail");
    expect(out.summary).toContain("| accuracy ↑ |");
    expect(out.summary).not.toContain("mermaid");
    expect(out.text).toContain("Per-slice results");
    await snapshot("check-run-summary", out.summary);
  });
});
