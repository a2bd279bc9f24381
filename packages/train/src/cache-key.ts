import { promises as fs } from "node:fs";
import path from "node:path";
import {
  canonicalJson,
  digestFile,
  redactCommand,
  sha256Hex,
  type DataFingerprint,
  type RunRecord,
} from "@mlops/core";
import { displayPath } from "@mlops/core/markdown";
import { codeDigest, createdByRun, type CodeDigest, type CodeScope } from "./code-digest.js";
import type { Params } from "./params.js";
import type { RunCache } from "./run-cache.js";

/*
 * The run-cache key and its explanation. The fingerprint is one sha256 over its components:
 * command, working directory, params, each data path's sha256, the code files (code-digest.ts),
 * the project's lock files and the output paths. The run record lists them all
 * (fingerprintInputs), so a later run can say which components differ from the nearest cache
 * entry: the explanation the log always prints and `mlops train --explain-cache` prints in full.
 */

export type FingerprintInputs = NonNullable<RunRecord["fingerprintInputs"]>;

/**
 * Lock files that pin the environment. They count wherever they are between the working
 * directory and the workspace root, tracked or not (the code list covers only the working
 * directory).
 */
export const LOCK_FILES = [
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "requirements*.txt",
  "poetry.lock",
  "uv.lock",
  "Pipfile.lock",
  "pdm.lock",
  "renv.lock",
  "conda-lock.yml",
];

const LOCK_PATTERN = new RegExp(
  `^(?:${LOCK_FILES.map((n) => n.replace(/[.+^$()|[\]\\]/g, "\\$&").replace("*", "[^/]*")).join("|")})$`,
);

export async function lockFiles(
  workingDirectory: string,
  root: string,
): Promise<{ path: string; sha256: string }[]> {
  const dirs: string[] = [];
  const rel = path.relative(root, workingDirectory);
  const inside = rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
  for (let dir = workingDirectory; ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (!inside || dir === root || path.dirname(dir) === dir) break;
  }
  const found: { path: string; sha256: string }[] = [];
  for (const dir of dirs) {
    const names = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const item of names) {
      if (!item.isFile() || !LOCK_PATTERN.test(item.name)) continue;
      const file = path.join(dir, item.name);
      found.push({ path: displayPath(root, file), sha256: (await digestFile(file)).sha256 });
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What the cache key is computed from, as the train step has read it. */
export interface KeyParts {
  command: string;
  root: string;
  workingDirectory: string;
  params: Params;
  data: readonly DataFingerprint[];
  /** Absolute data paths (left out of the code). */
  dataPaths: readonly string[];
  modelPath?: string | undefined;
  metricsFile?: string | undefined;
  /** `code` entries, relative to the working directory. */
  declaredCode?: readonly string[] | undefined;
}

export interface CacheKey {
  fingerprint: string;
  /** The record's fingerprintInputs. */
  inputs: FingerprintInputs;
  code: CodeDigest;
  scope: CodeScope;
  /** For comparisons with cache entries. */
  parts: { command: string; workingDirectory: string; params: Params; data: readonly DataFingerprint[] };
}

export async function computeCacheKey(parts: KeyParts, cache: RunCache): Promise<CacheKey> {
  const display = (p: string): string => displayPath(parts.root, p);
  const workingDirectory = display(parts.workingDirectory);
  const outputs = [parts.modelPath, parts.metricsFile].filter((p): p is string => Boolean(p));
  const scope: CodeScope = {
    dir: parts.workingDirectory,
    excluded: [...outputs, ...parts.dataPaths],
    declared: parts.declaredCode ?? [],
    written: await cache.written(workingDirectory),
  };
  const code = await codeDigest(scope);
  const locks = await lockFiles(parts.workingDirectory, parts.root);
  const inputs: FingerprintInputs = {
    code: { source: code.source, reason: code.reason, files: code.files, written: code.written },
    locks,
    outputs: {
      model: parts.modelPath ? display(parts.modelPath) : null,
      metrics: parts.metricsFile ? display(parts.metricsFile) : null,
    },
  };
  const fingerprint = sha256Hex(
    canonicalJson({
      v: 2,
      command: parts.command,
      workingDirectory,
      params: parts.params,
      data: parts.data.map((d) => ({ path: d.path, sha256: d.sha256 })),
      code: code.sha256,
      locks,
      outputs: inputs.outputs,
    }),
  );
  return {
    fingerprint,
    inputs,
    code,
    scope,
    // Compared with the run record's command and shown: redacted like it (the fingerprint hashes the real one).
    parts: {
      command: redactCommand(parts.command),
      workingDirectory,
      params: parts.params,
      data: parts.data,
    },
  };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One line: what the fingerprint covers, e.g. "12 code files tracked by git, 1 lock file". */
export function describeKey(key: CacheKey, paramsSource: string | null): string {
  const code = key.code;
  const how =
    code.source === "declared"
      ? "declared (code)"
      : code.source === "git"
        ? "tracked by git"
        : "of the directory";
  return `fingerprint ${key.fingerprint} (command, params${paramsSource ? ` from ${paramsSource}` : ""}, ${plural(key.parts.data.length, "data path")}, ${plural(code.files.length, "code file")} ${how}, ${plural(key.inputs.locks.length, "lock file")})`;
}

/** Lines the log prints about what counted as code, when there is something to say. */
export function codeNotes(key: CacheKey): string[] {
  const code = key.code;
  const notes: string[] = [];
  if (code.source === "directory") {
    notes.push(
      `code: ${code.reason}, so the code is every file of the working directory (${plural(code.files.length, "file")}) except outputs, data, .gitignore patterns, hidden directories and tool directories${code.written.length ? `, and what the command created in earlier runs (${list(code.written, 5)})` : ""}; list the code under train.code in mlops.yml (or the code input) to choose`,
    );
    if (code.files.length === 0)
      notes.push("code: no file counted as code: a change to the training code will not miss the cache");
  }
  if (code.source === "git" && code.untracked.count > 0) {
    notes.push(
      `code: ${plural(code.untracked.count, "untracked file")} not counted (${list(code.untracked.sample, 5, code.untracked.count)}); git add what is code, or list it under train.code`,
    );
  }
  return notes;
}

function list(items: readonly string[], max: number, total = items.length): string {
  const shown = items.slice(0, max).join(", ");
  return total > max ? `${shown} and ${total - max} more` : shown;
}

/** After the command ran (directory mode): remember what it created, so it never counts as code. */
export async function rememberCreated(key: CacheKey, cache: RunCache): Promise<void> {
  if (key.code.source !== "directory") return;
  const created = await createdByRun(key.scope, key.code);
  if (created.length) await cache.rememberWritten(key.parts.workingDirectory, created);
}

// ---- explanation ------------------------------------------------------------------------

export interface CacheDifference {
  component: "command" | "working directory" | "params" | "data" | "code" | "lock files" | "outputs";
  /** Short: what differs. */
  summary: string;
  /** Every differing item (file paths, param keys). */
  items: string[];
}

export interface CacheExplanation {
  /** The entry compared with (the matching one on a hit), or null when the cache is empty. */
  nearest: { fingerprint: string; runId: string; finishedAt: string } | null;
  differences: CacheDifference[];
  /** Entries looked at. */
  entries: number;
}

/** The differences between this key and the cache entry whose run record is `record`. */
export function compareWithRecord(key: CacheKey, record: RunRecord): CacheDifference[] {
  const out: CacheDifference[] = [];
  if (record.command !== key.parts.command)
    out.push({
      component: "command",
      summary: `command: ${quote(record.command)} → ${quote(key.parts.command)}`,
      items: [],
    });
  if (record.workingDirectory !== key.parts.workingDirectory)
    out.push({
      component: "working directory",
      summary: `working directory: ${record.workingDirectory} → ${key.parts.workingDirectory}`,
      items: [],
    });
  const params = diffMaps(flatten(record.params), flatten(key.parts.params));
  if (params.length) out.push({ component: "params", summary: `params: ${list(params, 5)}`, items: params });
  const data = diffMaps(
    new Map(record.data.map((d) => [d.path, d.sha256])),
    new Map(key.parts.data.map((d) => [d.path, d.sha256])),
    false,
  );
  if (data.length) out.push({ component: "data", summary: `data: ${list(data, 5)}`, items: data });
  const was = record.fingerprintInputs;
  if (!was) {
    out.push({
      component: "code",
      summary:
        "code and lock files: not listed in that entry's run record (an earlier version of mlops wrote it)",
      items: [],
    });
    return out;
  }
  const code = diffMaps(
    new Map(was.code.files.map((f) => [f.path, f.digest])),
    new Map(key.inputs.code.files.map((f) => [f.path, f.digest])),
    false,
  );
  const sourceChanged = was.code.source !== key.inputs.code.source;
  if (code.length || sourceChanged) {
    const how = sourceChanged ? ` (was ${was.code.source}, now ${key.inputs.code.source})` : "";
    out.push({
      component: "code",
      summary: `code${how}: ${code.length ? list(code, 5) : "same files"}`,
      items: code,
    });
  }
  const locks = diffMaps(
    new Map(was.locks.map((l) => [l.path, l.sha256])),
    new Map(key.inputs.locks.map((l) => [l.path, l.sha256])),
    false,
  );
  if (locks.length)
    out.push({ component: "lock files", summary: `lock files: ${list(locks, 5)}`, items: locks });
  if (canonicalJson(was.outputs) !== canonicalJson(key.inputs.outputs)) {
    out.push({
      component: "outputs",
      summary: `outputs: model ${was.outputs.model ?? "none"} → ${key.inputs.outputs.model ?? "none"}, metrics ${was.outputs.metrics ?? "none"} → ${key.inputs.outputs.metrics ?? "none"}`,
      items: [],
    });
  }
  // The record keeps the command redacted: a value hidden as *** (a secret) can differ unseen.
  if (out.length === 0 && record.fingerprint !== key.fingerprint && key.parts.command.includes("***"))
    out.push({
      component: "command",
      summary: `command: a value shown as *** differs (${quote(key.parts.command)}; values are not stored)`,
      items: [],
    });
  return out;
}

/** Compares the key with every local cache entry and keeps the nearest (fewest differences, then newest). */
export async function explainCache(key: CacheKey, cache: RunCache): Promise<CacheExplanation> {
  const records = await cache.records();
  let best: { record: RunRecord; differences: CacheDifference[] } | null = null;
  for (const record of records) {
    const differences = record.fingerprint === key.fingerprint ? [] : compareWithRecord(key, record);
    if (
      !best ||
      differences.length < best.differences.length ||
      (differences.length === best.differences.length && record.finishedAt > best.record.finishedAt)
    ) {
      best = { record, differences };
    }
  }
  return {
    nearest: best
      ? {
          fingerprint: best.record.fingerprint ?? "",
          runId: best.record.id,
          finishedAt: best.record.finishedAt,
        }
      : null,
    differences: best?.differences ?? [],
    entries: records.length,
  };
}

/** The log's line about a hit or a miss. */
export function explanationLine(key: CacheKey, explanation: CacheExplanation, hit: boolean): string {
  if (hit) {
    return `run cache: hit: command, params, ${plural(key.parts.data.length, "data path")}, ${plural(key.code.files.length, "code file")}, ${plural(key.inputs.locks.length, "lock file")} and outputs are those of run ${explanation.nearest?.runId ?? "(restored from the Actions cache)"}`;
  }
  if (!explanation.nearest)
    return "run cache: miss (no entry in .mlops/cache to compare with); running the command";
  if (explanation.differences.length === 0)
    return `run cache: miss (the entry of run ${explanation.nearest.runId} has this fingerprint but cannot be used); running the command`;
  return `run cache: miss; running the command. Nearest entry (run ${explanation.nearest.runId}, of ${plural(explanation.entries, "entry", "entries")}) differs in ${explanation.differences.map((d) => d.summary).join("; ")}`;
}

/** `mlops train --explain-cache`: every component and every difference, one per line. */
export function explanationReport(key: CacheKey, explanation: CacheExplanation, hit: boolean): string[] {
  const lines = [`fingerprint ${key.fingerprint}`, `  command: ${key.parts.command}`];
  lines.push(`  working directory: ${key.parts.workingDirectory}`);
  lines.push(`  params: ${canonicalJson(key.parts.params)}`);
  for (const d of key.parts.data) lines.push(`  data ${d.path} sha256:${d.sha256}`);
  lines.push(
    `  code (${key.code.source}${key.code.reason ? `: ${key.code.reason}` : ""}): ${plural(key.code.files.length, "file")}`,
  );
  for (const f of key.code.files) lines.push(`    ${f.path} ${f.digest}`);
  for (const w of key.code.written) lines.push(`    left out (the command created it): ${w}`);
  for (const l of key.inputs.locks) lines.push(`  lock file ${l.path} sha256:${l.sha256}`);
  lines.push(
    `  outputs: model ${key.inputs.outputs.model ?? "none"}, metrics ${key.inputs.outputs.metrics ?? "none"}`,
  );
  lines.push(...codeNotes(key));
  if (hit)
    lines.push(`run cache: would hit: the entry of run ${explanation.nearest?.runId} has this fingerprint`);
  else if (!explanation.nearest)
    lines.push("run cache: would miss: no entry in .mlops/cache to compare with");
  else {
    lines.push(
      `run cache: would miss: the nearest entry (run ${explanation.nearest.runId}, fingerprint ${explanation.nearest.fingerprint.slice(0, 12)}) differs in:`,
    );
    for (const d of explanation.differences) {
      lines.push(`  ${d.component}:${d.items.length ? "" : ` ${d.summary}`}`);
      for (const item of d.items) lines.push(`    ${item}`);
    }
  }
  return lines;
}

function quote(s: string): string {
  return JSON.stringify(s.length > 80 ? s.slice(0, 79) + "…" : s);
}

function flatten(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, canonicalJson(value));
  return out;
}

/** "x changed", "y added", "z removed" (with values when `values`). */
function diffMaps(before: Map<string, string>, after: Map<string, string>, values = true): string[] {
  const out: string[] = [];
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const k of keys) {
    const a = before.get(k);
    const b = after.get(k);
    if (a === b) continue;
    if (a === undefined) out.push(values ? `${k} added (${b})` : `${k} added`);
    else if (b === undefined) out.push(values ? `${k} removed (was ${a})` : `${k} removed`);
    else out.push(values ? `${k} ${a} → ${b}` : `${k} changed`);
  }
  return out;
}
