import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import {
  checkModelName,
  ConfigurationError,
  syncDirectory,
  uniqueSuffix,
  writeJsonAtomic,
  type FileDigest,
  type Logger,
  type ModelVersion,
} from "@mlops/core";
import { checkStoredCopy, safeJoin, stageModelFiles, type ModelSource } from "./content.js";
import type { IndexEntry, VersionStorage } from "./model-index.js";
import type { ArtifactStore, Fence, Staged } from "./ports.js";

/*
 * A version's files in the registry directory, next to the local index:
 *
 *   <root>/<model>/.staging/<id>/files/…            copied in (and hashed) before a number exists
 *   <root>/<model>/versions/<n>/files/…             the model's files, as registered
 *   <root>/<model>/versions/<n>/model-version.json  the ModelVersion as registered
 *
 * `place` renames the staging directory to versions/<n> under the index lock, just before the
 * index write. A crash in between leaves an unreferenced versions/<n>, which the next
 * registration moves aside (logged): a number becomes visible only with the index, so versions
 * stay gapless and are never reused.
 */

export interface DirectoryArtifactStoreOptions {
  root: string;
  logger: Logger;
}

interface DirectoryStaged extends Staged {
  dir: string;
}

const STAGING_MAX_AGE_MS = 24 * 3600 * 1000;

export class DirectoryArtifactStore implements ArtifactStore<DirectoryStaged> {
  readonly backend = "local";
  private readonly root: string;

  constructor(private readonly options: DirectoryArtifactStoreOptions) {
    this.root = path.resolve(options.root);
  }

  private modelDir(model: string): string {
    return path.join(this.root, checkModelName(model));
  }

  async stage(model: string, source: ModelSource, files: readonly FileDigest[]): Promise<DirectoryStaged> {
    const dir = path.join(this.modelDir(model), ".staging", uniqueSuffix());
    await fs.mkdir(dir, { recursive: true });
    try {
      const stored = await stageModelFiles(source, path.join(dir, "files"));
      for (const file of files)
        checkStoredCopy(
          model,
          file,
          stored.find((s) => s.path === file.path),
        );
      return { model, layout: source.layout, files, dir };
    } catch (error) {
      await fs.rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  async place(staged: DirectoryStaged, document: ModelVersion, fence: Fence): Promise<VersionStorage> {
    const { model } = staged;
    const n = document.number;
    await writeJsonAtomic(path.join(staged.dir, "model-version.json"), { ...document, aliases: [] });
    const versionsDir = path.join(this.modelDir(model), "versions");
    const versionDir = path.join(versionsDir, String(n));
    await fs.mkdir(versionsDir, { recursive: true });
    for (let attempt = 1; ; attempt++) {
      if (await exists(versionDir)) {
        // Left by a registration that crashed (or lost its lock) before its index write: it never
        // became visible.
        const aside = path.join(path.dirname(staged.dir), `orphan-v${n}-${uniqueSuffix()}`);
        await fs.rename(versionDir, aside);
        this.options.logger.warning(
          `${model}: moved aside versions/${n}, left by an interrupted registration`,
        );
        await fs.rm(aside, { recursive: true, force: true });
      }
      await fence();
      try {
        await fs.rename(staged.dir, versionDir);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if ((code !== "ENOTEMPTY" && code !== "EEXIST") || attempt >= 3) throw error;
        // A holder whose lock was broken placed its files meanwhile: ours if we still hold the lock.
        await fence();
      }
    }
    await syncDirectory(versionsDir);
    return { backend: this.backend, layout: staged.layout };
  }

  /** The files are in place since `place`; what is left is sweeping staging that died long ago. */
  async publish(entry: IndexEntry): Promise<void> {
    const stagingRoot = path.join(this.modelDir(entry.document.name), ".staging");
    try {
      for (const name of await fs.readdir(stagingRoot)) {
        const full = path.join(stagingRoot, name);
        const stat = await fs.stat(full).catch(() => null);
        if (stat && Date.now() - stat.mtimeMs > STAGING_MAX_AGE_MS)
          await fs.rm(full, { recursive: true, force: true });
      }
    } catch {
      /* best effort */
    }
  }

  async discard(staged: DirectoryStaged): Promise<void> {
    await fs.rm(staged.dir, { recursive: true, force: true });
  }

  async download(entry: IndexEntry, file: FileDigest): Promise<AsyncIterable<Uint8Array>> {
    const { name, number } = entry.document;
    const filesDir = path.join(this.modelDir(name), "versions", String(number), "files");
    const source = safeJoin(filesDir, file.path);
    try {
      await fs.access(source);
    } catch {
      throw new ConfigurationError(
        `${name} version ${number}: stored file ${file.path} is missing from ${filesDir}; the registry directory was damaged`,
        { code: "integrity" },
      );
    }
    return createReadStream(source, { highWaterMark: 1 << 20 });
  }

  describe(entry: IndexEntry): string {
    return `Directory: ${path.join(this.modelDir(entry.document.name), "versions", String(entry.document.number))}`;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
