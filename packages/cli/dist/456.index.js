export const id = 456;
export const ids = [456];
export const modules = {

/***/ 87456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AnomalySchema: () => (/* binding */ AnomalySchema),
  ColumnProfileSchema: () => (/* binding */ ColumnProfileSchema),
  ColumnTypeSchema: () => (/* binding */ ColumnTypeSchema),
  ComparisonSchema: () => (/* binding */ ComparisonSchema),
  DOCUMENTS: () => (/* binding */ DOCUMENTS),
  DataFingerprintSchema: () => (/* binding */ DataFingerprintSchema),
  DeployConfigSchema: () => (/* binding */ DeployConfigSchema),
  DriftResultSchema: () => (/* binding */ DriftResultSchema),
  EvaluateConfigSchema: () => (/* binding */ EvaluateConfigSchema),
  EvaluationSetSchema: () => (/* binding */ EvaluationSetSchema),
  FileDigestSchema: () => (/* binding */ FileDigestSchema),
  GateRuleResultSchema: () => (/* binding */ GateRuleResultSchema),
  GateSpecSchema: () => (/* binding */ GateSpecSchema),
  GitInfoSchema: () => (/* binding */ GitInfoSchema),
  IntervalSchema: () => (/* binding */ IntervalSchema),
  MetricComparisonSchema: () => (/* binding */ MetricComparisonSchema),
  MetricStatusSchema: () => (/* binding */ MetricStatusSchema),
  MetricsSchema: () => (/* binding */ MetricsSchema),
  MlopsConfigSchema: () => (/* binding */ MlopsConfigSchema),
  ModelArtifactSchema: () => (/* binding */ ModelArtifactSchema),
  ModelScanSchema: () => (/* binding */ ModelScanSchema),
  ModelVersionSchema: () => (/* binding */ ModelVersionSchema),
  MonitorConfigSchema: () => (/* binding */ MonitorConfigSchema),
  MonitoringReportSchema: () => (/* reexport */ MonitoringReportSchema),
  PIPELINE_STEPS: () => (/* binding */ PIPELINE_STEPS),
  ParamsSchema: () => (/* binding */ ParamsSchema),
  PredictConfigSchema: () => (/* binding */ PredictConfigSchema),
  RegisterConfigSchema: () => (/* binding */ RegisterConfigSchema),
  ReportConfigSchema: () => (/* binding */ ReportConfigSchema),
  ResidualSummarySchema: () => (/* binding */ ResidualSummarySchema),
  RowSampleSchema: () => (/* binding */ RowSampleSchema),
  RunRecordSchema: () => (/* binding */ RunRecordSchema),
  RunStatusSchema: () => (/* binding */ RunStatusSchema),
  SchemaCheckResultSchema: () => (/* binding */ SchemaCheckResultSchema),
  SeveritySchema: () => (/* binding */ SeveritySchema),
  TrainConfigSchema: () => (/* binding */ TrainConfigSchema),
  ValidateConfigSchema: () => (/* binding */ ValidateConfigSchema),
  ValidationReportSchema: () => (/* binding */ ValidationReportSchema),
  WorkflowInfoSchema: () => (/* binding */ WorkflowInfoSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js
var schemas = __webpack_require__(55156);
;// CONCATENATED MODULE: ./packages/core/src/monitoring.ts

/*
 * MonitoringReport (mlops.monitoring/v1): what monitor-model measured of a deployed model on its
 * logged predictions, window by window and per serving version. Defined apart from schemas.ts
 * (which imports it into DOCUMENTS) and importing nothing of ours, so there is no cycle; the
 * rule results have GateRuleResult's shape. Loaded lazily with schemas.ts (zod costs ~35 ms).
 */
const isoDate = schemas.string().datetime({ offset: true });
const count = schemas.number().int().nonnegative();
const interval = schemas.tuple([schemas.number(), schemas.number()]);
/** One rule of one metric in one window: GateRuleResult's shape (packages/metrics gates). */
const MonitorRuleResultSchema = schemas.object({
    rule: schemas.string(),
    operator: schemas.string(),
    expected: schemas.number().nullable(),
    actual: schemas.number().nullable(),
    passed: schemas.boolean(),
    message: schemas.string(),
});
/** A drift test of one column (a feature, the prediction or a score) against its reference. */
const MonitorDriftSchema = schemas.object({
    column: schemas.string(),
    test: schemas.string(),
    statistic: schemas.number(),
    pValue: schemas.number().nullable(),
    threshold: schemas.number(),
    drifted: schemas.boolean(),
    psi: schemas.number().nullable(),
});
const MonitorMetricSchema = schemas.object({
    name: schemas.string(),
    /** On the window's labelled rows; null when none is labelled (or the metric is undefined). */
    value: schemas.number().nullable(),
    interval: interval.nullable(),
    /** The value this version was registered with; null when it has none. */
    registered: schemas.number().nullable(),
    delta: schemas.number().nullable(),
    greaterIsBetter: schemas.boolean().nullable(),
    /**
     * pass / fail under the rules; `insufficient` when the window has fewer labelled rows than
     * min_labelled_rows (it does not count); `new` when a change rule has no registered value;
     * `info` for a metric without a rule.
     */
    status: schemas["enum"](["pass", "fail", "insufficient", "new", "info"]),
    rules: schemas.array(MonitorRuleResultSchema),
});
const MonitorWindowSchema = schemas.object({
    /** The window's name: 2015-03-02 (day, week: its Monday), 2015-03 (month), rows 1–1000. */
    label: schemas.string(),
    /** First and last instant of the window (UTC); null for row-count windows. */
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    /** The model version that served these rows. */
    version: schemas.number().int().positive(),
    /** Logged predictions (valid, first of their id). */
    rows: count,
    labelled: count,
    /** labelled / rows. */
    coverage: schemas.number().min(0).max(1),
    /** Labels whose own timestamp falls after the window's end (still joined and counted). */
    lateLabels: count,
    /** Prediction rows repeating an id already logged (counted here, left out of the metrics). */
    duplicatePredictions: count,
    /** Whether the window counts for the rules (labelled >= min_labelled_rows). */
    counts: schemas.boolean(),
    /** The window fails at least one rule. */
    failed: schemas.boolean(),
    metrics: schemas.array(MonitorMetricSchema),
    /** The prediction (class or value) and score columns against the version's holdout predictions. */
    predictionDrift: schemas.array(MonitorDriftSchema).nullable(),
    /** Logged feature columns against the version's registered reference profile. */
    featureDrift: schemas.array(MonitorDriftSchema).nullable(),
});
const MonitoringReportSchema = schemas.object({
    kind: schemas.literal("mlops.monitoring"),
    version: schemas.literal(1),
    created: isoDate,
    model: schemas.string(),
    task: schemas["enum"](["binary", "multiclass", "regression"]),
    /** Classes in index order (classification), as the labels and predictions spell them. */
    classes: schemas.array(schemas.string()),
    window: schemas.object({ kind: schemas["enum"](["day", "week", "month", "rows"]), rows: count.nullable() }),
    columns: schemas.object({
        id: schemas.string(),
        timestamp: schemas.string(),
        version: schemas.string(),
        prediction: schemas.string(),
        score: schemas.string().nullable(),
        label: schemas.string(),
    }),
    sources: schemas.object({
        predictions: schemas.array(schemas.string()),
        labels: schemas.array(schemas.string()),
    }),
    /** How the logged predictions and the labels joined by id: nothing is dropped uncounted. */
    join: schemas.object({
        predictionRows: count,
        labelRows: count,
        /** Valid prediction rows, first of their id. */
        predictions: count,
        labelled: count,
        /** Predictions with no label (yet). */
        unlabelled: count,
        /** Labels whose id no prediction has. */
        unmatchedLabels: count,
        duplicatePredictions: count,
        /** Label rows repeating an id (the later label wins). */
        duplicateLabels: count,
        /** Duplicate labels that disagree with the earlier one. */
        conflictingLabels: count,
        lateLabels: count,
        invalidPredictions: count,
        invalidLabels: count,
        /** Up to 10 examples of each problem: file, line, what was wrong. */
        samples: schemas.array(schemas.object({
            kind: schemas.string(),
            file: schemas.string(),
            line: schemas.number().int().nullable(),
            message: schemas.string(),
        })),
    }),
    rules: schemas.object({
        metrics: schemas.array(schemas.object({
            metric: schemas.string(),
            threshold: schemas.number().nullable(),
            minAbsoluteChange: schemas.number().nullable(),
            minRelativeChange: schemas.number().nullable(),
            greaterIsBetter: schemas.boolean(),
            significance: schemas.number().nullable(),
        })),
        minLabelledRows: count,
        consecutiveWindows: schemas.number().int().positive(),
    }),
    interval: schemas.object({
        method: schemas.string(),
        level: schemas.number().gt(0).lt(1),
        resamples: count,
        seed: schemas.number().int(),
    }),
    versions: schemas.array(schemas.object({
        version: schemas.number().int().positive(),
        /** The metrics it was registered with; null when the registry does not have the version. */
        registered: schemas.record(schemas.string(), schemas.number()).nullable(),
        /** Where its feature reference profile and holdout predictions came from (null: none). */
        reference: schemas.object({ source: schemas.string(), rows: count }).nullable(),
        holdout: schemas.object({ source: schemas.string(), rows: count }).nullable(),
        rows: count,
        labelled: count,
        /** It served the newest window of the log. */
        current: schemas.boolean(),
        degraded: schemas.boolean(),
        reasons: schemas.array(schemas.string()),
        notes: schemas.array(schemas.string()),
    })),
    windows: schemas.array(MonitorWindowSchema),
    degraded: schemas.boolean(),
    /** One line: which metric degraded in which windows; "" when healthy. */
    reason: schemas.string(),
});

// EXTERNAL MODULE: ./packages/core/src/names.ts
var names = __webpack_require__(48129);
;// CONCATENATED MODULE: ./packages/core/src/schemas.ts




/*
 * The zod schemas of the documents that flow between steps (DESIGN §3; mlops.monitoring lives in
 * monitoring.ts) and of mlops.yml.
 * This module is imported lazily (await import) by the functions in documents.ts and config.ts:
 * zod costs ~35 ms to load, and a step that fails on a missing input should not pay for it.
 */
const finite = schemas.number().refine(Number.isFinite, { message: "expected a finite number" });
const sha256 = schemas.string().regex(/^[0-9a-f]{64}$/, "expected a lowercase hex sha256");
const schemas_isoDate = schemas.string().datetime({ offset: true });
const FileDigestSchema = schemas.object({
    /** Path relative to the artifact root (posix separators). */
    path: schemas.string().min(1),
    sha256,
    bytes: schemas.number().int().nonnegative(),
});
const DataFingerprintSchema = schemas.object({
    path: schemas.string(),
    /** sha256 of the file, or of the directory listing (see fingerprintPath). */
    sha256,
    bytes: schemas.number().int().nonnegative().optional(),
    files: schemas.number().int().nonnegative().optional(),
});
const ParamsSchema = schemas.record(schemas.string(), schemas.unknown());
const MetricsSchema = schemas.record(schemas.string(), finite);
const GitInfoSchema = schemas.object({
    sha: schemas.string().nullable(),
    ref: schemas.string().nullable(),
    repository: schemas.string().nullable(),
    dirty: schemas.boolean().optional(),
});
const WorkflowInfoSchema = schemas.object({
    runId: schemas.string().nullable(),
    runAttempt: schemas.number().int().nullable(),
    job: schemas.string().nullable(),
    workflow: schemas.string().nullable(),
    eventName: schemas.string().nullable(),
    actor: schemas.string().nullable(),
    serverUrl: schemas.string().nullable(),
});
// ---------------------------------------------------------------------------------------------
// ValidationReport (mlops.validation/v1)
const SeveritySchema = schemas["enum"](["error", "warning", "info"]);
const RowSampleSchema = schemas.object({
    file: schemas.string().optional(),
    line: schemas.number().int().optional(),
    row: schemas.number().int().optional(),
    value: schemas.unknown(),
});
const SchemaCheckResultSchema = schemas.object({
    check: schemas.string(),
    column: schemas.string().nullable(),
    severity: SeveritySchema,
    passed: schemas.boolean(),
    expected: schemas.string(),
    observed: schemas.string().optional(),
    failures: schemas.number().int().nonnegative(),
    checked: schemas.number().int().nonnegative(),
    mostly: schemas.number().min(0).max(1).optional(),
    samples: schemas.array(RowSampleSchema).default([]),
});
const ColumnTypeSchema = schemas["enum"](["integer", "number", "boolean", "string", "categorical", "datetime"]);
const ColumnProfileSchema = schemas.object({
    type: ColumnTypeSchema,
    count: schemas.number().int().nonnegative(),
    missing: schemas.number().int().nonnegative(),
    min: schemas.union([schemas.number(), schemas.string()]).nullable().optional(),
    max: schemas.union([schemas.number(), schemas.string()]).nullable().optional(),
    mean: schemas.number().nullable().optional(),
    std: schemas.number().nullable().optional(),
    quantiles: schemas.record(schemas.string(), schemas.number()).optional(),
    distinct: schemas.number().nonnegative().optional(),
    top: schemas.array(schemas.object({ value: schemas.string(), count: schemas.number().int().nonnegative() })).optional(),
    histogram: schemas.object({ edges: schemas.array(schemas.number()), counts: schemas.array(schemas.number().int().nonnegative()) })
        .optional(),
    /** Serialised mergeable sketches (moments, quantile, distinct, frequencies) for reuse as a reference. */
    sketches: schemas.record(schemas.string(), schemas.unknown()).optional(),
});
const DriftResultSchema = schemas.object({
    column: schemas.string(),
    type: ColumnTypeSchema,
    test: schemas["enum"](["ks", "chi-square", "z", "wasserstein", "jensen-shannon", "psi"]),
    statistic: schemas.number(),
    pValue: schemas.number().nullable().optional(),
    threshold: schemas.number(),
    /** How statistic (or p-value) is compared with threshold to call drift, e.g. "p_value < 0.05". */
    operator: schemas["enum"](["<", "<=", ">", ">="]),
    comparedValue: schemas["enum"](["statistic", "p_value"]),
    drifted: schemas.boolean(),
    psi: schemas.number().nullable().optional(),
});
const AnomalySchema = schemas.object({
    code: schemas.string(),
    severity: SeveritySchema,
    message: schemas.string(),
    column: schemas.string().optional(),
    file: schemas.string().optional(),
    line: schemas.number().int().optional(),
    count: schemas.number().int().nonnegative().optional(),
});
const ValidationReportSchema = schemas.object({
    kind: schemas.literal("mlops.validation"),
    version: schemas.literal(1),
    created: schemas_isoDate,
    dataset: schemas.object({
        format: schemas.string(),
        files: schemas.array(DataFingerprintSchema),
        fingerprint: sha256,
        rows: schemas.number().int().nonnegative(),
        columns: schemas.array(schemas.string()),
    }),
    schema: schemas.object({
        source: schemas.string().nullable(),
        passed: schemas.boolean(),
        checks: schemas.array(SchemaCheckResultSchema),
    })
        .nullable(),
    profile: schemas.record(schemas.string(), ColumnProfileSchema),
    drift: schemas.object({
        reference: schemas.object({
            kind: schemas["enum"](["data", "profile"]),
            source: schemas.string(),
            fingerprint: schemas.string().nullable(),
            rows: schemas.number().int().nonnegative(),
        }),
        datasetDrift: schemas.boolean(),
        driftedShare: schemas.number().min(0).max(1),
        shareThreshold: schemas.number().min(0).max(1),
        columns: schemas.array(DriftResultSchema),
    })
        .nullable(),
    anomalies: schemas.array(AnomalySchema),
    passed: schemas.boolean(),
});
// ---------------------------------------------------------------------------------------------
// RunRecord (mlops.run/v1)
const RunStatusSchema = schemas["enum"](["succeeded", "failed", "timed-out", "cached"]);
const RunRecordSchema = schemas.object({
    kind: schemas.literal("mlops.run"),
    version: schemas.literal(1),
    id: schemas.string().min(1),
    status: RunStatusSchema,
    startedAt: schemas_isoDate,
    finishedAt: schemas_isoDate,
    durationMs: schemas.number().nonnegative(),
    command: schemas.string(),
    workingDirectory: schemas.string(),
    exitCode: schemas.number().int().nullable(),
    git: GitInfoSchema,
    workflow: WorkflowInfoSchema.nullable(),
    params: ParamsSchema,
    metrics: MetricsSchema,
    data: schemas.array(DataFingerprintSchema),
    model: schemas.object({ path: schemas.string(), files: schemas.array(FileDigestSchema) }).nullable(),
    /** The run-cache key: sha256 over command, params, data, code, lock files and outputs. */
    fingerprint: sha256.nullable(),
    /** What the fingerprint covers besides command, params and data (packages/train README). */
    fingerprintInputs: schemas.object({
        code: schemas.object({
            /** declared (train.code), git (tracked files) or directory (git cannot say: reason). */
            source: schemas["enum"](["declared", "git", "directory"]),
            reason: schemas.string().nullable(),
            files: schemas.array(schemas.object({ path: schemas.string(), digest: schemas.string() })),
            /** directory: what was left out because the command created it in an earlier run. */
            written: schemas.array(schemas.string()),
        }),
        locks: schemas.array(schemas.object({ path: schemas.string(), sha256 })),
        outputs: schemas.object({ model: schemas.string().nullable(), metrics: schemas.string().nullable() }),
    })
        .optional(),
    cacheHit: schemas.boolean(),
    /** On a cache hit: the run that produced the restored model and metrics. */
    restoredFrom: schemas.object({
        id: schemas.string().min(1),
        startedAt: schemas_isoDate,
        finishedAt: schemas_isoDate,
        git: GitInfoSchema,
        workflow: WorkflowInfoSchema.nullable(),
    })
        .nullable()
        .optional(),
    resources: schemas.object({
        peakRssBytes: schemas.number().nonnegative().nullable(),
        cpuUserMs: schemas.number().nonnegative().nullable(),
        cpuSystemMs: schemas.number().nonnegative().nullable(),
    })
        .nullable(),
    environment: schemas.object({
        os: schemas.string(),
        arch: schemas.string(),
        node: schemas.string(),
        runner: schemas.string().nullable(),
        tools: schemas.record(schemas.string(), schemas.string()),
    }),
});
/** What @mlops/scan found in a version's files (its summarizeScan digest), when the step scanned them. */
const ModelScanSchema = schemas.object({
    verdict: schemas["enum"](["safe", "warn", "dangerous", "error"]),
    /** Files scanned. */
    files: schemas.number().int().nonnegative(),
    /** Every distinct global a loader would import, worst first. */
    globals: schemas.array(schemas.object({ module: schemas.string(), name: schemas.string(), severity: schemas["enum"](["safe", "unknown", "dangerous"]) })),
    /** Non-safe findings, worst first, capped (omittedFindings counts the rest). */
    findings: schemas.array(schemas.object({
        severity: schemas["enum"](["dangerous", "warn", "error"]),
        message: schemas.string(),
        file: schemas.string(),
        entry: schemas.string().optional(),
        offset: schemas.number().int().nonnegative().optional(),
    })),
    omittedFindings: schemas.number().int().nonnegative(),
});
/**
 * Where an artifact store keeps a version's files, when the store names them by something a user
 * can pull with another tool: for `oci`, the pushed manifest (`reference` is
 * `host/repository:<model>-v<n>`, `digest` the manifest's `sha256:…`).
 */
const ModelArtifactSchema = schemas.object({
    /** The artifact store's name, as in mlops.yml's `registry.artifacts` (e.g. "oci"). */
    store: schemas.string(),
    reference: schemas.string(),
    digest: schemas.string().regex(/^sha256:[0-9a-f]{64}$/),
    mediaType: schemas.string().optional(),
});
/**
 * A regression model's errors on the evaluation rows: residual = prediction − label.
 * `quantiles` are residual quantiles at p = 0.05, 0.25, 0.5, 0.75, 0.95 (linear interpolation,
 * numpy's default), in that order.
 */
const ResidualSummarySchema = schemas.object({
    rows: schemas.number().int().nonnegative(),
    mae: schemas.number(),
    rmse: schemas.number(),
    /** Mean residual (prediction − label): > 0 means the model over-predicts on average. */
    bias: schemas.number(),
    quantiles: schemas.array(schemas.object({ p: schemas.number().gt(0).lt(1), value: schemas.number() })),
});
// ---------------------------------------------------------------------------------------------
// Comparison (mlops.comparison/v1)
const MetricStatusSchema = schemas["enum"](["pass", "fail", "warn", "new", "missing", "info"]);
const IntervalSchema = schemas.tuple([schemas.number(), schemas.number()]);
const GateRuleResultSchema = schemas.object({
    /** threshold | min_absolute_change | min_relative_change | significance | present | finite */
    rule: schemas.string(),
    operator: schemas.string(),
    expected: schemas.number().nullable(),
    actual: schemas.number().nullable(),
    passed: schemas.boolean(),
    message: schemas.string(),
});
const MetricComparisonSchema = schemas.object({
    name: schemas.string(),
    slice: schemas.object({ column: schemas.string(), value: schemas.string() }).nullable().default(null),
    candidate: schemas.number().nullable(),
    baseline: schemas.number().nullable(),
    delta: schemas.number().nullable(),
    relativeDelta: schemas.number().nullable(),
    greaterIsBetter: schemas.boolean().nullable(),
    interval: schemas.object({
        level: schemas.number().gt(0).lt(1),
        method: schemas.string(),
        candidate: IntervalSchema.nullable(),
        baseline: IntervalSchema.nullable(),
        delta: IntervalSchema.nullable(),
    })
        .nullable()
        .default(null),
    test: schemas.object({ name: schemas.string(), statistic: schemas.number().nullable(), pValue: schemas.number() })
        .nullable()
        .default(null),
    gate: schemas.object({
        threshold: schemas.number().nullable(),
        minAbsoluteChange: schemas.number().nullable(),
        minRelativeChange: schemas.number().nullable(),
        significance: schemas.number().nullable(),
        rules: schemas.array(GateRuleResultSchema),
    })
        .nullable(),
    status: MetricStatusSchema,
    /**
     * Where the baseline number comes from: `same-rows` when it was computed from the baseline's
     * predictions on the evaluation rows (like-for-like), `registered` when it is the value the
     * baseline was registered with, measured on other rows (not like-for-like; e.g. train_rows).
     * Absent in Comparisons written before it existed and when there is no baseline.
     */
    baselineSource: schemas["enum"](["same-rows", "registered"]).optional(),
});
/**
 * On which rows the two models were compared. `pairedOn: "same-rows"` when both were scored on
 * the evaluation set (re-scored with the predict command, or given as predictions joined by id);
 * `"registered-metrics"` when the baseline's numbers are the ones it was registered with,
 * measured on other rows: not like-for-like, and `note` says so.
 */
const EvaluationSetSchema = schemas.object({
    pairedOn: schemas["enum"](["same-rows", "registered-metrics", "candidate-only"]),
    /** The evaluation rows' file(s) as given, and the sha256 of the rows scored. */
    dataset: schemas.object({
        source: schemas.string(),
        fingerprint: schemas.string(),
        rows: schemas.number().int().nonnegative(),
    })
        .nullable(),
    candidate: schemas.object({
        /** training (its own predictions file), predict (scored here), metrics (numbers only). */
        source: schemas["enum"](["training", "predict", "metrics"]),
        rows: schemas.number().int().nonnegative().nullable(),
    }),
    baseline: schemas.object({
        /** predict (scored here), cache (scored by an earlier run), file, registered-metrics. */
        source: schemas["enum"](["predict", "cache", "file", "registered-metrics"]),
        rows: schemas.number().int().nonnegative().nullable(),
        predictCommand: schemas.string().nullable(),
    })
        .nullable(),
    note: schemas.string(),
});
const ComparisonSchema = schemas.object({
    kind: schemas.literal("mlops.comparison"),
    version: schemas.literal(1),
    created: schemas_isoDate,
    model: schemas.string(),
    candidate: schemas.object({
        source: schemas.string().nullable(),
        runId: schemas.string().nullable(),
        gitSha: schemas.string().nullable(),
        params: ParamsSchema.optional(),
    }),
    baseline: schemas.object({
        source: schemas.string().nullable(),
        version: schemas.number().int().positive().nullable(),
        alias: schemas.string().nullable(),
        runId: schemas.string().nullable(),
        gitSha: schemas.string().nullable(),
        params: ParamsSchema.optional(),
        /** The registered version's artifact (e.g. its OCI manifest digest), when its store names one. */
        artifact: ModelArtifactSchema.optional(),
    })
        .nullable(),
    verdict: schemas["enum"](["pass", "fail", "no-baseline"]),
    passed: schemas.boolean(),
    reasons: schemas.array(schemas.string()),
    metrics: schemas.array(MetricComparisonSchema),
    predictions: schemas.object({
        rows: schemas.number().int().nonnegative(),
        resamples: schemas.number().int().nonnegative(),
        seed: schemas.number().int(),
        confusionMatrix: schemas.unknown().optional(),
        /** Regression: each side's errors on the evaluation rows (baseline null when not paired). */
        residuals: schemas.object({ candidate: ResidualSummarySchema, baseline: ResidualSummarySchema.nullable() })
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
    scan: schemas.object({ candidate: ModelScanSchema.nullable(), baseline: ModelScanSchema.nullable() }).optional(),
});
// ---------------------------------------------------------------------------------------------
// ModelVersion (mlops.model-version/v1)
const ModelVersionSchema = schemas.object({
    kind: schemas.literal("mlops.model-version"),
    version: schemas.literal(1),
    name: schemas.string().regex(names/* MODEL_NAME_PATTERN */.lM),
    /** The model version: 1, 2, 3… per model, gapless, never reused. */
    number: schemas.number().int().positive(),
    uri: schemas.string(),
    created: schemas_isoDate,
    createdBy: schemas.string().nullable(),
    aliases: schemas.array(schemas.string()),
    metrics: MetricsSchema,
    params: ParamsSchema,
    files: schemas.array(FileDigestSchema),
    run: RunRecordSchema.nullable(),
    lineage: schemas.object({
        data: schemas.array(DataFingerprintSchema),
        gitSha: schemas.string().nullable(),
        repository: schemas.string().nullable(),
        workflowRunId: schemas.string().nullable(),
        runAttempt: schemas.number().int().nullable(),
        parentVersion: schemas.number().int().positive().nullable(),
    }),
    tags: schemas.record(schemas.string(), schemas.string()),
    idempotencyKey: schemas.string().nullable(),
    /** sha256 over the sorted file digests, metrics and params: what "the same content" means. */
    contentDigest: sha256,
    /** The model scan at registration (absent for versions registered before scanning, or with model-scan: off). */
    scan: ModelScanSchema.optional(),
    /** Where the artifact store put the files, when it names them (OCI: manifest reference and digest). */
    artifact: ModelArtifactSchema.optional(),
});
// ---------------------------------------------------------------------------------------------
const DOCUMENTS = {
    "mlops.validation": ValidationReportSchema,
    "mlops.run": RunRecordSchema,
    "mlops.comparison": ComparisonSchema,
    "mlops.model-version": ModelVersionSchema,
    "mlops.monitoring": MonitoringReportSchema,
};
// ---------------------------------------------------------------------------------------------
// mlops.yml
const stringOrList = schemas.union([schemas.string(), schemas.array(schemas.string())]);
const scalar = schemas.union([schemas.string(), schemas.number(), schemas.boolean()]);
const GateSpecSchema = schemas.object({
    threshold: schemas.number().optional(),
    min_absolute_change: schemas.number().optional(),
    min_relative_change: schemas.number().optional(),
    greater_is_better: schemas.boolean().optional(),
    significance: schemas.number().gt(0).lt(1).optional(),
    slices: schemas.boolean().optional(),
})
    .strict();
const ValidateConfigSchema = schemas.object({
    data: stringOrList.optional(),
    format: schemas["enum"](["auto", "csv", "tsv", "jsonl", "parquet"]).optional(),
    delimiter: schemas.string().optional(),
    schema: schemas.string().optional(),
    "write-schema": schemas.string().optional(),
    reference: schemas.string().optional(),
    "fail-on": schemas["enum"](["error", "warning", "drift", "never"]).optional(),
    report: schemas.string().optional(),
    drift: schemas.record(schemas.string(), schemas.record(schemas.string(), scalar)).optional(),
})
    .strict();
const TrainConfigSchema = schemas.object({
    command: schemas.string().optional(),
    "working-directory": schemas.string().optional(),
    params: schemas.union([schemas.string(), schemas.record(schemas.string(), schemas.unknown())]).optional(),
    "metrics-file": schemas.string().optional(),
    "model-path": schemas.string().optional(),
    data: stringOrList.optional(),
    /** The training code (paths and globs relative to working-directory) the run cache hashes. */
    code: stringOrList.optional(),
    cache: schemas.boolean().optional(),
    "artifact-name": schemas.string().optional(),
    "timeout-minutes": schemas.number().positive().optional(),
})
    .strict();
/**
 * `predict:`: the command that scores a model on rows (the baseline, and the candidate when it
 * has no predictions of its own). It runs like train's command (bash, clean environment,
 * timeout, process-group kill) with MODEL_PATH, EVAL_DATA and PREDICTIONS set.
 */
const PredictConfigSchema = schemas.object({
    command: schemas.string().optional(),
    "working-directory": schemas.string().optional(),
    "timeout-minutes": schemas.number().positive().optional(),
    /** Format of the predictions file the command writes (its extension follows). Default csv. */
    format: schemas["enum"](["csv", "tsv", "jsonl", "parquet"]).optional(),
})
    .strict();
const EvaluateConfigSchema = schemas.object({
    baseline: schemas.union([schemas.string(), schemas.number().int().positive()]).optional(),
    /** Evaluation rows for predict (file, directory or glob): e.g. a frozen golden set. */
    dataset: stringOrList.optional(),
    /** Which rows are scored: the candidate's own prediction rows (by id), or all of dataset. */
    "evaluation-rows": schemas["enum"](["candidate", "dataset"]).optional(),
    /** The candidate model (file or directory), scored with predict when it has no predictions. */
    "candidate-model": schemas.string().optional(),
    "predict-command": schemas.string().optional(),
    gates: schemas.union([schemas.string(), schemas.record(schemas.string(), GateSpecSchema)]).optional(),
    "candidate-predictions": schemas.string().optional(),
    "baseline-predictions": schemas.string().optional(),
    significance: schemas.number().gt(0).lt(1).optional(),
    "bootstrap-resamples": schemas.number().int().nonnegative().optional(),
    "label-column": schemas.string().optional(),
    "prediction-column": schemas.string().optional(),
    "score-column": schemas.string().optional(),
    "id-column": schemas.string().optional(),
    slices: stringOrList.optional(),
    task: schemas["enum"](["auto", "binary", "multiclass", "regression"]).optional(),
    "positive-label": schemas.union([schemas.string(), schemas.number(), schemas.boolean()]).optional(),
    "decision-threshold": schemas.number().optional(),
    seed: schemas.number().int().nonnegative().optional(),
    "confidence-level": schemas.number().gt(0).lt(1).optional(),
    "comparison-file": schemas.string().optional(),
    "fail-on-gate": schemas.boolean().optional(),
    "candidate-metrics": schemas.string().optional(),
    /** Scan each side's model files before the predict command loads them (default fail). */
    "model-scan": schemas["enum"](["fail", "warn", "off"]).optional(),
})
    .strict();
const RegisterConfigSchema = schemas.object({
    aliases: stringOrList.optional(),
    tags: schemas.union([schemas.string(), schemas.record(schemas.string(), scalar)]).optional(),
    "model-scan": schemas["enum"](["fail", "warn", "off"]).optional(),
})
    .strict();
const DeployConfigSchema = schemas.object({
    environment: schemas.string().optional(),
    alias: schemas.string().optional(),
    target: schemas["enum"](["command", "http", "directory"]).optional(),
    command: schemas.string().optional(),
    url: schemas.string().optional(),
    directory: schemas.string().optional(),
    "health-check-command": schemas.string().optional(),
    "health-check-url": schemas.string().optional(),
    "health-check-count": schemas.number().int().positive().optional(),
    "health-check-interval-seconds": schemas.number().nonnegative().optional(),
    "health-check-timeout-seconds": schemas.number().positive().optional(),
    "health-check-initial-delay-seconds": schemas.number().nonnegative().optional(),
    "health-check-failure-limit": schemas.number().int().nonnegative().optional(),
    "health-check-consecutive-error-limit": schemas.number().int().nonnegative().optional(),
    rollback: schemas.boolean().optional(),
    "environment-alias": schemas.string().optional(),
    "environment-url": schemas.string().optional(),
    "production-environment": schemas.boolean().optional(),
    "transient-environment": schemas.boolean().optional(),
    "pass-token": schemas.boolean().optional(),
    "timeout-seconds": schemas.number().positive().optional(),
    "http-retries": schemas.number().int().nonnegative().optional(),
    "http-headers": schemas.string().optional(),
    "keep-versions": schemas.number().int().min(2).optional(),
    "model-scan": schemas["enum"](["fail", "warn", "off"]).optional(),
})
    .strict();
const ReportConfigSchema = schemas.object({
    comment: schemas.boolean().optional(),
    summary: schemas.boolean().optional(),
    check: schemas.boolean().optional(),
    history: schemas.number().int().nonnegative().optional(),
})
    .strict();
/**
 * `monitor:`: monitor-model's defaults (the action's input names) and its rules: `rules` are
 * gates (threshold, min_absolute_change against the version's registered value, …) applied to
 * each window; a window counts once it has min_labelled_rows labelled rows; the model is
 * degraded when consecutive_windows counting windows in a row fail.
 */
const MonitorConfigSchema = schemas.object({
    predictions: stringOrList.optional(),
    labels: stringOrList.optional(),
    "id-column": schemas.string().optional(),
    "timestamp-column": schemas.string().optional(),
    "version-column": schemas.string().optional(),
    "prediction-column": schemas.string().optional(),
    "score-column": schemas.string().optional(),
    "label-column": schemas.string().optional(),
    window: schemas.union([schemas["enum"](["day", "week", "month"]), schemas.number().int().positive()]).optional(),
    task: schemas["enum"](["auto", "binary", "multiclass", "regression"]).optional(),
    "positive-label": schemas.union([schemas.string(), schemas.number(), schemas.boolean()]).optional(),
    rules: schemas.union([schemas.string(), schemas.record(schemas.string(), GateSpecSchema)]).optional(),
    min_labelled_rows: schemas.number().int().nonnegative().optional(),
    consecutive_windows: schemas.number().int().positive().optional(),
    reference: schemas.string().optional(),
    "holdout-predictions": schemas.string().optional(),
    "bootstrap-resamples": schemas.number().int().nonnegative().optional(),
    "confidence-level": schemas.number().gt(0).lt(1).optional(),
    seed: schemas.number().int().nonnegative().optional(),
    "report-file": schemas.string().optional(),
    "summary-markdown-file": schemas.string().optional(),
})
    .strict();
const PIPELINE_STEPS = ["validate", "train", "evaluate", "register", "deploy", "report"];
const MlopsConfigSchema = schemas.object({
    version: schemas.literal(1).default(1),
    model: schemas.string()
        .regex(names/* MODEL_NAME_PATTERN */.lM, "expected a model name: letters, digits, '.', '_' or '-', at most 100")
        .optional(),
    registry: schemas.object({
        backend: schemas["enum"](["auto", "local", "github"]).optional(),
        path: schemas.string().optional(),
        /** Where new versions' files go: directory, release-assets or oci (default by backend). */
        artifacts: schemas["enum"](["directory", "release-assets", "oci"]).optional(),
        /** The OCI repository of `artifacts: oci`, host/name, e.g. ghcr.io/owner/models. */
        oci: schemas.string().optional(),
    })
        .strict()
        .optional(),
    pipeline: schemas.array(schemas["enum"](PIPELINE_STEPS)).optional(),
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


/***/ })

};
