import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, expect } from "vitest";
import { parseDocument, type Comparison } from "@mlops/core";
import {
  runAction,
  startActionsServices,
  startFakeGitHub,
  tempDir,
  type ActionMode,
  type ActionResult,
  type ActionsServices,
  type EventSpec,
  type FakeGitHub,
} from "@mlops/testkit";
import * as f from "../../packages/report/test-support/fixtures.js";

/*
 * What report-action.test.ts (report-metrics' main in-process) and report-action.bundle.test.ts
 * (its bundle) share: a fake GitHub with pull request #7, the Actions services, a workspace with
 * the documents, and report(), which runs the step against them.
 */

export const PR = 7;
export const HEAD_SHA = "feedfacefeedfacefeedfacefeedfacefeedface";

// Set before each test of a file that called useReportAction() (read through the live binding).
export let fake: FakeGitHub;
export let services: ActionsServices;
export let workspace: string;

/**
 * Starts the fake GitHub and the Actions services and writes the passing documents before each
 * test of the calling file; closes them after. Called from each test file: hooks at this
 * module's top level would run once per worker (`isolate: false` shares the module between
 * files) and so belong to the first file only.
 */
export function useReportAction(): void {
  beforeEach(async () => {
    services = await startActionsServices();
    fake = await startFakeGitHub();
    fake.state.addPullRequest({ number: PR, headSha: HEAD_SHA });
    workspace = tempDir("mlops-report-action-");
    await writeDocs(f.passingComparison());
  });
  afterEach(async () => {
    await fake.close();
    await services.close();
  });
}

export async function writeDocs(comparison: Comparison) {
  // The fixtures are what evaluate/validate/train write: prove it before relying on them.
  await parseDocument("mlops.comparison", comparison);
  writeFileSync(path.join(workspace, "comparison.json"), JSON.stringify(comparison));
  writeFileSync(path.join(workspace, "validation.json"), JSON.stringify(f.validationReport({ drift: true })));
  writeFileSync(path.join(workspace, "run.json"), JSON.stringify(f.runRecord()));
}

/** The pull_request event of a fork's PR (contributor/ml-repo), as its workflow run sees it. */
export const FORK_EVENT: EventSpec = {
  name: "pull_request",
  payload: {
    number: PR,
    pull_request: {
      number: PR,
      head: { sha: HEAD_SHA, repo: { fork: true, full_name: "contributor/ml-repo" } },
    },
  },
};

export function report(
  inputs: Record<string, string> = {},
  options: {
    event?: EventSpec;
    token?: string;
    env?: Record<string, string>;
    mode?: ActionMode;
  } = {},
): Promise<ActionResult> {
  return runAction("report-metrics", {
    mode: options.mode ?? "source",
    cwd: workspace,
    apiUrl: fake.url,
    token: options.token ?? "ghs_report_token",
    event: options.event ?? {
      name: "pull_request",
      payload: { number: PR, pull_request: { number: PR, head: { sha: HEAD_SHA } } },
    },
    inputs: {
      comparison: "comparison.json",
      "validation-report": "validation.json",
      "run-record": "run.json",
      registry: "local",
      ...inputs,
    },
    env: { MLOPS_GITHUB_WRITE_SPACING_MS: "0", MLOPS_GITHUB_RETRY_BASE_MS: "1", ...options.env },
    timeoutMs: 60_000,
  });
}

export const botComments = () =>
  fake.state.comments(PR).filter((c) => c.user.login === "github-actions[bot]");
export const errors = (r: ActionResult) => r.stdout.split("\n").filter((l) => l.startsWith("::error"));

export function expectOk(r: ActionResult) {
  expect(errors(r), r.stdout + r.stderr).toEqual([]);
  expect(r.exitCode, r.stdout + r.stderr).toBe(0);
}
