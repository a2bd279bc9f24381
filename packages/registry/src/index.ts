export * from "./types.js";
export { IndexedRegistry, type IndexedRegistryOptions } from "./indexed-registry.js";
export type { ArtifactStore, Fence, IndexChange, IndexStore, IndexWrite, Staged } from "./ports.js";
export type { IndexEntry, ModelIndex, VersionStorage } from "./model-index.js";
export { LocalRegistry, type LocalRegistryOptions } from "./local-registry.js";
export { LocalIndexStore, type LocalIndexStoreOptions } from "./local-index-store.js";
export { DirectoryArtifactStore, type DirectoryArtifactStoreOptions } from "./directory-artifact-store.js";
export {
  openRegistry,
  DEFAULT_LOCAL_REGISTRY,
  ARTIFACT_STORES,
  type ArtifactStoreContext,
  type ArtifactStoreName,
  type OpenRegistryOptions,
  type RegistryBackend,
} from "./open.js";
export { registryConfigInputs, registryOptionsFrom, type RegistryInputs } from "./registry-options.js";
export {
  idempotencyKeyFor,
  contentDigest,
  safeRelativePath,
  safeJoin,
  checkStoredCopy,
  DEFAULT_MAX_DOWNLOAD_BYTES,
  type ModelSource,
} from "./content.js";
export { withLock, type LockOptions, type HeldLock } from "./lock.js";
export {
  registerModel,
  registerModelStep,
  parseTags,
  type RegisterModelServices,
  type RegisterModelOptions,
  type RegisterModelDeps,
  type RegisterModelResult,
} from "./register-model.js";
export {
  enforceScan,
  readModelScanMode,
  scanSummaryLine,
  MODEL_SCAN_MODES,
  type ModelScan,
  type ModelScanMode,
  type EnforceScanOptions,
} from "./model-scan.js";
