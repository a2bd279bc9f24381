import { promises as fs } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import {
  checkModelName,
  ConfigurationError,
  ConsoleLogger,
  oneOf,
  parseNumber,
  readDocument,
  runContextFromEnv,
} from "@mlops/core";
import { cliStepIO, loadCliConfig } from "../shared.js";

const TARGETS = ["comment", "summary", "check"] as const;

/**
 * `mlops report`: renders the report-metrics Markdown on this machine from the same documents
 * (no GitHub, no token): what the pull-request comment, the job summary or the check run would
 * show. History comes from the local registry.
 */
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
    .action(async (_opts: unknown, cmd: Command) => {
      const config = await loadCliConfig(cmd);
      const io = cliStepIO(cmd);
      // The Markdown may go to standard output: everything said along the way goes to stderr.
      const logger = new ConsoleLogger({
        verbose: Boolean(cmd.optsWithGlobals<{ verbose?: boolean }>().verbose),
        out: (line) => process.stderr.write(`${line}\n`),
      });
      const file = (name: string) => io.input(name) ?? null;
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
      const model = io.input("model") ?? comparison?.model ?? config.model;
      if (!model)
        throw new ConfigurationError("mlops report: --model is required without --comparison", {
          code: "input-missing",
        });
      checkModelName(model, "--model");
      const target = oneOf(io.input("target") ?? "summary", "target", TARGETS);
      const history =
        io.input("history") === undefined
          ? (config.report?.history ?? 10)
          : parseNumber(io.input("history")!, "history", { integer: true, min: 0, max: 100 });

      const { renderCheckRun, renderReport } = await import("@mlops/report");
      const { loadHistory } = await import("@mlops/report/deliver");
      const ctx = runContextFromEnv();
      const versions =
        target === "check"
          ? { versions: [] }
          : await loadHistory({
              model,
              count: history,
              backend: "local",
              path: io.input("registry-path") ?? config.registry?.path ?? ".mlops/registry",
              ctx,
              logger,
            });
      const input = {
        comparison,
        validation,
        run,
        model,
        matrixCell: io.input("matrix-cell") ?? null,
        history: versions.versions,
      };
      let markdown: string;
      if (target === "check") {
        const out = renderCheckRun(input);
        markdown = `<!-- check run "${out.name}": ${out.conclusion} -->\n# ${out.title}\n\n${out.summary}\n${out.text ? `\n${out.text}` : ""}`;
      } else markdown = renderReport(input, { target }).markdown;

      const output = io.input("output");
      if (output) {
        await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
        await fs.writeFile(output, markdown);
        logger.info(`wrote ${output}`);
      } else process.stdout.write(markdown);
    });
}
