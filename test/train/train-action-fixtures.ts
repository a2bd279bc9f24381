import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { parseDocument, type RunRecord } from "@mlops/core";
import { startActionsServices, type ActionsServices } from "@mlops/testkit";

/*
 * What the train action's tests share: train-action.test.ts (its main in-process) and
 * train-action.bundle.test.ts (its bundle, in the bundled run only): the Actions results and cache
 * services stood in locally for the file, the python that runs the scikit-learn trainers, and the
 * RunRecord a step wrote.
 */

export const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

export interface TrainActionFixture {
  /** The file's Actions services (artifacts, cache); `services.env` points a step at them. */
  readonly services: ActionsServices;
}

/** Starts the Actions services before the calling file's tests and closes them after. */
export function useTrainActionFixture(): TrainActionFixture {
  let services: ActionsServices | undefined;
  beforeAll(async () => {
    services = await startActionsServices();
  });
  afterAll(async () => {
    await services?.close();
  });
  return {
    get services() {
      if (!services) throw new Error("train action fixture: no Actions services outside the tests");
      return services;
    },
  };
}

/** The RunRecord at the step's `run-record` output (relative to the workspace), validated. */
export async function readRecord(workspace: string, output: string | undefined): Promise<RunRecord> {
  expect(output, "run-record output").toBeTruthy();
  const file = path.join(workspace, output!);
  return await parseDocument("mlops.run", JSON.parse(readFileSync(file, "utf8")), file);
}
