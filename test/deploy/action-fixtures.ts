import type { Server } from "node:http";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import {
  runAction,
  startFakeGitHub,
  type ActionMode,
  type ActionResult,
  type DeploymentStatusRecord,
  type FakeGitHub,
} from "@mlops/testkit";

/*
 * What deploy-model's tests share: action.test.ts (its main in-process) and action.bundle.test.ts
 * (its bundle, in the bundled run only). Each test gets a fresh fake GitHub and a workspace whose
 * local registry holds weather v1 ("one", production) and v2 ("two").
 */

export interface DeployActionFixture {
  /** The current test's fake GitHub. */
  readonly fake: FakeGitHub;
  /** The current test's workspace (GITHUB_WORKSPACE), with its registry in .mlops/registry. */
  readonly workspace: string;
  /** Local servers a test starts; closed after it. */
  readonly servers: Server[];
  /** deploy-model on weather from the local registry, against the fake; in-process unless `mode` says "bundle". */
  deploy(inputs: Record<string, string>, mode?: ActionMode): Promise<ActionResult>;
  /** Every deployment in the fake, oldest first, with its states in order. */
  deployments(): {
    id: string;
    task: string;
    environment: string;
    payload: Record<string, unknown>;
    states: DeploymentStatusRecord["state"][];
    statuses: DeploymentStatusRecord[];
  }[];
  /** The version `alias` points at in the workspace's registry, or null. */
  aliasNow(alias?: string): Promise<number | null>;
}

/** Registers the per-test setup and teardown (call it at the top of a test file). */
export function useDeployActionFixture(): DeployActionFixture {
  let fake: FakeGitHub | undefined;
  let workspace: string | undefined;
  const servers: Server[] = [];

  beforeEach(async () => {
    fake = await startFakeGitHub();
    workspace = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-deploy-action-"));
    const registry = new LocalRegistry({
      root: path.join(workspace, ".mlops/registry"),
      logger: silentLogger,
    });
    for (const v of ["one", "two"]) {
      const file = path.join(workspace, "build", v, "model.json");
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, JSON.stringify({ weights: v }));
      await registry.register({ model: "weather", path: file });
    }
    await registry.setAlias("weather", "production", 1);
  });

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
    await fake?.close();
  });

  const fixture: DeployActionFixture = {
    get fake() {
      if (!fake) throw new Error("deploy-model fixture: no fake GitHub outside a test");
      return fake;
    },
    get workspace() {
      if (!workspace) throw new Error("deploy-model fixture: no workspace outside a test");
      return workspace;
    },
    servers,
    deploy(inputs, mode = "source") {
      return runAction("deploy-model", {
        mode,
        cwd: fixture.workspace,
        apiUrl: fixture.fake.url,
        token: "ghs_deploy_token",
        inputs: { model: "weather", registry: "local", "health-check-interval-seconds": "0", ...inputs },
        timeoutMs: 60_000,
      });
    },
    deployments() {
      const repo = fixture.fake.state.repo();
      return [...repo.deployments.values()]
        .sort((a, b) => a.id - b.id)
        .map((d) => {
          const statuses = [...repo.deploymentStatuses.values()]
            .filter((s) => s.deploymentId === d.id)
            .sort((a, b) => a.id - b.id);
          return {
            id: String(d.id),
            task: d.task,
            environment: d.environment,
            payload: d.payload as Record<string, unknown>,
            states: statuses.map((s) => s.state),
            statuses,
          };
        });
    },
    async aliasNow(alias = "production") {
      const registry = new LocalRegistry({
        root: path.join(fixture.workspace, ".mlops/registry"),
        logger: silentLogger,
      });
      return (await registry.resolve("weather", alias, { optional: true }))?.number ?? null;
    },
  };
  return fixture;
}

/** The step's `::error` lines. */
export const errorLines = (r: ActionResult) => r.stdout.split("\n").filter((l) => l.startsWith("::error"));
