import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/*
 * Webhook payloads as the runner writes them to GITHUB_EVENT_PATH. The shapes follow GitHub's
 * webhook documentation for each event (only the fields a job can rely on, with real types:
 * numbers are numbers, shas are 40 hex characters, repositories carry owner/full_name/fork).
 */

export type EventName =
  "pull_request" | "schedule" | "workflow_dispatch" | "workflow_run" | "push" | "repository_dispatch";

export interface EventSpec {
  name: EventName;
  /** Deep-merged over the realistic default payload (arrays replace, objects merge). */
  payload?: object;
}

/** Facts about the simulated run that payloads and the GITHUB_* variables share. */
export interface RunFacts {
  repository: string;
  defaultBranch: string;
  /** The sha a push / schedule / dispatch run checks out (the tip of the default branch). */
  sha: string;
  actor: string;
  serverUrl: string;
  apiUrl: string;
  runId: string;
}

export const DEFAULT_FACTS: RunFacts = {
  repository: "octo-org/ml-repo",
  defaultBranch: "main",
  sha: "0123456789abcdef0123456789abcdef01234567",
  actor: "octocat",
  serverUrl: "https://github.com",
  apiUrl: "https://api.github.com",
  runId: "4242",
};

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep merge: objects merge key by key, anything else (arrays included) replaces. */
export function deepMerge<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override))
    return (override === undefined ? base : override) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    out[key] = key in out ? deepMerge(out[key], value) : value;
  }
  return out as T;
}

export function userPayload(login: string, id = 1, type: "User" | "Bot" = "User") {
  return {
    login,
    id,
    node_id: `U_${id}`,
    type,
    site_admin: false,
    html_url: `https://github.com/${login}`,
    url: `https://api.github.com/users/${login}`,
  };
}

export function repositoryPayload(
  fullName: string,
  facts: Pick<RunFacts, "serverUrl" | "apiUrl" | "defaultBranch">,
  options: { fork?: boolean; id?: number } = {},
) {
  const [owner = "octo-org", name = "repo"] = fullName.split("/");
  const id = options.id ?? 1296269;
  return {
    id,
    node_id: `R_${id}`,
    name,
    full_name: `${owner}/${name}`,
    private: false,
    fork: options.fork ?? false,
    owner: userPayload(owner, id + 1, "User"),
    html_url: `${facts.serverUrl}/${owner}/${name}`,
    url: `${facts.apiUrl}/repos/${owner}/${name}`,
    clone_url: `${facts.serverUrl}/${owner}/${name}.git`,
    default_branch: facts.defaultBranch,
    visibility: "public",
  };
}

export interface PullRequestEventOptions {
  number?: number;
  action?: "opened" | "synchronize" | "reopened" | "closed" | "labeled";
  headSha?: string;
  headRef?: string;
  baseSha?: string;
  baseRef?: string;
  /** A pull request from a fork: head.repo is another repository and the token is read-only. */
  fork?: boolean;
  forkRepository?: string;
  title?: string;
  author?: string;
  merged?: boolean;
  draft?: boolean;
}

export const DEFAULT_PR = {
  number: 7,
  headSha: "feedfacefeedfacefeedfacefeedfacefeedface",
  headRef: "feature/better-model",
  baseSha: "0123456789abcdef0123456789abcdef01234567",
  baseRef: "main",
};

/** The `pull_request` object as webhooks (and GET /pulls/{n}) carry it. */
export function pullRequestObject(facts: RunFacts, o: PullRequestEventOptions = {}) {
  const number = o.number ?? DEFAULT_PR.number;
  const base = repositoryPayload(facts.repository, facts);
  const forkName = o.forkRepository ?? `contributor/${base.name}`;
  const head = o.fork ? repositoryPayload(forkName, facts, { fork: true, id: base.id + 100 }) : base;
  const author = o.author ?? (o.fork ? forkName.split("/")[0]! : facts.actor);
  return {
    url: `${facts.apiUrl}/repos/${facts.repository}/pulls/${number}`,
    id: 100000 + number,
    node_id: `PR_${number}`,
    html_url: `${facts.serverUrl}/${facts.repository}/pull/${number}`,
    number,
    state: o.action === "closed" ? "closed" : "open",
    locked: false,
    title: o.title ?? "Improve the model",
    user: userPayload(author, 5000 + number),
    body: null,
    draft: o.draft ?? false,
    merged: o.merged ?? false,
    head: {
      label: `${head.owner.login}:${o.headRef ?? DEFAULT_PR.headRef}`,
      ref: o.headRef ?? DEFAULT_PR.headRef,
      sha: o.headSha ?? DEFAULT_PR.headSha,
      user: head.owner,
      repo: head,
    },
    base: {
      label: `${base.owner.login}:${o.baseRef ?? DEFAULT_PR.baseRef}`,
      ref: o.baseRef ?? DEFAULT_PR.baseRef,
      sha: o.baseSha ?? DEFAULT_PR.baseSha,
      user: base.owner,
      repo: base,
    },
    author_association: o.fork ? "CONTRIBUTOR" : "MEMBER",
  };
}

export interface WorkflowRunEventOptions extends PullRequestEventOptions {
  /** The triggering workflow's event; "pull_request" by default. */
  triggeringEvent?: string;
  conclusion?: "success" | "failure" | "cancelled" | "skipped";
  workflowName?: string;
  /** The triggering run's id (whose artifacts a follow-up workflow downloads). */
  triggeringRunId?: number;
}

function basePayload(facts: RunFacts) {
  return {
    repository: repositoryPayload(facts.repository, facts),
    sender: userPayload(facts.actor, 583231),
  };
}

/**
 * A realistic payload for the event. For `workflow_run` triggered by a fork's pull request,
 * `pull_requests` is empty — exactly as GitHub sends it — so consumers must look the PR up
 * by head sha.
 */
export function buildEventPayload(
  name: EventName,
  facts: RunFacts = DEFAULT_FACTS,
  options: WorkflowRunEventOptions = {},
): Record<string, unknown> {
  const common = basePayload(facts);
  switch (name) {
    case "pull_request": {
      const pr = pullRequestObject(facts, options);
      return { action: options.action ?? "opened", number: pr.number, pull_request: pr, ...common };
    }
    case "push":
      return {
        ref: `refs/heads/${facts.defaultBranch}`,
        before: "1111111111111111111111111111111111111111",
        after: facts.sha,
        created: false,
        deleted: false,
        forced: false,
        compare: `${facts.serverUrl}/${facts.repository}/compare/111111111111...${facts.sha.slice(0, 12)}`,
        commits: [],
        head_commit: {
          id: facts.sha,
          tree_id: "2222222222222222222222222222222222222222",
          message: "Update training data",
          timestamp: "2026-01-01T00:00:00Z",
          author: { name: "Octo Cat", email: "octocat@github.com", username: facts.actor },
          committer: { name: "GitHub", email: "noreply@github.com", username: "web-flow" },
        },
        pusher: { name: facts.actor, email: "octocat@github.com" },
        ...common,
      };
    case "schedule":
      return { schedule: "0 6 * * 1" };
    case "workflow_dispatch":
      return {
        inputs: {},
        ref: `refs/heads/${facts.defaultBranch}`,
        workflow: ".github/workflows/ml.yml",
        ...common,
      };
    case "repository_dispatch":
      return {
        action: "retrain",
        branch: facts.defaultBranch,
        client_payload: {},
        ...common,
        installation: { id: 1, node_id: "I_1" },
      };
    case "workflow_run": {
      const pr = pullRequestObject(facts, options);
      const runId = options.triggeringRunId ?? 30433642;
      const minimalPr = {
        url: pr.url,
        id: pr.id,
        number: pr.number,
        head: {
          ref: pr.head.ref,
          sha: pr.head.sha,
          repo: { id: pr.head.repo.id, url: pr.head.repo.url, name: pr.head.repo.name },
        },
        base: {
          ref: pr.base.ref,
          sha: pr.base.sha,
          repo: { id: pr.base.repo.id, url: pr.base.repo.url, name: pr.base.repo.name },
        },
      };
      return {
        action: "completed",
        workflow_run: {
          id: runId,
          name: options.workflowName ?? "ML pull request",
          node_id: `WFR_${runId}`,
          head_branch: pr.head.ref,
          head_sha: pr.head.sha,
          path: ".github/workflows/ml-pull-request.yml",
          run_number: 12,
          run_attempt: 1,
          event: options.triggeringEvent ?? "pull_request",
          status: "completed",
          conclusion: options.conclusion ?? "success",
          workflow_id: 159038,
          url: `${facts.apiUrl}/repos/${facts.repository}/actions/runs/${runId}`,
          html_url: `${facts.serverUrl}/${facts.repository}/actions/runs/${runId}`,
          artifacts_url: `${facts.apiUrl}/repos/${facts.repository}/actions/runs/${runId}/artifacts`,
          // GitHub leaves this empty when the head repository is a fork.
          pull_requests: options.fork ? [] : [minimalPr],
          head_repository: pr.head.repo,
          repository: pr.base.repo,
          actor: pr.user,
          triggering_actor: pr.user,
          created_at: "2026-01-01T00:00:00Z",
          updated_at: "2026-01-01T00:05:00Z",
        },
        workflow: {
          id: 159038,
          name: options.workflowName ?? "ML pull request",
          path: ".github/workflows/ml-pull-request.yml",
        },
        ...common,
      };
    }
  }
}

/** Convenience: `{ name: "pull_request", payload }` for runAction's `event` option. */
export function pullRequestEvent(
  options: PullRequestEventOptions = {},
  facts: RunFacts = DEFAULT_FACTS,
): EventSpec {
  return { name: "pull_request", payload: buildEventPayload("pull_request", facts, options) };
}

export function workflowRunEvent(
  options: WorkflowRunEventOptions = {},
  facts: RunFacts = DEFAULT_FACTS,
): EventSpec {
  return { name: "workflow_run", payload: buildEventPayload("workflow_run", facts, options) };
}

/** The payload for `spec`, default fields filled in, deep-merged with spec.payload. */
export function eventPayload(spec: EventSpec, facts: RunFacts = DEFAULT_FACTS): Record<string, unknown> {
  return deepMerge(buildEventPayload(spec.name, facts), spec.payload ?? {});
}

/** Writes the event payload JSON to `file` (creating its folder) and returns the payload. */
export function writeEventPayload(
  file: string,
  spec: EventSpec,
  facts: RunFacts = DEFAULT_FACTS,
): Record<string, unknown> {
  const payload = eventPayload(spec, facts);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(payload, null, 2));
  return payload;
}

/** GITHUB_SHA / GITHUB_REF (and head/base refs) the runner sets for this event and payload. */
export function refsForEvent(name: EventName, payload: Record<string, unknown>, facts: RunFacts) {
  if (name === "pull_request") {
    const pr = payload.pull_request as
      { number: number; head: { ref: string }; base: { ref: string } } | undefined;
    const number = pr?.number ?? (payload.number as number | undefined) ?? DEFAULT_PR.number;
    return {
      // The runner checks out the test merge commit refs/pull/N/merge.
      sha: facts.sha,
      ref: `refs/pull/${number}/merge`,
      refName: `${number}/merge`,
      refType: "branch",
      headRef: pr?.head.ref ?? "",
      baseRef: pr?.base.ref ?? "",
    };
  }
  if (name === "push" && typeof payload.ref === "string") {
    const ref = payload.ref;
    return {
      sha: typeof payload.after === "string" ? payload.after : facts.sha,
      ref,
      refName: ref.replace(/^refs\/(heads|tags)\//, ""),
      refType: ref.startsWith("refs/tags/") ? "tag" : "branch",
      headRef: "",
      baseRef: "",
    };
  }
  return {
    sha: facts.sha,
    ref: `refs/heads/${facts.defaultBranch}`,
    refName: facts.defaultBranch,
    refType: "branch",
    headRef: "",
    baseRef: "",
  };
}
