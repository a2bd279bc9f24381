export * from "./types.js";
export { deployModel, environmentAliasFor } from "./deploy.js";
export {
  readDeployInputs,
  createTarget,
  type DeployInputs,
  type TargetConfig,
  type TargetDeps,
} from "./inputs.js";
export { runHealthCheck, describeHealthCheck, DEFAULT_HEALTH, redactUrl } from "./health.js";
export { CommandTarget, modelEnv } from "./targets/command.js";
export { HttpTarget, deployPayload, parseHeaders, retryAfterMs } from "./targets/http.js";
export {
  DirectoryTarget,
  CURRENT_LINK,
  CURRENT_MANIFEST,
  type CurrentManifest,
} from "./targets/directory.js";
export { LocalDeploymentLog, type LocalDeployment } from "./local-log.js";
export { runShell, type ShellResult } from "./process.js";
export { renderDeploySummary } from "./summary.js";
export { deployStep, deployConfigSection, type DeployServices, type DeployStepOptions } from "./step.js";
