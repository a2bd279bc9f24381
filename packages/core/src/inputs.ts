import { ConfigurationError } from "./errors.js";

/**
 * Typed reads of raw step inputs (the strings an action gets, or CLI flags). Every error names
 * the input and says what was expected.
 */
export type RawInputs = (name: string) => string | undefined;

export function optionalString(read: RawInputs, name: string): string | undefined {
  const value = read(name);
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

export function requiredString(read: RawInputs, name: string, hint = ""): string {
  const value = optionalString(read, name);
  if (value === undefined) {
    throw new ConfigurationError(`input '${name}' is required${hint ? `: ${hint}` : ""}`, {
      code: "input-missing",
    });
  }
  return value;
}

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts. */
export function parseBoolean(value: string, name: string): boolean {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ConfigurationError(`input '${name}': expected true or false, found ${JSON.stringify(value)}`, {
    code: "input-invalid",
  });
}

export function optionalBoolean(read: RawInputs, name: string): boolean | undefined {
  const value = optionalString(read, name);
  return value === undefined ? undefined : parseBoolean(value, name);
}

export function parseNumber(
  value: string,
  name: string,
  options: { integer?: boolean; min?: number; max?: number } = {},
): number {
  const n = Number(value);
  const what = options.integer ? "an integer" : "a number";
  if (value.trim() === "" || !Number.isFinite(n) || (options.integer && !Number.isInteger(n))) {
    throw new ConfigurationError(`input '${name}': expected ${what}, found ${JSON.stringify(value)}`, {
      code: "input-invalid",
    });
  }
  if (options.min !== undefined && n < options.min) {
    throw new ConfigurationError(`input '${name}': expected ${what} ≥ ${options.min}, found ${value}`, {
      code: "input-invalid",
    });
  }
  if (options.max !== undefined && n > options.max) {
    throw new ConfigurationError(`input '${name}': expected ${what} ≤ ${options.max}, found ${value}`, {
      code: "input-invalid",
    });
  }
  return n;
}

export function optionalNumber(
  read: RawInputs,
  name: string,
  options: { integer?: boolean; min?: number; max?: number } = {},
): number | undefined {
  const value = optionalString(read, name);
  return value === undefined ? undefined : parseNumber(value, name, options);
}

/** A list input: one item per line, or comma-separated on one line; blanks and `#` comments dropped. */
export function parseList(value: string | undefined): string[] {
  if (value === undefined) return [];
  const lines = value.includes("\n") ? value.split(/\r?\n/) : value.split(",");
  return lines.map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
}

export function optionalList(read: RawInputs, name: string): string[] {
  return parseList(read(name));
}

export function oneOf<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(
    `input '${name}': expected one of ${allowed.map((a) => `'${a}'`).join(", ")}, found ${JSON.stringify(value)}`,
    { code: "input-invalid" },
  );
}

/** One mlops.yml value as an input string: lists one item per line, objects as JSON (also YAML). */
function configValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(String).join("\n");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * The inputs a step reads: what was given (action inputs, CLI flags) over the step's section of
 * mlops.yml, over the step's own defaults. An empty given value counts as not given; only for an
 * input with a default does an explicit '' (given, or written in mlops.yml) turn the default off
 * — train's `artifact-name: ''` skips the upload.
 */
export function layeredInputs(
  given: RawInputs,
  section: Record<string, unknown> | undefined,
  defaults: Record<string, string> = {},
): RawInputs {
  return (name) => {
    const value = given(name);
    if (value !== undefined && value !== "") return value;
    const hasDefault = Object.hasOwn(defaults, name);
    if (hasDefault && value === "") return undefined;
    if (section?.[name] !== undefined) {
      const fromFile = configValue(section[name]);
      return hasDefault && fromFile === "" ? undefined : fromFile;
    }
    return hasDefault ? defaults[name] : undefined;
  };
}
