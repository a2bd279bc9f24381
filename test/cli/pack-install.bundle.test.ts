import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * The CLI as a user gets it: `npm pack` of packages/cli (the committed ncc bundle behind the bin
 * wrapper), installed from that tarball, offline, into a new project outside this repository,
 * then `npx mlops --version` and `npx mlops run` on a copy of the Seattle-weather example there.
 * Nothing of the workspace is reachable from that project: a missing file in the package or a
 * dependency the bundle does not carry fails here. A test of the committed bundle: it runs in
 * the bundled run (`npm run test:bundled`, test/bundled-run.ts), not in `npm test`.
 */

const root = path.resolve(import.meta.dirname, "../..");
const cliDir = path.join(root, "packages/cli");
const example = path.join(root, "examples/seattle-weather");
const manifest = JSON.parse(readFileSync(path.join(cliDir, "package.json"), "utf8")) as {
  name: string;
  version: string;
  bin: { mlops: string };
};

/**
 * More Node.js binaries to run the installed CLI with, besides the one running this test:
 * MLOPS_TEST_NODES, separated by ":" (CI sets it to a Node.js 22 from actions/setup-node).
 */
const otherNodes = (process.env.MLOPS_TEST_NODES ?? "").split(path.delimiter).filter(Boolean);

let base = "";
let project = "";
let tarball = "";
let packed: string[] = [];

/**
 * The environment of a laptop: no npm_* variables of an enclosing `npm test` (npm_config_prefix
 * and friends would point npm at this repository), nothing of GitHub Actions (the registry's
 * `auto` backend would pick GitHub), and this test's Node.js first on PATH.
 */
function laptopEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|github_|actions_|runner_|mlops_)/i.test(key) || key === "CI") continue;
    env[key] = value;
  }
  env.PATH = [path.dirname(process.execPath), env.PATH].filter(Boolean).join(path.delimiter);
  return env;
}

function sh(command: string, args: string[], cwd: string, env = laptopEnv()) {
  const r = spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: 600_000 });
  return {
    code: r.status,
    stdout: r.stdout ?? "",
    out: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ?? ""}`,
  };
}

/** Where the example's own npm dependency (ml-cart) is installed in this repository. */
function installedPackage(name: string): string {
  for (const dir of [path.join(example, "node_modules", name), path.join(root, "node_modules", name)])
    if (existsSync(path.join(dir, "package.json"))) return dir;
  throw new Error(`${name} is not installed: run npm ci at the repository root`);
}

describe("the packed CLI (npm pack → npm install from the tarball → npx mlops)", () => {
  beforeAll(() => {
    if (!existsSync(path.join(cliDir, "dist/index.js")))
      throw new Error("packages/cli/dist/index.js is missing: run `npm run build` first");
    base = mkdtempSync(path.join(os.tmpdir(), "mlops-pack-install-"));
    expect(path.relative(root, base).startsWith("..")).toBe(true);

    const pack = sh("npm", ["pack", "--json", "--pack-destination", base], cliDir);
    expect(pack.code, pack.out).toBe(0);
    const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("["))) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    tarball = path.join(base, info!.filename);
    packed = info!.files.map((f) => f.path).sort();

    project = path.join(base, "weather");
    mkdirSync(project);
    writeFileSync(
      path.join(project, "package.json"),
      JSON.stringify({ name: "weather", private: true, type: "module" }, null, 2),
    );
    const install = sh("npm", ["install", "--offline", "--no-audit", "--no-fund", "-D", tarball], project);
    expect(install.code, install.out).toBe(0);
  }, 600_000);

  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it("packs only the bin wrapper, the bundle, package.json, README and LICENSE, with no dependencies", () => {
    expect(packed).toContain(manifest.bin.mlops);
    expect(packed).toContain("dist/index.js");
    expect(packed).toContain("LICENSE");
    expect(packed).toContain("README.md");
    const outside = packed.filter(
      (f) => !/^(bin|dist)\//.test(f) && !["package.json", "LICENSE", "README.md"].includes(f),
    );
    expect(outside).toEqual([]);

    const installed = path.join(project, "node_modules", manifest.name);
    const pkg = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8")) as Record<
      string,
      unknown
    >;
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies", "bundleDependencies"])
      expect(pkg[field], `${manifest.name}'s ${field}`).toBeUndefined();
    expect(readFileSync(path.join(installed, "LICENSE"), "utf8")).toBe(
      readFileSync(path.join(root, "LICENSE"), "utf8"),
    );
    const project_ = JSON.parse(readFileSync(path.join(project, "package.json"), "utf8")) as {
      devDependencies?: Record<string, string>;
    };
    expect(Object.keys(project_.devDependencies ?? {})).toEqual([manifest.name]);
  });

  it("npx mlops --version prints the package's version", () => {
    const r = sh("npx", ["--no-install", "mlops", "--version"], project);
    expect(r.code, r.out).toBe(0);
    expect(r.stdout.trim()).toBe(manifest.version);
  });

  it("refuses a Node.js older than 22 with one line, before loading the bundle", () => {
    // The installed bin under this Node.js, told it is 20.19.0 (process.versions.node is set
    // before the bin runs): it must stop at its own check, not crash inside a step.
    const bin = path.join(project, "node_modules", manifest.name, manifest.bin.mlops);
    const r = sh(
      process.execPath,
      [
        "--import",
        'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.19.0"})',
        bin,
        "run",
      ],
      project,
    );
    expect(r.code).toBe(1);
    expect(r.out.trim().split("\n")).toEqual([
      "mlops: Node.js 20.19.0 is not supported; mlops needs Node.js 22 or newer (22 and 24 are tested). Install a newer Node.js (https://nodejs.org) and run it again.",
    ]);
  });

  it("npx mlops run runs the example's pipeline in the new project: v1 registered and deployed", () => {
    symlinkSync(installedPackage("ml-cart"), path.join(project, "node_modules/ml-cart"), "dir");
    copyExample(project);
    expectFirstRun(sh("npx", ["--no-install", "mlops", "run"], project));
    expect(existsSync(path.join(project, ".mlops/registry"))).toBe(true);
  }, 600_000);

  for (const [index, node] of otherNodes.entries()) {
    it(`runs under ${node} too (MLOPS_TEST_NODES): --version and a first run`, () => {
      const env = laptopEnv();
      env.PATH = [path.dirname(node), env.PATH].join(path.delimiter);
      const bin = path.join(project, "node_modules/.bin/mlops");
      const dir = path.join(project, `under-node-${index}`);
      mkdirSync(dir);
      copyExample(dir);
      const version = sh(node, [bin, "--version"], dir, env);
      expect(version.code, version.out).toBe(0);
      expect(version.stdout.trim()).toBe(manifest.version);
      const run = sh(node, [bin, "run"], dir, env);
      expectFirstRun(run);
      // Before 22.17, fs.glob warns that it is experimental: the bin keeps that one quiet.
      expect(run.out).not.toContain("ExperimentalWarning");
      // The training command's `node` is this one too: the run record names its version.
      const nodeVersion = sh(node, ["-p", "process.version"], dir, env).stdout.trim();
      expect(run.out).toContain(`node \`${nodeVersion}\``);
    }, 600_000);
  }
});

/**
 * A copy of the example as a user would make it, with the data that has arrived so far (2012)
 * and its mlops.yml unchanged. Its trainer's own dependency (ml-cart) is linked from this
 * repository's install into the project; the CLI comes from the tarball alone.
 */
function copyExample(dir: string): void {
  for (const entry of [
    "train.mjs",
    "forest.mjs",
    "weather.mjs",
    "predict.mjs",
    "params.yml",
    "schema.json",
    "mlops.yml",
    "scripts",
  ])
    cpSync(path.join(example, entry), path.join(dir, entry), { recursive: true });
  mkdirSync(path.join(dir, "data"));
  cpSync(path.join(example, "data/2012.csv"), path.join(dir, "data/2012.csv"));
}

function expectFirstRun(r: { code: number | null; out: string }): void {
  expect(r.code, r.out).toBe(0);
  const summary = r.out.slice(r.out.lastIndexOf("━━ pipeline"));
  expect(summary).toMatch(/✔ validate +366 rows/);
  expect(summary).toMatch(/✔ register +registered v1/);
  expect(summary).toMatch(/✔ deploy +production: v- → v1/);
}
