import { checkModelName, ConfigurationError, parseJson, type Logger } from "@mlops/core";
import {
  apiMessage,
  isTransient,
  retryBaseMs,
  retryWrite,
  statusOf,
  writeError,
  type GitHubRepo,
  type WriteRetry,
} from "./github-api.js";
import { checkIndex, emptyIndex, isModelName, type ModelIndex } from "./model-index.js";
import type { Fence, IndexChange, IndexStore } from "./ports.js";

/*
 * The index inside the GitHub repository itself: nothing to host, only GITHUB_TOKEN.
 *
 *   branch mlops-registry (orphan)   models/<model>/index.json   every version + aliases
 *                                    models/<model>/audit.jsonl  one HistoryEntry per change
 *
 * Every change is one commit made with the Git Data API (blobs → tree → commit) and published by
 * a fast-forward-only ref update (force: false). Two writers that started from the same head
 * cannot both win: the loser gets 422 "Update is not a fast forward" (or "Reference already
 * exists" when both create the branch), re-reads the branch, re-applies its change to what it
 * finds (a new version number, a re-checked alias expectation) and retries with jittered
 * backoff, a bounded number of times. The commit messages are the human audit log.
 *
 * Transient faults (a 5xx, a dropped connection) do not fail a change: each Git object POST is
 * retried (they are content-addressed: a repeat creates nothing new), and after a ref update
 * that failed without a clear answer the branch is re-read. If it points at our commit, or at a
 * descendant of it (another writer already built on top), the change is done ("committed, then
 * 502" is a success). If it still points where we started, the update is sent again; if
 * another writer moved it, the change is re-applied to what is there now.
 */

export const DEFAULT_REGISTRY_BRANCH = "mlops-registry";

export interface GitHubIndexStoreOptions {
  api: GitHubRepo;
  logger: Logger;
  branch?: string;
  /** Bound on compare-and-swap retries of one change (default 40). */
  maxAttempts?: number;
  /** Backoff between retries: full jitter in [0, min(maxDelayMs, baseDelayMs·2^attempt)]. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Retries of one write after a transient fault (github-api.ts retryWrite). */
  retry?: WriteRetry;
}

/** How far back from the branch head a landed commit of ours is looked for. */
const LANDED_SEARCH_DEPTH = 50;
/** Our own retries replace the HTTP client's for the writes made here. */
const OWN_RETRIES = { request: { retries: 0 } };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const noFence: Fence = async () => undefined;

function textOf(data: unknown): string {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString("utf8");
  if (ArrayBuffer.isView(data))
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8");
  if (data && typeof data === "object") return JSON.stringify(data);
  return String(data);
}

export class GitHubIndexStore implements IndexStore {
  readonly kind = "github" as const;
  readonly location: string;
  private readonly api: GitHubRepo;
  private readonly branch: string;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly options: GitHubIndexStoreOptions) {
    this.api = options.api;
    this.branch = options.branch ?? DEFAULT_REGISTRY_BRANCH;
    if (!/^[A-Za-z0-9._/-]+$/.test(this.branch) || this.branch.includes("..")) {
      throw new ConfigurationError(`registry: branch name ${JSON.stringify(this.branch)} is not valid`, {
        code: "branch-invalid",
      });
    }
    this.location = `${this.api.owner}/${this.api.repo}@${this.branch}`;
    this.maxAttempts = options.maxAttempts ?? 40;
    this.baseDelayMs = options.baseDelayMs ?? 50;
    this.maxDelayMs = options.maxDelayMs ?? 2000;
  }

  private request(route: string, params: Record<string, unknown> = {}) {
    return this.api.request(route, { owner: this.api.owner, repo: this.api.repo, ...params });
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────

  private async head(): Promise<string | null> {
    try {
      const { data } = await this.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
        ref: `heads/${this.branch}`,
      });
      return (data as { object: { sha: string } }).object.sha;
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  /** A file on the registry branch at `ref` (a commit sha or the branch), or null. */
  private async readFile(filePath: string, ref: string): Promise<string | null> {
    try {
      const { data } = await this.request("GET /repos/{owner}/{repo}/contents/{path}", {
        path: filePath,
        ref,
        headers: { accept: "application/vnd.github.raw" },
      });
      return textOf(data);
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  private dir(model: string): string {
    return `models/${checkModelName(model)}`;
  }

  async read(model: string, ref: string = this.branch): Promise<ModelIndex | null> {
    const file = `${this.dir(model)}/index.json`;
    const text = await this.readFile(file, ref);
    if (text === null) return null;
    const source = `${this.location}:${file}`;
    return checkIndex(parseJson(text, source), model, source);
  }

  async models(): Promise<string[]> {
    let entries: { name: string; type: string }[];
    try {
      const { data } = await this.request("GET /repos/{owner}/{repo}/contents/{path}", {
        path: "models",
        ref: this.branch,
      });
      entries = Array.isArray(data) ? (data as { name: string; type: string }[]) : [];
    } catch (error) {
      if (statusOf(error) === 404) return [];
      throw error;
    }
    return entries
      .filter((e) => e.type === "dir" && isModelName(e.name))
      .map((e) => e.name)
      .sort();
  }

  async auditLog(model: string): Promise<string | null> {
    return await this.readFile(`${this.dir(model)}/audit.jsonl`, this.branch);
  }

  // ── writing: one commit per change, compare-and-swap on the branch ─────────────────────

  async update<T>(
    model: string,
    change: (index: ModelIndex, fence: Fence) => Promise<IndexChange<T>>,
  ): Promise<T> {
    const dir = this.dir(model);
    for (let attempt = 1; ; attempt++) {
      const head = await this.head();
      const current = (head && (await this.read(model, head))) || emptyIndex(model);
      const { result, write } = await change(current, noFence);
      if (!write) return result;
      const auditText = head ? ((await this.readFile(`${dir}/audit.jsonl`, head)) ?? "") : "";
      const commitSha = await this.commit(head, write.message, {
        [`${dir}/index.json`]: JSON.stringify(write.index, null, 2) + "\n",
        [`${dir}/audit.jsonl`]: auditText + write.audit.map((e) => JSON.stringify(e) + "\n").join(""),
      });
      if (await this.publishCommit(head, commitSha)) return result;
      if (attempt >= this.maxAttempts) {
        throw new ConfigurationError(
          `registry: gave up after ${attempt} attempts to update ${this.location}: other writers kept changing it; try again`,
          { code: "registry-contention" },
        );
      }
      const cap = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.min(attempt, 10));
      this.options.logger.debug(
        `registry: ${this.branch} moved while writing (attempt ${attempt}); re-reading and retrying`,
      );
      await sleep(Math.random() * cap);
    }
  }

  private retry<T>(what: string, attempt: () => Promise<T>, recover?: () => Promise<T | undefined>) {
    return retryWrite(attempt, {
      ...this.options.retry,
      what,
      log: (m) => this.options.logger.warning(`registry: ${m}`),
      ...(recover ? { recover } : {}),
    });
  }

  /**
   * Moves the branch from `head` to our commit. True when the branch holds our commit (moved
   * now, or by an earlier attempt whose answer was lost); false when another writer moved the
   * branch first (the change must be re-applied).
   */
  private async publishCommit(head: string | null, sha: string): Promise<boolean> {
    const attempts = this.options.retry?.attempts ?? 4;
    for (let n = 1; ; n++) {
      let failure: unknown;
      try {
        await this.moveBranch(head, sha);
        return true;
      } catch (error) {
        failure = error;
      }
      // An ambiguous failure (a 5xx or a dropped connection after GitHub applied the update), or
      // a repeat that found its own update: look at where the branch is now.
      const now = await this.retry(`reading the branch ${this.branch}`, () => this.head());
      if (now === sha) return true;
      if (now !== head) {
        if (now !== null && (await this.reaches(now, sha, head))) return true;
        return false;
      }
      // The branch did not move: our update did not land.
      const lostRace =
        statusOf(failure) === 422 && /fast.forward|already exists|does not exist/i.test(apiMessage(failure));
      if (lostRace) return false;
      if (!isTransient(failure) || n >= attempts)
        writeError(failure, `updating the branch ${this.branch}`, this.api);
      this.options.logger.warning(
        `registry: updating the branch ${this.branch}: ${apiMessage(failure)} (attempt ${n} of ${attempts}); the branch did not move, retrying`,
      );
      await sleep(Math.random() * retryBaseMs(this.options.retry) * 2 ** n);
    }
  }

  /** Whether `sha` is among the first-parent ancestors of `from`, looking back to `stop`. */
  private async reaches(from: string, sha: string, stop: string | null): Promise<boolean> {
    let at: string | undefined = from;
    for (let i = 0; at && at !== stop && i < LANDED_SEARCH_DEPTH; i++) {
      if (at === sha) return true;
      const id: string = at;
      const { data } = await this.retry(`reading commit ${id}`, () =>
        this.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { commit_sha: id }),
      );
      at = (data as { parents: { sha: string }[] }).parents[0]?.sha;
    }
    return false;
  }

  /** One commit on top of `head` (or a root commit) that sets `files`; its sha. */
  private async commit(head: string | null, message: string, files: Record<string, string>): Promise<string> {
    try {
      const [blobs, baseTree] = await Promise.all([
        Promise.all(Object.values(files).map((content) => this.blob(content))),
        head ? this.treeOf(head) : Promise.resolve(null),
      ]);
      const { data: tree } = await this.retry("creating a tree", () =>
        this.request("POST /repos/{owner}/{repo}/git/trees", {
          ...(baseTree ? { base_tree: baseTree } : {}),
          tree: Object.keys(files).map((path, i) => ({ path, mode: "100644", type: "blob", sha: blobs[i] })),
          ...OWN_RETRIES,
        }),
      );
      const { data: commit } = await this.retry("creating a commit", () =>
        this.request("POST /repos/{owner}/{repo}/git/commits", {
          message,
          tree: (tree as { sha: string }).sha,
          parents: head ? [head] : [],
          ...OWN_RETRIES,
        }),
      );
      return (commit as { sha: string }).sha;
    } catch (error) {
      writeError(error, `writing to the registry branch ${this.branch}`, this.api);
    }
  }

  /** Fast-forwards the branch from `head` to `sha` (creates it when there is no head). */
  private async moveBranch(head: string | null, sha: string): Promise<void> {
    if (head) {
      await this.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ref: `heads/${this.branch}`,
        sha,
        force: false,
        ...OWN_RETRIES,
      });
    } else {
      await this.request("POST /repos/{owner}/{repo}/git/refs", {
        ref: `refs/heads/${this.branch}`,
        sha,
        ...OWN_RETRIES,
      });
    }
  }

  private async blob(content: string): Promise<string> {
    const { data } = await this.retry("creating a blob", () =>
      this.request("POST /repos/{owner}/{repo}/git/blobs", {
        content: Buffer.from(content, "utf8").toString("base64"),
        encoding: "base64",
        ...OWN_RETRIES,
      }),
    );
    return (data as { sha: string }).sha;
  }

  private async treeOf(commit: string): Promise<string> {
    const { data } = await this.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
      commit_sha: commit,
    });
    return (data as { tree: { sha: string } }).tree.sha;
  }
}
