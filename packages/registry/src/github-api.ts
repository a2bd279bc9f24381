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

/**
 * A failure that may be gone on the next attempt, and after which the write may or may not have
 * landed: a 5xx, or no answer at all (a dropped connection or a timeout; octokit reports those
 * as status 500 without a response, other clients without a status).
 */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || (status >= 500 && status <= 599);
}

export interface WriteRetry {
  /** Attempts of one write, the first included (default 4). */
  attempts?: number;
  /** Backoff unit: the waits are full jitter in [0, baseDelayMs·2^attempt] (default 500 ms). */
  baseDelayMs?: number;
}

/** The backoff unit: the option, else MLOPS_GITHUB_RETRY_BASE_MS (the test harness's knob), else 500 ms. */
export function retryBaseMs(options: WriteRetry = {}): number {
  if (options.baseDelayMs !== undefined) return options.baseDelayMs;
  const env = Number(process.env.MLOPS_GITHUB_RETRY_BASE_MS);
  return process.env.MLOPS_GITHUB_RETRY_BASE_MS && Number.isFinite(env) && env >= 0 ? env : 500;
}

/**
 * Runs one write, again after a transient failure, at most `attempts` times. `recover` runs
 * before each retry and may find that the failed attempt landed after all (returns its result
 * then) or undo a partial one; `attempt` must be safe to repeat once `recover` found nothing.
 * Other failures (4xx: permissions, compare-and-swap losses) are thrown at once.
 */
export async function retryWrite<T>(
  attempt: (n: number) => Promise<T>,
  options: WriteRetry & {
    recover?: (error: unknown) => Promise<T | undefined>;
    log?: (m: string) => void;
    what: string;
  },
): Promise<T> {
  const attempts = options.attempts ?? 4;
  const base = retryBaseMs(options);
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!isTransient(error) || n >= attempts) throw error;
      options.log?.(`${options.what}: ${apiMessage(error)} (attempt ${n} of ${attempts}); retrying`);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * base * 2 ** n));
      const found = options.recover ? await options.recover(error) : undefined;
      if (found !== undefined) return found;
    }
  }
}

/** Every item of a paginated list (per_page 100, `page` counted up until a short page). */
export async function* listPages<T>(
  repo: GitHubRepo,
  route: string,
  params: Record<string, unknown>,
  maxPages = 100,
): AsyncGenerator<T> {
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await repo.request(route, {
      owner: repo.owner,
      repo: repo.repo,
      ...params,
      per_page: 100,
      page,
    });
    const items = Array.isArray(data) ? (data as T[]) : [];
    yield* items;
    if (items.length < 100) return;
  }
}
