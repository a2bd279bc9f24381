import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, promises as fsp } from "node:fs";
import os from "node:os";
import nodePath from "node:path";
import { pipeline } from "node:stream/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { FaultInjector, type FaultAction } from "./faults.js";
import { compileRoute, HttpError, DOCS, type CompiledRoute, type Reply, type RouteContext } from "./http.js";
import { Renderer } from "./render.js";
import { assetDigest, routes } from "./routes.js";
import { FakeState, type PermissionName, type TokenInfo } from "./state.js";

export interface FakeGitHubOptions {
  /** The repository seeded by default (owner/name). */
  repository?: string;
  /** Serve the API under a prefix, as GHES does ("/api/v3"). */
  basePath?: string;
}

export interface RequestLogEntry {
  method: string;
  /** Path without the query string (and without basePath). */
  path: string;
  query: string;
  /** The matched route template, or null for an unknown route. */
  route: string | null;
  host: "api" | "uploads";
  /** 0 when the connection was dropped. */
  status: number;
  /** Fault kinds that fired. */
  faults: string[];
  authorization: string | null;
  at: number;
  /** The parsed JSON body of the request, when there was one. */
  body: unknown;
}

export interface FakeGitHub {
  /** The API base URL (what GITHUB_API_URL is set to). */
  url: string;
  /** The uploads host base URL (release assets). */
  uploadsUrl: string;
  state: FakeState;
  faults: FaultInjector;
  requests: RequestLogEntry[];
  /** Requests for a route template (and method), for assertions like "exactly 4 requests". */
  requestsTo(method: string, route: string): RequestLogEntry[];
  routes: ReadonlyArray<{ method: string; path: string; host: "api" | "uploads" }>;
  close(): Promise<void>;
}

const compiled: CompiledRoute[] = routes.map(compileRoute);

/** The routes the fake implements (method, OpenAPI path, host), for docs and conformance. */
export function fakeRoutes(): Array<{ method: string; path: string; host: "api" | "uploads"; docs: string }> {
  return compiled.map((r) => ({
    method: r.method,
    path: r.openapiPath,
    host: r.host ?? "api",
    docs: r.docs,
  }));
}

const PERMISSION_HEADER: Record<PermissionName, string> = {
  contents: "contents",
  "pull-requests": "pull_requests",
  issues: "issues",
  checks: "checks",
  deployments: "deployments",
  actions: "actions",
  metadata: "metadata",
  statuses: "statuses",
};

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Uploads larger than this go to a temporary file (hashed on the way), not into memory. */
const UPLOAD_IN_MEMORY_MAX = 8 * 1024 * 1024;

/** An upload body streamed to `dir`: its file, size and sha256. */
async function readUploadToFile(
  req: IncomingMessage,
  dir: string,
): Promise<NonNullable<RouteContext["upload"]>> {
  await fsp.mkdir(dir, { recursive: true });
  const file = nodePath.join(dir, `${randomUUID()}.upload`);
  const hash = createHash("sha256");
  let bytes = 0;
  req.on("data", (c: Buffer) => {
    hash.update(c);
    bytes += c.length;
  });
  await pipeline(req, createWriteStream(file));
  return { file, bytes, sha256: hash.digest("hex") };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the request handlers of one fake share. */
interface FakeServer {
  state: FakeState;
  faults: FaultInjector;
  requests: RequestLogEntry[];
  basePath: string;
  url: string;
  render: Renderer;
  /** Where big uploads are kept (removed by close()). */
  uploadDir: string;
}

/** The parts of a request the route handlers see. */
interface Incoming {
  req: IncomingMessage;
  method: string;
  path: string;
  url: URL;
  raw: Buffer;
  /** A big upload, kept in a file instead of `raw`. */
  upload?: RouteContext["upload"];
  entry: RequestLogEntry;
}

function send(
  state: FakeState,
  res: ServerResponse,
  req: IncomingMessage,
  reply: Reply,
  auth: TokenInfo | null,
  route: CompiledRoute | null,
): number {
  const headers: Record<string, string> = {
    "x-github-request-id": randomUUID().toUpperCase().slice(0, 23),
    "x-github-api-version-selected": "2022-11-28",
    "x-github-media-type": "github.v3; format=json",
    "access-control-expose-headers":
      "ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset",
  };
  const rl = state.rateLimit;
  if (auth || route) {
    headers["x-ratelimit-limit"] = String(rl.limit);
    headers["x-ratelimit-remaining"] = String(Math.max(0, rl.limit - rl.used));
    headers["x-ratelimit-reset"] = String(rl.resetEpoch);
    headers["x-ratelimit-used"] = String(rl.used);
    headers["x-ratelimit-resource"] = "core";
  }
  Object.assign(headers, reply.headers);
  let payload: Buffer | undefined;
  if (reply.raw) {
    payload = reply.raw;
    headers["content-type"] ??= "application/octet-stream";
  } else if (reply.body !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.body));
    headers["content-type"] = "application/json; charset=utf-8";
  }
  let status = reply.status;
  if (req.method === "GET" && status === 200 && payload) {
    const etag = `W/"${createHash("sha1").update(payload).digest("hex")}"`;
    headers.etag = etag;
    if (req.headers["if-none-match"] === etag) {
      status = 304;
      payload = undefined;
      delete headers["content-type"];
    }
  }
  if (payload) headers["content-length"] = String(payload.length);
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : payload);
  return status;
}

function errorReply(err: HttpError, route: CompiledRoute | null): Reply {
  const body: Record<string, unknown> = { message: err.message };
  if (err.extra.errors) body.errors = err.extra.errors;
  body.documentation_url = err.extra.documentationUrl ?? route?.docs ?? DOCS;
  body.status = String(err.status);
  return { status: err.status, body, headers: err.extra.headers ?? {} };
}

/** A rate-limit fault's answer: the primary limit (remaining 0 until a reset) or the secondary. */
function rateLimitReply(state: FakeState, action: Extract<FaultAction, { kind: "rate-limit" }>): Reply {
  const headers: Record<string, string> = {};
  if (action.retryAfter !== undefined) headers["retry-after"] = String(action.retryAfter);
  if (action.limit === "primary") {
    const reset = Math.ceil(Date.now() / 1000) + (action.resetAfter ?? action.retryAfter ?? 60);
    headers["x-ratelimit-remaining"] = "0";
    headers["x-ratelimit-used"] = String(state.rateLimit.limit);
    headers["x-ratelimit-reset"] = String(reset);
    return {
      status: action.status,
      headers,
      body: {
        message:
          "API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID.",
        documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
        status: String(action.status),
      },
    };
  }
  return {
    status: action.status,
    headers,
    body: {
      message:
        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
      documentation_url:
        "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
      status: String(action.status),
    },
  };
}

function faultReply(state: FakeState, action: FaultAction): Reply {
  if (action.kind === "status") {
    if (action.status === 502 || action.status === 504)
      return {
        status: action.status,
        raw: Buffer.from(
          `<html><body><h1>${action.status} ${action.status === 502 ? "Bad Gateway" : "Gateway Timeout"}</h1></body></html>`,
        ),
        headers: { "content-type": "text/html" },
      };
    return {
      status: action.status,
      body: { message: action.status === 503 ? "Service Unavailable" : "Server Error" },
    };
  }
  if (action.kind === "commit-then-fail" && action.status !== "drop")
    return faultReply(state, { kind: "status", status: action.status });
  if (action.kind === "rate-limit") return rateLimitReply(state, action);
  throw new Error(`unexpected fault ${action.kind}`);
}

/** A release asset download (GitHub's objects.githubusercontent.com), served by the API host. */
function serveDownload(
  fake: FakeServer,
  res: ServerResponse,
  request: Incoming,
  match: RegExpExecArray,
): void {
  const { req, entry } = request;
  entry.route = "/_downloads/{owner}/{repo}/{asset_id}/{name}";
  const repo = fake.state.repos.get(match[1]!.toLowerCase());
  const asset =
    repo && [...repo.releases.values()].flatMap((r) => r.assets).find((a) => a.id === Number(match[2]));
  if (!asset) {
    entry.status = send(fake.state, res, req, errorReply(new HttpError(404, "Not Found"), null), null, null);
    return;
  }
  asset.downloadCount++;
  if (asset.file) {
    // A big upload: streamed from its file.
    res.writeHead(200, {
      "content-type": asset.contentType,
      "content-length": String(asset.file.bytes),
      "x-ms-content-sha256": assetDigest(asset),
    });
    entry.status = 200;
    void pipeline(createReadStream(asset.file.path), res).catch(() => res.destroy());
    return;
  }
  const reply: Reply = {
    status: 200,
    raw: asset.data,
    headers: {
      "content-type": asset.contentType,
      "content-disposition": `attachment; filename=${encodeURIComponent(asset.name)}`,
      "x-ms-content-sha256": assetDigest(asset),
    },
  };
  entry.status = send(fake.state, res, req, reply, null, null);
}

function matchRoute(
  host: "api" | "uploads",
  method: string,
  path: string,
): { route: CompiledRoute | null; params: Record<string, string> } {
  for (const r of compiled) {
    if ((r.host ?? "api") !== host || r.method !== method) continue;
    const m = r.regex.exec(path);
    if (m) return { route: r, params: Object.fromEntries(r.names.map((n, i) => [n, m[i + 1]!])) };
  }
  return { route: null, params: {} };
}

/**
 * The caller of an authenticated request (an unknown token is the default login unless tokens
 * are strict), counted against the primary rate limit: once it is spent, every call is a 403.
 */
function authenticate(state: FakeState, authHeader: string | null, route: CompiledRoute): TokenInfo | null {
  const token = authHeader ? /^(?:token|bearer)\s+(.+)$/i.exec(authHeader)?.[1]?.trim() : undefined;
  if (authHeader && !token) throw new HttpError(401, "Bad credentials");
  if (!token) return null;
  const known = state.tokens.get(token);
  if (!known && state.strictTokens) throw new HttpError(401, "Bad credentials");
  const auth = known ?? {
    login: state.defaultLogin,
    type: state.defaultLogin.endsWith("[bot]") ? ("Bot" as const) : ("User" as const),
    permissions: { ...state.defaultPermissions },
  };
  if (route.path !== "/rate_limit") {
    if (state.rateLimit.used >= state.rateLimit.limit) {
      throw new HttpError(
        403,
        `API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID.`,
        { documentationUrl: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api" },
      );
    }
    state.rateLimit.used++;
  }
  return auth;
}

/** The route's permission, as a GitHub App installation token (like GITHUB_TOKEN) must hold it. */
function checkPermission(auth: TokenInfo, route: CompiledRoute): void {
  if (!route.permission) return;
  const { any, level } = route.permission;
  const allowed = any.some((p) => {
    const have = auth.permissions[p] ?? "none";
    return level === "read" ? have === "read" || have === "write" : have === "write";
  });
  if (!allowed) {
    throw new HttpError(403, "Resource not accessible by integration", {
      headers: {
        "x-accepted-github-permissions": any.map((p) => `${PERMISSION_HEADER[p]}=${level}`).join("; "),
      },
    });
  }
}

/** The JSON object body of an API request (uploads take raw bytes); logged on the entry. */
function jsonBody(route: CompiledRoute, request: Incoming): Record<string, unknown> {
  if (route.host === "uploads" || !request.raw.length) return {};
  try {
    const parsed: unknown = JSON.parse(request.raw.toString("utf8"));
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new Error("not an object");
    request.entry.body = parsed;
    return parsed as Record<string, unknown>;
  } catch {
    throw new HttpError(400, "Problems parsing JSON");
  }
}

/** Runs the matched route: authentication, repository, permission, body, then its handler. */
async function routeReply(
  fake: FakeServer,
  request: Incoming,
  route: CompiledRoute | null,
  params: Record<string, string>,
): Promise<{ reply: Reply; auth: TokenInfo | null }> {
  const { state } = fake;
  let auth: TokenInfo | null = null;
  try {
    if (!route) throw new HttpError(404, "Not Found");
    auth = authenticate(state, request.entry.authorization, route);
    const write = request.method !== "GET" && request.method !== "HEAD";
    if (!auth && (write || route.requiresAuth)) throw new HttpError(401, "Requires authentication");
    let repo = undefined;
    if (params.owner !== undefined && params.repo !== undefined) {
      repo = state.repos.get(`${params.owner}/${params.repo}`.toLowerCase());
      if (!repo || (repo.private && !auth)) throw new HttpError(404, "Not Found");
    }
    if (auth) checkPermission(auth, route);
    const body = jsonBody(route, request);
    const ctx: RouteContext = {
      req: request.req,
      method: request.method,
      path: request.path,
      params,
      query: request.url.searchParams,
      body,
      rawBody: request.raw,
      ...(request.upload ? { upload: request.upload } : {}),
      state,
      render: fake.render,
      auth,
      actor: state.user(auth?.login ?? "ghost", auth?.type ?? "User"),
      repo: repo!,
      apiUrl: fake.url,
    };
    return { reply: await route.handler(ctx), auth };
  } catch (err) {
    const error =
      err instanceof HttpError
        ? err
        : new HttpError(500, `fake GitHub bug: ${(err as Error).stack ?? String(err)}`);
    return { reply: errorReply(error, route), auth };
  }
}

/**
 * The faults injected for this request: latency first, then a drop or an error answer ("done"),
 * or a commit-then-fail to apply after the route ran.
 */
async function beforeRoute(
  fake: FakeServer,
  res: ServerResponse,
  request: Incoming,
  route: CompiledRoute | null,
): Promise<"done" | FaultAction | undefined> {
  const actions = fake.faults.take(request.method, request.path);
  request.entry.faults = actions.map((a) => a.kind);
  for (const action of actions) {
    if (action.kind === "latency") await sleep(action.ms);
  }
  let commitThenFail: FaultAction | undefined;
  for (const action of actions) {
    if (action.kind === "drop") {
      request.req.socket.destroy();
      return "done";
    }
    if (action.kind === "status" || action.kind === "rate-limit") {
      request.entry.status = send(fake.state, res, request.req, faultReply(fake.state, action), null, route);
      return "done";
    }
    if (action.kind === "commit-then-fail") commitThenFail = action;
  }
  return commitThenFail;
}

async function readRequest(
  fake: FakeServer,
  host: "api" | "uploads",
  req: IncomingMessage,
): Promise<Incoming> {
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", "http://fake.invalid");
  let path = url.pathname;
  if (host === "api" && fake.basePath) {
    if (path === fake.basePath || path.startsWith(`${fake.basePath}/`))
      path = path.slice(fake.basePath.length) || "/";
    else path = `/__outside_base_path__${path}`;
  }
  const big = host === "uploads" && Number(req.headers["content-length"] ?? 0) > UPLOAD_IN_MEMORY_MAX;
  const upload = big ? await readUploadToFile(req, fake.uploadDir) : undefined;
  const raw = big ? Buffer.alloc(0) : await readBody(req);
  const entry: RequestLogEntry = {
    method,
    path,
    query: url.search,
    route: null,
    host,
    status: 0,
    faults: [],
    authorization: req.headers.authorization ?? null,
    at: Date.now(),
    body: undefined,
  };
  fake.requests.push(entry);
  return { req, method, path, url, raw, ...(upload ? { upload } : {}), entry };
}

async function handle(
  fake: FakeServer,
  host: "api" | "uploads",
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const request = await readRequest(fake, host, req);
  const { method, path, entry } = request;
  const download =
    host === "api" && method === "GET" ? /^\/_downloads\/([^/]+\/[^/]+)\/(\d+)\/[^/]+$/.exec(path) : null;
  if (download) {
    serveDownload(fake, res, request, download);
    return;
  }
  const { route, params } = matchRoute(host, method, path);
  entry.route = route?.openapiPath ?? null;
  const fault = await beforeRoute(fake, res, request, route);
  if (fault === "done") return;
  const { reply, auth } = await routeReply(fake, request, route, params);
  if (fault?.kind === "commit-then-fail") {
    if (fault.status === "drop") {
      req.socket.destroy();
      return;
    }
    entry.status = send(fake.state, res, req, faultReply(fake.state, fault), auth, route);
    return;
  }
  entry.status = send(fake.state, res, req, reply, auth, route);
}

/**
 * Starts the fake GitHub REST API on 127.0.0.1 (random ports: one for the API, one for uploads).
 */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = new FakeState(options.repository ?? "octo-org/ml-repo");
  const faults = new FaultInjector();
  const requests: RequestLogEntry[] = [];
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const sockets = new Set<Socket>();

  const apiServer = createServer();
  const uploadServer = createServer();
  for (const s of [apiServer, uploadServer]) {
    // Long keep-alive (like GitHub's edge): a client never races a server-side idle close.
    s.keepAliveTimeout = 60_000;
    s.on("connection", (socket: Socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
  }
  const apiPort = await listen(apiServer);
  const uploadPort = await listen(uploadServer);
  const url = `http://127.0.0.1:${apiPort}${basePath}`;
  const uploadsUrl = `http://127.0.0.1:${uploadPort}`;
  const fake: FakeServer = {
    state,
    faults,
    requests,
    basePath,
    url,
    render: new Renderer(state, url, uploadsUrl),
    uploadDir: nodePath.join(os.tmpdir(), `mlops-fake-github-uploads-${randomUUID()}`),
  };

  const wrap = (host: "api" | "uploads") => (req: IncomingMessage, res: ServerResponse) => {
    handle(fake, host, req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: `fake GitHub bug: ${String(err)}` }));
      }
    });
  };
  apiServer.on("request", wrap("api"));
  uploadServer.on("request", wrap("uploads"));

  return {
    url,
    uploadsUrl,
    state,
    faults,
    requests,
    requestsTo: (method, route) =>
      requests.filter((r) => r.method === method.toUpperCase() && r.route === route),
    routes: compiled.map((r) => ({ method: r.method, path: r.openapiPath, host: r.host ?? "api" })),
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([apiServer, uploadServer].map((s) => new Promise<void>((r) => s.close(() => r()))));
      await fsp.rm(fake.uploadDir, { recursive: true, force: true });
    },
  };
}
