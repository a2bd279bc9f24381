import { spawnSync } from "node:child_process";
import { existsSync, promises as fs, constants as fsConstants } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigurationError } from "@mlops/core";
import { runProcessTree } from "@mlops/core/process";
import { ProcessGroupSampler, childrenCpuTicks, ticksToMs, type ResourceUsage } from "./resources.js";

/*
 * Runs the user's command the way a workflow's `run:` step with `shell: bash` does: the command
 * is written to a script file and run as `bash --noprofile --norc -eo pipefail <file>`, so
 * multi-line commands, pipes and `set -e` behave exactly as in a run step.
 *
 * The shell starts as the leader of a new process group (detached), so the whole tree can be
 * signalled at once: on timeout (and when this process is interrupted) the group gets SIGTERM,
 * then SIGKILL after a grace period. When the shell exits normally, whatever it left running in
 * its group is sent SIGTERM too, so a stray background process cannot hold the step open. The
 * process tree itself (spawning, group kill, reaping) is @mlops/core/process, shared with deploy.
 */

export interface ShellRunOptions {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Kill the process tree after this long; Infinity for never. */
  timeoutMs: number;
  /** Time between SIGTERM and SIGKILL. */
  killGraceMs: number;
  /** Where the script file goes (deleted afterwards). */
  tempDir: string;
  onStdout(chunk: Buffer): void;
  onStderr(chunk: Buffer): void;
  /** Called once, when the timeout fires. */
  onTimeout?(): void;
}

export interface ShellRunResult {
  /** The shell's exit code; for a signal, 128 + its number (as a shell reports it). */
  exitCode: number;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** A signal this process received and forwarded (the run was cancelled). */
  interrupted: NodeJS.Signals | null;
  startedAt: Date;
  finishedAt: Date;
  durationMs: number;
  resources: ResourceUsage | null;
  pid: number;
}

/** Exit code `timeout(1)` uses for a command that ran out of time. */
export const TIMEOUT_EXIT_CODE = 124;

function signalNumber(signal: NodeJS.Signals): number {
  return os.constants.signals[signal] ?? 0;
}

let gnuTimePath: string | null | undefined;

/** /usr/bin/time when it is GNU time (exact peak memory of the tree), else null. */
function gnuTime(): string | null {
  if (gnuTimePath !== undefined) return gnuTimePath;
  gnuTimePath = null;
  if (process.platform === "linux" && existsSync("/usr/bin/time")) {
    const r = spawnSync("/usr/bin/time", ["--version"], { encoding: "utf8", timeout: 5000 });
    if (/GNU/.test(`${r.stdout}${r.stderr}`)) gnuTimePath = "/usr/bin/time";
  }
  return gnuTimePath;
}

export async function runShellCommand(options: ShellRunOptions): Promise<ShellRunResult> {
  await fs.mkdir(options.tempDir, { recursive: true });
  const script = path.join(
    options.tempDir,
    `mlops-train-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.sh`,
  );
  await fs.writeFile(script, options.command.endsWith("\n") ? options.command : options.command + "\n", {
    mode: 0o600,
    flag: "wx",
  });
  try {
    return await spawnAndWait(script, options);
  } finally {
    await fs.rm(script, { force: true });
  }
}

async function checkDirectory(cwd: string): Promise<void> {
  try {
    const stat = await fs.stat(cwd);
    if (!stat.isDirectory()) throw new Error("not a directory");
    await fs.access(cwd, fsConstants.X_OK);
  } catch {
    throw new ConfigurationError(`working-directory ${cwd}: not a directory this step can enter`, {
      code: "working-directory",
      location: { file: cwd },
    });
  }
}

async function spawnAndWait(script: string, options: ShellRunOptions): Promise<ShellRunResult> {
  await checkDirectory(options.cwd);
  const cpuBefore = childrenCpuTicks();
  const startedAt = new Date();
  const started = performance.now();
  const shell = ["bash", "--noprofile", "--norc", "-eo", "pipefail", script];
  const time = gnuTime();
  const timeFile = time ? `${script}.time` : null;
  const argv = time && timeFile ? [time, "-f", "%M", "-o", timeFile, ...shell] : shell;
  let sampler: ProcessGroupSampler | undefined;
  // Taken the moment the shell exits, before what it left behind is reaped.
  const atExit: {
    finished: number;
    finishedAt: Date;
    cpuAfter: ReturnType<typeof childrenCpuTicks>;
    sampled: number | null;
  } = { finished: started, finishedAt: startedAt, cpuAfter: null, sampled: null };
  const run = await runProcessTree({
    file: argv[0]!,
    args: argv.slice(1),
    cwd: options.cwd,
    env: options.env,
    timeoutMs: options.timeoutMs,
    killGraceMs: options.killGraceMs,
    onStdout: options.onStdout,
    onStderr: options.onStderr,
    onTimeout: options.onTimeout,
    onSpawn: (pid) => {
      sampler = new ProcessGroupSampler(pid);
      sampler.start();
    },
    onExit: async () => {
      atExit.finished = performance.now();
      atExit.finishedAt = new Date();
      atExit.cpuAfter = childrenCpuTicks();
      atExit.sampled = (await sampler?.stop()) ?? null;
    },
    forwardSignals: true,
    reapAfterExit: true,
    drainMs: 2000,
  });
  if (run.spawnError) {
    const code = (run.spawnError as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      code === "ENOENT"
        ? "cannot run the command: 'bash' was not found on PATH (the train step runs commands with bash, like a run step with shell: bash)"
        : `cannot run the command: ${run.spawnError.message}`,
      { code: "command-spawn" },
    );
  }
  const { code, signal, timedOut, interrupted } = run;
  const pid = run.pid!;
  const { finished, finishedAt, cpuAfter, sampled } = atExit;

  let exitCode = code ?? (signal ? 128 + signalNumber(signal) : 1);
  let exitSignal = signal;
  let peak = sampled;
  if (timeFile) {
    // GNU time's report: "Command terminated by signal N" / "... non-zero status N", then %M.
    const report = await fs.readFile(timeFile, "utf8").catch(() => "");
    await fs.rm(timeFile, { force: true });
    const lines = report.trim().split("\n");
    const maxKib = Number(lines[lines.length - 1]);
    if (lines.length && /^\d+$/.test(lines[lines.length - 1]!)) peak = Math.max(peak ?? 0, maxKib * 1024);
    const bySignal = /Command terminated by signal (\d+)/.exec(report);
    if (bySignal && !signal) {
      const number = Number(bySignal[1]);
      exitSignal =
        (Object.entries(os.constants.signals).find(([, n]) => n === number)?.[0] as NodeJS.Signals) ?? null;
      exitCode = 128 + number;
    }
  }
  const resources: ResourceUsage | null =
    cpuBefore && cpuAfter
      ? {
          peakRssBytes: peak,
          cpuUserMs: ticksToMs(cpuAfter.user - cpuBefore.user),
          cpuSystemMs: ticksToMs(cpuAfter.system - cpuBefore.system),
        }
      : peak === null
        ? null
        : { peakRssBytes: peak, cpuUserMs: null, cpuSystemMs: null };
  return {
    exitCode,
    signal: exitSignal,
    timedOut,
    interrupted,
    startedAt,
    finishedAt,
    durationMs: Math.max(0, finished - started),
    resources,
    pid,
  };
}
