import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DataSchemaSchema, parseSchemaText } from "./schema-file.js";

describe("schema file", () => {
  it("the committed JSON Schema matches the zod schema (scripts/write-json-schema.ts)", () => {
    const committed = JSON.parse(
      readFileSync(path.join(import.meta.dirname, "../schemas/data-schema.v1.json"), "utf8"),
    );
    expect(committed).toEqual({
      $id: "https://mlops-actions.dev/schemas/data-schema.v1.json",
      ...z.toJSONSchema(DataSchemaSchema, { io: "input" }),
    });
  });
  it("reads YAML schemas too, with positions", async () => {
    const ok = await parseSchemaText("columns:\n  a: { type: integer, min: 0 }\n", "s.yml");
    expect(ok.columns.a).toEqual({ type: "integer", min: 0 });
    await expect(parseSchemaText("columns:\n  a:\n    mostly: 2\n", "s.yml")).rejects.toThrow(
      /s\.yml line 3 column 13: schema 'columns\.a\.mostly'/,
    );
  });
  it("reads JSON with JSON.parse: a repeated key is an error with its position, a BOM is skipped", async () => {
    const text =
      '{\n  "columns": {\n    "a": { "type": "integer" },\n    "\\u0061": { "type": "string" }\n  }\n}\n';
    await expect(parseSchemaText(text, "s.json")).rejects.toThrow(
      /^s\.json line 4 column 5: invalid JSON: the key "a" appears twice in one object/,
    );
    // The same key in two objects, in arrays and in strings is not a repeat.
    const fine =
      '\ufeff{ "columns": { "a": { "allowed": ["a", "a,{"], "min": 0 }, "b": { "allowed": [{"x":1}], "min": 0 } } }';
    await expect(parseSchemaText(fine, "s.json")).rejects.toThrow(
      /^s\.json line 1 column 78: schema 'columns\.b\.allowed'/,
    );
    const ok = await parseSchemaText(fine.replace('[{"x":1}]', '["{\\"a\\": 1}"]'), "s.json");
    expect(ok.columns).toEqual({
      a: { allowed: ["a", "a,{"], min: 0 },
      b: { allowed: ['{"a": 1}'], min: 0 },
    });
    // A schema error in JSON still names its line and column (placed by the YAML parser).
    await expect(
      parseSchemaText('{\n "columns": {\n  "a": { "mostly": 2 }\n }\n}', "s.json"),
    ).rejects.toThrow(/^s\.json line 3 column 20: schema 'columns\.a\.mostly'/);
  });
});
