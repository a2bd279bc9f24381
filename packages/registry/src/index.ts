export * from "./types.js";
export { LocalRegistry, type LocalRegistryOptions } from "./local-registry.js";
export {
  openRegistry,
  DEFAULT_LOCAL_REGISTRY,
  type OpenRegistryOptions,
  type RegistryBackend,
} from "./open.js";
export {
  idempotencyKeyFor,
  contentDigest,
  safeRelativePath,
  safeJoin,
  DEFAULT_MAX_DOWNLOAD_BYTES,
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
