import { createHash, type Hash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { Transform, type Readable } from "node:stream";
import tls from "node:tls";
import { ConfigurationError } from "@mlops/core";
import { dockerConfigCredentials, type OciCredentials } from "./docker-credentials.js";

export { dockerConfigCredentials, type OciCredentials } from "./docker-credentials.js";

/*
 * A small client of the OCI distribution API (https://github.com/opencontainers/distribution-spec):
 * what the OCI artifact store needs and nothing more.
 *
 *   blobs      HEAD to skip what the repository already holds; uploads streamed from disk in
 *              chunks (POST, PATCH with Content-Range, PUT ?digest=), resumed after a failed
 *              chunk from the Range the registry reports (GET on the upload URL); GET streamed,
 *              following redirects (without our credentials when the host changes).
 *   manifests  PUT by digest or tag; GET checked against the digest asked for.
 *   auth       the registry's WWW-Authenticate challenge: Bearer (a token from the realm, asked
 *              with basic credentials for the challenge's service and scope, or with an identity
 *              token as an OAuth2 refresh_token POST) or Basic. Credentials: explicit, else
 *              MLOPS_OCI_USERNAME/PASSWORD, else docker config.json (credHelpers, credsStore,
 *              auths; docker-credentials.ts), else GITHUB_TOKEN for ghcr.io.
 *   TLS        the system's trusted CAs plus `ca` or the PEM file MLOPS_OCI_CA_FILE names (a
 *              company registry's own CA).
 *
 * Credentials never reach a message or a log: errors name the method, the URL path and the
 * registry's own error codes only.
 */

export interface OciReference {
  /** host[:port] */
  registry: string;
  /** the repository name inside the registry, e.g. owner/models */
  repository: string;
  /** "https" unless the reference was written http://… */
  scheme: "https" | "http";
}

export interface OciClientOptions {
  /** Credentials to use; default: docker config.json for the registry's host, else anonymous. */
  credentials?: OciCredentials | null;
  /** Extra CA certificates (PEM) to trust, e.g. a company registry's own CA. */
  ca?: string | Buffer;
  /** Bytes per PATCH of a chunked upload (default 64 MiB). */
  chunkBytes?: number;
  /** Attempts per request or chunk before giving up (default 5). */
  attempts?: number;
  /** Base of the exponential back-off between attempts, ms (default 500). */
  backoffMs?: number;
  /** Environment for DOCKER_CONFIG / HOME, MLOPS_OCI_* and credential helpers (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** The step's GitHub token: the password for ghcr.io when no other credentials are found. */
  githubToken?: string | null;
  /** Masks a secret found in docker config.json or a helper in the job log (logger.setSecret). */
  mask?: (value: string) => void;
}

/** Environment variable naming a PEM file of CA certificates to trust besides the system's. */
export const OCI_CA_FILE_ENV = "MLOPS_OCI_CA_FILE";

export interface OciDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  artifactType?: string;
}

export interface OciManifest {
  schemaVersion: 2;
  mediaType: string;
  artifactType?: string;
  config: OciDescriptor;
  layers: OciDescriptor[];
  annotations?: Record<string, string>;
}

export const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const MANIFEST_ACCEPT = [OCI_MANIFEST, "application/vnd.docker.distribution.manifest.v2+json"].join(", ");
const REPOSITORY_PATTERN =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** `ghcr.io/owner/models`, `registry.example.com:5000/team/models`, `http://127.0.0.1:5000/models`. */
export function parseOciReference(text: string): OciReference {
  let rest = text.trim();
  let scheme: "https" | "http" = "https";
  const schemeMatch = /^(https?):\/\//.exec(rest);
  if (schemeMatch) {
    scheme = schemeMatch[1] as "https" | "http";
    rest = rest.slice(schemeMatch[0].length);
  }
  const slash = rest.indexOf("/");
  const registry = slash > 0 ? rest.slice(0, slash) : "";
  const repository = slash > 0 ? rest.slice(slash + 1).replace(/\/+$/, "") : "";
  if (!registry || !/^[A-Za-z0-9.-]+(?::\d+)?$/.test(registry) || !REPOSITORY_PATTERN.test(repository)) {
    throw new ConfigurationError(
      `registry oci: expected <host>[:port]/<repository> in lower case (e.g. ghcr.io/owner/models), found ${JSON.stringify(text)}`,
      { code: "input-invalid" },
    );
  }
  return { registry, repository, scheme };
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: http.IncomingMessage;
}

interface SendOptions {
  headers?: Record<string, string | number>;
  /** Made anew for every attempt (an auth retry re-sends the body). */
  body?: () => Readable | Buffer;
  /** Statuses that are an answer, not an error to retry or throw (default: 2xx). */
  accept?: (status: number) => boolean;
  /** Retry network errors, 429 and 5xx (default true; the chunk loop does its own). */
  retry?: boolean;
}

/** A registry's refusal, with its error codes (never our credentials). */
export class OciHttpError extends ConfigurationError {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly where: string,
    detail: string,
  ) {
    super(`OCI registry: ${method} ${where} → HTTP ${status}${detail ? ` (${detail})` : ""}`, {
      code: status === 401 || status === 403 ? "permission-denied" : "registry-error",
    });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readAll(body: http.IncomingMessage, limit = 8 << 20): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) {
      body.destroy();
      throw new ConfigurationError(
        `OCI registry: a response larger than ${limit} bytes where JSON was expected`,
        {
          code: "registry-error",
        },
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The registry's error codes and messages from an error body, for messages. */
async function errorDetail(body: http.IncomingMessage): Promise<string> {
  try {
    const text = (await readAll(body, 64 << 10)).toString("utf8");
    const parsed = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    if (parsed.errors?.length)
      return parsed.errors.map((e) => [e.code, e.message].filter(Boolean).join(": ")).join("; ");
    return text.slice(0, 200);
  } catch {
    return "";
  }
}

/** The CAs to trust besides the system's: the option, then the file MLOPS_OCI_CA_FILE names. */
function extraCas(options: OciClientOptions): (string | Buffer)[] {
  const extra: (string | Buffer)[] = options.ca ? [options.ca] : [];
  const file = (options.env ?? process.env)[OCI_CA_FILE_ENV]?.trim();
  if (file) {
    try {
      extra.push(readFileSync(file));
    } catch (error) {
      throw new ConfigurationError(
        `${OCI_CA_FILE_ENV}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); it should name a PEM file of CA certificates`,
        { code: "input-invalid" },
      );
    }
  }
  return extra;
}

/** TLS contexts by the extra CAs they trust: building one parses every root certificate again. */
const contexts = new Map<string, tls.SecureContext>();

/**
 * A TLS context trusting the system's roots and the extra CAs; undefined when there are none.
 * Node's `ca` replaces the trusted roots, so the extra CAs are added to them: a redirect to public
 * blob storage still verifies.
 */
function trustContext(options: OciClientOptions): tls.SecureContext | undefined {
  const extra = extraCas(options);
  if (extra.length === 0) return undefined;
  const key = extra.map(String).join("\n");
  let context = contexts.get(key);
  if (!context) {
    context = tls.createSecureContext({ ca: [...tls.rootCertificates, ...extra] });
    contexts.set(key, context);
  }
  return context;
}

/** `key="value", key2="value2"` of a WWW-Authenticate header. */
function challengeParams(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of text.matchAll(/([A-Za-z]+)="([^"]*)"/g)) params[match[1]!.toLowerCase()] = match[2]!;
  return params;
}

export class OciClient {
  readonly reference: OciReference;
  private readonly agent: http.Agent;
  /** For https hosts other than the registry's (a token realm), with the same trust. */
  private readonly otherTls: https.Agent | undefined;
  private readonly chunkBytes: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private credentials: OciCredentials | null | undefined;
  private authorization: string | null = null;
  /** Bearer tokens by scope, so a pull token does not stand in for a push. */
  private readonly tokens = new Map<string, string>();

  constructor(
    reference: OciReference | string,
    private readonly options: OciClientOptions = {},
  ) {
    this.reference = typeof reference === "string" ? parseOciReference(reference) : reference;
    // One TLS context for every connection when CAs are added to the system's (else Node's
    // defaults). Given `ca` itself, https.Agent would put the ~200 KB of certificates into every
    // request's pool key and build a context for each connection.
    const secureContext = trustContext(options);
    const agentOptions = { keepAlive: true, maxSockets: 4, ...(secureContext ? { secureContext } : {}) };
    this.agent =
      this.reference.scheme === "https" ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
    this.otherTls = secureContext ? new https.Agent({ keepAlive: true, secureContext }) : undefined;
    this.chunkBytes = options.chunkBytes ?? 64 << 20;
    this.attempts = options.attempts ?? 5;
    this.backoffMs = options.backoffMs ?? 500;
    this.credentials = options.credentials;
  }

  /** `host/repository`, as written in the index and in messages. */
  get name(): string {
    return `${this.reference.registry}/${this.reference.repository}`;
  }

  close(): void {
    this.agent.destroy();
    this.otherTls?.destroy();
  }

  private url(pathname: string): URL {
    return new URL(
      `${this.reference.scheme}://${this.reference.registry}/v2/${this.reference.repository}/${pathname}`,
    );
  }

  /**
   * Explicit credentials, else MLOPS_OCI_USERNAME + MLOPS_OCI_PASSWORD, else docker config.json,
   * else for ghcr.io the step's token or GITHUB_TOKEN (with permissions: packages: write to
   * push), else anonymous.
   */
  private async loadCredentials(): Promise<OciCredentials | null> {
    if (this.credentials !== undefined) return this.credentials;
    const env = this.options.env ?? process.env;
    const host = this.reference.registry;
    if (env.MLOPS_OCI_USERNAME && env.MLOPS_OCI_PASSWORD)
      this.credentials = { username: env.MLOPS_OCI_USERNAME, password: env.MLOPS_OCI_PASSWORD };
    else
      this.credentials = await dockerConfigCredentials(
        host,
        env,
        this.options.mask ? { mask: this.options.mask } : {},
      );
    const githubToken = this.options.githubToken || env.GITHUB_TOKEN;
    if (!this.credentials && host === "ghcr.io" && githubToken)
      this.credentials = { username: env.GITHUB_ACTOR || "x-access-token", password: githubToken };
    return this.credentials;
  }

  private raw(
    method: string,
    url: URL,
    options: SendOptions,
    authorization: string | null,
  ): Promise<Response> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { ...(options.headers ?? {}) };
      if (authorization) headers.Authorization = authorization;
      const body = options.body?.();
      if (Buffer.isBuffer(body)) headers["Content-Length"] = body.length;
      else if (!body && (method === "PUT" || method === "POST" || method === "PATCH"))
        headers["Content-Length"] ??= 0;
      const transport = url.protocol === "http:" ? http : https;
      const sameHost = url.host === this.reference.registry;
      const request = transport.request(
        url,
        {
          method,
          headers,
          ...(sameHost
            ? { agent: this.agent }
            : url.protocol === "https:" && this.otherTls
              ? { agent: this.otherTls }
              : {}),
        },
        (response) =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: response }),
      );
      request.on("error", (error) => {
        if (body && !Buffer.isBuffer(body)) body.destroy();
        reject(error);
      });
      if (!body) request.end();
      else if (Buffer.isBuffer(body)) request.end(body);
      else {
        body.on("error", (error) => request.destroy(error));
        body.pipe(request);
      }
    });
  }

  /** Answers a 401's challenge; false when there is nothing new to try. */
  private async authenticate(challenge: string, method: string, where: string): Promise<boolean> {
    const scheme = challenge.split(" ")[0]!.toLowerCase();
    const credentials = await this.loadCredentials();
    if (scheme === "basic") {
      // An identity token is for a token service; Basic has nothing to send it as.
      if (!credentials || credentials.identityToken) return false;
      const basic = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
      if (this.authorization === basic) return false;
      this.authorization = basic;
      return true;
    }
    if (scheme !== "bearer") return false;
    const params = challengeParams(challenge);
    if (!params.realm) return false;
    const scope = params.scope ?? "";
    const cached = this.tokens.get(scope);
    if (cached && this.authorization !== `Bearer ${cached}`) {
      this.authorization = `Bearer ${cached}`;
      return true;
    }
    const realm = new URL(params.realm);
    let response: Response;
    if (credentials?.identityToken) {
      // docker's identity token: an OAuth2 refresh token, exchanged at the realm by POST
      // (distribution's token spec, "OAuth2 token authentication").
      const form = new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: credentials.identityToken,
        client_id: "mlops-actions",
        ...(params.service ? { service: params.service } : {}),
        ...(scope ? { scope } : {}),
      });
      const body = Buffer.from(form.toString());
      response = await this.raw(
        "POST",
        realm,
        { headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: () => body },
        null,
      );
    } else {
      if (params.service) realm.searchParams.set("service", params.service);
      for (const s of scope.split(" ").filter(Boolean)) realm.searchParams.append("scope", s);
      const headers: Record<string, string> = {};
      if (credentials)
        headers.Authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
      response = await this.raw("GET", realm, { headers }, null);
    }
    if (response.status !== 200) {
      const detail = await errorDetail(response.body);
      throw new OciHttpError(
        response.status,
        method,
        where,
        `the token service ${realm.origin}${realm.pathname} refused ${credentials?.identityToken ? "the identity token" : credentials ? `user ${credentials.username}` : "anonymous access"}` +
          `${scope ? ` for ${scope}` : ""}${detail ? `: ${detail}` : ""}; check the credentials and that they may ${scope.includes("push") ? "push to" : "pull from"} ${this.name}`,
      );
    }
    const json = JSON.parse((await readAll(response.body)).toString("utf8")) as {
      token?: string;
      access_token?: string;
    };
    const token = json.token ?? json.access_token;
    if (!token)
      throw new OciHttpError(
        200,
        method,
        where,
        `the token service ${realm.origin} answered without a token`,
      );
    this.tokens.set(scope, token);
    this.authorization = `Bearer ${token}`;
    return true;
  }

  /** One request: authenticated on a 401 challenge, retried on network errors, 429 and 5xx. */
  async send(method: string, target: URL, options: SendOptions = {}): Promise<Response> {
    const accept = options.accept ?? ((status: number) => status >= 200 && status < 300);
    const where = target.pathname;
    let authTries = 0;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.raw(method, target, options, this.authorization);
      } catch (error) {
        if (options.retry === false || attempt >= this.attempts) {
          throw new ConfigurationError(
            `OCI registry: ${method} ${this.reference.registry}${where} failed: ${(error as Error).message}`,
            { code: "registry-unreachable", cause: error },
          );
        }
        await sleep(this.backoffMs * 2 ** (attempt - 1));
        continue;
      }
      if (response.status === 401 && authTries < 3) {
        const challenge = response.headers["www-authenticate"];
        response.body.resume();
        authTries++;
        if (challenge && (await this.authenticate(String(challenge), method, where))) {
          attempt--;
          continue;
        }
        throw new OciHttpError(
          401,
          method,
          where,
          (await this.loadCredentials())
            ? `the registry refused the credentials for ${this.reference.registry}`
            : `no credentials for ${this.reference.registry}: run \`docker login ${this.reference.registry}\` (or set DOCKER_CONFIG) or pass credentials`,
        );
      }
      if (accept(response.status)) return response;
      const transient = response.status === 429 || response.status >= 500;
      if (transient && options.retry !== false && attempt < this.attempts) {
        response.body.resume();
        await sleep(this.backoffMs * 2 ** (attempt - 1));
        continue;
      }
      throw new OciHttpError(response.status, method, where, await errorDetail(response.body));
    }
  }

  /** Whether the repository holds the blob (with the size it has there), without downloading it. */
  async blobSize(digest: string): Promise<number | null> {
    const response = await this.send("HEAD", this.url(`blobs/${digest}`), {
      accept: (s) => (s >= 200 && s < 300) || s === 404,
    });
    response.body.resume();
    if (response.status === 404) return null;
    return Number(response.headers["content-length"] ?? -1);
  }

  /** Uploads a small blob in one request (a config, say) unless the repository holds it. */
  async pushBytes(bytes: Buffer): Promise<OciDescriptor & { uploaded: boolean }> {
    const digest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    const base = { mediaType: "application/octet-stream", digest, size: bytes.length };
    if ((await this.blobSize(digest)) === bytes.length) return { ...base, uploaded: false };
    const location = await this.startUpload();
    const put = withDigest(location, digest);
    const response = await this.send("PUT", put, {
      headers: { "Content-Type": "application/octet-stream" },
      body: () => bytes,
    });
    response.body.resume();
    return { ...base, uploaded: true };
  }

  private async startUpload(): Promise<URL> {
    const start = this.url("blobs/uploads/");
    const response = await this.send("POST", start, { accept: (s) => s === 202 });
    response.body.resume();
    return this.location(response, start);
  }

  private location(response: Response, base: URL): URL {
    const location = response.headers.location;
    if (!location)
      throw new OciHttpError(response.status, "POST", base.pathname, "no Location header in the answer");
    return new URL(location, base);
  }

  /**
   * Uploads one file as a blob, streamed from disk in chunks, unless the repository already
   * holds `digest` (then nothing is sent). Hashes what it sends: returns the sha256 and size of
   * the bytes uploaded (the registry checks them against `digest` too, on the final PUT).
   */
  async pushFile(
    file: string,
    digest: string,
    size: number,
  ): Promise<{ uploaded: boolean; sha256: string; bytes: number }> {
    const existing = await this.blobSize(digest);
    if (existing === size) return { uploaded: false, sha256: digest.replace(/^sha256:/, ""), bytes: size };
    const hasher = new SequentialHash();
    let location = await this.startUpload();
    let offset = 0;
    let failures = 0;
    while (offset < size) {
      const end = Math.min(offset + this.chunkBytes, size) - 1;
      const from = offset;
      try {
        const response = await this.send("PATCH", location, {
          retry: false,
          headers: {
            "Content-Type": "application/octet-stream",
            "Content-Range": `${from}-${end}`,
            "Content-Length": end - from + 1,
          },
          body: () =>
            createReadStream(file, { start: from, end, highWaterMark: 1 << 20 }).pipe(hasher.at(from)),
          accept: (s) => s === 202,
        });
        response.body.resume();
        location = this.location(response, location);
        offset = end + 1;
        failures = 0;
      } catch (error) {
        if (
          error instanceof OciHttpError &&
          error.status >= 400 &&
          error.status < 500 &&
          error.status !== 416 &&
          error.status !== 404 &&
          error.status !== 429
        )
          throw error;
        if (++failures >= this.attempts) throw error;
        await sleep(this.backoffMs * 2 ** (failures - 1));
        // Resume from what the registry holds of this upload (or start afresh when it lost it).
        const status = await this.send("GET", location, { accept: (s) => s === 204 || s === 404 }).catch(
          () => null,
        );
        const range =
          status?.status === 204 ? /^(?:bytes=)?0-(\d+)$/.exec(String(status.headers.range ?? "")) : null;
        status?.body.resume();
        const received = range ? Number(range[1]) + 1 : 0;
        if (status?.status === 204 && range && received > 1 && received <= end + 1) {
          location = this.location(status, location);
          offset = received;
        } else {
          // "0-0" is 0 or 1 bytes; no status is a lost upload: either way, start again.
          location = await this.startUpload();
          offset = 0;
        }
      }
    }
    const sha256 = hasher.digest(size);
    if (`sha256:${sha256}` !== digest) {
      await this.send("DELETE", location, { accept: () => true, retry: false }).then(
        (r) => r.body.resume(),
        () => undefined,
      );
      return { uploaded: true, sha256, bytes: size };
    }
    const response = await this.send("PUT", withDigest(location, digest), {
      accept: (s) => s === 201 || s === 400,
    });
    if (response.status === 400) {
      const detail = await errorDetail(response.body);
      if (/DIGEST_INVALID|SIZE_INVALID/.test(detail)) return { uploaded: true, sha256: "", bytes: -1 };
      throw new OciHttpError(400, "PUT", location.pathname, detail);
    }
    response.body.resume();
    const stored = await this.blobSize(digest);
    return { uploaded: true, sha256, bytes: stored ?? -1 };
  }

  /**
   * A blob's bytes from `from` on, streamed (redirects followed, without credentials to another
   * host). A registry that ignores the Range gets the skipped bytes dropped here.
   */
  async blob(digest: string, from = 0): Promise<AsyncIterable<Buffer>> {
    let target = this.url(`blobs/${digest}`);
    const headers: Record<string, string> = from > 0 ? { Range: `bytes=${from}-` } : {};
    for (let hop = 0; hop < 5; hop++) {
      const ok = (s: number) => s === 200 || s === 206 || (s >= 300 && s < 400);
      const response =
        target.host === this.reference.registry
          ? await this.send("GET", target, { headers, accept: ok })
          : await this.raw("GET", target, { headers }, null);
      if (response.status === 200 || response.status === 206) {
        const skip = response.status === 200 ? from : 0;
        return skip === 0 ? response.body : dropFirst(response.body, skip);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.location) {
        response.body.resume();
        target = new URL(response.headers.location, target);
        continue;
      }
      throw new OciHttpError(response.status, "GET", target.pathname, await errorDetail(response.body));
    }
    throw new OciHttpError(310, "GET", `blobs/${digest}`, "more than 5 redirects");
  }

  /**
   * A blob of `size` bytes, streamed; a connection that breaks mid-way is picked up where it
   * broke (a Range request), up to `attempts` times in a row.
   */
  async *blobResumable(digest: string, size: number): AsyncGenerator<Buffer> {
    let received = 0;
    let failures = 0;
    for (;;) {
      try {
        // TLS hands over 16 KiB records; 1 MiB pieces spare the consumer's writes and hashing.
        for await (const chunk of coalesce(await this.blob(digest, received), 1 << 20)) {
          received += chunk.length;
          failures = 0;
          yield chunk;
        }
        if (received >= size) return;
        throw new Error(`the connection closed after ${received} of ${size} bytes`);
      } catch (error) {
        if (error instanceof OciHttpError || ++failures >= this.attempts) throw error;
        await sleep(this.backoffMs * 2 ** (failures - 1));
      }
    }
  }

  async putManifest(reference: string, bytes: Buffer, mediaType = OCI_MANIFEST): Promise<string> {
    const digest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    const response = await this.send("PUT", this.url(`manifests/${reference}`), {
      headers: { "Content-Type": mediaType },
      body: () => bytes,
    });
    response.body.resume();
    const stored = response.headers["docker-content-digest"];
    if (stored && stored !== digest) {
      throw new ConfigurationError(
        `${this.name}:${reference}: the registry stored the manifest as ${String(stored)}, not ${digest}`,
        { code: "integrity" },
      );
    }
    return digest;
  }

  /**
   * A manifest's bytes and digest. Asked by digest, the bytes must hash to it; asked by tag, the
   * registry's Docker-Content-Digest (when sent) must match the bytes.
   */
  async manifest(
    reference: string,
  ): Promise<{ bytes: Buffer; digest: string; manifest: OciManifest } | null> {
    const response = await this.send("GET", this.url(`manifests/${reference}`), {
      headers: { Accept: MANIFEST_ACCEPT },
      accept: (s) => s === 200 || s === 404,
    });
    if (response.status === 404) {
      response.body.resume();
      return null;
    }
    const bytes = await readAll(response.body);
    const digest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    const expected = reference.startsWith("sha256:") ? reference : response.headers["docker-content-digest"];
    if (expected && expected !== digest) {
      throw new ConfigurationError(
        `${this.name}@${reference}: the manifest received hashes to ${digest}, not ${String(expected)}`,
        { code: "integrity" },
      );
    }
    return { bytes, digest, manifest: JSON.parse(bytes.toString("utf8")) as OciManifest };
  }
}

/** Joins small chunks into pieces of about `bytes` (the last may be smaller). */
async function* coalesce(body: AsyncIterable<Buffer>, bytes: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  let broken: unknown = null;
  try {
    for await (const chunk of body) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= bytes) {
        yield pending.length === 1 ? pending[0]! : Buffer.concat(pending, size);
        pending = [];
        size = 0;
      }
    }
  } catch (error) {
    broken = error;
  }
  // What arrived before a break is still good: the caller counts it and resumes after it.
  if (size > 0) yield Buffer.concat(pending, size);
  if (broken) throw broken;
}

async function* dropFirst(body: AsyncIterable<Buffer>, skip: number): AsyncGenerator<Buffer> {
  let left = skip;
  for await (const chunk of body) {
    if (left >= chunk.length) {
      left -= chunk.length;
      continue;
    }
    yield left > 0 ? chunk.subarray(left) : chunk;
    left = 0;
  }
}

function withDigest(location: URL, digest: string): URL {
  const url = new URL(location);
  url.searchParams.set("digest", digest);
  return url;
}

/**
 * Hashes a file's bytes once each, in order, however often a resumed upload re-sends them:
 * a stream piped through `at(offset)` hashes only the bytes past what was hashed already.
 */
class SequentialHash {
  private readonly hash: Hash = createHash("sha256");
  private hashed = 0;

  at(offset: number): Transform {
    let position = offset;
    return new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        const end = position + chunk.length;
        if (end > this.hashed && position <= this.hashed) {
          this.hash.update(chunk.subarray(this.hashed - position));
          this.hashed = end;
        }
        position = end;
        callback(null, chunk);
      },
    });
  }

  digest(size: number): string {
    if (this.hashed !== size) return `incomplete:${this.hashed}`;
    return this.hash.digest("hex");
  }
}
