import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate, loadWorkflow, type Contexts, type Job } from "./workflow-runner.js";

/*
 * The `plan` job of ml-pull-request.yml and ml-continuous-training.yml (and their GHES variants),
 * its "Models to run" script run under bash as written: which models run (one `model`; `models:
 * auto` finds models/<name>/mlops.yml; a JSON list), which of them a pull request or a push
 * changed (git diff against the merge base / `before`, each model's paths as git globs), and the
 * runner each trains on (`train-runs-on`: a label, a list, a runner group). Then the parsed
 * workflows: every job's `runs-on` and the train job's timeout, evaluated as GitHub would with
 * that plan. No action runs here (fast).
 */

const root = path.resolve(import.meta.dirname, "../..");
const FILES = [
  "ml-pull-request.yml",
  "ml-continuous-training.yml",
  "ml-pull-request-ghes.yml",
  "ml-continuous-training-ghes.yml",
] as const;
const load = (file: string) => loadWorkflow(path.join(root, ".github/workflows", file));
const TRAIN_JOB: Record<string, string> = {
  "ml-pull-request.yml": "model",
  "ml-pull-request-ghes.yml": "model",
  "ml-continuous-training.yml": "train",
  "ml-continuous-training-ghes.yml": "train",
};

const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-workflow-plan-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function script(file: string): string {
  const step = load(file).jobs.plan!.steps!.find((s) => s.name === "Models to run");
  if (!step?.run) throw new Error(`${file}: no "Models to run" step in jobs.plan`);
  return step.run;
}

interface Plan {
  status: number | null;
  models: Array<{ model: string; config: string; "train-runs-on": string }>;
  count: string;
  log: string;
}

const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
};

/** Runs the plan script of `file` in `cwd` with these inputs and event facts. */
function plan(file: string, cwd: string, env: Record<string, string>): Plan {
  const temp = path.join(tmp, `temp-${Math.random().toString(36).slice(2)}`);
  mkdirSync(temp);
  const output = path.join(temp, "output");
  writeFileSync(output, "");
  const r = spawnSync("bash", ["--noprofile", "--norc", "-e", "-c", script(file)], {
    cwd,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH ?? "",
      HOME: temp,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: output,
      MODEL: "",
      MODELS: "",
      CONFIG: "mlops.yml",
      CHANGED_ONLY: "true",
      RUNS_ON: "ubuntu-latest",
      TRAIN_RUNS_ON: "",
      EVENT_NAME: "workflow_dispatch",
      PR_BASE_SHA: "",
      PUSH_BEFORE: "",
      ...env,
    },
  });
  const out = Object.fromEntries(
    readFileSync(output, "utf8")
      .split("\n")
      .filter((l) => l.includes("="))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  return {
    status: r.status,
    models: out.models ? JSON.parse(out.models) : [],
    count: out.count ?? "",
    log: r.stdout + r.stderr,
  };
}

/**
 * A repository with three models: churn and ranker under models/<name>/, and legacy whose
 * mlops.yml sits in legacy/; lib/ is shared code. Commits: `base`, then `head` changing
 * ranker's params and a README; `merge`, a pull request's test merge commit of a branch that
 * changes lib/ onto `head`.
 */
const repo = path.join(tmp, "repo");
const shas: Record<string, string> = {};
beforeAll(() => {
  mkdirSync(repo);
  git(repo, "init", "-q", "-b", "main");
  git(repo, "config", "user.email", "t@example.com");
  git(repo, "config", "user.name", "t");
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };
  for (const name of ["churn", "ranker"]) {
    write(`models/${name}/mlops.yml`, `version: 1\nmodel: ${name}\n`);
    write(`models/${name}/params.yml`, "seed: 1\n");
  }
  write("models/README.md", "models\n");
  write("legacy/mlops.yml", "version: 1\nmodel: legacy\n");
  write("lib/features.py", "x = 1\n");
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "base");
  shas.base = git(repo, "rev-parse", "HEAD");
  write("models/ranker/params.yml", "seed: 2\n");
  write("README.md", "hello\n");
  git(repo, "commit", "-q", "-am", "ranker params");
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "readme");
  shas.head = git(repo, "rev-parse", "HEAD");
  git(repo, "checkout", "-q", "-b", "feature", shas.base);
  write("lib/features.py", "x = 2\n");
  git(repo, "commit", "-q", "-am", "lib");
  shas.feature = git(repo, "rev-parse", "HEAD");
  git(repo, "checkout", "-q", "main");
  git(repo, "merge", "-q", "--no-ff", "-m", "merge", "feature");
  shas.merge = git(repo, "rev-parse", "HEAD");
  git(repo, "checkout", "-q", shas.head);
});

const names = (p: Plan) => p.models.map((m) => m.model);

it("the plan script is the same in the four workflows", () => {
  for (const file of FILES) expect(script(file), file).toBe(script(FILES[0]));
});

// One workflow's copy is run (the script is the same in all four).
describe.each([[FILES[0]]])("%s: which models run", (file) => {
  it("one model (model:) always runs, with the config input, on runs-on", () => {
    const p = plan(file, tmp, { MODEL: "weather", CONFIG: "ml/mlops.yml", EVENT_NAME: "push" });
    expect(p.status, p.log).toBe(0);
    expect(p.models).toEqual([
      { model: "weather", config: "ml/mlops.yml", "train-runs-on": '"ubuntu-latest"' },
    ]);
    expect(p.count).toBe("1");
  });

  it("models: auto finds models/<name>/mlops.yml; a schedule or a dispatch runs them all", () => {
    const p = plan(file, repo, { MODELS: "auto", EVENT_NAME: "schedule" });
    expect(p.status, p.log).toBe(0);
    expect(p.models).toEqual([
      { model: "churn", config: "models/churn/mlops.yml", "train-runs-on": '"ubuntu-latest"' },
      { model: "ranker", config: "models/ranker/mlops.yml", "train-runs-on": '"ubuntu-latest"' },
    ]);
    expect(p.log).toContain("a schedule event runs every model");
  });

  it("a push runs only the models whose paths changed between before and after", () => {
    const p = plan(file, repo, { MODELS: "auto", EVENT_NAME: "push", PUSH_BEFORE: shas.base! });
    expect(p.status, p.log).toBe(0);
    expect(names(p)).toEqual(["ranker"]);
    expect(p.count).toBe("1");
    expect(p.log).toContain("churn: no change in models/churn/** models/churn/mlops.yml");
    // changed-only: false runs all; an unknown `before` (a force push) runs all, and says why.
    expect(
      names(
        plan(file, repo, {
          MODELS: "auto",
          EVENT_NAME: "push",
          PUSH_BEFORE: shas.base!,
          CHANGED_ONLY: "false",
        }),
      ),
    ).toEqual(["churn", "ranker"]);
    const unknown = plan(file, repo, { MODELS: "auto", EVENT_NAME: "push", PUSH_BEFORE: "e".repeat(40) });
    expect(names(unknown)).toEqual(["churn", "ranker"]);
    expect(unknown.log).toContain(`commit ${"e".repeat(40)} is not in the checkout: every model runs`);
    // A new branch (before = 0000…) has nothing to compare with.
    expect(
      names(plan(file, repo, { MODELS: "auto", EVENT_NAME: "push", PUSH_BEFORE: "0".repeat(40) })),
    ).toEqual(["churn", "ranker"]);
  });

  it("a JSON list: names, a config elsewhere, shared paths, per-model runners; nothing changed runs nothing", () => {
    const models = JSON.stringify([
      "churn",
      {
        name: "legacy",
        config: "legacy/mlops.yml",
        paths: ["legacy/**", "lib/**"],
        "train-runs-on": ["self-hosted", "gpu"],
      },
    ]);
    // The pull request's test merge commit: lib/ changed against the base it merges into (HEAD^1).
    git(repo, "checkout", "-q", shas.merge!);
    try {
      const pr = plan(file, repo, {
        MODELS: models,
        EVENT_NAME: "pull_request",
        PR_BASE_SHA: "f".repeat(40),
      });
      expect(pr.status, pr.log).toBe(0);
      expect(pr.models).toEqual([
        { model: "legacy", config: "legacy/mlops.yml", "train-runs-on": '["self-hosted","gpu"]' },
      ]);
    } finally {
      git(repo, "checkout", "-q", shas.head!);
    }
    // Not a merge commit: the event's base sha.
    const push = plan(file, repo, { MODELS: models, EVENT_NAME: "pull_request", PR_BASE_SHA: shas.base! });
    expect(names(push)).toEqual([]);
    expect(push.count).toBe("0");
  });

  it("refuses a bad list, a bad name, a missing config, a duplicate, model and models together", () => {
    const bad = (env: Record<string, string>, message: string) => {
      const p = plan(file, repo, env);
      expect(p.status, p.log).not.toBe(0);
      expect(p.log).toContain(message);
    };
    bad({ MODELS: "churn,ranker" }, "models: expected auto or a non-empty JSON list of names or");
    bad(
      { MODELS: '[{"name": "churn", "path": ["x"]}]' },
      "models: expected auto or a non-empty JSON list of names or",
    );
    bad({ MODELS: '["../etc"]' }, "models[0]: name '..?etc': use letters, digits");
    bad(
      { MODELS: '["nope"]' },
      "models[0] (nope): config 'models/nope/mlops.yml' is not a file of the repository",
    );
    bad({ MODELS: '[{"name": "x", "config": "../legacy/mlops.yml"}]' }, "is not a file of the repository");
    bad({ MODELS: '["churn", {"name": "churn"}]' }, "models: churn listed twice");
    bad({ MODELS: "auto", MODEL: "churn" }, "give model (one model) or models (several), not both");
    bad({}, "no model: give model (its registry name) or models");
    bad({ MODEL: "a b" }, "model 'a?b': use letters, digits");
    bad(
      { MODEL: "m", TRAIN_RUNS_ON: '{"group": "ml", "size": 4}' },
      "train-runs-on: expected a runner label, a JSON list of labels or a runner group",
    );
    bad({ MODEL: "m", TRAIN_RUNS_ON: "[]" }, "train-runs-on: expected a runner label");
  });
});

/** The contexts GitHub evaluates a job's runs-on and timeout-minutes with. */
function contexts(
  inputs: Record<string, unknown>,
  needs: Contexts["needs"],
  matrix: Record<string, unknown>,
) {
  return {
    github: {},
    inputs,
    needs,
    matrix,
    secrets: {},
    job: {},
    runner: {},
    vars: {},
    env: {},
    steps: {},
  };
}
function value(field: unknown, ctx: object): unknown {
  if (typeof field !== "string" || !field.includes("${{")) return field;
  const m = /^\$\{\{([\s\S]*)\}\}$/.exec(field.trim());
  if (!m) throw new Error(`not a single expression: ${field}`);
  return evaluate(m[1]!, ctx);
}

const RUNNERS = [
  "gpu-large",
  '"gpu-large"',
  '["self-hosted", "linux", "gpu"]',
  '{"group": "ml-runners", "labels": ["gpu"]}',
  "",
];
const plans = new Map<string, Plan>();
beforeAll(() => {
  for (const given of RUNNERS) {
    const p = plan(FILES[0], tmp, { MODEL: "m", RUNS_ON: "light-runner", TRAIN_RUNS_ON: given });
    if (p.status !== 0) throw new Error(p.log);
    plans.set(given, p);
  }
});

describe.each(FILES.map((f) => [f]))("%s: runs-on of every job", (file) => {
  const workflow = load(file);
  const defaults = Object.fromEntries(
    Object.entries(
      (workflow.on as { workflow_call: { inputs: Record<string, { default?: unknown }> } }).workflow_call
        .inputs,
    )
      .filter(([, i]) => i.default !== undefined)
      .map(([k, i]) => [k, i.default]),
  );

  it.each([
    ["a label", "gpu-large", "gpu-large"],
    ["a JSON label", '"gpu-large"', "gpu-large"],
    ["a list of labels", '["self-hosted", "linux", "gpu"]', ["self-hosted", "linux", "gpu"]],
    [
      "a runner group",
      '{"group": "ml-runners", "labels": ["gpu"]}',
      { group: "ml-runners", labels: ["gpu"] },
    ],
    ["nothing (runs-on)", "", "light-runner"],
  ])("train-runs-on %s: the train job there, every other job on runs-on", (_what, given, expected) => {
    const inputs = {
      ...defaults,
      model: "m",
      "runs-on": "light-runner",
      "train-runs-on": given,
      "train-timeout-minutes": 720,
    };
    const p = plans.get(given)!;
    const needs = {
      plan: { result: "success", outputs: { models: JSON.stringify(p.models), count: p.count } },
    };
    const train = TRAIN_JOB[file]!;
    for (const [name, job] of Object.entries(workflow.jobs) as Array<[string, Job]>) {
      const ctx = contexts(
        inputs,
        needs,
        name === train ? p.models[0]! : { model: "m", config: "mlops.yml", version: "1" },
      );
      const runsOn = value(job["runs-on"], ctx);
      if (name === train) {
        expect(runsOn, `${file} jobs.${name}`).toEqual(expected);
        expect(value(job["timeout-minutes"], ctx), `${file} jobs.${name}`).toBe(720);
      } else {
        expect(runsOn, `${file} jobs.${name}`).toBe("light-runner");
        expect(Number(job["timeout-minutes"]), `${file} jobs.${name}`).toBeLessThanOrEqual(60);
      }
    }
  });
});

describe(".github/workflows/README.md: the two-model caller example", () => {
  const readme = readFileSync(path.join(root, ".github/workflows/README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("## Several models in one repository"),
    readme.indexOf("## Bigger runners for training"),
  );
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
    (m) => parse(m[1]!) as Record<string, unknown>,
  );

  it("calls the three workflows with declared inputs only, granting every permission their jobs ask for", () => {
    const level = (v: unknown) => (v === "write" ? 2 : v === "read" ? 1 : 0);
    const called: string[] = [];
    for (const block of blocks) {
      for (const job of Object.values(block.jobs as Record<string, Record<string, unknown>>)) {
        const file = /\.github\/workflows\/([\w.-]+\.yml)@/.exec(String(job.uses))![1]!;
        called.push(file);
        const target = load(file);
        const declared = (target.on as { workflow_call: { inputs: Record<string, unknown> } }).workflow_call
          .inputs;
        expect(
          Object.keys(job.with as object).filter((k) => !(k in declared)),
          file,
        ).toEqual([]);
        const granted = job.permissions as Record<string, string>;
        for (const [name, j] of Object.entries(target.jobs))
          for (const [scope, wanted] of Object.entries((j.permissions ?? {}) as Record<string, string>))
            expect(level(granted[scope]), `${file} jobs.${name}: ${scope}`).toBeGreaterThanOrEqual(
              level(wanted),
            );
      }
    }
    expect(called.sort()).toEqual(["ml-continuous-training.yml", "ml-pr-comment.yml", "ml-pull-request.yml"]);
  });

  it("the models list shown is one the plan accepts (names, a config elsewhere, paths, a runner)", () => {
    const list = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    const dir = path.join(tmp, "readme-repo");
    for (const config of ["models/churn/mlops.yml", "ranking/mlops.yml"]) {
      mkdirSync(path.dirname(path.join(dir, config)), { recursive: true });
      writeFileSync(path.join(dir, config), "version: 1\n");
    }
    const p = plan(FILES[0], dir, { MODELS: list, EVENT_NAME: "schedule" });
    expect(p.status, p.log).toBe(0);
    expect(p.models).toEqual([
      { model: "churn", config: "models/churn/mlops.yml", "train-runs-on": '"ubuntu-latest"' },
      { model: "ranker", config: "ranking/mlops.yml", "train-runs-on": '["self-hosted","gpu"]' },
    ]);
  });
});
