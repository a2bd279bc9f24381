import { z } from "zod";
import { finite, sha256 } from "./schema-primitives.js";

/* Schemas that several documents share (see schemas.ts). */

/** One rule of a gate (a Comparison's metric) or of a monitor rule (a MonitoringReport's window). */
export const GateRuleResultSchema = z.object({
  /** threshold | min_absolute_change | min_relative_change | significance | present | finite */
  rule: z.string(),
  operator: z.string(),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
  passed: z.boolean(),
  message: z.string(),
});
export type GateRuleResult = z.infer<typeof GateRuleResultSchema>;

export const FileDigestSchema = z.object({
  /** Path relative to the artifact root (posix separators). */
  path: z.string().min(1),
  sha256,
  bytes: z.number().int().nonnegative(),
});
export type FileDigest = z.infer<typeof FileDigestSchema>;

export const DataFingerprintSchema = z.object({
  path: z.string(),
  /** sha256 of the file, or of the directory listing (see fingerprintPath). */
  sha256,
  bytes: z.number().int().nonnegative().optional(),
  files: z.number().int().nonnegative().optional(),
});
export type DataFingerprint = z.infer<typeof DataFingerprintSchema>;

export const ParamsSchema = z.record(z.string(), z.unknown());
export const MetricsSchema = z.record(z.string(), finite);
export type Metrics = z.infer<typeof MetricsSchema>;

export const GitInfoSchema = z.object({
  sha: z.string().nullable(),
  ref: z.string().nullable(),
  repository: z.string().nullable(),
  dirty: z.boolean().optional(),
});

export const WorkflowInfoSchema = z.object({
  runId: z.string().nullable(),
  runAttempt: z.number().int().nullable(),
  job: z.string().nullable(),
  workflow: z.string().nullable(),
  eventName: z.string().nullable(),
  actor: z.string().nullable(),
  serverUrl: z.string().nullable(),
});

/** What @mlops/scan found in a version's files (its summarizeScan digest), when the step scanned them. */
export const ModelScanSchema = z.object({
  verdict: z.enum(["safe", "warn", "dangerous", "error"]),
  /** Files scanned. */
  files: z.number().int().nonnegative(),
  /** Every distinct global a loader would import, worst first. */
  globals: z.array(
    z.object({ module: z.string(), name: z.string(), severity: z.enum(["safe", "unknown", "dangerous"]) }),
  ),
  /** Non-safe findings, worst first, capped (omittedFindings counts the rest). */
  findings: z.array(
    z.object({
      severity: z.enum(["dangerous", "warn", "error"]),
      message: z.string(),
      file: z.string(),
      entry: z.string().optional(),
      offset: z.number().int().nonnegative().optional(),
    }),
  ),
  omittedFindings: z.number().int().nonnegative(),
});
export type ModelScan = z.infer<typeof ModelScanSchema>;

/**
 * Where an artifact store keeps a version's files, when the store names them by something a user
 * can pull with another tool: for `oci`, the pushed manifest (`reference` is
 * `host/repository:<model>-v<n>`, `digest` the manifest's `sha256:…`).
 */
export const ModelArtifactSchema = z.object({
  /** The artifact store's name, as in mlops.yml's `registry.artifacts` (e.g. "oci"). */
  store: z.string(),
  reference: z.string(),
  digest: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  mediaType: z.string().optional(),
});
export type ModelArtifact = z.infer<typeof ModelArtifactSchema>;

/**
 * A regression model's errors on the evaluation rows: residual = prediction − label.
 * `quantiles` are residual quantiles at p = 0.05, 0.25, 0.5, 0.75, 0.95 (linear interpolation,
 * numpy's default), in that order.
 */
export const ResidualSummarySchema = z.object({
  rows: z.number().int().nonnegative(),
  mae: z.number(),
  rmse: z.number(),
  /** Mean residual (prediction − label): > 0 means the model over-predicts on average. */
  bias: z.number(),
  quantiles: z.array(z.object({ p: z.number().gt(0).lt(1), value: z.number() })),
});
export type ResidualSummary = z.infer<typeof ResidualSummarySchema>;
