import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

/*
 * Runs a user's shell command the way a workflow `run:` step would (sh -c on POSIX, cmd.exe on
 * Windows), with a time limit that kills the whole process tree: a deploy script that starts
 * `kubectl rollout status` or a `curl` in a subshell must not outlive its timeout.
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

const isWindows = process.platform === "win32";

/**
 * Commands running now. They live in their own process groups, so a Ctrl-C in a terminal or the
 * runner's cancellation signal does not reach them: killActiveChildren passes it on.
 */
const active = new Set<ChildProcess>();

let cancelled = false;

/** Kills every running command's tree; from then on no new command starts (the step is being cancelled). */
export function killActiveChildren(signal: NodeJS.Signals = "SIGTERM"): number {
  cancelled = true;
  for (const child of active) killTree(child, signal);
  return active.size;
}

/** Kills the process group of a detached child (POSIX) or its tree (Windows, taskkill /T). */
export function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  if (isWindows) {
    const killer = spawn("taskkill", ["/pid", String(child.pid), "/T", "/F"], { stdio: "ignore" });
    killer.on("error", () => child.kill(signal));
    return;
  }
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

export function runShell(command: string, options: ShellOptions): Promise<ShellResult> {
  const started = performance.now();
  const tailLimit = options.tailLines ?? 20;
  const tail: string[] = [];
  const grace = options.killGraceMs ?? 5_000;
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      if (cancelled) throw new Error("not started: the step is being cancelled");
      child = spawn(command, {
        shell: true,
        cwd: options.cwd,
        env: options.env,
        // Its own process group, so a timeout can kill everything the command started.
        detached: !isWindows,
        stdio: ["ignore", "pipe", "pipe"],
        windowsHide: true,
      });
    } catch (error) {
      resolve({
        exitCode: null,
        signal: null,
        timedOut: false,
        spawnError: error as Error,
        durationMs: performance.now() - started,
        tail,
      });
      return;
    }
    active.add(child);
    let timedOut = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const partial: Record<"stdout" | "stderr", string> = { stdout: "", stderr: "" };
    const emit = (stream: "stdout" | "stderr", line: string) => {
      tail.push(line);
      if (tail.length > tailLimit) tail.shift();
      options.onLine?.(line, stream);
    };
    for (const stream of ["stdout", "stderr"] as const) {
      const source = child[stream];
      source?.setEncoding("utf8");
      source?.on("data", (chunk: string) => {
        const lines = (partial[stream] + chunk).split(/\r?\n/);
        partial[stream] = lines.pop() ?? "";
        for (const line of lines) emit(stream, line);
      });
      source?.on("error", () => {});
    }
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child, "SIGTERM");
      killTimer = setTimeout(() => killTree(child, "SIGKILL"), grace);
      killTimer.unref();
    }, options.timeoutMs);

    const finish = (exitCode: number | null, signal: NodeJS.Signals | null, spawnError: Error | null) => {
      if (settled) return;
      settled = true;
      active.delete(child);
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      const flush = () => {
        for (const stream of ["stdout", "stderr"] as const) {
          if (partial[stream]) emit(stream, partial[stream]);
          partial[stream] = "";
          // A background process the command started may hold the pipes open; stop reading.
          child[stream]?.destroy();
        }
        resolve({
          exitCode,
          signal,
          timedOut,
          spawnError,
          durationMs: performance.now() - started,
          tail,
        });
      };
      // Give buffered output a moment to arrive after the exit, without waiting for pipes that
      // a daemonised grandchild keeps open.
      if (spawnError) flush();
      else if (timedOut) {
        // The shell is gone, but what it started may ignore SIGTERM: wait out the grace
        // period for the group to empty, then SIGKILL whatever is left.
        void reapGroup(child, grace).then(flush);
      } else {
        let closed = false;
        child.once("close", () => {
          if (!closed) {
            closed = true;
            flush();
          }
        });
        setTimeout(() => {
          if (!closed) {
            closed = true;
            flush();
          }
        }, 200).unref();
      }
    };
    child.once("error", (error) => finish(null, null, error));
    child.once("exit", (code, signal) => finish(code, signal, null));
  });
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
  } catch {
    return false;
  }
  return process.platform === "linux" ? groupHasLiveMember(pid) : true;
}

/**
 * Linux: whether any member of the process group is still running. A killed member whose
 * parent already exited stays a zombie until init reaps it (in some containers init never
 * does), and kill(-pgid, 0) still succeeds for it; that must not count as alive.
 */
function groupHasLiveMember(pgid: number): boolean {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return true;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === pgid && fields[0] !== "Z" && fields[0] !== "X") return true;
  }
  return false;
}

async function reapGroup(child: ChildProcess, graceMs: number): Promise<void> {
  if (isWindows || child.pid === undefined) return;
  const deadline = performance.now() + graceMs;
  while (groupAlive(child.pid) && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  if (groupAlive(child.pid)) killTree(child, "SIGKILL");
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
