import type * as Hyparquet from "hyparquet";
import { DataError } from "./errors.js";

/*
 * Parquet through hyparquet (pure JS) with hyparquet-compressors (ZSTD, Brotli, LZ4, gzip),
 * both loaded on first use. Flat columns (every column of a table-like file) are decoded page by
 * page with hyparquet's page-level functions and handed over without assembling rows: memory is
 * bounded by one column chunk, and no per-cell object is made for numbers and timestamps.
 * Nested columns go through hyparquet's parquetRead, one row group at a time.
 */
export interface ParquetColumnInfo {
  name: string;
  datetime: boolean;
}

export interface ParquetVisitor {
  columns(columns: ParquetColumnInfo[]): void;
  /**
   * Values of one column for rows [rowStart, rowStart + values.length): JS values, null for
   * missing; typed arrays for numbers. For datetime columns, `msPerUnit` converts each value
   * (a number or bigint count of units since the epoch) to milliseconds.
   */
  chunk(column: number, values: ArrayLike<unknown>, rowStart: number, msPerUnit?: number): void;
  /** A dictionary-encoded page: indices into `dictionary`, definition levels (present = maxDef). */
  dictionaryPage?(
    column: number,
    dictionary: ArrayLike<unknown>,
    indices: ArrayLike<number>,
    defs: ArrayLike<number> | undefined,
    maxDef: number,
    rowStart: number,
    msPerUnit?: number,
  ): number;
  /** After all columns of a row group. */
  rowGroup(rows: number): void;
}

const PARSERS = {
  timestampFromMilliseconds: (v: bigint) => Number(v),
  timestampFromMicroseconds: (v: bigint) => Number(v) / 1000,
  timestampFromNanoseconds: (v: bigint) => Number(v) / 1e6,
  dateFromDays: (d: number) => d * 86_400_000,
  stringFromBytes: (b: Uint8Array) => b,
};

export async function readParquet(file: string, visitor: ParquetVisitor): Promise<void> {
  const [hp, { compressors }, column, datapage, convert, schemaMod, plain] = await Promise.all([
    import("hyparquet") as Promise<typeof Hyparquet>,
    import("hyparquet-compressors"),
    import("hyparquet/src/column.js"),
    import("hyparquet/src/datapage.js"),
    import("hyparquet/src/convert.js"),
    import("hyparquet/src/schema.js"),
    import("hyparquet/src/plain.js"),
  ]);
  let buffer;
  try {
    buffer = await hp.asyncBufferFromFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR")
      throw new DataError("file-not-found", "file not found", { file });
    throw error;
  }
  if (buffer.byteLength === 0) throw new DataError("empty-file", "the file is empty", { file });
  let metadata;
  try {
    metadata = await hp.parquetMetadataAsync(buffer);
  } catch (error) {
    throw new DataError("invalid-parquet", `not a readable Parquet file: ${(error as Error).message}`, {
      file,
    });
  }
  const tree = hp.parquetSchema(metadata);
  const columns = tree.children.map((child) => {
    const el = child.element;
    const logical = el.logical_type;
    let msPerUnit: number | undefined;
    if (logical?.type === "TIMESTAMP")
      msPerUnit = logical.unit === "MILLIS" ? 1 : logical.unit === "MICROS" ? 1e-3 : 1e-6;
    else if (logical?.type === "DATE" || el.converted_type === "DATE") msPerUnit = 86_400_000;
    else if (el.converted_type === "TIMESTAMP_MILLIS") msPerUnit = 1;
    else if (el.converted_type === "TIMESTAMP_MICROS") msPerUnit = 1e-3;
    const datetime = msPerUnit !== undefined || el.type === "INT96";
    const schemaPath = schemaMod.getSchemaPath(metadata.schema, [el.name]);
    return {
      name: el.name,
      datetime,
      msPerUnit,
      flat: schemaMod.isFlatColumn(schemaPath) && el.type !== "INT96",
      schemaPath,
    };
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
  visitor.columns(columns.map(({ name, datetime }) => ({ name, datetime })));
  const parsers = { ...convert.DEFAULT_PARSERS, ...PARSERS };
  const scratch: Scratch = { defs: new Uint8Array(0), indices: new Int32Array(0) };
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const rows = Number(group.num_rows);
    try {
      const nested: number[] = [];
      for (let c = 0; c < columns.length; c++) {
        const col = columns[c]!;
        const chunk = group.columns.find(
          (ch) => ch.meta_data?.path_in_schema[0] === col.name && ch.meta_data.path_in_schema.length === 1,
        );
        if (!col.flat || !chunk?.meta_data) {
          nested.push(c);
          continue;
        }
        const meta = chunk.meta_data;
        const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
        const end = start + Number(meta.total_compressed_size);
        const bytes = await buffer.slice(start, end);
        const reader = { view: new DataView(bytes), offset: 0 };
        const decoder = {
          pathInSchema: [col.name],
          schemaPath: col.schemaPath,
          element: col.schemaPath[col.schemaPath.length - 1]!.element,
          type: meta.type,
          codec: meta.codec,
          compressors,
          parsers,
          utf8: true,
        };
        const maxDefinition = schemaMod.getMaxDefinitionLevel(col.schemaPath);
        let dictionary: ArrayLike<unknown> | undefined;
        let row = groupStart;
        while (reader.offset < bytes.byteLength - 1 && row < groupStart + rows) {
          const header = column.parquetHeader(reader);
          const compressed = new Uint8Array(bytes, reader.offset, header.compressed_page_size);
          reader.offset += header.compressed_page_size;
          if (header.type === "DICTIONARY_PAGE") {
            const page = datapage.decompressPage(
              compressed,
              Number(header.uncompressed_page_size),
              meta.codec,
              compressors,
            );
            const dict = plain.readPlain(
              { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 },
              meta.type,
              header.dictionary_page_header!.num_values,
              decoder.element.type_length,
            );
            dictionary = col.msPerUnit !== undefined ? dict : convert.convert(dict, decoder as never);
            continue;
          }
          let page: { definitionLevels: ArrayLike<number> | undefined; dataPage: ArrayLike<unknown> };
          let encoding: string;
          if (
            header.type === "DATA_PAGE" &&
            dictionary &&
            visitor.dictionaryPage &&
            maxDefinition <= 1 &&
            header.data_page_header!.encoding.endsWith("_DICTIONARY")
          ) {
            const daph = header.data_page_header!;
            const raw = datapage.decompressPage(
              compressed,
              Number(header.uncompressed_page_size),
              meta.codec,
              compressors,
            );
            const decoded = decodeDictionaryPage(raw, daph.num_values, maxDefinition, scratch);
            if (decoded) {
              row += visitor.dictionaryPage(
                c,
                dictionary,
                decoded.indices,
                decoded.defs,
                maxDefinition,
                row,
                col.msPerUnit,
              );
              continue;
            }
          }
          if (header.type === "DATA_PAGE") {
            const daph = header.data_page_header!;
            const raw = datapage.decompressPage(
              compressed,
              Number(header.uncompressed_page_size),
              meta.codec,
              compressors,
            );
            page = datapage.readDataPage(raw, daph, decoder as never) as never;
            encoding = daph.encoding;
          } else if (header.type === "DATA_PAGE_V2") {
            page = datapage.readDataPageV2(compressed, header, decoder as never) as never;
            encoding = header.data_page_header_v2!.encoding;
          } else continue;
          let values: ArrayLike<unknown>;
          if (dictionary && encoding.endsWith("_DICTIONARY") && visitor.dictionaryPage) {
            row += visitor.dictionaryPage(
              c,
              dictionary,
              page.dataPage as ArrayLike<number>,
              page.definitionLevels,
              maxDefinition,
              row,
              col.msPerUnit,
            );
            continue;
          }
          if (dictionary && encoding.endsWith("_DICTIONARY")) {
            const idx = page.dataPage as ArrayLike<number>;
            const out = new Array<unknown>(idx.length);
            for (let i = 0; i < idx.length; i++) out[i] = (dictionary as ArrayLike<unknown>)[idx[i]!];
            values = out;
          } else
            values =
              col.msPerUnit !== undefined
                ? page.dataPage
                : (convert.convert(page.dataPage as never, decoder as never) as ArrayLike<unknown>);
          const defs = page.definitionLevels;
          if (defs && defs.length) {
            const out = new Array<unknown>(defs.length);
            for (let i = 0, j = 0; i < defs.length; i++)
              out[i] = defs[i] === maxDefinition ? values[j++] : null;
            values = out;
          }
          visitor.chunk(c, values, row, col.msPerUnit);
          row += values.length;
        }
      }
      if (nested.length) {
        const chunks: { column: number; data: ArrayLike<unknown>; rowStart: number }[] = [];
        await hp.parquetRead({
          file: buffer,
          metadata,
          compressors,
          columns: nested.map((c) => columns[c]!.name),
          rowStart: groupStart,
          rowEnd: groupStart + rows,
          parsers: PARSERS,
          onChunk: ({ columnName, columnData, rowStart }) => {
            const c = columns.findIndex((x) => x.name === columnName);
            if (c >= 0) chunks.push({ column: c, data: columnData as ArrayLike<unknown>, rowStart });
          },
        });
        chunks.sort((a, b) => a.column - b.column || a.rowStart - b.rowStart);
        for (const ch of chunks) visitor.chunk(ch.column, ch.data, ch.rowStart);
      }
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw new DataError(
        "invalid-parquet",
        `cannot read row group at row ${groupStart}: ${(error as Error).message}`,
        { file, line: groupStart + 1 },
      );
    }
    visitor.rowGroup(rows);
    groupStart += rows;
  }
}

interface Scratch {
  defs: Uint8Array;
  indices: Int32Array;
}

/**
 * A v1 data page of a flat column (max definition level ≤ 1) with dictionary-encoded values,
 * decoded into reused typed arrays: definition levels (omitted when nothing is missing) and
 * dictionary indices. Returns null for layouts left to hyparquet (wide bit widths).
 */
function decodeDictionaryPage(
  page: Uint8Array,
  numValues: number,
  maxDef: number,
  scratch: Scratch,
): { defs: Uint8Array | undefined; indices: Int32Array } | null {
  let pos = 0;
  let present = numValues;
  let defs: Uint8Array | undefined;
  if (maxDef === 1) {
    const length = page[0]! | (page[1]! << 8) | (page[2]! << 16) | (page[3]! << 24);
    pos = 4;
    if (scratch.defs.length < numValues) scratch.defs = new Uint8Array(numValues * 2);
    defs = scratch.defs.subarray(0, numValues);
    readHybrid(page, pos, pos + length, 1, defs, numValues);
    pos += length;
    present = 0;
    for (let i = 0; i < numValues; i++) present += defs[i]!;
    if (present === numValues) defs = undefined;
  }
  const bitWidth = page[pos++]!;
  if (bitWidth > 24) return null;
  if (scratch.indices.length < present) scratch.indices = new Int32Array(present * 2);
  const indices = scratch.indices.subarray(0, present);
  if (bitWidth === 0) indices.fill(0);
  else readHybrid(page, pos, page.length, bitWidth, indices, present);
  return { defs, indices };
}

/** Parquet's RLE / bit-packed hybrid encoding (bit width ≤ 24) into out[0, count). */
function readHybrid(
  bytes: Uint8Array,
  pos: number,
  end: number,
  bitWidth: number,
  out: Uint8Array | Int32Array,
  count: number,
): void {
  const mask = (1 << bitWidth) - 1;
  const byteWidth = (bitWidth + 7) >> 3;
  let i = 0;
  while (i < count && pos < end) {
    let header = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[pos++]!;
      header += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80 && pos < end);
    if (header % 2 === 1) {
      const groups = Math.floor(header / 2);
      const start = pos;
      const n = groups * 8;
      let data = 0;
      let bits = 0;
      for (let k = 0; k < n && i < count; k++) {
        while (bits < bitWidth) {
          data |= (pos < end ? bytes[pos]! : 0) << bits;
          pos++;
          bits += 8;
        }
        out[i++] = data & mask;
        data >>>= bitWidth;
        bits -= bitWidth;
      }
      pos = start + groups * bitWidth;
    } else {
      const n = header / 2;
      let v = 0;
      for (let k = 0; k < byteWidth; k++) v |= bytes[pos++]! << (8 * k);
      const stop = Math.min(count, i + n);
      while (i < stop) out[i++] = v;
    }
  }
}
