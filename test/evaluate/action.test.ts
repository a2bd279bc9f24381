import { describe, expect, it } from "vitest";
import { runMlops } from "@mlops/testkit";
import { useEvaluateFixture } from "./action-fixtures.js";

// `mlops evaluate`, the CLI that runs evaluate-against-baseline's step, in-process. The bundled
// action (actions/evaluate-against-baseline/dist/index.js) as the runner runs it (INPUT_* env,
// GITHUB_OUTPUT, the job summary file, annotations, exit codes) is action.bundle.test.ts: it runs
// in the bundled run (`npm run test:bundled`), not in `npm test`. Baselines (none, the registry's
// production, a version), a gates file's unknown key, predictions with slices and paired tests,
// mlops.yml and fail-on-gate: false are asserted on its main in-process:
// actions/evaluate-against-baseline/src/main.test.ts. Setup shared with the bundle's file:
// action-fixtures.ts.

const t = useEvaluateFixture();

describe("evaluate-against-baseline", () => {
  it("mlops evaluate (the CLI) runs the same step and exits 1 on a failed gate", async () => {
    await t.write("cand.json", JSON.stringify({ f1: 0.7 }));
    await t.write("base.json", JSON.stringify({ f1: 0.75 }));
    // In-process (the bundled CLI runs in test/cli).
    const run = (...args: string[]) =>
      runMlops(
        [
          "-C",
          t.workspace,
          "evaluate",
          "--candidate-metrics",
          "cand.json",
          "--baseline",
          "base.json",
          ...args,
        ],
        { cwd: t.workspace, mode: "source" },
      );
    const fail = await run("--gates", "f1: {min_absolute_change: -0.01}");
    expect(fail.status).toBe(1);
    expect(fail.stderr).toMatch(/mlops: gates failed .*f1: min_absolute_change failed/);
    expect(fail.stdout).toContain("| f1 ↑ |");
    const ok = await run("--gates", "f1: {min_absolute_change: -0.1}", "--outputs");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^passed=true$/m);
    expect(ok.stdout).toMatch(/^verdict=pass$/m);
  });
});
