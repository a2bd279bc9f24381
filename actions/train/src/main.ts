import { runStep, type ActionHost } from "@mlops/action-runtime";
import { artifactsUnavailableReason, createArtifactStore } from "@mlops/github/artifact-store";
import { cacheUnavailableReason, createCacheStore } from "@mlops/github/cache-store";
import { trainStep, type TrainServices } from "@mlops/train";
import type { StepServices } from "@mlops/core";
import type { TrainOptions } from "@mlops/train";

/** The Actions artifact store (for the run's files) and cache (for the run cache), when available. */
export const actionsStores: StepServices<TrainOptions, TrainServices> = (options, ctx) => {
  const noArtifacts = options.artifactName ? artifactsUnavailableReason() : null;
  const noCache = options.cache ? cacheUnavailableReason() : null;
  if (options.cache && noCache)
    ctx.logger.info(`run cache: the Actions cache is not available (${noCache}); using .mlops/cache only`);
  return {
    // A re-run job is the same workflow run: its artifact replaces the earlier attempt's.
    artifacts:
      options.artifactName && !noArtifacts
        ? createArtifactStore({ replaceExisting: (ctx.run.runAttempt ?? 1) > 1 })
        : null,
    ...(noArtifacts ? { artifactsUnavailable: noArtifacts } : {}),
    remoteCache: options.cache && !noCache ? createCacheStore() : null,
  };
};

/** train: the step definition (packages/train) over the runner, with the Actions stores. */
export function main(host?: ActionHost): Promise<void> {
  return runStep(trainStep, actionsStores, host);
}
