import type { Command } from "commander";
import { monitorModelStep } from "@mlops/monitor/step";
import { runCliStep } from "../shared.js";

export function registerMonitor(program: Command): void {
  program
    .command("monitor")
    .description(
      "live performance of the deployed model from its prediction logs and late labels, per window and serving version, against the registered metrics (as the monitor-model action does)",
    )
    .option("--model <name>", "model name in the registry (default: mlops.yml model)")
    .option(
      "--predictions <paths>",
      "prediction logs: files or globs (comma-separated; CSV/TSV/JSONL/Parquet)",
    )
    .option(
      "--labels <paths>",
      "late labels: files or globs joined by id (default: the logs' own label column)",
    )
    .option("--id-column <name>", "joins predictions and labels (default id)")
    .option("--timestamp-column <name>", "when the prediction was made (default timestamp)")
    .option("--version-column <name>", "the model version that served the row (default model_version)")
    .option("--prediction-column <name>", "predicted class or value (default prediction)")
    .option(
      "--score-column <name>",
      "binary: positive-class probability; multiclass: prefix of <name>_<class> columns",
    )
    .option("--label-column <name>", "the true label (default label)")
    .option("--window <window>", "day, week, month or a number of rows (default week)")
    .option(
      "--rules <file-or-yaml>",
      "rules per metric with the gate keys (default: mlops.yml monitor.rules)",
    )
    .option("--min-labelled-rows <n>", "labelled rows before a window counts (default 30)")
    .option(
      "--consecutive-windows <n>",
      "failing counting windows in a row that make the model degraded (default 1)",
    )
    .option("--task <task>", "auto, binary, multiclass or regression")
    .option("--positive-label <label>", "binary: the positive class")
    .option("--reference <file>", "a ValidationReport to compare features with ({version} is replaced)")
    .option(
      "--holdout-predictions <file>",
      "holdout predictions to compare predictions with ({version} is replaced)",
    )
    .option("--bootstrap-resamples <n>", "resamples behind each interval (default 1000; 0: none)")
    .option("--confidence-level <level>", "confidence level of intervals (default 0.95)")
    .option("--seed <n>", "bootstrap seed")
    .option("--report-file <file>", "where to write the MonitoringReport (default mlops-monitoring.json)")
    .option(
      "--summary-markdown-file <file>",
      "where to write the Markdown summary (default mlops-monitoring.md)",
    )
    .option("--registry <backend>", "auto, local or github", "local")
    .option("--registry-path <dir>", "local registry directory (default .mlops/registry)")
    .option("--outputs", "print the step's outputs as name=value lines")
    .action((_opts: unknown, cmd: Command) => {
      const quiet = Boolean(cmd.opts().outputs);
      return runCliStep(cmd, monitorModelStep, () => ({}), {
        printOutputs: quiet,
        appendSummary: (markdown) => !quiet && process.stdout.write(`\n${markdown}`),
        report: ({ result }, io) => !quiet && io.logger.info(`monitoring report: ${result.reportFile}`),
      });
    });
}
