import type { Command } from "commander";
import { evaluateStep } from "@mlops/metrics/step";
import { runCliStep } from "../shared.js";

export function registerEvaluate(program: Command): void {
  program
    .command("evaluate")
    .description(
      "compare a candidate with the baseline under declared gates, with paired bootstrap intervals (as the evaluate-against-baseline action does)",
    )
    .option("--model <name>", "model name in the registry (default: mlops.yml model)")
    .option("--candidate-metrics <file>", "candidate metrics file (JSON/YAML/CSV) or RunRecord")
    .option("--candidate-predictions <file>", "candidate predictions (CSV/JSONL/Parquet)")
    .option(
      "--baseline <ref>",
      "registry alias, version number, metrics/RunRecord file, or none (default production)",
    )
    .option("--baseline-predictions <file>", "baseline predictions on the same rows")
    .option(
      "--predict-command <cmd>",
      "scores a model on rows (MODEL_PATH, EVAL_DATA, PREDICTIONS; default: mlops.yml predict.command)",
    )
    .option("--predict-working-directory <dir>", "where the predict command runs")
    .option("--predict-timeout-minutes <n>", "stop the predict command after this many minutes (default 60)")
    .option("--predict-format <format>", "csv, tsv, jsonl or parquet (default csv)")
    .option("--dataset <paths>", "evaluation rows: files, directories or globs (comma-separated)")
    .option("--evaluation-rows <which>", "candidate (its predictions' rows, by id) or dataset (every row)")
    .option("--candidate-model <path>", "the candidate's model files, scored when evaluation-rows is dataset")
    .option(
      "--model-scan <mode>",
      "scan model files before predict loads them: fail (default), warn or off (default: mlops.yml evaluate.model-scan)",
    )
    .option(
      "--gates <file-or-yaml>",
      "gates: a YAML/JSON file or inline YAML (default: mlops.yml evaluate.gates)",
    )
    .option("--significance <level>", "default significance level for gates with a change rule")
    .option("--bootstrap-resamples <n>", "paired bootstrap resamples (default 1000; 0 turns intervals off)")
    .option("--seed <n>", "bootstrap seed")
    .option("--confidence-level <level>", "confidence level of intervals (default 0.95)")
    .option("--label-column <name>", "true label column (default label)")
    .option("--prediction-column <name>", "predicted class/value column (default prediction)")
    .option("--score-column <name>", "score/probability column (default score)")
    .option("--id-column <name>", "join candidate and baseline predictions on this column")
    .option("--slices <columns>", "columns to compute metrics per value of (comma-separated)")
    .option("--task <task>", "auto, binary, multiclass or regression")
    .option("--positive-label <label>", "binary: the positive class")
    .option("--decision-threshold <t>", "binary: score threshold when there is no prediction column")
    .option("--comparison-file <file>", "where to write the Comparison JSON (default .mlops/comparison.json)")
    .option("--registry <backend>", "auto, local or github", "local")
    .option("--registry-path <dir>", "local registry directory (default .mlops/registry)")
    .option("--no-fail-on-gate", "exit 0 even when a gate fails")
    .option("--outputs", "print the step's outputs as name=value lines")
    .action((_opts: unknown, cmd: Command) => {
      const quiet = Boolean(cmd.opts().outputs);
      return runCliStep(cmd, evaluateStep, () => ({}), {
        printOutputs: quiet,
        appendSummary: (markdown) => !quiet && process.stdout.write(`\n${markdown}`),
        report: ({ result }, io) => !quiet && io.logger.info(`comparison: ${result.file}`),
      });
    });
}
