import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryLogger } from "@mlops/core";
import { formatCsvRecord, validateData, type ValidateOptions, type ValidateResult } from "@mlops/data";
import { buildEntry } from "@mlops/testkit";
import { TEST_WORKER_ENV } from "../../packages/data/src/parallel.js";

// Both cores: a CSV file read as byte ranges on worker threads gives the report one thread gives
// (the same counts, checks, samples and lines, the same sha256 fingerprints), also for quoted
// newlines, a quote inside an unquoted field (a range found by quote parity is read again from
// the true boundary) and a malformed record in a later range — wherever the main thread's own
// range starts (mainThreadShare fixes it; by default it follows the measured speeds). The workers
// inside the bundled action (its dist/profile-worker.js) are in threads.bundle.test.ts: it executes
// the committed bundle, so it runs in the bundled run (`npm run test:bundled`), not in `npm test`.

// From source, the workers run profile-worker.ts built from the current sources (not the
// TypeScript through a tsx loader in every worker).
const workerBefore = process.env[TEST_WORKER_ENV];
beforeAll(async () => {
  process.env[TEST_WORKER_ENV] = await buildEntry(
    path.join(import.meta.dirname, "../../packages/data/src/profile-worker.ts"),
  );
});
afterAll(() => {
  if (workerBefore === undefined) delete process.env[TEST_WORKER_ENV];
  else process.env[TEST_WORKER_ENV] = workerBefore;
});

const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-threads-"));
let seed = 7;
const random = () => (seed = (1664525 * seed + 1013904223) % 4294967296) / 4294967296;

function table(rows: number, extra: (i: number) => string[] = () => []): string {
  const lines = ["id,amount,note,day"];
  for (let i = 0; i < rows; i++) {
    const note = random() < 0.1 ? `line one\nline "two", ${i}` : random() < 0.5 ? "plain" : "";
    const amount = random() < 0.05 ? "n/a" : (random() * 200 - 20).toFixed(2);
    lines.push(
      formatCsvRecord([String(Math.floor(random() * rows * 0.9)), amount, note, `2024-03-${10 + (i % 9)}`]),
    );
    lines.push(...extra(i));
  }
  return lines.join("\n") + "\n";
}

const schema = {
  columns: {
    id: { type: "integer", unique: true },
    amount: { type: "number", min: 0, max: { value: 150, severity: "warning" } },
    note: { regex: '^[a-z \\n",0-9]*$' },
    day: { type: "datetime", max: "2024-03-17" },
  },
};
writeFileSync(path.join(dir, "schema.json"), JSON.stringify(schema));

function withoutCreated(r: ValidateResult) {
  const { created: _c, ...report } = structuredClone(r.report);
  for (const p of Object.values(report.profile)) {
    const m = (p.sketches as { moments: { mean: number; m2: number } }).moments;
    expect(p.mean ?? 0).toBeTypeOf("number");
    p.mean = p.mean === undefined || p.mean === null ? p.mean : Number(p.mean.toPrecision(10));
    p.std = p.std === undefined || p.std === null ? p.std : Number(p.std.toPrecision(10));
    m.mean = Number(m.mean.toPrecision(10));
    m.m2 = Number(m.m2.toPrecision(10));
  }
  return report;
}

async function both(name: string, content: string | Buffer, threaded: Partial<ValidateOptions> = {}) {
  writeFileSync(path.join(dir, name), content);
  const options = { data: [name], schema: "schema.json", cwd: dir, failOn: "never" as const };
  const one = await validateData({ ...options, threads: 1 }, { logger: new MemoryLogger() });
  const logger = new MemoryLogger();
  const three = await validateData({ ...options, threads: 3, minThreadBytes: 4096, ...threaded }, { logger });
  return { one, three, log: logger.entries.map((l) => l.message).join("\n") };
}

const sha256 = (file: string) =>
  createHash("sha256")
    .update(readFileSync(path.join(dir, file)))
    .digest("hex");

describe("validate-data on worker threads", () => {
  it("gives the one-thread report for quoted newlines, duplicates across ranges and failing checks", async () => {
    const { one, three, log } = await both("quoted.csv", table(1500));
    expect(log).toMatch(/quoted\.csv: read as 3 byte ranges on 3 threads/);
    expect(three.rows).toBe(1500);
    expect(withoutCreated(three)).toEqual(withoutCreated(one));
    const unique = one.report.schema!.checks.find((c) => c.check === "unique")!;
    expect(unique.failures).toBeGreaterThan(100);
  });

  it("reads a range again when a stray quote misleads the parity cut, and stops at a bad record as one thread does", async () => {
    // `5" screen` is accepted as text but flips the quote parity for everything after it.
    const stray = table(1200, (i) => (i === 40 ? ['41,7,5" screen,2024-03-11'] : []));
    const a = await both("stray.csv", stray);
    expect(a.log).toMatch(
      // (of 3, or 4 when a thread done first took the tail of another's range)
      /stray\.csv: byte range \d of [34] started at byte \d+ by quote parity, but the range before ends at byte \d+/,
    );
    expect(withoutCreated(a.three)).toEqual(withoutCreated(a.one));
    const broken = table(1200) + '9,1,"never closed,2024-03-12\n' + table(50).split("\n").slice(1).join("\n");
    const b = await both("broken.csv", broken);
    const bad = b.one.report.anomalies.find((x) => x.code.endsWith("quote") || x.code === "quote-in-field");
    expect(bad?.line).toBeGreaterThan(1200);
    expect(withoutCreated(b.three)).toEqual(withoutCreated(b.one));
  });

  it("gives the one-thread report, reference drift and sha256 fingerprints wherever the main thread's range starts", async () => {
    writeFileSync(path.join(dir, "data.csv"), table(3000));
    writeFileSync(path.join(dir, "ref.csv"), table(900));
    const options = {
      data: ["data.csv"],
      reference: ["ref.csv"],
      schema: "schema.json",
      cwd: dir,
      failOn: "never" as const,
    };
    const one = await validateData({ ...options, threads: 1 }, { logger: new MemoryLogger() });
    expect(one.report.dataset.files).toEqual([
      {
        path: "data.csv",
        sha256: sha256("data.csv"),
        bytes: readFileSync(path.join(dir, "data.csv")).length,
        files: 1,
      },
    ]);
    expect(one.report.drift!.columns.length).toBeGreaterThan(0);
    // From almost none to almost all of the file on this thread, with one and two workers, and
    // balanced by speed (no share given).
    const runs: [number, number | undefined][] = [
      [2, 0.5],
      [2, 0.03],
      [2, 0.97],
      [3, 0.4],
      [3, 0.9],
      [3, 0.999],
      [2, 0.999],
      [2, undefined],
      [3, undefined],
    ];
    for (const [threads, share] of runs) {
      const logger = new MemoryLogger();
      const r = await validateData(
        {
          ...options,
          threads,
          minThreadBytes: 4096,
          ...(share !== undefined ? { mainThreadShare: share } : {}),
        },
        { logger },
      );
      const log = logger.entries.map((l) => l.message).join("\n");
      expect(log).toMatch(new RegExp(`data\\.csv: read as ${threads} byte ranges on ${threads} threads`));
      // "the rest up to byte N (…)" when a worker done first took the tail of this thread's range.
      const own =
        /this thread hashed bytes 0–([\d,]+) and parsed the rest(?: up to byte [\d,]+ \([^)]*\))? \(of ([\d,]+)\)/.exec(
          log,
        )!;
      const [start, size] = [own[1]!, own[2]!].map((n) => Number(n.replaceAll(",", "")));
      if (share !== undefined) expect(Math.abs(start! / size! - (1 - share))).toBeLessThan(0.02);
      // The one documented difference: a duplicate of a unique value first seen in an earlier
      // range is sampled at its line and row without its text (a tiny first range here).
      const got = withoutCreated(r);
      const want = withoutCreated(one);
      const unique = (x: typeof got) => x.schema!.checks.find((c) => c.check === "unique")!.samples;
      unique(got).forEach((s, i) => {
        if (s.value === "(a value that also occurs in an earlier part of the data)")
          unique(want)[i]!.value = s.value;
      });
      expect(got, `${threads} threads, share ${share}`).toEqual(want);
    }
  });

  it("reuses its workers for every large file of a dataset, a small one between them read and hashed here", async () => {
    writeFileSync(path.join(dir, "part-1.csv"), table(1500));
    writeFileSync(path.join(dir, "part-2.csv"), table(60).split("\n").slice(0, 40).join("\n") + "\n");
    writeFileSync(path.join(dir, "part-3.csv"), table(2000));
    const options = {
      data: ["part-*.csv"],
      schema: "schema.json",
      cwd: dir,
      failOn: "never" as const,
    };
    const one = await validateData({ ...options, threads: 1 }, { logger: new MemoryLogger() });
    const logger = new MemoryLogger();
    const two = await validateData(
      { ...options, threads: 2, minThreadBytes: 16384, mainThreadShare: 0.4 },
      { logger },
    );
    const log = logger.entries.map((l) => l.message).join("\n");
    expect(log).toMatch(/part-1\.csv: read as 2 byte ranges on 2 threads/);
    expect(log).toMatch(/part-3\.csv: read as 2 byte ranges on 2 threads/);
    expect(log).not.toMatch(/part-2\.csv: read as/);
    expect(two.report.dataset.files.map((f) => f.sha256)).toEqual(
      ["part-1.csv", "part-2.csv", "part-3.csv"].map(sha256),
    );
    expect(withoutCreated(two)).toEqual(withoutCreated(one));
  });

  it("re-reads the main thread's range after a stray quote, and hashes the whole file when its range stops at a bad record", async () => {
    // The stray quote is early: the main thread's parity start is wrong and its range is read again.
    const stray = table(1200, (i) => (i === 40 ? ['41,7,5" screen,2024-03-11'] : []));
    const a = await both("stray2.csv", stray, { threads: 2, mainThreadShare: 0.5 });
    expect(a.log).toMatch(
      // The last range: 2 of 2, or 3 of 3 when this thread also took the tail of the worker's.
      /stray2\.csv: byte range (\d) of \1 started at byte \d+ by quote parity, but the range before ends at byte \d+/,
    );
    expect(withoutCreated(a.three)).toEqual(withoutCreated(a.one));
    // A malformed record (a quote after a closing quote: quote parity intact) two thirds in: in
    // the main thread's range (which stops there, the rest still hashed), then in the worker's.
    const broken = table(1200) + '9,1,"a"b,2024-03-12\n' + table(600).split("\n").slice(1).join("\n");
    for (const share of [0.5, 0.2]) {
      const b = await both("broken2.csv", broken, { threads: 2, mainThreadShare: share });
      expect(
        b.three.report.anomalies.some((x) => x.code === "unterminated-quote" || x.code === "quote-in-field"),
      ).toBe(true);
      expect(b.three.report.dataset.files[0]!.sha256).toBe(sha256("broken2.csv"));
      expect(withoutCreated(b.three)).toEqual(withoutCreated(b.one));
    }
  });

  it("reads a file with a UTF-8 BOM (Excel's CSV UTF-8), a blank first line and CRLF line ends as one thread does", async () => {
    // Last in the file: table() draws from one seeded sequence the tests above depend on. Each
    // range after the first reads the header past the BOM: it used to stop before the header
    // ("the file has no header line" two thirds in).
    const text = table(1500).replaceAll("\n", "\r\n");
    // And a blank line before the header (the same stop, before the header was read).
    for (const [name, content] of [
      ["bom.csv", `\uFEFF${text}`],
      ["blank-first.csv", `\uFEFF\r\n${text}`],
    ] as const) {
      const { one, three, log } = await both(name, content);
      expect(log).toContain(`${name}: read as 3 byte ranges on 3 threads`);
      expect(one.rows).toBe(1500);
      expect(three.report.anomalies.map((a) => a.code)).not.toContain("empty-file");
      expect(withoutCreated(three)).toEqual(withoutCreated(one));
    }
  });

  it("names the line and column of a NUL or invalid UTF-8 byte in a later range as one thread does", async () => {
    // Each range's header read takes the file's first chunk, which held the bad byte of this small
    // file: the range stopped there with the byte's line in the whole file, shifted again by the
    // merge (line 34,406 for line 20,460). Now a range reports only bytes its records reach.
    const text = table(1500);
    const at = text.indexOf("\n", Math.floor(text.length * 0.7)) + 1;
    for (const [name, bad] of [
      ["nul.csv", Buffer.from("1,2,a\u0000b,2024-03-11\n")],
      ["latin1.csv", Buffer.from([0x31, 0x2c, 0x32, 0x2c, 0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31, 0x0a])],
    ] as const) {
      const content = Buffer.concat([Buffer.from(text.slice(0, at)), bad, Buffer.from(text.slice(at))]);
      const { one, three, log } = await both(name, content);
      expect(log).toContain(`${name}: read as 3 byte ranges on 3 threads`);
      const where = (r: ValidateResult) =>
        r.report.anomalies.find((a) => /nul-byte|invalid-utf8/.test(a.code));
      expect(where(one)?.line).toBe(text.slice(0, at).split("\n").length);
      expect(where(three)).toEqual(where(one));
    }
  });
});
