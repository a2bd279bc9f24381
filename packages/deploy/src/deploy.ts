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
  const { registry, recorder, target, logger } = deps;
  const sleep = deps.sleep ?? defaultSleep;
  const fetchImpl = deps.fetch ?? globalThis.fetch;
  const model = checkModelName(options.model);
  const envAlias = checkAlias(options.environmentAlias);
  const environment = options.environment;

  // 1. What to deploy, and what the environment runs now.
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
  const version = candidate.number;
  logger.info(
    `${model}: deploying version ${version}${options.version ? "" : ` (alias ${options.alias})`} to ${environment} via ${target.describe()}; ` +
      `alias ${envAlias} currently ${previous === null ? "does not exist (first deploy)" : `→ version ${previous}`}`,
  );

  const downloads: string[] = [];
  const healthDeps: HealthDeps = { logger, env: deps.env, cwd: deps.cwd, sleep, fetch: fetchImpl };
  const deliverable = (doc: ModelVersion, role: DeployedModel["role"], deploymentId: string | null) => {
    let materialized: Promise<{ dir: string; modelPath: string }> | null = null;
    const delivered: DeployedModel = {
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
    return delivered;
  };

  const base = {
    model,
    version,
    modelUri: candidate.uri,
    previousVersion: previous,
    environment,
    environmentAlias: envAlias,
    target: target.describe(),
  };
  const statusProblems: string[] = [];
  const setStatus = async (
    id: string,
    state: DeploymentState,
    description: string,
    environmentUrl?: string | null,
  ) => {
    try {
      await recorder.setStatus(id, {
        state,
        description,
        environmentUrl: environmentUrl ?? null,
        logUrl: deps.logUrl,
      });
      logger.debug(`deployment ${id}: ${state} (${description})`);
    } catch (error) {
      // The deploy itself must not be abandoned half-way because a status could not be written.
      const problem = `could not set deployment ${id} to ${state}: ${errorMessage(error)}`;
      statusProblems.push(problem);
      logger.warning(problem);
    }
  };

  // 2. Record the deployment before touching anything.
  const productionish = options.productionEnvironment;
  const deployment = await recorder.create({
    model,
    version,
    modelUri: candidate.uri,
    environment,
    task: "deploy",
    description: `${model} v${version}${previous !== null ? ` (was v${previous})` : ""}`,
    ref: deps.ref,
    transientEnvironment: options.transientEnvironment,
    productionEnvironment: productionish,
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
  const deploymentId = deployment.id;
  logger.info(
    `deployment ${deploymentId} recorded (${recorder.kind === "github" ? "GitHub Deployments" : recorder.location})`,
  );
  await setStatus(deploymentId, "queued", `${model} v${version} queued`);

  const candidateModel = deliverable(candidate, "deploy", deploymentId);
  let targetDetail: string | null = null;
  let environmentUrl = options.environmentUrl;
  let failure: string | null = null;
  let health: HealthResult | null = null;

  try {
    await setStatus(deploymentId, "in_progress", `deploying ${model} v${version} (${target.kind})`);
    // 3. Download and verify before the target sees anything.
    let { modelPath } = await candidateModel.materialize();
    // 4. The target.
    try {
      const result = await logger.group(
        `deploy ${model} v${version} → ${environment} (${target.describe()})`,
        () => target.deploy(candidateModel),
      );
      targetDetail = result.detail;
      environmentUrl ??= result.environmentUrl ?? null;
      if (result.servedPath) modelPath = result.servedPath;
      logger.info(result.detail);
    } catch (error) {
      if (!(error instanceof TargetError)) throw error;
      failure = `the ${target.kind} target failed: ${error.message}`;
    }
    // 5. Health.
    if (!failure) {
      health = await logger.group(`health check of ${model} v${version}`, () =>
        runHealthCheck(options.health, healthDeps, modelEnv(candidateModel, modelPath)),
      );
      if (health.skipped) logger.warning(`${health.summary}: the deploy is judged by the target alone`);
      else logger.info(health.summary);
      if (!health.healthy) failure = health.summary;
    }
  } catch (error) {
    // A download that fails verification, a directory that belongs to another model, a bug:
    // nothing was judged unhealthy, so nothing is rolled back; the record says "error".
    await setStatus(deploymentId, "error", truncate(errorMessage(error), 140));
    await cleanup(downloads, target.kind);
    throw error;
  }

  // 6a. Healthy: move the alias, compare-and-swap against what we read at the start.
  if (!failure) {
    try {
      await registry.setAlias(model, envAlias, version, { expected: previous });
    } catch (error) {
      if (!isConfigurationError(error) || (error as ConfigurationError).code !== "alias-conflict") {
        await setStatus(deploymentId, "error", `could not move alias ${envAlias}`);
        await cleanup(downloads, target.kind);
        if (!isConfigurationError(error)) throw error;
        // A permission or registry problem: say that the target already runs the new version.
        throw new ConfigurationError(
          `${model} version ${version} was deployed to ${environment} ${health && !health.skipped ? "and is healthy" : "(no health check configured)"}, but alias ${envAlias} could not be moved ` +
            `(it still says ${previous === null ? "nothing" : `version ${previous}`}): ${errorMessage(error)}`,
          { code: (error as ConfigurationError).code, cause: error },
        );
      }
      const now = await registry.resolve(model, envAlias, { optional: true }).catch(() => null);
      const message =
        `${model} version ${version} was deployed to ${environment} ${health && !health.skipped ? "and is healthy" : "(no health check configured)"}, but alias ${envAlias} was moved by another deploy while this one ran ` +
        `(expected ${previous === null ? "no alias" : `version ${previous}`}, found ${now ? `version ${now.number}` : "no alias"}); the alias was left alone. ` +
        `The ${target.kind} target may now run version ${version} while ${envAlias} says ${now ? `version ${now.number}` : "nothing"}: ` +
        `re-run the deploy you intend to win, and serialise deploys with concurrency: deploy-${model}-${envAlias}.`;
      await setStatus(deploymentId, "error", `alias ${envAlias} moved concurrently; not promoted`);
      await cleanup(downloads, target.kind);
      return result({ outcome: "conflict", succeeded: false, rolledBack: false, message });
    }
    await setStatus(deploymentId, "success", `${model} v${version} live in ${environment}`, environmentUrl);
    await cleanup(downloads, target.kind);
    const message =
      `${model} version ${version} deployed to ${environment}` +
      (health && !health.skipped
        ? ` and healthy (${health.measurements.filter((m) => m.phase === "success").length}/${health.measurements.length} checks)`
        : " (no health check)") +
      `; alias ${envAlias} → version ${version}${previous !== null ? ` (was ${previous})` : " (first deploy)"}.`;
    return result({ outcome: "deployed", succeeded: true, rolledBack: false, message });
  }

  // 6b. Failed: record it, then put the previous version back.
  await setStatus(deploymentId, "failure", truncate(failure, 140));
  const what = `deploy of ${model} version ${version} to ${environment} failed: ${failure}`;
  const aliasNote = `alias ${envAlias} was not moved (${previous === null ? "it does not exist" : `still version ${previous}`})`;
  if (!options.rollback) {
    await cleanup(downloads, target.kind);
    return result({
      outcome: "failed",
      succeeded: false,
      rolledBack: false,
      message: `${what}. rollback is off, so nothing was restored: the ${target.kind} target may now run the failed version ${version}; ${aliasNote}.`,
    });
  }
  if (previousDoc === null) {
    await cleanup(downloads, target.kind);
    return result({
      outcome: "failed",
      succeeded: false,
      rolledBack: false,
      message: `${what}. Nothing to roll back to: this was the first deploy of ${model} to ${environment} (alias ${envAlias} does not exist), so the ${target.kind} target may be left with the failed version ${version}.`,
    });
  }
  if (previousDoc.number === version) {
    await cleanup(downloads, target.kind);
    return result({
      outcome: "failed",
      succeeded: false,
      rolledBack: false,
      message: `${what}. Nothing different to roll back to: ${environment} already ran version ${version} before this deploy; ${aliasNote}.`,
    });
  }

  const rollback = await rollBack(previousDoc);
  await cleanup(downloads, target.kind);
  return rollback;

  async function rollBack(prev: ModelVersion): Promise<DeployResult> {
    let rollbackId: string | null = null;
    try {
      const created = await recorder.create({
        model,
        version: prev.number,
        modelUri: prev.uri,
        environment,
        task: "deploy:rollback",
        description: `rollback of ${model} to v${prev.number} after v${version} failed`,
        ref: deps.ref,
        transientEnvironment: options.transientEnvironment,
        productionEnvironment: productionish,
        payload: {
          model,
          version: prev.number,
          "model-uri": prev.uri,
          "rollback-of": deploymentId,
          "failed-version": version,
          alias: envAlias,
          target: target.kind,
          ...(deps.provenance ?? {}),
        },
      });
      rollbackId = created.id;
    } catch (error) {
      logger.warning(`could not record the rollback deployment: ${errorMessage(error)}; rolling back anyway`);
    }
    if (rollbackId) {
      await setStatus(rollbackId, "queued", `rollback to v${prev.number} queued`);
      await setStatus(rollbackId, "in_progress", `restoring ${model} v${prev.number}`);
    }
    const restored = deliverable(prev, "rollback", rollbackId);
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
        return runHealthCheck(options.health, healthDeps, modelEnv(restored, modelPath));
      });
      if (!rollbackHealth.skipped) logger.info(rollbackHealth.summary);
      if (!rollbackHealth.skipped && !rollbackHealth.healthy) rollbackProblem = rollbackHealth.summary;
    } catch (error) {
      rollbackProblem =
        error instanceof TargetError || isConfigurationError(error) ? errorMessage(error) : null;
      if (rollbackProblem === null) {
        if (rollbackId) await setStatus(rollbackId, "error", truncate(errorMessage(error), 140));
        throw error;
      }
    }
    if (rollbackId) {
      await setStatus(
        rollbackId,
        rollbackProblem ? "failure" : "success",
        rollbackProblem
          ? truncate(`rollback failed: ${rollbackProblem}`, 140)
          : `${model} v${prev.number} restored`,
        rollbackProblem ? null : environmentUrl,
      );
    }
    const records =
      `Deployment ${deploymentId} is marked failure` +
      (rollbackId
        ? `; rollback deployment ${rollbackId} ${rollbackProblem ? "failed" : "succeeded"}`
        : "; the rollback could not be recorded") +
      ".";
    if (rollbackProblem) {
      return result({
        outcome: "failed",
        succeeded: false,
        rolledBack: false,
        rollbackDeploymentId: rollbackId,
        rollbackHealth,
        message:
          `${what}. The rollback to version ${prev.number} failed too: ${rollbackProblem}. ` +
          `${environment} may be running neither version correctly: act now. ${aliasNote}. ${records}`,
      });
    }
    const healthNote =
      rollbackHealth && !rollbackHealth.skipped
        ? `and is healthy (${rollbackHealth.measurements.filter((m) => m.phase === "success").length}/${rollbackHealth.measurements.length} checks)`
        : "(no health check configured)";
    return result({
      outcome: "rolled-back",
      succeeded: false,
      rolledBack: true,
      rollbackDeploymentId: rollbackId,
      rollbackHealth,
      message:
        `${what}. Rolled back: version ${prev.number} was redeployed through the ${target.kind} target ${healthNote}; ` +
        `${aliasNote}. ${records}`,
    });
  }

  function result(
    r: Pick<DeployResult, "outcome" | "succeeded" | "rolledBack" | "message"> &
      Partial<Pick<DeployResult, "rollbackDeploymentId" | "rollbackHealth">>,
  ): DeployResult {
    const message = statusProblems.length
      ? `${r.message} (GitHub records may be incomplete: ${statusProblems.join("; ")})`
      : r.message;
    return {
      ...base,
      deploymentId,
      rollbackDeploymentId: r.rollbackDeploymentId ?? null,
      environmentUrl,
      targetDetail,
      health,
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
