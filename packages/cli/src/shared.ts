import type { Command } from "commander";
import {
  ConsoleLogger,
  executeStep,
  loadConfig,
  runContextFromEnv,
  type Logger,
  type MlopsConfig,
  type RawInputs,
  type StepContext,
  type StepDefinition,
  type StepIO,
  type StepOutcome,
  type StepServices,
} from "@mlops/core";

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

/** camelCase commander option → the kebab-case input name the actions use. */
function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The inputs given on the command line: `input("model-path")` reads --model-path. Only flags the
 * user typed count (a commander default is not "given", so mlops.yml still applies under it);
 * a negated flag (--no-cache) reads "false".
 */
export function cliInputs(cmd: Command): RawInputs {
  const opts = cmd.opts<Record<string, unknown>>();
  return (name) => {
    const key = camel(name);
    if (cmd.getOptionValueSource(key) !== "cli") return undefined;
    const v = opts[key];
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v)) return v.map(String).join("\n");
    return String(v);
  };
}

/**
 * A StepIO over commander options (see cliInputs); outputs are printed as `name=value` lines on
 * stdout only with --outputs (so scripts can read them).
 */
export function cliStepIO(
  cmd: Command,
  options: { printOutputs?: boolean; logger?: Logger } = {},
): StepIO & { outputs: Record<string, string> } {
  const verbose = globalOptions(cmd).verbose;
  const outputs: Record<string, string> = {};
  const input = cliInputs(cmd);
  return {
    logger: options.logger ?? new ConsoleLogger({ verbose: Boolean(verbose) }),
    input,
    outputs,
    setOutput(name, value) {
      outputs[name] = String(value);
      if (options.printOutputs) process.stdout.write(`${name}=${String(value)}\n`);
    },
    async appendSummary() {},
  };
}

export interface CliStepOptions<O, R> {
  /** Print the outputs as name=value lines (the command's --outputs flag). */
  printOutputs?: boolean;
  logger?: Logger;
  /** Where the job summary goes on a terminal (default: nowhere). */
  appendSummary?: (markdown: string) => void;
  /** Inputs the command line gives other than as flags (train's command after `--`). */
  inputs?: Record<string, string | undefined>;
  /** What the command says about the outcome, before a failed outcome ends it. */
  report?: (outcome: StepOutcome<O, R>, io: StepIO) => void;
}

/**
 * Every step command's handler: the step definition executed with the command line's inputs
 * over mlops.yml, the console as its StepIO and the services the command passes. A failed
 * outcome is thrown (index.ts prints it and exits with its code).
 */
export async function runCliStep<O, R, S>(
  cmd: Command,
  definition: StepDefinition<O, R, S>,
  services: StepServices<O, S>,
  options: CliStepOptions<O, R> = {},
): Promise<void> {
  const io = cliStepIO(cmd, options);
  if (options.appendSummary) {
    const append = options.appendSummary;
    io.appendSummary = async (markdown) => append(markdown);
  }
  const config = await loadCliConfig(cmd);
  const ctx: StepContext = {
    host: "cli",
    // The CLI's workspace is the directory it runs in (-C moves it), inside Actions too.
    run: { ...runContextFromEnv(), workspace: process.cwd() },
    config,
    configFile: globalOptions(cmd).config,
    logger: io.logger,
    given: (name) => options.inputs?.[name] ?? io.input(name),
  };
  const outcome = await executeStep(definition, io, ctx, services);
  options.report?.(outcome, io);
  if (outcome.failure) throw outcome.failure;
}
