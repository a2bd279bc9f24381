import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "@mlops/core";
import {
  checkGate,
  defaultGreaterIsBetter,
  gatesFromValue,
  parseGates,
  readGates,
  type Gate,
} from "./gates.js";

function gate(metric: string, spec: Partial<Gate>): Gate {
  return {
    metric,
    threshold: null,
    minAbsoluteChange: null,
    minRelativeChange: null,
    significance: null,
    slices: false,
    greaterIsBetter: defaultGreaterIsBetter(metric) ?? true,
    ...spec,
  };
}

/** Runs a set of gates like mlflow.validate_evaluation_results; returns the names that failed. */
function validate(
  thresholds: Record<string, Partial<Gate>>,
  candidate: Record<string, number>,
  baseline: Record<string, number> | null,
): string[] {
  const failed: string[] = [];
  for (const [name, spec] of Object.entries(thresholds)) {
    const out = checkGate(gate(name, spec), { candidate: candidate[name], baseline: baseline?.[name] });
    if (out.status === "fail") failed.push(name);
  }
  return failed;
}

// MLflow's own cases, from tests/evaluate/test_validation.py (value threshold, min_absolute_change,
// min_relative_change; "should fail" and "should pass" parametrisations).
const acc = (extra: Partial<Gate>) => ({ greaterIsBetter: true, ...extra });
const low = (extra: Partial<Gate>) => ({ greaterIsBetter: false, ...extra });

describe("MLflow MetricThreshold cases", () => {
  const value = {
    accuracy: acc({ threshold: 0.9 }),
    f1_score: acc({ threshold: 0.8 }),
    log_loss: low({ threshold: 0.5 }),
    custom_l1_loss: low({ threshold: 0.3 }),
  };
  const pick = (...names: (keyof typeof value)[]) => Object.fromEntries(names.map((n) => [n, value[n]]));
  it.each([
    ["single_metric_not_satisfied_higher_better", pick("accuracy"), { accuracy: 0.8 }, ["accuracy"]],
    [
      "multiple_metrics_not_satisfied_higher_better",
      pick("accuracy", "f1_score"),
      { accuracy: 0.8, f1_score: 0.7 },
      ["accuracy", "f1_score"],
    ],
    [
      "single_metric_not_satisfied_lower_better",
      pick("custom_l1_loss"),
      { custom_l1_loss: 0.5 },
      ["custom_l1_loss"],
    ],
    ["missing_candidate_metric", pick("accuracy"), {}, ["accuracy"]],
    [
      "multiple_metrics_not_satisfied_lower_better",
      pick("custom_l1_loss", "log_loss"),
      { custom_l1_loss: 0.5, log_loss: 0.8 },
      ["custom_l1_loss", "log_loss"],
    ],
    [
      "multiple_metrics_not_all_satisfied",
      pick("accuracy", "f1_score", "log_loss"),
      { accuracy: 0.8, f1_score: 0.7, log_loss: 0.3 },
      ["accuracy", "f1_score"],
    ],
    ["equality_boundary", pick("accuracy", "log_loss"), { accuracy: 0.9, log_loss: 0.5 }, []],
    ["single_metric_satisfied_higher_better", pick("accuracy"), { accuracy: 0.91 }, []],
    ["single_metric_satisfied_lower_better", pick("log_loss"), { log_loss: 0.3 }, []],
    [
      "multiple_metrics_all_satisfied",
      pick("accuracy", "f1_score", "log_loss"),
      { accuracy: 0.9, f1_score: 0.8, log_loss: 0.3 },
      [],
    ],
  ])("value threshold: %s", (_name, thresholds, candidate, failed) => {
    expect(validate(thresholds, candidate, null)).toEqual(failed);
  });

  const abs = {
    accuracy: acc({ minAbsoluteChange: 0.1 }),
    f1_score: acc({ minAbsoluteChange: 0.15 }),
    log_loss: low({ minAbsoluteChange: 0.1 }),
    custom_l1_loss: low({ minAbsoluteChange: 0.15 }),
  };
  const a = (...names: (keyof typeof abs)[]) => Object.fromEntries(names.map((n) => [n, abs[n]]));
  it.each([
    [
      "single_metric_not_satisfied_higher_better",
      a("accuracy"),
      { accuracy: 0.79 },
      { accuracy: 0.7 },
      ["accuracy"],
    ],
    [
      "multiple_metrics_not_satisfied_higher_better",
      a("accuracy", "f1_score"),
      { accuracy: 0.79, f1_score: 0.8 },
      { accuracy: 0.7, f1_score: 0.7 },
      ["accuracy", "f1_score"],
    ],
    [
      "single_metric_not_satisfied_lower_better",
      a("custom_l1_loss"),
      { custom_l1_loss: 0.5 },
      { custom_l1_loss: 0.6 },
      ["custom_l1_loss"],
    ],
    [
      "multiple_metrics_not_satisfied_lower_better",
      a("custom_l1_loss", "log_loss"),
      { custom_l1_loss: 0.5, log_loss: 0.45 },
      { custom_l1_loss: 0.6, log_loss: 0.3 },
      ["custom_l1_loss", "log_loss"],
    ],
    [
      "equality_boundary",
      a("accuracy", "log_loss"),
      { accuracy: 0.8 + 1e-10, log_loss: 0.2 - 1e-10 },
      { accuracy: 0.7, log_loss: 0.3 },
      [],
    ],
    ["single_metric_satisfied_higher_better", a("accuracy"), { accuracy: 0.9 + 1e-2 }, { accuracy: 0.8 }, []],
    ["single_metric_satisfied_lower_better", a("log_loss"), { log_loss: 0.3 }, { log_loss: 0.4 + 1e-3 }, []],
    [
      "multiple_metrics_all_satisfied",
      a("accuracy", "f1_score", "log_loss"),
      { accuracy: 0.9, f1_score: 0.8, log_loss: 0.3 },
      { accuracy: 0.7, f1_score: 0.6, log_loss: 0.5 },
      [],
    ],
  ])("min_absolute_change: %s", (_name, thresholds, candidate, baseline, failed) => {
    expect(validate(thresholds, candidate, baseline)).toEqual(failed);
  });

  const rel = {
    accuracy: acc({ minRelativeChange: 0.1 }),
    f1_score: acc({ minRelativeChange: 0.15 }),
    log_loss: low({ minRelativeChange: 0.15 }),
    custom_l1_loss: low({ minRelativeChange: 0.1 }),
    metric_1: acc({ minRelativeChange: 0.1 }),
  };
  const r = (...names: (keyof typeof rel)[]) => Object.fromEntries(names.map((n) => [n, rel[n]]));
  it.each([
    [
      "single_metric_not_satisfied_higher_better",
      r("accuracy"),
      { accuracy: 0.75 },
      { accuracy: 0.7 },
      ["accuracy"],
    ],
    [
      "multiple_metrics_not_satisfied_higher_better",
      r("accuracy", "f1_score"),
      { accuracy: 0.53, f1_score: 0.8 },
      { accuracy: 0.5, f1_score: 0.7 },
      ["accuracy", "f1_score"],
    ],
    [
      "single_metric_not_satisfied_lower_better",
      r("custom_l1_loss"),
      { custom_l1_loss: 0.55 },
      { custom_l1_loss: 0.6 },
      ["custom_l1_loss"],
    ],
    [
      "multiple_metrics_not_satisfied_lower_better",
      r("custom_l1_loss", "log_loss"),
      { custom_l1_loss: 0.72 + 1e-3, log_loss: 0.27 + 1e-5 },
      { custom_l1_loss: 0.8, log_loss: 0.3 },
      ["custom_l1_loss", "log_loss"],
    ],
    ["baseline_metric_value_equals_0_fails", r("metric_1"), { metric_1: 0 }, { metric_1: 0 }, ["metric_1"]],
    [
      "equality_boundary",
      r("accuracy", "log_loss"),
      { accuracy: 0.77, log_loss: 0.3 * 0.85 - 1e-10 },
      { accuracy: 0.7, log_loss: 0.3 },
      [],
    ],
    [
      "single_metric_satisfied_higher_better",
      r("accuracy"),
      { accuracy: 0.99 + 1e-10 },
      { accuracy: 0.9 },
      [],
    ],
    ["single_metric_satisfied_lower_better", r("log_loss"), { log_loss: 0.3 }, { log_loss: 0.4 }, []],
    [
      "multiple_metrics_all_satisfied",
      r("accuracy", "f1_score", "log_loss"),
      { accuracy: 0.9, f1_score: 0.9, log_loss: 0.3 },
      { accuracy: 0.7, f1_score: 0.6, log_loss: 0.5 },
      [],
    ],
    ["baseline_metric_value_equals_0_succeeds", r("metric_1"), { metric_1: 1e-10 }, { metric_1: 0 }, []],
  ])("min_relative_change: %s", (_name, thresholds, candidate, baseline, failed) => {
    expect(validate(thresholds, candidate, baseline)).toEqual(failed);
  });

  it("MLflow's missing_baseline_metric case is `new` here, not a failure, and says so", () => {
    const out = checkGate(gate("custom_l1_loss", low({ minAbsoluteChange: 0.15 })), {
      candidate: 0.72,
      baseline: undefined,
    });
    expect(out.status).toBe("new");
    expect(out.rules[0]).toMatchObject({ rule: "min_absolute_change", passed: true, actual: null });
    expect(out.rules[0]!.message).toContain("not checked");
  });
});

describe("rule messages", () => {
  it("say the change in the metric's own direction, never 'improved by' a negative amount", () => {
    const ll = checkGate(gate("log_loss", { greaterIsBetter: false, minRelativeChange: -0.1 }), {
      candidate: 0.5468,
      baseline: 0.473525,
    });
    expect(ll.rules[0]!.passed).toBe(false);
    expect(ll.rules[0]!.message).toBe("log_loss Δ% +15.4744% (0.473525 → 0.5468) not <= +10%");
    const acc = checkGate(gate("accuracy", { minAbsoluteChange: -0.02 }), {
      candidate: 0.8,
      baseline: 0.7,
    });
    expect(acc.rules[0]!.message).toBe("accuracy Δ +0.1 (0.7 → 0.8) >= -0.02");
    for (const r of [...ll.rules, ...acc.rules]) {
      expect(r.message).not.toMatch(/improved by -|\+ -/);
    }
  });
});

describe("fixes over MLflow", () => {
  it("relative change is measured against |baseline| (MLflow's sign flips for negative metrics)", () => {
    // r2 improves from -0.5 to -0.4: a +20% relative gain. MLflow computes (−0.4+0.5)/−0.5 = −0.2 and fails.
    const out = checkGate(gate("r2", { minRelativeChange: 0.1 }), { candidate: -0.4, baseline: -0.5 });
    expect(out.status).toBe("pass");
    expect(out.rules[0]!.actual).toBeCloseTo(0.2, 12);
    // and a worse negative value is a negative change
    const worse = checkGate(gate("r2", { minRelativeChange: 0.1 }), { candidate: -0.6, baseline: -0.5 });
    expect(worse.status).toBe("fail");
    expect(worse.rules[0]!.actual).toBeCloseTo(-0.2, 12);
    // lower-is-better with a negative metric (a negative log-likelihood reported as a loss)
    const ll = checkGate(gate("nll_loss", { minRelativeChange: 0.1 }), { candidate: -1.2, baseline: -1.0 });
    expect(ll.status).toBe("pass");
  });

  it.each([
    // [metric, spec, candidate, baseline, status]
    ["accuracy", { minAbsoluteChange: -0.005 }, 0.896, 0.9, "pass"], // dropped 0.004 ≤ 0.005
    ["accuracy", { minAbsoluteChange: -0.005 }, 0.894, 0.9, "fail"], // dropped 0.006
    ["accuracy", { minAbsoluteChange: 0 }, 0.9, 0.9, "pass"], // "no worse than"
    ["accuracy", { minAbsoluteChange: 0 }, 0.8999, 0.9, "fail"],
    ["rmse", { minAbsoluteChange: -0.5 }, 10.4, 10, "pass"], // rmse may grow by 0.5
    ["rmse", { minAbsoluteChange: -0.5 }, 10.6, 10, "fail"],
    ["accuracy", { minRelativeChange: -0.01 }, 0.892, 0.9, "pass"], // −0.89% ≥ −1%
    ["accuracy", { minRelativeChange: -0.01 }, 0.89, 0.9, "fail"],
    ["mae", { minRelativeChange: -0.05 }, 2.09, 2, "pass"], // 4.5% worse, 5% tolerated
    ["mae", { minRelativeChange: -0.05 }, 2.11, 2, "fail"],
    ["accuracy", { minRelativeChange: -0.05 }, 0, 0, "pass"], // from 0, a margin of 0: not worse
    ["accuracy", { minRelativeChange: -0.05 }, -1e-12, 0, "fail"],
  ] as const)("negative margins: %s %j candidate %d baseline %d → %s", (metric, spec, c, b, status) => {
    expect(checkGate(gate(metric, spec), { candidate: c, baseline: b }).status).toBe(status);
  });

  it("NaN or infinite candidate fails; a NaN baseline fails the change rule", () => {
    expect(
      checkGate(gate("accuracy", { threshold: 0.5 }), { candidate: NaN, baseline: 0.5 }).rules[0],
    ).toMatchObject({
      rule: "finite",
      passed: false,
    });
    expect(
      checkGate(gate("loss", { threshold: 1 }), { candidate: Infinity, baseline: undefined }).status,
    ).toBe("fail");
    const out = checkGate(gate("accuracy", { minAbsoluteChange: 0 }), { candidate: 0.5, baseline: NaN });
    expect(out.status).toBe("fail");
  });

  it("every rule row records rule, operator and both values", () => {
    const out = checkGate(
      gate("log_loss", { threshold: 0.5, minAbsoluteChange: 0.01, minRelativeChange: 0.02 }),
      {
        candidate: 0.4,
        baseline: 0.45,
      },
    );
    expect(out.rules).toEqual([
      expect.objectContaining({
        rule: "threshold",
        operator: "<=",
        expected: 0.5,
        actual: 0.4,
        passed: true,
      }),
      expect.objectContaining({
        rule: "min_absolute_change",
        operator: "<=",
        expected: 0.45 - 0.01,
        actual: 0.4,
      }),
      expect.objectContaining({ rule: "min_relative_change", operator: ">=", expected: 0.02 }),
    ]);
    expect(out.rules[2]!.actual).toBeCloseTo(0.05 / 0.45, 12);
  });

  it("a significance rule uses the one-sided p-value against the margin", () => {
    const margins: number[] = [];
    const sig = (margin: number) => {
      margins.push(margin);
      return { pValue: 0.01, method: "test" };
    };
    const g = gate("accuracy", { minAbsoluteChange: -0.01, minRelativeChange: 0.001, significance: 0.05 });
    const out = checkGate(g, { candidate: 0.91, baseline: 0.9, significance: sig });
    expect(margins[0]).toBeCloseTo(0.0009, 12); // the stricter of −0.01 and 0.001 × 0.9
    expect(out.rules.at(-1)).toMatchObject({
      rule: "significance",
      operator: "<",
      expected: 0.05,
      actual: 0.01,
      passed: true,
    });
    const weak = checkGate(g, {
      candidate: 0.91,
      baseline: 0.9,
      significance: () => ({ pValue: 0.2, method: "t" }),
    });
    expect(weak.status).toBe("fail");
    // Without paired predictions the rule fails (it is not an input error), saying what to add.
    const unpaired = checkGate(g, { candidate: 0.91, baseline: 0.9, significance: null });
    expect(unpaired.status).toBe("fail");
    expect(unpaired.rules.at(-1)).toMatchObject({ rule: "significance", passed: false, actual: null });
    expect(unpaired.rules.at(-1)!.message).toMatch(/predictions on the same rows: add a predict: command/);
    const told = checkGate(g, { candidate: 0.91, baseline: 0.9, significance: null, unpaired: "do X" });
    expect(told.rules.at(-1)!.message).toMatch(/on the same rows: do X$/);
  });
});

describe("direction symmetry", () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  it("lower-is-better on (c, b, t) equals greater-is-better on (−c, −b, −t)", () => {
    fc.assert(
      fc.property(
        finite,
        fc.option(finite, { nil: undefined }),
        fc.option(finite, { nil: null }),
        fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: null }),
        fc.option(fc.double({ min: -1, max: 5, noNaN: true }), { nil: null }),
        (c, b, t, abs, rel) => {
          const spec = { threshold: t, minAbsoluteChange: abs, minRelativeChange: rel };
          const down = checkGate(gate("m", { ...spec, greaterIsBetter: false }), {
            candidate: c,
            baseline: b,
          });
          const up = checkGate(
            gate("m", { ...spec, threshold: t === null ? null : -t, greaterIsBetter: true }),
            {
              candidate: -c,
              baseline: b === undefined ? undefined : -b,
            },
          );
          expect(up.status).toBe(down.status);
          expect(up.rules.map((r) => [r.rule, r.passed])).toEqual(down.rules.map((r) => [r.rule, r.passed]));
        },
      ),
      { numRuns: 2000, verbose: 1 },
    );
  });

  it("a better candidate never fails where a worse one passes (monotone)", () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        fc.double({ min: 0, max: 100, noNaN: true }),
        finite,
        fc.boolean(),
        fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: null }),
        fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: null }),
        (c, b, step, t, up, abs, rel) => {
          const g = gate("m", {
            threshold: t,
            minAbsoluteChange: abs,
            minRelativeChange: rel,
            greaterIsBetter: up,
          });
          const worse = checkGate(g, { candidate: c, baseline: b });
          const better = checkGate(g, { candidate: up ? c + step : c - step, baseline: b });
          if (worse.status === "pass") expect(better.status).toBe("pass");
        },
      ),
      { numRuns: 2000, verbose: 1 },
    );
  });
});

describe("defaults and parsing", () => {
  it.each([
    ["accuracy", true],
    ["val.accuracy", true],
    ["val_acc", true],
    ["f1_macro", true],
    ["roc_auc_ovr", true],
    ["auc", true],
    ["r2", true],
    ["precision", true],
    ["recall_weighted", true],
    ["loss", false],
    ["val_loss", false],
    ["log_loss", false],
    ["rmse", false],
    ["mae", false],
    ["mape", false],
    ["latency_ms", false],
    ["p95_latency", false],
    ["throughput", undefined],
    ["accuracy_loss", undefined],
  ] as const)("%s → %s", (name, expected) => {
    expect(defaultGreaterIsBetter(name)).toBe(expected);
  });

  it("reads inline YAML with MLflow's keys", async () => {
    const gates = await readGates(
      "accuracy: {threshold: 0.8, min_absolute_change: -0.005}\nrmse: {min_relative_change: 0.01}",
    );
    expect(gates).toEqual([
      expect.objectContaining({
        metric: "accuracy",
        threshold: 0.8,
        minAbsoluteChange: -0.005,
        greaterIsBetter: true,
      }),
      expect.objectContaining({ metric: "rmse", minRelativeChange: 0.01, greaterIsBetter: false }),
    ]);
  });

  it("an unknown metric without greater_is_better is an error at its line and column", async () => {
    const text = "accuracy:\n  threshold: 0.8\nthroughput:\n  threshold: 100\n";
    const error = await parseGates(text, "gates.yml").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toMatch(
      /^gates\.yml line 3 column 1: gate 'throughput': greater_is_better is required/,
    );
    expect((error as ConfigurationError).location).toEqual({ file: "gates.yml", line: 3, column: 1 });
  });

  it.each([
    [
      "accuracy: {treshold: 0.8}",
      /line 1 column 12: gate 'accuracy': unknown key 'treshold'; expected one of: threshold/,
    ],
    [
      "accuracy:\n  threshold: high",
      /line 2 column 14: gate 'accuracy': threshold: expected a finite number, found "high"/,
    ],
    ["accuracy: {threshold: .nan}", /threshold: expected a finite number/],
    ["accuracy: {significance: 5}", /significance: expected a level between 0 and 1/],
    ["accuracy: {greater_is_better: yes}", /greater_is_better: expected true or false, found "yes"/],
    ["accuracy: {higher_is_better: true, threshold: 1}", /MLflow's deprecated name; write greater_is_better/],
    ["accuracy: {}", /no rule/],
    ["accuracy: 0.8", /expected a mapping with threshold/],
    ["- accuracy", /expected a mapping of metric name to gate/],
    ["accuracy: {threshold: 0.8", /invalid YAML/],
    ["accuracy: {min_relative_change: -2}", /expected a fraction ≥ -1/],
  ])("rejects %j", async (text, message) => {
    await expect(parseGates(text, "gates.yml")).rejects.toThrow(message);
  });

  it("reads a gates file and names a missing one", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const dir = await mkdtemp((await import("node:os")).tmpdir() + "/gates-");
    await writeFile(`${dir}/gates.yml`, "auc:\n  min_absolute_change: 0.01\n  significance: 0.05\n");
    const gates = await readGates("gates.yml", { cwd: dir });
    expect(gates[0]).toMatchObject({ metric: "auc", minAbsoluteChange: 0.01, significance: 0.05 });
    await expect(readGates("nope.yml", { cwd: dir })).rejects.toThrow(/nope\.yml: file not found/);
  });

  it("validates an already-parsed mapping (mlops.yml evaluate.gates)", () => {
    expect(() => gatesFromValue({ speed: { threshold: 1 } }, "mlops.yml")).toThrow(
      /greater_is_better is required/,
    );
    expect(
      gatesFromValue({ speed: { threshold: 1, greater_is_better: true } }, "mlops.yml")[0]!.greaterIsBetter,
    ).toBe(true);
  });
});
