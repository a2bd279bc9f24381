import type { ModelVersion } from "@mlops/core";
import { cell, formatNumber, mermaidText, table } from "@mlops/core/markdown";
import { CHART_PALETTE, PALETTE_MARKS, xyChart } from "./xychart.js";

/*
 * History charts: metrics over the production alias's history (the baseline, the version it
 * replaced, and so on back) plus the candidate, as a Mermaid `xychart-beta` block, which GitHub
 * renders natively. Readable on GitHub's light and dark themes: an init directive sets explicit
 * theme variables (a transparent background, mid-tone line colours and a grey for text and axes,
 * each at least 3:1 against both #ffffff and #0d1117); metrics on a shared 0–1 scale share one
 * compact chart. Each measured point has a marker (a hollow diamond in its line's colour), drawn
 * in Mermaid 10.x syntax: see xychart.ts.
 *
 * Only syntax that Mermaid 10.x's xychart grammar parses is emitted, since GitHub renders with a
 * Mermaid that lags upstream: per-point labels (`line [0.7 "0.70"]`, Mermaid PR #7550, 2026) and
 * legends (`showLegend`, PR #7724, 2026) are too new, and a chart GitHub cannot parse shows as an
 * error. So the values and the colour of each line are in a small Markdown table under each chart
 * (its legend and its point labels).
 *
 * When the comparison is paired, the baseline was re-scored on the evaluation rows and its number
 * differs from the one it was registered with (measured on its own holdout). The chart then has
 * one more column, "vN*" (vN re-scored), before the candidate: the registered history, then the
 * baseline and the candidate on the same rows, exactly the numbers of the metrics table.
 */

export interface ChartSeries {
  metric: string;
  greaterIsBetter: boolean | null;
  threshold: number | null;
  candidate: number | null;
  /** The baseline's value re-scored on the evaluation rows (paired comparisons), else null. */
  rescored?: number | null;
}

export interface HistoryOptions {
  /** How many registered versions (the newest) to show. */
  versions: number;
  candidateLabel: string;
  /** The x-axis label of the re-scored baseline column (e.g. "v3 re-scored"). */
  rescoredLabel?: string;
}

/** The last `count` versions by number, oldest first. */
export function recentVersions(history: ModelVersion[], count: number): ModelVersion[] {
  if (count <= 0) return [];
  const byNumber = new Map<number, ModelVersion>();
  for (const v of history) byNumber.set(v.number, v);
  return [...byNumber.values()].sort((a, b) => a.number - b.number).slice(-count);
}

/**
 * The production alias's history, oldest first: from `start` (the compared baseline's version;
 * else the version `production` points at) back through each version's parentVersion (what
 * production was when it was registered), at most `count` versions. Versions registered after
 * `start` (the candidate itself, when the report is built after registering) are not in it.
 * Empty when there is no such version: no chart without history.
 */
export function productionHistory(
  history: ModelVersion[],
  count: number,
  start: number | null = null,
): ModelVersion[] {
  if (count <= 0 || !history.length) return [];
  const byNumber = new Map<number, ModelVersion>();
  for (const v of history) byNumber.set(v.number, v);
  let current =
    start !== null
      ? byNumber.get(start)
      : [...byNumber.values()].find((v) => v.aliases.includes("production"));
  const out: ModelVersion[] = [];
  const seen = new Set<number>();
  while (current && out.length < count && !seen.has(current.number)) {
    seen.add(current.number);
    out.push(current);
    const parent = current.lineage.parentVersion;
    current = parent !== null && parent < current.number ? byNumber.get(parent) : undefined;
  }
  return out.reverse();
}

/**
 * The versions to chart: the production alias's history (productionHistory) when it has two or
 * more versions; else the newest `count` versions up to `start` (all when `start` is null or
 * not a registered number higher than any), e.g. versions registered without promotion.
 */
export function chartVersions(
  history: ModelVersion[],
  count: number,
  start: number | null = null,
): { versions: ModelVersion[]; production: boolean } {
  const chain = productionHistory(history, count, start);
  if (chain.length >= 2) return { versions: chain, production: true };
  const pool = start !== null ? history.filter((v) => v.number <= start) : history;
  const recent = recentVersions(pool, count);
  return { versions: recent, production: recent.length === chain.length && chain.length > 0 };
}

/** Whether the values of a series fit the shared 0–1 scale. */
function unitScale(values: number[]): boolean {
  return values.every((v) => v >= 0 && v <= 1);
}

const finite = (x: number | null | undefined): number | null =>
  x !== null && x !== undefined && Number.isFinite(x) ? x : null;

/** Registered values per version, then the re-scored baseline, then the candidate. */
function seriesValues(series: ChartSeries, versions: ModelVersion[]): (number | null)[] {
  const values: (number | null)[] = versions.map((v) => finite(v.metrics[series.metric]));
  values.push(finite(series.rescored), finite(series.candidate));
  return values;
}

function directionWord(s: ChartSeries): string {
  return s.greaterIsBetter === true ? " ↑" : s.greaterIsBetter === false ? " ↓" : "";
}

/**
 * The charts for these series over `versions` (oldest first) plus the candidate: the series on a
 * 0–1 scale share one chart (with a legend), any other gets its own (with its gate threshold as
 * a flat line). At most `max` charts; none for a series with fewer than two points.
 */
export function historyCharts(
  series: ChartSeries[],
  versions: ModelVersion[],
  options: HistoryOptions & { max?: number },
): string[] {
  if (!versions.length) return [];
  const shared: ChartSeries[] = [];
  const own: ChartSeries[] = [];
  for (const s of series) {
    const values = seriesValues(s, versions).filter((v): v is number => v !== null);
    if (values.length < 2) continue;
    (unitScale(values) ? shared : own).push(s);
  }
  const charts: string[] = [];
  const max = options.max ?? 4;
  if (shared.length) {
    const chart = historyChart(shared.slice(0, CHART_PALETTE.length), versions, options);
    if (chart) charts.push(chart);
  }
  for (const s of own) {
    if (charts.length >= max) break;
    const chart = historyChart([s], versions, options);
    if (chart) charts.push(chart);
  }
  return charts;
}

/**
 * One chart of one or more series over `versions` plus the candidate, or null when no series
 * has two points. A single series with a gate threshold gets the threshold as a flat line. Under
 * the chart, a table of the plotted values, each line's colour marking its row (the legend).
 */
export function historyChart(
  series: ChartSeries | ChartSeries[],
  versions: ModelVersion[],
  options: HistoryOptions,
): string | null {
  const list = (Array.isArray(series) ? series : [series]).slice(0, CHART_PALETTE.length);
  // Columns: the versions where at least one series has a value, the re-scored baseline, then
  // the candidate.
  const columns: { label: string; index: number }[] = [];
  const valuesOf = list.map((s) => seriesValues(s, versions));
  versions.forEach((v, i) => {
    if (valuesOf.some((vals) => vals[i] !== null)) columns.push({ label: `v${v.number}`, index: i });
  });
  if (valuesOf.some((vals) => vals[versions.length] !== null))
    columns.push({ label: options.rescoredLabel ?? "baseline re-scored", index: versions.length });
  if (valuesOf.some((vals) => vals[versions.length + 1] !== null))
    columns.push({ label: options.candidateLabel, index: versions.length + 1 });
  const plotted = list
    .map((s, k) => ({ s, values: columns.map((c) => valuesOf[k]![c.index] ?? null) }))
    .filter((p) => p.values.filter((v) => v !== null).length >= 2 || columns.length >= 2);
  if (columns.length < 2 || !plotted.length) return null;
  const single = plotted.length === 1 ? plotted[0]!.s : null;
  const threshold = single?.threshold ?? null;

  const all = plotted.flatMap((p) => p.values.filter((v): v is number => v !== null));
  if (threshold !== null) all.push(threshold);
  if (all.length < 2) return null;
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  const span = hi - lo;
  const pad = span > 0 ? span * 0.15 : Math.abs(hi) * 0.05 || 1;
  lo -= pad;
  hi += pad;
  if (!single && lo < 0 && Math.min(...all) >= 0) lo = 0;

  const title = single
    ? `${mermaidText(single.metric, 50)}${directionWord(single)}${
        threshold !== null ? mermaidText(`, flat line: gate ${plainNumber(threshold)}`, 40) : ""
      }`
    : "Gated metrics (↑ higher is better, ↓ lower is better)";
  const chart = xyChart({
    title,
    columns: columns.map((c) => mermaidText(c.label, 20)),
    yTitle: single ? mermaidText(single.metric, 30) : "value",
    lo,
    hi,
    series: [
      ...plotted.map((p) => ({
        name: `${mermaidText(p.s.metric, 40)}${directionWord(p.s)}`,
        values: p.values,
        markers: true,
      })),
      ...(threshold !== null
        ? [
            {
              name: `gate ${mermaidText(plainNumber(threshold), 12)}`,
              values: columns.map(() => threshold),
              markers: false,
            },
          ]
        : []),
    ],
  });
  const rows = plotted.map((p, k) => [
    `${PALETTE_MARKS[k]} ${cell(p.s.metric, 60)}${directionWord(p.s)}`,
    ...p.values.map((v) => formatNumber(v)),
  ]);
  if (threshold !== null)
    rows.push([`${PALETTE_MARKS[plotted.length]} gate`, ...columns.map(() => formatNumber(threshold))]);
  const values = table(["line", ...columns.map((c) => cell(c.label, 30))], rows, [
    "left",
    ...columns.map(() => "right" as const),
  ]);
  return `${chart}\n\n${values}`;
}

/** formatNumber with an ASCII minus (Mermaid labels). */
function plainNumber(x: number): string {
  return formatNumber(x).replaceAll("\u2212", "-");
}
