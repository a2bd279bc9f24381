import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { runAction, type ActionMode, type ActionResult, type EventSpec, type RunFacts } from "@mlops/testkit";
import { bundledRun } from "../bundled-run.js";
import { condition, evaluate, interpolate, type Status, type Value } from "./expressions.js";

export { evaluate, interpolate, type Status, type Value } from "./expressions.js";

/*
 * Runs one job of a workflow file the way the runner does, for tests: `uses:` steps of our
 * actions run through the testkit harness (the bundle, actions/<name>/dist/index.js, in the
 * bundled run; their main in-process otherwise: workflowActionMode),
 * `run:` steps run under `bash -e` with the step's env and GITHUB_OUTPUT; `${{ }}` expressions
 * (in `run:` scripts too) and `if:` conditions are evaluated by GitHub's own expression engine
 * (./expressions.ts), the status functions seeing the job's steps at step level and its ancestor
 * jobs at job level.
 * Third-party actions (checkout, setup-node, artifacts) are not run: the caller lays out the
 * workspace instead.
 */

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string | boolean;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  "continue-on-error"?: boolean;
}
export interface Job {
  needs?: string | string[];
  if?: string;
  "runs-on"?: unknown;
  "timeout-minutes"?: unknown;
  strategy?: { matrix?: unknown; "fail-fast"?: boolean };
  concurrency?: unknown;
  env?: Record<string, unknown>;
  steps?: Step[];
  outputs?: Record<string, string>;
  permissions?: unknown;
}
export interface Workflow {
  name?: string;
  on?: unknown;
  jobs: Record<string, Job>;
}

export interface StepState {
  outputs: Record<string, string>;
  outcome: "success" | "failure" | "skipped" | "pending";
  conclusion: "success" | "failure" | "skipped" | "pending";
}

export interface Contexts {
  github: Record<string, unknown>;
  inputs: Record<string, unknown>;
  matrix: Record<string, unknown>;
  needs: Record<string, { outputs: Record<string, string>; result: string }>;
  secrets: Record<string, string>;
  job: Record<string, unknown>;
  runner: Record<string, unknown>;
  vars: Record<string, string>;
  env: Record<string, string>;
  steps: Record<string, StepState>;
}

export interface RunJobOptions {
  workflow: string;
  job: string;
  workspace: string;
  runnerTemp: string;
  contexts?: Partial<Omit<Contexts, "steps" | "env">>;
  /** Bundled action for a `uses:`, or null to leave the step out (third-party actions). */
  actionFor?: (uses: string) => string | null;
  /**
   * Stands in for a third-party action (e.g. upload/download-artifact): called with the `uses:`
   * and the step's interpolated inputs, does the step's effect and returns its outputs; null
   * leaves the step out, a throw fails it. Only asked for steps actionFor does not run.
   */
  thirdParty?: (
    uses: string,
    inputs: Record<string, string>,
  ) => Record<string, string> | null | Promise<Record<string, string> | null>;
  /** Extra environment for every action and run step (e.g. GITHUB_API_URL of the fake). */
  env?: Record<string, string>;
  /** Token the harness gives actions for `${{ github.token }}` defaults. */
  token?: string;
  apiUrl?: string;
  /** PATH for run steps (e.g. with a stub gh first). */
  path?: string;
  /** Steps to leave out (e.g. machine set-up like `npm ci` that the test machine has done). */
  skipStep?: (step: Step) => boolean;
  /** The event and run facts the actions see (GITHUB_EVENT_NAME, payload, run id…). */
  event?: EventSpec;
  facts?: Partial<RunFacts>;
  /**
   * Results of the run's jobs above the needed ones (the needs of its needs, transitively): the
   * job-level status functions look at every ancestor, not only at `needs`. Each must be an
   * ancestor by the workflow's `needs:` (a needed job's `ancestors` in its JobResult, say).
   */
  ancestors?: Record<string, JobOutcome>;
  /**
   * How our actions run (runAction's mode): "source" (their main in this process) unless the
   * test, MLOPS_TEST_WORKFLOW_ACTIONS=bundle or the bundled run (MLOPS_TEST_BUNDLED=1) asks for
   * the bundles in child processes.
   */
  actionMode?: ActionMode;
}

/** The mode a workflow test runs our actions in when it does not choose (see RunJobOptions). */
export function workflowActionMode(): ActionMode {
  const given = process.env.MLOPS_TEST_WORKFLOW_ACTIONS;
  if (given === undefined || given === "") return bundledRun() ? "bundle" : "source";
  if (given !== "source" && given !== "bundle")
    throw new Error(
      `MLOPS_TEST_WORKFLOW_ACTIONS must be "source" or "bundle", found ${JSON.stringify(given)}`,
    );
  return given;
}

/** A job's result as the status functions of the jobs after it see it. */
export type JobOutcome = "success" | "failure" | "skipped" | "cancelled";

export interface JobResult {
  steps: Record<string, StepState>;
  actions: Record<string, ActionResult>;
  outputs: Record<string, string>;
  result: "success" | "failure" | "skipped";
  log: string[];
  /** The results of every ancestor job the status functions saw (its needs included). */
  ancestors: Record<string, JobOutcome>;
}

/**
 * A stub `gh` for run steps: every call is logged to $STUB_DIR/calls.jsonl (one JSON array of
 * args per line); answers come from files in $STUB_DIR (api-<route>.json, issues.json); bodies
 * given with --body-file are kept (created-body.md, edited-body-<n>.md). Needs jq.
 */
export const STUB_GH = `#!/usr/bin/env bash
set -e
printf '%s\\n' "$(jq -cn '$ARGS.positional' --args -- "$@")" >> "$STUB_DIR/calls.jsonl"
case "$1 $2" in
  "api repos/"*) cat "$STUB_DIR/api-$(echo "$2" | sed 's/[^A-Za-z0-9]/_/g' | cut -c1-80).json" ;;
  "api --paginate") cat "$STUB_DIR/issues.json" ;;
  "label create") exit 0 ;;
  "issue create")
    while [ $# -gt 0 ]; do if [ "$1" = --body-file ]; then cp "$2" "$STUB_DIR/created-body.md"; fi; shift; done
    echo "https://github.example/o/r/issues/99" ;;
  "issue edit")
    n=$3; while [ $# -gt 0 ]; do if [ "$1" = --body-file ]; then cp "$2" "$STUB_DIR/edited-body-$n.md"; fi; shift; done ;;
  "issue comment") exit 0 ;;
  "issue view") echo "https://github.example/o/r/issues/$3" ;;
  "workflow run") exit 0 ;;
  *) echo "stub gh: unexpected call: $*" >&2; exit 3 ;;
esac
`;

const parsed = new Map<string, { text: string; workflow: Workflow }>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * A workflow file, parsed once per content (a run parses each file for every job and leg: YAML
 * parsing was ~10% of a workflow test's CPU). Frozen: callers read it, never change it.
 */
export function loadWorkflow(file: string): Workflow {
  const text = readFileSync(file, "utf8");
  const hit = parsed.get(file);
  if (hit && hit.text === text) return hit.workflow;
  const workflow = deepFreeze(parse(text) as Workflow);
  parsed.set(file, { text, workflow });
  return workflow;
}

/** Our actions, however a workflow names them. */
export function ourAction(uses: string): string | null {
  const m =
    /^\.\/(?:\.mlops-actions\/)?actions\/([\w-]+)\/?$/.exec(uses) ??
    /^\$\/actions\/([\w-]+)\/?$/.exec(uses) ??
    /^[^/]+\/mlops-actions\/actions\/([\w-]+)@[\w./-]+$/.exec(uses);
  return m ? m[1]! : null;
}

function parseOutputFile(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]!);
      out[heredoc[1]!] = body.join("\n");
    } else if (line.includes("=")) out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
  }
  return out;
}

/**
 * What a job's status functions see: GitHub's job-level failure() is true when any ancestor job
 * (through `needs:`, transitively) failed; success() only when every ancestor succeeded, so a
 * skipped one makes it false: a job without a status function in its `if:` (an implicit
 * `success() &&`) or with an explicit `if: success()` is skipped after a skipped need.
 */
export function ancestorStatus(results: JobOutcome[]): Status {
  return {
    failed: results.includes("failure"),
    incomplete: results.some((r) => r !== "success"),
    cancelled: results.includes("cancelled"),
  };
}

/**
 * Whether GitHub starts a job: its `if:` (default success()) over its contexts, the status
 * functions seeing the jobs it needs (ctx.needs) and their ancestors (`ancestors`: results of the
 * jobs further up, by name).
 */
export function jobRuns(job: Job, ctx: Contexts, ancestors: Record<string, JobOutcome> = {}): boolean {
  const results = { ...ancestors, ...mapValues(ctx.needs, (n) => n.result as JobOutcome) };
  return condition(job.if, ctx, ancestorStatus(Object.values(results)));
}

function mapValues<T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

/** The jobs a job needs, directly and through them, by the workflow's `needs:`. */
export function ancestorsOf(workflow: Workflow, name: string, seen = new Set<string>()): Set<string> {
  const job = workflow.jobs[name];
  if (!job)
    throw new Error(`no job ${name} in the workflow (jobs: ${Object.keys(workflow.jobs).join(", ")})`);
  for (const need of [job.needs ?? []].flat()) {
    if (seen.has(need)) continue;
    seen.add(need);
    ancestorsOf(workflow, need, seen);
  }
  return seen;
}

/** The given ancestors, after checking that the given needs and ancestors are the workflow's. */
function checkAncestry(workflow: Workflow, options: RunJobOptions): Record<string, JobOutcome> {
  const where = `${options.workflow}: job ${options.job}`;
  const declared = [workflow.jobs[options.job]?.needs ?? []].flat();
  for (const need of Object.keys(options.contexts?.needs ?? {}))
    if (!declared.includes(need))
      throw new Error(`${where} does not need ${need} (needs: ${declared.join(", ") || "nothing"})`);
  const above = ancestorsOf(workflow, options.job);
  for (const name of Object.keys(options.ancestors ?? {}))
    if (!above.has(name))
      throw new Error(`${where}: ${name} is not an ancestor (ancestors: ${[...above].join(", ") || "none"})`);
  return options.ancestors ?? {};
}

/** `bash -e -c script` as a run step's shell, without blocking this process. */
function runShell(
  script: string,
  options: { cwd: string; env: Record<string, string> },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["--noprofile", "--norc", "-e", "-c", script], {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (status) =>
      resolve({
        status,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

/** Runs one job; steps of third-party actions are left out (see actionFor). */
export async function runJob(options: RunJobOptions): Promise<JobResult> {
  const workflow = loadWorkflow(options.workflow);
  const job = workflow.jobs[options.job];
  if (!job) throw new Error(`${options.workflow}: no job ${options.job}`);
  const given = options.contexts ?? {};
  // A reusable workflow's inputs: the declared defaults, then what the caller gave.
  const defaults = workflowDefaults(workflow);
  const ctx: Contexts = {
    github: { workspace: options.workspace, token: options.token ?? "", ...given.github },
    inputs: { ...defaults, ...given.inputs },
    matrix: given.matrix ?? {},
    needs: given.needs ?? {},
    secrets: given.secrets ?? {},
    job: given.job ?? {},
    runner: { temp: options.runnerTemp, os: "Linux", ...given.runner },
    vars: given.vars ?? {},
    env: {},
    steps: {},
  };
  const ancestors = checkAncestry(workflow, options);
  const seen = { ...ancestors, ...mapValues(ctx.needs, (n) => n.result as JobOutcome) };
  const status: Status = { failed: false };
  const log: string[] = [];
  const actions: Record<string, ActionResult> = {};
  const skipped: JobResult = { steps: {}, actions, outputs: {}, result: "skipped", log, ancestors: seen };
  if (!jobRuns(job, ctx, ancestors)) return skipped;
  for (const [k, v] of Object.entries(job.env ?? {})) ctx.env[k] = interpolate(v, ctx, status);
  mkdirSync(options.runnerTemp, { recursive: true });

  for (const [index, step] of (job.steps ?? []).entries()) {
    const key = step.id ?? `__${index}`;
    const label = step.name ? interpolate(step.name, ctx, status) : (step.uses ?? `run ${index}`);
    const action = step.uses ? (options.actionFor ?? ourAction)(step.uses) : null;
    const standIn = step.uses && !action ? options.thirdParty : undefined;
    if ((step.uses && !action && !standIn) || options.skipStep?.(step)) {
      log.push(`left out: ${label}`);
      continue;
    }
    if (!condition(step.if, ctx, status)) {
      ctx.steps[key] = { outputs: {}, outcome: "skipped", conclusion: "skipped" };
      log.push(`skipped: ${label}`);
      continue;
    }
    const stepEnv = { ...ctx.env };
    for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = interpolate(v, ctx, status);
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(v, ctx, status)]),
    );
    let state: StepState;
    if (standIn) {
      let outputs: Record<string, string> | null = null;
      let outcome: "success" | "failure" = "success";
      try {
        outputs = await standIn(step.uses!, inputs);
      } catch (error) {
        outcome = "failure";
        log.push(`failure: ${label}: ${(error as Error).message}`);
      }
      if (outcome === "success" && outputs === null) {
        log.push(`left out: ${label}`);
        continue;
      }
      state = { outputs: outputs ?? {}, outcome, conclusion: outcome };
      if (outcome === "success") log.push(`success: ${label} (stand-in)`);
    } else if (action) {
      const result = await runAction(action, {
        inputs,
        cwd: options.workspace,
        runnerTemp: options.runnerTemp,
        job: options.job,
        token: options.token ?? "",
        ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
        ...(options.event ? { event: options.event } : {}),
        ...(options.facts ? { facts: options.facts } : {}),
        env: { ...options.env, ...stepEnv },
        timeoutMs: 180_000,
        mode: options.actionMode ?? workflowActionMode(),
      });
      actions[key] = result;
      const pending = result.exitCode !== 0 && /not implemented yet/.test(result.stdout + result.stderr);
      const outcome = result.exitCode === 0 ? "success" : pending ? "pending" : "failure";
      state = { outputs: result.outputs, outcome, conclusion: outcome };
      if (result.unexpectedInputs.length)
        log.push(`unexpected inputs: ${result.unexpectedInputs.join(", ")}`);
      log.push(`${outcome}: ${label} (${result.durationMs} ms)`);
      if (outcome === "failure") log.push(result.stdout.slice(-4000), result.stderr.slice(-4000));
    } else {
      const output = path.join(options.runnerTemp, `output-${options.job}-${index}`);
      writeFileSync(output, "");
      // Asynchronously: a run step may call a server in this process (the fake GitHub).
      const result = await runShell(interpolate(step.run, ctx, status), {
        cwd: options.workspace,
        env: {
          PATH: options.path ?? process.env.PATH ?? "",
          HOME: options.runnerTemp,
          // The test run's temp dir (test/global-setup.ts), so what a step leaves there goes with it.
          ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
          GITHUB_OUTPUT: output,
          GITHUB_WORKSPACE: options.workspace,
          RUNNER_TEMP: options.runnerTemp,
          ...options.env,
          ...stepEnv,
        },
      });
      const outcome = result.status === 0 ? "success" : "failure";
      state = { outputs: parseOutputFile(output), outcome, conclusion: outcome };
      log.push(`${outcome}: ${label}`, result.stdout.trim(), result.stderr.trim());
    }
    if (state.outcome === "failure" && step["continue-on-error"]) state.conclusion = "success";
    ctx.steps[key] = state;
    if (state.conclusion === "failure") status.failed = true;
  }
  const outputs = Object.fromEntries(
    Object.entries(job.outputs ?? {}).map(([k, v]) => [k, interpolate(v, ctx, status)]),
  );
  const result = status.failed ? "failure" : "success";
  return { steps: ctx.steps, actions, outputs, result, log, ancestors: seen };
}

/** A matrix job's legs and what the jobs after it see of them. */
export interface MatrixResult extends JobResult {
  /** One result per leg, in the order of the matrix. */
  legs: Array<{ matrix: Record<string, Value>; result: JobResult }>;
}

/**
 * The legs of a job's `strategy.matrix`, as GitHub expands them: `include` (a list, or an
 * expression such as `${{ fromJSON(needs.plan.outputs.models) }}`) with no other axes; a job
 * without a matrix is one leg with an empty matrix. Evaluated only for a job that runs.
 */
export function matrixLegs(job: Job, ctx: Omit<Contexts, "steps" | "env">): Array<Record<string, Value>> {
  const matrix = job.strategy?.matrix;
  if (matrix === undefined) return [{}];
  const expand = (value: unknown): Value =>
    typeof value === "string" && /^\s*\$\{\{[\s\S]*\}\}\s*$/.test(value)
      ? evaluate(value.trim().slice(3, -2), { ...ctx, steps: {}, env: {} })
      : (value as Value);
  const spec = expand(matrix);
  if (!spec || typeof spec !== "object" || Array.isArray(spec))
    throw new Error(`strategy.matrix must be a mapping, found ${JSON.stringify(spec)}`);
  const axes = Object.keys(spec).filter((k) => k !== "include" && k !== "exclude");
  if (axes.length) throw new Error(`matrix axes (${axes.join(", ")}) are not supported here; use include`);
  const include = expand(spec.include);
  if (!Array.isArray(include) || include.length === 0)
    // GitHub fails such a job: "Matrix vector 'include' does not contain any values".
    throw new Error(`strategy.matrix.include is empty or not a list: ${JSON.stringify(include)}`);
  return include.map((leg) => {
    if (!leg || typeof leg !== "object" || Array.isArray(leg))
      throw new Error(`a matrix leg must be a mapping, found ${JSON.stringify(leg)}`);
    return leg;
  });
}

/**
 * Runs every leg of a job (one after the other; `prepare` gives each its own workspace, token…)
 * and sums them up as GitHub does for the jobs after it: the job failed when a leg failed, and
 * its outputs are the legs' outputs merged in order (a later leg's non-empty value wins).
 */
export async function runMatrixJob(
  options: RunJobOptions,
  prepare: (
    matrix: Record<string, Value>,
  ) => Partial<RunJobOptions> | Promise<Partial<RunJobOptions>> = () => ({}),
): Promise<MatrixResult> {
  const workflow = loadWorkflow(options.workflow);
  const job = workflow.jobs[options.job];
  if (!job) throw new Error(`${options.workflow}: no job ${options.job}`);
  const given = options.contexts ?? {};
  const ctx: Omit<Contexts, "steps" | "env"> = {
    github: given.github ?? {},
    inputs: { ...workflowDefaults(workflow), ...given.inputs },
    matrix: {},
    needs: given.needs ?? {},
    secrets: given.secrets ?? {},
    job: given.job ?? {},
    runner: given.runner ?? {},
    vars: given.vars ?? {},
  };
  const ancestors = { ...(options.ancestors ?? {}), ...mapValues(ctx.needs, (n) => n.result as JobOutcome) };
  if (!jobRuns(job, { ...ctx, steps: {}, env: {} }, options.ancestors ?? {}))
    return { steps: {}, actions: {}, outputs: {}, result: "skipped", log: [], ancestors, legs: [] };
  const legs: MatrixResult["legs"] = [];
  for (const matrix of matrixLegs(job, ctx)) {
    const extra = await prepare(matrix);
    const result = await runJob({
      ...options,
      ...extra,
      contexts: { ...given, ...extra.contexts, matrix },
    });
    legs.push({ matrix, result });
  }
  const outputs: Record<string, string> = {};
  for (const { result } of legs)
    for (const [k, v] of Object.entries(result.outputs)) if (v !== "" || !(k in outputs)) outputs[k] = v;
  const last = legs.at(-1)!.result;
  const result = legs.some((l) => l.result.result === "failure") ? "failure" : "success";
  return { ...last, outputs, result, ancestors, legs };
}

function workflowDefaults(workflow: Workflow): Record<string, unknown> {
  const on = workflow.on as
    { workflow_call?: { inputs?: Record<string, { default?: unknown }> } } | undefined;
  return Object.fromEntries(
    Object.entries((on && typeof on === "object" && on.workflow_call?.inputs) || {})
      .filter(([, spec]) => spec && spec.default !== undefined)
      .map(([name, spec]) => [name, spec.default]),
  );
}
