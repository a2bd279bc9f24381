import type { GateRuleResult, MetricComparison, MetricStatus } from "@mlops/core";
export { artifactLine, artifactRef, describeScan, residualsMarkdown, scanLine } from "./model-facts.js";
import {
  cell,
  code,
  details,
  formatCount,
  formatInterval,
  formatNumber,
  formatPercent,
  formatSigned,
  rowDecimals,
  table,
  tableRow,
} from "@mlops/core/markdown";

/*
 * The metrics tables: metric | baseline | candidate | Δ (95% CI in words when paired) | Δ% | rule |
 * status. Direction-aware (an improvement of a lower-is-better metric is good); gated metrics
 * first, failing rows first; ungated ones after by size of change; new/missing ones collapsed.
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

/**
 * 0: gated (or failing/warning for any reason); 1: not gated, both sides measured; 2: not gated,
 * new or without a value on one side (collapsed).
 */
export function metricGroup(m: MetricComparison): 0 | 1 | 2 {
  if (m.gate !== null || m.status === "fail" || m.status === "missing" || m.status === "warn") return 0;
  return m.status === "new" || m.baseline === null || m.candidate === null ? 2 : 1;
}

/** The size of a change, for ordering ungated metrics: relative when known, else absolute. */
function changeSize(m: MetricComparison): number {
  const c = m.relativeDelta ?? m.delta;
  return c === null || !Number.isFinite(c) ? -1 : Math.abs(c);
}

/**
 * Gated metrics first (failing, missing, warnings, new, passing; worst change first), then the
 * ungated ones by size of change (largest first), then the ungated new/missing ones by name.
 */
export function compareMetricRows(a: MetricComparison, b: MetricComparison): number {
  const ga = metricGroup(a);
  const gb = metricGroup(b);
  if (ga !== gb) return ga - gb;
  const within =
    ga === 0
      ? STATUS_RANK[a.status] - STATUS_RANK[b.status] || improvement(a) - improvement(b)
      : ga === 1
        ? changeSize(b) - changeSize(a)
        : 0;
  return within || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || sliceKey(a).localeCompare(sliceKey(b));
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

/**
 * One gate rule as a reviewer reads it, in the metric's own direction: `value ≥ 0.69` (a bound
 * on the candidate's value), `Δ ≥ −0.01`, `Δ ≤ +0.02` (lower is better), `Δ% ≤ +10%`,
 * `p < 0.05`. Never a bound on the value labelled Δ. Failing rules bold.
 */
export function describeRule(r: GateRuleResult, m?: MetricComparison): string {
  const op = OPERATOR[r.operator] ?? r.operator;
  const up = m?.greaterIsBetter !== false;
  const dir = up ? "≥" : "≤";
  let body: string;
  if (r.expected === null)
    body = cell(r.rule === "present" ? "present" : r.rule === "finite" ? "finite" : `${r.rule} ${op}`);
  else if (r.rule === "min_absolute_change" && m?.gate?.minAbsoluteChange != null) {
    const margin = m.gate.minAbsoluteChange;
    body = `Δ ${dir} ${formatSigned(up ? margin : -margin) || "0"}`;
  } else if (r.rule === "min_relative_change" && m?.gate?.minRelativeChange != null) {
    const margin = m.gate.minRelativeChange;
    body = `Δ% ${dir} ${formatPercent(up ? margin : -margin)}`;
  } else if (r.rule === "threshold") body = `value ${op} ${formatNumber(r.expected)}`;
  else {
    const expected = r.rule === "min_relative_change" ? formatPercent(r.expected) : formatNumber(r.expected);
    body = `${cell(ruleSubject(r.rule))} ${cell(op)} ${expected}`;
  }
  return r.passed ? body : `**${body}**`;
}

/** The gate column: its rules, or what the gate spec asks when no rule was evaluated. */
export function describeGate(m: MetricComparison): string {
  if (!m.gate) return "—";
  if (m.gate.rules.length > 0) return m.gate.rules.map((r) => describeRule(r, m)).join("<br>");
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

/** Whether a paired interval of Δ excludes 0 (the change is unlikely to be noise). */
export function isSignificant(m: MetricComparison): boolean | null {
  const iv = m.interval?.delta;
  if (!iv) return null;
  return iv[0] > 0 || iv[1] < 0;
}

/**
 * Significance in words: "95% CI [+0.07, +0.16], significant (McNemar p = 0.001)"; "" without
 * an interval.
 */
export function describeSignificance(m: MetricComparison, decimals?: number): string {
  const iv = m.interval?.delta;
  if (!m.interval || !iv) return "";
  const level = formatPercent(m.interval.level, false);
  const test = m.test ? ` (${cell(m.test.name, 30)} ${formatP(m.test.pValue)})` : "";
  return `${level} CI ${formatInterval(iv, intervalDecimals(iv, decimals))}, ${isSignificant(m) ? "significant" : "not significant"}${test}`;
}

/** Two significant digits of the interval's width: [+0.07, +0.16], not [+0.06894, +0.13326]. */
function intervalDecimals(
  iv: readonly [number, number],
  rowDecimals: number | undefined,
): number | undefined {
  const width = Math.abs(iv[1] - iv[0]);
  if (!Number.isFinite(width) || width === 0) return rowDecimals;
  const d = Math.max(0, 1 - Math.floor(Math.log10(width)));
  return rowDecimals === undefined ? Math.min(d, 8) : Math.min(d, rowDecimals + 1, 8);
}

/** "p = 0.0094", "p < 0.001". */
export function formatP(p: number): string {
  if (!Number.isFinite(p)) return "p = —";
  if (p < 0.001) return "p < 0.001";
  return `p = ${formatNumber(Number(p.toPrecision(2)))}`;
}

/** The Δ cell: the change with its good/bad mark, and its interval in words under it when paired. */
function deltaCell(m: MetricComparison, decimals: number | undefined): string {
  const d = describeDelta(m, decimals);
  const sig = describeSignificance(m, decimals);
  return sig ? `${d}<br><sub>${sig}</sub>` : d;
}

function sliceCell(m: MetricComparison): string {
  return m.slice ? `${cell(m.slice.column, 60)} = ${code(m.slice.value, 60)}` : "—";
}

export function directionMark(m: MetricComparison): string {
  return m.greaterIsBetter === true ? " ↑" : m.greaterIsBetter === false ? " ↓" : "";
}

export interface MetricTableShape {
  headers: string[];
  align: ("left" | "right" | "center")[];
  rows: string[][];
}

/**
 * One table of metrics, rows in the given order: metric | baseline | candidate | Δ (with its
 * interval in words when paired) | Δ% | rule (when any metric is gated) | status.
 */
export function metricTable(
  metrics: MetricComparison[],
  options: { slices?: boolean; paired?: boolean } = {},
): MetricTableShape {
  const paired = options.paired ?? isPaired(metrics);
  const showGate = metrics.some((m) => m.gate !== null);
  const { headers, align } = metricTableHead(options.slices ?? false, showGate);
  const rows = metrics.map((m) => metricRow(m, { slices: options.slices ?? false, paired, showGate }));
  return { headers, align, rows };
}

/** metricTable's columns: the rule and status ones when a metric of the table is gated. */
function metricTableHead(slices: boolean, showGate: boolean): Omit<MetricTableShape, "rows"> {
  const headers = [
    ...(slices ? ["slice"] : []),
    "metric",
    "baseline",
    "candidate",
    "Δ",
    "Δ%",
    ...(showGate ? ["rule", "status"] : []),
  ];
  const align: MetricTableShape["align"] = headers.map((h) =>
    h === "metric" || h === "slice" || h === "rule" || h === "status" ? "left" : "right",
  );
  return { headers, align };
}

/** One metric's cells in metricTable. */
function metricRow(
  m: MetricComparison,
  options: { slices: boolean; paired: boolean; showGate: boolean },
): string[] {
  const decimals = rowDecimals([m.baseline, m.candidate], m.delta);
  return [
    ...(options.slices ? [sliceCell(m)] : []),
    `${cell(m.name, 120)}${directionMark(m)}`,
    options.paired && m.baselineSource === "registered" && m.baseline !== null
      ? `${formatNumber(m.baseline, decimals)}<br><sub>${REGISTERED_CELL}</sub>`
      : formatNumber(m.baseline, decimals),
    formatNumber(m.candidate, decimals),
    deltaCell(m, decimals),
    formatPercent(m.relativeDelta),
    ...(options.showGate ? [describeGate(m), STATUS_LABEL[m.status]] : []),
  ];
}

/**
 * Table lines of metric rows by layout, kept as long as the caller's MetricTableShape: fitting a
 * report into a size limit renders the same tables with more and fewer rows many times over
 * (each render of a report makes its shape anew, so a metric changed since is rendered again).
 */
type RowLines = Map<string, Map<MetricComparison, string>>;
const rowLinesByShape = new WeakMap<MetricTableShape, RowLines>();

function metricTableText(
  rowLines: RowLines,
  ms: MetricComparison[],
  slices: boolean,
  paired: boolean,
): string {
  const showGate = ms.some((m) => m.gate !== null);
  const { headers, align } = metricTableHead(slices, showGate);
  const head = table(headers, [], align);
  const layout = `${slices ? "s" : ""}${paired ? "p" : ""}${showGate ? "g" : ""}`;
  let byMetric = rowLines.get(layout);
  if (!byMetric) rowLines.set(layout, (byMetric = new Map()));
  const lines = [head];
  for (const m of ms) {
    let line = byMetric.get(m);
    if (line === undefined) {
      line = tableRow(metricRow(m, { slices, paired, showGate }));
      byMetric.set(m, line);
    }
    lines.push(line);
  }
  return lines.join("\n");
}

/** Under a registered baseline value in a paired comparison: it was not re-scored. */
export const REGISTERED_CELL = "registered, other rows";

/** Whether the baseline was re-scored on the evaluation rows (some row says same-rows). */
export function isPaired(metrics: MetricComparison[]): boolean {
  return metrics.some((m) => m.baselineSource === "same-rows");
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
  const registered =
    isPaired(metrics) && metrics.some((m) => m.gate !== null && m.baselineSource === "registered")
      ? ` · “${REGISTERED_CELL}”: the baseline's registered value, not re-scored on these rows`
      : "";
  return metrics.some((m) => m.greaterIsBetter !== null)
    ? `<sub>↑ higher is better · ↓ lower is better · 🟢 improvement · 🔴 regression · Δ = candidate − baseline, Δ% relative to the baseline · a rule on \`value\` bounds the candidate itself${registered}</sub>`
    : "";
}

/**
 * The metrics as Markdown, in compareMetricRows order (the caller sorts): the gated ones in one
 * table, then "Not gated" (largest change first), then the new/missing ones collapsed in a
 * <details>. Only the first `rows` metrics are shown, then a line naming the rest (`notice` wraps
 * it, e.g. with a link to the full report), then the legend when asked. `shape` is
 * metricTable(metrics, …) of the same metrics (its `slice` column is kept).
 */
export function metricTableMarkdown(
  shape: MetricTableShape,
  metrics: MetricComparison[],
  options: { rows?: number; noun: string; notice?: (text: string) => string; legend?: boolean },
): string {
  const rows = Math.min(options.rows ?? metrics.length, metrics.length);
  const slices = shape.headers[0] === "slice";
  const shown = metrics.slice(0, rows);
  const paired = isPaired(metrics);
  const groups: MetricComparison[][] = [[], [], []];
  // Paired: an ungated baseline value that was not re-scored is folded apart, said plainly.
  const registered: MetricComparison[] = [];
  for (const m of shown) {
    const group = metricGroup(m);
    if (paired && group !== 0 && m.baselineSource === "registered" && m.baseline !== null) registered.push(m);
    else groups[group]!.push(m);
  }
  const rowLines: RowLines = rowLinesByShape.get(shape) ?? new Map();
  rowLinesByShape.set(shape, rowLines);
  const render = (ms: MetricComparison[]) => metricTableText(rowLines, ms, slices, paired);
  const parts: string[] = [];
  const [gated, other, fresh] = groups as [MetricComparison[], MetricComparison[], MetricComparison[]];
  if (gated.length) parts.push(render(gated));
  if (other.length) {
    // Many ungated metrics are folded: the gated ones are what decides.
    if (gated.length && other.length > 6)
      parts.push(
        details(`Not gated: ${formatCount(other.length)} metrics, largest change first`, render(other)),
      );
    else parts.push(`${gated.length ? "**Not gated** (largest change first)\n\n" : ""}${render(other)}`);
  }
  if (fresh.length) {
    const n = fresh.filter((m) => m.status !== "missing").length;
    const missing = fresh.length - n;
    const what = [n ? `${formatCount(n)} new` : "", missing ? `${formatCount(missing)} missing` : ""]
      .filter(Boolean)
      .join(", ");
    const t = table(
      [...(slices ? ["slice"] : []), "metric", "baseline", "candidate"],
      fresh.map((m) => [
        ...(slices ? [sliceCell(m)] : []),
        `${cell(m.name, 120)}${directionMark(m)}`,
        formatNumber(m.baseline),
        formatNumber(m.candidate),
      ]),
      [...(slices ? ["left" as const] : []), "left", "right", "right"],
    );
    parts.push(details(`Not gated, ${what} (no value on one side to compare)`, t));
  }
  if (registered.length) {
    const t = table(
      [...(slices ? ["slice"] : []), "metric", "baseline (registered)", "candidate"],
      registered.map((m) => [
        ...(slices ? [sliceCell(m)] : []),
        `${cell(m.name, 120)}${directionMark(m)}`,
        formatNumber(m.baseline),
        formatNumber(m.candidate),
      ]),
      [...(slices ? ["left" as const] : []), "left", "right", "right"],
    );
    parts.push(
      details(
        `Not re-scored: ${formatCount(registered.length)} metric${registered.length === 1 ? "" : "s"} with the baseline's registered value, measured on other rows (not like-for-like)`,
        t,
      ),
    );
  }
  if (rows < metrics.length) {
    const hidden = describeHidden(metrics.slice(rows), options.noun);
    parts.push(options.notice ? options.notice(hidden) : `${hidden}.`);
  }
  const legend = options.legend ? metricLegend(metrics) : "";
  if (legend) parts.push(legend);
  return parts.join("\n\n");
}
