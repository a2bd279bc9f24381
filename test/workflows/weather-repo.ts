import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { DEFAULT_FACTS, fakeSha, pullRequestEvent, workflowRunEvent } from "@mlops/testkit";
import { exampleCheckout, notOk, startGitHubRepo, type GitHubRepo } from "./github-runs.js";

/*
 * The user's repository of workflow-runs-github*.test.ts (octo/weather: the example, one model,
 * the reusable workflows called as examples/seattle-weather/.github/workflows call them), on a
 * fake GitHub of the importing test file (useWeatherRepo() starts and closes it), and the helpers those
 * files share: one push to a pull request (ml-pull-request.yml, then ml-pr-comment.yml), the
 * sticky comment and check runs, the registry, and what a like-for-like comparison holds.
 */

export const REPO = "octo/weather";
export const MODEL = "seattle-weather";
let gh: GitHubRepo;
/**
 * Starts the repository before the calling file's tests and closes it after them. Called by each
 * test file, not run when this module loads: files of the shared project run one after another in
 * one worker with one module cache, so hooks registered at load would belong to the first file
 * only, and a second file would get the first one's closed fake (its `gh` gone from PATH).
 */
export function useWeatherRepo(): void {
  beforeAll(async () => {
    gh = await startGitHubRepo(REPO, "mlops-workflow-runs-github-");
  });
  afterAll(async () => {
    await gh?.close();
  });
}
export const repo = () => gh;
export const fake = () => gh.fake;

/** A commit of the user's repository: the example with the data of these years (and these params). */
export interface Commit {
  years: string[];
  params?: string;
}
export const WEAK_PARAMS = "seed: 42\nn_estimators: 1\nmax_depth: 1\n";

export interface Comparison {
  verdict: string;
  evaluation?: {
    pairedOn: string;
    dataset: { rows: number } | null;
    candidate: { source: string; rows: number | null };
    baseline: { source: string; rows: number | null; predictCommand: string | null } | null;
  } | null;
  baseline?: { version: number | null } | null;
  predictions?: { rows: number } | null;
  metrics: Array<{
    name: string;
    slice: unknown;
    baselineSource?: string;
    interval?: { delta: [number, number] | null } | null;
    test?: { name: string; pValue: number } | null;
  }>;
}

/**
 * Like for like (#15): production v1 re-scored by mlops.yml's predict command on the candidate's
 * own holdout rows (the same rows, the same count on both sides), Δaccuracy with a paired
 * interval and McNemar's exact p.
 */
export function expectLikeForLike(c: Comparison) {
  expect(c.baseline?.version).toBe(1);
  expect(c.evaluation?.pairedOn).toBe("same-rows");
  const { candidate, baseline } = c.evaluation!;
  expect(baseline?.source).toMatch(/^(predict|cache)$/);
  expect(baseline?.predictCommand).toContain("predict.mjs");
  expect(candidate.rows).toBeGreaterThan(50);
  expect(baseline?.rows).toBe(candidate.rows);
  expect(c.predictions?.rows).toBe(candidate.rows);
  const accuracy = c.metrics.find((m) => m.name === "accuracy" && !m.slice)!;
  expect(accuracy.baselineSource).toBe("same-rows");
  expect(accuracy.interval?.delta?.[0]).toBeLessThanOrEqual(accuracy.interval!.delta![1]);
  expect(accuracy.test?.name).toMatch(/mcnemar/i);
  expect(accuracy.test!.pValue).toBeGreaterThanOrEqual(0);
  expect(accuracy.test!.pValue).toBeLessThanOrEqual(1);
  return accuracy;
}

export const registryBranch = () => fake().state.repo(REPO).git.refs.get("refs/heads/mlops-registry");
/** models/seattle-weather/index.json on the registry branch of the fake. */
export function registryIndex(): {
  versions: Array<{ storage?: { tag?: string } }>;
  aliases: Record<string, number>;
} {
  const git = fake().state.repo(REPO).git;
  const head = registryBranch();
  if (!head) return { versions: [], aliases: {} };
  const entry = git.flatten(git.commit(head)!.tree).get(`models/${MODEL}/index.json`);
  return entry ? JSON.parse(git.blob(entry.sha)!.content.toString("utf8")) : { versions: [], aliases: {} };
}
export const releases = () =>
  [...fake().state.repo(REPO).releases.values()].filter((r) => r.tagName.startsWith(`${MODEL}-`));
export const deployments = (environment: string) =>
  [...fake().state.repo(REPO).deployments.values()].filter((d) => d.environment === environment);

// --- 1. pull requests before anything is registered ---------------------------------------------

export const MARKER = `<!-- mlops-report:${MODEL} -->`;
export const CHECK = `mlops / ${MODEL}`;
export const sticky = (pr: number) =>
  fake()
    .state.comments(pr, REPO)
    .filter((c) => c.body.split("\n")[0] === MARKER);
export const checkRuns = (sha: string) =>
  [...fake().state.repo(REPO).checkRuns.values()].filter((r) => r.headSha === sha && r.name === CHECK);

let prRuns = 5000;
/** One push to a pull request: ml-pull-request.yml, then the workflow_run follow-up ml-pr-comment.yml. */
export async function prChain(number: number, headSha: string, commit: Commit) {
  const prRun = String(++prRuns);
  // GITHUB_SHA of a pull_request run: the test merge commit, the candidate the report names.
  const merge = fakeSha(`merge-${prRun}`);
  const prFacts = { ...DEFAULT_FACTS, repository: REPO, runId: prRun, sha: merge, apiUrl: fake().url };
  const before = fake().requests.length;
  const prJobs = await gh.run({
    workflow: "ml-pull-request.yml",
    runId: prRun,
    sha: merge,
    ref: `refs/pull/${number}/merge`,
    checkout: exampleCheckout(commit),
    inputs: { model: MODEL },
    event: pullRequestEvent({ number, headSha }, prFacts),
  });
  // One model: the plan is that model with mlops.yml, trained on runs-on (ubuntu-latest).
  expect(JSON.parse(prJobs.plan!.outputs.models!)).toEqual([
    { model: MODEL, config: "mlops.yml", "train-runs-on": '"ubuntu-latest"' },
  ]);
  const pr = prJobs.model!;
  expect(pr.legs).toHaveLength(1);
  expect(pr.log.filter((l) => l.startsWith("unexpected inputs"))).toEqual([]);
  // The PR job writes nothing to GitHub (read-only, so fork-safe): the follow-up posts.
  expect(
    fake()
      .requests.slice(before)
      .filter((r) => r.method !== "GET"),
  ).toEqual([]);

  // The follow-up runs in the base repository with a write token, on an empty workspace.
  const commentRun = String(++prRuns);
  const commentFacts = { ...DEFAULT_FACTS, repository: REPO, runId: commentRun, apiUrl: fake().url };
  const { comment } = await gh.run({
    workflow: "ml-pr-comment.yml",
    runId: commentRun,
    inputs: { model: MODEL },
    event: workflowRunEvent(
      {
        number,
        headSha,
        triggeringRunId: Number(prRun),
        conclusion: pr.result === "success" ? "success" : "failure",
      },
      commentFacts,
    ),
  });
  expect(comment!.result, comment!.log.join("\n")).toBe("success");
  expect(notOk(comment!), comment!.log.join("\n")).toEqual([]);
  expect(comment!.steps.pr!.outputs).toMatchObject({
    post: "true",
    number: String(number),
    "head-sha": headSha,
  });
  expect(comment!.steps.report!.outcome, comment!.log.join("\n")).toBe("success");
  const report = (file: string) =>
    JSON.parse(readFileSync(path.join(gh.artifacts.get(`${prRun}/mlops-pr-report-${MODEL}`)!, file), "utf8"));
  return { pr, comment: comment!, merge, prRun, report };
}
