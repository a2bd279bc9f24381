import type { MlopsConfig, StepDefinition } from "@mlops/core";
import type { DeliverResult } from "./deliver.js";
import { readReportInputs, type ReportStepInputs } from "./report-inputs.js";
import type { ReportServices } from "./report-step.js";

/*
 * The report-metrics step definition (@mlops/report/step), executed by the action and `mlops
 * run`. Light on purpose: the inputs are checked before the delivery (GitHub client, renderer,
 * registry) is loaded in `run`.
 */

/** mlops.yml → the step's input names: the model, the registry settings and the report: section. */
export function reportConfigSection(config: MlopsConfig): Record<string, unknown> {
  return {
    model: config.model,
    registry: config.registry?.backend,
    "registry-path": config.registry?.path,
    ...config.report,
  };
}

/**
 * The report-metrics step: documents (comparison, validation report, run record) → the job
 * summary, the sticky pull-request comment and the check run "mlops / <model>". The summary is
 * written as the report is delivered (before the comment), so `summary` adds nothing.
 */
export const reportMetricsStep: StepDefinition<ReportStepInputs, DeliverResult, ReportServices> = {
  name: "report-metrics",
  configSection: reportConfigSection,
  readInputs: (input, ctx) => readReportInputs(input, ctx.run.workspace),
  async run(options, { context, appendSummary, ...services }) {
    const { runReportStep } = await import("./report-step.js");
    return runReportStep(options, { ...services, ctx: context.run, logger: context.logger, appendSummary });
  },
  outputs: (result) => ({
    "comment-id": result.comment ? String(result.comment.id) : "",
    "comment-url": result.comment?.url ?? "",
    "check-run-id": result.checkRun ? String(result.checkRun.id) : "",
    verdict: result.verdict.state,
    conclusion: result.verdict.conclusion,
    artifact: result.forkArtifact?.name ?? "",
  }),
  summary: () => "",
  failure: () => null,
};
