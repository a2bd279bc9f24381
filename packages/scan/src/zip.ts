/**
 * A minimal ZIP reader: the end-of-central-directory record (ZIP64 too), the central directory,
 * and one entry's bytes (stored, or deflated with Node's zlib under a size cap). Enough for
 * PyTorch archives, .npz, .keras and zipped models; nothing is extracted to disk.
 */
import { constants, inflateRawSync } from "node:zlib";
import { BufferSource, ScanError, SliceSource, type ByteSource } from "./source.js";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
  /** Offset of the entry's central directory record (for error locations). */
  centralOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, i: number): number {
  return (b[i] as number) | ((b[i + 1] as number) << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

export function isZip(src: ByteSource): boolean {
  const head = src.read(0, 4);
  return head.length === 4 && (u32(head, 0) === LOCAL || u32(head, 0) === EOCD);
}

function findEocd(src: ByteSource): number {
  const tailLength = Math.min(src.size, 22 + 0xffff);
  const tailStart = src.size - tailLength;
  const tail = src.read(tailStart, tailLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD) return tailStart + i;
  }
  throw new ScanError(
    "zip: expected an end-of-central-directory record in the last 64 KiB, found none (truncated archive?)",
    src.size,
  );
}

/** The entries listed in the central directory. */
export function readZipEntries(src: ByteSource): ZipEntry[] {
  const eocdAt = findEocd(src);
  const eocd = src.read(eocdAt, 22);
  let count = u16(eocd, 10);
  let cdSize = u32(eocd, 12);
  let cdOffset = u32(eocd, 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = src.read(eocdAt - 20, 20);
    if (eocdAt < 20 || u32(loc, 0) !== ZIP64_LOCATOR) {
      throw new ScanError("zip: expected a ZIP64 locator before the end record, found none", eocdAt);
    }
    const z64At = u64(loc, 8);
    const z64 = src.read(z64At, 56);
    if (z64.length < 56 || u32(z64, 0) !== ZIP64_EOCD) {
      throw new ScanError(`zip: expected a ZIP64 end record at byte ${z64At}, found other bytes`, z64At);
    }
    count = u64(z64, 32);
    cdSize = u64(z64, 40);
    cdOffset = u64(z64, 48);
  }
  if (cdOffset + cdSize > src.size) {
    throw new ScanError(
      `zip: expected the central directory (${cdSize} bytes at byte ${cdOffset}) inside the file, found the end of the file at ${src.size} (truncated?)`,
      eocdAt,
    );
  }
  if (count > cdSize / 46) {
    throw new ScanError(
      `zip: expected at most ${Math.floor(cdSize / 46)} entries in a ${cdSize}-byte central directory, found a count of ${count}`,
      eocdAt,
    );
  }
  const cd = src.read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || u32(cd, p) !== CENTRAL) {
      throw new ScanError(
        `zip: expected central directory record ${i + 1} of ${count}, found other bytes`,
        cdOffset + p,
      );
    }
    const nameLen = u16(cd, p + 28);
    const extraLen = u16(cd, p + 30);
    const commentLen = u16(cd, p + 32);
    if (p + 46 + nameLen + extraLen + commentLen > cd.length) {
      throw new ScanError(
        `zip: central directory record ${i + 1}: expected its name and fields inside the directory, found its end`,
        cdOffset + p,
      );
    }
    const entry: ZipEntry = {
      name: new TextDecoder().decode(cd.subarray(p + 46, p + 46 + nameLen)),
      flags: u16(cd, p + 8),
      method: u16(cd, p + 10),
      compressedSize: u32(cd, p + 20),
      uncompressedSize: u32(cd, p + 24),
      localOffset: u32(cd, p + 42),
      centralOffset: cdOffset + p,
    };
    // ZIP64 extended information: the fields that overflowed, in this order.
    let x = p + 46 + nameLen;
    const extraEnd = x + extraLen;
    while (x + 4 <= extraEnd) {
      const id = u16(cd, x);
      const size = u16(cd, x + 2);
      if (id === 0x0001) {
        let f = x + 4;
        const take = (): number => {
          if (f + 8 > x + 4 + size)
            throw new ScanError(
              `zip: ZIP64 field of ${entry.name}: expected 8 more bytes, found fewer`,
              cdOffset + x,
            );
          const v = u64(cd, f);
          f += 8;
          return v;
        };
        if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
        if (entry.localOffset === 0xffffffff) entry.localOffset = take();
      }
      x += 4 + size;
    }
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function entryDataStart(src: ByteSource, entry: ZipEntry): number {
  const local = src.read(entry.localOffset, 30);
  if (local.length < 30 || u32(local, 0) !== LOCAL) {
    throw new ScanError(
      `zip entry ${entry.name}: expected a local file header at byte ${entry.localOffset}, found other bytes`,
      entry.localOffset,
    );
  }
  if (entry.flags & 1)
    throw new ScanError(`zip entry ${entry.name} is encrypted: cannot scan it`, entry.centralOffset);
  const dataStart = entry.localOffset + 30 + u16(local, 26) + u16(local, 28);
  if (dataStart + entry.compressedSize > src.size) {
    throw new ScanError(
      `zip entry ${entry.name}: expected ${entry.compressedSize} bytes of data at byte ${dataStart}, the file ends at ${src.size}`,
      dataStart,
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ScanError(
      `zip entry ${entry.name}: compression method ${entry.method} is not supported (expected 0 stored or 8 deflate); it cannot be scanned`,
      entry.centralOffset,
    );
  }
  return dataStart;
}

/**
 * The first bytes of an entry (up to about 8 MiB for a deflated one), without inflating the whole
 * entry: enough to read a NumPy header inside a large compressed .npz.
 */
export function readZipEntryPrefix(src: ByteSource, entry: ZipEntry): Uint8Array {
  const dataStart = entryDataStart(src, entry);
  if (entry.method === 0) return src.read(dataStart, Math.min(entry.compressedSize, 1 << 16));
  try {
    return inflateRawSync(src.read(dataStart, Math.min(entry.compressedSize, 8192)), {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: 16 << 20,
    });
  } catch (error) {
    throw new ScanError(
      `zip entry ${entry.name}: cannot inflate its data (${(error as Error).message})`,
      dataStart,
    );
  }
}

/** The entry's uncompressed bytes as a source; deflated data is inflated up to `maxBytes`. */
export function openZipEntry(src: ByteSource, entry: ZipEntry, maxBytes: number): ByteSource {
  const dataStart = entryDataStart(src, entry);
  if (entry.method === 0) return new SliceSource(src, dataStart, entry.compressedSize);
  if (entry.uncompressedSize > maxBytes) {
    throw new ScanError(
      `zip entry ${entry.name}: expected at most ${maxBytes} bytes uncompressed (what remains of the per-file scan limit), found ${entry.uncompressedSize}; cannot scan it`,
      entry.centralOffset,
    );
  }
  try {
    const out = inflateRawSync(src.read(dataStart, entry.compressedSize), {
      maxOutputLength: Math.max(1, maxBytes),
    });
    return new BufferSource(out);
  } catch (error) {
    throw new ScanError(
      `zip entry ${entry.name}: cannot inflate its data (${(error as Error).message})`,
      dataStart,
    );
  }
}
