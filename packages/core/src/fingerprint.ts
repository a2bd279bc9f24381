import { createHash } from "node:crypto";
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "./errors.js";
import type { DataFingerprint, FileDigest } from "./documents.js";

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** sha256 and size of one file, streamed (constant memory whatever the size). */
export async function digestFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file, { highWaterMark: 1 << 20 });
    stream.on("data", (chunk) => {
      bytes += chunk.length;
      hash.update(chunk);
    });
    stream.on("error", reject);
    stream.on("end", resolve);
  });
  return { sha256: hash.digest("hex"), bytes };
}

/**
 * Every regular file below `root`, as posix paths relative to it, in a stable (byte-wise) order.
 * Symbolic links are not followed: a link is an error, so a model directory can never smuggle in
 * a file from elsewhere.
 */
export async function listFiles(
  root: string,
  options: { ignore?: (relative: string) => boolean } = {},
): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (options.ignore?.(relative)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, relative);
      else if (entry.isFile()) out.push(relative);
      else if (entry.isSymbolicLink()) {
        throw new ConfigurationError(
          `${full}: symbolic links are not supported inside model or data directories`,
          {
            code: "symlink",
            location: { file: full },
          },
        );
      }
    }
  }
  await walk(root, "");
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Digests of every file of a file or directory; paths relative to the directory (or the file's name). */
export async function digestTree(target: string): Promise<FileDigest[]> {
  const stat = await statOrThrow(target);
  if (stat.isFile()) {
    const d = await digestFile(target);
    return [{ path: path.basename(target), ...d }];
  }
  const files = await listFiles(target);
  const out: FileDigest[] = [];
  for (const relative of files)
    out.push({ path: relative, ...(await digestFile(path.join(target, relative))) });
  return out;
}

/** One sha256 over a list of file digests (order-independent: sorted by path first). */
export function combineDigests(files: readonly FileDigest[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sha256Hex(sorted.map((f) => `${f.path}\0${f.sha256}\0${f.bytes}\n`).join(""));
}

/**
 * Fingerprint of a data path: for a file its sha256, for a directory the combined digest of its
 * files (relative paths included, so a rename changes it).
 */
export async function fingerprintPath(target: string, displayPath = target): Promise<DataFingerprint> {
  const stat = await statOrThrow(target);
  if (stat.isFile()) {
    const d = await digestFile(target);
    return { path: displayPath, sha256: d.sha256, bytes: d.bytes, files: 1 };
  }
  const files = await digestTree(target);
  return {
    path: displayPath,
    sha256: combineDigests(files),
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    files: files.length,
  };
}

/** JSON with object keys sorted at every level: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** sha256 of params, independent of key order. */
export function fingerprintParams(params: unknown): string {
  return sha256Hex(canonicalJson(params ?? {}));
}

async function statOrThrow(target: string) {
  try {
    return await fs.stat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ConfigurationError(`${target}: no such file or directory`, {
        code: "file-not-found",
        location: { file: target },
      });
    }
    throw error;
  }
}
