/*
 * Block-level Markdown we build: tables and folded sections. Every cell passed here is already
 * escaped (escape.ts); these helpers only lay them out.
 */

export type Align = "left" | "right" | "center";

/** A GFM table. Throws when a row has a different number of cells than the header (a bug). */
export function table(headers: string[], rows: string[][], align: Align[] = []): string {
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
export function details(summaryHtml: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}>\n<summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}

export function heading(level: 2 | 3 | 4, textMarkdown: string): string {
  return `${"#".repeat(level)} ${textMarkdown}`;
}
