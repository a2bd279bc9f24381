export { DataError, type DataErrorCode } from "./errors.js";
export {
  CsvReader,
  formatCsvRecord,
  unescapeField,
  FIELD_ESCAPED,
  FIELD_QUOTED,
  type CsvOptions,
  type CsvSink,
} from "./csv.js";
export { readJsonLines } from "./jsonl.js";
export { readParquet, type ParquetColumnInfo, type ParquetVisitor } from "./parquet.js";
export {
  DatasetProfiler,
  detectFormat,
  resolveFiles,
  DATA_FORMATS,
  type DataFormat,
  type ReadOptions,
} from "./dataset.js";
export { ColumnProfiler, CellKind, type ColumnSketches } from "./column.js";
export { Kll } from "./sketches/kll.js";
export { HyperLogLog } from "./sketches/hll.js";
export { Moments } from "./sketches/moments.js";
export { Frequencies } from "./sketches/frequencies.js";
export { Distribution, quantile } from "./sketches/distribution.js";
export { columnDrift, defaultTest, DRIFT_TESTS, type DriftTest, type DriftSample } from "./drift.js";
export { ksPValue, kolmogorovSf, chi2Sf, normalSf, logGamma } from "./stats.js";
export { inferSchema, datasetChecks, ColumnChecker } from "./schema.js";
export type { DataSchema, ColumnSchema } from "./schema-file.js";
export { renderSummary } from "./summary.js";
export {
  validateData,
  driftSample,
  parseDriftOption,
  FAIL_ON,
  type FailOn,
  type ValidateOptions,
  type ValidateResult,
} from "./validate.js";
