import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { readXyChart } from "@mlops/report";
import {
  FORK_EVENT,
  botComments,
  errors,
  expectOk,
  fake,
  report,
  services,
  useReportAction,
  workspace,
} from "./report-action-fixtures.js";

/*
 * report-metrics run as the runner runs it, against the fake GitHub, with its main in-process
 * (runAction's mode "source": the same code, environment, working directory and env files): the
 * history chart in the job summary and the comment, a token without pull-requests: write (the
 * artifact instead), a second upload under one name, a refused call. The sticky comment and
 * check run (updated by a second run) and a fork's artifact with no write call run the bundle
 * (actions/report-metrics/dist) in report-action.bundle.test.ts: tests that execute a committed
 * bundle run in the bundled run (`npm run test:bundled`), not in `npm test`. What it delivers
 * where in every other case (the comment found on page 3 and never someone else's, matrix cells,
 * 5,000 metrics, comment/check off, mlops.yml's report section, the workflow_run follow-up,
 * push, a broken document) is asserted on its main in-process, against the same fake:
 * actions/report-metrics/src/main.test.ts.
 */

useReportAction();

describe("report-metrics on a pull request", () => {
  it("charts the history of the local registry's versions with the candidate", async () => {
    const registry = new LocalRegistry({
      root: path.join(workspace, ".mlops/registry"),
      logger: silentLogger,
    });
    const model = path.join(workspace, "model.bin");
    for (const [i, acc] of [0.81, 0.83, 0.84].entries()) {
      writeFileSync(model, `weights ${i}`);
      await registry.register({
        model: "weather-classifier",
        path: model,
        metrics: { accuracy: acc, f1_macro: 0.6 + i / 100 },
      });
    }
    const r = await report({ history: "2" });
    expectOk(r);
    expect(r.summary).toContain("#### History: v2–v3 (registered values) and this candidate");
    // Read back from the chart (Mermaid 10.x syntax, a marker at each point); the values and
    // colours in the table under the chart.
    const chart = readXyChart(r.summary)!;
    expect(chart.columns).toEqual(["v2", "v3", "candidate"]);
    expect(chart.series[0]!.name).toBe("accuracy ↑");
    expect(chart.series[0]!.marked).toEqual([true, true, true]);
    chart.series[0]!.values.forEach((v, i) => expect(v).toBeCloseTo([0.83, 0.84, 0.8573][i]!, 2));
    expect(r.summary).toContain("| 🟦 accuracy ↑ | 0.83 | 0.84 | 0.8573 |");
    expect(botComments()[0]!.body).toContain("xychart-beta");
  });
});

describe("report-metrics on a fork's pull request", () => {
  it("falls back to the artifact on a 403 it did not predict, naming the permission", async () => {
    fake.state.setToken("ghs_no_pr_write", { permissions: { "pull-requests": "read", issues: "read" } });
    const r = await report({}, { token: "ghs_no_pr_write", env: services.env });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/::warning::.*pull-requests: write/);
    expect(r.outputs.artifact).toBe("mlops-pr-report-weather-classifier");
    expect(botComments()).toHaveLength(0);
  });

  it("a second upload under the same name in one run is a warning, not a crash", async () => {
    fake.state.readOnlyToken("ghs_fork_token");
    const fork = {
      token: "ghs_fork_token",
      event: FORK_EVENT,
      env: services.env,
    };
    expectOk(await report({}, fork));
    const again = await report({}, fork);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.stdout).toMatch(
      /::warning::an artifact named mlops-pr-report-weather-classifier already exists/,
    );
  });
});

describe("report-metrics refusing a call", () => {
  it("refuses a call with no document, naming the input", async () => {
    const r = await report({ comparison: "", "validation-report": "", "run-record": "" });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(
      /input 'comparison' is required unless validation-report or run-record is given/,
    );
  });
});
