import type { Comparison, MetricComparison } from "@mlops/core";

/*
 * The job-summary table of a Comparison. Metric names, slice values and sources come from
 * users' files, so every cell is escaped: no Markdown/HTML injection, no broken table.
 */

/** Escapes text for one cell of a GitHub Markdown table. */
export function escapeCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1")
    .slice(0, 200);
}

const num = (v: number | null | undefined): string => {
  if (v === null || v === undefined) return "—";
  if (Number.isInteger(v)) return String(v);
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e6) ? v.toExponential(3) : v.toFixed(4);
};
const signed = (v: number | null): string => (v === null ? "—" : `${v > 0 ? "+" : ""}${num(v)}`);

const STATUS: Record<MetricComparison["status"], string> = {
  pass: "✅ pass",
  fail: "❌ fail",
  warn: "⚠️ warn",
  new: "🆕 new",
  missing: "➖ missing",
  info: "",
};

function gateText(row: MetricComparison): string {
  if (!row.gate) return "";
  return row.gate.rules
    .map(
      (r) =>
        `${r.rule} ${r.operator} ${num(r.expected)}${r.actual === null ? " (not checked)" : r.passed ? "" : " ✗"}`,
    )
    .join("; ");
}

export function renderComparisonSummary(c: Comparison, options: { maxRows?: number } = {}): string {
  const head =
    c.verdict === "pass"
      ? "✅ **pass**"
      : c.verdict === "fail"
        ? "❌ **fail**"
        : "🆕 **no baseline** (absolute gates only)";
  const baseline = c.baseline
    ? c.baseline.version !== null
      ? `v${c.baseline.version}${c.baseline.alias ? ` (${escapeCell(c.baseline.alias)})` : ""}`
      : escapeCell(c.baseline.source ?? "given")
    : "none";
  const lines = [
    `### Evaluate${c.model ? ` ${escapeCell(c.model)}` : ""} against baseline: ${head}`,
    "",
    `Baseline: ${baseline}${c.predictions ? ` · ${c.predictions.rows} rows, ${c.predictions.resamples} paired bootstrap resamples (seed ${c.predictions.seed})` : ""}`,
    "",
  ];
  const rows = [...c.metrics].sort(
    (a, b) => Number(!a.gate) - Number(!b.gate) || Number(!!a.slice) - Number(!!b.slice),
  );
  const max = options.maxRows ?? 200;
  const withCi = rows.some((r) => r.interval?.delta || r.interval?.candidate);
  const level = rows.find((r) => r.interval)?.interval?.level ?? 0.95;
  lines.push(
    `| metric | slice | candidate | baseline | Δ |${withCi ? ` ${Number((level * 100).toFixed(2))}% CI (Δ, or candidate) | p |` : ""} gate | status |`,
    `|---|---|---:|---:|---:|${withCi ? "---|---:|" : ""}---|---|`,
  );
  for (const r of rows.slice(0, max)) {
    const iv = r.interval?.delta ?? r.interval?.candidate ?? null;
    const ci = iv ? `[${num(iv[0])}, ${num(iv[1])}]` : "";
    lines.push(
      `| ${escapeCell(r.name)} | ${r.slice ? escapeCell(`${r.slice.column}=${r.slice.value}`) : ""} | ${num(r.candidate)} | ${num(r.baseline)} | ${signed(r.delta)} |${withCi ? ` ${ci} | ${r.test ? num(r.test.pValue) : ""} |` : ""} ${escapeCell(gateText(r))} | ${STATUS[r.status]} |`,
    );
  }
  if (rows.length > max) lines.push("", `… ${rows.length - max} more rows in the Comparison JSON.`);
  if (c.reasons.length) {
    lines.push("", ...c.reasons.slice(0, 50).map((r) => `- ${escapeCell(r)}`));
  }
  return lines.join("\n") + "\n";
}
