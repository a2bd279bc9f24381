import { Console } from "node:console";
import { Writable } from "node:stream";
import type { ActionIO } from "@mlops/action-runtime";
import { clearRegisteredSecrets, registerSecret, registeredSecrets } from "@mlops/core";

/*
 * Runs a step's code inside the test process as if it were the step's own process: its
 * environment is exactly the one given (process.env emptied and filled, then restored), its
 * working directory is the workspace, what it writes to stdout/stderr (and through `console`) is
 * captured, process.exitCode is its exit code, and the secrets it registers with the redactor,
 * the signal listeners it adds and the variables it exports are dropped afterwards. One such run
 * at a time per process (a queue), since all of that is process-wide.
 *
 * Why: the suite ran the bundled actions and CLI some 450 times, ~0.4 s of CPU each mostly to
 * start Node and load a bundle; in-process, the sources load once per test worker. The bundles
 * themselves stay tested (the per-action tests, one workflow file and the CLI tests run them).
 * What in-process cannot do: kill a hung step (vitest's test timeout ends the test instead),
 * or deliver a signal to the step; tests of those run the bundle.
 */

export interface InProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Thrown in place of process.exit() inside an in-process run: the run ends with that code. */
class ProcessExit extends Error {
  constructor(readonly code: number) {
    super(`process.exit(${code})`);
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * What a step or a test file may change for the whole process: process.env, the working
 * directory, process.exitCode and the redactor's registered secrets. Returns what was saved and
 * the way back: `restore()` puts all four back (process.env in place, so it stays Node's own
 * object and still reaches the process's real environment).
 */
export function saveProcessState(): { env: NodeJS.ProcessEnv; restore: () => void } {
  const env = { ...process.env };
  const cwd = process.cwd();
  const exitCode = process.exitCode;
  const secrets = registeredSecrets();
  return {
    env,
    restore: () => {
      clearRegisteredSecrets();
      for (const s of secrets) registerSecret(s);
      process.exitCode = exitCode;
      if (process.cwd() !== cwd) process.chdir(cwd);
      for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
      for (const [key, value] of Object.entries(env))
        if (process.env[key] !== value) process.env[key] = value;
    },
  };
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"] as const;

function capture(into: string[]): Writable["write"] {
  return ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    into.push(
      typeof chunk === "string"
        ? chunk
        : Buffer.from(chunk as Uint8Array).toString(
            typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
          ),
    );
    const cb = typeof encoding === "function" ? encoding : callback;
    if (typeof cb === "function") queueMicrotask(() => (cb as () => void)());
    return true;
  }) as Writable["write"];
}

async function runExclusive(
  run: () => Promise<unknown>,
  options: { env: Record<string, string>; cwd: string },
): Promise<InProcessResult> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = saveProcessState();
  const savedStdout = process.stdout.write;
  const savedStderr = process.stderr.write;
  const savedConsole = globalThis.console;
  const savedExit = process.exit;
  const savedListeners = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, options.env);
  // vitest's own variables stay: this is still vitest's worker.
  for (const [key, value] of Object.entries(saved.env))
    if (key.startsWith("VITEST") && !(key in options.env)) process.env[key] = value;
  process.chdir(options.cwd);
  process.exitCode = undefined;
  clearRegisteredSecrets();
  const stdoutWrite = capture(out);
  const stderrWrite = capture(err);
  process.stdout.write = stdoutWrite;
  process.stderr.write = stderrWrite;
  globalThis.console = new Console({
    stdout: new Writable({ write: (c: Buffer, _e, cb) => (out.push(c.toString("utf8")), cb()) }),
    stderr: new Writable({ write: (c: Buffer, _e, cb) => (err.push(c.toString("utf8")), cb()) }),
  });
  process.exit = ((code?: number | string | null) => {
    throw new ProcessExit(Number(code ?? process.exitCode ?? 0));
  }) as typeof process.exit;
  let exitCode: number;
  try {
    await run();
    exitCode = Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof ProcessExit) exitCode = error.code;
    else {
      // What Node prints for an uncaught error, and its exit code.
      err.push(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      exitCode = 1;
    }
  } finally {
    process.exit = savedExit;
    globalThis.console = savedConsole;
    process.stdout.write = savedStdout;
    process.stderr.write = savedStderr;
    for (const s of SIGNALS)
      for (const l of process.listeners(s)) if (!savedListeners.get(s)!.has(l)) process.removeListener(s, l);
    saved.restore();
  }
  return { exitCode, stdout: out.join(""), stderr: err.join("") };
}

/** Runs `run` in-process with the given environment and working directory (see above). */
export function runInProcess(
  run: () => Promise<unknown>,
  options: { env: Record<string, string>; cwd: string },
): Promise<InProcessResult> {
  const result = queue.then(() => runExclusive(run, options));
  queue = result.catch(() => undefined);
  return result;
}

/**
 * An action's `main` in-process over an in-memory StepIO (memoryActionIO), as the actions'
 * main.test.ts files run it: in `dir`, with PATH, HOME, TMPDIR, LANG (when set),
 * GITHUB_WORKSPACE=`dir` and `env` as its whole environment, through runInProcess. The StepIO
 * takes the step's failure (io.failed); an error main lets out, or an exit code it sets, throws
 * here.
 */
export async function runMain(
  main: (host: { io: ActionIO; env: NodeJS.ProcessEnv }) => Promise<void>,
  io: ActionIO,
  dir: string,
  env: Record<string, string> = {},
): Promise<void> {
  const all: Record<string, string> = { PATH: process.env.PATH ?? "", GITHUB_WORKSPACE: dir };
  // What the processes main starts (git, python, the training command) expect of any machine.
  for (const name of ["HOME", "TMPDIR", "LANG"]) {
    const value = process.env[name];
    if (value !== undefined) all[name] = value;
  }
  Object.assign(all, env);
  const run = await runInProcess(() => main({ io, env: all }), { env: all, cwd: dir });
  if (run.exitCode !== 0) throw new Error(`main ended with exit code ${run.exitCode}\n${run.stderr}`);
}
