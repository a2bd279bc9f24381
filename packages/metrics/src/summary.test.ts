import { describe, expect, it } from "vitest";
import type { Comparison } from "@mlops/core";
import { escapeCell, renderComparisonSummary } from "./summary.js";

describe("job summary", () => {
  it("escapes hostile metric names and slice values so they cannot break the table or inject HTML", () => {
    expect(escapeCell("a|b<script>alert(1)</script>\n[x](http://e)")).toBe(
      "a\\|b&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[x\\]\\(http://e\\)",
    );
    const c: Comparison = {
      kind: "mlops.comparison",
      version: 1,
      created: "2026-01-01T00:00:00.000Z",
      model: "m",
      candidate: { source: null, runId: null, gitSha: null },
      baseline: null,
      verdict: "no-baseline",
      passed: true,
      reasons: ["no baseline <b>"],
      predictions: null,
      metrics: [
        {
          name: "acc|<img src=x>",
          slice: { column: "origin", value: "| --- |" },
          candidate: 0.5,
          baseline: null,
          delta: null,
          relativeDelta: null,
          greaterIsBetter: true,
          interval: null,
          test: null,
          gate: null,
          status: "info",
        },
      ],
    };
    const md = renderComparisonSummary(c);
    const row = md.split("\n").find((l) => l.startsWith("| acc"))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(
      md
        .split("\n")
        .find((l) => l.startsWith("| metric"))!
        .split("|").length,
    );
    expect(md).not.toMatch(/<img|<b>/);
    expect(md).toContain("no baseline");
  });
});
