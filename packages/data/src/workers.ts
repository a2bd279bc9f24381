import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { formatOf, isGlob } from "./files.js";

/*
 * The profiling workers' start, kept out of the data library so that validate-step can start them
 * before that library loads: a worker takes ~70 ms to boot, and the main thread spends that time
 * loading modules and reading the schema instead of waiting for it (parallel.ts reads the file).
 * Only Node's own modules are imported here.
 */

/** Most threads used by default. */
export const MAX_THREADS = 8;
/** Files smaller than twice this are read on one thread (a worker costs ~50 ms of CPU to start). */
export const MIN_PART_BYTES = 8 << 20;

/** The default thread count: the machine's parallelism, capped. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(MAX_THREADS, availableParallelism()));
}

/**
 * Whether CSV files are hashed on the thread that reads them, as it reads them: with threads (the
 * cores parse), and on a machine with one CPU, where a hashing worker would only share that CPU
 * (its start and a second read of the file made flights-3m 4–7% slower there, 2026-12-07). With
 * one thread on a machine of several, a worker hashes them on another core meanwhile.
 */
export function hashesInline(threads: number, cpus = availableParallelism()): boolean {
  return threads > 1 || cpus < 2;
}

/** How many parts a file of `bytes` is read in with `threads` threads. */
export function partsFor(bytes: number, threads: number, minPartBytes = MIN_PART_BYTES): number {
  return Math.max(1, Math.min(threads, Math.floor(bytes / Math.max(1, minPartBytes))));
}

/**
 * CPU time of this thread (process.threadCpuUsage, Node 22.15 and 23.9 on), since `previous` when
 * given; the whole process's on an older Node, which `mlops` still runs on (engines: >=22). Only
 * the logs' CPU seconds per thread use it.
 */
export function threadCpu(previous?: NodeJS.CpuUsage): NodeJS.CpuUsage {
  return typeof process.threadCpuUsage === "function"
    ? process.threadCpuUsage(previous)
    : process.cpuUsage(previous);
}

/**
 * Tests only: a JavaScript build of profile-worker.ts to run from source instead of the
 * TypeScript through tsx (a tsx loader and compiled module graph in every worker). The testkit's
 * buildEntry() makes one from the current sources. A bundle ignores it.
 */
export const TEST_WORKER_ENV = "MLOPS_TEST_PROFILE_WORKER";

/**
 * The worker script: dist/profile-worker.js next to a bundle, else the build that tests give in
 * MLOPS_TEST_PROFILE_WORKER, else the TypeScript source via tsx.
 */
function workerScript(): { file: string; execArgv?: string[] } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, "profile-worker.js");
  if (existsSync(bundled)) return { file: bundled };
  // Plain JavaScript: no loader, whatever flags this process was started with (--import tsx).
  const built = process.env[TEST_WORKER_ENV];
  if (built) return { file: built, execArgv: [] };
  const require = createRequire(import.meta.url);
  const tsx = path.join(path.dirname(require.resolve("tsx/package.json")), "dist/loader.mjs");
  return { file: path.join(here, "profile-worker.ts"), execArgv: ["--import", pathToFileURL(tsx).href] };
}

/** A started profiling worker, and how it failed if it did before a pool took it. */
export interface StartedWorker {
  worker: Worker;
  failure?: Error;
}

/** Starts one profiling worker; it waits for jobs (profile-worker.ts). */
export function startWorker(): StartedWorker {
  const { file, execArgv } = workerScript();
  const started: StartedWorker = {
    worker: new Worker(file, { workerData: null, ...(execArgv ? { execArgv } : {}) }),
  };
  started.worker.on("error", (error) => (started.failure ??= error));
  started.worker.on("exit", (code) => (started.failure ??= workerExited(code)));
  return started;
}

export function workerExited(code: number | null, file?: string): Error {
  return new Error(
    `the profiling worker${file ? ` for ${file}` : ""} exited${code === null ? "" : ` with code ${code}`}`,
  );
}

/** Workers started ahead (prestartWorkers), not yet taken by a pool. */
const waiting: StartedWorker[] = [];
/** Unused early workers are stopped after this long, whatever happens to the step. */
const PRESTART_TTL_MS = 60_000;

/** What the step's inputs say about the data, enough to tell whether workers will be needed. */
export interface PrestartPlan {
  data: readonly string[];
  format?: string;
  threads?: number;
  cwd: string;
}

/**
 * The byte ranges a threaded read cuts a CSV/TSV file into (with `threads` threads), and its size;
 * null for a file of another format, or a path that is not a file. Throws when it cannot be stat'ed.
 */
export function rangesOf(
  file: string,
  format: string | undefined,
  threads: number,
  cwd: string,
  minPartBytes = MIN_PART_BYTES,
): { size: number; parts: number } | null {
  const known = formatOf(file, format ?? "auto");
  if (known !== "csv" && known !== "tsv") return null;
  const stat = statSync(path.resolve(cwd, file));
  return stat.isFile() ? { size: stat.size, parts: partsFor(stat.size, threads, minPartBytes) } : null;
}

/**
 * How many workers validateData will start for this data: one less than the ranges of its largest
 * CSV file. Only plain paths are looked at (a glob or a directory is listed later, by the data
 * library); 0 when none is a large CSV file or anything is unclear.
 */
export function workersFor(plan: PrestartPlan): number {
  const threads = plan.threads ?? defaultThreads();
  if (threads < 2) return 0;
  let most = 1;
  for (const file of plan.data) {
    if (isGlob(file)) continue;
    try {
      most = Math.max(most, rangesOf(file, plan.format || undefined, threads, plan.cwd)?.parts ?? 1);
    } catch {
      continue; // missing: the step reports it
    }
  }
  return most - 1;
}

/**
 * Starts the workers a threaded read of this data will use, now, so they boot while the data
 * library loads and the schema is read. They do not keep the process alive; a WorkerPool takes
 * them (takePrestarted), and any left are stopped by discardPrestarted or after a minute.
 * Returns the workers it started (none when enough are waiting already).
 */
export function prestartWorkers(plan: PrestartPlan): StartedWorker[] {
  // One that died while waiting (its failure recorded) is not counted, nor handed to a pool.
  const alive = (w: StartedWorker) => !w.failure && w.worker.threadId !== -1;
  waiting.splice(0, waiting.length, ...waiting.filter(alive));
  const started: StartedWorker[] = [];
  for (let k = workersFor(plan) - waiting.length; k > 0; k--) {
    const worker = startWorker();
    worker.worker.unref();
    started.push(worker);
  }
  waiting.push(...started);
  if (started.length) setTimeout(discardPrestarted, PRESTART_TTL_MS).unref();
  return started;
}

/** Up to `count` workers started ahead and still alive, now the caller's (they keep the process alive again). */
export function takePrestarted(count: number): StartedWorker[] {
  const taken = waiting.splice(0).filter((w) => !w.failure && w.worker.threadId !== -1);
  waiting.push(...taken.splice(count));
  for (const { worker } of taken) worker.ref();
  return taken;
}

/** Stops the workers started ahead that no pool took. */
export function discardPrestarted(): void {
  for (const { worker } of waiting.splice(0)) void worker.terminate();
}
