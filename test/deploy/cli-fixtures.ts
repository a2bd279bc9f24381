import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach } from "vitest";
import { silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";

/*
 * What the `mlops deploy` tests share: cli.test.ts (the CLI in-process) and cli.bundle.test.ts
 * (the built CLI, in the bundled run only). Each test gets a fresh directory whose local registry
 * holds weather v1 ("one") and v2 ("two"), no alias set.
 */

export interface CliDeployFixture {
  /** The current test's directory (the CLI's cwd), with its registry in .mlops/registry. */
  readonly work: string;
}

/** Registers the per-test setup (call it at the top of a test file). */
export function useCliDeployFixture(): CliDeployFixture {
  let work: string | undefined;
  beforeEach(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-cli-deploy-"));
    const registry = new LocalRegistry({ root: path.join(work, ".mlops/registry"), logger: silentLogger });
    for (const v of ["one", "two"]) {
      const file = path.join(work, "build", v, "model.json");
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, JSON.stringify({ weights: v }));
      await registry.register({ model: "weather", path: file });
    }
  });
  return {
    get work() {
      if (!work) throw new Error("mlops deploy fixture: no directory outside a test");
      return work;
    },
  };
}

/** The states of the deployment statuses `mlops deploy` logged in `work`'s local registry, in order. */
export function deploymentStates(work: string): (string | undefined)[] {
  const log = readFileSync(path.join(work, ".mlops/registry/.deployments/weather.jsonl"), "utf8");
  return log
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { event: string; state?: string })
    .filter((e) => e.event === "status")
    .map((e) => e.state);
}
