import { createHash } from "node:crypto";
import { createReadStream, promises as fs } from "node:fs";
import { ConfigurationError } from "@mlops/core";
import { safeRelativePath } from "./content.js";

/*
 * A minimal POSIX tar (pax interchange format), just what the release store needs to pack a
 * directory model of many files into one asset and to read it back:
 *
 *   writing  regular files only, mode 0644, uid/gid 0, mtime 0 (the same files give the same
 *            bytes), a pax `path` record when a path does not fit ustar's 100-byte name field or
 *            is not ASCII; streamed from the source files, never held in memory; its exact size
 *            is known before the first byte (Content-Length of the upload).
 *   reading  an index of the members of a downloaded archive (path → offset, size) with every
 *            path checked as the registry checks any stored path; anything but a regular file
 *            (links, devices, directories), a bad checksum, a duplicate path or a member past
 *            the end is an `integrity` error. Members are then read by offset, each checked
 *            against its recorded sha256 by the registry core.
 */

const BLOCK = 512;

export interface TarMember {
  /** The member's path in the archive (a registry relative path). */
  path: string;
  /** Its size as hashed at registration. */
  bytes: number;
  /** The file to read it from. */
  source: string;
}

const padding = (n: number) => (BLOCK - (n % BLOCK)) % BLOCK;

function needsPax(relative: string): boolean {
  return Buffer.byteLength(relative) > 100 || /[^\x20-\x7e]/.test(relative);
}

/** A pax record "<len> path=<value>\n", <len> counting itself. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body);
  while (String(len).length + Buffer.byteLength(body) !== len)
    len = String(len).length + Buffer.byteLength(body);
  return Buffer.from(`${len}${body}`);
}

function header(name: string, size: number, type: "0" | "x"): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name.slice(0, 100), 0, 100, "utf8");
  h.write("0000644\0", 100, "ascii");
  h.write("0000000\0", 108, "ascii");
  h.write("0000000\0", 116, "ascii");
  h.write(size.toString(8).padStart(11, "0") + "\0", 124, "ascii");
  h.write("00000000000\0", 136, "ascii");
  h.write("        ", 148, "ascii");
  h.write(type, 156, "ascii");
  h.write("ustar\0" + "00", 257, "ascii");
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "ascii");
  return h;
}

function headersOf(member: TarMember): Buffer[] {
  if (!needsPax(member.path)) return [header(member.path, member.bytes, "0")];
  const pax = paxRecord("path", member.path);
  const short = member.path.replace(/[^\x20-\x7e]/g, "_").slice(-90);
  return [
    header(`PaxHeader/${short}`.slice(0, 100), pax.length, "x"),
    Buffer.concat([pax, Buffer.alloc(padding(pax.length))]),
    header(short, member.bytes, "0"),
  ];
}

/** The exact size of the archive `tarStream` writes for these members. */
export function tarSize(members: readonly TarMember[]): number {
  let size = 2 * BLOCK;
  for (const m of members) {
    for (const h of headersOf(m)) size += h.length;
    size += m.bytes + padding(m.bytes);
  }
  return size;
}

/**
 * The archive's bytes, read from the members' files as they are needed. Each member's content
 * is hashed on the way and reported to `onMember`; a file whose size differs from the one
 * recorded is an `integrity` error (it changed since it was hashed).
 */
export async function* tarStream(
  members: readonly TarMember[],
  onMember?: (member: TarMember, digest: { sha256: string; bytes: number }) => void,
): AsyncGenerator<Uint8Array> {
  for (const m of members) {
    yield* headersOf(m);
    const hash = createHash("sha256");
    let bytes = 0;
    for await (const chunk of createReadStream(m.source, { highWaterMark: 1 << 20 })) {
      const data = chunk as Buffer;
      bytes += data.length;
      if (bytes > m.bytes) break;
      hash.update(data);
      yield data;
    }
    if (bytes !== m.bytes) {
      throw new ConfigurationError(
        `${m.source}: ${bytes > m.bytes ? "grew" : "shrank"} since it was hashed (${m.bytes} bytes recorded); did the file change while registering?`,
        { code: "integrity" },
      );
    }
    onMember?.(m, { sha256: hash.digest("hex"), bytes });
    const pad = padding(m.bytes);
    if (pad) yield Buffer.alloc(pad);
  }
  yield Buffer.alloc(2 * BLOCK);
}

export interface TarEntry {
  path: string;
  /** Where the member's content starts in the archive. */
  offset: number;
  bytes: number;
}

function octal(field: Buffer): number {
  const text = field.toString("ascii").replace(/\0.*$/s, "").trim();
  if (!/^[0-7]+$/.test(text)) return Number.NaN;
  return parseInt(text, 8);
}

function cString(field: Buffer): string {
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString("utf8");
}

/** The regular-file members of an archive on disk, by path; anything unexpected is `integrity`. */
export async function readTarIndex(file: string, what: string): Promise<Map<string, TarEntry>> {
  const bad = (message: string): never => {
    throw new ConfigurationError(`${what}: the stored archive is damaged or not ours: ${message}`, {
      code: "integrity",
    });
  };
  const handle = await fs.open(file, "r");
  try {
    const { size } = await handle.stat();
    const out = new Map<string, TarEntry>();
    const block = Buffer.alloc(BLOCK);
    let offset = 0;
    let paxPath: string | null = null;
    for (;;) {
      if (offset + BLOCK > size) bad(`it ends at byte ${size} without the end-of-archive blocks`);
      await handle.read(block, 0, BLOCK, offset);
      if (block.every((b) => b === 0)) return out;
      let sum = 0;
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!;
      if (octal(block.subarray(148, 156)) !== sum) bad(`bad header checksum at byte ${offset}`);
      const bytes = octal(block.subarray(124, 136));
      if (!Number.isSafeInteger(bytes)) bad(`bad member size at byte ${offset}`);
      const type = String.fromCharCode(block[156]!);
      const start = offset + BLOCK;
      if (start + bytes > size) bad(`the member at byte ${offset} runs past the end of the archive`);
      offset = start + bytes + padding(bytes);
      if (type === "x") {
        const pax = Buffer.alloc(bytes);
        await handle.read(pax, 0, bytes, start);
        const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(pax.toString("utf8"));
        paxPath = match ? match[1]! : null;
        continue;
      }
      if (type !== "0" && type !== "\0")
        bad(`member type '${type}' at byte ${start - BLOCK} is not a regular file`);
      let name = paxPath ?? cString(block.subarray(0, 100));
      if (paxPath === null && block.subarray(257, 262).toString("ascii") === "ustar") {
        const prefix = cString(block.subarray(345, 500));
        if (prefix) name = `${prefix}/${name}`;
      }
      paxPath = null;
      try {
        safeRelativePath(name, what);
      } catch {
        bad(`unsafe member path ${JSON.stringify(name)}`);
      }
      if (out.has(name)) bad(`the member ${JSON.stringify(name)} appears twice`);
      out.set(name, { path: name, offset: start, bytes });
    }
  } finally {
    await handle.close();
  }
}
