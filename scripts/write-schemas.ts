// Writes the JSON Schema of each document to packages/core/schemas/<kind>.v1.json, for users'
// editors and other tools. --check: fail when a committed file is stale. Run by build/check-dist.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { documentJsonSchemas } from "../packages/core/src/documents.js";

const dir = path.resolve(import.meta.dirname, "../packages/core/schemas");
const check = process.argv.includes("--check");
await mkdir(dir, { recursive: true });
let stale = 0;
for (const [kind, schema] of Object.entries(await documentJsonSchemas())) {
  const file = path.join(dir, `${kind}.v1.json`);
  const text = JSON.stringify(schema, null, 2) + "\n";
  if (check) {
    const have = await readFile(file, "utf8").catch(() => "");
    if (have !== text) {
      stale++;
      console.error(`stale: ${path.relative(process.cwd(), file)}; run npm run build and commit it`);
    } else console.log(`up to date: ${path.relative(process.cwd(), file)}`);
  } else {
    await writeFile(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
if (stale) process.exit(1);
