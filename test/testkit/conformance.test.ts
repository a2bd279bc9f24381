import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  loadOpenApiValidator,
  startFakeGitHub,
  type FakeGitHub,
  type OpenApiValidator,
} from "@mlops/testkit";

/*
 * Drives every route of the fake and validates status + body against GitHub's OpenAPI
 * description (@octokit/openapi, api.github.com). A route added to the fake without a scenario
 * here fails the coverage test at the end.
 */

const R = "/repos/{owner}/{repo}";
const REPO = "/repos/octo-org/ml-repo";
let gh: FakeGitHub;
let api: OpenApiValidator;
const covered = new Set<string>();
const problems: string[] = [];

// Statuses GitHub answers on (nearly) every route without listing them per operation (a
// missing release or workflow is a 404 though the description lists only 200/401 there).
// Their bodies are still checked to be GitHub's error shape below.
const UNIVERSAL = new Set([304, 400, 401, 403, 404]);

interface CallOptions {
  body?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
  token?: string | null;
  host?: "api" | "uploads";
  redirect?: "manual" | "follow";
}

async function call(method: string, template: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { accept: "application/vnd.github+json", ...options.headers };
  const token = options.token === undefined ? "ghs_writer" : options.token;
  if (token) headers.authorization = `token ${token}`;
  let body: Buffer | string | undefined;
  if (options.raw) body = options.raw;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] = "application/json";
  }
  const base = options.host === "uploads" ? gh.uploadsUrl : gh.url;
  const res = await fetch(base + path, { method, headers, body, redirect: options.redirect ?? "manual" });
  const text = await res.text();
  const contentType = res.headers.get("content-type") ?? "";
  const json: unknown = text && contentType.includes("json") ? JSON.parse(text) : text;
  covered.add(`${method} ${template}`);
  const check = api.check(method, template, res.status, json);
  if (!check.documented) problems.push(`${method} ${template}: not in GitHub's OpenAPI description`);
  else if (!check.statusDocumented && !UNIVERSAL.has(res.status))
    problems.push(
      `${method} ${template}: status ${res.status} not documented (documented: ${api.statuses(method, template).join(", ")})`,
    );
  if (check.errors.length) problems.push(`${method} ${template} ${res.status}: ${check.errors.join("; ")}`);
  if (res.status >= 400) {
    // Every error body is GitHub's: {message, documentation_url, status}.
    const err = json as { message?: unknown; documentation_url?: unknown; status?: unknown };
    expect(typeof err.message, `${method} ${path} error body`).toBe("string");
    expect(err.documentation_url, `${method} ${path} documentation_url`).toMatch(
      /^https:\/\/docs\.github\.com\//,
    );
    expect(err.status).toBe(String(res.status));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
  return { status: res.status, body: json as any, headers: res.headers };
}

beforeAll(async () => {
  [gh, api] = await Promise.all([startFakeGitHub(), loadOpenApiValidator()]);
  gh.state.readOnlyToken("ghs_reader");
});
afterAll(() => gh?.close());

describe("the fake GitHub conforms to GitHub's OpenAPI description", () => {
  it("meta and repository", async () => {
    expect((await call("GET", "/rate_limit", "/rate_limit")).status).toBe(200);
    const repo = await call("GET", `${R}`, REPO);
    expect(repo.status).toBe(200);
    expect(repo.body.default_branch).toBe("main");
    expect(repo.headers.get("x-ratelimit-limit")).toBe("5000");
    expect(repo.headers.get("x-ratelimit-remaining")).toMatch(/^\d+$/);
    expect((await call("GET", `${R}`, "/repos/octo-org/missing")).status).toBe(404);
  });

  it("unknown routes answer 404 like GitHub", async () => {
    const res = await fetch(`${gh.url}/repos/octo-org/ml-repo/no-such-thing`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      message: "Not Found",
      documentation_url: "https://docs.github.com/rest",
      status: "404",
    });
  });

  it("pulls", async () => {
    gh.state.addPullRequest({ number: 3, headSha: "a".repeat(40), headRef: "topic" });
    gh.state.addPullRequest({ number: 4, headSha: "b".repeat(40), fork: true, headRef: "patch-1" });
    expect((await call("GET", `${R}/pulls/{pull_number}`, `${REPO}/pulls/3`)).body.head.sha).toBe(
      "a".repeat(40),
    );
    const fork = await call("GET", `${R}/pulls/{pull_number}`, `${REPO}/pulls/4`);
    expect(fork.body.head.repo.fork).toBe(true);
    expect((await call("GET", `${R}/pulls/{pull_number}`, `${REPO}/pulls/99`)).status).toBe(404);
    const list = await call("GET", `${R}/pulls`, `${REPO}/pulls?state=all&per_page=1`);
    expect(list.body).toHaveLength(1);
    expect(list.headers.get("link")).toMatch(/rel="next"/);
    const head = await call("GET", `${R}/pulls`, `${REPO}/pulls?head=contributor:patch-1`);
    expect(head.body.map((p: { number: number }) => p.number)).toEqual([4]);
    const forCommit = await call(
      "GET",
      `${R}/commits/{commit_sha}/pulls`,
      `${REPO}/commits/${"a".repeat(40)}/pulls`,
    );
    expect(forCommit.body.map((p: { number: number }) => p.number)).toEqual([3]);
    // A fork's head commit is not listed (it lives in the fork), as on GitHub.
    expect(
      (await call("GET", `${R}/commits/{commit_sha}/pulls`, `${REPO}/commits/${"b".repeat(40)}/pulls`)).body,
    ).toEqual([]);
  });

  it("issues", async () => {
    const created = await call("POST", `${R}/issues`, `${REPO}/issues`, {
      body: { title: "Drift detected", body: "x", labels: ["mlops"] },
    });
    expect(created.status).toBe(201);
    const n = created.body.number;
    expect((await call("POST", `${R}/issues`, `${REPO}/issues`, { body: { body: "no title" } })).status).toBe(
      422,
    );
    expect((await call("GET", `${R}/issues/{issue_number}`, `${REPO}/issues/${n}`)).body.title).toBe(
      "Drift detected",
    );
    const closed = await call("PATCH", `${R}/issues/{issue_number}`, `${REPO}/issues/${n}`, {
      body: { state: "closed" },
    });
    expect(closed.body.state).toBe("closed");
    const list = await call("GET", `${R}/issues`, `${REPO}/issues?state=all&labels=mlops`);
    expect(list.body.map((i: { number: number }) => i.number)).toEqual([n]);
    expect(
      (await call("POST", `${R}/issues`, `${REPO}/issues`, { body: { title: "t" }, token: null })).status,
    ).toBe(401);
  });

  it("labels", async () => {
    const created = await call("POST", `${R}/labels`, `${REPO}/labels`, {
      body: { name: "mlops-drift", color: "D93F0B", description: "Data drift" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "mlops-drift", color: "D93F0B", description: "Data drift" });
    expect(
      (await call("POST", `${R}/labels`, `${REPO}/labels`, { body: { name: "MLOPS-drift" } })).status,
    ).toBe(422);
    expect(
      (await call("POST", `${R}/labels`, `${REPO}/labels`, { body: { name: "x", color: "red" } })).status,
    ).toBe(422);
    const got = await call("GET", `${R}/labels/{name}`, `${REPO}/labels/MLOPS-DRIFT`);
    expect(got.body.name).toBe("mlops-drift");
    expect((await call("GET", `${R}/labels/{name}`, `${REPO}/labels/nope`)).status).toBe(404);
    const i = await call("POST", `${R}/issues`, `${REPO}/issues`, {
      body: { title: "t", labels: ["mlops-drift"] },
    });
    expect(i.body.labels).toEqual([expect.objectContaining({ name: "mlops-drift", color: "D93F0B" })]);
  });

  it("issue comments", async () => {
    gh.state.addPullRequest({ number: 10 });
    gh.state.addComments(10, 45, (i) => `comment ${i}`);
    const page2 = await call(
      "GET",
      `${R}/issues/{issue_number}/comments`,
      `${REPO}/issues/10/comments?per_page=20&page=2`,
    );
    expect(page2.body).toHaveLength(20);
    expect(page2.body[0].body).toBe("comment 20");
    expect(page2.headers.get("link")).toContain('rel="last"');
    const created = await call("POST", `${R}/issues/{issue_number}/comments`, `${REPO}/issues/10/comments`, {
      body: { body: "<!-- mlops -->\nreport" },
    });
    expect(created.status).toBe(201);
    expect(created.body.user.login).toBe("github-actions[bot]");
    expect(created.body.user.type).toBe("Bot");
    const id = created.body.id;
    const tooLong = await call("POST", `${R}/issues/{issue_number}/comments`, `${REPO}/issues/10/comments`, {
      body: { body: "x".repeat(65537) },
    });
    expect(tooLong.status).toBe(422);
    const ro = await call("POST", `${R}/issues/{issue_number}/comments`, `${REPO}/issues/10/comments`, {
      body: { body: "x" },
      token: "ghs_reader",
    });
    expect(ro.status).toBe(403);
    expect(ro.body.message).toBe("Resource not accessible by integration");
    expect(ro.headers.get("x-accepted-github-permissions")).toBe("issues=write; pull_requests=write");
    expect(
      (await call("GET", `${R}/issues/comments/{comment_id}`, `${REPO}/issues/comments/${id}`)).body.body,
    ).toContain("report");
    const updated = await call(
      "PATCH",
      `${R}/issues/comments/{comment_id}`,
      `${REPO}/issues/comments/${id}`,
      { body: { body: "updated" } },
    );
    expect(updated.body.body).toBe("updated");
    expect(
      (await call("DELETE", `${R}/issues/comments/{comment_id}`, `${REPO}/issues/comments/${id}`)).status,
    ).toBe(204);
    expect(
      (await call("GET", `${R}/issues/comments/{comment_id}`, `${REPO}/issues/comments/${id}`)).status,
    ).toBe(404);
    expect(
      (await call("GET", `${R}/issues/{issue_number}/comments`, `${REPO}/issues/999/comments`)).status,
    ).toBe(404);
  });

  it("check runs", async () => {
    const sha = gh.state.branchSha("main")!;
    const created = await call("POST", `${R}/check-runs`, `${REPO}/check-runs`, {
      body: { name: "mlops / gate", head_sha: sha, status: "in_progress", external_id: "run-1" },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const done = await call("PATCH", `${R}/check-runs/{check_run_id}`, `${REPO}/check-runs/${id}`, {
      body: {
        conclusion: "success",
        output: {
          title: "Gate passed",
          summary: "All metrics pass",
          annotations: [
            { path: "metrics.json", start_line: 1, end_line: 1, annotation_level: "notice", message: "ok" },
          ],
        },
      },
    });
    expect(done.body.status).toBe("completed");
    expect(done.body.output.annotations_count).toBe(1);
    expect(
      (await call("GET", `${R}/check-runs/{check_run_id}`, `${REPO}/check-runs/${id}`)).body.conclusion,
    ).toBe("success");
    const list = await call(
      "GET",
      `${R}/commits/{ref}/check-runs`,
      `${REPO}/commits/${sha}/check-runs?check_name=mlops%20/%20gate`,
    );
    expect(list.body.total_count).toBe(1);
  });

  it("deployments and statuses", async () => {
    const sha = gh.state.branchSha("main")!;
    const d1 = await call("POST", `${R}/deployments`, `${REPO}/deployments`, {
      body: {
        ref: "main",
        environment: "staging",
        required_contexts: [],
        payload: { model: "m", version: 1 },
      },
    });
    expect(d1.status).toBe(201);
    expect(d1.body.sha).toBe(sha);
    const s1 = await call(
      "POST",
      `${R}/deployments/{deployment_id}/statuses`,
      `${REPO}/deployments/${d1.body.id}/statuses`,
      { body: { state: "success", environment_url: "https://staging.example" } },
    );
    expect(s1.status).toBe(201);
    const d2 = await call("POST", `${R}/deployments`, `${REPO}/deployments`, {
      body: { ref: "main", environment: "staging", required_contexts: [] },
    });
    await call(
      "POST",
      `${R}/deployments/{deployment_id}/statuses`,
      `${REPO}/deployments/${d2.body.id}/statuses`,
      { body: { state: "success" } },
    );
    // auto_inactive: the earlier successful deployment to staging is now inactive.
    const statuses = await call(
      "GET",
      `${R}/deployments/{deployment_id}/statuses`,
      `${REPO}/deployments/${d1.body.id}/statuses`,
    );
    expect(statuses.body.map((s: { state: string }) => s.state)).toEqual(["inactive", "success"]);
    const one = await call(
      "GET",
      `${R}/deployments/{deployment_id}/statuses/{status_id}`,
      `${REPO}/deployments/${d1.body.id}/statuses/${s1.body.id}`,
    );
    expect(one.body.environment_url).toBe("https://staging.example");
    expect(
      (await call("GET", `${R}/deployments/{deployment_id}`, `${REPO}/deployments/${d2.body.id}`)).body
        .environment,
    ).toBe("staging");
    const list = await call("GET", `${R}/deployments`, `${REPO}/deployments?environment=staging`);
    expect(list.body.map((d: { id: number }) => d.id)).toEqual([d2.body.id, d1.body.id]);
    // Failing required contexts → 409 with the contexts listed.
    gh.state.addCommitStatus(sha, "ci/test", "failure");
    const conflict = await call("POST", `${R}/deployments`, `${REPO}/deployments`, { body: { ref: "main" } });
    expect(conflict.status).toBe(409);
    expect(conflict.body.errors[0].contexts).toContainEqual({ context: "ci/test", state: "failure" });
    // auto_merge: a branch behind main is merged up first (202).
    const base = gh.state.branchSha("main")!;
    gh.state.repo().git.refs.set("refs/heads/topic", base);
    gh.state.commitFiles("octo-org/ml-repo", "main", { "later.txt": "x" });
    const merged = await call("POST", `${R}/deployments`, `${REPO}/deployments`, {
      body: { ref: "topic", required_contexts: [] },
    });
    expect(merged.status).toBe(202);
    expect(merged.body.message).toMatch(/Auto-merged main into topic/);
    const topic = gh.state.repo().git.commit(gh.state.branchSha("topic")!)!;
    expect(topic.parents).toHaveLength(2);
    expect(gh.state.readFile("topic", "later.txt")).toBe("x");
    // Both sides changed the same file: 409 "Conflict merging main into clash."
    gh.state.repo().git.refs.set("refs/heads/clash", gh.state.branchSha("main")!);
    gh.state.commitFiles("octo-org/ml-repo", "clash", { "README.md": "ours" });
    gh.state.commitFiles("octo-org/ml-repo", "main", { "README.md": "theirs" });
    const clash = await call("POST", `${R}/deployments`, `${REPO}/deployments`, {
      body: { ref: "clash", required_contexts: [] },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.message).toBe("Conflict merging main into clash.");
    // Deleting an active deployment that is not the only one is refused; inactive is fine.
    expect(
      (await call("DELETE", `${R}/deployments/{deployment_id}`, `${REPO}/deployments/${d2.body.id}`)).status,
    ).toBe(422);
    expect(
      (await call("DELETE", `${R}/deployments/{deployment_id}`, `${REPO}/deployments/${d1.body.id}`)).status,
    ).toBe(204);
  });

  it("releases and assets", async () => {
    const created = await call("POST", `${R}/releases`, `${REPO}/releases`, {
      body: { tag_name: "model-v1", name: "model v1", make_latest: "false", body: "metrics" },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const dup = await call("POST", `${R}/releases`, `${REPO}/releases`, { body: { tag_name: "model-v1" } });
    expect(dup.status).toBe(422);
    expect(dup.body.errors).toEqual([{ resource: "Release", code: "already_exists", field: "tag_name" }]);
    const draft = await call("POST", `${R}/releases`, `${REPO}/releases`, {
      body: { tag_name: "model-v2", draft: true, prerelease: true },
    });
    expect(draft.body.draft).toBe(true);
    expect((await call("GET", `${R}/releases/tags/{tag}`, `${REPO}/releases/tags/model-v2`)).status).toBe(
      404,
    );
    const published = await call("PATCH", `${R}/releases/{release_id}`, `${REPO}/releases/${draft.body.id}`, {
      body: { draft: false },
    });
    expect(published.body.published_at).not.toBeNull();
    expect((await call("GET", `${R}/releases/tags/{tag}`, `${REPO}/releases/tags/model-v2`)).body.id).toBe(
      draft.body.id,
    );
    expect((await call("GET", `${R}/releases/{release_id}`, `${REPO}/releases/${id}`)).body.tag_name).toBe(
      "model-v1",
    );
    // make_latest: false and prerelease → no latest release.
    expect((await call("GET", `${R}/releases/latest`, `${REPO}/releases/latest`)).status).toBe(404);
    const uploadPath = new URL(created.body.upload_url.replace(/\{.*\}$/, "")).pathname;
    const asset = await call("POST", `${R}/releases/{release_id}/assets`, `${uploadPath}?name=model.onnx`, {
      host: "uploads",
      raw: Buffer.from("ONNX bytes"),
      headers: { "content-type": "application/octet-stream" },
    });
    expect(asset.status).toBe(201);
    expect(asset.body.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const dupAsset = await call(
      "POST",
      `${R}/releases/{release_id}/assets`,
      `${uploadPath}?name=model.onnx`,
      {
        host: "uploads",
        raw: Buffer.from("again"),
        headers: { "content-type": "application/octet-stream" },
      },
    );
    expect(dupAsset.status).toBe(422);
    expect(dupAsset.body.errors[0]).toMatchObject({
      resource: "ReleaseAsset",
      code: "already_exists",
      field: "name",
    });
    const assets = await call("GET", `${R}/releases/{release_id}/assets`, `${REPO}/releases/${id}/assets`);
    expect(assets.body).toHaveLength(1);
    const meta = await call(
      "GET",
      `${R}/releases/assets/{asset_id}`,
      `${REPO}/releases/assets/${asset.body.id}`,
    );
    expect(meta.body.size).toBe(10);
    const redirect = await call(
      "GET",
      `${R}/releases/assets/{asset_id}`,
      `${REPO}/releases/assets/${asset.body.id}`,
      { headers: { accept: "application/octet-stream" } },
    );
    expect(redirect.status).toBe(302);
    const bytes = await fetch(redirect.headers.get("location")!);
    expect(await bytes.text()).toBe("ONNX bytes");
    const list = await call("GET", `${R}/releases`, `${REPO}/releases`);
    expect(list.body.length).toBe(2);
    expect(
      (await call("DELETE", `${R}/releases/assets/{asset_id}`, `${REPO}/releases/assets/${asset.body.id}`))
        .status,
    ).toBe(204);
    expect((await call("DELETE", `${R}/releases/{release_id}`, `${REPO}/releases/${id}`)).status).toBe(204);
    expect((await call("GET", `${R}/releases/{release_id}`, `${REPO}/releases/${id}`)).status).toBe(404);
  });

  it("git data", async () => {
    const main = await call("GET", `${R}/git/ref/{ref}`, `${REPO}/git/ref/heads/main`);
    const parent = main.body.object.sha;
    const parentCommit = await call("GET", `${R}/git/commits/{commit_sha}`, `${REPO}/git/commits/${parent}`);
    const blob = await call("POST", `${R}/git/blobs`, `${REPO}/git/blobs`, {
      body: { content: Buffer.from("{}\n").toString("base64"), encoding: "base64" },
    });
    expect(blob.status).toBe(201);
    expect(blob.body.sha).toBe("0967ef424bce6791893e9a57bb952f80fd536e93"); // git hash-object of "{}\n"
    const got = await call("GET", `${R}/git/blobs/{file_sha}`, `${REPO}/git/blobs/${blob.body.sha}`);
    expect(Buffer.from(got.body.content, "base64").toString()).toBe("{}\n");
    const tree = await call("POST", `${R}/git/trees`, `${REPO}/git/trees`, {
      body: {
        base_tree: parentCommit.body.tree.sha,
        tree: [{ path: "models/m/index.json", mode: "100644", type: "blob", sha: blob.body.sha }],
      },
    });
    expect(tree.status).toBe(201);
    const recursive = await call(
      "GET",
      `${R}/git/trees/{tree_sha}`,
      `${REPO}/git/trees/${tree.body.sha}?recursive=1`,
    );
    const paths = recursive.body.tree.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["README.md", "models", "models/m", "models/m/index.json"]));
    expect(recursive.body.tree.find((e: { path: string }) => e.path === "models/m").type).toBe("tree");
    const commit = await call("POST", `${R}/git/commits`, `${REPO}/git/commits`, {
      body: { message: "register m v1", tree: tree.body.sha, parents: [parent] },
    });
    expect(commit.status).toBe(201);
    expect(
      (
        await call("POST", `${R}/git/commits`, `${REPO}/git/commits`, {
          body: { message: "x", tree: "f".repeat(40) },
        })
      ).status,
    ).toBe(422);
    const created = await call("POST", `${R}/git/refs`, `${REPO}/git/refs`, {
      body: { ref: "refs/heads/mlops-registry", sha: commit.body.sha },
    });
    expect(created.status).toBe(201);
    const again = await call("POST", `${R}/git/refs`, `${REPO}/git/refs`, {
      body: { ref: "refs/heads/mlops-registry", sha: commit.body.sha },
    });
    expect(again.status).toBe(422);
    expect(again.body.message).toBe("Reference already exists");
    const notFf = await call("PATCH", `${R}/git/refs/{ref}`, `${REPO}/git/refs/heads/mlops-registry`, {
      body: { sha: parent, force: false },
    });
    expect(notFf.status).toBe(422);
    expect(notFf.body.message).toBe("Update is not a fast forward");
    const child = await call("POST", `${R}/git/commits`, `${REPO}/git/commits`, {
      body: { message: "next", tree: tree.body.sha, parents: [commit.body.sha] },
    });
    const ff = await call("PATCH", `${R}/git/refs/{ref}`, `${REPO}/git/refs/heads/mlops-registry`, {
      body: { sha: child.body.sha, force: false },
    });
    expect(ff.body.object.sha).toBe(child.body.sha);
    const matching = await call(
      "GET",
      `${R}/git/matching-refs/{ref}`,
      `${REPO}/git/matching-refs/heads/mlops`,
    );
    expect(matching.body.map((r: { ref: string }) => r.ref)).toEqual(["refs/heads/mlops-registry"]);
    expect((await call("GET", `${R}/git/ref/{ref}`, `${REPO}/git/ref/heads/nope`)).status).toBe(404);
    await call("POST", `${R}/git/refs`, `${REPO}/git/refs`, {
      body: { ref: "refs/heads/tmp", sha: child.body.sha },
    });
    expect((await call("DELETE", `${R}/git/refs/{ref}`, `${REPO}/git/refs/heads/tmp`)).status).toBe(204);
    expect((await call("DELETE", `${R}/git/refs/{ref}`, `${REPO}/git/refs/heads/tmp`)).status).toBe(422);
  });

  it("git data in an empty repository answers 409", async () => {
    gh.state.addRepo("octo-org/empty", { empty: true });
    const blob = await call("POST", `${R}/git/blobs`, "/repos/octo-org/empty/git/blobs", {
      body: { content: "x" },
    });
    expect(blob.status).toBe(409);
    expect(blob.body.message).toBe("Git Repository is empty.");
  });

  it("contents", async () => {
    const put = await call("PUT", `${R}/contents/{path}`, `${REPO}/contents/data/notes.md`, {
      body: { message: "add", content: Buffer.from("v1").toString("base64") },
    });
    expect(put.status).toBe(201);
    const file = await call("GET", `${R}/contents/{path}`, `${REPO}/contents/data/notes.md`);
    expect(Buffer.from(file.body.content, "base64").toString()).toBe("v1");
    const dir = await call("GET", `${R}/contents/{path}`, `${REPO}/contents/data`);
    expect(dir.body.map((e: { name: string }) => e.name)).toEqual(["notes.md"]);
    const stale = await call("PUT", `${R}/contents/{path}`, `${REPO}/contents/data/notes.md`, {
      body: { message: "edit", content: "djI=", sha: "1".repeat(40) },
    });
    expect(stale.status).toBe(409);
    const missingSha = await call("PUT", `${R}/contents/{path}`, `${REPO}/contents/data/notes.md`, {
      body: { message: "edit", content: "djI=" },
    });
    expect(missingSha.status).toBe(422);
    const update = await call("PUT", `${R}/contents/{path}`, `${REPO}/contents/data/notes.md`, {
      body: { message: "edit", content: "djI=", sha: file.body.sha },
    });
    expect(update.status).toBe(200);
    expect(gh.state.readFile("main", "data/notes.md")).toBe("v2");
    expect((await call("GET", `${R}/contents/{path}`, `${REPO}/contents/nope.md`)).status).toBe(404);
  });

  it("repository_dispatch and workflow_dispatch", async () => {
    const rd = await call("POST", `${R}/dispatches`, `${REPO}/dispatches`, {
      body: { event_type: "retrain", client_payload: { model: "m" } },
    });
    expect(rd.status).toBe(204);
    expect((await call("POST", `${R}/dispatches`, `${REPO}/dispatches`, { body: {} })).status).toBe(422);
    gh.state.setWorkflows(["ml-continuous-training.yml"]);
    const wd = await call(
      "POST",
      `${R}/actions/workflows/{workflow_id}/dispatches`,
      `${REPO}/actions/workflows/ml-continuous-training.yml/dispatches`,
      { body: { ref: "main", inputs: { model: "m" } } },
    );
    expect(wd.status).toBe(204);
    expect(
      (
        await call(
          "POST",
          `${R}/actions/workflows/{workflow_id}/dispatches`,
          `${REPO}/actions/workflows/other.yml/dispatches`,
          { body: { ref: "main" } },
        )
      ).status,
    ).toBe(404);
    expect(gh.state.repo().dispatches.map((d) => d.kind)).toEqual([
      "repository_dispatch",
      "workflow_dispatch",
    ]);
  });

  it("the validator itself rejects a body GitHub would not send", () => {
    const bad = api.check("GET", `${R}/issues/comments/{comment_id}`, 200, { body: "x", user: null });
    expect(bad.errors.join("\n")).toMatch(/must have required property 'id'/);
    expect(api.check("GET", `${R}/pulls/{pull_number}`, 299, {}).statusDocumented).toBe(false);
  });

  it("every route is covered and every response matches the description", () => {
    const missing = gh.routes.map((r) => `${r.method} ${r.path}`).filter((r) => !covered.has(r));
    expect(problems).toEqual([]);
    expect(missing).toEqual([]);
  });
});
