import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import {
  ConfigurationError,
  ConsoleLogger,
  executeStep,
  isConfigurationError,
  isStepFailed,
  readDocument,
  runContextFromEnv,
  silentLogger,
  type MlopsConfig,
  type OutputValue,
  type PipelineStep,
  type StepContext,
  type StepDefinition,
  type StepOutcome,
  type StepServices,
} from "@mlops/core";
import { validateDataStep } from "@mlops/data/step";
import { deployStep } from "@mlops/deploy";
import { evaluateStep } from "@mlops/metrics/step";
import { openRegistry, registerModelStep, registryOptionsFrom } from "@mlops/registry";
import { trainStep } from "@mlops/train";
import { globalOptions, loadCliConfig } from "../shared.js";
import { reportPreviewStep } from "./report.js";

/*
 * `mlops run`: the pipeline of mlops.yml on this machine, against the local registry — what the
 * continuous-training workflow does on GitHub. Each step is its step definition, executed in
 * this process as `mlops <step>` executes it; the outputs of one are the inputs of the next.
 * Re-running on unchanged inputs changes nothing: training is a run-cache hit, a model whose run
 * is already registered is not registered again, and an environment already serving the version
 * is not redeployed.
 */

const PIPELINE_STEPS: readonly PipelineStep[] = [
  "validate",
  "train",
  "evaluate",
  "register",
  "deploy",
  "report",
];

interface StepOutcomeLine {
  step: PipelineStep;
  status: "ok" | "failed" | "skipped";
  note: string;
}

export function registerRun(program: Command): void {
  program
    .command("run")
    .description(
      "run the pipeline declared in mlops.yml locally: validate, train, evaluate, register, deploy, report",
    )
    .option("--steps <list>", "only these steps, comma-separated (default: pipeline in mlops.yml)")
    .option("--report-file <file>", "where to write the Markdown report (default .mlops/run/report.md)")
    .action(async (_opts: unknown, cmd: Command) => {
      const config = await loadCliConfig(cmd);
      const flags = cmd.opts<{ steps?: string; reportFile?: string }>();
      const steps = pipelineSteps(config, flags.steps);
      const code = await runPipeline(config, steps, {
        configFile: path.resolve(globalOptions(cmd).config),
        reportFile: flags.reportFile ?? ".mlops/run/report.md",
        verbose: Boolean(globalOptions(cmd).verbose),
      });
      process.exitCode = code;
    });
}

export function pipelineSteps(config: MlopsConfig, only?: string): PipelineStep[] {
  if (only) {
    const list = only
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    for (const s of list) {
      if (!(PIPELINE_STEPS as readonly string[]).includes(s)) {
        throw new ConfigurationError(
          `--steps: unknown step '${s}'; expected some of ${PIPELINE_STEPS.join(", ")}`,
          {
            code: "input-invalid",
          },
        );
      }
    }
    return list as PipelineStep[];
  }
  if (config.pipeline) return config.pipeline;
  const present: PipelineStep[] = [];
  if (config.validate) present.push("validate");
  if (config.train) present.push("train");
  if (config.evaluate) present.push("evaluate");
  if (config.train) present.push("register");
  if (config.deploy) present.push("deploy");
  present.push("report");
  if (!config.train && !config.validate) {
    throw new ConfigurationError(
      "mlops run: mlops.yml declares no pipeline (add a train: or validate: section)",
      {
        code: "config-invalid",
      },
    );
  }
  return present;
}

/** What the steps hand on to the steps after them. */
interface PipelineState {
  validation?: string;
  runRecord?: string;
  comparison?: string;
  verdict?: string;
  version?: number;
  failed?: boolean;
}

interface PipelineRun {
  config: MlopsConfig;
  configFile: string;
  model: string;
  workDir: string;
  reportFile: string;
  verbose: boolean;
  /** Inputs every registry step gets: the local registry of mlops.yml. */
  registry: Record<string, string | undefined>;
  state: PipelineState;
}

type StageResult = Omit<StepOutcomeLine, "step">;

/** A step's definition executed in this process, as `mlops <step>` would run it. */
interface Executed<O, R> {
  outputs: Record<string, string>;
  /** Set when the step ran to its end (it may still have failed: outcome.failure). */
  outcome: StepOutcome<O, R> | null;
  /** Why it failed: its outcome's failure, or the error it stopped with. */
  error: unknown;
}

async function execute<O, R, S>(
  run: PipelineRun,
  definition: StepDefinition<O, R, S>,
  given: Record<string, string | undefined>,
  services: StepServices<O, S> = () => ({}) as S,
  options: { printSummary?: boolean } = {},
): Promise<Executed<O, R>> {
  const logger = new ConsoleLogger({ verbose: run.verbose });
  const outputs: Record<string, string> = {};
  const ctx: StepContext = {
    host: "cli",
    run: { ...runContextFromEnv(), workspace: process.cwd() },
    config: run.config,
    configFile: run.configFile,
    logger,
    given: (name) => given[name],
  };
  const io = {
    setOutput: (name: string, value: OutputValue) => void (outputs[name] = String(value)),
    appendSummary: async (markdown: string) => {
      if (options.printSummary) process.stdout.write(`\n${markdown}`);
    },
  };
  try {
    const outcome = await executeStep(definition, io, ctx, services);
    if (outcome.failure) reportError(outcome.failure);
    return { outputs, outcome, error: outcome.failure };
  } catch (error) {
    reportError(error);
    return { outputs, outcome: null, error };
  }
}

/** What `mlops <step>` would print on its way out. */
function reportError(error: unknown): void {
  if (isConfigurationError(error) || isStepFailed(error)) {
    process.stderr.write(`mlops: ${(error as Error).message}\n`);
  } else {
    process.stderr.write(
      `mlops: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
}

/** The note of a step that stopped: its exit code, as a process would have ended. */
function exitNote(error: unknown): string {
  return `exit code ${isStepFailed(error) ? error.exitCode : isConfigurationError(error) ? 1 : 70}`;
}

async function validateStage(run: PipelineRun): Promise<StageResult> {
  const r = await execute(run, validateDataStep, { report: path.join(run.workDir, "validation.json") });
  run.state.validation = r.outputs.report || undefined;
  const drift =
    r.outputs["drift-detected"] === "true"
      ? `, drift in ${(JSON.parse(r.outputs["drifted-columns"] ?? "[]") as string[]).join(", ")}`
      : "";
  if (r.error) return { status: "failed", note: `${r.outputs.anomalies ?? "?"} anomalies${drift}` };
  return { status: "ok", note: `${r.outputs.rows} rows, ${r.outputs.anomalies} anomalies${drift}` };
}

async function trainStage(run: PipelineRun): Promise<StageResult> {
  const r = await execute(run, trainStep, {});
  run.state.runRecord = r.outputs["run-record"] ? path.resolve(r.outputs["run-record"]) : undefined;
  if (r.error || !run.state.runRecord) return { status: "failed", note: exitNote(r.error) };
  return {
    status: "ok",
    note: r.outputs["cache-hit"] === "true" ? "cache hit: nothing changed, command not run" : "trained",
  };
}

function requireRunRecord(run: PipelineRun, step: PipelineStep): string {
  if (!run.state.runRecord)
    throw new ConfigurationError(`mlops run: ${step} needs the train step before it`, {
      code: "config-invalid",
    });
  return run.state.runRecord;
}

async function evaluateStage(run: PipelineRun): Promise<StageResult> {
  const given = {
    "candidate-metrics": requireRunRecord(run, "evaluate"),
    "comparison-file": path.join(run.workDir, "comparison.json"),
    "fail-on-gate": "false",
    ...run.registry,
  };
  // As `mlops evaluate` does, the Comparison's table is printed.
  const r = await execute(run, evaluateStep, given, () => ({}), { printSummary: true });
  run.state.comparison = r.outputs.comparison ? path.resolve(r.outputs.comparison) : undefined;
  run.state.verdict = r.outputs.verdict;
  if (r.error || !run.state.verdict) {
    run.state.failed = true;
    return { status: "failed", note: exitNote(r.error) };
  }
  const base = r.outputs["baseline-version"] ? ` against v${r.outputs["baseline-version"]}` : "";
  return {
    status: run.state.verdict === "fail" ? "failed" : "ok",
    note: `verdict ${run.state.verdict}${base}`,
  };
}

async function registerStage(run: PipelineRun): Promise<StageResult> {
  const runRecord = requireRunRecord(run, "register");
  if (run.state.verdict === "fail") {
    console.log("skipped: the candidate failed its gates, so it is not registered");
    return { status: "skipped", note: "the gates failed: nothing registered" };
  }
  const r = await execute(run, registerModelStep, {
    model: run.model,
    "run-record": runRecord,
    ...run.registry,
  });
  const result = r.outcome?.result;
  if (r.error || !result) return { status: "failed", note: exitNote(r.error) };
  run.state.version = result.version.number;
  if (!result.created) {
    // A run already registered (same training fingerprint, or byte-identical files) registers nothing.
    const record = await readDocument("mlops.run", runRecord);
    console.log(
      `already registered: v${result.version.number} holds this run (${record.restoredFrom?.id ?? record.id})`,
    );
    return { status: "ok", note: `already registered as v${result.version.number}` };
  }
  console.log(`registered ${run.model} v${result.version.number}`);
  return { status: "ok", note: `registered v${result.version.number}` };
}

/** The version an alias of the local registry points at, if any. */
async function aliasVersion(run: PipelineRun, alias: string): Promise<number | undefined> {
  const registry = await openRegistry(
    registryOptionsFrom(
      run.config,
      { backend: "local", path: run.registry["registry-path"] },
      { ctx: runContextFromEnv(), logger: silentLogger },
    ),
  );
  return (await registry.resolve(run.model, alias, { optional: true }))?.number;
}

async function deployStage(run: PipelineRun): Promise<StageResult> {
  const version = run.state.version;
  if (version === undefined) {
    console.log("skipped: no new version to deploy");
    return { status: "skipped", note: "no version to deploy" };
  }
  const environment = run.config.deploy?.environment ?? "production";
  const current = await aliasVersion(run, environment.toLowerCase());
  if (current === version) {
    console.log(`nothing to do: ${environment} already serves v${version}`);
    return { status: "ok", note: `${environment} already serves v${version}` };
  }
  const r = await execute(run, deployStep, {
    model: run.model,
    version: String(version),
    environment,
    ...run.registry,
  });
  if (r.error) return { status: "failed", note: exitNote(r.error) };
  if (r.outcome?.result.succeeded) console.log(r.outcome.result.message);
  return { status: "ok", note: `${environment}: v${current ?? "-"} → v${version}` };
}

async function reportStage(run: PipelineRun): Promise<StageResult> {
  const { comparison, validation, runRecord } = run.state;
  if (!comparison && !validation && !runRecord) return { status: "skipped", note: "no documents to report" };
  const r = await execute(run, reportPreviewStep, {
    model: run.model,
    comparison,
    "validation-report": validation,
    "run-record": runRecord,
    output: run.reportFile,
  });
  if (r.error || !r.outcome) return { status: "failed", note: exitNote(r.error) };
  process.stdout.write(r.outcome.result.markdown + "\n");
  return { status: "ok", note: `written to ${path.relative(process.cwd(), run.reportFile)}` };
}

/** Each pipeline step: its definition, fed from the steps before it. */
const STAGES: Record<PipelineStep, (run: PipelineRun) => Promise<StageResult>> = {
  validate: validateStage,
  train: trainStage,
  evaluate: evaluateStage,
  register: registerStage,
  deploy: deployStage,
  report: reportStage,
};

function banner(step: string): void {
  process.stdout.write(`\n━━ ${step} ${"━".repeat(Math.max(3, 60 - step.length))}\n`);
}

async function runPipeline(
  config: MlopsConfig,
  steps: PipelineStep[],
  options: { configFile: string; reportFile: string; verbose: boolean },
): Promise<number> {
  if (!config.model && steps.some((s) => s !== "validate")) {
    throw new ConfigurationError(
      "mlops run: mlops.yml needs `model: <name>` for train, evaluate, register and deploy",
      { code: "config-invalid" },
    );
  }
  const run: PipelineRun = {
    config,
    configFile: options.configFile,
    model: config.model ?? "",
    workDir: path.resolve(".mlops/run"),
    reportFile: path.resolve(options.reportFile),
    verbose: options.verbose,
    registry: { registry: "local", "registry-path": config.registry?.path },
    state: {},
  };
  await mkdir(run.workDir, { recursive: true });
  const outcomes: StepOutcomeLine[] = [];
  for (const step of steps) {
    banner(step);
    if (run.state.failed && step !== "report") {
      console.log("skipped: an earlier step failed");
      outcomes.push({ step, status: "skipped", note: "an earlier step failed" });
      continue;
    }
    const result = await STAGES[step](run);
    // A failed gate is an outcome the later steps handle (nothing is registered or deployed).
    if (result.status === "failed" && step !== "evaluate") run.state.failed = true;
    outcomes.push({ step, ...result });
  }
  banner("pipeline");
  for (const o of outcomes) {
    const mark = o.status === "ok" ? "✔" : o.status === "failed" ? "✘" : "·";
    console.log(`${mark} ${o.step.padEnd(9)} ${o.note}`);
  }
  return outcomes.some((o) => o.status === "failed") ? 1 : 0;
}
