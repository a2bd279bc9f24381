import type { Command } from "commander";
import { runContextFromEnv, type RawInputs } from "@mlops/core";
import { runEvaluateStep } from "@mlops/metrics/step";
import { cliStepIO, globalOptions, loadCliConfig } from "../shared.js";

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
    .action(async (_opts: unknown, cmd: Command) => {
      const flags = cmd.opts<{ outputs?: boolean; failOnGate?: boolean }>();
      const io = cliStepIO(cmd, { printOutputs: Boolean(flags.outputs) });
      const config = await loadCliConfig(cmd);
      const section: Record<string, unknown> = { model: config.model, ...config.evaluate };
      const input: RawInputs = (name) => {
        if (name === "fail-on-gate") {
          if (cmd.getOptionValueSource("failOnGate") === "cli") return String(flags.failOnGate);
          const v = section["fail-on-gate"];
          return v === undefined ? undefined : String(v);
        }
        if (name === "registry" && cmd.getOptionValueSource("registry") !== "cli") {
          return config.registry?.backend ?? "local";
        }
        if (name === "registry-path" && io.input(name) === undefined) return config.registry?.path;
        const given = io.input(name);
        if (given !== undefined) return given;
        const value = section[name];
        if (value === undefined || value === null) return undefined;
        if (Array.isArray(value)) return value.map(String).join("\n");
        return typeof value === "object" ? JSON.stringify(value) : String(value);
      };
      const result = await runEvaluateStep({
        io: {
          ...io,
          input,
          appendSummary: async (markdown) => {
            if (!flags.outputs) process.stdout.write(`\n${markdown}`);
          },
        },
        ctx: runContextFromEnv(),
        config,
        input,
        configFile: globalOptions(cmd).config,
      });
      if (!flags.outputs) io.logger.info(`comparison: ${result.file}`);
    });
}
