import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Octokit } from "@octokit/core";
import { silentLogger } from "@mlops/core";
import { validateData } from "@mlops/data";
import { GitHubRegistry, type GitHubRegistryOptions } from "@mlops/registry/github";
import { DEFAULT_FACTS, eventPayload, startFakeGitHub, type FakeGitHub, type RunFacts } from "@mlops/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { declaredPermissions } from "./github-runs.js";
import { installGh, type GhRelay } from "./gh-relay.js";
import { runJob, type JobResult, type StepState } from "./workflow-runner.js";

/*
 * ml-monitor.yml's performance chain (issue 20), run as written (workflow-runner.ts) against the
 * fake GitHub, with the bundled monitor-model (actions/monitor-model/dist: `npm run build` first):
 * v1 of seattle-weather is registered in the repository's GitHub registry (orphan branch +
 * release) with accuracy 0.8 and serves production; each run's `performance` job monitors the
 * prediction logs of the checkout (one window a week), its `alert` job opens or updates the
 * issue and dispatches the CT workflow. Every job gets a token of exactly its declared
 * permissions, `gh` is answered by fake-gh.mjs from the same fake, artifacts pass between the
 * jobs of a run through a stand-in of upload/download-artifact.
 *   1. healthy weeks (accuracy 0.8 = registered): degraded false, the alert job does not start;
 *      nothing is written to GitHub;
 *   2. a week at accuracy 0.5: one labelled issue by the bot (an issue someone else wrote with
 *      the marker is left alone) with the windows table and the Mermaid chart, one dispatch of
 *      model-ct.yml carrying the reason;
 *   3. the next week as bad: the same issue is updated (one comment), a second dispatch; the CT
 *      workflow now declares no `reason` input (GitHub answers 422): dispatched without it.
 * The runs share one fake and one registry; each builds on the one before.
 */

const root = path.resolve(import.meta.dirname, "../..");
const WORKFLOW = path.join(root, ".github/workflows/ml-monitor.yml");
const REPO = "octo/weather";
const MODEL = "seattle-weather";
const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-monitor-workflow-"));
const bin = path.join(tmp, "bin");
const WORKSPACE = path.join(tmp, "runner/work/weather/weather");
const RUNNER_TEMP = path.join(tmp, "runner/_temp");
let fake: FakeGitHub;
let gh: GhRelay | undefined;

const MLOPS_YML = `version: 1
model: ${MODEL}
monitor:
  id-column: id
  timestamp-column: timestamp
  version-column: model_version
  prediction-column: prediction
  label-column: label
  window: week
  rules:
    accuracy: { min_absolute_change: -0.1 }
  min_labelled_rows: 20
  consecutive_windows: 1
  bootstrap-resamples: 200
  seed: 1
`;

beforeAll(async () => {
  // A bundle test fails without its bundle rather than skip (the bundled run checks dist).
  if (!existsSync(path.join(root, "actions/monitor-model/dist/index.js")))
    throw new Error("actions/monitor-model/dist/index.js is missing: run `npm run build` first");
  fake = await startFakeGitHub({ repository: REPO });
  mkdirSync(bin);
  gh = await installGh(bin);
  // v1 in the GitHub registry, production, registered with accuracy 0.8.
  const octokit = new Octokit({ auth: "ghs_register", baseUrl: fake.url });
  const registry = new GitHubRegistry({
    request: (route, params) =>
      octokit.request(route, params) as ReturnType<GitHubRegistryOptions["request"]>,
    repository: REPO,
    logger: silentLogger,
    retry: { baseDelayMs: 5 },
  });
  const model = path.join(tmp, "model");
  mkdirSync(model);
  writeFileSync(path.join(model, "model.json"), '{"weights":[1,2,3]}\n');
  await registry.register({ model: MODEL, path: model, metrics: { accuracy: 0.8 }, aliases: ["production"] });
  // The profile of v1's training data, attached to its release as CT does (mlops-reference.json):
  // the performance job fetches it for feature drift. The logs' `temp` has the same distribution.
  const training = path.join(tmp, "training.csv");
  writeFileSync(
    training,
    ["temp", ...Array.from({ length: 400 }, (_, i) => String(TEMP_OF(i)))].join("\n") + "\n",
  );
  const profile = path.join(tmp, "profile/mlops-reference.json");
  mkdirSync(path.dirname(profile));
  await validateData(
    { data: [training], report: profile, cwd: tmp, failOn: "never" },
    { logger: silentLogger },
  );
  // Asynchronously: the fake GitHub answers from this process.
  await promisify(execFile)(path.join(bin, "gh"), ["release", "upload", `${MODEL}-v1`, profile, "-R", REPO], {
    env: { ...process.env, MLOPS_TEST_GH_API: fake.url, GH_TOKEN: "ghs_register" },
  });
});
afterAll(async () => {
  await gh?.close();
  await fake?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const CLASSES = ["rain", "sun", "fog"];
/** A feature, logged with each prediction: the same 40 values every week, as in v1's training data. */
const TEMP_OF = (i: number) => 5 + (i % 40) * 0.5;
/**
 * The serving side's log of `weeks` (Mondays from 2015-03-02), 40 predictions a week by v1, and
 * the labels, which agree with the prediction on `correct[w]` of week w's 40 rows.
 */
function logs(correct: number[]): { predictions: string; labels: string } {
  const predictions = ["id,timestamp,model_version,prediction,temp"];
  const labels = ["id,label"];
  correct.forEach((right, week) => {
    for (let i = 0; i < 40; i++) {
      const at = new Date(Date.UTC(2015, 2, 2 + week * 7, 0, 0, 0) + i * 4 * 3600_000);
      const id = `w${week}-${i}`;
      const predicted = CLASSES[i % 3]!;
      predictions.push(`${id},${at.toISOString()},1,${predicted},${TEMP_OF(i)}`);
      labels.push(`${id},${i < right ? predicted : CLASSES[(i + 1) % 3]}`);
    }
  });
  return { predictions: predictions.join("\n") + "\n", labels: labels.join("\n") + "\n" };
}

/** A fresh checkout of the user's repository with these logs, as actions/checkout gives every job. */
function checkout(correct: number[]) {
  rmSync(WORKSPACE, { recursive: true, force: true });
  mkdirSync(path.join(WORKSPACE, "logs"), { recursive: true });
  writeFileSync(path.join(WORKSPACE, "mlops.yml"), MLOPS_YML);
  const { predictions, labels } = logs(correct);
  writeFileSync(path.join(WORKSPACE, "logs/predictions.csv"), predictions);
  writeFileSync(path.join(WORKSPACE, "logs/labels.csv"), labels);
}

/** GITHUB_TOKEN of one job: exactly the permissions its `permissions:` block declares. */
function jobToken(job: string, runId: string): string {
  const token = `ghs_${job}_${runId}`;
  fake.state.setToken(token, { permissions: declaredPermissions(WORKFLOW, job) });
  return token;
}

const artifacts = new Map<string, string>();
const INPUTS = {
  model: MODEL,
  "check-drift": false,
  predictions: "logs/predictions.csv",
  labels: "logs/labels.csv",
  "ct-workflow": "model-ct.yml",
};

async function job(
  name: string,
  runId: string,
  needs: Record<string, JobResult> = {},
  inputs: Record<string, unknown> = INPUTS,
): Promise<JobResult> {
  rmSync(RUNNER_TEMP, { recursive: true, force: true });
  const facts: RunFacts = { ...DEFAULT_FACTS, repository: REPO, runId, apiUrl: fake.url };
  const event = { name: "schedule" } as const;
  const token = jobToken(name, runId);
  return await runJob({
    workflow: WORKFLOW,
    job: name,
    workspace: WORKSPACE,
    runnerTemp: RUNNER_TEMP,
    token,
    apiUrl: fake.url,
    path: `${bin}:${process.env.PATH ?? ""}`,
    env: { MLOPS_TEST_GH_API: fake.url, MLOPS_GITHUB_WRITE_SPACING_MS: "0", MLOPS_GITHUB_RETRY_BASE_MS: "1" },
    event,
    facts,
    thirdParty: (uses, given): Record<string, string> | null => {
      if (uses.startsWith("actions/upload-artifact@")) {
        const stored = path.join(tmp, "artifacts", runId, given.name!);
        cpSync(given.path!, stored, { recursive: true });
        artifacts.set(`${runId}/${given.name}`, stored);
        return { "artifact-id": runId };
      }
      if (uses.startsWith("actions/download-artifact@")) {
        const stored = artifacts.get(`${runId}/${given.name}`);
        if (!stored) throw new Error(`download-artifact: no artifact ${given.name} in run ${runId}`);
        cpSync(stored, given.path!, { recursive: true });
        return { "download-path": given.path! };
      }
      return null;
    },
    contexts: {
      inputs,
      needs: Object.fromEntries(
        Object.entries(needs).map(([k, r]) => [k, { outputs: r.outputs, result: r.result }]),
      ),
      github: {
        event_name: event.name,
        repository: REPO,
        ref_name: "main",
        server_url: "https://github.com",
        run_id: runId,
        token,
        event: eventPayload(event, facts),
      },
      job: { workflow_repository: "octo/mlops-actions", workflow_sha: "d".repeat(40) },
    },
  });
}

function notOk(result: JobResult) {
  return Object.entries(result.steps)
    .filter(([, s]: [string, StepState]) => s.outcome === "failure" || s.outcome === "pending")
    .map(([k]) => k);
}

/** One scheduled run of ml-monitor.yml on a checkout with these weeks: check, performance, alert. */
async function monitorRun(runId: string, correct: number[], inputs: Record<string, unknown> = INPUTS) {
  checkout(correct);
  const check = await job("check", runId, {}, inputs);
  const performance = await job("performance", runId, {}, inputs);
  expect(notOk(performance), performance.log.join("\n")).toEqual([]);
  const alert = await job("alert", runId, { check, performance }, inputs);
  expect(notOk(alert), alert.log.join("\n")).toEqual([]);
  return { check, performance, alert };
}

const MARKER = `<!-- mlops-performance:${MODEL} -->`;
const TITLE = `Model performance degraded: ${MODEL}`;
const issues = () =>
  [...fake.state.repo(REPO).issues.values()].filter(
    (i) => i.title === TITLE && i.user.login === "github-actions[bot]",
  );
const dispatches = () => fake.state.repo(REPO).dispatches.filter((d) => d.kind === "workflow_dispatch");
const writes = () => fake.requests.filter((r) => r.method !== "GET");

describe("ml-monitor.yml: live performance → one issue and a dispatch of the CT workflow", () => {
  it("healthy weeks: degraded false, the alert job does not start, nothing is written to GitHub", async () => {
    const before = writes().length;
    const run = await monitorRun("8001", [32, 32]);
    expect(run.check.result).toBe("skipped");
    expect(run.performance.outputs).toMatchObject({ degraded: "false", reason: "", windows: "2" });
    expect(run.alert.result).toBe("skipped");
    expect(issues()).toEqual([]);
    expect(dispatches()).toEqual([]);
    expect(writes().slice(before)).toEqual([]);
    expect(artifacts.has(`8001/mlops-performance-${MODEL}`)).toBe(false);
    // v1's profile came from its release: feature drift measured on `temp`, none found.
    expect(run.performance.log.join("\n")).toContain(`reference profile of ${MODEL} v1: release ${MODEL}-v1`);
  }, 180_000);

  let first: Awaited<ReturnType<typeof monitorRun>>;
  it("a week at accuracy 0.5 against v1's 0.8: one labelled issue by the bot with the table and the chart, one dispatch with the reason", async () => {
    // Someone else's issue carrying the marker: never edited, the bot opens its own.
    const planted = fake.state.addIssue(
      { title: TITLE, body: `${MARKER}\nSee [the fix](https://evil.example)`, user: "mallory" },
      REPO,
    );
    // model-ct.yml declares the reason input (examples/seattle-weather/.github/workflows).
    fake.state.setWorkflowInputs("model-ct.yml", ["reason"], REPO);
    first = await monitorRun("8002", [32, 32, 20]);
    const { performance, alert } = first;
    expect(performance.outputs.degraded).toBe("true");
    const reason = performance.outputs.reason!;
    expect(reason).toMatch(/accuracy/);
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    expect(issue!.number).not.toBe(planted.number);
    expect(fake.state.repo(REPO).issues.get(planted.number)!.body).toBe(
      `${MARKER}\nSee [the fix](https://evil.example)`,
    );
    expect(fake.state.comments(planted.number, REPO)).toEqual([]);
    expect(issue!.labels).toEqual(["mlops-performance"]);
    expect(alert.outputs["performance-issue-url"]).toBe(`https://github.com/${REPO}/issues/${issue!.number}`);
    expect(alert.outputs["issue-url"]).toBe("");
    const body = issue!.body!;
    expect(body.split("\n")[0]).toBe(MARKER);
    // monitor-model's summary as written: the windows table and the chart.
    const summary = readFileSync(
      path.join(artifacts.get(`8002/mlops-performance-${MODEL}`)!, "monitoring.md"),
      "utf8",
    );
    expect(body).toContain(summary.trim());
    const report = JSON.parse(
      readFileSync(path.join(artifacts.get(`8002/mlops-performance-${MODEL}`)!, "monitoring.json"), "utf8"),
    ) as {
      versions: { version: number; reference: { rows: number } | null }[];
      windows: { featureDrift: { column: string; drifted: boolean }[] | null }[];
    };
    expect(report.versions.find((v) => v.version === 1)?.reference).toMatchObject({ rows: 400 });
    const drift = report.windows.flatMap((w) => w.featureDrift ?? []);
    expect(drift.map((d) => d.column)).toContain("temp");
    expect(drift.every((d) => !d.drifted)).toBe(true);
    expect(body).toContain("```mermaid");
    expect(body).toMatch(/^\|.*accuracy/m);
    expect(body).toContain(`https://github.com/${REPO}/actions/runs/8002`);
    expect(dispatches()).toEqual([
      expect.objectContaining({ workflowId: "model-ct.yml", ref: "main", inputs: { reason } }),
    ]);
    expect(alert.log.join("\n")).toContain(`dispatched model-ct.yml on main: ${reason}`);
  }, 180_000);

  it("the next bad week updates the same issue (one comment) and dispatches again; a CT workflow without the reason input (GitHub answers 422) is dispatched without it, with a warning", async () => {
    // The user's model-ct.yml now declares no workflow_dispatch inputs.
    fake.state.setWorkflowInputs("model-ct.yml", [], REPO);
    const second = await monitorRun("8003", [32, 32, 20, 20]);
    expect(second.performance.outputs.degraded).toBe("true");
    expect(second.alert.outputs["performance-issue-url"]).toBe(first.alert.outputs["performance-issue-url"]);
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    expect(issue!.body).toContain(`https://github.com/${REPO}/actions/runs/8003`);
    expect(issue!.body).not.toContain("/actions/runs/8002");
    expect(fake.state.comments(issue!.number, REPO).map((c) => c.body)).toEqual([
      `Degraded again by https://github.com/${REPO}/actions/runs/8003; the table above is updated.`,
    ]);
    expect(second.alert.log.join("\n")).toContain(
      "::warning::model-ct.yml declares no workflow_dispatch input 'reason': dispatched without the reason",
    );
    expect(dispatches()).toHaveLength(2);
    expect(dispatches()[1]).toMatchObject({ workflowId: "model-ct.yml", ref: "main", inputs: {} });
  }, 180_000);
});
