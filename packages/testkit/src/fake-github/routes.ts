import { createHash } from "node:crypto";
import type { FlatEntry, TreeEntry } from "./git.js";
import {
  HttpError,
  intParam,
  invalidType,
  notFound,
  optionalBoolean,
  optionalString,
  paginate,
  requireString,
  validationFailed,
  type Reply,
  type RouteContext,
  type RouteDef,
} from "./http.js";
import {
  now,
  type AssetRecord,
  type CheckRunRecord,
  type DeploymentRecord,
  type DeploymentStatusRecord,
  type ReleaseRecord,
  type RepoRecord,
} from "./state.js";

/*
 * The REST routes the suite uses, with GitHub's status codes and error bodies. Each route names
 * the docs page its errors point to, and the permission a GitHub App token (GITHUB_TOKEN) needs.
 */

const D = "https://docs.github.com/rest";
const SHA = /^[0-9a-f]{40}$/i;

const ok = (body: unknown, status = 200, headers: Record<string, string> = {}): Reply => ({
  status,
  body,
  headers,
});
const noContent: Reply = { status: 204 };

const assetDigests = new WeakMap<Buffer, string>();
export function assetDigest(a: AssetRecord): string {
  if (a.file) return `sha256:${a.file.sha256}`;
  let d = assetDigests.get(a.data);
  if (!d) {
    d = `sha256:${createHash("sha256").update(a.data).digest("hex")}`;
    assetDigests.set(a.data, d);
  }
  return d;
}

function pull(ctx: RouteContext) {
  const pr = ctx.repo.pulls.get(intParam(ctx.params.pull_number, "pull_number"));
  if (!pr) throw notFound();
  return pr;
}

function issue(ctx: RouteContext) {
  const i = ctx.repo.issues.get(intParam(ctx.params.issue_number, "issue_number"));
  if (!i) throw notFound();
  return i;
}

function comment(ctx: RouteContext) {
  const c = ctx.repo.comments.get(intParam(ctx.params.comment_id, "comment_id"));
  if (!c) throw notFound();
  return c;
}

/** Label names from a request's `labels` (names, or objects with a name, as GitHub accepts). */
function labelNames(labels: unknown[]): string[] {
  return labels.map((l) => (typeof l === "string" ? l : String((l as { name?: unknown }).name)));
}

function commentBody(ctx: RouteContext): string {
  const body = requireString(ctx.body, "body", "IssueComment");
  if (body.length > 65536)
    throw validationFailed(
      "IssueComment",
      "body",
      "custom",
      "body is too long (maximum is 65536 characters)",
    );
  return body;
}

function release(ctx: RouteContext): ReleaseRecord {
  const r = ctx.repo.releases.get(intParam(ctx.params.release_id, "release_id"));
  if (!r) throw notFound();
  return r;
}

function renderRelease(ctx: RouteContext, r: ReleaseRecord) {
  return ctx.render.release(ctx.repo, r, assetDigest);
}

function findAsset(repo: RepoRecord, id: number): AssetRecord | undefined {
  for (const r of repo.releases.values()) {
    const a = r.assets.find((x) => x.id === id);
    if (a) return a;
  }
  return undefined;
}

function checkRun(ctx: RouteContext): CheckRunRecord {
  const c = ctx.repo.checkRuns.get(intParam(ctx.params.check_run_id, "check_run_id"));
  if (!c) throw notFound();
  return c;
}

function deployment(ctx: RouteContext): DeploymentRecord {
  const d = ctx.repo.deployments.get(intParam(ctx.params.deployment_id, "deployment_id"));
  if (!d) throw notFound();
  return d;
}

const CHECK_STATUSES = ["queued", "in_progress", "completed", "waiting", "requested", "pending"] as const;
const CHECK_CONCLUSIONS = [
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "success",
  "skipped",
  "stale",
  "timed_out",
];

function applyCheckRun(ctx: RouteContext, run: CheckRunRecord, creating: boolean): void {
  const b = ctx.body;
  const name = optionalString(b, "name");
  if (name !== undefined) {
    if (!name) throw validationFailed("CheckRun", "name", "missing_field");
    run.name = name;
  }
  const detailsUrl = optionalString(b, "details_url");
  if (detailsUrl !== undefined) run.detailsUrl = detailsUrl;
  const externalId = optionalString(b, "external_id");
  if (externalId !== undefined) run.externalId = externalId;
  const startedAt = optionalString(b, "started_at");
  if (startedAt !== undefined) run.startedAt = startedAt;
  const status = optionalString(b, "status");
  if (status !== undefined) {
    if (!(CHECK_STATUSES as readonly string[]).includes(status))
      throw new HttpError(
        422,
        `Invalid request.\n\n${JSON.stringify(status)} is not a member of ["queued", "in_progress", "completed"].`,
      );
    run.status = status as CheckRunRecord["status"];
  }
  const conclusion = optionalString(b, "conclusion");
  if (conclusion !== undefined) {
    if (!CHECK_CONCLUSIONS.includes(conclusion))
      throw new HttpError(
        422,
        `Invalid request.\n\n${JSON.stringify(conclusion)} is not a member of ${JSON.stringify(CHECK_CONCLUSIONS)}.`,
      );
    run.conclusion = conclusion;
    // Giving a conclusion completes the run.
    run.status = "completed";
  }
  const completedAt = optionalString(b, "completed_at");
  if (completedAt !== undefined) run.completedAt = completedAt;
  if (run.status === "completed") {
    if (!run.conclusion)
      throw validationFailed(
        "CheckRun",
        "conclusion",
        "missing_field",
        "conclusion is required when status is completed",
      );
    run.completedAt ??= now();
  }
  if (creating && run.status !== "queued") run.startedAt ??= now();
  if (b.output !== undefined) {
    const out = b.output;
    if (typeof out !== "object" || out === null) throw invalidType("output", "object", out);
    const o = out as Record<string, unknown>;
    const title = requireString(o, "title", "CheckRun");
    const summary = requireString(o, "summary", "CheckRun");
    if (summary.length > 65535)
      throw validationFailed(
        "CheckRun",
        "output.summary",
        "custom",
        "Output summary exceeds a maximum bytesize of 65535",
      );
    const text = optionalString(o, "text") ?? null;
    if (text && text.length > 65535)
      throw validationFailed(
        "CheckRun",
        "output.text",
        "custom",
        "Output text exceeds a maximum bytesize of 65535",
      );
    const annotations = o.annotations ?? [];
    if (!Array.isArray(annotations)) throw invalidType("output.annotations", "array", annotations);
    if (annotations.length > 50)
      throw validationFailed(
        "CheckRun",
        "output.annotations",
        "custom",
        "Too many annotations: the maximum is 50 per request",
      );
    for (const a of annotations as Array<Record<string, unknown>>) {
      for (const f of ["path", "start_line", "end_line", "annotation_level", "message"])
        if (a?.[f] === undefined)
          throw validationFailed("CheckRun", `output.annotations.${f}`, "missing_field");
    }
    run.output = {
      title,
      summary,
      text,
      annotations: [...(creating ? [] : run.output.annotations), ...annotations],
    };
  }
}

/** The contexts GitHub checks before a deployment: check runs and commit statuses on the sha. */
function commitContexts(repo: RepoRecord, sha: string): Map<string, string> {
  const contexts = new Map<string, string>();
  for (const s of repo.statuses) if (s.sha === sha) contexts.set(s.context, s.state);
  for (const c of repo.checkRuns.values()) {
    if (c.headSha !== sha) continue;
    const state =
      c.status !== "completed"
        ? "pending"
        : ["success", "neutral", "skipped"].includes(c.conclusion ?? "")
          ? "success"
          : "failure";
    contexts.set(c.name, state);
  }
  return contexts;
}

/** GitHub refuses git data writes in a repository without any commit. */
function emptyRepository(ctx: RouteContext): void {
  if (ctx.repo.git.refs.size === 0) throw new HttpError(409, "Git Repository is empty.");
}

function resolveRef(repo: RepoRecord, ref: string): string | undefined {
  const sha = repo.git.resolveCommitish(ref);
  if (sha) return sha;
  // A sha the fake has no object for (e.g. GITHUB_SHA of a simulated run) is taken as-is.
  if (SHA.test(ref)) return ref.toLowerCase();
  return undefined;
}

function latestStatus(repo: RepoRecord, deploymentId: number): DeploymentStatusRecord | undefined {
  let latest: DeploymentStatusRecord | undefined;
  for (const s of repo.deploymentStatuses.values())
    if (s.deploymentId === deploymentId && (!latest || s.id > latest.id)) latest = s;
  return latest;
}

function addDeploymentStatus(
  ctx: RouteContext,
  d: DeploymentRecord,
  fields: Omit<DeploymentStatusRecord, "id" | "deploymentId" | "creator" | "createdAt" | "updatedAt">,
): DeploymentStatusRecord {
  const at = now();
  const s: DeploymentStatusRecord = {
    id: ctx.state.id(),
    deploymentId: d.id,
    creator: ctx.actor,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
  ctx.repo.deploymentStatuses.set(s.id, s);
  d.updatedAt = at;
  return s;
}

function decodeContent(content: string, encoding: string | undefined, field = "content"): Buffer {
  if (encoding === undefined || encoding === "utf-8" || encoding === "utf8")
    return Buffer.from(content, "utf8");
  if (encoding === "base64") {
    const compact = content.replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw new HttpError(422, `${field} is not valid Base64`);
    return Buffer.from(compact, "base64");
  }
  throw validationFailed("Blob", "encoding", "invalid", `encoding must be utf-8 or base64, not ${encoding}`);
}

function base64Lines(data: Buffer): string {
  const b64 = data.toString("base64");
  return (b64.match(/.{1,60}/g) ?? [""]).join("\n") + "\n";
}

function personOrDefault(
  value: unknown,
  fallback: { name: string; email: string },
): { name: string; email: string; date: string } {
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.name === "string" && typeof v.email === "string")
      return {
        name: v.name,
        email: v.email,
        date: typeof v.date === "string" ? v.date.replace(/\.\d{3}Z$/, "Z") : now(),
      };
    throw validationFailed("Commit", "author", "invalid", "author must have name and email");
  }
  return { ...fallback, date: now() };
}

function botPerson(ctx: RouteContext) {
  return { name: ctx.actor.login, email: `${ctx.actor.id}+${ctx.actor.login}@users.noreply.github.com` };
}

/** "heads/main" (API form) → "refs/heads/main". */
function fullRef(ref: string): string {
  return ref.startsWith("refs/") ? ref : `refs/${ref}`;
}

function contentFile(ctx: RouteContext, path: string, entry: FlatEntry, ref: string) {
  const u = `${ctx.apiUrl}/repos/${ctx.repo.fullName}`;
  const blob = ctx.repo.git.blob(entry.sha)!;
  const name = path.split("/").pop()!;
  const html = `https://github.com/${ctx.repo.fullName}/blob/${ref}/${path}`;
  const git = `${u}/git/blobs/${entry.sha}`;
  const self = `${u}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  return {
    type: "file",
    encoding: "base64",
    size: blob.content.length,
    name,
    path,
    content: base64Lines(blob.content),
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${ctx.repo.fullName}/${ref}/${path}`,
    _links: { self, git, html },
  };
}

export const routes: RouteDef[] = [
  // ── meta ──────────────────────────────────────────────────────────────────────────────
  {
    method: "GET",
    path: "/rate_limit",
    docs: `${D}/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user`,
    handler: (ctx) => {
      const rl = ctx.state.rateLimit;
      const core = {
        limit: rl.limit,
        used: rl.used,
        remaining: Math.max(0, rl.limit - rl.used),
        reset: rl.resetEpoch,
      };
      const other = (limit: number) => ({ limit, used: 0, remaining: limit, reset: rl.resetEpoch });
      return ok({
        resources: {
          core,
          search: other(30),
          graphql: other(5000),
          integration_manifest: other(5000),
          code_search: other(10),
        },
        rate: core,
      });
    },
  },
  // ── repos ─────────────────────────────────────────────────────────────────────────────
  {
    method: "GET",
    path: "/repos/{owner}/{repo}",
    permission: { any: ["metadata"], level: "read" },
    docs: `${D}/repos/repos#get-a-repository`,
    handler: (ctx) => ok(ctx.render.repo(ctx.repo, true)),
  },
  // ── pulls ─────────────────────────────────────────────────────────────────────────────
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/pulls",
    permission: { any: ["pull-requests"], level: "read" },
    docs: `${D}/pulls/pulls#list-pull-requests`,
    handler: (ctx) => {
      const state = ctx.query.get("state") ?? "open";
      if (!["open", "closed", "all"].includes(state))
        throw validationFailed("PullRequest", "state", "invalid");
      const head = ctx.query.get("head");
      const base = ctx.query.get("base");
      const direction = ctx.query.get("direction") ?? "desc";
      let prs = [...ctx.repo.pulls.values()].filter((p) => state === "all" || p.state === state);
      if (head) {
        const [owner, ref] = head.includes(":") ? head.split(":", 2) : [ctx.repo.owner.login, head];
        prs = prs.filter(
          (p) => p.headRef === ref && p.headRepo.split("/")[0]!.toLowerCase() === owner!.toLowerCase(),
        );
      }
      if (base) prs = prs.filter((p) => p.baseRef === base);
      prs.sort((a, b) => (direction === "asc" ? a.number - b.number : b.number - a.number));
      return paginate(
        ctx,
        prs.map((p) => ctx.render.pullSimple(ctx.repo, p)),
      );
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/pulls/{pull_number}",
    permission: { any: ["pull-requests"], level: "read" },
    docs: `${D}/pulls/pulls#get-a-pull-request`,
    handler: (ctx) => ok(ctx.render.pull(ctx.repo, pull(ctx))),
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    permission: { any: ["pull-requests"], level: "read" },
    docs: `${D}/commits/commits#list-pull-requests-associated-with-a-commit`,
    handler: (ctx) => {
      const sha = ctx.params.commit_sha!.toLowerCase();
      // GitHub lists pull requests of this repository whose head contains the commit; pull
      // requests from forks are NOT returned (their head lives in another repository).
      const prs = [...ctx.repo.pulls.values()].filter(
        (p) => p.headSha.startsWith(sha) && p.headRepo.toLowerCase() === ctx.repo.fullName.toLowerCase(),
      );
      if (!ctx.state.commitPullsIncludeForks)
        return paginate(
          ctx,
          prs.map((p) => ctx.render.pullSimple(ctx.repo, p)),
        );
      const forks = [...ctx.repo.pulls.values()].filter((p) => p.headSha.startsWith(sha) && !prs.includes(p));
      return paginate(
        ctx,
        [...prs, ...forks].map((p) => ctx.render.pullSimple(ctx.repo, p)),
      );
    },
  },
  // ── issues ────────────────────────────────────────────────────────────────────────────
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/issues",
    permission: { any: ["issues"], level: "read" },
    docs: `${D}/issues/issues#list-repository-issues`,
    handler: (ctx) => {
      const state = ctx.query.get("state") ?? "open";
      const labels =
        ctx.query
          .get("labels")
          ?.split(",")
          .map((l) => l.trim())
          .filter(Boolean) ?? [];
      const creator = ctx.query.get("creator");
      const direction = ctx.query.get("direction") ?? "desc";
      let items = [...ctx.repo.issues.values()].filter((i) => state === "all" || i.state === state);
      if (labels.length) items = items.filter((i) => labels.every((l) => i.labels.includes(l)));
      if (creator) items = items.filter((i) => i.user.login.toLowerCase() === creator.toLowerCase());
      items.sort((a, b) => (direction === "asc" ? a.number - b.number : b.number - a.number));
      return paginate(
        ctx,
        items.map((i) => ctx.render.issue(ctx.repo, i)),
      );
    },
  },
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/issues",
    permission: { any: ["issues"], level: "write" },
    docs: `${D}/issues/issues#create-an-issue`,
    handler: (ctx) => {
      const title = requireString(ctx.body, "title", "Issue");
      const body = optionalString(ctx.body, "body") ?? null;
      const labels = ctx.body.labels ?? [];
      if (!Array.isArray(labels)) throw invalidType("labels", "array", labels);
      const assignees = ctx.body.assignees ?? [];
      if (!Array.isArray(assignees)) throw invalidType("assignees", "array", assignees);
      const names = labelNames(labels);
      // GitHub creates the labels an issue names that the repository does not have yet.
      for (const name of names) {
        if (!ctx.repo.labels.has(name.toLowerCase()))
          ctx.repo.labels.set(name.toLowerCase(), {
            id: ctx.state.id(),
            name,
            color: "ededed",
            description: null,
          });
      }
      const i = ctx.state.addIssue(
        {
          title,
          user: ctx.actor.login,
          labels: names,
        },
        ctx.repo.fullName,
      );
      i.body = body;
      i.assignees = assignees.map(String);
      return ok(ctx.render.issue(ctx.repo, i), 201, {
        location: `${ctx.apiUrl}/repos/${ctx.repo.fullName}/issues/${i.number}`,
      });
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/issues/{issue_number}",
    permission: { any: ["issues", "pull-requests"], level: "read" },
    docs: `${D}/issues/issues#get-an-issue`,
    handler: (ctx) => ok(ctx.render.issue(ctx.repo, issue(ctx))),
  },
  {
    method: "PATCH",
    path: "/repos/{owner}/{repo}/issues/{issue_number}",
    permission: { any: ["issues"], level: "write" },
    docs: `${D}/issues/issues#update-an-issue`,
    handler: (ctx) => {
      const i = issue(ctx);
      const title = optionalString(ctx.body, "title");
      if (title !== undefined) {
        if (!title) throw validationFailed("Issue", "title", "missing_field");
        i.title = title;
      }
      if ("body" in ctx.body) i.body = optionalString(ctx.body, "body") ?? null;
      const state = optionalString(ctx.body, "state");
      if (state !== undefined) {
        if (state !== "open" && state !== "closed") throw validationFailed("Issue", "state", "invalid");
        if (state !== i.state) {
          i.state = state;
          i.closedAt = state === "closed" ? now() : null;
          i.stateReason =
            state === "closed"
              ? ((optionalString(ctx.body, "state_reason") as "completed" | "not_planned" | undefined) ??
                "completed")
              : "reopened";
        }
      }
      if (Array.isArray(ctx.body.labels)) i.labels = labelNames(ctx.body.labels);
      if (Array.isArray(ctx.body.assignees)) i.assignees = ctx.body.assignees.map(String);
      i.updatedAt = now();
      const pr = ctx.repo.pulls.get(i.number);
      if (pr) {
        pr.title = i.title;
        pr.body = i.body;
        pr.state = i.state;
      }
      return ok(ctx.render.issue(ctx.repo, i));
    },
  },
  // ── labels ────────────────────────────────────────────────────────────────────────────
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/labels/{name}",
    permission: { any: ["issues", "pull-requests"], level: "read" },
    docs: `${D}/issues/labels#get-a-label`,
    handler: (ctx) => {
      const l = ctx.repo.labels.get(decodeURIComponent(ctx.params.name!).toLowerCase());
      if (!l) throw notFound();
      return ok(ctx.render.label(ctx.repo, l));
    },
  },
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/labels",
    permission: { any: ["issues", "pull-requests"], level: "write" },
    docs: `${D}/issues/labels#create-a-label`,
    handler: (ctx) => {
      const name = requireString(ctx.body, "name", "Label");
      const color = (optionalString(ctx.body, "color") ?? "ededed").replace(/^#/, "");
      if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed("Label", "color", "invalid");
      if (ctx.repo.labels.has(name.toLowerCase())) throw validationFailed("Label", "name", "already_exists");
      const l = {
        id: ctx.state.id(),
        name,
        color,
        description: optionalString(ctx.body, "description") ?? null,
      };
      ctx.repo.labels.set(name.toLowerCase(), l);
      return ok(ctx.render.label(ctx.repo, l), 201, {
        location: `${ctx.apiUrl}/repos/${ctx.repo.fullName}/labels/${encodeURIComponent(name)}`,
      });
    },
  },
  // ── issue comments ────────────────────────────────────────────────────────────────────
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    permission: { any: ["issues", "pull-requests"], level: "read" },
    docs: `${D}/issues/comments#list-issue-comments`,
    handler: (ctx) => {
      const i = issue(ctx);
      const since = ctx.query.get("since");
      let list = [...ctx.repo.comments.values()].filter((c) => c.issueNumber === i.number);
      if (since) list = list.filter((c) => c.updatedAt >= since);
      list.sort((a, b) => a.id - b.id);
      return paginate(
        ctx,
        list.map((c) => ctx.render.comment(ctx.repo, c)),
      );
    },
  },
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    permission: { any: ["issues", "pull-requests"], level: "write" },
    docs: `${D}/issues/comments#create-an-issue-comment`,
    handler: (ctx) => {
      const i = issue(ctx);
      const body = commentBody(ctx);
      const c = ctx.state.addComment(i.number, body, { user: ctx.actor.login }, ctx.repo.fullName);
      return ok(ctx.render.comment(ctx.repo, c), 201, {
        location: `${ctx.apiUrl}/repos/${ctx.repo.fullName}/issues/comments/${c.id}`,
      });
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    permission: { any: ["issues", "pull-requests"], level: "read" },
    docs: `${D}/issues/comments#get-an-issue-comment`,
    handler: (ctx) => ok(ctx.render.comment(ctx.repo, comment(ctx))),
  },
  {
    method: "PATCH",
    path: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    permission: { any: ["issues", "pull-requests"], level: "write" },
    docs: `${D}/issues/comments#update-an-issue-comment`,
    handler: (ctx) => {
      const c = comment(ctx);
      c.body = commentBody(ctx);
      c.updatedAt = now();
      return ok(ctx.render.comment(ctx.repo, c));
    },
  },
  {
    method: "DELETE",
    path: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    permission: { any: ["issues", "pull-requests"], level: "write" },
    docs: `${D}/issues/comments#delete-an-issue-comment`,
    handler: (ctx) => {
      const c = comment(ctx);
      ctx.repo.comments.delete(c.id);
      return noContent;
    },
  },
  // ── check runs ────────────────────────────────────────────────────────────────────────
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/check-runs",
    permission: { any: ["checks"], level: "write" },
    docs: `${D}/checks/runs#create-a-check-run`,
    handler: (ctx) => {
      const name = requireString(ctx.body, "name", "CheckRun");
      const headSha = requireString(ctx.body, "head_sha", "CheckRun");
      const sha = resolveRef(ctx.repo, headSha);
      if (!sha || !SHA.test(sha)) throw new HttpError(422, `No commit found for SHA: ${headSha}`);
      const run: CheckRunRecord = {
        id: ctx.state.id(),
        name,
        headSha: sha,
        status: "queued",
        conclusion: null,
        startedAt: null,
        completedAt: null,
        externalId: null,
        detailsUrl: null,
        output: { title: null, summary: null, text: null, annotations: [] },
        checkSuiteId: 5000 + ctx.repo.checkRuns.size,
      };
      applyCheckRun(ctx, run, true);
      ctx.repo.checkRuns.set(run.id, run);
      return ok(ctx.render.checkRun(ctx.repo, run), 201);
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/check-runs/{check_run_id}",
    permission: { any: ["checks"], level: "read" },
    docs: `${D}/checks/runs#get-a-check-run`,
    handler: (ctx) => ok(ctx.render.checkRun(ctx.repo, checkRun(ctx))),
  },
  {
    method: "PATCH",
    path: "/repos/{owner}/{repo}/check-runs/{check_run_id}",
    permission: { any: ["checks"], level: "write" },
    docs: `${D}/checks/runs#update-a-check-run`,
    handler: (ctx) => {
      const run = checkRun(ctx);
      const copy = structuredClone(run);
      applyCheckRun(ctx, copy, false);
      Object.assign(run, copy);
      return ok(ctx.render.checkRun(ctx.repo, run));
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/commits/{ref}/check-runs",
    permission: { any: ["checks"], level: "read" },
    docs: `${D}/checks/runs#list-check-runs-for-a-git-reference`,
    handler: (ctx) => {
      const sha = resolveRef(ctx.repo, ctx.params.ref!);
      if (!sha) throw new HttpError(422, `No commit found for SHA: ${ctx.params.ref}`);
      const name = ctx.query.get("check_name");
      const status = ctx.query.get("status");
      let runs = [...ctx.repo.checkRuns.values()].filter((r) => r.headSha === sha);
      if (name) runs = runs.filter((r) => r.name === name);
      if (status) runs = runs.filter((r) => r.status === status);
      runs.sort((a, b) => b.id - a.id);
      const page = paginate(
        ctx,
        runs.map((r) => ctx.render.checkRun(ctx.repo, r)),
      );
      return { ...page, body: { total_count: runs.length, check_runs: page.body } };
    },
  },
  // ── deployments ───────────────────────────────────────────────────────────────────────
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/deployments",
    permission: { any: ["deployments"], level: "read" },
    docs: `${D}/deployments/deployments#list-deployments`,
    handler: (ctx) => {
      const q = ctx.query;
      let list = [...ctx.repo.deployments.values()];
      for (const [param, key] of [
        ["sha", "sha"],
        ["ref", "ref"],
        ["task", "task"],
        ["environment", "environment"],
      ] as const) {
        const v = q.get(param);
        if (v) list = list.filter((d) => d[key] === v);
      }
      list.sort((a, b) => b.id - a.id);
      return paginate(
        ctx,
        list.map((d) => ctx.render.deployment(ctx.repo, d)),
      );
    },
  },
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/deployments",
    permission: { any: ["deployments"], level: "write" },
    docs: `${D}/deployments/deployments#create-a-deployment`,
    handler: (ctx) => {
      const b = ctx.body;
      const ref = requireString(b, "ref", "Deployment");
      const task = optionalString(b, "task") ?? "deploy";
      const environment = optionalString(b, "environment") ?? "production";
      const description = optionalString(b, "description") ?? "";
      const autoMerge = optionalBoolean(b, "auto_merge") ?? true;
      const transient = optionalBoolean(b, "transient_environment") ?? false;
      const production = optionalBoolean(b, "production_environment") ?? environment === "production";
      let payload: unknown = b.payload ?? {};
      if (typeof payload === "string") {
        try {
          payload = payload === "" ? {} : JSON.parse(payload);
        } catch {
          throw validationFailed(
            "Deployment",
            "payload",
            "invalid",
            "payload must be a JSON object or a string of JSON",
          );
        }
      }
      if (typeof payload !== "object" || payload === null || Array.isArray(payload))
        throw invalidType("payload", "object", payload);
      const sha = resolveRef(ctx.repo, ref);
      if (!sha) throw new HttpError(422, `No ref found for: ${ref}`);
      const git = ctx.repo.git;
      // auto_merge: a branch behind the default branch is merged up to date first (202).
      const branchSha = git.refs.get(`refs/heads/${ref}`);
      const defaultSha = git.refs.get(`refs/heads/${ctx.repo.defaultBranch}`);
      if (
        autoMerge &&
        branchSha &&
        defaultSha &&
        ref !== ctx.repo.defaultBranch &&
        !git.isAncestor(defaultSha, branchSha)
      ) {
        const result = git.mergeTrees(branchSha, defaultSha);
        if ("conflicts" in result)
          throw new HttpError(409, `Conflict merging ${ctx.repo.defaultBranch} into ${ref}.`);
        const person = { ...botPerson(ctx), date: now() };
        const merge = git.putCommit({
          tree: result.tree.sha,
          parents: [branchSha, defaultSha],
          author: person,
          committer: person,
          message: `Merge ${ctx.repo.defaultBranch} into ${ref}`,
        });
        git.refs.set(`refs/heads/${ref}`, merge.sha);
        return ok({ message: `Auto-merged ${ctx.repo.defaultBranch} into ${ref} on deployment.` }, 202);
      }
      // required_contexts: omitted → every context on the commit must pass; [] → skip the check.
      const contexts = commitContexts(ctx.repo, sha);
      const required = b.required_contexts;
      if (required !== undefined && !Array.isArray(required))
        throw invalidType("required_contexts", "array", required);
      const names = required === undefined ? [...contexts.keys()] : (required as unknown[]).map(String);
      const failing = names
        .map((context) => ({ context, state: contexts.get(context) ?? "missing" }))
        .filter((c) => c.state !== "success");
      if (failing.length) {
        throw new HttpError(409, `Conflict: Commit status checks failed for ${ref}.`, {
          errors: [
            { contexts: failing, resource: "Deployment", field: "required_contexts", code: "invalid" },
          ],
        });
      }
      const at = now();
      const d: DeploymentRecord = {
        id: ctx.state.id(),
        sha,
        ref,
        task,
        environment,
        originalEnvironment: environment,
        description,
        payload,
        creator: ctx.actor,
        transient,
        production,
        createdAt: at,
        updatedAt: at,
      };
      ctx.repo.deployments.set(d.id, d);
      return ok(ctx.render.deployment(ctx.repo, d), 201);
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/deployments/{deployment_id}",
    permission: { any: ["deployments"], level: "read" },
    docs: `${D}/deployments/deployments#get-a-deployment`,
    handler: (ctx) => ok(ctx.render.deployment(ctx.repo, deployment(ctx))),
  },
  {
    method: "DELETE",
    path: "/repos/{owner}/{repo}/deployments/{deployment_id}",
    permission: { any: ["deployments"], level: "write" },
    docs: `${D}/deployments/deployments#delete-a-deployment`,
    handler: (ctx) => {
      const d = deployment(ctx);
      const state = latestStatus(ctx.repo, d.id)?.state;
      const sameEnv = [...ctx.repo.deployments.values()].filter((x) => x.environment === d.environment);
      if (state !== "inactive" && state !== "failure" && state !== "error" && sameEnv.length > 1)
        throw new HttpError(
          422,
          "We cannot delete an active deployment unless it is the only deployment in a given environment.",
        );
      ctx.repo.deployments.delete(d.id);
      for (const [id, s] of ctx.repo.deploymentStatuses)
        if (s.deploymentId === d.id) ctx.repo.deploymentStatuses.delete(id);
      return noContent;
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    permission: { any: ["deployments"], level: "read" },
    docs: `${D}/deployments/statuses#list-deployment-statuses`,
    handler: (ctx) => {
      const d = deployment(ctx);
      const list = [...ctx.repo.deploymentStatuses.values()]
        .filter((s) => s.deploymentId === d.id)
        .sort((a, b) => b.id - a.id);
      return paginate(
        ctx,
        list.map((s) => ctx.render.deploymentStatus(ctx.repo, s)),
      );
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}",
    permission: { any: ["deployments"], level: "read" },
    docs: `${D}/deployments/statuses#get-a-deployment-status`,
    handler: (ctx) => {
      const d = deployment(ctx);
      const s = ctx.repo.deploymentStatuses.get(intParam(ctx.params.status_id, "status_id"));
      if (!s || s.deploymentId !== d.id) throw notFound();
      return ok(ctx.render.deploymentStatus(ctx.repo, s));
    },
  },
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    permission: { any: ["deployments"], level: "write" },
    docs: `${D}/deployments/statuses#create-a-deployment-status`,
    handler: (ctx) => {
      const d = deployment(ctx);
      const b = ctx.body;
      const state = requireString(b, "state", "DeploymentStatus");
      const states = ["error", "failure", "inactive", "in_progress", "queued", "pending", "success"];
      if (!states.includes(state))
        throw new HttpError(
          422,
          `Invalid request.\n\n${JSON.stringify(state)} is not a member of ${JSON.stringify(states)}.`,
        );
      const description = optionalString(b, "description") ?? "";
      if (description.length > 140)
        throw validationFailed(
          "DeploymentStatus",
          "description",
          "custom",
          "description is too long (maximum is 140 characters)",
        );
      const logUrl = optionalString(b, "log_url") ?? optionalString(b, "target_url") ?? "";
      const environment = optionalString(b, "environment");
      if (environment) d.environment = environment;
      const s = addDeploymentStatus(ctx, d, {
        state: state as DeploymentStatusRecord["state"],
        description,
        environment: d.environment,
        environmentUrl: optionalString(b, "environment_url") ?? "",
        logUrl,
        targetUrl: logUrl,
      });
      const autoInactive = optionalBoolean(b, "auto_inactive") ?? true;
      if (state === "success" && autoInactive) {
        // Earlier non-transient deployments to the same environment whose latest status is
        // success get a new `inactive` status.
        for (const other of ctx.repo.deployments.values()) {
          if (other.id === d.id || other.environment !== d.environment || other.transient || other.id > d.id)
            continue;
          if (latestStatus(ctx.repo, other.id)?.state !== "success") continue;
          addDeploymentStatus(ctx, other, {
            state: "inactive",
            description: "",
            environment: other.environment,
            environmentUrl: "",
            logUrl: "",
            targetUrl: "",
          });
        }
      }
      return ok(ctx.render.deploymentStatus(ctx.repo, s), 201);
    },
  },
  // ── releases ──────────────────────────────────────────────────────────────────────────
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/releases",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/releases/releases#list-releases`,
    handler: (ctx) => {
      const canSeeDrafts = ctx.auth?.permissions.contents === "write";
      const list = [...ctx.repo.releases.values()]
        .filter((r) => !r.draft || canSeeDrafts)
        .sort((a, b) => b.id - a.id);
      return paginate(
        ctx,
        list.map((r) => renderRelease(ctx, r)),
      );
    },
  },
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/releases",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/releases/releases#create-a-release`,
    handler: (ctx) => {
      const b = ctx.body;
      const tagName = requireString(b, "tag_name", "Release");
      if (/[\s~^:?*[\\]|\.\.|^\/|\/$|\.lock$|@\{/.test(tagName))
        throw validationFailed("Release", "tag_name", "invalid");
      const draft = optionalBoolean(b, "draft") ?? false;
      const prerelease = optionalBoolean(b, "prerelease") ?? false;
      const makeLatest = optionalString(b, "make_latest") ?? "true";
      if (!["true", "false", "legacy"].includes(makeLatest))
        throw validationFailed("Release", "make_latest", "invalid");
      if ([...ctx.repo.releases.values()].some((r) => r.tagName === tagName))
        throw validationFailed("Release", "tag_name", "already_exists");
      const target = optionalString(b, "target_commitish") ?? ctx.repo.defaultBranch;
      const git = ctx.repo.git;
      const tagRef = `refs/tags/${tagName}`;
      if (!git.refs.has(tagRef)) {
        const sha = resolveRef(ctx.repo, target);
        if (!sha) throw validationFailed("Release", "target_commitish", "invalid");
        if (!draft) git.refs.set(tagRef, sha);
      }
      const at = now();
      const r: ReleaseRecord = {
        id: ctx.state.id(),
        tagName,
        targetCommitish: target,
        name: optionalString(b, "name") ?? null,
        body: optionalString(b, "body") ?? null,
        draft,
        prerelease,
        makeLatest: makeLatest as ReleaseRecord["makeLatest"],
        author: ctx.actor,
        createdAt: at,
        publishedAt: draft ? null : at,
        assets: [],
      };
      ctx.repo.releases.set(r.id, r);
      return ok(renderRelease(ctx, r), 201, {
        location: `${ctx.apiUrl}/repos/${ctx.repo.fullName}/releases/${r.id}`,
      });
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/releases/latest",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/releases/releases#get-the-latest-release`,
    handler: (ctx) => {
      const candidates = [...ctx.repo.releases.values()].filter(
        (r) => !r.draft && !r.prerelease && r.makeLatest !== "false",
      );
      candidates.sort((a, b) =>
        a.publishedAt! < b.publishedAt! ? 1 : a.publishedAt! > b.publishedAt! ? -1 : b.id - a.id,
      );
      const latest = candidates[0];
      if (!latest) throw notFound();
      return ok(renderRelease(ctx, latest));
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/releases/tags/{tag+}",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/releases/releases#get-a-release-by-tag-name`,
    handler: (ctx) => {
      const tag = decodeURIComponent(ctx.params.tag!);
      // Drafts have no tag yet: GitHub does not find them by tag name.
      const r = [...ctx.repo.releases.values()].find((x) => x.tagName === tag && !x.draft);
      if (!r) throw notFound();
      return ok(renderRelease(ctx, r));
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/releases/{release_id}",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/releases/releases#get-a-release`,
    handler: (ctx) => {
      const r = release(ctx);
      if (r.draft && ctx.auth?.permissions.contents !== "write") throw notFound();
      return ok(renderRelease(ctx, r));
    },
  },
  {
    method: "PATCH",
    path: "/repos/{owner}/{repo}/releases/{release_id}",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/releases/releases#update-a-release`,
    handler: (ctx) => {
      const r = release(ctx);
      const b = ctx.body;
      const tagName = optionalString(b, "tag_name");
      if (tagName !== undefined && tagName !== r.tagName) {
        if ([...ctx.repo.releases.values()].some((x) => x.tagName === tagName))
          throw validationFailed("Release", "tag_name", "already_exists");
        r.tagName = tagName;
      }
      const name = optionalString(b, "name");
      if (name !== undefined) r.name = name;
      if ("body" in b) r.body = optionalString(b, "body") ?? null;
      const target = optionalString(b, "target_commitish");
      if (target !== undefined) r.targetCommitish = target;
      const prerelease = optionalBoolean(b, "prerelease");
      if (prerelease !== undefined) r.prerelease = prerelease;
      const makeLatest = optionalString(b, "make_latest");
      if (makeLatest !== undefined) {
        if (!["true", "false", "legacy"].includes(makeLatest))
          throw validationFailed("Release", "make_latest", "invalid");
        r.makeLatest = makeLatest as ReleaseRecord["makeLatest"];
      }
      const draft = optionalBoolean(b, "draft");
      if (draft === false && r.draft) {
        // Publishing creates the tag.
        const tagRef = `refs/tags/${r.tagName}`;
        if (!ctx.repo.git.refs.has(tagRef)) {
          const sha = resolveRef(ctx.repo, r.targetCommitish);
          if (!sha) throw validationFailed("Release", "target_commitish", "invalid");
          ctx.repo.git.refs.set(tagRef, sha);
        }
        r.draft = false;
        r.publishedAt = now();
      } else if (draft === true && !r.draft) {
        r.draft = true;
        r.publishedAt = null;
      }
      return ok(renderRelease(ctx, r));
    },
  },
  {
    method: "DELETE",
    path: "/repos/{owner}/{repo}/releases/{release_id}",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/releases/releases#delete-a-release`,
    handler: (ctx) => {
      const r = release(ctx);
      // Deleting a release keeps its tag, as on GitHub.
      ctx.repo.releases.delete(r.id);
      return noContent;
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/releases/{release_id}/assets",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/releases/assets#list-release-assets`,
    handler: (ctx) => {
      const r = release(ctx);
      return paginate(
        ctx,
        r.assets.map((a) => ctx.render.asset(ctx.repo, a, assetDigest(a))),
      );
    },
  },
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/releases/{release_id}/assets",
    host: "uploads",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/releases/assets#upload-a-release-asset`,
    handler: (ctx) => {
      const r = release(ctx);
      const name = ctx.query.get("name");
      if (!name) throw validationFailed("ReleaseAsset", "name", "missing_field");
      const contentType = ctx.req.headers["content-type"];
      if (!contentType) throw new HttpError(422, "Content-Type header is required for release asset uploads");
      const declared = ctx.req.headers["content-length"];
      const size = ctx.upload?.bytes ?? ctx.rawBody.length;
      if (declared !== undefined && Number(declared) !== size)
        throw new HttpError(400, "Content-Length does not match the body");
      if (size === 0) throw new HttpError(422, "Bad Size: the asset is empty");
      if (r.assets.some((a) => a.name === name))
        throw validationFailed("ReleaseAsset", "name", "already_exists");
      const at = now();
      const a: AssetRecord = {
        id: ctx.state.id(),
        releaseId: r.id,
        name,
        label: ctx.query.get("label"),
        contentType,
        data: ctx.upload ? Buffer.alloc(0) : Buffer.from(ctx.rawBody),
        ...(ctx.upload
          ? { file: { path: ctx.upload.file, bytes: ctx.upload.bytes, sha256: ctx.upload.sha256 } }
          : {}),
        uploader: ctx.actor,
        downloadCount: 0,
        createdAt: at,
        updatedAt: at,
      };
      r.assets.push(a);
      return ok(ctx.render.asset(ctx.repo, a, assetDigest(a)), 201);
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/releases/assets/{asset_id}",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/releases/assets#get-a-release-asset`,
    handler: (ctx) => {
      const a = findAsset(ctx.repo, intParam(ctx.params.asset_id, "asset_id"));
      if (!a) throw notFound();
      const accept = String(ctx.req.headers.accept ?? "");
      if (accept.includes("application/octet-stream")) {
        // GitHub answers 302 to a short-lived download URL that needs no token.
        return {
          status: 302,
          headers: {
            location: `${ctx.apiUrl}/_downloads/${ctx.repo.fullName}/${a.id}/${encodeURIComponent(a.name)}`,
          },
        };
      }
      return ok(ctx.render.asset(ctx.repo, a, assetDigest(a)));
    },
  },
  {
    method: "DELETE",
    path: "/repos/{owner}/{repo}/releases/assets/{asset_id}",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/releases/assets#delete-a-release-asset`,
    handler: (ctx) => {
      const id = intParam(ctx.params.asset_id, "asset_id");
      for (const r of ctx.repo.releases.values()) {
        const i = r.assets.findIndex((a) => a.id === id);
        if (i >= 0) {
          r.assets.splice(i, 1);
          return noContent;
        }
      }
      throw notFound();
    },
  },
  // ── git data ──────────────────────────────────────────────────────────────────────────
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/git/blobs",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/git/blobs#create-a-blob`,
    handler: (ctx) => {
      emptyRepository(ctx);
      const content = ctx.body.content;
      if (typeof content !== "string") throw invalidType("content", "string", content);
      const encoding = optionalString(ctx.body, "encoding");
      const blob = ctx.repo.git.putBlob(decodeContent(content, encoding));
      const url = `${ctx.apiUrl}/repos/${ctx.repo.fullName}/git/blobs/${blob.sha}`;
      return ok({ url, sha: blob.sha }, 201, { location: url });
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/git/blobs/{file_sha}",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/git/blobs#get-a-blob`,
    handler: (ctx) => {
      const blob = ctx.repo.git.blob(ctx.params.file_sha!);
      if (!blob) throw notFound();
      if (String(ctx.req.headers.accept ?? "").includes("application/vnd.github.raw"))
        return { status: 200, raw: blob.content, headers: { "content-type": "application/vnd.github.raw" } };
      return ok({
        sha: blob.sha,
        node_id: `B_kwDO${blob.sha.slice(0, 12)}`,
        size: blob.content.length,
        url: `${ctx.apiUrl}/repos/${ctx.repo.fullName}/git/blobs/${blob.sha}`,
        content: base64Lines(blob.content),
        encoding: "base64",
      });
    },
  },
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/git/trees",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/git/trees#create-a-tree`,
    handler: (ctx) => {
      emptyRepository(ctx);
      const git = ctx.repo.git;
      const tree = ctx.body.tree;
      if (!Array.isArray(tree)) throw invalidType("tree", "array", tree);
      const baseTree = optionalString(ctx.body, "base_tree");
      let files = new Map<string, FlatEntry>();
      if (baseTree) {
        if (!git.tree(baseTree))
          throw validationFailed(
            "Tree",
            "base_tree",
            "invalid",
            `base_tree ${baseTree} is not a valid tree oid`,
          );
        files = git.flatten(baseTree);
      }
      for (const raw of tree as Array<Record<string, unknown>>) {
        const path = requireString(raw, "path", "Tree");
        if (
          path.startsWith("/") ||
          path.endsWith("/") ||
          path.split("/").some((s) => s === "" || s === "." || s === "..")
        )
          throw new HttpError(422, `tree.path contains a malformed path component`);
        const mode = requireString(raw, "mode", "Tree") as TreeEntry["mode"];
        if (!["100644", "100755", "040000", "160000", "120000"].includes(mode))
          throw new HttpError(422, `tree.mode must be one of 100644, 100755, 040000, 160000, 120000`);
        const type =
          optionalString(raw, "type") ?? (mode === "040000" ? "tree" : mode === "160000" ? "commit" : "blob");
        if ("sha" in raw && raw.sha === null) {
          // Deletes the path (a file or everything below a folder).
          for (const p of [...files.keys()]) if (p === path || p.startsWith(`${path}/`)) files.delete(p);
          continue;
        }
        if (typeof raw.content === "string") {
          if (type !== "blob") throw new HttpError(422, "tree.content can only be given for blobs");
          const blob = git.putBlob(Buffer.from(raw.content, "utf8"));
          files.set(path, { mode, type: "blob", sha: blob.sha });
          continue;
        }
        const sha = requireString(raw, "sha", "Tree");
        if (type === "tree") {
          if (!git.tree(sha)) throw new HttpError(422, `tree.sha ${sha} is not a valid tree`);
          for (const p of [...files.keys()]) if (p === path || p.startsWith(`${path}/`)) files.delete(p);
          for (const [sub, e] of git.flatten(sha)) files.set(`${path}/${sub}`, e);
          continue;
        }
        if (type === "blob" && !git.blob(sha))
          throw new HttpError(422, `tree.sha ${sha} is not a valid blob`);
        files.set(path, { mode, type: type as "blob" | "commit", sha });
      }
      const built = git.buildTree(files);
      const url = `${ctx.apiUrl}/repos/${ctx.repo.fullName}/git/trees/${built.sha}`;
      return ok(ctx.render.gitTree(ctx.repo, built, false), 201, { location: url });
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/git/trees/{tree_sha}",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/git/trees#get-a-tree`,
    handler: (ctx) => {
      const git = ctx.repo.git;
      let sha = ctx.params.tree_sha!;
      if (!git.tree(sha)) {
        const commit = git.resolveCommitish(decodeURIComponent(sha));
        if (commit) sha = git.commit(commit)!.tree;
      }
      const tree = git.tree(sha);
      if (!tree) throw notFound();
      const recursive =
        ctx.query.has("recursive") && !["0", "false", ""].includes(ctx.query.get("recursive")!);
      return ok(ctx.render.gitTree(ctx.repo, tree, recursive));
    },
  },
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/git/commits",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/git/commits#create-a-commit`,
    handler: (ctx) => {
      emptyRepository(ctx);
      const git = ctx.repo.git;
      const message = requireString(ctx.body, "message", "Commit");
      const tree = requireString(ctx.body, "tree", "Commit");
      if (!git.tree(tree)) throw new HttpError(422, "Tree SHA does not exist");
      const parents = ctx.body.parents ?? [];
      if (!Array.isArray(parents)) throw invalidType("parents", "array", parents);
      for (const p of parents)
        if (typeof p !== "string" || !git.commit(p))
          throw new HttpError(422, "Parent SHA does not exist or is not a commit object");
      const author = personOrDefault(ctx.body.author, botPerson(ctx));
      const committer = personOrDefault(ctx.body.committer, author);
      const c = git.putCommit({ tree, parents: parents as string[], author, committer, message });
      const url = `${ctx.apiUrl}/repos/${ctx.repo.fullName}/git/commits/${c.sha}`;
      return ok(ctx.render.gitCommit(ctx.repo, c), 201, { location: url });
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/git/commits/{commit_sha}",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/git/commits#get-a-commit-object`,
    handler: (ctx) => {
      const c = ctx.repo.git.commit(ctx.params.commit_sha!);
      if (!c) throw notFound();
      return ok(ctx.render.gitCommit(ctx.repo, c));
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/git/ref/{ref+}",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/git/refs#get-a-reference`,
    handler: (ctx) => {
      const ref = fullRef(decodeURIComponent(ctx.params.ref!));
      const sha = ctx.repo.git.refs.get(ref);
      if (!sha) throw notFound();
      return ok(ctx.render.gitRef(ctx.repo, ref, sha));
    },
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/git/matching-refs/{ref+}",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/git/refs#list-matching-references`,
    handler: (ctx) => {
      const prefix = fullRef(decodeURIComponent(ctx.params.ref!));
      const refs = [...ctx.repo.git.refs.entries()]
        .filter(([r]) => r.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : 1));
      return ok(refs.map(([r, sha]) => ctx.render.gitRef(ctx.repo, r, sha)));
    },
  },
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/git/refs",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/git/refs#create-a-reference`,
    handler: (ctx) => {
      const ref = requireString(ctx.body, "ref", "Reference");
      const sha = requireString(ctx.body, "sha", "Reference");
      if (!ref.startsWith("refs/") || ref.split("/").length < 3)
        throw new HttpError(422, `${ref} is not a valid ref name.`);
      if (!ctx.repo.git.get(sha)) throw new HttpError(422, "Object does not exist");
      if (ctx.repo.git.refs.has(ref)) throw new HttpError(422, "Reference already exists");
      ctx.repo.git.refs.set(ref, sha.toLowerCase());
      const url = `${ctx.apiUrl}/repos/${ctx.repo.fullName}/git/${ref}`;
      return ok(ctx.render.gitRef(ctx.repo, ref, sha.toLowerCase()), 201, { location: url });
    },
  },
  {
    method: "PATCH",
    path: "/repos/{owner}/{repo}/git/refs/{ref+}",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/git/refs#update-a-reference`,
    handler: (ctx) => {
      const ref = fullRef(decodeURIComponent(ctx.params.ref!));
      const sha = requireString(ctx.body, "sha", "Reference").toLowerCase();
      const force = optionalBoolean(ctx.body, "force") ?? false;
      const git = ctx.repo.git;
      const current = git.refs.get(ref);
      if (!current) throw new HttpError(422, "Reference does not exist");
      if (!git.get(sha)) throw new HttpError(422, "Object does not exist");
      if (!force && !git.isAncestor(current, sha)) throw new HttpError(422, "Update is not a fast forward");
      git.refs.set(ref, sha);
      return ok(ctx.render.gitRef(ctx.repo, ref, sha));
    },
  },
  {
    method: "DELETE",
    path: "/repos/{owner}/{repo}/git/refs/{ref+}",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/git/refs#delete-a-reference`,
    handler: (ctx) => {
      const ref = fullRef(decodeURIComponent(ctx.params.ref!));
      if (!ctx.repo.git.refs.delete(ref)) throw new HttpError(422, "Reference does not exist");
      return noContent;
    },
  },
  // ── contents ──────────────────────────────────────────────────────────────────────────
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/contents/{path+}",
    permission: { any: ["contents"], level: "read" },
    docs: `${D}/repos/contents#get-repository-content`,
    handler: (ctx) => {
      const path = decodeURIComponent(ctx.params.path!).replace(/\/+$/, "");
      const ref = ctx.query.get("ref") ?? ctx.repo.defaultBranch;
      const sha = ctx.repo.git.resolveCommitish(ref);
      if (!sha) throw new HttpError(404, `No commit found for the ref ${ref}`);
      const files = ctx.repo.git.flatten(ctx.repo.git.commit(sha)!.tree);
      const entry = files.get(path);
      if (entry) {
        const file = contentFile(ctx, path, entry, ref);
        if (String(ctx.req.headers.accept ?? "").includes("application/vnd.github.raw"))
          return {
            status: 200,
            raw: ctx.repo.git.blob(entry.sha)!.content,
            headers: { "content-type": "application/vnd.github.raw" },
          };
        return ok(file);
      }
      // A directory: its direct children.
      const children = new Map<string, Record<string, unknown>>();
      for (const [p, e] of files) {
        if (!p.startsWith(`${path}/`)) continue;
        const rest = p.slice(path.length + 1);
        const [first, ...more] = rest.split("/");
        const childPath = `${path}/${first}`;
        if (more.length === 0) {
          const { content: _c, encoding: _e, ...meta } = contentFile(ctx, childPath, e, ref);
          children.set(first!, meta);
        } else if (!children.has(first!)) {
          const u = `${ctx.apiUrl}/repos/${ctx.repo.fullName}`;
          const self = `${u}/contents/${childPath}?ref=${encodeURIComponent(ref)}`;
          const html = `https://github.com/${ctx.repo.fullName}/tree/${ref}/${childPath}`;
          children.set(first!, {
            type: "dir",
            size: 0,
            name: first,
            path: childPath,
            sha: "0".repeat(40),
            url: self,
            git_url: null,
            html_url: html,
            download_url: null,
            _links: { self, git: null, html },
          });
        }
      }
      if (!children.size) throw notFound();
      return ok([...children.values()]);
    },
  },
  {
    method: "PUT",
    path: "/repos/{owner}/{repo}/contents/{path+}",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/repos/contents#create-or-update-file-contents`,
    handler: (ctx) => {
      const path = decodeURIComponent(ctx.params.path!);
      const message = requireString(ctx.body, "message", "Commit");
      const content = requireString(ctx.body, "content", "Commit");
      const data = decodeContent(content, "base64");
      const branch = optionalString(ctx.body, "branch") ?? ctx.repo.defaultBranch;
      const git = ctx.repo.git;
      const ref = `refs/heads/${branch}`;
      const parent = git.refs.get(ref);
      if (!parent) throw new HttpError(404, `Branch ${branch} not found`);
      const files = git.flatten(git.commit(parent)!.tree);
      const existing = files.get(path);
      const given = optionalString(ctx.body, "sha");
      if (existing && !given) throw new HttpError(422, `Invalid request.\n\n"sha" wasn't supplied.`);
      if (given && (!existing || existing.sha !== given))
        throw new HttpError(409, `${path} does not match ${given}`);
      const blob = git.putBlob(data);
      files.set(path, { mode: "100644", type: "blob", sha: blob.sha });
      const tree = git.buildTree(files);
      const author = personOrDefault(ctx.body.author ?? ctx.body.committer, botPerson(ctx));
      const committer = personOrDefault(ctx.body.committer, author);
      const commit = git.putCommit({ tree: tree.sha, parents: [parent], author, committer, message });
      git.refs.set(ref, commit.sha);
      return ok(
        {
          content: contentFile(ctx, path, { mode: "100644", type: "blob", sha: blob.sha }, branch),
          commit: ctx.render.gitCommit(ctx.repo, commit),
        },
        existing ? 200 : 201,
      );
    },
  },
  // ── dispatch ──────────────────────────────────────────────────────────────────────────
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/dispatches",
    permission: { any: ["contents"], level: "write" },
    docs: `${D}/repos/repos#create-a-repository-dispatch-event`,
    handler: (ctx) => {
      const eventType = requireString(ctx.body, "event_type", "RepositoryDispatch");
      if (eventType.length > 100)
        throw validationFailed(
          "RepositoryDispatch",
          "event_type",
          "custom",
          "event_type is too long (maximum is 100 characters)",
        );
      const clientPayload = ctx.body.client_payload ?? {};
      if (typeof clientPayload !== "object" || clientPayload === null || Array.isArray(clientPayload))
        throw invalidType("client_payload", "object", clientPayload);
      if (Object.keys(clientPayload).length > 10)
        throw new HttpError(422, "client_payload may not have more than 10 top-level properties");
      ctx.repo.dispatches.push({ kind: "repository_dispatch", eventType, clientPayload, at: now() });
      return noContent;
    },
  },
  {
    method: "POST",
    path: "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
    permission: { any: ["actions"], level: "write" },
    docs: `${D}/actions/workflows#create-a-workflow-dispatch-event`,
    handler: (ctx) => {
      const workflowId = decodeURIComponent(ctx.params.workflow_id!);
      if (ctx.repo.workflows.size && !ctx.repo.workflows.has(workflowId)) throw notFound();
      const ref = requireString(ctx.body, "ref", "WorkflowDispatch");
      if (!ctx.repo.git.resolveCommitish(ref)) throw new HttpError(422, `No ref found for: ${ref}`);
      const inputs = ctx.body.inputs ?? {};
      if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs))
        throw invalidType("inputs", "object", inputs);
      if (Object.keys(inputs).length > 25)
        throw new HttpError(422, "inputs are too large: the maximum is 25 properties");
      const declared = ctx.repo.workflowInputs.get(workflowId);
      const unexpected = declared ? Object.keys(inputs).filter((k) => !declared.has(k)) : [];
      if (unexpected.length)
        throw new HttpError(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
      ctx.repo.dispatches.push({ kind: "workflow_dispatch", workflowId, ref, inputs, at: now() });
      return noContent;
    },
  },
];
