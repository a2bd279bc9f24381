import { ConfigurationError, type Logger, type MlopsConfig, type RunContext } from "@mlops/core";
import {
  ARTIFACT_STORES,
  type ArtifactStoreName,
  type OpenRegistryOptions,
  type RegistryBackend,
} from "./open.js";

/*
 * One way for every step to say which registry it opens: mlops.yml's `registry:` section
 * (backend, path, artifacts, oci), overridden by what the host was given (action inputs
 * `registry`, `registry-path`, `registry-artifacts`, `registry-oci`; the CLI's flags of the
 * same names). Each step's configSection spreads registryConfigInputs, and every openRegistry
 * call goes through registryOptionsFrom, so a store chosen in mlops.yml is the one every step
 * reads and writes.
 */

/** mlops.yml's registry section by step input name (what an input that is not given falls back to). */
export function registryConfigInputs(config: MlopsConfig | null | undefined): Record<string, unknown> {
  const registry = config?.registry;
  return {
    registry: registry?.backend,
    "registry-path": registry?.path,
    "registry-artifacts": registry?.artifacts,
    "registry-oci": registry?.oci,
  };
}

/** What a host was given for the registry (undefined or null: not given, mlops.yml decides). */
export interface RegistryInputs {
  backend?: string | null | undefined;
  path?: string | null | undefined;
  artifacts?: string | null | undefined;
  oci?: string | null | undefined;
  token?: string | null | undefined;
  branch?: string | null | undefined;
}

function given(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

/**
 * The openRegistry options of a step: its inputs over mlops.yml's registry section, backend
 * `auto` when neither names one. A store name that is not one of ARTIFACT_STORES is refused
 * here, naming where it came from.
 */
export function registryOptionsFrom(
  config: MlopsConfig | null | undefined,
  inputs: RegistryInputs,
  run: { ctx: RunContext; logger: Logger },
): OpenRegistryOptions {
  const section = config?.registry;
  const backend = (given(inputs.backend) ?? section?.backend ?? "auto") as RegistryBackend;
  const path = given(inputs.path) ?? given(section?.path);
  const artifactsInput = given(inputs.artifacts);
  const artifacts = artifactsInput ?? section?.artifacts;
  if (artifacts !== undefined && !Object.hasOwn(ARTIFACT_STORES, artifacts)) {
    throw new ConfigurationError(
      `${artifactsInput !== undefined ? "input 'registry-artifacts'" : "mlops.yml registry.artifacts"}: expected one of ${Object.keys(
        ARTIFACT_STORES,
      )
        .map((name) => `'${name}'`)
        .join(", ")}, found ${JSON.stringify(artifacts)}`,
      { code: "input-invalid" },
    );
  }
  const oci = given(inputs.oci) ?? given(section?.oci);
  const token = given(inputs.token);
  const branch = given(inputs.branch);
  return {
    backend,
    ...(path !== undefined ? { path } : {}),
    ...(artifacts !== undefined ? { artifacts: artifacts as ArtifactStoreName } : {}),
    ...(oci !== undefined ? { oci } : {}),
    ...(token !== undefined ? { token } : {}),
    ...(branch !== undefined ? { branch } : {}),
    ctx: run.ctx,
    logger: run.logger,
  };
}
