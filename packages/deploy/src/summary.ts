import { link, table, text } from "@mlops/core/markdown";
import type { DeployResult, HealthResult } from "./types.js";

/** A table cell (@mlops/core/markdown escapes it); "—" when there is no value. */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  return text(value);
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
  const url = r.environmentUrl ? link(text(r.environmentUrl, 200), r.environmentUrl) : null;
  return (
    [
      `### Deploy ${text(r.model)} v${r.version} → ${text(r.environment)}: ${ICON[r.outcome]}`,
      table(["", ""], [...rows.map(([k, v]) => [k, cell(v)]), ...(url ? [["environment url", url]] : [])]),
      text(r.message, 1000),
    ].join("\n\n") + "\n"
  );
}
