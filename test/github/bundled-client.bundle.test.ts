import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  REPO_ROOT,
  pullRequestEvent,
  runAction,
  startFakeGitHub,
  workflowRunEvent,
  type FakeGitHub,
} from "@mlops/testkit";

/*
 * The client inside a real bundle (ncc, lazy octokit chunks) run as the runner runs an action,
 * against the fake with faults: what the actions will actually do. In the bundled run (`npm run
 * test:bundled`, test/bundled-run.ts), not `npm test`: on a clean clone bundling the fixture costs
 * ~12 s of CPU; the client's sources are tested in packages/github.
 */

const R = "/repos/{owner}/{repo}";
const fixture = join(REPO_ROOT, "test/github/fixtures/sticky-comment-action");
let bundle: string;
let gh: FakeGitHub;

/**
 * Bundles the fixture with ncc, exactly as `npm run build` bundles actions. The bundle is cached
 * under node_modules/.cache by a digest of every source it includes, so only a change to
 * @mlops/github, core, action-runtime or the lock file pays the ~10-30 s of bundling again.
 */
async function bundleFixture(): Promise<string> {
  const sources = [
    "packages/github/src",
    "packages/core/src",
    "packages/action-runtime/src",
    "test/github/fixtures/sticky-comment-action",
  ];
  const hash = createHash("sha256");
  for (const dir of sources) {
    for (const file of (readdirSync(join(REPO_ROOT, dir), { recursive: true }) as string[]).sort()) {
      const path = join(REPO_ROOT, dir, file);
      if (statSync(path).isFile()) hash.update(`${dir}/${file}\0`).update(readFileSync(path));
    }
  }
  hash.update(readFileSync(join(REPO_ROOT, "package-lock.json")));
  const dir = join(
    REPO_ROOT,
    "node_modules/.cache/mlops-test-bundles",
    hash.digest("hex").slice(0, 16),
    "sticky-comment-action",
  );
  const entry = join(dir, "dist/index.js");
  if (existsSync(entry)) return entry;
  const ncc = createRequire(join(REPO_ROOT, "package.json"))("@vercel/ncc") as (
    entry: string,
    options: object,
  ) => Promise<{ code: string; assets: Record<string, { source: string | Buffer }> }>;
  const { code, assets } = await ncc(join(fixture, "src/index.ts"), {
    cache: false,
    quiet: true,
    target: "es2023",
    transpileOnly: true,
  });
  const staging = `${dir}.${process.pid}`;
  mkdirSync(join(staging, "dist"), { recursive: true });
  cpSync(join(fixture, "action.yml"), join(staging, "action.yml"));
  for (const [file, asset] of Object.entries(assets))
    writeFileSync(join(staging, "dist", file), asset.source);
  writeFileSync(join(staging, "dist/index.js"), code);
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  // Older bundles (of older sources) are dropped.
  const cacheRoot = join(dir, "../..");
  for (const old of readdirSync(cacheRoot))
    if (join(cacheRoot, old) !== join(dir, ".."))
      rmSync(join(cacheRoot, old), { recursive: true, force: true });
  return entry;
}

describe("the bundled client in an action", () => {
  beforeAll(async () => {
    bundle = await bundleFixture();
  }, 180_000);

  beforeEach(async () => {
    gh = await startFakeGitHub();
  });
  afterEach(() => gh.close());

  it("posts one sticky comment, masks the token, and leaves it unchanged on a re-run", async () => {
    gh.state.addPullRequest({ number: 7 });
    const options = {
      apiUrl: gh.url,
      token: "ghs_bundle_token",
      event: pullRequestEvent({ number: 7 }),
      inputs: { body: "report" },
    };
    const first = await runAction(bundle, options);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toEqual({ action: "created", pr: "7" });
    expect(first.masks).toContain("ghs_bundle_token");
    const again = await runAction(bundle, options);
    expect(again.outputs.action).toBe("unchanged");
    expect(gh.state.comments(7)).toHaveLength(1);
    expect(gh.requests.every((r) => r.authorization === "token ghs_bundle_token")).toBe(true);
  });

  it("a comment committed but answered 502 is not posted twice", async () => {
    gh.state.addPullRequest({ number: 8 });
    gh.faults.commitThenFail({ method: "POST", path: `${R}/issues/{issue_number}/comments` }, 502);
    const r = await runAction(bundle, {
      apiUrl: gh.url,
      token: "t",
      event: pullRequestEvent({ number: 8 }),
      inputs: { body: "x" },
    });
    expect(r.exitCode).toBe(0);
    expect(gh.state.comments(8)).toHaveLength(1);
  });

  it("a fork's read-only token fails with the permission to add", async () => {
    gh.state.addPullRequest({ number: 9, fork: true });
    gh.state.readOnlyToken("ghs_fork");
    const r = await runAction(bundle, {
      apiUrl: gh.url,
      token: "ghs_fork",
      event: pullRequestEvent({ number: 9, fork: true }),
      inputs: { body: "x" },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]!.message).toMatch(/this job needs `pull-requests: write`/);
  });

  it("workflow_run for a fork: resolved by head sha; another PR's number is refused", async () => {
    const headSha = "9".repeat(40);
    gh.state.addPullRequest({ number: 21, headSha, fork: true, headRef: "feature/better-model" });
    gh.state.addPullRequest({ number: 22 });
    const event = workflowRunEvent({ fork: true, number: 21, headSha });
    const ok = await runAction(bundle, {
      apiUrl: gh.url,
      token: "t",
      event,
      inputs: { body: "from the fork", "claimed-number": "21" },
    });
    expect(ok.outputs).toEqual({ action: "created", pr: "21" });
    const bad = await runAction(bundle, {
      apiUrl: gh.url,
      token: "t",
      event,
      inputs: { body: "x", "claimed-number": "22" },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations[0]!.message).toMatch(/refusing to act on pull request #22/);
    expect(gh.state.comments(22)).toHaveLength(0);
  });
});
