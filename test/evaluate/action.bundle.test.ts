import { describe, expect, it } from "vitest";
import { readDocument } from "@mlops/core";
import { runAction, type ActionResult } from "@mlops/testkit";
import { useEvaluateFixture } from "./action-fixtures.js";

// The bundled evaluate-against-baseline action (actions/evaluate-against-baseline/dist/index.js)
// run as the runner runs it: INPUT_* env, GITHUB_OUTPUT, the job summary file, annotations, exit
// codes. A `*.bundle.test.ts` file: it runs in the bundled run (`npm run test:bundled`, after
// `npm test`), since it executes the bundle. Baselines (none, the registry's production, a
// version), a gates file's unknown key, predictions with slices and paired tests, mlops.yml and
// fail-on-gate: false are asserted on its main in-process:
// actions/evaluate-against-baseline/src/main.test.ts; `mlops evaluate` (the CLI) in-process in
// action.test.ts. Setup shared with that file: action-fixtures.ts.

const t = useEvaluateFixture();

function evaluate(inputs: Record<string, string>): Promise<ActionResult> {
  return runAction("evaluate-against-baseline", {
    cwd: t.workspace,
    inputs: { registry: "local", ...inputs },
    timeoutMs: 170_000, // against a hang only: under the test timeout, far above a run on a loaded machine
  });
}

async function comparison(r: ActionResult) {
  return readDocument("mlops.comparison", r.outputs.comparison!);
}

describe("evaluate-against-baseline (bundled action)", () => {
  it("passes when every gate passes, with outputs, the Comparison and a summary table", async () => {
    await t.write("cand.json", JSON.stringify({ accuracy: 0.91, val: { loss: 0.3 } }));
    await t.write("base.json", JSON.stringify({ accuracy: 0.9, val: { loss: 0.32 } }));
    const r = await evaluate({
      "candidate-metrics": "cand.json",
      baseline: "base.json",
      gates:
        "accuracy: {threshold: 0.85, min_absolute_change: -0.005}\nval.loss: {min_relative_change: 0.05}",
    });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: "true", verdict: "pass", "baseline-version": "" });
    const c = await comparison(r);
    expect(c.verdict).toBe("pass");
    const acc = c.metrics.find((m) => m.name === "accuracy")!;
    expect(acc).toMatchObject({ candidate: 0.91, baseline: 0.9, status: "pass", greaterIsBetter: true });
    expect(acc.gate!.rules.map((x) => [x.rule, x.operator, x.passed])).toEqual([
      ["threshold", ">=", true],
      ["min_absolute_change", ">=", true],
    ]);
    const loss = c.metrics.find((m) => m.name === "val.loss")!;
    expect(loss.gate!.rules[0]).toMatchObject({
      rule: "min_relative_change",
      operator: ">=",
      expected: 0.05,
      passed: true,
    });
    expect(loss.gate!.rules[0]!.actual).toBeCloseTo(0.02 / 0.32, 12);
    expect(r.summary).toContain("| accuracy ↑ |");
    expect(r.summary).toContain("✅ **pass**");
  });

  it("fails the step when a gate fails, after writing outputs and the Comparison", async () => {
    await t.write("cand.json", JSON.stringify({ accuracy: 0.88 }));
    await t.write("base.json", JSON.stringify({ accuracy: 0.9 }));
    const r = await evaluate({
      "candidate-metrics": "cand.json",
      baseline: "base.json",
      gates: "accuracy: {min_absolute_change: -0.005}",
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: "false", verdict: "fail" });
    expect(r.annotations.find((a) => a.level === "error")?.message).toMatch(
      /gates failed .*accuracy: min_absolute_change failed: accuracy Δ -0\.02 \(0\.9 → 0\.88\) not >= -0\.005/,
    );
    expect(r.stdout).not.toMatch(/at .*\.js:\d+/); // a user error: no stack trace
    const c = await comparison(r);
    expect(c.reasons[0]).toMatch(/^accuracy: min_absolute_change failed/);
    expect(r.summary).toContain("❌ **fail**");
  });

  it("reports a bad gates file at its line and column", async () => {
    await t.write("cand.json", JSON.stringify({ accuracy: 0.9 }));
    await t.write("gates.yml", "accuracy:\n  threshold: 0.8\nthroughput:\n  threshold: 100\n");
    const r = await evaluate({ "candidate-metrics": "cand.json", baseline: "none", gates: "gates.yml" });
    expect(r.exitCode).toBe(1);
    const error = r.annotations.find((a) => a.level === "error")!;
    expect(error.message).toMatch(
      /^gates\.yml line 3 column 1: gate 'throughput': greater_is_better is required/,
    );
    expect(error).toMatchObject({ file: "gates.yml", line: 3, col: 1 });
    expect(r.outputs.comparison).toBeUndefined();
  });

  it("names the file, line and column of a bad prediction value", async () => {
    await t.write("p.csv", "label,score\n1,0.9\n0,oops\n");
    const r = await evaluate({
      "candidate-predictions": "p.csv",
      baseline: "none",
      gates: "roc_auc: {threshold: 0.5}",
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === "error")!.message).toBe(
      `p.csv line 3 column 'score': expected a finite number, found "oops"`,
    );
  });
});
