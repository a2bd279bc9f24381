export const id = 243;
export const ids = [243];
export const modules = {

/***/ 8556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ stageModelFiles),
/* harmony export */   eZ: () => (/* binding */ contentDigest),
/* harmony export */   gt: () => (/* binding */ safeJoin),
/* harmony export */   nz: () => (/* binding */ downloadVerified),
/* harmony export */   tH: () => (/* binding */ inspectModelPath),
/* harmony export */   xu: () => (/* binding */ digestModelFiles)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_DOWNLOAD_BYTES, safeRelativePath, writeHashed, idempotencyKeyFor, integrityError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3795);
/* harmony import */ var _fs_atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8066);





/*
 * What both backends do with model files: find them, hash them, store them, and hand them back
 * only after every byte was checked against the sha256 recorded at registration.
 */
/** Default cap on what one download may write (a tampered index cannot make us fill the disk). */
const DEFAULT_MAX_DOWNLOAD_BYTES = 50 * 1024 ** 3;
/** The files of a model path: one file, or every regular file below a directory (no symlinks). */
async function inspectModelPath(target) {
    let stat;
    try {
        stat = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(target);
    }
    catch (error) {
        if (error.code === "ENOENT") {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`model path ${target}: no such file or directory (did training write it?)`, {
                code: "file-not-found",
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
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`model path ${target}: expected a file or a directory`, {
            code: "model-path-invalid",
            location: { file: target },
        });
    }
    const files = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .CS)(target);
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
    const staging = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.dir, `.mlops-download-${(0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .uniqueSuffix */ .v_)()}`);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(staging);
    try {
        for (const file of options.files) {
            const dest = safeJoin(staging, file.path);
            let got;
            try {
                got = await writeHashed(await options.open(file), dest, file.bytes);
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
        await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .syncDirectory */ .zR)(options.dir);
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(staging, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 8066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ appendLineDurable),
/* harmony export */   TP: () => (/* binding */ readTextIfExists),
/* harmony export */   p_: () => (/* binding */ writeJsonFileAtomic),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   v_: () => (/* binding */ uniqueSuffix),
/* harmony export */   zR: () => (/* binding */ syncDirectory)
/* harmony export */ });
/* unused harmony export writeFileAtomic */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/*
 * Durable file-system primitives for the local registry. Every write goes to a temporary file in
 * the same directory, is fsync'ed, then renamed over the target (rename is atomic within one file
 * system, NFS included), and the directory is fsync'ed so the rename itself survives a crash.
 */
function uniqueSuffix() {
    return `${process.pid}-${Date.now().toString(36)}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex")}`;
}
/** fsync a directory so a rename or create inside it is durable. Best effort where unsupported. */
async function syncDirectory(dir) {
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(dir, "r");
        await handle.sync();
    }
    catch (error) {
        const code = error.code;
        // Some file systems (and Windows) refuse fsync on directories; the rename is still atomic.
        if (code !== "EISDIR" && code !== "EINVAL" && code !== "EPERM" && code !== "EBADF")
            throw error;
    }
    finally {
        await handle?.close();
    }
}
/** Writes a whole file atomically: temp file + fsync + rename + directory fsync. */
async function writeFileAtomic(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${uniqueSuffix()}.tmp`);
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(tmp, "wx");
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, file);
    }
    catch (error) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
        throw error;
    }
    await syncDirectory(dir);
}
async function writeJsonFileAtomic(file, value) {
    await writeFileAtomic(file, JSON.stringify(value, null, 2) + "\n");
}
/** Appends one line and fsyncs it (O_APPEND: concurrent appenders never interleave within a line). */
async function appendLineDurable(file, line) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(file, "a");
    try {
        await handle.writeFile(line.endsWith("\n") ? line : `${line}\n`);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
async function readTextIfExists(file) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return null;
        throw error;
    }
}
async function exists(file) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(file);
        return true;
    }
    catch (error) {
        if (error.code === "ENOENT")
            return false;
        throw error;
    }
}


/***/ }),

/***/ 4243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRegistry: () => (/* reexport */ open_openRegistry)
});

// UNUSED EXPORTS: DEFAULT_LOCAL_REGISTRY, DEFAULT_MAX_DOWNLOAD_BYTES, LocalRegistry, contentDigest, idempotencyKeyFor, modelUri, parseTags, registerModel, safeJoin, safeRelativePath, withLock

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __webpack_require__(3795);
// EXTERNAL MODULE: ./packages/registry/src/content.ts
var content = __webpack_require__(8556);
// EXTERNAL MODULE: ./packages/registry/src/fs-atomic.ts
var fs_atomic = __webpack_require__(8066);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/registry/src/lock.ts






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
        const grave = `${lockPath}.stale-${(0,fs_atomic/* uniqueSuffix */.v_)()}`;
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
    const staleMs = options.staleMs ?? 30_000;
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
    await (0,fs_atomic/* writeJsonFileAtomic */.p_)(ownerFile, owner);
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
            if (current?.token !== owner.token) {
                throw new Error(`lost the lock ${lockPath}: another process judged it stale (this process stalled for more than ${staleMs} ms); nothing was written`);
            }
        },
    };
    try {
        return await fn(held);
    }
    finally {
        clearInterval(beat);
        const current = await readOwner(lockPath);
        if (current?.token === owner.token) {
            const grave = `${lockPath}.released-${(0,fs_atomic/* uniqueSuffix */.v_)()}`;
            await external_node_fs_.promises.rename(lockPath, grave);
            await external_node_fs_.promises.rm(grave, { recursive: true, force: true });
        }
    }
}

// EXTERNAL MODULE: ./packages/registry/src/model-index.ts
var model_index = __webpack_require__(8525);
// EXTERNAL MODULE: ./packages/registry/src/prepare.ts
var prepare = __webpack_require__(5098);
// EXTERNAL MODULE: ./packages/registry/src/types.ts
var types = __webpack_require__(5736);
;// CONCATENATED MODULE: ./packages/registry/src/local-registry.ts










const STAGING_MAX_AGE_MS = 24 * 3600 * 1000;
class LocalRegistry {
    kind = "local";
    location;
    root;
    logger;
    ctx;
    lockOptions;
    maxDownloadBytes;
    constructor(options) {
        this.root = external_node_path_default().resolve(options.root);
        this.location = options.root;
        this.logger = options.logger;
        this.ctx = options.ctx ?? null;
        this.lockOptions = options.lock;
        this.maxDownloadBytes = options.maxDownloadBytes;
    }
    modelDir(model) {
        return external_node_path_default().join(this.root, (0,src/* checkModelName */.Xs)(model));
    }
    indexFile(model) {
        return external_node_path_default().join(this.modelDir(model), "index.json");
    }
    async readIndex(model) {
        const file = this.indexFile(model);
        const text = await (0,fs_atomic/* readTextIfExists */.TP)(file);
        if (text === null)
            return null;
        return (0,model_index/* checkIndex */.JM)((0,src/* parseJson */.qF)(text, file), model, file);
    }
    async requireIndex(model) {
        const index = await this.readIndex(model);
        if (index)
            return index;
        throw (0,model_index/* missingModel */.CG)(model, (await this.listModels()).map((m) => m.name));
    }
    locked(model, fn) {
        return withLock(external_node_path_default().join(this.modelDir(model), ".lock"), (held) => fn(() => held.assertHeld()), {
            ...this.lockOptions,
            logger: this.logger,
            purpose: `registry (${model})`,
        });
    }
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
    async audit(model, entries) {
        const file = external_node_path_default().join(this.modelDir(model), "audit.jsonl");
        const text = await (0,fs_atomic/* readTextIfExists */.TP)(file);
        // A crash mid-append leaves a torn last line; start the next entry on a line of its own.
        if (text && !text.endsWith("\n"))
            await (0,fs_atomic/* appendLineDurable */.Ch)(file, "");
        for (const entry of entries)
            await (0,fs_atomic/* appendLineDurable */.Ch)(file, JSON.stringify(entry));
    }
    async register(request) {
        (0,model_index/* checkRequestNames */.mI)(request.model, request.aliases ?? [], request.tags ?? {});
        const modelDir = this.modelDir(request.model);
        const source = await (0,content/* inspectModelPath */.tH)(request.path);
        const stagingRoot = external_node_path_default().join(modelDir, ".staging");
        const staging = external_node_path_default().join(stagingRoot, (0,fs_atomic/* uniqueSuffix */.v_)());
        await external_node_fs_.promises.mkdir(staging, { recursive: true });
        try {
            const files = await (0,content/* stageModelFiles */.FW)(source, external_node_path_default().join(staging, "files"));
            const prepared = (0,prepare/* prepareVersion */.y8)(request, files, { backend: "local", layout: source.layout }, this.ctx);
            return await this.locked(request.model, async (assertHeld) => {
                const index = (await this.readIndex(request.model)) ?? (0,model_index/* emptyIndex */.gW)(request.model);
                const outcome = (0,model_index/* applyRegister */.k)(index, (0,prepare/* withParent */.fj)(prepared, index, request.parentVersion !== undefined), (n) => (0,types/* modelUri */.E)(request.model, n));
                if (!outcome.created) {
                    this.logger.info(`${request.model}: this registration (key ${prepared.document.idempotencyKey}) already made version ${outcome.version}; nothing new was stored`);
                    return { version: (0,model_index/* documentOf */.lM)(index, outcome.version), created: false };
                }
                const n = outcome.version;
                const document = await (0,prepare/* checkVersionDocument */.sf)({
                    ...outcome.entry.document,
                    aliases: (0,model_index/* aliasesOf */.QI)(outcome.index, n),
                });
                await (0,fs_atomic/* writeJsonFileAtomic */.p_)(external_node_path_default().join(staging, "model-version.json"), { ...document, aliases: [] });
                const versionsDir = external_node_path_default().join(modelDir, "versions");
                const versionDir = external_node_path_default().join(versionsDir, String(n));
                await external_node_fs_.promises.mkdir(versionsDir, { recursive: true });
                if (await (0,fs_atomic/* exists */.t2)(versionDir)) {
                    // Left by a registration that crashed before its index write: it never became visible.
                    const aside = external_node_path_default().join(stagingRoot, `orphan-v${n}-${(0,fs_atomic/* uniqueSuffix */.v_)()}`);
                    await external_node_fs_.promises.rename(versionDir, aside);
                    this.logger.warning(`${request.model}: moved aside versions/${n}, left by an interrupted registration`);
                    await external_node_fs_.promises.rm(aside, { recursive: true, force: true });
                }
                await assertHeld();
                await external_node_fs_.promises.rename(staging, versionDir);
                await (0,fs_atomic/* syncDirectory */.zR)(versionsDir);
                await (0,fs_atomic/* writeJsonFileAtomic */.p_)(this.indexFile(request.model), outcome.index);
                const actor = this.actor();
                const source = this.source();
                await this.audit(request.model, [
                    (0,model_index/* historyEntry */.xg)({
                        action: "register",
                        model: request.model,
                        version: n,
                        alias: null,
                        previous: null,
                        actor,
                        source,
                    }),
                    ...prepared.aliases.map((alias) => (0,model_index/* historyEntry */.xg)({
                        action: "set-alias",
                        model: request.model,
                        version: n,
                        alias,
                        previous: index.aliases[alias] ?? null,
                        actor,
                        source,
                    })),
                ]);
                await this.sweepStaging(stagingRoot);
                this.logger.info(`${request.model}: registered version ${n} (${files.length} file(s)) in ${this.location}`);
                return { version: document, created: true };
            });
        }
        finally {
            await external_node_fs_.promises.rm(staging, { recursive: true, force: true });
        }
    }
    /** Removes staging directories of registrations that died long ago. */
    async sweepStaging(stagingRoot) {
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
    async get(model, version) {
        return (0,model_index/* documentOf */.lM)(await this.requireIndex(model), version);
    }
    async listModels() {
        let names;
        try {
            names = await external_node_fs_.promises.readdir(this.root);
        }
        catch (error) {
            if (error.code === "ENOENT")
                return [];
            throw error;
        }
        const out = [];
        for (const name of names.sort()) {
            if (name.startsWith("."))
                continue;
            try {
                (0,src/* checkModelName */.Xs)(name);
            }
            catch {
                continue;
            }
            const index = await this.readIndex(name);
            if (index && index.versions.length)
                out.push((0,model_index/* summaryOf */.YG)(index));
        }
        return out;
    }
    async list(model) {
        return (0,model_index/* versionsOf */.x4)(await this.requireIndex(model));
    }
    async resolve(model, ref, options) {
        return await (0,model_index/* resolveIn */.QH)(await this.readIndex(model), model, ref, options?.optional === true, async () => (await this.listModels()).map((m) => m.name));
    }
    setAlias(model, alias, version, options = {}) {
        return this.moveAlias(model, alias, version, options);
    }
    removeAlias(model, alias, options = {}) {
        return this.moveAlias(model, alias, null, options);
    }
    async moveAlias(model, alias, version, options) {
        await this.requireIndex(model);
        return await this.locked(model, async (assertHeld) => {
            const index = await this.requireIndex(model);
            const { index: next, change } = (0,model_index/* applyAlias */.NC)(index, alias, version, options);
            await assertHeld();
            await (0,fs_atomic/* writeJsonFileAtomic */.p_)(this.indexFile(model), next);
            await this.audit(model, [
                (0,model_index/* historyEntry */.xg)({
                    action: version === null ? "remove-alias" : "set-alias",
                    model,
                    version,
                    alias,
                    previous: change.previous,
                    actor: this.actor(),
                    source: this.source(),
                }),
            ]);
            this.logger.info(version === null
                ? `${model}: removed alias ${alias} (was version ${change.previous})`
                : `${model}: alias ${alias} → version ${version}${change.previous !== null ? ` (was ${change.previous})` : ""}`);
            return change;
        });
    }
    async download(model, version, dir) {
        const index = await this.requireIndex(model);
        const document = (0,model_index/* documentOf */.lM)(index, version);
        const entry = index.versions[version - 1];
        const filesDir = external_node_path_default().join(this.modelDir(model), "versions", String(version), "files");
        await (0,content/* downloadVerified */.nz)({
            what: `${model} version ${version}`,
            dir,
            files: document.files,
            maxBytes: this.maxDownloadBytes,
            open: async (file) => {
                const source = (0,content/* safeJoin */.gt)(filesDir, file.path);
                try {
                    await external_node_fs_.promises.access(source);
                }
                catch {
                    throw new src/* ConfigurationError */.j1(`${model} version ${version}: stored file ${file.path} is missing from ${filesDir}; the registry directory was damaged`, { code: "integrity" });
                }
                return (0,external_node_fs_.createReadStream)(source, { highWaterMark: 1 << 20 });
            },
        });
        const modelPath = entry.storage.layout === "file" ? (0,content/* safeJoin */.gt)(dir, document.files[0].path) : external_node_path_default().resolve(dir);
        return { dir: external_node_path_default().resolve(dir), modelPath, version: document };
    }
    async history(model) {
        await this.requireIndex(model);
        const text = (await (0,fs_atomic/* readTextIfExists */.TP)(external_node_path_default().join(this.modelDir(model), "audit.jsonl"))) ?? "";
        const out = [];
        text.split("\n").forEach((line, i) => {
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
}

;// CONCATENATED MODULE: ./packages/registry/src/open.ts



const DEFAULT_LOCAL_REGISTRY = ".mlops/registry";
/**
 * Opens the registry a step should use. `auto` picks GitHub inside Actions when a token is
 * there, else the local directory; the choice is logged. The GitHub backend (and octokit) is
 * loaded only when chosen.
 */
async function open_openRegistry(options) {
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
        return new LocalRegistry({ root, logger, ctx });
    }
    if (!token) {
        throw new src/* ConfigurationError */.j1("registry: github needs a token: pass token: ${{ github.token }} (with permissions: contents: write to register, contents: read to resolve)", { code: "token-missing" });
    }
    if (!ctx.repository) {
        throw new src/* ConfigurationError */.j1("registry: github needs the repository (GITHUB_REPOSITORY is not set)", {
            code: "repository-missing",
        });
    }
    const { openGitHubRegistry } = await __webpack_require__.e(/* import() */ 604).then(__webpack_require__.bind(__webpack_require__, 8604));
    return await openGitHubRegistry({ token, ctx, logger, branch: options.branch });
}

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
        parsed = (await parseYamlWithLocations(text, "input 'tags'")).value;
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
        throw new ConfigurationError(`input 'tags': expected a mapping like {team: forecast}, found ${JSON.stringify(parsed)}`, {
            code: "input-invalid",
        });
    }
    const out = {};
    for (const [key, v] of Object.entries(parsed)) {
        if (v === null || typeof v === "object") {
            throw new ConfigurationError(`input 'tags': tag '${key}' must be a string, number or boolean`, {
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
        ? await readDocument("mlops.run", path.resolve(ctx.workspace, options.runRecord))
        : null;
    if (run && run.status !== "succeeded" && run.status !== "cached") {
        throw new ConfigurationError(`${options.runRecord}: the training run ${run.status} (exit code ${run.exitCode}); refusing to register its model`, { code: "run-failed", location: { file: options.runRecord } });
    }
    const modelPath = options.modelPath ?? run?.model?.path;
    if (!modelPath) {
        throw new ConfigurationError("input 'model-path' is required (the run record names no model): the model file or directory to register", { code: "input-missing" });
    }
    const absoluteModelPath = path.resolve(ctx.workspace, modelPath);
    if (run?.model?.files.length && path.resolve(ctx.workspace, run.model.path) === absoluteModelPath) {
        await checkUnchangedSinceTraining(run.model.files, absoluteModelPath, modelPath, options.runRecord);
    }
    let metrics;
    if (options.metricsFile)
        metrics = await readMetricsFile(path.resolve(ctx.workspace, options.metricsFile));
    const tags = await parseTags(options.tags);
    const registry = deps.registry ??
        (await openRegistry({
            backend: options.backend ?? "auto",
            path: options.registryPath,
            token: options.token,
            ctx,
            logger,
        }));
    // A run already registered (same training fingerprint, same model bytes) is not registered
    // again: a second identical pipeline run (new run id, so a new idempotency key) must change
    // nothing. The existing version is returned with created: false.
    const same = run?.fingerprint ? await findRegisteredRun(registry, options.model, run) : null;
    if (same) {
        logger.info(`${options.model} v${same.number} already holds this run (training fingerprint ${run.fingerprint.slice(0, 12)}, same files): nothing registered`);
        const existing = { version: same, created: false };
        const uri = modelUri(options.model, same.number);
        return { ...existing, uri, registry, summary: renderSummary(existing, uri, registry) };
    }
    const result = await registry.register({
        model: options.model,
        path: absoluteModelPath,
        metrics: metrics ?? run?.metrics ?? {},
        params: run?.params ?? {},
        run,
        aliases: options.aliases ?? [],
        tags,
        idempotencyKey: idempotencyKeyFor(ctx, options.model),
        createdBy: ctx.actor,
    });
    const uri = modelUri(options.model, result.version.number);
    return { ...result, uri, registry, summary: renderSummary(result, uri, registry) };
}
/** The registered version trained by a run with this fingerprint and holding the same files, if any. */
async function findRegisteredRun(registry, model, run) {
    if (!(await registry.resolve(model, "latest", { optional: true })))
        return null;
    const files = (list) => list
        .map((f) => `${f.sha256}:${f.bytes}`)
        .sort()
        .join(",");
    const want = run.model ? files(run.model.files) : null;
    for (const version of [...(await registry.list(model))].reverse()) {
        if (version.run?.fingerprint !== run.fingerprint)
            continue;
        if (want === null || files(version.files) === want)
            return version;
    }
    return null;
}
/**
 * The model registered must be the model the run record describes: its metrics and lineage are
 * about those bytes. A file changed (or swapped) between training and registration is refused.
 */
async function checkUnchangedSinceTraining(trained, absolute, shown, runRecord) {
    const now = await digestTree(absolute);
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
        throw new ConfigurationError(`${shown} is not the model ${runRecord} describes (${what}): the files changed after training, so its metrics and lineage would be wrong; ` +
            `register the model the train step wrote (re-run training if the file was meant to change)`, { code: "model-changed", location: { file: shown } });
    }
}
function renderSummary(result, uri, registry) {
    const v = result.version;
    const metrics = Object.entries(v.metrics)
        .map(([k, value]) => `\`${k.replace(/[`|<>\\]/g, "")}\` ${Number(value.toPrecision(6))}`)
        .join(", ");
    const lines = [
        `### Registered ${v.name} version ${v.number}${result.created ? "" : " (already registered by an earlier attempt)"}`,
        "",
        "| | |",
        "| --- | --- |",
        `| model URI | \`${uri}\` |`,
        `| registry | ${registry.kind} (${registry.location.replace(/[|`<>]/g, "")}) |`,
        `| aliases | ${v.aliases.length ? v.aliases.map((a) => `\`${a}\``).join(", ") : "none"} |`,
        `| files | ${v.files.length} (${v.files.reduce((s, f) => s + f.bytes, 0)} bytes) |`,
        `| metrics | ${metrics || "none"} |`,
        `| git sha | ${v.lineage.gitSha ? `\`${v.lineage.gitSha.slice(0, 12)}\`` : "unknown"} |`,
        "",
    ];
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./packages/registry/src/index.ts








/***/ }),

/***/ 8525:
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
/* harmony export */   k: () => (/* binding */ applyRegister),
/* harmony export */   lM: () => (/* binding */ documentOf),
/* harmony export */   mI: () => (/* binding */ checkRequestNames),
/* harmony export */   x4: () => (/* binding */ versionsOf),
/* harmony export */   xg: () => (/* binding */ historyEntry)
/* harmony export */ });
/* unused harmony exports INDEX_KIND, missingVersion, resolveRef, missingAlias */
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3795);

/*
 * The per-model index both backends store (local: <root>/<model>/index.json; GitHub:
 * models/<model>/index.json on the registry branch) and the pure operations on it. Backends
 * read an index, apply one operation, and write it back under their concurrency control (a lock,
 * or a compare-and-swap ref update); everything that decides *what* happens lives here, once.
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

/***/ 5098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fj: () => (/* binding */ withParent),
/* harmony export */   sf: () => (/* binding */ checkVersionDocument),
/* harmony export */   y8: () => (/* binding */ prepareVersion)
/* harmony export */ });
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3795);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8556);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8525);



/** The ModelVersion a request describes (number, uri and created are assigned when it is committed). */
function prepareVersion(request, files, storage, ctx) {
    const aliases = [...new Set(request.aliases ?? [])];
    const tags = request.tags ?? {};
    (0,_model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRequestNames */ .mI)(request.model, aliases, tags);
    const run = request.run ?? null;
    const metrics = {};
    for (const [name, value] of Object.entries(request.metrics ?? run?.metrics ?? {})) {
        metrics[name] = (0,_mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .checkMetricValue */ .m6)(name, value, "metrics");
    }
    const params = request.params ?? run?.params ?? {};
    if (!params || typeof params !== "object" || Array.isArray(params)) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("params: expected a mapping of names to values", { code: "params-invalid" });
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
            run,
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
            contentDigest: (0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .contentDigest */ .eZ)(sortedFiles, metrics, params),
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
    return await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)("mlops.model-version", document, `${document.name} version ${document.number}`);
}


/***/ }),

/***/ 5736:
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
