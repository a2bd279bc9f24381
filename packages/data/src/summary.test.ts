import { describe, expect, it } from "vitest";
import type { ValidationReport } from "@mlops/core";
import { renderSummary } from "./summary.js";

const report = (column: string): ValidationReport => ({
  kind: "mlops.validation",
  version: 1,
  created: "2026-01-01T00:00:00.000Z",
  passed: false,
  dataset: {
    format: "csv",
    files: [{ path: "data/weather.csv", sha256: "a".repeat(64), bytes: 100 }],
    fingerprint: "b".repeat(64),
    rows: 12345,
    columns: [column],
  },
  schema: {
    source: "schema.json",
    passed: false,
    checks: [
      {
        check: "type",
        column,
        severity: "error",
        passed: false,
        expected: "number",
        failures: 3,
        checked: 12345,
        samples: [{ line: 4, value: "x" }],
      },
    ],
  },
  profile: {
    [column]: { type: "number", count: 12345, missing: 0, min: -3.2, max: 35.1, mean: 15.23456 },
    date: {
      type: "datetime",
      count: 12345,
      missing: 0,
      min: "2012-01-01T00:00:00.000Z",
      max: "2012-12-31T00:00:00.000Z",
    },
  },
  drift: {
    reference: { kind: "data", source: "data/2012.csv", fingerprint: null, rows: 366 },
    datasetDrift: true,
    driftedShare: 1,
    shareThreshold: 0.5,
    columns: [
      {
        column,
        type: "number",
        test: "ks",
        statistic: 0.4213,
        pValue: 0.000012,
        threshold: 0.05,
        operator: "<",
        comparedValue: "p_value",
        drifted: true,
      },
    ],
  },
  anomalies: [
    { code: "parse-error", severity: "error", message: "bad | <b>", file: "data/weather.csv", line: 3 },
  ],
});

/** Cells of a table row, split on pipes that are not escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).length - 2;

describe("validate-data job summary", () => {
  it("keeps every table intact and shows no HTML for a hostile column name", () => {
    const md = renderSummary(report("a|b <img src=x> @team\n# x"));
    expect(md).not.toMatch(/<img|<b>/);
    expect(md).toContain("@\u2060team");
    const lines = md.split("\n");
    lines.forEach((line, i) => {
      if (/^\| (-|:)/.test(line)) {
        const width = cells(line);
        for (let j = i + 1; j < lines.length && lines[j]!.startsWith("|"); j++)
          expect(cells(lines[j]!), lines[j]).toBe(width);
      }
    });
  });

  it("formats numbers as every summary does, statistic and p-value in their own columns", () => {
    const md = renderSummary(report("temp"));
    expect(md).toContain("12,345 rows × 1 column from 1 file (csv), 1 anomaly.");
    expect(md).toContain("| temp | type | error | number | 3 / 12,345 | line 4 |");
    expect(md).toContain("| temp | ks | 0.4213 | 1.2e−5 | p-value &lt; 0.05 | — | ⚠️ yes |");
    expect(md).toContain("threshold 50%) against `data/2012.csv` (366 rows)");
    expect(md).toContain("| temp | number | 0 | — | −3.2 | 15.23 | 35.1 | — |");
    expect(md).toContain("| date | datetime | 0 | — | 2012-01-01 | — | 2012-12-31 | — |");
  });
});
