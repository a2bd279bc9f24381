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
