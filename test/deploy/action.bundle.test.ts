import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { Octokit } from "@octokit/core";
import { GitHubRegistry, type GitHubRegistryOptions } from "@mlops/registry/github";
import { runAction } from "@mlops/testkit";
import { errorLines, useDeployActionFixture } from "./action-fixtures.js";

// deploy-model's committed bundle (actions/deploy-model/dist/index.js) run as the runner runs it,
// in a child process, against the fake GitHub: the first deploy (a local registry in the
// workspace) and the GitHub registry (release assets, the registry branch). A `*.bundle.test.ts`
// file: it runs in the bundled run (`npm run test:bundled`, after `npm test`), since it executes
// the bundle; the other cases run the action's main in-process in action.test.ts (npm test).
// Setup shared by both: action-fixtures.ts.

const t = useDeployActionFixture();

describe("deploy-model action", () => {
  it("deploys a healthy version: GitHub statuses in order, alias moved, outputs set", async () => {
    const r = await t.deploy(
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
    const [d] = t.deployments();
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
    expect(await t.aliasNow()).toBe(2);
    expect(readFileSync(path.join(t.workspace, "serving/current/model.json"), "utf8")).toBe(
      '{"weights":"two"}',
    );
    expect(r.summary).toContain("### Deploy weather v2 → production: ✅ deployed");
    const create = t.fake.requestsTo("POST", "/repos/{owner}/{repo}/deployments")[0]!;
    expect(create.body).toMatchObject({ auto_merge: false, required_contexts: [] });
  });
});

describe("deploy-model with the GitHub registry on the fake", () => {
  it("promotes what staging points at to production: release assets verified, alias moved on the registry branch", async () => {
    const mainSha = t.fake.state.repo().git.refs.get("refs/heads/main")!;
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-deploy-gh-"));
    // Seed the registry branch and releases in-process (a plain octokit: no write spacing).
    const octokit = new Octokit({ auth: "ghs_registry", baseUrl: t.fake.url });
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
      apiUrl: t.fake.url,
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
    const [d] = t.deployments();
    expect(d).toMatchObject({ environment: "production", states: ["queued", "in_progress", "success"] });
    expect(t.fake.state.repo().deployments.get(Number(d!.id))!.sha).toBe(mainSha);
    // The registry branch says production → 2 now.
    expect((await seed.resolve("weather", "production")).number).toBe(2);
    expect((await seed.resolve("weather", "staging")).number).toBe(2);
  });
});
