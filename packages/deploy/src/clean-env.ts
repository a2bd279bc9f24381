/*
 * The environment of a deploy command and a health-check command: what a workflow `run:` step
 * would see, like train's command. The runner gives actions more than `run:` steps: the inputs
 * (INPUT_*, the job's write token among them as INPUT_TOKEN), the runtime service credentials
 * (ACTIONS_RUNTIME_*, ACTIONS_RESULTS_URL, ACTIONS_CACHE_*) and the step's own output and
 * state files. None of that reaches a user's script. The token is passed only when the user
 * asks for it (pass-token: true), as GITHUB_TOKEN.
 */

import { isActionOnlyVariable, runStepEnv } from "@mlops/core/process";

/** What a deploy or health-check command never gets: the action-only variables and GITHUB_TOKEN. */
export function isWithheldVariable(name: string): boolean {
  return isActionOnlyVariable(name) || name === "GITHUB_TOKEN";
}

/**
 * `base` minus what actions get and `run:` steps do not (and minus any GITHUB_TOKEN); with
 * `passToken`, the step's token as GITHUB_TOKEN.
 */
export function deployCommandEnv(
  base: NodeJS.ProcessEnv,
  options: { token?: string; passToken: boolean },
): NodeJS.ProcessEnv {
  const env = runStepEnv(base, (name) => name === "GITHUB_TOKEN");
  if (options.passToken && options.token) env.GITHUB_TOKEN = options.token;
  return env;
}
