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
  const [sha, ref, remote] = await Promise.all([
    git(dir, ["rev-parse", "--verify", "-q", "HEAD"]),
    git(dir, ["symbolic-ref", "-q", "HEAD"]),
    git(dir, ["config", "--get", "remote.origin.url"]),
  ]);
  if (sha.ok && /^[0-9a-f]{40,64}$/.test(sha.stdout.trim())) out.sha = sha.stdout.trim();
  if (ref.ok && ref.stdout.trim()) out.ref = ref.stdout.trim();
  if (remote.ok) out.repository = repositoryFromRemote(remote.stdout);
  out.repository ??= ctx.repository;
  return out;
}
