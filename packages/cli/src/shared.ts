import { appendFileSync } from "node:fs";
import type { Command } from "commander";
import { ConsoleLogger, loadConfig, type MlopsConfig, type RawInputs, type StepIO } from "@mlops/core";

/** Options every subcommand inherits from the root command. */
export interface GlobalOptions {
  config: string;
  verbose?: boolean;
  cwd?: string;
}

export function globalOptions(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals<GlobalOptions>();
}

export async function loadCliConfig(cmd: Command): Promise<MlopsConfig> {
  const opts = globalOptions(cmd);
  return loadConfig(opts.config, { required: cmd.parent?.getOptionValueSource("config") === "cli" });
}

/**
 * `mlops run` starts each step as a child process with MLOPS_OUTPUTS_FILE set: every output is
 * appended there as one JSON line, so the step's own stdout (a training command's prints) can
 * never be mistaken for an output.
 */
export function writeOutputsFile(name: string, value: string | number | boolean): void {
  const file = process.env.MLOPS_OUTPUTS_FILE;
  if (file) appendFileSync(file, JSON.stringify({ name, value: String(value) }) + "\n");
}

/** camelCase commander option → the kebab-case input name the actions use. */
function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * A StepIO over commander options: `io.input("model-path")` reads --model-path; outputs are
 * printed as `name=value` lines on stdout only with --outputs (so scripts can read them).
 */
export function cliStepIO(
  cmd: Command,
  options: { printOutputs?: boolean } = {},
): StepIO & { outputs: Record<string, string> } {
  const opts = cmd.opts<Record<string, unknown>>();
  const verbose = globalOptions(cmd).verbose;
  const outputs: Record<string, string> = {};
  const input: RawInputs = (name) => {
    const v = opts[camel(name)];
    if (v === undefined || v === null || v === false) return undefined;
    if (Array.isArray(v)) return v.map(String).join("\n");
    return String(v);
  };
  return {
    logger: new ConsoleLogger({ verbose: Boolean(verbose) }),
    input,
    outputs,
    setOutput(name, value) {
      outputs[name] = String(value);
      if (options.printOutputs) process.stdout.write(`${name}=${String(value)}\n`);
      writeOutputsFile(name, value);
    },
    async appendSummary() {},
  };
}
