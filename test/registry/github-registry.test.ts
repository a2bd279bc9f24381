import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MemoryLogger, runContextFromEnv, type ConfigurationError } from "@mlops/core";
import { openRegistry } from "@mlops/registry";
import { errorOf, modelFile as writeModelFile, startFakeGitHub, type FakeGitHub } from "@mlops/testkit";
import { fakeRegistry } from "./fixtures/github.js";

let fake: FakeGitHub;
let dir: string;

beforeEach(async () => {
  fake = await startFakeGitHub();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-gh-registry-"));
});
afterEach(async () => {
  await fake.close();
});

/** A model file under the test's directory. */
const modelFile = (name: string, content: string | Buffer) => writeModelFile(dir, name, content);

function branchFile(file: string): string | null {
  const repo = fake.state.repo();
  const head = repo.git.refs.get("refs/heads/mlops-registry");
  if (!head) return null;
  const entry = repo.git.flatten(repo.git.commit(head)!.tree).get(file);
  return entry ? repo.git.blob(entry.sha)!.content.toString("utf8") : null;
}

function branchCommits(): { message: string; parents: string[] }[] {
  const repo = fake.state.repo();
  const out: { message: string; parents: string[] }[] = [];
  let sha = repo.git.refs.get("refs/heads/mlops-registry");
  while (sha) {
    const c = repo.git.commit(sha)!;
    out.push({ message: c.message, parents: c.parents });
    sha = c.parents[0];
  }
  return out.reverse();
}

describe("GitHubRegistry against the fake GitHub", () => {
  // What every backend does is the registry contract (contract-github.test.ts); here: the
  // branch, the releases, and the races and faults of the GitHub API.
  it("stores the index on an orphan branch and the files as a published prerelease that is never latest", async () => {
    const reg = fakeRegistry(fake);
    const result = await reg.register({
      model: "weather",
      path: await modelFile("model.onnx", "onnx bytes"),
      metrics: { f1: 0.8 },
      aliases: ["staging"],
      idempotencyKey: "octo-org/ml-repo/runs/1/jobs/train/models/weather",
    });
    expect(result.created).toBe(true);
    expect(result.version.number).toBe(1);
    expect(result.version.aliases).toEqual(["staging"]);

    const commits = branchCommits();
    expect(commits).toHaveLength(1);
    expect(commits[0]!.parents).toEqual([]); // orphan: no history shared with main
    expect(commits[0]!.message).toMatch(
      /^register weather v1, aliases staging\n\nModel: weather\nVersion: 1\n/,
    );
    expect(commits[0]!.message).toContain("Key: octo-org/ml-repo/runs/1/jobs/train/models/weather");
    const index = JSON.parse(branchFile("models/weather/index.json")!);
    expect(index.versions[0].document.files[0]).toMatchObject({ path: "model.onnx", bytes: 10 });
    expect(index.aliases).toEqual({ staging: 1 });

    const releases = [...fake.state.repo().releases.values()];
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({
      tagName: "weather-v1",
      draft: false,
      prerelease: true,
      makeLatest: "false",
    });
    expect(releases[0]!.assets.map((a) => [a.name, a.data.toString()])).toEqual([
      ["model.onnx", "onnx bytes"],
    ]);

    const out = path.join(dir, "out");
    const d = await reg.download("weather", 1, out);
    expect(await fs.readFile(d.modelPath, "utf8")).toBe("onnx bytes");
    expect((await reg.history("weather")).map((h) => [h.action, h.version, h.alias])).toEqual([
      ["register", 1, null],
      ["set-alias", 1, "staging"],
    ]);
  });

  it("registers 20 concurrent versions from 20 clients with injected latency: 1..20, each once", async () => {
    fake.faults.latency({ path: /git\/(refs|commits)/ }, 15);
    const clients = Array.from({ length: 20 }, () =>
      fakeRegistry(fake, { baseDelayMs: 20, maxDelayMs: 400, maxAttempts: 200 }),
    );
    const files = await Promise.all(clients.map((_, i) => modelFile(`m${i}.bin`, `weights ${i}`)));
    const results = await Promise.all(
      clients.map((reg, i) =>
        reg.register({ model: "race", path: files[i]!, metrics: { i }, idempotencyKey: `client-${i}` }),
      ),
    );
    expect(results.map((r) => r.version.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const versions = await fakeRegistry(fake).list("race");
    expect(versions.map((v) => v.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const r of results) expect(versions[r.version.number - 1]!.metrics).toEqual(r.version.metrics);
    expect(new Set(versions.map((v) => v.idempotencyKey)).size).toBe(20);
    // The race really happened: some ref updates were refused as non-fast-forwards and retried.
    const refused = fake.requests.filter(
      (r) => r.method === "PATCH" && r.path.includes("/git/refs/") && r.status === 422,
    );
    expect(refused.length).toBeGreaterThan(0);
    // One commit per registration, each a fast-forward of the one before.
    expect(branchCommits().filter((c) => c.message.startsWith("register race"))).toHaveLength(20);
    const tags = [...fake.state.repo().releases.values()].map((r) => r.tagName).sort();
    expect(tags).toEqual(Array.from({ length: 20 }, (_, i) => `race-v${i + 1}`).sort());
  }, 120_000);

  it("merges concurrent changes to different models on the one branch: nothing of either is lost", async () => {
    const jobs = Array.from({ length: 6 }, async (_, i) => {
      const model = i % 2 ? "odd" : "even";
      const reg = fakeRegistry(fake, { baseDelayMs: 20, maxDelayMs: 300, maxAttempts: 100 });
      return reg.register({
        model,
        path: await modelFile(`${model}-${i}.bin`, `w${i}`),
        aliases: i < 2 ? ["production"] : [],
      });
    });
    const results = await Promise.all(jobs);
    const reg = fakeRegistry(fake);
    expect(await reg.listModels()).toEqual([
      { name: "even", latest: 3, versions: 3, aliases: { production: results[0]!.version.number } },
      { name: "odd", latest: 3, versions: 3, aliases: { production: results[1]!.version.number } },
    ]);
    expect(branchCommits()).toHaveLength(6);
  });

  it("a re-run with the same key creates nothing; other content under the same key is refused", async () => {
    const reg = fakeRegistry(fake);
    const file = await modelFile("model.bin", "abc");
    const key = "octo-org/ml-repo/runs/7/jobs/train/models/m";
    await reg.register({ model: "m", path: file, metrics: { a: 1 }, idempotencyKey: key });
    const before = fake.requests.length;
    const again = await reg.register({ model: "m", path: file, metrics: { a: 1 }, idempotencyKey: key });
    expect(again).toMatchObject({ created: false, version: { number: 1 } });
    const writes = fake.requests.slice(before).filter((r) => r.method !== "GET");
    expect(writes).toEqual([]);
    const conflict = await errorOf<ConfigurationError>(
      reg.register({ model: "m", path: file, metrics: { a: 2 }, idempotencyKey: key }),
    );
    expect(conflict.code).toBe("idempotency-conflict");
    expect(fake.state.repo().releases.size).toBe(1);
  });

  it("moves aliases with compare-and-swap across clients: exactly one of two racing promotions wins", async () => {
    const reg = fakeRegistry(fake);
    for (let i = 0; i < 3; i++)
      await reg.register({ model: "m", path: await modelFile(`m${i}.bin`, `w${i}`) });
    await reg.setAlias("m", "production", 1);
    const [a, b] = [fakeRegistry(fake), fakeRegistry(fake)];
    const outcomes = await Promise.allSettled([
      a.setAlias("m", "production", 2, { expected: 1 }),
      b.setAlias("m", "production", 3, { expected: 1 }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as ConfigurationError).code).toBe("alias-conflict");
    const last = branchCommits().at(-1)!;
    expect(last.message).toMatch(/^set alias production of m → v[23] \(was v1\)/);
  });

  it("a failed upload consumes no version number and leaves no draft behind", async () => {
    const reg = fakeRegistry(fake);
    await reg.register({ model: "m", path: await modelFile("a.bin", "a") });
    // A failure on every one of the 4 attempts (a single one is retried: github-faults.test.ts).
    fake.faults.add({
      method: "POST",
      path: /\/releases\/\d+\/assets/,
      times: 4,
      action: { kind: "status", status: 500 },
    });
    await expect(reg.register({ model: "m", path: await modelFile("b.bin", "b") })).rejects.toThrow();
    expect(fake.state.repo().releases.size).toBe(1);
    const next = await reg.register({ model: "m", path: await modelFile("c.bin", "c") });
    expect(next.version.number).toBe(2);
  });

  it("a crash between the index commit and publishing is finished by the re-run", async () => {
    const reg = fakeRegistry(fake);
    const file = await modelFile("a.bin", "a");
    fake.faults.add({
      method: "PATCH",
      path: /\/releases\/\d+$/,
      times: 4,
      action: { kind: "status", status: 500 },
    });
    await expect(reg.register({ model: "m", path: file, idempotencyKey: "k" })).rejects.toThrow();
    const release = [...fake.state.repo().releases.values()][0]!;
    expect(release.draft).toBe(true);
    expect((await reg.list("m")).map((v) => v.number)).toEqual([1]);
    const rerun = await reg.register({ model: "m", path: file, idempotencyKey: "k" });
    expect(rerun).toMatchObject({ created: false, version: { number: 1 } });
    expect(release).toMatchObject({ draft: false, tagName: "m-v1", prerelease: true });
  });

  it("reads with a read-only token (a fork pull request) and explains what writes need", async () => {
    await fakeRegistry(fake).register({
      model: "m",
      path: await modelFile("a.bin", "a"),
      metrics: { f1: 0.7 },
      aliases: ["production"],
    });
    fake.state.readOnlyToken("fork-token");
    const fork = fakeRegistry(fake, { token: "fork-token" });
    expect((await fork.resolve("m", "production")).metrics).toEqual({ f1: 0.7 });
    const d = await fork.download("m", 1, path.join(dir, "fork-out"));
    expect(await fs.readFile(d.modelPath, "utf8")).toBe("a");
    const error = await errorOf<ConfigurationError>(fork.setAlias("m", "staging", 1));
    expect(error.code).toBe("permission-denied");
    expect(error.message).toContain("contents: write");
  });
});

describe("openRegistry with the github backend", () => {
  it("uses the shared client at GITHUB_API_URL and streams a verified download", async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    await fakeRegistry(fake).register({
      model: "m",
      path: await modelFile("big.bin", big),
      aliases: ["production"],
    });
    const logger = new MemoryLogger();
    const ctx = runContextFromEnv({
      GITHUB_ACTIONS: "true",
      GITHUB_REPOSITORY: "octo-org/ml-repo",
      GITHUB_API_URL: fake.url,
      GITHUB_WORKSPACE: dir,
    });
    const registry = await openRegistry({ backend: "auto", token: "ghs_reader", ctx, logger });
    expect(registry.kind).toBe("github");
    expect(registry.location).toBe("octo-org/ml-repo@mlops-registry");
    const v = await registry.resolve("m", "production");
    const d = await registry.download("m", v.number, path.join(dir, "dl"));
    expect((await fs.readFile(d.modelPath)).equals(big)).toBe(true);
    expect(logger.entries.map((e) => e.message)).toContain(
      "registry: auto → github (running in GitHub Actions with a token; registry branch of octo-org/ml-repo)",
    );
  });
});

describe("GitHubRegistry under ambiguous failures", () => {
  it("treats a ref update that landed but answered 502 as done, and never deletes a committed release", async () => {
    const reg = fakeRegistry(fake);
    const createLost = fake.faults.commitThenFail({ method: "POST", path: /\/git\/refs$/ }, 502);
    const first = await reg.register({
      model: "m",
      path: await modelFile("a.bin", "a"),
      idempotencyKey: "k1",
    });
    expect(first).toMatchObject({ created: true, version: { number: 1 } });
    expect(createLost.fired).toBe(1);
    const updateLost = fake.faults.commitThenFail(
      { method: "PATCH", path: /\/git\/refs\/heads(\/|%2F)/ },
      "drop",
    );
    const second = await reg.register({
      model: "m",
      path: await modelFile("b.bin", "b"),
      idempotencyKey: "k2",
    });
    expect(second).toMatchObject({ created: true, version: { number: 2 } });
    expect(updateLost.fired).toBe(1);
    expect([...fake.state.repo().releases.values()].map((r) => [r.tagName, r.draft])).toEqual([
      ["m-v1", false],
      ["m-v2", false],
    ]);
    expect(branchCommits()).toHaveLength(2);
  });
});
