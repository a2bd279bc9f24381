import path from "node:path";
import { describe, expect, it } from "vitest";
import { jobRuns, loadWorkflow, type Contexts } from "./workflow-runner.js";

/*
 * When ml-continuous-training.yml's deploy jobs run, decided by their `if:` as written in the
 * workflow file: only environments whose alias does not already name the registered version are
 * deployed (an identical re-run deploys nothing and asks no reviewer), production follows a
 * staging that deployed or already served the version, never a failed one, and never when the
 * caller says deploy-production: false.
 */

const workflow = loadWorkflow(
  path.resolve(import.meta.dirname, "../../.github/workflows/ml-continuous-training.yml"),
);
type Result = "success" | "failure" | "skipped";

function runs(
  job: "staging" | "production",
  o: { aliases?: string[]; staging?: Result; deployProduction?: boolean; register?: Result },
): boolean {
  const register = o.register ?? "success";
  const needs: Contexts["needs"] = {
    register: {
      result: register,
      outputs: register === "success" ? { version: "3", aliases: JSON.stringify(o.aliases ?? []) } : {},
    },
  };
  if (job === "production") needs.staging = { result: o.staging ?? "success", outputs: {} };
  const ctx = {
    github: {},
    inputs: {
      "staging-environment": "staging",
      "production-environment": "production",
      "deploy-production": o.deployProduction ?? true,
    },
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
    expect(runs("staging", { aliases: [] })).toBe(true);
    expect(runs("production", { aliases: [], staging: "success" })).toBe(true);
  });

  it("an identical re-run (both aliases already name the version) deploys nothing", () => {
    expect(runs("staging", { aliases: ["production", "staging"] })).toBe(false);
    expect(runs("production", { aliases: ["production", "staging"], staging: "skipped" })).toBe(false);
  });

  it("a version staging already serves but production does not (its deploy failed or waited) goes to production", () => {
    expect(runs("staging", { aliases: ["staging"] })).toBe(false);
    expect(runs("production", { aliases: ["staging"], staging: "skipped" })).toBe(true);
    // Environment names compare as GitHub's contains() does: case-insensitively.
    expect(runs("staging", { aliases: ["STAGING"] })).toBe(false);
  });

  it("never after a failed staging deploy, without a registered version, or with deploy-production: false", () => {
    expect(runs("production", { aliases: [], staging: "failure" })).toBe(false);
    expect(runs("staging", { register: "skipped" })).toBe(false);
    expect(runs("production", { register: "skipped", staging: "skipped" })).toBe(false);
    expect(runs("production", { aliases: [], staging: "success", deployProduction: false })).toBe(false);
  });
});
