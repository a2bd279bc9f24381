export const id = 377;
export const ids = [377];
export const modules = {

/***/ 58377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitorModel: () => (/* binding */ monitorModel)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
// EXTERNAL MODULE: ./packages/data/src/index.ts + 6 modules
var data_src = __webpack_require__(89960);
// EXTERNAL MODULE: ./packages/metrics/src/index.ts + 2 modules
var metrics_src = __webpack_require__(66167);
;// CONCATENATED MODULE: ./packages/monitor/src/cell.ts

/*
 * What the monitor keeps of one window served by one model version: counts, and sufficient
 * statistics instead of rows. Classification: a K×K confusion matrix of the labelled rows and,
 * per confusion cell (true class, predicted class), the sum and sum of squares of the row log
 * losses (for binary scores: of −log s and −log(1−s), the positive class being known only at
 * the end). Regression: sums of the errors and their squares, Welford's mean/M2 of the labels.
 * Drift: one ColumnProfiler (mergeable sketches) per monitored column, over every logged row.
 * Memory per cell is bounded by K² and the sketches' limits, whatever the number of rows.
 */
/** Exact distinct values a cell's profilers count before they switch to sketches. */
const CELL_EXACT_LIMIT = 1000;
/** Distinct scores a cell counts exactly for ROC AUC; beyond, the window has no AUC. */
const AUC_MAX_SCORES = 20_000;
/** Regression sums, by index. */
const R = {
    n: 0,
    e2: 1,
    e2sq: 2,
    ae: 3,
    aesq: 4,
    ape: 5,
    apesq: 6,
    yMean: 7,
    yM2: 8,
};
class Cell {
    window;
    version;
    lossWidth;
    rows = 0;
    labelled = 0;
    lateLabels = 0;
    duplicatePredictions = 0;
    /** Capacity of the class dimension of cm/loss (≥ classes seen). */
    cap = 0;
    cm = new Float64Array(0);
    /** Per confusion cell: [Σ loss, Σ loss²] (proba mode) or [Σ −log s, Σ (−log s)², Σ −log(1−s), Σ (…)²]. */
    loss = null;
    reg = new Float64Array(9);
    /**
     * Binary scores: per true class index (0, 1), labelled rows per distinct score, for ROC AUC
     * (exact, ties counted ½ as scikit-learn); null once a cell has more than AUC_MAX_SCORES.
     */
    scores = null;
    profilers;
    constructor(window, version, driftColumns, lossWidth) {
        this.window = window;
        this.version = version;
        this.lossWidth = lossWidth;
        this.profilers = driftColumns.map((name) => new data_src.ColumnProfiler(name, CELL_EXACT_LIMIT));
        if (lossWidth === 4)
            this.scores = new ScoreCounts();
    }
    /** Makes room for class index k. */
    ensure(k) {
        if (k < this.cap)
            return;
        let cap = Math.max(2, this.cap);
        while (cap <= k)
            cap *= 2;
        const cm = new Float64Array(cap * cap);
        const loss = this.lossWidth ? new Float64Array(cap * cap * this.lossWidth) : null;
        for (let i = 0; i < this.cap; i++) {
            for (let j = 0; j < this.cap; j++) {
                cm[i * cap + j] = this.cm[i * this.cap + j];
                if (loss && this.loss) {
                    for (let w = 0; w < this.lossWidth; w++)
                        loss[(i * cap + j) * this.lossWidth + w] = this.loss[(i * this.cap + j) * this.lossWidth + w];
                }
            }
        }
        this.cm = cm;
        this.loss = loss;
        this.cap = cap;
    }
    addClass(y, pred, lossA, lossB) {
        this.ensure(y > pred ? y : pred);
        const at = y * this.cap + pred;
        this.cm[at] = this.cm[at] + 1;
        const loss = this.loss;
        if (!loss)
            return;
        const w = this.lossWidth;
        if (lossA === lossA) {
            loss[at * w] = loss[at * w] + lossA;
            loss[at * w + 1] = loss[at * w + 1] + lossA * lossA;
        }
        if (w === 4 && lossB === lossB) {
            loss[at * w + 2] = loss[at * w + 2] + lossB;
            loss[at * w + 3] = loss[at * w + 3] + lossB * lossB;
        }
    }
    /** A labelled row's binary score, for ROC AUC. */
    addScore(y, score) {
        if (this.scores && y <= 1 && !this.scores.add(score, y))
            this.scores = null;
    }
    addRegression(y, pred) {
        const r = this.reg;
        const e = pred - y;
        const e2 = e * e;
        const ae = Math.abs(e);
        const ape = ae / Math.max(Math.abs(y), 2.220446049250313e-16);
        const n = ++r[R.n];
        r[R.e2] = r[R.e2] + e2;
        r[R.e2sq] = r[R.e2sq] + e2 * e2;
        r[R.ae] = r[R.ae] + ae;
        r[R.aesq] = r[R.aesq] + ae * ae;
        r[R.ape] = r[R.ape] + ape;
        r[R.apesq] = r[R.apesq] + ape * ape;
        const d = y - r[R.yMean];
        r[R.yMean] = r[R.yMean] + d / n;
        r[R.yM2] = r[R.yM2] + d * (y - r[R.yMean]);
    }
    /** The K×K confusion matrix over the first K classes. */
    confusion(K) {
        const out = new Float64Array(K * K);
        const c = Math.min(K, this.cap);
        for (let i = 0; i < c; i++)
            for (let j = 0; j < c; j++)
                out[i * K + j] = this.cm[i * this.cap + j];
        return out;
    }
    /** The loss sums of confusion cell (i, j), or null without scores. */
    lossAt(i, j) {
        if (!this.loss || i >= this.cap || j >= this.cap)
            return null;
        const w = this.lossWidth;
        const at = (i * this.cap + j) * w;
        return this.loss.subarray(at, at + w);
    }
}
/**
 * Labelled rows per distinct score and true class (0, 1), in flat memory: an open-addressing
 * table of Float64 scores with two Uint32 counts (16 bytes a score; no Map entry, no boxed
 * number). Holds at most AUC_MAX_SCORES scores.
 */
class ScoreCounts {
    keys = new Float64Array(64);
    counts = [new Uint32Array(64), new Uint32Array(64)];
    used = new Uint8Array(64);
    size = 0;
    view = new DataView(new ArrayBuffer(8));
    slotOf(score) {
        this.view.setFloat64(0, score);
        const h = Math.imul(this.view.getUint32(0) ^ Math.imul(this.view.getUint32(4), 0x9e3779b1), 0x85ebca6b);
        const mask = this.keys.length - 1;
        let s = (h ^ (h >>> 15)) & mask;
        while (this.used[s] && this.keys[s] !== score)
            s = (s + 1) & mask;
        return s;
    }
    /** Adds one row; false when the score is new and the table is full. */
    add(score, y) {
        let s = this.slotOf(score);
        if (!this.used[s]) {
            if (this.size >= AUC_MAX_SCORES)
                return false;
            if ((this.size + 1) * 2 > this.keys.length) {
                this.grow();
                s = this.slotOf(score);
            }
            this.used[s] = 1;
            this.keys[s] = score;
            this.size++;
        }
        this.counts[y][s]++;
        return true;
    }
    grow() {
        const { keys, counts, used } = this;
        const n = keys.length * 2;
        this.keys = new Float64Array(n);
        this.counts = [new Uint32Array(n), new Uint32Array(n)];
        this.used = new Uint8Array(n);
        for (let i = 0; i < used.length; i++) {
            if (!used[i])
                continue;
            const t = this.slotOf(keys[i]);
            this.used[t] = 1;
            this.keys[t] = keys[i];
            this.counts[0][t] = counts[0][i];
            this.counts[1][t] = counts[1][i];
        }
    }
    /** The distinct scores ascending, with the rows of class 0 and 1 at each. */
    sorted() {
        const order = [];
        for (let i = 0; i < this.used.length; i++)
            if (this.used[i])
                order.push(i);
        order.sort((a, b) => this.keys[a] - this.keys[b]);
        return {
            scores: Float64Array.from(order, (i) => this.keys[i]),
            class0: Float64Array.from(order, (i) => this.counts[0][i]),
            class1: Float64Array.from(order, (i) => this.counts[1][i]),
        };
    }
}

;// CONCATENATED MODULE: ./packages/monitor/src/id-table.ts
/*
 * The join of logged predictions and late labels, in flat memory: an open-addressing hash table
 * of 64-bit id hashes (@mlops/metrics' hashId: two independent 32-bit hashes, so 10 million ids
 * collide with probability ~3e-6) with, per slot, flags, the label (a class index, or a value
 * for regression) and, when the labels carry a timestamp, the UTC day the label arrived (every
 * calendar window ends at a UTC midnight, so a day says exactly whether a label came after its
 * window). No object per id: 10 million ids take 16.7 M slots × 13 bytes (classification) or
 * 19 bytes (regression). Linear probing; the table doubles at 3/4 full.
 */
const HAS_LABEL = 1;
const HAS_PREDICTION = 2;
class IdTable {
    options;
    hi;
    lo;
    flagsArr;
    classLabels = null;
    valueLabels = null;
    days = null;
    mask = 0;
    size = 0;
    constructor(options) {
        this.options = options;
        let capacity = 1024;
        while (capacity * 0.75 < options.expected)
            capacity *= 2;
        this.allocate(capacity);
    }
    get capacity() {
        return this.mask + 1;
    }
    allocate(capacity) {
        this.hi = new Uint32Array(capacity);
        this.lo = new Uint32Array(capacity);
        this.flagsArr = new Uint8Array(capacity);
        if (this.options.numericLabels)
            this.valueLabels = new Float64Array(capacity);
        else
            this.classLabels = new Uint16Array(capacity);
        this.days = this.options.labelTimes ? new Uint16Array(capacity) : null;
        this.mask = capacity - 1;
    }
    /** The slot of an id hash, inserting it (flags 0) when absent. */
    slot(hi, lo) {
        if ((this.size + 1) * 4 > this.capacity * 3)
            this.grow();
        const flags = this.flagsArr;
        let s = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
        for (;;) {
            if ((flags[s] & 0x80) === 0) {
                this.hi[s] = hi;
                this.lo[s] = lo;
                this.size++;
                this.markUsed(s);
                return s;
            }
            if (this.hi[s] === hi && this.lo[s] === lo)
                return s;
            s = (s + 1) & this.mask;
        }
    }
    // Bit 7 of the flags marks a used slot (an id may have no other flag yet).
    markUsed(s) {
        this.flagsArr[s] = 0x80;
    }
    flags(s) {
        return this.flagsArr[s] & 0x7f;
    }
    setFlag(s, flag) {
        this.flagsArr[s] = this.flagsArr[s] | flag;
    }
    label(s) {
        return this.valueLabels ? this.valueLabels[s] : this.classLabels[s];
    }
    /** A class index below MAX_CLASSES, or a value; `day` from toDay. */
    setLabel(s, value, day) {
        if (this.valueLabels)
            this.valueLabels[s] = value;
        else
            this.classLabels[s] = value;
        if (this.days)
            this.days[s] = day;
    }
    /** The start of the UTC day the label arrived (ms since the epoch), or NaN when unknown. */
    labelTime(s) {
        if (!this.days)
            return NaN;
        const d = this.days[s];
        return d === 0 ? NaN : (d - 1) * DAY;
    }
    /** Counts the ids that have a label but no prediction. */
    countLabelsOnly() {
        const flags = this.flagsArr;
        let n = 0;
        for (let s = 0; s < flags.length; s++)
            if ((flags[s] & (HAS_LABEL | HAS_PREDICTION)) === HAS_LABEL)
                n++;
        return n;
    }
    grow() {
        const { hi, lo, flagsArr, classLabels, valueLabels, days } = this;
        this.allocate(this.capacity * 2);
        this.size = 0;
        for (let s = 0; s < flagsArr.length; s++) {
            if (!(flagsArr[s] & 0x80))
                continue;
            const t = this.slot(hi[s], lo[s]);
            this.flagsArr[t] = flagsArr[s];
            if (valueLabels)
                this.valueLabels[t] = valueLabels[s];
            if (classLabels)
                this.classLabels[t] = classLabels[s];
            if (days)
                this.days[t] = days[s];
        }
    }
}
const DAY = 86_400_000;
/** Classes a label can be (the table keeps a class index in 16 bits). */
const MAX_CLASSES = 65_535;
/**
 * A label time as stored: 1 + its UTC day since 1970-01-01 (0: unknown; days before 1970 or
 * after 2149 are clamped to the ends).
 */
function toDay(ms) {
    if (!Number.isFinite(ms))
        return 0;
    return Math.max(1, Math.min(65_535, Math.floor(ms / DAY) + 1));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/monitor/src/read.ts





const idDecoder = new TextDecoder();
/**
 * An id as text: strings exactly (trimmed), numbers as JavaScript prints them, bigints exactly,
 * Parquet bytes decoded. Numeric-looking strings are NOT normalised: "007" and "7" are two ids,
 * and 19-digit ids never round to the same double.
 */
function idText(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === "string") {
        const t = v.trim();
        return t === "" ? null : t;
    }
    if (typeof v === "number")
        return Number.isFinite(v) ? String(v) : null;
    if (typeof v === "bigint" || typeof v === "boolean")
        return String(v);
    if (v instanceof Uint8Array)
        return idText(idDecoder.decode(v));
    if (v instanceof Date)
        return Number.isFinite(v.getTime()) ? v.toISOString() : null;
    return JSON.stringify(v);
}
function hashValue(v, out) {
    const t = idText(v);
    if (t === null)
        return false;
    (0,metrics_src/* hashId */.of)(t, out);
    return true;
}
/**
 * @mlops/metrics' hashId over bytes that are all ASCII: the same two hashes as over the string
 * they spell (each char code is its byte). Returns false for other bytes (the caller decodes).
 */
function hashAsciiBytes(buf, start, end, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c ^ (end - start);
    for (let i = start; i < end; i++) {
        const c = buf[i];
        if (c >= 0x80)
            return false;
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 13;
    }
    out[0] = fmix(h1);
    out[1] = fmix(h2 ^ 0x2545f491);
    return true;
}
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
class CsvRow {
    buf;
    starts;
    ends;
    flags;
    line = 0;
    scratch = { bytes: new Uint8Array(256) };
    decoder = new TextDecoder();
    value(k) {
        const start = this.starts[k];
        const end = this.ends[k];
        if (start === end)
            return null;
        if (this.flags[k] & data_src.FIELD_ESCAPED) {
            const len = (0,data_src.unescapeField)(this.buf, start, end, this.scratch);
            return this.decoder.decode(this.scratch.bytes.subarray(0, len));
        }
        return this.decoder.decode(this.buf.subarray(start, end));
    }
    feed(k, profiler) {
        profiler.addField(this.buf, this.starts[k], this.ends[k], this.flags[k], this.line);
    }
    hashId(k, out) {
        const start = this.starts[k];
        const end = this.ends[k];
        if (start === end)
            return false;
        const b = this.buf;
        // Plain ASCII without surrounding blanks: hash the bytes where they are.
        if (!(this.flags[k] & data_src.FIELD_ESCAPED) &&
            b[start] !== 32 &&
            b[end - 1] !== 32 &&
            hashAsciiBytes(b, start, end, out))
            return true;
        return hashValue(this.value(k), out);
    }
}
class ObjectRow {
    object = {};
    names = [];
    line = 0;
    value(k) {
        const v = this.object[this.names[k]];
        return v === undefined ? null : v;
    }
    feed(k, profiler) {
        profiler.addValue(this.object[this.names[k]] ?? null, this.line);
    }
    hashId(k, out) {
        return hashValue(this.value(k), out);
    }
}
class ColumnarRow {
    columns = [];
    datetime = [];
    i = 0;
    line = 0;
    value(k) {
        const v = this.columns[k]?.[this.i];
        return v === undefined ? null : v;
    }
    feed(k, profiler) {
        const v = this.value(k);
        if (this.datetime[k])
            profiler.addDatetime(v, this.line);
        else if (typeof v === "number")
            profiler.addNumber(v, this.line);
        else
            profiler.addValue(v, this.line);
    }
    hashId(k, out) {
        return hashValue(this.value(k), out);
    }
}
/** Reads one file, row by row, in its format (by extension). */
async function readRows(file, visitor, cwd) {
    const full = external_node_path_default().resolve(cwd, file);
    try {
        const format = (0,data_src.detectFormat)(full);
        if (format === "csv" || format === "tsv")
            await readCsv(full, file, format, visitor);
        else if (format === "jsonl")
            await readJsonl(full, file, visitor);
        else
            await readColumnar(full, file, visitor);
    }
    catch (error) {
        if (error instanceof data_src.DataError) {
            const loc = error.location;
            const where = loc?.line !== undefined ? `${file} line ${loc.line}` : file;
            const message = error.message.startsWith(file) ? error.message : `${where}: ${error.message}`;
            throw new src/* ConfigurationError */.j1(message, { code: error.code, location: { ...loc, file } });
        }
        throw error;
    }
}
async function readCsv(full, file, format, visitor) {
    const row = new CsvRow();
    let ragged = 0;
    let firstRagged = 0;
    await new data_src.CsvReader(full, { delimiter: format === "tsv" ? "\t" : "," }).read({
        header: (names) => visitor.header(names, file),
        row: (buf, starts, ends, flags, line) => {
            row.buf = buf;
            row.starts = starts;
            row.ends = ends;
            row.flags = flags;
            row.line = line;
            visitor.row(row, line);
        },
        ragged: (line) => {
            if (!ragged++)
                firstRagged = line;
        },
    });
    if (ragged) {
        throw new src/* ConfigurationError */.j1(`${file} line ${firstRagged}: the row has a different number of fields than the header (${ragged} such row(s)); every logged row must have every column`, { code: "ragged-rows", location: { file, line: firstRagged } });
    }
}
async function readJsonl(full, file, visitor) {
    const row = new ObjectRow();
    let first = true;
    await (0,data_src.readJsonLines)(full, (object, line) => {
        if (first) {
            first = false;
            row.names = Object.keys(object);
            visitor.header(row.names, file);
        }
        row.object = object;
        row.line = line;
        visitor.row(row, line);
    });
}
async function readColumnar(full, file, visitor) {
    const row = new ColumnarRow();
    let fileRows = 0;
    await (0,data_src.readParquet)(full, {
        columns: (info) => {
            visitor.header(info.map((c) => c.name), file);
            row.columns = info.map(() => []);
            row.datetime = info.map((c) => c.datetime);
        },
        chunk: (column, values, rowStart, msPerUnit) => {
            const target = row.columns[column];
            const offset = rowStart - fileRows;
            for (let i = 0; i < values.length; i++) {
                const v = values[i];
                target[offset + i] =
                    msPerUnit !== undefined && v !== null && v !== undefined
                        ? Number(v) * msPerUnit
                        : typeof v === "bigint"
                            ? Number(v)
                            : v;
            }
        },
        rowGroup: (rows) => {
            for (let i = 0; i < rows; i++) {
                row.i = i;
                row.line = fileRows + i + 1;
                visitor.row(row, row.line);
            }
            fileRows += rows;
            for (const c of row.columns)
                c.length = 0;
        },
    });
}
/**
 * Rows in a CSV/TSV/JSONL file (newlines after the header), to size the join table once; for
 * Parquet the row count of its footer is not read here, so it answers 0 and the table grows.
 */
async function countRows(file, cwd) {
    const full = external_node_path_default().resolve(cwd, file);
    let format;
    try {
        format = (0,data_src.detectFormat)(full);
    }
    catch {
        return 0;
    }
    if (format === "parquet")
        return 0;
    const handle = await (0,promises_.open)(full, "r").catch(() => null);
    if (!handle)
        return 0;
    try {
        const buf = Buffer.allocUnsafe(1 << 20);
        let lines = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            let at = buf.indexOf(10, 0);
            while (at !== -1 && at < bytesRead) {
                lines++;
                at = buf.indexOf(10, at + 1);
            }
        }
        return format === "jsonl" ? lines + 1 : lines;
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./packages/monitor/src/windows.ts
var windows = __webpack_require__(15243);
;// CONCATENATED MODULE: ./packages/monitor/src/join.ts






const decoder = new TextDecoder();
const canonical = new Map();
/** Distinct labels and predictions a classification may have (each cell keeps a K×K matrix). */
const join_MAX_CLASSES = 1000;
/** A cell as text: numbers canonical ("1.0" and 1 are "1"), Parquet bytes decoded; null when missing. */
function cellText(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === "string") {
        // Labels, predictions and versions repeat: their canonical text is looked up, not re-derived.
        const known = canonical.get(v);
        if (known !== undefined)
            return known;
        const t = v.trim();
        const out = t === "" ? null : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? String(Number(t)) : t;
        if (canonical.size < 10_000)
            canonical.set(v, out);
        return out;
    }
    if (typeof v === "number")
        return Number.isFinite(v) ? String(v) : null;
    if (typeof v === "bigint" || typeof v === "boolean")
        return String(v);
    if (v instanceof Uint8Array)
        return cellText(decoder.decode(v));
    if (v instanceof Date)
        return Number.isFinite(v.getTime()) ? v.toISOString() : null;
    return JSON.stringify(v);
}
function cellNumber(v) {
    if (typeof v === "number")
        return v;
    if (v === null || v === undefined)
        return NaN;
    if (typeof v === "bigint")
        return Number(v);
    const t = cellText(v);
    return t === null ? NaN : Number(t);
}
/** A model version cell: 3, "3" or "v3". */
function parseVersion(v) {
    const t = cellText(v);
    if (t === null)
        return NaN;
    const m = /^[vV]?(\d+)$/.exec(t);
    const n = m ? Number(m[1]) : NaN;
    return Number.isSafeInteger(n) && n > 0 ? n : NaN;
}
function columnIndex(names, name, file, what) {
    const k = names.indexOf(name);
    if (k < 0) {
        throw new src/* ConfigurationError */.j1(`${file}: no column '${name}' (${what}); its columns are ${names
            .slice(0, 20)
            .map((n) => `'${n}'`)
            .join(", ")}${names.length > 20 ? ", …" : ""}`, { code: "column-missing", location: { file, line: 1 } });
    }
    return k;
}
class Join {
    options;
    counts = {
        predictionRows: 0,
        labelRows: 0,
        predictions: 0,
        labelled: 0,
        unmatchedLabels: 0,
        duplicatePredictions: 0,
        duplicateLabels: 0,
        conflictingLabels: 0,
        lateLabels: 0,
        invalidPredictions: 0,
        invalidLabels: 0,
    };
    samples = [];
    classes = [];
    classIndex = new Map();
    table = null;
    cells = new Map();
    lastKey = NaN;
    lastCell = null;
    h = new Uint32Array(2);
    driftColumns = null;
    predictionColumns = 1;
    scoreMode = "none";
    probaClasses = [];
    labelTimes = false;
    sampleCounts = new Map();
    constructor(options) {
        this.options = options;
    }
    sample(kind, file, line, message) {
        const n = this.sampleCounts.get(kind) ?? 0;
        this.sampleCounts.set(kind, n + 1);
        if (n < 10)
            this.samples.push({ kind, file, line, message });
    }
    classOf(text) {
        let k = this.classIndex.get(text);
        if (k === undefined) {
            k = this.classes.length;
            if (k >= join_MAX_CLASSES)
                throw new src/* ConfigurationError */.j1(`the labels and predictions have more than ${join_MAX_CLASSES} distinct values: not classes; set task: regression`, { code: "input-invalid" });
            this.classes.push(text);
            this.classIndex.set(text, k);
        }
        return k;
    }
    async run() {
        this.labelTimes = await this.labelsHaveTimes();
        this.table = new IdTable({
            expected: this.options.expectedIds,
            numericLabels: this.options.regression,
            labelTimes: this.labelTimes,
        });
        for (const file of this.options.labels)
            await this.readLabels(file);
        for (const file of this.options.predictions)
            await this.readPredictions(file);
        this.counts.unmatchedLabels = this.table.countLabelsOnly();
        this.table = null; // the join is done: let the table go before the windows are computed
        return {
            counts: this.counts,
            samples: this.samples,
            cells: [...this.cells.values()],
            classes: this.classes,
            driftColumns: this.driftColumns ?? [],
            predictionColumns: this.predictionColumns,
            scoreMode: this.scoreMode,
            probaClasses: this.probaClasses,
            labelTimes: this.labelTimes,
        };
    }
    /** Whether every labels file has the timestamp column (read from the first row of each). */
    async labelsHaveTimes() {
        if (!this.options.labels.length)
            return false;
        const { timestamp } = this.options.columns;
        let all = true;
        for (const file of this.options.labels) {
            let has = false;
            await readRows(file, {
                header: (names) => {
                    has = names.includes(timestamp);
                    throw new HeaderRead();
                },
                row: () => { },
            }, this.options.cwd).catch((error) => {
                if (!(error instanceof HeaderRead))
                    throw error;
            });
            all &&= has;
        }
        return all;
    }
    async readLabels(file) {
        const { columns, regression, cwd } = this.options;
        const table = this.table;
        let idK = -1;
        let labelK = -1;
        let timeK = -1;
        const h = this.h;
        await readRows(file, {
            header: (names) => {
                idK = columnIndex(names, columns.id, file, "id-column");
                labelK = columnIndex(names, columns.label, file, "label-column");
                timeK = this.labelTimes ? names.indexOf(columns.timestamp) : -1;
            },
            row: (row, line) => {
                this.counts.labelRows++;
                const hasId = row.hashId(idK, h);
                const raw = row.value(labelK);
                let label;
                if (regression)
                    label = cellNumber(raw);
                else {
                    const t = cellText(raw);
                    label = t === null ? NaN : this.classOf(t);
                }
                if (!hasId || !Number.isFinite(label)) {
                    this.counts.invalidLabels++;
                    this.sample("invalid-label", file, line, !hasId
                        ? `no ${columns.id}`
                        : `${columns.label} ${JSON.stringify(cellText(raw))} is not a label`);
                    return;
                }
                const s = table.slot(h[0], h[1]);
                const ms = timeK >= 0 ? (0,windows/* parseTimestamp */.EH)(row.value(timeK)) : NaN;
                if (table.flags(s) & HAS_LABEL) {
                    this.counts.duplicateLabels++;
                    const conflict = table.label(s) !== label;
                    if (conflict)
                        this.counts.conflictingLabels++;
                    this.sample(conflict ? "conflicting-label" : "duplicate-label", file, line, `${columns.id} ${JSON.stringify(idText(row.value(idK)))} labelled again${conflict ? " with another label (the later one is used)" : ""}`);
                }
                table.setFlag(s, HAS_LABEL);
                table.setLabel(s, label, toDay(ms));
            },
        }, cwd);
    }
    cellFor(window, version) {
        const key = window * 1_048_576 + version;
        if (key === this.lastKey)
            return this.lastCell;
        let cell = this.cells.get(key);
        if (!cell) {
            cell = new Cell(window, version, this.driftColumns, this.scoreMode === "binary" ? 4 : this.scoreMode === "proba" ? 2 : 0);
            this.cells.set(key, cell);
        }
        this.lastKey = key;
        this.lastCell = cell;
        return cell;
    }
    /** Fixes the monitored columns from the first prediction file's header. */
    planColumns(names) {
        const c = this.options.columns;
        const score = c.score;
        const proba = score ? names.filter((n) => n.startsWith(`${score}_`) && n.length > score.length + 1) : [];
        if (score && names.includes(score))
            this.scoreMode = "binary";
        else if (proba.length >= 2) {
            this.scoreMode = "proba";
            this.probaClasses = proba.map((n) => cellText(n.slice(score.length + 1)) ?? "");
        }
        else if (score) {
            throw new src/* ConfigurationError */.j1(`score-column '${score}': the prediction log has neither a column '${score}' nor columns '${score}_<class>' (one per class)`, { code: "column-missing" });
        }
        const special = new Set([c.id, c.timestamp, c.version, c.prediction, c.label]);
        const scoreColumns = this.scoreMode === "binary" ? [score] : this.scoreMode === "proba" ? proba : [];
        for (const n of scoreColumns)
            special.add(n);
        this.predictionColumns = 1 + scoreColumns.length;
        this.driftColumns = [c.prediction, ...scoreColumns, ...names.filter((n) => !special.has(n))];
    }
    async readPredictions(file) {
        const { columns, windowing, cwd } = this.options;
        let k = null;
        await readRows(file, {
            header: (names) => {
                if (!this.driftColumns)
                    this.planColumns(names);
                const calendar = windowing.spec.kind !== "rows";
                k = {
                    id: columnIndex(names, columns.id, file, "id-column"),
                    ts: calendar || this.labelTimes
                        ? columnIndex(names, columns.timestamp, file, "timestamp-column")
                        : names.indexOf(columns.timestamp),
                    version: columnIndex(names, columns.version, file, "version-column"),
                    pred: columnIndex(names, columns.prediction, file, "prediction-column"),
                    label: this.options.labels.length ? -1 : names.indexOf(columns.label),
                    drift: this.driftColumns.map((n) => names.indexOf(n)),
                };
                const missing = this.driftColumns.slice(1, this.predictionColumns).filter((_, i) => k.drift[i + 1] < 0);
                if (missing.length)
                    throw new src/* ConfigurationError */.j1(`${file}: no score column ${missing.map((m) => `'${m}'`).join(", ")} (score-column)`, {
                        code: "column-missing",
                        location: { file, line: 1 },
                    });
            },
            row: (row, line) => this.predictionRow(row, line, file, k),
        }, cwd);
    }
    invalid(file, line, message) {
        this.counts.invalidPredictions++;
        this.sample("invalid-prediction", file, line, message);
    }
    predictionRow(row, line, file, k) {
        const { columns, windowing, regression } = this.options;
        const index = this.counts.predictionRows++;
        if (!row.hashId(k.id, this.h))
            return this.invalid(file, line, `no ${columns.id}`);
        const ms = k.ts >= 0 ? (0,windows/* parseTimestamp */.EH)(row.value(k.ts)) : NaN;
        const window = windowing.key(ms, index);
        if (window !== window)
            return this.invalid(file, line, `${columns.timestamp} ${JSON.stringify(cellText(row.value(k.ts)))} is not a time`);
        const version = parseVersion(row.value(k.version));
        if (version !== version)
            return this.invalid(file, line, `${columns.version} ${JSON.stringify(cellText(row.value(k.version)))} is not a model version (3 or v3)`);
        const rawPred = row.value(k.pred);
        let pred;
        if (regression)
            pred = cellNumber(rawPred);
        else {
            const t = cellText(rawPred);
            pred = t === null ? NaN : this.classOf(t);
        }
        if (!Number.isFinite(pred))
            return this.invalid(file, line, `${columns.prediction} ${JSON.stringify(cellText(rawPred))} is not a prediction`);
        const table = this.table;
        const s = table.slot(this.h[0], this.h[1]);
        const flags = table.flags(s);
        const cell = this.cellFor(window, version);
        if (flags & HAS_PREDICTION) {
            this.counts.duplicatePredictions++;
            cell.duplicatePredictions++;
            this.sample("duplicate-prediction", file, line, `${columns.id} ${JSON.stringify(idText(row.value(k.id)))} logged again (the first row counts)`);
            return;
        }
        table.setFlag(s, HAS_PREDICTION);
        this.counts.predictions++;
        cell.rows++;
        const drift = k.drift;
        const profilers = cell.profilers;
        for (let d = 0; d < drift.length; d++)
            if (drift[d] >= 0)
                row.feed(drift[d], profilers[d]);
        let label = NaN;
        if (flags & HAS_LABEL) {
            label = table.label(s);
            const at = table.labelTime(s);
            if (at === at && at >= windowing.endOf(window)) {
                cell.lateLabels++;
                this.counts.lateLabels++;
            }
        }
        else if (k.label >= 0) {
            const raw = row.value(k.label);
            if (regression)
                label = cellNumber(raw);
            else {
                const t = cellText(raw);
                label = t === null ? NaN : this.classOf(t);
            }
        }
        if (label !== label)
            return;
        this.counts.labelled++;
        cell.labelled++;
        if (regression)
            cell.addRegression(label, pred);
        else
            this.addClassRow(cell, row, k, label, pred);
    }
    addClassRow(cell, row, k, label, pred) {
        let a = NaN;
        let b = NaN;
        if (this.scoreMode === "binary") {
            const s = cellNumber(row.value(k.drift[1]));
            if (s === s) {
                a = (0,metrics_src/* binaryRowLoss */.TC)(1, s);
                b = (0,metrics_src/* binaryRowLoss */.TC)(0, s);
                cell.addScore(label, s);
            }
        }
        else if (this.scoreMode === "proba") {
            const labelText = this.classes[label];
            let sum = 0;
            let py = NaN;
            for (let c = 0; c < this.probaClasses.length; c++) {
                let p = cellNumber(row.value(k.drift[1 + c]));
                if (p !== p) {
                    sum = NaN;
                    break;
                }
                p = p < metrics_src/* EPS */.HV ? metrics_src/* EPS */.HV : p > 1 - metrics_src/* EPS */.HV ? 1 - metrics_src/* EPS */.HV : p;
                sum += p;
                if (this.probaClasses[c] === labelText)
                    py = p;
            }
            // A label without a probability column: the model gave it probability 0 (clipped to eps).
            if (sum === sum)
                a = -Math.log((py === py ? py : metrics_src/* EPS */.HV) / sum);
        }
        cell.addClass(label, pred, a, b);
    }
}
class HeaderRead extends Error {
}

;// CONCATENATED MODULE: ./packages/monitor/src/poisson.ts

/*
 * Random draws for the grouped Poisson bootstrap: uniform doubles from xoshiro128** (seeded as
 * @mlops/metrics seeds its bootstrap), Poisson(λ) by inversion for small λ and by Hörmann's
 * PTRS transformed rejection (1993) for λ ≥ 10, standard normals by Box–Muller.
 */
class Random {
    s;
    spare = NaN;
    constructor(seed) {
        this.s = (0,metrics_src/* seedState */.B0)(seed);
    }
    /** 32 random bits. */
    next() {
        const s = this.s;
        const m = Math.imul(s[1], 5);
        const r = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
        const t = s[1] << 9;
        s[2] = s[2] ^ s[0];
        s[3] = s[3] ^ s[1];
        s[1] = s[1] ^ s[2];
        s[0] = s[0] ^ s[3];
        s[2] = s[2] ^ t;
        s[3] = (s[3] << 11) | (s[3] >>> 21);
        return r;
    }
    /** Uniform in (0, 1). */
    uniform() {
        return (this.next() + 0.5) / 4294967296;
    }
    normal() {
        if (this.spare === this.spare) {
            const z = this.spare;
            this.spare = NaN;
            return z;
        }
        const u = this.uniform();
        const v = this.uniform();
        const r = Math.sqrt(-2 * Math.log(u));
        this.spare = r * Math.sin(2 * Math.PI * v);
        return r * Math.cos(2 * Math.PI * v);
    }
    poisson(lambda) {
        if (!(lambda > 0))
            return 0;
        if (lambda < 10) {
            // Inversion by sequential search.
            let k = 0;
            let p = Math.exp(-lambda);
            let cdf = p;
            const u = this.uniform();
            while (u > cdf && k < 1000) {
                k++;
                p *= lambda / k;
                cdf += p;
            }
            return k;
        }
        // PTRS (Hörmann 1993, "The transformed rejection method for generating Poisson random variables").
        const slam = Math.sqrt(lambda);
        const loglam = Math.log(lambda);
        const b = 0.931 + 2.53 * slam;
        const a = -0.059 + 0.02483 * b;
        const invalpha = 1.1239 + 1.1328 / (b - 3.4);
        const vr = 0.9277 - 3.6224 / (b - 2);
        for (;;) {
            const U = this.uniform() - 0.5;
            const V = this.uniform();
            const us = 0.5 - Math.abs(U);
            const k = Math.floor(((2 * a) / us + b) * U + lambda + 0.43);
            if (us >= 0.07 && V <= vr)
                return k;
            if (k < 0 || (us < 0.013 && V > us))
                continue;
            if (Math.log(V) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
                -lambda + k * loglam - logFactorial(k))
                return k;
        }
    }
}
const LOG_FACTORIALS = (() => {
    const t = new Float64Array(256);
    for (let i = 2; i < 256; i++)
        t[i] = t[i - 1] + Math.log(i);
    return t;
})();
/** ln(k!) exactly from a table below 256, by Stirling's series above. */
function logFactorial(k) {
    if (k < 256)
        return LOG_FACTORIALS[k];
    const x = k + 1;
    return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/monitor/src/reference.ts





/*
 * What a served version is compared with: its registered metrics (the rules' baseline), its
 * reference profile (the ValidationReport of its training data: feature drift) and its own
 * holdout predictions (prediction drift). The profile and the predictions come from the
 * `reference` / `holdout-predictions` inputs (a path, `{version}` replaced by the number), or
 * else from the version's registered files: a `mlops-reference.json` or `validation.json`
 * ValidationReport and a `predictions.{csv,tsv,jsonl,parquet}` file (what train's model-path
 * holds when the trainer writes its holdout predictions next to the model), downloaded
 * sha256-verified when the version's files total at most REFERENCE_DOWNLOAD_LIMIT.
 */
const REFERENCE_DOWNLOAD_LIMIT = 256 * 1024 * 1024;
const REFERENCE_NAMES = new Set(["mlops-reference.json", "validation.json"]);
const HOLDOUT_NAME = /^predictions\.(csv|tsv|jsonl|parquet)$/i;
/** A saved profile (ValidationReport) as profilers with their types. */
async function loadProfile(file, shown) {
    const report = await (0,src/* readDocument */.u0)("mlops.validation", file);
    const columns = new Map();
    for (const [name, p] of Object.entries(report.profile)) {
        if (!p.sketches)
            continue;
        columns.set(name, {
            profiler: data_src.ColumnProfiler.fromSketches(name, p.sketches),
            type: p.type,
        });
    }
    if (!columns.size)
        throw new src/* ConfigurationError */.j1(`${shown}: the profile has no saved sketches; re-run validate-data on the reference data to save a usable profile`, { code: "reference-invalid", location: { file: shown } });
    return { source: shown, rows: report.dataset.rows, columns };
}
/** Holdout predictions profiled in one pass (@mlops/data's DatasetProfiler). */
async function loadHoldout(file, shown) {
    const profiler = new data_src.DatasetProfiler({});
    await profiler.read(file);
    const columns = new Map();
    for (const [name, p] of profiler.columns)
        columns.set(name, { profiler: p, type: p.inferType() });
    return { source: shown, rows: profiler.rows, columns };
}
function fromTemplate(template, version, cwd) {
    const shown = template.replaceAll("{version}", String(version));
    return { file: external_node_path_default().resolve(cwd, shown), shown };
}
async function fromInputs(out, sources) {
    const v = out.version;
    const given = { reference: false, holdout: false };
    if (sources.reference) {
        given.reference = true;
        const { file, shown } = fromTemplate(sources.reference, v, sources.cwd);
        if ((0,external_node_fs_.existsSync)(file))
            out.reference = await loadProfile(file, shown);
        else
            out.notes.push(`no reference profile at ${shown}: feature drift not measured`);
    }
    if (sources.holdoutPredictions) {
        given.holdout = true;
        const { file, shown } = fromTemplate(sources.holdoutPredictions, v, sources.cwd);
        if ((0,external_node_fs_.existsSync)(file))
            out.holdout = await loadHoldout(file, shown);
        else
            out.notes.push(`no holdout predictions at ${shown}: prediction drift not measured`);
    }
    return given;
}
/** The version's registered reference profile and holdout predictions, downloaded when small enough. */
async function fromRegistry(out, want, download, logger) {
    const mv = out.registered;
    const base = (p) => p.split("/").pop() ?? p;
    const ref = want.reference ? mv.files.find((f) => REFERENCE_NAMES.has(base(f.path))) : undefined;
    const hold = want.holdout ? mv.files.find((f) => HOLDOUT_NAME.test(base(f.path))) : undefined;
    if (want.reference && !ref)
        out.notes.push(`v${out.version} has no registered reference profile (mlops-reference.json): feature drift not measured`);
    if (want.holdout && !hold)
        out.notes.push(`v${out.version} has no registered holdout predictions (predictions.csv): prediction drift not measured`);
    if (!ref && !hold)
        return;
    const bytes = mv.files.reduce((s, f) => s + f.bytes, 0);
    if (bytes > REFERENCE_DOWNLOAD_LIMIT) {
        out.notes.push(`v${out.version}'s files total ${bytes} bytes (over ${REFERENCE_DOWNLOAD_LIMIT}): its profile and holdout predictions were not downloaded; give reference / holdout-predictions`);
        return;
    }
    const dir = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), "mlops-monitor-"));
    try {
        await download(out.version, dir);
        const shown = (p) => `${mv.uri}/${p}`;
        if (ref)
            out.reference = await loadProfile(external_node_path_default().join(dir, ref.path), shown(ref.path));
        if (hold)
            out.holdout = await loadHoldout(external_node_path_default().join(dir, hold.path), shown(hold.path));
    }
    catch (error) {
        if (!(0,src/* isConfigurationError */.p0)(error))
            throw error;
        logger.warning(`v${out.version}: ${error.message}`);
        out.notes.push(`v${out.version}'s registered reference could not be read: ${error.message}`);
    }
    finally {
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    }
}
async function versionReference(version, registered, sources, download, logger) {
    const out = { version, registered, reference: null, holdout: null, notes: [] };
    if (!registered)
        out.notes.push(`v${version} is not in the registry: no registered metrics to compare with`);
    const given = await fromInputs(out, sources);
    if (registered && download && (!given.reference || !given.holdout))
        await fromRegistry(out, { reference: !given.reference, holdout: !given.holdout }, download, logger);
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
;// CONCATENATED MODULE: ./packages/report/src/limits.ts

const limits_LIMITS = {
    comment: { max: 65_536, measure: "utf16", label: "comment" },
    checkRun: { max: 65_535, measure: "utf8", label: "check run" },
    summary: { max: 1024 * 1024, measure: "utf8", label: "job summary" },
};
/** UTF-8 byte length without allocating. Lone surrogates count as U+FFFD (3 bytes), as encoders write them. */
function utf8Length(s) {
    let bytes = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const next = s.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                bytes += 4;
                i++;
            }
            else
                bytes += 3;
        }
        else
            bytes += 3;
    }
    return bytes;
}
function limits_measure(s, how) {
    return how === "utf16" ? s.length : utf8Length(s);
}
function limits_describeLimit(limit) {
    const n = formatCount(limit.max);
    if (limit.max === 1024 * 1024)
        return `GitHub limits a ${limit.label} to 1 MiB`;
    return `GitHub limits a ${limit.label} to ${n} ${limit.measure === "utf16" ? "characters" : "bytes"}`;
}

;// CONCATENATED MODULE: ./packages/report/src/marker.ts
/*
 * The hidden marker that identifies our sticky comment: `<!-- mlops-report:<model>[:<cell>] -->`,
 * the first line of the comment (where @mlops/github's upsertStickyComment puts and looks for it).
 * Model names are restricted (letters, digits, '.', '_', '-'), matrix cells are free text, so
 * both are percent-encoded outside that set: the marker can never contain `-->`, a second
 * marker, or a ':' that would make "a" + cell "b:c" equal model "a:b" + cell "c". User text in
 * the body is HTML-escaped (escape.ts), so no input can put `<!--` into a rendered report.
 */

const MARKER_KEY_PREFIX = "mlops-report:";
function encodePart(s) {
    return Array.from(new TextEncoder().encode(wellFormed(s)))
        .map((b) => {
        const c = String.fromCharCode(b);
        return /[A-Za-z0-9._]/.test(c) || (c === "-" && b < 0x80)
            ? c
            : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
    })
        .join("")
        .replace(/--/g, "-%2D");
}
/**
 * The marker's key, `mlops-report:<model>[:<cell>]`: what @mlops/github's upsertStickyComment
 * takes as `marker` (it writes it as the hidden first line `<!-- key -->`).
 */
function marker_reportMarkerKey(model, matrixCell) {
    const cell = matrixCell ? `:${encodePart(matrixCell)}` : "";
    return `${MARKER_KEY_PREFIX}${encodePart(model)}${cell}`;
}
/** The hidden line itself: `<!-- mlops-report:<model>[:<cell>] -->`. */
function marker_reportMarker(model, matrixCell) {
    return `<!-- ${marker_reportMarkerKey(model, matrixCell)} -->`;
}
/** True when `body` carries exactly this marker (not one for another model or matrix cell). */
function hasMarker(body, marker) {
    return typeof body === "string" && body.includes(marker);
}

;// CONCATENATED MODULE: ./packages/report/src/fit.ts


function fit_fitSections(sections, options) {
    const { limit } = options;
    const label = options.fullReportLabel ?? "full report";
    const where = options.fullReportUrl ? ` The ${link(label, options.fullReportUrl)} has everything.` : "";
    const notice = (hidden) => `> ✂️ ${hidden} not shown: ${describeLimit(options.describe ?? limit)}.${where}`;
    const state = new Map(sections.map((s) => [s.id, { rows: s.rows, dropped: false }]));
    const cache = new Map();
    const renderOne = (s) => {
        const st = state.get(s.id);
        const key = `${s.id}\u0000${st.dropped ? "x" : st.rows}`;
        let out = cache.get(key);
        if (out === undefined) {
            out = st.dropped ? (s.dropped ? notice(s.dropped) : "") : s.render(st.rows, notice);
            cache.set(key, out);
        }
        return out;
    };
    const assemble = () => sections
        .map(renderOne)
        .filter((p) => p !== "")
        .join("\n\n") + "\n";
    const size = (md) => measure(md, limit.measure);
    const fits = () => size(assemble()) <= limit.max;
    const trimmed = new Set();
    if (!fits()) {
        const order = sections.filter((s) => s.priority !== Infinity).sort((a, b) => a.priority - b.priority);
        // Pass 1: cap long sections at their soft size.
        for (const s of order) {
            if (fits())
                break;
            const st = state.get(s.id);
            if (s.rows > 0 && s.softRows !== undefined && s.softRows < st.rows) {
                st.rows = s.softRows;
                trimmed.add(s.id);
            }
        }
        // Pass 2: lowest priority first, keep as many rows as fit, else drop.
        for (const s of order) {
            if (fits())
                break;
            const st = state.get(s.id);
            trimmed.add(s.id);
            const min = Math.max(1, s.minRows ?? 1);
            if (s.rows > 0 && st.rows >= min) {
                let lo = min;
                let hi = st.rows;
                st.rows = lo;
                if (fits()) {
                    while (lo < hi) {
                        const mid = Math.ceil((lo + hi) / 2);
                        st.rows = mid;
                        if (fits())
                            lo = mid;
                        else
                            hi = mid - 1;
                    }
                    st.rows = lo;
                    break;
                }
            }
            st.dropped = true;
        }
    }
    // Pass 3: give room left over back, most important sections first.
    if (trimmed.size) {
        const byImportance = sections
            .filter((s) => s.priority !== Infinity)
            .sort((a, b) => b.priority - a.priority);
        for (const s of byImportance) {
            const st = state.get(s.id);
            if (st.dropped || st.rows >= s.rows)
                continue;
            let lo = st.rows;
            let hi = s.rows;
            while (lo < hi) {
                const mid = Math.ceil((lo + hi) / 2);
                st.rows = mid;
                if (fits())
                    lo = mid;
                else
                    hi = mid - 1;
            }
            st.rows = lo;
            if (lo >= s.rows && !st.dropped)
                trimmed.delete(s.id);
        }
    }
    const markdown = assemble();
    const finalSize = size(markdown);
    if (finalSize > limit.max) {
        // Only pinned sections are left and they are bounded (names are cut at 200 graphemes), so
        // this means a bug; say it plainly rather than let GitHub reject the body.
        const fallback = `${notice("This report")}\n`;
        return { markdown: fallback, size: size(fallback), trimmed: sections.map((s) => s.id) };
    }
    return { markdown, size: finalSize, trimmed: [...trimmed] };
}

;// CONCATENATED MODULE: ./packages/report/src/verdict.ts
const EMOJI = { pass: "✅", fail: "❌", "no-baseline": "🆕", info: "📊" };
function verdict_verdictOf(docs) {
    const failures = [];
    const { comparison, validation, run } = docs;
    if (comparison && (comparison.verdict === "fail" || !comparison.passed))
        failures.push("gate");
    if (validation && !validation.passed)
        failures.push("data");
    if (run && (run.status === "failed" || run.status === "timed-out"))
        failures.push("run");
    let state;
    if (failures.length > 0)
        state = "fail";
    else if (comparison)
        state = comparison.verdict === "no-baseline" ? "no-baseline" : "pass";
    else if (validation)
        state = "pass";
    else
        state = "info";
    const conclusion = state === "fail" ? "failure" : state === "pass" ? "success" : "neutral";
    return { state, emoji: EMOJI[state], conclusion, failures };
}

;// CONCATENATED MODULE: ./packages/report/src/history.ts

/** Line colours, in order; each ≥ 3:1 against #ffffff and #0d1117 (test/browser checks it). */
const CHART_PALETTE = ["#1f77b4", "#e8590c", "#9467bd", "#1a7f37", "#d62728", "#8c564b"];
/** The legend's mark for each palette colour (GitHub renders these emoji in its own colours). */
const PALETTE_MARKS = ["🟦", "🟧", "🟪", "🟩", "🟥", "🟫"];
/** Titles, axes, ticks, labels and the legend. */
const CHART_TEXT = "#768390";
/**
 * The init directive of every xychart we emit (history charts, monitor-model's summary): explicit
 * theme colours readable on GitHub's light and dark themes, at `width` px.
 */
function xyChartInit(width = 720) {
    return `%%{init: ${JSON.stringify({
        theme: "base",
        themeVariables: {
            xyChart: {
                backgroundColor: "transparent",
                titleColor: CHART_TEXT,
                xAxisLabelColor: CHART_TEXT,
                xAxisTitleColor: CHART_TEXT,
                xAxisTickColor: CHART_TEXT,
                xAxisLineColor: CHART_TEXT,
                yAxisLabelColor: CHART_TEXT,
                yAxisTitleColor: CHART_TEXT,
                yAxisTickColor: CHART_TEXT,
                yAxisLineColor: CHART_TEXT,
                // Newer Mermaid draws a legend and data labels of its own: the same grey for them.
                legendTextColor: CHART_TEXT,
                dataLabelColor: CHART_TEXT,
                plotColorPalette: CHART_PALETTE.join(", "),
            },
        },
        xyChart: { width, height: 300 },
    })}}%%`;
}
const INIT = xyChartInit();
/** The last `count` versions by number, oldest first. */
function recentVersions(history, count) {
    if (count <= 0)
        return [];
    const byNumber = new Map();
    for (const v of history)
        byNumber.set(v.number, v);
    return [...byNumber.values()].sort((a, b) => a.number - b.number).slice(-count);
}
/**
 * The production alias's history, oldest first: from `start` (the compared baseline's version;
 * else the version `production` points at) back through each version's parentVersion (what
 * production was when it was registered), at most `count` versions. Versions registered after
 * `start` (the candidate itself, when the report is built after registering) are not in it.
 * Empty when there is no such version: no chart without history.
 */
function productionHistory(history, count, start = null) {
    if (count <= 0 || !history.length)
        return [];
    const byNumber = new Map();
    for (const v of history)
        byNumber.set(v.number, v);
    let current = start !== null
        ? byNumber.get(start)
        : [...byNumber.values()].find((v) => v.aliases.includes("production"));
    const out = [];
    const seen = new Set();
    while (current && out.length < count && !seen.has(current.number)) {
        seen.add(current.number);
        out.push(current);
        const parent = current.lineage.parentVersion;
        current = parent !== null && parent < current.number ? byNumber.get(parent) : undefined;
    }
    return out.reverse();
}
/**
 * The versions to chart: the production alias's history (productionHistory) when it has two or
 * more versions; else the newest `count` versions up to `start` (all when `start` is null or
 * not a registered number higher than any), e.g. versions registered without promotion.
 */
function history_chartVersions(history, count, start = null) {
    const chain = productionHistory(history, count, start);
    if (chain.length >= 2)
        return { versions: chain, production: true };
    const pool = start !== null ? history.filter((v) => v.number <= start) : history;
    const recent = recentVersions(pool, count);
    return { versions: recent, production: recent.length === chain.length && chain.length > 0 };
}
/** Whether the values of a series fit the shared 0–1 scale. */
function unitScale(values) {
    return values.every((v) => v >= 0 && v <= 1);
}
const finite = (x) => x !== null && x !== undefined && Number.isFinite(x) ? x : null;
/** Registered values per version, then the re-scored baseline, then the candidate. */
function seriesValues(series, versions) {
    const values = versions.map((v) => finite(v.metrics[series.metric]));
    values.push(finite(series.rescored), finite(series.candidate));
    return values;
}
function directionWord(s) {
    return s.greaterIsBetter === true ? " ↑" : s.greaterIsBetter === false ? " ↓" : "";
}
/**
 * The charts for these series over `versions` (oldest first) plus the candidate: the series on a
 * 0–1 scale share one chart (with a legend), any other gets its own (with its gate threshold as
 * a flat line). At most `max` charts; none for a series with fewer than two points.
 */
function history_historyCharts(series, versions, options) {
    if (!versions.length)
        return [];
    const shared = [];
    const own = [];
    for (const s of series) {
        const values = seriesValues(s, versions).filter((v) => v !== null);
        if (values.length < 2)
            continue;
        (unitScale(values) ? shared : own).push(s);
    }
    const charts = [];
    const max = options.max ?? 4;
    if (shared.length) {
        const chart = historyChart(shared.slice(0, CHART_PALETTE.length), versions, options);
        if (chart)
            charts.push(chart);
    }
    for (const s of own) {
        if (charts.length >= max)
            break;
        const chart = historyChart([s], versions, options);
        if (chart)
            charts.push(chart);
    }
    return charts;
}
/**
 * One chart of one or more series over `versions` plus the candidate, or null when no series
 * has two points. A single series with a gate threshold gets the threshold as a flat line. Under
 * the chart, a table of the plotted values, each line's colour marking its row (the legend).
 */
function historyChart(series, versions, options) {
    const list = (Array.isArray(series) ? series : [series]).slice(0, CHART_PALETTE.length);
    // Columns: the versions where at least one series has a value, the re-scored baseline, then
    // the candidate.
    const columns = [];
    const valuesOf = list.map((s) => seriesValues(s, versions));
    versions.forEach((v, i) => {
        if (valuesOf.some((vals) => vals[i] !== null))
            columns.push({ label: `v${v.number}`, index: i });
    });
    if (valuesOf.some((vals) => vals[versions.length] !== null))
        columns.push({ label: options.rescoredLabel ?? "baseline re-scored", index: versions.length });
    if (valuesOf.some((vals) => vals[versions.length + 1] !== null))
        columns.push({ label: options.candidateLabel, index: versions.length + 1 });
    const plotted = list
        .map((s, k) => ({ s, values: columns.map((c) => valuesOf[k][c.index] ?? null) }))
        .filter((p) => p.values.filter((v) => v !== null).length >= 2 || columns.length >= 2);
    if (columns.length < 2 || !plotted.length)
        return null;
    const single = plotted.length === 1 ? plotted[0].s : null;
    const threshold = single?.threshold ?? null;
    const all = plotted.flatMap((p) => p.values.filter((v) => v !== null));
    if (threshold !== null)
        all.push(threshold);
    if (all.length < 2)
        return null;
    let lo = Math.min(...all);
    let hi = Math.max(...all);
    const span = hi - lo;
    const pad = span > 0 ? span * 0.15 : Math.abs(hi) * 0.05 || 1;
    lo -= pad;
    hi += pad;
    if (!single && lo < 0 && Math.min(...all) >= 0)
        lo = 0;
    const title = single
        ? `${mermaidText(single.metric, 50)}${directionWord(single)}${threshold !== null ? mermaidText(`, flat line: gate ${plainNumber(threshold)}`, 40) : ""}`
        : "Gated metrics (↑ higher is better, ↓ lower is better)";
    const lines = [
        "```mermaid",
        INIT,
        "xychart-beta",
        `  title "${title}"`,
        `  x-axis [${columns.map((c) => `"${mermaidText(c.label, 20)}"`).join(", ")}]`,
        `  y-axis "${single ? mermaidText(single.metric, 30) : "value"}" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
    ];
    for (const p of plotted) {
        // A missing point is drawn at the previous value (xychart has no gaps); the table says "—".
        let last = p.values.find((v) => v !== null) ?? 0;
        const points = p.values.map((v) => {
            if (v !== null)
                last = v;
            return mermaidNumber(last);
        });
        lines.push(`  line "${mermaidText(p.s.metric, 40)}${directionWord(p.s)}" [${points.join(", ")}]`);
    }
    if (threshold !== null)
        lines.push(`  line "gate ${mermaidText(plainNumber(threshold), 12)}" [${columns.map(() => mermaidNumber(threshold)).join(", ")}]`);
    lines.push("```");
    const rows = plotted.map((p, k) => [
        `${PALETTE_MARKS[k]} ${cell(p.s.metric, 60)}${directionWord(p.s)}`,
        ...p.values.map((v) => formatNumber(v)),
    ]);
    if (threshold !== null)
        rows.push([`${PALETTE_MARKS[plotted.length]} gate`, ...columns.map(() => formatNumber(threshold))]);
    const values = table(["line", ...columns.map((c) => cell(c.label, 30))], rows, [
        "left",
        ...columns.map(() => "right"),
    ]);
    return `${lines.join("\n")}\n\n${values}`;
}
/** formatNumber with an ASCII minus (Mermaid labels). */
function plainNumber(x) {
    return formatNumber(x).replaceAll("\u2212", "-");
}

// EXTERNAL MODULE: ./packages/report/src/metrics-table.ts
var metrics_table = __webpack_require__(43760);
;// CONCATENATED MODULE: ./packages/report/src/classes.ts

function isMatrix(m, k) {
    return (Array.isArray(m) &&
        m.length === k &&
        m.every((r) => Array.isArray(r) && r.length === k && r.every((x) => Number.isFinite(x) && x >= 0)));
}
/** The confusion matrices of a Comparison, or null when absent or malformed. */
function classes_confusionOf(comparison) {
    const raw = comparison?.predictions?.confusionMatrix;
    if (!raw || typeof raw !== "object" || !Array.isArray(raw.classes))
        return null;
    const classes = raw.classes.map((c) => String(c));
    if (classes.length < 2 || !isMatrix(raw.matrix, classes.length))
        return null;
    return {
        classes,
        candidate: raw.matrix,
        baseline: isMatrix(raw.baseline, classes.length) ? raw.baseline : null,
    };
}
/** Precision, recall, F1 and support of each class from a confusion matrix. */
function classScores(m) {
    return m.map((row, i) => {
        const tp = row[i];
        const support = row.reduce((a, b) => a + b, 0);
        const predicted = m.reduce((a, r) => a + r[i], 0);
        const precision = predicted > 0 ? tp / predicted : null;
        const recall = support > 0 ? tp / support : null;
        const f1 = precision !== null && recall !== null && precision + recall > 0
            ? (2 * precision * recall) / (precision + recall)
            : null;
        return { precision, recall, f1, support };
    });
}
function pair(b, c) {
    const cand = formatNumber(c, 3);
    if (b === undefined)
        return cand;
    if (b === null || c === null)
        return `${formatNumber(b, 3)} → ${cand}`;
    const d = c - b;
    const mark = Math.abs(d) < 5e-4 ? "" : d > 0 ? " 🟢" : " 🔴";
    return `${formatNumber(b, 3)} → ${cand}${mark}`;
}
/** The per-class table: class | support | precision | recall | F1 (baseline → candidate). */
function perClassTable(conf) {
    const cand = classScores(conf.candidate);
    const base = conf.baseline ? classScores(conf.baseline) : null;
    const what = base ? " (baseline → candidate)" : "";
    return table(["class", "support", `precision${what}`, `recall${what}`, `F1${what}`], conf.classes.map((name, i) => {
        const c = cand[i];
        const b = base?.[i];
        return [
            cell(name, 60),
            formatCount(c.support),
            pair(b ? b.precision : undefined, c.precision),
            pair(b ? b.recall : undefined, c.recall),
            pair(b ? b.f1 : undefined, c.f1),
        ];
    }), ["left", "right", "right", "right", "right"]);
}
/**
 * The confusion-matrix diff (candidate − baseline; only the candidate's matrix without a
 * baseline): a full K×K table up to 8 classes, else the changed cells, largest first.
 */
function confusionDiff(conf, maxCells = 40) {
    const k = conf.classes.length;
    const diff = conf.baseline
        ? conf.candidate.map((row, i) => row.map((x, j) => x - conf.baseline[i][j]))
        : null;
    const changed = diff ? diff.flat().filter((x) => x !== 0).length : 0;
    const value = (i, j) => {
        if (!diff)
            return formatCount(conf.candidate[i][j]);
        const d = diff[i][j];
        if (d === 0)
            return "·";
        // A diagonal cell gaining rows is good (more correct); an off-diagonal one, bad.
        const good = i === j ? d > 0 : d < 0;
        return `${good ? "🟢" : "🔴"} ${formatSigned(d, 0)}`;
    };
    if (k <= 8) {
        const headers = ["true ↓ · predicted →", ...conf.classes.map((c) => cell(c, 30))];
        const rows = conf.classes.map((c, i) => [
            `**${cell(c, 30)}**`,
            ...conf.classes.map((_, j) => value(i, j)),
        ]);
        return { markdown: table(headers, rows, ["left", ...conf.classes.map(() => "right")]), changed };
    }
    const cells = [];
    for (let i = 0; i < k; i++)
        for (let j = 0; j < k; j++) {
            const d = diff ? diff[i][j] : conf.candidate[i][j];
            if (d !== 0 && (diff || i !== j))
                cells.push({ i, j, d });
        }
    cells.sort((a, b) => Math.abs(b.d) - Math.abs(a.d) || a.i - b.i || a.j - b.j);
    const shown = cells.slice(0, maxCells);
    const t = table(["true", "predicted", diff ? "change" : "rows"], shown.map((x) => [cell(conf.classes[x.i], 60), cell(conf.classes[x.j], 60), value(x.i, x.j)]), ["left", "left", "right"]);
    const more = cells.length > shown.length ? `\n\n${formatCount(cells.length - shown.length)} more cells.` : "";
    return { markdown: t + more, changed };
}
/** The classification section: per-class table, then the confusion diff, collapsed when large. */
function classes_classificationMarkdown(conf) {
    const k = conf.classes.length;
    const perClass = perClassTable(conf);
    const { markdown, changed } = confusionDiff(conf);
    const title = conf.baseline
        ? `Confusion matrix: candidate − baseline (${formatCount(changed)} cell${changed === 1 ? "" : "s"} changed; 🟢 more correct or fewer errors)`
        : "Confusion matrix of the candidate (rows: true class)";
    const large = k > 5;
    const perClassPart = large ? details(`Per-class scores (${k} classes)`, perClass) : perClass;
    return [`#### Per class`, perClassPart, details(title, markdown, !large)].join("\n\n");
}

// EXTERNAL MODULE: ./packages/report/src/model-facts.ts
var model_facts = __webpack_require__(65027);
;// CONCATENATED MODULE: ./packages/report/src/render.ts











const SHA = /^[0-9a-f]{7,64}$/i;
const NUMERIC_ID = /^\d{1,20}$/;
function modelOf(input) {
    return input.model ?? input.comparison?.model ?? "model";
}
/** Renders the report for one destination, within that destination's limit. */
function renderReport(input, options = {}) {
    const target = options.target ?? "comment";
    const limit = options.limit ??
        (target === "comment" ? LIMITS.comment : target === "checkRun" ? LIMITS.checkRun : LIMITS.summary);
    const ctx = makeContext(input, options, target);
    const marker = target === "comment" ? reportMarker(ctx.model, input.matrixCell) : null;
    // The marker is the hidden first line, as @mlops/github's upsertStickyComment writes it.
    const head = marker ? `${marker}\n` : "";
    const fitted = fitSections(buildSections(ctx), {
        limit: { ...limit, max: limit.max - measure(head, limit.measure) },
        describe: limit,
        fullReportUrl: fullReportUrl(input, target),
        fullReportLabel: target === "summary" ? "artifact" : "job summary",
    });
    const markdown = head + fitted.markdown;
    return {
        markdown,
        verdict: ctx.verdict,
        size: measure(markdown, limit.measure),
        trimmed: fitted.trimmed,
        marker,
        markerKey: marker ? reportMarkerKey(ctx.model, input.matrixCell) : null,
    };
}
/**
 * The check run's output: the verdict, metrics and data summary in `summary`, the details
 * (slices, params, data tables, run) in `text`; each within 65,535 bytes. No Mermaid here.
 */
function renderCheckRun(input, options = {}) {
    const ctx = makeContext(input, { ...options, historyLength: 0 }, "checkRun");
    const limit = options.limit ?? LIMITS.checkRun;
    const all = buildSections(ctx);
    const summaryIds = new Set(["header", "metrics", "residuals", "data-summary"]);
    const url = fullReportUrl(input, "checkRun");
    const summary = fitSections(all.filter((s) => summaryIds.has(s.id)), { limit, fullReportUrl: url, fullReportLabel: "job summary" }).markdown;
    const rest = all.filter((s) => !summaryIds.has(s.id) && s.id !== "footer");
    const detailText = rest.length
        ? fitSections(rest, { limit, fullReportUrl: url, fullReportLabel: "job summary" }).markdown
        : "";
    const cell = input.matrixCell ? ` (${input.matrixCell})` : "";
    return {
        name: plain(`mlops / ${ctx.model}${cell}`, 100),
        title: plain(checkTitle(ctx), 250),
        summary,
        text: detailText,
        conclusion: ctx.verdict.conclusion,
    };
}
function fullReportUrl(input, target) {
    const links = input.links ?? {};
    if (target === "summary")
        return links.artifact ?? null;
    return links.fullReport ?? links.workflowRun ?? null;
}
function makeContext(input, options, target) {
    const metrics = input.comparison?.metrics ?? [];
    const main = metrics.filter((m) => !m.slice).sort(compareMetricRows);
    const slices = metrics.filter((m) => m.slice).sort(compareMetricRows);
    return {
        input,
        model: modelOf(input),
        verdict: verdictOf(input),
        main,
        slices,
        options: {
            target,
            historyLength: options.historyLength ?? 10,
            maxCharts: options.maxCharts ?? 4,
            candidateLabel: options.candidateLabel ?? "candidate",
        },
    };
}
// -------------------------------------------------------------------------------------------
// Identities
function commitRef(sha, ctx) {
    if (!sha)
        return null;
    if (!SHA.test(sha))
        return code(sha, 40);
    const base = ctx.input.links?.repositoryUrl;
    const short = code(sha.slice(0, 7));
    return base ? link(short, `${base}/commit/${sha.toLowerCase()}`) : short;
}
function runRef(runId, ctx) {
    if (!runId)
        return null;
    const base = ctx.input.links?.repositoryUrl;
    if (NUMERIC_ID.test(runId) && base)
        return link(text(runId), `${base}/actions/runs/${runId}`);
    return code(runId, 40);
}
function candidateRef(ctx) {
    const c = ctx.input.comparison?.candidate;
    const run = ctx.input.run;
    const commit = commitRef(c?.gitSha ?? run?.git.sha, ctx);
    if (commit)
        return commit;
    const r = runRef(c?.runId ?? run?.workflow?.runId ?? run?.id, ctx);
    return r ? `run ${r}` : "";
}
function baselineRef(comparison) {
    const b = comparison.baseline;
    if (!b)
        return "no baseline";
    const version = b.version !== null ? `**v${b.version}**` : null;
    const alias = b.alias ? code(b.alias, 64) : null;
    if (version && alias)
        return `${version} (${alias})`;
    return version ?? alias ?? (b.source ? code(shortSource(b.source), 80) : "the baseline");
}
/**
 * A file named in the report, without a runner's or temp directory: absolute paths (the
 * Comparison may carry `/tmp/…/base.json` or `/home/runner/work/…`) are shown by their name.
 */
function shortSource(source) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
        return source;
    if (source.startsWith("/") || /^[A-Za-z]:[\\/]/.test(source)) {
        const parts = source.split(/[\\/]/).filter(Boolean);
        return parts[parts.length - 1] ?? source;
    }
    return source;
}
/** "Compared on `data/eval.csv` (293 rows), both models scored on the same rows." */
function evaluationLine(comparison) {
    const e = comparison.evaluation;
    if (!e)
        return null;
    const where = e.dataset
        ? `${code(shortSource(e.dataset.source), 80)} (${formatCount(e.dataset.rows)} rows, ${code(e.dataset.fingerprint.replace(/^sha256:/, "").slice(0, 12))})`
        : null;
    const how = e.pairedOn === "same-rows"
        ? "both models scored on the same rows"
        : e.pairedOn === "registered-metrics"
            ? `⚠️ not like-for-like: ${text(e.note, 300)}`
            : "the candidate alone";
    return `Evaluation set: ${where ? `${where}, ` : ""}${how}.`;
}
// -------------------------------------------------------------------------------------------
// Sections
function buildSections(ctx) {
    const out = [headerSection(ctx)];
    const metrics = metricsSection(ctx);
    if (metrics)
        out.push(metrics);
    const classes = classesSection(ctx);
    if (classes)
        out.push(classes);
    const residuals = residualsSection(ctx);
    if (residuals)
        out.push(residuals);
    const slices = slicesSection(ctx);
    if (slices)
        out.push(slices);
    const history = historySection(ctx);
    if (history)
        out.push(history);
    out.push(...paramsSections(ctx));
    out.push(...dataSections(ctx));
    const run = runSection(ctx);
    if (run)
        out.push(run);
    out.push(footerSection(ctx));
    return out;
}
function checkTitle(ctx) {
    const { verdict, main } = ctx;
    const gated = main.filter((m) => m.gate);
    const failing = gated.filter(isFailing);
    const parts = [];
    if (ctx.input.comparison) {
        if (failing.length)
            parts.push(`${failing.length} of ${gated.length} gated metrics fail`);
        else if (ctx.input.comparison.verdict === "no-baseline")
            parts.push("no baseline yet");
        else
            parts.push(gated.length ? `all ${gated.length} gated metrics pass` : "no gated metrics");
    }
    if (verdict.failures.includes("data"))
        parts.push("data validation failed");
    else if (ctx.input.validation && !ctx.input.comparison)
        parts.push("data validation passed");
    if (verdict.failures.includes("run"))
        parts.push("training run failed");
    if (!parts.length)
        parts.push(ctx.input.run ? `training run ${ctx.input.run.status}` : "nothing to compare");
    return `${verdict.emoji} ${parts.join("; ")}`;
}
function headerSection(ctx) {
    return {
        id: "header",
        priority: Infinity,
        rows: 0,
        dropped: "",
        render: () => {
            const { input, verdict, main, slices } = ctx;
            const comparison = input.comparison;
            const modelMd = text(ctx.model, 100);
            const cellMd = input.matrixCell ? ` · ${code(input.matrixCell, 60)}` : "";
            const cand = candidateRef(ctx);
            const candidate = cand ? `candidate ${cand}` : "the candidate";
            let phrase;
            if (comparison) {
                const base = baselineRef(comparison);
                const gateFailed = comparison.verdict === "fail" || !comparison.passed;
                if (comparison.verdict === "no-baseline")
                    phrase = `${candidate} has no baseline to compare with yet`;
                else if (gateFailed)
                    phrase = `${candidate} fails the gate against ${base}`;
                else
                    phrase = `${candidate} passes the gate against ${base}`;
                if (!gateFailed && verdict.failures.includes("data"))
                    phrase += ", but data validation failed";
                if (!gateFailed && verdict.failures.includes("run"))
                    phrase += ", but the training run failed";
            }
            else if (input.validation) {
                phrase = input.validation.passed ? "data validation passes" : "data validation fails";
            }
            else if (input.run) {
                phrase = `training run ${text(input.run.status)}${cand ? ` (${cand})` : ""}`;
            }
            else
                phrase = "nothing to report";
            const lines = [`### ${verdict.emoji} ${modelMd}${cellMd}: ${phrase}`];
            const bullets = [];
            if (comparison) {
                const gated = main.filter((m) => m.gate);
                const failing = gated.filter(isFailing);
                const counts = [];
                const gatedNew = gated.filter((m) => m.status === "new").length;
                if (failing.length)
                    counts.push(`**${failing.length} of ${gated.length} gated metrics fail**`);
                else if (gated.length && gatedNew === gated.length)
                    counts.push(`${gated.length} gated metric${gated.length === 1 ? "" : "s"}, all 🆕 new: nothing to compare with`);
                else if (gated.length)
                    counts.push(gatedNew
                        ? `all ${gated.length - gatedNew} compared gated metrics pass, ${gatedNew} 🆕 new`
                        : `all ${gated.length} gated metrics pass`);
                else
                    counts.push("no gated metrics");
                const warn = main.filter((m) => m.status === "warn").length;
                const fresh = failing.length || gatedNew !== gated.length ? main.filter((m) => m.status === "new").length : 0;
                if (warn)
                    counts.push(`${warn} ⚠️ warning${warn > 1 ? "s" : ""}`);
                if (fresh)
                    counts.push(`${fresh} 🆕 new`);
                const failingSlices = slices.filter(isFailing).length;
                if (slices.length)
                    counts.push(`${failingSlices} of ${slices.length} slice checks fail`);
                if (comparison.predictions)
                    counts.push(`paired bootstrap over ${formatCount(comparison.predictions.rows)} rows (${formatCount(comparison.predictions.resamples)} resamples)`);
                lines.push(counts.join(" · "));
                if (comparison.verdict !== "pass" || failing.length) {
                    bullets.push(...comparison.reasons.slice(0, 8).map((r) => `- ${text(r, 300)}`));
                    if (comparison.reasons.length > 8)
                        bullets.push(`- … and ${comparison.reasons.length - 8} more`);
                }
            }
            if (verdict.failures.includes("data") && input.validation) {
                const errors = input.validation.anomalies.filter((a) => a.severity === "error").length;
                const failedChecks = input.validation.schema?.checks.filter((c) => !c.passed && c.severity === "error").length ?? 0;
                const drift = input.validation.drift?.datasetDrift ? ", dataset drift detected" : "";
                bullets.push(`- data validation failed: ${failedChecks} schema check${failedChecks === 1 ? "" : "s"} and ${errors} error anomal${errors === 1 ? "y" : "ies"}${drift}`);
            }
            if (verdict.failures.includes("run") && input.run) {
                const exit = input.run.exitCode !== null ? ` (exit code ${input.run.exitCode})` : "";
                bullets.push(`- the training run ${input.run.status === "timed-out" ? "timed out" : "failed"}${exit}`);
            }
            if (bullets.length)
                lines.push(bullets.join("\n"));
            const b = comparison?.baseline;
            const sub = [];
            if (b && (b.gitSha || b.runId)) {
                const bits = [
                    commitRef(b.gitSha, ctx) && `commit ${commitRef(b.gitSha, ctx)}`,
                    runRef(b.runId, ctx) && `run ${runRef(b.runId, ctx)}`,
                ].filter(Boolean);
                sub.push(`Baseline ${baselineRef(comparison)} was trained at ${bits.join(", ")}.`);
            }
            const evaluation = comparison ? evaluationLine(comparison) : null;
            if (evaluation)
                sub.push(evaluation);
            const artifact = comparison ? artifactLine(comparison) : null;
            if (artifact)
                sub.push(artifact);
            const scan = comparison ? scanLine(comparison) : null;
            if (scan)
                sub.push(scan);
            if (sub.length)
                lines.push(`<sub>${sub.join("<br>")}</sub>`);
            return lines.join("\n\n");
        },
    };
}
function metricsSection(ctx) {
    const { main } = ctx;
    if (main.length > 0) {
        const t = metricTable(main);
        const notable = main.filter((m) => m.status !== "pass" && m.status !== "info").length;
        return {
            id: "metrics",
            priority: 100,
            rows: main.length,
            softRows: Math.max(notable, 150),
            minRows: 1,
            dropped: `the metrics table (${main.length} metrics)`,
            render: (rows, notice) => metricTableMarkdown(t, main, { rows, notice, noun: "metrics", legend: true }),
        };
    }
    // No comparison: the run's own metrics.
    const runMetrics = ctx.input.comparison ? {} : (ctx.input.run?.metrics ?? {});
    const names = Object.keys(runMetrics).sort();
    if (!names.length)
        return null;
    return {
        id: "metrics",
        priority: 100,
        rows: names.length,
        dropped: `the metrics table (${names.length} metrics)`,
        render: (rows, notice) => {
            const t = table(["metric", "value"], names.slice(0, rows).map((n) => [text(n, 120), formatNumber(runMetrics[n])]), ["left", "right"]);
            return rows < names.length ? `${t}\n\n${notice(plural(names.length - rows, "more metric"))}` : t;
        },
    };
}
function classesSection(ctx) {
    const conf = confusionOf(ctx.input.comparison);
    if (!conf)
        return null;
    return {
        id: "classes",
        priority: 40,
        rows: 0,
        dropped: `the per-class scores and confusion matrix (${conf.classes.length} classes)`,
        render: () => classificationMarkdown(conf),
    };
}
function residualsSection(ctx) {
    const markdown = ctx.input.comparison ? residualsMarkdown(ctx.input.comparison) : null;
    if (!markdown)
        return null;
    return {
        id: "residuals",
        priority: 45,
        rows: 0,
        dropped: "the regression errors (MAE, RMSE, bias, residual quantiles)",
        render: () => markdown,
    };
}
function slicesSection(ctx) {
    const { slices } = ctx;
    if (!slices.length)
        return null;
    const failing = slices.filter(isFailing).length;
    const t = metricTable(slices, { slices: true });
    const summary = failing
        ? `Per-slice results: <b>${failing} of ${slices.length} fail</b> (worst first)`
        : `Per-slice results: ${slices.length} checks, none fail (worst first)`;
    return {
        id: "slices",
        priority: 30,
        rows: slices.length,
        softRows: 25,
        dropped: `per-slice results (${slices.length} checks)`,
        render: (rows, notice) => details(summary, metricTableMarkdown(t, slices, { rows, notice, noun: "slice checks" })),
    };
}
function historySection(ctx) {
    const { input, options } = ctx;
    if (options.historyLength <= 0 || !input.history?.length)
        return null;
    // The production alias's history from the compared baseline back: a report built after
    // registering the candidate still charts what it was compared with, not the new production.
    const baselineVersion = input.comparison?.baseline?.version ?? null;
    const { versions, production } = input.comparison && !input.comparison.baseline
        ? { versions: [], production: false }
        : chartVersions(input.history, options.historyLength, baselineVersion);
    if (!versions.length)
        return null;
    const series = [];
    // Paired: the compared baseline, re-scored, follows its registered point (when it is charted).
    const lastCharted = versions[versions.length - 1].number;
    const paired = input.comparison?.evaluation?.pairedOn === "same-rows" &&
        (baselineVersion === null || baselineVersion === lastCharted);
    if (ctx.main.length) {
        const gated = ctx.main.filter((m) => m.gate);
        const pool = gated.length ? gated : ctx.main;
        for (const m of pool)
            series.push({
                metric: m.name,
                greaterIsBetter: m.greaterIsBetter,
                threshold: m.gate?.threshold ?? null,
                candidate: m.candidate,
                // Paired: the baseline as the table shows it, re-scored on the evaluation rows.
                rescored: paired && rescoredBaseline(m) ? m.baseline : null,
            });
    }
    else if (input.run) {
        for (const name of Object.keys(input.run.metrics).sort())
            series.push({
                metric: name,
                greaterIsBetter: null,
                threshold: null,
                candidate: input.run.metrics[name] ?? null,
            });
    }
    // Short on the x axis (twelve columns share 720 px); the heading says what it is.
    const rescoredLabel = baselineVersion !== null ? `v${baselineVersion}*` : "baseline*";
    const charts = historyCharts(series, versions, {
        versions: options.historyLength,
        candidateLabel: options.candidateLabel,
        rescoredLabel,
        max: options.maxCharts,
    });
    if (!charts.length)
        return null;
    const first = versions[0].number;
    const last = versions[versions.length - 1].number;
    const span = first === last ? `v${first}` : `v${first}–v${last}`;
    const rows = input.comparison?.predictions?.rows;
    const rescored = series.some((s) => s.rescored !== null && s.rescored !== undefined);
    const heading = rescored
        ? `#### History: ${production ? "production " : ""}${span} as registered (each on its own holdout), then ${text(rescoredLabel, 30)} (${baselineVersion !== null ? `v${baselineVersion}` : "the baseline"} re-scored) and this ${text(options.candidateLabel, 20)} on the same ${rows !== undefined ? `${formatCount(rows)} ` : ""}rows`
        : `#### History: ${production ? "production " : ""}${span} (registered values) and this ${text(options.candidateLabel, 20)}`;
    return {
        id: "history",
        priority: 20,
        rows: 0,
        dropped: "the history chart",
        render: () => [heading, ...charts].join("\n\n"),
    };
}
/** Whether a metric row's baseline was re-scored on the evaluation rows (older Comparisons: its paired interval). */
function rescoredBaseline(m) {
    if (m.baseline === null)
        return false;
    if (m.baselineSource !== undefined)
        return m.baselineSource === "same-rows";
    return !!m.interval?.delta;
}
function paramsSections(ctx) {
    const { comparison, run } = ctx.input;
    const candidateParams = comparison?.candidate.params ?? run?.params ?? null;
    const baselineParams = comparison?.baseline?.params ?? null;
    if (!candidateParams && !baselineParams)
        return [];
    const rows = diffParams(baselineParams, candidateParams);
    if (!rows.length)
        return [];
    const out = [];
    const changed = rows.filter((r) => r.change !== "unchanged");
    const haveBaseline = baselineParams !== null;
    if (haveBaseline) {
        out.push({
            id: "params",
            priority: 60,
            rows: changed.length,
            softRows: 30,
            dropped: `the params diff (${changed.length} changed)`,
            render: (n, notice) => {
                if (!changed.length)
                    return `#### Params\n\nNo param changed against the baseline (${rows.length} compared).`;
                const t = table(["param", "baseline", "candidate", "change"], changed
                    .slice(0, n)
                    .map((r) => [
                    text(r.path, 120),
                    paramCell(r.baseline, r.change === "added"),
                    paramCell(r.candidate, r.change === "removed"),
                    r.change,
                ]));
                const more = n < changed.length ? `\n\n${notice(plural(changed.length - n, "more changed param"))}` : "";
                return `#### Params: ${changed.length} of ${rows.length} changed\n\n${t}${more}`;
            },
        });
    }
    out.push({
        id: "params-all",
        priority: 10,
        rows: rows.length,
        softRows: 50,
        dropped: `the list of all ${rows.length} params`,
        render: (n, notice) => {
            const headers = haveBaseline ? ["param", "candidate", "baseline"] : ["param", "value"];
            const body = table(headers, rows
                .slice(0, n)
                .map((r) => haveBaseline
                ? [
                    text(r.path, 120),
                    paramCell(r.candidate, r.change === "removed"),
                    paramCell(r.baseline, r.change === "added"),
                ]
                : [text(r.path, 120), paramCell(r.candidate, false)]));
            const more = n < rows.length ? `\n\n${notice(plural(rows.length - n, "more param"))}` : "";
            const title = haveBaseline
                ? `All params (${rows.length})`
                : `Params (${rows.length}; no baseline params to compare with)`;
            return details(title, body + more);
        },
    });
    return out;
}
function paramCell(value, absent) {
    if (absent)
        return "—";
    const s = paramValue(value);
    return s === "" ? '""' : code(s, 80);
}
function dataSections(ctx) {
    const v = ctx.input.validation;
    if (!v)
        return [];
    const out = [];
    const checks = v.schema?.checks ?? [];
    const failedChecks = checks.filter((c) => !c.passed);
    const drift = v.drift;
    const drifted = drift?.columns.filter((c) => c.drifted) ?? [];
    out.push({
        id: "data-summary",
        priority: 90,
        rows: 0,
        dropped: "",
        render: () => {
            const files = v.dataset.files;
            const fileText = files.length
                ? ` from ${code(files[0].path, 80)}${files.length > 1 ? ` and ${files.length - 1} more file${files.length > 2 ? "s" : ""}` : ""}`
                : "";
            const bits = [
                `**${formatCount(v.dataset.rows)} rows** × ${v.dataset.columns.length} columns${fileText}`,
            ];
            if (v.schema) {
                bits.push(failedChecks.length
                    ? `schema ❌ ${failedChecks.length} of ${checks.length} checks fail`
                    : `schema ✅ ${checks.length} checks pass`);
            }
            const errors = v.anomalies.filter((a) => a.severity === "error").length;
            const warnings = v.anomalies.filter((a) => a.severity === "warning").length;
            if (errors || warnings)
                bits.push(`${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
            if (drift) {
                bits.push(`drift ${drifted.length ? "⚠️" : "✅"} ${drifted.length} of ${drift.columns.length} columns drifted against ${code(drift.reference.source, 80)} (${formatCount(drift.reference.rows)} rows); ` +
                    `dataset drift ${drift.datasetDrift ? "**yes**" : "no"}: ${formatPercent(drift.driftedShare, false)} drifted, threshold ${formatPercent(drift.shareThreshold, false)}`);
            }
            return `#### Data ${v.passed ? "✅" : "❌"}\n\n${bits.join(" · ")}`;
        },
    });
    if (failedChecks.length) {
        out.push({
            id: "data-schema",
            priority: 56,
            rows: failedChecks.length,
            softRows: 20,
            dropped: plural(failedChecks.length, "failed schema check"),
            render: (n, notice) => {
                const t = table(["check", "column", "expected", "observed", "failing rows", "severity"], failedChecks
                    .slice(0, n)
                    .map((c) => [
                    text(c.check, 60),
                    c.column === null ? "—" : text(c.column, 80),
                    text(c.expected, 120),
                    c.observed === undefined ? "—" : text(c.observed, 120),
                    `${formatCount(c.failures)} of ${formatCount(c.checked)}`,
                    severityLabel(c.severity),
                ]), ["left", "left", "left", "left", "right", "left"]);
                const more = n < failedChecks.length
                    ? `\n\n${notice(`${plural(failedChecks.length - n, "more failed check")}`)}`
                    : "";
                return `**Schema checks that fail**\n\n${t}${more}`;
            },
        });
    }
    const anomalies = [...v.anomalies].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    if (anomalies.length) {
        out.push({
            id: "data-anomalies",
            priority: 55,
            rows: anomalies.length,
            softRows: 20,
            dropped: plural(anomalies.length, "data anomaly", "data anomalies"),
            render: (n, notice) => {
                const t = table(["severity", "anomaly", "where", "message"], anomalies.slice(0, n).map((a) => {
                    const where = [
                        a.column !== undefined ? text(a.column, 80) : null,
                        a.file ? `${code(a.file, 80)}${a.line ? ` line ${a.line}` : ""}` : null,
                    ]
                        .filter(Boolean)
                        .join(", ");
                    return [
                        severityLabel(a.severity),
                        text(a.code, 60),
                        where || "—",
                        `${text(a.message, 300)}${a.count !== undefined ? ` (${formatCount(a.count)})` : ""}`,
                    ];
                }));
                const more = n < anomalies.length
                    ? `\n\n${notice(plural(anomalies.length - n, "more anomaly", "more anomalies"))}`
                    : "";
                return `**Anomalies**\n\n${t}${more}`;
            },
        });
    }
    if (drift && drift.columns.length) {
        const cols = [...drift.columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || a.column.localeCompare(b.column));
        out.push({
            id: "data-drift",
            priority: 57,
            rows: cols.length,
            softRows: Math.max(drifted.length, 20),
            dropped: `the drift table (${drift.columns.length} columns)`,
            render: (n, notice) => {
                const shown = cols.slice(0, n);
                const headers = ["column", "test", "statistic", "p-value", "drift when", "drifted"];
                const align = ["left", "left", "right", "right", "left", "left"];
                const row = (c) => [
                    text(c.column, 80),
                    `${text(c.test)}${c.psi !== null && c.psi !== undefined && c.test !== "psi" ? ` (PSI ${formatNumber(c.psi)})` : ""}`,
                    formatNumber(c.statistic),
                    c.pValue === null || c.pValue === undefined ? "—" : formatNumber(c.pValue),
                    `${c.comparedValue === "p_value" ? "p-value" : "statistic"} ${c.operator.replace(">=", "≥").replace("<=", "≤").replace("<", "&lt;").replace(">", "&gt;")} ${formatNumber(c.threshold)}`,
                    c.drifted ? "⚠️ yes" : "no",
                ];
                const parts = [];
                const d = shown.filter((c) => c.drifted);
                const rest = shown.filter((c) => !c.drifted);
                if (d.length)
                    parts.push(`**Drifted columns**\n\n${table(headers, d.map(row), align)}`);
                if (rest.length)
                    parts.push(details(`Columns without drift (${rest.length})`, table(headers, rest.map(row), align)));
                if (n < cols.length)
                    parts.push(notice(`${plural(cols.length - n, "more column")} of the drift table`));
                return parts.join("\n\n");
            },
        });
    }
    return out;
}
function plural(n, one, many = `${one}s`) {
    return `${formatCount(n)} ${n === 1 ? one : many}`;
}
function severityRank(s) {
    return s === "error" ? 0 : s === "warning" ? 1 : 2;
}
function severityLabel(s) {
    return s === "error" ? "❌ error" : s === "warning" ? "⚠️ warning" : "ℹ️ info";
}
function runSection(ctx) {
    const run = ctx.input.run;
    if (!run)
        return null;
    return {
        id: "run",
        priority: 5,
        rows: 0,
        dropped: "the training run details",
        render: () => {
            const rows = [
                ["id", code(run.id, 80)],
                [
                    "status",
                    `${run.status === "succeeded" || run.status === "cached" ? "✅" : "❌"} ${text(run.status)}${run.exitCode !== null ? ` (exit code ${run.exitCode})` : ""}${run.cacheHit ? " · restored from the run cache" : ""}`,
                ],
                ["duration", formatDuration(run.durationMs)],
                ["command", code(redactCommand(run.command), 200) || "—"],
            ];
            const commit = commitRef(run.git.sha, ctx);
            if (commit)
                rows.push([
                    "commit",
                    `${commit}${run.git.ref ? ` on ${code(run.git.ref, 100)}` : ""}${run.git.dirty ? " (uncommitted changes)" : ""}`,
                ]);
            if (run.data.length)
                rows.push([
                    "data",
                    run.data
                        .slice(0, 10)
                        .map((d) => `${code(d.path, 80)} ${code(d.sha256.slice(0, 12))}${d.bytes !== undefined ? ` ${formatBytes(d.bytes)}` : ""}`)
                        .join("<br>") + (run.data.length > 10 ? `<br>… ${run.data.length - 10} more` : ""),
                ]);
            if (run.model) {
                const total = run.model.files.reduce((s, f) => s + f.bytes, 0);
                rows.push([
                    "model",
                    `${code(run.model.path, 120)}: ${run.model.files.length} file${run.model.files.length === 1 ? "" : "s"}, ${formatBytes(total)}`,
                ]);
            }
            if (run.resources?.peakRssBytes)
                rows.push(["peak memory", formatBytes(run.resources.peakRssBytes)]);
            const tools = Object.entries(run.environment.tools)
                .slice(0, 8)
                .map(([k, val]) => `${text(k, 40)} ${code(val, 40)}`);
            rows.push([
                "environment",
                [
                    `${text(run.environment.os)}/${text(run.environment.arch)}`,
                    `node ${code(run.environment.node, 20)}`,
                    ...tools,
                ].join(" · "),
            ]);
            return details(`Training run: ${html(run.status)} in ${html(formatDuration(run.durationMs))}`, table(["", "value"], rows));
        },
    };
}
function footerSection(ctx) {
    return {
        id: "footer",
        priority: Infinity,
        rows: 0,
        dropped: "",
        render: () => {
            const links = ctx.input.links ?? {};
            const items = [];
            if (links.workflowRun)
                items.push(link("workflow run", links.workflowRun));
            if (links.artifact)
                items.push(link("artifact", links.artifact));
            if (links.registryVersion)
                items.push(link(text(links.registryVersion.label, 80), links.registryVersion.url));
            items.push("mlops-actions report-metrics");
            return `<sub>${items.join(" · ")}</sub>`;
        },
    };
}


;// CONCATENATED MODULE: ./packages/report/src/index.ts









;// CONCATENATED MODULE: ./packages/monitor/src/summary.ts


/*
 * The monitoring summary: the verdict, how the logs and labels joined, one table row per window
 * and version (each monitored metric with its interval and its registered value, coverage,
 * drift), and one Mermaid xychart per monitored metric: its value per window against the value
 * the serving version was registered with, themed like the report's history charts (readable
 * on GitHub's light and dark themes). Every cell goes through @mlops/core/markdown. The same
 * Markdown is the job summary and, in ml-monitor.yml, the issue body.
 */
const MAX_CHARTS = 4;
const MAX_ROWS = 60;
// The report's chart directive, and only syntax Mermaid 10.x parses (GitHub's Mermaid lags
// upstream; see @mlops/report's history.ts): no legend, no point labels. The values are in the
// windows table above the chart; the line colours are named under it.
const chartInit = (columns) => xyChartInit(Math.min(960, Math.max(720, columns * 75)));
/** The metrics the summary shows: those with a rule, else the registered ones measured, else accuracy/rmse. */
function monitoredMetrics(report) {
    const ruled = report.rules.metrics.map((r) => r.metric);
    if (ruled.length)
        return ruled;
    const measured = new Set(report.windows.flatMap((w) => w.metrics.map((m) => m.name)));
    const registered = new Set(report.versions.flatMap((v) => Object.keys(v.registered ?? {})));
    const both = [...measured].filter((m) => registered.has(m));
    if (both.length)
        return both.slice(0, MAX_CHARTS);
    return [report.task === "regression" ? "rmse" : "accuracy"];
}
function metricCell(m) {
    if (!m || m.value === null)
        return "—";
    const interval = m.interval ? ` [${(0,markdown/* formatNumber */.ZV)(m.interval[0])}, ${(0,markdown/* formatNumber */.ZV)(m.interval[1])}]` : "";
    const reg = m.registered !== null ? ` (${(0,markdown/* formatSigned */.Gp)(m.delta)} vs ${(0,markdown/* formatNumber */.ZV)(m.registered)})` : "";
    return `${m.status === "fail" ? "❌ " : ""}${(0,markdown/* formatNumber */.ZV)(m.value)}${interval}${reg}`;
}
function driftCell(w) {
    const parts = [];
    if (w.predictionDrift) {
        const drifted = w.predictionDrift.filter((d) => d.drifted).map((d) => d.column);
        parts.push(drifted.length ? `predictions: ${drifted.map((d) => (0,markdown/* text */.Qq)(d, 40)).join(", ")}` : "predictions: none");
    }
    if (w.featureDrift) {
        const drifted = w.featureDrift.filter((d) => d.drifted).length;
        parts.push(`features: ${drifted} of ${w.featureDrift.length}`);
    }
    return parts.length ? parts.join("; ") : "—";
}
function windowTable(report, metrics) {
    const rows = report.windows
        .slice(-MAX_ROWS)
        .map((w) => [
        (0,markdown/* text */.Qq)(w.label, 40),
        `v${w.version}`,
        (0,markdown/* formatCount */.B4)(w.rows),
        `${(0,markdown/* formatCount */.B4)(w.labelled)} (${(0,markdown/* formatPercent */.l9)(w.coverage, false)})${w.lateLabels ? `, ${(0,markdown/* formatCount */.B4)(w.lateLabels)} late` : ""}`,
        ...metrics.map((name) => metricCell(w.metrics.find((m) => m.name === name))),
        driftCell(w),
        !w.counts ? "too few labels" : w.failed ? "❌ fails" : "✅ passes",
    ]);
    const headers = [
        "window",
        "version",
        "rows",
        "labelled",
        ...metrics.map((m) => (0,markdown/* text */.Qq)(m, 40)),
        "drift",
        "rules",
    ];
    const omitted = report.windows.length - rows.length;
    return ((0,markdown/* table */.tp)(headers, rows, `llrr${"r".repeat(metrics.length)}ll`) +
        (omitted > 0 ? `\n\n${(0,markdown/* formatCount */.B4)(omitted)} older window(s) are in the report file.` : ""));
}
/** One chart: the metric per window (the version with most labelled rows there) and its registered value. */
function metricChart(report, metric) {
    const labels = [];
    const values = [];
    const registered = [];
    const byLabel = new Map();
    for (const w of report.windows)
        byLabel.set(w.label, [...(byLabel.get(w.label) ?? []), w]);
    for (const [label, ws] of byLabel) {
        const w = [...ws].sort((a, b) => b.labelled - a.labelled)[0];
        const m = w.metrics.find((x) => x.name === metric);
        if (!m || m.value === null || !w.counts)
            continue;
        labels.push(label);
        values.push(m.value);
        registered.push(m.registered);
    }
    if (labels.length === 0)
        return null;
    const all = [...values, ...registered].filter((v) => v !== null);
    let lo = Math.min(...all);
    let hi = Math.max(...all);
    const pad = hi > lo ? (hi - lo) * 0.15 : Math.abs(hi) * 0.05 || 1;
    lo -= pad;
    hi += pad;
    const series = (vals) => {
        let last = vals.find((v) => v !== null) ?? 0;
        return vals
            .map((v) => {
            if (v !== null)
                last = v;
            return (0,markdown/* mermaidNumber */.hs)(last);
        })
            .join(", ");
    };
    const lines = [
        "```mermaid",
        // Wider with more windows, so their labels do not run together (GitHub's column is 1012 px).
        chartInit(labels.length),
        "xychart-beta",
        `  title "${(0,markdown/* mermaidText */.Hg)(metric, 40)} per ${report.window.kind === "rows" ? `${report.window.rows} rows` : report.window.kind}, against the registered value"`,
        `  x-axis [${labels.map((l) => `"${(0,markdown/* mermaidText */.Hg)(l, 24)}"`).join(", ")}]`,
        `  y-axis "${(0,markdown/* mermaidText */.Hg)(metric, 30)}" ${(0,markdown/* mermaidNumber */.hs)(lo)} --> ${(0,markdown/* mermaidNumber */.hs)(hi)}`,
        `  line "${(0,markdown/* mermaidText */.Hg)(metric, 30)}" [${series(values)}]`,
    ];
    const legend = [`${PALETTE_MARKS[0]} ${(0,markdown/* text */.Qq)(metric, 40)}`];
    if (registered.some((v) => v !== null)) {
        lines.push(`  line "registered" [${series(registered)}]`);
        legend.push(`${PALETTE_MARKS[1]} registered value`);
    }
    lines.push("```");
    return `${lines.join("\n")}\n\n${legend.join(" · ")}`;
}
function joinLine(report) {
    const j = report.join;
    const parts = [
        `${(0,markdown/* formatCount */.B4)(j.predictions)} logged prediction(s), ${(0,markdown/* formatCount */.B4)(j.labelled)} labelled (${(0,markdown/* formatPercent */.l9)(j.predictions ? j.labelled / j.predictions : 0, false)})`,
    ];
    if (j.unmatchedLabels)
        parts.push(`${(0,markdown/* formatCount */.B4)(j.unmatchedLabels)} label(s) for ids never logged`);
    if (j.duplicatePredictions)
        parts.push(`${(0,markdown/* formatCount */.B4)(j.duplicatePredictions)} duplicate prediction id(s) (first kept)`);
    if (j.duplicateLabels)
        parts.push(`${(0,markdown/* formatCount */.B4)(j.duplicateLabels)} duplicate label(s)${j.conflictingLabels ? `, ${(0,markdown/* formatCount */.B4)(j.conflictingLabels)} disagreeing (later kept)` : ""}`);
    if (j.lateLabels)
        parts.push(`${(0,markdown/* formatCount */.B4)(j.lateLabels)} late label(s)`);
    if (j.invalidPredictions + j.invalidLabels)
        parts.push(`${(0,markdown/* formatCount */.B4)(j.invalidPredictions + j.invalidLabels)} invalid row(s) (see the report's join.samples)`);
    return parts.join("; ") + ".";
}
function renderMonitoringSummary(report) {
    const metrics = monitoredMetrics(report);
    const title = report.degraded
        ? `Live performance of ${(0,markdown/* code */.aY)(report.model, 100)}: degraded`
        : `Live performance of ${(0,markdown/* code */.aY)(report.model, 100)}: healthy`;
    const r = report.rules;
    const out = [
        (0,markdown/* heading */.R_)(2, `${report.degraded ? "❌" : "✅"} ${title}`),
        "",
        report.degraded
            ? (0,markdown/* text */.Qq)(report.reason, 1000)
            : `No version serving now fails the rules in ${r.consecutiveWindows} counting window(s) in a row.`,
        "",
        `${joinLine(report)} A window counts with at least ${(0,markdown/* formatCount */.B4)(r.minLabelledRows)} labelled row(s); intervals: ${(0,markdown/* formatNumber */.ZV)(report.interval.level * 100)}% (${(0,markdown/* text */.Qq)(report.interval.method)}, ${(0,markdown/* formatCount */.B4)(report.interval.resamples)} resamples).`,
        "",
        windowTable(report, metrics),
    ];
    const charts = metrics
        .slice(0, MAX_CHARTS)
        .map((m) => metricChart(report, m))
        .filter((c) => c !== null);
    if (charts.length)
        out.push("", ...charts.flatMap((c) => [c, ""]));
    const notes = [...new Set(report.versions.flatMap((v) => v.notes))];
    if (notes.length)
        out.push("", (0,markdown/* details */.zH)((0,markdown/* html */.qy)("Notes"), notes.map((n) => `- ${(0,markdown/* text */.Qq)(n, 400)}`).join("\n")));
    return out.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
}

;// CONCATENATED MODULE: ./packages/monitor/src/metrics.ts


/*
 * A window's metrics from its cell's sufficient statistics, and their intervals by a grouped
 * Poisson bootstrap. The Poisson bootstrap (@mlops/metrics' bootstrap) gives every row a
 * Poisson(1) weight; rows of one confusion cell (same true and predicted class) are exchangeable
 * for every confusion-matrix metric, so their total weight is exactly Poisson(count) and one draw
 * per confusion cell resamples the matrix exactly. Row losses differ within a confusion cell:
 * given the cell's weight w, its weighted loss sum is drawn as w·mean + √w·sd·Z (the central
 * limit theorem within the cell). Regression sums are drawn the same way from one group. The
 * point estimates are exact (scikit-learn's definitions, as @mlops/metrics' evaluators).
 */
const AVERAGED = [
    "precision_macro",
    "recall_macro",
    "f1_macro",
    "precision_micro",
    "recall_micro",
    "f1_micro",
    "precision_weighted",
    "recall_weighted",
    "f1_weighted",
];
const REGRESSION_METRICS = ["rmse", "mse", "mae", "r2", "mape"];
function classificationNames(shape) {
    const names = shape.positive !== null ? ["accuracy", "precision", "recall", "f1"] : ["accuracy"];
    names.push(...AVERAGED);
    if (shape.loss !== "none")
        names.push("log_loss");
    if (shape.loss === "binary")
        names.push("roc_auc");
    return names;
}
/**
 * ROC AUC from per-score counts (Mann–Whitney, ties ½: scikit-learn's roc_auc_score) and its
 * DeLong standard error, from the same groups: each positive's share of negatives scored below
 * it (ties ½), each negative's share of positives scored above, their variances.
 */
function aucFromScores(negatives, positives) {
    let P = 0;
    let N = 0;
    for (let g = 0; g < positives.length; g++) {
        P += positives[g];
        N += negatives[g];
    }
    if (!P || !N)
        return null;
    let U = 0;
    let below = 0;
    for (let g = 0; g < positives.length; g++) {
        const neg = negatives[g];
        U += positives[g] * (below + neg / 2);
        below += neg;
    }
    const auc = U / (P * N);
    let s10 = 0;
    let s01 = 0;
    let negBelow = 0;
    let posAbove = P;
    for (let g = 0; g < positives.length; g++) {
        const neg = negatives[g];
        const pos = positives[g];
        posAbove -= pos;
        if (pos)
            s10 += pos * ((negBelow + neg / 2) / N - auc) ** 2;
        if (neg)
            s01 += neg * ((posAbove + pos / 2) / P - auc) ** 2;
        negBelow += neg;
    }
    const v = (P > 1 ? s10 / (P - 1) / P : 0) + (N > 1 ? s01 / (N - 1) / N : 0);
    return { auc, se: Math.sqrt(v) };
}
/** Metrics from a weighted K×K confusion matrix and the total loss (NaN when none). */
function fromConfusion(cm, shape, lossSum, out, tmp) {
    const { K, positive } = shape;
    (0,metrics_src/* classificationFromConfusion */.$)(cm, K, tmp, 0);
    let total = 0;
    for (let i = 0; i < cm.length; i++)
        total += cm[i];
    let k = 0;
    out[k++] = tmp[0];
    if (positive !== null) {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (let j = 0; j < K; j++) {
            if (j === positive)
                tp = cm[positive * K + j];
            else {
                fn += cm[positive * K + j];
                fp += cm[j * K + positive];
            }
        }
        out[k++] = tp + fp > 0 ? tp / (tp + fp) : 0;
        out[k++] = tp + fn > 0 ? tp / (tp + fn) : 0;
        out[k++] = 2 * tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
    }
    for (let i = 1; i < 10; i++)
        out[k++] = tmp[i];
    if (shape.loss !== "none")
        out[k] = total > 0 ? lossSum / total : NaN;
}
/** Which of a confusion cell's loss sums apply to true class i: [sum, sum of squares] offsets. */
function lossOffset(shape, i) {
    return shape.loss === "binary" && i !== shape.positive ? 2 : 0;
}
function classificationMetrics(cell, shape, resamples, random) {
    const names = classificationNames(shape);
    const M = names.length;
    const { K } = shape;
    const cm = cell.confusion(K);
    const tmp = new Float64Array(10);
    const values = new Float64Array(M);
    const groups = [];
    let lossSum = 0;
    for (let i = 0; i < K; i++) {
        for (let j = 0; j < K; j++) {
            const count = cm[i * K + j];
            if (!count)
                continue;
            const sums = cell.lossAt(i, j);
            let mean = 0;
            let sd = 0;
            if (sums && shape.loss !== "none") {
                const o = lossOffset(shape, i);
                lossSum += sums[o];
                mean = sums[o] / count;
                sd = Math.sqrt(Math.max(0, sums[o + 1] / count - mean * mean));
            }
            groups.push({ at: i * K + j, count, mean, sd });
        }
    }
    fromConfusion(cm, shape, lossSum, values, tmp);
    const counts = shape.loss === "binary" && cell.scores ? cell.scores.sorted() : null;
    const auc = counts
        ? aucFromScores(shape.positive === 0 ? counts.class1 : counts.class0, shape.positive === 0 ? counts.class0 : counts.class1)
        : null;
    if (shape.loss === "binary")
        values[M - 1] = auc ? auc.auc : NaN;
    if (!resamples || !groups.length)
        return { names, values, resampled: null };
    const resampled = new Float64Array(resamples * M);
    const cmB = new Float64Array(K * K);
    const out = new Float64Array(M);
    for (let b = 0; b < resamples; b++) {
        cmB.fill(0);
        let loss = 0;
        for (const g of groups) {
            const w = random.poisson(g.count);
            cmB[g.at] = w;
            if (w > 0 && shape.loss !== "none")
                loss += w * g.mean + Math.sqrt(w) * g.sd * random.normal();
        }
        fromConfusion(cmB, shape, loss, out, tmp);
        // AUC: DeLong's normal approximation (resampling every distinct score would cost O(scores)).
        if (shape.loss === "binary")
            out[M - 1] = auc ? auc.auc + auc.se * random.normal() : NaN;
        resampled.set(out, b * M);
    }
    return { names, values, resampled };
}
function fromRegression(n, e2, ae, ape, ssTot, out) {
    const mse = n > 0 ? e2 / n : NaN;
    out[0] = Math.sqrt(mse);
    out[1] = mse;
    out[2] = n > 0 ? ae / n : NaN;
    out[3] = !(n > 0) ? NaN : ssTot > 0 ? 1 - e2 / ssTot : e2 === 0 ? 1 : 0;
    out[4] = n > 0 ? ape / n : NaN;
}
function regressionMetrics(cell, resamples, random) {
    const r = cell.reg;
    const n = r[R.n];
    const values = new Float64Array(5);
    fromRegression(n, r[R.e2], r[R.ae], r[R.ape], r[R.yM2], values);
    if (!resamples || !n)
        return { names: REGRESSION_METRICS, values, resampled: null };
    const stat = (sum, sq) => {
        const mean = sum / n;
        return { mean, sd: Math.sqrt(Math.max(0, sq / n - mean * mean)) };
    };
    const e2 = stat(r[R.e2], r[R.e2sq]);
    const ae = stat(r[R.ae], r[R.aesq]);
    const ape = stat(r[R.ape], r[R.apesq]);
    const resampled = new Float64Array(resamples * 5);
    const out = new Float64Array(5);
    for (let b = 0; b < resamples; b++) {
        const w = random.poisson(n);
        const s = Math.sqrt(w);
        const draw = (g) => Math.max(0, w * g.mean + s * g.sd * random.normal());
        fromRegression(w, draw(e2), draw(ae), draw(ape), NaN, out);
        out[3] = NaN; // R² needs the labels' fourth moments to resample: no interval
        resampled.set(out, b * 5);
    }
    return { names: REGRESSION_METRICS, values, resampled };
}
/** The resampled values of metric k. */
function column(m, k) {
    if (!m.resampled)
        return null;
    const M = m.names.length;
    const B = m.resampled.length / M;
    const out = new Float64Array(B);
    for (let b = 0; b < B; b++)
        out[b] = m.resampled[b * M + k];
    return out;
}
function intervalOf(m, k, level) {
    return (0,metrics_src/* percentileInterval */.J9)(column(m, k), level);
}
/**
 * One-sided p-value that the window's value beats `registered` by more than `margin` (oriented
 * so positive is better): (1 + #{resamples not beating it}) / (1 + resamples).
 */
function pValueAgainst(m, k, registered, margin, greaterIsBetter) {
    const values = column(m, k);
    if (!values)
        return null;
    let count = 0;
    let used = 0;
    for (const v of values) {
        if (Number.isNaN(v))
            continue;
        used++;
        const d = greaterIsBetter ? v - registered : registered - v;
        if (d <= margin)
            count++;
    }
    return used ? (1 + count) / (1 + used) : null;
}

;// CONCATENATED MODULE: ./packages/monitor/src/windows-report.ts



function windows_report_finite(x) {
    return Number.isFinite(x) ? x : null;
}
/** A reference column as the drift tests see it, computed once (not once per window). */
const referenceSamples = new WeakMap();
function referenceSample(ref, name) {
    let samples = referenceSamples.get(ref);
    if (!samples)
        referenceSamples.set(ref, (samples = new Map()));
    let sample = samples.get(name);
    if (!sample) {
        const r = ref.columns.get(name);
        samples.set(name, (sample = (0,data_src.driftSample)(r.profiler, r.type)));
    }
    return sample;
}
function drift(cell, from, to, ctx, ref) {
    if (!ref)
        return null;
    const out = [];
    for (let d = from; d < to; d++) {
        const name = ctx.driftColumns[d];
        const r = ref.columns.get(name);
        if (!r || r.type === "datetime")
            continue;
        const current = cell.profilers[d];
        if (current.count === 0)
            continue;
        const result = (0,data_src.columnDrift)(name, r.type, referenceSample(ref, name), (0,data_src.driftSample)(current, r.type));
        if (!result)
            continue;
        out.push({
            column: name,
            test: result.test,
            statistic: result.statistic,
            pValue: result.pValue ?? null,
            threshold: result.threshold,
            drifted: result.drifted,
            psi: result.psi ?? null,
        });
    }
    return out;
}
function metricRows(m, counts, registered, ctx) {
    return m.names.map((name, k) => {
        const value = windows_report_finite(m.values[k]);
        const reg = registered && Number.isFinite(registered[name]) ? registered[name] : null;
        const gate = ctx.rules.find((g) => g.metric === name);
        const gib = gate?.greaterIsBetter ?? (0,metrics_src/* defaultGreaterIsBetter */.eX)(name) ?? null;
        const row = {
            name,
            value,
            interval: intervalOf(m, k, ctx.level),
            registered: reg,
            delta: value !== null && reg !== null ? value - reg : null,
            greaterIsBetter: gib,
            status: "info",
            rules: [],
        };
        if (!gate)
            return row;
        if (!counts) {
            row.status = "insufficient";
            return row;
        }
        const outcome = (0,metrics_src/* checkGate */.Ks)(gate, {
            candidate: value ?? undefined,
            baseline: reg ?? undefined,
            significance: reg === null
                ? null
                : (margin) => {
                    const p = pValueAgainst(m, k, reg, margin, gate.greaterIsBetter);
                    return p === null ? null : { pValue: p, method: "grouped Poisson bootstrap" };
                },
            unpaired: "the window has no resampled values (bootstrap-resamples is 0)",
        });
        row.status = outcome.status;
        row.rules = outcome.rules;
        return row;
    });
}
function windowOf(cell, ctx) {
    const ref = ctx.references.get(cell.version) ?? null;
    const counts = cell.labelled > 0 && cell.labelled >= ctx.minLabelledRows;
    const m = ctx.task === "regression"
        ? regressionMetrics(cell, ctx.resamples, ctx.random)
        : classificationMetrics(cell, ctx.shape, ctx.resamples, ctx.random);
    const metrics = cell.labelled ? metricRows(m, counts, ref?.registered?.metrics ?? null, ctx) : [];
    const described = ctx.windowing.describe(cell.window);
    return {
        label: described.label,
        start: described.start,
        end: described.end,
        version: cell.version,
        rows: cell.rows,
        labelled: cell.labelled,
        coverage: cell.rows ? cell.labelled / cell.rows : 0,
        lateLabels: cell.lateLabels,
        duplicatePredictions: cell.duplicatePredictions,
        counts,
        failed: metrics.some((x) => x.status === "fail"),
        metrics,
        predictionDrift: drift(cell, 0, ctx.predictionColumns, ctx, ref?.holdout ?? null),
        featureDrift: ctx.driftColumns.length > ctx.predictionColumns
            ? drift(cell, ctx.predictionColumns, ctx.driftColumns.length, ctx, ref?.reference ?? null)
            : null,
    };
}
/**
 * A version is degraded when its newest `consecutive` counting windows all fail a rule; the
 * reason names each failing metric and its windows.
 */
function degradation(version, windows, consecutive) {
    const counting = windows.filter((w) => w.version === version && w.counts);
    const streak = [];
    for (let i = counting.length - 1; i >= 0 && counting[i].failed; i--)
        streak.unshift(counting[i]);
    if (streak.length < consecutive)
        return { version, degraded: false, reasons: [] };
    const failing = new Map();
    for (const w of streak) {
        for (const m of w.metrics) {
            if (m.status !== "fail")
                continue;
            failing.set(m.name, [...(failing.get(m.name) ?? []), w.label]);
        }
    }
    const reasons = [...failing].map(([metric, labels]) => {
        const last = streak[streak.length - 1].metrics.find((x) => x.name === metric);
        const rule = last?.rules.find((r) => !r.passed)?.message;
        return `${metric} of v${version} failed in ${labels.join(", ")}${rule ? ` (${rule})` : ""}`;
    });
    return { version, degraded: true, reasons };
}

;// CONCATENATED MODULE: ./packages/monitor/src/monitor.ts










const REGRESSION_NAMES = /^(rmse|mse|mae|r2|mape)$/;
const CLASSIFICATION_NAMES = /^(accuracy|log_loss|roc_auc.*|(precision|recall|f1)(_.*)?)$/;
async function files(patterns, cwd, what) {
    try {
        return await (0,data_src.resolveFiles)(patterns, cwd);
    }
    catch (error) {
        if (error instanceof data_src.DataError)
            throw new src/* ConfigurationError */.j1(`${what}: ${error.location?.file ?? ""}: ${error.message}`, {
                code: error.code,
                location: error.location,
            });
        throw error;
    }
}
async function registeredVersions(deps, model) {
    if (!deps.openRegistry)
        return { registry: null, versions: [] };
    const registry = await deps.openRegistry();
    try {
        return { registry, versions: await registry.list(model) };
    }
    catch (error) {
        if (!(0,src/* isConfigurationError */.p0)(error))
            throw error;
        deps.logger.warning(`registry: ${error.message}; the windows are measured without registered metrics`);
        return { registry, versions: [] };
    }
}
function regressionTask(task, versions) {
    if (task !== "auto")
        return task === "regression";
    const names = versions.flatMap((v) => Object.keys(v.metrics));
    return names.some((n) => REGRESSION_NAMES.test(n)) && !names.some((n) => CLASSIFICATION_NAMES.test(n));
}
/** Binary or multiclass, the positive class, and how losses were summed. */
function classificationShape(join, options, notes) {
    const classes = join.classes;
    const binary = options.task === "binary" || (options.task === "auto" && classes.length <= 2);
    if (options.task === "binary" && classes.length > 2)
        throw new src/* ConfigurationError */.j1(`task binary: the labels and predictions have ${classes.length} classes (${classes.slice(0, 10).join(", ")}); set task: multiclass`, { code: "input-invalid" });
    let positive = null;
    if (binary) {
        const sorted = [...classes].sort((a, b) => classes.every((c) => Number.isFinite(Number(c))) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0);
        const wanted = options.positiveLabel ??
            (classes.includes("1") ? "1" : classes.includes("true") ? "true" : (sorted[1] ?? sorted[0]));
        positive = wanted === undefined ? 0 : classes.indexOf(wanted);
        if (positive < 0)
            throw new src/* ConfigurationError */.j1(`positive-label ${JSON.stringify(wanted)} is not among the classes ${classes.map((c) => JSON.stringify(c)).join(", ")}`, { code: "positive-label" });
    }
    let loss = join.scoreMode;
    if (loss === "binary" && !binary) {
        loss = "none";
        notes.push(`score-column ${options.columns.score} is one column but the task is multiclass: no log loss (log <score>_<class> columns)`);
    }
    return {
        task: binary ? "binary" : "multiclass",
        shape: { K: Math.max(classes.length, 1), positive, loss },
    };
}
/** Reads, joins, measures and writes; the report says whether the model is degraded. */
async function monitorModel(options, deps) {
    const { logger, cwd } = { logger: deps.logger, cwd: options.cwd };
    const predictionFiles = await files(options.predictions, cwd, "predictions");
    const labelFiles = options.labels.length ? await files(options.labels, cwd, "labels") : [];
    const { registry, versions } = await registeredVersions(deps, options.model);
    const regression = regressionTask(options.task, versions);
    // The table holds the union of both sides' ids: usually the logged ones (labels follow them).
    let predictionRows = 0;
    for (const f of predictionFiles)
        predictionRows += await countRows(f, cwd);
    let labelRows = 0;
    for (const f of labelFiles)
        labelRows += await countRows(f, cwd);
    const expected = Math.max(predictionRows, labelRows);
    const windowing = new windows/* Windowing */.PG(options.window);
    const started = Date.now();
    const join = await new Join({
        predictions: predictionFiles,
        labels: labelFiles,
        columns: options.columns,
        windowing,
        regression,
        expectedIds: expected,
        cwd,
    }).run();
    const c = join.counts;
    logger.info(`joined ${c.predictions} prediction(s) with ${c.labelRows} label row(s) in ${Date.now() - started} ms: ${c.labelled} labelled, ${c.unmatchedLabels} label(s) without a prediction, ${c.duplicatePredictions} duplicate prediction(s), ${c.duplicateLabels} duplicate label(s), ${c.invalidPredictions + c.invalidLabels} invalid row(s)`);
    if (c.predictions === 0)
        throw new src/* ConfigurationError */.j1(`predictions: no valid logged prediction in ${predictionFiles.join(", ")} (${c.invalidPredictions} invalid row(s)${join.samples[0] ? `; first: ${join.samples[0].file} line ${join.samples[0].line}: ${join.samples[0].message}` : ""})`, { code: "no-predictions" });
    const notes = [];
    const classification = regression ? null : classificationShape(join, options, notes);
    const references = await loadReferences(join, versions, registry, options, logger);
    const report = buildReport(options, join, windowing, references, regression, classification, notes, deps);
    const reportFile = external_node_path_default().resolve(cwd, options.reportFile);
    const summaryFile = external_node_path_default().resolve(cwd, options.summaryFile);
    await (0,src/* writeDocument */.ft)("mlops.monitoring", reportFile, report);
    const summary = renderMonitoringSummary(report);
    await (0,src/* writeFileAtomic */.Zf)(summaryFile, summary);
    return { report, reportFile, summaryFile, summary };
}
async function loadReferences(join, versions, registry, options, logger) {
    const served = [...new Set(join.cells.map((c) => c.version))].sort((a, b) => a - b);
    const out = new Map();
    for (const v of served) {
        const registered = versions.find((mv) => mv.number === v) ?? null;
        const download = registry
            ? async (version, dir) => void (await registry.download(options.model, version, dir))
            : null;
        out.set(v, await versionReference(v, registered, { reference: options.reference, holdoutPredictions: options.holdoutPredictions, cwd: options.cwd }, download, logger));
    }
    return out;
}
function buildReport(options, join, windowing, references, regression, classification, notes, deps) {
    const ctx = {
        windowing,
        task: regression ? "regression" : classification.task,
        shape: classification?.shape ?? null,
        rules: options.rules,
        minLabelledRows: options.minLabelledRows,
        resamples: options.resamples,
        level: options.level,
        random: new Random(options.seed),
        driftColumns: join.driftColumns,
        predictionColumns: join.predictionColumns,
        references,
    };
    const cells = [...join.cells].sort((a, b) => a.window - b.window || a.version - b.version);
    const windows = cells.map((cell) => windowOf(cell, ctx));
    const newest = cells.length ? cells[cells.length - 1].window : NaN;
    const versions = [...references.values()].map((ref) => {
        const mine = cells.filter((cell) => cell.version === ref.version);
        const d = degradation(ref.version, windows, options.consecutiveWindows);
        return {
            version: ref.version,
            registered: ref.registered ? { ...ref.registered.metrics } : null,
            reference: ref.reference ? { source: ref.reference.source, rows: ref.reference.rows } : null,
            holdout: ref.holdout ? { source: ref.holdout.source, rows: ref.holdout.rows } : null,
            rows: mine.reduce((s, cell) => s + cell.rows, 0),
            labelled: mine.reduce((s, cell) => s + cell.labelled, 0),
            current: mine.some((cell) => cell.window === newest),
            degraded: d.degraded,
            reasons: d.reasons,
            notes: [...ref.notes, ...notes],
        };
    });
    const degraded = versions.filter((v) => v.current && v.degraded);
    const c = join.counts;
    return {
        kind: "mlops.monitoring",
        version: 1,
        created: (deps.now?.() ?? new Date()).toISOString(),
        model: options.model,
        task: ctx.task,
        classes: regression ? [] : join.classes,
        window: { kind: options.window.kind, rows: options.window.rows },
        columns: { ...options.columns },
        sources: { predictions: options.predictions, labels: options.labels },
        join: { ...c, unlabelled: c.predictions - c.labelled, samples: join.samples },
        rules: {
            metrics: options.rules.map((g) => ({
                metric: g.metric,
                threshold: g.threshold,
                minAbsoluteChange: g.minAbsoluteChange,
                minRelativeChange: g.minRelativeChange,
                greaterIsBetter: g.greaterIsBetter,
                significance: g.significance,
            })),
            minLabelledRows: options.minLabelledRows,
            consecutiveWindows: options.consecutiveWindows,
        },
        interval: {
            method: "grouped Poisson bootstrap",
            level: options.level,
            resamples: options.resamples,
            seed: options.seed,
        },
        versions,
        windows,
        degraded: degraded.length > 0,
        reason: degraded.flatMap((v) => v.reasons).join("; "),
    };
}


/***/ })

};
