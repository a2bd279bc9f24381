import type { DeployResult, HealthResult } from "./types.js";

/** Markdown-safe table cell: no HTML, no pipes, no line breaks, no emphasis or links. */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "–";
  return String(value)
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ICON: Record<DeployResult["outcome"], string> = {
  deployed: "✅ deployed",
  "rolled-back": "↩️ failed, rolled back",
  failed: "❌ failed",
  conflict: "⚠️ alias moved by another deploy",
};

function healthLine(h: HealthResult | null): string {
  if (!h) return "not run";
  if (h.skipped) return "not configured";
  const ok = h.measurements.filter((m) => m.phase === "success").length;
  return `${h.healthy ? "healthy" : "unhealthy"} (${ok}/${h.measurements.length})`;
}

/** The job summary of one deploy. */
export function renderDeploySummary(r: DeployResult): string {
  const rows: [string, string | number | null][] = [
    ["model", r.model],
    ["version", r.version],
    ["previous version", r.previousVersion],
    ["environment", r.environment],
    ["alias", r.environmentAlias],
    ["target", r.target],
    ["health", healthLine(r.health)],
    ["deployment", r.deploymentId],
  ];
  if (r.rollbackDeploymentId || r.rolledBack) {
    rows.push(
      ["rollback deployment", r.rollbackDeploymentId],
      ["rollback health", healthLine(r.rollbackHealth)],
    );
  }
  if (r.environmentUrl) rows.push(["environment url", r.environmentUrl]);
  return [
    `### Deploy ${cell(r.model)} v${r.version} → ${cell(r.environment)}: ${ICON[r.outcome]}`,
    "",
    "| | |",
    "| --- | --- |",
    ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`),
    "",
    cell(r.message),
    "",
  ].join("\n");
}
