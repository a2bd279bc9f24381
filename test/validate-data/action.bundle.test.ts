import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "@mlops/testkit";
import { tables, workspace } from "./action-fixtures.js";

// validate-data's committed bundle (actions/validate-data/dist/index.js) run as the runner runs
// it: clean data (outputs, report, schema, job summary) and a malformed file (its line in an
// annotation, the report still written). In the bundled run (`npm run test:bundled`) only, as
// every test that executes a bundle; the other cases run the action's main in-process in
// action.test.ts.

const table = tables();

describe("validate-data action (bundled)", () => {
  it("passes clean data and writes outputs, report and a job summary", async () => {
    const cwd = workspace({ "train.csv": table(200) });
    const r = await runAction("validate-data", {
      cwd,
      inputs: { data: "train.csv", "write-schema": "schema.json" },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      passed: "true",
      report: "mlops-validation.json",
      rows: "200",
      anomalies: "0",
      "drift-detected": "false",
      "drifted-columns": "[]",
    });
    const report = JSON.parse(readFileSync(path.join(cwd, "mlops-validation.json"), "utf8"));
    expect(report).toMatchObject({
      kind: "mlops.validation",
      version: 1,
      passed: true,
      dataset: { rows: 200, columns: ["id", "temp", "station"] },
    });
    expect(r.summary).toMatch(/Data validation: passed/);
    expect(JSON.parse(readFileSync(path.join(cwd, "schema.json"), "utf8")).columns.temp.type).toBe("number");
  });

  it("reports a malformed file as an error with its line, and still writes the report", async () => {
    const cwd = workspace({ "bad.csv": 'a,b\n1,2\n3,"never closed\n' });
    const r = await runAction("validate-data", { cwd, inputs: { data: "bad.csv" } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.file === "bad.csv")).toMatchObject({ level: "error", line: 3 });
    expect(r.annotations.find((a) => a.file === "bad.csv")!.message).toMatch(/quoted field is never closed/);
    const report = JSON.parse(readFileSync(path.join(cwd, "mlops-validation.json"), "utf8"));
    expect(report.anomalies[0]).toMatchObject({ code: "unterminated-quote", line: 3 });
  });
});
