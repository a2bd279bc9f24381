import {
  checkAlias,
  checkModelName,
  ConfigurationError,
  type FileDigest,
  type ModelVersion,
} from "@mlops/core";
import type { AliasChange, HistoryEntry, ModelSummary } from "./types.js";

/*
 * The per-model index every IndexStore keeps (local: <root>/<model>/index.json; GitHub:
 * models/<model>/index.json on the registry branch) and the pure operations on it. The registry
 * core (indexed-registry.ts) reads an index, applies one operation, and the store writes it back
 * under its concurrency control (a lock, or a compare-and-swap ref update); everything that
 * decides *what* happens lives here, once.
 */

export const INDEX_KIND = "mlops.registry-index";

/**
 * Where a version's files are: a record the ArtifactStore named by `backend` writes and reads
 * (`local`: the registry directory, `github`: release assets; see ports.ts). The core only
 * reads `layout`.
 */
export interface VersionStorage {
  backend: string;
  layout: "file" | "directory";
  [field: string]: unknown;
}

export interface IndexEntry {
  /** The ModelVersion document as registered; `aliases` is filled in from the index on read. */
  document: ModelVersion;
  storage: VersionStorage;
}

export interface ModelIndex {
  kind: typeof INDEX_KIND;
  version: 1;
  model: string;
  /** Versions 1..n in order; entry i is version i+1. Never shortened, never renumbered. */
  versions: IndexEntry[];
  aliases: Record<string, number>;
  updated: string;
}

export function emptyIndex(model: string): ModelIndex {
  return {
    kind: INDEX_KIND,
    version: 1,
    model,
    versions: [],
    aliases: {},
    updated: new Date(0).toISOString(),
  };
}

/** Checks an index read from storage: the shape, and the invariants every writer keeps. */
export function checkIndex(value: unknown, model: string, source: string): ModelIndex {
  const bad = (what: string): never => {
    throw new ConfigurationError(
      `${source}: the registry index is damaged: ${what}. Restore it from the audit log or history before writing again.`,
      { code: "registry-index-invalid", location: { file: source } },
    );
  };
  if (!value || typeof value !== "object") bad("not a JSON object");
  const index = value as ModelIndex;
  if (index.kind !== INDEX_KIND || index.version !== 1) bad(`expected kind ${INDEX_KIND} version 1`);
  if (index.model !== model) bad(`it belongs to model ${JSON.stringify(index.model)}`);
  if (!Array.isArray(index.versions)) bad("'versions' is not a list");
  if (!index.aliases || typeof index.aliases !== "object") bad("'aliases' is not a mapping");
  index.versions.forEach((entry, i) => {
    if (entry?.document?.number !== i + 1)
      bad(`entry ${i + 1} has version ${String(entry?.document?.number)}`);
    if (!Array.isArray(entry.document.files)) bad(`version ${i + 1} lists no files`);
  });
  for (const [alias, n] of Object.entries(index.aliases)) {
    if (!Number.isInteger(n) || n < 1 || n > index.versions.length)
      bad(`alias ${alias} points at version ${String(n)}, which does not exist`);
  }
  return index;
}

/** Whether a stored name (a directory, a tree entry) is a valid model name; others are skipped. */
export function isModelName(name: string): boolean {
  try {
    checkModelName(name);
    return !name.startsWith(".");
  } catch {
    return false;
  }
}

export function aliasesOf(index: ModelIndex, version: number): string[] {
  return Object.entries(index.aliases)
    .filter(([, n]) => n === version)
    .map(([a]) => a)
    .sort();
}

/** The document of one version with its current aliases. */
export function documentOf(index: ModelIndex, version: number): ModelVersion {
  const entry = index.versions[version - 1];
  if (!entry) throw missingVersion(index, version);
  return { ...entry.document, aliases: aliasesOf(index, version) };
}

export function summaryOf(index: ModelIndex): ModelSummary {
  return {
    name: index.model,
    latest: index.versions.length,
    versions: index.versions.length,
    aliases: { ...index.aliases },
  };
}

function describeVersions(index: ModelIndex): string {
  const n = index.versions.length;
  if (n === 0) return "it has no versions yet";
  return n === 1 ? "it has version 1" : `it has versions 1..${n}`;
}

function describeAliases(index: ModelIndex): string {
  const entries = Object.entries(index.aliases);
  if (!entries.length) return "no aliases";
  return `aliases ${entries.map(([a, n]) => `${a} → v${n}`).join(", ")}`;
}

export function missingVersion(index: ModelIndex, version: number): ConfigurationError {
  return new ConfigurationError(
    `model ${index.model} has no version ${version}: ${describeVersions(index)} (${describeAliases(index)})`,
    { code: "version-not-found" },
  );
}

export function missingModel(model: string, existing: readonly string[]): ConfigurationError {
  const list = existing.length
    ? `models in the registry: ${existing.slice(0, 20).join(", ")}${existing.length > 20 ? ` (and ${existing.length - 20} more)` : ""}`
    : "the registry has no models yet";
  return new ConfigurationError(`model ${model} is not in the registry; ${list}`, {
    code: "model-not-found",
  });
}

/**
 * Parses a version reference: 3, "3", "v3", "latest", or an alias. Returns the version number,
 * or null for a missing alias (the caller decides whether that is an error).
 */
export function resolveRef(index: ModelIndex, ref: string | number): number | null {
  if (typeof ref === "number" || /^v?\d+$/.test(String(ref).trim())) {
    const n = typeof ref === "number" ? ref : Number(String(ref).trim().replace(/^v/, ""));
    if (!Number.isSafeInteger(n) || n < 1) {
      throw new ConfigurationError(`version ${JSON.stringify(ref)} is not valid: versions are 1, 2, 3…`, {
        code: "version-invalid",
      });
    }
    if (n > index.versions.length) throw missingVersion(index, n);
    return n;
  }
  const text = String(ref).trim();
  if (text === "latest") return index.versions.length || null;
  checkAlias(text);
  return index.aliases[text] ?? null;
}

export function missingAlias(index: ModelIndex, alias: string): ConfigurationError {
  return new ConfigurationError(
    `model ${index.model} has no alias ${alias}: ${describeAliases(index)}; ${describeVersions(index)}`,
    { code: "alias-not-found" },
  );
}

/** Every version of a model, oldest first, each with its current aliases. */
export function versionsOf(index: ModelIndex): ModelVersion[] {
  return index.versions.map((_, i) => documentOf(index, i + 1));
}

/**
 * Registry.resolve over an index both backends read their own way (null: no such model). An
 * unknown model names the models there are (`modelNames`, asked only then); `optional` answers
 * null instead of throwing.
 */
export async function resolveIn(
  index: ModelIndex | null,
  model: string,
  ref: string | number,
  optional: boolean,
  modelNames: () => Promise<string[]>,
): Promise<ModelVersion | null> {
  if (!index || !index.versions.length) {
    if (optional) return null;
    throw missingModel(model, await modelNames());
  }
  const n = resolveRef(index, ref);
  if (n === null) {
    if (optional) return null;
    throw missingAlias(index, String(ref));
  }
  return documentOf(index, n);
}

/** What the registration would add; its content digest decides idempotency. */
export interface PreparedVersion {
  document: Omit<ModelVersion, "number" | "uri" | "aliases">;
  storage: VersionStorage;
  aliases: string[];
}

export type RegisterOutcome =
  | { created: false; version: number }
  | { created: true; version: number; index: ModelIndex; entry: IndexEntry };

/** The existing version for this idempotency key, or null; a key reused with other content is an error. */
export function findIdempotent(index: ModelIndex, key: string | null, contentDigest: string): number | null {
  if (!key) return null;
  const entry = index.versions.find((e) => e.document.idempotencyKey === key);
  if (!entry) return null;
  if (entry.document.contentDigest !== contentDigest) {
    throw new ConfigurationError(
      `registration key ${JSON.stringify(key)} already registered ${index.model} version ${entry.document.number} ` +
        `with different content (digest ${entry.document.contentDigest.slice(0, 12)}…, this one ${contentDigest.slice(0, 12)}…): ` +
        `a re-run must register the same files, metrics and params; use a new run or another job to register a new version`,
      { code: "idempotency-conflict" },
    );
  }
  return entry.document.number;
}

/** Appends the next version (gapless: always versions.length + 1) and points its aliases at it. */
export function applyRegister(
  index: ModelIndex,
  prepared: PreparedVersion,
  uri: (n: number) => string,
  now = new Date(),
): RegisterOutcome {
  const existing = findIdempotent(index, prepared.document.idempotencyKey, prepared.document.contentDigest);
  if (existing !== null) return { created: false, version: existing };
  const number = index.versions.length + 1;
  const document: ModelVersion = {
    ...prepared.document,
    number,
    uri: uri(number),
    aliases: [],
    created: now.toISOString(),
  } as ModelVersion;
  if (document.lineage.parentVersion !== null && document.lineage.parentVersion >= number) {
    document.lineage = { ...document.lineage, parentVersion: null };
  }
  const entry: IndexEntry = { document, storage: prepared.storage };
  const aliases = { ...index.aliases };
  for (const alias of prepared.aliases) aliases[checkAlias(alias)] = number;
  return {
    created: true,
    version: number,
    entry,
    index: { ...index, versions: [...index.versions, entry], aliases, updated: now.toISOString() },
  };
}

/** Moves (version set) or removes (version null) an alias; `expected` makes it a compare-and-swap. */
export function applyAlias(
  index: ModelIndex,
  alias: string,
  version: number | null,
  options: { expected?: number | null } = {},
  now = new Date(),
): { index: ModelIndex; change: AliasChange } {
  checkAlias(alias);
  const previous = index.aliases[alias] ?? null;
  if (options.expected !== undefined && options.expected !== previous) {
    throw new ConfigurationError(
      `alias ${alias} of ${index.model} points at ${previous === null ? "nothing" : `version ${previous}`}, ` +
        `not ${options.expected === null ? "nothing" : `version ${options.expected}`} as expected: ` +
        `another change moved it first; re-read the registry and decide again`,
      { code: "alias-conflict" },
    );
  }
  if (version !== null && (version < 1 || version > index.versions.length || !Number.isInteger(version))) {
    throw missingVersion(index, version);
  }
  if (version === null && previous === null) throw missingAlias(index, alias);
  const aliases = { ...index.aliases };
  if (version === null) delete aliases[alias];
  else aliases[alias] = version;
  return {
    index: { ...index, aliases, updated: now.toISOString() },
    change: { model: index.model, alias, previous, current: version },
  };
}

export function historyEntry(
  fields: Omit<HistoryEntry, "at" | "actor" | "source"> & { actor?: string | null; source?: string | null },
  now = new Date(),
): HistoryEntry {
  return { ...fields, at: now.toISOString(), actor: fields.actor ?? null, source: fields.source ?? null };
}

/** Checks the model name and every alias and tag of a request before anything is written. */
export function checkRequestNames(
  model: string,
  aliases: readonly string[],
  tags: Record<string, string>,
): void {
  checkModelName(model);
  for (const alias of aliases) checkAlias(alias);
  for (const [key, value] of Object.entries(tags)) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(key)) {
      throw new ConfigurationError(
        `tag name ${JSON.stringify(key)} is not valid: use 1–100 letters, digits, '.', '_', '/' or '-'`,
        { code: "tag-invalid" },
      );
    }
    if (typeof value !== "string" || value.length > 1000 || /[\u0000-\u001f]/.test(value)) {
      throw new ConfigurationError(`tag ${key}: expected a single-line string of at most 1000 characters`, {
        code: "tag-invalid",
      });
    }
  }
}

export type { FileDigest };
