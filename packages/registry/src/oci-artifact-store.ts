import { createHash } from "node:crypto";
import { createWriteStream, promises as fs } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import {
  ConfigurationError,
  type FileDigest,
  type Logger,
  type ModelArtifact,
  type ModelVersion,
} from "@mlops/core";
import { checkStoredCopy, safeJoin, safeRelativePath, type ModelSource } from "./content.js";
import type { IndexEntry, VersionStorage } from "./model-index.js";
import {
  OCI_MANIFEST,
  OciClient,
  parseOciReference,
  type OciClientOptions,
  type OciDescriptor,
  type OciManifest,
} from "./oci-client.js";
import type { ArtifactStore, Staged } from "./ports.js";

/*
 * A version's files as one OCI artifact in any OCI registry (GHCR, Artifactory, Nexus, Harbor,
 * ECR, the CNCF distribution server…), in the repository named by mlops.yml's `registry.oci`:
 *
 *   manifest   OCI image manifest (schemaVersion 2, mediaType application/vnd.oci.image.manifest.v1+json)
 *              with artifactType application/vnd.mlops.model.v1, tagged <model>-v<n>
 *   config     the ModelVersion as registered (application/vnd.mlops.model.version.v1+json):
 *              the artifact carries its metrics, lineage and file list wherever it is copied,
 *              readable by any OCI client without our index (`oras manifest fetch-config`,
 *              `skopeo inspect --config`); the empty descriptor would say nothing
 *   layers     one per file, in the model's file order, its media type by extension and its
 *              relative path in org.opencontainers.image.title (what oras pulls by)
 *
 *   stage      uploads every file's blob (HEAD first: a blob the repository holds, from any
 *              earlier version, is not sent again), streamed in chunks and hashed on the way;
 *              a copy that is not the file that was hashed is an integrity error
 *   place      pushes the config and the manifest by digest: untagged, no reader sees it
 *   publish    tags the manifest <model>-v<n> (idempotent: the same bytes under the same tag)
 *   discard    nothing to do: unreferenced blobs are the registry's garbage collection's
 *   download   the manifest by the digest the index recorded (its bytes must hash to it), the
 *              layer named by the file's path must be the file's sha256 and size, then the blob
 *              streamed (the core checks sha256 and size once more on the way to disk)
 */

export const MODEL_ARTIFACT_TYPE = "application/vnd.mlops.model.v1";
export const MODEL_VERSION_CONFIG = "application/vnd.mlops.model.version.v1+json";
export const TITLE = "org.opencontainers.image.title";

const MEDIA_TYPES: Record<string, string> = {
  ".json": "application/json",
  ".yaml": "application/yaml",
  ".yml": "application/yaml",
  ".txt": "text/plain",
  ".md": "text/markdown",
  ".csv": "text/csv",
  ".onnx": "application/vnd.onnx.model",
  ".safetensors": "application/vnd.mlops.safetensors",
  ".gguf": "application/vnd.mlops.gguf",
};

/** The layer media type of a model file, by its extension. */
export function fileMediaType(file: string): string {
  return MEDIA_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface OciArtifactStoreOptions extends OciClientOptions {
  /** `host[:port]/repository`, e.g. ghcr.io/owner/models. */
  repository: string;
  logger: Logger;
}

interface OciStaged extends Staged {
  layers: OciDescriptor[];
}

export class OciArtifactStore implements ArtifactStore<OciStaged> {
  readonly backend = "oci";
  private readonly client: OciClient;
  private readonly others = new Map<string, OciClient>();
  private readonly manifests = new Map<string, Promise<OciManifest>>();

  private readonly options: OciArtifactStoreOptions;

  constructor(options: OciArtifactStoreOptions) {
    this.options = { mask: (value) => options.logger.setSecret(value), ...options };
    this.client = new OciClient(parseOciReference(options.repository), this.options);
  }

  /** Where this store pushes, `host/repository`. */
  get repository(): string {
    return this.client.name;
  }

  close(): void {
    this.client.close();
    for (const other of this.others.values()) other.close();
  }

  /** The client of the repository a version was stored in (it may predate a change of `oci`). */
  private clientFor(repository: unknown): OciClient {
    if (typeof repository !== "string" || repository === this.client.name) return this.client;
    let other = this.others.get(repository);
    if (!other) {
      other = new OciClient(parseOciReference(repository), { ...this.options, credentials: undefined });
      this.others.set(repository, other);
    }
    return other;
  }

  async stage(model: string, source: ModelSource, files: readonly FileDigest[]): Promise<OciStaged> {
    const layers: OciDescriptor[] = [];
    let uploaded = 0;
    let skipped = 0;
    for (const file of files) {
      const digest = `sha256:${file.sha256}`;
      const result = await this.client.pushFile(safeJoin(source.root, file.path), digest, file.bytes);
      checkStoredCopy(model, file, { sha256: result.sha256, bytes: result.bytes });
      if (result.uploaded) uploaded++;
      else skipped++;
      layers.push({
        mediaType: fileMediaType(file.path),
        digest,
        size: file.bytes,
        annotations: { [TITLE]: file.path },
      });
    }
    this.options.logger.info(
      `${model}: ${uploaded} blob(s) uploaded to ${this.client.name}, ${skipped} already there`,
    );
    return { model, layout: source.layout, files, layers };
  }

  async place(staged: OciStaged, document: ModelVersion): Promise<VersionStorage> {
    const config = await this.client.pushBytes(Buffer.from(JSON.stringify({ ...document, aliases: [] })));
    const manifest: OciManifest = {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: MODEL_ARTIFACT_TYPE,
      config: { mediaType: MODEL_VERSION_CONFIG, digest: config.digest, size: config.size },
      layers: staged.layers,
      annotations: {
        "org.opencontainers.image.created": document.created,
        "org.opencontainers.image.version": `v${document.number}`,
        "vnd.mlops.model": staged.model,
        "vnd.mlops.layout": staged.layout,
      },
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = await this.client.putManifest(
      `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
      bytes,
    );
    return {
      backend: this.backend,
      layout: staged.layout,
      repository: this.client.name,
      tag: tagOf(staged.model, document.number),
      digest,
    };
  }

  async publish(entry: IndexEntry): Promise<void> {
    const { tag, digest } = this.recorded(entry);
    const client = this.clientFor(entry.storage.repository);
    const found = await client.manifest(digest);
    if (!found) {
      throw new ConfigurationError(
        `${entry.document.name} version ${entry.document.number}: manifest ${digest} is missing from ${client.name}; was it deleted?`,
        { code: "asset-missing" },
      );
    }
    await client.putManifest(tag, found.bytes, found.manifest.mediaType ?? OCI_MANIFEST);
  }

  async discard(): Promise<void> {
    /* blobs no manifest refers to are removed by the registry's garbage collection */
  }

  async download(entry: IndexEntry, file: FileDigest): Promise<AsyncIterable<Uint8Array>> {
    const { digest } = this.recorded(entry);
    const client = this.clientFor(entry.storage.repository);
    const key = `${client.name}@${digest}`;
    let pending = this.manifests.get(key);
    if (!pending) {
      pending = client.manifest(digest).then((found) => {
        if (!found) {
          throw new ConfigurationError(
            `${entry.document.name} version ${entry.document.number}: manifest ${digest} is missing from ${client.name}`,
            { code: "asset-missing" },
          );
        }
        return found.manifest;
      });
      pending.catch(() => this.manifests.delete(key));
      this.manifests.set(key, pending);
    }
    const manifest = await pending;
    const layer = manifest.layers.find((l) => l.annotations?.[TITLE] === file.path);
    if (!layer || layer.digest !== `sha256:${file.sha256}` || layer.size !== file.bytes) {
      throw new ConfigurationError(
        `${entry.document.name} version ${entry.document.number}: ${client.name}@${digest} has ` +
          (layer ? `${file.path} as ${layer.digest} (${layer.size} bytes)` : `no layer titled ${file.path}`) +
          `, the index says sha256:${file.sha256} (${file.bytes} bytes)`,
        { code: "integrity" },
      );
    }
    return client.blobResumable(layer.digest, layer.size);
  }

  /** The version's manifest: `host/repository:<model>-v<n>` and its sha256 digest. */
  artifact(entry: IndexEntry): ModelArtifact {
    const { tag, digest } = this.recorded(entry);
    const repository =
      typeof entry.storage.repository === "string" ? entry.storage.repository : this.client.name;
    return { store: this.backend, reference: `${repository}:${tag}`, digest, mediaType: OCI_MANIFEST };
  }

  describe(entry: IndexEntry): string {
    const storage = entry.storage;
    return `OCI artifact: ${String(storage.repository)}:${String(storage.tag)}@${String(storage.digest)}`;
  }

  private recorded(entry: IndexEntry): { tag: string; digest: string } {
    const { tag, digest } = entry.storage;
    if (typeof tag !== "string" || typeof digest !== "string" || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
      throw new ConfigurationError(
        `${entry.document.name} version ${entry.document.number}: the index's storage record has no OCI tag and digest`,
        { code: "integrity" },
      );
    }
    return { tag, digest };
  }
}

/** The store open.ts makes for `artifacts: oci`, from mlops.yml's `registry.oci`. */
export function ociArtifactStore(
  repository: string | null,
  logger: Logger,
  githubToken: string | null = null,
): OciArtifactStore {
  if (!repository?.trim()) {
    throw new ConfigurationError(
      "registry: artifacts: oci needs the repository: add oci: <host>/<repository> (e.g. oci: ghcr.io/OWNER/models) to mlops.yml's registry section",
      { code: "input-invalid" },
    );
  }
  return new OciArtifactStore({ repository, logger, githubToken });
}

export function tagOf(model: string, number: number): string {
  return `${model}-v${number}`;
}

/**
 * Pulls an OCI artifact (ours, or any whose layers carry org.opencontainers.image.title, as
 * oras and skopeo copies of them do) into `dir`: the manifest checked against its digest, every
 * blob against its layer's digest and size. Returns the files written.
 */
export async function pullArtifact(
  client: OciClient,
  reference: string,
  dir: string,
): Promise<{ digest: string; manifest: OciManifest; files: string[] }> {
  const found = await client.manifest(reference);
  if (!found) {
    throw new ConfigurationError(`${client.name}:${reference}: no such manifest`, { code: "asset-missing" });
  }
  const files: string[] = [];
  for (const layer of found.manifest.layers) {
    const title = layer.annotations?.[TITLE];
    if (!title) {
      throw new ConfigurationError(
        `${client.name}@${found.digest}: layer ${layer.digest} has no ${TITLE} annotation, so no file name`,
        { code: "input-invalid" },
      );
    }
    const relative = safeRelativePath(title);
    const target = safeJoin(dir, relative);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    const body = client.blobResumable(layer.digest, layer.size);
    const hash = createHash("sha256");
    let size = 0;
    await pipeline(
      body,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(partial),
    );
    const digest = `sha256:${hash.digest("hex")}`;
    if (digest !== layer.digest || size !== layer.size) {
      await fs.rm(partial, { force: true });
      throw new ConfigurationError(
        `${client.name}@${found.digest}: ${relative} arrived as ${digest} (${size} bytes), the manifest says ${layer.digest} (${layer.size} bytes)`,
        { code: "integrity" },
      );
    }
    await fs.rename(partial, target);
    files.push(relative);
  }
  return { digest: found.digest, manifest: found.manifest, files };
}
