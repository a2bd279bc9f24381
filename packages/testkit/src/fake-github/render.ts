import type { FakeState, RepoRecord, UserRecord } from "./state.js";
import type { CommitObject, TreeObject } from "./git.js";
import type {
  AssetRecord,
  CheckRunRecord,
  CommentRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  IssueRecord,
  LabelRecord,
  PullRequestRecord,
  ReleaseRecord,
} from "./state.js";

/*
 * JSON shapes of GitHub's REST resources, with every field the OpenAPI description marks as
 * required (the conformance test validates them). URLs point at the fake's own hosts.
 */

export class Renderer {
  constructor(
    readonly state: FakeState,
    readonly api: string,
    readonly uploads: string,
    readonly html = "https://github.com",
  ) {}

  user(u: UserRecord) {
    const api = this.api;
    const login = encodeURIComponent(u.login);
    return {
      login: u.login,
      id: u.id,
      node_id: `MDQ6VXNlcj${u.id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: "",
      url: `${api}/users/${login}`,
      html_url: `${this.html}/${u.login.replace("[bot]", "")}`,
      followers_url: `${api}/users/${login}/followers`,
      following_url: `${api}/users/${login}/following{/other_user}`,
      gists_url: `${api}/users/${login}/gists{/gist_id}`,
      starred_url: `${api}/users/${login}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/users/${login}/subscriptions`,
      organizations_url: `${api}/users/${login}/orgs`,
      repos_url: `${api}/users/${login}/repos`,
      events_url: `${api}/users/${login}/events{/privacy}`,
      received_events_url: `${api}/users/${login}/received_events`,
      type: u.type,
      user_view_type: "public",
      site_admin: false,
    };
  }

  /** `repository` / `full-repository` / `minimal-repository` (a superset of all three). */
  repo(r: RepoRecord | { fullName: string; id: number; fork: boolean }, full = false) {
    const record = "git" in r ? r : undefined;
    const fullName = r.fullName;
    const [owner = "", name = ""] = fullName.split("/");
    const u = `${this.api}/repos/${fullName}`;
    const ownerUser = record?.owner ?? this.state.user(owner, "User");
    const created = record?.createdAt ?? "2026-01-01T00:00:00Z";
    const openIssues = record ? [...record.issues.values()].filter((i) => i.state === "open").length : 0;
    const base = {
      id: r.id,
      node_id: `R_kgDO${r.id}`,
      name,
      full_name: fullName,
      private: record?.private ?? false,
      owner: this.user(ownerUser),
      html_url: `${this.html}/${fullName}`,
      description: null,
      fork: r.fork,
      url: u,
      archive_url: `${u}/{archive_format}{/ref}`,
      assignees_url: `${u}/assignees{/user}`,
      blobs_url: `${u}/git/blobs{/sha}`,
      branches_url: `${u}/branches{/branch}`,
      collaborators_url: `${u}/collaborators{/collaborator}`,
      comments_url: `${u}/comments{/number}`,
      commits_url: `${u}/commits{/sha}`,
      compare_url: `${u}/compare/{base}...{head}`,
      contents_url: `${u}/contents/{+path}`,
      contributors_url: `${u}/contributors`,
      deployments_url: `${u}/deployments`,
      downloads_url: `${u}/downloads`,
      events_url: `${u}/events`,
      forks_url: `${u}/forks`,
      git_commits_url: `${u}/git/commits{/sha}`,
      git_refs_url: `${u}/git/refs{/sha}`,
      git_tags_url: `${u}/git/tags{/sha}`,
      git_url: `git://github.com/${fullName}.git`,
      issue_comment_url: `${u}/issues/comments{/number}`,
      issue_events_url: `${u}/issues/events{/number}`,
      issues_url: `${u}/issues{/number}`,
      keys_url: `${u}/keys{/key_id}`,
      labels_url: `${u}/labels{/name}`,
      languages_url: `${u}/languages`,
      merges_url: `${u}/merges`,
      milestones_url: `${u}/milestones{/number}`,
      notifications_url: `${u}/notifications{?since,all,participating}`,
      pulls_url: `${u}/pulls{/number}`,
      releases_url: `${u}/releases{/id}`,
      ssh_url: `git@github.com:${fullName}.git`,
      stargazers_url: `${u}/stargazers`,
      statuses_url: `${u}/statuses/{sha}`,
      subscribers_url: `${u}/subscribers`,
      subscription_url: `${u}/subscription`,
      tags_url: `${u}/tags`,
      teams_url: `${u}/teams`,
      trees_url: `${u}/git/trees{/sha}`,
      clone_url: `${this.html}/${fullName}.git`,
      mirror_url: null,
      hooks_url: `${u}/hooks`,
      svn_url: `${this.html}/${fullName}`,
      homepage: null,
      language: "Python",
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 108,
      default_branch: record?.defaultBranch ?? "main",
      open_issues_count: openIssues,
      open_issues: openIssues,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: record?.private ? "private" : "public",
      pushed_at: created,
      created_at: created,
      updated_at: created,
      license: null,
      allow_forking: true,
      web_commit_signoff_required: false,
    };
    if (!full) return base;
    return {
      ...base,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
      network_count: 0,
      subscribers_count: 1,
      allow_rebase_merge: true,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
    };
  }

  private headRepo(repo: RepoRecord, pr: PullRequestRecord) {
    if (pr.headRepo.toLowerCase() === repo.fullName.toLowerCase()) return this.repo(repo);
    return this.repo({ fullName: pr.headRepo, id: repo.id + 100000, fork: true });
  }

  pull(repo: RepoRecord, pr: PullRequestRecord) {
    const u = `${this.api}/repos/${repo.fullName}`;
    const html = `${this.html}/${repo.fullName}/pull/${pr.number}`;
    const headRepo = this.headRepo(repo, pr);
    const [headOwner] = pr.headRepo.split("/");
    const comments = [...repo.comments.values()].filter((c) => c.issueNumber === pr.number).length;
    return {
      url: `${u}/pulls/${pr.number}`,
      id: 100000 + pr.number,
      node_id: `PR_kwDO${pr.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${u}/issues/${pr.number}`,
      commits_url: `${u}/pulls/${pr.number}/commits`,
      review_comments_url: `${u}/pulls/${pr.number}/comments`,
      review_comment_url: `${u}/pulls/comments{/number}`,
      comments_url: `${u}/issues/${pr.number}/comments`,
      statuses_url: `${u}/statuses/${pr.headSha}`,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      user: this.user(pr.user),
      body: pr.body,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: pr.createdAt,
      updated_at: pr.updatedAt,
      closed_at: pr.state === "closed" ? pr.updatedAt : null,
      merged_at: pr.merged ? pr.updatedAt : null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: {
        label: `${headOwner}:${pr.headRef}`,
        ref: pr.headRef,
        sha: pr.headSha,
        user: this.user(this.state.user(headOwner ?? "octocat")),
        repo: headRepo,
      },
      base: {
        label: `${repo.owner.login}:${pr.baseRef}`,
        ref: pr.baseRef,
        sha: pr.baseSha,
        user: this.user(repo.owner),
        repo: this.repo(repo),
      },
      _links: {
        self: { href: `${u}/pulls/${pr.number}` },
        html: { href: html },
        issue: { href: `${u}/issues/${pr.number}` },
        comments: { href: `${u}/issues/${pr.number}/comments` },
        review_comments: { href: `${u}/pulls/${pr.number}/comments` },
        review_comment: { href: `${u}/pulls/comments{/number}` },
        commits: { href: `${u}/pulls/${pr.number}/commits` },
        statuses: { href: `${u}/statuses/${pr.headSha}` },
      },
      author_association: pr.headRepo === repo.fullName ? "MEMBER" : "CONTRIBUTOR",
      auto_merge: null,
      draft: pr.draft,
      merged: pr.merged,
      mergeable: true,
      rebaseable: true,
      mergeable_state: "clean",
      merged_by: null,
      comments,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 10,
      deletions: 2,
      changed_files: 1,
    };
  }

  /** `pull-request-simple` (list endpoints): the same object minus the counters. */
  pullSimple(repo: RepoRecord, pr: PullRequestRecord) {
    const {
      merged: _m,
      mergeable: _a,
      rebaseable: _r,
      mergeable_state: _s,
      merged_by: _b,
      comments: _c,
      review_comments: _rc,
      maintainer_can_modify: _mm,
      commits: _co,
      additions: _ad,
      deletions: _de,
      changed_files: _cf,
      ...simple
    } = this.pull(repo, pr);
    return simple;
  }

  label(repo: RepoRecord, l: LabelRecord) {
    return {
      id: l.id,
      node_id: `LA_${l.id}`,
      url: `${this.api}/repos/${repo.fullName}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      description: l.description,
      color: l.color,
      default: false,
    };
  }

  issue(repo: RepoRecord, i: IssueRecord) {
    const u = `${this.api}/repos/${repo.fullName}`;
    const comments = [...repo.comments.values()].filter((c) => c.issueNumber === i.number).length;
    const out: Record<string, unknown> = {
      id: 200000 + i.number,
      node_id: `I_kwDO${i.number}`,
      url: `${u}/issues/${i.number}`,
      repository_url: u,
      labels_url: `${u}/issues/${i.number}/labels{/name}`,
      comments_url: `${u}/issues/${i.number}/comments`,
      events_url: `${u}/issues/${i.number}/events`,
      html_url: `${this.html}/${repo.fullName}/${i.isPullRequest ? "pull" : "issues"}/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.stateReason,
      title: i.title,
      body: i.body,
      user: this.user(i.user),
      labels: i.labels.map((name, k) =>
        this.label(
          repo,
          repo.labels.get(name.toLowerCase()) ?? { id: 300000 + k, name, color: "ededed", description: null },
        ),
      ),
      assignee: i.assignees[0] ? this.user(this.state.user(i.assignees[0])) : null,
      assignees: i.assignees.map((a) => this.user(this.state.user(a))),
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments,
      closed_at: i.closedAt,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_by: null,
      author_association: "MEMBER",
      reactions: this.reactions(`${u}/issues/${i.number}/reactions`),
    };
    if (i.isPullRequest) {
      out.pull_request = {
        url: `${u}/pulls/${i.number}`,
        html_url: `${this.html}/${repo.fullName}/pull/${i.number}`,
        diff_url: `${this.html}/${repo.fullName}/pull/${i.number}.diff`,
        patch_url: `${this.html}/${repo.fullName}/pull/${i.number}.patch`,
        merged_at: null,
      };
    }
    return out;
  }

  reactions(url: string) {
    return {
      url,
      total_count: 0,
      "+1": 0,
      "-1": 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    };
  }

  comment(repo: RepoRecord, c: CommentRecord) {
    const u = `${this.api}/repos/${repo.fullName}`;
    return {
      id: c.id,
      node_id: `IC_kwDO${c.id}`,
      url: `${u}/issues/comments/${c.id}`,
      html_url: `${this.html}/${repo.fullName}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      body: c.body,
      user: this.user(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      issue_url: `${u}/issues/${c.issueNumber}`,
      author_association: c.user.type === "Bot" ? "NONE" : "MEMBER",
      reactions: this.reactions(`${u}/issues/comments/${c.id}/reactions`),
    };
  }

  app() {
    return {
      id: 15368,
      client_id: "Iv1.05c79e9ad1f6bdfa",
      slug: "github-actions",
      node_id: "MDM6QXBwMTUzNjg=",
      owner: this.user(this.state.user("github", "Organization", 9919)),
      name: "GitHub Actions",
      description: "Automate your workflow from idea to production",
      external_url: "https://help.github.com/en/actions",
      html_url: "https://github.com/apps/github-actions",
      created_at: "2018-07-30T09:30:17Z",
      updated_at: "2024-04-10T20:33:16Z",
      permissions: {
        actions: "write",
        checks: "write",
        contents: "write",
        deployments: "write",
        issues: "write",
        metadata: "read",
        pull_requests: "write",
        statuses: "write",
      },
      events: ["check_run", "check_suite", "deployment", "pull_request", "push", "release", "workflow_run"],
    };
  }

  checkRun(repo: RepoRecord, c: CheckRunRecord) {
    const u = `${this.api}/repos/${repo.fullName}`;
    const prs = [...repo.pulls.values()].filter(
      (p) => p.headSha === c.headSha && p.headRepo === repo.fullName,
    );
    return {
      id: c.id,
      head_sha: c.headSha,
      node_id: `CR_kwDO${c.id}`,
      external_id: c.externalId ?? "",
      url: `${u}/check-runs/${c.id}`,
      html_url: `${this.html}/${repo.fullName}/runs/${c.id}`,
      details_url: c.detailsUrl ?? `${this.html}/${repo.fullName}/runs/${c.id}`,
      status: c.status,
      conclusion: c.conclusion,
      started_at: c.startedAt,
      completed_at: c.completedAt,
      output: {
        title: c.output.title,
        summary: c.output.summary,
        text: c.output.text,
        annotations_count: c.output.annotations.length,
        annotations_url: `${u}/check-runs/${c.id}/annotations`,
      },
      name: c.name,
      check_suite: { id: c.checkSuiteId },
      app: this.app(),
      pull_requests: prs.map((p) => ({
        url: `${u}/pulls/${p.number}`,
        id: 100000 + p.number,
        number: p.number,
        head: { ref: p.headRef, sha: p.headSha, repo: { id: repo.id, url: u, name: repo.name } },
        base: { ref: p.baseRef, sha: p.baseSha, repo: { id: repo.id, url: u, name: repo.name } },
      })),
    };
  }

  deployment(repo: RepoRecord, d: DeploymentRecord) {
    const u = `${this.api}/repos/${repo.fullName}`;
    return {
      url: `${u}/deployments/${d.id}`,
      id: d.id,
      node_id: `DE_kwDO${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
      original_environment: d.originalEnvironment,
      environment: d.environment,
      description: d.description,
      creator: this.user(d.creator),
      created_at: d.createdAt,
      updated_at: d.updatedAt,
      statuses_url: `${u}/deployments/${d.id}/statuses`,
      repository_url: u,
      transient_environment: d.transient,
      production_environment: d.production,
      performed_via_github_app: null,
    };
  }

  deploymentStatus(repo: RepoRecord, s: DeploymentStatusRecord) {
    const u = `${this.api}/repos/${repo.fullName}`;
    return {
      url: `${u}/deployments/${s.deploymentId}/statuses/${s.id}`,
      id: s.id,
      node_id: `DES_kwDO${s.id}`,
      state: s.state,
      creator: this.user(s.creator),
      description: s.description,
      environment: s.environment,
      target_url: s.targetUrl,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
      deployment_url: `${u}/deployments/${s.deploymentId}`,
      repository_url: u,
      environment_url: s.environmentUrl,
      log_url: s.logUrl,
      performed_via_github_app: null,
    };
  }

  asset(repo: RepoRecord, a: AssetRecord, digest: string) {
    const u = `${this.api}/repos/${repo.fullName}`;
    return {
      url: `${u}/releases/assets/${a.id}`,
      browser_download_url: `${this.api}/_downloads/${repo.fullName}/${a.id}/${encodeURIComponent(a.name)}`,
      id: a.id,
      node_id: `RA_kwDO${a.id}`,
      name: a.name,
      label: a.label,
      state: "uploaded",
      content_type: a.contentType,
      size: a.file?.bytes ?? a.data.length,
      digest,
      download_count: a.downloadCount,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      uploader: this.user(a.uploader),
    };
  }

  release(repo: RepoRecord, r: ReleaseRecord, digest: (a: AssetRecord) => string) {
    const u = `${this.api}/repos/${repo.fullName}`;
    const tagPath = r.draft ? `untagged-${r.id}` : `tag/${encodeURIComponent(r.tagName)}`;
    return {
      url: `${u}/releases/${r.id}`,
      html_url: `${this.html}/${repo.fullName}/releases/${tagPath}`,
      assets_url: `${u}/releases/${r.id}/assets`,
      upload_url: `${this.uploads}/repos/${repo.fullName}/releases/${r.id}/assets{?name,label}`,
      tarball_url: r.draft ? null : `${u}/tarball/${encodeURIComponent(r.tagName)}`,
      zipball_url: r.draft ? null : `${u}/zipball/${encodeURIComponent(r.tagName)}`,
      id: r.id,
      node_id: `RE_kwDO${r.id}`,
      tag_name: r.tagName,
      target_commitish: r.targetCommitish,
      name: r.name,
      body: r.body,
      draft: r.draft,
      prerelease: r.prerelease,
      immutable: false,
      created_at: r.createdAt,
      updated_at: r.publishedAt ?? r.createdAt,
      published_at: r.publishedAt,
      author: this.user(r.author),
      assets: r.assets.map((a) => this.asset(repo, a, digest(a))),
    };
  }

  gitCommit(repo: RepoRecord, c: CommitObject) {
    const u = `${this.api}/repos/${repo.fullName}`;
    return {
      sha: c.sha,
      node_id: `C_kwDO${c.sha.slice(0, 12)}`,
      url: `${u}/git/commits/${c.sha}`,
      html_url: `${this.html}/${repo.fullName}/commit/${c.sha}`,
      author: c.author,
      committer: c.committer,
      tree: { sha: c.tree, url: `${u}/git/trees/${c.tree}` },
      message: c.message,
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${u}/git/commits/${p}`,
        html_url: `${this.html}/${repo.fullName}/commit/${p}`,
      })),
      verification: {
        verified: false,
        reason: "unsigned",
        signature: null,
        payload: null,
        verified_at: null,
      },
    };
  }

  gitTree(repo: RepoRecord, tree: TreeObject, recursive: boolean) {
    const u = `${this.api}/repos/${repo.fullName}`;
    const entries: Array<Record<string, unknown>> = [];
    const walk = (t: TreeObject, prefix: string) => {
      for (const e of t.entries) {
        const item: Record<string, unknown> = {
          path: prefix + e.path,
          mode: e.mode,
          type: e.type,
          sha: e.sha,
          url: `${u}/git/${e.type === "tree" ? "trees" : "blobs"}/${e.sha}`,
        };
        if (e.type === "blob") item.size = repo.git.blob(e.sha)?.content.length ?? 0;
        if (e.type === "commit") delete item.url;
        entries.push(item);
        if (recursive && e.type === "tree") {
          const sub = repo.git.tree(e.sha);
          if (sub) walk(sub, `${prefix}${e.path}/`);
        }
      }
    };
    walk(tree, "");
    return { sha: tree.sha, url: `${u}/git/trees/${tree.sha}`, tree: entries, truncated: false };
  }

  gitRef(repo: RepoRecord, ref: string, sha: string) {
    const u = `${this.api}/repos/${repo.fullName}`;
    const type = repo.git.get(sha)?.type ?? "commit";
    return {
      ref,
      node_id: `REF_kwDO${Buffer.from(ref).toString("base64url")}`,
      url: `${u}/git/${ref}`,
      object: { type, sha, url: `${u}/git/${type}s/${sha}` },
    };
  }
}
