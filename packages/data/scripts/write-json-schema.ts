// Writes packages/data/schemas/data-schema.v1.json (JSON Schema of the schema file) from the zod
// schema, for users' editors:  npx tsx packages/data/scripts/write-json-schema.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DataSchemaSchema } from "../src/schema-file.js";

const out = path.resolve(import.meta.dirname, "../schemas/data-schema.v1.json");
const schema = {
  $id: "https://mlops-actions.dev/schemas/data-schema.v1.json",
  ...z.toJSONSchema(DataSchemaSchema, { io: "input" }),
};
writeFileSync(out, JSON.stringify(schema, null, 2) + "\n");
console.log(`wrote ${path.relative(process.cwd(), out)}`);
