import { spawnSync } from "node:child_process";
import { promises as fs, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
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

const pythonProbes = new Map<string, string | null>();
/**
 * Why `python` cannot run a test that imports these top-level modules, or null when it can. The
 * modules are found (importlib.util.find_spec), not imported: importing scikit-learn costs a
 * second of CPU, finding it a few milliseconds. Asked once per process for each python and list.
 */
export function pythonMissing(python: string, modules: string[]): string | null {
  const key = JSON.stringify([python, modules]);
  if (!pythonProbes.has(key)) {
    const probe = spawnSync(
      python,
      [
        "-c",
        "import importlib.util, sys\nmissing = [m for m in sys.argv[1:] if importlib.util.find_spec(m) is None]\nprint(' '.join(missing))\nsys.exit(1 if missing else 0)",
        ...modules,
      ],
      { encoding: "utf8" },
    );
    pythonProbes.set(
      key,
      probe.error
        ? `${python} is not available (${probe.error.message})`
        : probe.status !== 0
          ? `${python} has no module ${probe.stdout.trim() || probe.stderr.trim().split("\n").pop()}`
          : null,
    );
  }
  return pythonProbes.get(key)!;
}
