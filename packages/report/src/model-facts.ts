import type { Comparison, ModelArtifact, ModelScan, ResidualSummary } from "@mlops/core";
import { code, formatCount, formatNumber, formatSigned, rowDecimals, table } from "@mlops/core/markdown";

/*
 * What a Comparison says about the models besides their metrics, as the report and
 * evaluate-against-baseline's job summary show it: the model scans evaluate ran before loading
 * each side's files, the baseline's artifact (an OCI reference with its manifest digest), and a
 * regression model's errors on the evaluation rows (MAE, RMSE, bias, residual quantiles,
 * baseline → candidate). Every string from users' files is escaped (@mlops/core/markdown); no
 * path is shown but the file names inside a model.
 */

const VERDICT: Record<ModelScan["verdict"], string> = {
  safe: "✅ safe",
  warn: "⚠️ warn",
  dangerous: "❌ dangerous",
  error: "❌ unscannable",
};

function plural(n: number, one: string): string {
  return `${formatCount(n)} ${one}${n === 1 ? "" : "s"}`;
}

/** "✅ safe (2 files)", "❌ dangerous: `os.system`, `builtins.eval` (1 file)". */
export function describeScan(scan: ModelScan | null): string {
  if (!scan) return "not scanned here";
  const files = plural(scan.files, "file");
  const flagged = scan.globals.filter((g) => g.severity !== "safe");
  if (scan.verdict === "safe") return `${VERDICT.safe} (${files})`;
  const worst = flagged.filter((g) => g.severity === "dangerous");
  const shown = (worst.length ? worst : flagged).slice(0, 3).map((g) => code(`${g.module}.${g.name}`, 60));
  const more = (worst.length ? worst : flagged).length - shown.length;
  const what = shown.length
    ? `: ${shown.join(", ")}${more > 0 ? ` and ${formatCount(more)} more` : ""}`
    : scan.findings[0]
      ? `: ${code(scan.findings[0].file, 60)}`
      : "";
  return `${VERDICT[scan.verdict]}${what} (${files})`;
}

/**
 * "Model scan before loading: candidate ✅ safe (1 file) · baseline v1 ✅ safe (1 file)", or null
 * when evaluate had no model files to scan.
 */
export function scanLine(comparison: Comparison): string | null {
  const s = comparison.scan;
  if (!s) return null;
  const b = comparison.baseline;
  const baseName = b?.version != null ? `baseline v${b.version}` : "baseline";
  const parts = [`candidate ${describeScan(s.candidate)}`];
  // Cached scores: the baseline's files were not downloaded or loaded by this evaluation.
  const cached = !s.baseline && comparison.evaluation?.baseline?.source === "cache";
  if (b)
    parts.push(
      `${baseName} ${cached ? "not loaded here (its scores came from the cache)" : describeScan(s.baseline)}`,
    );
  return `Model scan before loading: ${parts.join(" · ")}.`;
}

/** `ghcr.io/o/models:m-v3@sha256:0123456789ab…`: the reference with the digest's first 12 hex digits. */
export function artifactRef(artifact: ModelArtifact): string {
  const hex = artifact.digest.replace(/^sha256:/, "");
  return code(`${artifact.reference}@sha256:${hex.slice(0, 12)}…`, 120);
}

/** "Baseline files: `ghcr.io/o/models:m-v1@sha256:ab12ab12ab12…` (oci)." or null. */
export function artifactLine(comparison: Comparison): string | null {
  const a = comparison.baseline?.artifact;
  if (!a) return null;
  return `Baseline files: ${artifactRef(a)} (${code(a.store, 30)}).`;
}

const QUANTILE_NAME: Record<string, string> = {
  "0.05": "residual p5",
  "0.25": "residual p25",
  "0.5": "residual median",
  "0.75": "residual p75",
  "0.95": "residual p95",
};

function mark(b: number | null, c: number, closerToZero = true): string {
  if (b === null || !closerToZero) return "";
  const d = Math.abs(c) - Math.abs(b);
  if (Math.abs(d) <= 1e-12 * Math.max(1, Math.abs(b))) return "";
  return d < 0 ? "🟢 " : "🔴 ";
}

/**
 * The regression view: MAE, RMSE, bias and residual quantiles, baseline → candidate, with the
 * change (🟢 when the candidate's error is smaller in size). Null without residual summaries.
 */
export function residualsMarkdown(comparison: Comparison): string | null {
  const r = comparison.predictions?.residuals;
  if (!r) return null;
  const c: ResidualSummary = r.candidate;
  const b: ResidualSummary | null = r.baseline;
  const rows: { name: string; c: number; b: number | null; note?: string }[] = [
    { name: "MAE ↓", c: c.mae, b: b?.mae ?? null },
    { name: "RMSE ↓", c: c.rmse, b: b?.rmse ?? null },
    { name: "bias (mean of prediction − label)", c: c.bias, b: b?.bias ?? null },
  ];
  for (const q of c.quantiles) {
    const name = QUANTILE_NAME[String(q.p)] ?? `residual p${formatNumber(q.p * 100)}`;
    rows.push({ name, c: q.value, b: b?.quantiles.find((x) => x.p === q.p)?.value ?? null });
  }
  const body = rows.map((row) => {
    const decimals = rowDecimals([row.b, row.c], row.b === null ? null : row.c - row.b);
    const delta =
      row.b === null ? "—" : `${mark(row.b, row.c)}${formatSigned(row.c - row.b, decimals) || "0"}`;
    return [
      row.name,
      ...(b ? [formatNumber(row.b, decimals)] : []),
      formatNumber(row.c, decimals),
      ...(b ? [delta] : []),
    ];
  });
  const headers = b ? ["error", "baseline", "candidate", "Δ"] : ["error", "candidate"];
  const t = table(
    headers,
    body,
    headers.map((h) => (h === "error" ? "left" : "right")),
  );
  const where = b
    ? `both models on the same ${formatCount(c.rows)} rows`
    : `the candidate on ${formatCount(c.rows)} rows`;
  return [
    `#### Errors (regression): ${where}`,
    t,
    "<sub>residual = prediction − label · bias above 0: over-predicts on average · 🟢 smaller error (in size) · 🔴 larger</sub>",
  ].join("\n\n");
}
