import { createHash } from "node:crypto";
import { createReadStream, promises as fs, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ConfigurationError,
  uniqueSuffix,
  type FileDigest,
  type Logger,
  type ModelVersion,
  type RunContext,
} from "@mlops/core";
import { checkStoredCopy, safeJoin, writeHashed, type ModelSource } from "./content.js";
import {
  alreadyExists,
  apiMessage,
  listPages,
  retryWrite,
  statusOf,
  writeError,
  type GitHubRepo,
  type WriteRetry,
} from "./github-api.js";
import type { IndexEntry, VersionStorage } from "./model-index.js";
import type { ArtifactStore, Staged } from "./ports.js";
import { readTarIndex, tarSize, tarStream, type TarEntry, type TarMember } from "./tar.js";

/*
 * A version's files as the assets of a GitHub release of the repository:
 *
 *   release <model>-v<n>   prerelease, make_latest "false": one asset per file (a single file
 *                          keeps its name; a directory's files are named 001-<path with / as -->,
 *                          mapped back by the index's storage record)
 *
 * `stage` creates a *draft* release under a unique staging tag and uploads and checks every file
 * (size and sha256, GitHub's `digest` when given), so a failed upload never consumes a number.
 * Once the index recorded version n, `publish` retags the release <model>-v<n> and publishes it;
 * a crash in between leaves a committed version with a draft release, which the next attempt
 * with the same idempotency key (a workflow re-run) publishes.
 *
 * Big files and many files:
 * - Uploads are streamed from disk (hashed on the way, never held in memory), with a Content-
 *   Length and a timeout that grows with the size (UPLOAD_TIMEOUT_*). Each upload is retried
 *   after a transient fault by re-opening the file; before a retry, an asset the failed attempt
 *   left is looked up (paginated): kept when GitHub's digest proves it complete, else deleted.
 * - GitHub refuses release assets of 2 GiB and more ("each file included in a release must be
 *   under 2 GiB", docs: About releases); such a model is refused before any request is made,
 *   with an `asset-too-large` error pointing at an OCI registry store (issue 21).
 * - A directory of more than PACK_THRESHOLD files is uploaded as ONE tar asset (tar.ts), not
 *   one asset per file: every asset upload is a content-creating request, and GitHub's secondary
 *   limits allow about 80 of those a minute and 500 an hour (and 1000 assets per release). Up to
 *   PACK_THRESHOLD files, each file stays its own asset (browsable on the release page): a
 *   registration then makes at most PACK_THRESHOLD + 2 content-creating requests (the draft,
 *   the uploads, the publishing edit), so ~35 registrations an hour fit the hourly limit. The
 *   archive is downloaded once to a temporary file, indexed (paths checked like any stored
 *   path), and each file is read from it and verified by the core against its recorded sha256.
 */

/** GitHub's limit: each release asset must be under 2 GiB. */
export const MAX_ASSET_BYTES = 2 * 1024 ** 3;
/** A directory with more files than this is packed into one tar asset. */
export const PACK_THRESHOLD = 10;
/** The name of the packed asset. */
export const ARCHIVE_ASSET = "model-files.tar";
/** Upload timeout: a base, plus one second per MiB (the slowest link assumed is 1 MiB/s). */
export const UPLOAD_TIMEOUT_BASE_MS = 60_000;
export const UPLOAD_TIMEOUT_MS_PER_MIB = 1000;

export function uploadTimeoutMs(bytes: number): number {
  return UPLOAD_TIMEOUT_BASE_MS + Math.ceil(bytes / 1024 ** 2) * UPLOAD_TIMEOUT_MS_PER_MIB;
}

const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

export interface ReleaseArtifactStoreOptions {
  api: GitHubRepo;
  logger: Logger;
  ctx?: RunContext | null;
  /** Retries of one write after a transient fault (github-api.ts retryWrite). */
  retry?: WriteRetry;
  /** Pack a directory of more files than this into one tar asset (default PACK_THRESHOLD). */
  packThreshold?: number;
}

/** The index's storage record of a version stored as release assets. */
export interface ReleaseStorage extends VersionStorage {
  backend: "github";
  tag: string;
  /** The release holding the files (a draft until published). */
  releaseId: number;
  /** One asset per file (empty when the files are packed into `archive`). */
  assets: { path: string; name: string; id: number }[];
  /** The files packed into one tar asset (a directory of many files). */
  archive?: { name: string; id: number; bytes: number; sha256: string; format: "tar" };
}

interface ReleaseStaged extends Staged {
  releaseId: number;
  assets: ReleaseStorage["assets"];
  archive?: ReleaseStorage["archive"];
}

interface Asset {
  id: number;
  name: string;
  size: number;
  state?: string;
  digest?: unknown;
}

/** A downloaded archive on disk, shared by the downloads of its files. */
interface OpenArchive {
  file: string;
  members: Map<string, TarEntry>;
  /** Files not yet read from it; the temporary file is removed when none is left. */
  pending: Set<string>;
  /** Removes its temporary directory and the process-exit hook that would have. */
  remove: () => Promise<void>;
}

/** A release asset name GitHub keeps as given: letters, digits, '.', '_', '-'. */
export function assetNameFor(relative: string, index: number, layout: "file" | "directory"): string {
  const flat = relative.replace(/\//g, "--").replace(/[^A-Za-z0-9._-]/g, "_");
  const name = layout === "file" ? flat : `${String(index + 1).padStart(3, "0")}-${flat}`;
  return name.length > 200 ? name.slice(0, 200) : name;
}

function bytesOf(data: unknown): Buffer {
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === "string") return Buffer.from(data, "binary");
  throw new Error(`expected binary asset data, got ${typeof data}`);
}

/** The chunks of a response body: a web ReadableStream, a Node stream, or an already read buffer. */
function bodyChunks(data: unknown): AsyncIterable<Uint8Array> {
  if (data && typeof data === "object" && Symbol.asyncIterator in data)
    return data as AsyncIterable<Uint8Array>;
  if (data && typeof (data as ReadableStream).getReader === "function") {
    const reader = (data as ReadableStream<Uint8Array>).getReader();
    return (async function* () {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    })();
  }
  const bytes = bytesOf(data);
  return (async function* () {
    yield bytes;
  })();
}

function tooLarge(model: string, what: string, bytes: number): ConfigurationError {
  return new ConfigurationError(
    `${model}: ${what} is ${gib(bytes)} (${bytes} bytes); GitHub release assets must be under 2 GiB (${MAX_ASSET_BYTES} bytes), ` +
      `so the release-assets store cannot hold it. Nothing was uploaded. Store models this large in an OCI registry ` +
      `(the oci artifact store, issue 21), or register a smaller model (split or quantize the weights).`,
    { code: "asset-too-large" },
  );
}

/** The storage record of an entry this store wrote; anything else is a damaged index. */
function releaseStorage(entry: IndexEntry): ReleaseStorage {
  const s = entry.storage as Partial<ReleaseStorage>;
  if (s.backend !== "github" || typeof s.releaseId !== "number" || !Array.isArray(s.assets)) {
    throw new ConfigurationError(
      `${entry.document.name} version ${entry.document.number}: expected release assets in the index (backend github, releaseId, assets), found backend ${JSON.stringify(s.backend)}`,
      { code: "registry-index-invalid" },
    );
  }
  return s as ReleaseStorage;
}

export class ReleaseArtifactStore implements ArtifactStore<ReleaseStaged> {
  readonly backend = "github";
  private readonly api: GitHubRepo;

  constructor(private readonly options: ReleaseArtifactStoreOptions) {
    this.api = options.api;
  }

  private request(route: string, params: Record<string, unknown> = {}) {
    return this.api.request(route, { owner: this.api.owner, repo: this.api.repo, ...params });
  }

  private retry<T>(what: string, attempt: (n: number) => Promise<T>, recover?: () => Promise<T | undefined>) {
    return retryWrite(attempt, {
      ...this.options.retry,
      what,
      log: (m) => this.options.logger.warning(`registry: ${m}`),
      ...(recover ? { recover } : {}),
    });
  }

  private packs(layout: "file" | "directory", count: number): boolean {
    return layout === "directory" && count > (this.options.packThreshold ?? PACK_THRESHOLD);
  }

  /** Every asset must be under 2 GiB: checked before anything is hashed, uploaded or numbered. */
  accepts(
    model: string,
    layout: "file" | "directory",
    files: readonly { path: string; bytes: number }[],
  ): void {
    if (this.packs(layout, files.length)) {
      const size = tarSize(files.map((f) => ({ ...f, source: "" })));
      if (size >= MAX_ASSET_BYTES)
        throw tooLarge(model, `its ${files.length} files packed into one archive`, size);
    } else {
      for (const f of files) if (f.bytes >= MAX_ASSET_BYTES) throw tooLarge(model, f.path, f.bytes);
    }
  }

  /** Creates a draft release under a unique staging tag, uploads every file and checks each upload. */
  async stage(model: string, source: ModelSource, files: readonly FileDigest[]): Promise<ReleaseStaged> {
    const pack = this.packs(source.layout, files.length);
    const members: TarMember[] = files.map((f) => ({
      path: f.path,
      bytes: f.bytes,
      source: safeJoin(source.root, f.path),
    }));
    // Checked again with the hashed sizes (a file may have grown): refused before any request.
    this.accepts(model, source.layout, files);
    const release = await this.createDraft(model);
    try {
      if (pack) {
        const archive = await this.uploadArchive(model, release, members, files);
        return { model, layout: source.layout, files, releaseId: release.id, assets: [], archive };
      }
      const assets: ReleaseStorage["assets"] = [];
      for (const [i, file] of files.entries()) {
        const name = assetNameFor(file.path, i, source.layout);
        const member = members[i]!;
        const { asset, sent } = await this.uploadAsset(
          release,
          name,
          file.bytes,
          () => createReadStream(member.source, { highWaterMark: 1 << 20 }),
          file.sha256,
        );
        const digest = typeof asset.digest === "string" ? asset.digest : null;
        checkStoredCopy(model, file, {
          bytes: asset.size === sent.bytes ? sent.bytes : asset.size,
          sha256: digest && digest !== `sha256:${sent.sha256}` ? digest : sent.sha256,
        });
        assets.push({ path: file.path, name: asset.name, id: asset.id });
      }
      return { model, layout: source.layout, files, releaseId: release.id, assets };
    } catch (error) {
      await this.deleteRelease(release.id);
      throw error;
    }
  }

  /** The draft release; after an ambiguous failure, the one the failed attempt made (by its tag). */
  private async createDraft(model: string): Promise<{ id: number; upload_url: string }> {
    const stagingTag = `${model}-staging-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const find = async () => {
      for await (const r of listPages<{ id: number; upload_url: string; tag_name: string }>(
        this.api,
        "GET /repos/{owner}/{repo}/releases",
        {},
      )) {
        if (r.tag_name === stagingTag) return r;
      }
      return undefined;
    };
    try {
      return await this.retry(
        "creating a draft release",
        async () => {
          const { data } = await this.request("POST /repos/{owner}/{repo}/releases", {
            tag_name: stagingTag,
            name: `${model} (registering…)`,
            body: "Model files being registered by mlops-actions; published once the registry records the version.",
            draft: true,
            prerelease: true,
            make_latest: "false",
            ...(this.options.ctx?.sha ? { target_commitish: this.options.ctx.sha } : {}),
          });
          return data as { id: number; upload_url: string };
        },
        find,
      );
    } catch (error) {
      writeError(error, "creating a draft release for the model files", this.api);
    }
  }

  /** Packs the files into one tar asset, streamed; every member checked against its recorded digest. */
  private async uploadArchive(
    model: string,
    release: { id: number; upload_url: string },
    members: TarMember[],
    files: readonly FileDigest[],
  ): Promise<NonNullable<ReleaseStorage["archive"]>> {
    const bytes = tarSize(members);
    const seen = new Map<string, { sha256: string; bytes: number }>();
    const { asset, sent } = await this.uploadAsset(release, ARCHIVE_ASSET, bytes, () =>
      tarStream(members, (m, digest) => seen.set(m.path, digest)),
    );
    for (const file of files) checkStoredCopy(model, file, seen.get(file.path));
    const digest = typeof asset.digest === "string" ? asset.digest : null;
    if (asset.size !== bytes || (digest && digest !== `sha256:${sent.sha256}`)) {
      throw new ConfigurationError(
        `${model}: the uploaded archive ${ARCHIVE_ASSET} does not match what was sent (sent ${bytes} bytes sha256 ${sent.sha256}, GitHub stored ${asset.size} bytes ${digest ?? ""})`,
        { code: "integrity" },
      );
    }
    return { name: asset.name, id: asset.id, bytes, sha256: sent.sha256, format: "tar" };
  }

  /**
   * Uploads one asset, streamed from `body` (called again for each attempt) and hashed as sent.
   * After a transient fault the asset a failed attempt may have left is looked up: kept when its
   * digest is the expected one (`sha256`, or what an earlier complete attempt sent), else deleted.
   */
  private async uploadAsset(
    release: { id: number; upload_url: string },
    name: string,
    bytes: number,
    body: () => AsyncIterable<Uint8Array>,
    sha256?: string,
  ): Promise<{ asset: Asset; sent: { sha256: string; bytes: number } }> {
    let expected = sha256 ?? null;
    const leftover = async () => {
      const found = await this.findAsset(release.id, name);
      if (!found) return undefined;
      if (expected && found.size === bytes && found.digest === `sha256:${expected}`)
        return { asset: found, sent: { sha256: expected, bytes } };
      await this.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", { asset_id: found.id });
      return undefined;
    };
    try {
      return await this.retry(
        `uploading ${name} (${bytes} bytes)`,
        async () => {
          const hash = createHash("sha256");
          let count = 0;
          const hashed = (async function* () {
            for await (const chunk of body()) {
              hash.update(chunk);
              count += chunk.length;
              yield chunk;
            }
          })();
          let asset: Asset;
          try {
            ({ data: asset } = (await this.api.request(`POST ${release.upload_url}`, {
              name,
              data: hashed,
              headers: { "content-type": "application/octet-stream", "content-length": bytes },
              // Streamed from disk, never held (the shared client's streaming fetch).
              request: { retries: 0, timeoutMs: uploadTimeoutMs(bytes), streamBody: true },
            })) as { data: Asset });
          } catch (error) {
            // The whole body went out: its digest identifies a complete leftover.
            if (count === bytes) expected ??= hash.digest("hex");
            // A lower layer re-sent a request that had landed: the asset is ours if complete.
            if (alreadyExists(error)) {
              const found = await leftover();
              if (found) return found;
            }
            throw error;
          }
          return { asset, sent: { sha256: hash.digest("hex"), bytes: count } };
        },
        leftover,
      );
    } catch (error) {
      writeError(error, `uploading ${name}`, this.api);
    }
  }

  /** A release's asset by name, through every page of the list. */
  private async findAsset(releaseId: number, name: string): Promise<Asset | undefined> {
    for await (const a of listPages<Asset>(
      this.api,
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
      {
        release_id: releaseId,
      },
    )) {
      if (a.name === name) return a;
    }
    return undefined;
  }

  async place(staged: ReleaseStaged, document: ModelVersion): Promise<ReleaseStorage> {
    return {
      backend: this.backend,
      layout: staged.layout,
      tag: `${staged.model}-v${document.number}`,
      releaseId: staged.releaseId,
      assets: staged.assets,
      ...(staged.archive ? { archive: staged.archive } : {}),
    };
  }

  async discard(staged: ReleaseStaged): Promise<void> {
    await this.deleteRelease(staged.releaseId);
  }

  private async deleteRelease(id: number): Promise<void> {
    try {
      await this.retry(`deleting the draft release ${id}`, async () => {
        try {
          await this.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", { release_id: id });
        } catch (error) {
          // A repeat of a delete that landed.
          if (statusOf(error) !== 404) throw error;
        }
      });
    } catch (error) {
      this.options.logger.warning(
        `registry: could not delete the unused draft release ${id}: ${apiMessage(error)}; delete it by hand`,
      );
    }
  }

  /** Retags the draft release <model>-v<n> and publishes it (prerelease, never latest). Idempotent. */
  async publish(entry: IndexEntry): Promise<void> {
    const storage = releaseStorage(entry);
    const { name: model, number, contentDigest, files } = entry.document;
    let release: { draft: boolean; tag_name: string };
    try {
      const { data } = await this.retry(`reading release ${storage.releaseId}`, () =>
        this.request("GET /repos/{owner}/{repo}/releases/{release_id}", { release_id: storage.releaseId }),
      );
      release = data as typeof release;
    } catch (error) {
      if (statusOf(error) === 404) {
        throw new ConfigurationError(
          `${model} version ${number}: its release (id ${storage.releaseId}) is gone or still a draft this token cannot see; ` +
            `re-run the workflow that registered it (with contents: write) to publish it`,
          { code: "release-missing" },
        );
      }
      throw error;
    }
    if (!release.draft) return;
    const body =
      `Model **${model}** version ${number}, registered by mlops-actions.\n\n` +
      `\`models:/${model}/${number}\` · content digest \`${contentDigest}\`\n\n` +
      files
        .map((f) => `- \`${f.path.replace(/`/g, "")}\` ${f.bytes} bytes, sha256 \`${f.sha256}\``)
        .join("\n");
    // Setting the same fields again is harmless: retried after a transient fault.
    const update = (tag: string) =>
      this.retry(`publishing release ${tag}`, () =>
        this.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
          release_id: storage.releaseId,
          tag_name: tag,
          name: `${model} v${number}`,
          body,
          draft: false,
          prerelease: true,
          make_latest: "false",
        }),
      );
    try {
      await update(storage.tag);
    } catch (error) {
      if (!alreadyExists(error)) writeError(error, `publishing release ${storage.tag}`, this.api);
      // Someone else owns the tag (a hand-made release): the version stays addressable by release id.
      const fallback = `${storage.tag}+${contentDigest.slice(0, 8)}`;
      this.options.logger.warning(
        `${model}: tag ${storage.tag} belongs to another release; publishing as ${fallback}`,
      );
      await update(fallback);
    }
  }

  async download(entry: IndexEntry, file: FileDigest): Promise<AsyncIterable<Uint8Array>> {
    const storage = releaseStorage(entry);
    const what = `${entry.document.name} version ${entry.document.number}`;
    if (storage.archive) return await this.fromArchive(entry, storage, file);
    const asset = storage.assets.find((a) => a.path === file.path);
    if (!asset) {
      throw new ConfigurationError(`${what}: no release asset recorded for ${file.path}`, {
        code: "integrity",
      });
    }
    return await this.assetBody(what, storage, asset);
  }

  private async assetBody(
    what: string,
    storage: ReleaseStorage,
    asset: { id: number; name: string },
  ): Promise<AsyncIterable<Uint8Array>> {
    let data: unknown;
    try {
      // The body is streamed (never held whole in memory) and hashed on the way to disk.
      ({ data } = await this.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
        asset_id: asset.id,
        headers: { accept: "application/octet-stream" },
        request: { parseSuccessResponseBody: false },
      }));
    } catch (error) {
      if (statusOf(error) === 404) {
        throw new ConfigurationError(
          `${what}: asset ${asset.name} of release ${storage.tag} is missing (or the release is still a draft this token cannot see); ` +
            `re-run the workflow that registered it to publish it`,
          { code: "asset-missing" },
        );
      }
      throw error;
    }
    return bodyChunks(data);
  }

  private readonly archives = new Map<string, Promise<OpenArchive>>();

  /**
   * One file of a packed version: the archive is downloaded once into a temporary file (checked
   * against its recorded size and sha256), indexed, and each file read from it by offset; the
   * temporary file goes when every file of the version was read (or the process exits).
   */
  private async fromArchive(
    entry: IndexEntry,
    storage: ReleaseStorage,
    file: FileDigest,
  ): Promise<AsyncIterable<Uint8Array>> {
    const archive = storage.archive!;
    const what = `${entry.document.name} version ${entry.document.number}`;
    const key = `${storage.releaseId}/${archive.id}`;
    let opening = this.archives.get(key);
    if (!opening) {
      opening = this.openArchive(what, storage, entry.document.files);
      this.archives.set(key, opening);
      opening.catch(() => this.archives.delete(key));
    }
    const open = await opening;
    const member = open.members.get(file.path);
    if (!member) {
      throw new ConfigurationError(`${what}: the archive ${archive.name} holds no file ${file.path}`, {
        code: "integrity",
      });
    }
    const archives = this.archives;
    return (async function* () {
      try {
        if (member.bytes > 0)
          yield* createReadStream(open.file, {
            start: member.offset,
            end: member.offset + member.bytes - 1,
            highWaterMark: 1 << 20,
          }) as AsyncIterable<Uint8Array>;
      } finally {
        open.pending.delete(file.path);
        if (open.pending.size === 0) {
          archives.delete(key);
          await open.remove();
        }
      }
    })();
  }

  private async openArchive(
    what: string,
    storage: ReleaseStorage,
    files: readonly FileDigest[],
  ): Promise<OpenArchive> {
    const archive = storage.archive!;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-archive-"));
    // Removed when every file was read; a download that stops early leaves it to process exit
    // (the hook goes once the directory is removed: a long-lived process opens many archives).
    const atExit = () => rmSync(dir, { recursive: true, force: true });
    process.once("exit", atExit);
    const remove = async () => {
      process.removeListener("exit", atExit);
      await fs.rm(dir, { recursive: true, force: true });
    };
    try {
      const file = path.join(dir, `${uniqueSuffix()}.tar`);
      const got = await writeHashed(await this.assetBody(what, storage, archive), file, archive.bytes);
      if (got.bytes !== archive.bytes || got.sha256 !== archive.sha256) {
        throw new ConfigurationError(
          `${what}: the archive ${archive.name} does not match the index (expected ${archive.bytes} bytes sha256 ${archive.sha256}, got ${got.bytes} bytes sha256 ${got.sha256}); nothing was handed over`,
          { code: "integrity" },
        );
      }
      const members = await readTarIndex(file, `${what}: ${archive.name}`);
      return { file, members, pending: new Set(files.map((f) => f.path)), remove };
    } catch (error) {
      await remove();
      throw error;
    }
  }

  describe(entry: IndexEntry): string {
    const storage = releaseStorage(entry);
    return `Release: ${storage.tag} (id ${storage.releaseId})`;
  }
}
