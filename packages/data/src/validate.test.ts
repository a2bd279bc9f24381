import { readFileSync } from "node:fs";
import path from "node:path";
import { MemoryLogger, readDocument } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { DatasetProfiler } from "./dataset.js";
import { parseSchemaText } from "./schema-file.js";
import { tempDir, write } from "./test-support/files.js";
import { validateData } from "./validate.js";

function csv(rows: (string | number)[][]): string {
  return rows.map((r) => r.join(",")).join("\n") + "\n";
}

let seed = 7;
const random = () => (seed = (1664525 * seed + 1013904223) % 4294967296) / 4294967296;

function dataset(n: number, shift = 0): string {
  const rows: (string | number)[][] = [["id", "zip", "price", "city", "when"]];
  const cities = ["Boston", "Austin", "Denver"];
  for (let i = 0; i < n; i++) {
    rows.push([
      i + 1,
      String(2000 + (i % 50)).padStart(5, "0"),
      (random() * 100 + shift).toFixed(2),
      cities[Math.floor(random() * (shift ? 2 : 3))]!,
      `2024-01-${String((i % 28) + 1).padStart(2, "0")}`,
    ]);
  }
  return csv(rows);
}

describe("validateData", () => {
  it("infers a schema that the same data then passes (zip codes stay strings)", async () => {
    const dir = tempDir();
    write(dir, "train.csv", dataset(400));
    const logger = new MemoryLogger();
    const first = await validateData(
      { data: ["train.csv"], writeSchema: "schema.json", report: "r.json", cwd: dir },
      { logger },
    );
    expect(first.passed).toBe(true);
    const schema = JSON.parse(readFileSync(path.join(dir, "schema.json"), "utf8"));
    expect(schema.columns.zip.type).not.toMatch(/integer|number/);
    expect(schema.columns).toMatchObject({
      id: { type: "integer", unique: true },
      price: { type: "number" },
      city: { type: "categorical", allowed: ["Austin", "Boston", "Denver"] },
      when: { type: "datetime" },
    });
    const second = await validateData(
      { data: ["train.csv"], schema: "schema.json", report: "r2.json", cwd: dir },
      { logger },
    );
    expect(second.passed).toBe(true);
    expect(second.report.schema!.checks.every((c) => c.passed)).toBe(true);
    const report = await readDocument("mlops.validation", path.join(dir, "r2.json"));
    expect(report.dataset.rows).toBe(400);
    expect(report.profile.price!.quantiles!["0.5"]).toBeTypeOf("number");
  });

  it("fails on schema errors with samples, lines and at most 10 annotations", async () => {
    const dir = tempDir();
    const rows: (string | number)[][] = [["id", "score", "grade"]];
    for (let i = 0; i < 30; i++) rows.push([i % 25, i % 3 === 0 ? "n/a" : i, i < 20 ? "A" : "Z"]);
    write(dir, "d.csv", csv(rows));
    write(
      dir,
      "s.json",
      JSON.stringify({
        columns: {
          id: { type: "integer", unique: true },
          score: { type: "integer", nullable: false, max: { value: 25, severity: "warning" } },
          grade: { allowed: ["A", "B"], mostly: 0.5 },
        },
        rows: { min: 100 },
      }),
    );
    const logger = new MemoryLogger();
    const r = await validateData({ data: ["d.csv"], schema: "s.json", cwd: dir }, { logger });
    expect(r.passed).toBe(false);
    const byCheck = Object.fromEntries(r.report.schema!.checks.map((c) => [`${c.column}:${c.check}`, c]));
    expect(byCheck["id:unique"]).toMatchObject({ passed: false, failures: 5, severity: "error" });
    expect(byCheck["score:not-null"]).toMatchObject({ passed: false, failures: 10 });
    expect(byCheck["score:not-null"]!.samples[0]).toMatchObject({ file: "d.csv", line: 2, value: null });
    expect(byCheck["score:max"]).toMatchObject({ passed: false, severity: "warning", failures: 3 });
    expect(byCheck["grade:allowed"]).toMatchObject({ passed: true, failures: 10, mostly: 0.5 });
    expect(byCheck["null:row-count"]).toMatchObject({ passed: false, observed: "30" });
    const annotations = logger.entries.filter((e) => e.level === "error" || e.level === "warning");
    expect(annotations).toHaveLength(10);
    expect(
      annotations.filter((a) => a.location?.file === "d.csv" && typeof a.location.line === "number").length,
    ).toBeGreaterThan(5);
    expect(logger.messages("info").some((m) => /and \d+ more problem/.test(m))).toBe(true);
    // Warnings alone do not fail with fail-on: error, but do with fail-on: warning.
    write(
      dir,
      "w.json",
      JSON.stringify({ columns: { id: {}, score: { max: { value: 25, severity: "warning" } }, grade: {} } }),
    );
    expect((await validateData({ data: ["d.csv"], schema: "w.json", cwd: dir }, { logger })).passed).toBe(
      true,
    );
    expect(
      (await validateData({ data: ["d.csv"], schema: "w.json", failOn: "warning", cwd: dir }, { logger }))
        .passed,
    ).toBe(false);
  });

  it("reports drift against reference data, and the same against its saved profile", async () => {
    const dir = tempDir();
    write(dir, "ref.csv", dataset(3000));
    write(dir, "cur.csv", dataset(2000, 40));
    const logger = new MemoryLogger();
    const saved = await validateData({ data: ["ref.csv"], report: "ref-report.json", cwd: dir }, { logger });
    expect(saved.report.drift).toBeNull();
    const a = await validateData(
      { data: ["cur.csv"], reference: ["ref.csv"], failOn: "drift", cwd: dir },
      { logger },
    );
    expect(a.driftDetected).toBe(true);
    expect(a.passed).toBe(false);
    expect(a.driftedColumns).toEqual(expect.arrayContaining(["price", "city"]));
    const price = a.report.drift!.columns.find((c) => c.column === "price")!;
    expect(price).toMatchObject({ test: "wasserstein", operator: ">=", threshold: 0.1, drifted: true });
    const b = await validateData({ data: ["cur.csv"], reference: ["ref-report.json"], cwd: dir }, { logger });
    expect(b.report.drift!.reference.kind).toBe("profile");
    expect(b.report.drift!.columns).toEqual(a.report.drift!.columns);
    // Per-column configuration wins over the defaults.
    const c = await validateData(
      {
        data: ["cur.csv"],
        reference: ["ref.csv"],
        drift: { price: { test: "psi", threshold: 1000 } },
        cwd: dir,
      },
      { logger },
    );
    expect(c.report.drift!.columns.find((x) => x.column === "price")).toMatchObject({
      test: "psi",
      threshold: 1000,
      drifted: false,
    });
  });

  it("turns a malformed file into an error anomaly in the report, not a crash", async () => {
    const dir = tempDir();
    write(dir, "bad.csv", 'a,b\n1,2\n3,"oops\n');
    const r = await validateData(
      { data: ["bad.csv"], report: "r.json", cwd: dir },
      { logger: new MemoryLogger() },
    );
    expect(r.passed).toBe(false);
    expect(r.report.anomalies[0]).toMatchObject({
      code: "unterminated-quote",
      severity: "error",
      file: "bad.csv",
      line: 3,
    });
    write(dir, "header.csv", "a,b\n");
    const h = await validateData({ data: ["header.csv"], cwd: dir }, { logger: new MemoryLogger() });
    expect(h.report.anomalies[0]).toMatchObject({ code: "header-only" });
    write(dir, "ragged.csv", "a,b\n1,2\n3\n");
    const g = await validateData(
      { data: ["ragged.csv"], cwd: dir, failOn: "never" },
      { logger: new MemoryLogger() },
    );
    expect(g).toMatchObject({ passed: true, rows: 1 });
    expect(g.report.anomalies[0]).toMatchObject({ code: "ragged-row", line: 3, count: 1 });
  });

  it("survives hostile files: a million columns, NUL bytes, random binary", async () => {
    const dir = tempDir();
    write(dir, "wide.csv", Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(",") + "\n");
    const wide = await validateData({ data: ["wide.csv"], cwd: dir }, { logger: new MemoryLogger() });
    expect(wide.report.anomalies[0]).toMatchObject({ code: "too-many-columns", line: 1 });
    write(dir, "nul.csv", "a,b\n1,\u00002\n");
    expect(
      (await validateData({ data: ["nul.csv"], cwd: dir }, { logger: new MemoryLogger() })).report
        .anomalies[0],
    ).toMatchObject({ code: "nul-byte", line: 2 });
    write(dir, "junk.parquet", Buffer.from("PAR1 this is not parquet PAR1"));
    expect(
      (await validateData({ data: ["junk.parquet"], cwd: dir }, { logger: new MemoryLogger() })).report
        .anomalies[0],
    ).toMatchObject({ code: "invalid-parquet" });
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    write(dir, "deep.jsonl", `{"a": 1}\n{"a": ${deep}}\n`);
    const j = await validateData({ data: ["deep.jsonl"], cwd: dir }, { logger: new MemoryLogger() });
    expect(j.report.passed === false || j.rows === 2).toBe(true);
  });

  it("reads a glob of files as one dataset, and rejects files whose columns differ", async () => {
    const dir = tempDir();
    write(dir, "part-1.csv", "x,y\n1,a\n2,b\n");
    write(dir, "part-2.csv", "y,x\nc,3\n");
    const r = await validateData({ data: ["part-*.csv"], cwd: dir }, { logger: new MemoryLogger() });
    expect(r.rows).toBe(3);
    expect(r.report.profile.x).toMatchObject({ type: "integer", min: 1, max: 3 });
    expect(r.report.dataset.files.map((f) => f.path)).toEqual(["part-1.csv", "part-2.csv"]);
    write(dir, "part-3.csv", "x,z\n1,2\n");
    const bad = await validateData({ data: ["part-*.csv"], cwd: dir }, { logger: new MemoryLogger() });
    expect(bad.report.anomalies[0]).toMatchObject({ code: "columns-differ", file: "part-3.csv" });
    await expect(
      validateData({ data: ["nothing-*.csv"], cwd: dir }, { logger: new MemoryLogger() }),
    ).rejects.toMatchObject({ code: "no-files" });
  });

  it("reads JSON Lines (columns may appear later) and reports bad lines", async () => {
    const dir = tempDir();
    write(dir, "d.jsonl", '{"a": 1, "b": "x"}\n\n{"a": 2.5, "c": true}\n{"a": null, "b": "y"}\n');
    const r = await validateData({ data: ["d.jsonl"], cwd: dir }, { logger: new MemoryLogger() });
    expect(r.rows).toBe(3);
    expect(r.report.profile.a).toMatchObject({ type: "number", count: 2, missing: 1 });
    expect(r.report.profile.c).toMatchObject({ type: "boolean", missing: 2 });
    write(dir, "bad.jsonl", '{"a": 1}\n{"a": 2,}\n');
    const bad = await validateData({ data: ["bad.jsonl"], cwd: dir }, { logger: new MemoryLogger() });
    expect(bad.report.anomalies[0]).toMatchObject({ code: "invalid-json", line: 2 });
  });

  it("reads the ZSTD Parquet of vega-datasets: page decoding agrees with hyparquet's own row reader", async () => {
    const file = path.resolve(
      import.meta.dirname,
      "../../../node_modules/vega-datasets/data/flights-3m.parquet",
    );
    const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } = await import("hyparquet");
    const { compressors } = await import("hyparquet-compressors");
    const buffer = await asyncBufferFromFile(file);
    const rows = Number((await parquetMetadataAsync(buffer)).row_groups[0]!.num_rows);
    const d = new DatasetProfiler({ limitRows: rows });
    await d.read(file);
    expect(d.rows).toBe(rows);
    expect([...d.columns.keys()]).toEqual(["date", "delay", "distance", "origin", "destination"]);
    expect(d.columns.get("date")!.inferType()).toBe("datetime");
    const objects = (await parquetReadObjects({
      file: buffer,
      compressors,
      rowStart: 0,
      rowEnd: rows,
      columns: ["date", "delay", "origin"],
    })) as { date: Date; delay: bigint; origin: string }[];
    const delay = d.columns.get("delay")!.profile();
    const delays = objects.map((o) => Number(o.delay));
    expect(delay).toMatchObject({
      type: "integer",
      count: rows,
      missing: 0,
      min: delays.reduce((a, b) => Math.min(a, b)),
      max: delays.reduce((a, b) => Math.max(a, b)),
    });
    expect(delay.mean).toBeCloseTo(delays.reduce((a, b) => a + b, 0) / rows, 9);
    const origins = new Map<string, number>();
    for (const o of objects) origins.set(o.origin, (origins.get(o.origin) ?? 0) + 1);
    const top = [...origins].sort((a, b) => b[1] - a[1])[0]!;
    expect(d.columns.get("origin")!.profile().top![0]).toEqual({ value: top[0], count: top[1] });
    const times = objects.map((o) => o.date.getTime());
    expect(d.columns.get("date")!.profile()).toMatchObject({
      min: new Date(times.reduce((a, b) => Math.min(a, b))).toISOString(),
      max: new Date(times.reduce((a, b) => Math.max(a, b))).toISOString(),
    });
  });

  it("validates the schema file itself with file, line and column", async () => {
    await expect(
      parseSchemaText('{\n  "columns": {\n    "a": { "type": "float" }\n  }\n}\n', "s.json"),
    ).rejects.toThrow(/s\.json line 3 column 20: schema 'columns\.a\.type'/);
    await expect(
      parseSchemaText('{\n  "columns": {\n    "a": { "tpye": "number" }\n  }\n}\n', "s.json"),
    ).rejects.toThrow(/line 3 column 12: .*unknown key 'tpye'/);
    await expect(parseSchemaText('{ "columns": { "a": { "regex": "(" } } }', "s.json")).rejects.toThrow(
      /invalid regular expression/,
    );
    await expect(parseSchemaText('{ "columns": {,} }', "s.json")).rejects.toThrow(
      /s\.json line 1 column 15: invalid JSON/,
    );
  });

  it("does not run a regex on values longer than regexMaxLength (they fail)", async () => {
    const dir = tempDir();
    write(dir, "d.csv", `s\nabc\n${"a".repeat(50)}!\n`);
    write(dir, "s.json", JSON.stringify({ columns: { s: { regex: "^(a+)+$" } }, regexMaxLength: 20 }));
    const r = await validateData(
      { data: ["d.csv"], schema: "s.json", cwd: dir },
      { logger: new MemoryLogger() },
    );
    expect(r.report.schema!.checks.find((c) => c.check === "regex")).toMatchObject({
      failures: 2,
      checked: 2,
    });
  });
});
