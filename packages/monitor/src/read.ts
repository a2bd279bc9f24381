import { open } from "node:fs/promises";
import path from "node:path";
import { ConfigurationError } from "@mlops/core";
import { fmix, hashId } from "@mlops/metrics";
import {
  CsvReader,
  DataError,
  FIELD_ESCAPED,
  detectFormat,
  readJsonLines,
  readParquet,
  unescapeField,
  type ColumnProfiler,
} from "@mlops/data";

/*
 * One streaming row interface over @mlops/data's readers (CSV/TSV bytes, JSON Lines objects,
 * Parquet column chunks buffered one row group at a time). A row is a view: `value(k)` decodes
 * one cell on demand (the few columns the monitor reads), `feed(k, profiler)` hands a cell to a
 * ColumnProfiler without decoding it (CSV bytes go straight to addField).
 */

export interface RowView {
  /** The cell of column k: a string (CSV), a JS value (JSONL, Parquet); null when missing. */
  value(k: number): unknown;
  feed(k: number, profiler: ColumnProfiler): void;
  /**
   * The id in column k hashed into out (hashId of its idText); false when the cell is missing.
   * CSV hashes ASCII bytes in place, without making a string.
   */
  hashId(k: number, out: Uint32Array): boolean;
}

const idDecoder = new TextDecoder();

/**
 * An id as text: strings exactly (trimmed), numbers as JavaScript prints them, bigints exactly,
 * Parquet bytes decoded. Numeric-looking strings are NOT normalised: "007" and "7" are two ids,
 * and 19-digit ids never round to the same double.
 */
export function idText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    const t = v.trim();
    return t === "" ? null : t;
  }
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v === "bigint" || typeof v === "boolean") return String(v);
  if (v instanceof Uint8Array) return idText(idDecoder.decode(v));
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.toISOString() : null;
  return JSON.stringify(v);
}

function hashValue(v: unknown, out: Uint32Array): boolean {
  const t = idText(v);
  if (t === null) return false;
  hashId(t, out);
  return true;
}

/**
 * @mlops/metrics' hashId over bytes that are all ASCII: the same two hashes as over the string
 * they spell (each char code is its byte). Returns false for other bytes (the caller decodes).
 */
export function hashAsciiBytes(buf: Uint8Array, start: number, end: number, out: Uint32Array): boolean {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c ^ (end - start);
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    if (c >= 0x80) return false;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  out[0] = fmix(h1);
  out[1] = fmix(h2 ^ 0x2545f491);
  return true;
}

export interface RowVisitor {
  /** The file's columns; called once per file before its rows. */
  header(names: string[], file: string): void;
  row(row: RowView, line: number): void;
}

class CsvRow implements RowView {
  buf!: Uint8Array;
  starts!: Int32Array;
  ends!: Int32Array;
  flags!: Uint8Array;
  line = 0;
  private readonly scratch = { bytes: new Uint8Array(256) };
  private readonly decoder = new TextDecoder();

  value(k: number): unknown {
    const start = this.starts[k]!;
    const end = this.ends[k]!;
    if (start === end) return null;
    if (this.flags[k]! & FIELD_ESCAPED) {
      const len = unescapeField(this.buf, start, end, this.scratch);
      return this.decoder.decode(this.scratch.bytes.subarray(0, len));
    }
    return this.decoder.decode(this.buf.subarray(start, end));
  }

  feed(k: number, profiler: ColumnProfiler): void {
    profiler.addField(this.buf, this.starts[k]!, this.ends[k]!, this.flags[k]!, this.line);
  }

  hashId(k: number, out: Uint32Array): boolean {
    const start = this.starts[k]!;
    const end = this.ends[k]!;
    if (start === end) return false;
    const b = this.buf;
    // Plain ASCII without surrounding blanks: hash the bytes where they are.
    if (
      !(this.flags[k]! & FIELD_ESCAPED) &&
      b[start] !== 32 &&
      b[end - 1] !== 32 &&
      hashAsciiBytes(b, start, end, out)
    )
      return true;
    return hashValue(this.value(k), out);
  }
}

class ObjectRow implements RowView {
  object: Record<string, unknown> = {};
  names: string[] = [];
  line = 0;

  value(k: number): unknown {
    const v = this.object[this.names[k]!];
    return v === undefined ? null : v;
  }

  feed(k: number, profiler: ColumnProfiler): void {
    profiler.addValue(this.object[this.names[k]!] ?? null, this.line);
  }

  hashId(k: number, out: Uint32Array): boolean {
    return hashValue(this.value(k), out);
  }
}

class ColumnarRow implements RowView {
  columns: unknown[][] = [];
  datetime: boolean[] = [];
  i = 0;
  line = 0;

  value(k: number): unknown {
    const v = this.columns[k]?.[this.i];
    return v === undefined ? null : v;
  }

  feed(k: number, profiler: ColumnProfiler): void {
    const v = this.value(k);
    if (this.datetime[k]) profiler.addDatetime(v, this.line);
    else if (typeof v === "number") profiler.addNumber(v, this.line);
    else profiler.addValue(v, this.line);
  }

  hashId(k: number, out: Uint32Array): boolean {
    return hashValue(this.value(k), out);
  }
}

/** Reads one file, row by row, in its format (by extension). */
export async function readRows(file: string, visitor: RowVisitor, cwd: string): Promise<void> {
  const full = path.resolve(cwd, file);
  try {
    const format = detectFormat(full);
    if (format === "csv" || format === "tsv") await readCsv(full, file, format, visitor);
    else if (format === "jsonl") await readJsonl(full, file, visitor);
    else await readColumnar(full, file, visitor);
  } catch (error) {
    if (error instanceof DataError) {
      const loc = error.location;
      const where = loc?.line !== undefined ? `${file} line ${loc.line}` : file;
      const message = error.message.startsWith(file) ? error.message : `${where}: ${error.message}`;
      throw new ConfigurationError(message, { code: error.code, location: { ...loc, file } });
    }
    throw error;
  }
}

async function readCsv(full: string, file: string, format: "csv" | "tsv", visitor: RowVisitor) {
  const row = new CsvRow();
  let ragged = 0;
  let firstRagged = 0;
  await new CsvReader(full, { delimiter: format === "tsv" ? "\t" : "," }).read({
    header: (names) => visitor.header(names, file),
    row: (buf, starts, ends, flags, line) => {
      row.buf = buf;
      row.starts = starts;
      row.ends = ends;
      row.flags = flags;
      row.line = line;
      visitor.row(row, line);
    },
    ragged: (line) => {
      if (!ragged++) firstRagged = line;
    },
  });
  if (ragged) {
    throw new ConfigurationError(
      `${file} line ${firstRagged}: the row has a different number of fields than the header (${ragged} such row(s)); every logged row must have every column`,
      { code: "ragged-rows", location: { file, line: firstRagged } },
    );
  }
}

async function readJsonl(full: string, file: string, visitor: RowVisitor) {
  const row = new ObjectRow();
  let first = true;
  await readJsonLines(full, (object, line) => {
    if (first) {
      first = false;
      row.names = Object.keys(object);
      visitor.header(row.names, file);
    }
    row.object = object;
    row.line = line;
    visitor.row(row, line);
  });
}

async function readColumnar(full: string, file: string, visitor: RowVisitor) {
  const row = new ColumnarRow();
  let fileRows = 0;
  await readParquet(full, {
    columns: (info) => {
      visitor.header(
        info.map((c) => c.name),
        file,
      );
      row.columns = info.map(() => []);
      row.datetime = info.map((c) => c.datetime);
    },
    chunk: (column, values, rowStart, msPerUnit) => {
      const target = row.columns[column]!;
      const offset = rowStart - fileRows;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        target[offset + i] =
          msPerUnit !== undefined && v !== null && v !== undefined
            ? Number(v) * msPerUnit
            : typeof v === "bigint"
              ? Number(v)
              : v;
      }
    },
    rowGroup: (rows) => {
      for (let i = 0; i < rows; i++) {
        row.i = i;
        row.line = fileRows + i + 1;
        visitor.row(row, row.line);
      }
      fileRows += rows;
      for (const c of row.columns) c.length = 0;
    },
  });
}

/**
 * Rows in a CSV/TSV/JSONL file (newlines after the header), to size the join table once; for
 * Parquet the row count of its footer is not read here, so it answers 0 and the table grows.
 */
export async function countRows(file: string, cwd: string): Promise<number> {
  const full = path.resolve(cwd, file);
  let format: string;
  try {
    format = detectFormat(full);
  } catch {
    return 0;
  }
  if (format === "parquet") return 0;
  const handle = await open(full, "r").catch(() => null);
  if (!handle) return 0;
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let lines = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      let at = buf.indexOf(10, 0);
      while (at !== -1 && at < bytesRead) {
        lines++;
        at = buf.indexOf(10, at + 1);
      }
    }
    return format === "jsonl" ? lines + 1 : lines;
  } finally {
    await handle.close();
  }
}
