import { Command, CommanderError } from "commander";
import { isConfigurationError, isStepFailed } from "@mlops/core";
import { registerValidate } from "./commands/validate.js";
import { registerTrain } from "./commands/train.js";
import { registerEvaluate } from "./commands/evaluate.js";
import { registerModels } from "./commands/models.js";
import { registerDeploy } from "./commands/deploy.js";
import { registerReport } from "./commands/report.js";
import { registerRun } from "./commands/run.js";
import { registerMonitor } from "./commands/monitor.js";

/*
 * `mlops`: every step of the suite on a laptop, against the local registry. Each subcommand
 * takes the action's input names as flags (--model-path, --metrics-file…) and lives in
 * commands/<name>.ts; this file only wires them and owns the one error boundary. index.ts runs it
 * on process.argv; the tests run it in-process too (@mlops/testkit's runMlops).
 */

/** Runs `mlops` on `argv` (node's: the program, the script, then the arguments); sets process.exitCode. */
export async function runCli(argv: readonly string[]): Promise<void> {
  const program = new Command("mlops")
    .description("MLOps steps on your machine: validate, train, evaluate, register, deploy, report, run")
    .option("-C, --cwd <dir>", "run as if started in this directory")
    .option("--config <file>", "mlops.yml to read defaults from", "mlops.yml")
    .option("-v, --verbose", "print debug output")
    .showHelpAfterError()
    .exitOverride();

  program.hook("preAction", (cmd) => {
    const cwd = cmd.opts<{ cwd?: string }>().cwd;
    if (cwd) process.chdir(cwd);
  });

  registerValidate(program);
  registerTrain(program);
  registerEvaluate(program);
  registerModels(program);
  registerDeploy(program);
  registerReport(program);
  registerRun(program);
  registerMonitor(program);

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
    } else if (isStepFailed(error)) {
      // An outcome the step enforces (a failed gate, validation or deploy): its message, its code.
      process.stderr.write(`mlops: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else if (isConfigurationError(error)) {
      process.stderr.write(`mlops: ${(error as Error).message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `mlops: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.stderr.write("This is a bug in mlops-actions; please report it with the output above.\n");
      process.exitCode = 70;
    }
  }
}
