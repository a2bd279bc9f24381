import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument, silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { memoryActionIO, runMain, type MemoryActionIO } from "@mlops/testkit";
import { main } from "./main.js";

// evaluate-against-baseline's main in-process over an in-memory StepIO: its verdicts, baselines
// (none, the registry's production, a version), gates files, predictions with slices and paired
// tests, mlops.yml. The bundle as the runner runs it (outputs, annotations, exit codes):
// test/evaluate/action.bundle.test.ts.

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-evaluate-main-"));
  writeFileSync(path.join(dir, "candidate.json"), JSON.stringify({ accuracy: 0.8 }));
  writeFileSync(path.join(dir, "baseline.json"), JSON.stringify({ accuracy: 0.9 }));
  return dir;
}

const inputs = {
  "candidate-metrics": "candidate.json",
  baseline: "baseline.json",
  gates: "accuracy:\n  min_absolute_change: -0.01\n",
};

describe("evaluate-against-baseline main", () => {
  it("a failed gate fails the step (StepFailed) after the outputs, the Comparison and the summary", async () => {
    const dir = workspace();
    const io = memoryActionIO(inputs);
    await runMain(main, io, dir);
    expect(io.outputs).toMatchObject({ passed: "false", verdict: "fail", "baseline-version": "" });
    expect(existsSync(path.resolve(dir, io.outputs.comparison!))).toBe(true);
    expect(io.summary).not.toBe("");
    expect(io.failed?.message).toMatch(/^gates failed \(1 rule\(s\)\): /);
    expect(io.failed?.exitCode).toBe(1);
  });

  it("fail-on-gate: false reports the failed gate without failing the step", async () => {
    const io = memoryActionIO({ ...inputs, "fail-on-gate": "false" });
    await runMain(main, io, workspace());
    expect(io.outputs.verdict).toBe("fail");
    expect(io.failed).toBeNull();
  });

  it("passes a candidate that meets its gates", async () => {
    const io = memoryActionIO({ ...inputs, gates: "accuracy:\n  min_absolute_change: -0.2\n" });
    await runMain(main, io, workspace());
    expect(io.outputs).toMatchObject({ passed: "true", verdict: "pass" });
    expect(io.failed).toBeNull();
  });

  it("without candidate metrics or predictions it fails at once, as the user's mistake", async () => {
    const io = memoryActionIO({ baseline: "baseline.json" });
    await runMain(main, io, workspace());
    expect(io.failed?.message).toMatch(/^the candidate needs metrics: give candidate-metrics/);
    expect(io.outputs).toEqual({});
  });
});

// --- what test/evaluate's bundled runs asserted, in-process (a bundled run costs a Node process) ---

const FIXTURES = path.resolve(import.meta.dirname, "../../../packages/metrics/fixtures");
const expected = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8"));

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return name;
}

/** main in `dir` (mlops.yml is read from the working directory, as on a runner), registry local. */
async function evaluate(dir: string, given: Record<string, string>): Promise<MemoryActionIO> {
  const io = memoryActionIO({ registry: "local", ...given });
  await runMain(main, io, dir);
  return io;
}
const comparison = (dir: string, io: MemoryActionIO) =>
  readDocument("mlops.comparison", path.resolve(dir, io.outputs.comparison!));

describe("evaluate-against-baseline main: baselines, gates files, predictions, mlops.yml", () => {
  it("gives no-baseline for the first model: absolute gates only, and says so", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-evaluate-main-"));
    write(dir, "cand.json", JSON.stringify({ accuracy: 0.91 }));
    const io = await evaluate(dir, {
      model: "weather",
      "candidate-metrics": "cand.json",
      baseline: "production",
      gates: "accuracy: {threshold: 0.9, min_absolute_change: 0.01}",
    });
    expect(io.failed).toBeNull();
    expect(io.outputs).toMatchObject({ passed: "true", verdict: "no-baseline", "baseline-version": "" });
    const c = await comparison(dir, io);
    expect(c.baseline).toBeNull();
    expect(c.reasons.join("\n")).toMatch(
      /no baseline: the registry has no 'production' version of weather yet .*only absolute gates/,
    );
    const rules = c.metrics[0]!.gate!.rules;
    expect(rules[1]).toMatchObject({ rule: "min_absolute_change", actual: null, passed: true });
    expect(io.summary).toContain("no baseline");

    // …and an absolute gate still fails the first model
    const bad = await evaluate(dir, {
      model: "weather",
      "candidate-metrics": "cand.json",
      baseline: "none",
      gates: "accuracy: {threshold: 0.95}",
    });
    expect(bad.failed?.exitCode).toBe(1);
    expect(bad.outputs.verdict).toBe("fail");
  });

  it("compares against the registry's production version", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-evaluate-main-"));
    const registry = new LocalRegistry({ root: path.join(dir, ".mlops/registry"), logger: silentLogger });
    write(dir, "model/weights.bin", "v1");
    await registry.register({
      model: "weather",
      path: path.join(dir, "model/weights.bin"),
      metrics: { accuracy: 0.8, f1: 0.7 },
    });
    write(dir, "model/weights.bin", "v2");
    await registry.register({
      model: "weather",
      path: path.join(dir, "model/weights.bin"),
      metrics: { accuracy: 0.95, f1: 0.9 },
    });
    await registry.setAlias("weather", "production", 1);
    write(dir, "cand.json", JSON.stringify({ accuracy: 0.85, f1: 0.72 }));
    const io = await evaluate(dir, {
      model: "weather",
      "candidate-metrics": "cand.json",
      gates: "accuracy: {min_absolute_change: 0.02}",
    });
    expect(io.failed).toBeNull();
    expect(io.outputs).toMatchObject({ verdict: "pass", "baseline-version": "1" });
    const c = await comparison(dir, io);
    expect(c.baseline).toMatchObject({ version: 1, alias: "production" });
    expect(c.metrics.find((m) => m.name === "f1")).toMatchObject({ baseline: 0.7, status: "info" });
    const v2 = await evaluate(dir, {
      model: "weather",
      "candidate-metrics": "cand.json",
      baseline: "2",
      gates: "accuracy: {min_absolute_change: 0.02}",
    });
    expect(v2.failed?.exitCode).toBe(1);
    expect(v2.outputs["baseline-version"]).toBe("2");
  });

  it("names an unknown key of a gates file at its line and column", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-evaluate-main-"));
    write(dir, "cand.json", JSON.stringify({ accuracy: 0.9 }));
    write(dir, "gates2.yml", "accuracy:\n  threshold: 0.8\n  min_absolute_chnage: 0.1\n");
    const typo = await evaluate(dir, {
      "candidate-metrics": "cand.json",
      baseline: "none",
      gates: "gates2.yml",
    });
    expect(typo.failed?.message).toMatch(
      /^gates2\.yml line 3 column 3: gate 'accuracy': unknown key 'min_absolute_chnage'/,
    );
    expect(typo.failed?.location).toMatchObject({ file: "gates2.yml", line: 3 });
    expect(typo.outputs.comparison).toBeUndefined();
  });

  it("computes metrics, slices, paired intervals and DeLong's test from predictions joined by id", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-evaluate-main-"));
    // The two-model fixture split into one predictions file per model, rows shuffled for the baseline.
    const [header, ...lines] = readFileSync(path.join(FIXTURES, "binary.csv"), "utf8").trim().split("\n");
    const cols = header!.split(",");
    const rows = lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
    const out = (s: string, list: typeof rows) =>
      [
        "id,label,score,prediction,size",
        ...list.map((r) => [r.id, r.label, r[`score_${s}`], r[`pred_${s}`], r.size].join(",")),
      ].join("\n") + "\n";
    write(dir, "preds/candidate.csv", out("a", rows));
    write(dir, "preds/baseline.csv", out("b", [...rows].reverse()));
    const io = await evaluate(dir, {
      "candidate-predictions": "preds/candidate.csv",
      "baseline-predictions": "preds/baseline.csv",
      "id-column": "id",
      slices: "size",
      "bootstrap-resamples": "300",
      gates:
        "roc_auc:\n  min_absolute_change: 0\n  significance: 0.05\naccuracy:\n  threshold: 0.9\n  slices: true\n",
    });
    expect(io.failed).toBeNull();
    const c = await comparison(dir, io);
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
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-evaluate-main-"));
    write(dir, "cand.json", JSON.stringify({ accuracy: 0.9, latency_ms: 80 }));
    write(dir, "base.json", JSON.stringify({ accuracy: 0.9, latency_ms: 70 }));
    write(
      dir,
      "mlops.yml",
      "model: weather\nevaluate:\n  baseline: base.json\n  candidate-metrics: cand.json\n  gates:\n    accuracy: { min_absolute_change: 0 }\n    latency_ms: { min_relative_change: -0.1 }\n",
    );
    const io = await evaluate(dir, {});
    expect(io.failed?.exitCode).toBe(1); // latency grew by 14% > 10%
    expect(io.outputs.verdict).toBe("fail");
    const c = await comparison(dir, io);
    expect(c.model).toBe("weather");
    expect(c.metrics.find((m) => m.name === "latency_ms")).toMatchObject({
      status: "fail",
      greaterIsBetter: false,
    });
    const inline = await evaluate(dir, { gates: "accuracy: {threshold: 0.5}" });
    expect(inline.failed).toBeNull();
  });
});
