import type { ConfigurationError, StepFailed } from "./errors.js";
import { layeredInputs, type RawInputs } from "./inputs.js";
import type { Logger } from "./logger.js";
import type { MlopsConfig } from "./schemas.js";

/**
 * What a step needs from its host. The action implements it over @actions/core
 * (packages/action-runtime), the CLI over flags and the console, tests in memory.
 */
export interface StepIO {
  readonly logger: Logger;
  /** The raw value of an input (kebab-case name), or undefined when not given. */
  readonly input: RawInputs;
  setOutput(name: string, value: string | number | boolean): void;
  /** Appends Markdown to the job summary (a no-op where there is none). */
  appendSummary(markdown: string): Promise<void>;
}

export type OutputValue = string | number | boolean;

/** Who runs a step: its action inside a workflow, or the CLI (`mlops <step>`, `mlops run`). */
export type StepHost = "action" | "cli";

/** What a step knows about its run, built once by the host before the step reads its inputs. */
export interface StepContext {
  host: StepHost;
  run: RunContext;
  config: MlopsConfig;
  /** The mlops.yml path, for messages (`mlops.yml evaluate.gates`). */
  configFile: string;
  logger: Logger;
  /** The inputs exactly as given to the host (action inputs, CLI flags), without mlops.yml. */
  given: RawInputs;
}

/**
 * What `run` gets: the host's services for this step, the step's context, and the job summary
 * for a step that writes it while it runs (report-metrics writes it before it comments).
 */
export type StepDeps<Services> = Services & {
  readonly context: StepContext;
  appendSummary(markdown: string): Promise<void>;
};

/**
 * One step, as every host runs it (actions/cache's restoreImpl over a state provider is the
 * model): the action (packages/action-runtime runStep), its CLI command and `mlops run` all
 * execute this definition with executeStep; they differ only in the StepIO and the services
 * (artifact and cache stores, GitHub clients) they pass in.
 */
export interface StepDefinition<Options, Result, Services = object> {
  /** The action's name: validate-data, train, evaluate-against-baseline… */
  readonly name: string;
  /** The step's part of mlops.yml by input name: what an input that is not given falls back to. */
  configSection(config: MlopsConfig): Record<string, unknown> | undefined;
  /** Defaults applied under mlops.yml (an explicit '' turns one off); per host. */
  defaults?(host: StepHost): Record<string, string>;
  /** Reads and checks the inputs; loads nothing heavy (a bad input fails fast). */
  readInputs(input: RawInputs, ctx: StepContext): Options | Promise<Options>;
  run(options: Options, deps: StepDeps<Services>): Promise<Result>;
  /** The step's outputs (action.yml names). */
  outputs(result: Result, options: Options): Record<string, OutputValue>;
  /** Markdown for the job summary; "" for none. */
  summary(result: Result, options: Options): string;
  /**
   * What fails the step once outputs and summary are written, or null: a StepFailed for an
   * outcome the step enforces, a ConfigurationError for a mistake only the run could find (train's
   * metrics file in a bad format).
   */
  failure(result: Result, options: Options): StepFailed | ConfigurationError | null;
}

/** The host's services for a step, built once its options are read (null: none needed). */
export type StepServices<Options, Services> = (
  options: Options,
  ctx: StepContext,
) => Services | Promise<Services>;

/** A step's inputs as it reads them: given, over mlops.yml, over its defaults. */
export function stepInputs<O, R, S>(definition: StepDefinition<O, R, S>, ctx: StepContext): RawInputs {
  return layeredInputs(
    ctx.given,
    definition.configSection(ctx.config),
    definition.defaults?.(ctx.host) ?? {},
  );
}

/** What executing a step came to: `failure` is set when the outcome fails the step. */
export interface StepOutcome<O, R> {
  options: O;
  result: R;
  failure: StepFailed | ConfigurationError | null;
}

/**
 * Runs a step definition: inputs → run → outputs → summary, and says whether the outcome fails
 * the step (the host throws that StepFailed; `mlops run` records it and goes on to the report).
 * Every host calls this; none re-wires a step by hand.
 */
export async function executeStep<O, R, S>(
  definition: StepDefinition<O, R, S>,
  io: Pick<StepIO, "setOutput" | "appendSummary">,
  ctx: StepContext,
  services: StepServices<O, S>,
): Promise<StepOutcome<O, R>> {
  const options = await definition.readInputs(stepInputs(definition, ctx), ctx);
  const deps = {
    ...(await services(options, ctx)),
    context: ctx,
    appendSummary: (markdown: string) => io.appendSummary(markdown),
  } as StepDeps<S>;
  const result = await definition.run(options, deps);
  for (const [name, value] of Object.entries(definition.outputs(result, options))) io.setOutput(name, value);
  const summary = definition.summary(result, options);
  if (summary) await io.appendSummary(summary);
  return { options, result, failure: definition.failure(result, options) };
}

/** Facts about where a step runs, read once from the environment. */
export interface RunContext {
  inActions: boolean;
  repository: string | null;
  runId: string | null;
  runAttempt: number | null;
  job: string | null;
  workflow: string | null;
  eventName: string | null;
  eventPath: string | null;
  sha: string | null;
  ref: string | null;
  actor: string | null;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runnerTemp: string | null;
  runnerOs: string | null;
}

export function runContextFromEnv(env: NodeJS.ProcessEnv = process.env): RunContext {
  const get = (name: string) => {
    const v = env[name];
    return v === undefined || v === "" ? null : v;
  };
  const attempt = get("GITHUB_RUN_ATTEMPT");
  return {
    inActions: env.GITHUB_ACTIONS === "true",
    repository: get("GITHUB_REPOSITORY"),
    runId: get("GITHUB_RUN_ID"),
    runAttempt: attempt === null ? null : Number(attempt),
    job: get("GITHUB_JOB"),
    workflow: get("GITHUB_WORKFLOW"),
    eventName: get("GITHUB_EVENT_NAME"),
    eventPath: get("GITHUB_EVENT_PATH"),
    sha: get("GITHUB_SHA"),
    ref: get("GITHUB_REF"),
    actor: get("GITHUB_ACTOR"),
    serverUrl: get("GITHUB_SERVER_URL") ?? "https://github.com",
    apiUrl: get("GITHUB_API_URL") ?? "https://api.github.com",
    workspace: get("GITHUB_WORKSPACE") ?? process.cwd(),
    runnerTemp: get("RUNNER_TEMP"),
    runnerOs: get("RUNNER_OS"),
  };
}

/** Link to the workflow run, when there is one. */
export function workflowRunUrl(ctx: RunContext): string | null {
  if (!ctx.repository || !ctx.runId) return null;
  const attempt = ctx.runAttempt && ctx.runAttempt > 1 ? `/attempts/${ctx.runAttempt}` : "";
  return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}${attempt}`;
}
