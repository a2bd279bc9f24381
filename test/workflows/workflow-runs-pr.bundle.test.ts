import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exampleCheckout, notOk } from "./github-runs.js";
import { checkRuns, fake, MODEL, prChain, repo as gh, REPO, sticky, useWeatherRepo } from "./weather-repo.js";

useWeatherRepo();

/*
 * The user's repository (weather-repo.ts) before any model is registered, on a fake GitHub of its
 * own (this file runs beside workflow-runs-github.bundle.test.ts):
 *   1. a pull request: ml-pull-request.yml (read-only: it writes nothing to GitHub) bundles the
 *      report, ml-pr-comment.yml (workflow_run) posts ONE sticky comment and the check run; the
 *      next push (a run-cache hit) updates that comment (same id);
 *   2. ml-monitor.yml's check job: no production profile, so mlops.yml's reference (2012).
 */

describe("a user's repository before any model is registered (one fake GitHub)", () => {
  it("a pull request before anything is registered: one sticky comment and a check run, updated on the next push", async () => {
    const sha1 = "c".repeat(40);
    fake().state.addPullRequest({ number: 7, headSha: sha1 }, REPO);

    // No baseline yet: the model's quality decides nothing here, so a small forest (the example's
    // 40 trees cost a second of CPU to train).
    const commit = { years: ["2012"], params: "seed: 42\nn_estimators: 5\nmax_depth: 6\n" };
    const first = await prChain(7, sha1, commit);
    const { pr, comment } = first;
    expect(notOk(pr), pr.log.join("\n")).toEqual([]);
    // github.com: our actions come through `uses: $/actions/<name>`; nothing of mlops-actions is
    // checked out (the GHES variants, which do, are run in workflow-attacks.bundle.test.ts).
    expect(Object.keys(pr.steps)).not.toContain("mlops");
    expect(pr.steps.validate!.outcome).toBe("success");
    expect(pr.steps.validate!.outputs.passed).toBe("true");
    expect(pr.steps.train!.outputs["model-path"]).toBeTruthy();
    // Nothing registered in the repository's (GitHub) registry yet.
    expect(pr.actions.evaluate!.stdout).toContain("registry: auto → github");
    expect(pr.outputs.verdict).toBe("no-baseline");
    expect(JSON.parse(pr.outputs.metrics!)).toHaveProperty("f1_macro");
    expect(first.report("pr.json")).toEqual({
      kind: "mlops.pr-report",
      version: 1,
      model: MODEL,
      pullRequest: "7",
      headSha: sha1,
    });

    // Exactly one sticky comment, by the bot, with the verdict line and the metrics table.
    const comments = sticky(7);
    expect(
      comments,
      fake()
        .state.comments(7, REPO)
        .map((c) => c.body.slice(0, 80))
        .join("\n"),
    ).toHaveLength(1);
    const [c1] = comments;
    expect(c1!.user.login).toBe("github-actions[bot]");
    expect(c1!.body).toMatch(/^### 🆕 seattle-weather: candidate .+ has no baseline/m);
    expect(c1!.body).toContain(`[\`${first.merge.slice(0, 7)}\`]`);
    expect(c1!.body).toMatch(/^\| metric +\| /m);
    expect(c1!.body).toMatch(/^\| f1\\_macro ↑ +\|/m);
    expect(comment.outputs["comment-url"]).toContain(String(c1!.id));
    // One check run on the tested commit: no baseline is neutral.
    const runs1 = checkRuns(sha1);
    expect(runs1).toHaveLength(1);
    expect(runs1[0]).toMatchObject({ status: "completed", conclusion: "neutral" });
    expect(comment.steps.report!.outputs).toMatchObject({ verdict: "no-baseline", conclusion: "neutral" });

    // A new push to the pull request: the same comment is updated, no second one.
    const sha2 = "b".repeat(40);
    fake().state.repo(REPO).pulls.get(7)!.headSha = sha2;
    const patchesBefore = fake().requestsTo(
      "PATCH",
      "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    ).length;
    // The push changed nothing the model depends on (a README, say): the run cache of the pull
    // request's ref holds this training, so the command does not run again.
    const second = await prChain(7, sha2, commit);
    expect(second.pr.steps.train!.outputs["cache-hit"]).toBe("true");
    expect(second.pr.outputs.verdict).toBe("no-baseline");
    const after = sticky(7);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(c1!.id);
    expect(after[0]!.body).toContain(`[\`${second.merge.slice(0, 7)}\`]`);
    expect(after[0]!.body).not.toContain(first.merge.slice(0, 7));
    expect(
      fake()
        .requestsTo("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}")
        .slice(patchesBefore)
        .map((r) => r.path),
    ).toEqual([`/repos/${REPO}/issues/comments/${c1!.id}`]);
    expect(
      fake()
        .state.comments(7, REPO)
        .filter((c) => c.user.login === "github-actions[bot]"),
    ).toHaveLength(1);
    expect(checkRuns(sha2)).toHaveLength(1);
    expect(checkRuns(sha2)[0]!.conclusion).toBe("neutral");
    expect(checkRuns(sha1)).toHaveLength(1);
  }, 300_000);

  it("the monitor before any model is registered: no production profile, so mlops.yml's reference (2012) is the baseline", async () => {
    const check = await gh().job({
      workflow: "ml-monitor.yml",
      job: "check",
      runId: "7000",
      checkout: exampleCheckout({ years: ["2012", "2013", "2014", "2015"] }),
      inputs: { model: MODEL, data: "data/2015.csv", "ct-workflow": "model-ct.yml" },
      event: { name: "schedule" },
    });
    expect(notOk(check), check.log.join("\n")).toEqual([]);
    expect(check.log.join("\n")).toContain(
      "no profile of the production version of seattle-weather in the registry; using the reference input or validate.reference of mlops.yml",
    );
    expect(check.steps.reference!.outputs.path).toBe("");
    expect(check.outputs["drift-detected"]).toBe("true");
    const report = JSON.parse(
      readFileSync(path.join(gh().artifacts.get(`7000/mlops-drift-${MODEL}`)!, "validation.json"), "utf8"),
    ) as { drift: { reference: { source: string; rows: number } } };
    // 2012 was a leap year.
    expect(report.drift.reference).toMatchObject({ source: "data/2012.csv", rows: 366 });
  }, 300_000);

  // --- 2. continuous training -----------------------------------------------------------------
});
