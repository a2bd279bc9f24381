import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/*
 * A local stand-in for the two Actions services a JavaScript action reaches with
 * ACTIONS_RUNTIME_TOKEN, as @actions/artifact v6 and @actions/cache v6 call them:
 *
 * - the results service's twirp endpoints (POST /twirp/<service>/<method>, JSON bodies with
 *   proto field names, int64 as strings):
 *     github.actions.results.api.v1.ArtifactService: CreateArtifact, FinalizeArtifact,
 *       ListArtifacts, GetSignedArtifactURL, DeleteArtifact
 *     github.actions.results.api.v1.CacheService (cache service v2): CreateCacheEntry,
 *       FinalizeCacheEntryUpload, GetCacheEntryDownloadURL
 * - the Azure-blob-style signed URLs those return, as @azure/storage-blob's BlockBlobClient and
 *   @actions/http-client use them: Put Blob (single shot), Put Block + Put Block List (staged
 *   uploads), GET and HEAD.
 *
 * The runtime token is a JWT whose `scp` claim carries `Actions.Results:<run>:<job>` (the only
 * thing @actions/artifact reads from it); the server checks the bearer token, the backend ids,
 * the signed URLs' `sig`, the uploaded size and sha256 at finalize, and duplicate names/keys, and
 * answers errors as twirp does ({code, msg} with the matching HTTP status). Faults can be
 * injected per method. Everything is in memory, on 127.0.0.1, on a random port.
 */

export const ARTIFACT_SERVICE = "github.actions.results.api.v1.ArtifactService";
export const CACHE_SERVICE = "github.actions.results.api.v1.CacheService";

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  blob: string;
  size: number;
  digest: string | null;
  finalized: boolean;
  createdAt: string;
}

export interface StoredCacheEntry {
  id: number;
  key: string;
  version: string;
  blob: string;
  size: number;
  finalized: boolean;
  createdAt: number;
  /** The git ref of the run that saved it (null: the default token, no ref). */
  scope: string | null;
}

export interface ServiceFault {
  /** A twirp method name (e.g. "GetCacheEntryDownloadURL"), or "blob:PUT" / "blob:GET". */
  target: string;
  status: number;
  /** How many requests to fail (default: all). */
  times?: number;
}

export interface ActionsServices {
  /** Base URL, e.g. http://127.0.0.1:40123/ */
  url: string;
  /** Environment for a step: the runtime token, the results URL, cache service v2. */
  env: Record<string, string>;
  /**
   * The same for a job of another workflow run (its own runtime token and backend ids):
   * artifacts are per run, as on GitHub. Caches are the repository's: a run with a `ref`
   * restores what runs of that ref or of the default branch saved (GitHub's cache isolation: a
   * pull request's cache is not its base branch's), and what it saves is scoped to its ref.
   */
  envFor(run: string, job: string, ref?: string): Record<string, string>;
  runBackendId: string;
  jobBackendId: string;
  artifacts: StoredArtifact[];
  caches: StoredCacheEntry[];
  /** Every request: "POST CreateArtifact", "PUT blob", … */
  requests: string[];
  /** Committed blob contents by blob name. */
  blobContent(blob: string): Buffer | undefined;
  /** The content of a finalized artifact (its zip). */
  artifactContent(name: string): Buffer | undefined;
  fail(fault: ServiceFault): void;
  close(): Promise<void>;
}

function base64url(value: string): string {
  return Buffer.from(value).toString("base64url");
}

/** A runtime token as the runner issues it, unsigned (clients only decode it). */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const header = base64url(JSON.stringify({ alg: "none", typ: "JWT" }));
  const payload = base64url(
    JSON.stringify({
      scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
      exp: Math.floor(Date.now() / 1000) + 3600,
    }),
  );
  return `${header}.${payload}.c2lnbmF0dXJl`;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startActionsServices(options: { defaultRef?: string } = {}): Promise<ActionsServices> {
  const defaultRef = options.defaultRef ?? "refs/heads/main";
  const runBackendId = randomBytes(8).toString("hex");
  const jobBackendId = randomBytes(8).toString("hex");
  const token = runtimeToken(runBackendId, jobBackendId);
  /** Every runtime token issued, with the workflow run and job backend ids it is for. */
  const issued = new Map<string, { run: string; job: string; ref?: string }>([
    [token, { run: runBackendId, job: jobBackendId }],
  ]);
  const artifacts: StoredArtifact[] = [];
  const caches: StoredCacheEntry[] = [];
  const requests: string[] = [];
  const faults: (ServiceFault & { left: number })[] = [];
  /** Committed blobs, and staged (uncommitted) blocks per blob. */
  const blobs = new Map<string, Buffer>();
  const blocks = new Map<string, Map<string, Buffer>>();
  const signatures = new Map<string, string>();
  let nextId = 1;
  let baseUrl = "";

  const signedUrl = (blob: string): string => {
    const sig = signatures.get(blob) ?? randomBytes(12).toString("base64url");
    signatures.set(blob, sig);
    const expires = new Date(Date.now() + 3600_000).toISOString();
    return `${baseUrl}devstoreaccount1/${blob}?sv=2023-11-03&se=${encodeURIComponent(expires)}&sp=rcw&sig=${sig}`;
  };

  const takeFault = (target: string): ServiceFault | undefined => {
    const fault = faults.find((f) => f.target === target && f.left > 0);
    if (fault) fault.left--;
    return fault;
  };

  const checkBackend = (body: Record<string, unknown>, caller: { run: string; job: string }): string => {
    if (body.workflow_run_backend_id !== caller.run || body.workflow_job_run_backend_id !== caller.job) {
      throw new TwirpError(400, "invalid_argument", "workflow backend ids do not match the runtime token");
    }
    return caller.run;
  };

  type Method = (
    body: Record<string, unknown>,
    caller: { run: string; job: string; ref?: string },
  ) => unknown;
  const artifactMethods: Record<string, Method> = {
    CreateArtifact(body, caller) {
      const run = checkBackend(body, caller);
      const name = String(body.name ?? "");
      if (!name) throw new TwirpError(400, "invalid_argument", "name is required");
      if (body.version !== 7)
        throw new TwirpError(400, "invalid_argument", `unsupported version ${String(body.version)}`);
      if (artifacts.some((a) => a.name === name && a.runBackendId === run && a.finalized)) {
        throw new TwirpError(
          409,
          "already_exists",
          `an artifact with this name already exists on the workflow run: ${name}`,
        );
      }
      const stale = artifacts.findIndex((a) => a.name === name && a.runBackendId === run && !a.finalized);
      if (stale !== -1) artifacts.splice(stale, 1);
      const id = nextId++;
      const blob = `artifacts/${id}/${encodeURIComponent(name)}.zip`;
      artifacts.push({
        id,
        name,
        runBackendId: run,
        jobBackendId: caller.job,
        blob,
        size: 0,
        digest: null,
        finalized: false,
        createdAt: new Date().toISOString(),
      });
      return { ok: true, signed_upload_url: signedUrl(blob) };
    },
    FinalizeArtifact(body, caller) {
      const run = checkBackend(body, caller);
      const artifact = artifacts.find((a) => a.name === body.name && a.runBackendId === run && !a.finalized);
      if (!artifact)
        throw new TwirpError(404, "not_found", `no artifact ${String(body.name)} awaiting finalization`);
      const content = blobs.get(artifact.blob);
      if (!content)
        throw new TwirpError(400, "failed_precondition", "nothing was uploaded for this artifact");
      if (String(content.length) !== String(body.size)) {
        throw new TwirpError(
          400,
          "invalid_argument",
          `size ${String(body.size)} does not match the upload (${content.length})`,
        );
      }
      const digest = `sha256:${createHash("sha256").update(content).digest("hex")}`;
      if (body.hash !== undefined && body.hash !== digest) {
        throw new TwirpError(
          400,
          "invalid_argument",
          `hash ${String(body.hash)} does not match the upload (${digest})`,
        );
      }
      artifact.size = content.length;
      artifact.digest = digest;
      artifact.finalized = true;
      return { ok: true, artifact_id: String(artifact.id) };
    },
    ListArtifacts(body, caller) {
      const run = checkBackend(body, caller);
      const list = artifacts.filter(
        (a) =>
          a.finalized &&
          a.runBackendId === run &&
          (body.name_filter === undefined || a.name === body.name_filter) &&
          (body.id_filter === undefined || String(a.id) === String(body.id_filter)),
      );
      return {
        artifacts: list.map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt,
          ...(a.digest ? { digest: a.digest } : {}),
        })),
      };
    },
    GetSignedArtifactURL(body, caller) {
      const run = checkBackend(body, caller);
      const artifact = artifacts.find((a) => a.name === body.name && a.runBackendId === run && a.finalized);
      if (!artifact) throw new TwirpError(404, "not_found", `artifact ${String(body.name)} not found`);
      return { signed_url: signedUrl(artifact.blob) };
    },
    DeleteArtifact(body, caller) {
      const run = checkBackend(body, caller);
      const index = artifacts.findIndex((a) => a.name === body.name && a.runBackendId === run && a.finalized);
      if (index === -1) throw new TwirpError(404, "not_found", `artifact ${String(body.name)} not found`);
      const [artifact] = artifacts.splice(index, 1);
      blobs.delete(artifact!.blob);
      return { ok: true, artifact_id: String(artifact!.id) };
    },
  };

  const cacheMethods: Record<string, Method> = {
    CreateCacheEntry(body, caller) {
      const key = String(body.key ?? "");
      const version = String(body.version ?? "");
      if (!key || !version) throw new TwirpError(400, "invalid_argument", "key and version are required");
      const scope = caller.ref ?? null;
      if (caches.some((c) => c.key === key && c.version === version && c.scope === scope)) {
        throw new TwirpError(409, "already_exists", `cache entry ${key} already exists`);
      }
      const id = nextId++;
      const blob = `caches/${id}/cache.tzst`;
      caches.push({ id, key, version, blob, size: 0, finalized: false, createdAt: Date.now(), scope });
      return { ok: true, signed_upload_url: signedUrl(blob) };
    },
    FinalizeCacheEntryUpload(body, caller) {
      const scope = caller.ref ?? null;
      const entry = caches.find(
        (c) => c.key === body.key && c.version === body.version && c.scope === scope && !c.finalized,
      );
      if (!entry) throw new TwirpError(404, "not_found", `no reserved cache entry ${String(body.key)}`);
      const content = blobs.get(entry.blob);
      if (!content) return { ok: false, entry_id: "0", message: "no archive was uploaded" };
      if (String(content.length) !== String(body.size_bytes)) {
        return {
          ok: false,
          entry_id: "0",
          message: `size ${String(body.size_bytes)} does not match the upload`,
        };
      }
      entry.size = content.length;
      entry.finalized = true;
      return { ok: true, entry_id: String(entry.id) };
    },
    GetCacheEntryDownloadURL(body, caller) {
      const version = String(body.version ?? "");
      // Without a ref (the default token) every entry is visible, as before scopes existed here.
      const visible = (c: StoredCacheEntry) =>
        caller.ref === undefined || c.scope === null || c.scope === caller.ref || c.scope === defaultRef;
      // The run's own ref first, then the default branch, as GitHub searches.
      const finalized = caches
        .filter((c) => c.finalized && c.version === version && visible(c))
        .sort((a, b) => Number(b.scope === caller.ref) - Number(a.scope === caller.ref));
      let match = finalized.find((c) => c.key === body.key);
      for (const prefix of (body.restore_keys as string[] | undefined) ?? []) {
        if (match) break;
        match = finalized
          .filter((c) => c.key.startsWith(prefix))
          .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)[0];
      }
      if (!match) return { ok: false, signed_download_url: "", matched_key: "" };
      return { ok: true, signed_download_url: signedUrl(match.blob), matched_key: match.key };
    },
  };

  const sendJson = (res: ServerResponse, status: number, value: unknown): void => {
    const body = JSON.stringify(value);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  };

  const blobHeaders = (extra: Record<string, string | number> = {}) => ({
    "x-ms-request-id": randomBytes(8).toString("hex"),
    "x-ms-version": "2023-11-03",
    date: new Date().toUTCString(),
    ...extra,
  });

  const handleBlob = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const blob = decodeURIComponent(url.pathname.replace(/^\/devstoreaccount1\//, ""));
    const sig = signatures.get(blob);
    if (!sig || url.searchParams.get("sig") !== sig) {
      res.writeHead(403, blobHeaders({ "x-ms-error-code": "AuthenticationFailed" }));
      res.end();
      return;
    }
    const fault = takeFault(`blob:${req.method}`);
    if (fault) {
      await readBody(req);
      res.writeHead(fault.status, blobHeaders({ "x-ms-error-code": "InternalError" }));
      res.end();
      return;
    }
    const comp = url.searchParams.get("comp");
    if (req.method === "PUT") {
      const body = await readBody(req);
      const etag = `"0x${randomBytes(8).toString("hex").toUpperCase()}"`;
      if (comp === "block") {
        const id = url.searchParams.get("blockid") ?? "";
        if (!blocks.has(blob)) blocks.set(blob, new Map());
        blocks.get(blob)!.set(id, body);
        res.writeHead(201, blobHeaders({ "x-ms-request-server-encrypted": "true", "content-length": 0 }));
        res.end();
        return;
      }
      if (comp === "blocklist") {
        const staged = blocks.get(blob) ?? new Map<string, Buffer>();
        const ids = [...body.toString("utf8").matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
          (m) => m[1]!,
        );
        const parts: Buffer[] = [];
        for (const id of ids) {
          const part = staged.get(id);
          if (!part) {
            res.writeHead(400, blobHeaders({ "x-ms-error-code": "InvalidBlockList" }));
            res.end();
            return;
          }
          parts.push(part);
        }
        blobs.set(blob, Buffer.concat(parts));
        blocks.delete(blob);
        res.writeHead(
          201,
          blobHeaders({ etag, "last-modified": new Date().toUTCString(), "content-length": 0 }),
        );
        res.end();
        return;
      }
      if (req.headers["x-ms-blob-type"] !== "BlockBlob") {
        res.writeHead(400, blobHeaders({ "x-ms-error-code": "InvalidHeaderValue" }));
        res.end();
        return;
      }
      blobs.set(blob, body);
      res.writeHead(
        201,
        blobHeaders({ etag, "last-modified": new Date().toUTCString(), "content-length": 0 }),
      );
      res.end();
      return;
    }
    if (req.method === "GET" || req.method === "HEAD") {
      const content = blobs.get(blob);
      if (!content) {
        res.writeHead(404, blobHeaders({ "x-ms-error-code": "BlobNotFound" }));
        res.end();
        return;
      }
      res.writeHead(
        200,
        blobHeaders({
          "content-type": "application/octet-stream",
          "content-length": content.length,
          "x-ms-blob-type": "BlockBlob",
          etag: '"0x1"',
          "last-modified": new Date().toUTCString(),
          "accept-ranges": "bytes",
        }),
      );
      res.end(req.method === "GET" ? content : undefined);
      return;
    }
    res.writeHead(405, blobHeaders());
    res.end();
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      try {
        const twirp = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(url.pathname);
        if (twirp) {
          const [, service, method] = twirp as unknown as [string, string, string];
          requests.push(`POST ${method}`);
          const raw = await readBody(req);
          if (req.method !== "POST") throw new TwirpError(405, "bad_route", "twirp routes are POST");
          const caller = issued.get(String(req.headers.authorization ?? "").replace(/^Bearer /, ""));
          if (!caller) {
            throw new TwirpError(401, "unauthenticated", "invalid or missing runtime token");
          }
          const table =
            service === ARTIFACT_SERVICE
              ? artifactMethods
              : service === CACHE_SERVICE
                ? cacheMethods
                : undefined;
          const handler = table?.[method];
          if (!handler) throw new TwirpError(404, "bad_route", `no handler for ${service}/${method}`);
          const fault = takeFault(method);
          if (fault)
            throw new TwirpError(
              fault.status,
              fault.status >= 500 ? "internal" : "unavailable",
              "injected fault",
            );
          let body: Record<string, unknown>;
          try {
            body = JSON.parse(raw.toString("utf8") || "{}") as Record<string, unknown>;
          } catch {
            throw new TwirpError(400, "malformed", "request body is not JSON");
          }
          sendJson(res, 200, handler(body, caller));
          return;
        }
        if (url.pathname.startsWith("/devstoreaccount1/")) {
          requests.push(`${req.method} blob`);
          await handleBlob(req, res, url);
          return;
        }
        requests.push(`${req.method} ${url.pathname}`);
        sendJson(res, 404, { code: "bad_route", msg: `no route ${url.pathname}` });
      } catch (error) {
        if (error instanceof TwirpError)
          sendJson(res, error.status, { code: error.code, msg: error.message });
        else sendJson(res, 500, { code: "internal", msg: String(error) });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const envWith = (runtime: string) => ({
    ACTIONS_RUNTIME_TOKEN: runtime,
    ACTIONS_RESULTS_URL: baseUrl,
    ACTIONS_CACHE_SERVICE_V2: "true",
    GITHUB_SERVER_URL: "https://github.com",
  });
  return {
    url: baseUrl,
    env: envWith(token),
    envFor(run, job, ref) {
      const ids = {
        run: createHash("sha256").update(`run:${run}`).digest("hex").slice(0, 16),
        job: createHash("sha256").update(`job:${run}:${job}`).digest("hex").slice(0, 16),
      };
      const runtime = runtimeToken(ids.run, ids.job);
      issued.set(runtime, ref === undefined ? ids : { ...ids, ref });
      return envWith(runtime);
    },
    runBackendId,
    jobBackendId,
    artifacts,
    caches,
    requests,
    blobContent: (blob) => blobs.get(blob),
    artifactContent(name) {
      const artifact = artifacts.find((a) => a.name === name && a.finalized);
      return artifact ? blobs.get(artifact.blob) : undefined;
    },
    fail(fault) {
      faults.push({ ...fault, left: fault.times ?? Number.POSITIVE_INFINITY });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
