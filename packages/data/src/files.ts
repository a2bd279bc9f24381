import path from "node:path";
import type { DataFormat } from "./dataset.js";

/*
 * What a data path names, without reading anything: a glob or not, and a file's format from its
 * extension. Apart from the data library (dataset.ts), so that validate-step's early start of the
 * profiling workers (workers.ts) asks the same questions without loading it.
 */

/** A path with glob characters, which resolveFiles expands. */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

const BY_EXTENSION = new Map<string, DataFormat>([
  [".csv", "csv"],
  [".txt", "csv"],
  [".tsv", "tsv"],
  [".tab", "tsv"],
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
  [".parquet", "parquet"],
  [".pq", "parquet"],
]);

/** A file's format: the one given (other than "auto"), else its extension's; null for an extension of no format. */
export function formatOf(file: string, format = "auto"): DataFormat | null {
  if (format !== "auto") return format as DataFormat;
  return BY_EXTENSION.get(path.extname(file).toLowerCase()) ?? null;
}
