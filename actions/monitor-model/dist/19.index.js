export const id = 19;
export const ids = [19];
export const modules = {

/***/ 25019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubIndexStore: () => (/* reexport */ GitHubIndexStore),
  openGitHubApi: () => (/* binding */ openGitHubApi)
});

// UNUSED EXPORTS: DEFAULT_REGISTRY_BRANCH, GitHubRegistry, ReleaseArtifactStore, assetNameFor

// EXTERNAL MODULE: ./packages/registry/src/github-api.ts
var github_api = __webpack_require__(77195);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
// EXTERNAL MODULE: ./packages/registry/src/model-index.ts
var model_index = __webpack_require__(48525);
;// CONCATENATED MODULE: ./packages/registry/src/github-index-store.ts



/*
 * The index inside the GitHub repository itself: nothing to host, only GITHUB_TOKEN.
 *
 *   branch mlops-registry (orphan)   models/<model>/index.json   every version + aliases
 *                                    models/<model>/audit.jsonl  one HistoryEntry per change
 *
 * Every change is one commit made with the Git Data API (blobs → tree → commit) and published by
 * a fast-forward-only ref update (force: false). Two writers that started from the same head
 * cannot both win: the loser gets 422 "Update is not a fast forward" (or "Reference already
 * exists" when both create the branch), re-reads the branch, re-applies its change to what it
 * finds (a new version number, a re-checked alias expectation) and retries with jittered
 * backoff, a bounded number of times. The commit messages are the human audit log.
 *
 * Transient faults (a 5xx, a dropped connection) do not fail a change: each Git object POST is
 * retried (they are content-addressed: a repeat creates nothing new), and after a ref update
 * that failed without a clear answer the branch is re-read. If it points at our commit, or at a
 * descendant of it (another writer already built on top), the change is done ("committed, then
 * 502" is a success). If it still points where we started, the update is sent again; if
 * another writer moved it, the change is re-applied to what is there now.
 */
const DEFAULT_REGISTRY_BRANCH = "mlops-registry";
/** How far back from the branch head a landed commit of ours is looked for. */
const LANDED_SEARCH_DEPTH = 50;
/** Our own retries replace the HTTP client's for the writes made here. */
const OWN_RETRIES = { request: { retries: 0 } };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const noFence = async () => undefined;
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
class GitHubIndexStore {
    options;
    kind = "github";
    location;
    api;
    branch;
    maxAttempts;
    baseDelayMs;
    maxDelayMs;
    constructor(options) {
        this.options = options;
        this.api = options.api;
        this.branch = options.branch ?? DEFAULT_REGISTRY_BRANCH;
        if (!/^[A-Za-z0-9._/-]+$/.test(this.branch) || this.branch.includes("..")) {
            throw new src/* ConfigurationError */.j1(`registry: branch name ${JSON.stringify(this.branch)} is not valid`, {
                code: "branch-invalid",
            });
        }
        this.location = `${this.api.owner}/${this.api.repo}@${this.branch}`;
        this.maxAttempts = options.maxAttempts ?? 40;
        this.baseDelayMs = options.baseDelayMs ?? 50;
        this.maxDelayMs = options.maxDelayMs ?? 2000;
    }
    request(route, params = {}) {
        return this.api.request(route, { owner: this.api.owner, repo: this.api.repo, ...params });
    }
    // ── reading ────────────────────────────────────────────────────────────────────────────
    async head() {
        try {
            const { data } = await this.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
                ref: `heads/${this.branch}`,
            });
            return data.object.sha;
        }
        catch (error) {
            if ((0,github_api/* statusOf */.c2)(error) === 404)
                return null;
            throw error;
        }
    }
    /** A file on the registry branch at `ref` (a commit sha or the branch), or null. */
    async readFile(filePath, ref) {
        try {
            const { data } = await this.request("GET /repos/{owner}/{repo}/contents/{path}", {
                path: filePath,
                ref,
                headers: { accept: "application/vnd.github.raw" },
            });
            return textOf(data);
        }
        catch (error) {
            if ((0,github_api/* statusOf */.c2)(error) === 404)
                return null;
            throw error;
        }
    }
    dir(model) {
        return `models/${(0,src/* checkModelName */.Xs)(model)}`;
    }
    async read(model, ref = this.branch) {
        const file = `${this.dir(model)}/index.json`;
        const text = await this.readFile(file, ref);
        if (text === null)
            return null;
        const source = `${this.location}:${file}`;
        return (0,model_index/* checkIndex */.JM)((0,src/* parseJson */.qF)(text, source), model, source);
    }
    async models() {
        let entries;
        try {
            const { data } = await this.request("GET /repos/{owner}/{repo}/contents/{path}", {
                path: "models",
                ref: this.branch,
            });
            entries = Array.isArray(data) ? data : [];
        }
        catch (error) {
            if ((0,github_api/* statusOf */.c2)(error) === 404)
                return [];
            throw error;
        }
        return entries
            .filter((e) => e.type === "dir" && (0,model_index/* isModelName */.jp)(e.name))
            .map((e) => e.name)
            .sort();
    }
    async auditLog(model) {
        return await this.readFile(`${this.dir(model)}/audit.jsonl`, this.branch);
    }
    // ── writing: one commit per change, compare-and-swap on the branch ─────────────────────
    async update(model, change) {
        const dir = this.dir(model);
        for (let attempt = 1;; attempt++) {
            const head = await this.head();
            const current = (head && (await this.read(model, head))) || (0,model_index/* emptyIndex */.gW)(model);
            const { result, write } = await change(current, noFence);
            if (!write)
                return result;
            const auditText = head ? ((await this.readFile(`${dir}/audit.jsonl`, head)) ?? "") : "";
            const commitSha = await this.commit(head, write.message, {
                [`${dir}/index.json`]: JSON.stringify(write.index, null, 2) + "\n",
                [`${dir}/audit.jsonl`]: auditText + write.audit.map((e) => JSON.stringify(e) + "\n").join(""),
            });
            if (await this.publishCommit(head, commitSha))
                return result;
            if (attempt >= this.maxAttempts) {
                throw new src/* ConfigurationError */.j1(`registry: gave up after ${attempt} attempts to update ${this.location}: other writers kept changing it; try again`, { code: "registry-contention" });
            }
            const cap = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.min(attempt, 10));
            this.options.logger.debug(`registry: ${this.branch} moved while writing (attempt ${attempt}); re-reading and retrying`);
            await sleep(Math.random() * cap);
        }
    }
    retry(what, attempt, recover) {
        return (0,github_api/* retryWrite */.oJ)(attempt, {
            ...this.options.retry,
            what,
            log: (m) => this.options.logger.warning(`registry: ${m}`),
            ...(recover ? { recover } : {}),
        });
    }
    /**
     * Moves the branch from `head` to our commit. True when the branch holds our commit (moved
     * now, or by an earlier attempt whose answer was lost); false when another writer moved the
     * branch first (the change must be re-applied).
     */
    async publishCommit(head, sha) {
        const attempts = this.options.retry?.attempts ?? 4;
        for (let n = 1;; n++) {
            let failure;
            try {
                await this.moveBranch(head, sha);
                return true;
            }
            catch (error) {
                failure = error;
            }
            // An ambiguous failure (a 5xx or a dropped connection after GitHub applied the update), or
            // a repeat that found its own update: look at where the branch is now.
            const now = await this.retry(`reading the branch ${this.branch}`, () => this.head());
            if (now === sha)
                return true;
            if (now !== head) {
                if (now !== null && (await this.reaches(now, sha, head)))
                    return true;
                return false;
            }
            // The branch did not move: our update did not land.
            const lostRace = (0,github_api/* statusOf */.c2)(failure) === 422 && /fast.forward|already exists|does not exist/i.test((0,github_api/* apiMessage */.SX)(failure));
            if (lostRace)
                return false;
            if (!(0,github_api/* isTransient */.dg)(failure) || n >= attempts)
                (0,github_api/* writeError */.oG)(failure, `updating the branch ${this.branch}`, this.api);
            this.options.logger.warning(`registry: updating the branch ${this.branch}: ${(0,github_api/* apiMessage */.SX)(failure)} (attempt ${n} of ${attempts}); the branch did not move, retrying`);
            await sleep(Math.random() * (0,github_api/* retryBaseMs */.wR)(this.options.retry) * 2 ** n);
        }
    }
    /** Whether `sha` is among the first-parent ancestors of `from`, looking back to `stop`. */
    async reaches(from, sha, stop) {
        let at = from;
        for (let i = 0; at && at !== stop && i < LANDED_SEARCH_DEPTH; i++) {
            if (at === sha)
                return true;
            const id = at;
            const { data } = await this.retry(`reading commit ${id}`, () => this.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { commit_sha: id }));
            at = data.parents[0]?.sha;
        }
        return false;
    }
    /** One commit on top of `head` (or a root commit) that sets `files`; its sha. */
    async commit(head, message, files) {
        try {
            const [blobs, baseTree] = await Promise.all([
                Promise.all(Object.values(files).map((content) => this.blob(content))),
                head ? this.treeOf(head) : Promise.resolve(null),
            ]);
            const { data: tree } = await this.retry("creating a tree", () => this.request("POST /repos/{owner}/{repo}/git/trees", {
                ...(baseTree ? { base_tree: baseTree } : {}),
                tree: Object.keys(files).map((path, i) => ({ path, mode: "100644", type: "blob", sha: blobs[i] })),
                ...OWN_RETRIES,
            }));
            const { data: commit } = await this.retry("creating a commit", () => this.request("POST /repos/{owner}/{repo}/git/commits", {
                message,
                tree: tree.sha,
                parents: head ? [head] : [],
                ...OWN_RETRIES,
            }));
            return commit.sha;
        }
        catch (error) {
            (0,github_api/* writeError */.oG)(error, `writing to the registry branch ${this.branch}`, this.api);
        }
    }
    /** Fast-forwards the branch from `head` to `sha` (creates it when there is no head). */
    async moveBranch(head, sha) {
        if (head) {
            await this.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
                ref: `heads/${this.branch}`,
                sha,
                force: false,
                ...OWN_RETRIES,
            });
        }
        else {
            await this.request("POST /repos/{owner}/{repo}/git/refs", {
                ref: `refs/heads/${this.branch}`,
                sha,
                ...OWN_RETRIES,
            });
        }
    }
    async blob(content) {
        const { data } = await this.retry("creating a blob", () => this.request("POST /repos/{owner}/{repo}/git/blobs", {
            content: Buffer.from(content, "utf8").toString("base64"),
            encoding: "base64",
            ...OWN_RETRIES,
        }));
        return data.sha;
    }
    async treeOf(commit) {
        const { data } = await this.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
            commit_sha: commit,
        });
        return data.tree.sha;
    }
}

// EXTERNAL MODULE: ./packages/registry/src/indexed-registry.ts + 1 modules
var indexed_registry = __webpack_require__(62791);
// EXTERNAL MODULE: ./packages/registry/src/release-artifact-store.ts + 1 modules
var release_artifact_store = __webpack_require__(92709);
;// CONCATENATED MODULE: ./packages/registry/src/github-registry.ts




/*
 * The registry inside the GitHub repository itself: nothing to host, only GITHUB_TOKEN. The
 * registry core over the index on an orphan branch (github-index-store.ts: one Git Data API
 * commit per change, published by a fast-forward-only ref update) and the files as release
 * assets (release-artifact-store.ts: a draft release staged before the index commit, published
 * after it).
 */


class GitHubRegistry extends indexed_registry/* IndexedRegistry */.F {
    constructor(options) {
        const api = (0,github_api/* gitHubRepo */.Ug)(options.request, options.repository);
        super({
            indexes: new GitHubIndexStore({ ...options, api }),
            artifacts: new release_artifact_store/* ReleaseArtifactStore */.Fm({ ...options, api }),
            logger: options.logger,
            ctx: options.ctx ?? null,
            ...(options.maxDownloadBytes !== undefined ? { maxDownloadBytes: options.maxDownloadBytes } : {}),
        });
    }
}
/**
 * The repository's API over the shared client (@mlops/github: retries, throttling,
 * GITHUB_API_URL). Loaded only when the github backend is chosen (open.ts).
 */
async function openGitHubApi(options) {
    const { createGitHubClient } = await __webpack_require__.e(/* import() */ 68).then(__webpack_require__.bind(__webpack_require__, 20068));
    const client = createGitHubClient({ token: options.token, ctx: options.ctx, logger: options.logger });
    return (0,github_api/* gitHubRepo */.Ug)((route, params) => client.request(route, params), options.ctx.repository);
}


/***/ })

};
