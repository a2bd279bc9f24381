import { randomBytes } from "node:crypto";
import { createWriteStream, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  canonicalJson,
  ConfigurationError,
  digestTree,
  errorMessage,
  fingerprintPath,
  isConfigurationError,
  readMetricsFile,
  redactCommand,
  sha256Hex,
  writeDocument,
  writeJsonAtomic,
  type DataFingerprint,
  type FileDigest,
  type Logger,
  type Metrics,
  type RunContext,
  type RunRecord,
} from "@mlops/core";
import {
  codeNotes,
  computeCacheKey,
  describeKey,
  explainCache,
  explanationLine,
  rememberCreated,
} from "./cache-key.js";
import { runShellCommand, TIMEOUT_EXIT_CODE, type ShellRunResult } from "./command.js";
import { gitInfo } from "./git-info.js";
import { emptyReport, MlopsLineScanner, type ReportedValues } from "./metric-lines.js";
import type { TrainOptions } from "./options.js";
import { loadParams, type Params } from "./params.js";
import { copyPath, replaceWithCopy, RunCache, type CacheEntry, type RemoteRunCache } from "./run-cache.js";
import { displayPath } from "@mlops/core/markdown";
import { runStepEnv } from "@mlops/core/process";

/** Workflow artifacts (packages/github implements it over @actions/artifact). */
export interface ArtifactUploader {
  /** Uploads `files` (absolute, all below `rootDirectory`) as one artifact. */
  upload(
    name: string,
    rootDirectory: string,
    files: string[],
  ): Promise<{ id: number | null; size: number | null }>;
}

export interface TrainDeps {
  logger: Logger;
  ctx: RunContext;
  /** The command's base environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Where the command's output is streamed live (default: this process's stdout / stderr). */
  stdout?: (chunk: Buffer) => void;
  stderr?: (chunk: Buffer) => void;
  /** The Actions cache, when running inside Actions with it available. */
  remoteCache?: RemoteRunCache | null;
  /** Workflow artifacts; null or undefined outside Actions (the upload is skipped with a notice). */
  artifacts?: ArtifactUploader | null;
  /** Why there is no uploader, for that notice (default: not running inside GitHub Actions). */
  artifactsUnavailable?: string;
  /** Time between SIGTERM and SIGKILL when the process tree is stopped (default 10 s). */
  killGraceMs?: number;
}

export type RunStatus = RunRecord["status"];

export interface TrainResult {
  status: RunStatus;
  record: RunRecord;
  /** `.mlops/runs/<id>/`: run.json, metrics.json, params.json, logs.txt (and model/ when uploaded). */
  runDir: string;
  recordPath: string;
  /** The flattened metrics as JSON (`metrics.json` in the run directory). */
  metricsPath: string;
  metrics: Metrics;
  modelPath: string | null;
  fingerprint: string;
  cacheHit: boolean;
  artifactId: number | null;
  /** Why the step fails, and the exit code it ends with; null when it succeeded. */
  failure: { message: string; exitCode: number; error?: ConfigurationError } | null;
}

export function newRunId(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `${stamp}-${randomBytes(3).toString("hex")}`;
}

/** The run-cache key: sha256 over everything that determines the run's result. */
export function runFingerprint(parts: {
  command: string;
  workingDirectory: string;
  params: Params;
  data: readonly DataFingerprint[];
  code: string;
  modelPath: string | null;
  metricsFile: string | null;
}): string {
  return sha256Hex(
    canonicalJson({
      v: 1,
      command: parts.command,
      workingDirectory: parts.workingDirectory,
      params: parts.params,
      data: parts.data.map((d) => ({ path: d.path, sha256: d.sha256 })),
      code: parts.code,
      outputs: { model: parts.modelPath, metrics: parts.metricsFile },
    }),
  );
}

/**
 * The command as stored and shown: assignments' values (`API_KEY=…`), credential flags and
 * registered secrets become *** (core redactCommand). The run cache hashes the real command.
 */
function shownCommand(command: string): string {
  return redactCommand(command);
}

function firstLine(command: string): string {
  const line = command.split("\n")[0]!.trim();
  const more = command.trim().includes("\n") ? " …" : "";
  return (line.length > 100 ? line.slice(0, 99) + "…" : line) + more;
}

type Display = (p: string) => string;
type CacheKey = Awaited<ReturnType<typeof computeCacheKey>>;

/** The files of one run under .mlops/runs/<id>/. */
interface RunFiles {
  id: string;
  runDir: string;
  paramsPath: string;
  paramsJson: string;
  recordPath: string;
  metricsPath: string;
  logsPath: string;
}

/** What is known before the command runs: inputs, the run-cache key, where the run comes from. */
interface PreparedRun {
  params: Params;
  data: DataFingerprint[];
  cache: RunCache;
  key: CacheKey;
  git: RunRecord["git"];
  workflow: RunRecord["workflow"];
}

export async function runTraining(options: TrainOptions, deps: TrainDeps): Promise<TrainResult> {
  const { logger } = deps;
  const display: Display = (p) => displayPath(options.root, p);
  const stateDir = path.join(options.root, ".mlops");
  const id = newRunId();
  const runDir = path.join(stateDir, "runs", id);

  // Inputs first: nothing runs when one of them is wrong.
  const prepared = await prepareRun(options, deps, stateDir, display);
  const files = await createRunFiles(id, runDir, prepared.params);
  const uploader = new RunUploader(options, deps, files, display);

  if (options.cache) {
    const { key, cache } = prepared;
    const entry = await cache.lookup(key.fingerprint);
    const usable = entry && Boolean(entry.meta.model) === Boolean(options.modelPath);
    logger.info(explanationLine(key, await explainCache(key, cache), Boolean(usable)));
    if (entry && usable) return await restoreFromCache(entry, options, deps, prepared, files, uploader);
  }

  const command = await runCommand(options, deps, files, prepared);
  const { run, report } = command;
  const { status, failure, metrics, model } = await judgeRun(options, command, display);
  const record: RunRecord = {
    kind: "mlops.run",
    version: 1,
    id,
    status,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    durationMs: Math.round(run.durationMs),
    // Stored and shown (run record, registry branch, summary, PR comment): values redacted.
    command: shownCommand(options.command),
    workingDirectory: display(options.workingDirectory),
    exitCode: run.exitCode,
    git: prepared.git,
    workflow: prepared.workflow,
    params: prepared.params,
    metrics,
    data: prepared.data,
    model,
    fingerprint: prepared.key.fingerprint,
    fingerprintInputs: prepared.key.inputs,
    cacheHit: false,
    resources: run.resources,
    environment: environment(deps.ctx, report),
  };
  await writeDocument("mlops.run", files.recordPath, record);
  await writeJsonAtomic(files.metricsPath, metrics);
  logger.info(
    `run ${id}: ${status} in ${(run.durationMs / 1000).toFixed(1)} s; run record ${display(files.recordPath)}`,
  );
  if (status === "succeeded" && options.cache) await saveToCache(options, prepared, files, record, logger);

  const artifactId = await uploader.upload(
    status === "succeeded",
    status === "succeeded" ? options.modelPath : undefined,
  );
  return {
    status,
    record,
    runDir,
    recordPath: files.recordPath,
    metricsPath: files.metricsPath,
    metrics,
    modelPath: model ? options.modelPath! : null,
    fingerprint: prepared.key.fingerprint,
    cacheHit: false,
    artifactId,
    failure: failure ?? uploader.failure,
  };
}

/** Params, data fingerprints, the run-cache key (the log says what counted as code), git and workflow. */
async function prepareRun(
  options: TrainOptions,
  deps: TrainDeps,
  stateDir: string,
  display: Display,
): Promise<PreparedRun> {
  const { logger, ctx } = deps;
  const { params, source: paramsSource } = await loadParams(options.params, options.workingDirectory);
  const dataPaths = await expandData(options.data, display);
  const data = await fingerprintData(dataPaths, display);
  // The run-cache key over every component (cache-key.ts); the log says what counted as code.
  const cache = new RunCache(stateDir, logger, options.cache ? (deps.remoteCache ?? null) : null);
  const key = await computeCacheKey(
    { ...options, declaredCode: options.code, params, data, dataPaths },
    cache,
  );
  logger.info(describeKey(key, paramsSource ?? null));
  for (const note of codeNotes(key)) logger.info(note);
  const git = await gitInfo(options.workingDirectory, ctx, key.code.dirty);
  const workflow = ctx.inActions
    ? {
        runId: ctx.runId,
        runAttempt: ctx.runAttempt,
        job: ctx.job,
        workflow: ctx.workflow,
        eventName: ctx.eventName,
        actor: ctx.actor,
        serverUrl: ctx.serverUrl,
      }
    : null;
  return { params, data, cache, key, git, workflow };
}

/** The run directory with params.json written; the paths of its other files. */
async function createRunFiles(id: string, runDir: string, params: Params): Promise<RunFiles> {
  await fs.mkdir(runDir, { recursive: true });
  const paramsPath = path.join(runDir, "params.json");
  const paramsJson = JSON.stringify(params, null, 2) + "\n";
  await fs.writeFile(paramsPath, paramsJson);
  return {
    id,
    runDir,
    paramsPath,
    paramsJson,
    recordPath: path.join(runDir, "run.json"),
    metricsPath: path.join(runDir, "metrics.json"),
    logsPath: path.join(runDir, "logs.txt"),
  };
}

/** The command's environment: this process's, minus what actions get and `run:` steps do not. */
function commandEnv(options: TrainOptions, deps: TrainDeps, files: RunFiles): NodeJS.ProcessEnv {
  const env = runStepEnv(deps.env ?? process.env);
  env.MLOPS_PARAMS = files.paramsPath;
  env.MLOPS_RUN_ID = files.id;
  env.MLOPS_RUN_DIR = files.runDir;
  if (options.modelPath) env.MLOPS_MODEL_PATH = options.modelPath;
  if (options.metricsFile) env.MLOPS_METRICS_FILE = options.metricsFile;
  return env;
}

/** The command's run, what it reported on ::mlops lines, and its outputs as they were before. */
interface CommandRun {
  run: ShellRunResult;
  report: ReportedValues;
  /** The outputs' signatures before the command started. */
  before: Map<string, string | null>;
}

/** Runs the command with its output streamed, logged to logs.txt and scanned for ::mlops lines. */
async function runCommand(
  options: TrainOptions,
  deps: TrainDeps,
  files: RunFiles,
  prepared: PreparedRun,
): Promise<CommandRun> {
  const { logger, ctx } = deps;
  const report = emptyReport();
  const log = createWriteStream(files.logsPath);
  const outScan = new MlopsLineScanner("stdout", report);
  const errScan = new MlopsLineScanner("stderr", report);
  const toStdout = deps.stdout ?? ((c: Buffer) => process.stdout.write(c));
  const toStderr = deps.stderr ?? ((c: Buffer) => process.stderr.write(c));
  // A model or metrics file left by an earlier run must not pass for this run's output: what
  // the command did not rewrite is reported after it (nothing of the user's is deleted).
  const before = new Map<string, string | null>();
  for (const p of [options.modelPath, options.metricsFile]) if (p) before.set(p, await outputSignature(p));

  const run: ShellRunResult = await logger.group(`Run: ${firstLine(shownCommand(options.command))}`, () =>
    runShellCommand({
      command: options.command,
      cwd: options.workingDirectory,
      env: commandEnv(options, deps, files),
      timeoutMs: options.timeoutMinutes * 60_000,
      killGraceMs: deps.killGraceMs ?? 10_000,
      tempDir: ctx.runnerTemp ?? os.tmpdir(),
      onStdout: (chunk) => {
        toStdout(chunk);
        log.write(chunk);
        outScan.write(chunk);
      },
      onStderr: (chunk) => {
        toStderr(chunk);
        log.write(chunk);
        errScan.write(chunk);
      },
      onTimeout: () =>
        logger.error(
          `the command exceeded timeout-minutes (${options.timeoutMinutes}); stopping its process tree (SIGTERM, then SIGKILL)`,
        ),
    }),
  );
  outScan.end();
  errScan.end();
  await rememberCreated(prepared.key, prepared.cache);
  await new Promise<void>((resolve, reject) =>
    log.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  for (const w of report.warnings) logger.warning(`${w.where}: ${w.message}`);
  return { run, report, before };
}

/** How the run went: its status, why it fails the step, its metrics and its model. */
async function judgeRun(
  options: TrainOptions,
  { run, report, before }: CommandRun,
  display: Display,
): Promise<{
  status: RunStatus;
  failure: TrainResult["failure"];
  metrics: Metrics;
  model: RunRecord["model"];
}> {
  if (run.timedOut) {
    return {
      status: "timed-out",
      failure: {
        message: `the command exceeded timeout-minutes (${options.timeoutMinutes}) and was stopped with its whole process tree`,
        exitCode: TIMEOUT_EXIT_CODE,
      },
      metrics: { ...report.metrics },
      model: null,
    };
  }
  if (run.interrupted) {
    return {
      status: "failed",
      failure: { message: `the run was cancelled (${run.interrupted})`, exitCode: run.exitCode || 130 },
      metrics: { ...report.metrics },
      model: null,
    };
  }
  if (run.exitCode !== 0) {
    return {
      status: "failed",
      failure: {
        message: `the command failed with exit code ${run.exitCode}${run.signal ? ` (killed by ${run.signal})` : ""}`,
        exitCode: run.exitCode,
      },
      metrics: { ...report.metrics },
      model: null,
    };
  }
  let metrics: Metrics = { ...report.metrics };
  try {
    for (const [p, signature] of before) {
      if (signature !== null && signature === (await outputSignature(p))) {
        const what = p === options.modelPath ? "model-path" : "metrics-file";
        throw new ConfigurationError(
          `${what} ${display(p)} was not written by this run: it is unchanged since before the command started (left over from an earlier run?); the command must write it`,
          { code: "output-stale", location: { file: display(p) } },
        );
      }
    }
    metrics = await collectMetrics(options.metricsFile, report, display);
    const model = options.modelPath
      ? { path: display(options.modelPath), files: await modelFiles(options.modelPath) }
      : null;
    return { status: "succeeded", failure: null, metrics, model };
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    return {
      status: "failed",
      failure: { message: error.message, exitCode: 1, error },
      metrics,
      model: null,
    };
  }
}

/** A succeeded run goes into the run cache (and the Actions cache when there is one). */
async function saveToCache(
  options: TrainOptions,
  prepared: PreparedRun,
  files: RunFiles,
  record: RunRecord,
  logger: Logger,
): Promise<void> {
  const { fingerprint } = prepared.key;
  const saved = await prepared.cache.save(fingerprint, {
    record,
    metricsJson: JSON.stringify(record.metrics, null, 2) + "\n",
    paramsJson: files.paramsJson,
    logs: files.logsPath,
    model: options.modelPath ?? null,
    metricsSource: options.metricsFile ?? null,
  });
  logger.info(
    `run cache: ${saved.local ? "saved" : "an entry already existed for"} ${fingerprint.slice(0, 12)}${saved.remote === null ? "" : saved.remote ? " (and to the Actions cache)" : " (the Actions cache did not take it)"}`,
  );
}

/** A cache hit: the model, metrics and logs of the earlier run restored; the command does not run. */
async function restoreFromCache(
  entry: CacheEntry,
  options: TrainOptions,
  deps: TrainDeps,
  prepared: PreparedRun,
  files: RunFiles,
  uploader: RunUploader,
): Promise<TrainResult> {
  const started = new Date();
  const t0 = performance.now();
  const original = entry.record;
  deps.logger.info(
    `run cache: hit (${entry.from}) — restoring model, metrics and run record of run ${original.id}; the command is not run`,
  );
  if (options.modelPath && entry.meta.model) {
    const src = path.join(entry.dir, "model", entry.meta.model.kind === "file" ? entry.meta.model.name : "");
    await replaceWithCopy(src, options.modelPath);
  }
  if (options.metricsFile && entry.meta.metricsSource) {
    await replaceWithCopy(
      path.join(entry.dir, "metrics-source", entry.meta.metricsSource),
      options.metricsFile,
    );
  }
  await copyPath(path.join(entry.dir, "logs.txt"), files.logsPath).catch(() =>
    fs.writeFile(files.logsPath, ""),
  );
  const record: RunRecord = {
    ...original,
    id: files.id,
    status: "cached",
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - t0),
    exitCode: null,
    git: prepared.git,
    workflow: prepared.workflow,
    fingerprintInputs: prepared.key.inputs,
    cacheHit: true,
    resources: null,
    restoredFrom: {
      id: original.id,
      startedAt: original.startedAt,
      finishedAt: original.finishedAt,
      git: original.git,
      workflow: original.workflow,
    },
  };
  await writeDocument("mlops.run", files.recordPath, record);
  await writeJsonAtomic(files.metricsPath, original.metrics);
  const artifactId = await uploader.upload(true, options.modelPath);
  return {
    status: "cached",
    record,
    runDir: files.runDir,
    recordPath: files.recordPath,
    metricsPath: files.metricsPath,
    metrics: original.metrics,
    modelPath: options.modelPath ?? null,
    fingerprint: prepared.key.fingerprint,
    cacheHit: true,
    artifactId,
    failure: uploader.failure,
  };
}

/** Uploads the run's files as the workflow artifact; remembers an upload that fails the step. */
class RunUploader {
  /** Set when the upload fails after a successful (or restored) run. */
  failure: TrainResult["failure"] = null;

  constructor(
    private readonly options: TrainOptions,
    private readonly deps: TrainDeps,
    private readonly files: RunFiles,
    private readonly display: Display,
  ) {}

  async upload(succeeded: boolean, modelSource: string | undefined): Promise<number | null> {
    const { options, deps, display } = this;
    const { runDir, recordPath, metricsPath, paramsPath, logsPath } = this.files;
    if (!options.artifactName) return null;
    if (!deps.artifacts) {
      const why =
        deps.artifactsUnavailable ??
        "not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL)";
      deps.logger.notice(
        `${why}: artifact '${options.artifactName}' not uploaded; the run's files are in ${display(runDir)}`,
      );
      return null;
    }
    const files = [recordPath, metricsPath, paramsPath, logsPath];
    try {
      if (modelSource) {
        const staged = path.join(
          runDir,
          "model",
          (await fs.stat(modelSource)).isDirectory() ? "" : path.basename(modelSource),
        );
        await copyPath(modelSource, staged);
        for (const f of await digestTree(path.join(runDir, "model")))
          files.push(path.join(runDir, "model", f.path));
      }
      const result = await deps.artifacts.upload(options.artifactName, runDir, files);
      deps.logger.info(
        `uploaded artifact '${options.artifactName}' (${files.length} files${result.id === null ? "" : `, id ${result.id}`})`,
      );
      return result.id;
    } catch (error) {
      const message = `artifact upload '${options.artifactName}' failed: ${errorMessage(error)}`;
      if (succeeded) {
        this.failure = {
          message: `${message}${options.cache ? ". The run is cached: re-running the job restores it and retries the upload" : ""}`,
          exitCode: 1,
        };
      } else deps.logger.warning(message);
      return null;
    }
  }
}

/** `data` entries with glob characters (`*`, `?`, `[`, `{`) become the files they match, sorted. */
/** Each data path's fingerprint; a path that does not exist is the user's mistake, said so. */
export async function fingerprintData(
  dataPaths: readonly string[],
  display: Display,
): Promise<DataFingerprint[]> {
  const data: DataFingerprint[] = [];
  for (const d of dataPaths) {
    try {
      data.push(await fingerprintPath(d, display(d)));
    } catch (error) {
      if (isConfigurationError(error) && error.code === "file-not-found") {
        throw new ConfigurationError(`input 'data': ${display(d)} does not exist (resolved to ${d})`, {
          code: "data-missing",
          location: { file: display(d) },
        });
      }
      throw error;
    }
  }
  return data;
}

export async function expandData(
  entries: readonly string[],
  display: (p: string) => string,
): Promise<string[]> {
  const out: string[] = [];
  for (const entry of entries) {
    if (!/[*?[{]/.test(entry)) {
      out.push(entry);
      continue;
    }
    const matches: string[] = [];
    for await (const match of fs.glob(entry)) matches.push(path.resolve(match));
    if (matches.length === 0) {
      throw new ConfigurationError(`input 'data': the pattern ${display(entry)} matches no files`, {
        code: "data-missing",
        location: { file: display(entry) },
      });
    }
    out.push(...matches.sort());
  }
  return [...new Set(out)];
}

async function collectMetrics(
  metricsFile: string | undefined,
  report: ReportedValues,
  display: (p: string) => string,
): Promise<Metrics> {
  if (report.errors.length) {
    const first = report.errors[0]!;
    const all = report.errors.map((e) => `${e.where}: ${e.message}`).join("; ");
    throw new ConfigurationError(`::mlops metric lines: ${all}`, {
      code: "metric-invalid",
      location: first.key ? { column: first.key } : {},
    });
  }
  const metrics: Metrics = { ...report.metrics };
  if (metricsFile) {
    try {
      await fs.access(metricsFile);
    } catch {
      throw new ConfigurationError(
        `metrics-file ${display(metricsFile)} was not written by the command (resolved to ${metricsFile}); write it there or fix metrics-file`,
        { code: "metrics-missing", location: { file: display(metricsFile) } },
      );
    }
    for (const [k, v] of Object.entries(await readMetricsFile(metricsFile))) {
      Object.defineProperty(metrics, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  return metrics;
}

/** What identifies a file or directory tree's current state (paths, sizes, mtimes, inodes); null if missing. */
async function outputSignature(target: string): Promise<string | null> {
  const stat = await fs.lstat(target).catch(() => null);
  if (!stat) return null;
  const parts: string[] = [];
  const add = (rel: string, s: { size: number; mtimeMs: number; ino: number }) =>
    parts.push(`${rel}\0${s.size}\0${s.mtimeMs}\0${s.ino}`);
  add(".", stat);
  if (stat.isDirectory()) {
    const walk = async (dir: string, prefix: string): Promise<void> => {
      for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        const rel = `${prefix}${entry.name}`;
        const s = await fs.lstat(full).catch(() => null);
        if (!s) continue;
        add(rel, s);
        if (s.isDirectory()) await walk(full, `${rel}/`);
      }
    };
    await walk(target, "");
  }
  return parts.sort().join("\n");
}

async function modelFiles(modelPath: string): Promise<FileDigest[]> {
  const stat = await fs.stat(modelPath).catch(() => null);
  if (!stat) {
    throw new ConfigurationError(
      `model-path ${modelPath} does not exist after the command finished: the command must write the model there (or fix model-path; it is relative to working-directory)`,
      { code: "model-missing", location: { file: modelPath } },
    );
  }
  const files = await digestTree(modelPath);
  if (files.length === 0) {
    throw new ConfigurationError(`model-path ${modelPath} is an empty directory after the command finished`, {
      code: "model-missing",
      location: { file: modelPath },
    });
  }
  return files;
}

function environment(ctx: RunContext, report: ReportedValues): RunRecord["environment"] {
  const env = process.env;
  const runnerParts = [env.RUNNER_ENVIRONMENT, env.ImageOS, env.ImageVersion].filter(Boolean);
  return {
    os: `${process.platform} ${os.release()}`,
    arch: process.arch,
    node: process.version,
    runner: runnerParts.length ? runnerParts.join(" ") : ctx.runnerOs,
    tools: report.tools,
  };
}
