import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  checkModelName,
  ConfigurationError,
  isConfigurationError,
  parseJson,
  type Logger,
} from "@mlops/core";
import { withLock, type HeldLock, type LockOptions } from "./lock.js";
import { checkIndex, emptyIndex, isModelName, type ModelIndex } from "./model-index.js";
import type { Fence, IndexChange, IndexStore } from "./ports.js";

/*
 * The index in a directory (laptops, CI without a token, shared disks):
 *
 *   <root>/<model>/index.json     the index: every version's document + aliases
 *   <root>/<model>/audit.jsonl    append-only: one HistoryEntry per change
 *   <root>/<model>/.lock/         the cross-process lock (lock.ts)
 *   <root>/<model>/audit.pending-<token>.json
 *                                 while a change is published: its audit lines and the sha256
 *                                 of the index they belong to
 *
 * A change happens under the model's lock: read, decide, then publish through the lock's fenced
 * write (staged inside .lock/, fsync; right before the rename the lock token is re-checked, and
 * the rename from inside .lock/ fails by itself if the lock was broken meanwhile), in order:
 *   1. the pending audit lines (audit.pending-<token>.json),
 *   2. index.json (also re-checking that the index is still the one read): the commit point,
 *   3. audit.jsonl, rewritten with the lines appended (re-checking it is still the one read),
 *      then the pending file removed.
 * A holder that stalled past the stale time and lost its lock before 2 fails with `lock-lost`
 * and writes nothing. One that lost it between 2 and 3 has made its change but can no longer
 * append: whoever takes the lock next finds the pending file, sees the index is the one it
 * belongs to, and appends those lines before its own; a pending file whose index never landed is
 * removed. So the audit log holds every change once, in the order of the index, even across a
 * crash or a stall between the two writes (auditLog() shows pending lines already). With the
 * lock there is nothing to retry: the change runs once.
 */

const PENDING = /^audit\.pending-[0-9a-f]+\.json$/;

interface PendingAudit {
  /** sha256 of the index.json text these lines belong to. */
  index: string;
  lines: string[];
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The audit text with lines appended, each on a line of its own (after a torn last line too). */
function appended(audit: string, lines: readonly string[]): string {
  const head = audit && !audit.endsWith("\n") ? `${audit}\n` : audit;
  return head + lines.map((line) => `${line}\n`).join("");
}

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
    const dir = this.modelDir(model);
    const audit = await readTextIfExists(path.join(dir, "audit.jsonl"));
    // A change published whose writer has not appended its lines yet (or stalled, or crashed).
    const pending = await this.pendingFor(dir, audit ?? "");
    if (!pending.length) return audit;
    return appended(
      audit ?? "",
      pending.flatMap((p) => p.lines),
    );
  }

  /**
   * The pending audit files of a model directory: those whose index is the one there now and
   * whose lines the audit log does not end with yet (`missing`), and all of them (`files`).
   */
  private async pending(dir: string, audit: string): Promise<{ files: string[]; missing: PendingAudit[] }> {
    let names: string[];
    try {
      names = (await fs.readdir(dir)).filter((name) => PENDING.test(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { files: [], missing: [] };
      throw error;
    }
    if (!names.length) return { files: [], missing: [] };
    const index = await readTextIfExists(path.join(dir, "index.json"));
    const missing: PendingAudit[] = [];
    for (const name of names) {
      const text = await readTextIfExists(path.join(dir, name));
      if (text === null || index === null) continue;
      let entry: PendingAudit;
      try {
        entry = JSON.parse(text) as PendingAudit;
      } catch {
        continue; // staged by a fenced rename, so whole; one that is not is not ours to read
      }
      if (entry.index !== sha256(index) || !Array.isArray(entry.lines)) continue;
      if (!audit.endsWith(entry.lines.map((line) => `${line}\n`).join(""))) missing.push(entry);
    }
    return { files: names.map((name) => path.join(dir, name)), missing };
  }

  private async pendingFor(dir: string, audit: string): Promise<PendingAudit[]> {
    return (await this.pending(dir, audit)).missing;
  }

  /** Rewrites audit.jsonl with `lines` appended, through the lock's fence. */
  private async appendAudit(dir: string, held: HeldLock, lines: readonly string[]): Promise<void> {
    const audit = path.join(dir, "audit.jsonl");
    const before = await readTextIfExists(audit);
    await held.writeFenced(audit, appended(before ?? "", lines), async () => {
      if ((await readTextIfExists(audit)) !== before) {
        throw new ConfigurationError(
          `${audit} changed while this process held the lock ${held.path}; its entries were not appended`,
          { code: "lock-lost" },
        );
      }
    });
  }

  /** Under the lock: appends what an earlier holder published but did not log, drops the rest. */
  private async finishPending(dir: string, held: HeldLock, model: string): Promise<void> {
    const { files, missing } = await this.pending(
      dir,
      (await readTextIfExists(path.join(dir, "audit.jsonl"))) ?? "",
    );
    if (!files.length) return;
    if (missing.length) {
      await this.appendAudit(
        dir,
        held,
        missing.flatMap((p) => p.lines),
      );
      this.options.logger.warning(
        `${model}: appended ${missing.reduce((n, p) => n + p.lines.length, 0)} audit entr(ies) an earlier writer published but did not log (it stalled or crashed after writing the index)`,
      );
    }
    await held.assertHeld();
    for (const file of files) await fs.rm(file, { force: true });
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
        await this.finishPending(dir, held, model);
        const file = path.join(dir, "index.json");
        const before = await readTextIfExists(file);
        const current =
          before === null ? emptyIndex(model) : checkIndex(parseJson(before, file), model, file);
        const { result, write } = await change(current, fence);
        if (!write) return result;
        const text = JSON.stringify(write.index, null, 2) + "\n";
        const lines = write.audit.map((entry) => JSON.stringify(entry));
        const pending = path.join(dir, `audit.pending-${held.owner.token}.json`);
        const staged: PendingAudit = { index: sha256(text), lines };
        await held.writeFenced(pending, JSON.stringify(staged) + "\n");
        try {
          await held.writeFenced(file, text, async () => {
            // The lock says nobody else wrote; the index itself must say so too.
            if ((await readTextIfExists(file)) !== before) {
              throw new ConfigurationError(
                `${file} changed while this process held the lock ${held.path}; nothing was written by this process, run it again`,
                { code: "lock-lost" },
              );
            }
          });
        } catch (error) {
          await fs.rm(pending, { force: true });
          throw error;
        }
        // The change is made. Its audit lines go in through the fence too: a holder that lost
        // the lock here leaves them to the next one, which appends them in order.
        try {
          await this.appendAudit(dir, held, lines);
          await held.assertHeld();
          await fs.rm(pending, { force: true });
        } catch (error) {
          if (!isConfigurationError(error) || error.code !== "lock-lost") throw error;
          this.options.logger.warning(
            `${model}: the change is made, but this process lost the lock ${held.path} before logging it (it stalled); the next writer appends its audit entries, in order`,
          );
        }
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
