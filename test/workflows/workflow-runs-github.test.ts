import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FACTS, fakeSha, pullRequestEvent, workflowRunEvent, type EventSpec } from "@mlops/testkit";
import { exampleCheckout, notOk, startGitHubRepo, WORKFLOWS, type GitHubRepo } from "./github-runs.js";
import { loadWorkflow } from "./workflow-runner.js";

/*
 * The life of a user's repository (octo/weather, the example, one model) against ONE fake GitHub,
 * every workflow run job by job as GitHub runs it (github-runs.ts): the reusable workflows called
 * as examples/seattle-weather/.github/workflows call them, with one model (`model:`), so a
 * single-model caller keeps working as before the matrix:
 *   1. a pull request before anything is registered: ml-pull-request.yml (read-only: it writes
 *      nothing to GitHub) bundles the report, ml-pr-comment.yml (workflow_run) posts ONE sticky
 *      comment and the check run; the next push updates that comment (same id);
 *   2. ml-continuous-training.yml on 2012's data: v1 in the GitHub registry (orphan branch +
 *      release with the training-data profile attached), GitHub Deployments to staging, then
 *      production; a second identical run trains nothing (cache hit), re-scores v1 on the
 *      candidate's rows (like for like: same rows, McNemar p = 1), registers and deploys nothing;
 *      a candidate failing its gate registers nothing and moves no alias;
 *   3. ml-monitor.yml on 2015's data: before any model, drift from mlops.yml's reference (2012); then
 *      from the production model's own profile (attached to its release) → one issue (labelled)
 *      with the drift table and one dispatch of the CT workflow; the next run updates that issue;
 *   4. pull requests compared with production v1, v1 re-scored on the candidate's holdout rows by
 *      mlops.yml's predict command: more data passes its gates (✅, check run success, a paired
 *      interval and McNemar's p in the comparison), weaker params fail them (❌, the PR job fails).
 * A change to the actions that breaks the example, or a workflow that passes a wrong path or
 * input or lacks a permission, fails here and not first on GitHub.
 */

const REPO = "octo/weather";
const MODEL = "seattle-weather";
let gh: GitHubRepo;
beforeAll(async () => {
  gh = await startGitHubRepo(REPO, "mlops-workflow-runs-github-");
});
afterAll(async () => {
  await gh?.close();
});
const fake = () => gh.fake;

/** A commit of the user's repository: the example with the data of these years (and these params). */
interface Commit {
  years: string[];
  params?: string;
}
const WEAK_PARAMS = "seed: 42\nn_estimators: 1\nmax_depth: 1\n";

interface Comparison {
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
function expectLikeForLike(c: Comparison) {
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

const registryBranch = () => fake().state.repo(REPO).git.refs.get("refs/heads/mlops-registry");
/** models/seattle-weather/index.json on the registry branch of the fake. */
function registryIndex(): {
  versions: Array<{ storage?: { tag?: string } }>;
  aliases: Record<string, number>;
} {
  const git = fake().state.repo(REPO).git;
  const head = registryBranch();
  if (!head) return { versions: [], aliases: {} };
  const entry = git.flatten(git.commit(head)!.tree).get(`models/${MODEL}/index.json`);
  return entry ? JSON.parse(git.blob(entry.sha)!.content.toString("utf8")) : { versions: [], aliases: {} };
}
const releases = () =>
  [...fake().state.repo(REPO).releases.values()].filter((r) => r.tagName.startsWith(`${MODEL}-`));
const deployments = (environment: string) =>
  [...fake().state.repo(REPO).deployments.values()].filter((d) => d.environment === environment);

// --- 1. pull requests before anything is registered ---------------------------------------------

const MARKER = `<!-- mlops-report:${MODEL} -->`;
const CHECK = `mlops / ${MODEL}`;
const sticky = (pr: number) =>
  fake()
    .state.comments(pr, REPO)
    .filter((c) => c.body.split("\n")[0] === MARKER);
const checkRuns = (sha: string) =>
  [...fake().state.repo(REPO).checkRuns.values()].filter((r) => r.headSha === sha && r.name === CHECK);

let prRuns = 5000;
/** One push to a pull request: ml-pull-request.yml, then the workflow_run follow-up ml-pr-comment.yml. */
async function prChain(number: number, headSha: string, commit: Commit) {
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

describe("a user's repository on GitHub: pull requests, continuous training, monitoring (one fake GitHub)", () => {
  it("a pull request before anything is registered: one sticky comment and a check run, updated on the next push", async () => {
    const sha1 = "c".repeat(40);
    fake().state.addPullRequest({ number: 7, headSha: sha1 }, REPO);

    const first = await prChain(7, sha1, { years: ["2012"] });
    const { pr, comment } = first;
    expect(notOk(pr), pr.log.join("\n")).toEqual([]);
    // github.com: our actions come through `uses: $/actions/<name>`; nothing of mlops-actions is
    // checked out (the GHES variants, which do, are run in workflow-attacks.test.ts).
    expect(Object.keys(pr.steps)).not.toContain("mlops");
    expect(pr.steps.validate!.outcome).toBe("success");
    expect(pr.steps.validate!.outputs.passed).toBe("true");
    expect(pr.steps.train!.outputs["model-path"]).toBeTruthy();
    // Nothing registered in the repository's (GitHub) registry yet.
    expect(pr.actions.evaluate!.stdout).toContain("registry: auto → github");
    expect(pr.outputs.verdict).toBe("no-baseline");
    expect(JSON.parse(pr.outputs.metrics!)).toHaveProperty("f1_macro");
    expect(first.report("pr.json")).toEqual({
      kind: "mlops.pr-report",
      version: 1,
      model: MODEL,
      pullRequest: "7",
      headSha: sha1,
    });

    // Exactly one sticky comment, by the bot, with the verdict line and the metrics table.
    const comments = sticky(7);
    expect(
      comments,
      fake()
        .state.comments(7, REPO)
        .map((c) => c.body.slice(0, 80))
        .join("\n"),
    ).toHaveLength(1);
    const [c1] = comments;
    expect(c1!.user.login).toBe("github-actions[bot]");
    expect(c1!.body).toMatch(/^### 🆕 seattle-weather: candidate .+ has no baseline/m);
    expect(c1!.body).toContain(`[\`${first.merge.slice(0, 7)}\`]`);
    expect(c1!.body).toMatch(/^\| metric +\| /m);
    expect(c1!.body).toMatch(/^\| f1\\_macro ↑ +\|/m);
    expect(comment.outputs["comment-url"]).toContain(String(c1!.id));
    // One check run on the tested commit: no baseline is neutral.
    const runs1 = checkRuns(sha1);
    expect(runs1).toHaveLength(1);
    expect(runs1[0]).toMatchObject({ status: "completed", conclusion: "neutral" });
    expect(comment.steps.report!.outputs).toMatchObject({ verdict: "no-baseline", conclusion: "neutral" });

    // A new push to the pull request: the same comment is updated, no second one.
    const sha2 = "b".repeat(40);
    fake().state.repo(REPO).pulls.get(7)!.headSha = sha2;
    const patchesBefore = fake().requestsTo(
      "PATCH",
      "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    ).length;
    // The push changed nothing the model depends on (a README, say): the run cache of the pull
    // request's ref holds this training, so the command does not run again.
    const second = await prChain(7, sha2, { years: ["2012"] });
    expect(second.pr.steps.train!.outputs["cache-hit"]).toBe("true");
    expect(second.pr.outputs.verdict).toBe("no-baseline");
    const after = sticky(7);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(c1!.id);
    expect(after[0]!.body).toContain(`[\`${second.merge.slice(0, 7)}\`]`);
    expect(after[0]!.body).not.toContain(first.merge.slice(0, 7));
    expect(
      fake()
        .requestsTo("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}")
        .slice(patchesBefore)
        .map((r) => r.path),
    ).toEqual([`/repos/${REPO}/issues/comments/${c1!.id}`]);
    expect(
      fake()
        .state.comments(7, REPO)
        .filter((c) => c.user.login === "github-actions[bot]"),
    ).toHaveLength(1);
    expect(checkRuns(sha2)).toHaveLength(1);
    expect(checkRuns(sha2)[0]!.conclusion).toBe("neutral");
    expect(checkRuns(sha1)).toHaveLength(1);
  }, 300_000);

  it("the monitor before any model is registered: no production profile, so mlops.yml's reference (2012) is the baseline", async () => {
    const check = await gh.job({
      workflow: "ml-monitor.yml",
      job: "check",
      runId: "7000",
      checkout: exampleCheckout({ years: ["2012", "2013", "2014", "2015"] }),
      inputs: { model: MODEL, data: "data/2015.csv", "ct-workflow": "model-ct.yml" },
      event: { name: "schedule" },
    });
    expect(notOk(check), check.log.join("\n")).toEqual([]);
    expect(check.log.join("\n")).toContain(
      "no profile of the production version of seattle-weather in the registry; using the reference input or validate.reference of mlops.yml",
    );
    expect(check.steps.reference!.outputs.path).toBe("");
    expect(check.outputs["drift-detected"]).toBe("true");
    const report = JSON.parse(
      readFileSync(path.join(gh.artifacts.get(`7000/mlops-drift-${MODEL}`)!, "validation.json"), "utf8"),
    ) as { drift: { reference: { source: string; rows: number } } };
    // 2012 was a leap year.
    expect(report.drift.reference).toMatchObject({ source: "data/2012.csv", rows: 366 });
  }, 300_000);

  // --- 2. continuous training -----------------------------------------------------------------

  const CT = "ml-continuous-training.yml";
  /** One run of the CT workflow: train → register → staging → production, each job on its own runner. */
  async function ctRun(runId: string, commit: Commit) {
    const jobs = await gh.run({
      workflow: CT,
      runId,
      checkout: exampleCheckout(commit),
      inputs: { model: MODEL },
    });
    for (const [name, r] of Object.entries(jobs))
      expect(notOk(r), `${name}:\n${r.log.join("\n")}`).toEqual([]);
    const { plan, train, register, deploys, staging, production } = jobs;
    return {
      plan: plan!,
      train: train!,
      register: register!,
      deploys: deploys!,
      staging: staging!,
      production: production!,
    };
  }

  it("continuous training on 2012: v1 in the GitHub registry with its data profile, deployed to staging then production", async () => {
    const run = await ctRun("6001", { years: ["2012"] });
    expect(run.train.outputs).toMatchObject({ passed: "true", verdict: "no-baseline", "model-name": "out" });
    expect(run.train.actions.evaluate!.stdout).toContain("registry: auto → github");
    expect(run.register.outputs.aliases).toBe("[]");
    expect(run.train.steps.train!.outputs["cache-hit"]).toBe("false");
    expect(run.register.outputs.version).toBe("1");
    expect(run.register.steps.register!.outputs.created).toBe("true");

    // The registry: the orphan branch holds the index, a release holds the files + the profile.
    const index = registryIndex();
    expect(index.versions).toHaveLength(1);
    expect(index.aliases).toEqual({ staging: 1, production: 1 });
    const [release] = releases();
    expect(releases()).toHaveLength(1);
    expect(release!.tagName).toBe(index.versions[0]!.storage!.tag);
    expect(release!.makeLatest).toBe("false");
    const profile = release!.assets.find((a) => a.name === "mlops-reference.json");
    expect(profile, release!.assets.map((a) => a.name).join(", ")).toBeTruthy();
    expect(JSON.parse(profile!.data.toString("utf8"))).toMatchObject({ kind: "mlops.validation" });

    // One GitHub Deployment per environment, its last status success, for v1.
    for (const [environment, job] of [
      ["staging", run.staging],
      ["production", run.production],
    ] as const) {
      expect(job.outputs.version).toBe("1");
      const [d] = deployments(environment);
      expect(deployments(environment)).toHaveLength(1);
      expect(String(d!.id)).toBe(job.steps.deploy!.outputs["deployment-id"]);
      const statuses = [...fake().state.repo(REPO).deploymentStatuses.values()].filter(
        (s) => s.deploymentId === d!.id,
      );
      expect(statuses.at(-1)!.state).toBe("success");
    }
  }, 300_000);

  it("a second, identical run (same code, data and params; a new run id) registers nothing", async () => {
    const head = registryBranch();
    const run = await ctRun("6002", { years: ["2012"] });
    // A fresh runner, but the Actions cache holds this training: the command does not run.
    expect(run.train.steps.train!.outputs["cache-hit"]).toBe("true");
    expect(run.train.actions.train!.stdout).toContain("the command is not run");
    // Same model, same metrics: the gates pass against production v1 …
    expect(run.train.outputs.verdict).toBe("pass");
    expect(run.train.steps.evaluate!.outputs["baseline-version"]).toBe("1");
    // The same model on both sides of a like-for-like comparison: no difference, McNemar's p = 1.
    const compared = JSON.parse(
      readFileSync(path.join(gh.artifacts.get(`6002/mlops-candidate-${MODEL}`)!, "comparison.json"), "utf8"),
    ) as Comparison;
    const accuracy = expectLikeForLike(compared);
    expect(accuracy.interval!.delta).toEqual([0, 0]);
    expect(accuracy.test!.pValue).toBe(1);
    // … and register-model finds the same training already registered: v1 again, nothing new.
    expect(run.register.outputs.version).toBe("1");
    expect(run.register.steps.register!.outputs.created).toBe("false");
    expect(registryIndex().versions).toHaveLength(1);
    expect(releases()).toHaveLength(1);
    expect(registryIndex().aliases).toEqual({ staging: 1, production: 1 });
    // Both environments already serve v1: no deploy, no approval asked, nothing written.
    expect(JSON.parse(run.register.outputs.aliases!)).toEqual(["production", "staging"]);
    expect(run.staging.result).toBe("skipped");
    expect(run.production.result).toBe("skipped");
    expect(deployments("staging")).toHaveLength(1);
    expect(deployments("production")).toHaveLength(1);
    expect(registryBranch()).toBe(head);
  }, 300_000);

  it("a candidate failing its gate registers nothing and moves no alias", async () => {
    const head = registryBranch();
    const deploysBefore = fake().state.repo(REPO).deployments.size;
    const run = await ctRun("6003", { years: ["2012"], params: WEAK_PARAMS });
    expect(run.train.outputs).toMatchObject({ passed: "false", verdict: "fail", "model-name": "" });
    expect(run.train.log.join("\n")).toContain("the candidate did not pass the gates against v1");
    expect(run.register.result).toBe("skipped");
    expect(run.staging.result).toBe("skipped");
    expect(run.production.result).toBe("skipped");
    expect(gh.artifacts.has(`6003/mlops-candidate-${MODEL}`)).toBe(false);
    expect(registryBranch()).toBe(head);
    expect(registryIndex().aliases).toEqual({ staging: 1, production: 1 });
    expect(fake().state.repo(REPO).deployments.size).toBe(deploysBefore);
  }, 300_000);

  // --- 3. monitoring ----------------------------------------------------------------------------

  it("the monitor finds 2015 drifting from the production model's profile: one labelled issue with the table, retraining dispatched; the next run updates it", async () => {
    const monitor = async (runId: string) => {
      // What examples/seattle-weather/.github/workflows/model-monitor.yml passes.
      const jobs = await gh.run({
        workflow: "ml-monitor.yml",
        runId,
        checkout: exampleCheckout({ years: ["2012", "2013", "2014", "2015"] }),
        inputs: { model: MODEL, data: "data/2015.csv", "ct-workflow": "model-ct.yml" },
        event: { name: "schedule" } as EventSpec,
      });
      const { check, alert } = jobs;
      expect(notOk(check!), check!.log.join("\n")).toEqual([]);
      expect(notOk(alert!), alert!.log.join("\n")).toEqual([]);
      return { check: check!, alert: alert! };
    };
    const drift = () =>
      [...fake().state.repo(REPO).issues.values()].filter((i) => i.title === `Data drift: ${MODEL}`);
    const dispatches = () =>
      fake()
        .state.repo(REPO)
        .dispatches.filter((d) => d.kind === "workflow_dispatch");

    const first = await monitor("7001");
    // The reference is what production v1 was trained on: the profile attached to its release.
    expect(first.check.log.join("\n")).toMatch(
      /reference: the profile of seattle-weather v1 \(production\), release /,
    );
    expect(first.check.outputs["drift-detected"]).toBe("true");
    expect(JSON.parse(first.check.outputs["drifted-columns"]!)).toContain("weather");
    const report = JSON.parse(
      readFileSync(path.join(gh.artifacts.get(`7001/mlops-drift-${MODEL}`)!, "validation.json"), "utf8"),
    ) as { drift: { reference: { source: string; rows: number } } };
    expect(report.drift.reference.source).toMatch(/mlops-reference\.json$/);
    expect(report.drift.reference.rows).toBe(366);
    expect(drift()).toHaveLength(1);
    const [issue] = drift();
    expect(first.alert.outputs["issue-url"]).toBe(`https://github.com/${REPO}/issues/${issue!.number}`);
    expect(issue!.labels).toEqual(["mlops-drift"]);
    expect(issue!.user.login).toBe("github-actions[bot]");
    expect(issue!.body!.split("\n")[0]).toBe(`<!-- mlops-drift:${MODEL} -->`);
    expect(issue!.body).toMatch(
      /\| weather \| chi-square \| [0-9.]+ \| [0-9.e-]+ \| [0-9.]+ \| \*\*yes\*\* \|/,
    );
    expect(issue!.body).toContain(`https://github.com/${REPO}/actions/runs/7001`);
    expect(dispatches()).toEqual([expect.objectContaining({ workflowId: "model-ct.yml", ref: "main" })]);

    // The next scheduled run finds the open issue by its marker and updates it; it dispatches again.
    const second = await monitor("7002");
    expect(second.alert.outputs["issue-url"]).toBe(first.alert.outputs["issue-url"]);
    expect(drift()).toHaveLength(1);
    expect(drift()[0]!.body).toContain(`https://github.com/${REPO}/actions/runs/7002`);
    const notes = fake().state.comments(issue!.number, REPO);
    expect(notes.map((c) => c.body)).toEqual([
      `Drift found again by https://github.com/${REPO}/actions/runs/7002; the table above is updated.`,
    ]);
    expect(dispatches()).toHaveLength(2);
  }, 300_000);

  // --- 4. pull requests against production ------------------------------------------------------

  it("pull requests compared with production v1: more data passes its gates, weaker params fail them", async () => {
    const better = "e".repeat(40);
    fake().state.addPullRequest({ number: 8, headSha: better }, REPO);
    const pass = await prChain(8, better, { years: ["2012", "2013"] });
    expect(notOk(pass.pr), pass.pr.log.join("\n")).toEqual([]);
    expect(pass.pr.outputs).toMatchObject({ verdict: "pass", passed: "true" });
    expectLikeForLike(pass.report("comparison.json") as Comparison);
    const [ok] = sticky(8);
    expect(sticky(8)).toHaveLength(1);
    expect(ok!.body).toMatch(/^### ✅ seattle-weather: candidate .+ passes/m);
    expect(ok!.body).toMatch(/v1/);
    expect(checkRuns(better)).toEqual([expect.objectContaining({ conclusion: "success" })]);

    const weaker = "f".repeat(40);
    fake().state.addPullRequest({ number: 9, headSha: weaker }, REPO);
    const fail = await prChain(9, weaker, { years: ["2012"], params: WEAK_PARAMS });
    // The PR job reports first, then fails on the gate.
    expect(fail.pr.result).toBe("failure");
    const failStep = loadWorkflow(path.join(WORKFLOWS, "ml-pull-request.yml")).jobs.model!.steps!.findIndex(
      (step) => step.name === "Fail when a gate failed",
    );
    expect(notOk(fail.pr)).toEqual([`__${failStep}`]);
    expect(fail.pr.outputs).toMatchObject({ verdict: "fail", passed: "false" });
    expectLikeForLike(fail.report("comparison.json") as Comparison);
    const [bad] = sticky(9);
    expect(sticky(9)).toHaveLength(1);
    expect(bad!.body).toMatch(/^### ❌ seattle-weather: candidate .+/m);
    expect(checkRuns(weaker)).toEqual([expect.objectContaining({ conclusion: "failure" })]);
    // Neither pull request changed the registry.
    expect(registryIndex().versions).toHaveLength(1);
  }, 300_000);
});
