import { StepFailed, type StepDefinition } from "@mlops/core";
import { readTrainInputs, type TrainOptions } from "./options.js";
import { trainOutputs, trainSummary } from "./summary.js";
import { runTraining, type TrainDeps, type TrainResult } from "./train.js";

/*
 * The train step as every host runs it (the action, `mlops train`, `mlops run`): inputs or
 * mlops.yml's train: section → runTraining → outputs and summary; a failed command fails the
 * step with the command's own exit code. Hosts pass the workflow artifact and cache stores.
 */

/** What the host provides: the Actions artifact and cache stores (none on a laptop). */
export type TrainServices = Pick<TrainDeps, "artifacts" | "artifactsUnavailable" | "remoteCache">;

export const DEFAULT_ARTIFACT_NAME = "mlops-train";

export const trainStep: StepDefinition<TrainOptions, TrainResult, TrainServices> = {
  name: "train",
  configSection: (config) => config.train,
  // The action uploads the run as the artifact mlops-train unless artifact-name is given as ''.
  // Locally the run cache is on unless --no-cache or mlops.yml says `cache: false`.
  defaults: (host): Record<string, string> =>
    host === "action" ? { "artifact-name": DEFAULT_ARTIFACT_NAME } : { cache: "true" },
  readInputs(input, ctx) {
    const options = readTrainInputs(input, ctx.run.workspace);
    // The CLI uploads no workflow artifact: the run's files stay in .mlops/runs/<id>/.
    if (ctx.host === "cli") delete options.artifactName;
    return options;
  },
  run: (options, { context, artifacts, artifactsUnavailable, remoteCache }) =>
    runTraining(options, {
      logger: context.logger,
      ctx: context.run,
      ...(artifacts !== undefined ? { artifacts } : {}),
      ...(artifactsUnavailable !== undefined ? { artifactsUnavailable } : {}),
      ...(remoteCache !== undefined ? { remoteCache } : {}),
    }),
  outputs: (result, options) => trainOutputs(result, options.root),
  summary: (result, options) =>
    trainSummary(result, options.artifactName ? { artifactName: options.artifactName } : {}),
  failure(result) {
    if (!result.failure) return null;
    return (
      result.failure.error ??
      new StepFailed(result.failure.message, { code: "train-failed", exitCode: result.failure.exitCode })
    );
  },
};
