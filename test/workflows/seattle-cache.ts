import { cpSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { silentLogger } from "@mlops/core";
import { validateData, type ValidateResult } from "@mlops/data";
import { sharedRun, type SharedRunResult } from "@mlops/testkit";

/*
 * examples/seattle-weather's v1: train.mjs or train.py on data/2012.csv with the default params.
 * Two test files train it (test/workflows/seattle-weather.test.ts checks the trainers' outputs,
 * packages/metrics/src/seattle-weather.test.ts registers it as production): the same command, in
 * the same environment, on the same files, so each trainer runs once per test run (sharedRun),
 * whichever file asks first, and both files read that run's status, output and files.
 */

export const SEATTLE_EXAMPLE = path.resolve(import.meta.dirname, "../../examples/seattle-weather");

/**
 * The trainers' environment: PATH, a HOME and the test run's temp dir, no proxy, no MLOPS_PARAMS
 * (the defaults).
 */
export const SEATTLE_ENV: Record<string, string> = {
  PATH: process.env.PATH ?? "",
  HOME: os.tmpdir(),
  TMPDIR: os.tmpdir(),
};

const TRAINERS = {
  node: {
    command: process.execPath,
    script: "train.mjs",
    code: ["forest.mjs", "weather.mjs", "package.json"],
  },
  python: { command: "/usr/bin/python3", script: "train.py", code: [] },
} as const;

/** v1 trained once per test run; its files are copied to `out` (the test's own directory). */
export async function trainSeattleV1(trainer: "node" | "python", out: string): Promise<SharedRunResult> {
  const t = TRAINERS[trainer];
  const result = await sharedRun({
    command: t.command,
    args: [t.script, "--data", "data/2012.csv", "--out", "{out}"],
    cwd: SEATTLE_EXAMPLE,
    env: SEATTLE_ENV,
    inputs: [t.script, ...t.code, "data/2012.csv"],
    timeout: 60_000,
  });
  if (result.status === 0) cpSync(result.out, out, { recursive: true });
  return { ...result, out };
}

/**
 * validate-data on the example's 2013 data against 2012: a real report with drift (what the drift
 * alert of ml-monitor.yml renders, in the workflow-scripts and workflow-attacks tests).
 */
export function seattleDrift(): Promise<ValidateResult> {
  return validateData(
    { data: ["data/2013.csv"], reference: ["data/2012.csv"], cwd: SEATTLE_EXAMPLE, progressSeconds: 3600 },
    { logger: silentLogger },
  );
}
