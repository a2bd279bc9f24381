import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";

// `mlops run` through the built CLI bundle on the real example (Seattle weather), in a folder
// inside the repository so the example's npm dependencies resolve.
const root = path.resolve(import.meta.dirname, "../..");
const cli = path.join(root, "packages/cli/dist/index.js");
const example = path.join(root, "examples/seattle-weather");
mkdirSync(path.join(root, ".mlops"), { recursive: true });
const base = mkdtempSync(path.join(root, ".mlops", "test-run-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

interface ExampleConfig {
  registry?: unknown;
  validate: Record<string, unknown>;
  evaluate: Record<string, unknown>;
}

function project(name: string, edit: (config: ExampleConfig) => void = () => {}): string {
  const dir = path.join(base, name);
  mkdirSync(path.join(dir, "data"), { recursive: true });
  for (const entry of [
    "train.mjs",
    "predict.mjs",
    "forest.mjs",
    "weather.mjs",
    "params.yml",
    "schema.json",
    "scripts",
  ]) {
    cpSync(path.join(example, entry), path.join(dir, entry), { recursive: true });
  }
  const config = parse(readFileSync(path.join(example, "mlops.yml"), "utf8")) as ExampleConfig;
  config.registry = { backend: "local", path: ".mlops/registry" };
  config.validate.reference = "data/2012.csv";
  config.validate.data = "data/*.csv";
  edit(config);
  writeFileSync(path.join(dir, "mlops.yml"), stringify(config));
  return dir;
}

function run(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8", timeout: 600_000 });
  return { code: r.status, out: r.stdout + r.stderr };
}

function summary(out: string): string {
  return out.slice(out.lastIndexOf("━━ pipeline"));
}

describe("mlops run", () => {
  // The story (v1 registered and deployed, a better v2 promoted, nothing changed on a third run,
  // `mlops models show` after it) is asserted on the three `mlops run`s of `npm run demo` in
  // test/cli/demo.bundle.test.ts, which runs the same example pipeline: running it twice cost minutes.

  it("registers nothing and exits 1 when the candidate fails its gates", () => {
    const dir = project("gate", (c) => {
      c.evaluate.gates = { accuracy: { threshold: 0.99 } };
    });
    cpSync(path.join(example, "data/2012.csv"), path.join(dir, "data/2012.csv"));
    // The gate is what fails here, not the model: a small forest (the example's 40 trees cost a
    // second of CPU to train).
    writeFileSync(path.join(dir, "params.yml"), "seed: 42\nn_estimators: 5\nmax_depth: 4\n");
    const r = run(dir, "run");
    expect(r.code, r.out).toBe(1);
    expect(summary(r.out)).toMatch(/✘ evaluate +verdict fail/);
    expect(summary(r.out)).toMatch(/· register +the gates failed: nothing registered/);
    expect(summary(r.out)).toMatch(/· deploy +no version to deploy/);
    const show = spawnSync(process.execPath, [cli, "models", "list", "--json", "--registry", "local"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(JSON.parse(show.stdout)).toEqual([]);
  });

  it("stops at a validation failure and says which step failed", () => {
    const dir = project("bad-data");
    writeFileSync(
      path.join(dir, "data/2012.csv"),
      'date,precipitation,temp_max,temp_min,wind,weather\n2012-01-01,"unterminated\n',
    );
    const r = run(dir, "run");
    expect(r.code).toBe(1);
    expect(summary(r.out)).toMatch(/✘ validate/);
    expect(summary(r.out)).toMatch(/· train +an earlier step failed/);
  });

  it("rejects an unknown step name", () => {
    const dir = project("steps");
    const r = run(dir, "run", "--steps", "train,launch");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/--steps: unknown step 'launch'/);
  });
});
