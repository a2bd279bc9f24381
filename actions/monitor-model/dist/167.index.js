export const id = 167;
export const ids = [167];
export const modules = {

/***/ 44745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   YR: () => (/* binding */ hashNumber),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   _t: () => (/* binding */ numberKind),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   sT: () => (/* binding */ fmix32),
/* harmony export */   yG: () => (/* binding */ parseBoolean),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/* unused harmony exports daysFromCivil, MISSING_TOKENS */
/*
 * Cell-level parsing straight from bytes: the hot path of every reader. Numbers, dates and
 * booleans are recognised without creating a string per cell; strings are created only for
 * cells that are text and only where a check needs them.
 */
const POW10 = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
];
/** Kind of the last value parseNumber recognised: 0 not a number, 1 integer, 2 decimal. */
let numberKind = 0;
const latin1 = new TextDecoder("latin1");
/**
 * Parses a decimal number (`-12`, `3.5`, `.5`, `1e-3`) from bytes, correctly rounded as
 * Number() would (Clinger's fast path, else Number() on the text). Values with a leading zero
 * (`007`, zip codes) are not numbers: they are identifiers and stay text. Sets numberKind.
 */
function parseNumber(buf, start, end) {
    numberKind = 0;
    let i = start;
    if (i >= end)
        return NaN;
    const sign = buf[i];
    let negative = false;
    if (sign === 45 || sign === 43) {
        negative = sign === 45;
        i++;
        if (i >= end)
            return NaN;
    }
    let c;
    let mantissa = 0;
    let digits = 0;
    let significant = 0;
    let fraction = 0;
    let kind = 1;
    const intStart = i;
    while (i < end) {
        c = buf[i] - 48;
        if (c < 0 || c > 9)
            break;
        if (significant > 0 || c !== 0)
            significant++;
        mantissa = mantissa * 10 + c;
        digits++;
        i++;
    }
    if (digits > 1 && buf[intStart] === 48)
        return NaN; // leading zero: an identifier
    if (i < end && buf[i] === 46) {
        kind = 2;
        i++;
        while (i < end) {
            c = buf[i] - 48;
            if (c < 0 || c > 9)
                break;
            if (significant > 0 || c !== 0)
                significant++;
            mantissa = mantissa * 10 + c;
            digits++;
            fraction++;
            i++;
        }
    }
    if (digits === 0)
        return NaN;
    let exponent = 0;
    if (i < end && (buf[i] === 101 || buf[i] === 69)) {
        kind = 2;
        i++;
        let expNegative = false;
        if (i < end && (buf[i] === 45 || buf[i] === 43)) {
            expNegative = buf[i] === 45;
            i++;
        }
        const expStart = i;
        while (i < end) {
            c = buf[i] - 48;
            if (c < 0 || c > 9)
                break;
            if (exponent < 100000)
                exponent = exponent * 10 + c;
            i++;
        }
        if (i === expStart)
            return NaN;
        if (expNegative)
            exponent = -exponent;
    }
    if (i !== end)
        return NaN;
    let value;
    const scale = exponent - fraction;
    if (significant <= 15 && scale >= -22 && scale <= 22) {
        value = scale < 0 ? mantissa / POW10[-scale] : mantissa * POW10[scale];
    }
    else {
        value = Number(latin1.decode(buf.subarray(negative || buf[start] === 43 ? start + 1 : start, end)));
        if (!Number.isFinite(value))
            return NaN;
    }
    if (kind === 1 && !Number.isSafeInteger(value))
        kind = 2;
    numberKind = kind;
    return negative ? -value : value;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
let lastYear = -1;
let lastMonth = -1;
let lastDay = -1;
let lastDayMs = 0;
function twoDigits(buf, i) {
    const a = buf[i] - 48;
    const b = buf[i + 1] - 48;
    if (a < 0 || a > 9 || b < 0 || b > 9)
        return -1;
    return a * 10 + b;
}
/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/**
 * ISO 8601 date or date-time from bytes: `YYYY-MM-DD`, optionally `T` or space, `HH:MM`,
 * `:SS`, `.fff`, and `Z` or `±HH:MM`. Returns epoch milliseconds (UTC; a time without an offset
 * is read as UTC), or NaN when the cell is not such a date.
 */
function parseDate(buf, start, end) {
    const len = end - start;
    if (len < 10 || len > 35)
        return NaN;
    const y1 = twoDigits(buf, start);
    const y2 = twoDigits(buf, start + 2);
    if (y1 < 0 || y2 < 0 || buf[start + 4] !== 45 || buf[start + 7] !== 45)
        return NaN;
    const year = y1 * 100 + y2;
    const month = twoDigits(buf, start + 5);
    const day = twoDigits(buf, start + 8);
    if (month < 1 || month > 12 || day < 1)
        return NaN;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (day > DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0))
        return NaN;
    // Consecutive cells often share the day: reuse the last day's computation.
    if (year !== lastYear || month !== lastMonth || day !== lastDay) {
        lastYear = year;
        lastMonth = month;
        lastDay = day;
        lastDayMs = daysFromCivil(year, month, day) * 86_400_000;
    }
    let ms = lastDayMs;
    let i = start + 10;
    if (i === end)
        return ms;
    const sep = buf[i];
    if ((sep !== 84 && sep !== 32) || end - i < 6)
        return NaN;
    const hour = twoDigits(buf, i + 1);
    const minute = twoDigits(buf, i + 4);
    if (hour < 0 || hour > 23 || buf[i + 3] !== 58 || minute < 0 || minute > 59)
        return NaN;
    ms += hour * 3_600_000 + minute * 60_000;
    i += 6;
    if (i < end && buf[i] === 58) {
        if (end - i < 3)
            return NaN;
        const second = twoDigits(buf, i + 1);
        if (second < 0 || second > 59)
            return NaN;
        ms += second * 1000;
        i += 3;
        if (i < end && buf[i] === 46) {
            i++;
            let scale = 100;
            const fracStart = i;
            while (i < end && buf[i] >= 48 && buf[i] <= 57) {
                ms += (buf[i] - 48) * scale;
                scale /= 10;
                i++;
            }
            if (i === fracStart)
                return NaN;
        }
    }
    if (i === end)
        return ms;
    if (buf[i] === 90 && i + 1 === end)
        return ms;
    if ((buf[i] === 43 || buf[i] === 45) && end - i === 6 && buf[i + 3] === 58) {
        const oh = twoDigits(buf, i + 1);
        const om = twoDigits(buf, i + 4);
        if (oh < 0 || oh > 23 || om < 0 || om > 59)
            return NaN;
        const offset = (oh * 60 + om) * 60_000;
        return buf[i] === 43 ? ms - offset : ms + offset;
    }
    return NaN;
}
/** 1 for true/True/TRUE, 0 for false/False/FALSE, -1 otherwise. */
function parseBoolean(buf, start, end) {
    const len = end - start;
    if (len === 4) {
        const c = buf[start] | 32;
        if (c === 116 &&
            (buf[start + 1] | 32) === 114 &&
            (buf[start + 2] | 32) === 117 &&
            (buf[start + 3] | 32) === 101)
            return isCaseOk(buf, start, end) ? 1 : -1;
    }
    else if (len === 5) {
        const c = buf[start] | 32;
        if (c === 102 &&
            (buf[start + 1] | 32) === 97 &&
            (buf[start + 2] | 32) === 108 &&
            (buf[start + 3] | 32) === 115 &&
            (buf[start + 4] | 32) === 101)
            return isCaseOk(buf, start, end) ? 0 : -1;
    }
    return -1;
}
/** true, True and TRUE (not tRuE), as pandas and YAML accept. */
function isCaseOk(buf, start, end) {
    let upper = 0;
    for (let i = start + 1; i < end; i++)
        if (buf[i] < 97)
            upper++;
    return upper === 0 || upper === end - start - 1;
}
/** pandas' default NA strings (read_csv na_values), besides the empty cell. */
const MISSING_TOKENS = new Set([
    "#N/A",
    "#N/A N/A",
    "#NA",
    "-1.#IND",
    "-1.#QNAN",
    "-NaN",
    "-nan",
    "1.#IND",
    "1.#QNAN",
    "<NA>",
    "N/A",
    "NA",
    "NULL",
    "NaN",
    "None",
    "n/a",
    "nan",
    "null",
]);
/** True for an empty cell or one of MISSING_TOKENS. */
function isMissing(buf, start, end) {
    const len = end - start;
    if (len === 0)
        return true;
    if (len > 8)
        return false;
    const c = buf[start];
    if (c !== 35 && c !== 45 && c !== 49 && c !== 60 && c !== 78 && c !== 110)
        return false;
    return MISSING_TOKENS.has(latin1.decode(buf.subarray(start, end)));
}
/** FNV-1a over bytes, finished with murmur3's fmix32 so every bit avalanches (for HLL). */
function hashBytes(buf, start, end, seed = 0x811c9dc5) {
    let h = seed | 0;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ buf[i], 0x01000193);
    return fmix32(h ^ (end - start));
}
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Hash of a double's bits (0 and -0 alike). */
function hashNumber(value, seed = 0) {
    f64[0] = value === 0 ? 0 : value;
    return fmix32(Math.imul(u32[0] ^ seed, 0x9e3779b1) ^ fmix32(u32[1] + 0x7f4a7c15));
}
const utf8 = new TextDecoder("utf-8");
function decodeUtf8(buf, start, end) {
    return utf8.decode(buf.subarray(start, end));
}
/** ISO 8601 text of epoch milliseconds (UTC). */
function formatDate(ms) {
    return new Date(ms).toISOString();
}


/***/ }),

/***/ 79554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ CellKind),
/* harmony export */   _v: () => (/* binding */ planDictionary),
/* harmony export */   kW: () => (/* binding */ ColumnProfiler)
/* harmony export */ });
/* unused harmony exports QUANTILES, histogram */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44745);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5202);
/* harmony import */ var _sketches_distribution_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(217);
/* harmony import */ var _sketches_frequencies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30417);
/* harmony import */ var _sketches_hll_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54567);
/* harmony import */ var _sketches_moments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53942);






/** What one cell turned out to be. */
var CellKind;
(function (CellKind) {
    CellKind[CellKind["Missing"] = 0] = "Missing";
    CellKind[CellKind["Integer"] = 1] = "Integer";
    CellKind[CellKind["Number"] = 2] = "Number";
    CellKind[CellKind["Boolean"] = 3] = "Boolean";
    CellKind[CellKind["Datetime"] = 4] = "Datetime";
    CellKind[CellKind["Text"] = 5] = "Text";
})(CellKind || (CellKind = {}));
const encoder = new TextEncoder();
const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const HISTOGRAM_BINS = 20;
const TOP_VALUES = 10;
/**
 * One pass over a column: counts, moments, value distribution, text frequencies, date range.
 * Cells arrive as bytes (CSV) or JS values (JSON Lines, Parquet) and are classified once.
 */
class ColumnProfiler {
    name;
    exactLimit;
    rows = 0;
    missing = 0;
    integers = 0;
    decimals = 0;
    booleans = 0;
    datetimes = 0;
    texts = 0;
    moments = new _sketches_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .Moments */ .W();
    distribution;
    text;
    dateMin = Infinity;
    dateMax = -Infinity;
    dateHll = null;
    /** Distinct dates, exactly, until there are more than `exactLimit` of them (then null). */
    dateExact = new Set();
    lastDate = NaN;
    scratch = { bytes: new Uint8Array(256) };
    observer = null;
    /**
     * `exactLimit`: distinct values counted exactly before switching to sketches (the dataset
     * lowers it for wide files, so memory stays bounded whatever the column count).
     */
    constructor(name, exactLimit = 20_000) {
        this.name = name;
        this.exactLimit = exactLimit;
        this.distribution = new _sketches_distribution_js__WEBPACK_IMPORTED_MODULE_2__/* .Distribution */ .zm(exactLimit);
        this.text = new _sketches_frequencies_js__WEBPACK_IMPORTED_MODULE_3__/* .Frequencies */ .R(exactLimit, Math.min(2_000, exactLimit));
    }
    /** A CSV cell: buf[start, end) with the reader's field flags. */
    addField(buf, start, end, flags, line) {
        if (flags & _csv_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD_ESCAPED */ .vZ) {
            const len = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .unescapeField */ .HQ)(buf, start, end, this.scratch);
            this.addBytes(this.scratch.bytes, 0, len, line);
        }
        else
            this.addBytes(buf, start, end, line);
    }
    addBytes(buf, start, end, line) {
        const row = this.rows++;
        if (end - start === this.lastDateLength && this.sameAsLastDateBytes(buf, start, end)) {
            // The same text as the last timestamp: the same value, nothing to parse or update.
            this.datetimes++;
            this.observer?.cell(CellKind.Datetime, this.lastDate, buf, start, end, line, row);
            return;
        }
        const x = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumber */ .$J)(buf, start, end);
        if (_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberKind */ ._t !== 0) {
            if (_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberKind */ ._t === 1)
                this.integers++;
            else
                this.decimals++;
            this.moments.add(x);
            this.distribution.add(x);
            this.observer?.cell(_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberKind */ ._t, x, buf, start, end, line, row);
            return;
        }
        if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .isMissing */ .b2)(buf, start, end)) {
            this.missing++;
            this.observer?.cell(CellKind.Missing, NaN, buf, start, end, line, row);
            return;
        }
        const b = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG)(buf, start, end);
        if (b >= 0) {
            this.booleans++;
            this.text.addBytes(buf, start, end);
            this.observer?.cell(CellKind.Boolean, b, buf, start, end, line, row);
            return;
        }
        const d = this.parseDateCell(buf, start, end);
        if (d === d) {
            this.datetimes++;
            if (d !== this.lastDate) {
                if (d < this.dateMin)
                    this.dateMin = d;
                if (d > this.dateMax)
                    this.dateMax = d;
                this.addDate(d);
                this.lastDate = d;
            }
            this.observer?.cell(CellKind.Datetime, d, buf, start, end, line, row);
            return;
        }
        this.texts++;
        this.text.addBytes(buf, start, end);
        this.observer?.cell(CellKind.Text, NaN, buf, start, end, line, row);
    }
    /**
     * One dictionary-encoded page (Parquet): `indices` into a dictionary classified once by
     * planDictionary, `defs` the definition levels (a cell is present when defs[i] === maxDef; no
     * defs means all present). Statistics are updated once per distinct entry of the page, so a
     * cell costs a counter increment (plus the schema observer, when there is one).
     */
    addDictionaryPage(plan, indices, defs, maxDef, line0) {
        const counts = plan.counts;
        const observer = this.observer;
        const n = defs && defs.length ? defs.length : indices.length;
        const hasDefs = defs !== undefined && defs.length > 0;
        let j = 0;
        for (let i = 0; i < n; i++) {
            if (hasDefs && defs[i] !== maxDef) {
                this.addMissing(line0 + i);
                continue;
            }
            const e = indices[j++];
            counts[e]++;
            const row = this.rows++;
            if (observer !== null) {
                const bytes = plan.bytes[e];
                observer.cell(plan.kinds[e], plan.values[e], bytes ?? EMPTY, 0, bytes ? bytes.length : 0, line0 + i, row);
            }
        }
        for (let e = 0; e < counts.length; e++) {
            const c = counts[e];
            if (c === 0)
                continue;
            counts[e] = 0;
            const x = plan.values[e];
            switch (plan.kinds[e]) {
                case CellKind.Integer:
                case CellKind.Number:
                    if (plan.kinds[e] === CellKind.Integer)
                        this.integers += c;
                    else
                        this.decimals += c;
                    this.moments.addMany(x, c);
                    this.distribution.addCount(x, c);
                    break;
                case CellKind.Datetime:
                    this.datetimes += c;
                    if (x < this.dateMin)
                        this.dateMin = x;
                    if (x > this.dateMax)
                        this.dateMax = x;
                    this.addDate(x);
                    break;
                case CellKind.Boolean:
                    this.booleans += c;
                    this.text.addBytes(plan.bytes[e], 0, plan.bytes[e].length, c);
                    break;
                case CellKind.Text:
                    this.texts += c;
                    this.text.addBytes(plan.bytes[e], 0, plan.bytes[e].length, c);
                    break;
                default:
                    this.missing += c;
            }
        }
    }
    /** A number from a typed source (Parquet); NaN and infinities count as missing. */
    addNumber(value, line) {
        if (!Number.isFinite(value))
            return this.addMissing(line);
        const row = this.rows++;
        const kind = Number.isSafeInteger(value) ? CellKind.Integer : CellKind.Number;
        if (kind === CellKind.Integer)
            this.integers++;
        else
            this.decimals++;
        this.moments.add(value);
        this.distribution.add(value);
        this.observer?.cell(kind, value, EMPTY, 0, 0, line, row);
    }
    lastDateBytes = new Uint8Array(40);
    lastDateLength = -1;
    sameAsLastDateBytes(buf, start, end) {
        const len = end - start;
        if (len !== this.lastDateLength)
            return false;
        const last = this.lastDateBytes;
        for (let i = len - 1; i >= 0; i--)
            if (last[i] !== buf[start + i])
                return false;
        return true;
    }
    parseDateCell(buf, start, end) {
        const d = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._U)(buf, start, end);
        if (d === d) {
            this.lastDateBytes.set(buf.subarray(start, end));
            this.lastDateLength = end - start;
        }
        return d;
    }
    /** A typed value from JSON Lines or Parquet. */
    addValue(value, line) {
        if (typeof value === "number") {
            if (Number.isFinite(value)) {
                const row = this.rows++;
                const kind = Number.isSafeInteger(value) ? CellKind.Integer : CellKind.Number;
                if (kind === CellKind.Integer)
                    this.integers++;
                else
                    this.decimals++;
                this.moments.add(value);
                this.distribution.add(value);
                this.observer?.cell(kind, value, EMPTY, 0, 0, line, row);
                return;
            }
            return this.addMissing(line);
        }
        if (value === null || value === undefined)
            return this.addMissing(line);
        if (value instanceof Uint8Array)
            return this.addBytes(value, 0, value.length, line);
        if (typeof value === "bigint")
            return this.addValue(Number(value), line);
        if (typeof value === "boolean")
            return this.addText(value ? "true" : "false", line);
        if (value instanceof Date) {
            const ms = value.getTime();
            if (!Number.isFinite(ms))
                return this.addMissing(line);
            return this.addText((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(ms), line);
        }
        if (typeof value === "string")
            return this.addText(value, line);
        let text;
        try {
            text = JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
        }
        catch {
            text = "[unserialisable value]"; // e.g. nesting deeper than the stack
        }
        return this.addText(text, line);
    }
    /** A timestamp (epoch milliseconds) from a typed source such as a Parquet TIMESTAMP column. */
    addDatetime(ms, line) {
        const x = typeof ms === "bigint" ? Number(ms) : ms;
        if (typeof x !== "number" || !Number.isFinite(x))
            return this.addMissing(line);
        const row = this.rows++;
        this.datetimes++;
        this.lastDateLength = -1; // lastDate no longer belongs to lastDateBytes
        if (x !== this.lastDate) {
            if (x < this.dateMin)
                this.dateMin = x;
            if (x > this.dateMax)
                this.dateMax = x;
            this.addDate(x);
            this.lastDate = x;
        }
        this.observer?.cell(CellKind.Datetime, x, EMPTY, 0, 0, line, row);
    }
    addMissing(line) {
        const row = this.rows++;
        this.missing++;
        this.observer?.cell(CellKind.Missing, NaN, EMPTY, 0, 0, line, row);
    }
    addText(value, line) {
        const need = value.length * 3;
        if (this.scratch.bytes.length < need)
            this.scratch.bytes = new Uint8Array(need);
        const { written } = encoder.encodeInto(value, this.scratch.bytes);
        this.addBytes(this.scratch.bytes, 0, written, line);
    }
    /** Non-missing cells. */
    get count() {
        return this.rows - this.missing;
    }
    /** The inferred type (see README: a single non-numeric cell makes a column text). */
    inferType() {
        const count = this.count;
        if (count === 0)
            return "string";
        if (this.integers + this.decimals === count)
            return this.decimals === 0 ? "integer" : "number";
        if (this.booleans === count)
            return "boolean";
        if (this.datetimes === count)
            return "datetime";
        const distinct = this.text.distinct() + (this.integers + this.decimals > 0 ? this.distribution.distinct() : 0);
        if (this.text.exact && this.distribution.exact && distinct <= 50 && distinct * 2 <= count)
            return "categorical";
        return "string";
    }
    /** Text frequencies including numeric cells (as their canonical text), for a column typed string. */
    allFrequencies() {
        if (this.integers + this.decimals === 0)
            return this.text;
        const merged = _sketches_frequencies_js__WEBPACK_IMPORTED_MODULE_3__/* .Frequencies */ .R.from(this.text.toJSON());
        const counts = this.distribution.valueCounts();
        if (counts)
            for (const [v, c] of counts)
                merged.addString(String(v), c);
        return merged;
    }
    profile(type = this.inferType()) {
        const sketches = this.sketches();
        const freq = type === "string" || type === "categorical" ? this.allFrequencies() : this.text;
        return buildProfile(type, sketches, freq, this.distribution);
    }
    sketches() {
        return {
            rows: this.rows,
            missing: this.missing,
            kinds: {
                integer: this.integers,
                number: this.decimals,
                boolean: this.booleans,
                datetime: this.datetimes,
                text: this.texts,
            },
            moments: this.moments.toJSON(),
            distribution: this.distribution.toJSON(),
            text: this.text.toJSON(),
            dates: this.dateHll
                ? {
                    min: this.dateMin,
                    max: this.dateMax,
                    hll: this.dateHll.toJSON(),
                    ...(this.dateExact ? { exact: [...this.dateExact].sort((a, b) => a - b) } : {}),
                }
                : null,
        };
    }
    /** Adds another profile of the same column (another file of the dataset, or a saved profile). */
    merge(s) {
        this.rows += s.rows;
        this.missing += s.missing;
        this.integers += s.kinds.integer;
        this.decimals += s.kinds.number;
        this.booleans += s.kinds.boolean;
        this.datetimes += s.kinds.datetime;
        this.texts += s.kinds.text;
        this.moments.merge(s.moments);
        this.distribution.merge(s.distribution);
        this.text.merge(s.text);
        if (s.dates) {
            this.dateMin = Math.min(this.dateMin, s.dates.min);
            this.dateMax = Math.max(this.dateMax, s.dates.max);
            (this.dateHll ??= new _sketches_hll_js__WEBPACK_IMPORTED_MODULE_5__/* .HyperLogLog */ .l()).merge(_sketches_hll_js__WEBPACK_IMPORTED_MODULE_5__/* .HyperLogLog */ .l.from(s.dates.hll));
            if (!s.dates.exact)
                this.dateExact = null;
            else if (this.dateExact) {
                for (const d of s.dates.exact)
                    this.dateExact.add(d);
                if (this.dateExact.size > this.exactLimit)
                    this.dateExact = null;
            }
        }
    }
    addDate(x) {
        (this.dateHll ??= new _sketches_hll_js__WEBPACK_IMPORTED_MODULE_5__/* .HyperLogLog */ .l()).add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(x));
        if (this.dateExact) {
            this.dateExact.add(x);
            if (this.dateExact.size > this.exactLimit)
                this.dateExact = null;
        }
    }
    static fromSketches(name, s) {
        const p = new ColumnProfiler(name);
        p.merge(s);
        return p;
    }
    dateDistinct() {
        if (!this.dateHll)
            return 0;
        return this.dateExact
            ? this.dateExact.size
            : Math.min(Math.round(this.dateHll.estimate()), this.datetimes);
    }
}
const EMPTY = new Uint8Array(0);
const BOOL_TEXT = [encoder.encode("false"), encoder.encode("true")];
function planDictionary(dictionary, msPerUnit) {
    const n = dictionary.length;
    const plan = {
        kinds: new Uint8Array(n),
        values: new Float64Array(n),
        bytes: new Array(n).fill(null),
        counts: new Float64Array(n),
    };
    for (let e = 0; e < n; e++) {
        const v = dictionary[e];
        let kind = CellKind.Missing;
        let x = NaN;
        if (msPerUnit !== undefined) {
            x = Number(v) * msPerUnit;
            kind = Number.isFinite(x) ? CellKind.Datetime : CellKind.Missing;
        }
        else if (typeof v === "number" || typeof v === "bigint") {
            x = Number(v);
            kind = !Number.isFinite(x)
                ? CellKind.Missing
                : Number.isSafeInteger(x)
                    ? CellKind.Integer
                    : CellKind.Number;
        }
        else if (typeof v === "boolean") {
            kind = CellKind.Boolean;
            x = v ? 1 : 0;
            plan.bytes[e] = BOOL_TEXT[x];
        }
        else if (v instanceof Uint8Array || typeof v === "string") {
            const bytes = typeof v === "string" ? encoder.encode(v) : v;
            plan.bytes[e] = bytes;
            x = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumber */ .$J)(bytes, 0, bytes.length);
            if (_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberKind */ ._t !== 0)
                kind = _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberKind */ ._t;
            else if ((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .isMissing */ .b2)(bytes, 0, bytes.length))
                kind = CellKind.Missing;
            else if ((x = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG)(bytes, 0, bytes.length)) >= 0)
                kind = CellKind.Boolean;
            else if ((x = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDate */ ._U)(bytes, 0, bytes.length)) === x)
                kind = CellKind.Datetime;
            else
                kind = CellKind.Text;
        }
        else if (v !== null && v !== undefined) {
            const bytes = encoder.encode(JSON.stringify(v, (_k, y) => (typeof y === "bigint" ? y.toString() : y)));
            plan.bytes[e] = bytes;
            kind = CellKind.Text;
        }
        plan.kinds[e] = kind;
        plan.values[e] = x;
    }
    return plan;
}
function round(x) {
    return Number.isFinite(x) ? x : 0;
}
/** Equal-width histogram of weighted points between min and max (numpy's rule: last bin closed). */
function histogram(w, min, max, bins) {
    let lo = min;
    let hi = max;
    if (lo === hi) {
        lo -= 0.5;
        hi += 0.5;
    }
    const edges = [];
    for (let i = 0; i <= bins; i++)
        edges.push(lo + ((hi - lo) * i) / bins);
    const counts = [];
    let previous = 0;
    for (let i = 1; i <= bins; i++) {
        const upTo = i === bins ? w.total : (0,_sketches_distribution_js__WEBPACK_IMPORTED_MODULE_2__/* .rankOf */ .IQ)(w, edges[i], false);
        counts.push(Math.max(0, Math.round(upTo - previous)));
        previous = upTo;
    }
    return { edges, counts };
}
function buildProfile(type, s, freq, dist) {
    const count = s.rows - s.missing;
    const profile = { type, count, missing: s.missing };
    if (type === "integer" || type === "number") {
        const m = _sketches_moments_js__WEBPACK_IMPORTED_MODULE_4__/* .Moments */ .W.from(s.moments);
        profile.min = m.n ? m.min : null;
        profile.max = m.n ? m.max : null;
        profile.mean = m.n ? m.mean : null;
        profile.std = m.std();
        const w = dist.weighted();
        if (w.values.length) {
            profile.quantiles = Object.fromEntries(QUANTILES.map((q) => [String(q), round((0,_sketches_distribution_js__WEBPACK_IMPORTED_MODULE_2__/* .quantile */ .YV)(w, q))]));
            profile.histogram = histogram(w, m.min, m.max, HISTOGRAM_BINS);
            const counts = dist.valueCounts();
            if (counts) {
                profile.top = [...counts]
                    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
                    .slice(0, TOP_VALUES)
                    .map(([v, c]) => ({ value: String(v), count: c }));
            }
        }
        profile.distinct = dist.distinct();
    }
    else if (type === "datetime") {
        if (s.dates) {
            profile.min = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(s.dates.min);
            profile.max = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(s.dates.max);
            // Exact while small; an estimate can never exceed the number of dates seen.
            profile.distinct =
                s.dates.exact?.length ??
                    Math.min(Math.round(_sketches_hll_js__WEBPACK_IMPORTED_MODULE_5__/* .HyperLogLog */ .l.from(s.dates.hll).estimate()), s.kinds.datetime);
        }
    }
    else {
        profile.distinct = freq.distinct();
        profile.top = freq
            .entries()
            .slice(0, type === "categorical" ? 50 : TOP_VALUES)
            .map(([value, c]) => ({ value, count: c }));
    }
    profile.sketches = s;
    return profile;
}



/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ unescapeField),
/* harmony export */   ND: () => (/* binding */ formatCsvRecord),
/* harmony export */   cv: () => (/* binding */ CsvReader),
/* harmony export */   uU: () => (/* binding */ FIELD_QUOTED),
/* harmony export */   vZ: () => (/* binding */ FIELD_ESCAPED)
/* harmony export */ });
/* unused harmony export delimiterByte */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27211);



/** Bit flags per field. */
const FIELD_QUOTED = 1;
/** The quoted field contains doubled quotes: its bytes need unescapeField before use. */
const FIELD_ESCAPED = 2;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const INCOMPLETE = -1;
/** Copies a field's content with doubled quotes collapsed into `out` (resized as needed). */
function unescapeField(buf, start, end, out) {
    if (out.bytes.length < end - start)
        out.bytes = new Uint8Array(Math.max(end - start, out.bytes.length * 2));
    const dst = out.bytes;
    let w = 0;
    for (let i = start; i < end; i++) {
        const c = buf[i];
        dst[w++] = c;
        if (c === QUOTE && buf[i + 1] === QUOTE)
            i++;
    }
    return w;
}
function delimiterByte(delimiter, file) {
    const d = delimiter ?? ",";
    const byte = d === "\\t" ? 9 : d.charCodeAt(0);
    if ((d.length !== 1 && d !== "\\t") || byte > 127 || byte === QUOTE || byte === LF || byte === CR) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("unknown-format", `delimiter must be one ASCII character other than a quote or newline, found ${JSON.stringify(d)}`, { file });
    }
    return byte;
}
class CsvReader {
    file;
    delim;
    chunk;
    maxRow;
    maxColumns;
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    flags = new Uint8Array(64);
    buf;
    line = 1;
    columns = -1;
    /** Field count of the record parse() completed last. */
    fields = 0;
    rowLine = 1;
    constructor(file, options = {}) {
        this.file = file;
        this.delim = delimiterByte(options.delimiter, file);
        this.chunk = options.chunkBytes ?? 1 << 20;
        this.maxRow = options.maxRowBytes ?? 64 << 20;
        this.maxColumns = options.maxColumns ?? 10_000;
        this.buf = Buffer.allocUnsafe(this.chunk * 2);
    }
    async read(sink, range) {
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(this.file, "r");
        }
        catch (error) {
            const code = error.code;
            if (code === "ENOENT")
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("file-not-found", "file not found", { file: this.file });
            if (code === "EISDIR")
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("file-not-found", "expected a file, found a directory", { file: this.file });
            throw error;
        }
        try {
            return await this.readFrom(handle, sink, range);
        }
        finally {
            await handle.close();
        }
    }
    async readFrom(handle, sink, range) {
        let filled = 0;
        let pos = 0;
        let validated = 0;
        let eof = false;
        let consumed = range?.start ?? 0; // bytes before buf[0]
        let filePos = consumed;
        let first = consumed === 0;
        let sawHeader = false;
        const stopAt = range ? range.end : Infinity;
        let afterLf = true; // the next record follows a line feed (or starts the range)
        if (range?.header) {
            sawHeader = true;
            this.columns = range.header.length;
            sink.header(range.header);
        }
        if (consumed >= stopAt)
            return { end: consumed, lines: 0 };
        reading: while (true) {
            if (!eof) {
                if (filled + this.chunk > this.buf.length) {
                    // Compact, then grow if one record fills the buffer.
                    if (pos > 0) {
                        this.buf.copy(this.buf, 0, pos, filled);
                        consumed += pos;
                        filled -= pos;
                        validated -= pos;
                        pos = 0;
                    }
                    if (filled + this.chunk > this.buf.length) {
                        if (filled >= this.maxRow) {
                            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("line-too-long", `a record is longer than ${this.maxRow} bytes (maxRowBytes); is this a CSV file?`, {
                                file: this.file,
                                line: this.line,
                            });
                        }
                        const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, this.maxRow + this.chunk * 2));
                        this.buf.copy(bigger, 0, 0, filled);
                        this.buf = bigger;
                    }
                }
                const { bytesRead } = await handle.read(this.buf, filled, this.chunk, filePos);
                if (bytesRead === 0)
                    eof = true;
                filled += bytesRead;
                filePos += bytesRead;
                if (first) {
                    first = false;
                    if (filled === 0)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("empty-file", "the file is empty (expected a header line)", {
                            file: this.file,
                            line: 1,
                        });
                    if (filled >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf)
                        pos = validated = 3;
                }
                // Validate complete lines only, so a character split across reads is not an error.
                const cut = eof ? filled : this.buf.lastIndexOf(LF, filled - 1) + 1;
                if (cut > validated) {
                    this.checkBytes(validated, cut, pos);
                    validated = cut;
                }
            }
            // Parse every complete record in the buffer.
            while (pos < filled) {
                if (afterLf && consumed + pos >= stopAt)
                    break reading;
                const next = this.parse(pos, filled, eof);
                if (next === INCOMPLETE)
                    break;
                const n = this.fields;
                pos = next;
                afterLf = this.buf[next - 1] === LF;
                if (n === 1 && this.ends[0] === this.starts[0] && this.flags[0] === 0)
                    continue; // blank line
                if (!sawHeader) {
                    sawHeader = true;
                    this.columns = n;
                    sink.header(this.headerNames(n));
                    continue;
                }
                if (n !== this.columns)
                    sink.ragged(this.rowLine, n, this.columns);
                else
                    sink.row(this.buf, this.starts, this.ends, this.flags, this.rowLine);
            }
            sink.progress?.(consumed + pos);
            if (eof && pos >= filled)
                break;
            if (eof && pos < filled) {
                // parse() reports errors at EOF itself; reaching here means nothing more to read.
                break;
            }
        }
        if (!sawHeader)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("empty-file", "the file has no header line", { file: this.file, line: 1 });
        return { end: consumed + pos, lines: this.line - 1 };
    }
    /** Rejects invalid UTF-8 and NUL bytes in buf[from, to) with their line and column. */
    checkBytes(from, to, pos) {
        const region = this.buf.subarray(from, to);
        const nul = region.indexOf(0);
        const ok = (0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(region);
        if (nul === -1 && ok)
            return;
        let bad = nul === -1 ? Infinity : from + nul;
        if (!ok) {
            const decoder = new TextDecoder("utf-8", { fatal: true });
            // Find the first invalid byte by decoding growing prefixes line by line.
            let lineStart = from;
            while (lineStart < to) {
                let lineEnd = this.buf.indexOf(LF, lineStart);
                if (lineEnd === -1 || lineEnd >= to)
                    lineEnd = to;
                try {
                    decoder.decode(this.buf.subarray(lineStart, lineEnd));
                }
                catch {
                    let lo = lineStart;
                    let hi = lineEnd;
                    while (hi - lo > 1) {
                        const mid = (lo + hi) >> 1;
                        if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(this.buf.subarray(lineStart, mid)))
                            lo = mid;
                        else
                            hi = mid;
                    }
                    // lo is the longest valid prefix end (possibly mid-character): back up to its start.
                    let at = lo;
                    while (at > lineStart && (this.buf[at] & 0xc0) === 0x80)
                        at--;
                    bad = Math.min(bad, at);
                    break;
                }
                lineStart = lineEnd + 1;
            }
        }
        const { line, column } = this.locate(pos, bad);
        if (nul !== -1 && bad === from + nul) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("nul-byte", "NUL byte found: this looks like a binary file, not CSV text", {
                file: this.file,
                line,
                column,
            });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("invalid-utf8", "invalid UTF-8 (save the file as UTF-8)", {
            file: this.file,
            line,
            column,
        });
    }
    /** Physical line and byte column of buffer offset `at`, counting from the parse position. */
    locate(pos, at) {
        let line = this.line;
        let lineStart = pos;
        for (let i = pos; i < at; i++) {
            if (this.buf[i] === LF) {
                line++;
                lineStart = i + 1;
            }
        }
        return { line, column: at - lineStart + 1 };
    }
    headerNames(n) {
        if (n > this.maxColumns) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("too-many-columns", `${n} columns; at most ${this.maxColumns} are supported (maxColumns)`, {
                file: this.file,
                line: this.rowLine,
            });
        }
        const decoder = new TextDecoder("utf-8");
        const names = [];
        const seen = new Map();
        const scratch = { bytes: new Uint8Array(256) };
        for (let k = 0; k < n; k++) {
            let name;
            if (this.flags[k] & FIELD_ESCAPED) {
                const len = unescapeField(this.buf, this.starts[k], this.ends[k], scratch);
                name = decoder.decode(scratch.bytes.subarray(0, len));
            }
            else
                name = decoder.decode(this.buf.subarray(this.starts[k], this.ends[k]));
            name = name.trim();
            if (name === "")
                name = `Unnamed: ${k}`;
            const previous = seen.get(name);
            if (previous !== undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("duplicate-column", `duplicate column name ${JSON.stringify(name)} (also column ${previous + 1}); rename one of them`, {
                    file: this.file,
                    line: this.rowLine,
                    column: k + 1,
                });
            }
            seen.set(name, k);
            names.push(name);
        }
        return names;
    }
    grow() {
        const size = this.starts.length * 2;
        const s = new Int32Array(size);
        s.set(this.starts);
        this.starts = s;
        const e = new Int32Array(size);
        e.set(this.ends);
        this.ends = e;
        const f = new Uint8Array(size);
        f.set(this.flags);
        this.flags = f;
    }
    /**
     * Parses one record starting at `i`. Returns the offset after it, or INCOMPLETE when the
     * buffer ends inside it and more data may come. Sets this.fields, this.rowLine, this.line.
     */
    parse(i, end, eof) {
        const buf = this.buf;
        const delim = this.delim;
        const recordStart = i;
        let n = 0;
        let lines = 0;
        let starts = this.starts;
        let ends = this.ends;
        let flags = this.flags;
        for (;;) {
            if (n === starts.length) {
                if (n >= this.maxColumns + 1) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("too-many-columns", `more than ${this.maxColumns} fields in one record (maxColumns)`, {
                        file: this.file,
                        line: this.line + lines,
                    });
                }
                this.grow();
                starts = this.starts;
                ends = this.ends;
                flags = this.flags;
            }
            if (i < end && buf[i] === QUOTE) {
                const open = i;
                i++;
                const s = i;
                let escaped = 0;
                let q;
                for (;;) {
                    q = buf.indexOf(QUOTE, i);
                    if (q === -1 || q >= end) {
                        if (!eof)
                            return INCOMPLETE;
                        const where = this.locate(recordStart, open);
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("unterminated-quote", 'a quoted field is never closed (missing closing ")', {
                            file: this.file,
                            line: where.line,
                            column: where.column,
                        });
                    }
                    for (let j = buf.indexOf(LF, i); j !== -1 && j < q; j = buf.indexOf(LF, j + 1))
                        lines++;
                    if (q + 1 >= end && !eof)
                        return INCOMPLETE;
                    if (buf[q + 1] === QUOTE) {
                        escaped = FIELD_ESCAPED;
                        i = q + 2;
                        continue;
                    }
                    break;
                }
                starts[n] = s;
                ends[n] = q;
                flags[n] = FIELD_QUOTED | escaped;
                n++;
                i = q + 1;
                if (i >= end)
                    break; // eof
                const c = buf[i];
                if (c === delim) {
                    i++;
                    continue;
                }
                if (c === LF || c === CR)
                    break;
                const where = this.locate(recordStart, i);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .f("quote-in-field", `unexpected ${JSON.stringify(String.fromCharCode(c))} after a closing quote (quotes inside a field must be doubled: "")`, {
                    file: this.file,
                    line: where.line,
                    column: where.column,
                });
            }
            else {
                const s = i;
                while (i < end) {
                    const c = buf[i];
                    if (c === delim || c === LF || c === CR)
                        break;
                    i++;
                }
                starts[n] = s;
                ends[n] = i;
                flags[n] = 0;
                n++;
                if (i >= end) {
                    if (!eof)
                        return INCOMPLETE;
                    break;
                }
                if (buf[i] === delim) {
                    i++;
                    continue;
                }
                break;
            }
        }
        // End of record: i is at CR, LF, or end (eof).
        if (i < end) {
            if (buf[i] === CR) {
                if (i + 1 >= end && !eof)
                    return INCOMPLETE;
                i++;
                if (i < end && buf[i] === LF)
                    i++;
            }
            else
                i++;
            lines++;
        }
        this.fields = n;
        this.rowLine = this.line;
        this.line += lines;
        return i;
    }
}
/** RFC 4180 text of one record (quotes fields that need it), without the line break. */
function formatCsvRecord(fields, delimiter = ",") {
    return fields
        .map((f) => f.includes(delimiter) || f.includes('"') || f.includes("\n") || f.includes("\r") || f === ""
        ? `"${f.replaceAll('"', '""')}"`
        : f)
        .join(delimiter);
}


/***/ }),

/***/ 92302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   ib: () => (/* binding */ DatasetProfiler),
/* harmony export */   oq: () => (/* binding */ DATA_FORMATS),
/* harmony export */   sA: () => (/* binding */ resolveFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79554);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5202);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27211);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17120);
/* harmony import */ var _parquet_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18574);







const DATA_FORMATS = ["auto", "csv", "tsv", "jsonl", "parquet"];
/** The format of a file from its extension (or the explicit format). */
function detectFormat(file, format = "auto") {
    if (format !== "auto")
        return format;
    const ext = node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file).toLowerCase();
    if (ext === ".csv" || ext === ".txt")
        return "csv";
    if (ext === ".tsv" || ext === ".tab")
        return "tsv";
    if (ext === ".jsonl" || ext === ".ndjson")
        return "jsonl";
    if (ext === ".parquet" || ext === ".pq")
        return "parquet";
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .f("unknown-format", `cannot tell the format from the extension '${ext || "(none)"}'; set format: csv, tsv, jsonl or parquet`, { file });
}
/**
 * Expands paths and globs (one per entry) to files, in a stable order, without duplicates.
 * A directory means every data file below it. Nothing matching is an error naming the pattern.
 */
async function resolveFiles(patterns, cwd = process.cwd()) {
    const out = [];
    const seen = new Set();
    const push = (f) => {
        if (!seen.has(f)) {
            seen.add(f);
            out.push(f);
        }
    };
    for (const pattern of patterns) {
        if (/[*?[{]/.test(pattern)) {
            const matches = [];
            for await (const m of node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.glob(pattern, { cwd }))
                matches.push(String(m));
            const files = [];
            for (const m of matches.sort()) {
                const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, m)).catch(() => null);
                if (st?.isFile())
                    files.push(m);
            }
            if (files.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .f("no-files", `no file matches the pattern ${JSON.stringify(pattern)}`, {
                    file: pattern,
                });
            files.forEach(push);
            continue;
        }
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, pattern)).catch(() => null);
        if (!st)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .f("file-not-found", "file not found", { file: pattern });
        if (st.isDirectory()) {
            const entries = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, pattern), { recursive: true, withFileTypes: true }))
                .filter((e) => e.isFile() && /\.(csv|tsv|tab|jsonl|ndjson|parquet)$/i.test(e.name))
                .map((e) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(e.parentPath, e.name)))
                .sort();
            if (entries.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .f("no-files", "the directory holds no data files (.csv, .tsv, .jsonl, .parquet)", {
                    file: pattern,
                });
            entries.forEach(push);
        }
        else
            push(pattern);
    }
    return out;
}
class LimitReached extends Error {
}
/**
 * Profiles a dataset made of one or more files (the same columns in each) in one streaming
 * pass. Columns are matched by name across files.
 */
class DatasetProfiler {
    options;
    columns = new Map();
    rows = 0;
    ragged = [];
    formats = new Set();
    /** Exact counting per column, lowered for wide data: ~4 million exact entries in all. */
    exactLimit = 20_000;
    constructor(options = {}) {
        this.options = options;
    }
    /** Per-column exact limit (set from the first file's column count). */
    get exactDistinctLimit() {
        return this.exactLimit;
    }
    column(name) {
        let c = this.columns.get(name);
        if (!c) {
            c = new _column_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnProfiler */ .kW(name, this.exactLimit);
            // A column first seen now was missing in every earlier row.
            c.rows = this.rows;
            c.missing = this.rows;
            this.columns.set(name, c);
            this.options.onColumn?.(c);
        }
        return c;
    }
    matchColumns(file, names, allowNew) {
        if (this.columns.size > 0 && !allowNew) {
            const missing = [...this.columns.keys()].filter((n) => !names.includes(n));
            const extra = names.filter((n) => !this.columns.has(n));
            if (missing.length || extra.length) {
                const parts = [];
                if (missing.length)
                    parts.push(`lacks ${missing.map((n) => `'${n}'`).join(", ")}`);
                if (extra.length)
                    parts.push(`has extra ${extra.map((n) => `'${n}'`).join(", ")}`);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .f("columns-differ", `columns differ from the first file of the dataset: this file ${parts.join(" and ")}`, { file, line: 1 });
            }
        }
        if (this.columns.size === 0)
            this.exactLimit = Math.max(256, Math.min(20_000, Math.floor(4_000_000 / Math.max(1, names.length))));
        return names.map((n) => this.column(n));
    }
    /**
     * Reads one file (or, for CSV/TSV, the byte range `range` of it: see CsvRange), adding to the
     * profile. Returns where a range read stopped.
     */
    async read(file, range) {
        const format = detectFormat(file, this.options.format);
        this.formats.add(format);
        try {
            if (format === "csv" || format === "tsv")
                return await this.readCsv(file, format, range);
            else if (format === "jsonl")
                await this.readJsonl(file);
            else
                await this.readParquet(file);
        }
        catch (error) {
            if (error instanceof LimitReached)
                return undefined;
            throw error;
        }
        return undefined;
    }
    get limitReached() {
        return this.options.limitRows !== undefined && this.rows >= this.options.limitRows;
    }
    progress(bytes, file) {
        this.options.onProgress?.(this.rows, bytes, file);
    }
    async readCsv(file, format, range) {
        const reader = new _csv_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvReader */ .cv(file, {
            ...this.options,
            delimiter: this.options.delimiter ?? (format === "tsv" ? "\t" : ","),
        });
        let cols = [];
        let ragged = null;
        const limit = this.options.limitRows ?? Infinity;
        let lastBytes = 0;
        return await reader.read({
            header: (names) => {
                cols = this.matchColumns(file, names, false);
            },
            row: (buf, starts, ends, flags, line) => {
                if (this.rows >= limit)
                    throw new LimitReached();
                const n = cols.length;
                for (let k = 0; k < n; k++)
                    cols[k].addField(buf, starts[k], ends[k], flags[k], line);
                this.rows++;
            },
            ragged: (line, found, expected) => {
                if (!ragged)
                    this.ragged.push((ragged = { file, count: 0, samples: [] }));
                ragged.count++;
                if (ragged.samples.length < 5)
                    ragged.samples.push({ line, found, expected });
            },
            progress: (bytes) => {
                if (bytes - lastBytes >= 4 << 20) {
                    lastBytes = bytes;
                    this.progress(bytes, file);
                }
            },
        }, range);
    }
    async readJsonl(file) {
        const limit = this.options.limitRows ?? Infinity;
        let known = [];
        let knownNames = [];
        await (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_5__/* .readJsonLines */ .s)(file, (object, line) => {
            if (this.rows >= limit)
                throw new LimitReached();
            for (const key of Object.keys(object)) {
                if (!this.columns.has(key)) {
                    this.column(key);
                    knownNames = [...this.columns.keys()];
                    known = [...this.columns.values()];
                }
            }
            if (known.length !== this.columns.size) {
                knownNames = [...this.columns.keys()];
                known = [...this.columns.values()];
            }
            for (let k = 0; k < known.length; k++)
                known[k].addValue(object[knownNames[k]], line);
            this.rows++;
        }, { ...this.options, onProgress: (bytes) => this.progress(bytes, file) });
    }
    async readParquet(file) {
        let cols = [];
        let datetime = [];
        const limit = this.options.limitRows ?? Infinity;
        let fileRows = 0;
        const plans = new WeakMap();
        await (0,_parquet_js__WEBPACK_IMPORTED_MODULE_6__/* .readParquet */ .X)(file, {
            columns: (info) => {
                cols = this.matchColumns(file, info.map((c) => c.name), false);
                datetime = info.map((c) => c.datetime);
            },
            chunk: (column, values, rowStart, msPerUnit) => {
                const col = cols[column];
                const base = this.rows - fileRows; // rows of earlier files
                const room = limit - (base + rowStart);
                const n = Math.min(values.length, Math.max(0, room));
                if (msPerUnit !== undefined) {
                    for (let i = 0; i < n; i++) {
                        const v = values[i];
                        col.addDatetime(v === null || v === undefined ? null : Number(v) * msPerUnit, rowStart + i + 1);
                    }
                }
                else if (datetime[column])
                    for (let i = 0; i < n; i++)
                        col.addDatetime(values[i], rowStart + i + 1);
                else if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
                    for (let i = 0; i < n; i++)
                        col.addNumber(Number(values[i]), rowStart + i + 1);
                }
                else if (ArrayBuffer.isView(values)) {
                    const typed = values;
                    for (let i = 0; i < n; i++)
                        col.addNumber(typed[i], rowStart + i + 1);
                }
                else
                    for (let i = 0; i < n; i++)
                        col.addValue(values[i], rowStart + i + 1);
            },
            dictionaryPage: (column, dictionary, indices, defs, maxDef, rowStart, msPerUnit) => {
                const n = defs && defs.length ? defs.length : indices.length;
                const base = this.rows - fileRows;
                if (base + rowStart + n > limit) {
                    // Near the row limit: take the general path for the cells that fit.
                    const take = Math.max(0, limit - (base + rowStart));
                    const values = new Array(take);
                    for (let i = 0, j = 0; i < take; i++)
                        values[i] = defs && defs.length && defs[i] !== maxDef ? null : dictionary[indices[j++]];
                    if (msPerUnit !== undefined)
                        for (let i = 0; i < take; i++)
                            cols[column].addDatetime(values[i] === null ? null : Number(values[i]) * msPerUnit, rowStart + i + 1);
                    else
                        for (let i = 0; i < take; i++)
                            cols[column].addValue(values[i], rowStart + i + 1);
                    return n;
                }
                let plan = plans.get(dictionary);
                if (!plan)
                    plans.set(dictionary, (plan = (0,_column_js__WEBPACK_IMPORTED_MODULE_2__/* .planDictionary */ ._v)(dictionary, msPerUnit)));
                cols[column].addDictionaryPage(plan, indices, defs, maxDef, rowStart + 1);
                return n;
            },
            rowGroup: (rows) => {
                const take = Math.min(rows, limit - this.rows);
                this.rows += take;
                fileRows += take;
                this.progress(0, file);
                if (this.rows >= limit)
                    throw new LimitReached();
            },
        });
    }
}


/***/ }),

/***/ 27211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DataError)
/* harmony export */ });
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17198);

/** A malformed data file: the user's problem, so a ConfigurationError (message only, exit 1). */
class DataError extends _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    constructor(code, message, location) {
        const where = [location.file];
        if (location.line !== undefined)
            where.push(`line ${location.line}`);
        if (location.column !== undefined) {
            where.push(typeof location.column === "number" ? `column ${location.column}` : `column '${location.column}'`);
        }
        super(`${where.join(" ")}: ${message}`, { code, location });
    }
}


/***/ }),

/***/ 89960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CellKind: () => (/* reexport */ column/* CellKind */.B9),
  ColumnChecker: () => (/* reexport */ src_schema/* ColumnChecker */.qj),
  ColumnProfiler: () => (/* reexport */ column/* ColumnProfiler */.kW),
  CsvReader: () => (/* reexport */ csv/* CsvReader */.cv),
  DATA_FORMATS: () => (/* reexport */ src_dataset/* DATA_FORMATS */.oq),
  DRIFT_TESTS: () => (/* reexport */ DRIFT_TESTS),
  DataError: () => (/* reexport */ errors/* DataError */.f),
  DatasetProfiler: () => (/* reexport */ src_dataset/* DatasetProfiler */.ib),
  Distribution: () => (/* reexport */ distribution/* Distribution */.zm),
  FAIL_ON: () => (/* reexport */ FAIL_ON),
  FIELD_ESCAPED: () => (/* reexport */ csv/* FIELD_ESCAPED */.vZ),
  FIELD_QUOTED: () => (/* reexport */ csv/* FIELD_QUOTED */.uU),
  Frequencies: () => (/* reexport */ frequencies/* Frequencies */.R),
  HyperLogLog: () => (/* reexport */ hll/* HyperLogLog */.l),
  Kll: () => (/* reexport */ kll/* Kll */.O),
  Moments: () => (/* reexport */ moments/* Moments */.W),
  chi2Sf: () => (/* reexport */ chi2Sf),
  columnDrift: () => (/* reexport */ columnDrift),
  datasetChecks: () => (/* reexport */ src_schema/* datasetChecks */.eB),
  defaultTest: () => (/* reexport */ defaultTest),
  detectFormat: () => (/* reexport */ src_dataset/* detectFormat */.Tz),
  driftSample: () => (/* reexport */ driftSample),
  formatCsvRecord: () => (/* reexport */ csv/* formatCsvRecord */.ND),
  inferSchema: () => (/* reexport */ src_schema/* inferSchema */._A),
  kolmogorovSf: () => (/* reexport */ kolmogorovSf),
  ksPValue: () => (/* reexport */ ksPValue),
  logGamma: () => (/* reexport */ logGamma),
  normalSf: () => (/* reexport */ normalSf),
  parseDriftOption: () => (/* reexport */ parseDriftOption),
  quantile: () => (/* reexport */ distribution/* quantile */.YV),
  readJsonLines: () => (/* reexport */ jsonl/* readJsonLines */.s),
  readParquet: () => (/* reexport */ parquet/* readParquet */.X),
  renderSummary: () => (/* reexport */ renderSummary),
  resolveFiles: () => (/* reexport */ src_dataset/* resolveFiles */.sA),
  unescapeField: () => (/* reexport */ csv/* unescapeField */.HQ),
  validateData: () => (/* reexport */ validateData)
});

// EXTERNAL MODULE: ./packages/data/src/errors.ts
var errors = __webpack_require__(27211);
// EXTERNAL MODULE: ./packages/data/src/csv.ts
var csv = __webpack_require__(5202);
// EXTERNAL MODULE: ./packages/data/src/jsonl.ts
var jsonl = __webpack_require__(17120);
// EXTERNAL MODULE: ./packages/data/src/parquet.ts
var parquet = __webpack_require__(18574);
// EXTERNAL MODULE: ./packages/data/src/dataset.ts
var src_dataset = __webpack_require__(92302);
// EXTERNAL MODULE: ./packages/data/src/column.ts
var column = __webpack_require__(79554);
// EXTERNAL MODULE: ./packages/data/src/sketches/kll.ts
var kll = __webpack_require__(25138);
// EXTERNAL MODULE: ./packages/data/src/sketches/hll.ts
var hll = __webpack_require__(54567);
// EXTERNAL MODULE: ./packages/data/src/sketches/moments.ts
var moments = __webpack_require__(53942);
// EXTERNAL MODULE: ./packages/data/src/sketches/frequencies.ts
var frequencies = __webpack_require__(30417);
// EXTERNAL MODULE: ./packages/data/src/sketches/distribution.ts
var distribution = __webpack_require__(217);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-erfc/lib/index.js
var lib = __webpack_require__(30988);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammainc/lib/index.js
var math_base_special_gammainc_lib = __webpack_require__(55479);
var math_base_special_gammainc_lib_default = /*#__PURE__*/__webpack_require__.n(math_base_special_gammainc_lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammaln/lib/index.js
var math_base_special_gammaln_lib = __webpack_require__(67711);
var math_base_special_gammaln_lib_default = /*#__PURE__*/__webpack_require__.n(math_base_special_gammaln_lib);
;// CONCATENATED MODULE: ./packages/data/src/stats.ts
/*
 * Special functions and test distributions, ported to match SciPy 1.10 (scipy.stats.ks_2samp,
 * kstwo, chisquare, norm) to 1e-6 or better. Sources: scipy/stats/_stats_py.py (exact KS paths),
 * scipy/stats/_ksstats.py (Simard & L'Ecuyer's kolmogn), cephes kolmogorov.c (smirnov). The
 * special functions underneath (erfc, log Γ, the incomplete gamma) are @stdlib's; tails are computed
 * as upper tails, never as 1 − CDF, so tiny p-values stay representable.
 */



/** log Γ(x) (@stdlib's gammaln). */
const logGamma = (math_base_special_gammaln_lib_default());
/**
 * Survival function of the χ² distribution with k degrees of freedom: the regularised upper
 * incomplete gamma Q(k/2, x/2), computed as an upper tail.
 */
function chi2Sf(x, k) {
    if (Number.isNaN(x) || !(k > 0))
        return NaN;
    if (x <= 0)
        return 1;
    if (x === Infinity)
        return 0;
    return math_base_special_gammainc_lib_default()(x / 2, k / 2, true, true);
}
/** P(Z > z) for a standard normal Z: erfc(z/√2)/2, accurate far into the tail (Φ̄(9) = 1.13e-19). */
function normalSf(z) {
    return 0.5 * lib_default()(z / Math.SQRT2);
}
// ---------------------------------------------------------------------------------------------
// Two-sample Kolmogorov–Smirnov: exact paths (scipy _attempt_exact_2kssamp)
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** P(D_{n,n} ≥ h/n) (scipy _compute_prob_outside_square). */
function probOutsideSquare(n, h) {
    let P = 0;
    let k = Math.floor(n / h);
    while (k >= 0) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
        k--;
    }
    return 2 * P;
}
/** 1 − P(paths stay strictly inside |x/m − y/n| < h/lcm) (scipy _compute_outer_prob_inside_method). */
function outerProbInside(m0, n0, g, h) {
    let m = m0;
    let n = n0;
    if (m < n)
        [m, n] = [n, m];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    for (let j = minj; j < maxj; j++)
        A[j] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
        minj = Math.min(minj, n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            for (let t = maxj - minj; t < maxj - minj + (lastlen - curlen) && t < lenA; t++)
                A[t] = 1;
    }
    return A[maxj - minj - 1];
}
/**
 * scipy.stats.ks_2samp(a, b) (two-sided, method 'auto': exact when both samples have at most
 * 10,000 values, else kstwo.sf(d, round(n1·n2/(n1+n2)))). d is the statistic computed by the caller
 * from the two empirical CDFs.
 */
function ksPValue(d, n1, n2) {
    const MAX_AUTO_N = 10000;
    if (Math.max(n1, n2) <= MAX_AUTO_N) {
        const g = gcd(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = Math.round(d * lcm);
        const dExact = h / lcm;
        if (h === 0)
            return { statistic: dExact, pValue: 1, method: "exact" };
        const prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
        if (Number.isFinite(prob) && prob >= 0 && prob <= 1)
            return { statistic: dExact, pValue: prob, method: "exact" };
    }
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    const p = kolmogorovSf(Math.round(en), d);
    return { statistic: d, pValue: Math.min(1, Math.max(0, p)), method: "asymp" };
}
// ---------------------------------------------------------------------------------------------
// One-sample Kolmogorov distribution (scipy.stats.kstwo.sf = _kolmogn(n, x, cdf=False))
const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
// B_2j / (2j (2j-1)) for j = 8…1, as SciPy writes them (to double precision).
const STIRLING = [
    -2.955065359477124e-2, 6.41025641025641e-3, -1.917526917526917e-3, 8.417508417508417e-4,
    -5.952380952380952e-4, 7.936507936507937e-4, -2.777777777777778e-3, 8.333333333333333e-2,
];
function polyval(coeffs, x) {
    let r = 0;
    for (const c of coeffs)
        r = r * x + c;
    return r;
}
function logNFactorialDivNPowN(n) {
    const rn = 1 / n;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING, rn / n);
}
const clip = (p) => Math.min(1, Math.max(0, p));
function matmul(a, b, m) {
    const c = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                c[i * m + j] += aik * b[k * m + j];
        }
    return c;
}
/** Pr(D_n ≤ d), Durbin matrix (Marsaglia–Tsang–Wang). */
function kolmognDMTW(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1 - h ** j;
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let Hpwr = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        Hpwr[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H, m);
            expnt += Hexpnt;
        }
        H = matmul(H, H, m);
        Hexpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            Hexpnt += E128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            expnt -= E128;
        }
    }
    if (expnt !== 0)
        p = p * 2 ** expnt;
    return clip(p);
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pr(D_n ≤ x), Pomeranz recursion. */
function kolmognPomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    let expnt = 0;
    const gn = g / n;
    const g2n = (2 * g) / n;
    const om2gn = (1 - 2 * g) / n;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * gn) / m;
        twogpower[m] = (twogpower[m - 1] * g2n) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * om2gn) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let j1 = pomeranzJ1J2(0, n, ll, ceilf, roundf)[0];
    let j2;
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            // conv = np.convolve(V0[k1 - V0s : k1 - V0s + ln2], pwrs[:ln2])
            const a0 = k1 - V0s;
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            let max = 0;
            for (let q = 0; q < convLen; q++) {
                const idx = convStart + q; // index into the full convolution
                let s = 0;
                for (let a = Math.max(0, idx - (ln2 - 1)); a <= Math.min(idx, ln2 - 1); a++) {
                    const va = a0 + a >= 0 && a0 + a < V0.length ? V0[a0 + a] : 0;
                    s += va * pwrs[idx - a];
                }
                V1[q] = s;
                if (s > max)
                    max = s;
            }
            if (max > 0 && max < EM128) {
                for (let q = 0; q < V1.length; q++)
                    V1[q] *= EP128;
                expnt -= E128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > EP128) {
            ans *= EM128;
            expnt += E128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans = ans * 2 ** expnt;
    return clip(ans);
}
/** Pelz–Good approximation of Pr(D_n ≤ x). */
function kolmognPelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qlog = -PI2 / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qpower = q ** (8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const ks2 = k * k;
        const qp = q ** ks2;
        k2extra += ks2 * qp;
        const kspi = Math.PI * k;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ks2 * qp;
    }
    K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z3);
    K[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
/** One-sided Smirnov survival function Pr(D_n⁺ ≥ x) (Birnbaum–Tingey sum; all terms positive). */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    if (-2 * n * x * x < MIN_LOG)
        return 0;
    if (n > 1_000_000) {
        const logp = -((6 * n * x + 1) ** 2) / 18 / n;
        return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
    }
    const nx = n * x;
    const lastV = Math.floor(n * (1 - x));
    const logGn1 = logGamma(n + 1);
    let sum = 0;
    for (let v = 0; v <= lastV; v++) {
        const a = 1 - x - v / n;
        if (a <= 0)
            break;
        const b = x + v / n;
        const logTerm = logGn1 - logGamma(v + 1) - logGamma(n - v + 1) + (n - v) * Math.log(a) + (v - 1) * Math.log(b);
        const term = Math.exp(logTerm);
        sum += term;
        if (v > nx && term < sum * 1e-17)
            break;
    }
    return clip(x * sum);
}
/** scipy.stats.kstwo.sf(x, n): survival function of the two-sided one-sample KS statistic. */
function kolmogorovSf(n, x) {
    if (!(n > 0) || !Number.isInteger(n))
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= (i / n) * (2 * t - 1);
        }
        else
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        return clip(1 - prob);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693)
            return clip(1 - kolmognDMTW(n, x));
        if (nxsquared <= 4)
            return clip(1 - kolmognPomeranz(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nxsquared >= 370)
        return 0;
    if (nxsquared >= 2.2)
        return clip(2 * smirnovSf(n, x));
    let cdf;
    if (nxsquared >= 18)
        cdf = 1;
    else if (n <= 100000 && n * x ** 1.5 <= 1.4)
        cdf = kolmognDMTW(n, x);
    else
        cdf = kolmognPelzGood(n, x);
    return clip(1 - cdf);
}

;// CONCATENATED MODULE: ./packages/data/src/drift.ts

const DRIFT_TESTS = [
    "ks",
    "chi-square",
    "z",
    "wasserstein",
    "jensen-shannon",
    "psi",
];
const DEFAULT_THRESHOLDS = {
    ks: 0.05,
    "chi-square": 0.05,
    z: 0.05,
    wasserstein: 0.1,
    "jensen-shannon": 0.1,
    psi: 0.1,
};
/** Evidently's choice of test for a column (get_default_stattest). */
function defaultTest(kind, referenceN, distinctUnion) {
    if (referenceN <= 1000) {
        if (kind === "num" && distinctUnion > 5)
            return "ks";
        return distinctUnion > 2 ? "chi-square" : "z";
    }
    if (kind === "num" && distinctUnion > 5)
        return "wasserstein";
    return "jensen-shannon";
}
/** sup |F_a − F_b| over the union of support points (ECDFs right-continuous, as scipy). */
function ksStatistic(a, b) {
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    let d = 0;
    while (i < a.values.length || j < b.values.length) {
        const va = i < a.values.length ? a.values[i] : Infinity;
        const vb = j < b.values.length ? b.values[j] : Infinity;
        const x = Math.min(va, vb);
        while (i < a.values.length && a.values[i] === x)
            ca += a.weights[i++];
        while (j < b.values.length && b.values[j] === x)
            cb += b.weights[j++];
        const diff = Math.abs(ca / a.total - cb / b.total);
        if (diff > d)
            d = diff;
    }
    return d;
}
/** scipy.stats.wasserstein_distance: ∫ |F_a − F_b| dx. */
function wassersteinDistance(a, b) {
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    let sum = 0;
    let prev = NaN;
    let prevDiff = 0;
    while (i < a.values.length || j < b.values.length) {
        const va = i < a.values.length ? a.values[i] : Infinity;
        const vb = j < b.values.length ? b.values[j] : Infinity;
        const x = Math.min(va, vb);
        if (prev === prev)
            sum += prevDiff * (x - prev);
        while (i < a.values.length && a.values[i] === x)
            ca += a.weights[i++];
        while (j < b.values.length && b.values[j] === x)
            cb += b.weights[j++];
        prevDiff = Math.abs(ca / a.total - cb / b.total);
        prev = x;
    }
    return sum;
}
/** scipy.spatial.distance.jensenshannon(p, q, base). */
function jensenShannon(p, q, base = 2) {
    const sp = p.reduce((s, x) => s + x, 0);
    const sq = q.reduce((s, x) => s + x, 0);
    let js = 0;
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] / sp;
        const qi = q[i] / sq;
        const m = (pi + qi) / 2;
        if (pi > 0)
            js += pi * Math.log(pi / m);
        if (qi > 0)
            js += qi * Math.log(qi / m);
    }
    js /= 2;
    js /= Math.log(base);
    return Math.sqrt(Math.max(0, js));
}
/** numpy.histogram_bin_edges(all, bins="sturges") from the two samples' combined support. */
function sturgesEdges(a, b) {
    const n = a.total + b.total;
    let first = Math.min(a.values[0] ?? Infinity, b.values[0] ?? Infinity);
    let last = Math.max(a.values[a.values.length - 1] ?? -Infinity, b.values[b.values.length - 1] ?? -Infinity);
    const ptp = last - first;
    let bins = 1;
    if (ptp > 0) {
        const width = ptp / (Math.log2(n) + 1);
        bins = Math.ceil(ptp / width);
    }
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    // numpy.linspace: start + i * (delta / div), the last edge set exactly.
    const step = (last - first) / bins;
    const edges = [];
    for (let i = 0; i <= bins; i++)
        edges.push(i === bins ? last : i * step + first);
    return edges;
}
/** numpy.histogram(sample, edges)[0]: bins [e_i, e_i+1), the last one closed. */
function histogramCounts(w, edges) {
    const counts = new Array(edges.length - 1).fill(0);
    let bin = 0;
    for (let i = 0; i < w.values.length; i++) {
        const x = w.values[i];
        if (x < edges[0] || x > edges[edges.length - 1])
            continue;
        while (bin < counts.length - 1 && x >= edges[bin + 1])
            bin++;
        counts[bin] += w.weights[i];
    }
    return counts;
}
/**
 * Evidently's get_binned_data: shares per bin (numeric with > 20 reference values: Sturges bins
 * over both samples) or per value (all values of both, as keys).
 */
function binnedShares(reference, current, kind, fillZeroes) {
    let ref;
    let cur;
    const refDistinct = reference.counts?.size ?? reference.numeric?.values.length ?? 0;
    if (kind === "num" && refDistinct > 20 && reference.numeric && current.numeric) {
        const edges = sturgesEdges(reference.numeric, current.numeric);
        ref = histogramCounts(reference.numeric, edges).map((c) => c / reference.n);
        cur = histogramCounts(current.numeric, edges).map((c) => c / current.n);
    }
    else {
        const keys = new Set([...(reference.counts?.keys() ?? []), ...(current.counts?.keys() ?? [])]);
        ref = [];
        cur = [];
        for (const k of keys) {
            ref.push((reference.counts?.get(k) ?? 0) / reference.n);
            cur.push((current.counts?.get(k) ?? 0) / current.n);
        }
    }
    if (fillZeroes) {
        const fill = (xs) => {
            const nz = xs.filter((x) => x !== 0);
            if (nz.length === 0)
                return xs;
            const min = Math.min(...nz);
            const value = min <= 0.0001 ? min / 1e6 : 0.0001;
            return xs.map((x) => (x === 0 ? value : x));
        };
        ref = fill(ref);
        cur = fill(cur);
    }
    return { ref, cur };
}
/** Population stability index (Evidently's psi). */
function psi(reference, current, kind) {
    const { ref, cur } = binnedShares(reference, current, kind, true);
    let s = 0;
    for (let i = 0; i < ref.length; i++)
        s += (ref[i] - cur[i]) * Math.log(ref[i] / cur[i]);
    return s;
}
/** scipy.stats.chisquare(current counts, reference counts × n_cur/n_ref) p-value (Evidently's chi_stat_test). */
function chiSquareTest(reference, current) {
    const keys = new Set([...reference.counts.keys(), ...current.counts.keys()]);
    const kNorm = current.n / reference.n;
    let stat = 0;
    for (const k of keys) {
        const expected = (reference.counts.get(k) ?? 0) * kNorm;
        const observed = current.counts.get(k) ?? 0;
        stat += expected === 0 ? (observed === 0 ? NaN : Infinity) : (observed - expected) ** 2 / expected;
    }
    return { statistic: stat, pValue: chi2Sf(stat, keys.size - 1) };
}
/** Evidently's two-proportion Z-test for a binary column. */
function zTest(reference, current) {
    const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])].sort();
    if (keys.length === 1 && reference.counts.size === 1 && current.counts.size === 1)
        return { statistic: 0, pValue: 1 };
    const first = keys[0];
    const p1 = (reference.n - (reference.counts.get(first) ?? 0)) / reference.n;
    const p2 = (current.n - (current.counts.get(first) ?? 0)) / current.n;
    const P = (p1 * reference.n + p2 * current.n) / (reference.n + current.n);
    const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / reference.n + 1 / current.n));
    return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
/** Runs one column's drift test. Returns null when the column cannot be tested (no values). */
function columnDrift(column, type, reference, current, options = {}) {
    if (reference.n === 0 || current.n === 0)
        return null;
    const numeric = (type === "integer" || type === "number") &&
        reference.numeric !== undefined &&
        current.numeric !== undefined;
    const kind = numeric ? "num" : "cat";
    if (!numeric && (!reference.counts || !current.counts))
        return null;
    const distinctUnion = numeric
        ? unionSize(reference.numeric, current.numeric)
        : new Set([...reference.counts.keys(), ...current.counts.keys()]).size;
    const test = options.test ?? defaultTest(kind, reference.n, distinctUnion);
    const threshold = options.threshold ?? DEFAULT_THRESHOLDS[test];
    let statistic;
    let pValue = null;
    if ((test === "ks" || test === "wasserstein") && !numeric)
        return null;
    const hasCounts = reference.counts !== undefined && current.counts !== undefined;
    if ((test === "chi-square" || test === "z") && !hasCounts)
        return null;
    if ((test === "jensen-shannon" || test === "psi") && kind === "cat" && !hasCounts)
        return null;
    switch (test) {
        case "ks": {
            const r = ksPValue(ksStatistic(reference.numeric, current.numeric), reference.n, current.n);
            statistic = r.statistic;
            pValue = r.pValue;
            break;
        }
        case "wasserstein": {
            const norm = Math.max(reference.std ?? 0, 0.001);
            statistic = wassersteinDistance(reference.numeric, current.numeric) / norm;
            break;
        }
        case "jensen-shannon": {
            const { ref, cur } = binnedShares(reference, current, kind, false);
            statistic = jensenShannon(ref, cur, 2);
            break;
        }
        case "psi":
            statistic = psi(reference, current, kind);
            break;
        case "chi-square": {
            const r = chiSquareTest(reference, current);
            statistic = r.statistic;
            pValue = r.pValue;
            break;
        }
        case "z": {
            const r = zTest(reference, current);
            statistic = r.statistic;
            pValue = r.pValue;
            break;
        }
    }
    const byP = pValue !== null;
    const operator = test === "ks" ? "<=" : byP ? "<" : ">=";
    const compared = byP ? pValue : statistic;
    const drifted = Number.isNaN(compared)
        ? false
        : operator === "<="
            ? compared <= threshold
            : operator === "<"
                ? compared < threshold
                : compared >= threshold;
    const psiValue = test === "psi" ? statistic : psi(reference, current, kind);
    return {
        column,
        type,
        test,
        statistic: finite(statistic),
        pValue: pValue === null ? null : finite(pValue),
        threshold,
        operator,
        comparedValue: byP ? "p_value" : "statistic",
        drifted,
        psi: psiValue === null || !Number.isFinite(psiValue) ? null : psiValue,
    };
}
function finite(x) {
    if (Number.isNaN(x))
        return 0;
    if (x === Infinity)
        return Number.MAX_VALUE;
    if (x === -Infinity)
        return -Number.MAX_VALUE;
    return x;
}
function unionSize(a, b) {
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < a.values.length || j < b.values.length) {
        const va = i < a.values.length ? a.values[i] : Infinity;
        const vb = j < b.values.length ? b.values[j] : Infinity;
        const x = Math.min(va, vb);
        while (i < a.values.length && a.values[i] === x)
            i++;
        while (j < b.values.length && b.values[j] === x)
            j++;
        n++;
    }
    return n;
}

// EXTERNAL MODULE: ./packages/data/src/schema.ts
var src_schema = __webpack_require__(49451);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
;// CONCATENATED MODULE: ./packages/data/src/summary.ts

/*
 * validate-data's job summary: verdict, problems, schema failures, drift and column profiles.
 * Escaping, tables and numbers come from @mlops/core/markdown, as in every other summary.
 */
const OPERATOR = { "<": "&lt;", "<=": "≤", ">": "&gt;", ">=": "≥" };
const optional = (x) => x === null || x === undefined ? "—" : (0,markdown/* formatNumber */.ZV)(x);
function problemsTable(report) {
    const problems = report.anomalies.filter((a) => !a.code.startsWith("schema-"));
    if (!problems.length)
        return null;
    return (0,markdown/* table */.tp)(["problem", "where", "message"], problems
        .slice(0, 20)
        .map((a) => [
        `${a.severity} ${(0,markdown/* text */.Qq)(a.code, 80)}`,
        a.file ? `${(0,markdown/* code */.aY)(a.file, 80)}${a.line !== undefined ? ` line ${a.line}` : ""}` : "—",
        (0,markdown/* text */.Qq)(a.message, 200),
    ]));
}
function schemaSection(schema) {
    const failed = schema.checks.filter((c) => !c.passed);
    const head = `#### Schema ${schema.passed ? "passed" : "failed"} (${schema.checks.length - failed.length}/${schema.checks.length} checks)`;
    if (!failed.length)
        return head;
    const rows = failed.slice(0, 50).map((c) => [
        (0,markdown/* text */.Qq)(c.column ?? "(dataset)", 80),
        (0,markdown/* text */.Qq)(c.check, 80),
        c.severity,
        (0,markdown/* text */.Qq)(c.expected, 80),
        `${(0,markdown/* formatCount */.B4)(c.failures)} / ${(0,markdown/* formatCount */.B4)(c.checked)}`,
        (0,markdown/* text */.Qq)(c.samples
            .map((s) => (s.line !== undefined ? `line ${s.line}` : ""))
            .filter(Boolean)
            .join(", "), 80),
    ]);
    const headers = ["column", "check", "severity", "expected", "failures", "first rows"];
    return `${head}\n\n${(0,markdown/* table */.tp)(headers, rows, "llllrl")}`;
}
function driftSection(d) {
    const drifted = d.columns.filter((c) => c.drifted).length;
    const head = `#### Drift: ${d.datasetDrift ? "dataset drift detected" : "no dataset drift"} ` +
        `(${drifted} of ${d.columns.length} columns, threshold ${(0,markdown/* formatPercent */.l9)(d.shareThreshold, false)}) ` +
        `against ${(0,markdown/* code */.aY)(d.reference.source, 120)} (${(0,markdown/* formatCount */.B4)(d.reference.rows)} rows)`;
    const rows = d.columns.map((c) => [
        (0,markdown/* text */.Qq)(c.column, 80),
        c.test,
        (0,markdown/* formatNumber */.ZV)(c.statistic),
        optional(c.pValue),
        `${c.comparedValue === "p_value" ? "p-value" : "statistic"} ${OPERATOR[c.operator]} ${(0,markdown/* formatNumber */.ZV)(c.threshold)}`,
        optional(c.psi),
        c.drifted ? "⚠️ yes" : "no",
    ]);
    const headers = ["column", "test", "statistic", "p-value", "drift when", "PSI", "drift"];
    return `${head}\n\n${(0,markdown/* table */.tp)(headers, rows, "llrrlrc")}`;
}
function profileSection(profile) {
    const cols = Object.entries(profile);
    if (!cols.length)
        return null;
    const value = (v) => typeof v === "number" ? (0,markdown/* formatNumber */.ZV)(v) : typeof v === "string" && v ? (0,markdown/* text */.Qq)((0,markdown/* formatDate */.Yq)(v), 30) : "—";
    const rows = cols
        .slice(0, 200)
        .map(([name, p]) => [
        (0,markdown/* text */.Qq)(name, 80),
        p.type,
        (0,markdown/* formatCount */.B4)(p.missing),
        p.distinct !== undefined ? (0,markdown/* formatCount */.B4)(p.distinct) : "—",
        value(p.min),
        optional(p.mean),
        value(p.max),
        optional(p.std),
    ]);
    return (0,markdown/* details */.zH)("Column profiles", (0,markdown/* table */.tp)(["column", "type", "missing", "distinct", "min", "mean", "max", "std"], rows, "llrrlrlr"));
}
/** The job summary: verdict, schema failures, profile and drift tables. */
function renderSummary(report) {
    const { dataset } = report;
    const files = dataset.files.length;
    const parts = [
        `### ${report.passed ? "✅" : "❌"} Data validation: ${report.passed ? "passed" : "failed"}`,
        `${(0,markdown/* formatCount */.B4)(dataset.rows)} rows × ${dataset.columns.length} column${dataset.columns.length === 1 ? "" : "s"} from ${files} file${files === 1 ? "" : "s"} (${(0,markdown/* text */.Qq)(dataset.format, 40)}), ${(0,markdown/* formatCount */.B4)(report.anomalies.length)} anomal${report.anomalies.length === 1 ? "y" : "ies"}.`,
        problemsTable(report),
        report.schema ? schemaSection(report.schema) : null,
        report.drift ? driftSection(report.drift) : null,
        profileSection(report.profile),
    ];
    return parts.filter((p) => p !== null).join("\n\n") + "\n";
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/data/src/fingerprint-worker.ts


/*
 * sha256 of the data files, computed on a worker thread while the main thread parses them: on a
 * machine with two cores the fingerprint costs no wall time. (The worker's code is inline so
 * the bundled action needs no extra file.)
 */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { openSync, readSync, closeSync } = require("node:fs");
const out = [];
const buf = Buffer.allocUnsafe(1 << 20);
for (const file of workerData.files) {
  const hash = createHash("sha256");
  let bytes = 0;
  const fd = openSync(file, "r");
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      bytes += n;
    }
  } finally {
    closeSync(fd);
  }
  out.push({ sha256: hash.digest("hex"), bytes });
}
parentPort.postMessage(out);
`;
function fingerprintFiles(files, cwd) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(WORKER, {
            eval: true,
            workerData: { files: files.map((f) => external_node_path_default().resolve(cwd, f)) },
        });
        worker.once("message", (digests) => {
            resolve(files.map((f, i) => ({ path: f, sha256: digests[i].sha256, bytes: digests[i].bytes, files: 1 })));
            void worker.terminate();
        });
        worker.once("error", reject);
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./packages/data/src/segments.ts
var src_segments = __webpack_require__(39810);
// EXTERNAL MODULE: ./packages/data/src/split.ts
var split = __webpack_require__(3422);
;// CONCATENATED MODULE: ./packages/data/src/parallel.ts









/*
 * Both cores on one file: a large CSV file is cut into byte ranges; the main thread reads the
 * first, worker threads the others, and their profiles are merged in order (segments.ts). Cut
 * points are found by quote parity (split.ts) and checked against where the range before ended;
 * a range that started at a wrong boundary (a stray quote inside an unquoted field) is read
 * again from the right one, so the result is always the one-pass result.
 */
/** Most threads used by default. */
const MAX_THREADS = 8;
/** Files smaller than twice this are read on one thread (a worker costs ~50 ms to start). */
const MIN_PART_BYTES = 8 << 20;
/** The default thread count: the machine's parallelism, capped. */
function defaultThreads() {
    return Math.max(1, Math.min(MAX_THREADS, (0,external_node_os_.availableParallelism)()));
}
/** The worker script: dist/profile-worker.js next to a bundle, else the TypeScript source via tsx. */
function workerScript() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const bundled = external_node_path_default().join(here, "profile-worker.js");
    if ((0,external_node_fs_.existsSync)(bundled))
        return { file: bundled };
    const require = (0,external_node_module_.createRequire)(import.meta.url);
    const tsx = external_node_path_default().join(external_node_path_default().dirname(require.resolve("tsx/package.json")), "dist/loader.mjs");
    return { file: external_node_path_default().join(here, "profile-worker.ts"), execArgv: ["--import", (0,external_node_url_.pathToFileURL)(tsx).href] };
}
/** Profiles a segment on a worker thread. */
function profileOnWorker(job) {
    const { file, execArgv } = workerScript();
    const worker = new external_node_worker_threads_.Worker(file, { workerData: job, ...(execArgv ? { execArgv } : {}) });
    const result = new Promise((resolve, reject) => {
        worker.once("message", (state) => resolve(state));
        worker.once("error", reject);
        worker.once("exit", (code) => {
            if (code !== 0)
                reject(new Error(`the profiling worker for ${job.file} exited with code ${code}`));
        });
    });
    result.catch(() => { });
    return { result, stop: () => void worker.terminate() };
}
/**
 * Cut points for `parts` ranges when this thread also has `headStart` bytes of other work: every
 * thread gets the same share of the total, this one's taken first by that work.
 */
function balancedCuts(size, parts, headStart) {
    const first = Math.max(0, Math.min(size, Math.floor((size + headStart) / parts - headStart)));
    return [0, ...(0,split/* cutPoints */.y4)(size - first, parts - 1).map((c) => first + c)];
}
/** How many parts a file of `bytes` is read in with `threads` threads. */
function partsFor(bytes, threads, minPartBytes = MIN_PART_BYTES) {
    return Math.max(1, Math.min(threads, Math.floor(bytes / Math.max(1, minPartBytes))));
}
/**
 * Reads CSV file `file` (opened at `filePath`) into `dataset` with up to `threads` threads: the
 * first byte range here, the others on workers, merged in order. Returns the number of byte
 * ranges, or 0 (nothing read) when the file is too small to be worth it.
 */
async function readCsvThreaded(dataset, checkers, file, filePath, threads, job, minPartBytes = MIN_PART_BYTES, log = () => { }, headStart = 0) {
    const { size } = await (0,promises_.stat)(filePath);
    const parts = partsFor(size, threads, minPartBytes);
    if (parts < 2)
        return 0;
    const cuts = balancedCuts(size, parts, headStart);
    const base = { ...job, file, path: filePath };
    const workers = cuts
        .slice(1, -1)
        .map((nominalStart, k) => profileOnWorker({ ...base, nominalStart, nominalEnd: cuts[k + 2] }));
    const cpu = [];
    try {
        const before = process.threadCpuUsage();
        const first = await dataset.read(filePath, { start: 0, end: cuts[1], header: null });
        const used = process.threadCpuUsage(before);
        cpu.push(((used.user + used.system) / 1e6).toFixed(2));
        let end = first.end;
        let lines = first.lines;
        for (let k = 1; k < parts; k++) {
            let segment = await workers[k - 1].result;
            if (segment.start !== end && !(segment.error && end >= size)) {
                // The parity cut disagrees with where the range before ended: read it again from there.
                log(`${file}: byte range ${k + 1} of ${parts} started at byte ${segment.start} by quote parity, but the range before ends at byte ${end} (a quote inside an unquoted field?); reading it again from there`);
                segment = await (0,src_segments/* profileSegment */.nK)({ ...base, nominalStart: end, nominalEnd: cuts[k + 1], start: end });
            }
            (0,src_segments/* mergeSegment */.E3)(dataset, checkers, segment, lines);
            if (segment.cpuMs !== undefined)
                cpu.push((segment.cpuMs / 1000).toFixed(2));
            end = segment.end;
            lines += segment.lines;
        }
    }
    finally {
        for (const w of workers)
            w.stop();
    }
    log(`${file}: CPU seconds per thread (this one first, with what else it did meanwhile): ${cpu.join(", ")}`);
    return parts;
}

;// CONCATENATED MODULE: ./packages/data/src/validate.ts












const FAIL_ON = ["error", "warning", "drift", "never"];
/**
 * The validate-data step: one streaming pass over the data (schema checks + profile), the
 * reference profile (from data or a saved report), drift per column, the report, annotations.
 * Malformed data becomes an error anomaly in the report, never a crash.
 */
async function validateData(options, { logger }) {
    const cwd = options.cwd ?? process.cwd();
    const failOn = checkValidateOptions(options);
    const driftConfig = parseDriftConfig(options.drift ?? {});
    let schema;
    if (options.schema) {
        const { readSchemaFile } = await Promise.all(/* import() */[__webpack_require__.e(156), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 95890));
        schema = await readSchemaFile(external_node_path_default().resolve(cwd, options.schema));
    }
    // Reference first (usually smaller), then the data. With threads, this thread reads the
    // reference while the workers start on the data, and takes that much less of the data.
    const threads = options.threads ?? defaultThreads();
    let reference = null;
    let pendingReference = null;
    let headStart = 0;
    if (options.reference && options.reference.length && !options.shard) {
        pendingReference = loadReference(options, cwd, logger);
        pendingReference.catch(() => { });
        if (threads <= 1)
            reference = await pendingReference;
        else
            headStart = await referenceBytes(options.reference, cwd);
    }
    const source = options.merge?.length
        ? await readMerged(options, cwd, schema, logger)
        : await readData({ ...options, headStartBytes: headStart }, cwd, schema, logger);
    const { dataset, checkers, anomalies } = source;
    if (pendingReference)
        reference = await pendingReference;
    schema = source.schema;
    const schemaSource = source.schemaSource;
    // Types: the schema's where given, else inferred.
    const types = new Map();
    const profile = {};
    for (const [name, column] of dataset.columns) {
        const type = schema?.columns[name]?.type ?? column.inferType();
        types.set(name, type);
        profile[name] = column.profile(type);
    }
    const checks = schema ? schemaChecks(schema, dataset, checkers, anomalies) : null;
    const drift = reference
        ? measureDrift(reference, dataset, types, driftConfig, options.driftShare ?? 0.5)
        : null;
    const files_ = source.files;
    const driftDetected = drift?.datasetDrift ?? false;
    const passed = options.shard ? true : verdict(failOn, anomalies, driftDetected);
    const report = {
        kind: "mlops.validation",
        version: 1,
        created: new Date().toISOString(),
        dataset: {
            format: [...dataset.formats].join("+") || "unknown",
            files: files_,
            fingerprint: (0,src/* combineDigests */.T2)(files_.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes ?? 0 }))),
            rows: dataset.rows,
            columns: [...dataset.columns.keys()],
        },
        schema: schema
            ? {
                source: schemaSource,
                passed: checks.every((c) => c.passed || c.severity !== "error"),
                checks: checks,
            }
            : null,
        profile,
        drift,
        anomalies,
        passed,
    };
    emitAnnotations(report, logger, options.maxAnnotations ?? 10);
    const result = {
        report,
        passed,
        rows: dataset.rows,
        anomalies: anomalies.length,
        driftDetected,
        driftedColumns: drift ? drift.columns.filter((c) => c.drifted).map((c) => c.column) : [],
        summary: renderSummary(report),
    };
    if (options.shard) {
        result.partialPath = source.partialPath;
        result.reportPath = source.partialPath;
        result.summary = `Partial profile of shard ${options.shard.index}/${options.shard.count}: ${dataset.rows.toLocaleString("en-US")} rows, written to \`${source.partialPath}\`; the merge job (\`merge:\`) checks the whole dataset and decides. Below: this shard's part alone (rows numbered within the part).\n\n${result.summary}`;
        logger.info(`wrote the partial profile of shard ${options.shard.index}/${options.shard.count} to ${source.partialPath}`);
        return result;
    }
    await writeValidationFiles(result, options, cwd, logger);
    return result;
}
/** The data files, read here (all of them, or this shard's part, which is also saved as a partial). */
async function readData(options, cwd, schema, logger) {
    const files = await (0,src_dataset/* resolveFiles */.sA)(options.data, cwd);
    const fingerprints = fingerprintFiles(files, cwd);
    fingerprints.catch(() => { });
    const schemaSource = options.schema ?? null;
    if (!options.shard) {
        const read = await readDataset(files, cwd, schema, options, logger);
        return { ...read, files: await fingerprints, schema, schemaSource };
    }
    const { profileShard } = await Promise.all(/* import() */[__webpack_require__.e(156), __webpack_require__.e(115)]).then(__webpack_require__.bind(__webpack_require__, 19115));
    const { index, count } = options.shard;
    const partialPath = options.partial ?? `mlops-partial-${index}-of-${count}.json`;
    const fps = await fingerprints;
    const started = performance.now();
    const segments = await profileShard(files, fps, cwd, schema ? { source: schemaSource, schema } : null, { ...options, shard: options.shard }, external_node_path_default().resolve(cwd, partialPath));
    logger.info(`shard ${index}/${count}: ${segments.reduce((n, s) => n + s.rows, 0).toLocaleString("en-US")} rows from ${segments.length} part(s) of ${files.length} file(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const merged = mergeIntoDataset(segments, schema, options, null);
    return { ...merged, files: fps, schema, schemaSource, partialPath };
}
/** `merge:`: the partial profiles of every shard, merged into the whole dataset's profile. */
async function readMerged(options, cwd, given, logger) {
    const { readPartials } = await Promise.all(/* import() */[__webpack_require__.e(156), __webpack_require__.e(115)]).then(__webpack_require__.bind(__webpack_require__, 19115));
    const partials = await readPartials(options.merge, cwd, src_dataset/* resolveFiles */.sA, logger);
    const first = partials[0];
    const schema = first.schema?.schema;
    if (given && JSON.stringify(given) !== JSON.stringify(schema ?? null))
        throw new src/* ConfigurationError */.j1(`input 'schema': ${options.schema} differs from the schema the shards were checked against (${first.schema?.source ?? "none"}, in ${first.file}); give the shards the same schema, or leave schema out of the merge`, { code: "partial-mismatch" });
    const sizes = new Map(first.dataset.files.map((f) => [f.path, f.bytes ?? 0]));
    const segments = partials.flatMap((p) => p.segments.map((s) => ({ ...s, from: p.file })));
    const merged = mergeIntoDataset(segments, schema, options, sizes);
    return {
        ...merged,
        files: first.dataset.files,
        schema,
        schemaSource: first.schema?.source ?? null,
    };
}
/** A dataset made of profiled segments (a shard's, or every shard's), with its anomalies. */
function mergeIntoDataset(segments, schema, options, sizes) {
    const checkers = new Map();
    const where = { file: segments[0]?.file ?? options.data[0] ?? "" };
    const dataset = new src_dataset/* DatasetProfiler */.ib({
        format: options.format,
        onColumn: (column) => {
            const spec = schema?.columns[column.name];
            if (!spec)
                return;
            const checker = new src_schema/* ColumnChecker */.qj(column.name, spec, where, schema?.regexMaxLength, true);
            checkers.set(column.name, checker);
            column.observer = checker;
        },
    });
    const anomalies = [];
    let fatal = false;
    try {
        (0,src_segments/* mergeSegments */.$9)(dataset, checkers, where, segments, sizes);
    }
    catch (caught) {
        if (!(caught instanceof errors/* DataError */.f))
            throw caught;
        anomalies.push(readError(caught, where.file));
        fatal = true;
    }
    anomalies.push(...readAnomalies(dataset, segments[0]?.file ?? "", fatal));
    return { dataset, checkers, anomalies };
}
/** The options validateData cannot work without; returns fail-on. */
function checkValidateOptions(options) {
    if (options.merge?.length && options.shard)
        throw new src/* ConfigurationError */.j1("inputs 'shard' and 'merge' exclude each other: shard jobs write partial profiles, one merge job reads them all", { code: "input-invalid" });
    if (options.data.length === 0 && !options.merge?.length)
        throw new src/* ConfigurationError */.j1("input 'data' is required: the data file(s) to validate, e.g. data: data/train.csv", { code: "input-missing" });
    const failOn = options.failOn ?? "error";
    if (!FAIL_ON.includes(failOn))
        throw new src/* ConfigurationError */.j1(`input 'fail-on': expected one of ${FAIL_ON.join(", ")}, found ${JSON.stringify(failOn)}`, { code: "input-invalid" });
    return failOn;
}
/**
 * One streaming pass over the data files: the profile, the schema's column checkers, and the
 * anomalies of the reading itself (a malformed file, ragged rows, a header without rows).
 */
async function readDataset(files, cwd, schema, options, logger) {
    const anomalies = [];
    const where = { file: files[0] };
    const checkers = new Map();
    const started = performance.now();
    const readOptions = {
        format: options.format,
        delimiter: options.delimiter,
        maxRowBytes: options.maxRowBytes,
        maxColumns: options.maxColumns,
        onColumn: (column) => {
            const spec = schema?.columns[column.name];
            if (spec) {
                const checker = new src_schema/* ColumnChecker */.qj(column.name, spec, where, schema?.regexMaxLength);
                checkers.set(column.name, checker);
                column.observer = checker;
            }
        },
        onProgress: progressLogger(logger, started, (options.progressSeconds ?? 5) * 1000),
    };
    const dataset = new src_dataset/* DatasetProfiler */.ib(readOptions);
    const threads = options.threads ?? defaultThreads();
    let headStart = options.headStartBytes ?? 0;
    let fatal = false;
    for (const file of files) {
        where.file = file;
        const at = external_node_path_default().isAbsolute(file) || external_node_path_default().resolve(cwd) === process.cwd() ? file : external_node_path_default().join(cwd, file);
        try {
            const format = (0,src_dataset/* detectFormat */.Tz)(file, options.format);
            const parts = threads > 1 && (format === "csv" || format === "tsv")
                ? await readCsvThreaded(dataset, checkers, file, at, threads, {
                    format: options.format,
                    delimiter: options.delimiter,
                    maxRowBytes: options.maxRowBytes,
                    maxColumns: options.maxColumns,
                    schema: (0,src_segments/* segmentSchemaOf */.ED)(schema),
                }, options.minThreadBytes, (message) => logger.info(message), headStart)
                : 0;
            if (parts) {
                logger.info(`${file}: read as ${parts} byte ranges on ${parts} threads`);
                headStart = 0;
            }
            if (!parts)
                await dataset.read(at);
        }
        catch (caught) {
            anomalies.push(readError(caught, file));
            fatal = true;
            break;
        }
    }
    const seconds = (performance.now() - started) / 1000;
    logger.info(`read ${dataset.rows.toLocaleString("en-US")} rows, ${dataset.columns.size} columns from ${files.length} file(s) in ${seconds.toFixed(1)} s${threads > 1 ? ` (up to ${threads} threads)` : ""}`);
    anomalies.push(...readAnomalies(dataset, files[0], fatal));
    return { dataset, checkers, anomalies };
}
/** Bytes of reference data files (0 for a saved report or when they cannot be listed yet). */
async function referenceBytes(sources, cwd) {
    if (sources.length === 1 && /\.json$/i.test(sources[0]))
        return 0;
    try {
        const files = await (0,src_dataset/* resolveFiles */.sA)(sources, cwd);
        const sizes = await Promise.all(files.map(async (f) => (await (0,promises_.stat)(external_node_path_default().resolve(cwd, f))).size));
        return sizes.reduce((a, b) => a + b, 0);
    }
    catch {
        return 0; // loadReference reports it
    }
}
/** Ragged rows, and a header without rows, as anomalies. */
function readAnomalies(dataset, firstFile, fatal) {
    const anomalies = [];
    for (const r of dataset.ragged) {
        const first = r.samples[0];
        anomalies.push({
            code: "ragged-row",
            severity: "error",
            message: `${r.count} row(s) with the wrong number of fields were skipped; first at line ${first.line}: ${first.found} fields, expected ${first.expected}`,
            file: r.file,
            line: first.line,
            count: r.count,
        });
    }
    if (!fatal && dataset.rows === 0 && dataset.columns.size > 0) {
        anomalies.push({
            code: "header-only",
            severity: "error",
            message: "the data has a header but no rows",
            file: firstFile,
            line: 1,
        });
    }
    return anomalies;
}
/** A progress line at most every `everyMs` while a large file is read. */
function progressLogger(logger, started, everyMs) {
    let lastProgress = started;
    return (rows, bytes, file) => {
        const now = performance.now();
        if (now - lastProgress < everyMs)
            return;
        lastProgress = now;
        const seconds = (now - started) / 1000;
        logger.info(`${file}: ${rows.toLocaleString("en-US")} rows read (${Math.round(rows / seconds).toLocaleString("en-US")} rows/s${bytes ? `, ${(bytes / 1048576).toFixed(0)} MiB` : ""})`);
    };
}
/** A file that could not be read, as an error anomaly (anything but a data problem is rethrown). */
function readError(caught, file) {
    let error = caught;
    // Resource limits hit by hostile input (nesting deeper than the stack, arrays too large)
    // are the data's problem, not a crash.
    if (error instanceof RangeError)
        error = new errors/* DataError */.f("line-too-long", `the file exceeds a resource limit: ${error.message}`, {
            file,
        });
    if (!(error instanceof errors/* DataError */.f))
        throw error;
    const loc = error.location ?? {};
    return {
        code: error.code,
        severity: "error",
        message: error.message,
        file,
        ...(loc.line !== undefined ? { line: loc.line } : {}),
    };
}
/** The schema's dataset and column checks; each failed one is also an anomaly. */
function schemaChecks(schema, dataset, checkers, anomalies) {
    const checks = (0,src_schema/* datasetChecks */.eB)(schema, [...dataset.columns.keys()], dataset.rows);
    for (const [name, checker] of checkers)
        checks.push(...checker.results(dataset.columns.get(name)));
    for (const c of checks) {
        if (c.passed)
            continue;
        anomalies.push({
            code: `schema-${c.check}`,
            severity: c.severity,
            message: `${c.column ? `column '${c.column}': ` : ""}${c.check} failed: expected ${c.expected}${c.observed ? `, found ${c.observed}` : ""} (${c.failures} of ${c.checked} failed)`,
            ...(c.column ? { column: c.column } : {}),
            ...(c.samples[0]?.file ? { file: c.samples[0].file } : {}),
            ...(c.samples[0]?.line !== undefined ? { line: c.samples[0].line } : {}),
            count: c.failures,
        });
    }
    return checks;
}
/** Drift of every column the reference also has (datetimes excepted), and dataset drift by share. */
function measureDrift(reference, dataset, types, driftConfig, driftShare) {
    const results = [];
    for (const [name, column] of dataset.columns) {
        const ref = reference.columns.get(name);
        if (!ref)
            continue;
        const type = types.get(name);
        if (type === "datetime")
            continue;
        const config = driftConfig.get(name) ?? driftConfig.get("*") ?? {};
        const r = columnDrift(name, type, driftSample(ref, type), driftSample(column, type), config);
        if (r)
            results.push(r);
    }
    const drifted = results.filter((r) => r.drifted).length;
    const share = results.length ? drifted / results.length : 0;
    return {
        reference: {
            kind: reference.kind,
            source: reference.source,
            fingerprint: reference.fingerprint,
            rows: reference.rows,
        },
        datasetDrift: results.length > 0 && share >= driftShare,
        driftedShare: share,
        shareThreshold: driftShare,
        columns: results,
    };
}
/** Whether the data passes under fail-on. */
function verdict(failOn, anomalies, driftDetected) {
    const errors = anomalies.filter((a) => a.severity === "error").length;
    const warnings = anomalies.filter((a) => a.severity === "warning").length;
    if (failOn === "never")
        return true;
    if (failOn === "warning")
        return errors + warnings === 0;
    if (failOn === "drift")
        return errors === 0 && !driftDetected;
    return errors === 0;
}
/** The report and the inferred schema, where the options ask for them. */
async function writeValidationFiles(result, options, cwd, logger) {
    if (options.report) {
        const file = external_node_path_default().resolve(cwd, options.report);
        await (0,src/* writeDocument */.ft)("mlops.validation", file, result.report);
        result.reportPath = options.report;
    }
    if (options.writeSchema) {
        await (0,src/* writeJsonAtomic */.ZJ)(external_node_path_default().resolve(cwd, options.writeSchema), (0,src_schema/* inferSchema */._A)(result.report.profile, result.report.dataset.rows));
        result.schemaPath = options.writeSchema;
        logger.info(`wrote the inferred schema to ${options.writeSchema}: review it and commit it`);
    }
}
/** Schema failures (with rows) and data errors as annotations on the file and line. */
function emitAnnotations(report, logger, max) {
    const items = [];
    for (const a of report.anomalies) {
        if (a.code.startsWith("schema-"))
            continue;
        if (a.severity === "info")
            continue;
        items.push({
            severity: a.severity,
            message: a.message,
            ...(a.file ? { file: a.file } : {}),
            ...(a.line !== undefined ? { line: a.line } : {}),
        });
    }
    for (const c of report.schema?.checks ?? []) {
        if (c.passed || c.severity === "info")
            continue;
        if (c.samples.length === 0) {
            items.push({
                severity: c.severity,
                message: `${c.column ? `column '${c.column}': ` : ""}${c.check}: expected ${c.expected}${c.observed ? `, found ${c.observed}` : ""}`,
            });
            continue;
        }
        for (const s of c.samples) {
            const value = s.value === null ? "a missing value" : JSON.stringify(s.value);
            items.push({
                severity: c.severity,
                message: `column '${c.column}': expected ${c.expected}, found ${value} (${c.check}; ${c.failures} row(s) fail)`,
                ...(s.file ? { file: s.file } : {}),
                ...(s.line !== undefined ? { line: s.line } : {}),
            });
        }
    }
    items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
    for (const item of items.slice(0, max)) {
        const location = item.file
            ? { file: item.file, ...(item.line !== undefined ? { line: item.line } : {}) }
            : undefined;
        if (item.severity === "error")
            logger.error(item.message, location);
        else
            logger.warning(item.message, location);
    }
    if (items.length > max)
        logger.info(`… and ${items.length - max} more problem(s): see the report for all of them`);
}
function parseDriftConfig(raw) {
    const out = new Map();
    for (const [column, spec] of Object.entries(raw)) {
        if (!spec || typeof spec !== "object")
            throw new src/* ConfigurationError */.j1(`validate.drift.${column}: expected { test, threshold }`, {
                code: "config-invalid",
            });
        const entry = {};
        for (const key of Object.keys(spec)) {
            if (key !== "test" && key !== "threshold")
                throw new src/* ConfigurationError */.j1(`validate.drift.${column}: unknown key '${key}'; expected test or threshold`, { code: "config-invalid" });
        }
        if (spec.test !== undefined) {
            if (!DRIFT_TESTS.includes(spec.test))
                throw new src/* ConfigurationError */.j1(`validate.drift.${column}.test: expected one of ${DRIFT_TESTS.join(", ")}, found ${JSON.stringify(spec.test)}`, { code: "config-invalid" });
            entry.test = spec.test;
        }
        if (spec.threshold !== undefined) {
            const t = Number(spec.threshold);
            if (!Number.isFinite(t) || t < 0)
                throw new src/* ConfigurationError */.j1(`validate.drift.${column}.threshold: expected a non-negative number, found ${JSON.stringify(spec.threshold)}`, { code: "config-invalid" });
            entry.threshold = t;
        }
        out.set(column, entry);
    }
    return out;
}
/** A column as the drift tests see it. */
function driftSample(column, type) {
    const n = column.count;
    if (type === "integer" || type === "number") {
        const numericN = column.integers + column.decimals;
        const sample = {
            n: numericN,
            numeric: column.distribution.weighted(),
            std: column.moments.std(0) ?? 0,
        };
        const counts = column.distribution.valueCounts();
        if (counts)
            sample.counts = new Map([...counts].map(([v, c]) => [String(v), c]));
        return sample;
    }
    const freq = column.text;
    if (!freq.exact)
        return { n };
    const counts = new Map(freq.entries());
    const numeric = column.distribution.valueCounts();
    if (numeric)
        for (const [v, c] of numeric)
            counts.set(String(v), (counts.get(String(v)) ?? 0) + c);
    return { n, counts };
}
async function loadReference(options, cwd, logger) {
    const sources = options.reference;
    if (sources.length === 1 && /\.json$/i.test(sources[0])) {
        const file = external_node_path_default().resolve(cwd, sources[0]);
        const doc = await (0,src/* readJsonFile */.JE)(file);
        if (doc && typeof doc === "object" && doc.kind === "mlops.validation") {
            const saved = await (0,src/* parseDocument */.Tp)("mlops.validation", doc, sources[0]);
            const columns = new Map();
            for (const [name, p] of Object.entries(saved.profile)) {
                if (!p.sketches)
                    throw new src/* ConfigurationError */.j1(`${sources[0]}: column '${name}' has no saved sketches; re-run validate-data on the reference data to save a usable profile`, { code: "reference-invalid", location: { file: sources[0] } });
                columns.set(name, column/* ColumnProfiler */.kW.fromSketches(name, p.sketches));
            }
            logger.info(`reference: the saved profile in ${sources[0]} (${saved.dataset.rows.toLocaleString("en-US")} rows)`);
            return {
                kind: "profile",
                source: sources[0],
                fingerprint: saved.dataset.fingerprint,
                rows: saved.dataset.rows,
                columns,
            };
        }
        throw new src/* ConfigurationError */.j1(`${sources[0]}: expected a ValidationReport (kind mlops.validation) to use as reference, or a data file`, { code: "reference-invalid", location: { file: sources[0] } });
    }
    const files = await (0,src_dataset/* resolveFiles */.sA)(sources, cwd);
    const fingerprints = fingerprintFiles(files, cwd);
    const ref = new src_dataset/* DatasetProfiler */.ib({
        format: options.referenceFormat ?? options.format,
        delimiter: options.delimiter,
        maxRowBytes: options.maxRowBytes,
        maxColumns: options.maxColumns,
    });
    for (const file of files) {
        const at = external_node_path_default().isAbsolute(file) || external_node_path_default().resolve(cwd) === process.cwd() ? file : external_node_path_default().join(cwd, file);
        try {
            await ref.read(at);
        }
        catch (error) {
            if (error instanceof errors/* DataError */.f)
                throw new src/* ConfigurationError */.j1(`reference: ${error.message}`, {
                    code: error.code,
                    location: error.location,
                });
            throw error;
        }
    }
    const digests = await fingerprints;
    logger.info(`reference: ${ref.rows.toLocaleString("en-US")} rows from ${files.length} file(s)`);
    return {
        kind: "data",
        source: sources.join(", "),
        fingerprint: (0,src/* combineDigests */.T2)(digests.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes ?? 0 }))),
        rows: ref.rows,
        columns: ref.columns,
    };
}
/** The `drift` input: a JSON or YAML mapping { column: { test, threshold } } ("*" for all). */
async function parseDriftOption(text, source = "input 'drift'") {
    if (text === undefined || text.trim() === "")
        return undefined;
    const { parseYamlWithLocations } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17198));
    const { value } = await parseYamlWithLocations(text, source);
    if (!value || typeof value !== "object" || Array.isArray(value)) {
        throw new src/* ConfigurationError */.j1(`${source}: expected a mapping of column to { test, threshold }, e.g. {"delay": {"test": "psi", "threshold": 0.2}}`, { code: "input-invalid" });
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/data/src/index.ts


















/***/ }),

/***/ 17120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ readJsonLines)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17198);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27211);




/**
 * JSON Lines, streamed: one JSON object per line, read in chunks; a line may be at most
 * maxRowBytes long. Blank lines are skipped. Each object goes to onObject with its line.
 */
async function readJsonLines(file, onObject, options = {}) {
    const chunk = options.chunkBytes ?? 1 << 20;
    const maxRow = options.maxRowBytes ?? 64 << 20;
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, "r");
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "EISDIR")
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("file-not-found", code === "EISDIR" ? "expected a file, found a directory" : "file not found", { file });
        throw error;
    }
    const decoder = new TextDecoder("utf-8");
    try {
        let buf = Buffer.allocUnsafe(chunk * 2);
        let filled = 0;
        let line = 1;
        let consumed = 0;
        let sawAny = false;
        let first = true;
        for (;;) {
            if (filled + chunk > buf.length) {
                if (filled >= maxRow)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("line-too-long", `a line is longer than ${maxRow} bytes (maxRowBytes)`, {
                        file,
                        line,
                    });
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, filled);
                buf = bigger;
            }
            const { bytesRead } = await handle.read(buf, filled, chunk, null);
            const eof = bytesRead === 0;
            filled += bytesRead;
            let pos = 0;
            if (first) {
                first = false;
                if (filled >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                    pos = 3;
            }
            for (;;) {
                let nl = buf.indexOf(10, pos);
                if (nl >= filled)
                    nl = -1;
                if (nl === -1 && !eof)
                    break;
                const end = nl === -1 ? filled : nl;
                if (end === pos && nl === -1)
                    break;
                let lineEnd = end;
                if (lineEnd > pos && buf[lineEnd - 1] === 13)
                    lineEnd--;
                const bytes = buf.subarray(pos, lineEnd);
                if (bytes.indexOf(0) !== -1)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("nul-byte", "NUL byte found: this looks like a binary file, not JSON Lines", {
                        file,
                        line,
                        column: bytes.indexOf(0) + 1,
                    });
                if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(bytes))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("invalid-utf8", "invalid UTF-8 (save the file as UTF-8)", { file, line });
                const text = decoder.decode(bytes);
                if (text.trim() !== "") {
                    sawAny = true;
                    let value;
                    try {
                        value = JSON.parse(text);
                    }
                    catch (error) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("invalid-json", `invalid JSON: ${error.message}`, {
                            file,
                            line,
                            column: jsonColumn(text),
                        });
                    }
                    if (value === null || typeof value !== "object" || Array.isArray(value)) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("not-an-object", `expected a JSON object per line, found ${Array.isArray(value) ? "an array" : JSON.stringify(value)?.slice(0, 40)}`, { file, line, column: 1 });
                    }
                    onObject(value, line);
                }
                line++;
                pos = nl === -1 ? filled : nl + 1;
                if (nl === -1)
                    break;
            }
            consumed += pos;
            options.onProgress?.(consumed);
            if (eof)
                break;
            buf.copy(buf, 0, pos, filled);
            filled -= pos;
        }
        if (!sawAny)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f("empty-file", "the file has no JSON objects", { file, line: 1 });
    }
    finally {
        await handle.close();
    }
}
/** Column of the first syntax error in one line of JSON. */
function jsonColumn(text) {
    return (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .jsonErrorOffset */ .O)(text) + 1;
}


/***/ }),

/***/ 18574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readParquet)
/* harmony export */ });
/* unused harmony export decodeDictionaryPage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27211);

const PARSERS = {
    timestampFromMilliseconds: (v) => Number(v),
    timestampFromMicroseconds: (v) => Number(v) / 1000,
    timestampFromNanoseconds: (v) => Number(v) / 1e6,
    dateFromDays: (d) => d * 86_400_000,
    stringFromBytes: (b) => b,
};
/** hyparquet and its compressors, loaded on first use (they are not needed for CSV or JSONL). */
async function loadHyparquet() {
    const [hp, { compressors }, column, datapage, convert, schema, plain, encoding] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(17), __webpack_require__.e(548), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 25787)),
        __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 20138)),
        Promise.all(/* import() */[__webpack_require__.e(17), __webpack_require__.e(548)]).then(__webpack_require__.bind(__webpack_require__, 16167)),
        __webpack_require__.e(/* import() */ 17).then(__webpack_require__.bind(__webpack_require__, 7017)),
        __webpack_require__.e(/* import() */ 234).then(__webpack_require__.bind(__webpack_require__, 69234)),
        __webpack_require__.e(/* import() */ 286).then(__webpack_require__.bind(__webpack_require__, 28286)),
        __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 74809)),
        __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 23448)),
    ]);
    return { hp, compressors, column, datapage, convert, schema, plain, encoding };
}
async function readParquet(file, visitor) {
    const m = await loadHyparquet();
    const { buffer, metadata } = await openParquet(file, m);
    const columns = planColumns(file, m, metadata);
    visitor.columns(columns.map(({ name, datetime }) => ({ name, datetime })));
    const ctx = {
        file,
        m,
        buffer,
        metadata,
        columns,
        visitor,
        parsers: { ...m.convert.DEFAULT_PARSERS, ...PARSERS },
        scratch: { defs: new Uint8Array(0), indices: new Int32Array(0) },
    };
    let groupStart = 0;
    for (const group of metadata.row_groups) {
        const rows = Number(group.num_rows);
        try {
            await readRowGroup(ctx, group.columns, groupStart, rows);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f)
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f("invalid-parquet", `cannot read row group at row ${groupStart}: ${error.message}`, { file, line: groupStart + 1 });
        }
        visitor.rowGroup(rows);
        groupStart += rows;
    }
}
async function openParquet(file, { hp }) {
    let buffer;
    try {
        buffer = await hp.asyncBufferFromFile(file);
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "EISDIR")
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f("file-not-found", "file not found", { file });
        throw error;
    }
    if (buffer.byteLength === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f("empty-file", "the file is empty", { file });
    try {
        return { buffer, metadata: await hp.parquetMetadataAsync(buffer) };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f("invalid-parquet", `not a readable Parquet file: ${error.message}`, {
            file,
        });
    }
}
/** The top-level columns: names (unique), datetime units, and how each is decoded. */
function planColumns(file, { hp, schema }, metadata) {
    const columns = hp.parquetSchema(metadata).children.map((child) => {
        const el = child.element;
        const logical = el.logical_type;
        let msPerUnit;
        if (logical?.type === "TIMESTAMP")
            msPerUnit = logical.unit === "MILLIS" ? 1 : logical.unit === "MICROS" ? 1e-3 : 1e-6;
        else if (logical?.type === "DATE" || el.converted_type === "DATE")
            msPerUnit = 86_400_000;
        else if (el.converted_type === "TIMESTAMP_MILLIS")
            msPerUnit = 1;
        else if (el.converted_type === "TIMESTAMP_MICROS")
            msPerUnit = 1e-3;
        const datetime = msPerUnit !== undefined || el.type === "INT96";
        const schemaPath = schema.getSchemaPath(metadata.schema, [el.name]);
        return {
            name: el.name,
            datetime,
            msPerUnit,
            flat: schema.isFlatColumn(schemaPath) && el.type !== "INT96",
            schemaPath,
        };
    });
    const seen = new Set();
    for (const [i, c] of columns.entries()) {
        if (seen.has(c.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .f("duplicate-column", `duplicate column name ${JSON.stringify(c.name)}`, {
                file,
                column: i + 1,
            });
        seen.add(c.name);
    }
    return columns;
}
async function readRowGroup(ctx, chunks, groupStart, rows) {
    const nested = [];
    for (let c = 0; c < ctx.columns.length; c++) {
        const col = ctx.columns[c];
        const chunk = chunks.find((ch) => ch.meta_data?.path_in_schema[0] === col.name && ch.meta_data.path_in_schema.length === 1);
        if (!col.flat || !chunk?.meta_data)
            nested.push(c);
        else
            await readFlatChunk(ctx, c, chunk.meta_data, groupStart, rows);
    }
    if (nested.length)
        await readNestedColumns(ctx, nested, groupStart, rows);
}
/** One flat column's chunk of a row group, page by page. */
async function readFlatChunk(ctx, c, meta, groupStart, rows) {
    const { m, visitor } = ctx;
    const col = ctx.columns[c];
    const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
    const end = start + Number(meta.total_compressed_size);
    const bytes = await ctx.buffer.slice(start, end);
    const reader = { view: new DataView(bytes), offset: 0 };
    const decoder = {
        pathInSchema: [col.name],
        schemaPath: col.schemaPath,
        element: col.schemaPath[col.schemaPath.length - 1].element,
        type: meta.type,
        codec: meta.codec,
        compressors: m.compressors,
        parsers: ctx.parsers,
        utf8: true,
    };
    const maxDefinition = m.schema.getMaxDefinitionLevel(col.schemaPath);
    const decompress = (compressed, size) => m.datapage.decompressPage(compressed, Number(size), meta.codec, m.compressors);
    let dictionary;
    let row = groupStart;
    while (reader.offset < bytes.byteLength - 1 && row < groupStart + rows) {
        const header = m.column.parquetHeader(reader);
        const compressed = new Uint8Array(bytes, reader.offset, header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        if (header.type === "DICTIONARY_PAGE") {
            const page = decompress(compressed, header.uncompressed_page_size);
            const dict = m.plain.readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, meta.type, header.dictionary_page_header.num_values, decoder.element.type_length);
            dictionary = col.msPerUnit !== undefined ? dict : m.convert.convert(dict, decoder);
            continue;
        }
        let page;
        let encoding;
        if (header.type === "DATA_PAGE") {
            const daph = header.data_page_header;
            const raw = decompress(compressed, header.uncompressed_page_size);
            encoding = daph.encoding;
            if (dictionary && visitor.dictionaryPage && maxDefinition <= 1 && encoding.endsWith("_DICTIONARY")) {
                const decoded = decodeDictionaryPage(m, raw, daph.num_values, maxDefinition, ctx.scratch);
                if (decoded) {
                    row += visitor.dictionaryPage(c, dictionary, decoded.indices, decoded.defs, maxDefinition, row, col.msPerUnit);
                    continue;
                }
            }
            page = m.datapage.readDataPage(raw, daph, decoder);
        }
        else if (header.type === "DATA_PAGE_V2") {
            page = m.datapage.readDataPageV2(compressed, header, decoder);
            encoding = header.data_page_header_v2.encoding;
        }
        else
            continue;
        if (dictionary && encoding.endsWith("_DICTIONARY") && visitor.dictionaryPage) {
            row += visitor.dictionaryPage(c, dictionary, page.dataPage, page.definitionLevels, maxDefinition, row, col.msPerUnit);
            continue;
        }
        const values = pageValues(ctx, col, decoder, page, encoding, dictionary, maxDefinition);
        visitor.chunk(c, values, row, col.msPerUnit);
        row += values.length;
    }
}
/** A decoded page's values for visitor.chunk: dictionary looked up, nulls where levels say so. */
function pageValues({ m }, col, decoder, page, encoding, dictionary, maxDefinition) {
    let values;
    if (dictionary && encoding.endsWith("_DICTIONARY")) {
        const idx = page.dataPage;
        const out = new Array(idx.length);
        for (let i = 0; i < idx.length; i++)
            out[i] = dictionary[idx[i]];
        values = out;
    }
    else
        values =
            col.msPerUnit !== undefined
                ? page.dataPage
                : m.convert.convert(page.dataPage, decoder);
    const defs = page.definitionLevels;
    if (defs && defs.length) {
        const out = new Array(defs.length);
        for (let i = 0, j = 0; i < defs.length; i++)
            out[i] = defs[i] === maxDefinition ? values[j++] : null;
        values = out;
    }
    return values;
}
/** Nested (or INT96) columns of one row group through hyparquet's parquetRead. */
async function readNestedColumns({ m, buffer, metadata, columns, visitor }, nested, groupStart, rows) {
    const chunks = [];
    await m.hp.parquetRead({
        file: buffer,
        metadata,
        compressors: m.compressors,
        columns: nested.map((c) => columns[c].name),
        rowStart: groupStart,
        rowEnd: groupStart + rows,
        parsers: PARSERS,
        onChunk: ({ columnName, columnData, rowStart }) => {
            const c = columns.findIndex((x) => x.name === columnName);
            if (c >= 0)
                chunks.push({ column: c, data: columnData, rowStart });
        },
    });
    chunks.sort((a, b) => a.column - b.column || a.rowStart - b.rowStart);
    for (const ch of chunks)
        visitor.chunk(ch.column, ch.data, ch.rowStart);
}
/**
 * A v1 data page of a flat column (max definition level ≤ 1) with dictionary-encoded values,
 * decoded into reused typed arrays by hyparquet's RLE / bit-packed hybrid reader: definition
 * levels (omitted when nothing is missing) and dictionary indices. Returns null for layouts left
 * to hyparquet's readDataPage (bit widths over 24).
 */
function decodeDictionaryPage({ encoding }, page, numValues, maxDef, scratch) {
    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    let present = numValues;
    let defs;
    if (maxDef === 1) {
        if (scratch.defs.length < numValues)
            scratch.defs = new Uint8Array(numValues * 2);
        defs = scratch.defs.subarray(0, numValues);
        encoding.readRleBitPackedHybrid(reader, 1, defs); // reads its own 4-byte length
        present = 0;
        for (let i = 0; i < numValues; i++)
            present += defs[i];
        if (present === numValues)
            defs = undefined;
    }
    const bitWidth = page[reader.offset++];
    if (bitWidth > 24)
        return null;
    if (scratch.indices.length < present)
        scratch.indices = new Int32Array(present * 2);
    const indices = scratch.indices.subarray(0, present);
    if (bitWidth === 0)
        indices.fill(0);
    else
        encoding.readRleBitPackedHybrid(reader, bitWidth, indices, page.length - reader.offset);
    return { defs, indices };
}


/***/ }),

/***/ 49451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _A: () => (/* binding */ inferSchema),
/* harmony export */   eB: () => (/* binding */ datasetChecks),
/* harmony export */   qj: () => (/* binding */ ColumnChecker)
/* harmony export */ });
/* unused harmony exports MAX_SAMPLES, CROSS_PART_DUPLICATE */
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12712);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44745);
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79554);



/*
 * Schema checks, evaluated cell by cell during the profiling pass (the profiler hands each
 * classified cell to a ColumnChecker), and inference of a schema from profiles (write-schema).
 */
const MAX_SAMPLES = 5;
const DEFAULT_REGEX_MAX_LENGTH = 1000;
function constraint(raw, column) {
    if (raw === undefined)
        return undefined;
    const defaults = { severity: column.severity ?? "error", mostly: column.mostly ?? 1 };
    if (raw !== null && typeof raw === "object" && !Array.isArray(raw) && "value" in raw) {
        const o = raw;
        return { value: o.value, severity: o.severity ?? defaults.severity, mostly: o.mostly ?? defaults.mostly };
    }
    return { value: raw, ...defaults };
}
class Tally {
    failures = 0;
    checked = 0;
    samples = [];
}
/**
 * A set of 64-bit hashes (two independent 32-bit halves), for uniqueness over any row count.
 * With `positions`, the line and row where each value was first seen are kept too (8 more bytes
 * a value), so the set of one part of the data can be merged into another's (threads, shards).
 */
class HashSet64 {
    a = new Int32Array(1024);
    b = new Int32Array(1024);
    used = new Uint8Array(1024);
    lines;
    rows;
    size = 0;
    constructor(positions = false) {
        this.lines = positions ? new Int32Array(1024) : null;
        this.rows = positions ? new Int32Array(1024) : null;
    }
    /** Adds; returns false when already present. */
    add(h1, h2, line = 0, row = 0) {
        if (this.size * 2 >= this.used.length)
            this.grow();
        const mask = this.used.length - 1;
        let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
        while (this.used[i]) {
            if (this.a[i] === (h1 | 0) && this.b[i] === (h2 | 0))
                return false;
            i = (i + 1) & mask;
        }
        this.used[i] = 1;
        this.a[i] = h1;
        this.b[i] = h2;
        if (this.lines) {
            this.lines[i] = line;
            this.rows[i] = row;
        }
        this.size++;
        return true;
    }
    grow() {
        const { a, b, used, lines, rows } = this;
        const n = used.length * 2;
        this.a = new Int32Array(n);
        this.b = new Int32Array(n);
        this.used = new Uint8Array(n);
        if (lines) {
            this.lines = new Int32Array(n);
            this.rows = new Int32Array(n);
        }
        this.size = 0;
        for (let i = 0; i < used.length; i++)
            if (used[i])
                this.add(a[i], b[i], lines?.[i], rows?.[i]);
    }
    /** The values as [h1, h2, line, row] quadruples, in the order first seen (by row). */
    entries() {
        const out = new Int32Array(this.size * 4);
        let w = 0;
        for (let i = 0; i < this.used.length; i++) {
            if (!this.used[i])
                continue;
            out[w++] = this.a[i];
            out[w++] = this.b[i];
            out[w++] = this.lines?.[i] ?? 0;
            out[w++] = this.rows?.[i] ?? 0;
        }
        return out;
    }
}
/** The sample value of a duplicate whose first occurrence is in an earlier part of the data. */
const CROSS_PART_DUPLICATE = "(a value that also occurs in an earlier part of the data)";
/** Bit k set: a cell of kind k conforms to the type. */
const KIND_OK = {
    integer: 1 << _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Integer,
    number: (1 << _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Integer) | (1 << _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Number),
    boolean: 1 << _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Boolean,
    datetime: 1 << _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Datetime,
    string: 0b111111,
    categorical: 0b111111,
};
/** Checks one column's cells against its schema entry. */
class ColumnChecker {
    name;
    schema;
    where;
    regexMaxLength;
    mergeable;
    type;
    typeOk;
    min;
    max;
    minValue = -Infinity;
    maxValue = Infinity;
    allowed;
    allowedSet;
    regex;
    pattern;
    unique;
    seen;
    hasRange;
    tallies = {
        type: new Tally(),
        min: new Tally(),
        max: new Tally(),
        allowed: new Tally(),
        regex: new Tally(),
        unique: new Tally(),
        missing: new Tally(),
    };
    constructor(name, schema, where, regexMaxLength = DEFAULT_REGEX_MAX_LENGTH, 
    /** Keep the position of each unique value, so this part can be merged into another. */
    mergeable = false) {
        this.name = name;
        this.schema = schema;
        this.where = where;
        this.regexMaxLength = regexMaxLength;
        this.mergeable = mergeable;
        if (schema.type) {
            this.type = { value: schema.type, severity: schema.severity ?? "error", mostly: schema.mostly ?? 1 };
            this.typeOk = KIND_OK[schema.type];
        }
        this.min = constraint(schema.min, schema);
        this.max = constraint(schema.max, schema);
        if (this.min)
            this.minValue = toNumber(this.min.value);
        if (this.max)
            this.maxValue = toNumber(this.max.value);
        this.hasRange = this.min !== undefined || this.max !== undefined;
        this.allowed = constraint(schema.allowed, schema);
        if (this.allowed)
            this.allowedSet = new Set(this.allowed.value.map(String));
        this.regex = constraint(schema.regex, schema);
        if (this.regex)
            this.pattern = new RegExp(this.regex.value, "u");
        this.unique = constraint(schema.unique, schema);
        if (this.unique?.value)
            this.seen = new HashSet64(mergeable);
    }
    cell(kind, value, buf, start, end, line, row) {
        const t = this.tallies;
        if (kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Missing) {
            t.missing.failures++;
            if (t.missing.samples.length < MAX_SAMPLES)
                t.missing.samples.push({ file: this.where.file, line, row: row + 1, value: null });
            return;
        }
        if (this.typeOk !== undefined) {
            t.type.checked++;
            if (((this.typeOk >> kind) & 1) === 0)
                this.fail(t.type, kind, value, buf, start, end, line, row);
        }
        if (this.hasRange &&
            (kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Integer || kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Number || kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Datetime)) {
            if (this.min !== undefined) {
                t.min.checked++;
                if (value < this.minValue)
                    this.fail(t.min, kind, value, buf, start, end, line, row);
            }
            if (this.max !== undefined) {
                t.max.checked++;
                if (value > this.maxValue)
                    this.fail(t.max, kind, value, buf, start, end, line, row);
            }
        }
        if (this.allowedSet !== undefined) {
            t.allowed.checked++;
            if (!this.allowedSet.has(cellText(kind, value, buf, start, end)))
                this.fail(t.allowed, kind, value, buf, start, end, line, row);
        }
        if (this.pattern !== undefined) {
            t.regex.checked++;
            const s = cellText(kind, value, buf, start, end);
            if (s.length > this.regexMaxLength || !this.pattern.test(s))
                this.fail(t.regex, kind, value, buf, start, end, line, row);
        }
        if (this.seen !== undefined) {
            t.unique.checked++;
            let b = buf;
            let from = start;
            let to = end;
            if (end <= start) {
                b = encoder.encode(cellText(kind, value, buf, start, end));
                from = 0;
                to = b.length;
            }
            if (!this.seen.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .hashBytes */ .yi)(b, from, to), (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .hashBytes */ .yi)(b, from, to, 0x2545f491), line, row + 1))
                this.fail(t.unique, kind, value, buf, start, end, line, row);
        }
    }
    fail(tally, kind, value, buf, start, end, line, row) {
        tally.failures++;
        if (tally.samples.length < MAX_SAMPLES) {
            const s = cellText(kind, value, buf, start, end);
            tally.samples.push({
                file: this.where.file,
                line,
                row: row + 1,
                value: s.length > 200 ? `${s.slice(0, 200)}…` : s,
            });
        }
    }
    /** This checker's tallies (and unique values), for merging into the checker of another part. */
    state() {
        const tallies = {};
        for (const [name, t] of Object.entries(this.tallies))
            tallies[name] = { failures: t.failures, checked: t.checked, samples: t.samples };
        return { tallies, unique: this.seen && this.mergeable ? this.seen.entries() : null };
    }
    /**
     * Adds the state of the part that follows the data seen so far: its lines are shifted by
     * `lineOffset` (lines of the same file before the part) and its rows by `rowOffset`. A value of
     * a unique column first seen in that part but already seen here is a duplicate at its first
     * position there, as a single pass would have found it.
     */
    merge(state, lineOffset, rowOffset) {
        const shift = (s) => ({
            ...s,
            ...(s.line !== undefined ? { line: s.line + lineOffset } : {}),
            ...(s.row !== undefined ? { row: s.row + rowOffset } : {}),
        });
        for (const name of Object.keys(this.tallies)) {
            const mine = this.tallies[name];
            const theirs = state.tallies[name];
            if (!theirs)
                continue;
            mine.failures += theirs.failures;
            mine.checked += theirs.checked;
            let incoming = theirs.samples.map(shift);
            if (name === "unique" && this.seen && state.unique) {
                const cross = this.mergeUnique(state.unique, lineOffset, rowOffset);
                mine.failures += cross.length;
                incoming = [...incoming, ...cross].sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
            }
            for (const s of incoming) {
                if (mine.samples.length >= MAX_SAMPLES)
                    break;
                mine.samples.push(s);
            }
        }
    }
    /** Adds another part's unique values; returns the duplicates (in row order, at most MAX_SAMPLES + their count). */
    mergeUnique(entries, lineOffset, rowOffset) {
        const cross = [];
        for (let i = 0; i < entries.length; i += 4) {
            const line = entries[i + 2] + lineOffset;
            const row = entries[i + 3] + rowOffset;
            if (!this.seen.add(entries[i], entries[i + 1], line, row))
                cross.push({ file: this.where.file, line, row, value: CROSS_PART_DUPLICATE });
        }
        return cross;
    }
    /** Results for this column, given its final counts. */
    results(profiler) {
        const out = [];
        const s = this.schema;
        const t = this.tallies;
        const result = (check, c, expected, tally, observed) => {
            const passed = tally.checked === 0
                ? true
                : (tally.checked - tally.failures) / tally.checked >= c.mostly &&
                    (c.mostly < 1 ? true : tally.failures === 0);
            const r = {
                check,
                column: this.name,
                severity: c.severity,
                passed,
                expected,
                failures: tally.failures,
                checked: tally.checked,
                samples: tally.samples,
            };
            if (observed !== undefined)
                r.observed = observed;
            if (c.mostly < 1)
                r.mostly = c.mostly;
            return r;
        };
        if (this.type) {
            const kinds = [
                [profiler.integers, "integer"],
                [profiler.decimals, "number"],
                [profiler.booleans, "boolean"],
                [profiler.datetimes, "datetime"],
                [profiler.texts, "text"],
            ]
                .filter(([n]) => n > 0)
                .map(([n, k]) => `${n} ${k}`)
                .join(", ");
            out.push(result("type", this.type, this.type.value, t.type, kinds || "no values"));
        }
        const nullable = constraint(s.nullable, s);
        t.missing.checked = profiler.rows;
        if (nullable && nullable.value === false)
            out.push(result("not-null", nullable, "no missing values", t.missing, `${profiler.missing} missing`));
        const ratio = constraint(s.maxMissingRatio, s);
        if (ratio) {
            const observed = profiler.rows ? profiler.missing / profiler.rows : 0;
            const passed = observed <= ratio.value;
            out.push({
                check: "max-missing-ratio",
                column: this.name,
                severity: ratio.severity,
                passed,
                expected: `missing ratio ≤ ${ratio.value}`,
                observed: (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(observed),
                failures: passed ? 0 : profiler.missing,
                checked: profiler.rows,
                samples: passed ? [] : t.missing.samples,
            });
        }
        if (this.min)
            out.push(result("min", this.min, `≥ ${String(this.min.value)}`, t.min));
        if (this.max)
            out.push(result("max", this.max, `≤ ${String(this.max.value)}`, t.max));
        if (this.allowed)
            out.push(result("allowed", this.allowed, `one of ${this.allowed.value
                .slice(0, 20)
                .map((v) => JSON.stringify(v))
                .join(", ")}${this.allowed.value.length > 20 ? ", …" : ""}`, t.allowed));
        if (this.regex)
            out.push(result("regex", this.regex, `matches /${this.regex.value}/ (values up to ${this.regexMaxLength} characters)`, t.regex));
        if (this.unique?.value)
            out.push(result("unique", this.unique, "unique values", t.unique, `${t.unique.failures} duplicates`));
        return out;
    }
}
const encoder = new TextEncoder();
function cellText(kind, value, buf, start, end) {
    if (end > start)
        return (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._6)(buf, start, end);
    if (kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Datetime)
        return new Date(value).toISOString();
    if (kind === _column_js__WEBPACK_IMPORTED_MODULE_2__/* .CellKind */ .B9.Boolean)
        return value ? "true" : "false";
    return String(value);
}
function toNumber(v) {
    if (typeof v === "number")
        return v;
    const ms = Date.parse(v);
    if (Number.isNaN(ms))
        return Number(v);
    return ms;
}
/** Dataset-level checks: required and unexpected columns, row-count bounds. */
function datasetChecks(schema, columns, rows) {
    const out = [];
    const present = new Set(columns);
    for (const [name, col] of Object.entries(schema.columns)) {
        const required = constraint(col.required, col) ?? {
            value: true,
            severity: col.severity ?? "error",
            mostly: 1,
        };
        if (!required.value)
            continue;
        const ok = present.has(name);
        out.push({
            check: "required-column",
            column: name,
            severity: required.severity,
            passed: ok,
            expected: "column present",
            observed: ok ? "present" : "missing",
            failures: ok ? 0 : 1,
            checked: 1,
            samples: [],
        });
    }
    const policy = schema.unexpectedColumns ?? "error";
    if (policy !== "ignore") {
        for (const name of columns) {
            if (name in schema.columns)
                continue;
            out.push({
                check: "unexpected-column",
                column: name,
                severity: policy,
                passed: false,
                expected: "only the schema's columns",
                observed: "present",
                failures: 1,
                checked: 1,
                samples: [],
            });
        }
    }
    if (schema.rows && (schema.rows.min !== undefined || schema.rows.max !== undefined)) {
        const { min, max } = schema.rows;
        const ok = (min === undefined || rows >= min) && (max === undefined || rows <= max);
        const expected = [min !== undefined ? `≥ ${min}` : "", max !== undefined ? `≤ ${max}` : ""]
            .filter(Boolean)
            .join(" and ");
        out.push({
            check: "row-count",
            column: null,
            severity: schema.rows.severity ?? "error",
            passed: ok,
            expected: `rows ${expected}`,
            observed: String(rows),
            failures: ok ? 0 : 1,
            checked: 1,
            samples: [],
        });
    }
    return out;
}
/**
 * A schema inferred from profiles, for review: types, nullability, the observed range (as
 * warnings: new extremes are worth a look, not a failure), small category domains, uniqueness.
 */
function inferSchema(profiles, rows) {
    const columns = {};
    for (const [name, p] of Object.entries(profiles)) {
        const c = { type: p.type };
        c.nullable = p.missing > 0;
        if ((p.type === "integer" || p.type === "number" || p.type === "datetime") &&
            p.min != null &&
            p.max != null) {
            c.min = { value: p.min, severity: "warning" };
            c.max = { value: p.max, severity: "warning" };
        }
        if (p.type === "categorical" && p.top && p.top.length === p.distinct)
            c.allowed = p.top.map((t) => t.value).sort();
        if ((p.type === "integer" || p.type === "string") &&
            p.count >= 50 &&
            p.distinct === p.count &&
            exactDistinct(p))
            c.unique = true;
        columns[name] = c;
    }
    return {
        $schema: "https://mlops-actions.dev/schemas/data-schema.v1.json",
        kind: "mlops.data-schema",
        version: 1,
        columns,
        unexpectedColumns: "error",
        rows: { min: rows > 0 ? 1 : 0 },
    };
}
function exactDistinct(p) {
    const s = p.sketches;
    if (p.type === "integer")
        return s?.distribution?.exact !== undefined;
    return s?.text?.exact === true;
}


/***/ }),

/***/ 39810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ mergeSegments),
/* harmony export */   E3: () => (/* binding */ mergeSegment),
/* harmony export */   ED: () => (/* binding */ segmentSchemaOf),
/* harmony export */   nK: () => (/* binding */ profileSegment)
/* harmony export */ });
/* unused harmony exports withoutLocation, segmentState */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17198);
/* harmony import */ var _dataset_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92302);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27211);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49451);
/* harmony import */ var _split_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3422);






/** The schema entries segments check (what a worker or shard needs of a schema). */
function segmentSchemaOf(schema) {
    return schema ? { columns: schema.columns, regexMaxLength: schema.regexMaxLength } : null;
}
/** Profiles one segment (on whatever thread calls it). */
async function profileSegment(job) {
    const checkers = new Map();
    const where = { file: job.file };
    const dataset = new _dataset_js__WEBPACK_IMPORTED_MODULE_2__/* .DatasetProfiler */ .ib({
        format: job.format,
        delimiter: job.delimiter,
        maxRowBytes: job.maxRowBytes,
        maxColumns: job.maxColumns,
        onColumn: (column) => {
            const spec = job.schema?.columns[column.name];
            if (!spec)
                return;
            const checker = new _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ColumnChecker */ .qj(column.name, spec, where, job.schema?.regexMaxLength, true);
            checkers.set(column.name, checker);
            column.observer = checker;
        },
    });
    let start = job.start ?? 0;
    let end = start;
    let lines = 0;
    let error = null;
    try {
        let header = null;
        if (job.start === undefined && job.nominalStart > 0)
            start = await (0,_split_js__WEBPACK_IMPORTED_MODULE_5__/* .findRecordStart */ .VW)(job.path, job.nominalStart);
        if (start > 0) {
            const h = await (0,_split_js__WEBPACK_IMPORTED_MODULE_5__/* .readCsvHeader */ .km)(job.path, { delimiter: csvDelimiter(job), maxColumns: job.maxColumns });
            header = h.names;
            start = Math.max(start, h.end);
        }
        const range = { start, end: Math.max(start, job.nominalEnd), header };
        const stopped = await dataset.read(job.path, range);
        end = stopped?.end ?? start;
        lines = stopped?.lines ?? 0;
    }
    catch (caught) {
        if (!(caught instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f))
            throw caught;
        error = {
            code: caught.code,
            message: withoutLocation(caught),
            path: caught.location?.file ?? job.path,
            ...(caught.location?.line !== undefined ? { line: caught.location.line } : {}),
            ...(caught.location?.column !== undefined ? { column: caught.location.column } : {}),
        };
    }
    return segmentState(dataset, checkers, job.file, { start, end, lines, error });
}
/** A DataError's message without the "file line N column C: " its constructor put in front. */
function withoutLocation(error) {
    const loc = error.location ?? {};
    const where = [loc.file ?? ""];
    if (loc.line !== undefined)
        where.push(`line ${loc.line}`);
    if (loc.column !== undefined)
        where.push(typeof loc.column === "number" ? `column ${loc.column}` : `column '${loc.column}'`);
    const prefix = `${where.join(" ")}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}
function csvDelimiter(job) {
    if (job.delimiter !== undefined)
        return job.delimiter;
    const ext = node_path__WEBPACK_IMPORTED_MODULE_0___default().extname(job.file).toLowerCase();
    return job.format === "tsv" || (job.format !== "csv" && (ext === ".tsv" || ext === ".tab"))
        ? "\t"
        : undefined;
}
/** The state of a profiled segment. */
function segmentState(dataset, checkers, file, range) {
    const columns = [...dataset.columns.keys()];
    const ragged = dataset.ragged[0] ?? null; // one file per segment
    return {
        file,
        format: [...dataset.formats][0] ?? "csv",
        start: range.start,
        end: range.end,
        lines: range.lines,
        rows: dataset.rows,
        columns,
        sketches: columns.map((c) => dataset.columns.get(c).sketches()),
        checks: columns.map((c) => checkers.get(c)?.state() ?? null),
        ragged: ragged ? { count: ragged.count, samples: ragged.samples } : null,
        error: range.error,
    };
}
/**
 * Adds a segment that follows the data already in `dataset` (the same file continued, or the next
 * file): sketches merged, rows and lines shifted, checker states merged into `checkers` (the
 * dataset's onColumn attaches them). A segment that stopped on a malformed record throws its
 * error, with the line it has in the whole file.
 */
function mergeSegment(dataset, checkers, segment, lineOffset) {
    const rowOffset = dataset.rows;
    dataset.formats.add(segment.format);
    if (segment.columns.length) {
        const columns = dataset.matchColumns(segment.file, segment.columns, false);
        columns.forEach((column, k) => {
            column.merge(segment.sketches[k]);
            const state = segment.checks[k];
            const checker = checkers.get(column.name);
            if (state && checker)
                checker.merge(state, lineOffset, rowOffset);
        });
    }
    dataset.rows += segment.rows;
    if (segment.ragged) {
        let ragged = dataset.ragged.find((r) => r.file === segment.file);
        if (!ragged)
            dataset.ragged.push((ragged = { file: segment.file, count: 0, samples: [] }));
        ragged.count += segment.ragged.count;
        for (const s of segment.ragged.samples)
            if (ragged.samples.length < 5)
                ragged.samples.push({ ...s, line: s.line + lineOffset });
    }
    if (segment.error) {
        const { code, message, line, column } = segment.error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .f(code, message, {
            file: segment.error.path,
            ...(line !== undefined ? { line: line + lineOffset } : {}),
            ...(column !== undefined ? { column } : {}),
        });
    }
}
/**
 * Merges segments in dataset order into `dataset`: each file's segments must tile it (the first
 * starts at 0, each starts where the one before ended, the last ends at the end of the file).
 * A segment that stopped on malformed data ends the merge with its error, as one pass would.
 */
function mergeSegments(dataset, checkers, where, segments, sizes) {
    let file = null;
    let end = 0;
    const done = (f) => {
        const size = sizes?.get(f);
        if (size !== undefined && end !== size)
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'merge': the partials cover ${f} only up to byte ${end} of ${size}; a shard of it is missing`, { code: "partial-mismatch" });
    };
    for (const s of segments) {
        if (s.file !== file) {
            if (file !== null)
                done(file);
            file = s.file;
            end = 0;
        }
        where.file = s.file;
        if (sizes && s.start !== end)
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'merge': ${s.file}: ${s.from ?? "a partial"} starts at byte ${s.start}, but the part before it ends at byte ${end}: the file has a quote inside an unquoted field (not RFC 4180), so shards cannot find record starts on their own; validate it in one job (threads still use every core)`, { code: "partial-mismatch" });
        mergeSegment(dataset, checkers, s, s.firstLine - 1);
        end = s.end;
    }
    if (file !== null)
        done(file);
}


/***/ }),

/***/ 217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ rankOf),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   zm: () => (/* binding */ Distribution)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44745);
/* harmony import */ var _hll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54567);
/* harmony import */ var _kll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25138);



class Distribution {
    exactLimit;
    n = 0;
    counts = new Map();
    kll = null;
    hll = null;
    constructor(exactLimit = 20_000) {
        this.exactLimit = exactLimit;
    }
    get exact() {
        return this.counts !== null;
    }
    add(x) {
        this.n++;
        const counts = this.counts;
        if (counts !== null) {
            const c = counts.get(x);
            if (c !== undefined) {
                counts.set(x, c + 1);
                return;
            }
            if (counts.size < this.exactLimit) {
                counts.set(x, 1);
                return;
            }
            this.toSketch();
        }
        this.kll.add(x);
        this.hll.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(x));
    }
    /** Adds `count` copies of x. */
    addCount(x, count) {
        if (count === 1)
            return this.add(x);
        const counts = this.counts;
        if (counts !== null) {
            const c = counts.get(x);
            if (c !== undefined || counts.size < this.exactLimit) {
                counts.set(x, (c ?? 0) + count);
                this.n += count;
                return;
            }
            this.toSketch();
        }
        this.n += count;
        for (let i = 0; i < count; i++)
            this.kll.add(x);
        this.hll.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(x));
    }
    toSketch() {
        const kll = new _kll_js__WEBPACK_IMPORTED_MODULE_1__/* .Kll */ .O();
        const hll = new _hll_js__WEBPACK_IMPORTED_MODULE_2__/* .HyperLogLog */ .l();
        const entries = [...this.counts].sort((a, b) => a[0] - b[0]);
        for (const [v, c] of entries) {
            hll.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(v));
            for (let i = 0; i < c; i++)
                kll.add(v);
        }
        this.kll = kll;
        this.hll = hll;
        this.counts = null;
    }
    distinct() {
        return this.counts ? this.counts.size : Math.round(this.hll.estimate());
    }
    weighted() {
        if (this.counts) {
            const entries = [...this.counts].sort((a, b) => a[0] - b[0]);
            const values = new Float64Array(entries.length);
            const weights = new Float64Array(entries.length);
            entries.forEach(([v, c], i) => {
                values[i] = v;
                weights[i] = c;
            });
            return { values, weights, total: this.n, exact: true };
        }
        const { values, weights } = this.kll.weighted();
        // KLL weights sum to ≈ n; rescale so ranks are fractions of n.
        let sum = 0;
        for (const w of weights)
            sum += w;
        if (sum > 0 && sum !== this.n)
            for (let i = 0; i < weights.length; i++)
                weights[i] = (weights[i] * this.n) / sum;
        return { values, weights, total: this.n, exact: false };
    }
    /** Exact value counts (exact mode only). */
    valueCounts() {
        return this.counts;
    }
    merge(other) {
        const state = other instanceof Distribution ? other.toJSON() : other;
        let from = 0;
        if (state.exact && this.counts) {
            for (; from < state.exact.length; from++) {
                const [v, c] = state.exact[from];
                const had = this.counts.get(v);
                if (had === undefined && this.counts.size >= this.exactLimit)
                    break;
                this.counts.set(v, (had ?? 0) + c);
            }
            if (from === state.exact.length) {
                this.n += state.n;
                return;
            }
        }
        if (this.counts)
            this.toSketch();
        if (state.exact) {
            for (; from < state.exact.length; from++) {
                const [v, c] = state.exact[from];
                this.hll.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(v));
                for (let i = 0; i < c; i++)
                    this.kll.add(v);
            }
        }
        else {
            this.kll.merge(state.kll);
            this.hll.merge(_hll_js__WEBPACK_IMPORTED_MODULE_2__/* .HyperLogLog */ .l.from(state.hll));
        }
        this.n += state.n;
    }
    toJSON() {
        if (this.counts)
            return { n: this.n, exact: [...this.counts].sort((a, b) => a[0] - b[0]) };
        return { n: this.n, kll: this.kll.toJSON(), hll: this.hll.toJSON() };
    }
    static from(state) {
        const d = new Distribution();
        d.merge(state);
        return d;
    }
}
/** Quantile q of weighted points, linear interpolation between ranks as numpy/pandas (type 7). */
function quantile(w, q) {
    const n = w.total;
    if (w.values.length === 0)
        return NaN;
    const position = (n - 1) * q; // 0-based rank
    const lo = Math.floor(position);
    const frac = position - lo;
    const a = valueAtRank(w, lo);
    if (frac === 0)
        return a;
    const b = valueAtRank(w, lo + 1);
    return a + (b - a) * frac;
}
/** The value of 0-based rank r (r-th smallest). */
function valueAtRank(w, r) {
    let cum = 0;
    for (let i = 0; i < w.values.length; i++) {
        cum += w.weights[i];
        if (r < cum - 1e-9)
            return w.values[i];
    }
    return w.values[w.values.length - 1];
}
/** Weight of points ≤ x (inclusive) or < x. */
function rankOf(w, x, inclusive) {
    let lo = 0;
    let hi = w.values.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const v = w.values[mid];
        if (inclusive ? v <= x : v < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    let sum = 0;
    for (let i = 0; i < lo; i++)
        sum += w.weights[i];
    return sum;
}


/***/ }),

/***/ 30417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ Frequencies)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44745);
/* harmony import */ var _hll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54567);


const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();
class Frequencies {
    exactLimit;
    topK;
    n = 0;
    // Exact table.
    slots = new Int32Array(64).fill(-1);
    hashes = new Int32Array(32);
    keyStart = new Int32Array(32);
    keyLen = new Int32Array(32);
    counts = new Float64Array(32);
    arena = new Uint8Array(1024);
    arenaUsed = 0;
    size = 0;
    // Approximate mode.
    summary = null;
    hll = null;
    scratch = new Uint8Array(256);
    shortKeys = new Int32Array(1024).fill(-1);
    shortEntries = new Int32Array(1024);
    constructor(exactLimit = 20_000, topK = 2_000) {
        this.exactLimit = exactLimit;
        this.topK = topK;
    }
    get exact() {
        return this.summary === null;
    }
    /** Distinct values seen (exact, or the HyperLogLog estimate). */
    distinct() {
        return this.hll ? Math.round(this.hll.estimate()) : this.size;
    }
    addBytes(buf, start, end, count = 1) {
        const len = end - start;
        if (len <= 3 && this.summary === null) {
            // Short values (codes, flags) packed into one integer: a direct-mapped cache of entries.
            const key = (len << 24) |
                (len > 0 ? buf[start] : 0) |
                (len > 1 ? buf[start + 1] << 8 : 0) |
                (len > 2 ? buf[start + 2] << 16 : 0);
            const slot = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .fmix32 */ .sT)(key) & 1023;
            if (this.shortKeys[slot] === key) {
                this.n += count;
                this.counts[this.shortEntries[slot]] += count;
                return;
            }
            const e = this.addExact(buf, start, end, count);
            if (e >= 0) {
                this.shortKeys[slot] = key;
                this.shortEntries[slot] = e;
            }
            return;
        }
        this.addExact(buf, start, end, count);
    }
    /** Adds to the exact table; returns the entry, or -1 when the value went to the summary. */
    addExact(buf, start, end, count) {
        this.n += count;
        const h = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .yi)(buf, start, end);
        if (this.summary !== null) {
            this.hll.add(h);
            this.addApprox(decoder.decode(buf.subarray(start, end)), count);
            return -1;
        }
        const mask = this.slots.length - 1;
        let slot = h & mask;
        const len = end - start;
        for (;;) {
            const e = this.slots[slot];
            if (e === -1)
                break;
            if (this.hashes[e] === (h | 0) && this.keyLen[e] === len && this.sameKey(e, buf, start, len)) {
                this.counts[e] += count;
                return e;
            }
            slot = (slot + 1) & mask;
        }
        if (this.size >= this.exactLimit) {
            this.toApprox();
            this.n -= count;
            this.addExact(buf, start, end, count);
            return -1;
        }
        const e = this.size++;
        if (e >= this.hashes.length)
            this.growEntries();
        if (this.arenaUsed + len > this.arena.length) {
            const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
            bigger.set(this.arena.subarray(0, this.arenaUsed));
            this.arena = bigger;
        }
        this.arena.set(buf.subarray(start, end), this.arenaUsed);
        this.hashes[e] = h;
        this.keyStart[e] = this.arenaUsed;
        this.keyLen[e] = len;
        this.counts[e] = count;
        this.arenaUsed += len;
        this.slots[slot] = e;
        if (this.size * 2 > this.slots.length)
            this.rehash();
        return e;
    }
    addString(value, count = 1) {
        if (this.scratch.length < value.length * 3)
            this.scratch = new Uint8Array(value.length * 3);
        const { written } = encoder.encodeInto(value, this.scratch);
        this.addBytes(this.scratch, 0, written, count);
    }
    sameKey(e, buf, start, len) {
        const a = this.arena;
        const s = this.keyStart[e];
        for (let i = 0; i < len; i++)
            if (a[s + i] !== buf[start + i])
                return false;
        return true;
    }
    growEntries() {
        const size = this.hashes.length * 2;
        const grow = (a, make) => {
            const b = make(size);
            b.set(a);
            return b;
        };
        this.hashes = grow(this.hashes, (n) => new Int32Array(n));
        this.keyStart = grow(this.keyStart, (n) => new Int32Array(n));
        this.keyLen = grow(this.keyLen, (n) => new Int32Array(n));
        this.counts = grow(this.counts, (n) => new Float64Array(n));
    }
    rehash() {
        const slots = new Int32Array(this.slots.length * 2).fill(-1);
        const mask = slots.length - 1;
        for (let e = 0; e < this.size; e++) {
            let slot = this.hashes[e] & mask;
            while (slots[slot] !== -1)
                slot = (slot + 1) & mask;
            slots[slot] = e;
        }
        this.slots = slots;
    }
    toApprox() {
        const hll = new _hll_js__WEBPACK_IMPORTED_MODULE_1__/* .HyperLogLog */ .l();
        const summary = new Map();
        for (let e = 0; e < this.size; e++) {
            hll.add(this.hashes[e] >>> 0);
            summary.set(this.key(e), this.counts[e]);
        }
        this.hll = hll;
        this.summary = summary;
        this.prune();
        this.slots = new Int32Array(0);
        this.arena = new Uint8Array(0);
        this.size = 0;
    }
    key(e) {
        return decoder.decode(this.arena.subarray(this.keyStart[e], this.keyStart[e] + this.keyLen[e]));
    }
    addApprox(key, count) {
        const s = this.summary;
        s.set(key, (s.get(key) ?? 0) + count);
        if (s.size > this.topK * 2)
            this.prune();
    }
    /** Misra–Gries, batched: subtract the (topK+1)-th largest count from all, drop the non-positive. */
    prune() {
        const s = this.summary;
        if (s.size <= this.topK)
            return;
        const values = [...s.values()].sort((a, b) => b - a);
        const cut = values[this.topK];
        for (const [k, v] of s) {
            if (v <= cut)
                s.delete(k);
            else
                s.set(k, v - cut);
        }
    }
    /** Every (value, count), most frequent first (ties by value). */
    entries() {
        const out = [];
        if (this.summary)
            for (const [k, v] of this.summary)
                out.push([k, v]);
        else
            for (let e = 0; e < this.size; e++)
                out.push([this.key(e), this.counts[e]]);
        return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    /** Looks a value up (exact mode; in approximate mode a lower bound or 0). */
    count(value) {
        if (this.summary)
            return this.summary.get(value) ?? 0;
        const bytes = encoder.encode(value);
        const h = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .yi)(bytes, 0, bytes.length);
        const mask = this.slots.length - 1;
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const e = this.slots[slot];
            if (e === -1)
                return 0;
            if (this.hashes[e] === (h | 0) &&
                this.keyLen[e] === bytes.length &&
                this.sameKey(e, bytes, 0, bytes.length))
                return this.counts[e];
        }
    }
    merge(other) {
        const state = other instanceof Frequencies ? other.toJSON() : other;
        const before = this.n;
        if (!state.exact && this.summary === null)
            this.toApprox();
        for (const [k, v] of state.counts) {
            if (this.summary)
                this.summary.set(k, (this.summary.get(k) ?? 0) + v);
            else
                this.addString(k, v);
        }
        if (this.summary) {
            if (state.hll)
                this.hll.merge(_hll_js__WEBPACK_IMPORTED_MODULE_1__/* .HyperLogLog */ .l.from(state.hll));
            else
                for (const [k] of state.counts) {
                    const b = encoder.encode(k);
                    this.hll.add((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .yi)(b, 0, b.length));
                }
            this.prune();
        }
        this.n = before + state.n;
    }
    toJSON() {
        const state = { exact: this.exact, n: this.n, counts: this.entries() };
        if (this.hll)
            state.hll = this.hll.toJSON();
        return state;
    }
    static from(state) {
        const f = new Frequencies();
        f.merge(state);
        return f;
    }
}


/***/ }),

/***/ 54567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ HyperLogLog)
/* harmony export */ });
/**
 * HyperLogLog distinct counter (Flajolet et al. 2007) with 2^14 registers: standard error
 * 1.04/√16384 ≈ 0.8%, linear counting for small cardinalities. Mergeable (register-wise max).
 */
class HyperLogLog {
    static P = 14;
    registers;
    constructor(registers) {
        this.registers = registers ?? new Uint8Array(1 << HyperLogLog.P);
    }
    /** Adds a 32-bit hash. */
    add(hash) {
        const index = hash >>> (32 - HyperLogLog.P);
        const rest = (hash << HyperLogLog.P) | (1 << (HyperLogLog.P - 1));
        const rank = Math.clz32(rest) + 1;
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    merge(other) {
        const r = this.registers;
        const o = other.registers;
        for (let i = 0; i < r.length; i++)
            if (o[i] > r[i])
                r[i] = o[i];
    }
    estimate() {
        const m = this.registers.length;
        let sum = 0;
        let zeros = 0;
        for (let i = 0; i < m; i++) {
            const r = this.registers[i];
            sum += 2 ** -r;
            if (r === 0)
                zeros++;
        }
        const alpha = 0.7213 / (1 + 1.079 / m);
        const raw = (alpha * m * m) / sum;
        if (raw <= 2.5 * m && zeros > 0)
            return m * Math.log(m / zeros);
        // 32-bit hash: correct for collisions near 2^32.
        const two32 = 4294967296;
        if (raw > two32 / 30)
            return -two32 * Math.log(1 - raw / two32);
        return raw;
    }
    toJSON() {
        return Buffer.from(this.registers).toString("base64");
    }
    static from(base64) {
        const bytes = Buffer.from(base64, "base64");
        if (bytes.length !== 1 << HyperLogLog.P)
            throw new Error("invalid HyperLogLog registers");
        return new HyperLogLog(new Uint8Array(bytes));
    }
}


/***/ }),

/***/ 25138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ Kll)
/* harmony export */ });
const C = 2 / 3;
class Kll {
    k;
    n = 0;
    levels = [[]];
    size = 0;
    capacity;
    seed;
    constructor(k = 400, seed = 0x2545f491) {
        this.k = k;
        this.seed = seed >>> 0 || 1;
        this.capacity = this.computeCapacity();
    }
    levelCapacity(h) {
        const depth = this.levels.length - h - 1;
        return Math.max(2, Math.ceil(this.k * Math.pow(C, depth)));
    }
    computeCapacity() {
        let total = 0;
        for (let h = 0; h < this.levels.length; h++)
            total += this.levelCapacity(h);
        return total;
    }
    random() {
        // xorshift32: deterministic, so the same data always gives the same sketch.
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x >>> 0;
        return this.seed & 1;
    }
    add(x) {
        this.levels[0].push(x);
        this.n++;
        if (++this.size >= this.capacity)
            this.compress();
    }
    compress() {
        for (let h = 0; h < this.levels.length; h++) {
            const level = this.levels[h];
            if (level.length >= this.levelCapacity(h)) {
                if (h + 1 >= this.levels.length) {
                    this.levels.push([]);
                    this.capacity = this.computeCapacity();
                }
                level.sort((a, b) => a - b);
                // An odd item stays behind; the rest halve into the next level.
                const keep = level.length % 2 === 1 ? level.pop() : undefined;
                const offset = this.random();
                const up = this.levels[h + 1];
                for (let i = offset; i < level.length; i += 2)
                    up.push(level[i]);
                level.length = 0;
                if (keep !== undefined)
                    level.push(keep);
                this.size = this.countSize();
                if (this.size < this.capacity)
                    break;
            }
        }
    }
    countSize() {
        let s = 0;
        for (const l of this.levels)
            s += l.length;
        return s;
    }
    merge(other) {
        while (this.levels.length < other.levels.length)
            this.levels.push([]);
        for (let h = 0; h < other.levels.length; h++)
            for (const x of other.levels[h])
                this.levels[h].push(x);
        this.n += other.n;
        this.capacity = this.computeCapacity();
        this.size = this.countSize();
        while (this.size >= this.capacity) {
            const before = this.size;
            this.compress();
            if (this.size >= before)
                break;
        }
    }
    /** Sorted values with their weights. */
    weighted() {
        const pairs = [];
        this.levels.forEach((level, h) => {
            const w = 2 ** h;
            for (const x of level)
                pairs.push([x, w]);
        });
        pairs.sort((a, b) => a[0] - b[0]);
        const values = new Float64Array(pairs.length);
        const weights = new Float64Array(pairs.length);
        pairs.forEach(([v, w], i) => {
            values[i] = v;
            weights[i] = w;
        });
        return { values, weights };
    }
    toJSON() {
        return { k: this.k, n: this.n, levels: this.levels.map((l) => [...l]), seed: this.seed };
    }
    static from(state) {
        const s = new Kll(state.k, state.seed);
        s.levels = state.levels.map((l) => [...l]);
        s.n = state.n;
        s.capacity = s.computeCapacity();
        s.size = s.countSize();
        return s;
    }
}


/***/ }),

/***/ 53942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ Moments)
/* harmony export */ });
class Moments {
    n = 0;
    mean = 0;
    m2 = 0;
    min = Infinity;
    max = -Infinity;
    add(x) {
        const n = ++this.n;
        const delta = x - this.mean;
        this.mean += delta / n;
        this.m2 += delta * (x - this.mean);
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
    }
    /** Adds `count` copies of x at once. */
    addMany(x, count) {
        const other = new Moments();
        other.n = count;
        other.mean = x;
        other.min = x;
        other.max = x;
        this.merge(other);
    }
    merge(other) {
        if (other.n === 0)
            return;
        if (this.n === 0) {
            this.n = other.n;
            this.mean = other.mean;
            this.m2 = other.m2;
            this.min = other.min;
            this.max = other.max;
            return;
        }
        const n = this.n + other.n;
        const delta = other.mean - this.mean;
        this.mean += (delta * other.n) / n;
        this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
        this.n = n;
        if (other.min < this.min)
            this.min = other.min;
        if (other.max > this.max)
            this.max = other.max;
    }
    /** Sample variance (ddof = 1), as pandas' std; null below two values. */
    variance(ddof = 1) {
        return this.n > ddof ? this.m2 / (this.n - ddof) : null;
    }
    std(ddof = 1) {
        const v = this.variance(ddof);
        return v === null ? null : Math.sqrt(Math.max(0, v));
    }
    toJSON() {
        return { n: this.n, mean: this.mean, m2: this.m2, min: this.min, max: this.max };
    }
    static from(state) {
        const m = new Moments();
        m.merge(state);
        return m;
    }
}


/***/ }),

/***/ 3422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VW: () => (/* binding */ findRecordStart),
/* harmony export */   km: () => (/* binding */ readCsvHeader),
/* harmony export */   t7: () => (/* binding */ countLineFeeds),
/* harmony export */   y4: () => (/* binding */ cutPoints)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5202);


/*
 * Where a CSV file may be cut into byte ranges (threads, matrix shards). A record starts after a
 * line feed that is outside quotes; in RFC 4180 text a position is outside quotes exactly when
 * an even number of quote characters precede it (an opening and a closing quote, or a doubled
 * quote, toggle twice). So the first record start at or after a byte is found by counting the
 * quotes before it (memchr speed) and then looking for the next line feed at even parity.
 *
 * A quote inside an unquoted field (`5" screen`, accepted by the reader as text) breaks the
 * parity. That case is caught, never silently mis-split: each range is read until the first
 * record start at or after its end, so the range before a cut knows the true boundary; a cut
 * found by parity that disagrees with it is redone from the true boundary (threads) or is an
 * error naming the file and byte (matrix shards, where the parts were read on other machines).
 */
const LF = 10;
const QUOTE = 34;
const CHUNK = 1 << 20;
/** The first record start at or after byte `at` (the file size when there is none). */
async function findRecordStart(file, at) {
    if (at <= 0)
        return 0;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, "r");
    try {
        const buf = Buffer.allocUnsafe(CHUNK);
        let base = 0;
        let quotes = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, CHUNK, base);
            if (bytesRead === 0)
                return base;
            const chunk = buf.subarray(0, bytesRead);
            // Bytes before at - 1 only count quotes; from at - 1 on, a line feed at even parity ends it.
            const scanFrom = Math.max(0, at - 1 - base);
            let i = 0;
            const countTo = Math.min(scanFrom, bytesRead);
            for (let q = chunk.indexOf(QUOTE, 0); q !== -1 && q < countTo; q = chunk.indexOf(QUOTE, q + 1))
                quotes++;
            i = countTo;
            while (i < bytesRead) {
                const lf = chunk.indexOf(LF, i);
                const q = chunk.indexOf(QUOTE, i);
                if (q !== -1 && (lf === -1 || q < lf)) {
                    quotes++;
                    i = q + 1;
                    continue;
                }
                if (lf === -1)
                    break;
                if ((quotes & 1) === 0)
                    return base + lf + 1;
                i = lf + 1;
            }
            base += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
}
/** The header's column names and the byte offset of the first data record. */
async function readCsvHeader(file, options) {
    let names = [];
    const { end, lines } = await new _csv_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvReader */ .cv(file, options).read({
        header: (n) => {
            names = n;
        },
        row: () => { },
        ragged: () => { },
    }, { start: 0, end: 1, header: null });
    return { names, end, lines };
}
/** Nominal cut points splitting [0, size) into `parts` equal byte ranges. */
function cutPoints(size, parts) {
    const out = [];
    for (let k = 0; k <= parts; k++)
        out.push(Math.floor((size * k) / parts));
    return out;
}
/** Line feeds in [0, end): the physical line of byte `end` is this plus one. */
async function countLineFeeds(file, end) {
    if (end <= 0)
        return 0;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, "r");
    try {
        const buf = Buffer.allocUnsafe(CHUNK);
        let lines = 0;
        for (let base = 0; base < end;) {
            const { bytesRead } = await handle.read(buf, 0, Math.min(CHUNK, end - base), base);
            if (bytesRead === 0)
                break;
            const chunk = buf.subarray(0, bytesRead);
            for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1))
                lines++;
            base += bytesRead;
        }
        return lines;
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 48566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gz: () => (/* binding */ parseBaselineSpec),
/* harmony export */   j8: () => (/* binding */ readMetricsSource),
/* harmony export */   oL: () => (/* binding */ resolveBaseline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17198);



const FILE_EXT = /\.(json|ya?ml|csv)$/i;
function parseBaselineSpec(value, cwd) {
    const v = (value ?? "").trim();
    if (v === "" || v.toLowerCase() === "none")
        return { kind: "none" };
    const version = /^v?(\d+)$/.exec(v);
    if (version) {
        const n = Number(version[1]);
        if (!Number.isSafeInteger(n) || n < 1) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline: version ${JSON.stringify(v)} is not valid: versions start at 1`, {
                code: "input-invalid",
            });
        }
        return { kind: "version", version: n };
    }
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, v);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(resolved) || FILE_EXT.test(v) || v.includes("/") || v.includes("\\")) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(resolved)) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline: ${v}: file not found (give a metrics or RunRecord file, a registry alias such as production, a version number, or none)`, { code: "baseline-missing", location: { file: v } });
        }
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(resolved).isDirectory()) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline: ${v}: expected a file, found a directory`, {
                code: "baseline-missing",
                location: { file: v },
            });
        }
        return { kind: "file", path: v };
    }
    try {
        return { kind: "alias", alias: (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .checkAlias */ .ff)(v) };
    }
    catch (error) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline: ${JSON.stringify(v)} is neither none, a version number, an existing file, nor a valid alias (${error.message})`, { code: "input-invalid" });
    }
}
/** Metrics from a metrics file, a RunRecord or a ModelVersion document, with their identity. */
async function readMetricsSource(file, cwd) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file);
    if (/\.json$/i.test(file)) {
        const value = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .readJsonFile */ .JE)(full);
        const kind = value && typeof value === "object" ? value.kind : undefined;
        if (kind === "mlops.run") {
            const run = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)("mlops.run", value, file);
            return {
                source: file,
                metrics: run.metrics,
                version: null,
                runId: run.id,
                gitSha: run.git.sha,
                params: run.params,
                ...(run.model ? { modelPath: run.model.path } : {}),
            };
        }
        if (kind === "mlops.model-version") {
            const mv = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)("mlops.model-version", value, file);
            return {
                source: file,
                metrics: mv.metrics,
                version: mv.number,
                runId: mv.run?.id ?? null,
                gitSha: mv.lineage.gitSha,
                params: mv.params,
                ...(mv.artifact ? { artifact: mv.artifact } : {}),
            };
        }
        if (typeof kind === "string" && kind.startsWith("mlops.")) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: a '${kind}' document holds no model metrics; give a metrics file, a RunRecord or a ModelVersion`, { code: "document-kind", location: { file } });
        }
    }
    const metrics = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .readMetricsFile */ ._c)(full);
    return { source: file, metrics, version: null, runId: null, gitSha: null };
}
/**
 * The baseline's metrics, or null when there is none: `none`, or a registry without the model
 * or the alias (the very first model).
 */
async function resolveBaseline(spec, options) {
    if (spec.kind === "none")
        return null;
    if (spec.kind === "file")
        return { ...(await readMetricsSource(spec.path, options.cwd)), alias: null };
    const ref = spec.kind === "version" ? spec.version : spec.alias;
    if (!options.model) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline '${ref}' is looked up in the model registry, which needs the model name: set model (or baseline: none, or a metrics file)`, { code: "input-missing" });
    }
    if (!options.openRegistry) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline '${ref}': no model registry is available here; give a metrics file or none`, {
            code: "registry-unavailable",
        });
    }
    const registry = await options.openRegistry();
    const mv = spec.kind === "version"
        ? await registry.resolve(options.model, spec.version)
        : await registry.resolve(options.model, spec.alias, { optional: true });
    if (!mv) {
        options.logger.notice(`no baseline: model '${options.model}' has no '${ref}' version in the ${registry.kind} registry (${registry.location}) yet; only absolute gates apply`);
        return null;
    }
    return {
        source: `${registry.kind} registry ${registry.location}: ${options.model} v${mv.number}${spec.kind === "alias" ? ` (${spec.alias})` : ""}`,
        metrics: mv.metrics,
        version: mv.number,
        alias: spec.kind === "alias" ? spec.alias : null,
        runId: mv.run?.id ?? null,
        gitSha: mv.lineage.gitSha,
        params: mv.params,
        contentDigest: mv.contentDigest,
        ...(mv.artifact ? { artifact: mv.artifact } : {}),
        download: (dir) => registry.download(options.model, mv.number, dir),
    };
}


/***/ }),

/***/ 13367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ pointEstimates),
/* harmony export */   J9: () => (/* binding */ percentileInterval),
/* harmony export */   Wx: () => (/* binding */ pairedBootstrap)
/* harmony export */ });
/* unused harmony export BootstrapResult */
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45650);

class BootstrapResult {
    resamples;
    level;
    seed;
    candidateNames;
    baselineNames;
    candidateValues;
    baselineValues;
    constructor(resamples, level, seed, candidateNames, baselineNames, 
    /** resamples × metrics, row-major. */
    candidateValues, baselineValues) {
        this.resamples = resamples;
        this.level = level;
        this.seed = seed;
        this.candidateNames = candidateNames;
        this.baselineNames = baselineNames;
        this.candidateValues = candidateValues;
        this.baselineValues = baselineValues;
    }
    column(values, names, name) {
        const k = names.indexOf(name);
        if (k < 0)
            return null;
        const M = names.length;
        const out = new Float64Array(this.resamples);
        for (let b = 0; b < this.resamples; b++)
            out[b] = values[b * M + k];
        return out;
    }
    /** The resampled values of a metric for the candidate or the baseline. */
    values(model, name) {
        if (model === "candidate")
            return this.column(this.candidateValues, this.candidateNames, name);
        return this.baselineValues ? this.column(this.baselineValues, this.baselineNames, name) : null;
    }
    /** candidate − baseline per resample. */
    deltas(name) {
        const c = this.values("candidate", name);
        const b = this.values("baseline", name);
        if (!c || !b)
            return null;
        for (let i = 0; i < c.length; i++)
            c[i] = c[i] - b[i];
        return c;
    }
    intervals(name) {
        return {
            candidate: percentileInterval(this.values("candidate", name), this.level),
            baseline: percentileInterval(this.values("baseline", name), this.level),
            delta: percentileInterval(this.deltas(name), this.level),
        };
    }
    /**
     * One-sided p-value that the improvement (candidate − baseline, negated when lower is better)
     * is at most `margin`: (1 + #{resamples with improvement ≤ margin}) / (1 + resamples).
     */
    pValue(name, margin, greaterIsBetter) {
        const d = this.deltas(name);
        if (!d)
            return null;
        let count = 0;
        let used = 0;
        for (let i = 0; i < d.length; i++) {
            const v = d[i];
            if (Number.isNaN(v))
                continue;
            used++;
            if ((greaterIsBetter ? v : -v) <= margin)
                count++;
        }
        return used ? (1 + count) / (1 + used) : null;
    }
}
/** Percentile interval (numpy's linear interpolation); NaN resamples are left out. */
function percentileInterval(values, level) {
    if (!values)
        return null;
    const finite = values.filter((v) => !Number.isNaN(v)).sort();
    if (finite.length === 0)
        return null;
    const alpha = (1 - level) / 2;
    return [(0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(finite, alpha), (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(finite, 1 - alpha)];
}
/** Runs the paired bootstrap over n rows. */
function pairedBootstrap(n, candidate, baseline, options) {
    const B = options.resamples;
    const W = new Uint8Array(n);
    const state = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .seedState */ .B0)(options.seed);
    const Mc = candidate.names.length;
    const Mb = baseline?.names.length ?? 0;
    const cv = new Float64Array(B * Mc);
    const bv = baseline ? new Float64Array(B * Mb) : null;
    const outC = new Float64Array(Mc);
    const outB = new Float64Array(Mb);
    for (let b = 0; b < B; b++) {
        (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .fillPoissonWeights */ .It)(W, state);
        candidate.evaluate(W, outC);
        cv.set(outC, b * Mc);
        if (baseline && bv) {
            baseline.evaluate(W, outB);
            bv.set(outB, b * Mb);
        }
    }
    return new BootstrapResult(B, options.level, options.seed, candidate.names, baseline?.names ?? [], cv, bv);
}
/** Evaluates with every weight 1: the point estimates. */
function pointEstimates(n, evaluator) {
    const W = new Uint8Array(n).fill(1);
    const out = new Float64Array(evaluator.names.length);
    evaluator.evaluate(W, out);
    const metrics = {};
    evaluator.names.forEach((name, k) => (metrics[name] = out[k]));
    return metrics;
}


/***/ }),

/***/ 36522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ gatherColumn),
/* harmony export */   QW: () => (/* binding */ ColumnBuilder),
/* harmony export */   lx: () => (/* binding */ hashIntegerIdBytes),
/* harmony export */   oU: () => (/* binding */ ID_TEXT_ROWS),
/* harmony export */   of: () => (/* binding */ hashId),
/* harmony export */   tU: () => (/* binding */ plainNumberBytes),
/* harmony export */   v4: () => (/* binding */ IdBuilder),
/* harmony export */   wv: () => (/* binding */ IdIndex)
/* harmony export */ });
/* unused harmony exports trimmed, columnOf */
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


/***/ }),

/***/ 58357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateAgainstBaseline: () => (/* binding */ evaluateAgainstBaseline)
});

// UNUSED EXPORTS: DEFAULT_CACHE_DIR, REGISTERED_NOTE

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
// EXTERNAL MODULE: ./packages/metrics/src/baseline.ts
var baseline = __webpack_require__(48566);
// EXTERNAL MODULE: ./packages/metrics/src/bootstrap.ts
var bootstrap = __webpack_require__(13367);
// EXTERNAL MODULE: ./packages/metrics/src/evaluators.ts
var evaluators = __webpack_require__(33471);
// EXTERNAL MODULE: ./packages/metrics/src/gates.ts
var gates = __webpack_require__(14293);
// EXTERNAL MODULE: ./packages/metrics/src/paired-tests.ts
var paired_tests = __webpack_require__(9596);
// EXTERNAL MODULE: ./packages/metrics/src/predictions.ts
var predictions = __webpack_require__(98131);
// EXTERNAL MODULE: ./packages/metrics/src/rescore.ts
var rescore = __webpack_require__(39424);
// EXTERNAL MODULE: ./packages/metrics/src/stats.ts
var src_stats = __webpack_require__(45650);
// EXTERNAL MODULE: ./packages/metrics/src/task.ts
var src_task = __webpack_require__(40516);
// EXTERNAL MODULE: ./packages/metrics/src/summary.ts
var summary = __webpack_require__(73457);
;// CONCATENATED MODULE: ./packages/metrics/src/scan-models.ts

/*
 * evaluate's model scan: each side's model files are scanned with @mlops/scan (through the
 * registry's enforceScan, as register-model and deploy-model do) before the predict command
 * loads them, since pickle-based formats run code when loaded. `model-scan: fail` (default)
 * stops the step on a dangerous or unscannable file, naming it; `warn` goes on with warnings;
 * `off` skips the scan. The summaries go into the Comparison (scan.candidate, scan.baseline).
 */
const MODEL_SCAN_MODES = (/* unused pure expression or super */ null && (["fail", "warn", "off"]));
class ModelScans {
    mode;
    logger;
    result = { candidate: null, baseline: null };
    /** Sides whose files were looked at here (scanned, or skipped with model-scan: off). */
    seen = new Map();
    constructor(mode, logger) {
        this.mode = mode;
        this.logger = logger;
    }
    /** Scans `modelPath` once; throws StepFailed (model-scan-failed) under `fail` on a dangerous file. */
    async scan(side, modelPath, target) {
        const key = external_node_path_default().resolve(modelPath);
        if (this.seen.has(key))
            return;
        this.seen.set(key, side);
        const { enforceScan } = await __webpack_require__.e(/* import() */ 443).then(__webpack_require__.bind(__webpack_require__, 5443));
        const summary = await enforceScan(modelPath, this.mode, this.logger, {
            consequence: side === "candidate"
                ? "evaluate did not load or score the candidate"
                : "evaluate did not run the predict command on the baseline",
            ...(target.shown ? { shown: target.shown } : {}),
            context: target.context,
        });
        this.result[side] = summary;
    }
    /** The Comparison's `scan` (a side null when not scanned), or undefined when no side had model files here. */
    comparisonScan() {
        if (this.seen.size === 0)
            return undefined;
        return { candidate: this.result.candidate, baseline: this.result.baseline };
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/evaluate.ts
















/** Where cached baseline scores live, under the working directory. */
const DEFAULT_CACHE_DIR = ".mlops/cache";
const SLICE_DEFAULT_METRICS = [
    "accuracy",
    "f1",
    "roc_auc",
    "log_loss",
    "f1_macro",
    "roc_auc_ovr",
    "rmse",
    "mae",
    "r2",
];
const MAX_SLICE_VALUES = 1000;
/** Point metrics and the paired bootstrap; the evaluators are released when it returns. */
function resampled(prepared, options, seed) {
    // The baseline first: its argsort's scratch is freed before the candidate's evaluator exists.
    // Without slices nothing reads the scores after this: the evaluators take them over.
    const consume = { consumeScore: prepared.slices.length === 0 };
    const base = prepared.baseline ? (0,src_task/* evaluatorFor */.ZC)(prepared, prepared.baseline, consume) : null;
    const cand = (0,src_task/* evaluatorFor */.ZC)(prepared, prepared.candidate, consume);
    const dl = base instanceof evaluators/* BinaryEvaluator */.z1 && cand instanceof evaluators/* BinaryEvaluator */.z1 ? (0,paired_tests/* delongOf */.x4)(cand, base) : null;
    const boot = options.resamples > 0
        ? (0,bootstrap/* pairedBootstrap */.Wx)(prepared.rows, cand, base, {
            resamples: options.resamples,
            seed,
            level: options.level,
        })
        : null;
    return {
        candidate: (0,bootstrap/* pointEstimates */.GC)(prepared.rows, cand),
        baseline: base ? (0,bootstrap/* pointEstimates */.GC)(prepared.rows, base) : null,
        boot,
        delong: dl,
    };
}
function pairedStats(t, options, seed) {
    const prepared = (0,src_task/* orderByCandidateScore */.Zx)(t);
    const stats = { rows: t.rows, ...resampled(prepared, options, seed), mcnemar: null };
    const c = prepared.candidate;
    const b = prepared.baseline;
    if (c.task === "binary" && b?.task === "binary") {
        stats.mcnemar = discordant(prepared.y, c.pred, b.pred);
    }
    else if (c.task === "multiclass" && b?.task === "multiclass") {
        stats.mcnemar = discordant(prepared.y, c.pred, b.pred);
    }
    return stats;
}
function discordant(y, a, b) {
    let aOnly = 0;
    let bOnly = 0;
    for (let i = 0; i < y.length; i++) {
        const ra = a[i] === y[i];
        const rb = b[i] === y[i];
        if (ra && !rb)
            aOnly++;
        else if (rb && !ra)
            bOnly++;
    }
    return (0,paired_tests/* mcnemar */.op)(aOnly, bOnly, { exact: true });
}
function significanceFor(stats, metric, greaterIsBetter) {
    if (!stats || !stats.baseline)
        return null;
    return (margin) => {
        if ((metric === "roc_auc" || metric === "auc") && stats.delong && stats.delong.variance > 0) {
            const d = greaterIsBetter
                ? stats.delong.aucA - stats.delong.aucB
                : stats.delong.aucB - stats.delong.aucA;
            return { pValue: (0,src_stats/* normalSf */.nG)((d - margin) / Math.sqrt(stats.delong.variance)), method: "DeLong" };
        }
        if (metric === "accuracy" && margin === 0 && stats.mcnemar && greaterIsBetter) {
            return {
                pValue: stats.mcnemar.pValueAGreater,
                method: stats.mcnemar.method === "mcnemar" ? "McNemar" : "exact McNemar",
            };
        }
        const p = stats.boot?.pValue(metric, margin, greaterIsBetter);
        return p === null || p === undefined
            ? null
            : { pValue: p, method: `paired bootstrap, ${stats.boot.resamples} resamples` };
    };
}
function testFor(stats, metric) {
    if (!stats?.baseline)
        return null;
    if ((metric === "roc_auc" || metric === "auc") && stats.delong) {
        return { name: "delong", statistic: finiteOrNull(stats.delong.z), pValue: stats.delong.pValue };
    }
    if (metric === "accuracy" && stats.mcnemar) {
        return { name: stats.mcnemar.method, statistic: stats.mcnemar.statistic, pValue: stats.mcnemar.pValue };
    }
    if (stats.boot && metric in stats.candidate && metric in stats.baseline) {
        const up = stats.boot.pValue(metric, 0, true);
        const down = stats.boot.pValue(metric, 0, false);
        if (up === null || down === null)
            return null;
        return { name: "paired-bootstrap", statistic: null, pValue: Math.min(1, 2 * Math.min(up, down)) };
    }
    return null;
}
/** How a registered baseline value in a paired comparison is named in messages. */
const REGISTERED_NOTE = "its registered value, measured on other rows, not re-scored";
const finiteOrNull = (v) => v === undefined || v === null || !Number.isFinite(v) ? null : v;
function metricRow(name, slice, candidate, baseline, hasBaseline, gate, stats, context) {
    const { options } = context;
    // In a paired comparison a baseline value the predictions did not give is the registered one.
    const source = baseline === undefined
        ? undefined
        : context.paired && stats?.baseline && name in stats.baseline
            ? "same-rows"
            : "registered";
    const gib = gate?.greaterIsBetter ?? (0,gates/* defaultGreaterIsBetter */.eX)(name) ?? null;
    const c = candidate;
    const b = baseline;
    const bothFinite = c !== undefined && b !== undefined && Number.isFinite(c) && Number.isFinite(b);
    const delta = bothFinite ? c - b : null;
    const row = {
        name,
        slice,
        candidate: finiteOrNull(c),
        baseline: finiteOrNull(b),
        delta: finiteOrNull(delta),
        relativeDelta: bothFinite && b !== 0 ? finiteOrNull((c - b) / Math.abs(b)) : null,
        greaterIsBetter: gib,
        interval: null,
        test: testFor(stats, name),
        gate: null,
        status: "info",
        ...(source ? { baselineSource: source } : {}),
    };
    if (stats?.boot && name in stats.candidate) {
        const iv = stats.boot.intervals(name);
        row.interval = {
            level: options.level,
            method: `paired Poisson bootstrap, ${stats.boot.resamples} resamples, percentile`,
            candidate: iv.candidate,
            baseline: stats.baseline && name in stats.baseline ? iv.baseline : null,
            delta: stats.baseline && name in stats.baseline ? iv.delta : null,
        };
    }
    if (gate) {
        // Said plainly when a paired comparison's change rule meets a registered baseline value.
        const otherRows = context.paired && source === "registered";
        const unpaired = otherRows
            ? `${name} is not computed from predictions (its baseline is ${REGISTERED_NOTE}), so it has no paired test; drop significance from its gate`
            : context.unpaired;
        const outcome = (0,gates/* checkGate */.Ks)(gate, {
            candidate: c,
            baseline: b,
            significance: significanceFor(stats, name, gate.greaterIsBetter),
            defaultSignificance: stats?.baseline && !otherRows ? options.significance : null,
            ...(unpaired ? { unpaired } : {}),
        });
        row.gate = {
            threshold: gate.threshold,
            minAbsoluteChange: gate.minAbsoluteChange,
            minRelativeChange: gate.minRelativeChange,
            significance: gate.significance ?? (stats?.baseline && !otherRows ? options.significance : null),
            rules: outcome.rules.map((r) => ({
                ...r,
                expected: finiteOrNull(r.expected),
                actual: finiteOrNull(r.actual),
                ...(otherRows && r.rule !== "threshold" && r.actual !== null
                    ? { message: `${r.message} (baseline: ${REGISTERED_NOTE})` }
                    : {}),
            })),
        };
        row.status = outcome.status;
    }
    else if (c === undefined)
        row.status = "missing";
    else if (hasBaseline && b === undefined)
        row.status = "new";
    return row;
}
async function readCandidate(options) {
    if (!options.candidateMetrics)
        return { metrics: {}, runId: null, gitSha: null };
    const src = await (0,baseline/* readMetricsSource */.j8)(options.candidateMetrics, options.cwd);
    return {
        metrics: src.metrics,
        runId: src.runId,
        gitSha: src.gitSha,
        ...(src.params ? { params: src.params } : {}),
        ...(src.modelPath ? { modelPath: src.modelPath } : {}),
    };
}
/** The inputs that contradict each other, before anything is read. */
function checkInputs(options) {
    if (options.baselinePredictions && !options.candidatePredictions) {
        throw new src/* ConfigurationError */.j1("baseline-predictions need candidate-predictions on the same rows", {
            code: "input-missing",
        });
    }
    const spec = (0,baseline/* parseBaselineSpec */.gz)(options.baseline, options.cwd);
    if (spec.kind === "none" && options.baselinePredictions) {
        throw new src/* ConfigurationError */.j1("baseline: none contradicts baseline-predictions; drop one of them", {
            code: "input-invalid",
        });
    }
    return spec;
}
async function resolveFor(spec, options, deps) {
    const registryWithoutModel = (spec.kind === "alias" || spec.kind === "version") && !options.model;
    if (registryWithoutModel && options.baselinePredictions) {
        deps.logger.info(`baseline: no model name, so the registry is not consulted; the baseline is ${options.baselinePredictions}`);
        return null;
    }
    return (0,baseline/* resolveBaseline */.oL)(spec, {
        model: options.model,
        cwd: options.cwd,
        logger: deps.logger,
        ...(deps.openRegistry ? { openRegistry: deps.openRegistry } : {}),
    });
}
/** Whether evaluate scores with the predict command, and on which rows. */
function predictPlan(options, resolved) {
    if (!options.predict || options.baselinePredictions)
        return null;
    const rows = options.evaluationRows ?? (options.candidatePredictions ? "candidate" : "dataset");
    const baseline = resolved?.download ? resolved : null;
    const scoresCandidate = rows === "dataset" && !!options.candidateModel;
    return baseline || scoresCandidate ? { rows, baseline } : null;
}
async function readPredictionFiles(options, resolved, deps, workDir) {
    const abs = (f) => external_node_path_default().resolve(options.cwd, f);
    // Messages name the files as the user gave them.
    let ct = options.candidatePredictions
        ? await (0,predictions/* readPredictions */.R_)(abs(options.candidatePredictions), options.columns, options.format, {
            display: options.candidatePredictions,
        })
        : null;
    // The baseline is read straight into the candidate's row order, joined on the id column.
    const alignTo = options.columns.id ? ct : null;
    let bt = options.baselinePredictions
        ? await (0,predictions/* readPredictions */.R_)(abs(options.baselinePredictions), options.columns, options.format, {
            alignTo,
            display: options.baselinePredictions,
        })
        : null;
    const plan = predictPlan(options, resolved);
    let scored = null;
    if (plan && options.predict) {
        scored = await (0,rescore/* scoreOnEvaluationRows */.fy)({
            predict: options.predict,
            dataset: options.dataset ?? [],
            rows: plan.rows,
            candidateModel: options.candidateModel,
            idColumn: options.columns.id,
            cwd: options.cwd,
            cacheDir: external_node_path_default().resolve(options.cwd, options.cacheDir ?? DEFAULT_CACHE_DIR),
            workDir,
        }, plan.baseline, ct, {
            logger: deps.logger,
            tempDir: workDir,
            ...(deps.env ? { env: deps.env } : {}),
            beforeLoad: (run) => scanBeforeLoad(deps.scans, run, options, resolved),
        });
        const format = options.predict.format;
        if (scored.candidateFile) {
            ct = await (0,predictions/* readPredictions */.R_)(scored.candidateFile, options.columns, format, {
                display: "the candidate's predictions",
            });
        }
        if (scored.baselineFile) {
            bt = await (0,predictions/* readPredictions */.R_)(scored.baselineFile, options.columns, format, {
                alignTo: options.columns.id ? ct : null,
                display: (0,markdown/* displayPath */.Gt)(options.cwd, scored.baselineFile),
            });
        }
    }
    return ct ? { ct, bt, scored } : null;
}
/** The prepared task; the prediction tables (ids, text columns) are not kept past it. */
async function taskOf(options, resolved, deps, workDir) {
    const files = await readPredictionFiles(options, resolved, deps, workDir);
    if (!files)
        return null;
    return { task: (0,src_task/* prepareTask */.t8)(files.ct, files.bt, options.columns), scored: files.scored };
}
async function evaluatePredictions(options, resolved, deps, workDir) {
    const prepared = await taskOf(options, resolved, deps, workDir);
    if (!prepared)
        return null;
    const { task, scored } = prepared;
    const residuals = residualsOf(task);
    (0,src_task/* orderByCandidateScore */.Zx)(task, { inPlace: true });
    const t0 = Date.now();
    const stats = pairedStats(task, options, options.seed);
    deps.logger.info(`${task.task} task, ${task.rows} rows${task.baseline ? ", paired with the baseline's predictions" : ""}: metrics and ${options.resamples} bootstrap resamples in ${Date.now() - t0} ms`);
    return {
        stats,
        sliceStats: sliceStatsOf(task, options),
        ...(task.task !== "regression"
            ? {
                confusion: {
                    classes: task.classes,
                    matrix: confusionMatrix(task, task.candidate),
                    // The baseline's matrix on the same rows, for the report's confusion diff.
                    ...(task.baseline ? { baseline: confusionMatrix(task, task.baseline) } : {}),
                },
            }
            : {}),
        ...(residuals ? { residuals } : {}),
        scored,
    };
}
/** Regression: each side's errors on the evaluation rows. */
function residualsOf(task) {
    if (task.candidate.task !== "regression")
        return null;
    return {
        candidate: (0,evaluators/* summarizeResiduals */.i$)(task.y, task.candidate.pred),
        baseline: task.baseline?.task === "regression" ? (0,evaluators/* summarizeResiduals */.i$)(task.y, task.baseline.pred) : null,
    };
}
/** PredictDeps.beforeLoad: the side's files are scanned before the predict command loads them. */
async function scanBeforeLoad(scans, run, options, resolved) {
    if (run.who === "candidate") {
        await scans.scan("candidate", run.modelPath, {
            shown: options.candidateModel ?? (0,markdown/* displayPath */.Gt)(options.cwd, run.modelPath),
            context: "the candidate",
        });
        return;
    }
    const version = resolved?.version ? ` v${resolved.version}` : "";
    await scans.scan("baseline", run.modelPath, {
        shown: "",
        context: `the baseline${options.model ? ` ${options.model}` : ""}${version}`,
    });
}
function sliceStatsOf(task, options) {
    const out = [];
    for (const [k, s] of task.slices.entries()) {
        const groups = new Map();
        s.values.forEach((v, i) => {
            let g = groups.get(v);
            if (!g)
                groups.set(v, (g = []));
            g.push(i);
        });
        if (groups.size > MAX_SLICE_VALUES) {
            throw new src/* ConfigurationError */.j1(`slice column '${s.column}' has ${groups.size} distinct values (at most ${MAX_SLICE_VALUES}); slice on a coarser column`, { code: "too-many-slices" });
        }
        const values = [...groups.keys()].sort();
        for (const [j, value] of values.entries()) {
            const sub = (0,src_task/* subsetTask */.Sh)(task, Int32Array.from(groups.get(value)));
            out.push({
                column: s.column,
                value,
                stats: pairedStats(sub, options, (options.seed + 1000 * (k + 1) + j) >>> 0),
            });
        }
    }
    return out;
}
/** The candidate's metrics: its file's, overridden by what its predictions give. */
function candidateMetricsOf(candidate, p, logger) {
    const out = { ...candidate.metrics };
    if (!p)
        return out;
    const scoredHere = !!p.scored?.candidateFile;
    for (const [name, value] of Object.entries(p.stats.candidate)) {
        const filed = candidate.metrics[name];
        if (!scoredHere && filed !== undefined && Math.abs(filed - value) > 1e-9 * Math.max(1, Math.abs(value))) {
            logger.warning(`candidate ${name}: the metrics file says ${filed}, the predictions give ${value}; using the predictions`);
        }
        out[name] = value;
    }
    return out;
}
function comparisonRows(options, candidateMetrics, baselineMetrics, hasBaseline, p, unpaired) {
    const stats = p?.stats ?? null;
    const paired = !!stats?.baseline;
    const gateByName = new Map(options.gates.map((g) => [g.metric, g]));
    const names = [
        ...new Set([
            ...options.gates.map((g) => g.metric),
            ...Object.keys(candidateMetrics),
            ...Object.keys(baselineMetrics),
        ]),
    ];
    const context = { options, unpaired, paired };
    const rows = names.map((name) => metricRow(name, null, candidateMetrics[name], hasBaseline ? baselineMetrics[name] : undefined, hasBaseline, gateByName.get(name), stats, context));
    const sliceGates = options.gates.filter((g) => g.slices);
    const sliceMetrics = new Set([
        ...options.gates.map((g) => g.metric),
        ...(options.gates.length ? [] : SLICE_DEFAULT_METRICS),
    ]);
    for (const s of p?.sliceStats ?? []) {
        for (const name of sliceMetrics) {
            if (!(name in s.stats.candidate))
                continue;
            rows.push(metricRow(name, { column: s.column, value: s.value }, s.stats.candidate[name], s.stats.baseline?.[name], hasBaseline && !!s.stats.baseline, sliceGates.find((g) => g.metric === name), s.stats, context));
        }
    }
    return rows;
}
function reasonsFor(options, spec, rows, hasBaseline, evaluation) {
    const reasons = [];
    for (const row of rows) {
        for (const rule of row.gate?.rules ?? []) {
            if (!rule.passed)
                reasons.push(`${row.name}${row.slice ? ` [${row.slice.column}=${row.slice.value}]` : ""}: ${rule.rule} failed: ${rule.message}`);
        }
    }
    if (!hasBaseline) {
        reasons.push(spec.kind === "none"
            ? "no baseline (baseline: none): only absolute gates (threshold) were checked"
            : `no baseline: the registry has no '${spec.kind === "alias" ? spec.alias : spec.kind === "version" ? spec.version : ""}' version of ${options.model} yet (first model); only absolute gates (threshold) were checked`);
    }
    else {
        for (const row of rows)
            if (row.status === "new" && row.gate)
                reasons.push(`${row.name}: the baseline has no value; its change rules were not checked`);
        if (evaluation?.pairedOn === "same-rows")
            for (const row of rows)
                if (row.gate && row.baselineSource === "registered" && !row.slice)
                    reasons.push(`${row.name}: not computed from predictions, so its baseline is ${REGISTERED_NOTE}; its change rules compared the candidate with that (not like-for-like)`);
    }
    if (evaluation && evaluation.pairedOn === "registered-metrics")
        reasons.push(evaluation.note);
    if (options.gates.length === 0)
        reasons.push("no gates declared: nothing can fail");
    return reasons;
}
async function evaluateAgainstBaseline(options, deps) {
    const { logger } = deps;
    const spec = checkInputs(options);
    const candidate = await readCandidate(options);
    const resolved = await resolveFor(spec, options, deps);
    const tempRoot = deps.tempDir ?? deps.ctx?.runnerTemp ?? external_node_os_default().tmpdir();
    await external_node_fs_.promises.mkdir(tempRoot, { recursive: true });
    const workDir = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(tempRoot, "mlops-evaluate-"));
    const scans = new ModelScans(options.modelScan ?? "fail", logger);
    let p;
    try {
        await scanCandidate(scans, options, candidate);
        p = await evaluatePredictions(options, resolved, { ...deps, scans }, workDir);
    }
    finally {
        await external_node_fs_.promises.rm(workDir, { recursive: true, force: true });
    }
    const stats = p?.stats ?? null;
    const candidateMetrics = candidateMetricsOf(candidate, p, logger);
    const hasBaseline = resolved !== null || stats?.baseline != null;
    const baselineMetrics = { ...(resolved?.metrics ?? {}) };
    if (stats?.baseline)
        for (const [name, value] of Object.entries(stats.baseline))
            baselineMetrics[name] = value;
    const evaluation = describeEvaluation({ options, resolved, candidate: candidateMetrics, p, hasBaseline });
    const unpaired = evaluation?.pairedOn === "registered-metrics" ? unpairedAdvice(options) : undefined;
    const rows = comparisonRows(options, candidateMetrics, baselineMetrics, hasBaseline, p, unpaired);
    for (const gate of options.gates.filter((g) => g.slices)) {
        if (!p?.sliceStats.length) {
            logger.warning(`gate '${gate.metric}' has slices: true, but no slices were computed (give slices and candidate-predictions)`);
        }
    }
    const reasons = reasonsFor(options, spec, rows, hasBaseline, evaluation);
    const failed = rows.some((r) => r.status === "fail");
    const comparison = {
        kind: "mlops.comparison",
        version: 1,
        created: (deps.now?.() ?? new Date()).toISOString(),
        model: options.model ?? "",
        candidate: {
            source: options.candidateMetrics ?? options.candidatePredictions ?? options.candidateModel ?? null,
            runId: candidate.runId,
            gitSha: candidate.gitSha ?? deps.ctx?.sha ?? null,
            ...(candidate.params ? { params: candidate.params } : {}),
        },
        baseline: hasBaseline ? baselineIdentity(resolved, options) : null,
        verdict: failed ? "fail" : hasBaseline ? "pass" : "no-baseline",
        passed: !failed,
        reasons,
        metrics: rows,
        predictions: stats
            ? {
                rows: stats.rows,
                resamples: options.resamples,
                seed: options.seed,
                ...(p?.confusion ? { confusionMatrix: p.confusion } : {}),
                ...(p?.residuals ? { residuals: p.residuals } : {}),
            }
            : null,
        evaluation,
    };
    const scan = scans.comparisonScan();
    if (scan)
        comparison.scan = scan;
    const file = external_node_path_default().resolve(options.cwd, options.output);
    await (0,src/* writeDocument */.ft)("mlops.comparison", file, comparison);
    return {
        comparison,
        file,
        summary: (0,summary/* renderComparisonSummary */.Y)(comparison),
        predictMs: p?.scored?.predictMs ?? 0,
    };
}
function baselineIdentity(resolved, options) {
    return {
        source: resolved?.source ?? options.baselinePredictions ?? null,
        version: resolved?.version ?? null,
        alias: resolved?.alias ?? null,
        runId: resolved?.runId ?? null,
        gitSha: resolved?.gitSha ?? null,
        ...(resolved?.params ? { params: resolved.params } : {}),
        ...(resolved?.artifact ? { artifact: resolved.artifact } : {}),
    };
}
/**
 * The candidate's model files (candidate-model, else the RunRecord's model), scanned up front
 * when they are here: before the predict command loads them, and for the report either way.
 */
async function scanCandidate(scans, options, candidate) {
    const given = options.candidateModel ?? candidate.modelPath;
    if (!given)
        return;
    const full = external_node_path_default().resolve(options.cwd, given);
    if (!(0,external_node_fs_.existsSync)(full))
        return;
    await scans.scan("candidate", full, { shown: given, context: "the candidate" });
}
/** Row counts a metrics file may record (the example's trainers write holdout_rows). */
const ROW_COUNT_METRICS = ["holdout_rows", "eval_rows", "test_rows", "validation_rows", "rows"];
function rowsRecorded(metrics) {
    for (const name of ROW_COUNT_METRICS) {
        const v = metrics[name];
        if (v !== undefined && Number.isInteger(v) && v >= 0)
            return v;
    }
    return null;
}
function unpairedAdvice(options) {
    return options.predict
        ? "give the baseline as a registry version or alias (its files are scored with the predict command)"
        : "add a predict: section to mlops.yml (predict.command scores a model on rows: MODEL_PATH, EVAL_DATA, PREDICTIONS) and evaluate.dataset, so the baseline is scored on the candidate's rows";
}
/** Which rows each side was measured on, in the Comparison and in plain words. */
function describeEvaluation(a) {
    const { options, resolved, p } = a;
    const scored = p?.scored ?? null;
    const dataset = scored
        ? { source: scored.rows.source, fingerprint: scored.rows.fingerprint, rows: scored.rows.rows }
        : null;
    const candidateRows = p?.stats.rows ?? rowsRecorded(a.candidate);
    const candidate = {
        source: scored?.candidateFile ? "predict" : p ? "training" : "metrics",
        rows: candidateRows,
    };
    const name = resolved?.version ? `v${resolved.version}` : "the baseline";
    const predictCommand = scored?.baselineSource ? options.predict.command : null;
    if (p?.stats.baseline) {
        const source = scored?.baselineSource ?? "file";
        const how = source === "file"
            ? `baseline predictions ${options.baselinePredictions}`
            : `baseline ${name} ${source === "cache" ? "re-scored (cached scores)" : "re-scored with the predict command"}`;
        const where = dataset ? ` (${dataset.source}, sha256 ${dataset.fingerprint.slice(0, 12)})` : "";
        return {
            pairedOn: "same-rows",
            dataset,
            candidate,
            baseline: { source, rows: p.stats.rows, predictCommand },
            note: `like-for-like: ${how} and the candidate on the same ${p.stats.rows} rows${where}`,
        };
    }
    if (!a.hasBaseline) {
        return {
            pairedOn: "candidate-only",
            dataset,
            candidate,
            baseline: null,
            note: `no baseline: the candidate alone${candidateRows !== null ? `, on ${candidateRows} rows` : ""}`,
        };
    }
    const baseRows = resolved ? rowsRecorded(resolved.metrics) : null;
    const count = (n) => (n === null ? "rows of its own (count not recorded)" : `${n} rows`);
    return {
        pairedOn: "registered-metrics",
        dataset,
        candidate,
        baseline: { source: "registered-metrics", rows: baseRows, predictCommand: null },
        note: `not like-for-like: baseline ${name}: registered metrics on ${count(baseRows)}; candidate: ${candidateRows === null ? "its own rows" : `${candidateRows} rows`}. To compare on the same rows, ${unpairedAdvice(options)}`,
    };
}
function confusionMatrix(t, side) {
    const K = t.classes.length;
    const m = Array.from({ length: K }, () => new Array(K).fill(0));
    const pred = side.task === "regression" ? null : side.pred;
    if (!pred)
        return m;
    for (let i = 0; i < t.rows; i++)
        m[t.y[i]][pred[i]]++;
    return m;
}


/***/ }),

/***/ 42618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ evaluationRows)
/* harmony export */ });
/* unused harmony export idFilter */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17198);
/* harmony import */ var _predictions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98131);




/** A RowFilter over a list of ids. */
function idFilter(idColumn, ids, from) {
    const list = [...new Set(ids)];
    const at = new Map(list.map((id, i) => [id, i]));
    return { idColumn, count: list.length, position: (k) => at.get(k) ?? -1, describe: (p) => list[p], from };
}
/** Collects the evaluation rows into one file (or uses the dataset's one file as it is). */
async function evaluationRows(options) {
    const data = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89960));
    if (options.dataset.length === 0) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("predict needs evaluation rows: set evaluate.dataset in mlops.yml (or the dataset input) to the data file(s), e.g. data/*.csv", { code: "dataset-missing" });
    }
    const files = await data.resolveFiles(options.dataset, options.cwd);
    const formats = files.map((f) => data.detectFormat(f));
    const format = formats[0];
    const other = formats.findIndex((f) => f !== format);
    if (other >= 0) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset: ${files[0]} is ${format} but ${files[other]} is ${formats[other]}; evaluation rows must share one format`, { code: "dataset-format", location: { file: files[other] } });
    }
    const source = options.dataset.join(", ");
    const abs = (f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd, f);
    if (files.length === 1 && !options.keep) {
        const file = abs(files[0]);
        const rows = await countRows(file, format);
        return { source, file, rows, fingerprint: (await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .digestFile */ .TM)(file)).sha256 };
    }
    if (format === "parquet") {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset: ${files.length > 1 ? `${files.length} Parquet files` : files[0]} ${options.keep ? "would have to be filtered to the candidate's rows" : "would have to be combined"}, which is done for CSV, TSV and JSON Lines; give one Parquet file holding exactly the evaluation rows (and evaluation-rows: dataset)`, { code: "dataset-format" });
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(options.tempDir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.tempDir, `eval-rows.${format === "tsv" ? "tsv" : format}`);
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file);
    const found = new Uint8Array(options.keep?.count ?? 0);
    let rows = 0;
    const keepRow = (id, where) => {
        const keep = options.keep;
        if (!keep)
            return true;
        const p = id === null ? -1 : keep.position(id);
        if (p < 0)
            return false;
        if (found[p]) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset ${where}: id ${JSON.stringify(id)} in '${keep.idColumn}' appears a second time; evaluation rows need unique ids`, { code: "dataset-duplicate-id" });
        }
        found[p] = 1;
        return true;
    };
    try {
        if (format === "jsonl") {
            for (const f of files) {
                await data.readJsonLines(abs(f), (object, line) => {
                    const id = options.keep ? object[options.keep.idColumn] : undefined;
                    if (!keepRow(id === undefined || id === null ? null : (0,_predictions_js__WEBPACK_IMPORTED_MODULE_3__/* .labelKey */ .kJ)((0,_predictions_js__WEBPACK_IMPORTED_MODULE_3__/* .cellFromValue */ .eF)(id)), `${f} line ${line}`))
                        return;
                    out.write(JSON.stringify(object) + "\n");
                    rows++;
                });
            }
        }
        else
            rows = await copyCsv(files.map(abs), format === "tsv" ? "\t" : ",", out, options, keepRow);
    }
    finally {
        await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
    }
    if (options.keep)
        missingIds(options.keep, found, source);
    if (rows === 0) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset ${source}: no evaluation rows`, { code: "dataset-empty" });
    }
    return { source, file, rows, fingerprint: (await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .digestFile */ .TM)(file)).sha256 };
}
function missingIds(keep, found, source) {
    const missing = [];
    let count = 0;
    for (let p = 0; p < found.length; p++) {
        if (found[p])
            continue;
        count++;
        if (missing.length < 10)
            missing.push(keep.describe(p));
    }
    if (count === 0)
        return;
    throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${count} of the ${keep.count} rows of ${keep.from} have no row in the dataset (${source}) by '${keep.idColumn}': ${missing.map((m) => JSON.stringify(m)).join(", ")}${count > missing.length ? ", …" : ""}; the dataset must hold the candidate's evaluation rows (with their features)`, { code: "dataset-missing-ids" });
}
async function copyCsv(files, delimiter, out, options, keepRow) {
    const data = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89960));
    const decoder = new TextDecoder();
    const scratch = { bytes: new Uint8Array(256) };
    let header = null;
    let rows = 0;
    for (const file of files) {
        let idIndex = -1;
        await new data.CsvReader(file, { delimiter }).read({
            header(names) {
                if (header === null) {
                    header = names;
                    out.write(data.formatCsvRecord(names, delimiter) + "\n");
                }
                else if (names.join("\u0000") !== header.join("\u0000")) {
                    throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset: ${file} line 1 has columns ${names.join(",")} but ${files[0]} has ${header.join(",")}; the files must share one header`, { code: "dataset-header", location: { file, line: 1 } });
                }
                if (options.keep) {
                    idIndex = names.indexOf(options.keep.idColumn);
                    if (idIndex < 0) {
                        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`dataset: ${file} has no id column '${options.keep.idColumn}' to pick the candidate's rows by; it has: ${names.slice(0, 20).join(", ")}`, { code: "column-missing", location: { file, line: 1, column: options.keep.idColumn } });
                    }
                }
            },
            row(buf, starts, ends, flags, line) {
                let id = null;
                if (idIndex >= 0) {
                    let text;
                    if (flags[idIndex] & data.FIELD_ESCAPED) {
                        const len = data.unescapeField(buf, starts[idIndex], ends[idIndex], scratch);
                        text = decoder.decode(scratch.bytes.subarray(0, len));
                    }
                    else
                        text = decoder.decode(buf.subarray(starts[idIndex], ends[idIndex]));
                    const cell = flags[idIndex] & data.FIELD_QUOTED ? text : (0,_predictions_js__WEBPACK_IMPORTED_MODULE_3__/* .cellFromText */ .it)(text);
                    id = cell === null ? null : (0,_predictions_js__WEBPACK_IMPORTED_MODULE_3__/* .labelKey */ .kJ)(cell);
                }
                if (!keepRow(id, `${file} line ${line}`))
                    return;
                const n = header.length;
                // The record's own bytes, quotes included: the rows reach predict exactly as written.
                const start = starts[0] - (flags[0] & data.FIELD_QUOTED ? 1 : 0);
                const end = ends[n - 1] + (flags[n - 1] & data.FIELD_QUOTED ? 1 : 0);
                out.write(Buffer.from(buf.subarray(start, end)));
                out.write("\n");
                rows++;
            },
            ragged: raggedRow(file),
        });
    }
    return rows;
}
/** The CSV reader's answer to a row with a different number of fields than the header. */
function raggedRow(file) {
    return (line, found, expected) => {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} line ${line}: expected ${expected} fields as in the header, found ${found}`, {
            code: "ragged-row",
            location: { file, line },
        });
    };
}
/** Rows of one data file (a pass over it; Parquet from its metadata). */
async function countRows(file, format) {
    const data = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89960));
    let rows = 0;
    if (format === "jsonl")
        await data.readJsonLines(file, () => void rows++);
    else if (format === "parquet") {
        await data.readParquet(file, {
            columns() { },
            chunk() { },
            rowGroup(count) {
                rows += count;
            },
        });
    }
    else {
        await new data.CsvReader(file, { delimiter: format === "tsv" ? "\t" : "," }).read({
            header() { },
            row() {
                rows++;
            },
            ragged: raggedRow(file),
        });
    }
    return rows;
}


/***/ }),

/***/ 33471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ classificationFromConfusion),
/* harmony export */   HV: () => (/* binding */ EPS),
/* harmony export */   TC: () => (/* binding */ binaryRowLoss),
/* harmony export */   dj: () => (/* binding */ MulticlassEvaluator),
/* harmony export */   i$: () => (/* binding */ summarizeResiduals),
/* harmony export */   r3: () => (/* binding */ RegressionEvaluator),
/* harmony export */   z1: () => (/* binding */ BinaryEvaluator)
/* harmony export */ });
/* unused harmony export RESIDUAL_QUANTILES */
/* harmony import */ var _sort_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47685);

const EPS = 2.220446049250313e-16;
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
/**
 * Accuracy, precision/recall/F1 (macro, micro, weighted) and balanced accuracy from a K×K
 * confusion matrix of weights (row = true class, column = predicted). Classes neither true nor
 * predicted are left out, as scikit-learn's unique_labels does; balanced accuracy is the mean
 * recall over the classes with true rows (balanced_accuracy_score drops a class only predicted).
 * Writes 11 values from `at` (AVERAGED's order, then balanced accuracy).
 */
function classificationFromConfusion(cm, K, out, at) {
    let total = 0;
    let correct = 0;
    let pMacro = 0;
    let rMacro = 0;
    let fMacro = 0;
    let pW = 0;
    let rW = 0;
    let fW = 0;
    let support = 0;
    let present = 0;
    let balanced = 0;
    let trueClasses = 0;
    for (let k = 0; k < K; k++) {
        let trueK = 0;
        let predK = 0;
        for (let j = 0; j < K; j++) {
            trueK += cm[k * K + j];
            predK += cm[j * K + k];
        }
        const tp = cm[k * K + k];
        total += trueK;
        correct += tp;
        if (trueK > 0) {
            balanced += tp / trueK;
            trueClasses++;
        }
        if (trueK + predK === 0)
            continue;
        present++;
        const p = predK > 0 ? tp / predK : 0;
        const r = trueK > 0 ? tp / trueK : 0;
        const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
        pMacro += p;
        rMacro += r;
        fMacro += f;
        pW += trueK * p;
        rW += trueK * r;
        fW += trueK * f;
        support += trueK;
    }
    const acc = total > 0 ? correct / total : NaN;
    out[at] = acc;
    out[at + 1] = present ? pMacro / present : NaN;
    out[at + 2] = present ? rMacro / present : NaN;
    out[at + 3] = present ? fMacro / present : NaN;
    out[at + 4] = acc;
    out[at + 5] = acc;
    out[at + 6] = acc;
    out[at + 7] = support > 0 ? pW / support : 0;
    out[at + 8] = support > 0 ? rW / support : 0;
    out[at + 9] = support > 0 ? fW / support : 0;
    out[at + 10] = trueClasses > 0 ? balanced / trueClasses : NaN;
}
/** Tie groups in sorted order: end[i] = 1 when sorted value i differs from value i + 1. */
function groupEnds(values, perm) {
    const n = perm.length;
    const end = new Uint8Array(n);
    for (let i = 0; i < n - 1; i++)
        end[i] = values[perm[i]] !== values[perm[i + 1]] ? 1 : 0;
    if (n)
        end[n - 1] = 1;
    return end;
}
/** The log loss of one binary row as scikit-learn computes it: clip, then −log. */
function binaryRowLoss(y, p) {
    const q = p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
    return y ? -Math.log(q) : -Math.log(1 - q);
}
/** Scores with at most this many distinct values are evaluated from a histogram. */
const HISTOGRAM_GROUPS = 16384;
/** Per-row flags of the sorted form: the label, the predicted class, the last row of a tie group. */
const POSITIVE = 1;
const PREDICTED = 2;
const GROUP_END = 4;
/**
 * Binary classification. With many distinct scores, the rows are kept in ascending score order
 * as one byte of flags each (label, predicted class, end of a tie group), the per-row log loss,
 * and the row index (none when the rows are already in score order): 13 bytes a row, 9 without
 * the index. One pass per resample gathers the weights and accumulates the confusion counts, the
 * log loss and ROC AUC as the weighted Mann–Whitney U (each tie group adds its positive weight ×
 * (negative weight below + ½ its own)); weights are small integers, so every count and U are
 * exact. Few distinct scores (a rate table, a tree): a histogram over (score group, label,
 * prediction) from a 4-byte key per row. No score: one byte per row.
 */
class BinaryEvaluator {
    names;
    n;
    /** The ascending score order (the row of each sorted position); null when rows are in order or there is no score. */
    order;
    cm = new Float64Array(4);
    // Sorted form: flags and losses per sorted position.
    flags = null;
    loss = null;
    /** Most rows end a tie group, or ends are unpredictable: a pass without the branch. */
    flat = false;
    // Without a score: the label/prediction bits per row.
    bits = null;
    // Few distinct scores: key = (group · 2 + y) · 2 + pred per row, and counts per key.
    key = null;
    hist = null;
    groupLoss = null;
    constructor(input) {
        const { y, pred, score } = input;
        const n = (this.n = y.length);
        this.names = ["accuracy", "precision", "recall", "f1", ...AVERAGED, "balanced_accuracy"];
        if (score)
            this.names.push("roc_auc");
        const probability = !!score && input.probability;
        if (probability)
            this.names.push("log_loss");
        this.order = null;
        if (!score) {
            const bits = new Uint8Array(n);
            for (let i = 0; i < n; i++)
                bits[i] = y[i] | (pred[i] << 1);
            this.bits = bits;
            return;
        }
        const order = input.sorted ? null : (input.order ?? (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .argsortFloat64 */ .Fs)(score));
        const at = order ? (i) => order[i] : (i) => i;
        let groups = 0;
        for (let i = 0; i < n; i++)
            if (i === 0 || score[at(i)] !== score[at(i - 1)])
                groups++;
        if (groups <= (input.histogramMaxGroups ?? HISTOGRAM_GROUPS)) {
            // key = ((group · 2 + y) · 2 + pred), in row order: no sorted pass per resample at all.
            const key = new Int32Array(n);
            const groupLoss = new Float64Array(groups * 2);
            let g = -1;
            for (let i = 0; i < n; i++) {
                const r = at(i);
                if (i === 0 || score[r] !== score[at(i - 1)]) {
                    g++;
                    groupLoss[2 * g] = binaryRowLoss(0, score[r]);
                    groupLoss[2 * g + 1] = binaryRowLoss(1, score[r]);
                }
                key[r] = (g * 2 + y[r]) * 2 + pred[r];
            }
            this.key = key;
            this.hist = new Int32Array(groups * 4);
            this.groupLoss = probability ? groupLoss : null;
            return;
        }
        this.order = order;
        // Measured on 1M rows: the flat pass wins unless tie groups are long (rare ends, well predicted).
        this.flat = groups > 0.1 * n;
        const flags = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
            const r = at(i);
            const end = i === n - 1 || score[r] !== score[at(i + 1)] ? GROUP_END : 0;
            flags[i] = (y[r] ? POSITIVE : 0) | (pred[r] ? PREDICTED : 0) | end;
        }
        this.flags = flags;
        if (!probability)
            return;
        let loss;
        if (input.consumeScore) {
            // The score array becomes the losses in sorted order: permuted in place, then mapped.
            if (order)
                (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .permuteInPlace */ .RG)(score, order);
            loss = score;
            for (let i = 0; i < n; i++)
                loss[i] = binaryRowLoss(flags[i] & POSITIVE, loss[i]);
        }
        else {
            loss = new Float64Array(n);
            for (let i = 0; i < n; i++)
                loss[i] = binaryRowLoss(flags[i] & POSITIVE, score[at(i)]);
        }
        this.loss = loss;
    }
    evaluate(W, out) {
        let T = 0; // total weight
        let P = 0; // positive weight
        let PP = 0; // predicted-positive weight
        let TP = 0;
        let U = 0;
        let L = 0;
        const bits = this.bits;
        const hist = this.hist;
        const flags = this.flags;
        if (hist) {
            const key = this.key;
            hist.fill(0);
            for (let i = 0; i < this.n; i++)
                hist[key[i]] += W[i];
            const groupLoss = this.groupLoss;
            let cum = 0;
            for (let g = 0; g < hist.length; g += 4) {
                const n0 = hist[g] + hist[g + 1];
                const p = hist[g + 2] + hist[g + 3];
                U += p * (cum + 0.5 * n0);
                cum += n0;
                P += p;
                PP += hist[g + 1] + hist[g + 3];
                TP += hist[g + 3];
                if (groupLoss)
                    L += n0 * groupLoss[g >> 1] + p * groupLoss[(g >> 1) + 1];
            }
            T = P + cum;
        }
        else if (bits) {
            for (let i = 0; i < this.n; i++) {
                const w = W[i];
                const b = bits[i];
                T += w;
                P += w * (b & 1);
                PP += w * (b >> 1);
                TP += w * (b & (b >> 1));
            }
        }
        else if (flags) {
            const s = sortedPass(W, flags, this.order, this.loss, this.flat);
            T = s[0];
            P = s[1];
            PP = s[2];
            TP = s[3];
            U = s[4];
            L = s[5];
        }
        const tp = TP;
        const fp = PP - TP;
        const fn = P - TP;
        const tn = T - P - fp;
        const cm = this.cm;
        cm[0] = tn;
        cm[1] = fp;
        cm[2] = fn;
        cm[3] = tp;
        classificationFromConfusion(cm, 2, out, 3);
        out[0] = T > 0 ? (tp + tn) / T : NaN;
        out[1] = tp + fp > 0 ? tp / (tp + fp) : 0;
        out[2] = tp + fn > 0 ? tp / (tp + fn) : 0;
        // classificationFromConfusion wrote accuracy at 3: F1 goes there.
        out[3] = out[1] + out[2] > 0 ? (2 * out[1] * out[2]) / (out[1] + out[2]) : 0;
        if (!bits) {
            const N = T - P;
            out[14] = P > 0 && N > 0 ? U / (P * N) : NaN;
            if (this.names.length > 15)
                out[15] = T > 0 ? L / T : NaN;
        }
    }
    /**
     * DeLong's structural components (Sun & Xu 2014's midrank form, unweighted): calls
     * visit(row, positive, v) for every row, v = V10 (the share of negatives scored below, ties ½)
     * for a positive and V01 (the share of positives scored above) for a negative. Null without a
     * score.
     */
    structural(visit) {
        const n = this.n;
        if (this.key) {
            const key = this.key;
            const count = new Float64Array(this.hist.length >> 1); // (group, label)
            for (let i = 0; i < n; i++)
                count[key[i] >> 1]++;
            let m = 0;
            for (let g = 1; g < count.length; g += 2)
                m += count[g];
            const nNeg = n - m;
            const v = new Float64Array(count.length);
            let belowPos = 0;
            let belowNeg = 0;
            let sum10 = 0;
            for (let g = 0; g < count.length; g += 2) {
                const gn = count[g];
                const gp = count[g + 1];
                v[g + 1] = (belowNeg + gn / 2) / nNeg;
                v[g] = (m - belowPos - gp / 2) / m;
                sum10 += gp * v[g + 1];
                belowPos += gp;
                belowNeg += gn;
            }
            for (let r = 0; r < n; r++) {
                const c = key[r] >> 1;
                visit(r, (c & 1) === 1, v[c]);
            }
            return { auc: sum10 / m, positives: m, negatives: nNeg };
        }
        const flags = this.flags;
        if (!flags)
            return null;
        const order = this.order;
        let m = 0;
        for (let i = 0; i < n; i++)
            m += flags[i] & POSITIVE;
        const nNeg = n - m;
        let belowPos = 0;
        let belowNeg = 0;
        let sum10 = 0;
        let i = 0;
        while (i < n) {
            let j = i;
            let gp = 0;
            for (;;) {
                const f = flags[j++];
                gp += f & POSITIVE;
                if (f & GROUP_END)
                    break;
            }
            const gn = j - i - gp;
            // (rank among all − rank among positives) / negatives, as scikit-learn's midranks give it
            const v10 = (belowNeg + gn / 2) / nNeg;
            const v01 = (m - belowPos - gp / 2) / m;
            sum10 += gp * v10;
            for (let k = i; k < j; k++) {
                const positive = (flags[k] & POSITIVE) === 1;
                visit(order ? order[k] : k, positive, positive ? v10 : v01);
            }
            belowPos += gp;
            belowNeg += gn;
            i = j;
        }
        return { auc: sum10 / m, positives: m, negatives: nNeg };
    }
}
/**
 * One weighted pass over the rows in score order: [T, P, PP, TP, U, L]. Specialised loops (V8
 * does not hoist a loop-invariant test): weights read in order (the candidate) or gathered by
 * the row index (the baseline), with or without log loss.
 */
const passOut = new Float64Array(6);
function sortedPass(W, flags, order, loss, flat) {
    if (loss && flat)
        return order ? passGatherLossFlat(W, flags, order, loss) : passLossFlat(W, flags, loss);
    if (loss)
        return order ? passGatherLoss(W, flags, order, loss) : passLoss(W, flags, loss);
    const n = flags.length;
    let P = 0;
    let PP = 0;
    let TP = 0;
    let U2 = 0;
    let cumN = 0;
    let gp = 0;
    let gn = 0;
    for (let i = 0; i < n; i++) {
        const w = order ? W[order[i]] : W[i];
        const f = flags[i];
        const wp = w * (f & POSITIVE);
        const pr = (f >> 1) & 1;
        gp += wp;
        gn += w - wp;
        PP += w * pr;
        TP += wp * pr;
        if (f & GROUP_END) {
            U2 += gp * (2 * cumN + gn);
            cumN += gn;
            P += gp;
            gp = 0;
            gn = 0;
        }
    }
    return passResult(P, cumN, PP, TP, U2, 0);
}
function passResult(P, N, PP, TP, U2, L) {
    passOut[0] = P + N;
    passOut[1] = P;
    passOut[2] = PP;
    passOut[3] = TP;
    passOut[4] = U2 / 2; // 2U: integer arithmetic until here
    passOut[5] = L;
    return passOut;
}
/** Weights in order, with log loss. Each tie group adds gp · (2 · negatives below + gn) to 2U. */
function passLoss(W, flags, loss) {
    const n = flags.length;
    let P = 0;
    let PP = 0;
    let TP = 0;
    let U2 = 0;
    let L = 0;
    let cumN = 0;
    let gp = 0;
    let gn = 0;
    for (let i = 0; i < n; i++) {
        const w = W[i];
        const f = flags[i];
        const wp = w * (f & POSITIVE);
        const pr = (f >> 1) & 1;
        gp += wp;
        gn += w - wp;
        PP += w * pr;
        TP += wp * pr;
        L += w * loss[i];
        if (f & GROUP_END) {
            U2 += gp * (2 * cumN + gn);
            cumN += gn;
            P += gp;
            gp = 0;
            gn = 0;
        }
    }
    return passResult(P, cumN, PP, TP, U2, L);
}
/** passLoss with the weights gathered through the row index. */
function passGatherLoss(W, flags, order, loss) {
    const n = flags.length;
    let P = 0;
    let PP = 0;
    let TP = 0;
    let U2 = 0;
    let L = 0;
    let cumN = 0;
    let gp = 0;
    let gn = 0;
    for (let i = 0; i < n; i++) {
        const w = W[order[i]];
        const f = flags[i];
        const wp = w * (f & POSITIVE);
        const pr = (f >> 1) & 1;
        gp += wp;
        gn += w - wp;
        PP += w * pr;
        TP += wp * pr;
        L += w * loss[i];
        if (f & GROUP_END) {
            U2 += gp * (2 * cumN + gn);
            cumN += gn;
            P += gp;
            gp = 0;
            gn = 0;
        }
    }
    return passResult(P, cumN, PP, TP, U2, L);
}
/** passLoss without a branch at the end of a tie group (for tie groups of mixed sizes, where it mispredicts). */
function passLossFlat(W, flags, loss) {
    const n = flags.length;
    let P = 0;
    let PP = 0;
    let TP = 0;
    let U2 = 0;
    let L = 0;
    let cumN = 0;
    let gp = 0;
    let gn = 0;
    for (let i = 0; i < n; i++) {
        const w = W[i];
        const f = flags[i];
        const wp = w * (f & POSITIVE);
        const pr = (f >> 1) & 1;
        gp += wp;
        gn += w - wp;
        PP += w * pr;
        TP += wp * pr;
        L += w * loss[i];
        const e = f >> 2; // GROUP_END, as 0 or 1
        U2 += e * gp * (2 * cumN + gn);
        cumN += e * gn;
        P += e * gp;
        gp -= e * gp;
        gn -= e * gn;
    }
    return passResult(P, cumN, PP, TP, U2, L);
}
/** passGatherLoss without a branch at the end of a tie group. */
function passGatherLossFlat(W, flags, order, loss) {
    const n = flags.length;
    let P = 0;
    let PP = 0;
    let TP = 0;
    let U2 = 0;
    let L = 0;
    let cumN = 0;
    let gp = 0;
    let gn = 0;
    for (let i = 0; i < n; i++) {
        const w = W[order[i]];
        const f = flags[i];
        const wp = w * (f & POSITIVE);
        const pr = (f >> 1) & 1;
        gp += wp;
        gn += w - wp;
        PP += w * pr;
        TP += wp * pr;
        L += w * loss[i];
        const e = f >> 2; // GROUP_END, as 0 or 1
        U2 += e * gp * (2 * cumN + gn);
        cumN += e * gn;
        P += e * gp;
        gp -= e * gp;
        gn -= e * gn;
    }
    return passResult(P, cumN, PP, TP, U2, L);
}
/**
 * Multiclass: accuracy, precision/recall/F1 macro/micro/weighted from a weighted confusion
 * matrix; one-vs-rest ROC AUC (macro and prevalence-weighted) over K pre-sorted orders; log
 * loss from per-row losses (probabilities clipped and renormalised, as scikit-learn does).
 */
class MulticlassEvaluator {
    input;
    names;
    cm;
    perms = [];
    isPos = [];
    ends = [];
    loss = null;
    code;
    constructor(input) {
        this.input = input;
        const { y, pred, K, proba } = input;
        const n = y.length;
        this.cm = new Float64Array(K * K);
        this.code = new Int32Array(n);
        for (let i = 0; i < n; i++)
            this.code[i] = y[i] * K + pred[i];
        this.names = ["accuracy", ...AVERAGED, "balanced_accuracy"];
        if (proba) {
            this.names.push("roc_auc_ovr", "roc_auc_ovr_weighted", "log_loss");
            const col = new Float64Array(n);
            for (let k = 0; k < K; k++) {
                for (let i = 0; i < n; i++)
                    col[i] = proba[i * K + k];
                const perm = (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .argsortFloat64 */ .Fs)(col);
                const pos = new Uint8Array(n);
                for (let i = 0; i < n; i++)
                    pos[i] = y[perm[i]] === k ? 1 : 0;
                this.perms.push(perm);
                this.isPos.push(pos);
                this.ends.push(groupEnds(col, perm));
            }
            const loss = new Float64Array(n);
            for (let i = 0; i < n; i++) {
                let sum = 0;
                for (let k = 0; k < K; k++) {
                    const p = proba[i * K + k];
                    sum += p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
                }
                const p = proba[i * K + y[i]];
                loss[i] = -Math.log((p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p) / sum);
            }
            this.loss = loss;
        }
    }
    evaluate(W, out) {
        const { K } = this.input;
        const cm = this.cm;
        cm.fill(0);
        const code = this.code;
        const n = code.length;
        for (let i = 0; i < n; i++)
            cm[code[i]] += W[i];
        const tmp = out;
        classificationFromConfusion(cm, K, tmp, 0);
        if (!this.loss)
            return;
        let macro = 0;
        let weighted = 0;
        let classes = 0;
        let support = 0;
        for (let k = 0; k < K; k++) {
            const perm = this.perms[k];
            const pos = this.isPos[k];
            const end = this.ends[k];
            let gp = 0;
            let gn = 0;
            let cumN = 0;
            let U = 0;
            let P = 0;
            for (let i = 0; i < n; i++) {
                const w = W[perm[i]];
                const wp = w * pos[i];
                gp += wp;
                gn += w - wp;
                if (end[i]) {
                    U += gp * (cumN + 0.5 * gn);
                    cumN += gn;
                    P += gp;
                    gp = 0;
                    gn = 0;
                }
            }
            if (P > 0 && cumN > 0) {
                const auc = U / (P * cumN);
                macro += auc;
                weighted += P * auc;
                classes++;
                support += P;
            }
            else if (P > 0) {
                classes = NaN; // a class with no negatives: undefined, as in scikit-learn
            }
        }
        out[11] = classes > 0 ? macro / classes : NaN;
        out[12] = support > 0 && classes > 0 ? weighted / support : NaN;
        let L = 0;
        let total = 0;
        const loss = this.loss;
        for (let i = 0; i < n; i++) {
            L += W[i] * loss[i];
            total += W[i];
        }
        out[13] = total > 0 ? L / total : NaN;
    }
}
/** Regression: RMSE, MSE, MAE, R², MAPE in one pass of weighted sums. */
class RegressionEvaluator {
    names = ["rmse", "mse", "mae", "r2", "mape"];
    e2;
    ae;
    ape;
    yc;
    constructor(y, pred) {
        const n = y.length;
        this.e2 = new Float64Array(n);
        this.ae = new Float64Array(n);
        this.ape = new Float64Array(n);
        this.yc = new Float64Array(n);
        let mean = 0;
        for (let i = 0; i < n; i++)
            mean += y[i];
        mean = n ? mean / n : 0;
        for (let i = 0; i < n; i++) {
            const e = pred[i] - y[i];
            this.e2[i] = e * e;
            this.ae[i] = Math.abs(e);
            this.ape[i] = Math.abs(e) / Math.max(Math.abs(y[i]), EPS);
            this.yc[i] = y[i] - mean; // centred: the one-pass total sum of squares stays accurate
        }
    }
    evaluate(W, out) {
        const { e2, ae, ape, yc } = this;
        let sw = 0;
        let se2 = 0;
        let sae = 0;
        let sape = 0;
        let sy = 0;
        let sy2 = 0;
        for (let i = 0; i < e2.length; i++) {
            const w = W[i];
            sw += w;
            se2 += w * e2[i];
            sae += w * ae[i];
            sape += w * ape[i];
            const v = yc[i];
            sy += w * v;
            sy2 += w * v * v;
        }
        const mse = sw > 0 ? se2 / sw : NaN;
        out[0] = Math.sqrt(mse);
        out[1] = mse;
        out[2] = sw > 0 ? sae / sw : NaN;
        const ssTot = sy2 - (sy * sy) / sw;
        out[3] = !(sw > 0) ? NaN : ssTot > 0 ? 1 - se2 / ssTot : se2 === 0 ? 1 : 0;
        out[4] = sw > 0 ? sape / sw : NaN;
    }
}
/** The residual quantiles a ResidualSummary reports, in order. */
const RESIDUAL_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95];
/**
 * numpy.quantile's default ("linear") of an ascending array at p: the virtual index (n − 1)·p,
 * interpolated between its neighbours as numpy's _lerp does (from the nearer end).
 */
function linearQuantile(sorted, p) {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const t = h - lo;
    const a = sorted[lo];
    if (lo + 1 >= sorted.length)
        return a;
    const b = sorted[lo + 1];
    const d = b - a;
    return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}
/**
 * A regression model's errors: residual = prediction − label per row; MAE, RMSE, bias (mean
 * residual) and the residual quantiles at RESIDUAL_QUANTILES (numpy's linear interpolation).
 * Copies the residuals into one Float64Array (sorted in place for the quantiles) and nothing
 * else, so 10,000,000 rows take 80 MB. Throws a RangeError for arrays of different lengths,
 * no rows, or a non-finite residual (naming its row, 1-based).
 */
function summarizeResiduals(labels, predictions) {
    const n = labels.length;
    if (predictions.length !== n)
        throw new RangeError(`summarizeResiduals: ${n} labels but ${predictions.length} predictions (expected one prediction per label)`);
    if (n === 0)
        throw new RangeError("summarizeResiduals: no rows (expected at least one label and prediction)");
    const r = new Float64Array(n);
    // Neumaier-compensated sums: 10M rows stay accurate to ~1e-16 relative, like numpy's pairwise sum.
    let s = 0;
    let sc = 0;
    let a = 0;
    let ac = 0;
    let q = 0;
    let qc = 0;
    for (let i = 0; i < n; i++) {
        const e = predictions[i] - labels[i];
        if (!Number.isFinite(e))
            throw new RangeError(`summarizeResiduals: row ${i + 1}: prediction ${predictions[i]} − label ${labels[i]} is not a finite number`);
        r[i] = e;
        let t = s + e;
        sc += Math.abs(s) >= Math.abs(e) ? s - t + e : e - t + s;
        s = t;
        const ae = Math.abs(e);
        t = a + ae;
        ac += a >= ae ? a - t + ae : ae - t + a;
        a = t;
        const e2 = e * e;
        t = q + e2;
        qc += q >= e2 ? q - t + e2 : e2 - t + q;
        q = t;
    }
    r.sort();
    return {
        rows: n,
        mae: (a + ac) / n,
        rmse: Math.sqrt((q + qc) / n),
        bias: (s + sc) / n,
        quantiles: RESIDUAL_QUANTILES.map((p) => ({ p, value: linearQuantile(r, p) })),
    };
}


/***/ }),

/***/ 14293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ks: () => (/* binding */ checkGate),
/* harmony export */   eX: () => (/* binding */ defaultGreaterIsBetter),
/* harmony export */   gatesFromValue: () => (/* binding */ gatesFromValue),
/* harmony export */   readGates: () => (/* binding */ readGates)
/* harmony export */ });
/* unused harmony exports parseGates, ZERO_BASELINE_EPSILON, significanceMargin */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17198);


const GATE_KEYS = [
    "threshold",
    "min_absolute_change",
    "min_relative_change",
    "greater_is_better",
    "significance",
    "slices",
];
// Tokens of a metric name that say which direction is better. A name is split on
// non-alphanumerics ("val.f1_macro" → val, f1, macro) and also matched as a whole.
const UP = new Set([
    "accuracy",
    "acc",
    "balanced_accuracy",
    "f1",
    "fbeta",
    "precision",
    "recall",
    "auc",
    "roc_auc",
    "pr_auc",
    "average_precision",
    "r2",
    "map",
    "ndcg",
    "iou",
    "dice",
    "bleu",
    "rouge",
    "sensitivity",
    "specificity",
    "tpr",
    "tnr",
]);
const DOWN = new Set([
    "loss",
    "log_loss",
    "logloss",
    "rmse",
    "mse",
    "mae",
    "mape",
    "smape",
    "latency",
    "error",
    "brier",
    "fpr",
    "fnr",
    "perplexity",
]);
/** true / false for names with a known direction (accuracy, f1, auc, r2 up; loss, rmse, mae, latency down). */
function defaultGreaterIsBetter(metric) {
    const lower = metric.toLowerCase();
    const last = lower.split(/[./:]/).pop() ?? lower;
    if (UP.has(last))
        return true;
    if (DOWN.has(last))
        return false;
    const tokens = lower.split(/[^a-z0-9]+/).filter(Boolean);
    const joined = new Set();
    for (let i = 0; i + 1 < tokens.length; i++)
        joined.add(`${tokens[i]}_${tokens[i + 1]}`);
    let up = false;
    let down = false;
    for (const t of [...tokens, ...joined]) {
        if (UP.has(t))
            up = true;
        if (DOWN.has(t))
            down = true;
    }
    if (up === down)
        return undefined; // none, or contradictory ("accuracy_loss")
    return up;
}
/**
 * Reads gates given as an input: inline YAML/JSON (`accuracy: {threshold: 0.8}`) or the path of
 * a YAML/JSON file. Every error names the file (or "input 'gates'"), the line and the column.
 */
async function readGates(value, options = {}) {
    const text = value.trim();
    if (text === "")
        return [];
    if (looksInline(text))
        return parseGates(text, options.source ?? "input 'gates'");
    const file = options.cwd ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23))).resolve(options.cwd, text) : text;
    let body;
    try {
        body = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "EISDIR") {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`gates: ${text}: ${code === "ENOENT" ? "file not found" : "is a directory"} (give a YAML/JSON file of gates, or the gates inline, e.g. "accuracy: {threshold: 0.8}")`, { code: "gates-file-missing", location: { file: text } });
        }
        throw error;
    }
    return parseGates(body, text);
}
function looksInline(text) {
    return text.includes("\n") || text.startsWith("{") || /^[^\s:]+\s*:\s/.test(text) || /:\s*\{/.test(text);
}
/** Parses the text of a gates document: a mapping metric → gate. */
async function parseGates(text, source) {
    const { value, locate } = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_1__.parseYamlWithLocations)(text, source);
    return gatesFromValue(value, source, locate);
}
/**
 * Validates a parsed gates mapping (from a gates file, inline YAML, or mlops.yml's
 * `evaluate.gates`). `path` prefixes positions when the mapping sits inside a larger document.
 */
function gatesFromValue(value, source, locate, path = []) {
    const at = (p, key = false) => {
        const pos = locate?.([...path, ...p], { key });
        return pos ? { file: source, line: pos.line, column: pos.column } : { file: source };
    };
    const fail = (p, message, key = false) => {
        const loc = at(p, key);
        const where = loc.line !== undefined ? ` line ${loc.line} column ${loc.column}` : "";
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source}${where}: ${message}`, { code: "gates-invalid", location: loc });
    };
    if (value === null || value === undefined)
        return [];
    if (typeof value !== "object" || Array.isArray(value)) {
        fail([], `gates: expected a mapping of metric name to gate (e.g. "accuracy: {threshold: 0.8}"), found ${Array.isArray(value) ? "a list" : typeof value}`);
    }
    const gates = [];
    for (const [metric, spec] of Object.entries(value)) {
        if (metric.trim() === "" || metric.length > 200 || /[\u0000-\u001f]/.test(metric)) {
            fail([metric], `gates: metric name ${JSON.stringify(metric)} is not valid`, true);
        }
        if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
            fail([metric], `gate '${metric}': expected a mapping with ${GATE_KEYS.join(", ")}, found ${spec === null ? "nothing" : Array.isArray(spec) ? "a list" : JSON.stringify(spec)}`);
        }
        const s = spec;
        for (const key of Object.keys(s)) {
            if (!GATE_KEYS.includes(key)) {
                const hint = key === "higher_is_better" ? " (MLflow's deprecated name; write greater_is_better)" : "";
                fail([metric, key], `gate '${metric}': unknown key '${key}'${hint}; expected one of: ${GATE_KEYS.join(", ")}`, true);
            }
        }
        const num = (key, check) => {
            const v = s[key];
            if (v === undefined || v === null)
                return null;
            if (typeof v !== "number" || !Number.isFinite(v)) {
                fail([metric, key], `gate '${metric}': ${key}: expected a finite number, found ${JSON.stringify(v) ?? String(v)}`);
            }
            const problem = check?.(v);
            if (problem)
                fail([metric, key], `gate '${metric}': ${key}: ${problem}, found ${v}`);
            return v;
        };
        const threshold = num("threshold");
        const minAbsoluteChange = num("min_absolute_change");
        const minRelativeChange = num("min_relative_change", (n) => n < -1 ? "expected a fraction ≥ -1 (a drop of more than 100% is not a margin)" : undefined);
        const significance = num("significance", (n) => n > 0 && n < 1 ? undefined : "expected a level between 0 and 1, e.g. 0.05");
        let greaterIsBetter;
        const gib = s.greater_is_better;
        if (gib === undefined || gib === null) {
            const known = defaultGreaterIsBetter(metric);
            if (known === undefined) {
                fail([metric], `gate '${metric}': greater_is_better is required: '${metric}' is not a metric with a known direction (known: accuracy, f1, precision, recall, auc, r2 up; loss, log_loss, rmse, mae, mape, latency down)`, true);
            }
            greaterIsBetter = known;
        }
        else if (typeof gib !== "boolean") {
            fail([metric, "greater_is_better"], `gate '${metric}': greater_is_better: expected true or false, found ${JSON.stringify(gib)}`);
        }
        else
            greaterIsBetter = gib;
        const slices = s.slices;
        if (slices !== undefined && slices !== null && typeof slices !== "boolean") {
            fail([metric, "slices"], `gate '${metric}': slices: expected true or false, found ${JSON.stringify(slices)}`);
        }
        if (threshold === null &&
            minAbsoluteChange === null &&
            minRelativeChange === null &&
            significance === null) {
            fail([metric], `gate '${metric}': no rule: give threshold, min_absolute_change, min_relative_change or significance`, true);
        }
        gates.push({
            metric,
            threshold,
            minAbsoluteChange,
            minRelativeChange,
            greaterIsBetter: greaterIsBetter,
            significance,
            slices: slices === true,
            location: at([metric], true),
        });
    }
    return gates;
}
/** MLflow's fallback epsilon when the baseline is exactly 0. */
const ZERO_BASELINE_EPSILON = 1e-10;
const fmt = (n) => n === null || n === undefined ? "—" : Number.isInteger(n) ? String(n) : Number(n.toPrecision(6)).toString();
/** A change with its sign always written: "+0.0123", "-0.01" (never "+ -0.01"). */
const signed = (n) => (n > 0 ? `+${fmt(n)}` : fmt(n));
/** Applies one gate to one metric (see the module comment for the exact semantics). */
function checkGate(gate, check) {
    const { candidate, baseline } = check;
    const up = gate.greaterIsBetter;
    const ge = up ? ">=" : "<=";
    const better = (a, b) => (up ? a >= b : a <= b);
    const rules = [];
    const name = gate.metric;
    if (candidate === undefined) {
        rules.push({
            rule: "present",
            operator: "exists",
            expected: null,
            actual: null,
            passed: false,
            message: `${name} is missing from the candidate's metrics`,
        });
        return { status: "fail", rules };
    }
    if (!Number.isFinite(candidate)) {
        rules.push({
            rule: "finite",
            operator: "finite",
            expected: null,
            actual: null,
            passed: false,
            message: `candidate ${name} is ${String(candidate)}`,
        });
        return { status: "fail", rules };
    }
    if (gate.threshold !== null) {
        const passed = better(candidate, gate.threshold);
        rules.push({
            rule: "threshold",
            operator: ge,
            expected: gate.threshold,
            actual: candidate,
            passed,
            message: `${name} ${fmt(candidate)} ${passed ? "" : "not "}${ge} ${fmt(gate.threshold)}`,
        });
    }
    const hasChangeRule = gate.minAbsoluteChange !== null || gate.minRelativeChange !== null || gate.significance !== null;
    const noBaseline = baseline === undefined;
    const baselineBad = baseline !== undefined && !Number.isFinite(baseline);
    const skip = (rule, expected, operator) => rules.push({
        rule,
        operator,
        expected,
        actual: null,
        passed: true,
        message: `not checked: the baseline has no ${name}`,
    });
    if (gate.minAbsoluteChange !== null) {
        const m = gate.minAbsoluteChange;
        if (noBaseline)
            skip("min_absolute_change", m, ge);
        else if (baselineBad)
            rules.push(badBaseline("min_absolute_change", ge, m, baseline, name));
        else {
            // Bound first, in floating point, then compare: exactly MLflow's Decimal(operator_fn(b, m)).
            const bound = up ? baseline + m : baseline - m;
            const passed = better(candidate, bound);
            rules.push({
                rule: "min_absolute_change",
                operator: ge,
                expected: bound,
                actual: candidate,
                passed,
                message: `${name} Δ ${signed(candidate - baseline)} (${fmt(baseline)} → ${fmt(candidate)}) ${passed ? "" : "not "}${ge} ${signed(up ? m : -m)}`,
            });
        }
    }
    if (gate.minRelativeChange !== null) {
        const r = gate.minRelativeChange;
        if (noBaseline)
            skip("min_relative_change", r, ">=");
        else if (baselineBad)
            rules.push(badBaseline("min_relative_change", ">=", r, baseline, name));
        else if (baseline === 0) {
            // MLflow: relative change is undefined at 0; require the candidate to be better by 1e-10.
            // A negative margin of 0 is 0: the candidate must not be worse.
            const eps = r >= 0 ? ZERO_BASELINE_EPSILON : 0;
            const bound = up ? baseline + eps : baseline - eps;
            const passed = better(candidate, bound);
            rules.push({
                rule: "min_relative_change",
                operator: ge,
                expected: bound,
                actual: candidate,
                passed,
                message: `baseline ${name} is 0, so the relative change is undefined: ${fmt(candidate)} ${passed ? "" : "not "}${ge} ${bound}`,
            });
        }
        else {
            const change = (up ? candidate - baseline : baseline - candidate) / Math.abs(baseline);
            const passed = change >= r;
            rules.push({
                rule: "min_relative_change",
                operator: ">=",
                expected: r,
                actual: change,
                passed,
                // Said in the metric's own direction: Δ% of the baseline, bounded below (higher is better)
                // or above (lower is better); never "improved by" a negative amount.
                message: `${name} Δ% ${signed(((candidate - baseline) / Math.abs(baseline)) * 100)}% (${fmt(baseline)} → ${fmt(candidate)}) ${passed ? "" : "not "}${ge} ${signed((up ? r : -r) * 100)}%`,
            });
        }
    }
    const level = gate.significance ?? (hasChangeRule ? (check.defaultSignificance ?? null) : null);
    if (level !== null) {
        if (noBaseline)
            skip("significance", level, "<");
        else if (baselineBad)
            rules.push(badBaseline("significance", "<", level, baseline, name));
        else {
            const margin = significanceMargin(gate, baseline);
            const test = check.significance?.(margin) ?? null;
            if (!test) {
                if (gate.significance !== null) {
                    rules.push({
                        rule: "significance",
                        operator: "<",
                        expected: gate.significance,
                        actual: null,
                        passed: false,
                        message: `significance ${gate.significance} needs both models' predictions on the same rows: ${check.unpaired ??
                            "add a predict: command to mlops.yml (it scores the baseline on the candidate's rows), or give baseline-predictions"}`,
                    });
                }
            }
            else {
                const passed = test.pValue < level;
                const what = margin === 0
                    ? "improvement"
                    : margin < 0
                        ? `non-inferiority (margin ${fmt(margin)})`
                        : `change beyond ${fmt(margin)}`;
                rules.push({
                    rule: "significance",
                    operator: "<",
                    expected: level,
                    actual: test.pValue,
                    passed,
                    message: `${what}: one-sided p = ${fmt(test.pValue)} (${test.method}) ${passed ? "<" : "not <"} ${level}`,
                });
            }
        }
    }
    const failed = rules.some((r) => !r.passed);
    const skipped = rules.some((r) => r.actual === null);
    return { status: failed ? "fail" : skipped ? "new" : "pass", rules };
}
function badBaseline(rule, operator, expected, baseline, name) {
    return {
        rule,
        operator,
        expected,
        actual: null,
        passed: false,
        message: `baseline ${name} is ${String(baseline)}: the change cannot be checked`,
    };
}
/**
 * The change (oriented so positive is better) that a significance rule must beat: the stricter
 * of min_absolute_change and min_relative_change × |baseline|, or 0 (a plain improvement).
 */
function significanceMargin(gate, baseline) {
    const margins = [];
    if (gate.minAbsoluteChange !== null)
        margins.push(gate.minAbsoluteChange);
    if (gate.minRelativeChange !== null)
        margins.push(gate.minRelativeChange * Math.abs(baseline));
    return margins.length ? Math.max(...margins) : 0;
}


/***/ }),

/***/ 66167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HV: () => (/* reexport */ evaluators/* EPS */.HV),
  TC: () => (/* reexport */ evaluators/* binaryRowLoss */.TC),
  Ks: () => (/* reexport */ gates/* checkGate */.Ks),
  $: () => (/* reexport */ evaluators/* classificationFromConfusion */.$),
  eX: () => (/* reexport */ gates/* defaultGreaterIsBetter */.eX),
  gatesFromValue: () => (/* reexport */ gates.gatesFromValue),
  of: () => (/* reexport */ columns/* hashId */.of),
  J9: () => (/* reexport */ bootstrap/* percentileInterval */.J9),
  readGates: () => (/* reexport */ gates.readGates),
  B0: () => (/* reexport */ stats/* seedState */.B0)
});

// UNUSED EXPORTS: BinaryEvaluator, BootstrapResult, DEFAULT_CACHE_DIR, DEFAULT_COMPARISON_FILE, DEFAULT_PREDICT_TIMEOUT_MINUTES, MulticlassEvaluator, POISSON1_TABLE, PREDICTION_FORMATS, REGISTERED_NOTE, RESIDUAL_QUANTILES, RegressionEvaluator, TASKS, ZERO_BASELINE_EPSILON, argsortFloat64, baselineCacheKey, binomHalfCdf, candidateFilter, cellError, cellFromText, cellFromValue, chi2Df1Sf, columnOrError, delong, delongOf, evaluateAgainstBaseline, evaluateConfigSection, evaluateStep, evaluationRows, evaluatorFor, fillPoissonWeights, gather, gatherTable, idFilter, idIndexOf, joinError, keysOf, labelKey, lineOf, mcnemar, normalSf, numericColumn, orderByCandidateScore, pairedBootstrap, parseBaselineSpec, parseGates, permuteInPlace, pointEstimates, predictEnv, prepareTask, quantileSorted, readEvaluateInputs, readMetricsSource, readPredictions, renderComparisonSummary, resolveBaseline, runPredict, scoreOnEvaluationRows, significanceMargin, subsetTask, summarizeResiduals, whereIs

// EXTERNAL MODULE: ./packages/metrics/src/gates.ts
var gates = __webpack_require__(14293);
// EXTERNAL MODULE: ./packages/metrics/src/evaluators.ts
var evaluators = __webpack_require__(33471);
// EXTERNAL MODULE: ./packages/metrics/src/bootstrap.ts
var bootstrap = __webpack_require__(13367);
// EXTERNAL MODULE: ./packages/metrics/src/paired-tests.ts
var paired_tests = __webpack_require__(9596);
// EXTERNAL MODULE: ./packages/metrics/src/stats.ts
var stats = __webpack_require__(45650);
// EXTERNAL MODULE: ./packages/metrics/src/predictions.ts
var predictions = __webpack_require__(98131);
// EXTERNAL MODULE: ./packages/metrics/src/task.ts
var task = __webpack_require__(40516);
// EXTERNAL MODULE: ./packages/metrics/src/baseline.ts
var baseline = __webpack_require__(48566);
// EXTERNAL MODULE: ./packages/metrics/src/evaluate.ts + 1 modules
var evaluate = __webpack_require__(58357);
// EXTERNAL MODULE: ./packages/metrics/src/summary.ts
var summary = __webpack_require__(73457);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
;// CONCATENATED MODULE: ./packages/metrics/src/candidate.ts

/**
 * The one input evaluate cannot do without: the candidate's metrics or its predictions. Kept in
 * a module of its own (imports nothing heavy) so the action can check it before it loads the
 * evaluators: a step that fails on a missing input should start as fast as bare node.
 */
function requireCandidate(options) {
    if (!options.candidateMetrics && !options.candidatePredictions) {
        throw new src/* ConfigurationError */.j1("the candidate needs metrics: give candidate-metrics (a metrics file or RunRecord, e.g. ${{ steps.train.outputs.metrics-file }}) or candidate-predictions", { code: "input-missing" });
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/step.ts


/*
 * The evaluate step as every host runs it (the action, `mlops evaluate`, `mlops run`): inputs or
 * mlops.yml's evaluate: section → readEvaluateInputs → evaluateAgainstBaseline → outputs
 * (passed, verdict, comparison, baseline-version), the job summary, and a failed gate fails the
 * step unless fail-on-gate is false. Only the candidate check is loaded up front: the gates and
 * the evaluators load once the one required input is known to be there (start-up is a goal).
 */
const DEFAULT_COMPARISON_FILE = ".mlops/comparison.json";
/** mlops.yml → the step's input names: the model, the registry settings and the evaluate: section. */
function evaluateConfigSection(config) {
    return {
        model: config.model,
        registry: config.registry?.backend,
        "registry-path": config.registry?.path,
        // mlops.yml's predict: section (evaluate.predict-command wins over predict.command)
        "predict-command": config.predict?.command,
        "predict-working-directory": config.predict?.["working-directory"],
        "predict-timeout-minutes": config.predict?.["timeout-minutes"],
        "predict-format": config.predict?.format,
        ...config.evaluate,
    };
}
/** The gates: mlops.yml's evaluate.gates mapping (unless the input is given), or the input's file/YAML. */
async function readStepGates(input, ctx) {
    const { gatesFromValue, readGates } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 14293));
    const fromConfig = ctx.config.evaluate?.gates;
    if (ctx.given("gates") === undefined && fromConfig && typeof fromConfig === "object") {
        return gatesFromValue(fromConfig, `${ctx.configFile} evaluate.gates`);
    }
    const text = (0,src/* optionalString */.sx)(input, "gates");
    return text ? await readGates(text, { cwd: ctx.run.workspace }) : [];
}
/** The predict command (predict-command, or mlops.yml's predict: section); null without one. */
async function readPredictInputs(input, ctx) {
    const command = (0,src/* optionalString */.sx)(input, "predict-command");
    if (!command)
        return null;
    const { DEFAULT_PREDICT_TIMEOUT_MINUTES, PREDICTION_FORMATS } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 35708));
    const { resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
    return {
        command,
        workingDirectory: resolve(ctx.run.workspace, (0,src/* optionalString */.sx)(input, "predict-working-directory") ?? "."),
        timeoutMinutes: (0,src/* optionalNumber */.WI)(input, "predict-timeout-minutes", { min: Number.MIN_VALUE }) ??
            DEFAULT_PREDICT_TIMEOUT_MINUTES,
        format: (0,src/* oneOf */.yL)((0,src/* optionalString */.sx)(input, "predict-format") ?? "csv", "predict-format", PREDICTION_FORMATS),
    };
}
/** Reads the step's inputs (`input` already falls back to mlops.yml). */
async function readEvaluateInputs(input, ctx) {
    const candidateMetrics = (0,src/* optionalString */.sx)(input, "candidate-metrics");
    const candidatePredictions = (0,src/* optionalString */.sx)(input, "candidate-predictions");
    const candidateModel = (0,src/* optionalString */.sx)(input, "candidate-model");
    // Checked here, once, before the evaluators load; a candidate model scored by the predict
    // command needs neither metrics nor predictions.
    if (!((0,src/* optionalString */.sx)(input, "predict-command") && candidateModel))
        requireCandidate({ candidateMetrics, candidatePredictions });
    const { TASKS } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 98131));
    const gates = await readStepGates(input, ctx);
    const significance = (0,src/* optionalNumber */.WI)(input, "significance", { min: Number.MIN_VALUE, max: 0.999999 }) ?? null;
    const level = (0,src/* optionalNumber */.WI)(input, "confidence-level", { min: 0.5, max: 0.9999 }) ?? 0.95;
    const task = (0,src/* oneOf */.yL)((0,src/* optionalString */.sx)(input, "task") ?? "auto", "task", TASKS);
    // On a laptop the registry is the local one unless asked otherwise.
    const registry = (0,src/* oneOf */.yL)((0,src/* optionalString */.sx)(input, "registry") ?? (ctx.host === "cli" ? "local" : "auto"), "registry", ["auto", "local", "github"]);
    const registryPath = (0,src/* optionalString */.sx)(input, "registry-path");
    const token = (0,src/* optionalString */.sx)(input, "token");
    const predict = await readPredictInputs(input, ctx);
    const evaluationRows = (0,src/* optionalString */.sx)(input, "evaluation-rows");
    // Not imported from @mlops/registry: the step's start-up does not load the registry.
    const modelScan = (0,src/* oneOf */.yL)((0,src/* optionalString */.sx)(input, "model-scan") ?? "fail", "model-scan", [
        "fail",
        "warn",
        "off",
    ]);
    return {
        predict,
        modelScan,
        dataset: (0,src/* parseList */.E1)(input("dataset")),
        ...(evaluationRows
            ? { evaluationRows: (0,src/* oneOf */.yL)(evaluationRows, "evaluation-rows", ["candidate", "dataset"]) }
            : {}),
        ...(candidateModel ? { candidateModel } : {}),
        model: (0,src/* optionalString */.sx)(input, "model") ?? null,
        candidateMetrics,
        candidatePredictions,
        baseline: (0,src/* optionalString */.sx)(input, "baseline") ?? "production",
        baselinePredictions: (0,src/* optionalString */.sx)(input, "baseline-predictions"),
        gates,
        significance,
        resamples: (0,src/* optionalNumber */.WI)(input, "bootstrap-resamples", { integer: true, min: 0, max: 100_000 }) ?? 1000,
        seed: (0,src/* optionalNumber */.WI)(input, "seed", { integer: true, min: 0, max: 2 ** 32 - 1 }) ?? 20240601,
        level,
        columns: {
            task,
            label: (0,src/* optionalString */.sx)(input, "label-column") ?? "label",
            prediction: (0,src/* optionalString */.sx)(input, "prediction-column") ?? "prediction",
            score: (0,src/* optionalString */.sx)(input, "score-column") ?? "score",
            id: (0,src/* optionalString */.sx)(input, "id-column"),
            slices: (0,src/* parseList */.E1)(input("slices")),
            positiveLabel: (0,src/* optionalString */.sx)(input, "positive-label"),
            threshold: (0,src/* optionalNumber */.WI)(input, "decision-threshold") ?? 0.5,
        },
        output: (0,src/* optionalString */.sx)(input, "comparison-file") ?? DEFAULT_COMPARISON_FILE,
        cwd: ctx.run.workspace,
        failOnGate: (0,src/* optionalBoolean */.Jz)(input, "fail-on-gate") ?? true,
        registry,
        ...(registryPath ? { registryPath } : {}),
        ...(token ? { token } : {}),
    };
}
/** Compares the candidate with its baseline under the gates; says why it passed or failed. */
async function runEvaluate(options, { context, now }) {
    const { logger, run: ctx } = context;
    if (options.token)
        logger.setSecret(options.token);
    if (options.gates.length === 0)
        logger.warning("no gates declared: the comparison is reported but nothing can fail");
    const { evaluateAgainstBaseline } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 58357));
    const result = await evaluateAgainstBaseline(options, {
        logger,
        ctx,
        ...(now ? { now } : {}),
        openRegistry: async () => {
            const { openRegistry, registryOptionsFrom } = await __webpack_require__.e(/* import() */ 443).then(__webpack_require__.bind(__webpack_require__, 5443));
            return openRegistry(registryOptionsFrom(context.config, { backend: options.registry, path: options.registryPath, token: options.token }, { ctx, logger }));
        },
    });
    const c = result.comparison;
    for (const reason of c.reasons)
        (c.passed ? logger.info : logger.warning).call(logger, reason);
    logger.info(`verdict: ${c.verdict}; Comparison written to ${result.file}`);
    return result;
}
const evaluateStep = {
    name: "evaluate-against-baseline",
    configSection: evaluateConfigSection,
    readInputs: readEvaluateInputs,
    run: runEvaluate,
    outputs: ({ comparison: c, file }) => ({
        passed: c.passed,
        verdict: c.verdict,
        comparison: file,
        "baseline-version": c.baseline?.version ?? "",
    }),
    summary: (result) => result.summary,
    failure({ comparison: c }, options) {
        if (c.passed || !options.failOnGate)
            return null;
        return new src/* StepFailed */.an(`gates failed (${c.reasons.filter((r) => r.includes("failed")).length} rule(s)): ${c.reasons.slice(0, 5).join("; ")}${c.reasons.length > 5 ? "; …" : ""}`, { code: "gate-failed" });
    },
};

// EXTERNAL MODULE: ./packages/metrics/src/predict.ts
var predict = __webpack_require__(35708);
// EXTERNAL MODULE: ./packages/metrics/src/evaluation-set.ts
var evaluation_set = __webpack_require__(42618);
// EXTERNAL MODULE: ./packages/metrics/src/rescore.ts
var rescore = __webpack_require__(39424);
// EXTERNAL MODULE: ./packages/metrics/src/columns.ts
var columns = __webpack_require__(36522);
;// CONCATENATED MODULE: ./packages/metrics/src/index.ts


















/***/ }),

/***/ 9596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   op: () => (/* binding */ mcnemar),
/* harmony export */   x4: () => (/* binding */ delongOf)
/* harmony export */ });
/* unused harmony export delong */
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45650);

/**
 * DeLong's structural components from one model's ascending order, in row order: V10 for a
 * positive row, V01 for a negative one (one array, no index of positives and negatives).
 */
function structural(y, order, score, m, nNeg) {
    const n = order.length;
    const v = new Float64Array(n);
    let i = 0;
    let below = 0; // rows strictly below the group
    let belowPos = 0;
    let belowNeg = 0;
    let sum10 = 0;
    while (i < n) {
        let j = i;
        let gp = 0;
        while (j < n && score[order[j]] === score[order[i]]) {
            gp += y[order[j]];
            j++;
        }
        const g = j - i;
        const gn = g - gp;
        const rAll = below + (g + 1) / 2;
        const rPos = belowPos + (gp + 1) / 2;
        const rNeg = belowNeg + (gn + 1) / 2;
        const v10 = (rAll - rPos) / nNeg;
        const v01 = 1 - (rAll - rNeg) / m;
        for (let k = i; k < j; k++) {
            const r = order[k];
            if (y[r]) {
                v[r] = v10;
                sum10 += v10;
            }
            else
                v[r] = v01;
        }
        below += g;
        belowPos += gp;
        belowNeg += gn;
        i = j;
    }
    return { v, auc: sum10 / m };
}
/** Sample variances and covariance of a and b over the rows of class `cls` (two passes). */
function covariance(y, cls, a, b) {
    const n = y.length;
    let count = 0;
    let ma = 0;
    let mb = 0;
    for (let i = 0; i < n; i++) {
        if (y[i] !== cls)
            continue;
        count++;
        ma += a[i];
        mb += b[i];
    }
    ma /= count;
    mb /= count;
    let saa = 0;
    let sbb = 0;
    let sab = 0;
    for (let i = 0; i < n; i++) {
        if (y[i] !== cls)
            continue;
        const da = a[i] - ma;
        const db = b[i] - mb;
        saa += da * da;
        sbb += db * db;
        sab += da * db;
    }
    const d = count - 1;
    return [saa / d, sbb / d, sab / d];
}
/**
 * DeLong's test for two correlated ROC AUCs on the same rows. Needs at least two positives
 * and two negatives; returns null otherwise.
 */
function delong(y, scoreA, orderA, scoreB, orderB) {
    let m = 0;
    for (let i = 0; i < y.length; i++)
        m += y[i];
    const nNeg = y.length - m;
    if (m < 2 || nNeg < 2)
        return null;
    const A = structural(y, orderA, scoreA, m, nNeg);
    const B = structural(y, orderB, scoreB, m, nNeg);
    const [s10aa, s10bb, s10ab] = covariance(y, 1, A.v, B.v);
    const [s01aa, s01bb, s01ab] = covariance(y, 0, A.v, B.v);
    const variance = (s10aa + s10bb - 2 * s10ab) / m + (s01aa + s01bb - 2 * s01ab) / nNeg;
    const diff = A.auc - B.auc;
    const z = variance > 0 ? diff / Math.sqrt(variance) : diff === 0 ? 0 : diff > 0 ? Infinity : -Infinity;
    return { aucA: A.auc, aucB: B.auc, variance, z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
/**
 * DeLong's test from two binary evaluators on the same rows (their tie groups, no scores): A's
 * structural components are kept in row order (8 bytes a row), B's streamed against them, with
 * the covariances centred on the AUCs (the means of V10 and V01). Null without scores or with
 * fewer than two positives or negatives.
 */
function delongOf(a, b) {
    const vA = new Float64Array(a.n);
    const A = a.structural((r, _positive, v) => (vA[r] = v));
    const B = b.structural(() => { });
    if (!A || !B)
        return null;
    const m = A.positives;
    const nNeg = A.negatives;
    if (m < 2 || nNeg < 2 || B.positives !== m)
        return null;
    // [aa, bb, ab] over positives (V10), then negatives (V01)
    const s = new Float64Array(6);
    b.structural((r, positive, v) => {
        const da = vA[r] - A.auc;
        const db = v - B.auc;
        const k = positive ? 0 : 3;
        s[k] += da * da;
        s[k + 1] += db * db;
        s[k + 2] += da * db;
    });
    const variance = (s[0] + s[1] - 2 * s[2]) / (m - 1) / m + (s[3] + s[4] - 2 * s[5]) / (nNeg - 1) / nNeg;
    const diff = A.auc - B.auc;
    const z = variance > 0 ? diff / Math.sqrt(variance) : diff === 0 ? 0 : diff > 0 ? Infinity : -Infinity;
    return { aucA: A.auc, aucB: B.auc, variance, z, pValue: Math.min(1, 2 * (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(Math.abs(z))) };
}
/**
 * McNemar's test from the discordant counts: by default as statsmodels' mcnemar(exact=n<25,
 * correction=True); with `exact`, the exact binomial test for any count (scipy.stats.binomtest
 * of aOnly successes in aOnly + bOnly trials at ½), which evaluate uses.
 */
function mcnemar(aOnly, bOnly, options = {}) {
    const d = aOnly + bOnly;
    if (d === 0)
        return { aOnly, bOnly, method: "mcnemar-exact", statistic: 0, pValue: 1, pValueAGreater: 1 };
    if (d < 25 || options.exact) {
        const k = Math.min(aOnly, bOnly);
        const pValue = Math.min(1, 2 * (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .binomHalfCdf */ .UW)(k, d));
        // P(X ≥ aOnly) = P(X ≤ d − aOnly) for X ~ Bin(d, ½): an upper tail, not 1 − CDF
        const pValueAGreater = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .binomHalfCdf */ .UW)(d - aOnly, d);
        return { aOnly, bOnly, method: "mcnemar-exact", statistic: k, pValue, pValueAGreater };
    }
    const diff = Math.abs(aOnly - bOnly);
    const statistic = Math.max(0, diff - 1) ** 2 / d;
    const pValue = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .chi2Df1Sf */ .jc)(statistic);
    const z = (aOnly - bOnly - (aOnly > bOnly ? 1 : aOnly < bOnly ? -1 : 0)) / Math.sqrt(d);
    return { aOnly, bOnly, method: "mcnemar", statistic, pValue, pValueAGreater: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(z) };
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


/***/ }),

/***/ 98131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ cellError),
/* harmony export */   KM: () => (/* binding */ columnOrError),
/* harmony export */   Pv: () => (/* binding */ joinError),
/* harmony export */   R_: () => (/* binding */ readPredictions),
/* harmony export */   TASKS: () => (/* binding */ TASKS),
/* harmony export */   UK: () => (/* binding */ numericColumn),
/* harmony export */   YD: () => (/* binding */ keysOf),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   eF: () => (/* binding */ cellFromValue),
/* harmony export */   ie: () => (/* binding */ whereIs),
/* harmony export */   it: () => (/* binding */ cellFromText),
/* harmony export */   kJ: () => (/* binding */ labelKey),
/* harmony export */   mT: () => (/* binding */ gatherTable),
/* harmony export */   rP: () => (/* binding */ idIndexOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17198);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36522);



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
        index = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .IdIndex */ .wv(ids, (row, first) => {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${whereIs(table, row)} column '${id}': expected a unique id, found ${shownId(idText(table, row))} again (first at ${lineOf(table, first) === null ? `row ${first + 1}` : `${table.lineWord} ${lineOf(table, first)}`})`, { code: "prediction-invalid", location: { file: table.file, column: id } });
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
    const data = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89960));
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
                return flags[index] ? NaN : (0,_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .plainNumberBytes */ .tU)(buf, starts[index], ends[index]);
            },
            idHash(k, out) {
                const index = picked[k];
                return !flags[index] && (0,_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .hashIntegerIdBytes */ .lx)(buf, starts[index], ends[index], out);
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
                throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file} line ${line}: expected ${expected} fields as in the header, found ${found}`, {
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
    const data = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89960));
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
    const ids = alignTo ? null : new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .IdBuilder */ .v4(names.id ? capacity : 0);
    const lines = new LineRecorder(alignTo ? alignTo.rows : capacity, !!alignTo);
    const hash = new Uint32Array(2);
    let rows = 0;
    const columns = await scan(file, kind, keep, {
        begin(_all, picked) {
            idK = names.id ? picked.indexOf(names.id) : -1;
            order = picked.map((name) => {
                if (name === names.id)
                    return null;
                const b = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnBuilder */ .QW(capacity);
                builders.set(name, b);
                return b;
            });
            if (names.id && idK < 0) {
                throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${name}: no column '${names.id}' (id-column); the file has: ${_all.slice(0, 20).join(", ")}`, {
                    code: "column-missing",
                    location: { file: name, column: names.id },
                });
            }
        },
        extend(name) {
            const b = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnBuilder */ .QW(capacity);
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
                    (0,_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .hashId */ .of)(labelKey(v), hash);
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
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${name}: no prediction rows`, {
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
    return new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file} ${kind === "parquet" ? "row" : "line"} ${line} column '${id}': expected an id, found nothing`, { code: "prediction-invalid", location: { file, ...(kind === "parquet" ? {} : { line }), column: id } });
}
/**
 * A first guess at a text file's rows, from its size and the line length of its first 64 KiB,
 * so the typed arrays are allocated about once at the right size.
 */
function estimateRows(file, kind) {
    if (kind === "parquet")
        return 1024;
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size;
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, "r");
        try {
            const head = Buffer.alloc(Math.min(size, 1 << 16));
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, head.length, 0);
            let lines = 0;
            for (let i = 0; i < read; i++)
                if (head[i] === 10)
                    lines++;
            const perRow = lines > 1 ? read / lines : 12;
            return Math.min(1 << 28, Math.max(1024, Math.ceil((size / perRow) * 1.02) + 16));
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
        if (this.scattered && this.capacity > _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .ID_TEXT_ROWS */ .oU)
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
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${this.file} line ${line} column '${this.id}': expected a unique id, found ${shownId(key())} again`, { code: "prediction-invalid", location: { file: this.file, line, column: this.id } });
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
    return new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`predictions do not cover the same rows by '${id}': ${parts.join("; ")}; both models must be scored on the same rows (candidate: ${candidateFile}, baseline: ${baselineFile})`, { code: "predictions-mismatch" });
}
/** A view of `table` whose rows follow `rows` (the baseline joined on ids after reading). */
function gatherTable(table, rows, alignTo) {
    const values = new Map();
    for (const [k, v] of table.values)
        values.set(k, (0,_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .gatherColumn */ .MB)(v, rows));
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
    return new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${whereIs(table, row)} column '${column}': expected ${expected}, found ${found === null ? "nothing" : JSON.stringify(found)}`, {
        code: "prediction-invalid",
        location: { file: table.file, ...(table.lineWord === "line" && line !== null ? { line } : {}), column },
    });
}
function columnOrError(table, column, what) {
    const values = table.values.get(column);
    if (!values) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${table.file}: no column '${column}' (${what}); the file has: ${table.columns.slice(0, 20).join(", ")}${table.columns.length > 20 ? ", …" : ""}`, { code: "column-missing", location: { file: table.file, column } });
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


/***/ }),

/***/ 39424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fy: () => (/* binding */ scoreOnEvaluationRows)
/* harmony export */ });
/* unused harmony exports candidateFilter, baselineCacheKey */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17198);
/* harmony import */ var _evaluation_set_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42618);
/* harmony import */ var _predict_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35708);
/* harmony import */ var _predictions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98131);






const EXTENSIONS = { csv: "csv", tsv: "tsv", jsonl: "jsonl", parquet: "parquet" };
/** The candidate's rows as a filter of dataset rows by id (its ids hashed, as evaluate joins them). */
function candidateFilter(table, idColumn) {
    const index = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_5__/* .idIndexOf */ .rP)(table, idColumn);
    const scratch = new Uint32Array(2);
    return {
        idColumn,
        count: table.rows,
        position: (key) => index.rowOfKey(key, scratch),
        describe: (row) => table.ids?.texts?.[row] ?? `the id at ${(0,_predictions_js__WEBPACK_IMPORTED_MODULE_5__/* .whereIs */ .ie)(table, row)}`,
        from: table.file,
    };
}
function baselineCacheKey(baseline, fingerprint, predict) {
    return (0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)((0,_mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)({
        baseline: { version: baseline.version, content: baseline.contentDigest ?? baseline.source },
        evaluationRows: fingerprint,
        predict: { command: predict.command, format: predict.format },
    }));
}
/** Scores the baseline (and the candidate, when asked) on the evaluation rows. */
async function scoreOnEvaluationRows(options, baseline, candidate, deps) {
    const { logger } = deps;
    const rows = await (0,_evaluation_set_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluationRows */ .g)({
        dataset: options.dataset,
        cwd: options.cwd,
        keep: options.rows === "candidate" ? candidateKeep(options, candidate) : null,
        tempDir: options.workDir,
    });
    logger.info(`evaluation rows: ${rows.rows} from ${rows.source}${options.rows === "candidate" ? ` (the rows of the candidate's predictions, by '${options.idColumn}')` : ""}, sha256 ${rows.fingerprint.slice(0, 12)}`);
    const base = baseline ? await scoreBaseline(options, baseline, rows, deps) : null;
    let predictMs = base?.predictMs ?? 0;
    const ext = EXTENSIONS[options.predict.format];
    let candidateFile = null;
    if (options.rows === "dataset" && options.candidateModel) {
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.workDir, `candidate-predictions.${ext}`);
        const run = await (0,_predict_js__WEBPACK_IMPORTED_MODULE_4__/* .runPredict */ .T)(options.predict, {
            who: "candidate",
            modelPath: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd, options.candidateModel),
            evalData: rows.file,
            output: out,
        }, deps);
        predictMs += run.durationMs;
        candidateFile = out;
    }
    else if (!candidate) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("the candidate has neither predictions nor a model to score: give candidate-predictions, or candidate-model with evaluation-rows: dataset", { code: "input-missing" });
    }
    return {
        rows,
        candidateFile,
        baselineFile: base?.file ?? null,
        baselineSource: base?.source ?? null,
        predictMs,
    };
}
async function scoreBaseline(options, baseline, rows, deps) {
    const { logger } = deps;
    const who = `baseline v${baseline.version ?? "?"}`;
    const ext = EXTENSIONS[options.predict.format];
    let predictMs = 0;
    const cached = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.cacheDir, "baseline-scores", `${baselineCacheKey(baseline, rows.fingerprint, options.predict)}.${ext}`);
    let baselineSource = "cache";
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cached)) {
        logger.info(`${who}: scores on these rows found in the cache (${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(options.cwd, cached)}); not scoring again`);
    }
    else {
        if (!baseline.download) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${who}: its files cannot be downloaded here, so it cannot be scored`, {
                code: "baseline-download",
            });
        }
        const dl = await baseline.download(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.workDir, "baseline-model"));
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.workDir, `baseline-predictions.${ext}`);
        const run = await (0,_predict_js__WEBPACK_IMPORTED_MODULE_4__/* .runPredict */ .T)(options.predict, { who, modelPath: dl.modelPath, evalData: rows.file, output: out }, deps);
        predictMs += run.durationMs;
        logger.info(`${who}: scored ${rows.rows} rows in ${(run.durationMs / 1000).toFixed(1)} s`);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(cached), { recursive: true });
        const partial = `${cached}.${process.pid}.partial`;
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(out, partial);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(partial, cached);
        baselineSource = "predict";
    }
    return { file: cached, source: baselineSource, predictMs };
}
function candidateKeep(options, candidate) {
    if (!candidate) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("evaluation-rows: candidate takes the rows of the candidate's predictions, but there are none: give candidate-predictions, or set evaluation-rows: dataset with candidate-model", { code: "input-missing" });
    }
    if (!options.idColumn) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the baseline is scored on the rows of the candidate's predictions (${candidate.file}), found in the dataset by their id: set id-column (e.g. id-column: date), or evaluation-rows: dataset with candidate-model`, { code: "input-missing" });
    }
    return candidateFilter(candidate, options.idColumn);
}


/***/ }),

/***/ 47685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ argsortFloat64),
/* harmony export */   RG: () => (/* binding */ permuteInPlace)
/* harmony export */ });
/* unused harmony export gather */
/**
 * Stable ascending argsort of finite doubles by LSD radix sort on their IEEE-754 bits (16-bit
 * digits, passes whose digit is constant skipped): ~10× faster than a comparator sort on a
 * million scores. Each pass reads its digit straight from the doubles' bits (made sortable:
 * negatives flipped, the sign bit of positives set, -0 as +0), so the only memory is the
 * result and one scratch array of the same size. NaN must be rejected by the caller.
 */
function argsortFloat64(values, reuse) {
    const n = values.length;
    const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    // `reuse`: a spent array of n the caller gives up (one of the two buffers; either may be returned)
    let idx = reuse?.length === n ? reuse : new Int32Array(n);
    for (let i = 0; i < n; i++)
        idx[i] = i;
    let tmp = new Int32Array(n);
    const count = new Int32Array(65536);
    for (let pass = 0; pass < 4; pass++) {
        const word = pass >> 1; // 0: low 32 bits, 1: high
        const shift = pass % 2 === 0 ? 0 : 16;
        count.fill(0);
        for (let i = 0; i < n; i++)
            count[digit(bits, i, word, shift)]++;
        if (n > 0 && count[digit(bits, 0, word, shift)] === n)
            continue; // all equal: nothing to do
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const j = idx[i];
            tmp[count[digit(bits, j, word, shift)]++] = j;
        }
        const t = idx;
        idx = tmp;
        tmp = t;
    }
    return idx;
}
/** The 16-bit digit at `shift` of word `word` (0 low, 1 high) of double i's sortable key. */
function digit(bits, i, word, shift) {
    let h = bits[2 * i + 1];
    const l = bits[2 * i];
    if (h === 0x80000000 && l === 0)
        h = 0; // -0 → +0
    let k;
    if (h & 0x80000000)
        k = word ? ~h : ~l;
    else
        k = word ? h | 0x80000000 : l;
    return (k >>> shift) & 0xffff;
}
/** out[i] = values[perm[i]]. */
function gather(values, perm, out) {
    for (let i = 0; i < perm.length; i++)
        out[i] = values[perm[i]];
    return out;
}
/**
 * a[i] = a_before[order[i]] for every i, in place: follows the permutation's cycles, marking
 * visited entries of `order` by their complement (restored before returning), so no scratch.
 */
function permuteInPlace(a, order) {
    const n = order.length;
    for (let start = 0; start < n; start++) {
        if (order[start] < 0)
            continue;
        const first = a[start];
        let j = start;
        for (;;) {
            const k = order[j];
            order[j] = ~k;
            if (k === start) {
                a[j] = first;
                break;
            }
            a[j] = a[k];
            j = k;
        }
    }
    for (let i = 0; i < n; i++)
        order[i] = ~order[i];
}


/***/ }),

/***/ 45650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ seedState),
/* harmony export */   It: () => (/* binding */ fillPoissonWeights),
/* harmony export */   UW: () => (/* binding */ binomHalfCdf),
/* harmony export */   Z4: () => (/* binding */ quantileSorted),
/* harmony export */   jc: () => (/* binding */ chi2Df1Sf),
/* harmony export */   nG: () => (/* reexport safe */ _mlops_data__WEBPACK_IMPORTED_MODULE_0__.normalSf)
/* harmony export */ });
/* unused harmony export POISSON1_TABLE */
/* harmony import */ var _mlops_data__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89960);
/*
 * Small numerical pieces: the normal and chi-square(1) tails (@mlops/data's, over @stdlib's erfc
 * and incomplete gamma), the binomial tail for exact McNemar, percentiles as numpy computes them,
 * a seeded PRNG.
 */


/** P(X > x) for X ~ chi-square with 1 degree of freedom. */
function chi2Df1Sf(x) {
    return (0,_mlops_data__WEBPACK_IMPORTED_MODULE_0__.chi2Sf)(x, 1);
}
/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomHalfCdf(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    const lnHalfN = n * Math.log(0.5);
    const lnFactN = (0,_mlops_data__WEBPACK_IMPORTED_MODULE_0__.logGamma)(n + 1);
    let sum = 0;
    for (let i = 0; i <= k; i++)
        sum += Math.exp(lnFactN - (0,_mlops_data__WEBPACK_IMPORTED_MODULE_0__.logGamma)(i + 1) - (0,_mlops_data__WEBPACK_IMPORTED_MODULE_0__.logGamma)(n - i + 1) + lnHalfN);
    return Math.min(1, sum);
}
/** Percentile of sorted values with linear interpolation (numpy's default "linear" method). */
function quantileSorted(sorted, q, length = sorted.length) {
    if (length === 0)
        return NaN;
    const h = (length - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, length - 1);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (h - lo) * (b - a);
}
/** xoshiro128** seeded through splitmix32: fast, reproducible 32-bit random numbers. */
function seedState(seed) {
    const s = new Uint32Array(4);
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
        x = (x + 0x9e3779b9) >>> 0;
        let z = x;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    if ((s[0] | s[1] | s[2] | s[3]) === 0)
        s[0] = 1;
    return s;
}
/**
 * Poisson(1) draws by table lookup on 16 random bits: entry v is the smallest k with
 * F(k) > (v + ½)/65536. Each probability is exact to 1/65536 (P(0) = 0.367879… vs 24109/65536).
 */
const POISSON1_TABLE = (() => {
    const table = new Uint8Array(65536);
    let k = 0;
    let p = Math.exp(-1);
    let cdf = p;
    for (let v = 0; v < 65536; v++) {
        const u = (v + 0.5) / 65536;
        while (u >= cdf && k < 255) {
            k++;
            p /= k;
            cdf += p;
        }
        table[v] = k;
    }
    return table;
})();
/** Fills `out` with Poisson(1) weights, advancing the xoshiro128** state in place. */
function fillPoissonWeights(out, state) {
    const T = POISSON1_TABLE;
    let s0 = state[0];
    let s1 = state[1];
    let s2 = state[2];
    let s3 = state[3];
    const n = out.length;
    let i = 0;
    for (; i + 1 < n; i += 2) {
        const m = Math.imul(s1, 5);
        const r = Math.imul((m << 7) | (m >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        out[i] = T[r & 0xffff];
        out[i + 1] = T[r >>> 16];
    }
    if (i < n) {
        const m = Math.imul(s1, 5);
        const r = Math.imul((m << 7) | (m >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        out[i] = T[r & 0xffff];
    }
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
}


/***/ }),

/***/ 73457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ renderComparisonSummary)
/* harmony export */ });
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12712);
/* harmony import */ var _mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43760);


/*
 * evaluate-against-baseline's job summary: the verdict, the baseline, and the Comparison's
 * metrics as the report renders them (@mlops/report/metrics-table, the one rendering of a
 * Comparison), slices in a second table. Every string from users' files is escaped there and
 * here (@mlops/core/markdown).
 */
const HEAD = {
    pass: "✅ **pass**",
    fail: "❌ **fail**",
    "no-baseline": "🆕 **no baseline** (absolute gates only)",
};
function baselineText(c) {
    const b = c.baseline;
    if (!b)
        return "none";
    if (b.version === null)
        return b.source ? (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(b.source, 120) : "given";
    return `v${b.version}${b.alias ? ` (${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(b.alias, 64)})` : ""}`;
}
function renderComparisonSummary(c, options = {}) {
    const max = options.maxRows ?? 200;
    const p = c.predictions;
    const paired = p
        ? ` · paired bootstrap over ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(p.rows)} rows (${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(p.resamples)} resamples, seed ${p.seed})`
        : "";
    const parts = [
        `### Evaluate${c.model ? ` ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(c.model, 100)}` : ""} against baseline: ${HEAD[c.verdict]}`,
        [`Baseline: ${baselineText(c)}${paired}`, (0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .artifactLine */ .VY)(c), (0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .scanLine */ .YU)(c)].filter(Boolean).join("<br>"),
    ];
    const main = c.metrics.filter((m) => !m.slice).sort(_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .compareMetricRows */ .VW);
    const slices = c.metrics.filter((m) => m.slice).sort(_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .compareMetricRows */ .VW);
    const notice = (hidden) => `${hidden} in the Comparison JSON.`;
    if (main.length)
        parts.push((0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .metricTableMarkdown */ .Ug)((0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .metricTable */ .Lc)(main), main, { rows: max, notice, noun: "metrics", legend: true }));
    const residuals = (0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .residualsMarkdown */ .eR)(c);
    if (residuals)
        parts.push(residuals);
    if (slices.length)
        parts.push("**Per-slice results**", (0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .metricTableMarkdown */ .Ug)((0,_mlops_report_metrics_table__WEBPACK_IMPORTED_MODULE_1__/* .metricTable */ .Lc)(slices, { slices: true }), slices, {
            rows: max,
            notice,
            noun: "slice checks",
        }));
    if (c.reasons.length) {
        const reasons = c.reasons.slice(0, 50).map((r) => `- ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(r, 300)}`);
        if (c.reasons.length > 50)
            reasons.push(`- … and ${c.reasons.length - 50} more in the Comparison JSON`);
        parts.push(reasons.join("\n"));
    }
    return parts.join("\n\n") + "\n";
}


/***/ }),

/***/ 40516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sh: () => (/* binding */ subsetTask),
/* harmony export */   ZC: () => (/* binding */ evaluatorFor),
/* harmony export */   Zx: () => (/* binding */ orderByCandidateScore),
/* harmony export */   t8: () => (/* binding */ prepareTask)
/* harmony export */ });
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17198);
/* harmony import */ var _evaluators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33471);
/* harmony import */ var _predictions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98131);
/* harmony import */ var _sort_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47685);




/** What a column's distinct values look like (from the dictionary when it is one). */
function profile(column) {
    const distinct = new Set();
    let numeric = true;
    let integral = true;
    if (column.numbers) {
        const v = column.numbers;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (Number.isNaN(x)) {
                const cell = column.get(i);
                if (cell === null)
                    continue;
                if (typeof cell !== "number")
                    numeric = false;
                continue;
            }
            if (!Number.isInteger(x))
                integral = false;
            if (distinct.size <= 64)
                distinct.add((0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .labelKey */ .kJ)(x));
        }
        return { numeric, integral, distinct };
    }
    for (const v of column.dict) {
        if (v === null)
            continue;
        if (typeof v !== "number")
            numeric = false;
        else if (!Number.isInteger(v))
            integral = false;
        if (distinct.size <= 64)
            distinct.add((0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .labelKey */ .kJ)(v));
    }
    return { numeric, integral, distinct };
}
function detectTask(table, o) {
    if (o.task !== "auto")
        return o.task;
    const perClass = table.columns.filter((c) => c.startsWith(`${o.score}_`));
    const labels = profile((0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOrError */ .KM)(table, o.label, "label-column: the true label"));
    if (perClass.length > 2)
        return "multiclass";
    if (labels.numeric) {
        const preds = table.values.get(o.prediction);
        const p = preds ? profile(preds) : null;
        const predIntegral = !p || (p.numeric && p.integral);
        if (!labels.integral || !predIntegral || labels.distinct.size > 20)
            return "regression";
    }
    if (labels.distinct.size <= 2 && perClass.length <= 2)
        return "binary";
    return "multiclass";
}
function sortLabels(keys) {
    const list = [...new Set(keys)];
    const allNumeric = list.every((k) => k !== "" && Number.isFinite(Number(k)));
    return allNumeric ? list.sort((a, b) => Number(a) - Number(b)) : list.sort();
}
/**
 * The baseline in the candidate's row order: as read (joined while streaming), by row order
 * without an id column, or joined here on the id column's hashes.
 */
function alignBaseline(candidate, baseline, id) {
    if (baseline.alignedTo === candidate)
        return baseline;
    if (!id) {
        if (candidate.rows !== baseline.rows) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`candidate predictions (${candidate.file}) have ${candidate.rows} rows but baseline predictions (${baseline.file}) have ${baseline.rows}: paired evaluation needs the same rows; give id-column to join them`, { code: "predictions-mismatch" });
        }
        return baseline;
    }
    if (!candidate.ids || !baseline.ids) {
        const which = candidate.ids ? baseline : candidate;
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${which.file}: no id column '${id}' (id-column)`, {
            code: "column-missing",
            location: { file: which.file, column: id },
        });
    }
    const index = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .idIndexOf */ .rP)(baseline, id);
    (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .idIndexOf */ .rP)(candidate, id); // duplicate ids of the candidate are an error too
    const out = new Int32Array(candidate.rows);
    const used = new Uint8Array(baseline.rows);
    const missing = [];
    let missingCount = 0;
    const ids = candidate.ids;
    for (let i = 0; i < candidate.rows; i++) {
        const j = index.rowOf(ids.hi[i], ids.lo[i]);
        if (j < 0) {
            missingCount++;
            if (missing.length < 10)
                missing.push(ids.texts?.[i] ?? `line ${(0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(candidate, i)}`);
        }
        else {
            out[i] = j;
            used[j] = 1;
        }
    }
    const extra = [];
    let extraCount = 0;
    for (let j = 0; j < baseline.rows; j++) {
        if (used[j])
            continue;
        extraCount++;
        if (extra.length < 10)
            extra.push(baseline.ids.texts?.[j] ?? `line ${(0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(baseline, j)}`);
    }
    if (missingCount || extraCount) {
        throw (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .joinError */ .Pv)(id, candidate.file, baseline.file, {
            missing: { count: missingCount, sample: missing },
            extra: { count: extraCount, sample: extra },
        });
    }
    return (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .gatherTable */ .mT)(baseline, out, candidate);
}
/** The candidate's labels, checked, and the baseline's (when it has them) equal to them row by row. */
function checkedLabels(candidate, baseline, o) {
    const labels = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOrError */ .KM)(candidate, o.label, "label-column: the true label");
    const bad = (v) => v === null || (typeof v === "number" && !Number.isFinite(v));
    if (labels.dict) {
        const codes = labels.codes;
        const badCode = labels.dict.map(bad);
        if (badCode.some(Boolean)) {
            for (let i = 0; i < labels.length; i++)
                if (badCode[codes[i]])
                    throw (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .cellError */ .B8)(candidate, i, o.label, "a label", labels.get(i));
        }
    }
    else {
        const v = labels.numbers;
        for (let i = 0; i < v.length; i++)
            if (!Number.isFinite(v[i]))
                throw (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .cellError */ .B8)(candidate, i, o.label, "a label", labels.get(i));
    }
    const other = baseline?.values.get(o.label);
    if (baseline && other) {
        const a = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(labels);
        const b = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(other);
        for (let i = 0; i < labels.length; i++) {
            if (a(i) !== b(i)) {
                throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${(0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .whereIs */ .ie)(baseline, i)}: label ${JSON.stringify(other.get(i))} differs from the candidate's ${JSON.stringify(labels.get(i))} (${(0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .whereIs */ .ie)(candidate, i)}): the two files must hold the same rows${o.id ? "" : " in the same order (or give id-column)"}`, { code: "predictions-mismatch" });
            }
        }
    }
    return labels;
}
/** Distinct label keys of a column. */
function distinctKeys(column, into) {
    if (column.dict) {
        for (const v of column.dict)
            if (v !== null)
                into.add((0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .labelKey */ .kJ)(v));
        return;
    }
    const key = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(column);
    for (let i = 0; i < column.length; i++) {
        if (column.get(i) === null)
            continue;
        into.add(key(i));
        if (into.size > 100_000)
            return; // not classes: the task check reports it
    }
}
/** Per row, the index of its key in `index` (-1 when absent). */
function codesOf(column, index) {
    if (column.dict) {
        const mapped = column.dict.map((v) => (v === null ? -1 : index((0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .labelKey */ .kJ)(v))));
        const codes = column.codes;
        return (i) => mapped[codes[i]];
    }
    const key = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(column);
    return (i) => (column.get(i) === null ? -1 : index(key(i)));
}
function prepareTask(candidate, baselineTable, o) {
    const task = detectTask(candidate, o);
    const baseline = baselineTable ? alignBaseline(candidate, baselineTable, o.id) : null;
    const labels = checkedLabels(candidate, baseline, o);
    const slices = o.slices.map((column) => {
        const c = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOrError */ .KM)(candidate, column, "a slice column");
        const key = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .keysOf */ .YD)(c);
        return {
            column,
            values: Array.from({ length: c.length }, (_, i) => (c.get(i) === null ? "(missing)" : key(i))),
        };
    });
    const rows = candidate.rows;
    const both = (model) => ({
        candidate: model(candidate),
        baseline: baseline ? model(baseline) : null,
    });
    if (task === "regression") {
        const y = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .numericColumn */ .UK)(candidate, o.label, "label-column");
        const model = (t) => ({
            task: "regression",
            pred: (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .numericColumn */ .UK)(t, t.values.has(o.prediction) ? o.prediction : o.score, "prediction-column: the predicted value"),
        });
        return { task, rows, y, classes: [], ...both(model), slices };
    }
    // Classes: the labels, the predicted classes and the per-class score columns of both models.
    const keys = new Set();
    distinctKeys(labels, keys);
    for (const t of [candidate, baseline]) {
        if (!t)
            continue;
        const pred = t.values.get(o.prediction);
        if (pred)
            distinctKeys(pred, keys);
        if (task === "multiclass")
            for (const c of t.columns)
                if (c.startsWith(`${o.score}_`))
                    keys.add(c.slice(o.score.length + 1));
    }
    if (task === "binary") {
        const b = binaryModel(keys, labels, rows, o);
        return { task, rows, y: b.y, classes: b.classes, ...both(b.model), slices };
    }
    const classes = sortLabels(keys);
    const index = new Map(classes.map((c, k) => [c, k]));
    const y = new Int32Array(rows);
    const code = codesOf(labels, (k) => index.get(k));
    for (let i = 0; i < rows; i++)
        y[i] = code(i);
    return { task, rows, y, classes, ...both((t) => multiclassModel(t, classes, index, rows, o)), slices };
}
function positiveClass(keys, classes, o) {
    let positive = o.positiveLabel;
    if (positive === undefined) {
        if (keys.has("1"))
            positive = "1";
        else if (keys.has("true"))
            positive = "true";
        else if (classes.length === 2)
            positive = classes[1];
        else {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`binary task: cannot tell the positive class among ${classes.map((c) => JSON.stringify(c)).join(", ")}; set positive-label`, { code: "positive-label" });
        }
    }
    if (!keys.has(positive) && o.positiveLabel !== undefined) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`positive-label ${JSON.stringify(positive)} is not among the labels ${classes.map((c) => JSON.stringify(c)).join(", ")}`, { code: "positive-label" });
    }
    if (classes.length > 2) {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`binary task, but the labels and predictions hold ${classes.length} classes (${classes.slice(0, 5).join(", ")}…); set task: multiclass`, { code: "task-mismatch" });
    }
    return positive;
}
function binaryModel(keys, labels, rows, o) {
    const sorted = sortLabels(keys);
    const positive = positiveClass(keys, sorted, o);
    const negative = sorted.find((c) => c !== positive) ?? "(other)";
    const isPositive = (k) => (k === positive ? 1 : 0);
    const y = new Uint8Array(rows);
    const yCode = codesOf(labels, isPositive);
    for (let i = 0; i < rows; i++)
        y[i] = yCode(i);
    const model = (t) => {
        const hasScore = t.values.has(o.score) || t.values.has(`${o.score}_${positive}`);
        const scoreColumn = t.values.has(o.score) ? o.score : `${o.score}_${positive}`;
        const score = hasScore ? (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .numericColumn */ .UK)(t, scoreColumn, "score-column") : null;
        const predCells = t.values.get(o.prediction);
        if (!score && !predCells) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${t.file}: neither a score column '${o.score}' nor a prediction column '${o.prediction}'; set score-column or prediction-column`, { code: "column-missing", location: { file: t.file } });
        }
        const pred = new Uint8Array(rows);
        if (predCells) {
            const code = codesOf(predCells, isPositive);
            for (let i = 0; i < rows; i++) {
                const c = code(i);
                if (c < 0)
                    throw (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .cellError */ .B8)(t, i, o.prediction, "a predicted class", predCells.get(i));
                pred[i] = c;
            }
        }
        else
            for (let i = 0; i < rows; i++)
                pred[i] = score[i] > o.threshold ? 1 : 0;
        let probability = !!score;
        if (score)
            for (let i = 0; i < rows && probability; i++)
                probability = score[i] >= 0 && score[i] <= 1;
        return { task: "binary", pred, score, probability };
    };
    return { y, classes: [negative, positive], model };
}
function multiclassModel(t, classes, index, rows, o) {
    const K = classes.length;
    const have = classes.filter((c) => t.values.has(`${o.score}_${c}`));
    let proba = null;
    if (have.length) {
        const missing = classes.filter((c) => !t.values.has(`${o.score}_${c}`));
        if (missing.length) {
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${t.file}: probability columns missing for class(es) ${missing.map((c) => `'${o.score}_${c}'`).join(", ")}`, { code: "column-missing", location: { file: t.file } });
        }
        proba = new Float64Array(rows * K);
        classes.forEach((c, k) => {
            const col = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .numericColumn */ .UK)(t, `${o.score}_${c}`, "a class probability");
            for (let i = 0; i < rows; i++)
                proba[i * K + k] = col[i];
        });
    }
    const pred = new Int32Array(rows);
    const predCells = t.values.get(o.prediction);
    if (predCells) {
        const code = codesOf(predCells, (k) => index.get(k) ?? -1);
        for (let i = 0; i < rows; i++) {
            const c = code(i);
            if (c < 0)
                throw (0,_predictions_js__WEBPACK_IMPORTED_MODULE_2__/* .cellError */ .B8)(t, i, o.prediction, "a predicted class", predCells.get(i));
            pred[i] = c;
        }
    }
    else if (proba) {
        for (let i = 0; i < rows; i++) {
            let best = 0;
            for (let k = 1; k < K; k++)
                if (proba[i * K + k] > proba[i * K + best])
                    best = k;
            pred[i] = best;
        }
    }
    else {
        throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${t.file}: neither a prediction column '${o.prediction}' nor probability columns '${o.score}_<class>'`, { code: "column-missing", location: { file: t.file } });
    }
    return { task: "multiclass", pred, proba };
}
/** The rows of a task at `rows` (for a slice). */
function subsetTask(t, rows) {
    const pick = (a, stride = 1) => {
        const out = new a.constructor(rows.length * stride);
        for (let i = 0; i < rows.length; i++)
            for (let k = 0; k < stride; k++)
                out[i * stride + k] = a[rows[i] * stride + k];
        return out;
    };
    const model = (m) => {
        if (!m)
            return null;
        if (m.task === "binary")
            return {
                task: "binary",
                pred: pick(m.pred),
                score: m.score ? pick(m.score) : null,
                probability: m.probability,
            };
        if (m.task === "multiclass")
            return {
                task: "multiclass",
                pred: pick(m.pred),
                proba: m.proba ? pick(m.proba, t.classes.length) : null,
            };
        return { task: "regression", pred: pick(m.pred) };
    };
    return {
        ...t,
        rows: rows.length,
        y: pick(t.y),
        candidate: model(t.candidate),
        baseline: model(t.baseline),
        slices: [],
        scratch: undefined,
    };
}
/**
 * Binary tasks with a candidate score: rows are put in candidate-score order, so the
 * candidate's pass reads weights sequentially (and keeps no row index) and only the baseline's
 * gathers.
 */
function orderByCandidateScore(t, options = {}) {
    if (t.candidate.task !== "binary" || !t.candidate.score || t.candidate.sorted)
        return t;
    const order = (0,_sort_js__WEBPACK_IMPORTED_MODULE_3__/* .argsortFloat64 */ .Fs)(t.candidate.score);
    const slices = t.slices.map((s) => ({ column: s.column, values: Array.from(order, (r) => s.values[r]) }));
    let sorted;
    if (options.inPlace) {
        // Permuted where they are: no second copy of every array (the peak of a 10M-row evaluation).
        const arrays = [t.y, t.candidate.pred, t.candidate.score];
        const b = t.baseline;
        if (b?.task === "binary")
            arrays.push(b.pred, ...(b.score ? [b.score] : []));
        for (const a of arrays)
            (0,_sort_js__WEBPACK_IMPORTED_MODULE_3__/* .permuteInPlace */ .RG)(a, order);
        sorted = Object.assign(t, { slices });
    }
    else
        sorted = { ...subsetTask(t, order), slices };
    sorted.candidate.sorted = true;
    sorted.scratch = order; // spent: the rows are in this order now
    return sorted;
}
/**
 * The evaluator of one side. With `consumeScore`, a binary evaluator takes the side's score array
 * over (it becomes its per-row losses; m.score is null afterwards): for a task whose scores
 * nothing reads after this, e.g. no slices left to compute.
 */
function evaluatorFor(t, m, options = {}) {
    if (m.task === "binary") {
        // The baseline's argsort reuses the candidate's spent order (one 4-byte array a row less).
        const scratch = !m.sorted && m.score ? t.scratch : undefined;
        if (scratch)
            t.scratch = undefined;
        const evaluator = new _evaluators_js__WEBPACK_IMPORTED_MODULE_1__/* .BinaryEvaluator */ .z1({
            y: t.y,
            pred: m.pred,
            score: m.score,
            probability: m.probability,
            sorted: !!m.sorted,
            consumeScore: !!options.consumeScore,
            ...(scratch ? { order: (0,_sort_js__WEBPACK_IMPORTED_MODULE_3__/* .argsortFloat64 */ .Fs)(m.score, scratch) } : {}),
        });
        if (options.consumeScore)
            m.score = null;
        return evaluator;
    }
    if (m.task === "multiclass")
        return new _evaluators_js__WEBPACK_IMPORTED_MODULE_1__/* .MulticlassEvaluator */ .dj({
            y: t.y,
            pred: m.pred,
            K: t.classes.length,
            proba: m.proba,
        });
    return new _evaluators_js__WEBPACK_IMPORTED_MODULE_1__/* .RegressionEvaluator */ .r3(t.y, m.pred);
}


/***/ }),

/***/ 43760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ metricTable),
/* harmony export */   Ug: () => (/* binding */ metricTableMarkdown),
/* harmony export */   VW: () => (/* binding */ compareMetricRows),
/* harmony export */   VY: () => (/* reexport safe */ _model_facts_js__WEBPACK_IMPORTED_MODULE_0__.VY),
/* harmony export */   YU: () => (/* reexport safe */ _model_facts_js__WEBPACK_IMPORTED_MODULE_0__.YU),
/* harmony export */   eR: () => (/* reexport safe */ _model_facts_js__WEBPACK_IMPORTED_MODULE_0__.eR)
/* harmony export */ });
/* unused harmony exports STATUS_LABEL, improvement, metricGroup, isFailing, describeRule, describeGate, describeDelta, isSignificant, describeSignificance, formatP, directionMark, REGISTERED_CELL, isPaired, describeHidden, metricLegend */
/* harmony import */ var _model_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65027);
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12712);


/*
 * The metrics tables: metric | baseline | candidate | Δ (95% CI in words when paired) | Δ% | rule |
 * status. Direction-aware (an improvement of a lower-is-better metric is good); gated metrics
 * first, failing rows first; ungated ones after by size of change; new/missing ones collapsed.
 * The one rendering of a Comparison's metrics: the report (comment, job summary, check run) and
 * evaluate-against-baseline's job summary both use it (@mlops/report/metrics-table).
 */
const STATUS_LABEL = {
    fail: "❌ fail",
    missing: "❌ missing",
    warn: "⚠️ warn",
    new: "🆕 new",
    pass: "✅ pass",
    info: "➖ not gated",
};
const STATUS_RANK = { fail: 0, missing: 1, warn: 2, new: 3, pass: 4, info: 5 };
/** Positive when the change is an improvement, negative for a regression, 0 when unknown/none. */
function improvement(m) {
    const change = m.relativeDelta ?? m.delta;
    if (change === null || change === undefined || m.greaterIsBetter === null || !Number.isFinite(change))
        return 0;
    return m.greaterIsBetter ? change : -change;
}
/**
 * 0: gated (or failing/warning for any reason); 1: not gated, both sides measured; 2: not gated,
 * new or without a value on one side (collapsed).
 */
function metricGroup(m) {
    if (m.gate !== null || m.status === "fail" || m.status === "missing" || m.status === "warn")
        return 0;
    return m.status === "new" || m.baseline === null || m.candidate === null ? 2 : 1;
}
/** The size of a change, for ordering ungated metrics: relative when known, else absolute. */
function changeSize(m) {
    const c = m.relativeDelta ?? m.delta;
    return c === null || !Number.isFinite(c) ? -1 : Math.abs(c);
}
/**
 * Gated metrics first (failing, missing, warnings, new, passing; worst change first), then the
 * ungated ones by size of change (largest first), then the ungated new/missing ones by name.
 */
function compareMetricRows(a, b) {
    const ga = metricGroup(a);
    const gb = metricGroup(b);
    if (ga !== gb)
        return ga - gb;
    const within = ga === 0
        ? STATUS_RANK[a.status] - STATUS_RANK[b.status] || improvement(a) - improvement(b)
        : ga === 1
            ? changeSize(b) - changeSize(a)
            : 0;
    return within || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || sliceKey(a).localeCompare(sliceKey(b));
}
function sliceKey(m) {
    return m.slice ? `${m.slice.column}=${m.slice.value}` : "";
}
function isFailing(m) {
    return m.status === "fail" || m.status === "missing";
}
const OPERATOR = { ">=": "≥", "<=": "≤", "!=": "≠", "==": "=" };
function ruleSubject(rule) {
    switch (rule) {
        case "threshold":
            return "value";
        case "min_absolute_change":
            return "Δ";
        case "min_relative_change":
            return "Δ%";
        case "significance":
            return "p";
        default:
            return rule;
    }
}
/**
 * One gate rule as a reviewer reads it, in the metric's own direction: `value ≥ 0.69` (a bound
 * on the candidate's value), `Δ ≥ −0.01`, `Δ ≤ +0.02` (lower is better), `Δ% ≤ +10%`,
 * `p < 0.05`. Never a bound on the value labelled Δ. Failing rules bold.
 */
function describeRule(r, m) {
    const op = OPERATOR[r.operator] ?? r.operator;
    const up = m?.greaterIsBetter !== false;
    const dir = up ? "≥" : "≤";
    let body;
    if (r.expected === null)
        body = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.rule === "present" ? "present" : r.rule === "finite" ? "finite" : `${r.rule} ${op}`);
    else if (r.rule === "min_absolute_change" && m?.gate?.minAbsoluteChange != null) {
        const margin = m.gate.minAbsoluteChange;
        body = `Δ ${dir} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(up ? margin : -margin) || "0"}`;
    }
    else if (r.rule === "min_relative_change" && m?.gate?.minRelativeChange != null) {
        const margin = m.gate.minRelativeChange;
        body = `Δ% ${dir} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(up ? margin : -margin)}`;
    }
    else if (r.rule === "threshold")
        body = `value ${op} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(r.expected)}`;
    else {
        const expected = r.rule === "min_relative_change" ? (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(r.expected) : (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(r.expected);
        body = `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(ruleSubject(r.rule))} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(op)} ${expected}`;
    }
    return r.passed ? body : `**${body}**`;
}
/** The gate column: its rules, or what the gate spec asks when no rule was evaluated. */
function describeGate(m) {
    if (!m.gate)
        return "—";
    if (m.gate.rules.length > 0)
        return m.gate.rules.map((r) => describeRule(r, m)).join("<br>");
    const parts = [];
    const up = m.greaterIsBetter !== false;
    if (m.gate.threshold !== null)
        parts.push(`value ${up ? "≥" : "≤"} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.gate.threshold)}`);
    if (m.gate.minAbsoluteChange !== null)
        parts.push(`Δ ${up ? "≥" : "≤"} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(up ? m.gate.minAbsoluteChange : -m.gate.minAbsoluteChange)}`);
    if (m.gate.minRelativeChange !== null)
        parts.push(`Δ% ${up ? "≥" : "≤"} ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(up ? m.gate.minRelativeChange : -m.gate.minRelativeChange)}`);
    if (m.gate.significance !== null)
        parts.push(`p < ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.gate.significance)}`);
    return parts.length ? parts.join("<br>") : "—";
}
/** Δ with a good/bad mark: 🟢 for an improvement, 🔴 for a regression, nothing when direction is unknown. */
function describeDelta(m, decimals) {
    if (m.delta === null)
        return "—";
    const s = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(m.delta, decimals);
    const score = improvement(m);
    if (m.delta === 0 || score === 0)
        return s;
    return `${score > 0 ? "🟢" : "🔴"} ${s}`;
}
/** Whether a paired interval of Δ excludes 0 (the change is unlikely to be noise). */
function isSignificant(m) {
    const iv = m.interval?.delta;
    if (!iv)
        return null;
    return iv[0] > 0 || iv[1] < 0;
}
/**
 * Significance in words: "95% CI [+0.07, +0.16], significant (McNemar p = 0.001)"; "" without
 * an interval.
 */
function describeSignificance(m, decimals) {
    const iv = m.interval?.delta;
    if (!m.interval || !iv)
        return "";
    const level = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(m.interval.level, false);
    const test = m.test ? ` (${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(m.test.name, 30)} ${formatP(m.test.pValue)})` : "";
    return `${level} CI ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatInterval */ .vy)(iv, intervalDecimals(iv, decimals))}, ${isSignificant(m) ? "significant" : "not significant"}${test}`;
}
/** Two significant digits of the interval's width: [+0.07, +0.16], not [+0.06894, +0.13326]. */
function intervalDecimals(iv, rowDecimals) {
    const width = Math.abs(iv[1] - iv[0]);
    if (!Number.isFinite(width) || width === 0)
        return rowDecimals;
    const d = Math.max(0, 1 - Math.floor(Math.log10(width)));
    return rowDecimals === undefined ? Math.min(d, 8) : Math.min(d, rowDecimals + 1, 8);
}
/** "p = 0.0094", "p < 0.001". */
function formatP(p) {
    if (!Number.isFinite(p))
        return "p = —";
    if (p < 0.001)
        return "p < 0.001";
    return `p = ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(Number(p.toPrecision(2)))}`;
}
/** The Δ cell: the change with its good/bad mark, and its interval in words under it when paired. */
function deltaCell(m, decimals) {
    const d = describeDelta(m, decimals);
    const sig = describeSignificance(m, decimals);
    return sig ? `${d}<br><sub>${sig}</sub>` : d;
}
function sliceCell(m) {
    return m.slice ? `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(m.slice.column, 60)} = ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(m.slice.value, 60)}` : "—";
}
function directionMark(m) {
    return m.greaterIsBetter === true ? " ↑" : m.greaterIsBetter === false ? " ↓" : "";
}
/**
 * One table of metrics, rows in the given order: metric | baseline | candidate | Δ (with its
 * interval in words when paired) | Δ% | rule (when any metric is gated) | status.
 */
function metricTable(metrics, options = {}) {
    const paired = options.paired ?? isPaired(metrics);
    const showGate = metrics.some((m) => m.gate !== null);
    const headers = [
        ...(options.slices ? ["slice"] : []),
        "metric",
        "baseline",
        "candidate",
        "Δ",
        "Δ%",
        ...(showGate ? ["rule", "status"] : []),
    ];
    const align = headers.map((h) => h === "metric" || h === "slice" || h === "rule" || h === "status" ? "left" : "right");
    const rows = metrics.map((m) => {
        const decimals = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .rowDecimals */ .LE)([m.baseline, m.candidate], m.delta);
        return [
            ...(options.slices ? [sliceCell(m)] : []),
            `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(m.name, 120)}${directionMark(m)}`,
            paired && m.baselineSource === "registered" && m.baseline !== null
                ? `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.baseline, decimals)}<br><sub>${REGISTERED_CELL}</sub>`
                : (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.baseline, decimals),
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.candidate, decimals),
            deltaCell(m, decimals),
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(m.relativeDelta),
            ...(showGate ? [describeGate(m), STATUS_LABEL[m.status]] : []),
        ];
    });
    return { headers, align, rows };
}
/** Under a registered baseline value in a paired comparison: it was not re-scored. */
const REGISTERED_CELL = "registered, other rows";
/** Whether the baseline was re-scored on the evaluation rows (some row says same-rows). */
function isPaired(metrics) {
    return metrics.some((m) => m.baselineSource === "same-rows");
}
/** "4,812 more metrics (4,800 ✅ pass, 12 🆕 new)". */
function describeHidden(hidden, noun) {
    const counts = new Map();
    for (const m of hidden)
        counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
    const parts = [...counts.entries()]
        .sort((a, b) => STATUS_RANK[a[0]] - STATUS_RANK[b[0]])
        .map(([status, n]) => `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(n)} ${STATUS_LABEL[status]}`);
    return `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(hidden.length)} more ${noun}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}
/** The line under the table that explains its marks, or "" when no metric has a direction. */
function metricLegend(metrics) {
    const registered = isPaired(metrics) && metrics.some((m) => m.gate !== null && m.baselineSource === "registered")
        ? ` · “${REGISTERED_CELL}”: the baseline's registered value, not re-scored on these rows`
        : "";
    return metrics.some((m) => m.greaterIsBetter !== null)
        ? `<sub>↑ higher is better · ↓ lower is better · 🟢 improvement · 🔴 regression · Δ = candidate − baseline, Δ% relative to the baseline · a rule on \`value\` bounds the candidate itself${registered}</sub>`
        : "";
}
/**
 * The metrics as Markdown, in compareMetricRows order (the caller sorts): the gated ones in one
 * table, then "Not gated" (largest change first), then the new/missing ones collapsed in a
 * <details>. Only the first `rows` metrics are shown, then a line naming the rest (`notice` wraps
 * it, e.g. with a link to the full report), then the legend when asked. `shape` is
 * metricTable(metrics, …) of the same metrics (its `slice` column is kept).
 */
function metricTableMarkdown(shape, metrics, options) {
    const rows = Math.min(options.rows ?? metrics.length, metrics.length);
    const slices = shape.headers[0] === "slice";
    const shown = metrics.slice(0, rows);
    const paired = isPaired(metrics);
    const groups = [[], [], []];
    // Paired: an ungated baseline value that was not re-scored is folded apart, said plainly.
    const registered = [];
    for (const m of shown) {
        const group = metricGroup(m);
        if (paired && group !== 0 && m.baselineSource === "registered" && m.baseline !== null)
            registered.push(m);
        else
            groups[group].push(m);
    }
    const render = (ms) => {
        const t = metricTable(ms, { slices, paired });
        return (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(t.headers, t.rows, t.align);
    };
    const parts = [];
    const [gated, other, fresh] = groups;
    if (gated.length)
        parts.push(render(gated));
    if (other.length) {
        // Many ungated metrics are folded: the gated ones are what decides.
        if (gated.length && other.length > 6)
            parts.push((0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Not gated: ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(other.length)} metrics, largest change first`, render(other)));
        else
            parts.push(`${gated.length ? "**Not gated** (largest change first)\n\n" : ""}${render(other)}`);
    }
    if (fresh.length) {
        const n = fresh.filter((m) => m.status !== "missing").length;
        const missing = fresh.length - n;
        const what = [n ? `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(n)} new` : "", missing ? `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(missing)} missing` : ""]
            .filter(Boolean)
            .join(", ");
        const t = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([...(slices ? ["slice"] : []), "metric", "baseline", "candidate"], fresh.map((m) => [
            ...(slices ? [sliceCell(m)] : []),
            `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(m.name, 120)}${directionMark(m)}`,
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.baseline),
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.candidate),
        ]), [...(slices ? ["left"] : []), "left", "right", "right"]);
        parts.push((0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Not gated, ${what} (no value on one side to compare)`, t));
    }
    if (registered.length) {
        const t = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([...(slices ? ["slice"] : []), "metric", "baseline (registered)", "candidate"], registered.map((m) => [
            ...(slices ? [sliceCell(m)] : []),
            `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(m.name, 120)}${directionMark(m)}`,
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.baseline),
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(m.candidate),
        ]), [...(slices ? ["left"] : []), "left", "right", "right"]);
        parts.push((0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Not re-scored: ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(registered.length)} metric${registered.length === 1 ? "" : "s"} with the baseline's registered value, measured on other rows (not like-for-like)`, t));
    }
    if (rows < metrics.length) {
        const hidden = describeHidden(metrics.slice(rows), options.noun);
        parts.push(options.notice ? options.notice(hidden) : `${hidden}.`);
    }
    const legend = options.legend ? metricLegend(metrics) : "";
    if (legend)
        parts.push(legend);
    return parts.join("\n\n");
}


/***/ }),

/***/ 65027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VY: () => (/* binding */ artifactLine),
/* harmony export */   YU: () => (/* binding */ scanLine),
/* harmony export */   eR: () => (/* binding */ residualsMarkdown)
/* harmony export */ });
/* unused harmony exports describeScan, artifactRef */
/* harmony import */ var _mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12712);

/*
 * What a Comparison says about the models besides their metrics, as the report and
 * evaluate-against-baseline's job summary show it: the model scans evaluate ran before loading
 * each side's files, the baseline's artifact (an OCI reference with its manifest digest), and a
 * regression model's errors on the evaluation rows (MAE, RMSE, bias, residual quantiles,
 * baseline → candidate). Every string from users' files is escaped (@mlops/core/markdown); no
 * path is shown but the file names inside a model.
 */
const VERDICT = {
    safe: "✅ safe",
    warn: "⚠️ warn",
    dangerous: "❌ dangerous",
    error: "❌ unscannable",
};
function plural(n, one) {
    return `${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(n)} ${one}${n === 1 ? "" : "s"}`;
}
/** "✅ safe (2 files)", "❌ dangerous: `os.system`, `builtins.eval` (1 file)". */
function describeScan(scan) {
    if (!scan)
        return "not scanned here";
    const files = plural(scan.files, "file");
    const flagged = scan.globals.filter((g) => g.severity !== "safe");
    if (scan.verdict === "safe")
        return `${VERDICT.safe} (${files})`;
    const worst = flagged.filter((g) => g.severity === "dangerous");
    const shown = (worst.length ? worst : flagged).slice(0, 3).map((g) => (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${g.module}.${g.name}`, 60));
    const more = (worst.length ? worst : flagged).length - shown.length;
    const what = shown.length
        ? `: ${shown.join(", ")}${more > 0 ? ` and ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(more)} more` : ""}`
        : scan.findings[0]
            ? `: ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(scan.findings[0].file, 60)}`
            : "";
    return `${VERDICT[scan.verdict]}${what} (${files})`;
}
/**
 * "Model scan before loading: candidate ✅ safe (1 file) · baseline v1 ✅ safe (1 file)", or null
 * when evaluate had no model files to scan.
 */
function scanLine(comparison) {
    const s = comparison.scan;
    if (!s)
        return null;
    const b = comparison.baseline;
    const baseName = b?.version != null ? `baseline v${b.version}` : "baseline";
    const parts = [`candidate ${describeScan(s.candidate)}`];
    // Cached scores: the baseline's files were not downloaded or loaded by this evaluation.
    const cached = !s.baseline && comparison.evaluation?.baseline?.source === "cache";
    if (b)
        parts.push(`${baseName} ${cached ? "not loaded here (its scores came from the cache)" : describeScan(s.baseline)}`);
    return `Model scan before loading: ${parts.join(" · ")}.`;
}
/** `ghcr.io/o/models:m-v3@sha256:0123456789ab…`: the reference with the digest's first 12 hex digits. */
function artifactRef(artifact) {
    const hex = artifact.digest.replace(/^sha256:/, "");
    return (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${artifact.reference}@sha256:${hex.slice(0, 12)}…`, 120);
}
/** "Baseline files: `ghcr.io/o/models:m-v1@sha256:ab12ab12ab12…` (oci)." or null. */
function artifactLine(comparison) {
    const a = comparison.baseline?.artifact;
    if (!a)
        return null;
    return `Baseline files: ${artifactRef(a)} (${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(a.store, 30)}).`;
}
const QUANTILE_NAME = {
    "0.05": "residual p5",
    "0.25": "residual p25",
    "0.5": "residual median",
    "0.75": "residual p75",
    "0.95": "residual p95",
};
function mark(b, c, closerToZero = true) {
    if (b === null || !closerToZero)
        return "";
    const d = Math.abs(c) - Math.abs(b);
    if (Math.abs(d) <= 1e-12 * Math.max(1, Math.abs(b)))
        return "";
    return d < 0 ? "🟢 " : "🔴 ";
}
/**
 * The regression view: MAE, RMSE, bias and residual quantiles, baseline → candidate, with the
 * change (🟢 when the candidate's error is smaller in size). Null without residual summaries.
 */
function residualsMarkdown(comparison) {
    const r = comparison.predictions?.residuals;
    if (!r)
        return null;
    const c = r.candidate;
    const b = r.baseline;
    const rows = [
        { name: "MAE ↓", c: c.mae, b: b?.mae ?? null },
        { name: "RMSE ↓", c: c.rmse, b: b?.rmse ?? null },
        { name: "bias (mean of prediction − label)", c: c.bias, b: b?.bias ?? null },
    ];
    for (const q of c.quantiles) {
        const name = QUANTILE_NAME[String(q.p)] ?? `residual p${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(q.p * 100)}`;
        rows.push({ name, c: q.value, b: b?.quantiles.find((x) => x.p === q.p)?.value ?? null });
    }
    const body = rows.map((row) => {
        const decimals = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .rowDecimals */ .LE)([row.b, row.c], row.b === null ? null : row.c - row.b);
        const delta = row.b === null ? "—" : `${mark(row.b, row.c)}${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(row.c - row.b, decimals) || "0"}`;
        return [
            row.name,
            ...(b ? [(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(row.b, decimals)] : []),
            (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(row.c, decimals),
            ...(b ? [delta] : []),
        ];
    });
    const headers = b ? ["error", "baseline", "candidate", "Δ"] : ["error", "candidate"];
    const t = (0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(headers, body, headers.map((h) => (h === "error" ? "left" : "right")));
    const where = b
        ? `both models on the same ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.rows)} rows`
        : `the candidate on ${(0,_mlops_core_markdown__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.rows)} rows`;
    return [
        `#### Errors (regression): ${where}`,
        t,
        "<sub>residual = prediction − label · bias above 0: over-predicts on average · 🟢 smaller error (in size) · 🔴 larger</sub>",
    ].join("\n\n");
}


/***/ })

};
