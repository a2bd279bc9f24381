import path from "node:path";
import {
  ConfigurationError,
  checkAlias,
  checkModelName,
  oneOf,
  optionalBoolean,
  optionalNumber,
  optionalString,
  requiredString,
  type Logger,
  type RawInputs,
} from "@mlops/core";
import { environmentAliasFor } from "./deploy.js";
import { DEFAULT_HEALTH, truncate } from "./health.js";
import { CommandTarget } from "./targets/command.js";
import { DirectoryTarget } from "./targets/directory.js";
import { HttpTarget, checkHttpUrl, parseHeaders } from "./targets/http.js";
import { TARGET_KINDS, type DeployOptions, type DeployTarget, type TargetKind } from "./types.js";

/*
 * The step's inputs (action inputs, `mlops deploy` flags, mlops.yml's deploy section: the same
 * kebab-case names everywhere) read into typed options. Every mistake names the input.
 */

export interface TargetConfig {
  kind: TargetKind;
  command?: string;
  url?: string;
  directory?: string;
  /** The deploy command's time limit, or each HTTP attempt's. */
  timeoutMs: number;
  httpRetries: number;
  httpHeaders: Record<string, string>;
  keepVersions: number;
}

export interface DeployInputs {
  options: DeployOptions;
  target: TargetConfig;
  registry: {
    backend: "auto" | "local" | "github";
    path: string | undefined;
    /** registry-artifacts: where versions' files are (directory, release-assets, oci); default by backend. */
    artifacts: string | undefined;
    /** registry-oci: the OCI repository (host/name) of registry-artifacts: oci. */
    oci: string | undefined;
  };
}

export const DEFAULT_COMMAND_TIMEOUT_S = 600;
export const DEFAULT_HTTP_TIMEOUT_S = 30;

export function readDeployInputs(
  read: RawInputs,
  defaults: { target?: TargetKind; directory?: (model: string, environment: string) => string } = {},
): DeployInputs {
  const model = checkModelName(
    requiredString(read, "model", "the model name, e.g. model: weather-classifier"),
  );
  const version = optionalString(read, "version") ?? null;
  if (version !== null && !/^v?\d+$/.test(version)) {
    throw new ConfigurationError(
      `input 'version': expected a version number such as 3 (or v3), found ${JSON.stringify(truncate(version, 40))}; to deploy what an alias points at, use alias: ${/^[a-z]/.test(version) ? version : "staging"}`,
      { code: "input-invalid" },
    );
  }
  const alias = optionalString(read, "alias") ?? null;
  if (alias !== null && alias !== "latest") checkAlias(alias);
  if (version === null && alias === null) {
    throw new ConfigurationError(
      "input 'version' or 'alias' is required: version: 3 deploys version 3, alias: staging deploys what staging points at",
      { code: "input-missing" },
    );
  }
  const environment = optionalString(read, "environment") ?? "production";
  if (environment.length > 255 || /[\u0000-\u001f]/.test(environment)) {
    throw new ConfigurationError(
      `input 'environment': expected a GitHub environment name (at most 255 characters, no control characters)`,
      { code: "input-invalid" },
    );
  }
  const aliasInput = optionalString(read, "environment-alias");
  const environmentAlias =
    aliasInput !== undefined ? checkAlias(aliasInput) : environmentAliasFor(environment);
  const kind = oneOf(optionalString(read, "target") ?? defaults.target ?? "command", "target", TARGET_KINDS);

  const seconds = (name: string, fallback: number, min = 0) =>
    Math.round((optionalNumber(read, name, { min, max: 86_400 }) ?? fallback) * 1000);
  const integer = (name: string, fallback: number, min: number, max: number) =>
    optionalNumber(read, name, { integer: true, min, max }) ?? fallback;

  const target: TargetConfig = {
    kind,
    timeoutMs: seconds(
      "timeout-seconds",
      kind === "http" ? DEFAULT_HTTP_TIMEOUT_S : DEFAULT_COMMAND_TIMEOUT_S,
      0.001,
    ),
    httpRetries: integer("http-retries", 3, 0, 20),
    httpHeaders: parseHeaders(read("http-headers")),
    keepVersions: integer("keep-versions", 5, 2, 1000),
  };
  if (kind === "command") {
    target.command = requiredString(
      read,
      "command",
      "target command runs your deploy script, e.g. command: ./deploy.sh (it gets MODEL_NAME, MODEL_VERSION, MODEL_PATH, MODEL_URI, ENVIRONMENT)",
    );
  } else if (kind === "http") {
    target.url = requiredString(
      read,
      "url",
      "target http POSTs the model to a URL, e.g. url: https://serving.example.com/reload",
    );
    checkHttpUrl(target.url, "url");
  } else {
    const directory = optionalString(read, "directory") ?? defaults.directory?.(model, environmentAlias);
    if (!directory) {
      throw new ConfigurationError(
        "input 'directory' is required: target directory copies the model into a folder, e.g. directory: /srv/models/weather",
        { code: "input-missing" },
      );
    }
    target.directory = directory;
  }

  const healthUrl = optionalString(read, "health-check-url");
  if (healthUrl !== undefined) checkHttpUrl(healthUrl, "health-check-url");
  const options: DeployOptions = {
    model,
    version,
    alias,
    environment,
    environmentAlias,
    rollback: optionalBoolean(read, "rollback") ?? true,
    health: {
      command: optionalString(read, "health-check-command"),
      url: healthUrl,
      count: integer("health-check-count", DEFAULT_HEALTH.count, 1, 1000),
      intervalMs: seconds("health-check-interval-seconds", DEFAULT_HEALTH.intervalMs / 1000),
      timeoutMs: seconds("health-check-timeout-seconds", DEFAULT_HEALTH.timeoutMs / 1000, 0.001),
      initialDelayMs: seconds("health-check-initial-delay-seconds", DEFAULT_HEALTH.initialDelayMs / 1000),
      failureLimit: integer("health-check-failure-limit", DEFAULT_HEALTH.failureLimit, 0, 1000),
      consecutiveErrorLimit: integer(
        "health-check-consecutive-error-limit",
        DEFAULT_HEALTH.consecutiveErrorLimit,
        0,
        1000,
      ),
    },
    environmentUrl: optionalString(read, "environment-url") ?? null,
    transientEnvironment: optionalBoolean(read, "transient-environment") ?? false,
    productionEnvironment:
      optionalBoolean(read, "production-environment") ?? ["production", "prod"].includes(environmentAlias),
  };
  if (options.environmentUrl !== null) checkHttpUrl(options.environmentUrl, "environment-url");
  const backend = oneOf(optionalString(read, "registry") ?? "auto", "registry", [
    "auto",
    "local",
    "github",
  ] as const);
  return {
    options,
    target,
    registry: {
      backend,
      path: optionalString(read, "registry-path"),
      artifacts: optionalString(read, "registry-artifacts"),
      oci: optionalString(read, "registry-oci"),
    },
  };
}

export interface TargetDeps {
  logger: Logger;
  cwd: string;
  env: NodeJS.ProcessEnv;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  provenance?: Record<string, string | null>;
  /** Backoff before the first HTTP retry (doubles each time). */
  httpBackoffMs?: number;
}

export function createTarget(config: TargetConfig, deps: TargetDeps): DeployTarget {
  switch (config.kind) {
    case "command":
      return new CommandTarget({
        command: config.command!,
        timeoutMs: config.timeoutMs,
        cwd: deps.cwd,
        env: deps.env,
        logger: deps.logger,
      });
    case "http":
      return new HttpTarget({
        url: config.url!,
        headers: config.httpHeaders,
        timeoutMs: config.timeoutMs,
        retries: config.httpRetries,
        backoffMs: deps.httpBackoffMs ?? 1_000,
        logger: deps.logger,
        sleep: deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        fetch: deps.fetch ?? globalThis.fetch,
        provenance: deps.provenance,
      });
    case "directory":
      return new DirectoryTarget({
        // Relative to the workspace, like the registry path and the commands' working directory.
        directory: path.resolve(deps.cwd, config.directory!),
        keepVersions: config.keepVersions,
        logger: deps.logger,
      });
  }
}
