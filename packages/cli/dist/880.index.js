export const id = 880;
export const ids = [880];
export const modules = {

/***/ 7121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ wellFormed),
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   qy: () => (/* binding */ html)
/* harmony export */ });
/* unused harmony exports WORD_JOINER, DEFAULT_MAX_TEXT, plain, truncate, neutralizeReferences, safeUrl */
/*
 * Escaping for every string that comes from the user's repository or data: metric, param,
 * column, model, file and branch names, values, messages. Three contexts:
 *
 * - Markdown inline text (table cells, headings, paragraphs): `text()` / `cell()`.
 * - HTML (the line of a `<summary>` element, where GitHub does not parse Markdown): `html()`.
 * - Mermaid strings inside a ```mermaid block: `mermaidText()`.
 *
 * What GitHub does with a comment body (cmark-gfm, then its HTML filters):
 * - Raw HTML is rendered (sanitised), so `<` `>` `&` become entities: no element can come
 *   from input, and `</details>` or `<!-- -->` stays text.
 * - `|` ends a table cell even inside code spans unless written `\|` (GFM tables: only `\|` is
 *   an escape at the cell-splitting stage), so it is always `\|` in cells; every backslash is
 *   doubled first, so a backslash from input can never pair with our escape.
 * - Emphasis, code, links, strikethrough, footnotes and math are inline syntax: `* _ ` [ ] ~ $ !`
 *   and `\` get a backslash.
 * - `@user`, `@org/team`, `#123`, `gh-123` and `owner/repo#123` are linked (and notify) by
 *   filters that run on the rendered HTML text nodes, after Markdown: a backslash or an entity
 *   is gone by then, so they would still ping. A WORD JOINER (U+2060, invisible, no line break)
 *   after the `@`/`#`/`gh-` breaks the patterns (`@[a-z0-9]`, `#\d`, `gh-\d`) — verified against
 *   html-pipeline's MentionFilter and IssueMentionFilter, which skip only pre/code/a ancestors.
 * - URLs (`http://`, `www.`) and e-mail addresses are autolinked by the parser (GFM autolink
 *   literals); the same joiner before `://`, after `www` and after `@` stops that.
 * - Newlines end a table row, so line breaks become spaces; control and bidirectional
 *   override characters are dropped; lone surrogates become U+FFFD; long strings are cut on a
 *   grapheme boundary (never inside a character or an escape) with an ellipsis.
 */
/** Invisible, non-breaking: breaks mention, reference and autolink patterns. */
const WORD_JOINER = "\u2060";
/** Default longest text kept from one input string, in graphemes. */
const DEFAULT_MAX_TEXT = 200;
// Created on first use: building a Segmenter loads ICU data (~60 ms), which a step that fails
// on a missing input must not pay at start-up.
let segmenter;
// C0 (except tab), DEL, C1, bidi embeddings/overrides/isolates, line/paragraph separators,
// BOM / zero-width no-break space.
const DROP = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/g;
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
/** Replaces lone surrogates with U+FFFD (String.prototype.toWellFormed, outside our ES2023 lib). */
function wellFormed(s) {
    return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
/**
 * Makes one line of plain text: well-formed UTF-16, no control characters, no line breaks,
 * at most `max` graphemes (cut with "…").
 */
function plain(value, max = DEFAULT_MAX_TEXT) {
    let s = typeof value === "string" ? value : stringify(value);
    s = wellFormed(s).replace(LINE_BREAKS, " ").replace(DROP, "");
    return truncate(s, max);
}
/** Cuts to `max` graphemes, adding "…" when cut. Never splits a character or a grapheme. */
function truncate(s, max) {
    if (s.length <= max)
        return s;
    let count = 0;
    let keepEnd = 0;
    segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
    for (const { index } of segmenter.segment(s)) {
        if (count === max - 1)
            keepEnd = index;
        if (count === max)
            return s.slice(0, keepEnd) + "…";
        count++;
    }
    return s;
}
function stringify(value) {
    if (value === undefined)
        return "";
    if (typeof value === "string")
        return value;
    if (typeof value === "number" || typeof value === "boolean" || value === null)
        return String(value);
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
/**
 * Breaks what GitHub would turn into a mention, an issue/PR reference or an autolink, by
 * inserting WORD JOINER where the pattern needs two characters to be adjacent.
 */
function neutralizeReferences(s) {
    return s
        .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${WORD_JOINER}`)
        .replace(/#(?=\p{N})/gu, `#${WORD_JOINER}`)
        .replace(/\b(gh-)(?=\d)/gi, `$1${WORD_JOINER}`)
        .replace(/:\/\//g, `${WORD_JOINER}://`)
        .replace(/(www)\./gi, `$1${WORD_JOINER}.`)
        .replace(/\b(mailto|xmpp):/gi, `$1${WORD_JOINER}:`)
        .replace(/:(?=[\w+-]+:)/g, `:${WORD_JOINER}`);
}
const MD_PUNCT = /[\\`*_[\]~$|]/g;
const HTML_CHARS = /[&<>"]/g;
const HTML_ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/**
 * Markdown inline text. Safe in table cells, list items, headings and paragraphs (not at the
 * start of a line: callers always put their own text first).
 */
function text(value, max = DEFAULT_MAX_TEXT) {
    return escapeBlockStart(neutralizeReferences(plain(value, max).replace(/^\s+/, ""))
        .replace(HTML_CHARS, (c) => HTML_ENTITY[c])
        .replace(MD_PUNCT, (c) => `\\${c}`));
}
/**
 * Text may land where a block starts (a list item's first line): a leading `#`, `>`, `-`, `+`,
 * `=` or `1.` / `1)` would make a heading, quote, list or setext underline there.
 */
function escapeBlockStart(s) {
    if (/^[#>+=-]/.test(s))
        return `\\${s}`;
    return s.replace(/^(\d{1,9})([.)])/, "$1\\$2");
}
/** Same as text(): named for the place it is used. */
const cell = text;
/** Text inside an HTML element on a line GitHub does not parse as Markdown (`<summary>`). */
function html(value, max = DEFAULT_MAX_TEXT) {
    return neutralizeReferences(plain(value, max)).replace(HTML_CHARS, (c) => HTML_ENTITY[c]);
}
/**
 * An inline code span (values, file names). Mentions and autolinks are not applied in code, so
 * no joiner is needed. A value containing `|` is rendered as escaped text instead: how `\|`
 * inside code in a table cell is read differs between GFM implementations. So is one with `<`
 * or `>`: code would show it correctly, but the raw body would then contain `<!--`, and a
 * matrix cell or param named like another model's sticky marker must not be found by a search
 * of the raw body.
 */
function code(value, max = DEFAULT_MAX_TEXT) {
    const s = plain(value, max);
    if (s === "")
        return "";
    if (/[|<>]/.test(s) || s.trim() === "")
        return text(s, max);
    let longest = 0;
    for (const run of s.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = "`".repeat(longest + 1);
    const pad = s.startsWith("`") || s.endsWith("`") || (s.startsWith(" ") && s.endsWith(" ")) ? " " : "";
    return `${fence}${pad}${s}${pad}${fence}`;
}
/**
 * A string for a Mermaid `"..."` (xychart title, axis label). Mermaid strings have no escape
 * for `"`, and `%%`, `#…;` entities, backticks, brackets and line breaks mean something to its
 * lexer or pre-processor, so only letters, digits, marks, spaces and plain punctuation are kept;
 * the rest become look-alikes or `_`.
 */
function mermaidText(value, max = 60) {
    const map = {
        '"': "'",
        "`": "'",
        "<": "‹",
        ">": "›",
        "[": "(",
        "]": ")",
        "{": "(",
        "}": ")",
        "#": "♯",
        "%": "pct",
        ";": ",",
        "&": "+",
        "\\": "/",
        "|": "¦",
    };
    return plain(value, max).replace(/[^\p{L}\p{N}\p{M} _.,:+\-=*/()'!?@^~]/gu, (c) => map[c] ?? "_");
}
/** A link destination we built (workflow run, commit…): only http(s), with risky characters encoded. */
function safeUrl(url) {
    if (!url)
        return null;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
        return null;
    return parsed.href.replace(/[()<>"'\\ `*_[\]|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
/** `[label](url)` when the URL is usable, else the label alone. `label` must already be Markdown. */
function link(label, url) {
    const safe = safeUrl(url);
    return safe ? `[${label}](${safe})` : label;
}


/***/ }),

/***/ 7903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ fitSections)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6002);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7121);


function fitSections(sections, options) {
    const { limit } = options;
    const label = options.fullReportLabel ?? "full report";
    const where = options.fullReportUrl ? ` The ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(label, options.fullReportUrl)} has everything.` : "";
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

/***/ 6121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   LE: () => (/* binding */ rowDecimals),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   hs: () => (/* binding */ mermaidNumber),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/*
 * Number formatting for reviewers: enough digits to see a difference, no more. Minus signs are
 * U+2212 (−) so a negative delta reads as one; counts get thousands separators.
 */
const MINUS = "\u2212";
/** Decimals that show `x` with `significant` significant digits (0 for large values). */
function decimalsFor(x, significant) {
    if (x === 0 || !Number.isFinite(x))
        return 0;
    const magnitude = Math.floor(Math.log10(Math.abs(x)));
    return Math.max(0, significant - 1 - magnitude);
}
function trimZeros(s) {
    return s.includes(".") && !s.includes("e") ? s.replace(/\.?0+$/, "") : s;
}
function sign(s) {
    return s.startsWith("-") ? MINUS + s.slice(1) : s;
}
/** An integer count: 12,345. */
function formatCount(n) {
    return sign(Math.round(n).toLocaleString("en-US"));
}
/**
 * One value: integers as they are (with separators from 10,000), others with 4 significant
 * digits; very small or very large values in scientific notation (1.23e−5).
 */
function formatNumber(x, decimals) {
    if (x === null || x === undefined)
        return "—";
    if (Number.isNaN(x))
        return "NaN";
    if (!Number.isFinite(x))
        return x > 0 ? "∞" : `${MINUS}∞`;
    if (x === 0)
        return "0";
    const abs = Math.abs(x);
    if (decimals === undefined) {
        if (Number.isInteger(x) && abs < 1e15)
            return abs >= 10_000 ? formatCount(x) : sign(String(x));
        if (abs >= 1e9 || abs < 1e-4)
            return scientific(x);
        decimals = decimalsFor(x, 4);
    }
    if (abs >= 1e15 || (abs < 10 ** -decimals && decimals >= 8))
        return scientific(x);
    return sign(trimZeros(x.toFixed(Math.min(decimals, 20))));
}
function scientific(x) {
    const [mantissa, exponent] = x.toExponential(2).split("e");
    return `${sign(trimZeros(mantissa))}e${sign(exponent.replace("+", ""))}`;
}
/**
 * Decimals for a row of related values (baseline, candidate, delta): the baseline and candidate
 * must show the digit where they differ, so the delta's second significant digit decides.
 */
function rowDecimals(values, delta) {
    const finite = values.filter((v) => typeof v === "number" && Number.isFinite(v));
    if (finite.every((v) => Number.isInteger(v)) &&
        (delta === null || delta === undefined || Number.isInteger(delta)))
        return undefined;
    let decimals = 0;
    for (const v of finite)
        if (v !== 0)
            decimals = Math.max(decimals, decimalsFor(v, 4));
    if (delta !== null && delta !== undefined && Number.isFinite(delta) && delta !== 0)
        decimals = Math.max(decimals, decimalsFor(delta, 2));
    return Math.min(decimals, 8);
}
/** A signed difference: +0.012, −3, 0. */
function formatSigned(x, decimals) {
    if (x === null || x === undefined)
        return "—";
    const s = formatNumber(x, decimals);
    if (x > 0 && Number.isFinite(x) && s !== "0")
        return `+${s}`;
    return s;
}
/** A fraction as a signed percentage: 0.0271 → +2.71%. */
function formatPercent(fraction, signed = true) {
    if (fraction === null || fraction === undefined)
        return "—";
    if (!Number.isFinite(fraction))
        return fraction > 0 ? "+∞%" : `${MINUS}∞%`;
    const pct = fraction * 100;
    const abs = Math.abs(pct);
    const decimals = abs === 0 ? 0 : abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 0.01 ? 2 : 3;
    let s = sign(trimZeros(pct.toFixed(decimals)));
    if (s === "0" || s === `${MINUS}0`)
        s = abs === 0 ? "0" : pct > 0 ? "+<0.001" : `${MINUS}<0.001`;
    else if (signed && pct > 0)
        s = `+${s}`;
    return `${s}%`;
}
/** Milliseconds as 1.2 s, 3 min 4 s, 1 h 2 min. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return "—";
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${trimZeros(s.toFixed(1))} s`;
    const minutes = Math.floor(s / 60);
    if (minutes < 60)
        return `${minutes} min ${Math.round(s - minutes * 60)} s`;
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
/** Bytes as 1.2 MB (decimal units, as GitHub shows sizes). */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 0)
        return "—";
    const units = ["B", "kB", "MB", "GB", "TB"];
    let v = bytes;
    let u = 0;
    while (v >= 1000 && u < units.length - 1) {
        v /= 1000;
        u++;
    }
    return u === 0 ? `${v} B` : `${trimZeros(v.toFixed(v >= 100 ? 0 : 1))} ${units[u]}`;
}
/**
 * A number for a Mermaid data list: its lexer accepts only `[+-]?(\d+(\.\d+)?|\.\d+)`, so no
 * exponent, no separators, no Unicode minus.
 */
function mermaidNumber(x) {
    if (!Number.isFinite(x))
        return "0";
    if (x === 0)
        return "0";
    const abs = Math.abs(x);
    if (abs >= 1e21)
        return BigInt(Math.round(x)).toString();
    const decimals = Math.min(20, decimalsFor(x, 6));
    const s = x.toFixed(decimals);
    return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}


/***/ }),

/***/ 3912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ historyChart),
/* harmony export */   n: () => (/* binding */ recentVersions)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7121);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6121);


/** The last `count` versions by number, oldest first. */
function recentVersions(history, count) {
    if (count <= 0)
        return [];
    const byNumber = new Map();
    for (const v of history)
        byNumber.set(v.number, v);
    return [...byNumber.values()].sort((a, b) => a.number - b.number).slice(-count);
}
/** One chart, or null when fewer than two points exist. */
function historyChart(series, versions, options) {
    const labels = [];
    const values = [];
    for (const v of versions) {
        const value = v.metrics[series.metric];
        if (typeof value !== "number" || !Number.isFinite(value))
            continue;
        labels.push(`v${v.number}`);
        values.push(value);
    }
    if (series.candidate !== null && Number.isFinite(series.candidate)) {
        labels.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(options.candidateLabel, 20));
        values.push(series.candidate);
    }
    if (values.length < 2)
        return null;
    const all = series.threshold !== null ? [...values, series.threshold] : values;
    let lo = Math.min(...all);
    let hi = Math.max(...all);
    const span = hi - lo;
    const pad = span > 0 ? span * 0.1 : Math.abs(hi) * 0.05 || 1;
    lo -= pad;
    hi += pad;
    const direction = series.greaterIsBetter === true
        ? " (higher is better)"
        : series.greaterIsBetter === false
            ? " (lower is better)"
            : "";
    const thresholdNote = series.threshold !== null
        ? `, flat line: gate ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(series.threshold).replaceAll("\u2212", "-")}`
        : "";
    const title = `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(series.metric, 50)}${direction}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(thresholdNote, 40)}`;
    const lines = [
        "```mermaid",
        "xychart-beta",
        `  title "${title}"`,
        `  x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
        `  y-axis "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(series.metric, 30)}" ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidNumber */ .hs)(lo)} --> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidNumber */ .hs)(hi)}`,
        `  line [${values.map(_format_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidNumber */ .hs).join(", ")}]`,
    ];
    if (series.threshold !== null)
        lines.push(`  line [${values.map(() => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidNumber */ .hs)(series.threshold)).join(", ")}]`);
    lines.push("```");
    return lines.join("\n");
}


/***/ }),

/***/ 6002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XW: () => (/* binding */ describeLimit),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   xP: () => (/* binding */ measure)
/* harmony export */ });
/* unused harmony export utf8Length */
/*
 * GitHub's size limits for the three places a report goes, and how each is counted.
 *
 * - Issue/PR comment body: "Body is too long (maximum is 65536 characters)". GitHub's own count
 *   has been measured differently over the years (characters, code points, and a 262,144-byte
 *   cap on some surfaces). We count UTF-16 code units (JavaScript's .length), which is never
 *   less than the number of code points, and 65,536 code units are at most 262,144 UTF-8 bytes,
 *   so a body within this budget is within every one of those readings.
 * - Check-run output.summary / output.text: "Maximum length: 65535 characters" each; reports
 *   (github/rest-api-description#5399) say it is enforced on bytes, so we count UTF-8 bytes,
 *   which is never less than the UTF-16 count.
 * - Job summary ($GITHUB_STEP_SUMMARY): the runner refuses a step's summary over 1 MiB
 *   ("supports content up to a size of 1024k"), a byte count.
 */
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
    const n = limit.max.toLocaleString("en-US");
    if (limit.max === 1024 * 1024)
        return `GitHub limits a ${limit.label} to 1 MiB`;
    return `GitHub limits a ${limit.label} to ${n} ${limit.measure === "utf16" ? "characters" : "bytes"}`;
}


/***/ }),

/***/ 9892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lO: () => (/* binding */ reportMarker),
/* harmony export */   ot: () => (/* binding */ reportMarkerKey)
/* harmony export */ });
/* unused harmony export hasMarker */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7121);
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
    return Array.from(new TextEncoder().encode((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .wellFormed */ .ES)(s)))
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

/***/ 3760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ isFailing),
/* harmony export */   Lc: () => (/* binding */ metricTable),
/* harmony export */   VW: () => (/* binding */ compareMetricRows),
/* harmony export */   Y7: () => (/* binding */ describeHidden)
/* harmony export */ });
/* unused harmony exports STATUS_LABEL, improvement, describeRule, describeGate, describeDelta, directionMark */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7121);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6121);


/*
 * The metrics table: metric | baseline | candidate | Δ | Δ% | CI of Δ | gate | status.
 * Direction-aware (an improvement of a lower-is-better metric is good), failing rows first.
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
/** Failing first, then missing, warnings, new, passing, ungated; within a group worst change first. */
function compareMetricRows(a, b) {
    return (STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        Number(a.gate === null) - Number(b.gate === null) ||
        improvement(a) - improvement(b) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        sliceKey(a).localeCompare(sliceKey(b)));
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
/** One gate rule as a reviewer reads it: `value ≥ 0.9`, `Δ% ≥ −1%`, `p < 0.05`; failing rules bold. */
function describeRule(r) {
    const op = OPERATOR[r.operator] ?? r.operator;
    let body;
    if (r.expected === null)
        body = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(r.rule === "present" ? "present" : r.rule === "finite" ? "finite" : `${r.rule} ${op}`);
    else {
        const expected = r.rule === "min_relative_change" ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(r.expected) : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(r.expected);
        body = `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(ruleSubject(r.rule))} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(op)} ${expected}`;
    }
    return r.passed ? body : `**${body}**`;
}
/** The gate column: its rules, or what the gate spec asks when no rule was evaluated. */
function describeGate(m) {
    if (!m.gate)
        return "—";
    if (m.gate.rules.length > 0)
        return m.gate.rules.map(describeRule).join("<br>");
    const parts = [];
    const up = m.greaterIsBetter !== false;
    if (m.gate.threshold !== null)
        parts.push(`value ${up ? "≥" : "≤"} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.gate.threshold)}`);
    if (m.gate.minAbsoluteChange !== null)
        parts.push(`Δ ${up ? "≥" : "≤"} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(up ? m.gate.minAbsoluteChange : -m.gate.minAbsoluteChange)}`);
    if (m.gate.minRelativeChange !== null)
        parts.push(`Δ% ${up ? "≥" : "≤"} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(up ? m.gate.minRelativeChange : -m.gate.minRelativeChange)}`);
    if (m.gate.significance !== null)
        parts.push(`p < ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.gate.significance)}`);
    return parts.length ? parts.join("<br>") : "—";
}
/** Δ with a good/bad mark: 🟢 for an improvement, 🔴 for a regression, nothing when direction is unknown. */
function describeDelta(m, decimals) {
    if (m.delta === null)
        return "—";
    const s = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(m.delta, decimals);
    const score = improvement(m);
    if (m.delta === 0 || score === 0)
        return s;
    return `${score > 0 ? "🟢" : "🔴"} ${s}`;
}
function describeInterval(m, decimals, showLevel) {
    const iv = m.interval?.delta;
    if (!m.interval || !iv)
        return "—";
    const d = decimals === undefined ? undefined : Math.min(decimals + 1, 8);
    let s = `[${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(iv[0], d)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(iv[1], d)}]`;
    if (showLevel)
        s += ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(m.interval.level, false)})`;
    if (m.test)
        s += ` p=${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.test.pValue)}`;
    return s;
}
function directionMark(m) {
    return m.greaterIsBetter === true ? " ↑" : m.greaterIsBetter === false ? " ↓" : "";
}
/** Rows of the main metric table, already sorted (slices excluded by the caller). */
function metricTable(metrics, options = {}) {
    const withInterval = metrics.filter((m) => m.interval?.delta);
    const levels = new Set(withInterval.map((m) => m.interval.level));
    const showCi = withInterval.length > 0;
    const sharedLevel = levels.size === 1 ? [...levels][0] : null;
    const ciHeader = sharedLevel !== null ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(sharedLevel, false)} CI of Δ` : "CI of Δ";
    const showGate = metrics.some((m) => m.gate !== null);
    const headers = [
        ...(options.slices ? ["slice"] : []),
        "metric",
        "baseline",
        "candidate",
        "Δ",
        "Δ%",
        ...(showCi ? [ciHeader] : []),
        ...(showGate ? ["gate"] : []),
        "status",
    ];
    const align = headers.map((h) => h === "metric" || h === "slice" || h === "gate" || h === "status" ? "left" : "right");
    const rows = metrics.map((m) => {
        const decimals = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .rowDecimals */ .LE)([m.baseline, m.candidate], m.delta);
        return [
            ...(options.slices ? [m.slice ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(m.slice.column, 60)} = ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(m.slice.value, 60)}` : "—"] : []),
            `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(m.name, 120)}${directionMark(m)}`,
            (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.baseline, decimals),
            (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.candidate, decimals),
            describeDelta(m, decimals),
            (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(m.relativeDelta),
            ...(showCi ? [describeInterval(m, decimals, sharedLevel === null)] : []),
            ...(showGate ? [describeGate(m)] : []),
            STATUS_LABEL[m.status],
        ];
    });
    return { headers, align, rows };
}
/** "4,812 more metrics (4,800 ✅ pass, 12 🆕 new)". */
function describeHidden(hidden, noun) {
    const counts = new Map();
    for (const m of hidden)
        counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
    const parts = [...counts.entries()]
        .sort((a, b) => STATUS_RANK[a[0]] - STATUS_RANK[b[0]])
        .map(([status, n]) => `${n.toLocaleString("en-US")} ${STATUS_LABEL[status]}`);
    return `${hidden.length.toLocaleString("en-US")} more ${noun}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}


/***/ }),

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kL: () => (/* binding */ renderCheckRun),
  B1: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: STATUS_LABEL, modelOf

// EXTERNAL MODULE: ./packages/report/src/escape.ts
var src_escape = __webpack_require__(7121);
// EXTERNAL MODULE: ./packages/report/src/fit.ts
var fit = __webpack_require__(7903);
// EXTERNAL MODULE: ./packages/report/src/format.ts
var format = __webpack_require__(6121);
// EXTERNAL MODULE: ./packages/report/src/history.ts
var src_history = __webpack_require__(3912);
// EXTERNAL MODULE: ./packages/report/src/limits.ts
var limits = __webpack_require__(6002);
// EXTERNAL MODULE: ./packages/report/src/marker.ts
var src_marker = __webpack_require__(9892);
;// CONCATENATED MODULE: ./packages/report/src/markdown.ts
/*
 * Block-level Markdown we build: tables and folded sections. Every cell passed here is already
 * escaped (escape.ts); these helpers only lay them out.
 */
/** A GFM table. Throws when a row has a different number of cells than the header (a bug). */
function table(headers, rows, align = []) {
    const sep = headers.map((_, i) => {
        const a = align[i] ?? "left";
        return a === "right" ? "---:" : a === "center" ? ":---:" : "---";
    });
    const lines = [`| ${headers.join(" | ")} |`, `| ${sep.join(" | ")} |`];
    for (const row of rows) {
        if (row.length !== headers.length)
            throw new Error(`internal error: table row has ${row.length} cells, header has ${headers.length}`);
        lines.push(`| ${row.map((c) => (c === "" ? " " : c)).join(" | ")} |`);
    }
    return lines.join("\n");
}
/**
 * A folded block. `summaryHtml` is placed on an HTML line (no Markdown there): pass only our
 * own words or html()-escaped input. The blank lines let GitHub parse the body as Markdown.
 */
function details(summaryHtml, body, open = false) {
    return `<details${open ? " open" : ""}>\n<summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}
function heading(level, textMarkdown) {
    return `${"#".repeat(level)} ${textMarkdown}`;
}

// EXTERNAL MODULE: ./packages/report/src/metrics-table.ts
var metrics_table = __webpack_require__(3760);
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
var verdict = __webpack_require__(2873);
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
    const summaryIds = new Set(["header", "metrics", "data-summary"]);
    const url = fullReportUrl(input, "checkRun");
    const summary = (0,fit/* fitSections */.W)(all.filter((s) => summaryIds.has(s.id)), { limit, fullReportUrl: url, fullReportLabel: "job summary" }).markdown;
    const rest = all.filter((s) => !summaryIds.has(s.id) && s.id !== "footer");
    const detailText = rest.length
        ? (0,fit/* fitSections */.W)(rest, { limit, fullReportUrl: url, fullReportLabel: "job summary" }).markdown
        : "";
    const cell = input.matrixCell ? ` (${input.matrixCell})` : "";
    return {
        name: truncatePlain(`mlops / ${ctx.model}${cell}`, 100),
        title: truncatePlain(checkTitle(ctx), 250),
        summary,
        text: detailText,
        conclusion: ctx.verdict.conclusion,
    };
}
function truncatePlain(s, max) {
    const clean = s.replace(/[\r\n]+/g, " ");
    const chars = Array.from(clean);
    return chars.length <= max ? clean : chars.slice(0, max - 1).join("") + "…";
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
        return (0,src_escape/* code */.aY)(sha, 40);
    const base = ctx.input.links?.repositoryUrl;
    const short = (0,src_escape/* code */.aY)(sha.slice(0, 7));
    return base ? (0,src_escape/* link */.nf)(short, `${base}/commit/${sha.toLowerCase()}`) : short;
}
function runRef(runId, ctx) {
    if (!runId)
        return null;
    const base = ctx.input.links?.repositoryUrl;
    if (NUMERIC_ID.test(runId) && base)
        return (0,src_escape/* link */.nf)((0,src_escape/* text */.Qq)(runId), `${base}/actions/runs/${runId}`);
    return (0,src_escape/* code */.aY)(runId, 40);
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
    const alias = b.alias ? (0,src_escape/* code */.aY)(b.alias, 64) : null;
    if (version && alias)
        return `${version} (${alias})`;
    return version ?? alias ?? (b.source ? (0,src_escape/* code */.aY)(b.source, 80) : "the baseline");
}
// -------------------------------------------------------------------------------------------
// Sections
function buildSections(ctx) {
    const out = [headerSection(ctx)];
    const metrics = metricsSection(ctx);
    if (metrics)
        out.push(metrics);
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
            const modelMd = (0,src_escape/* text */.Qq)(ctx.model, 100);
            const cellMd = input.matrixCell ? ` · ${(0,src_escape/* code */.aY)(input.matrixCell, 60)}` : "";
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
                phrase = `training run ${(0,src_escape/* text */.Qq)(input.run.status)}${cand ? ` (${cand})` : ""}`;
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
                    counts.push(`paired bootstrap over ${(0,format/* formatCount */.B4)(comparison.predictions.rows)} rows (${(0,format/* formatCount */.B4)(comparison.predictions.resamples)} resamples)`);
                lines.push(counts.join(" · "));
                if (comparison.verdict !== "pass" || failing.length) {
                    bullets.push(...comparison.reasons.slice(0, 8).map((r) => `- ${(0,src_escape/* text */.Qq)(r, 300)}`));
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
            if (b && (b.gitSha || b.runId)) {
                const bits = [
                    commitRef(b.gitSha, ctx) && `commit ${commitRef(b.gitSha, ctx)}`,
                    runRef(b.runId, ctx) && `run ${runRef(b.runId, ctx)}`,
                ].filter(Boolean);
                lines.push(`<sub>Baseline ${baselineRef(comparison)} was trained at ${bits.join(", ")}.</sub>`);
            }
            return lines.join("\n\n");
        },
    };
}
function metricsSection(ctx) {
    const { main } = ctx;
    if (main.length > 0) {
        const t = (0,metrics_table/* metricTable */.Lc)(main);
        const notable = main.filter((m) => m.status !== "pass" && m.status !== "info").length;
        const legend = main.some((m) => m.greaterIsBetter !== null)
            ? "<sub>↑ higher is better · ↓ lower is better · 🟢 improvement · 🔴 regression · Δ% relative to the baseline</sub>"
            : "";
        return {
            id: "metrics",
            priority: 100,
            rows: main.length,
            softRows: Math.max(notable, 150),
            minRows: 1,
            dropped: `the metrics table (${main.length} metrics)`,
            render: (rows, notice) => {
                const parts = [table(t.headers, t.rows.slice(0, rows), t.align)];
                if (rows < main.length)
                    parts.push(notice((0,metrics_table/* describeHidden */.Y7)(main.slice(rows), "metrics")));
                if (legend)
                    parts.push(legend);
                return parts.join("\n\n");
            },
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
            const t = table(["metric", "value"], names.slice(0, rows).map((n) => [(0,src_escape/* text */.Qq)(n, 120), (0,format/* formatNumber */.ZV)(runMetrics[n])]), ["left", "right"]);
            return rows < names.length ? `${t}\n\n${notice(plural(names.length - rows, "more metric"))}` : t;
        },
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
        render: (rows, notice) => {
            let body = table(t.headers, t.rows.slice(0, rows), t.align);
            if (rows < slices.length)
                body += `\n\n${notice((0,metrics_table/* describeHidden */.Y7)(slices.slice(rows), "slice checks"))}`;
            return details(summary, body);
        },
    };
}
function historySection(ctx) {
    const { input, options } = ctx;
    if (options.historyLength <= 0 || !input.history?.length)
        return null;
    const versions = (0,src_history/* recentVersions */.n)(input.history, options.historyLength);
    const candidates = [];
    if (ctx.main.length) {
        const gated = ctx.main.filter((m) => m.gate);
        const pool = gated.length ? gated : ctx.main;
        for (const m of pool)
            candidates.push({
                metric: m.name,
                gib: m.greaterIsBetter,
                threshold: m.gate?.threshold ?? null,
                value: m.candidate,
            });
    }
    else if (input.run) {
        for (const name of Object.keys(input.run.metrics).sort())
            candidates.push({ metric: name, gib: null, threshold: null, value: input.run.metrics[name] ?? null });
    }
    const charts = [];
    for (const c of candidates) {
        if (charts.length >= options.maxCharts)
            break;
        const chart = (0,src_history/* historyChart */.H)({ metric: c.metric, greaterIsBetter: c.gib, threshold: c.threshold, candidate: c.value }, versions, { versions: options.historyLength, candidateLabel: options.candidateLabel });
        if (chart)
            charts.push(chart);
    }
    if (!charts.length)
        return null;
    const first = versions[0].number;
    const last = versions[versions.length - 1].number;
    const more = candidates.length > charts.length ? ` (${charts.length} of ${candidates.length} metrics charted)` : "";
    const aliases = versions
        .flatMap((v) => [...v.aliases].sort().map((a) => `${(0,src_escape/* text */.Qq)(a, 40)} = v${v.number}`))
        .slice(0, 5);
    const aliasNote = aliases.length ? ` · ${aliases.join(", ")}` : "";
    return {
        id: "history",
        priority: 20,
        rows: 0,
        dropped: "the history chart",
        render: () => [
            `#### History: v${first}–v${last} and this ${(0,src_escape/* text */.Qq)(options.candidateLabel, 20)}${more}${aliasNote}`,
            ...charts,
        ].join("\n\n"),
    };
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
                const t = table(["param", "baseline", "candidate", "change"], changed
                    .slice(0, n)
                    .map((r) => [
                    (0,src_escape/* text */.Qq)(r.path, 120),
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
            const body = table(headers, rows
                .slice(0, n)
                .map((r) => haveBaseline
                ? [
                    (0,src_escape/* text */.Qq)(r.path, 120),
                    paramCell(r.candidate, r.change === "removed"),
                    paramCell(r.baseline, r.change === "added"),
                ]
                : [(0,src_escape/* text */.Qq)(r.path, 120), paramCell(r.candidate, false)]));
            const more = n < rows.length ? `\n\n${notice(plural(rows.length - n, "more param"))}` : "";
            const title = haveBaseline
                ? `All params (${rows.length})`
                : `Params (${rows.length}; no baseline params to compare with)`;
            return details(title, body + more);
        },
    });
    return out;
}
function paramCell(value, absent) {
    if (absent)
        return "—";
    const s = paramValue(value);
    return s === "" ? '""' : (0,src_escape/* code */.aY)(s, 80);
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
                ? ` from ${(0,src_escape/* code */.aY)(files[0].path, 80)}${files.length > 1 ? ` and ${files.length - 1} more file${files.length > 2 ? "s" : ""}` : ""}`
                : "";
            const bits = [
                `**${(0,format/* formatCount */.B4)(v.dataset.rows)} rows** × ${v.dataset.columns.length} columns${fileText}`,
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
                bits.push(`drift ${drifted.length ? "⚠️" : "✅"} ${drifted.length} of ${drift.columns.length} columns drifted against ${(0,src_escape/* code */.aY)(drift.reference.source, 80)} (${(0,format/* formatCount */.B4)(drift.reference.rows)} rows); ` +
                    `dataset drift ${drift.datasetDrift ? "**yes**" : "no"}: ${(0,format/* formatPercent */.l9)(drift.driftedShare, false)} drifted, threshold ${(0,format/* formatPercent */.l9)(drift.shareThreshold, false)}`);
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
                const t = table(["check", "column", "expected", "observed", "failing rows", "severity"], failedChecks
                    .slice(0, n)
                    .map((c) => [
                    (0,src_escape/* text */.Qq)(c.check, 60),
                    c.column === null ? "—" : (0,src_escape/* text */.Qq)(c.column, 80),
                    (0,src_escape/* text */.Qq)(c.expected, 120),
                    c.observed === undefined ? "—" : (0,src_escape/* text */.Qq)(c.observed, 120),
                    `${(0,format/* formatCount */.B4)(c.failures)} of ${(0,format/* formatCount */.B4)(c.checked)}`,
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
                const t = table(["severity", "anomaly", "where", "message"], anomalies.slice(0, n).map((a) => {
                    const where = [
                        a.column !== undefined ? (0,src_escape/* text */.Qq)(a.column, 80) : null,
                        a.file ? `${(0,src_escape/* code */.aY)(a.file, 80)}${a.line ? ` line ${a.line}` : ""}` : null,
                    ]
                        .filter(Boolean)
                        .join(", ");
                    return [
                        severityLabel(a.severity),
                        (0,src_escape/* text */.Qq)(a.code, 60),
                        where || "—",
                        `${(0,src_escape/* text */.Qq)(a.message, 300)}${a.count !== undefined ? ` (${(0,format/* formatCount */.B4)(a.count)})` : ""}`,
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
                    (0,src_escape/* text */.Qq)(c.column, 80),
                    `${(0,src_escape/* text */.Qq)(c.test)}${c.psi !== null && c.psi !== undefined && c.test !== "psi" ? ` (PSI ${(0,format/* formatNumber */.ZV)(c.psi)})` : ""}`,
                    (0,format/* formatNumber */.ZV)(c.statistic),
                    c.pValue === null || c.pValue === undefined ? "—" : (0,format/* formatNumber */.ZV)(c.pValue),
                    `${c.comparedValue === "p_value" ? "p-value" : "statistic"} ${c.operator.replace(">=", "≥").replace("<=", "≤").replace("<", "&lt;").replace(">", "&gt;")} ${(0,format/* formatNumber */.ZV)(c.threshold)}`,
                    c.drifted ? "⚠️ yes" : "no",
                ];
                const parts = [];
                const d = shown.filter((c) => c.drifted);
                const rest = shown.filter((c) => !c.drifted);
                if (d.length)
                    parts.push(`**Drifted columns**\n\n${table(headers, d.map(row), align)}`);
                if (rest.length)
                    parts.push(details(`Columns without drift (${rest.length})`, table(headers, rest.map(row), align)));
                if (n < cols.length)
                    parts.push(notice(`${plural(cols.length - n, "more column")} of the drift table`));
                return parts.join("\n\n");
            },
        });
    }
    return out;
}
function plural(n, one, many = `${one}s`) {
    return `${(0,format/* formatCount */.B4)(n)} ${n === 1 ? one : many}`;
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
                ["id", (0,src_escape/* code */.aY)(run.id, 80)],
                [
                    "status",
                    `${run.status === "succeeded" || run.status === "cached" ? "✅" : "❌"} ${(0,src_escape/* text */.Qq)(run.status)}${run.exitCode !== null ? ` (exit code ${run.exitCode})` : ""}${run.cacheHit ? " · restored from the run cache" : ""}`,
                ],
                ["duration", (0,format/* formatDuration */.a3)(run.durationMs)],
                ["command", (0,src_escape/* code */.aY)(run.command, 200) || "—"],
            ];
            const commit = commitRef(run.git.sha, ctx);
            if (commit)
                rows.push([
                    "commit",
                    `${commit}${run.git.ref ? ` on ${(0,src_escape/* code */.aY)(run.git.ref, 100)}` : ""}${run.git.dirty ? " (uncommitted changes)" : ""}`,
                ]);
            if (run.data.length)
                rows.push([
                    "data",
                    run.data
                        .slice(0, 10)
                        .map((d) => `${(0,src_escape/* code */.aY)(d.path, 80)} ${(0,src_escape/* code */.aY)(d.sha256.slice(0, 12))}${d.bytes !== undefined ? ` ${(0,format/* formatBytes */.z3)(d.bytes)}` : ""}`)
                        .join("<br>") + (run.data.length > 10 ? `<br>… ${run.data.length - 10} more` : ""),
                ]);
            if (run.model) {
                const total = run.model.files.reduce((s, f) => s + f.bytes, 0);
                rows.push([
                    "model",
                    `${(0,src_escape/* code */.aY)(run.model.path, 120)}: ${run.model.files.length} file${run.model.files.length === 1 ? "" : "s"}, ${(0,format/* formatBytes */.z3)(total)}`,
                ]);
            }
            if (run.resources?.peakRssBytes)
                rows.push(["peak memory", (0,format/* formatBytes */.z3)(run.resources.peakRssBytes)]);
            const tools = Object.entries(run.environment.tools)
                .slice(0, 8)
                .map(([k, val]) => `${(0,src_escape/* text */.Qq)(k, 40)} ${(0,src_escape/* code */.aY)(val, 40)}`);
            rows.push([
                "environment",
                [
                    `${(0,src_escape/* text */.Qq)(run.environment.os)}/${(0,src_escape/* text */.Qq)(run.environment.arch)}`,
                    `node ${(0,src_escape/* code */.aY)(run.environment.node, 20)}`,
                    ...tools,
                ].join(" · "),
            ]);
            return details(`Training run: ${(0,src_escape/* html */.qy)(run.status)} in ${(0,src_escape/* html */.qy)((0,format/* formatDuration */.a3)(run.durationMs))}`, table(["", "value"], rows));
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
                items.push((0,src_escape/* link */.nf)("workflow run", links.workflowRun));
            if (links.artifact)
                items.push((0,src_escape/* link */.nf)("artifact", links.artifact));
            if (links.registryVersion)
                items.push((0,src_escape/* link */.nf)((0,src_escape/* text */.Qq)(links.registryVersion.label, 80), links.registryVersion.url));
            items.push("mlops-actions report-metrics");
            return `<sub>${items.join(" · ")}</sub>`;
        },
    };
}



/***/ }),

/***/ 2873:
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
