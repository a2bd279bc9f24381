import {
  checkMetricValue,
  ConfigurationError,
  parseDocument,
  redactCommand,
  type FileDigest,
  type ModelVersion,
  type RunContext,
} from "@mlops/core";
import { contentDigest } from "./content.js";
import {
  checkRequestNames,
  type ModelIndex,
  type PreparedVersion,
  type VersionStorage,
} from "./model-index.js";
import type { RegisterRequest } from "./types.js";

/** The ModelVersion a request describes (number, uri and created are assigned when it is committed). */
export function prepareVersion(
  request: RegisterRequest,
  files: readonly FileDigest[],
  storage: VersionStorage,
  ctx: RunContext | null,
): PreparedVersion {
  const aliases = [...new Set(request.aliases ?? [])];
  const tags = request.tags ?? {};
  checkRequestNames(request.model, aliases, tags);
  const run = request.run ?? null;
  const metrics: Record<string, number> = {};
  for (const [name, value] of Object.entries(request.metrics ?? run?.metrics ?? {})) {
    metrics[name] = checkMetricValue(name, value, "metrics");
  }
  const params = request.params ?? run?.params ?? {};
  if (!params || typeof params !== "object" || Array.isArray(params)) {
    throw new ConfigurationError("params: expected a mapping of names to values", { code: "params-invalid" });
  }
  const sortedFiles = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    aliases,
    storage,
    document: {
      kind: "mlops.model-version",
      version: 1,
      name: request.model,
      created: new Date().toISOString(),
      createdBy: request.createdBy ?? ctx?.actor ?? null,
      metrics,
      params,
      files: sortedFiles,
      // The fingerprint's components (every code file with its digest) stay in the run record:
      // the index keeps the fingerprint, not a file list per version.
      // The command redacted again (a record from an older mlops or written by hand): the
      // registry branch's history keeps it for good.
      run: run && { ...run, command: redactCommand(run.command), fingerprintInputs: undefined },
      lineage: {
        data: request.data ?? run?.data ?? [],
        gitSha: run?.git.sha ?? ctx?.sha ?? null,
        repository: run?.git.repository ?? ctx?.repository ?? null,
        workflowRunId: run?.workflow?.runId ?? ctx?.runId ?? null,
        runAttempt: run?.workflow?.runAttempt ?? ctx?.runAttempt ?? null,
        parentVersion: request.parentVersion ?? null,
      },
      tags: { ...tags },
      idempotencyKey: request.idempotencyKey ?? null,
      contentDigest: contentDigest(sortedFiles, metrics, params as Record<string, unknown>),
      ...(request.scan ? { scan: request.scan } : {}),
    },
  };
}

/**
 * Fills in what depends on the index at commit time: the parent version defaults to what the
 * `production` alias pointed at when this version was registered (the model it would replace).
 */
export function withParent(prepared: PreparedVersion, index: ModelIndex, explicit: boolean): PreparedVersion {
  if (explicit) return prepared;
  const parent = index.aliases.production ?? null;
  return {
    ...prepared,
    document: { ...prepared.document, lineage: { ...prepared.document.lineage, parentVersion: parent } },
  };
}

/** Validates the final document against the schema: a bug in our own output fails here, not later. */
export async function checkVersionDocument(document: ModelVersion): Promise<ModelVersion> {
  return await parseDocument("mlops.model-version", document, `${document.name} version ${document.number}`);
}
