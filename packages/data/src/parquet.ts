import type * as Hyparquet from "hyparquet";
import type { ColumnChunk, FileMetaData, SchemaTree } from "hyparquet";
import { DataError } from "./errors.js";

/*
 * Parquet through hyparquet (pure JS) with hyparquet-compressors (ZSTD, Brotli, LZ4, gzip),
 * both loaded on first use. Flat columns (every column of a table-like file) are decoded page by
 * page with hyparquet's page-level functions and handed over without assembling rows: memory is
 * bounded by one column chunk, and no per-cell object is made for numbers and timestamps.
 * Nested columns go through hyparquet's parquetRead, one row group at a time. hyparquet's
 * internal modules (hyparquet/src/*.js) are imported, so package.json pins its minor version.
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

/** hyparquet and its compressors, loaded on first use (they are not needed for CSV or JSONL). */
async function loadHyparquet() {
  const [hp, { compressors }, column, datapage, convert, schema, plain, encoding] = await Promise.all([
    import("hyparquet") as Promise<typeof Hyparquet>,
    import("hyparquet-compressors"),
    import("hyparquet/src/column.js"),
    import("hyparquet/src/datapage.js"),
    import("hyparquet/src/convert.js"),
    import("hyparquet/src/schema.js"),
    import("hyparquet/src/plain.js"),
    import("hyparquet/src/encoding.js"),
  ]);
  return { hp, compressors, column, datapage, convert, schema, plain, encoding };
}
type Modules = Awaited<ReturnType<typeof loadHyparquet>>;
type AsyncBuffer = Awaited<ReturnType<Modules["hp"]["asyncBufferFromFile"]>>;
type SchemaPath = SchemaTree[];

interface ColumnPlan extends ParquetColumnInfo {
  msPerUnit: number | undefined;
  /** Decoded page by page (a top-level primitive column), else through parquetRead. */
  flat: boolean;
  schemaPath: SchemaPath;
}

/** Everything one readParquet call shares between its row groups and columns. */
interface ReadContext {
  file: string;
  m: Modules;
  buffer: AsyncBuffer;
  metadata: FileMetaData;
  columns: ColumnPlan[];
  visitor: ParquetVisitor;
  parsers: Record<string, unknown>;
  scratch: Scratch;
}

export async function readParquet(file: string, visitor: ParquetVisitor): Promise<void> {
  const m = await loadHyparquet();
  const { buffer, metadata } = await openParquet(file, m);
  const columns = planColumns(file, m, metadata);
  visitor.columns(columns.map(({ name, datetime }) => ({ name, datetime })));
  const ctx: ReadContext = {
    file,
    m,
    buffer,
    metadata,
    columns,
    visitor,
    parsers: { ...m.convert.DEFAULT_PARSERS, ...PARSERS },
    scratch: { defs: new Uint8Array(0), indices: new Int32Array(0) },
  };
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const rows = Number(group.num_rows);
    try {
      await readRowGroup(ctx, group.columns, groupStart, rows);
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

async function openParquet(
  file: string,
  { hp }: Modules,
): Promise<{ buffer: AsyncBuffer; metadata: FileMetaData }> {
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
  try {
    return { buffer, metadata: await hp.parquetMetadataAsync(buffer) };
  } catch (error) {
    throw new DataError("invalid-parquet", `not a readable Parquet file: ${(error as Error).message}`, {
      file,
    });
  }
}

/** The top-level columns: names (unique), datetime units, and how each is decoded. */
function planColumns(file: string, { hp, schema }: Modules, metadata: FileMetaData): ColumnPlan[] {
  const columns = hp.parquetSchema(metadata).children.map((child) => {
    const el = child.element;
    const logical = el.logical_type;
    let msPerUnit: number | undefined;
    if (logical?.type === "TIMESTAMP")
      msPerUnit = logical.unit === "MILLIS" ? 1 : logical.unit === "MICROS" ? 1e-3 : 1e-6;
    else if (logical?.type === "DATE" || el.converted_type === "DATE") msPerUnit = 86_400_000;
    else if (el.converted_type === "TIMESTAMP_MILLIS") msPerUnit = 1;
    else if (el.converted_type === "TIMESTAMP_MICROS") msPerUnit = 1e-3;
    const datetime = msPerUnit !== undefined || el.type === "INT96";
    const schemaPath = schema.getSchemaPath(metadata.schema, [el.name]);
    return {
      name: el.name,
      datetime,
      msPerUnit,
      flat: schema.isFlatColumn(schemaPath) && el.type !== "INT96",
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
  return columns;
}

async function readRowGroup(
  ctx: ReadContext,
  chunks: ColumnChunk[],
  groupStart: number,
  rows: number,
): Promise<void> {
  const nested: number[] = [];
  for (let c = 0; c < ctx.columns.length; c++) {
    const col = ctx.columns[c]!;
    const chunk = chunks.find(
      (ch) => ch.meta_data?.path_in_schema[0] === col.name && ch.meta_data.path_in_schema.length === 1,
    );
    if (!col.flat || !chunk?.meta_data) nested.push(c);
    else await readFlatChunk(ctx, c, chunk.meta_data, groupStart, rows);
  }
  if (nested.length) await readNestedColumns(ctx, nested, groupStart, rows);
}

type ColumnMetaData = NonNullable<ColumnChunk["meta_data"]>;

/** One flat column's chunk of a row group, page by page. */
async function readFlatChunk(
  ctx: ReadContext,
  c: number,
  meta: ColumnMetaData,
  groupStart: number,
  rows: number,
): Promise<void> {
  const { m, visitor } = ctx;
  const col = ctx.columns[c]!;
  const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
  const end = start + Number(meta.total_compressed_size);
  const bytes = await ctx.buffer.slice(start, end);
  const reader = { view: new DataView(bytes), offset: 0 };
  const decoder = {
    pathInSchema: [col.name],
    schemaPath: col.schemaPath,
    element: col.schemaPath[col.schemaPath.length - 1]!.element,
    type: meta.type,
    codec: meta.codec,
    compressors: m.compressors,
    parsers: ctx.parsers,
    utf8: true,
  };
  const maxDefinition = m.schema.getMaxDefinitionLevel(col.schemaPath);
  const decompress = (compressed: Uint8Array, size: number | bigint) =>
    m.datapage.decompressPage(compressed, Number(size), meta.codec, m.compressors);
  let dictionary: ArrayLike<unknown> | undefined;
  let row = groupStart;
  while (reader.offset < bytes.byteLength - 1 && row < groupStart + rows) {
    const header = m.column.parquetHeader(reader);
    const compressed = new Uint8Array(bytes, reader.offset, header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (header.type === "DICTIONARY_PAGE") {
      const page = decompress(compressed, header.uncompressed_page_size);
      const dict = m.plain.readPlain(
        { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 },
        meta.type,
        header.dictionary_page_header!.num_values,
        decoder.element.type_length,
      );
      dictionary = col.msPerUnit !== undefined ? dict : m.convert.convert(dict, decoder as never);
      continue;
    }
    let page: { definitionLevels: ArrayLike<number> | undefined; dataPage: ArrayLike<unknown> };
    let encoding: string;
    if (header.type === "DATA_PAGE") {
      const daph = header.data_page_header!;
      const raw = decompress(compressed, header.uncompressed_page_size);
      encoding = daph.encoding;
      if (dictionary && visitor.dictionaryPage && maxDefinition <= 1 && encoding.endsWith("_DICTIONARY")) {
        const decoded = decodeDictionaryPage(m, raw, daph.num_values, maxDefinition, ctx.scratch);
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
      page = m.datapage.readDataPage(raw, daph, decoder as never) as never;
    } else if (header.type === "DATA_PAGE_V2") {
      page = m.datapage.readDataPageV2(compressed, header, decoder as never) as never;
      encoding = header.data_page_header_v2!.encoding;
    } else continue;
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
    const values = pageValues(ctx, col, decoder, page, encoding, dictionary, maxDefinition);
    visitor.chunk(c, values, row, col.msPerUnit);
    row += values.length;
  }
}

/** A decoded page's values for visitor.chunk: dictionary looked up, nulls where levels say so. */
function pageValues(
  { m }: ReadContext,
  col: ColumnPlan,
  decoder: object,
  page: { definitionLevels: ArrayLike<number> | undefined; dataPage: ArrayLike<unknown> },
  encoding: string,
  dictionary: ArrayLike<unknown> | undefined,
  maxDefinition: number,
): ArrayLike<unknown> {
  let values: ArrayLike<unknown>;
  if (dictionary && encoding.endsWith("_DICTIONARY")) {
    const idx = page.dataPage as ArrayLike<number>;
    const out = new Array<unknown>(idx.length);
    for (let i = 0; i < idx.length; i++) out[i] = dictionary[idx[i]!];
    values = out;
  } else
    values =
      col.msPerUnit !== undefined
        ? page.dataPage
        : (m.convert.convert(page.dataPage as never, decoder as never) as ArrayLike<unknown>);
  const defs = page.definitionLevels;
  if (defs && defs.length) {
    const out = new Array<unknown>(defs.length);
    for (let i = 0, j = 0; i < defs.length; i++) out[i] = defs[i] === maxDefinition ? values[j++] : null;
    values = out;
  }
  return values;
}

/** Nested (or INT96) columns of one row group through hyparquet's parquetRead. */
async function readNestedColumns(
  { m, buffer, metadata, columns, visitor }: ReadContext,
  nested: number[],
  groupStart: number,
  rows: number,
): Promise<void> {
  const chunks: { column: number; data: ArrayLike<unknown>; rowStart: number }[] = [];
  await m.hp.parquetRead({
    file: buffer,
    metadata,
    compressors: m.compressors,
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

interface Scratch {
  defs: Uint8Array;
  indices: Int32Array;
}

/**
 * A v1 data page of a flat column (max definition level ≤ 1) with dictionary-encoded values,
 * decoded into reused typed arrays by hyparquet's RLE / bit-packed hybrid reader: definition
 * levels (omitted when nothing is missing) and dictionary indices. Returns null for layouts left
 * to hyparquet's readDataPage (bit widths over 24).
 */
export function decodeDictionaryPage(
  { encoding }: Pick<Modules, "encoding">,
  page: Uint8Array,
  numValues: number,
  maxDef: number,
  scratch: Scratch,
): { defs: Uint8Array | undefined; indices: Int32Array } | null {
  const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
  let present = numValues;
  let defs: Uint8Array | undefined;
  if (maxDef === 1) {
    if (scratch.defs.length < numValues) scratch.defs = new Uint8Array(numValues * 2);
    defs = scratch.defs.subarray(0, numValues);
    encoding.readRleBitPackedHybrid(reader, 1, defs); // reads its own 4-byte length
    present = 0;
    for (let i = 0; i < numValues; i++) present += defs[i]!;
    if (present === numValues) defs = undefined;
  }
  const bitWidth = page[reader.offset++]!;
  if (bitWidth > 24) return null;
  if (scratch.indices.length < present) scratch.indices = new Int32Array(present * 2);
  const indices = scratch.indices.subarray(0, present);
  if (bitWidth === 0) indices.fill(0);
  else encoding.readRleBitPackedHybrid(reader, bitWidth, indices, page.length - reader.offset);
  return { defs, indices };
}
