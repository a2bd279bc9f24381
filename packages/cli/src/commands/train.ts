import type { Command } from "commander";
import { runContextFromEnv, type RawInputs } from "@mlops/core";
import { readTrainInputs, runTraining, trainOutputs } from "@mlops/train";
import { cliStepIO, loadCliConfig, writeOutputsFile } from "../shared.js";

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
    .option("--cache", "skip the command when nothing changed (the default locally)")
    .option("--no-cache", "always run the command")
    .option("--timeout-minutes <minutes>", "kill the whole process tree after this many minutes")
    .option("--outputs", "print the step's outputs as name=value lines")
    .action(async (args: string[], _opts: unknown, cmd: Command) => {
      const io = cliStepIO(cmd, { printOutputs: false });
      const config = await loadCliConfig(cmd);
      const section = config.train ?? {};
      const flags = cmd.opts<{ cache?: boolean; outputs?: boolean }>();
      const input: RawInputs = (name) => {
        if (name === "command" && args.length) return args.map(shellQuote).join(" ");
        if (name === "cache") {
          // Locally the run cache is on unless --no-cache or mlops.yml says `cache: false`.
          if (cmd.getOptionValueSource("cache") === "cli") return String(flags.cache);
          return section.cache === undefined ? "true" : String(section.cache);
        }
        const given = io.input(name);
        if (given !== undefined) return given;
        const value = (section as Record<string, unknown>)[name];
        if (value === undefined || value === null) return undefined;
        if (Array.isArray(value)) return value.map(String).join("\n");
        return typeof value === "object" ? JSON.stringify(value) : String(value);
      };
      const options = readTrainInputs(input, process.cwd());
      // The CLI uploads no workflow artifact: the run's files stay in .mlops/runs/<id>/.
      delete options.artifactName;

      const result = await runTraining(options, { logger: io.logger, ctx: runContextFromEnv() });
      const outputs = trainOutputs(result, options.root);
      for (const [k, v] of Object.entries(outputs)) writeOutputsFile(k, v);
      if (flags.outputs) for (const [k, v] of Object.entries(outputs)) process.stdout.write(`${k}=${v}\n`);
      else {
        io.logger.info(`run record: ${outputs["run-record"]}`);
        if (outputs["model-path"]) io.logger.info(`model: ${outputs["model-path"]}`);
        io.logger.info(`metrics: ${outputs.metrics}`);
      }
      if (result.failure) {
        if (result.failure.error) throw result.failure.error;
        io.logger.error(result.failure.message);
        process.exitCode = result.failure.exitCode;
      }
    });
}
