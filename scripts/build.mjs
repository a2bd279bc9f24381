#!/usr/bin/env node
// Bundles every action (actions/<name>/src/index.ts → actions/<name>/dist/) and the CLI
// (packages/cli/src/index.ts → packages/cli/dist/) with @vercel/ncc.
// --check: bundle into a temporary directory and fail when the committed dist/ differs.
// Further arguments restrict the build to those targets, e.g. `npm run build -- train cli`.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { promises as fs, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ncc = require("@vercel/ncc");
// esbuild, through tsx (a devDependency that depends on it), for minifying the chunks below.
const esbuild = createRequire(require.resolve("tsx"))("esbuild");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const check = args.includes("--check");
const only = args.filter((a) => !a.startsWith("--"));

const targets = [];
for (const name of (await fs.readdir(path.join(root, "actions"))).sort()) {
  const dir = path.join(root, "actions", name);
  if (existsSync(path.join(dir, "action.yml")))
    targets.push({ name, entry: path.join(dir, "src/index.ts"), out: path.join(dir, "dist") });
}
targets.push({
  name: "cli",
  entry: path.join(root, "packages/cli/src/index.ts"),
  out: path.join(root, "packages/cli/dist"),
});

// Worker-thread entries: bundled next to every bundle whose code names the file (new Worker
// looks for it beside the running chunk), with their own chunk names.
const workers = [
  { file: "profile-worker.js", entry: path.join(root, "packages/data/src/profile-worker.ts") },
];

/*
 * ncc minifies only the entry file; the chunks it splits off (the modules a bundle loads with
 * `await import()`) come out as written, comments and indentation included, and any non-ASCII
 * character makes V8 hold a whole chunk as a two-byte string. Every action pays for reading,
 * decoding and parsing what it loads at each start, so every .js file is re-printed without
 * whitespace and comments (licence comments stay, and licenses.txt) and with non-ASCII
 * characters escaped. Names are kept (no mangling, as ncc's own keep_fnames/keep_classnames),
 * so error and class names read the same.
 */
async function compact(content) {
  const { code } = await esbuild.transform(String(content), {
    loader: "js",
    minifyWhitespace: true,
    charset: "ascii",
    target: "es2023",
  });
  return code;
}

async function bundle(target, outDir) {
  const options = {
    cache: false,
    minify: true,
    sourceMap: false,
    license: "licenses.txt",
    quiet: true,
    target: "es2023",
    transpileOnly: true,
  };
  const { code, assets } = await ncc(target.entry, options);
  await fs.rm(outDir, { recursive: true, force: true });
  await fs.mkdir(outDir, { recursive: true });
  const write = async (file, content, permissions) => {
    const dest = path.join(outDir, file);
    if (file.endsWith(".js")) content = await compact(content);
    await fs.mkdir(path.dirname(dest), { recursive: true });
    await fs.writeFile(dest, content);
    if (permissions) await fs.chmod(dest, permissions);
  };
  await write("index.js", code);
  for (const [file, asset] of Object.entries(assets ?? {}))
    await write(file, asset.source, asset.permissions);
  const texts = [code, ...Object.values(assets ?? {}).map((a) => String(a.source))];
  for (const worker of workers) {
    if (!texts.some((t) => t.includes(worker.file))) continue;
    const built = await ncc(worker.entry, { ...options, license: "", filename: worker.file });
    await write(worker.file, built.code);
    for (const [file, asset] of Object.entries(built.assets ?? {}))
      if (file !== "package.json") await write(file, asset.source, asset.permissions);
  }
}

async function listTree(dir) {
  const out = [];
  async function walk(d, prefix) {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(d, e.name), rel);
      else out.push(rel);
    }
  }
  if (existsSync(dir)) await walk(dir, "");
  return out.sort();
}

let stale = 0;
if (!only.length || only.includes("schemas")) {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts/write-schemas.ts"), ...(check ? ["--check"] : [])],
    {
      stdio: "inherit",
      cwd: root,
    },
  );
  if (r.status !== 0) stale++;
}
for (const target of targets) {
  if (only.length && !only.includes(target.name)) continue;
  const started = Date.now();
  if (!check) {
    await bundle(target, target.out);
    const size = (await fs.stat(path.join(target.out, "index.js"))).size;
    console.log(
      `built ${path.relative(root, target.out)}/index.js (${(size / 1024).toFixed(0)} KiB, ${Date.now() - started} ms)`,
    );
    continue;
  }
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), `mlops-dist-${target.name}-`));
  try {
    await bundle(target, tmp);
    const want = await listTree(tmp);
    const have = await listTree(target.out);
    const differing = [];
    for (const f of new Set([...want, ...have])) {
      const a = want.includes(f) ? await fs.readFile(path.join(tmp, f)) : null;
      const b = have.includes(f) ? await fs.readFile(path.join(target.out, f)) : null;
      if (!a || !b || !a.equals(b)) differing.push(f);
    }
    if (differing.length) {
      stale++;
      console.error(
        `stale: ${path.relative(root, target.out)} differs from a fresh build (${differing.slice(0, 5).join(", ")}); run npm run build and commit dist/`,
      );
    } else console.log(`up to date: ${path.relative(root, target.out)}`);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
if (stale) {
  console.error(`${stale} bundle(s) are stale`);
  process.exit(1);
}
