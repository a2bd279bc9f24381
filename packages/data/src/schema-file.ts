import { promises as fs } from "node:fs";
import { z } from "zod";
import {
  ConfigurationError,
  duplicateJsonKey,
  parseJson,
  parseYamlWithLocations,
  validateWithLocations,
  type Locate,
} from "@mlops/core";

/*
 * The schema file users commit (write-schema infers one). Loaded lazily: zod and yaml are only
 * paid for when a schema is read. Every constraint is either a bare value or
 * { value, severity, mostly } to override the column's defaults.
 */

const severity = z.enum(["error", "warning"]);
const mostly = z.number().min(0).max(1);
const withOptions = <T extends z.ZodType>(value: T) =>
  z.union([value, z.object({ value, severity: severity.optional(), mostly: mostly.optional() }).strict()]);

const bound = z.union([z.number().refine(Number.isFinite, "expected a finite number"), z.string().min(1)]);

export const ColumnSchemaSchema = z
  .object({
    type: z.enum(["integer", "number", "boolean", "string", "categorical", "datetime"]).optional(),
    required: withOptions(z.boolean()).optional(),
    nullable: withOptions(z.boolean()).optional(),
    maxMissingRatio: withOptions(z.number().min(0).max(1)).optional(),
    min: withOptions(bound).optional(),
    max: withOptions(bound).optional(),
    allowed: withOptions(z.array(z.union([z.string(), z.number(), z.boolean()])).min(1)).optional(),
    regex: withOptions(z.string().min(1)).optional(),
    unique: withOptions(z.boolean()).optional(),
    severity: severity.optional(),
    mostly: mostly.optional(),
    description: z.string().optional(),
  })
  .strict();

export const DataSchemaSchema = z
  .object({
    $schema: z.string().optional(),
    kind: z.literal("mlops.data-schema").optional(),
    version: z.literal(1).optional(),
    columns: z.record(z.string(), ColumnSchemaSchema),
    unexpectedColumns: z.enum(["error", "warning", "ignore"]).optional(),
    rows: z
      .object({
        min: z.number().int().nonnegative().optional(),
        max: z.number().int().nonnegative().optional(),
        severity: severity.optional(),
      })
      .strict()
      .optional(),
    /** Values longer than this are not tested against `regex` (they fail): guards against slow patterns. */
    regexMaxLength: z.number().int().positive().optional(),
  })
  .strict();

export type ColumnSchema = z.infer<typeof ColumnSchemaSchema>;
export type DataSchema = z.infer<typeof DataSchemaSchema>;

/** Reads and validates a schema file (JSON, or YAML by extension); errors name file, line, column. */
export async function readSchemaFile(file: string): Promise<DataSchema> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new ConfigurationError(`${file}: schema file not found (write one with write-schema)`, {
        code: "file-not-found",
        location: { file },
      });
    throw error;
  }
  return parseSchemaText(text, file);
}

export async function parseSchemaText(text: string, file: string): Promise<DataSchema> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let schema: DataSchema;
  let locate: Locate | undefined;
  // Lines and columns of schema paths, for errors: from the YAML parser (a JSON text is YAML).
  const located = async () => (locate ??= (await parseYamlWithLocations(body, file)).locate);
  if (/\.ya?ml$/i.test(file)) {
    const parsed = await parseYamlWithLocations(body, file);
    locate = parsed.locate;
    schema = validateWithLocations(DataSchemaSchema, parsed.value ?? {}, file, locate, "schema");
  } else {
    // JSON: JSON.parse and its exact syntax errors; the YAML parser (~40 ms to load and run) only
    // to place a schema error. A repeated key is an error here as YAML makes it.
    const value = parseJson(text, file);
    const repeated = duplicateJsonKey(body);
    if (repeated)
      throw new ConfigurationError(
        `${file} line ${repeated.line} column ${repeated.column}: invalid JSON: the key ${JSON.stringify(repeated.key)} appears twice in one object (JSON.parse would keep only the last)`,
        { code: "json-syntax", location: { file, line: repeated.line, column: repeated.column } },
      );
    const checked = DataSchemaSchema.safeParse(value ?? {});
    schema = checked.success
      ? checked.data
      : validateWithLocations(DataSchemaSchema, value ?? {}, file, await located(), "schema");
  }
  for (const [name, column] of Object.entries(schema.columns)) {
    const regex =
      column.regex === undefined
        ? undefined
        : typeof column.regex === "string"
          ? column.regex
          : column.regex.value;
    if (regex !== undefined) {
      try {
        new RegExp(regex, "u");
      } catch (error) {
        const loc = (await located())(["columns", name, "regex"]);
        throw new ConfigurationError(
          `${file}${loc ? ` line ${loc.line} column ${loc.column}` : ""}: schema 'columns.${name}.regex': invalid regular expression: ${(error as Error).message}`,
          {
            code: "config-invalid",
            location: { file, ...(loc ?? {}) },
          },
        );
      }
    }
  }
  return schema;
}
