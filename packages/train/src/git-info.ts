import type { RunContext } from "@mlops/core";
import { git } from "./code-digest.js";

export interface GitInfo {
  sha: string | null;
  ref: string | null;
  repository: string | null;
  dirty?: boolean;
}

/** `owner/name` from a GitHub remote URL; other URLs without credentials; null when unknown. */
export function repositoryFromRemote(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === "") return null;
  const gh =
    /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|git@)([^/:]+)[/:]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(
      trimmed,
    );
  if (gh && /(^|\.)github\.com$|^github\./i.test(gh[1]!)) return `${gh[2]}/${gh[3]}`;
  try {
    const u = new URL(trimmed);
    u.username = "";
    u.password = "";
    return u.toString();
  } catch {
    return trimmed.replace(/^[^@]*@/, "");
  }
}

/**
 * Where the code came from. Inside Actions the runner's GITHUB_SHA / GITHUB_REF /
 * GITHUB_REPOSITORY are authoritative (for a pull request GITHUB_SHA is the merge commit that was
 * checked out); elsewhere `git rev-parse` answers, and everything is null outside a repository.
 */
export async function gitInfo(dir: string, ctx: RunContext, dirty: boolean | null): Promise<GitInfo> {
  const out: GitInfo = { sha: null, ref: null, repository: null };
  if (dirty !== null) out.dirty = dirty;
  if (ctx.inActions && ctx.sha) {
    out.sha = ctx.sha;
    out.ref = ctx.ref;
    out.repository = ctx.repository;
    return out;
  }
  // Two git processes (each spawn costs a fork of the step): the commit and the branch in one
  // rev-parse, the remote in the other. Before the first commit rev-parse fails; the branch then
  // comes from symbolic-ref.
  const [head, remote] = await Promise.all([
    git(dir, ["rev-parse", "HEAD", "--symbolic-full-name", "HEAD", "--"]),
    git(dir, ["config", "--get", "remote.origin.url"]),
  ]);
  const lines = head.ok ? head.stdout.split("\n").filter((l) => l !== "" && l !== "--") : [];
  if (lines.length === 2 && /^[0-9a-f]{40,64}$/.test(lines[0]!)) {
    out.sha = lines[0]!;
    // A detached HEAD names itself.
    if (lines[1] !== "HEAD") out.ref = lines[1]!;
  } else {
    const ref = await git(dir, ["symbolic-ref", "-q", "HEAD"]);
    if (ref.ok && ref.stdout.trim()) out.ref = ref.stdout.trim();
  }
  if (remote.ok) out.repository = repositoryFromRemote(remote.stdout);
  out.repository ??= ctx.repository;
  return out;
}
