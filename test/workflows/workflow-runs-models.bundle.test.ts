import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FACTS, fakeSha, pullRequestEvent, workflowRunEvent } from "@mlops/testkit";
import { copyExample, notOk, ROOT, startGitHubRepo, WORKFLOWS, type GitHubRepo } from "./github-runs.js";
import { interpolate, loadWorkflow, type MatrixResult } from "./workflow-runner.js";

/*
 * Two models in one repository (octo/zoo: models/rain and models/wind, each the example's Node
 * trainer with its own models/<name>/mlops.yml), the reusable workflows called with
 * `models: auto` against one fake GitHub (github-runs.ts), end to end:
 *   1. ml-continuous-training.yml on a dispatch: the plan finds both models; each trains,
 *      registers (its own model in the GitHub registry, its own release) and deploys to staging
 *      in its own matrix leg; the deploys job sends each new version to the environment;
 *   2. a pull request that changes wind only: the plan runs wind alone (git diff against the base
 *      it merges into), compared like for like with wind's staging v1 (baseline: staging) re-scored on
 *      the candidate's rows; ml-pr-comment.yml (models: ["rain", "wind"]) posts wind's comment and
 *      check run, and nothing for rain (no report: it did not run).
 * Kept lean: 2012's data, a small forest, no production deploy.
 */

const REPO = "octo/zoo";
const MODELS = ["rain", "wind"] as const;
let gh: GitHubRepo;

const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
};

/** models/<name>/mlops.yml: paths relative to the repository root, as every action reads them. */
const mlopsYml = (name: string) => `version: 1
model: ${name}
registry:
  backend: auto
validate:
  data: models/${name}/data/*.csv
  schema: models/${name}/schema.json
  fail-on: error
  report: .mlops/${name}/validation.json
train:
  working-directory: models/${name}
  command: node train.mjs --data data --out out
  params: params.yml
  data: data
  model-path: out
  metrics-file: out/metrics.json
  code: ["*.mjs"]
predict:
  working-directory: models/${name}
  command: node predict.mjs --model "$MODEL_PATH" --data "$EVAL_DATA" --out "$PREDICTIONS"
evaluate:
  candidate-predictions: models/${name}/out/predictions.csv
  dataset: models/${name}/data
  label-column: label
  prediction-column: prediction
  score-column: proba
  id-column: date
  bootstrap-resamples: 200
  gates:
    accuracy:
      min_absolute_change: -0.5
deploy:
  target: directory
  directory: .serving/${name}
  health-check-command: node models/${name}/scripts/check-serving.mjs .serving/${name}
  health-check-count: 1
`;
const params = (trees: number) =>
  `seed: 42\nn_estimators: ${trees}\nmax_depth: 6\nmax_features: 0.8\nmax_samples: 200\nmin_samples_split: 4\nholdout_fraction: 0.2\n`;

/** Git checkouts to copy into a job's workspace: `main` (both models) and `pr` (a test merge commit). */
const trees: Record<string, string> = {};
beforeAll(async () => {
  gh = await startGitHubRepo(REPO, "mlops-workflow-runs-models-");
  const main = path.join(gh.tmp, "trees/main");
  for (const name of MODELS) {
    const dir = path.join(main, "models", name);
    copyExample(dir);
    rmSync(path.join(dir, ".github"), { recursive: true, force: true });
    for (const year of ["2013", "2014", "2015"])
      rmSync(path.join(dir, "data", `${year}.csv`), { force: true });
    writeFileSync(path.join(dir, "mlops.yml"), mlopsYml(name));
    writeFileSync(path.join(dir, "params.yml"), params(8));
  }
  writeFileSync(path.join(main, ".gitignore"), "node_modules\n.mlops\n.serving\nout\n");
  git(main, "init", "-q", "-b", "main");
  git(main, "config", "user.email", "dev@example.com");
  git(main, "config", "user.name", "dev");
  git(main, "add", "-A");
  git(main, "commit", "-q", "-m", "two models");
  // The pull request: wind's params change; GitHub tests the merge of the branch into main.
  const pr = path.join(gh.tmp, "trees/pr");
  cpSync(main, pr, { recursive: true });
  git(pr, "checkout", "-q", "-b", "wind-params");
  writeFileSync(path.join(pr, "models/wind/params.yml"), params(10));
  git(pr, "commit", "-q", "-am", "wind: more trees");
  git(pr, "checkout", "-q", "main");
  git(pr, "merge", "-q", "--no-ff", "-m", "Merge wind-params", "wind-params");
  Object.assign(trees, { main, pr });
});
afterAll(async () => {
  await gh?.close();
});

const checkout = (tree: string) => (dir: string) => {
  cpSync(trees[tree]!, dir, { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
};

/** Every leg of every job: no failed step. */
function allOk(jobs: Record<string, MatrixResult>) {
  for (const [name, job] of Object.entries(jobs))
    for (const { matrix, result } of job.legs)
      expect(notOk(result), `${name} ${JSON.stringify(matrix)}:\n${result.log.join("\n")}`).toEqual([]);
}
const legsOf = (job: MatrixResult) => job.legs.map((l) => l.matrix.model);

function registryIndex(model: string): { versions: unknown[]; aliases: Record<string, number> } {
  const g = gh.fake.state.repo(REPO).git;
  const head = g.refs.get("refs/heads/mlops-registry");
  const entry = head ? g.flatten(g.commit(head)!.tree).get(`models/${model}/index.json`) : undefined;
  return entry ? JSON.parse(g.blob(entry.sha)!.content.toString("utf8")) : { versions: [], aliases: {} };
}

describe("two models in one repository (models: auto), one fake GitHub", () => {
  it("continuous training runs one chain per model: each registered under its own name and deployed to staging", async () => {
    const jobs = await gh.run({
      workflow: "ml-continuous-training.yml",
      runId: "8001",
      checkout: checkout("main"),
      inputs: {
        models: "auto",
        "deploy-production": false,
        "train-runs-on": '{"group": "ml", "labels": ["gpu"]}',
      },
    });
    allOk(jobs);
    const planned = JSON.parse(jobs.plan!.outputs.models!) as Array<Record<string, string>>;
    expect(planned).toEqual(
      MODELS.map((m) => ({
        model: m,
        config: `models/${m}/mlops.yml`,
        "train-runs-on": '{"group":"ml","labels":["gpu"]}',
      })),
    );
    expect(jobs.plan!.log.join("\n")).toContain("a workflow_dispatch event runs every model");
    expect(legsOf(jobs.train!)).toEqual([...MODELS]);
    expect(legsOf(jobs.register!)).toEqual([...MODELS]);
    expect(legsOf(jobs.staging!)).toEqual([...MODELS]);
    expect(jobs.production!.result).toBe("skipped");
    // Each leg trained, evaluated and registered its own model, from its own mlops.yml.
    for (const [i, model] of MODELS.entries()) {
      const train = jobs.train!.legs[i]!.result;
      expect(train.outputs).toMatchObject({ passed: "true", verdict: "no-baseline", "model-name": "out" });
      const candidate = gh.artifacts.get(`8001/mlops-candidate-${model}`)!;
      expect(JSON.parse(readFileSync(path.join(candidate, "comparison.json"), "utf8")).model).toBe(model);
      const register = jobs.register!.legs[i]!.result;
      expect(register.steps.register!.outputs).toMatchObject({ version: "1", created: "true" });
      expect(registryIndex(model).versions).toHaveLength(1);
      expect(registryIndex(model).aliases).toEqual({ staging: 1 });
      expect(jobs.staging!.legs[i]!.result.outputs.version).toBe("1");
    }
    expect(JSON.parse(jobs.deploys!.outputs.staging!)).toEqual(
      MODELS.map((m) => ({ model: m, config: `models/${m}/mlops.yml`, version: "1" })),
    );
    const tags = [...gh.fake.state.repo(REPO).releases.values()].map((r) => r.tagName);
    expect(tags).toHaveLength(2);
    for (const model of MODELS)
      expect(
        tags.filter((t) => t.startsWith(`${model}-`)),
        model,
      ).toHaveLength(1);
    const deployments = [...gh.fake.state.repo(REPO).deployments.values()];
    expect(deployments.map((d) => d.environment)).toEqual(["staging", "staging"]);

    // Each model's jobs queue in their own concurrency groups, the train job on the runner group.
    const ct = loadWorkflow(path.join(WORKFLOWS, "ml-continuous-training.yml"));
    for (const job of ["train", "register", "staging", "production"]) {
      const groups = MODELS.map((model) =>
        interpolate((ct.jobs[job]!.concurrency as { group: string }).group, {
          github: {},
          inputs: { "staging-environment": "staging", "production-environment": "production" },
          matrix: { model },
        }),
      );
      expect(new Set(groups).size, job).toBe(2);
    }
  }, 600_000);

  it("a pull request changing wind runs wind alone, like for like against its staging v1; one comment and one check, wind's", async () => {
    const headSha = "a1".repeat(20);
    gh.fake.state.addPullRequest({ number: 3, headSha }, REPO);
    const merge = fakeSha("merge-zoo-3");
    const facts = { ...DEFAULT_FACTS, repository: REPO, runId: "8101", sha: merge, apiUrl: gh.fake.url };
    const pr = await gh.run({
      workflow: "ml-pull-request.yml",
      runId: "8101",
      sha: merge,
      ref: "refs/pull/3/merge",
      checkout: checkout("pr"),
      // Compared with what staging serves (this run deployed no production).
      inputs: { models: "auto", baseline: "staging" },
      event: pullRequestEvent({ number: 3, headSha }, facts),
    });
    allOk(pr);
    expect(pr.plan!.log.join("\n")).toContain("rain: no change in models/rain/** models/rain/mlops.yml");
    expect(legsOf(pr.model!)).toEqual(["wind"]);
    expect(pr.model!.outputs).toMatchObject({ verdict: "pass", passed: "true" });
    const comparison = JSON.parse(
      readFileSync(path.join(gh.artifacts.get("8101/mlops-pr-report-wind")!, "comparison.json"), "utf8"),
    );
    expect(comparison.model).toBe("wind");
    expect(comparison.evaluation.pairedOn).toBe("same-rows");
    expect(comparison.evaluation.baseline.rows).toBe(comparison.evaluation.candidate.rows);
    expect(gh.artifacts.has("8101/mlops-pr-report-rain")).toBe(false);

    const { comment } = await gh.run({
      workflow: "ml-pr-comment.yml",
      runId: "8102",
      inputs: { models: JSON.stringify(MODELS) },
      event: workflowRunEvent(
        { number: 3, headSha, triggeringRunId: 8101, conclusion: "success" },
        { ...DEFAULT_FACTS, repository: REPO, runId: "8102", apiUrl: gh.fake.url },
      ),
    });
    expect(legsOf(comment!)).toEqual([...MODELS]);
    // rain's leg finds no report (rain did not run) and posts nothing; wind's posts.
    const [rain, wind] = comment!.legs.map((l) => l.result);
    expect(rain!.steps.download!.outcome).toBe("failure");
    expect(rain!.steps.report!.outcome).toBe("skipped");
    expect(notOk(wind!), wind!.log.join("\n")).toEqual([]);
    const comments = gh.fake.state.comments(3, REPO);
    expect(comments.map((c) => c.body.split("\n")[0])).toEqual(["<!-- mlops-report:wind -->"]);
    const checks = [...gh.fake.state.repo(REPO).checkRuns.values()].filter((r) => r.headSha === headSha);
    expect(checks.map((c) => [c.name, c.conclusion])).toEqual([["mlops / wind", "success"]]);
  }, 600_000);
});
