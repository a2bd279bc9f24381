import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { registerModel } from "@mlops/registry";
import { runContextFromEnv, silentLogger } from "@mlops/core";
import { memoryActionIO, runMain } from "@mlops/testkit";
import { callPickle } from "../../../packages/scan/test-support/builders.js";
import { main } from "./main.js";

// deploy-model's main in-process over an in-memory StepIO and the local registry; outside
// Actions deployments go to the local log (the bundle against the fake GitHub: test/deploy).

async function workspace(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-deploy-main-"));
  writeFileSync(path.join(dir, "model.json"), '{"weights":"one"}');
  const ctx = { ...runContextFromEnv({}), workspace: dir };
  await registerModel(
    { model: "weather", modelPath: "model.json", backend: "local", registryPath: path.join(dir, "reg") },
    { ctx, logger: silentLogger },
  );
  return dir;
}

const inputs = { model: "weather", version: "1", registry: "local", "registry-path": "reg" };

describe("deploy-model main", () => {
  it("deploys a version into a directory, moves the environment's alias and writes the outputs", async () => {
    const dir = await workspace();
    const io = memoryActionIO({ ...inputs, target: "directory", directory: "serve" });
    await runMain(main, io, dir);
    expect(io.failed).toBeNull();
    expect(io.outputs).toMatchObject({ version: "1", "previous-version": "", "rolled-back": "false" });
    expect(io.outputs["deployment-id"]).toMatch(/^local-/);
    expect(readFileSync(path.join(dir, "serve/current/model.json"), "utf8")).toBe('{"weights":"one"}');
    expect(io.summary).not.toBe("");
  });

  it("a failing deploy command fails the step (StepFailed) with the outputs written", async () => {
    const dir = await workspace();
    const io = memoryActionIO({ ...inputs, target: "command", command: "exit 4" });
    await runMain(main, io, dir);
    expect(io.outputs).toMatchObject({ version: "1", "rolled-back": "false" });
    expect(io.failed?.message).toMatch(/^deploy of weather version 1 to production failed/);
    expect(io.failed?.message).not.toMatch(/bug/);
  });

  it("model-scan: a registered version whose file runs os.system is not deployed (the directory stays untouched)", async () => {
    const dir = await workspace();
    const good = memoryActionIO({ ...inputs, target: "directory", directory: "serve" });
    await runMain(main, good, dir);
    expect(good.failed).toBeNull();
    expect(good.summary).toMatch(/model scan: safe — no globals imported \(1 file\)/);
    // Version 2 was registered with the scan off: its stored model.pkl calls os.system when loaded.
    writeFileSync(path.join(dir, "model.pkl"), callPickle("os", "system", "touch pwned"));
    const ctx = { ...runContextFromEnv({}), workspace: dir };
    const registered = await registerModel(
      {
        model: "weather",
        modelPath: "model.pkl",
        backend: "local",
        registryPath: path.join(dir, "reg"),
        modelScan: "off",
      },
      { ctx, logger: silentLogger },
    );
    expect(registered.version.number).toBe(2);
    expect(registered.version.scan).toBeUndefined();
    const io = memoryActionIO({ ...inputs, version: "2", target: "directory", directory: "serve" });
    await runMain(main, io, dir);
    expect(io.failed?.message).toMatch(
      /^model\.pkl \(weather version 2\): imports os\.system \(dangerous: .+\); deployed nothing/,
    );
    // The target never ran: version 1 is still what is served, and no version-2 copy exists.
    expect(readFileSync(path.join(dir, "serve/current/model.json"), "utf8")).toBe('{"weights":"one"}');
    expect(existsSync(path.join(dir, "serve/current/model.pkl"))).toBe(false);
    expect(io.outputs).toEqual({});
    // warn deploys it with a warning; the summary says what was found.
    const warned = memoryActionIO({
      ...inputs,
      version: "2",
      target: "directory",
      directory: "serve",
      "model-scan": "warn",
    });
    await runMain(main, warned, dir);
    expect(warned.failed).toBeNull();
    expect(warned.logger.entries.some((l) => l.level === "warning" && /os\.system/.test(l.message))).toBe(
      true,
    );
    expect(warned.summary).toMatch(
      /model scan: dangerous — 1 global in 1 file; model\.pkl: imports os\.system/,
    );
    expect(existsSync(path.join(dir, "serve/current/model.pkl"))).toBe(true);
    // mlops.yml deploy.model-scan: off skips the scan, with a log line.
    writeFileSync(path.join(dir, "mlops.yml"), "version: 1\ndeploy:\n  model-scan: off\n");
    const off = memoryActionIO({
      ...inputs,
      version: "2",
      target: "directory",
      directory: "serve-off",
      config: path.join(dir, "mlops.yml"),
    });
    await runMain(main, off, dir);
    expect(off.failed).toBeNull();
    expect(off.logger.entries.some((l) => /^model scan: off \(model-scan: off\)/.test(l.message))).toBe(true);
    expect(off.summary).toMatch(/model scan: off/);
  });
});
