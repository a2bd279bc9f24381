export const id = 293;
export const ids = [293];
export const modules = {

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


/***/ })

};
