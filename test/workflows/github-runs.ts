import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  DEFAULT_FACTS,
  eventPayload,
  startActionsServices,
  startFakeGitHub,
  type ActionsServices,
  type EventSpec,
  type FakeGitHub,
  type Permission,
  type PermissionName,
  type RunFacts,
} from "@mlops/testkit";
import { installGh } from "./gh-relay.js";
import {
  ancestorsOf,
  loadWorkflow,
  runMatrixJob,
  type JobOutcome,
  type JobResult,
  type MatrixResult,
  type StepState,
} from "./workflow-runner.js";

/*
 * A user's repository on ONE fake GitHub, for the workflow-runs*.test.ts files: every job of a
 * reusable workflow (every leg of a matrix job) on a fresh checkout and RUNNER_TEMP at the fixed
 * paths of a hosted runner, with a token of exactly the job's declared `permissions:`, `gh`
 * answered from the fake (fake-gh.mjs), upload/download-artifact done by stand-ins (per run,
 * `pattern` and `merge-multiple` included), and the testkit's Actions results service for the
 * train action (artifacts per run, the cache shared and scoped by ref, as GitHub does).
 */

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const WORKFLOWS = path.join(ROOT, ".github/workflows");
/** Machine set-up steps (npm ci, apt-get) are left out: the test machine has done them. */
export const SETUP = /^(npm ci|sudo apt-get)/;

/** The example without what a run leaves behind. */
export function copyExample(to: string) {
  cpSync(path.join(ROOT, "examples/seattle-weather"), to, {
    recursive: true,
    filter: (src) => !/[\\/](out|\.serving|\.mlops|__pycache__)$/.test(src),
  });
}

/** Failed steps; every action is implemented, so a "not implemented yet" (pending) one fails too. */
export function notOk(result: JobResult): string[] {
  return Object.entries(result.steps)
    .filter(([, s]: [string, StepState]) => s.outcome === "failure" || s.outcome === "pending")
    .map(([k]) => k);
}

export interface RunSpec {
  /** File name under .github/workflows. */
  workflow: string;
  runId: string;
  inputs: Record<string, unknown>;
  /** Lays out the caller's checkout in `dir` (jobs with an actions/checkout step). */
  checkout?: (dir: string) => void;
  event?: EventSpec;
  /** GITHUB_SHA of the run. */
  sha?: string;
  /** GITHUB_REF of the run (what the Actions cache scopes by); default the default branch. */
  ref?: string;
}

export interface GitHubRepo {
  fake: FakeGitHub;
  services: ActionsServices;
  repo: string;
  tmp: string;
  /** Artifacts by `${runId}/${name}`: what the upload-artifact stand-in kept. */
  artifacts: Map<string, string>;
  /** One job (all its legs) of a run; `needs` are the results of the jobs it needs. */
  job(
    spec: RunSpec & {
      job: string;
      needs?: Record<string, JobResult>;
      ancestors?: Record<string, JobOutcome>;
    },
  ): Promise<MatrixResult>;
  /** Every job of the workflow, in the order of the file (GitHub's order by `needs:`). */
  run(spec: RunSpec): Promise<Record<string, MatrixResult>>;
  close(): Promise<void>;
}

const PERMISSIONS: PermissionName[] = [
  "contents",
  "pull-requests",
  "issues",
  "checks",
  "deployments",
  "actions",
  "statuses",
];

/**
 * The permissions of a job's GITHUB_TOKEN: exactly those its `permissions:` block in workflow
 * `file` declares, every other one none, metadata read always.
 */
export function declaredPermissions(file: string, job: string): Partial<Record<PermissionName, Permission>> {
  const declared = (loadWorkflow(file).jobs[job]?.permissions ?? {}) as Record<string, string>;
  const permissions: Partial<Record<PermissionName, Permission>> = { metadata: "read" };
  for (const p of PERMISSIONS) permissions[p] = "none";
  for (const [p, level] of Object.entries(declared)) {
    if (!PERMISSIONS.includes(p as PermissionName))
      throw new Error(`${job}: permission ${p} not modelled by the fake`);
    permissions[p as PermissionName] = level as Permission;
  }
  return permissions;
}

export async function startGitHubRepo(repo: string, prefix: string): Promise<GitHubRepo> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), prefix));
  const fake = await startFakeGitHub({ repository: repo });
  const services = await startActionsServices();
  const bin = path.join(tmp, "bin");
  mkdirSync(bin);
  // `gh` in run steps: fake-gh.mjs in this process, against the fake (gh-relay.ts).
  const gh = await installGh(bin);
  // Every job runs where a GitHub-hosted runner runs it: the same paths, emptied first (jobs run
  // one at a time). The Actions cache keys on absolute paths, so this matters.
  const name = repo.split("/")[1]!;
  const workspace = path.join(tmp, `runner/work/${name}/${name}`);
  const runnerTemp = path.join(tmp, "runner/_temp");
  const artifacts = new Map<string, string>();
  let tokens = 0;

  /** GITHUB_TOKEN of one job: exactly its declared permissions (metadata read always). */
  const jobToken = (file: string, job: string): string => {
    const token = `ghs_${job}_${++tokens}`;
    fake.state.setToken(token, { permissions: declaredPermissions(file, job) });
    return token;
  };

  const standIn =
    (runId: string) =>
    (uses: string, inputs: Record<string, string>): Record<string, string> | null => {
      if (uses.startsWith("actions/upload-artifact@")) {
        if (!existsSync(inputs.path!)) throw new Error(`upload-artifact: no files at ${inputs.path}`);
        const key = `${runId}/${inputs.name}`;
        if (artifacts.has(key))
          throw new Error(`upload-artifact: ${inputs.name} already exists in run ${runId}`);
        const stored = path.join(tmp, "artifacts", runId, inputs.name!);
        cpSync(inputs.path!, stored, { recursive: true });
        artifacts.set(key, stored);
        return { "artifact-id": String(artifacts.size) };
      }
      if (uses.startsWith("actions/download-artifact@")) {
        const from = inputs["run-id"] || runId;
        if (inputs.pattern) {
          const re = new RegExp(
            `^${inputs.pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`,
          );
          for (const [key, stored] of artifacts) {
            const [run, name] = [key.slice(0, key.indexOf("/")), key.slice(key.indexOf("/") + 1)];
            if (run !== from || !re.test(name)) continue;
            const to = inputs["merge-multiple"] === "true" ? inputs.path! : path.join(inputs.path!, name);
            cpSync(stored, to, { recursive: true });
          }
          return { "download-path": inputs.path! };
        }
        const stored = artifacts.get(`${from}/${inputs.name}`);
        if (!stored) throw new Error(`download-artifact: no artifact ${inputs.name} in run ${from}`);
        cpSync(stored, inputs.path!, { recursive: true });
        return { "download-path": inputs.path! };
      }
      return null;
    };

  const job: GitHubRepo["job"] = async (spec) => {
    const file = path.join(WORKFLOWS, spec.workflow);
    const workflow = loadWorkflow(file);
    const needs = Object.fromEntries(
      Object.entries(spec.needs ?? {}).map(([k, r]) => [k, { outputs: r.outputs, result: r.result }]),
    );
    const facts: RunFacts = {
      ...DEFAULT_FACTS,
      repository: repo,
      runId: spec.runId,
      apiUrl: fake.url,
      ...(spec.sha ? { sha: spec.sha } : {}),
    };
    const event = spec.event ?? { name: "workflow_dispatch" };
    const checksOut = (workflow.jobs[spec.job]?.steps ?? []).some(
      (s) => s.uses?.startsWith("actions/checkout@") && !s.with?.repository,
    );
    const github = {
      event_name: event.name,
      repository: repo,
      ref_name: "main",
      ref: spec.ref ?? "refs/heads/main",
      server_url: "https://github.com",
      run_id: spec.runId,
      event: eventPayload(event, facts),
    };
    return await runMatrixJob(
      {
        workflow: file,
        job: spec.job,
        workspace,
        runnerTemp,
        apiUrl: fake.url,
        path: `${bin}:${process.env.PATH ?? ""}`,
        env: {
          ...services.envFor(spec.runId, spec.job, spec.ref ?? "refs/heads/main"),
          MLOPS_TEST_GH_API: fake.url,
          MLOPS_GITHUB_WRITE_SPACING_MS: "0",
          MLOPS_GITHUB_RETRY_BASE_MS: "1",
        },
        event,
        facts,
        thirdParty: standIn(spec.runId),
        skipStep: (step) => SETUP.test(step.run ?? ""),
        ...(spec.ancestors ? { ancestors: spec.ancestors } : {}),
        contexts: {
          inputs: spec.inputs,
          needs,
          github,
          job: { workflow_repository: "octo/mlops-actions", workflow_sha: "d".repeat(40) },
        },
      },
      () => {
        // Each leg: a fresh checkout (or an empty workspace), a fresh RUNNER_TEMP, its own token.
        rmSync(workspace, { recursive: true, force: true });
        mkdirSync(workspace, { recursive: true });
        if (checksOut && spec.checkout) spec.checkout(workspace);
        rmSync(runnerTemp, { recursive: true, force: true });
        const token = jobToken(file, spec.job);
        return { token, contexts: { github: { ...github, token } } };
      },
    );
  };

  const run: GitHubRepo["run"] = async (spec) => {
    const file = path.join(WORKFLOWS, spec.workflow);
    const workflow = loadWorkflow(file);
    const results: Record<string, MatrixResult> = {};
    for (const [name, j] of Object.entries(workflow.jobs)) {
      const direct = [j.needs ?? []].flat();
      const needs = Object.fromEntries(direct.map((n) => [n, results[n]!]));
      const ancestors = Object.fromEntries(
        [...ancestorsOf(workflow, name)]
          .filter((n) => !direct.includes(n))
          .map((n) => [n, results[n]!.result]),
      );
      results[name] = await job({ ...spec, job: name, needs, ancestors });
    }
    return results;
  };

  return {
    fake,
    services,
    repo,
    tmp,
    artifacts,
    job,
    run,
    close: async () => {
      await gh.close();
      await fake.close();
      await services.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Lays out `dir` as a checkout of the example with only these years' data (and these params). */
export function exampleCheckout(commit: { years: string[]; params?: string }) {
  return (dir: string) => {
    copyExample(dir);
    for (const file of readdirSync(path.join(dir, "data"))) {
      const year = /^(\d{4})\.csv$/.exec(file)?.[1];
      if (year && !commit.years.includes(year)) rmSync(path.join(dir, "data", file));
    }
    if (commit.params !== undefined) writeFileSync(path.join(dir, "params.yml"), commit.params);
    // The example's `npm install` (setup-command), done once for all checkouts.
    symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  };
}
