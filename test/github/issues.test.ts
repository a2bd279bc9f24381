import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MemoryLogger } from "@mlops/core";
import { createGitHubClient, markerLine, upsertIssue, type GitHubClient } from "@mlops/github";
import { startFakeGitHub, type FakeGitHub } from "@mlops/testkit";

const R = "/repos/{owner}/{repo}";
const repo = { owner: "octo-org", repo: "ml-repo" };
let gh: FakeGitHub;
let client: GitHubClient;

beforeEach(async () => {
  gh = await startFakeGitHub();
  client = createGitHubClient({
    token: "t",
    apiUrl: gh.url,
    logger: new MemoryLogger(),
    retry: { baseDelayMs: 5, writeSpacingMs: 0 },
  });
});
afterEach(() => gh.close());

describe("upsertIssue", () => {
  it("opens one issue, updates it while open, opens a new one after it is closed", async () => {
    const options = {
      ...repo,
      marker: "mlops-drift:m",
      title: "Drift on m",
      body: "psi 0.3",
      labels: ["mlops"],
    };
    const first = await upsertIssue(client, options);
    expect(first.action).toBe("created");
    expect((await upsertIssue(client, options)).action).toBe("unchanged");
    const updated = await upsertIssue(client, { ...options, body: "psi 0.4" });
    expect(updated).toMatchObject({ action: "updated", issue: { number: first.issue.number } });
    expect(gh.state.repo().issues.get(first.issue.number)!.body).toBe(
      `${markerLine("mlops-drift:m")}\npsi 0.4`,
    );
    gh.state.repo().issues.get(first.issue.number)!.state = "closed";
    const reopened = await upsertIssue(client, options);
    expect(reopened.action).toBe("created");
    expect(reopened.issue.number).not.toBe(first.issue.number);
  });

  it("ignores issues by other authors and pull requests carrying the marker", async () => {
    gh.state.addIssue({ title: "copy", body: `${markerLine("mlops-drift:m")}\nby a user`, user: "octocat" });
    gh.state.addPullRequest({ number: 50, body: markerLine("mlops-drift:m"), user: "github-actions[bot]" });
    const r = await upsertIssue(client, { ...repo, marker: "mlops-drift:m", title: "Drift", body: "x" });
    expect(r.action).toBe("created");
  });

  it("an issue created but answered 502 is not opened twice", async () => {
    gh.faults.commitThenFail({ method: "POST", path: `${R}/issues` }, 502);
    const r = await upsertIssue(client, {
      ...repo,
      marker: "mlops-drift:m",
      title: "Drift",
      body: "x",
      retryDelayMs: 1,
    });
    expect([...gh.state.repo().issues.values()].filter((i) => !i.isPullRequest)).toHaveLength(1);
    expect(r.issue.number).toBe(1);
  });

  it("rejects titles over GitHub's limit", async () => {
    await expect(
      upsertIssue(client, { ...repo, marker: "m", title: "t".repeat(300), body: "x" }),
    ).rejects.toThrow(/at most 256/);
  });
});
