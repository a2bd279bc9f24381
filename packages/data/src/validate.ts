import path from "node:path";
import type {
  Anomaly,
  ColumnProfile,
  ColumnType,
  DriftResult,
  Logger,
  SchemaCheckResult,
  ValidationReport,
} from "@mlops/core";
import type { DataFingerprint } from "@mlops/core";
import {
  ConfigurationError,
  combineDigests,
  digestFile,
  documentSchema,
  readJsonFile,
  parseDocument,
  writeDocument,
  writeJsonAtomic,
} from "@mlops/core";
import { ColumnProfiler, type ColumnSketches } from "./column.js";
import { DatasetProfiler, resolveFiles, type ReadOptions } from "./dataset.js";
import { columnDrift, DRIFT_TESTS, type DriftSample, type DriftTest } from "./drift.js";
import { DataError } from "./errors.js";
import { fingerprintFiles, InlineDigest } from "./fingerprint-worker.js";
import { startThreadedRead, WorkerPool, type ThreadedRead } from "./parallel.js";
import { formatOf } from "./files.js";
import { defaultThreads, discardPrestarted, hashesInline, rangesOf, threadCpu } from "./workers.js";
import { mergeSegments, segmentSchemaOf } from "./segments.js";
import { ColumnChecker, datasetChecks, inferSchema } from "./schema.js";
import type { DataSchema } from "./schema-file.js";
import { renderSummary } from "./summary.js";

export type FailOn = "error" | "warning" | "drift" | "never";
export const FAIL_ON: readonly FailOn[] = ["error", "warning", "drift", "never"];

export interface ValidateOptions {
  /** Paths, globs or directories: one dataset. */
  data: string[];
  format?: string;
  delimiter?: string;
  /** Schema file to check against. */
  schema?: string;
  /** Write the inferred schema here. */
  writeSchema?: string;
  /** Reference for drift: data (paths/globs) or a saved ValidationReport JSON. */
  reference?: string[];
  referenceFormat?: string;
  /** Per column ({ test, threshold }); the key "*" applies to every column. */
  drift?: Record<string, { test?: string; threshold?: number | string }>;
  /** Share of drifted columns that means dataset drift (default 0.5). */
  driftShare?: number;
  failOn?: FailOn;
  /** Where to write the ValidationReport (not written when undefined). */
  report?: string;
  cwd?: string;
  /** Most annotations emitted (the runner shows 10 per step). */
  maxAnnotations?: number;
  /** Seconds between progress lines (default 5). */
  progressSeconds?: number;
  maxRowBytes?: number;
  maxColumns?: number;
  /** Threads for large CSV files (default: the machine's parallelism, at most 8; 1: none). */
  threads?: number;
  /** Smallest byte range per thread (default 8 MiB; tests lower it to thread small files). */
  minThreadBytes?: number;
  /**
   * The share (0–1) of a threaded file the main thread parses, fixed up front (tests); by default
   * it is decided while reading, from the measured speeds.
   */
  mainThreadShare?: number;
  /** Profile only this part of the data (matrix jobs) and write a partial profile. */
  shard?: { index: number; count: number };
  /** Where the shard's partial profile goes (default mlops-partial-<i>-of-<n>.json). */
  partial?: string;
  /** Partial profiles (paths/globs) of all shards to merge into one report, instead of data. */
  merge?: string[];
}

export interface ValidateResult {
  report: ValidationReport;
  passed: boolean;
  rows: number;
  anomalies: number;
  driftDetected: boolean;
  driftedColumns: string[];
  /** Markdown for the job summary. */
  summary: string;
  reportPath?: string;
  schemaPath?: string;
  /** Shard mode: the partial profile written. */
  partialPath?: string;
}

/** The reference profile drift is measured against. */
interface ReferenceProfile {
  kind: "data" | "profile";
  source: string;
  fingerprint: string | null;
  rows: number;
  columns: Map<string, ColumnProfiler>;
  /** Bytes of data read (0 for a saved profile). */
  bytes: number;
  /** Bytes per ms this thread parsed the reference at (threads: the workers' speed until measured). */
  parseRate?: number;
}

/** Worker threads started for the large CSV files of the data, and the reads begun on them. */
interface ThreadPlan {
  pool: WorkerPool;
  /** The files worth threading, with their sizes, in dataset order. */
  sizes: Map<string, number>;
  reads: Map<string, ThreadedRead | null>;
  /** When the first read was begun (performance.now()): the workers may start before readDataset. */
  since?: number;
}

/**
 * The validate-data step: one streaming pass over the data (schema checks + profile), the
 * reference profile (from data or a saved report), drift per column, the report, annotations.
 * Malformed data becomes an error anomaly in the report, never a crash.
 */
export async function validateData(
  options: ValidateOptions,
  { logger }: { logger: Logger },
): Promise<ValidateResult> {
  const cwd = options.cwd ?? process.cwd();
  let plan: ThreadPlan | null = null;
  try {
    const failOn = checkValidateOptions(options);
    const driftConfig = parseDriftConfig(options.drift ?? {});
    const started = performance.now();
    const cpuStarted = threadCpu();
    const threads = options.threads ?? defaultThreads();
    // With threads, workers for the large CSV files start now (or were, by validate-step): their
    // start-up overlaps the schema and the reference, which this thread reads meanwhile.
    if (threads > 1 && !options.shard && !options.merge?.length)
      plan = await planThreads(options, cwd, threads);
    return await validateWith(options, cwd, logger, {
      failOn,
      driftConfig,
      started,
      cpuStarted,
      threads,
      plan,
    });
  } finally {
    plan?.pool.close();
    discardPrestarted(); // workers validate-step started that this data did not need
  }
}

async function validateWith(
  options: ValidateOptions,
  cwd: string,
  logger: Logger,
  context: {
    failOn: FailOn;
    driftConfig: ReturnType<typeof parseDriftConfig>;
    started: number;
    cpuStarted: NodeJS.CpuUsage;
    threads: number;
    plan: ThreadPlan | null;
  },
): Promise<ValidateResult> {
  const { failOn, driftConfig, started, cpuStarted, threads, plan } = context;
  // CSV files hashed as they are read (the data's and the reference's), or by fingerprintFiles.
  const inline = hashesInline(threads);
  let schema: DataSchema | undefined;
  if (options.schema) {
    const { readSchemaFile } = await import("./schema-file.js");
    schema = await readSchemaFile(path.resolve(cwd, options.schema));
  }
  // The first large file's ranges go to the workers now; this thread reads the reference first.
  const first = plan?.sizes.keys().next().value;
  if (plan && first !== undefined) {
    startRead(plan, first, cwd, schema, options, logger);
    // The report's schema (checked as it is written) loads now, while the workers parse, not after.
    if (options.report) void documentSchema("mlops.validation").catch(() => {});
  }

  let reference: ReferenceProfile | null = null;
  if (options.reference && options.reference.length && !options.shard)
    reference = await loadReference(options, cwd, logger, inline);

  const source = options.merge?.length
    ? await readMerged(options, cwd, schema, logger)
    : await readData(options, cwd, schema, logger, inline, plan, reference?.parseRate);
  const { dataset, checkers, anomalies } = source;
  // The workers are done: they end now, on their own core, while this thread makes the report,
  // not at the process's exit, which waits for them.
  plan?.pool.close();
  if (!options.merge?.length && !options.shard) {
    const seconds = (performance.now() - started) / 1000;
    const bytes = source.files.reduce((n, f) => n + (f.bytes ?? 0), 0) + (reference?.bytes ?? 0);
    const cpu = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1e6).toFixed(2);
    logger.info(
      `read phase: ${(bytes / 1e6).toFixed(1)} MB (the data${reference?.bytes ? " and the reference" : ""}: parsed, profiled, checked, hashed) in ${seconds.toFixed(2)} s, ${(bytes / 1e6 / seconds).toFixed(0)} MB/s${threads > 1 ? ` with up to ${threads} threads` : " on one thread"}; CPU seconds of this thread: ${cpu(threadCpu(cpuStarted))} in it, ${cpu(cpuStarted)} before it since the process started`,
    );
  }
  schema = source.schema;
  const schemaSource = source.schemaSource;
  // Types: the schema's where given, else inferred.
  const types = new Map<string, ColumnType>();
  const profile: Record<string, ColumnProfile> = {};
  for (const [name, column] of dataset.columns) {
    const type = (schema?.columns[name]?.type as ColumnType | undefined) ?? column.inferType();
    types.set(name, type);
    profile[name] = column.profile(type);
  }

  const checks = schema ? schemaChecks(schema, dataset, checkers, anomalies) : null;
  const drift = reference
    ? measureDrift(reference, dataset, types, driftConfig, options.driftShare ?? 0.5)
    : null;

  const files_ = source.files;
  const driftDetected = drift?.datasetDrift ?? false;
  const passed = options.shard ? true : verdict(failOn, anomalies, driftDetected);
  const report: ValidationReport = {
    kind: "mlops.validation",
    version: 1,
    created: new Date().toISOString(),
    dataset: {
      format: [...dataset.formats].join("+") || "unknown",
      files: files_,
      fingerprint: combineDigests(
        files_.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes ?? 0 })),
      ),
      rows: dataset.rows,
      columns: [...dataset.columns.keys()],
    },
    schema: schema
      ? {
          source: schemaSource,
          passed: checks!.every((c) => c.passed || c.severity !== "error"),
          checks: checks!,
        }
      : null,
    profile,
    drift,
    anomalies,
    passed,
  };

  emitAnnotations(report, logger, options.maxAnnotations ?? 10);

  const result: ValidateResult = {
    report,
    passed,
    rows: dataset.rows,
    anomalies: anomalies.length,
    driftDetected,
    driftedColumns: drift ? drift.columns.filter((c) => c.drifted).map((c) => c.column) : [],
    summary: renderSummary(report),
  };
  if (options.shard) {
    result.partialPath = source.partialPath!;
    result.reportPath = source.partialPath!;
    result.summary = `Partial profile of shard ${options.shard.index}/${options.shard.count}: ${dataset.rows.toLocaleString("en-US")} rows, written to \`${source.partialPath}\`; the merge job (\`merge:\`) checks the whole dataset and decides. Below: this shard's part alone (rows numbered within the part).\n\n${result.summary}`;
    logger.info(
      `wrote the partial profile of shard ${options.shard.index}/${options.shard.count} to ${source.partialPath}`,
    );
    return result;
  }
  await writeValidationFiles(result, options, cwd, logger);
  return result;
}

interface DataSource {
  dataset: DatasetProfiler;
  checkers: Map<string, ColumnChecker>;
  anomalies: Anomaly[];
  files: DataFingerprint[];
  schema: DataSchema | undefined;
  schemaSource: string | null;
  partialPath?: string;
}

/** The data files, read here (all of them, or this shard's part, which is also saved as a partial). */
async function readData(
  options: ValidateOptions,
  cwd: string,
  schema: DataSchema | undefined,
  logger: Logger,
  inlineHashing: boolean,
  plan: ThreadPlan | null,
  parseRate?: number,
): Promise<DataSource> {
  const files = await resolveFiles(options.data, cwd);
  // Threads, or one CPU: this thread hashes CSV files as it reads them (readDataset), and other
  // formats go to fingerprintFiles. One thread on several CPUs: a worker hashes them all.
  const inline = inlineHashing && !options.shard;
  const elsewhere = inline ? files.filter((f) => !isCsv(f, options.format)) : files;
  const fingerprints = elsewhere.length ? fingerprintFiles(elsewhere, cwd) : Promise.resolve([]);
  fingerprints.catch(() => {});
  const schemaSource = options.schema ?? null;
  if (!options.shard) {
    const { digests, ...read } = await readDataset(files, cwd, schema, options, logger, {
      plan,
      inline,
      parseRate,
    });
    const fromWorker = new Map((await fingerprints).map((f) => [f.path, f]));
    const fps: DataFingerprint[] = [];
    for (const file of files) {
      // A file the reading did not finish (a malformed one, or one after it) is hashed here.
      const digest = digests.get(file) ?? fromWorker.get(file) ?? (await digestFile(path.resolve(cwd, file)));
      fps.push({ path: file, sha256: digest.sha256, bytes: digest.bytes ?? 0, files: 1 });
    }
    return { ...read, files: fps, schema, schemaSource };
  }
  const { profileShard } = await import("./shards.js");
  const { index, count } = options.shard;
  const partialPath = options.partial ?? `mlops-partial-${index}-of-${count}.json`;
  const fps = await fingerprints;
  const started = performance.now();
  const segments = await profileShard(
    files,
    fps,
    cwd,
    schema ? { source: schemaSource, schema } : null,
    { ...options, shard: options.shard },
    path.resolve(cwd, partialPath),
  );
  logger.info(
    `shard ${index}/${count}: ${segments.reduce((n, s) => n + s.rows, 0).toLocaleString("en-US")} rows from ${segments.length} part(s) of ${files.length} file(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const merged = mergeIntoDataset(segments, schema, options, null);
  return { ...merged, files: fps, schema, schemaSource, partialPath };
}

/** `merge:`: the partial profiles of every shard, merged into the whole dataset's profile. */
async function readMerged(
  options: ValidateOptions,
  cwd: string,
  given: DataSchema | undefined,
  logger: Logger,
): Promise<DataSource> {
  const { readPartials } = await import("./shards.js");
  const partials = await readPartials(options.merge!, cwd, resolveFiles, logger);
  const first = partials[0]!;
  const schema = first.schema?.schema;
  if (given && JSON.stringify(given) !== JSON.stringify(schema ?? null))
    throw new ConfigurationError(
      `input 'schema': ${options.schema} differs from the schema the shards were checked against (${first.schema?.source ?? "none"}, in ${first.file}); give the shards the same schema, or leave schema out of the merge`,
      { code: "partial-mismatch" },
    );
  const sizes = new Map(first.dataset.files.map((f) => [f.path, f.bytes ?? 0]));
  const segments = partials.flatMap((p) => p.segments.map((s) => ({ ...s, from: p.file })));
  const merged = mergeIntoDataset(segments, schema, options, sizes);
  return {
    ...merged,
    files: first.dataset.files,
    schema,
    schemaSource: first.schema?.source ?? null,
  };
}

/** A dataset made of profiled segments (a shard's, or every shard's), with its anomalies. */
function mergeIntoDataset(
  segments: Parameters<typeof mergeSegments>[3],
  schema: DataSchema | undefined,
  options: ValidateOptions,
  sizes: Map<string, number> | null,
): { dataset: DatasetProfiler; checkers: Map<string, ColumnChecker>; anomalies: Anomaly[] } {
  const checkers = new Map<string, ColumnChecker>();
  const where = { file: segments[0]?.file ?? options.data[0] ?? "" };
  const dataset = new DatasetProfiler({
    format: options.format,
    onColumn: (column) => {
      const spec = schema?.columns[column.name];
      if (!spec) return;
      const checker = new ColumnChecker(column.name, spec, where, schema?.regexMaxLength, true);
      checkers.set(column.name, checker);
      column.observer = checker;
    },
  });
  const anomalies: Anomaly[] = [];
  let fatal = false;
  try {
    mergeSegments(dataset, checkers, where, segments, sizes);
  } catch (caught) {
    if (!(caught instanceof DataError)) throw caught;
    anomalies.push(readError(caught, where.file));
    fatal = true;
  }
  anomalies.push(...readAnomalies(dataset, segments[0]?.file ?? "", fatal));
  return { dataset, checkers, anomalies };
}

/** The options validateData cannot work without; returns fail-on. */
function checkValidateOptions(options: ValidateOptions): FailOn {
  if (options.merge?.length && options.shard)
    throw new ConfigurationError(
      "inputs 'shard' and 'merge' exclude each other: shard jobs write partial profiles, one merge job reads them all",
      { code: "input-invalid" },
    );
  if (options.data.length === 0 && !options.merge?.length)
    throw new ConfigurationError(
      "input 'data' is required: the data file(s) to validate, e.g. data: data/train.csv",
      { code: "input-missing" },
    );
  const failOn = options.failOn ?? "error";
  if (!FAIL_ON.includes(failOn))
    throw new ConfigurationError(
      `input 'fail-on': expected one of ${FAIL_ON.join(", ")}, found ${JSON.stringify(failOn)}`,
      { code: "input-invalid" },
    );
  return failOn;
}

/**
 * One streaming pass over the data files: the profile, the schema's column checkers, and the
 * anomalies of the reading itself (a malformed file, ragged rows, a header without rows).
 */
async function readDataset(
  files: string[],
  cwd: string,
  schema: DataSchema | undefined,
  options: ValidateOptions,
  logger: Logger,
  threading: { plan: ThreadPlan | null; inline: boolean; parseRate?: number },
): Promise<{
  dataset: DatasetProfiler;
  checkers: Map<string, ColumnChecker>;
  anomalies: Anomaly[];
  /** sha256 of the CSV files hashed as they were read (threads, or one CPU). */
  digests: Map<string, { sha256: string; bytes: number }>;
}> {
  const anomalies: Anomaly[] = [];
  const digests = new Map<string, { sha256: string; bytes: number }>();
  const { plan, inline } = threading;
  const where = { file: files[0]! };
  const checkers = new Map<string, ColumnChecker>();
  const started = performance.now();
  const readOptions: ReadOptions = {
    format: options.format,
    delimiter: options.delimiter,
    maxRowBytes: options.maxRowBytes,
    maxColumns: options.maxColumns,
    onColumn: (column) => {
      const spec = schema?.columns[column.name];
      if (spec) {
        const checker = new ColumnChecker(column.name, spec, where, schema?.regexMaxLength);
        checkers.set(column.name, checker);
        column.observer = checker;
      }
    },
    onProgress: progressLogger(logger, started, (options.progressSeconds ?? 5) * 1000),
  };
  const dataset = new DatasetProfiler(readOptions);
  const threads = options.threads ?? defaultThreads();
  let fatal = false;
  for (const file of files) {
    where.file = file;
    const at = openPath(file, cwd);
    try {
      const csv = isCsv(file, options.format);
      const threaded = csv && plan ? startRead(plan, file, cwd, schema, options, logger) : null;
      if (threaded) {
        try {
          await threaded.finish(dataset, checkers, threading.parseRate);
        } finally {
          const digest = threaded.digest();
          if (digest) digests.set(file, digest);
          // Also when a range stopped at malformed data (the anomaly says where).
          logger.info(`${file}: read as ${threaded.parts} byte ranges on ${threaded.parts} threads`);
        }
      } else if (csv && inline) {
        const digest = new InlineDigest();
        await dataset.read(at, { start: 0, end: Infinity, header: null, onBytes: digest.update });
        digests.set(file, digest.digest());
      } else await dataset.read(at);
    } catch (caught) {
      anomalies.push(readError(caught, file));
      fatal = true;
      break;
    }
  }
  // From the first work on the data: with threads, the workers may have begun before this.
  const from = Math.min(started, plan?.since ?? started);
  const seconds = (performance.now() - from) / 1000;
  logger.info(
    `read ${dataset.rows.toLocaleString("en-US")} rows, ${dataset.columns.size} columns from ${files.length} file(s) in ${seconds.toFixed(1)} s${threads > 1 ? ` (up to ${threads} threads${from < started ? ", from the workers' start" : ""})` : ""}`,
  );
  anomalies.push(...readAnomalies(dataset, files[0]!, fatal));
  return { dataset, checkers, anomalies, digests };
}

/** Where to open a dataset file (as named relative to cwd). */
function openPath(file: string, cwd: string): string {
  return path.isAbsolute(file) || path.resolve(cwd) === process.cwd() ? file : path.join(cwd, file);
}

/** Whether a file is read as CSV/TSV (false for any other format, or none known). */
function isCsv(file: string, format: string | undefined): boolean {
  const known = formatOf(file, format ?? "auto");
  return known === "csv" || known === "tsv";
}

/**
 * Worker threads for the data, when a CSV file is large enough to be cut into ranges: as many as
 * its ranges need (one range is this thread's). Null when no file is, or the files cannot be
 * listed yet (readData reports that).
 */
async function planThreads(
  options: ValidateOptions,
  cwd: string,
  threads: number,
): Promise<ThreadPlan | null> {
  const sizes = new Map<string, number>();
  let most = 1;
  try {
    for (const file of await resolveFiles(options.data, cwd)) {
      const ranges = rangesOf(file, options.format, threads, cwd, options.minThreadBytes);
      if (!ranges || ranges.parts < 2) continue;
      sizes.set(file, ranges.size);
      most = Math.max(most, ranges.parts);
    }
  } catch {
    return null;
  }
  return most < 2 ? null : { pool: new WorkerPool(most - 1), sizes, reads: new Map() };
}

/** The threaded read of `file`: begun now (its ranges posted to the workers) unless it was already. */
function startRead(
  plan: ThreadPlan,
  file: string,
  cwd: string,
  schema: DataSchema | undefined,
  options: ValidateOptions,
  logger: Logger,
): ThreadedRead | null {
  let read = plan.reads.get(file);
  if (read !== undefined) return read;
  const size = plan.sizes.get(file);
  read =
    size === undefined
      ? null
      : startThreadedRead(
          plan.pool,
          file,
          openPath(file, cwd),
          size,
          {
            format: options.format,
            delimiter: options.delimiter,
            maxRowBytes: options.maxRowBytes,
            maxColumns: options.maxColumns,
            schema: segmentSchemaOf(schema),
          },
          {
            minPartBytes: options.minThreadBytes,
            split: options.mainThreadShare,
            log: (message) => logger.info(message),
          },
        );
  plan.reads.set(file, read);
  if (read) plan.since ??= performance.now();
  return read;
}

/** Ragged rows, and a header without rows, as anomalies. */
function readAnomalies(dataset: DatasetProfiler, firstFile: string, fatal: boolean): Anomaly[] {
  const anomalies: Anomaly[] = [];
  for (const r of dataset.ragged) {
    const first = r.samples[0]!;
    anomalies.push({
      code: "ragged-row",
      severity: "error",
      message: `${r.count} row(s) with the wrong number of fields were skipped; first at line ${first.line}: ${first.found} fields, expected ${first.expected}`,
      file: r.file,
      line: first.line,
      count: r.count,
    });
  }
  if (!fatal && dataset.rows === 0 && dataset.columns.size > 0) {
    anomalies.push({
      code: "header-only",
      severity: "error",
      message: "the data has a header but no rows",
      file: firstFile,
      line: 1,
    });
  }
  return anomalies;
}

/** A progress line at most every `everyMs` while a large file is read. */
function progressLogger(logger: Logger, started: number, everyMs: number): ReadOptions["onProgress"] {
  let lastProgress = started;
  return (rows, bytes, file) => {
    const now = performance.now();
    if (now - lastProgress < everyMs) return;
    lastProgress = now;
    const seconds = (now - started) / 1000;
    logger.info(
      `${file}: ${rows.toLocaleString("en-US")} rows read (${Math.round(rows / seconds).toLocaleString("en-US")} rows/s${bytes ? `, ${(bytes / 1048576).toFixed(0)} MiB` : ""})`,
    );
  };
}

/** A file that could not be read, as an error anomaly (anything but a data problem is rethrown). */
function readError(caught: unknown, file: string): Anomaly {
  let error = caught;
  // Resource limits hit by hostile input (nesting deeper than the stack, arrays too large)
  // are the data's problem, not a crash.
  if (error instanceof RangeError)
    error = new DataError("line-too-long", `the file exceeds a resource limit: ${error.message}`, {
      file,
    });
  if (!(error instanceof DataError)) throw error;
  const loc = error.location ?? {};
  return {
    code: error.code,
    severity: "error",
    message: error.message,
    file,
    ...(loc.line !== undefined ? { line: loc.line } : {}),
  };
}

/** The schema's dataset and column checks; each failed one is also an anomaly. */
function schemaChecks(
  schema: DataSchema,
  dataset: DatasetProfiler,
  checkers: Map<string, ColumnChecker>,
  anomalies: Anomaly[],
): SchemaCheckResult[] {
  const checks = datasetChecks(schema, [...dataset.columns.keys()], dataset.rows);
  for (const [name, checker] of checkers) checks.push(...checker.results(dataset.columns.get(name)!));
  for (const c of checks) {
    if (c.passed) continue;
    anomalies.push({
      code: `schema-${c.check}`,
      severity: c.severity,
      message: `${c.column ? `column '${c.column}': ` : ""}${c.check} failed: expected ${c.expected}${c.observed ? `, found ${c.observed}` : ""} (${c.failures} of ${c.checked} failed)`,
      ...(c.column ? { column: c.column } : {}),
      ...(c.samples[0]?.file ? { file: c.samples[0].file } : {}),
      ...(c.samples[0]?.line !== undefined ? { line: c.samples[0].line } : {}),
      count: c.failures,
    });
  }
  return checks;
}

/** Drift of every column the reference also has (datetimes excepted), and dataset drift by share. */
function measureDrift(
  reference: ReferenceProfile,
  dataset: DatasetProfiler,
  types: Map<string, ColumnType>,
  driftConfig: ReturnType<typeof parseDriftConfig>,
  driftShare: number,
): NonNullable<ValidationReport["drift"]> {
  const results: DriftResult[] = [];
  for (const [name, column] of dataset.columns) {
    const ref = reference.columns.get(name);
    if (!ref) continue;
    const type = types.get(name)!;
    if (type === "datetime") continue;
    const config = driftConfig.get(name) ?? driftConfig.get("*") ?? {};
    const r = columnDrift(name, type, driftSample(ref, type), driftSample(column, type), config);
    if (r) results.push(r);
  }
  const drifted = results.filter((r) => r.drifted).length;
  const share = results.length ? drifted / results.length : 0;
  return {
    reference: {
      kind: reference.kind,
      source: reference.source,
      fingerprint: reference.fingerprint,
      rows: reference.rows,
    },
    datasetDrift: results.length > 0 && share >= driftShare,
    driftedShare: share,
    shareThreshold: driftShare,
    columns: results,
  };
}

/** Whether the data passes under fail-on. */
function verdict(failOn: FailOn, anomalies: Anomaly[], driftDetected: boolean): boolean {
  const errors = anomalies.filter((a) => a.severity === "error").length;
  const warnings = anomalies.filter((a) => a.severity === "warning").length;
  if (failOn === "never") return true;
  if (failOn === "warning") return errors + warnings === 0;
  if (failOn === "drift") return errors === 0 && !driftDetected;
  return errors === 0;
}

/** The report and the inferred schema, where the options ask for them. */
async function writeValidationFiles(
  result: ValidateResult,
  options: ValidateOptions,
  cwd: string,
  logger: Logger,
): Promise<void> {
  if (options.report) {
    const file = path.resolve(cwd, options.report);
    await writeDocument("mlops.validation", file, result.report);
    result.reportPath = options.report;
  }
  if (options.writeSchema) {
    await writeJsonAtomic(
      path.resolve(cwd, options.writeSchema),
      inferSchema(result.report.profile, result.report.dataset.rows),
    );
    result.schemaPath = options.writeSchema;
    logger.info(`wrote the inferred schema to ${options.writeSchema}: review it and commit it`);
  }
}

/** Schema failures (with rows) and data errors as annotations on the file and line. */
function emitAnnotations(report: ValidationReport, logger: Logger, max: number): void {
  const items: { severity: "error" | "warning"; message: string; file?: string; line?: number }[] = [];
  for (const a of report.anomalies) {
    if (a.code.startsWith("schema-")) continue;
    if (a.severity === "info") continue;
    items.push({
      severity: a.severity,
      message: a.message,
      ...(a.file ? { file: a.file } : {}),
      ...(a.line !== undefined ? { line: a.line } : {}),
    });
  }
  for (const c of report.schema?.checks ?? []) {
    if (c.passed || c.severity === "info") continue;
    if (c.samples.length === 0) {
      items.push({
        severity: c.severity,
        message: `${c.column ? `column '${c.column}': ` : ""}${c.check}: expected ${c.expected}${c.observed ? `, found ${c.observed}` : ""}`,
      });
      continue;
    }
    for (const s of c.samples) {
      const value = s.value === null ? "a missing value" : JSON.stringify(s.value);
      items.push({
        severity: c.severity,
        message: `column '${c.column}': expected ${c.expected}, found ${value} (${c.check}; ${c.failures} row(s) fail)`,
        ...(s.file ? { file: s.file } : {}),
        ...(s.line !== undefined ? { line: s.line } : {}),
      });
    }
  }
  items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  for (const item of items.slice(0, max)) {
    const location = item.file
      ? { file: item.file, ...(item.line !== undefined ? { line: item.line } : {}) }
      : undefined;
    if (item.severity === "error") logger.error(item.message, location);
    else logger.warning(item.message, location);
  }
  if (items.length > max)
    logger.info(`… and ${items.length - max} more problem(s): see the report for all of them`);
}

function parseDriftConfig(
  raw: Record<string, { test?: string; threshold?: number | string }>,
): Map<string, { test?: DriftTest; threshold?: number }> {
  const out = new Map<string, { test?: DriftTest; threshold?: number }>();
  for (const [column, spec] of Object.entries(raw)) {
    if (!spec || typeof spec !== "object")
      throw new ConfigurationError(`validate.drift.${column}: expected { test, threshold }`, {
        code: "config-invalid",
      });
    const entry: { test?: DriftTest; threshold?: number } = {};
    for (const key of Object.keys(spec)) {
      if (key !== "test" && key !== "threshold")
        throw new ConfigurationError(
          `validate.drift.${column}: unknown key '${key}'; expected test or threshold`,
          { code: "config-invalid" },
        );
    }
    if (spec.test !== undefined) {
      if (!DRIFT_TESTS.includes(spec.test as DriftTest))
        throw new ConfigurationError(
          `validate.drift.${column}.test: expected one of ${DRIFT_TESTS.join(", ")}, found ${JSON.stringify(spec.test)}`,
          { code: "config-invalid" },
        );
      entry.test = spec.test as DriftTest;
    }
    if (spec.threshold !== undefined) {
      const t = Number(spec.threshold);
      if (!Number.isFinite(t) || t < 0)
        throw new ConfigurationError(
          `validate.drift.${column}.threshold: expected a non-negative number, found ${JSON.stringify(spec.threshold)}`,
          { code: "config-invalid" },
        );
      entry.threshold = t;
    }
    out.set(column, entry);
  }
  return out;
}

/** A column as the drift tests see it. */
export function driftSample(column: ColumnProfiler, type: ColumnType): DriftSample {
  const n = column.count;
  if (type === "integer" || type === "number") {
    const numericN = column.integers + column.decimals;
    const sample: DriftSample = {
      n: numericN,
      numeric: column.distribution.weighted(),
      std: column.moments.std(0) ?? 0,
    };
    const counts = column.distribution.valueCounts();
    if (counts) sample.counts = new Map([...counts].map(([v, c]) => [String(v), c]));
    return sample;
  }
  const freq = column.text;
  if (!freq.exact) return { n };
  const counts = new Map(freq.entries());
  const numeric = column.distribution.valueCounts();
  if (numeric) for (const [v, c] of numeric) counts.set(String(v), (counts.get(String(v)) ?? 0) + c);
  return { n, counts };
}

async function loadReference(
  options: ValidateOptions,
  cwd: string,
  logger: Logger,
  inline = false,
): Promise<ReferenceProfile> {
  const sources = options.reference!;
  if (sources.length === 1 && /\.json$/i.test(sources[0]!)) {
    const file = path.resolve(cwd, sources[0]!);
    const doc = await readJsonFile(file);
    if (doc && typeof doc === "object" && (doc as { kind?: unknown }).kind === "mlops.validation") {
      const saved = await parseDocument("mlops.validation", doc, sources[0]!);
      const columns = new Map<string, ColumnProfiler>();
      for (const [name, p] of Object.entries(saved.profile)) {
        if (!p.sketches)
          throw new ConfigurationError(
            `${sources[0]}: column '${name}' has no saved sketches; re-run validate-data on the reference data to save a usable profile`,
            { code: "reference-invalid", location: { file: sources[0]! } },
          );
        columns.set(name, ColumnProfiler.fromSketches(name, p.sketches as unknown as ColumnSketches));
      }
      logger.info(
        `reference: the saved profile in ${sources[0]} (${saved.dataset.rows.toLocaleString("en-US")} rows)`,
      );
      return {
        kind: "profile" as const,
        source: sources[0]!,
        fingerprint: saved.dataset.fingerprint,
        rows: saved.dataset.rows,
        columns,
        bytes: 0,
      };
    }
    throw new ConfigurationError(
      `${sources[0]}: expected a ValidationReport (kind mlops.validation) to use as reference, or a data file`,
      { code: "reference-invalid", location: { file: sources[0]! } },
    );
  }
  const files = await resolveFiles(sources, cwd);
  const format = options.referenceFormat ?? options.format;
  // Threads, or one CPU: CSV files are hashed here as they are read (see readData).
  const elsewhere = inline ? files.filter((f) => !isCsv(f, format)) : files;
  const fingerprints = elsewhere.length ? fingerprintFiles(elsewhere, cwd) : Promise.resolve([]);
  fingerprints.catch(() => {});
  const ref = new DatasetProfiler({
    format,
    delimiter: options.delimiter,
    maxRowBytes: options.maxRowBytes,
    maxColumns: options.maxColumns,
  });
  const hashed = new Map<string, { sha256: string; bytes: number }>();
  const started = performance.now();
  for (const file of files) {
    const at = openPath(file, cwd);
    try {
      if (inline && isCsv(file, format)) {
        const digest = new InlineDigest();
        await ref.read(at, { start: 0, end: Infinity, header: null, onBytes: digest.update });
        hashed.set(file, digest.digest());
      } else await ref.read(at);
    } catch (error) {
      if (error instanceof DataError)
        throw new ConfigurationError(`reference: ${error.message}`, {
          code: error.code,
          location: error.location,
        });
      throw error;
    }
  }
  const ms = performance.now() - started;
  const fromWorker = new Map((await fingerprints).map((f) => [f.path, f]));
  const digests = files.map((f) => ({ path: f, ...(hashed.get(f) ?? fromWorker.get(f)!) }));
  const inlineBytes = [...hashed.values()].reduce((n, d) => n + d.bytes, 0);
  logger.info(`reference: ${ref.rows.toLocaleString("en-US")} rows from ${files.length} file(s)`);
  return {
    kind: "data" as const,
    source: sources.join(", "),
    fingerprint: combineDigests(
      digests.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes ?? 0 })),
    ),
    rows: ref.rows,
    columns: ref.columns,
    bytes: digests.reduce((n, f) => n + (f.bytes ?? 0), 0),
    ...(inlineBytes > 1 << 20 && ms > 0 ? { parseRate: inlineBytes / ms } : {}),
  };
}

/** The `drift` input: a JSON or YAML mapping { column: { test, threshold } } ("*" for all). */
export async function parseDriftOption(
  text: string | undefined,
  source = "input 'drift'",
): Promise<ValidateOptions["drift"]> {
  if (text === undefined || text.trim() === "") return undefined;
  const { parseYamlWithLocations } = await import("@mlops/core");
  const { value } = await parseYamlWithLocations(text, source);
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError(
      `${source}: expected a mapping of column to { test, threshold }, e.g. {"delay": {"test": "psi", "threshold": 0.2}}`,
      { code: "input-invalid" },
    );
  }
  return value as ValidateOptions["drift"];
}
