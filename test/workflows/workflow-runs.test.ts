import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_FACTS,
  eventPayload,
  pullRequestEvent,
  startActionsServices,
  startFakeGitHub,
  workflowRunEvent,
  fakeSha,
  type ActionsServices,
  type EventSpec,
  type FakeGitHub,
  type Permission,
  type PermissionName,
  type RunFacts,
} from "@mlops/testkit";
import { loadWorkflow, runJob, type JobResult, type StepState } from "./workflow-runner.js";

/*
 * Workflows of this repository run as written, with the bundled actions (workflow-runner.ts):
 * - ci.yml's two example jobs: 2012 registers and deploys v1; 2013 drifts, passes the gates,
 *   registers v2 and promotes it (local registry, as ci.yml runs them);
 * - the life of a user's repository (octo/weather, the example) against ONE fake GitHub, every
 *   job on a fresh checkout of its commit and a fresh RUNNER_TEMP, with a token holding exactly
 *   the permissions the job declares, `gh` answered by fake-gh.mjs from the same fake,
 *   artifacts passed between jobs by stand-ins of upload/download-artifact, and the Actions
 *   results service of the testkit for the train action (artifacts per run; the run cache shared,
 *   scoped by ref as GitHub scopes it):
 *   1. a pull request before anything is registered: ml-pull-request.yml (read-only: it writes
 *      nothing to GitHub) bundles the report, ml-pr-comment.yml (workflow_run) posts ONE sticky
 *      comment and the check run; the next push updates that comment (same id);
 *   2. ml-continuous-training.yml on 2012's data: v1 in the GitHub registry (orphan branch +
 *      release with the training-data profile attached), GitHub Deployments to staging, then
 *      production; a second identical run trains nothing (cache hit), registers nothing and
 *      deploys nothing; a candidate failing its gate
 *      registers nothing and moves no alias;
 *   3. ml-monitor.yml on 2015's data: before any model, drift from mlops.yml's reference (2012); then from
 *      the production model's own profile (attached to its release) → one issue
 *      (labelled) with the drift table and one dispatch of the CT workflow; the next run updates
 *      that issue instead of opening another;
 *   4. pull requests compared with production v1: more data passes its gates (✅, check run
 *      success), weaker params fail them (❌, check run failure, the PR job fails).
 * A change to the actions that breaks the example, or a workflow that passes a wrong path or
 * input or lacks a permission, fails here and not first on GitHub. Machine set-up steps (npm ci,
 * apt-get) are left out.
 */

const root = path.resolve(import.meta.dirname, "../..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-workflow-runs-"));
const REPO = "octo/weather";
const MODEL = "seattle-weather";
const WORKFLOWS = path.join(root, ".github/workflows");
// One fake GitHub for the file (repository octo/weather), like the one api.github.com.
let fake: FakeGitHub;
// The Actions results service (artifacts per run, the cache shared by the repository's runs).
let services: ActionsServices;
const bin = path.join(tmp, "bin");
beforeAll(async () => {
  fake = await startFakeGitHub({ repository: REPO });
  services = await startActionsServices();
  mkdirSync(bin);
  // `gh` in run steps: fake-gh.mjs on this test's Node, against the fake.
  const gh = path.join(import.meta.dirname, "fake-gh.mjs");
  writeFileSync(path.join(bin, "gh"), `#!/bin/sh\nexec "${process.execPath}" "${gh}" "$@"\n`);
  chmodSync(path.join(bin, "gh"), 0o755);
});
afterAll(async () => {
  await fake?.close();
  await services?.close();
  rmSync(tmp, { recursive: true, force: true });
});
const python = "/usr/bin/python3";
const hasSklearn = existsSync(python) && spawnSync(python, ["-c", "import sklearn"]).status === 0;
const SETUP = /^(npm ci|sudo apt-get)/;

function copyExample(to: string) {
  cpSync(path.join(root, "examples/seattle-weather"), to, {
    recursive: true,
    filter: (src) => !/[\\/](out|\.serving|\.mlops|__pycache__)$/.test(src),
  });
}

/** Failed steps; every action is implemented, so a "not implemented yet" (pending) one fails too. */
function notOk(result: JobResult) {
  return Object.entries(result.steps)
    .filter(([, s]: [string, StepState]) => s.outcome === "failure" || s.outcome === "pending")
    .map(([k]) => k);
}

describe("ci.yml example jobs (the actions on the example, as CI runs them)", () => {
  it.each([["node"], ["python"]])(
    "2012 → 2013 with the %s trainer",
    async (trainer) => {
      if (trainer === "python" && !hasSklearn) {
        console.warn("skipping the python trainer chain: /usr/bin/python3 has no scikit-learn");
        return;
      }
      // Both chains take a while on a loaded machine: CI (.ci/run sets CI=true) runs both, a
      // local `npm test` the Node one (MLOPS_TEST_PYTHON_CHAIN=1 adds the Python one).
      if (trainer === "python" && !process.env.CI && !process.env.MLOPS_TEST_PYTHON_CHAIN) {
        console.warn(
          "skipping the python trainer chain outside CI (set MLOPS_TEST_PYTHON_CHAIN=1 to run it)",
        );
        return;
      }
      // A workspace shaped like a checkout of this repository; shared by both jobs, as the
      // registry artifact of the first job is restored into the second.
      const workspace = path.join(tmp, `ci-${trainer}`);
      mkdirSync(path.join(workspace, "examples"), { recursive: true });
      copyExample(path.join(workspace, "examples/seattle-weather"));
      symlinkSync(path.join(root, "node_modules"), path.join(workspace, "node_modules"));
      const common = {
        workflow: path.join(root, ".github/workflows/ci.yml"),
        workspace,
        runnerTemp: path.join(tmp, `ci-${trainer}-temp`),
        contexts: { matrix: { trainer } },
        actionFor: (uses: string) => /^\.\/actions\/([\w-]+)$/.exec(uses)?.[1] ?? null,
        skipStep: (step: { run?: string }) => SETUP.test(step.run ?? ""),
      };
      const first = await runJob({ ...common, job: "example-2012" });
      expect(notOk(first), first.log.join("\n")).toEqual([]);
      const second = await runJob({ ...common, job: "example-2013" });
      expect(notOk(second), second.log.join("\n")).toEqual([]);

      const out = (r: JobResult, key: string) => r.steps[key]!.outputs;
      expect(out(first, "register-2012").version).toBe("1");
      expect(out(first, "evaluate-2012").verdict).toBe("no-baseline");
      expect(out(first, "deploy-2012").version).toBe("1");
      expect(out(second, "validate-2013")["drift-detected"]).toBe("true");
      expect(JSON.parse(out(second, "validate-2013")["drifted-columns"]!)).toContain("weather");
      // Node and Python both improve every gated metric from 2012 to 2012–2013 (see the README).
      expect(out(second, "evaluate-2013").verdict).toBe("pass");
      expect(out(second, "evaluate-2013")["baseline-version"]).toBe("1");
      expect(out(second, "register-2013").version).toBe("2");
      expect(out(second, "deploy-2013").version).toBe("2");
      expect(second.actions["validate-2013"]!.summary).toContain("weather");
    },
    300_000,
  );
});

// --- the user's repository on GitHub ------------------------------------------------------------

/** A commit of the user's repository: the example with the data of these years (and these params). */
interface Commit {
  years: string[];
  params?: string;
}
const WEAK_PARAMS = "seed: 42\nn_estimators: 1\nmax_depth: 1\n";

let tokenCount = 0;
// Every job runs where a GitHub-hosted runner runs it: the same paths, emptied first (jobs of
// this file run one at a time). The Actions cache keys on absolute paths, so this matters.
const WORKSPACE = path.join(tmp, "runner/work/weather/weather");
const RUNNER_TEMP = path.join(tmp, "runner/_temp");
/** A fresh checkout of `commit` for one job, as actions/checkout gives every job. */
function checkout(commit: Commit): string {
  const dir = WORKSPACE;
  rmSync(dir, { recursive: true, force: true });
  copyExample(dir);
  for (const file of readdirSync(path.join(dir, "data"))) {
    const year = /^(\d{4})\.csv$/.exec(file)?.[1];
    if (year && !commit.years.includes(year)) rmSync(path.join(dir, "data", file));
  }
  if (commit.params !== undefined) writeFileSync(path.join(dir, "params.yml"), commit.params);
  // The example's `npm install` (setup-command), done once for all checkouts.
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

/**
 * GITHUB_TOKEN of one job: exactly the permissions its `permissions:` block declares (GitHub
 * gives none of the unlisted ones, metadata read always), so a missing permission fails here.
 */
function jobToken(workflow: string, job: string): string {
  const declared = (loadWorkflow(workflow).jobs[job]?.permissions ?? {}) as Record<string, string>;
  const names: PermissionName[] = [
    "contents",
    "pull-requests",
    "issues",
    "checks",
    "deployments",
    "actions",
    "statuses",
  ];
  const permissions: Partial<Record<PermissionName, Permission>> = { metadata: "read" };
  for (const name of names) permissions[name] = "none";
  for (const [name, level] of Object.entries(declared)) {
    if (!names.includes(name as PermissionName))
      throw new Error(`${job}: permission ${name} not modelled by the fake`);
    permissions[name as PermissionName] = level as Permission;
  }
  const token = `ghs_${job}_${++tokenCount}`;
  fake.state.setToken(token, { permissions });
  return token;
}

/** Artifacts by run id and name: what the upload-artifact / download-artifact stand-ins keep. */
const artifacts = new Map<string, string>();
const standIn =
  (runId: string) =>
  (uses: string, inputs: Record<string, string>): Record<string, string> | null => {
    if (uses.startsWith("actions/upload-artifact@")) {
      if (!existsSync(inputs.path!)) throw new Error(`upload-artifact: no files at ${inputs.path}`);
      const key = `${runId}/${inputs.name}`;
      if (artifacts.has(key))
        throw new Error(`upload-artifact: ${inputs.name} already exists in run ${runId}`);
      const stored = path.join(tmp, "artifacts", runId, inputs.name!);
      cpSync(inputs.path!, stored, { recursive: true });
      artifacts.set(key, stored);
      return { "artifact-id": String(artifacts.size) };
    }
    if (uses.startsWith("actions/download-artifact@")) {
      const from = inputs["run-id"] || runId;
      const stored = artifacts.get(`${from}/${inputs.name}`);
      if (!stored) throw new Error(`download-artifact: no artifact ${inputs.name} in run ${from}`);
      cpSync(stored, inputs.path!, { recursive: true });
      return { "download-path": inputs.path! };
    }
    return null;
  };

interface JobSpec {
  workflow: string;
  job: string;
  runId: string;
  inputs: Record<string, unknown>;
  /** The checkout (none for jobs that check out only mlops-actions). */
  commit?: Commit;
  needs?: Record<string, JobResult>;
  event?: EventSpec;
  sha?: string;
  /** GITHUB_REF of the run (what the Actions cache scopes by); default the default branch. */
  ref?: string;
}

/** One job of a reusable workflow as GitHub runs it for octo/weather (called at mlops-actions@dddd…). */
async function gitHubJob(spec: JobSpec): Promise<JobResult> {
  const workflow = path.join(WORKFLOWS, spec.workflow);
  const needs = Object.fromEntries(
    Object.entries(spec.needs ?? {}).map(([k, r]) => [k, { outputs: r.outputs, result: r.result }]),
  );
  const facts: RunFacts = {
    ...DEFAULT_FACTS,
    repository: REPO,
    runId: spec.runId,
    apiUrl: fake.url,
    ...(spec.sha ? { sha: spec.sha } : {}),
  };
  const event = spec.event ?? { name: "workflow_dispatch" };
  const token = jobToken(workflow, spec.job);
  const workspace = spec.commit ? checkout(spec.commit) : WORKSPACE;
  if (!spec.commit) rmSync(workspace, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  rmSync(RUNNER_TEMP, { recursive: true, force: true });
  return await runJob({
    workflow,
    job: spec.job,
    workspace,
    runnerTemp: RUNNER_TEMP,
    token,
    apiUrl: fake.url,
    path: `${bin}:${process.env.PATH ?? ""}`,
    env: {
      ...services.envFor(spec.runId, spec.job, spec.ref ?? "refs/heads/main"),
      MLOPS_TEST_GH_API: fake.url,
      MLOPS_GITHUB_WRITE_SPACING_MS: "0",
      MLOPS_GITHUB_RETRY_BASE_MS: "1",
    },
    event,
    facts,
    thirdParty: standIn(spec.runId),
    skipStep: (step) => SETUP.test(step.run ?? ""),
    contexts: {
      inputs: spec.inputs,
      needs,
      github: {
        event_name: event.name,
        repository: REPO,
        ref_name: "main",
        server_url: "https://github.com",
        run_id: spec.runId,
        token,
        event: eventPayload(event, facts),
      },
      job: { workflow_repository: "octo/mlops-actions", workflow_sha: "d".repeat(40) },
    },
  });
}

const registryBranch = () => fake.state.repo(REPO).git.refs.get("refs/heads/mlops-registry");
/** models/seattle-weather/index.json on the registry branch of the fake. */
function registryIndex(): {
  versions: Array<{ storage?: { tag?: string } }>;
  aliases: Record<string, number>;
} {
  const git = fake.state.repo(REPO).git;
  const head = registryBranch();
  if (!head) return { versions: [], aliases: {} };
  const entry = git.flatten(git.commit(head)!.tree).get(`models/${MODEL}/index.json`);
  return entry ? JSON.parse(git.blob(entry.sha)!.content.toString("utf8")) : { versions: [], aliases: {} };
}
const releases = () =>
  [...fake.state.repo(REPO).releases.values()].filter((r) => r.tagName.startsWith(`${MODEL}-`));
const deployments = (environment: string) =>
  [...fake.state.repo(REPO).deployments.values()].filter((d) => d.environment === environment);

// --- 1. pull requests before anything is registered ---------------------------------------------

const MARKER = `<!-- mlops-report:${MODEL} -->`;
const CHECK = `mlops / ${MODEL}`;
const sticky = (pr: number) => fake.state.comments(pr, REPO).filter((c) => c.body.split("\n")[0] === MARKER);
const checkRuns = (sha: string) =>
  [...fake.state.repo(REPO).checkRuns.values()].filter((r) => r.headSha === sha && r.name === CHECK);

let prRuns = 5000;
/** One push to a pull request: ml-pull-request.yml, then the workflow_run follow-up ml-pr-comment.yml. */
async function prChain(number: number, headSha: string, commit: Commit) {
  const prRun = String(++prRuns);
  // GITHUB_SHA of a pull_request run: the test merge commit, the candidate the report names.
  const merge = fakeSha(`merge-${prRun}`);
  const prFacts = { ...DEFAULT_FACTS, repository: REPO, runId: prRun, sha: merge, apiUrl: fake.url };
  const before = fake.requests.length;
  const pr = await gitHubJob({
    workflow: "ml-pull-request.yml",
    job: "model",
    runId: prRun,
    sha: merge,
    ref: `refs/pull/${number}/merge`,
    commit,
    inputs: { model: MODEL },
    event: pullRequestEvent({ number, headSha }, prFacts),
  });
  expect(pr.log.filter((l) => l.startsWith("unexpected inputs"))).toEqual([]);
  // The PR job writes nothing to GitHub (read-only, so fork-safe): the follow-up posts.
  expect(fake.requests.slice(before).filter((r) => r.method !== "GET")).toEqual([]);

  // The follow-up runs in the base repository with a write token, on an empty workspace.
  const commentRun = String(++prRuns);
  const commentFacts = { ...DEFAULT_FACTS, repository: REPO, runId: commentRun, apiUrl: fake.url };
  const comment = await gitHubJob({
    workflow: "ml-pr-comment.yml",
    job: "comment",
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
  expect(comment.result, comment.log.join("\n")).toBe("success");
  expect(notOk(comment), comment.log.join("\n")).toEqual([]);
  expect(comment.steps.pr!.outputs).toMatchObject({
    post: "true",
    number: String(number),
    "head-sha": headSha,
  });
  expect(comment.steps.report!.outcome, comment.log.join("\n")).toBe("success");
  return { pr, comment, merge, prRun };
}

describe("a user's repository on GitHub: pull requests, continuous training, monitoring (one fake GitHub)", () => {
  it("a pull request before anything is registered: one sticky comment and a check run, updated on the next push", async () => {
    const sha1 = "c".repeat(40);
    fake.state.addPullRequest({ number: 7, headSha: sha1 }, REPO);

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
    const bundle = artifacts.get(`${first.prRun}/mlops-pr-report-${MODEL}`)!;
    expect(JSON.parse(readFileSync(path.join(bundle, "pr.json"), "utf8"))).toEqual({
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
      fake.state
        .comments(7, REPO)
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
    fake.state.repo(REPO).pulls.get(7)!.headSha = sha2;
    const patchesBefore = fake.requestsTo(
      "PATCH",
      "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    ).length;
    const second = await prChain(7, sha2, {
      years: ["2012"],
      params: "seed: 7\nn_estimators: 40\nmax_depth: 8\n",
    });
    expect(second.pr.outputs.verdict).toBe("no-baseline");
    const after = sticky(7);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(c1!.id);
    expect(after[0]!.body).toContain(`[\`${second.merge.slice(0, 7)}\`]`);
    expect(after[0]!.body).not.toContain(first.merge.slice(0, 7));
    expect(
      fake
        .requestsTo("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}")
        .slice(patchesBefore)
        .map((r) => r.path),
    ).toEqual([`/repos/${REPO}/issues/comments/${c1!.id}`]);
    expect(fake.state.comments(7, REPO).filter((c) => c.user.login === "github-actions[bot]")).toHaveLength(
      1,
    );
    expect(checkRuns(sha2)).toHaveLength(1);
    expect(checkRuns(sha2)[0]!.conclusion).toBe("neutral");
    expect(checkRuns(sha1)).toHaveLength(1);
  }, 300_000);

  it("the monitor before any model is registered: no production profile, so mlops.yml's reference (2012) is the baseline", async () => {
    const check = await gitHubJob({
      workflow: "ml-monitor.yml",
      job: "check",
      runId: "7000",
      commit: { years: ["2012", "2013", "2014", "2015"] },
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
      readFileSync(path.join(artifacts.get(`7000/mlops-drift-${MODEL}`)!, "validation.json"), "utf8"),
    ) as { drift: { reference: { source: string; rows: number } } };
    // 2012 was a leap year.
    expect(report.drift.reference).toMatchObject({ source: "data/2012.csv", rows: 366 });
  }, 300_000);

  // --- 2. continuous training -----------------------------------------------------------------

  const CT = "ml-continuous-training.yml";
  /** One run of the CT workflow: train → register → staging → production, each job on its own runner. */
  async function ctRun(runId: string, commit: Commit) {
    const common = { workflow: CT, runId, commit, inputs: { model: MODEL } };
    const train = await gitHubJob({ ...common, job: "train" });
    const register = await gitHubJob({ ...common, job: "register", needs: { train } });
    const staging = await gitHubJob({ ...common, job: "staging", needs: { register } });
    const production = await gitHubJob({ ...common, job: "production", needs: { register, staging } });
    for (const [name, r] of Object.entries({ train, register, staging, production }))
      expect(notOk(r), `${name}:\n${r.log.join("\n")}`).toEqual([]);
    return { train, register, staging, production };
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
      const statuses = [...fake.state.repo(REPO).deploymentStatuses.values()].filter(
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
    const deploysBefore = fake.state.repo(REPO).deployments.size;
    const run = await ctRun("6003", { years: ["2012"], params: WEAK_PARAMS });
    expect(run.train.outputs).toMatchObject({ passed: "false", verdict: "fail", "model-name": "" });
    expect(run.train.log.join("\n")).toContain("the candidate did not pass the gates against v1");
    expect(run.register.result).toBe("skipped");
    expect(run.staging.result).toBe("skipped");
    expect(run.production.result).toBe("skipped");
    expect(artifacts.has(`6003/mlops-candidate-${MODEL}`)).toBe(false);
    expect(registryBranch()).toBe(head);
    expect(registryIndex().aliases).toEqual({ staging: 1, production: 1 });
    expect(fake.state.repo(REPO).deployments.size).toBe(deploysBefore);
  }, 300_000);

  // --- 3. monitoring ----------------------------------------------------------------------------

  it("the monitor finds 2015 drifting from the production model's profile: one labelled issue with the table, retraining dispatched; the next run updates it", async () => {
    const monitor = async (runId: string) => {
      // What examples/seattle-weather/.github/workflows/model-monitor.yml passes.
      const common = {
        workflow: "ml-monitor.yml",
        runId,
        commit: { years: ["2012", "2013", "2014", "2015"] },
        inputs: { model: MODEL, data: "data/2015.csv", "ct-workflow": "model-ct.yml" },
        event: { name: "schedule" } as EventSpec,
      };
      const check = await gitHubJob({ ...common, job: "check" });
      expect(notOk(check), check.log.join("\n")).toEqual([]);
      const alert = await gitHubJob({ ...common, job: "alert", commit: undefined, needs: { check } });
      expect(notOk(alert), alert.log.join("\n")).toEqual([]);
      return { check, alert };
    };
    const drift = () =>
      [...fake.state.repo(REPO).issues.values()].filter((i) => i.title === `Data drift: ${MODEL}`);
    const dispatches = () => fake.state.repo(REPO).dispatches.filter((d) => d.kind === "workflow_dispatch");

    const first = await monitor("7001");
    // The reference is what production v1 was trained on: the profile attached to its release.
    expect(first.check.log.join("\n")).toMatch(
      /reference: the profile of seattle-weather v1 \(production\), release /,
    );
    expect(first.check.outputs["drift-detected"]).toBe("true");
    expect(JSON.parse(first.check.outputs["drifted-columns"]!)).toContain("weather");
    const report = JSON.parse(
      readFileSync(path.join(artifacts.get(`7001/mlops-drift-${MODEL}`)!, "validation.json"), "utf8"),
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
    const notes = fake.state.comments(issue!.number, REPO);
    expect(notes.map((c) => c.body)).toEqual([
      `Drift found again by https://github.com/${REPO}/actions/runs/7002; the table above is updated.`,
    ]);
    expect(dispatches()).toHaveLength(2);
  }, 300_000);

  // --- 4. pull requests against production ------------------------------------------------------

  it("pull requests compared with production v1: more data passes its gates, weaker params fail them", async () => {
    const better = "e".repeat(40);
    fake.state.addPullRequest({ number: 8, headSha: better }, REPO);
    const pass = await prChain(8, better, { years: ["2012", "2013"] });
    expect(notOk(pass.pr), pass.pr.log.join("\n")).toEqual([]);
    expect(pass.pr.outputs).toMatchObject({ verdict: "pass", passed: "true" });
    const [ok] = sticky(8);
    expect(sticky(8)).toHaveLength(1);
    expect(ok!.body).toMatch(/^### ✅ seattle-weather: candidate .+ passes/m);
    expect(ok!.body).toMatch(/v1/);
    expect(checkRuns(better)).toEqual([expect.objectContaining({ conclusion: "success" })]);

    const weaker = "f".repeat(40);
    fake.state.addPullRequest({ number: 9, headSha: weaker }, REPO);
    const fail = await prChain(9, weaker, { years: ["2012"], params: WEAK_PARAMS });
    // The PR job reports first, then fails on the gate.
    expect(fail.pr.result).toBe("failure");
    const failStep = loadWorkflow(path.join(WORKFLOWS, "ml-pull-request.yml")).jobs.model!.steps!.findIndex(
      (step) => step.name === "Fail when a gate failed",
    );
    expect(notOk(fail.pr)).toEqual([`__${failStep}`]);
    expect(fail.pr.outputs).toMatchObject({ verdict: "fail", passed: "false" });
    const [bad] = sticky(9);
    expect(sticky(9)).toHaveLength(1);
    expect(bad!.body).toMatch(/^### ❌ seattle-weather: candidate .+/m);
    expect(checkRuns(weaker)).toEqual([expect.objectContaining({ conclusion: "failure" })]);
    // Neither pull request changed the registry.
    expect(registryIndex().versions).toHaveLength(1);
  }, 300_000);
});
