import { promises as fs } from "node:fs";
import type { z } from "zod";
import { ConfigurationError } from "./errors.js";
import { writeFileAtomic } from "./fs-atomic.js";
import { jsonErrorOffset } from "./json-text.js";
import type { DocumentKind, DocumentOf } from "./schemas.js";
import type * as Schemas from "./schemas.js";

export { jsonErrorOffset } from "./json-text.js";

/*
 * Reading and writing the documents that flow between steps (DESIGN §3). Each is JSON with
 * a `kind` and an integer `version` (the document format's version: mlops.run/v1 is kind
 * "mlops.run", version 1). Steps pass paths to them; readers validate and say which field is
 * wrong. The schemas live in schemas.ts, loaded on first use.
 */

export type {
  Anomaly,
  ColumnProfile,
  ColumnType,
  Comparison,
  DataFingerprint,
  DocumentKind,
  DocumentOf,
  DriftResult,
  FileDigest,
  GateRuleResult,
  GateSpec,
  MetricComparison,
  MetricStatus,
  Metrics,
  MlopsConfig,
  ModelArtifact,
  ModelScan,
  ModelVersion,
  MonitoringReport,
  MonitorDrift,
  MonitorMetric,
  MonitorWindow,
  ResidualSummary,
  PipelineStep,
  RunRecord,
  SchemaCheckResult,
  Severity,
  ValidationReport,
} from "./schemas.js";

export const DOCUMENT_KINDS = [
  "mlops.validation",
  "mlops.run",
  "mlops.comparison",
  "mlops.model-version",
  "mlops.monitoring",
] as const;

/** Every zod schema, loaded on demand (see schemas.ts for why). */
export function loadSchemas(): Promise<typeof Schemas> {
  return import("./schemas.js");
}

/**
 * The schema of one document kind, loaded on demand: only its own module, so a step that reads
 * a RunRecord does not construct the Comparison and mlops.yml schemas too.
 */
export async function documentSchema<K extends DocumentKind>(
  kind: K,
): Promise<(typeof Schemas.DOCUMENTS)[K]> {
  type Schema = (typeof Schemas.DOCUMENTS)[K];
  switch (kind) {
    case "mlops.validation":
      return (await import("./schema-validation.js")).ValidationReportSchema as Schema;
    case "mlops.run":
      return (await import("./schema-run.js")).RunRecordSchema as Schema;
    case "mlops.comparison":
      return (await import("./schema-comparison.js")).ComparisonSchema as Schema;
    case "mlops.model-version":
      return (await import("./schema-model-version.js")).ModelVersionSchema as Schema;
    case "mlops.monitoring":
      return (await import("./monitoring.js")).MonitoringReportSchema as Schema;
  }
  return (await loadSchemas()).DOCUMENTS[kind];
}

/** Describes a zod issue as `field 'a.b': expected …, found …`. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = issue.path.length ? `field '${issue.path.map(String).join(".")}'` : "document";
  let found: unknown = input;
  for (const key of issue.path) {
    if (found && typeof found === "object")
      found = (found as Record<PropertyKey, unknown>)[key as PropertyKey];
    else found = undefined;
  }
  const foundText = found === undefined ? "nothing" : (JSON.stringify(found)?.slice(0, 80) ?? String(found));
  return `${where}: ${issue.message} (found ${foundText})`;
}

/** Validates a parsed value against one document schema; throws a ConfigurationError naming the field. */
export async function parseDocument<K extends DocumentKind>(
  kind: K,
  value: unknown,
  source = "document",
): Promise<DocumentOf<K>> {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError(
      `${source}: expected a JSON object of kind '${kind}', found ${typeof value}`,
      {
        code: "document-invalid",
        location: { file: source },
      },
    );
  }
  const actualKind = (value as { kind?: unknown }).kind;
  if (actualKind !== kind) {
    throw new ConfigurationError(
      `${source}: expected a '${kind}' document, found kind ${JSON.stringify(actualKind ?? null)}`,
      { code: "document-kind", location: { file: source } },
    );
  }
  const actualVersion = (value as { version?: unknown }).version;
  if (actualVersion !== 1) {
    throw new ConfigurationError(
      `${source}: '${kind}' version ${JSON.stringify(actualVersion ?? null)} is not supported (this release reads version 1)`,
      { code: "document-version", location: { file: source } },
    );
  }
  const result = (await documentSchema(kind)).safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i: z.core.$ZodIssue) => describeIssue(i, value));
    const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : "";
    throw new ConfigurationError(`${source}: invalid ${kind}/v1 document: ${issues.join("; ")}${more}`, {
      code: "document-invalid",
      location: { file: source },
    });
  }
  return result.data as DocumentOf<K>;
}

/** Converts JSON.parse's "position N" into a line and column. */
export function jsonErrorLocation(
  text: string,
  error: unknown,
): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : "";
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  return textPosition(text, Math.min(pos ? Number(pos[1]) : jsonErrorOffset(text), text.length));
}

/** JSON.parse with an error that names the file, line and column. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const loc = jsonErrorLocation(text, error);
    const where = loc ? ` line ${loc.line} column ${loc.column}` : "";
    throw new ConfigurationError(`${file}${where}: invalid JSON: ${(error as Error).message}`, {
      code: "json-syntax",
      location: { file, ...loc },
    });
  }
}

/**
 * The first key that repeats within one object of a JSON text (which JSON.parse accepted: it keeps
 * the last value silently), with its line and column; null when there is none. Keys compare as
 * parsed, so "a" and "\u0061" are the same key.
 */
export function duplicateJsonKey(text: string): { key: string; line: number; column: number } | null {
  const objects: (Set<string> | null)[] = []; // null for an array
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
      if (expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        const keys = objects[objects.length - 1]!;
        if (keys.has(key)) return { key, ...textPosition(text, i) };
        keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b) {
      objects.push(new Set());
      expectKey = true;
    } else if (c === 0x5b) objects.push(null);
    else if (c === 0x7d || c === 0x5d) {
      objects.pop();
      expectKey = false;
    } else if (c === 0x2c) expectKey = objects[objects.length - 1] instanceof Set;
  }
  return null;
}

/** Line and column (1-based) of a UTF-16 offset in text. */
function textPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new ConfigurationError(`${file}: file not found`, { code: "file-not-found", location: { file } });
    }
    if (code === "EISDIR") {
      throw new ConfigurationError(`${file}: expected a file, found a directory`, {
        code: "is-directory",
        location: { file },
      });
    }
    throw error;
  }
  return parseJson(text, file);
}

export async function readDocument<K extends DocumentKind>(kind: K, file: string): Promise<DocumentOf<K>> {
  return await parseDocument(kind, await readJsonFile(file), file);
}

/** Writes JSON atomically (fs-atomic.ts: temp file, fsync, rename, directory fsync), creating parent directories. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(value, null, 2) + "\n");
}

/** Validates and writes a document; a bug in our own output fails loudly here, not in the next step. */
export async function writeDocument<K extends DocumentKind>(
  kind: K,
  file: string,
  value: DocumentOf<K>,
): Promise<void> {
  const checked = (await documentSchema(kind)).safeParse(value);
  if (!checked.success) {
    throw new Error(
      `internal error: refusing to write an invalid ${kind} document to ${file}: ` +
        checked.error.issues.map((i: z.core.$ZodIssue) => describeIssue(i, value)).join("; "),
    );
  }
  await writeJsonAtomic(file, checked.data);
}

/** JSON Schema (draft 2020-12) for each document, for users' editors and other tools. */
export async function documentJsonSchemas(): Promise<Record<DocumentKind, unknown>> {
  const { z } = await import("zod");
  const { DOCUMENTS } = await loadSchemas();
  const out = {} as Record<DocumentKind, unknown>;
  for (const [kind, schema] of Object.entries(DOCUMENTS) as [DocumentKind, z.ZodType][]) {
    out[kind] = {
      $id: `https://mlops-actions.dev/schemas/${kind}.v1.json`,
      ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }),
    };
  }
  return out;
}
