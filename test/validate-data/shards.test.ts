import { createHash } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
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
 * flights-3m as CSV, converted once per machine into the machine's temp dir (not the run's, see
 * test/global-setup.ts; named by the Parquet file's sha256, so every checkout and install shares it): a column subset (destination left out: origin
 * is the same kind of column) and dates as "YYYY-MM-DD HH:MM", to keep it small. A clean machine
 * converts it in ~3 s of CPU (texts and minutes formatted once each, one string per row).
 */
async function flightsCsv(): Promise<{ csv: string; reference: string }> {
  const key = createHash("sha256").update(readFileSync(parquet)).digest("hex").slice(0, 16);
  const tmp = process.env.MLOPS_TEST_MACHINE_TMP ?? os.tmpdir();
  const csv = path.join(tmp, `mlops-test-flights-3m-v3-${key}.csv`);
  const reference = path.join(tmp, `mlops-test-flights-ref-v3-${key}.csv`);
  if (existsSync(csv) && existsSync(reference)) return { csv, reference };
  const out = createWriteStream(`${csv}.${process.pid}`);
  const decoder = new TextDecoder();
  let chunks: { values: ArrayLike<unknown>; msPerUnit: number | undefined }[][] = [];
  let kept: number[] = [];
  let header = "";
  let refText = "";
  const minutes = new Map<number, string>();
  const texts = new Map<number, string>();
  const numbers = new Map<number, string>();
  const format = (v: unknown, msPerUnit: number | undefined): string => {
    if (v === null || v === undefined) return "";
    let k: number;
    let cache = texts;
    if (msPerUnit !== undefined) {
      k = Math.floor((Number(v) * msPerUnit) / 60_000);
      cache = minutes;
    } else if (typeof v === "number") {
      k = v;
      cache = numbers;
    } else if (v instanceof Uint8Array && v.length <= 6) {
      k = v.length;
      for (const b of v) k = k * 256 + b;
    } else return v instanceof Uint8Array ? decoder.decode(v) : String(v);
    let s = cache.get(k);
    if (s === undefined) {
      if (cache === minutes) s = new Date(k * 60_000).toISOString().slice(0, 16).replace("T", " ");
      else s = typeof v === "number" ? String(v) : decoder.decode(v as Uint8Array);
      cache.set(k, s);
    }
    return s;
  };
  const pending: Promise<void>[] = [];
  await readParquet(parquet, {
    columns(info) {
      kept = info.flatMap((c, i) => (c.name === "destination" ? [] : [i]));
      header = `${kept.map((i) => info[i]!.name).join(",")}\n`;
      out.write(header);
      chunks = info.map(() => []);
    },
    chunk(column, values, _rowStart, msPerUnit) {
      chunks[column]!.push({ values, msPerUnit });
    },
    rowGroup(rows) {
      const columns = kept.map((c) => {
        const texts = new Array<string>(rows);
        let r = 0;
        for (const { values, msPerUnit } of chunks[c]!)
          for (let i = 0; i < values.length; i++) texts[r++] = format(values[i], msPerUnit);
        return texts;
      });
      const lines = new Array<string>(rows);
      for (let r = 0; r < rows; r++) {
        let line = columns[0]![r]!;
        for (let c = 1; c < columns.length; c++) line += `,${columns[c]![r]!}`;
        lines[r] = line;
      }
      const text = `${lines.join("\n")}\n`;
      if (refText.length < 2_000_000)
        refText += text.slice(0, 2_000_000 - refText.length).replace(/[^\n]*$/, "");
      pending.push(new Promise((resolve) => (out.write(text) ? resolve() : out.once("drain", resolve))));
      chunks = chunks.map(() => []);
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
