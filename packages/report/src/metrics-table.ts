import type { GateRuleResult, MetricComparison, MetricStatus } from "@mlops/core";
import {
  cell,
  code,
  formatCount,
  formatInterval,
  formatNumber,
  formatPercent,
  formatSigned,
  rowDecimals,
  table,
} from "@mlops/core/markdown";

/*
 * The metrics table: metric | baseline | candidate | Δ | Δ% | CI of Δ | gate | status.
 * Direction-aware (an improvement of a lower-is-better metric is good), failing rows first.
 * The one rendering of a Comparison's metrics: the report (comment, job summary, check run) and
 * evaluate-against-baseline's job summary both use it (@mlops/report/metrics-table).
 */

export const STATUS_LABEL: Record<MetricStatus, string> = {
  fail: "❌ fail",
  missing: "❌ missing",
  warn: "⚠️ warn",
  new: "🆕 new",
  pass: "✅ pass",
  info: "➖ not gated",
};

const STATUS_RANK: Record<MetricStatus, number> = { fail: 0, missing: 1, warn: 2, new: 3, pass: 4, info: 5 };

/** Positive when the change is an improvement, negative for a regression, 0 when unknown/none. */
export function improvement(m: MetricComparison): number {
  const change = m.relativeDelta ?? m.delta;
  if (change === null || change === undefined || m.greaterIsBetter === null || !Number.isFinite(change))
    return 0;
  return m.greaterIsBetter ? change : -change;
}

/** Failing first, then missing, warnings, new, passing, ungated; within a group worst change first. */
export function compareMetricRows(a: MetricComparison, b: MetricComparison): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    Number(a.gate === null) - Number(b.gate === null) ||
    improvement(a) - improvement(b) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    sliceKey(a).localeCompare(sliceKey(b))
  );
}

function sliceKey(m: MetricComparison): string {
  return m.slice ? `${m.slice.column}=${m.slice.value}` : "";
}

export function isFailing(m: MetricComparison): boolean {
  return m.status === "fail" || m.status === "missing";
}

const OPERATOR: Record<string, string> = { ">=": "≥", "<=": "≤", "!=": "≠", "==": "=" };

function ruleSubject(rule: string): string {
  switch (rule) {
    case "threshold":
      return "value";
    case "min_absolute_change":
      return "Δ";
    case "min_relative_change":
      return "Δ%";
    case "significance":
      return "p";
    default:
      return rule;
  }
}

/** One gate rule as a reviewer reads it: `value ≥ 0.9`, `Δ% ≥ −1%`, `p < 0.05`; failing rules bold. */
export function describeRule(r: GateRuleResult): string {
  const op = OPERATOR[r.operator] ?? r.operator;
  let body: string;
  if (r.expected === null)
    body = cell(r.rule === "present" ? "present" : r.rule === "finite" ? "finite" : `${r.rule} ${op}`);
  else {
    const expected = r.rule === "min_relative_change" ? formatPercent(r.expected) : formatNumber(r.expected);
    body = `${cell(ruleSubject(r.rule))} ${cell(op)} ${expected}`;
  }
  return r.passed ? body : `**${body}**`;
}

/** The gate column: its rules, or what the gate spec asks when no rule was evaluated. */
export function describeGate(m: MetricComparison): string {
  if (!m.gate) return "—";
  if (m.gate.rules.length > 0) return m.gate.rules.map(describeRule).join("<br>");
  const parts: string[] = [];
  const up = m.greaterIsBetter !== false;
  if (m.gate.threshold !== null) parts.push(`value ${up ? "≥" : "≤"} ${formatNumber(m.gate.threshold)}`);
  if (m.gate.minAbsoluteChange !== null)
    parts.push(
      `Δ ${up ? "≥" : "≤"} ${formatSigned(up ? m.gate.minAbsoluteChange : -m.gate.minAbsoluteChange)}`,
    );
  if (m.gate.minRelativeChange !== null)
    parts.push(
      `Δ% ${up ? "≥" : "≤"} ${formatPercent(up ? m.gate.minRelativeChange : -m.gate.minRelativeChange)}`,
    );
  if (m.gate.significance !== null) parts.push(`p < ${formatNumber(m.gate.significance)}`);
  return parts.length ? parts.join("<br>") : "—";
}

/** Δ with a good/bad mark: 🟢 for an improvement, 🔴 for a regression, nothing when direction is unknown. */
export function describeDelta(m: MetricComparison, decimals: number | undefined): string {
  if (m.delta === null) return "—";
  const s = formatSigned(m.delta, decimals);
  const score = improvement(m);
  if (m.delta === 0 || score === 0) return s;
  return `${score > 0 ? "🟢" : "🔴"} ${s}`;
}

function describeInterval(m: MetricComparison, decimals: number | undefined, showLevel: boolean): string {
  const iv = m.interval?.delta;
  if (!m.interval || !iv) return "—";
  const d = decimals === undefined ? undefined : Math.min(decimals + 1, 8);
  let s = formatInterval(iv, d);
  if (showLevel) s += ` (${formatPercent(m.interval.level, false)})`;
  if (m.test) s += ` p=${formatNumber(m.test.pValue)}`;
  return s;
}

export function directionMark(m: MetricComparison): string {
  return m.greaterIsBetter === true ? " ↑" : m.greaterIsBetter === false ? " ↓" : "";
}

export interface MetricTableShape {
  headers: string[];
  align: ("left" | "right" | "center")[];
  rows: string[][];
}

/** Rows of the main metric table, already sorted (slices excluded by the caller). */
export function metricTable(
  metrics: MetricComparison[],
  options: { slices?: boolean } = {},
): MetricTableShape {
  const withInterval = metrics.filter((m) => m.interval?.delta);
  const levels = new Set(withInterval.map((m) => m.interval!.level));
  const showCi = withInterval.length > 0;
  const sharedLevel = levels.size === 1 ? [...levels][0]! : null;
  const ciHeader = sharedLevel !== null ? `${formatPercent(sharedLevel, false)} CI of Δ` : "CI of Δ";
  const showGate = metrics.some((m) => m.gate !== null);

  const headers = [
    ...(options.slices ? ["slice"] : []),
    "metric",
    "baseline",
    "candidate",
    "Δ",
    "Δ%",
    ...(showCi ? [ciHeader] : []),
    ...(showGate ? ["gate"] : []),
    "status",
  ];
  const align: MetricTableShape["align"] = headers.map((h) =>
    h === "metric" || h === "slice" || h === "gate" || h === "status" ? "left" : "right",
  );
  const rows = metrics.map((m) => {
    const decimals = rowDecimals([m.baseline, m.candidate], m.delta);
    return [
      ...(options.slices ? [m.slice ? `${cell(m.slice.column, 60)} = ${code(m.slice.value, 60)}` : "—"] : []),
      `${cell(m.name, 120)}${directionMark(m)}`,
      formatNumber(m.baseline, decimals),
      formatNumber(m.candidate, decimals),
      describeDelta(m, decimals),
      formatPercent(m.relativeDelta),
      ...(showCi ? [describeInterval(m, decimals, sharedLevel === null)] : []),
      ...(showGate ? [describeGate(m)] : []),
      STATUS_LABEL[m.status],
    ];
  });
  return { headers, align, rows };
}

/** "4,812 more metrics (4,800 ✅ pass, 12 🆕 new)". */
export function describeHidden(hidden: MetricComparison[], noun: string): string {
  const counts = new Map<MetricStatus, number>();
  for (const m of hidden) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  const parts = [...counts.entries()]
    .sort((a, b) => STATUS_RANK[a[0]] - STATUS_RANK[b[0]])
    .map(([status, n]) => `${formatCount(n)} ${STATUS_LABEL[status]}`);
  return `${formatCount(hidden.length)} more ${noun}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

/** The line under the table that explains its marks, or "" when no metric has a direction. */
export function metricLegend(metrics: MetricComparison[]): string {
  return metrics.some((m) => m.greaterIsBetter !== null)
    ? "<sub>↑ higher is better · ↓ lower is better · 🟢 improvement · 🔴 regression · Δ% relative to the baseline</sub>"
    : "";
}

/**
 * The table's first `rows` rows as Markdown, then a line naming the rest (`notice` wraps it, e.g.
 * with a link to the full report), then the legend when asked. `shape` is
 * metricTable(metrics, …) of the same, already sorted, metrics.
 */
export function metricTableMarkdown(
  shape: MetricTableShape,
  metrics: MetricComparison[],
  options: { rows?: number; noun: string; notice?: (text: string) => string; legend?: boolean },
): string {
  const rows = Math.min(options.rows ?? metrics.length, metrics.length);
  const parts = [table(shape.headers, shape.rows.slice(0, rows), shape.align)];
  if (rows < metrics.length) {
    const hidden = describeHidden(metrics.slice(rows), options.noun);
    parts.push(options.notice ? options.notice(hidden) : `${hidden}.`);
  }
  const legend = options.legend ? metricLegend(metrics) : "";
  if (legend) parts.push(legend);
  return parts.join("\n\n");
}
