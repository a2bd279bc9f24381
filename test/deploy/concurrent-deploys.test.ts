import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { deployModel } from "../../packages/deploy/src/deploy.js";
import { DEFAULT_HEALTH } from "../../packages/deploy/src/health.js";
import { LocalDeploymentLog } from "../../packages/deploy/src/local-log.js";
import { DirectoryTarget } from "../../packages/deploy/src/targets/directory.js";
import type { DeployOptions } from "../../packages/deploy/src/types.js";
import { LocalRegistry } from "@mlops/registry";

// Two deploys of different versions into one directory target at once (issue 17): the alias
// and the served version must agree afterwards, whoever wins.

function options(version: string): DeployOptions {
  return {
    model: "weather",
    version,
    alias: null,
    environment: "production",
    environmentAlias: "production",
    rollback: true,
    health: { ...DEFAULT_HEALTH, intervalMs: 0, count: 1 },
    environmentUrl: null,
    transientEnvironment: false,
    productionEnvironment: true,
  };
}

describe("concurrent deploys into one directory target", () => {
  it("are serialised: alias, current.json and the served files agree after each of 6 races", async () => {
    for (let round = 0; round < 6; round++) {
      const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-deploy-race-"));
      const registryRoot = path.join(tmp, "registry");
      const serveDir = path.join(tmp, "serving");
      const registry = new LocalRegistry({ root: registryRoot, logger: silentLogger });
      for (const n of [1, 2, 3]) {
        const file = path.join(tmp, "src", `v${n}`, "model.txt");
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(file, `weights v${n}`);
        await registry.register({ model: "weather", path: file });
      }
      const deps = (name: string) => ({
        registry: new LocalRegistry({ root: registryRoot, logger: silentLogger }),
        recorder: new LocalDeploymentLog(registryRoot, "weather"),
        target: new DirectoryTarget({ directory: serveDir, keepVersions: 5, logger: silentLogger }),
        logger: silentLogger,
        workDir: path.join(tmp, `work-${name}`),
        env: { PATH: process.env.PATH },
        cwd: tmp,
        logUrl: null,
        ref: null,
        sleep: async () => {},
      });
      expect((await deployModel(options("1"), deps("first"))).succeeded).toBe(true);
      // Alternate who starts first, so both orders are raced.
      const order = round % 2 === 0 ? ["2", "3"] : ["3", "2"];
      const results = await Promise.all(order.map((v) => deployModel(options(v), deps(`v${v}`))));
      // The loser waited for the winner: both deployed, one after the other.
      expect(results.map((r) => [r.version, r.succeeded])).toEqual(order.map((v) => [Number(v), true]));
      const alias = (await registry.resolve("weather", "production")).number;
      const manifest = JSON.parse(await fs.readFile(path.join(serveDir, "current.json"), "utf8")) as {
        version: number;
      };
      const served = await fs.readFile(path.join(serveDir, "current", "model.txt"), "utf8");
      expect({ round, alias, manifest: manifest.version, served }).toEqual({
        round,
        alias: manifest.version,
        manifest: manifest.version,
        served: `weights v${manifest.version}`,
      });
      // The second to run recorded the first as what it replaced.
      const second = results.find((r) => r.version === alias)!;
      const first = results.find((r) => r.version !== alias)!;
      expect([first.previousVersion, second.previousVersion]).toEqual([1, first.version]);
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });
});
