import {
  oneOf,
  optionalNumber,
  optionalString,
  parseList,
  requiredString,
  type MlopsConfig,
  type RawInputs,
  type StepContext,
  type StepDefinition,
} from "@mlops/core";
import type { Gate } from "@mlops/metrics";
import type { MonitorOptions, MonitorResult } from "./monitor.js";
import { parseWindow } from "./windows.js";

/*
 * The monitor-model step as every host runs it (the action, `mlops monitor`): inputs over
 * mlops.yml's monitor: section → monitorModel → outputs (degraded, windows, report,
 * summary-markdown, reason) and the summary. Degradation is an outcome to act on (open an issue,
 * retrain), not a failure: the step succeeds and says so in `degraded`.
 */

export const DEFAULT_REPORT_FILE = "mlops-monitoring.json";
export const DEFAULT_SUMMARY_FILE = "mlops-monitoring.md";
export const DEFAULT_MIN_LABELLED_ROWS = 30;
export const DEFAULT_CONSECUTIVE_WINDOWS = 1;

export type MonitorStepOptions = MonitorOptions & {
  registry: "auto" | "local" | "github";
  registryPath?: string | undefined;
  token?: string | undefined;
};

/** What a host may pass: the clock (tests). */
export interface MonitorServices {
  now?: () => Date;
}

/** mlops.yml → the step's input names: the model, the registry and the monitor: section. */
export function monitorConfigSection(config: MlopsConfig): Record<string, unknown> {
  const { min_labelled_rows, consecutive_windows, ...rest } = config.monitor ?? {};
  return {
    model: config.model,
    registry: config.registry?.backend,
    "registry-path": config.registry?.path,
    task: config.evaluate?.task,
    "positive-label": config.evaluate?.["positive-label"],
    ...rest,
    "min-labelled-rows": min_labelled_rows,
    "consecutive-windows": consecutive_windows,
  };
}

async function readRules(input: RawInputs, ctx: StepContext): Promise<Gate[]> {
  const { gatesFromValue, readGates } = await import("@mlops/metrics");
  const fromConfig = ctx.config.monitor?.rules;
  if (ctx.given("rules") === undefined && fromConfig && typeof fromConfig === "object")
    return gatesFromValue(fromConfig, `${ctx.configFile} monitor.rules`);
  const value = optionalString(input, "rules");
  return value ? await readGates(value, { cwd: ctx.run.workspace }) : [];
}

export async function readMonitorInputs(input: RawInputs, ctx: StepContext): Promise<MonitorStepOptions> {
  const predictions = parseList(
    requiredString(input, "predictions", "the prediction logs your serving writes (a path or glob)"),
  );
  const model = requiredString(input, "model", "the model's name in the registry (or model: in mlops.yml)");
  const str = (name: string, fallback: string) => optionalString(input, name) ?? fallback;
  const registryPath = optionalString(input, "registry-path");
  const token = optionalString(ctx.given, "token") ?? optionalString(ctx.given, "github-token");
  return {
    model,
    predictions,
    labels: parseList(input("labels")),
    columns: {
      id: str("id-column", "id"),
      timestamp: str("timestamp-column", "timestamp"),
      version: str("version-column", "model_version"),
      prediction: str("prediction-column", "prediction"),
      score: optionalString(input, "score-column") ?? null,
      label: str("label-column", "label"),
    },
    window: parseWindow(str("window", "week")),
    task: oneOf(str("task", "auto"), "task", ["auto", "binary", "multiclass", "regression"] as const),
    positiveLabel: optionalString(input, "positive-label"),
    rules: await readRules(input, ctx),
    minLabelledRows:
      optionalNumber(input, "min-labelled-rows", { integer: true, min: 0 }) ?? DEFAULT_MIN_LABELLED_ROWS,
    consecutiveWindows:
      optionalNumber(input, "consecutive-windows", { integer: true, min: 1 }) ?? DEFAULT_CONSECUTIVE_WINDOWS,
    resamples: optionalNumber(input, "bootstrap-resamples", { integer: true, min: 0, max: 100_000 }) ?? 1000,
    level: optionalNumber(input, "confidence-level", { min: 0.5, max: 0.9999 }) ?? 0.95,
    seed: optionalNumber(input, "seed", { integer: true, min: 0, max: 2 ** 32 - 1 }) ?? 20240601,
    reference: optionalString(input, "reference"),
    holdoutPredictions: optionalString(input, "holdout-predictions"),
    reportFile: str("report-file", DEFAULT_REPORT_FILE),
    summaryFile: str("summary-markdown-file", DEFAULT_SUMMARY_FILE),
    cwd: ctx.run.workspace,
    registry: oneOf(
      optionalString(input, "registry") ?? (ctx.host === "cli" ? "local" : "auto"),
      "registry",
      ["auto", "local", "github"] as const,
    ),
    registryPath,
    token,
  };
}

async function runMonitor(
  options: MonitorStepOptions,
  { context, now }: MonitorServices & { context: StepContext },
): Promise<MonitorResult> {
  const { logger, run: ctx } = context;
  if (options.token) logger.setSecret(options.token);
  if (options.rules.length === 0)
    logger.warning(
      "no monitor rules declared (monitor.rules in mlops.yml): the windows are reported but nothing can degrade",
    );
  const { monitorModel } = await import("./monitor.js");
  const result = await monitorModel(options, {
    logger,
    ...(now ? { now } : {}),
    openRegistry: async () => {
      // mlops.yml's registry section (artifacts, oci) too: a version's reference profile and
      // holdout predictions are read from whichever store holds its files.
      const { openRegistry, registryOptionsFrom } = await import("@mlops/registry");
      return openRegistry(
        registryOptionsFrom(
          context.config,
          { backend: options.registry, path: options.registryPath, token: options.token },
          { ctx, logger },
        ),
      );
    },
  });
  const r = result.report;
  if (r.degraded) logger.warning(`degraded: ${r.reason}`);
  else
    logger.info(
      `healthy: ${r.windows.length} window(s), no rule failed ${r.rules.consecutiveWindows} time(s) in a row`,
    );
  return result;
}

export const monitorModelStep: StepDefinition<MonitorStepOptions, MonitorResult, MonitorServices> = {
  name: "monitor-model",
  configSection: monitorConfigSection,
  readInputs: readMonitorInputs,
  run: runMonitor,
  outputs: ({ report, reportFile, summaryFile }) => ({
    degraded: report.degraded,
    windows: new Set(report.windows.map((w) => w.label)).size,
    report: reportFile,
    "summary-markdown": summaryFile,
    reason: report.reason,
  }),
  summary: (result) => result.summary,
  failure: () => null,
};
