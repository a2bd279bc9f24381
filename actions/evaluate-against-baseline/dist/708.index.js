export const id = 708;
export const ids = [708];
export const modules = {

/***/ 97332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ runStepEnv),
/* harmony export */   rU: () => (/* binding */ groupMembers),
/* harmony export */   rq: () => (/* binding */ runProcessTree)
/* harmony export */ });
/* unused harmony exports isActionOnlyVariable, killActiveTrees, killGroup, groupAlive, reapGroup */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/*
 * Runs a user's command as a process tree that can be stopped as a whole: the train step's
 * `bash` script and the deploy step's `sh -c` commands and health checks.
 *
 * execa spawns it (cross-platform spawning, shell handling; it is loaded on first use, so an
 * action that runs no command never pays for it). What execa does not do stays here: the child
 * leads a new process group (detached), and on timeout or cancellation the whole group gets
 * SIGTERM, then SIGKILL after a grace period; after the exit, what the command left in its group is
 * reaped the same way. The pipes are read as they come and, after the exit, waited for only
 * briefly: a daemonised grandchild that holds them open cannot hold the step open.
 */
/**
 * Variables the runner gives actions but not `run:` steps, besides every INPUT_* (the step's
 * inputs, its token among them) and ACTIONS_RUNTIME_*: the results and cache services and the
 * step's own output and state files. A user's command (training, predict, deploy, health check)
 * sees what a `run:` step would see.
 */
const ACTION_ONLY_ENV = new Set([
    "ACTIONS_RESULTS_URL",
    "ACTIONS_CACHE_URL",
    "ACTIONS_CACHE_SERVICE_V2",
    "GITHUB_OUTPUT",
    "GITHUB_STATE",
]);
function isActionOnlyVariable(name) {
    return ACTION_ONLY_ENV.has(name) || name.startsWith("INPUT_") || name.startsWith("ACTIONS_RUNTIME_");
}
/** `base` as a `run:` step would see it: without the action-only variables nor what `withhold` names. */
function runStepEnv(base, withhold = () => false) {
    const env = {};
    for (const [k, v] of Object.entries(base)) {
        if (v === undefined || isActionOnlyVariable(k) || withhold(k))
            continue;
        env[k] = v;
    }
    return env;
}
const isWindows = process.platform === "win32";
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Trees running now, for killActiveTrees. */
const active = new Set();
let cancelled = false;
/**
 * Stops every running tree (SIGTERM to each group) and refuses to start new ones: the step is
 * being cancelled. Returns how many were running.
 */
function killActiveTrees(signal = "SIGTERM") {
    cancelled = true;
    for (const pid of active)
        killGroup(pid, signal);
    return active.size;
}
/** Signals the process group led by `pid` (POSIX) or the tree under it (Windows, taskkill /T). */
function killGroup(pid, signal) {
    if (isWindows) {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
        if (r.error)
            killPid(pid, signal);
        return;
    }
    try {
        process.kill(-pid, signal);
    }
    catch {
        killPid(pid, signal); // ESRCH: no group (left already); the leader alone, if it is still there
    }
}
function killPid(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        /* already gone */
    }
}
/**
 * The members of a process group, from /proc (Linux); null where there is no /proc. Zombies are
 * left out unless asked for: a killed member whose parent already exited stays a zombie until
 * init reaps it (some containers' init never does), and it runs nothing.
 */
async function groupMembers(pgid, options = {}) {
    let names;
    try {
        names = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir("/proc");
    }
    catch {
        return null;
    }
    const out = [];
    for (const name of names) {
        const c = name.charCodeAt(0);
        if (c < 48 || c > 57)
            continue;
        let stat;
        try {
            stat = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(`/proc/${name}/stat`, "utf8");
        }
        catch {
            continue; // exited meanwhile
        }
        // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(fields[2]) !== pgid)
            continue;
        if (options.includeZombies || (fields[0] !== "Z" && fields[0] !== "X"))
            out.push(Number(name));
    }
    return out;
}
/**
 * Whether any live (non-zombie) member is left in the process group: /proc where there is one,
 * else signal 0 (kill(-pgid, 0) also succeeds for a group of zombies).
 */
async function groupAlive(pgid) {
    if (isWindows)
        return false;
    try {
        process.kill(-pgid, 0);
    }
    catch {
        return false;
    }
    if (process.platform !== "linux")
        return true;
    const members = await groupMembers(pgid);
    return members === null || members.length > 0;
}
/** SIGTERM to what is left in the group, then SIGKILL for anything still there after the grace period. */
async function reapGroup(pgid, graceMs) {
    if (isWindows || !(await groupAlive(pgid)))
        return;
    killGroup(pgid, "SIGTERM");
    const deadline = performance.now() + graceMs;
    while (performance.now() < deadline && (await groupAlive(pgid)))
        await sleep(50);
    if (await groupAlive(pgid))
        killGroup(pgid, "SIGKILL");
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Calls `fn` after `ms` (Infinity: never), chaining timers past setTimeout's 24.8-day limit. */
function longTimeout(ms, fn) {
    let timer;
    if (Number.isFinite(ms)) {
        const deadline = Date.now() + ms;
        const arm = () => {
            const left = deadline - Date.now();
            timer = left > MAX_TIMER_MS ? setTimeout(arm, MAX_TIMER_MS) : setTimeout(fn, Math.max(0, left));
        };
        arm();
    }
    return () => clearTimeout(timer);
}
/** Spawns the command as the leader of its own process group; resolves once it runs or fails to. */
async function spawnTree(options) {
    if (cancelled)
        return { error: new Error("not started: the step is being cancelled") };
    const { execa } = await __webpack_require__.e(/* import() */ 194).then(__webpack_require__.bind(__webpack_require__, 98194));
    let child;
    try {
        const subprocess = execa(options.file, options.args ?? [], {
            shell: options.shell ?? false,
            cwd: options.cwd,
            env: options.env,
            extendEnv: false,
            detached: !isWindows,
            ...(options.input !== undefined ? { input: options.input } : { stdin: "ignore" }),
            stdout: "pipe",
            stderr: "pipe",
            buffer: false,
            reject: false,
            windowsHide: true,
        });
        // Its outcome is read from the exit event and the pipes; the promise only must not go unhandled.
        subprocess.catch(() => undefined);
        child = subprocess.nodeChildProcess;
    }
    catch (error) {
        return { error: error };
    }
    const error = await new Promise((resolve) => {
        child.once("spawn", () => resolve(null));
        child.once("error", (e) => resolve(e));
    });
    if (error || child.pid === undefined)
        return { error: error ?? new Error("the process did not start") };
    return { child };
}
async function runProcessTree(options) {
    const spawned = await spawnTree(options);
    const none = { code: null, signal: null, timedOut: false, interrupted: null, pid: undefined };
    if ("error" in spawned)
        return { ...none, spawnError: spawned.error };
    const { child } = spawned;
    const pid = child.pid;
    active.add(pid);
    const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    const streamsDone = Promise.all([
        [child.stdout, options.onStdout],
        [child.stderr, options.onStderr],
    ].map(([stream, on]) => new Promise((resolve) => {
        if (!stream)
            return resolve();
        if (on)
            stream.on("data", on);
        else
            stream.resume();
        stream.on("error", () => undefined);
        stream.once("close", resolve);
    })));
    options.onSpawn?.(pid);
    let timedOut = false;
    let interrupted = null;
    // SIGTERM to the group now, SIGKILL after the grace period if the leader is still running.
    let escalate;
    const terminate = () => {
        killGroup(pid, "SIGTERM");
        escalate ??= setTimeout(() => killGroup(pid, "SIGKILL"), options.killGraceMs);
    };
    const clearTimeoutTimer = longTimeout(options.timeoutMs, () => {
        timedOut = true;
        options.onTimeout?.();
        terminate();
    });
    const onSignal = (signal) => {
        interrupted = signal;
        terminate();
    };
    if (options.forwardSignals) {
        process.on("SIGINT", onSignal);
        process.on("SIGTERM", onSignal);
    }
    const { code, signal } = await exited;
    clearTimeoutTimer();
    if (escalate)
        clearTimeout(escalate);
    try {
        await options.onExit?.();
        if (timedOut || interrupted || options.reapAfterExit)
            await reapGroup(pid, options.killGraceMs);
        // Output still buffered in the pipes is delivered; a survivor holding them open is not waited for.
        await Promise.race([streamsDone, sleep(options.drainMs)]);
    }
    finally {
        child.stdout?.destroy();
        child.stderr?.destroy();
        active.delete(pid);
        if (options.forwardSignals) {
            process.off("SIGINT", onSignal);
            process.off("SIGTERM", onSignal);
        }
    }
    return { code, signal, timedOut, interrupted, spawnError: null, pid };
}


/***/ }),

/***/ 35708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_PREDICT_TIMEOUT_MINUTES: () => (/* binding */ DEFAULT_PREDICT_TIMEOUT_MINUTES),
/* harmony export */   PREDICTION_FORMATS: () => (/* binding */ PREDICTION_FORMATS),
/* harmony export */   T: () => (/* binding */ runPredict)
/* harmony export */ });
/* unused harmony export predictEnv */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17198);
/* harmony import */ var _mlops_core_process__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97332);





/*
 * The predict contract: a command that scores a model on rows. It runs exactly as train's
 * command does (train's runner: a bash script file, its own process group, the timeout with
 * SIGTERM then SIGKILL to the whole tree, a clean environment) and receives, in environment
 * variables:
 *
 *   MODEL_PATH   the model's file or directory (as registered, or as training wrote it)
 *   EVAL_DATA    the evaluation rows (one file, in the dataset's format)
 *   PREDICTIONS  where to write the predictions file (csv unless predict.format says otherwise)
 *
 * The predictions file holds one row per evaluation row with the id column, the label column
 * and the prediction and/or score columns, as evaluate reads any predictions file.
 */
const PREDICTION_FORMATS = ["csv", "tsv", "jsonl", "parquet"];
const DEFAULT_PREDICT_TIMEOUT_MINUTES = 60;
function predictEnv(base, vars) {
    // What a `run:` step would see: the runner's credentials and the step's plumbing withheld.
    const env = (0,_mlops_core_process__WEBPACK_IMPORTED_MODULE_4__/* .runStepEnv */ .ND)(base);
    env.MODEL_PATH = vars.modelPath;
    env.EVAL_DATA = vars.evalData;
    env.PREDICTIONS = vars.predictions;
    return env;
}
/** The last `max` lines of a command's output, for the error when it fails. */
class Tail {
    max;
    lines = [];
    partial = "";
    constructor(max) {
        this.max = max;
    }
    write(chunk, each) {
        const parts = (this.partial + chunk.toString("utf8")).split(/\r?\n/);
        this.partial = parts.pop() ?? "";
        for (const line of parts)
            this.push(line, each);
    }
    end(each) {
        if (this.partial)
            this.push(this.partial, each);
        this.partial = "";
    }
    text() {
        return this.lines.join("\n");
    }
    push(line, each) {
        each(line);
        this.lines.push(line);
        if (this.lines.length > this.max)
            this.lines.shift();
    }
}
/**
 * Runs the predict command for one model on the evaluation rows; returns the predictions file.
 * A missing command, a failure (exit code and the last lines of output), a timeout or a command
 * that wrote nothing are ConfigurationErrors naming `who` ("baseline v1", "candidate").
 */
async function runPredict(cmd, run, deps) {
    if (!cmd.command.trim()) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("predict: the command is empty; set predict.command in mlops.yml (or predict-command)", {
            code: "predict-missing",
        });
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(run.modelPath)) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`predict for ${run.who}: the model ${run.modelPath} does not exist`, {
            code: "model-missing",
            location: { file: run.modelPath },
        });
    }
    // Model files can be code (pickle): checked before the command loads them.
    await deps.beforeLoad?.({ who: run.who, modelPath: run.modelPath });
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(run.output), { recursive: true });
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(run.output, { force: true });
    const { runShellCommand, TIMEOUT_EXIT_CODE } = await __webpack_require__.e(/* import() */ 653).then(__webpack_require__.bind(__webpack_require__, 18653));
    const { logger } = deps;
    const tail = new Tail(20);
    const say = (line) => logger.info(line);
    const result = await logger.group(`Predict (${run.who}): ${cmd.command.split("\n")[0]}`, () => runShellCommand({
        command: cmd.command,
        cwd: cmd.workingDirectory,
        env: predictEnv(deps.env ?? process.env, {
            modelPath: run.modelPath,
            evalData: run.evalData,
            predictions: run.output,
        }),
        timeoutMs: cmd.timeoutMinutes * 60_000,
        killGraceMs: deps.killGraceMs ?? 10_000,
        tempDir: deps.tempDir ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(),
        onStdout: (chunk) => tail.write(chunk, say),
        onStderr: (chunk) => tail.write(chunk, say),
        onTimeout: () => logger.error(`predict for ${run.who} exceeded ${cmd.timeoutMinutes} minute(s); stopping its process tree`),
    }));
    tail.end(say);
    const output = tail.text();
    const last = output ? `; its last lines:\n${output}` : " (it printed nothing)";
    if (result.timedOut) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`predict for ${run.who} exceeded its timeout of ${cmd.timeoutMinutes} minute(s) and was stopped (exit ${TIMEOUT_EXIT_CODE})${last}`, { code: "predict-timeout" });
    }
    if (result.interrupted || result.exitCode !== 0) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`predict for ${run.who} failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ""}: ${cmd.command.split("\n")[0]}${last}`, { code: "predict-failed" });
    }
    const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(run.output).catch(() => null);
    if (!stat?.isFile()) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`predict for ${run.who} exited 0 but wrote no predictions file at $PREDICTIONS (${run.output}); the command must write its predictions there${last}`, { code: "predictions-missing", location: { file: run.output } });
    }
    return { file: run.output, durationMs: result.durationMs };
}


/***/ })

};
