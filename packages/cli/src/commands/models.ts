import type { Command } from "commander";
import {
  ConfigurationError,
  ConsoleLogger,
  runContextFromEnv,
  type Logger,
  type ModelVersion,
} from "@mlops/core";
import { formatBytes, formatNumber } from "@mlops/core/markdown";
import {
  openRegistry,
  registerModelStep,
  registryOptionsFrom,
  scanSummaryLine,
  type Registry,
} from "@mlops/registry";
import { globalOptions, loadCliConfig, runCliStep } from "../shared.js";

/*
 * `mlops models`: the model registry from a terminal. Tables for people, --json for scripts;
 * log lines go to stderr so stdout carries only the result.
 *
 *   mlops models list
 *   mlops models show weather            every version
 *   mlops models show weather@production one version (also weather:3, weather:latest)
 *   mlops models register --model weather --model-path out/model.onnx [--metrics m.json] [--run-record run.json]
 *   mlops models promote weather 3 production [--expected 2|none]
 *   mlops models download weather@production --dir serving/
 *   mlops models history weather
 */

interface RegistryFlags {
  registry?: string;
  registryPath?: string;
  registryArtifacts?: string;
  registryOci?: string;
  token?: string;
  json?: boolean;
}

function withRegistryOptions(cmd: Command): Command {
  return cmd
    .option("--registry <backend>", "auto (local outside Actions), local or github")
    .option("--registry-path <dir>", "local registry directory (default .mlops/registry)")
    .option(
      "--registry-artifacts <store>",
      "where new versions' files go: directory, release-assets or oci (default: registry.artifacts in mlops.yml, else by backend)",
    )
    .option(
      "--registry-oci <repository>",
      "the OCI repository of --registry-artifacts oci, host/name (default: registry.oci in mlops.yml)",
    )
    .option("--token <token>", "GitHub token for --registry github (default: $GITHUB_TOKEN)")
    .option("--json", "print JSON instead of a table");
}

function cliLogger(cmd: Command): Logger {
  return new ConsoleLogger({
    verbose: Boolean(globalOptions(cmd).verbose),
    out: (line) => process.stderr.write(line + "\n"),
  });
}

async function open(cmd: Command, logger: Logger): Promise<Registry> {
  const flags = cmd.opts<RegistryFlags>();
  const config = await loadCliConfig(cmd);
  return await openRegistry(
    registryOptionsFrom(
      config,
      {
        backend: flags.registry,
        path: flags.registryPath,
        artifacts: flags.registryArtifacts,
        oci: flags.registryOci,
        token: flags.token ?? process.env.GITHUB_TOKEN,
      },
      { ctx: runContextFromEnv(), logger },
    ),
  );
}

/** `model`, `model@alias`, `model:3`, `model:v3`, `model:latest`. */
export function parseModelRef(text: string): { model: string; ref: string | null } {
  const at = text.indexOf("@");
  const colon = text.indexOf(":");
  const cut = at >= 0 ? at : colon;
  if (cut < 0) return { model: text, ref: null };
  const ref = text.slice(cut + 1);
  if (!ref) {
    throw new ConfigurationError(
      `${JSON.stringify(text)}: expected <model>@<alias> or <model>:<version> after the separator`,
      {
        code: "input-invalid",
      },
    );
  }
  return { model: text.slice(0, cut), ref };
}

function print(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : text + "\n");
}

function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

/** Strips terminal control characters from stored text before printing it. */
function clean(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}

/** A plain-text table: columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const cells = [header, ...rows].map((r) => r.map(clean));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  return cells
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join("  "))
    .join("\n");
}

function formatMetrics(metrics: Record<string, number>, max = 4): string {
  const entries = Object.entries(metrics);
  const shown = entries.slice(0, max).map(([k, v]) => `${k}=${formatNumber(v)}`);
  return shown.join(" ") + (entries.length > max ? ` (+${entries.length - max})` : "") || "-";
}

function describeVersion(v: ModelVersion): string {
  const lines = [
    `${v.name} version ${v.number}   ${v.uri}`,
    `  created      ${v.created}${v.createdBy ? ` by ${v.createdBy}` : ""}`,
    `  aliases      ${v.aliases.join(", ") || "-"}`,
    `  git          ${v.lineage.gitSha ?? "-"}${v.lineage.repository ? ` (${v.lineage.repository})` : ""}`,
    `  workflow run ${v.lineage.workflowRunId ?? "-"}${v.lineage.runAttempt ? ` attempt ${v.lineage.runAttempt}` : ""}`,
    `  parent       ${v.lineage.parentVersion ?? "-"}`,
    `  content      ${v.contentDigest}`,
    `  model scan   ${scanSummaryLine(v.scan).replace(/^model scan: /, "")}`,
  ];
  if (v.artifact) {
    lines.push(`  artifact     ${v.artifact.store} ${v.artifact.reference}`);
    lines.push(`  digest       ${v.artifact.digest}`);
  }
  if (v.lineage.data.length) {
    lines.push("  data");
    for (const d of v.lineage.data) lines.push(`    ${d.path}  ${d.sha256.slice(0, 12)}`);
  }
  lines.push("  metrics");
  for (const [k, value] of Object.entries(v.metrics)) lines.push(`    ${k} = ${value}`);
  if (Object.keys(v.params).length) {
    lines.push("  params");
    for (const [k, value] of Object.entries(v.params)) lines.push(`    ${k} = ${JSON.stringify(value)}`);
  }
  if (Object.keys(v.tags).length) {
    lines.push("  tags");
    for (const [k, value] of Object.entries(v.tags)) lines.push(`    ${k} = ${value}`);
  }
  lines.push("  files");
  for (const f of v.files) lines.push(`    ${f.path}  ${formatBytes(f.bytes)}  sha256 ${f.sha256}`);
  return lines.map(clean).join("\n");
}

export function registerModels(program: Command): void {
  const models = program
    .command("models")
    .description("the model registry: list, show, register, promote, download");
  registerModelsList(models);
  registerModelsShow(models);
  registerModelsRegister(models);
  registerModelsPromote(models);
  registerModelsDownload(models);
  registerModelsHistory(models);
}

function registerModelsList(models: Command): void {
  withRegistryOptions(
    models.command("list").description("every model with its latest version and aliases"),
  ).action(async (_opts: unknown, cmd: Command) => {
    const registry = await open(cmd, cliLogger(cmd));
    const list = await registry.listModels();
    if (cmd.opts<RegistryFlags>().json) return printJson(list);
    if (!list.length)
      return print(`no models in ${registry.location} yet; register one with: mlops models register`);
    print(
      table(
        ["MODEL", "LATEST", "VERSIONS", "ALIASES"],
        list.map((m) => [
          m.name,
          String(m.latest),
          String(m.versions),
          Object.entries(m.aliases)
            .map(([a, n]) => `${a}→v${n}`)
            .join(" ") || "-",
        ]),
      ),
    );
  });
}

function registerModelsShow(models: Command): void {
  withRegistryOptions(
    models
      .command("show")
      .argument("<model>", "model, model@alias or model:version")
      .description("the versions of a model, or one version in detail"),
  ).action(async (target: string, _opts: unknown, cmd: Command) => {
    const registry = await open(cmd, cliLogger(cmd));
    const { model, ref } = parseModelRef(target);
    const json = cmd.opts<RegistryFlags>().json;
    if (ref !== null) {
      const version = await registry.resolve(model, ref);
      return json ? printJson(version) : print(describeVersion(version));
    }
    const versions = await registry.list(model);
    if (json) return printJson(versions);
    // The artifact's digest (an OCI manifest's) only when some version has one.
    const artifacts = versions.some((v) => v.artifact);
    print(
      table(
        ["VERSION", "CREATED", "ALIASES", "METRICS", "FILES", ...(artifacts ? ["DIGEST"] : [])],
        versions.map((v) => [
          String(v.number),
          v.created.replace(/\.\d+Z$/, "Z"),
          v.aliases.join(",") || "-",
          formatMetrics(v.metrics),
          `${v.files.length} (${formatBytes(v.files.reduce((s, f) => s + f.bytes, 0))})`,
          ...(artifacts ? [v.artifact?.digest ?? "-"] : []),
        ]),
      ),
    );
  });
}

function registerModelsRegister(models: Command): void {
  withRegistryOptions(
    models
      .command("register")
      .description("register a model file or directory as the next version")
      .option("--model <name>", "model name (default: model in mlops.yml)")
      .option("--model-path <path>", "model file or directory (default: the run record's model)")
      .option("--metrics <file>", "metrics file (JSON/YAML/CSV)")
      .option("--run-record <file>", "RunRecord from `mlops train` (params, metrics, lineage)")
      .option("--aliases <list>", "aliases to point at the new version, comma-separated")
      .option("--tags <mapping>", "tags as inline YAML or JSON, e.g. '{team: forecast}'")
      .option(
        "--model-scan <mode>",
        "scan the model files for code first: fail (default: a dangerous global or unscannable file registers nothing), warn or off",
      ),
  ).action((_opts: unknown, cmd: Command) => {
    const logger = cliLogger(cmd);
    return runCliStep(cmd, registerModelStep, async () => ({ registry: await open(cmd, logger) }), {
      logger,
      report: ({ result, options }) => {
        if (cmd.opts<RegistryFlags>().json)
          return printJson({ created: result.created, uri: result.uri, version: result.version });
        print(
          result.created
            ? `registered ${options.model} version ${result.version.number}  ${result.uri}`
            : `already registered: ${options.model} version ${result.version.number}  ${result.uri}`,
        );
      },
    });
  });
}

function registerModelsPromote(models: Command): void {
  withRegistryOptions(
    models
      .command("promote")
      .argument("<model>", "model name")
      .argument("<version>", "version to point the alias at (3 or v3)")
      .argument("<alias>", "alias to move, e.g. production")
      .option(
        "--expected <version>",
        "only move it if it points at this version now ('none': does not exist yet)",
      )
      .description("point an alias at a version (compare-and-swap with --expected)"),
  ).action(async (model: string, versionText: string, alias: string, _opts: unknown, cmd: Command) => {
    const registry = await open(cmd, cliLogger(cmd));
    const flags = cmd.opts<RegistryFlags & { expected?: string }>();
    const version = (await registry.resolve(model, versionText)).number;
    let expected: number | null | undefined;
    if (flags.expected !== undefined) {
      expected = flags.expected === "none" ? null : (await registry.resolve(model, flags.expected)).number;
    }
    const change = await registry.setAlias(model, alias, version, expected === undefined ? {} : { expected });
    if (flags.json) return printJson(change);
    print(
      `${model}: ${alias} → version ${change.current}` +
        (change.previous === null
          ? " (new alias)"
          : change.previous === change.current
            ? " (unchanged)"
            : ` (was version ${change.previous})`),
    );
  });
}

function registerModelsDownload(models: Command): void {
  withRegistryOptions(
    models
      .command("download")
      .argument("<model>", "model@alias, model:version or model (latest)")
      .option("--dir <dir>", "directory to write the files to", ".")
      .description("download a version's files, verifying every sha256"),
  ).action(async (target: string, _opts: unknown, cmd: Command) => {
    const registry = await open(cmd, cliLogger(cmd));
    const flags = cmd.opts<RegistryFlags & { dir: string }>();
    const { model, ref } = parseModelRef(target);
    const version = await registry.resolve(model, ref ?? "latest");
    const result = await registry.download(model, version.number, flags.dir);
    if (flags.json)
      return printJson({ dir: result.dir, modelPath: result.modelPath, version: result.version });
    print(
      `downloaded ${model} version ${version.number} (${version.files.length} file(s), sha256 verified) to ${result.modelPath}`,
    );
  });
}

function registerModelsHistory(models: Command): void {
  withRegistryOptions(
    models
      .command("history")
      .argument("<model>", "model name")
      .description("the audit log: registrations and alias moves"),
  ).action(async (model: string, _opts: unknown, cmd: Command) => {
    const registry = await open(cmd, cliLogger(cmd));
    const entries = await registry.history(model);
    if (cmd.opts<RegistryFlags>().json) return printJson(entries);
    print(
      table(
        ["WHEN", "ACTION", "VERSION", "ALIAS", "PREVIOUS", "BY"],
        entries.map((e) => [
          e.at.replace(/\.\d+Z$/, "Z"),
          e.action,
          e.version === null ? "-" : String(e.version),
          e.alias ?? "-",
          e.previous === null ? "-" : String(e.previous),
          e.actor ?? "-",
        ]),
      ),
    );
  });
}
