import {
  ConfigurationError,
  oneOf,
  optionalBoolean,
  optionalNumber,
  optionalString,
  parseList,
  type MlopsConfig,
  type RawInputs,
  type RunContext,
  type StepIO,
} from "@mlops/core";
import { evaluateAgainstBaseline, type EvaluateOptions, type EvaluateResult } from "./evaluate.js";
import { gatesFromValue, readGates, type Gate } from "./gates.js";
import { TASKS } from "./predictions.js";

/*
 * The evaluate step as the action, `mlops evaluate` and `mlops run` share it: raw inputs
 * (action inputs or CLI flags, falling back to mlops.yml's `evaluate:` section) → typed
 * options → evaluateAgainstBaseline → outputs, job summary, and a failing exit on a failed gate.
 */

export const DEFAULT_COMPARISON_FILE = ".mlops/comparison.json";

/** Reads the step's inputs. `input` already falls back to mlops.yml; `config` gives gates as a mapping. */
export async function readEvaluateInputs(
  input: RawInputs,
  options: { cwd: string; config?: MlopsConfig; configFile?: string; rawGates?: string | undefined },
): Promise<
  EvaluateOptions & {
    failOnGate: boolean;
    registry: "auto" | "local" | "github";
    registryPath?: string;
    token?: string;
  }
> {
  let gates: Gate[] = [];
  const fromConfig = options.config?.evaluate?.gates;
  if (options.rawGates === undefined && fromConfig && typeof fromConfig === "object") {
    gates = gatesFromValue(fromConfig, `${options.configFile ?? "mlops.yml"} evaluate.gates`);
  } else {
    const text = optionalString(input, "gates");
    if (text) gates = await readGates(text, { cwd: options.cwd });
  }
  const significance =
    optionalNumber(input, "significance", { min: Number.MIN_VALUE, max: 0.999999 }) ?? null;
  const level = optionalNumber(input, "confidence-level", { min: 0.5, max: 0.9999 }) ?? 0.95;
  const task = oneOf(optionalString(input, "task") ?? "auto", "task", TASKS);
  const registry = oneOf(optionalString(input, "registry") ?? "auto", "registry", [
    "auto",
    "local",
    "github",
  ] as const);
  const registryPath = optionalString(input, "registry-path");
  const token = optionalString(input, "token");
  const model = optionalString(input, "model") ?? null;
  return {
    model,
    candidateMetrics: optionalString(input, "candidate-metrics"),
    candidatePredictions: optionalString(input, "candidate-predictions"),
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
    cwd: options.cwd,
    failOnGate: optionalBoolean(input, "fail-on-gate") ?? true,
    registry,
    ...(registryPath ? { registryPath } : {}),
    ...(token ? { token } : {}),
  };
}

/** Runs the step end to end; returns the result (and sets process.exitCode = 1 on a failed gate). */
export async function runEvaluateStep(step: {
  io: StepIO;
  ctx: RunContext;
  config: MlopsConfig;
  input: RawInputs;
  configFile?: string;
  now?: () => Date;
}): Promise<EvaluateResult> {
  const { io, ctx } = step;
  const options = await readEvaluateInputs(step.input, {
    cwd: ctx.workspace,
    config: step.config,
    ...(step.configFile ? { configFile: step.configFile } : {}),
    rawGates: io.input("gates"),
  });
  if (options.token) io.logger.setSecret(options.token);
  if (options.gates.length === 0)
    io.logger.warning("no gates declared: the comparison is reported but nothing can fail");
  const result = await evaluateAgainstBaseline(options, {
    logger: io.logger,
    ctx,
    ...(step.now ? { now: step.now } : {}),
    openRegistry: async () => {
      const { openRegistry } = await import("@mlops/registry");
      return openRegistry({
        backend: options.registry,
        ...(options.registryPath ? { path: options.registryPath } : {}),
        ...(options.token ? { token: options.token } : {}),
        ctx,
        logger: io.logger,
      });
    },
  });
  const c = result.comparison;
  io.setOutput("passed", c.passed);
  io.setOutput("verdict", c.verdict);
  io.setOutput("comparison", result.file);
  io.setOutput("baseline-version", c.baseline?.version ?? "");
  await io.appendSummary(result.summary);
  for (const reason of c.reasons) (c.passed ? io.logger.info : io.logger.warning).call(io.logger, reason);
  io.logger.info(`verdict: ${c.verdict}; Comparison written to ${result.file}`);
  if (!c.passed && options.failOnGate) {
    throw new ConfigurationError(
      `gates failed (${c.reasons.filter((r) => r.includes("failed")).length} rule(s)): ${c.reasons.slice(0, 5).join("; ")}${c.reasons.length > 5 ? "; …" : ""}`,
      { code: "gate-failed" },
    );
  }
  return result;
}
