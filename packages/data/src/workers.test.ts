import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WorkerPool } from "./parallel.js";
import {
  discardPrestarted,
  hashesInline,
  MIN_PART_BYTES,
  prestartWorkers,
  takePrestarted,
  threadCpu,
  workersFor,
  type StartedWorker,
} from "./workers.js";

/** A sparse file of `bytes` (nothing written: the size is all workersFor looks at). */
function sized(dir: string, name: string, bytes: number): void {
  writeFileSync(path.join(dir, name), "");
  truncateSync(path.join(dir, name), bytes);
}

describe("workers started ahead", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-workers-"));
  const big = 4 * MIN_PART_BYTES + 1;
  sized(dir, "big.csv", big);
  sized(dir, "big.tsv", big);
  sized(dir, "big.parquet", big);
  sized(dir, "big.data", big);
  sized(dir, "small.csv", 2 * MIN_PART_BYTES - 1);
  mkdirSync(path.join(dir, "dir.csv"));

  it("counts the workers a threaded read would use, from plain paths only", () => {
    const plan = (data: string[], extra: { threads?: number; format?: string } = {}) =>
      workersFor({ data, cwd: dir, threads: 4, ...extra });
    expect(plan(["big.csv"])).toBe(3); // 4 ranges, one of them this thread's
    expect(plan(["big.csv"], { threads: 2 })).toBe(1);
    expect(plan(["big.csv"], { threads: 1 })).toBe(0);
    expect(plan(["big.tsv", "small.csv"])).toBe(3);
    expect(plan(["small.csv"])).toBe(0); // under two parts' worth
    expect(plan(["big.parquet"])).toBe(0); // not CSV
    expect(plan(["big.data"])).toBe(0); // no known extension…
    expect(plan(["big.data"], { format: "csv" })).toBe(3); // …unless the format is given
    expect(plan(["big.csv"], { format: "jsonl" })).toBe(0);
    expect(plan(["*.csv", "dir.csv", "missing.csv"])).toBe(0); // globs and directories are listed later
  });

  it("starts them unreferenced; a pool takes them, and the rest are stopped", async () => {
    const exit = (w: StartedWorker) => new Promise((resolve) => w.worker.once("exit", resolve));
    const two = prestartWorkers({ data: ["big.csv"], cwd: dir, threads: 3 });
    expect(two).toHaveLength(2);
    expect(prestartWorkers({ data: ["big.csv"], cwd: dir, threads: 3 })).toEqual([]); // waiting already
    const pool = new WorkerPool(1); // takes one of the two
    const left = takePrestarted(5);
    expect(left).toHaveLength(1);
    expect(two).toContain(left[0]);
    const gone = exit(left[0]!);
    await left[0]!.worker.terminate();
    await gone;
    // The pool's worker works: a job on a missing file comes back as the segment's error.
    const job = {
      file: "x.csv",
      path: path.join(dir, "missing.csv"),
      nominalStart: 0,
      nominalEnd: 1,
      schema: null,
    };
    await expect(pool.run(0, job)).resolves.toMatchObject([{ error: { code: "file-not-found" } }]);
    pool.close();
    // Discarded: stopped.
    const [spare] = prestartWorkers({ data: ["big.csv"], cwd: dir, threads: 2 });
    const stopped = exit(spare!);
    discardPrestarted();
    await stopped;
    expect(takePrestarted(1)).toEqual([]);
    // One that died while waiting is neither counted nor handed to a pool: a new one starts.
    const [dead] = prestartWorkers({ data: ["big.csv"], cwd: dir, threads: 2 });
    const died = exit(dead!);
    await dead!.worker.terminate();
    await died;
    const [fresh] = prestartWorkers({ data: ["big.csv"], cwd: dir, threads: 2 });
    expect(fresh).toBeDefined();
    expect(takePrestarted(2)).toEqual([fresh]);
    await fresh!.worker.terminate();
  });

  it("measures CPU time on a Node without process.threadCpuUsage (before 22.15), from the whole process", () => {
    const own = Object.getOwnPropertyDescriptor(process, "threadCpuUsage");
    try {
      Reflect.deleteProperty(process, "threadCpuUsage");
      expect(typeof process.threadCpuUsage).toBe("undefined");
      const before = threadCpu();
      expect(before.user).toBeGreaterThan(0);
      const used = threadCpu(before);
      expect(used.user).toBeGreaterThanOrEqual(0);
      expect(used.user).toBeLessThan(before.user);
    } finally {
      if (own) Object.defineProperty(process, "threadCpuUsage", own);
    }
    expect(typeof process.threadCpuUsage).toBe("function");
  });
});

describe("hashesInline", () => {
  it("hashes CSV files on the reading thread with threads or one CPU, else on a worker", () => {
    expect(hashesInline(1, 1)).toBe(true); // one CPU: a worker would only share it
    expect(hashesInline(1, 2)).toBe(false); // one thread, a second CPU for the hashing worker
    expect(hashesInline(2, 2)).toBe(true);
    expect(hashesInline(2, 1)).toBe(true);
  });
});
