export const id = 439;
export const ids = [439];
export const modules = {

/***/ 61439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TASKS: () => (/* binding */ TASKS),
  B8: () => (/* binding */ cellError),
  it: () => (/* binding */ cellFromText),
  eF: () => (/* binding */ cellFromValue),
  KM: () => (/* binding */ columnOrError),
  mT: () => (/* binding */ gatherTable),
  rP: () => (/* binding */ idIndexOf),
  Pv: () => (/* binding */ joinError),
  YD: () => (/* binding */ keysOf),
  kJ: () => (/* binding */ labelKey),
  cA: () => (/* binding */ lineOf),
  UK: () => (/* binding */ numericColumn),
  R_: () => (/* binding */ readPredictions),
  ie: () => (/* binding */ whereIs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
;// CONCATENATED MODULE: ./packages/metrics/src/columns.ts
/*
 * Prediction columns in typed arrays, so ten million paired rows fit in a few hundred MB:
 *  - a column of few distinct values (labels, predicted classes, slices) is a dictionary: one
 *    byte (or int) per row and each distinct value once;
 *  - a column of many numbers (scores, probabilities, regression targets) is a Float64Array, the
 *    rare cell that is not a number kept aside for error messages;
 *  - the id column is a 64-bit hash per row (two Uint32Arrays); its text is kept only for small
 *    tables (for messages), and the whole column is dropped once the two files are joined.
 */
/** Distinct values a dictionary column holds in one byte per row. */
const DICT8 = 255;
const NULL_KEY = Symbol("null");
class ColumnBuilder {
    capacity;
    codes;
    numbers = null;
    exceptions = null;
    dict = [];
    index = new Map();
    allNumeric = true;
    length = 0;
    constructor(capacity) {
        this.capacity = capacity;
        this.codes = new Uint8Array(capacity);
    }
    grow(min) {
        const capacity = Math.max(min + 1, Math.ceil(this.capacity * 1.5));
        if (this.numbers) {
            const next = new Float64Array(capacity);
            next.set(this.numbers);
            this.numbers = next;
        }
        else {
            const next = this.codes instanceof Uint8Array ? new Uint8Array(capacity) : new Int32Array(capacity);
            next.set(this.codes);
            this.codes = next;
        }
        this.capacity = capacity;
    }
    set(i, cell) {
        if (i >= this.capacity)
            this.grow(i);
        if (i >= this.length)
            this.length = i + 1;
        if (this.numbers) {
            if (typeof cell === "number")
                this.numbers[i] = cell;
            else {
                this.numbers[i] = NaN;
                (this.exceptions ??= new Map()).set(i, cell);
            }
            return;
        }
        const key = cell === null ? NULL_KEY : cell;
        let code = this.index.get(key);
        if (code === undefined) {
            code = this.dict.length;
            if (cell !== null && typeof cell !== "number")
                this.allNumeric = false;
            if (code === DICT8 && this.codes instanceof Uint8Array) {
                if (this.allNumeric) {
                    this.toNumbers();
                    this.set(i, cell);
                    return;
                }
                this.codes = Int32Array.from(this.codes);
            }
            this.dict.push(cell);
            this.index.set(key, code);
        }
        this.codes[i] = code;
    }
    push(cell) {
        this.set(this.length, cell);
    }
    toNumbers() {
        const numbers = new Float64Array(this.capacity);
        const codes = this.codes;
        for (let i = 0; i < this.length; i++) {
            const v = this.dict[codes[i]];
            if (typeof v === "number")
                numbers[i] = v;
            else {
                numbers[i] = NaN;
                (this.exceptions ??= new Map()).set(i, v);
            }
        }
        this.numbers = numbers;
        this.codes = null;
        this.dict = [];
        this.index.clear();
    }
    /** The column, trimmed to its length (this builder is spent). */
    finish(length = this.length) {
        if (this.numbers) {
            const numbers = trimmed(this.numbers, length);
            this.numbers = null;
            const exceptions = this.exceptions;
            return {
                length,
                numbers,
                codes: null,
                dict: null,
                get: exceptions ? (i) => (exceptions.has(i) ? exceptions.get(i) : numbers[i]) : (i) => numbers[i],
            };
        }
        const codes = trimmed(this.codes, length);
        this.codes = null;
        const dict = this.dict;
        return { length, numbers: null, codes, dict, get: (i) => dict[codes[i]] };
    }
}
/**
 * The first `length` values: a view when they fill most of the array (the capacity was a close
 * guess; no second copy of a 10M-row column while both exist), else a trimmed copy.
 */
function trimmed(a, length) {
    if (a.length === length)
        return a;
    return (length >= a.length * 0.9 ? a.subarray(0, length) : a.slice(0, length));
}
/** A column from cells (tests, and gathered views). */
function columnOf(cells) {
    const b = new ColumnBuilder(Math.max(1, cells.length));
    for (let i = 0; i < cells.length; i++)
        b.set(i, cells[i]);
    return b.finish(cells.length);
}
/** The rows of `column` at `rows` (a gathered copy in the same representation). */
function gatherColumn(column, rows) {
    const n = rows.length;
    if (column.numbers) {
        const src = column.numbers;
        const numbers = new Float64Array(n);
        let exceptions = null;
        for (let i = 0; i < n; i++) {
            const r = rows[i];
            numbers[i] = src[r];
            if (Number.isNaN(src[r])) {
                const cell = column.get(r);
                if (typeof cell !== "number")
                    (exceptions ??= new Map()).set(i, cell);
            }
        }
        return {
            length: n,
            numbers,
            codes: null,
            dict: null,
            get: exceptions ? (i) => (exceptions.has(i) ? exceptions.get(i) : numbers[i]) : (i) => numbers[i],
        };
    }
    const src = column.codes;
    const codes = src instanceof Uint8Array ? new Uint8Array(n) : new Int32Array(n);
    for (let i = 0; i < n; i++)
        codes[i] = src[rows[i]];
    const dict = column.dict;
    return { length: n, numbers: null, codes, dict, get: (i) => dict[codes[i]] };
}
// ---- ids ------------------------------------------------------------------------------------
/** Ids are kept as text (for messages) up to this many rows; beyond, only their hashes. */
const ID_TEXT_ROWS = 100_000;
/** Two 32-bit hashes (FNV-1a and a murmur-style mix, each finalised) of an id's text. */
function hashId(key, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c ^ key.length;
    for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 13;
    }
    out[0] = fmix(h1);
    out[1] = fmix(h2 ^ 0x2545f491);
}
/**
 * hashId of the text of bytes [start, end) when it is how an integer id prints (an optional
 * minus, then 0 or up to 15 digits without a leading zero, -0 excepted): then the id's key,
 * String(Number(text)), is the text itself, and its ASCII bytes hash as its characters do. False
 * (nothing written) for any other text: the caller goes through the string.
 */
function hashIntegerIdBytes(buf, start, end, out) {
    let i = start;
    if (i < end && buf[i] === 45)
        i++;
    const digits = end - i;
    if (digits < 1 || digits > 15)
        return false;
    if (buf[i] === 48 && (digits > 1 || i > start))
        return false; // leading zero, or -0
    for (let k = i; k < end; k++) {
        const c = buf[k] - 48;
        if (c < 0 || c > 9)
            return false;
    }
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c ^ (end - start);
    for (let k = start; k < end; k++) {
        const c = buf[k];
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 13;
    }
    out[0] = fmix(h1);
    out[1] = fmix(h2 ^ 0x2545f491);
    return true;
}
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/**
 * The number a plain decimal text of bytes [start, end) holds (an optional minus, digits, an
 * optional fraction; at most 15 significant digits and 22 decimals), exactly as Number(text)
 * gives it: an integer below 2^53 divided by an exact power of ten is one correctly rounded
 * operation. NaN for any other text (signs, exponents, spaces, NA…): the caller parses the string.
 */
function plainNumberBytes(buf, start, end) {
    let i = start;
    const negative = i < end && buf[i] === 45;
    if (negative)
        i++;
    let m = 0;
    let significant = 0;
    let decimals = 0;
    let digits = 0;
    for (; i < end; i++) {
        const c = buf[i] - 48;
        if (c < 0 || c > 9)
            break;
        m = m * 10 + c;
        if (m !== 0)
            significant++;
        digits++;
    }
    if (i < end && buf[i] === 46) {
        for (i++; i < end; i++) {
            const c = buf[i] - 48;
            if (c < 0 || c > 9)
                break;
            m = m * 10 + c;
            if (m !== 0)
                significant++;
            decimals++;
            digits++;
        }
    }
    if (i !== end || digits === 0 || significant > 15 || decimals > 22)
        return NaN;
    const v = decimals ? m / POW10[decimals] : m;
    return negative ? -v : v;
}
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
class IdBuilder {
    capacity;
    hi;
    lo;
    texts = [];
    h = new Uint32Array(2);
    length = 0;
    constructor(capacity) {
        this.capacity = capacity;
        this.hi = new Uint32Array(capacity);
        this.lo = new Uint32Array(capacity);
    }
    push(key) {
        hashId(key, this.h);
        this.pushHash(this.h, () => key);
    }
    /** An id by its hash (hashId's two words); `text` gives its key when ids are kept as text. */
    pushHash(h, text) {
        const i = this.length++;
        if (i >= this.capacity) {
            this.capacity = Math.max(i + 1, Math.ceil(this.capacity * 1.5));
            const hi = new Uint32Array(this.capacity);
            hi.set(this.hi);
            this.hi = hi;
            const lo = new Uint32Array(this.capacity);
            lo.set(this.lo);
            this.lo = lo;
        }
        this.hi[i] = h[0];
        this.lo[i] = h[1];
        if (this.texts) {
            if (i < ID_TEXT_ROWS)
                this.texts.push(text());
            else
                this.texts = null;
        }
    }
    finish() {
        const n = this.length;
        return {
            length: n,
            hi: trimmed(this.hi, n),
            lo: trimmed(this.lo, n),
            texts: this.texts,
        };
    }
}
/**
 * An open-addressing index of one table's ids: row of an id hash, or -1. Duplicate ids are
 * reported through `onDuplicate(row, firstRow)`.
 */
class IdIndex {
    ids;
    slots;
    mask;
    constructor(ids, onDuplicate) {
        this.ids = ids;
        let size = 1024;
        while (size < ids.length * 1.5)
            size *= 2;
        this.slots = new Int32Array(size).fill(-1);
        this.mask = size - 1;
        for (let r = 0; r < ids.length; r++) {
            const found = this.find(ids.hi[r], ids.lo[r], true);
            if (found >= 0)
                onDuplicate(r, found);
            this.slots[-found - 1] = r;
        }
    }
    /** Row of the id hash; with `slot`, a miss returns -(free slot) - 1. */
    find(hi, lo, slot = false) {
        let s = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
        for (;;) {
            const r = this.slots[s];
            if (r < 0)
                return slot ? -s - 1 : -1;
            if (this.ids.hi[r] === hi && this.ids.lo[r] === lo)
                return r;
            s = (s + 1) & this.mask;
        }
    }
    /** Row of the id whose hash is (hi, lo), or -1. */
    rowOf(hi, lo) {
        return this.find(hi, lo);
    }
    rowOfKey(key, scratch) {
        hashId(key, scratch);
        return this.find(scratch[0], scratch[1]);
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions.ts



function want(names) {
    const exact = new Set([names.label, names.prediction, names.score, ...names.slices]);
    return (c) => exact.has(c) || c.startsWith(`${names.score}_`);
}
/** A CSV cell's value: a number when the text is one, null for empty/NA/null, else the text. */
function cellFromText(text) {
    if (text === "" || text === "NA" || text === "null" || text === "NaN" || text === "nan")
        return text === "" || text === "NA" || text === "null" ? null : NaN;
    const n = Number(text);
    if (Number.isNaN(n) || text.trim() !== text)
        return text;
    return n;
}
function cellFromValue(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
        return value;
    if (typeof value === "bigint")
        return Number(value);
    if (value instanceof Date)
        return value.getTime();
    return JSON.stringify(value);
}
/** Line (or row) of table row i, for messages; null when not recorded. */
function lineOf(table, i) {
    if (table.lines)
        return table.lines[i];
    return table.lineBase === null ? null : i + table.lineBase;
}
/** "file line 12" (or "file row 12"; "file (row 12 of the candidate's order)" when joined). */
function whereIs(table, i) {
    const line = lineOf(table, i);
    return line === null
        ? `${table.file} (row ${i + 1} in the candidate's order)`
        : `${table.file} ${table.lineWord} ${line}`;
}
const indexes = new WeakMap();
/** The id index of a table (built once). */
function idIndexOf(table, id) {
    const ids = table.ids;
    if (!ids)
        throw new Error(`${table.file}: the id column was already released`);
    let index = indexes.get(ids);
    if (!index) {
        index = new IdIndex(ids, (row, first) => {
            throw new src/* ConfigurationError */.j1(`${whereIs(table, row)} column '${id}': expected a unique id, found ${shownId(idText(table, row))} again (first at ${lineOf(table, first) === null ? `row ${first + 1}` : `${table.lineWord} ${lineOf(table, first)}`})`, { code: "prediction-invalid", location: { file: table.file, column: id } });
        });
        indexes.set(ids, index);
    }
    return index;
}
/** An id in a message: as the cell prints (numbers bare, text quoted). */
function shownId(key) {
    return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(key) ? key : JSON.stringify(key);
}
function idText(table, row) {
    return table.ids?.texts?.[row] ?? `(the id at ${whereIs(table, row)})`;
}
async function scan(file, kind, keep, sink) {
    const data = await Promise.all(/* import() */[__webpack_require__.e(479), __webpack_require__.e(960)]).then(__webpack_require__.bind(__webpack_require__, 89960));
    let columns = [];
    if (kind === "csv" || kind === "tsv") {
        const decoder = new TextDecoder();
        const scratch = { bytes: new Uint8Array(256) };
        let picked = [];
        let buf, starts, ends, flags;
        const cell = (k) => {
            const index = picked[k];
            let text;
            if (flags[index] & data.FIELD_ESCAPED) {
                const len = data.unescapeField(buf, starts[index], ends[index], scratch);
                text = decoder.decode(scratch.bytes.subarray(0, len));
            }
            else
                text = decoder.decode(buf.subarray(starts[index], ends[index]));
            return flags[index] & data.FIELD_QUOTED ? text : cellFromText(text);
        };
        const fast = {
            number(k) {
                const index = picked[k];
                return flags[index] ? NaN : plainNumberBytes(buf, starts[index], ends[index]);
            },
            idHash(k, out) {
                const index = picked[k];
                return !flags[index] && hashIntegerIdBytes(buf, starts[index], ends[index], out);
            },
        };
        await new data.CsvReader(file, { delimiter: kind === "tsv" ? "\t" : "," }).read({
            header(header) {
                columns = header;
                picked = header.flatMap((name, index) => (keep(name) ? [index] : []));
                sink.begin(header, picked.map((i) => header[i]));
            },
            row(b, s, e, f, line) {
                buf = b;
                starts = s;
                ends = e;
                flags = f;
                sink.row(cell, line, fast);
            },
            ragged(line, found, expected) {
                throw new src/* ConfigurationError */.j1(`${file} line ${line}: expected ${expected} fields as in the header, found ${found}`, {
                    code: "ragged-row",
                    location: { file, line },
                });
            },
        });
    }
    else if (kind === "jsonl") {
        let picked = null;
        await data.readJsonLines(file, (object, line) => {
            if (!picked) {
                // JSON Lines: the first object's keys are the columns (a key missing later is null).
                columns = Object.keys(object);
                picked = columns.filter(keep);
                sink.begin(columns, picked);
            }
            for (const key in object) {
                if (columns.includes(key))
                    continue;
                columns.push(key);
                if (keep(key)) {
                    picked.push(key);
                    sink.extend?.(key);
                }
            }
            const p = picked;
            sink.row((k) => cellFromValue(object[p[k]]), line);
        });
    }
    else {
        let picked = [];
        await data.readParquet(file, {
            columns(info) {
                columns = info.map((c) => c.name);
                picked = columns.map((name, i) => (keep(name) ? i : -1));
                sink.begin(columns, columns.filter((_, i) => picked[i] >= 0));
            },
            chunk(column, values) {
                const k = picked[column];
                if (k < 0)
                    return;
                sink.chunk(picked.slice(0, column).filter((p) => p >= 0).length, values);
            },
            rowGroup(count) {
                sink.rowGroup(count);
            },
        });
    }
    return columns;
}
/**
 * Reads the evaluation columns of one prediction file. With `alignTo` (and names.id), rows are
 * placed in that table's row order as they stream, joined on the id: a row whose id the other
 * table lacks, or an id of the other table never seen, is an error naming how many and which.
 */
async function readPredictions(file, names, format = "auto", options = {}) {
    const data = await Promise.all(/* import() */[__webpack_require__.e(479), __webpack_require__.e(960)]).then(__webpack_require__.bind(__webpack_require__, 89960));
    const kind = data.detectFormat(file, format);
    const alignTo = options.alignTo && names.id && kind !== "parquet" ? options.alignTo : null;
    const keepValue = want(names);
    const keep = (c) => keepValue(c) || c === names.id;
    const capacity = alignTo ? alignTo.rows : estimateRows(file, kind);
    const name = options.display ?? file;
    const state = alignTo ? new JoinState(alignTo, names.id, name) : null;
    const builders = new Map();
    let order = [];
    let idK = -1;
    const ids = alignTo ? null : new IdBuilder(names.id ? capacity : 0);
    const lines = new LineRecorder(alignTo ? alignTo.rows : capacity, !!alignTo);
    const hash = new Uint32Array(2);
    let rows = 0;
    const columns = await scan(file, kind, keep, {
        begin(_all, picked) {
            idK = names.id ? picked.indexOf(names.id) : -1;
            order = picked.map((name) => {
                if (name === names.id)
                    return null;
                const b = new ColumnBuilder(capacity);
                builders.set(name, b);
                return b;
            });
            if (names.id && idK < 0) {
                throw new src/* ConfigurationError */.j1(`${name}: no column '${names.id}' (id-column); the file has: ${_all.slice(0, 20).join(", ")}`, {
                    code: "column-missing",
                    location: { file: name, column: names.id },
                });
            }
        },
        extend(name) {
            const b = new ColumnBuilder(capacity);
            for (let i = 0; i < (state ? capacity : rows); i++)
                b.set(i, null);
            builders.set(name, b);
            order.push(b);
        },
        row(cell, line, fast) {
            let at = rows;
            if (idK >= 0) {
                if (!fast?.idHash(idK, hash)) {
                    const v = cell(idK);
                    if (v === null)
                        throw nullId(name, kind, line, names.id);
                    hashId(labelKey(v), hash);
                }
                const key = () => labelKey(cell(idK));
                if (state) {
                    at = state.place(hash, line, key);
                    if (at < 0)
                        return;
                }
                else
                    ids.pushHash(hash, key);
            }
            for (let k = 0; k < order.length; k++) {
                if (k === idK)
                    continue;
                const x = fast ? fast.number(k) : NaN;
                order[k].set(at, x === x ? x : cell(k));
            }
            lines.set(at, line);
            rows++;
        },
        chunk(k, values) {
            if (k === idK) {
                for (let i = 0; i < values.length; i++) {
                    const v = cellFromValue(values[i]);
                    if (v === null)
                        throw nullId(name, kind, ids.length + 1, names.id);
                    ids.push(labelKey(v));
                }
                return;
            }
            const b = order[k];
            for (let i = 0; i < values.length; i++)
                b.push(cellFromValue(values[i]));
        },
        rowGroup(count) {
            for (let i = 0; i < count; i++)
                lines.set(rows + i, rows + i + 1);
            rows += count;
        },
    });
    state?.finish();
    if (rows === 0) {
        throw new src/* ConfigurationError */.j1(`${name}: no prediction rows`, {
            code: "predictions-empty",
            location: { file: name },
        });
    }
    const length = alignTo ? alignTo.rows : rows;
    const values = new Map();
    for (const [name, b] of builders)
        values.set(name, b.finish(length));
    const table = {
        file: name,
        rows: length,
        columns,
        values,
        ids: ids && names.id ? ids.finish() : null,
        ...lines.finish(length),
        lineWord: kind === "parquet" ? "row" : "line",
    };
    if (alignTo)
        table.alignedTo = alignTo;
    return table;
}
function nullId(file, kind, line, id) {
    return new src/* ConfigurationError */.j1(`${file} ${kind === "parquet" ? "row" : "line"} ${line} column '${id}': expected an id, found nothing`, { code: "prediction-invalid", location: { file, ...(kind === "parquet" ? {} : { line }), column: id } });
}
/**
 * A first guess at a text file's rows, from its size and the line length of its first 64 KiB,
 * so the typed arrays are allocated about once at the right size.
 */
function estimateRows(file, kind) {
    if (kind === "parquet")
        return 1024;
    try {
        const size = (0,external_node_fs_.statSync)(file).size;
        const fd = (0,external_node_fs_.openSync)(file, "r");
        try {
            const head = Buffer.alloc(Math.min(size, 1 << 16));
            const read = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
            let lines = 0;
            for (let i = 0; i < read; i++)
                if (head[i] === 10)
                    lines++;
            const perRow = lines > 1 ? read / lines : 12;
            return Math.min(1 << 28, Math.max(1024, Math.ceil((size / perRow) * 1.02) + 16));
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return 1024;
    }
}
/** Lines of rows: nothing stored while every record is one line after the header. */
class LineRecorder {
    capacity;
    scattered;
    lines = null;
    base = null;
    regular = true;
    constructor(capacity, scattered) {
        this.capacity = capacity;
        this.scattered = scattered;
    }
    set(i, line) {
        if (this.regular && !this.scattered) {
            this.base ??= line - i;
            if (line - i === this.base)
                return;
            this.regular = false;
            this.lines = new Int32Array(Math.max(this.capacity, i + 1));
            for (let r = 0; r < i; r++)
                this.lines[r] = r + this.base;
        }
        if (this.scattered && this.capacity > ID_TEXT_ROWS)
            return; // joined big tables: rows, not lines
        this.lines ??= new Int32Array(this.capacity);
        if (i >= this.lines.length) {
            const next = new Int32Array(Math.max(i + 1, Math.ceil(this.lines.length * 1.5)));
            next.set(this.lines);
            this.lines = next;
        }
        this.lines[i] = line;
    }
    finish(length) {
        if (this.lines)
            return {
                lines: this.lines.length === length ? this.lines : this.lines.slice(0, length),
                lineBase: null,
            };
        return { lines: null, lineBase: this.scattered ? null : (this.base ?? 2) };
    }
}
/** Joins a streamed file onto `target` by id: where each row goes, and what did not match. */
class JoinState {
    target;
    id;
    file;
    index;
    seen;
    extra = 0;
    extraSample = [];
    constructor(target, id, file) {
        this.target = target;
        this.id = id;
        this.file = file;
        this.index = idIndexOf(target, id);
        this.seen = new Uint8Array(target.rows);
    }
    /** The target row of an id by its hash (hashId's words); `key` gives its text for messages. */
    place(hash, line, key) {
        const at = this.index.rowOf(hash[0], hash[1]);
        if (at < 0) {
            this.extra++;
            if (this.extraSample.length < 10)
                this.extraSample.push(key());
            return -1;
        }
        if (this.seen[at]) {
            throw new src/* ConfigurationError */.j1(`${this.file} line ${line} column '${this.id}': expected a unique id, found ${shownId(key())} again`, { code: "prediction-invalid", location: { file: this.file, line, column: this.id } });
        }
        this.seen[at] = 1;
        return at;
    }
    finish() {
        const missing = [];
        let count = 0;
        for (let i = 0; i < this.seen.length; i++) {
            if (this.seen[i])
                continue;
            count++;
            if (missing.length < 10)
                missing.push(i);
        }
        if (count === 0 && this.extra === 0)
            return;
        throw joinError(this.id, this.target.file, this.file, {
            missing: { count, sample: missing.map((i) => idText(this.target, i)) },
            extra: { count: this.extra, sample: this.extraSample },
        });
    }
}
function joinError(id, candidateFile, baselineFile, found) {
    const list = (s) => `${s.sample.map((m) => JSON.stringify(m)).join(", ")}${s.count > s.sample.length ? ", …" : ""}`;
    const parts = [];
    if (found.missing.count)
        parts.push(`${found.missing.count} candidate id(s) not in the baseline (e.g. ${list(found.missing)})`);
    if (found.extra.count)
        parts.push(`${found.extra.count} baseline id(s) not in the candidate (e.g. ${list(found.extra)})`);
    return new src/* ConfigurationError */.j1(`predictions do not cover the same rows by '${id}': ${parts.join("; ")}; both models must be scored on the same rows (candidate: ${candidateFile}, baseline: ${baselineFile})`, { code: "predictions-mismatch" });
}
/** A view of `table` whose rows follow `rows` (the baseline joined on ids after reading). */
function gatherTable(table, rows, alignTo) {
    const values = new Map();
    for (const [k, v] of table.values)
        values.set(k, gatherColumn(v, rows));
    let lines = null;
    if (table.lines || table.lineBase !== null) {
        lines = new Int32Array(rows.length);
        for (let i = 0; i < rows.length; i++)
            lines[i] = lineOf(table, rows[i]);
    }
    return { ...table, values, ids: null, lines, lineBase: null, rows: rows.length, alignedTo: alignTo };
}
const TASKS = ["auto", "binary", "multiclass", "regression"];
function cellError(table, row, column, expected, found) {
    const line = lineOf(table, row);
    return new src/* ConfigurationError */.j1(`${whereIs(table, row)} column '${column}': expected ${expected}, found ${found === null ? "nothing" : JSON.stringify(found)}`, {
        code: "prediction-invalid",
        location: { file: table.file, ...(table.lineWord === "line" && line !== null ? { line } : {}), column },
    });
}
function columnOrError(table, column, what) {
    const values = table.values.get(column);
    if (!values) {
        throw new src/* ConfigurationError */.j1(`${table.file}: no column '${column}' (${what}); the file has: ${table.columns.slice(0, 20).join(", ")}${table.columns.length > 20 ? ", …" : ""}`, { code: "column-missing", location: { file: table.file, column } });
    }
    return values;
}
/** A column's values as doubles (shared with the column when it is one); a non-number is an error. */
function numericColumn(table, column, what) {
    const cells = columnOrError(table, column, what);
    let out = cells.numbers;
    if (!out) {
        out = new Float64Array(cells.length);
        for (let i = 0; i < cells.length; i++) {
            const v = cells.get(i);
            out[i] = typeof v === "number" ? v : NaN;
        }
    }
    for (let i = 0; i < out.length; i++) {
        if (!Number.isFinite(out[i]))
            throw cellError(table, i, column, "a finite number", cells.get(i) ?? null);
    }
    return out;
}
/** Class labels as strings ("1", "setosa", "true"), so numbers and text compare alike. */
function labelKey(v) {
    return typeof v === "number" ? String(v) : String(v);
}
/** Each row's label key, computed once per distinct value for dictionary columns. */
function keysOf(column) {
    if (column.dict) {
        const keys = column.dict.map(labelKey);
        const codes = column.codes;
        return (i) => keys[codes[i]];
    }
    return (i) => labelKey(column.get(i));
}


/***/ })

};
