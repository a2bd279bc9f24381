export const id = 848;
export const ids = [848];
export const modules = {

/***/ 7903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ fitSections)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26002);
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12712);


function fitSections(sections, options) {
    const { limit } = options;
    const label = options.fullReportLabel ?? "full report";
    const where = options.fullReportUrl ? ` The ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(label, options.fullReportUrl)} has everything.` : "";
    const notice = (hidden) => `> ✂️ ${hidden} not shown: ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLimit */ .XW)(options.describe ?? limit)}.${where}`;
    const state = new Map(sections.map((s) => [s.id, { rows: s.rows, dropped: false }]));
    const cache = new Map();
    const renderOne = (s) => {
        const st = state.get(s.id);
        const key = `${s.id}\u0000${st.dropped ? "x" : st.rows}`;
        let out = cache.get(key);
        if (out === undefined) {
            out = st.dropped ? (s.dropped ? notice(s.dropped) : "") : s.render(st.rows, notice);
            cache.set(key, out);
        }
        return out;
    };
    const assemble = () => sections
        .map(renderOne)
        .filter((p) => p !== "")
        .join("\n\n") + "\n";
    const size = (md) => (0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .measure */ .xP)(md, limit.measure);
    const fits = () => size(assemble()) <= limit.max;
    const trimmed = new Set();
    if (!fits()) {
        const order = sections.filter((s) => s.priority !== Infinity).sort((a, b) => a.priority - b.priority);
        // Pass 1: cap long sections at their soft size.
        for (const s of order) {
            if (fits())
                break;
            const st = state.get(s.id);
            if (s.rows > 0 && s.softRows !== undefined && s.softRows < st.rows) {
                st.rows = s.softRows;
                trimmed.add(s.id);
            }
        }
        // Pass 2: lowest priority first, keep as many rows as fit, else drop.
        for (const s of order) {
            if (fits())
                break;
            const st = state.get(s.id);
            trimmed.add(s.id);
            const min = Math.max(1, s.minRows ?? 1);
            if (s.rows > 0 && st.rows >= min) {
                let lo = min;
                let hi = st.rows;
                st.rows = lo;
                if (fits()) {
                    while (lo < hi) {
                        const mid = Math.ceil((lo + hi) / 2);
                        st.rows = mid;
                        if (fits())
                            lo = mid;
                        else
                            hi = mid - 1;
                    }
                    st.rows = lo;
                    break;
                }
            }
            st.dropped = true;
        }
    }
    // Pass 3: give room left over back, most important sections first.
    if (trimmed.size) {
        const byImportance = sections
            .filter((s) => s.priority !== Infinity)
            .sort((a, b) => b.priority - a.priority);
        for (const s of byImportance) {
            const st = state.get(s.id);
            if (st.dropped || st.rows >= s.rows)
                continue;
            let lo = st.rows;
            let hi = s.rows;
            while (lo < hi) {
                const mid = Math.ceil((lo + hi) / 2);
                st.rows = mid;
                if (fits())
                    lo = mid;
                else
                    hi = mid - 1;
            }
            st.rows = lo;
            if (lo >= s.rows && !st.dropped)
                trimmed.delete(s.id);
        }
    }
    const markdown = assemble();
    const finalSize = size(markdown);
    if (finalSize > limit.max) {
        // Only pinned sections are left and they are bounded (names are cut at 200 graphemes), so
        // this means a bug; say it plainly rather than let GitHub reject the body.
        const fallback = `${notice("This report")}\n`;
        return { markdown: fallback, size: size(fallback), trimmed: sections.map((s) => s.id) };
    }
    return { markdown, size: finalSize, trimmed: [...trimmed] };
}


/***/ }),

/***/ 43912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c3: () => (/* binding */ xyChartInit),
/* harmony export */   c_: () => (/* binding */ chartVersions),
/* harmony export */   qF: () => (/* binding */ historyCharts),
/* harmony export */   z$: () => (/* binding */ PALETTE_MARKS)
/* harmony export */ });
/* unused harmony exports CHART_PALETTE, CHART_TEXT, recentVersions, productionHistory, historyChart */
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12712);

/** Line colours, in order; each ≥ 3:1 against #ffffff and #0d1117 (test/browser checks it). */
const CHART_PALETTE = ["#1f77b4", "#e8590c", "#9467bd", "#1a7f37", "#d62728", "#8c564b"];
/** The legend's mark for each palette colour (GitHub renders these emoji in its own colours). */
const PALETTE_MARKS = ["🟦", "🟧", "🟪", "🟩", "🟥", "🟫"];
/** Titles, axes, ticks, labels and the legend. */
const CHART_TEXT = "#768390";
/**
 * The init directive of every xychart we emit (history charts, monitor-model's summary): explicit
 * theme colours readable on GitHub's light and dark themes, at `width` px.
 */
function xyChartInit(width = 720) {
    return `%%{init: ${JSON.stringify({
        theme: "base",
        themeVariables: {
            xyChart: {
                backgroundColor: "transparent",
                titleColor: CHART_TEXT,
                xAxisLabelColor: CHART_TEXT,
                xAxisTitleColor: CHART_TEXT,
                xAxisTickColor: CHART_TEXT,
                xAxisLineColor: CHART_TEXT,
                yAxisLabelColor: CHART_TEXT,
                yAxisTitleColor: CHART_TEXT,
                yAxisTickColor: CHART_TEXT,
                yAxisLineColor: CHART_TEXT,
                // Newer Mermaid draws a legend and data labels of its own: the same grey for them.
                legendTextColor: CHART_TEXT,
                dataLabelColor: CHART_TEXT,
                plotColorPalette: CHART_PALETTE.join(", "),
            },
        },
        xyChart: { width, height: 300 },
    })}}%%`;
}
const INIT = xyChartInit();
/** The last `count` versions by number, oldest first. */
function recentVersions(history, count) {
    if (count <= 0)
        return [];
    const byNumber = new Map();
    for (const v of history)
        byNumber.set(v.number, v);
    return [...byNumber.values()].sort((a, b) => a.number - b.number).slice(-count);
}
/**
 * The production alias's history, oldest first: from `start` (the compared baseline's version;
 * else the version `production` points at) back through each version's parentVersion (what
 * production was when it was registered), at most `count` versions. Versions registered after
 * `start` (the candidate itself, when the report is built after registering) are not in it.
 * Empty when there is no such version: no chart without history.
 */
function productionHistory(history, count, start = null) {
    if (count <= 0 || !history.length)
        return [];
    const byNumber = new Map();
    for (const v of history)
        byNumber.set(v.number, v);
    let current = start !== null
        ? byNumber.get(start)
        : [...byNumber.values()].find((v) => v.aliases.includes("production"));
    const out = [];
    const seen = new Set();
    while (current && out.length < count && !seen.has(current.number)) {
        seen.add(current.number);
        out.push(current);
        const parent = current.lineage.parentVersion;
        current = parent !== null && parent < current.number ? byNumber.get(parent) : undefined;
    }
    return out.reverse();
}
/**
 * The versions to chart: the production alias's history (productionHistory) when it has two or
 * more versions; else the newest `count` versions up to `start` (all when `start` is null or
 * not a registered number higher than any), e.g. versions registered without promotion.
 */
function chartVersions(history, count, start = null) {
    const chain = productionHistory(history, count, start);
    if (chain.length >= 2)
        return { versions: chain, production: true };
    const pool = start !== null ? history.filter((v) => v.number <= start) : history;
    const recent = recentVersions(pool, count);
    return { versions: recent, production: recent.length === chain.length && chain.length > 0 };
}
/** Whether the values of a series fit the shared 0–1 scale. */
function unitScale(values) {
    return values.every((v) => v >= 0 && v <= 1);
}
const finite = (x) => x !== null && x !== undefined && Number.isFinite(x) ? x : null;
/** Registered values per version, then the re-scored baseline, then the candidate. */
function seriesValues(series, versions) {
    const values = versions.map((v) => finite(v.metrics[series.metric]));
    values.push(finite(series.rescored), finite(series.candidate));
    return values;
}
function directionWord(s) {
    return s.greaterIsBetter === true ? " ↑" : s.greaterIsBetter === false ? " ↓" : "";
}
/**
 * The charts for these series over `versions` (oldest first) plus the candidate: the series on a
 * 0–1 scale share one chart (with a legend), any other gets its own (with its gate threshold as
 * a flat line). At most `max` charts; none for a series with fewer than two points.
 */
function historyCharts(series, versions, options) {
    if (!versions.length)
        return [];
    const shared = [];
    const own = [];
    for (const s of series) {
        const values = seriesValues(s, versions).filter((v) => v !== null);
        if (values.length < 2)
            continue;
        (unitScale(values) ? shared : own).push(s);
    }
    const charts = [];
    const max = options.max ?? 4;
    if (shared.length) {
        const chart = historyChart(shared.slice(0, CHART_PALETTE.length), versions, options);
        if (chart)
            charts.push(chart);
    }
    for (const s of own) {
        if (charts.length >= max)
            break;
        const chart = historyChart([s], versions, options);
        if (chart)
            charts.push(chart);
    }
    return charts;
}
/**
 * One chart of one or more series over `versions` plus the candidate, or null when no series
 * has two points. A single series with a gate threshold gets the threshold as a flat line. Under
 * the chart, a table of the plotted values, each line's colour marking its row (the legend).
 */
function historyChart(series, versions, options) {
    const list = (Array.isArray(series) ? series : [series]).slice(0, CHART_PALETTE.length);
    // Columns: the versions where at least one series has a value, the re-scored baseline, then
    // the candidate.
    const columns = [];
    const valuesOf = list.map((s) => seriesValues(s, versions));
    versions.forEach((v, i) => {
        if (valuesOf.some((vals) => vals[i] !== null))
            columns.push({ label: `v${v.number}`, index: i });
    });
    if (valuesOf.some((vals) => vals[versions.length] !== null))
        columns.push({ label: options.rescoredLabel ?? "baseline re-scored", index: versions.length });
    if (valuesOf.some((vals) => vals[versions.length + 1] !== null))
        columns.push({ label: options.candidateLabel, index: versions.length + 1 });
    const plotted = list
        .map((s, k) => ({ s, values: columns.map((c) => valuesOf[k][c.index] ?? null) }))
        .filter((p) => p.values.filter((v) => v !== null).length >= 2 || columns.length >= 2);
    if (columns.length < 2 || !plotted.length)
        return null;
    const single = plotted.length === 1 ? plotted[0].s : null;
    const threshold = single?.threshold ?? null;
    const all = plotted.flatMap((p) => p.values.filter((v) => v !== null));
    if (threshold !== null)
        all.push(threshold);
    if (all.length < 2)
        return null;
    let lo = Math.min(...all);
    let hi = Math.max(...all);
    const span = hi - lo;
    const pad = span > 0 ? span * 0.15 : Math.abs(hi) * 0.05 || 1;
    lo -= pad;
    hi += pad;
    if (!single && lo < 0 && Math.min(...all) >= 0)
        lo = 0;
    const title = single
        ? `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(single.metric, 50)}${directionWord(single)}${threshold !== null ? (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(`, flat line: gate ${plainNumber(threshold)}`, 40) : ""}`
        : "Gated metrics (↑ higher is better, ↓ lower is better)";
    const lines = [
        "```mermaid",
        INIT,
        "xychart-beta",
        `  title "${title}"`,
        `  x-axis [${columns.map((c) => `"${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(c.label, 20)}"`).join(", ")}]`,
        `  y-axis "${single ? (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(single.metric, 30) : "value"}" ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .mermaidNumber */ .hs)(lo)} --> ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .mermaidNumber */ .hs)(hi)}`,
    ];
    for (const p of plotted) {
        // A missing point is drawn at the previous value (xychart has no gaps); the table says "—".
        let last = p.values.find((v) => v !== null) ?? 0;
        const points = p.values.map((v) => {
            if (v !== null)
                last = v;
            return (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .mermaidNumber */ .hs)(last);
        });
        lines.push(`  line "${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(p.s.metric, 40)}${directionWord(p.s)}" [${points.join(", ")}]`);
    }
    if (threshold !== null)
        lines.push(`  line "gate ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(plainNumber(threshold), 12)}" [${columns.map(() => (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .mermaidNumber */ .hs)(threshold)).join(", ")}]`);
    lines.push("```");
    const rows = plotted.map((p, k) => [
        `${PALETTE_MARKS[k]} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(p.s.metric, 60)}${directionWord(p.s)}`,
        ...p.values.map((v) => (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(v)),
    ]);
    if (threshold !== null)
        rows.push([`${PALETTE_MARKS[plotted.length]} gate`, ...columns.map(() => (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(threshold))]);
    const values = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["line", ...columns.map((c) => (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(c.label, 30))], rows, [
        "left",
        ...columns.map(() => "right"),
    ]);
    return `${lines.join("\n")}\n\n${values}`;
}
/** formatNumber with an ASCII minus (Mermaid labels). */
function plainNumber(x) {
    return (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(x).replaceAll("\u2212", "-");
}


/***/ }),

/***/ 26002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XW: () => (/* binding */ describeLimit),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   xP: () => (/* binding */ measure)
/* harmony export */ });
/* unused harmony export utf8Length */
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12712);

const LIMITS = {
    comment: { max: 65_536, measure: "utf16", label: "comment" },
    checkRun: { max: 65_535, measure: "utf8", label: "check run" },
    summary: { max: 1024 * 1024, measure: "utf8", label: "job summary" },
};
/** UTF-8 byte length without allocating. Lone surrogates count as U+FFFD (3 bytes), as encoders write them. */
function utf8Length(s) {
    let bytes = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const next = s.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                bytes += 4;
                i++;
            }
            else
                bytes += 3;
        }
        else
            bytes += 3;
    }
    return bytes;
}
function measure(s, how) {
    return how === "utf16" ? s.length : utf8Length(s);
}
function describeLimit(limit) {
    const n = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(limit.max);
    if (limit.max === 1024 * 1024)
        return `GitHub limits a ${limit.label} to 1 MiB`;
    return `GitHub limits a ${limit.label} to ${n} ${limit.measure === "utf16" ? "characters" : "bytes"}`;
}


/***/ }),

/***/ 29892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lO: () => (/* binding */ reportMarker),
/* harmony export */   ot: () => (/* binding */ reportMarkerKey)
/* harmony export */ });
/* unused harmony export hasMarker */
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12712);
/*
 * The hidden marker that identifies our sticky comment: `<!-- mlops-report:<model>[:<cell>] -->`,
 * the first line of the comment (where @mlops/github's upsertStickyComment puts and looks for it).
 * Model names are restricted (letters, digits, '.', '_', '-'), matrix cells are free text, so
 * both are percent-encoded outside that set: the marker can never contain `-->`, a second
 * marker, or a ':' that would make "a" + cell "b:c" equal model "a:b" + cell "c". User text in
 * the body is HTML-escaped (escape.ts), so no input can put `<!--` into a rendered report.
 */

const MARKER_KEY_PREFIX = "mlops-report:";
function encodePart(s) {
    return Array.from(new TextEncoder().encode((0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .wellFormed */ .ES)(s)))
        .map((b) => {
        const c = String.fromCharCode(b);
        return /[A-Za-z0-9._]/.test(c) || (c === "-" && b < 0x80)
            ? c
            : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
    })
        .join("")
        .replace(/--/g, "-%2D");
}
/**
 * The marker's key, `mlops-report:<model>[:<cell>]`: what @mlops/github's upsertStickyComment
 * takes as `marker` (it writes it as the hidden first line `<!-- key -->`).
 */
function reportMarkerKey(model, matrixCell) {
    const cell = matrixCell ? `:${encodePart(matrixCell)}` : "";
    return `${MARKER_KEY_PREFIX}${encodePart(model)}${cell}`;
}
/** The hidden line itself: `<!-- mlops-report:<model>[:<cell>] -->`. */
function reportMarker(model, matrixCell) {
    return `<!-- ${reportMarkerKey(model, matrixCell)} -->`;
}
/** True when `body` carries exactly this marker (not one for another model or matrix cell). */
function hasMarker(body, marker) {
    return typeof body === "string" && body.includes(marker);
}


/***/ }),

/***/ 83848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kL: () => (/* binding */ renderCheckRun),
  B1: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: STATUS_LABEL, modelOf

// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var src_markdown = __webpack_require__(12712);
;// CONCATENATED MODULE: ./packages/report/src/classes.ts

function isMatrix(m, k) {
    return (Array.isArray(m) &&
        m.length === k &&
        m.every((r) => Array.isArray(r) && r.length === k && r.every((x) => Number.isFinite(x) && x >= 0)));
}
/** The confusion matrices of a Comparison, or null when absent or malformed. */
function confusionOf(comparison) {
    const raw = comparison?.predictions?.confusionMatrix;
    if (!raw || typeof raw !== "object" || !Array.isArray(raw.classes))
        return null;
    const classes = raw.classes.map((c) => String(c));
    if (classes.length < 2 || !isMatrix(raw.matrix, classes.length))
        return null;
    return {
        classes,
        candidate: raw.matrix,
        baseline: isMatrix(raw.baseline, classes.length) ? raw.baseline : null,
    };
}
/** Precision, recall, F1 and support of each class from a confusion matrix. */
function classScores(m) {
    return m.map((row, i) => {
        const tp = row[i];
        const support = row.reduce((a, b) => a + b, 0);
        const predicted = m.reduce((a, r) => a + r[i], 0);
        const precision = predicted > 0 ? tp / predicted : null;
        const recall = support > 0 ? tp / support : null;
        const f1 = precision !== null && recall !== null && precision + recall > 0
            ? (2 * precision * recall) / (precision + recall)
            : null;
        return { precision, recall, f1, support };
    });
}
function pair(b, c) {
    const cand = (0,src_markdown/* formatNumber */.ZV)(c, 3);
    if (b === undefined)
        return cand;
    if (b === null || c === null)
        return `${(0,src_markdown/* formatNumber */.ZV)(b, 3)} → ${cand}`;
    const d = c - b;
    const mark = Math.abs(d) < 5e-4 ? "" : d > 0 ? " 🟢" : " 🔴";
    return `${(0,src_markdown/* formatNumber */.ZV)(b, 3)} → ${cand}${mark}`;
}
/** The per-class table: class | support | precision | recall | F1 (baseline → candidate). */
function perClassTable(conf) {
    const cand = classScores(conf.candidate);
    const base = conf.baseline ? classScores(conf.baseline) : null;
    const what = base ? " (baseline → candidate)" : "";
    return (0,src_markdown/* table */.tp)(["class", "support", `precision${what}`, `recall${what}`, `F1${what}`], conf.classes.map((name, i) => {
        const c = cand[i];
        const b = base?.[i];
        return [
            (0,src_markdown/* cell */.Hn)(name, 60),
            (0,src_markdown/* formatCount */.B4)(c.support),
            pair(b ? b.precision : undefined, c.precision),
            pair(b ? b.recall : undefined, c.recall),
            pair(b ? b.f1 : undefined, c.f1),
        ];
    }), ["left", "right", "right", "right", "right"]);
}
/**
 * The confusion-matrix diff (candidate − baseline; only the candidate's matrix without a
 * baseline): a full K×K table up to 8 classes, else the changed cells, largest first.
 */
function confusionDiff(conf, maxCells = 40) {
    const k = conf.classes.length;
    const diff = conf.baseline
        ? conf.candidate.map((row, i) => row.map((x, j) => x - conf.baseline[i][j]))
        : null;
    const changed = diff ? diff.flat().filter((x) => x !== 0).length : 0;
    const value = (i, j) => {
        if (!diff)
            return (0,src_markdown/* formatCount */.B4)(conf.candidate[i][j]);
        const d = diff[i][j];
        if (d === 0)
            return "·";
        // A diagonal cell gaining rows is good (more correct); an off-diagonal one, bad.
        const good = i === j ? d > 0 : d < 0;
        return `${good ? "🟢" : "🔴"} ${(0,src_markdown/* formatSigned */.Gp)(d, 0)}`;
    };
    if (k <= 8) {
        const headers = ["true ↓ · predicted →", ...conf.classes.map((c) => (0,src_markdown/* cell */.Hn)(c, 30))];
        const rows = conf.classes.map((c, i) => [
            `**${(0,src_markdown/* cell */.Hn)(c, 30)}**`,
            ...conf.classes.map((_, j) => value(i, j)),
        ]);
        return { markdown: (0,src_markdown/* table */.tp)(headers, rows, ["left", ...conf.classes.map(() => "right")]), changed };
    }
    const cells = [];
    for (let i = 0; i < k; i++)
        for (let j = 0; j < k; j++) {
            const d = diff ? diff[i][j] : conf.candidate[i][j];
            if (d !== 0 && (diff || i !== j))
                cells.push({ i, j, d });
        }
    cells.sort((a, b) => Math.abs(b.d) - Math.abs(a.d) || a.i - b.i || a.j - b.j);
    const shown = cells.slice(0, maxCells);
    const t = (0,src_markdown/* table */.tp)(["true", "predicted", diff ? "change" : "rows"], shown.map((x) => [(0,src_markdown/* cell */.Hn)(conf.classes[x.i], 60), (0,src_markdown/* cell */.Hn)(conf.classes[x.j], 60), value(x.i, x.j)]), ["left", "left", "right"]);
    const more = cells.length > shown.length ? `\n\n${(0,src_markdown/* formatCount */.B4)(cells.length - shown.length)} more cells.` : "";
    return { markdown: t + more, changed };
}
/** The classification section: per-class table, then the confusion diff, collapsed when large. */
function classificationMarkdown(conf) {
    const k = conf.classes.length;
    const perClass = perClassTable(conf);
    const { markdown, changed } = confusionDiff(conf);
    const title = conf.baseline
        ? `Confusion matrix: candidate − baseline (${(0,src_markdown/* formatCount */.B4)(changed)} cell${changed === 1 ? "" : "s"} changed; 🟢 more correct or fewer errors)`
        : "Confusion matrix of the candidate (rows: true class)";
    const large = k > 5;
    const perClassPart = large ? (0,src_markdown/* details */.zH)(`Per-class scores (${k} classes)`, perClass) : perClass;
    return [`#### Per class`, perClassPart, (0,src_markdown/* details */.zH)(title, markdown, !large)].join("\n\n");
}

// EXTERNAL MODULE: ./packages/report/src/fit.ts
var fit = __webpack_require__(7903);
// EXTERNAL MODULE: ./packages/report/src/history.ts
var src_history = __webpack_require__(43912);
// EXTERNAL MODULE: ./packages/report/src/limits.ts
var limits = __webpack_require__(26002);
// EXTERNAL MODULE: ./packages/report/src/marker.ts
var src_marker = __webpack_require__(29892);
// EXTERNAL MODULE: ./packages/report/src/metrics-table.ts
var metrics_table = __webpack_require__(43760);
// EXTERNAL MODULE: ./packages/report/src/model-facts.ts
var model_facts = __webpack_require__(65027);
;// CONCATENATED MODULE: ./packages/report/src/params.ts
/*
 * Params diff, like `dvc params diff`: nested params flattened to dotted paths, only changed
 * ones in the table (modified, added, removed); all params folded below.
 */
const MAX_DEPTH = 8;
/** {model: {lr: 0.1}, seed: 1} → {"model.lr": 0.1, seed: 1}. Arrays are values. */
function flattenParams(params) {
    const out = new Map();
    const walk = (value, prefix, depth) => {
        if (value !== null && typeof value === "object" && !Array.isArray(value) && depth < MAX_DEPTH) {
            const entries = Object.entries(value);
            if (entries.length === 0 && prefix)
                out.set(prefix, {});
            for (const [k, v] of entries)
                walk(v, prefix ? `${prefix}.${k}` : k, depth + 1);
        }
        else if (prefix)
            out.set(prefix, value);
    };
    walk(params ?? {}, "", 0);
    return out;
}
function canonical(value) {
    if (value === undefined)
        return "undefined";
    if (value === null || typeof value !== "object")
        return JSON.stringify(value) ?? String(value);
    if (Array.isArray(value))
        return `[${value.map(canonical).join(",")}]`;
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
}
function diffParams(baseline, candidate) {
    const b = flattenParams(baseline);
    const c = flattenParams(candidate);
    const paths = [...new Set([...b.keys(), ...c.keys()])].sort();
    return paths.map((path) => {
        const inB = b.has(path);
        const inC = c.has(path);
        const change = !inB
            ? "added"
            : !inC
                ? "removed"
                : canonical(b.get(path)) === canonical(c.get(path))
                    ? "unchanged"
                    : "modified";
        return { path, baseline: b.get(path), candidate: c.get(path), change };
    });
}
/** A param value as a short string: strings raw, others as JSON. */
function paramValue(value) {
    if (value === undefined)
        return "";
    if (typeof value === "string")
        return value;
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}

// EXTERNAL MODULE: ./packages/report/src/verdict.ts
var verdict = __webpack_require__(12873);
;// CONCATENATED MODULE: ./packages/report/src/render.ts











const SHA = /^[0-9a-f]{7,64}$/i;
const NUMERIC_ID = /^\d{1,20}$/;
function modelOf(input) {
    return input.model ?? input.comparison?.model ?? "model";
}
/** Renders the report for one destination, within that destination's limit. */
function renderReport(input, options = {}) {
    const target = options.target ?? "comment";
    const limit = options.limit ??
        (target === "comment" ? limits/* LIMITS */.b1.comment : target === "checkRun" ? limits/* LIMITS */.b1.checkRun : limits/* LIMITS */.b1.summary);
    const ctx = makeContext(input, options, target);
    const marker = target === "comment" ? (0,src_marker/* reportMarker */.lO)(ctx.model, input.matrixCell) : null;
    // The marker is the hidden first line, as @mlops/github's upsertStickyComment writes it.
    const head = marker ? `${marker}\n` : "";
    const fitted = (0,fit/* fitSections */.W)(buildSections(ctx), {
        limit: { ...limit, max: limit.max - (0,limits/* measure */.xP)(head, limit.measure) },
        describe: limit,
        fullReportUrl: fullReportUrl(input, target),
        fullReportLabel: target === "summary" ? "artifact" : "job summary",
    });
    const markdown = head + fitted.markdown;
    return {
        markdown,
        verdict: ctx.verdict,
        size: (0,limits/* measure */.xP)(markdown, limit.measure),
        trimmed: fitted.trimmed,
        marker,
        markerKey: marker ? (0,src_marker/* reportMarkerKey */.ot)(ctx.model, input.matrixCell) : null,
    };
}
/**
 * The check run's output: the verdict, metrics and data summary in `summary`, the details
 * (slices, params, data tables, run) in `text`; each within 65,535 bytes. No Mermaid here.
 */
function renderCheckRun(input, options = {}) {
    const ctx = makeContext(input, { ...options, historyLength: 0 }, "checkRun");
    const limit = options.limit ?? limits/* LIMITS */.b1.checkRun;
    const all = buildSections(ctx);
    const summaryIds = new Set(["header", "metrics", "residuals", "data-summary"]);
    const url = fullReportUrl(input, "checkRun");
    const summary = (0,fit/* fitSections */.W)(all.filter((s) => summaryIds.has(s.id)), { limit, fullReportUrl: url, fullReportLabel: "job summary" }).markdown;
    const rest = all.filter((s) => !summaryIds.has(s.id) && s.id !== "footer");
    const detailText = rest.length
        ? (0,fit/* fitSections */.W)(rest, { limit, fullReportUrl: url, fullReportLabel: "job summary" }).markdown
        : "";
    const cell = input.matrixCell ? ` (${input.matrixCell})` : "";
    return {
        name: (0,src_markdown/* plain */.pj)(`mlops / ${ctx.model}${cell}`, 100),
        title: (0,src_markdown/* plain */.pj)(checkTitle(ctx), 250),
        summary,
        text: detailText,
        conclusion: ctx.verdict.conclusion,
    };
}
function fullReportUrl(input, target) {
    const links = input.links ?? {};
    if (target === "summary")
        return links.artifact ?? null;
    return links.fullReport ?? links.workflowRun ?? null;
}
function makeContext(input, options, target) {
    const metrics = input.comparison?.metrics ?? [];
    const main = metrics.filter((m) => !m.slice).sort(metrics_table/* compareMetricRows */.VW);
    const slices = metrics.filter((m) => m.slice).sort(metrics_table/* compareMetricRows */.VW);
    return {
        input,
        model: modelOf(input),
        verdict: (0,verdict/* verdictOf */.V)(input),
        main,
        slices,
        options: {
            target,
            historyLength: options.historyLength ?? 10,
            maxCharts: options.maxCharts ?? 4,
            candidateLabel: options.candidateLabel ?? "candidate",
        },
    };
}
// -------------------------------------------------------------------------------------------
// Identities
function commitRef(sha, ctx) {
    if (!sha)
        return null;
    if (!SHA.test(sha))
        return (0,src_markdown/* code */.aY)(sha, 40);
    const base = ctx.input.links?.repositoryUrl;
    const short = (0,src_markdown/* code */.aY)(sha.slice(0, 7));
    return base ? (0,src_markdown/* link */.nf)(short, `${base}/commit/${sha.toLowerCase()}`) : short;
}
function runRef(runId, ctx) {
    if (!runId)
        return null;
    const base = ctx.input.links?.repositoryUrl;
    if (NUMERIC_ID.test(runId) && base)
        return (0,src_markdown/* link */.nf)((0,src_markdown/* text */.Qq)(runId), `${base}/actions/runs/${runId}`);
    return (0,src_markdown/* code */.aY)(runId, 40);
}
function candidateRef(ctx) {
    const c = ctx.input.comparison?.candidate;
    const run = ctx.input.run;
    const commit = commitRef(c?.gitSha ?? run?.git.sha, ctx);
    if (commit)
        return commit;
    const r = runRef(c?.runId ?? run?.workflow?.runId ?? run?.id, ctx);
    return r ? `run ${r}` : "";
}
function baselineRef(comparison) {
    const b = comparison.baseline;
    if (!b)
        return "no baseline";
    const version = b.version !== null ? `**v${b.version}**` : null;
    const alias = b.alias ? (0,src_markdown/* code */.aY)(b.alias, 64) : null;
    if (version && alias)
        return `${version} (${alias})`;
    return version ?? alias ?? (b.source ? (0,src_markdown/* code */.aY)(shortSource(b.source), 80) : "the baseline");
}
/**
 * A file named in the report, without a runner's or temp directory: absolute paths (the
 * Comparison may carry `/tmp/…/base.json` or `/home/runner/work/…`) are shown by their name.
 */
function shortSource(source) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
        return source;
    if (source.startsWith("/") || /^[A-Za-z]:[\\/]/.test(source)) {
        const parts = source.split(/[\\/]/).filter(Boolean);
        return parts[parts.length - 1] ?? source;
    }
    return source;
}
/** "Compared on `data/eval.csv` (293 rows), both models scored on the same rows." */
function evaluationLine(comparison) {
    const e = comparison.evaluation;
    if (!e)
        return null;
    const where = e.dataset
        ? `${(0,src_markdown/* code */.aY)(shortSource(e.dataset.source), 80)} (${(0,src_markdown/* formatCount */.B4)(e.dataset.rows)} rows, ${(0,src_markdown/* code */.aY)(e.dataset.fingerprint.replace(/^sha256:/, "").slice(0, 12))})`
        : null;
    const how = e.pairedOn === "same-rows"
        ? "both models scored on the same rows"
        : e.pairedOn === "registered-metrics"
            ? `⚠️ not like-for-like: ${(0,src_markdown/* text */.Qq)(e.note, 300)}`
            : "the candidate alone";
    return `Evaluation set: ${where ? `${where}, ` : ""}${how}.`;
}
// -------------------------------------------------------------------------------------------
// Sections
function buildSections(ctx) {
    const out = [headerSection(ctx)];
    const metrics = metricsSection(ctx);
    if (metrics)
        out.push(metrics);
    const classes = classesSection(ctx);
    if (classes)
        out.push(classes);
    const residuals = residualsSection(ctx);
    if (residuals)
        out.push(residuals);
    const slices = slicesSection(ctx);
    if (slices)
        out.push(slices);
    const history = historySection(ctx);
    if (history)
        out.push(history);
    out.push(...paramsSections(ctx));
    out.push(...dataSections(ctx));
    const run = runSection(ctx);
    if (run)
        out.push(run);
    out.push(footerSection(ctx));
    return out;
}
function checkTitle(ctx) {
    const { verdict, main } = ctx;
    const gated = main.filter((m) => m.gate);
    const failing = gated.filter(metrics_table/* isFailing */.DI);
    const parts = [];
    if (ctx.input.comparison) {
        if (failing.length)
            parts.push(`${failing.length} of ${gated.length} gated metrics fail`);
        else if (ctx.input.comparison.verdict === "no-baseline")
            parts.push("no baseline yet");
        else
            parts.push(gated.length ? `all ${gated.length} gated metrics pass` : "no gated metrics");
    }
    if (verdict.failures.includes("data"))
        parts.push("data validation failed");
    else if (ctx.input.validation && !ctx.input.comparison)
        parts.push("data validation passed");
    if (verdict.failures.includes("run"))
        parts.push("training run failed");
    if (!parts.length)
        parts.push(ctx.input.run ? `training run ${ctx.input.run.status}` : "nothing to compare");
    return `${verdict.emoji} ${parts.join("; ")}`;
}
function headerSection(ctx) {
    return {
        id: "header",
        priority: Infinity,
        rows: 0,
        dropped: "",
        render: () => {
            const { input, verdict, main, slices } = ctx;
            const comparison = input.comparison;
            const modelMd = (0,src_markdown/* text */.Qq)(ctx.model, 100);
            const cellMd = input.matrixCell ? ` · ${(0,src_markdown/* code */.aY)(input.matrixCell, 60)}` : "";
            const cand = candidateRef(ctx);
            const candidate = cand ? `candidate ${cand}` : "the candidate";
            let phrase;
            if (comparison) {
                const base = baselineRef(comparison);
                const gateFailed = comparison.verdict === "fail" || !comparison.passed;
                if (comparison.verdict === "no-baseline")
                    phrase = `${candidate} has no baseline to compare with yet`;
                else if (gateFailed)
                    phrase = `${candidate} fails the gate against ${base}`;
                else
                    phrase = `${candidate} passes the gate against ${base}`;
                if (!gateFailed && verdict.failures.includes("data"))
                    phrase += ", but data validation failed";
                if (!gateFailed && verdict.failures.includes("run"))
                    phrase += ", but the training run failed";
            }
            else if (input.validation) {
                phrase = input.validation.passed ? "data validation passes" : "data validation fails";
            }
            else if (input.run) {
                phrase = `training run ${(0,src_markdown/* text */.Qq)(input.run.status)}${cand ? ` (${cand})` : ""}`;
            }
            else
                phrase = "nothing to report";
            const lines = [`### ${verdict.emoji} ${modelMd}${cellMd}: ${phrase}`];
            const bullets = [];
            if (comparison) {
                const gated = main.filter((m) => m.gate);
                const failing = gated.filter(metrics_table/* isFailing */.DI);
                const counts = [];
                const gatedNew = gated.filter((m) => m.status === "new").length;
                if (failing.length)
                    counts.push(`**${failing.length} of ${gated.length} gated metrics fail**`);
                else if (gated.length && gatedNew === gated.length)
                    counts.push(`${gated.length} gated metric${gated.length === 1 ? "" : "s"}, all 🆕 new: nothing to compare with`);
                else if (gated.length)
                    counts.push(gatedNew
                        ? `all ${gated.length - gatedNew} compared gated metrics pass, ${gatedNew} 🆕 new`
                        : `all ${gated.length} gated metrics pass`);
                else
                    counts.push("no gated metrics");
                const warn = main.filter((m) => m.status === "warn").length;
                const fresh = failing.length || gatedNew !== gated.length ? main.filter((m) => m.status === "new").length : 0;
                if (warn)
                    counts.push(`${warn} ⚠️ warning${warn > 1 ? "s" : ""}`);
                if (fresh)
                    counts.push(`${fresh} 🆕 new`);
                const failingSlices = slices.filter(metrics_table/* isFailing */.DI).length;
                if (slices.length)
                    counts.push(`${failingSlices} of ${slices.length} slice checks fail`);
                if (comparison.predictions)
                    counts.push(`paired bootstrap over ${(0,src_markdown/* formatCount */.B4)(comparison.predictions.rows)} rows (${(0,src_markdown/* formatCount */.B4)(comparison.predictions.resamples)} resamples)`);
                lines.push(counts.join(" · "));
                if (comparison.verdict !== "pass" || failing.length) {
                    bullets.push(...comparison.reasons.slice(0, 8).map((r) => `- ${(0,src_markdown/* text */.Qq)(r, 300)}`));
                    if (comparison.reasons.length > 8)
                        bullets.push(`- … and ${comparison.reasons.length - 8} more`);
                }
            }
            if (verdict.failures.includes("data") && input.validation) {
                const errors = input.validation.anomalies.filter((a) => a.severity === "error").length;
                const failedChecks = input.validation.schema?.checks.filter((c) => !c.passed && c.severity === "error").length ?? 0;
                const drift = input.validation.drift?.datasetDrift ? ", dataset drift detected" : "";
                bullets.push(`- data validation failed: ${failedChecks} schema check${failedChecks === 1 ? "" : "s"} and ${errors} error anomal${errors === 1 ? "y" : "ies"}${drift}`);
            }
            if (verdict.failures.includes("run") && input.run) {
                const exit = input.run.exitCode !== null ? ` (exit code ${input.run.exitCode})` : "";
                bullets.push(`- the training run ${input.run.status === "timed-out" ? "timed out" : "failed"}${exit}`);
            }
            if (bullets.length)
                lines.push(bullets.join("\n"));
            const b = comparison?.baseline;
            const sub = [];
            if (b && (b.gitSha || b.runId)) {
                const bits = [
                    commitRef(b.gitSha, ctx) && `commit ${commitRef(b.gitSha, ctx)}`,
                    runRef(b.runId, ctx) && `run ${runRef(b.runId, ctx)}`,
                ].filter(Boolean);
                sub.push(`Baseline ${baselineRef(comparison)} was trained at ${bits.join(", ")}.`);
            }
            const evaluation = comparison ? evaluationLine(comparison) : null;
            if (evaluation)
                sub.push(evaluation);
            const artifact = comparison ? (0,model_facts/* artifactLine */.VY)(comparison) : null;
            if (artifact)
                sub.push(artifact);
            const scan = comparison ? (0,model_facts/* scanLine */.YU)(comparison) : null;
            if (scan)
                sub.push(scan);
            if (sub.length)
                lines.push(`<sub>${sub.join("<br>")}</sub>`);
            return lines.join("\n\n");
        },
    };
}
function metricsSection(ctx) {
    const { main } = ctx;
    if (main.length > 0) {
        const t = (0,metrics_table/* metricTable */.Lc)(main);
        const notable = main.filter((m) => m.status !== "pass" && m.status !== "info").length;
        return {
            id: "metrics",
            priority: 100,
            rows: main.length,
            softRows: Math.max(notable, 150),
            minRows: 1,
            dropped: `the metrics table (${main.length} metrics)`,
            render: (rows, notice) => (0,metrics_table/* metricTableMarkdown */.Ug)(t, main, { rows, notice, noun: "metrics", legend: true }),
        };
    }
    // No comparison: the run's own metrics.
    const runMetrics = ctx.input.comparison ? {} : (ctx.input.run?.metrics ?? {});
    const names = Object.keys(runMetrics).sort();
    if (!names.length)
        return null;
    return {
        id: "metrics",
        priority: 100,
        rows: names.length,
        dropped: `the metrics table (${names.length} metrics)`,
        render: (rows, notice) => {
            const t = (0,src_markdown/* table */.tp)(["metric", "value"], names.slice(0, rows).map((n) => [(0,src_markdown/* text */.Qq)(n, 120), (0,src_markdown/* formatNumber */.ZV)(runMetrics[n])]), ["left", "right"]);
            return rows < names.length ? `${t}\n\n${notice(plural(names.length - rows, "more metric"))}` : t;
        },
    };
}
function classesSection(ctx) {
    const conf = confusionOf(ctx.input.comparison);
    if (!conf)
        return null;
    return {
        id: "classes",
        priority: 40,
        rows: 0,
        dropped: `the per-class scores and confusion matrix (${conf.classes.length} classes)`,
        render: () => classificationMarkdown(conf),
    };
}
function residualsSection(ctx) {
    const markdown = ctx.input.comparison ? (0,model_facts/* residualsMarkdown */.eR)(ctx.input.comparison) : null;
    if (!markdown)
        return null;
    return {
        id: "residuals",
        priority: 45,
        rows: 0,
        dropped: "the regression errors (MAE, RMSE, bias, residual quantiles)",
        render: () => markdown,
    };
}
function slicesSection(ctx) {
    const { slices } = ctx;
    if (!slices.length)
        return null;
    const failing = slices.filter(metrics_table/* isFailing */.DI).length;
    const t = (0,metrics_table/* metricTable */.Lc)(slices, { slices: true });
    const summary = failing
        ? `Per-slice results: <b>${failing} of ${slices.length} fail</b> (worst first)`
        : `Per-slice results: ${slices.length} checks, none fail (worst first)`;
    return {
        id: "slices",
        priority: 30,
        rows: slices.length,
        softRows: 25,
        dropped: `per-slice results (${slices.length} checks)`,
        render: (rows, notice) => (0,src_markdown/* details */.zH)(summary, (0,metrics_table/* metricTableMarkdown */.Ug)(t, slices, { rows, notice, noun: "slice checks" })),
    };
}
function historySection(ctx) {
    const { input, options } = ctx;
    if (options.historyLength <= 0 || !input.history?.length)
        return null;
    // The production alias's history from the compared baseline back: a report built after
    // registering the candidate still charts what it was compared with, not the new production.
    const baselineVersion = input.comparison?.baseline?.version ?? null;
    const { versions, production } = input.comparison && !input.comparison.baseline
        ? { versions: [], production: false }
        : (0,src_history/* chartVersions */.c_)(input.history, options.historyLength, baselineVersion);
    if (!versions.length)
        return null;
    const series = [];
    // Paired: the compared baseline, re-scored, follows its registered point (when it is charted).
    const lastCharted = versions[versions.length - 1].number;
    const paired = input.comparison?.evaluation?.pairedOn === "same-rows" &&
        (baselineVersion === null || baselineVersion === lastCharted);
    if (ctx.main.length) {
        const gated = ctx.main.filter((m) => m.gate);
        const pool = gated.length ? gated : ctx.main;
        for (const m of pool)
            series.push({
                metric: m.name,
                greaterIsBetter: m.greaterIsBetter,
                threshold: m.gate?.threshold ?? null,
                candidate: m.candidate,
                // Paired: the baseline as the table shows it, re-scored on the evaluation rows.
                rescored: paired && rescoredBaseline(m) ? m.baseline : null,
            });
    }
    else if (input.run) {
        for (const name of Object.keys(input.run.metrics).sort())
            series.push({
                metric: name,
                greaterIsBetter: null,
                threshold: null,
                candidate: input.run.metrics[name] ?? null,
            });
    }
    // Short on the x axis (twelve columns share 720 px); the heading says what it is.
    const rescoredLabel = baselineVersion !== null ? `v${baselineVersion}*` : "baseline*";
    const charts = (0,src_history/* historyCharts */.qF)(series, versions, {
        versions: options.historyLength,
        candidateLabel: options.candidateLabel,
        rescoredLabel,
        max: options.maxCharts,
    });
    if (!charts.length)
        return null;
    const first = versions[0].number;
    const last = versions[versions.length - 1].number;
    const span = first === last ? `v${first}` : `v${first}–v${last}`;
    const rows = input.comparison?.predictions?.rows;
    const rescored = series.some((s) => s.rescored !== null && s.rescored !== undefined);
    const heading = rescored
        ? `#### History: ${production ? "production " : ""}${span} as registered (each on its own holdout), then ${(0,src_markdown/* text */.Qq)(rescoredLabel, 30)} (${baselineVersion !== null ? `v${baselineVersion}` : "the baseline"} re-scored) and this ${(0,src_markdown/* text */.Qq)(options.candidateLabel, 20)} on the same ${rows !== undefined ? `${(0,src_markdown/* formatCount */.B4)(rows)} ` : ""}rows`
        : `#### History: ${production ? "production " : ""}${span} (registered values) and this ${(0,src_markdown/* text */.Qq)(options.candidateLabel, 20)}`;
    return {
        id: "history",
        priority: 20,
        rows: 0,
        dropped: "the history chart",
        render: () => [heading, ...charts].join("\n\n"),
    };
}
/** Whether a metric row's baseline was re-scored on the evaluation rows (older Comparisons: its paired interval). */
function rescoredBaseline(m) {
    if (m.baseline === null)
        return false;
    if (m.baselineSource !== undefined)
        return m.baselineSource === "same-rows";
    return !!m.interval?.delta;
}
function paramsSections(ctx) {
    const { comparison, run } = ctx.input;
    const candidateParams = comparison?.candidate.params ?? run?.params ?? null;
    const baselineParams = comparison?.baseline?.params ?? null;
    if (!candidateParams && !baselineParams)
        return [];
    const rows = diffParams(baselineParams, candidateParams);
    if (!rows.length)
        return [];
    const out = [];
    const changed = rows.filter((r) => r.change !== "unchanged");
    const haveBaseline = baselineParams !== null;
    if (haveBaseline) {
        out.push({
            id: "params",
            priority: 60,
            rows: changed.length,
            softRows: 30,
            dropped: `the params diff (${changed.length} changed)`,
            render: (n, notice) => {
                if (!changed.length)
                    return `#### Params\n\nNo param changed against the baseline (${rows.length} compared).`;
                const t = (0,src_markdown/* table */.tp)(["param", "baseline", "candidate", "change"], changed
                    .slice(0, n)
                    .map((r) => [
                    (0,src_markdown/* text */.Qq)(r.path, 120),
                    paramCell(r.baseline, r.change === "added"),
                    paramCell(r.candidate, r.change === "removed"),
                    r.change,
                ]));
                const more = n < changed.length ? `\n\n${notice(plural(changed.length - n, "more changed param"))}` : "";
                return `#### Params: ${changed.length} of ${rows.length} changed\n\n${t}${more}`;
            },
        });
    }
    out.push({
        id: "params-all",
        priority: 10,
        rows: rows.length,
        softRows: 50,
        dropped: `the list of all ${rows.length} params`,
        render: (n, notice) => {
            const headers = haveBaseline ? ["param", "candidate", "baseline"] : ["param", "value"];
            const body = (0,src_markdown/* table */.tp)(headers, rows
                .slice(0, n)
                .map((r) => haveBaseline
                ? [
                    (0,src_markdown/* text */.Qq)(r.path, 120),
                    paramCell(r.candidate, r.change === "removed"),
                    paramCell(r.baseline, r.change === "added"),
                ]
                : [(0,src_markdown/* text */.Qq)(r.path, 120), paramCell(r.candidate, false)]));
            const more = n < rows.length ? `\n\n${notice(plural(rows.length - n, "more param"))}` : "";
            const title = haveBaseline
                ? `All params (${rows.length})`
                : `Params (${rows.length}; no baseline params to compare with)`;
            return (0,src_markdown/* details */.zH)(title, body + more);
        },
    });
    return out;
}
function paramCell(value, absent) {
    if (absent)
        return "—";
    const s = paramValue(value);
    return s === "" ? '""' : (0,src_markdown/* code */.aY)(s, 80);
}
function dataSections(ctx) {
    const v = ctx.input.validation;
    if (!v)
        return [];
    const out = [];
    const checks = v.schema?.checks ?? [];
    const failedChecks = checks.filter((c) => !c.passed);
    const drift = v.drift;
    const drifted = drift?.columns.filter((c) => c.drifted) ?? [];
    out.push({
        id: "data-summary",
        priority: 90,
        rows: 0,
        dropped: "",
        render: () => {
            const files = v.dataset.files;
            const fileText = files.length
                ? ` from ${(0,src_markdown/* code */.aY)(files[0].path, 80)}${files.length > 1 ? ` and ${files.length - 1} more file${files.length > 2 ? "s" : ""}` : ""}`
                : "";
            const bits = [
                `**${(0,src_markdown/* formatCount */.B4)(v.dataset.rows)} rows** × ${v.dataset.columns.length} columns${fileText}`,
            ];
            if (v.schema) {
                bits.push(failedChecks.length
                    ? `schema ❌ ${failedChecks.length} of ${checks.length} checks fail`
                    : `schema ✅ ${checks.length} checks pass`);
            }
            const errors = v.anomalies.filter((a) => a.severity === "error").length;
            const warnings = v.anomalies.filter((a) => a.severity === "warning").length;
            if (errors || warnings)
                bits.push(`${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
            if (drift) {
                bits.push(`drift ${drifted.length ? "⚠️" : "✅"} ${drifted.length} of ${drift.columns.length} columns drifted against ${(0,src_markdown/* code */.aY)(drift.reference.source, 80)} (${(0,src_markdown/* formatCount */.B4)(drift.reference.rows)} rows); ` +
                    `dataset drift ${drift.datasetDrift ? "**yes**" : "no"}: ${(0,src_markdown/* formatPercent */.l9)(drift.driftedShare, false)} drifted, threshold ${(0,src_markdown/* formatPercent */.l9)(drift.shareThreshold, false)}`);
            }
            return `#### Data ${v.passed ? "✅" : "❌"}\n\n${bits.join(" · ")}`;
        },
    });
    if (failedChecks.length) {
        out.push({
            id: "data-schema",
            priority: 56,
            rows: failedChecks.length,
            softRows: 20,
            dropped: plural(failedChecks.length, "failed schema check"),
            render: (n, notice) => {
                const t = (0,src_markdown/* table */.tp)(["check", "column", "expected", "observed", "failing rows", "severity"], failedChecks
                    .slice(0, n)
                    .map((c) => [
                    (0,src_markdown/* text */.Qq)(c.check, 60),
                    c.column === null ? "—" : (0,src_markdown/* text */.Qq)(c.column, 80),
                    (0,src_markdown/* text */.Qq)(c.expected, 120),
                    c.observed === undefined ? "—" : (0,src_markdown/* text */.Qq)(c.observed, 120),
                    `${(0,src_markdown/* formatCount */.B4)(c.failures)} of ${(0,src_markdown/* formatCount */.B4)(c.checked)}`,
                    severityLabel(c.severity),
                ]), ["left", "left", "left", "left", "right", "left"]);
                const more = n < failedChecks.length
                    ? `\n\n${notice(`${plural(failedChecks.length - n, "more failed check")}`)}`
                    : "";
                return `**Schema checks that fail**\n\n${t}${more}`;
            },
        });
    }
    const anomalies = [...v.anomalies].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    if (anomalies.length) {
        out.push({
            id: "data-anomalies",
            priority: 55,
            rows: anomalies.length,
            softRows: 20,
            dropped: plural(anomalies.length, "data anomaly", "data anomalies"),
            render: (n, notice) => {
                const t = (0,src_markdown/* table */.tp)(["severity", "anomaly", "where", "message"], anomalies.slice(0, n).map((a) => {
                    const where = [
                        a.column !== undefined ? (0,src_markdown/* text */.Qq)(a.column, 80) : null,
                        a.file ? `${(0,src_markdown/* code */.aY)(a.file, 80)}${a.line ? ` line ${a.line}` : ""}` : null,
                    ]
                        .filter(Boolean)
                        .join(", ");
                    return [
                        severityLabel(a.severity),
                        (0,src_markdown/* text */.Qq)(a.code, 60),
                        where || "—",
                        `${(0,src_markdown/* text */.Qq)(a.message, 300)}${a.count !== undefined ? ` (${(0,src_markdown/* formatCount */.B4)(a.count)})` : ""}`,
                    ];
                }));
                const more = n < anomalies.length
                    ? `\n\n${notice(plural(anomalies.length - n, "more anomaly", "more anomalies"))}`
                    : "";
                return `**Anomalies**\n\n${t}${more}`;
            },
        });
    }
    if (drift && drift.columns.length) {
        const cols = [...drift.columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || a.column.localeCompare(b.column));
        out.push({
            id: "data-drift",
            priority: 57,
            rows: cols.length,
            softRows: Math.max(drifted.length, 20),
            dropped: `the drift table (${drift.columns.length} columns)`,
            render: (n, notice) => {
                const shown = cols.slice(0, n);
                const headers = ["column", "test", "statistic", "p-value", "drift when", "drifted"];
                const align = ["left", "left", "right", "right", "left", "left"];
                const row = (c) => [
                    (0,src_markdown/* text */.Qq)(c.column, 80),
                    `${(0,src_markdown/* text */.Qq)(c.test)}${c.psi !== null && c.psi !== undefined && c.test !== "psi" ? ` (PSI ${(0,src_markdown/* formatNumber */.ZV)(c.psi)})` : ""}`,
                    (0,src_markdown/* formatNumber */.ZV)(c.statistic),
                    c.pValue === null || c.pValue === undefined ? "—" : (0,src_markdown/* formatNumber */.ZV)(c.pValue),
                    `${c.comparedValue === "p_value" ? "p-value" : "statistic"} ${c.operator.replace(">=", "≥").replace("<=", "≤").replace("<", "&lt;").replace(">", "&gt;")} ${(0,src_markdown/* formatNumber */.ZV)(c.threshold)}`,
                    c.drifted ? "⚠️ yes" : "no",
                ];
                const parts = [];
                const d = shown.filter((c) => c.drifted);
                const rest = shown.filter((c) => !c.drifted);
                if (d.length)
                    parts.push(`**Drifted columns**\n\n${(0,src_markdown/* table */.tp)(headers, d.map(row), align)}`);
                if (rest.length)
                    parts.push((0,src_markdown/* details */.zH)(`Columns without drift (${rest.length})`, (0,src_markdown/* table */.tp)(headers, rest.map(row), align)));
                if (n < cols.length)
                    parts.push(notice(`${plural(cols.length - n, "more column")} of the drift table`));
                return parts.join("\n\n");
            },
        });
    }
    return out;
}
function plural(n, one, many = `${one}s`) {
    return `${(0,src_markdown/* formatCount */.B4)(n)} ${n === 1 ? one : many}`;
}
function severityRank(s) {
    return s === "error" ? 0 : s === "warning" ? 1 : 2;
}
function severityLabel(s) {
    return s === "error" ? "❌ error" : s === "warning" ? "⚠️ warning" : "ℹ️ info";
}
function runSection(ctx) {
    const run = ctx.input.run;
    if (!run)
        return null;
    return {
        id: "run",
        priority: 5,
        rows: 0,
        dropped: "the training run details",
        render: () => {
            const rows = [
                ["id", (0,src_markdown/* code */.aY)(run.id, 80)],
                [
                    "status",
                    `${run.status === "succeeded" || run.status === "cached" ? "✅" : "❌"} ${(0,src_markdown/* text */.Qq)(run.status)}${run.exitCode !== null ? ` (exit code ${run.exitCode})` : ""}${run.cacheHit ? " · restored from the run cache" : ""}`,
                ],
                ["duration", (0,src_markdown/* formatDuration */.a3)(run.durationMs)],
                ["command", (0,src_markdown/* code */.aY)((0,src/* redactCommand */.jh)(run.command), 200) || "—"],
            ];
            const commit = commitRef(run.git.sha, ctx);
            if (commit)
                rows.push([
                    "commit",
                    `${commit}${run.git.ref ? ` on ${(0,src_markdown/* code */.aY)(run.git.ref, 100)}` : ""}${run.git.dirty ? " (uncommitted changes)" : ""}`,
                ]);
            if (run.data.length)
                rows.push([
                    "data",
                    run.data
                        .slice(0, 10)
                        .map((d) => `${(0,src_markdown/* code */.aY)(d.path, 80)} ${(0,src_markdown/* code */.aY)(d.sha256.slice(0, 12))}${d.bytes !== undefined ? ` ${(0,src_markdown/* formatBytes */.z3)(d.bytes)}` : ""}`)
                        .join("<br>") + (run.data.length > 10 ? `<br>… ${run.data.length - 10} more` : ""),
                ]);
            if (run.model) {
                const total = run.model.files.reduce((s, f) => s + f.bytes, 0);
                rows.push([
                    "model",
                    `${(0,src_markdown/* code */.aY)(run.model.path, 120)}: ${run.model.files.length} file${run.model.files.length === 1 ? "" : "s"}, ${(0,src_markdown/* formatBytes */.z3)(total)}`,
                ]);
            }
            if (run.resources?.peakRssBytes)
                rows.push(["peak memory", (0,src_markdown/* formatBytes */.z3)(run.resources.peakRssBytes)]);
            const tools = Object.entries(run.environment.tools)
                .slice(0, 8)
                .map(([k, val]) => `${(0,src_markdown/* text */.Qq)(k, 40)} ${(0,src_markdown/* code */.aY)(val, 40)}`);
            rows.push([
                "environment",
                [
                    `${(0,src_markdown/* text */.Qq)(run.environment.os)}/${(0,src_markdown/* text */.Qq)(run.environment.arch)}`,
                    `node ${(0,src_markdown/* code */.aY)(run.environment.node, 20)}`,
                    ...tools,
                ].join(" · "),
            ]);
            return (0,src_markdown/* details */.zH)(`Training run: ${(0,src_markdown/* html */.qy)(run.status)} in ${(0,src_markdown/* html */.qy)((0,src_markdown/* formatDuration */.a3)(run.durationMs))}`, (0,src_markdown/* table */.tp)(["", "value"], rows));
        },
    };
}
function footerSection(ctx) {
    return {
        id: "footer",
        priority: Infinity,
        rows: 0,
        dropped: "",
        render: () => {
            const links = ctx.input.links ?? {};
            const items = [];
            if (links.workflowRun)
                items.push((0,src_markdown/* link */.nf)("workflow run", links.workflowRun));
            if (links.artifact)
                items.push((0,src_markdown/* link */.nf)("artifact", links.artifact));
            if (links.registryVersion)
                items.push((0,src_markdown/* link */.nf)((0,src_markdown/* text */.Qq)(links.registryVersion.label, 80), links.registryVersion.url));
            items.push("mlops-actions report-metrics");
            return `<sub>${items.join(" · ")}</sub>`;
        },
    };
}



/***/ }),

/***/ 12873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ verdictOf)
/* harmony export */ });
const EMOJI = { pass: "✅", fail: "❌", "no-baseline": "🆕", info: "📊" };
function verdictOf(docs) {
    const failures = [];
    const { comparison, validation, run } = docs;
    if (comparison && (comparison.verdict === "fail" || !comparison.passed))
        failures.push("gate");
    if (validation && !validation.passed)
        failures.push("data");
    if (run && (run.status === "failed" || run.status === "timed-out"))
        failures.push("run");
    let state;
    if (failures.length > 0)
        state = "fail";
    else if (comparison)
        state = comparison.verdict === "no-baseline" ? "no-baseline" : "pass";
    else if (validation)
        state = "pass";
    else
        state = "info";
    const conclusion = state === "fail" ? "failure" : state === "pass" ? "success" : "neutral";
    return { state, emoji: EMOJI[state], conclusion, failures };
}


/***/ })

};
