import os from "node:os";
import path from "node:path";
import {
  optionalBoolean,
  optionalString,
  StepFailed,
  workflowRunUrl,
  type Logger,
  type MlopsConfig,
  type StepContext,
  type StepDefinition,
} from "@mlops/core";
import {
  DEFAULT_LOCAL_REGISTRY,
  enforceScan,
  openRegistry,
  readModelScanMode,
  registryConfigInputs,
  registryOptionsFrom,
  scanSummaryLine,
  type ModelScanMode,
} from "@mlops/registry";
import { deployCommandEnv } from "./clean-env.js";
import { deployModel } from "./deploy.js";
import { createTarget, readDeployInputs, type DeployInputs } from "./inputs.js";
import { LocalDeploymentLog } from "./local-log.js";
import { killActiveChildren } from "./process.js";
import { renderDeploySummary } from "./summary.js";
import type { DeploymentRecorder, DeployResult } from "./types.js";

/*
 * The deploy step as every host runs it: the action's main.ts, `mlops deploy` and `mlops run`
 * execute deployStep. Hosts differ only in where inputs come from and in how deployments are
 * recorded (GitHub Deployments inside Actions with a token; the local log otherwise), which
 * they pass in.
 */

/** mlops.yml → the step's input names: the deploy section plus the model and registry settings. */
export function deployConfigSection(config: MlopsConfig): Record<string, unknown> {
  return {
    model: config.model,
    ...registryConfigInputs(config),
    ...config.deploy,
  };
}

/** What a host passes: a GitHub Deployments recorder inside Actions, the environment for commands. */
export interface DeployServices {
  /** A GitHub recorder inside Actions with a token; null (or absent) for the local deployment log. */
  githubRecorder?: (token: string) => Promise<DeploymentRecorder | null>;
  env?: NodeJS.ProcessEnv;
}

/** passToken: the deploy and health-check commands get the token as GITHUB_TOKEN (clean-env.ts). */
export type DeployStepOptions = DeployInputs & {
  token: string | undefined;
  passToken: boolean;
  /** model-scan: the downloaded files are scanned before the target runs (default fail). */
  modelScan?: ModelScanMode;
};

/** The CLI's defaults: target directory into .mlops/serving/<model>/<environment>. */
const CLI_DEFAULTS = {
  target: "directory",
  directory: (model: string, environment: string) => path.join(".mlops", "serving", model, environment),
} as const;

/** Where deployments are recorded: GitHub Deployments inside Actions with a token, else the local log. */
async function deploymentRecorder(
  options: DeployStepOptions,
  context: StepContext,
  githubRecorder: DeployServices["githubRecorder"],
): Promise<DeploymentRecorder> {
  const { run: ctx, logger } = context;
  if (options.token && ctx.inActions && ctx.repository && githubRecorder) {
    const recorder = await githubRecorder(options.token);
    if (recorder) return recorder;
  }
  const registryRoot = path.resolve(ctx.workspace, options.registry.path ?? DEFAULT_LOCAL_REGISTRY);
  const recorder = new LocalDeploymentLog(registryRoot, options.options.model);
  logger.info(
    `deployments are recorded in ${recorder.location} (no GitHub Deployments outside Actions or without a token)`,
  );
  return recorder;
}

async function runDeploy(
  options: DeployStepOptions,
  { context, githubRecorder, env }: DeployServices & { context: StepContext },
): Promise<DeployResult> {
  const { run: ctx, logger } = context;
  const { token } = options;
  if (token) logger.setSecret(token);
  const registry = await openRegistry(
    registryOptionsFrom(context.config, { ...options.registry, token }, { ctx, logger }),
  );
  const recorder = await deploymentRecorder(options, context, githubRecorder);
  const provenance = {
    repository: ctx.repository,
    sha: ctx.sha,
    "run-url": workflowRunUrl(ctx),
    actor: ctx.actor,
  };
  // A run: step's environment: no INPUT_* (the token), no ACTIONS_RUNTIME_*; the token only with pass-token.
  const environment = deployCommandEnv(env ?? process.env, { token, passToken: options.passToken });
  const target = createTarget(options.target, { logger, cwd: ctx.workspace, env: environment, provenance });
  const workDir = path.join(ctx.runnerTemp ?? os.tmpdir(), "mlops-deploy");
  const cancellation = handleCancellation(recorder, { logger, logUrl: workflowRunUrl(ctx) });
  let modelScan: string | undefined;
  const checkModel = async (modelPath: string, version: { number: number }) => {
    const mode = options.modelScan ?? "fail";
    const scan = await enforceScan(modelPath, mode, logger, {
      consequence: "deployed nothing",
      context: `${options.options.model} version ${version.number}`,
    });
    modelScan = mode === "off" ? "model scan: off" : scanSummaryLine(scan);
  };
  try {
    const result = await deployModel(options.options, {
      checkModel,
      registry,
      recorder: cancellation.recorder,
      target,
      logger,
      workDir,
      env: environment,
      cwd: ctx.workspace,
      logUrl: workflowRunUrl(ctx),
      ref: ctx.sha,
      provenance,
    });
    return modelScan === undefined ? result : { ...result, modelScan };
  } finally {
    cancellation.dispose();
  }
}

/**
 * The deploy-model step: resolve a registered version, record a deployment, run the target,
 * check health, move the environment alias or roll back. An unhealthy or failed deploy fails the
 * step (StepFailed) once its outputs and summary are written.
 */
export const deployStep: StepDefinition<DeployStepOptions, DeployResult, DeployServices> = {
  name: "deploy-model",
  configSection: deployConfigSection,
  readInputs: (input, ctx) => ({
    ...readDeployInputs(input, ctx.host === "cli" ? CLI_DEFAULTS : {}),
    // A token is never read from mlops.yml.
    token: optionalString(ctx.given, "token"),
    passToken: optionalBoolean(input, "pass-token") ?? false,
    modelScan: readModelScanMode(input),
  }),
  run: runDeploy,
  outputs: (result) => ({
    "deployment-id": result.deploymentId ?? "",
    version: result.version,
    "previous-version": result.previousVersion ?? "",
    "rolled-back": result.rolledBack,
    "environment-url": result.environmentUrl ?? "",
  }),
  summary: (result) =>
    renderDeploySummary(result) +
    (result.modelScan ? `\n${result.modelScan.replace(/[`|<>\\]/g, "")}\n` : ""),
  failure: (result) =>
    result.succeeded ? null : new StepFailed(result.message, { code: `deploy-${result.outcome}` }),
};

const TERMINAL = new Set(["success", "failure", "error", "inactive"]);

/**
 * A cancelled workflow (the runner sends SIGINT, then SIGTERM 7.5 s later) or a Ctrl-C must not leave a
 * deploy script running in its own process group, nor a deployment `in_progress` forever:
 * on either signal the running commands' process trees get SIGTERM, every deployment that has
 * not reached a final state is marked `error`, and the process exits 128 + the signal number.
 */
function handleCancellation(
  recorder: DeploymentRecorder,
  options: { logger: Logger; logUrl: string | null },
): { recorder: DeploymentRecorder; dispose: () => void } {
  const open = new Set<string>();
  let cancelling = false;
  // Once cancelled, the deploy's own later writes (a failure status, a rollback) are dropped:
  // the record says "cancelled", not what the interrupted flow would have concluded.
  const tracked: DeploymentRecorder = {
    kind: recorder.kind,
    location: recorder.location,
    async create(request) {
      if (cancelling) throw new Error("the deploy is being cancelled");
      const created = await recorder.create(request);
      open.add(created.id);
      return created;
    },
    async setStatus(id, update) {
      if (cancelling) return;
      await recorder.setStatus(id, update);
      if (TERMINAL.has(update.state)) open.delete(id);
    },
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (cancelling) return;
    cancelling = true;
    const killed = killActiveChildren("SIGTERM");
    options.logger.error(
      `deploy cancelled (${signal}): ${killed ? `stopped ${killed} running command(s); ` : ""}` +
        `${open.size ? `marking deployment(s) ${[...open].join(", ")} as error; ` : ""}the alias was not moved by this deploy`,
    );
    const marks = [...open].map((id) =>
      recorder
        .setStatus(id, {
          state: "error",
          description: `cancelled (${signal}); the target may be partly updated`,
          logUrl: options.logUrl,
        })
        .catch(() => undefined),
    );
    const number: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
    void Promise.all(marks).finally(() => process.exit(128 + (number[signal] ?? 15)));
  };
  // The runner documents SIGINT then SIGTERM (7.5 s later); some runners send SIGHUP (actions/runner#1309).
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const signal of signals) process.on(signal, onSignal);
  return {
    recorder: tracked,
    dispose: () => {
      for (const signal of signals) process.off(signal, onSignal);
    },
  };
}
