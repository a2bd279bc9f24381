import { createHash, randomBytes } from "node:crypto";
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  ConfigurationError,
  digestFile,
  syncDirectory,
  writeFileAtomic,
  type FileDigest,
  type Logger,
} from "@mlops/core";
import { safeJoin, withLock } from "@mlops/registry";
import { TargetError, type DeployedModel, type DeployTarget, type TargetResult } from "../types.js";

/*
 * The directory target: what a local server or a batch job reads.
 *
 *   <directory>/current        → versions/v3   (symlink; swapped with one atomic rename)
 *   <directory>/current.json   which model and version `current` is, written atomically
 *   <directory>/versions/v3/   the model's files, exactly as registered (sha256-verified)
 *   <directory>/versions/v3.json
 *   <directory>/versions/v2/   kept, so a rollback is only a pointer swap
 *
 * A version is copied into a temporary sibling (versions/.tmp-…), every file fsync'ed and its
 * sha256 checked, then renamed into place; readers therefore see either the old version or the
 * new one, never a half-copied model. Deploys into one directory are serialised by a lock.
 */

export const CURRENT_LINK = "current";
export const CURRENT_MANIFEST = "current.json";

export interface DirectoryTargetOptions {
  directory: string;
  /** Versions to keep in versions/ (current and the previous one are always kept). */
  keepVersions: number;
  logger: Logger;
}

export interface CurrentManifest {
  kind: "mlops.deployed-model";
  model: string;
  version: number;
  uri: string;
  environment: string;
  /** Relative to the directory: versions/v3. */
  path: string;
  /** Relative to the directory: versions/v3/model.onnx (or versions/v3 for a directory model). */
  modelPath: string;
  files: FileDigest[];
  deployedAt: string;
  previousVersion: number | null;
}

interface VersionManifest {
  model: string;
  version: number;
  uri: string;
  /** Relative to the version directory; "." for a directory model. */
  modelPath: string;
  files: FileDigest[];
}

const isWindows = process.platform === "win32";

export class DirectoryTarget implements DeployTarget {
  readonly kind = "directory" as const;
  readonly root: string;
  /** Whole deploys into this directory are serialised by this lock (deploy.ts). */
  readonly runLockPath: string;
  constructor(private readonly options: DirectoryTargetOptions) {
    this.root = path.resolve(options.directory);
    this.runLockPath = path.join(this.root, ".deploy-run.lock");
  }

  describe(): string {
    return `directory ${this.root}`;
  }

  async deploy(model: DeployedModel): Promise<TargetResult> {
    await fs.mkdir(path.join(this.root, "versions"), { recursive: true });
    return await withLock(path.join(this.root, ".deploy.lock"), () => this.deployLocked(model), {
      purpose: `deploy into ${this.root}`,
      logger: this.options.logger,
    });
  }

  /** What `current` points at now, or null before the first deploy. */
  async current(): Promise<CurrentManifest | null> {
    try {
      return JSON.parse(await fs.readFile(path.join(this.root, CURRENT_MANIFEST), "utf8")) as CurrentManifest;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw new ConfigurationError(
        `${path.join(this.root, CURRENT_MANIFEST)} is not readable JSON (${(error as Error).message}); it is written only by deploy-model: restore it or choose an empty directory`,
        { code: "directory-invalid" },
      );
    }
  }

  private async deployLocked(model: DeployedModel): Promise<TargetResult> {
    const { logger } = this.options;
    const before = await this.current();
    if (before && before.model !== model.name) {
      throw new ConfigurationError(
        `directory ${this.root} serves model ${before.model}, not ${model.name}; give each model its own directory`,
        { code: "directory-conflict" },
      );
    }
    const versionName = `v${model.version}`;
    const versionDir = path.join(this.root, "versions", versionName);
    let manifest = await this.readVersion(model);
    const reused = manifest !== null;
    if (!manifest) {
      manifest = await this.install(model, versionDir);
    } else {
      logger.info(
        `${this.root}: versions/${versionName} is already here and verified; swapping the pointer only`,
      );
    }
    await this.swapCurrent(versionName);
    const relModel =
      manifest.modelPath === "."
        ? `versions/${versionName}`
        : `versions/${versionName}/${manifest.modelPath}`;
    const current: CurrentManifest = {
      kind: "mlops.deployed-model",
      model: model.name,
      version: model.version,
      uri: model.uri,
      environment: model.environment,
      path: `versions/${versionName}`,
      modelPath: relModel,
      files: model.files,
      deployedAt: new Date().toISOString(),
      previousVersion: before?.version ?? null,
    };
    await writeFileAtomic(path.join(this.root, CURRENT_MANIFEST), JSON.stringify(current, null, 2) + "\n");
    await this.prune([model.version, before?.version ?? null]);
    return {
      detail: `${path.join(this.root, CURRENT_LINK)} → versions/${versionName}${reused ? " (already present: pointer swap only)" : ` (${model.files.length} file(s) copied and verified)`}${before ? `, was v${before.version}` : ""}`,
      environmentUrl: pathToFileURL(path.join(this.root, CURRENT_LINK)).href,
      servedPath: path.join(this.root, CURRENT_LINK, ...relModel.split("/").slice(2)),
    };
  }

  /** The version's manifest when its directory is present and every file still matches. */
  private async readVersion(model: DeployedModel): Promise<VersionManifest | null> {
    const dir = path.join(this.root, "versions", `v${model.version}`);
    let manifest: VersionManifest;
    try {
      manifest = JSON.parse(await fs.readFile(`${dir}.json`, "utf8")) as VersionManifest;
    } catch {
      return null;
    }
    if (manifest.model !== model.name || manifest.version !== model.version) return null;
    const expected = new Map(model.files.map((f) => [f.path, f.sha256]));
    if (manifest.files.length !== expected.size) return null;
    for (const file of manifest.files) {
      if (expected.get(file.path) !== file.sha256) return null;
      try {
        const actual = await digestFile(safeJoin(dir, file.path));
        if (actual.sha256 !== file.sha256) {
          this.options.logger.warning(
            `${dir}/${file.path} was modified since it was deployed; copying it again`,
          );
          return null;
        }
      } catch {
        return null;
      }
    }
    return manifest;
  }

  /** Copies the version into a temporary sibling, verifies it, and renames it into place. */
  private async install(model: DeployedModel, versionDir: string): Promise<VersionManifest> {
    const { dir, modelPath } = await model.materialize();
    const versions = path.dirname(versionDir);
    const tmp = path.join(versions, `.tmp-v${model.version}-${suffix()}`);
    await fs.mkdir(tmp, { recursive: true });
    try {
      for (const file of model.files) {
        const dest = safeJoin(tmp, file.path);
        await fs.mkdir(path.dirname(dest), { recursive: true });
        const copied = await copyHashed(safeJoin(dir, file.path), dest);
        if (copied.sha256 !== file.sha256 || copied.bytes !== file.bytes) {
          throw new TargetError(
            `copy of ${file.path} into ${this.root} does not match the registry (sha256 ${copied.sha256.slice(0, 12)}…, expected ${file.sha256.slice(0, 12)}…): the disk changed it while copying`,
          );
        }
        await syncDirectory(path.dirname(dest));
      }
      await syncDirectory(tmp);
      const relative = path.relative(dir, modelPath).split(path.sep).join("/") || ".";
      const manifest: VersionManifest = {
        model: model.name,
        version: model.version,
        uri: model.uri,
        modelPath: relative,
        files: model.files,
      };
      // A stale or damaged copy of this version moves aside first; rename cannot replace a directory.
      const aside = path.join(versions, `.old-v${model.version}-${suffix()}`);
      const hadOld = await fs.rename(versionDir, aside).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === "ENOENT") return false;
          throw error;
        },
      );
      await fs.rename(tmp, versionDir);
      await writeFileAtomic(`${versionDir}.json`, JSON.stringify(manifest, null, 2) + "\n");
      await syncDirectory(versions);
      if (hadOld) await fs.rm(aside, { recursive: true, force: true });
      return manifest;
    } catch (error) {
      await fs.rm(tmp, { recursive: true, force: true });
      throw error;
    }
  }

  /** Points `current` at versions/<name> with one rename (a symlink swap). */
  private async swapCurrent(versionName: string): Promise<void> {
    const link = path.join(this.root, CURRENT_LINK);
    const tmpLink = path.join(this.root, `.current-${suffix()}`);
    if (isWindows) {
      // Junctions need absolute targets and cannot be renamed over; replace in two steps.
      await fs.symlink(path.join(this.root, "versions", versionName), tmpLink, "junction");
      await fs.rm(link, { force: true, recursive: false }).catch(() => undefined);
      await fs.rename(tmpLink, link);
      return;
    }
    await fs.symlink(path.join("versions", versionName), tmpLink, "dir");
    try {
      const existing = await fs.lstat(link).catch(() => null);
      if (existing && !existing.isSymbolicLink()) {
        throw new ConfigurationError(
          `${link} exists and is not a symbolic link; deploy-model manages it: move it away or choose an empty directory`,
          { code: "directory-conflict" },
        );
      }
      await fs.rename(tmpLink, link);
    } catch (error) {
      await fs.rm(tmpLink, { force: true });
      throw error;
    }
    await syncDirectory(this.root);
  }

  /** Removes the oldest versions beyond keepVersions, never the ones listed in `keep`. */
  private async prune(keep: (number | null)[]): Promise<void> {
    const versionsDir = path.join(this.root, "versions");
    const entries = await fs.readdir(versionsDir, { withFileTypes: true });
    const staleTmp = entries.filter((e) => e.isDirectory() && /^\.(tmp|old)-v\d+-/.test(e.name));
    for (const e of staleTmp) {
      // Left behind by a crash; an in-flight copy of another deploy cannot exist (we hold the lock).
      await fs.rm(path.join(versionsDir, e.name), { recursive: true, force: true });
    }
    const present = entries.filter((e) => e.isDirectory() && /^v\d+$/.test(e.name)).map((e) => e.name);
    const stats = await Promise.all(
      present.map(async (name) => ({ name, mtime: (await fs.stat(path.join(versionsDir, name))).mtimeMs })),
    );
    const protectedNames = new Set(keep.filter((v): v is number => v !== null).map((v) => `v${v}`));
    const ordered = stats.sort((a, b) => b.mtime - a.mtime).map((s) => s.name);
    let kept = protectedNames.size;
    for (const name of ordered) {
      if (protectedNames.has(name)) continue;
      if (kept < this.options.keepVersions) {
        kept++;
        continue;
      }
      await fs.rm(path.join(versionsDir, name), { recursive: true, force: true });
      await fs.rm(path.join(versionsDir, `${name}.json`), { force: true });
      this.options.logger.info(
        `${this.root}: removed versions/${name} (keep-versions ${this.options.keepVersions})`,
      );
    }
  }
}

function suffix(): string {
  return `${process.pid}-${randomBytes(4).toString("hex")}`;
}

async function copyHashed(source: string, dest: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  const handle = await fs.open(dest, "wx");
  try {
    for await (const chunk of createReadStream(source, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
      await handle.write(chunk);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest("hex"), bytes };
}
