import { promises as fs } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import {
  checkModelName,
  ConfigurationError,
  ConsoleLogger,
  oneOf,
  optionalNumber,
  optionalString,
  readDocument,
  type Comparison,
  type RunRecord,
  type StepDefinition,
  type ValidationReport,
} from "@mlops/core";
import { globalOptions, runCliStep } from "../shared.js";

const TARGETS = ["comment", "summary", "check"] as const;

interface ReportPreviewOptions {
  comparison: Comparison | null;
  validation: ValidationReport | null;
  run: RunRecord | null;
  model: string;
  matrixCell: string | null;
  target: (typeof TARGETS)[number];
  history: number;
  registryPath: string;
  /** Where the Markdown goes; standard output when undefined. */
  output: string | undefined;
}

/** The documents named by the inputs, read and checked. */
async function readDocuments(input: (name: string) => string | undefined) {
  const file = (name: string) => optionalString(input, name);
  const [comparison, validation, run] = await Promise.all([
    file("comparison") ? readDocument("mlops.comparison", file("comparison")!) : null,
    file("validation-report") ? readDocument("mlops.validation", file("validation-report")!) : null,
    file("run-record") ? readDocument("mlops.run", file("run-record")!) : null,
  ]);
  if (!comparison && !validation && !run)
    throw new ConfigurationError(
      "mlops report: give at least one of --comparison, --validation-report, --run-record",
      { code: "input-missing" },
    );
  return { comparison, validation, run };
}

/**
 * The report-metrics Markdown rendered on this machine from the same documents (no GitHub, no
 * token): what the pull-request comment, the job summary or the check run would show, with the
 * history of the local registry. `mlops report` and `mlops run` execute it.
 */
export const reportPreviewStep: StepDefinition<ReportPreviewOptions, { markdown: string }> = {
  name: "report",
  configSection: (config) => ({ "registry-path": config.registry?.path, history: config.report?.history }),
  async readInputs(input, ctx) {
    const documents = await readDocuments(input);
    const model = optionalString(input, "model") ?? documents.comparison?.model ?? ctx.config.model;
    if (!model)
      throw new ConfigurationError("mlops report: --model is required without --comparison", {
        code: "input-missing",
      });
    checkModelName(model, "--model");
    return {
      ...documents,
      model,
      matrixCell: optionalString(input, "matrix-cell") ?? null,
      target: oneOf(optionalString(input, "target") ?? "summary", "target", TARGETS),
      history: optionalNumber(input, "history", { integer: true, min: 0, max: 100 }) ?? 10,
      registryPath: optionalString(input, "registry-path") ?? ".mlops/registry",
      output: optionalString(input, "output"),
    };
  },
  async run(options, { context }) {
    const { renderCheckRun, renderReport } = await import("@mlops/report");
    const { loadHistory } = await import("@mlops/report/deliver");
    const { logger } = context;
    const versions =
      options.target === "check"
        ? { versions: [] }
        : await loadHistory({
            model: options.model,
            count: options.history,
            backend: "local",
            path: options.registryPath,
            ctx: context.run,
            logger,
          });
    const input = {
      comparison: options.comparison,
      validation: options.validation,
      run: options.run,
      model: options.model,
      matrixCell: options.matrixCell,
      history: versions.versions,
    };
    let markdown: string;
    if (options.target === "check") {
      const out = renderCheckRun(input);
      markdown = `<!-- check run "${out.name}": ${out.conclusion} -->\n# ${out.title}\n\n${out.summary}\n${out.text ? `\n${out.text}` : ""}`;
    } else markdown = renderReport(input, { target: options.target }).markdown;
    if (options.output) {
      await fs.mkdir(path.dirname(path.resolve(options.output)), { recursive: true });
      await fs.writeFile(options.output, markdown);
      logger.info(`wrote ${options.output}`);
    } else process.stdout.write(markdown);
    return { markdown };
  },
  outputs: () => ({}),
  summary: () => "",
  failure: () => null,
};

/** `mlops report`: the report-metrics Markdown on this machine (see reportPreviewStep). */
export function registerReport(program: Command): void {
  program
    .command("report")
    .description("render the model-diff report (PR comment, job summary or check run) from the documents")
    .option("--comparison <file>", "Comparison JSON from `mlops evaluate`")
    .option("--validation-report <file>", "ValidationReport JSON from `mlops validate`")
    .option("--run-record <file>", "RunRecord JSON from `mlops train`")
    .option("--model <name>", "model name (taken from the comparison when given)")
    .option("--matrix-cell <name>", "the matrix cell the report is for (part of the comment's marker)")
    .option("--target <target>", "comment, summary or check (default summary)")
    .option("--history <n>", "registered versions to chart with the candidate (default 10, 0: none)")
    .option("--registry-path <dir>", "local registry directory (default .mlops/registry)")
    .option("-o, --output <file>", "write the Markdown here instead of standard output")
    .action((_opts: unknown, cmd: Command) =>
      runCliStep(cmd, reportPreviewStep, () => ({}), {
        // The Markdown may go to standard output: everything said along the way goes to stderr.
        logger: new ConsoleLogger({
          verbose: Boolean(globalOptions(cmd).verbose),
          out: (line) => process.stderr.write(`${line}\n`),
        }),
      }),
    );
}
