import { Readable } from "node:stream";
import type { Logger, RunContext } from "@mlops/core";
import { statusOf, translateGitHubError } from "./errors.js";

/*
 * The one GitHub client: @octokit/core with @octokit/plugin-retry, @octokit/plugin-throttling
 * and @octokit/plugin-paginate-rest, loaded lazily (actions must start fast), pointed at
 * GITHUB_API_URL (GHES, the fake) — never a hard-coded host.
 *
 * Proxies: HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and their lower-case forms) are honoured as
 * @actions/github's getOctokit does: @actions/http-client decides (loopback and NO_PROXY hosts
 * go direct), undici's ProxyAgent carries the requests. Both load only when a proxy variable is set.
 *
 * Retry policy (all bounded so the total wait fits in a job):
 * - 5xx and network failures: retried by plugin-retry with backoff (n+1)² × baseDelayMs, for
 *   idempotent requests only. A POST is not re-sent blindly — the first one may have landed
 *   (use createOnce) — except content-addressed git objects (blobs, trees, commits).
 * - 429 / 403 rate limits: plugin-throttling waits Retry-After (secondary limits; the fallback
 *   when GitHub gives none) or until x-ratelimit-reset (primary), at most rateLimitRetries
 *   times and never longer than maxRateLimitWaitSeconds for one wait.
 * - 400/401/403/404/409/410/422/451 are never retried: compare-and-swap callers re-read.
 */

export interface RetryOptions {
  /** Retries of a 5xx / network failure on an idempotent request (default 3 → 4 attempts). */
  retries?: number;
  /** Backoff unit: waits are 1, 4, 9… × this (default 1000 ms). */
  baseDelayMs?: number;
  /** Waits for a rate limit before giving up (default 2). */
  rateLimitRetries?: number;
  /** The longest single rate-limit wait accepted; longer → fail now (default 120 s). */
  maxRateLimitWaitSeconds?: number;
  /** Wait for a secondary limit that comes without Retry-After (default 60 s, GitHub's advice). */
  secondaryFallbackSeconds?: number;
  /** Minimum gap between writes; undefined keeps GitHub's guidance (1 s, 3 s for notifying writes). */
  writeSpacingMs?: number;
  /**
   * Abort one HTTP attempt after this long (default 30 s); the abort counts as a network failure.
   * One request can ask for its own with `request: { timeoutMs }` (a big upload), and for its
   * body to be streamed without being held in memory with `request: { streamBody: true }`.
   */
  requestTimeoutMs?: number;
}

export const DEFAULT_RETRY: Required<Omit<RetryOptions, "writeSpacingMs">> = {
  retries: 3,
  baseDelayMs: 1000,
  rateLimitRetries: 2,
  maxRateLimitWaitSeconds: 120,
  secondaryFallbackSeconds: 60,
  requestTimeoutMs: 30_000,
};

/**
 * The worst-case time (seconds) one call can spend waiting and retrying under a policy:
 * every attempt timing out, every backoff, every accepted rate-limit wait.
 */
export function worstCaseSeconds(options: RetryOptions = {}): number {
  const r = { ...DEFAULT_RETRY, ...options };
  let backoff = 0;
  for (let n = 1; n <= r.retries; n++) backoff += n * n * r.baseDelayMs;
  const attempts = (r.retries + 1) * (r.rateLimitRetries + 1);
  return (
    (attempts * r.requestTimeoutMs + backoff * (r.rateLimitRetries + 1)) / 1000 +
    r.rateLimitRetries * r.maxRateLimitWaitSeconds
  );
}

export interface GitHubResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
  url: string;
}

export interface GitHubClient {
  /** The API base URL in use (GITHUB_API_URL). */
  readonly apiUrl: string;
  /** `"owner/repo"` from the run context, when known. */
  readonly repository: string | null;
  /** octokit's request: `request("GET /repos/{owner}/{repo}", { owner, repo })`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers type the data they read
  request<T = any>(route: string, parameters?: Record<string, unknown>): Promise<GitHubResponse<T>>;
  /** Page by page (per_page 100, following Link rel="next"), stoppable early. */
  pages<T>(
    route: string,
    parameters?: Record<string, unknown>,
    options?: { maxPages?: number },
  ): AsyncGenerator<T[]>;
  /** Every item of a paginated list (bounded by maxPages, default 100). */
  paginate<T>(
    route: string,
    parameters?: Record<string, unknown>,
    options?: { maxPages?: number },
  ): Promise<T[]>;
  /** The first item of a paginated list that matches; pages are read only until it is found. */
  find<T>(
    route: string,
    parameters: Record<string, unknown>,
    predicate: (item: T) => boolean,
    options?: { maxPages?: number },
  ): Promise<T | undefined>;
  /** The underlying Octokit (loaded on first use). */
  octokit(): Promise<unknown>;
}

export interface CreateGitHubClientOptions {
  token: string;
  /** API base URL; default ctx.apiUrl, then GITHUB_API_URL, then https://api.github.com. */
  apiUrl?: string;
  ctx?: Pick<RunContext, "apiUrl" | "repository"> | RunContext;
  logger: Logger;
  retry?: RetryOptions;
  userAgent?: string;
}

/**
 * Test knobs read from the environment (the harness of @mlops/testkit sets them so bundled
 * actions run fast against the fake): MLOPS_GITHUB_WRITE_SPACING_MS, MLOPS_GITHUB_RETRY_BASE_MS.
 * Explicit `retry` options win.
 */
export function retryFromEnv(env: NodeJS.ProcessEnv = process.env): RetryOptions {
  const out: RetryOptions = {};
  const num = (name: string) => {
    const v = env[name];
    if (v === undefined || v === "") return undefined;
    const n = Number(v);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
  };
  const spacing = num("MLOPS_GITHUB_WRITE_SPACING_MS");
  if (spacing !== undefined) out.writeSpacingMs = spacing;
  const base = num("MLOPS_GITHUB_RETRY_BASE_MS");
  if (base !== undefined) out.baseDelayMs = base;
  return out;
}

/** Content-addressed writes: re-sending one creates nothing new. */
const SAFE_POST = /\/git\/(blobs|trees|commits)$/;

function apiUrlFrom(options: CreateGitHubClientOptions): string {
  const url = options.apiUrl ?? options.ctx?.apiUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com";
  return url.replace(/\/+$/, "");
}

interface OctokitLike {
  request: (route: string, parameters?: Record<string, unknown>) => Promise<GitHubResponse<unknown>>;
  paginate: {
    iterator: (route: string, parameters?: Record<string, unknown>) => AsyncIterable<GitHubResponse<unknown>>;
  };
  hook: {
    before: (
      name: "request",
      fn: (options: Record<string, unknown> & { request: Record<string, unknown> }) => void,
    ) => void;
    error: (name: "request", fn: (error: unknown, options: Record<string, unknown>) => unknown) => void;
  };
}

const PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];

/**
 * A fetch through the proxy that the environment names for `apiUrl`, as @actions/github's
 * getOctokit chooses it (@actions/http-client's getProxyUrl: HTTPS_PROXY for https, HTTP_PROXY for
 * http, NO_PROXY and loopback hosts bypassed), or undefined to fetch directly. Nothing is loaded
 * when no proxy variable is set.
 */
async function proxyFetchFor(
  apiUrl: string,
  logger?: Pick<Logger, "debug">,
  env: NodeJS.ProcessEnv = process.env,
): Promise<(typeof fetch & { dispatcher?: unknown }) | undefined> {
  if (!PROXY_VARIABLES.some((name) => env[name])) return undefined;
  const { getProxyUrl } = await import("@actions/http-client/lib/proxy");
  const proxy = getProxyUrl(new URL(apiUrl));
  if (!proxy) {
    logger?.debug(`GitHub API ${apiUrl}: direct (NO_PROXY or a loopback host)`);
    return undefined;
  }
  const { ProxyAgent, fetch: undiciFetch } = await import("undici");
  const dispatcher = new ProxyAgent({
    uri: proxy.href,
    ...((proxy.username || proxy.password) && {
      token: `Basic ${Buffer.from(`${proxy.username}:${proxy.password}`).toString("base64")}`,
    }),
  });
  logger?.debug(`GitHub API ${apiUrl}: through the proxy ${proxy.protocol}//${proxy.host}`);
  const proxied = ((input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undiciFetch(input as never, { ...(init as object), dispatcher } as never)) as unknown as typeof fetch;
  return Object.assign(proxied, { dispatcher });
}

/**
 * A fetch for request bodies streamed from disk (big uploads: `request: { streamBody: true }`),
 * over undici's request(): fetch() (Node's and undici's) keeps every chunk of an async-iterable
 * body until the request ends (a 1 GiB upload held 1.1 GiB RSS), request() holds ~one chunk.
 */
function streamingFetchFor(timeoutMs: number, dispatcher: unknown): typeof fetch {
  return (async (input: Parameters<typeof fetch>[0], init: RequestInit = {}) => {
    const { request } = await import("undici");
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const signal = init.signal
      ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
      : AbortSignal.timeout(timeoutMs);
    const res = await request(String(input instanceof Request ? input.url : input), {
      method: (init.method ?? "GET") as "POST",
      headers,
      body: init.body as never,
      signal,
      ...(dispatcher ? { dispatcher: dispatcher as never } : {}),
    });
    const out = new Headers();
    for (const [key, value] of Object.entries(res.headers))
      if (value !== undefined) out.set(key, Array.isArray(value) ? value.join(", ") : value);
    const empty = res.statusCode === 204 || res.statusCode === 304;
    if (empty) await res.body.dump();
    return new Response(empty ? null : (Readable.toWeb(res.body) as ReadableStream), {
      status: res.statusCode,
      headers: out,
    });
  }) as typeof fetch;
}

/**
 * The client every package uses to talk to GitHub. Synchronous: octokit and its plugins are
 * imported on the first request. The token is masked in logs at once.
 */
export function createGitHubClient(options: CreateGitHubClientOptions): GitHubClient {
  const { logger } = options;
  if (options.token) logger.setSecret(options.token);
  const apiUrl = apiUrlFrom(options);
  const retryOptions: RetryOptions = { ...retryFromEnv(), ...options.retry };
  const retry = { ...DEFAULT_RETRY, ...retryOptions };
  let loaded: Promise<OctokitLike> | undefined;

  const load = (): Promise<OctokitLike> => {
    loaded ??= (async () => {
      const [{ Octokit }, { retry: retryPlugin }, { throttling }, { paginateRest }, proxyFetch] =
        await Promise.all([
          import("@octokit/core"),
          import("@octokit/plugin-retry"),
          import("@octokit/plugin-throttling"),
          import("@octokit/plugin-paginate-rest"),
          proxyFetchFor(apiUrl, logger),
        ]);
      const throttleGroups: Record<string, unknown> = {};
      if (retryOptions.writeSpacingMs !== undefined) {
        const { default: Bottleneck } = await import("bottleneck/light.js");
        const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: retryOptions.writeSpacingMs! });
        throttleGroups.write = group();
        throttleGroups.notifications = group();
      }
      const onLimit =
        (kind: string) =>
        (retryAfter: number, request: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
          const what = `${request.method ?? ""} ${request.url ?? ""}`.trim();
          if (retryCount >= retry.rateLimitRetries) {
            logger.warning(`GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} wait(s)`);
            return false;
          }
          if (retryAfter > retry.maxRateLimitWaitSeconds) {
            logger.warning(
              `GitHub ${kind} rate limit on ${what}: asked to wait ${retryAfter}s, more than the ${retry.maxRateLimitWaitSeconds}s bound`,
            );
            return false;
          }
          logger.info(
            `GitHub ${kind} rate limit on ${what}: waiting ${retryAfter}s (wait ${retryCount + 1} of ${retry.rateLimitRetries})`,
          );
          return true;
        };
      const timedFetchFor =
        (timeoutMs: number): typeof fetch =>
        (input, init) => {
          const signal = init?.signal
            ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
            : AbortSignal.timeout(timeoutMs);
          return (proxyFetch ?? fetch)(input, { ...init, signal });
        };
      const timedFetch = timedFetchFor(retry.requestTimeoutMs);
      const MyOctokit = Octokit.plugin(retryPlugin, throttling, paginateRest);
      const octokit = new MyOctokit({
        auth: options.token || undefined,
        baseUrl: apiUrl,
        userAgent: options.userAgent ?? "mlops-actions",
        request: { fetch: timedFetch },
        log: {
          debug: (m: string) => logger.debug(m),
          info: (m: string) => logger.debug(m),
          warn: (m: string) => logger.warning(m),
          error: (m: string) => logger.error(m),
        },
        retry: {
          retries: retry.retries,
          retryAfterBaseValue: retry.baseDelayMs,
          doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
        },
        throttle: {
          onRateLimit: onLimit("primary"),
          onSecondaryRateLimit: onLimit("secondary"),
          fallbackSecondaryRateRetryAfter: retry.secondaryFallbackSeconds,
          ...throttleGroups,
        },
      }) as unknown as OctokitLike;
      octokit.hook.before("request", (o) => {
        // A request may ask for its own timeout (a big upload: request: { timeoutMs }).
        const own = typeof o.request.timeoutMs === "number" ? o.request.timeoutMs : undefined;
        if (o.request.streamBody === true)
          o.request.fetch = streamingFetchFor(own ?? retry.requestTimeoutMs, proxyFetch?.dispatcher);
        else if (own !== undefined && own > 0) o.request.fetch = timedFetchFor(own);
        const method = String(o.method ?? "GET").toUpperCase();
        // A POST may have landed before a 5xx / dropped connection: never re-send it blindly.
        if (method === "POST" && o.request.retries === undefined && !SAFE_POST.test(String(o.url ?? "")))
          o.request.retries = 0;
      });
      octokit.hook.error("request", (error, o) => {
        // plugin-retry's limiter sets request.retryCount to the number of failed attempts.
        const attempts = (o.request as { retryCount?: number } | undefined)?.retryCount ?? 1;
        const status = statusOf(error);
        if (status !== undefined) logger.debug(`GitHub ${String(o.method)} ${String(o.url)} → ${status}`);
        throw translateGitHubError(error, attempts);
      });
      return octokit;
    })();
    return loaded;
  };

  const client: GitHubClient = {
    apiUrl,
    repository: options.ctx?.repository ?? null,
    async request(route, parameters) {
      const octokit = await load();
      return (await octokit.request(route, parameters)) as never;
    },
    async *pages<T>(
      route: string,
      parameters: Record<string, unknown> = {},
      opts: { maxPages?: number } = {},
    ) {
      const maxPages = opts.maxPages ?? 100;
      const octokit = await load();
      let n = 0;
      // plugin-paginate-rest follows Link rel="next" and unwraps { total_count, items: [...] }.
      for await (const res of octokit.paginate.iterator(route, { per_page: 100, page: 1, ...parameters })) {
        const items = res.data as T[];
        yield items;
        if (items.length === 0) return;
        if (++n >= maxPages) {
          if (/rel="next"/.test(String(res.headers.link ?? "")))
            logger.warning(`${route}: stopped after ${maxPages} pages`);
          return;
        }
      }
    },
    async paginate<T>(route: string, parameters?: Record<string, unknown>, opts?: { maxPages?: number }) {
      const all: T[] = [];
      for await (const page of client.pages<T>(route, parameters, opts)) all.push(...page);
      return all;
    },
    async find<T>(
      route: string,
      parameters: Record<string, unknown>,
      predicate: (item: T) => boolean,
      opts?: { maxPages?: number },
    ) {
      for await (const page of client.pages<T>(route, parameters, opts)) {
        const hit = page.find(predicate);
        if (hit !== undefined) return hit;
      }
      return undefined;
    },
    octokit: load,
  };
  return client;
}
