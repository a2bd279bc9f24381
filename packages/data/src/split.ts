import { CsvReader, openBytes, type CsvOptions } from "./csv.js";

/*
 * Where a CSV file may be cut into byte ranges (threads, matrix shards). A record starts after a
 * line feed that is outside quotes; in RFC 4180 text a position is outside quotes exactly when
 * an even number of quote characters precede it (an opening and a closing quote, or a doubled
 * quote, toggle twice). So the first record start at or after a byte is found by counting the
 * quotes before it (memchr speed) and then looking for the next line feed at even parity.
 *
 * A quote inside an unquoted field (`5" screen`, accepted by the reader as text) breaks the
 * parity. That case is caught, never silently mis-split: each range is read until the first
 * record start at or after its end, so the range before a cut knows the true boundary; a cut
 * found by parity that disagrees with it is redone from the true boundary (threads) or is an
 * error naming the file and byte (matrix shards, where the parts were read on other machines).
 */

const LF = 10;
const QUOTE = 34;
const CHUNK = 1 << 20;

/**
 * The first record start at or after byte `at` (the file size when there is none). Quotes are
 * counted from `from`, a record start known to be at or before `at` (default: the file's start).
 * `sync`: read on this thread (CsvOptions.syncReads).
 */
export async function findRecordStart(file: string, at: number, from = 0, sync = false): Promise<number> {
  if (at <= 0) return 0;
  const source = await openBytes(file, sync);
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let base = Math.max(0, Math.min(from, at - 1));
    let quotes = 0;
    for (;;) {
      const bytesRead = await source.read(buf, 0, CHUNK, base);
      if (bytesRead === 0) return base;
      const chunk = buf.subarray(0, bytesRead);
      // Bytes before at - 1 only count quotes; from at - 1 on, a line feed at even parity ends it.
      const scanFrom = Math.max(0, at - 1 - base);
      let i = 0;
      const countTo = Math.min(scanFrom, bytesRead);
      for (let q = chunk.indexOf(QUOTE, 0); q !== -1 && q < countTo; q = chunk.indexOf(QUOTE, q + 1))
        quotes++;
      i = countTo;
      while (i < bytesRead) {
        const lf = chunk.indexOf(LF, i);
        const q = chunk.indexOf(QUOTE, i);
        if (q !== -1 && (lf === -1 || q < lf)) {
          quotes++;
          i = q + 1;
          continue;
        }
        if (lf === -1) break;
        if ((quotes & 1) === 0) return base + lf + 1;
        i = lf + 1;
      }
      base += bytesRead;
    }
  } finally {
    await source.close();
  }
}

/** The header's column names and the byte offset of the first data record. */
export async function readCsvHeader(
  file: string,
  options: CsvOptions,
): Promise<{ names: string[]; end: number; lines: number }> {
  let names: string[] = [];
  const { end, lines } = await new CsvReader(file, options).read(
    {
      header: (n) => {
        names = n;
      },
      row: () => {},
      ragged: () => {},
    },
    { start: 0, end: 1, header: null },
  );
  return { names, end, lines };
}

/** Nominal cut points splitting [0, size) into `parts` equal byte ranges. */
export function cutPoints(size: number, parts: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= parts; k++) out.push(Math.floor((size * k) / parts));
  return out;
}

/** Line feeds in [0, end): the physical line of byte `end` is this plus one. */
export async function countLineFeeds(file: string, end: number): Promise<number> {
  if (end <= 0) return 0;
  const source = await openBytes(file, false);
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let lines = 0;
    for (let base = 0; base < end;) {
      const bytesRead = await source.read(buf, 0, Math.min(CHUNK, end - base), base);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) lines++;
      base += bytesRead;
    }
    return lines;
  } finally {
    await source.close();
  }
}
