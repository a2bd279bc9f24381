import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  ConfigurationError,
  checkAlias,
  checkModelName,
  errorMessage,
  isConfigurationError,
  type ModelVersion,
} from "@mlops/core";
import { withLock } from "@mlops/registry";
import { runHealthCheck, truncate, type HealthDeps } from "./health.js";
import { modelEnv } from "./targets/command.js";
import {
  TargetError,
  type DeployDeps,
  type DeployedModel,
  type DeployOptions,
  type DeployResult,
  type DeploymentState,
  type HealthResult,
} from "./types.js";

/*
 * deploy-model's one implementation, used by the action, `mlops deploy` and `mlops run`:
 *
 *   resolve version (or alias) → record a deployment (queued) → download + verify (in_progress)
 *   → target → health check → success: move the environment alias (compare-and-swap) → success
 *                           → failure: mark failure → rollback deployment of the previous
 *                             version through the same target (+ health) → the alias stays
 *
 * Outcomes a user can act on (target failed, unhealthy, alias race lost) come back as a
 * DeployResult with succeeded: false and a message saying exactly what happened; the caller
 * writes the outputs and then fails the step with that message. Set-up mistakes (unknown
 * version, bad input) throw a ConfigurationError before anything is deployed.
 */

/**
 * A deployment status is public to everyone who can read the repository: it gets fixed text
 * written here, never a target's reply, a command's output or an error message (an echoed
 * Authorization header would be published); the details are in the log its log_url links to.
 */
function statusText(what: string): string {
  return `${what}; details in the workflow run log`;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The registry alias that tracks an environment: its name in lower case (GitHub environment names ignore case). */
export function environmentAliasFor(environment: string): string {
  const alias = environment.trim().toLowerCase();
  try {
    return checkAlias(alias);
  } catch {
    throw new ConfigurationError(
      `environment ${JSON.stringify(truncate(environment, 60))} cannot name a registry alias (lower-case letters, digits, '_' or '-', starting with a letter); set environment-alias, e.g. environment-alias: production-eu`,
      { code: "input-invalid" },
    );
  }
}

export async function deployModel(options: DeployOptions, deps: DeployDeps): Promise<DeployResult> {
  const deploy = async () => {
    const run = await DeployRun.resolve(options, deps);
    await run.record();
    const failure = await run.deployCandidate();
    return failure === null ? await run.promote() : await run.restorePrevious(failure);
  };
  const lockPath = deps.target.runLockPath;
  if (!lockPath) return await deploy();
  // Deploys into one local target run one after the other, from reading the environment's
  // alias to moving it: a concurrent deploy waits, so the alias and what is served agree.
  return await withLock(lockPath, deploy, {
    purpose: `deploy to ${options.environment} (${deps.target.describe()})`,
    logger: deps.logger,
    timeoutMs: DEPLOY_WAIT_MS,
  });
}

/** How long a deploy waits for another one into the same target (it is then refused, nothing changed). */
const DEPLOY_WAIT_MS = 30 * 60 * 1000;

type ResultFields = Pick<DeployResult, "outcome" | "succeeded" | "rolledBack" | "message"> &
  Partial<Pick<DeployResult, "rollbackDeploymentId" | "rollbackHealth">>;

/** One deploy from start to finish: what it deploys, what it has recorded and measured so far. */
class DeployRun {
  private readonly downloads: string[] = [];
  private readonly statusProblems: string[] = [];
  /** Why the candidate failed, in fixed words for the public status ("unhealthy", "the http target failed"). */
  private failureKind = "failed";
  private readonly healthDeps: HealthDeps;
  private deploymentId = "";
  private targetDetail: string | null = null;
  private environmentUrl: string | null;
  private health: HealthResult | null = null;

  private constructor(
    private readonly options: DeployOptions,
    private readonly deps: DeployDeps,
    private readonly model: string,
    private readonly envAlias: string,
    private readonly candidate: ModelVersion,
    private readonly previousDoc: ModelVersion | null,
  ) {
    this.environmentUrl = options.environmentUrl;
    this.healthDeps = {
      logger: deps.logger,
      env: deps.env,
      cwd: deps.cwd,
      sleep: deps.sleep ?? defaultSleep,
      fetch: deps.fetch ?? globalThis.fetch,
    };
  }

  /** 1. What to deploy, and what the environment runs now. */
  static async resolve(options: DeployOptions, deps: DeployDeps): Promise<DeployRun> {
    const { registry, target, logger } = deps;
    const model = checkModelName(options.model);
    const envAlias = checkAlias(options.environmentAlias);
    const ref = options.version ?? options.alias;
    if (!ref) {
      throw new ConfigurationError(
        "choose what to deploy: input 'version' (e.g. version: 3) or 'alias' (e.g. alias: staging)",
        { code: "input-missing" },
      );
    }
    if (options.version && options.alias) {
      logger.info(`version ${options.version} given; alias ${options.alias} is not used`);
    }
    const candidate = await registry.resolve(model, ref);
    const previousDoc = await registry.resolve(model, envAlias, { optional: true });
    const previous = previousDoc?.number ?? null;
    logger.info(
      `${model}: deploying version ${candidate.number}${options.version ? "" : ` (alias ${options.alias})`} to ${options.environment} via ${target.describe()}; ` +
        `alias ${envAlias} currently ${previous === null ? "does not exist (first deploy)" : `→ version ${previous}`}`,
    );
    return new DeployRun(options, deps, model, envAlias, candidate, previousDoc);
  }

  private get version(): number {
    return this.candidate.number;
  }

  private get previous(): number | null {
    return this.previousDoc?.number ?? null;
  }

  private get environment(): string {
    return this.options.environment;
  }

  /** A version as the target sees it; its files are downloaded (and verified) on first use. */
  private deliverable(
    doc: ModelVersion,
    role: DeployedModel["role"],
    deploymentId: string | null,
  ): DeployedModel {
    const { model, environment, deps, downloads } = this;
    const { registry, logger } = deps;
    let materialized: Promise<{ dir: string; modelPath: string }> | null = null;
    return {
      name: model,
      version: doc.number,
      uri: doc.uri,
      environment,
      role,
      files: doc.files,
      deploymentId,
      materialize() {
        materialized ??= (async () => {
          const dir = path.join(deps.workDir, `${model}-v${doc.number}-${randomBytes(4).toString("hex")}`);
          downloads.push(dir);
          await fs.mkdir(deps.workDir, { recursive: true });
          logger.info(
            `downloading ${model} version ${doc.number} from ${registry.location} (sha256 verified)`,
          );
          const result = await registry.download(model, doc.number, dir);
          return { dir: result.dir, modelPath: result.modelPath };
        })();
        return materialized;
      },
    };
  }

  private async setStatus(
    id: string,
    state: DeploymentState,
    description: string,
    environmentUrl?: string | null,
  ): Promise<void> {
    try {
      await this.deps.recorder.setStatus(id, {
        state,
        description,
        environmentUrl: environmentUrl ?? null,
        logUrl: this.deps.logUrl,
      });
      this.deps.logger.debug(`deployment ${id}: ${state} (${description})`);
    } catch (error) {
      // The deploy itself must not be abandoned half-way because a status could not be written.
      const problem = `could not set deployment ${id} to ${state}: ${errorMessage(error)}`;
      this.statusProblems.push(problem);
      this.deps.logger.warning(problem);
    }
  }

  private cleanup(): Promise<void> {
    return cleanup(this.downloads, this.deps.target.kind);
  }

  /** 2. Record the deployment before touching anything. */
  async record(): Promise<void> {
    const { model, version, previous, candidate, envAlias, options, deps } = this;
    const { recorder, target, logger } = deps;
    const deployment = await recorder.create({
      model,
      version,
      modelUri: candidate.uri,
      environment: this.environment,
      task: "deploy",
      description: `${model} v${version}${previous !== null ? ` (was v${previous})` : ""}`,
      ref: deps.ref,
      transientEnvironment: options.transientEnvironment,
      productionEnvironment: options.productionEnvironment,
      payload: {
        model,
        version,
        "model-uri": candidate.uri,
        "previous-version": previous,
        alias: envAlias,
        target: target.kind,
        ...(deps.provenance ?? {}),
      },
    });
    this.deploymentId = deployment.id;
    logger.info(
      `deployment ${deployment.id} recorded (${recorder.kind === "github" ? "GitHub Deployments" : recorder.location})`,
    );
    await this.setStatus(deployment.id, "queued", `${model} v${version} queued`);
  }

  /** 3–5. Download and verify, the target, the health check; returns why it failed, or null. */
  async deployCandidate(): Promise<string | null> {
    const { model, version, environment, deploymentId, options } = this;
    const { target, logger } = this.deps;
    const candidateModel = this.deliverable(this.candidate, "deploy", deploymentId);
    let failure: string | null = null;
    try {
      await this.setStatus(deploymentId, "in_progress", `deploying ${model} v${version} (${target.kind})`);
      // 3. Download and verify before the target sees anything.
      let { modelPath } = await candidateModel.materialize();
      await this.deps.checkModel?.(modelPath, this.candidate);
      // 4. The target.
      try {
        const result = await logger.group(
          `deploy ${model} v${version} → ${environment} (${target.describe()})`,
          () => target.deploy(candidateModel),
        );
        this.targetDetail = result.detail;
        this.environmentUrl ??= result.environmentUrl ?? null;
        if (result.servedPath) modelPath = result.servedPath;
        logger.info(result.detail);
      } catch (error) {
        if (!(error instanceof TargetError)) throw error;
        failure = `the ${target.kind} target failed: ${error.message}`;
        this.failureKind = `the ${target.kind} target failed`;
      }
      // 5. Health.
      if (!failure) {
        const health = await logger.group(`health check of ${model} v${version}`, () =>
          runHealthCheck(options.health, this.healthDeps, modelEnv(candidateModel, modelPath)),
        );
        this.health = health;
        if (health.skipped) logger.warning(`${health.summary}: the deploy is judged by the target alone`);
        else logger.info(health.summary);
        if (!health.healthy) {
          failure = health.summary;
          this.failureKind = "unhealthy";
        }
      }
    } catch (error) {
      // A download that fails verification, a directory that belongs to another model, a bug:
      // nothing was judged unhealthy, so nothing is rolled back; the record says "error".
      await this.setStatus(deploymentId, "error", statusText(`${model} v${version} stopped with an error`));
      await this.cleanup();
      throw error;
    }
    return failure;
  }

  private healthyNote(): string {
    return this.health && !this.health.skipped ? "and is healthy" : "(no health check configured)";
  }

  /** 6a. Healthy: move the alias, compare-and-swap against what was read at the start. */
  async promote(): Promise<DeployResult> {
    const { model, version, previous, envAlias, environment, deploymentId, health } = this;
    const { registry } = this.deps;
    try {
      await registry.setAlias(model, envAlias, version, { expected: previous });
    } catch (error) {
      return await this.aliasNotMoved(error);
    }
    await this.setStatus(
      deploymentId,
      "success",
      `${model} v${version} live in ${environment}`,
      this.environmentUrl,
    );
    await this.cleanup();
    const message =
      `${model} version ${version} deployed to ${environment}` +
      (health && !health.skipped
        ? ` and healthy (${health.measurements.filter((m) => m.phase === "success").length}/${health.measurements.length} checks)`
        : " (no health check)") +
      `; alias ${envAlias} → version ${version}${previous !== null ? ` (was ${previous})` : " (first deploy)"}.`;
    return this.result({ outcome: "deployed", succeeded: true, rolledBack: false, message });
  }

  /** The alias could not be moved: lost to a concurrent deploy (a result), or a registry problem (thrown). */
  private async aliasNotMoved(error: unknown): Promise<DeployResult> {
    const { model, version, previous, envAlias, environment, deploymentId } = this;
    const { registry, target } = this.deps;
    if (!isConfigurationError(error) || (error as ConfigurationError).code !== "alias-conflict") {
      await this.setStatus(deploymentId, "error", `could not move alias ${envAlias}`);
      await this.cleanup();
      if (!isConfigurationError(error)) throw error;
      // A permission or registry problem: say that the target already runs the new version.
      throw new ConfigurationError(
        `${model} version ${version} was deployed to ${environment} ${this.healthyNote()}, but alias ${envAlias} could not be moved ` +
          `(it still says ${previous === null ? "nothing" : `version ${previous}`}): ${errorMessage(error)}`,
        { code: (error as ConfigurationError).code, cause: error },
      );
    }
    const now = await registry.resolve(model, envAlias, { optional: true }).catch(() => null);
    const message =
      `${model} version ${version} was deployed to ${environment} ${this.healthyNote()}, but alias ${envAlias} was moved by another deploy while this one ran ` +
      `(expected ${previous === null ? "no alias" : `version ${previous}`}, found ${now ? `version ${now.number}` : "no alias"}); the alias was left alone. ` +
      `The ${target.kind} target may now run version ${version} while ${envAlias} says ${now ? `version ${now.number}` : "nothing"}: ` +
      `re-run the deploy you intend to win, and serialise deploys with concurrency: deploy-${model}-${envAlias}.`;
    await this.setStatus(deploymentId, "error", `alias ${envAlias} moved concurrently; not promoted`);
    await this.cleanup();
    return this.result({ outcome: "conflict", succeeded: false, rolledBack: false, message });
  }

  private failedWhat(failure: string): string {
    return `deploy of ${this.model} version ${this.version} to ${this.environment} failed: ${failure}`;
  }

  private aliasNote(): string {
    const { envAlias, previous } = this;
    return `alias ${envAlias} was not moved (${previous === null ? "it does not exist" : `still version ${previous}`})`;
  }

  /** 6b. Failed: record it, then put the previous version back (when there is one and rollback is on). */
  async restorePrevious(failure: string): Promise<DeployResult> {
    const { model, version, environment, envAlias, previousDoc, options } = this;
    const kind = this.deps.target.kind;
    await this.setStatus(
      this.deploymentId,
      "failure",
      statusText(`${model} v${version}: ${this.failureKind}`),
    );
    const what = this.failedWhat(failure);
    const failed = async (message: string) => {
      await this.cleanup();
      return this.result({ outcome: "failed", succeeded: false, rolledBack: false, message });
    };
    if (!options.rollback) {
      return failed(
        `${what}. rollback is off, so nothing was restored: the ${kind} target may now run the failed version ${version}; ${this.aliasNote()}.`,
      );
    }
    if (previousDoc === null) {
      return failed(
        `${what}. Nothing to roll back to: this was the first deploy of ${model} to ${environment} (alias ${envAlias} does not exist), so the ${kind} target may be left with the failed version ${version}.`,
      );
    }
    if (previousDoc.number === version) {
      return failed(
        `${what}. Nothing different to roll back to: ${environment} already ran version ${version} before this deploy; ${this.aliasNote()}.`,
      );
    }
    const rollback = await this.rollBack(previousDoc, what);
    await this.cleanup();
    return rollback;
  }

  /** Records the rollback deployment (best effort); its id, or null when it could not be recorded. */
  private async recordRollback(prev: ModelVersion): Promise<string | null> {
    const { model, version, environment, envAlias, deploymentId, options, deps } = this;
    try {
      const created = await deps.recorder.create({
        model,
        version: prev.number,
        modelUri: prev.uri,
        environment,
        task: "deploy:rollback",
        description: `rollback of ${model} to v${prev.number} after v${version} failed`,
        ref: deps.ref,
        transientEnvironment: options.transientEnvironment,
        productionEnvironment: options.productionEnvironment,
        payload: {
          model,
          version: prev.number,
          "model-uri": prev.uri,
          "rollback-of": deploymentId,
          "failed-version": version,
          alias: envAlias,
          target: deps.target.kind,
          ...(deps.provenance ?? {}),
        },
      });
      await this.setStatus(created.id, "queued", `rollback to v${prev.number} queued`);
      await this.setStatus(created.id, "in_progress", `restoring ${model} v${prev.number}`);
      return created.id;
    } catch (error) {
      deps.logger.warning(
        `could not record the rollback deployment: ${errorMessage(error)}; rolling back anyway`,
      );
      return null;
    }
  }

  /** Redeploys the previous version through the same target and checks its health. */
  private async rollBack(prev: ModelVersion, what: string): Promise<DeployResult> {
    const { model, environment, deploymentId, options } = this;
    const { target, logger } = this.deps;
    const rollbackId = await this.recordRollback(prev);
    const restored = this.deliverable(prev, "rollback", rollbackId);
    let rollbackProblem: string | null = null;
    let rollbackHealth: HealthResult | null = null;
    try {
      const r = await logger.group(
        `rollback: ${model} v${prev.number} → ${environment} (${target.describe()})`,
        () => target.deploy(restored),
      );
      logger.info(r.detail);
      rollbackHealth = await logger.group(`health check of the restored v${prev.number}`, async () => {
        // The served copy when the target has one; else only the command target needed the files here.
        const modelPath =
          r.servedPath ?? (target.kind === "command" ? (await restored.materialize()).modelPath : null);
        return runHealthCheck(options.health, this.healthDeps, modelEnv(restored, modelPath));
      });
      if (!rollbackHealth.skipped) logger.info(rollbackHealth.summary);
      if (!rollbackHealth.skipped && !rollbackHealth.healthy) rollbackProblem = rollbackHealth.summary;
    } catch (error) {
      rollbackProblem =
        error instanceof TargetError || isConfigurationError(error) ? errorMessage(error) : null;
      if (rollbackProblem === null) {
        if (rollbackId)
          await this.setStatus(
            rollbackId,
            "error",
            statusText(`rollback to v${prev.number} stopped with an error`),
          );
        throw error;
      }
    }
    if (rollbackId) {
      await this.setStatus(
        rollbackId,
        rollbackProblem ? "failure" : "success",
        rollbackProblem
          ? statusText(`rollback to v${prev.number} failed`)
          : `${model} v${prev.number} restored`,
        rollbackProblem ? null : this.environmentUrl,
      );
    }
    const records =
      `Deployment ${deploymentId} is marked failure` +
      (rollbackId
        ? `; rollback deployment ${rollbackId} ${rollbackProblem ? "failed" : "succeeded"}`
        : "; the rollback could not be recorded") +
      ".";
    const rolledBackWith = { rollbackDeploymentId: rollbackId, rollbackHealth };
    if (rollbackProblem) {
      return this.result({
        outcome: "failed",
        succeeded: false,
        rolledBack: false,
        ...rolledBackWith,
        message:
          `${what}. The rollback to version ${prev.number} failed too: ${rollbackProblem}. ` +
          `${environment} may be running neither version correctly: act now. ${this.aliasNote()}. ${records}`,
      });
    }
    const healthNote =
      rollbackHealth && !rollbackHealth.skipped
        ? `and is healthy (${rollbackHealth.measurements.filter((m) => m.phase === "success").length}/${rollbackHealth.measurements.length} checks)`
        : "(no health check configured)";
    return this.result({
      outcome: "rolled-back",
      succeeded: false,
      rolledBack: true,
      ...rolledBackWith,
      message:
        `${what}. Rolled back: version ${prev.number} was redeployed through the ${target.kind} target ${healthNote}; ` +
        `${this.aliasNote()}. ${records}`,
    });
  }

  private result(r: ResultFields): DeployResult {
    const message = this.statusProblems.length
      ? `${r.message} (GitHub records may be incomplete: ${this.statusProblems.join("; ")})`
      : r.message;
    return {
      model: this.model,
      version: this.version,
      modelUri: this.candidate.uri,
      previousVersion: this.previous,
      environment: this.environment,
      environmentAlias: this.envAlias,
      target: this.deps.target.describe(),
      deploymentId: this.deploymentId,
      rollbackDeploymentId: r.rollbackDeploymentId ?? null,
      environmentUrl: this.environmentUrl,
      targetDetail: this.targetDetail,
      health: this.health,
      rollbackHealth: r.rollbackHealth ?? null,
      ...r,
      message,
    };
  }
}

/**
 * Downloaded copies are deleted once the directory target has its own copy or the http hook
 * has been told; the command target keeps them (MODEL_PATH may be read by something it started).
 */
async function cleanup(dirs: string[], kind: string): Promise<void> {
  if (kind === "command") return;
  await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true }).catch(() => undefined)));
}
