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

/** A runtime token's workflow run and job backend ids, and the git ref of its run. */
interface Caller {
  run: string;
  job: string;
  ref?: string;
}

type Method = (body: Record<string, unknown>, caller: Caller) => unknown;

/** Everything the services hold, in memory: shared by the twirp methods and the blob store. */
interface ServiceState {
  defaultRef: string;
  /** Every runtime token issued, with the workflow run and job backend ids it is for. */
  issued: Map<string, Caller>;
  artifacts: StoredArtifact[];
  caches: StoredCacheEntry[];
  requests: string[];
  faults: (ServiceFault & { left: number })[];
  /** Committed blobs, and staged (uncommitted) blocks per blob. */
  blobs: Map<string, Buffer>;
  blocks: Map<string, Map<string, Buffer>>;
  signatures: Map<string, string>;
  nextId: number;
  baseUrl: string;
}

function signedUrl(state: ServiceState, blob: string): string {
  const sig = state.signatures.get(blob) ?? randomBytes(12).toString("base64url");
  state.signatures.set(blob, sig);
  const expires = new Date(Date.now() + 3600_000).toISOString();
  return `${state.baseUrl}devstoreaccount1/${blob}?sv=2023-11-03&se=${encodeURIComponent(expires)}&sp=rcw&sig=${sig}`;
}

function takeFault(state: ServiceState, target: string): ServiceFault | undefined {
  const fault = state.faults.find((f) => f.target === target && f.left > 0);
  if (fault) fault.left--;
  return fault;
}

/** The run of a request whose backend ids are its runtime token's; a twirp error otherwise. */
function checkBackend(body: Record<string, unknown>, caller: Caller): string {
  if (body.workflow_run_backend_id !== caller.run || body.workflow_job_run_backend_id !== caller.job) {
    throw new TwirpError(400, "invalid_argument", "workflow backend ids do not match the runtime token");
  }
  return caller.run;
}

/** ArtifactService: artifacts are per workflow run. */
function artifactMethods(state: ServiceState): Record<string, Method> {
  const { artifacts, blobs } = state;
  return {
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
      const id = state.nextId++;
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
      return { ok: true, signed_upload_url: signedUrl(state, blob) };
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
      return { signed_url: signedUrl(state, artifact.blob) };
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
}

/** CacheService (cache service v2): entries are the repository's, scoped by the saving run's ref. */
function cacheMethods(state: ServiceState): Record<string, Method> {
  const { caches, blobs, defaultRef } = state;
  return {
    CreateCacheEntry(body, caller) {
      const key = String(body.key ?? "");
      const version = String(body.version ?? "");
      if (!key || !version) throw new TwirpError(400, "invalid_argument", "key and version are required");
      const scope = caller.ref ?? null;
      if (caches.some((c) => c.key === key && c.version === version && c.scope === scope)) {
        throw new TwirpError(409, "already_exists", `cache entry ${key} already exists`);
      }
      const id = state.nextId++;
      const blob = `caches/${id}/cache.tzst`;
      caches.push({ id, key, version, blob, size: 0, finalized: false, createdAt: Date.now(), scope });
      return { ok: true, signed_upload_url: signedUrl(state, blob) };
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
      return { ok: true, signed_download_url: signedUrl(state, match.blob), matched_key: match.key };
    },
  };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function blobHeaders(extra: Record<string, string | number> = {}): Record<string, string | number> {
  return {
    "x-ms-request-id": randomBytes(8).toString("hex"),
    "x-ms-version": "2023-11-03",
    date: new Date().toUTCString(),
    ...extra,
  };
}

/** An empty blob-service answer. */
function blobReply(res: ServerResponse, status: number, extra: Record<string, string | number> = {}): void {
  res.writeHead(status, blobHeaders(extra));
  res.end();
}

/** Put Block, Put Block List or Put Blob on a signed blob URL. */
function putBlob(
  state: ServiceState,
  req: IncomingMessage,
  res: ServerResponse,
  blob: string,
  body: Buffer,
  url: URL,
): void {
  const comp = url.searchParams.get("comp");
  const etag = `"0x${randomBytes(8).toString("hex").toUpperCase()}"`;
  const committed = () =>
    blobHeaders({ etag, "last-modified": new Date().toUTCString(), "content-length": 0 });
  if (comp === "block") {
    const id = url.searchParams.get("blockid") ?? "";
    if (!state.blocks.has(blob)) state.blocks.set(blob, new Map());
    state.blocks.get(blob)!.set(id, body);
    blobReply(res, 201, { "x-ms-request-server-encrypted": "true", "content-length": 0 });
    return;
  }
  if (comp === "blocklist") {
    const staged = state.blocks.get(blob) ?? new Map<string, Buffer>();
    const ids = [...body.toString("utf8").matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
      (m) => m[1]!,
    );
    const parts = ids.map((id) => staged.get(id));
    if (parts.some((part) => !part)) {
      blobReply(res, 400, { "x-ms-error-code": "InvalidBlockList" });
      return;
    }
    state.blobs.set(blob, Buffer.concat(parts as Buffer[]));
    state.blocks.delete(blob);
    res.writeHead(201, committed());
    res.end();
    return;
  }
  if (req.headers["x-ms-blob-type"] !== "BlockBlob") {
    blobReply(res, 400, { "x-ms-error-code": "InvalidHeaderValue" });
    return;
  }
  state.blobs.set(blob, body);
  res.writeHead(201, committed());
  res.end();
}

/** GET or HEAD of a committed blob. */
function getBlob(state: ServiceState, req: IncomingMessage, res: ServerResponse, blob: string): void {
  const content = state.blobs.get(blob);
  if (!content) {
    blobReply(res, 404, { "x-ms-error-code": "BlobNotFound" });
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
}

/** A signed blob URL: checks the signature and the injected faults, then puts or gets. */
async function handleBlob(
  state: ServiceState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const blob = decodeURIComponent(url.pathname.replace(/^\/devstoreaccount1\//, ""));
  const sig = state.signatures.get(blob);
  if (!sig || url.searchParams.get("sig") !== sig) {
    blobReply(res, 403, { "x-ms-error-code": "AuthenticationFailed" });
    return;
  }
  const fault = takeFault(state, `blob:${req.method}`);
  if (fault) {
    await readBody(req);
    blobReply(res, fault.status, { "x-ms-error-code": "InternalError" });
    return;
  }
  if (req.method === "PUT") putBlob(state, req, res, blob, await readBody(req), url);
  else if (req.method === "GET" || req.method === "HEAD") getBlob(state, req, res, blob);
  else blobReply(res, 405);
}

/** A twirp call: authenticated by its runtime token, answered by the service's method. */
async function handleTwirp(
  state: ServiceState,
  methods: Record<string, Record<string, Method>>,
  [service, method]: [string, string],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  state.requests.push(`POST ${method}`);
  const raw = await readBody(req);
  if (req.method !== "POST") throw new TwirpError(405, "bad_route", "twirp routes are POST");
  const caller = state.issued.get(String(req.headers.authorization ?? "").replace(/^Bearer /, ""));
  if (!caller) {
    throw new TwirpError(401, "unauthenticated", "invalid or missing runtime token");
  }
  const handler = (Object.hasOwn(methods, service) ? methods[service] : undefined)?.[method];
  if (!handler) throw new TwirpError(404, "bad_route", `no handler for ${service}/${method}`);
  const fault = takeFault(state, method);
  if (fault)
    throw new TwirpError(fault.status, fault.status >= 500 ? "internal" : "unavailable", "injected fault");
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(raw.toString("utf8") || "{}") as Record<string, unknown>;
  } catch {
    throw new TwirpError(400, "malformed", "request body is not JSON");
  }
  sendJson(res, 200, handler(body, caller));
}

function serve(state: ServiceState): Server {
  const methods = { [ARTIFACT_SERVICE]: artifactMethods(state), [CACHE_SERVICE]: cacheMethods(state) };
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      try {
        const twirp = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(url.pathname);
        if (twirp) {
          await handleTwirp(state, methods, [twirp[1]!, twirp[2]!], req, res);
          return;
        }
        if (url.pathname.startsWith("/devstoreaccount1/")) {
          state.requests.push(`${req.method} blob`);
          await handleBlob(state, req, res, url);
          return;
        }
        state.requests.push(`${req.method} ${url.pathname}`);
        sendJson(res, 404, { code: "bad_route", msg: `no route ${url.pathname}` });
      } catch (error) {
        if (error instanceof TwirpError)
          sendJson(res, error.status, { code: error.code, msg: error.message });
        else sendJson(res, 500, { code: "internal", msg: String(error) });
      }
    })();
  });
}

export async function startActionsServices(options: { defaultRef?: string } = {}): Promise<ActionsServices> {
  const runBackendId = randomBytes(8).toString("hex");
  const jobBackendId = randomBytes(8).toString("hex");
  const token = runtimeToken(runBackendId, jobBackendId);
  const state: ServiceState = {
    defaultRef: options.defaultRef ?? "refs/heads/main",
    issued: new Map([[token, { run: runBackendId, job: jobBackendId }]]),
    artifacts: [],
    caches: [],
    requests: [],
    faults: [],
    blobs: new Map(),
    blocks: new Map(),
    signatures: new Map(),
    nextId: 1,
    baseUrl: "",
  };
  const server = serve(state);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  state.baseUrl = baseUrl;

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
      state.issued.set(runtime, ref === undefined ? ids : { ...ids, ref });
      return envWith(runtime);
    },
    runBackendId,
    jobBackendId,
    artifacts: state.artifacts,
    caches: state.caches,
    requests: state.requests,
    blobContent: (blob) => state.blobs.get(blob),
    artifactContent(name) {
      const artifact = state.artifacts.find((a) => a.name === name && a.finalized);
      return artifact ? state.blobs.get(artifact.blob) : undefined;
    },
    fail(fault) {
      state.faults.push({ ...fault, left: fault.times ?? Number.POSITIVE_INFINITY });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
