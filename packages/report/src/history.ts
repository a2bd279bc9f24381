import type { ModelVersion } from "@mlops/core";
import { formatNumber, mermaidNumber, mermaidText } from "@mlops/core/markdown";

/*
 * History charts: a metric over the last N registered versions plus the candidate, as a Mermaid
 * `xychart-beta` block, which GitHub renders natively. xychart has no legend, so each metric
 * gets its own small chart; a gate threshold is drawn as a second, flat line and named in the
 * title. Data values must match Mermaid's number token (no exponent), see mermaidNumber().
 */

export interface ChartSeries {
  metric: string;
  greaterIsBetter: boolean | null;
  threshold: number | null;
  candidate: number | null;
}

export interface HistoryOptions {
  /** How many registered versions (the newest) to show. */
  versions: number;
  candidateLabel: string;
}

/** The last `count` versions by number, oldest first. */
export function recentVersions(history: ModelVersion[], count: number): ModelVersion[] {
  if (count <= 0) return [];
  const byNumber = new Map<number, ModelVersion>();
  for (const v of history) byNumber.set(v.number, v);
  return [...byNumber.values()].sort((a, b) => a.number - b.number).slice(-count);
}

/** One chart, or null when fewer than two points exist. */
export function historyChart(
  series: ChartSeries,
  versions: ModelVersion[],
  options: HistoryOptions,
): string | null {
  const labels: string[] = [];
  const values: number[] = [];
  for (const v of versions) {
    const value = v.metrics[series.metric];
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    labels.push(`v${v.number}`);
    values.push(value);
  }
  if (series.candidate !== null && Number.isFinite(series.candidate)) {
    labels.push(mermaidText(options.candidateLabel, 20));
    values.push(series.candidate);
  }
  if (values.length < 2) return null;

  const all = series.threshold !== null ? [...values, series.threshold] : values;
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  const span = hi - lo;
  const pad = span > 0 ? span * 0.1 : Math.abs(hi) * 0.05 || 1;
  lo -= pad;
  hi += pad;

  const direction =
    series.greaterIsBetter === true
      ? " (higher is better)"
      : series.greaterIsBetter === false
        ? " (lower is better)"
        : "";
  const thresholdNote =
    series.threshold !== null
      ? `, flat line: gate ${formatNumber(series.threshold).replaceAll("\u2212", "-")}`
      : "";
  const title = `${mermaidText(series.metric, 50)}${direction}${mermaidText(thresholdNote, 40)}`;
  const lines = [
    "```mermaid",
    "xychart-beta",
    `  title "${title}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `  y-axis "${mermaidText(series.metric, 30)}" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
    `  line [${values.map(mermaidNumber).join(", ")}]`,
  ];
  if (series.threshold !== null)
    lines.push(`  line [${values.map(() => mermaidNumber(series.threshold!)).join(", ")}]`);
  lines.push("```");
  return lines.join("\n");
}
