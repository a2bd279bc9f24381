import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryLogger, parseDocument, type ModelArtifact } from "@mlops/core";
import { LocalRegistry, type Registry } from "@mlops/registry";
import { evaluateAgainstBaseline, type EvaluateOptions } from "./evaluate.js";
import { gatesFromValue } from "./gates.js";

/*
 * What evaluate adds to a like-for-like Comparison besides the metrics: each side's model scan
 * (run before the predict command loads the files), where each baseline number comes from
 * (re-scored on the same rows, or the registered value), the baseline's artifact digest, and a
 * regression model's residual summaries. In process, with a local registry and a Node predict
 * script; one setup per case, small data.
 */

const PREDICT = `
import { appendFileSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const m = statSync(process.env.MODEL_PATH).isDirectory() ? join(process.env.MODEL_PATH, "model.json") : process.env.MODEL_PATH;
const { w, b } = JSON.parse(readFileSync(m, "utf8"));
const lines = readFileSync(process.env.EVAL_DATA, "utf8").trim().split("\\n").slice(1);
const out = ["id,label,score"];
for (const line of lines) {
  const [id, x, label] = line.split(",");
  out.push([id, label, 1 / (1 + Math.exp(-(w * Number(x) + b)))].join(","));
}
writeFileSync(process.env.PREDICTIONS, out.join("\\n") + "\\n");
appendFileSync("calls.log", "scored\\n");
`;

/** A protocol-0 pickle whose loading runs os.system("true"): GLOBAL, MARK, STRING, TUPLE, REDUCE. */
const EVIL_PICKLE = "cos\nsystem\n(S'true'\ntR.";

const ARTIFACT: ModelArtifact = {
  store: "oci",
  reference: "ghcr.io/o/models:m-v1",
  digest: `sha256:${"ab12".repeat(16)}`,
};

function baseOptions(dir: string): EvaluateOptions {
  return {
    model: "m",
    candidateMetrics: "metrics.json",
    candidatePredictions: "candidate.csv",
    candidateModel: "out",
    baseline: "production",
    gates: gatesFromValue(
      {
        accuracy: { min_absolute_change: -0.01 },
        train_rows: { min_absolute_change: 0, greater_is_better: true },
      },
      "test gates",
    ),
    significance: null,
    resamples: 50,
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
}

async function setup(options: { evilBaseline?: boolean; evilCandidate?: boolean } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-evalscan-"));
  let s = 99;
  const rand = () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const data = Array.from({ length: 120 }, (_, i) => {
    const x = rand() * 6 - 3;
    return { id: 1000 + i, x, label: x + (rand() - 0.5) * 3 > 0 ? 1 : 0 };
  });
  writeFileSync(
    path.join(dir, "data.csv"),
    "id,x,label\n" + data.map((r) => `${r.id},${r.x},${r.label}`).join("\n"),
  );
  writeFileSync(path.join(dir, "predict.mjs"), PREDICT);
  writeFileSync(path.join(dir, "metrics.json"), JSON.stringify({ train_rows: 80, holdout_rows: 40 }));
  const holdout = data.filter((r) => r.id % 3 === 0);
  writeFileSync(
    path.join(dir, "candidate.csv"),
    "id,label,score\n" +
      holdout.map((r) => `${r.id},${r.label},${1 / (1 + Math.exp(-3 * r.x))}`).join("\n") +
      "\n",
  );
  mkdirSync(path.join(dir, "out"));
  writeFileSync(path.join(dir, "out", "model.json"), JSON.stringify({ w: 3, b: 0 }));
  if (options.evilCandidate) writeFileSync(path.join(dir, "out", "model.pkl"), EVIL_PICKLE);
  const logger = new MemoryLogger();
  const local = new LocalRegistry({ root: path.join(dir, "registry"), logger });
  mkdirSync(path.join(dir, "v1"));
  writeFileSync(path.join(dir, "v1", "model.json"), JSON.stringify({ w: 0.5, b: 0.4 }));
  if (options.evilBaseline) writeFileSync(path.join(dir, "v1", "model.pkl"), EVIL_PICKLE);
  await local.register({
    model: "m",
    path: path.join(dir, "v1"),
    metrics: { accuracy: 0.6, holdout_rows: 91, train_rows: 300 },
    aliases: ["production"],
  });
  // The OCI store fills ModelVersion.artifact; the local store does not, so the test adds it.
  const registry = Object.create(local, {
    resolve: {
      value: async (...args: Parameters<Registry["resolve"]>) => {
        const mv = await local.resolve(...args);
        return mv ? { ...mv, artifact: ARTIFACT } : mv;
      },
    },
  }) as Registry;
  const base = baseOptions(dir);
  const deps = { logger, openRegistry: async () => registry, tempDir: path.join(dir, "tmp") };
  return { dir, base, deps, logger };
}

/** The error a promise rejects with (the test fails when it resolves). */
async function failure(p: Promise<unknown>): Promise<Error> {
  return p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e as Error,
  );
}

describe("evaluate scans, marks and records", () => {
  it("scans both sides, marks registered baseline values, and copies the baseline's artifact", async () => {
    const { base, deps } = await setup();
    const { comparison: c } = await evaluateAgainstBaseline(base, deps);
    await expect(parseDocument("mlops.comparison", c, "comparison.json")).resolves.toBeTruthy();
    expect(c.scan?.candidate).toMatchObject({ verdict: "safe", files: 1 });
    expect(c.scan?.baseline).toMatchObject({ verdict: "safe", files: 1 });
    expect(c.baseline?.artifact).toEqual(ARTIFACT);
    const row = (name: string) => c.metrics.find((m) => m.name === name && !m.slice)!;
    expect(row("accuracy").baselineSource).toBe("same-rows");
    expect(row("roc_auc").baselineSource).toBe("same-rows");
    expect(row("train_rows").baselineSource).toBe("registered");
    expect(row("holdout_rows").baselineSource).toBe("registered");
    // A gate on a registered value in a paired comparison is said plainly, never silently.
    expect(row("train_rows").gate?.rules[0]?.message).toMatch(/registered value, measured on other rows/);
    expect(c.reasons.join("\n")).toMatch(
      /train_rows: not computed from predictions, so its baseline is its registered value/,
    );
    expect(c.predictions?.residuals).toBeUndefined();
    // A significance rule on a registered value cannot be met: it fails saying why (cached scores).
    const sig = await evaluateAgainstBaseline(
      {
        ...base,
        gates: gatesFromValue({ train_rows: { greater_is_better: true, significance: 0.05 } }, "test gates"),
      },
      deps,
    );
    const rule = sig.comparison.metrics.find((m) => m.name === "train_rows")!.gate!.rules[0]!;
    expect(rule).toMatchObject({ rule: "significance", passed: false });
    expect(rule.message).toMatch(
      /train_rows is not computed from predictions .* drop significance from its gate/,
    );
    expect(sig.comparison.evaluation?.baseline?.source).toBe("cache");
    expect(sig.comparison.scan?.baseline).toBeNull();
  });

  it("stops before the predict command loads a dangerous baseline (model-scan: fail), goes on with warn", async () => {
    const { dir, base, deps, logger } = await setup({ evilBaseline: true });
    const err = await failure(evaluateAgainstBaseline(base, deps));
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toMatch(/^model\.pkl \(the baseline m v1\): imports os\.system \(dangerous/);
    expect(err.message).toContain("evaluate did not run the predict command on the baseline");
    expect(err.message).not.toContain(os.tmpdir());
    expect(existsSync(path.join(dir, "calls.log"))).toBe(false);
    const warned = await evaluateAgainstBaseline({ ...base, modelScan: "warn" }, deps);
    expect(warned.comparison.scan?.baseline?.verdict).toBe("dangerous");
    expect(warned.comparison.scan?.baseline?.globals).toContainEqual(
      expect.objectContaining({ module: "os", name: "system", severity: "dangerous" }),
    );
    expect(logger.entries.some((e) => e.level === "warning" && /model scan: dangerous/.test(e.message))).toBe(
      true,
    );
  });

  it("fails on a dangerous candidate with its path, before anything is scored", async () => {
    const { dir, base, deps } = await setup({ evilCandidate: true });
    const err = await failure(evaluateAgainstBaseline(base, deps));
    expect(err.message).toMatch(/^out\/model\.pkl \(the candidate\): imports os\.system/);
    expect(existsSync(path.join(dir, "calls.log"))).toBe(false);
    const off = await evaluateAgainstBaseline({ ...base, modelScan: "off" }, deps);
    expect(off.comparison.scan).toEqual({ candidate: null, baseline: null });
  });

  it("regression: both sides' residual summaries on the same rows", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-evalscan-"));
    const y = [3, 5, 2, 8, 6, 1, 4, 7];
    const cand = [3.5, 4.5, 2.5, 7, 6.5, 1, 4, 8];
    const basePred = [4, 6, 3, 9, 7, 2, 5, 8];
    const file = (preds: number[]) =>
      "id,label,prediction\n" + y.map((v, i) => `${i},${v},${preds[i]}`).join("\n") + "\n";
    writeFileSync(path.join(dir, "c.csv"), file(cand));
    writeFileSync(path.join(dir, "b.csv"), file(basePred));
    writeFileSync(path.join(dir, "base-metrics.json"), JSON.stringify({ mae: 1.1, train_rows: 40 }));
    const base = baseOptions(dir);
    const { comparison: c } = await evaluateAgainstBaseline(
      {
        ...base,
        candidateModel: undefined,
        candidateMetrics: undefined,
        candidatePredictions: "c.csv",
        baselinePredictions: "b.csv",
        baseline: "base-metrics.json",
        model: null,
        predict: null,
        gates: [],
        cwd: dir,
        columns: { ...base.columns, task: "regression" },
      },
      { logger: new MemoryLogger() },
    );
    const r = c.predictions?.residuals;
    expect(r?.candidate.rows).toBe(8);
    expect(r?.baseline?.bias).toBeCloseTo(1, 12);
    expect(r?.baseline?.mae).toBeCloseTo(1, 12);
    expect(r?.candidate.mae).toBeCloseTo(0.5, 12);
    expect(r?.candidate.quantiles.map((q) => q.p)).toEqual([0.05, 0.25, 0.5, 0.75, 0.95]);
    expect(c.scan).toBeUndefined();
    expect(c.metrics.find((m) => m.name === "mae")?.baselineSource).toBe("same-rows");
    expect(c.metrics.find((m) => m.name === "train_rows")?.baselineSource).toBe("registered");
  });
});
