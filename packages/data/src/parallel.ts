import { createHash, type Hash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import {
  beginRange,
  closeRange,
  fixRangeEnd,
  moveRangeEnd,
  openRangeEnd,
  rangeClaim,
  rangeEnd,
  READ_BYTES,
} from "./csv.js";
import type { DatasetProfiler } from "./dataset.js";
import type { ColumnChecker } from "./schema.js";
import {
  mergeSegment,
  profileSegment,
  type SegmentJob,
  type SegmentState,
  type StealTarget,
} from "./segments.js";
import {
  MIN_PART_BYTES,
  partsFor,
  startWorker,
  takePrestarted,
  threadCpu,
  workerExited,
  type StartedWorker,
} from "./workers.js";

export { defaultThreads, MAX_THREADS, MIN_PART_BYTES, partsFor, TEST_WORKER_ENV } from "./workers.js";

/*
 * Both cores on one file. A large CSV file is cut into byte ranges: worker threads parse all but
 * the last, the main thread the last, and the profiles are merged in order (segments.ts).
 *
 * The main thread also computes the file's sha256 (the fingerprint), which is sequential: it
 * first hashes the file from byte 0 while the workers parse (a hash pass, ~10× the speed of
 * parsing), counting quotes as it goes, then parses its own range, hashing it as it reads. So
 * every byte is read once for parsing and the main thread reads the workers' bytes once more for
 * the digest; no third thread competes for the cores. Where the main thread's range starts is
 * decided during the hash pass, from the measured speeds: the last worker's range has an open
 * end (CsvRange.sharedEnd) that the main thread fixes when the work left on both sides is equal
 * (its hash pass knows the quote parity there, so it finds the record start at once). The worker
 * stops at the first record start at or after that end; the two must agree, and when they do not
 * (a stray quote inside an unquoted field breaks parity) the range is read again from the true
 * boundary, so the result is always the one-pass result. Ranges of further workers (threads > 2)
 * have fixed ends found by quote parity (split.ts) and are checked the same way.
 *
 * The split is a forecast, and a core can slow down while it runs (another process, a noisy
 * neighbour). So whichever finishes first takes the tail of the other's range, moving that range's
 * shared end earlier to where both would finish together at the speeds measured, and parses the
 * tail itself: one more segment, merged after the range it came from. The main thread (its range
 * parsed, the file hashed) takes from the last worker; a worker takes from the main thread, which
 * then hashes that tail too (segments.ts, profileStolenTail).
 */

/**
 * Read size of threaded ranges (the hash pass reads up to 4 of these at a time). A reader claims
 * a read ahead, which no other thread can take: at 256 KiB (~3 ms of parsing) the threads finish
 * 4–16 ms apart, at 1 MiB 15–25 ms (flights-3m, 2026-12-07).
 */
const CHUNK = 256 << 10;
/** Parse speed assumed for a worker before it has read anything (bytes per ms). */
const DEFAULT_PARSE_RATE = 100_000;
/** Smallest tail of a worker's range this thread takes, in reads. */
const MIN_TAKE_CHUNKS = 1;
/**
 * What this thread's taking a tail costs beyond parsing it, in ms (profileStolenTail's
 * TAKE_OVERHEAD_MS for a worker): less, as this thread has run the parser on ranges of both kinds
 * already. Measured on flights-3m (2026-12-07): 1–7 ms.
 */
const MAIN_TAKE_OVERHEAD_MS = 5;

/** Read size for threaded ranges: 256 KiB, smaller when tests make the ranges tiny. */
export function chunkFor(minPartBytes = MIN_PART_BYTES): number {
  return Math.max(4096, Math.min(CHUNK, Math.floor(minPartBytes / 8)));
}

/**
 * Worker threads that profile segments, one job at a time each (posted as messages). Started as
 * soon as the data is known to need them, so their start-up overlaps the main thread's own work
 * (the schema, the reference); reused for every threaded file of the dataset.
 */
export class WorkerPool {
  private readonly workers: StartedWorker[];

  constructor(readonly size: number) {
    // Workers validate-step started ahead first (workers.ts), then new ones.
    const started = takePrestarted(size);
    while (started.length < size) started.push(startWorker());
    this.workers = started;
  }

  /** Profiles `job` on worker `index`: its segment, then the tail it took of this thread's range, if any. */
  run(index: number, job: SegmentJob): Promise<SegmentState[]> {
    const started = this.workers[index]!;
    const worker = started.worker;
    const result = new Promise<SegmentState[]>((resolve, reject) => {
      // Gone already (a worker that failed to start, or ended while idle).
      const gone = started.failure ?? (worker.threadId === -1 ? workerExited(null) : undefined);
      if (gone) return reject(gone);
      const done = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const onMessage = (states: SegmentState[]) => {
        done();
        resolve(states);
      };
      const onError = (error: Error) => {
        done();
        reject(error);
      };
      const onExit = (code: number) => {
        done();
        reject(workerExited(code, job.file));
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
    });
    result.catch(() => {});
    worker.postMessage(job);
    return result;
  }

  close(): void {
    for (const { worker } of this.workers) void worker.terminate();
  }
}

/** The sha256 of a file read in parts, and the bytes it covers. */
export interface FileDigest {
  sha256: string;
  bytes: number;
}

/**
 * The main thread's pass over the bytes before its range: hashes them and counts quotes, so the
 * first record start after any point is found without reading them again. Synchronous reads:
 * this thread has nothing else to do meanwhile, and the thread pool would only add a hand-over.
 */
class HashPass {
  pos = 0;
  private quotes = 0;
  private readonly buf: Buffer;

  constructor(
    private readonly fd: number,
    private readonly hash: Hash,
    chunk: number,
  ) {
    this.buf = Buffer.allocUnsafe(chunk);
  }

  /** Hashes the next chunk, not past `limit`; returns the bytes read (0 at the end of the file). */
  step(limit: number): number {
    const want = Math.min(this.buf.length, limit - this.pos);
    if (want <= 0) return 0;
    const bytesRead = readSync(this.fd, this.buf, 0, want, this.pos);
    const chunk = this.buf.subarray(0, bytesRead);
    this.hash.update(chunk);
    for (let q = chunk.indexOf(QUOTE); q !== -1; q = chunk.indexOf(QUOTE, q + 1)) this.quotes++;
    this.pos += bytesRead;
    return bytesRead;
  }

  /** Hashes on to `limit` (or the end of the file). */
  to(limit: number): void {
    while (this.pos < limit && this.step(limit) > 0);
  }

  /**
   * Hashes on to the first record start at or after `at` (findRecordStart's rule: a line feed at
   * or after at - 1 at even quote parity; the end of the file if there is none) and returns it.
   */
  recordStart(at: number): number {
    this.to(at - 1);
    for (;;) {
      const bytesRead = readSync(this.fd, this.buf, 0, this.buf.length, this.pos);
      if (bytesRead === 0) return this.pos;
      const chunk = this.buf.subarray(0, bytesRead);
      let found = -1;
      let q = chunk.indexOf(QUOTE);
      for (let lf = chunk.indexOf(LF); lf !== -1; lf = chunk.indexOf(LF, lf + 1)) {
        while (q !== -1 && q < lf) {
          this.quotes++;
          q = chunk.indexOf(QUOTE, q + 1);
        }
        if ((this.quotes & 1) === 0) {
          found = lf + 1;
          break;
        }
      }
      for (; found === -1 && q !== -1; q = chunk.indexOf(QUOTE, q + 1)) this.quotes++;
      const take = found === -1 ? bytesRead : found;
      this.hash.update(chunk.subarray(0, take));
      this.pos += take;
      if (found !== -1) return this.pos;
    }
  }
}

const LF = 10;
const QUOTE = 34;

/** What the main thread's decision sees after each chunk of its hash pass. */
export interface BalanceState {
  size: number;
  /** Bytes hashed so far (the earliest start of the main thread's range). */
  hashed: number;
  /** How far the last worker has read. */
  claimed: number;
  /** Wall ms since the hash pass began. */
  hashMs: number;
  /** Bytes per ms the last worker parses (measured, or the prior). */
  parseRate: number;
}

/**
 * The balance rule: stop hashing when the main thread's work left (parse and hash the rest) is no
 * more than the last worker's (parse up to here), both at the speeds measured so far.
 */
export function balanced(s: BalanceState): boolean {
  const hashRate = s.hashed / Math.max(s.hashMs, 0.001);
  const mine = (s.size - s.hashed) * (1 / s.parseRate + 1 / hashRate);
  const theirs = (s.hashed - s.claimed) / s.parseRate;
  return mine <= theirs;
}

/**
 * Where the balance rule would hold with the last worker's claim where it is now: the hashed
 * position h with (size − h)(1/p + 1/r) = (h − claimed)/p, p the parse rate and r the hash rate.
 * The claim moves on meanwhile, so the true point is a little later.
 */
export function balancePoint(s: BalanceState): number {
  const hashRate = s.hashed / Math.max(s.hashMs, 0.001);
  const k = s.parseRate / Math.max(hashRate, 0.001);
  return (s.size * (1 + k) + s.claimed) / (2 + k);
}

export interface ThreadedOptions {
  /** Smallest range per thread (bytes). */
  minPartBytes?: number;
  /** Parse speed to assume for the workers before they have read (bytes per ms). */
  parseRate?: number;
  /** Fix the main thread's share up front (0–1) instead of balancing by speed (tests). */
  split?: number;
  log?: (message: string) => void;
}

/** A CSV file being read on worker threads and this one. */
export interface ThreadedRead {
  parts: number;
  /**
   * This thread's part (the hash pass, then its range), then the merge of every range into
   * `dataset` in order. The digest is complete when this resolves or rejects with a DataError
   * of a range (a malformed record: the merge stops there, as one pass would).
   */
  finish(dataset: DatasetProfiler, checkers: Map<string, ColumnChecker>, parseRate?: number): Promise<void>;
  /** The file's sha256, once finish() has run. */
  digest(): FileDigest | null;
}

/**
 * Starts reading CSV file `file` (opened at `filePath`, `size` bytes) on the pool's workers:
 * the jobs are posted now, this thread's part runs in finish(). Returns null when the file is too
 * small to be worth it.
 */
export function startThreadedRead(
  pool: WorkerPool,
  file: string,
  filePath: string,
  size: number,
  job: Omit<SegmentJob, "file" | "path" | "nominalStart" | "nominalEnd" | "start">,
  options: ThreadedOptions = {},
): ThreadedRead | null {
  const parts = Math.min(pool.size + 1, partsFor(size, pool.size + 1, options.minPartBytes));
  if (parts < 2) return null;
  const chunk = chunkFor(options.minPartBytes);
  const log = options.log ?? (() => {});
  // Workers 0 … parts-3 get fixed ranges of the bytes before the estimated main range; the last
  // worker's range is open-ended.
  const split = options.split;
  const mainStart =
    split !== undefined
      ? Math.floor(size * (1 - Math.min(1, Math.max(0, split))))
      : Math.floor(size - size / parts);
  const cuts = Array.from({ length: parts }, (_, k) => Math.floor((mainStart * k) / (parts - 1)));
  const lastStart = cuts[parts - 2]!;
  const sharedEnd = openRangeEnd(lastStart);
  if (split !== undefined) fixRangeEnd(sharedEnd, Math.max(mainStart, lastStart + 1));
  // Every range's job; each sets its own bounds.
  const base: SegmentJob = {
    ...job,
    file,
    path: filePath,
    chunkBytes: chunk,
    nominalStart: 0,
    nominalEnd: 0,
  };
  // This thread's range, for a worker done first to take its tail (profileStolenTail): claimed at
  // the file's size (nothing to take) until this thread begins it.
  const steal = stealTarget(size);
  const results = cuts
    .slice(0, parts - 1)
    .map((nominalStart, k) =>
      pool.run(
        k,
        k < parts - 2
          ? { ...base, nominalStart, nominalEnd: cuts[k + 1]!, steal }
          : { ...base, nominalStart, nominalEnd: size, sharedEnd, steal },
      ),
    );
  const started = performance.now();
  let digest: FileDigest | null = null;

  async function finish(
    dataset: DatasetProfiler,
    checkers: Map<string, ColumnChecker>,
    parseRate = options.parseRate,
  ): Promise<void> {
    const cpuBefore = threadCpu();
    const hash = createHash("sha256");
    // Opened, read and closed on this thread: a thread-pool hand-over waits for a core while the
    // workers parse (1–12 ms a call, measured at the close).
    const fd = openSync(filePath, "r");
    let fixedEnd: number;
    let mainStartAt: number;
    let mainEnd: number;
    let tail: SegmentState | null = null;
    /** The tail of the last worker's range this thread took, and where that range ends now. */
    let taken: SegmentState | null = null;
    let workerEnd = -1;
    try {
      // Reads of up to 4 chunks (1 MiB): ~10% faster than 256 KiB over the ~70 MB hashed on
      // flights-3m (2026-12-07). Near the balance point a read is one chunk, down to the point:
      // every byte hashed past it is a byte less for this thread to parse and more for the worker.
      const pass = new HashPass(fd, hash, Math.min(READ_BYTES, 4 * chunk));
      const passStarted = performance.now();
      let firstRead: { t: number; at: number } | null = null;
      let workerRate = parseRate || DEFAULT_PARSE_RATE;
      let workerAt = { t: performance.now(), claim: 0 };
      let until = size;
      while (rangeEnd(sharedEnd) === null && pass.pos < size) {
        if (pass.step(Math.min(size, Math.max(until, pass.pos + chunk))) === 0) break;
        const claimed = rangeClaim(sharedEnd);
        const now = performance.now();
        if (!firstRead && claimed > lastStart) firstRead = { t: now, at: claimed };
        const measured =
          firstRead && now - firstRead.t >= 5 && claimed > firstRead.at
            ? (claimed - firstRead.at) / (now - firstRead.t)
            : 0;
        if (measured) workerRate = measured;
        const state = {
          size,
          hashed: pass.pos,
          claimed,
          hashMs: now - passStarted,
          parseRate: measured || parseRate || DEFAULT_PARSE_RATE,
        };
        if (balanced(state)) break;
        until = Math.ceil(balancePoint(state));
      }
      // Set here, unless already (a share given up front): never moved earlier by this.
      fixedEnd = rangeEnd(sharedEnd) ?? fixRangeEnd(sharedEnd, pass.pos + 1);
      mainStartAt = fixedEnd > size ? size : pass.recordStart(fixedEnd);
      const hashMs = performance.now() - passStarted;
      let covered = pass.pos;
      if (mainStartAt < size) {
        let tailHashed = 0;
        beginStealTarget(steal, mainStartAt, pass.pos / Math.max(hashMs, 1));
        const job = {
          ...base,
          nominalStart: mainStartAt,
          nominalEnd: size,
          start: mainStartAt,
          sharedEnd: steal.cell,
        };
        workerAt = { t: performance.now(), claim: rangeClaim(sharedEnd) };
        tail = await profileSegment(job, (b) => {
          hash.update(b);
          tailHashed += b.length;
        });
        // The range may stop early (a malformed record): the rest is hashed below.
        covered = tail.start === mainStartAt ? mainStartAt + tailHashed : -1;
      }
      // Closed: no worker takes a tail after this (one that did, did before this range ended).
      mainEnd = Math.min(size, closeRange(steal.cell, size));
      const parsedMs = performance.now() - passStarted - hashMs;
      if (covered < 0) digest = hashWhole(fd, chunk);
      else {
        pass.pos = covered;
        pass.to(size);
        digest = { sha256: hash.digest("hex"), bytes: pass.pos };
      }
      // Done first: take the tail of the last worker's range (hashed already), if it is worth it.
      if (tail && !tail.error && mainStartAt < size) {
        const claim = rangeClaim(sharedEnd);
        // The worker's speed while this thread parsed its range (its claim moves a read ahead).
        const ms = performance.now() - workerAt.t;
        if (ms >= 20 && claim - workerAt.claim >= 2 * chunk) workerRate = (claim - workerAt.claim) / ms;
        const myRate = (tail.end - tail.start) / Math.max(parsedMs, 1);
        const took = await takeWorkerTail(sharedEnd, fixedEnd, myRate, workerRate, base);
        if (took) ({ segment: taken, from: workerEnd } = took);
      }
    } finally {
      closeSync(fd);
    }
    const used = threadCpu(cpuBefore);
    const cpu = [((used.user + used.system) / 1e6).toFixed(2)];
    const mainDone = performance.timeOrigin + performance.now();
    let lastDone = 0;

    // Merge in file order: every range must start where the one before ended. The workers'
    // ranges, the tail this thread took of the last one's, this thread's range, then the tail a
    // worker took of it.
    const ranges: { segment: SegmentState | null; nominalEnd: number }[] = [];
    const ends = [...cuts.slice(1, parts - 1), workerEnd >= 0 ? workerEnd : fixedEnd];
    const stolen: SegmentState[] = [];
    for (let k = 0; k < parts - 1; k++) {
      const [own, ...tails] = await results[k]!;
      ranges.push({ segment: own ?? null, nominalEnd: ends[k]! });
      stolen.push(...tails);
    }
    if (taken) ranges.push({ segment: taken, nominalEnd: fixedEnd });
    ranges.push({ segment: tail, nominalEnd: mainEnd });
    for (const segment of stolen) ranges.push({ segment, nominalEnd: size });
    for (const { segment } of ranges) {
      if (segment?.cpuMs !== undefined) cpu.push((segment.cpuMs / 1000).toFixed(2));
      if (segment?.finishedAt !== undefined) lastDone = Math.max(lastDone, segment.finishedAt);
    }
    await mergeRanges(dataset, checkers, ranges, base, size, log);
    log(
      `${file}: this thread hashed bytes 0–${mainStartAt.toLocaleString("en-US")} and parsed ${mainEnd < size ? `the rest up to byte ${mainEnd.toLocaleString("en-US")} (a worker done first took the tail)` : "the rest"} (of ${size.toLocaleString("en-US")})${workerEnd >= 0 ? `, then took bytes ${workerEnd.toLocaleString("en-US")}–${fixedEnd.toLocaleString("en-US")} of the last worker's range (done first)` : ""}; CPU seconds per thread (this one first): ${cpu.join(", ")}${lastDone ? `; the workers finished ${Math.abs((lastDone - mainDone) / 1000).toFixed(2)} s ${lastDone > mainDone ? "after" : "before"} this thread` : ""}; ${((performance.now() - started) / 1000).toFixed(2)} s since the workers were given the file`,
    );
  }

  return { parts, finish, digest: () => digest };
}

/** The main thread's range for workers to take the tail of: nothing to take until it begins. */
function stealTarget(size: number): StealTarget {
  const progress = new Float64Array(new SharedArrayBuffer(3 * Float64Array.BYTES_PER_ELEMENT));
  return { cell: openRangeEnd(size), size, progress };
}

/** The main thread begins its range at `start`, having hashed at `hashRate` bytes per ms. */
function beginStealTarget(target: StealTarget, start: number, hashRate: number): void {
  target.progress.set([performance.timeOrigin + performance.now(), start, hashRate]);
  beginRange(target.cell, start);
}

/**
 * Merges a file's ranges in order into `dataset`: each must start where the one before ended; one
 * that does not (a quote inside an unquoted field misled the parity cut) is read again from there.
 */
async function mergeRanges(
  dataset: DatasetProfiler,
  checkers: Map<string, ColumnChecker>,
  ranges: { segment: SegmentState | null; nominalEnd: number }[],
  job: SegmentJob,
  size: number,
  log: (message: string) => void,
): Promise<void> {
  let end = 0;
  let lines = 0;
  for (const [k, range] of ranges.entries()) {
    let segment = range.segment;
    if (segment === null && end >= size) break;
    if (segment === null || (segment.start !== end && !(segment.error && end >= size))) {
      log(
        `${job.file}: byte range ${k + 1} of ${ranges.length} started at byte ${segment?.start ?? size} by quote parity, but the range before ends at byte ${end} (a quote inside an unquoted field?); reading it again from there`,
      );
      segment = await profileSegment({
        ...job,
        nominalStart: end,
        nominalEnd: Math.max(end, range.nominalEnd),
        start: end,
      });
    }
    mergeSegment(dataset, checkers, segment, lines);
    end = segment.end;
    lines += segment.lines;
  }
}

/**
 * The main thread, done first: takes the tail of the last worker's range (`sharedEnd`, which ends
 * at `fixedEnd`; bytes hashed already) where both would finish together at the rates given, and
 * parses it. Null when too little is left.
 */
async function takeWorkerTail(
  sharedEnd: BigInt64Array,
  fixedEnd: number,
  myRate: number,
  workerRate: number,
  job: SegmentJob,
): Promise<{ segment: SegmentState; from: number } | null> {
  const claim = rangeClaim(sharedEnd);
  // Equal time left, the tail's length T = fixedEnd - split, plus a segment's fixed cost here:
  // (fixedEnd - T - claim) / workerRate = T / myRate + MAIN_TAKE_OVERHEAD_MS
  const tail = ((fixedEnd - claim) / workerRate - MAIN_TAKE_OVERHEAD_MS) / (1 / myRate + 1 / workerRate);
  const least = MIN_TAKE_CHUNKS * (job.chunkBytes ?? READ_BYTES);
  if (!(tail >= least)) return null;
  const split = Math.floor(fixedEnd - tail);
  const moved = moveRangeEnd(sharedEnd, split, fixedEnd - least);
  if (!moved || moved.end >= fixedEnd) return null;
  const { end: from, recordStart } = moved;
  const segment = await profileSegment({
    ...job,
    nominalStart: from,
    nominalEnd: fixedEnd,
    parityFrom: recordStart,
  });
  return { segment, from };
}

/** The sha256 of a whole file, read here (a fallback when a pass could not cover it). */
function hashWhole(fd: number, chunk: number): FileDigest {
  const hash = createHash("sha256");
  const buf = Buffer.allocUnsafe(chunk);
  let bytes = 0;
  for (;;) {
    const bytesRead = readSync(fd, buf, 0, buf.length, bytes);
    if (bytesRead === 0) break;
    hash.update(buf.subarray(0, bytesRead));
    bytes += bytesRead;
  }
  return { sha256: hash.digest("hex"), bytes };
}
