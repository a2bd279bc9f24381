import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runContextFromEnv } from "@mlops/core";
import { gitInfo, repositoryFromRemote } from "./git-info.js";

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
    cwd,
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
}

const local = runContextFromEnv({});

describe("gitInfo: where the code came from", () => {
  it("on a branch, detached, before the first commit, and outside git", async () => {
    const d = mkdtempSync(path.join(os.tmpdir(), "mlops-git-info-"));
    git(d, "init", "-q", "-b", "work");
    // No commit yet: no sha, the branch from symbolic-ref.
    expect(await gitInfo(d, local, null)).toEqual({ sha: null, ref: "refs/heads/work", repository: null });
    writeFileSync(path.join(d, "HEAD"), "a file named HEAD must not confuse rev-parse\n");
    git(d, "add", ".");
    git(d, "commit", "-q", "-m", "init");
    git(d, "remote", "add", "origin", "https://token@github.com/octo/weather.git");
    const sha = git(d, "rev-parse", "HEAD");
    expect(await gitInfo(d, local, false)).toEqual({
      sha,
      ref: "refs/heads/work",
      repository: "octo/weather",
      dirty: false,
    });
    git(d, "checkout", "-q", "--detach");
    expect(await gitInfo(d, local, null)).toEqual({ sha, ref: null, repository: "octo/weather" });
    const outside = mkdtempSync(path.join(os.tmpdir(), "mlops-git-info-none-"));
    expect(await gitInfo(outside, local, null)).toEqual({ sha: null, ref: null, repository: null });
  });

  it("inside Actions the runner's variables win over git", async () => {
    const ctx = runContextFromEnv({
      GITHUB_ACTIONS: "true",
      GITHUB_SHA: "a".repeat(40),
      GITHUB_REF: "refs/pull/7/merge",
      GITHUB_REPOSITORY: "octo/weather",
    });
    expect(await gitInfo(os.tmpdir(), ctx, true)).toEqual({
      sha: "a".repeat(40),
      ref: "refs/pull/7/merge",
      repository: "octo/weather",
      dirty: true,
    });
  });

  it("reads owner/name from GitHub remotes and strips credentials from others", () => {
    expect(repositoryFromRemote("git@github.com:octo/weather.git")).toBe("octo/weather");
    expect(repositoryFromRemote("https://x-access-token:abc@gitlab.example/o/r.git")).toBe(
      "https://gitlab.example/o/r.git",
    );
    expect(repositoryFromRemote("")).toBeNull();
  });
});
