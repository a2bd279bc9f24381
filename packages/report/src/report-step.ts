import path from "node:path";
import { ConfigurationError, readDocument, type Logger, type RunContext, type StepIO } from "@mlops/core";
import { readEventPayload, type GitHubClient } from "@mlops/github";
import {
  defaultLinks,
  deliverReport,
  loadHistory,
  registryLink,
  type ArtifactUploader,
  type DeliverResult,
} from "./deliver.js";
import type { ReportInput } from "./render.js";
import type { ReportStepInputs } from "./report-inputs.js";

/*
 * The report-metrics step, shared by the action (actions/report-metrics) and anything else that
 * wants the same behaviour: inputs → documents → history → delivery → outputs.
 */

/** What a host passes to the report step: the GitHub client (null without a token) and the artifact store. */
export interface ReportServices {
  client: GitHubClient | null;
  artifacts: ArtifactUploader | null;
  artifactsUnavailable?: string | null;
  retryDelayMs?: number;
}

export interface ReportStepDeps extends ReportServices {
  ctx: RunContext;
  logger: Logger;
  appendSummary: StepIO["appendSummary"];
}

export async function runReportStep(options: ReportStepInputs, deps: ReportStepDeps): Promise<DeliverResult> {
  const { ctx, logger } = deps;
  const [comparison, validation, run] = await Promise.all([
    options.comparison ? readDocument("mlops.comparison", options.comparison) : null,
    options.validation ? readDocument("mlops.validation", options.validation) : null,
    options.run ? readDocument("mlops.run", options.run) : null,
  ]);
  const model = options.model ?? comparison?.model ?? null;
  if (!model)
    throw new ConfigurationError(
      "report-metrics: which model is this? Give the input 'model' (or a comparison, which names it)",
      { code: "input-missing" },
    );
  if (comparison && options.model && comparison.model !== options.model)
    throw new ConfigurationError(
      `the comparison ${options.comparison} is for model '${comparison.model}', but the input 'model' is '${options.model}'`,
      { code: "input-mismatch" },
    );

  const event = await readEventPayload(ctx.eventPath);
  const history = await loadHistory({
    model,
    count: options.history,
    backend: options.registry,
    ctx,
    logger,
    ...(options.registryPath ? { path: options.registryPath } : {}),
    ...(options.token ? { token: options.token } : {}),
  });
  const input: ReportInput = {
    comparison,
    validation,
    run,
    model,
    matrixCell: options.matrixCell,
    history: history.versions,
  };
  input.links = { ...defaultLinks(ctx, event), registryVersion: registryLink(ctx, input, history.kind) };

  return await deliverReport({
    input,
    documentFiles: { comparison: options.comparison, validation: options.validation, run: options.run },
    ctx,
    logger,
    client: deps.client,
    event,
    comment: options.comment,
    summary: options.summary,
    check: options.check,
    ...(options.commentAuthor ? { commentAuthor: options.commentAuthor } : {}),
    appendSummary: deps.appendSummary,
    artifacts: deps.artifacts,
    artifactsUnavailable: deps.artifactsUnavailable ?? null,
    tempDir: ctx.runnerTemp ?? path.join(ctx.workspace, ".mlops", "tmp"),
    ...(deps.retryDelayMs !== undefined ? { retryDelayMs: deps.retryDelayMs } : {}),
  });
}
