import { randomBytes } from "node:crypto";
import { promises as fs, constants as fsConstants } from "node:fs";
import path from "node:path";
import {
  digestTree,
  errorMessage,
  readDocument,
  readJsonFile,
  writeJsonAtomic,
  type Logger,
  type RunRecord,
} from "@mlops/core";

/*
 * The run cache, like `dvc repro`'s run-cache: a successful run is stored under its fingerprint
 * (sha256 over command, params, data and code) and a later run with the same fingerprint restores
 * its model, metrics and RunRecord instead of running the command.
 *
 * Locally an entry is the directory `.mlops/cache/<fingerprint>/`:
 *   entry.json            { fingerprint, created, model: {kind, name} | null, metricsSource }
 *   run.json              the RunRecord of the run that produced it
 *   metrics.json          the flattened metrics
 *   params.json           the params the command saw
 *   logs.txt              the command's output
 *   model/                the model (a file model is model/<its name>)
 *   metrics-source/<name> the command's own metrics file, restored to `metrics-file`
 * Entries are written to a temporary directory and renamed into place, so a reader never sees a
 * half-written entry and two writers of the same fingerprint cannot mix their files. On a hit
 * every model file is checked against the sha256 in run.json; a damaged entry is a miss.
 *
 * On GitHub the same directory is also saved to and restored from the Actions cache (key
 * `mlops-train-<fingerprint>`) through a RemoteRunCache. A remote that cannot be reached is a
 * miss with a warning; it never fails the run.
 */

export const CACHE_KEY_PREFIX = "mlops-train-";

export function cacheKey(fingerprint: string): string {
  return CACHE_KEY_PREFIX + fingerprint;
}

/** The Actions cache (packages/github implements it over @actions/cache). */
export interface RemoteRunCache {
  /** Restores the entry directory saved under `key` to `dir`; false on a miss. */
  restore(dir: string, key: string): Promise<boolean>;
  /** Saves `dir` under `key`; false when the service declined (e.g. the key already exists). */
  save(dir: string, key: string): Promise<boolean>;
}

export interface CacheEntryMeta {
  fingerprint: string;
  created: string;
  model: { kind: "file" | "directory"; name: string } | null;
  metricsSource: string | null;
}

export interface CacheEntry {
  dir: string;
  meta: CacheEntryMeta;
  record: RunRecord;
  /** Where the hit came from. */
  from: "local" | "remote";
}

export interface CacheEntryFiles {
  record: RunRecord;
  metricsJson: string;
  paramsJson: string;
  /** The command's output (a file, copied). */
  logs: string;
  /** The model as the command wrote it (file or directory), or null. */
  model: string | null;
  /** The command's metrics file, or null. */
  metricsSource: string | null;
}

/** Copies a file or directory; copy-on-write clones where the file system supports them. */
export async function copyPath(src: string, dest: string): Promise<void> {
  await fs.mkdir(path.dirname(dest), { recursive: true });
  const stat = await fs.stat(src);
  if (stat.isDirectory()) {
    await fs.cp(src, dest, {
      recursive: true,
      mode: fsConstants.COPYFILE_FICLONE,
      errorOnExist: true,
      force: false,
    });
  } else {
    await fs.copyFile(src, dest, fsConstants.COPYFILE_FICLONE);
  }
}

/**
 * Replaces `dest` (file or directory) with a copy of `src`: the copy is made beside it and
 * renamed over it, so an interrupted restore leaves either the old or the new output.
 */
export async function replaceWithCopy(src: string, dest: string): Promise<void> {
  const tmp = `${dest}.mlops-${randomBytes(4).toString("hex")}.tmp`;
  await copyPath(src, tmp);
  try {
    const old = await fs.lstat(dest).catch(() => null);
    if (old?.isDirectory()) {
      const trash = `${dest}.mlops-${randomBytes(4).toString("hex")}.old`;
      await fs.rename(dest, trash);
      await fs.rename(tmp, dest);
      await fs.rm(trash, { recursive: true, force: true });
    } else {
      await fs.rename(tmp, dest);
    }
  } catch (error) {
    await fs.rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

export class RunCache {
  readonly dir: string;

  constructor(
    stateDir: string,
    private readonly logger: Logger,
    private readonly remote: RemoteRunCache | null = null,
  ) {
    this.dir = path.join(stateDir, "cache");
  }

  entryDir(fingerprint: string): string {
    return path.join(this.dir, fingerprint);
  }

  /** The run records of the local entries, for the explanation (a damaged one is skipped). */
  async records(): Promise<RunRecord[]> {
    const names = await fs.readdir(this.dir, { withFileTypes: true }).catch(() => []);
    const out: RunRecord[] = [];
    for (const item of names) {
      if (!item.isDirectory() || !/^[0-9a-f]{64}$/.test(item.name)) continue;
      try {
        const record = (await readJsonFile(path.join(this.dir, item.name, "run.json"))) as RunRecord;
        if (record?.kind === "mlops.run" && record.fingerprint === item.name) out.push(record);
      } catch {
        // Half-removed or damaged: lookup() deals with it when its fingerprint comes up.
      }
    }
    return out;
  }

  /**
   * What the command created below a working directory in earlier runs (`written.json`, keyed
   * by the working directory relative to the workspace): never code when git cannot say.
   */
  async written(workingDirectory: string): Promise<string[]> {
    const all = await this.readWritten();
    return all[workingDirectory] ?? [];
  }

  async rememberWritten(workingDirectory: string, paths: readonly string[]): Promise<void> {
    const all = await this.readWritten();
    const merged = [...new Set([...(all[workingDirectory] ?? []), ...paths])].sort();
    await fs.mkdir(this.dir, { recursive: true });
    await writeJsonAtomic(path.join(this.dir, "written.json"), { ...all, [workingDirectory]: merged });
  }

  private async readWritten(): Promise<Record<string, string[]>> {
    try {
      const value = await readJsonFile(path.join(this.dir, "written.json"));
      if (value && typeof value === "object" && !Array.isArray(value)) {
        const out: Record<string, string[]> = {};
        for (const [k, v] of Object.entries(value))
          if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === "string");
        return out;
      }
    } catch {
      // Missing or unreadable: nothing remembered.
    }
    return {};
  }

  /** The valid entry for this fingerprint, local first, then remote; null on a miss. */
  async lookup(fingerprint: string): Promise<CacheEntry | null> {
    const dir = this.entryDir(fingerprint);
    const local = await this.open(dir, fingerprint, "local");
    if (local) return local;
    if (!this.remote) return null;
    let restored: boolean;
    try {
      restored = await this.remote.restore(dir, cacheKey(fingerprint));
    } catch (error) {
      this.logger.warning(
        `run cache: the Actions cache could not be read (${errorMessage(error)}); treating it as a miss`,
      );
      return null;
    }
    if (!restored) return null;
    return await this.open(dir, fingerprint, "remote");
  }

  private async open(dir: string, fingerprint: string, from: "local" | "remote"): Promise<CacheEntry | null> {
    const exists = await fs.stat(path.join(dir, "entry.json")).catch(() => null);
    if (!exists) return null;
    try {
      const meta = (await readJsonFile(path.join(dir, "entry.json"))) as CacheEntryMeta;
      if (meta.fingerprint !== fingerprint)
        throw new Error(`entry.json names fingerprint ${meta.fingerprint}`);
      const record = await readDocument("mlops.run", path.join(dir, "run.json"));
      if (record.fingerprint !== fingerprint) throw new Error("run.json has another fingerprint");
      if (meta.model) {
        const files = await digestTree(
          path.join(dir, "model", meta.model.kind === "file" ? meta.model.name : ""),
        );
        const expected = record.model?.files ?? [];
        const key = (f: { path: string; sha256: string; bytes: number }) =>
          `${f.path}\0${f.sha256}\0${f.bytes}`;
        const got = new Set(files.map(key));
        if (files.length !== expected.length || !expected.every((f) => got.has(key(f)))) {
          throw new Error("model files do not match the sha256 recorded in run.json");
        }
      }
      if (meta.metricsSource) await fs.access(path.join(dir, "metrics-source", meta.metricsSource));
      await fs.access(path.join(dir, "metrics.json"));
      return { dir, meta, record, from };
    } catch (error) {
      this.logger.warning(
        `run cache: entry ${dir} is damaged (${errorMessage(error)}); removing it and running the command`,
      );
      await this.discard(dir);
      return null;
    }
  }

  private async discard(dir: string): Promise<void> {
    const trash = `${dir}.damaged-${randomBytes(4).toString("hex")}`;
    try {
      await fs.rename(dir, trash);
      await fs.rm(trash, { recursive: true, force: true });
    } catch {
      // Another process removed or replaced it meanwhile.
    }
  }

  /** Stores a successful run; an entry that already exists is kept (first writer wins). */
  async save(
    fingerprint: string,
    files: CacheEntryFiles,
  ): Promise<{ local: boolean; remote: boolean | null }> {
    const dir = this.entryDir(fingerprint);
    await fs.mkdir(this.dir, { recursive: true });
    const tmp = path.join(this.dir, `.tmp-${fingerprint.slice(0, 16)}-${randomBytes(6).toString("hex")}`);
    let local = false;
    try {
      await fs.mkdir(tmp);
      let model: CacheEntryMeta["model"] = null;
      if (files.model) {
        const stat = await fs.stat(files.model);
        const name = path.basename(files.model);
        model = { kind: stat.isDirectory() ? "directory" : "file", name };
        await copyPath(files.model, path.join(tmp, "model", stat.isDirectory() ? "" : name));
      }
      let metricsSource: string | null = null;
      if (files.metricsSource) {
        metricsSource = path.basename(files.metricsSource);
        await copyPath(files.metricsSource, path.join(tmp, "metrics-source", metricsSource));
      }
      await fs.writeFile(path.join(tmp, "metrics.json"), files.metricsJson);
      await fs.writeFile(path.join(tmp, "params.json"), files.paramsJson);
      await copyPath(files.logs, path.join(tmp, "logs.txt"));
      await writeJsonAtomic(path.join(tmp, "run.json"), files.record);
      const meta: CacheEntryMeta = { fingerprint, created: new Date().toISOString(), model, metricsSource };
      await writeJsonAtomic(path.join(tmp, "entry.json"), meta);
      try {
        await fs.rename(tmp, dir);
        local = true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== "ENOTEMPTY" && code !== "EEXIST") throw error;
      }
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
    let remote: boolean | null = null;
    if (this.remote) {
      try {
        remote = await this.remote.save(dir, cacheKey(fingerprint));
      } catch (error) {
        remote = false;
        this.logger.warning(`run cache: could not save to the Actions cache (${errorMessage(error)})`);
      }
    }
    return { local, remote };
  }
}
