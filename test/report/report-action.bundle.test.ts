import { describe, expect, it } from "vitest";
import { unzip } from "@mlops/testkit";
import * as f from "../../packages/report/test-support/fixtures.js";
import {
  FORK_EVENT,
  HEAD_SHA,
  PR,
  botComments,
  expectOk,
  fake,
  report,
  services,
  useReportAction,
  writeDocs,
} from "./report-action-fixtures.js";

/*
 * report-metrics' committed bundle (actions/report-metrics/dist/index.js) run as the runner runs
 * it, against the fake GitHub: the sticky comment and the check run on the head commit, a second
 * run updating the same comment; a fork's read-only token (the report in an artifact, no write
 * call). In the bundled run (`npm run test:bundled`) only, as every test that executes a bundle
 * (a bundled run costs a Node process of ~0.7 s CPU); report-action.test.ts runs the step's main
 * in-process.
 */

const MARKER_LINE = "<!-- mlops-report:weather-classifier -->";

useReportAction();

const writes = () => fake.requests.filter((r) => r.method !== "GET" && r.method !== "HEAD");

describe("report-metrics on a pull request (bundled)", () => {
  it("posts one sticky comment, a check run on the head commit and the job summary; a second run updates the same comment", async () => {
    const first = await report({}, { mode: "bundle" });
    expectOk(first);
    expect(botComments()).toHaveLength(1);
    const comment = botComments()[0]!;
    expect(comment.body.split("\n")[0]).toBe(MARKER_LINE);
    expect(comment.body).toContain("### ✅ weather-classifier: candidate");
    expect(first.outputs["comment-id"]).toBe(String(comment.id));
    expect(first.outputs.verdict).toBe("pass");
    expect(first.summary).toContain("| accuracy ↑ | 0.8412 | 0.8573 |");
    expect(first.summary).not.toContain("mlops-report:");

    const runs = [...fake.state.repo().checkRuns.values()];
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      name: "mlops / weather-classifier",
      headSha: HEAD_SHA,
      status: "completed",
      conclusion: "success",
    });
    expect(runs[0]!.output.summary).toContain("| accuracy ↑ |");
    expect(first.outputs["check-run-id"]).toBe(String(runs[0]!.id));

    await writeDocs(f.failingComparison());
    const second = await report({}, { mode: "bundle" });
    expectOk(second);
    expect(botComments()).toHaveLength(1);
    expect(botComments()[0]!.id).toBe(comment.id);
    expect(botComments()[0]!.body).toContain("### ❌ weather-classifier: candidate");
    expect(second.outputs["comment-id"]).toBe(String(comment.id));
    expect(second.outputs.verdict).toBe("fail");
    expect(fake.requestsTo("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments")).toHaveLength(1);
    expect(fake.requestsTo("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}")).toHaveLength(1);
    const latest = [...fake.state.repo().checkRuns.values()].at(-1)!;
    expect(latest.conclusion).toBe("failure");
  });
});

describe("report-metrics on a fork's pull request (bundled)", () => {
  it("writes the report and the PR's identity to an artifact and makes no write call", async () => {
    fake.state.readOnlyToken("ghs_fork_token");
    const r = await report(
      {},
      {
        mode: "bundle",
        token: "ghs_fork_token",
        event: FORK_EVENT,
        env: services.env,
      },
    );
    expectOk(r);
    expect(writes()).toEqual([]);
    expect(r.outputs.artifact).toBe("mlops-pr-report-weather-classifier");
    expect(r.stdout).toMatch(/::notice::pull request #7 comes from the fork contributor\/ml-repo/);
    const files = unzip(services.artifactContent("mlops-pr-report-weather-classifier")!);
    expect(Object.keys(files).sort()).toEqual([
      "comment.md",
      "comparison.json",
      "pr.json",
      "run-record.json",
      "validation.json",
    ]);
    expect(JSON.parse(files["pr.json"]!)).toMatchObject({
      kind: "mlops.pr-report",
      version: 1,
      model: "weather-classifier",
      pullRequest: PR,
      headSha: HEAD_SHA,
      headRepository: "contributor/ml-repo",
      marker: "mlops-report:weather-classifier",
      conclusion: "success",
    });
    expect(files["comment.md"]!.split("\n")[0]).toBe(MARKER_LINE);
    expect(r.summary).toContain("### ✅ weather-classifier");
  });
});
