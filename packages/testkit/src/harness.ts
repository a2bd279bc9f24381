import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_FACTS, eventPayload, refsForEvent, type EventSpec, type RunFacts } from "./events.js";
import { runInProcess } from "./in-process.js";
import { parseCommandStream, parseKeyValueFile, type Annotation } from "./runner-files.js";

/** The repository root (packages/testkit/src → ../../..). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export interface RunActionOptions {
  /** Inputs by their action.yml name (kebab-case); defaults from action.yml fill the rest. */
  inputs?: Record<string, string>;
  /** Extra environment (wins over everything the harness sets, including GITHUB_*). */
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE and the process's cwd; a fresh temp dir when omitted. */
  cwd?: string;
  event?: EventSpec;
  /** GITHUB_API_URL: the fake GitHub's url. Defaults to a closed local port so nothing leaves. */
  apiUrl?: string;
  /** Kills the step (and fails the run) after this long; 170 s when omitted. */
  timeoutMs?: number;
  /** What `${{ github.token }}` expands to in action.yml defaults ("" when omitted). */
  token?: string;
  /** Share RUNNER_TEMP between steps of one simulated job; a fresh one when omitted. */
  runnerTemp?: string;
  /** Override facts of the simulated run (repository, default branch, sha, actor, run id). */
  facts?: Partial<RunFacts>;
  runAttempt?: number;
  job?: string;
  /**
   * "bundle" (the default): actions/<name>/dist/index.js in a child process, as the runner runs
   * it. "source": the action's `main` from actions/<name>/src/main.ts inside this process, with
   * the same environment, working directory and env files (in-process.ts): no Node start-up and
   * no bundle to load, for tests of what a step does rather than of its bundle.
   */
  mode?: ActionMode;
}

export type ActionMode = "bundle" | "source";

export interface ActionResult {
  exitCode: number;
  /** Parsed GITHUB_OUTPUT (plus legacy ::set-output:: values). */
  outputs: Record<string, string>;
  /** The job summary Markdown the step appended. */
  summary: string;
  /** Parsed GITHUB_ENV: variables the step exported for later steps. */
  envFile: Record<string, string>;
  /** Parsed GITHUB_STATE (for post steps). */
  state: Record<string, string>;
  stdout: string;
  stderr: string;
  annotations: Annotation[];
  /** Values the step masked with ::add-mask::. */
  masks: string[];
  /** Inputs given that action.yml does not declare (the runner warns about these). */
  unexpectedInputs: string[];
  runnerTemp: string;
  workspace: string;
  eventPath: string;
  /** The exact environment the child process received. */
  env: Record<string, string>;
  durationMs: number;
}

interface ActionManifest {
  inputs?: Record<string, { default?: unknown; required?: boolean; description?: string } | null>;
  runs?: { using?: string; main?: string };
}

/** An action named by its directory under actions/ (else a path to a bundle). */
const ACTION_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** Resolves "train" → actions/train/dist/index.js; a path is taken as the bundle itself. */
export function resolveAction(action: string): { entry: string; manifestPath: string | null } {
  const isName = ACTION_NAME.test(action);
  if (isName) {
    const dir = join(REPO_ROOT, "actions", action);
    const manifestPath =
      ["action.yml", "action.yaml"].map((f) => join(dir, f)).find((f) => existsSync(f)) ?? null;
    const entry = join(dir, "dist", "index.js");
    if (!existsSync(entry))
      throw new Error(`runAction: no bundle at ${entry}; run \`npm run build -- ${action}\``);
    return { entry, manifestPath };
  }
  const entry = isAbsolute(action) ? action : resolve(action);
  if (!existsSync(entry)) throw new Error(`runAction: no such bundle ${entry}`);
  // actions/<name>/dist/index.js → actions/<name>/action.yml
  const candidates = [dirname(dirname(entry)), dirname(entry)].flatMap((d) => [
    join(d, "action.yml"),
    join(d, "action.yaml"),
  ]);
  return { entry, manifestPath: candidates.find((f) => existsSync(f)) ?? null };
}

/** Node 24 as the runner's `using: node24`: this process when it is v24, else the pinned npm `node`. */
export function nodeBinary(): string {
  if (process.version.startsWith("v24.")) return process.execPath;
  const pinned = join(REPO_ROOT, "node_modules", ".bin", "node");
  if (existsSync(pinned)) return pinned;
  throw new Error("runAction: Node 24 not found (node_modules/.bin/node); run npm install");
}

/** The runner's env name for an input: INPUT_ + upper-case, spaces → '_', dashes kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

const tempDirs: string[] = [];
let cleanupRegistered = false;
function makeTemp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    process.once("exit", () => {
      for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
    });
  }
  return dir;
}

/** Temp directory removed when the test process exits. */
export function tempDir(prefix = "mlops-test-"): string {
  return makeTemp(prefix);
}

async function loadManifest(path: string | null): Promise<ActionManifest> {
  if (!path) return {};
  const { parse } = await import("yaml");
  const doc = parse(readFileSync(path, "utf8")) as ActionManifest | null;
  return doc ?? {};
}

function lookupPath(root: unknown, path: string[]): unknown {
  let cur = root;
  for (const key of path) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Expands the `${{ … }}` expressions action.yml defaults use: `github.token`, `github.<field>`,
 * `github.event.<path>`, `runner.temp|os|arch`, `env.X`. Anything else is a test-setup error.
 */
function expandDefault(
  value: string,
  contexts: { github: Record<string, unknown>; runner: Record<string, unknown>; env: Record<string, string> },
): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expr: string) => {
    const parts = expr.split(".");
    const [root, ...rest] = parts;
    if (root === "github" || root === "runner" || root === "env") {
      const v = lookupPath(contexts[root], rest);
      if (v === undefined || v === null) return "";
      return typeof v === "object" ? JSON.stringify(v) : String(v);
    }
    throw new Error(`runAction: cannot expand \${{ ${expr} }} in an action.yml default`);
  });
}

/** The runner's file commands of one step, in RUNNER_TEMP/_runner_file_commands. */
interface CommandFiles {
  output: string;
  env: string;
  state: string;
  path: string;
  summary: string;
}

function commandFiles(runnerTemp: string, id: string): CommandFiles {
  const commandsDir = join(runnerTemp, "_runner_file_commands");
  mkdirSync(commandsDir, { recursive: true });
  const files = {
    output: join(commandsDir, `set_output_${id}`),
    env: join(commandsDir, `set_env_${id}`),
    state: join(commandsDir, `save_state_${id}`),
    path: join(commandsDir, `add_path_${id}`),
    summary: join(commandsDir, `step_summary_${id}`),
  };
  for (const f of Object.values(files)) writeFileSync(f, "");
  return files;
}

/** What one step runs in: the run's facts, its event, workspace and runner temp. */
interface StepSetup {
  facts: RunFacts;
  spec: EventSpec;
  payload: Record<string, unknown>;
  eventPath: string;
  refs: ReturnType<typeof refsForEvent>;
  workspace: string;
  runnerTemp: string;
  files: CommandFiles;
}

function setUpStep(options: RunActionOptions): StepSetup {
  const facts: RunFacts = { ...DEFAULT_FACTS, ...options.facts };
  if (options.apiUrl) facts.apiUrl = options.apiUrl.replace(/\/+$/, "");
  else if (!options.facts?.apiUrl) facts.apiUrl = "http://127.0.0.1:9"; // discard port: never the network

  const workspace = options.cwd ? resolve(options.cwd) : makeTemp("mlops-workspace-");
  mkdirSync(workspace, { recursive: true });
  const runnerTemp = options.runnerTemp ? resolve(options.runnerTemp) : makeTemp("mlops-runner-temp-");
  const id = randomUUID();
  const files = commandFiles(runnerTemp, id);

  const spec: EventSpec = options.event ?? { name: "workflow_dispatch" };
  const payload = eventPayload(spec, facts);
  const eventPath = join(runnerTemp, "_github_workflow", `event_${id}.json`);
  mkdirSync(dirname(eventPath), { recursive: true });
  writeFileSync(eventPath, JSON.stringify(payload, null, 2));
  const refs = refsForEvent(spec.name, payload, facts);
  return { facts, spec, payload, eventPath, refs, workspace, runnerTemp, files };
}

/** The GITHUB_* and RUNNER_* variables the runner sets for a step. */
function runnerEnvironment(setup: StepSetup, options: RunActionOptions): Record<string, string> {
  const { facts, spec, refs, files } = setup;
  const [owner] = facts.repository.split("/");
  return {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTION: "__run",
    GITHUB_ACTION_REPOSITORY: "",
    GITHUB_ACTOR: facts.actor,
    GITHUB_ACTOR_ID: "583231",
    GITHUB_TRIGGERING_ACTOR: facts.actor,
    GITHUB_API_URL: facts.apiUrl,
    GITHUB_GRAPHQL_URL: `${facts.apiUrl}/graphql`,
    GITHUB_SERVER_URL: facts.serverUrl,
    GITHUB_REPOSITORY: facts.repository,
    GITHUB_REPOSITORY_OWNER: owner ?? "",
    GITHUB_REPOSITORY_ID: "1296269",
    GITHUB_EVENT_NAME: spec.name,
    GITHUB_EVENT_PATH: setup.eventPath,
    GITHUB_SHA: refs.sha,
    GITHUB_REF: refs.ref,
    GITHUB_REF_NAME: refs.refName,
    GITHUB_REF_TYPE: refs.refType,
    GITHUB_REF_PROTECTED: "false",
    GITHUB_HEAD_REF: refs.headRef,
    GITHUB_BASE_REF: refs.baseRef,
    GITHUB_RUN_ID: facts.runId,
    GITHUB_RUN_NUMBER: "12",
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_JOB: options.job ?? "ml",
    GITHUB_WORKFLOW: "ML pipeline",
    GITHUB_WORKFLOW_REF: `${facts.repository}/.github/workflows/ml.yml@${refs.ref}`,
    GITHUB_WORKFLOW_SHA: refs.sha,
    GITHUB_WORKSPACE: setup.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_RETENTION_DAYS: "90",
    RUNNER_TEMP: setup.runnerTemp,
    RUNNER_TOOL_CACHE: join(setup.runnerTemp, "_tool"),
    RUNNER_OS: process.platform === "darwin" ? "macOS" : process.platform === "win32" ? "Windows" : "Linux",
    RUNNER_ARCH:
      process.arch === "x64" ? "X64" : process.arch === "arm64" ? "ARM64" : process.arch.toUpperCase(),
    RUNNER_NAME: "GitHub Actions 1",
    RUNNER_ENVIRONMENT: "github-hosted",
  };
}

/**
 * INPUT_* for a step: action.yml defaults first (their `${{ }}` expanded), then what the test
 * gives; and the given inputs action.yml does not declare.
 */
function inputEnvironment(
  setup: StepSetup,
  runnerEnv: Record<string, string>,
  action: { entry: string; manifestPath: string | null; manifest: ActionManifest },
  options: RunActionOptions,
): { inputEnv: Record<string, string>; unexpectedInputs: string[] } {
  const { facts, refs } = setup;
  const declared = action.manifest.inputs ?? {};
  const given = options.inputs ?? {};
  const unexpectedInputs = action.manifestPath ? Object.keys(given).filter((k) => !(k in declared)) : [];
  const inputEnv: Record<string, string> = {};
  const githubContext = {
    token: options.token ?? "",
    repository: facts.repository,
    repository_owner: facts.repository.split("/")[0],
    sha: refs.sha,
    ref: refs.ref,
    ref_name: refs.refName,
    head_ref: refs.headRef,
    base_ref: refs.baseRef,
    run_id: facts.runId,
    run_attempt: String(options.runAttempt ?? 1),
    job: runnerEnv.GITHUB_JOB,
    actor: facts.actor,
    event_name: setup.spec.name,
    event: setup.payload,
    workspace: setup.workspace,
    server_url: facts.serverUrl,
    api_url: facts.apiUrl,
    action_path: action.manifestPath ? dirname(action.manifestPath) : dirname(action.entry),
  };
  const runnerContext = {
    temp: setup.runnerTemp,
    os: runnerEnv.RUNNER_OS,
    arch: runnerEnv.RUNNER_ARCH,
    tool_cache: runnerEnv.RUNNER_TOOL_CACHE,
  };
  for (const [name, def] of Object.entries(declared)) {
    if (name in given) continue;
    const raw = def?.default;
    if (raw === undefined || raw === null) continue;
    inputEnv[inputEnvName(name)] = expandDefault(String(raw), {
      github: githubContext,
      runner: runnerContext,
      env: { ...runnerEnv, ...options.env },
    });
  }
  for (const [name, value] of Object.entries(given)) inputEnv[inputEnvName(name)] = value;
  return { inputEnv, unexpectedInputs };
}

/**
 * The host environment minus anything the runner would not pass: no stray INPUT_* or GITHUB_* from
 * a CI that runs these tests inside Actions.
 */
function hostEnvironment(): Record<string, string> {
  const hostEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    if (/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|STATE_|MLOPS_GITHUB_)/.test(k)) continue;
    if (k === "NODE_OPTIONS" || k.startsWith("VITEST") || k === "TEST" || k === "NODE_ENV") continue;
    hostEnv[k] = v;
  }
  return hostEnv;
}

/** Runs Node 24 on `args` in its own process group, killed (group and all) on timeout. */
function spawnNode(
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  what: string,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(nodeBinary(), args, {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const stdoutText = Buffer.concat(out).toString("utf8");
      const stderrText = Buffer.concat(err).toString("utf8");
      if (timedOut) {
        reject(
          new Error(
            `${what}: still running after ${timeoutMs} ms, killed.\n--- stdout ---\n${stdoutText}\n--- stderr ---\n${stderrText}`,
          ),
        );
        return;
      }
      resolvePromise({ exitCode: code ?? (signal ? 128 : 1), stdout: stdoutText, stderr: stderrText });
    });
  });
}

/** The action's `main` (actions/<name>/src/main.ts) in this process: see in-process.ts. */
async function runSource(
  action: string,
  workspace: string,
  env: Record<string, string>,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  if (!ACTION_NAME.test(action))
    throw new Error(`runAction(${action}): mode "source" takes an action's name, not a bundle path`);
  const source = join(REPO_ROOT, "actions", action, "src", "main.ts");
  const { main } = (await import(source)) as { main: () => Promise<void> };
  return runInProcess(() => main(), { env, cwd: workspace });
}

/**
 * Runs a bundled action in a child process exactly as the Actions runner does: INPUT_* env
 * (action.yml defaults applied), env files in RUNNER_TEMP, the event payload at
 * GITHUB_EVENT_PATH, GITHUB_API_URL pointing at the fake. Resolves when the process exits.
 */
export async function runAction(action: string, options: RunActionOptions = {}): Promise<ActionResult> {
  const started = Date.now();
  const { entry, manifestPath } = resolveAction(action);
  const manifest = await loadManifest(manifestPath);
  const setup = setUpStep(options);
  const runnerEnv = runnerEnvironment(setup, options);
  const { inputEnv, unexpectedInputs } = inputEnvironment(
    setup,
    runnerEnv,
    { entry, manifestPath, manifest },
    options,
  );
  // Test knobs of @mlops/github: no 1 s spacing between writes and short retry backoff against
  // the fake (rate-limit waits still follow the fake's Retry-After / reset headers).
  const testKnobs = { MLOPS_GITHUB_WRITE_SPACING_MS: "0", MLOPS_GITHUB_RETRY_BASE_MS: "10" };
  const env: Record<string, string> = {
    ...hostEnvironment(),
    ...testKnobs,
    ...runnerEnv,
    ...inputEnv,
    ...options.env,
  };
  // Opt-in for profiling the bundles under the tests (NODE_OPTIONS itself is never passed on,
  // since vitest's own options must not reach the action): e.g.
  // MLOPS_TEST_NODE_OPTIONS="--require /tmp/cpuprof.cjs" npx vitest run test/workflows/….
  const nodeOptions = process.env.MLOPS_TEST_NODE_OPTIONS;
  if (nodeOptions && !("NODE_OPTIONS" in env)) env.NODE_OPTIONS = nodeOptions;
  // The suite starts the same bundles hundreds of times: Node's compile cache keeps V8's code for
  // them between those runs (a cache entry is checked against the file's content, so a rebuilt
  // bundle is compiled afresh). A runner starts each action once per job, so this is the one
  // deliberate difference from it; NODE_DISABLE_COMPILE_CACHE=1 (or a NODE_COMPILE_CACHE of your
  // own) in the test environment overrides it.
  if (!env.NODE_COMPILE_CACHE && !env.NODE_DISABLE_COMPILE_CACHE)
    env.NODE_COMPILE_CACHE = join(tmpdir(), "mlops-actions-test-compile-cache");
  const { files, workspace } = setup;
  const { exitCode, stdout, stderr } =
    options.mode === "source"
      ? await runSource(action, workspace, env)
      : await spawnNode(
          [entry],
          workspace,
          env,
          // Against a hang only: below vitest's 180 s test timeout (so this message, with the
          // step's output, is what fails the test) and far above what a step takes on a loaded
          // machine.
          options.timeoutMs ?? 170_000,
          `runAction(${action})`,
        );

  const outLog = parseCommandStream(stdout);
  const errLog = parseCommandStream(stderr);
  const outputs = {
    ...outLog.legacyOutputs,
    ...errLog.legacyOutputs,
    ...parseKeyValueFile(readFileSync(files.output, "utf8"), "GITHUB_OUTPUT"),
  };
  return {
    exitCode,
    outputs,
    summary: readFileSync(files.summary, "utf8"),
    envFile: parseKeyValueFile(readFileSync(files.env, "utf8"), "GITHUB_ENV"),
    state: parseKeyValueFile(readFileSync(files.state, "utf8"), "GITHUB_STATE"),
    stdout,
    stderr,
    annotations: [...outLog.annotations, ...errLog.annotations],
    masks: [...outLog.masks, ...errLog.masks],
    unexpectedInputs,
    runnerTemp: setup.runnerTemp,
    workspace,
    eventPath: setup.eventPath,
    env,
    durationMs: Date.now() - started,
  };
}

export interface MlopsResult {
  status: number;
  stdout: string;
  stderr: string;
  /** The `name=value` lines `--outputs` prints. */
  outputs: Record<string, string>;
}

export interface RunMlopsOptions {
  cwd: string;
  /** The whole environment; the host's minus the runner's variables when omitted. */
  env?: Record<string, string>;
  /**
   * "bundle" (the default): packages/cli/dist/index.js in a child process. "source": the CLI's
   * runCli (packages/cli/src/cli.ts) in this process (in-process.ts).
   */
  mode?: ActionMode;
}

/** The `mlops` CLI with `args` in `cwd`; resolves when it ends (never rejects on a failure). */
export async function runMlops(args: readonly string[], options: RunMlopsOptions): Promise<MlopsResult> {
  const env = options.env ?? hostEnvironment();
  let run: { exitCode: number; stdout: string; stderr: string };
  if (options.mode === "source") {
    const { runCli } = (await import(join(REPO_ROOT, "packages", "cli", "src", "cli.ts"))) as {
      runCli: (argv: readonly string[]) => Promise<void>;
    };
    run = await runInProcess(() => runCli([process.execPath, "mlops", ...args]), { env, cwd: options.cwd });
  } else {
    const entry = join(REPO_ROOT, "packages", "cli", "dist", "index.js");
    if (!existsSync(entry)) throw new Error(`runMlops: no bundle at ${entry}; run \`npm run build\``);
    // Against a hang only, far above what a run takes on a loaded machine.
    run = await spawnNode([entry, ...args], options.cwd, env, 170_000, "mlops");
  }
  const outputs: Record<string, string> = {};
  for (const line of run.stdout.split("\n")) {
    const m = /^([a-z][a-z0-9-]*)=(.*)$/.exec(line);
    if (m) outputs[m[1]!] = m[2]!;
  }
  return { status: run.exitCode, stdout: run.stdout, stderr: run.stderr, outputs };
}
