import type { FileDigest, Logger, ModelVersion } from "@mlops/core";
import type { Registry } from "@mlops/registry";

export const TARGET_KINDS = ["command", "http", "directory"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Why a model goes to a target: the requested version, or the previous one being restored. */
export type DeployRole = "deploy" | "rollback";

/** A model version on its way to a target. Files are downloaded (and verified) on first use. */
export interface DeployedModel {
  name: string;
  version: number;
  uri: string;
  environment: string;
  role: DeployRole;
  files: FileDigest[];
  /** The GitHub (or local) deployment this delivery belongs to. */
  deploymentId: string | null;
  /** Downloads the version's files (sha256-verified) once and returns the model's path. */
  materialize(): Promise<{ dir: string; modelPath: string }>;
}

export interface TargetResult {
  /** One line for logs and the summary: what the target did. */
  detail: string;
  /** Where the deployed model can be reached, when the target knows (directory: its path). */
  environmentUrl?: string | null;
  /** Where the target put the model on this machine (directory: under current/); health checks get it as MODEL_PATH. */
  servedPath?: string | null;
}

export interface DeployTarget {
  readonly kind: TargetKind;
  /** One line naming the target (no secrets): `command ./deploy.sh`, `http POST https://…`. */
  describe(): string;
  /**
   * A lock directory serialising whole deploys through this target across processes (from
   * reading the environment's alias to moving it), for a target on this machine's disks.
   */
  readonly runLockPath?: string;
  /** Delivers the model; throws a TargetError saying exactly what went wrong. */
  deploy(model: DeployedModel): Promise<TargetResult>;
}

/** A target that did not take the model: exit code, HTTP status, copy failure… */
export class TargetError extends Error {
  override readonly name = "TargetError";
}

// --- health --------------------------------------------------------------------------------

export interface HealthCheckOptions {
  command?: string;
  url?: string;
  /** Measurements to take (Argo Rollouts' `count`). */
  count: number;
  intervalMs: number;
  timeoutMs: number;
  initialDelayMs: number;
  /** The check fails once more than this many measurements failed (`failureLimit`). */
  failureLimit: number;
  /** The check fails once more than this many measurements in a row gave no data (`consecutiveErrorLimit`). */
  consecutiveErrorLimit: number;
}

/** success: healthy answer; failure: an answer saying unhealthy; error: no answer at all. */
export type MeasurementPhase = "success" | "failure" | "error";

export interface Measurement {
  index: number;
  phase: MeasurementPhase;
  /** `HTTP 503`, `exit code 1`, `connection refused`, `timed out after 10 s`… */
  detail: string;
  durationMs: number;
}

export interface HealthResult {
  healthy: boolean;
  /** No health check was configured. */
  skipped: boolean;
  measurements: Measurement[];
  /** One sentence: which check, how many measurements, why it failed. */
  summary: string;
}

// --- recording -----------------------------------------------------------------------------

export type DeploymentState = "queued" | "in_progress" | "success" | "failure" | "error" | "inactive";

export interface DeploymentRequest {
  model: string;
  version: number;
  modelUri: string;
  environment: string;
  /** `deploy` or `deploy:rollback`. */
  task: string;
  description: string;
  /** Commit the deployment is recorded against (GITHUB_SHA); the recorder picks a default. */
  ref: string | null;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  payload: Record<string, unknown>;
}

export interface DeploymentStatusUpdate {
  state: DeploymentState;
  description: string;
  environmentUrl?: string | null;
  logUrl?: string | null;
}

/**
 * Where deployments are recorded: GitHub Deployments inside Actions (packages/github's
 * GitHubDeployments satisfies this), a JSON Lines log beside the local registry otherwise.
 */
export interface DeploymentRecorder {
  readonly kind: "github" | "local";
  /** Human-readable location, for logs. */
  readonly location: string;
  create(request: DeploymentRequest): Promise<{ id: string; url: string | null }>;
  setStatus(id: string, update: DeploymentStatusUpdate): Promise<void>;
}

// --- the step ------------------------------------------------------------------------------

export interface DeployOptions {
  model: string;
  /** A version number ("3", "v3") or null to use `alias`. */
  version: string | null;
  /** Source alias (e.g. staging) used when no version is given. */
  alias: string | null;
  environment: string;
  /** The registry alias that tracks what the environment runs (default: the environment name). */
  environmentAlias: string;
  rollback: boolean;
  health: HealthCheckOptions;
  /** Shown on GitHub's environment page; the target may supply one (directory). */
  environmentUrl: string | null;
  /** GitHub's `transient_environment` (review apps, per-PR environments). */
  transientEnvironment: boolean;
  /** GitHub's `production_environment`; default: the environment is named production/prod. */
  productionEnvironment: boolean;
}

export interface DeployDeps {
  registry: Registry;
  recorder: DeploymentRecorder;
  target: DeployTarget;
  logger: Logger;
  /** Where downloaded versions go (RUNNER_TEMP in Actions). */
  workDir: string;
  /** Base environment for health-check commands (process.env). */
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Link to the workflow run, for the statuses' log_url. */
  logUrl: string | null;
  /** The commit deployed (GITHUB_SHA), when known. */
  ref: string | null;
  /** Extra facts for the payload (repository, run id, actor). */
  provenance?: Record<string, string | null>;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  /**
   * Checks the downloaded, verified files of the version to deploy before the target sees them
   * (the model scan, model-scan.ts in @mlops/registry); throwing stops the deploy with nothing deployed.
   */
  checkModel?: (modelPath: string, version: ModelVersion) => Promise<void>;
}

export type DeployOutcome =
  /** Healthy; the alias moved. */
  | "deployed"
  /** Target or health check failed; the previous version was restored. */
  | "rolled-back"
  /** Target or health check failed and nothing was restored (first deploy, rollback off, or the rollback failed too). */
  | "failed"
  /** Healthy, but another deploy moved the alias first (compare-and-swap lost). */
  | "conflict";

export interface DeployResult {
  /** The model scan's one-line result ("model scan: safe — 12 globals, all on the allowlist"), when scanned or skipped. */
  modelScan?: string;
  outcome: DeployOutcome;
  succeeded: boolean;
  model: string;
  version: number;
  modelUri: string;
  previousVersion: number | null;
  environment: string;
  environmentAlias: string;
  deploymentId: string | null;
  rollbackDeploymentId: string | null;
  rolledBack: boolean;
  environmentUrl: string | null;
  target: string;
  targetDetail: string | null;
  health: HealthResult | null;
  rollbackHealth: HealthResult | null;
  /** Exactly what happened, in sentences; the step's failure message when it failed. */
  message: string;
}
