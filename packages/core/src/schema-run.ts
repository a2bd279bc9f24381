import { z } from "zod";
import {
  DataFingerprintSchema,
  FileDigestSchema,
  GitInfoSchema,
  MetricsSchema,
  ParamsSchema,
  WorkflowInfoSchema,
} from "./schema-common.js";
import { isoDate, sha256 } from "./schema-primitives.js";

// RunRecord (mlops.run/v1)

export const RunStatusSchema = z.enum(["succeeded", "failed", "timed-out", "cached"]);

export const RunRecordSchema = z.object({
  kind: z.literal("mlops.run"),
  version: z.literal(1),
  id: z.string().min(1),
  status: RunStatusSchema,
  startedAt: isoDate,
  finishedAt: isoDate,
  durationMs: z.number().nonnegative(),
  command: z.string(),
  workingDirectory: z.string(),
  exitCode: z.number().int().nullable(),
  git: GitInfoSchema,
  workflow: WorkflowInfoSchema.nullable(),
  params: ParamsSchema,
  metrics: MetricsSchema,
  data: z.array(DataFingerprintSchema),
  model: z.object({ path: z.string(), files: z.array(FileDigestSchema) }).nullable(),
  /** The run-cache key: sha256 over command, params, data, code, lock files and outputs. */
  fingerprint: sha256.nullable(),
  /** What the fingerprint covers besides command, params and data (packages/train README). */
  fingerprintInputs: z
    .object({
      code: z.object({
        /** declared (train.code), git (tracked files) or directory (git cannot say: reason). */
        source: z.enum(["declared", "git", "directory"]),
        reason: z.string().nullable(),
        files: z.array(z.object({ path: z.string(), digest: z.string() })),
        /** directory: what was left out because the command created it in an earlier run. */
        written: z.array(z.string()),
      }),
      locks: z.array(z.object({ path: z.string(), sha256 })),
      outputs: z.object({ model: z.string().nullable(), metrics: z.string().nullable() }),
    })
    .optional(),
  cacheHit: z.boolean(),
  /** On a cache hit: the run that produced the restored model and metrics. */
  restoredFrom: z
    .object({
      id: z.string().min(1),
      startedAt: isoDate,
      finishedAt: isoDate,
      git: GitInfoSchema,
      workflow: WorkflowInfoSchema.nullable(),
    })
    .nullable()
    .optional(),
  resources: z
    .object({
      peakRssBytes: z.number().nonnegative().nullable(),
      cpuUserMs: z.number().nonnegative().nullable(),
      cpuSystemMs: z.number().nonnegative().nullable(),
    })
    .nullable(),
  environment: z.object({
    os: z.string(),
    arch: z.string(),
    node: z.string(),
    runner: z.string().nullable(),
    tools: z.record(z.string(), z.string()),
  }),
});
export type RunRecord = z.infer<typeof RunRecordSchema>;
