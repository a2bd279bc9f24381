import {
  code,
  displayPath,
  formatBytes,
  formatDuration,
  formatNumber,
  table,
  text,
} from "@mlops/core/markdown";
import type { TrainResult } from "./train.js";

export { displayPath };

/** The step's outputs (names as in actions/train/action.yml). */
export function trainOutputs(result: TrainResult, root: string): Record<string, string> {
  return {
    "model-path": result.modelPath ? displayPath(root, result.modelPath) : "",
    metrics: JSON.stringify(result.metrics),
    "metrics-file": displayPath(root, result.metricsPath),
    "run-record": displayPath(root, result.recordPath),
    fingerprint: result.fingerprint,
    "cache-hit": String(result.cacheHit),
    "artifact-id": result.artifactId === null ? "" : String(result.artifactId),
  };
}

export function trainSummary(result: TrainResult, options: { artifactName?: string } = {}): string {
  const r = result.record;
  const rows: [string, string][] = [];
  const status =
    r.status === "cached"
      ? `cached — restored from run ${code(r.restoredFrom?.id ?? "?", 40)}, the command did not run`
      : `${text(r.status)}${r.exitCode === null ? "" : ` (exit code ${r.exitCode})`}`;
  rows.push(["status", status]);
  rows.push(["command", code(r.command, 200) || "—"]);
  rows.push(["duration", formatDuration(r.durationMs)]);
  if (r.resources?.peakRssBytes) rows.push(["peak memory", formatBytes(r.resources.peakRssBytes)]);
  if (r.resources && r.resources.cpuUserMs !== null && r.resources.cpuSystemMs !== null) {
    rows.push([
      "CPU time",
      `${formatDuration(r.resources.cpuUserMs)} user, ${formatDuration(r.resources.cpuSystemMs)} system`,
    ]);
  }
  if (r.model) {
    const total = r.model.files.reduce((s, f) => s + f.bytes, 0);
    const files = r.model.files.length;
    rows.push([
      "model",
      `${code(r.model.path, 120)} (${files} file${files === 1 ? "" : "s"}, ${formatBytes(total)})`,
    ]);
  }
  if (r.data.length) rows.push(["data", r.data.map((d) => code(d.path, 120)).join(", ")]);
  rows.push(["fingerprint", code(result.fingerprint.slice(0, 16))]);
  if (r.git.sha)
    rows.push(["git", `${code(r.git.sha.slice(0, 12))}${r.git.dirty ? " (uncommitted changes)" : ""}`]);
  if (options.artifactName && result.artifactId !== null) {
    rows.push(["artifact", `${text(options.artifactName)} (id ${result.artifactId})`]);
  }
  const parts = [`### mlops train: ${text(r.status)}`, table(["", ""], rows)];
  const metrics = Object.entries(result.metrics);
  if (metrics.length)
    parts.push(
      table(
        ["metric", "value"],
        metrics.map(([k, v]) => [text(k, 120), formatNumber(v)]),
        ["left", "right"],
      ),
    );
  if (result.failure) parts.push(`**Failed:** ${text(result.failure.message, 1000)}`);
  return parts.join("\n\n") + "\n";
}
