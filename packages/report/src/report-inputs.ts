import path from "node:path";
import {
  checkModelName,
  ConfigurationError,
  oneOf,
  optionalBoolean,
  optionalNumber,
  optionalString,
  type RawInputs,
} from "@mlops/core";

/*
 * report-metrics' inputs, read and checked before anything heavy is loaded (the step definition,
 * report-metrics-step.ts, imports only this module up front: a step that fails on a bad input
 * pays only for @mlops/core).
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
