import { createServer } from "node:http";
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "@mlops/testkit";
import { errorLines, useDeployActionFixture } from "./action-fixtures.js";

// deploy-model's main in-process (runAction's mode "source": the same environment, working
// directory and env files as the runner gives the bundle), against the fake GitHub (deployments +
// statuses) and a local registry in the workspace. The bundle (actions/deploy-model/dist/index.js)
// for the first deploy and the GitHub registry is action.bundle.test.ts: it runs in the bundled
// run (`npm run test:bundled`), not in `npm test`. Setup shared by both: action-fixtures.ts.

const t = useDeployActionFixture();

describe("deploy-model action", () => {
  it("rolls back when the health check fails: alias unchanged, failure and rollback recorded", async () => {
    const r = await t.deploy({
      version: "2",
      target: "directory",
      directory: "serving",
      "health-check-command": "grep -q one serving/current/model.json",
    });
    expect(r.exitCode).toBe(1);
    const [failed, rollback] = t.deployments();
    expect(failed).toMatchObject({ task: "deploy", states: ["queued", "in_progress", "failure"] });
    expect(rollback).toMatchObject({ task: "deploy:rollback", states: ["queued", "in_progress", "success"] });
    expect(rollback!.payload).toMatchObject({ version: 1, "rollback-of": failed!.id, "failed-version": 2 });
    expect(await t.aliasNow()).toBe(1);
    expect(readFileSync(path.join(t.workspace, "serving/current/model.json"), "utf8")).toBe(
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
    t.servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    const r = await t.deploy({
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
    expect(t.deployments()[0]!.states).toEqual(["queued", "in_progress", "success"]);
    expect(await t.aliasNow()).toBe(2);
  });

  it("kills a command target that outlives timeout-seconds and rolls back", async () => {
    const marker = path.join(t.workspace, "deploys.txt");
    const r = await t.deploy({
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
    expect(t.deployments().map((d) => d.states.at(-1))).toEqual(["failure", "success"]);
    expect(await t.aliasNow()).toBe(1);
  });

  it("takes its settings from mlops.yml's deploy section when inputs are not given", async () => {
    await fs.writeFile(
      path.join(t.workspace, "mlops.yml"),
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
      cwd: t.workspace,
      apiUrl: t.fake.url,
      token: "ghs_deploy_token",
      inputs: { version: "2" },
      timeoutMs: 60_000,
    });
    expect(errorLines(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(path.join(t.workspace, "serving-staging/current/model.json"), "utf8")).toBe(
      '{"weights":"two"}',
    );
    const [d] = t.deployments();
    expect(d).toMatchObject({ environment: "Staging", states: ["queued", "in_progress", "success"] });
    expect(t.fake.state.repo().deployments.get(Number(d!.id))!.production).toBe(false);
    expect(await t.aliasNow("staging")).toBe(2);
    expect(await t.aliasNow("production")).toBe(1);
  });

  it("fails on a missing version with the versions that exist, recording nothing", async () => {
    const r = await t.deploy({ version: "7", target: "directory", directory: "serving" });
    expect(r.exitCode).toBe(1);
    const errors = errorLines(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/weather.*7/);
    expect(errors[0]).toContain("versions 1..2");
    expect(t.deployments()).toEqual([]);
    expect(r.outputs).toEqual({});
  });

  it("explains a token without deployments: write", async () => {
    t.fake.state.readOnlyToken("ghs_deploy_token");
    const r = await t.deploy({ version: "2", target: "directory", directory: "serving" });
    expect(r.exitCode).toBe(1);
    expect(errorLines(r)[0]).toContain("deployments: write");
    await expect(fs.access(path.join(t.workspace, "serving/current"))).rejects.toThrow();
  });
});
