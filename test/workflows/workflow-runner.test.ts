import { describe, expect, it } from "vitest";
import { evaluate, interpolate, ourAction, type Contexts } from "./workflow-runner.js";

// The expression subset the test runner understands must agree with GitHub's semantics for what
// our workflows use, or the workflow tests would prove nothing.
const ctx = {
  github: { event_name: "pull_request", event: { pull_request: { number: 7 } }, workspace: "/w" },
  inputs: { "mlops-ref": "", model: "m", cache: true },
  matrix: { trainer: "node" },
  needs: { train: { outputs: { passed: "true" }, result: "success" } },
  secrets: {},
  job: { workflow_sha: "abc" },
  runner: { temp: "/t" },
  vars: {},
  env: {},
  steps: { s: { outputs: { "drift-detected": "true", n: "" }, outcome: "success", conclusion: "success" } },
} as unknown as Contexts;
const ok = { failed: false };

describe("workflow-runner expressions", () => {
  it("|| and && return operands, as GitHub's do", () => {
    expect(evaluate("inputs.mlops-ref || job.workflow_sha", ctx, ok)).toBe("abc");
    expect(evaluate("inputs.model && matrix.trainer", ctx, ok)).toBe("node");
    expect(evaluate("steps.s.outputs.n || 'fallback'", ctx, ok)).toBe("fallback");
  });

  it("compares strings case-insensitively and across types loosely", () => {
    expect(evaluate("needs.train.outputs.passed == 'TRUE'", ctx, ok)).toBe(true);
    expect(evaluate("github.event.pull_request.number == '7'", ctx, ok)).toBe(true);
    expect(evaluate("steps.s.outputs.n != ''", ctx, ok)).toBe(false);
    expect(evaluate("inputs.cache", ctx, ok)).toBe(true);
  });

  it("reads missing properties as null and supports the status functions", () => {
    expect(evaluate("github.event.workflow_run.head_sha", ctx, ok)).toBe(null);
    expect(evaluate("always() && steps.s.outputs.drift-detected == 'true'", ctx, { failed: true })).toBe(
      true,
    );
    expect(evaluate("success()", ctx, { failed: true })).toBe(false);
    expect(evaluate("!(1 == 2) && (false || 'x')", ctx, ok)).toBe("x");
  });

  it("interpolates ${{ }} with format()", () => {
    expect(interpolate("a-${{ inputs.model }}-${{ format('{0}/r', runner.temp) }}", ctx)).toBe("a-m-/t/r");
    expect(() => evaluate("unknown.thing", ctx, ok)).toThrow(/unknown context/);
  });

  it("names our actions however a workflow refers to them", () => {
    expect(ourAction("./actions/train")).toBe("train");
    expect(ourAction("./.mlops-actions/actions/report-metrics")).toBe("report-metrics");
    expect(ourAction("OWNER/mlops-actions/actions/deploy-model@v1")).toBe("deploy-model");
    expect(ourAction("actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd")).toBe(null);
  });
});
