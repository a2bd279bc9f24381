import { z } from "zod";
import { MonitoringReportSchema } from "./monitoring.js";
import { MODEL_NAME_PATTERN } from "./names.js";

export {
  MonitoringReportSchema,
  type MonitoringReport,
  type MonitorDrift,
  type MonitorMetric,
  type MonitorWindow,
} from "./monitoring.js";

/*
 * The zod schemas of the documents that flow between steps (DESIGN §3; mlops.monitoring lives in
 * monitoring.ts) and of mlops.yml.
 * This module is imported lazily (await import) by the functions in documents.ts and config.ts:
 * zod costs ~35 ms to load, and a step that fails on a missing input should not pay for it.
 */

const finite = z.number().refine(Number.isFinite, { message: "expected a finite number" });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "expected a lowercase hex sha256");
const isoDate = z.string().datetime({ offset: true });

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

// ---------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------
// Comparison (mlops.comparison/v1)

export const MetricStatusSchema = z.enum(["pass", "fail", "warn", "new", "missing", "info"]);
export type MetricStatus = z.infer<typeof MetricStatusSchema>;

export const IntervalSchema = z.tuple([z.number(), z.number()]);

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

// ---------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------

export const DOCUMENTS = {
  "mlops.validation": ValidationReportSchema,
  "mlops.run": RunRecordSchema,
  "mlops.comparison": ComparisonSchema,
  "mlops.model-version": ModelVersionSchema,
  "mlops.monitoring": MonitoringReportSchema,
} as const;
export type DocumentKind = keyof typeof DOCUMENTS;
export type DocumentOf<K extends DocumentKind> = z.infer<(typeof DOCUMENTS)[K]>;

// ---------------------------------------------------------------------------------------------
// mlops.yml

const stringOrList = z.union([z.string(), z.array(z.string())]);
const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const GateSpecSchema = z
  .object({
    threshold: z.number().optional(),
    min_absolute_change: z.number().optional(),
    min_relative_change: z.number().optional(),
    greater_is_better: z.boolean().optional(),
    significance: z.number().gt(0).lt(1).optional(),
    slices: z.boolean().optional(),
  })
  .strict();
export type GateSpec = z.infer<typeof GateSpecSchema>;

export const ValidateConfigSchema = z
  .object({
    data: stringOrList.optional(),
    format: z.enum(["auto", "csv", "tsv", "jsonl", "parquet"]).optional(),
    delimiter: z.string().optional(),
    schema: z.string().optional(),
    "write-schema": z.string().optional(),
    reference: z.string().optional(),
    "fail-on": z.enum(["error", "warning", "drift", "never"]).optional(),
    report: z.string().optional(),
    drift: z.record(z.string(), z.record(z.string(), scalar)).optional(),
  })
  .strict();

export const TrainConfigSchema = z
  .object({
    command: z.string().optional(),
    "working-directory": z.string().optional(),
    params: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
    "metrics-file": z.string().optional(),
    "model-path": z.string().optional(),
    data: stringOrList.optional(),
    /** The training code (paths and globs relative to working-directory) the run cache hashes. */
    code: stringOrList.optional(),
    cache: z.boolean().optional(),
    "artifact-name": z.string().optional(),
    "timeout-minutes": z.number().positive().optional(),
  })
  .strict();

/**
 * `predict:`: the command that scores a model on rows (the baseline, and the candidate when it
 * has no predictions of its own). It runs like train's command (bash, clean environment,
 * timeout, process-group kill) with MODEL_PATH, EVAL_DATA and PREDICTIONS set.
 */
export const PredictConfigSchema = z
  .object({
    command: z.string().optional(),
    "working-directory": z.string().optional(),
    "timeout-minutes": z.number().positive().optional(),
    /** Format of the predictions file the command writes (its extension follows). Default csv. */
    format: z.enum(["csv", "tsv", "jsonl", "parquet"]).optional(),
  })
  .strict();

export const EvaluateConfigSchema = z
  .object({
    baseline: z.union([z.string(), z.number().int().positive()]).optional(),
    /** Evaluation rows for predict (file, directory or glob): e.g. a frozen golden set. */
    dataset: stringOrList.optional(),
    /** Which rows are scored: the candidate's own prediction rows (by id), or all of dataset. */
    "evaluation-rows": z.enum(["candidate", "dataset"]).optional(),
    /** The candidate model (file or directory), scored with predict when it has no predictions. */
    "candidate-model": z.string().optional(),
    "predict-command": z.string().optional(),
    gates: z.union([z.string(), z.record(z.string(), GateSpecSchema)]).optional(),
    "candidate-predictions": z.string().optional(),
    "baseline-predictions": z.string().optional(),
    significance: z.number().gt(0).lt(1).optional(),
    "bootstrap-resamples": z.number().int().nonnegative().optional(),
    "label-column": z.string().optional(),
    "prediction-column": z.string().optional(),
    "score-column": z.string().optional(),
    "id-column": z.string().optional(),
    slices: stringOrList.optional(),
    task: z.enum(["auto", "binary", "multiclass", "regression"]).optional(),
    "positive-label": z.union([z.string(), z.number(), z.boolean()]).optional(),
    "decision-threshold": z.number().optional(),
    seed: z.number().int().nonnegative().optional(),
    "confidence-level": z.number().gt(0).lt(1).optional(),
    "comparison-file": z.string().optional(),
    "fail-on-gate": z.boolean().optional(),
    "candidate-metrics": z.string().optional(),
    /** Scan each side's model files before the predict command loads them (default fail). */
    "model-scan": z.enum(["fail", "warn", "off"]).optional(),
  })
  .strict();

export const RegisterConfigSchema = z
  .object({
    aliases: stringOrList.optional(),
    tags: z.union([z.string(), z.record(z.string(), scalar)]).optional(),
    "model-scan": z.enum(["fail", "warn", "off"]).optional(),
  })
  .strict();

export const DeployConfigSchema = z
  .object({
    environment: z.string().optional(),
    alias: z.string().optional(),
    target: z.enum(["command", "http", "directory"]).optional(),
    command: z.string().optional(),
    url: z.string().optional(),
    directory: z.string().optional(),
    "health-check-command": z.string().optional(),
    "health-check-url": z.string().optional(),
    "health-check-count": z.number().int().positive().optional(),
    "health-check-interval-seconds": z.number().nonnegative().optional(),
    "health-check-timeout-seconds": z.number().positive().optional(),
    "health-check-initial-delay-seconds": z.number().nonnegative().optional(),
    "health-check-failure-limit": z.number().int().nonnegative().optional(),
    "health-check-consecutive-error-limit": z.number().int().nonnegative().optional(),
    rollback: z.boolean().optional(),
    "environment-alias": z.string().optional(),
    "environment-url": z.string().optional(),
    "production-environment": z.boolean().optional(),
    "transient-environment": z.boolean().optional(),
    "pass-token": z.boolean().optional(),
    "timeout-seconds": z.number().positive().optional(),
    "http-retries": z.number().int().nonnegative().optional(),
    "http-headers": z.string().optional(),
    "keep-versions": z.number().int().min(2).optional(),
    "model-scan": z.enum(["fail", "warn", "off"]).optional(),
  })
  .strict();

export const ReportConfigSchema = z
  .object({
    comment: z.boolean().optional(),
    summary: z.boolean().optional(),
    check: z.boolean().optional(),
    history: z.number().int().nonnegative().optional(),
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
    predictions: stringOrList.optional(),
    labels: stringOrList.optional(),
    "id-column": z.string().optional(),
    "timestamp-column": z.string().optional(),
    "version-column": z.string().optional(),
    "prediction-column": z.string().optional(),
    "score-column": z.string().optional(),
    "label-column": z.string().optional(),
    window: z.union([z.enum(["day", "week", "month"]), z.number().int().positive()]).optional(),
    task: z.enum(["auto", "binary", "multiclass", "regression"]).optional(),
    "positive-label": z.union([z.string(), z.number(), z.boolean()]).optional(),
    rules: z.union([z.string(), z.record(z.string(), GateSpecSchema)]).optional(),
    min_labelled_rows: z.number().int().nonnegative().optional(),
    consecutive_windows: z.number().int().positive().optional(),
    reference: z.string().optional(),
    "holdout-predictions": z.string().optional(),
    "bootstrap-resamples": z.number().int().nonnegative().optional(),
    "confidence-level": z.number().gt(0).lt(1).optional(),
    seed: z.number().int().nonnegative().optional(),
    "report-file": z.string().optional(),
    "summary-markdown-file": z.string().optional(),
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
        path: z.string().optional(),
        /** Where new versions' files go: directory, release-assets or oci (default by backend). */
        artifacts: z.enum(["directory", "release-assets", "oci"]).optional(),
        /** The OCI repository of `artifacts: oci`, host/name, e.g. ghcr.io/owner/models. */
        oci: z.string().optional(),
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
