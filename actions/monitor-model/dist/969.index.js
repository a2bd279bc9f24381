export const id = 969;
export const ids = [969];
export const modules = {

/***/ 12712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   LE: () => (/* binding */ rowDecimals),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   hs: () => (/* binding */ mermaidNumber),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   qy: () => (/* binding */ html),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   vy: () => (/* binding */ formatInterval),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports WORD_JOINER, DEFAULT_MAX_TEXT, wellFormed, plain, truncate, neutralizeReferences, safeUrl, link */
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

/***/ 97332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ runStepEnv),
/* harmony export */   rU: () => (/* binding */ groupMembers),
/* harmony export */   rq: () => (/* binding */ runProcessTree)
/* harmony export */ });
/* unused harmony exports isActionOnlyVariable, killActiveTrees, killGroup, groupAlive, reapGroup */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/*
 * Runs a user's command as a process tree that can be stopped as a whole: the train step's
 * `bash` script and the deploy step's `sh -c` commands and health checks.
 *
 * execa spawns it (cross-platform spawning, shell handling; it is loaded on first use, so an
 * action that runs no command never pays for it). What execa does not do stays here: the child
 * leads a new process group (detached), and on timeout or cancellation the whole group gets
 * SIGTERM, then SIGKILL after a grace period; after the exit, what the command left in its group is
 * reaped the same way. The pipes are read as they come and, after the exit, waited for only
 * briefly: a daemonised grandchild that holds them open cannot hold the step open.
 */
/**
 * Variables the runner gives actions but not `run:` steps, besides every INPUT_* (the step's
 * inputs, its token among them) and ACTIONS_RUNTIME_*: the results and cache services and the
 * step's own output and state files. A user's command (training, predict, deploy, health check)
 * sees what a `run:` step would see.
 */
const ACTION_ONLY_ENV = new Set([
    "ACTIONS_RESULTS_URL",
    "ACTIONS_CACHE_URL",
    "ACTIONS_CACHE_SERVICE_V2",
    "GITHUB_OUTPUT",
    "GITHUB_STATE",
]);
function isActionOnlyVariable(name) {
    return ACTION_ONLY_ENV.has(name) || name.startsWith("INPUT_") || name.startsWith("ACTIONS_RUNTIME_");
}
/** `base` as a `run:` step would see it: without the action-only variables nor what `withhold` names. */
function runStepEnv(base, withhold = () => false) {
    const env = {};
    for (const [k, v] of Object.entries(base)) {
        if (v === undefined || isActionOnlyVariable(k) || withhold(k))
            continue;
        env[k] = v;
    }
    return env;
}
const isWindows = process.platform === "win32";
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Trees running now, for killActiveTrees. */
const active = new Set();
let cancelled = false;
/**
 * Stops every running tree (SIGTERM to each group) and refuses to start new ones: the step is
 * being cancelled. Returns how many were running.
 */
function killActiveTrees(signal = "SIGTERM") {
    cancelled = true;
    for (const pid of active)
        killGroup(pid, signal);
    return active.size;
}
/** Signals the process group led by `pid` (POSIX) or the tree under it (Windows, taskkill /T). */
function killGroup(pid, signal) {
    if (isWindows) {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
        if (r.error)
            killPid(pid, signal);
        return;
    }
    try {
        process.kill(-pid, signal);
    }
    catch {
        killPid(pid, signal); // ESRCH: no group (left already); the leader alone, if it is still there
    }
}
function killPid(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        /* already gone */
    }
}
/**
 * The members of a process group, from /proc (Linux); null where there is no /proc. Zombies are
 * left out unless asked for: a killed member whose parent already exited stays a zombie until
 * init reaps it (some containers' init never does), and it runs nothing.
 */
async function groupMembers(pgid, options = {}) {
    let names;
    try {
        names = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir("/proc");
    }
    catch {
        return null;
    }
    const out = [];
    for (const name of names) {
        const c = name.charCodeAt(0);
        if (c < 48 || c > 57)
            continue;
        let stat;
        try {
            stat = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(`/proc/${name}/stat`, "utf8");
        }
        catch {
            continue; // exited meanwhile
        }
        // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(fields[2]) !== pgid)
            continue;
        if (options.includeZombies || (fields[0] !== "Z" && fields[0] !== "X"))
            out.push(Number(name));
    }
    return out;
}
/**
 * Whether any live (non-zombie) member is left in the process group: /proc where there is one,
 * else signal 0 (kill(-pgid, 0) also succeeds for a group of zombies).
 */
async function groupAlive(pgid) {
    if (isWindows)
        return false;
    try {
        process.kill(-pgid, 0);
    }
    catch {
        return false;
    }
    if (process.platform !== "linux")
        return true;
    const members = await groupMembers(pgid);
    return members === null || members.length > 0;
}
/** SIGTERM to what is left in the group, then SIGKILL for anything still there after the grace period. */
async function reapGroup(pgid, graceMs) {
    if (isWindows || !(await groupAlive(pgid)))
        return;
    killGroup(pgid, "SIGTERM");
    const deadline = performance.now() + graceMs;
    while (performance.now() < deadline && (await groupAlive(pgid)))
        await sleep(50);
    if (await groupAlive(pgid))
        killGroup(pgid, "SIGKILL");
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Calls `fn` after `ms` (Infinity: never), chaining timers past setTimeout's 24.8-day limit. */
function longTimeout(ms, fn) {
    let timer;
    if (Number.isFinite(ms)) {
        const deadline = Date.now() + ms;
        const arm = () => {
            const left = deadline - Date.now();
            timer = left > MAX_TIMER_MS ? setTimeout(arm, MAX_TIMER_MS) : setTimeout(fn, Math.max(0, left));
        };
        arm();
    }
    return () => clearTimeout(timer);
}
/** Spawns the command as the leader of its own process group; resolves once it runs or fails to. */
async function spawnTree(options) {
    if (cancelled)
        return { error: new Error("not started: the step is being cancelled") };
    const { execa } = await __webpack_require__.e(/* import() */ 194).then(__webpack_require__.bind(__webpack_require__, 98194));
    let child;
    try {
        const subprocess = execa(options.file, options.args ?? [], {
            shell: options.shell ?? false,
            cwd: options.cwd,
            env: options.env,
            extendEnv: false,
            detached: !isWindows,
            ...(options.input !== undefined ? { input: options.input } : { stdin: "ignore" }),
            stdout: "pipe",
            stderr: "pipe",
            buffer: false,
            reject: false,
            windowsHide: true,
        });
        // Its outcome is read from the exit event and the pipes; the promise only must not go unhandled.
        subprocess.catch(() => undefined);
        child = subprocess.nodeChildProcess;
    }
    catch (error) {
        return { error: error };
    }
    const error = await new Promise((resolve) => {
        child.once("spawn", () => resolve(null));
        child.once("error", (e) => resolve(e));
    });
    if (error || child.pid === undefined)
        return { error: error ?? new Error("the process did not start") };
    return { child };
}
async function runProcessTree(options) {
    const spawned = await spawnTree(options);
    const none = { code: null, signal: null, timedOut: false, interrupted: null, pid: undefined };
    if ("error" in spawned)
        return { ...none, spawnError: spawned.error };
    const { child } = spawned;
    const pid = child.pid;
    active.add(pid);
    const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    const streamsDone = Promise.all([
        [child.stdout, options.onStdout],
        [child.stderr, options.onStderr],
    ].map(([stream, on]) => new Promise((resolve) => {
        if (!stream)
            return resolve();
        if (on)
            stream.on("data", on);
        else
            stream.resume();
        stream.on("error", () => undefined);
        stream.once("close", resolve);
    })));
    options.onSpawn?.(pid);
    let timedOut = false;
    let interrupted = null;
    // SIGTERM to the group now, SIGKILL after the grace period if the leader is still running.
    let escalate;
    const terminate = () => {
        killGroup(pid, "SIGTERM");
        escalate ??= setTimeout(() => killGroup(pid, "SIGKILL"), options.killGraceMs);
    };
    const clearTimeoutTimer = longTimeout(options.timeoutMs, () => {
        timedOut = true;
        options.onTimeout?.();
        terminate();
    });
    const onSignal = (signal) => {
        interrupted = signal;
        terminate();
    };
    if (options.forwardSignals) {
        process.on("SIGINT", onSignal);
        process.on("SIGTERM", onSignal);
    }
    const { code, signal } = await exited;
    clearTimeoutTimer();
    if (escalate)
        clearTimeout(escalate);
    try {
        await options.onExit?.();
        if (timedOut || interrupted || options.reapAfterExit)
            await reapGroup(pid, options.killGraceMs);
        // Output still buffered in the pipes is delivered; a survivor holding them open is not waited for.
        await Promise.race([streamsDone, sleep(options.drainMs)]);
    }
    finally {
        child.stdout?.destroy();
        child.stderr?.destroy();
        active.delete(pid);
        if (options.forwardSignals) {
            process.off("SIGINT", onSignal);
            process.off("SIGTERM", onSignal);
        }
    }
    return { code, signal, timedOut, interrupted, spawnError: null, pid };
}


/***/ })

};
