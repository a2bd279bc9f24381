import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryLogger } from "@mlops/core";
import { formatCsvRecord, validateData, type ValidateResult } from "@mlops/data";
import { runAction } from "@mlops/testkit";

// Both cores: a CSV file read as byte ranges on worker threads gives the report one thread gives
// (the same counts, checks, samples and lines), also for quoted newlines, a quote inside an
// unquoted field (a range found by quote parity is read again from the true boundary) and a
// malformed record in a later range. And the workers run inside the bundled action.

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

async function both(name: string, content: string) {
  writeFileSync(path.join(dir, name), content);
  const options = { data: [name], schema: "schema.json", cwd: dir, failOn: "never" as const };
  const one = await validateData({ ...options, threads: 1 }, { logger: new MemoryLogger() });
  const logger = new MemoryLogger();
  const three = await validateData({ ...options, threads: 3, minThreadBytes: 4096 }, { logger });
  return { one, three, log: logger.entries.map((l) => l.message).join("\n") };
}

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
      /stray\.csv: byte range \d of 3 started at byte \d+ by quote parity, but the range before ends at byte \d+/,
    );
    expect(withoutCreated(a.three)).toEqual(withoutCreated(a.one));
    const broken = table(1200) + '9,1,"never closed,2024-03-12\n' + table(50).split("\n").slice(1).join("\n");
    const b = await both("broken.csv", broken);
    const bad = b.one.report.anomalies.find((x) => x.code.endsWith("quote") || x.code === "quote-in-field");
    expect(bad?.line).toBeGreaterThan(1200);
    expect(withoutCreated(b.three)).toEqual(withoutCreated(b.one));
  });

  it("runs its workers inside the bundled action (dist/profile-worker.js)", async () => {
    const rows = Array.from(
      { length: 700_000 },
      (_, i) => `${i},${(i % 997) / 10},w${i % 13},2024-01-0${1 + (i % 9)}`,
    );
    writeFileSync(path.join(dir, "big.csv"), "id,v,w,d\n" + rows.join("\n") + "\n");
    const r = await runAction("validate-data", { cwd: dir, inputs: { data: "big.csv", threads: "2" } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.rows).toBe("700000");
    expect(r.stdout).toMatch(/big\.csv: read as 2 byte ranges on 2 threads/);
  });
});
