import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

/*
 * The one durable file writer of the suite (documents, the registry, the directory deploy target).
 * A write goes to a temporary file in the same directory, is fsync'ed, then renamed over the
 * target (rename is atomic within one file system, NFS included), and the directory is fsync'ed
 * so the rename itself survives a crash. Readers see the old content or the new, never a torn
 * file.
 */

/** A name part no other process or call uses: pid, time and random bytes. */
export function uniqueSuffix(): string {
  return `${process.pid}-${Date.now().toString(36)}-${randomBytes(6).toString("hex")}`;
}

/** fsync a directory so a rename or create inside it is durable. Best effort where unsupported. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, "r");
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    // Windows and some network file systems refuse fsync on directories; the rename stays atomic.
    if (!["EISDIR", "EINVAL", "EPERM", "EBADF", "EACCES"].includes(code)) throw error;
  } finally {
    await handle?.close();
  }
}

/** Writes a whole file atomically: temp file + fsync + rename + directory fsync. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${uniqueSuffix()}.tmp`);
  const handle = await fs.open(tmp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Appends one line and fsyncs it (O_APPEND: concurrent appenders never interleave within a line). */
export async function appendLineDurable(file: string, line: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(file, "a");
  try {
    await handle.writeFile(line.endsWith("\n") ? line : `${line}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
