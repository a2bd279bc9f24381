import type { Logger } from "@mlops/core";
import { describeShellResult, formatSeconds, runShell } from "../process.js";
import { truncate } from "../health.js";
import { TargetError, type DeployedModel, type DeployTarget, type TargetResult } from "../types.js";

/** The variables a deploy (and health-check) command receives. */
export function modelEnv(model: DeployedModel, modelPath: string | null): Record<string, string> {
  return {
    MODEL_NAME: model.name,
    MODEL_VERSION: String(model.version),
    MODEL_URI: model.uri,
    ...(modelPath !== null ? { MODEL_PATH: modelPath } : {}),
    ENVIRONMENT: model.environment,
    /** `deploy`, or `rollback` when the previous version is being restored. */
    DEPLOY_ROLE: model.role,
    ...(model.deploymentId ? { DEPLOYMENT_ID: model.deploymentId } : {}),
  };
}

export interface CommandTargetOptions {
  command: string;
  timeoutMs: number;
  cwd: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  killGraceMs?: number;
}

/**
 * Runs the user's deploy script with the model in its environment. Values travel as
 * environment variables, never spliced into the command text, so a model name cannot inject
 * shell syntax.
 */
export class CommandTarget implements DeployTarget {
  readonly kind = "command" as const;
  constructor(private readonly options: CommandTargetOptions) {}

  describe(): string {
    return `command ${JSON.stringify(truncate(this.options.command, 80))}`;
  }

  async deploy(model: DeployedModel): Promise<TargetResult> {
    const { modelPath } = await model.materialize();
    const { logger } = this.options;
    const result = await runShell(this.options.command, {
      cwd: this.options.cwd,
      env: { ...this.options.env, ...modelEnv(model, modelPath) },
      timeoutMs: this.options.timeoutMs,
      killGraceMs: this.options.killGraceMs ?? 5_000,
      onLine: (line) => logger.info(`  ${line}`),
    });
    const took = formatSeconds(Math.round(result.durationMs / 100) * 100);
    if (result.exitCode === 0 && !result.timedOut) {
      return { detail: `deploy command exited 0 after ${took}` };
    }
    const output = result.tail.filter((l) => l.trim()).slice(-5);
    throw new TargetError(
      `deploy command ${describeShellResult(result, this.options.timeoutMs)}` +
        (result.timedOut ? ` (timeout-seconds ${this.options.timeoutMs / 1000})` : "") +
        (output.length ? `; last output:\n${output.map((l) => `    ${truncate(l, 300)}`).join("\n")}` : ""),
    );
  }
}
