import type { DataFingerprint, Logger, Metrics, ModelVersion, RunRecord } from "@mlops/core";

/*
 * The model registry's one interface (DESIGN §5). Two backends implement it: LocalRegistry
 * (a directory; the embedded default) and GitHubRegistry (an orphan branch + releases).
 * register-model, evaluate-against-baseline, deploy-model, report-metrics and the CLI all go
 * through it and never touch storage directly.
 */

export interface RegisterRequest {
  model: string;
  /** A model file or directory on disk; every file is hashed and stored. */
  path: string;
  metrics?: Metrics;
  params?: Record<string, unknown>;
  run?: RunRecord | null;
  aliases?: string[];
  tags?: Record<string, string>;
  /** Data lineage; taken from the run record when absent. */
  data?: DataFingerprint[];
  /**
   * Idempotency key (repository + run id + job + model). A second registration with the same
   * key and the same content returns the existing version with created: false; the same key
   * with different content is an error.
   */
  idempotencyKey?: string | null;
  createdBy?: string | null;
  /**
   * The version this one derives from or would replace. Default: the version the `production`
   * alias pointed at when this one was registered (null when there was none).
   */
  parentVersion?: number | null;
  /** The model scan of these files (model-scan.ts), stored in the ModelVersion; absent: not scanned. */
  scan?: NonNullable<ModelVersion["scan"]> | null;
}

export interface RegisterResult {
  version: ModelVersion;
  created: boolean;
}

export interface AliasChange {
  model: string;
  alias: string;
  /** The version the alias pointed at before (null when it did not exist). */
  previous: number | null;
  /** The version it points at now (null when removed). */
  current: number | null;
}

export interface HistoryEntry {
  /** ISO time of the change. */
  at: string;
  action: "register" | "set-alias" | "remove-alias";
  model: string;
  version: number | null;
  alias: string | null;
  previous: number | null;
  actor: string | null;
  /** Workflow run, commit, or other provenance of the change. */
  source: string | null;
}

export interface DownloadResult {
  /** Directory the files were written to. */
  dir: string;
  /** Path of the model as registered: the file itself, or the directory. */
  modelPath: string;
  version: ModelVersion;
}

export interface ModelSummary {
  name: string;
  latest: number;
  versions: number;
  aliases: Record<string, number>;
}

export interface Registry {
  readonly kind: "local" | "github";
  /** Human-readable location, for logs: a directory, or owner/repo@branch. */
  readonly location: string;
  register(request: RegisterRequest): Promise<RegisterResult>;
  /** A version; a clear ConfigurationError listing what exists when it does not. */
  get(model: string, version: number): Promise<ModelVersion>;
  listModels(): Promise<ModelSummary[]>;
  /** Every version of one model, oldest first. */
  list(model: string): Promise<ModelVersion[]>;
  /**
   * A version number ("3", 3, "v3"), an alias ("production") or "latest". Returns null only
   * when `optional` is set and the model or alias does not exist.
   */
  resolve(model: string, ref: string | number): Promise<ModelVersion>;
  resolve(model: string, ref: string | number, options: { optional: true }): Promise<ModelVersion | null>;
  /**
   * Points an alias at a version. With `expected`, a compare-and-swap: it fails (ConfigurationError,
   * code "alias-conflict") unless the alias currently points at `expected` (null: does not exist).
   */
  setAlias(
    model: string,
    alias: string,
    version: number,
    options?: { expected?: number | null },
  ): Promise<AliasChange>;
  removeAlias(model: string, alias: string, options?: { expected?: number | null }): Promise<AliasChange>;
  /** Downloads a version's files into `dir`, verifying every sha256 first. */
  download(model: string, version: number, dir: string): Promise<DownloadResult>;
  /** The audit log of one model, oldest first. */
  history(model: string): Promise<HistoryEntry[]>;
}

export interface RegistryOptions {
  logger: Logger;
}

/** `models:/<model>/<version>`, as MLflow writes model URIs. */
export function modelUri(model: string, version: number): string {
  return `models:/${model}/${version}`;
}
