import {
  ConfigurationError,
  oneOf,
  optionalString,
  parseList,
  requiredString,
  StepFailed,
  type Logger,
  type RawInputs,
  type StepDefinition,
} from "@mlops/core";
import type { FailOn, ValidateOptions, ValidateResult } from "./validate.js";
import { discardPrestarted, prestartWorkers } from "./workers.js";

/*
 * The validate-data step as every host runs it (the action, `mlops validate`, `mlops run`):
 * inputs or mlops.yml's validate: section → validateData → outputs, summary, and a failed
 * validation fails the step. This module loads nothing heavy: the data library is imported only
 * once the inputs are read, so a step that fails on its inputs starts fast.
 */

export type ValidateStepOptions = ValidateOptions & { failOn: FailOn; report: string };

export const validateDataStep: StepDefinition<ValidateStepOptions, ValidateResult> = {
  name: "validate-data",
  configSection: (config) => config.validate as Record<string, unknown> | undefined,
  async readInputs(input, ctx) {
    const merge = parseList(input("merge"));
    if (!merge.length)
      requiredString(input, "data", "the data file(s) to validate, e.g. data: data/train.csv");
    const data = parseList(input("data"));
    const shardText = optionalString(input, "shard");
    const shard = shardText !== undefined ? parseShard(shardText) : undefined;
    const threadsText = optionalString(input, "threads");
    const threads = threadsText !== undefined ? parseThreads(threadsText) : undefined;
    const format = optionalString(input, "format") ?? "auto";
    const cwd = ctx.run.workspace;
    // Workers for a large CSV file start now and boot while the data library loads (workers.ts).
    if (!merge.length && !shard) prestartWorkers({ data, format, threads, cwd });
    try {
      return {
        data,
        ...(merge.length ? { merge } : {}),
        ...(shard ? { shard } : {}),
        ...(threads !== undefined ? { threads } : {}),
        format,
        cwd,
        ...(await laterInputs(input)),
      };
    } catch (error) {
      discardPrestarted(); // a bad input: the step ends here, and the workers with it
      throw error;
    }
  },
  async run(options, { context }) {
    const { validateData } = await import("./validate.js");
    const result = await validateData(options, { logger: context.logger });
    logVerdict(result, context.logger);
    return result;
  },
  outputs: (result) => ({
    passed: result.passed,
    ...(result.partialPath ? { partial: result.partialPath } : {}),
    report: result.reportPath ?? "",
    rows: result.rows,
    anomalies: result.anomalies,
    "drift-detected": result.driftDetected,
    "drifted-columns": JSON.stringify(result.driftedColumns),
  }),
  summary: (result) => result.summary,
  failure(result, options) {
    if (result.passed) return null;
    const errors = result.report.anomalies.filter((a) => a.severity === "error").length;
    const warnings = result.report.anomalies.length - errors;
    const drift = result.driftDetected ? `, dataset drift in ${result.driftedColumns.join(", ")}` : "";
    return new StepFailed(
      `data validation failed (fail-on: ${options.failOn}): ${errors} error(s), ${warnings} warning(s)${drift}; details in ${result.reportPath} and the job summary`,
      { code: "validation-failed" },
    );
  },
};

/** The inputs read once the data library is loading (it knows fail-on's values and drift's form). */
async function laterInputs(input: RawInputs) {
  const { FAIL_ON, parseDriftOption } = await import("./validate.js");
  const reference = parseList(input("reference"));
  return {
    partial: optionalString(input, "partial"),
    delimiter: input("delimiter") || undefined,
    schema: optionalString(input, "schema"),
    writeSchema: optionalString(input, "write-schema"),
    reference: reference.length ? reference : undefined,
    drift: await parseDriftOption(input("drift")),
    failOn: oneOf(optionalString(input, "fail-on") ?? "error", "fail-on", FAIL_ON),
    report: optionalString(input, "report") ?? "mlops-validation.json",
  };
}

/** `shard: i/n` (1-based: 1/4 … 4/4). */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index >= 1) || index > count || count > 1000)
    throw new ConfigurationError(
      `input 'shard': expected i/n with 1 ≤ i ≤ n ≤ 1000 (this job's part of the data, e.g. shard: \${{ matrix.shard }}/4), found ${JSON.stringify(text)}`,
      { code: "input-invalid" },
    );
  return { index, count };
}

/** `threads`: a positive integer (1: one thread). */
function parseThreads(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new ConfigurationError(
      `input 'threads': expected a whole number from 1 to 256 (threads for large CSV files; default: the machine's cores, at most 8), found ${JSON.stringify(text)}`,
      { code: "input-invalid" },
    );
  return n;
}

/** One line on the verdict: rows, anomalies, drift, where the report is. */
function logVerdict(result: ValidateResult, logger: Logger): void {
  const d = result.report.drift;
  logger.info(
    `${result.passed ? "passed" : "FAILED"}: ${result.rows.toLocaleString("en-US")} rows, ${result.anomalies} anomalies` +
      (d
        ? `, drift in ${d.columns.filter((c) => c.drifted).length}/${d.columns.length} columns${d.datasetDrift ? " (dataset drift)" : ""}`
        : "") +
      `; report: ${result.reportPath}`,
  );
}
