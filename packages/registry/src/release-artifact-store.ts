import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import {
  ConfigurationError,
  type FileDigest,
  type Logger,
  type ModelVersion,
  type RunContext,
} from "@mlops/core";
import { checkStoredCopy, safeJoin, type ModelSource } from "./content.js";
import { alreadyExists, apiMessage, statusOf, writeError, type GitHubRepo } from "./github-api.js";
import type { IndexEntry, VersionStorage } from "./model-index.js";
import type { ArtifactStore, Staged } from "./ports.js";

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
 */

export interface ReleaseArtifactStoreOptions {
  api: GitHubRepo;
  logger: Logger;
  ctx?: RunContext | null;
}

/** The index's storage record of a version stored as release assets. */
export interface ReleaseStorage extends VersionStorage {
  backend: "github";
  tag: string;
  /** The release holding the files (a draft until published). */
  releaseId: number;
  assets: { path: string; name: string; id: number }[];
}

interface ReleaseStaged extends Staged {
  releaseId: number;
  assets: ReleaseStorage["assets"];
}

interface Asset {
  id: number;
  name: string;
  size: number;
  digest?: unknown;
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

  /** Creates a draft release under a unique staging tag, uploads every file and checks each upload. */
  async stage(model: string, source: ModelSource, files: readonly FileDigest[]): Promise<ReleaseStaged> {
    const stagingTag = `${model}-staging-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    let release: { id: number; upload_url: string };
    try {
      const { data } = await this.request("POST /repos/{owner}/{repo}/releases", {
        tag_name: stagingTag,
        name: `${model} (registering…)`,
        body: "Model files being registered by mlops-actions; published once the registry records the version.",
        draft: true,
        prerelease: true,
        make_latest: "false",
        ...(this.options.ctx?.sha ? { target_commitish: this.options.ctx.sha } : {}),
      });
      release = data as typeof release;
    } catch (error) {
      writeError(error, "creating a draft release for the model files", this.api);
    }
    try {
      const assets: ReleaseStorage["assets"] = [];
      for (const [i, file] of files.entries()) {
        const name = assetNameFor(file.path, i, source.layout);
        const data = await fs.readFile(safeJoin(source.root, file.path));
        const asset = await this.uploadAsset(release, name, data);
        const digest = typeof asset.digest === "string" ? asset.digest : null;
        const sha256 = createHash("sha256").update(data).digest("hex");
        checkStoredCopy(model, file, {
          bytes: asset.size,
          sha256: digest && digest !== `sha256:${sha256}` ? digest : sha256,
        });
        assets.push({ path: file.path, name: asset.name, id: asset.id });
      }
      return { model, layout: source.layout, files, releaseId: release.id, assets };
    } catch (error) {
      await this.deleteRelease(release.id);
      throw error;
    }
  }

  private async uploadAsset(
    release: { id: number; upload_url: string },
    name: string,
    data: Buffer,
  ): Promise<Asset> {
    try {
      const { data: asset } = await this.api.request(`POST ${release.upload_url}`, {
        name,
        data,
        headers: { "content-type": "application/octet-stream", "content-length": data.length },
      });
      return asset as Asset;
    } catch (error) {
      // An upload that was stored but whose answer was lost is retried by the client: find it.
      if (alreadyExists(error)) {
        const { data: list } = await this.request("GET /repos/{owner}/{repo}/releases/{release_id}/assets", {
          release_id: release.id,
          per_page: 100,
        });
        const found = (list as Asset[]).find((a) => a.name === name);
        if (found) return found;
      }
      writeError(error, `uploading ${name}`, this.api);
    }
  }

  async place(staged: ReleaseStaged, document: ModelVersion): Promise<ReleaseStorage> {
    return {
      backend: this.backend,
      layout: staged.layout,
      tag: `${staged.model}-v${document.number}`,
      releaseId: staged.releaseId,
      assets: staged.assets,
    };
  }

  async discard(staged: ReleaseStaged): Promise<void> {
    await this.deleteRelease(staged.releaseId);
  }

  private async deleteRelease(id: number): Promise<void> {
    try {
      await this.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", { release_id: id });
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
      const { data } = await this.request("GET /repos/{owner}/{repo}/releases/{release_id}", {
        release_id: storage.releaseId,
      });
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
    const update = (tag: string) =>
      this.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
        release_id: storage.releaseId,
        tag_name: tag,
        name: `${model} v${number}`,
        body,
        draft: false,
        prerelease: true,
        make_latest: "false",
      });
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
    const asset = storage.assets.find((a) => a.path === file.path);
    if (!asset) {
      throw new ConfigurationError(`${what}: no release asset recorded for ${file.path}`, {
        code: "integrity",
      });
    }
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

  describe(entry: IndexEntry): string {
    const storage = releaseStorage(entry);
    return `Release: ${storage.tag} (id ${storage.releaseId})`;
  }
}
