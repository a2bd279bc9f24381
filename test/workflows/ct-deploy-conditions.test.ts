import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { jobRuns, loadWorkflow, type Contexts } from "./workflow-runner.js";

/*
 * When ml-continuous-training.yml deploys, as written in the workflow file: the `deploys` job's
 * script (run under bash) reads what each model's register leg recorded and lists, per
 * environment, the models whose alias does not already name the registered version (an
 * identical re-run deploys nothing and asks no reviewer); the `if:` of the staging and
 * production jobs (evaluated by GitHub's expression engine) then runs them over those lists:
 * production after a staging that deployed or already served the version, never after a failed
 * staging, and never when the caller says deploy-production: false. Fast: no action runs.
 */

const workflow = loadWorkflow(
  path.resolve(import.meta.dirname, "../../.github/workflows/ml-continuous-training.yml"),
);
const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-ct-deploys-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
type Result = "success" | "failure" | "skipped";

interface Registered {
  model: string;
  version: string;
  aliases: string[];
}

let runs = 0;
/** The deploys job's "Environments to deploy to" script over these registered versions. */
function deploys(registered: Registered[], deployProduction = true) {
  const temp = path.join(tmp, String(++runs));
  mkdirSync(path.join(temp, "mlops-registered"), { recursive: true });
  for (const r of registered)
    writeFileSync(
      path.join(temp, "mlops-registered", `${r.model}.json`),
      JSON.stringify({ ...r, config: `models/${r.model}/mlops.yml` }),
    );
  const output = path.join(temp, "output");
  writeFileSync(output, "");
  const step = workflow.jobs.deploys!.steps!.find((s) => s.name === "Environments to deploy to")!;
  const r = spawnSync("bash", ["--noprofile", "--norc", "-e", "-c", step.run!], {
    encoding: "utf8",
    env: {
      PATH: process.env.PATH ?? "",
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: output,
      STAGING: "staging",
      PRODUCTION: "production",
      DEPLOY_PRODUCTION: String(deployProduction),
    },
  });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  const out = Object.fromEntries(
    readFileSync(output, "utf8")
      .split("\n")
      .filter((l) => l.includes("="))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  const names = (list: string) =>
    (JSON.parse(list) as Array<{ model: string; version: string }>).map((e) => `${e.model} v${e.version}`);
  return { staging: names(out.staging!), production: names(out.production!), outputs: out };
}

/** Whether the staging or production job starts, given the deploys job's lists. */
function starts(
  job: "staging" | "production",
  o: { staging?: string[]; production?: string[]; stagingResult?: Result; deploysResult?: Result },
): boolean {
  const list = (names: string[] = []) => JSON.stringify(names.map((model) => ({ model, version: "3" })));
  const needs: Contexts["needs"] = {
    deploys: {
      result: o.deploysResult ?? "success",
      outputs: { staging: list(o.staging), production: list(o.production) },
    },
  };
  if (job === "production") needs.staging = { result: o.stagingResult ?? "success", outputs: {} };
  const ctx = {
    github: {},
    inputs: { "staging-environment": "staging", "production-environment": "production" },
    matrix: {},
    needs,
    secrets: {},
    job: {},
    runner: {},
    vars: {},
    env: {},
    steps: {},
  } as Contexts;
  return jobRuns(workflow.jobs[job]!, ctx);
}

describe("ml-continuous-training.yml: which environments a run deploys to", () => {
  it("a new version goes to staging, then production", () => {
    expect(deploys([{ model: "m", version: "3", aliases: [] }])).toMatchObject({
      staging: ["m v3"],
      production: ["m v3"],
    });
    expect(starts("staging", { staging: ["m"], production: ["m"] })).toBe(true);
    expect(starts("production", { staging: ["m"], production: ["m"], stagingResult: "success" })).toBe(true);
  });

  it("an identical re-run (both aliases already name the version) deploys nothing", () => {
    expect(deploys([{ model: "m", version: "3", aliases: ["production", "staging"] }])).toMatchObject({
      staging: [],
      production: [],
    });
    expect(starts("staging", {})).toBe(false);
    expect(starts("production", { stagingResult: "skipped" })).toBe(false);
  });

  it("a version staging already serves but production does not (its deploy failed or waited) goes to production", () => {
    expect(deploys([{ model: "m", version: "3", aliases: ["staging"] }])).toMatchObject({
      staging: [],
      production: ["m v3"],
    });
    expect(starts("staging", { production: ["m"] })).toBe(false);
    expect(starts("production", { production: ["m"], stagingResult: "skipped" })).toBe(true);
    // Environment names compare as GitHub's contains() does: case-insensitively.
    expect(deploys([{ model: "m", version: "3", aliases: ["STAGING"] }]).staging).toEqual([]);
  });

  it("never after a failed staging deploy, without a registered version, or with deploy-production: false", () => {
    expect(starts("production", { staging: ["m"], production: ["m"], stagingResult: "failure" })).toBe(false);
    expect(deploys([])).toMatchObject({ staging: [], production: [] });
    expect(starts("staging", { staging: ["m"], deploysResult: "skipped" })).toBe(false);
    expect(
      starts("production", { production: ["m"], deploysResult: "skipped", stagingResult: "skipped" }),
    ).toBe(false);
    expect(deploys([{ model: "m", version: "3", aliases: [] }], false)).toMatchObject({
      staging: ["m v3"],
      production: [],
    });
  });

  it("several models: each environment lists only the models it does not serve yet, in name order", () => {
    const lists = deploys([
      { model: "wind", version: "2", aliases: ["staging"] },
      { model: "rain", version: "5", aliases: [] },
      { model: "sun", version: "1", aliases: ["production", "staging"] },
    ]);
    expect(lists).toMatchObject({ staging: ["rain v5"], production: ["rain v5", "wind v2"] });
    expect(JSON.parse(lists.outputs.staging!)).toEqual([
      { model: "rain", config: "models/rain/mlops.yml", version: "5" },
    ]);
  });

  it("the deploys job runs after any register leg ran (one model's failure stops no other), not when register was skipped", () => {
    const deploysStarts = (register: Result) =>
      jobRuns(workflow.jobs.deploys!, {
        github: {},
        inputs: {},
        matrix: {},
        needs: { plan: { result: "success", outputs: {} }, register: { result: register, outputs: {} } },
        secrets: {},
        job: {},
        runner: {},
        vars: {},
        env: {},
        steps: {},
      });
    expect(deploysStarts("success")).toBe(true);
    expect(deploysStarts("failure")).toBe(true);
    expect(deploysStarts("skipped")).toBe(false);
  });
});
