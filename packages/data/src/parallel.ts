import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { DatasetProfiler } from "./dataset.js";
import type { ColumnChecker } from "./schema.js";
import { mergeSegment, profileSegment, type SegmentJob, type SegmentState } from "./segments.js";
import { cutPoints } from "./split.js";

/*
 * Both cores on one file: a large CSV file is cut into byte ranges; the main thread reads the
 * first, worker threads the others, and their profiles are merged in order (segments.ts). Cut
 * points are found by quote parity (split.ts) and checked against where the range before ended;
 * a range that started at a wrong boundary (a stray quote inside an unquoted field) is read
 * again from the right one, so the result is always the one-pass result.
 */

/** Most threads used by default. */
export const MAX_THREADS = 8;
/** Files smaller than twice this are read on one thread (a worker costs ~50 ms to start). */
export const MIN_PART_BYTES = 8 << 20;

/** The default thread count: the machine's parallelism, capped. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(MAX_THREADS, availableParallelism()));
}

/** The worker script: dist/profile-worker.js next to a bundle, else the TypeScript source via tsx. */
function workerScript(): { file: string; execArgv?: string[] } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, "profile-worker.js");
  if (existsSync(bundled)) return { file: bundled };
  const require = createRequire(import.meta.url);
  const tsx = path.join(path.dirname(require.resolve("tsx/package.json")), "dist/loader.mjs");
  return { file: path.join(here, "profile-worker.ts"), execArgv: ["--import", pathToFileURL(tsx).href] };
}

/** Profiles a segment on a worker thread. */
export function profileOnWorker(job: SegmentJob): { result: Promise<SegmentState>; stop: () => void } {
  const { file, execArgv } = workerScript();
  const worker = new Worker(file, { workerData: job, ...(execArgv ? { execArgv } : {}) });
  const result = new Promise<SegmentState>((resolve, reject) => {
    worker.once("message", (state: SegmentState) => resolve(state));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the profiling worker for ${job.file} exited with code ${code}`));
    });
  });
  result.catch(() => {});
  return { result, stop: () => void worker.terminate() };
}

/**
 * Cut points for `parts` ranges when this thread also has `headStart` bytes of other work: every
 * thread gets the same share of the total, this one's taken first by that work.
 */
export function balancedCuts(size: number, parts: number, headStart: number): number[] {
  const first = Math.max(0, Math.min(size, Math.floor((size + headStart) / parts - headStart)));
  return [0, ...cutPoints(size - first, parts - 1).map((c) => first + c)];
}

/** How many parts a file of `bytes` is read in with `threads` threads. */
export function partsFor(bytes: number, threads: number, minPartBytes = MIN_PART_BYTES): number {
  return Math.max(1, Math.min(threads, Math.floor(bytes / Math.max(1, minPartBytes))));
}

/**
 * Reads CSV file `file` (opened at `filePath`) into `dataset` with up to `threads` threads: the
 * first byte range here, the others on workers, merged in order. Returns the number of byte
 * ranges, or 0 (nothing read) when the file is too small to be worth it.
 */
export async function readCsvThreaded(
  dataset: DatasetProfiler,
  checkers: Map<string, ColumnChecker>,
  file: string,
  filePath: string,
  threads: number,
  job: Omit<SegmentJob, "file" | "path" | "nominalStart" | "nominalEnd" | "start">,
  minPartBytes = MIN_PART_BYTES,
  log: (message: string) => void = () => {},
  headStart = 0,
): Promise<number> {
  const { size } = await stat(filePath);
  const parts = partsFor(size, threads, minPartBytes);
  if (parts < 2) return 0;
  const cuts = balancedCuts(size, parts, headStart);
  const base = { ...job, file, path: filePath };
  const workers = cuts
    .slice(1, -1)
    .map((nominalStart, k) => profileOnWorker({ ...base, nominalStart, nominalEnd: cuts[k + 2]! }));
  const cpu: string[] = [];
  try {
    const before = process.threadCpuUsage();
    const first = await dataset.read(filePath, { start: 0, end: cuts[1]!, header: null });
    const used = process.threadCpuUsage(before);
    cpu.push(((used.user + used.system) / 1e6).toFixed(2));
    let end = first!.end;
    let lines = first!.lines;
    for (let k = 1; k < parts; k++) {
      let segment = await workers[k - 1]!.result;
      if (segment.start !== end && !(segment.error && end >= size)) {
        // The parity cut disagrees with where the range before ended: read it again from there.
        log(
          `${file}: byte range ${k + 1} of ${parts} started at byte ${segment.start} by quote parity, but the range before ends at byte ${end} (a quote inside an unquoted field?); reading it again from there`,
        );
        segment = await profileSegment({ ...base, nominalStart: end, nominalEnd: cuts[k + 1]!, start: end });
      }
      mergeSegment(dataset, checkers, segment, lines);
      if (segment.cpuMs !== undefined) cpu.push((segment.cpuMs / 1000).toFixed(2));
      end = segment.end;
      lines += segment.lines;
    }
  } finally {
    for (const w of workers) w.stop();
  }
  log(`${file}: CPU seconds per thread (this one first, with what else it did meanwhile): ${cpu.join(", ")}`);
  return parts;
}
