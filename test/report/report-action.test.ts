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
  type ActionResult,
  type ActionsServices,
  type EventSpec,
  type FakeGitHub,
  workflowRunEvent,
} from "@mlops/testkit";
import * as f from "../../packages/report/test-support/fixtures.js";

/*
 * report-metrics' bundle (actions/report-metrics/dist) run as the runner runs it, against the
 * fake GitHub: the sticky comment (updated, found on any page, never someone else's), the check
 * run, the job summary, and a fork's read-only token (an artifact, no write call).
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
  } = {},
): Promise<ActionResult> {
  return runAction("report-metrics", {
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
    const first = await report();
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
    const second = await report();
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

  it("finds its sticky comment on page 3 and updates it, creating nothing", async () => {
    fake.state.addComments(PR, 230, (i) => `review note ${i}`, {
      user: (i) => (i % 2 ? "octocat" : "hubot"),
    });
    const ours = fake.state.addComment(PR, `${MARKER_LINE}\nold report`, { user: "github-actions[bot]" });
    fake.state.addComments(PR, 5, (i) => `later ${i}`);
    const r = await report();
    expectOk(r);
    expect(r.outputs["comment-id"]).toBe(String(ours.id));
    expect(fake.state.comments(PR).find((c) => c.id === ours.id)!.body).toContain("passes the gate");
    expect(fake.requestsTo("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments")).toHaveLength(0);
    const pages = fake
      .requestsTo("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments")
      .map((q) => q.query);
    expect(pages.some((q) => /page=3/.test(q))).toBe(true);
  });

  it("never touches someone else's comment carrying the same marker", async () => {
    const forged = fake.state.addComment(PR, `${MARKER_LINE}\nI copied your marker`, { user: "mallory" });
    const r = await report();
    expectOk(r);
    expect(fake.state.comments(PR).find((c) => c.id === forged.id)!.body).toBe(
      `${MARKER_LINE}\nI copied your marker`,
    );
    expect(botComments()).toHaveLength(1);
    expect(r.outputs["comment-id"]).not.toBe(String(forged.id));
    expect(fake.requestsTo("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}")).toHaveLength(0);
  });

  it("keeps one comment per model and matrix cell", async () => {
    expectOk(await report({ "matrix-cell": "python-3.11" }));
    expectOk(await report({ "matrix-cell": "python-3.12" }));
    expectOk(await report({ "matrix-cell": "python-3.12" }));
    const markers = botComments().map((c) => c.body.split("\n")[0]);
    expect(markers.sort()).toEqual([
      "<!-- mlops-report:weather-classifier:python-3.11 -->",
      "<!-- mlops-report:weather-classifier:python-3.12 -->",
    ]);
    const names = [...fake.state.repo().checkRuns.values()].map((c) => c.name);
    expect(new Set(names)).toEqual(
      new Set(["mlops / weather-classifier (python-3.11)", "mlops / weather-classifier (python-3.12)"]),
    );
  });

  it("comment: false skips the comment; check: false skips the check run", async () => {
    const r = await report({ comment: "false", check: "false" });
    expectOk(r);
    expect(writes()).toEqual([]);
    expect(r.summary).toContain("### ✅ weather-classifier");
    expect(r.outputs["comment-id"]).toBe("");
  });

  it("5,000 metrics: the comment fits GitHub's limit with a notice, the summary keeps them all", async () => {
    const c = f.failingComparison();
    for (let i = 0; i < 5000; i++)
      c.metrics.push(
        f.metric({
          name: `class_${i}_recall`,
          baseline: 0.5,
          candidate: 0.51,
          status: "pass",
          gate: f.thresholdGate(0.4, true, 0.51),
        }),
      );
    await writeDocs(c);
    const r = await report();
    expectOk(r);
    const body = botComments()[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(
      /> ✂️ [\d,]+ more metrics \([^)]*[\d,]+ ✅ pass[^)]*\) not shown: GitHub limits a comment to 65,536 characters\. The \[job summary\]\(https:\/\/github\.com\/octo-org\/ml-repo\/actions\/runs\/4242\) has everything\./,
    );
    expect(r.summary).toContain("| class\\_4999\\_recall ↑ |");
    const run = [...fake.state.repo().checkRuns.values()][0]!;
    expect(Buffer.byteLength(run.output.summary ?? "")).toBeLessThanOrEqual(65_535);
  });

  it("with registry auto (the GitHub registry) and nothing registered yet: no chart, no failure", async () => {
    const r = await report({ registry: "auto" });
    expectOk(r);
    expect(r.summary).not.toContain("xychart-beta");
    expect(botComments()).toHaveLength(1);
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

describe("report-metrics settings from mlops.yml", () => {
  async function registerThree(dir: string) {
    const registry = new LocalRegistry({ root: path.join(workspace, dir), logger: silentLogger });
    const model = path.join(workspace, "model.bin");
    for (const [i, acc] of [0.81, 0.83, 0.84].entries()) {
      writeFileSync(model, `weights ${i}`);
      await registry.register({
        model: "weather-classifier",
        path: model,
        metrics: { accuracy: acc, f1_macro: 0.6 + i / 100 },
      });
    }
  }
  // No registry/comment/check/history inputs: the runner would otherwise pass action.yml
  // defaults and mlops.yml would never be read.
  const run = (inputs: Record<string, string> = {}) =>
    runAction("report-metrics", {
      cwd: workspace,
      apiUrl: fake.url,
      token: "ghs_report_token",
      event: {
        name: "pull_request",
        payload: { number: PR, pull_request: { number: PR, head: { sha: HEAD_SHA } } },
      },
      inputs: {
        comparison: "comparison.json",
        "validation-report": "validation.json",
        "run-record": "run.json",
        ...inputs,
      },
      env: { MLOPS_GITHUB_WRITE_SPACING_MS: "0", MLOPS_GITHUB_RETRY_BASE_MS: "1" },
      timeoutMs: 60_000,
    });

  it("uses the report section and registry backend/path when the inputs are not given", async () => {
    await registerThree("models/reg");
    writeFileSync(
      path.join(workspace, "mlops.yml"),
      "registry: { backend: local, path: models/reg }\nreport:\n  comment: false\n  check: false\n  history: 2\n",
    );
    const r = await run();
    expectOk(r);
    expect(botComments()).toHaveLength(0);
    expect(fake.state.repo().checkRuns.size).toBe(0);
    expect(r.outputs["comment-id"] ?? "").toBe("");
    expect(r.outputs["check-run-id"] ?? "").toBe("");
    expect(r.summary).toContain("#### History: v2–v3 (registered values) and this candidate");
  });

  it("lets explicit inputs win over mlops.yml", async () => {
    await registerThree("other/reg"); // only there: the chart proves the input path won
    writeFileSync(
      path.join(workspace, "mlops.yml"),
      "registry: { backend: github, path: models/reg }\nreport:\n  comment: false\n  summary: false\n  check: false\n  history: 2\n",
    );
    const r = await run({
      comment: "true",
      check: "true",
      registry: "local",
      "registry-path": "other/reg",
      history: "3",
    });
    expectOk(r);
    expect(botComments()).toHaveLength(1);
    expect(botComments()[0]!.body).toContain("#### History: v1–v3 (registered values) and this candidate");
    expect(fake.state.repo().checkRuns.size).toBe(1);
    expect(r.summary).toBe(""); // summary: false from mlops.yml (no input given)
  });
});

describe("report-metrics on a fork's pull request", () => {
  it("writes the report and the PR's identity to an artifact and makes no write call", async () => {
    fake.state.readOnlyToken("ghs_fork_token");
    const r = await report(
      {},
      {
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

describe("report-metrics in the workflow_run follow-up of a fork's pull request", () => {
  const FORK_SHA = "abcdef0123456789abcdef0123456789abcdef01";

  it("finds the pull request by the run's head commit and posts the comment and check run there", async () => {
    fake.state.addPullRequest({ number: 8, headSha: FORK_SHA, fork: true, headRef: "feature-8" });
    const r = await report(
      {},
      {
        event: workflowRunEvent({
          fork: true,
          number: 8,
          headSha: FORK_SHA,
          headRef: "feature-8",
          triggeringRunId: 555,
        }),
      },
    );
    expectOk(r);
    const comments = fake.state.comments(8).filter((c) => c.user.login === "github-actions[bot]");
    expect(comments).toHaveLength(1);
    // Links point at the pull request's run, not at this follow-up.
    expect(comments[0]!.body).toContain(
      "[workflow run](https://github.com/octo-org/ml-repo/actions/runs/555)",
    );
    const runs = [...fake.state.repo().checkRuns.values()];
    expect(runs.map((c) => c.headSha)).toEqual([FORK_SHA]);
  });

  it("posts nothing when the pull request has moved on to a newer commit", async () => {
    fake.state.addPullRequest({ number: 8, headSha: "1".repeat(40), fork: true, headRef: "feature-8" });
    const r = await report(
      {},
      { event: workflowRunEvent({ fork: true, number: 8, headSha: FORK_SHA, headRef: "feature-8" }) },
    );
    expectOk(r);
    expect(writes()).toEqual([]);
    expect(r.stdout).toMatch(/::notice::no open pull request matches/);
    expect(r.summary).toContain("### ✅ weather-classifier");
  });
});

describe("report-metrics off pull requests", () => {
  it("on push writes the summary and a check run on the commit, and no comment", async () => {
    const r = await report({}, { event: { name: "push" } });
    expectOk(r);
    expect(fake.requestsTo("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments")).toHaveLength(0);
    expect(botComments()).toHaveLength(0);
    const runs = [...fake.state.repo().checkRuns.values()];
    expect(runs).toHaveLength(1);
    expect(runs[0]!.headSha).toBe(r.env.GITHUB_SHA);
    expect(r.summary).toContain("### ✅ weather-classifier");
  });

  it("refuses a call with no document, naming the input", async () => {
    const r = await report({ comparison: "", "validation-report": "", "run-record": "" });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(
      /input 'comparison' is required unless validation-report or run-record is given/,
    );
  });

  it("says which file is broken and where", async () => {
    writeFileSync(
      path.join(workspace, "comparison.json"),
      '{"kind": "mlops.comparison", "version": 1,\n  "model": 3 }',
    );
    const r = await report();
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/comparison\.json.*invalid mlops\.comparison\/v1 document: .*model/);
    expect(writes()).toEqual([]);
  });
});
