import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAction, startFakeGitHub, type FakeGitHub } from "@mlops/testkit";
import { pickledText, runRecord } from "./fixtures/run-record.js";

// register-model's committed bundle (actions/register-model/dist/index.js) as the runner runs it,
// with the GitHub registry on the fake: the release, the index commit and its message, a re-run
// attempt, a read-only token. Every case runs the bundle, so the file is a *.bundle.test.ts and
// runs in the bundled run (`npm run test:bundled`) only, not in `npm test`; the GitHub registry
// from source: test/registry/github-registry.test.ts and contract-github.test.ts.

let fake: FakeGitHub;
let ws: string;
let mainSha: string;

beforeEach(async () => {
  fake = await startFakeGitHub();
  mainSha = fake.state.repo().git.refs.get("refs/heads/main")!;
  ws = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-register-gh-"));
  await fs.mkdir(path.join(ws, "out"));
  await fs.writeFile(path.join(ws, "out/model.pkl"), pickledText("pickled forest"));
  await fs.writeFile(path.join(ws, "out/run.json"), JSON.stringify(runRecord()));
});
afterEach(async () => {
  await fake.close();
});

function registryCommits(): { sha: string; message: string; parents: string[] }[] {
  const git = fake.state.repo().git;
  const out: { sha: string; message: string; parents: string[] }[] = [];
  let sha = git.refs.get("refs/heads/mlops-registry");
  while (sha) {
    const c = git.commit(sha)!;
    out.push({ sha, message: c.message, parents: c.parents });
    sha = c.parents[0];
  }
  return out.reverse();
}

describe("register-model (bundled) with the GitHub registry on the fake", () => {
  it("publishes the release, commits the index with an auditable message, outputs version and model-uri", async () => {
    const run = () =>
      runAction("register-model", {
        cwd: ws,
        token: "ghs_registrytoken",
        apiUrl: fake.url,
        facts: { sha: mainSha },
        inputs: { model: "weather", "run-record": "out/run.json", aliases: "staging" },
      });
    const first = await run();
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toEqual({
      version: "1",
      "model-uri": "models:/weather/1",
      created: "true",
      aliases: '["staging"]',
    });
    expect(first.stdout).toContain("registry: auto → github");
    expect(first.masks).toContain("ghs_registrytoken");

    const releases = [...fake.state.repo().releases.values()];
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({
      tagName: "weather-v1",
      name: "weather v1",
      draft: false,
      prerelease: true,
      makeLatest: "false",
    });
    expect(releases[0]!.assets.map((a) => [a.name, a.data.toString()])).toEqual([
      ["model.pkl", pickledText("pickled forest").toString()],
    ]);
    expect(fake.state.repo().git.refs.get("refs/tags/weather-v1")).toBe(mainSha);

    const commits = registryCommits();
    expect(commits).toHaveLength(1);
    expect(commits[0]!.parents).toEqual([]);
    const message = commits[0]!.message;
    expect(message.split("\n")[0]).toBe("register weather v1, aliases staging");
    expect(message).toContain("Key: octo-org/ml-repo/runs/4242/jobs/ml/models/weather");
    expect(message).toContain("Actor: octocat");
    expect(message).toContain("Run: https://github.com/octo-org/ml-repo/actions/runs/4242");
    expect(message).toContain(`Source-Commit: ${mainSha}`);

    // A re-run attempt of the same job: nothing new anywhere.
    const rerun = await runAction("register-model", {
      cwd: ws,
      token: "ghs_registrytoken",
      apiUrl: fake.url,
      facts: { sha: mainSha },
      runAttempt: 2,
      inputs: { model: "weather", "run-record": "out/run.json", aliases: "staging" },
    });
    expect(rerun.exitCode, rerun.stderr).toBe(0);
    expect(rerun.outputs).toEqual({
      version: "1",
      "model-uri": "models:/weather/1",
      created: "false",
      aliases: '["staging"]',
    });
    expect(fake.state.repo().releases.size).toBe(1);
    expect(registryCommits()).toHaveLength(1);
  });

  it("explains the missing permission when the token is read-only", async () => {
    fake.state.readOnlyToken("ghs_readonly");
    const result = await runAction("register-model", {
      cwd: ws,
      token: "ghs_readonly",
      apiUrl: fake.url,
      facts: { sha: mainSha },
      inputs: { model: "weather", "model-path": "out/model.pkl" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("contents: write");
    expect(result.outputs).toEqual({});
    expect(fake.state.repo().git.refs.get("refs/heads/mlops-registry")).toBeUndefined();
  });
});
