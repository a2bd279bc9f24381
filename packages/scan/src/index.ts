export {
  scanPath,
  scanBytes,
  formatFindings,
  summarizeScan,
  worstVerdict,
  type ScanFinding,
  type ScanSummary,
} from "./scan.js";
export { classifyGlobal, canonicalModule, type GlobalVerdict } from "./policy.js";
export { walkPickle, type PickleSink, type PickleWalkResult } from "./pickle.js";
export { ScanError } from "./source.js";
export type {
  Verdict,
  IssueSeverity,
  GlobalSeverity,
  ModelFormat,
  GlobalRef,
  ScanIssue,
  FileReport,
  ScanReport,
  ScanOptions,
} from "./types.js";
