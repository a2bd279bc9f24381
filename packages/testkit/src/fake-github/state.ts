import { GitStore } from "./git.js";

/*
 * The fake GitHub's in-memory world. Tests seed it with the helpers below and inspect it after
 * a run (comments posted, releases created, the registry branch's commits...).
 */

export type Permission = "read" | "write" | "none";
export type PermissionName =
  "contents" | "pull-requests" | "issues" | "checks" | "deployments" | "actions" | "metadata" | "statuses";

export interface TokenInfo {
  login: string;
  type: "Bot" | "User";
  permissions: Partial<Record<PermissionName, Permission>>;
}

export const GITHUB_ACTIONS_BOT = { login: "github-actions[bot]", id: 41898282, type: "Bot" as const };

export const FULL_PERMISSIONS: Record<PermissionName, Permission> = {
  contents: "write",
  "pull-requests": "write",
  issues: "write",
  checks: "write",
  deployments: "write",
  actions: "write",
  metadata: "read",
  statuses: "write",
};

/** What GITHUB_TOKEN gets on a pull request from a fork: read everything, write nothing. */
export const READ_ONLY_PERMISSIONS: Record<PermissionName, Permission> = {
  contents: "read",
  "pull-requests": "read",
  issues: "read",
  checks: "read",
  deployments: "read",
  actions: "read",
  metadata: "read",
  statuses: "read",
};

export interface UserRecord {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
}

export interface PullRequestRecord {
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  user: UserRecord;
  headSha: string;
  headRef: string;
  headRepo: string; // full name; differs from the repo for a fork
  baseRef: string;
  baseSha: string;
  merged: boolean;
  draft: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface IssueRecord {
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | null;
  labels: string[];
  assignees: string[];
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Issues and pull requests share numbers; a PR's issue carries this. */
  isPullRequest: boolean;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: unknown[] };
  checkSuiteId: number;
}

export interface CommitStatusRecord {
  sha: string;
  context: string;
  state: "error" | "failure" | "pending" | "success";
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  payload: unknown;
  creator: UserRecord;
  transient: boolean;
  production: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentStatusRecord {
  id: number;
  deploymentId: number;
  state: "error" | "failure" | "inactive" | "in_progress" | "queued" | "pending" | "success";
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  targetUrl: string;
  creator: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface AssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  /** A big upload kept on disk (then `data` is empty). */
  file?: { path: string; bytes: number; sha256: string };
  uploader: UserRecord;
  downloadCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: "true" | "false" | "legacy";
  author: UserRecord;
  createdAt: string;
  publishedAt: string | null;
  assets: AssetRecord[];
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface DispatchRecord {
  kind: "repository_dispatch" | "workflow_dispatch";
  eventType?: string;
  clientPayload?: unknown;
  workflowId?: string;
  ref?: string;
  inputs?: unknown;
  at: string;
}

export interface RepoRecord {
  id: number;
  owner: UserRecord;
  name: string;
  fullName: string;
  private: boolean;
  fork: boolean;
  defaultBranch: string;
  createdAt: string;
  git: GitStore;
  pulls: Map<number, PullRequestRecord>;
  issues: Map<number, IssueRecord>;
  nextNumber: number;
  comments: Map<number, CommentRecord>;
  checkRuns: Map<number, CheckRunRecord>;
  statuses: CommitStatusRecord[];
  deployments: Map<number, DeploymentRecord>;
  deploymentStatuses: Map<number, DeploymentStatusRecord>;
  releases: Map<number, ReleaseRecord>;
  /** Labels by lower-cased name (GitHub's label names are case-insensitive). */
  labels: Map<string, LabelRecord>;
  dispatches: DispatchRecord[];
  /** Workflow files `workflow_dispatch` accepts; any when empty. */
  workflows: Set<string>;
  /**
   * The `workflow_dispatch` inputs a workflow file declares; a dispatch giving another is refused
   * (422 "Unexpected inputs provided"). A file not here accepts any inputs.
   */
  workflowInputs: Map<string, Set<string>>;
}

export interface SeedPullRequest {
  number?: number;
  title?: string;
  body?: string | null;
  headSha?: string;
  headRef?: string;
  baseRef?: string;
  baseSha?: string;
  /** A pull request from a fork (head repository `forkOwner/<name>`). */
  fork?: boolean;
  forkOwner?: string;
  user?: string;
  state?: "open" | "closed";
  merged?: boolean;
  draft?: boolean;
}

let clockBase = Date.UTC(2026, 0, 1, 0, 0, 0);

/** Timestamps GitHub-style (seconds precision, Z), strictly increasing within a process. */
export function now(): string {
  clockBase = Math.max(clockBase + 1000, Math.floor(Date.now() / 1000) * 1000);
  return new Date(clockBase).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export class FakeState {
  readonly repos = new Map<string, RepoRecord>();
  readonly users = new Map<string, UserRecord>();
  readonly tokens = new Map<string, TokenInfo>();
  /** When true, a token not registered with setToken answers 401 "Bad credentials". */
  strictTokens = false;
  /** Permissions for any token not registered with setToken. */
  defaultPermissions: Partial<Record<PermissionName, Permission>> = { ...FULL_PERMISSIONS };
  /** The identity behind any token not registered with setToken: GITHUB_TOKEN's bot. */
  defaultLogin = GITHUB_ACTIONS_BOT.login;
  /**
   * Whether GET /commits/{sha}/pulls also lists pull requests from forks. GitHub does not
   * (the fork's head is another repository), so consumers must fall back to listing pulls.
   */
  commitPullsIncludeForks = false;
  rateLimit = { limit: 5000, used: 0, resetEpoch: Math.floor(Date.now() / 1000) + 3600 };
  private nextId = 1000;

  constructor(readonly defaultRepo = "octo-org/ml-repo") {
    this.user(GITHUB_ACTIONS_BOT.login, "Bot", GITHUB_ACTIONS_BOT.id);
    this.addRepo(defaultRepo);
  }

  id(): number {
    return this.nextId++;
  }

  user(login: string, type: UserRecord["type"] = "User", id?: number): UserRecord {
    let u = this.users.get(login.toLowerCase());
    if (!u) {
      u = { login, id: id ?? this.id(), type: login.endsWith("[bot]") ? "Bot" : type };
      this.users.set(login.toLowerCase(), u);
    }
    return u;
  }

  /** Creates a repository with an initial commit (README.md) on its default branch. */
  addRepo(
    fullName: string,
    options: { defaultBranch?: string; empty?: boolean; private?: boolean } = {},
  ): RepoRecord {
    const [owner, name] = fullName.split("/");
    if (!owner || !name) throw new Error(`addRepo: expected owner/name, got ${fullName}`);
    const repo: RepoRecord = {
      id: this.id(),
      owner: this.user(owner, "Organization"),
      name,
      fullName,
      private: options.private ?? false,
      fork: false,
      defaultBranch: options.defaultBranch ?? "main",
      createdAt: now(),
      git: new GitStore(),
      pulls: new Map(),
      issues: new Map(),
      nextNumber: 1,
      comments: new Map(),
      checkRuns: new Map(),
      statuses: [],
      deployments: new Map(),
      deploymentStatuses: new Map(),
      releases: new Map(),
      labels: new Map(),
      dispatches: [],
      workflows: new Set(),
      workflowInputs: new Map(),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    if (!options.empty)
      this.commitFiles(fullName, repo.defaultBranch, { "README.md": `# ${name}\n` }, "Initial commit");
    return repo;
  }

  repo(fullName = this.defaultRepo): RepoRecord {
    const r = this.repos.get(fullName.toLowerCase());
    if (!r) throw new Error(`fake GitHub: no repository ${fullName}`);
    return r;
  }

  /** Commits files (path → content, null deletes) on a branch, creating it if needed. */
  commitFiles(
    fullName: string,
    branch: string,
    files: Record<string, string | Buffer | null>,
    message = "Update files",
  ): string {
    const repo = this.repo(fullName);
    const git = repo.git;
    const ref = `refs/heads/${branch}`;
    const parent = git.refs.get(ref);
    const flat = parent ? git.flatten(git.commit(parent)!.tree) : new Map();
    for (const [path, content] of Object.entries(files)) {
      if (content === null) flat.delete(path);
      else flat.set(path, { mode: "100644", type: "blob", sha: git.putBlob(Buffer.from(content)).sha });
    }
    const tree = git.buildTree(flat);
    const person = { name: "Octo Cat", email: "octocat@github.com", date: now() };
    const commit = git.putCommit({
      tree: tree.sha,
      parents: parent ? [parent] : [],
      author: person,
      committer: person,
      message,
    });
    git.refs.set(ref, commit.sha);
    return commit.sha;
  }

  /** Seeds a pull request (and its issue). Returns the record. */
  addPullRequest(seed: SeedPullRequest = {}, fullName = this.defaultRepo): PullRequestRecord {
    const repo = this.repo(fullName);
    const number = seed.number ?? repo.nextNumber;
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    const forkOwner = seed.forkOwner ?? "contributor";
    const user = this.user(seed.user ?? (seed.fork ? forkOwner : "octocat"));
    const baseSha =
      seed.baseSha ?? repo.git.refs.get(`refs/heads/${seed.baseRef ?? repo.defaultBranch}`) ?? "0".repeat(40);
    const created = now();
    const pr: PullRequestRecord = {
      number,
      title: seed.title ?? `Pull request ${number}`,
      body: seed.body ?? null,
      state: seed.state ?? "open",
      user,
      headSha: seed.headSha ?? fakeSha(`pr-${fullName}-${number}`),
      headRef: seed.headRef ?? `feature-${number}`,
      headRepo: seed.fork ? `${forkOwner}/${repo.name}` : repo.fullName,
      baseRef: seed.baseRef ?? repo.defaultBranch,
      baseSha,
      merged: seed.merged ?? false,
      draft: seed.draft ?? false,
      createdAt: created,
      updatedAt: created,
    };
    repo.pulls.set(number, pr);
    repo.issues.set(number, {
      number,
      title: pr.title,
      body: pr.body,
      state: pr.state,
      stateReason: null,
      labels: [],
      assignees: [],
      user,
      createdAt: created,
      updatedAt: created,
      closedAt: null,
      isPullRequest: true,
    });
    return pr;
  }

  addIssue(
    seed: { number?: number; title?: string; body?: string; user?: string; labels?: string[] } = {},
    fullName = this.defaultRepo,
  ): IssueRecord {
    const repo = this.repo(fullName);
    const number = seed.number ?? repo.nextNumber;
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    const created = now();
    const issue: IssueRecord = {
      number,
      title: seed.title ?? `Issue ${number}`,
      body: seed.body ?? null,
      state: "open",
      stateReason: null,
      labels: seed.labels ?? [],
      assignees: [],
      user: this.user(seed.user ?? "octocat"),
      createdAt: created,
      updatedAt: created,
      closedAt: null,
      isPullRequest: false,
    };
    repo.issues.set(number, issue);
    return issue;
  }

  addComment(
    issueNumber: number,
    body: string,
    options: { user?: string } = {},
    fullName = this.defaultRepo,
  ): CommentRecord {
    const repo = this.repo(fullName);
    if (!repo.issues.has(issueNumber))
      throw new Error(`addComment: no issue or pull request #${issueNumber}`);
    const created = now();
    const c: CommentRecord = {
      id: this.id(),
      issueNumber,
      body,
      user: this.user(options.user ?? "octocat"),
      createdAt: created,
      updatedAt: created,
    };
    repo.comments.set(c.id, c);
    return c;
  }

  /** Seeds many comments at once: body(i) for i in 0..count-1. */
  addComments(
    issueNumber: number,
    count: number,
    body: (i: number) => string,
    options: { user?: string | ((i: number) => string) } = {},
    fullName = this.defaultRepo,
  ): CommentRecord[] {
    const out: CommentRecord[] = [];
    for (let i = 0; i < count; i++) {
      const user = typeof options.user === "function" ? options.user(i) : options.user;
      out.push(this.addComment(issueNumber, body(i), user === undefined ? {} : { user }, fullName));
    }
    return out;
  }

  comments(issueNumber: number, fullName = this.defaultRepo): CommentRecord[] {
    return [...this.repo(fullName).comments.values()].filter((c) => c.issueNumber === issueNumber);
  }

  /** Registers a token with its identity and permissions (others get the defaults). */
  setToken(
    token: string,
    info: {
      login?: string;
      type?: "Bot" | "User";
      permissions?: Partial<Record<PermissionName, Permission>>;
    } = {},
  ): void {
    const login = info.login ?? GITHUB_ACTIONS_BOT.login;
    this.user(login, info.type ?? "User");
    this.tokens.set(token, {
      login,
      type: info.type ?? (login.endsWith("[bot]") ? "Bot" : "User"),
      permissions: { ...FULL_PERMISSIONS, ...info.permissions },
    });
  }

  setPermissions(token: string, permissions: Partial<Record<PermissionName, Permission>>): void {
    const existing = this.tokens.get(token);
    this.setToken(token, { ...existing, permissions: { ...existing?.permissions, ...permissions } });
  }

  /** A token like a fork PR's GITHUB_TOKEN: reads work, every write is 403. */
  readOnlyToken(token: string): void {
    this.setToken(token, { permissions: READ_ONLY_PERMISSIONS });
  }

  /** A commit status (or check run) context on a sha, for deployments' required_contexts. */
  addCommitStatus(
    sha: string,
    context: string,
    state: CommitStatusRecord["state"],
    fullName = this.defaultRepo,
  ): void {
    this.repo(fullName).statuses.push({ sha, context, state });
  }

  /** Allows workflow_dispatch only for these workflow files/ids (404 for others). */
  setWorkflows(files: string[], fullName = this.defaultRepo): void {
    const repo = this.repo(fullName);
    repo.workflows = new Set(files);
  }

  /** Declares the `workflow_dispatch` inputs of a workflow file: others are refused with 422. */
  setWorkflowInputs(file: string, inputs: string[], fullName = this.defaultRepo): void {
    this.repo(fullName).workflowInputs.set(file, new Set(inputs));
  }

  branchSha(branch: string, fullName = this.defaultRepo): string | undefined {
    return this.repo(fullName).git.refs.get(`refs/heads/${branch}`);
  }

  /** A file's content on a branch (or undefined): to assert what a writer committed. */
  readFile(branch: string, path: string, fullName = this.defaultRepo): string | undefined {
    const repo = this.repo(fullName);
    const sha = repo.git.refs.get(`refs/heads/${branch}`);
    if (!sha) return undefined;
    const entry = repo.git.fileAt(sha, path);
    if (!entry) return undefined;
    return repo.git.blob(entry.sha)?.content.toString("utf8");
  }
}

/** A deterministic 40-hex sha for seeds. */
export function fakeSha(seed: string): string {
  let h = 0x811c9dc5;
  let out = "";
  for (let round = 0; out.length < 40; round++) {
    for (const ch of `${seed}:${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, "0");
  }
  return out.slice(0, 40);
}
