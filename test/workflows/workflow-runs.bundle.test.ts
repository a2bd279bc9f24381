import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pythonMissing } from "@mlops/testkit";
import { copyExample, notOk, ROOT as root, SETUP } from "./github-runs.js";
import { runJob, type JobResult } from "./workflow-runner.js";

/*
 * ci.yml's two example jobs run as written (workflow-runner.ts), with the actions as the other
 * workflow tests run them: every action as its committed bundle in a child process (the bundled
 * run, test/bundled-run.ts; MLOPS_TEST_WORKFLOW_ACTIONS=source runs their mains in-process): 2012
 * registers and deploys v1; 2013 drifts, is compared with production v1 re-scored by the
 * trainer's predict command on v2's holdout days, passes the gates, registers v2 and promotes it
 * (local registry, as ci.yml runs them). The reusable workflows against the fake GitHub are in
 * workflow-runs-github.bundle.test.ts (one model) and workflow-runs-models.bundle.test.ts (two models); the
 * files run in parallel.
 */

const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-workflow-runs-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const python = "/usr/bin/python3";
const hasSklearn = () => existsSync(python) && pythonMissing(python, ["sklearn"]) === null;

describe("ci.yml example jobs (the actions on the example, as CI runs them)", () => {
  it.for([["node"], ["python"]] as const)(
    "2012 → 2013 with the %s trainer",
    { timeout: 300_000 },
    async ([trainer], { skip }) => {
      if (trainer === "python" && !hasSklearn())
        return skip("skipping the python trainer chain: /usr/bin/python3 has no scikit-learn");
      // A workspace shaped like a checkout of this repository; shared by both jobs, as the
      // registry artifact of the first job is restored into the second.
      const workspace = path.join(tmp, `ci-${trainer}`);
      mkdirSync(path.join(workspace, "examples"), { recursive: true });
      copyExample(path.join(workspace, "examples/seattle-weather"));
      symlinkSync(path.join(root, "node_modules"), path.join(workspace, "node_modules"));
      const common = {
        workflow: path.join(root, ".github/workflows/ci.yml"),
        workspace,
        runnerTemp: path.join(tmp, `ci-${trainer}-temp`),
        contexts: { matrix: { trainer } },
        actionFor: (uses: string) => /^\.\/actions\/([\w-]+)$/.exec(uses)?.[1] ?? null,
        skipStep: (step: { run?: string }) => SETUP.test(step.run ?? ""),
      };
      const first = await runJob({ ...common, job: "example-2012" });
      expect(notOk(first), first.log.join("\n")).toEqual([]);
      const second = await runJob({ ...common, job: "example-2013" });
      expect(notOk(second), second.log.join("\n")).toEqual([]);

      const out = (r: JobResult, key: string) => r.steps[key]!.outputs;
      expect(out(first, "register-2012").version).toBe("1");
      expect(out(first, "evaluate-2012").verdict).toBe("no-baseline");
      expect(out(first, "deploy-2012").version).toBe("1");
      expect(out(second, "validate-2013")["drift-detected"]).toBe("true");
      expect(JSON.parse(out(second, "validate-2013")["drifted-columns"]!)).toContain("weather");
      // Node and Python both improve every gated metric from 2012 to 2012–2013 (see the README).
      expect(out(second, "evaluate-2013").verdict).toBe("pass");
      expect(out(second, "evaluate-2013")["baseline-version"]).toBe("1");
      expect(out(second, "register-2013").version).toBe("2");
      expect(out(second, "deploy-2013").version).toBe("2");
      expect(second.actions["validate-2013"]!.summary).toContain("weather");
    },
  );
});
