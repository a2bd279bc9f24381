import { requireCandidate } from "./candidate.js";
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
import type { Registry } from "@mlops/registry";
import { parseBaselineSpec, readMetricsSource, resolveBaseline, type ResolvedBaseline } from "./baseline.js";
import { pairedBootstrap, pointEstimates, type BootstrapResult } from "./bootstrap.js";
import { checkGate, defaultGreaterIsBetter, type Gate, type SignificanceTest } from "./gates.js";
import { delong, mcnemar, type DeLongResult, type McNemarResult } from "./paired-tests.js";
import { readPredictions } from "./predictions.js";
import { argsortFloat64 } from "./sort.js";
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
}

export interface EvaluateDeps {
  logger: Logger;
  ctx?: RunContext;
  openRegistry?: () => Promise<Registry>;
  now?: () => Date;
}

export interface EvaluateResult {
  comparison: Comparison;
  file: string;
  summary: string;
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

function pairedStats(t: PreparedTask, options: EvaluateOptions, seed: number): PairedStats {
  const prepared = orderByCandidateScore(t);
  const cand = evaluatorFor(prepared, prepared.candidate);
  const base = prepared.baseline ? evaluatorFor(prepared, prepared.baseline) : null;
  const stats: PairedStats = {
    rows: t.rows,
    candidate: pointEstimates(t.rows, cand),
    baseline: base ? pointEstimates(t.rows, base) : null,
    boot: null,
    delong: null,
    mcnemar: null,
  };
  if (options.resamples > 0) {
    stats.boot = pairedBootstrap(t.rows, cand, base, {
      resamples: options.resamples,
      seed,
      level: options.level,
    });
  }
  const c = prepared.candidate;
  const b = prepared.baseline;
  if (c.task === "binary" && b?.task === "binary") {
    const y = prepared.y as Uint8Array;
    if (c.score && b.score) {
      stats.delong = delong(y, c.score, c.order ?? argsortFloat64(c.score), b.score, argsortFloat64(b.score));
    }
    stats.mcnemar = discordant(y, c.pred, b.pred);
  } else if (c.task === "multiclass" && b?.task === "multiclass") {
    stats.mcnemar = discordant(prepared.y as Int32Array, c.pred, b.pred);
  } else if (c.task === "regression") {
    // no closed-form paired test here: the bootstrap gives the p-values
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
  return mcnemar(aOnly, bOnly);
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
  options: EvaluateOptions,
): MetricComparison {
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
    const outcome = checkGate(gate, {
      candidate: c,
      baseline: b,
      significance: significanceFor(stats, name, gate.greaterIsBetter),
      defaultSignificance: stats?.baseline ? options.significance : null,
    });
    row.gate = {
      threshold: gate.threshold,
      minAbsoluteChange: gate.minAbsoluteChange,
      minRelativeChange: gate.minRelativeChange,
      significance: gate.significance ?? (stats?.baseline ? options.significance : null),
      rules: outcome.rules.map((r) => ({
        ...r,
        expected: finiteOrNull(r.expected),
        actual: finiteOrNull(r.actual),
      })),
    };
    row.status = outcome.status;
  } else if (c === undefined) row.status = "missing";
  else if (hasBaseline && b === undefined) row.status = "new";
  return row;
}

async function readCandidate(options: EvaluateOptions): Promise<{
  metrics: Metrics;
  runId: string | null;
  gitSha: string | null;
  params?: Record<string, unknown>;
}> {
  if (!options.candidateMetrics) return { metrics: {}, runId: null, gitSha: null };
  const src = await readMetricsSource(options.candidateMetrics, options.cwd);
  return {
    metrics: src.metrics,
    runId: src.runId,
    gitSha: src.gitSha,
    ...(src.params ? { params: src.params } : {}),
  };
}

export async function evaluateAgainstBaseline(
  options: EvaluateOptions,
  deps: EvaluateDeps,
): Promise<EvaluateResult> {
  const { logger } = deps;
  requireCandidate(options);
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
  const candidate = await readCandidate(options);
  const registryWithoutModel = (spec.kind === "alias" || spec.kind === "version") && !options.model;
  if (registryWithoutModel && options.baselinePredictions) {
    logger.info(
      `baseline: no model name, so the registry is not consulted; the baseline is ${options.baselinePredictions}`,
    );
  }
  const resolved: ResolvedBaseline | null =
    registryWithoutModel && options.baselinePredictions
      ? null
      : await resolveBaseline(spec, {
          model: options.model,
          cwd: options.cwd,
          logger,
          ...(deps.openRegistry ? { openRegistry: deps.openRegistry } : {}),
        });

  // Predictions: metrics, slices, intervals, paired tests.
  let stats: PairedStats | null = null;
  const sliceStats: { column: string; value: string; stats: PairedStats }[] = [];
  let confusion: { classes: string[]; matrix: number[][] } | undefined;
  if (options.candidatePredictions) {
    const abs = (f: string) => path.resolve(options.cwd, f);
    const ct = await readPredictions(abs(options.candidatePredictions), options.columns, options.format);
    const bt = options.baselinePredictions
      ? await readPredictions(abs(options.baselinePredictions), options.columns, options.format)
      : null;
    const task = prepareTask(
      { ...ct, file: options.candidatePredictions },
      bt ? { ...bt, file: options.baselinePredictions! } : null,
      options.columns,
    );
    const t0 = Date.now();
    stats = pairedStats(task, options, options.seed);
    logger.info(
      `${task.task} task, ${task.rows} rows${task.baseline ? ", paired with the baseline's predictions" : ""}: metrics and ${options.resamples} bootstrap resamples in ${Date.now() - t0} ms`,
    );
    if (task.task !== "regression") confusion = { classes: task.classes, matrix: confusionMatrix(task) };
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
          {
            code: "too-many-slices",
          },
        );
      }
      const values = [...groups.keys()].sort();
      for (const [j, value] of values.entries()) {
        const sub = subsetTask(task, Int32Array.from(groups.get(value)!));
        sliceStats.push({
          column: s.column,
          value,
          stats: pairedStats(sub, options, (options.seed + 1000 * (k + 1) + j) >>> 0),
        });
      }
    }
  }

  const candidateMetrics: Metrics = { ...candidate.metrics };
  if (stats) {
    for (const [name, value] of Object.entries(stats.candidate)) {
      if (
        name in candidate.metrics &&
        Math.abs(candidate.metrics[name]! - value) > 1e-9 * Math.max(1, Math.abs(value))
      ) {
        logger.warning(
          `candidate ${name}: the metrics file says ${candidate.metrics[name]}, the predictions give ${value}; using the predictions`,
        );
      }
      candidateMetrics[name] = value;
    }
  }
  const hasBaseline = resolved !== null || stats?.baseline != null;
  const baselineMetrics: Metrics = { ...(resolved?.metrics ?? {}) };
  if (stats?.baseline)
    for (const [name, value] of Object.entries(stats.baseline)) baselineMetrics[name] = value;

  const gateByName = new Map(options.gates.map((g) => [g.metric, g]));
  const names = [
    ...new Set([
      ...options.gates.map((g) => g.metric),
      ...Object.keys(candidateMetrics),
      ...Object.keys(baselineMetrics),
    ]),
  ];
  const rows: MetricComparison[] = names.map((name) =>
    metricRow(
      name,
      null,
      candidateMetrics[name],
      hasBaseline ? baselineMetrics[name] : undefined,
      hasBaseline,
      gateByName.get(name),
      stats,
      options,
    ),
  );
  const sliceGates = options.gates.filter((g) => g.slices);
  for (const s of sliceStats) {
    const metrics = new Set([
      ...options.gates.map((g) => g.metric),
      ...(options.gates.length ? [] : SLICE_DEFAULT_METRICS),
    ]);
    for (const name of metrics) {
      if (!(name in s.stats.candidate)) continue;
      const gate = sliceGates.find((g) => g.metric === name);
      rows.push(
        metricRow(
          name,
          { column: s.column, value: s.value },
          s.stats.candidate[name],
          s.stats.baseline?.[name],
          hasBaseline && !!s.stats.baseline,
          gate,
          s.stats,
          options,
        ),
      );
    }
  }
  for (const gate of sliceGates) {
    if (sliceStats.length === 0) {
      logger.warning(
        `gate '${gate.metric}' has slices: true, but no slices were computed (give slices and candidate-predictions)`,
      );
    }
  }

  const reasons: string[] = [];
  for (const row of rows) {
    for (const rule of row.gate?.rules ?? []) {
      if (!rule.passed)
        reasons.push(
          `${row.name}${row.slice ? ` [${row.slice.column}=${row.slice.value}]` : ""}: ${rule.rule} failed: ${rule.message}`,
        );
    }
  }
  const failed = rows.some((r) => r.status === "fail");
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
  }
  if (options.gates.length === 0) reasons.push("no gates declared: nothing can fail");
  const verdict: Comparison["verdict"] = failed ? "fail" : hasBaseline ? "pass" : "no-baseline";

  const ctx = deps.ctx;
  const comparison: Comparison = {
    kind: "mlops.comparison",
    version: 1,
    created: (deps.now?.() ?? new Date()).toISOString(),
    model: options.model ?? "",
    candidate: {
      source: options.candidateMetrics ?? options.candidatePredictions ?? null,
      runId: candidate.runId,
      gitSha: candidate.gitSha ?? ctx?.sha ?? null,
      ...(candidate.params ? { params: candidate.params } : {}),
    },
    baseline: hasBaseline
      ? {
          source: resolved?.source ?? options.baselinePredictions ?? null,
          version: resolved?.version ?? null,
          alias: resolved?.alias ?? null,
          runId: resolved?.runId ?? null,
          gitSha: resolved?.gitSha ?? null,
          ...(resolved?.params ? { params: resolved.params } : {}),
        }
      : null,
    verdict,
    passed: !failed,
    reasons,
    metrics: rows,
    predictions: stats
      ? {
          rows: stats.rows,
          resamples: options.resamples,
          seed: options.seed,
          ...(confusion ? { confusionMatrix: confusion } : {}),
        }
      : null,
  };
  const file = path.resolve(options.cwd, options.output);
  await writeDocument("mlops.comparison", file, comparison);
  return { comparison, file, summary: renderComparisonSummary(comparison) };
}

function confusionMatrix(t: PreparedTask): number[][] {
  const K = t.classes.length;
  const m = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  const pred = t.candidate.task === "regression" ? null : t.candidate.pred;
  if (!pred) return m;
  for (let i = 0; i < t.rows; i++) m[t.y[i]!]![pred[i]!]!++;
  return m;
}
