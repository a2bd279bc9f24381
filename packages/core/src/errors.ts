/** Where in a user's file a problem is. Lines and columns are 1-based. */
export interface SourceLocation {
  file?: string;
  line?: number;
  column?: number | string;
}

/**
 * The three kinds of ending of a step:
 * - ConfigurationError: the user's mistake (bad input, a missing file, a gate set-up that cannot
 *   work). Hosts print only the message (no stack) and exit 1.
 * - StepFailed: an outcome the user asked the step to enforce (a failed gate, a failed
 *   validation, an unhealthy deploy, a training command that failed). The step ran to its end,
 *   wrote its outputs and summary, and then fails with this message (no stack).
 * - anything else: a bug, reported with its stack.
 */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
  readonly code: string;
  readonly location: SourceLocation | undefined;

  constructor(message: string, options: { code?: string; location?: SourceLocation; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code ?? "configuration";
    this.location = options.location;
  }
}

/** An outcome that fails the step (see ConfigurationError for the three kinds of ending). */
export class StepFailed extends Error {
  override readonly name = "StepFailed";
  readonly code: string;
  /** The exit code the host ends with (a training command's own, say); 1 by default. */
  readonly exitCode: number;

  constructor(message: string, options: { code: string; exitCode?: number; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.exitCode = options.exitCode ?? 1;
  }
}

export function isStepFailed(error: unknown): error is StepFailed {
  return (
    error instanceof StepFailed ||
    (typeof error === "object" && error !== null && (error as { name?: unknown }).name === "StepFailed")
  );
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return (
    error instanceof ConfigurationError ||
    (typeof error === "object" &&
      error !== null &&
      (error as { name?: unknown }).name === "ConfigurationError")
  );
}

/** `file line 3 column 7` in the house style, omitting what is unknown. */
export function formatLocation(location: SourceLocation | undefined): string {
  if (!location) return "";
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.column !== undefined) {
    parts.push(
      typeof location.column === "number" ? `column ${location.column}` : `column '${location.column}'`,
    );
  }
  return parts.join(" ");
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
