import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  evaluate,
  interpolate,
  jobRuns,
  matrixLegs,
  ourAction,
  runJob,
  type Contexts,
  type Job,
  type JobOutcome,
} from "./workflow-runner.js";

// The expression subset the test runner understands must agree with GitHub's semantics for what
// our workflows use, or the workflow tests would prove nothing.
const ctx = {
  github: { event_name: "pull_request", event: { pull_request: { number: 7 } }, workspace: "/w" },
  inputs: { "mlops-ref": "", model: "m", cache: true },
  matrix: { trainer: "node" },
  needs: { train: { outputs: { passed: "true" }, result: "success" } },
  secrets: {},
  job: { workflow_sha: "abc" },
  runner: { temp: "/t" },
  vars: {},
  env: {},
  steps: { s: { outputs: { "drift-detected": "true", n: "" }, outcome: "success", conclusion: "success" } },
} as unknown as Contexts;
const ok = { failed: false };

describe("workflow-runner expressions", () => {
  it("|| and && return operands, as GitHub's do", () => {
    expect(evaluate("inputs.mlops-ref || job.workflow_sha", ctx, ok)).toBe("abc");
    expect(evaluate("inputs.model && matrix.trainer", ctx, ok)).toBe("node");
    expect(evaluate("steps.s.outputs.n || 'fallback'", ctx, ok)).toBe("fallback");
  });

  it("compares strings case-insensitively and across types loosely", () => {
    expect(evaluate("needs.train.outputs.passed == 'TRUE'", ctx, ok)).toBe(true);
    expect(evaluate("github.event.pull_request.number == '7'", ctx, ok)).toBe(true);
    expect(evaluate("steps.s.outputs.n != ''", ctx, ok)).toBe(false);
    expect(evaluate("inputs.cache", ctx, ok)).toBe(true);
  });

  it("reads missing properties as null and supports the status functions", () => {
    expect(evaluate("github.event.workflow_run.head_sha", ctx, ok)).toBe(null);
    expect(evaluate("always() && steps.s.outputs.drift-detected == 'true'", ctx, { failed: true })).toBe(
      true,
    );
    expect(evaluate("success()", ctx, { failed: true })).toBe(false);
    expect(evaluate("!(1 == 2) && (false || 'x')", ctx, ok)).toBe("x");
  });

  it("interpolates ${{ }} with format()", () => {
    expect(interpolate("a-${{ inputs.model }}-${{ format('{0}/r', runner.temp) }}", ctx)).toBe("a-m-/t/r");
    expect(() => evaluate("unknown.thing", ctx, ok)).toThrow(/unknown context/);
  });

  it("names our actions however a workflow refers to them", () => {
    expect(ourAction("./actions/train")).toBe("train");
    expect(ourAction("./.mlops-actions/actions/report-metrics")).toBe("report-metrics");
    expect(ourAction("OWNER/mlops-actions/actions/deploy-model@v1")).toBe("deploy-model");
    expect(ourAction("actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd")).toBe(null);
  });
});

// GitHub's job-level status functions: failure() is true when any ancestor job failed ("If you
// have a chain of dependent jobs, failure() returns true if any ancestor job fails"), success()
// only when every ancestor succeeded, so a skipped need skips an implicit or explicit success().
describe("workflow-runner job semantics", () => {
  const jobCtx = (needs: Record<string, JobOutcome>): Contexts =>
    ({
      ...ctx,
      needs: Object.fromEntries(Object.entries(needs).map(([k, r]) => [k, { result: r, outputs: {} }])),
    }) as Contexts;
  const job = (condition?: string): Job => (condition === undefined ? {} : { if: condition });

  it("a job without an if: runs only when every need and ancestor succeeded", () => {
    expect(jobRuns(job(), jobCtx({ b: "success" }))).toBe(true);
    expect(jobRuns(job(), jobCtx({ b: "skipped" }))).toBe(false);
    expect(jobRuns(job(), jobCtx({ b: "failure" }))).toBe(false);
    // A skipped grandparent skips it too, though its own need succeeded.
    expect(jobRuns(job(), jobCtx({ b: "success" }), { a: "skipped" })).toBe(false);
    expect(jobRuns(job("needs.b.result == 'success'"), jobCtx({ b: "success" }), { a: "skipped" })).toBe(
      false,
    );
  });

  it("an explicit if: success() after a skipped need is skipped; !failure() runs", () => {
    expect(jobRuns(job("success()"), jobCtx({ b: "skipped" }))).toBe(false);
    expect(jobRuns(job("${{ success() }}"), jobCtx({ b: "success" }))).toBe(true);
    expect(jobRuns(job("!failure() && !cancelled()"), jobCtx({ b: "skipped" }))).toBe(true);
    expect(jobRuns(job("always()"), jobCtx({ b: "failure" }))).toBe(true);
  });

  it("failure() looks at every ancestor, not only the needs", () => {
    // a failed, b (if: always()) succeeded, c needs b.
    expect(jobRuns(job("failure()"), jobCtx({ b: "success" }), { a: "failure" })).toBe(true);
    expect(jobRuns(job("failure()"), jobCtx({ b: "success" }), { a: "success" })).toBe(false);
    expect(jobRuns(job("!failure()"), jobCtx({ b: "success" }), { a: "failure" })).toBe(false);
  });

  describe("runJob", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "runner-jobs-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const workflow = path.join(dir, "chain.yml");
    const echo = (text: string) => `echo "${text}" >> "$GITHUB_WORKSPACE/log"`;
    writeFileSync(
      workflow,
      stringify({
        on: "push",
        jobs: {
          a: { steps: [{ run: "exit 1" }] },
          b: { needs: "a", if: "always()", steps: [{ run: "true" }] },
          c: {
            needs: ["b"],
            if: "failure()",
            outputs: { seen: "${{ steps.after.outcome }}" },
            steps: [
              { id: "bad", run: "exit 3", "continue-on-error": true },
              {
                run: echo(
                  "after a failure that continues: ${{ steps.bad.outcome }}/${{ steps.bad.conclusion }}",
                ),
              },
              { run: "exit 2" },
              { run: echo("not after a failure") },
              { id: "after", if: "failure()", run: echo("on failure") },
              { if: "success()", run: echo("explicit success()") },
              { if: "always() && hashFiles('log') != ''", run: echo("always, with a log") },
            ],
          },
        },
      }),
    );
    const run = (
      job: string,
      o: { needs?: Record<string, JobOutcome>; ancestors?: Record<string, JobOutcome> },
    ) => {
      const workspace = mkdtempSync(path.join(dir, `${job}-`));
      return runJob({
        workflow,
        job,
        workspace,
        runnerTemp: path.join(workspace, ".tmp"),
        contexts: {
          needs: Object.fromEntries(
            Object.entries(o.needs ?? {}).map(([k, r]) => [k, { result: r, outputs: {} }]),
          ),
        },
        ...(o.ancestors ? { ancestors: o.ancestors } : {}),
      }).then((result) => ({ result, workspace }));
    };

    it("chains ancestors: c (if: failure()) runs after a failed a through a succeeding b", async () => {
      const a = await run("a", {});
      expect(a.result.result).toBe("failure");
      const b = await run("b", { needs: { a: a.result.result } });
      expect(b.result).toMatchObject({ result: "success", ancestors: { a: "failure" } });
      const c = await run("c", { needs: { b: b.result.result }, ancestors: b.result.ancestors });
      expect(c.result.ancestors).toEqual({ a: "failure", b: "success" });
      // Step-level status functions see the job's own steps.
      expect(c.result.result, c.result.log.join("\n")).toBe("failure");
      expect(c.result.outputs).toEqual({ seen: "success" });
      expect(readFileSync(path.join(c.workspace, "log"), "utf8").trim().split("\n")).toEqual([
        "after a failure that continues: failure/success",
        "on failure",
        "always, with a log",
      ]);
      // Without the failed ancestor, c's failure() is false: skipped.
      expect((await run("c", { needs: { b: "success" } })).result.result).toBe("skipped");
    });

    it("rejects needs and ancestors the workflow does not declare", async () => {
      await expect(run("c", { needs: { a: "success" } })).rejects.toThrow("job c does not need a (needs: b)");
      await expect(run("b", { needs: { a: "success" }, ancestors: { c: "success" } })).rejects.toThrow(
        "job b: c is not an ancestor (ancestors: a)",
      );
    });
  });
});

describe("workflow-runner matrix", () => {
  const base = { ...ctx, matrix: {} } as Omit<Contexts, "steps" | "env">;
  const plan = (models: unknown[]) => ({
    ...base,
    needs: { plan: { outputs: { models: JSON.stringify(models) }, result: "success" } },
  });
  const job = (matrix: unknown): Job => ({ strategy: { matrix } });

  it("expands include from an expression as GitHub does; a job without a matrix is one leg", () => {
    const legs = matrixLegs(
      job({ include: "${{ fromJSON(needs.plan.outputs.models) }}" }),
      plan([{ model: "a", config: "models/a/mlops.yml" }, { model: "b" }]),
    );
    expect(legs).toEqual([{ model: "a", config: "models/a/mlops.yml" }, { model: "b" }]);
    expect(matrixLegs(job('${{ fromJSON(\'{"include": [{"model": "c"}]}\') }}'), base)).toEqual([
      { model: "c" },
    ]);
    expect(matrixLegs({}, base)).toEqual([{}]);
  });

  it("refuses what GitHub fails (an empty include) and what it does not model (axes)", () => {
    expect(() =>
      matrixLegs(job({ include: "${{ fromJSON(needs.plan.outputs.models) }}" }), plan([])),
    ).toThrow(/include is empty/);
    expect(() => matrixLegs(job({ trainer: ["node", "python"] }), base)).toThrow(/axes \(trainer\)/);
  });
});
