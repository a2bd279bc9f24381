import path from "node:path";
import type { StepIO } from "@mlops/core";
import type { TrainResult } from "./train.js";

/** A value for a Markdown table cell: no HTML, no table breaks, no line breaks. */
export function cell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/`/g, "&#96;")
    .replace(/[\r\n]+/g, " ");
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]}`;
}

/** A path for outputs and messages: relative to the workspace when inside it, posix separators. */
export function displayPath(root: string, p: string): string {
  const rel = path.relative(root, p);
  if (rel === "") return ".";
  return rel.startsWith("..") || path.isAbsolute(rel) ? p : rel.split(path.sep).join("/");
}

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

export function writeTrainOutputs(io: Pick<StepIO, "setOutput">, result: TrainResult, root: string): void {
  for (const [name, value] of Object.entries(trainOutputs(result, root))) io.setOutput(name, value);
}

export function trainSummary(result: TrainResult, options: { artifactName?: string } = {}): string {
  const r = result.record;
  const rows: [string, string][] = [];
  const status =
    r.status === "cached"
      ? `cached — restored from run ${cell(r.restoredFrom?.id ?? "?")}, the command did not run`
      : `${r.status}${r.exitCode === null ? "" : ` (exit code ${r.exitCode})`}`;
  rows.push(["status", status]);
  rows.push([
    "command",
    `<code>${cell(r.command.length > 200 ? r.command.slice(0, 199) + "…" : r.command)}</code>`,
  ]);
  rows.push(["duration", `${(r.durationMs / 1000).toFixed(1)} s`]);
  if (r.resources?.peakRssBytes) rows.push(["peak memory", bytes(r.resources.peakRssBytes)]);
  if (r.resources && r.resources.cpuUserMs !== null && r.resources.cpuSystemMs !== null) {
    rows.push([
      "CPU time",
      `${(r.resources.cpuUserMs / 1000).toFixed(1)} s user, ${(r.resources.cpuSystemMs / 1000).toFixed(1)} s system`,
    ]);
  }
  if (r.model) {
    const total = r.model.files.reduce((s, f) => s + f.bytes, 0);
    rows.push([
      "model",
      `<code>${cell(r.model.path)}</code> (${r.model.files.length} file(s), ${bytes(total)})`,
    ]);
  }
  if (r.data.length) rows.push(["data", r.data.map((d) => `<code>${cell(d.path)}</code>`).join(", ")]);
  rows.push(["fingerprint", `<code>${result.fingerprint.slice(0, 16)}</code>`]);
  if (r.git.sha)
    rows.push([
      "git",
      `<code>${cell(r.git.sha.slice(0, 12))}</code>${r.git.dirty ? " (uncommitted changes)" : ""}`,
    ]);
  if (options.artifactName && result.artifactId !== null) {
    rows.push(["artifact", `${cell(options.artifactName)} (id ${result.artifactId})`]);
  }
  let md = `### mlops train: ${cell(r.status)}\n\n| | |\n|---|---|\n`;
  md += rows.map(([k, v]) => `| ${k} | ${v} |`).join("\n") + "\n";
  const metrics = Object.entries(result.metrics);
  if (metrics.length) {
    md += `\n| metric | value |\n|---|---:|\n`;
    md += metrics.map(([k, v]) => `| ${cell(k)} | ${v} |`).join("\n") + "\n";
  }
  if (result.failure) md += `\n**Failed:** ${cell(result.failure.message)}\n`;
  return md;
}
