import { promises as fs } from "node:fs";
import path from "node:path";
import { appendLineDurable, checkModelName, ConfigurationError, parseJson, type Logger } from "@mlops/core";
import { withLock, type LockOptions } from "./lock.js";
import { checkIndex, emptyIndex, isModelName, type ModelIndex } from "./model-index.js";
import type { Fence, IndexChange, IndexStore } from "./ports.js";

/*
 * The index in a directory (laptops, CI without a token, shared disks):
 *
 *   <root>/<model>/index.json     the index: every version's document + aliases
 *   <root>/<model>/audit.jsonl    append-only: one HistoryEntry per change
 *   <root>/<model>/.lock/         the cross-process lock (lock.ts)
 *
 * A change happens under the model's lock: read, decide, then publish index.json through the
 * lock's fenced write (staged inside .lock/, fsync; right before the rename the lock token and
 * the index as read are re-checked, and the rename from inside .lock/ fails by itself if the lock
 * was broken meanwhile), then append to audit.jsonl. A holder that stalled past the stale time
 * and lost its lock therefore fails with `lock-lost` and writes nothing. With the lock there is
 * nothing to retry: the change runs once.
 */

export interface LocalIndexStoreOptions {
  root: string;
  logger: Logger;
  lock?: Omit<LockOptions, "logger" | "purpose">;
}

export class LocalIndexStore implements IndexStore {
  readonly kind = "local" as const;
  readonly location: string;
  private readonly root: string;

  constructor(private readonly options: LocalIndexStoreOptions) {
    this.root = path.resolve(options.root);
    this.location = options.root;
  }

  private modelDir(model: string): string {
    return path.join(this.root, checkModelName(model));
  }

  async read(model: string): Promise<ModelIndex | null> {
    const file = path.join(this.modelDir(model), "index.json");
    const text = await readTextIfExists(file);
    if (text === null) return null;
    return checkIndex(parseJson(text, file), model, file);
  }

  async models(): Promise<string[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    return names.filter(isModelName).sort();
  }

  async auditLog(model: string): Promise<string | null> {
    return await readTextIfExists(path.join(this.modelDir(model), "audit.jsonl"));
  }

  async update<T>(
    model: string,
    change: (index: ModelIndex, fence: Fence) => Promise<IndexChange<T>>,
  ): Promise<T> {
    const dir = this.modelDir(model);
    return await withLock(
      path.join(dir, ".lock"),
      async (held) => {
        const fence = () => held.assertHeld();
        const file = path.join(dir, "index.json");
        const before = await readTextIfExists(file);
        const current =
          before === null ? emptyIndex(model) : checkIndex(parseJson(before, file), model, file);
        const { result, write } = await change(current, fence);
        if (!write) return result;
        await held.writeFenced(file, JSON.stringify(write.index, null, 2) + "\n", async () => {
          // The lock says nobody else wrote; the index itself must say so too.
          if ((await readTextIfExists(file)) !== before) {
            throw new ConfigurationError(
              `${file} changed while this process held the lock ${held.path}; nothing was written by this process, run it again`,
              { code: "lock-lost" },
            );
          }
        });
        const audit = path.join(dir, "audit.jsonl");
        const text = await readTextIfExists(audit);
        // A crash mid-append leaves a torn last line; start the next entry on a line of its own.
        if (text && !text.endsWith("\n")) await appendLineDurable(audit, "");
        for (const entry of write.audit) await appendLineDurable(audit, JSON.stringify(entry));
        return result;
      },
      { ...this.options.lock, logger: this.options.logger, purpose: `registry (${model})` },
    );
  }
}

async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
