import { existsSync, statSync } from "node:fs";
import path from "node:path";
import {
  checkAlias,
  ConfigurationError,
  parseDocument,
  readJsonFile,
  readMetricsFile,
  type Logger,
  type Metrics,
  type ModelArtifact,
} from "@mlops/core";
import type { DownloadResult, Registry } from "@mlops/registry";

/*
 * Where the baseline's metrics come from: `none`, a registry alias or version, or a file
 * (metrics JSON/YAML/CSV, a RunRecord, or a ModelVersion document).
 */

export type BaselineSpec =
  | { kind: "none" }
  | { kind: "file"; path: string }
  | { kind: "version"; version: number }
  | { kind: "alias"; alias: string };

const FILE_EXT = /\.(json|ya?ml|csv)$/i;

export function parseBaselineSpec(value: string | undefined, cwd: string): BaselineSpec {
  const v = (value ?? "").trim();
  if (v === "" || v.toLowerCase() === "none") return { kind: "none" };
  const version = /^v?(\d+)$/.exec(v);
  if (version) {
    const n = Number(version[1]);
    if (!Number.isSafeInteger(n) || n < 1) {
      throw new ConfigurationError(
        `baseline: version ${JSON.stringify(v)} is not valid: versions start at 1`,
        {
          code: "input-invalid",
        },
      );
    }
    return { kind: "version", version: n };
  }
  const resolved = path.resolve(cwd, v);
  if (existsSync(resolved) || FILE_EXT.test(v) || v.includes("/") || v.includes("\\")) {
    if (!existsSync(resolved)) {
      throw new ConfigurationError(
        `baseline: ${v}: file not found (give a metrics or RunRecord file, a registry alias such as production, a version number, or none)`,
        { code: "baseline-missing", location: { file: v } },
      );
    }
    if (statSync(resolved).isDirectory()) {
      throw new ConfigurationError(`baseline: ${v}: expected a file, found a directory`, {
        code: "baseline-missing",
        location: { file: v },
      });
    }
    return { kind: "file", path: v };
  }
  try {
    return { kind: "alias", alias: checkAlias(v) };
  } catch (error) {
    throw new ConfigurationError(
      `baseline: ${JSON.stringify(v)} is neither none, a version number, an existing file, nor a valid alias (${(error as Error).message})`,
      { code: "input-invalid" },
    );
  }
}

export interface ResolvedBaseline {
  source: string;
  metrics: Metrics;
  version: number | null;
  alias: string | null;
  runId: string | null;
  gitSha: string | null;
  params?: Record<string, unknown>;
  /** A registry version's content digest (files, metrics, params). */
  contentDigest?: string;
  /** Where the version's artifact store keeps its files (OCI: manifest reference and digest). */
  artifact?: ModelArtifact;
  /** A RunRecord's model files (train's model-path, relative to the workspace). */
  modelPath?: string;
  /** Downloads a registry version's files (sha256-verified) into `dir`. */
  download?: (dir: string) => Promise<DownloadResult>;
}

/** Metrics from a metrics file, a RunRecord or a ModelVersion document, with their identity. */
export async function readMetricsSource(file: string, cwd: string): Promise<Omit<ResolvedBaseline, "alias">> {
  const full = path.resolve(cwd, file);
  if (/\.json$/i.test(file)) {
    const value = await readJsonFile(full);
    const kind = value && typeof value === "object" ? (value as { kind?: unknown }).kind : undefined;
    if (kind === "mlops.run") {
      const run = await parseDocument("mlops.run", value, file);
      return {
        source: file,
        metrics: run.metrics,
        version: null,
        runId: run.id,
        gitSha: run.git.sha,
        params: run.params,
        ...(run.model ? { modelPath: run.model.path } : {}),
      };
    }
    if (kind === "mlops.model-version") {
      const mv = await parseDocument("mlops.model-version", value, file);
      return {
        source: file,
        metrics: mv.metrics,
        version: mv.number,
        runId: mv.run?.id ?? null,
        gitSha: mv.lineage.gitSha,
        params: mv.params,
        ...(mv.artifact ? { artifact: mv.artifact } : {}),
      };
    }
    if (typeof kind === "string" && kind.startsWith("mlops.")) {
      throw new ConfigurationError(
        `${file}: a '${kind}' document holds no model metrics; give a metrics file, a RunRecord or a ModelVersion`,
        { code: "document-kind", location: { file } },
      );
    }
  }
  const metrics = await readMetricsFile(full);
  return { source: file, metrics, version: null, runId: null, gitSha: null };
}

/**
 * The baseline's metrics, or null when there is none: `none`, or a registry without the model
 * or the alias (the very first model).
 */
export async function resolveBaseline(
  spec: BaselineSpec,
  options: { model: string | null; cwd: string; logger: Logger; openRegistry?: () => Promise<Registry> },
): Promise<ResolvedBaseline | null> {
  if (spec.kind === "none") return null;
  if (spec.kind === "file") return { ...(await readMetricsSource(spec.path, options.cwd)), alias: null };
  const ref = spec.kind === "version" ? spec.version : spec.alias;
  if (!options.model) {
    throw new ConfigurationError(
      `baseline '${ref}' is looked up in the model registry, which needs the model name: set model (or baseline: none, or a metrics file)`,
      { code: "input-missing" },
    );
  }
  if (!options.openRegistry) {
    throw new ConfigurationError(
      `baseline '${ref}': no model registry is available here; give a metrics file or none`,
      {
        code: "registry-unavailable",
      },
    );
  }
  const registry = await options.openRegistry();
  const mv =
    spec.kind === "version"
      ? await registry.resolve(options.model, spec.version)
      : await registry.resolve(options.model, spec.alias, { optional: true });
  if (!mv) {
    options.logger.notice(
      `no baseline: model '${options.model}' has no '${ref}' version in the ${registry.kind} registry (${registry.location}) yet; only absolute gates apply`,
    );
    return null;
  }
  return {
    source: `${registry.kind} registry ${registry.location}: ${options.model} v${mv.number}${spec.kind === "alias" ? ` (${spec.alias})` : ""}`,
    metrics: mv.metrics,
    version: mv.number,
    alias: spec.kind === "alias" ? spec.alias : null,
    runId: mv.run?.id ?? null,
    gitSha: mv.lineage.gitSha,
    params: mv.params,
    contentDigest: mv.contentDigest,
    ...(mv.artifact ? { artifact: mv.artifact } : {}),
    download: (dir) => registry.download(options.model!, mv.number, dir),
  };
}
