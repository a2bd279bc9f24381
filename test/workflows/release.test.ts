import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub, type Permission, type PermissionName } from "@mlops/testkit";
import { loadWorkflow, runJob, type JobResult } from "./workflow-runner.js";

/*
 * .github/workflows/release.yml run as written (workflow-runner.ts) against the fake GitHub: the
 * release job, with a token of exactly its declared permissions, runs scripts/release.mjs from a
 * checkout that holds a CHANGELOG.md and the CLI's package.json. Checked: the tag, the major tag
 * v1 (created, moved by force, left alone for an older line's fix), the release and its notes
 * (the version's CHANGELOG section), re-runs, and every refusal before anything is written.
 * The verify job's npm ci and check-dist (a full build) are left out; its own checks run.
 */

const root = path.resolve(import.meta.dirname, "../..");
const WORKFLOW = path.join(root, ".github/workflows/release.yml");
const REPO = "octo-org/mlops-actions";

const NOTES = {
  "1.1.0": "### Added\n\n- The `mlops` CLI as the npm package mlops-actions-cli.",
  "1.0.1": "### Fixed\n\n- validate-data: a quoted header with a comma.",
  "1.0.0": "The first release.\n\n### Added\n\n- Six actions and four reusable workflows.",
};

function changelog(notes: Record<string, string> = NOTES, dates: Record<string, string> = {}): string {
  const sections = Object.entries(notes).map(
    ([v, text]) => `## [${v}] - ${dates[v] ?? "2026-12-06"}\n\n${text}\n`,
  );
  return [
    "# Changelog\n\nAll notable changes.\n",
    ...sections,
    `[1.1.0]: https://github.com/${REPO}/compare/v1.0.0...v1.1.0`,
    `[1.0.0]: https://github.com/${REPO}/releases/tag/v1.0.0`,
    "",
  ].join("\n");
}

let fake: FakeGitHub;
let base = "";
let count = 0;
const commits: Record<"A" | "B" | "C", string> = { A: "", B: "", C: "" };

beforeAll(async () => {
  fake = await startFakeGitHub({ repository: REPO });
  base = mkdtempSync(path.join(os.tmpdir(), "mlops-release-"));
  // main: A (1.0.0) → B (1.1.0); release-1.0 branches from A: C (the 1.0.1 fix).
  commits.A = fake.state.commitFiles(REPO, "main", { "CHANGELOG.md": "1.0.0" }, "1.0.0");
  commits.B = fake.state.commitFiles(REPO, "main", { "CHANGELOG.md": "1.1.0" }, "1.1.0");
  fake.state.repo(REPO).git.refs.set("refs/heads/release-1.0", commits.A);
  commits.C = fake.state.commitFiles(REPO, "release-1.0", { "fix.txt": "fix" }, "1.0.1");
});

afterAll(async () => {
  await fake?.close();
  if (base) rmSync(base, { recursive: true, force: true });
});

/** A checkout of the repository at release time: the script, CHANGELOG.md, the CLI's package.json. */
function checkout(text: string, cliVersion: string): string {
  const dir = path.join(base, `checkout-${++count}`);
  mkdirSync(path.join(dir, "scripts"), { recursive: true });
  mkdirSync(path.join(dir, "packages/cli"), { recursive: true });
  cpSync(path.join(root, "scripts/release.mjs"), path.join(dir, "scripts/release.mjs"));
  writeFileSync(path.join(dir, "CHANGELOG.md"), text);
  writeFileSync(
    path.join(dir, "packages/cli/package.json"),
    JSON.stringify({ name: "mlops-actions-cli", version: cliVersion }, null, 2),
  );
  return dir;
}

/** A token holding exactly the permissions the job declares. */
function jobToken(job: string): string {
  const declared = (loadWorkflow(WORKFLOW).jobs[job]?.permissions ?? {}) as Record<string, Permission>;
  const permissions: Partial<Record<PermissionName, Permission>> = { metadata: "read" };
  for (const name of ["contents", "pull-requests", "issues", "checks", "deployments", "actions", "statuses"])
    permissions[name as PermissionName] = declared[name] ?? "none";
  const token = `ghs_release_${job}_${++count}`;
  fake.state.setToken(token, { permissions });
  return token;
}

interface Run {
  job: "verify" | "release";
  /** A pushed tag (ref_name vX.Y.Z) or a dispatch with inputs.version. */
  event: { push: string } | { dispatch: string; ref?: string };
  sha: string;
  workspace: string;
}

async function run(spec: Run): Promise<JobResult> {
  const token = jobToken(spec.job);
  const push = "push" in spec.event;
  const ref = "push" in spec.event ? `refs/tags/${spec.event.push}` : (spec.event.ref ?? "refs/heads/main");
  return await runJob({
    workflow: WORKFLOW,
    job: spec.job,
    workspace: spec.workspace,
    runnerTemp: path.join(base, `temp-${++count}`),
    token,
    apiUrl: fake.url,
    path: `${path.dirname(process.execPath)}:${process.env.PATH ?? ""}`,
    env: { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: REPO },
    skipStep: (step) => /^npm (ci|run check-dist)\b/.test(step.run ?? ""),
    contexts: {
      inputs: "dispatch" in spec.event ? { version: spec.event.dispatch } : {},
      needs: spec.job === "release" ? { verify: { outputs: {}, result: "success" } } : {},
      github: {
        event_name: push ? "push" : "workflow_dispatch",
        repository: REPO,
        ref,
        ref_name: ref.replace(/^refs\/(heads|tags)\//, ""),
        sha: spec.sha,
        token,
        event: { repository: { default_branch: "main", full_name: REPO } },
      },
    },
  });
}

const git = () => fake.state.repo(REPO).git;
const tagAt = (tag: string) => git().refs.get(`refs/tags/${tag}`);
const releases = () => [...fake.state.repo(REPO).releases.values()];
const failureLog = (r: JobResult) => r.log.join("\n");

describe("release.yml: the release job against the fake GitHub", () => {
  it("a pushed tag v1.0.0: keeps the tag, creates v1 there and the release with the CHANGELOG section as notes", async () => {
    git().refs.set("refs/tags/v1.0.0", commits.A); // what `git push origin v1.0.0` did
    const r = await run({
      job: "release",
      event: { push: "v1.0.0" },
      sha: commits.A,
      workspace: checkout(changelog(), "1.0.0"),
    });
    expect(r.result, failureLog(r)).toBe("success");
    expect(tagAt("v1.0.0")).toBe(commits.A);
    expect(tagAt("v1")).toBe(commits.A);
    const [release] = releases();
    expect(releases()).toHaveLength(1);
    expect(release).toMatchObject({
      tagName: "v1.0.0",
      name: "v1.0.0",
      draft: false,
      prerelease: false,
      makeLatest: "true",
    });
    // The section only: not the next version's heading, not the link definitions at the end.
    expect(release!.body).toBe(NOTES["1.0.0"]);
  });

  it("a dispatch of 1.1.0 on main: creates the tag at the run's commit and moves v1 to it by force", async () => {
    const r = await run({
      job: "release",
      event: { dispatch: "1.1.0" },
      sha: commits.B,
      workspace: checkout(changelog(), "1.1.0"),
    });
    expect(r.result, failureLog(r)).toBe("success");
    expect(tagAt("v1.1.0")).toBe(commits.B);
    expect(tagAt("v1")).toBe(commits.B);
    expect(tagAt("v1.0.0")).toBe(commits.A);
    const moves = fake
      .requestsTo("PATCH", "/repos/{owner}/{repo}/git/refs/{ref}")
      .filter((q) => q.path.endsWith("/git/refs/tags/v1"));
    expect(moves.map((q) => q.body)).toEqual([{ sha: commits.B, force: true }]);
    const release = releases().find((x) => x.tagName === "v1.1.0");
    expect(release?.body).toBe(NOTES["1.1.0"]);
    expect(release?.makeLatest).toBe("true");
  });

  it("the same release run again: nothing moves, the notes follow the edited CHANGELOG, still one release", async () => {
    const edited = { ...NOTES, "1.1.0": `${NOTES["1.1.0"]}\n- Node.js 22 and 24.` };
    const refWrites = () =>
      fake.requestsTo("PATCH", "/repos/{owner}/{repo}/git/refs/{ref}").length +
      fake.requestsTo("POST", "/repos/{owner}/{repo}/git/refs").length;
    const before = refWrites();
    expect(before).toBeGreaterThan(0);
    const r = await run({
      job: "release",
      event: { dispatch: "1.1.0" },
      sha: commits.B,
      workspace: checkout(changelog(edited), "1.1.0"),
    });
    expect(r.result, failureLog(r)).toBe("success");
    expect(refWrites()).toBe(before);
    const mine = releases().filter((x) => x.tagName === "v1.1.0");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toBe(edited["1.1.0"]);
  });

  it("1.0.1, a fix on the 1.0 line after 1.1.0: tagged and released, but v1 stays on 1.1.0 and it is not 'latest'", async () => {
    const r = await run({
      job: "release",
      event: { dispatch: "1.0.1", ref: "refs/heads/main" },
      sha: commits.C,
      workspace: checkout(changelog(), "1.0.1"),
    });
    expect(r.result, failureLog(r)).toBe("success");
    expect(tagAt("v1.0.1")).toBe(commits.C);
    expect(tagAt("v1")).toBe(commits.B);
    expect(failureLog(r)).toContain("v1 not moved: v1.1.0 is newer than v1.0.1");
    const release = releases().find((x) => x.tagName === "v1.0.1");
    expect(release?.body).toBe(NOTES["1.0.1"]);
    expect(release?.makeLatest).toBe("false");
  });

  it("refuses a version whose tag already names another commit: the tag, v1 and the releases stay", async () => {
    const count = releases().length;
    const r = await run({
      job: "release",
      event: { dispatch: "1.1.0" },
      sha: commits.C,
      workspace: checkout(changelog(), "1.1.0"),
    });
    expect(r.result).toBe("failure");
    expect(failureLog(r)).toContain(
      `release: the tag v1.1.0 already exists at ${commits.B}, not ${commits.C}: a released tag is never moved`,
    );
    expect(tagAt("v1.1.0")).toBe(commits.B);
    expect(tagAt("v1")).toBe(commits.B);
    expect(releases()).toHaveLength(count);
  });
});

describe("release.yml: the verify job refuses before anything is written", () => {
  it("a CHANGELOG section still marked Unreleased", async () => {
    const requests = fake.requests.length;
    const r = await run({
      job: "verify",
      event: { dispatch: "1.2.0" },
      sha: commits.B,
      workspace: checkout(changelog({ "1.2.0": "- Next.", ...NOTES }, { "1.2.0": "Unreleased" }), "1.2.0"),
    });
    expect(r.result).toBe("failure");
    expect(failureLog(r)).toContain(
      'release: CHANGELOG.md line 5: the section for 1.2.0 is dated "Unreleased"; write the release date ("## [1.2.0] - YYYY-MM-DD") and commit it before releasing',
    );
    expect(fake.requests.length).toBe(requests);
  });

  it("a CLI package whose version is not the release's", async () => {
    const r = await run({
      job: "verify",
      event: { push: "v1.1.0" },
      sha: commits.B,
      workspace: checkout(changelog(), "1.0.0"),
    });
    expect(r.result).toBe("failure");
    expect(failureLog(r)).toContain(
      "packages/cli/package.json has version 1.0.0, the release is 1.1.0: run `npm version 1.1.0 -w mlops-actions-cli --no-git-tag-version`",
    );
  });

  it("a version that is not X.Y.Z, and no CHANGELOG section for it", async () => {
    const bad = await run({
      job: "verify",
      event: { dispatch: "1.2" },
      sha: commits.B,
      workspace: checkout(changelog(), "1.2.0"),
    });
    expect(bad.result).toBe("failure");
    expect(failureLog(bad)).toContain(
      'the version must be X.Y.Z (e.g. 1.2.0, or the tag v1.2.0), found "1.2"',
    );
    const missing = await run({
      job: "verify",
      event: { dispatch: "2.0.0" },
      sha: commits.B,
      workspace: checkout(changelog(), "2.0.0"),
    });
    expect(missing.result).toBe("failure");
    expect(failureLog(missing)).toContain(
      'CHANGELOG.md has no section for 2.0.0: expected a heading "## [2.0.0] - YYYY-MM-DD" (found: 1.1.0, 1.0.1, 1.0.0)',
    );
  });

  it("a dispatch from a branch that is not the default one", async () => {
    const r = await run({
      job: "verify",
      event: { dispatch: "1.1.0", ref: "refs/heads/feature" },
      sha: commits.B,
      workspace: checkout(changelog(), "1.1.0"),
    });
    expect(r.result).toBe("failure");
    expect(failureLog(r)).toContain(
      "::error::a release is made from main; this run is on refs/heads/feature",
    );
  });

  it("passes for a ready release, and the shape of the workflow keeps the write token away from npm", async () => {
    const r = await run({
      job: "verify",
      event: { push: "v1.1.0" },
      sha: commits.B,
      workspace: checkout(changelog(), "1.1.0"),
    });
    expect(r.result, failureLog(r)).toBe("success");
    const workflow = loadWorkflow(WORKFLOW);
    const verify = workflow.jobs.verify!;
    const release = workflow.jobs.release!;
    expect(verify.permissions).toEqual({ contents: "read" });
    expect(release.permissions).toEqual({ contents: "write" });
    expect(release.needs).toBe("verify");
    const runs = (job: typeof verify) => (job.steps ?? []).map((s) => s.run ?? "");
    expect(runs(verify)).toEqual(
      expect.arrayContaining(["npm ci --no-audit --no-fund", "npm run check-dist"]),
    );
    expect(runs(release).some((s) => /\bnpm\b/.test(s))).toBe(false);
    // The npm publish: its own job, OIDC only (no token), after the release, off unless enabled.
    const publish = workflow.jobs["publish-cli"]!;
    expect(publish.permissions).toEqual({ contents: "read", "id-token": "write" });
    expect(publish.needs).toBe("release");
    expect(publish.if).toBe("vars.NPM_PUBLISH == 'true'");
    expect(runs(publish).some((s) => /npm ci|NPM_TOKEN|NODE_AUTH_TOKEN/.test(s))).toBe(false);
    expect(runs(publish).join("\n")).toContain(
      "npm publish -w mlops-actions-cli --access public --provenance",
    );
  });
});

/** The script as its own process, asynchronously: the fake GitHub answers from this process. */
function script(cwd: string, args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/release.mjs", ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

describe("scripts/release.mjs without the workflow", () => {
  it("checks before it calls GitHub, and names the missing permission when the token cannot write", async () => {
    const token = "ghs_release_readonly";
    fake.state.setToken(token, { permissions: { contents: "read" } });
    const env = { GITHUB_TOKEN: token, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: fake.url };
    const requests = fake.requests.length;
    const unready = await script(
      checkout(changelog(), "1.2.0"),
      ["--version", "1.2.0", "--sha", commits.B],
      env,
    );
    expect(unready.status).toBe(1);
    expect(unready.stderr).toContain("CHANGELOG.md has no section for 1.2.0");
    expect(fake.requests.length).toBe(requests);

    const ready = checkout(changelog({ "1.2.0": "- Next.", ...NOTES }), "1.2.0");
    const denied = await script(ready, ["--version", "1.2.0", "--sha", commits.B], env);
    expect(denied.status).toBe(1);
    expect(denied.stderr).toMatch(
      /^release: POST \/repos\/octo-org\/mlops-actions\/git\/refs answered 403: .*\(the job's token needs permissions: contents: write\)\n$/,
    );
    expect(tagAt("v1.2.0")).toBeUndefined();
  });
});
