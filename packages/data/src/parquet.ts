import { DataError } from "./errors.js";

/**
 * Parquet through hyparquet (pure JS) with hyparquet-compressors (ZSTD, Brotli, LZ4, gzip),
 * both loaded on first use. Reads one row group at a time, column by column: memory is bounded
 * by the largest row group. Strings are handed over as bytes (no string per cell); timestamps
 * as epoch milliseconds.
 */
export interface ParquetColumnInfo {
  name: string;
  datetime: boolean;
}

export interface ParquetVisitor {
  columns(columns: ParquetColumnInfo[]): void;
  /** One column of one row group; rows [rowStart, rowStart + values.length). */
  chunk(column: number, values: ArrayLike<unknown>, rowStart: number): void;
  /** After all columns of a row group. */
  rowGroup(rows: number): void;
}

export async function readParquet(file: string, visitor: ParquetVisitor): Promise<void> {
  const [{ asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema }, { compressors }] =
    await Promise.all([import("hyparquet"), import("hyparquet-compressors")]);
  let buffer;
  try {
    buffer = await asyncBufferFromFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR")
      throw new DataError("file-not-found", "file not found", { file });
    throw error;
  }
  if (buffer.byteLength === 0) throw new DataError("empty-file", "the file is empty", { file });
  let metadata;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    throw new DataError("invalid-parquet", `not a readable Parquet file: ${(error as Error).message}`, {
      file,
    });
  }
  const tree = parquetSchema(metadata);
  const columns: ParquetColumnInfo[] = tree.children.map((child) => {
    const el = child.element;
    const logical = el.logical_type?.type;
    const datetime =
      logical === "TIMESTAMP" ||
      logical === "DATE" ||
      el.converted_type === "TIMESTAMP_MILLIS" ||
      el.converted_type === "TIMESTAMP_MICROS" ||
      el.converted_type === "DATE" ||
      el.type === "INT96";
    return { name: el.name, datetime };
  });
  const seen = new Set<string>();
  for (const [i, c] of columns.entries()) {
    if (seen.has(c.name))
      throw new DataError("duplicate-column", `duplicate column name ${JSON.stringify(c.name)}`, {
        file,
        column: i + 1,
      });
    seen.add(c.name);
  }
  visitor.columns(columns);
  const index = new Map(columns.map((c, i) => [c.name, i]));
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const rows = Number(group.num_rows);
    const chunks: { column: number; data: ArrayLike<unknown>; rowStart: number }[] = [];
    try {
      await parquetRead({
        file: buffer,
        metadata,
        compressors,
        rowStart: groupStart,
        rowEnd: groupStart + rows,
        utf8: false,
        parsers: {
          timestampFromMilliseconds: (v: bigint) => Number(v),
          timestampFromMicroseconds: (v: bigint) => Number(v / 1000n),
          timestampFromNanoseconds: (v: bigint) => Number(v / 1000000n),
          dateFromDays: (d: number) => d * 86_400_000,
          stringFromBytes: (b: Uint8Array) => b,
        },
        onChunk: ({ columnName, columnData, rowStart }) => {
          const c = index.get(columnName);
          if (c !== undefined) chunks.push({ column: c, data: columnData as ArrayLike<unknown>, rowStart });
        },
      });
    } catch (error) {
      throw new DataError(
        "invalid-parquet",
        `cannot read row group at row ${groupStart}: ${(error as Error).message}`,
        { file, line: groupStart + 1 },
      );
    }
    chunks.sort((a, b) => a.column - b.column || a.rowStart - b.rowStart);
    for (const ch of chunks) visitor.chunk(ch.column, ch.data, ch.rowStart);
    visitor.rowGroup(rows);
    groupStart += rows;
  }
}
