import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { runAction, type ActionResult, type EventSpec, type RunFacts } from "@mlops/testkit";

/*
 * Runs one job of a workflow file the way the runner does, for tests: `uses:` steps of our
 * actions run the bundled action (actions/<name>/dist/index.js) through the testkit harness,
 * `run:` steps run under `bash -e` with the step's env and GITHUB_OUTPUT, `${{ }}` expressions
 * and `if:` conditions are evaluated (the subset of GitHub's expression language our workflows
 * use: contexts, literals, == != && || !, parentheses, always() success() failure() cancelled(),
 * format(), contains(), startsWith(), toJSON(), fromJSON()). Third-party actions (checkout,
 * setup-node, artifacts) are not run: the caller lays out the workspace instead.
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
  if?: string;
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
}

export interface JobResult {
  steps: Record<string, StepState>;
  actions: Record<string, ActionResult>;
  outputs: Record<string, string>;
  result: "success" | "failure" | "skipped";
  log: string[];
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

export function loadWorkflow(file: string): Workflow {
  return parse(readFileSync(file, "utf8")) as Workflow;
}

/** Our actions, however a workflow names them. */
export function ourAction(uses: string): string | null {
  const m =
    /^\.\/(?:\.mlops-actions\/)?actions\/([\w-]+)\/?$/.exec(uses) ??
    /^[^/]+\/mlops-actions\/actions\/([\w-]+)@[\w./-]+$/.exec(uses);
  return m ? m[1]! : null;
}

// --- expressions --------------------------------------------------------------------------------

type Value = string | number | boolean | null | Record<string, unknown> | unknown[];
type Token = { kind: "str" | "num" | "id" | "op" | "punct"; text: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i += 2;
        } else if (src[i] === "'") {
          i++;
          break;
        } else s += src[i++];
      }
      tokens.push({ kind: "str", text: s });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9.]+/.exec(src.slice(i))![0];
      tokens.push({ kind: "num", text: m });
      i += m.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w-]*/.exec(src.slice(i))![0];
      tokens.push({ kind: "id", text: m });
      i += m.length;
    } else {
      const two = src.slice(i, i + 2);
      if (["==", "!=", "&&", "||", "<=", ">="].includes(two)) {
        tokens.push({ kind: "op", text: two });
        i += 2;
      } else if ("!<>".includes(c)) {
        tokens.push({ kind: "op", text: c });
        i++;
      } else if ("().,[]*".includes(c) || c === ".") {
        tokens.push({ kind: "punct", text: c });
        i++;
      } else throw new Error(`unexpected ${c} in expression ${src}`);
    }
  }
  return tokens;
}

function truthy(v: Value | undefined): boolean {
  return !(v === undefined || v === null || v === false || v === 0 || v === "");
}

function toStr(v: Value | undefined): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function loose(v: Value | undefined): string | number | boolean | null {
  if (v === undefined) return null;
  if (typeof v === "object" && v !== null) return JSON.stringify(v);
  return v;
}

function equals(a: Value | undefined, b: Value | undefined): boolean {
  const x = loose(a);
  const y = loose(b);
  if (typeof x === "string" && typeof y === "string") return x.toLowerCase() === y.toLowerCase();
  if (typeof x === typeof y) return x === y;
  const num = (v: unknown) =>
    v === null ? 0 : typeof v === "boolean" ? Number(v) : v === "" ? 0 : Number(v);
  return num(x) === num(y);
}

export function evaluate(expr: string, ctx: Contexts, status: { failed: boolean }): Value {
  const tokens = tokenize(expr);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (text?: string) => {
    const t = tokens[pos++];
    if (!t || (text !== undefined && t.text !== text))
      throw new Error(`expected ${text ?? "a token"} in ${expr}`);
    return t;
  };

  const orExpr = (): Value => {
    let left = andExpr();
    while (peek()?.text === "||") {
      take();
      const right = andExpr();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const andExpr = (): Value => {
    let left = cmpExpr();
    while (peek()?.text === "&&") {
      take();
      const right = cmpExpr();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const cmpExpr = (): Value => {
    const left = unary();
    const op = peek();
    if (op?.kind === "op" && ["==", "!=", "<", ">", "<=", ">="].includes(op.text)) {
      take();
      const right = unary();
      if (op.text === "==") return equals(left, right);
      if (op.text === "!=") return !equals(left, right);
      const [a, b] = [Number(loose(left)), Number(loose(right))];
      return op.text === "<" ? a < b : op.text === ">" ? a > b : op.text === "<=" ? a <= b : a >= b;
    }
    return left;
  };
  const unary = (): Value => {
    if (peek()?.text === "!") {
      take();
      return !truthy(unary());
    }
    return postfix();
  };
  const call = (name: string, args: Value[]): Value => {
    switch (name) {
      case "always":
        return true;
      case "success":
        return !status.failed;
      case "failure":
        return status.failed;
      case "cancelled":
        return false;
      case "format":
        return toStr(args[0]).replace(/\{(\d+)\}/g, (_, n: string) => toStr(args[Number(n) + 1]));
      case "contains": {
        const [hay, needle] = args;
        if (Array.isArray(hay)) return hay.some((v) => equals(v as Value, needle));
        return toStr(hay).toLowerCase().includes(toStr(needle).toLowerCase());
      }
      case "startsWith":
        return toStr(args[0]).toLowerCase().startsWith(toStr(args[1]).toLowerCase());
      case "toJSON":
        return JSON.stringify(args[0] ?? null);
      case "fromJSON":
        return JSON.parse(toStr(args[0])) as Value;
      default:
        throw new Error(`function ${name}() is not supported by the test runner`);
    }
  };
  const primary = (): Value => {
    const t = take();
    if (t.kind === "str") return t.text;
    if (t.kind === "num") return Number(t.text);
    if (t.text === "(") {
      const v = orExpr();
      take(")");
      return v;
    }
    if (t.kind === "id") {
      if (t.text === "true") return true;
      if (t.text === "false") return false;
      if (t.text === "null") return null;
      if (peek()?.text === "(") {
        take("(");
        const args: Value[] = [];
        while (peek()?.text !== ")") {
          args.push(orExpr());
          if (peek()?.text === ",") take(",");
        }
        take(")");
        return call(t.text, args);
      }
      const root = (ctx as unknown as Record<string, Value>)[t.text];
      if (root === undefined) throw new Error(`unknown context ${t.text} in ${expr}`);
      return root;
    }
    throw new Error(`unexpected ${t.text} in ${expr}`);
  };
  const postfix = (): Value => {
    let v = primary();
    for (;;) {
      const t = peek();
      if (t?.text === ".") {
        take();
        const name = take().text;
        v =
          v && typeof v === "object" && !Array.isArray(v)
            ? ((v as Record<string, Value>)[name] ?? null)
            : null;
      } else if (t?.text === "[") {
        take();
        const key = orExpr();
        take("]");
        v = v && typeof v === "object" ? ((v as Record<string, Value>)[toStr(key)] ?? null) : null;
      } else return v;
    }
  };
  const value = orExpr();
  if (pos !== tokens.length) throw new Error(`unexpected ${tokens[pos]!.text} in ${expr}`);
  return value;
}

export function interpolate(text: unknown, ctx: Contexts, status = { failed: false }): string {
  return String(text).replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) =>
    toStr(evaluate(expr, ctx, status)),
  );
}

const STATUS_FUNCTION = /\b(always|success|failure|cancelled)\(\)/;

/** An `if:` as GitHub decides it: status functions see `status`; without one, success() is implied. */
function condition(raw: string | boolean | undefined, ctx: Contexts, status: { failed: boolean }): boolean {
  if (raw === undefined) return !status.failed;
  if (typeof raw === "boolean") return raw && !status.failed;
  const expr = raw.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const usesStatus = STATUS_FUNCTION.test(expr);
  const value = truthy(evaluate(expr, ctx, status));
  return usesStatus ? value : value && !status.failed;
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
 * Whether GitHub starts a job, given the results of the jobs it needs (ctx.needs): without a
 * status function in its `if:`, every needed job must have succeeded (a skipped one skips it
 * too); with one, the `if:` alone decides, and failure() is true when a needed job failed.
 */
export function jobRuns(job: Job, ctx: Contexts): boolean {
  const results = Object.values(ctx.needs).map((n) => n.result);
  if (!STATUS_FUNCTION.test(String(job.if ?? "")) && results.some((r) => r !== "success")) return false;
  return job.if === undefined || condition(job.if, ctx, { failed: results.includes("failure") });
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
  const on = workflow.on as
    { workflow_call?: { inputs?: Record<string, { default?: unknown }> } } | undefined;
  const defaults = Object.fromEntries(
    Object.entries((on && typeof on === "object" && on.workflow_call?.inputs) || {})
      .filter(([, spec]) => spec && spec.default !== undefined)
      .map(([name, spec]) => [name, spec.default]),
  );
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
  const status = { failed: false };
  const log: string[] = [];
  const actions: Record<string, ActionResult> = {};
  const skipped: JobResult = { steps: {}, actions, outputs: {}, result: "skipped", log };
  if (!jobRuns(job, ctx)) return skipped;
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
      const result = await runShell(String(step.run), {
        cwd: options.workspace,
        env: {
          PATH: options.path ?? process.env.PATH ?? "",
          HOME: options.runnerTemp,
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
  return { steps: ctx.steps, actions, outputs, result: status.failed ? "failure" : "success", log };
}
