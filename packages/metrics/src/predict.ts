import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigurationError, type Logger } from "@mlops/core";
import { runStepEnv } from "@mlops/core/process";

/*
 * The predict contract: a command that scores a model on rows. It runs exactly as train's
 * command does (train's runner: a bash script file, its own process group, the timeout with
 * SIGTERM then SIGKILL to the whole tree, a clean environment) and receives, in environment
 * variables:
 *
 *   MODEL_PATH   the model's file or directory (as registered, or as training wrote it)
 *   EVAL_DATA    the evaluation rows (one file, in the dataset's format)
 *   PREDICTIONS  where to write the predictions file (csv unless predict.format says otherwise)
 *
 * The predictions file holds one row per evaluation row with the id column, the label column
 * and the prediction and/or score columns, as evaluate reads any predictions file.
 */

export const PREDICTION_FORMATS = ["csv", "tsv", "jsonl", "parquet"] as const;
export type PredictionFormat = (typeof PREDICTION_FORMATS)[number];

export interface PredictCommand {
  command: string;
  /** Absolute directory the command runs in. */
  workingDirectory: string;
  timeoutMinutes: number;
  /** Format of the predictions file the command writes. */
  format: PredictionFormat;
}

export const DEFAULT_PREDICT_TIMEOUT_MINUTES = 60;

export interface PredictDeps {
  logger: Logger;
  /** The environment the command's environment is built from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Where the script file goes (default the OS temp directory). */
  tempDir?: string;
  /** Time between SIGTERM and SIGKILL (default 10 s). */
  killGraceMs?: number;
  /**
   * Runs before the command loads the model (evaluate scans the files with @mlops/scan here); it
   * throws to stop the command from running.
   */
  beforeLoad?: (run: { who: string; modelPath: string }) => Promise<void>;
}

export interface PredictResult {
  /** The predictions file the command wrote. */
  file: string;
  durationMs: number;
}

export function predictEnv(
  base: NodeJS.ProcessEnv,
  vars: { modelPath: string; evalData: string; predictions: string },
): NodeJS.ProcessEnv {
  // What a `run:` step would see: the runner's credentials and the step's plumbing withheld.
  const env = runStepEnv(base);
  env.MODEL_PATH = vars.modelPath;
  env.EVAL_DATA = vars.evalData;
  env.PREDICTIONS = vars.predictions;
  return env;
}

/** The last `max` lines of a command's output, for the error when it fails. */
class Tail {
  private lines: string[] = [];
  private partial = "";
  constructor(private readonly max: number) {}
  write(chunk: Buffer, each: (line: string) => void): void {
    const parts = (this.partial + chunk.toString("utf8")).split(/\r?\n/);
    this.partial = parts.pop() ?? "";
    for (const line of parts) this.push(line, each);
  }
  end(each: (line: string) => void): void {
    if (this.partial) this.push(this.partial, each);
    this.partial = "";
  }
  text(): string {
    return this.lines.join("\n");
  }
  private push(line: string, each: (line: string) => void): void {
    each(line);
    this.lines.push(line);
    if (this.lines.length > this.max) this.lines.shift();
  }
}

/**
 * Runs the predict command for one model on the evaluation rows; returns the predictions file.
 * A missing command, a failure (exit code and the last lines of output), a timeout or a command
 * that wrote nothing are ConfigurationErrors naming `who` ("baseline v1", "candidate").
 */
export async function runPredict(
  cmd: PredictCommand,
  run: { who: string; modelPath: string; evalData: string; output: string },
  deps: PredictDeps,
): Promise<PredictResult> {
  if (!cmd.command.trim()) {
    throw new ConfigurationError(
      "predict: the command is empty; set predict.command in mlops.yml (or predict-command)",
      {
        code: "predict-missing",
      },
    );
  }
  if (!existsSync(run.modelPath)) {
    throw new ConfigurationError(`predict for ${run.who}: the model ${run.modelPath} does not exist`, {
      code: "model-missing",
      location: { file: run.modelPath },
    });
  }
  // Model files can be code (pickle): checked before the command loads them.
  await deps.beforeLoad?.({ who: run.who, modelPath: run.modelPath });
  await fs.mkdir(path.dirname(run.output), { recursive: true });
  await fs.rm(run.output, { force: true });
  const { runShellCommand, TIMEOUT_EXIT_CODE } = await import("@mlops/train");
  const { logger } = deps;
  const tail = new Tail(20);
  const say = (line: string) => logger.info(line);
  const result = await logger.group(`Predict (${run.who}): ${cmd.command.split("\n")[0]}`, () =>
    runShellCommand({
      command: cmd.command,
      cwd: cmd.workingDirectory,
      env: predictEnv(deps.env ?? process.env, {
        modelPath: run.modelPath,
        evalData: run.evalData,
        predictions: run.output,
      }),
      timeoutMs: cmd.timeoutMinutes * 60_000,
      killGraceMs: deps.killGraceMs ?? 10_000,
      tempDir: deps.tempDir ?? os.tmpdir(),
      onStdout: (chunk) => tail.write(chunk, say),
      onStderr: (chunk) => tail.write(chunk, say),
      onTimeout: () =>
        logger.error(
          `predict for ${run.who} exceeded ${cmd.timeoutMinutes} minute(s); stopping its process tree`,
        ),
    }),
  );
  tail.end(say);
  const output = tail.text();
  const last = output ? `; its last lines:\n${output}` : " (it printed nothing)";
  if (result.timedOut) {
    throw new ConfigurationError(
      `predict for ${run.who} exceeded its timeout of ${cmd.timeoutMinutes} minute(s) and was stopped (exit ${TIMEOUT_EXIT_CODE})${last}`,
      { code: "predict-timeout" },
    );
  }
  if (result.interrupted || result.exitCode !== 0) {
    throw new ConfigurationError(
      `predict for ${run.who} failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ""}: ${cmd.command.split("\n")[0]}${last}`,
      { code: "predict-failed" },
    );
  }
  const stat = await fs.stat(run.output).catch(() => null);
  if (!stat?.isFile()) {
    throw new ConfigurationError(
      `predict for ${run.who} exited 0 but wrote no predictions file at $PREDICTIONS (${run.output}); the command must write its predictions there${last}`,
      { code: "predictions-missing", location: { file: run.output } },
    );
  }
  return { file: run.output, durationMs: result.durationMs };
}
