import { promises as fs } from "node:fs";
import type { z } from "zod";
import { ConfigurationError } from "./errors.js";
import type { MlopsConfig } from "./schema-config.js";

/*
 * mlops.yml: one file that declares the pipeline for the CLI and defaults for the actions.
 * Every section's keys are the same kebab-case names as the matching action's inputs; an input
 * given to an action overrides the file (see stepInputs in step.ts).
 */

/** Position of the value at a path; with `key`, of the key itself (for unknown keys). */
export type Locate = (
  path: PropertyKey[],
  options?: { key?: boolean },
) => { line: number; column: number } | undefined;

/**
 * Parses YAML text with positions, so every error names a line and column. The yaml module is
 * loaded on first use: most steps never read YAML, and every millisecond of start-up counts.
 */
export async function parseYamlWithLocations(
  text: string,
  file: string,
): Promise<{ value: unknown; locate: Locate }> {
  const { LineCounter, parseDocument: parseYamlDocument, isNode, isMap, isScalar } = await import("yaml");
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    throw new ConfigurationError(
      `${file}${pos ? ` line ${pos.line} column ${pos.col}` : ""}: invalid YAML: ${first.message.split("\n")[0]}`,
      { code: "yaml-syntax", location: { file, ...(pos ? { line: pos.line, column: pos.col } : {}) } },
    );
  }
  const locate: Locate = (path, options = {}) => {
    if (options.key && path.length) {
      const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
        if (pair && isNode(pair.key) && pair.key.range) {
          const p = lineCounter.linePos(pair.key.range[0]);
          return { line: p.line, column: p.col };
        }
      }
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) {
        const p = lineCounter.linePos(node.range[0]);
        return { line: p.line, column: p.col };
      }
    }
    return undefined;
  };
  return { value: doc.toJS({ maxAliasCount: 100 }), locate };
}

/** Validates a parsed YAML/JSON value against a zod schema; the error names file, line, column, field. */
export function validateWithLocations<T extends z.ZodType>(
  schema: T,
  value: unknown,
  file: string,
  locate: Locate,
  what = "configuration",
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const loc =
    issue.code === "unrecognized_keys"
      ? locate([...(issue.path as PropertyKey[]), issue.keys[0]!], { key: true })
      : locate(issue.path as PropertyKey[]);
  const field = issue.path.length ? `'${issue.path.map(String).join(".")}'` : "top level";
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    message = `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
    const shape = shapeAt(schema, issue.path as PropertyKey[]);
    if (shape) message += `; expected one of: ${shape.join(", ")}`;
  }
  const more =
    result.error.issues.length > 1
      ? ` (${result.error.issues.length - 1} more problem(s) after this one)`
      : "";
  throw new ConfigurationError(
    `${file}${loc ? ` line ${loc.line} column ${loc.column}` : ""}: ${what} ${field}: ${message}${more}`,
    { code: "config-invalid", location: { file, ...(loc ?? {}) } },
  );
}

function shapeAt(schema: z.ZodType, path: PropertyKey[]): string[] | undefined {
  let current: unknown = schema;
  for (const key of path) {
    current = unwrap(current);
    const shape = (current as { shape?: Record<string, unknown> }).shape;
    if (!shape || typeof key !== "string") return undefined;
    current = shape[key];
  }
  current = unwrap(current);
  const shape = (current as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : undefined;
}

function unwrap(schema: unknown): unknown {
  let s = schema as { def?: { type?: string; innerType?: unknown } };
  while (s?.def && (s.def.type === "optional" || s.def.type === "default" || s.def.type === "nullable")) {
    s = s.def.innerType as typeof s;
  }
  return s;
}

export async function parseConfig(text: string, file = "mlops.yml"): Promise<MlopsConfig> {
  const { value, locate } = await parseYamlWithLocations(text, file);
  const { MlopsConfigSchema } = await import("./schema-config.js");
  return validateWithLocations(MlopsConfigSchema, value ?? {}, file, locate);
}

/** Loads mlops.yml; a missing file is an empty config unless `required`. */
export async function loadConfig(
  file = "mlops.yml",
  options: { required?: boolean } = {},
): Promise<MlopsConfig> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && !options.required) return { version: 1 };
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ConfigurationError(`${file}: file not found (create one, or pass the inputs directly)`, {
        code: "file-not-found",
        location: { file },
      });
    }
    throw error;
  }
  return parseConfig(text, file);
}
