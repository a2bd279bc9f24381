import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

// The action contracts of the foundation issue: names are relied on by tests, docs and users.
const root = path.resolve(import.meta.dirname, "../..");
const CONTRACT: Record<string, { inputs: string[]; outputs: string[] }> = {
  "validate-data": {
    inputs: ["data", "format", "schema", "write-schema", "reference", "fail-on", "report"],
    outputs: ["passed", "report", "rows", "anomalies", "drift-detected", "drifted-columns"],
  },
  train: {
    inputs: [
      "command",
      "working-directory",
      "params",
      "metrics-file",
      "model-path",
      "data",
      "cache",
      "artifact-name",
      "timeout-minutes",
    ],
    outputs: [
      "model-path",
      "metrics",
      "metrics-file",
      "run-record",
      "fingerprint",
      "cache-hit",
      "artifact-id",
    ],
  },
  "evaluate-against-baseline": {
    inputs: [
      "model",
      "candidate-metrics",
      "candidate-predictions",
      "baseline",
      "baseline-predictions",
      "gates",
      "registry",
      "registry-path",
      "significance",
      "bootstrap-resamples",
    ],
    outputs: ["passed", "verdict", "comparison", "baseline-version"],
  },
  "register-model": {
    inputs: ["model", "model-path", "metrics", "run-record", "aliases", "tags", "registry", "registry-path"],
    outputs: ["version", "model-uri", "created"],
  },
  "deploy-model": {
    inputs: [
      "model",
      "version",
      "alias",
      "environment",
      "target",
      "command",
      "url",
      "directory",
      "health-check-command",
      "health-check-url",
      "rollback",
      "registry",
      "registry-path",
    ],
    outputs: ["deployment-id", "version", "previous-version", "rolled-back", "environment-url"],
  },
  "report-metrics": {
    inputs: [
      "comparison",
      "validation-report",
      "run-record",
      "comment",
      "summary",
      "check",
      "registry",
      "registry-path",
      "history",
      "token",
    ],
    outputs: ["comment-id", "comment-url", "check-run-id"],
  },
  "monitor-model": {
    inputs: [
      "model",
      "predictions",
      "labels",
      "id-column",
      "timestamp-column",
      "version-column",
      "prediction-column",
      "score-column",
      "label-column",
      "window",
      "config",
      "registry",
      "registry-path",
      "report-file",
      "summary-markdown-file",
      "github-token",
    ],
    outputs: ["degraded", "windows", "report", "summary-markdown", "reason"],
  },
};

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string }>;
  outputs: Record<string, { description?: string }>;
}

describe("runtime", () => {
  it("tests run on Node 24, like the actions", () => {
    expect(process.version).toMatch(/^v24\./);
  });
});

describe("action contracts", () => {
  it("has exactly the seven actions", () => {
    const actions = readdirSync(path.join(root, "actions")).filter((d) => !d.startsWith("."));
    expect(actions.sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  for (const [name, contract] of Object.entries(CONTRACT)) {
    const yml = parse(readFileSync(path.join(root, "actions", name, "action.yml"), "utf8")) as ActionYml;

    it(`${name} runs on node24 from its committed bundle`, () => {
      expect(yml.runs).toEqual({ using: "node24", main: "dist/index.js" });
    });

    it(`${name} declares every contract input and output, each described`, () => {
      for (const input of contract.inputs) expect(yml.inputs, `input ${input}`).toHaveProperty(input);
      for (const output of contract.outputs) expect(yml.outputs, `output ${output}`).toHaveProperty(output);
      for (const [key, spec] of [...Object.entries(yml.inputs), ...Object.entries(yml.outputs)]) {
        expect(spec.description, `${key} has a description`).toBeTruthy();
        expect(key).toMatch(/^[a-z][a-z0-9-]*$/);
      }
    });

    it(`${name} bundle fails with one line naming the missing input when given nothing`, () => {
      const tmp = mkdtempSync(path.join(os.tmpdir(), "contract-"));
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: "true",
        GITHUB_OUTPUT: path.join(tmp, "output"),
        GITHUB_STEP_SUMMARY: path.join(tmp, "summary"),
      };
      const result = spawnSync(process.execPath, [path.join(root, "actions", name, "dist/index.js")], {
        cwd: tmp,
        env,
        encoding: "utf8",
        timeout: 600_000, // against a hang only (no test depends on speed)
      });
      expect(result.status).toBe(1);
      const errors = result.stdout.split("\n").filter((l) => l.startsWith("::error"));
      expect(errors).toHaveLength(1);
      const message = errors[0]!.replace(/^::error::/, "");
      const named = contract.inputs.filter((input) => new RegExp(`\\b${input}\\b`).test(message));
      expect(named.length, `the error names a missing input: ${message}`).toBeGreaterThan(0);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
