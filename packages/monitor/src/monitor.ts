import path from "node:path";
import {
  ConfigurationError,
  isConfigurationError,
  writeDocument,
  writeFileAtomic,
  type Logger,
  type ModelVersion,
  type MonitoringReport,
} from "@mlops/core";
import { DataError, resolveFiles } from "@mlops/data";
import type { Gate } from "@mlops/metrics";
import type { Registry } from "@mlops/registry";
import { Join, type JoinColumns, type JoinResult } from "./join.js";
import type { ClassificationShape } from "./metrics.js";
import { Random } from "./poisson.js";
import { countRows } from "./read.js";
import { versionReference, type VersionReference } from "./reference.js";
import { renderMonitoringSummary } from "./summary.js";
import { Windowing, type WindowSpec } from "./windows.js";
import { degradation, windowOf, type WindowContext } from "./windows-report.js";

/*
 * monitor-model: logged predictions + late labels → a MonitoringReport. One streaming pass joins
 * them (join.ts) into per window × version statistics; then each window is measured against
 * the version that served it (windows-report.ts), and the rules say whether the model is
 * degraded now. The report, and a Markdown summary (table + chart) fit for an issue body, are
 * written atomically.
 */

export type MonitorTask = "auto" | "binary" | "multiclass" | "regression";

export interface MonitorOptions {
  model: string;
  predictions: string[];
  labels: string[];
  columns: JoinColumns;
  window: WindowSpec;
  task: MonitorTask;
  positiveLabel?: string | undefined;
  rules: Gate[];
  minLabelledRows: number;
  consecutiveWindows: number;
  resamples: number;
  level: number;
  seed: number;
  reference?: string | undefined;
  holdoutPredictions?: string | undefined;
  reportFile: string;
  summaryFile: string;
  cwd: string;
}

export interface MonitorDeps {
  logger: Logger;
  /** The registry the versions are looked up in; null: none (no registered metrics). */
  openRegistry: (() => Promise<Registry>) | null;
  now?: () => Date;
}

export interface MonitorResult {
  report: MonitoringReport;
  /** Where the report and the summary were written (absolute). */
  reportFile: string;
  summaryFile: string;
  summary: string;
}

const REGRESSION_NAMES = /^(rmse|mse|mae|r2|mape)$/;
const CLASSIFICATION_NAMES = /^(accuracy|log_loss|roc_auc.*|(precision|recall|f1)(_.*)?)$/;

async function files(patterns: string[], cwd: string, what: string): Promise<string[]> {
  try {
    return await resolveFiles(patterns, cwd);
  } catch (error) {
    if (error instanceof DataError)
      throw new ConfigurationError(`${what}: ${error.location?.file ?? ""}: ${error.message}`, {
        code: error.code,
        location: error.location,
      });
    throw error;
  }
}

async function registeredVersions(
  deps: MonitorDeps,
  model: string,
): Promise<{ registry: Registry | null; versions: ModelVersion[] }> {
  if (!deps.openRegistry) return { registry: null, versions: [] };
  const registry = await deps.openRegistry();
  try {
    return { registry, versions: await registry.list(model) };
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    deps.logger.warning(`registry: ${error.message}; the windows are measured without registered metrics`);
    return { registry, versions: [] };
  }
}

function regressionTask(task: MonitorTask, versions: ModelVersion[]): boolean {
  if (task !== "auto") return task === "regression";
  const names = versions.flatMap((v) => Object.keys(v.metrics));
  return names.some((n) => REGRESSION_NAMES.test(n)) && !names.some((n) => CLASSIFICATION_NAMES.test(n));
}

/** Binary or multiclass, the positive class, and how losses were summed. */
function classificationShape(
  join: JoinResult,
  options: MonitorOptions,
  notes: string[],
): { task: "binary" | "multiclass"; shape: ClassificationShape } {
  const classes = join.classes;
  const binary = options.task === "binary" || (options.task === "auto" && classes.length <= 2);
  if (options.task === "binary" && classes.length > 2)
    throw new ConfigurationError(
      `task binary: the labels and predictions have ${classes.length} classes (${classes.slice(0, 10).join(", ")}); set task: multiclass`,
      { code: "input-invalid" },
    );
  let positive: number | null = null;
  if (binary) {
    const sorted = [...classes].sort((a, b) =>
      classes.every((c) => Number.isFinite(Number(c))) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0,
    );
    const wanted =
      options.positiveLabel ??
      (classes.includes("1") ? "1" : classes.includes("true") ? "true" : (sorted[1] ?? sorted[0]));
    positive = wanted === undefined ? 0 : classes.indexOf(wanted);
    if (positive < 0)
      throw new ConfigurationError(
        `positive-label ${JSON.stringify(wanted)} is not among the classes ${classes.map((c) => JSON.stringify(c)).join(", ")}`,
        { code: "positive-label" },
      );
  }
  let loss: ClassificationShape["loss"] = join.scoreMode;
  if (loss === "binary" && !binary) {
    loss = "none";
    notes.push(
      `score-column ${options.columns.score} is one column but the task is multiclass: no log loss (log <score>_<class> columns)`,
    );
  }
  return {
    task: binary ? "binary" : "multiclass",
    shape: { K: Math.max(classes.length, 1), positive, loss },
  };
}

/** Reads, joins, measures and writes; the report says whether the model is degraded. */
export async function monitorModel(options: MonitorOptions, deps: MonitorDeps): Promise<MonitorResult> {
  const { logger, cwd } = { logger: deps.logger, cwd: options.cwd };
  const predictionFiles = await files(options.predictions, cwd, "predictions");
  const labelFiles = options.labels.length ? await files(options.labels, cwd, "labels") : [];
  const { registry, versions } = await registeredVersions(deps, options.model);
  const regression = regressionTask(options.task, versions);
  // The table holds the union of both sides' ids: usually the logged ones (labels follow them).
  let predictionRows = 0;
  for (const f of predictionFiles) predictionRows += await countRows(f, cwd);
  let labelRows = 0;
  for (const f of labelFiles) labelRows += await countRows(f, cwd);
  const expected = Math.max(predictionRows, labelRows);
  const windowing = new Windowing(options.window);
  const started = Date.now();
  const join = await new Join({
    predictions: predictionFiles,
    labels: labelFiles,
    columns: options.columns,
    windowing,
    regression,
    expectedIds: expected,
    cwd,
  }).run();
  const c = join.counts;
  logger.info(
    `joined ${c.predictions} prediction(s) with ${c.labelRows} label row(s) in ${Date.now() - started} ms: ${c.labelled} labelled, ${c.unmatchedLabels} label(s) without a prediction, ${c.duplicatePredictions} duplicate prediction(s), ${c.duplicateLabels} duplicate label(s), ${c.invalidPredictions + c.invalidLabels} invalid row(s)`,
  );
  if (c.predictions === 0)
    throw new ConfigurationError(
      `predictions: no valid logged prediction in ${predictionFiles.join(", ")} (${c.invalidPredictions} invalid row(s)${join.samples[0] ? `; first: ${join.samples[0].file} line ${join.samples[0].line}: ${join.samples[0].message}` : ""})`,
      { code: "no-predictions" },
    );
  const notes: string[] = [];
  const classification = regression ? null : classificationShape(join, options, notes);
  const references = await loadReferences(join, versions, registry, options, logger);
  const report = buildReport(options, join, windowing, references, regression, classification, notes, deps);
  const reportFile = path.resolve(cwd, options.reportFile);
  const summaryFile = path.resolve(cwd, options.summaryFile);
  await writeDocument("mlops.monitoring", reportFile, report);
  const summary = renderMonitoringSummary(report);
  await writeFileAtomic(summaryFile, summary);
  return { report, reportFile, summaryFile, summary };
}

async function loadReferences(
  join: JoinResult,
  versions: ModelVersion[],
  registry: Registry | null,
  options: MonitorOptions,
  logger: Logger,
): Promise<Map<number, VersionReference>> {
  const served = [...new Set(join.cells.map((c) => c.version))].sort((a, b) => a - b);
  const out = new Map<number, VersionReference>();
  for (const v of served) {
    const registered = versions.find((mv) => mv.number === v) ?? null;
    const download = registry
      ? async (version: number, dir: string) => void (await registry.download(options.model, version, dir))
      : null;
    out.set(
      v,
      await versionReference(
        v,
        registered,
        { reference: options.reference, holdoutPredictions: options.holdoutPredictions, cwd: options.cwd },
        download,
        logger,
      ),
    );
  }
  return out;
}

function buildReport(
  options: MonitorOptions,
  join: JoinResult,
  windowing: Windowing,
  references: Map<number, VersionReference>,
  regression: boolean,
  classification: ReturnType<typeof classificationShape> | null,
  notes: string[],
  deps: MonitorDeps,
): MonitoringReport {
  const ctx: WindowContext = {
    windowing,
    task: regression ? "regression" : classification!.task,
    shape: classification?.shape ?? null,
    rules: options.rules,
    minLabelledRows: options.minLabelledRows,
    resamples: options.resamples,
    level: options.level,
    random: new Random(options.seed),
    driftColumns: join.driftColumns,
    predictionColumns: join.predictionColumns,
    references,
  };
  const cells = [...join.cells].sort((a, b) => a.window - b.window || a.version - b.version);
  const windows = cells.map((cell) => windowOf(cell, ctx));
  const newest = cells.length ? cells[cells.length - 1]!.window : NaN;
  const versions = [...references.values()].map((ref) => {
    const mine = cells.filter((cell) => cell.version === ref.version);
    const d = degradation(ref.version, windows, options.consecutiveWindows);
    return {
      version: ref.version,
      registered: ref.registered ? { ...ref.registered.metrics } : null,
      reference: ref.reference ? { source: ref.reference.source, rows: ref.reference.rows } : null,
      holdout: ref.holdout ? { source: ref.holdout.source, rows: ref.holdout.rows } : null,
      rows: mine.reduce((s, cell) => s + cell.rows, 0),
      labelled: mine.reduce((s, cell) => s + cell.labelled, 0),
      current: mine.some((cell) => cell.window === newest),
      degraded: d.degraded,
      reasons: d.reasons,
      notes: [...ref.notes, ...notes],
    };
  });
  const degraded = versions.filter((v) => v.current && v.degraded);
  const c = join.counts;
  return {
    kind: "mlops.monitoring",
    version: 1,
    created: (deps.now?.() ?? new Date()).toISOString(),
    model: options.model,
    task: ctx.task,
    classes: regression ? [] : join.classes,
    window: { kind: options.window.kind, rows: options.window.rows },
    columns: { ...options.columns },
    sources: { predictions: options.predictions, labels: options.labels },
    join: { ...c, unlabelled: c.predictions - c.labelled, samples: join.samples },
    rules: {
      metrics: options.rules.map((g) => ({
        metric: g.metric,
        threshold: g.threshold,
        minAbsoluteChange: g.minAbsoluteChange,
        minRelativeChange: g.minRelativeChange,
        greaterIsBetter: g.greaterIsBetter,
        significance: g.significance,
      })),
      minLabelledRows: options.minLabelledRows,
      consecutiveWindows: options.consecutiveWindows,
    },
    interval: {
      method: "grouped Poisson bootstrap",
      level: options.level,
      resamples: options.resamples,
      seed: options.seed,
    },
    versions,
    windows,
    degraded: degraded.length > 0,
    reason: degraded.flatMap((v) => v.reasons).join("; "),
  };
}
