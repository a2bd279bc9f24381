import type { RawInputs } from "./inputs.js";
import type { Logger } from "./logger.js";

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
