import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { memoryActionIO, runMain } from "@mlops/testkit";
import { main } from "./main.js";

// train's main in-process over an in-memory StepIO (the bundle is tested in test/train).

const workspace = () => mkdtempSync(path.join(os.tmpdir(), "mlops-train-main-"));

describe("train main", () => {
  it("runs the command and writes the outputs and the summary", async () => {
    const dir = workspace();
    const io = memoryActionIO({
      command: `node -e "require('fs').writeFileSync('m.json', JSON.stringify({accuracy: 0.9}))"`,
      "metrics-file": "m.json",
    });
    await runMain(main, io, dir);
    expect(io.failed).toBeNull();
    expect(JSON.parse(io.outputs.metrics!)).toEqual({ accuracy: 0.9 });
    expect(io.outputs["cache-hit"]).toBe("false");
    const record = JSON.parse(readFileSync(path.join(dir, io.outputs["run-record"]!), "utf8"));
    expect(record).toMatchObject({ kind: "mlops.run", status: "succeeded" });
    expect(io.summary).toContain("succeeded");
  });

  it("a failing command fails the step with the command's exit code, after the outputs", async () => {
    const io = memoryActionIO({ command: "exit 3" });
    await runMain(main, io, workspace());
    expect(io.failed).toMatchObject({ exitCode: 3 });
    expect(io.failed?.message).toMatch(/exit code 3/);
    expect(io.outputs["run-record"]).toMatch(/^\.mlops\/runs\/.+\/run\.json$/);
  });

  it("a bad input fails before anything runs, as the user's mistake", async () => {
    const io = memoryActionIO({ command: "touch ran", "timeout-minutes": "soon" });
    const dir = workspace();
    await runMain(main, io, dir);
    expect(io.failed).toEqual({
      message: `input 'timeout-minutes': expected a number, found "soon"`,
      exitCode: 1,
      location: undefined,
    });
    expect(io.outputs).toEqual({});
  });
});
