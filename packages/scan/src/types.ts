import type { GlobalSeverity } from "./policy.js";

export type { GlobalSeverity } from "./policy.js";

/** The outcome of a scan: the worst of its files. */
export type Verdict = "safe" | "warn" | "dangerous" | "error";

/**
 * - info: worth knowing, changes nothing (e.g. bytes after the pickle that no loader reads);
 * - warn: something a loader will import or run that is not known to be safe;
 * - dangerous: loading this file can run code, read files or reach the network;
 * - error: the file could not be scanned (bad, truncated, unsupported): it is not vouched for.
 */
export type IssueSeverity = "info" | "warn" | "dangerous" | "error";

export type ModelFormat =
  | "pickle"
  | "joblib"
  | "pytorch"
  | "numpy"
  | "numpy-archive"
  | "keras-h5"
  | "keras"
  | "onnx"
  | "safetensors"
  | "json"
  | "zip"
  | "compressed"
  | "unknown";

export interface GlobalRef {
  module: string;
  name: string;
  severity: GlobalSeverity;
  /** Why it got that severity. */
  reason: string;
  /** How the pickle imports it: GLOBAL, STACK_GLOBAL, INST, EXT… */
  opcode: string;
  /** Byte offset of the first import (inside `entry` when set). */
  offset: number;
  /** Member of a container (zip entry, nested pickle) the offset is relative to. */
  entry?: string;
  /** How many times the file imports it. */
  count: number;
}

export interface ScanIssue {
  severity: IssueSeverity;
  message: string;
  /** Byte offset in the file (or in `entry` when set), when the issue has a place. */
  offset?: number;
  /** Member of a container (zip entry, decompressed stream, nested pickle). */
  entry?: string;
}

export interface FileReport {
  /** Path relative to the scanned root, with `/` separators (the file name for a single file). */
  path: string;
  format: ModelFormat;
  verdict: Verdict;
  globals: GlobalRef[];
  issues: ScanIssue[];
}

export interface ScanReport {
  verdict: Verdict;
  /** The path given to scanPath, resolved. */
  root: string;
  files: FileReport[];
}

export interface ScanOptions {
  /** Largest decompressed stream (zip entry, compressed joblib) scanned, in bytes. Default 1 GiB. */
  maxDecompressedBytes?: number;
  /** How deep containers may nest (zip in zip, pickle in joblib in gzip). Default 4. */
  maxDepth?: number;
}
