import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseConfig, silentLogger } from "@mlops/core";
import { validateData } from "@mlops/data";
import { pythonMissing } from "@mlops/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { SEATTLE_ENV, trainSeattleV1 } from "./seattle-cache.js";

// The example ML repository: its committed data are the real vega-datasets rows, and both of its
// trainers produce a model, metrics and a predictions file on the same holdout days.
const root = path.resolve(import.meta.dirname, "../..");
const example = path.join(root, "examples/seattle-weather");
const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-seattle-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CLASSES = ["drizzle", "fog", "rain", "snow", "sun"];
const METRICS = [
  "accuracy",
  "balanced_accuracy",
  "f1_macro",
  "f1_weighted",
  "precision_macro",
  "recall_macro",
];

function run(command: string, args: string[], env: Record<string, string> = {}) {
  // No network: the environment carries no proxy and the trainers read local files only.
  const result = spawnSync(command, args, {
    cwd: example,
    encoding: "utf8",
    env: { ...SEATTLE_ENV, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, "utf8").trimEnd().split("\n");
  const names = header!.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [names[i], v])));
}

/** The cells of a row of the README's year-by-year table. */
function readmeRow(data: string): string[] {
  const readme = readFileSync(path.join(example, "README.md"), "utf8");
  const line = readme.split("\n").find((l) => l.startsWith(`| ${data} `) && l.includes(" / "));
  if (!line) throw new Error(`README.md has no year-by-year row for ${data}`);
  return line
    .split("|")
    .slice(1, -1)
    .map((c) => c.trim());
}

function checkOutputs(out: string, modelFile: string) {
  expect(existsSync(path.join(out, modelFile))).toBe(true);
  const metrics = JSON.parse(readFileSync(path.join(out, "metrics.json"), "utf8")) as Record<string, number>;
  for (const name of METRICS) {
    expect(metrics[name], name).toBeGreaterThan(0);
    expect(metrics[name], name).toBeLessThanOrEqual(1);
  }
  expect(metrics.log_loss).toBeGreaterThan(0);
  expect(metrics.train_rows! + metrics.holdout_rows!).toBe(366); // 2012 is a leap year
  const predictions = readCsv(path.join(out, "predictions.csv"));
  expect(Object.keys(predictions[0]!)).toEqual([
    "date",
    "label",
    "prediction",
    ...CLASSES.map((c) => `proba_${c}`),
  ]);
  expect(predictions).toHaveLength(metrics.holdout_rows!);
  let correct = 0;
  for (const row of predictions) {
    const p = CLASSES.map((c) => Number(row[`proba_${c}`]));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(CLASSES).toContain(row.label);
    expect(row.prediction).toBe(CLASSES[p.indexOf(Math.max(...p))]);
    if (row.label === row.prediction) correct++;
  }
  expect(metrics.accuracy).toBeCloseTo(correct / predictions.length, 12);
  return { metrics, predictions };
}

describe("examples/seattle-weather data", () => {
  it("data/2012.csv … 2015.csv are exactly the vega-datasets rows, split by year", () => {
    const result = run(process.execPath, ["scripts/split-data.mjs", "--check"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const source = readFileSync(
      path.join(root, "node_modules/vega-datasets/data/seattle-weather.csv"),
      "utf8",
    );
    const years = ["2012", "2013", "2014", "2015"].map((y) =>
      readFileSync(path.join(example, "data", `${y}.csv`), "utf8")
        .trimEnd()
        .split("\n")
        .slice(1),
    );
    expect(years.flat().join("\n")).toBe(source.trimEnd().split(/\r?\n/).slice(1).join("\n"));
  });
});

describe("examples/seattle-weather mlops.yml and schema.json", () => {
  it("mlops.yml is a valid pipeline for the core config schema", async () => {
    const config = await parseConfig(readFileSync(path.join(example, "mlops.yml"), "utf8"), "mlops.yml");
    expect(config.model).toBe("seattle-weather");
    expect(config.pipeline).toEqual(["validate", "train", "evaluate", "register", "deploy", "report"]);
    expect(config.deploy).toMatchObject({ target: "directory", directory: ".serving/seattle-weather" });
    expect(Object.keys(config.evaluate?.gates ?? {})).toEqual(["accuracy", "f1_macro", "log_loss"]);
  });

  it("every year passes schema.json, and each later year drifts from 2012 in the weather label", async () => {
    for (const year of ["2012", "2013", "2014", "2015"]) {
      const result = await validateData(
        {
          data: [`data/${year}.csv`],
          schema: "schema.json",
          ...(year === "2012" ? {} : { reference: ["data/2012.csv"] }),
          cwd: example,
          progressSeconds: 3600,
        },
        { logger: silentLogger },
      );
      expect(result.passed, year).toBe(true);
      expect(result.anomalies, year).toBe(0);
      expect(result.report.schema?.passed, year).toBe(true);
      if (year !== "2012") {
        expect(result.driftDetected, year).toBe(true);
        expect(result.driftedColumns, year).toContain("weather");
      }
    }
  });
});

describe("examples/seattle-weather train.mjs (ml-cart random forest)", () => {
  const out = path.join(tmp, "node");
  let first: ReturnType<typeof checkOutputs>;

  it("trains on 2012 and writes model.json, metrics.json and predictions.csv for the holdout", async () => {
    // once per test run: the metrics package's seattle-weather test registers this v1 (seattle-cache.ts)
    const result = await trainSeattleV1("node", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("trained on data/2012.csv");
    first = checkOutputs(out, "model.json");
    const model = JSON.parse(readFileSync(path.join(out, "model.json"), "utf8"));
    expect(model.library).toBe("ml-cart");
    expect(model.params).toMatchObject({ seed: 42, n_estimators: 40 });
  });

  it("gives the 2012 numbers of the README's year-by-year table", () => {
    const metrics = JSON.parse(readFileSync(path.join(out, "metrics.json"), "utf8")) as Record<
      string,
      number
    >;
    expect(readmeRow("2012").slice(0, 5)).toEqual([
      "2012",
      `${metrics.train_rows} / ${metrics.holdout_rows}`,
      metrics.accuracy!.toFixed(4),
      metrics.f1_macro!.toFixed(4),
      metrics.log_loss!.toFixed(4),
    ]);
  });

  it("the saved model scores the holdout exactly as the trainer did (predict.mjs)", () => {
    const dates = new Set(first.predictions.map((r) => r.date));
    const lines = readFileSync(path.join(example, "data/2012.csv"), "utf8").trimEnd().split("\n");
    const holdout = path.join(tmp, "holdout-2012.csv");
    writeFileSync(
      holdout,
      [lines[0], ...lines.slice(1).filter((l) => dates.has(l.slice(0, 10)))].join("\n") + "\n",
    );
    const scored = path.join(tmp, "scored.csv");
    const result = run(process.execPath, [
      "predict.mjs",
      "--model",
      path.join(out, "model.json"),
      "--data",
      holdout,
      "--out",
      scored,
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(scored, "utf8")).toBe(readFileSync(path.join(out, "predictions.csv"), "utf8"));
  });

  it("is deterministic for a seed and reads its params from MLOPS_PARAMS", () => {
    const params = path.join(tmp, "params.json");
    writeFileSync(
      params,
      JSON.stringify({ seed: 7, n_estimators: 5, max_depth: 3, note: "ignored by the trainer" }),
    );
    const small = path.join(tmp, "node-small");
    const result = run(process.execPath, ["train.mjs", "--data", "data/2012.csv", "--out", small], {
      MLOPS_PARAMS: params,
    });
    expect(result.status).toBe(0);
    const model = JSON.parse(readFileSync(path.join(small, "model.json"), "utf8"));
    expect(model.params).toMatchObject({ seed: 7, n_estimators: 5, max_depth: 3, holdout_fraction: 0.2 });
    expect(model.forest.trees).toHaveLength(5);
    // The holdout depends on the dates only: the same days whatever the model params.
    expect(readCsv(path.join(small, "predictions.csv")).map((r) => r.date)).toEqual(
      first.predictions.map((r) => r.date),
    );
    // The same seed and params again: byte for byte the same model, metrics and predictions (on
    // the 5-tree forest: the example's 40 trees cost a second of CPU more, for the same property).
    const again = path.join(tmp, "node-small-again");
    expect(
      run(process.execPath, ["train.mjs", "--data", "data/2012.csv", "--out", again], {
        MLOPS_PARAMS: params,
      }).status,
    ).toBe(0);
    for (const file of ["model.json", "metrics.json", "predictions.csv"]) {
      expect(readFileSync(path.join(again, file), "utf8"), file).toBe(
        readFileSync(path.join(small, file), "utf8"),
      );
    }
  });

  it("rejects bad data and bad params with the file, line and column, exit status 2", () => {
    const bad = path.join(tmp, "bad.csv");
    writeFileSync(
      bad,
      "date,precipitation,temp_max,temp_min,wind,weather\n2012-01-01,0.0,12.8,5.0,4.7,drizzle\n2012-01-02,n/a,10.6,2.8,4.5,rain\n",
    );
    const data = run(process.execPath, ["train.mjs", "--data", bad, "--out", path.join(tmp, "x")]);
    expect(data.status).toBe(2);
    expect(data.stderr).toContain(`${bad} line 3 column 'precipitation': expected a number, found "n/a"`);
    const params = path.join(tmp, "bad-params.json");
    writeFileSync(params, '{"n_estimators": "many"}');
    const p = run(process.execPath, ["train.mjs", "--data", "data/2012.csv", "--out", path.join(tmp, "y")], {
      MLOPS_PARAMS: params,
    });
    expect(p.status).toBe(2);
    expect(p.stderr).toContain(`'n_estimators' must be a number, found "many"`);
  });
});

const python = "/usr/bin/python3";
const hasSklearn = existsSync(python) && pythonMissing(python, ["sklearn", "numpy"]) === null;
if (!hasSklearn) {
  console.warn(
    "skipping the scikit-learn trainer tests: /usr/bin/python3 with scikit-learn not found (apt-get install python3-sklearn)",
  );
}

describe.skipIf(!hasSklearn)("examples/seattle-weather train.py (scikit-learn)", () => {
  it("trains on 2012 with the same holdout days and output files as train.mjs", async () => {
    const out = path.join(tmp, "python");
    // once per test run, shared with the metrics package's seattle-weather test (seattle-cache.ts);
    // the run below is this file's own, a second process on the same inputs
    const result = await trainSeattleV1("python", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const { predictions } = checkOutputs(out, "model.pkl");
    const node = readCsv(path.join(tmp, "node", "predictions.csv"));
    if (node.length) expect(predictions.map((r) => r.date)).toEqual(node.map((r) => r.date));
    const again = path.join(tmp, "python-again");
    expect(run(python, ["train.py", "--data", "data/2012.csv", "--out", again]).status).toBe(0);
    expect(readFileSync(path.join(again, "metrics.json"), "utf8")).toBe(
      readFileSync(path.join(out, "metrics.json"), "utf8"),
    );
  });

  it("gives the 2012 numbers of the README's year-by-year table", () => {
    const metrics = JSON.parse(readFileSync(path.join(tmp, "python", "metrics.json"), "utf8")) as Record<
      string,
      number
    >;
    expect(readmeRow("2012").slice(5)).toEqual([
      metrics.accuracy!.toFixed(4),
      metrics.f1_macro!.toFixed(4),
      metrics.log_loss!.toFixed(4),
    ]);
  });

  it("train.mjs computes its metrics exactly as scikit-learn does from its predictions file", () => {
    const script = `
import csv, json, sys
import numpy as np
from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score, log_loss, precision_score, recall_score
C = ${JSON.stringify(CLASSES)}
rows = list(csv.DictReader(open(sys.argv[1])))
y = [r["label"] for r in rows]; p = [r["prediction"] for r in rows]
P = np.clip(np.array([[float(r["proba_" + c]) for c in C] for r in rows]), 1e-15, 1 - 1e-15)
P = P / P.sum(axis=1, keepdims=True)
q = {"zero_division": 0}
print(json.dumps({"accuracy": accuracy_score(y, p), "balanced_accuracy": balanced_accuracy_score(y, p),
  "f1_macro": f1_score(y, p, average="macro", **q), "f1_weighted": f1_score(y, p, average="weighted", **q),
  "precision_macro": precision_score(y, p, average="macro", **q), "recall_macro": recall_score(y, p, average="macro", **q),
  "log_loss": log_loss(y, P, labels=C)}))
`;
    const out = path.join(tmp, "node");
    const result = run(python, ["-c", script, path.join(out, "predictions.csv")]);
    expect(result.status, result.stderr).toBe(0);
    const sklearn = JSON.parse(result.stdout) as Record<string, number>;
    const ours = JSON.parse(readFileSync(path.join(out, "metrics.json"), "utf8")) as Record<string, number>;
    for (const [name, value] of Object.entries(sklearn)) expect(ours[name], name).toBeCloseTo(value, 12);
  });

  it("rejects bad data with the file and line, exit status 2", () => {
    const bad = path.join(tmp, "bad-py.csv");
    writeFileSync(
      bad,
      "date,precipitation,temp_max,temp_min,wind,weather\n2012-01-01,0.0,12.8,5.0,4.7,hail\n",
    );
    const result = run(python, ["train.py", "--data", bad, "--out", path.join(tmp, "z")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `${bad} line 2 column 'weather': expected one of drizzle, fog, rain, snow, sun, found "hail"`,
    );
  });
});
