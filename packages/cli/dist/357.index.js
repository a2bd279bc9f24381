export const id = 357;
export const ids = [357,293,708,926];
export const modules = {

/***/ 18926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CellKind: () => (/* reexport safe */ _column_js__WEBPACK_IMPORTED_MODULE_5__.B9),
/* harmony export */   ColumnChecker: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_13__.qj),
/* harmony export */   ColumnProfiler: () => (/* reexport safe */ _column_js__WEBPACK_IMPORTED_MODULE_5__.kW),
/* harmony export */   CsvReader: () => (/* reexport safe */ _csv_js__WEBPACK_IMPORTED_MODULE_1__.cv),
/* harmony export */   DATA_FORMATS: () => (/* reexport safe */ _dataset_js__WEBPACK_IMPORTED_MODULE_4__.oq),
/* harmony export */   DRIFT_TESTS: () => (/* reexport safe */ _drift_js__WEBPACK_IMPORTED_MODULE_11__.qx),
/* harmony export */   DataError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.f),
/* harmony export */   DatasetProfiler: () => (/* reexport safe */ _dataset_js__WEBPACK_IMPORTED_MODULE_4__.ib),
/* harmony export */   Distribution: () => (/* reexport safe */ _sketches_distribution_js__WEBPACK_IMPORTED_MODULE_10__.zm),
/* harmony export */   FAIL_ON: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_15__.FAIL_ON),
/* harmony export */   FIELD_ESCAPED: () => (/* reexport safe */ _csv_js__WEBPACK_IMPORTED_MODULE_1__.vZ),
/* harmony export */   FIELD_QUOTED: () => (/* reexport safe */ _csv_js__WEBPACK_IMPORTED_MODULE_1__.uU),
/* harmony export */   Frequencies: () => (/* reexport safe */ _sketches_frequencies_js__WEBPACK_IMPORTED_MODULE_9__.R),
/* harmony export */   HyperLogLog: () => (/* reexport safe */ _sketches_hll_js__WEBPACK_IMPORTED_MODULE_7__.l),
/* harmony export */   Kll: () => (/* reexport safe */ _sketches_kll_js__WEBPACK_IMPORTED_MODULE_6__.O),
/* harmony export */   Moments: () => (/* reexport safe */ _sketches_moments_js__WEBPACK_IMPORTED_MODULE_8__.W),
/* harmony export */   chi2Sf: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_12__.wv),
/* harmony export */   columnDrift: () => (/* reexport safe */ _drift_js__WEBPACK_IMPORTED_MODULE_11__.U4),
/* harmony export */   datasetChecks: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_13__.eB),
/* harmony export */   defaultTest: () => (/* reexport safe */ _drift_js__WEBPACK_IMPORTED_MODULE_11__.Cz),
/* harmony export */   detectFormat: () => (/* reexport safe */ _dataset_js__WEBPACK_IMPORTED_MODULE_4__.Tz),
/* harmony export */   driftSample: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_15__.Q),
/* harmony export */   formatCsvRecord: () => (/* reexport safe */ _csv_js__WEBPACK_IMPORTED_MODULE_1__.ND),
/* harmony export */   inferSchema: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_13__._A),
/* harmony export */   kolmogorovSf: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_12__.FH),
/* harmony export */   ksPValue: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_12__.cS),
/* harmony export */   logGamma: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_12__.SX),
/* harmony export */   normalSf: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_12__.nG),
/* harmony export */   parseDriftOption: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_15__.parseDriftOption),
/* harmony export */   quantile: () => (/* reexport safe */ _sketches_distribution_js__WEBPACK_IMPORTED_MODULE_10__.YV),
/* harmony export */   readJsonLines: () => (/* reexport safe */ _jsonl_js__WEBPACK_IMPORTED_MODULE_2__.s),
/* harmony export */   readParquet: () => (/* reexport safe */ _parquet_js__WEBPACK_IMPORTED_MODULE_3__.X),
/* harmony export */   renderSummary: () => (/* reexport safe */ _summary_js__WEBPACK_IMPORTED_MODULE_14__.B),
/* harmony export */   resolveFiles: () => (/* reexport safe */ _dataset_js__WEBPACK_IMPORTED_MODULE_4__.sA),
/* harmony export */   unescapeField: () => (/* reexport safe */ _csv_js__WEBPACK_IMPORTED_MODULE_1__.HQ),
/* harmony export */   validateData: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_15__.validateData)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27211);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5202);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17120);
/* harmony import */ var _parquet_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18574);
/* harmony import */ var _dataset_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92302);
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79554);
/* harmony import */ var _sketches_kll_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25138);
/* harmony import */ var _sketches_hll_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54567);
/* harmony import */ var _sketches_moments_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53942);
/* harmony import */ var _sketches_frequencies_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(30417);
/* harmony import */ var _sketches_distribution_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(217);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(34881);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(48273);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(49451);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(21350);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(66549);


















/***/ }),

/***/ 48566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gz: () => (/* binding */ parseBaselineSpec),
/* harmony export */   j8: () => (/* binding */ readMetricsSource),
/* harmony export */   oL: () => (/* binding */ resolveBaseline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17198);



const FILE_EXT = /\.(json|ya?ml|csv)$/i;
function parseBaselineSpec(value, cwd) {
    const v = (value ?? "").trim();
    if (v === "" || v.toLowerCase() === "none")
        return { kind: "none" };
    const version = /^v?(\d+)$/.exec(v);
    if (version) {
        const n = Number(version[1]);
        if (!Number.isSafeInteger(n) || n < 1) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline: version ${JSON.stringify(v)} is not valid: versions start at 1`, {
                code: "input-invalid",
            });
        }
        return { kind: "version", version: n };
    }
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, v);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(resolved) || FILE_EXT.test(v) || v.includes("/") || v.includes("\\")) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(resolved)) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline: ${v}: file not found (give a metrics or RunRecord file, a registry alias such as production, a version number, or none)`, { code: "baseline-missing", location: { file: v } });
        }
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(resolved).isDirectory()) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline: ${v}: expected a file, found a directory`, {
                code: "baseline-missing",
                location: { file: v },
            });
        }
        return { kind: "file", path: v };
    }
    try {
        return { kind: "alias", alias: (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .checkAlias */ .ff)(v) };
    }
    catch (error) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline: ${JSON.stringify(v)} is neither none, a version number, an existing file, nor a valid alias (${error.message})`, { code: "input-invalid" });
    }
}
/** Metrics from a metrics file, a RunRecord or a ModelVersion document, with their identity. */
async function readMetricsSource(file, cwd) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file);
    if (/\.json$/i.test(file)) {
        const value = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .readJsonFile */ .JE)(full);
        const kind = value && typeof value === "object" ? value.kind : undefined;
        if (kind === "mlops.run") {
            const run = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)("mlops.run", value, file);
            return {
                source: file,
                metrics: run.metrics,
                version: null,
                runId: run.id,
                gitSha: run.git.sha,
                params: run.params,
                ...(run.model ? { modelPath: run.model.path } : {}),
            };
        }
        if (kind === "mlops.model-version") {
            const mv = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)("mlops.model-version", value, file);
            return {
                source: file,
                metrics: mv.metrics,
                version: mv.number,
                runId: mv.run?.id ?? null,
                gitSha: mv.lineage.gitSha,
                params: mv.params,
                ...(mv.artifact ? { artifact: mv.artifact } : {}),
            };
        }
        if (typeof kind === "string" && kind.startsWith("mlops.")) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: a '${kind}' document holds no model metrics; give a metrics file, a RunRecord or a ModelVersion`, { code: "document-kind", location: { file } });
        }
    }
    const metrics = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .readMetricsFile */ ._c)(full);
    return { source: file, metrics, version: null, runId: null, gitSha: null };
}
/**
 * The baseline's metrics, or null when there is none: `none`, or a registry without the model
 * or the alias (the very first model).
 */
async function resolveBaseline(spec, options) {
    if (spec.kind === "none")
        return null;
    if (spec.kind === "file")
        return { ...(await readMetricsSource(spec.path, options.cwd)), alias: null };
    const ref = spec.kind === "version" ? spec.version : spec.alias;
    if (!options.model) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline '${ref}' is looked up in the model registry, which needs the model name: set model (or baseline: none, or a metrics file)`, { code: "input-missing" });
    }
    if (!options.openRegistry) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline '${ref}': no model registry is available here; give a metrics file or none`, {
            code: "registry-unavailable",
        });
    }
    const registry = await options.openRegistry();
    const mv = spec.kind === "version"
        ? await registry.resolve(options.model, spec.version)
        : await registry.resolve(options.model, spec.alias, { optional: true });
    if (!mv) {
        options.logger.notice(`no baseline: model '${options.model}' has no '${ref}' version in the ${registry.kind} registry (${registry.location}) yet; only absolute gates apply`);
        return null;
    }
    return {
        source: `${registry.kind} registry ${registry.location}: ${options.model} v${mv.number}${spec.kind === "alias" ? ` (${spec.alias})` : ""}`,
        metrics: mv.metrics,
        version: mv.number,
        alias: spec.kind === "alias" ? spec.alias : null,
        runId: mv.run?.id ?? null,
        gitSha: mv.lineage.gitSha,
        params: mv.params,
        contentDigest: mv.contentDigest,
        ...(mv.artifact ? { artifact: mv.artifact } : {}),
        download: (dir) => registry.download(options.model, mv.number, dir),
    };
}


/***/ }),

/***/ 13367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ pointEstimates),
/* harmony export */   J9: () => (/* binding */ percentileInterval),
/* harmony export */   Wx: () => (/* binding */ pairedBootstrap)
/* harmony export */ });
/* unused harmony export BootstrapResult */
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45650);

class BootstrapResult {
    resamples;
    level;
    seed;
    candidateNames;
    baselineNames;
    candidateValues;
    baselineValues;
    constructor(resamples, level, seed, candidateNames, baselineNames, 
    /** resamples × metrics, row-major. */
    candidateValues, baselineValues) {
        this.resamples = resamples;
        this.level = level;
        this.seed = seed;
        this.candidateNames = candidateNames;
        this.baselineNames = baselineNames;
        this.candidateValues = candidateValues;
        this.baselineValues = baselineValues;
    }
    column(values, names, name) {
        const k = names.indexOf(name);
        if (k < 0)
            return null;
        const M = names.length;
        const out = new Float64Array(this.resamples);
        for (let b = 0; b < this.resamples; b++)
            out[b] = values[b * M + k];
        return out;
    }
    /** The resampled values of a metric for the candidate or the baseline. */
    values(model, name) {
        if (model === "candidate")
            return this.column(this.candidateValues, this.candidateNames, name);
        return this.baselineValues ? this.column(this.baselineValues, this.baselineNames, name) : null;
    }
    /** candidate − baseline per resample. */
    deltas(name) {
        const c = this.values("candidate", name);
        const b = this.values("baseline", name);
        if (!c || !b)
            return null;
        for (let i = 0; i < c.length; i++)
            c[i] = c[i] - b[i];
        return c;
    }
    intervals(name) {
        return {
            candidate: percentileInterval(this.values("candidate", name), this.level),
            baseline: percentileInterval(this.values("baseline", name), this.level),
            delta: percentileInterval(this.deltas(name), this.level),
        };
    }
    /**
     * One-sided p-value that the improvement (candidate − baseline, negated when lower is better)
     * is at most `margin`: (1 + #{resamples with improvement ≤ margin}) / (1 + resamples).
     */
    pValue(name, margin, greaterIsBetter) {
        const d = this.deltas(name);
        if (!d)
            return null;
        let count = 0;
        let used = 0;
        for (let i = 0; i < d.length; i++) {
            const v = d[i];
            if (Number.isNaN(v))
                continue;
            used++;
            if ((greaterIsBetter ? v : -v) <= margin)
                count++;
        }
        return used ? (1 + count) / (1 + used) : null;
    }
}
/** Percentile interval (numpy's linear interpolation); NaN resamples are left out. */
function percentileInterval(values, level) {
    if (!values)
        return null;
    const finite = values.filter((v) => !Number.isNaN(v)).sort();
    if (finite.length === 0)
        return null;
    const alpha = (1 - level) / 2;
    return [(0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(finite, alpha), (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(finite, 1 - alpha)];
}
/** Runs the paired bootstrap over n rows. */
function pairedBootstrap(n, candidate, baseline, options) {
    const B = options.resamples;
    const W = new Uint8Array(n);
    const state = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .seedState */ .B0)(options.seed);
    const Mc = candidate.names.length;
    const Mb = baseline?.names.length ?? 0;
    const cv = new Float64Array(B * Mc);
    const bv = baseline ? new Float64Array(B * Mb) : null;
    const outC = new Float64Array(Mc);
    const outB = new Float64Array(Mb);
    for (let b = 0; b < B; b++) {
        (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .fillPoissonWeights */ .It)(W, state);
        candidate.evaluate(W, outC);
        cv.set(outC, b * Mc);
        if (baseline && bv) {
            baseline.evaluate(W, outB);
            bv.set(outB, b * Mb);
        }
    }
    return new BootstrapResult(B, options.level, options.seed, candidate.names, baseline?.names ?? [], cv, bv);
}
/** Evaluates with every weight 1: the point estimates. */
function pointEstimates(n, evaluator) {
    const W = new Uint8Array(n).fill(1);
    const out = new Float64Array(evaluator.names.length);
    evaluator.evaluate(W, out);
    const metrics = {};
    evaluator.names.forEach((name, k) => (metrics[name] = out[k]));
    return metrics;
}


/***/ }),

/***/ 58357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateAgainstBaseline: () => (/* binding */ evaluateAgainstBaseline)
});

// UNUSED EXPORTS: DEFAULT_CACHE_DIR, REGISTERED_NOTE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
// EXTERNAL MODULE: ./packages/metrics/src/baseline.ts
var baseline = __webpack_require__(48566);
// EXTERNAL MODULE: ./packages/metrics/src/bootstrap.ts
var bootstrap = __webpack_require__(13367);
// EXTERNAL MODULE: ./packages/metrics/src/evaluators.ts
var evaluators = __webpack_require__(33471);
// EXTERNAL MODULE: ./packages/metrics/src/gates.ts
var gates = __webpack_require__(14293);
// EXTERNAL MODULE: ./packages/metrics/src/paired-tests.ts
var paired_tests = __webpack_require__(9596);
// EXTERNAL MODULE: ./packages/metrics/src/predictions.ts
var predictions = __webpack_require__(98131);
// EXTERNAL MODULE: ./packages/metrics/src/rescore.ts
var rescore = __webpack_require__(39424);
// EXTERNAL MODULE: ./packages/metrics/src/stats.ts
var src_stats = __webpack_require__(45650);
// EXTERNAL MODULE: ./packages/metrics/src/task.ts
var src_task = __webpack_require__(40516);
// EXTERNAL MODULE: ./packages/metrics/src/summary.ts
var summary = __webpack_require__(73457);
;// CONCATENATED MODULE: ./packages/metrics/src/scan-models.ts

/*
 * evaluate's model scan: each side's model files are scanned with @mlops/scan (through the
 * registry's enforceScan, as register-model and deploy-model do) before the predict command
 * loads them, since pickle-based formats run code when loaded. `model-scan: fail` (default)
 * stops the step on a dangerous or unscannable file, naming it; `warn` goes on with warnings;
 * `off` skips the scan. The summaries go into the Comparison (scan.candidate, scan.baseline).
 */
const MODEL_SCAN_MODES = (/* unused pure expression or super */ null && (["fail", "warn", "off"]));
class ModelScans {
    mode;
    logger;
    result = { candidate: null, baseline: null };
    /** Sides whose files were looked at here (scanned, or skipped with model-scan: off). */
    seen = new Map();
    constructor(mode, logger) {
        this.mode = mode;
        this.logger = logger;
    }
    /** Scans `modelPath` once; throws StepFailed (model-scan-failed) under `fail` on a dangerous file. */
    async scan(side, modelPath, target) {
        const key = external_node_path_default().resolve(modelPath);
        if (this.seen.has(key))
            return;
        this.seen.set(key, side);
        const { enforceScan } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 93229));
        const summary = await enforceScan(modelPath, this.mode, this.logger, {
            consequence: side === "candidate"
                ? "evaluate did not load or score the candidate"
                : "evaluate did not run the predict command on the baseline",
            ...(target.shown ? { shown: target.shown } : {}),
            context: target.context,
        });
        this.result[side] = summary;
    }
    /** The Comparison's `scan` (a side null when not scanned), or undefined when no side had model files here. */
    comparisonScan() {
        if (this.seen.size === 0)
            return undefined;
        return { candidate: this.result.candidate, baseline: this.result.baseline };
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/evaluate.ts
















/** Where cached baseline scores live, under the working directory. */
const DEFAULT_CACHE_DIR = ".mlops/cache";
const SLICE_DEFAULT_METRICS = [
    "accuracy",
    "f1",
    "roc_auc",
    "log_loss",
    "f1_macro",
    "roc_auc_ovr",
    "rmse",
    "mae",
    "r2",
];
const MAX_SLICE_VALUES = 1000;
/** Point metrics and the paired bootstrap; the evaluators are released when it returns. */
function resampled(prepared, options, seed) {
    // The baseline first: its argsort's scratch is freed before the candidate's evaluator exists.
    // Without slices nothing reads the scores after this: the evaluators take them over.
    const consume = { consumeScore: prepared.slices.length === 0 };
    const base = prepared.baseline ? (0,src_task/* evaluatorFor */.ZC)(prepared, prepared.baseline, consume) : null;
    const cand = (0,src_task/* evaluatorFor */.ZC)(prepared, prepared.candidate, consume);
    const dl = base instanceof evaluators/* BinaryEvaluator */.z1 && cand instanceof evaluators/* BinaryEvaluator */.z1 ? (0,paired_tests/* delongOf */.x4)(cand, base) : null;
    const boot = options.resamples > 0
        ? (0,bootstrap/* pairedBootstrap */.Wx)(prepared.rows, cand, base, {
            resamples: options.resamples,
            seed,
            level: options.level,
        })
        : null;
    return {
        candidate: (0,bootstrap/* pointEstimates */.GC)(prepared.rows, cand),
        baseline: base ? (0,bootstrap/* pointEstimates */.GC)(prepared.rows, base) : null,
        boot,
        delong: dl,
    };
}
function pairedStats(t, options, seed) {
    const prepared = (0,src_task/* orderByCandidateScore */.Zx)(t);
    const stats = { rows: t.rows, ...resampled(prepared, options, seed), mcnemar: null };
    const c = prepared.candidate;
    const b = prepared.baseline;
    if (c.task === "binary" && b?.task === "binary") {
        stats.mcnemar = discordant(prepared.y, c.pred, b.pred);
    }
    else if (c.task === "multiclass" && b?.task === "multiclass") {
        stats.mcnemar = discordant(prepared.y, c.pred, b.pred);
    }
    return stats;
}
function discordant(y, a, b) {
    let aOnly = 0;
    let bOnly = 0;
    for (let i = 0; i < y.length; i++) {
        const ra = a[i] === y[i];
        const rb = b[i] === y[i];
        if (ra && !rb)
            aOnly++;
        else if (rb && !ra)
            bOnly++;
    }
    return (0,paired_tests/* mcnemar */.op)(aOnly, bOnly, { exact: true });
}
function significanceFor(stats, metric, greaterIsBetter) {
    if (!stats || !stats.baseline)
        return null;
    return (margin) => {
        if ((metric === "roc_auc" || metric === "auc") && stats.delong && stats.delong.variance > 0) {
            const d = greaterIsBetter
                ? stats.delong.aucA - stats.delong.aucB
                : stats.delong.aucB - stats.delong.aucA;
            return { pValue: (0,src_stats/* normalSf */.nG)((d - margin) / Math.sqrt(stats.delong.variance)), method: "DeLong" };
        }
        if (metric === "accuracy" && margin === 0 && stats.mcnemar && greaterIsBetter) {
            return {
                pValue: stats.mcnemar.pValueAGreater,
                method: stats.mcnemar.method === "mcnemar" ? "McNemar" : "exact McNemar",
            };
        }
        const p = stats.boot?.pValue(metric, margin, greaterIsBetter);
        return p === null || p === undefined
            ? null
            : { pValue: p, method: `paired bootstrap, ${stats.boot.resamples} resamples` };
    };
}
function testFor(stats, metric) {
    if (!stats?.baseline)
        return null;
    if ((metric === "roc_auc" || metric === "auc") && stats.delong) {
        return { name: "delong", statistic: finiteOrNull(stats.delong.z), pValue: stats.delong.pValue };
    }
    if (metric === "accuracy" && stats.mcnemar) {
        return { name: stats.mcnemar.method, statistic: stats.mcnemar.statistic, pValue: stats.mcnemar.pValue };
    }
    if (stats.boot && metric in stats.candidate && metric in stats.baseline) {
        const up = stats.boot.pValue(metric, 0, true);
        const down = stats.boot.pValue(metric, 0, false);
        if (up === null || down === null)
            return null;
        return { name: "paired-bootstrap", statistic: null, pValue: Math.min(1, 2 * Math.min(up, down)) };
    }
    return null;
}
/** How a registered baseline value in a paired comparison is named in messages. */
const REGISTERED_NOTE = "its registered value, measured on other rows, not re-scored";
const finiteOrNull = (v) => v === undefined || v === null || !Number.isFinite(v) ? null : v;
function metricRow(name, slice, candidate, baseline, hasBaseline, gate, stats, context) {
    const { options } = context;
    // In a paired comparison a baseline value the predictions did not give is the registered one.
    const source = baseline === undefined
        ? undefined
        : context.paired && stats?.baseline && name in stats.baseline
            ? "same-rows"
            : "registered";
    const gib = gate?.greaterIsBetter ?? (0,gates/* defaultGreaterIsBetter */.eX)(name) ?? null;
    const c = candidate;
    const b = baseline;
    const bothFinite = c !== undefined && b !== undefined && Number.isFinite(c) && Number.isFinite(b);
    const delta = bothFinite ? c - b : null;
    const row = {
        name,
        slice,
        candidate: finiteOrNull(c),
        baseline: finiteOrNull(b),
        delta: finiteOrNull(delta),
        relativeDelta: bothFinite && b !== 0 ? finiteOrNull((c - b) / Math.abs(b)) : null,
        greaterIsBetter: gib,
        interval: null,
        test: testFor(stats, name),
        gate: null,
        status: "info",
        ...(source ? { baselineSource: source } : {}),
    };
    if (stats?.boot && name in stats.candidate) {
        const iv = stats.boot.intervals(name);
        row.interval = {
            level: options.level,
            method: `paired Poisson bootstrap, ${stats.boot.resamples} resamples, percentile`,
            candidate: iv.candidate,
            baseline: stats.baseline && name in stats.baseline ? iv.baseline : null,
            delta: stats.baseline && name in stats.baseline ? iv.delta : null,
        };
    }
    if (gate) {
        // Said plainly when a paired comparison's change rule meets a registered baseline value.
        const otherRows = context.paired && source === "registered";
        const unpaired = otherRows
            ? `${name} is not computed from predictions (its baseline is ${REGISTERED_NOTE}), so it has no paired test; drop significance from its gate`
            : context.unpaired;
        const outcome = (0,gates/* checkGate */.Ks)(gate, {
            candidate: c,
            baseline: b,
            significance: significanceFor(stats, name, gate.greaterIsBetter),
            defaultSignificance: stats?.baseline && !otherRows ? options.significance : null,
            ...(unpaired ? { unpaired } : {}),
        });
        row.gate = {
            threshold: gate.threshold,
            minAbsoluteChange: gate.minAbsoluteChange,
            minRelativeChange: gate.minRelativeChange,
            significance: gate.significance ?? (stats?.baseline && !otherRows ? options.significance : null),
            rules: outcome.rules.map((r) => ({
                ...r,
                expected: finiteOrNull(r.expected),
                actual: finiteOrNull(r.actual),
                ...(otherRows && r.rule !== "threshold" && r.actual !== null
                    ? { message: `${r.message} (baseline: ${REGISTERED_NOTE})` }
                    : {}),
            })),
        };
        row.status = outcome.status;
    }
    else if (c === undefined)
        row.status = "missing";
    else if (hasBaseline && b === undefined)
        row.status = "new";
    return row;
}
async function readCandidate(options) {
    if (!options.candidateMetrics)
        return { metrics: {}, runId: null, gitSha: null };
    const src = await (0,baseline/* readMetricsSource */.j8)(options.candidateMetrics, options.cwd);
    return {
        metrics: src.metrics,
        runId: src.runId,
        gitSha: src.gitSha,
        ...(src.params ? { params: src.params } : {}),
        ...(src.modelPath ? { modelPath: src.modelPath } : {}),
    };
}
/** The inputs that contradict each other, before anything is read. */
function checkInputs(options) {
    if (options.baselinePredictions && !options.candidatePredictions) {
        throw new src/* ConfigurationError */.j1("baseline-predictions need candidate-predictions on the same rows", {
            code: "input-missing",
        });
    }
    const spec = (0,baseline/* parseBaselineSpec */.gz)(options.baseline, options.cwd);
    if (spec.kind === "none" && options.baselinePredictions) {
        throw new src/* ConfigurationError */.j1("baseline: none contradicts baseline-predictions; drop one of them", {
            code: "input-invalid",
        });
    }
    return spec;
}
async function resolveFor(spec, options, deps) {
    const registryWithoutModel = (spec.kind === "alias" || spec.kind === "version") && !options.model;
    if (registryWithoutModel && options.baselinePredictions) {
        deps.logger.info(`baseline: no model name, so the registry is not consulted; the baseline is ${options.baselinePredictions}`);
        return null;
    }
    return (0,baseline/* resolveBaseline */.oL)(spec, {
        model: options.model,
        cwd: options.cwd,
        logger: deps.logger,
        ...(deps.openRegistry ? { openRegistry: deps.openRegistry } : {}),
    });
}
/** Whether evaluate scores with the predict command, and on which rows. */
function predictPlan(options, resolved) {
    if (!options.predict || options.baselinePredictions)
        return null;
    const rows = options.evaluationRows ?? (options.candidatePredictions ? "candidate" : "dataset");
    const baseline = resolved?.download ? resolved : null;
    const scoresCandidate = rows === "dataset" && !!options.candidateModel;
    return baseline || scoresCandidate ? { rows, baseline } : null;
}
async function readPredictionFiles(options, resolved, deps, workDir) {
    const abs = (f) => external_node_path_default().resolve(options.cwd, f);
    // Messages name the files as the user gave them.
    let ct = options.candidatePredictions
        ? await (0,predictions/* readPredictions */.R_)(abs(options.candidatePredictions), options.columns, options.format, {
            display: options.candidatePredictions,
        })
        : null;
    // The baseline is read straight into the candidate's row order, joined on the id column.
    const alignTo = options.columns.id ? ct : null;
    let bt = options.baselinePredictions
        ? await (0,predictions/* readPredictions */.R_)(abs(options.baselinePredictions), options.columns, options.format, {
            alignTo,
            display: options.baselinePredictions,
        })
        : null;
    const plan = predictPlan(options, resolved);
    let scored = null;
    if (plan && options.predict) {
        scored = await (0,rescore/* scoreOnEvaluationRows */.fy)({
            predict: options.predict,
            dataset: options.dataset ?? [],
            rows: plan.rows,
            candidateModel: options.candidateModel,
            idColumn: options.columns.id,
            cwd: options.cwd,
            cacheDir: external_node_path_default().resolve(options.cwd, options.cacheDir ?? DEFAULT_CACHE_DIR),
            workDir,
        }, plan.baseline, ct, {
            logger: deps.logger,
            tempDir: workDir,
            ...(deps.env ? { env: deps.env } : {}),
            beforeLoad: (run) => scanBeforeLoad(deps.scans, run, options, resolved),
        });
        const format = options.predict.format;
        if (scored.candidateFile) {
            ct = await (0,predictions/* readPredictions */.R_)(scored.candidateFile, options.columns, format, {
                display: "the candidate's predictions",
            });
        }
        if (scored.baselineFile) {
            bt = await (0,predictions/* readPredictions */.R_)(scored.baselineFile, options.columns, format, {
                alignTo: options.columns.id ? ct : null,
                display: (0,markdown/* displayPath */.Gt)(options.cwd, scored.baselineFile),
            });
        }
    }
    return ct ? { ct, bt, scored } : null;
}
/** The prepared task; the prediction tables (ids, text columns) are not kept past it. */
async function taskOf(options, resolved, deps, workDir) {
    const files = await readPredictionFiles(options, resolved, deps, workDir);
    if (!files)
        return null;
    return { task: (0,src_task/* prepareTask */.t8)(files.ct, files.bt, options.columns), scored: files.scored };
}
async function evaluatePredictions(options, resolved, deps, workDir) {
    const prepared = await taskOf(options, resolved, deps, workDir);
    if (!prepared)
        return null;
    const { task, scored } = prepared;
    const residuals = residualsOf(task);
    (0,src_task/* orderByCandidateScore */.Zx)(task, { inPlace: true });
    const t0 = Date.now();
    const stats = pairedStats(task, options, options.seed);
    deps.logger.info(`${task.task} task, ${task.rows} rows${task.baseline ? ", paired with the baseline's predictions" : ""}: metrics and ${options.resamples} bootstrap resamples in ${Date.now() - t0} ms`);
    return {
        stats,
        sliceStats: sliceStatsOf(task, options),
        ...(task.task !== "regression"
            ? {
                confusion: {
                    classes: task.classes,
                    matrix: confusionMatrix(task, task.candidate),
                    // The baseline's matrix on the same rows, for the report's confusion diff.
                    ...(task.baseline ? { baseline: confusionMatrix(task, task.baseline) } : {}),
                },
            }
            : {}),
        ...(residuals ? { residuals } : {}),
        scored,
    };
}
/** Regression: each side's errors on the evaluation rows. */
function residualsOf(task) {
    if (task.candidate.task !== "regression")
        return null;
    return {
        candidate: (0,evaluators/* summarizeResiduals */.i$)(task.y, task.candidate.pred),
        baseline: task.baseline?.task === "regression" ? (0,evaluators/* summarizeResiduals */.i$)(task.y, task.baseline.pred) : null,
    };
}
/** PredictDeps.beforeLoad: the side's files are scanned before the predict command loads them. */
async function scanBeforeLoad(scans, run, options, resolved) {
    if (run.who === "candidate") {
        await scans.scan("candidate", run.modelPath, {
            shown: options.candidateModel ?? (0,markdown/* displayPath */.Gt)(options.cwd, run.modelPath),
            context: "the candidate",
        });
        return;
    }
    const version = resolved?.version ? ` v${resolved.version}` : "";
    await scans.scan("baseline", run.modelPath, {
        shown: "",
        context: `the baseline${options.model ? ` ${options.model}` : ""}${version}`,
    });
}
function sliceStatsOf(task, options) {
    const out = [];
    for (const [k, s] of task.slices.entries()) {
        const groups = new Map();
        s.values.forEach((v, i) => {
            let g = groups.get(v);
            if (!g)
                groups.set(v, (g = []));
            g.push(i);
        });
        if (groups.size > MAX_SLICE_VALUES) {
            throw new src/* ConfigurationError */.j1(`slice column '${s.column}' has ${groups.size} distinct values (at most ${MAX_SLICE_VALUES}); slice on a coarser column`, { code: "too-many-slices" });
        }
        const values = [...groups.keys()].sort();
        for (const [j, value] of values.entries()) {
            const sub = (0,src_task/* subsetTask */.Sh)(task, Int32Array.from(groups.get(value)));
            out.push({
                column: s.column,
                value,
                stats: pairedStats(sub, options, (options.seed + 1000 * (k + 1) + j) >>> 0),
            });
        }
    }
    return out;
}
/** The candidate's metrics: its file's, overridden by what its predictions give. */
function candidateMetricsOf(candidate, p, logger) {
    const out = { ...candidate.metrics };
    if (!p)
        return out;
    const scoredHere = !!p.scored?.candidateFile;
    for (const [name, value] of Object.entries(p.stats.candidate)) {
        const filed = candidate.metrics[name];
        if (!scoredHere && filed !== undefined && Math.abs(filed - value) > 1e-9 * Math.max(1, Math.abs(value))) {
            logger.warning(`candidate ${name}: the metrics file says ${filed}, the predictions give ${value}; using the predictions`);
        }
        out[name] = value;
    }
    return out;
}
function comparisonRows(options, candidateMetrics, baselineMetrics, hasBaseline, p, unpaired) {
    const stats = p?.stats ?? null;
    const paired = !!stats?.baseline;
    const gateByName = new Map(options.gates.map((g) => [g.metric, g]));
    const names = [
        ...new Set([
            ...options.gates.map((g) => g.metric),
            ...Object.keys(candidateMetrics),
            ...Object.keys(baselineMetrics),
        ]),
    ];
    const context = { options, unpaired, paired };
    const rows = names.map((name) => metricRow(name, null, candidateMetrics[name], hasBaseline ? baselineMetrics[name] : undefined, hasBaseline, gateByName.get(name), stats, context));
    const sliceGates = options.gates.filter((g) => g.slices);
    const sliceMetrics = new Set([
        ...options.gates.map((g) => g.metric),
        ...(options.gates.length ? [] : SLICE_DEFAULT_METRICS),
    ]);
    for (const s of p?.sliceStats ?? []) {
        for (const name of sliceMetrics) {
            if (!(name in s.stats.candidate))
                continue;
            rows.push(metricRow(name, { column: s.column, value: s.value }, s.stats.candidate[name], s.stats.baseline?.[name], hasBaseline && !!s.stats.baseline, sliceGates.find((g) => g.metric === name), s.stats, context));
        }
    }
    return rows;
}
function reasonsFor(options, spec, rows, hasBaseline, evaluation) {
    const reasons = [];
    for (const row of rows) {
        for (const rule of row.gate?.rules ?? []) {
            if (!rule.passed)
                reasons.push(`${row.name}${row.slice ? ` [${row.slice.column}=${row.slice.value}]` : ""}: ${rule.rule} failed: ${rule.message}`);
        }
    }
    if (!hasBaseline) {
        reasons.push(spec.kind === "none"
            ? "no baseline (baseline: none): only absolute gates (threshold) were checked"
            : `no baseline: the registry has no '${spec.kind === "alias" ? spec.alias : spec.kind === "version" ? spec.version : ""}' version of ${options.model} yet (first model); only absolute gates (threshold) were checked`);
    }
    else {
        for (const row of rows)
            if (row.status === "new" && row.gate)
                reasons.push(`${row.name}: the baseline has no value; its change rules were not checked`);
        if (evaluation?.pairedOn === "same-rows")
            for (const row of rows)
                if (row.gate && row.baselineSource === "registered" && !row.slice)
                    reasons.push(`${row.name}: not computed from predictions, so its baseline is ${REGISTERED_NOTE}; its change rules compared the candidate with that (not like-for-like)`);
    }
    if (evaluation && evaluation.pairedOn === "registered-metrics")
        reasons.push(evaluation.note);
    if (options.gates.length === 0)
        reasons.push("no gates declared: nothing can fail");
    return reasons;
}
async function evaluateAgainstBaseline(options, deps) {
    const { logger } = deps;
    const spec = checkInputs(options);
    const candidate = await readCandidate(options);
    const resolved = await resolveFor(spec, options, deps);
    const tempRoot = deps.tempDir ?? deps.ctx?.runnerTemp ?? external_node_os_default().tmpdir();
    await external_node_fs_.promises.mkdir(tempRoot, { recursive: true });
    const workDir = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(tempRoot, "mlops-evaluate-"));
    const scans = new ModelScans(options.modelScan ?? "fail", logger);
    let p;
    try {
        await scanCandidate(scans, options, candidate);
        p = await evaluatePredictions(options, resolved, { ...deps, scans }, workDir);
    }
    finally {
        await external_node_fs_.promises.rm(workDir, { recursive: true, force: true });
    }
    const stats = p?.stats ?? null;
    const candidateMetrics = candidateMetricsOf(candidate, p, logger);
    const hasBaseline = resolved !== null || stats?.baseline != null;
    const baselineMetrics = { ...(resolved?.metrics ?? {}) };
    if (stats?.baseline)
        for (const [name, value] of Object.entries(stats.baseline))
            baselineMetrics[name] = value;
    const evaluation = describeEvaluation({ options, resolved, candidate: candidateMetrics, p, hasBaseline });
    const unpaired = evaluation?.pairedOn === "registered-metrics" ? unpairedAdvice(options) : undefined;
    const rows = comparisonRows(options, candidateMetrics, baselineMetrics, hasBaseline, p, unpaired);
    for (const gate of options.gates.filter((g) => g.slices)) {
        if (!p?.sliceStats.length) {
            logger.warning(`gate '${gate.metric}' has slices: true, but no slices were computed (give slices and candidate-predictions)`);
        }
    }
    const reasons = reasonsFor(options, spec, rows, hasBaseline, evaluation);
    const failed = rows.some((r) => r.status === "fail");
    const comparison = {
        kind: "mlops.comparison",
        version: 1,
        created: (deps.now?.() ?? new Date()).toISOString(),
        model: options.model ?? "",
        candidate: {
            source: options.candidateMetrics ?? options.candidatePredictions ?? options.candidateModel ?? null,
            runId: candidate.runId,
            gitSha: candidate.gitSha ?? deps.ctx?.sha ?? null,
            ...(candidate.params ? { params: candidate.params } : {}),
        },
        baseline: hasBaseline ? baselineIdentity(resolved, options) : null,
        verdict: failed ? "fail" : hasBaseline ? "pass" : "no-baseline",
        passed: !failed,
        reasons,
        metrics: rows,
        predictions: stats
            ? {
                rows: stats.rows,
                resamples: options.resamples,
                seed: options.seed,
                ...(p?.confusion ? { confusionMatrix: p.confusion } : {}),
                ...(p?.residuals ? { residuals: p.residuals } : {}),
            }
            : null,
        evaluation,
    };
    const scan = scans.comparisonScan();
    if (scan)
        comparison.scan = scan;
    const file = external_node_path_default().resolve(options.cwd, options.output);
    await (0,src/* writeDocument */.ft)("mlops.comparison", file, comparison);
    return {
        comparison,
        file,
        summary: (0,summary/* renderComparisonSummary */.Y)(comparison),
        predictMs: p?.scored?.predictMs ?? 0,
    };
}
function baselineIdentity(resolved, options) {
    return {
        source: resolved?.source ?? options.baselinePredictions ?? null,
        version: resolved?.version ?? null,
        alias: resolved?.alias ?? null,
        runId: resolved?.runId ?? null,
        gitSha: resolved?.gitSha ?? null,
        ...(resolved?.params ? { params: resolved.params } : {}),
        ...(resolved?.artifact ? { artifact: resolved.artifact } : {}),
    };
}
/**
 * The candidate's model files (candidate-model, else the RunRecord's model), scanned up front
 * when they are here: before the predict command loads them, and for the report either way.
 */
async function scanCandidate(scans, options, candidate) {
    const given = options.candidateModel ?? candidate.modelPath;
    if (!given)
        return;
    const full = external_node_path_default().resolve(options.cwd, given);
    if (!(0,external_node_fs_.existsSync)(full))
        return;
    await scans.scan("candidate", full, { shown: given, context: "the candidate" });
}
/** Row counts a metrics file may record (the example's trainers write holdout_rows). */
const ROW_COUNT_METRICS = ["holdout_rows", "eval_rows", "test_rows", "validation_rows", "rows"];
function rowsRecorded(metrics) {
    for (const name of ROW_COUNT_METRICS) {
        const v = metrics[name];
        if (v !== undefined && Number.isInteger(v) && v >= 0)
            return v;
    }
    return null;
}
function unpairedAdvice(options) {
    return options.predict
        ? "give the baseline as a registry version or alias (its files are scored with the predict command)"
        : "add a predict: section to mlops.yml (predict.command scores a model on rows: MODEL_PATH, EVAL_DATA, PREDICTIONS) and evaluate.dataset, so the baseline is scored on the candidate's rows";
}
/** Which rows each side was measured on, in the Comparison and in plain words. */
function describeEvaluation(a) {
    const { options, resolved, p } = a;
    const scored = p?.scored ?? null;
    const dataset = scored
        ? { source: scored.rows.source, fingerprint: scored.rows.fingerprint, rows: scored.rows.rows }
        : null;
    const candidateRows = p?.stats.rows ?? rowsRecorded(a.candidate);
    const candidate = {
        source: scored?.candidateFile ? "predict" : p ? "training" : "metrics",
        rows: candidateRows,
    };
    const name = resolved?.version ? `v${resolved.version}` : "the baseline";
    const predictCommand = scored?.baselineSource ? options.predict.command : null;
    if (p?.stats.baseline) {
        const source = scored?.baselineSource ?? "file";
        const how = source === "file"
            ? `baseline predictions ${options.baselinePredictions}`
            : `baseline ${name} ${source === "cache" ? "re-scored (cached scores)" : "re-scored with the predict command"}`;
        const where = dataset ? ` (${dataset.source}, sha256 ${dataset.fingerprint.slice(0, 12)})` : "";
        return {
            pairedOn: "same-rows",
            dataset,
            candidate,
            baseline: { source, rows: p.stats.rows, predictCommand },
            note: `like-for-like: ${how} and the candidate on the same ${p.stats.rows} rows${where}`,
        };
    }
    if (!a.hasBaseline) {
        return {
            pairedOn: "candidate-only",
            dataset,
            candidate,
            baseline: null,
            note: `no baseline: the candidate alone${candidateRows !== null ? `, on ${candidateRows} rows` : ""}`,
        };
    }
    const baseRows = resolved ? rowsRecorded(resolved.metrics) : null;
    const count = (n) => (n === null ? "rows of its own (count not recorded)" : `${n} rows`);
    return {
        pairedOn: "registered-metrics",
        dataset,
        candidate,
        baseline: { source: "registered-metrics", rows: baseRows, predictCommand: null },
        note: `not like-for-like: baseline ${name}: registered metrics on ${count(baseRows)}; candidate: ${candidateRows === null ? "its own rows" : `${candidateRows} rows`}. To compare on the same rows, ${unpairedAdvice(options)}`,
    };
}
function confusionMatrix(t, side) {
    const K = t.classes.length;
    const m = Array.from({ length: K }, () => new Array(K).fill(0));
    const pred = side.task === "regression" ? null : side.pred;
    if (!pred)
        return m;
    for (let i = 0; i < t.rows; i++)
        m[t.y[i]][pred[i]]++;
    return m;
}


/***/ }),

/***/ 42618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ evaluationRows)
/* harmony export */ });
/* unused harmony export idFilter */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17198);
/* harmony import */ var _predictions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98131);




/** A RowFilter over a list of ids. */
function idFilter(idColumn, ids, from) {
    const list = [...new Set(ids)];
    const at = new Map(list.map((id, i) => [id, i]));
    return { idColumn, count: list.length, position: (k) => at.get(k) ?? -1, describe: (p) => list[p], from };
}
/** Collects the evaluation rows into one file (or uses the dataset's one file as it is). */
async function evaluationRows(options) {
    const data = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18926));
    if (options.dataset.length === 0) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("predict needs evaluation rows: set evaluate.dataset in mlops.yml (or the dataset input) to the data file(s), e.g. data/*.csv", { code: "dataset-missing" });
    }
    const files = await data.resolveFiles(options.dataset, options.cwd);
    const formats = files.map((f) => data.detectFormat(f));
    const format = formats[0];
    const other = formats.findIndex((f) => f !== format);
    if (other >= 0) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset: ${files[0]} is ${format} but ${files[other]} is ${formats[other]}; evaluation rows must share one format`, { code: "dataset-format", location: { file: files[other] } });
    }
    const source = options.dataset.join(", ");
    const abs = (f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd, f);
    if (files.length === 1 && !options.keep) {
        const file = abs(files[0]);
        const rows = await countRows(file, format);
        return { source, file, rows, fingerprint: (await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .digestFile */ .TM)(file)).sha256 };
    }
    if (format === "parquet") {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset: ${files.length > 1 ? `${files.length} Parquet files` : files[0]} ${options.keep ? "would have to be filtered to the candidate's rows" : "would have to be combined"}, which is done for CSV, TSV and JSON Lines; give one Parquet file holding exactly the evaluation rows (and evaluation-rows: dataset)`, { code: "dataset-format" });
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(options.tempDir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.tempDir, `eval-rows.${format === "tsv" ? "tsv" : format}`);
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file);
    const found = new Uint8Array(options.keep?.count ?? 0);
    let rows = 0;
    const keepRow = (id, where) => {
        const keep = options.keep;
        if (!keep)
            return true;
        const p = id === null ? -1 : keep.position(id);
        if (p < 0)
            return false;
        if (found[p]) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset ${where}: id ${JSON.stringify(id)} in '${keep.idColumn}' appears a second time; evaluation rows need unique ids`, { code: "dataset-duplicate-id" });
        }
        found[p] = 1;
        return true;
    };
    try {
        if (format === "jsonl") {
            for (const f of files) {
                await data.readJsonLines(abs(f), (object, line) => {
                    const id = options.keep ? object[options.keep.idColumn] : undefined;
                    if (!keepRow(id === undefined || id === null ? null : (0,_predictions_js__WEBPACK_IMPORTED_MODULE_3__/* .labelKey */ .kJ)((0,_predictions_js__WEBPACK_IMPORTED_MODULE_3__/* .cellFromValue */ .eF)(id)), `${f} line ${line}`))
                        return;
                    out.write(JSON.stringify(object) + "\n");
                    rows++;
                });
            }
        }
        else
            rows = await copyCsv(files.map(abs), format === "tsv" ? "\t" : ",", out, options, keepRow);
    }
    finally {
        await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
    }
    if (options.keep)
        missingIds(options.keep, found, source);
    if (rows === 0) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset ${source}: no evaluation rows`, { code: "dataset-empty" });
    }
    return { source, file, rows, fingerprint: (await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .digestFile */ .TM)(file)).sha256 };
}
function missingIds(keep, found, source) {
    const missing = [];
    let count = 0;
    for (let p = 0; p < found.length; p++) {
        if (found[p])
            continue;
        count++;
        if (missing.length < 10)
            missing.push(keep.describe(p));
    }
    if (count === 0)
        return;
    throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${count} of the ${keep.count} rows of ${keep.from} have no row in the dataset (${source}) by '${keep.idColumn}': ${missing.map((m) => JSON.stringify(m)).join(", ")}${count > missing.length ? ", …" : ""}; the dataset must hold the candidate's evaluation rows (with their features)`, { code: "dataset-missing-ids" });
}
async function copyCsv(files, delimiter, out, options, keepRow) {
    const data = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18926));
    const decoder = new TextDecoder();
    const scratch = { bytes: new Uint8Array(256) };
    let header = null;
    let rows = 0;
    for (const file of files) {
        let idIndex = -1;
        await new data.CsvReader(file, { delimiter }).read({
            header(names) {
                if (header === null) {
                    header = names;
                    out.write(data.formatCsvRecord(names, delimiter) + "\n");
                }
                else if (names.join("\u0000") !== header.join("\u0000")) {
                    throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset: ${file} line 1 has columns ${names.join(",")} but ${files[0]} has ${header.join(",")}; the files must share one header`, { code: "dataset-header", location: { file, line: 1 } });
                }
                if (options.keep) {
                    idIndex = names.indexOf(options.keep.idColumn);
                    if (idIndex < 0) {
                        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset: ${file} has no id column '${options.keep.idColumn}' to pick the candidate's rows by; it has: ${names.slice(0, 20).join(", ")}`, { code: "column-missing", location: { file, line: 1, column: options.keep.idColumn } });
                    }
                }
            },
            row(buf, starts, ends, flags, line) {
                let id = null;
                if (idIndex >= 0) {
                    let text;
                    if (flags[idIndex] & data.FIELD_ESCAPED) {
                        const len = data.unescapeField(buf, starts[idIndex], ends[idIndex], scratch);
                        text = decoder.decode(scratch.bytes.subarray(0, len));
                    }
                    else
                        text = decoder.decode(buf.subarray(starts[idIndex], ends[idIndex]));
                    const cell = flags[idIndex] & data.FIELD_QUOTED ? text : (0,_predictions_js__WEBPACK_IMPORTED_MODULE_3__/* .cellFromText */ .it)(text);
                    id = cell === null ? null : (0,_predictions_js__WEBPACK_IMPORTED_MODULE_3__/* .labelKey */ .kJ)(cell);
                }
                if (!keepRow(id, `${file} line ${line}`))
                    return;
                const n = header.length;
                // The record's own bytes, quotes included: the rows reach predict exactly as written.
                const start = starts[0] - (flags[0] & data.FIELD_QUOTED ? 1 : 0);
                const end = ends[n - 1] + (flags[n - 1] & data.FIELD_QUOTED ? 1 : 0);
                out.write(Buffer.from(buf.subarray(start, end)));
                out.write("\n");
                rows++;
            },
            ragged: raggedRow(file),
        });
    }
    return rows;
}
/** The CSV reader's answer to a row with a different number of fields than the header. */
function raggedRow(file) {
    return (line, found, expected) => {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} line ${line}: expected ${expected} fields as in the header, found ${found}`, {
            code: "ragged-row",
            location: { file, line },
        });
    };
}
/** Rows of one data file (a pass over it; Parquet from its metadata). */
async function countRows(file, format) {
    const data = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18926));
    let rows = 0;
    if (format === "jsonl")
        await data.readJsonLines(file, () => void rows++);
    else if (format === "parquet") {
        await data.readParquet(file, {
            columns() { },
            chunk() { },
            rowGroup(count) {
                rows += count;
            },
        });
    }
    else {
        await new data.CsvReader(file, { delimiter: format === "tsv" ? "\t" : "," }).read({
            header() { },
            row() {
                rows++;
            },
            ragged: raggedRow(file),
        });
    }
    return rows;
}


/***/ }),

/***/ 33471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ classificationFromConfusion),
/* harmony export */   HV: () => (/* binding */ EPS),
/* harmony export */   TC: () => (/* binding */ binaryRowLoss),
/* harmony export */   dj: () => (/* binding */ MulticlassEvaluator),
/* harmony export */   i$: () => (/* binding */ summarizeResiduals),
/* harmony export */   r3: () => (/* binding */ RegressionEvaluator),
/* harmony export */   z1: () => (/* binding */ BinaryEvaluator)
/* harmony export */ });
/* unused harmony export RESIDUAL_QUANTILES */
/* harmony import */ var _sort_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47685);

const EPS = 2.220446049250313e-16;
const AVERAGED = [
    "precision_macro",
    "recall_macro",
    "f1_macro",
    "precision_micro",
    "recall_micro",
    "f1_micro",
    "precision_weighted",
    "recall_weighted",
    "f1_weighted",
];
/**
 * Accuracy, precision/recall/F1 (macro, micro, weighted) and balanced accuracy from a K×K
 * confusion matrix of weights (row = true class, column = predicted). Classes neither true nor
 * predicted are left out, as scikit-learn's unique_labels does; balanced accuracy is the mean
 * recall over the classes with true rows (balanced_accuracy_score drops a class only predicted).
 * Writes 11 values from `at` (AVERAGED's order, then balanced accuracy).
 */
function classificationFromConfusion(cm, K, out, at) {
    let total = 0;
    let correct = 0;
    let pMacro = 0;
    let rMacro = 0;
    let fMacro = 0;
    let pW = 0;
    let rW = 0;
    let fW = 0;
    let support = 0;
    let present = 0;
    let balanced = 0;
    let trueClasses = 0;
    for (let k = 0; k < K; k++) {
        let trueK = 0;
        let predK = 0;
        for (let j = 0; j < K; j++) {
            trueK += cm[k * K + j];
            predK += cm[j * K + k];
        }
        const tp = cm[k * K + k];
        total += trueK;
        correct += tp;
        if (trueK > 0) {
            balanced += tp / trueK;
            trueClasses++;
        }
        if (trueK + predK === 0)
            continue;
        present++;
        const p = predK > 0 ? tp / predK : 0;
        const r = trueK > 0 ? tp / trueK : 0;
        const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
        pMacro += p;
        rMacro += r;
        fMacro += f;
        pW += trueK * p;
        rW += trueK * r;
        fW += trueK * f;
        support += trueK;
    }
    const acc = total > 0 ? correct / total : NaN;
    out[at] = acc;
    out[at + 1] = present ? pMacro / present : NaN;
    out[at + 2] = present ? rMacro / present : NaN;
    out[at + 3] = present ? fMacro / present : NaN;
    out[at + 4] = acc;
    out[at + 5] = acc;
    out[at + 6] = acc;
    out[at + 7] = support > 0 ? pW / support : 0;
    out[at + 8] = support > 0 ? rW / support : 0;
    out[at + 9] = support > 0 ? fW / support : 0;
    out[at + 10] = trueClasses > 0 ? balanced / trueClasses : NaN;
}
/** Tie groups in sorted order: end[i] = 1 when sorted value i differs from value i + 1. */
function groupEnds(values, perm) {
    const n = perm.length;
    const end = new Uint8Array(n);
    for (let i = 0; i < n - 1; i++)
        end[i] = values[perm[i]] !== values[perm[i + 1]] ? 1 : 0;
    if (n)
        end[n - 1] = 1;
    return end;
}
/** The log loss of one binary row as scikit-learn computes it: clip, then −log. */
function binaryRowLoss(y, p) {
    const q = p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
    return y ? -Math.log(q) : -Math.log(1 - q);
}
/** Scores with at most this many distinct values are evaluated from a histogram. */
const HISTOGRAM_GROUPS = 16384;
/** Per-row flags of the sorted form: the label, the predicted class, the last row of a tie group. */
const POSITIVE = 1;
const PREDICTED = 2;
const GROUP_END = 4;
/**
 * Binary classification. With many distinct scores, the rows are kept in ascending score order
 * as one byte of flags each (label, predicted class, end of a tie group), the per-row log loss,
 * and the row index (none when the rows are already in score order): 13 bytes a row, 9 without
 * the index. One pass per resample gathers the weights and accumulates the confusion counts, the
 * log loss and ROC AUC as the weighted Mann–Whitney U (each tie group adds its positive weight ×
 * (negative weight below + ½ its own)); weights are small integers, so every count and U are
 * exact. Few distinct scores (a rate table, a tree): a histogram over (score group, label,
 * prediction) from a 4-byte key per row. No score: one byte per row.
 */
class BinaryEvaluator {
    names;
    n;
    /** The ascending score order (the row of each sorted position); null when rows are in order or there is no score. */
    order;
    cm = new Float64Array(4);
    // Sorted form: flags and losses per sorted position.
    flags = null;
    loss = null;
    /** Most rows end a tie group, or ends are unpredictable: a pass without the branch. */
    flat = false;
    // Without a score: the label/prediction bits per row.
    bits = null;
    // Few distinct scores: key = (group · 2 + y) · 2 + pred per row, and counts per key.
    key = null;
    hist = null;
    groupLoss = null;
    constructor(input) {
        const { y, pred, score } = input;
        const n = (this.n = y.length);
        this.names = ["accuracy", "precision", "recall", "f1", ...AVERAGED, "balanced_accuracy"];
        if (score)
            this.names.push("roc_auc");
        const probability = !!score && input.probability;
        if (probability)
            this.names.push("log_loss");
        this.order = null;
        if (!score) {
            const bits = new Uint8Array(n);
            for (let i = 0; i < n; i++)
                bits[i] = y[i] | (pred[i] << 1);
            this.bits = bits;
            return;
        }
        const order = input.sorted ? null : (input.order ?? (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .argsortFloat64 */ .Fs)(score));
        const at = order ? (i) => order[i] : (i) => i;
        let groups = 0;
        for (let i = 0; i < n; i++)
            if (i === 0 || score[at(i)] !== score[at(i - 1)])
                groups++;
        if (groups <= (input.histogramMaxGroups ?? HISTOGRAM_GROUPS)) {
            // key = ((group · 2 + y) · 2 + pred), in row order: no sorted pass per resample at all.
            const key = new Int32Array(n);
            const groupLoss = new Float64Array(groups * 2);
            let g = -1;
            for (let i = 0; i < n; i++) {
                const r = at(i);
                if (i === 0 || score[r] !== score[at(i - 1)]) {
                    g++;
                    groupLoss[2 * g] = binaryRowLoss(0, score[r]);
                    groupLoss[2 * g + 1] = binaryRowLoss(1, score[r]);
                }
                key[r] = (g * 2 + y[r]) * 2 + pred[r];
            }
            this.key = key;
            this.hist = new Int32Array(groups * 4);
            this.groupLoss = probability ? groupLoss : null;
            return;
        }
        this.order = order;
        // Measured on 1M rows: the flat pass wins unless tie groups are long (rare ends, well predicted).
        this.flat = groups > 0.1 * n;
        const flags = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
            const r = at(i);
            const end = i === n - 1 || score[r] !== score[at(i + 1)] ? GROUP_END : 0;
            flags[i] = (y[r] ? POSITIVE : 0) | (pred[r] ? PREDICTED : 0) | end;
        }
        this.flags = flags;
        if (!probability)
            return;
        let loss;
        if (input.consumeScore) {
            // The score array becomes the losses in sorted order: permuted in place, then mapped.
            if (order)
                (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .permuteInPlace */ .RG)(score, order);
            loss = score;
            for (let i = 0; i < n; i++)
                loss[i] = binaryRowLoss(flags[i] & POSITIVE, loss[i]);
        }
        else {
            loss = new Float64Array(n);
            for (let i = 0; i < n; i++)
                loss[i] = binaryRowLoss(flags[i] & POSITIVE, score[at(i)]);
        }
        this.loss = loss;
    }
    evaluate(W, out) {
        let T = 0; // total weight
        let P = 0; // positive weight
        let PP = 0; // predicted-positive weight
        let TP = 0;
        let U = 0;
        let L = 0;
        const bits = this.bits;
        const hist = this.hist;
        const flags = this.flags;
        if (hist) {
            const key = this.key;
            hist.fill(0);
            for (let i = 0; i < this.n; i++)
                hist[key[i]] += W[i];
            const groupLoss = this.groupLoss;
            let cum = 0;
            for (let g = 0; g < hist.length; g += 4) {
                const n0 = hist[g] + hist[g + 1];
                const p = hist[g + 2] + hist[g + 3];
                U += p * (cum + 0.5 * n0);
                cum += n0;
                P += p;
                PP += hist[g + 1] + hist[g + 3];
                TP += hist[g + 3];
                if (groupLoss)
                    L += n0 * groupLoss[g >> 1] + p * groupLoss[(g >> 1) + 1];
            }
            T = P + cum;
        }
        else if (bits) {
            for (let i = 0; i < this.n; i++) {
                const w = W[i];
                const b = bits[i];
                T += w;
                P += w * (b & 1);
                PP += w * (b >> 1);
                TP += w * (b & (b >> 1));
            }
        }
        else if (flags) {
            const s = sortedPass(W, flags, this.order, this.loss, this.flat);
            T = s[0];
            P = s[1];
            PP = s[2];
            TP = s[3];
            U = s[4];
            L = s[5];
        }
        const tp = TP;
        const fp = PP - TP;
        const fn = P - TP;
        const tn = T - P - fp;
        const cm = this.cm;
        cm[0] = tn;
        cm[1] = fp;
        cm[2] = fn;
        cm[3] = tp;
        classificationFromConfusion(cm, 2, out, 3);
        out[0] = T > 0 ? (tp + tn) / T : NaN;
        out[1] = tp + fp > 0 ? tp / (tp + fp) : 0;
        out[2] = tp + fn > 0 ? tp / (tp + fn) : 0;
        // classificationFromConfusion wrote accuracy at 3: F1 goes there.
        out[3] = out[1] + out[2] > 0 ? (2 * out[1] * out[2]) / (out[1] + out[2]) : 0;
        if (!bits) {
            const N = T - P;
            out[14] = P > 0 && N > 0 ? U / (P * N) : NaN;
            if (this.names.length > 15)
                out[15] = T > 0 ? L / T : NaN;
        }
    }
    /**
     * DeLong's structural components (Sun & Xu 2014's midrank form, unweighted): calls
     * visit(row, positive, v) for every row, v = V10 (the share of negatives scored below, ties ½)
     * for a positive and V01 (the share of positives scored above) for a negative. Null without a
     * score.
     */
    structural(visit) {
        const n = this.n;
        if (this.key) {
            const key = this.key;
            const count = new Float64Array(this.hist.length >> 1); // (group, label)
            for (let i = 0; i < n; i++)
                count[key[i] >> 1]++;
            let m = 0;
            for (let g = 1; g < count.length; g += 2)
                m += count[g];
            const nNeg = n - m;
            const v = new Float64Array(count.length);
            let belowPos = 0;
            let belowNeg = 0;
            let sum10 = 0;
            for (let g = 0; g < count.length; g += 2) {
                const gn = count[g];
                const gp = count[g + 1];
                v[g + 1] = (belowNeg + gn / 2) / nNeg;
                v[g] = (m - belowPos - gp / 2) / m;
                sum10 += gp * v[g + 1];
                belowPos += gp;
                belowNeg += gn;
            }
            for (let r = 0; r < n; r++) {
                const c = key[r] >> 1;
                visit(r, (c & 1) === 1, v[c]);
            }
            return { auc: sum10 / m, positives: m, negatives: nNeg };
        }
        const flags = this.flags;
        if (!flags)
            return null;
        const order = this.order;
        let m = 0;
        for (let i = 0; i < n; i++)
            m += flags[i] & POSITIVE;
        const nNeg = n - m;
        let belowPos = 0;
        let belowNeg = 0;
        let sum10 = 0;
        let i = 0;
        while (i < n) {
            let j = i;
            let gp = 0;
            for (;;) {
                const f = flags[j++];
                gp += f & POSITIVE;
                if (f & GROUP_END)
                    break;
            }
            const gn = j - i - gp;
            // (rank among all − rank among positives) / negatives, as scikit-learn's midranks give it
            const v10 = (belowNeg + gn / 2) / nNeg;
            const v01 = (m - belowPos - gp / 2) / m;
            sum10 += gp * v10;
            for (let k = i; k < j; k++) {
                const positive = (flags[k] & POSITIVE) === 1;
                visit(order ? order[k] : k, positive, positive ? v10 : v01);
            }
            belowPos += gp;
            belowNeg += gn;
            i = j;
        }
        return { auc: sum10 / m, positives: m, negatives: nNeg };
    }
}
/**
 * One weighted pass over the rows in score order: [T, P, PP, TP, U, L]. Specialised loops (V8
 * does not hoist a loop-invariant test): weights read in order (the candidate) or gathered by
 * the row index (the baseline), with or without log loss.
 */
const passOut = new Float64Array(6);
function sortedPass(W, flags, order, loss, flat) {
    if (loss && flat)
        return order ? passGatherLossFlat(W, flags, order, loss) : passLossFlat(W, flags, loss);
    if (loss)
        return order ? passGatherLoss(W, flags, order, loss) : passLoss(W, flags, loss);
    const n = flags.length;
    let P = 0;
    let PP = 0;
    let TP = 0;
    let U2 = 0;
    let cumN = 0;
    let gp = 0;
    let gn = 0;
    for (let i = 0; i < n; i++) {
        const w = order ? W[order[i]] : W[i];
        const f = flags[i];
        const wp = w * (f & POSITIVE);
        const pr = (f >> 1) & 1;
        gp += wp;
        gn += w - wp;
        PP += w * pr;
        TP += wp * pr;
        if (f & GROUP_END) {
            U2 += gp * (2 * cumN + gn);
            cumN += gn;
            P += gp;
            gp = 0;
            gn = 0;
        }
    }
    return passResult(P, cumN, PP, TP, U2, 0);
}
function passResult(P, N, PP, TP, U2, L) {
    passOut[0] = P + N;
    passOut[1] = P;
    passOut[2] = PP;
    passOut[3] = TP;
    passOut[4] = U2 / 2; // 2U: integer arithmetic until here
    passOut[5] = L;
    return passOut;
}
/** Weights in order, with log loss. Each tie group adds gp · (2 · negatives below + gn) to 2U. */
function passLoss(W, flags, loss) {
    const n = flags.length;
    let P = 0;
    let PP = 0;
    let TP = 0;
    let U2 = 0;
    let L = 0;
    let cumN = 0;
    let gp = 0;
    let gn = 0;
    for (let i = 0; i < n; i++) {
        const w = W[i];
        const f = flags[i];
        const wp = w * (f & POSITIVE);
        const pr = (f >> 1) & 1;
        gp += wp;
        gn += w - wp;
        PP += w * pr;
        TP += wp * pr;
        L += w * loss[i];
        if (f & GROUP_END) {
            U2 += gp * (2 * cumN + gn);
            cumN += gn;
            P += gp;
            gp = 0;
            gn = 0;
        }
    }
    return passResult(P, cumN, PP, TP, U2, L);
}
/** passLoss with the weights gathered through the row index. */
function passGatherLoss(W, flags, order, loss) {
    const n = flags.length;
    let P = 0;
    let PP = 0;
    let TP = 0;
    let U2 = 0;
    let L = 0;
    let cumN = 0;
    let gp = 0;
    let gn = 0;
    for (let i = 0; i < n; i++) {
        const w = W[order[i]];
        const f = flags[i];
        const wp = w * (f & POSITIVE);
        const pr = (f >> 1) & 1;
        gp += wp;
        gn += w - wp;
        PP += w * pr;
        TP += wp * pr;
        L += w * loss[i];
        if (f & GROUP_END) {
            U2 += gp * (2 * cumN + gn);
            cumN += gn;
            P += gp;
            gp = 0;
            gn = 0;
        }
    }
    return passResult(P, cumN, PP, TP, U2, L);
}
/** passLoss without a branch at the end of a tie group (for tie groups of mixed sizes, where it mispredicts). */
function passLossFlat(W, flags, loss) {
    const n = flags.length;
    let P = 0;
    let PP = 0;
    let TP = 0;
    let U2 = 0;
    let L = 0;
    let cumN = 0;
    let gp = 0;
    let gn = 0;
    for (let i = 0; i < n; i++) {
        const w = W[i];
        const f = flags[i];
        const wp = w * (f & POSITIVE);
        const pr = (f >> 1) & 1;
        gp += wp;
        gn += w - wp;
        PP += w * pr;
        TP += wp * pr;
        L += w * loss[i];
        const e = f >> 2; // GROUP_END, as 0 or 1
        U2 += e * gp * (2 * cumN + gn);
        cumN += e * gn;
        P += e * gp;
        gp -= e * gp;
        gn -= e * gn;
    }
    return passResult(P, cumN, PP, TP, U2, L);
}
/** passGatherLoss without a branch at the end of a tie group. */
function passGatherLossFlat(W, flags, order, loss) {
    const n = flags.length;
    let P = 0;
    let PP = 0;
    let TP = 0;
    let U2 = 0;
    let L = 0;
    let cumN = 0;
    let gp = 0;
    let gn = 0;
    for (let i = 0; i < n; i++) {
        const w = W[order[i]];
        const f = flags[i];
        const wp = w * (f & POSITIVE);
        const pr = (f >> 1) & 1;
        gp += wp;
        gn += w - wp;
        PP += w * pr;
        TP += wp * pr;
        L += w * loss[i];
        const e = f >> 2; // GROUP_END, as 0 or 1
        U2 += e * gp * (2 * cumN + gn);
        cumN += e * gn;
        P += e * gp;
        gp -= e * gp;
        gn -= e * gn;
    }
    return passResult(P, cumN, PP, TP, U2, L);
}
/**
 * Multiclass: accuracy, precision/recall/F1 macro/micro/weighted from a weighted confusion
 * matrix; one-vs-rest ROC AUC (macro and prevalence-weighted) over K pre-sorted orders; log
 * loss from per-row losses (probabilities clipped and renormalised, as scikit-learn does).
 */
class MulticlassEvaluator {
    input;
    names;
    cm;
    perms = [];
    isPos = [];
    ends = [];
    loss = null;
    code;
    constructor(input) {
        this.input = input;
        const { y, pred, K, proba } = input;
        const n = y.length;
        this.cm = new Float64Array(K * K);
        this.code = new Int32Array(n);
        for (let i = 0; i < n; i++)
            this.code[i] = y[i] * K + pred[i];
        this.names = ["accuracy", ...AVERAGED, "balanced_accuracy"];
        if (proba) {
            this.names.push("roc_auc_ovr", "roc_auc_ovr_weighted", "log_loss");
            const col = new Float64Array(n);
            for (let k = 0; k < K; k++) {
                for (let i = 0; i < n; i++)
                    col[i] = proba[i * K + k];
                const perm = (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .argsortFloat64 */ .Fs)(col);
                const pos = new Uint8Array(n);
                for (let i = 0; i < n; i++)
                    pos[i] = y[perm[i]] === k ? 1 : 0;
                this.perms.push(perm);
                this.isPos.push(pos);
                this.ends.push(groupEnds(col, perm));
            }
            const loss = new Float64Array(n);
            for (let i = 0; i < n; i++) {
                let sum = 0;
                for (let k = 0; k < K; k++) {
                    const p = proba[i * K + k];
                    sum += p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
                }
                const p = proba[i * K + y[i]];
                loss[i] = -Math.log((p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p) / sum);
            }
            this.loss = loss;
        }
    }
    evaluate(W, out) {
        const { K } = this.input;
        const cm = this.cm;
        cm.fill(0);
        const code = this.code;
        const n = code.length;
        for (let i = 0; i < n; i++)
            cm[code[i]] += W[i];
        const tmp = out;
        classificationFromConfusion(cm, K, tmp, 0);
        if (!this.loss)
            return;
        let macro = 0;
        let weighted = 0;
        let classes = 0;
        let support = 0;
        for (let k = 0; k < K; k++) {
            const perm = this.perms[k];
            const pos = this.isPos[k];
            const end = this.ends[k];
            let gp = 0;
            let gn = 0;
            let cumN = 0;
            let U = 0;
            let P = 0;
            for (let i = 0; i < n; i++) {
                const w = W[perm[i]];
                const wp = w * pos[i];
                gp += wp;
                gn += w - wp;
                if (end[i]) {
                    U += gp * (cumN + 0.5 * gn);
                    cumN += gn;
                    P += gp;
                    gp = 0;
                    gn = 0;
                }
            }
            if (P > 0 && cumN > 0) {
                const auc = U / (P * cumN);
                macro += auc;
                weighted += P * auc;
                classes++;
                support += P;
            }
            else if (P > 0) {
                classes = NaN; // a class with no negatives: undefined, as in scikit-learn
            }
        }
        out[11] = classes > 0 ? macro / classes : NaN;
        out[12] = support > 0 && classes > 0 ? weighted / support : NaN;
        let L = 0;
        let total = 0;
        const loss = this.loss;
        for (let i = 0; i < n; i++) {
            L += W[i] * loss[i];
            total += W[i];
        }
        out[13] = total > 0 ? L / total : NaN;
    }
}
/** Regression: RMSE, MSE, MAE, R², MAPE in one pass of weighted sums. */
class RegressionEvaluator {
    names = ["rmse", "mse", "mae", "r2", "mape"];
    e2;
    ae;
    ape;
    yc;
    constructor(y, pred) {
        const n = y.length;
        this.e2 = new Float64Array(n);
        this.ae = new Float64Array(n);
        this.ape = new Float64Array(n);
        this.yc = new Float64Array(n);
        let mean = 0;
        for (let i = 0; i < n; i++)
            mean += y[i];
        mean = n ? mean / n : 0;
        for (let i = 0; i < n; i++) {
            const e = pred[i] - y[i];
            this.e2[i] = e * e;
            this.ae[i] = Math.abs(e);
            this.ape[i] = Math.abs(e) / Math.max(Math.abs(y[i]), EPS);
            this.yc[i] = y[i] - mean; // centred: the one-pass total sum of squares stays accurate
        }
    }
    evaluate(W, out) {
        const { e2, ae, ape, yc } = this;
        let sw = 0;
        let se2 = 0;
        let sae = 0;
        let sape = 0;
        let sy = 0;
        let sy2 = 0;
        for (let i = 0; i < e2.length; i++) {
            const w = W[i];
            sw += w;
            se2 += w * e2[i];
            sae += w * ae[i];
            sape += w * ape[i];
            const v = yc[i];
            sy += w * v;
            sy2 += w * v * v;
        }
        const mse = sw > 0 ? se2 / sw : NaN;
        out[0] = Math.sqrt(mse);
        out[1] = mse;
        out[2] = sw > 0 ? sae / sw : NaN;
        const ssTot = sy2 - (sy * sy) / sw;
        out[3] = !(sw > 0) ? NaN : ssTot > 0 ? 1 - se2 / ssTot : se2 === 0 ? 1 : 0;
        out[4] = sw > 0 ? sape / sw : NaN;
    }
}
/** The residual quantiles a ResidualSummary reports, in order. */
const RESIDUAL_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95];
/**
 * numpy.quantile's default ("linear") of an ascending array at p: the virtual index (n − 1)·p,
 * interpolated between its neighbours as numpy's _lerp does (from the nearer end).
 */
function linearQuantile(sorted, p) {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const t = h - lo;
    const a = sorted[lo];
    if (lo + 1 >= sorted.length)
        return a;
    const b = sorted[lo + 1];
    const d = b - a;
    return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}
/**
 * A regression model's errors: residual = prediction − label per row; MAE, RMSE, bias (mean
 * residual) and the residual quantiles at RESIDUAL_QUANTILES (numpy's linear interpolation).
 * Copies the residuals into one Float64Array (sorted in place for the quantiles) and nothing
 * else, so 10,000,000 rows take 80 MB. Throws a RangeError for arrays of different lengths,
 * no rows, or a non-finite residual (naming its row, 1-based).
 */
function summarizeResiduals(labels, predictions) {
    const n = labels.length;
    if (predictions.length !== n)
        throw new RangeError(`summarizeResiduals: ${n} labels but ${predictions.length} predictions (expected one prediction per label)`);
    if (n === 0)
        throw new RangeError("summarizeResiduals: no rows (expected at least one label and prediction)");
    const r = new Float64Array(n);
    // Neumaier-compensated sums: 10M rows stay accurate to ~1e-16 relative, like numpy's pairwise sum.
    let s = 0;
    let sc = 0;
    let a = 0;
    let ac = 0;
    let q = 0;
    let qc = 0;
    for (let i = 0; i < n; i++) {
        const e = predictions[i] - labels[i];
        if (!Number.isFinite(e))
            throw new RangeError(`summarizeResiduals: row ${i + 1}: prediction ${predictions[i]} − label ${labels[i]} is not a finite number`);
        r[i] = e;
        let t = s + e;
        sc += Math.abs(s) >= Math.abs(e) ? s - t + e : e - t + s;
        s = t;
        const ae = Math.abs(e);
        t = a + ae;
        ac += a >= ae ? a - t + ae : ae - t + a;
        a = t;
        const e2 = e * e;
        t = q + e2;
        qc += q >= e2 ? q - t + e2 : e2 - t + q;
        q = t;
    }
    r.sort();
    return {
        rows: n,
        mae: (a + ac) / n,
        rmse: Math.sqrt((q + qc) / n),
        bias: (s + sc) / n,
        quantiles: RESIDUAL_QUANTILES.map((p) => ({ p, value: linearQuantile(r, p) })),
    };
}


/***/ }),

/***/ 14293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ks: () => (/* binding */ checkGate),
/* harmony export */   eX: () => (/* binding */ defaultGreaterIsBetter),
/* harmony export */   gatesFromValue: () => (/* binding */ gatesFromValue),
/* harmony export */   readGates: () => (/* binding */ readGates)
/* harmony export */ });
/* unused harmony exports parseGates, ZERO_BASELINE_EPSILON, significanceMargin */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17198);


const GATE_KEYS = [
    "threshold",
    "min_absolute_change",
    "min_relative_change",
    "greater_is_better",
    "significance",
    "slices",
];
// Tokens of a metric name that say which direction is better. A name is split on
// non-alphanumerics ("val.f1_macro" → val, f1, macro) and also matched as a whole.
const UP = new Set([
    "accuracy",
    "acc",
    "balanced_accuracy",
    "f1",
    "fbeta",
    "precision",
    "recall",
    "auc",
    "roc_auc",
    "pr_auc",
    "average_precision",
    "r2",
    "map",
    "ndcg",
    "iou",
    "dice",
    "bleu",
    "rouge",
    "sensitivity",
    "specificity",
    "tpr",
    "tnr",
]);
const DOWN = new Set([
    "loss",
    "log_loss",
    "logloss",
    "rmse",
    "mse",
    "mae",
    "mape",
    "smape",
    "latency",
    "error",
    "brier",
    "fpr",
    "fnr",
    "perplexity",
]);
/** true / false for names with a known direction (accuracy, f1, auc, r2 up; loss, rmse, mae, latency down). */
function defaultGreaterIsBetter(metric) {
    const lower = metric.toLowerCase();
    const last = lower.split(/[./:]/).pop() ?? lower;
    if (UP.has(last))
        return true;
    if (DOWN.has(last))
        return false;
    const tokens = lower.split(/[^a-z0-9]+/).filter(Boolean);
    const joined = new Set();
    for (let i = 0; i + 1 < tokens.length; i++)
        joined.add(`${tokens[i]}_${tokens[i + 1]}`);
    let up = false;
    let down = false;
    for (const t of [...tokens, ...joined]) {
        if (UP.has(t))
            up = true;
        if (DOWN.has(t))
            down = true;
    }
    if (up === down)
        return undefined; // none, or contradictory ("accuracy_loss")
    return up;
}
/**
 * Reads gates given as an input: inline YAML/JSON (`accuracy: {threshold: 0.8}`) or the path of
 * a YAML/JSON file. Every error names the file (or "input 'gates'"), the line and the column.
 */
async function readGates(value, options = {}) {
    const text = value.trim();
    if (text === "")
        return [];
    if (looksInline(text))
        return parseGates(text, options.source ?? "input 'gates'");
    const file = options.cwd ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23))).resolve(options.cwd, text) : text;
    let body;
    try {
        body = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "EISDIR") {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`gates: ${text}: ${code === "ENOENT" ? "file not found" : "is a directory"} (give a YAML/JSON file of gates, or the gates inline, e.g. "accuracy: {threshold: 0.8}")`, { code: "gates-file-missing", location: { file: text } });
        }
        throw error;
    }
    return parseGates(body, text);
}
function looksInline(text) {
    return text.includes("\n") || text.startsWith("{") || /^[^\s:]+\s*:\s/.test(text) || /:\s*\{/.test(text);
}
/** Parses the text of a gates document: a mapping metric → gate. */
async function parseGates(text, source) {
    const { value, locate } = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_1__.parseYamlWithLocations)(text, source);
    return gatesFromValue(value, source, locate);
}
/**
 * Validates a parsed gates mapping (from a gates file, inline YAML, or mlops.yml's
 * `evaluate.gates`). `path` prefixes positions when the mapping sits inside a larger document.
 */
function gatesFromValue(value, source, locate, path = []) {
    const at = (p, key = false) => {
        const pos = locate?.([...path, ...p], { key });
        return pos ? { file: source, line: pos.line, column: pos.column } : { file: source };
    };
    const fail = (p, message, key = false) => {
        const loc = at(p, key);
        const where = loc.line !== undefined ? ` line ${loc.line} column ${loc.column}` : "";
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source}${where}: ${message}`, { code: "gates-invalid", location: loc });
    };
    if (value === null || value === undefined)
        return [];
    if (typeof value !== "object" || Array.isArray(value)) {
        fail([], `gates: expected a mapping of metric name to gate (e.g. "accuracy: {threshold: 0.8}"), found ${Array.isArray(value) ? "a list" : typeof value}`);
    }
    const gates = [];
    for (const [metric, spec] of Object.entries(value)) {
        if (metric.trim() === "" || metric.length > 200 || /[\u0000-\u001f]/.test(metric)) {
            fail([metric], `gates: metric name ${JSON.stringify(metric)} is not valid`, true);
        }
        if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
            fail([metric], `gate '${metric}': expected a mapping with ${GATE_KEYS.join(", ")}, found ${spec === null ? "nothing" : Array.isArray(spec) ? "a list" : JSON.stringify(spec)}`);
        }
        const s = spec;
        for (const key of Object.keys(s)) {
            if (!GATE_KEYS.includes(key)) {
                const hint = key === "higher_is_better" ? " (MLflow's deprecated name; write greater_is_better)" : "";
                fail([metric, key], `gate '${metric}': unknown key '${key}'${hint}; expected one of: ${GATE_KEYS.join(", ")}`, true);
            }
        }
        const num = (key, check) => {
            const v = s[key];
            if (v === undefined || v === null)
                return null;
            if (typeof v !== "number" || !Number.isFinite(v)) {
                fail([metric, key], `gate '${metric}': ${key}: expected a finite number, found ${JSON.stringify(v) ?? String(v)}`);
            }
            const problem = check?.(v);
            if (problem)
                fail([metric, key], `gate '${metric}': ${key}: ${problem}, found ${v}`);
            return v;
        };
        const threshold = num("threshold");
        const minAbsoluteChange = num("min_absolute_change");
        const minRelativeChange = num("min_relative_change", (n) => n < -1 ? "expected a fraction ≥ -1 (a drop of more than 100% is not a margin)" : undefined);
        const significance = num("significance", (n) => n > 0 && n < 1 ? undefined : "expected a level between 0 and 1, e.g. 0.05");
        let greaterIsBetter;
        const gib = s.greater_is_better;
        if (gib === undefined || gib === null) {
            const known = defaultGreaterIsBetter(metric);
            if (known === undefined) {
                fail([metric], `gate '${metric}': greater_is_better is required: '${metric}' is not a metric with a known direction (known: accuracy, f1, precision, recall, auc, r2 up; loss, log_loss, rmse, mae, mape, latency down)`, true);
            }
            greaterIsBetter = known;
        }
        else if (typeof gib !== "boolean") {
            fail([metric, "greater_is_better"], `gate '${metric}': greater_is_better: expected true or false, found ${JSON.stringify(gib)}`);
        }
        else
            greaterIsBetter = gib;
        const slices = s.slices;
        if (slices !== undefined && slices !== null && typeof slices !== "boolean") {
            fail([metric, "slices"], `gate '${metric}': slices: expected true or false, found ${JSON.stringify(slices)}`);
        }
        if (threshold === null &&
            minAbsoluteChange === null &&
            minRelativeChange === null &&
            significance === null) {
            fail([metric], `gate '${metric}': no rule: give threshold, min_absolute_change, min_relative_change or significance`, true);
        }
        gates.push({
            metric,
            threshold,
            minAbsoluteChange,
            minRelativeChange,
            greaterIsBetter: greaterIsBetter,
            significance,
            slices: slices === true,
            location: at([metric], true),
        });
    }
    return gates;
}
/** MLflow's fallback epsilon when the baseline is exactly 0. */
const ZERO_BASELINE_EPSILON = 1e-10;
const fmt = (n) => n === null || n === undefined ? "—" : Number.isInteger(n) ? String(n) : Number(n.toPrecision(6)).toString();
/** A change with its sign always written: "+0.0123", "-0.01" (never "+ -0.01"). */
const signed = (n) => (n > 0 ? `+${fmt(n)}` : fmt(n));
/** Applies one gate to one metric (see the module comment for the exact semantics). */
function checkGate(gate, check) {
    const { candidate, baseline } = check;
    const up = gate.greaterIsBetter;
    const ge = up ? ">=" : "<=";
    const better = (a, b) => (up ? a >= b : a <= b);
    const rules = [];
    const name = gate.metric;
    if (candidate === undefined) {
        rules.push({
            rule: "present",
            operator: "exists",
            expected: null,
            actual: null,
            passed: false,
            message: `${name} is missing from the candidate's metrics`,
        });
        return { status: "fail", rules };
    }
    if (!Number.isFinite(candidate)) {
        rules.push({
            rule: "finite",
            operator: "finite",
            expected: null,
            actual: null,
            passed: false,
            message: `candidate ${name} is ${String(candidate)}`,
        });
        return { status: "fail", rules };
    }
    if (gate.threshold !== null) {
        const passed = better(candidate, gate.threshold);
        rules.push({
            rule: "threshold",
            operator: ge,
            expected: gate.threshold,
            actual: candidate,
            passed,
            message: `${name} ${fmt(candidate)} ${passed ? "" : "not "}${ge} ${fmt(gate.threshold)}`,
        });
    }
    const hasChangeRule = gate.minAbsoluteChange !== null || gate.minRelativeChange !== null || gate.significance !== null;
    const noBaseline = baseline === undefined;
    const baselineBad = baseline !== undefined && !Number.isFinite(baseline);
    const skip = (rule, expected, operator) => rules.push({
        rule,
        operator,
        expected,
        actual: null,
        passed: true,
        message: `not checked: the baseline has no ${name}`,
    });
    if (gate.minAbsoluteChange !== null) {
        const m = gate.minAbsoluteChange;
        if (noBaseline)
            skip("min_absolute_change", m, ge);
        else if (baselineBad)
            rules.push(badBaseline("min_absolute_change", ge, m, baseline, name));
        else {
            // Bound first, in floating point, then compare: exactly MLflow's Decimal(operator_fn(b, m)).
            const bound = up ? baseline + m : baseline - m;
            const passed = better(candidate, bound);
            rules.push({
                rule: "min_absolute_change",
                operator: ge,
                expected: bound,
                actual: candidate,
                passed,
                message: `${name} Δ ${signed(candidate - baseline)} (${fmt(baseline)} → ${fmt(candidate)}) ${passed ? "" : "not "}${ge} ${signed(up ? m : -m)}`,
            });
        }
    }
    if (gate.minRelativeChange !== null) {
        const r = gate.minRelativeChange;
        if (noBaseline)
            skip("min_relative_change", r, ">=");
        else if (baselineBad)
            rules.push(badBaseline("min_relative_change", ">=", r, baseline, name));
        else if (baseline === 0) {
            // MLflow: relative change is undefined at 0; require the candidate to be better by 1e-10.
            // A negative margin of 0 is 0: the candidate must not be worse.
            const eps = r >= 0 ? ZERO_BASELINE_EPSILON : 0;
            const bound = up ? baseline + eps : baseline - eps;
            const passed = better(candidate, bound);
            rules.push({
                rule: "min_relative_change",
                operator: ge,
                expected: bound,
                actual: candidate,
                passed,
                message: `baseline ${name} is 0, so the relative change is undefined: ${fmt(candidate)} ${passed ? "" : "not "}${ge} ${bound}`,
            });
        }
        else {
            const change = (up ? candidate - baseline : baseline - candidate) / Math.abs(baseline);
            const passed = change >= r;
            rules.push({
                rule: "min_relative_change",
                operator: ">=",
                expected: r,
                actual: change,
                passed,
                // Said in the metric's own direction: Δ% of the baseline, bounded below (higher is better)
                // or above (lower is better); never "improved by" a negative amount.
                message: `${name} Δ% ${signed(((candidate - baseline) / Math.abs(baseline)) * 100)}% (${fmt(baseline)} → ${fmt(candidate)}) ${passed ? "" : "not "}${ge} ${signed((up ? r : -r) * 100)}%`,
            });
        }
    }
    const level = gate.significance ?? (hasChangeRule ? (check.defaultSignificance ?? null) : null);
    if (level !== null) {
        if (noBaseline)
            skip("significance", level, "<");
        else if (baselineBad)
            rules.push(badBaseline("significance", "<", level, baseline, name));
        else {
            const margin = significanceMargin(gate, baseline);
            const test = check.significance?.(margin) ?? null;
            if (!test) {
                if (gate.significance !== null) {
                    rules.push({
                        rule: "significance",
                        operator: "<",
                        expected: gate.significance,
                        actual: null,
                        passed: false,
                        message: `significance ${gate.significance} needs both models' predictions on the same rows: ${check.unpaired ??
                            "add a predict: command to mlops.yml (it scores the baseline on the candidate's rows), or give baseline-predictions"}`,
                    });
                }
            }
            else {
                const passed = test.pValue < level;
                const what = margin === 0
                    ? "improvement"
                    : margin < 0
                        ? `non-inferiority (margin ${fmt(margin)})`
                        : `change beyond ${fmt(margin)}`;
                rules.push({
                    rule: "significance",
                    operator: "<",
                    expected: level,
                    actual: test.pValue,
                    passed,
                    message: `${what}: one-sided p = ${fmt(test.pValue)} (${test.method}) ${passed ? "<" : "not <"} ${level}`,
                });
            }
        }
    }
    const failed = rules.some((r) => !r.passed);
    const skipped = rules.some((r) => r.actual === null);
    return { status: failed ? "fail" : skipped ? "new" : "pass", rules };
}
function badBaseline(rule, operator, expected, baseline, name) {
    return {
        rule,
        operator,
        expected,
        actual: null,
        passed: false,
        message: `baseline ${name} is ${String(baseline)}: the change cannot be checked`,
    };
}
/**
 * The change (oriented so positive is better) that a significance rule must beat: the stricter
 * of min_absolute_change and min_relative_change × |baseline|, or 0 (a plain improvement).
 */
function significanceMargin(gate, baseline) {
    const margins = [];
    if (gate.minAbsoluteChange !== null)
        margins.push(gate.minAbsoluteChange);
    if (gate.minRelativeChange !== null)
        margins.push(gate.minRelativeChange * Math.abs(baseline));
    return margins.length ? Math.max(...margins) : 0;
}


/***/ }),

/***/ 9596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   op: () => (/* binding */ mcnemar),
/* harmony export */   x4: () => (/* binding */ delongOf)
/* harmony export */ });
/* unused harmony export delong */
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45650);

/**
 * DeLong's structural components from one model's ascending order, in row order: V10 for a
 * positive row, V01 for a negative one (one array, no index of positives and negatives).
 */
function structural(y, order, score, m, nNeg) {
    const n = order.length;
    const v = new Float64Array(n);
    let i = 0;
    let below = 0; // rows strictly below the group
    let belowPos = 0;
    let belowNeg = 0;
    let sum10 = 0;
    while (i < n) {
        let j = i;
        let gp = 0;
        while (j < n && score[order[j]] === score[order[i]]) {
            gp += y[order[j]];
            j++;
        }
        const g = j - i;
        const gn = g - gp;
        const rAll = below + (g + 1) / 2;
        const rPos = belowPos + (gp + 1) / 2;
        const rNeg = belowNeg + (gn + 1) / 2;
        const v10 = (rAll - rPos) / nNeg;
        const v01 = 1 - (rAll - rNeg) / m;
        for (let k = i; k < j; k++) {
            const r = order[k];
            if (y[r]) {
                v[r] = v10;
                sum10 += v10;
            }
            else
                v[r] = v01;
        }
        below += g;
        belowPos += gp;
        belowNeg += gn;
        i = j;
    }
    return { v, auc: sum10 / m };
}
/** Sample variances and covariance of a and b over the rows of class `cls` (two passes). */
function covariance(y, cls, a, b) {
    const n = y.length;
    let count = 0;
    let ma = 0;
    let mb = 0;
    for (let i = 0; i < n; i++) {
        if (y[i] !== cls)
            continue;
        count++;
        ma += a[i];
        mb += b[i];
    }
    ma /= count;
    mb /= count;
    let saa = 0;
    let sbb = 0;
    let sab = 0;
    for (let i = 0; i < n; i++) {
        if (y[i] !== cls)
            continue;
        const da = a[i] - ma;
        const db = b[i] - mb;
        saa += da * da;
        sbb += db * db;
        sab += da * db;
    }
    const d = count - 1;
    return [saa / d, sbb / d, sab / d];
}
/**
 * DeLong's test for two correlated ROC AUCs on the same rows. Needs at least two positives
 * and two negatives; returns null otherwise.
 */
function delong(y, scoreA, orderA, scoreB, orderB) {
    let m = 0;
    for (let i = 0; i < y.length; i++)
        m += y[i];
    const nNeg = y.length - m;
    if (m < 2 || nNeg < 2)
        return null;
    const A = structural(y, orderA, scoreA, m, nNeg);
    const B = structural(y, orderB, scoreB, m, nNeg);
    const [s10aa, s10bb, s10ab] = covariance(y, 1, A.v, B.v);
    const [s01aa, s01bb, s01ab] = covariance(y, 0, A.v, B.v);
    const variance = (s10aa + s10bb - 2 * s10ab) / m + (s01aa + s01bb - 2 * s01ab) / nNeg;
    const diff = A.auc - B.auc;
    const z = variance > 0 ? diff / Math.sqrt(variance) : diff === 0 ? 0 : diff > 0 ? Infinity : -Infinity;
    return { aucA: A.auc, aucB: B.auc, variance, z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
/**
 * DeLong's test from two binary evaluators on the same rows (their tie groups, no scores): A's
 * structural components are kept in row order (8 bytes a row), B's streamed against them, with
 * the covariances centred on the AUCs (the means of V10 and V01). Null without scores or with
 * fewer than two positives or negatives.
 */
function delongOf(a, b) {
    const vA = new Float64Array(a.n);
    const A = a.structural((r, _positive, v) => (vA[r] = v));
    const B = b.structural(() => { });
    if (!A || !B)
        return null;
    const m = A.positives;
    const nNeg = A.negatives;
    if (m < 2 || nNeg < 2 || B.positives !== m)
        return null;
    // [aa, bb, ab] over positives (V10), then negatives (V01)
    const s = new Float64Array(6);
    b.structural((r, positive, v) => {
        const da = vA[r] - A.auc;
        const db = v - B.auc;
        const k = positive ? 0 : 3;
        s[k] += da * da;
        s[k + 1] += db * db;
        s[k + 2] += da * db;
    });
    const variance = (s[0] + s[1] - 2 * s[2]) / (m - 1) / m + (s[3] + s[4] - 2 * s[5]) / (nNeg - 1) / nNeg;
    const diff = A.auc - B.auc;
    const z = variance > 0 ? diff / Math.sqrt(variance) : diff === 0 ? 0 : diff > 0 ? Infinity : -Infinity;
    return { aucA: A.auc, aucB: B.auc, variance, z, pValue: Math.min(1, 2 * (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(Math.abs(z))) };
}
/**
 * McNemar's test from the discordant counts: by default as statsmodels' mcnemar(exact=n<25,
 * correction=True); with `exact`, the exact binomial test for any count (scipy.stats.binomtest
 * of aOnly successes in aOnly + bOnly trials at ½), which evaluate uses.
 */
function mcnemar(aOnly, bOnly, options = {}) {
    const d = aOnly + bOnly;
    if (d === 0)
        return { aOnly, bOnly, method: "mcnemar-exact", statistic: 0, pValue: 1, pValueAGreater: 1 };
    if (d < 25 || options.exact) {
        const k = Math.min(aOnly, bOnly);
        const pValue = Math.min(1, 2 * (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .binomHalfCdf */ .UW)(k, d));
        // P(X ≥ aOnly) = P(X ≤ d − aOnly) for X ~ Bin(d, ½): an upper tail, not 1 − CDF
        const pValueAGreater = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .binomHalfCdf */ .UW)(d - aOnly, d);
        return { aOnly, bOnly, method: "mcnemar-exact", statistic: k, pValue, pValueAGreater };
    }
    const diff = Math.abs(aOnly - bOnly);
    const statistic = Math.max(0, diff - 1) ** 2 / d;
    const pValue = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .chi2Df1Sf */ .jc)(statistic);
    const z = (aOnly - bOnly - (aOnly > bOnly ? 1 : aOnly < bOnly ? -1 : 0)) / Math.sqrt(d);
    return { aOnly, bOnly, method: "mcnemar", statistic, pValue, pValueAGreater: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(z) };
}


/***/ }),

/***/ 35708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_PREDICT_TIMEOUT_MINUTES: () => (/* binding */ DEFAULT_PREDICT_TIMEOUT_MINUTES),
/* harmony export */   PREDICTION_FORMATS: () => (/* binding */ PREDICTION_FORMATS),
/* harmony export */   T: () => (/* binding */ runPredict)
/* harmony export */ });
/* unused harmony export predictEnv */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17198);
/* harmony import */ var _mlops_core_process__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97332);





/*
 * The predict contract: a command that scores a model on rows. It runs exactly as train's
 * command does (train's runner: a bash script file, its own process group, the timeout with
 * SIGTERM then SIGKILL to the whole tree, a clean environment) and receives, in environment
 * variables:
 *
 *   MODEL_PATH   the model's file or directory (as registered, or as training wrote it)
 *   EVAL_DATA    the evaluation rows (one file, in the dataset's format)
 *   PREDICTIONS  where to write the predictions file (csv unless predict.format says otherwise)
 *
 * The predictions file holds one row per evaluation row with the id column, the label column
 * and the prediction and/or score columns, as evaluate reads any predictions file.
 */
const PREDICTION_FORMATS = ["csv", "tsv", "jsonl", "parquet"];
const DEFAULT_PREDICT_TIMEOUT_MINUTES = 60;
function predictEnv(base, vars) {
    // What a `run:` step would see: the runner's credentials and the step's plumbing withheld.
    const env = (0,_mlops_core_process__WEBPACK_IMPORTED_MODULE_4__/* .runStepEnv */ .ND)(base);
    env.MODEL_PATH = vars.modelPath;
    env.EVAL_DATA = vars.evalData;
    env.PREDICTIONS = vars.predictions;
    return env;
}
/** The last `max` lines of a command's output, for the error when it fails. */
class Tail {
    max;
    lines = [];
    partial = "";
    constructor(max) {
        this.max = max;
    }
    write(chunk, each) {
        const parts = (this.partial + chunk.toString("utf8")).split(/\r?\n/);
        this.partial = parts.pop() ?? "";
        for (const line of parts)
            this.push(line, each);
    }
    end(each) {
        if (this.partial)
            this.push(this.partial, each);
        this.partial = "";
    }
    text() {
        return this.lines.join("\n");
    }
    push(line, each) {
        each(line);
        this.lines.push(line);
        if (this.lines.length > this.max)
            this.lines.shift();
    }
}
/**
 * Runs the predict command for one model on the evaluation rows; returns the predictions file.
 * A missing command, a failure (exit code and the last lines of output), a timeout or a command
 * that wrote nothing are ConfigurationErrors naming `who` ("baseline v1", "candidate").
 */
async function runPredict(cmd, run, deps) {
    if (!cmd.command.trim()) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("predict: the command is empty; set predict.command in mlops.yml (or predict-command)", {
            code: "predict-missing",
        });
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(run.modelPath)) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`predict for ${run.who}: the model ${run.modelPath} does not exist`, {
            code: "model-missing",
            location: { file: run.modelPath },
        });
    }
    // Model files can be code (pickle): checked before the command loads them.
    await deps.beforeLoad?.({ who: run.who, modelPath: run.modelPath });
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(run.output), { recursive: true });
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(run.output, { force: true });
    const { runShellCommand, TIMEOUT_EXIT_CODE } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18653));
    const { logger } = deps;
    const tail = new Tail(20);
    const say = (line) => logger.info(line);
    const result = await logger.group(`Predict (${run.who}): ${cmd.command.split("\n")[0]}`, () => runShellCommand({
        command: cmd.command,
        cwd: cmd.workingDirectory,
        env: predictEnv(deps.env ?? process.env, {
            modelPath: run.modelPath,
            evalData: run.evalData,
            predictions: run.output,
        }),
        timeoutMs: cmd.timeoutMinutes * 60_000,
        killGraceMs: deps.killGraceMs ?? 10_000,
        tempDir: deps.tempDir ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(),
        onStdout: (chunk) => tail.write(chunk, say),
        onStderr: (chunk) => tail.write(chunk, say),
        onTimeout: () => logger.error(`predict for ${run.who} exceeded ${cmd.timeoutMinutes} minute(s); stopping its process tree`),
    }));
    tail.end(say);
    const output = tail.text();
    const last = output ? `; its last lines:\n${output}` : " (it printed nothing)";
    if (result.timedOut) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`predict for ${run.who} exceeded its timeout of ${cmd.timeoutMinutes} minute(s) and was stopped (exit ${TIMEOUT_EXIT_CODE})${last}`, { code: "predict-timeout" });
    }
    if (result.interrupted || result.exitCode !== 0) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`predict for ${run.who} failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ""}: ${cmd.command.split("\n")[0]}${last}`, { code: "predict-failed" });
    }
    const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(run.output).catch(() => null);
    if (!stat?.isFile()) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`predict for ${run.who} exited 0 but wrote no predictions file at $PREDICTIONS (${run.output}); the command must write its predictions there${last}`, { code: "predictions-missing", location: { file: run.output } });
    }
    return { file: run.output, durationMs: result.durationMs };
}


/***/ }),

/***/ 39424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fy: () => (/* binding */ scoreOnEvaluationRows)
/* harmony export */ });
/* unused harmony exports candidateFilter, baselineCacheKey */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17198);
/* harmony import */ var _evaluation_set_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42618);
/* harmony import */ var _predict_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35708);
/* harmony import */ var _predictions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98131);






const EXTENSIONS = { csv: "csv", tsv: "tsv", jsonl: "jsonl", parquet: "parquet" };
/** The candidate's rows as a filter of dataset rows by id (its ids hashed, as evaluate joins them). */
function candidateFilter(table, idColumn) {
    const index = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_5__/* .idIndexOf */ .rP)(table, idColumn);
    const scratch = new Uint32Array(2);
    return {
        idColumn,
        count: table.rows,
        position: (key) => index.rowOfKey(key, scratch),
        describe: (row) => table.ids?.texts?.[row] ?? `the id at ${(0,_predictions_js__WEBPACK_IMPORTED_MODULE_5__/* .whereIs */ .ie)(table, row)}`,
        from: table.file,
    };
}
function baselineCacheKey(baseline, fingerprint, predict) {
    return (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)((0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)({
        baseline: { version: baseline.version, content: baseline.contentDigest ?? baseline.source },
        evaluationRows: fingerprint,
        predict: { command: predict.command, format: predict.format },
    }));
}
/** Scores the baseline (and the candidate, when asked) on the evaluation rows. */
async function scoreOnEvaluationRows(options, baseline, candidate, deps) {
    const { logger } = deps;
    const rows = await (0,_evaluation_set_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluationRows */ .g)({
        dataset: options.dataset,
        cwd: options.cwd,
        keep: options.rows === "candidate" ? candidateKeep(options, candidate) : null,
        tempDir: options.workDir,
    });
    logger.info(`evaluation rows: ${rows.rows} from ${rows.source}${options.rows === "candidate" ? ` (the rows of the candidate's predictions, by '${options.idColumn}')` : ""}, sha256 ${rows.fingerprint.slice(0, 12)}`);
    const base = baseline ? await scoreBaseline(options, baseline, rows, deps) : null;
    let predictMs = base?.predictMs ?? 0;
    const ext = EXTENSIONS[options.predict.format];
    let candidateFile = null;
    if (options.rows === "dataset" && options.candidateModel) {
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.workDir, `candidate-predictions.${ext}`);
        const run = await (0,_predict_js__WEBPACK_IMPORTED_MODULE_4__/* .runPredict */ .T)(options.predict, {
            who: "candidate",
            modelPath: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd, options.candidateModel),
            evalData: rows.file,
            output: out,
        }, deps);
        predictMs += run.durationMs;
        candidateFile = out;
    }
    else if (!candidate) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("the candidate has neither predictions nor a model to score: give candidate-predictions, or candidate-model with evaluation-rows: dataset", { code: "input-missing" });
    }
    return {
        rows,
        candidateFile,
        baselineFile: base?.file ?? null,
        baselineSource: base?.source ?? null,
        predictMs,
    };
}
async function scoreBaseline(options, baseline, rows, deps) {
    const { logger } = deps;
    const who = `baseline v${baseline.version ?? "?"}`;
    const ext = EXTENSIONS[options.predict.format];
    let predictMs = 0;
    const cached = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.cacheDir, "baseline-scores", `${baselineCacheKey(baseline, rows.fingerprint, options.predict)}.${ext}`);
    let baselineSource = "cache";
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cached)) {
        logger.info(`${who}: scores on these rows found in the cache (${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(options.cwd, cached)}); not scoring again`);
    }
    else {
        if (!baseline.download) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${who}: its files cannot be downloaded here, so it cannot be scored`, {
                code: "baseline-download",
            });
        }
        const dl = await baseline.download(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.workDir, "baseline-model"));
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.workDir, `baseline-predictions.${ext}`);
        const run = await (0,_predict_js__WEBPACK_IMPORTED_MODULE_4__/* .runPredict */ .T)(options.predict, { who, modelPath: dl.modelPath, evalData: rows.file, output: out }, deps);
        predictMs += run.durationMs;
        logger.info(`${who}: scored ${rows.rows} rows in ${(run.durationMs / 1000).toFixed(1)} s`);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(cached), { recursive: true });
        const partial = `${cached}.${process.pid}.partial`;
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(out, partial);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(partial, cached);
        baselineSource = "predict";
    }
    return { file: cached, source: baselineSource, predictMs };
}
function candidateKeep(options, candidate) {
    if (!candidate) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("evaluation-rows: candidate takes the rows of the candidate's predictions, but there are none: give candidate-predictions, or set evaluation-rows: dataset with candidate-model", { code: "input-missing" });
    }
    if (!options.idColumn) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the baseline is scored on the rows of the candidate's predictions (${candidate.file}), found in the dataset by their id: set id-column (e.g. id-column: date), or evaluation-rows: dataset with candidate-model`, { code: "input-missing" });
    }
    return candidateFilter(candidate, options.idColumn);
}


/***/ }),

/***/ 47685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ argsortFloat64),
/* harmony export */   RG: () => (/* binding */ permuteInPlace)
/* harmony export */ });
/* unused harmony export gather */
/**
 * Stable ascending argsort of finite doubles by LSD radix sort on their IEEE-754 bits (16-bit
 * digits, passes whose digit is constant skipped): ~10× faster than a comparator sort on a
 * million scores. Each pass reads its digit straight from the doubles' bits (made sortable:
 * negatives flipped, the sign bit of positives set, -0 as +0), so the only memory is the
 * result and one scratch array of the same size. NaN must be rejected by the caller.
 */
function argsortFloat64(values, reuse) {
    const n = values.length;
    const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    // `reuse`: a spent array of n the caller gives up (one of the two buffers; either may be returned)
    let idx = reuse?.length === n ? reuse : new Int32Array(n);
    for (let i = 0; i < n; i++)
        idx[i] = i;
    let tmp = new Int32Array(n);
    const count = new Int32Array(65536);
    for (let pass = 0; pass < 4; pass++) {
        const word = pass >> 1; // 0: low 32 bits, 1: high
        const shift = pass % 2 === 0 ? 0 : 16;
        count.fill(0);
        for (let i = 0; i < n; i++)
            count[digit(bits, i, word, shift)]++;
        if (n > 0 && count[digit(bits, 0, word, shift)] === n)
            continue; // all equal: nothing to do
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const j = idx[i];
            tmp[count[digit(bits, j, word, shift)]++] = j;
        }
        const t = idx;
        idx = tmp;
        tmp = t;
    }
    return idx;
}
/** The 16-bit digit at `shift` of word `word` (0 low, 1 high) of double i's sortable key. */
function digit(bits, i, word, shift) {
    let h = bits[2 * i + 1];
    const l = bits[2 * i];
    if (h === 0x80000000 && l === 0)
        h = 0; // -0 → +0
    let k;
    if (h & 0x80000000)
        k = word ? ~h : ~l;
    else
        k = word ? h | 0x80000000 : l;
    return (k >>> shift) & 0xffff;
}
/** out[i] = values[perm[i]]. */
function gather(values, perm, out) {
    for (let i = 0; i < perm.length; i++)
        out[i] = values[perm[i]];
    return out;
}
/**
 * a[i] = a_before[order[i]] for every i, in place: follows the permutation's cycles, marking
 * visited entries of `order` by their complement (restored before returning), so no scratch.
 */
function permuteInPlace(a, order) {
    const n = order.length;
    for (let start = 0; start < n; start++) {
        if (order[start] < 0)
            continue;
        const first = a[start];
        let j = start;
        for (;;) {
            const k = order[j];
            order[j] = ~k;
            if (k === start) {
                a[j] = first;
                break;
            }
            a[j] = a[k];
            j = k;
        }
    }
    for (let i = 0; i < n; i++)
        order[i] = ~order[i];
}


/***/ }),

/***/ 45650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ seedState),
/* harmony export */   It: () => (/* binding */ fillPoissonWeights),
/* harmony export */   UW: () => (/* binding */ binomHalfCdf),
/* harmony export */   Z4: () => (/* binding */ quantileSorted),
/* harmony export */   jc: () => (/* binding */ chi2Df1Sf),
/* harmony export */   nG: () => (/* reexport safe */ _mlops_data__WEBPACK_IMPORTED_MODULE_0__.normalSf)
/* harmony export */ });
/* unused harmony export POISSON1_TABLE */
/* harmony import */ var _mlops_data__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18926);
/*
 * Small numerical pieces: the normal and chi-square(1) tails (@mlops/data's, over @stdlib's erfc
 * and incomplete gamma), the binomial tail for exact McNemar, percentiles as numpy computes them,
 * a seeded PRNG.
 */


/** P(X > x) for X ~ chi-square with 1 degree of freedom. */
function chi2Df1Sf(x) {
    return (0,_mlops_data__WEBPACK_IMPORTED_MODULE_0__.chi2Sf)(x, 1);
}
/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomHalfCdf(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    const lnHalfN = n * Math.log(0.5);
    const lnFactN = (0,_mlops_data__WEBPACK_IMPORTED_MODULE_0__.logGamma)(n + 1);
    let sum = 0;
    for (let i = 0; i <= k; i++)
        sum += Math.exp(lnFactN - (0,_mlops_data__WEBPACK_IMPORTED_MODULE_0__.logGamma)(i + 1) - (0,_mlops_data__WEBPACK_IMPORTED_MODULE_0__.logGamma)(n - i + 1) + lnHalfN);
    return Math.min(1, sum);
}
/** Percentile of sorted values with linear interpolation (numpy's default "linear" method). */
function quantileSorted(sorted, q, length = sorted.length) {
    if (length === 0)
        return NaN;
    const h = (length - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, length - 1);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (h - lo) * (b - a);
}
/** xoshiro128** seeded through splitmix32: fast, reproducible 32-bit random numbers. */
function seedState(seed) {
    const s = new Uint32Array(4);
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
        x = (x + 0x9e3779b9) >>> 0;
        let z = x;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    if ((s[0] | s[1] | s[2] | s[3]) === 0)
        s[0] = 1;
    return s;
}
/**
 * Poisson(1) draws by table lookup on 16 random bits: entry v is the smallest k with
 * F(k) > (v + ½)/65536. Each probability is exact to 1/65536 (P(0) = 0.367879… vs 24109/65536).
 */
const POISSON1_TABLE = (() => {
    const table = new Uint8Array(65536);
    let k = 0;
    let p = Math.exp(-1);
    let cdf = p;
    for (let v = 0; v < 65536; v++) {
        const u = (v + 0.5) / 65536;
        while (u >= cdf && k < 255) {
            k++;
            p /= k;
            cdf += p;
        }
        table[v] = k;
    }
    return table;
})();
/** Fills `out` with Poisson(1) weights, advancing the xoshiro128** state in place. */
function fillPoissonWeights(out, state) {
    const T = POISSON1_TABLE;
    let s0 = state[0];
    let s1 = state[1];
    let s2 = state[2];
    let s3 = state[3];
    const n = out.length;
    let i = 0;
    for (; i + 1 < n; i += 2) {
        const m = Math.imul(s1, 5);
        const r = Math.imul((m << 7) | (m >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        out[i] = T[r & 0xffff];
        out[i + 1] = T[r >>> 16];
    }
    if (i < n) {
        const m = Math.imul(s1, 5);
        const r = Math.imul((m << 7) | (m >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        out[i] = T[r & 0xffff];
    }
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
}


/***/ }),

/***/ 73457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ renderComparisonSummary)
/* harmony export */ });
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12712);
/* harmony import */ var _mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43760);


/*
 * evaluate-against-baseline's job summary: the verdict, the baseline, and the Comparison's
 * metrics as the report renders them (@mlops/report/metrics-table, the one rendering of a
 * Comparison), slices in a second table. Every string from users' files is escaped there and
 * here (@mlops/core/markdown).
 */
const HEAD = {
    pass: "✅ **pass**",
    fail: "❌ **fail**",
    "no-baseline": "🆕 **no baseline** (absolute gates only)",
};
function baselineText(c) {
    const b = c.baseline;
    if (!b)
        return "none";
    if (b.version === null)
        return b.source ? (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(b.source, 120) : "given";
    return `v${b.version}${b.alias ? ` (${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(b.alias, 64)})` : ""}`;
}
function renderComparisonSummary(c, options = {}) {
    const max = options.maxRows ?? 200;
    const p = c.predictions;
    const paired = p
        ? ` · paired bootstrap over ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(p.rows)} rows (${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(p.resamples)} resamples, seed ${p.seed})`
        : "";
    const parts = [
        `### Evaluate${c.model ? ` ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(c.model, 100)}` : ""} against baseline: ${HEAD[c.verdict]}`,
        [`Baseline: ${baselineText(c)}${paired}`, (0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .artifactLine */ .VY)(c), (0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .scanLine */ .YU)(c)].filter(Boolean).join("<br>"),
    ];
    const main = c.metrics.filter((m) => !m.slice).sort(_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .compareMetricRows */ .VW);
    const slices = c.metrics.filter((m) => m.slice).sort(_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .compareMetricRows */ .VW);
    const notice = (hidden) => `${hidden} in the Comparison JSON.`;
    if (main.length)
        parts.push((0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .metricTableMarkdown */ .Ug)((0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .metricTable */ .Lc)(main), main, { rows: max, notice, noun: "metrics", legend: true }));
    const residuals = (0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .residualsMarkdown */ .eR)(c);
    if (residuals)
        parts.push(residuals);
    if (slices.length)
        parts.push("**Per-slice results**", (0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .metricTableMarkdown */ .Ug)((0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .metricTable */ .Lc)(slices, { slices: true }), slices, {
            rows: max,
            notice,
            noun: "slice checks",
        }));
    if (c.reasons.length) {
        const reasons = c.reasons.slice(0, 50).map((r) => `- ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(r, 300)}`);
        if (c.reasons.length > 50)
            reasons.push(`- … and ${c.reasons.length - 50} more in the Comparison JSON`);
        parts.push(reasons.join("\n"));
    }
    return parts.join("\n\n") + "\n";
}


/***/ }),

/***/ 40516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sh: () => (/* binding */ subsetTask),
/* harmony export */   ZC: () => (/* binding */ evaluatorFor),
/* harmony export */   Zx: () => (/* binding */ orderByCandidateScore),
/* harmony export */   t8: () => (/* binding */ prepareTask)
/* harmony export */ });
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17198);
/* harmony import */ var _evaluators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33471);
/* harmony import */ var _predictions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98131);
/* harmony import */ var _sort_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47685);




/** What a column's distinct values look like (from the dictionary when it is one). */
function profile(column) {
    const distinct = new Set();
    let numeric = true;
    let integral = true;
    if (column.numbers) {
        const v = column.numbers;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (Number.isNaN(x)) {
                const cell = column.get(i);
                if (cell === null)
                    continue;
                if (typeof cell !== "number")
                    numeric = false;
                continue;
            }
            if (!Number.isInteger(x))
                integral = false;
            if (distinct.size <= 64)
                distinct.add((0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .labelKey */ .kJ)(x));
        }
        return { numeric, integral, distinct };
    }
    for (const v of column.dict) {
        if (v === null)
            continue;
        if (typeof v !== "number")
            numeric = false;
        else if (!Number.isInteger(v))
            integral = false;
        if (distinct.size <= 64)
            distinct.add((0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .labelKey */ .kJ)(v));
    }
    return { numeric, integral, distinct };
}
function detectTask(table, o) {
    if (o.task !== "auto")
        return o.task;
    const perClass = table.columns.filter((c) => c.startsWith(`${o.score}_`));
    const labels = profile((0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOrError */ .KM)(table, o.label, "label-column: the true label"));
    if (perClass.length > 2)
        return "multiclass";
    if (labels.numeric) {
        const preds = table.values.get(o.prediction);
        const p = preds ? profile(preds) : null;
        const predIntegral = !p || (p.numeric && p.integral);
        if (!labels.integral || !predIntegral || labels.distinct.size > 20)
            return "regression";
    }
    if (labels.distinct.size <= 2 && perClass.length <= 2)
        return "binary";
    return "multiclass";
}
function sortLabels(keys) {
    const list = [...new Set(keys)];
    const allNumeric = list.every((k) => k !== "" && Number.isFinite(Number(k)));
    return allNumeric ? list.sort((a, b) => Number(a) - Number(b)) : list.sort();
}
/**
 * The baseline in the candidate's row order: as read (joined while streaming), by row order
 * without an id column, or joined here on the id column's hashes.
 */
function alignBaseline(candidate, baseline, id) {
    if (baseline.alignedTo === candidate)
        return baseline;
    if (!id) {
        if (candidate.rows !== baseline.rows) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`candidate predictions (${candidate.file}) have ${candidate.rows} rows but baseline predictions (${baseline.file}) have ${baseline.rows}: paired evaluation needs the same rows; give id-column to join them`, { code: "predictions-mismatch" });
        }
        return baseline;
    }
    if (!candidate.ids || !baseline.ids) {
        const which = candidate.ids ? baseline : candidate;
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${which.file}: no id column '${id}' (id-column)`, {
            code: "column-missing",
            location: { file: which.file, column: id },
        });
    }
    const index = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .idIndexOf */ .rP)(baseline, id);
    (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .idIndexOf */ .rP)(candidate, id); // duplicate ids of the candidate are an error too
    const out = new Int32Array(candidate.rows);
    const used = new Uint8Array(baseline.rows);
    const missing = [];
    let missingCount = 0;
    const ids = candidate.ids;
    for (let i = 0; i < candidate.rows; i++) {
        const j = index.rowOf(ids.hi[i], ids.lo[i]);
        if (j < 0) {
            missingCount++;
            if (missing.length < 10)
                missing.push(ids.texts?.[i] ?? `line ${(0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(candidate, i)}`);
        }
        else {
            out[i] = j;
            used[j] = 1;
        }
    }
    const extra = [];
    let extraCount = 0;
    for (let j = 0; j < baseline.rows; j++) {
        if (used[j])
            continue;
        extraCount++;
        if (extra.length < 10)
            extra.push(baseline.ids.texts?.[j] ?? `line ${(0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(baseline, j)}`);
    }
    if (missingCount || extraCount) {
        throw (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .joinError */ .Pv)(id, candidate.file, baseline.file, {
            missing: { count: missingCount, sample: missing },
            extra: { count: extraCount, sample: extra },
        });
    }
    return (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .gatherTable */ .mT)(baseline, out, candidate);
}
/** The candidate's labels, checked, and the baseline's (when it has them) equal to them row by row. */
function checkedLabels(candidate, baseline, o) {
    const labels = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOrError */ .KM)(candidate, o.label, "label-column: the true label");
    const bad = (v) => v === null || (typeof v === "number" && !Number.isFinite(v));
    if (labels.dict) {
        const codes = labels.codes;
        const badCode = labels.dict.map(bad);
        if (badCode.some(Boolean)) {
            for (let i = 0; i < labels.length; i++)
                if (badCode[codes[i]])
                    throw (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .cellError */ .B8)(candidate, i, o.label, "a label", labels.get(i));
        }
    }
    else {
        const v = labels.numbers;
        for (let i = 0; i < v.length; i++)
            if (!Number.isFinite(v[i]))
                throw (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .cellError */ .B8)(candidate, i, o.label, "a label", labels.get(i));
    }
    const other = baseline?.values.get(o.label);
    if (baseline && other) {
        const a = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(labels);
        const b = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(other);
        for (let i = 0; i < labels.length; i++) {
            if (a(i) !== b(i)) {
                throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${(0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .whereIs */ .ie)(baseline, i)}: label ${JSON.stringify(other.get(i))} differs from the candidate's ${JSON.stringify(labels.get(i))} (${(0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .whereIs */ .ie)(candidate, i)}): the two files must hold the same rows${o.id ? "" : " in the same order (or give id-column)"}`, { code: "predictions-mismatch" });
            }
        }
    }
    return labels;
}
/** Distinct label keys of a column. */
function distinctKeys(column, into) {
    if (column.dict) {
        for (const v of column.dict)
            if (v !== null)
                into.add((0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .labelKey */ .kJ)(v));
        return;
    }
    const key = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(column);
    for (let i = 0; i < column.length; i++) {
        if (column.get(i) === null)
            continue;
        into.add(key(i));
        if (into.size > 100_000)
            return; // not classes: the task check reports it
    }
}
/** Per row, the index of its key in `index` (-1 when absent). */
function codesOf(column, index) {
    if (column.dict) {
        const mapped = column.dict.map((v) => (v === null ? -1 : index((0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .labelKey */ .kJ)(v))));
        const codes = column.codes;
        return (i) => mapped[codes[i]];
    }
    const key = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(column);
    return (i) => (column.get(i) === null ? -1 : index(key(i)));
}
function prepareTask(candidate, baselineTable, o) {
    const task = detectTask(candidate, o);
    const baseline = baselineTable ? alignBaseline(candidate, baselineTable, o.id) : null;
    const labels = checkedLabels(candidate, baseline, o);
    const slices = o.slices.map((column) => {
        const c = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOrError */ .KM)(candidate, column, "a slice column");
        const key = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(c);
        return {
            column,
            values: Array.from({ length: c.length }, (_, i) => (c.get(i) === null ? "(missing)" : key(i))),
        };
    });
    const rows = candidate.rows;
    const both = (model) => ({
        candidate: model(candidate),
        baseline: baseline ? model(baseline) : null,
    });
    if (task === "regression") {
        const y = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .numericColumn */ .UK)(candidate, o.label, "label-column");
        const model = (t) => ({
            task: "regression",
            pred: (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .numericColumn */ .UK)(t, t.values.has(o.prediction) ? o.prediction : o.score, "prediction-column: the predicted value"),
        });
        return { task, rows, y, classes: [], ...both(model), slices };
    }
    // Classes: the labels, the predicted classes and the per-class score columns of both models.
    const keys = new Set();
    distinctKeys(labels, keys);
    for (const t of [candidate, baseline]) {
        if (!t)
            continue;
        const pred = t.values.get(o.prediction);
        if (pred)
            distinctKeys(pred, keys);
        if (task === "multiclass")
            for (const c of t.columns)
                if (c.startsWith(`${o.score}_`))
                    keys.add(c.slice(o.score.length + 1));
    }
    if (task === "binary") {
        const b = binaryModel(keys, labels, rows, o);
        return { task, rows, y: b.y, classes: b.classes, ...both(b.model), slices };
    }
    const classes = sortLabels(keys);
    const index = new Map(classes.map((c, k) => [c, k]));
    const y = new Int32Array(rows);
    const code = codesOf(labels, (k) => index.get(k));
    for (let i = 0; i < rows; i++)
        y[i] = code(i);
    return { task, rows, y, classes, ...both((t) => multiclassModel(t, classes, index, rows, o)), slices };
}
function positiveClass(keys, classes, o) {
    let positive = o.positiveLabel;
    if (positive === undefined) {
        if (keys.has("1"))
            positive = "1";
        else if (keys.has("true"))
            positive = "true";
        else if (classes.length === 2)
            positive = classes[1];
        else {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`binary task: cannot tell the positive class among ${classes.map((c) => JSON.stringify(c)).join(", ")}; set positive-label`, { code: "positive-label" });
        }
    }
    if (!keys.has(positive) && o.positiveLabel !== undefined) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`positive-label ${JSON.stringify(positive)} is not among the labels ${classes.map((c) => JSON.stringify(c)).join(", ")}`, { code: "positive-label" });
    }
    if (classes.length > 2) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`binary task, but the labels and predictions hold ${classes.length} classes (${classes.slice(0, 5).join(", ")}…); set task: multiclass`, { code: "task-mismatch" });
    }
    return positive;
}
function binaryModel(keys, labels, rows, o) {
    const sorted = sortLabels(keys);
    const positive = positiveClass(keys, sorted, o);
    const negative = sorted.find((c) => c !== positive) ?? "(other)";
    const isPositive = (k) => (k === positive ? 1 : 0);
    const y = new Uint8Array(rows);
    const yCode = codesOf(labels, isPositive);
    for (let i = 0; i < rows; i++)
        y[i] = yCode(i);
    const model = (t) => {
        const hasScore = t.values.has(o.score) || t.values.has(`${o.score}_${positive}`);
        const scoreColumn = t.values.has(o.score) ? o.score : `${o.score}_${positive}`;
        const score = hasScore ? (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .numericColumn */ .UK)(t, scoreColumn, "score-column") : null;
        const predCells = t.values.get(o.prediction);
        if (!score && !predCells) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${t.file}: neither a score column '${o.score}' nor a prediction column '${o.prediction}'; set score-column or prediction-column`, { code: "column-missing", location: { file: t.file } });
        }
        const pred = new Uint8Array(rows);
        if (predCells) {
            const code = codesOf(predCells, isPositive);
            for (let i = 0; i < rows; i++) {
                const c = code(i);
                if (c < 0)
                    throw (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .cellError */ .B8)(t, i, o.prediction, "a predicted class", predCells.get(i));
                pred[i] = c;
            }
        }
        else
            for (let i = 0; i < rows; i++)
                pred[i] = score[i] > o.threshold ? 1 : 0;
        let probability = !!score;
        if (score)
            for (let i = 0; i < rows && probability; i++)
                probability = score[i] >= 0 && score[i] <= 1;
        return { task: "binary", pred, score, probability };
    };
    return { y, classes: [negative, positive], model };
}
function multiclassModel(t, classes, index, rows, o) {
    const K = classes.length;
    const have = classes.filter((c) => t.values.has(`${o.score}_${c}`));
    let proba = null;
    if (have.length) {
        const missing = classes.filter((c) => !t.values.has(`${o.score}_${c}`));
        if (missing.length) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${t.file}: probability columns missing for class(es) ${missing.map((c) => `'${o.score}_${c}'`).join(", ")}`, { code: "column-missing", location: { file: t.file } });
        }
        proba = new Float64Array(rows * K);
        classes.forEach((c, k) => {
            const col = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .numericColumn */ .UK)(t, `${o.score}_${c}`, "a class probability");
            for (let i = 0; i < rows; i++)
                proba[i * K + k] = col[i];
        });
    }
    const pred = new Int32Array(rows);
    const predCells = t.values.get(o.prediction);
    if (predCells) {
        const code = codesOf(predCells, (k) => index.get(k) ?? -1);
        for (let i = 0; i < rows; i++) {
            const c = code(i);
            if (c < 0)
                throw (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .cellError */ .B8)(t, i, o.prediction, "a predicted class", predCells.get(i));
            pred[i] = c;
        }
    }
    else if (proba) {
        for (let i = 0; i < rows; i++) {
            let best = 0;
            for (let k = 1; k < K; k++)
                if (proba[i * K + k] > proba[i * K + best])
                    best = k;
            pred[i] = best;
        }
    }
    else {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${t.file}: neither a prediction column '${o.prediction}' nor probability columns '${o.score}_<class>'`, { code: "column-missing", location: { file: t.file } });
    }
    return { task: "multiclass", pred, proba };
}
/** The rows of a task at `rows` (for a slice). */
function subsetTask(t, rows) {
    const pick = (a, stride = 1) => {
        const out = new a.constructor(rows.length * stride);
        for (let i = 0; i < rows.length; i++)
            for (let k = 0; k < stride; k++)
                out[i * stride + k] = a[rows[i] * stride + k];
        return out;
    };
    const model = (m) => {
        if (!m)
            return null;
        if (m.task === "binary")
            return {
                task: "binary",
                pred: pick(m.pred),
                score: m.score ? pick(m.score) : null,
                probability: m.probability,
            };
        if (m.task === "multiclass")
            return {
                task: "multiclass",
                pred: pick(m.pred),
                proba: m.proba ? pick(m.proba, t.classes.length) : null,
            };
        return { task: "regression", pred: pick(m.pred) };
    };
    return {
        ...t,
        rows: rows.length,
        y: pick(t.y),
        candidate: model(t.candidate),
        baseline: model(t.baseline),
        slices: [],
        scratch: undefined,
    };
}
/**
 * Binary tasks with a candidate score: rows are put in candidate-score order, so the
 * candidate's pass reads weights sequentially (and keeps no row index) and only the baseline's
 * gathers.
 */
function orderByCandidateScore(t, options = {}) {
    if (t.candidate.task !== "binary" || !t.candidate.score || t.candidate.sorted)
        return t;
    const order = (0,_sort_js__WEBPACK_IMPORTED_MODULE_3__/* .argsortFloat64 */ .Fs)(t.candidate.score);
    const slices = t.slices.map((s) => ({ column: s.column, values: Array.from(order, (r) => s.values[r]) }));
    let sorted;
    if (options.inPlace) {
        // Permuted where they are: no second copy of every array (the peak of a 10M-row evaluation).
        const arrays = [t.y, t.candidate.pred, t.candidate.score];
        const b = t.baseline;
        if (b?.task === "binary")
            arrays.push(b.pred, ...(b.score ? [b.score] : []));
        for (const a of arrays)
            (0,_sort_js__WEBPACK_IMPORTED_MODULE_3__/* .permuteInPlace */ .RG)(a, order);
        sorted = Object.assign(t, { slices });
    }
    else
        sorted = { ...subsetTask(t, order), slices };
    sorted.candidate.sorted = true;
    sorted.scratch = order; // spent: the rows are in this order now
    return sorted;
}
/**
 * The evaluator of one side. With `consumeScore`, a binary evaluator takes the side's score array
 * over (it becomes its per-row losses; m.score is null afterwards): for a task whose scores
 * nothing reads after this, e.g. no slices left to compute.
 */
function evaluatorFor(t, m, options = {}) {
    if (m.task === "binary") {
        // The baseline's argsort reuses the candidate's spent order (one 4-byte array a row less).
        const scratch = !m.sorted && m.score ? t.scratch : undefined;
        if (scratch)
            t.scratch = undefined;
        const evaluator = new _evaluators_js__WEBPACK_IMPORTED_MODULE_1__/* .BinaryEvaluator */ .z1({
            y: t.y,
            pred: m.pred,
            score: m.score,
            probability: m.probability,
            sorted: !!m.sorted,
            consumeScore: !!options.consumeScore,
            ...(scratch ? { order: (0,_sort_js__WEBPACK_IMPORTED_MODULE_3__/* .argsortFloat64 */ .Fs)(m.score, scratch) } : {}),
        });
        if (options.consumeScore)
            m.score = null;
        return evaluator;
    }
    if (m.task === "multiclass")
        return new _evaluators_js__WEBPACK_IMPORTED_MODULE_1__/* .MulticlassEvaluator */ .dj({
            y: t.y,
            pred: m.pred,
            K: t.classes.length,
            proba: m.proba,
        });
    return new _evaluators_js__WEBPACK_IMPORTED_MODULE_1__/* .RegressionEvaluator */ .r3(t.y, m.pred);
}


/***/ }),

/***/ 43760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ isFailing),
/* harmony export */   Lc: () => (/* binding */ metricTable),
/* harmony export */   Ug: () => (/* binding */ metricTableMarkdown),
/* harmony export */   VW: () => (/* binding */ compareMetricRows),
/* harmony export */   VY: () => (/* reexport safe */ _model_facts_js__WEBPACK_IMPORTED_MODULE_0__.VY),
/* harmony export */   YU: () => (/* reexport safe */ _model_facts_js__WEBPACK_IMPORTED_MODULE_0__.YU),
/* harmony export */   eR: () => (/* reexport safe */ _model_facts_js__WEBPACK_IMPORTED_MODULE_0__.eR)
/* harmony export */ });
/* unused harmony exports STATUS_LABEL, improvement, metricGroup, describeRule, describeGate, describeDelta, isSignificant, describeSignificance, formatP, directionMark, REGISTERED_CELL, isPaired, describeHidden, metricLegend */
/* harmony import */ var _model_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65027);
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12712);


/*
 * The metrics tables: metric | baseline | candidate | Δ (95% CI in words when paired) | Δ% | rule |
 * status. Direction-aware (an improvement of a lower-is-better metric is good); gated metrics
 * first, failing rows first; ungated ones after by size of change; new/missing ones collapsed.
 * The one rendering of a Comparison's metrics: the report (comment, job summary, check run) and
 * evaluate-against-baseline's job summary both use it (@mlops/report/metrics-table).
 */
const STATUS_LABEL = {
    fail: "❌ fail",
    missing: "❌ missing",
    warn: "⚠️ warn",
    new: "🆕 new",
    pass: "✅ pass",
    info: "➖ not gated",
};
const STATUS_RANK = { fail: 0, missing: 1, warn: 2, new: 3, pass: 4, info: 5 };
/** Positive when the change is an improvement, negative for a regression, 0 when unknown/none. */
function improvement(m) {
    const change = m.relativeDelta ?? m.delta;
    if (change === null || change === undefined || m.greaterIsBetter === null || !Number.isFinite(change))
        return 0;
    return m.greaterIsBetter ? change : -change;
}
/**
 * 0: gated (or failing/warning for any reason); 1: not gated, both sides measured; 2: not gated,
 * new or without a value on one side (collapsed).
 */
function metricGroup(m) {
    if (m.gate !== null || m.status === "fail" || m.status === "missing" || m.status === "warn")
        return 0;
    return m.status === "new" || m.baseline === null || m.candidate === null ? 2 : 1;
}
/** The size of a change, for ordering ungated metrics: relative when known, else absolute. */
function changeSize(m) {
    const c = m.relativeDelta ?? m.delta;
    return c === null || !Number.isFinite(c) ? -1 : Math.abs(c);
}
/**
 * Gated metrics first (failing, missing, warnings, new, passing; worst change first), then the
 * ungated ones by size of change (largest first), then the ungated new/missing ones by name.
 */
function compareMetricRows(a, b) {
    const ga = metricGroup(a);
    const gb = metricGroup(b);
    if (ga !== gb)
        return ga - gb;
    const within = ga === 0
        ? STATUS_RANK[a.status] - STATUS_RANK[b.status] || improvement(a) - improvement(b)
        : ga === 1
            ? changeSize(b) - changeSize(a)
            : 0;
    return within || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || sliceKey(a).localeCompare(sliceKey(b));
}
function sliceKey(m) {
    return m.slice ? `${m.slice.column}=${m.slice.value}` : "";
}
function isFailing(m) {
    return m.status === "fail" || m.status === "missing";
}
const OPERATOR = { ">=": "≥", "<=": "≤", "!=": "≠", "==": "=" };
function ruleSubject(rule) {
    switch (rule) {
        case "threshold":
            return "value";
        case "min_absolute_change":
            return "Δ";
        case "min_relative_change":
            return "Δ%";
        case "significance":
            return "p";
        default:
            return rule;
    }
}
/**
 * One gate rule as a reviewer reads it, in the metric's own direction: `value ≥ 0.69` (a bound
 * on the candidate's value), `Δ ≥ −0.01`, `Δ ≤ +0.02` (lower is better), `Δ% ≤ +10%`,
 * `p < 0.05`. Never a bound on the value labelled Δ. Failing rules bold.
 */
function describeRule(r, m) {
    const op = OPERATOR[r.operator] ?? r.operator;
    const up = m?.greaterIsBetter !== false;
    const dir = up ? "≥" : "≤";
    let body;
    if (r.expected === null)
        body = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.rule === "present" ? "present" : r.rule === "finite" ? "finite" : `${r.rule} ${op}`);
    else if (r.rule === "min_absolute_change" && m?.gate?.minAbsoluteChange != null) {
        const margin = m.gate.minAbsoluteChange;
        body = `Δ ${dir} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(up ? margin : -margin) || "0"}`;
    }
    else if (r.rule === "min_relative_change" && m?.gate?.minRelativeChange != null) {
        const margin = m.gate.minRelativeChange;
        body = `Δ% ${dir} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(up ? margin : -margin)}`;
    }
    else if (r.rule === "threshold")
        body = `value ${op} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(r.expected)}`;
    else {
        const expected = r.rule === "min_relative_change" ? (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(r.expected) : (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(r.expected);
        body = `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(ruleSubject(r.rule))} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(op)} ${expected}`;
    }
    return r.passed ? body : `**${body}**`;
}
/** The gate column: its rules, or what the gate spec asks when no rule was evaluated. */
function describeGate(m) {
    if (!m.gate)
        return "—";
    if (m.gate.rules.length > 0)
        return m.gate.rules.map((r) => describeRule(r, m)).join("<br>");
    const parts = [];
    const up = m.greaterIsBetter !== false;
    if (m.gate.threshold !== null)
        parts.push(`value ${up ? "≥" : "≤"} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.gate.threshold)}`);
    if (m.gate.minAbsoluteChange !== null)
        parts.push(`Δ ${up ? "≥" : "≤"} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(up ? m.gate.minAbsoluteChange : -m.gate.minAbsoluteChange)}`);
    if (m.gate.minRelativeChange !== null)
        parts.push(`Δ% ${up ? "≥" : "≤"} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(up ? m.gate.minRelativeChange : -m.gate.minRelativeChange)}`);
    if (m.gate.significance !== null)
        parts.push(`p < ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.gate.significance)}`);
    return parts.length ? parts.join("<br>") : "—";
}
/** Δ with a good/bad mark: 🟢 for an improvement, 🔴 for a regression, nothing when direction is unknown. */
function describeDelta(m, decimals) {
    if (m.delta === null)
        return "—";
    const s = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(m.delta, decimals);
    const score = improvement(m);
    if (m.delta === 0 || score === 0)
        return s;
    return `${score > 0 ? "🟢" : "🔴"} ${s}`;
}
/** Whether a paired interval of Δ excludes 0 (the change is unlikely to be noise). */
function isSignificant(m) {
    const iv = m.interval?.delta;
    if (!iv)
        return null;
    return iv[0] > 0 || iv[1] < 0;
}
/**
 * Significance in words: "95% CI [+0.07, +0.16], significant (McNemar p = 0.001)"; "" without
 * an interval.
 */
function describeSignificance(m, decimals) {
    const iv = m.interval?.delta;
    if (!m.interval || !iv)
        return "";
    const level = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(m.interval.level, false);
    const test = m.test ? ` (${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(m.test.name, 30)} ${formatP(m.test.pValue)})` : "";
    return `${level} CI ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatInterval */ .vy)(iv, intervalDecimals(iv, decimals))}, ${isSignificant(m) ? "significant" : "not significant"}${test}`;
}
/** Two significant digits of the interval's width: [+0.07, +0.16], not [+0.06894, +0.13326]. */
function intervalDecimals(iv, rowDecimals) {
    const width = Math.abs(iv[1] - iv[0]);
    if (!Number.isFinite(width) || width === 0)
        return rowDecimals;
    const d = Math.max(0, 1 - Math.floor(Math.log10(width)));
    return rowDecimals === undefined ? Math.min(d, 8) : Math.min(d, rowDecimals + 1, 8);
}
/** "p = 0.0094", "p < 0.001". */
function formatP(p) {
    if (!Number.isFinite(p))
        return "p = —";
    if (p < 0.001)
        return "p < 0.001";
    return `p = ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(Number(p.toPrecision(2)))}`;
}
/** The Δ cell: the change with its good/bad mark, and its interval in words under it when paired. */
function deltaCell(m, decimals) {
    const d = describeDelta(m, decimals);
    const sig = describeSignificance(m, decimals);
    return sig ? `${d}<br><sub>${sig}</sub>` : d;
}
function sliceCell(m) {
    return m.slice ? `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(m.slice.column, 60)} = ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(m.slice.value, 60)}` : "—";
}
function directionMark(m) {
    return m.greaterIsBetter === true ? " ↑" : m.greaterIsBetter === false ? " ↓" : "";
}
/**
 * One table of metrics, rows in the given order: metric | baseline | candidate | Δ (with its
 * interval in words when paired) | Δ% | rule (when any metric is gated) | status.
 */
function metricTable(metrics, options = {}) {
    const paired = options.paired ?? isPaired(metrics);
    const showGate = metrics.some((m) => m.gate !== null);
    const headers = [
        ...(options.slices ? ["slice"] : []),
        "metric",
        "baseline",
        "candidate",
        "Δ",
        "Δ%",
        ...(showGate ? ["rule", "status"] : []),
    ];
    const align = headers.map((h) => h === "metric" || h === "slice" || h === "rule" || h === "status" ? "left" : "right");
    const rows = metrics.map((m) => {
        const decimals = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .rowDecimals */ .LE)([m.baseline, m.candidate], m.delta);
        return [
            ...(options.slices ? [sliceCell(m)] : []),
            `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(m.name, 120)}${directionMark(m)}`,
            paired && m.baselineSource === "registered" && m.baseline !== null
                ? `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.baseline, decimals)}<br><sub>${REGISTERED_CELL}</sub>`
                : (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.baseline, decimals),
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.candidate, decimals),
            deltaCell(m, decimals),
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(m.relativeDelta),
            ...(showGate ? [describeGate(m), STATUS_LABEL[m.status]] : []),
        ];
    });
    return { headers, align, rows };
}
/** Under a registered baseline value in a paired comparison: it was not re-scored. */
const REGISTERED_CELL = "registered, other rows";
/** Whether the baseline was re-scored on the evaluation rows (some row says same-rows). */
function isPaired(metrics) {
    return metrics.some((m) => m.baselineSource === "same-rows");
}
/** "4,812 more metrics (4,800 ✅ pass, 12 🆕 new)". */
function describeHidden(hidden, noun) {
    const counts = new Map();
    for (const m of hidden)
        counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
    const parts = [...counts.entries()]
        .sort((a, b) => STATUS_RANK[a[0]] - STATUS_RANK[b[0]])
        .map(([status, n]) => `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(n)} ${STATUS_LABEL[status]}`);
    return `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(hidden.length)} more ${noun}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}
/** The line under the table that explains its marks, or "" when no metric has a direction. */
function metricLegend(metrics) {
    const registered = isPaired(metrics) && metrics.some((m) => m.gate !== null && m.baselineSource === "registered")
        ? ` · “${REGISTERED_CELL}”: the baseline's registered value, not re-scored on these rows`
        : "";
    return metrics.some((m) => m.greaterIsBetter !== null)
        ? `<sub>↑ higher is better · ↓ lower is better · 🟢 improvement · 🔴 regression · Δ = candidate − baseline, Δ% relative to the baseline · a rule on \`value\` bounds the candidate itself${registered}</sub>`
        : "";
}
/**
 * The metrics as Markdown, in compareMetricRows order (the caller sorts): the gated ones in one
 * table, then "Not gated" (largest change first), then the new/missing ones collapsed in a
 * <details>. Only the first `rows` metrics are shown, then a line naming the rest (`notice` wraps
 * it, e.g. with a link to the full report), then the legend when asked. `shape` is
 * metricTable(metrics, …) of the same metrics (its `slice` column is kept).
 */
function metricTableMarkdown(shape, metrics, options) {
    const rows = Math.min(options.rows ?? metrics.length, metrics.length);
    const slices = shape.headers[0] === "slice";
    const shown = metrics.slice(0, rows);
    const paired = isPaired(metrics);
    const groups = [[], [], []];
    // Paired: an ungated baseline value that was not re-scored is folded apart, said plainly.
    const registered = [];
    for (const m of shown) {
        const group = metricGroup(m);
        if (paired && group !== 0 && m.baselineSource === "registered" && m.baseline !== null)
            registered.push(m);
        else
            groups[group].push(m);
    }
    const render = (ms) => {
        const t = metricTable(ms, { slices, paired });
        return (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(t.headers, t.rows, t.align);
    };
    const parts = [];
    const [gated, other, fresh] = groups;
    if (gated.length)
        parts.push(render(gated));
    if (other.length) {
        // Many ungated metrics are folded: the gated ones are what decides.
        if (gated.length && other.length > 6)
            parts.push((0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Not gated: ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(other.length)} metrics, largest change first`, render(other)));
        else
            parts.push(`${gated.length ? "**Not gated** (largest change first)\n\n" : ""}${render(other)}`);
    }
    if (fresh.length) {
        const n = fresh.filter((m) => m.status !== "missing").length;
        const missing = fresh.length - n;
        const what = [n ? `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(n)} new` : "", missing ? `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(missing)} missing` : ""]
            .filter(Boolean)
            .join(", ");
        const t = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([...(slices ? ["slice"] : []), "metric", "baseline", "candidate"], fresh.map((m) => [
            ...(slices ? [sliceCell(m)] : []),
            `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(m.name, 120)}${directionMark(m)}`,
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.baseline),
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.candidate),
        ]), [...(slices ? ["left"] : []), "left", "right", "right"]);
        parts.push((0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Not gated, ${what} (no value on one side to compare)`, t));
    }
    if (registered.length) {
        const t = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([...(slices ? ["slice"] : []), "metric", "baseline (registered)", "candidate"], registered.map((m) => [
            ...(slices ? [sliceCell(m)] : []),
            `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(m.name, 120)}${directionMark(m)}`,
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.baseline),
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.candidate),
        ]), [...(slices ? ["left"] : []), "left", "right", "right"]);
        parts.push((0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Not re-scored: ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(registered.length)} metric${registered.length === 1 ? "" : "s"} with the baseline's registered value, measured on other rows (not like-for-like)`, t));
    }
    if (rows < metrics.length) {
        const hidden = describeHidden(metrics.slice(rows), options.noun);
        parts.push(options.notice ? options.notice(hidden) : `${hidden}.`);
    }
    const legend = options.legend ? metricLegend(metrics) : "";
    if (legend)
        parts.push(legend);
    return parts.join("\n\n");
}


/***/ }),

/***/ 65027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VY: () => (/* binding */ artifactLine),
/* harmony export */   YU: () => (/* binding */ scanLine),
/* harmony export */   eR: () => (/* binding */ residualsMarkdown)
/* harmony export */ });
/* unused harmony exports describeScan, artifactRef */
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12712);

/*
 * What a Comparison says about the models besides their metrics, as the report and
 * evaluate-against-baseline's job summary show it: the model scans evaluate ran before loading
 * each side's files, the baseline's artifact (an OCI reference with its manifest digest), and a
 * regression model's errors on the evaluation rows (MAE, RMSE, bias, residual quantiles,
 * baseline → candidate). Every string from users' files is escaped (@mlops/core/markdown); no
 * path is shown but the file names inside a model.
 */
const VERDICT = {
    safe: "✅ safe",
    warn: "⚠️ warn",
    dangerous: "❌ dangerous",
    error: "❌ unscannable",
};
function plural(n, one) {
    return `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(n)} ${one}${n === 1 ? "" : "s"}`;
}
/** "✅ safe (2 files)", "❌ dangerous: `os.system`, `builtins.eval` (1 file)". */
function describeScan(scan) {
    if (!scan)
        return "not scanned here";
    const files = plural(scan.files, "file");
    const flagged = scan.globals.filter((g) => g.severity !== "safe");
    if (scan.verdict === "safe")
        return `${VERDICT.safe} (${files})`;
    const worst = flagged.filter((g) => g.severity === "dangerous");
    const shown = (worst.length ? worst : flagged).slice(0, 3).map((g) => (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${g.module}.${g.name}`, 60));
    const more = (worst.length ? worst : flagged).length - shown.length;
    const what = shown.length
        ? `: ${shown.join(", ")}${more > 0 ? ` and ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(more)} more` : ""}`
        : scan.findings[0]
            ? `: ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(scan.findings[0].file, 60)}`
            : "";
    return `${VERDICT[scan.verdict]}${what} (${files})`;
}
/**
 * "Model scan before loading: candidate ✅ safe (1 file) · baseline v1 ✅ safe (1 file)", or null
 * when evaluate had no model files to scan.
 */
function scanLine(comparison) {
    const s = comparison.scan;
    if (!s)
        return null;
    const b = comparison.baseline;
    const baseName = b?.version != null ? `baseline v${b.version}` : "baseline";
    const parts = [`candidate ${describeScan(s.candidate)}`];
    // Cached scores: the baseline's files were not downloaded or loaded by this evaluation.
    const cached = !s.baseline && comparison.evaluation?.baseline?.source === "cache";
    if (b)
        parts.push(`${baseName} ${cached ? "not loaded here (its scores came from the cache)" : describeScan(s.baseline)}`);
    return `Model scan before loading: ${parts.join(" · ")}.`;
}
/** `ghcr.io/o/models:m-v3@sha256:0123456789ab…`: the reference with the digest's first 12 hex digits. */
function artifactRef(artifact) {
    const hex = artifact.digest.replace(/^sha256:/, "");
    return (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${artifact.reference}@sha256:${hex.slice(0, 12)}…`, 120);
}
/** "Baseline files: `ghcr.io/o/models:m-v1@sha256:ab12ab12ab12…` (oci)." or null. */
function artifactLine(comparison) {
    const a = comparison.baseline?.artifact;
    if (!a)
        return null;
    return `Baseline files: ${artifactRef(a)} (${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(a.store, 30)}).`;
}
const QUANTILE_NAME = {
    "0.05": "residual p5",
    "0.25": "residual p25",
    "0.5": "residual median",
    "0.75": "residual p75",
    "0.95": "residual p95",
};
function mark(b, c, closerToZero = true) {
    if (b === null || !closerToZero)
        return "";
    const d = Math.abs(c) - Math.abs(b);
    if (Math.abs(d) <= 1e-12 * Math.max(1, Math.abs(b)))
        return "";
    return d < 0 ? "🟢 " : "🔴 ";
}
/**
 * The regression view: MAE, RMSE, bias and residual quantiles, baseline → candidate, with the
 * change (🟢 when the candidate's error is smaller in size). Null without residual summaries.
 */
function residualsMarkdown(comparison) {
    const r = comparison.predictions?.residuals;
    if (!r)
        return null;
    const c = r.candidate;
    const b = r.baseline;
    const rows = [
        { name: "MAE ↓", c: c.mae, b: b?.mae ?? null },
        { name: "RMSE ↓", c: c.rmse, b: b?.rmse ?? null },
        { name: "bias (mean of prediction − label)", c: c.bias, b: b?.bias ?? null },
    ];
    for (const q of c.quantiles) {
        const name = QUANTILE_NAME[String(q.p)] ?? `residual p${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(q.p * 100)}`;
        rows.push({ name, c: q.value, b: b?.quantiles.find((x) => x.p === q.p)?.value ?? null });
    }
    const body = rows.map((row) => {
        const decimals = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .rowDecimals */ .LE)([row.b, row.c], row.b === null ? null : row.c - row.b);
        const delta = row.b === null ? "—" : `${mark(row.b, row.c)}${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(row.c - row.b, decimals) || "0"}`;
        return [
            row.name,
            ...(b ? [(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(row.b, decimals)] : []),
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(row.c, decimals),
            ...(b ? [delta] : []),
        ];
    });
    const headers = b ? ["error", "baseline", "candidate", "Δ"] : ["error", "candidate"];
    const t = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(headers, body, headers.map((h) => (h === "error" ? "left" : "right")));
    const where = b
        ? `both models on the same ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.rows)} rows`
        : `the candidate on ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.rows)} rows`;
    return [
        `#### Errors (regression): ${where}`,
        t,
        "<sub>residual = prediction − label · bias above 0: over-predicts on average · 🟢 smaller error (in size) · 🔴 larger</sub>",
    ].join("\n\n");
}


/***/ })

};
