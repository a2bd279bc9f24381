import { closeSync, openSync, readSync, statSync } from "node:fs";
import { ConfigurationError } from "@mlops/core";
import {
  ColumnBuilder,
  IdBuilder,
  IdIndex,
  ID_TEXT_ROWS,
  gatherColumn,
  hashId,
  hashIntegerIdBytes,
  plainNumberBytes,
  type Cell,
  type Column,
  type IdColumn,
} from "./columns.js";
import type { Scratch } from "./scratch.js";

/*
 * Prediction files (CSV/TSV, JSON Lines, Parquet) read through @mlops/data's streaming
 * readers, keeping only the columns evaluation needs, in typed columns (columns.ts). A second
 * file can be read straight into the first one's row order, joined on the id column as it
 * streams (the baseline onto the candidate), so the ids of neither are kept once joined. Every
 * bad value is reported with its file and line (or row for Parquet).
 */

export type { Cell, Column } from "./columns.js";

export interface PredictionTable {
  file: string;
  rows: number;
  columns: string[];
  /** The evaluation columns, the id column excepted. */
  values: Map<string, Column>;
  /** The id column (hashed), until the join has used it. */
  ids: IdColumn | null;
  /** Line (CSV/JSONL) or row (Parquet) of each row, for messages; null with lineBase. */
  lines: Int32Array | null;
  /** When every record is one line: row i is at line i + lineBase. */
  lineBase: number | null;
  lineWord: "line" | "row";
  /** The table whose row order this one follows (read joined on the id column). */
  alignedTo?: PredictionTable;
  /**
   * Read joined: the label column was compared with alignedTo's as it streamed instead of kept
   * (not in values): the first row, in alignedTo's order, whose label differs, with its cell.
   */
  labelCheck?: { column: string; first: { row: number; cell: Cell } | null };
}

export interface ColumnNames {
  label: string;
  prediction: string;
  score: string;
  id?: string | undefined;
  slices: string[];
}

function want(names: ColumnNames): (column: string) => boolean {
  const exact = new Set([names.label, names.prediction, names.score, ...names.slices]);
  return (c) => exact.has(c) || c.startsWith(`${names.score}_`);
}

/** A CSV cell's value: a number when the text is one, null for empty/NA/null, else the text. */
export function cellFromText(text: string): Cell {
  if (text === "" || text === "NA" || text === "null" || text === "NaN" || text === "nan")
    return text === "" || text === "NA" || text === "null" ? null : NaN;
  const n = Number(text);
  if (Number.isNaN(n) || text.trim() !== text) return text;
  return n;
}

export function cellFromValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.getTime();
  return JSON.stringify(value);
}

/** Line (or row) of table row i, for messages; null when not recorded. */
export function lineOf(table: PredictionTable, i: number): number | null {
  if (table.lines) return table.lines[i]!;
  return table.lineBase === null ? null : i + table.lineBase;
}

/** "file line 12" (or "file row 12"; "file (row 12 of the candidate's order)" when joined). */
export function whereIs(table: PredictionTable, i: number): string {
  const line = lineOf(table, i);
  return line === null
    ? `${table.file} (row ${i + 1} in the candidate's order)`
    : `${table.file} ${table.lineWord} ${line}`;
}

const indexes = new WeakMap<IdColumn, IdIndex>();

/** The id index of a table (built once). */
export function idIndexOf(table: PredictionTable, id: string): IdIndex {
  const ids = table.ids;
  if (!ids) throw new Error(`${table.file}: the id column was already released`);
  let index = indexes.get(ids);
  if (!index) {
    index = new IdIndex(ids, (row, first) => {
      throw new ConfigurationError(
        `${whereIs(table, row)} column '${id}': expected a unique id, found ${shownId(idText(table, row))} again (first at ${lineOf(table, first) === null ? `row ${first + 1}` : `${table.lineWord} ${lineOf(table, first)}`})`,
        { code: "prediction-invalid", location: { file: table.file, column: id } },
      );
    });
    indexes.set(ids, index);
  }
  return index;
}

/**
 * Hands a table's id hashes and id index to `scratch` (prepareTask, once the join has used
 * them): the table has no id column afterwards.
 */
export function releaseIds(table: PredictionTable, scratch: Scratch): void {
  const ids = table.ids;
  if (!ids) return;
  const index = indexes.get(ids);
  indexes.delete(ids);
  table.ids = null;
  scratch.give(ids.hi);
  scratch.give(ids.lo);
  if (index) scratch.give(index.release());
}

/** An id in a message: as the cell prints (numbers bare, text quoted). */
function shownId(key: string): string {
  return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(key) ? key : JSON.stringify(key);
}

function idText(table: PredictionTable, row: number): string {
  return table.ids?.texts?.[row] ?? `(the id at ${whereIs(table, row)})`;
}

/**
 * CSV's shortcuts past the text of a cell (no string per cell for 10M rows): the k-th picked
 * column's plain number (NaN: ask cell(k)), or its integer id's hash (false: ask cell(k)).
 */
interface FastCells {
  number(k: number): number;
  /** The k-th picked column's plain number set at row `at` of `column` (false: not set). */
  into(k: number, column: ColumnBuilder, at: number): boolean;
  idHash(k: number, out: Uint32Array): boolean;
}

/** Receives one row's cells; `cell(k)` is the k-th picked column's value. */
interface RowSink {
  begin(columns: string[], picked: string[]): void;
  row(cell: (k: number) => Cell, line: number, fast?: FastCells): void;
  /** JSON Lines: a column first seen after some rows (those rows hold null). */
  extend?(name: string): void;
  /** Parquet: column-wise chunks. */
  chunk(k: number, values: ArrayLike<unknown>): void;
  rowGroup(count: number): void;
}

async function scan(
  file: string,
  kind: string,
  keep: (c: string) => boolean,
  sink: RowSink,
): Promise<string[]> {
  const data = await import("@mlops/data");
  let columns: string[] = [];
  if (kind === "csv" || kind === "tsv") {
    const decoder = new TextDecoder();
    const scratch = { bytes: new Uint8Array(256) };
    let picked: number[] = [];
    let buf: Uint8Array, starts: Int32Array, ends: Int32Array, flags: Uint8Array;
    const cell = (k: number): Cell => {
      const index = picked[k]!;
      let text: string;
      if (flags[index]! & data.FIELD_ESCAPED) {
        const len = data.unescapeField(buf, starts[index]!, ends[index]!, scratch);
        text = decoder.decode(scratch.bytes.subarray(0, len));
      } else text = decoder.decode(buf.subarray(starts[index]!, ends[index]!));
      return flags[index]! & data.FIELD_QUOTED ? text : cellFromText(text);
    };
    const fast: FastCells = {
      number(k) {
        const index = picked[k]!;
        return flags[index] ? NaN : plainNumberBytes(buf, starts[index]!, ends[index]!);
      },
      into(k, column, at) {
        const index = picked[k]!;
        return !flags[index] && column.setPlain(at, buf, starts[index]!, ends[index]!);
      },
      idHash(k, out) {
        const index = picked[k]!;
        return !flags[index] && hashIntegerIdBytes(buf, starts[index]!, ends[index]!, out);
      },
    };
    await new data.CsvReader(file, { delimiter: kind === "tsv" ? "\t" : "," }).read({
      header(header) {
        columns = header;
        picked = header.flatMap((name, index) => (keep(name) ? [index] : []));
        sink.begin(
          header,
          picked.map((i) => header[i]!),
        );
      },
      row(b, s, e, f, line) {
        buf = b;
        starts = s;
        ends = e;
        flags = f;
        sink.row(cell, line, fast);
      },
      ragged(line, found, expected) {
        throw new ConfigurationError(
          `${file} line ${line}: expected ${expected} fields as in the header, found ${found}`,
          {
            code: "ragged-row",
            location: { file, line },
          },
        );
      },
    });
  } else if (kind === "jsonl") {
    let picked: string[] | null = null;
    await data.readJsonLines(file, (object, line) => {
      if (!picked) {
        // JSON Lines: the first object's keys are the columns (a key missing later is null).
        columns = Object.keys(object);
        picked = columns.filter(keep);
        sink.begin(columns, picked);
      }
      for (const key in object) {
        if (columns.includes(key)) continue;
        columns.push(key);
        if (keep(key)) {
          picked.push(key);
          sink.extend?.(key);
        }
      }
      const p = picked;
      sink.row((k) => cellFromValue(object[p[k]!]), line);
    });
  } else {
    let picked: number[] = [];
    await data.readParquet(file, {
      columns(info) {
        columns = info.map((c) => c.name);
        picked = columns.map((name, i) => (keep(name) ? i : -1));
        sink.begin(
          columns,
          columns.filter((_, i) => picked[i]! >= 0),
        );
      },
      chunk(column, values) {
        const k = picked[column]!;
        if (k < 0) return;
        sink.chunk(picked.slice(0, column).filter((p) => p >= 0).length, values);
      },
      rowGroup(count) {
        sink.rowGroup(count);
      },
    });
  }
  return columns;
}

/**
 * Reads the evaluation columns of one prediction file. With `alignTo` (and names.id), rows are
 * placed in that table's row order as they stream, joined on the id: a row whose id the other
 * table lacks, or an id of the other table never seen, is an error naming how many and which.
 */
export async function readPredictions(
  file: string,
  names: ColumnNames,
  format = "auto",
  options: {
    alignTo?: PredictionTable | null;
    /** The file's name in messages (default: the path). */
    display?: string;
  } = {},
): Promise<PredictionTable> {
  const data = await import("@mlops/data");
  const kind = data.detectFormat(file, format);
  const alignTo = options.alignTo && names.id && kind !== "parquet" ? options.alignTo : null;
  const keepValue = want(names);
  const keep = (c: string) => keepValue(c) || c === names.id;
  const capacity = alignTo ? alignTo.rows : estimateRows(file, kind);
  const name = options.display ?? file;
  const state = alignTo ? new JoinState(alignTo, names.id!, name) : null;
  const builders = new Map<string, ColumnBuilder>();
  let order: ColumnBuilder[] = [];
  // Joined: the labels are compared with the target's as they stream, not kept (a byte a row less).
  const targetLabels =
    alignTo && !namedTwice(names, names.label) ? alignTo.values.get(names.label) : undefined;
  const check = targetLabels ? new LabelCheck(targetLabels) : null;
  let labelK = -1;
  let idK = -1;
  const ids = alignTo ? null : new IdBuilder(names.id ? capacity : 0);
  const lines = new LineRecorder(alignTo ? alignTo.rows : capacity, !!alignTo);
  const hash = new Uint32Array(2);
  let rows = 0;
  // The current row's id text, for messages and small tables' id texts (one closure, not one a row).
  let rowCell: (k: number) => Cell = () => null;
  const key = () => labelKey(rowCell(idK));
  const columns = await scan(file, kind, keep, {
    begin(_all, picked) {
      idK = names.id ? picked.indexOf(names.id) : -1;
      labelK = check && names.label !== names.id ? picked.indexOf(names.label) : -1;
      order = picked.map((name, k) => {
        if (name === names.id || k === labelK) return null as unknown as ColumnBuilder;
        const b = new ColumnBuilder(capacity);
        builders.set(name, b);
        return b;
      });
      if (names.id && idK < 0) {
        throw new ConfigurationError(
          `${name}: no column '${names.id}' (id-column); the file has: ${_all.slice(0, 20).join(", ")}`,
          {
            code: "column-missing",
            location: { file: name, column: names.id },
          },
        );
      }
    },
    extend(name) {
      const b = new ColumnBuilder(capacity);
      for (let i = 0; i < (state ? capacity : rows); i++) b.set(i, null);
      builders.set(name, b);
      order.push(b);
    },
    row(cell, line, fast) {
      let at = rows;
      if (idK >= 0) {
        if (!fast?.idHash(idK, hash)) {
          const v = cell(idK);
          if (v === null) throw nullId(name, kind, line, names.id!);
          hashId(labelKey(v), hash);
        }
        rowCell = cell;
        if (state) {
          at = state.place(hash, line, key);
          if (at < 0) return;
        } else ids!.pushHash(hash, key);
      }
      for (let k = 0; k < order.length; k++) {
        if (k === idK) continue;
        if (k === labelK) {
          const x = fast ? fast.number(k) : NaN;
          check!.check(at, x === x ? x : cell(k));
          continue;
        }
        const b = order[k]!;
        if (fast?.into(k, b, at)) continue;
        const x = fast ? fast.number(k) : NaN;
        b.set(at, x === x ? x : cell(k));
      }
      lines.set(at, line);
      rows++;
    },
    chunk(k, values) {
      if (k === idK) {
        for (let i = 0; i < values.length; i++) {
          const v = cellFromValue(values[i]);
          if (v === null) throw nullId(name, kind, ids!.length + 1, names.id!);
          ids!.push(labelKey(v));
        }
        return;
      }
      const b = order[k]!;
      for (let i = 0; i < values.length; i++) b.push(cellFromValue(values[i]));
    },
    rowGroup(count) {
      for (let i = 0; i < count; i++) lines.set(rows + i, rows + i + 1);
      rows += count;
    },
  });
  state?.finish();
  if (rows === 0) {
    throw new ConfigurationError(`${name}: no prediction rows`, {
      code: "predictions-empty",
      location: { file: name },
    });
  }
  const length = alignTo ? alignTo.rows : rows;
  const values = new Map<string, Column>();
  for (const [name, b] of builders) values.set(name, b.finish(length));
  const table: PredictionTable = {
    file: name,
    rows: length,
    columns,
    values,
    ids: ids && names.id ? ids.finish() : null,
    ...lines.finish(length),
    lineWord: kind === "parquet" ? "row" : "line",
  };
  if (alignTo) table.alignedTo = alignTo;
  if (check && labelK >= 0) table.labelCheck = { column: names.label, first: check.first };
  return table;
}

/** A column evaluation reads under two names (then kept as a column). */
function namedTwice(names: ColumnNames, column: string): boolean {
  return (
    column === names.prediction ||
    column === names.score ||
    column.startsWith(`${names.score}_`) ||
    names.slices.includes(column)
  );
}

/**
 * Labels of a file read joined, compared with the target's as they stream, as prepareTask's
 * check compares them (their label keys: String of the cell): only the first mismatch in the
 * target's row order is kept.
 */
class LabelCheck {
  first: { row: number; cell: Cell } | null = null;
  private readonly keys: string[] | null;
  private readonly memo = new Map<Cell, string>();

  constructor(private readonly target: Column) {
    this.keys = target.dict ? target.dict.map(labelKey) : null;
  }

  check(at: number, cell: Cell): void {
    if (this.first && at >= this.first.row) return;
    const t = this.target;
    let same: boolean;
    if (this.keys) {
      let key = this.memo.get(cell);
      if (key === undefined) {
        key = labelKey(cell);
        if (this.memo.size < 1024) this.memo.set(cell, key);
      }
      same = this.keys[t.codes![at]!] === key;
    } else {
      const a = t.get(at);
      // two numbers print alike exactly when they are equal (or both NaN)
      same =
        typeof a === "number" && typeof cell === "number"
          ? a === cell || (a !== a && cell !== cell)
          : labelKey(a) === labelKey(cell);
    }
    if (!same) this.first = { row: at, cell };
  }
}

function nullId(file: string, kind: string, line: number, id: string): ConfigurationError {
  return new ConfigurationError(
    `${file} ${kind === "parquet" ? "row" : "line"} ${line} column '${id}': expected an id, found nothing`,
    { code: "prediction-invalid", location: { file, ...(kind === "parquet" ? {} : { line }), column: id } },
  );
}

/**
 * A first guess at a text file's rows, from its size and the line length of its first 64 KiB,
 * so the typed arrays are allocated about once at the right size.
 */
function estimateRows(file: string, kind: string): number {
  if (kind === "parquet") return 1024;
  try {
    const size = statSync(file).size;
    const fd = openSync(file, "r");
    try {
      const head = Buffer.alloc(Math.min(size, 1 << 16));
      const read = readSync(fd, head, 0, head.length, 0);
      let lines = 0;
      for (let i = 0; i < read; i++) if (head[i] === 10) lines++;
      const perRow = lines > 1 ? read / lines : 12;
      return Math.min(1 << 28, Math.max(1024, Math.ceil((size / perRow) * 1.02) + 16));
    } finally {
      closeSync(fd);
    }
  } catch {
    return 1024;
  }
}

/** Lines of rows: nothing stored while every record is one line after the header. */
class LineRecorder {
  private lines: Int32Array | null = null;
  private base: number | null = null;
  private regular = true;
  constructor(
    private capacity: number,
    private readonly scattered: boolean,
  ) {}
  set(i: number, line: number): void {
    if (this.regular && !this.scattered) {
      this.base ??= line - i;
      if (line - i === this.base) return;
      this.regular = false;
      this.lines = new Int32Array(Math.max(this.capacity, i + 1));
      for (let r = 0; r < i; r++) this.lines[r] = r + this.base;
    }
    if (this.scattered && this.capacity > ID_TEXT_ROWS) return; // joined big tables: rows, not lines
    this.lines ??= new Int32Array(this.capacity);
    if (i >= this.lines.length) {
      const next = new Int32Array(Math.max(i + 1, Math.ceil(this.lines.length * 1.5)));
      next.set(this.lines);
      this.lines = next;
    }
    this.lines[i] = line;
  }
  finish(length: number): { lines: Int32Array | null; lineBase: number | null } {
    if (this.lines)
      return {
        lines: this.lines.length === length ? this.lines : this.lines.slice(0, length),
        lineBase: null,
      };
    return { lines: null, lineBase: this.scattered ? null : (this.base ?? 2) };
  }
}

/** Joins a streamed file onto `target` by id: where each row goes, and what did not match. */
class JoinState {
  private readonly index: IdIndex;
  /** One bit a target row. */
  private readonly seen: Uint8Array;
  private extra = 0;
  private readonly extraSample: string[] = [];

  constructor(
    private readonly target: PredictionTable,
    private readonly id: string,
    private readonly file: string,
  ) {
    this.index = idIndexOf(target, id);
    this.seen = new Uint8Array((target.rows + 7) >>> 3);
  }

  /** The target row of an id by its hash (hashId's words); `key` gives its text for messages. */
  place(hash: Uint32Array, line: number, key: () => string): number {
    const at = this.index.rowOf(hash[0]!, hash[1]!);
    if (at < 0) {
      this.extra++;
      if (this.extraSample.length < 10) this.extraSample.push(key());
      return -1;
    }
    const bit = 1 << (at & 7);
    if (this.seen[at >>> 3]! & bit) {
      throw new ConfigurationError(
        `${this.file} line ${line} column '${this.id}': expected a unique id, found ${shownId(key())} again`,
        { code: "prediction-invalid", location: { file: this.file, line, column: this.id } },
      );
    }
    this.seen[at >>> 3]! |= bit;
    return at;
  }

  finish(): void {
    const missing: number[] = [];
    let count = 0;
    for (let i = 0; i < this.target.rows; i++) {
      if (this.seen[i >>> 3]! & (1 << (i & 7))) continue;
      count++;
      if (missing.length < 10) missing.push(i);
    }
    if (count === 0 && this.extra === 0) return;
    throw joinError(this.id, this.target.file, this.file, {
      missing: { count, sample: missing.map((i) => idText(this.target, i)) },
      extra: { count: this.extra, sample: this.extraSample },
    });
  }
}

export function joinError(
  id: string,
  candidateFile: string,
  baselineFile: string,
  found: { missing: { count: number; sample: string[] }; extra: { count: number; sample: string[] } },
): ConfigurationError {
  const list = (s: { count: number; sample: string[] }) =>
    `${s.sample.map((m) => JSON.stringify(m)).join(", ")}${s.count > s.sample.length ? ", …" : ""}`;
  const parts = [];
  if (found.missing.count)
    parts.push(`${found.missing.count} candidate id(s) not in the baseline (e.g. ${list(found.missing)})`);
  if (found.extra.count)
    parts.push(`${found.extra.count} baseline id(s) not in the candidate (e.g. ${list(found.extra)})`);
  return new ConfigurationError(
    `predictions do not cover the same rows by '${id}': ${parts.join("; ")}; both models must be scored on the same rows (candidate: ${candidateFile}, baseline: ${baselineFile})`,
    { code: "predictions-mismatch" },
  );
}

/** A view of `table` whose rows follow `rows` (the baseline joined on ids after reading). */
export function gatherTable(
  table: PredictionTable,
  rows: Int32Array,
  alignTo: PredictionTable,
): PredictionTable {
  const values = new Map<string, Column>();
  for (const [k, v] of table.values) values.set(k, gatherColumn(v, rows));
  let lines: Int32Array | null = null;
  if (table.lines || table.lineBase !== null) {
    lines = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) lines[i] = lineOf(table, rows[i]!)!;
  }
  return { ...table, values, ids: null, lines, lineBase: null, rows: rows.length, alignedTo: alignTo };
}

export type Task = "binary" | "multiclass" | "regression";
export const TASKS = ["auto", "binary", "multiclass", "regression"] as const;

export function cellError(
  table: PredictionTable,
  row: number,
  column: string,
  expected: string,
  found: Cell,
): ConfigurationError {
  const line = lineOf(table, row);
  return new ConfigurationError(
    `${whereIs(table, row)} column '${column}': expected ${expected}, found ${found === null ? "nothing" : JSON.stringify(found)}`,
    {
      code: "prediction-invalid",
      location: { file: table.file, ...(table.lineWord === "line" && line !== null ? { line } : {}), column },
    },
  );
}

export function columnOrError(table: PredictionTable, column: string, what: string): Column {
  const values = table.values.get(column);
  if (!values) {
    throw new ConfigurationError(
      `${table.file}: no column '${column}' (${what}); the file has: ${table.columns.slice(0, 20).join(", ")}${table.columns.length > 20 ? ", …" : ""}`,
      { code: "column-missing", location: { file: table.file, column } },
    );
  }
  return values;
}

/** A column's values as doubles (shared with the column when it is one); a non-number is an error. */
export function numericColumn(table: PredictionTable, column: string, what: string): Float64Array {
  const cells = columnOrError(table, column, what);
  let out = cells.numbers;
  if (!out) {
    out = new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const v = cells.get(i);
      out[i] = typeof v === "number" ? v : NaN;
    }
  }
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i]!)) throw cellError(table, i, column, "a finite number", cells.get(i) ?? null);
  }
  return out;
}

/** Class labels as strings ("1", "setosa", "true"), so numbers and text compare alike. */
export function labelKey(v: Cell): string {
  return typeof v === "number" ? String(v) : String(v);
}

/** Each row's label key, computed once per distinct value for dictionary columns. */
export function keysOf(column: Column): (i: number) => string {
  if (column.dict) {
    const keys = column.dict.map(labelKey);
    const codes = column.codes!;
    return (i) => keys[codes[i]!]!;
  }
  return (i) => labelKey(column.get(i));
}
