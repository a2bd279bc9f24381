import os from "node:os";
import path from "node:path";
import {
  ConfigurationError,
  optionalString,
  workflowRunUrl,
  type Logger,
  type MlopsConfig,
  type RawInputs,
  type RunContext,
  type StepIO,
} from "@mlops/core";
import { DEFAULT_LOCAL_REGISTRY, openRegistry } from "@mlops/registry";
import { deployModel } from "./deploy.js";
import { createTarget, readDeployInputs } from "./inputs.js";
import { LocalDeploymentLog } from "./local-log.js";
import { killActiveChildren } from "./process.js";
import { renderDeploySummary } from "./summary.js";
import type { DeploymentRecorder, DeployResult, TargetKind } from "./types.js";

/*
 * The deploy step as every host runs it: the action's main.ts, `mlops deploy` and `mlops run`.
 * Hosts differ only in where inputs come from and in how deployments are recorded (GitHub
 * Deployments inside Actions with a token; the local log otherwise), which they pass in.
 */

/** mlops.yml → the step's input names: the deploy section plus the model and registry settings. */
export function deployConfigSection(config: MlopsConfig): Record<string, unknown> {
  return {
    model: config.model,
    registry: config.registry?.backend,
    "registry-path": config.registry?.path,
    ...config.deploy,
  };
}

export interface DeployStepHost {
  io: StepIO;
  ctx: RunContext;
  /** Inputs with mlops.yml already folded in (withConfigFallback). */
  input: RawInputs;
  /** A GitHub recorder inside Actions; null for the local deployment log. */
  githubRecorder?: (token: string) => Promise<DeploymentRecorder | null>;
  /** The CLI's defaults: target directory into .mlops/serving/<model>/<environment>. */
  defaults?: { target?: TargetKind; directory?: (model: string, environmentAlias: string) => string };
  env?: NodeJS.ProcessEnv;
}

export async function runDeployStep(host: DeployStepHost): Promise<DeployResult> {
  const { io, ctx } = host;
  const logger = io.logger;
  const inputs = readDeployInputs(host.input, host.defaults);
  const token = optionalString(io.input, "token");
  if (token) logger.setSecret(token);
  const registry = await openRegistry({
    backend: inputs.registry.backend,
    path: inputs.registry.path,
    token,
    ctx,
    logger,
  });
  const registryRoot = path.resolve(ctx.workspace, inputs.registry.path ?? DEFAULT_LOCAL_REGISTRY);
  let recorder: DeploymentRecorder | null = null;
  if (token && ctx.inActions && ctx.repository && host.githubRecorder)
    recorder = await host.githubRecorder(token);
  if (!recorder) {
    recorder = new LocalDeploymentLog(registryRoot, inputs.options.model);
    logger.info(
      `deployments are recorded in ${recorder.location} (no GitHub Deployments outside Actions or without a token)`,
    );
  }
  const env = host.env ?? process.env;
  const provenance = {
    repository: ctx.repository,
    sha: ctx.sha,
    "run-url": workflowRunUrl(ctx),
    actor: ctx.actor,
  };
  const target = createTarget(inputs.target, { logger, cwd: ctx.workspace, env, provenance });
  const workDir = path.join(ctx.runnerTemp ?? os.tmpdir(), "mlops-deploy");
  const cancellation = handleCancellation(recorder, { logger, logUrl: workflowRunUrl(ctx) });
  let result: DeployResult;
  try {
    result = await deployModel(inputs.options, {
      registry,
      recorder: cancellation.recorder,
      target,
      logger,
      workDir,
      env,
      cwd: ctx.workspace,
      logUrl: workflowRunUrl(ctx),
      ref: ctx.sha,
      provenance,
    });
  } finally {
    cancellation.dispose();
  }
  io.setOutput("deployment-id", result.deploymentId ?? "");
  io.setOutput("version", result.version);
  io.setOutput("previous-version", result.previousVersion ?? "");
  io.setOutput("rolled-back", result.rolledBack);
  io.setOutput("environment-url", result.environmentUrl ?? "");
  await io.appendSummary(renderDeploySummary(result));
  return result;
}

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

/** Fails the step with the result's message when the deploy did not succeed (outputs are already written). */
export function assertDeployed(result: DeployResult): void {
  if (!result.succeeded) throw new ConfigurationError(result.message, { code: `deploy-${result.outcome}` });
}
