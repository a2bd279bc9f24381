import { createReadStream, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  checkModelName,
  ConfigurationError,
  appendLineDurable,
  parseJson,
  syncDirectory,
  uniqueSuffix,
  workflowRunUrl,
  writeJsonAtomic,
  type Logger,
  type ModelVersion,
  type RunContext,
} from "@mlops/core";
import { downloadVerified, inspectModelPath, safeJoin, stageModelFiles } from "./content.js";
import { withLock, type LockOptions } from "./lock.js";
import {
  aliasesOf,
  applyAlias,
  applyRegister,
  checkIndex,
  checkRequestNames,
  documentOf,
  emptyIndex,
  historyEntry,
  missingModel,
  resolveIn,
  summaryOf,
  versionsOf,
  type ModelIndex,
} from "./model-index.js";
import { checkVersionDocument, prepareVersion, withParent } from "./prepare.js";
import {
  modelUri,
  type AliasChange,
  type DownloadResult,
  type HistoryEntry,
  type ModelSummary,
  type RegisterRequest,
  type RegisterResult,
  type Registry,
} from "./types.js";

/*
 * The registry in a directory (the embedded default: laptops, CI without a token, shared disks).
 *
 *   <root>/<model>/index.json                   the index: every version's document + aliases
 *   <root>/<model>/audit.jsonl                  append-only: one HistoryEntry per change
 *   <root>/<model>/versions/<n>/model-version.json
 *   <root>/<model>/versions/<n>/files/…         the model's files, as registered
 *   <root>/<model>/.lock/                       the cross-process lock (lock.ts)
 *   <root>/<model>/.staging/                    files being copied in before they get a number
 *
 * A registration copies and hashes its files into .staging first (outside the lock), then,
 * under the lock: checks idempotency, takes number = versions + 1, renames the staged directory
 * to versions/<n>, rewrites index.json atomically, and appends to audit.jsonl. A crash before
 * the index rename leaves an unreferenced versions/<n>, which the next registration moves aside:
 * a number becomes visible only with the index, so versions stay gapless and are never reused.
 */

export interface LocalRegistryOptions {
  root: string;
  logger: Logger;
  ctx?: RunContext | null;
  lock?: Omit<LockOptions, "logger" | "purpose">;
  maxDownloadBytes?: number;
}

const STAGING_MAX_AGE_MS = 24 * 3600 * 1000;

export class LocalRegistry implements Registry {
  readonly kind = "local" as const;
  readonly location: string;
  private readonly root: string;
  private readonly logger: Logger;
  private readonly ctx: RunContext | null;
  private readonly lockOptions: LocalRegistryOptions["lock"];
  private readonly maxDownloadBytes: number | undefined;

  constructor(options: LocalRegistryOptions) {
    this.root = path.resolve(options.root);
    this.location = options.root;
    this.logger = options.logger;
    this.ctx = options.ctx ?? null;
    this.lockOptions = options.lock;
    this.maxDownloadBytes = options.maxDownloadBytes;
  }

  private modelDir(model: string): string {
    return path.join(this.root, checkModelName(model));
  }

  private indexFile(model: string): string {
    return path.join(this.modelDir(model), "index.json");
  }

  private async readIndex(model: string): Promise<ModelIndex | null> {
    const file = this.indexFile(model);
    const text = await readTextIfExists(file);
    if (text === null) return null;
    return checkIndex(parseJson(text, file), model, file);
  }

  private async requireIndex(model: string): Promise<ModelIndex> {
    const index = await this.readIndex(model);
    if (index) return index;
    throw missingModel(
      model,
      (await this.listModels()).map((m) => m.name),
    );
  }

  private locked<T>(model: string, fn: (assertHeld: () => Promise<void>) => Promise<T>): Promise<T> {
    return withLock(path.join(this.modelDir(model), ".lock"), (held) => fn(() => held.assertHeld()), {
      ...this.lockOptions,
      logger: this.logger,
      purpose: `registry (${model})`,
    });
  }

  private actor(): string {
    if (this.ctx?.actor) return this.ctx.actor;
    try {
      return os.userInfo().username;
    } catch {
      return "unknown";
    }
  }

  private source(): string {
    return (this.ctx && workflowRunUrl(this.ctx)) ?? `pid ${process.pid} on ${os.hostname()}`;
  }

  private async audit(model: string, entries: HistoryEntry[]): Promise<void> {
    const file = path.join(this.modelDir(model), "audit.jsonl");
    const text = await readTextIfExists(file);
    // A crash mid-append leaves a torn last line; start the next entry on a line of its own.
    if (text && !text.endsWith("\n")) await appendLineDurable(file, "");
    for (const entry of entries) await appendLineDurable(file, JSON.stringify(entry));
  }

  async register(request: RegisterRequest): Promise<RegisterResult> {
    checkRequestNames(request.model, request.aliases ?? [], request.tags ?? {});
    const modelDir = this.modelDir(request.model);
    const source = await inspectModelPath(request.path);
    const stagingRoot = path.join(modelDir, ".staging");
    const staging = path.join(stagingRoot, uniqueSuffix());
    await fs.mkdir(staging, { recursive: true });
    try {
      const files = await stageModelFiles(source, path.join(staging, "files"));
      const prepared = prepareVersion(request, files, { backend: "local", layout: source.layout }, this.ctx);
      return await this.locked(request.model, async (assertHeld) => {
        const index = (await this.readIndex(request.model)) ?? emptyIndex(request.model);
        const outcome = applyRegister(
          index,
          withParent(prepared, index, request.parentVersion !== undefined),
          (n) => modelUri(request.model, n),
        );
        if (!outcome.created) {
          this.logger.info(
            `${request.model}: this registration (key ${prepared.document.idempotencyKey}) already made version ${outcome.version}; nothing new was stored`,
          );
          return { version: documentOf(index, outcome.version), created: false };
        }
        const n = outcome.version;
        const document = await checkVersionDocument({
          ...outcome.entry.document,
          aliases: aliasesOf(outcome.index, n),
        });
        await writeJsonAtomic(path.join(staging, "model-version.json"), { ...document, aliases: [] });
        const versionsDir = path.join(modelDir, "versions");
        const versionDir = path.join(versionsDir, String(n));
        await fs.mkdir(versionsDir, { recursive: true });
        if (await exists(versionDir)) {
          // Left by a registration that crashed before its index write: it never became visible.
          const aside = path.join(stagingRoot, `orphan-v${n}-${uniqueSuffix()}`);
          await fs.rename(versionDir, aside);
          this.logger.warning(
            `${request.model}: moved aside versions/${n}, left by an interrupted registration`,
          );
          await fs.rm(aside, { recursive: true, force: true });
        }
        await assertHeld();
        await fs.rename(staging, versionDir);
        await syncDirectory(versionsDir);
        await writeJsonAtomic(this.indexFile(request.model), outcome.index);
        const actor = this.actor();
        const source = this.source();
        await this.audit(request.model, [
          historyEntry({
            action: "register",
            model: request.model,
            version: n,
            alias: null,
            previous: null,
            actor,
            source,
          }),
          ...prepared.aliases.map((alias) =>
            historyEntry({
              action: "set-alias",
              model: request.model,
              version: n,
              alias,
              previous: index.aliases[alias] ?? null,
              actor,
              source,
            }),
          ),
        ]);
        await this.sweepStaging(stagingRoot);
        this.logger.info(
          `${request.model}: registered version ${n} (${files.length} file(s)) in ${this.location}`,
        );
        return { version: document, created: true };
      });
    } finally {
      await fs.rm(staging, { recursive: true, force: true });
    }
  }

  /** Removes staging directories of registrations that died long ago. */
  private async sweepStaging(stagingRoot: string): Promise<void> {
    try {
      for (const name of await fs.readdir(stagingRoot)) {
        const full = path.join(stagingRoot, name);
        const stat = await fs.stat(full).catch(() => null);
        if (stat && Date.now() - stat.mtimeMs > STAGING_MAX_AGE_MS)
          await fs.rm(full, { recursive: true, force: true });
      }
    } catch {
      /* best effort */
    }
  }

  async get(model: string, version: number): Promise<ModelVersion> {
    return documentOf(await this.requireIndex(model), version);
  }

  async listModels(): Promise<ModelSummary[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    const out: ModelSummary[] = [];
    for (const name of names.sort()) {
      if (name.startsWith(".")) continue;
      try {
        checkModelName(name);
      } catch {
        continue;
      }
      const index = await this.readIndex(name);
      if (index && index.versions.length) out.push(summaryOf(index));
    }
    return out;
  }

  async list(model: string): Promise<ModelVersion[]> {
    return versionsOf(await this.requireIndex(model));
  }

  resolve(model: string, ref: string | number): Promise<ModelVersion>;
  resolve(model: string, ref: string | number, options: { optional: true }): Promise<ModelVersion | null>;
  async resolve(
    model: string,
    ref: string | number,
    options?: { optional: true },
  ): Promise<ModelVersion | null> {
    return await resolveIn(await this.readIndex(model), model, ref, options?.optional === true, async () =>
      (await this.listModels()).map((m) => m.name),
    );
  }

  setAlias(
    model: string,
    alias: string,
    version: number,
    options: { expected?: number | null } = {},
  ): Promise<AliasChange> {
    return this.moveAlias(model, alias, version, options);
  }

  removeAlias(
    model: string,
    alias: string,
    options: { expected?: number | null } = {},
  ): Promise<AliasChange> {
    return this.moveAlias(model, alias, null, options);
  }

  private async moveAlias(
    model: string,
    alias: string,
    version: number | null,
    options: { expected?: number | null },
  ): Promise<AliasChange> {
    await this.requireIndex(model);
    return await this.locked(model, async (assertHeld) => {
      const index = await this.requireIndex(model);
      const { index: next, change } = applyAlias(index, alias, version, options);
      await assertHeld();
      await writeJsonAtomic(this.indexFile(model), next);
      await this.audit(model, [
        historyEntry({
          action: version === null ? "remove-alias" : "set-alias",
          model,
          version,
          alias,
          previous: change.previous,
          actor: this.actor(),
          source: this.source(),
        }),
      ]);
      this.logger.info(
        version === null
          ? `${model}: removed alias ${alias} (was version ${change.previous})`
          : `${model}: alias ${alias} → version ${version}${change.previous !== null ? ` (was ${change.previous})` : ""}`,
      );
      return change;
    });
  }

  async download(model: string, version: number, dir: string): Promise<DownloadResult> {
    const index = await this.requireIndex(model);
    const document = documentOf(index, version);
    const entry = index.versions[version - 1]!;
    const filesDir = path.join(this.modelDir(model), "versions", String(version), "files");
    await downloadVerified({
      what: `${model} version ${version}`,
      dir,
      files: document.files,
      maxBytes: this.maxDownloadBytes,
      open: async (file) => {
        const source = safeJoin(filesDir, file.path);
        try {
          await fs.access(source);
        } catch {
          throw new ConfigurationError(
            `${model} version ${version}: stored file ${file.path} is missing from ${filesDir}; the registry directory was damaged`,
            { code: "integrity" },
          );
        }
        return createReadStream(source, { highWaterMark: 1 << 20 });
      },
    });
    const modelPath =
      entry.storage.layout === "file" ? safeJoin(dir, document.files[0]!.path) : path.resolve(dir);
    return { dir: path.resolve(dir), modelPath, version: document };
  }

  async history(model: string): Promise<HistoryEntry[]> {
    await this.requireIndex(model);
    const text = (await readTextIfExists(path.join(this.modelDir(model), "audit.jsonl"))) ?? "";
    const out: HistoryEntry[] = [];
    text.split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as HistoryEntry);
      } catch {
        // A line torn by a crash mid-append; the index, not the audit log, is authoritative.
        this.logger.warning(
          `${model} audit.jsonl line ${i + 1}: skipped an incomplete entry (a writer crashed mid-append)`,
        );
      }
    });
    return out;
  }
}

async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
