import type { ColumnProfile, DriftResult, ValidationReport } from "@mlops/core";
import {
  code,
  details,
  formatCount,
  formatDate,
  formatNumber,
  formatPercent,
  table,
  text,
} from "@mlops/core/markdown";

/*
 * validate-data's job summary: verdict, problems, schema failures, drift and column profiles.
 * Escaping, tables and numbers come from @mlops/core/markdown, as in every other summary.
 */

const OPERATOR: Record<DriftResult["operator"], string> = { "<": "&lt;", "<=": "≤", ">": "&gt;", ">=": "≥" };

const optional = (x: number | null | undefined): string =>
  x === null || x === undefined ? "—" : formatNumber(x);

function problemsTable(report: ValidationReport): string | null {
  const problems = report.anomalies.filter((a) => !a.code.startsWith("schema-"));
  if (!problems.length) return null;
  return table(
    ["problem", "where", "message"],
    problems
      .slice(0, 20)
      .map((a) => [
        `${a.severity} ${text(a.code, 80)}`,
        a.file ? `${code(a.file, 80)}${a.line !== undefined ? ` line ${a.line}` : ""}` : "—",
        text(a.message, 200),
      ]),
  );
}

function schemaSection(schema: NonNullable<ValidationReport["schema"]>): string {
  const failed = schema.checks.filter((c) => !c.passed);
  const head = `#### Schema ${schema.passed ? "passed" : "failed"} (${schema.checks.length - failed.length}/${schema.checks.length} checks)`;
  if (!failed.length) return head;
  const rows = failed.slice(0, 50).map((c) => [
    text(c.column ?? "(dataset)", 80),
    text(c.check, 80),
    c.severity,
    text(c.expected, 80),
    `${formatCount(c.failures)} / ${formatCount(c.checked)}`,
    text(
      c.samples
        .map((s) => (s.line !== undefined ? `line ${s.line}` : ""))
        .filter(Boolean)
        .join(", "),
      80,
    ),
  ]);
  const headers = ["column", "check", "severity", "expected", "failures", "first rows"];
  return `${head}\n\n${table(headers, rows, "llllrl")}`;
}

function driftSection(d: NonNullable<ValidationReport["drift"]>): string {
  const drifted = d.columns.filter((c) => c.drifted).length;
  const head =
    `#### Drift: ${d.datasetDrift ? "dataset drift detected" : "no dataset drift"} ` +
    `(${drifted} of ${d.columns.length} columns, threshold ${formatPercent(d.shareThreshold, false)}) ` +
    `against ${code(d.reference.source, 120)} (${formatCount(d.reference.rows)} rows)`;
  const rows = d.columns.map((c) => [
    text(c.column, 80),
    c.test,
    formatNumber(c.statistic),
    optional(c.pValue),
    `${c.comparedValue === "p_value" ? "p-value" : "statistic"} ${OPERATOR[c.operator]} ${formatNumber(c.threshold)}`,
    optional(c.psi),
    c.drifted ? "⚠️ yes" : "no",
  ]);
  const headers = ["column", "test", "statistic", "p-value", "drift when", "PSI", "drift"];
  return `${head}\n\n${table(headers, rows, "llrrlrc")}`;
}

function profileSection(profile: Record<string, ColumnProfile>): string | null {
  const cols = Object.entries(profile);
  if (!cols.length) return null;
  const value = (v: unknown) =>
    typeof v === "number" ? formatNumber(v) : typeof v === "string" && v ? text(formatDate(v), 30) : "—";
  const rows = cols
    .slice(0, 200)
    .map(([name, p]) => [
      text(name, 80),
      p.type,
      formatCount(p.missing),
      p.distinct !== undefined ? formatCount(p.distinct) : "—",
      value(p.min),
      optional(p.mean),
      value(p.max),
      optional(p.std),
    ]);
  return details(
    "Column profiles",
    table(["column", "type", "missing", "distinct", "min", "mean", "max", "std"], rows, "llrrlrlr"),
  );
}

/** The job summary: verdict, schema failures, profile and drift tables. */
export function renderSummary(report: ValidationReport): string {
  const { dataset } = report;
  const files = dataset.files.length;
  const parts: (string | null)[] = [
    `### ${report.passed ? "✅" : "❌"} Data validation: ${report.passed ? "passed" : "failed"}`,
    `${formatCount(dataset.rows)} rows × ${dataset.columns.length} column${dataset.columns.length === 1 ? "" : "s"} from ${files} file${files === 1 ? "" : "s"} (${text(dataset.format, 40)}), ${formatCount(report.anomalies.length)} anomal${report.anomalies.length === 1 ? "y" : "ies"}.`,
    problemsTable(report),
    report.schema ? schemaSection(report.schema) : null,
    report.drift ? driftSection(report.drift) : null,
    profileSection(report.profile),
  ];
  return parts.filter((p): p is string => p !== null).join("\n\n") + "\n";
}
