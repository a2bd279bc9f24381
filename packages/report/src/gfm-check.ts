import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

/*
 * Test support: renders Markdown the way GitHub does (CommonMark + GFM tables, autolink
 * literals, strikethrough, footnotes, task lists) with raw HTML passed through, so any HTML that
 * survives escaping shows up as an element; and reads back what a reader would see.
 * GitHub's post-Markdown filters (mentions, issue references) are re-implemented from
 * html-pipeline's patterns to check they find nothing in text nodes.
 */

export function toHtml(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    allowDangerousProtocol: false,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

/** Element names in order of appearance, e.g. ["h3", "code", "a", "table", …]. */
export function elements(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)[\s/>]/g)].map((m) => m[1]!.toLowerCase());
}

export function countBy(items: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(i, (out.get(i) ?? 0) + 1);
  return out;
}

export function hrefs(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** Text nodes outside <pre>, <code> and <a> (where GitHub's mention filters do not look). */
export function filterableText(html: string): string[] {
  const withoutSkipped = html
    .replace(/<pre[\s>][\s\S]*?<\/pre>/g, " ")
    .replace(/<code[\s>][\s\S]*?<\/code>/g, " ")
    .replace(/<a[\s>][\s\S]*?<\/a>/g, " ");
  return withoutSkipped
    .split(/<[^>]*>/)
    .map(decodeEntities)
    .filter((t) => t.length > 0);
}

/** html-pipeline MentionFilter / TeamMentionFilter / IssueMentionFilter patterns. */
export const GITHUB_REFERENCE_PATTERNS: RegExp[] = [
  /(?:^|\W)@([a-z0-9][a-z0-9-]*)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)/i,
  /(?:^|\W)@[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9_-]*/i,
  /(^|close[sd]? |fixe[sd] | |\W)(gh-|#)(\d+)\b/i,
  /(^|\s|[([{])([\w-]+\/?[.\w-]*)#(\d+)\b/,
];

/** Text of every cell of every table row: rows[r][c]. */
export function tableCells(html: string): string[][][] {
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1]!);
  return tables.map((t) =>
    [...t.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
        decodeEntities(c[1]!.replace(/<[^>]*>/g, "")),
      ),
    ),
  );
}

/**
 * Splits a Markdown table row into cells as cmark-gfm (GitHub) does: a `|` right after a
 * backslash is escaped, whatever precedes the backslash.
 */
export function splitRowCmark(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "");
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === "|" && inner[i - 1] !== "\\") {
      cells.push(current);
      current = "";
    } else current += c;
  }
  if (current.trim() !== "") cells.push(current);
  return cells;
}

/** Same, as micromark does: a backslash escapes the next `\` or `|` (pairs are consumed). */
export function splitRowMicromark(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "");
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === "\\" && (inner[i + 1] === "\\" || inner[i + 1] === "|")) {
      current += c + inner[i + 1];
      i++;
    } else if (c === "|") {
      cells.push(current);
      current = "";
    } else current += c;
  }
  if (current.trim() !== "") cells.push(current);
  return cells;
}

/** Every Markdown table in a document: its header cell count and each row's cell counts (both rules). */
export function markdownTables(
  markdown: string,
): { header: number; rows: { cmark: number; micromark: number; line: string }[] }[] {
  const lines = markdown.split("\n");
  const out: { header: number; rows: { cmark: number; micromark: number; line: string }[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^\| ?:?-{3,}/.test(lines[i + 1] ?? "") && lines[i]!.startsWith("|")) {
      const header = splitRowCmark(lines[i]!).length;
      const rows: { cmark: number; micromark: number; line: string }[] = [];
      let j = i + 2;
      while (j < lines.length && lines[j]!.startsWith("|")) {
        rows.push({
          cmark: splitRowCmark(lines[j]!).length,
          micromark: splitRowMicromark(lines[j]!).length,
          line: lines[j]!,
        });
        j++;
      }
      out.push({ header, rows });
      i = j;
    }
  }
  return out;
}
