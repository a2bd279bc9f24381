import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEntry } from "./build-entry.js";

// A TypeScript entry built into plain JavaScript: it runs with `node` alone, as it would under
// tsx (a workspace package's source bundled, a CommonJS package loaded by Node through a dynamic
// import, import.meta.url naming the source file), and is rebuilt exactly when an input changes.

const run = promisify(execFile);
const core = path.resolve(import.meta.dirname, "../../core/src/index.ts");
let dir: string;
let cacheDir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-build-entry-"));
  cacheDir = path.join(dir, "cache");
  await fs.writeFile(
    path.join(dir, "entry.ts"),
    [
      `import { parseMetrics } from ${JSON.stringify(core)};`,
      `import { greeting } from "./dep.js";`,
      `const metrics: Record<string, number> = await parseMetrics("accuracy: 0.9\\n", "m.yaml");`,
      `const { twice } = await import("./lazy.js");`,
      `console.log(JSON.stringify({ greeting, metrics, twice: twice(21), url: import.meta.url }));`,
    ].join("\n"),
  );
  await fs.writeFile(path.join(dir, "dep.ts"), `export const greeting: string = "hello";\n`);
  await fs.writeFile(path.join(dir, "lazy.ts"), `export const twice = (n: number): number => n * 2;\n`);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const output = async (file: string) => JSON.parse((await run(process.execPath, [file])).stdout) as object;

describe("buildEntry", () => {
  it("builds an entry that node runs without a loader, packages imported from node_modules", async () => {
    const built = await buildEntry(path.join(dir, "entry.ts"), { cacheDir });
    expect(built.startsWith(cacheDir + path.sep)).toBe(true);
    expect(built.endsWith(`${path.sep}entry.mjs`)).toBe(true);
    expect(await output(built)).toEqual({
      greeting: "hello",
      metrics: { accuracy: 0.9 },
      twice: 42,
      url: pathToFileURL(path.join(dir, "entry.ts")).href,
    });
    // The workspace source is in the build; yaml (CommonJS) is imported from node_modules.
    const files = await fs.readdir(path.dirname(built));
    const text = (
      await Promise.all(files.map((f) => fs.readFile(path.join(path.dirname(built), f), "utf8")))
    ).join("\n");
    expect(text).toContain("metrics file is empty");
    expect(text).toMatch(/import\("[^"]*\/node_modules\/yaml\/dist\/index\.js"\)/);
  });

  it("finds an unchanged entry in the cache, builds again when an input changes, once for callers at once", async () => {
    const entry = path.join(dir, "entry.ts");
    const first = await buildEntry(entry, { cacheDir });
    const stat = await fs.stat(first);
    expect(await buildEntry(entry, { cacheDir })).toBe(first);
    expect((await fs.stat(first)).mtimeMs).toBe(stat.mtimeMs);

    await fs.writeFile(path.join(dir, "lazy.ts"), `export const twice = (n: number): number => n + n + 1;\n`);
    const [second, again] = await Promise.all([
      buildEntry(entry, { cacheDir }),
      buildEntry(entry, { cacheDir }),
    ]);
    expect(again).toBe(second);
    expect(second).not.toBe(first);
    expect(await output(second)).toMatchObject({ twice: 43 });
    // The earlier build stays for a run that may still use it; no temporary directory is left.
    expect(await output(first)).toMatchObject({ twice: 42 });
    expect((await fs.readdir(cacheDir)).filter((n) => n.startsWith("."))).toEqual([]);

    await fs.writeFile(path.join(dir, "lazy.ts"), `export const twice = (n: number): number => n * 2;\n`);
    expect(await buildEntry(entry, { cacheDir })).toBe(first);
  });

  it("fails with esbuild's message when the entry does not compile", async () => {
    await fs.writeFile(
      path.join(dir, "broken.ts"),
      `import { missing } from "./nowhere.js";\nconsole.log(missing);\n`,
    );
    await expect(buildEntry(path.join(dir, "broken.ts"), { cacheDir })).rejects.toThrow(/nowhere\.js/);
  });
});
