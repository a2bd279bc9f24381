import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { memoryActionIO, runMain } from "@mlops/testkit";
import { main } from "./main.js";

// validate-data's main in-process over an in-memory StepIO (the bundle is tested in test/).

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-validate-main-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const clean =
  "id,temp\n" + Array.from({ length: 50 }, (_, i) => `${i + 1},${(i % 7) + 0.5}`).join("\n") + "\n";

describe("validate-data main", () => {
  it("writes the outputs, the report and the summary for clean data", async () => {
    const dir = workspace({ "train.csv": clean });
    const io = memoryActionIO({ data: "train.csv" });
    await runMain(main, io, dir);
    expect(io.failed).toBeNull();
    expect(io.outputs).toEqual({
      passed: "true",
      report: "mlops-validation.json",
      rows: "50",
      anomalies: "0",
      "drift-detected": "false",
      "drifted-columns": "[]",
    });
    expect(io.summary).toMatch(/Data validation: passed/);
    expect(JSON.parse(readFileSync(path.join(dir, "mlops-validation.json"), "utf8")).passed).toBe(true);
  });

  it("fails the step with StepFailed's message (not a bug report) after writing the outputs", async () => {
    const dir = workspace({
      "d.csv": "id,temp\n1,warm\n2,3\n",
      "schema.json": JSON.stringify({ columns: { id: { type: "integer" }, temp: { type: "number" } } }),
    });
    const io = memoryActionIO({ data: "d.csv", schema: "schema.json" });
    await runMain(main, io, dir);
    expect(io.outputs.passed).toBe("false");
    expect(io.failed?.message).toMatch(/^data validation failed \(fail-on: error\): 1 error\(s\)/);
    expect(io.failed?.message).not.toMatch(/bug/);
    expect(io.failed?.exitCode).toBe(1);
  });

  it("fails on a missing input before reading any data, with no outputs", async () => {
    const io = memoryActionIO({});
    await runMain(main, io, workspace({}));
    expect(io.failed?.message).toMatch(/^input 'data' is required/);
    expect(io.outputs).toEqual({});
  });

  it("takes its inputs from mlops.yml's validate: section under the given ones", async () => {
    const dir = workspace({
      "train.csv": clean,
      "mlops.yml": "version: 1\nvalidate:\n  data: train.csv\n  report: out/v.json\n",
    });
    const io = memoryActionIO({ config: path.join(dir, "mlops.yml"), report: "given.json" });
    await runMain(main, io, dir);
    expect(io.failed).toBeNull();
    expect(io.outputs.report).toBe("given.json");
    expect(io.outputs.rows).toBe("50");
  });
});
