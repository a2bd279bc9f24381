import os from "node:os";
import path from "node:path";
import {
  ConfigurationError,
  optionalString,
  workflowRunUrl,
  type MlopsConfig,
  type RawInputs,
  type RunContext,
  type StepIO,
} from "@mlops/core";
import { DEFAULT_LOCAL_REGISTRY, openRegistry } from "@mlops/registry";
import { deployModel } from "./deploy.js";
import { createTarget, readDeployInputs } from "./inputs.js";
import { LocalDeploymentLog } from "./local-log.js";
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
  const result = await deployModel(inputs.options, {
    registry,
    recorder,
    target,
    logger,
    workDir,
    env,
    cwd: ctx.workspace,
    logUrl: workflowRunUrl(ctx),
    ref: ctx.sha,
    provenance,
  });
  io.setOutput("deployment-id", result.deploymentId ?? "");
  io.setOutput("version", result.version);
  io.setOutput("previous-version", result.previousVersion ?? "");
  io.setOutput("rolled-back", result.rolledBack);
  io.setOutput("environment-url", result.environmentUrl ?? "");
  await io.appendSummary(renderDeploySummary(result));
  return result;
}

/** Fails the step with the result's message when the deploy did not succeed (outputs are already written). */
export function assertDeployed(result: DeployResult): void {
  if (!result.succeeded) throw new ConfigurationError(result.message, { code: `deploy-${result.outcome}` });
}
