export const id = 994;
export const ids = [994];
export const modules = {

/***/ 12712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   ES: () => (/* binding */ wellFormed),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   LE: () => (/* binding */ rowDecimals),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   hs: () => (/* binding */ mermaidNumber),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   qy: () => (/* binding */ html),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   vy: () => (/* binding */ formatInterval),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports WORD_JOINER, DEFAULT_MAX_TEXT, truncate, neutralizeReferences, safeUrl, formatDate, displayPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/*
 * Markdown and numbers for everything a human reads: job summaries, the pull-request comment, the
 * check run. One owner, so a value prints the same way everywhere and every string from the
 * user's repository or data is escaped the same way. A leaf: it imports nothing of ours.
 *
 * - Escaping: text() for inline text and table cells (cell()), code() for code spans, html() for
 *   a <summary> line, mermaidText() for Mermaid strings, link()/safeUrl() for links we build.
 * - Layout: table(), details(), heading(). Cells passed to them are already escaped.
 * - Numbers: formatNumber() for a metric value, formatSigned() for a delta (with rowDecimals()
 *   so a row's values show the digit where they differ; formatInterval() for its interval),
 *   formatPercent() for fractions, formatCount() for counts, formatDuration(), formatBytes(),
 *   formatDate() for timestamps, mermaidNumber() for chart data.
 * - Paths: displayPath() relative to the workspace, never a runner's temp directory.
 */

// ===========================================================================================
// Escaping
/*
 * Every string that comes from the user's repository or data (metric, param, column, model, file
 * and branch names, values, messages) is escaped for where it lands:
 *
 * - Markdown inline text (table cells, headings, paragraphs): `text()` / `cell()`.
 * - An inline code span (values, file names, commands): `code()`.
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
const ALIGN_LETTER = { l: "left", r: "right", c: "center" };
/**
 * A GFM table. `align` per column, as a list or one letter each (`"llrr"`: l, r, c); columns
 * without one are left-aligned. Throws when a row has a different number of cells than the
 * header (a bug).
 */
function table(headers, rows, align = []) {
    const sep = headers.map((_, i) => {
        const a = typeof align === "string" ? ALIGN_LETTER[align[i] ?? "l"] : align[i];
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
// ===========================================================================================
// Numbers
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
    return sign(groupThousands(trimZeros(x.toFixed(Math.min(decimals, 20)))));
}
/** 12345.5 → 12,345.5 (from 10,000 on, as counts are written). */
function groupThousands(s) {
    const [int, frac] = s.split(".");
    if (int.replace("-", "").length < 5)
        return s;
    const grouped = int.replace(/\B(?=(\d{3})+$)/g, ",");
    return frac === undefined ? grouped : `${grouped}.${frac}`;
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
/** An interval of differences, bounds signed: [+0.07, +0.16]. */
function formatInterval(interval, decimals) {
    return `[${formatSigned(interval[0], decimals)}, ${formatSigned(interval[1], decimals)}]`;
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
/**
 * An ISO timestamp in UTC (or without a zone) as short as it can be without losing anything:
 * `2012-01-01` at midnight, `2012-01-01 13:05` on the minute, `2012-01-01 13:05:07.25`
 * otherwise. Anything else (another offset, not a timestamp) is returned as given.
 */
function formatDate(iso) {
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|[+-]00:?00)?)?$/.exec(iso);
    if (!m)
        return iso;
    const [, day, hm, sec = "00", fraction = ""] = m;
    const frac = fraction.replace(/0+$/, "");
    if (!hm || (hm === "00:00" && sec === "00" && !frac))
        return day;
    if (sec === "00" && !frac)
        return `${day} ${hm}`;
    return `${day} ${hm}:${sec}${frac ? `.${frac}` : ""}`;
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
// ===========================================================================================
// Paths
/**
 * A path as people read it in summaries, messages and outputs: relative to the workspace with
 * `/` separators when inside it ("." for the workspace itself). A path inside one of `tempDirs`
 * (the runner's temp directory, where a step stages downloads) is shown by its file name alone,
 * since the directory means nothing to a reader and differs on every run. Anything else is
 * returned as given.
 */
function displayPath(workspace, p, options = {}) {
    const inside = (root) => {
        const rel = path.relative(root, p);
        return rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel) ? null : rel;
    };
    const rel = inside(workspace);
    if (rel !== null)
        return rel === "" ? "." : rel.split(path.sep).join("/");
    for (const temp of options.tempDirs ?? [])
        if (temp && inside(temp) !== null)
            return path.basename(p);
    return p;
}


/***/ }),

/***/ 70994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReportStep: () => (/* binding */ runReportStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
// EXTERNAL MODULE: ./packages/github/src/index.ts + 9 modules
var github_src = __webpack_require__(8553);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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

;// CONCATENATED MODULE: ./packages/report/src/limits.ts

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
    const n = (0,src_markdown/* formatCount */.B4)(limit.max);
    if (limit.max === 1024 * 1024)
        return `GitHub limits a ${limit.label} to 1 MiB`;
    return `GitHub limits a ${limit.label} to ${n} ${limit.measure === "utf16" ? "characters" : "bytes"}`;
}

;// CONCATENATED MODULE: ./packages/report/src/fit.ts


function fitSections(sections, options) {
    const { limit } = options;
    const label = options.fullReportLabel ?? "full report";
    const where = options.fullReportUrl ? ` The ${(0,src_markdown/* link */.nf)(label, options.fullReportUrl)} has everything.` : "";
    const notice = (hidden) => `> ✂️ ${hidden} not shown: ${describeLimit(options.describe ?? limit)}.${where}`;
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
    const size = (md) => measure(md, limit.measure);
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

;// CONCATENATED MODULE: ./packages/report/src/history.ts

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
        ? `${(0,src_markdown/* mermaidText */.Hg)(single.metric, 50)}${directionWord(single)}${threshold !== null ? (0,src_markdown/* mermaidText */.Hg)(`, flat line: gate ${plainNumber(threshold)}`, 40) : ""}`
        : "Gated metrics (↑ higher is better, ↓ lower is better)";
    const lines = [
        "```mermaid",
        INIT,
        "xychart-beta",
        `  title "${title}"`,
        `  x-axis [${columns.map((c) => `"${(0,src_markdown/* mermaidText */.Hg)(c.label, 20)}"`).join(", ")}]`,
        `  y-axis "${single ? (0,src_markdown/* mermaidText */.Hg)(single.metric, 30) : "value"}" ${(0,src_markdown/* mermaidNumber */.hs)(lo)} --> ${(0,src_markdown/* mermaidNumber */.hs)(hi)}`,
    ];
    for (const p of plotted) {
        // A missing point is drawn at the previous value (xychart has no gaps); the table says "—".
        let last = p.values.find((v) => v !== null) ?? 0;
        const points = p.values.map((v) => {
            if (v !== null)
                last = v;
            return (0,src_markdown/* mermaidNumber */.hs)(last);
        });
        lines.push(`  line "${(0,src_markdown/* mermaidText */.Hg)(p.s.metric, 40)}${directionWord(p.s)}" [${points.join(", ")}]`);
    }
    if (threshold !== null)
        lines.push(`  line "gate ${(0,src_markdown/* mermaidText */.Hg)(plainNumber(threshold), 12)}" [${columns.map(() => (0,src_markdown/* mermaidNumber */.hs)(threshold)).join(", ")}]`);
    lines.push("```");
    const rows = plotted.map((p, k) => [
        `${PALETTE_MARKS[k]} ${(0,src_markdown/* cell */.Hn)(p.s.metric, 60)}${directionWord(p.s)}`,
        ...p.values.map((v) => (0,src_markdown/* formatNumber */.ZV)(v)),
    ]);
    if (threshold !== null)
        rows.push([`${PALETTE_MARKS[plotted.length]} gate`, ...columns.map(() => (0,src_markdown/* formatNumber */.ZV)(threshold))]);
    const values = (0,src_markdown/* table */.tp)(["line", ...columns.map((c) => (0,src_markdown/* cell */.Hn)(c.label, 30))], rows, [
        "left",
        ...columns.map(() => "right"),
    ]);
    return `${lines.join("\n")}\n\n${values}`;
}
/** formatNumber with an ASCII minus (Mermaid labels). */
function plainNumber(x) {
    return (0,src_markdown/* formatNumber */.ZV)(x).replaceAll("\u2212", "-");
}

;// CONCATENATED MODULE: ./packages/report/src/marker.ts
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
    return Array.from(new TextEncoder().encode((0,src_markdown/* wellFormed */.ES)(s)))
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

;// CONCATENATED MODULE: ./packages/report/src/model-facts.ts

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
    return `${(0,src_markdown/* formatCount */.B4)(n)} ${one}${n === 1 ? "" : "s"}`;
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
    const shown = (worst.length ? worst : flagged).slice(0, 3).map((g) => (0,src_markdown/* code */.aY)(`${g.module}.${g.name}`, 60));
    const more = (worst.length ? worst : flagged).length - shown.length;
    const what = shown.length
        ? `: ${shown.join(", ")}${more > 0 ? ` and ${(0,src_markdown/* formatCount */.B4)(more)} more` : ""}`
        : scan.findings[0]
            ? `: ${(0,src_markdown/* code */.aY)(scan.findings[0].file, 60)}`
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
    return (0,src_markdown/* code */.aY)(`${artifact.reference}@sha256:${hex.slice(0, 12)}…`, 120);
}
/** "Baseline files: `ghcr.io/o/models:m-v1@sha256:ab12ab12ab12…` (oci)." or null. */
function artifactLine(comparison) {
    const a = comparison.baseline?.artifact;
    if (!a)
        return null;
    return `Baseline files: ${artifactRef(a)} (${(0,src_markdown/* code */.aY)(a.store, 30)}).`;
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
        const name = QUANTILE_NAME[String(q.p)] ?? `residual p${(0,src_markdown/* formatNumber */.ZV)(q.p * 100)}`;
        rows.push({ name, c: q.value, b: b?.quantiles.find((x) => x.p === q.p)?.value ?? null });
    }
    const body = rows.map((row) => {
        const decimals = (0,src_markdown/* rowDecimals */.LE)([row.b, row.c], row.b === null ? null : row.c - row.b);
        const delta = row.b === null ? "—" : `${mark(row.b, row.c)}${(0,src_markdown/* formatSigned */.Gp)(row.c - row.b, decimals) || "0"}`;
        return [
            row.name,
            ...(b ? [(0,src_markdown/* formatNumber */.ZV)(row.b, decimals)] : []),
            (0,src_markdown/* formatNumber */.ZV)(row.c, decimals),
            ...(b ? [delta] : []),
        ];
    });
    const headers = b ? ["error", "baseline", "candidate", "Δ"] : ["error", "candidate"];
    const t = (0,src_markdown/* table */.tp)(headers, body, headers.map((h) => (h === "error" ? "left" : "right")));
    const where = b
        ? `both models on the same ${(0,src_markdown/* formatCount */.B4)(c.rows)} rows`
        : `the candidate on ${(0,src_markdown/* formatCount */.B4)(c.rows)} rows`;
    return [
        `#### Errors (regression): ${where}`,
        t,
        "<sub>residual = prediction − label · bias above 0: over-predicts on average · 🟢 smaller error (in size) · 🔴 larger</sub>",
    ].join("\n\n");
}

;// CONCATENATED MODULE: ./packages/report/src/metrics-table.ts


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
        body = (0,src_markdown/* cell */.Hn)(r.rule === "present" ? "present" : r.rule === "finite" ? "finite" : `${r.rule} ${op}`);
    else if (r.rule === "min_absolute_change" && m?.gate?.minAbsoluteChange != null) {
        const margin = m.gate.minAbsoluteChange;
        body = `Δ ${dir} ${(0,src_markdown/* formatSigned */.Gp)(up ? margin : -margin) || "0"}`;
    }
    else if (r.rule === "min_relative_change" && m?.gate?.minRelativeChange != null) {
        const margin = m.gate.minRelativeChange;
        body = `Δ% ${dir} ${(0,src_markdown/* formatPercent */.l9)(up ? margin : -margin)}`;
    }
    else if (r.rule === "threshold")
        body = `value ${op} ${(0,src_markdown/* formatNumber */.ZV)(r.expected)}`;
    else {
        const expected = r.rule === "min_relative_change" ? (0,src_markdown/* formatPercent */.l9)(r.expected) : (0,src_markdown/* formatNumber */.ZV)(r.expected);
        body = `${(0,src_markdown/* cell */.Hn)(ruleSubject(r.rule))} ${(0,src_markdown/* cell */.Hn)(op)} ${expected}`;
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
        parts.push(`value ${up ? "≥" : "≤"} ${(0,src_markdown/* formatNumber */.ZV)(m.gate.threshold)}`);
    if (m.gate.minAbsoluteChange !== null)
        parts.push(`Δ ${up ? "≥" : "≤"} ${(0,src_markdown/* formatSigned */.Gp)(up ? m.gate.minAbsoluteChange : -m.gate.minAbsoluteChange)}`);
    if (m.gate.minRelativeChange !== null)
        parts.push(`Δ% ${up ? "≥" : "≤"} ${(0,src_markdown/* formatPercent */.l9)(up ? m.gate.minRelativeChange : -m.gate.minRelativeChange)}`);
    if (m.gate.significance !== null)
        parts.push(`p < ${(0,src_markdown/* formatNumber */.ZV)(m.gate.significance)}`);
    return parts.length ? parts.join("<br>") : "—";
}
/** Δ with a good/bad mark: 🟢 for an improvement, 🔴 for a regression, nothing when direction is unknown. */
function describeDelta(m, decimals) {
    if (m.delta === null)
        return "—";
    const s = (0,src_markdown/* formatSigned */.Gp)(m.delta, decimals);
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
    const level = (0,src_markdown/* formatPercent */.l9)(m.interval.level, false);
    const test = m.test ? ` (${(0,src_markdown/* cell */.Hn)(m.test.name, 30)} ${formatP(m.test.pValue)})` : "";
    return `${level} CI ${(0,src_markdown/* formatInterval */.vy)(iv, intervalDecimals(iv, decimals))}, ${isSignificant(m) ? "significant" : "not significant"}${test}`;
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
    return `p = ${(0,src_markdown/* formatNumber */.ZV)(Number(p.toPrecision(2)))}`;
}
/** The Δ cell: the change with its good/bad mark, and its interval in words under it when paired. */
function deltaCell(m, decimals) {
    const d = describeDelta(m, decimals);
    const sig = describeSignificance(m, decimals);
    return sig ? `${d}<br><sub>${sig}</sub>` : d;
}
function sliceCell(m) {
    return m.slice ? `${(0,src_markdown/* cell */.Hn)(m.slice.column, 60)} = ${(0,src_markdown/* code */.aY)(m.slice.value, 60)}` : "—";
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
        const decimals = (0,src_markdown/* rowDecimals */.LE)([m.baseline, m.candidate], m.delta);
        return [
            ...(options.slices ? [sliceCell(m)] : []),
            `${(0,src_markdown/* cell */.Hn)(m.name, 120)}${directionMark(m)}`,
            paired && m.baselineSource === "registered" && m.baseline !== null
                ? `${(0,src_markdown/* formatNumber */.ZV)(m.baseline, decimals)}<br><sub>${REGISTERED_CELL}</sub>`
                : (0,src_markdown/* formatNumber */.ZV)(m.baseline, decimals),
            (0,src_markdown/* formatNumber */.ZV)(m.candidate, decimals),
            deltaCell(m, decimals),
            (0,src_markdown/* formatPercent */.l9)(m.relativeDelta),
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
        .map(([status, n]) => `${(0,src_markdown/* formatCount */.B4)(n)} ${STATUS_LABEL[status]}`);
    return `${(0,src_markdown/* formatCount */.B4)(hidden.length)} more ${noun}${parts.length ? ` (${parts.join(", ")})` : ""}`;
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
        return (0,src_markdown/* table */.tp)(t.headers, t.rows, t.align);
    };
    const parts = [];
    const [gated, other, fresh] = groups;
    if (gated.length)
        parts.push(render(gated));
    if (other.length) {
        // Many ungated metrics are folded: the gated ones are what decides.
        if (gated.length && other.length > 6)
            parts.push((0,src_markdown/* details */.zH)(`Not gated: ${(0,src_markdown/* formatCount */.B4)(other.length)} metrics, largest change first`, render(other)));
        else
            parts.push(`${gated.length ? "**Not gated** (largest change first)\n\n" : ""}${render(other)}`);
    }
    if (fresh.length) {
        const n = fresh.filter((m) => m.status !== "missing").length;
        const missing = fresh.length - n;
        const what = [n ? `${(0,src_markdown/* formatCount */.B4)(n)} new` : "", missing ? `${(0,src_markdown/* formatCount */.B4)(missing)} missing` : ""]
            .filter(Boolean)
            .join(", ");
        const t = (0,src_markdown/* table */.tp)([...(slices ? ["slice"] : []), "metric", "baseline", "candidate"], fresh.map((m) => [
            ...(slices ? [sliceCell(m)] : []),
            `${(0,src_markdown/* cell */.Hn)(m.name, 120)}${directionMark(m)}`,
            (0,src_markdown/* formatNumber */.ZV)(m.baseline),
            (0,src_markdown/* formatNumber */.ZV)(m.candidate),
        ]), [...(slices ? ["left"] : []), "left", "right", "right"]);
        parts.push((0,src_markdown/* details */.zH)(`Not gated, ${what} (no value on one side to compare)`, t));
    }
    if (registered.length) {
        const t = (0,src_markdown/* table */.tp)([...(slices ? ["slice"] : []), "metric", "baseline (registered)", "candidate"], registered.map((m) => [
            ...(slices ? [sliceCell(m)] : []),
            `${(0,src_markdown/* cell */.Hn)(m.name, 120)}${directionMark(m)}`,
            (0,src_markdown/* formatNumber */.ZV)(m.baseline),
            (0,src_markdown/* formatNumber */.ZV)(m.candidate),
        ]), [...(slices ? ["left"] : []), "left", "right", "right"]);
        parts.push((0,src_markdown/* details */.zH)(`Not re-scored: ${(0,src_markdown/* formatCount */.B4)(registered.length)} metric${registered.length === 1 ? "" : "s"} with the baseline's registered value, measured on other rows (not like-for-like)`, t));
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

;// CONCATENATED MODULE: ./packages/report/src/verdict.ts
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
        (target === "comment" ? LIMITS.comment : target === "checkRun" ? LIMITS.checkRun : LIMITS.summary);
    const ctx = makeContext(input, options, target);
    const marker = target === "comment" ? reportMarker(ctx.model, input.matrixCell) : null;
    // The marker is the hidden first line, as @mlops/github's upsertStickyComment writes it.
    const head = marker ? `${marker}\n` : "";
    const fitted = fitSections(buildSections(ctx), {
        limit: { ...limit, max: limit.max - measure(head, limit.measure) },
        describe: limit,
        fullReportUrl: fullReportUrl(input, target),
        fullReportLabel: target === "summary" ? "artifact" : "job summary",
    });
    const markdown = head + fitted.markdown;
    return {
        markdown,
        verdict: ctx.verdict,
        size: measure(markdown, limit.measure),
        trimmed: fitted.trimmed,
        marker,
        markerKey: marker ? reportMarkerKey(ctx.model, input.matrixCell) : null,
    };
}
/**
 * The check run's output: the verdict, metrics and data summary in `summary`, the details
 * (slices, params, data tables, run) in `text`; each within 65,535 bytes. No Mermaid here.
 */
function renderCheckRun(input, options = {}) {
    const ctx = makeContext(input, { ...options, historyLength: 0 }, "checkRun");
    const limit = options.limit ?? LIMITS.checkRun;
    const all = buildSections(ctx);
    const summaryIds = new Set(["header", "metrics", "residuals", "data-summary"]);
    const url = fullReportUrl(input, "checkRun");
    const summary = fitSections(all.filter((s) => summaryIds.has(s.id)), { limit, fullReportUrl: url, fullReportLabel: "job summary" }).markdown;
    const rest = all.filter((s) => !summaryIds.has(s.id) && s.id !== "footer");
    const detailText = rest.length
        ? fitSections(rest, { limit, fullReportUrl: url, fullReportLabel: "job summary" }).markdown
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
    const main = metrics.filter((m) => !m.slice).sort(compareMetricRows);
    const slices = metrics.filter((m) => m.slice).sort(compareMetricRows);
    return {
        input,
        model: modelOf(input),
        verdict: verdictOf(input),
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
    const failing = gated.filter(isFailing);
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
                const failing = gated.filter(isFailing);
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
                const failingSlices = slices.filter(isFailing).length;
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
            const artifact = comparison ? artifactLine(comparison) : null;
            if (artifact)
                sub.push(artifact);
            const scan = comparison ? scanLine(comparison) : null;
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
        const t = metricTable(main);
        const notable = main.filter((m) => m.status !== "pass" && m.status !== "info").length;
        return {
            id: "metrics",
            priority: 100,
            rows: main.length,
            softRows: Math.max(notable, 150),
            minRows: 1,
            dropped: `the metrics table (${main.length} metrics)`,
            render: (rows, notice) => metricTableMarkdown(t, main, { rows, notice, noun: "metrics", legend: true }),
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
            return rows < names.length ? `${t}\n\n${notice(render_plural(names.length - rows, "more metric"))}` : t;
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
    const markdown = ctx.input.comparison ? residualsMarkdown(ctx.input.comparison) : null;
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
    const failing = slices.filter(isFailing).length;
    const t = metricTable(slices, { slices: true });
    const summary = failing
        ? `Per-slice results: <b>${failing} of ${slices.length} fail</b> (worst first)`
        : `Per-slice results: ${slices.length} checks, none fail (worst first)`;
    return {
        id: "slices",
        priority: 30,
        rows: slices.length,
        softRows: 25,
        dropped: `per-slice results (${slices.length} checks)`,
        render: (rows, notice) => (0,src_markdown/* details */.zH)(summary, metricTableMarkdown(t, slices, { rows, notice, noun: "slice checks" })),
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
        : chartVersions(input.history, options.historyLength, baselineVersion);
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
    const charts = historyCharts(series, versions, {
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
                const more = n < changed.length ? `\n\n${notice(render_plural(changed.length - n, "more changed param"))}` : "";
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
            const more = n < rows.length ? `\n\n${notice(render_plural(rows.length - n, "more param"))}` : "";
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
            dropped: render_plural(failedChecks.length, "failed schema check"),
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
                    ? `\n\n${notice(`${render_plural(failedChecks.length - n, "more failed check")}`)}`
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
            dropped: render_plural(anomalies.length, "data anomaly", "data anomalies"),
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
                    ? `\n\n${notice(render_plural(anomalies.length - n, "more anomaly", "more anomalies"))}`
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
                    parts.push(notice(`${render_plural(cols.length - n, "more column")} of the drift table`));
                return parts.join("\n\n");
            },
        });
    }
    return out;
}
function render_plural(n, one, many = `${one}s`) {
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


;// CONCATENATED MODULE: ./packages/report/src/deliver.ts






const PR_EVENTS = new Set(["pull_request", "pull_request_target", "pull_request_review", "workflow_run"]);
/** Artifact names may not contain `" : < > | * ? \ /` or line breaks. */
function artifactSlug(s) {
    return (s
        .replace(/[^A-Za-z0-9._-]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 80) || "report");
}
function forkArtifactName(model, matrixCell) {
    return `mlops-pr-report-${artifactSlug(model)}${matrixCell ? `-${artifactSlug(matrixCell)}` : ""}`;
}
/** Links for the footer and notices: this run (or the PR run a workflow_run follows), the repository. */
function defaultLinks(ctx, event) {
    const repositoryUrl = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : null;
    const triggering = event.workflow_run?.html_url;
    const run = ctx.eventName === "workflow_run" && typeof triggering === "string" ? triggering : (0,src/* workflowRunUrl */.CX)(ctx);
    return { repositoryUrl, workflowRun: run, fullReport: run };
}
/** The pull request's head repository is a fork and the event gives a read-only token. */
function readOnlyFork(ctx, pr, event) {
    if (ctx.eventName !== "pull_request" && ctx.eventName !== "pull_request_review")
        return false;
    if (pr?.fork)
        return true;
    const head = event.pull_request?.head;
    return head?.repo?.fork === true && head.repo.full_name !== ctx.repository;
}
function isPermissionDenied(error) {
    return (0,github_src.statusOf)(error) === 403 && !(0,github_src.isRateLimited)(error);
}
async function deliverReport(options) {
    const { ctx, logger, client, input } = options;
    const model = input.model ?? input.comparison?.model ?? "model";
    const result = {
        verdict: verdictOf(input),
        pullRequest: null,
        comment: null,
        checkRun: null,
        forkArtifact: null,
        summaryWritten: false,
    };
    if (options.summary) {
        await options.appendSummary(renderReport(input, { target: "summary" }).markdown);
        result.summaryWritten = true;
    }
    if (!options.comment && !options.check)
        return result;
    if (!client) {
        logger.warning("no token: the pull-request comment and the check run are skipped (pass token: ${{ github.token }})");
        return result;
    }
    if (!ctx.repository) {
        logger.warning("GITHUB_REPOSITORY is not set: the pull-request comment and the check run are skipped");
        return result;
    }
    const [owner, repo] = ctx.repository.split("/");
    const onPr = ctx.eventName !== null && PR_EVENTS.has(ctx.eventName);
    const pr = onPr
        ? await (0,github_src.findPullRequest)(client, { ctx, event: options.event, eventName: ctx.eventName, logger })
        : null;
    result.pullRequest = pr;
    if (ctx.eventName === "workflow_run" && !pr) {
        logger.notice("no open pull request matches the run this workflow follows: nothing posted");
        return result;
    }
    if (pr && readOnlyFork(ctx, pr, options.event)) {
        logger.notice(`pull request #${pr.number} comes from the fork ${pr.headRepository}: its token is read-only, so the report is saved as an artifact for a workflow_run workflow to post (see .github/workflows/ml-pr-comment.yml)`);
        result.forkArtifact = await writeForkArtifact(options, model, pr);
        return result;
    }
    if (options.comment && pr) {
        const rendered = renderReport(input, { target: "comment" });
        try {
            const r = await (0,github_src.upsertStickyComment)(client, {
                owner,
                repo,
                pr: pr.number,
                marker: rendered.markerKey,
                body: rendered.markdown,
                botLogin: options.commentAuthor ?? github_src.GITHUB_ACTIONS_LOGIN,
                logger,
                ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
            });
            result.comment = { id: r.comment.id, url: r.comment.html_url, action: r.action };
            if (r.action === "unchanged")
                logger.info(`The comment ${r.comment.html_url} is up to date`);
        }
        catch (error) {
            if (!isPermissionDenied(error))
                throw error;
            logger.warning(`${error.message} — the report is saved as an artifact instead (a workflow_run workflow can post it; see .github/workflows/ml-pr-comment.yml)`);
            result.forkArtifact = await writeForkArtifact(options, model, pr);
            return result;
        }
    }
    else if (options.comment) {
        logger.info(`not a pull request (${ctx.eventName ?? "no event"}): no comment, summary and check run only`);
    }
    if (options.check) {
        const headSha = pr?.headSha ?? ctx.sha;
        if (!headSha) {
            logger.warning("no commit to attach the check run to (GITHUB_SHA is not set)");
            return result;
        }
        const out = renderCheckRun(input);
        try {
            const run = await (0,github_src.createCheckRun)(client, {
                owner,
                repo,
                name: out.name,
                headSha,
                status: "completed",
                conclusion: out.conclusion,
                title: out.title,
                summary: out.summary,
                ...(out.text ? { text: out.text } : {}),
                ...(input.links?.workflowRun ? { detailsUrl: input.links.workflowRun } : {}),
                externalId: `mlops-report:${ctx.repository}:${ctx.runId ?? "local"}:${ctx.runAttempt ?? 1}:${out.name}`,
                logger,
                ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
            });
            result.checkRun = { id: run.id, url: run.html_url };
            logger.info(`Check run "${out.name}": ${out.conclusion}${run.html_url ? ` (${run.html_url})` : ""}`);
        }
        catch (error) {
            if (!isPermissionDenied(error))
                throw error;
            logger.warning(`${error.message} — no check run was created`);
        }
    }
    return result;
}
/**
 * The bundle for the follow-up workflow: the documents (comparison.json, validation.json,
 * run-record.json: what report-metrics reads there), the rendered comment (comment.md) and
 * pr.json {kind: "mlops.pr-report", version: 1, model, pullRequest, headSha, …} — claims the
 * follow-up checks against the API before posting.
 */
async function writeForkArtifact(options, model, pr) {
    const { logger, input } = options;
    const name = forkArtifactName(model, input.matrixCell);
    const directory = external_node_path_default().join(options.tempDir, name);
    await external_node_fs_.promises.rm(directory, { recursive: true, force: true });
    await external_node_fs_.promises.mkdir(directory, { recursive: true });
    const files = [];
    const put = async (file, content) => {
        const target = external_node_path_default().join(directory, file);
        await external_node_fs_.promises.writeFile(target, content);
        files.push(target);
    };
    const docs = options.documentFiles ?? {};
    const copies = [
        [docs.comparison, "comparison.json"],
        [docs.validation, "validation.json"],
        [docs.run, "run-record.json"],
    ];
    for (const [source, target] of copies)
        if (source)
            await put(target, await external_node_fs_.promises.readFile(source));
    const rendered = renderReport(input, { target: "comment" });
    await put("comment.md", rendered.markdown);
    const check = renderCheckRun(input);
    await put("pr.json", JSON.stringify({
        kind: "mlops.pr-report",
        version: 1,
        model,
        matrixCell: input.matrixCell ?? null,
        pullRequest: pr.number,
        headSha: pr.headSha,
        headRepository: pr.headRepository,
        marker: rendered.markerKey,
        conclusion: check.conclusion,
        title: check.title,
        runId: options.ctx.runId,
    }, null, 2) + "\n");
    if (!options.artifacts) {
        logger.warning(`the report bundle is in ${directory} but was not uploaded: ${options.artifactsUnavailable ?? "artifact uploads are not available here"}`);
        return { name, directory, id: null, uploaded: false };
    }
    try {
        const uploaded = await options.artifacts.upload(name, directory, files);
        logger.notice(`Saved the report for pull request #${pr.number} as the artifact ${name}`);
        return { name, directory, id: uploaded.id, uploaded: true };
    }
    catch (error) {
        const message = error.message ?? String(error);
        if (!/\(409\)|already exists/i.test(message))
            throw error;
        logger.warning(`an artifact named ${name} already exists in this workflow run (another step, or a matrix cell without 'matrix-cell', wrote it): this report stays in ${directory}`);
        return { name, directory, id: null, uploaded: false };
    }
}
/**
 * The newest `count` registered versions of the model, for the history chart. The registry is
 * loaded only here (lazily); a model that is not registered yet, or a registry that cannot be
 * read, gives no chart and a warning, never a failed report.
 */
async function loadHistory(options) {
    if (options.count <= 0)
        return { versions: [], kind: null };
    try {
        const { openRegistry, registryOptionsFrom } = await __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 7254));
        // The history reads the index only (no version's files), so no artifact store is named here.
        const registry = await openRegistry(registryOptionsFrom(null, { backend: options.backend, path: options.path, token: options.token }, { ctx: options.ctx, logger: options.logger }));
        const models = await registry.listModels();
        if (!models.some((m) => m.name === options.model)) {
            options.logger.info(`history: ${options.model} has no registered version yet`);
            return { versions: [], kind: registry.kind };
        }
        const all = await registry.list(options.model);
        return { versions: all.slice(-options.count), kind: registry.kind };
    }
    catch (error) {
        options.logger.warning(`history chart skipped: the registry could not be read (${error.message})`);
        return { versions: [], kind: null };
    }
}
/** The footer's registry link for the baseline version (a release page for the GitHub registry). */
function registryLink(ctx, input, kind) {
    const b = input.comparison?.baseline;
    const model = input.model ?? input.comparison?.model;
    if (!b || b.version === null || !model)
        return null;
    const label = `registry: ${model} v${b.version}${b.alias ? ` (${b.alias})` : ""}`;
    const url = kind === "github" && ctx.repository
        ? `${ctx.serverUrl}/${ctx.repository}/releases/tag/${encodeURIComponent(`${model}-v${b.version}`)}`
        : null;
    return { label, url };
}

;// CONCATENATED MODULE: ./packages/report/src/report-step.ts




async function runReportStep(options, deps) {
    const { ctx, logger } = deps;
    const [comparison, validation, run] = await Promise.all([
        options.comparison ? (0,src/* readDocument */.u0)("mlops.comparison", options.comparison) : null,
        options.validation ? (0,src/* readDocument */.u0)("mlops.validation", options.validation) : null,
        options.run ? (0,src/* readDocument */.u0)("mlops.run", options.run) : null,
    ]);
    const model = options.model ?? comparison?.model ?? null;
    if (!model)
        throw new src/* ConfigurationError */.j1("report-metrics: which model is this? Give the input 'model' (or a comparison, which names it)", { code: "input-missing" });
    if (comparison && options.model && comparison.model !== options.model)
        throw new src/* ConfigurationError */.j1(`the comparison ${options.comparison} is for model '${comparison.model}', but the input 'model' is '${options.model}'`, { code: "input-mismatch" });
    const event = await (0,github_src.readEventPayload)(ctx.eventPath);
    const history = await loadHistory({
        model,
        count: options.history,
        backend: options.registry,
        ctx,
        logger,
        ...(options.registryPath ? { path: options.registryPath } : {}),
        ...(options.token ? { token: options.token } : {}),
    });
    const input = {
        comparison,
        validation,
        run,
        model,
        matrixCell: options.matrixCell,
        history: history.versions,
    };
    input.links = { ...defaultLinks(ctx, event), registryVersion: registryLink(ctx, input, history.kind) };
    return await deliverReport({
        input,
        documentFiles: { comparison: options.comparison, validation: options.validation, run: options.run },
        ctx,
        logger,
        client: deps.client,
        event,
        comment: options.comment,
        summary: options.summary,
        check: options.check,
        ...(options.commentAuthor ? { commentAuthor: options.commentAuthor } : {}),
        appendSummary: deps.appendSummary,
        artifacts: deps.artifacts,
        artifactsUnavailable: deps.artifactsUnavailable ?? null,
        tempDir: ctx.runnerTemp ?? external_node_path_default().join(ctx.workspace, ".mlops", "tmp"),
        ...(deps.retryDelayMs !== undefined ? { retryDelayMs: deps.retryDelayMs } : {}),
    });
}


/***/ })

};
