import { killActiveTrees, runProcessTree } from "@mlops/core/process";

/*
 * Runs a user's shell command the way a workflow `run:` step would (sh -c on POSIX, cmd.exe on
 * Windows), with a time limit that kills the whole process tree: a deploy script that starts
 * `kubectl rollout status` or a `curl` in a subshell must not outlive its timeout. The process
 * tree (spawning, group kill, reaping) is @mlops/core/process, shared with the train step.
 */

export interface ShellResult {
  /** Exit code, or null when the process was killed by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** The command could not be started at all (no shell, bad cwd). */
  spawnError: Error | null;
  durationMs: number;
  /** The last lines of stdout and stderr, interleaved, for error messages. */
  tail: string[];
}

export interface ShellOptions {
  cwd?: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Time between SIGTERM and SIGKILL when the time limit is hit. */
  killGraceMs?: number;
  /** Called with each line the command prints. */
  onLine?: (line: string, stream: "stdout" | "stderr") => void;
  tailLines?: number;
}

/**
 * Commands run in their own process groups, so a Ctrl-C in a terminal or the runner's
 * cancellation signal does not reach them: this passes it on to every running command's tree,
 * and from then on no new command starts (the step is being cancelled).
 */
export function killActiveChildren(signal: NodeJS.Signals = "SIGTERM"): number {
  return killActiveTrees(signal);
}

export async function runShell(command: string, options: ShellOptions): Promise<ShellResult> {
  const started = performance.now();
  const tailLimit = options.tailLines ?? 20;
  const tail: string[] = [];
  const emit = (stream: "stdout" | "stderr", line: string) => {
    tail.push(line);
    if (tail.length > tailLimit) tail.shift();
    options.onLine?.(line, stream);
  };
  const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  const partial = { stdout: "", stderr: "" };
  const lines = (stream: "stdout" | "stderr") => (chunk: Buffer) => {
    const parts = (partial[stream] + decoders[stream].decode(chunk, { stream: true })).split(/\r?\n/);
    partial[stream] = parts.pop() ?? "";
    for (const line of parts) emit(stream, line);
  };
  const result = await runProcessTree({
    file: command,
    shell: true,
    cwd: options.cwd,
    env: options.env,
    timeoutMs: options.timeoutMs,
    killGraceMs: options.killGraceMs ?? 5_000,
    onStdout: lines("stdout"),
    onStderr: lines("stderr"),
    // A background process the command started may hold the pipes open: wait only briefly.
    drainMs: 200,
  });
  for (const stream of ["stdout", "stderr"] as const) {
    const rest = partial[stream] + decoders[stream].decode();
    if (rest) emit(stream, rest);
  }
  return {
    exitCode: result.code,
    signal: result.signal,
    timedOut: result.timedOut,
    spawnError: result.spawnError,
    durationMs: performance.now() - started,
    tail,
  };
}

/** One line saying how a command ended, for logs and failure messages. */
export function describeShellResult(result: ShellResult, timeoutMs: number): string {
  if (result.spawnError) return `could not be started: ${result.spawnError.message}`;
  if (result.timedOut) {
    return `timed out after ${formatSeconds(timeoutMs)}; its process tree was killed`;
  }
  if (result.signal) return `was killed by ${result.signal}`;
  return `exited with code ${result.exitCode}`;
}

export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
