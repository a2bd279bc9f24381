export const id = 796;
export const ids = [796];
export const modules = {

/***/ 28796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c3: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_4__.c3),
/* harmony export */   renderCheckRun: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_6__.kL),
/* harmony export */   renderReport: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_6__.B1),
/* harmony export */   z$: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_4__.z$)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26002);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29892);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7903);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12873);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43912);
/* harmony import */ var _metrics_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43760);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83848);










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
