import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { memoryActionIO } from "@mlops/testkit";
import { main } from "./main.js";

// evaluate-against-baseline's main in-process over an in-memory StepIO (the bundle: test/evaluate).

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-evaluate-main-"));
  writeFileSync(path.join(dir, "candidate.json"), JSON.stringify({ accuracy: 0.8 }));
  writeFileSync(path.join(dir, "baseline.json"), JSON.stringify({ accuracy: 0.9 }));
  return dir;
}

const inputs = {
  "candidate-metrics": "candidate.json",
  baseline: "baseline.json",
  gates: "accuracy:\n  min_absolute_change: -0.01\n",
};

describe("evaluate-against-baseline main", () => {
  it("a failed gate fails the step (StepFailed) after the outputs, the Comparison and the summary", async () => {
    const dir = workspace();
    const io = memoryActionIO(inputs);
    await main({ io, env: { GITHUB_WORKSPACE: dir } });
    expect(io.outputs).toMatchObject({ passed: "false", verdict: "fail", "baseline-version": "" });
    expect(existsSync(path.resolve(dir, io.outputs.comparison!))).toBe(true);
    expect(io.summary).not.toBe("");
    expect(io.failed?.message).toMatch(/^gates failed \(1 rule\(s\)\): /);
    expect(io.failed?.exitCode).toBe(1);
  });

  it("fail-on-gate: false reports the failed gate without failing the step", async () => {
    const io = memoryActionIO({ ...inputs, "fail-on-gate": "false" });
    await main({ io, env: { GITHUB_WORKSPACE: workspace() } });
    expect(io.outputs.verdict).toBe("fail");
    expect(io.failed).toBeNull();
  });

  it("passes a candidate that meets its gates", async () => {
    const io = memoryActionIO({ ...inputs, gates: "accuracy:\n  min_absolute_change: -0.2\n" });
    await main({ io, env: { GITHUB_WORKSPACE: workspace() } });
    expect(io.outputs).toMatchObject({ passed: "true", verdict: "pass" });
    expect(io.failed).toBeNull();
  });

  it("without candidate metrics or predictions it fails at once, as the user's mistake", async () => {
    const io = memoryActionIO({ baseline: "baseline.json" });
    await main({ io, env: { GITHUB_WORKSPACE: workspace() } });
    expect(io.failed?.message).toMatch(/^the candidate needs metrics: give candidate-metrics/);
    expect(io.outputs).toEqual({});
  });
});
