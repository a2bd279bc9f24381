import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  canonicalJson,
  ConfigurationError,
  workflowRunUrl,
  type FileDigest,
  type Logger,
  type ModelVersion,
  type RunContext,
  type RunRecord,
} from "@mlops/core";
import { digestModelFiles, downloadVerified, inspectModelPath, safeJoin } from "./content.js";
import {
  aliasesOf,
  applyAlias,
  applyRegister,
  checkRequestNames,
  documentOf,
  findIdempotent,
  historyEntry,
  missingModel,
  resolveIn,
  summaryOf,
  versionsOf,
  type IndexEntry,
  type ModelIndex,
  type PreparedVersion,
} from "./model-index.js";
import type { ArtifactStore, IndexStore, IndexWrite } from "./ports.js";
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
 * The registry, written once over its two ports (ports.ts): an IndexStore that keeps each
 * model's index and audit log and makes every change a compare-and-swap, and an ArtifactStore
 * that keeps the files. What a change *is* (numbering, idempotency, aliases) is decided by the
 * pure operations of model-index.ts; this class sequences them with the stores.
 */

export interface IndexedRegistryOptions {
  indexes: IndexStore;
  /** Where the files of new versions go. */
  artifacts: ArtifactStore;
  /**
   * Stores that hold files of earlier versions, read (and published) by their `backend`: after a
   * switch of artifact store, the versions stored before it still download.
   */
  readers?: ArtifactStore[];
  logger: Logger;
  ctx?: RunContext | null;
  /** Cap on what one download may write (default content.ts DEFAULT_MAX_DOWNLOAD_BYTES). */
  maxDownloadBytes?: number;
}

type Committed = { index: ModelIndex; version: number; created: boolean };

export class IndexedRegistry implements Registry {
  readonly kind: "local" | "github";
  readonly location: string;
  protected readonly indexes: IndexStore;
  protected readonly artifacts: ArtifactStore;
  private readonly readers: ArtifactStore[];
  protected readonly logger: Logger;
  protected readonly ctx: RunContext | null;
  private readonly maxDownloadBytes: number | undefined;

  constructor(options: IndexedRegistryOptions) {
    this.indexes = options.indexes;
    this.artifacts = options.artifacts;
    this.readers = options.readers ?? [];
    this.kind = options.indexes.kind;
    this.location = options.indexes.location;
    this.logger = options.logger;
    this.ctx = options.ctx ?? null;
    this.maxDownloadBytes = options.maxDownloadBytes;
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────

  private async requireIndex(model: string): Promise<ModelIndex> {
    const index = await this.indexes.read(model);
    if (index && index.versions.length) return index;
    throw missingModel(
      model,
      (await this.listModels()).map((m) => m.name),
    );
  }

  async listModels(): Promise<ModelSummary[]> {
    const out: ModelSummary[] = [];
    for (const name of await this.indexes.models()) {
      const index = await this.indexes.read(name);
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
    return await resolveIn(await this.indexes.read(model), model, ref, options?.optional === true, async () =>
      (await this.listModels()).map((m) => m.name),
    );
  }

  async history(model: string): Promise<HistoryEntry[]> {
    await this.requireIndex(model);
    const out: HistoryEntry[] = [];
    ((await this.indexes.auditLog(model)) ?? "").split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as HistoryEntry);
      } catch {
        // A line torn by a crash mid-append; the index, not the audit log, is authoritative.
        this.logger.warning(
          `${model} audit.jsonl line ${i + 1}: skipped an incomplete entry (a writer crashed mid-append)`,
        );
      }
    });
    return out;
  }

  async download(model: string, version: number, dir: string): Promise<DownloadResult> {
    const index = await this.requireIndex(model);
    const document = documentOf(index, version);
    const entry = index.versions[version - 1]!;
    const store = this.storeOf(entry);
    await downloadVerified({
      what: `${model} version ${version}`,
      dir,
      files: document.files,
      maxBytes: this.maxDownloadBytes,
      open: (file) => store.download(entry, file),
    });
    const modelPath =
      entry.storage.layout === "file" ? safeJoin(dir, document.files[0]!.path) : path.resolve(dir);
    return { dir: path.resolve(dir), modelPath, version: document };
  }

  /** The store holding a version's files, by the `backend` of its storage record. */
  private storeOf(entry: IndexEntry): ArtifactStore {
    const backend = entry.storage.backend;
    const store = [this.artifacts, ...this.readers].find((s) => s.backend === backend);
    if (store) return store;
    throw new ConfigurationError(
      `${entry.document.name} version ${entry.document.number}: its files are in a ${backend} artifact store, which this registry was not opened with (it has ${[this.artifacts, ...this.readers].map((s) => s.backend).join(", ")})`,
      { code: "registry-index-invalid" },
    );
  }

  // ── provenance of a change ─────────────────────────────────────────────────────────────

  private actor(): string {
    if (this.ctx?.actor) return this.ctx.actor;
    try {
      return os.userInfo().username;
    } catch {
      return "unknown";
    }
  }

  private source(): string {
    return (this.ctx && workflowRunUrl(this.ctx)) ?? `pid ${process.pid} on ${os.hostname()}`;
  }

  private entry(
    fields: Pick<HistoryEntry, "action" | "model" | "version" | "alias" | "previous">,
  ): HistoryEntry {
    return historyEntry({ ...fields, actor: this.actor(), source: this.source() });
  }

  /** Commit trailers: who made the change, from which workflow run and commit. */
  private trailers(): string {
    const lines = [`Actor: ${this.actor()}`];
    const run = this.ctx && workflowRunUrl(this.ctx);
    if (run) lines.push(`Run: ${run}`);
    if (this.ctx?.sha) lines.push(`Source-Commit: ${this.ctx.sha}`);
    return lines.join("\n");
  }

  // ── register ───────────────────────────────────────────────────────────────────────────

  async register(request: RegisterRequest): Promise<RegisterResult> {
    const { model } = request;
    checkRequestNames(model, request.aliases ?? [], request.tags ?? {});
    const source = await inspectModelPath(request.path);
    if (this.artifacts.accepts) {
      // What the store cannot hold is refused before hours of hashing and uploading.
      const sizes = await Promise.all(
        source.files.map(async (f) => ({ path: f, bytes: (await fs.stat(safeJoin(source.root, f))).size })),
      );
      this.artifacts.accepts(model, source.layout, sizes);
    }
    const files = await digestModelFiles(source);
    const prepared = prepareVersion(
      request,
      files,
      { backend: this.artifacts.backend, layout: source.layout },
      this.ctx,
    );
    // The one read before anything is stored: a re-run, or a training run already registered,
    // finds its version here and stores nothing.
    const before = await this.indexes.read(model);
    if (before) {
      const same = this.registeredRun(before, request.run ?? null, prepared);
      if (same) return { version: same, created: false };
      const known = findIdempotent(before, prepared.document.idempotencyKey, prepared.document.contentDigest);
      if (known !== null) return await this.existing(before, known);
      const identical = this.identicalFiles(before, prepared);
      if (identical) return { version: identical, created: false };
    }

    const staged = await this.artifacts.stage(model, source, prepared.document.files);
    let attempted: IndexEntry | null = null;
    let committed: Committed;
    try {
      committed = await this.indexes.update<Committed>(model, async (index, fence) => {
        const outcome = applyRegister(
          index,
          withParent(prepared, index, request.parentVersion !== undefined),
          (n) => modelUri(model, n),
        );
        if (!outcome.created)
          return { result: { index, version: outcome.version, created: false }, write: null };
        const n = outcome.version;
        const document = await checkVersionDocument({
          ...outcome.entry.document,
          aliases: aliasesOf(outcome.index, n),
        });
        const storage = await this.artifacts.place(staged, document, fence);
        // What the store names the placed files by (an OCI manifest digest) joins the document;
        // the store itself got the document without it (the digest is of what it stored).
        const artifact = this.artifacts.artifact?.({ document: outcome.entry.document, storage }) ?? null;
        const entry: IndexEntry = {
          document: artifact
            ? await checkVersionDocument({ ...outcome.entry.document, artifact })
            : outcome.entry.document,
          storage,
        };
        attempted = entry;
        const next: ModelIndex = { ...outcome.index, versions: [...index.versions, entry] };
        return {
          result: { index: next, version: n, created: true },
          write: this.registerWrite(index, next, entry, prepared),
        };
      });
    } catch (error) {
      // Discard the staged files only when no committed version refers to them: a commit whose
      // answer was lost may still have landed, and then they must stay (the re-run publishes them).
      const landed = await this.indexes.read(model).catch(() => undefined);
      if (landed !== undefined && !this.landed(landed, attempted)) await this.artifacts.discard(staged);
      throw error;
    }
    if (!committed.created && this.landed(committed.index, attempted)) {
      // Our own earlier write landed though its answer was lost: the version is ours, its files
      // are the staged ones (never discard them), and it still needs publishing.
      committed = { ...committed, created: true };
    } else if (!committed.created) {
      // Another attempt with the same key won the race: our staged files are not needed.
      await this.artifacts.discard(staged);
      return await this.existing(committed.index, committed.version);
    }
    const entry = committed.index.versions[committed.version - 1]!;
    await this.artifacts.publish(entry);
    this.logger.info(
      `${model}: registered version ${committed.version} in ${this.location} (${this.artifacts.describe(entry)}, ${staged.files.length} file(s))`,
    );
    return { version: documentOf(committed.index, committed.version), created: true };
  }

  /** Whether the index holds exactly the entry this registration last tried to commit. */
  private landed(index: ModelIndex | null, attempted: IndexEntry | null): boolean {
    if (!index || !attempted) return false;
    const there = index.versions[attempted.document.number - 1];
    return there !== undefined && canonicalJson(there) === canonicalJson(attempted);
  }

  /**
   * A version that already holds this training run (same training fingerprint, same file
   * contents): a second identical pipeline run (a new run id, so a new idempotency key) changes
   * nothing.
   */
  private registeredRun(
    index: ModelIndex,
    run: RunRecord | null,
    prepared: PreparedVersion,
  ): ModelVersion | null {
    if (!run?.fingerprint) return null;
    const contents = (list: readonly FileDigest[]) =>
      list
        .map((f) => `${f.sha256}:${f.bytes}`)
        .sort()
        .join(",");
    const want = contents(prepared.document.files);
    for (const entry of [...index.versions].reverse()) {
      if (entry.document.run?.fingerprint !== run.fingerprint || contents(entry.document.files) !== want)
        continue;
      this.logger.info(
        `${index.model} v${entry.document.number} already holds this run (training fingerprint ${run.fingerprint.slice(0, 12)}, same files): nothing registered`,
      );
      return documentOf(index, entry.document.number);
    }
    return null;
  }

  /**
   * A version whose files are byte-identical to these (every path, sha256 and size): a retrain
   * that reproduced the same model (a run-cache miss on a comment) is that version, not a new
   * one. Nothing is stored and no alias moves.
   */
  private identicalFiles(index: ModelIndex, prepared: PreparedVersion): ModelVersion | null {
    const contents = (list: readonly FileDigest[]) =>
      list
        .map((f) => `${f.path}\0${f.sha256}\0${f.bytes}`)
        .sort()
        .join("\n");
    const want = contents(prepared.document.files);
    for (const entry of [...index.versions].reverse()) {
      if (contents(entry.document.files) !== want) continue;
      this.logger.info(
        `${index.model} v${entry.document.number} holds byte-identical files (${prepared.document.files.length} file(s), every sha256 equal): nothing registered, no alias moved`,
      );
      return documentOf(index, entry.document.number);
    }
    return null;
  }

  /** The version a previous attempt registered; publishes its files if that attempt died first. */
  private async existing(index: ModelIndex, version: number): Promise<RegisterResult> {
    const entry = index.versions[version - 1]!;
    this.logger.info(
      `${index.model}: this registration (key ${entry.document.idempotencyKey}) already made version ${version}; nothing new was stored`,
    );
    await this.storeOf(entry).publish(entry);
    return { version: documentOf(index, version), created: false };
  }

  private registerWrite(
    before: ModelIndex,
    next: ModelIndex,
    entry: IndexEntry,
    prepared: PreparedVersion,
  ): IndexWrite {
    const { name: model, number: n, files, contentDigest, idempotencyKey } = entry.document;
    const aliasNote = prepared.aliases.length ? `, aliases ${prepared.aliases.join(", ")}` : "";
    const message =
      `register ${model} v${n}${aliasNote}\n\n` +
      `Model: ${model}\nVersion: ${n}\nFiles: ${files.length}\nContent: ${contentDigest}\n` +
      this.artifacts.describe(entry) +
      (idempotencyKey ? `\nKey: ${idempotencyKey}` : "");
    return {
      index: next,
      message: `${message}\n\n${this.trailers()}\n`,
      audit: [
        this.entry({ action: "register", model, version: n, alias: null, previous: null }),
        ...prepared.aliases.map((alias) =>
          this.entry({
            action: "set-alias",
            model,
            version: n,
            alias,
            previous: before.aliases[alias] ?? null,
          }),
        ),
      ],
    };
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
    const change = await this.indexes.update(model, async (index) => {
      const { index: next, change } = applyAlias(index, alias, version, options);
      const what =
        version === null
          ? `remove alias ${alias} of ${model} (was v${change.previous})`
          : `set alias ${alias} of ${model} → v${version}${change.previous !== null ? ` (was v${change.previous})` : ""}`;
      const message = `${what}\n\nModel: ${model}\nAlias: ${alias}\nVersion: ${version ?? "none"}\nPrevious: ${change.previous ?? "none"}`;
      return {
        result: change,
        write: {
          index: next,
          message: `${message}\n\n${this.trailers()}\n`,
          audit: [
            this.entry({
              action: version === null ? "remove-alias" : "set-alias",
              model,
              version,
              alias,
              previous: change.previous,
            }),
          ],
        },
      };
    });
    this.logger.info(
      version === null
        ? `${model}: removed alias ${alias} (was version ${change.previous})`
        : `${model}: alias ${alias} → version ${version}${change.previous !== null ? ` (was ${change.previous})` : ""}`,
    );
    return change;
  }
}
