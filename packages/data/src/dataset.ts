import { promises as fs } from "node:fs";
import path from "node:path";
import { ColumnProfiler, planDictionary, type DictionaryPlan } from "./column.js";
import { CsvReader, type CsvOptions, type CsvRange, type CsvRangeEnd, type CsvSink } from "./csv.js";
import { DataError } from "./errors.js";
import { formatOf, isGlob } from "./files.js";
import { readJsonLines } from "./jsonl.js";
import { readParquet } from "./parquet.js";

export type DataFormat = "csv" | "tsv" | "jsonl" | "parquet";
export const DATA_FORMATS = ["auto", "csv", "tsv", "jsonl", "parquet"] as const;

/** The format of a file from its extension (or the explicit format). */
export function detectFormat(file: string, format: string = "auto"): DataFormat {
  const known = formatOf(file, format);
  if (known) return known;
  const ext = path.extname(file).toLowerCase();
  throw new DataError(
    "unknown-format",
    `cannot tell the format from the extension '${ext || "(none)"}'; set format: csv, tsv, jsonl or parquet`,
    { file },
  );
}

/**
 * Expands paths and globs (one per entry) to files, in a stable order, without duplicates.
 * A directory means every data file below it. Nothing matching is an error naming the pattern.
 */
export async function resolveFiles(patterns: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      const matches: string[] = [];
      for await (const m of fs.glob(pattern, { cwd })) matches.push(String(m));
      const files: string[] = [];
      for (const m of matches.sort()) {
        const st = await fs.stat(path.resolve(cwd, m)).catch(() => null);
        if (st?.isFile()) files.push(m);
      }
      if (files.length === 0)
        throw new DataError("no-files", `no file matches the pattern ${JSON.stringify(pattern)}`, {
          file: pattern,
        });
      files.forEach(push);
      continue;
    }
    const st = await fs.stat(path.resolve(cwd, pattern)).catch(() => null);
    if (!st) throw new DataError("file-not-found", "file not found", { file: pattern });
    if (st.isDirectory()) {
      const entries = (await fs.readdir(path.resolve(cwd, pattern), { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && /\.(csv|tsv|tab|jsonl|ndjson|parquet)$/i.test(e.name))
        .map((e) => path.relative(cwd, path.join(e.parentPath, e.name)))
        .sort();
      if (entries.length === 0)
        throw new DataError("no-files", "the directory holds no data files (.csv, .tsv, .jsonl, .parquet)", {
          file: pattern,
        });
      entries.forEach(push);
    } else push(pattern);
  }
  return out;
}

export interface ReadOptions extends CsvOptions {
  format?: string;
  /** Stop after this many rows (the whole dataset counts). */
  limitRows?: number;
  /** Called now and then (at most every ~64k rows) with the rows and bytes read so far. */
  onProgress?: (rows: number, bytes: number, file: string) => void;
  /** Called with each new column, so checks can attach observers to it. */
  onColumn?: (column: ColumnProfiler) => void;
}

export interface RaggedRows {
  file: string;
  count: number;
  samples: { line: number; found: number; expected: number }[];
}

class LimitReached extends Error {}

/**
 * Where a CSV read's records go: the profiler's columns. A class, not an object of arrow
 * functions, so that every read (each thread's ranges, a tail taken) calls the same row function:
 * a new closure is a new call target, and V8 throws away the parser's optimized code (specialised
 * to the first) when one appears, costing a worker ~20 ms at its second range.
 */
class ProfileSink implements CsvSink {
  private cols: ColumnProfiler[] = [];
  private raggedRows: RaggedRows | null = null;
  private lastBytes = 0;

  constructor(
    private readonly profiler: DatasetProfiler,
    private readonly file: string,
    private readonly limit: number,
  ) {}

  header(names: string[]): void {
    this.cols = this.profiler.matchColumns(this.file, names, false);
  }

  row(buf: Uint8Array, starts: Int32Array, ends: Int32Array, flags: Uint8Array, line: number): void {
    const profiler = this.profiler;
    if (profiler.rows >= this.limit) throw new LimitReached();
    const cols = this.cols;
    const n = cols.length;
    for (let k = 0; k < n; k++) cols[k]!.addField(buf, starts[k]!, ends[k]!, flags[k]!, line);
    profiler.rows++;
  }

  ragged(line: number, found: number, expected: number): void {
    if (!this.raggedRows)
      this.profiler.ragged.push((this.raggedRows = { file: this.file, count: 0, samples: [] }));
    this.raggedRows.count++;
    if (this.raggedRows.samples.length < 5) this.raggedRows.samples.push({ line, found, expected });
  }

  progress(bytes: number): void {
    if (bytes - this.lastBytes >= 4 << 20) {
      this.lastBytes = bytes;
      this.profiler.progress(bytes, this.file);
    }
  }
}

/**
 * Profiles a dataset made of one or more files (the same columns in each) in one streaming
 * pass. Columns are matched by name across files.
 */
export class DatasetProfiler {
  readonly columns = new Map<string, ColumnProfiler>();
  rows = 0;
  readonly ragged: RaggedRows[] = [];
  readonly formats = new Set<DataFormat>();
  /** Exact counting per column, lowered for wide data: ~4 million exact entries in all. */
  private exactLimit = 20_000;

  constructor(private readonly options: ReadOptions = {}) {}

  /** Per-column exact limit (set from the first file's column count). */
  get exactDistinctLimit(): number {
    return this.exactLimit;
  }

  column(name: string): ColumnProfiler {
    let c = this.columns.get(name);
    if (!c) {
      c = new ColumnProfiler(name, this.exactLimit);
      // A column first seen now was missing in every earlier row.
      c.rows = this.rows;
      c.missing = this.rows;
      this.columns.set(name, c);
      this.options.onColumn?.(c);
    }
    return c;
  }

  matchColumns(file: string, names: string[], allowNew: boolean): ColumnProfiler[] {
    if (this.columns.size > 0 && !allowNew) {
      const missing = [...this.columns.keys()].filter((n) => !names.includes(n));
      const extra = names.filter((n) => !this.columns.has(n));
      if (missing.length || extra.length) {
        const parts = [];
        if (missing.length) parts.push(`lacks ${missing.map((n) => `'${n}'`).join(", ")}`);
        if (extra.length) parts.push(`has extra ${extra.map((n) => `'${n}'`).join(", ")}`);
        throw new DataError(
          "columns-differ",
          `columns differ from the first file of the dataset: this file ${parts.join(" and ")}`,
          { file, line: 1 },
        );
      }
    }
    if (this.columns.size === 0)
      this.exactLimit = Math.max(256, Math.min(20_000, Math.floor(4_000_000 / Math.max(1, names.length))));
    return names.map((n) => this.column(n));
  }

  /**
   * Reads one file (or, for CSV/TSV, the byte range `range` of it: see CsvRange), adding to the
   * profile. Returns where a range read stopped.
   */
  async read(file: string, range?: CsvRange): Promise<CsvRangeEnd | undefined> {
    const format = detectFormat(file, this.options.format);
    this.formats.add(format);
    try {
      if (format === "csv" || format === "tsv") return await this.readCsv(file, format, range);
      else if (format === "jsonl") await this.readJsonl(file);
      else await this.readParquet(file);
    } catch (error) {
      if (error instanceof LimitReached) return undefined;
      throw error;
    }
    return undefined;
  }

  get limitReached(): boolean {
    return this.options.limitRows !== undefined && this.rows >= this.options.limitRows;
  }

  /** @internal Reports the rows so far and `bytes` read of `file` (the onProgress option; ProfileSink calls it). */
  progress(bytes: number, file: string): void {
    this.options.onProgress?.(this.rows, bytes, file);
  }

  private async readCsv(file: string, format: "csv" | "tsv", range?: CsvRange): Promise<CsvRangeEnd> {
    const reader = new CsvReader(file, {
      ...this.options,
      delimiter: this.options.delimiter ?? (format === "tsv" ? "\t" : ","),
    });
    return await reader.read(new ProfileSink(this, file, this.options.limitRows ?? Infinity), range);
  }

  private async readJsonl(file: string): Promise<void> {
    const limit = this.options.limitRows ?? Infinity;
    let known: ColumnProfiler[] = [];
    let knownNames: string[] = [];
    await readJsonLines(
      file,
      (object, line) => {
        if (this.rows >= limit) throw new LimitReached();
        for (const key of Object.keys(object)) {
          if (!this.columns.has(key)) {
            this.column(key);
            knownNames = [...this.columns.keys()];
            known = [...this.columns.values()];
          }
        }
        if (known.length !== this.columns.size) {
          knownNames = [...this.columns.keys()];
          known = [...this.columns.values()];
        }
        for (let k = 0; k < known.length; k++) known[k]!.addValue(object[knownNames[k]!], line);
        this.rows++;
      },
      { ...this.options, onProgress: (bytes) => this.progress(bytes, file) },
    );
  }

  private async readParquet(file: string): Promise<void> {
    let cols: ColumnProfiler[] = [];
    let datetime: boolean[] = [];
    const limit = this.options.limitRows ?? Infinity;
    let fileRows = 0;
    const plans = new WeakMap<object, DictionaryPlan>();
    await readParquet(file, {
      columns: (info) => {
        cols = this.matchColumns(
          file,
          info.map((c) => c.name),
          false,
        );
        datetime = info.map((c) => c.datetime);
      },
      chunk: (column, values, rowStart, msPerUnit) => {
        const col = cols[column]!;
        const base = this.rows - fileRows; // rows of earlier files
        const room = limit - (base + rowStart);
        const n = Math.min(values.length, Math.max(0, room));
        if (msPerUnit !== undefined) {
          for (let i = 0; i < n; i++) {
            const v = values[i];
            col.addDatetime(v === null || v === undefined ? null : Number(v) * msPerUnit, rowStart + i + 1);
          }
        } else if (datetime[column]) for (let i = 0; i < n; i++) col.addDatetime(values[i], rowStart + i + 1);
        else if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
          for (let i = 0; i < n; i++) col.addNumber(Number(values[i]), rowStart + i + 1);
        } else if (ArrayBuffer.isView(values)) {
          const typed = values as unknown as ArrayLike<number>;
          for (let i = 0; i < n; i++) col.addNumber(typed[i]!, rowStart + i + 1);
        } else for (let i = 0; i < n; i++) col.addValue(values[i], rowStart + i + 1);
      },
      dictionaryPage: (column, dictionary, indices, defs, maxDef, rowStart, msPerUnit) => {
        const n = defs && defs.length ? defs.length : indices.length;
        const base = this.rows - fileRows;
        if (base + rowStart + n > limit) {
          // Near the row limit: take the general path for the cells that fit.
          const take = Math.max(0, limit - (base + rowStart));
          const values = new Array<unknown>(take);
          for (let i = 0, j = 0; i < take; i++)
            values[i] = defs && defs.length && defs[i] !== maxDef ? null : dictionary[indices[j++]!];
          if (msPerUnit !== undefined)
            for (let i = 0; i < take; i++)
              cols[column]!.addDatetime(
                values[i] === null ? null : Number(values[i]) * msPerUnit,
                rowStart + i + 1,
              );
          else for (let i = 0; i < take; i++) cols[column]!.addValue(values[i], rowStart + i + 1);
          return n;
        }
        let plan = plans.get(dictionary);
        if (!plan) plans.set(dictionary, (plan = planDictionary(dictionary, msPerUnit)));
        cols[column]!.addDictionaryPage(plan, indices, defs, maxDef, rowStart + 1);
        return n;
      },
      rowGroup: (rows) => {
        const take = Math.min(rows, limit - this.rows);
        this.rows += take;
        fileRows += take;
        this.progress(0, file);
        if (this.rows >= limit) throw new LimitReached();
      },
    });
  }
}
