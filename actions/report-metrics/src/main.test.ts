import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseDocument, silentLogger, type Comparison } from "@mlops/core";
import { validateData } from "@mlops/data";
import { LocalRegistry } from "@mlops/registry";
import {
  DEFAULT_FACTS,
  memoryActionIO,
  refsForEvent,
  runMain,
  startFakeGitHub,
  tempDir,
  workflowRunEvent,
  writeEventPayload,
  type EventSpec,
  type FakeGitHub,
  type MemoryActionIO,
} from "@mlops/testkit";
import * as f from "../../../packages/report/test-support/fixtures.js";
import { main } from "./main.js";

// report-metrics' main in-process over an in-memory StepIO: without a token only the job summary
// is written; with one, against the fake GitHub, what it delivers where (the sticky comment found
// on any page and never someone else's, matrix cells, GitHub's size limit, mlops.yml's report
// section, the workflow_run follow-up, push). The step as the runner runs it (env files, exit
// codes, annotations): test/report/report-action.test.ts; its bundle (the sticky comment, a fork's
// artifact): test/report/report-action.bundle.test.ts, in the bundled run.

async function workspace(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-report-main-"));
  writeFileSync(path.join(dir, "d.csv"), "id,temp\n1,2.5\n2,3.5\n");
  await validateData({ data: ["d.csv"], cwd: dir, report: "validation.json" }, { logger: silentLogger });
  return dir;
}

describe("report-metrics main", () => {
  it("without a token writes the job summary and the verdict outputs, no comment and no check run", async () => {
    const dir = await workspace();
    const io = memoryActionIO({
      model: "weather",
      "validation-report": "validation.json",
      registry: "local",
      "registry-path": "reg",
    });
    await runMain(main, io, dir);
    expect(io.failed).toBeNull();
    expect(io.outputs).toMatchObject({ "comment-id": "", "check-run-id": "", artifact: "" });
    expect(io.outputs.verdict).toBeTruthy();
    expect(io.summary).toContain("weather");
  });

  it("with no document at all fails on its inputs before loading the delivery", async () => {
    const io = memoryActionIO({ model: "weather" });
    await runMain(main, io, await workspace());
    expect(io.failed?.message).toMatch(
      /^input 'comparison' is required unless validation-report or run-record/,
    );
    expect(io.outputs).toEqual({});
  });
});

// --- against the fake GitHub ----------------------------------------------------------------------

const PR = 7;
const HEAD_SHA = "feedfacefeedfacefeedfacefeedfacefeedface";
const MARKER_LINE = "<!-- mlops-report:weather-classifier -->";
const PR_EVENT: EventSpec = {
  name: "pull_request",
  payload: { number: PR, pull_request: { number: PR, head: { sha: HEAD_SHA } } },
};

let fake: FakeGitHub;
let ws: string;

async function writeDocs(comparison: Comparison) {
  // The fixtures are what evaluate/validate/train write: prove it before relying on them.
  await parseDocument("mlops.comparison", comparison);
  writeFileSync(path.join(ws, "comparison.json"), JSON.stringify(comparison));
  writeFileSync(path.join(ws, "validation.json"), JSON.stringify(f.validationReport({ drift: true })));
  writeFileSync(path.join(ws, "run.json"), JSON.stringify(f.runRecord()));
}

/**
 * main with the runner's facts for `event` (GITHUB_*, the payload at GITHUB_EVENT_PATH), run in
 * the workspace (mlops.yml is read from the working directory, as on a runner), with what the
 * harness gives the bundle: no 1 s spacing between writes, a short retry backoff.
 */
async function deliver(
  inputs: Record<string, string>,
  event: EventSpec = PR_EVENT,
): Promise<MemoryActionIO & { env: Record<string, string> }> {
  const facts = { ...DEFAULT_FACTS, apiUrl: fake.url };
  const temp = tempDir("mlops-report-main-temp-");
  const eventPath = path.join(temp, "event.json");
  const payload = writeEventPayload(eventPath, event, facts);
  const refs = refsForEvent(event.name, payload, facts);
  const env = {
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: facts.repository,
    GITHUB_RUN_ID: facts.runId,
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: "ml",
    GITHUB_WORKFLOW: "ML pipeline",
    GITHUB_ACTOR: facts.actor,
    GITHUB_API_URL: facts.apiUrl,
    GITHUB_SERVER_URL: facts.serverUrl,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: refs.sha,
    GITHUB_REF: refs.ref,
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: temp,
    RUNNER_OS: "Linux",
    MLOPS_GITHUB_WRITE_SPACING_MS: "0",
    MLOPS_GITHUB_RETRY_BASE_MS: "1",
  };
  const io = memoryActionIO({
    "comment-author": "github-actions[bot]",
    token: "ghs_report_token",
    ...inputs,
  });
  await runMain(main, io, ws, env);
  return Object.assign(io, { env });
}
/** With the documents and the local registry, as test/report's bundle runs are called. */
const report = (inputs: Record<string, string> = {}, event?: EventSpec) =>
  deliver(
    {
      comparison: "comparison.json",
      "validation-report": "validation.json",
      "run-record": "run.json",
      registry: "local",
      ...inputs,
    },
    event,
  );

const writes = () => fake.requests.filter((r) => r.method !== "GET" && r.method !== "HEAD");
const botComments = (pr = PR) =>
  fake.state.comments(pr).filter((c) => c.user.login === "github-actions[bot]");
const logged = (io: MemoryActionIO, level: string) =>
  io.logger.entries.filter((e) => e.level === level).map((e) => e.message);
function expectOk(io: MemoryActionIO) {
  expect(io.failed, logged(io, "error").join("\n")).toBeNull();
}
async function registerThree(dir: string) {
  const registry = new LocalRegistry({ root: path.join(ws, dir), logger: silentLogger });
  const model = path.join(ws, "model.bin");
  for (const [i, acc] of [0.81, 0.83, 0.84].entries()) {
    writeFileSync(model, `weights ${i}`);
    await registry.register({
      model: "weather-classifier",
      path: model,
      metrics: { accuracy: acc, f1_macro: 0.6 + i / 100 },
    });
  }
}

describe("report-metrics main against the fake GitHub", () => {
  beforeEach(async () => {
    fake = await startFakeGitHub();
    fake.state.addPullRequest({ number: PR, headSha: HEAD_SHA });
    ws = tempDir("mlops-report-main-");
    await writeDocs(f.passingComparison());
  });
  afterEach(async () => {
    await fake.close();
  });

  describe("on a pull request", () => {
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

    it("says which file is broken and where", async () => {
      writeFileSync(
        path.join(ws, "comparison.json"),
        '{"kind": "mlops.comparison", "version": 1,\n  "model": 3 }',
      );
      const r = await report();
      expect(r.failed?.message).toMatch(/comparison\.json.*invalid mlops\.comparison\/v1 document: .*model/);
      expect(writes()).toEqual([]);
    });
  });

  // No registry/comment/check/history inputs: the runner would otherwise pass action.yml
  // defaults and mlops.yml would never be read.
  describe("settings from mlops.yml", () => {
    const run = (inputs: Record<string, string> = {}) =>
      deliver({
        comparison: "comparison.json",
        "validation-report": "validation.json",
        "run-record": "run.json",
        ...inputs,
      });

    it("uses the report section and registry backend/path when the inputs are not given", async () => {
      await registerThree("models/reg");
      writeFileSync(
        path.join(ws, "mlops.yml"),
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
        path.join(ws, "mlops.yml"),
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

  describe("in the workflow_run follow-up of a fork's pull request", () => {
    const FORK_SHA = "abcdef0123456789abcdef0123456789abcdef01";

    it("finds the pull request by the run's head commit and posts the comment and check run there", async () => {
      fake.state.addPullRequest({ number: 8, headSha: FORK_SHA, fork: true, headRef: "feature-8" });
      const r = await report(
        {},
        workflowRunEvent({
          fork: true,
          number: 8,
          headSha: FORK_SHA,
          headRef: "feature-8",
          triggeringRunId: 555,
        }),
      );
      expectOk(r);
      const comments = botComments(8);
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
        workflowRunEvent({ fork: true, number: 8, headSha: FORK_SHA, headRef: "feature-8" }),
      );
      expectOk(r);
      expect(writes()).toEqual([]);
      expect(logged(r, "notice").join("\n")).toMatch(/no open pull request matches/);
      expect(r.summary).toContain("### ✅ weather-classifier");
    });
  });

  describe("off pull requests", () => {
    it("on push writes the summary and a check run on the commit, and no comment", async () => {
      const r = await report({}, { name: "push" });
      expectOk(r);
      expect(fake.requestsTo("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments")).toHaveLength(0);
      expect(botComments()).toHaveLength(0);
      const runs = [...fake.state.repo().checkRuns.values()];
      expect(runs).toHaveLength(1);
      expect(runs[0]!.headSha).toBe(r.env.GITHUB_SHA);
      expect(r.summary).toContain("### ✅ weather-classifier");
    });
  });
});
