export const id = 604;
export const ids = [604];
export const modules = {

/***/ 8604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openGitHubRegistry: () => (/* binding */ openGitHubRegistry)
/* harmony export */ });
/* unused harmony exports DEFAULT_REGISTRY_BRANCH, assetNameFor, GitHubRegistry */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3795);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8556);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8525);
/* harmony import */ var _prepare_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5098);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5736);








const DEFAULT_REGISTRY_BRANCH = "mlops-registry";
function statusOf(error) {
    return error?.status;
}
function apiMessage(error) {
    const e = error;
    return e?.response?.data?.message ?? e?.message ?? String(error);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function textOf(data) {
    if (typeof data === "string")
        return data;
    if (data instanceof ArrayBuffer)
        return Buffer.from(data).toString("utf8");
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8");
    if (data && typeof data === "object")
        return JSON.stringify(data);
    return String(data);
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
/** A release asset name GitHub keeps as given: letters, digits, '.', '_', '-'. */
function assetNameFor(relative, index, layout) {
    const flat = relative.replace(/\//g, "--").replace(/[^A-Za-z0-9._-]/g, "_");
    const name = layout === "file" ? flat : `${String(index + 1).padStart(3, "0")}-${flat}`;
    return name.length > 200 ? name.slice(0, 200) : name;
}
class GitHubRegistry {
    kind = "github";
    location;
    request;
    owner;
    repo;
    branch;
    logger;
    ctx;
    maxAttempts;
    baseDelayMs;
    maxDelayMs;
    maxDownloadBytes;
    constructor(options) {
        const [owner, repo, extra] = options.repository.split("/");
        if (!owner || !repo || extra !== undefined) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`registry: expected the repository as owner/name, found ${JSON.stringify(options.repository)}`, {
                code: "repository-invalid",
            });
        }
        this.request = options.request;
        this.owner = owner;
        this.repo = repo;
        this.branch = options.branch ?? DEFAULT_REGISTRY_BRANCH;
        if (!/^[A-Za-z0-9._/-]+$/.test(this.branch) || this.branch.includes("..")) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`registry: branch name ${JSON.stringify(this.branch)} is not valid`, {
                code: "branch-invalid",
            });
        }
        this.location = `${options.repository}@${this.branch}`;
        this.logger = options.logger;
        this.ctx = options.ctx ?? null;
        this.maxAttempts = options.maxAttempts ?? 40;
        this.baseDelayMs = options.baseDelayMs ?? 50;
        this.maxDelayMs = options.maxDelayMs ?? 2000;
        this.maxDownloadBytes = options.maxDownloadBytes;
    }
    get repoParams() {
        return { owner: this.owner, repo: this.repo };
    }
    /** Turns a permission problem on a write into the fix the user needs. */
    writeError(error, what) {
        const status = statusOf(error);
        if (status === 403 || status === 404) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`registry: ${what} was refused (${status} ${apiMessage(error)}): the token needs 'contents: write' on ${this.owner}/${this.repo}; ` +
                `add 'permissions: contents: write' to the job (fork pull requests only get read access: register from a push or workflow_run job)`, { code: "permission-denied", cause: error });
        }
        throw error;
    }
    // ── reading ────────────────────────────────────────────────────────────────────────────
    async head() {
        try {
            const { data } = await this.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
                ...this.repoParams,
                ref: `heads/${this.branch}`,
            });
            return data.object.sha;
        }
        catch (error) {
            if (statusOf(error) === 404)
                return null;
            throw error;
        }
    }
    /** A file on the registry branch at `ref` (a commit sha or the branch), or null. */
    async readFile(filePath, ref) {
        try {
            const { data } = await this.request("GET /repos/{owner}/{repo}/contents/{path}", {
                ...this.repoParams,
                path: filePath,
                ref,
                headers: { accept: "application/vnd.github.raw" },
            });
            return textOf(data);
        }
        catch (error) {
            if (statusOf(error) === 404)
                return null;
            throw error;
        }
    }
    indexPath(model) {
        return `models/${(0,_mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .checkModelName */ .Xs)(model)}/index.json`;
    }
    async readIndex(model, ref = this.branch) {
        const file = this.indexPath(model);
        const text = await this.readFile(file, ref);
        if (text === null)
            return null;
        const source = `${this.location}:${file}`;
        return (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .checkIndex */ .JM)((0,_mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .parseJson */ .qF)(text, source), model, source);
    }
    async requireIndex(model) {
        const index = await this.readIndex(model);
        if (index && index.versions.length)
            return index;
        throw (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .missingModel */ .CG)(model, (await this.listModels()).map((m) => m.name));
    }
    async listModels() {
        let entries;
        try {
            const { data } = await this.request("GET /repos/{owner}/{repo}/contents/{path}", {
                ...this.repoParams,
                path: "models",
                ref: this.branch,
            });
            entries = Array.isArray(data) ? data : [];
        }
        catch (error) {
            if (statusOf(error) === 404)
                return [];
            throw error;
        }
        const out = [];
        for (const entry of entries.filter((e) => e.type === "dir").sort((a, b) => (a.name < b.name ? -1 : 1))) {
            try {
                (0,_mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .checkModelName */ .Xs)(entry.name);
            }
            catch {
                continue;
            }
            const index = await this.readIndex(entry.name);
            if (index && index.versions.length)
                out.push((0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .summaryOf */ .YG)(index));
        }
        return out;
    }
    async get(model, version) {
        return (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .documentOf */ .lM)(await this.requireIndex(model), version);
    }
    async list(model) {
        return (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .versionsOf */ .x4)(await this.requireIndex(model));
    }
    async resolve(model, ref, options) {
        return await (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveIn */ .QH)(await this.readIndex(model), model, ref, options?.optional === true, async () => (await this.listModels()).map((m) => m.name));
    }
    async history(model) {
        await this.requireIndex(model);
        const text = (await this.readFile(`models/${model}/audit.jsonl`, this.branch)) ?? "";
        return text
            .split("\n")
            .filter((l) => l.trim())
            .map((l) => JSON.parse(l));
    }
    // ── writing: one commit per change, compare-and-swap on the branch ─────────────────────
    actor() {
        return this.ctx?.actor ?? null;
    }
    source() {
        return this.ctx ? (0,_mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .workflowRunUrl */ .CX)(this.ctx) : null;
    }
    trailers() {
        const lines = [`Actor: ${this.actor() ?? "unknown"}`];
        const run = this.source();
        if (run)
            lines.push(`Run: ${run}`);
        if (this.ctx?.sha)
            lines.push(`Source-Commit: ${this.ctx.sha}`);
        return lines.join("\n");
    }
    /**
     * Applies `change` to the model's index at the branch head and publishes the result as one
     * commit with a fast-forward-only ref update; on a lost race, re-reads and re-applies.
     * `change` returns null when there is nothing to write (an idempotent repeat).
     */
    async commitChange(model, change) {
        const dir = `models/${model}`;
        for (let attempt = 1;; attempt++) {
            const head = await this.head();
            const current = (head && (await this.readIndex(model, head))) || (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyIndex */ .gW)(model);
            const outcome = await change(current);
            if ("noop" in outcome)
                return outcome.result;
            const auditText = head ? ((await this.readFile(`${dir}/audit.jsonl`, head)) ?? "") : "";
            const auditNext = auditText + outcome.audit.map((e) => JSON.stringify(e) + "\n").join("");
            let commitSha;
            try {
                const [indexBlob, auditBlob, baseTree] = await Promise.all([
                    this.blob(JSON.stringify(outcome.index, null, 2) + "\n"),
                    this.blob(auditNext),
                    head ? this.treeOf(head) : Promise.resolve(null),
                ]);
                const { data: tree } = await this.request("POST /repos/{owner}/{repo}/git/trees", {
                    ...this.repoParams,
                    ...(baseTree ? { base_tree: baseTree } : {}),
                    tree: [
                        { path: `${dir}/index.json`, mode: "100644", type: "blob", sha: indexBlob },
                        { path: `${dir}/audit.jsonl`, mode: "100644", type: "blob", sha: auditBlob },
                    ],
                });
                const { data: commit } = await this.request("POST /repos/{owner}/{repo}/git/commits", {
                    ...this.repoParams,
                    message: `${outcome.message}\n\n${this.trailers()}\n`,
                    tree: tree.sha,
                    parents: head ? [head] : [],
                });
                commitSha = commit.sha;
            }
            catch (error) {
                this.writeError(error, `writing to the registry branch ${this.branch}`);
            }
            try {
                if (head) {
                    await this.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
                        ...this.repoParams,
                        ref: `heads/${this.branch}`,
                        sha: commitSha,
                        force: false,
                    });
                }
                else {
                    await this.request("POST /repos/{owner}/{repo}/git/refs", {
                        ...this.repoParams,
                        ref: `refs/heads/${this.branch}`,
                        sha: commitSha,
                    });
                }
                return outcome.result;
            }
            catch (error) {
                // An ambiguous failure (a 5xx or a dropped connection after GitHub applied the update)
                // or a retried request that found its own update: if the branch points at our commit, we won.
                const now = await this.head().catch(() => null);
                if (now === commitSha)
                    return outcome.result;
                const lostRace = statusOf(error) === 422 && /fast.forward|already exists|does not exist/i.test(apiMessage(error));
                if (!lostRace)
                    this.writeError(error, `updating the branch ${this.branch}`);
                if (attempt >= this.maxAttempts) {
                    throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`registry: gave up after ${attempt} attempts to update ${this.location}: other writers kept changing it; try again`, { code: "registry-contention" });
                }
                const cap = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.min(attempt, 10));
                this.logger.debug(`registry: ${this.branch} moved while writing (attempt ${attempt}); re-reading and retrying`);
                await sleep(Math.random() * cap);
            }
        }
    }
    async blob(content) {
        const { data } = await this.request("POST /repos/{owner}/{repo}/git/blobs", {
            ...this.repoParams,
            content: Buffer.from(content, "utf8").toString("base64"),
            encoding: "base64",
        });
        return data.sha;
    }
    async treeOf(commit) {
        const { data } = await this.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
            ...this.repoParams,
            commit_sha: commit,
        });
        return data.tree.sha;
    }
    // ── register ───────────────────────────────────────────────────────────────────────────
    async register(request) {
        (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .checkRequestNames */ .mI)(request.model, request.aliases ?? [], request.tags ?? {});
        const source = await (0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .inspectModelPath */ .tH)(request.path);
        const files = await (0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .digestModelFiles */ .xu)(source);
        const draftStorage = {
            backend: "github",
            layout: source.layout,
            tag: "",
            releaseId: 0,
            assets: [],
        };
        const prepared = (0,_prepare_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareVersion */ .y8)(request, files, draftStorage, this.ctx);
        const key = prepared.document.idempotencyKey;
        // A re-run finds its version before uploading anything.
        const before = await this.readIndex(request.model);
        const known = before ? (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .findIdempotent */ .JI)(before, key, prepared.document.contentDigest) : null;
        if (before && known !== null)
            return await this.existing(before, known);
        const release = await this.uploadDraft(request.model, source.root, files, source.layout);
        const storage = { ...draftStorage, releaseId: release.id, assets: release.assets };
        let committed;
        try {
            committed = await this.commitChange(request.model, async (index) => {
                const outcome = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .applyRegister */ .k)(index, (0,_prepare_js__WEBPACK_IMPORTED_MODULE_6__/* .withParent */ .fj)({ ...prepared, storage }, index, request.parentVersion !== undefined), (n) => (0,_types_js__WEBPACK_IMPORTED_MODULE_7__/* .modelUri */ .E)(request.model, n));
                if (!outcome.created)
                    return { noop: true, result: { index, version: outcome.version, created: false } };
                const n = outcome.version;
                outcome.entry.storage = { ...storage, tag: `${request.model}-v${n}` };
                await (0,_prepare_js__WEBPACK_IMPORTED_MODULE_6__/* .checkVersionDocument */ .sf)({ ...outcome.entry.document, aliases: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .aliasesOf */ .QI)(outcome.index, n) });
                const actor = this.actor();
                const runSource = this.source();
                const aliasNote = prepared.aliases.length ? `, aliases ${prepared.aliases.join(", ")}` : "";
                return {
                    index: outcome.index,
                    message: `register ${request.model} v${n}${aliasNote}\n\n` +
                        `Model: ${request.model}\nVersion: ${n}\nFiles: ${files.length}\nContent: ${prepared.document.contentDigest}\n` +
                        `Release: ${request.model}-v${n} (id ${release.id})` +
                        (key ? `\nKey: ${key}` : ""),
                    audit: [
                        (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .historyEntry */ .xg)({
                            action: "register",
                            model: request.model,
                            version: n,
                            alias: null,
                            previous: null,
                            actor,
                            source: runSource,
                        }),
                        ...prepared.aliases.map((alias) => (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .historyEntry */ .xg)({
                            action: "set-alias",
                            model: request.model,
                            version: n,
                            alias,
                            previous: index.aliases[alias] ?? null,
                            actor,
                            source: runSource,
                        })),
                    ],
                    result: { index: outcome.index, version: n, created: true },
                };
            });
        }
        catch (error) {
            // Only delete the upload when no committed version refers to it: a commit whose answer was
            // lost may still have landed, and then its release must stay (the re-run publishes it).
            const landed = await this.readIndex(request.model).catch(() => undefined);
            const ours = landed?.versions.find((e) => e.storage.backend === "github" && e.storage.releaseId === release.id);
            if (landed !== undefined && !ours)
                await this.deleteRelease(release.id);
            throw error;
        }
        if (!committed.created) {
            // Another attempt with the same key won the race: our upload is not needed.
            await this.deleteRelease(release.id);
            return await this.existing(committed.index, committed.version);
        }
        const entry = committed.index.versions[committed.version - 1];
        await this.publish(request.model, entry);
        this.logger.info(`${request.model}: registered version ${committed.version} in ${this.location} (release ${request.model}-v${committed.version}, ${files.length} asset(s))`);
        return { version: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .documentOf */ .lM)(committed.index, committed.version), created: true };
    }
    /** The version a previous attempt registered; publishes its release if that attempt died first. */
    async existing(index, version) {
        const entry = index.versions[version - 1];
        this.logger.info(`${index.model}: this registration (key ${entry.document.idempotencyKey}) already made version ${version}; nothing new was stored`);
        await this.publish(index.model, entry);
        return { version: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .documentOf */ .lM)(index, version), created: false };
    }
    /** Creates a draft release under a unique staging tag, uploads every file and checks each upload. */
    async uploadDraft(model, root, files, layout) {
        const stagingTag = `${model}-staging-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
        let release;
        try {
            const { data } = await this.request("POST /repos/{owner}/{repo}/releases", {
                ...this.repoParams,
                tag_name: stagingTag,
                name: `${model} (registering…)`,
                body: "Model files being registered by mlops-actions; published once the registry records the version.",
                draft: true,
                prerelease: true,
                make_latest: "false",
                ...(this.ctx?.sha ? { target_commitish: this.ctx.sha } : {}),
            });
            release = data;
        }
        catch (error) {
            this.writeError(error, "creating a draft release for the model files");
        }
        try {
            const assets = [];
            for (const [i, file] of files.entries()) {
                const name = assetNameFor(file.path, i, layout);
                const data = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile((0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .safeJoin */ .gt)(root, file.path));
                const asset = await this.uploadAsset(release, name, data);
                const digest = typeof asset.digest === "string" ? asset.digest : null;
                const sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(data).digest("hex");
                if (asset.size !== file.bytes ||
                    sha !== file.sha256 ||
                    (digest && digest !== `sha256:${file.sha256}`)) {
                    throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${model}: the upload of ${file.path} does not match the file that was hashed (expected ${file.bytes} bytes sha256 ${file.sha256}, ` +
                        `uploaded ${asset.size} bytes${digest ? ` ${digest}` : ""}); did the file change while registering?`, { code: "integrity" });
                }
                assets.push({ path: file.path, name: asset.name, id: asset.id });
            }
            return { id: release.id, assets };
        }
        catch (error) {
            await this.deleteRelease(release.id);
            throw error;
        }
    }
    async uploadAsset(release, name, data) {
        try {
            const { data: asset } = await this.request(`POST ${release.upload_url}`, {
                name,
                data,
                headers: { "content-type": "application/octet-stream", "content-length": data.length },
            });
            return asset;
        }
        catch (error) {
            // An upload that was stored but whose answer was lost is retried by the client: find it.
            if (statusOf(error) === 422 &&
                /already_exists|already exists/i.test(JSON.stringify(error.response?.data ?? {}))) {
                const { data: list } = await this.request("GET /repos/{owner}/{repo}/releases/{release_id}/assets", {
                    ...this.repoParams,
                    release_id: release.id,
                    per_page: 100,
                });
                const found = list.find((a) => a.name === name);
                if (found)
                    return found;
            }
            this.writeError(error, `uploading ${name}`);
        }
    }
    async deleteRelease(id) {
        try {
            await this.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", {
                ...this.repoParams,
                release_id: id,
            });
        }
        catch (error) {
            this.logger.warning(`registry: could not delete the unused draft release ${id}: ${apiMessage(error)}; delete it by hand`);
        }
    }
    /** Retags the draft release <model>-v<n> and publishes it (prerelease, never latest). Idempotent. */
    async publish(model, entry) {
        const storage = entry.storage;
        if (storage.backend !== "github")
            return;
        let release;
        try {
            const { data } = await this.request("GET /repos/{owner}/{repo}/releases/{release_id}", {
                ...this.repoParams,
                release_id: storage.releaseId,
            });
            release = data;
        }
        catch (error) {
            if (statusOf(error) === 404) {
                throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${model} version ${entry.document.number}: its release (id ${storage.releaseId}) is gone or still a draft this token cannot see; ` +
                    `re-run the workflow that registered it (with contents: write) to publish it`, { code: "release-missing" });
            }
            throw error;
        }
        if (!release.draft)
            return;
        const body = `Model **${model}** version ${entry.document.number}, registered by mlops-actions.\n\n` +
            `\`models:/${model}/${entry.document.number}\` · content digest \`${entry.document.contentDigest}\`\n\n` +
            entry.document.files
                .map((f) => `- \`${f.path.replace(/`/g, "")}\` ${f.bytes} bytes, sha256 \`${f.sha256}\``)
                .join("\n");
        const update = (tag) => this.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
            ...this.repoParams,
            release_id: storage.releaseId,
            tag_name: tag,
            name: `${model} v${entry.document.number}`,
            body,
            draft: false,
            prerelease: true,
            make_latest: "false",
        });
        try {
            await update(storage.tag);
        }
        catch (error) {
            if (statusOf(error) === 422 &&
                /already_exists|already exists/i.test(JSON.stringify(error.response?.data ?? {}))) {
                // Someone else owns the tag (a hand-made release): the version stays addressable by release id.
                const fallback = `${storage.tag}+${entry.document.contentDigest.slice(0, 8)}`;
                this.logger.warning(`${model}: tag ${storage.tag} belongs to another release; publishing as ${fallback}`);
                await update(fallback);
                return;
            }
            this.writeError(error, `publishing release ${storage.tag}`);
        }
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
        const change = await this.commitChange(model, async (index) => {
            const { index: next, change } = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .applyAlias */ .NC)(index, alias, version, options);
            const what = version === null
                ? `remove alias ${alias} of ${model} (was v${change.previous})`
                : `set alias ${alias} of ${model} → v${version}${change.previous !== null ? ` (was v${change.previous})` : ""}`;
            return {
                index: next,
                message: `${what}\n\nModel: ${model}\nAlias: ${alias}\nVersion: ${version ?? "none"}\nPrevious: ${change.previous ?? "none"}`,
                audit: [
                    (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .historyEntry */ .xg)({
                        action: version === null ? "remove-alias" : "set-alias",
                        model,
                        version,
                        alias,
                        previous: change.previous,
                        actor: this.actor(),
                        source: this.source(),
                    }),
                ],
                result: change,
            };
        });
        this.logger.info(version === null
            ? `${model}: removed alias ${alias} (was version ${change.previous})`
            : `${model}: alias ${alias} → version ${version}${change.previous !== null ? ` (was ${change.previous})` : ""}`);
        return change;
    }
    // ── download ───────────────────────────────────────────────────────────────────────────
    async download(model, version, dir) {
        const index = await this.requireIndex(model);
        const document = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .documentOf */ .lM)(index, version);
        const storage = index.versions[version - 1].storage;
        if (storage.backend !== "github") {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${model} version ${version}: stored by another backend (${storage.backend})`, {
                code: "registry-index-invalid",
            });
        }
        const assets = new Map(storage.assets.map((a) => [a.path, a]));
        await (0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .downloadVerified */ .nz)({
            what: `${model} version ${version}`,
            dir,
            files: document.files,
            maxBytes: this.maxDownloadBytes,
            open: async (file) => {
                const asset = assets.get(file.path);
                if (!asset) {
                    throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${model} version ${version}: no release asset recorded for ${file.path}`, {
                        code: "integrity",
                    });
                }
                let data;
                try {
                    // The body is streamed (never held whole in memory) and hashed on the way to disk.
                    ({ data } = await this.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
                        ...this.repoParams,
                        asset_id: asset.id,
                        headers: { accept: "application/octet-stream" },
                        request: { parseSuccessResponseBody: false },
                    }));
                }
                catch (error) {
                    if (statusOf(error) === 404) {
                        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${model} version ${version}: asset ${asset.name} of release ${storage.tag} is missing (or the release is still a draft this token cannot see); ` +
                            `re-run the workflow that registered it to publish it`, { code: "asset-missing" });
                    }
                    throw error;
                }
                return bodyChunks(data);
            },
        });
        const modelPath = storage.layout === "file" ? (0,_content_js__WEBPACK_IMPORTED_MODULE_4__/* .safeJoin */ .gt)(dir, document.files[0].path) : node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir);
        return { dir: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir), modelPath, version: document };
    }
}
/**
 * Opens the GitHub registry with the shared client (@mlops/github: retries, throttling,
 * GITHUB_API_URL). Loaded only when the github backend is chosen.
 */
async function openGitHubRegistry(options) {
    const { createGitHubClient } = await __webpack_require__.e(/* import() */ 68).then(__webpack_require__.bind(__webpack_require__, 68));
    const client = createGitHubClient({ token: options.token, ctx: options.ctx, logger: options.logger });
    return new GitHubRegistry({
        request: (route, params) => client.request(route, params),
        repository: options.ctx.repository,
        logger: options.logger,
        ctx: options.ctx,
        ...(options.branch ? { branch: options.branch } : {}),
    });
}


/***/ })

};
