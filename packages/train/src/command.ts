import { spawn, spawnSync } from "node:child_process";
import { existsSync, promises as fs, constants as fsConstants } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigurationError } from "@mlops/core";
import { ProcessGroupSampler, childrenCpuTicks, ticksToMs, type ResourceUsage } from "./resources.js";

/*
 * Runs the user's command the way a workflow's `run:` step with `shell: bash` does: the command
 * is written to a script file and run as `bash --noprofile --norc -eo pipefail <file>`, so
 * multi-line commands, pipes and `set -e` behave exactly as in a run step.
 *
 * The shell starts as the leader of a new process group (detached), so the whole tree can be
 * signalled at once: on timeout (and when this process is interrupted) the group gets SIGTERM,
 * then SIGKILL after a grace period. When the shell exits normally, whatever it left running in
 * its group is sent SIGTERM too, so a stray background process cannot hold the step open.
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

const MAX_TIMER_MS = 2 ** 31 - 1;

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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Whether any live (non-zombie) process is left in the group. /proc tells zombies apart (a
 * container's init may never reap them); elsewhere signal 0 is the test.
 */
async function groupAlive(pgid: number): Promise<boolean> {
  if (process.platform === "win32") return false;
  if (process.platform === "linux") {
    let names: string[];
    try {
      names = await fs.readdir("/proc");
    } catch {
      names = [];
    }
    if (names.length) {
      for (const name of names) {
        const c = name.charCodeAt(0);
        if (c < 48 || c > 57) continue;
        let stat: string;
        try {
          stat = await fs.readFile(`/proc/${name}/stat`, "utf8");
        } catch {
          continue;
        }
        const close = stat.lastIndexOf(")");
        const fields = stat.slice(close + 2).split(" ");
        if (Number(fields[2]) === pgid && fields[0] !== "Z" && fields[0] !== "X") return true;
      }
      return false;
    }
  }
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: nothing left in the group.
  }
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
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: options.cwd,
    env: options.env,
    detached: process.platform !== "win32",
    stdio: ["ignore", "pipe", "pipe"],
    windowsHide: true,
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );

  const spawnError = await new Promise<Error | null>((resolve) => {
    child.once("spawn", () => resolve(null));
    child.once("error", (error) => resolve(error));
  });
  if (spawnError || child.pid === undefined) {
    const code = (spawnError as NodeJS.ErrnoException | null)?.code;
    throw new ConfigurationError(
      code === "ENOENT"
        ? "cannot run the command: 'bash' was not found on PATH (the train step runs commands with bash, like a run step with shell: bash)"
        : `cannot run the command: ${spawnError?.message ?? "the shell did not start"}`,
      { code: "command-spawn" },
    );
  }
  const pid = child.pid;
  const sampler = new ProcessGroupSampler(pid);
  sampler.start();

  let timedOut = false;
  let interrupted: NodeJS.Signals | null = null;
  // SIGTERM to the group now, SIGKILL after the grace period if the shell is still running.
  let escalate: NodeJS.Timeout | undefined;
  const terminate = (): void => {
    killGroup(pid, "SIGTERM");
    escalate ??= setTimeout(() => killGroup(pid, "SIGKILL"), options.killGraceMs);
  };
  // setTimeout holds at most 2^31 - 1 ms (24.8 days); longer timeouts are chained.
  const deadline = Date.now() + options.timeoutMs;
  let timeoutTimer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    const left = deadline - Date.now();
    if (left > MAX_TIMER_MS) {
      timeoutTimer = setTimeout(arm, MAX_TIMER_MS);
      return;
    }
    timeoutTimer = setTimeout(
      () => {
        timedOut = true;
        options.onTimeout?.();
        terminate();
      },
      Math.max(0, left),
    );
  };
  if (Number.isFinite(options.timeoutMs)) arm();
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupted = signal;
    terminate();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const streamsDone = Promise.all([
    new Promise<void>((resolve) => {
      child.stdout.on("data", options.onStdout);
      child.stdout.once("close", resolve);
    }),
    new Promise<void>((resolve) => {
      child.stderr.on("data", options.onStderr);
      child.stderr.once("close", resolve);
    }),
  ]);
  const { code, signal } = await exited;
  if (escalate) clearTimeout(escalate);
  const finished = performance.now();
  const finishedAt = new Date();
  const cpuAfter = childrenCpuTicks();
  const sampled = await sampler.stop();
  if (timeoutTimer) clearTimeout(timeoutTimer);

  // Whatever the shell left running in its group is terminated too: SIGTERM, then SIGKILL for
  // anything still there after the grace period.
  if (await groupAlive(pid)) {
    killGroup(pid, "SIGTERM");
    const deadline = Date.now() + options.killGraceMs;
    while (Date.now() < deadline && (await groupAlive(pid))) await sleep(50);
    if (await groupAlive(pid)) killGroup(pid, "SIGKILL");
  }
  // Output still buffered in the pipes is delivered; a survivor holding them open is not waited for.
  await Promise.race([streamsDone, sleep(2000)]);
  child.stdout.destroy();
  child.stderr.destroy();
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);

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
