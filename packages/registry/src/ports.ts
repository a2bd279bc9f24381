import type { FileDigest, ModelArtifact, ModelVersion } from "@mlops/core";
import type { ModelSource } from "./content.js";
import type { IndexEntry, ModelIndex, VersionStorage } from "./model-index.js";
import type { HistoryEntry } from "./types.js";

/*
 * The registry core (IndexedRegistry) implements `Registry` once, over two ports:
 *
 *   IndexStore     where each model's index and audit log live, and how a change to them is made
 *                  safe against concurrent writers: local-index-store.ts (a directory: a lock,
 *                  then an atomic write) and github-index-store.ts (a branch: a Git Data API
 *                  commit published by a fast-forward-only ref update).
 *   ArtifactStore  where a version's files live: directory-artifact-store.ts (next to the local
 *                  index) and release-artifact-store.ts (GitHub release assets). Another store
 *                  (an OCI registry, say) is one more file implementing this interface plus one
 *                  line in open.ts's ARTIFACT_STORES.
 *
 * A registration, whatever the stores:
 *   1. read the index once; a re-run (same idempotency key) or an already registered training
 *      run returns the existing version (`publish` finishes it if its first attempt died);
 *   2. `stage` the files where no reader looks, each copy checked against its sha256 and size;
 *   3. `update` the index: the change assigns number n = versions + 1, `place` readies the staged
 *      files as version n, and the store writes the index only if nobody changed it meanwhile
 *      (else re-reads, and the change runs again with a new n);
 *   4. `publish` version n (or `discard` the staging when no version refers to it).
 * A failure before 3 consumes no number; a number exists only once the index says so.
 */

/** Re-checks, right before a write, that this writer still may write; throws when it may not. */
export type Fence = () => Promise<void>;

/** What a change writes: the next index, the audit entries to append, and a commit message. */
export interface IndexWrite {
  index: ModelIndex;
  audit: HistoryEntry[];
  /** A human summary of the change (the commit message on GitHub; not stored locally). */
  message: string;
}

/** The outcome of one change: its result, and what to write (nothing for an idempotent repeat). */
export interface IndexChange<T> {
  result: T;
  write: IndexWrite | null;
}

export interface IndexStore {
  readonly kind: "local" | "github";
  /** Human-readable location, for logs: a directory, or owner/repo@branch. */
  readonly location: string;
  /** A model's index as it is now; null when the model has none. */
  read(model: string): Promise<ModelIndex | null>;
  /** Names of the models that have an index, sorted. */
  models(): Promise<string[]>;
  /** The model's audit log as stored (JSON lines), or null when there is none. */
  auditLog(model: string): Promise<string | null>;
  /**
   * Compare-and-swap: applies `change` to the index as it is now (an empty one for a new model)
   * and writes the result only if no other writer changed the index in between. When one did,
   * re-reads and calls `change` again (so `change` must only decide, or do what it can redo).
   * `fence` re-checks the writer's right to write (the lock locally; a no-op where the write
   * itself is the compare-and-swap).
   */
  update<T>(model: string, change: (index: ModelIndex, fence: Fence) => Promise<IndexChange<T>>): Promise<T>;
}

/** Files an ArtifactStore staged for a registration that has no number yet. */
export interface Staged {
  readonly model: string;
  readonly layout: "file" | "directory";
  /** Every file staged, with the sha256 and size its stored copy was checked against. */
  readonly files: readonly FileDigest[];
}

export interface ArtifactStore<S extends Staged = Staged> {
  /** The `backend` of the storage records this store writes into the index. */
  readonly backend: string;
  /**
   * Optional: refuses (throws a ConfigurationError) a model this store cannot hold, by its files'
   * sizes, before anything is hashed or stored (a release asset must be under 2 GiB, say).
   */
  accepts?(
    model: string,
    layout: "file" | "directory",
    files: readonly { path: string; bytes: number }[],
  ): void;
  /**
   * Stores a model's files where no reader looks yet (a staging directory, a draft release,
   * unreferenced blobs) and checks every stored copy against `files` (sha256 and size): a file
   * that changed since it was hashed is an `integrity` error. Cleans up after itself on failure.
   */
  stage(model: string, source: ModelSource, files: readonly FileDigest[]): Promise<S>;
  /**
   * Inside the index update that makes `document` version n, right before the index is
   * written: readies the staged files as version n and returns the storage record the index
   * keeps. Called again with another number when a compare-and-swap retry re-applies the change.
   */
  place(staged: S, document: ModelVersion, fence: Fence): Promise<VersionStorage>;
  /**
   * After the index recorded the version: makes its files visible under its number. Idempotent;
   * called again when a re-run finds a version whose first attempt died before publishing it.
   */
  publish(entry: IndexEntry): Promise<void>;
  /** Removes what `stage` stored when no version refers to it. Best effort. */
  discard(staged: S): Promise<void>;
  /** The bytes of one stored file, streamed; the core checks size and sha256 on the way. */
  download(entry: IndexEntry, file: FileDigest): Promise<AsyncIterable<Uint8Array>>;
  /**
   * Optional: what another tool pulls a placed version by (an OCI manifest's reference and
   * digest), for a store that names one. The core records it in the version's document
   * (ModelVersion.artifact), so `mlops models show` and the PR comment can name it.
   */
  artifact?(entry: IndexEntry): ModelArtifact | null;
  /** One line naming where a version's files are, for commit messages and logs. */
  describe(entry: IndexEntry): string;
}
