import { createServer, type Server } from "node:http";
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { Octokit } from "@octokit/core";
import { LocalRegistry } from "@mlops/registry";
import { GitHubRegistry, type GitHubRegistryOptions } from "@mlops/registry/github";
import {
  runAction,
  startFakeGitHub,
  type ActionMode,
  type ActionResult,
  type FakeGitHub,
} from "@mlops/testkit";

// deploy-model run as the runner runs it, against the fake GitHub (deployments + statuses) and a
// local registry in the workspace: the bundle (actions/deploy-model/dist/index.js) for the first
// deploy and the GitHub registry, the action's main in-process (runAction's mode "source") for
// the other cases.

let fake: FakeGitHub;
let workspace: string;
const servers: Server[] = [];

beforeEach(async () => {
  fake = await startFakeGitHub();
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-deploy-action-"));
  const registry = new LocalRegistry({ root: path.join(workspace, ".mlops/registry"), logger: silentLogger });
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
  await fake.close();
});

function deploy(inputs: Record<string, string>, mode: ActionMode = "source"): Promise<ActionResult> {
  return runAction("deploy-model", {
    mode,
    cwd: workspace,
    apiUrl: fake.url,
    token: "ghs_deploy_token",
    inputs: { model: "weather", registry: "local", "health-check-interval-seconds": "0", ...inputs },
    timeoutMs: 60_000,
  });
}

/** Every deployment in the fake, oldest first, with its states in order. */
function deployments() {
  const repo = fake.state.repo();
  return [...repo.deployments.values()]
    .sort((a, b) => a.id - b.id)
    .map((d) => ({
      id: String(d.id),
      task: d.task,
      environment: d.environment,
      payload: d.payload as Record<string, unknown>,
      states: [...repo.deploymentStatuses.values()]
        .filter((s) => s.deploymentId === d.id)
        .sort((a, b) => a.id - b.id)
        .map((s) => s.state),
      statuses: [...repo.deploymentStatuses.values()]
        .filter((s) => s.deploymentId === d.id)
        .sort((a, b) => a.id - b.id),
    }));
}

async function aliasNow(alias = "production"): Promise<number | null> {
  const registry = new LocalRegistry({ root: path.join(workspace, ".mlops/registry"), logger: silentLogger });
  return (await registry.resolve("weather", alias, { optional: true }))?.number ?? null;
}

const errorLines = (r: ActionResult) => r.stdout.split("\n").filter((l) => l.startsWith("::error"));

describe("deploy-model action", () => {
  it("deploys a healthy version: GitHub statuses in order, alias moved, outputs set", async () => {
    const r = await deploy(
      {
        version: "2",
        target: "directory",
        directory: "serving",
        "health-check-command": 'grep -q two "$MODEL_PATH"',
        "environment-url": "https://weather.example.com",
      },
      "bundle",
    );
    expect(errorLines(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    const [d] = deployments();
    expect(d).toMatchObject({
      task: "deploy",
      environment: "production",
      states: ["queued", "in_progress", "success"],
    });
    expect(d!.payload).toMatchObject({
      model: "weather",
      version: 2,
      "model-uri": "models:/weather/2",
      "previous-version": 1,
    });
    expect(d!.statuses.at(-1)!.environmentUrl).toBe("https://weather.example.com");
    expect(d!.statuses[0]!.logUrl).toMatch(/\/octo-org\/ml-repo\/actions\/runs\/\d+$/);
    expect(r.outputs).toEqual({
      "deployment-id": d!.id,
      version: "2",
      "previous-version": "1",
      "rolled-back": "false",
      "environment-url": "https://weather.example.com",
    });
    expect(await aliasNow()).toBe(2);
    expect(readFileSync(path.join(workspace, "serving/current/model.json"), "utf8")).toBe(
      '{"weights":"two"}',
    );
    expect(r.summary).toContain("### Deploy weather v2 → production: ✅ deployed");
    const create = fake.requestsTo("POST", "/repos/{owner}/{repo}/deployments")[0]!;
    expect(create.body).toMatchObject({ auto_merge: false, required_contexts: [] });
  });

  it("rolls back when the health check fails: alias unchanged, failure and rollback recorded", async () => {
    const r = await deploy({
      version: "2",
      target: "directory",
      directory: "serving",
      "health-check-command": "grep -q one serving/current/model.json",
    });
    expect(r.exitCode).toBe(1);
    const [failed, rollback] = deployments();
    expect(failed).toMatchObject({ task: "deploy", states: ["queued", "in_progress", "failure"] });
    expect(rollback).toMatchObject({ task: "deploy:rollback", states: ["queued", "in_progress", "success"] });
    expect(rollback!.payload).toMatchObject({ version: 1, "rollback-of": failed!.id, "failed-version": 2 });
    expect(await aliasNow()).toBe(1);
    expect(readFileSync(path.join(workspace, "serving/current/model.json"), "utf8")).toBe(
      '{"weights":"one"}',
    );
    expect(r.outputs).toMatchObject({ version: "2", "previous-version": "1", "rolled-back": "true" });
    const errors = errorLines(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("deploy of weather version 2 to production failed: health check command");
    expect(errors[0]).toContain(
      "Rolled back: version 1 was redeployed through the directory target and is healthy",
    );
    expect(errors[0]).toContain(
      `Deployment ${failed!.id} is marked failure; rollback deployment ${rollback!.id} succeeded`,
    );
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it("retries an http target that answers 500, then succeeds on its 200", async () => {
    const bodies: string[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        bodies.push(body);
        if (bodies.length === 1) res.writeHead(500).end("model server restarting");
        else res.writeHead(200, { "content-type": "application/json" }).end('{"loaded":true}');
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    const r = await deploy({
      version: "2",
      target: "http",
      url: `http://127.0.0.1:${port}/reload`,
      "http-headers": "Authorization: Bearer hook-secret",
      "health-check-url": `http://127.0.0.1:${port}/healthz`,
      "health-check-count": "1",
    });
    expect(errorLines(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(bodies).toHaveLength(3); // two POSTs, one health GET
    expect(JSON.parse(bodies[1]!)).toMatchObject({
      model: "weather",
      version: 2,
      role: "deploy",
      repository: "octo-org/ml-repo",
    });
    expect(r.stdout).toContain("HTTP 500: model server restarting (attempt 1 of 4); retrying in 1 s");
    const logged = r.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::"));
    expect(logged.join("\n")).not.toContain("hook-secret");
    expect(r.masks).toContain("Bearer hook-secret");
    expect(deployments()[0]!.states).toEqual(["queued", "in_progress", "success"]);
    expect(await aliasNow()).toBe(2);
  });

  it("kills a command target that outlives timeout-seconds and rolls back", async () => {
    const marker = path.join(workspace, "deploys.txt");
    const r = await deploy({
      version: "2",
      target: "command",
      command: `echo "$MODEL_VERSION" >> "${marker}"; if [ "$MODEL_VERSION" = 2 ]; then sleep 600; fi`,
      "timeout-seconds": "1",
    });
    expect(r.exitCode).toBe(1);
    // A hang bound only: without the 1 s timeout the command would sleep 600 s.
    expect(r.durationMs).toBeLessThan(150_000);
    const errors = errorLines(r);
    expect(errors[0]).toContain(
      "the command target failed: deploy command timed out after 1 s; its process tree was killed",
    );
    expect(errors[0]).toContain("Rolled back: version 1 was redeployed through the command target");
    expect(readFileSync(marker, "utf8").trim().split("\n")).toEqual(["2", "1"]);
    expect(deployments().map((d) => d.states.at(-1))).toEqual(["failure", "success"]);
    expect(await aliasNow()).toBe(1);
  });

  it("takes its settings from mlops.yml's deploy section when inputs are not given", async () => {
    await fs.writeFile(
      path.join(workspace, "mlops.yml"),
      [
        "model: weather",
        "registry: { backend: local }",
        "deploy:",
        "  environment: Staging",
        "  target: directory",
        "  directory: serving-staging",
        '  health-check-command: test -s "$MODEL_PATH"',
        "  health-check-count: 1",
        "",
      ].join("\n"),
    );
    const r = await runAction("deploy-model", {
      mode: "source",
      cwd: workspace,
      apiUrl: fake.url,
      token: "ghs_deploy_token",
      inputs: { version: "2" },
      timeoutMs: 60_000,
    });
    expect(errorLines(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(path.join(workspace, "serving-staging/current/model.json"), "utf8")).toBe(
      '{"weights":"two"}',
    );
    const [d] = deployments();
    expect(d).toMatchObject({ environment: "Staging", states: ["queued", "in_progress", "success"] });
    expect(fake.state.repo().deployments.get(Number(d!.id))!.production).toBe(false);
    expect(await aliasNow("staging")).toBe(2);
    expect(await aliasNow("production")).toBe(1);
  });

  it("fails on a missing version with the versions that exist, recording nothing", async () => {
    const r = await deploy({ version: "7", target: "directory", directory: "serving" });
    expect(r.exitCode).toBe(1);
    const errors = errorLines(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/weather.*7/);
    expect(errors[0]).toContain("versions 1..2");
    expect(deployments()).toEqual([]);
    expect(r.outputs).toEqual({});
  });

  it("explains a token without deployments: write", async () => {
    fake.state.readOnlyToken("ghs_deploy_token");
    const r = await deploy({ version: "2", target: "directory", directory: "serving" });
    expect(r.exitCode).toBe(1);
    expect(errorLines(r)[0]).toContain("deployments: write");
    await expect(fs.access(path.join(workspace, "serving/current"))).rejects.toThrow();
  });
});

describe("deploy-model with the GitHub registry on the fake", () => {
  it("promotes what staging points at to production: release assets verified, alias moved on the registry branch", async () => {
    const mainSha = fake.state.repo().git.refs.get("refs/heads/main")!;
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-deploy-gh-"));
    // Seed the registry branch and releases in-process (a plain octokit: no write spacing).
    const octokit = new Octokit({ auth: "ghs_registry", baseUrl: fake.url });
    const seed = new GitHubRegistry({
      request: (route, params) =>
        octokit.request(route, params) as ReturnType<GitHubRegistryOptions["request"]>,
      repository: "octo-org/ml-repo",
      logger: silentLogger,
    });
    for (const [weights, alias] of [
      ["one", "production"],
      ["two", "staging"],
    ] as const) {
      const file = path.join(ws, "build", weights, "model.json");
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, JSON.stringify({ weights }));
      await seed.register({ model: "weather", path: file, aliases: [alias] });
    }
    const r = await runAction("deploy-model", {
      cwd: ws,
      token: "ghs_registry",
      apiUrl: fake.url,
      facts: { sha: mainSha, runId: "200" },
      inputs: {
        model: "weather",
        alias: "staging",
        environment: "production",
        target: "directory",
        directory: "serving",
        "health-check-command": 'grep -q two "$MODEL_PATH"',
        "health-check-count": "1",
      },
      timeoutMs: 60_000,
    });
    expect(errorLines(r), r.stdout).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("registry: auto → github");
    expect(r.outputs).toMatchObject({ version: "2", "previous-version": "1", "rolled-back": "false" });
    expect(readFileSync(path.join(ws, "serving/current/model.json"), "utf8")).toBe('{"weights":"two"}');
    const [d] = deployments();
    expect(d).toMatchObject({ environment: "production", states: ["queued", "in_progress", "success"] });
    expect(fake.state.repo().deployments.get(Number(d!.id))!.sha).toBe(mainSha);
    // The registry branch says production → 2 now.
    expect((await seed.resolve("weather", "production")).number).toBe(2);
    expect((await seed.resolve("weather", "staging")).number).toBe(2);
  });
});
