import { createWriteStream, existsSync, mkdtempSync, renameSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryLogger } from "@mlops/core";
import { readParquet, validateData, type ValidateResult } from "@mlops/data";

// Validation across a matrix on real data: flights-3m (3,000,000 rows) split four ways, each shard
// profiled on its own into a partial profile, the partials merged: the report equals one process
// reading all of it (exact counts, checks and samples identical; mean/std to rounding).

const root = path.resolve(import.meta.dirname, "../..");
const parquet = path.join(root, "node_modules/vega-datasets/data/flights-3m.parquet");

/**
 * flights-3m as CSV, converted once per machine into the temp dir: a column subset (destination
 * left out: origin is the same kind of column) and dates as "YYYY-MM-DD HH:MM", to keep it small.
 */
async function flightsCsv(): Promise<{ csv: string; reference: string }> {
  const key = `${statSync(parquet).size}-${Math.round(statSync(parquet).mtimeMs)}`;
  const csv = path.join(os.tmpdir(), `mlops-test-flights-3m-v2-${key}.csv`);
  const reference = path.join(os.tmpdir(), `mlops-test-flights-ref-v2-${key}.csv`);
  if (existsSync(csv) && existsSync(reference)) return { csv, reference };
  const out = createWriteStream(`${csv}.${process.pid}`);
  const decoder = new TextDecoder();
  let columns: unknown[][] = [];
  let units: (number | undefined)[] = [];
  let header = "";
  let keep: boolean[] = [];
  let refText = "";
  const pending: Promise<void>[] = [];
  await readParquet(parquet, {
    columns(info) {
      keep = info.map((c) => c.name !== "destination");
      header =
        info
          .filter((_, i) => keep[i])
          .map((c) => c.name)
          .join(",") + "\n";
      out.write(header);
      columns = info.map(() => []);
    },
    chunk(column, values, _rowStart, msPerUnit) {
      if (!keep[column]) return;
      for (let i = 0; i < values.length; i++) columns[column]!.push(values[i]);
      units[column] = msPerUnit;
    },
    rowGroup(rows) {
      const parts: string[] = [];
      for (let r = 0; r < rows; r++) {
        const fields = columns.flatMap((col, c) => {
          if (!keep[c]) return [];
          const v = col[r];
          if (units[c] !== undefined)
            return new Date(Number(v) * units[c]!).toISOString().slice(0, 16).replace("T", " ");
          return v instanceof Uint8Array ? decoder.decode(v) : String(v);
        });
        parts.push(fields.join(","));
      }
      const text = parts.join("\n") + "\n";
      if (refText.length < 2_000_000)
        refText += text.slice(0, 2_000_000 - refText.length).replace(/[^\n]*$/, "");
      pending.push(new Promise((resolve) => (out.write(text) ? resolve() : out.once("drain", resolve))));
      columns = columns.map(() => []);
      units = [];
    },
  });
  await Promise.all(pending);
  await new Promise((resolve) => out.end(resolve));
  writeFileSync(`${reference}.${process.pid}`, header + refText);
  renameSync(`${csv}.${process.pid}`, csv);
  renameSync(`${reference}.${process.pid}`, reference);
  return { csv, reference };
}

const schema = {
  columns: {
    date: { type: "datetime", max: { value: "2001-01-19", severity: "warning" } },
    delay: { type: "integer", min: -60, max: { value: 1000, severity: "warning" } },
    distance: { type: "integer", nullable: false, min: 50 },
    origin: { type: "categorical" },
  },
  rows: { min: 1000 },
};

function comparable(r: ValidateResult) {
  const report = structuredClone(r.report) as unknown as Record<string, unknown> & typeof r.report;
  const numbers: Record<string, number | null | undefined> = {};
  for (const [name, p] of Object.entries(report.profile)) {
    numbers[`${name}.mean`] = p.mean as number | null | undefined;
    numbers[`${name}.std`] = p.std;
    const m = (p.sketches as { moments: { mean: number; m2: number } }).moments;
    numbers[`${name}.m.mean`] = m.mean;
    numbers[`${name}.m.m2`] = m.m2;
    delete p.mean;
    delete p.std;
    m.mean = 0;
    m.m2 = 0;
  }
  for (const d of report.drift?.columns ?? []) {
    numbers[`${d.column}.drift`] = d.statistic;
    numbers[`${d.column}.psi`] = (d as { psi?: number }).psi;
    d.statistic = 0;
    (d as { psi?: number }).psi = 0;
  }
  const { created: _c, ...rest } = report;
  return { rest, numbers };
}

describe("validate-data across a matrix (flights-3m, four shards)", () => {
  it("merges four partial profiles into the report one process makes of all the data", async () => {
    const { csv, reference } = await flightsCsv();
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-shards-"));
    writeFileSync(path.join(dir, "schema.json"), JSON.stringify(schema));
    const base = { data: [csv], schema: "schema.json", cwd: dir, threads: 1, failOn: "never" as const };
    const logger = new MemoryLogger();

    const whole = await validateData({ ...base, reference: [reference], report: "whole.json" }, { logger });
    for (let index = 1; index <= 4; index++) {
      const shard = await validateData(
        { ...base, shard: { index, count: 4 }, partial: `parts/p${index}.json` },
        { logger },
      );
      expect(shard.passed).toBe(true);
      expect(shard.partialPath).toBe(`parts/p${index}.json`);
      expect(shard.rows).toBeGreaterThan(700_000);
    }
    const merged = await validateData(
      {
        data: [],
        merge: ["parts/*.json"],
        reference: [reference],
        report: "merged.json",
        cwd: dir,
        failOn: "never",
      },
      { logger },
    );

    expect(merged.rows).toBe(3_000_000);
    const a = comparable(whole);
    const b = comparable(merged);
    expect(b.rest).toEqual(a.rest);
    for (const [k, v] of Object.entries(a.numbers)) {
      if (typeof v !== "number") expect(b.numbers[k], k).toBe(v);
      else expect(Math.abs(b.numbers[k]! - v), k).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
    }
    // The checks did find something on every shard's part (samples merged in order).
    const failing = whole.report
      .schema!.checks.filter((c) => c.failures > 0)
      .map((c) => `${c.column}.${c.check}`);
    expect(failing).toEqual(expect.arrayContaining(["date.max", "delay.min", "delay.max", "distance.min"]));
    // Exact distributions here: quantiles identical, not only within the sketch's error.
    expect(merged.report.profile.delay!.quantiles).toEqual(whole.report.profile.delay!.quantiles);
  });
});
