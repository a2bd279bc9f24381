import { closeSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { DataError, fileError } from "./errors.js";

/*
 * A streaming RFC 4180 reader that works on bytes. The file is read in chunks into one buffer;
 * each record is handed to the sink as field offsets into that buffer (no string per cell).
 * Memory is bounded by the chunk size plus the longest record (maxRowBytes).
 */

/** The reader's read size when CsvOptions.chunkBytes does not set one. */
export const READ_BYTES = 1 << 20;

export interface CsvOptions {
  /** Field delimiter, one ASCII character (default ","). */
  delimiter?: string;
  /** Read size (default READ_BYTES, 1 MiB). */
  chunkBytes?: number;
  /** Longest record accepted (default 64 MiB); longer ones are a 'line-too-long' error. */
  maxRowBytes?: number;
  /** Most columns accepted (default 10,000). */
  maxColumns?: number;
  /**
   * Open, read and close on this thread instead of through the thread pool (threads: every core
   * already runs a parser, and a thread-pool call only adds a hand-over, ~0.3 ms CPU a MiB, and
   * waits for a core: 1–12 ms a call while both run parsers, measured on flights-3m).
   */
  syncReads?: boolean;
}

/** A file open for reads at a position: through the thread pool, or on this thread (`sync`). */
export interface ByteSource {
  /** Bytes read into `buf` at `offset` (0 at the end of the file). */
  read(buf: Uint8Array, offset: number, length: number, position: number): number | Promise<number>;
  close(): void | Promise<void>;
}

/** Opens `file` for reading (openSync/readSync/closeSync when `sync`). */
export async function openBytes(file: string, sync: boolean): Promise<ByteSource> {
  if (sync) {
    const fd = openSync(file, "r");
    return {
      read: (buf, offset, length, position) => readSync(fd, buf, offset, length, position),
      close: () => closeSync(fd),
    };
  }
  const handle = await open(file, "r");
  return {
    read: async (buf, offset, length, position) =>
      (await handle.read(buf, offset, length, position)).bytesRead,
    close: () => handle.close(),
  };
}

/** Bit flags per field. */
export const FIELD_QUOTED = 1;
/** The quoted field contains doubled quotes: its bytes need unescapeField before use. */
export const FIELD_ESCAPED = 2;

export interface CsvSink {
  /** The header's column names (unique, validated), and its line. */
  header(names: string[]): void;
  /**
   * One record: fields k in [0, n) are buf[starts[k], ends[k]). `line` is the physical line
   * (1-based) where the record starts. Called only with n === header length.
   */
  row(buf: Uint8Array, starts: Int32Array, ends: Int32Array, flags: Uint8Array, line: number): void;
  /** A record whose field count differs from the header's; it is skipped. */
  ragged(line: number, found: number, expected: number): void;
  /** Called after each chunk with the bytes consumed so far. */
  progress?(bytes: number): void;
}

/**
 * A byte range of a file to read (threads and matrix shards). Reading starts at `start`, which
 * must be a record start (0, or a position after a line feed outside quotes: findRecordStart), and
 * stops at the first record start at or after `end` that follows a line feed, so consecutive
 * ranges tile the file record by record. `header`: the column names, when start > 0.
 */
export interface CsvRange {
  start: number;
  end: number;
  header: string[] | null;
  /**
   * Called with every byte read, in file order from `start` (a digest computed as the file is
   * read, so it is not read twice). Reading ends at EOF for an unbounded range, unless an error
   * stops it.
   */
  onBytes?: (bytes: Uint8Array) => void;
  /**
   * An end decided while the range is read (threads: the main thread sets it when it knows how
   * much it takes itself, and a thread done first may move it earlier to take the tail); `end`
   * holds while it is open. See claimRangeEnd / fixRangeEnd.
   */
  sharedEnd?: BigInt64Array;
}

/*
 * A shared range end: the reader's claim (it may parse records that start before it, and claims
 * more before each read) and the end (unset while open), in BigInt64 cells under a spin lock. The
 * end is set, and may later be lowered (another thread taking the range's tail), never below the
 * claim, so every record the reader has parsed lies before it; the reader stops at the first
 * record start at or after the end, as for a fixed `end`, reading it anew before each read. With
 * each claim the reader also publishes the latest record start it knows (where its parse stands),
 * so a thread taking the tail counts quote parity from there, not from the file's start.
 */
const CLAIM = 0;
const END = 1;
const LOCK = 2;
const RECORD = 3;
const OPEN = -1n;

/** Longest a thread waits for the lock, held for a few instructions: only a thread that died holding it makes this run out. */
const LOCK_TIMEOUT_MS = 5_000;

function locked<T>(cell: BigInt64Array, body: () => T): T {
  let deadline = 0;
  for (let spins = 1; Atomics.compareExchange(cell, LOCK, 0n, 1n) !== 0n; spins++) {
    if (spins % 4096 !== 0) continue;
    const now = performance.now();
    if (deadline === 0) deadline = now + LOCK_TIMEOUT_MS;
    else if (now > deadline)
      throw new Error(
        "a byte range's shared end stayed locked for 5 s (a profiling worker died holding it?)",
      );
  }
  try {
    return body();
  } finally {
    Atomics.store(cell, LOCK, 0n);
  }
}

const load = (cell: BigInt64Array, at: number) => Atomics.load(cell, at);
const store = (cell: BigInt64Array, at: number, value: bigint) => void Atomics.store(cell, at, value);

/** A shared end, open, with the reader's claim at `start`. */
export function openRangeEnd(start: number): BigInt64Array {
  const cell = new BigInt64Array(new SharedArrayBuffer(4 * BigInt64Array.BYTES_PER_ELEMENT));
  store(cell, CLAIM, BigInt(start));
  store(cell, END, OPEN);
  store(cell, RECORD, 0n); // the file's start: a record start whatever the range
  return cell;
}

/**
 * The reader's side: claims bytes before `upTo` (a claim is never lowered) and publishes
 * `recordStart`, a record start it has reached; returns the end, or null while open.
 */
export function claimRangeEnd(cell: BigInt64Array, upTo: number, recordStart?: number): number | null {
  return locked(cell, () => {
    if (load(cell, CLAIM) < BigInt(upTo)) store(cell, CLAIM, BigInt(upTo));
    if (recordStart !== undefined && load(cell, RECORD) < BigInt(recordStart))
      store(cell, RECORD, BigInt(recordStart));
    const end = load(cell, END);
    return end === OPEN ? null : Number(end);
  });
}

/**
 * Sets the end at `atLeast` or at the reader's claim, whichever is later, unless the end is
 * already there or earlier; returns the end now.
 */
export function fixRangeEnd(cell: BigInt64Array, atLeast: number): number {
  return locked(cell, () => lowerEnd(cell, atLeast));
}

/**
 * fixRangeEnd for a thread taking the tail of a range whose end is set, also returning the latest
 * record start the reader published (at or before the end), read under the same lock: where the
 * taker counts quote parity from. Null, and nothing changed, when the end would land after
 * `atMost` (the reader has claimed past it since the taker looked: too little left to take).
 */
export function moveRangeEnd(
  cell: BigInt64Array,
  atLeast: number,
  atMost = Infinity,
): { end: number; recordStart: number } | null {
  return locked(cell, () => lowerForTaker(cell, atLeast, atMost));
}

/**
 * Under the lock, for a taker: the end lowered to `at` (or the claim) and the reader's latest
 * record start; null, nothing changed, when that end would land after `atMost`.
 */
function lowerForTaker(
  cell: BigInt64Array,
  at: number,
  atMost: number,
): { end: number; recordStart: number } | null {
  if (Math.max(at, Number(load(cell, CLAIM))) > atMost) return null;
  return { end: lowerEnd(cell, at), recordStart: Number(load(cell, RECORD)) };
}

/** Under the lock: the end set at `atLeast` or the claim, whichever is later, if earlier than now; the end. */
function lowerEnd(cell: BigInt64Array, atLeast: number): number {
  const end = BigInt(Math.max(atLeast, Number(load(cell, CLAIM))));
  const now = load(cell, END);
  if (now === OPEN || end < now) store(cell, END, end);
  return Number(load(cell, END));
}

/**
 * Another thread takes the tail of a range still open: sets its end at `at` or at the claim,
 * whichever is later; returns it and the reader's latest record start, or null when the range
 * already has an end (one taker only) or when that end would land after `atMost` (too little left).
 */
export function takeRangeTail(
  cell: BigInt64Array,
  at: number,
  atMost = Infinity,
): { end: number; recordStart: number } | null {
  return locked(cell, () => (load(cell, END) === OPEN ? lowerForTaker(cell, at, atMost) : null));
}

/** Starts a range whose reader has not begun: its claim and record start at `start` (while open). */
export function beginRange(cell: BigInt64Array, start: number): void {
  locked(cell, () => {
    if (load(cell, END) !== OPEN) return;
    store(cell, CLAIM, BigInt(start));
    store(cell, RECORD, BigInt(start));
  });
  Atomics.notify(cell, CLAIM);
}

/**
 * Ends a range that was waiting to begin or is done (its reader stopped): its end where the
 * claim is or at `end`, and the claim moved past `end`, so a thread waiting for it to begin
 * (claim === end) wakes and finds nothing to take. Returns the range's end.
 */
export function closeRange(cell: BigInt64Array, end: number): number {
  const closed = locked(cell, () => {
    const now = load(cell, END) === OPEN ? lowerEnd(cell, end) : Number(load(cell, END));
    if (load(cell, CLAIM) <= BigInt(end)) store(cell, CLAIM, BigInt(end) + 1n);
    return now;
  });
  Atomics.notify(cell, CLAIM);
  return closed;
}

/** How far the reader has claimed. */
export function rangeClaim(cell: BigInt64Array): number {
  return Number(Atomics.load(cell, CLAIM));
}

/** The end, or null while open. */
export function rangeEnd(cell: BigInt64Array): number | null {
  const end = Atomics.load(cell, END);
  return end === OPEN ? null : Number(end);
}

/** Where a range read stopped: the byte offset (the next range's start) and the lines consumed. */
export interface CsvRangeEnd {
  end: number;
  lines: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const INCOMPLETE = -1;

/** Copies a field's content with doubled quotes collapsed into `out` (resized as needed). */
export function unescapeField(
  buf: Uint8Array,
  start: number,
  end: number,
  out: { bytes: Uint8Array },
): number {
  if (out.bytes.length < end - start) out.bytes = new Uint8Array(Math.max(end - start, out.bytes.length * 2));
  const dst = out.bytes;
  let w = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    dst[w++] = c;
    if (c === QUOTE && buf[i + 1] === QUOTE) i++;
  }
  return w;
}

export function delimiterByte(delimiter: string | undefined, file: string): number {
  const d = delimiter ?? ",";
  const byte = d === "\\t" ? 9 : d.charCodeAt(0);
  if ((d.length !== 1 && d !== "\\t") || byte > 127 || byte === QUOTE || byte === LF || byte === CR) {
    throw new DataError(
      "unknown-format",
      `delimiter must be one ASCII character other than a quote or newline, found ${JSON.stringify(d)}`,
      { file },
    );
  }
  return byte;
}

export class CsvReader {
  private readonly delim: number;
  private readonly chunk: number;
  private readonly maxRow: number;
  private readonly maxColumns: number;
  private readonly syncReads: boolean;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private flags = new Uint8Array(64);
  private buf: Buffer;
  private line = 1;
  private columns = -1;
  /** Field count of the record parse() completed last. */
  private fields = 0;
  private rowLine = 1;
  /** Where records() stands in the buffer (one object, reused for every read). */
  private readonly at = { pos: 0, afterLf: true, sawHeader: false };

  constructor(
    private readonly file: string,
    options: CsvOptions = {},
  ) {
    this.delim = delimiterByte(options.delimiter, file);
    this.chunk = options.chunkBytes ?? READ_BYTES;
    this.maxRow = options.maxRowBytes ?? 64 << 20;
    this.maxColumns = options.maxColumns ?? 10_000;
    this.syncReads = options.syncReads ?? false;
    this.buf = Buffer.allocUnsafe(this.chunk * 2);
  }

  async read(sink: CsvSink, range?: CsvRange): Promise<CsvRangeEnd> {
    let source;
    try {
      source = await openBytes(this.file, this.syncReads);
    } catch (error) {
      throw fileError(error, this.file);
    }
    try {
      return await this.readFrom(source, sink, range);
    } finally {
      await source.close();
    }
  }

  private async readFrom(source: ByteSource, sink: CsvSink, range?: CsvRange): Promise<CsvRangeEnd> {
    let filled = 0;
    let pos = 0;
    let validated = 0;
    let eof = false;
    let consumed = range?.start ?? 0; // bytes before buf[0]
    let filePos = consumed;
    let first = consumed === 0;
    let sawHeader = false;
    let stopAt = range ? range.end : Infinity;
    const shared = range?.sharedEnd; // claimed before each read; its end may come or move earlier
    // While open, the range still ends at `end` (the file's size as stat'ed: a file that grows
    // meanwhile is not read past it).
    if (shared) stopAt = claimRangeEnd(shared, consumed, consumed) ?? range.end;
    const onBytes = range?.onBytes;
    let afterLf = true; // the next record follows a line feed (or starts the range)
    // An invalid byte found past the range's end (absolute offset), reported if the parse reaches it.
    let pending: { at: number; error: DataError } | null = null;
    if (range?.header) {
      sawHeader = true;
      this.columns = range.header.length;
      sink.header(range.header);
    }
    if (consumed >= stopAt) return { end: consumed, lines: 0 };
    reading: while (true) {
      if (!eof) {
        if (filled + this.chunk > this.buf.length) {
          // Compact, then grow if one record fills the buffer.
          if (pos > 0) {
            this.buf.copy(this.buf, 0, pos, filled);
            consumed += pos;
            filled -= pos;
            validated -= pos;
            pos = 0;
          }
          if (filled + this.chunk > this.buf.length) {
            if (filled >= this.maxRow) throw this.tooLong(this.line);
            const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, this.maxRow + this.chunk * 2));
            this.buf.copy(bigger, 0, 0, filled);
            this.buf = bigger;
          }
        }
        // consumed + pos: where the next record starts (the parse stops at record starts).
        if (shared) stopAt = claimRangeEnd(shared, filePos + this.chunk, consumed + pos) ?? range!.end;
        let bytesRead: number;
        try {
          const read = source.read(this.buf, filled, this.chunk, filePos);
          bytesRead = typeof read === "number" ? read : await read;
        } catch (error) {
          throw fileError(error, this.file); // a directory opens on Linux: its first read fails
        }
        if (bytesRead === 0) eof = true;
        else onBytes?.(this.buf.subarray(filled, filled + bytesRead));
        filled += bytesRead;
        filePos += bytesRead;
        if (first) {
          first = false;
          if (filled === 0)
            throw new DataError("empty-file", "the file is empty (expected a header line)", {
              file: this.file,
              line: 1,
            });
          if (filled >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf)
            pos = validated = 3;
        }
        // Validate complete lines only, so a character split across reads is not an error.
        const cut = eof ? filled : this.buf.lastIndexOf(LF, filled - 1) + 1;
        if (cut > validated && !pending) {
          const bad = this.checkBytes(validated, cut, pos);
          if (bad) {
            // Past a range's end the byte may belong to the next range (which reports it with its
            // own lines): an error here only if a record of this range reaches it.
            if (!range || consumed + bad.at < stopAt) throw bad.error;
            pending = { at: consumed + bad.at, error: bad.error };
          }
          validated = cut;
        }
      }
      // Parse every complete record in the buffer (records(): its own function, see there).
      const at = this.at;
      at.pos = pos;
      at.afterLf = afterLf;
      at.sawHeader = sawHeader;
      const ended = this.records(sink, at, filled, consumed, stopAt, eof, pending);
      pos = at.pos;
      afterLf = at.afterLf;
      sawHeader = at.sawHeader;
      if (ended) break reading;
      sink.progress?.(consumed + pos);
      if (eof && pos >= filled) break;
      if (eof && pos < filled) {
        // parse() reports errors at EOF itself; reaching here means nothing more to read.
        break;
      }
    }
    if (!sawHeader)
      throw new DataError("empty-file", "the file has no header line", { file: this.file, line: 1 });
    return { end: consumed + pos, lines: this.line - 1 };
  }

  /**
   * Hands every complete record in buf[at.pos, filled) (before a pending bad byte, if any) to the
   * sink, moving `at` past them; true when the range's end is reached. Its own function, called
   * once per read, so that V8 optimizes it as a function: as a loop inside readFrom (one call per
   * range) it ran as on-stack-replaced code, thrown away each time the loop exited to read, and
   * readFrom was compiled 6 times a run (~21 ms each). On flights-3m (2026-12-07) V8's compile
   * time fell from 285 to 129 ms on one thread and from 368 to 197 ms on two.
   */
  private records(
    sink: CsvSink,
    at: { pos: number; afterLf: boolean; sawHeader: boolean },
    filled: number,
    consumed: number,
    stopAt: number,
    eof: boolean,
    pending: { at: number; error: DataError } | null,
  ): boolean {
    let pos = at.pos;
    let afterLf = at.afterLf;
    let sawHeader = at.sawHeader;
    let ended = false;
    while (pos < filled) {
      // A range from the file's start reads its header whatever its end: blank lines or a BOM
      // before the header may pass a small end (the header read: start 0, end 1).
      if (afterLf && sawHeader && consumed + pos >= stopAt) {
        ended = true;
        break;
      }
      const limit = pending ? pending.at - consumed : filled;
      const next = pos < limit ? this.parse(pos, limit, eof && !pending) : INCOMPLETE;
      if (next === INCOMPLETE) {
        if (pending) throw pending.error; // this range's record runs into the bad byte
        // maxRowBytes holds for the record, whatever the read size (threaded ranges read less).
        if (filled - pos > this.maxRow) throw this.tooLong(this.line);
        break;
      }
      if (next - pos > this.maxRow) throw this.tooLong(this.rowLine);
      const n = this.fields;
      pos = next;
      afterLf = this.buf[next - 1] === LF;
      if (n === 1 && this.ends[0] === this.starts[0] && this.flags[0] === 0) continue; // blank line
      if (!sawHeader) {
        sawHeader = true;
        this.columns = n;
        sink.header(this.headerNames(n));
        continue;
      }
      if (n !== this.columns) sink.ragged(this.rowLine, n, this.columns);
      else sink.row(this.buf, this.starts, this.ends, this.flags, this.rowLine);
    }
    at.pos = pos;
    at.afterLf = afterLf;
    at.sawHeader = sawHeader;
    return ended;
  }

  /** A record longer than maxRowBytes, starting at `line`. */
  private tooLong(line: number): DataError {
    return new DataError(
      "line-too-long",
      `a record is longer than ${this.maxRow} bytes (maxRowBytes); is this a CSV file?`,
      { file: this.file, line },
    );
  }

  /**
   * The first invalid UTF-8 or NUL byte in buf[from, to): its buffer offset and the error naming
   * its line and column; null when there is none.
   */
  private checkBytes(from: number, to: number, pos: number): { at: number; error: DataError } | null {
    const region = this.buf.subarray(from, to);
    const nul = region.indexOf(0);
    const ok = isUtf8(region);
    if (nul === -1 && ok) return null;
    let bad = nul === -1 ? Infinity : from + nul;
    if (!ok) {
      const decoder = new TextDecoder("utf-8", { fatal: true });
      // Find the first invalid byte by decoding growing prefixes line by line.
      let lineStart = from;
      while (lineStart < to) {
        let lineEnd = this.buf.indexOf(LF, lineStart);
        if (lineEnd === -1 || lineEnd >= to) lineEnd = to;
        try {
          decoder.decode(this.buf.subarray(lineStart, lineEnd));
        } catch {
          let lo = lineStart;
          let hi = lineEnd;
          while (hi - lo > 1) {
            const mid = (lo + hi) >> 1;
            if (isUtf8(this.buf.subarray(lineStart, mid))) lo = mid;
            else hi = mid;
          }
          // lo is the longest valid prefix end (possibly mid-character): back up to its start.
          let at = lo;
          while (at > lineStart && (this.buf[at]! & 0xc0) === 0x80) at--;
          bad = Math.min(bad, at);
          break;
        }
        lineStart = lineEnd + 1;
      }
    }
    const { line, column } = this.locate(pos, bad);
    const error =
      nul !== -1 && bad === from + nul
        ? new DataError("nul-byte", "NUL byte found: this looks like a binary file, not CSV text", {
            file: this.file,
            line,
            column,
          })
        : new DataError("invalid-utf8", "invalid UTF-8 (save the file as UTF-8)", {
            file: this.file,
            line,
            column,
          });
    return { at: bad, error };
  }

  /** Physical line and byte column of buffer offset `at`, counting from the parse position. */
  private locate(pos: number, at: number): { line: number; column: number } {
    let line = this.line;
    let lineStart = pos;
    for (let i = pos; i < at; i++) {
      if (this.buf[i] === LF) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: at - lineStart + 1 };
  }

  private headerNames(n: number): string[] {
    if (n > this.maxColumns) {
      throw new DataError(
        "too-many-columns",
        `${n} columns; at most ${this.maxColumns} are supported (maxColumns)`,
        {
          file: this.file,
          line: this.rowLine,
        },
      );
    }
    const decoder = new TextDecoder("utf-8");
    const names: string[] = [];
    const seen = new Map<string, number>();
    const scratch = { bytes: new Uint8Array(256) };
    for (let k = 0; k < n; k++) {
      let name: string;
      if (this.flags[k]! & FIELD_ESCAPED) {
        const len = unescapeField(this.buf, this.starts[k]!, this.ends[k]!, scratch);
        name = decoder.decode(scratch.bytes.subarray(0, len));
      } else name = decoder.decode(this.buf.subarray(this.starts[k]!, this.ends[k]!));
      name = name.trim();
      if (name === "") name = `Unnamed: ${k}`;
      const previous = seen.get(name);
      if (previous !== undefined) {
        throw new DataError(
          "duplicate-column",
          `duplicate column name ${JSON.stringify(name)} (also column ${previous + 1}); rename one of them`,
          {
            file: this.file,
            line: this.rowLine,
            column: k + 1,
          },
        );
      }
      seen.set(name, k);
      names.push(name);
    }
    return names;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const s = new Int32Array(size);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(size);
    e.set(this.ends);
    this.ends = e;
    const f = new Uint8Array(size);
    f.set(this.flags);
    this.flags = f;
  }

  /**
   * Parses one record starting at `i`. Returns the offset after it, or INCOMPLETE when the
   * buffer ends inside it and more data may come. Sets this.fields, this.rowLine, this.line.
   */
  private parse(i: number, end: number, eof: boolean): number {
    const buf = this.buf;
    const delim = this.delim;
    const recordStart = i;
    let n = 0;
    let lines = 0;
    let starts = this.starts;
    let ends = this.ends;
    let flags = this.flags;
    for (;;) {
      if (n === starts.length) {
        if (n >= this.maxColumns + 1) {
          throw new DataError(
            "too-many-columns",
            `more than ${this.maxColumns} fields in one record (maxColumns)`,
            {
              file: this.file,
              line: this.line + lines,
            },
          );
        }
        this.grow();
        starts = this.starts;
        ends = this.ends;
        flags = this.flags;
      }
      if (i < end && buf[i] === QUOTE) {
        const open = i;
        i++;
        const s = i;
        let escaped = 0;
        let q: number;
        for (;;) {
          q = buf.indexOf(QUOTE, i);
          if (q === -1 || q >= end) {
            if (!eof) return INCOMPLETE;
            const where = this.locate(recordStart, open);
            throw new DataError("unterminated-quote", 'a quoted field is never closed (missing closing ")', {
              file: this.file,
              line: where.line,
              column: where.column,
            });
          }
          for (let j = buf.indexOf(LF, i); j !== -1 && j < q; j = buf.indexOf(LF, j + 1)) lines++;
          if (q + 1 >= end && !eof) return INCOMPLETE;
          // At the end of the file the byte after a closing quote is not the file's (the buffer's
          // leftovers): a doubled quote only within the data.
          if (q + 1 < end && buf[q + 1] === QUOTE) {
            escaped = FIELD_ESCAPED;
            i = q + 2;
            continue;
          }
          break;
        }
        starts[n] = s;
        ends[n] = q;
        flags[n] = FIELD_QUOTED | escaped;
        n++;
        i = q + 1;
        if (i >= end) break; // eof
        const c = buf[i];
        if (c === delim) {
          i++;
          continue;
        }
        if (c === LF || c === CR) break;
        const where = this.locate(recordStart, i);
        throw new DataError(
          "quote-in-field",
          `unexpected ${JSON.stringify(String.fromCharCode(c!))} after a closing quote (quotes inside a field must be doubled: "")`,
          {
            file: this.file,
            line: where.line,
            column: where.column,
          },
        );
      } else {
        const s = i;
        while (i < end) {
          const c = buf[i];
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        starts[n] = s;
        ends[n] = i;
        flags[n] = 0;
        n++;
        if (i >= end) {
          if (!eof) return INCOMPLETE;
          break;
        }
        if (buf[i] === delim) {
          i++;
          continue;
        }
        break;
      }
    }
    // End of record: i is at CR, LF, or end (eof).
    if (i < end) {
      if (buf[i] === CR) {
        if (i + 1 >= end && !eof) return INCOMPLETE;
        i++;
        if (i < end && buf[i] === LF) i++;
      } else i++;
      lines++;
    }
    this.fields = n;
    this.rowLine = this.line;
    this.line += lines;
    return i;
  }
}

/** RFC 4180 text of one record (quotes fields that need it), without the line break. */
export function formatCsvRecord(fields: readonly string[], delimiter = ","): string {
  return fields
    .map((f) =>
      f.includes(delimiter) || f.includes('"') || f.includes("\n") || f.includes("\r") || f === ""
        ? `"${f.replaceAll('"', '""')}"`
        : f,
    )
    .join(delimiter);
}
