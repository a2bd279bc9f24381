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
});
