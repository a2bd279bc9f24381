import { createHash } from "node:crypto";
import { existsSync, promises as fs, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/*
 * A TypeScript entry point (a test fixture run as a child process, a worker thread's script)
 * built into plain JavaScript, so that a test starts it with `node <file>` (or `new Worker(file)`)
 * instead of through the tsx loader, which resolves and compiles the module graph again at every
 * start (its loader hooks on a thread of their own, answering every import).
 *
 * esbuild bundles the workspace sources the entry imports into ES modules; what they load with
 * `import()` stays in chunks of its own, loaded when used. Packages from node_modules are not
 * bundled: they are imported by the absolute path esbuild resolved (with Node's conditions), so
 * Node loads them as it does under tsx (CommonJS interop included, lazily). `import.meta.url`,
 * `.dirname` and `.filename` in a source file keep naming that source file, so code that finds
 * files next to itself finds the same ones.
 *
 * Builds are kept in node_modules/.cache/mlops-test-entries, named by a hash of their inputs: the
 * workspace files' contents, the size and modification time of the package files imported, the
 * package.json files of both, and tsconfig.json. The inputs of an entry's last build are listed
 * beside it, so a lookup hashes those files without building; any change builds it again. A
 * build is written to a temporary directory and renamed into place, so test processes that build
 * the same entry at once never see each other's halves.
 */

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const CACHE_DIR = path.join(REPO_ROOT, "node_modules/.cache/mlops-test-entries");
/** Part of every key: change it when the build options below change. */
const BUILD_VERSION = "1";
/** Builds of an entry other than the current one are deleted once unused for this long. */
const PRUNE_AFTER_MS = 24 * 3600_000;

interface EsbuildPlugin {
  name: string;
  setup(build: {
    onResolve(
      options: { filter: RegExp },
      callback: (args: ResolveArgs) => Promise<{ path: string; external: boolean } | undefined>,
    ): void;
    onLoad(
      options: { filter: RegExp },
      callback: (args: { path: string }) => Promise<{ contents: string; loader: string } | undefined>,
    ): void;
    resolve(
      path: string,
      options: { kind: string; resolveDir: string; importer: string; pluginData: unknown },
    ): Promise<{ path: string; errors: unknown[]; external: boolean }>;
  }): void;
}
interface ResolveArgs {
  path: string;
  kind: string;
  resolveDir: string;
  importer: string;
  pluginData: unknown;
}
interface EsbuildApi {
  version: string;
  build(options: object): Promise<{
    outputFiles: { path: string; contents: Uint8Array }[];
    metafile: { inputs: Record<string, unknown> };
  }>;
}

let esbuild: EsbuildApi | null = null;
/** esbuild, found as scripts/build.mjs finds it: through tsx, a devDependency that depends on it. */
function loadEsbuild(): EsbuildApi {
  const require = createRequire(import.meta.url);
  esbuild ??= createRequire(require.resolve("tsx"))("esbuild") as EsbuildApi;
  return esbuild;
}

/** Lookups and builds under way: a second caller for the same entry waits for the first. */
const pending = new Map<string, Promise<string>>();

export interface BuildEntryOptions {
  /** Where builds are kept (default node_modules/.cache/mlops-test-entries of the repository). */
  cacheDir?: string;
}

/**
 * The path of `entry` (a .ts file) built into an ES module of plain JavaScript (.mjs) from the
 * current sources: found in the cache when none of its inputs changed, else built now. Each call
 * checks the inputs again (milliseconds): callers keep the path for as long as the sources
 * cannot change (a test file's run).
 */
export function buildEntry(entry: string, options: BuildEntryOptions = {}): Promise<string> {
  const file = path.resolve(entry);
  const cacheDir = path.resolve(options.cacheDir ?? CACHE_DIR);
  const id = `${cacheDir}\0${file}`;
  let result = pending.get(id);
  if (!result) {
    result = findOrBuild(file, cacheDir).finally(() => pending.delete(id));
    pending.set(id, result);
  }
  return result;
}

async function findOrBuild(entry: string, cacheDir: string): Promise<string> {
  const rel = path.relative(REPO_ROOT, entry);
  const name = path.basename(entry).replace(/\.[cm]?tsx?$/, "");
  const prefix = `${name}-${sha256(rel).slice(0, 8)}`;
  const inputsFile = path.join(cacheDir, `${prefix}.inputs.json`);
  const buildDir = (key: string) => path.join(cacheDir, `${prefix}-${key.slice(0, 16)}`);
  const entryFile = (key: string) => path.join(buildDir(key), `${name}.mjs`);

  const last = await readInputs(inputsFile);
  if (last) {
    const key = inputsKey(rel, last);
    if (key && existsSync(entryFile(key))) {
      // Marks it in use, for prune() of other runs.
      const now = new Date();
      await fs.utimes(buildDir(key), now, now).catch(() => {});
      return entryFile(key);
    }
  }

  const temporary = path.join(cacheDir, `.${prefix}.${process.pid}.${Math.random().toString(36).slice(2)}`);
  const externals = new Set<string>();
  const { outputFiles, metafile } = await loadEsbuild().build({
    entryPoints: [entry],
    absWorkingDir: REPO_ROOT,
    outdir: temporary,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node24",
    // Node's conditions ("import"/"require", "node" and "default" are added by esbuild).
    conditions: ["module-sync", "node-addons"],
    mainFields: ["main"],
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [packagesByPath(externals), sourceImportMeta],
  });
  const inputs = [...Object.keys(metafile.inputs).map((p) => path.resolve(REPO_ROOT, p)), ...externals]
    .map((p) => path.relative(REPO_ROOT, p))
    .sort();
  // Hashed after the build: a file changed meanwhile gives a key that the next lookup misses.
  const key = inputsKey(rel, inputs);
  if (!key) throw new Error(`an input of ${rel} disappeared while it was being built`);
  try {
    await fs.mkdir(temporary, { recursive: true });
    for (const out of outputFiles) await fs.writeFile(out.path, out.contents);
    await fs.rename(temporary, buildDir(key)).catch((error: NodeJS.ErrnoException) => {
      // Another process built the same inputs first: its build is the same.
      if (!(error.code === "ENOTEMPTY" || error.code === "EEXIST") || !existsSync(entryFile(key)))
        throw error;
    });
  } finally {
    await fs.rm(temporary, { recursive: true, force: true });
  }
  const list = `${inputsFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await fs.writeFile(list, JSON.stringify(inputs));
  await fs.rename(list, inputsFile);
  await prune(cacheDir, prefix, path.basename(buildDir(key)));
  return entryFile(key);
}

const inNodeModules = (file: string) => file.split(path.sep).includes("node_modules");

/** Imports that resolve into node_modules stay imports, of the resolved file by absolute path. */
function packagesByPath(externals: Set<string>): EsbuildPlugin {
  return {
    name: "packages-by-path",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === "packages-by-path" || args.path.startsWith("node:")) return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: "packages-by-path",
        });
        // Unresolved (esbuild reports it), a built-in module, or a workspace package's source.
        if (resolved.errors.length || resolved.external || !inNodeModules(resolved.path)) return undefined;
        externals.add(resolved.path);
        return { path: resolved.path, external: true };
      });
    },
  };
}

/** import.meta.url, .dirname and .filename of a source file name the source file, not the build. */
const sourceImportMeta: EsbuildPlugin = {
  name: "source-import-meta",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
      if (inNodeModules(args.path)) return undefined;
      const source = await fs.readFile(args.path, "utf8");
      const values: Record<string, string> = {
        url: pathToFileURL(args.path).href,
        dirname: path.dirname(args.path),
        filename: args.path,
      };
      const contents = source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key: string) =>
        JSON.stringify(values[key]),
      );
      return { contents, loader: "ts" };
    });
  },
};

async function readInputs(file: string): Promise<string[] | null> {
  try {
    const inputs = JSON.parse(await fs.readFile(file, "utf8")) as unknown;
    return Array.isArray(inputs) && inputs.every((i) => typeof i === "string") ? inputs : null;
  } catch {
    return null;
  }
}

/**
 * A hash of the entry, the build, and the inputs (null when one is gone): the content of
 * workspace files, the size and modification time of files under node_modules (they change when
 * packages are installed), the package.json files of them all, tsconfig.json.
 */
function inputsKey(entry: string, inputs: string[]): string | null {
  const packages = new Set<string>();
  for (const input of inputs) {
    const pkg = packageJsonOf(path.resolve(REPO_ROOT, input));
    if (pkg) packages.add(path.relative(REPO_ROOT, pkg));
  }
  const files = [...inputs, ...[...packages].sort(), "tsconfig.json"];
  // Synchronous: many small reads, each far cheaper than a trip to the thread pool.
  const parts = files.map((f) => {
    const file = path.resolve(REPO_ROOT, f);
    try {
      if (!inNodeModules(f) || f.endsWith("package.json")) return readFileSync(file);
      const stat = statSync(file);
      return `${stat.size} ${stat.mtimeMs}`;
    } catch {
      return null;
    }
  });
  if (parts.some((p) => p === null)) return null;
  const hash = createHash("sha256");
  hash.update(`${BUILD_VERSION}\0${loadEsbuild().version}\0${entry}\0`);
  files.forEach((f, i) => {
    const part = parts[i]!;
    hash.update(`${f}\0${part.length}\0`);
    hash.update(part);
  });
  return hash.digest("hex");
}

const packageJsonByDir = new Map<string, string | null>();
/** The nearest package.json above a file. */
function packageJsonOf(file: string): string | null {
  const dir = path.dirname(file);
  let found = packageJsonByDir.get(dir);
  if (found === undefined) {
    const candidate = path.join(dir, "package.json");
    found = existsSync(candidate) ? candidate : path.dirname(dir) === dir ? null : packageJsonOf(dir);
    packageJsonByDir.set(dir, found);
  }
  return found;
}

/** Deletes the entry's other builds that no lookup used for a day (no test run is using them). */
async function prune(cacheDir: string, prefix: string, current: string): Promise<void> {
  for (const name of await fs.readdir(cacheDir)) {
    if (name === current || !name.startsWith(`${prefix}-`)) continue;
    const dir = path.join(cacheDir, name);
    const stat = await fs.stat(dir).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > PRUNE_AFTER_MS)
      await fs.rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
