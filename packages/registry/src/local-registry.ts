import type { Logger, RunContext } from "@mlops/core";
import { DirectoryArtifactStore } from "./directory-artifact-store.js";
import { IndexedRegistry } from "./indexed-registry.js";
import { LocalIndexStore } from "./local-index-store.js";
import type { LockOptions } from "./lock.js";

/*
 * The registry in a directory (the embedded default: laptops, CI without a token, shared disks):
 * the registry core over the local index (local-index-store.ts: a lock, then an atomic write)
 * and the files beside it (directory-artifact-store.ts).
 *
 *   <root>/<model>/index.json                   the index: every version's document + aliases
 *   <root>/<model>/audit.jsonl                  append-only: one HistoryEntry per change
 *   <root>/<model>/versions/<n>/model-version.json
 *   <root>/<model>/versions/<n>/files/…         the model's files, as registered
 *   <root>/<model>/.lock/                       the cross-process lock (lock.ts)
 *   <root>/<model>/.staging/                    files being copied in before they get a number
 */

export interface LocalRegistryOptions {
  root: string;
  logger: Logger;
  ctx?: RunContext | null;
  lock?: Omit<LockOptions, "logger" | "purpose">;
  maxDownloadBytes?: number;
}

export class LocalRegistry extends IndexedRegistry {
  constructor(options: LocalRegistryOptions) {
    super({
      indexes: new LocalIndexStore(options),
      artifacts: new DirectoryArtifactStore(options),
      logger: options.logger,
      ctx: options.ctx ?? null,
      ...(options.maxDownloadBytes !== undefined ? { maxDownloadBytes: options.maxDownloadBytes } : {}),
    });
  }
}
