import { z } from "zod";
import { DataFingerprintSchema } from "./schema-common.js";
import { isoDate, sha256 } from "./schema-primitives.js";

// ValidationReport (mlops.validation/v1)

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const RowSampleSchema = z.object({
  file: z.string().optional(),
  line: z.number().int().optional(),
  row: z.number().int().optional(),
  value: z.unknown(),
});

export const SchemaCheckResultSchema = z.object({
  check: z.string(),
  column: z.string().nullable(),
  severity: SeveritySchema,
  passed: z.boolean(),
  expected: z.string(),
  observed: z.string().optional(),
  failures: z.number().int().nonnegative(),
  checked: z.number().int().nonnegative(),
  mostly: z.number().min(0).max(1).optional(),
  samples: z.array(RowSampleSchema).default([]),
});
export type SchemaCheckResult = z.infer<typeof SchemaCheckResultSchema>;

export const ColumnTypeSchema = z.enum(["integer", "number", "boolean", "string", "categorical", "datetime"]);
export type ColumnType = z.infer<typeof ColumnTypeSchema>;

export const ColumnProfileSchema = z.object({
  type: ColumnTypeSchema,
  count: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
  min: z.union([z.number(), z.string()]).nullable().optional(),
  max: z.union([z.number(), z.string()]).nullable().optional(),
  mean: z.number().nullable().optional(),
  std: z.number().nullable().optional(),
  quantiles: z.record(z.string(), z.number()).optional(),
  distinct: z.number().nonnegative().optional(),
  top: z.array(z.object({ value: z.string(), count: z.number().int().nonnegative() })).optional(),
  histogram: z
    .object({ edges: z.array(z.number()), counts: z.array(z.number().int().nonnegative()) })
    .optional(),
  /** Serialised mergeable sketches (moments, quantile, distinct, frequencies) for reuse as a reference. */
  sketches: z.record(z.string(), z.unknown()).optional(),
});
export type ColumnProfile = z.infer<typeof ColumnProfileSchema>;

export const DriftResultSchema = z.object({
  column: z.string(),
  type: ColumnTypeSchema,
  test: z.enum(["ks", "chi-square", "z", "wasserstein", "jensen-shannon", "psi"]),
  statistic: z.number(),
  pValue: z.number().nullable().optional(),
  threshold: z.number(),
  /** How statistic (or p-value) is compared with threshold to call drift, e.g. "p_value < 0.05". */
  operator: z.enum(["<", "<=", ">", ">="]),
  comparedValue: z.enum(["statistic", "p_value"]),
  drifted: z.boolean(),
  psi: z.number().nullable().optional(),
});
export type DriftResult = z.infer<typeof DriftResultSchema>;

export const AnomalySchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  column: z.string().optional(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  count: z.number().int().nonnegative().optional(),
});
export type Anomaly = z.infer<typeof AnomalySchema>;

export const ValidationReportSchema = z.object({
  kind: z.literal("mlops.validation"),
  version: z.literal(1),
  created: isoDate,
  dataset: z.object({
    format: z.string(),
    files: z.array(DataFingerprintSchema),
    fingerprint: sha256,
    rows: z.number().int().nonnegative(),
    columns: z.array(z.string()),
  }),
  schema: z
    .object({
      source: z.string().nullable(),
      passed: z.boolean(),
      checks: z.array(SchemaCheckResultSchema),
    })
    .nullable(),
  profile: z.record(z.string(), ColumnProfileSchema),
  drift: z
    .object({
      reference: z.object({
        kind: z.enum(["data", "profile"]),
        source: z.string(),
        fingerprint: z.string().nullable(),
        rows: z.number().int().nonnegative(),
      }),
      datasetDrift: z.boolean(),
      driftedShare: z.number().min(0).max(1),
      shareThreshold: z.number().min(0).max(1),
      columns: z.array(DriftResultSchema),
    })
    .nullable(),
  anomalies: z.array(AnomalySchema),
  passed: z.boolean(),
});
export type ValidationReport = z.infer<typeof ValidationReportSchema>;
