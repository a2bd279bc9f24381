import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { evaluateAgainstBaseline, type EvaluateOptions } from "./evaluate.js";
import { gatesFromValue } from "./gates.js";

/*
 * Like-for-like evaluation end to end, in process: a local registry holds v1 (a one-feature
 * logistic model), a predict script scores any model on rows, and the candidate brings its own
 * holdout predictions. v1 must be scored on exactly the candidate's rows.
 */

const PREDICT = `
import { appendFileSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const m = statSync(process.env.MODEL_PATH).isDirectory() ? join(process.env.MODEL_PATH, "model.json") : process.env.MODEL_PATH;
const { w, b, drop } = JSON.parse(readFileSync(m, "utf8"));
const lines = readFileSync(process.env.EVAL_DATA, "utf8").trim().split("\\n").slice(1 + (drop ?? 0));
const out = ["id,label,score"];
for (const line of lines) {
  const [id, x, label] = line.split(",");
  out.push([id, label, 1 / (1 + Math.exp(-(w * Number(x) + b)))].join(","));
}
writeFileSync(process.env.PREDICTIONS, out.join("\\n") + "\\n");
appendFileSync("calls.log", "scored\\n");
`;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Deterministic rows: x in [-3, 3], label from a noisy threshold. */
function rows(n: number): { id: number; x: number; label: number }[] {
  const out = [];
  let s = 12345;
  const rand = () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
  for (let i = 0; i < n; i++) {
    const x = rand() * 6 - 3;
    out.push({ id: 1000 + i, x, label: x + (rand() - 0.5) * 3 > 0 ? 1 : 0 });
  }
  return out;
}

async function setup(options: { baselineModel?: { w: number; b: number; drop?: number } } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-rescore-"));
  const data = rows(400);
  writeFileSync(
    path.join(dir, "data.csv"),
    "id,x,label\n" + data.map((r) => `${r.id},${r.x},${r.label}`).join("\n") + "\n",
  );
  writeFileSync(path.join(dir, "predict.mjs"), PREDICT);
  const holdout = data.filter((r) => r.id % 5 < 2); // 160 rows
  writeFileSync(
    path.join(dir, "candidate.csv"),
    "id,label,score\n" + holdout.map((r) => `${r.id},${r.label},${sigmoid(3 * r.x)}`).join("\n") + "\n",
  );
  const logger = new MemoryLogger();
  const registry = new LocalRegistry({ root: path.join(dir, "registry"), logger });
  mkdirSync(path.join(dir, "v1"));
  writeFileSync(
    path.join(dir, "v1", "model.json"),
    JSON.stringify(options.baselineModel ?? { w: 0.4, b: 0.6 }),
  );
  await registry.register({
    model: "m",
    path: path.join(dir, "v1"),
    metrics: { accuracy: 0.6, holdout_rows: 91 },
    aliases: ["production"],
  });
  const base: EvaluateOptions = {
    model: "m",
    candidatePredictions: "candidate.csv",
    baseline: "production",
    gates: gatesFromValue(
      {
        roc_auc: { min_absolute_change: 0, significance: 0.05 },
        accuracy: { min_absolute_change: -0.01 },
      },
      "test gates",
    ),
    significance: null,
    resamples: 300,
    seed: 7,
    level: 0.95,
    columns: {
      task: "auto",
      label: "label",
      prediction: "prediction",
      score: "score",
      id: "id",
      slices: [],
      threshold: 0.5,
    },
    output: "comparison.json",
    cwd: dir,
    predict: { command: "node predict.mjs", workingDirectory: dir, timeoutMinutes: 1, format: "csv" },
    dataset: ["data.csv"],
  };
  const deps = { logger, openRegistry: async () => registry, tempDir: path.join(dir, "tmp") };
  return { dir, data, holdout, base, deps, logger };
}

describe("evaluate re-scores the registry baseline on the candidate's rows", () => {
  it("scores v1 on the candidate's 160 holdout rows, pairs the tests, and caches the scores", async () => {
    const { dir, holdout, base, deps } = await setup();
    const first = await evaluateAgainstBaseline(base, deps);
    const c = first.comparison;
    expect(c.evaluation).toMatchObject({
      pairedOn: "same-rows",
      dataset: { source: "data.csv", rows: 160 },
      candidate: { source: "training", rows: 160 },
      baseline: { source: "predict", rows: 160, predictCommand: "node predict.mjs" },
    });
    expect(c.evaluation!.dataset!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(c.predictions?.rows).toBe(160);
    // v1's accuracy is its accuracy on these very rows, not the registered 0.6.
    const v1Accuracy =
      holdout.filter((r) => (sigmoid(0.4 * r.x + 0.6) > 0.5 ? 1 : 0) === r.label).length / 160;
    const accuracy = c.metrics.find((m) => m.name === "accuracy" && !m.slice)!;
    expect(accuracy.baseline).toBeCloseTo(v1Accuracy, 12);
    expect(accuracy.test?.name).toBe("mcnemar-exact");
    expect(accuracy.interval?.delta).not.toBeNull();
    const auc = c.metrics.find((m) => m.name === "roc_auc" && !m.slice)!;
    expect(auc.test?.name).toBe("delong");
    expect(auc.gate!.rules.map((r) => r.rule)).toEqual(["min_absolute_change", "significance"]);
    expect(c.reasons.join("\n")).not.toMatch(/not like-for-like/);
    expect(readFileSync(path.join(dir, "calls.log"), "utf8")).toBe("scored\n");

    const second = await evaluateAgainstBaseline(base, deps);
    expect(second.comparison.evaluation?.baseline?.source).toBe("cache");
    expect(readFileSync(path.join(dir, "calls.log"), "utf8")).toBe("scored\n"); // not scored again
    expect(second.comparison.metrics).toEqual(c.metrics);
  });

  it("without a predict command says plainly that it is not like-for-like, and a significance gate fails saying what to add", async () => {
    const { base, deps } = await setup();
    const gates = gatesFromValue(
      { accuracy: { min_absolute_change: -0.5, significance: 0.05 } },
      "test gates",
    );
    const { comparison: c } = await evaluateAgainstBaseline({ ...base, gates, predict: null }, deps);
    expect(c.evaluation?.pairedOn).toBe("registered-metrics");
    expect(c.evaluation?.note).toMatch(
      /^not like-for-like: baseline v1: registered metrics on 91 rows; candidate: 160 rows\./,
    );
    expect(c.reasons).toContain(c.evaluation!.note);
    const accuracy = c.metrics.find((m) => m.name === "accuracy")!;
    expect(accuracy.gate!.rules.map((r) => [r.rule, r.passed])).toEqual([
      ["min_absolute_change", true],
      ["significance", false],
    ]);
    expect(accuracy.gate!.rules.at(-1)!.message).toMatch(/add a predict: section to mlops.yml/);
    expect(accuracy.status).toBe("fail");
    expect(c.passed).toBe(false);
  });

  it("names the rows missing on either side instead of dropping them", async () => {
    const { dir, base, deps } = await setup({ baselineModel: { w: 0.4, b: 0.6, drop: 2 } });
    await expect(evaluateAgainstBaseline(base, deps)).rejects.toThrow(
      /predictions do not cover the same rows by 'id': 2 candidate id\(s\) not in the baseline \(e\.g\. "1000", "1001"\); both models must be scored on the same rows \(candidate: candidate\.csv, baseline: .*baseline-scores/,
    );
    writeFileSync(path.join(dir, "candidate.csv"), "id,label,score\n1000,1,0.9\n99999,0,0.1\n");
    await expect(evaluateAgainstBaseline(base, deps)).rejects.toThrow(
      /1 of the 2 rows of candidate.csv have no row in the dataset \(data.csv\) by 'id': "99999"/,
    );
  });

  it("scores the candidate model too on a golden set (evaluation-rows: dataset)", async () => {
    const { dir, base, deps } = await setup();
    mkdirSync(path.join(dir, "out"));
    writeFileSync(path.join(dir, "out", "model.json"), JSON.stringify({ w: 3, b: 0 }));
    const { comparison: c } = await evaluateAgainstBaseline(
      { ...base, candidatePredictions: undefined, candidateModel: "out", evaluationRows: "dataset" },
      deps,
    );
    expect(c.evaluation).toMatchObject({
      pairedOn: "same-rows",
      dataset: { rows: 400 },
      candidate: { source: "predict", rows: 400 },
    });
    expect(existsSync(path.join(dir, "tmp"))).toBe(true);
  });
});

describe("the evaluate step takes the predict command from mlops.yml", () => {
  it("predict: and evaluate.dataset in mlops.yml make the action compare on the same rows", async () => {
    const { dir } = await setup();
    writeFileSync(
      path.join(dir, "mlops.yml"),
      [
        "version: 1",
        "model: m",
        "registry: { backend: local, path: registry }",
        "predict:",
        "  command: node predict.mjs",
        "  timeout-minutes: 2",
        "evaluate:",
        "  baseline: production",
        "  candidate-predictions: candidate.csv",
        "  dataset: data.csv",
        "  id-column: id",
        "  bootstrap-resamples: 200",
        "  gates:",
        "    accuracy: { min_absolute_change: -0.5, significance: 0.5 }",
        "",
      ].join("\n"),
    );
    const { runStep } = await import("@mlops/action-runtime");
    const { memoryActionIO } = await import("@mlops/testkit");
    const { evaluateStep } = await import("./step.js");
    const io = memoryActionIO({ config: path.join(dir, "mlops.yml") });
    await runStep(evaluateStep, () => ({}), { io, env: { GITHUB_WORKSPACE: dir, PATH: process.env.PATH } });
    expect(io.failed ?? null).toBeNull();
    const c = JSON.parse(readFileSync(path.resolve(dir, io.outputs.comparison!), "utf8"));
    expect(c.evaluation).toMatchObject({ pairedOn: "same-rows", dataset: { rows: 160 } });
    expect(io.outputs["baseline-version"]).toBe("1");
    const accuracy = c.metrics.find(
      (m: { name: string; slice: unknown }) => m.name === "accuracy" && !m.slice,
    );
    expect(accuracy.gate.rules.map((r: { rule: string }) => r.rule)).toEqual([
      "min_absolute_change",
      "significance",
    ]);
  });
});
