import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  promises as fs,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { isMainThread } from "node:worker_threads";
import { MemoryLogger, type OutputValue, type SourceLocation } from "@mlops/core";
import type { ActionIO } from "@mlops/action-runtime";
import { tempDir } from "./harness.js";

/*
 * Helpers every kind of test needs, kept once here instead of copied between test files
 * (codeql-action's testing-utils.ts is the model).
 */

/** Writes a file (a model, say) at `name` under `dir`, creating its directories; returns its path. */
export async function modelFile(dir: string, name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
  return file;
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function errorOf<E = Error>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error("expected the promise to reject, but it resolved");
}

/** Whether a process is still running (not a zombie); Linux /proc. */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

/** The files of a zip archive by name, decoded as text (Python's zipfile is the reference reader). */
export function unzip(buffer: Buffer, encoding: "utf-8" | "latin-1" = "utf-8"): Record<string, string> {
  const zip = path.join(tempDir("mlops-zip-"), "a.zip");
  writeFileSync(zip, buffer);
  const r = spawnSync(
    "/usr/bin/python3",
    [
      "-c",
      `import json,sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(json.dumps({n: z.read(n).decode('${encoding}') for n in z.namelist()}))`,
      zip,
    ],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`unzip: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, string>;
}

/** How an in-memory action step ended: null while it has not failed. */
export interface RecordedFailure {
  message: string;
  exitCode: number;
  location: SourceLocation | undefined;
}

/** An ActionIO in memory: inputs from a record, outputs, summary, failure and log recorded. */
export interface MemoryActionIO extends ActionIO {
  readonly logger: MemoryLogger;
  readonly outputs: Record<string, string>;
  summary: string;
  failed: RecordedFailure | null;
}

/**
 * The in-memory StepIO for running an action's `main` in-process (typescript-action's
 * main.test.ts shape): `await main({ io, env })`, then assert on io.outputs, io.summary, io.failed.
 * An input given as "" is kept as "" (the runner's explicit empty value).
 */
export function memoryActionIO(inputs: Record<string, string> = {}): MemoryActionIO {
  const io: MemoryActionIO = {
    logger: new MemoryLogger(),
    input: (name) => inputs[name]?.trim(),
    outputs: {},
    summary: "",
    failed: null,
    setOutput(name: string, value: OutputValue) {
      io.outputs[name] = String(value);
    },
    async appendSummary(markdown: string) {
      io.summary += markdown;
    },
    setFailed(message, options = {}) {
      io.failed = { message, exitCode: options.exitCode ?? 1, location: options.location };
    },
  };
  return io;
}

/** Per python: whether each module asked about so far is there, or why that python cannot run. */
const pythonModules = new Map<string, Map<string, boolean> | string>();
/**
 * Why `python` cannot run a test that imports these top-level modules, or null when it can. The
 * modules are found (importlib.util.find_spec), not imported: importing scikit-learn costs a
 * second of CPU, finding it a few milliseconds. Each python is asked once per process about each
 * module, only about those no earlier call asked about.
 */
export function pythonMissing(python: string, modules: string[]): string | null {
  let known = pythonModules.get(python);
  if (typeof known === "string") return known;
  known ??= new Map<string, boolean>();
  const ask = modules.filter((m) => !known.has(m));
  if (ask.length > 0) {
    const probe = spawnSync(
      python,
      [
        "-c",
        "import importlib.util, sys\nprint(' '.join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))",
        ...ask,
      ],
      { encoding: "utf8" },
    );
    if (probe.error) {
      const why = `${python} is not available (${probe.error.message})`;
      pythonModules.set(python, why);
      return why;
    }
    if (probe.status !== 0)
      return `${python} cannot look for modules: ${probe.stderr.trim().split("\n").pop()}`;
    const absent = new Set(probe.stdout.trim().split(/\s+/).filter(Boolean));
    for (const m of ask) known.set(m, !absent.has(m));
    pythonModules.set(python, known);
  }
  const missing = modules.filter((m) => !known.get(m));
  return missing.length > 0 ? `${python} has no module ${missing.join(" ")}` : null;
}

/** What a command run by sharedRun printed and wrote. */
export interface SharedRunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The directory the command wrote (its `{out}` argument): read it, do not change it. */
  out: string;
}

export interface SharedRunSpec {
  command: string;
  /** The arguments; `{out}` stands for the directory the command writes to. */
  args: string[];
  cwd: string;
  /** The command's whole environment. */
  env: Record<string, string>;
  /** Files whose contents decide what the command writes (its code and data), part of the key. */
  inputs: string[];
  timeout?: number;
}

/**
 * A process's start time (clock ticks since boot, field 22 of /proc/<pid>/stat): with the pid it
 * names one process, also after the pid is reused. Null when the process is gone or there is no
 * /proc.
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

let sharedRoot: string | undefined;
/**
 * The directory for this test run's shared results: one per vitest run, named by vitest's main
 * process (pid and start time): a test file's forked worker is its child; in any other process
 * (a worker thread, not started by vitest) the process itself. Directories left by runs whose
 * process has ended are removed the first time. In watch mode the directory lasts the session:
 * a re-run after an input changes runs the command again (a new key); a change the inputs do not
 * cover (node_modules, the Python packages) needs a new vitest process.
 */
function sharedRunRoot(): string {
  if (sharedRoot) return sharedRoot;
  const base = path.join(os.tmpdir(), "mlops-test-shared-runs");
  const isVitest = (pid: number): boolean => {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      return argv.some((arg) => /(^|\/)vitest(\.m?js)?$/.test(arg));
    } catch {
      return false;
    }
  };
  const owner = isMainThread && isVitest(process.ppid) ? process.ppid : process.pid;
  mkdirSync(base, { recursive: true });
  // Without /proc no run can be told alive: nothing is removed.
  for (const name of processStartTime(process.pid) === null ? [] : readdirSync(base)) {
    const [pid, start] = name.split("-");
    if (processStartTime(Number(pid)) !== start)
      rmSync(path.join(base, name), { recursive: true, force: true });
  }
  sharedRoot = path.join(base, `${owner}-${processStartTime(owner) ?? "0"}`);
  mkdirSync(sharedRoot, { recursive: true });
  return sharedRoot;
}

/** Creates the lock directory: false when another process holds it. */
function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Runs a deterministic command (a trainer, say) once per vitest run for the same command,
 * arguments, working directory, environment and input contents, and gives every test file that
 * asks the same result: its exit status, output and the files it wrote. Test files in different
 * workers may ask at the same time: one runs the command (holding `<key>.lock`), the others wait
 * for its result, which appears whole (written aside, then renamed). A waiter takes over the lock
 * of a process that died holding it.
 */
export async function sharedRun(spec: SharedRunSpec): Promise<SharedRunResult> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([spec.command, spec.args, path.resolve(spec.cwd), spec.env]));
  for (const input of spec.inputs) {
    hash.update(`\0${path.resolve(spec.cwd, input)}\0`);
    hash.update(
      createHash("sha256")
        .update(readFileSync(path.resolve(spec.cwd, input)))
        .digest("hex"),
    );
  }
  const root = sharedRunRoot();
  const done = path.join(root, hash.digest("hex"));
  const lock = `${done}.lock`;
  const read = (): SharedRunResult => ({
    ...(JSON.parse(readFileSync(path.join(done, "result.json"), "utf8")) as Omit<SharedRunResult, "out">),
    out: path.join(done, "out"),
  });
  const deadline = Date.now() + (spec.timeout ?? 120_000) * 2;
  for (;;) {
    if (existsSync(done)) return read();
    if (!takeLock(lock)) {
      let holder = 0;
      try {
        holder = Number(readFileSync(path.join(lock, "pid"), "utf8"));
      } catch {
        // the holder has not written its pid yet
      }
      if (Number.isInteger(holder) && holder > 0 && !alive(holder))
        rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`sharedRun: gave up waiting for ${lock}`);
      else await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    try {
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      if (existsSync(done)) return read(); // finished between the check and the lock
      const aside = `${done}.${process.pid}`;
      rmSync(aside, { recursive: true, force: true });
      mkdirSync(aside);
      const out = path.join(aside, "out");
      const r = spawnSync(
        spec.command,
        spec.args.map((a) => (a === "{out}" ? out : a)),
        { cwd: spec.cwd, env: spec.env, encoding: "utf8", timeout: spec.timeout ?? 120_000 },
      );
      if (r.error) throw r.error;
      writeFileSync(
        path.join(aside, "result.json"),
        JSON.stringify({ status: r.status, stdout: r.stdout, stderr: r.stderr }),
      );
      try {
        renameSync(aside, done);
      } catch (error) {
        // two waiters took over the same dead holder's lock: the first result stands
        if (!existsSync(done)) throw error;
        rmSync(aside, { recursive: true, force: true });
      }
      return read();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
