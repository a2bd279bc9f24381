import { readFile } from "node:fs/promises";
import { ConfigurationError, type Logger, type RunContext } from "@mlops/core";
import type { GitHubClient } from "./client.js";

/*
 * Which pull request a run is about.
 * - pull_request / pull_request_target: the event's pull_request.
 * - workflow_run (the privileged follow-up of a fork's PR workflow): GitHub leaves
 *   workflow_run.pull_requests EMPTY when the head is a fork, so the PR is looked up by the run's
 *   head sha (list for the commit, then open PRs from the head owner's branch, then all open PRs)
 *   and accepted only if the PR's head sha is that sha. An artifact from the untrusted run may
 *   claim a PR number: it is refused unless it is the PR resolved from GitHub's own data.
 */

export interface PullRequestRef {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  /** "owner/name" of the head repository. */
  headRepository: string;
  fork: boolean;
  htmlUrl?: string;
}

export interface FindPullRequestOptions {
  /** Repository "owner/name" (default ctx.repository). */
  repository?: string;
  ctx?: Pick<RunContext, "eventName" | "eventPath" | "repository">;
  /** The event name and payload (default: read from ctx.eventPath). */
  eventName?: string;
  event?: Record<string, unknown>;
  /** A PR number claimed by untrusted data (an artifact of the PR's run): must match. */
  claimedNumber?: number;
  logger?: Logger;
  /** Pages of open PRs to scan as the last resort (default 10 → 1000 PRs). */
  maxPages?: number;
}

interface PullLike {
  number: number;
  state?: string;
  html_url?: string;
  head: {
    sha: string;
    ref: string;
    repo: { full_name?: string; name?: string; owner?: { login: string } } | null;
  };
  base: { ref: string; repo?: { full_name?: string } | null };
}

export async function readEventPayload(
  eventPath: string | null | undefined,
): Promise<Record<string, unknown>> {
  if (!eventPath) return {};
  try {
    return JSON.parse(await readFile(eventPath, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(`cannot read the event payload ${eventPath}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function toRef(pr: PullLike, repository: string): PullRequestRef {
  const headRepository =
    pr.head.repo?.full_name ??
    (pr.head.repo?.owner ? `${pr.head.repo.owner.login}/${pr.head.repo.name}` : repository);
  const ref: PullRequestRef = {
    number: pr.number,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    baseRef: pr.base.ref,
    headRepository,
    fork: headRepository.toLowerCase() !== repository.toLowerCase(),
  };
  if (pr.html_url) ref.htmlUrl = pr.html_url;
  return ref;
}

function refuseClaim(claimed: number, actual: PullRequestRef | null, headSha: string): never {
  const found = actual
    ? `the run's head ${headSha.slice(0, 12)} belongs to #${actual.number}`
    : `no open pull request has head ${headSha.slice(0, 12)}`;
  throw new ConfigurationError(
    `refusing to act on pull request #${claimed}: ${found}. The number came from the pull request's own (untrusted) run, ` +
      `and GitHub's data does not confirm it.`,
    { code: "pull-request-mismatch" },
  );
}

/** The pull request this run is about, or null when the event is not about one. */
export async function findPullRequest(
  client: GitHubClient,
  options: FindPullRequestOptions = {},
): Promise<PullRequestRef | null> {
  const repository = options.repository ?? options.ctx?.repository ?? client.repository;
  if (!repository || !repository.includes("/"))
    throw new ConfigurationError("findPullRequest needs the repository (owner/name)");
  const [owner, repo] = repository.split("/") as [string, string];
  const eventName = options.eventName ?? options.ctx?.eventName ?? null;
  const event = options.event ?? (await readEventPayload(options.ctx?.eventPath));
  const claimed = options.claimedNumber;

  if (
    eventName === "pull_request" ||
    eventName === "pull_request_target" ||
    eventName === "pull_request_review"
  ) {
    const pr = event.pull_request as PullLike | undefined;
    if (!pr) throw new ConfigurationError(`the ${eventName} event payload has no pull_request`);
    const ref = toRef(pr, repository);
    if (claimed !== undefined && claimed !== ref.number) refuseClaim(claimed, ref, ref.headSha);
    return ref;
  }

  if (eventName !== "workflow_run") {
    if (claimed !== undefined) refuseClaim(claimed, null, String((event as { after?: string }).after ?? ""));
    return null;
  }

  const run = event.workflow_run as
    | {
        event?: string;
        head_sha: string;
        head_branch?: string | null;
        head_repository?: { full_name?: string; owner?: { login: string } } | null;
        pull_requests?: PullLike[];
      }
    | undefined;
  if (!run) throw new ConfigurationError("the workflow_run event payload has no workflow_run");
  if (run.event && run.event !== "pull_request" && run.event !== "pull_request_target") {
    if (claimed !== undefined) refuseClaim(claimed, null, run.head_sha);
    return null;
  }
  const headSha = run.head_sha;
  const matches = (p: PullLike) => p.head.sha === headSha && (p.state === undefined || p.state === "open");
  const verify = async (number: number): Promise<PullRequestRef | null> => {
    const { data } = await client.request<PullLike>("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      owner,
      repo,
      pull_number: number,
    });
    if (data.head.sha !== headSha) {
      options.logger?.warning(
        `pull request #${number} has moved on to ${data.head.sha.slice(0, 12)}; the run was for ${headSha.slice(0, 12)}, so its results are not posted`,
      );
      return null;
    }
    return toRef(data, repository);
  };

  let found: PullRequestRef | null = null;
  // 1. GitHub's own list (filled for PRs from this repository; empty for forks).
  const listed = (run.pull_requests ?? []).find((p) => p.head.sha === headSha);
  if (listed) found = await verify(listed.number);
  // 2. Pull requests associated with the commit (does not include forks on github.com).
  if (!found) {
    const { data } = await client.request<PullLike[]>(
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
      { owner, repo, commit_sha: headSha },
    );
    const hit = data.find(matches);
    if (hit) found = await verify(hit.number);
  }
  // 3. Open PRs from the head repository's owner and branch.
  const headOwner = run.head_repository?.owner?.login ?? run.head_repository?.full_name?.split("/")[0];
  if (!found && headOwner && run.head_branch) {
    const { data } = await client.request<PullLike[]>("GET /repos/{owner}/{repo}/pulls", {
      owner,
      repo,
      state: "open",
      head: `${headOwner}:${run.head_branch}`,
      per_page: 100,
    });
    const hit = data.find(matches);
    if (hit) found = await verify(hit.number);
  }
  // 4. Every open PR (bounded).
  if (!found) {
    const hit = await client.find<PullLike>(
      "GET /repos/{owner}/{repo}/pulls",
      { owner, repo, state: "open", sort: "updated", direction: "desc" },
      matches,
      { maxPages: options.maxPages ?? 10 },
    );
    if (hit) found = await verify(hit.number);
  }
  if (claimed !== undefined && (!found || found.number !== claimed)) refuseClaim(claimed, found, headSha);
  if (!found) options.logger?.info(`no open pull request has head ${headSha.slice(0, 12)}`);
  return found;
}
