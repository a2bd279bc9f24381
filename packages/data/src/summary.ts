import type { ValidationReport } from "@mlops/core";

/** Escapes text for a Markdown table cell: no HTML, no pipes, no line breaks, bounded length. */
export function cell(text: unknown, max = 80): string {
  let s = String(text ?? "");
  if (s.length > max) s = `${s.slice(0, max - 1)}…`;
  return s
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;");
}

function num(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined) return "";
  if (Number.isInteger(x)) return x.toLocaleString("en-US");
  const a = Math.abs(x);
  return a !== 0 && (a < 1e-3 || a >= 1e6)
    ? x.toExponential(2)
    : x.toFixed(digits).replace(/0+$/, "").replace(/\.$/, "");
}

/** The job summary: verdict, schema failures, profile and drift tables. */
export function renderSummary(report: ValidationReport): string {
  const lines: string[] = [];
  const icon = report.passed ? "✅" : "❌";
  lines.push(`### ${icon} Data validation: ${report.passed ? "passed" : "failed"}`);
  lines.push("");
  lines.push(
    `${report.dataset.rows.toLocaleString("en-US")} rows × ${report.dataset.columns.length} columns from ${report.dataset.files.length} file(s) (${cell(report.dataset.format)}), ${report.anomalies.length} anomalies.`,
  );
  lines.push("");
  const problems = report.anomalies.filter((a) => !a.code.startsWith("schema-"));
  if (problems.length) {
    lines.push("| problem | where | message |", "| --- | --- | --- |");
    for (const a of problems.slice(0, 20))
      lines.push(
        `| ${a.severity} ${cell(a.code)} | ${cell(a.file ?? "")}${a.line !== undefined ? `:${a.line}` : ""} | ${cell(a.message, 200)} |`,
      );
    lines.push("");
  }
  if (report.schema) {
    const failed = report.schema.checks.filter((c) => !c.passed);
    lines.push(
      `#### Schema ${report.schema.passed ? "passed" : "failed"} (${report.schema.checks.length - failed.length}/${report.schema.checks.length} checks)`,
    );
    if (failed.length) {
      lines.push(
        "",
        "| column | check | severity | expected | failures | first rows |",
        "| --- | --- | --- | --- | ---: | --- |",
      );
      for (const c of failed.slice(0, 50)) {
        const rows = c.samples
          .map((s) => (s.line !== undefined ? `line ${s.line}` : ""))
          .filter(Boolean)
          .join(", ");
        lines.push(
          `| ${cell(c.column ?? "(dataset)")} | ${cell(c.check)} | ${c.severity} | ${cell(c.expected)} | ${c.failures.toLocaleString("en-US")} / ${c.checked.toLocaleString("en-US")} | ${cell(rows)} |`,
        );
      }
    }
    lines.push("");
  }
  if (report.drift) {
    const d = report.drift;
    lines.push(
      `#### Drift: ${d.datasetDrift ? "dataset drift detected" : "no dataset drift"} (${d.columns.filter((c) => c.drifted).length} of ${d.columns.length} columns, threshold ${Math.round(d.shareThreshold * 100)}%) against ${cell(d.reference.source)} (${d.reference.rows.toLocaleString("en-US")} rows)`,
      "",
      "| column | test | statistic | rule | PSI | drift |",
      "| --- | --- | ---: | --- | ---: | :---: |",
    );
    for (const c of d.columns) {
      const value = c.comparedValue === "p_value" ? `p = ${num(c.pValue)}` : num(c.statistic);
      lines.push(
        `| ${cell(c.column)} | ${c.test} | ${value} | ${c.comparedValue === "p_value" ? "p-value" : "statistic"} ${c.operator} ${c.threshold} | ${num(c.psi)} | ${c.drifted ? "⚠️ yes" : "no"} |`,
      );
    }
    lines.push("");
  }
  const cols = Object.entries(report.profile);
  if (cols.length) {
    lines.push(
      "<details><summary>Column profiles</summary>",
      "",
      "| column | type | missing | distinct | min | mean | max | std |",
      "| --- | --- | ---: | ---: | --- | ---: | --- | ---: |",
    );
    for (const [name, p] of cols.slice(0, 200)) {
      const fmt = (v: unknown) => (typeof v === "number" ? num(v) : cell(v ?? "", 30));
      lines.push(
        `| ${cell(name)} | ${p.type} | ${p.missing.toLocaleString("en-US")} | ${p.distinct !== undefined ? p.distinct.toLocaleString("en-US") : ""} | ${fmt(p.min)} | ${num(p.mean)} | ${fmt(p.max)} | ${num(p.std)} |`,
      );
    }
    lines.push("", "</details>", "");
  }
  return lines.join("\n");
}
