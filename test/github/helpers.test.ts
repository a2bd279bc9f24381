import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MemoryLogger, isConfigurationError } from "@mlops/core";
import {
  createCheckRun,
  createGitHubClient,
  findPullRequest,
  findStickyComment,
  markerLine,
  updateCheckRun,
  upsertStickyComment,
  type GitHubClient,
} from "@mlops/github";
import {
  buildEventPayload,
  startFakeGitHub,
  workflowRunEvent,
  DEFAULT_FACTS,
  type FakeGitHub,
} from "@mlops/testkit";

const R = "/repos/{owner}/{repo}";
const repo = { owner: "octo-org", repo: "ml-repo" };
let gh: FakeGitHub;
let logger: MemoryLogger;
let client: GitHubClient;

beforeEach(async () => {
  gh = await startFakeGitHub();
  logger = new MemoryLogger();
  client = createGitHubClient({
    token: "ghs_t",
    ctx: { apiUrl: gh.url, repository: "octo-org/ml-repo" },
    logger,
    retry: { baseDelayMs: 5, writeSpacingMs: 0 },
  });
});
afterEach(() => gh.close());

describe("upsertStickyComment", () => {
  it("finds the sticky comment on page 3 of 250 comments and updates it in place", async () => {
    gh.state.addPullRequest({ number: 7 });
    const marker = "mlops-report:weather";
    // Decoys: a user quoting the marker (page 1), a bot comment without it (page 2).
    gh.state.addComments(
      7,
      250,
      (i) =>
        i === 230
          ? `${markerLine(marker)}\nold report`
          : i === 10
            ? `> ${markerLine(marker)}\n> quoted`
            : i === 120
              ? "bot chatter"
              : `comment ${i}`,
      { user: (i) => (i === 230 || i === 120 ? "github-actions[bot]" : i === 10 ? "reviewer" : "octocat") },
    );
    gh.state.addComment(7, `${markerLine(marker)}\nfake report`, { user: "mallory" });
    const target = gh.state.comments(7)[230]!;
    const result = await upsertStickyComment(client, { ...repo, pr: 7, marker, body: "new report", logger });
    expect(result.action).toBe("updated");
    expect(result.comment.id).toBe(target.id);
    expect(gh.state.comments(7)).toHaveLength(251);
    expect(gh.state.comments(7)[230]!.body).toBe(`${markerLine(marker)}\nnew report`);
    expect(gh.state.comments(7)[10]!.body).toContain("quoted");
    expect(gh.state.comments(7)[250]!.body).toContain("fake report");
    // per_page=100: pages 1, 2, 3 were read; nothing was created.
    expect(gh.requestsTo("GET", `${R}/issues/{issue_number}/comments`).map((r) => r.query)).toEqual([
      "?per_page=100&page=1",
      "?per_page=100&page=2",
      "?per_page=100&page=3",
    ]);
    expect(gh.requestsTo("POST", `${R}/issues/{issue_number}/comments`)).toHaveLength(0);
    // The same body again changes nothing.
    expect((await upsertStickyComment(client, { ...repo, pr: 7, marker, body: "new report" })).action).toBe(
      "unchanged",
    );
  });

  it("creates the comment once, then updates it; markers of other models are separate", async () => {
    gh.state.addPullRequest({ number: 8 });
    const a = await upsertStickyComment(client, { ...repo, pr: 8, marker: "mlops:a", body: "A1" });
    const b = await upsertStickyComment(client, { ...repo, pr: 8, marker: "mlops:b", body: "B1" });
    const a2 = await upsertStickyComment(client, { ...repo, pr: 8, marker: "mlops:a", body: "A2" });
    expect([a.action, b.action, a2.action]).toEqual(["created", "created", "updated"]);
    expect(a2.comment.id).toBe(a.comment.id);
    expect(gh.state.comments(8).map((c) => c.body)).toEqual(["<!-- mlops:a -->\nA2", "<!-- mlops:b -->\nB1"]);
  });

  it("a write committed but answered 502 is not duplicated", async () => {
    gh.state.addPullRequest({ number: 9 });
    gh.faults.commitThenFail({ method: "POST", path: `${R}/issues/{issue_number}/comments` }, 502);
    const result = await upsertStickyComment(client, {
      ...repo,
      pr: 9,
      marker: "mlops:m",
      body: "report",
      retryDelayMs: 1,
      logger,
    });
    expect(gh.state.comments(9)).toHaveLength(1);
    expect(result.comment.id).toBe(gh.state.comments(9)[0]!.id);
    expect(gh.requestsTo("POST", `${R}/issues/{issue_number}/comments`).map((r) => r.status)).toEqual([502]);
    expect(logger.messages("info").join("\n")).toMatch(/had landed; not sending it again/);
  });

  it("a committed write whose connection dropped is not duplicated either; a lost one is re-sent", async () => {
    gh.state.addPullRequest({ number: 11 });
    gh.faults.commitThenFail({ method: "POST", path: `${R}/issues/{issue_number}/comments` }, "drop");
    await upsertStickyComment(client, { ...repo, pr: 11, marker: "mlops:m", body: "r", retryDelayMs: 1 });
    expect(gh.state.comments(11)).toHaveLength(1);
    gh.state.addPullRequest({ number: 12 });
    gh.faults.drop({ method: "POST", path: `${R}/issues/{issue_number}/comments` });
    await upsertStickyComment(client, { ...repo, pr: 12, marker: "mlops:m", body: "r", retryDelayMs: 1 });
    expect(gh.state.comments(12)).toHaveLength(1);
    expect(gh.requestsTo("POST", `${R}/issues/{issue_number}/comments`).map((r) => r.status)).toEqual([
      0, 0, 201,
    ]);
  });

  it("only trusts comments by the bot (botLogin selects another identity)", async () => {
    gh.state.addPullRequest({ number: 13 });
    gh.state.addComment(13, "<!-- mlops:m -->\nby a user", { user: "octocat" });
    expect(await findStickyComment(client, { ...repo, pr: 13, marker: "mlops:m" })).toBeUndefined();
    expect(
      (await findStickyComment(client, { ...repo, pr: 13, marker: "mlops:m", botLogin: "octocat" }))?.body,
    ).toContain("by a user");
  });

  it("rejects bodies over GitHub's limit and markers that could break out of the comment", async () => {
    await expect(
      upsertStickyComment(client, { ...repo, pr: 1, marker: "m", body: "x".repeat(70000) }),
    ).rejects.toThrow(/at most 65536/);
    expect(() => markerLine("a --> <script>")).toThrow(/may not contain/);
  });
});

describe("findPullRequest", () => {
  const headSha = "c".repeat(40);

  it("reads pull_request events directly", async () => {
    const event = buildEventPayload("pull_request", DEFAULT_FACTS, { number: 5, headSha, fork: true });
    const pr = await findPullRequest(client, { eventName: "pull_request", event });
    expect(pr).toMatchObject({ number: 5, headSha, fork: true, headRepository: "contributor/ml-repo" });
    await expect(
      findPullRequest(client, { eventName: "pull_request", event, claimedNumber: 6 }),
    ).rejects.toThrow(/refusing to act on pull request #6/);
  });

  it("resolves a fork PR in a workflow_run event by head sha", async () => {
    gh.state.addPullRequest({ number: 3, headSha: "d".repeat(40) });
    gh.state.addPullRequest({ number: 21, headSha, fork: true, headRef: "feature/better-model" });
    const { payload } = workflowRunEvent({ fork: true, number: 21, headSha });
    expect((payload as { workflow_run: { pull_requests: unknown[] } }).workflow_run.pull_requests).toEqual(
      [],
    );
    const pr = await findPullRequest(client, {
      eventName: "workflow_run",
      event: payload as Record<string, unknown>,
      claimedNumber: 21,
    });
    expect(pr).toMatchObject({ number: 21, headSha, fork: true });
    // GitHub's commit→pulls list has no fork PRs; the head-branch lookup found it.
    expect(gh.requestsTo("GET", `${R}/commits/{commit_sha}/pulls`)).toHaveLength(1);
  });

  it("refuses an artifact claiming another PR's number", async () => {
    gh.state.addPullRequest({ number: 21, headSha, fork: true, headRef: "feature/better-model" });
    gh.state.addPullRequest({ number: 22, headSha: "e".repeat(40) });
    const { payload } = workflowRunEvent({ fork: true, number: 21, headSha });
    const error = await findPullRequest(client, {
      eventName: "workflow_run",
      event: payload as Record<string, unknown>,
      claimedNumber: 22,
    }).catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /refusing to act on pull request #22: the run's head cccccccccccc belongs to #21/,
    );
  });

  it("finds a fork PR whose branch name differs from the run's, by scanning open PRs", async () => {
    gh.state.addPullRequest({ number: 30, headSha, fork: true, headRef: "renamed" });
    const { payload } = workflowRunEvent({ fork: true, number: 30, headSha, headRef: "other-branch" });
    const pr = await findPullRequest(client, {
      eventName: "workflow_run",
      event: payload as Record<string, unknown>,
    });
    expect(pr?.number).toBe(30);
  });

  it("does not post for a PR that has moved on, and ignores runs not triggered by a PR", async () => {
    gh.state.addPullRequest({ number: 40, headSha: "f".repeat(40) });
    const { payload } = workflowRunEvent({ number: 40, headSha });
    expect(
      await findPullRequest(client, {
        eventName: "workflow_run",
        event: payload as Record<string, unknown>,
        logger,
      }),
    ).toBeNull();
    expect(logger.messages("warning").join("\n")).toMatch(/#40 has moved on/);
    const push = workflowRunEvent({ triggeringEvent: "push" }).payload as Record<string, unknown>;
    expect(await findPullRequest(client, { eventName: "workflow_run", event: push })).toBeNull();
    expect(await findPullRequest(client, { eventName: "schedule", event: {} })).toBeNull();
  });

  it("resolves a same-repository PR from workflow_run.pull_requests", async () => {
    gh.state.addPullRequest({ number: 41, headSha });
    const { payload } = workflowRunEvent({ number: 41, headSha });
    expect(
      (
        await findPullRequest(client, {
          eventName: "workflow_run",
          event: payload as Record<string, unknown>,
        })
      )?.fork,
    ).toBe(false);
  });
});

describe("check runs", () => {
  it("creates and completes a check run, 75 annotations in batches of 50", async () => {
    const sha = gh.state.branchSha("main")!;
    const run = await createCheckRun(client, {
      ...repo,
      name: "mlops / gate",
      headSha: sha,
      status: "in_progress",
    });
    const annotations = Array.from({ length: 75 }, (_, i) => ({
      path: "metrics.json",
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: "warning" as const,
      message: `m${i}`,
    }));
    await updateCheckRun(client, {
      ...repo,
      id: run.id,
      conclusion: "failure",
      title: "Gate failed",
      summary: "accuracy dropped",
      annotations,
    });
    const stored = gh.state.repo().checkRuns.get(run.id)!;
    expect(stored.status).toBe("completed");
    expect(stored.conclusion).toBe("failure");
    expect(stored.output.annotations).toHaveLength(75);
    expect(gh.requestsTo("PATCH", `${R}/check-runs/{check_run_id}`)).toHaveLength(2);
  });

  it("a check run committed but answered 502 is not created twice", async () => {
    const sha = gh.state.branchSha("main")!;
    gh.faults.commitThenFail({ method: "POST", path: `${R}/check-runs` }, 502);
    const run = await createCheckRun(client, {
      ...repo,
      name: "mlops / gate",
      headSha: sha,
      retryDelayMs: 1,
    });
    expect(gh.state.repo().checkRuns.size).toBe(1);
    expect(run.id).toBe([...gh.state.repo().checkRuns.keys()][0]);
  });
});
