export const id = 653;
export const ids = [653];
export const modules = {

/***/ 18653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TIMEOUT_EXIT_CODE: () => (/* reexport */ TIMEOUT_EXIT_CODE),
  runShellCommand: () => (/* reexport */ runShellCommand)
});

// UNUSED EXPORTS: CACHE_KEY_PREFIX, DEFAULT_ARTIFACT_NAME, DEFAULT_TIMEOUT_MINUTES, LOCK_FILES, MLOPS_LINE_PREFIX, MlopsLineScanner, RunCache, cacheKey, checkArtifactName, codeDigest, compareWithRecord, computeCacheKey, displayPath, emptyReport, explainCache, explainCacheStep, explainTrainCache, loadParams, lockFiles, newRunId, parseMlopsLine, readTrainInputs, runFingerprint, runTraining, trainOutputs, trainStep, trainSummary

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
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/train/src/code-digest.ts





/*
 * The code part of the run-cache key: one sha256 over the files that are the training code, as
 * they are on disk now (uncommitted changes included). Which files those are (packages/train
 * README, "What the run cache hashes"):
 *
 * 1. declared: `code` (the input, or `train.code:` in mlops.yml) lists paths and globs relative
 *    to the working directory; exactly the files they name count. A directory or glob counts its
 *    files that git (or the .gitignore files) does not ignore; a file named outright counts even
 *    when ignored.
 * 2. git: otherwise, inside a git work tree, the files git tracks under the working directory
 *    (the index, with modified files hashed from disk and deleted ones dropped). Untracked files
 *    are not code: a trainer's side files (out.calls, mlruns/, wandb/, logs) never miss the
 *    cache; an untracked source file is named in the log so it can be added.
 * 3. directory: where git cannot say (no git, no repository, the working directory is ignored,
 *    or git tracks nothing under it) every file below the directory, minus .gitignore patterns
 *    (git's own matcher over a throw-away repository), hidden directories (.git, .mlops, .venv,
 *    .serving, …), the tool directories in TOOL_DIRECTORIES, and the files and directories the
 *    command itself created in earlier runs (remembered in .mlops/cache/written.json). The log
 *    says so, with the reason.
 *
 * Always excluded: the step's own outputs (model-path, metrics-file), the .mlops state directory
 * and the `data` paths (they are fingerprinted by content on their own).
 */
/** Directories trainers and tools write below the working directory; never code in mode 3. */
const TOOL_DIRECTORIES = [
    "node_modules",
    "__pycache__",
    "venv",
    "mlruns",
    "mlartifacts",
    "wandb",
    "lightning_logs",
];
const GIT_ENV = () => {
    const env = { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
    for (const k of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_PREFIX"])
        delete env[k];
    return env;
};
function git(cwd, args, options = {}) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)("git", args, {
            cwd,
            encoding: "utf8",
            maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024,
            // Read-only: never take index.lock for an opportunistic refresh.
            env: GIT_ENV(),
            windowsHide: true,
        }, (error, stdout, stderr) => resolve({
            ok: !error,
            stdout: String(stdout),
            stderr: String(stderr),
            ...(error?.code === "ENOENT" ? { missing: true } : {}),
        }));
    });
}
/** True when `dir` is inside a git work tree that git is willing to read. */
async function inGitWorkTree(dir) {
    const r = await git(dir, ["rev-parse", "--is-inside-work-tree"]);
    return r.ok && r.stdout.trim() === "true";
}
/** Whether git can say which files are the code of `dir`, and if not, why not. */
async function gitCanSay(dir) {
    const inside = await git(dir, ["rev-parse", "--is-inside-work-tree"]);
    if (inside.missing)
        return { ok: false, reason: NO_GIT };
    if (!inside.ok || inside.stdout.trim() !== "true")
        return { ok: false, reason: "the working directory is not inside a git repository" };
    const ignored = await git(dir, ["check-ignore", "-q", "--", "."]);
    if (ignored.ok)
        return { ok: false, reason: "git ignores the working directory" };
    return { ok: true };
}
/** A filter over posix paths relative to the directory: true means "leave out". */
function excluder(dir, excluded) {
    const rel = excluded
        .map((p) => external_node_path_default().relative(dir, external_node_path_default().resolve(dir, p)).split((external_node_path_default()).sep).join("/"))
        .filter((p) => p !== "" && !p.startsWith("../") && p !== "..")
        .map((p) => p.replace(/\/+$/, ""));
    return (relative) => rel.some((e) => relative === e || relative.startsWith(e + "/"));
}
function nulList(text) {
    return text.split("\0").filter((s) => s !== "");
}
/** The mode git would record for a file on disk, or null for what git does not store. */
async function gitMode(file) {
    let stat;
    try {
        stat = await external_node_fs_.promises.lstat(file);
    }
    catch {
        return null;
    }
    if (stat.isSymbolicLink())
        return "120000";
    if (!stat.isFile())
        return null;
    return stat.mode & 0o111 ? "100755" : "100644";
}
/** Mode and sha256 of the content (a link's target for a symbolic link). */
async function contentId(file) {
    const mode = await gitMode(file);
    if (mode === null)
        return null;
    if (mode === "120000")
        return `${mode} link:${await external_node_fs_.promises.readlink(file)}`;
    return `${mode} sha256:${(await (0,src/* digestFile */.TM)(file)).sha256}`;
}
/**
 * Ids of work-tree files as `git add` would store them (`git hash-object --stdin-paths`, which
 * applies the same clean filters), so a modified file that is changed back, staged, or merely
 * touched gets the same id as its blob in the index.
 */
async function workTreeIds(dir, files) {
    const out = new Map();
    const regular = [];
    for (const file of files) {
        const mode = await gitMode(external_node_path_default().join(dir, file));
        if (mode === null)
            continue;
        if (mode === "120000" || file.includes("\n")) {
            const id = await contentId(external_node_path_default().join(dir, file));
            if (id !== null)
                out.set(file, id);
        }
        else {
            out.set(file, mode);
            regular.push(file);
        }
    }
    if (regular.length === 0)
        return out;
    const r = await gitInput(dir, ["hash-object", "--stdin-paths"], regular.join("\n") + "\n");
    const blobs = r.ok ? r.stdout.split("\n").filter(Boolean) : [];
    for (let i = 0; i < regular.length; i++) {
        const file = regular[i];
        const blob = blobs.length === regular.length ? blobs[i] : undefined;
        const id = blob ? `${out.get(file)} git:${blob}` : await contentId(external_node_path_default().join(dir, file));
        if (id === null)
            out.delete(file);
        else
            out.set(file, id);
    }
    return out;
}
function gitInput(cwd, args, input) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)("git", args, {
            cwd,
            env: GIT_ENV(),
            stdio: ["pipe", "pipe", "ignore"],
            windowsHide: true,
        });
        let stdout = "";
        child.stdout.setEncoding("utf8");
        child.stdout.on("data", (d) => (stdout += d));
        child.on("error", () => resolve({ ok: false, stdout: "" }));
        child.on("close", (code) => resolve({ ok: code === 0, stdout }));
        child.stdin.on("error", () => { });
        child.stdin.end(input);
    });
}
const HAS_GLOB = /[*?[{]/;
const NO_GIT = "git is not installed";
async function codeDigest(scope) {
    const { dir } = scope;
    const skip = excluder(dir, [".mlops", ...scope.excluded]);
    const declared = (scope.declared ?? []).filter((d) => d.trim() !== "");
    const view = await gitCanSay(dir);
    const none = { count: 0, sample: [] };
    if (declared.length > 0) {
        const entries = await declaredFiles(dir, declared, skip, view.ok);
        return result(entries, { source: "declared", reason: null, written: [], untracked: none, dirty: null });
    }
    if (view.ok) {
        const tracked = await trackedFiles(dir, skip);
        if (tracked !== null && tracked.entries.size > 0) {
            return result(tracked.entries, {
                source: "git",
                reason: null,
                written: [],
                untracked: tracked.untracked,
                dirty: tracked.dirty,
            });
        }
    }
    const reason = view.ok ? "git tracks no file under the working directory" : view.reason;
    const written = [...(scope.written ?? [])];
    const listed = await directoryFiles(dir, skip, written, !view.ok && view.reason === NO_GIT);
    const entries = new Map();
    for (const file of listed.files) {
        const id = await contentId(external_node_path_default().join(dir, file));
        if (id !== null)
            entries.set(file, id);
    }
    return result(entries, {
        source: "directory",
        reason: listed.gitignore ? reason : `${NO_GIT}, so .gitignore files were not applied`,
        written: listed.written,
        untracked: none,
        dirty: null,
    });
}
function result(entries, rest) {
    const files = [...entries.keys()]
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((p) => ({ path: p.replace(/\0stage(\d)$/, " (merge stage $1)"), digest: entries.get(p) }));
    const sha256 = (0,src/* sha256Hex */.fg)(files.map((f) => `${f.path}\0${f.digest}\n`).join(""));
    return { sha256, files, ...rest };
}
/** Mode 2: git's index under `dir`, modified files from disk, deleted ones dropped. */
async function trackedFiles(dir, skip) {
    const [staged, changed, deleted, others] = await Promise.all([
        git(dir, ["ls-files", "-s", "-z", "--", "."]),
        git(dir, ["ls-files", "-m", "-z", "--", "."]),
        git(dir, ["ls-files", "-d", "-z", "--", "."]),
        git(dir, ["ls-files", "-o", "--exclude-standard", "--exclude=/.mlops/", "-z", "--", "."]),
    ]);
    if (!staged.ok || !changed.ok || !deleted.ok)
        return null;
    const entries = new Map();
    let dirty = false;
    for (const line of nulList(staged.stdout)) {
        const tab = line.indexOf("\t");
        const [mode, blob, stage] = line.slice(0, tab).split(" ");
        const file = line.slice(tab + 1);
        if (skip(file))
            continue;
        entries.set(stage === "0" ? file : `${file}\0stage${stage}`, `${mode} git:${blob}`);
    }
    const gone = new Set(nulList(deleted.stdout));
    for (const file of gone) {
        if (skip(file) || !entries.has(file))
            continue;
        entries.delete(file);
        dirty = true;
    }
    const modified = nulList(changed.stdout).filter((f) => !gone.has(f) && !skip(f) && entries.has(f));
    for (const [file, id] of await workTreeIds(dir, modified)) {
        if (entries.get(file) !== id)
            dirty = true;
        entries.set(file, id);
    }
    const untracked = others.ok ? nulList(others.stdout).filter((f) => !skip(f) && !f.endsWith("/")) : [];
    return { entries, dirty, untracked: { count: untracked.length, sample: untracked.slice(0, 5) } };
}
/**
 * Mode 3's file list: git's matcher over a throw-away repository whose work tree is `dir`, so the
 * .gitignore files below `dir` apply and the ones above it (which may ignore `dir` itself) do
 * not; a plain walk when git is not installed.
 */
async function directoryFiles(dir, skip, written, noGit) {
    const wasWritten = excluder(dir, written);
    const usedWritten = new Set();
    const keep = (f) => {
        if (skip(f) || f.endsWith("/") || /(^|\/)\.DS_Store$/.test(f))
            return false;
        if (wasWritten(f)) {
            usedWritten.add(written.find((w) => f === w.replace(/\/+$/, "") || f.startsWith(w.replace(/\/+$/, "") + "/")));
            return false;
        }
        return true;
    };
    if (!noGit) {
        const listed = await withScratchRepository(dir, (gitDir) => git(dir, [
            `--git-dir=${gitDir}`,
            `--work-tree=${dir}`,
            "ls-files",
            "-o",
            "--exclude-standard",
            "--exclude=.*/",
            ...TOOL_DIRECTORIES.map((d) => `--exclude=${d}/`),
            "-z",
        ]));
        if (listed?.ok) {
            const files = nulList(listed.stdout).filter(keep);
            return { files, gitignore: true, written: [...usedWritten].sort() };
        }
    }
    const files = [];
    await walk(dir, "", (f) => !keep(f), files);
    return { files: files.filter(keep), gitignore: false, written: [...usedWritten].sort() };
}
async function withScratchRepository(dir, use) {
    const scratch = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), "mlops-code-"));
    try {
        const init = await git(scratch, ["init", "-q", "--bare", scratch]);
        if (!init.ok)
            return null;
        return await use(scratch);
    }
    finally {
        await external_node_fs_.promises.rm(scratch, { recursive: true, force: true });
    }
}
async function walk(dir, prefix, skip, out) {
    const items = await external_node_fs_.promises.readdir(dir, { withFileTypes: true });
    for (const item of items) {
        const relative = prefix ? `${prefix}/${item.name}` : item.name;
        if (item.isDirectory()) {
            if (item.name.startsWith(".") || TOOL_DIRECTORIES.includes(item.name))
                continue;
            if (skip(relative))
                continue;
            await walk(external_node_path_default().join(dir, item.name), relative, skip, out);
        }
        else if (item.isFile() || item.isSymbolicLink()) {
            out.push(relative);
        }
    }
}
/**
 * Mode 1: the files `code` names. Directories and globs expand to the files git (inside a
 * repository that does not ignore `dir`) or the .gitignore files below `dir` do not ignore; a
 * file named outright counts as it is. A path that does not exist is an error; a glob may match
 * nothing, but not every entry.
 */
async function declaredFiles(dir, declared, skip, inGit) {
    let candidates = null;
    const listAll = async () => {
        if (candidates)
            return candidates;
        if (inGit) {
            const r = await git(dir, ["ls-files", "-c", "-o", "--exclude-standard", "-z", "--", "."]);
            if (r.ok)
                return (candidates = [...new Set(nulList(r.stdout))]);
        }
        const listed = await directoryFiles(dir, () => false, [], false);
        return (candidates = listed.files);
    };
    const chosen = new Set();
    for (const entry of declared) {
        const rel = external_node_path_default().relative(dir, external_node_path_default().resolve(dir, entry)).split((external_node_path_default()).sep).join("/");
        if (rel.startsWith("../") || rel === ".." || external_node_path_default().isAbsolute(rel)) {
            throw new src/* ConfigurationError */.j1(`input 'code': ${entry} is outside the working directory ${dir}; list code paths relative to it`, { code: "input-invalid" });
        }
        const found = [];
        if (HAS_GLOB.test(entry)) {
            for (const f of await listAll())
                if (external_node_path_default().posix.matchesGlob(f, rel))
                    found.push(f);
        }
        else {
            const stat = await external_node_fs_.promises.lstat(external_node_path_default().join(dir, rel)).catch(() => null);
            if (stat?.isDirectory()) {
                for (const f of await listAll())
                    if (rel === "" || f.startsWith(rel + "/"))
                        found.push(f);
            }
            else if (stat)
                found.push(rel);
        }
        const kept = found.filter((f) => !skip(f));
        // A path must exist; a glob may match nothing (`*.py` beside `*.mjs`), unless all of them do.
        if (kept.length === 0 && !HAS_GLOB.test(entry)) {
            throw new src/* ConfigurationError */.j1(`input 'code': ${entry} ${found.length ? "is one of the step's outputs or data" : "does not exist"} in ${dir} (code paths and globs are relative to the working directory)`, { code: "input-invalid", location: { file: entry } });
        }
        for (const f of kept)
            chosen.add(f);
    }
    if (chosen.size === 0) {
        throw new src/* ConfigurationError */.j1(`input 'code': ${declared.join(", ")} ${declared.length === 1 ? "matches" : "match"} no file in ${dir} other than the step's outputs and data (code paths and globs are relative to the working directory)`, { code: "input-invalid" });
    }
    const entries = new Map();
    const ids = inGit ? await workTreeIds(dir, [...chosen]) : null;
    for (const f of chosen) {
        const id = ids ? ids.get(f) : await contentId(external_node_path_default().join(dir, f));
        if (id)
            entries.set(f, id);
    }
    return entries;
}
/**
 * After the command ran (mode 3): the files it created, as the topmost new path of each (a
 * directory that held no counted file before the run, or the file itself), for
 * .mlops/cache/written.json.
 */
async function createdByRun(scope, before) {
    if (before.source !== "directory")
        return [];
    const skip = excluder(scope.dir, [".mlops", ...scope.excluded]);
    const after = await directoryFiles(scope.dir, skip, scope.written ?? [], before.reason?.startsWith(NO_GIT) ?? false);
    const existed = new Set(before.files.map((f) => f.path));
    const dirsBefore = new Set();
    for (const f of existed) {
        const parts = f.split("/");
        for (let i = 1; i < parts.length; i++)
            dirsBefore.add(parts.slice(0, i).join("/"));
    }
    const created = new Set();
    for (const f of after.files) {
        if (existed.has(f))
            continue;
        const parts = f.split("/");
        let top = f;
        for (let i = 1; i < parts.length; i++) {
            const d = parts.slice(0, i).join("/");
            if (!dirsBefore.has(d)) {
                top = d + "/";
                break;
            }
        }
        created.add(top);
    }
    return [...created].sort();
}

;// CONCATENATED MODULE: ./packages/train/src/cache-key.ts





/**
 * Lock files that pin the environment. They count wherever they are between the working
 * directory and the workspace root, tracked or not (the code list covers only the working
 * directory).
 */
const LOCK_FILES = [
    "package-lock.json",
    "npm-shrinkwrap.json",
    "yarn.lock",
    "pnpm-lock.yaml",
    "bun.lock",
    "requirements*.txt",
    "poetry.lock",
    "uv.lock",
    "Pipfile.lock",
    "pdm.lock",
    "renv.lock",
    "conda-lock.yml",
];
const LOCK_PATTERN = new RegExp(`^(?:${LOCK_FILES.map((n) => n.replace(/[.+^$()|[\]\\]/g, "\\$&").replace("*", "[^/]*")).join("|")})$`);
async function lockFiles(workingDirectory, root) {
    const dirs = [];
    const rel = external_node_path_default().relative(root, workingDirectory);
    const inside = rel === "" || (!rel.startsWith("..") && !external_node_path_default().isAbsolute(rel));
    for (let dir = workingDirectory;; dir = external_node_path_default().dirname(dir)) {
        dirs.push(dir);
        if (!inside || dir === root || external_node_path_default().dirname(dir) === dir)
            break;
    }
    const found = [];
    for (const dir of dirs) {
        const names = await external_node_fs_.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
        for (const item of names) {
            if (!item.isFile() || !LOCK_PATTERN.test(item.name))
                continue;
            const file = external_node_path_default().join(dir, item.name);
            found.push({ path: (0,markdown/* displayPath */.Gt)(root, file), sha256: (await (0,src/* digestFile */.TM)(file)).sha256 });
        }
    }
    return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
async function computeCacheKey(parts, cache) {
    const display = (p) => (0,markdown/* displayPath */.Gt)(parts.root, p);
    const workingDirectory = display(parts.workingDirectory);
    const outputs = [parts.modelPath, parts.metricsFile].filter((p) => Boolean(p));
    const scope = {
        dir: parts.workingDirectory,
        excluded: [...outputs, ...parts.dataPaths],
        declared: parts.declaredCode ?? [],
        written: await cache.written(workingDirectory),
    };
    const code = await codeDigest(scope);
    const locks = await lockFiles(parts.workingDirectory, parts.root);
    const inputs = {
        code: { source: code.source, reason: code.reason, files: code.files, written: code.written },
        locks,
        outputs: {
            model: parts.modelPath ? display(parts.modelPath) : null,
            metrics: parts.metricsFile ? display(parts.metricsFile) : null,
        },
    };
    const fingerprint = (0,src/* sha256Hex */.fg)((0,src/* canonicalJson */.dj)({
        v: 2,
        command: parts.command,
        workingDirectory,
        params: parts.params,
        data: parts.data.map((d) => ({ path: d.path, sha256: d.sha256 })),
        code: code.sha256,
        locks,
        outputs: inputs.outputs,
    }));
    return {
        fingerprint,
        inputs,
        code,
        scope,
        // Compared with the run record's command and shown: redacted like it (the fingerprint hashes the real one).
        parts: {
            command: (0,src/* redactCommand */.jh)(parts.command),
            workingDirectory,
            params: parts.params,
            data: parts.data,
        },
    };
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** One line: what the fingerprint covers, e.g. "12 code files tracked by git, 1 lock file". */
function describeKey(key, paramsSource) {
    const code = key.code;
    const how = code.source === "declared"
        ? "declared (code)"
        : code.source === "git"
            ? "tracked by git"
            : "of the directory";
    return `fingerprint ${key.fingerprint} (command, params${paramsSource ? ` from ${paramsSource}` : ""}, ${plural(key.parts.data.length, "data path")}, ${plural(code.files.length, "code file")} ${how}, ${plural(key.inputs.locks.length, "lock file")})`;
}
/** Lines the log prints about what counted as code, when there is something to say. */
function codeNotes(key) {
    const code = key.code;
    const notes = [];
    if (code.source === "directory") {
        notes.push(`code: ${code.reason}, so the code is every file of the working directory (${plural(code.files.length, "file")}) except outputs, data, .gitignore patterns, hidden directories and tool directories${code.written.length ? `, and what the command created in earlier runs (${list(code.written, 5)})` : ""}; list the code under train.code in mlops.yml (or the code input) to choose`);
        if (code.files.length === 0)
            notes.push("code: no file counted as code: a change to the training code will not miss the cache");
    }
    if (code.source === "git" && code.untracked.count > 0) {
        notes.push(`code: ${plural(code.untracked.count, "untracked file")} not counted (${list(code.untracked.sample, 5, code.untracked.count)}); git add what is code, or list it under train.code`);
    }
    return notes;
}
function list(items, max, total = items.length) {
    const shown = items.slice(0, max).join(", ");
    return total > max ? `${shown} and ${total - max} more` : shown;
}
/** After the command ran (directory mode): remember what it created, so it never counts as code. */
async function rememberCreated(key, cache) {
    if (key.code.source !== "directory")
        return;
    const created = await createdByRun(key.scope, key.code);
    if (created.length)
        await cache.rememberWritten(key.parts.workingDirectory, created);
}
/** The differences between this key and the cache entry whose run record is `record`. */
function compareWithRecord(key, record) {
    const out = [];
    if (record.command !== key.parts.command)
        out.push({
            component: "command",
            summary: `command: ${quote(record.command)} → ${quote(key.parts.command)}`,
            items: [],
        });
    if (record.workingDirectory !== key.parts.workingDirectory)
        out.push({
            component: "working directory",
            summary: `working directory: ${record.workingDirectory} → ${key.parts.workingDirectory}`,
            items: [],
        });
    const params = diffMaps(flatten(record.params), flatten(key.parts.params));
    if (params.length)
        out.push({ component: "params", summary: `params: ${list(params, 5)}`, items: params });
    const data = diffMaps(new Map(record.data.map((d) => [d.path, d.sha256])), new Map(key.parts.data.map((d) => [d.path, d.sha256])), false);
    if (data.length)
        out.push({ component: "data", summary: `data: ${list(data, 5)}`, items: data });
    const was = record.fingerprintInputs;
    if (!was) {
        out.push({
            component: "code",
            summary: "code and lock files: not listed in that entry's run record (an earlier version of mlops wrote it)",
            items: [],
        });
        return out;
    }
    const code = diffMaps(new Map(was.code.files.map((f) => [f.path, f.digest])), new Map(key.inputs.code.files.map((f) => [f.path, f.digest])), false);
    const sourceChanged = was.code.source !== key.inputs.code.source;
    if (code.length || sourceChanged) {
        const how = sourceChanged ? ` (was ${was.code.source}, now ${key.inputs.code.source})` : "";
        out.push({
            component: "code",
            summary: `code${how}: ${code.length ? list(code, 5) : "same files"}`,
            items: code,
        });
    }
    const locks = diffMaps(new Map(was.locks.map((l) => [l.path, l.sha256])), new Map(key.inputs.locks.map((l) => [l.path, l.sha256])), false);
    if (locks.length)
        out.push({ component: "lock files", summary: `lock files: ${list(locks, 5)}`, items: locks });
    if ((0,src/* canonicalJson */.dj)(was.outputs) !== (0,src/* canonicalJson */.dj)(key.inputs.outputs)) {
        out.push({
            component: "outputs",
            summary: `outputs: model ${was.outputs.model ?? "none"} → ${key.inputs.outputs.model ?? "none"}, metrics ${was.outputs.metrics ?? "none"} → ${key.inputs.outputs.metrics ?? "none"}`,
            items: [],
        });
    }
    // The record keeps the command redacted: a value hidden as *** (a secret) can differ unseen.
    if (out.length === 0 && record.fingerprint !== key.fingerprint && key.parts.command.includes("***"))
        out.push({
            component: "command",
            summary: `command: a value shown as *** differs (${quote(key.parts.command)}; values are not stored)`,
            items: [],
        });
    return out;
}
/** Compares the key with every local cache entry and keeps the nearest (fewest differences, then newest). */
async function explainCache(key, cache) {
    const records = await cache.records();
    let best = null;
    for (const record of records) {
        const differences = record.fingerprint === key.fingerprint ? [] : compareWithRecord(key, record);
        if (!best ||
            differences.length < best.differences.length ||
            (differences.length === best.differences.length && record.finishedAt > best.record.finishedAt)) {
            best = { record, differences };
        }
    }
    return {
        nearest: best
            ? {
                fingerprint: best.record.fingerprint ?? "",
                runId: best.record.id,
                finishedAt: best.record.finishedAt,
            }
            : null,
        differences: best?.differences ?? [],
        entries: records.length,
    };
}
/** The log's line about a hit or a miss. */
function explanationLine(key, explanation, hit) {
    if (hit) {
        return `run cache: hit: command, params, ${plural(key.parts.data.length, "data path")}, ${plural(key.code.files.length, "code file")}, ${plural(key.inputs.locks.length, "lock file")} and outputs are those of run ${explanation.nearest?.runId ?? "(restored from the Actions cache)"}`;
    }
    if (!explanation.nearest)
        return "run cache: miss (no entry in .mlops/cache to compare with); running the command";
    if (explanation.differences.length === 0)
        return `run cache: miss (the entry of run ${explanation.nearest.runId} has this fingerprint but cannot be used); running the command`;
    return `run cache: miss; running the command. Nearest entry (run ${explanation.nearest.runId}, of ${plural(explanation.entries, "entry", "entries")}) differs in ${explanation.differences.map((d) => d.summary).join("; ")}`;
}
/** `mlops train --explain-cache`: every component and every difference, one per line. */
function explanationReport(key, explanation, hit) {
    const lines = [`fingerprint ${key.fingerprint}`, `  command: ${key.parts.command}`];
    lines.push(`  working directory: ${key.parts.workingDirectory}`);
    lines.push(`  params: ${(0,src/* canonicalJson */.dj)(key.parts.params)}`);
    for (const d of key.parts.data)
        lines.push(`  data ${d.path} sha256:${d.sha256}`);
    lines.push(`  code (${key.code.source}${key.code.reason ? `: ${key.code.reason}` : ""}): ${plural(key.code.files.length, "file")}`);
    for (const f of key.code.files)
        lines.push(`    ${f.path} ${f.digest}`);
    for (const w of key.code.written)
        lines.push(`    left out (the command created it): ${w}`);
    for (const l of key.inputs.locks)
        lines.push(`  lock file ${l.path} sha256:${l.sha256}`);
    lines.push(`  outputs: model ${key.inputs.outputs.model ?? "none"}, metrics ${key.inputs.outputs.metrics ?? "none"}`);
    lines.push(...codeNotes(key));
    if (hit)
        lines.push(`run cache: would hit: the entry of run ${explanation.nearest?.runId} has this fingerprint`);
    else if (!explanation.nearest)
        lines.push("run cache: would miss: no entry in .mlops/cache to compare with");
    else {
        lines.push(`run cache: would miss: the nearest entry (run ${explanation.nearest.runId}, fingerprint ${explanation.nearest.fingerprint.slice(0, 12)}) differs in:`);
        for (const d of explanation.differences) {
            lines.push(`  ${d.component}:${d.items.length ? "" : ` ${d.summary}`}`);
            for (const item of d.items)
                lines.push(`    ${item}`);
        }
    }
    return lines;
}
function quote(s) {
    return JSON.stringify(s.length > 80 ? s.slice(0, 79) + "…" : s);
}
function flatten(value, prefix = "", out = new Map()) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else
        out.set(prefix, (0,src/* canonicalJson */.dj)(value));
    return out;
}
/** "x changed", "y added", "z removed" (with values when `values`). */
function diffMaps(before, after, values = true) {
    const out = [];
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const k of keys) {
        const a = before.get(k);
        const b = after.get(k);
        if (a === b)
            continue;
        if (a === undefined)
            out.push(values ? `${k} added (${b})` : `${k} added`);
        else if (b === undefined)
            out.push(values ? `${k} removed (was ${a})` : `${k} removed`);
        else
            out.push(values ? `${k} ${a} → ${b}` : `${k} changed`);
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/process.ts
var src_process = __webpack_require__(97332);
;// CONCATENATED MODULE: ./packages/train/src/resources.ts


/*
 * Peak memory and CPU time of a command's process tree, on Linux, from /proc:
 *
 * - CPU time is exact. When a process is reaped, the kernel adds its CPU time (and that of every
 *   descendant it reaped) to its parent's `cutime`/`cstime` in /proc/<pid>/stat. The command's
 *   shell is our child, so the difference of our own cutime/cstime before and after the command
 *   is the CPU time of the whole tree that was waited for (bash waits for its children). A
 *   process that is orphaned and reparented to init is not counted.
 * - Peak memory, where GNU time is installed (/usr/bin/time, as on GitHub's Ubuntu images), is
 *   exact for the largest process: the command runs under `time -f %M`, whose wait4() rusage
 *   carries the highest maxrss of the shell and every descendant it reaped. In any case the tree
 *   is also sampled (ProcessGroupSampler): the highest sum of its processes' resident set sizes
 *   (VmRSS) and the highest single-process high-water mark (VmHWM, kept by the kernel, so a
 *   spike between samples of a process seen once still counts). The peak is the largest of
 *   these.
 *
 * Other systems have no /proc: both are then null.
 */
/** Linux's USER_HZ: the unit of the clock-tick fields in /proc/<pid>/stat on every architecture. */
const CLOCK_TICKS_PER_SECOND = 100;
/** The fields after `(comm)` of /proc/<pid>/stat, which may itself contain spaces and parentheses. */
function statFields(text) {
    const close = text.lastIndexOf(")");
    if (close === -1)
        return null;
    return text
        .slice(close + 2)
        .trim()
        .split(" ");
}
/** Children CPU time of this process (reaped descendants), in clock ticks; null without /proc. */
function childrenCpuTicks() {
    try {
        const fields = statFields((0,external_node_fs_.readFileSync)("/proc/self/stat", "utf8"));
        if (!fields)
            return null;
        // fields[0] is field 3 (state); cutime is field 16, cstime field 17.
        const user = Number(fields[13]);
        const system = Number(fields[14]);
        if (!Number.isFinite(user) || !Number.isFinite(system))
            return null;
        return { user, system };
    }
    catch {
        return null;
    }
}
function ticksToMs(ticks) {
    return Math.round((ticks * 1000) / CLOCK_TICKS_PER_SECOND);
}
function kib(status, field) {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return m ? Number(m[1]) * 1024 : 0;
}
/** Direct children of a process, from every thread's /proc children list; null if unsupported. */
async function childrenOf(pid) {
    let tasks;
    try {
        tasks = await external_node_fs_.promises.readdir(`/proc/${pid}/task`);
    }
    catch {
        return [];
    }
    const out = [];
    let supported = false;
    for (const tid of tasks) {
        try {
            const text = await external_node_fs_.promises.readFile(`/proc/${pid}/task/${tid}/children`, "utf8");
            supported = true;
            for (const c of text.split(" "))
                if (c.trim())
                    out.push(Number(c));
        }
        catch {
            // thread gone, or no children file (kernel without CONFIG_PROC_CHILDREN)
        }
    }
    return supported || tasks.length === 0 ? out : null;
}
/**
 * Samples the resident memory of a process tree until stopped: the tree below the shell through
 * /proc/<pid>/task/<tid>/children (or, on kernels without it, every process in the shell's
 * process group). Samples are dense at first (every 10 ms for 0.3 s, then every 50 ms up to
 * 3 s, then every 200 ms) so a short command is still seen.
 */
class ProcessGroupSampler {
    pgid;
    timer;
    busy = false;
    stopped = false;
    peakSum = 0;
    peakHwm = 0;
    samples = 0;
    started = 0;
    available;
    constructor(pgid) {
        this.pgid = pgid;
        this.available = process.platform === "linux";
    }
    start() {
        if (!this.available)
            return;
        this.started = performance.now();
        const tick = () => {
            if (this.stopped)
                return;
            void this.sample().finally(() => {
                if (this.stopped)
                    return;
                const elapsed = performance.now() - this.started;
                this.timer = setTimeout(tick, elapsed < 300 ? 10 : elapsed < 3000 ? 50 : 200);
                this.timer.unref();
            });
        };
        tick();
    }
    /** Takes a last sample and stops; returns the peak in bytes, or null where /proc is missing. */
    async stop() {
        this.stopped = true;
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
        if (!this.available)
            return null;
        if (this.samples === 0)
            await this.sample();
        return Math.max(this.peakSum, this.peakHwm);
    }
    async pids() {
        const tree = [];
        const queue = [this.pgid];
        while (queue.length) {
            const pid = queue.shift();
            tree.push(pid);
            const children = await childrenOf(pid);
            if (children === null)
                return await this.groupPids();
            queue.push(...children);
        }
        return tree;
    }
    async groupPids() {
        return (await (0,src_process/* groupMembers */.rU)(this.pgid, { includeZombies: true })) ?? [];
    }
    /** One pass: sums VmRSS over the tree's live processes, keeps the highest VmHWM. */
    async sample() {
        if (this.busy)
            return;
        this.busy = true;
        try {
            let sum = 0;
            for (const pid of await this.pids()) {
                try {
                    const status = await external_node_fs_.promises.readFile(`/proc/${pid}/status`, "utf8");
                    sum += kib(status, "VmRSS");
                    this.peakHwm = Math.max(this.peakHwm, kib(status, "VmHWM"));
                }
                catch {
                    continue;
                }
            }
            this.samples++;
            this.peakSum = Math.max(this.peakSum, sum);
        }
        finally {
            this.busy = false;
        }
    }
}

;// CONCATENATED MODULE: ./packages/train/src/command.ts







/** Exit code `timeout(1)` uses for a command that ran out of time. */
const TIMEOUT_EXIT_CODE = 124;
function signalNumber(signal) {
    return (external_node_os_default()).constants.signals[signal] ?? 0;
}
let gnuTimePath;
/** /usr/bin/time when it is GNU time (exact peak memory of the tree), else null. */
function gnuTime() {
    if (gnuTimePath !== undefined)
        return gnuTimePath;
    gnuTimePath = null;
    if (process.platform === "linux" && (0,external_node_fs_.existsSync)("/usr/bin/time")) {
        const r = (0,external_node_child_process_.spawnSync)("/usr/bin/time", ["--version"], { encoding: "utf8", timeout: 5000 });
        if (/GNU/.test(`${r.stdout}${r.stderr}`))
            gnuTimePath = "/usr/bin/time";
    }
    return gnuTimePath;
}
async function runShellCommand(options) {
    await external_node_fs_.promises.mkdir(options.tempDir, { recursive: true });
    const script = external_node_path_default().join(options.tempDir, `mlops-train-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.sh`);
    await external_node_fs_.promises.writeFile(script, options.command.endsWith("\n") ? options.command : options.command + "\n", {
        mode: 0o600,
        flag: "wx",
    });
    try {
        return await spawnAndWait(script, options);
    }
    finally {
        await external_node_fs_.promises.rm(script, { force: true });
    }
}
async function checkDirectory(cwd) {
    try {
        const stat = await external_node_fs_.promises.stat(cwd);
        if (!stat.isDirectory())
            throw new Error("not a directory");
        await external_node_fs_.promises.access(cwd, external_node_fs_.constants.X_OK);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`working-directory ${cwd}: not a directory this step can enter`, {
            code: "working-directory",
            location: { file: cwd },
        });
    }
}
async function spawnAndWait(script, options) {
    await checkDirectory(options.cwd);
    const cpuBefore = childrenCpuTicks();
    const startedAt = new Date();
    const started = performance.now();
    const shell = ["bash", "--noprofile", "--norc", "-eo", "pipefail", script];
    const time = gnuTime();
    const timeFile = time ? `${script}.time` : null;
    const argv = time && timeFile ? [time, "-f", "%M", "-o", timeFile, ...shell] : shell;
    let sampler;
    // Taken the moment the shell exits, before what it left behind is reaped.
    const atExit = { finished: started, finishedAt: startedAt, cpuAfter: null, sampled: null };
    const run = await (0,src_process/* runProcessTree */.rq)({
        file: argv[0],
        args: argv.slice(1),
        cwd: options.cwd,
        env: options.env,
        timeoutMs: options.timeoutMs,
        killGraceMs: options.killGraceMs,
        onStdout: options.onStdout,
        onStderr: options.onStderr,
        onTimeout: options.onTimeout,
        onSpawn: (pid) => {
            sampler = new ProcessGroupSampler(pid);
            sampler.start();
        },
        onExit: async () => {
            atExit.finished = performance.now();
            atExit.finishedAt = new Date();
            atExit.cpuAfter = childrenCpuTicks();
            atExit.sampled = (await sampler?.stop()) ?? null;
        },
        forwardSignals: true,
        reapAfterExit: true,
        drainMs: 2000,
    });
    if (run.spawnError) {
        const code = run.spawnError.code;
        throw new src/* ConfigurationError */.j1(code === "ENOENT"
            ? "cannot run the command: 'bash' was not found on PATH (the train step runs commands with bash, like a run step with shell: bash)"
            : `cannot run the command: ${run.spawnError.message}`, { code: "command-spawn" });
    }
    const { code, signal, timedOut, interrupted } = run;
    const pid = run.pid;
    const { finished, finishedAt, cpuAfter, sampled } = atExit;
    let exitCode = code ?? (signal ? 128 + signalNumber(signal) : 1);
    let exitSignal = signal;
    let peak = sampled;
    if (timeFile) {
        // GNU time's report: "Command terminated by signal N" / "... non-zero status N", then %M.
        const report = await external_node_fs_.promises.readFile(timeFile, "utf8").catch(() => "");
        await external_node_fs_.promises.rm(timeFile, { force: true });
        const lines = report.trim().split("\n");
        const maxKib = Number(lines[lines.length - 1]);
        if (lines.length && /^\d+$/.test(lines[lines.length - 1]))
            peak = Math.max(peak ?? 0, maxKib * 1024);
        const bySignal = /Command terminated by signal (\d+)/.exec(report);
        if (bySignal && !signal) {
            const number = Number(bySignal[1]);
            exitSignal =
                Object.entries((external_node_os_default()).constants.signals).find(([, n]) => n === number)?.[0] ?? null;
            exitCode = 128 + number;
        }
    }
    const resources = cpuBefore && cpuAfter
        ? {
            peakRssBytes: peak,
            cpuUserMs: ticksToMs(cpuAfter.user - cpuBefore.user),
            cpuSystemMs: ticksToMs(cpuAfter.system - cpuBefore.system),
        }
        : peak === null
            ? null
            : { peakRssBytes: peak, cpuUserMs: null, cpuSystemMs: null };
    return {
        exitCode,
        signal: exitSignal,
        timedOut,
        interrupted,
        startedAt,
        finishedAt,
        durationMs: Math.max(0, finished - started),
        resources,
        pid,
    };
}

;// CONCATENATED MODULE: ./packages/train/src/git-info.ts

/** `owner/name` from a GitHub remote URL; other URLs without credentials; null when unknown. */
function repositoryFromRemote(url) {
    const trimmed = url.trim();
    if (trimmed === "")
        return null;
    const gh = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|git@)([^/:]+)[/:]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(trimmed);
    if (gh && /(^|\.)github\.com$|^github\./i.test(gh[1]))
        return `${gh[2]}/${gh[3]}`;
    try {
        const u = new URL(trimmed);
        u.username = "";
        u.password = "";
        return u.toString();
    }
    catch {
        return trimmed.replace(/^[^@]*@/, "");
    }
}
/**
 * Where the code came from. Inside Actions the runner's GITHUB_SHA / GITHUB_REF /
 * GITHUB_REPOSITORY are authoritative (for a pull request GITHUB_SHA is the merge commit that was
 * checked out); elsewhere `git rev-parse` answers, and everything is null outside a repository.
 */
async function gitInfo(dir, ctx, dirty) {
    const out = { sha: null, ref: null, repository: null };
    if (dirty !== null)
        out.dirty = dirty;
    if (ctx.inActions && ctx.sha) {
        out.sha = ctx.sha;
        out.ref = ctx.ref;
        out.repository = ctx.repository;
        return out;
    }
    const [sha, ref, remote] = await Promise.all([
        git(dir, ["rev-parse", "--verify", "-q", "HEAD"]),
        git(dir, ["symbolic-ref", "-q", "HEAD"]),
        git(dir, ["config", "--get", "remote.origin.url"]),
    ]);
    if (sha.ok && /^[0-9a-f]{40,64}$/.test(sha.stdout.trim()))
        out.sha = sha.stdout.trim();
    if (ref.ok && ref.stdout.trim())
        out.ref = ref.stdout.trim();
    if (remote.ok)
        out.repository = repositoryFromRemote(remote.stdout);
    out.repository ??= ctx.repository;
    return out;
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./packages/train/src/metric-lines.ts

/*
 * The `::mlops` line protocol: a training command reports metrics and tool versions by printing
 * lines (on stdout or stderr) of the form
 *
 *   ::mlops metric <name>=<value> [<name>=<value> ...]
 *   ::mlops tool <name>=<version> [<name>=<version> ...]
 *
 * at the start of a line. Later values win (a loop may print `loss` every epoch). Names are
 * letters, digits and `_ . - /` (at most 200 characters); metric values are numbers as
 * JavaScript's Number() reads them; NaN, ±Infinity and anything else are errors naming the key.
 * The lines are passed through to the log unchanged: the Actions runner prints workflow
 * commands it does not know as ordinary text.
 */
const MLOPS_LINE_PREFIX = "::mlops ";
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]{0,199}$/;
/** Lines longer than this are not parsed (a runaway line without a newline must not grow memory). */
const MAX_LINE = 64 * 1024;
function emptyReport() {
    return { metrics: {}, tools: {}, errors: [], warnings: [] };
}
/** Sets an own property whatever the key (`__proto__` included): names come from the command. */
function setOwn(out, key, value) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}
/** Parses one output line into `report`; lines that are not `::mlops` commands are ignored. */
function parseMlopsLine(line, where, report) {
    if (!line.startsWith(MLOPS_LINE_PREFIX))
        return;
    const body = line.slice(MLOPS_LINE_PREFIX.length).trim();
    const space = body.search(/\s/);
    const verb = space === -1 ? body : body.slice(0, space);
    const rest = space === -1 ? "" : body.slice(space).trim();
    if (verb !== "metric" && verb !== "tool") {
        report.warnings.push({
            where,
            message: `unknown ::mlops command '${verb.slice(0, 40)}' (expected 'metric' or 'tool'); line ignored`,
        });
        return;
    }
    if (rest === "") {
        report.errors.push({ where, message: `'::mlops ${verb}' needs at least one name=value pair` });
        return;
    }
    for (const pair of rest.split(/\s+/)) {
        const eq = pair.indexOf("=");
        const name = eq === -1 ? pair : pair.slice(0, eq);
        const value = eq === -1 ? undefined : pair.slice(eq + 1);
        if (!NAME.test(name)) {
            report.errors.push({
                where,
                message: `::mlops ${verb}: invalid name ${JSON.stringify(name.slice(0, 80))} (expected letters, digits, '_', '.', '-' or '/', at most 200)`,
            });
            continue;
        }
        if (value === undefined || value === "") {
            report.errors.push({
                where,
                key: name,
                message: `::mlops ${verb} '${name}': expected ${name}=<${verb === "metric" ? "number" : "version"}>, found no value`,
            });
            continue;
        }
        if (verb === "tool") {
            setOwn(report.tools, name, value.slice(0, 200));
            continue;
        }
        const n = value.trim() === "" ? Number.NaN : Number(value);
        if (!Number.isFinite(n)) {
            report.errors.push({
                where,
                key: name,
                message: `metric '${name}': expected a finite number, found ${JSON.stringify(value.slice(0, 80))}`,
            });
            continue;
        }
        setOwn(report.metrics, name, n);
    }
}
/**
 * Splits a byte stream into lines (UTF-8, `\n` or `\r\n`) and feeds the `::mlops` ones to the
 * parser. Call `end()` when the stream closes to parse a last line without a newline.
 */
class MlopsLineScanner {
    stream;
    report;
    decoder = new external_node_string_decoder_.StringDecoder("utf8");
    partial = "";
    overflow = false;
    line = 0;
    constructor(stream, report) {
        this.stream = stream;
        this.report = report;
    }
    write(chunk) {
        const text = typeof chunk === "string" ? chunk : this.decoder.write(chunk);
        let start = 0;
        for (;;) {
            const nl = text.indexOf("\n", start);
            if (nl === -1)
                break;
            this.finishLine(text.slice(start, nl));
            start = nl + 1;
        }
        if (start < text.length)
            this.append(text.slice(start));
    }
    end() {
        const rest = this.decoder.end();
        if (rest)
            this.append(rest);
        if (this.partial !== "" || this.overflow)
            this.finishLine("");
    }
    append(text) {
        if (this.overflow)
            return;
        this.partial += text;
        if (this.partial.length > MAX_LINE) {
            this.overflow = true;
            this.partial = "";
        }
    }
    finishLine(tail) {
        this.line++;
        if (this.overflow) {
            this.overflow = false;
            this.partial = "";
            return;
        }
        let line = this.partial + tail;
        this.partial = "";
        if (line.length > MAX_LINE)
            return;
        if (line.endsWith("\r"))
            line = line.slice(0, -1);
        parseMlopsLine(line, `${this.stream} line ${this.line}`, this.report);
    }
}

;// CONCATENATED MODULE: ./packages/train/src/params.ts



const FILE_LIKE = /\.(json|ya?ml)$/i;
async function loadParams(value, baseDir) {
    if (value === undefined || value.trim() === "")
        return { params: {}, source: null };
    const text = value.trim();
    if (!text.includes("\n")) {
        const file = external_node_path_default().resolve(baseDir, text);
        let stat;
        try {
            stat = await external_node_fs_.promises.stat(file);
        }
        catch {
            stat = undefined;
        }
        if (stat?.isFile())
            return { params: await readParamsFile(file, text), source: text };
        if (stat?.isDirectory()) {
            throw new src/* ConfigurationError */.j1(`params ${text}: is a directory; expected a YAML or JSON file`, {
                code: "params-invalid",
                location: { file: text },
            });
        }
        if (FILE_LIKE.test(text) && !/[:{}]/.test(text)) {
            throw new src/* ConfigurationError */.j1(`params file ${text} not found (looked in ${baseDir}); give an existing YAML/JSON file or inline YAML such as 'lr: 0.1'`, { code: "params-missing", location: { file: text } });
        }
    }
    const { value: parsed } = await (0,src.parseYamlWithLocations)(text, "params (inline YAML)");
    return { params: checkParams(parsed, "params (inline YAML)"), source: null };
}
async function readParamsFile(file, display) {
    const text = await external_node_fs_.promises.readFile(file, "utf8");
    if (text.trim() === "")
        return {};
    if (/\.json$/i.test(file))
        return checkParams((0,src/* parseJson */.qF)(text, display), display);
    const { value, locate } = await (0,src.parseYamlWithLocations)(text, display);
    return checkParams(value, display, locate);
}
function checkParams(value, source, locate) {
    if (value === null || value === undefined)
        return {};
    if (typeof value !== "object" || Array.isArray(value)) {
        throw new src/* ConfigurationError */.j1(`${source}: expected a mapping of parameter names to values (e.g. 'lr: 0.1'), found ${Array.isArray(value) ? "a list" : typeof value}`, { code: "params-invalid", location: { file: source } });
    }
    const check = (v, at) => {
        if (typeof v === "number" && !Number.isFinite(v)) {
            const where = locate?.(at);
            throw new src/* ConfigurationError */.j1(`${source}${where ? ` line ${where.line} column ${where.column}` : ""}: param '${at.join(".")}': ${v} cannot be passed as JSON; use a finite number or a string`, { code: "params-invalid", location: { file: source, ...(where ?? {}) } });
        }
        if (v instanceof Date)
            return v.toISOString();
        if (Array.isArray(v))
            return v.map((x, i) => check(x, [...at, String(i)]));
        if (v && typeof v === "object") {
            const out = {};
            for (const [k, x] of Object.entries(v)) {
                // An own property whatever the key: `__proto__: …` in a params file stays a param.
                Object.defineProperty(out, k, {
                    value: check(x, [...at, k]),
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            return out;
        }
        return v;
    };
    return check(value, []);
}

;// CONCATENATED MODULE: ./packages/train/src/run-cache.ts




/*
 * The run cache, like `dvc repro`'s run-cache: a successful run is stored under its fingerprint
 * (sha256 over command, params, data and code) and a later run with the same fingerprint restores
 * its model, metrics and RunRecord instead of running the command.
 *
 * Locally an entry is the directory `.mlops/cache/<fingerprint>/`:
 *   entry.json            { fingerprint, created, model: {kind, name} | null, metricsSource }
 *   run.json              the RunRecord of the run that produced it
 *   metrics.json          the flattened metrics
 *   params.json           the params the command saw
 *   logs.txt              the command's output
 *   model/                the model (a file model is model/<its name>)
 *   metrics-source/<name> the command's own metrics file, restored to `metrics-file`
 * Entries are written to a temporary directory and renamed into place, so a reader never sees a
 * half-written entry and two writers of the same fingerprint cannot mix their files. On a hit
 * every model file is checked against the sha256 in run.json; a damaged entry is a miss.
 *
 * On GitHub the same directory is also saved to and restored from the Actions cache (key
 * `mlops-train-<fingerprint>`) through a RemoteRunCache. A remote that cannot be reached is a
 * miss with a warning; it never fails the run.
 */
const CACHE_KEY_PREFIX = "mlops-train-";
function cacheKey(fingerprint) {
    return CACHE_KEY_PREFIX + fingerprint;
}
/** Copies a file or directory; copy-on-write clones where the file system supports them. */
async function copyPath(src, dest) {
    await external_node_fs_.promises.mkdir(external_node_path_default().dirname(dest), { recursive: true });
    const stat = await external_node_fs_.promises.stat(src);
    if (stat.isDirectory()) {
        await external_node_fs_.promises.cp(src, dest, {
            recursive: true,
            mode: external_node_fs_.constants.COPYFILE_FICLONE,
            errorOnExist: true,
            force: false,
        });
    }
    else {
        await external_node_fs_.promises.copyFile(src, dest, external_node_fs_.constants.COPYFILE_FICLONE);
    }
}
/**
 * Replaces `dest` (file or directory) with a copy of `src`: the copy is made beside it and
 * renamed over it, so an interrupted restore leaves either the old or the new output.
 */
async function replaceWithCopy(src, dest) {
    const tmp = `${dest}.mlops-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}.tmp`;
    await copyPath(src, tmp);
    try {
        const old = await external_node_fs_.promises.lstat(dest).catch(() => null);
        if (old?.isDirectory()) {
            const trash = `${dest}.mlops-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}.old`;
            await external_node_fs_.promises.rename(dest, trash);
            await external_node_fs_.promises.rename(tmp, dest);
            await external_node_fs_.promises.rm(trash, { recursive: true, force: true });
        }
        else {
            await external_node_fs_.promises.rename(tmp, dest);
        }
    }
    catch (error) {
        await external_node_fs_.promises.rm(tmp, { recursive: true, force: true });
        throw error;
    }
}
class RunCache {
    logger;
    remote;
    dir;
    constructor(stateDir, logger, remote = null) {
        this.logger = logger;
        this.remote = remote;
        this.dir = external_node_path_default().join(stateDir, "cache");
    }
    entryDir(fingerprint) {
        return external_node_path_default().join(this.dir, fingerprint);
    }
    /** The run records of the local entries, for the explanation (a damaged one is skipped). */
    async records() {
        const names = await external_node_fs_.promises.readdir(this.dir, { withFileTypes: true }).catch(() => []);
        const out = [];
        for (const item of names) {
            if (!item.isDirectory() || !/^[0-9a-f]{64}$/.test(item.name))
                continue;
            try {
                const record = (await (0,src/* readJsonFile */.JE)(external_node_path_default().join(this.dir, item.name, "run.json")));
                if (record?.kind === "mlops.run" && record.fingerprint === item.name)
                    out.push(record);
            }
            catch {
                // Half-removed or damaged: lookup() deals with it when its fingerprint comes up.
            }
        }
        return out;
    }
    /**
     * What the command created below a working directory in earlier runs (`written.json`, keyed
     * by the working directory relative to the workspace): never code when git cannot say.
     */
    async written(workingDirectory) {
        const all = await this.readWritten();
        return all[workingDirectory] ?? [];
    }
    async rememberWritten(workingDirectory, paths) {
        const all = await this.readWritten();
        const merged = [...new Set([...(all[workingDirectory] ?? []), ...paths])].sort();
        await external_node_fs_.promises.mkdir(this.dir, { recursive: true });
        await (0,src/* writeJsonAtomic */.ZJ)(external_node_path_default().join(this.dir, "written.json"), { ...all, [workingDirectory]: merged });
    }
    async readWritten() {
        try {
            const value = await (0,src/* readJsonFile */.JE)(external_node_path_default().join(this.dir, "written.json"));
            if (value && typeof value === "object" && !Array.isArray(value)) {
                const out = {};
                for (const [k, v] of Object.entries(value))
                    if (Array.isArray(v))
                        out[k] = v.filter((x) => typeof x === "string");
                return out;
            }
        }
        catch {
            // Missing or unreadable: nothing remembered.
        }
        return {};
    }
    /** The valid entry for this fingerprint, local first, then remote; null on a miss. */
    async lookup(fingerprint) {
        const dir = this.entryDir(fingerprint);
        const local = await this.open(dir, fingerprint, "local");
        if (local)
            return local;
        if (!this.remote)
            return null;
        let restored;
        try {
            restored = await this.remote.restore(dir, cacheKey(fingerprint));
        }
        catch (error) {
            this.logger.warning(`run cache: the Actions cache could not be read (${(0,src/* errorMessage */.gJ)(error)}); treating it as a miss`);
            return null;
        }
        if (!restored)
            return null;
        return await this.open(dir, fingerprint, "remote");
    }
    async open(dir, fingerprint, from) {
        const exists = await external_node_fs_.promises.stat(external_node_path_default().join(dir, "entry.json")).catch(() => null);
        if (!exists)
            return null;
        try {
            const meta = (await (0,src/* readJsonFile */.JE)(external_node_path_default().join(dir, "entry.json")));
            if (meta.fingerprint !== fingerprint)
                throw new Error(`entry.json names fingerprint ${meta.fingerprint}`);
            const record = await (0,src/* readDocument */.u0)("mlops.run", external_node_path_default().join(dir, "run.json"));
            if (record.fingerprint !== fingerprint)
                throw new Error("run.json has another fingerprint");
            if (meta.model) {
                const files = await (0,src/* digestTree */.hW)(external_node_path_default().join(dir, "model", meta.model.kind === "file" ? meta.model.name : ""));
                const expected = record.model?.files ?? [];
                const key = (f) => `${f.path}\0${f.sha256}\0${f.bytes}`;
                const got = new Set(files.map(key));
                if (files.length !== expected.length || !expected.every((f) => got.has(key(f)))) {
                    throw new Error("model files do not match the sha256 recorded in run.json");
                }
            }
            if (meta.metricsSource)
                await external_node_fs_.promises.access(external_node_path_default().join(dir, "metrics-source", meta.metricsSource));
            await external_node_fs_.promises.access(external_node_path_default().join(dir, "metrics.json"));
            return { dir, meta, record, from };
        }
        catch (error) {
            this.logger.warning(`run cache: entry ${dir} is damaged (${(0,src/* errorMessage */.gJ)(error)}); removing it and running the command`);
            await this.discard(dir);
            return null;
        }
    }
    async discard(dir) {
        const trash = `${dir}.damaged-${(0,external_node_crypto_.randomBytes)(4).toString("hex")}`;
        try {
            await external_node_fs_.promises.rename(dir, trash);
            await external_node_fs_.promises.rm(trash, { recursive: true, force: true });
        }
        catch {
            // Another process removed or replaced it meanwhile.
        }
    }
    /** Stores a successful run; an entry that already exists is kept (first writer wins). */
    async save(fingerprint, files) {
        const dir = this.entryDir(fingerprint);
        await external_node_fs_.promises.mkdir(this.dir, { recursive: true });
        const tmp = external_node_path_default().join(this.dir, `.tmp-${fingerprint.slice(0, 16)}-${(0,external_node_crypto_.randomBytes)(6).toString("hex")}`);
        let local = false;
        try {
            await external_node_fs_.promises.mkdir(tmp);
            let model = null;
            if (files.model) {
                const stat = await external_node_fs_.promises.stat(files.model);
                const name = external_node_path_default().basename(files.model);
                model = { kind: stat.isDirectory() ? "directory" : "file", name };
                await copyPath(files.model, external_node_path_default().join(tmp, "model", stat.isDirectory() ? "" : name));
            }
            let metricsSource = null;
            if (files.metricsSource) {
                metricsSource = external_node_path_default().basename(files.metricsSource);
                await copyPath(files.metricsSource, external_node_path_default().join(tmp, "metrics-source", metricsSource));
            }
            await external_node_fs_.promises.writeFile(external_node_path_default().join(tmp, "metrics.json"), files.metricsJson);
            await external_node_fs_.promises.writeFile(external_node_path_default().join(tmp, "params.json"), files.paramsJson);
            await copyPath(files.logs, external_node_path_default().join(tmp, "logs.txt"));
            await (0,src/* writeJsonAtomic */.ZJ)(external_node_path_default().join(tmp, "run.json"), files.record);
            const meta = { fingerprint, created: new Date().toISOString(), model, metricsSource };
            await (0,src/* writeJsonAtomic */.ZJ)(external_node_path_default().join(tmp, "entry.json"), meta);
            try {
                await external_node_fs_.promises.rename(tmp, dir);
                local = true;
            }
            catch (error) {
                const code = error.code;
                if (code !== "ENOTEMPTY" && code !== "EEXIST")
                    throw error;
            }
        }
        finally {
            await external_node_fs_.promises.rm(tmp, { recursive: true, force: true });
        }
        let remote = null;
        if (this.remote) {
            try {
                remote = await this.remote.save(dir, cacheKey(fingerprint));
            }
            catch (error) {
                remote = false;
                this.logger.warning(`run cache: could not save to the Actions cache (${(0,src/* errorMessage */.gJ)(error)})`);
            }
        }
        return { local, remote };
    }
}

;// CONCATENATED MODULE: ./packages/train/src/train.ts













function newRunId(now = new Date()) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d+Z$/, "Z");
    return `${stamp}-${(0,external_node_crypto_.randomBytes)(3).toString("hex")}`;
}
/** The run-cache key: sha256 over everything that determines the run's result. */
function runFingerprint(parts) {
    return sha256Hex(canonicalJson({
        v: 1,
        command: parts.command,
        workingDirectory: parts.workingDirectory,
        params: parts.params,
        data: parts.data.map((d) => ({ path: d.path, sha256: d.sha256 })),
        code: parts.code,
        outputs: { model: parts.modelPath, metrics: parts.metricsFile },
    }));
}
/**
 * The command as stored and shown: assignments' values (`API_KEY=…`), credential flags and
 * registered secrets become *** (core redactCommand). The run cache hashes the real command.
 */
function shownCommand(command) {
    return (0,src/* redactCommand */.jh)(command);
}
function firstLine(command) {
    const line = command.split("\n")[0].trim();
    const more = command.trim().includes("\n") ? " …" : "";
    return (line.length > 100 ? line.slice(0, 99) + "…" : line) + more;
}
async function runTraining(options, deps) {
    const { logger } = deps;
    const display = (p) => (0,markdown/* displayPath */.Gt)(options.root, p);
    const stateDir = external_node_path_default().join(options.root, ".mlops");
    const id = newRunId();
    const runDir = external_node_path_default().join(stateDir, "runs", id);
    // Inputs first: nothing runs when one of them is wrong.
    const prepared = await prepareRun(options, deps, stateDir, display);
    const files = await createRunFiles(id, runDir, prepared.params);
    const uploader = new RunUploader(options, deps, files, display);
    if (options.cache) {
        const { key, cache } = prepared;
        const entry = await cache.lookup(key.fingerprint);
        const usable = entry && Boolean(entry.meta.model) === Boolean(options.modelPath);
        logger.info(explanationLine(key, await explainCache(key, cache), Boolean(usable)));
        if (entry && usable)
            return await restoreFromCache(entry, options, deps, prepared, files, uploader);
    }
    const command = await runCommand(options, deps, files, prepared);
    const { run, report } = command;
    const { status, failure, metrics, model } = await judgeRun(options, command, display);
    const record = {
        kind: "mlops.run",
        version: 1,
        id,
        status,
        startedAt: run.startedAt.toISOString(),
        finishedAt: run.finishedAt.toISOString(),
        durationMs: Math.round(run.durationMs),
        // Stored and shown (run record, registry branch, summary, PR comment): values redacted.
        command: shownCommand(options.command),
        workingDirectory: display(options.workingDirectory),
        exitCode: run.exitCode,
        git: prepared.git,
        workflow: prepared.workflow,
        params: prepared.params,
        metrics,
        data: prepared.data,
        model,
        fingerprint: prepared.key.fingerprint,
        fingerprintInputs: prepared.key.inputs,
        cacheHit: false,
        resources: run.resources,
        environment: environment(deps.ctx, report),
    };
    await (0,src/* writeDocument */.ft)("mlops.run", files.recordPath, record);
    await (0,src/* writeJsonAtomic */.ZJ)(files.metricsPath, metrics);
    logger.info(`run ${id}: ${status} in ${(run.durationMs / 1000).toFixed(1)} s; run record ${display(files.recordPath)}`);
    if (status === "succeeded" && options.cache)
        await saveToCache(options, prepared, files, record, logger);
    const artifactId = await uploader.upload(status === "succeeded", status === "succeeded" ? options.modelPath : undefined);
    return {
        status,
        record,
        runDir,
        recordPath: files.recordPath,
        metricsPath: files.metricsPath,
        metrics,
        modelPath: model ? options.modelPath : null,
        fingerprint: prepared.key.fingerprint,
        cacheHit: false,
        artifactId,
        failure: failure ?? uploader.failure,
    };
}
/** Params, data fingerprints, the run-cache key (the log says what counted as code), git and workflow. */
async function prepareRun(options, deps, stateDir, display) {
    const { logger, ctx } = deps;
    const { params, source: paramsSource } = await loadParams(options.params, options.workingDirectory);
    const dataPaths = await expandData(options.data, display);
    const data = await fingerprintData(dataPaths, display);
    // The run-cache key over every component (cache-key.ts); the log says what counted as code.
    const cache = new RunCache(stateDir, logger, options.cache ? (deps.remoteCache ?? null) : null);
    const key = await computeCacheKey({ ...options, declaredCode: options.code, params, data, dataPaths }, cache);
    logger.info(describeKey(key, paramsSource ?? null));
    for (const note of codeNotes(key))
        logger.info(note);
    const git = await gitInfo(options.workingDirectory, ctx, key.code.dirty);
    const workflow = ctx.inActions
        ? {
            runId: ctx.runId,
            runAttempt: ctx.runAttempt,
            job: ctx.job,
            workflow: ctx.workflow,
            eventName: ctx.eventName,
            actor: ctx.actor,
            serverUrl: ctx.serverUrl,
        }
        : null;
    return { params, data, cache, key, git, workflow };
}
/** The run directory with params.json written; the paths of its other files. */
async function createRunFiles(id, runDir, params) {
    await external_node_fs_.promises.mkdir(runDir, { recursive: true });
    const paramsPath = external_node_path_default().join(runDir, "params.json");
    const paramsJson = JSON.stringify(params, null, 2) + "\n";
    await external_node_fs_.promises.writeFile(paramsPath, paramsJson);
    return {
        id,
        runDir,
        paramsPath,
        paramsJson,
        recordPath: external_node_path_default().join(runDir, "run.json"),
        metricsPath: external_node_path_default().join(runDir, "metrics.json"),
        logsPath: external_node_path_default().join(runDir, "logs.txt"),
    };
}
/** The command's environment: this process's, minus what actions get and `run:` steps do not. */
function commandEnv(options, deps, files) {
    const env = (0,src_process/* runStepEnv */.ND)(deps.env ?? process.env);
    env.MLOPS_PARAMS = files.paramsPath;
    env.MLOPS_RUN_ID = files.id;
    env.MLOPS_RUN_DIR = files.runDir;
    if (options.modelPath)
        env.MLOPS_MODEL_PATH = options.modelPath;
    if (options.metricsFile)
        env.MLOPS_METRICS_FILE = options.metricsFile;
    return env;
}
/** Runs the command with its output streamed, logged to logs.txt and scanned for ::mlops lines. */
async function runCommand(options, deps, files, prepared) {
    const { logger, ctx } = deps;
    const report = emptyReport();
    const log = (0,external_node_fs_.createWriteStream)(files.logsPath);
    const outScan = new MlopsLineScanner("stdout", report);
    const errScan = new MlopsLineScanner("stderr", report);
    const toStdout = deps.stdout ?? ((c) => process.stdout.write(c));
    const toStderr = deps.stderr ?? ((c) => process.stderr.write(c));
    // A model or metrics file left by an earlier run must not pass for this run's output: what
    // the command did not rewrite is reported after it (nothing of the user's is deleted).
    const before = new Map();
    for (const p of [options.modelPath, options.metricsFile])
        if (p)
            before.set(p, await outputSignature(p));
    const run = await logger.group(`Run: ${firstLine(shownCommand(options.command))}`, () => runShellCommand({
        command: options.command,
        cwd: options.workingDirectory,
        env: commandEnv(options, deps, files),
        timeoutMs: options.timeoutMinutes * 60_000,
        killGraceMs: deps.killGraceMs ?? 10_000,
        tempDir: ctx.runnerTemp ?? external_node_os_default().tmpdir(),
        onStdout: (chunk) => {
            toStdout(chunk);
            log.write(chunk);
            outScan.write(chunk);
        },
        onStderr: (chunk) => {
            toStderr(chunk);
            log.write(chunk);
            errScan.write(chunk);
        },
        onTimeout: () => logger.error(`the command exceeded timeout-minutes (${options.timeoutMinutes}); stopping its process tree (SIGTERM, then SIGKILL)`),
    }));
    outScan.end();
    errScan.end();
    await rememberCreated(prepared.key, prepared.cache);
    await new Promise((resolve, reject) => log.end((error) => (error ? reject(error) : resolve())));
    for (const w of report.warnings)
        logger.warning(`${w.where}: ${w.message}`);
    return { run, report, before };
}
/** How the run went: its status, why it fails the step, its metrics and its model. */
async function judgeRun(options, { run, report, before }, display) {
    if (run.timedOut) {
        return {
            status: "timed-out",
            failure: {
                message: `the command exceeded timeout-minutes (${options.timeoutMinutes}) and was stopped with its whole process tree`,
                exitCode: TIMEOUT_EXIT_CODE,
            },
            metrics: { ...report.metrics },
            model: null,
        };
    }
    if (run.interrupted) {
        return {
            status: "failed",
            failure: { message: `the run was cancelled (${run.interrupted})`, exitCode: run.exitCode || 130 },
            metrics: { ...report.metrics },
            model: null,
        };
    }
    if (run.exitCode !== 0) {
        return {
            status: "failed",
            failure: {
                message: `the command failed with exit code ${run.exitCode}${run.signal ? ` (killed by ${run.signal})` : ""}`,
                exitCode: run.exitCode,
            },
            metrics: { ...report.metrics },
            model: null,
        };
    }
    let metrics = { ...report.metrics };
    try {
        for (const [p, signature] of before) {
            if (signature !== null && signature === (await outputSignature(p))) {
                const what = p === options.modelPath ? "model-path" : "metrics-file";
                throw new src/* ConfigurationError */.j1(`${what} ${display(p)} was not written by this run: it is unchanged since before the command started (left over from an earlier run?); the command must write it`, { code: "output-stale", location: { file: display(p) } });
            }
        }
        metrics = await collectMetrics(options.metricsFile, report, display);
        const model = options.modelPath
            ? { path: display(options.modelPath), files: await modelFiles(options.modelPath) }
            : null;
        return { status: "succeeded", failure: null, metrics, model };
    }
    catch (error) {
        if (!(0,src/* isConfigurationError */.p0)(error))
            throw error;
        return {
            status: "failed",
            failure: { message: error.message, exitCode: 1, error },
            metrics,
            model: null,
        };
    }
}
/** A succeeded run goes into the run cache (and the Actions cache when there is one). */
async function saveToCache(options, prepared, files, record, logger) {
    const { fingerprint } = prepared.key;
    const saved = await prepared.cache.save(fingerprint, {
        record,
        metricsJson: JSON.stringify(record.metrics, null, 2) + "\n",
        paramsJson: files.paramsJson,
        logs: files.logsPath,
        model: options.modelPath ?? null,
        metricsSource: options.metricsFile ?? null,
    });
    logger.info(`run cache: ${saved.local ? "saved" : "an entry already existed for"} ${fingerprint.slice(0, 12)}${saved.remote === null ? "" : saved.remote ? " (and to the Actions cache)" : " (the Actions cache did not take it)"}`);
}
/** A cache hit: the model, metrics and logs of the earlier run restored; the command does not run. */
async function restoreFromCache(entry, options, deps, prepared, files, uploader) {
    const started = new Date();
    const t0 = performance.now();
    const original = entry.record;
    deps.logger.info(`run cache: hit (${entry.from}) — restoring model, metrics and run record of run ${original.id}; the command is not run`);
    if (options.modelPath && entry.meta.model) {
        const src = external_node_path_default().join(entry.dir, "model", entry.meta.model.kind === "file" ? entry.meta.model.name : "");
        await replaceWithCopy(src, options.modelPath);
    }
    if (options.metricsFile && entry.meta.metricsSource) {
        await replaceWithCopy(external_node_path_default().join(entry.dir, "metrics-source", entry.meta.metricsSource), options.metricsFile);
    }
    await copyPath(external_node_path_default().join(entry.dir, "logs.txt"), files.logsPath).catch(() => external_node_fs_.promises.writeFile(files.logsPath, ""));
    const record = {
        ...original,
        id: files.id,
        status: "cached",
        startedAt: started.toISOString(),
        finishedAt: new Date().toISOString(),
        durationMs: Math.round(performance.now() - t0),
        exitCode: null,
        git: prepared.git,
        workflow: prepared.workflow,
        fingerprintInputs: prepared.key.inputs,
        cacheHit: true,
        resources: null,
        restoredFrom: {
            id: original.id,
            startedAt: original.startedAt,
            finishedAt: original.finishedAt,
            git: original.git,
            workflow: original.workflow,
        },
    };
    await (0,src/* writeDocument */.ft)("mlops.run", files.recordPath, record);
    await (0,src/* writeJsonAtomic */.ZJ)(files.metricsPath, original.metrics);
    const artifactId = await uploader.upload(true, options.modelPath);
    return {
        status: "cached",
        record,
        runDir: files.runDir,
        recordPath: files.recordPath,
        metricsPath: files.metricsPath,
        metrics: original.metrics,
        modelPath: options.modelPath ?? null,
        fingerprint: prepared.key.fingerprint,
        cacheHit: true,
        artifactId,
        failure: uploader.failure,
    };
}
/** Uploads the run's files as the workflow artifact; remembers an upload that fails the step. */
class RunUploader {
    options;
    deps;
    files;
    display;
    /** Set when the upload fails after a successful (or restored) run. */
    failure = null;
    constructor(options, deps, files, display) {
        this.options = options;
        this.deps = deps;
        this.files = files;
        this.display = display;
    }
    async upload(succeeded, modelSource) {
        const { options, deps, display } = this;
        const { runDir, recordPath, metricsPath, paramsPath, logsPath } = this.files;
        if (!options.artifactName)
            return null;
        if (!deps.artifacts) {
            const why = deps.artifactsUnavailable ??
                "not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL)";
            deps.logger.notice(`${why}: artifact '${options.artifactName}' not uploaded; the run's files are in ${display(runDir)}`);
            return null;
        }
        const files = [recordPath, metricsPath, paramsPath, logsPath];
        try {
            if (modelSource) {
                const staged = external_node_path_default().join(runDir, "model", (await external_node_fs_.promises.stat(modelSource)).isDirectory() ? "" : external_node_path_default().basename(modelSource));
                await copyPath(modelSource, staged);
                for (const f of await (0,src/* digestTree */.hW)(external_node_path_default().join(runDir, "model")))
                    files.push(external_node_path_default().join(runDir, "model", f.path));
            }
            const result = await deps.artifacts.upload(options.artifactName, runDir, files);
            deps.logger.info(`uploaded artifact '${options.artifactName}' (${files.length} files${result.id === null ? "" : `, id ${result.id}`})`);
            return result.id;
        }
        catch (error) {
            const message = `artifact upload '${options.artifactName}' failed: ${(0,src/* errorMessage */.gJ)(error)}`;
            if (succeeded) {
                this.failure = {
                    message: `${message}${options.cache ? ". The run is cached: re-running the job restores it and retries the upload" : ""}`,
                    exitCode: 1,
                };
            }
            else
                deps.logger.warning(message);
            return null;
        }
    }
}
/** `data` entries with glob characters (`*`, `?`, `[`, `{`) become the files they match, sorted. */
/** Each data path's fingerprint; a path that does not exist is the user's mistake, said so. */
async function fingerprintData(dataPaths, display) {
    const data = [];
    for (const d of dataPaths) {
        try {
            data.push(await (0,src/* fingerprintPath */.u)(d, display(d)));
        }
        catch (error) {
            if ((0,src/* isConfigurationError */.p0)(error) && error.code === "file-not-found") {
                throw new src/* ConfigurationError */.j1(`input 'data': ${display(d)} does not exist (resolved to ${d})`, {
                    code: "data-missing",
                    location: { file: display(d) },
                });
            }
            throw error;
        }
    }
    return data;
}
async function expandData(entries, display) {
    const out = [];
    for (const entry of entries) {
        if (!/[*?[{]/.test(entry)) {
            out.push(entry);
            continue;
        }
        const matches = [];
        for await (const match of external_node_fs_.promises.glob(entry))
            matches.push(external_node_path_default().resolve(match));
        if (matches.length === 0) {
            throw new src/* ConfigurationError */.j1(`input 'data': the pattern ${display(entry)} matches no files`, {
                code: "data-missing",
                location: { file: display(entry) },
            });
        }
        out.push(...matches.sort());
    }
    return [...new Set(out)];
}
async function collectMetrics(metricsFile, report, display) {
    if (report.errors.length) {
        const first = report.errors[0];
        const all = report.errors.map((e) => `${e.where}: ${e.message}`).join("; ");
        throw new src/* ConfigurationError */.j1(`::mlops metric lines: ${all}`, {
            code: "metric-invalid",
            location: first.key ? { column: first.key } : {},
        });
    }
    const metrics = { ...report.metrics };
    if (metricsFile) {
        try {
            await external_node_fs_.promises.access(metricsFile);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`metrics-file ${display(metricsFile)} was not written by the command (resolved to ${metricsFile}); write it there or fix metrics-file`, { code: "metrics-missing", location: { file: display(metricsFile) } });
        }
        for (const [k, v] of Object.entries(await (0,src/* readMetricsFile */._c)(metricsFile))) {
            Object.defineProperty(metrics, k, { value: v, enumerable: true, writable: true, configurable: true });
        }
    }
    return metrics;
}
/** What identifies a file or directory tree's current state (paths, sizes, mtimes, inodes); null if missing. */
async function outputSignature(target) {
    const stat = await external_node_fs_.promises.lstat(target).catch(() => null);
    if (!stat)
        return null;
    const parts = [];
    const add = (rel, s) => parts.push(`${rel}\0${s.size}\0${s.mtimeMs}\0${s.ino}`);
    add(".", stat);
    if (stat.isDirectory()) {
        const walk = async (dir, prefix) => {
            for (const entry of await external_node_fs_.promises.readdir(dir, { withFileTypes: true })) {
                const full = external_node_path_default().join(dir, entry.name);
                const rel = `${prefix}${entry.name}`;
                const s = await external_node_fs_.promises.lstat(full).catch(() => null);
                if (!s)
                    continue;
                add(rel, s);
                if (s.isDirectory())
                    await walk(full, `${rel}/`);
            }
        };
        await walk(target, "");
    }
    return parts.sort().join("\n");
}
async function modelFiles(modelPath) {
    const stat = await external_node_fs_.promises.stat(modelPath).catch(() => null);
    if (!stat) {
        throw new src/* ConfigurationError */.j1(`model-path ${modelPath} does not exist after the command finished: the command must write the model there (or fix model-path; it is relative to working-directory)`, { code: "model-missing", location: { file: modelPath } });
    }
    const files = await (0,src/* digestTree */.hW)(modelPath);
    if (files.length === 0) {
        throw new src/* ConfigurationError */.j1(`model-path ${modelPath} is an empty directory after the command finished`, {
            code: "model-missing",
            location: { file: modelPath },
        });
    }
    return files;
}
function environment(ctx, report) {
    const env = process.env;
    const runnerParts = [env.RUNNER_ENVIRONMENT, env.ImageOS, env.ImageVersion].filter(Boolean);
    return {
        os: `${process.platform} ${external_node_os_default().release()}`,
        arch: process.arch,
        node: process.version,
        runner: runnerParts.length ? runnerParts.join(" ") : ctx.runnerOs,
        tools: report.tools,
    };
}

;// CONCATENATED MODULE: ./packages/train/src/options.ts


const DEFAULT_TIMEOUT_MINUTES = 360;
/** Characters GitHub refuses in artifact names (@actions/artifact's list). */
const BAD_ARTIFACT_CHARS = ['"', ":", "<", ">", "|", "*", "?", "\r", "\n", "\\", "/"];
function checkArtifactName(name) {
    const bad = BAD_ARTIFACT_CHARS.find((c) => name.includes(c));
    if (bad !== undefined || name.length > 256) {
        throw new src/* ConfigurationError */.j1(`input 'artifact-name': ${JSON.stringify(name.slice(0, 80))} is not a valid artifact name: ${bad === undefined ? "at most 256 characters" : `it contains ${JSON.stringify(bad)}`} (not allowed: " : < > | * ? \\ / and line breaks). In a matrix, make it unique per job, e.g. model-\${{ strategy.job-index }}`, { code: "input-invalid" });
    }
    return name;
}
function isInside(child, parent) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === "" || (!rel.startsWith("..") && !external_node_path_default().isAbsolute(rel));
}
/** An output path must not be (or contain) the working directory, the workspace or .mlops. */
function checkOutputPath(name, value, options) {
    for (const [what, dir] of [
        ["the working directory", options.cwd],
        ["the workspace", options.root],
        ["the .mlops state directory", external_node_path_default().join(options.root, ".mlops")],
    ]) {
        if (isInside(dir, value) || (what === "the .mlops state directory" && isInside(value, dir))) {
            throw new src/* ConfigurationError */.j1(`input '${name}': ${value} would ${isInside(dir, value) ? "contain" : "be inside"} ${what}; point it at the file or directory the command writes (e.g. out/model.pkl)`, { code: "input-invalid" });
        }
    }
    return value;
}
/**
 * Reads the train inputs (action inputs, CLI flags or the mlops.yml `train:` section, all with
 * the same kebab-case names) into options. `root` is the workspace.
 */
function readTrainInputs(read, root) {
    const command = (0,src/* requiredString */.Fk)(read, "command", "the training command to run, e.g. command: python train.py (set it on the step or under train: in mlops.yml)");
    const cwd = external_node_path_default().resolve(root, (0,src/* optionalString */.sx)(read, "working-directory") ?? ".");
    const resolveIn = (p) => external_node_path_default().resolve(cwd, p);
    const metrics = (0,src/* optionalString */.sx)(read, "metrics-file");
    const model = (0,src/* optionalString */.sx)(read, "model-path");
    const timeout = (0,src/* optionalNumber */.WI)(read, "timeout-minutes", { min: 0 }) ?? DEFAULT_TIMEOUT_MINUTES;
    if (!(timeout > 0)) {
        throw new src/* ConfigurationError */.j1(`input 'timeout-minutes': expected a number of minutes > 0, found ${timeout}`, {
            code: "input-invalid",
        });
    }
    const artifact = (0,src/* optionalString */.sx)(read, "artifact-name");
    const options = {
        command,
        root: external_node_path_default().resolve(root),
        workingDirectory: cwd,
        data: (0,src/* parseList */.E1)(read("data")).map(resolveIn),
        cache: (0,src/* optionalBoolean */.Jz)(read, "cache") ?? false,
        timeoutMinutes: timeout,
    };
    const code = (0,src/* parseList */.E1)(read("code"));
    if (code.length)
        options.code = code;
    const params = read("params");
    if (params !== undefined && params.trim() !== "")
        options.params = params;
    if (metrics)
        options.metricsFile = checkOutputPath("metrics-file", resolveIn(metrics), { root: options.root, cwd });
    if (model)
        options.modelPath = checkOutputPath("model-path", resolveIn(model), { root: options.root, cwd });
    if (artifact)
        options.artifactName = checkArtifactName(artifact);
    if (options.metricsFile && options.metricsFile === options.modelPath) {
        throw new src/* ConfigurationError */.j1("inputs 'metrics-file' and 'model-path' name the same file", {
            code: "input-invalid",
        });
    }
    return options;
}

;// CONCATENATED MODULE: ./packages/train/src/summary.ts


/** The step's outputs (names as in actions/train/action.yml). */
function trainOutputs(result, root) {
    return {
        "model-path": result.modelPath ? (0,markdown/* displayPath */.Gt)(root, result.modelPath) : "",
        metrics: JSON.stringify(result.metrics),
        "metrics-file": (0,markdown/* displayPath */.Gt)(root, result.metricsPath),
        "run-record": (0,markdown/* displayPath */.Gt)(root, result.recordPath),
        fingerprint: result.fingerprint,
        "cache-hit": String(result.cacheHit),
        "artifact-id": result.artifactId === null ? "" : String(result.artifactId),
    };
}
function trainSummary(result, options = {}) {
    const r = result.record;
    const rows = [];
    const status = r.status === "cached"
        ? `cached — restored from run ${(0,markdown/* code */.aY)(r.restoredFrom?.id ?? "?", 40)}, the command did not run`
        : `${(0,markdown/* text */.Qq)(r.status)}${r.exitCode === null ? "" : ` (exit code ${r.exitCode})`}`;
    rows.push(["status", status]);
    rows.push(["command", (0,markdown/* code */.aY)(r.command, 200) || "—"]);
    rows.push(["duration", (0,markdown/* formatDuration */.a3)(r.durationMs)]);
    if (r.resources?.peakRssBytes)
        rows.push(["peak memory", (0,markdown/* formatBytes */.z3)(r.resources.peakRssBytes)]);
    if (r.resources && r.resources.cpuUserMs !== null && r.resources.cpuSystemMs !== null) {
        rows.push([
            "CPU time",
            `${(0,markdown/* formatDuration */.a3)(r.resources.cpuUserMs)} user, ${(0,markdown/* formatDuration */.a3)(r.resources.cpuSystemMs)} system`,
        ]);
    }
    if (r.model) {
        const total = r.model.files.reduce((s, f) => s + f.bytes, 0);
        const files = r.model.files.length;
        rows.push([
            "model",
            `${(0,markdown/* code */.aY)(r.model.path, 120)} (${files} file${files === 1 ? "" : "s"}, ${(0,markdown/* formatBytes */.z3)(total)})`,
        ]);
    }
    if (r.data.length)
        rows.push(["data", r.data.map((d) => (0,markdown/* code */.aY)(d.path, 120)).join(", ")]);
    rows.push(["fingerprint", (0,markdown/* code */.aY)(result.fingerprint.slice(0, 16))]);
    if (r.git.sha)
        rows.push(["git", `${(0,markdown/* code */.aY)(r.git.sha.slice(0, 12))}${r.git.dirty ? " (uncommitted changes)" : ""}`]);
    if (options.artifactName && result.artifactId !== null) {
        rows.push(["artifact", `${(0,markdown/* text */.Qq)(options.artifactName)} (id ${result.artifactId})`]);
    }
    const parts = [`### mlops train: ${(0,markdown/* text */.Qq)(r.status)}`, (0,markdown/* table */.tp)(["", ""], rows)];
    const metrics = Object.entries(result.metrics);
    if (metrics.length)
        parts.push((0,markdown/* table */.tp)(["metric", "value"], metrics.map(([k, v]) => [(0,markdown/* text */.Qq)(k, 120), (0,markdown/* formatNumber */.ZV)(v)]), ["left", "right"]));
    if (result.failure)
        parts.push(`**Failed:** ${(0,markdown/* text */.Qq)(result.failure.message, 1000)}`);
    return parts.join("\n\n") + "\n";
}

;// CONCATENATED MODULE: ./packages/train/src/step.ts




const DEFAULT_ARTIFACT_NAME = "mlops-train";
const trainStep = {
    name: "train",
    configSection: (config) => config.train,
    // The action uploads the run as the artifact mlops-train unless artifact-name is given as ''.
    // Locally the run cache is on unless --no-cache or mlops.yml says `cache: false`.
    defaults: (host) => host === "action" ? { "artifact-name": DEFAULT_ARTIFACT_NAME } : { cache: "true" },
    readInputs(input, ctx) {
        const options = readTrainInputs(input, ctx.run.workspace);
        // The CLI uploads no workflow artifact: the run's files stay in .mlops/runs/<id>/.
        if (ctx.host === "cli")
            delete options.artifactName;
        return options;
    },
    run: (options, { context, artifacts, artifactsUnavailable, remoteCache }) => runTraining(options, {
        logger: context.logger,
        ctx: context.run,
        ...(artifacts !== undefined ? { artifacts } : {}),
        ...(artifactsUnavailable !== undefined ? { artifactsUnavailable } : {}),
        ...(remoteCache !== undefined ? { remoteCache } : {}),
    }),
    outputs: (result, options) => trainOutputs(result, options.root),
    summary: (result, options) => trainSummary(result, options.artifactName ? { artifactName: options.artifactName } : {}),
    failure(result) {
        if (!result.failure)
            return null;
        return (result.failure.error ??
            new src/* StepFailed */.an(result.failure.message, { code: "train-failed", exitCode: result.failure.exitCode }));
    },
};

;// CONCATENATED MODULE: ./packages/train/src/explain-step.ts








async function explainTrainCache(options) {
    const display = (p) => (0,markdown/* displayPath */.Gt)(options.root, p);
    const { params } = await loadParams(options.params, options.workingDirectory);
    const dataPaths = await expandData(options.data, display);
    const data = await fingerprintData(dataPaths, display);
    const cache = new RunCache(external_node_path_default().join(options.root, ".mlops"), src/* silentLogger */.qq);
    const key = await computeCacheKey({ ...options, declaredCode: options.code, params, data, dataPaths }, cache);
    const hit = (await cache.lookup(key.fingerprint)) !== null;
    const explanation = await explainCache(key, cache);
    return { fingerprint: key.fingerprint, hit, lines: explanationReport(key, explanation, hit) };
}
const explainCacheStep = {
    name: "train",
    configSection: (config) => trainStep.configSection(config),
    defaults: (host) => trainStep.defaults?.(host) ?? {},
    readInputs: (input, ctx) => trainStep.readInputs(input, ctx),
    async run(options, { context }) {
        const result = await explainTrainCache(options);
        for (const line of result.lines)
            context.logger.info(line);
        return result;
    },
    outputs: (result) => ({ fingerprint: result.fingerprint, "cache-hit": result.hit }),
    summary: () => "",
    failure: () => null,
};

;// CONCATENATED MODULE: ./packages/train/src/index.ts













/***/ })

};
