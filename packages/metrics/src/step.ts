import {
  oneOf,
  optionalBoolean,
  optionalNumber,
  optionalString,
  parseList,
  StepFailed,
  type MlopsConfig,
  type RawInputs,
  type StepContext,
  type StepDefinition,
} from "@mlops/core";
import { requireCandidate } from "./candidate.js";
import type { EvaluateOptions, EvaluateResult } from "./evaluate.js";
import type { Gate } from "./gates.js";

/*
 * The evaluate step as every host runs it (the action, `mlops evaluate`, `mlops run`): inputs or
 * mlops.yml's evaluate: section → readEvaluateInputs → evaluateAgainstBaseline → outputs
 * (passed, verdict, comparison, baseline-version), the job summary, and a failed gate fails the
 * step unless fail-on-gate is false. Only the candidate check is loaded up front: the gates and
 * the evaluators load once the one required input is known to be there (start-up is a goal).
 */

export const DEFAULT_COMPARISON_FILE = ".mlops/comparison.json";

export type EvaluateStepOptions = EvaluateOptions & {
  failOnGate: boolean;
  registry: "auto" | "local" | "github";
  registryPath?: string;
  token?: string;
};

/** What a host may pass: the clock (tests). */
export interface EvaluateServices {
  now?: () => Date;
}

/** mlops.yml → the step's input names: the model, the registry settings and the evaluate: section. */
export function evaluateConfigSection(config: MlopsConfig): Record<string, unknown> {
  return {
    model: config.model,
    registry: config.registry?.backend,
    "registry-path": config.registry?.path,
    // mlops.yml's predict: section (evaluate.predict-command wins over predict.command)
    "predict-command": config.predict?.command,
    "predict-working-directory": config.predict?.["working-directory"],
    "predict-timeout-minutes": config.predict?.["timeout-minutes"],
    "predict-format": config.predict?.format,
    ...config.evaluate,
  };
}

/** The gates: mlops.yml's evaluate.gates mapping (unless the input is given), or the input's file/YAML. */
async function readStepGates(input: RawInputs, ctx: StepContext): Promise<Gate[]> {
  const { gatesFromValue, readGates } = await import("./gates.js");
  const fromConfig = ctx.config.evaluate?.gates;
  if (ctx.given("gates") === undefined && fromConfig && typeof fromConfig === "object") {
    return gatesFromValue(fromConfig, `${ctx.configFile} evaluate.gates`);
  }
  const text = optionalString(input, "gates");
  return text ? await readGates(text, { cwd: ctx.run.workspace }) : [];
}

/** The predict command (predict-command, or mlops.yml's predict: section); null without one. */
async function readPredictInputs(input: RawInputs, ctx: StepContext): Promise<EvaluateOptions["predict"]> {
  const command = optionalString(input, "predict-command");
  if (!command) return null;
  const { DEFAULT_PREDICT_TIMEOUT_MINUTES, PREDICTION_FORMATS } = await import("./predict.js");
  const { resolve } = await import("node:path");
  return {
    command,
    workingDirectory: resolve(ctx.run.workspace, optionalString(input, "predict-working-directory") ?? "."),
    timeoutMinutes:
      optionalNumber(input, "predict-timeout-minutes", { min: Number.MIN_VALUE }) ??
      DEFAULT_PREDICT_TIMEOUT_MINUTES,
    format: oneOf(optionalString(input, "predict-format") ?? "csv", "predict-format", PREDICTION_FORMATS),
  };
}

/** Reads the step's inputs (`input` already falls back to mlops.yml). */
export async function readEvaluateInputs(input: RawInputs, ctx: StepContext): Promise<EvaluateStepOptions> {
  const candidateMetrics = optionalString(input, "candidate-metrics");
  const candidatePredictions = optionalString(input, "candidate-predictions");
  const candidateModel = optionalString(input, "candidate-model");
  // Checked here, once, before the evaluators load; a candidate model scored by the predict
  // command needs neither metrics nor predictions.
  if (!(optionalString(input, "predict-command") && candidateModel))
    requireCandidate({ candidateMetrics, candidatePredictions });
  const { TASKS } = await import("./predictions.js");
  const gates = await readStepGates(input, ctx);
  const significance =
    optionalNumber(input, "significance", { min: Number.MIN_VALUE, max: 0.999999 }) ?? null;
  const level = optionalNumber(input, "confidence-level", { min: 0.5, max: 0.9999 }) ?? 0.95;
  const task = oneOf(optionalString(input, "task") ?? "auto", "task", TASKS);
  // On a laptop the registry is the local one unless asked otherwise.
  const registry = oneOf(
    optionalString(input, "registry") ?? (ctx.host === "cli" ? "local" : "auto"),
    "registry",
    ["auto", "local", "github"] as const,
  );
  const registryPath = optionalString(input, "registry-path");
  const token = optionalString(input, "token");
  const predict = await readPredictInputs(input, ctx);
  const evaluationRows = optionalString(input, "evaluation-rows");
  // Not imported from @mlops/registry: the step's start-up does not load the registry.
  const modelScan = oneOf(optionalString(input, "model-scan") ?? "fail", "model-scan", [
    "fail",
    "warn",
    "off",
  ] as const);
  return {
    predict,
    modelScan,
    dataset: parseList(input("dataset")),
    ...(evaluationRows
      ? { evaluationRows: oneOf(evaluationRows, "evaluation-rows", ["candidate", "dataset"] as const) }
      : {}),
    ...(candidateModel ? { candidateModel } : {}),
    model: optionalString(input, "model") ?? null,
    candidateMetrics,
    candidatePredictions,
    baseline: optionalString(input, "baseline") ?? "production",
    baselinePredictions: optionalString(input, "baseline-predictions"),
    gates,
    significance,
    resamples: optionalNumber(input, "bootstrap-resamples", { integer: true, min: 0, max: 100_000 }) ?? 1000,
    seed: optionalNumber(input, "seed", { integer: true, min: 0, max: 2 ** 32 - 1 }) ?? 20240601,
    level,
    columns: {
      task,
      label: optionalString(input, "label-column") ?? "label",
      prediction: optionalString(input, "prediction-column") ?? "prediction",
      score: optionalString(input, "score-column") ?? "score",
      id: optionalString(input, "id-column"),
      slices: parseList(input("slices")),
      positiveLabel: optionalString(input, "positive-label"),
      threshold: optionalNumber(input, "decision-threshold") ?? 0.5,
    },
    output: optionalString(input, "comparison-file") ?? DEFAULT_COMPARISON_FILE,
    cwd: ctx.run.workspace,
    failOnGate: optionalBoolean(input, "fail-on-gate") ?? true,
    registry,
    ...(registryPath ? { registryPath } : {}),
    ...(token ? { token } : {}),
  };
}

/** Compares the candidate with its baseline under the gates; says why it passed or failed. */
async function runEvaluate(
  options: EvaluateStepOptions,
  { context, now }: EvaluateServices & { context: StepContext },
): Promise<EvaluateResult> {
  const { logger, run: ctx } = context;
  if (options.token) logger.setSecret(options.token);
  if (options.gates.length === 0)
    logger.warning("no gates declared: the comparison is reported but nothing can fail");
  const { evaluateAgainstBaseline } = await import("./evaluate.js");
  const result = await evaluateAgainstBaseline(options, {
    logger,
    ctx,
    ...(now ? { now } : {}),
    openRegistry: async () => {
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
  const c = result.comparison;
  for (const reason of c.reasons) (c.passed ? logger.info : logger.warning).call(logger, reason);
  logger.info(`verdict: ${c.verdict}; Comparison written to ${result.file}`);
  return result;
}

export const evaluateStep: StepDefinition<EvaluateStepOptions, EvaluateResult, EvaluateServices> = {
  name: "evaluate-against-baseline",
  configSection: evaluateConfigSection,
  readInputs: readEvaluateInputs,
  run: runEvaluate,
  outputs: ({ comparison: c, file }) => ({
    passed: c.passed,
    verdict: c.verdict,
    comparison: file,
    "baseline-version": c.baseline?.version ?? "",
  }),
  summary: (result) => result.summary,
  failure({ comparison: c }, options) {
    if (c.passed || !options.failOnGate) return null;
    return new StepFailed(
      `gates failed (${c.reasons.filter((r) => r.includes("failed")).length} rule(s)): ${c.reasons.slice(0, 5).join("; ")}${c.reasons.length > 5 ? "; …" : ""}`,
      { code: "gate-failed" },
    );
  },
};
