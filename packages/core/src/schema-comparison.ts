import { z } from "zod";
import {
  GateRuleResultSchema,
  ModelArtifactSchema,
  ModelScanSchema,
  ParamsSchema,
  ResidualSummarySchema,
} from "./schema-common.js";
import { isoDate } from "./schema-primitives.js";

// Comparison (mlops.comparison/v1)

export const MetricStatusSchema = z.enum(["pass", "fail", "warn", "new", "missing", "info"]);
export type MetricStatus = z.infer<typeof MetricStatusSchema>;

export const IntervalSchema = z.tuple([z.number(), z.number()]);

export { GateRuleResultSchema, type GateRuleResult } from "./schema-common.js";

export const MetricComparisonSchema = z.object({
  name: z.string(),
  slice: z.object({ column: z.string(), value: z.string() }).nullable().default(null),
  candidate: z.number().nullable(),
  baseline: z.number().nullable(),
  delta: z.number().nullable(),
  relativeDelta: z.number().nullable(),
  greaterIsBetter: z.boolean().nullable(),
  interval: z
    .object({
      level: z.number().gt(0).lt(1),
      method: z.string(),
      candidate: IntervalSchema.nullable(),
      baseline: IntervalSchema.nullable(),
      delta: IntervalSchema.nullable(),
    })
    .nullable()
    .default(null),
  test: z
    .object({ name: z.string(), statistic: z.number().nullable(), pValue: z.number() })
    .nullable()
    .default(null),
  gate: z
    .object({
      threshold: z.number().nullable(),
      minAbsoluteChange: z.number().nullable(),
      minRelativeChange: z.number().nullable(),
      significance: z.number().nullable(),
      rules: z.array(GateRuleResultSchema),
    })
    .nullable(),
  status: MetricStatusSchema,
  /**
   * Where the baseline number comes from: `same-rows` when it was computed from the baseline's
   * predictions on the evaluation rows (like-for-like), `registered` when it is the value the
   * baseline was registered with, measured on other rows (not like-for-like; e.g. train_rows).
   * Absent in Comparisons written before it existed and when there is no baseline.
   */
  baselineSource: z.enum(["same-rows", "registered"]).optional(),
});
export type MetricComparison = z.infer<typeof MetricComparisonSchema>;

/**
 * On which rows the two models were compared. `pairedOn: "same-rows"` when both were scored on
 * the evaluation set (re-scored with the predict command, or given as predictions joined by id);
 * `"registered-metrics"` when the baseline's numbers are the ones it was registered with,
 * measured on other rows: not like-for-like, and `note` says so.
 */
export const EvaluationSetSchema = z.object({
  pairedOn: z.enum(["same-rows", "registered-metrics", "candidate-only"]),
  /** The evaluation rows' file(s) as given, and the sha256 of the rows scored. */
  dataset: z
    .object({
      source: z.string(),
      fingerprint: z.string(),
      rows: z.number().int().nonnegative(),
    })
    .nullable(),
  candidate: z.object({
    /** training (its own predictions file), predict (scored here), metrics (numbers only). */
    source: z.enum(["training", "predict", "metrics"]),
    rows: z.number().int().nonnegative().nullable(),
  }),
  baseline: z
    .object({
      /** predict (scored here), cache (scored by an earlier run), file, registered-metrics. */
      source: z.enum(["predict", "cache", "file", "registered-metrics"]),
      rows: z.number().int().nonnegative().nullable(),
      predictCommand: z.string().nullable(),
    })
    .nullable(),
  note: z.string(),
});
export type EvaluationSet = z.infer<typeof EvaluationSetSchema>;

export const ComparisonSchema = z.object({
  kind: z.literal("mlops.comparison"),
  version: z.literal(1),
  created: isoDate,
  model: z.string(),
  candidate: z.object({
    source: z.string().nullable(),
    runId: z.string().nullable(),
    gitSha: z.string().nullable(),
    params: ParamsSchema.optional(),
  }),
  baseline: z
    .object({
      source: z.string().nullable(),
      version: z.number().int().positive().nullable(),
      alias: z.string().nullable(),
      runId: z.string().nullable(),
      gitSha: z.string().nullable(),
      params: ParamsSchema.optional(),
      /** The registered version's artifact (e.g. its OCI manifest digest), when its store names one. */
      artifact: ModelArtifactSchema.optional(),
    })
    .nullable(),
  verdict: z.enum(["pass", "fail", "no-baseline"]),
  passed: z.boolean(),
  reasons: z.array(z.string()),
  metrics: z.array(MetricComparisonSchema),
  predictions: z
    .object({
      rows: z.number().int().nonnegative(),
      resamples: z.number().int().nonnegative(),
      seed: z.number().int(),
      confusionMatrix: z.unknown().optional(),
      /** Regression: each side's errors on the evaluation rows (baseline null when not paired). */
      residuals: z
        .object({ candidate: ResidualSummarySchema, baseline: ResidualSummarySchema.nullable() })
        .optional(),
    })
    .nullable()
    .default(null),
  /** Which rows each side was measured on (absent in Comparisons written before it existed). */
  evaluation: EvaluationSetSchema.nullable().optional(),
  /**
   * The model scans evaluate ran before loading each side's files (@mlops/scan's summary); null
   * for a side that has no model files here or was not scanned (model-scan: off).
   */
  scan: z.object({ candidate: ModelScanSchema.nullable(), baseline: ModelScanSchema.nullable() }).optional(),
});
export type Comparison = z.infer<typeof ComparisonSchema>;
