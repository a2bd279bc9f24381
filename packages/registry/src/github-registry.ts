import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  checkModelName,
  ConfigurationError,
  parseJson,
  workflowRunUrl,
  type Logger,
  type ModelVersion,
  type RunContext,
} from "@mlops/core";
import { digestModelFiles, downloadVerified, inspectModelPath, safeJoin } from "./content.js";
import {
  aliasesOf,
  applyAlias,
  applyRegister,
  checkIndex,
  checkRequestNames,
  documentOf,
  emptyIndex,
  findIdempotent,
  historyEntry,
  missingModel,
  resolveIn,
  summaryOf,
  versionsOf,
  type IndexEntry,
  type ModelIndex,
  type VersionStorage,
} from "./model-index.js";
import { checkVersionDocument, prepareVersion, withParent } from "./prepare.js";
import {
  modelUri,
  type AliasChange,
  type DownloadResult,
  type HistoryEntry,
  type ModelSummary,
  type RegisterRequest,
  type RegisterResult,
  type Registry,
} from "./types.js";

/*
 * The registry inside the GitHub repository itself: nothing to host, only GITHUB_TOKEN.
 *
 *   branch mlops-registry (orphan)   models/<model>/index.json   every version + aliases
 *                                    models/<model>/audit.jsonl  one HistoryEntry per change
 *   release <model>-v<n>             the model's files as assets (prerelease, never "latest")
 *
 * Every change is one commit made with the Git Data API (blobs → tree → commit) and published by
 * a fast-forward-only ref update (force: false). Two writers that started from the same head
 * cannot both win: the loser gets 422 "Update is not a fast forward" (or "Reference already
 * exists" when both create the branch), re-reads the branch, re-applies its change to what it
 * finds (a new version number, a re-checked alias expectation) and retries with jittered
 * backoff, a bounded number of times. The commit messages are the human audit log.
 *
 * A registration uploads first and numbers last: the files go to a *draft* release under a
 * unique staging tag and are checked (size and sha256) before the index commit assigns the
 * number; only then is the release retagged <model>-v<n> and published. A failed upload
 * therefore never consumes a number (versions stay gapless and are never reused); a crash after
 * the commit leaves a committed version whose draft release the next attempt with the same
 * idempotency key (a workflow re-run) publishes.
 */

/** The one thing this module needs from an HTTP client: octokit's `request`. */
export type GitHubRequest = (
  route: string,
  params?: Record<string, unknown>,
) => Promise<{ status: number; data: unknown; headers: Record<string, unknown> }>;

export interface GitHubRegistryOptions {
  request: GitHubRequest;
  repository: string;
  logger: Logger;
  ctx?: RunContext | null;
  branch?: string;
  /** Bound on compare-and-swap retries of one change (default 40). */
  maxAttempts?: number;
  /** Backoff between retries: full jitter in [0, min(maxDelayMs, baseDelayMs·2^attempt)]. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  maxDownloadBytes?: number;
}

export const DEFAULT_REGISTRY_BRANCH = "mlops-registry";

type Committed = { index: ModelIndex; version: number; created: boolean };

type GitHubStorage = Extract<VersionStorage, { backend: "github" }>;

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { data?: { message?: string; errors?: { code?: string; field?: string }[] } };
}

function statusOf(error: unknown): number | undefined {
  return (error as RequestErrorLike)?.status;
}

function apiMessage(error: unknown): string {
  const e = error as RequestErrorLike;
  return e?.response?.data?.message ?? e?.message ?? String(error);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function textOf(data: unknown): string {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString("utf8");
  if (ArrayBuffer.isView(data))
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8");
  if (data && typeof data === "object") return JSON.stringify(data);
  return String(data);
}

function bytesOf(data: unknown): Buffer {
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === "string") return Buffer.from(data, "binary");
  throw new Error(`expected binary asset data, got ${typeof data}`);
}

/** The chunks of a response body: a web ReadableStream, a Node stream, or an already read buffer. */
function bodyChunks(data: unknown): AsyncIterable<Uint8Array> {
  if (data && typeof data === "object" && Symbol.asyncIterator in data)
    return data as AsyncIterable<Uint8Array>;
  if (data && typeof (data as ReadableStream).getReader === "function") {
    const reader = (data as ReadableStream<Uint8Array>).getReader();
    return (async function* () {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    })();
  }
  const bytes = bytesOf(data);
  return (async function* () {
    yield bytes;
  })();
}

/** A release asset name GitHub keeps as given: letters, digits, '.', '_', '-'. */
export function assetNameFor(relative: string, index: number, layout: "file" | "directory"): string {
  const flat = relative.replace(/\//g, "--").replace(/[^A-Za-z0-9._-]/g, "_");
  const name = layout === "file" ? flat : `${String(index + 1).padStart(3, "0")}-${flat}`;
  return name.length > 200 ? name.slice(0, 200) : name;
}

export class GitHubRegistry implements Registry {
  readonly kind = "github" as const;
  readonly location: string;
  private readonly request: GitHubRequest;
  private readonly owner: string;
  private readonly repo: string;
  private readonly branch: string;
  private readonly logger: Logger;
  private readonly ctx: RunContext | null;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxDownloadBytes: number | undefined;

  constructor(options: GitHubRegistryOptions) {
    const [owner, repo, extra] = options.repository.split("/");
    if (!owner || !repo || extra !== undefined) {
      throw new ConfigurationError(
        `registry: expected the repository as owner/name, found ${JSON.stringify(options.repository)}`,
        {
          code: "repository-invalid",
        },
      );
    }
    this.request = options.request;
    this.owner = owner;
    this.repo = repo;
    this.branch = options.branch ?? DEFAULT_REGISTRY_BRANCH;
    if (!/^[A-Za-z0-9._/-]+$/.test(this.branch) || this.branch.includes("..")) {
      throw new ConfigurationError(`registry: branch name ${JSON.stringify(this.branch)} is not valid`, {
        code: "branch-invalid",
      });
    }
    this.location = `${options.repository}@${this.branch}`;
    this.logger = options.logger;
    this.ctx = options.ctx ?? null;
    this.maxAttempts = options.maxAttempts ?? 40;
    this.baseDelayMs = options.baseDelayMs ?? 50;
    this.maxDelayMs = options.maxDelayMs ?? 2000;
    this.maxDownloadBytes = options.maxDownloadBytes;
  }

  private get repoParams() {
    return { owner: this.owner, repo: this.repo };
  }

  /** Turns a permission problem on a write into the fix the user needs. */
  private writeError(error: unknown, what: string): never {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      throw new ConfigurationError(
        `registry: ${what} was refused (${status} ${apiMessage(error)}): the token needs 'contents: write' on ${this.owner}/${this.repo}; ` +
          `add 'permissions: contents: write' to the job (fork pull requests only get read access: register from a push or workflow_run job)`,
        { code: "permission-denied", cause: error },
      );
    }
    throw error;
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────

  private async head(): Promise<string | null> {
    try {
      const { data } = await this.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
        ...this.repoParams,
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
        ...this.repoParams,
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

  private indexPath(model: string): string {
    return `models/${checkModelName(model)}/index.json`;
  }

  private async readIndex(model: string, ref: string = this.branch): Promise<ModelIndex | null> {
    const file = this.indexPath(model);
    const text = await this.readFile(file, ref);
    if (text === null) return null;
    const source = `${this.location}:${file}`;
    return checkIndex(parseJson(text, source), model, source);
  }

  private async requireIndex(model: string): Promise<ModelIndex> {
    const index = await this.readIndex(model);
    if (index && index.versions.length) return index;
    throw missingModel(
      model,
      (await this.listModels()).map((m) => m.name),
    );
  }

  async listModels(): Promise<ModelSummary[]> {
    let entries: { name: string; type: string }[];
    try {
      const { data } = await this.request("GET /repos/{owner}/{repo}/contents/{path}", {
        ...this.repoParams,
        path: "models",
        ref: this.branch,
      });
      entries = Array.isArray(data) ? (data as { name: string; type: string }[]) : [];
    } catch (error) {
      if (statusOf(error) === 404) return [];
      throw error;
    }
    const out: ModelSummary[] = [];
    for (const entry of entries.filter((e) => e.type === "dir").sort((a, b) => (a.name < b.name ? -1 : 1))) {
      try {
        checkModelName(entry.name);
      } catch {
        continue;
      }
      const index = await this.readIndex(entry.name);
      if (index && index.versions.length) out.push(summaryOf(index));
    }
    return out;
  }

  async get(model: string, version: number): Promise<ModelVersion> {
    return documentOf(await this.requireIndex(model), version);
  }

  async list(model: string): Promise<ModelVersion[]> {
    return versionsOf(await this.requireIndex(model));
  }

  resolve(model: string, ref: string | number): Promise<ModelVersion>;
  resolve(model: string, ref: string | number, options: { optional: true }): Promise<ModelVersion | null>;
  async resolve(
    model: string,
    ref: string | number,
    options?: { optional: true },
  ): Promise<ModelVersion | null> {
    return await resolveIn(await this.readIndex(model), model, ref, options?.optional === true, async () =>
      (await this.listModels()).map((m) => m.name),
    );
  }

  async history(model: string): Promise<HistoryEntry[]> {
    await this.requireIndex(model);
    const text = (await this.readFile(`models/${model}/audit.jsonl`, this.branch)) ?? "";
    return text
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as HistoryEntry);
  }

  // ── writing: one commit per change, compare-and-swap on the branch ─────────────────────

  private actor(): string | null {
    return this.ctx?.actor ?? null;
  }

  private source(): string | null {
    return this.ctx ? workflowRunUrl(this.ctx) : null;
  }

  private trailers(): string {
    const lines = [`Actor: ${this.actor() ?? "unknown"}`];
    const run = this.source();
    if (run) lines.push(`Run: ${run}`);
    if (this.ctx?.sha) lines.push(`Source-Commit: ${this.ctx.sha}`);
    return lines.join("\n");
  }

  /**
   * Applies `change` to the model's index at the branch head and publishes the result as one
   * commit with a fast-forward-only ref update; on a lost race, re-reads and re-applies.
   * `change` returns null when there is nothing to write (an idempotent repeat).
   */
  private async commitChange<T>(
    model: string,
    change: (
      index: ModelIndex,
    ) => Promise<
      { index: ModelIndex; message: string; audit: HistoryEntry[]; result: T } | { result: T; noop: true }
    >,
  ): Promise<T> {
    const dir = `models/${model}`;
    for (let attempt = 1; ; attempt++) {
      const head = await this.head();
      const current = (head && (await this.readIndex(model, head))) || emptyIndex(model);
      const outcome = await change(current);
      if ("noop" in outcome) return outcome.result;
      const auditText = head ? ((await this.readFile(`${dir}/audit.jsonl`, head)) ?? "") : "";
      const auditNext = auditText + outcome.audit.map((e) => JSON.stringify(e) + "\n").join("");
      let commitSha: string;
      try {
        const [indexBlob, auditBlob, baseTree] = await Promise.all([
          this.blob(JSON.stringify(outcome.index, null, 2) + "\n"),
          this.blob(auditNext),
          head ? this.treeOf(head) : Promise.resolve(null),
        ]);
        const { data: tree } = await this.request("POST /repos/{owner}/{repo}/git/trees", {
          ...this.repoParams,
          ...(baseTree ? { base_tree: baseTree } : {}),
          tree: [
            { path: `${dir}/index.json`, mode: "100644", type: "blob", sha: indexBlob },
            { path: `${dir}/audit.jsonl`, mode: "100644", type: "blob", sha: auditBlob },
          ],
        });
        const { data: commit } = await this.request("POST /repos/{owner}/{repo}/git/commits", {
          ...this.repoParams,
          message: `${outcome.message}\n\n${this.trailers()}\n`,
          tree: (tree as { sha: string }).sha,
          parents: head ? [head] : [],
        });
        commitSha = (commit as { sha: string }).sha;
      } catch (error) {
        this.writeError(error, `writing to the registry branch ${this.branch}`);
      }
      try {
        if (head) {
          await this.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
            ...this.repoParams,
            ref: `heads/${this.branch}`,
            sha: commitSha,
            force: false,
          });
        } else {
          await this.request("POST /repos/{owner}/{repo}/git/refs", {
            ...this.repoParams,
            ref: `refs/heads/${this.branch}`,
            sha: commitSha,
          });
        }
        return outcome.result;
      } catch (error) {
        // An ambiguous failure (a 5xx or a dropped connection after GitHub applied the update)
        // or a retried request that found its own update: if the branch points at our commit, we won.
        const now = await this.head().catch(() => null);
        if (now === commitSha) return outcome.result;
        const lostRace =
          statusOf(error) === 422 && /fast.forward|already exists|does not exist/i.test(apiMessage(error));
        if (!lostRace) this.writeError(error, `updating the branch ${this.branch}`);
        if (attempt >= this.maxAttempts) {
          throw new ConfigurationError(
            `registry: gave up after ${attempt} attempts to update ${this.location}: other writers kept changing it; try again`,
            { code: "registry-contention" },
          );
        }
        const cap = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.min(attempt, 10));
        this.logger.debug(
          `registry: ${this.branch} moved while writing (attempt ${attempt}); re-reading and retrying`,
        );
        await sleep(Math.random() * cap);
      }
    }
  }

  private async blob(content: string): Promise<string> {
    const { data } = await this.request("POST /repos/{owner}/{repo}/git/blobs", {
      ...this.repoParams,
      content: Buffer.from(content, "utf8").toString("base64"),
      encoding: "base64",
    });
    return (data as { sha: string }).sha;
  }

  private async treeOf(commit: string): Promise<string> {
    const { data } = await this.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
      ...this.repoParams,
      commit_sha: commit,
    });
    return (data as { tree: { sha: string } }).tree.sha;
  }

  // ── register ───────────────────────────────────────────────────────────────────────────

  async register(request: RegisterRequest): Promise<RegisterResult> {
    checkRequestNames(request.model, request.aliases ?? [], request.tags ?? {});
    const source = await inspectModelPath(request.path);
    const files = await digestModelFiles(source);
    const draftStorage: GitHubStorage = {
      backend: "github",
      layout: source.layout,
      tag: "",
      releaseId: 0,
      assets: [],
    };
    const prepared = prepareVersion(request, files, draftStorage, this.ctx);
    const key = prepared.document.idempotencyKey;

    // A re-run finds its version before uploading anything.
    const before = await this.readIndex(request.model);
    const known = before ? findIdempotent(before, key, prepared.document.contentDigest) : null;
    if (before && known !== null) return await this.existing(before, known);

    const release = await this.uploadDraft(request.model, source.root, files, source.layout);
    const storage: GitHubStorage = { ...draftStorage, releaseId: release.id, assets: release.assets };
    let committed: Committed;
    try {
      committed = await this.commitChange<Committed>(request.model, async (index) => {
        const outcome = applyRegister(
          index,
          withParent({ ...prepared, storage }, index, request.parentVersion !== undefined),
          (n) => modelUri(request.model, n),
        );
        if (!outcome.created)
          return { noop: true as const, result: { index, version: outcome.version, created: false } };
        const n = outcome.version;
        outcome.entry.storage = { ...storage, tag: `${request.model}-v${n}` };
        await checkVersionDocument({ ...outcome.entry.document, aliases: aliasesOf(outcome.index, n) });
        const actor = this.actor();
        const runSource = this.source();
        const aliasNote = prepared.aliases.length ? `, aliases ${prepared.aliases.join(", ")}` : "";
        return {
          index: outcome.index,
          message:
            `register ${request.model} v${n}${aliasNote}\n\n` +
            `Model: ${request.model}\nVersion: ${n}\nFiles: ${files.length}\nContent: ${prepared.document.contentDigest}\n` +
            `Release: ${request.model}-v${n} (id ${release.id})` +
            (key ? `\nKey: ${key}` : ""),
          audit: [
            historyEntry({
              action: "register",
              model: request.model,
              version: n,
              alias: null,
              previous: null,
              actor,
              source: runSource,
            }),
            ...prepared.aliases.map((alias) =>
              historyEntry({
                action: "set-alias",
                model: request.model,
                version: n,
                alias,
                previous: index.aliases[alias] ?? null,
                actor,
                source: runSource,
              }),
            ),
          ],
          result: { index: outcome.index, version: n, created: true },
        };
      });
    } catch (error) {
      // Only delete the upload when no committed version refers to it: a commit whose answer was
      // lost may still have landed, and then its release must stay (the re-run publishes it).
      const landed = await this.readIndex(request.model).catch(() => undefined);
      const ours = landed?.versions.find(
        (e) => e.storage.backend === "github" && e.storage.releaseId === release.id,
      );
      if (landed !== undefined && !ours) await this.deleteRelease(release.id);
      throw error;
    }
    if (!committed.created) {
      // Another attempt with the same key won the race: our upload is not needed.
      await this.deleteRelease(release.id);
      return await this.existing(committed.index, committed.version);
    }
    const entry = committed.index.versions[committed.version - 1]!;
    await this.publish(request.model, entry);
    this.logger.info(
      `${request.model}: registered version ${committed.version} in ${this.location} (release ${request.model}-v${committed.version}, ${files.length} asset(s))`,
    );
    return { version: documentOf(committed.index, committed.version), created: true };
  }

  /** The version a previous attempt registered; publishes its release if that attempt died first. */
  private async existing(index: ModelIndex, version: number): Promise<RegisterResult> {
    const entry = index.versions[version - 1]!;
    this.logger.info(
      `${index.model}: this registration (key ${entry.document.idempotencyKey}) already made version ${version}; nothing new was stored`,
    );
    await this.publish(index.model, entry);
    return { version: documentOf(index, version), created: false };
  }

  /** Creates a draft release under a unique staging tag, uploads every file and checks each upload. */
  private async uploadDraft(
    model: string,
    root: string,
    files: ModelVersion["files"],
    layout: "file" | "directory",
  ): Promise<{ id: number; assets: GitHubStorage["assets"] }> {
    const stagingTag = `${model}-staging-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    let release: { id: number; upload_url: string };
    try {
      const { data } = await this.request("POST /repos/{owner}/{repo}/releases", {
        ...this.repoParams,
        tag_name: stagingTag,
        name: `${model} (registering…)`,
        body: "Model files being registered by mlops-actions; published once the registry records the version.",
        draft: true,
        prerelease: true,
        make_latest: "false",
        ...(this.ctx?.sha ? { target_commitish: this.ctx.sha } : {}),
      });
      release = data as typeof release;
    } catch (error) {
      this.writeError(error, "creating a draft release for the model files");
    }
    try {
      const assets: GitHubStorage["assets"] = [];
      for (const [i, file] of files.entries()) {
        const name = assetNameFor(file.path, i, layout);
        const data = await fs.readFile(safeJoin(root, file.path));
        const asset = await this.uploadAsset(release, name, data);
        const digest = typeof asset.digest === "string" ? asset.digest : null;
        const sha = createHash("sha256").update(data).digest("hex");
        if (
          asset.size !== file.bytes ||
          sha !== file.sha256 ||
          (digest && digest !== `sha256:${file.sha256}`)
        ) {
          throw new ConfigurationError(
            `${model}: the upload of ${file.path} does not match the file that was hashed (expected ${file.bytes} bytes sha256 ${file.sha256}, ` +
              `uploaded ${asset.size} bytes${digest ? ` ${digest}` : ""}); did the file change while registering?`,
            { code: "integrity" },
          );
        }
        assets.push({ path: file.path, name: asset.name, id: asset.id });
      }
      return { id: release.id, assets };
    } catch (error) {
      await this.deleteRelease(release.id);
      throw error;
    }
  }

  private async uploadAsset(
    release: { id: number; upload_url: string },
    name: string,
    data: Buffer,
  ): Promise<{ id: number; name: string; size: number; digest?: unknown }> {
    try {
      const { data: asset } = await this.request(`POST ${release.upload_url}`, {
        name,
        data,
        headers: { "content-type": "application/octet-stream", "content-length": data.length },
      });
      return asset as { id: number; name: string; size: number; digest?: unknown };
    } catch (error) {
      // An upload that was stored but whose answer was lost is retried by the client: find it.
      if (
        statusOf(error) === 422 &&
        /already_exists|already exists/i.test(
          JSON.stringify((error as RequestErrorLike).response?.data ?? {}),
        )
      ) {
        const { data: list } = await this.request("GET /repos/{owner}/{repo}/releases/{release_id}/assets", {
          ...this.repoParams,
          release_id: release.id,
          per_page: 100,
        });
        const found = (list as { id: number; name: string; size: number; digest?: unknown }[]).find(
          (a) => a.name === name,
        );
        if (found) return found;
      }
      this.writeError(error, `uploading ${name}`);
    }
  }

  private async deleteRelease(id: number): Promise<void> {
    try {
      await this.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", {
        ...this.repoParams,
        release_id: id,
      });
    } catch (error) {
      this.logger.warning(
        `registry: could not delete the unused draft release ${id}: ${apiMessage(error)}; delete it by hand`,
      );
    }
  }

  /** Retags the draft release <model>-v<n> and publishes it (prerelease, never latest). Idempotent. */
  private async publish(model: string, entry: IndexEntry): Promise<void> {
    const storage = entry.storage;
    if (storage.backend !== "github") return;
    let release: { draft: boolean; tag_name: string };
    try {
      const { data } = await this.request("GET /repos/{owner}/{repo}/releases/{release_id}", {
        ...this.repoParams,
        release_id: storage.releaseId,
      });
      release = data as typeof release;
    } catch (error) {
      if (statusOf(error) === 404) {
        throw new ConfigurationError(
          `${model} version ${entry.document.number}: its release (id ${storage.releaseId}) is gone or still a draft this token cannot see; ` +
            `re-run the workflow that registered it (with contents: write) to publish it`,
          { code: "release-missing" },
        );
      }
      throw error;
    }
    if (!release.draft) return;
    const body =
      `Model **${model}** version ${entry.document.number}, registered by mlops-actions.\n\n` +
      `\`models:/${model}/${entry.document.number}\` · content digest \`${entry.document.contentDigest}\`\n\n` +
      entry.document.files
        .map((f) => `- \`${f.path.replace(/`/g, "")}\` ${f.bytes} bytes, sha256 \`${f.sha256}\``)
        .join("\n");
    const update = (tag: string) =>
      this.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
        ...this.repoParams,
        release_id: storage.releaseId,
        tag_name: tag,
        name: `${model} v${entry.document.number}`,
        body,
        draft: false,
        prerelease: true,
        make_latest: "false",
      });
    try {
      await update(storage.tag);
    } catch (error) {
      if (
        statusOf(error) === 422 &&
        /already_exists|already exists/i.test(
          JSON.stringify((error as RequestErrorLike).response?.data ?? {}),
        )
      ) {
        // Someone else owns the tag (a hand-made release): the version stays addressable by release id.
        const fallback = `${storage.tag}+${entry.document.contentDigest.slice(0, 8)}`;
        this.logger.warning(
          `${model}: tag ${storage.tag} belongs to another release; publishing as ${fallback}`,
        );
        await update(fallback);
        return;
      }
      this.writeError(error, `publishing release ${storage.tag}`);
    }
  }

  // ── aliases ────────────────────────────────────────────────────────────────────────────

  setAlias(
    model: string,
    alias: string,
    version: number,
    options: { expected?: number | null } = {},
  ): Promise<AliasChange> {
    return this.moveAlias(model, alias, version, options);
  }

  removeAlias(
    model: string,
    alias: string,
    options: { expected?: number | null } = {},
  ): Promise<AliasChange> {
    return this.moveAlias(model, alias, null, options);
  }

  private async moveAlias(
    model: string,
    alias: string,
    version: number | null,
    options: { expected?: number | null },
  ): Promise<AliasChange> {
    await this.requireIndex(model);
    const change = await this.commitChange(model, async (index) => {
      const { index: next, change } = applyAlias(index, alias, version, options);
      const what =
        version === null
          ? `remove alias ${alias} of ${model} (was v${change.previous})`
          : `set alias ${alias} of ${model} → v${version}${change.previous !== null ? ` (was v${change.previous})` : ""}`;
      return {
        index: next,
        message: `${what}\n\nModel: ${model}\nAlias: ${alias}\nVersion: ${version ?? "none"}\nPrevious: ${change.previous ?? "none"}`,
        audit: [
          historyEntry({
            action: version === null ? "remove-alias" : "set-alias",
            model,
            version,
            alias,
            previous: change.previous,
            actor: this.actor(),
            source: this.source(),
          }),
        ],
        result: change,
      };
    });
    this.logger.info(
      version === null
        ? `${model}: removed alias ${alias} (was version ${change.previous})`
        : `${model}: alias ${alias} → version ${version}${change.previous !== null ? ` (was ${change.previous})` : ""}`,
    );
    return change;
  }

  // ── download ───────────────────────────────────────────────────────────────────────────

  async download(model: string, version: number, dir: string): Promise<DownloadResult> {
    const index = await this.requireIndex(model);
    const document = documentOf(index, version);
    const storage = index.versions[version - 1]!.storage;
    if (storage.backend !== "github") {
      throw new ConfigurationError(
        `${model} version ${version}: stored by another backend (${storage.backend})`,
        {
          code: "registry-index-invalid",
        },
      );
    }
    const assets = new Map(storage.assets.map((a) => [a.path, a]));
    await downloadVerified({
      what: `${model} version ${version}`,
      dir,
      files: document.files,
      maxBytes: this.maxDownloadBytes,
      open: async (file) => {
        const asset = assets.get(file.path);
        if (!asset) {
          throw new ConfigurationError(
            `${model} version ${version}: no release asset recorded for ${file.path}`,
            {
              code: "integrity",
            },
          );
        }
        let data: unknown;
        try {
          // The body is streamed (never held whole in memory) and hashed on the way to disk.
          ({ data } = await this.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
            ...this.repoParams,
            asset_id: asset.id,
            headers: { accept: "application/octet-stream" },
            request: { parseSuccessResponseBody: false },
          }));
        } catch (error) {
          if (statusOf(error) === 404) {
            throw new ConfigurationError(
              `${model} version ${version}: asset ${asset.name} of release ${storage.tag} is missing (or the release is still a draft this token cannot see); ` +
                `re-run the workflow that registered it to publish it`,
              { code: "asset-missing" },
            );
          }
          throw error;
        }
        return bodyChunks(data);
      },
    });
    const modelPath = storage.layout === "file" ? safeJoin(dir, document.files[0]!.path) : path.resolve(dir);
    return { dir: path.resolve(dir), modelPath, version: document };
  }
}

/**
 * Opens the GitHub registry with the shared client (@mlops/github: retries, throttling,
 * GITHUB_API_URL). Loaded only when the github backend is chosen.
 */
export async function openGitHubRegistry(options: {
  token: string;
  ctx: RunContext;
  logger: Logger;
  branch?: string | undefined;
}): Promise<Registry> {
  const { createGitHubClient } = await import("@mlops/github");
  const client = createGitHubClient({ token: options.token, ctx: options.ctx, logger: options.logger });
  return new GitHubRegistry({
    request: (route, params) => client.request(route, params),
    repository: options.ctx.repository!,
    logger: options.logger,
    ctx: options.ctx,
    ...(options.branch ? { branch: options.branch } : {}),
  });
}
