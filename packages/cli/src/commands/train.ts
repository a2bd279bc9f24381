import type { Command } from "commander";
import { ConfigurationError } from "@mlops/core";
import { displayPath, explainCacheStep, trainStep } from "@mlops/train";
import { runCliStep } from "../shared.js";

/** Quotes one argument for bash (used to join `mlops train -- python train.py --lr 0.1`). */
function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function registerTrain(program: Command): void {
  program
    .command("train")
    .description(
      "run your training command with params, metrics, lineage and the run cache (as the train action does)",
    )
    .argument("[command...]", "the training command, after `--` (or use --command)")
    .option("--command <command>", "the training command, run with bash")
    .option("--working-directory <dir>", "directory to run the command in (other paths are relative to it)")
    .option("--params <file-or-yaml>", "params: a YAML/JSON file or inline YAML; exported as MLOPS_PARAMS")
    .option("--metrics-file <file>", "metrics file the command writes (JSON, YAML or CSV)")
    .option("--model-path <path>", "file or directory the command writes the model to")
    .option("--data <path...>", "data paths fingerprinted for lineage and the run cache")
    .option(
      "--code <path...>",
      "the training code (paths, globs) the run cache hashes (default: git's tracked files)",
    )
    .option("--cache [true|false]", "skip the command when nothing changed (the default locally)")
    .option("--no-cache", "always run the command")
    .option("--explain-cache", "say what the run cache would do and why (every component), and run nothing")
    .option("--timeout-minutes <minutes>", "kill the whole process tree after this many minutes")
    .option("--outputs", "print the step's outputs as name=value lines")
    .action((args: string[], _opts: unknown, cmd: Command) => {
      if (args.length && cmd.getOptionValueSource("command") === "cli") {
        throw new ConfigurationError(
          `the command is given twice: --command ${JSON.stringify(cmd.opts().command)} and after it ${JSON.stringify(args.join(" "))}; keep one (\`mlops train --command '...'\` or \`mlops train -- ...\`)${/^(true|false)$/.test(args[0] ?? "") ? ". A flag's value goes with it: --cache true, --cache false" : ""}`,
          { code: "input-invalid" },
        );
      }
      if (cmd.opts().explainCache)
        return runCliStep(cmd, explainCacheStep, () => ({}), {
          printOutputs: Boolean(cmd.opts().outputs),
          inputs: { command: args.length ? args.map(shellQuote).join(" ") : undefined },
        });
      return runCliStep(cmd, trainStep, () => ({}), {
        printOutputs: Boolean(cmd.opts().outputs),
        inputs: { command: args.length ? args.map(shellQuote).join(" ") : undefined },
        report: ({ result, options }, io) => {
          if (cmd.opts().outputs) return;
          io.logger.info(`run record: ${displayPath(options.root, result.recordPath)}`);
          if (result.modelPath) io.logger.info(`model: ${displayPath(options.root, result.modelPath)}`);
          io.logger.info(`metrics: ${JSON.stringify(result.metrics)}`);
        },
      });
    });
}
