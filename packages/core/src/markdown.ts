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

import path from "node:path";

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
export const WORD_JOINER = "\u2060";

/** Default longest text kept from one input string, in graphemes. */
export const DEFAULT_MAX_TEXT = 200;

// Created on first use: building a Segmenter loads ICU data (~60 ms), which a step that fails
// on a missing input must not pay at start-up.
let segmenter: Intl.Segmenter | undefined;

// C0 (except tab), DEL, C1, bidi embeddings/overrides/isolates, line/paragraph separators,
// BOM / zero-width no-break space.
const DROP = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/g;
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;

/** Replaces lone surrogates with U+FFFD (String.prototype.toWellFormed, outside our ES2023 lib). */
export function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/**
 * Makes one line of plain text: well-formed UTF-16, no control characters, no line breaks,
 * at most `max` graphemes (cut with "…").
 */
export function plain(value: unknown, max = DEFAULT_MAX_TEXT): string {
  let s = typeof value === "string" ? value : stringify(value);
  s = wellFormed(s).replace(LINE_BREAKS, " ").replace(DROP, "");
  return truncate(s, max);
}

/** Cuts to `max` graphemes, adding "…" when cut. Never splits a character or a grapheme. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let count = 0;
  let keepEnd = 0;
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  for (const { index } of segmenter.segment(s)) {
    if (count === max - 1) keepEnd = index;
    if (count === max) return s.slice(0, keepEnd) + "…";
    count++;
  }
  return s;
}

function stringify(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Breaks what GitHub would turn into a mention, an issue/PR reference or an autolink, by
 * inserting WORD JOINER where the pattern needs two characters to be adjacent.
 */
export function neutralizeReferences(s: string): string {
  return s
    .replace(/@(?=[\p{L}\p{N}._-])/gu, `@${WORD_JOINER}`)
    .replace(/#(?=\p{N})/gu, `#${WORD_JOINER}`)
    .replace(/\b(gh-)(?=\d)/gi, `$1${WORD_JOINER}`)
    .replace(/:\/\//g, `${WORD_JOINER}://`)
    .replace(/(www)\./gi, `$1${WORD_JOINER}.`)
    .replace(/\b(mailto|xmpp):/gi, `$1${WORD_JOINER}:`)
    .replace(/:(?=[\w+-]+:)/g, `:${WORD_JOINER}`);
}

const MD_PUNCT = /[\\`*_[\]~$|]/g;
const HTML_CHARS = /[&<>"]/g;
const HTML_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Markdown inline text. Safe in table cells, list items, headings and paragraphs (not at the
 * start of a line: callers always put their own text first).
 */
export function text(value: unknown, max = DEFAULT_MAX_TEXT): string {
  return escapeBlockStart(
    neutralizeReferences(plain(value, max).replace(/^\s+/, ""))
      .replace(HTML_CHARS, (c) => HTML_ENTITY[c]!)
      .replace(MD_PUNCT, (c) => `\\${c}`),
  );
}

/**
 * Text may land where a block starts (a list item's first line): a leading `#`, `>`, `-`, `+`,
 * `=` or `1.` / `1)` would make a heading, quote, list or setext underline there.
 */
function escapeBlockStart(s: string): string {
  if (/^[#>+=-]/.test(s)) return `\\${s}`;
  return s.replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

/** Same as text(): named for the place it is used. */
export const cell = text;

/** Text inside an HTML element on a line GitHub does not parse as Markdown (`<summary>`). */
export function html(value: unknown, max = DEFAULT_MAX_TEXT): string {
  return neutralizeReferences(plain(value, max)).replace(HTML_CHARS, (c) => HTML_ENTITY[c]!);
}

/**
 * An inline code span (values, file names). Mentions and autolinks are not applied in code, so
 * no joiner is needed. A value containing `|` is rendered as escaped text instead: how `\|`
 * inside code in a table cell is read differs between GFM implementations. So is one with `<`
 * or `>`: code would show it correctly, but the raw body would then contain `<!--`, and a
 * matrix cell or param named like another model's sticky marker must not be found by a search
 * of the raw body.
 */
export function code(value: unknown, max = DEFAULT_MAX_TEXT): string {
  const s = plain(value, max);
  if (s === "") return "";
  if (/[|<>]/.test(s) || s.trim() === "") return text(s, max);
  let longest = 0;
  for (const run of s.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
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
export function mermaidText(value: unknown, max = 60): string {
  const map: Record<string, string> = {
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
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(
    /[()<>"'\\ `*_[\]|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** `[label](url)` when the URL is usable, else the label alone. `label` must already be Markdown. */
export function link(label: string, url: string | null | undefined): string {
  const safe = safeUrl(url);
  return safe ? `[${label}](${safe})` : label;
}

// ===========================================================================================
// Layout

/*
 * Block-level Markdown we build: tables and folded sections. Every cell passed here is already
 * escaped (text(), code(), a formatted number); these helpers only lay them out.
 */

export type Align = "left" | "right" | "center";

const ALIGN_LETTER: Record<string, Align> = { l: "left", r: "right", c: "center" };

/**
 * A GFM table. `align` per column, as a list or one letter each (`"llrr"`: l, r, c); columns
 * without one are left-aligned. Throws when a row has a different number of cells than the
 * header (a bug).
 */
export function table(headers: string[], rows: string[][], align: readonly Align[] | string = []): string {
  const sep = headers.map((_, i) => {
    const a = typeof align === "string" ? ALIGN_LETTER[align[i] ?? "l"] : align[i];
    return a === "right" ? "---:" : a === "center" ? ":---:" : "---";
  });
  const lines = [`| ${headers.join(" | ")} |`, `| ${sep.join(" | ")} |`];
  for (const row of rows) {
    if (row.length !== headers.length)
      throw new Error(`internal error: table row has ${row.length} cells, header has ${headers.length}`);
    lines.push(tableRow(row));
  }
  return lines.join("\n");
}

/** One body line of table(): its cells, already escaped (an empty one as a space). */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === "" ? " " : c)).join(" | ")} |`;
}

/**
 * A folded block. `summaryHtml` is placed on an HTML line (no Markdown there): pass only our
 * own words or html()-escaped input. The blank lines let GitHub parse the body as Markdown.
 */
export function details(summaryHtml: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}>\n<summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}

export function heading(level: 2 | 3 | 4, textMarkdown: string): string {
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
function decimalsFor(x: number, significant: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  return Math.max(0, significant - 1 - magnitude);
}

function trimZeros(s: string): string {
  return s.includes(".") && !s.includes("e") ? s.replace(/\.?0+$/, "") : s;
}

function sign(s: string): string {
  return s.startsWith("-") ? MINUS + s.slice(1) : s;
}

/** An integer count: 12,345. */
export function formatCount(n: number): string {
  const r = Math.round(n);
  // What toLocaleString("en-US") prints, without calling it for the common case: its first call
  // loads ICU's number formatting, ~25 ms of every step that writes a summary. What is not a
  // safe integer (NaN, ±∞, beyond 2^53, −0) still goes through it.
  if (Number.isSafeInteger(r) && !Object.is(r, -0)) return sign(String(r).replace(/\B(?=(\d{3})+$)/g, ","));
  return sign(r.toLocaleString("en-US"));
}

/**
 * One value: integers as they are (with separators from 10,000), others with 4 significant
 * digits; very small or very large values in scientific notation (1.23e−5).
 */
export function formatNumber(x: number | null | undefined, decimals?: number): string {
  if (x === null || x === undefined) return "—";
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : `${MINUS}∞`;
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (decimals === undefined) {
    if (Number.isInteger(x) && abs < 1e15) return abs >= 10_000 ? formatCount(x) : sign(String(x));
    if (abs >= 1e9 || abs < 1e-4) return scientific(x);
    decimals = decimalsFor(x, 4);
  }
  if (abs >= 1e15 || (abs < 10 ** -decimals && decimals >= 8)) return scientific(x);
  return sign(groupThousands(trimZeros(x.toFixed(Math.min(decimals, 20)))));
}

/** 12345.5 → 12,345.5 (from 10,000 on, as counts are written). */
function groupThousands(s: string): string {
  const [int, frac] = s.split(".") as [string, string | undefined];
  if (int.replace("-", "").length < 5) return s;
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function scientific(x: number): string {
  const [mantissa, exponent] = x.toExponential(2).split("e") as [string, string];
  return `${sign(trimZeros(mantissa))}e${sign(exponent.replace("+", ""))}`;
}

/**
 * Decimals for a row of related values (baseline, candidate, delta): the baseline and candidate
 * must show the digit where they differ, so the delta's second significant digit decides.
 */
export function rowDecimals(
  values: (number | null | undefined)[],
  delta: number | null | undefined,
): number | undefined {
  const finite = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (
    finite.every((v) => Number.isInteger(v)) &&
    (delta === null || delta === undefined || Number.isInteger(delta))
  )
    return undefined;
  let decimals = 0;
  for (const v of finite) if (v !== 0) decimals = Math.max(decimals, decimalsFor(v, 4));
  if (delta !== null && delta !== undefined && Number.isFinite(delta) && delta !== 0)
    decimals = Math.max(decimals, decimalsFor(delta, 2));
  return Math.min(decimals, 8);
}

/** A signed difference: +0.012, −3, 0. */
export function formatSigned(x: number | null | undefined, decimals?: number): string {
  if (x === null || x === undefined) return "—";
  const s = formatNumber(x, decimals);
  if (x > 0 && Number.isFinite(x) && s !== "0") return `+${s}`;
  return s;
}

/** An interval of differences, bounds signed: [+0.07, +0.16]. */
export function formatInterval(interval: readonly [number, number], decimals?: number): string {
  return `[${formatSigned(interval[0], decimals)}, ${formatSigned(interval[1], decimals)}]`;
}

/** A fraction as a signed percentage: 0.0271 → +2.71%. */
export function formatPercent(fraction: number | null | undefined, signed = true): string {
  if (fraction === null || fraction === undefined) return "—";
  if (!Number.isFinite(fraction)) return fraction > 0 ? "+∞%" : `${MINUS}∞%`;
  const pct = fraction * 100;
  const abs = Math.abs(pct);
  const decimals = abs === 0 ? 0 : abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 0.01 ? 2 : 3;
  let s = sign(trimZeros(pct.toFixed(decimals)));
  if (s === "0" || s === `${MINUS}0`) s = abs === 0 ? "0" : pct > 0 ? "+<0.001" : `${MINUS}<0.001`;
  else if (signed && pct > 0) s = `+${s}`;
  return `${s}%`;
}

/**
 * An ISO timestamp in UTC (or without a zone) as short as it can be without losing anything:
 * `2012-01-01` at midnight, `2012-01-01 13:05` on the minute, `2012-01-01 13:05:07.25`
 * otherwise. Anything else (another offset, not a timestamp) is returned as given.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|[+-]00:?00)?)?$/.exec(iso);
  if (!m) return iso;
  const [, day, hm, sec = "00", fraction = ""] = m;
  const frac = fraction.replace(/0+$/, "");
  if (!hm || (hm === "00:00" && sec === "00" && !frac)) return day!;
  if (sec === "00" && !frac) return `${day} ${hm}`;
  return `${day} ${hm}:${sec}${frac ? `.${frac}` : ""}`;
}

/** Milliseconds as 1.2 s, 3 min 4 s, 1 h 2 min. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${trimZeros(s.toFixed(1))} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(s - minutes * 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Bytes as 1.2 MB (decimal units, as GitHub shows sizes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "—";
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
export function mermaidNumber(x: number): string {
  if (!Number.isFinite(x)) return "0";
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= 1e21) return BigInt(Math.round(x)).toString();
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
export function displayPath(
  workspace: string,
  p: string,
  options: { tempDirs?: readonly (string | null | undefined)[] } = {},
): string {
  const inside = (root: string): string | null => {
    const rel = path.relative(root, p);
    return rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel) ? null : rel;
  };
  const rel = inside(workspace);
  if (rel !== null) return rel === "" ? "." : rel.split(path.sep).join("/");
  for (const temp of options.tempDirs ?? []) if (temp && inside(temp) !== null) return path.basename(p);
  return p;
}
