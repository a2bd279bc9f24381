import { silentLogger, type RunContext, type StepContext } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { evaluateConfigSection, readEvaluateInputs } from "./step.js";
import { parseConfig } from "@mlops/core";

function context(given: Record<string, string>): {
  input: (n: string) => string | undefined;
  ctx: StepContext;
} {
  const input = (name: string): string | undefined => given[name];
  const ctx = {
    host: "action",
    run: { workspace: "/work/space" } as RunContext,
    config: {},
    configFile: "mlops.yml",
    logger: silentLogger,
    given: input,
  } as StepContext;
  return { input, ctx };
}

describe("evaluate step inputs", () => {
  it("needs the candidate's metrics or predictions", async () => {
    const { input, ctx } = context({ "candidate-model": "model.pkl" });
    await expect(readEvaluateInputs(input, ctx)).rejects.toThrow(
      /^the candidate needs metrics: give candidate-metrics/,
    );
  });

  it("does not when the predict command scores candidate-model", async () => {
    const { input, ctx } = context({
      "candidate-model": "model.pkl",
      "predict-command": "python predict.py",
    });
    const options = await readEvaluateInputs(input, ctx);
    expect(options).toMatchObject({ candidateModel: "model.pkl", predict: { command: "python predict.py" } });
    expect(options.candidateMetrics).toBeUndefined();
  });

  it("reads model-scan (default fail) from the input or mlops.yml's evaluate section, and rejects others", async () => {
    const { input, ctx } = context({ "candidate-metrics": "m.json" });
    expect((await readEvaluateInputs(input, ctx)).modelScan).toBe("fail");
    const config = await parseConfig("version: 1\nevaluate:\n  model-scan: warn\n");
    expect(evaluateConfigSection(config)["model-scan"]).toBe("warn");
    const warn = context({ "candidate-metrics": "m.json", "model-scan": "warn" });
    expect((await readEvaluateInputs(warn.input, warn.ctx)).modelScan).toBe("warn");
    const bad = context({ "candidate-metrics": "m.json", "model-scan": "maybe" });
    await expect(readEvaluateInputs(bad.input, bad.ctx)).rejects.toThrow(/model-scan/);
  });
});
