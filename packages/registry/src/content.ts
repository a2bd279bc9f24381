import { createHash } from "node:crypto";
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import {
  canonicalJson,
  combineDigests,
  ConfigurationError,
  sha256Hex,
  syncDirectory,
  uniqueSuffix,
  type FileDigest,
  type Metrics,
  type RunContext,
} from "@mlops/core";

/*
 * What every store does with model files: find them, hash them, store them, and hand them back
 * only after every byte was checked against the sha256 recorded at registration.
 */

/** Default cap on what one download may write (a tampered index cannot make us fill the disk). */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 50 * 1024 ** 3;

export interface ModelSource {
  layout: "file" | "directory";
  /** The directory the relative paths are under (the file's directory for a single file). */
  root: string;
  files: string[];
}

/** What a directory entry that is not a regular file or directory is, for messages. */
function kindOf(stat: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSymbolicLink(): boolean;
}): string {
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}

/** A symbolic link inside a model directory: refused, saying where it points. */
async function symlinkError(full: string, root: string): Promise<ConfigurationError> {
  const target = await fs.readlink(full).catch(() => "?");
  const resolved = path.resolve(path.dirname(full), target);
  const inside = resolved === root || resolved.startsWith(root + path.sep);
  let real: string;
  try {
    real = await fs.realpath(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ELOOP" ? "a symbolic link loop" : code === "ENOENT" ? "a dangling link" : String(code);
    return new ConfigurationError(
      `model path ${full}: symbolic link to ${JSON.stringify(target)} is ${why}; only regular files can be registered`,
      { code: "symlink", location: { file: full } },
    );
  }
  const realRoot = await fs.realpath(root).catch(() => root);
  const escapes = !(inside && (real === realRoot || real.startsWith(realRoot + path.sep)));
  return new ConfigurationError(
    escapes
      ? `model path ${full}: symbolic link to ${JSON.stringify(target)} points outside the model directory ${root}; ` +
          `refusing to register what it points at (copy the file into the directory if it belongs to the model)`
      : `model path ${full}: symbolic links are not registered (it points to ${JSON.stringify(target)} inside the model directory); ` +
          `replace it with the file itself`,
    { code: "symlink", location: { file: full } },
  );
}

/** Every regular file below `root`, sorted; links, FIFOs, sockets and devices are refused. */
async function listModelFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, relative);
      else if (entry.isFile()) out.push(relative);
      else if (entry.isSymbolicLink()) throw await symlinkError(full, root);
      else {
        throw new ConfigurationError(
          `model path ${full}: is ${kindOf(await fs.lstat(full))}; only regular files can be registered (remove it from the model directory)`,
          { code: "model-path-invalid", location: { file: full } },
        );
      }
    }
  }
  await walk(root, "");
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The files of a model path: one file, or every regular file below a directory. The path itself
 * may be a symbolic link (to a file or directory); inside a directory, links, FIFOs, sockets
 * and devices are refused with a message saying what they are (a FIFO would block the hashing
 * forever; a link could smuggle in a file from outside the model).
 */
export async function inspectModelPath(target: string): Promise<ModelSource> {
  let stat;
  try {
    stat = await fs.stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      const link = await fs.readlink(target).catch(() => null);
      throw new ConfigurationError(
        link === null
          ? `model path ${target}: no such file or directory (did training write it?)`
          : `model path ${target}: symbolic link to ${JSON.stringify(link)}, which does not exist (did training write it?)`,
        {
          code: "file-not-found",
          location: { file: target },
        },
      );
    }
    if (code === "ELOOP") {
      throw new ConfigurationError(
        `model path ${target}: a symbolic link loop; point it at the model file or directory`,
        {
          code: "symlink",
          location: { file: target },
        },
      );
    }
    throw error;
  }
  if (stat.isFile()) {
    const name = safeRelativePath(path.basename(target), target);
    return { layout: "file", root: path.dirname(target), files: [name] };
  }
  if (!stat.isDirectory()) {
    throw new ConfigurationError(`model path ${target}: is ${kindOf(stat)}; expected a file or a directory`, {
      code: "model-path-invalid",
      location: { file: target },
    });
  }
  const root = path.resolve(target);
  const files = await listModelFiles(root);
  if (!files.length) {
    throw new ConfigurationError(`model path ${target}: the directory is empty; nothing to register`, {
      code: "model-path-empty",
      location: { file: target },
    });
  }
  for (const f of files) safeRelativePath(f, path.join(target, f));
  return { layout: "directory", root: target, files };
}

/**
 * A stored relative path: posix separators, no absolute paths, no '.' or '..' segments, no
 * backslashes, control characters or drive letters. The same rule guards every extraction
 * (the registry never writes outside the directory it was given).
 */
export function safeRelativePath(relative: string, source = relative): string {
  const bad =
    typeof relative !== "string" ||
    relative === "" ||
    relative.length > 1024 ||
    relative.startsWith("/") ||
    /^[A-Za-z]:/.test(relative) ||
    relative.includes("\\") ||
    /[\u0000-\u001f\u007f]/.test(relative) ||
    relative.split("/").some((seg) => seg === "" || seg === "." || seg === "..");
  if (bad) {
    throw new ConfigurationError(
      `${source}: unsafe file path ${JSON.stringify(relative)} (absolute, '..', backslash or control characters) — refusing to store or extract it`,
      { code: "unsafe-path" },
    );
  }
  return relative;
}

/** `root/relative`, checked to stay inside root. */
export function safeJoin(root: string, relative: string): string {
  safeRelativePath(relative);
  const base = path.resolve(root);
  const full = path.resolve(base, ...relative.split("/"));
  if (full !== base && !full.startsWith(base + path.sep)) {
    throw new ConfigurationError(`unsafe file path ${JSON.stringify(relative)}: it leaves ${root}`, {
      code: "unsafe-path",
    });
  }
  return full;
}

/**
 * Writes a byte stream to `dest`, hashing it on the way and stopping as soon as it exceeds
 * `maxBytes`. Returns the digest of what was written (fsync'ed).
 */
export async function writeHashed(
  chunks: AsyncIterable<Uint8Array>,
  dest: string,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<{ sha256: string; bytes: number }> {
  await fs.mkdir(path.dirname(dest), { recursive: true });
  const hash = createHash("sha256");
  let bytes = 0;
  const handle = await fs.open(dest, "wx");
  try {
    for await (const chunk of chunks) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        throw new ConfigurationError(`${dest}: more data than the ${maxBytes} bytes recorded for it`, {
          code: "integrity",
        });
      }
      hash.update(chunk);
      await handle.write(chunk);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest("hex"), bytes };
}

/** Copies a model's files into `dir` (fsync'ed), returning the digests of what was stored. */
export async function stageModelFiles(source: ModelSource, dir: string): Promise<FileDigest[]> {
  const out: FileDigest[] = [];
  for (const relative of source.files) {
    const digest = await writeHashed(
      createReadStream(safeJoin(source.root, relative), { highWaterMark: 1 << 20 }),
      safeJoin(dir, relative),
    );
    out.push({ path: relative, ...digest });
  }
  return out;
}

/**
 * A stored copy (a staged file, an uploaded asset, a pushed blob) must be the file that was
 * hashed: same size, same sha256. Anything else means the file changed while registering.
 */
export function checkStoredCopy(
  model: string,
  file: FileDigest,
  stored: { sha256: string; bytes: number } | undefined,
): void {
  if (stored && stored.bytes === file.bytes && stored.sha256 === file.sha256) return;
  throw new ConfigurationError(
    `${model}: the stored copy of ${file.path} does not match the file that was hashed (expected ${file.bytes} bytes sha256 ${file.sha256}, ` +
      `stored ${stored ? `${stored.bytes} bytes sha256 ${stored.sha256}` : "nothing"}); did the file change while registering?`,
    { code: "integrity" },
  );
}

/** Hashes a model's files in place. */
export async function digestModelFiles(source: ModelSource): Promise<FileDigest[]> {
  const out: FileDigest[] = [];
  for (const relative of source.files) {
    const hash = createHash("sha256");
    let bytes = 0;
    for await (const chunk of createReadStream(safeJoin(source.root, relative), { highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    out.push({ path: relative, sha256: hash.digest("hex"), bytes });
  }
  return out;
}

/** What "the same content" means for idempotency: the files, the metrics and the params. */
export function contentDigest(
  files: readonly FileDigest[],
  metrics: Metrics,
  params: Record<string, unknown>,
): string {
  return sha256Hex(canonicalJson({ files: combineDigests(files), metrics, params }));
}

/**
 * The idempotency key of a registration made by a workflow job: repository, run id, job and
 * model — not the attempt, so re-running a failed workflow finds what the first attempt made.
 * Null outside Actions (every local registration is new unless the caller passes a key).
 */
export function idempotencyKeyFor(ctx: RunContext, model: string): string | null {
  if (!ctx.inActions || !ctx.repository || !ctx.runId) return null;
  return `${ctx.repository}/runs/${ctx.runId}/jobs/${ctx.job ?? "-"}/models/${model}`;
}

export function integrityError(
  what: string,
  file: FileDigest,
  got: { sha256: string; bytes: number },
): ConfigurationError {
  return new ConfigurationError(
    `${what}: integrity check failed for ${file.path}: expected sha256 ${file.sha256} (${file.bytes} bytes), ` +
      `got ${got.sha256} (${got.bytes} bytes). The stored copy was modified or damaged; nothing was handed over`,
    { code: "integrity" },
  );
}

/**
 * Downloads every file of a version into `dir`: each file is streamed into a hidden staging
 * directory inside `dir` and checked against its recorded sha256 and size; only when all pass
 * are they moved into place. A failure leaves `dir` as it was.
 */
export async function downloadVerified(options: {
  what: string;
  dir: string;
  files: readonly FileDigest[];
  open: (file: FileDigest) => Promise<AsyncIterable<Uint8Array>>;
  maxBytes?: number;
}): Promise<void> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  const total = options.files.reduce((s, f) => s + f.bytes, 0);
  if (total > maxBytes) {
    throw new ConfigurationError(
      `${options.what}: ${total} bytes to download exceed the cap of ${maxBytes} bytes; raise the cap if this model really is that large`,
      { code: "download-too-large" },
    );
  }
  for (const f of options.files) safeRelativePath(f.path, options.what);
  await fs.mkdir(options.dir, { recursive: true });
  const staging = path.join(options.dir, `.mlops-download-${uniqueSuffix()}`);
  await fs.mkdir(staging);
  try {
    for (const file of options.files) {
      const dest = safeJoin(staging, file.path);
      let got;
      // A store's own integrity error (a damaged archive, say) keeps its message.
      const chunks = await options.open(file);
      try {
        got = await writeHashed(chunks, dest, file.bytes);
      } catch (error) {
        if ((error as ConfigurationError).code === "integrity") {
          throw integrityError(options.what, file, {
            sha256: "(longer than recorded)",
            bytes: file.bytes + 1,
          });
        }
        throw error;
      }
      if (got.sha256 !== file.sha256 || got.bytes !== file.bytes)
        throw integrityError(options.what, file, got);
    }
    for (const file of options.files) {
      const target = safeJoin(options.dir, file.path);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.rename(safeJoin(staging, file.path), target);
    }
    await syncDirectory(options.dir);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}
