import path from "node:path";
import {
  ConfigurationError,
  digestTree,
  oneOf,
  optionalList,
  optionalString,
  requiredString,
  type StepDefinition,
  parseYamlWithLocations,
  readDocument,
  readMetricsFile,
  type FileDigest,
  type Logger,
  type Metrics,
  type RunContext,
  type RunRecord,
} from "@mlops/core";
import { code, formatBytes, formatCount, formatNumber, heading, table, text } from "@mlops/core/markdown";
import { idempotencyKeyFor } from "./content.js";
import { enforceScan, readModelScanMode, scanSummaryLine, type ModelScanMode } from "./model-scan.js";
import { openRegistry, type RegistryBackend } from "./open.js";
import { registryConfigInputs, registryOptionsFrom } from "./registry-options.js";
import { modelUri, type RegisterResult, type Registry } from "./types.js";

/*
 * The register-model step, whole: what actions/register-model, `mlops models register` and
 * `mlops run` execute (registerModelStep at the end of this file).
 */

export interface RegisterModelOptions {
  model: string;
  /** Model file or directory; default: the model path in the run record. */
  modelPath?: string | undefined;
  /** Metrics file; default: the run record's metrics. */
  metricsFile?: string | undefined;
  /** RunRecord from the train step: params, metrics and lineage. */
  runRecord?: string | undefined;
  aliases?: string[];
  /** Inline YAML or JSON mapping, or an already parsed one. */
  tags?: string | Record<string, unknown> | undefined;
  backend?: RegistryBackend;
  registryPath?: string | undefined;
  /** Where new versions' files go (directory, release-assets, oci); default by backend. */
  registryArtifacts?: string | undefined;
  /** The OCI repository (host/name) of registry-artifacts: oci. */
  registryOci?: string | undefined;
  token?: string | undefined;
  /** fail (default): a dangerous or unscannable file registers nothing; warn: warn and register; off: no scan. */
  modelScan?: ModelScanMode;
}

export interface RegisterModelDeps {
  ctx: RunContext;
  logger: Logger;
  /** An open registry (tests, the CLI); default: openRegistry(backend, registryPath, token). */
  registry?: Registry;
}

export interface RegisterModelResult extends RegisterResult {
  uri: string;
  registry: Registry;
  /** Markdown for the job summary. */
  summary: string;
}

/** Tags: inline JSON or YAML mapping; values must be scalars and are stored as strings. */
export async function parseTags(
  value: string | Record<string, unknown> | undefined,
): Promise<Record<string, string>> {
  if (value === undefined) return {};
  let parsed: unknown = value;
  if (typeof value === "string") {
    const text = value.trim();
    if (!text) return {};
    // JSON is YAML: one parser takes both `{"team": "x"}` and `{team: x}` or `team: x` lines.
    parsed = (await parseYamlWithLocations(text, "input 'tags'")).value;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ConfigurationError(
      `input 'tags': expected a mapping like {team: forecast}, found ${JSON.stringify(parsed)}`,
      {
        code: "input-invalid",
      },
    );
  }
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(parsed)) {
    if (v === null || typeof v === "object") {
      throw new ConfigurationError(`input 'tags': tag '${key}' must be a string, number or boolean`, {
        code: "input-invalid",
      });
    }
    out[key] = String(v);
  }
  return out;
}

export async function registerModel(
  options: RegisterModelOptions,
  deps: RegisterModelDeps,
): Promise<RegisterModelResult> {
  const { ctx, logger } = deps;
  const run: RunRecord | null = options.runRecord
    ? await readDocument("mlops.run", path.resolve(ctx.workspace, options.runRecord))
    : null;
  if (run && run.status !== "succeeded" && run.status !== "cached") {
    throw new ConfigurationError(
      `${options.runRecord}: the training run ${run.status} (exit code ${run.exitCode}); refusing to register its model`,
      { code: "run-failed", location: { file: options.runRecord } },
    );
  }
  const modelPath = options.modelPath ?? run?.model?.path;
  if (!modelPath) {
    throw new ConfigurationError(
      "input 'model-path' is required (the run record names no model): the model file or directory to register",
      { code: "input-missing" },
    );
  }
  const absoluteModelPath = path.resolve(ctx.workspace, modelPath);
  if (run?.model?.files.length && path.resolve(ctx.workspace, run.model.path) === absoluteModelPath) {
    await checkUnchangedSinceTraining(run.model.files, absoluteModelPath, modelPath, options.runRecord!);
  }
  // Model files are code (pickle runs what it imports): scan the candidate before anything stages it.
  const scan = await enforceScan(absoluteModelPath, options.modelScan ?? "fail", logger, {
    consequence: "registered nothing",
    shown: modelPath,
  });
  let metrics: Metrics | undefined;
  if (options.metricsFile) metrics = await readMetricsFile(path.resolve(ctx.workspace, options.metricsFile));
  const tags = await parseTags(options.tags);
  const registry =
    deps.registry ??
    (await openRegistry(
      registryOptionsFrom(
        null,
        {
          backend: options.backend,
          path: options.registryPath,
          artifacts: options.registryArtifacts,
          oci: options.registryOci,
          token: options.token,
        },
        { ctx, logger },
      ),
    ));
  // A run already registered (same training fingerprint, same files) or a re-run (same key)
  // gets the existing version with created: false: register finds both in its one index read.
  const result = await registry.register({
    model: options.model,
    path: absoluteModelPath,
    metrics: metrics ?? run?.metrics ?? {},
    params: run?.params ?? {},
    run,
    aliases: options.aliases ?? [],
    tags,
    idempotencyKey: idempotencyKeyFor(ctx, options.model),
    createdBy: ctx.actor,
    scan,
  });
  const uri = modelUri(options.model, result.version.number);
  return { ...result, uri, registry, summary: renderSummary(result, uri, registry) };
}

/**
 * The model registered must be the model the run record describes: its metrics and lineage are
 * about those bytes. A file changed (or swapped) between training and registration is refused.
 */
async function checkUnchangedSinceTraining(
  trained: readonly FileDigest[],
  absolute: string,
  shown: string,
  runRecord: string,
): Promise<void> {
  const now = await digestTree(absolute);
  const key = (f: FileDigest) => `${f.path}\0${f.sha256}\0${f.bytes}`;
  const before = new Set(trained.map(key));
  const changed = now.filter((f) => !before.has(key(f))).map((f) => f.path);
  const after = new Set(now.map(key));
  const missing = trained.filter((f) => !after.has(key(f)) && !changed.includes(f.path)).map((f) => f.path);
  if (changed.length || missing.length) {
    const what = [
      changed.length ? `changed or new: ${changed.slice(0, 5).join(", ")}` : "",
      missing.length ? `missing: ${missing.slice(0, 5).join(", ")}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    throw new ConfigurationError(
      `${shown} is not the model ${runRecord} describes (${what}): the files changed after training, so its metrics and lineage would be wrong; ` +
        `register the model the train step wrote (re-run training if the file was meant to change)`,
      { code: "model-changed", location: { file: shown } },
    );
  }
}

function renderSummary(result: RegisterResult, uri: string, registry: Registry): string {
  const v = result.version;
  const metrics = Object.entries(v.metrics)
    .map(([k, value]) => `${code(k)} ${formatNumber(value)}`)
    .join(", ");
  const bytes = v.files.reduce((s, f) => s + f.bytes, 0);
  const lines = [
    heading(
      3,
      `Registered ${text(v.name)} version ${v.number}${result.created ? "" : " (already registered by an earlier attempt)"}`,
    ),
    "",
    table(
      ["", ""],
      [
        ["model URI", code(uri)],
        ["registry", `${registry.kind} (${text(registry.location)})`],
        ["aliases", v.aliases.length ? v.aliases.map((a) => code(a)).join(", ") : "none"],
        ["files", `${formatCount(v.files.length)} (${formatBytes(bytes)})`],
        ["metrics", metrics || "none"],
        ["git sha", v.lineage.gitSha ? code(v.lineage.gitSha.slice(0, 12)) : "unknown"],
        ...(v.artifact
          ? [
              [
                `${text(v.artifact.store)} artifact`,
                `${code(v.artifact.reference)} ${code(v.artifact.digest)}`,
              ],
            ]
          : []),
      ],
    ),
    "",
    text(scanSummaryLine(v.scan), 1000),
    "",
  ];
  return lines.join("\n");
}

/** What a host may pass: an open registry (the CLI opens it with its own flags). */
export interface RegisterModelServices {
  registry?: Registry;
}

/** The register-model step definition: inputs or mlops.yml (model, registry, register:) → registerModel. */
export const registerModelStep: StepDefinition<
  RegisterModelOptions,
  RegisterModelResult,
  RegisterModelServices
> = {
  name: "register-model",
  configSection: (config) => ({
    model: config.model,
    ...registryConfigInputs(config),
    ...config.register,
  }),
  readInputs: (input, ctx) => ({
    model: requiredString(input, "model", "the model name, e.g. model: weather-classifier"),
    modelPath: optionalString(input, "model-path"),
    metricsFile: optionalString(input, "metrics"),
    runRecord: optionalString(input, "run-record"),
    aliases: optionalList(input, "aliases"),
    tags: optionalString(input, "tags"),
    backend: oneOf(optionalString(input, "registry") ?? "auto", "registry", [
      "auto",
      "local",
      "github",
    ] as const),
    registryPath: optionalString(input, "registry-path"),
    registryArtifacts: optionalString(input, "registry-artifacts"),
    registryOci: optionalString(input, "registry-oci"),
    // A token is never read from mlops.yml.
    token: optionalString(ctx.given, "token"),
    modelScan: readModelScanMode(input),
  }),
  run: (options, { context, registry }) =>
    registerModel(options, { ctx: context.run, logger: context.logger, ...(registry ? { registry } : {}) }),
  outputs: (result) => ({
    version: result.version.number,
    "model-uri": result.uri,
    created: result.created,
    aliases: JSON.stringify(result.version.aliases),
  }),
  summary: (result) => result.summary,
  failure: () => null,
};
