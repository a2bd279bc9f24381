export const id = 841;
export const ids = [841];
export const modules = {

/***/ 6841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AnomalySchema: () => (/* binding */ AnomalySchema),
/* harmony export */   ColumnProfileSchema: () => (/* binding */ ColumnProfileSchema),
/* harmony export */   ColumnTypeSchema: () => (/* binding */ ColumnTypeSchema),
/* harmony export */   ComparisonSchema: () => (/* binding */ ComparisonSchema),
/* harmony export */   DOCUMENTS: () => (/* binding */ DOCUMENTS),
/* harmony export */   DataFingerprintSchema: () => (/* binding */ DataFingerprintSchema),
/* harmony export */   DeployConfigSchema: () => (/* binding */ DeployConfigSchema),
/* harmony export */   DriftResultSchema: () => (/* binding */ DriftResultSchema),
/* harmony export */   EvaluateConfigSchema: () => (/* binding */ EvaluateConfigSchema),
/* harmony export */   EvaluationSetSchema: () => (/* binding */ EvaluationSetSchema),
/* harmony export */   FileDigestSchema: () => (/* binding */ FileDigestSchema),
/* harmony export */   GateRuleResultSchema: () => (/* binding */ GateRuleResultSchema),
/* harmony export */   GateSpecSchema: () => (/* binding */ GateSpecSchema),
/* harmony export */   GitInfoSchema: () => (/* binding */ GitInfoSchema),
/* harmony export */   IntervalSchema: () => (/* binding */ IntervalSchema),
/* harmony export */   MetricComparisonSchema: () => (/* binding */ MetricComparisonSchema),
/* harmony export */   MetricStatusSchema: () => (/* binding */ MetricStatusSchema),
/* harmony export */   MetricsSchema: () => (/* binding */ MetricsSchema),
/* harmony export */   MlopsConfigSchema: () => (/* binding */ MlopsConfigSchema),
/* harmony export */   ModelScanSchema: () => (/* binding */ ModelScanSchema),
/* harmony export */   ModelVersionSchema: () => (/* binding */ ModelVersionSchema),
/* harmony export */   PIPELINE_STEPS: () => (/* binding */ PIPELINE_STEPS),
/* harmony export */   ParamsSchema: () => (/* binding */ ParamsSchema),
/* harmony export */   PredictConfigSchema: () => (/* binding */ PredictConfigSchema),
/* harmony export */   RegisterConfigSchema: () => (/* binding */ RegisterConfigSchema),
/* harmony export */   ReportConfigSchema: () => (/* binding */ ReportConfigSchema),
/* harmony export */   RowSampleSchema: () => (/* binding */ RowSampleSchema),
/* harmony export */   RunRecordSchema: () => (/* binding */ RunRecordSchema),
/* harmony export */   RunStatusSchema: () => (/* binding */ RunStatusSchema),
/* harmony export */   SchemaCheckResultSchema: () => (/* binding */ SchemaCheckResultSchema),
/* harmony export */   SeveritySchema: () => (/* binding */ SeveritySchema),
/* harmony export */   TrainConfigSchema: () => (/* binding */ TrainConfigSchema),
/* harmony export */   ValidateConfigSchema: () => (/* binding */ ValidateConfigSchema),
/* harmony export */   ValidationReportSchema: () => (/* binding */ ValidationReportSchema),
/* harmony export */   WorkflowInfoSchema: () => (/* binding */ WorkflowInfoSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55156);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48129);


/*
 * The zod schemas of the four documents that flow between steps (DESIGN §3) and of mlops.yml.
 * This module is imported lazily (await import) by the functions in documents.ts and config.ts:
 * zod costs ~35 ms to load, and a step that fails on a missing input should not pay for it.
 */
const finite = zod__WEBPACK_IMPORTED_MODULE_1__.number().refine(Number.isFinite, { message: "expected a finite number" });
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__.string().regex(/^[0-9a-f]{64}$/, "expected a lowercase hex sha256");
const isoDate = zod__WEBPACK_IMPORTED_MODULE_1__.string().datetime({ offset: true });
const FileDigestSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    /** Path relative to the artifact root (posix separators). */
    path: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1),
    sha256,
    bytes: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
});
const DataFingerprintSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    path: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    /** sha256 of the file, or of the directory listing (see fingerprintPath). */
    sha256,
    bytes: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().optional(),
    files: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().optional(),
});
const ParamsSchema = zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.unknown());
const MetricsSchema = zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), finite);
const GitInfoSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    sha: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    repository: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    dirty: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
});
const WorkflowInfoSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    runId: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nullable(),
    job: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    eventName: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    actor: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    serverUrl: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
});
// ---------------------------------------------------------------------------------------------
// ValidationReport (mlops.validation/v1)
const SeveritySchema = zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["error", "warning", "info"]);
const RowSampleSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    file: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    line: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().optional(),
    row: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().optional(),
    value: zod__WEBPACK_IMPORTED_MODULE_1__.unknown(),
});
const SchemaCheckResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    check: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    column: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    severity: SeveritySchema,
    passed: zod__WEBPACK_IMPORTED_MODULE_1__.boolean(),
    expected: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    observed: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    failures: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
    checked: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
    mostly: zod__WEBPACK_IMPORTED_MODULE_1__.number().min(0).max(1).optional(),
    samples: zod__WEBPACK_IMPORTED_MODULE_1__.array(RowSampleSchema).default([]),
});
const ColumnTypeSchema = zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["integer", "number", "boolean", "string", "categorical", "datetime"]);
const ColumnProfileSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    type: ColumnTypeSchema,
    count: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
    missing: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
    min: zod__WEBPACK_IMPORTED_MODULE_1__.union([zod__WEBPACK_IMPORTED_MODULE_1__.number(), zod__WEBPACK_IMPORTED_MODULE_1__.string()]).nullable().optional(),
    max: zod__WEBPACK_IMPORTED_MODULE_1__.union([zod__WEBPACK_IMPORTED_MODULE_1__.number(), zod__WEBPACK_IMPORTED_MODULE_1__.string()]).nullable().optional(),
    mean: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable().optional(),
    std: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable().optional(),
    quantiles: zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.number()).optional(),
    distinct: zod__WEBPACK_IMPORTED_MODULE_1__.number().nonnegative().optional(),
    top: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.object({ value: zod__WEBPACK_IMPORTED_MODULE_1__.string(), count: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative() })).optional(),
    histogram: zod__WEBPACK_IMPORTED_MODULE_1__.object({ edges: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.number()), counts: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative()) })
        .optional(),
    /** Serialised mergeable sketches (moments, quantile, distinct, frequencies) for reuse as a reference. */
    sketches: zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.unknown()).optional(),
});
const DriftResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    column: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    type: ColumnTypeSchema,
    test: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["ks", "chi-square", "z", "wasserstein", "jensen-shannon", "psi"]),
    statistic: zod__WEBPACK_IMPORTED_MODULE_1__.number(),
    pValue: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable().optional(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__.number(),
    /** How statistic (or p-value) is compared with threshold to call drift, e.g. "p_value < 0.05". */
    operator: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["<", "<=", ">", ">="]),
    comparedValue: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["statistic", "p_value"]),
    drifted: zod__WEBPACK_IMPORTED_MODULE_1__.boolean(),
    psi: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable().optional(),
});
const AnomalySchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    code: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    severity: SeveritySchema,
    message: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    column: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    file: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    line: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().optional(),
    count: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().optional(),
});
const ValidationReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__.literal("mlops.validation"),
    version: zod__WEBPACK_IMPORTED_MODULE_1__.literal(1),
    created: isoDate,
    dataset: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        format: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
        files: zod__WEBPACK_IMPORTED_MODULE_1__.array(DataFingerprintSchema),
        fingerprint: sha256,
        rows: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
        columns: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.string()),
    }),
    schema: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        source: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        passed: zod__WEBPACK_IMPORTED_MODULE_1__.boolean(),
        checks: zod__WEBPACK_IMPORTED_MODULE_1__.array(SchemaCheckResultSchema),
    })
        .nullable(),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), ColumnProfileSchema),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        reference: zod__WEBPACK_IMPORTED_MODULE_1__.object({
            kind: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["data", "profile"]),
            source: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
            fingerprint: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
            rows: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
        }),
        datasetDrift: zod__WEBPACK_IMPORTED_MODULE_1__.boolean(),
        driftedShare: zod__WEBPACK_IMPORTED_MODULE_1__.number().min(0).max(1),
        shareThreshold: zod__WEBPACK_IMPORTED_MODULE_1__.number().min(0).max(1),
        columns: zod__WEBPACK_IMPORTED_MODULE_1__.array(DriftResultSchema),
    })
        .nullable(),
    anomalies: zod__WEBPACK_IMPORTED_MODULE_1__.array(AnomalySchema),
    passed: zod__WEBPACK_IMPORTED_MODULE_1__.boolean(),
});
// ---------------------------------------------------------------------------------------------
// RunRecord (mlops.run/v1)
const RunStatusSchema = zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["succeeded", "failed", "timed-out", "cached"]);
const RunRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__.literal("mlops.run"),
    version: zod__WEBPACK_IMPORTED_MODULE_1__.literal(1),
    id: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1),
    status: RunStatusSchema,
    startedAt: isoDate,
    finishedAt: isoDate,
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__.number().nonnegative(),
    command: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    workingDirectory: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    exitCode: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nullable(),
    git: GitInfoSchema,
    workflow: WorkflowInfoSchema.nullable(),
    params: ParamsSchema,
    metrics: MetricsSchema,
    data: zod__WEBPACK_IMPORTED_MODULE_1__.array(DataFingerprintSchema),
    model: zod__WEBPACK_IMPORTED_MODULE_1__.object({ path: zod__WEBPACK_IMPORTED_MODULE_1__.string(), files: zod__WEBPACK_IMPORTED_MODULE_1__.array(FileDigestSchema) }).nullable(),
    /** The run-cache key: sha256 over command, params, data, code, lock files and outputs. */
    fingerprint: sha256.nullable(),
    /** What the fingerprint covers besides command, params and data (packages/train README). */
    fingerprintInputs: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        code: zod__WEBPACK_IMPORTED_MODULE_1__.object({
            /** declared (train.code), git (tracked files) or directory (git cannot say: reason). */
            source: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["declared", "git", "directory"]),
            reason: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
            files: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.object({ path: zod__WEBPACK_IMPORTED_MODULE_1__.string(), digest: zod__WEBPACK_IMPORTED_MODULE_1__.string() })),
            /** directory: what was left out because the command created it in an earlier run. */
            written: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.string()),
        }),
        locks: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.object({ path: zod__WEBPACK_IMPORTED_MODULE_1__.string(), sha256 })),
        outputs: zod__WEBPACK_IMPORTED_MODULE_1__.object({ model: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(), metrics: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable() }),
    })
        .optional(),
    cacheHit: zod__WEBPACK_IMPORTED_MODULE_1__.boolean(),
    /** On a cache hit: the run that produced the restored model and metrics. */
    restoredFrom: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        id: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1),
        startedAt: isoDate,
        finishedAt: isoDate,
        git: GitInfoSchema,
        workflow: WorkflowInfoSchema.nullable(),
    })
        .nullable()
        .optional(),
    resources: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        peakRssBytes: zod__WEBPACK_IMPORTED_MODULE_1__.number().nonnegative().nullable(),
        cpuUserMs: zod__WEBPACK_IMPORTED_MODULE_1__.number().nonnegative().nullable(),
        cpuSystemMs: zod__WEBPACK_IMPORTED_MODULE_1__.number().nonnegative().nullable(),
    })
        .nullable(),
    environment: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        os: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
        arch: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
        node: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
        runner: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        tools: zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.string()),
    }),
});
// ---------------------------------------------------------------------------------------------
// Comparison (mlops.comparison/v1)
const MetricStatusSchema = zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["pass", "fail", "warn", "new", "missing", "info"]);
const IntervalSchema = zod__WEBPACK_IMPORTED_MODULE_1__.tuple([zod__WEBPACK_IMPORTED_MODULE_1__.number(), zod__WEBPACK_IMPORTED_MODULE_1__.number()]);
const GateRuleResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    /** threshold | min_absolute_change | min_relative_change | significance | present | finite */
    rule: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    operator: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    expected: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable(),
    actual: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable(),
    passed: zod__WEBPACK_IMPORTED_MODULE_1__.boolean(),
    message: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
});
const MetricComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    name: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    slice: zod__WEBPACK_IMPORTED_MODULE_1__.object({ column: zod__WEBPACK_IMPORTED_MODULE_1__.string(), value: zod__WEBPACK_IMPORTED_MODULE_1__.string() }).nullable().default(null),
    candidate: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable(),
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable(),
    delta: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable(),
    relativeDelta: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable(),
    greaterIsBetter: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().nullable(),
    interval: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        level: zod__WEBPACK_IMPORTED_MODULE_1__.number().gt(0).lt(1),
        method: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
        candidate: IntervalSchema.nullable(),
        baseline: IntervalSchema.nullable(),
        delta: IntervalSchema.nullable(),
    })
        .nullable()
        .default(null),
    test: zod__WEBPACK_IMPORTED_MODULE_1__.object({ name: zod__WEBPACK_IMPORTED_MODULE_1__.string(), statistic: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable(), pValue: zod__WEBPACK_IMPORTED_MODULE_1__.number() })
        .nullable()
        .default(null),
    gate: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        threshold: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable(),
        minAbsoluteChange: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable(),
        minRelativeChange: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable(),
        significance: zod__WEBPACK_IMPORTED_MODULE_1__.number().nullable(),
        rules: zod__WEBPACK_IMPORTED_MODULE_1__.array(GateRuleResultSchema),
    })
        .nullable(),
    status: MetricStatusSchema,
});
/**
 * On which rows the two models were compared. `pairedOn: "same-rows"` when both were scored on
 * the evaluation set (re-scored with the predict command, or given as predictions joined by id);
 * `"registered-metrics"` when the baseline's numbers are the ones it was registered with,
 * measured on other rows: not like-for-like, and `note` says so.
 */
const EvaluationSetSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    pairedOn: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["same-rows", "registered-metrics", "candidate-only"]),
    /** The evaluation rows' file(s) as given, and the sha256 of the rows scored. */
    dataset: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        source: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
        fingerprint: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
        rows: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
    })
        .nullable(),
    candidate: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        /** training (its own predictions file), predict (scored here), metrics (numbers only). */
        source: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["training", "predict", "metrics"]),
        rows: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().nullable(),
    }),
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        /** predict (scored here), cache (scored by an earlier run), file, registered-metrics. */
        source: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["predict", "cache", "file", "registered-metrics"]),
        rows: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().nullable(),
        predictCommand: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    })
        .nullable(),
    note: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
});
const ComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__.literal("mlops.comparison"),
    version: zod__WEBPACK_IMPORTED_MODULE_1__.literal(1),
    created: isoDate,
    model: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    candidate: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        source: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        runId: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        gitSha: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        params: ParamsSchema.optional(),
    }),
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        source: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        version: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().positive().nullable(),
        alias: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        runId: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        gitSha: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        params: ParamsSchema.optional(),
    })
        .nullable(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["pass", "fail", "no-baseline"]),
    passed: zod__WEBPACK_IMPORTED_MODULE_1__.boolean(),
    reasons: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.string()),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__.array(MetricComparisonSchema),
    predictions: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        rows: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
        resamples: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__.number().int(),
        confusionMatrix: zod__WEBPACK_IMPORTED_MODULE_1__.unknown().optional(),
    })
        .nullable()
        .default(null),
    /** Which rows each side was measured on (absent in Comparisons written before it existed). */
    evaluation: EvaluationSetSchema.nullable().optional(),
});
// ---------------------------------------------------------------------------------------------
// ModelVersion (mlops.model-version/v1)
/** What @mlops/scan found in a version's files (its summarizeScan digest), when the step scanned them. */
const ModelScanSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["safe", "warn", "dangerous", "error"]),
    /** Files scanned. */
    files: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
    /** Every distinct global a loader would import, worst first. */
    globals: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.object({ module: zod__WEBPACK_IMPORTED_MODULE_1__.string(), name: zod__WEBPACK_IMPORTED_MODULE_1__.string(), severity: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["safe", "unknown", "dangerous"]) })),
    /** Non-safe findings, worst first, capped (omittedFindings counts the rest). */
    findings: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.object({
        severity: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["dangerous", "warn", "error"]),
        message: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
        file: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
        entry: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
        offset: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().optional(),
    })),
    omittedFindings: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative(),
});
const ModelVersionSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__.literal("mlops.model-version"),
    version: zod__WEBPACK_IMPORTED_MODULE_1__.literal(1),
    name: zod__WEBPACK_IMPORTED_MODULE_1__.string().regex(_names_js__WEBPACK_IMPORTED_MODULE_0__/* .MODEL_NAME_PATTERN */ .lM),
    /** The model version: 1, 2, 3… per model, gapless, never reused. */
    number: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().positive(),
    uri: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    created: isoDate,
    createdBy: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    aliases: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.string()),
    metrics: MetricsSchema,
    params: ParamsSchema,
    files: zod__WEBPACK_IMPORTED_MODULE_1__.array(FileDigestSchema),
    run: RunRecordSchema.nullable(),
    lineage: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        data: zod__WEBPACK_IMPORTED_MODULE_1__.array(DataFingerprintSchema),
        gitSha: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        repository: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        workflowRunId: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
        runAttempt: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nullable(),
        parentVersion: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().positive().nullable(),
    }),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.string()),
    idempotencyKey: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    /** sha256 over the sorted file digests, metrics and params: what "the same content" means. */
    contentDigest: sha256,
    /** The model scan at registration (absent for versions registered before scanning, or with model-scan: off). */
    scan: ModelScanSchema.optional(),
});
// ---------------------------------------------------------------------------------------------
const DOCUMENTS = {
    "mlops.validation": ValidationReportSchema,
    "mlops.run": RunRecordSchema,
    "mlops.comparison": ComparisonSchema,
    "mlops.model-version": ModelVersionSchema,
};
// ---------------------------------------------------------------------------------------------
// mlops.yml
const stringOrList = zod__WEBPACK_IMPORTED_MODULE_1__.union([zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.string())]);
const scalar = zod__WEBPACK_IMPORTED_MODULE_1__.union([zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.number(), zod__WEBPACK_IMPORTED_MODULE_1__.boolean()]);
const GateSpecSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__.number().optional(),
    min_absolute_change: zod__WEBPACK_IMPORTED_MODULE_1__.number().optional(),
    min_relative_change: zod__WEBPACK_IMPORTED_MODULE_1__.number().optional(),
    greater_is_better: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
    significance: zod__WEBPACK_IMPORTED_MODULE_1__.number().gt(0).lt(1).optional(),
    slices: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
})
    .strict();
const ValidateConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    data: stringOrList.optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["auto", "csv", "tsv", "jsonl", "parquet"]).optional(),
    delimiter: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    schema: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "write-schema": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    reference: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "fail-on": zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["error", "warning", "drift", "never"]).optional(),
    report: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), scalar)).optional(),
})
    .strict();
const TrainConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    command: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "working-directory": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    params: zod__WEBPACK_IMPORTED_MODULE_1__.union([zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.unknown())]).optional(),
    "metrics-file": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "model-path": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    data: stringOrList.optional(),
    /** The training code (paths and globs relative to working-directory) the run cache hashes. */
    code: stringOrList.optional(),
    cache: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
    "artifact-name": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "timeout-minutes": zod__WEBPACK_IMPORTED_MODULE_1__.number().positive().optional(),
})
    .strict();
/**
 * `predict:`: the command that scores a model on rows (the baseline, and the candidate when it
 * has no predictions of its own). It runs like train's command (bash, clean environment,
 * timeout, process-group kill) with MODEL_PATH, EVAL_DATA and PREDICTIONS set.
 */
const PredictConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    command: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "working-directory": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "timeout-minutes": zod__WEBPACK_IMPORTED_MODULE_1__.number().positive().optional(),
    /** Format of the predictions file the command writes (its extension follows). Default csv. */
    format: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["csv", "tsv", "jsonl", "parquet"]).optional(),
})
    .strict();
const EvaluateConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__.union([zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.number().int().positive()]).optional(),
    /** Evaluation rows for predict (file, directory or glob): e.g. a frozen golden set. */
    dataset: stringOrList.optional(),
    /** Which rows are scored: the candidate's own prediction rows (by id), or all of dataset. */
    "evaluation-rows": zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["candidate", "dataset"]).optional(),
    /** The candidate model (file or directory), scored with predict when it has no predictions. */
    "candidate-model": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "predict-command": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    gates: zod__WEBPACK_IMPORTED_MODULE_1__.union([zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), GateSpecSchema)]).optional(),
    "candidate-predictions": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "baseline-predictions": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    significance: zod__WEBPACK_IMPORTED_MODULE_1__.number().gt(0).lt(1).optional(),
    "bootstrap-resamples": zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().optional(),
    "label-column": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "prediction-column": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "score-column": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "id-column": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    slices: stringOrList.optional(),
    task: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["auto", "binary", "multiclass", "regression"]).optional(),
    "positive-label": zod__WEBPACK_IMPORTED_MODULE_1__.union([zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.number(), zod__WEBPACK_IMPORTED_MODULE_1__.boolean()]).optional(),
    "decision-threshold": zod__WEBPACK_IMPORTED_MODULE_1__.number().optional(),
    seed: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().optional(),
    "confidence-level": zod__WEBPACK_IMPORTED_MODULE_1__.number().gt(0).lt(1).optional(),
    "comparison-file": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "fail-on-gate": zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
    "candidate-metrics": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
})
    .strict();
const RegisterConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    aliases: stringOrList.optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__.union([zod__WEBPACK_IMPORTED_MODULE_1__.string(), zod__WEBPACK_IMPORTED_MODULE_1__.record(zod__WEBPACK_IMPORTED_MODULE_1__.string(), scalar)]).optional(),
    "model-scan": zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["fail", "warn", "off"]).optional(),
})
    .strict();
const DeployConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    environment: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    alias: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    target: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["command", "http", "directory"]).optional(),
    command: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    directory: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "health-check-command": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "health-check-url": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "health-check-count": zod__WEBPACK_IMPORTED_MODULE_1__.number().int().positive().optional(),
    "health-check-interval-seconds": zod__WEBPACK_IMPORTED_MODULE_1__.number().nonnegative().optional(),
    "health-check-timeout-seconds": zod__WEBPACK_IMPORTED_MODULE_1__.number().positive().optional(),
    "health-check-initial-delay-seconds": zod__WEBPACK_IMPORTED_MODULE_1__.number().nonnegative().optional(),
    "health-check-failure-limit": zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().optional(),
    "health-check-consecutive-error-limit": zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().optional(),
    rollback: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
    "environment-alias": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "environment-url": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "production-environment": zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
    "transient-environment": zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
    "pass-token": zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
    "timeout-seconds": zod__WEBPACK_IMPORTED_MODULE_1__.number().positive().optional(),
    "http-retries": zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().optional(),
    "http-headers": zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    "keep-versions": zod__WEBPACK_IMPORTED_MODULE_1__.number().int().min(2).optional(),
    "model-scan": zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["fail", "warn", "off"]).optional(),
})
    .strict();
const ReportConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    comment: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
    check: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
    history: zod__WEBPACK_IMPORTED_MODULE_1__.number().int().nonnegative().optional(),
})
    .strict();
const PIPELINE_STEPS = ["validate", "train", "evaluate", "register", "deploy", "report"];
const MlopsConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    version: zod__WEBPACK_IMPORTED_MODULE_1__.literal(1).default(1),
    model: zod__WEBPACK_IMPORTED_MODULE_1__.string()
        .regex(_names_js__WEBPACK_IMPORTED_MODULE_0__/* .MODEL_NAME_PATTERN */ .lM, "expected a model name: letters, digits, '.', '_' or '-', at most 100")
        .optional(),
    registry: zod__WEBPACK_IMPORTED_MODULE_1__.object({
        backend: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["auto", "local", "github"]).optional(),
        path: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
        /** Where new versions' files go: directory, release-assets or oci (default by backend). */
        artifacts: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](["directory", "release-assets", "oci"]).optional(),
        /** The OCI repository of `artifacts: oci`, host/name, e.g. ghcr.io/owner/models. */
        oci: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional(),
    })
        .strict()
        .optional(),
    pipeline: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__["enum"](PIPELINE_STEPS)).optional(),
    validate: ValidateConfigSchema.optional(),
    train: TrainConfigSchema.optional(),
    predict: PredictConfigSchema.optional(),
    evaluate: EvaluateConfigSchema.optional(),
    register: RegisterConfigSchema.optional(),
    deploy: DeployConfigSchema.optional(),
    report: ReportConfigSchema.optional(),
})
    .strict();


/***/ })

};
