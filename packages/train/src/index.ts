export { runTraining, runFingerprint, newRunId } from "./train.js";
export type { ArtifactUploader, TrainDeps, TrainResult, RunStatus } from "./train.js";
export { readTrainInputs, checkArtifactName, DEFAULT_TIMEOUT_MINUTES } from "./options.js";
export type { TrainOptions } from "./options.js";
export { RunCache, cacheKey, CACHE_KEY_PREFIX } from "./run-cache.js";
export type { RemoteRunCache, CacheEntry, CacheEntryMeta } from "./run-cache.js";
export { parseMlopsLine, MlopsLineScanner, emptyReport, MLOPS_LINE_PREFIX } from "./metric-lines.js";
export type { ReportedValues } from "./metric-lines.js";
export { loadParams } from "./params.js";
export { codeDigest } from "./code-digest.js";
export { runShellCommand, TIMEOUT_EXIT_CODE } from "./command.js";
export { trainSummary, trainOutputs, displayPath } from "./summary.js";
export { trainStep, DEFAULT_ARTIFACT_NAME, type TrainServices } from "./step.js";
export { explainCacheStep, explainTrainCache, type CacheExplainResult } from "./explain-step.js";
export {
  computeCacheKey,
  compareWithRecord,
  explainCache,
  lockFiles,
  LOCK_FILES,
  type CacheKey,
  type FingerprintInputs,
} from "./cache-key.js";
