import path from "node:path";
import { expect } from "vitest";

// The action contracts of the foundation issue: names are relied on by tests, docs and users.
// contracts.test.ts checks each action.yml against them and each action's main (in-process) given
// nothing; contracts.bundle.test.ts each bundle given nothing.
export const CONTRACT: Record<string, { inputs: string[]; outputs: string[] }> = {
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

/** The whole environment of a step given nothing: no input, only the runner's output files in `dir`. */
export function givenNothingEnv(dir: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: path.join(dir, "output"),
    GITHUB_STEP_SUMMARY: path.join(dir, "summary"),
  };
}

/**
 * A step of `action` given nothing failed with exit code 1 and one `::error::` line naming a
 * missing contract input, and no stack trace.
 */
export function expectFailsNamingMissingInput(
  action: string,
  result: { exitCode: number | null; stdout: string; stderr: string },
): void {
  expect(result.exitCode, result.stdout + result.stderr).toBe(1);
  const errors = result.stdout.split("\n").filter((l) => l.startsWith("::error"));
  expect(errors).toHaveLength(1);
  const message = errors[0]!.replace(/^::error::/, "");
  const named = CONTRACT[action]!.inputs.filter((input) => new RegExp(`\\b${input}\\b`).test(message));
  expect(named.length, `the error names a missing input: ${message}`).toBeGreaterThan(0);
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
}
