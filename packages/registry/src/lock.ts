import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigurationError, syncDirectory, uniqueSuffix, writeJsonAtomic, type Logger } from "@mlops/core";

/*
 * A cross-process lock that works on local disks and shared network disks alike: it relies only
 * on mkdir being atomic (true on NFS, SMB and every local file system), never on flock/fcntl.
 *
 *   <dir>.lock/            exists while held (mkdir fails with EEXIST for everyone else)
 *   <dir>.lock/owner.json  {pid, host, token, acquired, purpose}; its mtime is a heartbeat
 *
 * A lock is stale when its owner is a dead process on this host, or when its heartbeat is older
 * than `staleMs` (the owner crashed on another machine, or lost the disk). Breaking a stale lock
 * happens under a second, short-lived lock (`<dir>.lock.break`) and re-checks the owner token
 * there, so two waiters that both saw the same stale lock cannot remove a fresh one.
 *
 * Breaking a lock does not stop its holder: a process paused (SIGSTOP, a VM freeze, a swap storm)
 * past staleMs wakes up believing it still holds the lock. So a holder publishes a file only
 * through `writeFenced`: the new content is staged INSIDE the lock directory and renamed into
 * place from there. Breaking the lock renames the lock directory away, so a broken holder's
 * rename finds no staged file (ENOENT) and fails: the rename itself is the fence, with no window
 * between a check and the write.
 */

/** Environment variable overriding the default staleMs (milliseconds), for tests and slow disks. */
export const LOCK_STALE_ENV = "MLOPS_REGISTRY_LOCK_STALE_MS";

export interface LockOptions {
  /** A lock whose heartbeat is older than this is stale (default 30 s; the holder beats every staleMs/4). */
  staleMs?: number;
  /** Give up after waiting this long (default 120 s). */
  timeoutMs?: number;
  logger?: Logger;
  /** What the lock protects, for messages. */
  purpose?: string;
}

export interface LockOwner {
  pid: number;
  host: string;
  token: string;
  acquired: string;
  purpose: string;
}

export interface HeldLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Throws when the lock was broken by another process (this holder stalled past staleMs). */
  assertHeld(): Promise<void>;
  /**
   * Atomically replaces `target` with `data`, only while this lock is held: the data is staged
   * in the lock directory, `recheck` (if given) runs right before the rename, and the rename
   * fails when the lock was broken meanwhile. Throws a `lock-lost` error then; nothing is written.
   */
  writeFenced(target: string, data: string | Uint8Array, recheck?: () => Promise<void>): Promise<void>;
}

function defaultStaleMs(): number {
  const raw = process.env[LOCK_STALE_ENV];
  if (raw === undefined || raw.trim() === "") return 30_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigurationError(
      `${LOCK_STALE_ENV}: expected a positive integer (milliseconds), found ${JSON.stringify(raw)}`,
      {
        code: "input-invalid",
      },
    );
  }
  return value;
}

function lockLost(lockPath: string, staleMs: number): ConfigurationError {
  return new ConfigurationError(
    `lost the lock ${lockPath}: another process judged it stale (this process stalled for more than ${staleMs} ms) and went ahead; nothing was written by this process, run it again`,
    { code: "lock-lost" },
  );
}

const BREAK_STALE_MS = 10_000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const value = JSON.parse(await fs.readFile(path.join(lockPath, "owner.json"), "utf8")) as LockOwner;
    return typeof value?.token === "string" ? value : null;
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Milliseconds since the lock last showed life (owner file or directory mtime), or null if gone. */
async function heartbeatAge(lockPath: string): Promise<number | null> {
  let newest = -Infinity;
  for (const p of [path.join(lockPath, "owner.json"), lockPath]) {
    try {
      newest = Math.max(newest, (await fs.stat(p)).mtimeMs);
    } catch {
      /* missing: the other one decides */
    }
  }
  return newest === -Infinity ? null : Date.now() - newest;
}

async function staleReason(
  lockPath: string,
  staleMs: number,
): Promise<{ reason: string; token: string | null } | null> {
  const owner = await readOwner(lockPath);
  if (owner && owner.host === os.hostname() && !processAlive(owner.pid)) {
    return {
      reason: `its owner (pid ${owner.pid} on ${owner.host}) is no longer running`,
      token: owner.token,
    };
  }
  const age = await heartbeatAge(lockPath);
  if (age !== null && age > staleMs) {
    const who = owner ? `pid ${owner.pid} on ${owner.host}` : "an owner that never wrote its name";
    return {
      reason: `its owner (${who}) has not shown life for ${Math.round(age / 1000)} s`,
      token: owner?.token ?? null,
    };
  }
  return null;
}

/** Removes a stale lock under the break lock; true when this call removed it. */
async function breakStaleLock(lockPath: string, staleMs: number, logger?: Logger): Promise<boolean> {
  const breakPath = `${lockPath}.break`;
  try {
    await fs.mkdir(breakPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const age = await heartbeatAge(breakPath);
    if (age !== null && age > BREAK_STALE_MS) await fs.rm(breakPath, { recursive: true, force: true });
    return false;
  }
  try {
    const stale = await staleReason(lockPath, staleMs);
    if (!stale) return false;
    const owner = await readOwner(lockPath);
    if ((owner?.token ?? null) !== stale.token) return false;
    const grave = `${lockPath}.stale-${uniqueSuffix()}`;
    try {
      await fs.rename(lockPath, grave);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw error;
    }
    await fs.rm(grave, { recursive: true, force: true });
    logger?.warning(`removed a stale registry lock ${lockPath}: ${stale.reason}`);
    return true;
  } finally {
    await fs.rm(breakPath, { recursive: true, force: true });
  }
}

/** Runs fn while holding the lock at `lockPath` (a directory path, created and removed here). */
export async function withLock<T>(
  lockPath: string,
  fn: (lock: HeldLock) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const staleMs = options.staleMs ?? defaultStaleMs();
  const timeoutMs = options.timeoutMs ?? 120_000;
  const purpose = options.purpose ?? "registry";
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    token: randomBytes(16).toString("hex"),
    acquired: "",
    purpose,
  };
  await fs.mkdir(path.dirname(lockPath), { recursive: true });
  const started = Date.now();
  let delay = 5;
  let waitedNotice = false;
  for (;;) {
    try {
      await fs.mkdir(lockPath);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (await staleReason(lockPath, staleMs)) {
      if (await breakStaleLock(lockPath, staleMs, options.logger)) continue;
    }
    if (Date.now() - started > timeoutMs) {
      const holder = await readOwner(lockPath);
      throw new ConfigurationError(
        `timed out after ${Math.round(timeoutMs / 1000)} s waiting for the lock ${lockPath}` +
          (holder ? ` held by pid ${holder.pid} on ${holder.host} since ${holder.acquired}` : "") +
          `; if that process is gone, the lock becomes stale after ${Math.round(staleMs / 1000)} s, or remove the directory by hand`,
        { code: "lock-timeout" },
      );
    }
    if (!waitedNotice && Date.now() - started > 2000) {
      waitedNotice = true;
      options.logger?.info(`waiting for the ${purpose} lock ${lockPath}…`);
    }
    await sleep(delay / 2 + Math.random() * delay);
    delay = Math.min(delay * 1.6, 250);
  }

  owner.acquired = new Date().toISOString();
  const ownerFile = path.join(lockPath, "owner.json");
  await writeJsonAtomic(ownerFile, owner);
  const beat = setInterval(
    () => {
      const now = new Date();
      fs.utimes(ownerFile, now, now).catch(() => {});
    },
    Math.max(50, staleMs / 4),
  );
  beat.unref();
  const held: HeldLock = {
    path: lockPath,
    owner,
    async assertHeld() {
      const current = await readOwner(lockPath);
      if (current?.token !== owner.token) throw lockLost(lockPath, staleMs);
    },
    async writeFenced(target, data, recheck) {
      const staged = path.join(lockPath, `staged-${uniqueSuffix()}`);
      let handle: fs.FileHandle;
      try {
        handle = await fs.open(staged, "wx");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") throw lockLost(lockPath, staleMs);
        throw error;
      }
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await held.assertHeld();
        await recheck?.();
        await fs.rename(staged, target);
      } catch (error) {
        await fs.rm(staged, { force: true }).catch(() => {});
        if ((error as NodeJS.ErrnoException).code === "ENOENT") throw lockLost(lockPath, staleMs);
        throw error;
      }
      await syncDirectory(path.dirname(target));
    },
  };
  try {
    return await fn(held);
  } finally {
    clearInterval(beat);
    const current = await readOwner(lockPath);
    if (current?.token === owner.token) {
      const grave = `${lockPath}.released-${uniqueSuffix()}`;
      await fs.rename(lockPath, grave);
      await fs.rm(grave, { recursive: true, force: true });
    }
  }
}
