import { ConfigurationError } from "@mlops/core/errors";
import type { ColumnSketches } from "./column.js";
import { rangeClaim, rangeEnd, READ_BYTES, takeRangeTail, type CsvRange } from "./csv.js";
import { DatasetProfiler, type DataFormat, type RaggedRows } from "./dataset.js";
import { DataError, type DataErrorCode } from "./errors.js";
import { formatOf } from "./files.js";
import { ColumnChecker, type CheckerState } from "./schema.js";
import type { ColumnSchema } from "./schema-file.js";
import { findRecordStart, readCsvHeader } from "./split.js";

/*
 * A segment is one part of one data file (a byte range of a CSV file), profiled on its own — on a
 * worker thread, or in a matrix job — and merged into the profile of the parts before it. Every
 * sketch is mergeable, so merging the segments of a file in order gives the profile one pass
 * would have made: exact counts identical, sketches within their stated error.
 */

/** The schema's column entries a segment checks (the checks travel with the data). */
export interface SegmentSchema {
  columns: Record<string, ColumnSchema>;
  regexMaxLength?: number;
}

/** What to profile: a file's byte range [nominalStart, nominalEnd), cut at record starts. */
export interface SegmentJob {
  /** The file as the dataset names it (in samples and errors). */
  file: string;
  /** Where to open it. */
  path: string;
  format?: string;
  delimiter?: string;
  maxRowBytes?: number;
  maxColumns?: number;
  nominalStart: number;
  nominalEnd: number;
  /** The true record start, when known (a redo after a parity mismatch); else found by parity. */
  start?: number;
  /** A record start at or before nominalStart to count quote parity from (default: the file's start). */
  parityFrom?: number;
  schema: SegmentSchema | null;
  /** Read size (CsvOptions.chunkBytes), for threads, which also read synchronously (syncReads). */
  chunkBytes?: number;
  /** An end set while this is read (CsvRange.sharedEnd), by the main thread or a thread taking the tail. */
  sharedEnd?: BigInt64Array;
  /** The main thread's range, whose tail a worker that finishes first takes (profileStolenTail). */
  steal?: StealTarget;
}

/**
 * The main thread's range as workers see it: its shared end (claimed at the file's size until the
 * main thread begins it), and [start time (ms since the epoch), start byte, hash rate (bytes per
 * ms)], set when it begins.
 */
export interface StealTarget {
  cell: BigInt64Array;
  size: number;
  progress: Float64Array;
}

/**
 * Read size for a range's header: a header line is short, and a read of the range's size (and a
 * buffer of twice that) for one line is wasted; a longer line grows the buffer, as in any read.
 */
const HEADER_CHUNK = 64 << 10;

/** Smallest tail worth taking, in reads. */
const MIN_STEAL_CHUNKS = 1;
/**
 * What a worker's taking a tail costs beyond parsing it, in ms: a new profiler (its exact value
 * maps filled again), the record start and header found, the parser's optimized code redone for
 * branches its first range never took, one more segment sent and merged. Measured on flights-3m
 * (2026-12-07): 9–16 ms.
 */
const TAKE_OVERHEAD_MS = 12;

/**
 * A worker that finished its own range takes the tail of the main thread's range, so that neither
 * waits for the other: the split leaves both the same time, the main thread parsing (and hashing)
 * up to it and then hashing the tail, this worker parsing the tail, at the rates measured (`rate`:
 * this worker's bytes per ms on its range). The main thread stops at the first record start at or
 * after the end set here, where this segment starts (checked in the merge like every range). Null
 * when the main thread has not begun within half a second, has nearly finished or has finished.
 */
export async function profileStolenTail(job: SegmentJob, rate: number): Promise<SegmentState | null> {
  const target = job.steal;
  if (!target || !(rate > 0)) return null;
  const { cell, size, progress } = target;
  // Woken when it begins, or when it is closed (its claim then moves past the size).
  if (rangeClaim(cell) === size) Atomics.wait(cell, 0, BigInt(size), 500);
  const claim = rangeClaim(cell);
  if (rangeEnd(cell) !== null || claim >= size) return null;
  const elapsed = performance.timeOrigin + performance.now() - progress[0]!;
  const begun = progress[1]!;
  const mainRate = elapsed >= 20 && claim > begun ? (claim - begun) / elapsed : rate;
  const hashRate = progress[2]! > 0 ? progress[2]! : rate * 10;
  // Equal time left, the tail's length L = size - split: the main thread parses to the split and
  // hashes the tail, this worker parses the tail plus a segment's fixed cost.
  // (size - L - claim) / mainRate + L / hashRate = L / rate + TAKE_OVERHEAD_MS
  const per = 1 / rate - 1 / hashRate + 1 / mainRate;
  const tail = ((size - claim) / mainRate - TAKE_OVERHEAD_MS) / per;
  const least = MIN_STEAL_CHUNKS * (job.chunkBytes ?? READ_BYTES);
  if (!(per > 0) || !(tail >= least)) return null;
  const split = Math.ceil(size - tail);
  const taken = takeRangeTail(cell, split, size - least);
  if (taken === null || taken.end >= size) return null;
  const { steal: _steal, sharedEnd: _shared, start: _start, ...rest } = job;
  return await profileSegment({
    ...rest,
    nominalStart: taken.end,
    nominalEnd: size,
    parityFrom: taken.recordStart,
  });
}

/** The profile of one segment: what merging needs, and nothing that holds a file open. */
export interface SegmentState {
  file: string;
  format: DataFormat;
  /** Byte range actually read: [start, end), record starts both. */
  start: number;
  end: number;
  /** Physical lines in the range (to shift line numbers of the segments after it). */
  lines: number;
  rows: number;
  columns: string[];
  sketches: ColumnSketches[];
  /** Per column, the schema checker's state (null for a column without schema checks). */
  checks: (CheckerState | null)[];
  ragged: { count: number; samples: RaggedRows["samples"] } | null;
  /** CPU time of the thread that profiled it (workers), for the log. */
  cpuMs?: number;
  /** When that thread finished it (ms since the epoch, performance.timeOrigin-based; workers). */
  finishedAt?: number;
  /** A malformed file: reading stopped here, as one pass would have stopped. */
  error: {
    code: DataErrorCode;
    message: string;
    /** The file as opened (DataError messages name it so). */
    path: string;
    line?: number;
    column?: number | string;
  } | null;
}

/** The schema entries segments check (what a worker or shard needs of a schema). */
export function segmentSchemaOf(
  schema: { columns: Record<string, ColumnSchema>; regexMaxLength?: number } | undefined,
): SegmentSchema | null {
  return schema ? { columns: schema.columns, regexMaxLength: schema.regexMaxLength } : null;
}

/**
 * Profiles one segment (on whatever thread calls it). `onBytes` sees every byte read from the
 * segment's start on (CsvRange.onBytes).
 */
export async function profileSegment(
  job: SegmentJob,
  onBytes?: (bytes: Uint8Array) => void,
): Promise<SegmentState> {
  const checkers = new Map<string, ColumnChecker>();
  const where = { file: job.file };
  // A threaded range (chunkBytes given) reads on this thread, opening and closing too.
  const sync = Boolean(job.chunkBytes);
  const dataset = new DatasetProfiler({
    format: job.format,
    delimiter: job.delimiter,
    maxRowBytes: job.maxRowBytes,
    maxColumns: job.maxColumns,
    ...(sync ? { chunkBytes: job.chunkBytes, syncReads: true } : {}),
    onColumn: (column) => {
      const spec = job.schema?.columns[column.name];
      if (!spec) return;
      const checker = new ColumnChecker(column.name, spec, where, job.schema?.regexMaxLength, true);
      checkers.set(column.name, checker);
      column.observer = checker;
    },
  });
  let start = job.start ?? 0;
  let end = start;
  let lines = 0;
  let error: SegmentState["error"] = null;
  try {
    let header: string[] | null = null;
    if (job.start === undefined && job.nominalStart > 0)
      start = await findRecordStart(job.path, job.nominalStart, job.parityFrom, sync);
    if (start > 0) {
      const h = await readCsvHeader(job.path, {
        delimiter: csvDelimiter(job),
        maxColumns: job.maxColumns,
        ...(sync ? { syncReads: true, chunkBytes: HEADER_CHUNK } : {}),
      });
      header = h.names;
      start = Math.max(start, h.end);
    }
    const range: CsvRange = {
      start,
      end: Math.max(start, job.nominalEnd),
      header,
      ...(job.sharedEnd ? { sharedEnd: job.sharedEnd } : {}),
      ...(onBytes ? { onBytes } : {}),
    };
    const stopped = await dataset.read(job.path, range);
    end = stopped?.end ?? start;
    lines = stopped?.lines ?? 0;
  } catch (caught) {
    if (!(caught instanceof DataError)) throw caught;
    error = {
      code: caught.code,
      message: withoutLocation(caught),
      path: caught.location?.file ?? job.path,
      ...(caught.location?.line !== undefined ? { line: caught.location.line } : {}),
      ...(caught.location?.column !== undefined ? { column: caught.location.column } : {}),
    };
  }
  return segmentState(dataset, checkers, job.file, { start, end, lines, error });
}

/** A DataError's message without the "file line N column C: " its constructor put in front. */
export function withoutLocation(error: DataError): string {
  const loc = error.location ?? {};
  const where = [loc.file ?? ""];
  if (loc.line !== undefined) where.push(`line ${loc.line}`);
  if (loc.column !== undefined)
    where.push(typeof loc.column === "number" ? `column ${loc.column}` : `column '${loc.column}'`);
  const prefix = `${where.join(" ")}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

function csvDelimiter(job: SegmentJob): string | undefined {
  if (job.delimiter !== undefined) return job.delimiter;
  return formatOf(job.file, job.format) === "tsv" ? "\t" : undefined;
}

/** The state of a profiled segment. */
export function segmentState(
  dataset: DatasetProfiler,
  checkers: Map<string, ColumnChecker>,
  file: string,
  range: { start: number; end: number; lines: number; error: SegmentState["error"] },
): SegmentState {
  const columns = [...dataset.columns.keys()];
  const ragged = dataset.ragged[0] ?? null; // one file per segment
  return {
    file,
    format: [...dataset.formats][0] ?? "csv",
    start: range.start,
    end: range.end,
    lines: range.lines,
    rows: dataset.rows,
    columns,
    sketches: columns.map((c) => dataset.columns.get(c)!.sketches()),
    checks: columns.map((c) => checkers.get(c)?.state() ?? null),
    ragged: ragged ? { count: ragged.count, samples: ragged.samples } : null,
    error: range.error,
  };
}

/**
 * Adds a segment that follows the data already in `dataset` (the same file continued, or the next
 * file): sketches merged, rows and lines shifted, checker states merged into `checkers` (the
 * dataset's onColumn attaches them). A segment that stopped on a malformed record throws its
 * error, with the line it has in the whole file.
 */
export function mergeSegment(
  dataset: DatasetProfiler,
  checkers: Map<string, ColumnChecker>,
  segment: SegmentState,
  lineOffset: number,
): void {
  const rowOffset = dataset.rows;
  dataset.formats.add(segment.format);
  if (segment.columns.length) {
    const columns = dataset.matchColumns(segment.file, segment.columns, false);
    columns.forEach((column, k) => {
      column.merge(segment.sketches[k]!);
      const state = segment.checks[k];
      const checker = checkers.get(column.name);
      if (state && checker) checker.merge(state, lineOffset, rowOffset);
    });
  }
  dataset.rows += segment.rows;
  if (segment.ragged) {
    let ragged = dataset.ragged.find((r) => r.file === segment.file);
    if (!ragged) dataset.ragged.push((ragged = { file: segment.file, count: 0, samples: [] }));
    ragged.count += segment.ragged.count;
    for (const s of segment.ragged.samples)
      if (ragged.samples.length < 5) ragged.samples.push({ ...s, line: s.line + lineOffset });
  }
  if (segment.error) {
    const { code, message, line, column } = segment.error;
    throw new DataError(code, message, {
      file: segment.error.path,
      ...(line !== undefined ? { line: line + lineOffset } : {}),
      ...(column !== undefined ? { column } : {}),
    });
  }
}

/**
 * Merges segments in dataset order into `dataset`: each file's segments must tile it (the first
 * starts at 0, each starts where the one before ended, the last ends at the end of the file).
 * A segment that stopped on malformed data ends the merge with its error, as one pass would.
 */
export function mergeSegments(
  dataset: DatasetProfiler,
  checkers: Map<string, ColumnChecker>,
  where: { file: string },
  segments: (SegmentState & { firstLine: number; from?: string })[],
  sizes: Map<string, number> | null,
): void {
  let file: string | null = null;
  let end = 0;
  const done = (f: string) => {
    const size = sizes?.get(f);
    if (size !== undefined && end !== size)
      throw new ConfigurationError(
        `input 'merge': the partials cover ${f} only up to byte ${end} of ${size}; a shard of it is missing`,
        { code: "partial-mismatch" },
      );
  };
  for (const s of segments) {
    if (s.file !== file) {
      if (file !== null) done(file);
      file = s.file;
      end = 0;
    }
    where.file = s.file;
    if (sizes && s.start !== end)
      throw new ConfigurationError(
        `input 'merge': ${s.file}: ${s.from ?? "a partial"} starts at byte ${s.start}, but the part before it ends at byte ${end}: the file has a quote inside an unquoted field (not RFC 4180), so shards cannot find record starts on their own; validate it in one job (threads still use every core)`,
        { code: "partial-mismatch" },
      );
    mergeSegment(dataset, checkers, s, s.firstLine - 1);
    end = s.end;
  }
  if (file !== null) done(file);
}
