import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocument, runContextFromEnv, silentLogger } from "@mlops/core";
import { openRegistry } from "@mlops/registry";
import { readXyChart } from "@mlops/report";
import { memoryActionIO, runMain } from "@mlops/testkit";
import { main } from "./main.js";

// monitor-model's main in-process over an in-memory StepIO and a local registry holding v1 with
// its registered accuracy and its holdout predictions (the bundle runs in the workflow tests).

const DAY = 86_400_000;
const START = Date.UTC(2015, 0, 5); // a Monday

/** Four weeks of 40 logged predictions by v1: right 90% of the time, then 50% in the last two weeks. */
function log(dir: string): void {
  const rows = ["id,timestamp,model_version,prediction,feature"];
  const labels = ["id,label"];
  let id = 0;
  for (let week = 0; week < 4; week++) {
    for (let i = 0; i < 40; i++) {
      const ts = new Date(START + week * 7 * DAY + (i % 7) * DAY + i * 60_000).toISOString();
      const truth = i % 2 ? "rain" : "sun";
      const wrong = week < 2 ? i % 10 === 0 : i % 2 === 0;
      const pred = wrong ? (truth === "sun" ? "rain" : "sun") : truth;
      rows.push(`r${id},${ts},v1,${pred},${i}`);
      if (!(week === 3 && i >= 30)) labels.push(`r${id},${truth}`); // the newest labels are not in yet
      id++;
    }
  }
  rows.push(`r0,${new Date(START).toISOString()},1,sun,0`); // logged twice
  labels.push("r1,rain", "ghost,sun"); // a duplicate label, a label for an id never logged
  writeFileSync(path.join(dir, "predictions.csv"), rows.join("\n") + "\n");
  writeFileSync(path.join(dir, "labels.csv"), labels.join("\n") + "\n");
}

let dir = "";

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mlops-monitor-main-"));
  log(dir);
  const model = path.join(dir, "model");
  mkdirSync(model);
  writeFileSync(path.join(model, "model.json"), JSON.stringify({ trees: [] }));
  const holdout = ["id,prediction"];
  for (let i = 0; i < 100; i++) holdout.push(`h${i},${i % 2 ? "rain" : "sun"}`);
  writeFileSync(path.join(model, "predictions.csv"), holdout.join("\n") + "\n");
  const ctx = { ...runContextFromEnv({}), workspace: dir };
  const registry = await openRegistry({ backend: "local", path: "reg", ctx, logger: silentLogger });
  await registry.register({ model: "weather", path: model, metrics: { accuracy: 0.9 } });
});

const inputs = {
  model: "weather",
  predictions: "predictions.csv",
  labels: "labels.csv",
  registry: "local",
  "registry-path": "reg",
  rules: "accuracy: { min_absolute_change: -0.1 }",
  "min-labelled-rows": "20",
  "bootstrap-resamples": "200",
};

describe("monitor-model main", () => {
  it("reports a degraded model: the windows, the join's problems, the report and the summary", async () => {
    const io = memoryActionIO(inputs);
    await runMain(main, io, dir);
    expect(io.failed).toBeNull();
    expect(io.outputs.degraded).toBe("true");
    expect(io.outputs.windows).toBe("4");
    expect(io.outputs.reason).toBe(
      "accuracy of v1 failed in 2015-01-19, 2015-01-26 (accuracy Δ -0.4 (0.9 → 0.5) not >= -0.1)",
    );
    const report = await readDocument("mlops.monitoring", io.outputs.report!);
    expect(report.join).toMatchObject({
      predictions: 160,
      labelled: 150,
      unlabelled: 10,
      duplicatePredictions: 1,
      duplicateLabels: 1,
      conflictingLabels: 0,
      unmatchedLabels: 1,
    });
    expect(report.windows.map((w) => [w.label, w.labelled, w.failed])).toEqual([
      ["2015-01-05", 40, false],
      ["2015-01-12", 40, false],
      ["2015-01-19", 40, true],
      ["2015-01-26", 30, true],
    ]);
    const accuracy = report.windows.map((w) => w.metrics.find((m) => m.name === "accuracy")!);
    expect(accuracy.map((m) => m.value)).toEqual([0.9, 0.9, 0.5, 0.5]);
    expect(
      accuracy.every((m) => m.registered === 0.9 && m.interval![0] <= m.value! && m.value! <= m.interval![1]),
    ).toBe(true);
    // v1's own holdout predictions (registered with it) are the prediction drift reference.
    expect(report.versions[0]!.holdout?.source).toBe("models:/weather/1/predictions.csv");
    expect(report.windows[0]!.predictionDrift?.[0]?.column).toBe("prediction");
    const summary = readFileSync(io.outputs["summary-markdown"]!, "utf8");
    expect(summary).toBe(io.summary);
    expect(summary).toMatch(/xychart-beta/);
    // Read back from the chart (a marker at each point adds filler categories and lines).
    const chart = readXyChart(summary)!;
    expect(chart.columns).toHaveLength(4);
    const registered = chart.series.find((l) => l.name === "registered")!;
    expect(registered.values).toEqual([0.9, 0.9, 0.9, 0.9]);
  });

  it("is healthy when three failing windows in a row are needed and only the last two fail", async () => {
    const io = memoryActionIO({ ...inputs, "consecutive-windows": "3" });
    await runMain(main, io, dir);
    expect(io.outputs).toMatchObject({ degraded: "false", reason: "" });
  });

  it("a missing column is the user's mistake, named with its file", async () => {
    const io = memoryActionIO({ ...inputs, "id-column": "request_id" });
    await runMain(main, io, dir);
    expect(io.failed?.message).toMatch(
      /^labels\.csv: no column 'request_id' \(id-column\); its columns are 'id', 'label'/,
    );
  });
});
