import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { runAction, type ActionResult } from "@mlops/testkit";
import { afterAll, describe, expect, it } from "vitest";

/*
 * The `example` job of .github/workflows/ci.yml, run as written: every `uses: ./actions/<name>`
 * step runs the bundled action (actions/<name>/dist/index.js) through the testkit runner, with
 * the `with:` inputs of ci.yml after expanding their `${{ }}` expressions from the previous
 * steps' outputs; the `run:` steps that choose the trainer and check the result run under bash.
 * Only the machine set-up steps (npm ci, apt-get) are skipped: this machine is set up already.
 *
 * So a change to the actions that breaks the example pipeline, or a ci.yml step that passes a
 * wrong path or input, fails here and not first on GitHub.
 */

const root = path.resolve(import.meta.dirname, "../..");
const SETUP_STEPS = /^(npm ci|sudo apt-get|Install scikit-learn)/;

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}
interface Job {
  env?: Record<string, string>;
  steps: Step[];
}

const ci = parse(readFileSync(path.join(root, ".github/workflows/ci.yml"), "utf8")) as {
  jobs: Record<string, Job>;
};
/** The two runs of the example, in order; the second gets the first one's .mlops as an artifact. */
const JOBS = ["example-2012", "example-2013"];

interface Context {
  matrix: Record<string, string>;
  env: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string>; outcome: string }>;
  workspace: string;
}

/** The expressions ci.yml's example job uses: contexts, == / != against a literal, &&, always(). */
function evaluate(expr: string, ctx: Context): string | boolean {
  const e = expr.trim();
  if (e === "always()") return true;
  const and = e.split(/\s+&&\s+/);
  if (and.length > 1)
    return and.every((part) => evaluate(part, ctx) === true || evaluate(part, ctx) === "true");
  const cmp = /^(.+?)\s*(==|!=)\s*'([^']*)'$/.exec(e);
  if (cmp) {
    const left = String(evaluate(cmp[1]!, ctx));
    return cmp[2] === "==" ? left === cmp[3] : left !== cmp[3];
  }
  let m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
  if (m) return ctx.steps[m[1]!]?.outputs[m[2]!] ?? "";
  m = /^matrix\.(\w+)$/.exec(e);
  if (m) return ctx.matrix[m[1]!] ?? "";
  m = /^env\.(\w+)$/.exec(e);
  if (m) return ctx.env[m[1]!] ?? "";
  if (e === "github.workspace") return ctx.workspace;
  throw new Error(`ci-example: expression not understood: ${e}`);
}

function expand(value: unknown, ctx: Context): string {
  return String(value).replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => String(evaluate(expr, ctx)));
}

function condition(step: Step, ctx: Context): boolean {
  if (step.if === undefined) return Object.values(ctx.steps).every((s) => s.outcome !== "failure");
  const expr = step.if.replace(/^\$\{\{|\}\}$/g, "");
  const failed = Object.values(ctx.steps).some((s) => s.outcome === "failure");
  if (failed && !/\balways\(\)/.test(expr)) return false;
  const result = evaluate(expr, ctx);
  return result === true || result === "true";
}

const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-ci-example-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const python = "/usr/bin/python3";
const hasSklearn = existsSync(python) && spawnSync(python, ["-c", "import sklearn"]).status === 0;

async function runExampleJob(trainer: string) {
  // A workspace shaped like a checkout of this repository: the example and the installed modules.
  const workspace = path.join(tmp, trainer, "workspace");
  mkdirSync(path.join(workspace, "examples"), { recursive: true });
  cpSync(path.join(root, "examples/seattle-weather"), path.join(workspace, "examples/seattle-weather"), {
    recursive: true,
    filter: (src) => !/[\\/](out|\.serving|\.mlops|__pycache__)$/.test(src),
  });
  symlinkSync(path.join(root, "node_modules"), path.join(workspace, "node_modules"));
  const runnerTemp = path.join(tmp, trainer, "runner-temp");
  mkdirSync(runnerTemp, { recursive: true });
  const log: string[] = [];
  const results: Record<string, ActionResult> = {};
  const all: Context["steps"] = {};
  for (const jobName of JOBS) {
    const job = ci.jobs[jobName]!;
    const ctx: Context = { matrix: { trainer }, env: {}, steps: {}, workspace };
    for (const [k, v] of Object.entries(job.env ?? {})) ctx.env[k] = expand(v, ctx);
    await runJob(jobName, job, ctx, runnerTemp, log, results);
    for (const [k, v] of Object.entries(ctx.steps)) all[`${jobName}/${k}`] = v;
  }
  return { steps: all, log, results, workspace };
}

async function runJob(
  jobName: string,
  job: Job,
  ctx: Context,
  runnerTemp: string,
  log: string[],
  results: Record<string, ActionResult>,
) {
  const workspace = ctx.workspace;
  log.push(`--- job ${jobName}`);
  for (const [index, step] of job.steps.entries()) {
    const label = step.name ?? step.uses ?? step.run?.split("\n")[0] ?? `step ${index}`;
    const key = step.id ?? `step-${index}`;
    // checkout, setup-node, and the registry artifact: the machine is set up, the workspace is shared.
    if (step.uses?.startsWith("actions/")) continue;
    if (step.run && SETUP_STEPS.test(label)) continue;
    if (!condition(step, ctx)) {
      ctx.steps[key] = { outputs: {}, outcome: "skipped" };
      log.push(`skipped: ${label}`);
      continue;
    }
    if (step.uses) {
      const m = /^\.\/actions\/([\w-]+)$/.exec(step.uses);
      if (!m) throw new Error(`ci-example: unexpected uses ${step.uses}`);
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v, ctx)]));
      const result = await runAction(m[1]!, {
        inputs,
        cwd: workspace,
        runnerTemp,
        job: jobName,
        timeoutMs: 120_000,
      });
      results[key] = result;
      expect(result.unexpectedInputs, `${label}: inputs not in action.yml`).toEqual([]);
      // An action whose issue has not landed yet fails with "not implemented yet": counted apart.
      const pending = result.exitCode !== 0 && /not implemented yet/.test(result.stdout + result.stderr);
      const outcome = result.exitCode === 0 ? "success" : pending ? "pending" : "failure";
      ctx.steps[key] = { outputs: result.outputs, outcome };
      log.push(`${outcome}: ${label} (${result.durationMs} ms)`);
      if (process.env.MLOPS_CI_EXAMPLE_TIMINGS) console.log(`${label}: ${result.durationMs} ms`);
      if (outcome === "failure") log.push(result.stdout.slice(-3000), result.stderr.slice(-3000));
      if (pending)
        console.warn(`ci-example: ${label}: ${m[1]} is not implemented yet; its checks are skipped`);
    } else if (step.run) {
      const output = path.join(runnerTemp, `output-${index}`);
      writeFileSync(output, "");
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, ctx)]));
      const result = spawnSync("bash", ["--noprofile", "--norc", "-e", "-c", step.run], {
        cwd: workspace,
        encoding: "utf8",
        env: {
          PATH: process.env.PATH ?? "",
          HOME: tmp,
          GITHUB_OUTPUT: output,
          RUNNER_TEMP: runnerTemp,
          ...env,
        },
      });
      const outputs = Object.fromEntries(
        readFileSync(output, "utf8")
          .split("\n")
          .filter((l) => l.includes("="))
          .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
      );
      ctx.steps[key] = { outputs, outcome: result.status === 0 ? "success" : "failure" };
      log.push(
        `${result.status === 0 ? "success" : "failure"}: ${label}`,
        result.stdout.trim(),
        result.stderr.trim(),
      );
    }
  }
}

describe("ci.yml example job (the actions on the example, as CI runs them)", () => {
  it.each([["node"], ["python"]])(
    "runs the 2012 → 2013 chain with the %s trainer",
    async (trainer) => {
      if (trainer === "python" && !hasSklearn) {
        console.warn("skipping the python trainer chain: /usr/bin/python3 has no scikit-learn");
        return;
      }
      // Both chains take a while on a loaded machine: CI (.ci/run sets CI=true) runs both, a local
      // `npm test` the Node one (MLOPS_TEST_PYTHON_CHAIN=1 adds the Python one).
      if (trainer === "python" && !process.env.CI && !process.env.MLOPS_TEST_PYTHON_CHAIN) {
        console.warn(
          "skipping the python trainer chain outside CI (set MLOPS_TEST_PYTHON_CHAIN=1 to run it)",
        );
        return;
      }
      const { steps, log, results, workspace } = await runExampleJob(trainer);
      const failed = Object.entries(steps).filter(
        ([, s]) => s.outcome === "failure" || s.outcome === "skipped",
      );
      // Skipped is a failure too, but for the one step the gates may skip.
      expect(
        failed.map(([k]) => k),
        log.join("\n"),
      ).toEqual([]);
      const out = (key: string) => steps[key]!.outputs;
      expect(out("example-2012/register-2012").version).toBe("1");
      expect(out("example-2012/evaluate-2012").verdict).toBe("no-baseline");
      expect(out("example-2012/deploy-2012").version).toBe("1");
      expect(out("example-2013/validate-2013")["drift-detected"]).toBe("true");
      expect(JSON.parse(out("example-2013/validate-2013")["drifted-columns"]!)).toContain("weather");
      // Node and Python both improve every gated metric from 2012 to 2012–2013 (see the README).
      expect(out("example-2013/evaluate-2013").verdict).toBe("pass");
      expect(out("example-2013/evaluate-2013")["baseline-version"]).toBe("1");
      expect(out("example-2013/register-2013").version).toBe("2");
      expect(out("example-2013/deploy-2013").version).toBe("2");
      expect(results["validate-2013"]!.summary.length).toBeGreaterThan(0);
      expect(existsSync(path.join(workspace, "examples/seattle-weather/.serving/seattle-weather"))).toBe(
        true,
      );
    },
    300_000,
  );
});
