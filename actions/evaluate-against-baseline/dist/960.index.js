export const id = 960;
export const ids = [960];
export const modules = {

/***/ 12712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   LE: () => (/* binding */ rowDecimals),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   vy: () => (/* binding */ formatInterval),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports WORD_JOINER, DEFAULT_MAX_TEXT, wellFormed, plain, truncate, neutralizeReferences, html, mermaidText, safeUrl, link, mermaidNumber */
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
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, p);
        return rel === ".." || rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel) ? null : rel;
    };
    const rel = inside(workspace);
    if (rel !== null)
        return rel === "" ? "." : rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join("/");
    for (const temp of options.tempDirs ?? [])
        if (temp && inside(temp) !== null)
            return node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(p);
    return p;
}


/***/ }),

/***/ 44745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   YR: () => (/* binding */ hashNumber),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   _t: () => (/* binding */ numberKind),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   sT: () => (/* binding */ fmix32),
/* harmony export */   yG: () => (/* binding */ parseBoolean),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/* unused harmony exports daysFromCivil, MISSING_TOKENS */
/*
 * Cell-level parsing straight from bytes: the hot path of every reader. Numbers, dates and
 * booleans are recognised without creating a string per cell; strings are created only for
 * cells that are text and only where a check needs them.
 */
const POW10 = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
];
/** Kind of the last value parseNumber recognised: 0 not a number, 1 integer, 2 decimal. */
let numberKind = 0;
const latin1 = new TextDecoder("latin1");
/**
 * Parses a decimal number (`-12`, `3.5`, `.5`, `1e-3`) from bytes, correctly rounded as
 * Number() would (Clinger's fast path, else Number() on the text). Values with a leading zero
 * (`007`, zip codes) are not numbers: they are identifiers and stay text. Sets numberKind.
 */
function parseNumber(buf, start, end) {
    numberKind = 0;
    let i = start;
    if (i >= end)
        return NaN;
    const sign = buf[i];
    let negative = false;
    if (sign === 45 || sign === 43) {
        negative = sign === 45;
        i++;
        if (i >= end)
            return NaN;
    }
    let c;
    let mantissa = 0;
    let digits = 0;
    let significant = 0;
    let fraction = 0;
    let kind = 1;
    const intStart = i;
    while (i < end) {
        c = buf[i] - 48;
        if (c < 0 || c > 9)
            break;
        if (significant > 0 || c !== 0)
            significant++;
        mantissa = mantissa * 10 + c;
        digits++;
        i++;
    }
    if (digits > 1 && buf[intStart] === 48)
        return NaN; // leading zero: an identifier
    if (i < end && buf[i] === 46) {
        kind = 2;
        i++;
        while (i < end) {
            c = buf[i] - 48;
            if (c < 0 || c > 9)
                break;
            if (significant > 0 || c !== 0)
                significant++;
            mantissa = mantissa * 10 + c;
            digits++;
            fraction++;
            i++;
        }
    }
    if (digits === 0)
        return NaN;
    let exponent = 0;
    if (i < end && (buf[i] === 101 || buf[i] === 69)) {
        kind = 2;
        i++;
        let expNegative = false;
        if (i < end && (buf[i] === 45 || buf[i] === 43)) {
            expNegative = buf[i] === 45;
            i++;
        }
        const expStart = i;
        while (i < end) {
            c = buf[i] - 48;
            if (c < 0 || c > 9)
                break;
            if (exponent < 100000)
                exponent = exponent * 10 + c;
            i++;
        }
        if (i === expStart)
            return NaN;
        if (expNegative)
            exponent = -exponent;
    }
    if (i !== end)
        return NaN;
    let value;
    const scale = exponent - fraction;
    if (significant <= 15 && scale >= -22 && scale <= 22) {
        value = scale < 0 ? mantissa / POW10[-scale] : mantissa * POW10[scale];
    }
    else {
        value = Number(latin1.decode(buf.subarray(negative || buf[start] === 43 ? start + 1 : start, end)));
        if (!Number.isFinite(value))
            return NaN;
    }
    if (kind === 1 && !Number.isSafeInteger(value))
        kind = 2;
    numberKind = kind;
    return negative ? -value : value;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
let lastYear = -1;
let lastMonth = -1;
let lastDay = -1;
let lastDayMs = 0;
function twoDigits(buf, i) {
    const a = buf[i] - 48;
    const b = buf[i + 1] - 48;
    if (a < 0 || a > 9 || b < 0 || b > 9)
        return -1;
    return a * 10 + b;
}
/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/**
 * ISO 8601 date or date-time from bytes: `YYYY-MM-DD`, optionally `T` or space, `HH:MM`,
 * `:SS`, `.fff`, and `Z` or `±HH:MM`. Returns epoch milliseconds (UTC; a time without an offset
 * is read as UTC), or NaN when the cell is not such a date.
 */
function parseDate(buf, start, end) {
    const len = end - start;
    if (len < 10 || len > 35)
        return NaN;
    const y1 = twoDigits(buf, start);
    const y2 = twoDigits(buf, start + 2);
    if (y1 < 0 || y2 < 0 || buf[start + 4] !== 45 || buf[start + 7] !== 45)
        return NaN;
    const year = y1 * 100 + y2;
    const month = twoDigits(buf, start + 5);
    const day = twoDigits(buf, start + 8);
    if (month < 1 || month > 12 || day < 1)
        return NaN;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (day > DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0))
        return NaN;
    // Consecutive cells often share the day: reuse the last day's computation.
    if (year !== lastYear || month !== lastMonth || day !== lastDay) {
        lastYear = year;
        lastMonth = month;
        lastDay = day;
        lastDayMs = daysFromCivil(year, month, day) * 86_400_000;
    }
    let ms = lastDayMs;
    let i = start + 10;
    if (i === end)
        return ms;
    const sep = buf[i];
    if ((sep !== 84 && sep !== 32) || end - i < 6)
        return NaN;
    const hour = twoDigits(buf, i + 1);
    const minute = twoDigits(buf, i + 4);
    if (hour < 0 || hour > 23 || buf[i + 3] !== 58 || minute < 0 || minute > 59)
        return NaN;
    ms += hour * 3_600_000 + minute * 60_000;
    i += 6;
    if (i < end && buf[i] === 58) {
        if (end - i < 3)
            return NaN;
        const second = twoDigits(buf, i + 1);
        if (second < 0 || second > 59)
            return NaN;
        ms += second * 1000;
        i += 3;
        if (i < end && buf[i] === 46) {
            i++;
            let scale = 100;
            const fracStart = i;
            while (i < end && buf[i] >= 48 && buf[i] <= 57) {
                ms += (buf[i] - 48) * scale;
                scale /= 10;
                i++;
            }
            if (i === fracStart)
                return NaN;
        }
    }
    if (i === end)
        return ms;
    if (buf[i] === 90 && i + 1 === end)
        return ms;
    if ((buf[i] === 43 || buf[i] === 45) && end - i === 6 && buf[i + 3] === 58) {
        const oh = twoDigits(buf, i + 1);
        const om = twoDigits(buf, i + 4);
        if (oh < 0 || oh > 23 || om < 0 || om > 59)
            return NaN;
        const offset = (oh * 60 + om) * 60_000;
        return buf[i] === 43 ? ms - offset : ms + offset;
    }
    return NaN;
}
/** 1 for true/True/TRUE, 0 for false/False/FALSE, -1 otherwise. */
function parseBoolean(buf, start, end) {
    const len = end - start;
    if (len === 4) {
        const c = buf[start] | 32;
        if (c === 116 &&
            (buf[start + 1] | 32) === 114 &&
            (buf[start + 2] | 32) === 117 &&
            (buf[start + 3] | 32) === 101)
            return isCaseOk(buf, start, end) ? 1 : -1;
    }
    else if (len === 5) {
        const c = buf[start] | 32;
        if (c === 102 &&
            (buf[start + 1] | 32) === 97 &&
            (buf[start + 2] | 32) === 108 &&
            (buf[start + 3] | 32) === 115 &&
            (buf[start + 4] | 32) === 101)
            return isCaseOk(buf, start, end) ? 0 : -1;
    }
    return -1;
}
/** true, True and TRUE (not tRuE), as pandas and YAML accept. */
function isCaseOk(buf, start, end) {
    let upper = 0;
    for (let i = start + 1; i < end; i++)
        if (buf[i] < 97)
            upper++;
    return upper === 0 || upper === end - start - 1;
}
/** pandas' default NA strings (read_csv na_values), besides the empty cell. */
const MISSING_TOKENS = new Set([
    "#N/A",
    "#N/A N/A",
    "#NA",
    "-1.#IND",
    "-1.#QNAN",
    "-NaN",
    "-nan",
    "1.#IND",
    "1.#QNAN",
    "<NA>",
    "N/A",
    "NA",
    "NULL",
    "NaN",
    "None",
    "n/a",
    "nan",
    "null",
]);
/** True for an empty cell or one of MISSING_TOKENS. */
function isMissing(buf, start, end) {
    const len = end - start;
    if (len === 0)
        return true;
    if (len > 8)
        return false;
    const c = buf[start];
    if (c !== 35 && c !== 45 && c !== 49 && c !== 60 && c !== 78 && c !== 110)
        return false;
    return MISSING_TOKENS.has(latin1.decode(buf.subarray(start, end)));
}
/** FNV-1a over bytes, finished with murmur3's fmix32 so every bit avalanches (for HLL). */
function hashBytes(buf, start, end, seed = 0x811c9dc5) {
    let h = seed | 0;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ buf[i], 0x01000193);
    return fmix32(h ^ (end - start));
}
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Hash of a double's bits (0 and -0 alike). */
function hashNumber(value, seed = 0) {
    f64[0] = value === 0 ? 0 : value;
    return fmix32(Math.imul(u32[0] ^ seed, 0x9e3779b1) ^ fmix32(u32[1] + 0x7f4a7c15));
}
const utf8 = new TextDecoder("utf-8");
function decodeUtf8(buf, start, end) {
    return utf8.decode(buf.subarray(start, end));
}
/** ISO 8601 text of epoch milliseconds (UTC). */
function formatDate(ms) {
    return new Date(ms).toISOString();
}


/***/ }),

/***/ 79554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ CellKind),
/* harmony export */   _v: () => (/* binding */ planDictionary),
/* harmony export */   kW: () => (/* binding */ ColumnProfiler)
/* harmony export */ });
/* unused harmony exports QUANTILES, histogram */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44745);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5202);
/* harmony import */ var _sketches_distribution_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(217);
/* harmony import */ var _sketches_frequencies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30417);
/* harmony import */ var _sketches_hll_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54567);
/* harmony import */ var _sketches_moments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53942);






/** What one cell turned out to be. */
var CellKind;
(function (CellKind) {
    CellKind[CellKind["Missing"] = 0] = "Missing";
    CellKind[CellKind["Integer"] = 1] = "Integer";
    CellKind[CellKind["Number"] = 2] = "Number";
    CellKind[CellKind["Boolean"] = 3] = "Boolean";
    CellKind[CellKind["Datetime"] = 4] = "Datetime";
    CellKind[CellKind["Text"] = 5] = "Text";
})(CellKind || (CellKind = {}));
const encoder = new TextEncoder();
const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const HISTOGRAM_BINS = 20;
const TOP_VALUES = 10;
/**
 * One pass over a column: counts, moments, value distribution, text frequencies, date range.
 * Cells arrive as bytes (CSV) or JS values (JSON Lines, Parquet) and are classified once.
 */
class ColumnProfiler {
    name;
    exactLimit;
    rows = 0;
    missing = 0;
    integers = 0;
    decimals = 0;
    booleans = 0;
    datetimes = 0;
    texts = 0;
    moments = new _sketches_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .Moments */ .W();
    distribution;
    text;
    dateMin = Infinity;
    dateMax = -Infinity;
    dateHll = null;
    /** Distinct dates, exactly, until there are more than `exactLimit` of them (then null). */
    dateExact = new Set();
    lastDate = NaN;
    scratch = { bytes: new Uint8Array(256) };
    observer = null;
    /**
     * `exactLimit`: distinct values counted exactly before switching to sketches (the dataset
     * lowers it for wide files, so memory stays bounded whatever the column count).
     */
    constructor(name, exactLimit = 20_000) {
        this.name = name;
        this.exactLimit = exactLimit;
        this.distribution = new _sketches_distribution_js__WEBPACK_IMPORTED_MODULE_2__/* .Distribution */ .zm(exactLimit);
        this.text = new _sketches_frequencies_js__WEBPACK_IMPORTED_MODULE_3__/* .Frequencies */ .R(exactLimit, Math.min(2_000, exactLimit));
    }
    /** A CSV cell: buf[start, end) with the reader's field flags. */
    addField(buf, start, end, flags, line) {
        if (flags & _csv_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD_ESCAPED */ .vZ) {
            const len = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .unescapeField */ .HQ)(buf, start, end, this.scratch);
            this.addBytes(this.scratch.bytes, 0, len, line);
        }
        else
            this.addBytes(buf, start, end, line);
    }
    addBytes(buf, start, end, line) {
        const row = this.rows++;
        if (end - start === this.lastDateLength && this.sameAsLastDateBytes(buf, start, end)) {
            // The same text as the last timestamp: the same value, nothing to parse or update.
            this.datetimes++;
            this.observer?.cell(CellKind.Datetime, this.lastDate, buf, start, end, line, row);
            return;
        }
        const x = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumber */ .$J)(buf, start, end);
        if (_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberKind */ ._t !== 0) {
            if (_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberKind */ ._t === 1)
                this.integers++;
            else
                this.decimals++;
            this.moments.add(x);
            this.distribution.add(x);
            this.observer?.cell(_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberKind */ ._t, x, buf, start, end, line, row);
            return;
        }
        if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .isMissing */ .b2)(buf, start, end)) {
            this.missing++;
            this.observer?.cell(CellKind.Missing, NaN, buf, start, end, line, row);
            return;
        }
        const b = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG)(buf, start, end);
        if (b >= 0) {
            this.booleans++;
            this.text.addBytes(buf, start, end);
            this.observer?.cell(CellKind.Boolean, b, buf, start, end, line, row);
            return;
        }
        const d = this.parseDateCell(buf, start, end);
        if (d === d) {
            this.datetimes++;
            if (d !== this.lastDate) {
                if (d < this.dateMin)
                    this.dateMin = d;
                if (d > this.dateMax)
                    this.dateMax = d;
                this.addDate(d);
                this.lastDate = d;
            }
            this.observer?.cell(CellKind.Datetime, d, buf, start, end, line, row);
            return;
        }
        this.texts++;
        this.text.addBytes(buf, start, end);
        this.observer?.cell(CellKind.Text, NaN, buf, start, end, line, row);
    }
    /**
     * One dictionary-encoded page (Parquet): `indices` into a dictionary classified once by
     * planDictionary, `defs` the definition levels (a cell is present when defs[i] === maxDef; no
     * defs means all present). Statistics are updated once per distinct entry of the page, so a
     * cell costs a counter increment (plus the schema observer, when there is one).
     */
    addDictionaryPage(plan, indices, defs, maxDef, line0) {
        const counts = plan.counts;
        const observer = this.observer;
        const n = defs && defs.length ? defs.length : indices.length;
        const hasDefs = defs !== undefined && defs.length > 0;
        let j = 0;
        for (let i = 0; i < n; i++) {
            if (hasDefs && defs[i] !== maxDef) {
                this.addMissing(line0 + i);
                continue;
            }
            const e = indices[j++];
            counts[e]++;
            const row = this.rows++;
            if (observer !== null) {
                const bytes = plan.bytes[e];
                observer.cell(plan.kinds[e], plan.values[e], bytes ?? EMPTY, 0, bytes ? bytes.length : 0, line0 + i, row);
            }
        }
        for (let e = 0; e < counts.length; e++) {
            const c = counts[e];
            if (c === 0)
                continue;
            counts[e] = 0;
            const x = plan.values[e];
            switch (plan.kinds[e]) {
                case CellKind.Integer:
                case CellKind.Number:
                    if (plan.kinds[e] === CellKind.Integer)
                        this.integers += c;
                    else
                        this.decimals += c;
                    this.moments.addMany(x, c);
                    this.distribution.addCount(x, c);
                    break;
                case CellKind.Datetime:
                    this.datetimes += c;
                    if (x < this.dateMin)
                        this.dateMin = x;
                    if (x > this.dateMax)
                        this.dateMax = x;
                    this.addDate(x);
                    break;
                case CellKind.Boolean:
                    this.booleans += c;
                    this.text.addBytes(plan.bytes[e], 0, plan.bytes[e].length, c);
                    break;
                case CellKind.Text:
                    this.texts += c;
                    this.text.addBytes(plan.bytes[e], 0, plan.bytes[e].length, c);
                    break;
                default:
                    this.missing += c;
            }
        }
    }
    /** A number from a typed source (Parquet); NaN and infinities count as missing. */
    addNumber(value, line) {
        if (!Number.isFinite(value))
            return this.addMissing(line);
        const row = this.rows++;
        const kind = Number.isSafeInteger(value) ? CellKind.Integer : CellKind.Number;
        if (kind === CellKind.Integer)
            this.integers++;
        else
            this.decimals++;
        this.moments.add(value);
        this.distribution.add(value);
        this.observer?.cell(kind, value, EMPTY, 0, 0, line, row);
    }
    lastDateBytes = new Uint8Array(40);
    lastDateLength = -1;
    sameAsLastDateBytes(buf, start, end) {
        const len = end - start;
        if (len !== this.lastDateLength)
            return false;
        const last = this.lastDateBytes;
        for (let i = len - 1; i >= 0; i--)
            if (last[i] !== buf[start + i])
                return false;
        return true;
    }
    parseDateCell(buf, start, end) {
        const d = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._U)(buf, start, end);
        if (d === d) {
            this.lastDateBytes.set(buf.subarray(start, end));
            this.lastDateLength = end - start;
        }
        return d;
    }
    /** A typed value from JSON Lines or Parquet. */
    addValue(value, line) {
        if (typeof value === "number") {
            if (Number.isFinite(value)) {
                const row = this.rows++;
                const kind = Number.isSafeInteger(value) ? CellKind.Integer : CellKind.Number;
                if (kind === CellKind.Integer)
                    this.integers++;
                else
                    this.decimals++;
                this.moments.add(value);
                this.distribution.add(value);
                this.observer?.cell(kind, value, EMPTY, 0, 0, line, row);
                return;
            }
            return this.addMissing(line);
        }
        if (value === null || value === undefined)
            return this.addMissing(line);
        if (value instanceof Uint8Array)
            return this.addBytes(value, 0, value.length, line);
        if (typeof value === "bigint")
            return this.addValue(Number(value), line);
        if (typeof value === "boolean")
            return this.addText(value ? "true" : "false", line);
        if (value instanceof Date) {
            const ms = value.getTime();
            if (!Number.isFinite(ms))
                return this.addMissing(line);
            return this.addText((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(ms), line);
        }
        if (typeof value === "string")
            return this.addText(value, line);
        let text;
        try {
            text = JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
        }
        catch {
            text = "[unserialisable value]"; // e.g. nesting deeper than the stack
        }
        return this.addText(text, line);
    }
    /** A timestamp (epoch milliseconds) from a typed source such as a Parquet TIMESTAMP column. */
    addDatetime(ms, line) {
        const x = typeof ms === "bigint" ? Number(ms) : ms;
        if (typeof x !== "number" || !Number.isFinite(x))
            return this.addMissing(line);
        const row = this.rows++;
        this.datetimes++;
        this.lastDateLength = -1; // lastDate no longer belongs to lastDateBytes
        if (x !== this.lastDate) {
            if (x < this.dateMin)
                this.dateMin = x;
            if (x > this.dateMax)
                this.dateMax = x;
            this.addDate(x);
            this.lastDate = x;
        }
        this.observer?.cell(CellKind.Datetime, x, EMPTY, 0, 0, line, row);
    }
    addMissing(line) {
        const row = this.rows++;
        this.missing++;
        this.observer?.cell(CellKind.Missing, NaN, EMPTY, 0, 0, line, row);
    }
    addText(value, line) {
        const need = value.length * 3;
        if (this.scratch.bytes.length < need)
            this.scratch.bytes = new Uint8Array(need);
        const { written } = encoder.encodeInto(value, this.scratch.bytes);
        this.addBytes(this.scratch.bytes, 0, written, line);
    }
    /** Non-missing cells. */
    get count() {
        return this.rows - this.missing;
    }
    /** The inferred type (see README: a single non-numeric cell makes a column text). */
    inferType() {
        const count = this.count;
        if (count === 0)
            return "string";
        if (this.integers + this.decimals === count)
            return this.decimals === 0 ? "integer" : "number";
        if (this.booleans === count)
            return "boolean";
        if (this.datetimes === count)
            return "datetime";
        const distinct = this.text.distinct() + (this.integers + this.decimals > 0 ? this.distribution.distinct() : 0);
        if (this.text.exact && this.distribution.exact && distinct <= 50 && distinct * 2 <= count)
            return "categorical";
        return "string";
    }
    /** Text frequencies including numeric cells (as their canonical text), for a column typed string. */
    allFrequencies() {
        if (this.integers + this.decimals === 0)
            return this.text;
        const merged = _sketches_frequencies_js__WEBPACK_IMPORTED_MODULE_3__/* .Frequencies */ .R.from(this.text.toJSON());
        const counts = this.distribution.valueCounts();
        if (counts)
            for (const [v, c] of counts)
                merged.addString(String(v), c);
        return merged;
    }
    profile(type = this.inferType()) {
        const sketches = this.sketches();
        const freq = type === "string" || type === "categorical" ? this.allFrequencies() : this.text;
        return buildProfile(type, sketches, freq, this.distribution);
    }
    sketches() {
        return {
            rows: this.rows,
            missing: this.missing,
            kinds: {
                integer: this.integers,
                number: this.decimals,
                boolean: this.booleans,
                datetime: this.datetimes,
                text: this.texts,
            },
            moments: this.moments.toJSON(),
            distribution: this.distribution.toJSON(),
            text: this.text.toJSON(),
            dates: this.dateHll
                ? {
                    min: this.dateMin,
                    max: this.dateMax,
                    hll: this.dateHll.toJSON(),
                    ...(this.dateExact ? { exact: [...this.dateExact].sort((a, b) => a - b) } : {}),
                }
                : null,
        };
    }
    /** Adds another profile of the same column (another file of the dataset, or a saved profile). */
    merge(s) {
        this.rows += s.rows;
        this.missing += s.missing;
        this.integers += s.kinds.integer;
        this.decimals += s.kinds.number;
        this.booleans += s.kinds.boolean;
        this.datetimes += s.kinds.datetime;
        this.texts += s.kinds.text;
        this.moments.merge(s.moments);
        this.distribution.merge(s.distribution);
        this.text.merge(s.text);
        if (s.dates) {
            this.dateMin = Math.min(this.dateMin, s.dates.min);
            this.dateMax = Math.max(this.dateMax, s.dates.max);
            (this.dateHll ??= new _sketches_hll_js__WEBPACK_IMPORTED_MODULE_5__/* .HyperLogLog */ .l()).merge(_sketches_hll_js__WEBPACK_IMPORTED_MODULE_5__/* .HyperLogLog */ .l.from(s.dates.hll));
            if (!s.dates.exact)
                this.dateExact = null;
            else if (this.dateExact) {
                for (const d of s.dates.exact)
                    this.dateExact.add(d);
                if (this.dateExact.size > this.exactLimit)
                    this.dateExact = null;
            }
        }
    }
    addDate(x) {
        (this.dateHll ??= new _sketches_hll_js__WEBPACK_IMPORTED_MODULE_5__/* .HyperLogLog */ .l()).add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(x));
        if (this.dateExact) {
            this.dateExact.add(x);
            if (this.dateExact.size > this.exactLimit)
                this.dateExact = null;
        }
    }
    static fromSketches(name, s) {
        const p = new ColumnProfiler(name);
        p.merge(s);
        return p;
    }
    dateDistinct() {
        if (!this.dateHll)
            return 0;
        return this.dateExact
            ? this.dateExact.size
            : Math.min(Math.round(this.dateHll.estimate()), this.datetimes);
    }
}
const EMPTY = new Uint8Array(0);
const BOOL_TEXT = [encoder.encode("false"), encoder.encode("true")];
function planDictionary(dictionary, msPerUnit) {
    const n = dictionary.length;
    const plan = {
        kinds: new Uint8Array(n),
        values: new Float64Array(n),
        bytes: new Array(n).fill(null),
        counts: new Float64Array(n),
    };
    for (let e = 0; e < n; e++) {
        const v = dictionary[e];
        let kind = CellKind.Missing;
        let x = NaN;
        if (msPerUnit !== undefined) {
            x = Number(v) * msPerUnit;
            kind = Number.isFinite(x) ? CellKind.Datetime : CellKind.Missing;
        }
        else if (typeof v === "number" || typeof v === "bigint") {
            x = Number(v);
            kind = !Number.isFinite(x)
                ? CellKind.Missing
                : Number.isSafeInteger(x)
                    ? CellKind.Integer
                    : CellKind.Number;
        }
        else if (typeof v === "boolean") {
            kind = CellKind.Boolean;
            x = v ? 1 : 0;
            plan.bytes[e] = BOOL_TEXT[x];
        }
        else if (v instanceof Uint8Array || typeof v === "string") {
            const bytes = typeof v === "string" ? encoder.encode(v) : v;
            plan.bytes[e] = bytes;
            x = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumber */ .$J)(bytes, 0, bytes.length);
            if (_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberKind */ ._t !== 0)
                kind = _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberKind */ ._t;
            else if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .isMissing */ .b2)(bytes, 0, bytes.length))
                kind = CellKind.Missing;
            else if ((x = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG)(bytes, 0, bytes.length)) >= 0)
                kind = CellKind.Boolean;
            else if ((x = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._U)(bytes, 0, bytes.length)) === x)
                kind = CellKind.Datetime;
            else
                kind = CellKind.Text;
        }
        else if (v !== null && v !== undefined) {
            const bytes = encoder.encode(JSON.stringify(v, (_k, y) => (typeof y === "bigint" ? y.toString() : y)));
            plan.bytes[e] = bytes;
            kind = CellKind.Text;
        }
        plan.kinds[e] = kind;
        plan.values[e] = x;
    }
    return plan;
}
function round(x) {
    return Number.isFinite(x) ? x : 0;
}
/** Equal-width histogram of weighted points between min and max (numpy's rule: last bin closed). */
function histogram(w, min, max, bins) {
    let lo = min;
    let hi = max;
    if (lo === hi) {
        lo -= 0.5;
        hi += 0.5;
    }
    const edges = [];
    for (let i = 0; i <= bins; i++)
        edges.push(lo + ((hi - lo) * i) / bins);
    const counts = [];
    let previous = 0;
    for (let i = 1; i <= bins; i++) {
        const upTo = i === bins ? w.total : (0,_sketches_distribution_js__WEBPACK_IMPORTED_MODULE_2__/* .rankOf */ .IQ)(w, edges[i], false);
        counts.push(Math.max(0, Math.round(upTo - previous)));
        previous = upTo;
    }
    return { edges, counts };
}
function buildProfile(type, s, freq, dist) {
    const count = s.rows - s.missing;
    const profile = { type, count, missing: s.missing };
    if (type === "integer" || type === "number") {
        const m = _sketches_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .Moments */ .W.from(s.moments);
        profile.min = m.n ? m.min : null;
        profile.max = m.n ? m.max : null;
        profile.mean = m.n ? m.mean : null;
        profile.std = m.std();
        const w = dist.weighted();
        if (w.values.length) {
            profile.quantiles = Object.fromEntries(QUANTILES.map((q) => [String(q), round((0,_sketches_distribution_js__WEBPACK_IMPORTED_MODULE_2__/* .quantile */ .YV)(w, q))]));
            profile.histogram = histogram(w, m.min, m.max, HISTOGRAM_BINS);
            const counts = dist.valueCounts();
            if (counts) {
                profile.top = [...counts]
                    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
                    .slice(0, TOP_VALUES)
                    .map(([v, c]) => ({ value: String(v), count: c }));
            }
        }
        profile.distinct = dist.distinct();
    }
    else if (type === "datetime") {
        if (s.dates) {
            profile.min = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(s.dates.min);
            profile.max = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(s.dates.max);
            // Exact while small; an estimate can never exceed the number of dates seen.
            profile.distinct =
                s.dates.exact?.length ??
                    Math.min(Math.round(_sketches_hll_js__WEBPACK_IMPORTED_MODULE_5__/* .HyperLogLog */ .l.from(s.dates.hll).estimate()), s.kinds.datetime);
        }
    }
    else {
        profile.distinct = freq.distinct();
        profile.top = freq
            .entries()
            .slice(0, type === "categorical" ? 50 : TOP_VALUES)
            .map(([value, c]) => ({ value, count: c }));
    }
    profile.sketches = s;
    return profile;
}



/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ unescapeField),
/* harmony export */   ND: () => (/* binding */ formatCsvRecord),
/* harmony export */   cv: () => (/* binding */ CsvReader),
/* harmony export */   uU: () => (/* binding */ FIELD_QUOTED),
/* harmony export */   vZ: () => (/* binding */ FIELD_ESCAPED)
/* harmony export */ });
/* unused harmony export delimiterByte */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27211);



/** Bit flags per field. */
const FIELD_QUOTED = 1;
/** The quoted field contains doubled quotes: its bytes need unescapeField before use. */
const FIELD_ESCAPED = 2;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const INCOMPLETE = -1;
/** Copies a field's content with doubled quotes collapsed into `out` (resized as needed). */
function unescapeField(buf, start, end, out) {
    if (out.bytes.length < end - start)
        out.bytes = new Uint8Array(Math.max(end - start, out.bytes.length * 2));
    const dst = out.bytes;
    let w = 0;
    for (let i = start; i < end; i++) {
        const c = buf[i];
        dst[w++] = c;
        if (c === QUOTE && buf[i + 1] === QUOTE)
            i++;
    }
    return w;
}
function delimiterByte(delimiter, file) {
    const d = delimiter ?? ",";
    const byte = d === "\\t" ? 9 : d.charCodeAt(0);
    if ((d.length !== 1 && d !== "\\t") || byte > 127 || byte === QUOTE || byte === LF || byte === CR) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("unknown-format", `delimiter must be one ASCII character other than a quote or newline, found ${JSON.stringify(d)}`, { file });
    }
    return byte;
}
class CsvReader {
    file;
    delim;
    chunk;
    maxRow;
    maxColumns;
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    flags = new Uint8Array(64);
    buf;
    line = 1;
    columns = -1;
    /** Field count of the record parse() completed last. */
    fields = 0;
    rowLine = 1;
    constructor(file, options = {}) {
        this.file = file;
        this.delim = delimiterByte(options.delimiter, file);
        this.chunk = options.chunkBytes ?? 1 << 20;
        this.maxRow = options.maxRowBytes ?? 64 << 20;
        this.maxColumns = options.maxColumns ?? 10_000;
        this.buf = Buffer.allocUnsafe(this.chunk * 2);
    }
    async read(sink, range) {
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(this.file, "r");
        }
        catch (error) {
            const code = error.code;
            if (code === "ENOENT")
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("file-not-found", "file not found", { file: this.file });
            if (code === "EISDIR")
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("file-not-found", "expected a file, found a directory", { file: this.file });
            throw error;
        }
        try {
            return await this.readFrom(handle, sink, range);
        }
        finally {
            await handle.close();
        }
    }
    async readFrom(handle, sink, range) {
        let filled = 0;
        let pos = 0;
        let validated = 0;
        let eof = false;
        let consumed = range?.start ?? 0; // bytes before buf[0]
        let filePos = consumed;
        let first = consumed === 0;
        let sawHeader = false;
        const stopAt = range ? range.end : Infinity;
        let afterLf = true; // the next record follows a line feed (or starts the range)
        if (range?.header) {
            sawHeader = true;
            this.columns = range.header.length;
            sink.header(range.header);
        }
        if (consumed >= stopAt)
            return { end: consumed, lines: 0 };
        reading: while (true) {
            if (!eof) {
                if (filled + this.chunk > this.buf.length) {
                    // Compact, then grow if one record fills the buffer.
                    if (pos > 0) {
                        this.buf.copy(this.buf, 0, pos, filled);
                        consumed += pos;
                        filled -= pos;
                        validated -= pos;
                        pos = 0;
                    }
                    if (filled + this.chunk > this.buf.length) {
                        if (filled >= this.maxRow) {
                            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("line-too-long", `a record is longer than ${this.maxRow} bytes (maxRowBytes); is this a CSV file?`, {
                                file: this.file,
                                line: this.line,
                            });
                        }
                        const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, this.maxRow + this.chunk * 2));
                        this.buf.copy(bigger, 0, 0, filled);
                        this.buf = bigger;
                    }
                }
                const { bytesRead } = await handle.read(this.buf, filled, this.chunk, filePos);
                if (bytesRead === 0)
                    eof = true;
                filled += bytesRead;
                filePos += bytesRead;
                if (first) {
                    first = false;
                    if (filled === 0)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("empty-file", "the file is empty (expected a header line)", {
                            file: this.file,
                            line: 1,
                        });
                    if (filled >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf)
                        pos = validated = 3;
                }
                // Validate complete lines only, so a character split across reads is not an error.
                const cut = eof ? filled : this.buf.lastIndexOf(LF, filled - 1) + 1;
                if (cut > validated) {
                    this.checkBytes(validated, cut, pos);
                    validated = cut;
                }
            }
            // Parse every complete record in the buffer.
            while (pos < filled) {
                if (afterLf && consumed + pos >= stopAt)
                    break reading;
                const next = this.parse(pos, filled, eof);
                if (next === INCOMPLETE)
                    break;
                const n = this.fields;
                pos = next;
                afterLf = this.buf[next - 1] === LF;
                if (n === 1 && this.ends[0] === this.starts[0] && this.flags[0] === 0)
                    continue; // blank line
                if (!sawHeader) {
                    sawHeader = true;
                    this.columns = n;
                    sink.header(this.headerNames(n));
                    continue;
                }
                if (n !== this.columns)
                    sink.ragged(this.rowLine, n, this.columns);
                else
                    sink.row(this.buf, this.starts, this.ends, this.flags, this.rowLine);
            }
            sink.progress?.(consumed + pos);
            if (eof && pos >= filled)
                break;
            if (eof && pos < filled) {
                // parse() reports errors at EOF itself; reaching here means nothing more to read.
                break;
            }
        }
        if (!sawHeader)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("empty-file", "the file has no header line", { file: this.file, line: 1 });
        return { end: consumed + pos, lines: this.line - 1 };
    }
    /** Rejects invalid UTF-8 and NUL bytes in buf[from, to) with their line and column. */
    checkBytes(from, to, pos) {
        const region = this.buf.subarray(from, to);
        const nul = region.indexOf(0);
        const ok = (0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(region);
        if (nul === -1 && ok)
            return;
        let bad = nul === -1 ? Infinity : from + nul;
        if (!ok) {
            const decoder = new TextDecoder("utf-8", { fatal: true });
            // Find the first invalid byte by decoding growing prefixes line by line.
            let lineStart = from;
            while (lineStart < to) {
                let lineEnd = this.buf.indexOf(LF, lineStart);
                if (lineEnd === -1 || lineEnd >= to)
                    lineEnd = to;
                try {
                    decoder.decode(this.buf.subarray(lineStart, lineEnd));
                }
                catch {
                    let lo = lineStart;
                    let hi = lineEnd;
                    while (hi - lo > 1) {
                        const mid = (lo + hi) >> 1;
                        if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(this.buf.subarray(lineStart, mid)))
                            lo = mid;
                        else
                            hi = mid;
                    }
                    // lo is the longest valid prefix end (possibly mid-character): back up to its start.
                    let at = lo;
                    while (at > lineStart && (this.buf[at] & 0xc0) === 0x80)
                        at--;
                    bad = Math.min(bad, at);
                    break;
                }
                lineStart = lineEnd + 1;
            }
        }
        const { line, column } = this.locate(pos, bad);
        if (nul !== -1 && bad === from + nul) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("nul-byte", "NUL byte found: this looks like a binary file, not CSV text", {
                file: this.file,
                line,
                column,
            });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("invalid-utf8", "invalid UTF-8 (save the file as UTF-8)", {
            file: this.file,
            line,
            column,
        });
    }
    /** Physical line and byte column of buffer offset `at`, counting from the parse position. */
    locate(pos, at) {
        let line = this.line;
        let lineStart = pos;
        for (let i = pos; i < at; i++) {
            if (this.buf[i] === LF) {
                line++;
                lineStart = i + 1;
            }
        }
        return { line, column: at - lineStart + 1 };
    }
    headerNames(n) {
        if (n > this.maxColumns) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("too-many-columns", `${n} columns; at most ${this.maxColumns} are supported (maxColumns)`, {
                file: this.file,
                line: this.rowLine,
            });
        }
        const decoder = new TextDecoder("utf-8");
        const names = [];
        const seen = new Map();
        const scratch = { bytes: new Uint8Array(256) };
        for (let k = 0; k < n; k++) {
            let name;
            if (this.flags[k] & FIELD_ESCAPED) {
                const len = unescapeField(this.buf, this.starts[k], this.ends[k], scratch);
                name = decoder.decode(scratch.bytes.subarray(0, len));
            }
            else
                name = decoder.decode(this.buf.subarray(this.starts[k], this.ends[k]));
            name = name.trim();
            if (name === "")
                name = `Unnamed: ${k}`;
            const previous = seen.get(name);
            if (previous !== undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("duplicate-column", `duplicate column name ${JSON.stringify(name)} (also column ${previous + 1}); rename one of them`, {
                    file: this.file,
                    line: this.rowLine,
                    column: k + 1,
                });
            }
            seen.set(name, k);
            names.push(name);
        }
        return names;
    }
    grow() {
        const size = this.starts.length * 2;
        const s = new Int32Array(size);
        s.set(this.starts);
        this.starts = s;
        const e = new Int32Array(size);
        e.set(this.ends);
        this.ends = e;
        const f = new Uint8Array(size);
        f.set(this.flags);
        this.flags = f;
    }
    /**
     * Parses one record starting at `i`. Returns the offset after it, or INCOMPLETE when the
     * buffer ends inside it and more data may come. Sets this.fields, this.rowLine, this.line.
     */
    parse(i, end, eof) {
        const buf = this.buf;
        const delim = this.delim;
        const recordStart = i;
        let n = 0;
        let lines = 0;
        let starts = this.starts;
        let ends = this.ends;
        let flags = this.flags;
        for (;;) {
            if (n === starts.length) {
                if (n >= this.maxColumns + 1) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("too-many-columns", `more than ${this.maxColumns} fields in one record (maxColumns)`, {
                        file: this.file,
                        line: this.line + lines,
                    });
                }
                this.grow();
                starts = this.starts;
                ends = this.ends;
                flags = this.flags;
            }
            if (i < end && buf[i] === QUOTE) {
                const open = i;
                i++;
                const s = i;
                let escaped = 0;
                let q;
                for (;;) {
                    q = buf.indexOf(QUOTE, i);
                    if (q === -1 || q >= end) {
                        if (!eof)
                            return INCOMPLETE;
                        const where = this.locate(recordStart, open);
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("unterminated-quote", 'a quoted field is never closed (missing closing ")', {
                            file: this.file,
                            line: where.line,
                            column: where.column,
                        });
                    }
                    for (let j = buf.indexOf(LF, i); j !== -1 && j < q; j = buf.indexOf(LF, j + 1))
                        lines++;
                    if (q + 1 >= end && !eof)
                        return INCOMPLETE;
                    if (buf[q + 1] === QUOTE) {
                        escaped = FIELD_ESCAPED;
                        i = q + 2;
                        continue;
                    }
                    break;
                }
                starts[n] = s;
                ends[n] = q;
                flags[n] = FIELD_QUOTED | escaped;
                n++;
                i = q + 1;
                if (i >= end)
                    break; // eof
                const c = buf[i];
                if (c === delim) {
                    i++;
                    continue;
                }
                if (c === LF || c === CR)
                    break;
                const where = this.locate(recordStart, i);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("quote-in-field", `unexpected ${JSON.stringify(String.fromCharCode(c))} after a closing quote (quotes inside a field must be doubled: "")`, {
                    file: this.file,
                    line: where.line,
                    column: where.column,
                });
            }
            else {
                const s = i;
                while (i < end) {
                    const c = buf[i];
                    if (c === delim || c === LF || c === CR)
                        break;
                    i++;
                }
                starts[n] = s;
                ends[n] = i;
                flags[n] = 0;
                n++;
                if (i >= end) {
                    if (!eof)
                        return INCOMPLETE;
                    break;
                }
                if (buf[i] === delim) {
                    i++;
                    continue;
                }
                break;
            }
        }
        // End of record: i is at CR, LF, or end (eof).
        if (i < end) {
            if (buf[i] === CR) {
                if (i + 1 >= end && !eof)
                    return INCOMPLETE;
                i++;
                if (i < end && buf[i] === LF)
                    i++;
            }
            else
                i++;
            lines++;
        }
        this.fields = n;
        this.rowLine = this.line;
        this.line += lines;
        return i;
    }
}
/** RFC 4180 text of one record (quotes fields that need it), without the line break. */
function formatCsvRecord(fields, delimiter = ",") {
    return fields
        .map((f) => f.includes(delimiter) || f.includes('"') || f.includes("\n") || f.includes("\r") || f === ""
        ? `"${f.replaceAll('"', '""')}"`
        : f)
        .join(delimiter);
}


/***/ }),

/***/ 92302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   ib: () => (/* binding */ DatasetProfiler),
/* harmony export */   oq: () => (/* binding */ DATA_FORMATS),
/* harmony export */   sA: () => (/* binding */ resolveFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79554);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5202);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27211);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17120);
/* harmony import */ var _parquet_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18574);







const DATA_FORMATS = ["auto", "csv", "tsv", "jsonl", "parquet"];
/** The format of a file from its extension (or the explicit format). */
function detectFormat(file, format = "auto") {
    if (format !== "auto")
        return format;
    const ext = node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file).toLowerCase();
    if (ext === ".csv" || ext === ".txt")
        return "csv";
    if (ext === ".tsv" || ext === ".tab")
        return "tsv";
    if (ext === ".jsonl" || ext === ".ndjson")
        return "jsonl";
    if (ext === ".parquet" || ext === ".pq")
        return "parquet";
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .f("unknown-format", `cannot tell the format from the extension '${ext || "(none)"}'; set format: csv, tsv, jsonl or parquet`, { file });
}
/**
 * Expands paths and globs (one per entry) to files, in a stable order, without duplicates.
 * A directory means every data file below it. Nothing matching is an error naming the pattern.
 */
async function resolveFiles(patterns, cwd = process.cwd()) {
    const out = [];
    const seen = new Set();
    const push = (f) => {
        if (!seen.has(f)) {
            seen.add(f);
            out.push(f);
        }
    };
    for (const pattern of patterns) {
        if (/[*?[{]/.test(pattern)) {
            const matches = [];
            for await (const m of node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.glob(pattern, { cwd }))
                matches.push(String(m));
            const files = [];
            for (const m of matches.sort()) {
                const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, m)).catch(() => null);
                if (st?.isFile())
                    files.push(m);
            }
            if (files.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .f("no-files", `no file matches the pattern ${JSON.stringify(pattern)}`, {
                    file: pattern,
                });
            files.forEach(push);
            continue;
        }
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, pattern)).catch(() => null);
        if (!st)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .f("file-not-found", "file not found", { file: pattern });
        if (st.isDirectory()) {
            const entries = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, pattern), { recursive: true, withFileTypes: true }))
                .filter((e) => e.isFile() && /\.(csv|tsv|tab|jsonl|ndjson|parquet)$/i.test(e.name))
                .map((e) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(e.parentPath, e.name)))
                .sort();
            if (entries.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .f("no-files", "the directory holds no data files (.csv, .tsv, .jsonl, .parquet)", {
                    file: pattern,
                });
            entries.forEach(push);
        }
        else
            push(pattern);
    }
    return out;
}
class LimitReached extends Error {
}
/**
 * Profiles a dataset made of one or more files (the same columns in each) in one streaming
 * pass. Columns are matched by name across files.
 */
class DatasetProfiler {
    options;
    columns = new Map();
    rows = 0;
    ragged = [];
    formats = new Set();
    /** Exact counting per column, lowered for wide data: ~4 million exact entries in all. */
    exactLimit = 20_000;
    constructor(options = {}) {
        this.options = options;
    }
    /** Per-column exact limit (set from the first file's column count). */
    get exactDistinctLimit() {
        return this.exactLimit;
    }
    column(name) {
        let c = this.columns.get(name);
        if (!c) {
            c = new _column_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnProfiler */ .kW(name, this.exactLimit);
            // A column first seen now was missing in every earlier row.
            c.rows = this.rows;
            c.missing = this.rows;
            this.columns.set(name, c);
            this.options.onColumn?.(c);
        }
        return c;
    }
    matchColumns(file, names, allowNew) {
        if (this.columns.size > 0 && !allowNew) {
            const missing = [...this.columns.keys()].filter((n) => !names.includes(n));
            const extra = names.filter((n) => !this.columns.has(n));
            if (missing.length || extra.length) {
                const parts = [];
                if (missing.length)
                    parts.push(`lacks ${missing.map((n) => `'${n}'`).join(", ")}`);
                if (extra.length)
                    parts.push(`has extra ${extra.map((n) => `'${n}'`).join(", ")}`);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .f("columns-differ", `columns differ from the first file of the dataset: this file ${parts.join(" and ")}`, { file, line: 1 });
            }
        }
        if (this.columns.size === 0)
            this.exactLimit = Math.max(256, Math.min(20_000, Math.floor(4_000_000 / Math.max(1, names.length))));
        return names.map((n) => this.column(n));
    }
    /**
     * Reads one file (or, for CSV/TSV, the byte range `range` of it: see CsvRange), adding to the
     * profile. Returns where a range read stopped.
     */
    async read(file, range) {
        const format = detectFormat(file, this.options.format);
        this.formats.add(format);
        try {
            if (format === "csv" || format === "tsv")
                return await this.readCsv(file, format, range);
            else if (format === "jsonl")
                await this.readJsonl(file);
            else
                await this.readParquet(file);
        }
        catch (error) {
            if (error instanceof LimitReached)
                return undefined;
            throw error;
        }
        return undefined;
    }
    get limitReached() {
        return this.options.limitRows !== undefined && this.rows >= this.options.limitRows;
    }
    progress(bytes, file) {
        this.options.onProgress?.(this.rows, bytes, file);
    }
    async readCsv(file, format, range) {
        const reader = new _csv_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvReader */ .cv(file, {
            ...this.options,
            delimiter: this.options.delimiter ?? (format === "tsv" ? "\t" : ","),
        });
        let cols = [];
        let ragged = null;
        const limit = this.options.limitRows ?? Infinity;
        let lastBytes = 0;
        return await reader.read({
            header: (names) => {
                cols = this.matchColumns(file, names, false);
            },
            row: (buf, starts, ends, flags, line) => {
                if (this.rows >= limit)
                    throw new LimitReached();
                const n = cols.length;
                for (let k = 0; k < n; k++)
                    cols[k].addField(buf, starts[k], ends[k], flags[k], line);
                this.rows++;
            },
            ragged: (line, found, expected) => {
                if (!ragged)
                    this.ragged.push((ragged = { file, count: 0, samples: [] }));
                ragged.count++;
                if (ragged.samples.length < 5)
                    ragged.samples.push({ line, found, expected });
            },
            progress: (bytes) => {
                if (bytes - lastBytes >= 4 << 20) {
                    lastBytes = bytes;
                    this.progress(bytes, file);
                }
            },
        }, range);
    }
    async readJsonl(file) {
        const limit = this.options.limitRows ?? Infinity;
        let known = [];
        let knownNames = [];
        await (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_5__/* .readJsonLines */ .s)(file, (object, line) => {
            if (this.rows >= limit)
                throw new LimitReached();
            for (const key of Object.keys(object)) {
                if (!this.columns.has(key)) {
                    this.column(key);
                    knownNames = [...this.columns.keys()];
                    known = [...this.columns.values()];
                }
            }
            if (known.length !== this.columns.size) {
                knownNames = [...this.columns.keys()];
                known = [...this.columns.values()];
            }
            for (let k = 0; k < known.length; k++)
                known[k].addValue(object[knownNames[k]], line);
            this.rows++;
        }, { ...this.options, onProgress: (bytes) => this.progress(bytes, file) });
    }
    async readParquet(file) {
        let cols = [];
        let datetime = [];
        const limit = this.options.limitRows ?? Infinity;
        let fileRows = 0;
        const plans = new WeakMap();
        await (0,_parquet_js__WEBPACK_IMPORTED_MODULE_6__/* .readParquet */ .X)(file, {
            columns: (info) => {
                cols = this.matchColumns(file, info.map((c) => c.name), false);
                datetime = info.map((c) => c.datetime);
            },
            chunk: (column, values, rowStart, msPerUnit) => {
                const col = cols[column];
                const base = this.rows - fileRows; // rows of earlier files
                const room = limit - (base + rowStart);
                const n = Math.min(values.length, Math.max(0, room));
                if (msPerUnit !== undefined) {
                    for (let i = 0; i < n; i++) {
                        const v = values[i];
                        col.addDatetime(v === null || v === undefined ? null : Number(v) * msPerUnit, rowStart + i + 1);
                    }
                }
                else if (datetime[column])
                    for (let i = 0; i < n; i++)
                        col.addDatetime(values[i], rowStart + i + 1);
                else if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
                    for (let i = 0; i < n; i++)
                        col.addNumber(Number(values[i]), rowStart + i + 1);
                }
                else if (ArrayBuffer.isView(values)) {
                    const typed = values;
                    for (let i = 0; i < n; i++)
                        col.addNumber(typed[i], rowStart + i + 1);
                }
                else
                    for (let i = 0; i < n; i++)
                        col.addValue(values[i], rowStart + i + 1);
            },
            dictionaryPage: (column, dictionary, indices, defs, maxDef, rowStart, msPerUnit) => {
                const n = defs && defs.length ? defs.length : indices.length;
                const base = this.rows - fileRows;
                if (base + rowStart + n > limit) {
                    // Near the row limit: take the general path for the cells that fit.
                    const take = Math.max(0, limit - (base + rowStart));
                    const values = new Array(take);
                    for (let i = 0, j = 0; i < take; i++)
                        values[i] = defs && defs.length && defs[i] !== maxDef ? null : dictionary[indices[j++]];
                    if (msPerUnit !== undefined)
                        for (let i = 0; i < take; i++)
                            cols[column].addDatetime(values[i] === null ? null : Number(values[i]) * msPerUnit, rowStart + i + 1);
                    else
                        for (let i = 0; i < take; i++)
                            cols[column].addValue(values[i], rowStart + i + 1);
                    return n;
                }
                let plan = plans.get(dictionary);
                if (!plan)
                    plans.set(dictionary, (plan = (0,_column_js__WEBPACK_IMPORTED_MODULE_2__/* .planDictionary */ ._v)(dictionary, msPerUnit)));
                cols[column].addDictionaryPage(plan, indices, defs, maxDef, rowStart + 1);
                return n;
            },
            rowGroup: (rows) => {
                const take = Math.min(rows, limit - this.rows);
                this.rows += take;
                fileRows += take;
                this.progress(0, file);
                if (this.rows >= limit)
                    throw new LimitReached();
            },
        });
    }
}


/***/ }),

/***/ 27211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DataError)
/* harmony export */ });
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17198);

/** A malformed data file: the user's problem, so a ConfigurationError (message only, exit 1). */
class DataError extends _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    constructor(code, message, location) {
        const where = [location.file];
        if (location.line !== undefined)
            where.push(`line ${location.line}`);
        if (location.column !== undefined) {
            where.push(typeof location.column === "number" ? `column ${location.column}` : `column '${location.column}'`);
        }
        super(`${where.join(" ")}: ${message}`, { code, location });
    }
}


/***/ }),

/***/ 89960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CellKind: () => (/* reexport */ column/* CellKind */.B9),
  ColumnChecker: () => (/* reexport */ src_schema/* ColumnChecker */.qj),
  ColumnProfiler: () => (/* reexport */ column/* ColumnProfiler */.kW),
  CsvReader: () => (/* reexport */ csv/* CsvReader */.cv),
  DATA_FORMATS: () => (/* reexport */ src_dataset/* DATA_FORMATS */.oq),
  DRIFT_TESTS: () => (/* reexport */ DRIFT_TESTS),
  DataError: () => (/* reexport */ errors/* DataError */.f),
  DatasetProfiler: () => (/* reexport */ src_dataset/* DatasetProfiler */.ib),
  Distribution: () => (/* reexport */ distribution/* Distribution */.zm),
  FAIL_ON: () => (/* reexport */ FAIL_ON),
  FIELD_ESCAPED: () => (/* reexport */ csv/* FIELD_ESCAPED */.vZ),
  FIELD_QUOTED: () => (/* reexport */ csv/* FIELD_QUOTED */.uU),
  Frequencies: () => (/* reexport */ frequencies/* Frequencies */.R),
  HyperLogLog: () => (/* reexport */ hll/* HyperLogLog */.l),
  Kll: () => (/* reexport */ kll/* Kll */.O),
  Moments: () => (/* reexport */ moments/* Moments */.W),
  chi2Sf: () => (/* reexport */ chi2Sf),
  columnDrift: () => (/* reexport */ columnDrift),
  datasetChecks: () => (/* reexport */ src_schema/* datasetChecks */.eB),
  defaultTest: () => (/* reexport */ defaultTest),
  detectFormat: () => (/* reexport */ src_dataset/* detectFormat */.Tz),
  driftSample: () => (/* reexport */ driftSample),
  formatCsvRecord: () => (/* reexport */ csv/* formatCsvRecord */.ND),
  inferSchema: () => (/* reexport */ src_schema/* inferSchema */._A),
  kolmogorovSf: () => (/* reexport */ kolmogorovSf),
  ksPValue: () => (/* reexport */ ksPValue),
  logGamma: () => (/* reexport */ logGamma),
  normalSf: () => (/* reexport */ normalSf),
  parseDriftOption: () => (/* reexport */ parseDriftOption),
  quantile: () => (/* reexport */ distribution/* quantile */.YV),
  readJsonLines: () => (/* reexport */ jsonl/* readJsonLines */.s),
  readParquet: () => (/* reexport */ parquet/* readParquet */.X),
  renderSummary: () => (/* reexport */ renderSummary),
  resolveFiles: () => (/* reexport */ src_dataset/* resolveFiles */.sA),
  unescapeField: () => (/* reexport */ csv/* unescapeField */.HQ),
  validateData: () => (/* reexport */ validateData)
});

// EXTERNAL MODULE: ./packages/data/src/errors.ts
var errors = __webpack_require__(27211);
// EXTERNAL MODULE: ./packages/data/src/csv.ts
var csv = __webpack_require__(5202);
// EXTERNAL MODULE: ./packages/data/src/jsonl.ts
var jsonl = __webpack_require__(17120);
// EXTERNAL MODULE: ./packages/data/src/parquet.ts
var parquet = __webpack_require__(18574);
// EXTERNAL MODULE: ./packages/data/src/dataset.ts
var src_dataset = __webpack_require__(92302);
// EXTERNAL MODULE: ./packages/data/src/column.ts
var column = __webpack_require__(79554);
// EXTERNAL MODULE: ./packages/data/src/sketches/kll.ts
var kll = __webpack_require__(25138);
// EXTERNAL MODULE: ./packages/data/src/sketches/hll.ts
var hll = __webpack_require__(54567);
// EXTERNAL MODULE: ./packages/data/src/sketches/moments.ts
var moments = __webpack_require__(53942);
// EXTERNAL MODULE: ./packages/data/src/sketches/frequencies.ts
var frequencies = __webpack_require__(30417);
// EXTERNAL MODULE: ./packages/data/src/sketches/distribution.ts
var distribution = __webpack_require__(217);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-erfc/lib/index.js
var lib = __webpack_require__(30988);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammainc/lib/index.js
var math_base_special_gammainc_lib = __webpack_require__(55479);
var math_base_special_gammainc_lib_default = /*#__PURE__*/__webpack_require__.n(math_base_special_gammainc_lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammaln/lib/index.js
var math_base_special_gammaln_lib = __webpack_require__(67711);
var math_base_special_gammaln_lib_default = /*#__PURE__*/__webpack_require__.n(math_base_special_gammaln_lib);
;// CONCATENATED MODULE: ./packages/data/src/stats.ts
/*
 * Special functions and test distributions, ported to match SciPy 1.10 (scipy.stats.ks_2samp,
 * kstwo, chisquare, norm) to 1e-6 or better. Sources: scipy/stats/_stats_py.py (exact KS paths),
 * scipy/stats/_ksstats.py (Simard & L'Ecuyer's kolmogn), cephes kolmogorov.c (smirnov). The
 * special functions underneath (erfc, log Γ, the incomplete gamma) are @stdlib's; tails are computed
 * as upper tails, never as 1 − CDF, so tiny p-values stay representable.
 */



/** log Γ(x) (@stdlib's gammaln). */
const logGamma = (math_base_special_gammaln_lib_default());
/**
 * Survival function of the χ² distribution with k degrees of freedom: the regularised upper
 * incomplete gamma Q(k/2, x/2), computed as an upper tail.
 */
function chi2Sf(x, k) {
    if (Number.isNaN(x) || !(k > 0))
        return NaN;
    if (x <= 0)
        return 1;
    if (x === Infinity)
        return 0;
    return math_base_special_gammainc_lib_default()(x / 2, k / 2, true, true);
}
/** P(Z > z) for a standard normal Z: erfc(z/√2)/2, accurate far into the tail (Φ̄(9) = 1.13e-19). */
function normalSf(z) {
    return 0.5 * lib_default()(z / Math.SQRT2);
}
// ---------------------------------------------------------------------------------------------
// Two-sample Kolmogorov–Smirnov: exact paths (scipy _attempt_exact_2kssamp)
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** P(D_{n,n} ≥ h/n) (scipy _compute_prob_outside_square). */
function probOutsideSquare(n, h) {
    let P = 0;
    let k = Math.floor(n / h);
    while (k >= 0) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
        k--;
    }
    return 2 * P;
}
/** 1 − P(paths stay strictly inside |x/m − y/n| < h/lcm) (scipy _compute_outer_prob_inside_method). */
function outerProbInside(m0, n0, g, h) {
    let m = m0;
    let n = n0;
    if (m < n)
        [m, n] = [n, m];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    for (let j = minj; j < maxj; j++)
        A[j] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
        minj = Math.min(minj, n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            for (let t = maxj - minj; t < maxj - minj + (lastlen - curlen) && t < lenA; t++)
                A[t] = 1;
    }
    return A[maxj - minj - 1];
}
/**
 * scipy.stats.ks_2samp(a, b) (two-sided, method 'auto': exact when both samples have at most
 * 10,000 values, else kstwo.sf(d, round(n1·n2/(n1+n2)))). d is the statistic computed by the caller
 * from the two empirical CDFs.
 */
function ksPValue(d, n1, n2) {
    const MAX_AUTO_N = 10000;
    if (Math.max(n1, n2) <= MAX_AUTO_N) {
        const g = gcd(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = Math.round(d * lcm);
        const dExact = h / lcm;
        if (h === 0)
            return { statistic: dExact, pValue: 1, method: "exact" };
        const prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
        if (Number.isFinite(prob) && prob >= 0 && prob <= 1)
            return { statistic: dExact, pValue: prob, method: "exact" };
    }
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    const p = kolmogorovSf(Math.round(en), d);
    return { statistic: d, pValue: Math.min(1, Math.max(0, p)), method: "asymp" };
}
// ---------------------------------------------------------------------------------------------
// One-sample Kolmogorov distribution (scipy.stats.kstwo.sf = _kolmogn(n, x, cdf=False))
const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
// B_2j / (2j (2j-1)) for j = 8…1, as SciPy writes them (to double precision).
const STIRLING = [
    -2.955065359477124e-2, 6.41025641025641e-3, -1.917526917526917e-3, 8.417508417508417e-4,
    -5.952380952380952e-4, 7.936507936507937e-4, -2.777777777777778e-3, 8.333333333333333e-2,
];
function polyval(coeffs, x) {
    let r = 0;
    for (const c of coeffs)
        r = r * x + c;
    return r;
}
function logNFactorialDivNPowN(n) {
    const rn = 1 / n;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING, rn / n);
}
const clip = (p) => Math.min(1, Math.max(0, p));
function matmul(a, b, m) {
    const c = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                c[i * m + j] += aik * b[k * m + j];
        }
    return c;
}
/** Pr(D_n ≤ d), Durbin matrix (Marsaglia–Tsang–Wang). */
function kolmognDMTW(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1 - h ** j;
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let Hpwr = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        Hpwr[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H, m);
            expnt += Hexpnt;
        }
        H = matmul(H, H, m);
        Hexpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            Hexpnt += E128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            expnt -= E128;
        }
    }
    if (expnt !== 0)
        p = p * 2 ** expnt;
    return clip(p);
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pr(D_n ≤ x), Pomeranz recursion. */
function kolmognPomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    let expnt = 0;
    const gn = g / n;
    const g2n = (2 * g) / n;
    const om2gn = (1 - 2 * g) / n;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * gn) / m;
        twogpower[m] = (twogpower[m - 1] * g2n) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * om2gn) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let j1 = pomeranzJ1J2(0, n, ll, ceilf, roundf)[0];
    let j2;
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            // conv = np.convolve(V0[k1 - V0s : k1 - V0s + ln2], pwrs[:ln2])
            const a0 = k1 - V0s;
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            let max = 0;
            for (let q = 0; q < convLen; q++) {
                const idx = convStart + q; // index into the full convolution
                let s = 0;
                for (let a = Math.max(0, idx - (ln2 - 1)); a <= Math.min(idx, ln2 - 1); a++) {
                    const va = a0 + a >= 0 && a0 + a < V0.length ? V0[a0 + a] : 0;
                    s += va * pwrs[idx - a];
                }
                V1[q] = s;
                if (s > max)
                    max = s;
            }
            if (max > 0 && max < EM128) {
                for (let q = 0; q < V1.length; q++)
                    V1[q] *= EP128;
                expnt -= E128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > EP128) {
            ans *= EM128;
            expnt += E128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans = ans * 2 ** expnt;
    return clip(ans);
}
/** Pelz–Good approximation of Pr(D_n ≤ x). */
function kolmognPelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qlog = -PI2 / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qpower = q ** (8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const ks2 = k * k;
        const qp = q ** ks2;
        k2extra += ks2 * qp;
        const kspi = Math.PI * k;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ks2 * qp;
    }
    K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z3);
    K[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
/** One-sided Smirnov survival function Pr(D_n⁺ ≥ x) (Birnbaum–Tingey sum; all terms positive). */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    if (-2 * n * x * x < MIN_LOG)
        return 0;
    if (n > 1_000_000) {
        const logp = -((6 * n * x + 1) ** 2) / 18 / n;
        return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
    }
    const nx = n * x;
    const lastV = Math.floor(n * (1 - x));
    const logGn1 = logGamma(n + 1);
    let sum = 0;
    for (let v = 0; v <= lastV; v++) {
        const a = 1 - x - v / n;
        if (a <= 0)
            break;
        const b = x + v / n;
        const logTerm = logGn1 - logGamma(v + 1) - logGamma(n - v + 1) + (n - v) * Math.log(a) + (v - 1) * Math.log(b);
        const term = Math.exp(logTerm);
        sum += term;
        if (v > nx && term < sum * 1e-17)
            break;
    }
    return clip(x * sum);
}
/** scipy.stats.kstwo.sf(x, n): survival function of the two-sided one-sample KS statistic. */
function kolmogorovSf(n, x) {
    if (!(n > 0) || !Number.isInteger(n))
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= (i / n) * (2 * t - 1);
        }
        else
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        return clip(1 - prob);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693)
            return clip(1 - kolmognDMTW(n, x));
        if (nxsquared <= 4)
            return clip(1 - kolmognPomeranz(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nxsquared >= 370)
        return 0;
    if (nxsquared >= 2.2)
        return clip(2 * smirnovSf(n, x));
    let cdf;
    if (nxsquared >= 18)
        cdf = 1;
    else if (n <= 100000 && n * x ** 1.5 <= 1.4)
        cdf = kolmognDMTW(n, x);
    else
        cdf = kolmognPelzGood(n, x);
    return clip(1 - cdf);
}

;// CONCATENATED MODULE: ./packages/data/src/drift.ts

const DRIFT_TESTS = [
    "ks",
    "chi-square",
    "z",
    "wasserstein",
    "jensen-shannon",
    "psi",
];
const DEFAULT_THRESHOLDS = {
    ks: 0.05,
    "chi-square": 0.05,
    z: 0.05,
    wasserstein: 0.1,
    "jensen-shannon": 0.1,
    psi: 0.1,
};
/** Evidently's choice of test for a column (get_default_stattest). */
function defaultTest(kind, referenceN, distinctUnion) {
    if (referenceN <= 1000) {
        if (kind === "num" && distinctUnion > 5)
            return "ks";
        return distinctUnion > 2 ? "chi-square" : "z";
    }
    if (kind === "num" && distinctUnion > 5)
        return "wasserstein";
    return "jensen-shannon";
}
/** sup |F_a − F_b| over the union of support points (ECDFs right-continuous, as scipy). */
function ksStatistic(a, b) {
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    let d = 0;
    while (i < a.values.length || j < b.values.length) {
        const va = i < a.values.length ? a.values[i] : Infinity;
        const vb = j < b.values.length ? b.values[j] : Infinity;
        const x = Math.min(va, vb);
        while (i < a.values.length && a.values[i] === x)
            ca += a.weights[i++];
        while (j < b.values.length && b.values[j] === x)
            cb += b.weights[j++];
        const diff = Math.abs(ca / a.total - cb / b.total);
        if (diff > d)
            d = diff;
    }
    return d;
}
/** scipy.stats.wasserstein_distance: ∫ |F_a − F_b| dx. */
function wassersteinDistance(a, b) {
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    let sum = 0;
    let prev = NaN;
    let prevDiff = 0;
    while (i < a.values.length || j < b.values.length) {
        const va = i < a.values.length ? a.values[i] : Infinity;
        const vb = j < b.values.length ? b.values[j] : Infinity;
        const x = Math.min(va, vb);
        if (prev === prev)
            sum += prevDiff * (x - prev);
        while (i < a.values.length && a.values[i] === x)
            ca += a.weights[i++];
        while (j < b.values.length && b.values[j] === x)
            cb += b.weights[j++];
        prevDiff = Math.abs(ca / a.total - cb / b.total);
        prev = x;
    }
    return sum;
}
/** scipy.spatial.distance.jensenshannon(p, q, base). */
function jensenShannon(p, q, base = 2) {
    const sp = p.reduce((s, x) => s + x, 0);
    const sq = q.reduce((s, x) => s + x, 0);
    let js = 0;
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] / sp;
        const qi = q[i] / sq;
        const m = (pi + qi) / 2;
        if (pi > 0)
            js += pi * Math.log(pi / m);
        if (qi > 0)
            js += qi * Math.log(qi / m);
    }
    js /= 2;
    js /= Math.log(base);
    return Math.sqrt(Math.max(0, js));
}
/** numpy.histogram_bin_edges(all, bins="sturges") from the two samples' combined support. */
function sturgesEdges(a, b) {
    const n = a.total + b.total;
    let first = Math.min(a.values[0] ?? Infinity, b.values[0] ?? Infinity);
    let last = Math.max(a.values[a.values.length - 1] ?? -Infinity, b.values[b.values.length - 1] ?? -Infinity);
    const ptp = last - first;
    let bins = 1;
    if (ptp > 0) {
        const width = ptp / (Math.log2(n) + 1);
        bins = Math.ceil(ptp / width);
    }
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    // numpy.linspace: start + i * (delta / div), the last edge set exactly.
    const step = (last - first) / bins;
    const edges = [];
    for (let i = 0; i <= bins; i++)
        edges.push(i === bins ? last : i * step + first);
    return edges;
}
/** numpy.histogram(sample, edges)[0]: bins [e_i, e_i+1), the last one closed. */
function histogramCounts(w, edges) {
    const counts = new Array(edges.length - 1).fill(0);
    let bin = 0;
    for (let i = 0; i < w.values.length; i++) {
        const x = w.values[i];
        if (x < edges[0] || x > edges[edges.length - 1])
            continue;
        while (bin < counts.length - 1 && x >= edges[bin + 1])
            bin++;
        counts[bin] += w.weights[i];
    }
    return counts;
}
/**
 * Evidently's get_binned_data: shares per bin (numeric with > 20 reference values: Sturges bins
 * over both samples) or per value (all values of both, as keys).
 */
function binnedShares(reference, current, kind, fillZeroes) {
    let ref;
    let cur;
    const refDistinct = reference.counts?.size ?? reference.numeric?.values.length ?? 0;
    if (kind === "num" && refDistinct > 20 && reference.numeric && current.numeric) {
        const edges = sturgesEdges(reference.numeric, current.numeric);
        ref = histogramCounts(reference.numeric, edges).map((c) => c / reference.n);
        cur = histogramCounts(current.numeric, edges).map((c) => c / current.n);
    }
    else {
        const keys = new Set([...(reference.counts?.keys() ?? []), ...(current.counts?.keys() ?? [])]);
        ref = [];
        cur = [];
        for (const k of keys) {
            ref.push((reference.counts?.get(k) ?? 0) / reference.n);
            cur.push((current.counts?.get(k) ?? 0) / current.n);
        }
    }
    if (fillZeroes) {
        const fill = (xs) => {
            const nz = xs.filter((x) => x !== 0);
            if (nz.length === 0)
                return xs;
            const min = Math.min(...nz);
            const value = min <= 0.0001 ? min / 1e6 : 0.0001;
            return xs.map((x) => (x === 0 ? value : x));
        };
        ref = fill(ref);
        cur = fill(cur);
    }
    return { ref, cur };
}
/** Population stability index (Evidently's psi). */
function psi(reference, current, kind) {
    const { ref, cur } = binnedShares(reference, current, kind, true);
    let s = 0;
    for (let i = 0; i < ref.length; i++)
        s += (ref[i] - cur[i]) * Math.log(ref[i] / cur[i]);
    return s;
}
/** scipy.stats.chisquare(current counts, reference counts × n_cur/n_ref) p-value (Evidently's chi_stat_test). */
function chiSquareTest(reference, current) {
    const keys = new Set([...reference.counts.keys(), ...current.counts.keys()]);
    const kNorm = current.n / reference.n;
    let stat = 0;
    for (const k of keys) {
        const expected = (reference.counts.get(k) ?? 0) * kNorm;
        const observed = current.counts.get(k) ?? 0;
        stat += expected === 0 ? (observed === 0 ? NaN : Infinity) : (observed - expected) ** 2 / expected;
    }
    return { statistic: stat, pValue: chi2Sf(stat, keys.size - 1) };
}
/** Evidently's two-proportion Z-test for a binary column. */
function zTest(reference, current) {
    const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])].sort();
    if (keys.length === 1 && reference.counts.size === 1 && current.counts.size === 1)
        return { statistic: 0, pValue: 1 };
    const first = keys[0];
    const p1 = (reference.n - (reference.counts.get(first) ?? 0)) / reference.n;
    const p2 = (current.n - (current.counts.get(first) ?? 0)) / current.n;
    const P = (p1 * reference.n + p2 * current.n) / (reference.n + current.n);
    const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / reference.n + 1 / current.n));
    return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
/** Runs one column's drift test. Returns null when the column cannot be tested (no values). */
function columnDrift(column, type, reference, current, options = {}) {
    if (reference.n === 0 || current.n === 0)
        return null;
    const numeric = (type === "integer" || type === "number") &&
        reference.numeric !== undefined &&
        current.numeric !== undefined;
    const kind = numeric ? "num" : "cat";
    if (!numeric && (!reference.counts || !current.counts))
        return null;
    const distinctUnion = numeric
        ? unionSize(reference.numeric, current.numeric)
        : new Set([...reference.counts.keys(), ...current.counts.keys()]).size;
    const test = options.test ?? defaultTest(kind, reference.n, distinctUnion);
    const threshold = options.threshold ?? DEFAULT_THRESHOLDS[test];
    let statistic;
    let pValue = null;
    if ((test === "ks" || test === "wasserstein") && !numeric)
        return null;
    const hasCounts = reference.counts !== undefined && current.counts !== undefined;
    if ((test === "chi-square" || test === "z") && !hasCounts)
        return null;
    if ((test === "jensen-shannon" || test === "psi") && kind === "cat" && !hasCounts)
        return null;
    switch (test) {
        case "ks": {
            const r = ksPValue(ksStatistic(reference.numeric, current.numeric), reference.n, current.n);
            statistic = r.statistic;
            pValue = r.pValue;
            break;
        }
        case "wasserstein": {
            const norm = Math.max(reference.std ?? 0, 0.001);
            statistic = wassersteinDistance(reference.numeric, current.numeric) / norm;
            break;
        }
        case "jensen-shannon": {
            const { ref, cur } = binnedShares(reference, current, kind, false);
            statistic = jensenShannon(ref, cur, 2);
            break;
        }
        case "psi":
            statistic = psi(reference, current, kind);
            break;
        case "chi-square": {
            const r = chiSquareTest(reference, current);
            statistic = r.statistic;
            pValue = r.pValue;
            break;
        }
        case "z": {
            const r = zTest(reference, current);
            statistic = r.statistic;
            pValue = r.pValue;
            break;
        }
    }
    const byP = pValue !== null;
    const operator = test === "ks" ? "<=" : byP ? "<" : ">=";
    const compared = byP ? pValue : statistic;
    const drifted = Number.isNaN(compared)
        ? false
        : operator === "<="
            ? compared <= threshold
            : operator === "<"
                ? compared < threshold
                : compared >= threshold;
    const psiValue = test === "psi" ? statistic : psi(reference, current, kind);
    return {
        column,
        type,
        test,
        statistic: finite(statistic),
        pValue: pValue === null ? null : finite(pValue),
        threshold,
        operator,
        comparedValue: byP ? "p_value" : "statistic",
        drifted,
        psi: psiValue === null || !Number.isFinite(psiValue) ? null : psiValue,
    };
}
function finite(x) {
    if (Number.isNaN(x))
        return 0;
    if (x === Infinity)
        return Number.MAX_VALUE;
    if (x === -Infinity)
        return -Number.MAX_VALUE;
    return x;
}
function unionSize(a, b) {
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < a.values.length || j < b.values.length) {
        const va = i < a.values.length ? a.values[i] : Infinity;
        const vb = j < b.values.length ? b.values[j] : Infinity;
        const x = Math.min(va, vb);
        while (i < a.values.length && a.values[i] === x)
            i++;
        while (j < b.values.length && b.values[j] === x)
            j++;
        n++;
    }
    return n;
}

// EXTERNAL MODULE: ./packages/data/src/schema.ts
var src_schema = __webpack_require__(49451);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
;// CONCATENATED MODULE: ./packages/data/src/summary.ts

/*
 * validate-data's job summary: verdict, problems, schema failures, drift and column profiles.
 * Escaping, tables and numbers come from @mlops/core/markdown, as in every other summary.
 */
const OPERATOR = { "<": "&lt;", "<=": "≤", ">": "&gt;", ">=": "≥" };
const optional = (x) => x === null || x === undefined ? "—" : (0,markdown/* formatNumber */.ZV)(x);
function problemsTable(report) {
    const problems = report.anomalies.filter((a) => !a.code.startsWith("schema-"));
    if (!problems.length)
        return null;
    return (0,markdown/* table */.tp)(["problem", "where", "message"], problems
        .slice(0, 20)
        .map((a) => [
        `${a.severity} ${(0,markdown/* text */.Qq)(a.code, 80)}`,
        a.file ? `${(0,markdown/* code */.aY)(a.file, 80)}${a.line !== undefined ? ` line ${a.line}` : ""}` : "—",
        (0,markdown/* text */.Qq)(a.message, 200),
    ]));
}
function schemaSection(schema) {
    const failed = schema.checks.filter((c) => !c.passed);
    const head = `#### Schema ${schema.passed ? "passed" : "failed"} (${schema.checks.length - failed.length}/${schema.checks.length} checks)`;
    if (!failed.length)
        return head;
    const rows = failed.slice(0, 50).map((c) => [
        (0,markdown/* text */.Qq)(c.column ?? "(dataset)", 80),
        (0,markdown/* text */.Qq)(c.check, 80),
        c.severity,
        (0,markdown/* text */.Qq)(c.expected, 80),
        `${(0,markdown/* formatCount */.B4)(c.failures)} / ${(0,markdown/* formatCount */.B4)(c.checked)}`,
        (0,markdown/* text */.Qq)(c.samples
            .map((s) => (s.line !== undefined ? `line ${s.line}` : ""))
            .filter(Boolean)
            .join(", "), 80),
    ]);
    const headers = ["column", "check", "severity", "expected", "failures", "first rows"];
    return `${head}\n\n${(0,markdown/* table */.tp)(headers, rows, "llllrl")}`;
}
function driftSection(d) {
    const drifted = d.columns.filter((c) => c.drifted).length;
    const head = `#### Drift: ${d.datasetDrift ? "dataset drift detected" : "no dataset drift"} ` +
        `(${drifted} of ${d.columns.length} columns, threshold ${(0,markdown/* formatPercent */.l9)(d.shareThreshold, false)}) ` +
        `against ${(0,markdown/* code */.aY)(d.reference.source, 120)} (${(0,markdown/* formatCount */.B4)(d.reference.rows)} rows)`;
    const rows = d.columns.map((c) => [
        (0,markdown/* text */.Qq)(c.column, 80),
        c.test,
        (0,markdown/* formatNumber */.ZV)(c.statistic),
        optional(c.pValue),
        `${c.comparedValue === "p_value" ? "p-value" : "statistic"} ${OPERATOR[c.operator]} ${(0,markdown/* formatNumber */.ZV)(c.threshold)}`,
        optional(c.psi),
        c.drifted ? "⚠️ yes" : "no",
    ]);
    const headers = ["column", "test", "statistic", "p-value", "drift when", "PSI", "drift"];
    return `${head}\n\n${(0,markdown/* table */.tp)(headers, rows, "llrrlrc")}`;
}
function profileSection(profile) {
    const cols = Object.entries(profile);
    if (!cols.length)
        return null;
    const value = (v) => typeof v === "number" ? (0,markdown/* formatNumber */.ZV)(v) : typeof v === "string" && v ? (0,markdown/* text */.Qq)((0,markdown/* formatDate */.Yq)(v), 30) : "—";
    const rows = cols
        .slice(0, 200)
        .map(([name, p]) => [
        (0,markdown/* text */.Qq)(name, 80),
        p.type,
        (0,markdown/* formatCount */.B4)(p.missing),
        p.distinct !== undefined ? (0,markdown/* formatCount */.B4)(p.distinct) : "—",
        value(p.min),
        optional(p.mean),
        value(p.max),
        optional(p.std),
    ]);
    return (0,markdown/* details */.zH)("Column profiles", (0,markdown/* table */.tp)(["column", "type", "missing", "distinct", "min", "mean", "max", "std"], rows, "llrrlrlr"));
}
/** The job summary: verdict, schema failures, profile and drift tables. */
function renderSummary(report) {
    const { dataset } = report;
    const files = dataset.files.length;
    const parts = [
        `### ${report.passed ? "✅" : "❌"} Data validation: ${report.passed ? "passed" : "failed"}`,
        `${(0,markdown/* formatCount */.B4)(dataset.rows)} rows × ${dataset.columns.length} column${dataset.columns.length === 1 ? "" : "s"} from ${files} file${files === 1 ? "" : "s"} (${(0,markdown/* text */.Qq)(dataset.format, 40)}), ${(0,markdown/* formatCount */.B4)(report.anomalies.length)} anomal${report.anomalies.length === 1 ? "y" : "ies"}.`,
        problemsTable(report),
        report.schema ? schemaSection(report.schema) : null,
        report.drift ? driftSection(report.drift) : null,
        profileSection(report.profile),
    ];
    return parts.filter((p) => p !== null).join("\n\n") + "\n";
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/data/src/fingerprint-worker.ts


/*
 * sha256 of the data files, computed on a worker thread while the main thread parses them: on a
 * machine with two cores the fingerprint costs no wall time. (The worker's code is inline so
 * the bundled action needs no extra file.)
 */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { openSync, readSync, closeSync } = require("node:fs");
const out = [];
const buf = Buffer.allocUnsafe(1 << 20);
for (const file of workerData.files) {
  const hash = createHash("sha256");
  let bytes = 0;
  const fd = openSync(file, "r");
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      bytes += n;
    }
  } finally {
    closeSync(fd);
  }
  out.push({ sha256: hash.digest("hex"), bytes });
}
parentPort.postMessage(out);
`;
function fingerprintFiles(files, cwd) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(WORKER, {
            eval: true,
            workerData: { files: files.map((f) => external_node_path_default().resolve(cwd, f)) },
        });
        worker.once("message", (digests) => {
            resolve(files.map((f, i) => ({ path: f, sha256: digests[i].sha256, bytes: digests[i].bytes, files: 1 })));
            void worker.terminate();
        });
        worker.once("error", reject);
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./packages/data/src/segments.ts
var src_segments = __webpack_require__(39810);
// EXTERNAL MODULE: ./packages/data/src/split.ts
var split = __webpack_require__(3422);
;// CONCATENATED MODULE: ./packages/data/src/parallel.ts









/*
 * Both cores on one file: a large CSV file is cut into byte ranges; the main thread reads the
 * first, worker threads the others, and their profiles are merged in order (segments.ts). Cut
 * points are found by quote parity (split.ts) and checked against where the range before ended;
 * a range that started at a wrong boundary (a stray quote inside an unquoted field) is read
 * again from the right one, so the result is always the one-pass result.
 */
/** Most threads used by default. */
const MAX_THREADS = 8;
/** Files smaller than twice this are read on one thread (a worker costs ~50 ms to start). */
const MIN_PART_BYTES = 8 << 20;
/** The default thread count: the machine's parallelism, capped. */
function defaultThreads() {
    return Math.max(1, Math.min(MAX_THREADS, (0,external_node_os_.availableParallelism)()));
}
/** The worker script: dist/profile-worker.js next to a bundle, else the TypeScript source via tsx. */
function workerScript() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const bundled = external_node_path_default().join(here, "profile-worker.js");
    if ((0,external_node_fs_.existsSync)(bundled))
        return { file: bundled };
    const require = (0,external_node_module_.createRequire)(import.meta.url);
    const tsx = external_node_path_default().join(external_node_path_default().dirname(require.resolve("tsx/package.json")), "dist/loader.mjs");
    return { file: external_node_path_default().join(here, "profile-worker.ts"), execArgv: ["--import", (0,external_node_url_.pathToFileURL)(tsx).href] };
}
/** Profiles a segment on a worker thread. */
function profileOnWorker(job) {
    const { file, execArgv } = workerScript();
    const worker = new external_node_worker_threads_.Worker(file, { workerData: job, ...(execArgv ? { execArgv } : {}) });
    const result = new Promise((resolve, reject) => {
        worker.once("message", (state) => resolve(state));
        worker.once("error", reject);
        worker.once("exit", (code) => {
            if (code !== 0)
                reject(new Error(`the profiling worker for ${job.file} exited with code ${code}`));
        });
    });
    result.catch(() => { });
    return { result, stop: () => void worker.terminate() };
}
/**
 * Cut points for `parts` ranges when this thread also has `headStart` bytes of other work: every
 * thread gets the same share of the total, this one's taken first by that work.
 */
function balancedCuts(size, parts, headStart) {
    const first = Math.max(0, Math.min(size, Math.floor((size + headStart) / parts - headStart)));
    return [0, ...(0,split/* cutPoints */.y4)(size - first, parts - 1).map((c) => first + c)];
}
/** How many parts a file of `bytes` is read in with `threads` threads. */
function partsFor(bytes, threads, minPartBytes = MIN_PART_BYTES) {
    return Math.max(1, Math.min(threads, Math.floor(bytes / Math.max(1, minPartBytes))));
}
/**
 * Reads CSV file `file` (opened at `filePath`) into `dataset` with up to `threads` threads: the
 * first byte range here, the others on workers, merged in order. Returns the number of byte
 * ranges, or 0 (nothing read) when the file is too small to be worth it.
 */
async function readCsvThreaded(dataset, checkers, file, filePath, threads, job, minPartBytes = MIN_PART_BYTES, log = () => { }, headStart = 0) {
    const { size } = await (0,promises_.stat)(filePath);
    const parts = partsFor(size, threads, minPartBytes);
    if (parts < 2)
        return 0;
    const cuts = balancedCuts(size, parts, headStart);
    const base = { ...job, file, path: filePath };
    const workers = cuts
        .slice(1, -1)
        .map((nominalStart, k) => profileOnWorker({ ...base, nominalStart, nominalEnd: cuts[k + 2] }));
    const cpu = [];
    try {
        const before = process.threadCpuUsage();
        const first = await dataset.read(filePath, { start: 0, end: cuts[1], header: null });
        const used = process.threadCpuUsage(before);
        cpu.push(((used.user + used.system) / 1e6).toFixed(2));
        let end = first.end;
        let lines = first.lines;
        for (let k = 1; k < parts; k++) {
            let segment = await workers[k - 1].result;
            if (segment.start !== end && !(segment.error && end >= size)) {
                // The parity cut disagrees with where the range before ended: read it again from there.
                log(`${file}: byte range ${k + 1} of ${parts} started at byte ${segment.start} by quote parity, but the range before ends at byte ${end} (a quote inside an unquoted field?); reading it again from there`);
                segment = await (0,src_segments/* profileSegment */.nK)({ ...base, nominalStart: end, nominalEnd: cuts[k + 1], start: end });
            }
            (0,src_segments/* mergeSegment */.E3)(dataset, checkers, segment, lines);
            if (segment.cpuMs !== undefined)
                cpu.push((segment.cpuMs / 1000).toFixed(2));
            end = segment.end;
            lines += segment.lines;
        }
    }
    finally {
        for (const w of workers)
            w.stop();
    }
    log(`${file}: CPU seconds per thread (this one first, with what else it did meanwhile): ${cpu.join(", ")}`);
    return parts;
}

;// CONCATENATED MODULE: ./packages/data/src/validate.ts












const FAIL_ON = ["error", "warning", "drift", "never"];
/**
 * The validate-data step: one streaming pass over the data (schema checks + profile), the
 * reference profile (from data or a saved report), drift per column, the report, annotations.
 * Malformed data becomes an error anomaly in the report, never a crash.
 */
async function validateData(options, { logger }) {
    const cwd = options.cwd ?? process.cwd();
    const failOn = checkValidateOptions(options);
    const driftConfig = parseDriftConfig(options.drift ?? {});
    let schema;
    if (options.schema) {
        const { readSchemaFile } = await Promise.all(/* import() */[__webpack_require__.e(156), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 95890));
        schema = await readSchemaFile(external_node_path_default().resolve(cwd, options.schema));
    }
    // Reference first (usually smaller), then the data. With threads, this thread reads the
    // reference while the workers start on the data, and takes that much less of the data.
    const threads = options.threads ?? defaultThreads();
    let reference = null;
    let pendingReference = null;
    let headStart = 0;
    if (options.reference && options.reference.length && !options.shard) {
        pendingReference = loadReference(options, cwd, logger);
        pendingReference.catch(() => { });
        if (threads <= 1)
            reference = await pendingReference;
        else
            headStart = await referenceBytes(options.reference, cwd);
    }
    const source = options.merge?.length
        ? await readMerged(options, cwd, schema, logger)
        : await readData({ ...options, headStartBytes: headStart }, cwd, schema, logger);
    const { dataset, checkers, anomalies } = source;
    if (pendingReference)
        reference = await pendingReference;
    schema = source.schema;
    const schemaSource = source.schemaSource;
    // Types: the schema's where given, else inferred.
    const types = new Map();
    const profile = {};
    for (const [name, column] of dataset.columns) {
        const type = schema?.columns[name]?.type ?? column.inferType();
        types.set(name, type);
        profile[name] = column.profile(type);
    }
    const checks = schema ? schemaChecks(schema, dataset, checkers, anomalies) : null;
    const drift = reference
        ? measureDrift(reference, dataset, types, driftConfig, options.driftShare ?? 0.5)
        : null;
    const files_ = source.files;
    const driftDetected = drift?.datasetDrift ?? false;
    const passed = options.shard ? true : verdict(failOn, anomalies, driftDetected);
    const report = {
        kind: "mlops.validation",
        version: 1,
        created: new Date().toISOString(),
        dataset: {
            format: [...dataset.formats].join("+") || "unknown",
            files: files_,
            fingerprint: (0,src/* combineDigests */.T2)(files_.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes ?? 0 }))),
            rows: dataset.rows,
            columns: [...dataset.columns.keys()],
        },
        schema: schema
            ? {
                source: schemaSource,
                passed: checks.every((c) => c.passed || c.severity !== "error"),
                checks: checks,
            }
            : null,
        profile,
        drift,
        anomalies,
        passed,
    };
    emitAnnotations(report, logger, options.maxAnnotations ?? 10);
    const result = {
        report,
        passed,
        rows: dataset.rows,
        anomalies: anomalies.length,
        driftDetected,
        driftedColumns: drift ? drift.columns.filter((c) => c.drifted).map((c) => c.column) : [],
        summary: renderSummary(report),
    };
    if (options.shard) {
        result.partialPath = source.partialPath;
        result.reportPath = source.partialPath;
        result.summary = `Partial profile of shard ${options.shard.index}/${options.shard.count}: ${dataset.rows.toLocaleString("en-US")} rows, written to \`${source.partialPath}\`; the merge job (\`merge:\`) checks the whole dataset and decides. Below: this shard's part alone (rows numbered within the part).\n\n${result.summary}`;
        logger.info(`wrote the partial profile of shard ${options.shard.index}/${options.shard.count} to ${source.partialPath}`);
        return result;
    }
    await writeValidationFiles(result, options, cwd, logger);
    return result;
}
/** The data files, read here (all of them, or this shard's part, which is also saved as a partial). */
async function readData(options, cwd, schema, logger) {
    const files = await (0,src_dataset/* resolveFiles */.sA)(options.data, cwd);
    const fingerprints = fingerprintFiles(files, cwd);
    fingerprints.catch(() => { });
    const schemaSource = options.schema ?? null;
    if (!options.shard) {
        const read = await readDataset(files, cwd, schema, options, logger);
        return { ...read, files: await fingerprints, schema, schemaSource };
    }
    const { profileShard } = await Promise.all(/* import() */[__webpack_require__.e(156), __webpack_require__.e(115)]).then(__webpack_require__.bind(__webpack_require__, 19115));
    const { index, count } = options.shard;
    const partialPath = options.partial ?? `mlops-partial-${index}-of-${count}.json`;
    const fps = await fingerprints;
    const started = performance.now();
    const segments = await profileShard(files, fps, cwd, schema ? { source: schemaSource, schema } : null, { ...options, shard: options.shard }, external_node_path_default().resolve(cwd, partialPath));
    logger.info(`shard ${index}/${count}: ${segments.reduce((n, s) => n + s.rows, 0).toLocaleString("en-US")} rows from ${segments.length} part(s) of ${files.length} file(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const merged = mergeIntoDataset(segments, schema, options, null);
    return { ...merged, files: fps, schema, schemaSource, partialPath };
}
/** `merge:`: the partial profiles of every shard, merged into the whole dataset's profile. */
async function readMerged(options, cwd, given, logger) {
    const { readPartials } = await Promise.all(/* import() */[__webpack_require__.e(156), __webpack_require__.e(115)]).then(__webpack_require__.bind(__webpack_require__, 19115));
    const partials = await readPartials(options.merge, cwd, src_dataset/* resolveFiles */.sA, logger);
    const first = partials[0];
    const schema = first.schema?.schema;
    if (given && JSON.stringify(given) !== JSON.stringify(schema ?? null))
        throw new src/* ConfigurationError */.j1(`input 'schema': ${options.schema} differs from the schema the shards were checked against (${first.schema?.source ?? "none"}, in ${first.file}); give the shards the same schema, or leave schema out of the merge`, { code: "partial-mismatch" });
    const sizes = new Map(first.dataset.files.map((f) => [f.path, f.bytes ?? 0]));
    const segments = partials.flatMap((p) => p.segments.map((s) => ({ ...s, from: p.file })));
    const merged = mergeIntoDataset(segments, schema, options, sizes);
    return {
        ...merged,
        files: first.dataset.files,
        schema,
        schemaSource: first.schema?.source ?? null,
    };
}
/** A dataset made of profiled segments (a shard's, or every shard's), with its anomalies. */
function mergeIntoDataset(segments, schema, options, sizes) {
    const checkers = new Map();
    const where = { file: segments[0]?.file ?? options.data[0] ?? "" };
    const dataset = new src_dataset/* DatasetProfiler */.ib({
        format: options.format,
        onColumn: (column) => {
            const spec = schema?.columns[column.name];
            if (!spec)
                return;
            const checker = new src_schema/* ColumnChecker */.qj(column.name, spec, where, schema?.regexMaxLength, true);
            checkers.set(column.name, checker);
            column.observer = checker;
        },
    });
    const anomalies = [];
    let fatal = false;
    try {
        (0,src_segments/* mergeSegments */.$9)(dataset, checkers, where, segments, sizes);
    }
    catch (caught) {
        if (!(caught instanceof errors/* DataError */.f))
            throw caught;
        anomalies.push(readError(caught, where.file));
        fatal = true;
    }
    anomalies.push(...readAnomalies(dataset, segments[0]?.file ?? "", fatal));
    return { dataset, checkers, anomalies };
}
/** The options validateData cannot work without; returns fail-on. */
function checkValidateOptions(options) {
    if (options.merge?.length && options.shard)
        throw new src/* ConfigurationError */.j1("inputs 'shard' and 'merge' exclude each other: shard jobs write partial profiles, one merge job reads them all", { code: "input-invalid" });
    if (options.data.length === 0 && !options.merge?.length)
        throw new src/* ConfigurationError */.j1("input 'data' is required: the data file(s) to validate, e.g. data: data/train.csv", { code: "input-missing" });
    const failOn = options.failOn ?? "error";
    if (!FAIL_ON.includes(failOn))
        throw new src/* ConfigurationError */.j1(`input 'fail-on': expected one of ${FAIL_ON.join(", ")}, found ${JSON.stringify(failOn)}`, { code: "input-invalid" });
    return failOn;
}
/**
 * One streaming pass over the data files: the profile, the schema's column checkers, and the
 * anomalies of the reading itself (a malformed file, ragged rows, a header without rows).
 */
async function readDataset(files, cwd, schema, options, logger) {
    const anomalies = [];
    const where = { file: files[0] };
    const checkers = new Map();
    const started = performance.now();
    const readOptions = {
        format: options.format,
        delimiter: options.delimiter,
        maxRowBytes: options.maxRowBytes,
        maxColumns: options.maxColumns,
        onColumn: (column) => {
            const spec = schema?.columns[column.name];
            if (spec) {
                const checker = new src_schema/* ColumnChecker */.qj(column.name, spec, where, schema?.regexMaxLength);
                checkers.set(column.name, checker);
                column.observer = checker;
            }
        },
        onProgress: progressLogger(logger, started, (options.progressSeconds ?? 5) * 1000),
    };
    const dataset = new src_dataset/* DatasetProfiler */.ib(readOptions);
    const threads = options.threads ?? defaultThreads();
    let headStart = options.headStartBytes ?? 0;
    let fatal = false;
    for (const file of files) {
        where.file = file;
        const at = external_node_path_default().isAbsolute(file) || external_node_path_default().resolve(cwd) === process.cwd() ? file : external_node_path_default().join(cwd, file);
        try {
            const format = (0,src_dataset/* detectFormat */.Tz)(file, options.format);
            const parts = threads > 1 && (format === "csv" || format === "tsv")
                ? await readCsvThreaded(dataset, checkers, file, at, threads, {
                    format: options.format,
                    delimiter: options.delimiter,
                    maxRowBytes: options.maxRowBytes,
                    maxColumns: options.maxColumns,
                    schema: (0,src_segments/* segmentSchemaOf */.ED)(schema),
                }, options.minThreadBytes, (message) => logger.info(message), headStart)
                : 0;
            if (parts) {
                logger.info(`${file}: read as ${parts} byte ranges on ${parts} threads`);
                headStart = 0;
            }
            if (!parts)
                await dataset.read(at);
        }
        catch (caught) {
            anomalies.push(readError(caught, file));
            fatal = true;
            break;
        }
    }
    const seconds = (performance.now() - started) / 1000;
    logger.info(`read ${dataset.rows.toLocaleString("en-US")} rows, ${dataset.columns.size} columns from ${files.length} file(s) in ${seconds.toFixed(1)} s${threads > 1 ? ` (up to ${threads} threads)` : ""}`);
    anomalies.push(...readAnomalies(dataset, files[0], fatal));
    return { dataset, checkers, anomalies };
}
/** Bytes of reference data files (0 for a saved report or when they cannot be listed yet). */
async function referenceBytes(sources, cwd) {
    if (sources.length === 1 && /\.json$/i.test(sources[0]))
        return 0;
    try {
        const files = await (0,src_dataset/* resolveFiles */.sA)(sources, cwd);
        const sizes = await Promise.all(files.map(async (f) => (await (0,promises_.stat)(external_node_path_default().resolve(cwd, f))).size));
        return sizes.reduce((a, b) => a + b, 0);
    }
    catch {
        return 0; // loadReference reports it
    }
}
/** Ragged rows, and a header without rows, as anomalies. */
function readAnomalies(dataset, firstFile, fatal) {
    const anomalies = [];
    for (const r of dataset.ragged) {
        const first = r.samples[0];
        anomalies.push({
            code: "ragged-row",
            severity: "error",
            message: `${r.count} row(s) with the wrong number of fields were skipped; first at line ${first.line}: ${first.found} fields, expected ${first.expected}`,
            file: r.file,
            line: first.line,
            count: r.count,
        });
    }
    if (!fatal && dataset.rows === 0 && dataset.columns.size > 0) {
        anomalies.push({
            code: "header-only",
            severity: "error",
            message: "the data has a header but no rows",
            file: firstFile,
            line: 1,
        });
    }
    return anomalies;
}
/** A progress line at most every `everyMs` while a large file is read. */
function progressLogger(logger, started, everyMs) {
    let lastProgress = started;
    return (rows, bytes, file) => {
        const now = performance.now();
        if (now - lastProgress < everyMs)
            return;
        lastProgress = now;
        const seconds = (now - started) / 1000;
        logger.info(`${file}: ${rows.toLocaleString("en-US")} rows read (${Math.round(rows / seconds).toLocaleString("en-US")} rows/s${bytes ? `, ${(bytes / 1048576).toFixed(0)} MiB` : ""})`);
    };
}
/** A file that could not be read, as an error anomaly (anything but a data problem is rethrown). */
function readError(caught, file) {
    let error = caught;
    // Resource limits hit by hostile input (nesting deeper than the stack, arrays too large)
    // are the data's problem, not a crash.
    if (error instanceof RangeError)
        error = new errors/* DataError */.f("line-too-long", `the file exceeds a resource limit: ${error.message}`, {
            file,
        });
    if (!(error instanceof errors/* DataError */.f))
        throw error;
    const loc = error.location ?? {};
    return {
        code: error.code,
        severity: "error",
        message: error.message,
        file,
        ...(loc.line !== undefined ? { line: loc.line } : {}),
    };
}
/** The schema's dataset and column checks; each failed one is also an anomaly. */
function schemaChecks(schema, dataset, checkers, anomalies) {
    const checks = (0,src_schema/* datasetChecks */.eB)(schema, [...dataset.columns.keys()], dataset.rows);
    for (const [name, checker] of checkers)
        checks.push(...checker.results(dataset.columns.get(name)));
    for (const c of checks) {
        if (c.passed)
            continue;
        anomalies.push({
            code: `schema-${c.check}`,
            severity: c.severity,
            message: `${c.column ? `column '${c.column}': ` : ""}${c.check} failed: expected ${c.expected}${c.observed ? `, found ${c.observed}` : ""} (${c.failures} of ${c.checked} failed)`,
            ...(c.column ? { column: c.column } : {}),
            ...(c.samples[0]?.file ? { file: c.samples[0].file } : {}),
            ...(c.samples[0]?.line !== undefined ? { line: c.samples[0].line } : {}),
            count: c.failures,
        });
    }
    return checks;
}
/** Drift of every column the reference also has (datetimes excepted), and dataset drift by share. */
function measureDrift(reference, dataset, types, driftConfig, driftShare) {
    const results = [];
    for (const [name, column] of dataset.columns) {
        const ref = reference.columns.get(name);
        if (!ref)
            continue;
        const type = types.get(name);
        if (type === "datetime")
            continue;
        const config = driftConfig.get(name) ?? driftConfig.get("*") ?? {};
        const r = columnDrift(name, type, driftSample(ref, type), driftSample(column, type), config);
        if (r)
            results.push(r);
    }
    const drifted = results.filter((r) => r.drifted).length;
    const share = results.length ? drifted / results.length : 0;
    return {
        reference: {
            kind: reference.kind,
            source: reference.source,
            fingerprint: reference.fingerprint,
            rows: reference.rows,
        },
        datasetDrift: results.length > 0 && share >= driftShare,
        driftedShare: share,
        shareThreshold: driftShare,
        columns: results,
    };
}
/** Whether the data passes under fail-on. */
function verdict(failOn, anomalies, driftDetected) {
    const errors = anomalies.filter((a) => a.severity === "error").length;
    const warnings = anomalies.filter((a) => a.severity === "warning").length;
    if (failOn === "never")
        return true;
    if (failOn === "warning")
        return errors + warnings === 0;
    if (failOn === "drift")
        return errors === 0 && !driftDetected;
    return errors === 0;
}
/** The report and the inferred schema, where the options ask for them. */
async function writeValidationFiles(result, options, cwd, logger) {
    if (options.report) {
        const file = external_node_path_default().resolve(cwd, options.report);
        await (0,src/* writeDocument */.ft)("mlops.validation", file, result.report);
        result.reportPath = options.report;
    }
    if (options.writeSchema) {
        await (0,src/* writeJsonAtomic */.ZJ)(external_node_path_default().resolve(cwd, options.writeSchema), (0,src_schema/* inferSchema */._A)(result.report.profile, result.report.dataset.rows));
        result.schemaPath = options.writeSchema;
        logger.info(`wrote the inferred schema to ${options.writeSchema}: review it and commit it`);
    }
}
/** Schema failures (with rows) and data errors as annotations on the file and line. */
function emitAnnotations(report, logger, max) {
    const items = [];
    for (const a of report.anomalies) {
        if (a.code.startsWith("schema-"))
            continue;
        if (a.severity === "info")
            continue;
        items.push({
            severity: a.severity,
            message: a.message,
            ...(a.file ? { file: a.file } : {}),
            ...(a.line !== undefined ? { line: a.line } : {}),
        });
    }
    for (const c of report.schema?.checks ?? []) {
        if (c.passed || c.severity === "info")
            continue;
        if (c.samples.length === 0) {
            items.push({
                severity: c.severity,
                message: `${c.column ? `column '${c.column}': ` : ""}${c.check}: expected ${c.expected}${c.observed ? `, found ${c.observed}` : ""}`,
            });
            continue;
        }
        for (const s of c.samples) {
            const value = s.value === null ? "a missing value" : JSON.stringify(s.value);
            items.push({
                severity: c.severity,
                message: `column '${c.column}': expected ${c.expected}, found ${value} (${c.check}; ${c.failures} row(s) fail)`,
                ...(s.file ? { file: s.file } : {}),
                ...(s.line !== undefined ? { line: s.line } : {}),
            });
        }
    }
    items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
    for (const item of items.slice(0, max)) {
        const location = item.file
            ? { file: item.file, ...(item.line !== undefined ? { line: item.line } : {}) }
            : undefined;
        if (item.severity === "error")
            logger.error(item.message, location);
        else
            logger.warning(item.message, location);
    }
    if (items.length > max)
        logger.info(`… and ${items.length - max} more problem(s): see the report for all of them`);
}
function parseDriftConfig(raw) {
    const out = new Map();
    for (const [column, spec] of Object.entries(raw)) {
        if (!spec || typeof spec !== "object")
            throw new src/* ConfigurationError */.j1(`validate.drift.${column}: expected { test, threshold }`, {
                code: "config-invalid",
            });
        const entry = {};
        for (const key of Object.keys(spec)) {
            if (key !== "test" && key !== "threshold")
                throw new src/* ConfigurationError */.j1(`validate.drift.${column}: unknown key '${key}'; expected test or threshold`, { code: "config-invalid" });
        }
        if (spec.test !== undefined) {
            if (!DRIFT_TESTS.includes(spec.test))
                throw new src/* ConfigurationError */.j1(`validate.drift.${column}.test: expected one of ${DRIFT_TESTS.join(", ")}, found ${JSON.stringify(spec.test)}`, { code: "config-invalid" });
            entry.test = spec.test;
        }
        if (spec.threshold !== undefined) {
            const t = Number(spec.threshold);
            if (!Number.isFinite(t) || t < 0)
                throw new src/* ConfigurationError */.j1(`validate.drift.${column}.threshold: expected a non-negative number, found ${JSON.stringify(spec.threshold)}`, { code: "config-invalid" });
            entry.threshold = t;
        }
        out.set(column, entry);
    }
    return out;
}
/** A column as the drift tests see it. */
function driftSample(column, type) {
    const n = column.count;
    if (type === "integer" || type === "number") {
        const numericN = column.integers + column.decimals;
        const sample = {
            n: numericN,
            numeric: column.distribution.weighted(),
            std: column.moments.std(0) ?? 0,
        };
        const counts = column.distribution.valueCounts();
        if (counts)
            sample.counts = new Map([...counts].map(([v, c]) => [String(v), c]));
        return sample;
    }
    const freq = column.text;
    if (!freq.exact)
        return { n };
    const counts = new Map(freq.entries());
    const numeric = column.distribution.valueCounts();
    if (numeric)
        for (const [v, c] of numeric)
            counts.set(String(v), (counts.get(String(v)) ?? 0) + c);
    return { n, counts };
}
async function loadReference(options, cwd, logger) {
    const sources = options.reference;
    if (sources.length === 1 && /\.json$/i.test(sources[0])) {
        const file = external_node_path_default().resolve(cwd, sources[0]);
        const doc = await (0,src/* readJsonFile */.JE)(file);
        if (doc && typeof doc === "object" && doc.kind === "mlops.validation") {
            const saved = await (0,src/* parseDocument */.Tp)("mlops.validation", doc, sources[0]);
            const columns = new Map();
            for (const [name, p] of Object.entries(saved.profile)) {
                if (!p.sketches)
                    throw new src/* ConfigurationError */.j1(`${sources[0]}: column '${name}' has no saved sketches; re-run validate-data on the reference data to save a usable profile`, { code: "reference-invalid", location: { file: sources[0] } });
                columns.set(name, column/* ColumnProfiler */.kW.fromSketches(name, p.sketches));
            }
            logger.info(`reference: the saved profile in ${sources[0]} (${saved.dataset.rows.toLocaleString("en-US")} rows)`);
            return {
                kind: "profile",
                source: sources[0],
                fingerprint: saved.dataset.fingerprint,
                rows: saved.dataset.rows,
                columns,
            };
        }
        throw new src/* ConfigurationError */.j1(`${sources[0]}: expected a ValidationReport (kind mlops.validation) to use as reference, or a data file`, { code: "reference-invalid", location: { file: sources[0] } });
    }
    const files = await (0,src_dataset/* resolveFiles */.sA)(sources, cwd);
    const fingerprints = fingerprintFiles(files, cwd);
    const ref = new src_dataset/* DatasetProfiler */.ib({
        format: options.referenceFormat ?? options.format,
        delimiter: options.delimiter,
        maxRowBytes: options.maxRowBytes,
        maxColumns: options.maxColumns,
    });
    for (const file of files) {
        const at = external_node_path_default().isAbsolute(file) || external_node_path_default().resolve(cwd) === process.cwd() ? file : external_node_path_default().join(cwd, file);
        try {
            await ref.read(at);
        }
        catch (error) {
            if (error instanceof errors/* DataError */.f)
                throw new src/* ConfigurationError */.j1(`reference: ${error.message}`, {
                    code: error.code,
                    location: error.location,
                });
            throw error;
        }
    }
    const digests = await fingerprints;
    logger.info(`reference: ${ref.rows.toLocaleString("en-US")} rows from ${files.length} file(s)`);
    return {
        kind: "data",
        source: sources.join(", "),
        fingerprint: (0,src/* combineDigests */.T2)(digests.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes ?? 0 }))),
        rows: ref.rows,
        columns: ref.columns,
    };
}
/** The `drift` input: a JSON or YAML mapping { column: { test, threshold } } ("*" for all). */
async function parseDriftOption(text, source = "input 'drift'") {
    if (text === undefined || text.trim() === "")
        return undefined;
    const { parseYamlWithLocations } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17198));
    const { value } = await parseYamlWithLocations(text, source);
    if (!value || typeof value !== "object" || Array.isArray(value)) {
        throw new src/* ConfigurationError */.j1(`${source}: expected a mapping of column to { test, threshold }, e.g. {"delay": {"test": "psi", "threshold": 0.2}}`, { code: "input-invalid" });
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/data/src/index.ts


















/***/ }),

/***/ 17120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ readJsonLines)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17198);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27211);




/**
 * JSON Lines, streamed: one JSON object per line, read in chunks; a line may be at most
 * maxRowBytes long. Blank lines are skipped. Each object goes to onObject with its line.
 */
async function readJsonLines(file, onObject, options = {}) {
    const chunk = options.chunkBytes ?? 1 << 20;
    const maxRow = options.maxRowBytes ?? 64 << 20;
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, "r");
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "EISDIR")
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("file-not-found", code === "EISDIR" ? "expected a file, found a directory" : "file not found", { file });
        throw error;
    }
    const decoder = new TextDecoder("utf-8");
    try {
        let buf = Buffer.allocUnsafe(chunk * 2);
        let filled = 0;
        let line = 1;
        let consumed = 0;
        let sawAny = false;
        let first = true;
        for (;;) {
            if (filled + chunk > buf.length) {
                if (filled >= maxRow)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("line-too-long", `a line is longer than ${maxRow} bytes (maxRowBytes)`, {
                        file,
                        line,
                    });
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, filled);
                buf = bigger;
            }
            const { bytesRead } = await handle.read(buf, filled, chunk, null);
            const eof = bytesRead === 0;
            filled += bytesRead;
            let pos = 0;
            if (first) {
                first = false;
                if (filled >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                    pos = 3;
            }
            for (;;) {
                let nl = buf.indexOf(10, pos);
                if (nl >= filled)
                    nl = -1;
                if (nl === -1 && !eof)
                    break;
                const end = nl === -1 ? filled : nl;
                if (end === pos && nl === -1)
                    break;
                let lineEnd = end;
                if (lineEnd > pos && buf[lineEnd - 1] === 13)
                    lineEnd--;
                const bytes = buf.subarray(pos, lineEnd);
                if (bytes.indexOf(0) !== -1)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("nul-byte", "NUL byte found: this looks like a binary file, not JSON Lines", {
                        file,
                        line,
                        column: bytes.indexOf(0) + 1,
                    });
                if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(bytes))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("invalid-utf8", "invalid UTF-8 (save the file as UTF-8)", { file, line });
                const text = decoder.decode(bytes);
                if (text.trim() !== "") {
                    sawAny = true;
                    let value;
                    try {
                        value = JSON.parse(text);
                    }
                    catch (error) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("invalid-json", `invalid JSON: ${error.message}`, {
                            file,
                            line,
                            column: jsonColumn(text),
                        });
                    }
                    if (value === null || typeof value !== "object" || Array.isArray(value)) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("not-an-object", `expected a JSON object per line, found ${Array.isArray(value) ? "an array" : JSON.stringify(value)?.slice(0, 40)}`, { file, line, column: 1 });
                    }
                    onObject(value, line);
                }
                line++;
                pos = nl === -1 ? filled : nl + 1;
                if (nl === -1)
                    break;
            }
            consumed += pos;
            options.onProgress?.(consumed);
            if (eof)
                break;
            buf.copy(buf, 0, pos, filled);
            filled -= pos;
        }
        if (!sawAny)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("empty-file", "the file has no JSON objects", { file, line: 1 });
    }
    finally {
        await handle.close();
    }
}
/** Column of the first syntax error in one line of JSON. */
function jsonColumn(text) {
    return (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .jsonErrorOffset */ .O)(text) + 1;
}


/***/ }),

/***/ 18574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readParquet)
/* harmony export */ });
/* unused harmony export decodeDictionaryPage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27211);

const PARSERS = {
    timestampFromMilliseconds: (v) => Number(v),
    timestampFromMicroseconds: (v) => Number(v) / 1000,
    timestampFromNanoseconds: (v) => Number(v) / 1e6,
    dateFromDays: (d) => d * 86_400_000,
    stringFromBytes: (b) => b,
};
/** hyparquet and its compressors, loaded on first use (they are not needed for CSV or JSONL). */
async function loadHyparquet() {
    const [hp, { compressors }, column, datapage, convert, schema, plain, encoding] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(17), __webpack_require__.e(167), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 25787)),
        __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 20138)),
        Promise.all(/* import() */[__webpack_require__.e(17), __webpack_require__.e(167)]).then(__webpack_require__.bind(__webpack_require__, 16167)),
        __webpack_require__.e(/* import() */ 17).then(__webpack_require__.bind(__webpack_require__, 7017)),
        __webpack_require__.e(/* import() */ 234).then(__webpack_require__.bind(__webpack_require__, 69234)),
        __webpack_require__.e(/* import() */ 286).then(__webpack_require__.bind(__webpack_require__, 28286)),
        __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 74809)),
        __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 23448)),
    ]);
    return { hp, compressors, column, datapage, convert, schema, plain, encoding };
}
async function readParquet(file, visitor) {
    const m = await loadHyparquet();
    const { buffer, metadata } = await openParquet(file, m);
    const columns = planColumns(file, m, metadata);
    visitor.columns(columns.map(({ name, datetime }) => ({ name, datetime })));
    const ctx = {
        file,
        m,
        buffer,
        metadata,
        columns,
        visitor,
        parsers: { ...m.convert.DEFAULT_PARSERS, ...PARSERS },
        scratch: { defs: new Uint8Array(0), indices: new Int32Array(0) },
    };
    let groupStart = 0;
    for (const group of metadata.row_groups) {
        const rows = Number(group.num_rows);
        try {
            await readRowGroup(ctx, group.columns, groupStart, rows);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f)
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f("invalid-parquet", `cannot read row group at row ${groupStart}: ${error.message}`, { file, line: groupStart + 1 });
        }
        visitor.rowGroup(rows);
        groupStart += rows;
    }
}
async function openParquet(file, { hp }) {
    let buffer;
    try {
        buffer = await hp.asyncBufferFromFile(file);
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "EISDIR")
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f("file-not-found", "file not found", { file });
        throw error;
    }
    if (buffer.byteLength === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f("empty-file", "the file is empty", { file });
    try {
        return { buffer, metadata: await hp.parquetMetadataAsync(buffer) };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f("invalid-parquet", `not a readable Parquet file: ${error.message}`, {
            file,
        });
    }
}
/** The top-level columns: names (unique), datetime units, and how each is decoded. */
function planColumns(file, { hp, schema }, metadata) {
    const columns = hp.parquetSchema(metadata).children.map((child) => {
        const el = child.element;
        const logical = el.logical_type;
        let msPerUnit;
        if (logical?.type === "TIMESTAMP")
            msPerUnit = logical.unit === "MILLIS" ? 1 : logical.unit === "MICROS" ? 1e-3 : 1e-6;
        else if (logical?.type === "DATE" || el.converted_type === "DATE")
            msPerUnit = 86_400_000;
        else if (el.converted_type === "TIMESTAMP_MILLIS")
            msPerUnit = 1;
        else if (el.converted_type === "TIMESTAMP_MICROS")
            msPerUnit = 1e-3;
        const datetime = msPerUnit !== undefined || el.type === "INT96";
        const schemaPath = schema.getSchemaPath(metadata.schema, [el.name]);
        return {
            name: el.name,
            datetime,
            msPerUnit,
            flat: schema.isFlatColumn(schemaPath) && el.type !== "INT96",
            schemaPath,
        };
    });
    const seen = new Set();
    for (const [i, c] of columns.entries()) {
        if (seen.has(c.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f("duplicate-column", `duplicate column name ${JSON.stringify(c.name)}`, {
                file,
                column: i + 1,
            });
        seen.add(c.name);
    }
    return columns;
}
async function readRowGroup(ctx, chunks, groupStart, rows) {
    const nested = [];
    for (let c = 0; c < ctx.columns.length; c++) {
        const col = ctx.columns[c];
        const chunk = chunks.find((ch) => ch.meta_data?.path_in_schema[0] === col.name && ch.meta_data.path_in_schema.length === 1);
        if (!col.flat || !chunk?.meta_data)
            nested.push(c);
        else
            await readFlatChunk(ctx, c, chunk.meta_data, groupStart, rows);
    }
    if (nested.length)
        await readNestedColumns(ctx, nested, groupStart, rows);
}
/** One flat column's chunk of a row group, page by page. */
async function readFlatChunk(ctx, c, meta, groupStart, rows) {
    const { m, visitor } = ctx;
    const col = ctx.columns[c];
    const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
    const end = start + Number(meta.total_compressed_size);
    const bytes = await ctx.buffer.slice(start, end);
    const reader = { view: new DataView(bytes), offset: 0 };
    const decoder = {
        pathInSchema: [col.name],
        schemaPath: col.schemaPath,
        element: col.schemaPath[col.schemaPath.length - 1].element,
        type: meta.type,
        codec: meta.codec,
        compressors: m.compressors,
        parsers: ctx.parsers,
        utf8: true,
    };
    const maxDefinition = m.schema.getMaxDefinitionLevel(col.schemaPath);
    const decompress = (compressed, size) => m.datapage.decompressPage(compressed, Number(size), meta.codec, m.compressors);
    let dictionary;
    let row = groupStart;
    while (reader.offset < bytes.byteLength - 1 && row < groupStart + rows) {
        const header = m.column.parquetHeader(reader);
        const compressed = new Uint8Array(bytes, reader.offset, header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        if (header.type === "DICTIONARY_PAGE") {
            const page = decompress(compressed, header.uncompressed_page_size);
            const dict = m.plain.readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, meta.type, header.dictionary_page_header.num_values, decoder.element.type_length);
            dictionary = col.msPerUnit !== undefined ? dict : m.convert.convert(dict, decoder);
            continue;
        }
        let page;
        let encoding;
        if (header.type === "DATA_PAGE") {
            const daph = header.data_page_header;
            const raw = decompress(compressed, header.uncompressed_page_size);
            encoding = daph.encoding;
            if (dictionary && visitor.dictionaryPage && maxDefinition <= 1 && encoding.endsWith("_DICTIONARY")) {
                const decoded = decodeDictionaryPage(m, raw, daph.num_values, maxDefinition, ctx.scratch);
                if (decoded) {
                    row += visitor.dictionaryPage(c, dictionary, decoded.indices, decoded.defs, maxDefinition, row, col.msPerUnit);
                    continue;
                }
            }
            page = m.datapage.readDataPage(raw, daph, decoder);
        }
        else if (header.type === "DATA_PAGE_V2") {
            page = m.datapage.readDataPageV2(compressed, header, decoder);
            encoding = header.data_page_header_v2.encoding;
        }
        else
            continue;
        if (dictionary && encoding.endsWith("_DICTIONARY") && visitor.dictionaryPage) {
            row += visitor.dictionaryPage(c, dictionary, page.dataPage, page.definitionLevels, maxDefinition, row, col.msPerUnit);
            continue;
        }
        const values = pageValues(ctx, col, decoder, page, encoding, dictionary, maxDefinition);
        visitor.chunk(c, values, row, col.msPerUnit);
        row += values.length;
    }
}
/** A decoded page's values for visitor.chunk: dictionary looked up, nulls where levels say so. */
function pageValues({ m }, col, decoder, page, encoding, dictionary, maxDefinition) {
    let values;
    if (dictionary && encoding.endsWith("_DICTIONARY")) {
        const idx = page.dataPage;
        const out = new Array(idx.length);
        for (let i = 0; i < idx.length; i++)
            out[i] = dictionary[idx[i]];
        values = out;
    }
    else
        values =
            col.msPerUnit !== undefined
                ? page.dataPage
                : m.convert.convert(page.dataPage, decoder);
    const defs = page.definitionLevels;
    if (defs && defs.length) {
        const out = new Array(defs.length);
        for (let i = 0, j = 0; i < defs.length; i++)
            out[i] = defs[i] === maxDefinition ? values[j++] : null;
        values = out;
    }
    return values;
}
/** Nested (or INT96) columns of one row group through hyparquet's parquetRead. */
async function readNestedColumns({ m, buffer, metadata, columns, visitor }, nested, groupStart, rows) {
    const chunks = [];
    await m.hp.parquetRead({
        file: buffer,
        metadata,
        compressors: m.compressors,
        columns: nested.map((c) => columns[c].name),
        rowStart: groupStart,
        rowEnd: groupStart + rows,
        parsers: PARSERS,
        onChunk: ({ columnName, columnData, rowStart }) => {
            const c = columns.findIndex((x) => x.name === columnName);
            if (c >= 0)
                chunks.push({ column: c, data: columnData, rowStart });
        },
    });
    chunks.sort((a, b) => a.column - b.column || a.rowStart - b.rowStart);
    for (const ch of chunks)
        visitor.chunk(ch.column, ch.data, ch.rowStart);
}
/**
 * A v1 data page of a flat column (max definition level ≤ 1) with dictionary-encoded values,
 * decoded into reused typed arrays by hyparquet's RLE / bit-packed hybrid reader: definition
 * levels (omitted when nothing is missing) and dictionary indices. Returns null for layouts left
 * to hyparquet's readDataPage (bit widths over 24).
 */
function decodeDictionaryPage({ encoding }, page, numValues, maxDef, scratch) {
    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    let present = numValues;
    let defs;
    if (maxDef === 1) {
        if (scratch.defs.length < numValues)
            scratch.defs = new Uint8Array(numValues * 2);
        defs = scratch.defs.subarray(0, numValues);
        encoding.readRleBitPackedHybrid(reader, 1, defs); // reads its own 4-byte length
        present = 0;
        for (let i = 0; i < numValues; i++)
            present += defs[i];
        if (present === numValues)
            defs = undefined;
    }
    const bitWidth = page[reader.offset++];
    if (bitWidth > 24)
        return null;
    if (scratch.indices.length < present)
        scratch.indices = new Int32Array(present * 2);
    const indices = scratch.indices.subarray(0, present);
    if (bitWidth === 0)
        indices.fill(0);
    else
        encoding.readRleBitPackedHybrid(reader, bitWidth, indices, page.length - reader.offset);
    return { defs, indices };
}


/***/ }),

/***/ 49451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _A: () => (/* binding */ inferSchema),
/* harmony export */   eB: () => (/* binding */ datasetChecks),
/* harmony export */   qj: () => (/* binding */ ColumnChecker)
/* harmony export */ });
/* unused harmony exports MAX_SAMPLES, CROSS_PART_DUPLICATE */
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12712);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44745);
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79554);



/*
 * Schema checks, evaluated cell by cell during the profiling pass (the profiler hands each
 * classified cell to a ColumnChecker), and inference of a schema from profiles (write-schema).
 */
const MAX_SAMPLES = 5;
const DEFAULT_REGEX_MAX_LENGTH = 1000;
function constraint(raw, column) {
    if (raw === undefined)
        return undefined;
    const defaults = { severity: column.severity ?? "error", mostly: column.mostly ?? 1 };
    if (raw !== null && typeof raw === "object" && !Array.isArray(raw) && "value" in raw) {
        const o = raw;
        return { value: o.value, severity: o.severity ?? defaults.severity, mostly: o.mostly ?? defaults.mostly };
    }
    return { value: raw, ...defaults };
}
class Tally {
    failures = 0;
    checked = 0;
    samples = [];
}
/**
 * A set of 64-bit hashes (two independent 32-bit halves), for uniqueness over any row count.
 * With `positions`, the line and row where each value was first seen are kept too (8 more bytes
 * a value), so the set of one part of the data can be merged into another's (threads, shards).
 */
class HashSet64 {
    a = new Int32Array(1024);
    b = new Int32Array(1024);
    used = new Uint8Array(1024);
    lines;
    rows;
    size = 0;
    constructor(positions = false) {
        this.lines = positions ? new Int32Array(1024) : null;
        this.rows = positions ? new Int32Array(1024) : null;
    }
    /** Adds; returns false when already present. */
    add(h1, h2, line = 0, row = 0) {
        if (this.size * 2 >= this.used.length)
            this.grow();
        const mask = this.used.length - 1;
        let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
        while (this.used[i]) {
            if (this.a[i] === (h1 | 0) && this.b[i] === (h2 | 0))
                return false;
            i = (i + 1) & mask;
        }
        this.used[i] = 1;
        this.a[i] = h1;
        this.b[i] = h2;
        if (this.lines) {
            this.lines[i] = line;
            this.rows[i] = row;
        }
        this.size++;
        return true;
    }
    grow() {
        const { a, b, used, lines, rows } = this;
        const n = used.length * 2;
        this.a = new Int32Array(n);
        this.b = new Int32Array(n);
        this.used = new Uint8Array(n);
        if (lines) {
            this.lines = new Int32Array(n);
            this.rows = new Int32Array(n);
        }
        this.size = 0;
        for (let i = 0; i < used.length; i++)
            if (used[i])
                this.add(a[i], b[i], lines?.[i], rows?.[i]);
    }
    /** The values as [h1, h2, line, row] quadruples, in the order first seen (by row). */
    entries() {
        const out = new Int32Array(this.size * 4);
        let w = 0;
        for (let i = 0; i < this.used.length; i++) {
            if (!this.used[i])
                continue;
            out[w++] = this.a[i];
            out[w++] = this.b[i];
            out[w++] = this.lines?.[i] ?? 0;
            out[w++] = this.rows?.[i] ?? 0;
        }
        return out;
    }
}
/** The sample value of a duplicate whose first occurrence is in an earlier part of the data. */
const CROSS_PART_DUPLICATE = "(a value that also occurs in an earlier part of the data)";
/** Bit k set: a cell of kind k conforms to the type. */
const KIND_OK = {
    integer: 1 << _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Integer,
    number: (1 << _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Integer) | (1 << _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Number),
    boolean: 1 << _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Boolean,
    datetime: 1 << _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Datetime,
    string: 0b111111,
    categorical: 0b111111,
};
/** Checks one column's cells against its schema entry. */
class ColumnChecker {
    name;
    schema;
    where;
    regexMaxLength;
    mergeable;
    type;
    typeOk;
    min;
    max;
    minValue = -Infinity;
    maxValue = Infinity;
    allowed;
    allowedSet;
    regex;
    pattern;
    unique;
    seen;
    hasRange;
    tallies = {
        type: new Tally(),
        min: new Tally(),
        max: new Tally(),
        allowed: new Tally(),
        regex: new Tally(),
        unique: new Tally(),
        missing: new Tally(),
    };
    constructor(name, schema, where, regexMaxLength = DEFAULT_REGEX_MAX_LENGTH, 
    /** Keep the position of each unique value, so this part can be merged into another. */
    mergeable = false) {
        this.name = name;
        this.schema = schema;
        this.where = where;
        this.regexMaxLength = regexMaxLength;
        this.mergeable = mergeable;
        if (schema.type) {
            this.type = { value: schema.type, severity: schema.severity ?? "error", mostly: schema.mostly ?? 1 };
            this.typeOk = KIND_OK[schema.type];
        }
        this.min = constraint(schema.min, schema);
        this.max = constraint(schema.max, schema);
        if (this.min)
            this.minValue = toNumber(this.min.value);
        if (this.max)
            this.maxValue = toNumber(this.max.value);
        this.hasRange = this.min !== undefined || this.max !== undefined;
        this.allowed = constraint(schema.allowed, schema);
        if (this.allowed)
            this.allowedSet = new Set(this.allowed.value.map(String));
        this.regex = constraint(schema.regex, schema);
        if (this.regex)
            this.pattern = new RegExp(this.regex.value, "u");
        this.unique = constraint(schema.unique, schema);
        if (this.unique?.value)
            this.seen = new HashSet64(mergeable);
    }
    cell(kind, value, buf, start, end, line, row) {
        const t = this.tallies;
        if (kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Missing) {
            t.missing.failures++;
            if (t.missing.samples.length < MAX_SAMPLES)
                t.missing.samples.push({ file: this.where.file, line, row: row + 1, value: null });
            return;
        }
        if (this.typeOk !== undefined) {
            t.type.checked++;
            if (((this.typeOk >> kind) & 1) === 0)
                this.fail(t.type, kind, value, buf, start, end, line, row);
        }
        if (this.hasRange &&
            (kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Integer || kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Number || kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Datetime)) {
            if (this.min !== undefined) {
                t.min.checked++;
                if (value < this.minValue)
                    this.fail(t.min, kind, value, buf, start, end, line, row);
            }
            if (this.max !== undefined) {
                t.max.checked++;
                if (value > this.maxValue)
                    this.fail(t.max, kind, value, buf, start, end, line, row);
            }
        }
        if (this.allowedSet !== undefined) {
            t.allowed.checked++;
            if (!this.allowedSet.has(cellText(kind, value, buf, start, end)))
                this.fail(t.allowed, kind, value, buf, start, end, line, row);
        }
        if (this.pattern !== undefined) {
            t.regex.checked++;
            const s = cellText(kind, value, buf, start, end);
            if (s.length > this.regexMaxLength || !this.pattern.test(s))
                this.fail(t.regex, kind, value, buf, start, end, line, row);
        }
        if (this.seen !== undefined) {
            t.unique.checked++;
            let b = buf;
            let from = start;
            let to = end;
            if (end <= start) {
                b = encoder.encode(cellText(kind, value, buf, start, end));
                from = 0;
                to = b.length;
            }
            if (!this.seen.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .hashBytes */ .yi)(b, from, to), (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .hashBytes */ .yi)(b, from, to, 0x2545f491), line, row + 1))
                this.fail(t.unique, kind, value, buf, start, end, line, row);
        }
    }
    fail(tally, kind, value, buf, start, end, line, row) {
        tally.failures++;
        if (tally.samples.length < MAX_SAMPLES) {
            const s = cellText(kind, value, buf, start, end);
            tally.samples.push({
                file: this.where.file,
                line,
                row: row + 1,
                value: s.length > 200 ? `${s.slice(0, 200)}…` : s,
            });
        }
    }
    /** This checker's tallies (and unique values), for merging into the checker of another part. */
    state() {
        const tallies = {};
        for (const [name, t] of Object.entries(this.tallies))
            tallies[name] = { failures: t.failures, checked: t.checked, samples: t.samples };
        return { tallies, unique: this.seen && this.mergeable ? this.seen.entries() : null };
    }
    /**
     * Adds the state of the part that follows the data seen so far: its lines are shifted by
     * `lineOffset` (lines of the same file before the part) and its rows by `rowOffset`. A value of
     * a unique column first seen in that part but already seen here is a duplicate at its first
     * position there, as a single pass would have found it.
     */
    merge(state, lineOffset, rowOffset) {
        const shift = (s) => ({
            ...s,
            ...(s.line !== undefined ? { line: s.line + lineOffset } : {}),
            ...(s.row !== undefined ? { row: s.row + rowOffset } : {}),
        });
        for (const name of Object.keys(this.tallies)) {
            const mine = this.tallies[name];
            const theirs = state.tallies[name];
            if (!theirs)
                continue;
            mine.failures += theirs.failures;
            mine.checked += theirs.checked;
            let incoming = theirs.samples.map(shift);
            if (name === "unique" && this.seen && state.unique) {
                const cross = this.mergeUnique(state.unique, lineOffset, rowOffset);
                mine.failures += cross.length;
                incoming = [...incoming, ...cross].sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
            }
            for (const s of incoming) {
                if (mine.samples.length >= MAX_SAMPLES)
                    break;
                mine.samples.push(s);
            }
        }
    }
    /** Adds another part's unique values; returns the duplicates (in row order, at most MAX_SAMPLES + their count). */
    mergeUnique(entries, lineOffset, rowOffset) {
        const cross = [];
        for (let i = 0; i < entries.length; i += 4) {
            const line = entries[i + 2] + lineOffset;
            const row = entries[i + 3] + rowOffset;
            if (!this.seen.add(entries[i], entries[i + 1], line, row))
                cross.push({ file: this.where.file, line, row, value: CROSS_PART_DUPLICATE });
        }
        return cross;
    }
    /** Results for this column, given its final counts. */
    results(profiler) {
        const out = [];
        const s = this.schema;
        const t = this.tallies;
        const result = (check, c, expected, tally, observed) => {
            const passed = tally.checked === 0
                ? true
                : (tally.checked - tally.failures) / tally.checked >= c.mostly &&
                    (c.mostly < 1 ? true : tally.failures === 0);
            const r = {
                check,
                column: this.name,
                severity: c.severity,
                passed,
                expected,
                failures: tally.failures,
                checked: tally.checked,
                samples: tally.samples,
            };
            if (observed !== undefined)
                r.observed = observed;
            if (c.mostly < 1)
                r.mostly = c.mostly;
            return r;
        };
        if (this.type) {
            const kinds = [
                [profiler.integers, "integer"],
                [profiler.decimals, "number"],
                [profiler.booleans, "boolean"],
                [profiler.datetimes, "datetime"],
                [profiler.texts, "text"],
            ]
                .filter(([n]) => n > 0)
                .map(([n, k]) => `${n} ${k}`)
                .join(", ");
            out.push(result("type", this.type, this.type.value, t.type, kinds || "no values"));
        }
        const nullable = constraint(s.nullable, s);
        t.missing.checked = profiler.rows;
        if (nullable && nullable.value === false)
            out.push(result("not-null", nullable, "no missing values", t.missing, `${profiler.missing} missing`));
        const ratio = constraint(s.maxMissingRatio, s);
        if (ratio) {
            const observed = profiler.rows ? profiler.missing / profiler.rows : 0;
            const passed = observed <= ratio.value;
            out.push({
                check: "max-missing-ratio",
                column: this.name,
                severity: ratio.severity,
                passed,
                expected: `missing ratio ≤ ${ratio.value}`,
                observed: (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(observed),
                failures: passed ? 0 : profiler.missing,
                checked: profiler.rows,
                samples: passed ? [] : t.missing.samples,
            });
        }
        if (this.min)
            out.push(result("min", this.min, `≥ ${String(this.min.value)}`, t.min));
        if (this.max)
            out.push(result("max", this.max, `≤ ${String(this.max.value)}`, t.max));
        if (this.allowed)
            out.push(result("allowed", this.allowed, `one of ${this.allowed.value
                .slice(0, 20)
                .map((v) => JSON.stringify(v))
                .join(", ")}${this.allowed.value.length > 20 ? ", …" : ""}`, t.allowed));
        if (this.regex)
            out.push(result("regex", this.regex, `matches /${this.regex.value}/ (values up to ${this.regexMaxLength} characters)`, t.regex));
        if (this.unique?.value)
            out.push(result("unique", this.unique, "unique values", t.unique, `${t.unique.failures} duplicates`));
        return out;
    }
}
const encoder = new TextEncoder();
function cellText(kind, value, buf, start, end) {
    if (end > start)
        return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._6)(buf, start, end);
    if (kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Datetime)
        return new Date(value).toISOString();
    if (kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Boolean)
        return value ? "true" : "false";
    return String(value);
}
function toNumber(v) {
    if (typeof v === "number")
        return v;
    const ms = Date.parse(v);
    if (Number.isNaN(ms))
        return Number(v);
    return ms;
}
/** Dataset-level checks: required and unexpected columns, row-count bounds. */
function datasetChecks(schema, columns, rows) {
    const out = [];
    const present = new Set(columns);
    for (const [name, col] of Object.entries(schema.columns)) {
        const required = constraint(col.required, col) ?? {
            value: true,
            severity: col.severity ?? "error",
            mostly: 1,
        };
        if (!required.value)
            continue;
        const ok = present.has(name);
        out.push({
            check: "required-column",
            column: name,
            severity: required.severity,
            passed: ok,
            expected: "column present",
            observed: ok ? "present" : "missing",
            failures: ok ? 0 : 1,
            checked: 1,
            samples: [],
        });
    }
    const policy = schema.unexpectedColumns ?? "error";
    if (policy !== "ignore") {
        for (const name of columns) {
            if (name in schema.columns)
                continue;
            out.push({
                check: "unexpected-column",
                column: name,
                severity: policy,
                passed: false,
                expected: "only the schema's columns",
                observed: "present",
                failures: 1,
                checked: 1,
                samples: [],
            });
        }
    }
    if (schema.rows && (schema.rows.min !== undefined || schema.rows.max !== undefined)) {
        const { min, max } = schema.rows;
        const ok = (min === undefined || rows >= min) && (max === undefined || rows <= max);
        const expected = [min !== undefined ? `≥ ${min}` : "", max !== undefined ? `≤ ${max}` : ""]
            .filter(Boolean)
            .join(" and ");
        out.push({
            check: "row-count",
            column: null,
            severity: schema.rows.severity ?? "error",
            passed: ok,
            expected: `rows ${expected}`,
            observed: String(rows),
            failures: ok ? 0 : 1,
            checked: 1,
            samples: [],
        });
    }
    return out;
}
/**
 * A schema inferred from profiles, for review: types, nullability, the observed range (as
 * warnings: new extremes are worth a look, not a failure), small category domains, uniqueness.
 */
function inferSchema(profiles, rows) {
    const columns = {};
    for (const [name, p] of Object.entries(profiles)) {
        const c = { type: p.type };
        c.nullable = p.missing > 0;
        if ((p.type === "integer" || p.type === "number" || p.type === "datetime") &&
            p.min != null &&
            p.max != null) {
            c.min = { value: p.min, severity: "warning" };
            c.max = { value: p.max, severity: "warning" };
        }
        if (p.type === "categorical" && p.top && p.top.length === p.distinct)
            c.allowed = p.top.map((t) => t.value).sort();
        if ((p.type === "integer" || p.type === "string") &&
            p.count >= 50 &&
            p.distinct === p.count &&
            exactDistinct(p))
            c.unique = true;
        columns[name] = c;
    }
    return {
        $schema: "https://mlops-actions.dev/schemas/data-schema.v1.json",
        kind: "mlops.data-schema",
        version: 1,
        columns,
        unexpectedColumns: "error",
        rows: { min: rows > 0 ? 1 : 0 },
    };
}
function exactDistinct(p) {
    const s = p.sketches;
    if (p.type === "integer")
        return s?.distribution?.exact !== undefined;
    return s?.text?.exact === true;
}


/***/ }),

/***/ 39810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ mergeSegments),
/* harmony export */   E3: () => (/* binding */ mergeSegment),
/* harmony export */   ED: () => (/* binding */ segmentSchemaOf),
/* harmony export */   nK: () => (/* binding */ profileSegment)
/* harmony export */ });
/* unused harmony exports withoutLocation, segmentState */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17198);
/* harmony import */ var _dataset_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92302);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27211);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49451);
/* harmony import */ var _split_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3422);






/** The schema entries segments check (what a worker or shard needs of a schema). */
function segmentSchemaOf(schema) {
    return schema ? { columns: schema.columns, regexMaxLength: schema.regexMaxLength } : null;
}
/** Profiles one segment (on whatever thread calls it). */
async function profileSegment(job) {
    const checkers = new Map();
    const where = { file: job.file };
    const dataset = new _dataset_js__WEBPACK_IMPORTED_MODULE_2__/* .DatasetProfiler */ .ib({
        format: job.format,
        delimiter: job.delimiter,
        maxRowBytes: job.maxRowBytes,
        maxColumns: job.maxColumns,
        onColumn: (column) => {
            const spec = job.schema?.columns[column.name];
            if (!spec)
                return;
            const checker = new _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ColumnChecker */ .qj(column.name, spec, where, job.schema?.regexMaxLength, true);
            checkers.set(column.name, checker);
            column.observer = checker;
        },
    });
    let start = job.start ?? 0;
    let end = start;
    let lines = 0;
    let error = null;
    try {
        let header = null;
        if (job.start === undefined && job.nominalStart > 0)
            start = await (0,_split_js__WEBPACK_IMPORTED_MODULE_5__/* .findRecordStart */ .VW)(job.path, job.nominalStart);
        if (start > 0) {
            const h = await (0,_split_js__WEBPACK_IMPORTED_MODULE_5__/* .readCsvHeader */ .km)(job.path, { delimiter: csvDelimiter(job), maxColumns: job.maxColumns });
            header = h.names;
            start = Math.max(start, h.end);
        }
        const range = { start, end: Math.max(start, job.nominalEnd), header };
        const stopped = await dataset.read(job.path, range);
        end = stopped?.end ?? start;
        lines = stopped?.lines ?? 0;
    }
    catch (caught) {
        if (!(caught instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f))
            throw caught;
        error = {
            code: caught.code,
            message: withoutLocation(caught),
            path: caught.location?.file ?? job.path,
            ...(caught.location?.line !== undefined ? { line: caught.location.line } : {}),
            ...(caught.location?.column !== undefined ? { column: caught.location.column } : {}),
        };
    }
    return segmentState(dataset, checkers, job.file, { start, end, lines, error });
}
/** A DataError's message without the "file line N column C: " its constructor put in front. */
function withoutLocation(error) {
    const loc = error.location ?? {};
    const where = [loc.file ?? ""];
    if (loc.line !== undefined)
        where.push(`line ${loc.line}`);
    if (loc.column !== undefined)
        where.push(typeof loc.column === "number" ? `column ${loc.column}` : `column '${loc.column}'`);
    const prefix = `${where.join(" ")}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}
function csvDelimiter(job) {
    if (job.delimiter !== undefined)
        return job.delimiter;
    const ext = node_path__WEBPACK_IMPORTED_MODULE_0___default().extname(job.file).toLowerCase();
    return job.format === "tsv" || (job.format !== "csv" && (ext === ".tsv" || ext === ".tab"))
        ? "\t"
        : undefined;
}
/** The state of a profiled segment. */
function segmentState(dataset, checkers, file, range) {
    const columns = [...dataset.columns.keys()];
    const ragged = dataset.ragged[0] ?? null; // one file per segment
    return {
        file,
        format: [...dataset.formats][0] ?? "csv",
        start: range.start,
        end: range.end,
        lines: range.lines,
        rows: dataset.rows,
        columns,
        sketches: columns.map((c) => dataset.columns.get(c).sketches()),
        checks: columns.map((c) => checkers.get(c)?.state() ?? null),
        ragged: ragged ? { count: ragged.count, samples: ragged.samples } : null,
        error: range.error,
    };
}
/**
 * Adds a segment that follows the data already in `dataset` (the same file continued, or the next
 * file): sketches merged, rows and lines shifted, checker states merged into `checkers` (the
 * dataset's onColumn attaches them). A segment that stopped on a malformed record throws its
 * error, with the line it has in the whole file.
 */
function mergeSegment(dataset, checkers, segment, lineOffset) {
    const rowOffset = dataset.rows;
    dataset.formats.add(segment.format);
    if (segment.columns.length) {
        const columns = dataset.matchColumns(segment.file, segment.columns, false);
        columns.forEach((column, k) => {
            column.merge(segment.sketches[k]);
            const state = segment.checks[k];
            const checker = checkers.get(column.name);
            if (state && checker)
                checker.merge(state, lineOffset, rowOffset);
        });
    }
    dataset.rows += segment.rows;
    if (segment.ragged) {
        let ragged = dataset.ragged.find((r) => r.file === segment.file);
        if (!ragged)
            dataset.ragged.push((ragged = { file: segment.file, count: 0, samples: [] }));
        ragged.count += segment.ragged.count;
        for (const s of segment.ragged.samples)
            if (ragged.samples.length < 5)
                ragged.samples.push({ ...s, line: s.line + lineOffset });
    }
    if (segment.error) {
        const { code, message, line, column } = segment.error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f(code, message, {
            file: segment.error.path,
            ...(line !== undefined ? { line: line + lineOffset } : {}),
            ...(column !== undefined ? { column } : {}),
        });
    }
}
/**
 * Merges segments in dataset order into `dataset`: each file's segments must tile it (the first
 * starts at 0, each starts where the one before ended, the last ends at the end of the file).
 * A segment that stopped on malformed data ends the merge with its error, as one pass would.
 */
function mergeSegments(dataset, checkers, where, segments, sizes) {
    let file = null;
    let end = 0;
    const done = (f) => {
        const size = sizes?.get(f);
        if (size !== undefined && end !== size)
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'merge': the partials cover ${f} only up to byte ${end} of ${size}; a shard of it is missing`, { code: "partial-mismatch" });
    };
    for (const s of segments) {
        if (s.file !== file) {
            if (file !== null)
                done(file);
            file = s.file;
            end = 0;
        }
        where.file = s.file;
        if (sizes && s.start !== end)
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'merge': ${s.file}: ${s.from ?? "a partial"} starts at byte ${s.start}, but the part before it ends at byte ${end}: the file has a quote inside an unquoted field (not RFC 4180), so shards cannot find record starts on their own; validate it in one job (threads still use every core)`, { code: "partial-mismatch" });
        mergeSegment(dataset, checkers, s, s.firstLine - 1);
        end = s.end;
    }
    if (file !== null)
        done(file);
}


/***/ }),

/***/ 217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ rankOf),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   zm: () => (/* binding */ Distribution)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44745);
/* harmony import */ var _hll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54567);
/* harmony import */ var _kll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25138);



class Distribution {
    exactLimit;
    n = 0;
    counts = new Map();
    kll = null;
    hll = null;
    constructor(exactLimit = 20_000) {
        this.exactLimit = exactLimit;
    }
    get exact() {
        return this.counts !== null;
    }
    add(x) {
        this.n++;
        const counts = this.counts;
        if (counts !== null) {
            const c = counts.get(x);
            if (c !== undefined) {
                counts.set(x, c + 1);
                return;
            }
            if (counts.size < this.exactLimit) {
                counts.set(x, 1);
                return;
            }
            this.toSketch();
        }
        this.kll.add(x);
        this.hll.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(x));
    }
    /** Adds `count` copies of x. */
    addCount(x, count) {
        if (count === 1)
            return this.add(x);
        const counts = this.counts;
        if (counts !== null) {
            const c = counts.get(x);
            if (c !== undefined || counts.size < this.exactLimit) {
                counts.set(x, (c ?? 0) + count);
                this.n += count;
                return;
            }
            this.toSketch();
        }
        this.n += count;
        for (let i = 0; i < count; i++)
            this.kll.add(x);
        this.hll.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(x));
    }
    toSketch() {
        const kll = new _kll_js__WEBPACK_IMPORTED_MODULE_1__/* .Kll */ .O();
        const hll = new _hll_js__WEBPACK_IMPORTED_MODULE_2__/* .HyperLogLog */ .l();
        const entries = [...this.counts].sort((a, b) => a[0] - b[0]);
        for (const [v, c] of entries) {
            hll.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(v));
            for (let i = 0; i < c; i++)
                kll.add(v);
        }
        this.kll = kll;
        this.hll = hll;
        this.counts = null;
    }
    distinct() {
        return this.counts ? this.counts.size : Math.round(this.hll.estimate());
    }
    weighted() {
        if (this.counts) {
            const entries = [...this.counts].sort((a, b) => a[0] - b[0]);
            const values = new Float64Array(entries.length);
            const weights = new Float64Array(entries.length);
            entries.forEach(([v, c], i) => {
                values[i] = v;
                weights[i] = c;
            });
            return { values, weights, total: this.n, exact: true };
        }
        const { values, weights } = this.kll.weighted();
        // KLL weights sum to ≈ n; rescale so ranks are fractions of n.
        let sum = 0;
        for (const w of weights)
            sum += w;
        if (sum > 0 && sum !== this.n)
            for (let i = 0; i < weights.length; i++)
                weights[i] = (weights[i] * this.n) / sum;
        return { values, weights, total: this.n, exact: false };
    }
    /** Exact value counts (exact mode only). */
    valueCounts() {
        return this.counts;
    }
    merge(other) {
        const state = other instanceof Distribution ? other.toJSON() : other;
        let from = 0;
        if (state.exact && this.counts) {
            for (; from < state.exact.length; from++) {
                const [v, c] = state.exact[from];
                const had = this.counts.get(v);
                if (had === undefined && this.counts.size >= this.exactLimit)
                    break;
                this.counts.set(v, (had ?? 0) + c);
            }
            if (from === state.exact.length) {
                this.n += state.n;
                return;
            }
        }
        if (this.counts)
            this.toSketch();
        if (state.exact) {
            for (; from < state.exact.length; from++) {
                const [v, c] = state.exact[from];
                this.hll.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(v));
                for (let i = 0; i < c; i++)
                    this.kll.add(v);
            }
        }
        else {
            this.kll.merge(state.kll);
            this.hll.merge(_hll_js__WEBPACK_IMPORTED_MODULE_2__/* .HyperLogLog */ .l.from(state.hll));
        }
        this.n += state.n;
    }
    toJSON() {
        if (this.counts)
            return { n: this.n, exact: [...this.counts].sort((a, b) => a[0] - b[0]) };
        return { n: this.n, kll: this.kll.toJSON(), hll: this.hll.toJSON() };
    }
    static from(state) {
        const d = new Distribution();
        d.merge(state);
        return d;
    }
}
/** Quantile q of weighted points, linear interpolation between ranks as numpy/pandas (type 7). */
function quantile(w, q) {
    const n = w.total;
    if (w.values.length === 0)
        return NaN;
    const position = (n - 1) * q; // 0-based rank
    const lo = Math.floor(position);
    const frac = position - lo;
    const a = valueAtRank(w, lo);
    if (frac === 0)
        return a;
    const b = valueAtRank(w, lo + 1);
    return a + (b - a) * frac;
}
/** The value of 0-based rank r (r-th smallest). */
function valueAtRank(w, r) {
    let cum = 0;
    for (let i = 0; i < w.values.length; i++) {
        cum += w.weights[i];
        if (r < cum - 1e-9)
            return w.values[i];
    }
    return w.values[w.values.length - 1];
}
/** Weight of points ≤ x (inclusive) or < x. */
function rankOf(w, x, inclusive) {
    let lo = 0;
    let hi = w.values.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const v = w.values[mid];
        if (inclusive ? v <= x : v < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    let sum = 0;
    for (let i = 0; i < lo; i++)
        sum += w.weights[i];
    return sum;
}


/***/ }),

/***/ 30417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ Frequencies)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44745);
/* harmony import */ var _hll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54567);


const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();
class Frequencies {
    exactLimit;
    topK;
    n = 0;
    // Exact table.
    slots = new Int32Array(64).fill(-1);
    hashes = new Int32Array(32);
    keyStart = new Int32Array(32);
    keyLen = new Int32Array(32);
    counts = new Float64Array(32);
    arena = new Uint8Array(1024);
    arenaUsed = 0;
    size = 0;
    // Approximate mode.
    summary = null;
    hll = null;
    scratch = new Uint8Array(256);
    shortKeys = new Int32Array(1024).fill(-1);
    shortEntries = new Int32Array(1024);
    constructor(exactLimit = 20_000, topK = 2_000) {
        this.exactLimit = exactLimit;
        this.topK = topK;
    }
    get exact() {
        return this.summary === null;
    }
    /** Distinct values seen (exact, or the HyperLogLog estimate). */
    distinct() {
        return this.hll ? Math.round(this.hll.estimate()) : this.size;
    }
    addBytes(buf, start, end, count = 1) {
        const len = end - start;
        if (len <= 3 && this.summary === null) {
            // Short values (codes, flags) packed into one integer: a direct-mapped cache of entries.
            const key = (len << 24) |
                (len > 0 ? buf[start] : 0) |
                (len > 1 ? buf[start + 1] << 8 : 0) |
                (len > 2 ? buf[start + 2] << 16 : 0);
            const slot = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fmix32 */ .sT)(key) & 1023;
            if (this.shortKeys[slot] === key) {
                this.n += count;
                this.counts[this.shortEntries[slot]] += count;
                return;
            }
            const e = this.addExact(buf, start, end, count);
            if (e >= 0) {
                this.shortKeys[slot] = key;
                this.shortEntries[slot] = e;
            }
            return;
        }
        this.addExact(buf, start, end, count);
    }
    /** Adds to the exact table; returns the entry, or -1 when the value went to the summary. */
    addExact(buf, start, end, count) {
        this.n += count;
        const h = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .yi)(buf, start, end);
        if (this.summary !== null) {
            this.hll.add(h);
            this.addApprox(decoder.decode(buf.subarray(start, end)), count);
            return -1;
        }
        const mask = this.slots.length - 1;
        let slot = h & mask;
        const len = end - start;
        for (;;) {
            const e = this.slots[slot];
            if (e === -1)
                break;
            if (this.hashes[e] === (h | 0) && this.keyLen[e] === len && this.sameKey(e, buf, start, len)) {
                this.counts[e] += count;
                return e;
            }
            slot = (slot + 1) & mask;
        }
        if (this.size >= this.exactLimit) {
            this.toApprox();
            this.n -= count;
            this.addExact(buf, start, end, count);
            return -1;
        }
        const e = this.size++;
        if (e >= this.hashes.length)
            this.growEntries();
        if (this.arenaUsed + len > this.arena.length) {
            const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
            bigger.set(this.arena.subarray(0, this.arenaUsed));
            this.arena = bigger;
        }
        this.arena.set(buf.subarray(start, end), this.arenaUsed);
        this.hashes[e] = h;
        this.keyStart[e] = this.arenaUsed;
        this.keyLen[e] = len;
        this.counts[e] = count;
        this.arenaUsed += len;
        this.slots[slot] = e;
        if (this.size * 2 > this.slots.length)
            this.rehash();
        return e;
    }
    addString(value, count = 1) {
        if (this.scratch.length < value.length * 3)
            this.scratch = new Uint8Array(value.length * 3);
        const { written } = encoder.encodeInto(value, this.scratch);
        this.addBytes(this.scratch, 0, written, count);
    }
    sameKey(e, buf, start, len) {
        const a = this.arena;
        const s = this.keyStart[e];
        for (let i = 0; i < len; i++)
            if (a[s + i] !== buf[start + i])
                return false;
        return true;
    }
    growEntries() {
        const size = this.hashes.length * 2;
        const grow = (a, make) => {
            const b = make(size);
            b.set(a);
            return b;
        };
        this.hashes = grow(this.hashes, (n) => new Int32Array(n));
        this.keyStart = grow(this.keyStart, (n) => new Int32Array(n));
        this.keyLen = grow(this.keyLen, (n) => new Int32Array(n));
        this.counts = grow(this.counts, (n) => new Float64Array(n));
    }
    rehash() {
        const slots = new Int32Array(this.slots.length * 2).fill(-1);
        const mask = slots.length - 1;
        for (let e = 0; e < this.size; e++) {
            let slot = this.hashes[e] & mask;
            while (slots[slot] !== -1)
                slot = (slot + 1) & mask;
            slots[slot] = e;
        }
        this.slots = slots;
    }
    toApprox() {
        const hll = new _hll_js__WEBPACK_IMPORTED_MODULE_1__/* .HyperLogLog */ .l();
        const summary = new Map();
        for (let e = 0; e < this.size; e++) {
            hll.add(this.hashes[e] >>> 0);
            summary.set(this.key(e), this.counts[e]);
        }
        this.hll = hll;
        this.summary = summary;
        this.prune();
        this.slots = new Int32Array(0);
        this.arena = new Uint8Array(0);
        this.size = 0;
    }
    key(e) {
        return decoder.decode(this.arena.subarray(this.keyStart[e], this.keyStart[e] + this.keyLen[e]));
    }
    addApprox(key, count) {
        const s = this.summary;
        s.set(key, (s.get(key) ?? 0) + count);
        if (s.size > this.topK * 2)
            this.prune();
    }
    /** Misra–Gries, batched: subtract the (topK+1)-th largest count from all, drop the non-positive. */
    prune() {
        const s = this.summary;
        if (s.size <= this.topK)
            return;
        const values = [...s.values()].sort((a, b) => b - a);
        const cut = values[this.topK];
        for (const [k, v] of s) {
            if (v <= cut)
                s.delete(k);
            else
                s.set(k, v - cut);
        }
    }
    /** Every (value, count), most frequent first (ties by value). */
    entries() {
        const out = [];
        if (this.summary)
            for (const [k, v] of this.summary)
                out.push([k, v]);
        else
            for (let e = 0; e < this.size; e++)
                out.push([this.key(e), this.counts[e]]);
        return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    /** Looks a value up (exact mode; in approximate mode a lower bound or 0). */
    count(value) {
        if (this.summary)
            return this.summary.get(value) ?? 0;
        const bytes = encoder.encode(value);
        const h = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .yi)(bytes, 0, bytes.length);
        const mask = this.slots.length - 1;
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const e = this.slots[slot];
            if (e === -1)
                return 0;
            if (this.hashes[e] === (h | 0) &&
                this.keyLen[e] === bytes.length &&
                this.sameKey(e, bytes, 0, bytes.length))
                return this.counts[e];
        }
    }
    merge(other) {
        const state = other instanceof Frequencies ? other.toJSON() : other;
        const before = this.n;
        if (!state.exact && this.summary === null)
            this.toApprox();
        for (const [k, v] of state.counts) {
            if (this.summary)
                this.summary.set(k, (this.summary.get(k) ?? 0) + v);
            else
                this.addString(k, v);
        }
        if (this.summary) {
            if (state.hll)
                this.hll.merge(_hll_js__WEBPACK_IMPORTED_MODULE_1__/* .HyperLogLog */ .l.from(state.hll));
            else
                for (const [k] of state.counts) {
                    const b = encoder.encode(k);
                    this.hll.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .yi)(b, 0, b.length));
                }
            this.prune();
        }
        this.n = before + state.n;
    }
    toJSON() {
        const state = { exact: this.exact, n: this.n, counts: this.entries() };
        if (this.hll)
            state.hll = this.hll.toJSON();
        return state;
    }
    static from(state) {
        const f = new Frequencies();
        f.merge(state);
        return f;
    }
}


/***/ }),

/***/ 54567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ HyperLogLog)
/* harmony export */ });
/**
 * HyperLogLog distinct counter (Flajolet et al. 2007) with 2^14 registers: standard error
 * 1.04/√16384 ≈ 0.8%, linear counting for small cardinalities. Mergeable (register-wise max).
 */
class HyperLogLog {
    static P = 14;
    registers;
    constructor(registers) {
        this.registers = registers ?? new Uint8Array(1 << HyperLogLog.P);
    }
    /** Adds a 32-bit hash. */
    add(hash) {
        const index = hash >>> (32 - HyperLogLog.P);
        const rest = (hash << HyperLogLog.P) | (1 << (HyperLogLog.P - 1));
        const rank = Math.clz32(rest) + 1;
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    merge(other) {
        const r = this.registers;
        const o = other.registers;
        for (let i = 0; i < r.length; i++)
            if (o[i] > r[i])
                r[i] = o[i];
    }
    estimate() {
        const m = this.registers.length;
        let sum = 0;
        let zeros = 0;
        for (let i = 0; i < m; i++) {
            const r = this.registers[i];
            sum += 2 ** -r;
            if (r === 0)
                zeros++;
        }
        const alpha = 0.7213 / (1 + 1.079 / m);
        const raw = (alpha * m * m) / sum;
        if (raw <= 2.5 * m && zeros > 0)
            return m * Math.log(m / zeros);
        // 32-bit hash: correct for collisions near 2^32.
        const two32 = 4294967296;
        if (raw > two32 / 30)
            return -two32 * Math.log(1 - raw / two32);
        return raw;
    }
    toJSON() {
        return Buffer.from(this.registers).toString("base64");
    }
    static from(base64) {
        const bytes = Buffer.from(base64, "base64");
        if (bytes.length !== 1 << HyperLogLog.P)
            throw new Error("invalid HyperLogLog registers");
        return new HyperLogLog(new Uint8Array(bytes));
    }
}


/***/ }),

/***/ 25138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ Kll)
/* harmony export */ });
const C = 2 / 3;
class Kll {
    k;
    n = 0;
    levels = [[]];
    size = 0;
    capacity;
    seed;
    constructor(k = 400, seed = 0x2545f491) {
        this.k = k;
        this.seed = seed >>> 0 || 1;
        this.capacity = this.computeCapacity();
    }
    levelCapacity(h) {
        const depth = this.levels.length - h - 1;
        return Math.max(2, Math.ceil(this.k * Math.pow(C, depth)));
    }
    computeCapacity() {
        let total = 0;
        for (let h = 0; h < this.levels.length; h++)
            total += this.levelCapacity(h);
        return total;
    }
    random() {
        // xorshift32: deterministic, so the same data always gives the same sketch.
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x >>> 0;
        return this.seed & 1;
    }
    add(x) {
        this.levels[0].push(x);
        this.n++;
        if (++this.size >= this.capacity)
            this.compress();
    }
    compress() {
        for (let h = 0; h < this.levels.length; h++) {
            const level = this.levels[h];
            if (level.length >= this.levelCapacity(h)) {
                if (h + 1 >= this.levels.length) {
                    this.levels.push([]);
                    this.capacity = this.computeCapacity();
                }
                level.sort((a, b) => a - b);
                // An odd item stays behind; the rest halve into the next level.
                const keep = level.length % 2 === 1 ? level.pop() : undefined;
                const offset = this.random();
                const up = this.levels[h + 1];
                for (let i = offset; i < level.length; i += 2)
                    up.push(level[i]);
                level.length = 0;
                if (keep !== undefined)
                    level.push(keep);
                this.size = this.countSize();
                if (this.size < this.capacity)
                    break;
            }
        }
    }
    countSize() {
        let s = 0;
        for (const l of this.levels)
            s += l.length;
        return s;
    }
    merge(other) {
        while (this.levels.length < other.levels.length)
            this.levels.push([]);
        for (let h = 0; h < other.levels.length; h++)
            for (const x of other.levels[h])
                this.levels[h].push(x);
        this.n += other.n;
        this.capacity = this.computeCapacity();
        this.size = this.countSize();
        while (this.size >= this.capacity) {
            const before = this.size;
            this.compress();
            if (this.size >= before)
                break;
        }
    }
    /** Sorted values with their weights. */
    weighted() {
        const pairs = [];
        this.levels.forEach((level, h) => {
            const w = 2 ** h;
            for (const x of level)
                pairs.push([x, w]);
        });
        pairs.sort((a, b) => a[0] - b[0]);
        const values = new Float64Array(pairs.length);
        const weights = new Float64Array(pairs.length);
        pairs.forEach(([v, w], i) => {
            values[i] = v;
            weights[i] = w;
        });
        return { values, weights };
    }
    toJSON() {
        return { k: this.k, n: this.n, levels: this.levels.map((l) => [...l]), seed: this.seed };
    }
    static from(state) {
        const s = new Kll(state.k, state.seed);
        s.levels = state.levels.map((l) => [...l]);
        s.n = state.n;
        s.capacity = s.computeCapacity();
        s.size = s.countSize();
        return s;
    }
}


/***/ }),

/***/ 53942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ Moments)
/* harmony export */ });
class Moments {
    n = 0;
    mean = 0;
    m2 = 0;
    min = Infinity;
    max = -Infinity;
    add(x) {
        const n = ++this.n;
        const delta = x - this.mean;
        this.mean += delta / n;
        this.m2 += delta * (x - this.mean);
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
    }
    /** Adds `count` copies of x at once. */
    addMany(x, count) {
        const other = new Moments();
        other.n = count;
        other.mean = x;
        other.min = x;
        other.max = x;
        this.merge(other);
    }
    merge(other) {
        if (other.n === 0)
            return;
        if (this.n === 0) {
            this.n = other.n;
            this.mean = other.mean;
            this.m2 = other.m2;
            this.min = other.min;
            this.max = other.max;
            return;
        }
        const n = this.n + other.n;
        const delta = other.mean - this.mean;
        this.mean += (delta * other.n) / n;
        this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
        this.n = n;
        if (other.min < this.min)
            this.min = other.min;
        if (other.max > this.max)
            this.max = other.max;
    }
    /** Sample variance (ddof = 1), as pandas' std; null below two values. */
    variance(ddof = 1) {
        return this.n > ddof ? this.m2 / (this.n - ddof) : null;
    }
    std(ddof = 1) {
        const v = this.variance(ddof);
        return v === null ? null : Math.sqrt(Math.max(0, v));
    }
    toJSON() {
        return { n: this.n, mean: this.mean, m2: this.m2, min: this.min, max: this.max };
    }
    static from(state) {
        const m = new Moments();
        m.merge(state);
        return m;
    }
}


/***/ }),

/***/ 3422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VW: () => (/* binding */ findRecordStart),
/* harmony export */   km: () => (/* binding */ readCsvHeader),
/* harmony export */   t7: () => (/* binding */ countLineFeeds),
/* harmony export */   y4: () => (/* binding */ cutPoints)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5202);


/*
 * Where a CSV file may be cut into byte ranges (threads, matrix shards). A record starts after a
 * line feed that is outside quotes; in RFC 4180 text a position is outside quotes exactly when
 * an even number of quote characters precede it (an opening and a closing quote, or a doubled
 * quote, toggle twice). So the first record start at or after a byte is found by counting the
 * quotes before it (memchr speed) and then looking for the next line feed at even parity.
 *
 * A quote inside an unquoted field (`5" screen`, accepted by the reader as text) breaks the
 * parity. That case is caught, never silently mis-split: each range is read until the first
 * record start at or after its end, so the range before a cut knows the true boundary; a cut
 * found by parity that disagrees with it is redone from the true boundary (threads) or is an
 * error naming the file and byte (matrix shards, where the parts were read on other machines).
 */
const LF = 10;
const QUOTE = 34;
const CHUNK = 1 << 20;
/** The first record start at or after byte `at` (the file size when there is none). */
async function findRecordStart(file, at) {
    if (at <= 0)
        return 0;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, "r");
    try {
        const buf = Buffer.allocUnsafe(CHUNK);
        let base = 0;
        let quotes = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, CHUNK, base);
            if (bytesRead === 0)
                return base;
            const chunk = buf.subarray(0, bytesRead);
            // Bytes before at - 1 only count quotes; from at - 1 on, a line feed at even parity ends it.
            const scanFrom = Math.max(0, at - 1 - base);
            let i = 0;
            const countTo = Math.min(scanFrom, bytesRead);
            for (let q = chunk.indexOf(QUOTE, 0); q !== -1 && q < countTo; q = chunk.indexOf(QUOTE, q + 1))
                quotes++;
            i = countTo;
            while (i < bytesRead) {
                const lf = chunk.indexOf(LF, i);
                const q = chunk.indexOf(QUOTE, i);
                if (q !== -1 && (lf === -1 || q < lf)) {
                    quotes++;
                    i = q + 1;
                    continue;
                }
                if (lf === -1)
                    break;
                if ((quotes & 1) === 0)
                    return base + lf + 1;
                i = lf + 1;
            }
            base += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
}
/** The header's column names and the byte offset of the first data record. */
async function readCsvHeader(file, options) {
    let names = [];
    const { end, lines } = await new _csv_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvReader */ .cv(file, options).read({
        header: (n) => {
            names = n;
        },
        row: () => { },
        ragged: () => { },
    }, { start: 0, end: 1, header: null });
    return { names, end, lines };
}
/** Nominal cut points splitting [0, size) into `parts` equal byte ranges. */
function cutPoints(size, parts) {
    const out = [];
    for (let k = 0; k <= parts; k++)
        out.push(Math.floor((size * k) / parts));
    return out;
}
/** Line feeds in [0, end): the physical line of byte `end` is this plus one. */
async function countLineFeeds(file, end) {
    if (end <= 0)
        return 0;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, "r");
    try {
        const buf = Buffer.allocUnsafe(CHUNK);
        let lines = 0;
        for (let base = 0; base < end;) {
            const { bytesRead } = await handle.read(buf, 0, Math.min(CHUNK, end - base), base);
            if (bytesRead === 0)
                break;
            const chunk = buf.subarray(0, bytesRead);
            for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1))
                lines++;
            base += bytesRead;
        }
        return lines;
    }
    finally {
        await handle.close();
    }
}


/***/ })

};
