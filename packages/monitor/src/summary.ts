import type { MonitoringReport, MonitorMetric, MonitorWindow } from "@mlops/core";
import {
  code,
  details,
  formatCount,
  formatNumber,
  formatPercent,
  formatSigned,
  heading,
  html,
  mermaidText,
  table,
  text,
} from "@mlops/core/markdown";
import { PALETTE_MARKS, xyChart } from "@mlops/report";

/*
 * The monitoring summary: the verdict, how the logs and labels joined, one table row per window
 * and version (each monitored metric with its interval and its registered value, coverage,
 * drift), and one Mermaid xychart per monitored metric: its value per window (a marker at each)
 * against the value the serving version was registered with (a plain line), drawn like the
 * report's history charts (readable on GitHub's light and dark themes). Every cell goes through @mlops/core/markdown. The same
 * Markdown is the job summary and, in ml-monitor.yml, the issue body.
 */

const MAX_CHARTS = 4;
const MAX_ROWS = 60;

// The report's charts (@mlops/report's xychart.ts: its directive, point markers, and only syntax
// Mermaid 10.x parses, since GitHub's Mermaid lags upstream: no legend, no point labels). The
// values are in the windows table above the chart; the line colours are named under it. Wider
// with more windows, so their labels do not run together (GitHub's column is 1012 px).
const chartWidth = (columns: number) => Math.min(960, Math.max(720, columns * 75));

/** The metrics the summary shows: those with a rule, else the registered ones measured, else accuracy/rmse. */
export function monitoredMetrics(report: MonitoringReport): string[] {
  const ruled = report.rules.metrics.map((r) => r.metric);
  if (ruled.length) return ruled;
  const measured = new Set(report.windows.flatMap((w) => w.metrics.map((m) => m.name)));
  const registered = new Set(report.versions.flatMap((v) => Object.keys(v.registered ?? {})));
  const both = [...measured].filter((m) => registered.has(m));
  if (both.length) return both.slice(0, MAX_CHARTS);
  return [report.task === "regression" ? "rmse" : "accuracy"];
}

function metricCell(m: MonitorMetric | undefined): string {
  if (!m || m.value === null) return "—";
  const interval = m.interval ? ` [${formatNumber(m.interval[0])}, ${formatNumber(m.interval[1])}]` : "";
  const reg = m.registered !== null ? ` (${formatSigned(m.delta)} vs ${formatNumber(m.registered)})` : "";
  return `${m.status === "fail" ? "❌ " : ""}${formatNumber(m.value)}${interval}${reg}`;
}

function driftCell(w: MonitorWindow): string {
  const parts: string[] = [];
  if (w.predictionDrift) {
    const drifted = w.predictionDrift.filter((d) => d.drifted).map((d) => d.column);
    parts.push(
      drifted.length ? `predictions: ${drifted.map((d) => text(d, 40)).join(", ")}` : "predictions: none",
    );
  }
  if (w.featureDrift) {
    const drifted = w.featureDrift.filter((d) => d.drifted).length;
    parts.push(`features: ${drifted} of ${w.featureDrift.length}`);
  }
  return parts.length ? parts.join("; ") : "—";
}

function windowTable(report: MonitoringReport, metrics: string[]): string {
  const rows = report.windows
    .slice(-MAX_ROWS)
    .map((w) => [
      text(w.label, 40),
      `v${w.version}`,
      formatCount(w.rows),
      `${formatCount(w.labelled)} (${formatPercent(w.coverage, false)})${w.lateLabels ? `, ${formatCount(w.lateLabels)} late` : ""}`,
      ...metrics.map((name) => metricCell(w.metrics.find((m) => m.name === name))),
      driftCell(w),
      !w.counts ? "too few labels" : w.failed ? "❌ fails" : "✅ passes",
    ]);
  const headers = [
    "window",
    "version",
    "rows",
    "labelled",
    ...metrics.map((m) => text(m, 40)),
    "drift",
    "rules",
  ];
  const omitted = report.windows.length - rows.length;
  return (
    table(headers, rows, `llrr${"r".repeat(metrics.length)}ll`) +
    (omitted > 0 ? `\n\n${formatCount(omitted)} older window(s) are in the report file.` : "")
  );
}

/** One chart: the metric per window (the version with most labelled rows there) and its registered value. */
export function metricChart(report: MonitoringReport, metric: string): string | null {
  const labels: string[] = [];
  const values: (number | null)[] = [];
  const registered: (number | null)[] = [];
  const byLabel = new Map<string, MonitorWindow[]>();
  for (const w of report.windows) byLabel.set(w.label, [...(byLabel.get(w.label) ?? []), w]);
  for (const [label, ws] of byLabel) {
    const w = [...ws].sort((a, b) => b.labelled - a.labelled)[0]!;
    const m = w.metrics.find((x) => x.name === metric);
    if (!m || m.value === null || !w.counts) continue;
    labels.push(label);
    values.push(m.value);
    registered.push(m.registered);
  }
  if (labels.length === 0) return null;
  const all = [...values, ...registered].filter((v): v is number => v !== null);
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  const pad = hi > lo ? (hi - lo) * 0.15 : Math.abs(hi) * 0.05 || 1;
  lo -= pad;
  hi += pad;
  const hasRegistered = registered.some((v) => v !== null);
  const chart = xyChart({
    title: `${mermaidText(metric, 40)} per ${report.window.kind === "rows" ? `${report.window.rows} rows` : report.window.kind}, against the registered value`,
    columns: labels.map((l) => mermaidText(l, 24)),
    yTitle: mermaidText(metric, 30),
    lo,
    hi,
    width: chartWidth(labels.length),
    series: [
      { name: mermaidText(metric, 30), values, markers: true },
      ...(hasRegistered ? [{ name: "registered", values: registered, markers: false }] : []),
    ],
  });
  const legend = [`${PALETTE_MARKS[0]} ${text(metric, 40)}`];
  if (hasRegistered) legend.push(`${PALETTE_MARKS[1]} registered value`);
  return `${chart}\n\n${legend.join(" · ")}`;
}

function joinLine(report: MonitoringReport): string {
  const j = report.join;
  const parts = [
    `${formatCount(j.predictions)} logged prediction(s), ${formatCount(j.labelled)} labelled (${formatPercent(j.predictions ? j.labelled / j.predictions : 0, false)})`,
  ];
  if (j.unmatchedLabels) parts.push(`${formatCount(j.unmatchedLabels)} label(s) for ids never logged`);
  if (j.duplicatePredictions)
    parts.push(`${formatCount(j.duplicatePredictions)} duplicate prediction id(s) (first kept)`);
  if (j.duplicateLabels)
    parts.push(
      `${formatCount(j.duplicateLabels)} duplicate label(s)${j.conflictingLabels ? `, ${formatCount(j.conflictingLabels)} disagreeing (later kept)` : ""}`,
    );
  if (j.lateLabels) parts.push(`${formatCount(j.lateLabels)} late label(s)`);
  if (j.invalidPredictions + j.invalidLabels)
    parts.push(
      `${formatCount(j.invalidPredictions + j.invalidLabels)} invalid row(s) (see the report's join.samples)`,
    );
  return parts.join("; ") + ".";
}

export function renderMonitoringSummary(report: MonitoringReport): string {
  const metrics = monitoredMetrics(report);
  const title = report.degraded
    ? `Live performance of ${code(report.model, 100)}: degraded`
    : `Live performance of ${code(report.model, 100)}: healthy`;
  const r = report.rules;
  const out = [
    heading(2, `${report.degraded ? "❌" : "✅"} ${title}`),
    "",
    report.degraded
      ? text(report.reason, 1000)
      : `No version serving now fails the rules in ${r.consecutiveWindows} counting window(s) in a row.`,
    "",
    `${joinLine(report)} A window counts with at least ${formatCount(r.minLabelledRows)} labelled row(s); intervals: ${formatNumber(report.interval.level * 100)}% (${text(report.interval.method)}, ${formatCount(report.interval.resamples)} resamples).`,
    "",
    windowTable(report, metrics),
  ];
  const charts = metrics
    .slice(0, MAX_CHARTS)
    .map((m) => metricChart(report, m))
    .filter((c): c is string => c !== null);
  if (charts.length) out.push("", ...charts.flatMap((c) => [c, ""]));
  const notes = [...new Set(report.versions.flatMap((v) => v.notes))];
  if (notes.length) out.push("", details(html("Notes"), notes.map((n) => `- ${text(n, 400)}`).join("\n")));
  return out.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
}
