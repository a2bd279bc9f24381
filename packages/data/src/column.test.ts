import { describe, expect, it } from "vitest";
import { ColumnProfiler } from "./column.js";

const enc = new TextEncoder();
function column(values: string[]): ColumnProfiler {
  const c = new ColumnProfiler("c");
  values.forEach((v, i) => {
    const b = enc.encode(v);
    c.addBytes(b, 0, b.length, i + 2);
  });
  return c;
}

describe("column profiler", () => {
  it("parses repeated and changing timestamps alike (the repeat shortcut keeps exact values)", () => {
    const values = [
      "2024-01-02T00:00:00Z",
      "2024-01-02T00:00:00Z",
      "2024-01-01T23:59:59Z",
      "2024-01-02",
      "2024-01-02T00:00:00+01:00",
      "2024-01-02T00:00:00+01:00",
    ];
    const c = column(values);
    expect(c.inferType()).toBe("datetime");
    const p = c.profile();
    expect(p).toMatchObject({
      min: "2024-01-01T23:00:00.000Z",
      max: "2024-01-02T00:00:00.000Z",
      distinct: 3,
      count: 6,
    });
  });
  it("classifies numbers, identifiers with leading zeros, booleans and missing values", () => {
    expect(column(["1", "-2", "+3", "4e2"]).inferType()).toBe("number");
    expect(column(["1", "-2", "", "NA"]).profile()).toMatchObject({
      type: "integer",
      missing: 2,
      min: -2,
      max: 1,
    });
    expect(column(["02134", "10001", "02134"]).inferType()).toMatch(/string|categorical/);
    expect(column(["true", "False", "TRUE"]).inferType()).toBe("boolean");
    expect(column(["tRuE"]).inferType()).toBe("string");
  });
});
