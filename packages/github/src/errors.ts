import { ConfigurationError, redact } from "@mlops/core";

/*
 * What a failed GitHub call means for the user. Only three kinds are translated (and keep the
 * original `status`/`response` so callers can still branch on them):
 * - 403 "Resource not accessible by integration" → the job lacks a `permissions:` entry;
 * - 401 → the token is missing or wrong;
 * - rate limits and 5xx / network failures that outlived the bounded retries → GitHub is
 *   unavailable right now (not the user's mistake, and not a bug either: no stack).
 * 404 / 409 / 422 pass through untouched: callers re-read and decide (compare-and-swap).
 */

export interface RequestErrorLike {
  name?: string;
  status?: number;
  message?: string;
  response?: {
    status?: number;
    headers?: Record<string, string | number | undefined>;
    data?: unknown;
    url?: string;
  };
  request?: { method?: string; url?: string };
}

export function asRequestError(error: unknown): RequestErrorLike | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  return error as RequestErrorLike;
}

/** The HTTP status of an octokit error (undefined for a non-HTTP error). */
export function statusOf(error: unknown): number | undefined {
  const s = asRequestError(error)?.status;
  return typeof s === "number" ? s : undefined;
}

/** GitHub's `message` from an error body (or the error's message). */
export function githubMessage(error: unknown): string {
  const e = asRequestError(error);
  const data = e?.response?.data;
  if (data && typeof data === "object" && typeof (data as { message?: unknown }).message === "string")
    return (data as { message: string }).message;
  return e?.message ?? String(error);
}

/**
 * A failure after which we cannot know whether a write landed: the connection dropped, timed out,
 * or a 5xx came back (GitHub's edge answers 502 even when the backend committed). Rate limits
 * (403/429) are NOT ambiguous: GitHub rejected the request before handling it.
 */
export function isAmbiguousFailure(error: unknown): boolean {
  const e = asRequestError(error);
  if (!e) return false;
  if (typeof e.status !== "number")
    return e.name === "TypeError" || e.name === "AbortError" || e.name === "TimeoutError";
  return e.status >= 500 && e.status <= 599;
}

/** No response at all (octokit reports network errors as status 500 without a response). */
export function isNetworkFailure(error: unknown): boolean {
  const e = asRequestError(error);
  return !!e && e.status === 500 && !e.response;
}

export function isRateLimited(error: unknown): boolean {
  const e = asRequestError(error);
  if (!e || (e.status !== 403 && e.status !== 429)) return false;
  const remaining = e.response?.headers?.["x-ratelimit-remaining"];
  return String(remaining) === "0" || /\bsecondary rate\b/i.test(githubMessage(error)) || e.status === 429;
}

/** A GitHub failure explained to the user; still carries the HTTP status and response. */
export class GitHubApiError extends ConfigurationError {
  readonly status: number | undefined;
  readonly response: RequestErrorLike["response"];
  readonly request: RequestErrorLike["request"];
  constructor(message: string, code: string, original: unknown) {
    super(message, { code, cause: original });
    const e = asRequestError(original);
    this.status = e?.status;
    this.response = e?.response;
    this.request = e?.request;
  }
}

/** `pull_requests=write; issues=write` → ["pull-requests: write", "issues: write"]. */
export function parseAcceptedPermissions(header: string | number | undefined): string[] {
  if (header === undefined) return [];
  return String(header)
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [name = "", level = "write"] = p.split("=");
      return `${name.trim().replace(/_/g, "-")}: ${level.trim()}`;
    });
}

/** The permission a route needs, for when GitHub does not say (older GHES). */
export function permissionForRoute(method: string, path: string): string {
  const write = method.toUpperCase() !== "GET" && method.toUpperCase() !== "HEAD";
  const level = write ? "write" : "read";
  if (/\/check-runs|\/check-suites/.test(path)) return `checks: ${level}`;
  if (/\/deployments/.test(path)) return `deployments: ${level}`;
  if (/\/issues\/(comments|\{issue_number\}\/comments|\d+\/comments)/.test(path))
    return `pull-requests: ${level}`;
  if (/\/pulls/.test(path)) return `pull-requests: ${level}`;
  if (/\/issues/.test(path)) return `issues: ${level}`;
  if (/\/actions\//.test(path)) return `actions: ${level}`;
  if (/\/statuses\//.test(path)) return `statuses: ${level}`;
  return `contents: ${level}`;
}

function describeRequest(e: RequestErrorLike): { method: string; path: string } {
  const method = (e.request?.method ?? "GET").toUpperCase();
  let path = e.request?.url ?? e.response?.url ?? "";
  try {
    path = new URL(path).pathname;
  } catch {
    /* a template or relative path already */
  }
  return { method, path };
}

/**
 * Turns permission, authentication and availability failures into errors a user can act on;
 * returns anything else unchanged.
 */
export function translateGitHubError(error: unknown, attempts?: number): unknown {
  const e = asRequestError(error);
  if (!e || typeof e.status !== "number" || error instanceof GitHubApiError) return error;
  const { method, path } = describeRequest(e);
  const what = `${method} ${path}`;
  // undici's network messages can name a URL with its credentials or query: redacted (core/redact).
  const message = redact(githubMessage(error));
  if (e.status === 403 && /Resource not accessible by (integration|personal access token)/i.test(message)) {
    const accepted = parseAcceptedPermissions(e.response?.headers?.["x-accepted-github-permissions"]);
    const needed = accepted.length ? accepted : [permissionForRoute(method, path)];
    const first = needed.find((p) => p.startsWith("pull-requests")) ?? needed[0]!;
    const alternatives = needed.filter((p) => p !== first);
    return new GitHubApiError(
      `GitHub refused ${what} (403 Resource not accessible by integration): this job needs \`${first}\`` +
        (alternatives.length ? ` (or ${alternatives.map((p) => `\`${p}\``).join(", ")})` : "") +
        `; add it under \`permissions:\` in the workflow. On a pull request from a fork GITHUB_TOKEN is read-only ` +
        `whatever \`permissions:\` says: write from a \`workflow_run\` workflow instead.`,
      "github-permission",
      error,
    );
  }
  if (e.status === 401) {
    return new GitHubApiError(
      `GitHub rejected the token for ${what} (401 ${message}): pass \`token: \${{ github.token }}\` (the default) ` +
        `or a valid token with access to this repository.`,
      "github-auth",
      error,
    );
  }
  if (isRateLimited(error)) {
    const reset = e.response?.headers?.["x-ratelimit-reset"];
    const when = reset ? ` (the limit resets at ${new Date(Number(reset) * 1000).toISOString()})` : "";
    return new GitHubApiError(
      `GitHub's API rate limit stopped ${what} after the bounded waits${when}: ${message} Re-run the job later, ` +
        `or spread the workflows that share this token.`,
      "github-rate-limited",
      error,
    );
  }
  if (e.status >= 500) {
    const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : "";
    const cause = isNetworkFailure(error)
      ? `the connection failed (${message})`
      : `GitHub answered ${e.status}`;
    return new GitHubApiError(
      `${what}: ${cause}${tries}. GitHub may be having an incident (https://www.githubstatus.com); re-run the job.`,
      "github-unavailable",
      error,
    );
  }
  return error;
}
