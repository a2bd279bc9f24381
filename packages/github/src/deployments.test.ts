import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Octokit } from "@octokit/core";
import { startFakeGitHub, type FakeGitHub } from "@mlops/testkit";
import { GitHubDeployments, STATUS_DESCRIPTION_MAX, splitRepository } from "./deployments.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => {
  await fake.close();
});

function deployments(token = "ghs_test") {
  const client = new Octokit({ auth: token, baseUrl: fake.url });
  return new GitHubDeployments(client, { ...splitRepository("octo-org/ml-repo"), defaultRef: SHA });
}

const request = {
  ref: null,
  environment: "production",
  task: "deploy",
  description: "weather v2 (was v1)",
  transientEnvironment: false,
  productionEnvironment: true,
  payload: { model: "weather", version: 2, "model-uri": "models:/weather/2" },
};

describe("GitHubDeployments", () => {
  it("creates a deployment with auto_merge off and no required contexts, then statuses in order", async () => {
    const d = deployments();
    const { id, url } = await d.create(request);
    expect(url).toBe("https://github.com/octo-org/ml-repo/deployments/production");
    const [created] = fake.requestsTo("POST", "/repos/{owner}/{repo}/deployments");
    expect(created!.body).toMatchObject({
      ref: SHA,
      auto_merge: false,
      required_contexts: [],
      environment: "production",
      production_environment: true,
      transient_environment: false,
      payload: request.payload,
    });
    for (const state of ["queued", "in_progress", "success"] as const) {
      await d.setStatus(id, {
        state,
        description: state,
        environmentUrl: "https://serving.example.com",
        logUrl: "https://github.com/octo-org/ml-repo/actions/runs/1",
      });
    }
    const statuses = await d.statuses(id);
    expect(statuses.map((s) => s.state)).toEqual(["queued", "in_progress", "success"]);
    expect(statuses[2]!.environment_url).toBe("https://serving.example.com");
  });

  it("clips descriptions to GitHub's 140 characters and drops non-web environment URLs", async () => {
    const d = deployments();
    const { id } = await d.create({ ...request, description: "x".repeat(500) });
    await d.setStatus(id, {
      state: "failure",
      description: "y".repeat(300),
      environmentUrl: "file:///srv/models",
    });
    const [status] = fake.requestsTo("POST", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses");
    const body = status!.body as { description: string; environment_url: string };
    expect(body.description.length).toBe(STATUS_DESCRIPTION_MAX);
    expect(body.environment_url).toBe("");
  });

  it("marks the earlier successful deployment inactive when a new one succeeds (auto_inactive)", async () => {
    const d = deployments();
    const staging = { ...request, environment: "staging", productionEnvironment: false };
    const first = await d.create(staging);
    await d.setStatus(first.id, { state: "success", description: "ok" });
    const second = await d.create(staging);
    await d.setStatus(second.id, { state: "success", description: "ok" });
    expect((await d.statuses(first.id)).map((s) => s.state)).toEqual(["success", "inactive"]);
  });

  it("explains a missing deployments permission", async () => {
    fake.state.readOnlyToken("ghs_readonly");
    const error = (await deployments("ghs_readonly")
      .create(request)
      .catch((e: unknown) => e)) as Error;
    expect(error.name).toBe("ConfigurationError");
    expect(error.message).toContain(
      "could not create a deployment of production in octo-org/ml-repo: GitHub answered 403",
    );
    expect(error.message).toContain("permissions: deployments: write");
  });

  it("rejects a repository that is not owner/name", () => {
    expect(() => splitRepository("nope")).toThrow(/owner\/name/);
    expect(() => splitRepository("a/b/c")).toThrow(/owner\/name/);
  });
});
