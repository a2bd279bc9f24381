export const id = 443;
export const ids = [443];
export const modules = {

/***/ 98556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ stageModelFiles),
/* harmony export */   NG: () => (/* binding */ writeHashed),
/* harmony export */   eZ: () => (/* binding */ contentDigest),
/* harmony export */   ff: () => (/* binding */ checkStoredCopy),
/* harmony export */   gt: () => (/* binding */ safeJoin),
/* harmony export */   lV: () => (/* binding */ safeRelativePath),
/* harmony export */   nz: () => (/* binding */ downloadVerified),
/* harmony export */   tH: () => (/* binding */ inspectModelPath),
/* harmony export */   wX: () => (/* binding */ idempotencyKeyFor),
/* harmony export */   xu: () => (/* binding */ digestModelFiles)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_DOWNLOAD_BYTES, integrityError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17198);




/*
 * What every store does with model files: find them, hash them, store them, and hand them back
 * only after every byte was checked against the sha256 recorded at registration.
 */
/** Default cap on what one download may write (a tampered index cannot make us fill the disk). */
const DEFAULT_MAX_DOWNLOAD_BYTES = 50 * 1024 ** 3;
/** What a directory entry that is not a regular file or directory is, for messages. */
function kindOf(stat) {
    if (stat.isFIFO())
        return "a FIFO (named pipe)";
    if (stat.isSocket())
        return "a socket";
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return "a device";
    if (stat.isSymbolicLink())
        return "a symbolic link";
    return "not a regular file";
}
/** A symbolic link inside a model directory: refused, saying where it points. */
async function symlinkError(full, root) {
    const target = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readlink(full).catch(() => "?");
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(full), target);
    const inside = resolved === root || resolved.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep));
    let real;
    try {
        real = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.realpath(full);
    }
    catch (error) {
        const code = error.code;
        const why = code === "ELOOP" ? "a symbolic link loop" : code === "ENOENT" ? "a dangling link" : String(code);
        return new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`model path ${full}: symbolic link to ${JSON.stringify(target)} is ${why}; only regular files can be registered`, { code: "symlink", location: { file: full } });
    }
    const realRoot = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.realpath(root).catch(() => root);
    const escapes = !(inside && (real === realRoot || real.startsWith(realRoot + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))));
    return new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(escapes
        ? `model path ${full}: symbolic link to ${JSON.stringify(target)} points outside the model directory ${root}; ` +
            `refusing to register what it points at (copy the file into the directory if it belongs to the model)`
        : `model path ${full}: symbolic links are not registered (it points to ${JSON.stringify(target)} inside the model directory); ` +
            `replace it with the file itself`, { code: "symlink", location: { file: full } });
}
/** Every regular file below `root`, sorted; links, FIFOs, sockets and devices are refused. */
async function listModelFiles(root) {
    const out = [];
    async function walk(dir, prefix) {
        for (const entry of await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(dir, { withFileTypes: true })) {
            const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
            const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, entry.name);
            if (entry.isDirectory())
                await walk(full, relative);
            else if (entry.isFile())
                out.push(relative);
            else if (entry.isSymbolicLink())
                throw await symlinkError(full, root);
            else {
                throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`model path ${full}: is ${kindOf(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(full))}; only regular files can be registered (remove it from the model directory)`, { code: "model-path-invalid", location: { file: full } });
            }
        }
    }
    await walk(root, "");
    return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * The files of a model path: one file, or every regular file below a directory. The path itself
 * may be a symbolic link (to a file or directory); inside a directory, links, FIFOs, sockets
 * and devices are refused with a message saying what they are (a FIFO would block the hashing
 * forever; a link could smuggle in a file from outside the model).
 */
async function inspectModelPath(target) {
    let stat;
    try {
        stat = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(target);
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT") {
            const link = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readlink(target).catch(() => null);
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(link === null
                ? `model path ${target}: no such file or directory (did training write it?)`
                : `model path ${target}: symbolic link to ${JSON.stringify(link)}, which does not exist (did training write it?)`, {
                code: "file-not-found",
                location: { file: target },
            });
        }
        if (code === "ELOOP") {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`model path ${target}: a symbolic link loop; point it at the model file or directory`, {
                code: "symlink",
                location: { file: target },
            });
        }
        throw error;
    }
    if (stat.isFile()) {
        const name = safeRelativePath(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target), target);
        return { layout: "file", root: node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), files: [name] };
    }
    if (!stat.isDirectory()) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`model path ${target}: is ${kindOf(stat)}; expected a file or a directory`, {
            code: "model-path-invalid",
            location: { file: target },
        });
    }
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target);
    const files = await listModelFiles(root);
    if (!files.length) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`model path ${target}: the directory is empty; nothing to register`, {
            code: "model-path-empty",
            location: { file: target },
        });
    }
    for (const f of files)
        safeRelativePath(f, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(target, f));
    return { layout: "directory", root: target, files };
}
/**
 * A stored relative path: posix separators, no absolute paths, no '.' or '..' segments, no
 * backslashes, control characters or drive letters. The same rule guards every extraction
 * (the registry never writes outside the directory it was given).
 */
function safeRelativePath(relative, source = relative) {
    const bad = typeof relative !== "string" ||
        relative === "" ||
        relative.length > 1024 ||
        relative.startsWith("/") ||
        /^[A-Za-z]:/.test(relative) ||
        relative.includes("\\") ||
        /[\u0000-\u001f\u007f]/.test(relative) ||
        relative.split("/").some((seg) => seg === "" || seg === "." || seg === "..");
    if (bad) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${source}: unsafe file path ${JSON.stringify(relative)} (absolute, '..', backslash or control characters) — refusing to store or extract it`, { code: "unsafe-path" });
    }
    return relative;
}
/** `root/relative`, checked to stay inside root. */
function safeJoin(root, relative) {
    safeRelativePath(relative);
    const base = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root);
    const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(base, ...relative.split("/"));
    if (full !== base && !full.startsWith(base + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`unsafe file path ${JSON.stringify(relative)}: it leaves ${root}`, {
            code: "unsafe-path",
        });
    }
    return full;
}
/**
 * Writes a byte stream to `dest`, hashing it on the way and stopping as soon as it exceeds
 * `maxBytes`. Returns the digest of what was written (fsync'ed).
 */
async function writeHashed(chunks, dest, maxBytes = Number.POSITIVE_INFINITY) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dest), { recursive: true });
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    let bytes = 0;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(dest, "wx");
    try {
        for await (const chunk of chunks) {
            bytes += chunk.length;
            if (bytes > maxBytes) {
                throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${dest}: more data than the ${maxBytes} bytes recorded for it`, {
                    code: "integrity",
                });
            }
            hash.update(chunk);
            await handle.write(chunk);
        }
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    return { sha256: hash.digest("hex"), bytes };
}
/** Copies a model's files into `dir` (fsync'ed), returning the digests of what was stored. */
async function stageModelFiles(source, dir) {
    const out = [];
    for (const relative of source.files) {
        const digest = await writeHashed((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(safeJoin(source.root, relative), { highWaterMark: 1 << 20 }), safeJoin(dir, relative));
        out.push({ path: relative, ...digest });
    }
    return out;
}
/**
 * A stored copy (a staged file, an uploaded asset, a pushed blob) must be the file that was
 * hashed: same size, same sha256. Anything else means the file changed while registering.
 */
function checkStoredCopy(model, file, stored) {
    if (stored && stored.bytes === file.bytes && stored.sha256 === file.sha256)
        return;
    throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${model}: the stored copy of ${file.path} does not match the file that was hashed (expected ${file.bytes} bytes sha256 ${file.sha256}, ` +
        `stored ${stored ? `${stored.bytes} bytes sha256 ${stored.sha256}` : "nothing"}); did the file change while registering?`, { code: "integrity" });
}
/** Hashes a model's files in place. */
async function digestModelFiles(source) {
    const out = [];
    for (const relative of source.files) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
        let bytes = 0;
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(safeJoin(source.root, relative), { highWaterMark: 1 << 20 })) {
            hash.update(chunk);
            bytes += chunk.length;
        }
        out.push({ path: relative, sha256: hash.digest("hex"), bytes });
    }
    return out;
}
/** What "the same content" means for idempotency: the files, the metrics and the params. */
function contentDigest(files, metrics, params) {
    return (0,_mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)((0,_mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .dj)({ files: (0,_mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .combineDigests */ .T2)(files), metrics, params }));
}
/**
 * The idempotency key of a registration made by a workflow job: repository, run id, job and
 * model — not the attempt, so re-running a failed workflow finds what the first attempt made.
 * Null outside Actions (every local registration is new unless the caller passes a key).
 */
function idempotencyKeyFor(ctx, model) {
    if (!ctx.inActions || !ctx.repository || !ctx.runId)
        return null;
    return `${ctx.repository}/runs/${ctx.runId}/jobs/${ctx.job ?? "-"}/models/${model}`;
}
function integrityError(what, file, got) {
    return new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${what}: integrity check failed for ${file.path}: expected sha256 ${file.sha256} (${file.bytes} bytes), ` +
        `got ${got.sha256} (${got.bytes} bytes). The stored copy was modified or damaged; nothing was handed over`, { code: "integrity" });
}
/**
 * Downloads every file of a version into `dir`: each file is streamed into a hidden staging
 * directory inside `dir` and checked against its recorded sha256 and size; only when all pass
 * are they moved into place. A failure leaves `dir` as it was.
 */
async function downloadVerified(options) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
    const total = options.files.reduce((s, f) => s + f.bytes, 0);
    if (total > maxBytes) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${options.what}: ${total} bytes to download exceed the cap of ${maxBytes} bytes; raise the cap if this model really is that large`, { code: "download-too-large" });
    }
    for (const f of options.files)
        safeRelativePath(f.path, options.what);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(options.dir, { recursive: true });
    const staging = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.dir, `.mlops-download-${(0,_mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .uniqueSuffix */ .v_)()}`);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(staging);
    try {
        for (const file of options.files) {
            const dest = safeJoin(staging, file.path);
            let got;
            // A store's own integrity error (a damaged archive, say) keeps its message.
            const chunks = await options.open(file);
            try {
                got = await writeHashed(chunks, dest, file.bytes);
            }
            catch (error) {
                if (error.code === "integrity") {
                    throw integrityError(options.what, file, {
                        sha256: "(longer than recorded)",
                        bytes: file.bytes + 1,
                    });
                }
                throw error;
            }
            if (got.sha256 !== file.sha256 || got.bytes !== file.bytes)
                throw integrityError(options.what, file, got);
        }
        for (const file of options.files) {
            const target = safeJoin(options.dir, file.path);
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(safeJoin(staging, file.path), target);
        }
        await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .syncDirectory */ .zR)(options.dir);
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(staging, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 77195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ alreadyExists),
/* harmony export */   SX: () => (/* binding */ apiMessage),
/* harmony export */   Ug: () => (/* binding */ gitHubRepo),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   oG: () => (/* binding */ writeError),
/* harmony export */   oJ: () => (/* binding */ retryWrite),
/* harmony export */   pN: () => (/* binding */ listPages),
/* harmony export */   wR: () => (/* binding */ retryBaseMs)
/* harmony export */ });
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17198);

/** `owner/name`, checked. */
function gitHubRepo(request, repository) {
    const [owner, repo, extra] = repository.split("/");
    if (!owner || !repo || extra !== undefined) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`registry: expected the repository as owner/name, found ${JSON.stringify(repository)}`, { code: "repository-invalid" });
    }
    return { request, owner, repo };
}
function statusOf(error) {
    return error?.status;
}
function apiMessage(error) {
    const e = error;
    return e?.response?.data?.message ?? e?.message ?? String(error);
}
/** A 422 saying the thing being created exists already (a tag, an asset name). */
function alreadyExists(error) {
    return (statusOf(error) === 422 &&
        /already_exists|already exists/i.test(JSON.stringify(error.response?.data ?? {})));
}
/** Turns a permission problem on a write into the fix the user needs; rethrows anything else. */
function writeError(error, what, repo) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`registry: ${what} was refused (${status} ${apiMessage(error)}): the token needs 'contents: write' on ${repo.owner}/${repo.repo}; ` +
            `add 'permissions: contents: write' to the job (fork pull requests only get read access: register from a push or workflow_run job)`, { code: "permission-denied", cause: error });
    }
    throw error;
}
/**
 * A failure that may be gone on the next attempt, and after which the write may or may not have
 * landed: a 5xx, or no answer at all (a dropped connection or a timeout; octokit reports those
 * as status 500 without a response, other clients without a status).
 */
function isTransient(error) {
    const status = statusOf(error);
    return status === undefined || (status >= 500 && status <= 599);
}
/** The backoff unit: the option, else MLOPS_GITHUB_RETRY_BASE_MS (the test harness's knob), else 500 ms. */
function retryBaseMs(options = {}) {
    if (options.baseDelayMs !== undefined)
        return options.baseDelayMs;
    const env = Number(process.env.MLOPS_GITHUB_RETRY_BASE_MS);
    return process.env.MLOPS_GITHUB_RETRY_BASE_MS && Number.isFinite(env) && env >= 0 ? env : 500;
}
/**
 * Runs one write, again after a transient failure, at most `attempts` times. `recover` runs
 * before each retry and may find that the failed attempt landed after all (returns its result
 * then) or undo a partial one; `attempt` must be safe to repeat once `recover` found nothing.
 * Other failures (4xx: permissions, compare-and-swap losses) are thrown at once.
 */
async function retryWrite(attempt, options) {
    const attempts = options.attempts ?? 4;
    const base = retryBaseMs(options);
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            if (!isTransient(error) || n >= attempts)
                throw error;
            options.log?.(`${options.what}: ${apiMessage(error)} (attempt ${n} of ${attempts}); retrying`);
            await new Promise((resolve) => setTimeout(resolve, Math.random() * base * 2 ** n));
            const found = options.recover ? await options.recover(error) : undefined;
            if (found !== undefined)
                return found;
        }
    }
}
/** Every item of a paginated list (per_page 100, `page` counted up until a short page). */
async function* listPages(repo, route, params, maxPages = 100) {
    for (let page = 1; page <= maxPages; page++) {
        const { data } = await repo.request(route, {
            owner: repo.owner,
            repo: repo.repo,
            ...params,
            per_page: 100,
            page,
        });
        const items = Array.isArray(data) ? data : [];
        yield* items;
        if (items.length < 100)
            return;
    }
}


/***/ }),

/***/ 5443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  enforceScan: () => (/* reexport */ enforceScan),
  openRegistry: () => (/* reexport */ openRegistry),
  registryOptionsFrom: () => (/* reexport */ registryOptionsFrom)
});

// UNUSED EXPORTS: ARTIFACT_STORES, DEFAULT_LOCAL_REGISTRY, DEFAULT_MAX_DOWNLOAD_BYTES, DirectoryArtifactStore, IndexedRegistry, LocalIndexStore, LocalRegistry, MODEL_SCAN_MODES, checkStoredCopy, contentDigest, idempotencyKeyFor, modelUri, parseTags, readModelScanMode, registerModel, registerModelStep, registryConfigInputs, safeJoin, safeRelativePath, scanSummaryLine, withLock

// EXTERNAL MODULE: ./packages/registry/src/indexed-registry.ts + 1 modules
var indexed_registry = __webpack_require__(62791);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
// EXTERNAL MODULE: ./packages/registry/src/content.ts
var content = __webpack_require__(98556);
;// CONCATENATED MODULE: ./packages/registry/src/directory-artifact-store.ts




const STAGING_MAX_AGE_MS = 24 * 3600 * 1000;
class DirectoryArtifactStore {
    options;
    backend = "local";
    root;
    constructor(options) {
        this.options = options;
        this.root = external_node_path_default().resolve(options.root);
    }
    modelDir(model) {
        return external_node_path_default().join(this.root, (0,src/* checkModelName */.Xs)(model));
    }
    async stage(model, source, files) {
        const dir = external_node_path_default().join(this.modelDir(model), ".staging", (0,src/* uniqueSuffix */.v_)());
        await external_node_fs_.promises.mkdir(dir, { recursive: true });
        try {
            const stored = await (0,content/* stageModelFiles */.FW)(source, external_node_path_default().join(dir, "files"));
            for (const file of files)
                (0,content/* checkStoredCopy */.ff)(model, file, stored.find((s) => s.path === file.path));
            return { model, layout: source.layout, files, dir };
        }
        catch (error) {
            await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
            throw error;
        }
    }
    async place(staged, document, fence) {
        const { model } = staged;
        const n = document.number;
        await (0,src/* writeJsonAtomic */.ZJ)(external_node_path_default().join(staged.dir, "model-version.json"), { ...document, aliases: [] });
        const versionsDir = external_node_path_default().join(this.modelDir(model), "versions");
        const versionDir = external_node_path_default().join(versionsDir, String(n));
        await external_node_fs_.promises.mkdir(versionsDir, { recursive: true });
        for (let attempt = 1;; attempt++) {
            if (await exists(versionDir)) {
                // Left by a registration that crashed (or lost its lock) before its index write: it never
                // became visible.
                const aside = external_node_path_default().join(external_node_path_default().dirname(staged.dir), `orphan-v${n}-${(0,src/* uniqueSuffix */.v_)()}`);
                await external_node_fs_.promises.rename(versionDir, aside);
                this.options.logger.warning(`${model}: moved aside versions/${n}, left by an interrupted registration`);
                await external_node_fs_.promises.rm(aside, { recursive: true, force: true });
            }
            await fence();
            try {
                await external_node_fs_.promises.rename(staged.dir, versionDir);
                break;
            }
            catch (error) {
                const code = error.code;
                if ((code !== "ENOTEMPTY" && code !== "EEXIST") || attempt >= 3)
                    throw error;
                // A holder whose lock was broken placed its files meanwhile: ours if we still hold the lock.
                await fence();
            }
        }
        await (0,src/* syncDirectory */.zR)(versionsDir);
        return { backend: this.backend, layout: staged.layout };
    }
    /** The files are in place since `place`; what is left is sweeping staging that died long ago. */
    async publish(entry) {
        const stagingRoot = external_node_path_default().join(this.modelDir(entry.document.name), ".staging");
        try {
            for (const name of await external_node_fs_.promises.readdir(stagingRoot)) {
                const full = external_node_path_default().join(stagingRoot, name);
                const stat = await external_node_fs_.promises.stat(full).catch(() => null);
                if (stat && Date.now() - stat.mtimeMs > STAGING_MAX_AGE_MS)
                    await external_node_fs_.promises.rm(full, { recursive: true, force: true });
            }
        }
        catch {
            /* best effort */
        }
    }
    async discard(staged) {
        await external_node_fs_.promises.rm(staged.dir, { recursive: true, force: true });
    }
    async download(entry, file) {
        const { name, number } = entry.document;
        const filesDir = external_node_path_default().join(this.modelDir(name), "versions", String(number), "files");
        const source = (0,content/* safeJoin */.gt)(filesDir, file.path);
        try {
            await external_node_fs_.promises.access(source);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`${name} version ${number}: stored file ${file.path} is missing from ${filesDir}; the registry directory was damaged`, { code: "integrity" });
        }
        return (0,external_node_fs_.createReadStream)(source, { highWaterMark: 1 << 20 });
    }
    describe(entry) {
        return `Directory: ${external_node_path_default().join(this.modelDir(entry.document.name), "versions", String(entry.document.number))}`;
    }
}
async function exists(file) {
    try {
        await external_node_fs_.promises.lstat(file);
        return true;
    }
    catch (error) {
        if (error.code === "ENOENT")
            return false;
        throw error;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/registry/src/lock.ts





/*
 * A cross-process lock that works on local disks and shared network disks alike: it relies only
 * on mkdir being atomic (true on NFS, SMB and every local file system), never on flock/fcntl.
 *
 *   <dir>.lock/            exists while held (mkdir fails with EEXIST for everyone else)
 *   <dir>.lock/owner.json  {pid, host, token, acquired, purpose}; its mtime is a heartbeat
 *
 * A lock is stale when its owner is a dead process on this host, or when its heartbeat is older
 * than `staleMs` (the owner crashed on another machine, or lost the disk). Breaking a stale lock
 * happens under a second, short-lived lock (`<dir>.lock.break`) and re-checks the owner token
 * there, so two waiters that both saw the same stale lock cannot remove a fresh one.
 *
 * Breaking a lock does not stop its holder: a process paused (SIGSTOP, a VM freeze, a swap storm)
 * past staleMs wakes up believing it still holds the lock. So a holder publishes a file only
 * through `writeFenced`: the new content is staged INSIDE the lock directory and renamed into
 * place from there. Breaking the lock renames the lock directory away, so a broken holder's
 * rename finds no staged file (ENOENT) and fails: the rename itself is the fence, with no window
 * between a check and the write.
 */
/** Environment variable overriding the default staleMs (milliseconds), for tests and slow disks. */
const LOCK_STALE_ENV = "MLOPS_REGISTRY_LOCK_STALE_MS";
function defaultStaleMs() {
    const raw = process.env[LOCK_STALE_ENV];
    if (raw === undefined || raw.trim() === "")
        return 30_000;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
        throw new src/* ConfigurationError */.j1(`${LOCK_STALE_ENV}: expected a positive integer (milliseconds), found ${JSON.stringify(raw)}`, {
            code: "input-invalid",
        });
    }
    return value;
}
function lockLost(lockPath, staleMs) {
    return new src/* ConfigurationError */.j1(`lost the lock ${lockPath}: another process judged it stale (this process stalled for more than ${staleMs} ms) and went ahead; nothing was written by this process, run it again`, { code: "lock-lost" });
}
const BREAK_STALE_MS = 10_000;
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
async function readOwner(lockPath) {
    try {
        const value = JSON.parse(await external_node_fs_.promises.readFile(external_node_path_default().join(lockPath, "owner.json"), "utf8"));
        return typeof value?.token === "string" ? value : null;
    }
    catch {
        return null;
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
}
/** Milliseconds since the lock last showed life (owner file or directory mtime), or null if gone. */
async function heartbeatAge(lockPath) {
    let newest = -Infinity;
    for (const p of [external_node_path_default().join(lockPath, "owner.json"), lockPath]) {
        try {
            newest = Math.max(newest, (await external_node_fs_.promises.stat(p)).mtimeMs);
        }
        catch {
            /* missing: the other one decides */
        }
    }
    return newest === -Infinity ? null : Date.now() - newest;
}
async function staleReason(lockPath, staleMs) {
    const owner = await readOwner(lockPath);
    if (owner && owner.host === external_node_os_default().hostname() && !processAlive(owner.pid)) {
        return {
            reason: `its owner (pid ${owner.pid} on ${owner.host}) is no longer running`,
            token: owner.token,
        };
    }
    const age = await heartbeatAge(lockPath);
    if (age !== null && age > staleMs) {
        const who = owner ? `pid ${owner.pid} on ${owner.host}` : "an owner that never wrote its name";
        return {
            reason: `its owner (${who}) has not shown life for ${Math.round(age / 1000)} s`,
            token: owner?.token ?? null,
        };
    }
    return null;
}
/** Removes a stale lock under the break lock; true when this call removed it. */
async function breakStaleLock(lockPath, staleMs, logger) {
    const breakPath = `${lockPath}.break`;
    try {
        await external_node_fs_.promises.mkdir(breakPath);
    }
    catch (error) {
        if (error.code !== "EEXIST")
            throw error;
        const age = await heartbeatAge(breakPath);
        if (age !== null && age > BREAK_STALE_MS)
            await external_node_fs_.promises.rm(breakPath, { recursive: true, force: true });
        return false;
    }
    try {
        const stale = await staleReason(lockPath, staleMs);
        if (!stale)
            return false;
        const owner = await readOwner(lockPath);
        if ((owner?.token ?? null) !== stale.token)
            return false;
        const grave = `${lockPath}.stale-${(0,src/* uniqueSuffix */.v_)()}`;
        try {
            await external_node_fs_.promises.rename(lockPath, grave);
        }
        catch (error) {
            if (error.code === "ENOENT")
                return false;
            throw error;
        }
        await external_node_fs_.promises.rm(grave, { recursive: true, force: true });
        logger?.warning(`removed a stale registry lock ${lockPath}: ${stale.reason}`);
        return true;
    }
    finally {
        await external_node_fs_.promises.rm(breakPath, { recursive: true, force: true });
    }
}
/** Runs fn while holding the lock at `lockPath` (a directory path, created and removed here). */
async function withLock(lockPath, fn, options = {}) {
    const staleMs = options.staleMs ?? defaultStaleMs();
    const timeoutMs = options.timeoutMs ?? 120_000;
    const purpose = options.purpose ?? "registry";
    const owner = {
        pid: process.pid,
        host: external_node_os_default().hostname(),
        token: (0,external_node_crypto_.randomBytes)(16).toString("hex"),
        acquired: "",
        purpose,
    };
    await external_node_fs_.promises.mkdir(external_node_path_default().dirname(lockPath), { recursive: true });
    const started = Date.now();
    let delay = 5;
    let waitedNotice = false;
    for (;;) {
        try {
            await external_node_fs_.promises.mkdir(lockPath);
            break;
        }
        catch (error) {
            if (error.code !== "EEXIST")
                throw error;
        }
        if (await staleReason(lockPath, staleMs)) {
            if (await breakStaleLock(lockPath, staleMs, options.logger))
                continue;
        }
        if (Date.now() - started > timeoutMs) {
            const holder = await readOwner(lockPath);
            throw new src/* ConfigurationError */.j1(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for the lock ${lockPath}` +
                (holder ? ` held by pid ${holder.pid} on ${holder.host} since ${holder.acquired}` : "") +
                `; if that process is gone, the lock becomes stale after ${Math.round(staleMs / 1000)} s, or remove the directory by hand`, { code: "lock-timeout" });
        }
        if (!waitedNotice && Date.now() - started > 2000) {
            waitedNotice = true;
            options.logger?.info(`waiting for the ${purpose} lock ${lockPath}…`);
        }
        await sleep(delay / 2 + Math.random() * delay);
        delay = Math.min(delay * 1.6, 250);
    }
    owner.acquired = new Date().toISOString();
    const ownerFile = external_node_path_default().join(lockPath, "owner.json");
    await (0,src/* writeJsonAtomic */.ZJ)(ownerFile, owner);
    const beat = setInterval(() => {
        const now = new Date();
        external_node_fs_.promises.utimes(ownerFile, now, now).catch(() => { });
    }, Math.max(50, staleMs / 4));
    beat.unref();
    const held = {
        path: lockPath,
        owner,
        async assertHeld() {
            const current = await readOwner(lockPath);
            if (current?.token !== owner.token)
                throw lockLost(lockPath, staleMs);
        },
        async writeFenced(target, data, recheck) {
            const staged = external_node_path_default().join(lockPath, `staged-${(0,src/* uniqueSuffix */.v_)()}`);
            let handle;
            try {
                handle = await external_node_fs_.promises.open(staged, "wx");
            }
            catch (error) {
                if (error.code === "ENOENT")
                    throw lockLost(lockPath, staleMs);
                throw error;
            }
            try {
                await handle.writeFile(data);
                await handle.sync();
            }
            finally {
                await handle.close();
            }
            try {
                await held.assertHeld();
                await recheck?.();
                await external_node_fs_.promises.rename(staged, target);
            }
            catch (error) {
                await external_node_fs_.promises.rm(staged, { force: true }).catch(() => { });
                if (error.code === "ENOENT")
                    throw lockLost(lockPath, staleMs);
                throw error;
            }
            await (0,src/* syncDirectory */.zR)(external_node_path_default().dirname(target));
        },
    };
    try {
        return await fn(held);
    }
    finally {
        clearInterval(beat);
        const current = await readOwner(lockPath);
        if (current?.token === owner.token) {
            const grave = `${lockPath}.released-${(0,src/* uniqueSuffix */.v_)()}`;
            await external_node_fs_.promises.rename(lockPath, grave);
            await external_node_fs_.promises.rm(grave, { recursive: true, force: true });
        }
    }
}

// EXTERNAL MODULE: ./packages/registry/src/model-index.ts
var model_index = __webpack_require__(48525);
;// CONCATENATED MODULE: ./packages/registry/src/local-index-store.ts






/*
 * The index in a directory (laptops, CI without a token, shared disks):
 *
 *   <root>/<model>/index.json     the index: every version's document + aliases
 *   <root>/<model>/audit.jsonl    append-only: one HistoryEntry per change
 *   <root>/<model>/.lock/         the cross-process lock (lock.ts)
 *   <root>/<model>/audit.pending-<token>.json
 *                                 while a change is published: its audit lines and the sha256
 *                                 of the index they belong to
 *
 * A change happens under the model's lock: read, decide, then publish through the lock's fenced
 * write (staged inside .lock/, fsync; right before the rename the lock token is re-checked, and
 * the rename from inside .lock/ fails by itself if the lock was broken meanwhile), in order:
 *   1. the pending audit lines (audit.pending-<token>.json),
 *   2. index.json (also re-checking that the index is still the one read): the commit point,
 *   3. audit.jsonl, rewritten with the lines appended (re-checking it is still the one read),
 *      then the pending file removed.
 * A holder that stalled past the stale time and lost its lock before 2 fails with `lock-lost`
 * and writes nothing. One that lost it between 2 and 3 has made its change but can no longer
 * append: whoever takes the lock next finds the pending file, sees the index is the one it
 * belongs to, and appends those lines before its own; a pending file whose index never landed is
 * removed. So the audit log holds every change once, in the order of the index, even across a
 * crash or a stall between the two writes (auditLog() shows pending lines already). With the
 * lock there is nothing to retry: the change runs once.
 */
const PENDING = /^audit\.pending-[0-9a-f]+\.json$/;
function sha256(text) {
    return (0,external_node_crypto_.createHash)("sha256").update(text).digest("hex");
}
/** The audit text with lines appended, each on a line of its own (after a torn last line too). */
function appended(audit, lines) {
    const head = audit && !audit.endsWith("\n") ? `${audit}\n` : audit;
    return head + lines.map((line) => `${line}\n`).join("");
}
class LocalIndexStore {
    options;
    kind = "local";
    location;
    root;
    constructor(options) {
        this.options = options;
        this.root = external_node_path_default().resolve(options.root);
        this.location = options.root;
    }
    modelDir(model) {
        return external_node_path_default().join(this.root, (0,src/* checkModelName */.Xs)(model));
    }
    async read(model) {
        const file = external_node_path_default().join(this.modelDir(model), "index.json");
        const text = await readTextIfExists(file);
        if (text === null)
            return null;
        return (0,model_index/* checkIndex */.JM)((0,src/* parseJson */.qF)(text, file), model, file);
    }
    async models() {
        let names;
        try {
            names = await external_node_fs_.promises.readdir(this.root);
        }
        catch (error) {
            if (error.code === "ENOENT")
                return [];
            throw error;
        }
        return names.filter(model_index/* isModelName */.jp).sort();
    }
    async auditLog(model) {
        const dir = this.modelDir(model);
        const audit = await readTextIfExists(external_node_path_default().join(dir, "audit.jsonl"));
        // A change published whose writer has not appended its lines yet (or stalled, or crashed).
        const pending = await this.pendingFor(dir, audit ?? "");
        if (!pending.length)
            return audit;
        return appended(audit ?? "", pending.flatMap((p) => p.lines));
    }
    /**
     * The pending audit files of a model directory: those whose index is the one there now and
     * whose lines the audit log does not end with yet (`missing`), and all of them (`files`).
     */
    async pending(dir, audit) {
        let names;
        try {
            names = (await external_node_fs_.promises.readdir(dir)).filter((name) => PENDING.test(name));
        }
        catch (error) {
            if (error.code === "ENOENT")
                return { files: [], missing: [] };
            throw error;
        }
        if (!names.length)
            return { files: [], missing: [] };
        const index = await readTextIfExists(external_node_path_default().join(dir, "index.json"));
        const missing = [];
        for (const name of names) {
            const text = await readTextIfExists(external_node_path_default().join(dir, name));
            if (text === null || index === null)
                continue;
            let entry;
            try {
                entry = JSON.parse(text);
            }
            catch {
                continue; // staged by a fenced rename, so whole; one that is not is not ours to read
            }
            if (entry.index !== sha256(index) || !Array.isArray(entry.lines))
                continue;
            if (!audit.endsWith(entry.lines.map((line) => `${line}\n`).join("")))
                missing.push(entry);
        }
        return { files: names.map((name) => external_node_path_default().join(dir, name)), missing };
    }
    async pendingFor(dir, audit) {
        return (await this.pending(dir, audit)).missing;
    }
    /** Rewrites audit.jsonl with `lines` appended, through the lock's fence. */
    async appendAudit(dir, held, lines) {
        const audit = external_node_path_default().join(dir, "audit.jsonl");
        const before = await readTextIfExists(audit);
        await held.writeFenced(audit, appended(before ?? "", lines), async () => {
            if ((await readTextIfExists(audit)) !== before) {
                throw new src/* ConfigurationError */.j1(`${audit} changed while this process held the lock ${held.path}; its entries were not appended`, { code: "lock-lost" });
            }
        });
    }
    /** Under the lock: appends what an earlier holder published but did not log, drops the rest. */
    async finishPending(dir, held, model) {
        const { files, missing } = await this.pending(dir, (await readTextIfExists(external_node_path_default().join(dir, "audit.jsonl"))) ?? "");
        if (!files.length)
            return;
        if (missing.length) {
            await this.appendAudit(dir, held, missing.flatMap((p) => p.lines));
            this.options.logger.warning(`${model}: appended ${missing.reduce((n, p) => n + p.lines.length, 0)} audit entr(ies) an earlier writer published but did not log (it stalled or crashed after writing the index)`);
        }
        await held.assertHeld();
        for (const file of files)
            await external_node_fs_.promises.rm(file, { force: true });
    }
    async update(model, change) {
        const dir = this.modelDir(model);
        return await withLock(external_node_path_default().join(dir, ".lock"), async (held) => {
            const fence = () => held.assertHeld();
            await this.finishPending(dir, held, model);
            const file = external_node_path_default().join(dir, "index.json");
            const before = await readTextIfExists(file);
            const current = before === null ? (0,model_index/* emptyIndex */.gW)(model) : (0,model_index/* checkIndex */.JM)((0,src/* parseJson */.qF)(before, file), model, file);
            const { result, write } = await change(current, fence);
            if (!write)
                return result;
            const text = JSON.stringify(write.index, null, 2) + "\n";
            const lines = write.audit.map((entry) => JSON.stringify(entry));
            const pending = external_node_path_default().join(dir, `audit.pending-${held.owner.token}.json`);
            const staged = { index: sha256(text), lines };
            await held.writeFenced(pending, JSON.stringify(staged) + "\n");
            try {
                await held.writeFenced(file, text, async () => {
                    // The lock says nobody else wrote; the index itself must say so too.
                    if ((await readTextIfExists(file)) !== before) {
                        throw new src/* ConfigurationError */.j1(`${file} changed while this process held the lock ${held.path}; nothing was written by this process, run it again`, { code: "lock-lost" });
                    }
                });
            }
            catch (error) {
                await external_node_fs_.promises.rm(pending, { force: true });
                throw error;
            }
            // The change is made. Its audit lines go in through the fence too: a holder that lost
            // the lock here leaves them to the next one, which appends them in order.
            try {
                await this.appendAudit(dir, held, lines);
                await held.assertHeld();
                await external_node_fs_.promises.rm(pending, { force: true });
            }
            catch (error) {
                if (!(0,src/* isConfigurationError */.p0)(error) || error.code !== "lock-lost")
                    throw error;
                this.options.logger.warning(`${model}: the change is made, but this process lost the lock ${held.path} before logging it (it stalled); the next writer appends its audit entries, in order`);
            }
            return result;
        }, { ...this.options.lock, logger: this.options.logger, purpose: `registry (${model})` });
    }
}
async function readTextIfExists(file) {
    try {
        return await external_node_fs_.promises.readFile(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return null;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/registry/src/local-registry.ts



class LocalRegistry extends indexed_registry/* IndexedRegistry */.F {
    constructor(options) {
        super({
            indexes: new LocalIndexStore(options),
            artifacts: new DirectoryArtifactStore(options),
            logger: options.logger,
            ctx: options.ctx ?? null,
            ...(options.maxDownloadBytes !== undefined ? { maxDownloadBytes: options.maxDownloadBytes } : {}),
        });
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./packages/core/src/process.ts
var src_process = __webpack_require__(97332);
;// CONCATENATED MODULE: ./packages/registry/src/docker-credentials.ts





/** The username a credential helper answers when its Secret is an identity token. */
const IDENTITY_TOKEN_USER = "<token>";
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HELPER_TIMEOUT_MS = 60_000;
/** What to tell apart for `host`: the keys docker writes for it in config.json. */
function keysFor(host) {
    const keys = [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
    if (host === "docker.io" || host === "registry-1.docker.io")
        keys.push("https://index.docker.io/v1/");
    return keys;
}
/** Hides a secret from every later message and log line (the runner's mask too, through `mask`). */
function secret(value, mask) {
    (0,src/* registerSecret */.cl)(value);
    mask?.(value);
    return value;
}
/** Credentials for `host` from docker config.json: a credential helper, else `auths`; null when none. */
async function dockerConfigCredentials(host, env = process.env, options = {}) {
    const dir = env.DOCKER_CONFIG || external_node_path_default().join(env.HOME || external_node_os_default().homedir(), ".docker");
    const file = external_node_path_default().join(dir, "config.json");
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, "utf8");
    }
    catch {
        return null;
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${file}: not valid JSON (${error.message.split("\n")[0]})`, {
            code: "input-invalid",
        });
    }
    const keys = keysFor(host);
    const helperKey = keys.find((key) => typeof config.credHelpers?.[key] === "string");
    const helper = helperKey !== undefined ? config.credHelpers[helperKey] : config.credsStore;
    if (helper) {
        const where = helperKey !== undefined ? `credHelpers["${helperKey}"]` : "credsStore";
        const found = await helperCredentials(helper, host, env, `${file} ${where}`, options);
        if (found)
            return found;
    }
    const auths = config.auths ?? {};
    for (const key of keys) {
        const entry = auths[key];
        if (!entry)
            continue;
        if (entry.identitytoken) {
            return {
                username: entry.username ?? "",
                password: "",
                identityToken: secret(entry.identitytoken, options.mask),
            };
        }
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
            const colon = decoded.indexOf(":");
            if (colon <= 0) {
                throw new src/* ConfigurationError */.j1(`${file}: auths["${key}"].auth is not base64 of <user>:<password>`, {
                    code: "input-invalid",
                });
            }
            return { username: decoded.slice(0, colon), password: secret(decoded.slice(colon + 1), options.mask) };
        }
        if (entry.username && entry.password)
            return { username: entry.username, password: secret(entry.password, options.mask) };
    }
    return null;
}
/** Withheld from a credential helper besides what a `run:` step does not see (INPUT_*, ACTIONS_RUNTIME_*…). */
const WITHHELD = new Set(["GITHUB_TOKEN", "MLOPS_OCI_PASSWORD", "MLOPS_REGISTRY_TOKEN"]);
/** Runs `docker-credential-<helper> get` for `host`; null when the helper has nothing for it. */
async function helperCredentials(helper, host, env, where, options = {}) {
    if (!HELPER_NAME.test(helper)) {
        throw new src/* ConfigurationError */.j1(`${where}: ${JSON.stringify(helper)} is not a credential helper name (docker runs docker-credential-<name>)`, { code: "input-invalid" });
    }
    const program = `docker-credential-${helper}`;
    const stdout = [];
    const stderr = [];
    const result = await (0,src_process/* runProcessTree */.rq)({
        file: program,
        args: ["get"],
        env: (0,src_process/* runStepEnv */.ND)(env, (name) => WITHHELD.has(name)),
        input: host,
        timeoutMs: HELPER_TIMEOUT_MS,
        killGraceMs: 2000,
        drainMs: 1000,
        onStdout: (chunk) => stdout.push(chunk),
        onStderr: (chunk) => stderr.push(chunk),
    });
    const out = Buffer.concat(stdout).toString("utf8");
    // What a helper prints is its business: shown only redacted, and never its JSON answer.
    const err = (0,src/* redact */.E$)(Buffer.concat(stderr).toString("utf8").trim() || out.trim()).slice(0, 300);
    if (result.spawnError) {
        throw new src/* ConfigurationError */.j1(`${where}: the credential helper ${program} could not run (${result.spawnError.message.split("\n")[0]}); install it on PATH or remove it from config.json`, { code: "credentials-invalid" });
    }
    if (result.code !== 0) {
        // docker-credential-helpers' ErrCredentialsNotFound: this helper has nothing for the host.
        if (/credentials not found/i.test(err))
            return null;
        throw new src/* ConfigurationError */.j1(`${where}: ${program} get ${host} ${result.timedOut ? `did not answer within ${HELPER_TIMEOUT_MS / 1000} s` : `exited ${result.code ?? result.signal}`}${err ? `: ${err}` : ""}`, { code: "credentials-invalid" });
    }
    let answer;
    try {
        answer = JSON.parse(out);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`${where}: ${program} get ${host} did not answer JSON {"Username": …, "Secret": …}`, { code: "credentials-invalid" });
    }
    if (typeof answer.Secret !== "string" || !answer.Secret)
        return null;
    const username = typeof answer.Username === "string" ? answer.Username : "";
    if (username === IDENTITY_TOKEN_USER) {
        return { username: "", password: "", identityToken: secret(answer.Secret, options.mask) };
    }
    return { username, password: secret(answer.Secret, options.mask) };
}

;// CONCATENATED MODULE: ./packages/registry/src/oci-client.ts









/** Environment variable naming a PEM file of CA certificates to trust besides the system's. */
const OCI_CA_FILE_ENV = "MLOPS_OCI_CA_FILE";
const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const MANIFEST_ACCEPT = [OCI_MANIFEST, "application/vnd.docker.distribution.manifest.v2+json"].join(", ");
const REPOSITORY_PATTERN = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** `ghcr.io/owner/models`, `registry.example.com:5000/team/models`, `http://127.0.0.1:5000/models`. */
function parseOciReference(text) {
    let rest = text.trim();
    let scheme = "https";
    const schemeMatch = /^(https?):\/\//.exec(rest);
    if (schemeMatch) {
        scheme = schemeMatch[1];
        rest = rest.slice(schemeMatch[0].length);
    }
    const slash = rest.indexOf("/");
    const registry = slash > 0 ? rest.slice(0, slash) : "";
    const repository = slash > 0 ? rest.slice(slash + 1).replace(/\/+$/, "") : "";
    if (!registry || !/^[A-Za-z0-9.-]+(?::\d+)?$/.test(registry) || !REPOSITORY_PATTERN.test(repository)) {
        throw new src/* ConfigurationError */.j1(`registry oci: expected <host>[:port]/<repository> in lower case (e.g. ghcr.io/owner/models), found ${JSON.stringify(text)}`, { code: "input-invalid" });
    }
    return { registry, repository, scheme };
}
/** A registry's refusal, with its error codes (never our credentials). */
class OciHttpError extends src/* ConfigurationError */.j1 {
    status;
    method;
    where;
    constructor(status, method, where, detail) {
        super(`OCI registry: ${method} ${where} → HTTP ${status}${detail ? ` (${detail})` : ""}`, {
            code: status === 401 || status === 403 ? "permission-denied" : "registry-error",
        });
        this.status = status;
        this.method = method;
        this.where = where;
    }
}
const oci_client_sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function readAll(body, limit = 8 << 20) {
    const chunks = [];
    let total = 0;
    for await (const chunk of body) {
        total += chunk.length;
        if (total > limit) {
            body.destroy();
            throw new src/* ConfigurationError */.j1(`OCI registry: a response larger than ${limit} bytes where JSON was expected`, {
                code: "registry-error",
            });
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** The registry's error codes and messages from an error body, for messages. */
async function errorDetail(body) {
    try {
        const text = (await readAll(body, 64 << 10)).toString("utf8");
        const parsed = JSON.parse(text);
        if (parsed.errors?.length)
            return parsed.errors.map((e) => [e.code, e.message].filter(Boolean).join(": ")).join("; ");
        return text.slice(0, 200);
    }
    catch {
        return "";
    }
}
/**
 * Node's `ca` replaces the trusted roots: an extra CA (the option, or MLOPS_OCI_CA_FILE) is added
 * to the system's, so a redirect to public blob storage still verifies.
 */
function trustedCas(options) {
    const extra = options.ca ? [options.ca] : [];
    const file = (options.env ?? process.env)[OCI_CA_FILE_ENV]?.trim();
    if (file) {
        try {
            extra.push((0,external_node_fs_.readFileSync)(file));
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1(`${OCI_CA_FILE_ENV}: cannot read ${file} (${error.code ?? error.message}); it should name a PEM file of CA certificates`, { code: "input-invalid" });
        }
    }
    return extra.length ? [...(external_node_tls_default()).rootCertificates, ...extra] : undefined;
}
/** `key="value", key2="value2"` of a WWW-Authenticate header. */
function challengeParams(text) {
    const params = {};
    for (const match of text.matchAll(/([A-Za-z]+)="([^"]*)"/g))
        params[match[1].toLowerCase()] = match[2];
    return params;
}
class OciClient {
    options;
    reference;
    agent;
    chunkBytes;
    attempts;
    backoffMs;
    credentials;
    authorization = null;
    /** Bearer tokens by scope, so a pull token does not stand in for a push. */
    tokens = new Map();
    /** The CAs to trust when some are added to the system's (else undefined: Node's defaults). */
    ca;
    constructor(reference, options = {}) {
        this.options = options;
        this.reference = typeof reference === "string" ? parseOciReference(reference) : reference;
        this.ca = trustedCas(options);
        const agentOptions = { keepAlive: true, maxSockets: 4, ...(this.ca ? { ca: this.ca } : {}) };
        this.agent =
            this.reference.scheme === "https" ? new (external_node_https_default()).Agent(agentOptions) : new (external_node_http_default()).Agent(agentOptions);
        this.chunkBytes = options.chunkBytes ?? 64 << 20;
        this.attempts = options.attempts ?? 5;
        this.backoffMs = options.backoffMs ?? 500;
        this.credentials = options.credentials;
    }
    /** `host/repository`, as written in the index and in messages. */
    get name() {
        return `${this.reference.registry}/${this.reference.repository}`;
    }
    close() {
        this.agent.destroy();
    }
    url(pathname) {
        return new URL(`${this.reference.scheme}://${this.reference.registry}/v2/${this.reference.repository}/${pathname}`);
    }
    /**
     * Explicit credentials, else MLOPS_OCI_USERNAME + MLOPS_OCI_PASSWORD, else docker config.json,
     * else for ghcr.io the step's token or GITHUB_TOKEN (with permissions: packages: write to
     * push), else anonymous.
     */
    async loadCredentials() {
        if (this.credentials !== undefined)
            return this.credentials;
        const env = this.options.env ?? process.env;
        const host = this.reference.registry;
        if (env.MLOPS_OCI_USERNAME && env.MLOPS_OCI_PASSWORD)
            this.credentials = { username: env.MLOPS_OCI_USERNAME, password: env.MLOPS_OCI_PASSWORD };
        else
            this.credentials = await dockerConfigCredentials(host, env, this.options.mask ? { mask: this.options.mask } : {});
        const githubToken = this.options.githubToken || env.GITHUB_TOKEN;
        if (!this.credentials && host === "ghcr.io" && githubToken)
            this.credentials = { username: env.GITHUB_ACTOR || "x-access-token", password: githubToken };
        return this.credentials;
    }
    raw(method, url, options, authorization) {
        return new Promise((resolve, reject) => {
            const headers = { ...(options.headers ?? {}) };
            if (authorization)
                headers.Authorization = authorization;
            const body = options.body?.();
            if (Buffer.isBuffer(body))
                headers["Content-Length"] = body.length;
            else if (!body && (method === "PUT" || method === "POST" || method === "PATCH"))
                headers["Content-Length"] ??= 0;
            const transport = url.protocol === "http:" ? (external_node_http_default()) : (external_node_https_default());
            const sameHost = url.host === this.reference.registry;
            const request = transport.request(url, { method, headers, ...(sameHost ? { agent: this.agent } : this.ca ? { ca: this.ca } : {}) }, (response) => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: response }));
            request.on("error", (error) => {
                if (body && !Buffer.isBuffer(body))
                    body.destroy();
                reject(error);
            });
            if (!body)
                request.end();
            else if (Buffer.isBuffer(body))
                request.end(body);
            else {
                body.on("error", (error) => request.destroy(error));
                body.pipe(request);
            }
        });
    }
    /** Answers a 401's challenge; false when there is nothing new to try. */
    async authenticate(challenge, method, where) {
        const scheme = challenge.split(" ")[0].toLowerCase();
        const credentials = await this.loadCredentials();
        if (scheme === "basic") {
            // An identity token is for a token service; Basic has nothing to send it as.
            if (!credentials || credentials.identityToken)
                return false;
            const basic = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
            if (this.authorization === basic)
                return false;
            this.authorization = basic;
            return true;
        }
        if (scheme !== "bearer")
            return false;
        const params = challengeParams(challenge);
        if (!params.realm)
            return false;
        const scope = params.scope ?? "";
        const cached = this.tokens.get(scope);
        if (cached && this.authorization !== `Bearer ${cached}`) {
            this.authorization = `Bearer ${cached}`;
            return true;
        }
        const realm = new URL(params.realm);
        let response;
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
            response = await this.raw("POST", realm, { headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: () => body }, null);
        }
        else {
            if (params.service)
                realm.searchParams.set("service", params.service);
            for (const s of scope.split(" ").filter(Boolean))
                realm.searchParams.append("scope", s);
            const headers = {};
            if (credentials)
                headers.Authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
            response = await this.raw("GET", realm, { headers }, null);
        }
        if (response.status !== 200) {
            const detail = await errorDetail(response.body);
            throw new OciHttpError(response.status, method, where, `the token service ${realm.origin}${realm.pathname} refused ${credentials?.identityToken ? "the identity token" : credentials ? `user ${credentials.username}` : "anonymous access"}` +
                `${scope ? ` for ${scope}` : ""}${detail ? `: ${detail}` : ""}; check the credentials and that they may ${scope.includes("push") ? "push to" : "pull from"} ${this.name}`);
        }
        const json = JSON.parse((await readAll(response.body)).toString("utf8"));
        const token = json.token ?? json.access_token;
        if (!token)
            throw new OciHttpError(200, method, where, `the token service ${realm.origin} answered without a token`);
        this.tokens.set(scope, token);
        this.authorization = `Bearer ${token}`;
        return true;
    }
    /** One request: authenticated on a 401 challenge, retried on network errors, 429 and 5xx. */
    async send(method, target, options = {}) {
        const accept = options.accept ?? ((status) => status >= 200 && status < 300);
        const where = target.pathname;
        let authTries = 0;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await this.raw(method, target, options, this.authorization);
            }
            catch (error) {
                if (options.retry === false || attempt >= this.attempts) {
                    throw new src/* ConfigurationError */.j1(`OCI registry: ${method} ${this.reference.registry}${where} failed: ${error.message}`, { code: "registry-unreachable", cause: error });
                }
                await oci_client_sleep(this.backoffMs * 2 ** (attempt - 1));
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
                throw new OciHttpError(401, method, where, (await this.loadCredentials())
                    ? `the registry refused the credentials for ${this.reference.registry}`
                    : `no credentials for ${this.reference.registry}: run \`docker login ${this.reference.registry}\` (or set DOCKER_CONFIG) or pass credentials`);
            }
            if (accept(response.status))
                return response;
            const transient = response.status === 429 || response.status >= 500;
            if (transient && options.retry !== false && attempt < this.attempts) {
                response.body.resume();
                await oci_client_sleep(this.backoffMs * 2 ** (attempt - 1));
                continue;
            }
            throw new OciHttpError(response.status, method, where, await errorDetail(response.body));
        }
    }
    /** Whether the repository holds the blob (with the size it has there), without downloading it. */
    async blobSize(digest) {
        const response = await this.send("HEAD", this.url(`blobs/${digest}`), {
            accept: (s) => (s >= 200 && s < 300) || s === 404,
        });
        response.body.resume();
        if (response.status === 404)
            return null;
        return Number(response.headers["content-length"] ?? -1);
    }
    /** Uploads a small blob in one request (a config, say) unless the repository holds it. */
    async pushBytes(bytes) {
        const digest = `sha256:${(0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex")}`;
        const base = { mediaType: "application/octet-stream", digest, size: bytes.length };
        if ((await this.blobSize(digest)) === bytes.length)
            return { ...base, uploaded: false };
        const location = await this.startUpload();
        const put = withDigest(location, digest);
        const response = await this.send("PUT", put, {
            headers: { "Content-Type": "application/octet-stream" },
            body: () => bytes,
        });
        response.body.resume();
        return { ...base, uploaded: true };
    }
    async startUpload() {
        const start = this.url("blobs/uploads/");
        const response = await this.send("POST", start, { accept: (s) => s === 202 });
        response.body.resume();
        return this.location(response, start);
    }
    location(response, base) {
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
    async pushFile(file, digest, size) {
        const existing = await this.blobSize(digest);
        if (existing === size)
            return { uploaded: false, sha256: digest.replace(/^sha256:/, ""), bytes: size };
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
                    body: () => (0,external_node_fs_.createReadStream)(file, { start: from, end, highWaterMark: 1 << 20 }).pipe(hasher.at(from)),
                    accept: (s) => s === 202,
                });
                response.body.resume();
                location = this.location(response, location);
                offset = end + 1;
                failures = 0;
            }
            catch (error) {
                if (error instanceof OciHttpError &&
                    error.status >= 400 &&
                    error.status < 500 &&
                    error.status !== 416 &&
                    error.status !== 404 &&
                    error.status !== 429)
                    throw error;
                if (++failures >= this.attempts)
                    throw error;
                await oci_client_sleep(this.backoffMs * 2 ** (failures - 1));
                // Resume from what the registry holds of this upload (or start afresh when it lost it).
                const status = await this.send("GET", location, { accept: (s) => s === 204 || s === 404 }).catch(() => null);
                const range = status?.status === 204 ? /^(?:bytes=)?0-(\d+)$/.exec(String(status.headers.range ?? "")) : null;
                status?.body.resume();
                const received = range ? Number(range[1]) + 1 : 0;
                if (status?.status === 204 && range && received > 1 && received <= end + 1) {
                    location = this.location(status, location);
                    offset = received;
                }
                else {
                    // "0-0" is 0 or 1 bytes; no status is a lost upload: either way, start again.
                    location = await this.startUpload();
                    offset = 0;
                }
            }
        }
        const sha256 = hasher.digest(size);
        if (`sha256:${sha256}` !== digest) {
            await this.send("DELETE", location, { accept: () => true, retry: false }).then((r) => r.body.resume(), () => undefined);
            return { uploaded: true, sha256, bytes: size };
        }
        const response = await this.send("PUT", withDigest(location, digest), {
            accept: (s) => s === 201 || s === 400,
        });
        if (response.status === 400) {
            const detail = await errorDetail(response.body);
            if (/DIGEST_INVALID|SIZE_INVALID/.test(detail))
                return { uploaded: true, sha256: "", bytes: -1 };
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
    async blob(digest, from = 0) {
        let target = this.url(`blobs/${digest}`);
        const headers = from > 0 ? { Range: `bytes=${from}-` } : {};
        for (let hop = 0; hop < 5; hop++) {
            const ok = (s) => s === 200 || s === 206 || (s >= 300 && s < 400);
            const response = target.host === this.reference.registry
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
    async *blobResumable(digest, size) {
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
                if (received >= size)
                    return;
                throw new Error(`the connection closed after ${received} of ${size} bytes`);
            }
            catch (error) {
                if (error instanceof OciHttpError || ++failures >= this.attempts)
                    throw error;
                await oci_client_sleep(this.backoffMs * 2 ** (failures - 1));
            }
        }
    }
    async putManifest(reference, bytes, mediaType = OCI_MANIFEST) {
        const digest = `sha256:${(0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex")}`;
        const response = await this.send("PUT", this.url(`manifests/${reference}`), {
            headers: { "Content-Type": mediaType },
            body: () => bytes,
        });
        response.body.resume();
        const stored = response.headers["docker-content-digest"];
        if (stored && stored !== digest) {
            throw new src/* ConfigurationError */.j1(`${this.name}:${reference}: the registry stored the manifest as ${String(stored)}, not ${digest}`, { code: "integrity" });
        }
        return digest;
    }
    /**
     * A manifest's bytes and digest. Asked by digest, the bytes must hash to it; asked by tag, the
     * registry's Docker-Content-Digest (when sent) must match the bytes.
     */
    async manifest(reference) {
        const response = await this.send("GET", this.url(`manifests/${reference}`), {
            headers: { Accept: MANIFEST_ACCEPT },
            accept: (s) => s === 200 || s === 404,
        });
        if (response.status === 404) {
            response.body.resume();
            return null;
        }
        const bytes = await readAll(response.body);
        const digest = `sha256:${(0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex")}`;
        const expected = reference.startsWith("sha256:") ? reference : response.headers["docker-content-digest"];
        if (expected && expected !== digest) {
            throw new src/* ConfigurationError */.j1(`${this.name}@${reference}: the manifest received hashes to ${digest}, not ${String(expected)}`, { code: "integrity" });
        }
        return { bytes, digest, manifest: JSON.parse(bytes.toString("utf8")) };
    }
}
/** Joins small chunks into pieces of about `bytes` (the last may be smaller). */
async function* coalesce(body, bytes) {
    let pending = [];
    let size = 0;
    let broken = null;
    try {
        for await (const chunk of body) {
            pending.push(chunk);
            size += chunk.length;
            if (size >= bytes) {
                yield pending.length === 1 ? pending[0] : Buffer.concat(pending, size);
                pending = [];
                size = 0;
            }
        }
    }
    catch (error) {
        broken = error;
    }
    // What arrived before a break is still good: the caller counts it and resumes after it.
    if (size > 0)
        yield Buffer.concat(pending, size);
    if (broken)
        throw broken;
}
async function* dropFirst(body, skip) {
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
function withDigest(location, digest) {
    const url = new URL(location);
    url.searchParams.set("digest", digest);
    return url;
}
/**
 * Hashes a file's bytes once each, in order, however often a resumed upload re-sends them:
 * a stream piped through `at(offset)` hashes only the bytes past what was hashed already.
 */
class SequentialHash {
    hash = (0,external_node_crypto_.createHash)("sha256");
    hashed = 0;
    at(offset) {
        let position = offset;
        return new external_node_stream_.Transform({
            transform: (chunk, _encoding, callback) => {
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
    digest(size) {
        if (this.hashed !== size)
            return `incomplete:${this.hashed}`;
        return this.hash.digest("hex");
    }
}

;// CONCATENATED MODULE: ./packages/registry/src/oci-artifact-store.ts







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
const MODEL_ARTIFACT_TYPE = "application/vnd.mlops.model.v1";
const MODEL_VERSION_CONFIG = "application/vnd.mlops.model.version.v1+json";
const TITLE = "org.opencontainers.image.title";
const MEDIA_TYPES = {
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
function fileMediaType(file) {
    return MEDIA_TYPES[external_node_path_default().extname(file).toLowerCase()] ?? "application/octet-stream";
}
class OciArtifactStore {
    backend = "oci";
    client;
    others = new Map();
    manifests = new Map();
    options;
    constructor(options) {
        this.options = { mask: (value) => options.logger.setSecret(value), ...options };
        this.client = new OciClient(parseOciReference(options.repository), this.options);
    }
    /** Where this store pushes, `host/repository`. */
    get repository() {
        return this.client.name;
    }
    close() {
        this.client.close();
        for (const other of this.others.values())
            other.close();
    }
    /** The client of the repository a version was stored in (it may predate a change of `oci`). */
    clientFor(repository) {
        if (typeof repository !== "string" || repository === this.client.name)
            return this.client;
        let other = this.others.get(repository);
        if (!other) {
            other = new OciClient(parseOciReference(repository), { ...this.options, credentials: undefined });
            this.others.set(repository, other);
        }
        return other;
    }
    async stage(model, source, files) {
        const layers = [];
        let uploaded = 0;
        let skipped = 0;
        for (const file of files) {
            const digest = `sha256:${file.sha256}`;
            const result = await this.client.pushFile((0,content/* safeJoin */.gt)(source.root, file.path), digest, file.bytes);
            (0,content/* checkStoredCopy */.ff)(model, file, { sha256: result.sha256, bytes: result.bytes });
            if (result.uploaded)
                uploaded++;
            else
                skipped++;
            layers.push({
                mediaType: fileMediaType(file.path),
                digest,
                size: file.bytes,
                annotations: { [TITLE]: file.path },
            });
        }
        this.options.logger.info(`${model}: ${uploaded} blob(s) uploaded to ${this.client.name}, ${skipped} already there`);
        return { model, layout: source.layout, files, layers };
    }
    async place(staged, document) {
        const config = await this.client.pushBytes(Buffer.from(JSON.stringify({ ...document, aliases: [] })));
        const manifest = {
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
        const digest = await this.client.putManifest(`sha256:${(0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex")}`, bytes);
        return {
            backend: this.backend,
            layout: staged.layout,
            repository: this.client.name,
            tag: tagOf(staged.model, document.number),
            digest,
        };
    }
    async publish(entry) {
        const { tag, digest } = this.recorded(entry);
        const client = this.clientFor(entry.storage.repository);
        const found = await client.manifest(digest);
        if (!found) {
            throw new src/* ConfigurationError */.j1(`${entry.document.name} version ${entry.document.number}: manifest ${digest} is missing from ${client.name}; was it deleted?`, { code: "asset-missing" });
        }
        await client.putManifest(tag, found.bytes, found.manifest.mediaType ?? OCI_MANIFEST);
    }
    async discard() {
        /* blobs no manifest refers to are removed by the registry's garbage collection */
    }
    async download(entry, file) {
        const { digest } = this.recorded(entry);
        const client = this.clientFor(entry.storage.repository);
        const key = `${client.name}@${digest}`;
        let pending = this.manifests.get(key);
        if (!pending) {
            pending = client.manifest(digest).then((found) => {
                if (!found) {
                    throw new src/* ConfigurationError */.j1(`${entry.document.name} version ${entry.document.number}: manifest ${digest} is missing from ${client.name}`, { code: "asset-missing" });
                }
                return found.manifest;
            });
            pending.catch(() => this.manifests.delete(key));
            this.manifests.set(key, pending);
        }
        const manifest = await pending;
        const layer = manifest.layers.find((l) => l.annotations?.[TITLE] === file.path);
        if (!layer || layer.digest !== `sha256:${file.sha256}` || layer.size !== file.bytes) {
            throw new src/* ConfigurationError */.j1(`${entry.document.name} version ${entry.document.number}: ${client.name}@${digest} has ` +
                (layer ? `${file.path} as ${layer.digest} (${layer.size} bytes)` : `no layer titled ${file.path}`) +
                `, the index says sha256:${file.sha256} (${file.bytes} bytes)`, { code: "integrity" });
        }
        return client.blobResumable(layer.digest, layer.size);
    }
    /** The version's manifest: `host/repository:<model>-v<n>` and its sha256 digest. */
    artifact(entry) {
        const { tag, digest } = this.recorded(entry);
        const repository = typeof entry.storage.repository === "string" ? entry.storage.repository : this.client.name;
        return { store: this.backend, reference: `${repository}:${tag}`, digest, mediaType: OCI_MANIFEST };
    }
    describe(entry) {
        const storage = entry.storage;
        return `OCI artifact: ${String(storage.repository)}:${String(storage.tag)}@${String(storage.digest)}`;
    }
    recorded(entry) {
        const { tag, digest } = entry.storage;
        if (typeof tag !== "string" || typeof digest !== "string" || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
            throw new src/* ConfigurationError */.j1(`${entry.document.name} version ${entry.document.number}: the index's storage record has no OCI tag and digest`, { code: "integrity" });
        }
        return { tag, digest };
    }
}
/** The store open.ts makes for `artifacts: oci`, from mlops.yml's `registry.oci`. */
function ociArtifactStore(repository, logger, githubToken = null) {
    if (!repository?.trim()) {
        throw new src/* ConfigurationError */.j1("registry: artifacts: oci needs the repository: add oci: <host>/<repository> (e.g. oci: ghcr.io/OWNER/models) to mlops.yml's registry section", { code: "input-invalid" });
    }
    return new OciArtifactStore({ repository, logger, githubToken });
}
function tagOf(model, number) {
    return `${model}-v${number}`;
}
/**
 * Pulls an OCI artifact (ours, or any whose layers carry org.opencontainers.image.title, as
 * oras and skopeo copies of them do) into `dir`: the manifest checked against its digest, every
 * blob against its layer's digest and size. Returns the files written.
 */
async function pullArtifact(client, reference, dir) {
    const found = await client.manifest(reference);
    if (!found) {
        throw new ConfigurationError(`${client.name}:${reference}: no such manifest`, { code: "asset-missing" });
    }
    const files = [];
    for (const layer of found.manifest.layers) {
        const title = layer.annotations?.[TITLE];
        if (!title) {
            throw new ConfigurationError(`${client.name}@${found.digest}: layer ${layer.digest} has no ${TITLE} annotation, so no file name`, { code: "input-invalid" });
        }
        const relative = safeRelativePath(title);
        const target = safeJoin(dir, relative);
        await fs.mkdir(path.dirname(target), { recursive: true });
        const partial = `${target}.partial`;
        const body = client.blobResumable(layer.digest, layer.size);
        const hash = createHash("sha256");
        let size = 0;
        await pipeline(body, async function* (source) {
            for await (const chunk of source) {
                hash.update(chunk);
                size += chunk.length;
                yield chunk;
            }
        }, createWriteStream(partial));
        const digest = `sha256:${hash.digest("hex")}`;
        if (digest !== layer.digest || size !== layer.size) {
            await fs.rm(partial, { force: true });
            throw new ConfigurationError(`${client.name}@${found.digest}: ${relative} arrived as ${digest} (${size} bytes), the manifest says ${layer.digest} (${layer.size} bytes)`, { code: "integrity" });
        }
        await fs.rename(partial, target);
        files.push(relative);
    }
    return { digest: found.digest, manifest: found.manifest, files };
}

// EXTERNAL MODULE: ./packages/registry/src/release-artifact-store.ts + 1 modules
var release_artifact_store = __webpack_require__(92709);
;// CONCATENATED MODULE: ./packages/registry/src/open.ts







function needs(value, store, backend) {
    if (value === null) {
        throw new src/* ConfigurationError */.j1(`registry: the ${store} artifact store works with the ${backend} backend only`, {
            code: "input-invalid",
        });
    }
    return value;
}
/**
 * Where new versions' files go, by name; the index stays with the backend. Adding a store is
 * one file implementing ArtifactStore (ports.ts) and one line here.
 */
const ARTIFACT_STORES = {
    directory: (c) => new DirectoryArtifactStore({ root: needs(c.root, "directory", "local"), logger: c.logger }),
    "release-assets": (c) => new release_artifact_store/* ReleaseArtifactStore */.Fm({
        api: needs(c.github, "release-assets", "github"),
        logger: c.logger,
        ctx: c.ctx,
    }),
    oci: (c) => ociArtifactStore(c.oci ?? null, c.logger, c.token ?? null),
};
const DEFAULT_LOCAL_REGISTRY = ".mlops/registry";
/**
 * Opens the registry a step should use. `auto` picks GitHub inside Actions when a token is
 * there, else the local directory; the choice is logged. The GitHub backend (and octokit) is
 * loaded only when chosen.
 */
async function openRegistry(options) {
    const { ctx, logger } = options;
    const token = options.token?.trim() || undefined;
    let backend = options.backend;
    const auto = backend === "auto";
    if (backend !== "auto" && backend !== "local" && backend !== "github") {
        throw new src/* ConfigurationError */.j1(`registry: expected one of 'auto', 'local', 'github', found ${JSON.stringify(backend)}`, { code: "input-invalid" });
    }
    if (backend === "auto") {
        const github = ctx.inActions && Boolean(token) && Boolean(ctx.repository);
        backend = github ? "github" : "local";
        logger.info(github
            ? `registry: auto → github (running in GitHub Actions with a token; registry branch of ${ctx.repository})`
            : `registry: auto → local (${ctx.inActions ? "no token given" : "not running in GitHub Actions"})`);
    }
    if (backend === "local") {
        const root = external_node_path_default().resolve(ctx.workspace, options.path?.trim() || DEFAULT_LOCAL_REGISTRY);
        (auto ? logger.debug : logger.info).call(logger, `registry: local directory ${root}`);
        const indexes = new LocalIndexStore({ root, logger });
        return registryOver(indexes, options.artifacts ?? "directory", {
            ctx,
            logger,
            root,
            github: null,
            oci: options.oci ?? null,
            token: token ?? null,
        });
    }
    if (!token) {
        throw new src/* ConfigurationError */.j1("registry: github needs a token: pass token: ${{ github.token }} (with permissions: contents: write to register, contents: read to resolve)", { code: "token-missing" });
    }
    if (!ctx.repository) {
        throw new src/* ConfigurationError */.j1("registry: github needs the repository (GITHUB_REPOSITORY is not set)", {
            code: "repository-missing",
        });
    }
    const { openGitHubApi, GitHubIndexStore } = await __webpack_require__.e(/* import() */ 19).then(__webpack_require__.bind(__webpack_require__, 25019));
    const github = await openGitHubApi({ token, ctx, logger });
    const indexes = new GitHubIndexStore({
        api: github,
        logger,
        ...(options.branch ? { branch: options.branch } : {}),
    });
    return registryOver(indexes, options.artifacts ?? "release-assets", {
        ctx,
        logger,
        root: null,
        github,
        oci: options.oci ?? null,
        token,
    });
}
function registryOver(indexes, artifacts, context) {
    if (!Object.hasOwn(ARTIFACT_STORES, artifacts)) {
        throw new src/* ConfigurationError */.j1(`registry artifacts: expected one of ${Object.keys(ARTIFACT_STORES)
            .map((name) => `'${name}'`)
            .join(", ")}, found ${JSON.stringify(artifacts)}`, { code: "input-invalid" });
    }
    const store = ARTIFACT_STORES[artifacts](context);
    // The other stores this backend can reach read the versions stored before a switch of store.
    const readers = Object.entries(ARTIFACT_STORES)
        .filter(([name]) => name !== artifacts)
        .flatMap(([, make]) => {
        try {
            return [make(context)];
        }
        catch (error) {
            if ((0,src/* isConfigurationError */.p0)(error))
                return [];
            throw error;
        }
    });
    return new indexed_registry/* IndexedRegistry */.F({
        indexes,
        artifacts: store,
        readers,
        logger: context.logger,
        ctx: context.ctx,
    });
}

;// CONCATENATED MODULE: ./packages/registry/src/registry-options.ts


/*
 * One way for every step to say which registry it opens: mlops.yml's `registry:` section
 * (backend, path, artifacts, oci), overridden by what the host was given (action inputs
 * `registry`, `registry-path`, `registry-artifacts`, `registry-oci`; the CLI's flags of the
 * same names). Each step's configSection spreads registryConfigInputs, and every openRegistry
 * call goes through registryOptionsFrom, so a store chosen in mlops.yml is the one every step
 * reads and writes.
 */
/** mlops.yml's registry section by step input name (what an input that is not given falls back to). */
function registryConfigInputs(config) {
    const registry = config?.registry;
    return {
        registry: registry?.backend,
        "registry-path": registry?.path,
        "registry-artifacts": registry?.artifacts,
        "registry-oci": registry?.oci,
    };
}
function given(value) {
    const text = value?.trim();
    return text ? text : undefined;
}
/**
 * The openRegistry options of a step: its inputs over mlops.yml's registry section, backend
 * `auto` when neither names one. A store name that is not one of ARTIFACT_STORES is refused
 * here, naming where it came from.
 */
function registryOptionsFrom(config, inputs, run) {
    const section = config?.registry;
    const backend = (given(inputs.backend) ?? section?.backend ?? "auto");
    const path = given(inputs.path) ?? given(section?.path);
    const artifactsInput = given(inputs.artifacts);
    const artifacts = artifactsInput ?? section?.artifacts;
    if (artifacts !== undefined && !Object.hasOwn(ARTIFACT_STORES, artifacts)) {
        throw new src/* ConfigurationError */.j1(`${artifactsInput !== undefined ? "input 'registry-artifacts'" : "mlops.yml registry.artifacts"}: expected one of ${Object.keys(ARTIFACT_STORES)
            .map((name) => `'${name}'`)
            .join(", ")}, found ${JSON.stringify(artifacts)}`, { code: "input-invalid" });
    }
    const oci = given(inputs.oci) ?? given(section?.oci);
    const token = given(inputs.token);
    const branch = given(inputs.branch);
    return {
        backend,
        ...(path !== undefined ? { path } : {}),
        ...(artifacts !== undefined ? { artifacts: artifacts } : {}),
        ...(oci !== undefined ? { oci } : {}),
        ...(token !== undefined ? { token } : {}),
        ...(branch !== undefined ? { branch } : {}),
        ctx: run.ctx,
        logger: run.logger,
    };
}

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
;// CONCATENATED MODULE: ./packages/registry/src/model-scan.ts


/*
 * `model-scan: fail | warn | off` for register-model and deploy-model: scan the model files with
 * @mlops/scan before anything loads them (pickle-based formats run code when loaded).
 * The scanner is imported on first use, so steps that do not scan do not pay for loading it.
 */
const MODEL_SCAN_MODES = ["fail", "warn", "off"];
/** Reads input 'model-scan' (default fail). */
function readModelScanMode(input) {
    return (0,src/* oneOf */.yL)((0,src/* optionalString */.sx)(input, "model-scan") ?? "fail", "model-scan", MODEL_SCAN_MODES);
}
/**
 * Scans `modelPath` (a file or directory) under `mode`. Returns the summary to store and show,
 * or null with `off`. With `fail`, a `dangerous` or `error` (unscannable) verdict throws StepFailed
 * naming the file and what it found; with `warn` every finding is a warning annotation.
 */
async function enforceScan(modelPath, mode, logger, options) {
    const shown = options.shown ?? "";
    const context = options.context ? ` (${options.context})` : "";
    if (mode === "off") {
        logger.info(`model scan: off (model-scan: off); ${shown || external_node_path_default().basename(modelPath)}${context} was not scanned`);
        return null;
    }
    const { scanPath, summarizeScan, formatFindings } = await __webpack_require__.e(/* import() */ 722).then(__webpack_require__.bind(__webpack_require__, 36722));
    let report;
    try {
        report = await scanPath(modelPath);
    }
    catch (error) {
        // Only a path that cannot be stat'ed rejects: the step's own checks name it (model-path not found).
        if (error.code === "ENOENT")
            return null;
        throw error;
    }
    const summary = summarizeScan(report);
    const blocking = mode === "fail" && (summary.verdict === "dangerous" || summary.verdict === "error");
    const annotate = blocking ? logger.error.bind(logger) : logger.warning.bind(logger);
    for (const line of formatFindings(report))
        annotate(`model scan: ${prefixed(shown, report.root, modelPath, line)}`);
    logger.info(scanSummaryLine(summary));
    if (blocking) {
        const worst = summary.findings.find((f) => f.severity === summary.verdict) ?? summary.findings[0];
        const what = worst
            ? `${fileShown(shown, worst.file, modelPath, report.root)}${context}: ${findingText(worst)}`
            : `${shown || external_node_path_default().basename(modelPath)}${context}`;
        const more = summary.findings.length + summary.omittedFindings - 1;
        throw new src/* StepFailed */.an(`${what}${more > 0 ? ` (and ${more} more finding${more === 1 ? "" : "s"} in the log)` : ""}; ${options.consequence}. ` +
            (summary.verdict === "error"
                ? "The file could not be scanned, so nothing vouches for it; "
                : "Loading this model can run code; ") +
            "check where it came from, or set model-scan: warn to go on anyway", { code: "model-scan-failed" });
    }
    if (summary.verdict !== "safe") {
        logger.warning(`${scanSummaryLine(summary)} (model-scan: ${mode}, going on)`);
    }
    return summary;
}
/** "imports os.system (dangerous: runs a shell command)" from "imports os.system (GLOBAL; runs a shell command)". */
function findingText(finding) {
    const where = finding.entry ? ` [${finding.entry}]` : "";
    const match = /^imports (\S+) \((?:[^;()]*); (.*)\)$/.exec(finding.message);
    if (match)
        return `imports ${match[1]} (${finding.severity}: ${match[2]})${where}`;
    return `${finding.severity}: ${finding.message}${where}`;
}
/** The finding's file as the user knows it: for a single-file model the file itself. */
function fileShown(shown, file, modelPath, root) {
    if (!shown)
        return file;
    return external_node_path_default().resolve(root) === external_node_path_default().resolve(modelPath) && file === external_node_path_default().basename(modelPath)
        ? shown
        : `${shown.replace(/\/+$/, "")}/${file}`;
}
function prefixed(shown, root, modelPath, line) {
    const space = line.indexOf(" ");
    const file = space < 0 ? line : line.slice(0, space);
    return `${fileShown(shown, file, modelPath, root)}${space < 0 ? "" : line.slice(space)}`;
}
/** One line for logs and step summaries: "model scan: safe — 12 globals, all on the allowlist". */
function scanSummaryLine(summary) {
    if (!summary)
        return "model scan: not scanned";
    const globals = `${summary.globals.length} global${summary.globals.length === 1 ? "" : "s"}`;
    const files = `${summary.files} file${summary.files === 1 ? "" : "s"}`;
    if (summary.verdict === "safe") {
        return summary.globals.length
            ? `model scan: safe — ${globals}, all on the allowlist (${files})`
            : `model scan: safe — no globals imported (${files})`;
    }
    const shown = summary.findings.slice(0, 3).map((f) => `${f.file}: ${findingText(f)}`);
    const rest = summary.findings.length + summary.omittedFindings - shown.length;
    return `model scan: ${summary.verdict} — ${globals} in ${files}; ${shown.join("; ")}${rest > 0 ? `; ${rest} more` : ""}`;
}

// EXTERNAL MODULE: ./packages/registry/src/types.ts
var types = __webpack_require__(65736);
;// CONCATENATED MODULE: ./packages/registry/src/register-model.ts








/** Tags: inline JSON or YAML mapping; values must be scalars and are stored as strings. */
async function parseTags(value) {
    if (value === undefined)
        return {};
    let parsed = value;
    if (typeof value === "string") {
        const text = value.trim();
        if (!text)
            return {};
        // JSON is YAML: one parser takes both `{"team": "x"}` and `{team: x}` or `team: x` lines.
        parsed = (await (0,src.parseYamlWithLocations)(text, "input 'tags'")).value;
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
        throw new src/* ConfigurationError */.j1(`input 'tags': expected a mapping like {team: forecast}, found ${JSON.stringify(parsed)}`, {
            code: "input-invalid",
        });
    }
    const out = {};
    for (const [key, v] of Object.entries(parsed)) {
        if (v === null || typeof v === "object") {
            throw new src/* ConfigurationError */.j1(`input 'tags': tag '${key}' must be a string, number or boolean`, {
                code: "input-invalid",
            });
        }
        out[key] = String(v);
    }
    return out;
}
async function registerModel(options, deps) {
    const { ctx, logger } = deps;
    const run = options.runRecord
        ? await (0,src/* readDocument */.u0)("mlops.run", external_node_path_default().resolve(ctx.workspace, options.runRecord))
        : null;
    if (run && run.status !== "succeeded" && run.status !== "cached") {
        throw new src/* ConfigurationError */.j1(`${options.runRecord}: the training run ${run.status} (exit code ${run.exitCode}); refusing to register its model`, { code: "run-failed", location: { file: options.runRecord } });
    }
    const modelPath = options.modelPath ?? run?.model?.path;
    if (!modelPath) {
        throw new src/* ConfigurationError */.j1("input 'model-path' is required (the run record names no model): the model file or directory to register", { code: "input-missing" });
    }
    const absoluteModelPath = external_node_path_default().resolve(ctx.workspace, modelPath);
    if (run?.model?.files.length && external_node_path_default().resolve(ctx.workspace, run.model.path) === absoluteModelPath) {
        await checkUnchangedSinceTraining(run.model.files, absoluteModelPath, modelPath, options.runRecord);
    }
    // Model files are code (pickle runs what it imports): scan the candidate before anything stages it.
    const scan = await enforceScan(absoluteModelPath, options.modelScan ?? "fail", logger, {
        consequence: "registered nothing",
        shown: modelPath,
    });
    let metrics;
    if (options.metricsFile)
        metrics = await (0,src/* readMetricsFile */._c)(external_node_path_default().resolve(ctx.workspace, options.metricsFile));
    const tags = await parseTags(options.tags);
    const registry = deps.registry ??
        (await openRegistry(registryOptionsFrom(null, {
            backend: options.backend,
            path: options.registryPath,
            artifacts: options.registryArtifacts,
            oci: options.registryOci,
            token: options.token,
        }, { ctx, logger })));
    // A run already registered (same training fingerprint, same files) or a re-run (same key)
    // gets the existing version with created: false: register finds both in its one index read.
    const result = await registry.register({
        model: options.model,
        path: absoluteModelPath,
        metrics: metrics ?? run?.metrics ?? {},
        params: run?.params ?? {},
        run,
        aliases: options.aliases ?? [],
        tags,
        idempotencyKey: (0,content/* idempotencyKeyFor */.wX)(ctx, options.model),
        createdBy: ctx.actor,
        scan,
    });
    const uri = (0,types/* modelUri */.E)(options.model, result.version.number);
    return { ...result, uri, registry, summary: renderSummary(result, uri, registry) };
}
/**
 * The model registered must be the model the run record describes: its metrics and lineage are
 * about those bytes. A file changed (or swapped) between training and registration is refused.
 */
async function checkUnchangedSinceTraining(trained, absolute, shown, runRecord) {
    const now = await (0,src/* digestTree */.hW)(absolute);
    const key = (f) => `${f.path}\0${f.sha256}\0${f.bytes}`;
    const before = new Set(trained.map(key));
    const changed = now.filter((f) => !before.has(key(f))).map((f) => f.path);
    const after = new Set(now.map(key));
    const missing = trained.filter((f) => !after.has(key(f)) && !changed.includes(f.path)).map((f) => f.path);
    if (changed.length || missing.length) {
        const what = [
            changed.length ? `changed or new: ${changed.slice(0, 5).join(", ")}` : "",
            missing.length ? `missing: ${missing.slice(0, 5).join(", ")}` : "",
        ]
            .filter(Boolean)
            .join("; ");
        throw new src/* ConfigurationError */.j1(`${shown} is not the model ${runRecord} describes (${what}): the files changed after training, so its metrics and lineage would be wrong; ` +
            `register the model the train step wrote (re-run training if the file was meant to change)`, { code: "model-changed", location: { file: shown } });
    }
}
function renderSummary(result, uri, registry) {
    const v = result.version;
    const metrics = Object.entries(v.metrics)
        .map(([k, value]) => `${(0,markdown/* code */.aY)(k)} ${(0,markdown/* formatNumber */.ZV)(value)}`)
        .join(", ");
    const bytes = v.files.reduce((s, f) => s + f.bytes, 0);
    const lines = [
        (0,markdown/* heading */.R_)(3, `Registered ${(0,markdown/* text */.Qq)(v.name)} version ${v.number}${result.created ? "" : " (already registered by an earlier attempt)"}`),
        "",
        (0,markdown/* table */.tp)(["", ""], [
            ["model URI", (0,markdown/* code */.aY)(uri)],
            ["registry", `${registry.kind} (${(0,markdown/* text */.Qq)(registry.location)})`],
            ["aliases", v.aliases.length ? v.aliases.map((a) => (0,markdown/* code */.aY)(a)).join(", ") : "none"],
            ["files", `${(0,markdown/* formatCount */.B4)(v.files.length)} (${(0,markdown/* formatBytes */.z3)(bytes)})`],
            ["metrics", metrics || "none"],
            ["git sha", v.lineage.gitSha ? (0,markdown/* code */.aY)(v.lineage.gitSha.slice(0, 12)) : "unknown"],
            ...(v.artifact
                ? [
                    [
                        `${(0,markdown/* text */.Qq)(v.artifact.store)} artifact`,
                        `${(0,markdown/* code */.aY)(v.artifact.reference)} ${(0,markdown/* code */.aY)(v.artifact.digest)}`,
                    ],
                ]
                : []),
        ]),
        "",
        (0,markdown/* text */.Qq)(scanSummaryLine(v.scan), 1000),
        "",
    ];
    return lines.join("\n");
}
/** The register-model step definition: inputs or mlops.yml (model, registry, register:) → registerModel. */
const registerModelStep = {
    name: "register-model",
    configSection: (config) => ({
        model: config.model,
        ...registryConfigInputs(config),
        ...config.register,
    }),
    readInputs: (input, ctx) => ({
        model: (0,src/* requiredString */.Fk)(input, "model", "the model name, e.g. model: weather-classifier"),
        modelPath: (0,src/* optionalString */.sx)(input, "model-path"),
        metricsFile: (0,src/* optionalString */.sx)(input, "metrics"),
        runRecord: (0,src/* optionalString */.sx)(input, "run-record"),
        aliases: (0,src/* optionalList */.R2)(input, "aliases"),
        tags: (0,src/* optionalString */.sx)(input, "tags"),
        backend: (0,src/* oneOf */.yL)((0,src/* optionalString */.sx)(input, "registry") ?? "auto", "registry", [
            "auto",
            "local",
            "github",
        ]),
        registryPath: (0,src/* optionalString */.sx)(input, "registry-path"),
        registryArtifacts: (0,src/* optionalString */.sx)(input, "registry-artifacts"),
        registryOci: (0,src/* optionalString */.sx)(input, "registry-oci"),
        // A token is never read from mlops.yml.
        token: (0,src/* optionalString */.sx)(ctx.given, "token"),
        modelScan: readModelScanMode(input),
    }),
    run: (options, { context, registry }) => registerModel(options, { ctx: context.run, logger: context.logger, ...(registry ? { registry } : {}) }),
    outputs: (result) => ({
        version: result.version.number,
        "model-uri": result.uri,
        created: result.created,
        aliases: JSON.stringify(result.version.aliases),
    }),
    summary: (result) => result.summary,
    failure: () => null,
};

;// CONCATENATED MODULE: ./packages/registry/src/index.ts













/***/ }),

/***/ 62791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ IndexedRegistry)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
// EXTERNAL MODULE: ./packages/registry/src/content.ts
var content = __webpack_require__(98556);
// EXTERNAL MODULE: ./packages/registry/src/model-index.ts
var model_index = __webpack_require__(48525);
;// CONCATENATED MODULE: ./packages/registry/src/prepare.ts



/** The ModelVersion a request describes (number, uri and created are assigned when it is committed). */
function prepareVersion(request, files, storage, ctx) {
    const aliases = [...new Set(request.aliases ?? [])];
    const tags = request.tags ?? {};
    (0,model_index/* checkRequestNames */.mI)(request.model, aliases, tags);
    const run = request.run ?? null;
    const metrics = {};
    for (const [name, value] of Object.entries(request.metrics ?? run?.metrics ?? {})) {
        metrics[name] = (0,src/* checkMetricValue */.m6)(name, value, "metrics");
    }
    const params = request.params ?? run?.params ?? {};
    if (!params || typeof params !== "object" || Array.isArray(params)) {
        throw new src/* ConfigurationError */.j1("params: expected a mapping of names to values", { code: "params-invalid" });
    }
    const sortedFiles = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
        aliases,
        storage,
        document: {
            kind: "mlops.model-version",
            version: 1,
            name: request.model,
            created: new Date().toISOString(),
            createdBy: request.createdBy ?? ctx?.actor ?? null,
            metrics,
            params,
            files: sortedFiles,
            // The fingerprint's components (every code file with its digest) stay in the run record:
            // the index keeps the fingerprint, not a file list per version.
            // The command redacted again (a record from an older mlops or written by hand): the
            // registry branch's history keeps it for good.
            run: run && { ...run, command: (0,src/* redactCommand */.jh)(run.command), fingerprintInputs: undefined },
            lineage: {
                data: request.data ?? run?.data ?? [],
                gitSha: run?.git.sha ?? ctx?.sha ?? null,
                repository: run?.git.repository ?? ctx?.repository ?? null,
                workflowRunId: run?.workflow?.runId ?? ctx?.runId ?? null,
                runAttempt: run?.workflow?.runAttempt ?? ctx?.runAttempt ?? null,
                parentVersion: request.parentVersion ?? null,
            },
            tags: { ...tags },
            idempotencyKey: request.idempotencyKey ?? null,
            contentDigest: (0,content/* contentDigest */.eZ)(sortedFiles, metrics, params),
            ...(request.scan ? { scan: request.scan } : {}),
        },
    };
}
/**
 * Fills in what depends on the index at commit time: the parent version defaults to what the
 * `production` alias pointed at when this version was registered (the model it would replace).
 */
function withParent(prepared, index, explicit) {
    if (explicit)
        return prepared;
    const parent = index.aliases.production ?? null;
    return {
        ...prepared,
        document: { ...prepared.document, lineage: { ...prepared.document.lineage, parentVersion: parent } },
    };
}
/** Validates the final document against the schema: a bug in our own output fails here, not later. */
async function checkVersionDocument(document) {
    return await (0,src/* parseDocument */.Tp)("mlops.model-version", document, `${document.name} version ${document.number}`);
}

// EXTERNAL MODULE: ./packages/registry/src/types.ts
var types = __webpack_require__(65736);
;// CONCATENATED MODULE: ./packages/registry/src/indexed-registry.ts








class IndexedRegistry {
    kind;
    location;
    indexes;
    artifacts;
    readers;
    logger;
    ctx;
    maxDownloadBytes;
    constructor(options) {
        this.indexes = options.indexes;
        this.artifacts = options.artifacts;
        this.readers = options.readers ?? [];
        this.kind = options.indexes.kind;
        this.location = options.indexes.location;
        this.logger = options.logger;
        this.ctx = options.ctx ?? null;
        this.maxDownloadBytes = options.maxDownloadBytes;
    }
    // ── reading ────────────────────────────────────────────────────────────────────────────
    async requireIndex(model) {
        const index = await this.indexes.read(model);
        if (index && index.versions.length)
            return index;
        throw (0,model_index/* missingModel */.CG)(model, (await this.listModels()).map((m) => m.name));
    }
    async listModels() {
        const out = [];
        for (const name of await this.indexes.models()) {
            const index = await this.indexes.read(name);
            if (index && index.versions.length)
                out.push((0,model_index/* summaryOf */.YG)(index));
        }
        return out;
    }
    async get(model, version) {
        return (0,model_index/* documentOf */.lM)(await this.requireIndex(model), version);
    }
    async list(model) {
        return (0,model_index/* versionsOf */.x4)(await this.requireIndex(model));
    }
    async resolve(model, ref, options) {
        return await (0,model_index/* resolveIn */.QH)(await this.indexes.read(model), model, ref, options?.optional === true, async () => (await this.listModels()).map((m) => m.name));
    }
    async history(model) {
        await this.requireIndex(model);
        const out = [];
        ((await this.indexes.auditLog(model)) ?? "").split("\n").forEach((line, i) => {
            if (!line.trim())
                return;
            try {
                out.push(JSON.parse(line));
            }
            catch {
                // A line torn by a crash mid-append; the index, not the audit log, is authoritative.
                this.logger.warning(`${model} audit.jsonl line ${i + 1}: skipped an incomplete entry (a writer crashed mid-append)`);
            }
        });
        return out;
    }
    async download(model, version, dir) {
        const index = await this.requireIndex(model);
        const document = (0,model_index/* documentOf */.lM)(index, version);
        const entry = index.versions[version - 1];
        const store = this.storeOf(entry);
        await (0,content/* downloadVerified */.nz)({
            what: `${model} version ${version}`,
            dir,
            files: document.files,
            maxBytes: this.maxDownloadBytes,
            open: (file) => store.download(entry, file),
        });
        const modelPath = entry.storage.layout === "file" ? (0,content/* safeJoin */.gt)(dir, document.files[0].path) : external_node_path_default().resolve(dir);
        return { dir: external_node_path_default().resolve(dir), modelPath, version: document };
    }
    /** The store holding a version's files, by the `backend` of its storage record. */
    storeOf(entry) {
        const backend = entry.storage.backend;
        const store = [this.artifacts, ...this.readers].find((s) => s.backend === backend);
        if (store)
            return store;
        throw new src/* ConfigurationError */.j1(`${entry.document.name} version ${entry.document.number}: its files are in a ${backend} artifact store, which this registry was not opened with (it has ${[this.artifacts, ...this.readers].map((s) => s.backend).join(", ")})`, { code: "registry-index-invalid" });
    }
    // ── provenance of a change ─────────────────────────────────────────────────────────────
    actor() {
        if (this.ctx?.actor)
            return this.ctx.actor;
        try {
            return external_node_os_default().userInfo().username;
        }
        catch {
            return "unknown";
        }
    }
    source() {
        return (this.ctx && (0,src/* workflowRunUrl */.CX)(this.ctx)) ?? `pid ${process.pid} on ${external_node_os_default().hostname()}`;
    }
    entry(fields) {
        return (0,model_index/* historyEntry */.xg)({ ...fields, actor: this.actor(), source: this.source() });
    }
    /** Commit trailers: who made the change, from which workflow run and commit. */
    trailers() {
        const lines = [`Actor: ${this.actor()}`];
        const run = this.ctx && (0,src/* workflowRunUrl */.CX)(this.ctx);
        if (run)
            lines.push(`Run: ${run}`);
        if (this.ctx?.sha)
            lines.push(`Source-Commit: ${this.ctx.sha}`);
        return lines.join("\n");
    }
    // ── register ───────────────────────────────────────────────────────────────────────────
    async register(request) {
        const { model } = request;
        (0,model_index/* checkRequestNames */.mI)(model, request.aliases ?? [], request.tags ?? {});
        const source = await (0,content/* inspectModelPath */.tH)(request.path);
        if (this.artifacts.accepts) {
            // What the store cannot hold is refused before hours of hashing and uploading.
            const sizes = await Promise.all(source.files.map(async (f) => ({ path: f, bytes: (await external_node_fs_.promises.stat((0,content/* safeJoin */.gt)(source.root, f))).size })));
            this.artifacts.accepts(model, source.layout, sizes);
        }
        const files = await (0,content/* digestModelFiles */.xu)(source);
        const prepared = prepareVersion(request, files, { backend: this.artifacts.backend, layout: source.layout }, this.ctx);
        // The one read before anything is stored: a re-run, or a training run already registered,
        // finds its version here and stores nothing.
        const before = await this.indexes.read(model);
        if (before) {
            const same = this.registeredRun(before, request.run ?? null, prepared);
            if (same)
                return { version: same, created: false };
            const known = (0,model_index/* findIdempotent */.JI)(before, prepared.document.idempotencyKey, prepared.document.contentDigest);
            if (known !== null)
                return await this.existing(before, known);
            const identical = this.identicalFiles(before, prepared);
            if (identical)
                return { version: identical, created: false };
        }
        const staged = await this.artifacts.stage(model, source, prepared.document.files);
        let attempted = null;
        let committed;
        try {
            committed = await this.indexes.update(model, async (index, fence) => {
                const outcome = (0,model_index/* applyRegister */.k)(index, withParent(prepared, index, request.parentVersion !== undefined), (n) => (0,types/* modelUri */.E)(model, n));
                if (!outcome.created)
                    return { result: { index, version: outcome.version, created: false }, write: null };
                const n = outcome.version;
                const document = await checkVersionDocument({
                    ...outcome.entry.document,
                    aliases: (0,model_index/* aliasesOf */.QI)(outcome.index, n),
                });
                const storage = await this.artifacts.place(staged, document, fence);
                // What the store names the placed files by (an OCI manifest digest) joins the document;
                // the store itself got the document without it (the digest is of what it stored).
                const artifact = this.artifacts.artifact?.({ document: outcome.entry.document, storage }) ?? null;
                const entry = {
                    document: artifact
                        ? await checkVersionDocument({ ...outcome.entry.document, artifact })
                        : outcome.entry.document,
                    storage,
                };
                attempted = entry;
                const next = { ...outcome.index, versions: [...index.versions, entry] };
                return {
                    result: { index: next, version: n, created: true },
                    write: this.registerWrite(index, next, entry, prepared),
                };
            });
        }
        catch (error) {
            // Discard the staged files only when no committed version refers to them: a commit whose
            // answer was lost may still have landed, and then they must stay (the re-run publishes them).
            const landed = await this.indexes.read(model).catch(() => undefined);
            if (landed !== undefined && !this.landed(landed, attempted))
                await this.artifacts.discard(staged);
            throw error;
        }
        if (!committed.created && this.landed(committed.index, attempted)) {
            // Our own earlier write landed though its answer was lost: the version is ours, its files
            // are the staged ones (never discard them), and it still needs publishing.
            committed = { ...committed, created: true };
        }
        else if (!committed.created) {
            // Another attempt with the same key won the race: our staged files are not needed.
            await this.artifacts.discard(staged);
            return await this.existing(committed.index, committed.version);
        }
        const entry = committed.index.versions[committed.version - 1];
        await this.artifacts.publish(entry);
        this.logger.info(`${model}: registered version ${committed.version} in ${this.location} (${this.artifacts.describe(entry)}, ${staged.files.length} file(s))`);
        return { version: (0,model_index/* documentOf */.lM)(committed.index, committed.version), created: true };
    }
    /** Whether the index holds exactly the entry this registration last tried to commit. */
    landed(index, attempted) {
        if (!index || !attempted)
            return false;
        const there = index.versions[attempted.document.number - 1];
        return there !== undefined && (0,src/* canonicalJson */.dj)(there) === (0,src/* canonicalJson */.dj)(attempted);
    }
    /**
     * A version that already holds this training run (same training fingerprint, same file
     * contents): a second identical pipeline run (a new run id, so a new idempotency key) changes
     * nothing.
     */
    registeredRun(index, run, prepared) {
        if (!run?.fingerprint)
            return null;
        const contents = (list) => list
            .map((f) => `${f.sha256}:${f.bytes}`)
            .sort()
            .join(",");
        const want = contents(prepared.document.files);
        for (const entry of [...index.versions].reverse()) {
            if (entry.document.run?.fingerprint !== run.fingerprint || contents(entry.document.files) !== want)
                continue;
            this.logger.info(`${index.model} v${entry.document.number} already holds this run (training fingerprint ${run.fingerprint.slice(0, 12)}, same files): nothing registered`);
            return (0,model_index/* documentOf */.lM)(index, entry.document.number);
        }
        return null;
    }
    /**
     * A version whose files are byte-identical to these (every path, sha256 and size): a retrain
     * that reproduced the same model (a run-cache miss on a comment) is that version, not a new
     * one. Nothing is stored and no alias moves.
     */
    identicalFiles(index, prepared) {
        const contents = (list) => list
            .map((f) => `${f.path}\0${f.sha256}\0${f.bytes}`)
            .sort()
            .join("\n");
        const want = contents(prepared.document.files);
        for (const entry of [...index.versions].reverse()) {
            if (contents(entry.document.files) !== want)
                continue;
            this.logger.info(`${index.model} v${entry.document.number} holds byte-identical files (${prepared.document.files.length} file(s), every sha256 equal): nothing registered, no alias moved`);
            return (0,model_index/* documentOf */.lM)(index, entry.document.number);
        }
        return null;
    }
    /** The version a previous attempt registered; publishes its files if that attempt died first. */
    async existing(index, version) {
        const entry = index.versions[version - 1];
        this.logger.info(`${index.model}: this registration (key ${entry.document.idempotencyKey}) already made version ${version}; nothing new was stored`);
        await this.storeOf(entry).publish(entry);
        return { version: (0,model_index/* documentOf */.lM)(index, version), created: false };
    }
    registerWrite(before, next, entry, prepared) {
        const { name: model, number: n, files, contentDigest, idempotencyKey } = entry.document;
        const aliasNote = prepared.aliases.length ? `, aliases ${prepared.aliases.join(", ")}` : "";
        const message = `register ${model} v${n}${aliasNote}\n\n` +
            `Model: ${model}\nVersion: ${n}\nFiles: ${files.length}\nContent: ${contentDigest}\n` +
            this.artifacts.describe(entry) +
            (idempotencyKey ? `\nKey: ${idempotencyKey}` : "");
        return {
            index: next,
            message: `${message}\n\n${this.trailers()}\n`,
            audit: [
                this.entry({ action: "register", model, version: n, alias: null, previous: null }),
                ...prepared.aliases.map((alias) => this.entry({
                    action: "set-alias",
                    model,
                    version: n,
                    alias,
                    previous: before.aliases[alias] ?? null,
                })),
            ],
        };
    }
    // ── aliases ────────────────────────────────────────────────────────────────────────────
    setAlias(model, alias, version, options = {}) {
        return this.moveAlias(model, alias, version, options);
    }
    removeAlias(model, alias, options = {}) {
        return this.moveAlias(model, alias, null, options);
    }
    async moveAlias(model, alias, version, options) {
        await this.requireIndex(model);
        const change = await this.indexes.update(model, async (index) => {
            const { index: next, change } = (0,model_index/* applyAlias */.NC)(index, alias, version, options);
            const what = version === null
                ? `remove alias ${alias} of ${model} (was v${change.previous})`
                : `set alias ${alias} of ${model} → v${version}${change.previous !== null ? ` (was v${change.previous})` : ""}`;
            const message = `${what}\n\nModel: ${model}\nAlias: ${alias}\nVersion: ${version ?? "none"}\nPrevious: ${change.previous ?? "none"}`;
            return {
                result: change,
                write: {
                    index: next,
                    message: `${message}\n\n${this.trailers()}\n`,
                    audit: [
                        this.entry({
                            action: version === null ? "remove-alias" : "set-alias",
                            model,
                            version,
                            alias,
                            previous: change.previous,
                        }),
                    ],
                },
            };
        });
        this.logger.info(version === null
            ? `${model}: removed alias ${alias} (was version ${change.previous})`
            : `${model}: alias ${alias} → version ${version}${change.previous !== null ? ` (was ${change.previous})` : ""}`);
        return change;
    }
}


/***/ }),

/***/ 48525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ missingModel),
/* harmony export */   JI: () => (/* binding */ findIdempotent),
/* harmony export */   JM: () => (/* binding */ checkIndex),
/* harmony export */   NC: () => (/* binding */ applyAlias),
/* harmony export */   QH: () => (/* binding */ resolveIn),
/* harmony export */   QI: () => (/* binding */ aliasesOf),
/* harmony export */   YG: () => (/* binding */ summaryOf),
/* harmony export */   gW: () => (/* binding */ emptyIndex),
/* harmony export */   jp: () => (/* binding */ isModelName),
/* harmony export */   k: () => (/* binding */ applyRegister),
/* harmony export */   lM: () => (/* binding */ documentOf),
/* harmony export */   mI: () => (/* binding */ checkRequestNames),
/* harmony export */   x4: () => (/* binding */ versionsOf),
/* harmony export */   xg: () => (/* binding */ historyEntry)
/* harmony export */ });
/* unused harmony exports INDEX_KIND, missingVersion, resolveRef, missingAlias */
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17198);

/*
 * The per-model index every IndexStore keeps (local: <root>/<model>/index.json; GitHub:
 * models/<model>/index.json on the registry branch) and the pure operations on it. The registry
 * core (indexed-registry.ts) reads an index, applies one operation, and the store writes it back
 * under its concurrency control (a lock, or a compare-and-swap ref update); everything that
 * decides *what* happens lives here, once.
 */
const INDEX_KIND = "mlops.registry-index";
function emptyIndex(model) {
    return {
        kind: INDEX_KIND,
        version: 1,
        model,
        versions: [],
        aliases: {},
        updated: new Date(0).toISOString(),
    };
}
/** Checks an index read from storage: the shape, and the invariants every writer keeps. */
function checkIndex(value, model, source) {
    const bad = (what) => {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source}: the registry index is damaged: ${what}. Restore it from the audit log or history before writing again.`, { code: "registry-index-invalid", location: { file: source } });
    };
    if (!value || typeof value !== "object")
        bad("not a JSON object");
    const index = value;
    if (index.kind !== INDEX_KIND || index.version !== 1)
        bad(`expected kind ${INDEX_KIND} version 1`);
    if (index.model !== model)
        bad(`it belongs to model ${JSON.stringify(index.model)}`);
    if (!Array.isArray(index.versions))
        bad("'versions' is not a list");
    if (!index.aliases || typeof index.aliases !== "object")
        bad("'aliases' is not a mapping");
    index.versions.forEach((entry, i) => {
        if (entry?.document?.number !== i + 1)
            bad(`entry ${i + 1} has version ${String(entry?.document?.number)}`);
        if (!Array.isArray(entry.document.files))
            bad(`version ${i + 1} lists no files`);
    });
    for (const [alias, n] of Object.entries(index.aliases)) {
        if (!Number.isInteger(n) || n < 1 || n > index.versions.length)
            bad(`alias ${alias} points at version ${String(n)}, which does not exist`);
    }
    return index;
}
/** Whether a stored name (a directory, a tree entry) is a valid model name; others are skipped. */
function isModelName(name) {
    try {
        (0,_mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .checkModelName */ .Xs)(name);
        return !name.startsWith(".");
    }
    catch {
        return false;
    }
}
function aliasesOf(index, version) {
    return Object.entries(index.aliases)
        .filter(([, n]) => n === version)
        .map(([a]) => a)
        .sort();
}
/** The document of one version with its current aliases. */
function documentOf(index, version) {
    const entry = index.versions[version - 1];
    if (!entry)
        throw missingVersion(index, version);
    return { ...entry.document, aliases: aliasesOf(index, version) };
}
function summaryOf(index) {
    return {
        name: index.model,
        latest: index.versions.length,
        versions: index.versions.length,
        aliases: { ...index.aliases },
    };
}
function describeVersions(index) {
    const n = index.versions.length;
    if (n === 0)
        return "it has no versions yet";
    return n === 1 ? "it has version 1" : `it has versions 1..${n}`;
}
function describeAliases(index) {
    const entries = Object.entries(index.aliases);
    if (!entries.length)
        return "no aliases";
    return `aliases ${entries.map(([a, n]) => `${a} → v${n}`).join(", ")}`;
}
function missingVersion(index, version) {
    return new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`model ${index.model} has no version ${version}: ${describeVersions(index)} (${describeAliases(index)})`, { code: "version-not-found" });
}
function missingModel(model, existing) {
    const list = existing.length
        ? `models in the registry: ${existing.slice(0, 20).join(", ")}${existing.length > 20 ? ` (and ${existing.length - 20} more)` : ""}`
        : "the registry has no models yet";
    return new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`model ${model} is not in the registry; ${list}`, {
        code: "model-not-found",
    });
}
/**
 * Parses a version reference: 3, "3", "v3", "latest", or an alias. Returns the version number,
 * or null for a missing alias (the caller decides whether that is an error).
 */
function resolveRef(index, ref) {
    if (typeof ref === "number" || /^v?\d+$/.test(String(ref).trim())) {
        const n = typeof ref === "number" ? ref : Number(String(ref).trim().replace(/^v/, ""));
        if (!Number.isSafeInteger(n) || n < 1) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version ${JSON.stringify(ref)} is not valid: versions are 1, 2, 3…`, {
                code: "version-invalid",
            });
        }
        if (n > index.versions.length)
            throw missingVersion(index, n);
        return n;
    }
    const text = String(ref).trim();
    if (text === "latest")
        return index.versions.length || null;
    (0,_mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .checkAlias */ .ff)(text);
    return index.aliases[text] ?? null;
}
function missingAlias(index, alias) {
    return new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`model ${index.model} has no alias ${alias}: ${describeAliases(index)}; ${describeVersions(index)}`, { code: "alias-not-found" });
}
/** Every version of a model, oldest first, each with its current aliases. */
function versionsOf(index) {
    return index.versions.map((_, i) => documentOf(index, i + 1));
}
/**
 * Registry.resolve over an index both backends read their own way (null: no such model). An
 * unknown model names the models there are (`modelNames`, asked only then); `optional` answers
 * null instead of throwing.
 */
async function resolveIn(index, model, ref, optional, modelNames) {
    if (!index || !index.versions.length) {
        if (optional)
            return null;
        throw missingModel(model, await modelNames());
    }
    const n = resolveRef(index, ref);
    if (n === null) {
        if (optional)
            return null;
        throw missingAlias(index, String(ref));
    }
    return documentOf(index, n);
}
/** The existing version for this idempotency key, or null; a key reused with other content is an error. */
function findIdempotent(index, key, contentDigest) {
    if (!key)
        return null;
    const entry = index.versions.find((e) => e.document.idempotencyKey === key);
    if (!entry)
        return null;
    if (entry.document.contentDigest !== contentDigest) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`registration key ${JSON.stringify(key)} already registered ${index.model} version ${entry.document.number} ` +
            `with different content (digest ${entry.document.contentDigest.slice(0, 12)}…, this one ${contentDigest.slice(0, 12)}…): ` +
            `a re-run must register the same files, metrics and params; use a new run or another job to register a new version`, { code: "idempotency-conflict" });
    }
    return entry.document.number;
}
/** Appends the next version (gapless: always versions.length + 1) and points its aliases at it. */
function applyRegister(index, prepared, uri, now = new Date()) {
    const existing = findIdempotent(index, prepared.document.idempotencyKey, prepared.document.contentDigest);
    if (existing !== null)
        return { created: false, version: existing };
    const number = index.versions.length + 1;
    const document = {
        ...prepared.document,
        number,
        uri: uri(number),
        aliases: [],
        created: now.toISOString(),
    };
    if (document.lineage.parentVersion !== null && document.lineage.parentVersion >= number) {
        document.lineage = { ...document.lineage, parentVersion: null };
    }
    const entry = { document, storage: prepared.storage };
    const aliases = { ...index.aliases };
    for (const alias of prepared.aliases)
        aliases[(0,_mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .checkAlias */ .ff)(alias)] = number;
    return {
        created: true,
        version: number,
        entry,
        index: { ...index, versions: [...index.versions, entry], aliases, updated: now.toISOString() },
    };
}
/** Moves (version set) or removes (version null) an alias; `expected` makes it a compare-and-swap. */
function applyAlias(index, alias, version, options = {}, now = new Date()) {
    (0,_mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .checkAlias */ .ff)(alias);
    const previous = index.aliases[alias] ?? null;
    if (options.expected !== undefined && options.expected !== previous) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`alias ${alias} of ${index.model} points at ${previous === null ? "nothing" : `version ${previous}`}, ` +
            `not ${options.expected === null ? "nothing" : `version ${options.expected}`} as expected: ` +
            `another change moved it first; re-read the registry and decide again`, { code: "alias-conflict" });
    }
    if (version !== null && (version < 1 || version > index.versions.length || !Number.isInteger(version))) {
        throw missingVersion(index, version);
    }
    if (version === null && previous === null)
        throw missingAlias(index, alias);
    const aliases = { ...index.aliases };
    if (version === null)
        delete aliases[alias];
    else
        aliases[alias] = version;
    return {
        index: { ...index, aliases, updated: now.toISOString() },
        change: { model: index.model, alias, previous, current: version },
    };
}
function historyEntry(fields, now = new Date()) {
    return { ...fields, at: now.toISOString(), actor: fields.actor ?? null, source: fields.source ?? null };
}
/** Checks the model name and every alias and tag of a request before anything is written. */
function checkRequestNames(model, aliases, tags) {
    (0,_mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .checkModelName */ .Xs)(model);
    for (const alias of aliases)
        (0,_mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .checkAlias */ .ff)(alias);
    for (const [key, value] of Object.entries(tags)) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(key)) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`tag name ${JSON.stringify(key)} is not valid: use 1–100 letters, digits, '.', '_', '/' or '-'`, { code: "tag-invalid" });
        }
        if (typeof value !== "string" || value.length > 1000 || /[\u0000-\u001f]/.test(value)) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`tag ${key}: expected a single-line string of at most 1000 characters`, {
                code: "tag-invalid",
            });
        }
    }
}


/***/ }),

/***/ 92709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fm: () => (/* binding */ ReleaseArtifactStore)
});

// UNUSED EXPORTS: ARCHIVE_ASSET, MAX_ASSET_BYTES, PACK_THRESHOLD, UPLOAD_TIMEOUT_BASE_MS, UPLOAD_TIMEOUT_MS_PER_MIB, assetNameFor, uploadTimeoutMs

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
// EXTERNAL MODULE: ./packages/registry/src/content.ts
var content = __webpack_require__(98556);
// EXTERNAL MODULE: ./packages/registry/src/github-api.ts
var github_api = __webpack_require__(77195);
;// CONCATENATED MODULE: ./packages/registry/src/tar.ts




/*
 * A minimal POSIX tar (pax interchange format), just what the release store needs to pack a
 * directory model of many files into one asset and to read it back:
 *
 *   writing  regular files only, mode 0644, uid/gid 0, mtime 0 (the same files give the same
 *            bytes), a pax `path` record when a path does not fit ustar's 100-byte name field or
 *            is not ASCII; streamed from the source files, never held in memory; its exact size
 *            is known before the first byte (Content-Length of the upload).
 *   reading  an index of the members of a downloaded archive (path → offset, size) with every
 *            path checked as the registry checks any stored path; anything but a regular file
 *            (links, devices, directories), a bad checksum, a duplicate path or a member past
 *            the end is an `integrity` error. Members are then read by offset, each checked
 *            against its recorded sha256 by the registry core.
 */
const BLOCK = 512;
const padding = (n) => (BLOCK - (n % BLOCK)) % BLOCK;
function needsPax(relative) {
    return Buffer.byteLength(relative) > 100 || /[^\x20-\x7e]/.test(relative);
}
/** A pax record "<len> path=<value>\n", <len> counting itself. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let len = Buffer.byteLength(body);
    while (String(len).length + Buffer.byteLength(body) !== len)
        len = String(len).length + Buffer.byteLength(body);
    return Buffer.from(`${len}${body}`);
}
function header(name, size, type) {
    const h = Buffer.alloc(BLOCK);
    h.write(name.slice(0, 100), 0, 100, "utf8");
    h.write("0000644\0", 100, "ascii");
    h.write("0000000\0", 108, "ascii");
    h.write("0000000\0", 116, "ascii");
    h.write(size.toString(8).padStart(11, "0") + "\0", 124, "ascii");
    h.write("00000000000\0", 136, "ascii");
    h.write("        ", 148, "ascii");
    h.write(type, 156, "ascii");
    h.write("ustar\0" + "00", 257, "ascii");
    let sum = 0;
    for (const byte of h)
        sum += byte;
    h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "ascii");
    return h;
}
function headersOf(member) {
    if (!needsPax(member.path))
        return [header(member.path, member.bytes, "0")];
    const pax = paxRecord("path", member.path);
    const short = member.path.replace(/[^\x20-\x7e]/g, "_").slice(-90);
    return [
        header(`PaxHeader/${short}`.slice(0, 100), pax.length, "x"),
        Buffer.concat([pax, Buffer.alloc(padding(pax.length))]),
        header(short, member.bytes, "0"),
    ];
}
/** The exact size of the archive `tarStream` writes for these members. */
function tarSize(members) {
    let size = 2 * BLOCK;
    for (const m of members) {
        for (const h of headersOf(m))
            size += h.length;
        size += m.bytes + padding(m.bytes);
    }
    return size;
}
/**
 * The archive's bytes, read from the members' files as they are needed. Each member's content
 * is hashed on the way and reported to `onMember`; a file whose size differs from the one
 * recorded is an `integrity` error (it changed since it was hashed).
 */
async function* tarStream(members, onMember) {
    for (const m of members) {
        yield* headersOf(m);
        const hash = (0,external_node_crypto_.createHash)("sha256");
        let bytes = 0;
        for await (const chunk of (0,external_node_fs_.createReadStream)(m.source, { highWaterMark: 1 << 20 })) {
            const data = chunk;
            bytes += data.length;
            if (bytes > m.bytes)
                break;
            hash.update(data);
            yield data;
        }
        if (bytes !== m.bytes) {
            throw new src/* ConfigurationError */.j1(`${m.source}: ${bytes > m.bytes ? "grew" : "shrank"} since it was hashed (${m.bytes} bytes recorded); did the file change while registering?`, { code: "integrity" });
        }
        onMember?.(m, { sha256: hash.digest("hex"), bytes });
        const pad = padding(m.bytes);
        if (pad)
            yield Buffer.alloc(pad);
    }
    yield Buffer.alloc(2 * BLOCK);
}
function octal(field) {
    const text = field.toString("ascii").replace(/\0.*$/s, "").trim();
    if (!/^[0-7]+$/.test(text))
        return Number.NaN;
    return parseInt(text, 8);
}
function cString(field) {
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString("utf8");
}
/** The regular-file members of an archive on disk, by path; anything unexpected is `integrity`. */
async function readTarIndex(file, what) {
    const bad = (message) => {
        throw new src/* ConfigurationError */.j1(`${what}: the stored archive is damaged or not ours: ${message}`, {
            code: "integrity",
        });
    };
    const handle = await external_node_fs_.promises.open(file, "r");
    try {
        const { size } = await handle.stat();
        const out = new Map();
        const block = Buffer.alloc(BLOCK);
        let offset = 0;
        let paxPath = null;
        for (;;) {
            if (offset + BLOCK > size)
                bad(`it ends at byte ${size} without the end-of-archive blocks`);
            await handle.read(block, 0, BLOCK, offset);
            if (block.every((b) => b === 0))
                return out;
            let sum = 0;
            for (let i = 0; i < BLOCK; i++)
                sum += i >= 148 && i < 156 ? 32 : block[i];
            if (octal(block.subarray(148, 156)) !== sum)
                bad(`bad header checksum at byte ${offset}`);
            const bytes = octal(block.subarray(124, 136));
            if (!Number.isSafeInteger(bytes))
                bad(`bad member size at byte ${offset}`);
            const type = String.fromCharCode(block[156]);
            const start = offset + BLOCK;
            if (start + bytes > size)
                bad(`the member at byte ${offset} runs past the end of the archive`);
            offset = start + bytes + padding(bytes);
            if (type === "x") {
                const pax = Buffer.alloc(bytes);
                await handle.read(pax, 0, bytes, start);
                const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(pax.toString("utf8"));
                paxPath = match ? match[1] : null;
                continue;
            }
            if (type !== "0" && type !== "\0")
                bad(`member type '${type}' at byte ${start - BLOCK} is not a regular file`);
            let name = paxPath ?? cString(block.subarray(0, 100));
            if (paxPath === null && block.subarray(257, 262).toString("ascii") === "ustar") {
                const prefix = cString(block.subarray(345, 500));
                if (prefix)
                    name = `${prefix}/${name}`;
            }
            paxPath = null;
            try {
                (0,content/* safeRelativePath */.lV)(name, what);
            }
            catch {
                bad(`unsafe member path ${JSON.stringify(name)}`);
            }
            if (out.has(name))
                bad(`the member ${JSON.stringify(name)} appears twice`);
            out.set(name, { path: name, offset: start, bytes });
        }
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./packages/registry/src/release-artifact-store.ts








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
const MAX_ASSET_BYTES = 2 * 1024 ** 3;
/** A directory with more files than this is packed into one tar asset. */
const PACK_THRESHOLD = 10;
/** The name of the packed asset. */
const ARCHIVE_ASSET = "model-files.tar";
/** Upload timeout: a base, plus one second per MiB (the slowest link assumed is 1 MiB/s). */
const UPLOAD_TIMEOUT_BASE_MS = 60_000;
const UPLOAD_TIMEOUT_MS_PER_MIB = 1000;
function uploadTimeoutMs(bytes) {
    return UPLOAD_TIMEOUT_BASE_MS + Math.ceil(bytes / 1024 ** 2) * UPLOAD_TIMEOUT_MS_PER_MIB;
}
const gib = (bytes) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
/** A release asset name GitHub keeps as given: letters, digits, '.', '_', '-'. */
function assetNameFor(relative, index, layout) {
    const flat = relative.replace(/\//g, "--").replace(/[^A-Za-z0-9._-]/g, "_");
    const name = layout === "file" ? flat : `${String(index + 1).padStart(3, "0")}-${flat}`;
    return name.length > 200 ? name.slice(0, 200) : name;
}
function bytesOf(data) {
    if (data instanceof ArrayBuffer)
        return Buffer.from(data);
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (typeof data === "string")
        return Buffer.from(data, "binary");
    throw new Error(`expected binary asset data, got ${typeof data}`);
}
/** The chunks of a response body: a web ReadableStream, a Node stream, or an already read buffer. */
function bodyChunks(data) {
    if (data && typeof data === "object" && Symbol.asyncIterator in data)
        return data;
    if (data && typeof data.getReader === "function") {
        const reader = data.getReader();
        return (async function* () {
            for (;;) {
                const { done, value } = await reader.read();
                if (done)
                    return;
                yield value;
            }
        })();
    }
    const bytes = bytesOf(data);
    return (async function* () {
        yield bytes;
    })();
}
function tooLarge(model, what, bytes) {
    return new src/* ConfigurationError */.j1(`${model}: ${what} is ${gib(bytes)} (${bytes} bytes); GitHub release assets must be under 2 GiB (${MAX_ASSET_BYTES} bytes), ` +
        `so the release-assets store cannot hold it. Nothing was uploaded. Store models this large in an OCI registry ` +
        `(the oci artifact store, issue 21), or register a smaller model (split or quantize the weights).`, { code: "asset-too-large" });
}
/** The storage record of an entry this store wrote; anything else is a damaged index. */
function releaseStorage(entry) {
    const s = entry.storage;
    if (s.backend !== "github" || typeof s.releaseId !== "number" || !Array.isArray(s.assets)) {
        throw new src/* ConfigurationError */.j1(`${entry.document.name} version ${entry.document.number}: expected release assets in the index (backend github, releaseId, assets), found backend ${JSON.stringify(s.backend)}`, { code: "registry-index-invalid" });
    }
    return s;
}
class ReleaseArtifactStore {
    options;
    backend = "github";
    api;
    constructor(options) {
        this.options = options;
        this.api = options.api;
    }
    request(route, params = {}) {
        return this.api.request(route, { owner: this.api.owner, repo: this.api.repo, ...params });
    }
    retry(what, attempt, recover) {
        return (0,github_api/* retryWrite */.oJ)(attempt, {
            ...this.options.retry,
            what,
            log: (m) => this.options.logger.warning(`registry: ${m}`),
            ...(recover ? { recover } : {}),
        });
    }
    packs(layout, count) {
        return layout === "directory" && count > (this.options.packThreshold ?? PACK_THRESHOLD);
    }
    /** Every asset must be under 2 GiB: checked before anything is hashed, uploaded or numbered. */
    accepts(model, layout, files) {
        if (this.packs(layout, files.length)) {
            const size = tarSize(files.map((f) => ({ ...f, source: "" })));
            if (size >= MAX_ASSET_BYTES)
                throw tooLarge(model, `its ${files.length} files packed into one archive`, size);
        }
        else {
            for (const f of files)
                if (f.bytes >= MAX_ASSET_BYTES)
                    throw tooLarge(model, f.path, f.bytes);
        }
    }
    /** Creates a draft release under a unique staging tag, uploads every file and checks each upload. */
    async stage(model, source, files) {
        const pack = this.packs(source.layout, files.length);
        const members = files.map((f) => ({
            path: f.path,
            bytes: f.bytes,
            source: (0,content/* safeJoin */.gt)(source.root, f.path),
        }));
        // Checked again with the hashed sizes (a file may have grown): refused before any request.
        this.accepts(model, source.layout, files);
        const release = await this.createDraft(model);
        try {
            if (pack) {
                const archive = await this.uploadArchive(model, release, members, files);
                return { model, layout: source.layout, files, releaseId: release.id, assets: [], archive };
            }
            const assets = [];
            for (const [i, file] of files.entries()) {
                const name = assetNameFor(file.path, i, source.layout);
                const member = members[i];
                const { asset, sent } = await this.uploadAsset(release, name, file.bytes, () => (0,external_node_fs_.createReadStream)(member.source, { highWaterMark: 1 << 20 }), file.sha256);
                const digest = typeof asset.digest === "string" ? asset.digest : null;
                (0,content/* checkStoredCopy */.ff)(model, file, {
                    bytes: asset.size === sent.bytes ? sent.bytes : asset.size,
                    sha256: digest && digest !== `sha256:${sent.sha256}` ? digest : sent.sha256,
                });
                assets.push({ path: file.path, name: asset.name, id: asset.id });
            }
            return { model, layout: source.layout, files, releaseId: release.id, assets };
        }
        catch (error) {
            await this.deleteRelease(release.id);
            throw error;
        }
    }
    /** The draft release; after an ambiguous failure, the one the failed attempt made (by its tag). */
    async createDraft(model) {
        const stagingTag = `${model}-staging-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
        const find = async () => {
            for await (const r of (0,github_api/* listPages */.pN)(this.api, "GET /repos/{owner}/{repo}/releases", {})) {
                if (r.tag_name === stagingTag)
                    return r;
            }
            return undefined;
        };
        try {
            return await this.retry("creating a draft release", async () => {
                const { data } = await this.request("POST /repos/{owner}/{repo}/releases", {
                    tag_name: stagingTag,
                    name: `${model} (registering…)`,
                    body: "Model files being registered by mlops-actions; published once the registry records the version.",
                    draft: true,
                    prerelease: true,
                    make_latest: "false",
                    ...(this.options.ctx?.sha ? { target_commitish: this.options.ctx.sha } : {}),
                });
                return data;
            }, find);
        }
        catch (error) {
            (0,github_api/* writeError */.oG)(error, "creating a draft release for the model files", this.api);
        }
    }
    /** Packs the files into one tar asset, streamed; every member checked against its recorded digest. */
    async uploadArchive(model, release, members, files) {
        const bytes = tarSize(members);
        const seen = new Map();
        const { asset, sent } = await this.uploadAsset(release, ARCHIVE_ASSET, bytes, () => tarStream(members, (m, digest) => seen.set(m.path, digest)));
        for (const file of files)
            (0,content/* checkStoredCopy */.ff)(model, file, seen.get(file.path));
        const digest = typeof asset.digest === "string" ? asset.digest : null;
        if (asset.size !== bytes || (digest && digest !== `sha256:${sent.sha256}`)) {
            throw new src/* ConfigurationError */.j1(`${model}: the uploaded archive ${ARCHIVE_ASSET} does not match what was sent (sent ${bytes} bytes sha256 ${sent.sha256}, GitHub stored ${asset.size} bytes ${digest ?? ""})`, { code: "integrity" });
        }
        return { name: asset.name, id: asset.id, bytes, sha256: sent.sha256, format: "tar" };
    }
    /**
     * Uploads one asset, streamed from `body` (called again for each attempt) and hashed as sent.
     * After a transient fault the asset a failed attempt may have left is looked up: kept when its
     * digest is the expected one (`sha256`, or what an earlier complete attempt sent), else deleted.
     */
    async uploadAsset(release, name, bytes, body, sha256) {
        let expected = sha256 ?? null;
        const leftover = async () => {
            const found = await this.findAsset(release.id, name);
            if (!found)
                return undefined;
            if (expected && found.size === bytes && found.digest === `sha256:${expected}`)
                return { asset: found, sent: { sha256: expected, bytes } };
            await this.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", { asset_id: found.id });
            return undefined;
        };
        try {
            return await this.retry(`uploading ${name} (${bytes} bytes)`, async () => {
                const hash = (0,external_node_crypto_.createHash)("sha256");
                let count = 0;
                const hashed = (async function* () {
                    for await (const chunk of body()) {
                        hash.update(chunk);
                        count += chunk.length;
                        yield chunk;
                    }
                })();
                let asset;
                try {
                    ({ data: asset } = (await this.api.request(`POST ${release.upload_url}`, {
                        name,
                        data: hashed,
                        headers: { "content-type": "application/octet-stream", "content-length": bytes },
                        // Streamed from disk, never held (the shared client's streaming fetch).
                        request: { retries: 0, timeoutMs: uploadTimeoutMs(bytes), streamBody: true },
                    })));
                }
                catch (error) {
                    // The whole body went out: its digest identifies a complete leftover.
                    if (count === bytes)
                        expected ??= hash.digest("hex");
                    // A lower layer re-sent a request that had landed: the asset is ours if complete.
                    if ((0,github_api/* alreadyExists */.B$)(error)) {
                        const found = await leftover();
                        if (found)
                            return found;
                    }
                    throw error;
                }
                return { asset, sent: { sha256: hash.digest("hex"), bytes: count } };
            }, leftover);
        }
        catch (error) {
            (0,github_api/* writeError */.oG)(error, `uploading ${name}`, this.api);
        }
    }
    /** A release's asset by name, through every page of the list. */
    async findAsset(releaseId, name) {
        for await (const a of (0,github_api/* listPages */.pN)(this.api, "GET /repos/{owner}/{repo}/releases/{release_id}/assets", {
            release_id: releaseId,
        })) {
            if (a.name === name)
                return a;
        }
        return undefined;
    }
    async place(staged, document) {
        return {
            backend: this.backend,
            layout: staged.layout,
            tag: `${staged.model}-v${document.number}`,
            releaseId: staged.releaseId,
            assets: staged.assets,
            ...(staged.archive ? { archive: staged.archive } : {}),
        };
    }
    async discard(staged) {
        await this.deleteRelease(staged.releaseId);
    }
    async deleteRelease(id) {
        try {
            await this.retry(`deleting the draft release ${id}`, async () => {
                try {
                    await this.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", { release_id: id });
                }
                catch (error) {
                    // A repeat of a delete that landed.
                    if ((0,github_api/* statusOf */.c2)(error) !== 404)
                        throw error;
                }
            });
        }
        catch (error) {
            this.options.logger.warning(`registry: could not delete the unused draft release ${id}: ${(0,github_api/* apiMessage */.SX)(error)}; delete it by hand`);
        }
    }
    /** Retags the draft release <model>-v<n> and publishes it (prerelease, never latest). Idempotent. */
    async publish(entry) {
        const storage = releaseStorage(entry);
        const { name: model, number, contentDigest, files } = entry.document;
        let release;
        try {
            const { data } = await this.retry(`reading release ${storage.releaseId}`, () => this.request("GET /repos/{owner}/{repo}/releases/{release_id}", { release_id: storage.releaseId }));
            release = data;
        }
        catch (error) {
            if ((0,github_api/* statusOf */.c2)(error) === 404) {
                throw new src/* ConfigurationError */.j1(`${model} version ${number}: its release (id ${storage.releaseId}) is gone or still a draft this token cannot see; ` +
                    `re-run the workflow that registered it (with contents: write) to publish it`, { code: "release-missing" });
            }
            throw error;
        }
        if (!release.draft)
            return;
        const body = `Model **${model}** version ${number}, registered by mlops-actions.\n\n` +
            `\`models:/${model}/${number}\` · content digest \`${contentDigest}\`\n\n` +
            files
                .map((f) => `- \`${f.path.replace(/`/g, "")}\` ${f.bytes} bytes, sha256 \`${f.sha256}\``)
                .join("\n");
        // Setting the same fields again is harmless: retried after a transient fault.
        const update = (tag) => this.retry(`publishing release ${tag}`, () => this.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
            release_id: storage.releaseId,
            tag_name: tag,
            name: `${model} v${number}`,
            body,
            draft: false,
            prerelease: true,
            make_latest: "false",
        }));
        try {
            await update(storage.tag);
        }
        catch (error) {
            if (!(0,github_api/* alreadyExists */.B$)(error))
                (0,github_api/* writeError */.oG)(error, `publishing release ${storage.tag}`, this.api);
            // Someone else owns the tag (a hand-made release): the version stays addressable by release id.
            const fallback = `${storage.tag}+${contentDigest.slice(0, 8)}`;
            this.options.logger.warning(`${model}: tag ${storage.tag} belongs to another release; publishing as ${fallback}`);
            await update(fallback);
        }
    }
    async download(entry, file) {
        const storage = releaseStorage(entry);
        const what = `${entry.document.name} version ${entry.document.number}`;
        if (storage.archive)
            return await this.fromArchive(entry, storage, file);
        const asset = storage.assets.find((a) => a.path === file.path);
        if (!asset) {
            throw new src/* ConfigurationError */.j1(`${what}: no release asset recorded for ${file.path}`, {
                code: "integrity",
            });
        }
        return await this.assetBody(what, storage, asset);
    }
    async assetBody(what, storage, asset) {
        let data;
        try {
            // The body is streamed (never held whole in memory) and hashed on the way to disk.
            ({ data } = await this.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
                asset_id: asset.id,
                headers: { accept: "application/octet-stream" },
                request: { parseSuccessResponseBody: false },
            }));
        }
        catch (error) {
            if ((0,github_api/* statusOf */.c2)(error) === 404) {
                throw new src/* ConfigurationError */.j1(`${what}: asset ${asset.name} of release ${storage.tag} is missing (or the release is still a draft this token cannot see); ` +
                    `re-run the workflow that registered it to publish it`, { code: "asset-missing" });
            }
            throw error;
        }
        return bodyChunks(data);
    }
    archives = new Map();
    /**
     * One file of a packed version: the archive is downloaded once into a temporary file (checked
     * against its recorded size and sha256), indexed, and each file read from it by offset; the
     * temporary file goes when every file of the version was read (or the process exits).
     */
    async fromArchive(entry, storage, file) {
        const archive = storage.archive;
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
            throw new src/* ConfigurationError */.j1(`${what}: the archive ${archive.name} holds no file ${file.path}`, {
                code: "integrity",
            });
        }
        const archives = this.archives;
        return (async function* () {
            try {
                if (member.bytes > 0)
                    yield* (0,external_node_fs_.createReadStream)(open.file, {
                        start: member.offset,
                        end: member.offset + member.bytes - 1,
                        highWaterMark: 1 << 20,
                    });
            }
            finally {
                open.pending.delete(file.path);
                if (open.pending.size === 0) {
                    archives.delete(key);
                    await external_node_fs_.promises.rm(external_node_path_default().dirname(open.file), { recursive: true, force: true });
                }
            }
        })();
    }
    async openArchive(what, storage, files) {
        const archive = storage.archive;
        const dir = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), "mlops-archive-"));
        // Removed when every file was read; a download that stops early leaves it to process exit.
        process.once("exit", () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }));
        try {
            const file = external_node_path_default().join(dir, `${(0,src/* uniqueSuffix */.v_)()}.tar`);
            const got = await (0,content/* writeHashed */.NG)(await this.assetBody(what, storage, archive), file, archive.bytes);
            if (got.bytes !== archive.bytes || got.sha256 !== archive.sha256) {
                throw new src/* ConfigurationError */.j1(`${what}: the archive ${archive.name} does not match the index (expected ${archive.bytes} bytes sha256 ${archive.sha256}, got ${got.bytes} bytes sha256 ${got.sha256}); nothing was handed over`, { code: "integrity" });
            }
            const members = await readTarIndex(file, `${what}: ${archive.name}`);
            return { file, members, pending: new Set(files.map((f) => f.path)) };
        }
        catch (error) {
            await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
            throw error;
        }
    }
    describe(entry) {
        const storage = releaseStorage(entry);
        return `Release: ${storage.tag} (id ${storage.releaseId})`;
    }
}


/***/ }),

/***/ 65736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ modelUri)
/* harmony export */ });
/** `models:/<model>/<version>`, as MLflow writes model URIs. */
function modelUri(model, version) {
    return `models:/${model}/${version}`;
}


/***/ })

};
