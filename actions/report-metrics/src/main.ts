import { runStep, type ActionHost } from "@mlops/action-runtime";
import type { StepServices } from "@mlops/core";
import type { ReportStepInputs } from "@mlops/report/inputs";
import { reportMetricsStep } from "@mlops/report/step";
import type { ReportServices } from "@mlops/report/deliver";

/**
 * The GitHub client (with a token) and the Actions artifact store (for a fork's read-only run),
 * loaded only once the inputs are checked.
 */
export const githubDelivery: StepServices<ReportStepInputs, ReportServices> = async (options, ctx) => {
  const [{ createGitHubClient }, { artifactsUnavailableReason, createArtifactStore }] = await Promise.all([
    import("@mlops/github"),
    import("@mlops/github/artifact-store"),
  ]);
  const noArtifacts = artifactsUnavailableReason();
  return {
    client: options.token
      ? createGitHubClient({ token: options.token, ctx: ctx.run, logger: ctx.logger })
      : null,
    artifacts: noArtifacts ? null : createArtifactStore({ retentionDays: 7 }),
    artifactsUnavailable: noArtifacts,
  };
};

/*
 * report-metrics: the step definition (packages/report) over the runner: documents → the job
 * summary, the sticky pull-request comment and the check run. On a fork's pull request
 * (read-only token) the report is saved as an artifact instead.
 */
export function main(host?: ActionHost): Promise<void> {
  return runStep(reportMetricsStep, githubDelivery, host);
}
