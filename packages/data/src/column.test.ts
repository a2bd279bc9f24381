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
  it("counts distinct dates exactly: a 365-day year has 365, not the sketch's estimate", () => {
    const days = Array.from({ length: 365 }, (_, i) =>
      new Date(Date.UTC(2013, 0, 1 + i)).toISOString().slice(0, 10),
    );
    const c = column(days);
    expect(c.profile().distinct).toBe(365);
    expect(c.dateDistinct()).toBe(365);
    // Merged from two files' sketches (a profile saved and read back): still exact.
    const a = column(days.slice(0, 200));
    const b = column(days.slice(150));
    const merged = ColumnProfiler.fromSketches("c", JSON.parse(JSON.stringify(a.sketches())));
    merged.merge(JSON.parse(JSON.stringify(b.sketches())));
    expect(merged.profile().distinct).toBe(365);
    // Past the exact limit the estimate is used, but never above the number of dates.
    const small = new ColumnProfiler("c", 10);
    days.slice(0, 40).forEach((v, i) => {
      const bytes = enc.encode(v);
      small.addBytes(bytes, 0, bytes.length, i + 2);
    });
    expect(small.profile().distinct).toBeLessThanOrEqual(40);
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
