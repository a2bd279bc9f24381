import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { MemoryLogger, silentLogger, type ConfigurationError, type Logger } from "@mlops/core";
import { LocalRegistry, type Registry } from "@mlops/registry";
import { deployModel } from "./deploy.js";
import { DEFAULT_HEALTH } from "./health.js";
import { LocalDeploymentLog } from "./local-log.js";
import { CommandTarget } from "./targets/command.js";
import { DirectoryTarget } from "./targets/directory.js";
import type { DeployDeps, DeployOptions, DeployTarget } from "./types.js";

let tmp: string;
let registryRoot: string;
let serveDir: string;

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-deploy-"));
  registryRoot = path.join(tmp, "registry");
  serveDir = path.join(tmp, "serving");
});

async function registerVersions(registry: Registry, model: string, contents: string[]): Promise<void> {
  for (const [i, content] of contents.entries()) {
    const file = path.join(tmp, "src", `v${i + 1}`, "model.txt");
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
    await registry.register({ model, path: file, metrics: { accuracy: 0.8 + i / 100 } });
  }
}

function options(over: Partial<DeployOptions> = {}): DeployOptions {
  return {
    model: "weather",
    version: "2",
    alias: null,
    environment: "production",
    environmentAlias: "production",
    rollback: true,
    health: { ...DEFAULT_HEALTH, intervalMs: 0, count: 2 },
    environmentUrl: null,
    transientEnvironment: false,
    productionEnvironment: true,
    ...over,
  };
}

function deps(registry: Registry, over: Partial<DeployDeps> = {}, logger: Logger = silentLogger): DeployDeps {
  return {
    registry,
    recorder: new LocalDeploymentLog(registryRoot, "weather"),
    target: new DirectoryTarget({ directory: serveDir, keepVersions: 5, logger }),
    logger,
    workDir: path.join(tmp, "work"),
    env: { PATH: process.env.PATH },
    cwd: tmp,
    logUrl: null,
    ref: null,
    sleep: async () => {},
    ...over,
  };
}

async function servedContent(): Promise<string> {
  return await fs.readFile(path.join(serveDir, "current", "model.txt"), "utf8");
}

async function statesOf(log: LocalDeploymentLog) {
  return (await log.list()).map((d) => ({
    version: d.request.version,
    task: d.request.task,
    states: d.statuses.map((s) => s.state),
  }));
}

describe("deployModel", () => {
  it("deploys a healthy version: statuses queued → in_progress → success, alias moved, files served", async () => {
    const registry = new LocalRegistry({ root: registryRoot, logger: silentLogger });
    await registerVersions(registry, "weather", ["one", "two"]);
    await registry.setAlias("weather", "production", 1);
    const log = new LocalDeploymentLog(registryRoot, "weather");
    const result = await deployModel(
      options({
        health: {
          ...DEFAULT_HEALTH,
          intervalMs: 0,
          count: 2,
          command: `test "$(cat "$MODEL_PATH")" = two && test "$MODEL_PATH" = "${path.join(serveDir, "current", "model.txt")}"`,
        },
      }),
      deps(registry, { recorder: log }),
    );
    expect(result).toMatchObject({
      outcome: "deployed",
      succeeded: true,
      version: 2,
      previousVersion: 1,
      rolledBack: false,
      modelUri: "models:/weather/2",
    });
    expect(result.health?.measurements.map((m) => m.phase)).toEqual(["success", "success"]);
    expect((await registry.resolve("weather", "production")).number).toBe(2);
    expect(await servedContent()).toBe("two");
    expect(await fs.readlink(path.join(serveDir, "current"))).toBe(path.join("versions", "v2"));
    expect(await statesOf(log)).toEqual([
      { version: 2, task: "deploy", states: ["queued", "in_progress", "success"] },
    ]);
    expect(result.message).toMatch(
      /version 2 deployed to production and healthy \(2\/2 checks\); alias production → version 2 \(was 1\)/,
    );
    // The downloaded copy is gone; the directory target has its own.
    expect(await fs.readdir(path.join(tmp, "work"))).toEqual([]);
  });

  it("rolls back when the health check fails: previous version served again, alias unchanged, both deployments recorded", async () => {
    const registry = new LocalRegistry({ root: registryRoot, logger: silentLogger });
    await registerVersions(registry, "weather", ["one", "two"]);
    const log = new LocalDeploymentLog(registryRoot, "weather");
    const first = await deployModel(options({ version: "1" }), deps(registry, { recorder: log }));
    expect(first.succeeded).toBe(true);
    const logger = new MemoryLogger();
    // Healthy only while version 1 is served.
    const check = `grep -q one "${path.join(serveDir, "current", "model.txt")}"`;
    const result = await deployModel(
      options({ health: { ...DEFAULT_HEALTH, intervalMs: 0, count: 3, command: check } }),
      deps(registry, { recorder: log }, logger),
    );
    expect(result).toMatchObject({
      outcome: "rolled-back",
      succeeded: false,
      rolledBack: true,
      previousVersion: 1,
    });
    expect(await servedContent()).toBe("one");
    expect((await registry.resolve("weather", "production")).number).toBe(1);
    expect(await statesOf(log)).toEqual([
      { version: 1, task: "deploy", states: ["queued", "in_progress", "success"] },
      { version: 2, task: "deploy", states: ["queued", "in_progress", "failure"] },
      { version: 1, task: "deploy:rollback", states: ["queued", "in_progress", "success"] },
    ]);
    expect(result.message).toContain(
      "deploy of weather version 2 to production failed: health check command",
    );
    expect(result.message).toContain(
      "1 of 1 measurements failed (failure limit 0); last: command exited with code 1",
    );
    expect(result.message).toContain(
      "Rolled back: version 1 was redeployed through the directory target and is healthy",
    );
    expect(result.message).toContain("alias production was not moved (still version 1)");
    expect(result.message).toMatch(
      /Deployment local-\S+ is marked failure; rollback deployment local-\S+ succeeded/,
    );
    // The rollback is a pointer swap: v1 was still on disk.
    expect(logger.messages("info").join("\n")).toContain(
      "already here and verified; swapping the pointer only",
    );
  });

  it("says there is nothing to roll back to on a first deploy that fails", async () => {
    const registry = new LocalRegistry({ root: registryRoot, logger: silentLogger });
    await registerVersions(registry, "weather", ["one", "two"]);
    const result = await deployModel(
      options({ health: { ...DEFAULT_HEALTH, intervalMs: 0, count: 1, command: "exit 3" } }),
      deps(registry),
    );
    expect(result).toMatchObject({ outcome: "failed", rolledBack: false, previousVersion: null });
    expect(result.message).toContain(
      "Nothing to roll back to: this was the first deploy of weather to production (alias production does not exist)",
    );
    expect(await registry.resolve("weather", "production", { optional: true })).toBeNull();
  });

  it("leaves the failed version in place when rollback is off, and says so", async () => {
    const registry = new LocalRegistry({ root: registryRoot, logger: silentLogger });
    await registerVersions(registry, "weather", ["one", "two"]);
    await deployModel(options({ version: "1" }), deps(registry));
    const result = await deployModel(
      options({ rollback: false, health: { ...DEFAULT_HEALTH, count: 1, command: "false" } }),
      deps(registry),
    );
    expect(result.outcome).toBe("failed");
    expect(result.message).toContain("rollback is off, so nothing was restored");
    expect(await servedContent()).toBe("two");
    expect((await registry.resolve("weather", "production")).number).toBe(1);
  });

  it("deploys what an alias points at", async () => {
    const registry = new LocalRegistry({ root: registryRoot, logger: silentLogger });
    await registerVersions(registry, "weather", ["one", "two", "three"]);
    await registry.setAlias("weather", "staging", 3);
    const result = await deployModel(options({ version: null, alias: "staging" }), deps(registry));
    expect(result.version).toBe(3);
    expect(await servedContent()).toBe("three");
  });

  it("fails before recording anything when the version does not exist, listing what does", async () => {
    const registry = new LocalRegistry({ root: registryRoot, logger: silentLogger });
    await registerVersions(registry, "weather", ["one", "two"]);
    const log = new LocalDeploymentLog(registryRoot, "weather");
    const error = (await deployModel(options({ version: "7" }), deps(registry, { recorder: log })).catch(
      (e: unknown) => e,
    )) as ConfigurationError;
    expect(error.name).toBe("ConfigurationError");
    expect(error.message).toMatch(/weather.*7/);
    expect(error.message).toContain("versions 1..2");
    expect(await log.list()).toEqual([]);
  });

  it("marks the deployment error and touches nothing when a stored file was tampered with", async () => {
    const registry = new LocalRegistry({ root: registryRoot, logger: silentLogger });
    await registerVersions(registry, "weather", ["one", "two"]);
    const stored = path.join(registryRoot, "weather", "versions", "2", "files", "model.txt");
    await fs.writeFile(stored, "evil");
    const log = new LocalDeploymentLog(registryRoot, "weather");
    const error = (await deployModel(options(), deps(registry, { recorder: log })).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toMatch(/sha256|integrity|does not match/i);
    expect(await statesOf(log)).toEqual([
      { version: 2, task: "deploy", states: ["queued", "in_progress", "error"] },
    ]);
    await expect(fs.access(path.join(serveDir, "current"))).rejects.toThrow();
  });

  it("lets only one of two concurrent deploys move the alias (compare-and-swap)", async () => {
    const inner = new LocalRegistry({ root: registryRoot, logger: silentLogger });
    await registerVersions(inner, "weather", ["one", "two", "three"]);
    await inner.setAlias("weather", "production", 1);
    // Hold every alias move until both deploys have read `production` and reached the move.
    let waiting = 0;
    let release!: () => void;
    const bothThere = new Promise<void>((r) => (release = r));
    const registry: Registry = Object.create(inner) as Registry;
    registry.setAlias = async (...args: Parameters<Registry["setAlias"]>) => {
      if (++waiting === 2) release();
      await bothThere;
      return inner.setAlias(...args);
    };
    const quiet: DeployTarget = {
      kind: "command",
      describe: () => "command true",
      deploy: async () => ({ detail: "ok" }),
    };
    const [a, b] = await Promise.all([
      deployModel(options({ version: "2" }), deps(registry, { target: quiet })),
      deployModel(options({ version: "3" }), deps(registry, { target: quiet })),
    ]);
    const outcomes = [a.outcome, b.outcome].sort();
    expect(outcomes).toEqual(["conflict", "deployed"]);
    const winner = a.outcome === "deployed" ? a : b;
    const loser = a.outcome === "deployed" ? b : a;
    expect((await inner.resolve("weather", "production")).number).toBe(winner.version);
    expect(loser.succeeded).toBe(false);
    expect(loser.message).toContain(
      `alias production was moved by another deploy while this one ran (expected version 1, found version ${winner.version})`,
    );
    expect(loser.message).toContain("concurrency: deploy-weather-production");
  });

  it("passes MODEL_* and ENVIRONMENT to the command target, and rolls back through it", async () => {
    const registry = new LocalRegistry({ root: registryRoot, logger: silentLogger });
    await registerVersions(registry, "weather", ["one", "two"]);
    await registry.setAlias("weather", "production", 1);
    const record = path.join(tmp, "deploys.log");
    const target = new CommandTarget({
      command: `echo "$MODEL_NAME $MODEL_VERSION $MODEL_URI $ENVIRONMENT $DEPLOY_ROLE $(cat "$MODEL_PATH")" >> "${record}"`,
      timeoutMs: 10_000,
      cwd: tmp,
      env: { PATH: process.env.PATH },
      logger: silentLogger,
    });
    const result = await deployModel(
      options({ health: { ...DEFAULT_HEALTH, count: 1, command: '[ "$MODEL_VERSION" = 1 ]' } }),
      deps(registry, { target }),
    );
    expect(result.outcome).toBe("rolled-back");
    expect((await fs.readFile(record, "utf8")).trim().split("\n")).toEqual([
      "weather 2 models:/weather/2 production deploy two",
      "weather 1 models:/weather/1 production rollback one",
    ]);
  });

  it("reports a target failure and rolls back without running the health check on the failed version", async () => {
    const registry = new LocalRegistry({ root: registryRoot, logger: silentLogger });
    await registerVersions(registry, "weather", ["one", "two"]);
    await registry.setAlias("weather", "production", 1);
    const target = new CommandTarget({
      command: `if [ "$MODEL_VERSION" = 2 ]; then echo "kubectl: forbidden" >&2; exit 4; fi`,
      timeoutMs: 10_000,
      cwd: tmp,
      env: { PATH: process.env.PATH },
      logger: silentLogger,
    });
    const result = await deployModel(options(), deps(registry, { target }));
    expect(result.outcome).toBe("rolled-back");
    expect(result.health).toBeNull();
    expect(result.message).toContain(
      "the command target failed: deploy command exited with code 4; last output:",
    );
    expect(result.message).toContain("kubectl: forbidden");
  });
});

describe("deployModel when the registry refuses the alias move", () => {
  it("says the target already runs the new version and the alias was not moved", async () => {
    const inner = new LocalRegistry({ root: registryRoot, logger: silentLogger });
    await registerVersions(inner, "weather", ["one", "two"]);
    await inner.setAlias("weather", "production", 1);
    const registry: Registry = Object.create(inner) as Registry;
    registry.setAlias = async () => {
      const { ConfigurationError } = await import("@mlops/core");
      throw new ConfigurationError("this job needs permissions: contents: write", {
        code: "github-permission",
      });
    };
    const log = new LocalDeploymentLog(registryRoot, "weather");
    const error = (await deployModel(options(), deps(registry, { recorder: log })).catch(
      (e: unknown) => e,
    )) as ConfigurationError;
    expect(error.code).toBe("github-permission");
    expect(error.message).toBe(
      "weather version 2 was deployed to production (no health check configured), but alias production could not be moved (it still says version 1): this job needs permissions: contents: write",
    );
    expect(await statesOf(log)).toEqual([
      { version: 2, task: "deploy", states: ["queued", "in_progress", "error"] },
    ]);
  });
});
