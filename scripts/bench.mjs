#!/usr/bin/env node
// npm run bench -- <name> [args…]: runs test/bench/<name>.bench.ts (TypeScript through tsx).
// With no name, lists the benchmarks. Each benchmark runs the named reference side by side in
// the same run and prints ratios.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.join(root, "test/bench");
const available = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .map((f) => f.replace(/\.bench\.ts$/, ""))
  .sort();
const [name, ...rest] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  if (name) console.error(`no benchmark named '${name}'`);
  console.error(`usage: npm run bench -- <${available.join("|")}> [args]`);
  process.exit(name ? 2 : 0);
}
const file = path.join(dir, `${name}.bench.ts`);
if (!existsSync(file)) process.exit(2);
const result = spawnSync(process.execPath, ["--import", "tsx", file, ...rest], {
  stdio: "inherit",
  cwd: root,
});
process.exit(result.status ?? 1);
