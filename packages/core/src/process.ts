import type { ChildProcess } from "node:child_process";
import { spawn, spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";

/*
 * Runs a user's command as a process tree that can be stopped as a whole: the train step's
 * `bash` script and the deploy step's `sh -c` commands and health checks.
 *
 * On Windows execa spawns it (PATHEXT and shebang resolution, cmd.exe escaping; loaded on first
 * use); elsewhere the OS does all that and node:child_process spawns it directly, as execa does
 * there, without loading execa's ~200 kB for each step that runs a command. What execa does not
 * do stays here: the child leads a new process group (detached), and on timeout or cancellation
 * the whole group gets SIGTERM, then SIGKILL after a grace period; after the exit, what the
 * command left in its group is reaped the same way. The pipes are read as they come and, after the exit, waited for only
 * briefly: a daemonised grandchild that holds them open cannot hold the step open.
 */

/**
 * Variables the runner gives actions but not `run:` steps, besides every INPUT_* (the step's
 * inputs, its token among them) and ACTIONS_RUNTIME_*: the results and cache services and the
 * step's own output and state files. A user's command (training, predict, deploy, health check)
 * sees what a `run:` step would see.
 */
const ACTION_ONLY_ENV = new Set([
  "ACTIONS_RESULTS_URL",
  "ACTIONS_CACHE_URL",
  "ACTIONS_CACHE_SERVICE_V2",
  "GITHUB_OUTPUT",
  "GITHUB_STATE",
]);

export function isActionOnlyVariable(name: string): boolean {
  return ACTION_ONLY_ENV.has(name) || name.startsWith("INPUT_") || name.startsWith("ACTIONS_RUNTIME_");
}

/** `base` as a `run:` step would see it: without the action-only variables nor what `withhold` names. */
export function runStepEnv(
  base: NodeJS.ProcessEnv,
  withhold: (name: string) => boolean = () => false,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) {
    if (v === undefined || isActionOnlyVariable(k) || withhold(k)) continue;
    env[k] = v;
  }
  return env;
}

export interface ProcessTreeOptions {
  /** The program; with `shell`, the whole command line. */
  file: string;
  args?: readonly string[];
  /** Run `file` through the system shell (sh -c on POSIX, cmd.exe on Windows). */
  shell?: boolean;
  cwd?: string;
  /** The complete environment (process.env is not added to it). */
  env: NodeJS.ProcessEnv;
  /** Written to the process's stdin, which is then closed (default: no stdin). */
  input?: string;
  /** Stop the tree after this long; Infinity for never (any length: long timers are chained). */
  timeoutMs: number;
  /** Time between SIGTERM and SIGKILL. */
  killGraceMs: number;
  onStdout?(chunk: Buffer): void;
  onStderr?(chunk: Buffer): void;
  /** Called once the process runs (its pid leads the group). */
  onSpawn?(pid: number): void;
  /** Called once, when the timeout fires (before the tree is signalled). */
  onTimeout?(): void;
  /** Called at once when the process exits, before what it left behind is reaped. */
  onExit?(): void | Promise<void>;
  /** SIGINT / SIGTERM received by this process (a cancelled run) stop the tree. */
  forwardSignals?: boolean;
  /** After a normal exit too, stop what the command left running in its group. */
  reapAfterExit?: boolean;
  /** How long to wait for the pipes after the exit (then they are closed). */
  drainMs: number;
}

export interface ProcessTreeResult {
  /** The exit code; null when a signal ended the process or it did not start. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** A signal this process received and forwarded to the tree (forwardSignals). */
  interrupted: NodeJS.Signals | null;
  /** The process could not be started (no such program, bad cwd); nothing ran. */
  spawnError: Error | null;
  pid: number | undefined;
}

const isWindows = process.platform === "win32";
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Trees running now, for killActiveTrees. */
const active = new Set<number>();
let cancelled = false;

/**
 * Stops every running tree (SIGTERM to each group) and refuses to start new ones: the step is
 * being cancelled. Returns how many were running.
 */
export function killActiveTrees(signal: NodeJS.Signals = "SIGTERM"): number {
  cancelled = true;
  for (const pid of active) killGroup(pid, signal);
  return active.size;
}

/** Signals the process group led by `pid` (POSIX) or the tree under it (Windows, taskkill /T). */
export function killGroup(pid: number, signal: NodeJS.Signals): void {
  if (isWindows) {
    const r = spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    if (r.error) killPid(pid, signal);
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    killPid(pid, signal); // ESRCH: no group (left already); the leader alone, if it is still there
  }
}

function killPid(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    /* already gone */
  }
}

/**
 * The members of a process group, from /proc (Linux); null where there is no /proc. Zombies are
 * left out unless asked for: a killed member whose parent already exited stays a zombie until
 * init reaps it (some containers' init never does), and it runs nothing.
 */
export async function groupMembers(
  pgid: number,
  options: { includeZombies?: boolean } = {},
): Promise<number[] | null> {
  let names: string[];
  try {
    names = await fs.readdir("/proc");
  } catch {
    return null;
  }
  const out: number[] = [];
  for (const name of names) {
    const c = name.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    let stat: string;
    try {
      stat = await fs.readFile(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== pgid) continue;
    if (options.includeZombies || (fields[0] !== "Z" && fields[0] !== "X")) out.push(Number(name));
  }
  return out;
}

/**
 * Whether any live (non-zombie) member is left in the process group: /proc where there is one,
 * else signal 0 (kill(-pgid, 0) also succeeds for a group of zombies).
 */
export async function groupAlive(pgid: number): Promise<boolean> {
  if (isWindows) return false;
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  if (process.platform !== "linux") return true;
  const members = await groupMembers(pgid);
  return members === null || members.length > 0;
}

/** SIGTERM to what is left in the group, then SIGKILL for anything still there after the grace period. */
export async function reapGroup(pgid: number, graceMs: number): Promise<void> {
  if (isWindows || !(await groupAlive(pgid))) return;
  killGroup(pgid, "SIGTERM");
  const deadline = performance.now() + graceMs;
  while (performance.now() < deadline && (await groupAlive(pgid))) await sleep(50);
  if (await groupAlive(pgid)) killGroup(pgid, "SIGKILL");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Calls `fn` after `ms` (Infinity: never), chaining timers past setTimeout's 24.8-day limit. */
function longTimeout(ms: number, fn: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  if (Number.isFinite(ms)) {
    const deadline = Date.now() + ms;
    const arm = (): void => {
      const left = deadline - Date.now();
      timer = left > MAX_TIMER_MS ? setTimeout(arm, MAX_TIMER_MS) : setTimeout(fn, Math.max(0, left));
    };
    arm();
  }
  return () => clearTimeout(timer);
}

/** Spawns the command as the leader of its own process group; resolves once it runs or fails to. */
async function spawnTree(options: ProcessTreeOptions): Promise<{ child: ChildProcess } | { error: Error }> {
  if (cancelled) return { error: new Error("not started: the step is being cancelled") };
  let child: ChildProcess;
  if (!isWindows) {
    try {
      child = spawnPosix(options);
    } catch (error) {
      return { error: error as Error };
    }
    return await started(child);
  }
  const { execa } = await import("execa");
  try {
    const subprocess = execa(options.file, options.args ?? [], {
      shell: options.shell ?? false,
      cwd: options.cwd,
      env: options.env,
      extendEnv: false,
      detached: !isWindows,
      ...(options.input !== undefined ? { input: options.input } : { stdin: "ignore" as const }),
      stdout: "pipe",
      stderr: "pipe",
      buffer: false,
      reject: false,
      windowsHide: true,
    });
    // Its outcome is read from the exit event and the pipes; the promise only must not go unhandled.
    subprocess.catch(() => undefined);
    child = subprocess.nodeChildProcess;
  } catch (error) {
    return { error: error as Error };
  }
  return await started(child);
}

/**
 * What execa does on POSIX with the options spawnTree gives it: `shell` joins the file and the
 * arguments into one command line for `sh -c` (execa's concatenateShell); the environment is
 * exactly `env`; stdin is `input` (then closed) or nothing; stdout and stderr are unbuffered pipes.
 */
function spawnPosix(options: ProcessTreeOptions): ChildProcess {
  const args = options.args ?? [];
  const shell = options.shell ?? false;
  const [file, argv] =
    shell && args.length > 0 ? [[options.file, ...args].join(" "), []] : [options.file, [...args]];
  const child = spawn(file, argv, {
    shell,
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: [options.input !== undefined ? "pipe" : "ignore", "pipe", "pipe"],
    windowsHide: true,
  });
  // As execa's own listeners do: an error event after the start (a failed kill) never crashes the
  // step; the start itself is reported by started().
  child.on("error", () => undefined);
  if (options.input !== undefined && child.stdin) {
    // A command that exits without reading its input must not fail the step with EPIPE.
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input);
  }
  return child;
}

/** Resolves once the child runs (its pid known) or failed to start. */
async function started(child: ChildProcess): Promise<{ child: ChildProcess } | { error: Error }> {
  const error = await new Promise<Error | null>((resolve) => {
    child.once("spawn", () => resolve(null));
    child.once("error", (e) => resolve(e));
  });
  if (error || child.pid === undefined) return { error: error ?? new Error("the process did not start") };
  return { child };
}

export async function runProcessTree(options: ProcessTreeOptions): Promise<ProcessTreeResult> {
  const spawned = await spawnTree(options);
  const none = { code: null, signal: null, timedOut: false, interrupted: null, pid: undefined };
  if ("error" in spawned) return { ...none, spawnError: spawned.error };
  const { child } = spawned;
  const pid = child.pid!;
  active.add(pid);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const streamsDone = Promise.all(
    (
      [
        [child.stdout, options.onStdout],
        [child.stderr, options.onStderr],
      ] as const
    ).map(
      ([stream, on]) =>
        new Promise<void>((resolve) => {
          if (!stream) return resolve();
          if (on) stream.on("data", on);
          else stream.resume();
          stream.on("error", () => undefined);
          stream.once("close", resolve);
        }),
    ),
  );
  options.onSpawn?.(pid);

  let timedOut = false;
  let interrupted: NodeJS.Signals | null = null;
  // SIGTERM to the group now, SIGKILL after the grace period if the leader is still running.
  let escalate: NodeJS.Timeout | undefined;
  const terminate = (): void => {
    killGroup(pid, "SIGTERM");
    escalate ??= setTimeout(() => killGroup(pid, "SIGKILL"), options.killGraceMs);
  };
  const clearTimeoutTimer = longTimeout(options.timeoutMs, () => {
    timedOut = true;
    options.onTimeout?.();
    terminate();
  });
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupted = signal;
    terminate();
  };
  if (options.forwardSignals) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }

  const { code, signal } = await exited;
  clearTimeoutTimer();
  if (escalate) clearTimeout(escalate);
  try {
    await options.onExit?.();
    if (timedOut || interrupted || options.reapAfterExit) await reapGroup(pid, options.killGraceMs);
    // Output still buffered in the pipes is delivered; a survivor holding them open is not waited for.
    await Promise.race([streamsDone, sleep(options.drainMs)]);
  } finally {
    child.stdout?.destroy();
    child.stderr?.destroy();
    active.delete(pid);
    if (options.forwardSignals) {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  }
  return { code, signal, timedOut, interrupted, spawnError: null, pid };
}
