import { z } from "zod";
import { MODEL_NAME_PATTERN } from "./names.js";
import "./schema-primitives.js";

// mlops.yml

const stringOrList = z.union([z.string(), z.array(z.string())]);
const scalar = z.union([z.string(), z.number(), z.boolean()]);
// The field types most keys have, one instance each: a zod schema is immutable, so fields can
// share one, and constructing one per field (~200) was most of the cost of reading mlops.yml.
const optionalString = z.string().optional();
const optionalBoolean = z.boolean().optional();
const optionalNumber = z.number().optional();
const optionalPositive = z.number().positive().optional();
const optionalNonNegative = z.number().nonnegative().optional();
const optionalFraction = z.number().gt(0).lt(1).optional();
const optionalCount = z.number().int().nonnegative().optional();
const optionalPositiveInt = z.number().int().positive().optional();
const optionalStringOrList = stringOrList.optional();
const optionalModelScan = z.enum(["fail", "warn", "off"]).optional();
const optionalTask = z.enum(["auto", "binary", "multiclass", "regression"]).optional();
const optionalScalar = scalar.optional();

export const GateSpecSchema = z
  .object({
    threshold: optionalNumber,
    min_absolute_change: optionalNumber,
    min_relative_change: optionalNumber,
    greater_is_better: optionalBoolean,
    significance: optionalFraction,
    slices: optionalBoolean,
  })
  .strict();
export type GateSpec = z.infer<typeof GateSpecSchema>;

export const ValidateConfigSchema = z
  .object({
    data: optionalStringOrList,
    format: z.enum(["auto", "csv", "tsv", "jsonl", "parquet"]).optional(),
    delimiter: optionalString,
    schema: optionalString,
    "write-schema": optionalString,
    reference: optionalString,
    "fail-on": z.enum(["error", "warning", "drift", "never"]).optional(),
    report: optionalString,
    drift: z.record(z.string(), z.record(z.string(), scalar)).optional(),
  })
  .strict();

export const TrainConfigSchema = z
  .object({
    command: optionalString,
    "working-directory": optionalString,
    params: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
    "metrics-file": optionalString,
    "model-path": optionalString,
    data: optionalStringOrList,
    /** The training code (paths and globs relative to working-directory) the run cache hashes. */
    code: optionalStringOrList,
    cache: optionalBoolean,
    "artifact-name": optionalString,
    "timeout-minutes": optionalPositive,
  })
  .strict();

/**
 * `predict:`: the command that scores a model on rows (the baseline, and the candidate when it
 * has no predictions of its own). It runs like train's command (bash, clean environment,
 * timeout, process-group kill) with MODEL_PATH, EVAL_DATA and PREDICTIONS set.
 */
export const PredictConfigSchema = z
  .object({
    command: optionalString,
    "working-directory": optionalString,
    "timeout-minutes": optionalPositive,
    /** Format of the predictions file the command writes (its extension follows). Default csv. */
    format: z.enum(["csv", "tsv", "jsonl", "parquet"]).optional(),
  })
  .strict();

export const EvaluateConfigSchema = z
  .object({
    baseline: z.union([z.string(), z.number().int().positive()]).optional(),
    /** Evaluation rows for predict (file, directory or glob): e.g. a frozen golden set. */
    dataset: optionalStringOrList,
    /** Which rows are scored: the candidate's own prediction rows (by id), or all of dataset. */
    "evaluation-rows": z.enum(["candidate", "dataset"]).optional(),
    /** The candidate model (file or directory), scored with predict when it has no predictions. */
    "candidate-model": optionalString,
    "predict-command": optionalString,
    gates: z.union([z.string(), z.record(z.string(), GateSpecSchema)]).optional(),
    "candidate-predictions": optionalString,
    "baseline-predictions": optionalString,
    significance: optionalFraction,
    "bootstrap-resamples": optionalCount,
    "label-column": optionalString,
    "prediction-column": optionalString,
    "score-column": optionalString,
    "id-column": optionalString,
    slices: optionalStringOrList,
    task: optionalTask,
    "positive-label": optionalScalar,
    "decision-threshold": optionalNumber,
    seed: optionalCount,
    "confidence-level": optionalFraction,
    "comparison-file": optionalString,
    "fail-on-gate": optionalBoolean,
    "candidate-metrics": optionalString,
    /** Scan each side's model files before the predict command loads them (default fail). */
    "model-scan": optionalModelScan,
  })
  .strict();

export const RegisterConfigSchema = z
  .object({
    aliases: optionalStringOrList,
    tags: z.union([z.string(), z.record(z.string(), scalar)]).optional(),
    "model-scan": optionalModelScan,
  })
  .strict();

export const DeployConfigSchema = z
  .object({
    environment: optionalString,
    alias: optionalString,
    target: z.enum(["command", "http", "directory"]).optional(),
    command: optionalString,
    url: optionalString,
    directory: optionalString,
    "health-check-command": optionalString,
    "health-check-url": optionalString,
    "health-check-count": optionalPositiveInt,
    "health-check-interval-seconds": optionalNonNegative,
    "health-check-timeout-seconds": optionalPositive,
    "health-check-initial-delay-seconds": optionalNonNegative,
    "health-check-failure-limit": optionalCount,
    "health-check-consecutive-error-limit": optionalCount,
    rollback: optionalBoolean,
    "environment-alias": optionalString,
    "environment-url": optionalString,
    "production-environment": optionalBoolean,
    "transient-environment": optionalBoolean,
    "pass-token": optionalBoolean,
    "timeout-seconds": optionalPositive,
    "http-retries": optionalCount,
    "http-headers": optionalString,
    "keep-versions": z.number().int().min(2).optional(),
    "model-scan": optionalModelScan,
  })
  .strict();

export const ReportConfigSchema = z
  .object({
    comment: optionalBoolean,
    summary: optionalBoolean,
    check: optionalBoolean,
    history: optionalCount,
  })
  .strict();

/**
 * `monitor:`: monitor-model's defaults (the action's input names) and its rules: `rules` are
 * gates (threshold, min_absolute_change against the version's registered value, …) applied to
 * each window; a window counts once it has min_labelled_rows labelled rows; the model is
 * degraded when consecutive_windows counting windows in a row fail.
 */
export const MonitorConfigSchema = z
  .object({
    predictions: optionalStringOrList,
    labels: optionalStringOrList,
    "id-column": optionalString,
    "timestamp-column": optionalString,
    "version-column": optionalString,
    "prediction-column": optionalString,
    "score-column": optionalString,
    "label-column": optionalString,
    window: z.union([z.enum(["day", "week", "month"]), z.number().int().positive()]).optional(),
    task: optionalTask,
    "positive-label": optionalScalar,
    rules: z.union([z.string(), z.record(z.string(), GateSpecSchema)]).optional(),
    min_labelled_rows: optionalCount,
    consecutive_windows: optionalPositiveInt,
    reference: optionalString,
    "holdout-predictions": optionalString,
    "bootstrap-resamples": optionalCount,
    "confidence-level": optionalFraction,
    seed: optionalCount,
    "report-file": optionalString,
    "summary-markdown-file": optionalString,
  })
  .strict();

export const PIPELINE_STEPS = ["validate", "train", "evaluate", "register", "deploy", "report"] as const;
export type PipelineStep = (typeof PIPELINE_STEPS)[number];

export const MlopsConfigSchema = z
  .object({
    version: z.literal(1).default(1),
    model: z
      .string()
      .regex(MODEL_NAME_PATTERN, "expected a model name: letters, digits, '.', '_' or '-', at most 100")
      .optional(),
    registry: z
      .object({
        backend: z.enum(["auto", "local", "github"]).optional(),
        path: optionalString,
        /** Where new versions' files go: directory, release-assets or oci (default by backend). */
        artifacts: z.enum(["directory", "release-assets", "oci"]).optional(),
        /** The OCI repository of `artifacts: oci`, host/name, e.g. ghcr.io/owner/models. */
        oci: optionalString,
      })
      .strict()
      .optional(),
    pipeline: z.array(z.enum(PIPELINE_STEPS)).optional(),
    validate: ValidateConfigSchema.optional(),
    train: TrainConfigSchema.optional(),
    predict: PredictConfigSchema.optional(),
    evaluate: EvaluateConfigSchema.optional(),
    register: RegisterConfigSchema.optional(),
    deploy: DeployConfigSchema.optional(),
    report: ReportConfigSchema.optional(),
    monitor: MonitorConfigSchema.optional(),
  })
  .strict();
export type MlopsConfig = z.infer<typeof MlopsConfigSchema>;
