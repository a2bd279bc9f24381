import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { silentLogger, type MonitoringReport } from "@mlops/core";
import { monitorModel, type MonitorOptions } from "./monitor.js";
import { parseWindow } from "./windows.js";

// The windows' metrics against scikit-learn 1.2 (/usr/bin/python3) on the same rows: one Python
// run groups the joined rows by month and computes each metric with sklearn.metrics.

const DAY = 86_400_000;
const START = Date.UTC(2015, 0, 1);

/** A seeded generator, so the fixtures are the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

interface Fixture {
  dir: string;
  rows: Record<string, string | number>[];
}

/** Logged predictions (three months, two versions) and labels for ~85% of them, some late. */
function fixture(task: "binary" | "multiclass" | "regression", seed: number): Fixture {
  const dir = mkdtempSync(path.join(os.tmpdir(), `mlops-monitor-${task}-`));
  const rand = lcg(seed);
  const classes = task === "binary" ? ["0", "1"] : ["drizzle", "rain", "sun"];
  const log: string[] = [];
  const labels = ["id,label,timestamp"];
  const rows: Fixture["rows"] = [];
  const header = ["id", "timestamp", "model_version", "prediction"];
  if (task === "binary") header.push("score");
  if (task === "multiclass") header.push(...classes.map((c) => `proba_${c}`));
  log.push(header.join(","));
  for (let i = 0; i < 900; i++) {
    const ms = START + Math.floor(rand() * 90 * DAY);
    const version = ms < START + 45 * DAY ? 1 : 2;
    const cells: (string | number)[] = [`q${i}`, new Date(ms).toISOString(), `v${version}`];
    let label: string;
    if (task === "regression") {
      const y = Math.round((rand() * 40 - 5) * 1000) / 1000;
      const p = Math.round((y + (rand() - 0.5) * 6) * 1000) / 1000;
      cells.push(p);
      label = String(y);
    } else {
      const K = classes.length;
      const raw = classes.map(() => rand() + 0.05);
      const truth = Math.floor(rand() * K);
      raw[truth]! += rand() < 0.7 ? 1 : 0;
      const sum = raw.reduce((a, b) => a + b, 0);
      const proba = raw.map((r) => Math.round((r / sum) * 1e6) / 1e6);
      const pred = proba.indexOf(Math.max(...proba));
      cells.push(classes[pred]!);
      if (task === "binary") cells.push(proba[1]!);
      else cells.push(...proba);
      label = classes[truth]!;
    }
    log.push(cells.join(","));
    if (rand() < 0.85) {
      const late = rand() < 0.1 ? 40 * DAY : DAY;
      labels.push(`q${i},${label},${new Date(ms + late).toISOString()}`);
      const row: Record<string, string | number> = { month: new Date(ms).toISOString().slice(0, 7), label };
      header.slice(3).forEach((h, k) => (row[h] = cells[3 + k]!));
      rows.push(row);
    }
  }
  writeFileSync(path.join(dir, "log.csv"), log.join("\n") + "\n");
  writeFileSync(path.join(dir, "labels.csv"), labels.join("\n") + "\n");
  return { dir, rows };
}

function options(dir: string, task: MonitorOptions["task"], score: string | null): MonitorOptions {
  return {
    model: "m",
    predictions: ["log.csv"],
    labels: ["labels.csv"],
    columns: {
      id: "id",
      timestamp: "timestamp",
      version: "model_version",
      prediction: "prediction",
      score,
      label: "label",
    },
    window: parseWindow("month"),
    task,
    rules: [],
    minLabelledRows: 1,
    consecutiveWindows: 1,
    resamples: 200,
    level: 0.95,
    seed: 1,
    reportFile: "report.json",
    summaryFile: "summary.md",
    cwd: dir,
  };
}

const PYTHON = `
import json, sys
from collections import defaultdict
from sklearn import metrics as m
cases = json.load(sys.stdin)
out = {}
for task, rows in cases.items():
    groups = defaultdict(list)
    for r in rows:
        groups[r["month"]].append(r)
    res = {}
    for month, g in groups.items():
        y = [r["label"] for r in g]
        p = [r["prediction"] for r in g]
        if task == "regression":
            y, p = [float(v) for v in y], [float(v) for v in p]
            mse = m.mean_squared_error(y, p)
            res[month] = {"rmse": mse ** 0.5, "mse": mse, "mae": m.mean_absolute_error(y, p),
                          "r2": m.r2_score(y, p), "mape": m.mean_absolute_percentage_error(y, p)}
            continue
        r = {"accuracy": m.accuracy_score(y, p)}
        for avg in ["macro", "micro", "weighted"]:
            r["precision_" + avg] = m.precision_score(y, p, average=avg, zero_division=0)
            r["recall_" + avg] = m.recall_score(y, p, average=avg, zero_division=0)
            r["f1_" + avg] = m.f1_score(y, p, average=avg, zero_division=0)
        if task == "binary":
            r["precision"] = m.precision_score(y, p, pos_label="1", zero_division=0)
            r["recall"] = m.recall_score(y, p, pos_label="1", zero_division=0)
            r["f1"] = m.f1_score(y, p, pos_label="1", zero_division=0)
            r["log_loss"] = m.log_loss(y, [float(x["score"]) for x in g], labels=["0", "1"])
            r["roc_auc"] = m.roc_auc_score([v == "1" for v in y], [float(x["score"]) for x in g])
        else:
            cols = ["proba_drizzle", "proba_rain", "proba_sun"]
            r["log_loss"] = m.log_loss(y, [[float(x[c]) for c in cols] for x in g], labels=["drizzle", "rain", "sun"])
        res[month] = r
    out[task] = res
json.dump(out, sys.stdout)
`;

const tasks = ["binary", "multiclass", "regression"] as const;
const reports: Record<string, MonitoringReport> = {};
let sklearn: Record<string, Record<string, Record<string, number>>> = {};

beforeAll(async () => {
  const cases: Record<string, Fixture["rows"]> = {};
  for (const [k, task] of tasks.entries()) {
    const f = fixture(task, 7 + k);
    cases[task] = f.rows;
    const score = task === "binary" ? "score" : task === "multiclass" ? "proba" : null;
    const result = await monitorModel(options(f.dir, task, score), {
      logger: silentLogger,
      openRegistry: null,
    });
    reports[task] = result.report;
  }
  const py = spawnSync("/usr/bin/python3", ["-c", PYTHON], {
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  if (py.status !== 0) throw new Error(`scikit-learn reference failed: ${py.stderr}`);
  sklearn = JSON.parse(py.stdout) as typeof sklearn;
});

describe("window metrics match scikit-learn on the same rows", () => {
  it.each(tasks)("%s: every metric of every month to 1e-9", (task) => {
    const report = reports[task]!;
    const want = sklearn[task]!;
    // Each month is served by one version here (v1 before mid-February, v2 after), except February.
    const byMonth = new Map<string, Map<string, number>>();
    for (const w of report.windows) {
      // Merge the two versions of a month back into one set of rows: compare only months with one version.
      if (report.windows.filter((x) => x.label === w.label).length > 1) continue;
      byMonth.set(w.label, new Map(w.metrics.map((x) => [x.name, x.value ?? NaN])));
    }
    expect([...byMonth.keys()].sort()).toEqual(["2015-01", "2015-03"]);
    for (const [month, got] of byMonth) {
      const expected = want[month]!;
      expect(Object.keys(expected).every((name) => got.has(name))).toBe(true);
      for (const [name, value] of Object.entries(expected)) expect(got.get(name)).toBeCloseTo(value, 9);
    }
  });

  it("binary intervals hold their point estimate, ROC AUC's included", () => {
    for (const w of reports.binary!.windows) {
      const auc = w.metrics.find((x) => x.name === "roc_auc")!;
      expect(auc.value).toBeGreaterThan(0.5);
      expect(auc.interval![0]).toBeLessThan(auc.value!);
      expect(auc.interval![1]).toBeGreaterThan(auc.value!);
    }
  });

  it("late labels (after their window's end) are counted and still used", () => {
    const r = reports.multiclass!;
    expect(r.join.lateLabels).toBeGreaterThan(0);
    expect(r.windows.reduce((s, w) => s + w.lateLabels, 0)).toBe(r.join.lateLabels);
    expect(r.join.labelled + r.join.unlabelled).toBe(r.join.predictions);
    expect(r.join.predictions).toBe(900);
  });
});
