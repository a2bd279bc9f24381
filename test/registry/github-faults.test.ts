import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Octokit } from "@octokit/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { GitHubRegistry, type GitHubRegistryOptions } from "@mlops/registry/github";
import { modelFile as writeModelFile, startFakeGitHub, type FakeGitHub } from "@mlops/testkit";
import { fakeRegistry } from "./fixtures/github.js";

// Single transient faults in the write path of the GitHub registry (issue 17): each write is
// retried idempotently and a write that landed before its answer was lost is recognised.

let fake: FakeGitHub;
let dir: string;

beforeEach(async () => {
  fake = await startFakeGitHub();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-gh-faults-"));
});
afterEach(async () => {
  await fake.close();
});

const modelFile = (name: string, content: string | Buffer) => writeModelFile(dir, name, content);

function branchCommits(): string[] {
  const repo = fake.state.repo();
  const out: string[] = [];
  let sha = repo.git.refs.get("refs/heads/mlops-registry");
  while (sha) {
    const c = repo.git.commit(sha)!;
    out.push(c.message.split("\n")[0]!);
    sha = c.parents[0];
  }
  return out.reverse();
}

function releases(): [string, boolean, string[]][] {
  return [...fake.state.repo().releases.values()].map((r) => [
    r.tagName,
    r.draft,
    r.assets.map((a) => a.name),
  ]);
}

describe("GitHubRegistry: one transient fault in the write path does not fail a registration", () => {
  it("a 502 on the ref update that did not land: the update is sent again", async () => {
    const reg = fakeRegistry(fake);
    await reg.register({ model: "m", path: await modelFile("a.bin", "a") });
    const fault = fake.faults.serverError(
      { method: "PATCH", path: /\/git\/refs\/heads(\/|%2F)/, times: 1 },
      502,
    );
    const second = await reg.register({ model: "m", path: await modelFile("b.bin", "b") });
    expect(second).toMatchObject({ created: true, version: { number: 2 } });
    expect(fault.fired).toBe(1);
    expect(branchCommits()).toEqual(["register m v1", "register m v2"]);
    expect(releases()).toEqual([
      ["m-v1", false, ["a.bin"]],
      ["m-v2", false, ["b.bin"]],
    ]);
  });

  it("a 502 on creating the branch, and a dropped blob POST: retried", async () => {
    const reg = fakeRegistry(fake);
    const create = fake.faults.serverError({ method: "POST", path: /\/git\/refs$/, times: 1 }, 502);
    const blob = fake.faults.drop({ method: "POST", path: /\/git\/blobs$/, times: 1 });
    const first = await reg.register({ model: "m", path: await modelFile("a.bin", "a") });
    expect(first).toMatchObject({ created: true, version: { number: 1 } });
    expect([create.fired, blob.fired]).toEqual([1, 1]);
    expect(branchCommits()).toEqual(["register m v1"]);
  });

  it("one asset upload answered 500: uploaded again, one asset, nothing left over", async () => {
    const reg = fakeRegistry(fake);
    const fault = fake.faults.serverError({ method: "POST", path: /\/releases\/\d+\/assets/, times: 1 }, 500);
    const v = await reg.register({ model: "m", path: await modelFile("a.bin", "weights") });
    expect(v.version.number).toBe(1);
    expect(fault.fired).toBe(1);
    expect(releases()).toEqual([["m-v1", false, ["a.bin"]]]);
    const d = await reg.download("m", 1, path.join(dir, "out"));
    expect(await fs.readFile(d.modelPath, "utf8")).toBe("weights");
  });

  it("an asset stored whose answer was lost is recognised by its digest, not uploaded twice", async () => {
    const reg = fakeRegistry(fake);
    const fault = fake.faults.commitThenFail(
      { method: "POST", path: /\/releases\/\d+\/assets/, times: 1 },
      502,
    );
    await reg.register({ model: "m", path: await modelFile("a.bin", "weights") });
    expect(fault.fired).toBe(1);
    expect(releases()).toEqual([["m-v1", false, ["a.bin"]]]);
    const uploads = fake.requests.filter((r) => r.method === "POST" && r.host === "uploads");
    expect(uploads).toHaveLength(1);
  });

  it("a draft release created whose answer was dropped is found by its staging tag, not made twice", async () => {
    const reg = fakeRegistry(fake);
    const fault = fake.faults.commitThenFail({ method: "POST", path: /\/releases$/, times: 1 }, "drop");
    await reg.register({ model: "m", path: await modelFile("a.bin", "a") });
    expect(fault.fired).toBe(1);
    expect(releases()).toEqual([["m-v1", false, ["a.bin"]]]);
  });

  it("publishing answered 502 once: published on the retry", async () => {
    const reg = fakeRegistry(fake);
    fake.faults.serverError({ method: "PATCH", path: /\/releases\/\d+$/, times: 1 }, 502);
    await reg.register({ model: "m", path: await modelFile("a.bin", "a") });
    expect(releases()).toEqual([["m-v1", false, ["a.bin"]]]);
  });

  it("committed, then 502, then another writer built on top: still recognised as our version", async () => {
    await fakeRegistry(fake).register({ model: "m", path: await modelFile("a.bin", "a") });
    const other = fakeRegistry(fake);
    const octokit = new Octokit({ auth: "test-token", baseUrl: fake.url });
    let injected = false;
    const request: GitHubRegistryOptions["request"] = async (route, params) => {
      const response = await octokit.request(route, params);
      if (!injected && route.startsWith("PATCH") && route.includes("/git/refs/")) {
        injected = true;
        // Our update landed; before we learn it, another writer registers on top of it.
        await other.register({ model: "m", path: await modelFile("c.bin", "c") });
        throw Object.assign(new Error("Bad Gateway"), { status: 502 });
      }
      return response as Awaited<ReturnType<GitHubRegistryOptions["request"]>>;
    };
    const reg = new GitHubRegistry({
      request,
      repository: "octo-org/ml-repo",
      logger: silentLogger,
      retry: { baseDelayMs: 5 },
    });
    const ours = await reg.register({ model: "m", path: await modelFile("b.bin", "b"), idempotencyKey: "k" });
    expect(ours).toMatchObject({ created: true, version: { number: 2 } });
    expect(branchCommits()).toEqual(["register m v1", "register m v2", "register m v3"]);
    expect(releases()).toEqual([
      ["m-v1", false, ["a.bin"]],
      ["m-v2", false, ["b.bin"]],
      ["m-v3", false, ["c.bin"]],
    ]);
    expect((await reg.list("m")).map((v) => v.idempotencyKey)).toEqual([null, "k", null]);
  });
});
