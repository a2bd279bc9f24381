import { ConfigurationError } from "@mlops/core";

/*
 * Prediction files (CSV/TSV, JSON Lines, Parquet) read through @mlops/data's streaming
 * readers, keeping only the columns evaluation needs, then turned into the typed arrays the
 * evaluators work on. Every bad value is reported with its file and line (or row for Parquet).
 */

export type Cell = string | number | boolean | null;

export interface PredictionTable {
  file: string;
  rows: number;
  columns: string[];
  values: Map<string, Cell[]>;
  /** Line (CSV/JSONL) or row (Parquet) of each row, for messages. */
  lines: Int32Array;
  lineWord: "line" | "row";
}

export interface ColumnNames {
  label: string;
  prediction: string;
  score: string;
  id?: string | undefined;
  slices: string[];
}

function want(names: ColumnNames): (column: string) => boolean {
  const exact = new Set([
    names.label,
    names.prediction,
    names.score,
    ...(names.id ? [names.id] : []),
    ...names.slices,
  ]);
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

/** Reads the evaluation columns of one prediction file. */
export async function readPredictions(
  file: string,
  names: ColumnNames,
  format = "auto",
): Promise<PredictionTable> {
  const data = await import("@mlops/data");
  const keep = want(names);
  const kind = data.detectFormat(file, format);
  const values = new Map<string, Cell[]>();
  let columns: string[] = [];
  let lines: number[] = [];
  let rows = 0;
  if (kind === "csv" || kind === "tsv") {
    const reader = new data.CsvReader(file, { delimiter: kind === "tsv" ? "\t" : "," });
    const decoder = new TextDecoder();
    let picked: { index: number; out: Cell[] }[] = [];
    const scratch = { bytes: new Uint8Array(256) };
    await reader.read({
      header(header) {
        columns = header;
        picked = header.flatMap((name, index) => {
          if (!keep(name)) return [];
          const out: Cell[] = [];
          values.set(name, out);
          return [{ index, out }];
        });
      },
      row(buf, starts, ends, flags, line) {
        for (const { index, out } of picked) {
          let text: string;
          if (flags[index]! & data.FIELD_ESCAPED) {
            const len = data.unescapeField(buf, starts[index]!, ends[index]!, scratch);
            text = decoder.decode(scratch.bytes.subarray(0, len));
          } else text = decoder.decode(buf.subarray(starts[index]!, ends[index]!));
          out.push(flags[index]! & data.FIELD_QUOTED ? text : cellFromText(text));
        }
        lines.push(line);
        rows++;
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
    const seen = new Set<string>();
    await data.readJsonLines(file, (object, line) => {
      for (const key of Object.keys(object)) {
        if (!seen.has(key)) {
          seen.add(key);
          columns.push(key);
          if (keep(key)) values.set(key, new Array<Cell>(rows).fill(null));
        }
      }
      for (const [key, out] of values) out.push(cellFromValue(object[key]));
      lines.push(line);
      rows++;
    });
  } else {
    let picked: (Cell[] | null)[] = [];
    await data.readParquet(file, {
      columns(info) {
        columns = info.map((c) => c.name);
        picked = columns.map((name) => {
          if (!keep(name)) return null;
          const out: Cell[] = [];
          values.set(name, out);
          return out;
        });
      },
      chunk(column, chunk) {
        const out = picked[column];
        if (!out) return;
        for (let i = 0; i < chunk.length; i++) out.push(cellFromValue(chunk[i]));
      },
      rowGroup(count) {
        for (let i = 0; i < count; i++) lines.push(rows + i + 1);
        rows += count;
      },
    });
  }
  if (rows === 0) {
    throw new ConfigurationError(`${file}: no prediction rows`, {
      code: "predictions-empty",
      location: { file },
    });
  }
  const lineArray = Int32Array.from(lines);
  lines = [];
  return { file, rows, columns, values, lines: lineArray, lineWord: kind === "parquet" ? "row" : "line" };
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
  const line = table.lines[row]!;
  return new ConfigurationError(
    `${table.file} ${table.lineWord} ${line} column '${column}': expected ${expected}, found ${found === null ? "nothing" : JSON.stringify(found)}`,
    {
      code: "prediction-invalid",
      location: { file: table.file, ...(table.lineWord === "line" ? { line } : {}), column },
    },
  );
}

export function columnOrError(table: PredictionTable, column: string, what: string): Cell[] {
  const values = table.values.get(column);
  if (!values) {
    throw new ConfigurationError(
      `${table.file}: no column '${column}' (${what}); the file has: ${table.columns.slice(0, 20).join(", ")}${table.columns.length > 20 ? ", …" : ""}`,
      { code: "column-missing", location: { file: table.file, column } },
    );
  }
  return values;
}

export function numericColumn(table: PredictionTable, column: string, what: string): Float64Array {
  const cells = columnOrError(table, column, what);
  const out = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (typeof v !== "number" || !Number.isFinite(v))
      throw cellError(table, i, column, "a finite number", v ?? null);
    out[i] = v;
  }
  return out;
}

/** Class labels as strings ("1", "setosa", "true"), so numbers and text compare alike. */
export function labelKey(v: Cell): string {
  return typeof v === "number" ? String(v) : String(v);
}
