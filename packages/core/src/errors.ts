/** Where in a user's file a problem is. Lines and columns are 1-based. */
export interface SourceLocation {
  file?: string;
  line?: number;
  column?: number | string;
}

/**
 * The user's mistake: bad input, a missing file, a failing gate set-up. Actions print only the
 * message (no stack) and exit 1. Anything that is not a ConfigurationError is a bug.
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
