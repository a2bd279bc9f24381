import { z } from "zod";
import { MODEL_NAME_PATTERN } from "./names.js";
import {
  DataFingerprintSchema,
  FileDigestSchema,
  MetricsSchema,
  ModelArtifactSchema,
  ModelScanSchema,
  ParamsSchema,
} from "./schema-common.js";
import { isoDate, sha256 } from "./schema-primitives.js";
import { RunRecordSchema } from "./schema-run.js";

// ModelVersion (mlops.model-version/v1)

export const ModelVersionSchema = z.object({
  kind: z.literal("mlops.model-version"),
  version: z.literal(1),
  name: z.string().regex(MODEL_NAME_PATTERN),
  /** The model version: 1, 2, 3… per model, gapless, never reused. */
  number: z.number().int().positive(),
  uri: z.string(),
  created: isoDate,
  createdBy: z.string().nullable(),
  aliases: z.array(z.string()),
  metrics: MetricsSchema,
  params: ParamsSchema,
  files: z.array(FileDigestSchema),
  run: RunRecordSchema.nullable(),
  lineage: z.object({
    data: z.array(DataFingerprintSchema),
    gitSha: z.string().nullable(),
    repository: z.string().nullable(),
    workflowRunId: z.string().nullable(),
    runAttempt: z.number().int().nullable(),
    parentVersion: z.number().int().positive().nullable(),
  }),
  tags: z.record(z.string(), z.string()),
  idempotencyKey: z.string().nullable(),
  /** sha256 over the sorted file digests, metrics and params: what "the same content" means. */
  contentDigest: sha256,
  /** The model scan at registration (absent for versions registered before scanning, or with model-scan: off). */
  scan: ModelScanSchema.optional(),
  /** Where the artifact store put the files, when it names them (OCI: manifest reference and digest). */
  artifact: ModelArtifactSchema.optional(),
});
export type ModelVersion = z.infer<typeof ModelVersionSchema>;
