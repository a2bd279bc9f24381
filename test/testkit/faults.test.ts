import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "@mlops/testkit";

const R = "/repos/{owner}/{repo}";
const REPO = "/repos/octo-org/ml-repo";
let gh: FakeGitHub;
const auth = { authorization: "token t", "content-type": "application/json" };

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.state.addPullRequest({ number: 1 });
});
afterEach(() => gh.close());

describe("fault injection", () => {
  it("N× 5xx on one route, after letting `skip` requests through, then normal answers", async () => {
    const fault = gh.faults.serverError(
      { method: "GET", path: `${R}/pulls/{pull_number}`, times: 2, skip: 1 },
      503,
    );
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${gh.url}${REPO}/pulls/1`)).status);
    expect(statuses).toEqual([200, 503, 503, 200]);
    expect(fault.fired).toBe(2);
    // Other routes are untouched.
    expect((await fetch(`${gh.url}${REPO}`)).status).toBe(200);
  });

  it("502 answers an HTML body, like GitHub's edge", async () => {
    gh.faults.serverError({ path: /\/pulls\/1$/ }, 502);
    const res = await fetch(`${gh.url}${REPO}/pulls/1`);
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toBe("text/html");
  });

  it("rate limits: primary has remaining 0 and a reset; secondary has GitHub's message; Retry-After only when asked", async () => {
    gh.faults.rateLimit({ path: REPO }, { status: 403, limit: "primary", resetAfter: 30 });
    let res = await fetch(`${gh.url}${REPO}`);
    expect(res.status).toBe(403);
    expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000 + 25);
    expect(res.headers.get("retry-after")).toBeNull();
    expect(((await res.json()) as { message: string }).message).toMatch(/API rate limit exceeded/);
    gh.faults.rateLimit({ path: REPO }, { status: 429, limit: "secondary", retryAfter: 7 });
    res = await fetch(`${gh.url}${REPO}`);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(((await res.json()) as { message: string }).message).toMatch(/secondary rate limit/);
  });

  it("latency delays, drop destroys the socket, commit-then-fail applies the write", async () => {
    gh.faults.latency({ method: "GET", path: REPO, times: 1 }, 200);
    const t0 = Date.now();
    await fetch(`${gh.url}${REPO}`);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);

    gh.faults.drop({ method: "POST", path: `${R}/issues/{issue_number}/comments` });
    await expect(
      fetch(`${gh.url}${REPO}/issues/1/comments`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ body: "a" }),
      }),
    ).rejects.toThrow();
    expect(gh.state.comments(1)).toHaveLength(0);

    gh.faults.commitThenFail({ method: "POST", path: `${R}/issues/{issue_number}/comments` }, 502);
    const res = await fetch(`${gh.url}${REPO}/issues/1/comments`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ body: "b" }),
    });
    expect(res.status).toBe(502);
    expect(gh.state.comments(1).map((c) => c.body)).toEqual(["b"]);
    expect(gh.requests.map((r) => [r.method, r.status, r.faults.join(",")])).toEqual([
      ["GET", 200, "latency"],
      ["POST", 0, "drop"],
      ["POST", 502, "commit-then-fail"],
    ]);
  });

  it("a request without authorization to a write route is 401; a read-only token gets 403", async () => {
    let res = await fetch(`${gh.url}${REPO}/issues/1/comments`, {
      method: "POST",
      body: JSON.stringify({ body: "x" }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: "Requires authentication" });
    gh.state.readOnlyToken("ro");
    res = await fetch(`${gh.url}${REPO}/git/refs`, {
      method: "POST",
      headers: { authorization: "Bearer ro" },
      body: "{}",
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("x-accepted-github-permissions")).toBe("contents=write");
    // Reads still work with it.
    expect(
      (await fetch(`${gh.url}${REPO}/pulls/1`, { headers: { authorization: "Bearer ro" } })).status,
    ).toBe(200);
  });

  it("ETag / If-None-Match answers 304", async () => {
    const first = await fetch(`${gh.url}${REPO}/pulls/1`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    const again = await fetch(`${gh.url}${REPO}/pulls/1`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });
});
