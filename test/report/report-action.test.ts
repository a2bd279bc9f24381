import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseDocument, silentLogger, type Comparison } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { readXyChart } from "@mlops/report";
import {
  runAction,
  startActionsServices,
  startFakeGitHub,
  tempDir,
  unzip,
  type ActionMode,
  type ActionResult,
  type ActionsServices,
  type EventSpec,
  type FakeGitHub,
} from "@mlops/testkit";
import * as f from "../../packages/report/test-support/fixtures.js";

/*
 * report-metrics run as the runner runs it, against the fake GitHub: the sticky comment (updated),
 * the check run, the job summary with the history chart, a fork's read-only token (an artifact,
 * no write call) and a refused call. The bundle (actions/report-metrics/dist) runs the sticky
 * comment and the fork's artifact; the other cases run its main in-process (runAction's mode
 * "source": the same code, environment, working directory and env files). What it
 * delivers where in every other case (the comment found on page 3 and never someone else's,
 * matrix cells, 5,000 metrics, comment/check off, mlops.yml's report section, the workflow_run
 * follow-up, push, a broken document) is asserted on its main in-process, against the same fake:
 * actions/report-metrics/src/main.test.ts (a bundled run costs a Node process of ~0.7 s CPU).
 */

const PR = 7;
const HEAD_SHA = "feedfacefeedfacefeedfacefeedfacefeedface";
const MARKER_LINE = "<!-- mlops-report:weather-classifier -->";

let fake: FakeGitHub;
let services: ActionsServices;
let workspace: string;

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

async function writeDocs(comparison: Comparison) {
  // The fixtures are what evaluate/validate/train write: prove it before relying on them.
  await parseDocument("mlops.comparison", comparison);
  writeFileSync(path.join(workspace, "comparison.json"), JSON.stringify(comparison));
  writeFileSync(path.join(workspace, "validation.json"), JSON.stringify(f.validationReport({ drift: true })));
  writeFileSync(path.join(workspace, "run.json"), JSON.stringify(f.runRecord()));
}

function report(
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

const writes = () => fake.requests.filter((r) => r.method !== "GET" && r.method !== "HEAD");
const botComments = () => fake.state.comments(PR).filter((c) => c.user.login === "github-actions[bot]");
const errors = (r: ActionResult) => r.stdout.split("\n").filter((l) => l.startsWith("::error"));

function expectOk(r: ActionResult) {
  expect(errors(r), r.stdout + r.stderr).toEqual([]);
  expect(r.exitCode, r.stdout + r.stderr).toBe(0);
}

describe("report-metrics on a pull request", () => {
  it("posts one sticky comment, a check run on the head commit and the job summary; a second run updates the same comment", async () => {
    const first = await report({}, { mode: "bundle" });
    expectOk(first);
    expect(botComments()).toHaveLength(1);
    const comment = botComments()[0]!;
    expect(comment.body.split("\n")[0]).toBe(MARKER_LINE);
    expect(comment.body).toContain("### ✅ weather-classifier: candidate");
    expect(first.outputs["comment-id"]).toBe(String(comment.id));
    expect(first.outputs.verdict).toBe("pass");
    expect(first.summary).toContain("| accuracy ↑ | 0.8412 | 0.8573 |");
    expect(first.summary).not.toContain("mlops-report:");

    const runs = [...fake.state.repo().checkRuns.values()];
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      name: "mlops / weather-classifier",
      headSha: HEAD_SHA,
      status: "completed",
      conclusion: "success",
    });
    expect(runs[0]!.output.summary).toContain("| accuracy ↑ |");
    expect(first.outputs["check-run-id"]).toBe(String(runs[0]!.id));

    await writeDocs(f.failingComparison());
    const second = await report({}, { mode: "bundle" });
    expectOk(second);
    expect(botComments()).toHaveLength(1);
    expect(botComments()[0]!.id).toBe(comment.id);
    expect(botComments()[0]!.body).toContain("### ❌ weather-classifier: candidate");
    expect(second.outputs["comment-id"]).toBe(String(comment.id));
    expect(second.outputs.verdict).toBe("fail");
    expect(fake.requestsTo("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments")).toHaveLength(1);
    expect(fake.requestsTo("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}")).toHaveLength(1);
    const latest = [...fake.state.repo().checkRuns.values()].at(-1)!;
    expect(latest.conclusion).toBe("failure");
  });

  it("charts the history of the local registry's versions with the candidate", async () => {
    const registry = new LocalRegistry({
      root: path.join(workspace, ".mlops/registry"),
      logger: silentLogger,
    });
    const model = path.join(workspace, "model.bin");
    for (const [i, acc] of [0.81, 0.83, 0.84].entries()) {
      writeFileSync(model, `weights ${i}`);
      await registry.register({
        model: "weather-classifier",
        path: model,
        metrics: { accuracy: acc, f1_macro: 0.6 + i / 100 },
      });
    }
    const r = await report({ history: "2" });
    expectOk(r);
    expect(r.summary).toContain("#### History: v2–v3 (registered values) and this candidate");
    // Read back from the chart (Mermaid 10.x syntax, a marker at each point); the values and
    // colours in the table under the chart.
    const chart = readXyChart(r.summary)!;
    expect(chart.columns).toEqual(["v2", "v3", "candidate"]);
    expect(chart.series[0]!.name).toBe("accuracy ↑");
    expect(chart.series[0]!.marked).toEqual([true, true, true]);
    chart.series[0]!.values.forEach((v, i) => expect(v).toBeCloseTo([0.83, 0.84, 0.8573][i]!, 2));
    expect(r.summary).toContain("| 🟦 accuracy ↑ | 0.83 | 0.84 | 0.8573 |");
    expect(botComments()[0]!.body).toContain("xychart-beta");
  });
});

describe("report-metrics on a fork's pull request", () => {
  it("writes the report and the PR's identity to an artifact and makes no write call", async () => {
    fake.state.readOnlyToken("ghs_fork_token");
    const r = await report(
      {},
      {
        mode: "bundle",
        token: "ghs_fork_token",
        event: {
          name: "pull_request",
          payload: {
            number: PR,
            pull_request: {
              number: PR,
              head: { sha: HEAD_SHA, repo: { fork: true, full_name: "contributor/ml-repo" } },
            },
          },
        },
        env: services.env,
      },
    );
    expectOk(r);
    expect(writes()).toEqual([]);
    expect(r.outputs.artifact).toBe("mlops-pr-report-weather-classifier");
    expect(r.stdout).toMatch(/::notice::pull request #7 comes from the fork contributor\/ml-repo/);
    const files = unzip(services.artifactContent("mlops-pr-report-weather-classifier")!);
    expect(Object.keys(files).sort()).toEqual([
      "comment.md",
      "comparison.json",
      "pr.json",
      "run-record.json",
      "validation.json",
    ]);
    expect(JSON.parse(files["pr.json"]!)).toMatchObject({
      kind: "mlops.pr-report",
      version: 1,
      model: "weather-classifier",
      pullRequest: PR,
      headSha: HEAD_SHA,
      headRepository: "contributor/ml-repo",
      marker: "mlops-report:weather-classifier",
      conclusion: "success",
    });
    expect(files["comment.md"]!.split("\n")[0]).toBe(MARKER_LINE);
    expect(r.summary).toContain("### ✅ weather-classifier");
  });

  it("falls back to the artifact on a 403 it did not predict, naming the permission", async () => {
    fake.state.setToken("ghs_no_pr_write", { permissions: { "pull-requests": "read", issues: "read" } });
    const r = await report({}, { token: "ghs_no_pr_write", env: services.env });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/::warning::.*pull-requests: write/);
    expect(r.outputs.artifact).toBe("mlops-pr-report-weather-classifier");
    expect(botComments()).toHaveLength(0);
  });

  it("a second upload under the same name in one run is a warning, not a crash", async () => {
    fake.state.readOnlyToken("ghs_fork_token");
    const fork = {
      token: "ghs_fork_token",
      event: {
        name: "pull_request" as const,
        payload: {
          number: PR,
          pull_request: {
            number: PR,
            head: { sha: HEAD_SHA, repo: { fork: true, full_name: "contributor/ml-repo" } },
          },
        },
      },
      env: services.env,
    };
    expectOk(await report({}, fork));
    const again = await report({}, fork);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.stdout).toMatch(
      /::warning::an artifact named mlops-pr-report-weather-classifier already exists/,
    );
  });
});

describe("report-metrics refusing a call", () => {
  it("refuses a call with no document, naming the input", async () => {
    const r = await report({ comparison: "", "validation-report": "", "run-record": "" });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(
      /input 'comparison' is required unless validation-report or run-record is given/,
    );
  });
});
