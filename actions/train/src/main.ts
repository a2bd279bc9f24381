import { withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { artifactsUnavailableReason, createArtifactStore } from "@mlops/github/artifact-store";
import { cacheUnavailableReason, createCacheStore } from "@mlops/github/cache-store";
import type { RawInputs } from "@mlops/core";
import { readTrainInputs, runTraining, trainSummary, writeTrainOutputs } from "@mlops/train";

const DEFAULT_ARTIFACT_NAME = "mlops-train";

/*
 * The train action: inputs (or mlops.yml's train: section) → runTraining (packages/train) →
 * outputs and the job summary. The command's own exit code ends the step when it fails.
 */
export async function main({ io, ctx, config }: StepContext): Promise<void> {
  // action.yml declares no defaults, so mlops.yml's train: section can supply every input. Only
  // an artifact-name given explicitly as '' (the runner then sets INPUT_ARTIFACT-NAME to "")
  // skips the upload; unset everywhere, it is "mlops-train".
  const fallback = withConfigFallback(io.input, config.train);
  const explicitlyEmpty = process.env["INPUT_ARTIFACT-NAME"] === "";
  const input: RawInputs = (name) => {
    if (name !== "artifact-name") return fallback(name);
    if (explicitlyEmpty) return undefined;
    if (config.train?.["artifact-name"] !== undefined) return fallback(name); // '' there skips too
    return fallback(name) ?? DEFAULT_ARTIFACT_NAME;
  };
  const options = readTrainInputs(input, ctx.workspace);

  const noArtifacts = options.artifactName ? artifactsUnavailableReason() : null;
  const noCache = options.cache ? cacheUnavailableReason() : null;
  if (options.cache && noCache)
    io.logger.info(`run cache: the Actions cache is not available (${noCache}); using .mlops/cache only`);

  const result = await runTraining(options, {
    logger: io.logger,
    ctx,
    // A re-run job is the same workflow run: its artifact replaces the earlier attempt's.
    artifacts:
      options.artifactName && !noArtifacts
        ? createArtifactStore({ replaceExisting: (ctx.runAttempt ?? 1) > 1 })
        : null,
    ...(noArtifacts ? { artifactsUnavailable: noArtifacts } : {}),
    remoteCache: options.cache && !noCache ? createCacheStore() : null,
  });

  writeTrainOutputs(io, result, options.root);
  await io.appendSummary(
    trainSummary(result, options.artifactName ? { artifactName: options.artifactName } : {}),
  );
  if (result.failure) {
    if (result.failure.error) throw result.failure.error;
    io.logger.error(result.failure.message);
    process.exitCode = result.failure.exitCode;
  }
}
