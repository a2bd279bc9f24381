import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { text } from "@mlops/core/markdown";
import {
  DEFAULT_FACTS,
  eventPayload,
  startFakeGitHub,
  workflowRunEvent,
  type EventSpec,
  type FakeGitHub,
  type RunFacts,
} from "@mlops/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fixtures from "../../packages/report/test-support/fixtures.js";
import { seattleDrift } from "./seattle-cache.js";
import { installGh, type GhRelay } from "./gh-relay.js";
import { runJob, type JobResult } from "./workflow-runner.js";

/*
 * Attacks on the reusable workflows, each run as written (workflow-runner.ts) against the fake
 * GitHub, with `gh` answered by fake-gh.mjs (issue 17, "Workflows"):
 * - a fork's report artifact naming another model cannot choose the check run's name or
 *   conclusion (ml-pr-comment.yml passes the caller's `model`; report-metrics refuses a
 *   comparison for another model);
 * - ml-monitor.yml never edits an issue someone else wrote, even one carrying its marker, and
 *   column names from the data render inert (no link, image or HTML).
 */

const root = path.resolve(import.meta.dirname, "../..");
const WORKFLOWS = path.join(root, ".github/workflows");
const REPO = "octo/weather";
const MODEL = "seattle-weather";
const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-workflow-attacks-"));
const bin = path.join(tmp, "bin");
const WORKSPACE = path.join(tmp, "work");
const RUNNER_TEMP = path.join(tmp, "temp");
let fake: FakeGitHub;
let gh: GhRelay | undefined;

beforeAll(async () => {
  fake = await startFakeGitHub({ repository: REPO });
  mkdirSync(bin);
  gh = await installGh(bin);
});
afterAll(async () => {
  await gh?.close();
  await fake?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** One job of a reusable workflow for octo/weather; `artifact` is what download-artifact hands over. */
async function job(spec: {
  workflow: string;
  job: string;
  runId: string;
  inputs: Record<string, unknown>;
  event: EventSpec;
  facts: RunFacts;
  artifact: string;
  needs?: Record<string, { outputs: Record<string, string>; result: string }>;
}): Promise<JobResult> {
  rmSync(WORKSPACE, { recursive: true, force: true });
  rmSync(RUNNER_TEMP, { recursive: true, force: true });
  mkdirSync(WORKSPACE, { recursive: true });
  const token = `ghs_${spec.job}_${spec.runId}`;
  fake.state.setToken(token); // GITHUB_TOKEN: github-actions[bot]
  return await runJob({
    workflow: path.join(WORKFLOWS, spec.workflow),
    job: spec.job,
    workspace: WORKSPACE,
    runnerTemp: RUNNER_TEMP,
    token,
    apiUrl: fake.url,
    path: `${bin}:${process.env.PATH ?? ""}`,
    env: { MLOPS_TEST_GH_API: fake.url, MLOPS_GITHUB_WRITE_SPACING_MS: "0", MLOPS_GITHUB_RETRY_BASE_MS: "1" },
    event: spec.event,
    facts: spec.facts,
    thirdParty: (uses, inputs) => {
      if (uses.startsWith("actions/download-artifact@")) {
        cpSync(spec.artifact, inputs.path!, { recursive: true });
        return { "download-path": inputs.path! };
      }
      return null;
    },
    contexts: {
      inputs: spec.inputs,
      // ml-pr-comment.yml's comment job is a matrix over the caller's models (its plan job
      // makes [{model}] of the model input): the leg of the caller's model.
      matrix: spec.job === "comment" ? { model: String(spec.inputs.model) } : {},
      needs: spec.needs ?? {},
      github: {
        event_name: spec.event.name,
        repository: REPO,
        ref_name: "main",
        server_url: "https://github.com",
        run_id: spec.runId,
        token,
        event: eventPayload(spec.event, spec.facts),
      },
      job: { workflow_repository: "octo/mlops-actions", workflow_sha: "d".repeat(40) },
    },
  });
}

describe.each([
  ["ml-pr-comment.yml", 0],
  ["ml-pr-comment-ghes.yml", 10],
])("%s: a fork's artifact cannot choose the check run", (workflow, offset) => {
  /** The follow-up of a fork pull request's run whose artifact the fork's code wrote. */
  async function comment(n: number, headSha: string, files: Record<string, unknown>) {
    const number = n + offset;
    fake.state.addPullRequest({ number, headSha }, REPO);
    const artifact = path.join(tmp, `artifact-${number}`);
    mkdirSync(artifact, { recursive: true });
    for (const [name, doc] of Object.entries(files))
      writeFileSync(path.join(artifact, name), JSON.stringify(doc));
    const runId = String(9000 + number);
    const facts = { ...DEFAULT_FACTS, repository: REPO, runId, apiUrl: fake.url };
    return await job({
      workflow,
      job: "comment",
      runId,
      inputs: { model: MODEL },
      artifact,
      facts,
      event: workflowRunEvent(
        { number, headSha, triggeringRunId: 8000 + number, conclusion: "success" },
        facts,
      ),
    });
  }
  const claims = (n: number, headSha: string, model = MODEL) => ({
    kind: "mlops.pr-report",
    version: 1,
    model,
    pullRequest: String(n + offset),
    headSha,
  });
  const checkRuns = (sha: string) =>
    [...fake.state.repo(REPO).checkRuns.values()].filter((r) => r.headSha === sha);

  it("a comparison for another model (pr.json claiming ours) is refused: no check run, no comment", async () => {
    const sha = ("a1" + String(offset).padStart(2, "0")).repeat(10);
    // A passing comparison for "release-gate": the check run "mlops / release-gate" would be ✅.
    const crafted = { ...fixtures.passingComparison(), model: "release-gate" };
    const result = await comment(21, sha, { "pr.json": claims(21, sha), "comparison.json": crafted });
    expect(result.steps.pr!.outputs.post).toBe("true");
    expect(result.steps.report!.outcome).toBe("failure");
    expect(result.actions.report!.stdout + result.actions.report!.stderr).toContain(
      "is for model 'release-gate', but the input 'model' is 'seattle-weather'",
    );
    expect(result.result).toBe("failure");
    expect(checkRuns(sha)).toEqual([]);
    expect(fake.state.comments(21 + offset, REPO)).toEqual([]);
  }, 120_000);

  it("pr.json naming another model: nothing is posted", async () => {
    const sha = ("a2" + String(offset).padStart(2, "0")).repeat(10);
    const crafted = { ...fixtures.passingComparison(), model: "release-gate" };
    const result = await comment(22, sha, {
      "pr.json": claims(22, sha, "release-gate"),
      "comparison.json": crafted,
    });
    expect(result.result).toBe("success");
    expect(result.steps.pr!.outputs.post).toBe("false");
    expect(result.log.join("\n")).toContain("the report is for model 'release-gate', not 'seattle-weather'");
    expect(checkRuns(sha)).toEqual([]);
  }, 120_000);

  it("the model's own report names the check run after the caller's input", async () => {
    const sha = ("a3" + String(offset).padStart(2, "0")).repeat(10);
    const own = { ...fixtures.passingComparison(), model: MODEL };
    const result = await comment(23, sha, { "pr.json": claims(23, sha), "comparison.json": own });
    expect(result.steps.report!.outcome, result.log.join("\n")).toBe("success");
    expect(checkRuns(sha).map((r) => [r.name, r.conclusion])).toEqual([[`mlops / ${MODEL}`, "success"]]);
  }, 120_000);
});

describe("ml-monitor.yml: only the bot's own drift issue is edited; column names are inert", () => {
  const MARKER = `<!-- mlops-drift:${MODEL} -->`;
  const HOSTILE = [
    "[x](https://evil.example/steal)",
    "![i](https://evil.example/pixel.png)",
    '<img src="https://evil.example/p.png">',
    "<a href=https://evil.example>click</a>",
    "[ref]: https://evil.example",
    "@octocat #1 `code` *em* _u_ ~~s~~ \\",
    "a@b.io@.www.x.io",
  ];
  let artifact: string;

  beforeAll(async () => {
    const result = await seattleDrift();
    expect(result.driftDetected).toBe(true);
    const doc = structuredClone(result.report);
    const columns = doc.drift!.columns;
    for (const [i, name] of HOSTILE.entries())
      columns.push({ ...columns[i % columns.length]!, column: name });
    artifact = path.join(tmp, "drift");
    mkdirSync(artifact, { recursive: true });
    writeFileSync(path.join(artifact, "validation.json"), JSON.stringify(doc));
  });

  async function alert(runId: string) {
    const facts = { ...DEFAULT_FACTS, repository: REPO, runId, apiUrl: fake.url };
    return await job({
      workflow: "ml-monitor.yml",
      job: "alert",
      runId,
      inputs: { model: MODEL, "issue-label": "mlops-drift" },
      artifact,
      facts,
      event: { name: "schedule" },
      needs: { check: { outputs: { "drift-detected": "true" }, result: "success" } },
    });
  }
  const issues = () => [...fake.state.repo(REPO).issues.values()].filter((i) => !i.isPullRequest);

  it("an outsider's issue carrying the marker is left untouched; the bot opens its own, then updates it", async () => {
    const planted = fake.state.addIssue(
      {
        title: `Data drift: ${MODEL}`,
        body: `${MARKER}\nSee [the fix](https://evil.example)`,
        user: "mallory",
      },
      REPO,
    );
    const first = await alert("9101");
    expect(first.result, first.log.join("\n")).toBe("success");
    const untouched = fake.state.repo(REPO).issues.get(planted.number)!;
    expect(untouched.body).toBe(`${MARKER}\nSee [the fix](https://evil.example)`);
    expect(untouched.title).toBe(`Data drift: ${MODEL}`);
    expect(fake.state.comments(planted.number, REPO)).toEqual([]);
    const mine = issues().filter((i) => i.user.login === "github-actions[bot]");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.number).not.toBe(planted.number);
    expect(first.outputs["issue-url"]).toBe(`https://github.com/${REPO}/issues/${mine[0]!.number}`);

    // The next run updates the bot's issue, still not the planted one.
    const second = await alert("9102");
    expect(second.outputs["issue-url"]).toBe(first.outputs["issue-url"]);
    expect(fake.state.repo(REPO).issues.get(planted.number)!.body).toBe(untouched.body);
    expect(fake.state.comments(mine[0]!.number, REPO)).toHaveLength(1);
    expect(issues().filter((i) => i.user.login === "github-actions[bot]")).toHaveLength(1);
  }, 120_000);

  it("column names render inert: escaped exactly as @mlops/core/markdown's text() escapes them", () => {
    const [issue] = issues().filter((i) => i.user.login === "github-actions[bot]");
    const body = issue!.body!;
    for (const name of HOSTILE) {
      const row = body.split("\n").find((l) => l.startsWith(`| ${text(name)} | `));
      expect(row, `${name}:\n${body}`).toBeDefined();
    }
    // No live link, image, tag, autolink, mention or reference from the data.
    const table = body.split("\n").filter((l) => l.startsWith("| "));
    for (const line of table) {
      expect(line).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
      expect(line).not.toMatch(/<(img|a)\b/i);
      expect(line).not.toContain("https://");
      expect(line).not.toMatch(/@octocat|#1\b/);
      expect(line.split(/(?<!\\)\|/).length, line).toBe(8);
    }
  });
});
