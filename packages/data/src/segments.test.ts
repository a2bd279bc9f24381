import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { beginRange, claimRangeEnd, formatCsvRecord, openRangeEnd, rangeEnd } from "./csv.js";
import { startThreadedRead, type WorkerPool } from "./parallel.js";
import { DatasetProfiler } from "./dataset.js";
import { quantile } from "./sketches/distribution.js";
import { ColumnChecker, CROSS_PART_DUPLICATE } from "./schema.js";
import type { DataSchema } from "./schema-file.js";
import {
  mergeSegments,
  profileSegment,
  profileStolenTail,
  segmentSchemaOf,
  type SegmentJob,
  type SegmentState,
} from "./segments.js";
import { countLineFeeds, findRecordStart } from "./split.js";
import { tempDir, write } from "./test-support/files.js";

// merge(segments) == whole: a CSV file cut into byte ranges at random points, each range profiled
// on its own and merged in order, gives the one-pass profile (exact counts and checks identical).

const dir = tempDir("mlops-segments-");

const schema: DataSchema = {
  columns: {
    id: { type: "integer", unique: true },
    x: { type: "number", min: 0, max: 100, nullable: false },
    tag: { regex: "^[ab ]*$" },
    when: { type: "datetime", max: "2020-01-05" },
  },
};

function checkersFor(where: { file: string }) {
  const checkers = new Map<string, ColumnChecker>();
  const onColumn = (column: { name: string; observer: unknown }) => {
    const spec = schema.columns[column.name];
    if (!spec) return;
    const checker = new ColumnChecker(column.name, spec, where, undefined, true);
    checkers.set(column.name, checker);
    column.observer = checker;
  };
  return { checkers, onColumn };
}

async function whole(file: string) {
  const where = { file: path.basename(file) };
  const { checkers, onColumn } = checkersFor(where);
  const dataset = new DatasetProfiler({ onColumn: onColumn as never });
  let error: string | null = null;
  try {
    await dataset.read(file);
  } catch (e) {
    error = (e as Error).message;
  }
  return { dataset, checkers, error };
}

async function inParts(file: string, cuts: number[]) {
  const name = path.basename(file);
  const segments: (SegmentState & { firstLine: number })[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const s = await profileSegment({
      file: name,
      path: file,
      nominalStart: cuts[k]!,
      nominalEnd: cuts[k + 1]!,
      schema: segmentSchemaOf(schema),
    });
    segments.push({ ...s, firstLine: 1 + (await countLineFeeds(file, s.start)) });
  }
  const where = { file: name };
  const { checkers, onColumn } = checkersFor(where);
  const dataset = new DatasetProfiler({ onColumn: onColumn as never });
  let error: string | null = null;
  try {
    mergeSegments(dataset, checkers, where, segments, new Map([[name, cuts[cuts.length - 1]!]]));
  } catch (e) {
    error = (e as Error).message;
  }
  return { dataset, checkers, error };
}

type Profiled = Awaited<ReturnType<typeof whole>>;

function expectSame(a: Profiled, b: Profiled): void {
  expect(b.error).toBe(a.error);
  expect(b.dataset.rows).toBe(a.dataset.rows);
  const named = (r: Profiled["dataset"]["ragged"]) => r.map((x) => ({ ...x, file: path.basename(x.file) }));
  expect(named(b.dataset.ragged)).toEqual(named(a.dataset.ragged));
  expect([...b.dataset.columns.keys()]).toEqual([...a.dataset.columns.keys()]);
  for (const [name, col] of a.dataset.columns) {
    const x = col.sketches();
    const y = b.dataset.columns.get(name)!.sketches();
    expect({ ...y, moments: undefined }).toEqual({ ...x, moments: undefined });
    expect(y.moments.n).toBe(x.moments.n);
    expect(y.moments.min).toBe(x.moments.min);
    expect(y.moments.max).toBe(x.moments.max);
    expect(y.moments.mean).toBeCloseTo(x.moments.mean, 9);
    expect(y.moments.m2).toBeCloseTo(x.moments.m2, 6);
    const ca = a.checkers.get(name)?.results(col);
    const cb = b.checkers.get(name)?.results(b.dataset.columns.get(name)!);
    if (!ca || !cb) continue;
    expect(cb.length).toBe(ca.length);
    ca.forEach((r, i) => {
      const s = cb[i]!;
      expect({ ...s, samples: [] }).toEqual({ ...r, samples: [] });
      // A duplicate first seen in an earlier part is sampled at its place, without its text.
      expect(
        s.samples.map((x) => ({ ...x, value: x.value === CROSS_PART_DUPLICATE ? null : x.value })),
      ).toEqual(
        r.samples.map((x, j) => ({
          ...x,
          value: s.samples[j]?.value === CROSS_PART_DUPLICATE ? null : x.value,
        })),
      );
    });
  }
}

const cell = fc.oneof(
  fc.integer({ min: -5, max: 120 }).map(String),
  fc.double({ min: -10, max: 200, noNaN: true }).map((v) => String(v)),
  fc.constantFrom("", "NA", "abc", "7.5"),
);
const text = fc.string({ unit: fc.constantFrom("a", "b", " ", ",", '"', "\n", "é"), maxLength: 8 });
const date = fc.integer({ min: 1, max: 9 }).map((d) => `2020-01-0${d}`);
const record = fc.tuple(fc.integer({ min: 0, max: 60 }).map(String), cell, text, date);

describe("segments: merge(parts) == one pass", () => {
  it("for random records (quoted newlines, doubled quotes, missing values, ragged rows, CRLF, a BOM, a blank first line) and random cuts", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ weight: 20, arbitrary: record }, { weight: 1, arbitrary: fc.constant(null) }), {
          maxLength: 120,
        }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        async (records, fractions, crlf, bom, blank) => {
          const eol = crlf ? "\r\n" : "\n";
          const lines = ["id,x,tag,when", ...records.map((r) => (r ? formatCsvRecord(r) : "1,2"))];
          // A UTF-8 BOM (Excel's "CSV UTF-8") or a blank line before the header: every part after
          // the first reads the header past them.
          const content = Buffer.from((bom ? "\uFEFF" : "") + (blank ? eol : "") + lines.join(eol) + eol);
          const file = write(dir, `p${run++}.csv`, content);
          const cuts = [
            0,
            ...fractions.map((f) => Math.floor(f * content.length)).sort((a, b) => a - b),
            content.length,
          ];
          expectSame(await whole(file), await inParts(file, cuts));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("finds record starts by quote parity: never inside a quoted field", async () => {
    const content = 'a,b\n1,"x\ny"\n2,"""q""\n"\n3,z\n';
    const file = write(dir, "parity.csv", content);
    const starts = new Set<number>();
    for (let at = 0; at <= content.length; at++) starts.add(await findRecordStart(file, at));
    expect([...starts].sort((a, b) => a - b)).toEqual([0, 4, 12, 23, 27]);
  });

  it("keeps quantiles of a sketched column within the KLL error after merging", async () => {
    const n = 30_000;
    const values = Array.from({ length: n }, (_, i) => ((i * 7919) % n) / 7 + 0.5);
    const file = write(dir, "wide.csv", "v\n" + values.join("\n") + "\n");
    const size = Buffer.byteLength("v\n" + values.join("\n") + "\n");
    const a = await whole(file);
    const b = await inParts(file, [0, Math.floor(size / 3), Math.floor(size / 2), size]);
    const da = a.dataset.columns.get("v")!.distribution;
    const db = b.dataset.columns.get("v")!.distribution;
    expect(da.exact).toBe(false);
    expect(db.n).toBe(n);
    const sorted = [...values].sort((x, y) => x - y);
    for (const q of [0.01, 0.25, 0.5, 0.75, 0.99]) {
      const v = quantile(db.weighted(), q);
      const rank = sorted.findIndex((x) => x >= v) / n;
      expect(Math.abs(rank - q)).toBeLessThan(0.01);
    }
  });

  it("reports a part that started at a wrong boundary, and what a missing part lacks", async () => {
    // A quote inside an unquoted field breaks the parity: the cut lands inside a record.
    const content = 'a,b\n1,5" screen\n2,x\n3,"y\nz"\n4,w\n';
    const file = write(dir, "stray.csv", content);
    const name = "stray.csv";
    const parts: (SegmentState & { firstLine: number })[] = [];
    for (const [s, e] of [
      [0, 20],
      [20, content.length],
    ] as const)
      parts.push({
        ...(await profileSegment({ file: name, path: file, nominalStart: s, nominalEnd: e, schema: null })),
        firstLine: 1,
      });
    const dataset = new DatasetProfiler();
    expect(() =>
      mergeSegments(dataset, new Map(), { file: name }, parts, new Map([[name, content.length]])),
    ).toThrow(
      /stray\.csv: a partial starts at byte \d+, but the part before it ends at byte \d+: the file has a quote inside an unquoted field/,
    );
    expect(() =>
      mergeSegments(
        new DatasetProfiler(),
        new Map(),
        { file: name },
        parts.slice(0, 1),
        new Map([[name, content.length]]),
      ),
    ).toThrow(/cover stray\.csv only up to byte \d+ of \d+; a shard of it is missing/);
  });
});

/** A file of 4,000 records of the schema's columns (id, x, tag, when), `record(i)` each. */
function records(name: string, record: (i: number) => string[]): string {
  const lines = ["id,x,tag,when", ...Array.from({ length: 4000 }, (_, i) => formatCsvRecord(record(i)))];
  return write(dir, name, lines.join("\n") + "\n");
}

describe("a threaded read whose worker falls behind", () => {
  it("has this thread take the tail of the worker's range, and still gives the one-pass profile", async () => {
    const file = records("behind.csv", (i) => [
      String(i),
      String((i % 97) + 0.5),
      i % 7 ? "a b" : 'a\n"b",',
      `2020-01-0${1 + (i % 9)}`,
    ]);
    const size = statSync(file).size;
    let fixedFirst: number | null = null;
    // A worker slower than this thread (parseRate: its assumed speed): it begins only once this
    // thread has moved its end.
    const pool = {
      size: 1,
      run: async (_index: number, job: SegmentJob) => {
        fixedFirst = rangeEnd(job.sharedEnd!);
        for (let t = 0; t < 500 && rangeEnd(job.sharedEnd!) === fixedFirst; t++)
          await new Promise((r) => setTimeout(r, 10));
        return [await profileSegment(job)];
      },
    } as unknown as WorkerPool;
    const log: string[] = [];
    const read = startThreadedRead(
      pool,
      "behind.csv",
      file,
      size,
      { schema: segmentSchemaOf(schema) },
      { minPartBytes: 4096, split: 0.1, parseRate: 1, log: (m) => log.push(m) },
    )!;
    const where = { file: "behind.csv" };
    const { checkers, onColumn } = checkersFor(where);
    const dataset = new DatasetProfiler({ onColumn: onColumn as never });
    await read.finish(dataset, checkers);
    const took = /then took bytes ([\d,]+)–([\d,]+) of the last worker's range/.exec(log.join("\n"));
    expect(took, log.join("\n")).not.toBeNull();
    const [from, to] = [took![1]!, took![2]!].map((n) => Number(n.replaceAll(",", "")));
    expect(to).toBe(fixedFirst);
    expect(from).toBeGreaterThan(0);
    expect(from).toBeLessThan(to!);
    expect(read.digest()).toEqual({
      sha256: createHash("sha256").update(readFileSync(file)).digest("hex"),
      bytes: size,
    });
    expectSame(await whole(file), { dataset, checkers, error: null });
  });
});

describe("a worker done before the main thread", () => {
  it("takes the tail of the main thread's range: the three parts merge to the one-pass profile", async () => {
    const file = records("ahead.csv", (i) => [
      String(i),
      String(i % 101),
      i % 5 ? "b" : 'a\n"a"',
      `2020-01-0${1 + (i % 9)}`,
    ]);
    const size = statSync(file).size;
    const job = { file: "ahead.csv", path: file, schema: segmentSchemaOf(schema), chunkBytes: 4096 };
    // The main thread began its range (the second half) a second ago and has claimed 8 KiB of
    // it: far slower than this worker (1,000 bytes per ms), which takes most of the rest.
    const start = await findRecordStart(file, Math.floor(size / 2));
    const cell = openRangeEnd(size);
    const progress = new Float64Array(new SharedArrayBuffer(24));
    progress.set([performance.timeOrigin + performance.now() - 1000, start, 1e6]);
    beginRange(cell, start);
    expect(claimRangeEnd(cell, start + 8192, start)).toBeNull();
    const stolen = (await profileStolenTail(
      { ...job, nominalStart: 0, nominalEnd: start, steal: { cell, size, progress } },
      1000,
    ))!;
    const end = rangeEnd(cell)!;
    expect(end).toBeGreaterThanOrEqual(start + 8192); // never below the claim
    // Split where both finish together: just past the claim, the main thread being 120× slower.
    expect(end).toBeLessThan(start + 8192 + (size - start - 8192) / 50);
    expect(stolen.start).toBe(await findRecordStart(file, end));
    expect(stolen.end).toBe(size);
    // The main thread's read of its range stops where the tail begins.
    const own = await profileSegment({
      ...job,
      nominalStart: start,
      nominalEnd: size,
      start,
      sharedEnd: cell,
    });
    expect(own.end).toBe(stolen.start);
    // Nothing is left to take once the range has an end.
    expect(
      await profileStolenTail(
        { ...job, nominalStart: 0, nominalEnd: 0, steal: { cell, size, progress } },
        1000,
      ),
    ).toBeNull();
    const first = await profileSegment({ ...job, nominalStart: 0, nominalEnd: start });
    expect(first.end).toBe(start);
    const parts = [];
    for (const s of [first, own, stolen])
      parts.push({ ...s, firstLine: 1 + (await countLineFeeds(file, s.start)) });
    const where = { file: "ahead.csv" };
    const { checkers, onColumn } = checkersFor(where);
    const dataset = new DatasetProfiler({ onColumn: onColumn as never });
    mergeSegments(dataset, checkers, where, parts, new Map([["ahead.csv", size]]));
    expectSame(await whole(file), { dataset, checkers, error: null });
  });

  it("finds a record start counting quote parity from a known record start, as from the file's start", async () => {
    const file = write(dir, "parity.csv", 'a,b\n1,"x\ny"\n2,"z,\n""w"""\n3,v\n4,"\n"\n');
    const size = statSync(file).size;
    const starts = new Set<number>();
    for (let at = 1; at <= size; at++) starts.add(await findRecordStart(file, at));
    for (const from of [...starts].filter((s) => s < size))
      for (let at = from + 1; at <= size; at++) {
        expect(await findRecordStart(file, at, from)).toBe(await findRecordStart(file, at));
        // Read on this thread (threads' ranges) as through the thread pool.
        expect(await findRecordStart(file, at, from, true)).toBe(await findRecordStart(file, at));
      }
  });
});
