import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// What action.test.ts (the action's main in-process) and action.bundle.test.ts (its bundle) both
// use: a workspace of given files and a seeded table of weather readings.

export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-validate-action-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

/**
 * A table maker with its own seeded generator: each test file makes its own, so the data do not
 * depend on which other file ran first in a shared worker (vitest's `isolate: false`).
 */
export function tables(seed = 11): (n: number, shift?: number) => string {
  const random = () => (seed = (1664525 * seed + 1013904223) % 4294967296) / 4294967296;
  return (n, shift = 0) => {
    const lines = ["id,temp,station"];
    for (let i = 0; i < n; i++)
      lines.push(
        `${i + 1},${(random() * 10 + shift).toFixed(1)},${["north", "south", "east"][Math.floor(random() * (shift ? 1 : 3))]}`,
      );
    return lines.join("\n") + "\n";
  };
}
