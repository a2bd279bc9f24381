import { withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { readReportInputs } from "@mlops/report/inputs";

/*
 * The report-metrics action: documents (comparison, validation report, run record) → the job
 * summary, the sticky pull-request comment and the check run "mlops / <model>" (packages/report).
 * On a fork's pull request (read-only token) the report is saved as an artifact instead.
 * Inputs are checked first; the GitHub client and the renderer load only after that.
 */
export async function main({ io, ctx, config }: StepContext): Promise<void> {
  const input = withConfigFallback(io.input, {
    model: config.model,
    registry: config.registry?.backend,
    "registry-path": config.registry?.path,
    ...config.report,
  });
  const options = readReportInputs(input, ctx.workspace);
  const [
    { createGitHubClient },
    { artifactsUnavailableReason, createArtifactStore },
    { runReportStep, writeReportOutputs },
  ] = await Promise.all([
    import("@mlops/github"),
    import("@mlops/github/artifact-store"),
    import("@mlops/report/deliver"),
  ]);
  const client = options.token ? createGitHubClient({ token: options.token, ctx, logger: io.logger }) : null;
  const noArtifacts = artifactsUnavailableReason();

  const result = await runReportStep(options, {
    ctx,
    logger: io.logger,
    client,
    appendSummary: (markdown) => io.appendSummary(markdown),
    artifacts: noArtifacts ? null : createArtifactStore({ retentionDays: 7 }),
    artifactsUnavailable: noArtifacts,
  });
  writeReportOutputs(io, result);
}
