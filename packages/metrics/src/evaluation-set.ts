import { createWriteStream, promises as fs } from "node:fs";
import path from "node:path";
import { ConfigurationError, digestFile } from "@mlops/core";
import { cellFromText, cellFromValue, labelKey } from "./predictions.js";

/*
 * The evaluation rows both models are scored on: `dataset` (files, directories, globs), all of
 * it, or only the rows whose id the candidate's own predictions cover (its holdout). The rows go
 * to the predict command as one file (EVAL_DATA), and the Comparison records its sha256 and row
 * count, so two Comparisons on the same fingerprint were measured on the same rows.
 */

export interface EvaluationRows {
  /** The dataset as given ("data/*.csv"). */
  source: string;
  /** The one file handed to predict as EVAL_DATA (a dataset file itself, or one written here). */
  file: string;
  rows: number;
  /** sha256 of that file's bytes. */
  fingerprint: string;
}

/** The ids whose rows are kept: each must be found exactly once. */
export interface RowFilter {
  idColumn: string;
  /** How many ids there are. */
  count: number;
  /** Position (0 ≤ p < count) of an id, or -1 when it is not wanted. */
  position(key: string): number;
  /** The id at a position, for messages. */
  describe(position: number): string;
  /** Whose ids these are, for messages ("out/predictions.csv"). */
  from: string;
}

/** A RowFilter over a list of ids. */
export function idFilter(idColumn: string, ids: Iterable<string>, from: string): RowFilter {
  const list = [...new Set(ids)];
  const at = new Map(list.map((id, i) => [id, i]));
  return { idColumn, count: list.length, position: (k) => at.get(k) ?? -1, describe: (p) => list[p]!, from };
}

export interface EvaluationRowsOptions {
  dataset: readonly string[];
  cwd: string;
  /** Keep only rows whose id (in keep.idColumn) is wanted; every wanted id must be found. */
  keep?: RowFilter | null;
  /** Where a combined or filtered file is written. */
  tempDir: string;
}

type Format = "csv" | "tsv" | "jsonl" | "parquet";

/** Collects the evaluation rows into one file (or uses the dataset's one file as it is). */
export async function evaluationRows(options: EvaluationRowsOptions): Promise<EvaluationRows> {
  const data = await import("@mlops/data");
  if (options.dataset.length === 0) {
    throw new ConfigurationError(
      "predict needs evaluation rows: set evaluate.dataset in mlops.yml (or the dataset input) to the data file(s), e.g. data/*.csv",
      { code: "dataset-missing" },
    );
  }
  const files = await data.resolveFiles(options.dataset, options.cwd);
  const formats = files.map((f) => data.detectFormat(f) as Format);
  const format = formats[0]!;
  const other = formats.findIndex((f) => f !== format);
  if (other >= 0) {
    throw new ConfigurationError(
      `dataset: ${files[0]} is ${format} but ${files[other]} is ${formats[other]}; evaluation rows must share one format`,
      { code: "dataset-format", location: { file: files[other]! } },
    );
  }
  const source = options.dataset.join(", ");
  const abs = (f: string) => path.resolve(options.cwd, f);
  if (files.length === 1 && !options.keep) {
    const file = abs(files[0]!);
    const rows = await countRows(file, format);
    return { source, file, rows, fingerprint: (await digestFile(file)).sha256 };
  }
  if (format === "parquet") {
    throw new ConfigurationError(
      `dataset: ${files.length > 1 ? `${files.length} Parquet files` : files[0]} ${options.keep ? "would have to be filtered to the candidate's rows" : "would have to be combined"}, which is done for CSV, TSV and JSON Lines; give one Parquet file holding exactly the evaluation rows (and evaluation-rows: dataset)`,
      { code: "dataset-format" },
    );
  }
  await fs.mkdir(options.tempDir, { recursive: true });
  const file = path.join(options.tempDir, `eval-rows.${format === "tsv" ? "tsv" : format}`);
  const out = createWriteStream(file);
  const found = new Uint8Array(options.keep?.count ?? 0);
  let rows = 0;
  const keepRow = (id: string | null, where: string): boolean => {
    const keep = options.keep;
    if (!keep) return true;
    const p = id === null ? -1 : keep.position(id);
    if (p < 0) return false;
    if (found[p]) {
      throw new ConfigurationError(
        `dataset ${where}: id ${JSON.stringify(id)} in '${keep.idColumn}' appears a second time; evaluation rows need unique ids`,
        { code: "dataset-duplicate-id" },
      );
    }
    found[p] = 1;
    return true;
  };
  try {
    if (format === "jsonl") {
      for (const f of files) {
        await data.readJsonLines(abs(f), (object, line) => {
          const id = options.keep ? object[options.keep.idColumn] : undefined;
          if (
            !keepRow(
              id === undefined || id === null ? null : labelKey(cellFromValue(id)),
              `${f} line ${line}`,
            )
          )
            return;
          out.write(JSON.stringify(object) + "\n");
          rows++;
        });
      }
    } else rows = await copyCsv(files.map(abs), format === "tsv" ? "\t" : ",", out, options, keepRow);
  } finally {
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
  if (options.keep) missingIds(options.keep, found, source);
  if (rows === 0) {
    throw new ConfigurationError(`dataset ${source}: no evaluation rows`, { code: "dataset-empty" });
  }
  return { source, file, rows, fingerprint: (await digestFile(file)).sha256 };
}

function missingIds(keep: RowFilter, found: Uint8Array, source: string): void {
  const missing: string[] = [];
  let count = 0;
  for (let p = 0; p < found.length; p++) {
    if (found[p]) continue;
    count++;
    if (missing.length < 10) missing.push(keep.describe(p));
  }
  if (count === 0) return;
  throw new ConfigurationError(
    `${count} of the ${keep.count} rows of ${keep.from} have no row in the dataset (${source}) by '${keep.idColumn}': ${missing.map((m) => JSON.stringify(m)).join(", ")}${count > missing.length ? ", …" : ""}; the dataset must hold the candidate's evaluation rows (with their features)`,
    { code: "dataset-missing-ids" },
  );
}

async function copyCsv(
  files: string[],
  delimiter: string,
  out: NodeJS.WritableStream,
  options: EvaluationRowsOptions,
  keepRow: (id: string | null, where: string) => boolean,
): Promise<number> {
  const data = await import("@mlops/data");
  const decoder = new TextDecoder();
  const scratch = { bytes: new Uint8Array(256) };
  let header: string[] | null = null;
  let rows = 0;
  for (const file of files) {
    let idIndex = -1;
    await new data.CsvReader(file, { delimiter }).read({
      header(names) {
        if (header === null) {
          header = names;
          out.write(data.formatCsvRecord(names, delimiter) + "\n");
        } else if (names.join("\u0000") !== header.join("\u0000")) {
          throw new ConfigurationError(
            `dataset: ${file} line 1 has columns ${names.join(",")} but ${files[0]} has ${header.join(",")}; the files must share one header`,
            { code: "dataset-header", location: { file, line: 1 } },
          );
        }
        if (options.keep) {
          idIndex = names.indexOf(options.keep.idColumn);
          if (idIndex < 0) {
            throw new ConfigurationError(
              `dataset: ${file} has no id column '${options.keep.idColumn}' to pick the candidate's rows by; it has: ${names.slice(0, 20).join(", ")}`,
              { code: "column-missing", location: { file, line: 1, column: options.keep.idColumn } },
            );
          }
        }
      },
      row(buf, starts, ends, flags, line) {
        let id: string | null = null;
        if (idIndex >= 0) {
          let text: string;
          if (flags[idIndex]! & data.FIELD_ESCAPED) {
            const len = data.unescapeField(buf, starts[idIndex]!, ends[idIndex]!, scratch);
            text = decoder.decode(scratch.bytes.subarray(0, len));
          } else text = decoder.decode(buf.subarray(starts[idIndex]!, ends[idIndex]!));
          const cell = flags[idIndex]! & data.FIELD_QUOTED ? text : cellFromText(text);
          id = cell === null ? null : labelKey(cell);
        }
        if (!keepRow(id, `${file} line ${line}`)) return;
        const n = header!.length;
        // The record's own bytes, quotes included: the rows reach predict exactly as written.
        const start = starts[0]! - (flags[0]! & data.FIELD_QUOTED ? 1 : 0);
        const end = ends[n - 1]! + (flags[n - 1]! & data.FIELD_QUOTED ? 1 : 0);
        out.write(Buffer.from(buf.subarray(start, end)));
        out.write("\n");
        rows++;
      },
      ragged: raggedRow(file),
    });
  }
  return rows;
}

/** The CSV reader's answer to a row with a different number of fields than the header. */
function raggedRow(file: string): (line: number, found: number, expected: number) => never {
  return (line, found, expected) => {
    throw new ConfigurationError(
      `${file} line ${line}: expected ${expected} fields as in the header, found ${found}`,
      {
        code: "ragged-row",
        location: { file, line },
      },
    );
  };
}

/** Rows of one data file (a pass over it; Parquet from its metadata). */
async function countRows(file: string, format: Format): Promise<number> {
  const data = await import("@mlops/data");
  let rows = 0;
  if (format === "jsonl") await data.readJsonLines(file, () => void rows++);
  else if (format === "parquet") {
    await data.readParquet(file, {
      columns() {},
      chunk() {},
      rowGroup(count) {
        rows += count;
      },
    });
  } else {
    await new data.CsvReader(file, { delimiter: format === "tsv" ? "\t" : "," }).read({
      header() {},
      row() {
        rows++;
      },
      ragged: raggedRow(file),
    });
  }
  return rows;
}
