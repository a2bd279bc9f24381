import { ConfigurationError } from "@mlops/core";

/*
 * What the GitHub stores (github-index-store.ts, release-artifact-store.ts) share: the one
 * request function they need from an HTTP client, the repository they write to, and how a
 * refused write becomes the fix the user needs.
 */

/** The one thing the GitHub stores need from an HTTP client: octokit's `request`. */
export type GitHubRequest = (
  route: string,
  params?: Record<string, unknown>,
) => Promise<{ status: number; data: unknown; headers: Record<string, unknown> }>;

export interface GitHubRepo {
  request: GitHubRequest;
  owner: string;
  repo: string;
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { data?: { message?: string; errors?: { code?: string; field?: string }[] } };
}

/** `owner/name`, checked. */
export function gitHubRepo(request: GitHubRequest, repository: string): GitHubRepo {
  const [owner, repo, extra] = repository.split("/");
  if (!owner || !repo || extra !== undefined) {
    throw new ConfigurationError(
      `registry: expected the repository as owner/name, found ${JSON.stringify(repository)}`,
      { code: "repository-invalid" },
    );
  }
  return { request, owner, repo };
}

export function statusOf(error: unknown): number | undefined {
  return (error as RequestErrorLike)?.status;
}

export function apiMessage(error: unknown): string {
  const e = error as RequestErrorLike;
  return e?.response?.data?.message ?? e?.message ?? String(error);
}

/** A 422 saying the thing being created exists already (a tag, an asset name). */
export function alreadyExists(error: unknown): boolean {
  return (
    statusOf(error) === 422 &&
    /already_exists|already exists/i.test(JSON.stringify((error as RequestErrorLike).response?.data ?? {}))
  );
}

/** Turns a permission problem on a write into the fix the user needs; rethrows anything else. */
export function writeError(error: unknown, what: string, repo: GitHubRepo): never {
  const status = statusOf(error);
  if (status === 403 || status === 404) {
    throw new ConfigurationError(
      `registry: ${what} was refused (${status} ${apiMessage(error)}): the token needs 'contents: write' on ${repo.owner}/${repo.repo}; ` +
        `add 'permissions: contents: write' to the job (fork pull requests only get read access: register from a push or workflow_run job)`,
      { code: "permission-denied", cause: error },
    );
  }
  throw error;
}
