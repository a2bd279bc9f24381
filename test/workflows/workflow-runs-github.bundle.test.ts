import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { EventSpec } from "@mlops/testkit";
import { exampleCheckout, notOk, WORKFLOWS } from "./github-runs.js";
import { loadWorkflow } from "./workflow-runner.js";
import {
  checkRuns,
  deployments,
  expectLikeForLike,
  fake,
  MODEL,
  prChain,
  registryBranch,
  registryIndex,
  releases,
  repo as gh,
  REPO,
  sticky,
  WEAK_PARAMS,
  type Commit,
  useWeatherRepo,
  type Comparison,
} from "./weather-repo.js";

useWeatherRepo();

/*
 * The life of a user's repository (weather-repo.ts: octo/weather, the example, one model) against
 * ONE fake GitHub, every workflow run job by job as GitHub runs it (github-runs.ts): the reusable
 * workflows called as examples/seattle-weather/.github/workflows call them, with one model
 * (`model:`), so a single-model caller keeps working as before the matrix (the first pull request
 * and the monitor before any model are in workflow-runs-pr.bundle.test.ts, which runs beside this file):
 *   1. ml-continuous-training.yml on 2012's data: v1 in the GitHub registry (orphan branch +
 *      release with the training-data profile attached), GitHub Deployments to staging, then
 *      production; a second identical run trains nothing (cache hit), re-scores v1 on the
 *      candidate's rows (like for like: same rows, McNemar p = 1), registers and deploys nothing;
 *      a candidate failing its gate registers nothing and moves no alias;
 *   2. ml-monitor.yml on 2015's data: drift from the production model's own profile (attached to
 *      its release) → one issue (labelled) with the drift table and one dispatch of the CT
 *      workflow; the next run updates that issue;
 *   3. pull requests compared with production v1, v1 re-scored on the candidate's holdout rows by
 *      mlops.yml's predict command: more data passes its gates (✅, check run success, a paired
 *      interval and McNemar's p in the comparison), weaker params fail them (❌, the PR job fails).
 * A change to the actions that breaks the example, or a workflow that passes a wrong path or
 * input or lacks a permission, fails here and not first on GitHub.
 */

describe("a user's repository on GitHub: continuous training, monitoring, pull requests against production (one fake GitHub)", () => {
  const CT = "ml-continuous-training.yml";
  /** One run of the CT workflow: train → register → staging → production, each job on its own runner. */
  async function ctRun(runId: string, commit: Commit) {
    const jobs = await gh().run({
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
      readFileSync(
        path.join(gh().artifacts.get(`6002/mlops-candidate-${MODEL}`)!, "comparison.json"),
        "utf8",
      ),
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
    expect(gh().artifacts.has(`6003/mlops-candidate-${MODEL}`)).toBe(false);
    expect(registryBranch()).toBe(head);
    expect(registryIndex().aliases).toEqual({ staging: 1, production: 1 });
    expect(fake().state.repo(REPO).deployments.size).toBe(deploysBefore);
  }, 300_000);

  // --- 3. monitoring ----------------------------------------------------------------------------

  it("the monitor finds 2015 drifting from the production model's profile: one labelled issue with the table, retraining dispatched; the next run updates it", async () => {
    const monitor = async (runId: string) => {
      // What examples/seattle-weather/.github/workflows/model-monitor.yml passes.
      const jobs = await gh().run({
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
      readFileSync(path.join(gh().artifacts.get(`7001/mlops-drift-${MODEL}`)!, "validation.json"), "utf8"),
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
