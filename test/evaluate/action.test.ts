import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { readDocument, silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { runAction, type ActionResult } from "@mlops/testkit";

// The bundled evaluate-against-baseline action (actions/evaluate-against-baseline/dist/index.js)
// run as the runner runs it: INPUT_* env, GITHUB_OUTPUT, the job summary file, annotations.

const FIXTURES = path.resolve(import.meta.dirname, "../../packages/metrics/fixtures");
const expected = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8"));
let workspace: string;

beforeEach(async () => {
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-evaluate-action-"));
});

async function write(name: string, text: string): Promise<string> {
  const file = path.join(workspace, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
  return name;
}

/** Splits the two-model fixture into one predictions file per model, rows shuffled for the baseline. */
async function splitBinaryFixture(): Promise<void> {
  const [header, ...lines] = readFileSync(path.join(FIXTURES, "binary.csv"), "utf8").trim().split("\n");
  const cols = header!.split(",");
  const rows = lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
  const out = (s: string, list: typeof rows) =>
    [
      "id,label,score,prediction,size",
      ...list.map((r) => [r.id, r.label, r[`score_${s}`], r[`pred_${s}`], r.size].join(",")),
    ].join("\n") + "\n";
  await write("preds/candidate.csv", out("a", rows));
  await write("preds/baseline.csv", out("b", [...rows].reverse()));
}

function evaluate(inputs: Record<string, string>): Promise<ActionResult> {
  return runAction("evaluate-against-baseline", {
    cwd: workspace,
    inputs: { registry: "local", ...inputs },
    timeoutMs: 170_000, // against a hang only: under the test timeout, far above a run on a loaded machine
  });
}

async function comparison(r: ActionResult) {
  return readDocument("mlops.comparison", r.outputs.comparison!);
}

describe("evaluate-against-baseline (bundled action)", () => {
  it("passes when every gate passes, with outputs, the Comparison and a summary table", async () => {
    await write("cand.json", JSON.stringify({ accuracy: 0.91, val: { loss: 0.3 } }));
    await write("base.json", JSON.stringify({ accuracy: 0.9, val: { loss: 0.32 } }));
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
    await write("cand.json", JSON.stringify({ accuracy: 0.88 }));
    await write("base.json", JSON.stringify({ accuracy: 0.9 }));
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

  it("only reports with fail-on-gate: false", async () => {
    await write("cand.json", JSON.stringify({ rmse: 12 }));
    await write("base.json", JSON.stringify({ rmse: 10 }));
    const r = await evaluate({
      "candidate-metrics": "cand.json",
      baseline: "base.json",
      gates: "rmse: {min_absolute_change: 0}",
      "fail-on-gate": "false",
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe("fail");
  });

  it("gives no-baseline for the first model: absolute gates only, and says so", async () => {
    await write("cand.json", JSON.stringify({ accuracy: 0.91 }));
    const r = await evaluate({
      model: "weather",
      "candidate-metrics": "cand.json",
      baseline: "production",
      gates: "accuracy: {threshold: 0.9, min_absolute_change: 0.01}",
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: "true", verdict: "no-baseline", "baseline-version": "" });
    const c = await comparison(r);
    expect(c.baseline).toBeNull();
    expect(c.reasons.join("\n")).toMatch(
      /no baseline: the registry has no 'production' version of weather yet .*only absolute gates/,
    );
    const rules = c.metrics[0]!.gate!.rules;
    expect(rules[1]).toMatchObject({ rule: "min_absolute_change", actual: null, passed: true });
    expect(r.summary).toContain("no baseline");

    // …and an absolute gate still fails the first model
    const bad = await evaluate({
      model: "weather",
      "candidate-metrics": "cand.json",
      baseline: "none",
      gates: "accuracy: {threshold: 0.95}",
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.verdict).toBe("fail");
  });

  it("compares against the registry's production version", async () => {
    const registry = new LocalRegistry({
      root: path.join(workspace, ".mlops/registry"),
      logger: silentLogger,
    });
    await write("model/weights.bin", "v1");
    await registry.register({
      model: "weather",
      path: path.join(workspace, "model/weights.bin"),
      metrics: { accuracy: 0.8, f1: 0.7 },
    });
    await write("model/weights.bin", "v2");
    await registry.register({
      model: "weather",
      path: path.join(workspace, "model/weights.bin"),
      metrics: { accuracy: 0.95, f1: 0.9 },
    });
    await registry.setAlias("weather", "production", 1);
    await write("cand.json", JSON.stringify({ accuracy: 0.85, f1: 0.72 }));
    const r = await evaluate({
      model: "weather",
      "candidate-metrics": "cand.json",
      gates: "accuracy: {min_absolute_change: 0.02}",
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: "pass", "baseline-version": "1" });
    const c = await comparison(r);
    expect(c.baseline).toMatchObject({ version: 1, alias: "production" });
    expect(c.metrics.find((m) => m.name === "f1")).toMatchObject({ baseline: 0.7, status: "info" });
    const v2 = await evaluate({
      model: "weather",
      "candidate-metrics": "cand.json",
      baseline: "2",
      gates: "accuracy: {min_absolute_change: 0.02}",
    });
    expect(v2.exitCode).toBe(1);
    expect(v2.outputs["baseline-version"]).toBe("2");
  });

  it("reports a bad gates file at its line and column", async () => {
    await write("cand.json", JSON.stringify({ accuracy: 0.9 }));
    await write("gates.yml", "accuracy:\n  threshold: 0.8\nthroughput:\n  threshold: 100\n");
    const r = await evaluate({ "candidate-metrics": "cand.json", baseline: "none", gates: "gates.yml" });
    expect(r.exitCode).toBe(1);
    const error = r.annotations.find((a) => a.level === "error")!;
    expect(error.message).toMatch(
      /^gates\.yml line 3 column 1: gate 'throughput': greater_is_better is required/,
    );
    expect(error).toMatchObject({ file: "gates.yml", line: 3, col: 1 });
    expect(r.outputs.comparison).toBeUndefined();

    await write("gates2.yml", "accuracy:\n  threshold: 0.8\n  min_absolute_chnage: 0.1\n");
    const typo = await evaluate({ "candidate-metrics": "cand.json", baseline: "none", gates: "gates2.yml" });
    expect(typo.exitCode).toBe(1);
    expect(typo.annotations.find((a) => a.level === "error")!.message).toMatch(
      /^gates2\.yml line 3 column 3: gate 'accuracy': unknown key 'min_absolute_chnage'/,
    );
  });

  it("computes metrics, slices, paired intervals and DeLong's test from predictions joined by id", async () => {
    await splitBinaryFixture();
    const r = await evaluate({
      "candidate-predictions": "preds/candidate.csv",
      "baseline-predictions": "preds/baseline.csv",
      "id-column": "id",
      slices: "size",
      "bootstrap-resamples": "300",
      gates:
        "roc_auc:\n  min_absolute_change: 0\n  significance: 0.05\naccuracy:\n  threshold: 0.9\n  slices: true\n",
    });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    const c = await comparison(r);
    const auc = c.metrics.find((m) => m.name === "roc_auc" && !m.slice)!;
    expect(auc.candidate).toBeCloseTo(expected.binary.a.roc_auc, 12);
    expect(auc.baseline).toBeCloseTo(expected.binary.b.roc_auc, 12);
    expect(auc.test).toMatchObject({ name: "delong" });
    expect(auc.test!.pValue).toBeCloseTo(expected.binary.delong.pValue, 10);
    expect(auc.interval!.delta![0]).toBeLessThan(auc.delta!);
    expect(auc.gate!.rules.at(-1)).toMatchObject({ rule: "significance", passed: true });
    const slices = c.metrics.filter((m) => m.name === "accuracy" && m.slice);
    expect(slices.map((m) => m.slice!.value)).toEqual(["large", "medium", "small"]);
    const medium = slices.find((m) => m.slice!.value === "medium")!;
    expect(medium.candidate).toBeCloseTo(expected.binary.slices.medium.a.accuracy, 12);
    expect(medium.status).toBe("pass");
    expect(c.predictions).toMatchObject({ rows: 285, resamples: 300 });
    expect((c.predictions!.confusionMatrix as { matrix: number[][] }).matrix).toEqual(
      expected.binary.confusion_a,
    );
  });

  it("reads its defaults and gates from mlops.yml's evaluate section; inputs win", async () => {
    await write("cand.json", JSON.stringify({ accuracy: 0.9, latency_ms: 80 }));
    await write("base.json", JSON.stringify({ accuracy: 0.9, latency_ms: 70 }));
    await write(
      "mlops.yml",
      "model: weather\nevaluate:\n  baseline: base.json\n  candidate-metrics: cand.json\n  gates:\n    accuracy: { min_absolute_change: 0 }\n    latency_ms: { min_relative_change: -0.1 }\n",
    );
    const r = await evaluate({});
    expect(r.exitCode).toBe(1); // latency grew by 14% > 10%
    expect(r.outputs.verdict).toBe("fail");
    const c = await comparison(r);
    expect(c.model).toBe("weather");
    expect(c.metrics.find((m) => m.name === "latency_ms")).toMatchObject({
      status: "fail",
      greaterIsBetter: false,
    });
    const inline = await evaluate({ gates: "accuracy: {threshold: 0.5}" });
    expect(inline.exitCode).toBe(0);
  });

  it("mlops evaluate (the CLI) runs the same step and exits 1 on a failed gate", async () => {
    const { spawnSync } = await import("node:child_process");
    await write("cand.json", JSON.stringify({ f1: 0.7 }));
    await write("base.json", JSON.stringify({ f1: 0.75 }));
    const cli = path.resolve(import.meta.dirname, "../../packages/cli/dist/index.js");
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [
          cli,
          "-C",
          workspace,
          "evaluate",
          "--candidate-metrics",
          "cand.json",
          "--baseline",
          "base.json",
          ...args,
        ],
        {
          encoding: "utf8",
        },
      );
    const fail = run("--gates", "f1: {min_absolute_change: -0.01}");
    expect(fail.status).toBe(1);
    expect(fail.stderr).toMatch(/mlops: gates failed .*f1: min_absolute_change failed/);
    expect(fail.stdout).toContain("| f1 ↑ |");
    const ok = run("--gates", "f1: {min_absolute_change: -0.1}", "--outputs");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^passed=true$/m);
    expect(ok.stdout).toMatch(/^verdict=pass$/m);
  });

  it("names the file, line and column of a bad prediction value", async () => {
    await write("p.csv", "label,score\n1,0.9\n0,oops\n");
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
