import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MemoryLogger, isConfigurationError } from "@mlops/core";
import {
  DEFAULT_RETRY,
  GitHubApiError,
  createGitHubClient,
  createOnce,
  worstCaseSeconds,
  type GitHubClient,
} from "@mlops/github";
import { startFakeGitHub, type FakeGitHub } from "@mlops/testkit";

const R = "/repos/{owner}/{repo}";
const repo = { owner: "octo-org", repo: "ml-repo" };
let gh: FakeGitHub;
let logger: MemoryLogger;

function client(retry: Parameters<typeof createGitHubClient>[0]["retry"] = {}): GitHubClient {
  return createGitHubClient({
    token: "ghs_secret_token",
    apiUrl: gh.url,
    logger,
    retry: { baseDelayMs: 5, writeSpacingMs: 0, secondaryFallbackSeconds: 1, ...retry },
  });
}

beforeEach(async () => {
  gh = await startFakeGitHub();
  logger = new MemoryLogger();
  gh.state.addPullRequest({ number: 7 });
});
afterEach(() => gh.close());

describe("createGitHubClient: bounded retries", () => {
  it("three 502s then success: exactly 4 requests", async () => {
    gh.faults.serverError({ method: "GET", path: `${R}/pulls/{pull_number}`, times: 3 }, 502);
    const { data } = await client().request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...repo,
      pull_number: 7,
    });
    expect(data.number).toBe(7);
    expect(gh.requestsTo("GET", `${R}/pulls/{pull_number}`).map((r) => r.status)).toEqual([
      502, 502, 502, 200,
    ]);
  });

  it("gives up after the bound with an error that says GitHub is unavailable", async () => {
    gh.faults.serverError({ method: "GET", path: `${R}/pulls/{pull_number}`, times: Infinity }, 503);
    const error = await client()
      .request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repo, pull_number: 7 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(503);
    expect((error as Error).message).toMatch(/GitHub answered 503 after 4 attempts.*githubstatus/);
    expect(isConfigurationError(error)).toBe(true);
    expect(gh.requestsTo("GET", `${R}/pulls/{pull_number}`)).toHaveLength(4);
  });

  it("retries a dropped connection on a read", async () => {
    gh.faults.drop({ method: "GET", path: `${R}/pulls/{pull_number}`, times: 1 });
    const { data } = await client().request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...repo,
      pull_number: 7,
    });
    expect(data.number).toBe(7);
    expect(gh.requestsTo("GET", `${R}/pulls/{pull_number}`)).toHaveLength(2);
  });

  it("does not re-send a POST blindly after a 502", async () => {
    gh.faults.serverError({ method: "POST", path: `${R}/issues/{issue_number}/comments`, times: 3 }, 502);
    await expect(
      client().request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: 7,
        body: "x",
      }),
    ).rejects.toThrow(/502/);
    expect(gh.requestsTo("POST", `${R}/issues/{issue_number}/comments`)).toHaveLength(1);
  });

  it("re-sends content-addressed git writes (blobs) after a 502", async () => {
    gh.faults.commitThenFail({ method: "POST", path: `${R}/git/blobs` }, 502);
    const { data } = await client().request("POST /repos/{owner}/{repo}/git/blobs", {
      ...repo,
      content: "hello",
      encoding: "utf-8",
    });
    expect(data.sha).toBe("b6fc4c620b67d95f953a5c1c1230aaab5db5a1b0");
    expect(gh.requestsTo("POST", `${R}/git/blobs`)).toHaveLength(2);
  });

  it("never retries 409/422: compare-and-swap callers re-read", async () => {
    const c = client();
    const main = gh.state.branchSha("main")!;
    const err = await c
      .request("POST /repos/{owner}/{repo}/git/refs", { ...repo, ref: "refs/heads/main", sha: main })
      .catch((e: unknown) => e);
    expect((err as { status: number }).status).toBe(422);
    expect(isConfigurationError(err)).toBe(false); // passed through untouched
    expect(gh.requestsTo("POST", `${R}/git/refs`)).toHaveLength(1);
    const put = await c
      .request("PUT /repos/{owner}/{repo}/contents/{path}", {
        ...repo,
        path: "README.md",
        message: "m",
        content: "eA==",
        sha: "1".repeat(40),
      })
      .catch((e: unknown) => e);
    expect((put as { status: number }).status).toBe(409);
    expect(gh.requestsTo("PUT", `${R}/contents/{path}`)).toHaveLength(1);
  });

  it("429 with Retry-After: 1 is waited for", async () => {
    gh.faults.rateLimit(
      { method: "GET", path: `${R}/pulls/{pull_number}` },
      { status: 429, limit: "secondary", retryAfter: 1 },
    );
    await client().request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repo, pull_number: 7 });
    const requests = gh.requestsTo("GET", `${R}/pulls/{pull_number}`);
    expect(requests.map((r) => r.status)).toEqual([429, 200]);
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(950);
    // How long it chose to wait is in the log (no upper bound on the clock: a loaded machine
    // must not fail this); a wait of the 60 s default would not say 1s.
    expect(logger.messages("info").join("\n")).toMatch(/secondary rate limit .* waiting 1s/);
  });

  it("a primary rate limit (403, remaining 0) waits until the reset", async () => {
    gh.faults.rateLimit({ method: "GET", path: `${R}` }, { status: 403, limit: "primary", resetAfter: 1 });
    const { status } = await client().request("GET /repos/{owner}/{repo}", repo);
    expect(status).toBe(200);
    const requests = gh.requestsTo("GET", R);
    expect(requests.map((r) => r.status)).toEqual([403, 200]);
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("a secondary rate limit without Retry-After is handled within a bound", async () => {
    // Without Retry-After the client waits the fallback (60 s by default, 1 s here).
    gh.faults.rateLimit({ method: "GET", path: `${R}`, times: 1 }, { status: 403, limit: "secondary" });
    const started = Date.now();
    await client().request("GET /repos/{owner}/{repo}", repo);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(gh.requestsTo("GET", R).map((r) => r.status)).toEqual([403, 200]);

    // A limit that never lifts: rateLimitRetries waits, then a clear error.
    gh.faults.rateLimit(
      { method: "GET", path: `${R}`, times: Infinity },
      { status: 403, limit: "secondary" },
    );
    const t0 = Date.now();
    const error = await client({ rateLimitRetries: 2 })
      .request("GET /repos/{owner}/{repo}", repo)
      .catch((e: unknown) => e);
    const waited = Date.now() - t0;
    expect((error as GitHubApiError).code).toBe("github-rate-limited");
    expect((error as Error).message).toMatch(/rate limit/);
    expect(waited).toBeGreaterThanOrEqual(1900);
    // Two waits of the 1 s fallback, as the log says (not the 60 s default), then the error.
    const waits = logger.messages("info").filter((m) => /secondary rate limit/.test(m));
    expect(waits.slice(-2).map((m) => /waiting (\d+)s \(wait (\d) of 2\)/.exec(m)?.slice(1))).toEqual([
      ["1", "1"],
      ["1", "2"],
    ]);
    expect(gh.requestsTo("GET", R).map((r) => r.status)).toEqual([403, 200, 403, 403, 403]);
  });

  it("refuses a rate-limit wait longer than the bound", async () => {
    gh.faults.rateLimit(
      { method: "GET", path: `${R}` },
      { status: 429, limit: "secondary", retryAfter: 3600 },
    );
    const error = await client()
      .request("GET /repos/{owner}/{repo}", repo)
      .catch((e: unknown) => e);
    // Refused without waiting: one request, no wait logged (an hour's wait would outlast the
    // test's timeout, so no clock is needed to see it did not wait).
    expect((error as GitHubApiError).code).toBe("github-rate-limited");
    expect(gh.requestsTo("GET", R).map((r) => r.status)).toEqual([429]);
    expect(logger.messages("info").join("\n")).not.toMatch(/waiting/);
  });

  it("a spent primary budget (reset an hour away) fails at once with a clear error", async () => {
    gh.state.rateLimit.limit = 2;
    const c = client();
    await c.request("GET /repos/{owner}/{repo}", repo);
    await c.request("GET /repos/{owner}/{repo}", repo);
    const error = await c.request("GET /repos/{owner}/{repo}", repo).catch((e: unknown) => e);
    expect((error as GitHubApiError).code).toBe("github-rate-limited");
    expect(gh.requestsTo("GET", R).map((r) => r.status)).toEqual([200, 200, 403]);
    expect(logger.messages("info").join("\n")).not.toMatch(/waiting/);
    expect((error as Error).message).toMatch(/the limit resets at \d{4}-/);
    expect(logger.messages("warning").join("\n")).toMatch(/more than the 120s bound/);
  });

  it("the default bounds keep one call inside a job", () => {
    expect(DEFAULT_RETRY).toEqual({
      retries: 3,
      baseDelayMs: 1000,
      rateLimitRetries: 2,
      maxRateLimitWaitSeconds: 120,
      secondaryFallbackSeconds: 60,
      requestTimeoutMs: 30_000,
    });
    // 12 attempts × 30 s timeouts + 3 × (1+4+9) s backoff + 2 × 120 s rate-limit waits.
    expect(worstCaseSeconds()).toBe(642);
    expect(worstCaseSeconds()).toBeLessThan(15 * 60);
  });
});

describe("createGitHubClient: configuration", () => {
  it("honours the API URL of a GHES-style host (path prefix) and never a hard-coded host", async () => {
    const ghes = await startFakeGitHub({ basePath: "/api/v3" });
    try {
      const c = createGitHubClient({
        token: "t",
        ctx: { apiUrl: ghes.url, repository: "octo-org/ml-repo" },
        logger,
      });
      expect(c.apiUrl).toBe(ghes.url);
      const { data } = await c.request("GET /repos/{owner}/{repo}", repo);
      expect(data.full_name).toBe("octo-org/ml-repo");
      expect(ghes.requests[0]!.path).toBe("/repos/octo-org/ml-repo");
    } finally {
      await ghes.close();
    }
  });

  it("masks the token", async () => {
    client();
    logger.info("token is ghs_secret_token");
    expect(logger.messages("info")).toEqual(["token is ***"]);
  });

  it("sends the token and answers 401 with what to do", async () => {
    gh.state.strictTokens = true;
    const err = await client()
      .request("GET /repos/{owner}/{repo}", repo)
      .catch((e: unknown) => e);
    expect((err as GitHubApiError).code).toBe("github-auth");
    expect((err as Error).message).toMatch(/401 Bad credentials.*github\.token/);
    expect(gh.requests[0]!.authorization).toBe("token ghs_secret_token");
  });

  it("names the missing permission on 403 Resource not accessible by integration", async () => {
    gh.state.readOnlyToken("ghs_secret_token");
    const err = await client()
      .request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: 7,
        body: "x",
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as GitHubApiError).status).toBe(403);
    expect((err as Error).message).toMatch(
      /this job needs `pull-requests: write` \(or `issues: write`\); add it under `permissions:`/,
    );
    const checks = await client()
      .request("POST /repos/{owner}/{repo}/check-runs", { ...repo, name: "n", head_sha: "a".repeat(40) })
      .catch((e: unknown) => e);
    expect((checks as Error).message).toMatch(/needs `checks: write`/);
  });

  it("paginates following Link headers, stoppable early", async () => {
    gh.state.addComments(7, 250, (i) => `c${i}`);
    const c = client();
    const all = await c.paginate<{ body: string }>(
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { ...repo, issue_number: 7 },
    );
    expect(all).toHaveLength(250);
    expect(all[249]!.body).toBe("c249");
    expect(gh.requestsTo("GET", `${R}/issues/{issue_number}/comments`)).toHaveLength(3);
  });

  it("stops after maxPages with a warning, and when the caller stops reading", async () => {
    gh.state.addComments(7, 250, (i) => `c${i}`);
    const c = client();
    const route = "GET /repos/{owner}/{repo}/issues/{issue_number}/comments";
    const two = await c.paginate<{ body: string }>(route, { ...repo, issue_number: 7 }, { maxPages: 2 });
    expect(two).toHaveLength(200);
    expect(logger.messages("warning")).toEqual([`${route}: stopped after 2 pages`]);
    for await (const page of c.pages<{ body: string }>(route, { ...repo, issue_number: 7, per_page: 50 })) {
      expect(page[0]!.body).toBe("c0");
      break;
    }
    expect(gh.requestsTo("GET", `${R}/issues/{issue_number}/comments`).map((r) => r.query)).toEqual([
      "?per_page=100&page=1",
      "?per_page=100&page=2",
      "?per_page=50&page=1",
    ]);
  });
});

describe("createOnce", () => {
  it("finds the write that landed before re-sending", async () => {
    let creates = 0;
    const result = await createOnce({
      what: "thing",
      baseDelayMs: 1,
      create: async () => {
        creates++;
        throw Object.assign(new Error("Bad Gateway"), { status: 502 });
      },
      findExisting: async () => (creates > 0 ? "landed" : undefined),
    });
    expect(result).toEqual({ value: "landed", recovered: true, attempts: 1 });
    expect(creates).toBe(1);
  });

  it("re-sends when nothing landed, and never retries a definitive error", async () => {
    let creates = 0;
    const result = await createOnce({
      what: "thing",
      baseDelayMs: 1,
      create: async () => {
        if (++creates < 3) throw Object.assign(new Error("reset"), { status: 500 });
        return "made";
      },
      findExisting: async () => undefined,
    });
    expect(result).toEqual({ value: "made", recovered: false, attempts: 3 });
    let calls = 0;
    await expect(
      createOnce({
        what: "thing",
        create: async () => {
          calls++;
          throw Object.assign(new Error("Validation Failed"), { status: 422 });
        },
        findExisting: async () => undefined,
      }),
    ).rejects.toThrow(/Validation Failed/);
    expect(calls).toBe(1);
  });
});

describe("retryFromEnv", () => {
  it("reads the test knobs; explicit options win", async () => {
    const { retryFromEnv } = await import("@mlops/github");
    expect(retryFromEnv({ MLOPS_GITHUB_WRITE_SPACING_MS: "0", MLOPS_GITHUB_RETRY_BASE_MS: "10" })).toEqual({
      writeSpacingMs: 0,
      baseDelayMs: 10,
    });
    expect(retryFromEnv({ MLOPS_GITHUB_WRITE_SPACING_MS: "fast" })).toEqual({});
  });
});
