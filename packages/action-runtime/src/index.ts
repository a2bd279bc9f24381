import * as runner from "./runner-protocol.js";
import {
  executeStep,
  formatLocation,
  isConfigurationError,
  isStepFailed,
  redact,
  redactedErrorText,
  registerSecret,
  loadConfig,
  optionalString,
  runContextFromEnv,
  type AnnotationProperties,
  type ConfigurationError,
  type Logger,
  type RawInputs,
  type SourceLocation,
  type StepContext,
  type StepDefinition,
  type StepIO,
  type StepServices,
} from "@mlops/core";

const BUG_REPORT =
  "This is a bug in mlops-actions, not in your workflow: please report it with the log above.";

function annotation(location?: AnnotationProperties): runner.CommandProperties {
  if (!location) return {};
  const out: runner.CommandProperties = {};
  if (location.title) out.title = location.title;
  if (location.file) out.file = location.file;
  if (location.line !== undefined) out.line = location.line;
  if (location.endLine !== undefined) out.endLine = location.endLine;
  if (typeof location.column === "number") out.col = location.column;
  return out;
}

/** The Logger over the runner's workflow commands: groups, annotations, secret masking. */
export const actionsLogger: Logger = {
  debug: (m) => runner.debug(m),
  info: (m) => runner.info(m),
  notice: (m, l) => runner.annotate("notice", m, annotation(l)),
  // Problems often quote URLs and replies: registered secrets, Authorization values, URL
  // credentials and query strings are redacted before the runner sees them.
  warning: (m, l) => runner.annotate("warning", redact(m), annotation(l)),
  error: (m, l) => runner.annotate("error", redact(m), annotation(l)),
  group: (name, fn) => runner.group(name, fn),
  // The whole value and the credential after `Bearer`/`Basic`/`token` (core/redact maskParts).
  setSecret: (v) => {
    if (!v) return;
    for (const part of new Set([v, ...registerSecret(v)])) runner.setSecret(part);
  },
};

/**
 * Reads an input the way the runner passes it (INPUT_<NAME>, trimmed): undefined when the runner
 * set no such variable, "" when it was given empty (which turns off a step's default, see
 * layeredInputs).
 */
export function actionInput(env: NodeJS.ProcessEnv = process.env): RawInputs {
  return (name) => {
    const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
    return value === undefined ? undefined : value.trim();
  };
}

/** The action's StepIO: a step's inputs, outputs and summary, and how the step fails. */
export interface ActionIO extends StepIO {
  /** Ends the step as failed: an error annotation (at `location` when known), then the exit code. */
  setFailed(message: string, options?: { location?: SourceLocation; exitCode?: number }): void;
}

export function createActionIO(env: NodeJS.ProcessEnv = process.env): ActionIO {
  return {
    logger: actionsLogger,
    input: actionInput(env),
    setOutput: (name, value) => runner.setOutput(name, value),
    appendSummary: async (markdown) => runner.appendSummary(markdown),
    setFailed(message, options = {}) {
      runner.annotate("error", message, annotation(options.location));
      process.exitCode = options.exitCode ?? 1;
    },
  };
}

/** Where the action runs: its IO and environment (tests pass in-memory ones). */
export interface ActionHost {
  io?: ActionIO;
  env?: NodeJS.ProcessEnv;
}

/** The step's context inside Actions: facts from the environment, mlops.yml from the `config` input. */
export async function actionContext(io: StepIO, env: NodeJS.ProcessEnv = process.env): Promise<StepContext> {
  const given = optionalString(io.input, "config");
  const configFile = given ?? "mlops.yml";
  const config = await loadConfig(configFile, { required: given !== undefined });
  return {
    host: "action",
    run: runContextFromEnv(env),
    config,
    configFile,
    logger: io.logger,
    given: io.input,
  };
}

/**
 * An action's whole life: its context, the step definition executed over the runner's StepIO,
 * and the one try/catch. A ConfigurationError (the user's mistake) and a StepFailed (an outcome
 * the step enforces) fail the step with their message only; anything else is a bug and is
 * reported with its stack.
 */
export async function runStep<O, R, S>(
  definition: StepDefinition<O, R, S>,
  services: StepServices<O, S>,
  host: ActionHost = {},
): Promise<void> {
  const io = host.io ?? createActionIO(host.env);
  try {
    const ctx = await actionContext(io, host.env);
    const { failure } = await executeStep(definition, io, ctx, services);
    if (failure) throw failure;
  } catch (error) {
    failStep(io, error);
  }
}

/** Fails the step the way its ending deserves (see ConfigurationError for the three kinds). */
export function failStep(io: ActionIO, error: unknown): void {
  // Every message is redacted (registered secrets, Authorization values, URL credentials and
  // query strings; a bug's causes too, where undici names the URL).
  if (isStepFailed(error)) {
    io.setFailed(redact(error.message), { exitCode: error.exitCode });
    return;
  }
  if (isConfigurationError(error)) {
    const location = (error as ConfigurationError).location;
    const annotated =
      location?.file && (location.line !== undefined || formatLocation(location) !== location.file);
    io.setFailed(redact(error.message), annotated ? { location } : {});
    return;
  }
  io.setFailed(`${redactedErrorText(error)}\n${BUG_REPORT}`);
}

export * as runner from "./runner-protocol.js";
