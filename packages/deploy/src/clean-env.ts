/*
 * The environment of a deploy command and a health-check command: what a workflow `run:` step
 * would see, like train's command. The runner gives actions more than `run:` steps: the inputs
 * (INPUT_*, the job's write token among them as INPUT_TOKEN), the runtime service credentials
 * (ACTIONS_RUNTIME_*, ACTIONS_RESULTS_URL, ACTIONS_CACHE_*) and the step's own output and
 * state files. None of that reaches a user's script. The token is passed only when the user
 * asks for it (pass-token: true), as GITHUB_TOKEN.
 */

/** Exact names withheld besides every INPUT_* and ACTIONS_RUNTIME_*. */
const WITHHELD = new Set([
  "ACTIONS_RESULTS_URL",
  "ACTIONS_CACHE_URL",
  "ACTIONS_CACHE_SERVICE_V2",
  "GITHUB_OUTPUT",
  "GITHUB_STATE",
  "GITHUB_TOKEN",
]);

export function isWithheldVariable(name: string): boolean {
  return WITHHELD.has(name) || name.startsWith("INPUT_") || name.startsWith("ACTIONS_RUNTIME_");
}

/**
 * `base` minus what actions get and `run:` steps do not (and minus any GITHUB_TOKEN); with
 * `passToken`, the step's token as GITHUB_TOKEN.
 */
export function deployCommandEnv(
  base: NodeJS.ProcessEnv,
  options: { token?: string; passToken: boolean },
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) {
    if (v === undefined || isWithheldVariable(k)) continue;
    env[k] = v;
  }
  if (options.passToken && options.token) env.GITHUB_TOKEN = options.token;
  return env;
}
