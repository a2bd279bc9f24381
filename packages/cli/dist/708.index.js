export const id = 708;
export const ids = [708];
export const modules = {

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
    const { runShellCommand, TIMEOUT_EXIT_CODE } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18653));
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
