import * as runner from "./runner-protocol.js";
import {
  type ConfigurationError,
  formatLocation,
  isConfigurationError,
  loadConfig,
  runContextFromEnv,
  type AnnotationProperties,
  type Logger,
  type MlopsConfig,
  type RawInputs,
  type RunContext,
  type StepIO,
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
  warning: (m, l) => runner.annotate("warning", m, annotation(l)),
  error: (m, l) => runner.annotate("error", m, annotation(l)),
  group: (name, fn) => runner.group(name, fn),
  setSecret: (v) => runner.setSecret(v),
};

/** Reads an input the way the runner passes it (INPUT_<NAME>); "" means not given. */
export const actionInput: RawInputs = (name) => {
  const value = runner.getInput(name);
  return value === "" ? undefined : value;
};

export function createActionIO(): StepIO {
  return {
    logger: actionsLogger,
    input: actionInput,
    setOutput: (name, value) => runner.setOutput(name, value),
    appendSummary: async (markdown) => runner.appendSummary(markdown),
  };
}

/**
 * Inputs first, then the step's section of mlops.yml: an input given to the action wins. Lists
 * become one item per line; objects (gates, params, tags) become JSON, which is also YAML.
 */
export function withConfigFallback(read: RawInputs, section: Record<string, unknown> | undefined): RawInputs {
  return (name) => {
    const given = read(name);
    if (given !== undefined && given !== "") return given;
    const value = section?.[name];
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) return value.map(String).join("\n");
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  };
}

export interface StepContext {
  io: StepIO;
  ctx: RunContext;
  config: MlopsConfig;
}

/**
 * The one try/catch of every action: a ConfigurationError (the user's mistake) fails the step
 * with its message only; anything else is a bug and is reported with its stack.
 */
export async function runStep(main: (step: StepContext) => Promise<void>): Promise<void> {
  try {
    const io = createActionIO();
    const ctx = runContextFromEnv();
    const configPath = runner.getInput("config") || "mlops.yml";
    const config = await loadConfig(configPath, { required: runner.getInput("config") !== "" });
    await main({ io, ctx, config });
  } catch (error) {
    if (isConfigurationError(error)) {
      const location = (error as ConfigurationError).location;
      if (location?.file && (location.line !== undefined || formatLocation(location) !== location.file)) {
        runner.annotate("error", error.message, annotation(location));
        process.exitCode = 1;
        return;
      }
      runner.setFailed(error.message);
      return;
    }
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    runner.setFailed(`${stack}\n${BUG_REPORT}`);
  }
}

export * as runner from "./runner-protocol.js";
