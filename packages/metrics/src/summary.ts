import type { Comparison } from "@mlops/core";
import { code, formatCount, text } from "@mlops/core/markdown";
import {
  artifactLine,
  compareMetricRows,
  metricTable,
  metricTableMarkdown,
  residualsMarkdown,
  scanLine,
} from "@mlops/report/metrics-table";

/*
 * evaluate-against-baseline's job summary: the verdict, the baseline, and the Comparison's
 * metrics as the report renders them (@mlops/report/metrics-table, the one rendering of a
 * Comparison), slices in a second table. Every string from users' files is escaped there and
 * here (@mlops/core/markdown).
 */

const HEAD: Record<Comparison["verdict"], string> = {
  pass: "✅ **pass**",
  fail: "❌ **fail**",
  "no-baseline": "🆕 **no baseline** (absolute gates only)",
};

function baselineText(c: Comparison): string {
  const b = c.baseline;
  if (!b) return "none";
  if (b.version === null) return b.source ? code(b.source, 120) : "given";
  return `v${b.version}${b.alias ? ` (${code(b.alias, 64)})` : ""}`;
}

export function renderComparisonSummary(c: Comparison, options: { maxRows?: number } = {}): string {
  const max = options.maxRows ?? 200;
  const p = c.predictions;
  const paired = p
    ? ` · paired bootstrap over ${formatCount(p.rows)} rows (${formatCount(p.resamples)} resamples, seed ${p.seed})`
    : "";
  const parts = [
    `### Evaluate${c.model ? ` ${text(c.model, 100)}` : ""} against baseline: ${HEAD[c.verdict]}`,
    [`Baseline: ${baselineText(c)}${paired}`, artifactLine(c), scanLine(c)].filter(Boolean).join("<br>"),
  ];
  const main = c.metrics.filter((m) => !m.slice).sort(compareMetricRows);
  const slices = c.metrics.filter((m) => m.slice).sort(compareMetricRows);
  const notice = (hidden: string) => `${hidden} in the Comparison JSON.`;
  if (main.length)
    parts.push(
      metricTableMarkdown(metricTable(main), main, { rows: max, notice, noun: "metrics", legend: true }),
    );
  const residuals = residualsMarkdown(c);
  if (residuals) parts.push(residuals);
  if (slices.length)
    parts.push(
      "**Per-slice results**",
      metricTableMarkdown(metricTable(slices, { slices: true }), slices, {
        rows: max,
        notice,
        noun: "slice checks",
      }),
    );
  if (c.reasons.length) {
    const reasons = c.reasons.slice(0, 50).map((r) => `- ${text(r, 300)}`);
    if (c.reasons.length > 50) reasons.push(`- … and ${c.reasons.length - 50} more in the Comparison JSON`);
    parts.push(reasons.join("\n"));
  }
  return parts.join("\n\n") + "\n";
}
