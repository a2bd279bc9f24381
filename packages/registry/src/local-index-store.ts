import { promises as fs } from "node:fs";
import path from "node:path";
import { appendLineDurable, checkModelName, parseJson, writeJsonAtomic, type Logger } from "@mlops/core";
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
 * A change happens under the model's lock: read, decide, re-check the lock is still ours, write
 * index.json atomically (temp file, fsync, rename, directory fsync), append to audit.jsonl.
 * With the lock there is nothing to retry: the change runs once.
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
        const { result, write } = await change((await this.read(model)) ?? emptyIndex(model), fence);
        if (!write) return result;
        await fence();
        await writeJsonAtomic(path.join(dir, "index.json"), write.index);
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
