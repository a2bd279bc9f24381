import { describe, expect, it } from "vitest";
import type { Comparison } from "@mlops/core";
import { renderComparisonSummary } from "./summary.js";

describe("job summary", () => {
  it("escapes hostile metric names and slice values so they cannot break the table or inject HTML", () => {
    const c: Comparison = {
      kind: "mlops.comparison",
      version: 1,
      created: "2026-01-01T00:00:00.000Z",
      model: "m",
      candidate: { source: null, runId: null, gitSha: null },
      baseline: null,
      verdict: "no-baseline",
      passed: true,
      reasons: ["no baseline <b>", "a|b<script>alert(1)</script>\n[x](http://e)"],
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
    const lines = md.split("\n");
    const header = lines.findIndex((l) => l.startsWith("| slice | metric |"));
    const row = lines[header + 2]!;
    expect(row).toContain("acc\\|&lt;img src=x&gt;");
    expect(row.split(/(?<!\\)\|/).length).toBe(lines[header]!.split("|").length);
    expect(md).not.toMatch(/<img|<b>|<script>|(?<!\\)\]\(http/);
    expect(md).toContain("- a\\|b&lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](http\u2060://e)");
    expect(md).toContain("no baseline");
  });
});
