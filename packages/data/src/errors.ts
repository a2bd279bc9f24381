import { ConfigurationError, type SourceLocation } from "@mlops/core/errors";

/**
 * Every way a data file can be malformed. Each is reported with the file, line and column where
 * it was found; readers never throw anything else for bad input.
 */
export type DataErrorCode =
  | "file-not-found"
  | "no-files"
  | "empty-file"
  | "header-only"
  | "duplicate-column"
  | "empty-column-name"
  | "unterminated-quote"
  | "quote-in-field"
  | "ragged-row"
  | "invalid-utf8"
  | "nul-byte"
  | "line-too-long"
  | "too-many-columns"
  | "invalid-json"
  | "not-an-object"
  | "invalid-parquet"
  | "columns-differ"
  | "unknown-format";

/** A malformed data file: the user's problem, so a ConfigurationError (message only, exit 1). */
export class DataError extends ConfigurationError {
  declare readonly code: DataErrorCode;
  constructor(code: DataErrorCode, message: string, location: SourceLocation & { file: string }) {
    const where = [location.file];
    if (location.line !== undefined) where.push(`line ${location.line}`);
    if (location.column !== undefined) {
      where.push(
        typeof location.column === "number" ? `column ${location.column}` : `column '${location.column}'`,
      );
    }
    super(`${where.join(" ")}: ${message}`, { code, location });
  }
}

/**
 * A missing file or a directory, met opening or reading `file`, as a DataError; any other error as
 * it is. (Linux opens a directory; its first read fails with EISDIR.)
 */
export function fileError(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new DataError("file-not-found", "file not found", { file });
  if (code === "EISDIR")
    return new DataError("file-not-found", "expected a file, found a directory", { file });
  return error;
}
