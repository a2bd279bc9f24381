import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ConfigurationError,
  writeDocument,
  type Comparison,
  type Logger,
  type Metrics,
  type MetricComparison,
  type RunContext,
} from "@mlops/core";
import { displayPath } from "@mlops/core/markdown";
import type { Registry } from "@mlops/registry";
import {
  parseBaselineSpec,
  readMetricsSource,
  resolveBaseline,
  type BaselineSpec,
  type ResolvedBaseline,
} from "./baseline.js";
import { pairedBootstrap, pointEstimates, type BootstrapResult } from "./bootstrap.js";
import { BinaryEvaluator, summarizeResiduals } from "./evaluators.js";
import { checkGate, defaultGreaterIsBetter, type Gate, type SignificanceTest } from "./gates.js";
import { delongOf, mcnemar, type DeLongResult, type McNemarResult } from "./paired-tests.js";
import type { PredictCommand } from "./predict.js";
import { readPredictions, type PredictionTable } from "./predictions.js";
import { scoreOnEvaluationRows, type EvaluationRowsMode, type RescoreResult } from "./rescore.js";
import { normalSf } from "./stats.js";
import {
  evaluatorFor,
  orderByCandidateScore,
  prepareTask,
  subsetTask,
  type PreparedTask,
  type TaskOptions,
} from "./task.js";
import { renderComparisonSummary } from "./summary.js";
import { ModelScans, type ModelScanMode } from "./scan-models.js";
import { Scratch } from "./scratch.js";

export type EvaluationSet = NonNullable<Comparison["evaluation"]>;

/** Where cached baseline scores live, under the working directory. */
export const DEFAULT_CACHE_DIR = ".mlops/cache";

/*
 * The evaluate-against-baseline step: one function used by the action, `mlops evaluate` and
 * `mlops run`. Inputs are already typed; the world (logger, registry, clock) comes in as deps.
 */

export interface EvaluateOptions {
  model: string | null;
  /** Metrics file (JSON/YAML/CSV) or RunRecord of the candidate. */
  candidateMetrics?: string | undefined;
  candidatePredictions?: string | undefined;
  /** none | alias | version | file. */
  baseline: string;
  baselinePredictions?: string | undefined;
  gates: Gate[];
  /** Default significance level for gates with a change rule (paired predictions only). */
  significance: number | null;
  resamples: number;
  seed: number;
  /** Confidence level of intervals. */
  level: number;
  columns: TaskOptions;
  format?: string | undefined;
  /** Where the Comparison JSON is written. */
  output: string;
  cwd: string;
  /**
   * The predict command (mlops.yml `predict:`). With a registry baseline it scores the baseline
   * on the evaluation rows (like-for-like); without it the baseline's registered metrics are
   * compared, and the Comparison says that this is not like-for-like.
   */
  predict?: PredictCommand | null | undefined;
  /** Evaluation rows for predict: files, directories or globs (evaluate.dataset). */
  dataset?: string[] | undefined;
  /**
   * candidate (default with candidate-predictions): the dataset rows the candidate's predictions
   * cover, by id-column. dataset (default otherwise): every dataset row, the candidate scored
   * with predict from candidateModel.
   */
  evaluationRows?: EvaluationRowsMode | undefined;
  /** The candidate's model file or directory (train's model-path), for predict. */
  candidateModel?: string | undefined;
  /** Cache of baseline scores (default .mlops/cache). */
  cacheDir?: string | undefined;
  /**
   * Scan each side's model files with @mlops/scan before the predict command loads them
   * (default fail: a dangerous or unscannable file stops the step).
   */
  modelScan?: ModelScanMode | undefined;
}

export interface EvaluateDeps {
  logger: Logger;
  ctx?: RunContext;
  openRegistry?: () => Promise<Registry>;
  now?: () => Date;
  /** The environment predict commands start from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Scratch space (default the runner's temp directory, else the OS's). */
  tempDir?: string;
}

export interface EvaluateResult {
  comparison: Comparison;
  file: string;
  summary: string;
  /** Time spent in predict commands (0 when nothing was scored: no command, or cached scores). */
  predictMs: number;
}

const SLICE_DEFAULT_METRICS = [
  "accuracy",
  "f1",
  "roc_auc",
  "log_loss",
  "f1_macro",
  "roc_auc_ovr",
  "rmse",
  "mae",
  "r2",
];
const MAX_SLICE_VALUES = 1000;

interface PairedStats {
  rows: number;
  candidate: Metrics;
  baseline: Metrics | null;
  boot: BootstrapResult | null;
  delong: DeLongResult | null;
  mcnemar: McNemarResult | null;
}

/** Point metrics and the paired bootstrap; the evaluators are released when it returns. */
function resampled(
  prepared: PreparedTask,
  options: EvaluateOptions,
  seed: number,
): Pick<PairedStats, "candidate" | "baseline" | "boot" | "delong"> {
  // The baseline first: its argsort's scratch is freed before the candidate's evaluator exists.
  // Without slices nothing reads the scores after this: the evaluators take them over.
  const consume = { consumeScore: prepared.slices.length === 0 };
  const base = prepared.baseline ? evaluatorFor(prepared, prepared.baseline, consume) : null;
  const cand = evaluatorFor(prepared, prepared.candidate, consume);
  // One weight buffer for the resamples and the point estimates (from the task's spent buffers).
  const weights = prepared.pool?.take(Uint8Array, prepared.rows);
  const boot =
    options.resamples > 0
      ? pairedBootstrap(prepared.rows, cand, base, {
          resamples: options.resamples,
          seed,
          level: options.level,
          ...(weights ? { weights } : {}),
        })
      : null;
  const candidate = pointEstimates(prepared.rows, cand, weights);
  const baseline = base ? pointEstimates(prepared.rows, base, weights) : null;
  // DeLong's test last: the candidate's losses are spent, and its scratch.
  const dl =
    base instanceof BinaryEvaluator && cand instanceof BinaryEvaluator
      ? delongOf(cand, base, cand.releaseLoss() ?? prepared.pool?.take(Float64Array, prepared.rows))
      : null;
  return { candidate, baseline, boot, delong: dl };
}

function pairedStats(t: PreparedTask, options: EvaluateOptions, seed: number): PairedStats {
  const prepared = orderByCandidateScore(t);
  const stats: PairedStats = { rows: t.rows, ...resampled(prepared, options, seed), mcnemar: null };
  const c = prepared.candidate;
  const b = prepared.baseline;
  if (c.task === "binary" && b?.task === "binary") {
    stats.mcnemar = discordant(prepared.y as Uint8Array, c.pred, b.pred);
  } else if (c.task === "multiclass" && b?.task === "multiclass") {
    stats.mcnemar = discordant(prepared.y as Int32Array, c.pred, b.pred);
  }
  return stats;
}

function discordant(y: ArrayLike<number>, a: ArrayLike<number>, b: ArrayLike<number>): McNemarResult {
  let aOnly = 0;
  let bOnly = 0;
  for (let i = 0; i < y.length; i++) {
    const ra = a[i] === y[i];
    const rb = b[i] === y[i];
    if (ra && !rb) aOnly++;
    else if (rb && !ra) bOnly++;
  }
  return mcnemar(aOnly, bOnly, { exact: true });
}

function significanceFor(
  stats: PairedStats | null,
  metric: string,
  greaterIsBetter: boolean,
): SignificanceTest | null {
  if (!stats || !stats.baseline) return null;
  return (margin) => {
    if ((metric === "roc_auc" || metric === "auc") && stats.delong && stats.delong.variance > 0) {
      const d = greaterIsBetter
        ? stats.delong.aucA - stats.delong.aucB
        : stats.delong.aucB - stats.delong.aucA;
      return { pValue: normalSf((d - margin) / Math.sqrt(stats.delong.variance)), method: "DeLong" };
    }
    if (metric === "accuracy" && margin === 0 && stats.mcnemar && greaterIsBetter) {
      return {
        pValue: stats.mcnemar.pValueAGreater,
        method: stats.mcnemar.method === "mcnemar" ? "McNemar" : "exact McNemar",
      };
    }
    const p = stats.boot?.pValue(metric, margin, greaterIsBetter);
    return p === null || p === undefined
      ? null
      : { pValue: p, method: `paired bootstrap, ${stats.boot!.resamples} resamples` };
  };
}

function testFor(stats: PairedStats | null, metric: string): MetricComparison["test"] {
  if (!stats?.baseline) return null;
  if ((metric === "roc_auc" || metric === "auc") && stats.delong) {
    return { name: "delong", statistic: finiteOrNull(stats.delong.z), pValue: stats.delong.pValue };
  }
  if (metric === "accuracy" && stats.mcnemar) {
    return { name: stats.mcnemar.method, statistic: stats.mcnemar.statistic, pValue: stats.mcnemar.pValue };
  }
  if (stats.boot && metric in stats.candidate && metric in stats.baseline) {
    const up = stats.boot.pValue(metric, 0, true);
    const down = stats.boot.pValue(metric, 0, false);
    if (up === null || down === null) return null;
    return { name: "paired-bootstrap", statistic: null, pValue: Math.min(1, 2 * Math.min(up, down)) };
  }
  return null;
}

/** How a registered baseline value in a paired comparison is named in messages. */
export const REGISTERED_NOTE = "its registered value, measured on other rows, not re-scored";

const finiteOrNull = (v: number | undefined | null): number | null =>
  v === undefined || v === null || !Number.isFinite(v) ? null : v;

function metricRow(
  name: string,
  slice: { column: string; value: string } | null,
  candidate: number | undefined,
  baseline: number | undefined,
  hasBaseline: boolean,
  gate: Gate | undefined,
  stats: PairedStats | null,
  context: { options: EvaluateOptions; unpaired: string | undefined; paired: boolean },
): MetricComparison {
  const { options } = context;
  // In a paired comparison a baseline value the predictions did not give is the registered one.
  const source: MetricComparison["baselineSource"] =
    baseline === undefined
      ? undefined
      : context.paired && stats?.baseline && name in stats.baseline
        ? "same-rows"
        : "registered";
  const gib = gate?.greaterIsBetter ?? defaultGreaterIsBetter(name) ?? null;
  const c = candidate;
  const b = baseline;
  const bothFinite = c !== undefined && b !== undefined && Number.isFinite(c) && Number.isFinite(b);
  const delta = bothFinite ? c - b : null;
  const row: MetricComparison = {
    name,
    slice,
    candidate: finiteOrNull(c),
    baseline: finiteOrNull(b),
    delta: finiteOrNull(delta),
    relativeDelta: bothFinite && b !== 0 ? finiteOrNull((c - b) / Math.abs(b)) : null,
    greaterIsBetter: gib,
    interval: null,
    test: testFor(stats, name),
    gate: null,
    status: "info",
    ...(source ? { baselineSource: source } : {}),
  };
  if (stats?.boot && name in stats.candidate) {
    const iv = stats.boot.intervals(name);
    row.interval = {
      level: options.level,
      method: `paired Poisson bootstrap, ${stats.boot.resamples} resamples, percentile`,
      candidate: iv.candidate,
      baseline: stats.baseline && name in stats.baseline ? iv.baseline : null,
      delta: stats.baseline && name in stats.baseline ? iv.delta : null,
    };
  }
  if (gate) {
    // Said plainly when a paired comparison's change rule meets a registered baseline value.
    const otherRows = context.paired && source === "registered";
    const unpaired = otherRows
      ? `${name} is not computed from predictions (its baseline is ${REGISTERED_NOTE}), so it has no paired test; drop significance from its gate`
      : context.unpaired;
    const outcome = checkGate(gate, {
      candidate: c,
      baseline: b,
      significance: significanceFor(stats, name, gate.greaterIsBetter),
      defaultSignificance: stats?.baseline && !otherRows ? options.significance : null,
      ...(unpaired ? { unpaired } : {}),
    });
    row.gate = {
      threshold: gate.threshold,
      minAbsoluteChange: gate.minAbsoluteChange,
      minRelativeChange: gate.minRelativeChange,
      significance: gate.significance ?? (stats?.baseline && !otherRows ? options.significance : null),
      rules: outcome.rules.map((r) => ({
        ...r,
        expected: finiteOrNull(r.expected),
        actual: finiteOrNull(r.actual),
        ...(otherRows && r.rule !== "threshold" && r.actual !== null
          ? { message: `${r.message} (baseline: ${REGISTERED_NOTE})` }
          : {}),
      })),
    };
    row.status = outcome.status;
  } else if (c === undefined) row.status = "missing";
  else if (hasBaseline && b === undefined) row.status = "new";
  return row;
}

async function readCandidate(options: EvaluateOptions): Promise<CandidateInfo> {
  if (!options.candidateMetrics) return { metrics: {}, runId: null, gitSha: null };
  const src = await readMetricsSource(options.candidateMetrics, options.cwd);
  return {
    metrics: src.metrics,
    runId: src.runId,
    gitSha: src.gitSha,
    ...(src.params ? { params: src.params } : {}),
    ...(src.modelPath ? { modelPath: src.modelPath } : {}),
  };
}

interface CandidateInfo {
  metrics: Metrics;
  runId: string | null;
  gitSha: string | null;
  params?: Record<string, unknown>;
  /** The RunRecord's model files (relative to the workspace), scanned when they are here. */
  modelPath?: string;
}

/** The inputs that contradict each other, before anything is read. */
function checkInputs(options: EvaluateOptions): BaselineSpec {
  if (options.baselinePredictions && !options.candidatePredictions) {
    throw new ConfigurationError("baseline-predictions need candidate-predictions on the same rows", {
      code: "input-missing",
    });
  }
  const spec = parseBaselineSpec(options.baseline, options.cwd);
  if (spec.kind === "none" && options.baselinePredictions) {
    throw new ConfigurationError("baseline: none contradicts baseline-predictions; drop one of them", {
      code: "input-invalid",
    });
  }
  return spec;
}

async function resolveFor(
  spec: BaselineSpec,
  options: EvaluateOptions,
  deps: EvaluateDeps,
): Promise<ResolvedBaseline | null> {
  const registryWithoutModel = (spec.kind === "alias" || spec.kind === "version") && !options.model;
  if (registryWithoutModel && options.baselinePredictions) {
    deps.logger.info(
      `baseline: no model name, so the registry is not consulted; the baseline is ${options.baselinePredictions}`,
    );
    return null;
  }
  return resolveBaseline(spec, {
    model: options.model,
    cwd: options.cwd,
    logger: deps.logger,
    ...(deps.openRegistry ? { openRegistry: deps.openRegistry } : {}),
  });
}

interface SliceStats {
  column: string;
  value: string;
  stats: PairedStats;
}

/** What the predictions gave: paired statistics, slices, and which rows each side was scored on. */
interface PredictionsOutcome {
  stats: PairedStats;
  sliceStats: SliceStats[];
  confusion?: { classes: string[]; matrix: number[][]; baseline?: number[][] };
  residuals?: Residuals;
  scored: RescoreResult | null;
}

/** Whether evaluate scores with the predict command, and on which rows. */
function predictPlan(
  options: EvaluateOptions,
  resolved: ResolvedBaseline | null,
): { rows: EvaluationRowsMode; baseline: ResolvedBaseline | null } | null {
  if (!options.predict || options.baselinePredictions) return null;
  const rows = options.evaluationRows ?? (options.candidatePredictions ? "candidate" : "dataset");
  const baseline = resolved?.download ? resolved : null;
  const scoresCandidate = rows === "dataset" && !!options.candidateModel;
  return baseline || scoresCandidate ? { rows, baseline } : null;
}

async function readPredictionFiles(
  options: EvaluateOptions,
  resolved: ResolvedBaseline | null,
  deps: EvaluateDeps & { scans: ModelScans },
  workDir: string,
): Promise<{ ct: PredictionTable; bt: PredictionTable | null; scored: RescoreResult | null } | null> {
  const abs = (f: string) => path.resolve(options.cwd, f);
  // Messages name the files as the user gave them.
  let ct: PredictionTable | null = options.candidatePredictions
    ? await readPredictions(abs(options.candidatePredictions), options.columns, options.format, {
        display: options.candidatePredictions,
      })
    : null;
  // The baseline is read straight into the candidate's row order, joined on the id column.
  const alignTo = options.columns.id ? ct : null;
  let bt: PredictionTable | null = options.baselinePredictions
    ? await readPredictions(abs(options.baselinePredictions), options.columns, options.format, {
        alignTo,
        display: options.baselinePredictions,
      })
    : null;
  const plan = predictPlan(options, resolved);
  let scored: RescoreResult | null = null;
  if (plan && options.predict) {
    scored = await scoreOnEvaluationRows(
      {
        predict: options.predict,
        dataset: options.dataset ?? [],
        rows: plan.rows,
        candidateModel: options.candidateModel,
        idColumn: options.columns.id,
        cwd: options.cwd,
        cacheDir: path.resolve(options.cwd, options.cacheDir ?? DEFAULT_CACHE_DIR),
        workDir,
      },
      plan.baseline,
      ct,
      {
        logger: deps.logger,
        tempDir: workDir,
        ...(deps.env ? { env: deps.env } : {}),
        beforeLoad: (run) => scanBeforeLoad(deps.scans, run, options, resolved),
      },
    );
    const format = options.predict.format;
    if (scored.candidateFile) {
      ct = await readPredictions(scored.candidateFile, options.columns, format, {
        display: "the candidate's predictions",
      });
    }
    if (scored.baselineFile) {
      bt = await readPredictions(scored.baselineFile, options.columns, format, {
        alignTo: options.columns.id ? ct : null,
        display: displayPath(options.cwd, scored.baselineFile),
      });
    }
  }
  return ct ? { ct, bt, scored } : null;
}

/** The prepared task; the prediction tables (ids, text columns) are not kept past it. */
async function taskOf(
  options: EvaluateOptions,
  resolved: ResolvedBaseline | null,
  deps: EvaluateDeps & { scans: ModelScans },
  workDir: string,
): Promise<{ task: PreparedTask; scored: RescoreResult | null } | null> {
  const files = await readPredictionFiles(options, resolved, deps, workDir);
  if (!files) return null;
  // The tables are not used again: their spent buffers are the evaluation's scratch.
  const task = prepareTask(files.ct, files.bt, options.columns, { scratch: new Scratch() });
  return { task, scored: files.scored };
}

async function evaluatePredictions(
  options: EvaluateOptions,
  resolved: ResolvedBaseline | null,
  deps: EvaluateDeps & { scans: ModelScans },
  workDir: string,
): Promise<PredictionsOutcome | null> {
  const prepared = await taskOf(options, resolved, deps, workDir);
  if (!prepared) return null;
  const { task, scored } = prepared;
  const residuals = residualsOf(task);
  orderByCandidateScore(task, { inPlace: true });
  const t0 = Date.now();
  const stats = pairedStats(task, options, options.seed);
  deps.logger.info(
    `${task.task} task, ${task.rows} rows${task.baseline ? ", paired with the baseline's predictions" : ""}: metrics and ${options.resamples} bootstrap resamples in ${Date.now() - t0} ms`,
  );
  return {
    stats,
    sliceStats: sliceStatsOf(task, options),
    ...(task.task !== "regression"
      ? {
          confusion: {
            classes: task.classes,
            matrix: confusionMatrix(task, task.candidate),
            // The baseline's matrix on the same rows, for the report's confusion diff.
            ...(task.baseline ? { baseline: confusionMatrix(task, task.baseline) } : {}),
          },
        }
      : {}),
    ...(residuals ? { residuals } : {}),
    scored,
  };
}

/** Regression: each side's errors on the evaluation rows. */
function residualsOf(task: PreparedTask): Residuals | null {
  if (task.candidate.task !== "regression") return null;
  return {
    candidate: summarizeResiduals(task.y, task.candidate.pred),
    baseline: task.baseline?.task === "regression" ? summarizeResiduals(task.y, task.baseline.pred) : null,
  };
}

type Residuals = NonNullable<NonNullable<Comparison["predictions"]>["residuals"]>;

/** PredictDeps.beforeLoad: the side's files are scanned before the predict command loads them. */
async function scanBeforeLoad(
  scans: ModelScans,
  run: { who: string; modelPath: string },
  options: EvaluateOptions,
  resolved: ResolvedBaseline | null,
): Promise<void> {
  if (run.who === "candidate") {
    await scans.scan("candidate", run.modelPath, {
      shown: options.candidateModel ?? displayPath(options.cwd, run.modelPath),
      context: "the candidate",
    });
    return;
  }
  const version = resolved?.version ? ` v${resolved.version}` : "";
  await scans.scan("baseline", run.modelPath, {
    shown: "",
    context: `the baseline${options.model ? ` ${options.model}` : ""}${version}`,
  });
}

function sliceStatsOf(task: PreparedTask, options: EvaluateOptions): SliceStats[] {
  const out: SliceStats[] = [];
  for (const [k, s] of task.slices.entries()) {
    const groups = new Map<string, number[]>();
    s.values.forEach((v, i) => {
      let g = groups.get(v);
      if (!g) groups.set(v, (g = []));
      g.push(i);
    });
    if (groups.size > MAX_SLICE_VALUES) {
      throw new ConfigurationError(
        `slice column '${s.column}' has ${groups.size} distinct values (at most ${MAX_SLICE_VALUES}); slice on a coarser column`,
        { code: "too-many-slices" },
      );
    }
    const values = [...groups.keys()].sort();
    for (const [j, value] of values.entries()) {
      const sub = subsetTask(task, Int32Array.from(groups.get(value)!));
      out.push({
        column: s.column,
        value,
        stats: pairedStats(sub, options, (options.seed + 1000 * (k + 1) + j) >>> 0),
      });
    }
  }
  return out;
}

/** The candidate's metrics: its file's, overridden by what its predictions give. */
function candidateMetricsOf(candidate: CandidateInfo, p: PredictionsOutcome | null, logger: Logger): Metrics {
  const out: Metrics = { ...candidate.metrics };
  if (!p) return out;
  const scoredHere = !!p.scored?.candidateFile;
  for (const [name, value] of Object.entries(p.stats.candidate)) {
    const filed = candidate.metrics[name];
    if (!scoredHere && filed !== undefined && Math.abs(filed - value) > 1e-9 * Math.max(1, Math.abs(value))) {
      logger.warning(
        `candidate ${name}: the metrics file says ${filed}, the predictions give ${value}; using the predictions`,
      );
    }
    out[name] = value;
  }
  return out;
}

function comparisonRows(
  options: EvaluateOptions,
  candidateMetrics: Metrics,
  baselineMetrics: Metrics,
  hasBaseline: boolean,
  p: PredictionsOutcome | null,
  unpaired: string | undefined,
): MetricComparison[] {
  const stats = p?.stats ?? null;
  const paired = !!stats?.baseline;
  const gateByName = new Map(options.gates.map((g) => [g.metric, g]));
  const names = [
    ...new Set([
      ...options.gates.map((g) => g.metric),
      ...Object.keys(candidateMetrics),
      ...Object.keys(baselineMetrics),
    ]),
  ];
  const context = { options, unpaired, paired };
  const rows: MetricComparison[] = names.map((name) =>
    metricRow(
      name,
      null,
      candidateMetrics[name],
      hasBaseline ? baselineMetrics[name] : undefined,
      hasBaseline,
      gateByName.get(name),
      stats,
      context,
    ),
  );
  const sliceGates = options.gates.filter((g) => g.slices);
  const sliceMetrics = new Set([
    ...options.gates.map((g) => g.metric),
    ...(options.gates.length ? [] : SLICE_DEFAULT_METRICS),
  ]);
  for (const s of p?.sliceStats ?? []) {
    for (const name of sliceMetrics) {
      if (!(name in s.stats.candidate)) continue;
      rows.push(
        metricRow(
          name,
          { column: s.column, value: s.value },
          s.stats.candidate[name],
          s.stats.baseline?.[name],
          hasBaseline && !!s.stats.baseline,
          sliceGates.find((g) => g.metric === name),
          s.stats,
          context,
        ),
      );
    }
  }
  return rows;
}

function reasonsFor(
  options: EvaluateOptions,
  spec: BaselineSpec,
  rows: MetricComparison[],
  hasBaseline: boolean,
  evaluation: EvaluationSet | null,
): string[] {
  const reasons: string[] = [];
  for (const row of rows) {
    for (const rule of row.gate?.rules ?? []) {
      if (!rule.passed)
        reasons.push(
          `${row.name}${row.slice ? ` [${row.slice.column}=${row.slice.value}]` : ""}: ${rule.rule} failed: ${rule.message}`,
        );
    }
  }
  if (!hasBaseline) {
    reasons.push(
      spec.kind === "none"
        ? "no baseline (baseline: none): only absolute gates (threshold) were checked"
        : `no baseline: the registry has no '${spec.kind === "alias" ? spec.alias : spec.kind === "version" ? spec.version : ""}' version of ${options.model} yet (first model); only absolute gates (threshold) were checked`,
    );
  } else {
    for (const row of rows)
      if (row.status === "new" && row.gate)
        reasons.push(`${row.name}: the baseline has no value; its change rules were not checked`);
    if (evaluation?.pairedOn === "same-rows")
      for (const row of rows)
        if (row.gate && row.baselineSource === "registered" && !row.slice)
          reasons.push(
            `${row.name}: not computed from predictions, so its baseline is ${REGISTERED_NOTE}; its change rules compared the candidate with that (not like-for-like)`,
          );
  }
  if (evaluation && evaluation.pairedOn === "registered-metrics") reasons.push(evaluation.note);
  if (options.gates.length === 0) reasons.push("no gates declared: nothing can fail");
  return reasons;
}

export async function evaluateAgainstBaseline(
  options: EvaluateOptions,
  deps: EvaluateDeps,
): Promise<EvaluateResult> {
  const { logger } = deps;
  const spec = checkInputs(options);
  const candidate = await readCandidate(options);
  const resolved = await resolveFor(spec, options, deps);
  const tempRoot = deps.tempDir ?? deps.ctx?.runnerTemp ?? os.tmpdir();
  await fs.mkdir(tempRoot, { recursive: true });
  const workDir = await fs.mkdtemp(path.join(tempRoot, "mlops-evaluate-"));
  const scans = new ModelScans(options.modelScan ?? "fail", logger);
  let p: PredictionsOutcome | null;
  try {
    await scanCandidate(scans, options, candidate);
    p = await evaluatePredictions(options, resolved, { ...deps, scans }, workDir);
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
  const stats = p?.stats ?? null;
  const candidateMetrics = candidateMetricsOf(candidate, p, logger);
  const hasBaseline = resolved !== null || stats?.baseline != null;
  const baselineMetrics: Metrics = { ...(resolved?.metrics ?? {}) };
  if (stats?.baseline)
    for (const [name, value] of Object.entries(stats.baseline)) baselineMetrics[name] = value;
  const evaluation = describeEvaluation({ options, resolved, candidate: candidateMetrics, p, hasBaseline });
  const unpaired = evaluation?.pairedOn === "registered-metrics" ? unpairedAdvice(options) : undefined;
  const rows = comparisonRows(options, candidateMetrics, baselineMetrics, hasBaseline, p, unpaired);
  for (const gate of options.gates.filter((g) => g.slices)) {
    if (!p?.sliceStats.length) {
      logger.warning(
        `gate '${gate.metric}' has slices: true, but no slices were computed (give slices and candidate-predictions)`,
      );
    }
  }
  const reasons = reasonsFor(options, spec, rows, hasBaseline, evaluation);
  const failed = rows.some((r) => r.status === "fail");
  const comparison: Comparison = {
    kind: "mlops.comparison",
    version: 1,
    created: (deps.now?.() ?? new Date()).toISOString(),
    model: options.model ?? "",
    candidate: {
      source: options.candidateMetrics ?? options.candidatePredictions ?? options.candidateModel ?? null,
      runId: candidate.runId,
      gitSha: candidate.gitSha ?? deps.ctx?.sha ?? null,
      ...(candidate.params ? { params: candidate.params } : {}),
    },
    baseline: hasBaseline ? baselineIdentity(resolved, options) : null,
    verdict: failed ? "fail" : hasBaseline ? "pass" : "no-baseline",
    passed: !failed,
    reasons,
    metrics: rows,
    predictions: stats
      ? {
          rows: stats.rows,
          resamples: options.resamples,
          seed: options.seed,
          ...(p?.confusion ? { confusionMatrix: p.confusion } : {}),
          ...(p?.residuals ? { residuals: p.residuals } : {}),
        }
      : null,
    evaluation,
  };
  const scan = scans.comparisonScan();
  if (scan) comparison.scan = scan;
  const file = path.resolve(options.cwd, options.output);
  await writeDocument("mlops.comparison", file, comparison);
  return {
    comparison,
    file,
    summary: renderComparisonSummary(comparison),
    predictMs: p?.scored?.predictMs ?? 0,
  };
}

function baselineIdentity(
  resolved: ResolvedBaseline | null,
  options: EvaluateOptions,
): Comparison["baseline"] {
  return {
    source: resolved?.source ?? options.baselinePredictions ?? null,
    version: resolved?.version ?? null,
    alias: resolved?.alias ?? null,
    runId: resolved?.runId ?? null,
    gitSha: resolved?.gitSha ?? null,
    ...(resolved?.params ? { params: resolved.params } : {}),
    ...(resolved?.artifact ? { artifact: resolved.artifact } : {}),
  };
}

/**
 * The candidate's model files (candidate-model, else the RunRecord's model), scanned up front
 * when they are here: before the predict command loads them, and for the report either way.
 */
async function scanCandidate(scans: ModelScans, options: EvaluateOptions, candidate: CandidateInfo) {
  const given = options.candidateModel ?? candidate.modelPath;
  if (!given) return;
  const full = path.resolve(options.cwd, given);
  if (!existsSync(full)) return;
  await scans.scan("candidate", full, { shown: given, context: "the candidate" });
}

/** Row counts a metrics file may record (the example's trainers write holdout_rows). */
const ROW_COUNT_METRICS = ["holdout_rows", "eval_rows", "test_rows", "validation_rows", "rows"];

function rowsRecorded(metrics: Metrics): number | null {
  for (const name of ROW_COUNT_METRICS) {
    const v = metrics[name];
    if (v !== undefined && Number.isInteger(v) && v >= 0) return v;
  }
  return null;
}

function unpairedAdvice(options: EvaluateOptions): string {
  return options.predict
    ? "give the baseline as a registry version or alias (its files are scored with the predict command)"
    : "add a predict: section to mlops.yml (predict.command scores a model on rows: MODEL_PATH, EVAL_DATA, PREDICTIONS) and evaluate.dataset, so the baseline is scored on the candidate's rows";
}

/** Which rows each side was measured on, in the Comparison and in plain words. */
function describeEvaluation(a: {
  options: EvaluateOptions;
  resolved: ResolvedBaseline | null;
  candidate: Metrics;
  p: PredictionsOutcome | null;
  hasBaseline: boolean;
}): EvaluationSet | null {
  const { options, resolved, p } = a;
  const scored = p?.scored ?? null;
  const dataset = scored
    ? { source: scored.rows.source, fingerprint: scored.rows.fingerprint, rows: scored.rows.rows }
    : null;
  const candidateRows = p?.stats.rows ?? rowsRecorded(a.candidate);
  const candidate = {
    source: scored?.candidateFile ? ("predict" as const) : p ? ("training" as const) : ("metrics" as const),
    rows: candidateRows,
  };
  const name = resolved?.version ? `v${resolved.version}` : "the baseline";
  const predictCommand = scored?.baselineSource ? options.predict!.command : null;
  if (p?.stats.baseline) {
    const source = scored?.baselineSource ?? "file";
    const how =
      source === "file"
        ? `baseline predictions ${options.baselinePredictions}`
        : `baseline ${name} ${source === "cache" ? "re-scored (cached scores)" : "re-scored with the predict command"}`;
    const where = dataset ? ` (${dataset.source}, sha256 ${dataset.fingerprint.slice(0, 12)})` : "";
    return {
      pairedOn: "same-rows",
      dataset,
      candidate,
      baseline: { source, rows: p.stats.rows, predictCommand },
      note: `like-for-like: ${how} and the candidate on the same ${p.stats.rows} rows${where}`,
    };
  }
  if (!a.hasBaseline) {
    return {
      pairedOn: "candidate-only",
      dataset,
      candidate,
      baseline: null,
      note: `no baseline: the candidate alone${candidateRows !== null ? `, on ${candidateRows} rows` : ""}`,
    };
  }
  const baseRows = resolved ? rowsRecorded(resolved.metrics) : null;
  const count = (n: number | null) => (n === null ? "rows of its own (count not recorded)" : `${n} rows`);
  return {
    pairedOn: "registered-metrics",
    dataset,
    candidate,
    baseline: { source: "registered-metrics", rows: baseRows, predictCommand: null },
    note: `not like-for-like: baseline ${name}: registered metrics on ${count(baseRows)}; candidate: ${candidateRows === null ? "its own rows" : `${candidateRows} rows`}. To compare on the same rows, ${unpairedAdvice(options)}`,
  };
}

function confusionMatrix(t: PreparedTask, side: PreparedTask["candidate"]): number[][] {
  const K = t.classes.length;
  const m = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  const pred = side.task === "regression" ? null : side.pred;
  if (!pred) return m;
  for (let i = 0; i < t.rows; i++) m[t.y[i]!]![pred[i]!]!++;
  return m;
}
