import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cell, code, html, mermaidText, plain, safeUrl, truncate, WORD_JOINER } from "@mlops/core/markdown";
import {
  elements,
  filterableText,
  GITHUB_REFERENCE_PATTERNS,
  markdownTables,
  tableCells,
  toHtml,
} from "./gfm-check.js";

const SPECIALS = [
  "|",
  "\\",
  "`",
  "*",
  "_",
  "[",
  "]",
  "(",
  ")",
  "<",
  ">",
  "&",
  "!",
  "~",
  "$",
  "#",
  "@",
  ":",
  "/",
  ".",
  "-",
  "=",
  "+",
  '"',
  "'",
  " ",
  "\n",
  "\r",
  "\t",
  "1",
  "a",
  "Z",
  "www",
  "http",
  "gh-",
  "<!--",
  "-->",
  "@x",
  "#9",
  "@org/team",
  "gh-1",
  "www.x.io",
  "http://x.io",
  "a@b.io",
  ":tada:",
  "🚀",
  "👩‍👩‍👧",
  "é",
  "\u0301",
  "\u202e",
  "\u0000",
  "\u2060",
  "\ud800",
  "&amp;",
  "&#64;",
  "\\|",
];
const hostile = fc.string({ unit: fc.constantFrom(...SPECIALS), maxLength: 40 });
const anyString = fc.oneof(
  hostile,
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

const stripWj = (s: string) => s.split(WORD_JOINER).join("");

/** What a reader sees of plain(s) in a cell: GFM trims cell whitespace. */
const expectedCellText = (s: string) => stripWj(plain(s)).trim();

const TABLE_TAGS = new Set(["table", "thead", "tbody", "tr", "th", "td"]);

function assertCellProperty(s: string, render: (s: string) => string) {
  const md = `| a | b | c |\n| --- | --- | --- |\n| ${render(s) || " "} | ${render(s) || " "} | end |\n`;
  // Structure, by GitHub's (cmark-gfm) and micromark's cell-splitting rules.
  for (const t of markdownTables(md)) {
    for (const r of t.rows) {
      expect(r.cmark, `cmark-gfm split of ${JSON.stringify(r.line)}`).toBe(3);
      expect(r.micromark, `micromark split of ${JSON.stringify(r.line)}`).toBe(3);
    }
  }
  const out = toHtml(md);
  const rows = tableCells(out)[0]!;
  expect(rows).toHaveLength(2);
  expect(rows[1]).toHaveLength(3);
  expect(rows[1]![2]).toBe("end");
  // No element but the table's own (and <code> from code()).
  for (const tag of elements(out))
    expect(TABLE_TAGS.has(tag) || tag === "code", `element <${tag}> in ${out}`).toBe(true);
  // What a reader sees is the input as one line of text.
  expect(stripWj(rows[1]![0]!).trim()).toBe(expectedCellText(s));
  // GitHub's mention and reference filters find nothing.
  for (const t of filterableText(out))
    for (const p of GITHUB_REFERENCE_PATTERNS)
      expect(p.test(t), `${p} matched ${JSON.stringify(t)}`).toBe(false);
}

describe("cell escaping", () => {
  it("keeps a table intact and shows the input as text, for any string (fast-check)", () => {
    fc.assert(
      fc.property(anyString, (s) => assertCellProperty(s, cell)),
      { numRuns: 400 },
    );
  });

  it("code spans keep a table intact and show the input verbatim (fast-check)", () => {
    fc.assert(
      fc.property(anyString, (s) => assertCellProperty(s, code)),
      { numRuns: 400 },
    );
  });

  it.each([
    ["a|b", "a\\|b"],
    ["</details>", "&lt;/details&gt;"],
    ["@org/team", `@${WORD_JOINER}org/team`],
    ["#123", `\\#${WORD_JOINER}123`],
    ["[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"],
    ["**b**", "\\*\\*b\\*\\*"],
    ["a\nb", "a b"],
    ["$x$", "\\$x\\$"],
  ])("escapes %j as %j", (input, expected) => {
    expect(cell(input)).toBe(expected);
  });

  it("neutralises mentions, references and autolinks for GitHub's filters", () => {
    for (const s of [
      "@octocat",
      "cc @org/team.",
      "#12",
      "fixes gh-7",
      "acme/repo#3",
      "http://x.io",
      "www.x.io",
      "a@b.io",
      // A domain after "@" may start with "." for the autolink literal (found by the property
      // below: "a@b.io@.www.x.io" rendered b.io@.www as a mailto link).
      "a@b.io@.www.x.io",
      "x@.io",
      ":tada:",
    ]) {
      const out = toHtml(`x ${cell(s)}`);
      expect(elements(out), out).toEqual(["p"]);
      for (const t of filterableText(out))
        for (const p of GITHUB_REFERENCE_PATTERNS) expect(p.test(t), `${s}: ${t}`).toBe(false);
    }
  });

  it("html() is safe on a <summary> line, where Markdown is not parsed", () => {
    const out = toHtml(
      `<details>\n<summary>${html("<img src=x> </summary> @a #1")}</summary>\n\nbody\n\n</details>`,
    );
    expect(elements(out)).toEqual(["details", "summary", "p"]);
  });

  it("drops control and bidi-override characters and repairs lone surrogates", () => {
    expect(plain("a\u0000b\u202ec\u0007")).toBe("abc");
    expect(plain("x\ud800y")).toBe("x\ufffdy");
  });

  it("cuts long text on a grapheme boundary, never inside a character", () => {
    const family = "👩‍👩‍👧";
    const s = family.repeat(300);
    const cut = truncate(s, 10);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.slice(0, -1)).toBe(family.repeat(9));
    expect(truncate("abc", 3)).toBe("abc");
    expect(truncate("abcd", 3)).toBe("ab…");
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.integer({ min: 1, max: 30 }),
        (str, max) => {
          const t = truncate(str, max);
          expect(t).toBe(t.normalize("NFC") === t ? t : t); // well-formed
          expect([...new Intl.Segmenter().segment(t)].length).toBeLessThanOrEqual(Math.max(max, 0));
          if (t !== str) expect(str.startsWith(t.slice(0, -1))).toBe(true);
        },
      ),
    );
  });
});

describe("mermaid text", () => {
  it("keeps only characters Mermaid's lexer and pre-processor treat as text", () => {
    const out = mermaidText('a "b" %%{init}%% #quot; `x` [y]; <z>\nnext');
    expect(out).not.toMatch(/["%#`[\]{};<>\n]/);
    expect(out).toContain("a 'b'");
  });
});

describe("safeUrl", () => {
  it("accepts http(s) only and encodes characters that would end a Markdown link", () => {
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("https://x.io/a (b)")).toBe("https://x.io/a%20%28b%29");
    expect(safeUrl("not a url")).toBeNull();
  });
});
