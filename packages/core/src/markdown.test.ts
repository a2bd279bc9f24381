import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cell,
  code,
  details,
  displayPath,
  formatBytes,
  formatCount,
  formatDate,
  formatDuration,
  formatInterval,
  formatNumber,
  formatPercent,
  formatSigned,
  mermaidNumber,
  rowDecimals,
  table,
  text,
} from "./markdown.js";

/*
 * The escaping properties (any string keeps a table intact, nothing links, mentions or renders
 * as HTML) are checked through real GFM parsers in packages/report (escape.test.ts,
 * injection.test.ts), which has the parsers as dev dependencies. Here: the numbers, the layout
 * and the paths every summary shares.
 */

describe("metric values and deltas", () => {
  it.each([
    [0.85, "0.85"],
    [0.8500000001, "0.85"],
    [0.473525, "0.4735"],
    [1, "1"],
    [12345, "12,345"],
    [-3, "−3"],
    [0, "0"],
    [2.26e-19, "2.26e−19"],
    [123456789.5, "123,456,790"],
    [12345.678, "12,346"],
    [1234.5678, "1235"],
    [null, "—"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "∞"],
  ])("formatNumber(%s) is %s", (x, want) => {
    expect(formatNumber(x)).toBe(want);
  });

  it("signs deltas with + and a true minus, and shows no sign on zero", () => {
    expect(formatSigned(0.1155)).toBe("+0.1155");
    expect(formatSigned(-0.02)).toBe("−0.02");
    expect(formatSigned(0)).toBe("0");
    expect(formatSigned(null)).toBe("—");
  });

  it("gives a row of values the decimals where baseline and candidate differ", () => {
    const d = rowDecimals([0.9, 0.9012], 0.0012);
    expect(formatNumber(0.9, d)).toBe("0.9");
    expect(formatNumber(0.9012, d)).toBe("0.9012");
    expect(formatSigned(0.0012, d)).toBe("+0.0012");
    expect(rowDecimals([3, 5], 2)).toBeUndefined();
  });

  it("never prints a value as a different number (within 3 significant digits)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e8, max: 1e8, noNaN: true }), (x) => {
        const s = formatNumber(x).replace("−", "-").replace(/,/g, "").replace("e−", "e-");
        const back = Number(s);
        expect(Number.isFinite(back)).toBe(true);
        if (x !== 0) expect(Math.abs(back - x) / Math.abs(x)).toBeLessThan(5e-3);
      }),
    );
  });
});

describe("percentages, counts, durations, sizes", () => {
  it("formats a fraction as a percentage", () => {
    expect(formatPercent(0.0271)).toBe("+2.71%");
    expect(formatPercent(-0.154775)).toBe("−15.5%");
    expect(formatPercent(0.95, false)).toBe("95%");
    expect(formatPercent(1e-9)).toBe("+<0.001%");
  });

  it("formats counts with separators, durations and byte sizes", () => {
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatDuration(3500)).toBe("3.5 s");
    expect(formatDuration(100)).toBe("100 ms");
    expect(formatDuration(125_000)).toBe("2 min 5 s");
    expect(formatBytes(2048)).toBe("2 kB");
    expect(formatBytes(150 * 1024 * 1024)).toBe("157 MB");
  });

  it("formats a count as toLocaleString('en-US') does, signs and edge values included", () => {
    const icu = (n: number) => Math.round(n).toLocaleString("en-US").replace(/^-/, "\u2212");
    for (const n of [0, -0, -0.4, 7, 999, 1000, -1000, 1234.5, -99_999, 2 ** 53 - 1, 2 ** 53, 1e21, -1e25])
      expect(formatCount(n), String(n)).toBe(icu(n));
    for (const n of [NaN, Infinity, -Infinity]) expect(formatCount(n)).toBe(icu(n));
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true, min: -1e17, max: 1e17 })), (n) => {
        expect(formatCount(n)).toBe(icu(n));
      }),
    );
  });

  it("shortens timestamps without losing anything, and intervals sign their bounds", () => {
    expect(formatDate("2012-01-01T00:00:00.000Z")).toBe("2012-01-01");
    expect(formatDate("2012-01-01")).toBe("2012-01-01");
    expect(formatDate("2012-01-01T13:05:00Z")).toBe("2012-01-01 13:05");
    expect(formatDate("2012-01-01 13:05:07.250")).toBe("2012-01-01 13:05:07.25");
    expect(formatDate("2012-01-01T13:05:00+02:00")).toBe("2012-01-01T13:05:00+02:00");
    expect(formatDate("sunny")).toBe("sunny");
    expect(formatInterval([0.07, 0.16])).toBe("[+0.07, +0.16]");
    expect(formatInterval([-0.012, 0.03], 3)).toBe("[−0.012, +0.03]");
  });

  it("writes Mermaid numbers without exponents or Unicode minus", () => {
    expect(mermaidNumber(-2.5e-7)).toMatch(/^-0\.000000\d+$/);
    expect(mermaidNumber(1e22)).toBe("10000000000000000000000");
  });
});

describe("layout", () => {
  it("builds a GFM table and refuses a row of the wrong width", () => {
    expect(table(["metric", "value"], [[cell("a|b"), formatNumber(0.5)]], ["left", "right"])).toBe(
      "| metric | value |\n| --- | ---: |\n| a\\|b | 0.5 |",
    );
    expect(table(["a", "b", "c"], [], "rc")).toBe("| a | b | c |\n| ---: | :---: | --- |");
    expect(() => table(["a", "b"], [["x"]])).toThrow(/1 cells, header has 2/);
  });

  it("folds a block with a blank line so GitHub parses its body", () => {
    expect(details("More", "body")).toBe("<details>\n<summary>More</summary>\n\nbody\n\n</details>");
  });

  it("escapes inline text and picks a code fence longer than any backtick run", () => {
    expect(text("<b>@team</b> #1")).toBe("&lt;b&gt;@\u2060team&lt;/b&gt; #\u20601");
    expect(text("# not a heading")).toBe("\\# not a heading");
    expect(code("a ``b`` c")).toBe("```a ``b`` c```");
    expect(code("a|b")).toBe("a\\|b");
  });
});

describe("display paths", () => {
  const ws = path.resolve("/ws");
  it("shows workspace paths relative, with / separators", () => {
    expect(displayPath(ws, path.join(ws, "out", "model.pkl"))).toBe("out/model.pkl");
    expect(displayPath(ws, ws)).toBe(".");
    expect(displayPath(ws, path.join(ws, "..foo"))).toBe("..foo");
  });

  it("shows a file in the runner's temp directory by its name, never the temp path", () => {
    const temp = path.resolve("/home/runner/work/_temp");
    expect(displayPath(ws, path.join(temp, "mlops-x1", "base.json"), { tempDirs: [null, temp] })).toBe(
      "base.json",
    );
  });

  it("leaves other paths as given", () => {
    expect(displayPath(ws, path.resolve("/elsewhere/data.csv"))).toBe(path.resolve("/elsewhere/data.csv"));
  });
});
