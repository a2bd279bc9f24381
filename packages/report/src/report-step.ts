import path from "node:path";
import {
  checkModelName,
  ConfigurationError,
  oneOf,
  optionalBoolean,
  optionalNumber,
  optionalString,
  readDocument,
  type Logger,
  type RawInputs,
  type RunContext,
  type StepIO,
} from "@mlops/core";
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

/*
 * The report-metrics step, shared by the action (actions/report-metrics) and anything else that
 * wants the same behaviour: inputs → documents → history → delivery → outputs.
 */

export interface ReportStepInputs {
  comparison: string | null;
  validation: string | null;
  run: string | null;
  model: string | null;
  matrixCell: string | null;
  comment: boolean;
  summary: boolean;
  check: boolean;
  registry: "auto" | "local" | "github";
  registryPath: string | null;
  history: number;
  token: string | null;
  commentAuthor: string | null;
}

/** Reads and checks the inputs (kebab-case names, as action.yml declares them). */
export function readReportInputs(read: RawInputs, workspace: string): ReportStepInputs {
  const file = (name: string) => {
    const v = optionalString(read, name);
    return v ? path.resolve(workspace, v) : null;
  };
  const out: ReportStepInputs = {
    comparison: file("comparison"),
    validation: file("validation-report"),
    run: file("run-record"),
    model: optionalString(read, "model") ?? null,
    matrixCell: optionalString(read, "matrix-cell") ?? null,
    comment: optionalBoolean(read, "comment") ?? true,
    summary: optionalBoolean(read, "summary") ?? true,
    check: optionalBoolean(read, "check") ?? true,
    registry: oneOf(optionalString(read, "registry") ?? "auto", "registry", [
      "auto",
      "local",
      "github",
    ] as const),
    registryPath: optionalString(read, "registry-path") ?? null,
    history: optionalNumber(read, "history", { integer: true, min: 0, max: 100 }) ?? 10,
    token: optionalString(read, "token") ?? null,
    commentAuthor: optionalString(read, "comment-author") ?? null,
  };
  if (!out.comparison && !out.validation && !out.run) {
    throw new ConfigurationError(
      "input 'comparison' is required unless validation-report or run-record is given: report-metrics needs at least one document (a Comparison from evaluate-against-baseline, a ValidationReport from validate-data or a RunRecord from train)",
      { code: "input-missing" },
    );
  }
  if (out.model) checkModelName(out.model, "input 'model'");
  return out;
}

export interface ReportStepDeps {
  ctx: RunContext;
  logger: Logger;
  client: GitHubClient | null;
  appendSummary: StepIO["appendSummary"];
  artifacts: ArtifactUploader | null;
  artifactsUnavailable?: string | null;
  retryDelayMs?: number;
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

/** The step's outputs (action.yml). */
export function writeReportOutputs(io: Pick<StepIO, "setOutput">, result: DeliverResult): void {
  io.setOutput("comment-id", result.comment ? String(result.comment.id) : "");
  io.setOutput("comment-url", result.comment?.url ?? "");
  io.setOutput("check-run-id", result.checkRun ? String(result.checkRun.id) : "");
  io.setOutput("verdict", result.verdict.state);
  io.setOutput("conclusion", result.verdict.conclusion);
  io.setOutput("artifact", result.forkArtifact?.name ?? "");
}
