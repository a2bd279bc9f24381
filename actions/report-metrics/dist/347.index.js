export const id = 347;
export const ids = [347];
export const modules = {

/***/ 1347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   artifactsUnavailableReason: () => (/* binding */ artifactsUnavailableReason),
/* harmony export */   createArtifactStore: () => (/* binding */ createArtifactStore),
/* harmony export */   isGhesServer: () => (/* binding */ isGhesServer)
/* harmony export */ });
/*
 * Workflow artifacts through @actions/artifact v6 (the Actions results service: twirp calls to
 * ACTIONS_RESULTS_URL, then the zip goes to the signed blob-storage URL it returns). The module
 * is loaded on first upload: it pulls in @azure/storage-blob, archiver and @actions/core, which a
 * step that uploads nothing must not pay for at start-up.
 */
/** True when the host is GitHub Enterprise Server, where @actions/artifact v2+ cannot upload. */
function isGhesServer(env = process.env) {
    const host = new URL(env.GITHUB_SERVER_URL || "https://github.com").hostname.trimEnd().toUpperCase();
    return host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST");
}
/**
 * Why artifacts cannot be uploaded here, or null when they can: the runner gives actions
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL; outside Actions (or on GHES) there is no service.
 */
function artifactsUnavailableReason(env = process.env) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return "not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL)";
    }
    if (isGhesServer(env)) {
        return "GitHub Enterprise Server is not supported by @actions/artifact v6 (use actions/upload-artifact@v3-node20 there)";
    }
    return null;
}
function createArtifactStore(options = {}) {
    return {
        async upload(name, rootDirectory, files) {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(752), __webpack_require__.e(695), __webpack_require__.e(730), __webpack_require__.e(400)]).then(__webpack_require__.bind(__webpack_require__, 11400));
            const client = new DefaultArtifactClient();
            if (options.replaceExisting) {
                const { artifacts } = await client.listArtifacts({ latest: true });
                if (artifacts.some((a) => a.name === name))
                    await client.deleteArtifact(name);
            }
            try {
                const result = await client.uploadArtifact(name, files, rootDirectory, options.retentionDays ? { retentionDays: options.retentionDays } : {});
                return { id: result.id ?? null, size: result.size ?? null };
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                if (/\(409\)|already exists/.test(message)) {
                    throw new Error(`an artifact named '${name}' already exists in this workflow run (names are unique per run; in a matrix give each job its own, e.g. artifact-name: model-\${{ strategy.job-index }})`, { cause: error });
                }
                throw error;
            }
        },
    };
}


/***/ })

};
