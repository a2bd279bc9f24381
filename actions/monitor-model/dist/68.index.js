export const id = 68;
export const ids = [68];
export const modules = {

/***/ 20068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* reexport */ createGitHubClient)
});

// UNUSED EXPORTS: CHECK_ANNOTATIONS_PER_REQUEST, CHECK_TEXT_MAX, COMMENT_MAX_CHARS, DEFAULT_RETRY, GITHUB_ACTIONS_LOGIN, GitHubApiError, GitHubDeployments, ISSUE_BODY_MAX, ISSUE_TITLE_MAX, STATUS_DESCRIPTION_MAX, artifactsUnavailableReason, asRequestError, cacheUnavailableReason, clipCheckText, createArtifactStore, createCacheStore, createCheckRun, createOnce, findMarkedIssue, findPullRequest, findStickyComment, githubMessage, isAmbiguousFailure, isGhesServer, isNetworkFailure, isRateLimited, markerLine, parseAcceptedPermissions, permissionForRoute, readEventPayload, retryFromEnv, splitRepository, statusOf, translateGitHubError, updateCheckRun, upsertIssue, upsertStickyComment, withMarker, worstCaseSeconds

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
;// CONCATENATED MODULE: ./packages/github/src/errors.ts

function asRequestError(error) {
    if (typeof error !== "object" || error === null)
        return undefined;
    return error;
}
/** The HTTP status of an octokit error (undefined for a non-HTTP error). */
function statusOf(error) {
    const s = asRequestError(error)?.status;
    return typeof s === "number" ? s : undefined;
}
/** GitHub's `message` from an error body (or the error's message). */
function githubMessage(error) {
    const e = asRequestError(error);
    const data = e?.response?.data;
    if (data && typeof data === "object" && typeof data.message === "string")
        return data.message;
    return e?.message ?? String(error);
}
/**
 * A failure after which we cannot know whether a write landed: the connection dropped, timed out,
 * or a 5xx came back (GitHub's edge answers 502 even when the backend committed). Rate limits
 * (403/429) are NOT ambiguous: GitHub rejected the request before handling it.
 */
function errors_isAmbiguousFailure(error) {
    const e = asRequestError(error);
    if (!e)
        return false;
    if (typeof e.status !== "number")
        return e.name === "TypeError" || e.name === "AbortError" || e.name === "TimeoutError";
    return e.status >= 500 && e.status <= 599;
}
/** No response at all (octokit reports network errors as status 500 without a response). */
function isNetworkFailure(error) {
    const e = asRequestError(error);
    return !!e && e.status === 500 && !e.response;
}
function isRateLimited(error) {
    const e = asRequestError(error);
    if (!e || (e.status !== 403 && e.status !== 429))
        return false;
    const remaining = e.response?.headers?.["x-ratelimit-remaining"];
    return String(remaining) === "0" || /\bsecondary rate\b/i.test(githubMessage(error)) || e.status === 429;
}
/** A GitHub failure explained to the user; still carries the HTTP status and response. */
class GitHubApiError extends src/* ConfigurationError */.j1 {
    status;
    response;
    request;
    constructor(message, code, original) {
        super(message, { code, cause: original });
        const e = asRequestError(original);
        this.status = e?.status;
        this.response = e?.response;
        this.request = e?.request;
    }
}
/** `pull_requests=write; issues=write` → ["pull-requests: write", "issues: write"]. */
function parseAcceptedPermissions(header) {
    if (header === undefined)
        return [];
    return String(header)
        .split(";")
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => {
        const [name = "", level = "write"] = p.split("=");
        return `${name.trim().replace(/_/g, "-")}: ${level.trim()}`;
    });
}
/** The permission a route needs, for when GitHub does not say (older GHES). */
function permissionForRoute(method, path) {
    const write = method.toUpperCase() !== "GET" && method.toUpperCase() !== "HEAD";
    const level = write ? "write" : "read";
    if (/\/check-runs|\/check-suites/.test(path))
        return `checks: ${level}`;
    if (/\/deployments/.test(path))
        return `deployments: ${level}`;
    if (/\/issues\/(comments|\{issue_number\}\/comments|\d+\/comments)/.test(path))
        return `pull-requests: ${level}`;
    if (/\/pulls/.test(path))
        return `pull-requests: ${level}`;
    if (/\/issues/.test(path))
        return `issues: ${level}`;
    if (/\/actions\//.test(path))
        return `actions: ${level}`;
    if (/\/statuses\//.test(path))
        return `statuses: ${level}`;
    return `contents: ${level}`;
}
function describeRequest(e) {
    const method = (e.request?.method ?? "GET").toUpperCase();
    let path = e.request?.url ?? e.response?.url ?? "";
    try {
        path = new URL(path).pathname;
    }
    catch {
        /* a template or relative path already */
    }
    return { method, path };
}
/**
 * Turns permission, authentication and availability failures into errors a user can act on;
 * returns anything else unchanged.
 */
function errors_translateGitHubError(error, attempts) {
    const e = asRequestError(error);
    if (!e || typeof e.status !== "number" || error instanceof GitHubApiError)
        return error;
    const { method, path } = describeRequest(e);
    const what = `${method} ${path}`;
    // undici's network messages can name a URL with its credentials or query: redacted (core/redact).
    const message = (0,src/* redact */.E$)(githubMessage(error));
    if (e.status === 403 && /Resource not accessible by (integration|personal access token)/i.test(message)) {
        const accepted = parseAcceptedPermissions(e.response?.headers?.["x-accepted-github-permissions"]);
        const needed = accepted.length ? accepted : [permissionForRoute(method, path)];
        const first = needed.find((p) => p.startsWith("pull-requests")) ?? needed[0];
        const alternatives = needed.filter((p) => p !== first);
        return new GitHubApiError(`GitHub refused ${what} (403 Resource not accessible by integration): this job needs \`${first}\`` +
            (alternatives.length ? ` (or ${alternatives.map((p) => `\`${p}\``).join(", ")})` : "") +
            `; add it under \`permissions:\` in the workflow. On a pull request from a fork GITHUB_TOKEN is read-only ` +
            `whatever \`permissions:\` says: write from a \`workflow_run\` workflow instead.`, "github-permission", error);
    }
    if (e.status === 401) {
        return new GitHubApiError(`GitHub rejected the token for ${what} (401 ${message}): pass \`token: \${{ github.token }}\` (the default) ` +
            `or a valid token with access to this repository.`, "github-auth", error);
    }
    if (isRateLimited(error)) {
        const reset = e.response?.headers?.["x-ratelimit-reset"];
        const when = reset ? ` (the limit resets at ${new Date(Number(reset) * 1000).toISOString()})` : "";
        return new GitHubApiError(`GitHub's API rate limit stopped ${what} after the bounded waits${when}: ${message} Re-run the job later, ` +
            `or spread the workflows that share this token.`, "github-rate-limited", error);
    }
    if (e.status >= 500) {
        const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : "";
        const cause = isNetworkFailure(error)
            ? `the connection failed (${message})`
            : `GitHub answered ${e.status}`;
        return new GitHubApiError(`${what}: ${cause}${tries}. GitHub may be having an incident (https://www.githubstatus.com); re-run the job.`, "github-unavailable", error);
    }
    return error;
}

;// CONCATENATED MODULE: ./packages/github/src/client.ts


const DEFAULT_RETRY = {
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
function worstCaseSeconds(options = {}) {
    const r = { ...DEFAULT_RETRY, ...options };
    let backoff = 0;
    for (let n = 1; n <= r.retries; n++)
        backoff += n * n * r.baseDelayMs;
    const attempts = (r.retries + 1) * (r.rateLimitRetries + 1);
    return ((attempts * r.requestTimeoutMs + backoff * (r.rateLimitRetries + 1)) / 1000 +
        r.rateLimitRetries * r.maxRateLimitWaitSeconds);
}
/**
 * Test knobs read from the environment (the harness of @mlops/testkit sets them so bundled
 * actions run fast against the fake): MLOPS_GITHUB_WRITE_SPACING_MS, MLOPS_GITHUB_RETRY_BASE_MS.
 * Explicit `retry` options win.
 */
function retryFromEnv(env = process.env) {
    const out = {};
    const num = (name) => {
        const v = env[name];
        if (v === undefined || v === "")
            return undefined;
        const n = Number(v);
        return Number.isFinite(n) && n >= 0 ? n : undefined;
    };
    const spacing = num("MLOPS_GITHUB_WRITE_SPACING_MS");
    if (spacing !== undefined)
        out.writeSpacingMs = spacing;
    const base = num("MLOPS_GITHUB_RETRY_BASE_MS");
    if (base !== undefined)
        out.baseDelayMs = base;
    return out;
}
/** Content-addressed writes: re-sending one creates nothing new. */
const SAFE_POST = /\/git\/(blobs|trees|commits)$/;
function apiUrlFrom(options) {
    const url = options.apiUrl ?? options.ctx?.apiUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com";
    return url.replace(/\/+$/, "");
}
const PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];
/**
 * A fetch through the proxy that the environment names for `apiUrl`, as @actions/github's
 * getOctokit chooses it (@actions/http-client's getProxyUrl: HTTPS_PROXY for https, HTTP_PROXY for
 * http, NO_PROXY and loopback hosts bypassed), or undefined to fetch directly. Nothing is loaded
 * when no proxy variable is set.
 */
async function proxyFetchFor(apiUrl, logger, env = process.env) {
    if (!PROXY_VARIABLES.some((name) => env[name]))
        return undefined;
    const { getProxyUrl } = await __webpack_require__.e(/* import() */ 177).then(__webpack_require__.bind(__webpack_require__, 1177));
    const proxy = getProxyUrl(new URL(apiUrl));
    if (!proxy) {
        logger?.debug(`GitHub API ${apiUrl}: direct (NO_PROXY or a loopback host)`);
        return undefined;
    }
    const { ProxyAgent, fetch: undiciFetch } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    const dispatcher = new ProxyAgent({
        uri: proxy.href,
        ...((proxy.username || proxy.password) && {
            token: `Basic ${Buffer.from(`${proxy.username}:${proxy.password}`).toString("base64")}`,
        }),
    });
    logger?.debug(`GitHub API ${apiUrl}: through the proxy ${proxy.protocol}//${proxy.host}`);
    const proxied = ((input, init) => undiciFetch(input, { ...init, dispatcher }));
    return Object.assign(proxied, { dispatcher });
}
/**
 * A fetch for request bodies streamed from disk (big uploads: `request: { streamBody: true }`),
 * over undici's request(): fetch() (Node's and undici's) keeps every chunk of an async-iterable
 * body until the request ends (a 1 GiB upload held 1.1 GiB RSS), request() holds ~one chunk.
 */
function streamingFetchFor(timeoutMs, dispatcher) {
    return (async (input, init = {}) => {
        const { request } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
        const headers = {};
        new Headers(init.headers).forEach((value, key) => (headers[key] = value));
        const signal = init.signal
            ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
            : AbortSignal.timeout(timeoutMs);
        const res = await request(String(input instanceof Request ? input.url : input), {
            method: (init.method ?? "GET"),
            headers,
            body: init.body,
            signal,
            ...(dispatcher ? { dispatcher: dispatcher } : {}),
        });
        const out = new Headers();
        for (const [key, value] of Object.entries(res.headers))
            if (value !== undefined)
                out.set(key, Array.isArray(value) ? value.join(", ") : value);
        const empty = res.statusCode === 204 || res.statusCode === 304;
        if (empty)
            await res.body.dump();
        return new Response(empty ? null : external_node_stream_.Readable.toWeb(res.body), {
            status: res.statusCode,
            headers: out,
        });
    });
}
/**
 * The client every package uses to talk to GitHub. Synchronous: octokit and its plugins are
 * imported on the first request. The token is masked in logs at once.
 */
function createGitHubClient(options) {
    const { logger } = options;
    if (options.token)
        logger.setSecret(options.token);
    const apiUrl = apiUrlFrom(options);
    const retryOptions = { ...retryFromEnv(), ...options.retry };
    const retry = { ...DEFAULT_RETRY, ...retryOptions };
    let loaded;
    const load = () => {
        loaded ??= (async () => {
            const [{ Octokit }, { retry: retryPlugin }, { throttling }, { paginateRest }, proxyFetch] = await Promise.all([
                __webpack_require__.e(/* import() */ 730).then(__webpack_require__.bind(__webpack_require__, 14730)),
                Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
                Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
                __webpack_require__.e(/* import() */ 37).then(__webpack_require__.bind(__webpack_require__, 64037)),
                proxyFetchFor(apiUrl, logger),
            ]);
            const throttleGroups = {};
            if (retryOptions.writeSpacingMs !== undefined) {
                const { default: Bottleneck } = await __webpack_require__.e(/* import() */ 251).then(__webpack_require__.t.bind(__webpack_require__, 63251, 23));
                const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: retryOptions.writeSpacingMs });
                throttleGroups.write = group();
                throttleGroups.notifications = group();
            }
            const onLimit = (kind) => (retryAfter, request, _o, retryCount) => {
                const what = `${request.method ?? ""} ${request.url ?? ""}`.trim();
                if (retryCount >= retry.rateLimitRetries) {
                    logger.warning(`GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} wait(s)`);
                    return false;
                }
                if (retryAfter > retry.maxRateLimitWaitSeconds) {
                    logger.warning(`GitHub ${kind} rate limit on ${what}: asked to wait ${retryAfter}s, more than the ${retry.maxRateLimitWaitSeconds}s bound`);
                    return false;
                }
                logger.info(`GitHub ${kind} rate limit on ${what}: waiting ${retryAfter}s (wait ${retryCount + 1} of ${retry.rateLimitRetries})`);
                return true;
            };
            const timedFetchFor = (timeoutMs) => (input, init) => {
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
                    debug: (m) => logger.debug(m),
                    info: (m) => logger.debug(m),
                    warn: (m) => logger.warning(m),
                    error: (m) => logger.error(m),
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
            });
            octokit.hook.before("request", (o) => {
                // A request may ask for its own timeout (a big upload: request: { timeoutMs }).
                const own = typeof o.request.timeoutMs === "number" ? o.request.timeoutMs : undefined;
                if (o.request.streamBody === true)
                    o.request.fetch = streamingFetchFor(own ?? retry.requestTimeoutMs, proxyFetch?.dispatcher);
                else if (own !== undefined && own > 0)
                    o.request.fetch = timedFetchFor(own);
                const method = String(o.method ?? "GET").toUpperCase();
                // A POST may have landed before a 5xx / dropped connection: never re-send it blindly.
                if (method === "POST" && o.request.retries === undefined && !SAFE_POST.test(String(o.url ?? "")))
                    o.request.retries = 0;
            });
            octokit.hook.error("request", (error, o) => {
                // plugin-retry's limiter sets request.retryCount to the number of failed attempts.
                const attempts = o.request?.retryCount ?? 1;
                const status = statusOf(error);
                if (status !== undefined)
                    logger.debug(`GitHub ${String(o.method)} ${String(o.url)} → ${status}`);
                throw errors_translateGitHubError(error, attempts);
            });
            return octokit;
        })();
        return loaded;
    };
    const client = {
        apiUrl,
        repository: options.ctx?.repository ?? null,
        async request(route, parameters) {
            const octokit = await load();
            return (await octokit.request(route, parameters));
        },
        async *pages(route, parameters = {}, opts = {}) {
            const maxPages = opts.maxPages ?? 100;
            const octokit = await load();
            let n = 0;
            // plugin-paginate-rest follows Link rel="next" and unwraps { total_count, items: [...] }.
            for await (const res of octokit.paginate.iterator(route, { per_page: 100, page: 1, ...parameters })) {
                const items = res.data;
                yield items;
                if (items.length === 0)
                    return;
                if (++n >= maxPages) {
                    if (/rel="next"/.test(String(res.headers.link ?? "")))
                        logger.warning(`${route}: stopped after ${maxPages} pages`);
                    return;
                }
            }
        },
        async paginate(route, parameters, opts) {
            const all = [];
            for await (const page of client.pages(route, parameters, opts))
                all.push(...page);
            return all;
        },
        async find(route, parameters, predicate, opts) {
            for await (const page of client.pages(route, parameters, opts)) {
                const hit = page.find(predicate);
                if (hit !== undefined)
                    return hit;
            }
            return undefined;
        },
        octokit: load,
    };
    return client;
}

;// CONCATENATED MODULE: ./packages/github/src/create-once.ts

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function create_once_createOnce(options) {
    const attempts = Math.max(1, options.attempts ?? 4);
    const base = options.baseDelayMs ?? 1000;
    let lastError;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1) {
            const existing = await options.findExisting();
            if (existing !== undefined) {
                options.logger?.info(`${options.what}: the earlier attempt had landed; not sending it again`);
                return { value: existing, recovered: true, attempts: attempt - 1 };
            }
            await sleep((attempt - 1) ** 2 * base);
        }
        try {
            return { value: await options.create(), recovered: false, attempts: attempt };
        }
        catch (error) {
            // The client already translated a final 5xx into a GitHubApiError that keeps the status.
            if (!isAmbiguousFailure(error))
                throw error;
            lastError = error;
            options.logger?.debug(`${options.what}: attempt ${attempt} failed ambiguously (${error.message})`);
        }
    }
    const existing = await options.findExisting();
    if (existing !== undefined)
        return { value: existing, recovered: true, attempts };
    throw translateGitHubError(lastError, attempts);
}

;// CONCATENATED MODULE: ./packages/github/src/sticky-comment.ts


/*
 * One comment per pull request and model, updated in place. A comment is ours when it carries
 * the hidden marker line AND was written by the bot identity (default github-actions[bot]):
 * a user quoting our comment, or another bot copying the marker, is never overwritten.
 * All pages are searched (per_page 100), so a PR with hundreds of comments still finds it.
 */
const sticky_comment_GITHUB_ACTIONS_LOGIN = "github-actions[bot]";
/** GitHub's limit on a comment body. */
const COMMENT_MAX_CHARS = 65536;
/** `<!-- mlops-report:m -->`: the hidden first line that identifies the comment. */
function sticky_comment_markerLine(marker) {
    const m = marker.trim();
    if (!m)
        throw new ConfigurationError("a sticky comment needs a non-empty marker");
    if (/-->|<!--|[\r\n]/.test(m))
        throw new ConfigurationError(`sticky comment marker ${JSON.stringify(marker)} may not contain '-->', '<!--' or line breaks`);
    return `<!-- ${m} -->`;
}
/** The body with the marker as its first line (idempotent). */
function sticky_comment_withMarker(marker, body) {
    const line = sticky_comment_markerLine(marker);
    const rest = body.startsWith(line) ? body.slice(line.length).replace(/^\r?\n/, "") : body;
    return `${line}\n${rest}`;
}
function isOurs(comment, line, botLogin) {
    if (!comment.user || comment.user.login.toLowerCase() !== botLogin.toLowerCase())
        return false;
    const body = comment.body ?? "";
    return body.split(/\r?\n/, 1)[0] === line || body.split(/\r?\n/).includes(line);
}
/** The first comment with the marker by the bot, searching every page; undefined if none. */
async function findStickyComment(client, options) {
    const line = sticky_comment_markerLine(options.marker);
    const botLogin = options.botLogin ?? sticky_comment_GITHUB_ACTIONS_LOGIN;
    return client.find("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: options.owner, repo: options.repo, issue_number: options.pr }, (c) => isOurs(c, line, botLogin));
}
/** Creates the sticky comment, or updates it in place; never creates a second one. */
async function upsertStickyComment(client, options) {
    const body = sticky_comment_withMarker(options.marker, options.body);
    if (body.length > COMMENT_MAX_CHARS)
        throw new ConfigurationError(`the comment for ${options.marker} is ${body.length} characters; GitHub accepts at most ${COMMENT_MAX_CHARS} (shorten it before posting)`);
    const params = { owner: options.owner, repo: options.repo };
    const existing = await findStickyComment(client, options);
    if (existing) {
        if (existing.body === body)
            return { action: "unchanged", comment: existing };
        const { data } = await client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
            ...params,
            comment_id: existing.id,
            body,
        });
        options.logger?.info(`Updated comment ${data.html_url}`);
        return { action: "updated", comment: data };
    }
    const created = await createOnce({
        what: `the comment ${options.marker} on #${options.pr}`,
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.retryDelayMs !== undefined ? { baseDelayMs: options.retryDelayMs } : {}),
        create: async () => (await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            ...params,
            issue_number: options.pr,
            body,
        })).data,
        findExisting: () => findStickyComment(client, options),
    });
    if (created.recovered && created.value.body !== body) {
        const { data } = await client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
            ...params,
            comment_id: created.value.id,
            body,
        });
        return { action: "updated", comment: data };
    }
    options.logger?.info(`Posted comment ${created.value.html_url}`);
    return { action: "created", comment: created.value };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/github/src/pull-request.ts


async function readEventPayload(eventPath) {
    if (!eventPath)
        return {};
    try {
        return JSON.parse(await readFile(eventPath, "utf8"));
    }
    catch (error) {
        throw new ConfigurationError(`cannot read the event payload ${eventPath}: ${error.message}`, {
            cause: error,
        });
    }
}
function toRef(pr, repository) {
    const headRepository = pr.head.repo?.full_name ??
        (pr.head.repo?.owner ? `${pr.head.repo.owner.login}/${pr.head.repo.name}` : repository);
    const ref = {
        number: pr.number,
        headSha: pr.head.sha,
        headRef: pr.head.ref,
        baseRef: pr.base.ref,
        headRepository,
        fork: headRepository.toLowerCase() !== repository.toLowerCase(),
    };
    if (pr.html_url)
        ref.htmlUrl = pr.html_url;
    return ref;
}
function refuseClaim(claimed, actual, headSha) {
    const found = actual
        ? `the run's head ${headSha.slice(0, 12)} belongs to #${actual.number}`
        : `no open pull request has head ${headSha.slice(0, 12)}`;
    throw new ConfigurationError(`refusing to act on pull request #${claimed}: ${found}. The number came from the pull request's own (untrusted) run, ` +
        `and GitHub's data does not confirm it.`, { code: "pull-request-mismatch" });
}
/** The pull request this run is about, or null when the event is not about one. */
async function findPullRequest(client, options = {}) {
    const repository = options.repository ?? options.ctx?.repository ?? client.repository;
    if (!repository || !repository.includes("/"))
        throw new ConfigurationError("findPullRequest needs the repository (owner/name)");
    const [owner, repo] = repository.split("/");
    const eventName = options.eventName ?? options.ctx?.eventName ?? null;
    const event = options.event ?? (await readEventPayload(options.ctx?.eventPath));
    const claimed = options.claimedNumber;
    if (eventName === "pull_request" ||
        eventName === "pull_request_target" ||
        eventName === "pull_request_review") {
        const pr = event.pull_request;
        if (!pr)
            throw new ConfigurationError(`the ${eventName} event payload has no pull_request`);
        const ref = toRef(pr, repository);
        if (claimed !== undefined && claimed !== ref.number)
            refuseClaim(claimed, ref, ref.headSha);
        return ref;
    }
    if (eventName !== "workflow_run") {
        if (claimed !== undefined)
            refuseClaim(claimed, null, String(event.after ?? ""));
        return null;
    }
    const run = event.workflow_run;
    if (!run)
        throw new ConfigurationError("the workflow_run event payload has no workflow_run");
    if (run.event && run.event !== "pull_request" && run.event !== "pull_request_target") {
        if (claimed !== undefined)
            refuseClaim(claimed, null, run.head_sha);
        return null;
    }
    const headSha = run.head_sha;
    const matches = (p) => p.head.sha === headSha && (p.state === undefined || p.state === "open");
    const verify = async (number) => {
        const { data } = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
            owner,
            repo,
            pull_number: number,
        });
        if (data.head.sha !== headSha) {
            options.logger?.warning(`pull request #${number} has moved on to ${data.head.sha.slice(0, 12)}; the run was for ${headSha.slice(0, 12)}, so its results are not posted`);
            return null;
        }
        return toRef(data, repository);
    };
    let found = null;
    // 1. GitHub's own list (filled for PRs from this repository; empty for forks).
    const listed = (run.pull_requests ?? []).find((p) => p.head.sha === headSha);
    if (listed)
        found = await verify(listed.number);
    // 2. Pull requests associated with the commit (does not include forks on github.com).
    if (!found) {
        const { data } = await client.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { owner, repo, commit_sha: headSha });
        const hit = data.find(matches);
        if (hit)
            found = await verify(hit.number);
    }
    // 3. Open PRs from the head repository's owner and branch.
    const headOwner = run.head_repository?.owner?.login ?? run.head_repository?.full_name?.split("/")[0];
    if (!found && headOwner && run.head_branch) {
        const { data } = await client.request("GET /repos/{owner}/{repo}/pulls", {
            owner,
            repo,
            state: "open",
            head: `${headOwner}:${run.head_branch}`,
            per_page: 100,
        });
        const hit = data.find(matches);
        if (hit)
            found = await verify(hit.number);
    }
    // 4. Every open PR (bounded).
    if (!found) {
        const hit = await client.find("GET /repos/{owner}/{repo}/pulls", { owner, repo, state: "open", sort: "updated", direction: "desc" }, matches, { maxPages: options.maxPages ?? 10 });
        if (hit)
            found = await verify(hit.number);
    }
    if (claimed !== undefined && (!found || found.number !== claimed))
        refuseClaim(claimed, found, headSha);
    if (!found)
        options.logger?.info(`no open pull request has head ${headSha.slice(0, 12)}`);
    return found;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/github/src/check-runs.ts


/*
 * Check runs with GitHub's limits handled: at most 50 annotations per request (the rest are
 * appended by further updates, as the API intends), summary and text at most 65,535 characters
 * (clipped with a note). Creation carries an external_id so a retry after an ambiguous failure
 * finds the run that landed instead of creating a second one.
 */
const CHECK_ANNOTATIONS_PER_REQUEST = 50;
const CHECK_TEXT_MAX = 65535;
function clipCheckText(text, max = CHECK_TEXT_MAX) {
    if (text.length <= max)
        return text;
    const note = "\n\n… (clipped: GitHub accepts at most 65,535 characters here)";
    return text.slice(0, max - note.length) + note;
}
function body(fields, annotations) {
    const out = {};
    if (fields.status)
        out.status = fields.status;
    if (fields.conclusion)
        out.conclusion = fields.conclusion;
    if (fields.detailsUrl)
        out.details_url = fields.detailsUrl;
    if (fields.title !== undefined || fields.summary !== undefined || annotations.length) {
        const output = {
            title: fields.title ?? "",
            summary: clipCheckText(fields.summary ?? ""),
        };
        if (fields.text !== undefined)
            output.text = clipCheckText(fields.text);
        if (annotations.length)
            output.annotations = annotations;
        out.output = output;
    }
    return out;
}
async function appendAnnotations(client, owner, repo, id, fields, rest) {
    for (let i = 0; i < rest.length; i += CHECK_ANNOTATIONS_PER_REQUEST) {
        const batch = rest.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST);
        await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
            owner,
            repo,
            check_run_id: id,
            output: { title: fields.title ?? "", summary: clipCheckText(fields.summary ?? ""), annotations: batch },
        });
    }
}
async function createCheckRun(client, options) {
    const { owner, repo } = options;
    const externalId = options.externalId ?? `mlops-${randomUUID()}`;
    const annotations = options.annotations ?? [];
    const first = annotations.slice(0, CHECK_ANNOTATIONS_PER_REQUEST);
    const created = await createOnce({
        what: `check run "${options.name}"`,
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.retryDelayMs !== undefined ? { baseDelayMs: options.retryDelayMs } : {}),
        create: async () => (await client.request("POST /repos/{owner}/{repo}/check-runs", {
            owner,
            repo,
            name: options.name,
            head_sha: options.headSha,
            external_id: externalId,
            ...body(options, first),
        })).data,
        findExisting: () => client.find("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { owner, repo, ref: options.headSha, check_name: options.name }, (r) => r.external_id === externalId),
    });
    await appendAnnotations(client, owner, repo, created.value.id, options, annotations.slice(CHECK_ANNOTATIONS_PER_REQUEST));
    return created.value;
}
async function updateCheckRun(client, options) {
    const { owner, repo, id } = options;
    const annotations = options.annotations ?? [];
    const { data } = await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        owner,
        repo,
        check_run_id: id,
        ...(options.name ? { name: options.name } : {}),
        ...body(options, annotations.slice(0, CHECK_ANNOTATIONS_PER_REQUEST)),
    });
    await appendAnnotations(client, owner, repo, id, options, annotations.slice(CHECK_ANNOTATIONS_PER_REQUEST));
    return data;
}

;// CONCATENATED MODULE: ./packages/github/src/deployments.ts

/** GitHub's limit on a status description. */
const STATUS_DESCRIPTION_MAX = 140;
function clip(text, max = STATUS_DESCRIPTION_MAX) {
    const flat = text.replace(/\s+/g, " ").trim();
    return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
function httpUrlOrEmpty(url) {
    if (!url)
        return "";
    return /^https?:\/\//i.test(url) ? url : "";
}
function describeFailure(error, what, repo) {
    const e = error;
    const status = e?.status;
    if (typeof status !== "number")
        return error;
    const message = e.response?.data?.message ?? e.message ?? "";
    const details = e.response?.data?.errors ? ` ${JSON.stringify(e.response.data.errors).slice(0, 300)}` : "";
    if (status === 403 || status === 404) {
        return new ConfigurationError(`${what} in ${repo}: GitHub answered ${status} ${message}; the job needs permissions: deployments: write (add it under permissions: in the workflow)`, { code: "github-permission", cause: error });
    }
    if (status === 409) {
        return new ConfigurationError(`${what} in ${repo}: GitHub answered 409 ${message}: a required commit status check is not successful${details}`, { code: "deployment-conflict", cause: error });
    }
    if (status === 422) {
        return new ConfigurationError(`${what} in ${repo}: GitHub rejected it (422 ${message})${details}`, {
            code: "github-validation",
            cause: error,
        });
    }
    return error;
}
class GitHubDeployments {
    client;
    options;
    kind = "github";
    location;
    constructor(client, options) {
        this.client = client;
        this.options = options;
        this.location = `${options.owner}/${options.repo}`;
    }
    /** Creates a deployment; returns its id and the environment's page on GitHub. */
    async create(request) {
        const ref = request.ref ?? this.options.defaultRef;
        if (!ref) {
            throw new ConfigurationError("a GitHub deployment needs a ref (GITHUB_SHA is not set); run inside GitHub Actions or give the commit", { code: "ref-missing" });
        }
        let response;
        try {
            response = await this.client.request("POST /repos/{owner}/{repo}/deployments", {
                owner: this.options.owner,
                repo: this.options.repo,
                ref,
                task: request.task,
                auto_merge: false,
                required_contexts: [],
                payload: request.payload,
                environment: request.environment,
                description: clip(request.description),
                transient_environment: request.transientEnvironment,
                production_environment: request.productionEnvironment,
            });
        }
        catch (error) {
            throw describeFailure(error, `could not create a deployment of ${request.environment}`, this.location);
        }
        const data = response.data;
        if (response.status === 202 || typeof data.id !== "number") {
            // Only with auto_merge, which is off: GitHub merged instead of deploying.
            throw new Error(`GitHub did not create the deployment (HTTP ${response.status}: ${data.message ?? "no id"})`);
        }
        const server = (this.options.serverUrl ?? "https://github.com").replace(/\/$/, "");
        return {
            id: String(data.id),
            url: `${server}/${this.options.owner}/${this.options.repo}/deployments/${encodeURIComponent(request.environment)}`,
        };
    }
    async setStatus(id, update) {
        try {
            await this.client.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
                owner: this.options.owner,
                repo: this.options.repo,
                deployment_id: Number(id),
                state: update.state,
                description: clip(update.description),
                // GitHub links these on the deployment page; only web URLs make sense there.
                environment_url: httpUrlOrEmpty(update.environmentUrl),
                log_url: httpUrlOrEmpty(update.logUrl),
                auto_inactive: update.autoInactive ?? true,
            });
        }
        catch (error) {
            throw describeFailure(error, `could not set deployment ${id} to ${update.state}`, this.location);
        }
    }
    /** Statuses of one deployment, oldest first. */
    async statuses(id) {
        const response = await this.client.request("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
            owner: this.options.owner,
            repo: this.options.repo,
            deployment_id: Number(id),
            per_page: 100,
        });
        return [...response.data].reverse();
    }
}
/** "owner/repo" → its parts, with a clear error. */
function splitRepository(repository) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository ?? "");
    if (!match) {
        throw new ConfigurationError(`expected the repository as owner/name (GITHUB_REPOSITORY), found ${JSON.stringify(repository ?? "")}`, { code: "repository-invalid" });
    }
    return { owner: match[1], repo: match[2] };
}

;// CONCATENATED MODULE: ./packages/github/src/issues.ts



/*
 * One open issue per concern (e.g. "drift on weather-classifier"), found like sticky comments
 * by a hidden marker AND the bot's authorship, updated in place while it is open; a new one is
 * opened once it was closed. Creation goes through createOnce, so a 502 after the issue was
 * created does not open a second one.
 */
const ISSUE_TITLE_MAX = 256;
const ISSUE_BODY_MAX = 65536;
/** The open issue with the marker written by the bot, if any. */
async function findMarkedIssue(client, options) {
    const line = markerLine(options.marker);
    const bot = (options.botLogin ?? GITHUB_ACTIONS_LOGIN).toLowerCase();
    const params = {
        owner: options.owner,
        repo: options.repo,
        state: "open",
        sort: "created",
        direction: "desc",
    };
    if (options.labels?.length)
        params.labels = options.labels.join(",");
    return client.find("GET /repos/{owner}/{repo}/issues", params, (i) => !i.pull_request && i.user?.login.toLowerCase() === bot && (i.body ?? "").split(/\r?\n/).includes(line), { maxPages: options.maxPages ?? 10 });
}
async function upsertIssue(client, options) {
    const title = options.title.replace(/\s+/g, " ").trim();
    if (!title)
        throw new ConfigurationError("an issue needs a non-empty title");
    if (title.length > ISSUE_TITLE_MAX)
        throw new ConfigurationError(`the issue title is ${title.length} characters; GitHub accepts at most ${ISSUE_TITLE_MAX}`);
    const body = withMarker(options.marker, options.body);
    if (body.length > ISSUE_BODY_MAX)
        throw new ConfigurationError(`the issue body is ${body.length} characters; GitHub accepts at most ${ISSUE_BODY_MAX}`);
    const repo = { owner: options.owner, repo: options.repo };
    const existing = await findMarkedIssue(client, options);
    if (existing) {
        if (existing.title === title && existing.body === body)
            return { action: "unchanged", issue: existing };
        const { data } = await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
            ...repo,
            issue_number: existing.number,
            title,
            body,
        });
        options.logger?.info(`Updated issue ${data.html_url}`);
        return { action: "updated", issue: data };
    }
    const created = await createOnce({
        what: `the issue ${options.marker}`,
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.retryDelayMs !== undefined ? { baseDelayMs: options.retryDelayMs } : {}),
        create: async () => (await client.request("POST /repos/{owner}/{repo}/issues", {
            ...repo,
            title,
            body,
            ...(options.labels?.length ? { labels: options.labels } : {}),
        })).data,
        findExisting: () => findMarkedIssue(client, options),
    });
    options.logger?.info(`Opened issue ${created.value.html_url}`);
    return { action: "created", issue: created.value };
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts












/***/ })

};
