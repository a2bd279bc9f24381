import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { combineDigests } from "@mlops/core";
import { buildEntry } from "@mlops/testkit";
import { beforeAll, describe, expect, it } from "vitest";

// The fingerprints on a machine with one CPU: validateData in a child process pinned to one CPU
// with taskset (util-linux), as a one-CPU runner runs the action. There the main thread hashes
// CSV files as it reads them; a hashing worker would only share the CPU.

/** The first CPU this process may run on (a container may not allow CPU 0). */
function firstAllowedCpu(): string {
  const status = readFileSync("/proc/self/status", "utf8");
  return /^Cpus_allowed_list:\s*(\d+)/m.exec(status)?.[1] ?? "0";
}
const cpu = process.platform === "linux" ? firstAllowedCpu() : "0";
const tasksetOk = spawnSync("taskset", ["-c", cpu, "true"]).status === 0;
if (!tasksetOk) console.log(`taskset (util-linux) cannot pin to CPU ${cpu} here: skipping the one-CPU runs`);

let child: string;
let dir: string;
beforeAll(async () => {
  child = await buildEntry(path.join(import.meta.dirname, "fixtures/validate-child.ts"));
  dir = mkdtempSync(path.join(os.tmpdir(), "mlops-one-cpu-"));
  const rows = Array.from({ length: 2000 }, (_, i) => `${i},${(i * 7) % 13},"a, ${i % 5}"`);
  writeFileSync(path.join(dir, "data.csv"), `id,x,label\n${rows.join("\n")}\n`);
  writeFileSync(path.join(dir, "ref.csv"), `id,x,label\n${rows.slice(0, 500).join("\n")}\n`);
  const jsonl = (n: number) =>
    rows
      .slice(0, n)
      .map((r) => JSON.stringify({ id: Number(r.split(",")[0]), label: r.split('"')[1] }))
      .join("\n") + "\n";
  writeFileSync(path.join(dir, "data.jsonl"), jsonl(2000));
  writeFileSync(path.join(dir, "ref.jsonl"), jsonl(500));
  // A quote opened in row 101 runs on into the rows after it: the reading stops at line 103.
  writeFileSync(
    path.join(dir, "bad.csv"),
    `id,x,label\n${rows.slice(0, 100).join("\n")}\n7,8,"open\n${rows.join("\n")}\n`,
  );
});

const digest = (file: string) => {
  const bytes = readFileSync(path.join(dir, file));
  return { path: file, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
};

interface ChildResult {
  cpus: number;
  workers: number;
  files: [string, string][];
  reference: string | null;
}

function run(options: object, pin: boolean): ChildResult {
  const command = pin ? "taskset" : process.execPath;
  const args = [...(pin ? ["-c", cpu, process.execPath] : []), child, dir, JSON.stringify(options)];
  const r = spawnSync(command, args, { encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(`the child failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

describe("hashing the data on one CPU", () => {
  const options = { data: ["data.csv"], reference: ["ref.csv"], failOn: "never" };

  it.skipIf(!tasksetOk)("one CPU: the data and the reference are hashed as read, no worker started", () => {
    const result = run(options, true);
    expect(result.cpus).toBe(1);
    expect(result.workers).toBe(0);
    expect(result.files).toEqual([["data.csv", digest("data.csv").sha256]]);
    expect(result.reference).toBe(combineDigests([digest("ref.csv")]));
  });

  it.skipIf(!tasksetOk)(
    "one CPU: a file the reading stops in, and the file after it, are hashed whole all the same",
    () => {
      const result = run({ data: ["bad.csv", "data.csv"], failOn: "never" }, true);
      expect(result.workers).toBe(0);
      expect(result.files).toEqual([
        ["bad.csv", digest("bad.csv").sha256],
        ["data.csv", digest("data.csv").sha256],
      ]);
    },
  );

  it.skipIf(!tasksetOk)(
    "one CPU: JSON Lines files (data and reference) are hashed on this thread too",
    () => {
      const result = run({ data: ["data.jsonl"], reference: ["ref.jsonl"], failOn: "never" }, true);
      expect(result.workers).toBe(0);
      expect(result.files).toEqual([["data.jsonl", digest("data.jsonl").sha256]]);
      expect(result.reference).toBe(combineDigests([digest("ref.jsonl")]));
    },
  );

  it.skipIf(!tasksetOk)("one CPU: a shard hashes its files whole, on this thread", () => {
    const result = run({ data: ["data.csv"], shard: { index: 1, count: 2 }, partial: "part.json" }, true);
    expect(result.workers).toBe(0);
    expect(result.files).toEqual([["data.csv", digest("data.csv").sha256]]);
  });

  it.skipIf(os.availableParallelism() < 2)(
    "one thread on two CPUs: a worker hashes the data and one the reference, the same digests",
    () => {
      const result = run({ ...options, threads: 1 }, false);
      expect(result.workers).toBe(2);
      expect(result.files).toEqual([["data.csv", digest("data.csv").sha256]]);
      expect(result.reference).toBe(combineDigests([digest("ref.csv")]));
    },
  );
});
