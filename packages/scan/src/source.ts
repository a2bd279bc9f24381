import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/**
 * Random access to bytes without holding a large file in memory: a window over a file descriptor,
 * or a Buffer. Every read is bounds-checked by the caller against `size`.
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes at `offset` (fewer at the end). The result may share memory. */
  read(offset: number, length: number): Uint8Array;
  /** One byte, or -1 past the end. */
  byte(offset: number): number;
}

export class BufferSource implements ByteSource {
  readonly size: number;
  constructor(private readonly data: Uint8Array) {
    this.size = data.length;
  }
  read(offset: number, length: number): Uint8Array {
    return this.data.subarray(offset, Math.min(this.size, offset + length));
  }
  byte(offset: number): number {
    return offset >= 0 && offset < this.size ? (this.data[offset] as number) : -1;
  }
}

/** A slice of another source (a stored zip entry). */
export class SliceSource implements ByteSource {
  constructor(
    private readonly inner: ByteSource,
    private readonly start: number,
    readonly size: number,
  ) {}
  read(offset: number, length: number): Uint8Array {
    const len = Math.max(0, Math.min(length, this.size - offset));
    return this.inner.read(this.start + offset, len);
  }
  byte(offset: number): number {
    return offset >= 0 && offset < this.size ? this.inner.byte(this.start + offset) : -1;
  }
}

const WINDOW = 1 << 20;

/** A file read through a 1 MiB window; close() when done. */
export class FileSource implements ByteSource {
  readonly size: number;
  private readonly fd: number;
  private window = Buffer.alloc(0);
  private windowStart = 0;

  constructor(path: string) {
    // O_NONBLOCK: a FIFO swapped in after the caller's stat must not block the open.
    this.fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(this.fd);
    if (!stats.isFile()) {
      closeSync(this.fd);
      throw new ScanError(`${path} is not a regular file; not scanned`, 0);
    }
    this.size = stats.size;
  }

  private load(offset: number, length: number): void {
    const want = Math.max(WINDOW, length);
    const buf = Buffer.allocUnsafe(Math.min(want, Math.max(0, this.size - offset)));
    let got = 0;
    while (got < buf.length) {
      const n = readSync(this.fd, buf, got, buf.length - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    this.window = buf.subarray(0, got);
    this.windowStart = offset;
  }

  read(offset: number, length: number): Uint8Array {
    const len = Math.max(0, Math.min(length, this.size - offset));
    if (offset < this.windowStart || offset + len > this.windowStart + this.window.length) {
      this.load(offset, len);
    }
    const start = offset - this.windowStart;
    return this.window.subarray(start, start + len);
  }

  byte(offset: number): number {
    if (offset < 0 || offset >= this.size) return -1;
    if (offset < this.windowStart || offset >= this.windowStart + this.window.length) this.load(offset, 1);
    return this.window[offset - this.windowStart] ?? -1;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** A located failure inside a scanned file: what was expected, what was found, where. */
export class ScanError extends Error {
  override readonly name = "ScanError";
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}
