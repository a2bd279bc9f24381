import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { validateData } from "@mlops/data";
import { memoryActionIO } from "@mlops/testkit";
import { main } from "./main.js";

// report-metrics' main in-process over an in-memory StepIO, without a token: only the job
// summary is written (the bundle against the fake GitHub: test/report).

async function workspace(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-report-main-"));
  writeFileSync(path.join(dir, "d.csv"), "id,temp\n1,2.5\n2,3.5\n");
  await validateData({ data: ["d.csv"], cwd: dir, report: "validation.json" }, { logger: silentLogger });
  return dir;
}

describe("report-metrics main", () => {
  it("without a token writes the job summary and the verdict outputs, no comment and no check run", async () => {
    const dir = await workspace();
    const io = memoryActionIO({
      model: "weather",
      "validation-report": "validation.json",
      registry: "local",
      "registry-path": "reg",
    });
    await main({ io, env: { GITHUB_WORKSPACE: dir } });
    expect(io.failed).toBeNull();
    expect(io.outputs).toMatchObject({ "comment-id": "", "check-run-id": "", artifact: "" });
    expect(io.outputs.verdict).toBeTruthy();
    expect(io.summary).toContain("weather");
  });

  it("with no document at all fails on its inputs before loading the delivery", async () => {
    const io = memoryActionIO({ model: "weather" });
    await main({ io, env: { GITHUB_WORKSPACE: await workspace() } });
    expect(io.failed?.message).toMatch(
      /^input 'comparison' is required unless validation-report or run-record/,
    );
    expect(io.outputs).toEqual({});
  });
});
