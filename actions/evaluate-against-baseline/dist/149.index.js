export const id = 149;
export const ids = [149];
export const modules = {

/***/ 3981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CellKind: () => (/* reexport */ CellKind),
  ColumnChecker: () => (/* reexport */ ColumnChecker),
  ColumnProfiler: () => (/* reexport */ ColumnProfiler),
  CsvReader: () => (/* reexport */ CsvReader),
  DATA_FORMATS: () => (/* reexport */ DATA_FORMATS),
  DRIFT_TESTS: () => (/* reexport */ DRIFT_TESTS),
  DataError: () => (/* reexport */ DataError),
  DatasetProfiler: () => (/* reexport */ DatasetProfiler),
  Distribution: () => (/* reexport */ Distribution),
  FAIL_ON: () => (/* reexport */ FAIL_ON),
  FIELD_ESCAPED: () => (/* reexport */ FIELD_ESCAPED),
  FIELD_QUOTED: () => (/* reexport */ FIELD_QUOTED),
  Frequencies: () => (/* reexport */ Frequencies),
  HyperLogLog: () => (/* reexport */ HyperLogLog),
  Kll: () => (/* reexport */ Kll),
  Moments: () => (/* reexport */ Moments),
  chi2Sf: () => (/* reexport */ chi2Sf),
  columnDrift: () => (/* reexport */ columnDrift),
  datasetChecks: () => (/* reexport */ datasetChecks),
  defaultTest: () => (/* reexport */ defaultTest),
  detectFormat: () => (/* reexport */ detectFormat),
  formatCsvRecord: () => (/* reexport */ formatCsvRecord),
  inferSchema: () => (/* reexport */ inferSchema),
  isDataError: () => (/* reexport */ isDataError),
  kolmogorovSf: () => (/* reexport */ kolmogorovSf),
  ksPValue: () => (/* reexport */ ksPValue),
  logGamma: () => (/* reexport */ logGamma),
  normalCdf: () => (/* reexport */ normalCdf),
  parseDriftOption: () => (/* reexport */ parseDriftOption),
  quantile: () => (/* reexport */ quantile),
  readJsonLines: () => (/* reexport */ readJsonLines),
  readParquet: () => (/* reexport */ readParquet),
  renderSummary: () => (/* reexport */ renderSummary),
  resolveFiles: () => (/* reexport */ resolveFiles),
  unescapeField: () => (/* reexport */ unescapeField),
  validateData: () => (/* reexport */ validateData)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __webpack_require__(3795);
;// CONCATENATED MODULE: ./packages/data/src/errors.ts

/** A malformed data file: the user's problem, so a ConfigurationError (message only, exit 1). */
class DataError extends src/* ConfigurationError */.j1 {
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
function isDataError(error) {
    return error instanceof DataError;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/data/src/csv.ts



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
        throw new DataError("unknown-format", `delimiter must be one ASCII character other than a quote or newline, found ${JSON.stringify(d)}`, { file });
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
    async read(sink) {
        let handle;
        try {
            handle = await (0,promises_.open)(this.file, "r");
        }
        catch (error) {
            const code = error.code;
            if (code === "ENOENT")
                throw new DataError("file-not-found", "file not found", { file: this.file });
            if (code === "EISDIR")
                throw new DataError("file-not-found", "expected a file, found a directory", { file: this.file });
            throw error;
        }
        try {
            await this.readFrom(handle, sink);
        }
        finally {
            await handle.close();
        }
    }
    async readFrom(handle, sink) {
        let filled = 0;
        let pos = 0;
        let validated = 0;
        let eof = false;
        let consumed = 0; // bytes before buf[0]
        let first = true;
        let sawHeader = false;
        while (true) {
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
                            throw new DataError("line-too-long", `a record is longer than ${this.maxRow} bytes (maxRowBytes); is this a CSV file?`, {
                                file: this.file,
                                line: this.line,
                            });
                        }
                        const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, this.maxRow + this.chunk * 2));
                        this.buf.copy(bigger, 0, 0, filled);
                        this.buf = bigger;
                    }
                }
                const { bytesRead } = await handle.read(this.buf, filled, this.chunk, null);
                if (bytesRead === 0)
                    eof = true;
                filled += bytesRead;
                if (first) {
                    first = false;
                    if (filled === 0)
                        throw new DataError("empty-file", "the file is empty (expected a header line)", {
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
                const next = this.parse(pos, filled, eof);
                if (next === INCOMPLETE)
                    break;
                const n = this.fields;
                pos = next;
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
            throw new DataError("empty-file", "the file has no header line", { file: this.file, line: 1 });
    }
    /** Rejects invalid UTF-8 and NUL bytes in buf[from, to) with their line and column. */
    checkBytes(from, to, pos) {
        const region = this.buf.subarray(from, to);
        const nul = region.indexOf(0);
        const ok = (0,external_node_buffer_.isUtf8)(region);
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
                        if ((0,external_node_buffer_.isUtf8)(this.buf.subarray(lineStart, mid)))
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
            throw new DataError("nul-byte", "NUL byte found: this looks like a binary file, not CSV text", {
                file: this.file,
                line,
                column,
            });
        }
        throw new DataError("invalid-utf8", "invalid UTF-8 (save the file as UTF-8)", {
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
            throw new DataError("too-many-columns", `${n} columns; at most ${this.maxColumns} are supported (maxColumns)`, {
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
                throw new DataError("duplicate-column", `duplicate column name ${JSON.stringify(name)} (also column ${previous + 1}); rename one of them`, {
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
                    throw new DataError("too-many-columns", `more than ${this.maxColumns} fields in one record (maxColumns)`, {
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
                        throw new DataError("unterminated-quote", 'a quoted field is never closed (missing closing ")', {
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
                throw new DataError("quote-in-field", `unexpected ${JSON.stringify(String.fromCharCode(c))} after a closing quote (quotes inside a field must be doubled: "")`, {
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

;// CONCATENATED MODULE: ./packages/data/src/jsonl.ts




/**
 * JSON Lines, streamed: one JSON object per line, read in chunks; a line may be at most
 * maxRowBytes long. Blank lines are skipped. Each object goes to onObject with its line.
 */
async function readJsonLines(file, onObject, options = {}) {
    const chunk = options.chunkBytes ?? 1 << 20;
    const maxRow = options.maxRowBytes ?? 64 << 20;
    let handle;
    try {
        handle = await (0,promises_.open)(file, "r");
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "EISDIR")
            throw new DataError("file-not-found", code === "EISDIR" ? "expected a file, found a directory" : "file not found", { file });
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
                    throw new DataError("line-too-long", `a line is longer than ${maxRow} bytes (maxRowBytes)`, {
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
                    throw new DataError("nul-byte", "NUL byte found: this looks like a binary file, not JSON Lines", {
                        file,
                        line,
                        column: bytes.indexOf(0) + 1,
                    });
                if (!(0,external_node_buffer_.isUtf8)(bytes))
                    throw new DataError("invalid-utf8", "invalid UTF-8 (save the file as UTF-8)", { file, line });
                const text = decoder.decode(bytes);
                if (text.trim() !== "") {
                    sawAny = true;
                    let value;
                    try {
                        value = JSON.parse(text);
                    }
                    catch (error) {
                        throw new DataError("invalid-json", `invalid JSON: ${error.message}`, {
                            file,
                            line,
                            column: jsonColumn(text),
                        });
                    }
                    if (value === null || typeof value !== "object" || Array.isArray(value)) {
                        throw new DataError("not-an-object", `expected a JSON object per line, found ${Array.isArray(value) ? "an array" : JSON.stringify(value)?.slice(0, 40)}`, { file, line, column: 1 });
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
            throw new DataError("empty-file", "the file has no JSON objects", { file, line: 1 });
    }
    finally {
        await handle.close();
    }
}
/** Column of the first syntax error in one line of JSON. */
function jsonColumn(text) {
    return (0,src/* jsonErrorOffset */.O)(text) + 1;
}

;// CONCATENATED MODULE: ./packages/data/src/parquet.ts

const PARSERS = {
    timestampFromMilliseconds: (v) => Number(v),
    timestampFromMicroseconds: (v) => Number(v) / 1000,
    timestampFromNanoseconds: (v) => Number(v) / 1e6,
    dateFromDays: (d) => d * 86_400_000,
    stringFromBytes: (b) => b,
};
async function readParquet(file, visitor) {
    const [hp, { compressors }, column, datapage, convert, schemaMod, plain] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(343), __webpack_require__.e(167), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 5787)),
        __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 138)),
        Promise.all(/* import() */[__webpack_require__.e(343), __webpack_require__.e(167)]).then(__webpack_require__.bind(__webpack_require__, 6167)),
        __webpack_require__.e(/* import() */ 343).then(__webpack_require__.bind(__webpack_require__, 343)),
        __webpack_require__.e(/* import() */ 234).then(__webpack_require__.bind(__webpack_require__, 9234)),
        __webpack_require__.e(/* import() */ 286).then(__webpack_require__.bind(__webpack_require__, 8286)),
        __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 4809)),
    ]);
    let buffer;
    try {
        buffer = await hp.asyncBufferFromFile(file);
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "EISDIR")
            throw new DataError("file-not-found", "file not found", { file });
        throw error;
    }
    if (buffer.byteLength === 0)
        throw new DataError("empty-file", "the file is empty", { file });
    let metadata;
    try {
        metadata = await hp.parquetMetadataAsync(buffer);
    }
    catch (error) {
        throw new DataError("invalid-parquet", `not a readable Parquet file: ${error.message}`, {
            file,
        });
    }
    const tree = hp.parquetSchema(metadata);
    const columns = tree.children.map((child) => {
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
        const schemaPath = schemaMod.getSchemaPath(metadata.schema, [el.name]);
        return {
            name: el.name,
            datetime,
            msPerUnit,
            flat: schemaMod.isFlatColumn(schemaPath) && el.type !== "INT96",
            schemaPath,
        };
    });
    const seen = new Set();
    for (const [i, c] of columns.entries()) {
        if (seen.has(c.name))
            throw new DataError("duplicate-column", `duplicate column name ${JSON.stringify(c.name)}`, {
                file,
                column: i + 1,
            });
        seen.add(c.name);
    }
    visitor.columns(columns.map(({ name, datetime }) => ({ name, datetime })));
    const parsers = { ...convert.DEFAULT_PARSERS, ...PARSERS };
    const scratch = { defs: new Uint8Array(0), indices: new Int32Array(0) };
    let groupStart = 0;
    for (const group of metadata.row_groups) {
        const rows = Number(group.num_rows);
        try {
            const nested = [];
            for (let c = 0; c < columns.length; c++) {
                const col = columns[c];
                const chunk = group.columns.find((ch) => ch.meta_data?.path_in_schema[0] === col.name && ch.meta_data.path_in_schema.length === 1);
                if (!col.flat || !chunk?.meta_data) {
                    nested.push(c);
                    continue;
                }
                const meta = chunk.meta_data;
                const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
                const end = start + Number(meta.total_compressed_size);
                const bytes = await buffer.slice(start, end);
                const reader = { view: new DataView(bytes), offset: 0 };
                const decoder = {
                    pathInSchema: [col.name],
                    schemaPath: col.schemaPath,
                    element: col.schemaPath[col.schemaPath.length - 1].element,
                    type: meta.type,
                    codec: meta.codec,
                    compressors,
                    parsers,
                    utf8: true,
                };
                const maxDefinition = schemaMod.getMaxDefinitionLevel(col.schemaPath);
                let dictionary;
                let row = groupStart;
                while (reader.offset < bytes.byteLength - 1 && row < groupStart + rows) {
                    const header = column.parquetHeader(reader);
                    const compressed = new Uint8Array(bytes, reader.offset, header.compressed_page_size);
                    reader.offset += header.compressed_page_size;
                    if (header.type === "DICTIONARY_PAGE") {
                        const page = datapage.decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, compressors);
                        const dict = plain.readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, meta.type, header.dictionary_page_header.num_values, decoder.element.type_length);
                        dictionary = col.msPerUnit !== undefined ? dict : convert.convert(dict, decoder);
                        continue;
                    }
                    let page;
                    let encoding;
                    if (header.type === "DATA_PAGE" &&
                        dictionary &&
                        visitor.dictionaryPage &&
                        maxDefinition <= 1 &&
                        header.data_page_header.encoding.endsWith("_DICTIONARY")) {
                        const daph = header.data_page_header;
                        const raw = datapage.decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, compressors);
                        const decoded = decodeDictionaryPage(raw, daph.num_values, maxDefinition, scratch);
                        if (decoded) {
                            row += visitor.dictionaryPage(c, dictionary, decoded.indices, decoded.defs, maxDefinition, row, col.msPerUnit);
                            continue;
                        }
                    }
                    if (header.type === "DATA_PAGE") {
                        const daph = header.data_page_header;
                        const raw = datapage.decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, compressors);
                        page = datapage.readDataPage(raw, daph, decoder);
                        encoding = daph.encoding;
                    }
                    else if (header.type === "DATA_PAGE_V2") {
                        page = datapage.readDataPageV2(compressed, header, decoder);
                        encoding = header.data_page_header_v2.encoding;
                    }
                    else
                        continue;
                    let values;
                    if (dictionary && encoding.endsWith("_DICTIONARY") && visitor.dictionaryPage) {
                        row += visitor.dictionaryPage(c, dictionary, page.dataPage, page.definitionLevels, maxDefinition, row, col.msPerUnit);
                        continue;
                    }
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
                                : convert.convert(page.dataPage, decoder);
                    const defs = page.definitionLevels;
                    if (defs && defs.length) {
                        const out = new Array(defs.length);
                        for (let i = 0, j = 0; i < defs.length; i++)
                            out[i] = defs[i] === maxDefinition ? values[j++] : null;
                        values = out;
                    }
                    visitor.chunk(c, values, row, col.msPerUnit);
                    row += values.length;
                }
            }
            if (nested.length) {
                const chunks = [];
                await hp.parquetRead({
                    file: buffer,
                    metadata,
                    compressors,
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
        }
        catch (error) {
            if (error instanceof DataError)
                throw error;
            throw new DataError("invalid-parquet", `cannot read row group at row ${groupStart}: ${error.message}`, { file, line: groupStart + 1 });
        }
        visitor.rowGroup(rows);
        groupStart += rows;
    }
}
/**
 * A v1 data page of a flat column (max definition level ≤ 1) with dictionary-encoded values,
 * decoded into reused typed arrays: definition levels (omitted when nothing is missing) and
 * dictionary indices. Returns null for layouts left to hyparquet (wide bit widths).
 */
function decodeDictionaryPage(page, numValues, maxDef, scratch) {
    let pos = 0;
    let present = numValues;
    let defs;
    if (maxDef === 1) {
        const length = page[0] | (page[1] << 8) | (page[2] << 16) | (page[3] << 24);
        pos = 4;
        if (scratch.defs.length < numValues)
            scratch.defs = new Uint8Array(numValues * 2);
        defs = scratch.defs.subarray(0, numValues);
        readHybrid(page, pos, pos + length, 1, defs, numValues);
        pos += length;
        present = 0;
        for (let i = 0; i < numValues; i++)
            present += defs[i];
        if (present === numValues)
            defs = undefined;
    }
    const bitWidth = page[pos++];
    if (bitWidth > 24)
        return null;
    if (scratch.indices.length < present)
        scratch.indices = new Int32Array(present * 2);
    const indices = scratch.indices.subarray(0, present);
    if (bitWidth === 0)
        indices.fill(0);
    else
        readHybrid(page, pos, page.length, bitWidth, indices, present);
    return { defs, indices };
}
/** Parquet's RLE / bit-packed hybrid encoding (bit width ≤ 24) into out[0, count). */
function readHybrid(bytes, pos, end, bitWidth, out, count) {
    const mask = (1 << bitWidth) - 1;
    const byteWidth = (bitWidth + 7) >> 3;
    let i = 0;
    while (i < count && pos < end) {
        let header = 0;
        let shift = 0;
        let b;
        do {
            b = bytes[pos++];
            header += (b & 0x7f) * 2 ** shift;
            shift += 7;
        } while (b & 0x80 && pos < end);
        if (header % 2 === 1) {
            const groups = Math.floor(header / 2);
            const start = pos;
            const n = groups * 8;
            let data = 0;
            let bits = 0;
            for (let k = 0; k < n && i < count; k++) {
                while (bits < bitWidth) {
                    data |= (pos < end ? bytes[pos] : 0) << bits;
                    pos++;
                    bits += 8;
                }
                out[i++] = data & mask;
                data >>>= bitWidth;
                bits -= bitWidth;
            }
            pos = start + groups * bitWidth;
        }
        else {
            const n = header / 2;
            let v = 0;
            for (let k = 0; k < byteWidth; k++)
                v |= bytes[pos++] << (8 * k);
            const stop = Math.min(count, i + n);
            while (i < stop)
                out[i++] = v;
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/data/src/bytes.ts
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

;// CONCATENATED MODULE: ./packages/data/src/sketches/hll.ts
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

;// CONCATENATED MODULE: ./packages/data/src/sketches/kll.ts
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

;// CONCATENATED MODULE: ./packages/data/src/sketches/distribution.ts



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
        this.hll.add(hashNumber(x));
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
        this.hll.add(hashNumber(x));
    }
    toSketch() {
        const kll = new Kll();
        const hll = new HyperLogLog();
        const entries = [...this.counts].sort((a, b) => a[0] - b[0]);
        for (const [v, c] of entries) {
            hll.add(hashNumber(v));
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
                this.hll.add(hashNumber(v));
                for (let i = 0; i < c; i++)
                    this.kll.add(v);
            }
        }
        else {
            this.kll.merge(state.kll);
            this.hll.merge(HyperLogLog.from(state.hll));
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

;// CONCATENATED MODULE: ./packages/data/src/sketches/frequencies.ts


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
            const slot = fmix32(key) & 1023;
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
        const h = hashBytes(buf, start, end);
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
        const hll = new HyperLogLog();
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
        const h = hashBytes(bytes, 0, bytes.length);
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
                this.hll.merge(HyperLogLog.from(state.hll));
            else
                for (const [k] of state.counts) {
                    const b = encoder.encode(k);
                    this.hll.add(hashBytes(b, 0, b.length));
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

;// CONCATENATED MODULE: ./packages/data/src/sketches/moments.ts
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

;// CONCATENATED MODULE: ./packages/data/src/column.ts






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
const column_encoder = new TextEncoder();
const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const HISTOGRAM_BINS = 20;
const TOP_VALUES = 10;
/**
 * One pass over a column: counts, moments, value distribution, text frequencies, date range.
 * Cells arrive as bytes (CSV) or JS values (JSON Lines, Parquet) and are classified once.
 */
class ColumnProfiler {
    name;
    rows = 0;
    missing = 0;
    integers = 0;
    decimals = 0;
    booleans = 0;
    datetimes = 0;
    texts = 0;
    moments = new Moments();
    distribution;
    text;
    dateMin = Infinity;
    dateMax = -Infinity;
    dateHll = null;
    lastDate = NaN;
    scratch = { bytes: new Uint8Array(256) };
    observer = null;
    /**
     * `exactLimit`: distinct values counted exactly before switching to sketches (the dataset
     * lowers it for wide files, so memory stays bounded whatever the column count).
     */
    constructor(name, exactLimit = 20_000) {
        this.name = name;
        this.distribution = new Distribution(exactLimit);
        this.text = new Frequencies(exactLimit, Math.min(2_000, exactLimit));
    }
    /** A CSV cell: buf[start, end) with the reader's field flags. */
    addField(buf, start, end, flags, line) {
        if (flags & FIELD_ESCAPED) {
            const len = unescapeField(buf, start, end, this.scratch);
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
        const x = parseNumber(buf, start, end);
        if (numberKind !== 0) {
            if (numberKind === 1)
                this.integers++;
            else
                this.decimals++;
            this.moments.add(x);
            this.distribution.add(x);
            this.observer?.cell(numberKind, x, buf, start, end, line, row);
            return;
        }
        if (isMissing(buf, start, end)) {
            this.missing++;
            this.observer?.cell(CellKind.Missing, NaN, buf, start, end, line, row);
            return;
        }
        const b = parseBoolean(buf, start, end);
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
                (this.dateHll ??= new HyperLogLog()).add(hashNumber(d));
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
                    (this.dateHll ??= new HyperLogLog()).add(hashNumber(x));
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
        const d = parseDate(buf, start, end);
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
            return this.addText(formatDate(ms), line);
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
            (this.dateHll ??= new HyperLogLog()).add(hashNumber(x));
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
        const { written } = column_encoder.encodeInto(value, this.scratch.bytes);
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
        const merged = Frequencies.from(this.text.toJSON());
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
            dates: this.dateHll ? { min: this.dateMin, max: this.dateMax, hll: this.dateHll.toJSON() } : null,
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
            (this.dateHll ??= new HyperLogLog()).merge(HyperLogLog.from(s.dates.hll));
        }
    }
    static fromSketches(name, s) {
        const p = new ColumnProfiler(name);
        p.merge(s);
        return p;
    }
    dateDistinct() {
        return this.dateHll ? Math.round(this.dateHll.estimate()) : 0;
    }
}
const EMPTY = new Uint8Array(0);
const BOOL_TEXT = [column_encoder.encode("false"), column_encoder.encode("true")];
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
            const bytes = typeof v === "string" ? column_encoder.encode(v) : v;
            plan.bytes[e] = bytes;
            x = parseNumber(bytes, 0, bytes.length);
            if (numberKind !== 0)
                kind = numberKind;
            else if (isMissing(bytes, 0, bytes.length))
                kind = CellKind.Missing;
            else if ((x = parseBoolean(bytes, 0, bytes.length)) >= 0)
                kind = CellKind.Boolean;
            else if ((x = parseDate(bytes, 0, bytes.length)) === x)
                kind = CellKind.Datetime;
            else
                kind = CellKind.Text;
        }
        else if (v !== null && v !== undefined) {
            const bytes = column_encoder.encode(JSON.stringify(v, (_k, y) => (typeof y === "bigint" ? y.toString() : y)));
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
        const upTo = i === bins ? w.total : rankOf(w, edges[i], false);
        counts.push(Math.max(0, Math.round(upTo - previous)));
        previous = upTo;
    }
    return { edges, counts };
}
function buildProfile(type, s, freq, dist) {
    const count = s.rows - s.missing;
    const profile = { type, count, missing: s.missing };
    if (type === "integer" || type === "number") {
        const m = Moments.from(s.moments);
        profile.min = m.n ? m.min : null;
        profile.max = m.n ? m.max : null;
        profile.mean = m.n ? m.mean : null;
        profile.std = m.std();
        const w = dist.weighted();
        if (w.values.length) {
            profile.quantiles = Object.fromEntries(QUANTILES.map((q) => [String(q), round(quantile(w, q))]));
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
            profile.min = formatDate(s.dates.min);
            profile.max = formatDate(s.dates.max);
            profile.distinct = Math.round(HyperLogLog.from(s.dates.hll).estimate());
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


;// CONCATENATED MODULE: ./packages/data/src/dataset.ts







const DATA_FORMATS = ["auto", "csv", "tsv", "jsonl", "parquet"];
/** The format of a file from its extension (or the explicit format). */
function detectFormat(file, format = "auto") {
    if (format !== "auto")
        return format;
    const ext = external_node_path_default().extname(file).toLowerCase();
    if (ext === ".csv" || ext === ".txt")
        return "csv";
    if (ext === ".tsv" || ext === ".tab")
        return "tsv";
    if (ext === ".jsonl" || ext === ".ndjson")
        return "jsonl";
    if (ext === ".parquet" || ext === ".pq")
        return "parquet";
    throw new DataError("unknown-format", `cannot tell the format from the extension '${ext || "(none)"}'; set format: csv, tsv, jsonl or parquet`, { file });
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
            for await (const m of external_node_fs_.promises.glob(pattern, { cwd }))
                matches.push(String(m));
            const files = [];
            for (const m of matches.sort()) {
                const st = await external_node_fs_.promises.stat(external_node_path_default().resolve(cwd, m)).catch(() => null);
                if (st?.isFile())
                    files.push(m);
            }
            if (files.length === 0)
                throw new DataError("no-files", `no file matches the pattern ${JSON.stringify(pattern)}`, {
                    file: pattern,
                });
            files.forEach(push);
            continue;
        }
        const st = await external_node_fs_.promises.stat(external_node_path_default().resolve(cwd, pattern)).catch(() => null);
        if (!st)
            throw new DataError("file-not-found", "file not found", { file: pattern });
        if (st.isDirectory()) {
            const entries = (await external_node_fs_.promises.readdir(external_node_path_default().resolve(cwd, pattern), { recursive: true, withFileTypes: true }))
                .filter((e) => e.isFile() && /\.(csv|tsv|tab|jsonl|ndjson|parquet)$/i.test(e.name))
                .map((e) => external_node_path_default().relative(cwd, external_node_path_default().join(e.parentPath, e.name)))
                .sort();
            if (entries.length === 0)
                throw new DataError("no-files", "the directory holds no data files (.csv, .tsv, .jsonl, .parquet)", {
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
    column(name) {
        let c = this.columns.get(name);
        if (!c) {
            c = new ColumnProfiler(name, this.exactLimit);
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
                throw new DataError("columns-differ", `columns differ from the first file of the dataset: this file ${parts.join(" and ")}`, { file, line: 1 });
            }
        }
        if (this.columns.size === 0)
            this.exactLimit = Math.max(256, Math.min(20_000, Math.floor(4_000_000 / Math.max(1, names.length))));
        return names.map((n) => this.column(n));
    }
    async read(file) {
        const format = detectFormat(file, this.options.format);
        this.formats.add(format);
        try {
            if (format === "csv" || format === "tsv")
                await this.readCsv(file, format);
            else if (format === "jsonl")
                await this.readJsonl(file);
            else
                await this.readParquet(file);
        }
        catch (error) {
            if (error instanceof LimitReached)
                return;
            throw error;
        }
    }
    get limitReached() {
        return this.options.limitRows !== undefined && this.rows >= this.options.limitRows;
    }
    progress(bytes, file) {
        this.options.onProgress?.(this.rows, bytes, file);
    }
    async readCsv(file, format) {
        const reader = new CsvReader(file, {
            ...this.options,
            delimiter: this.options.delimiter ?? (format === "tsv" ? "\t" : ","),
        });
        let cols = [];
        let ragged = null;
        const limit = this.options.limitRows ?? Infinity;
        let lastBytes = 0;
        await reader.read({
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
        });
        if (this.columns.size > 0 && this.rows === 0 && !ragged) {
            // header only: reported by the caller from rows === 0
        }
    }
    async readJsonl(file) {
        const limit = this.options.limitRows ?? Infinity;
        let known = [];
        let knownNames = [];
        await readJsonLines(file, (object, line) => {
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
        await readParquet(file, {
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
                    plans.set(dictionary, (plan = planDictionary(dictionary, msPerUnit)));
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

;// CONCATENATED MODULE: ./packages/data/src/stats.ts
/*
 * Special functions and test distributions, ported to match SciPy 1.10 (scipy.stats.ks_2samp,
 * kstwo, chisquare, norm) to 1e-6 or better. Sources: scipy/stats/_stats_py.py (exact KS paths),
 * scipy/stats/_ksstats.py (Simard & L'Ecuyer's kolmogn), cephes kolmogorov.c (smirnov).
 */
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** log Γ(x) for x > 0 (Lanczos, g = 7): relative error ~1e-15. */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    x -= 1;
    let a = LANCZOS[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Regularised upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a). */
function gammaQ(a, x) {
    if (x < 0 || a <= 0)
        return NaN;
    if (x === 0)
        return 1;
    if (!Number.isFinite(x))
        return 0;
    if (x < a + 1)
        return 1 - gammaPSeries(a, x);
    // Continued fraction (modified Lentz).
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 10000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
function gammaPSeries(a, x) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 100000; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * 1e-17)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
/** Survival function of the χ² distribution with k degrees of freedom. */
function chi2Sf(x, k) {
    if (Number.isNaN(x))
        return NaN;
    if (x <= 0)
        return 1;
    return gammaQ(k / 2, x / 2);
}
/** Standard normal CDF. */
function normalCdf(z) {
    if (Number.isNaN(z))
        return NaN;
    // erfc(t) = Q(1/2, t²)
    const t = Math.abs(z) / Math.SQRT2;
    const tail = 0.5 * gammaQ(0.5, t * t);
    return z < 0 ? tail : 1 - tail;
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
    return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
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

;// CONCATENATED MODULE: ./packages/data/src/schema.ts


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
/** A set of 64-bit hashes (two independent 32-bit halves), for uniqueness over any row count. */
class HashSet64 {
    a = new Int32Array(1024);
    b = new Int32Array(1024);
    used = new Uint8Array(1024);
    size = 0;
    /** Adds; returns false when already present. */
    add(h1, h2) {
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
        this.size++;
        return true;
    }
    grow() {
        const { a, b, used } = this;
        const n = used.length * 2;
        this.a = new Int32Array(n);
        this.b = new Int32Array(n);
        this.used = new Uint8Array(n);
        this.size = 0;
        for (let i = 0; i < used.length; i++)
            if (used[i])
                this.add(a[i], b[i]);
    }
}
/** Bit k set: a cell of kind k conforms to the type. */
const KIND_OK = {
    integer: 1 << CellKind.Integer,
    number: (1 << CellKind.Integer) | (1 << CellKind.Number),
    boolean: 1 << CellKind.Boolean,
    datetime: 1 << CellKind.Datetime,
    string: 0b111111,
    categorical: 0b111111,
};
/** Checks one column's cells against its schema entry. */
class ColumnChecker {
    name;
    schema;
    where;
    regexMaxLength;
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
    constructor(name, schema, where, regexMaxLength = DEFAULT_REGEX_MAX_LENGTH) {
        this.name = name;
        this.schema = schema;
        this.where = where;
        this.regexMaxLength = regexMaxLength;
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
            this.seen = new HashSet64();
    }
    cell(kind, value, buf, start, end, line, row) {
        const t = this.tallies;
        if (kind === CellKind.Missing) {
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
            (kind === CellKind.Integer || kind === CellKind.Number || kind === CellKind.Datetime)) {
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
                b = schema_encoder.encode(cellText(kind, value, buf, start, end));
                from = 0;
                to = b.length;
            }
            if (!this.seen.add(hashBytes(b, from, to), hashBytes(b, from, to, 0x2545f491)))
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
                observed: observed.toFixed(4),
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
const schema_encoder = new TextEncoder();
function cellText(kind, value, buf, start, end) {
    if (end > start)
        return decodeUtf8(buf, start, end);
    if (kind === CellKind.Datetime)
        return new Date(value).toISOString();
    if (kind === CellKind.Boolean)
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

;// CONCATENATED MODULE: ./packages/data/src/summary.ts
/** Escapes text for a Markdown table cell: no HTML, no pipes, no line breaks, bounded length. */
function cell(text, max = 80) {
    let s = String(text ?? "");
    if (s.length > max)
        s = `${s.slice(0, max - 1)}…`;
    return s
        .replace(/[\r\n]+/g, " ")
        .replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`)
        .replace(/&/g, "&amp;");
}
function num(x, digits = 4) {
    if (x === null || x === undefined)
        return "";
    if (Number.isInteger(x))
        return x.toLocaleString("en-US");
    const a = Math.abs(x);
    return a !== 0 && (a < 1e-3 || a >= 1e6)
        ? x.toExponential(2)
        : x.toFixed(digits).replace(/0+$/, "").replace(/\.$/, "");
}
/** The job summary: verdict, schema failures, profile and drift tables. */
function renderSummary(report) {
    const lines = [];
    const icon = report.passed ? "✅" : "❌";
    lines.push(`### ${icon} Data validation: ${report.passed ? "passed" : "failed"}`);
    lines.push("");
    lines.push(`${report.dataset.rows.toLocaleString("en-US")} rows × ${report.dataset.columns.length} columns from ${report.dataset.files.length} file(s) (${cell(report.dataset.format)}), ${report.anomalies.length} anomalies.`);
    lines.push("");
    const problems = report.anomalies.filter((a) => !a.code.startsWith("schema-"));
    if (problems.length) {
        lines.push("| problem | where | message |", "| --- | --- | --- |");
        for (const a of problems.slice(0, 20))
            lines.push(`| ${a.severity} ${cell(a.code)} | ${cell(a.file ?? "")}${a.line !== undefined ? `:${a.line}` : ""} | ${cell(a.message, 200)} |`);
        lines.push("");
    }
    if (report.schema) {
        const failed = report.schema.checks.filter((c) => !c.passed);
        lines.push(`#### Schema ${report.schema.passed ? "passed" : "failed"} (${report.schema.checks.length - failed.length}/${report.schema.checks.length} checks)`);
        if (failed.length) {
            lines.push("", "| column | check | severity | expected | failures | first rows |", "| --- | --- | --- | --- | ---: | --- |");
            for (const c of failed.slice(0, 50)) {
                const rows = c.samples
                    .map((s) => (s.line !== undefined ? `line ${s.line}` : ""))
                    .filter(Boolean)
                    .join(", ");
                lines.push(`| ${cell(c.column ?? "(dataset)")} | ${cell(c.check)} | ${c.severity} | ${cell(c.expected)} | ${c.failures.toLocaleString("en-US")} / ${c.checked.toLocaleString("en-US")} | ${cell(rows)} |`);
            }
        }
        lines.push("");
    }
    if (report.drift) {
        const d = report.drift;
        lines.push(`#### Drift: ${d.datasetDrift ? "dataset drift detected" : "no dataset drift"} (${d.columns.filter((c) => c.drifted).length} of ${d.columns.length} columns, threshold ${Math.round(d.shareThreshold * 100)}%) against ${cell(d.reference.source)} (${d.reference.rows.toLocaleString("en-US")} rows)`, "", "| column | test | statistic | rule | PSI | drift |", "| --- | --- | ---: | --- | ---: | :---: |");
        for (const c of d.columns) {
            const value = c.comparedValue === "p_value" ? `p = ${num(c.pValue)}` : num(c.statistic);
            lines.push(`| ${cell(c.column)} | ${c.test} | ${value} | ${c.comparedValue === "p_value" ? "p-value" : "statistic"} ${c.operator} ${c.threshold} | ${num(c.psi)} | ${c.drifted ? "⚠️ yes" : "no"} |`);
        }
        lines.push("");
    }
    const cols = Object.entries(report.profile);
    if (cols.length) {
        lines.push("<details><summary>Column profiles</summary>", "", "| column | type | missing | distinct | min | mean | max | std |", "| --- | --- | ---: | ---: | --- | ---: | --- | ---: |");
        for (const [name, p] of cols.slice(0, 200)) {
            const fmt = (v) => (typeof v === "number" ? num(v) : cell(v ?? "", 30));
            lines.push(`| ${cell(name)} | ${p.type} | ${p.missing.toLocaleString("en-US")} | ${p.distinct !== undefined ? p.distinct.toLocaleString("en-US") : ""} | ${fmt(p.min)} | ${num(p.mean)} | ${fmt(p.max)} | ${num(p.std)} |`);
        }
        lines.push("", "</details>", "");
    }
    return lines.join("\n");
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
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

;// CONCATENATED MODULE: ./packages/data/src/validate.ts









const FAIL_ON = ["error", "warning", "drift", "never"];
/**
 * The validate-data step: one streaming pass over the data (schema checks + profile), the
 * reference profile (from data or a saved report), drift per column, the report, annotations.
 * Malformed data becomes an error anomaly in the report, never a crash.
 */
async function validateData(options, { logger }) {
    const cwd = options.cwd ?? process.cwd();
    if (options.data.length === 0)
        throw new src/* ConfigurationError */.j1("input 'data' is required: the data file(s) to validate, e.g. data: data/train.csv", { code: "input-missing" });
    const failOn = options.failOn ?? "error";
    if (!FAIL_ON.includes(failOn))
        throw new src/* ConfigurationError */.j1(`input 'fail-on': expected one of ${FAIL_ON.join(", ")}, found ${JSON.stringify(failOn)}`, { code: "input-invalid" });
    const driftConfig = parseDriftConfig(options.drift ?? {});
    const driftShare = options.driftShare ?? 0.5;
    let schema;
    if (options.schema) {
        const { readSchemaFile } = await Promise.all(/* import() */[__webpack_require__.e(156), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 5890));
        schema = await readSchemaFile(external_node_path_default().resolve(cwd, options.schema));
    }
    const files = await resolveFiles(options.data, cwd);
    const fingerprints = fingerprintFiles(files, cwd);
    fingerprints.catch(() => { });
    const anomalies = [];
    // Reference first (usually smaller), then the data.
    let reference = null;
    if (options.reference && options.reference.length)
        reference = await loadReference(options, cwd, logger);
    const where = { file: files[0] };
    const checkers = new Map();
    const progressMs = (options.progressSeconds ?? 5) * 1000;
    const started = performance.now();
    let lastProgress = started;
    const readOptions = {
        format: options.format,
        delimiter: options.delimiter,
        maxRowBytes: options.maxRowBytes,
        maxColumns: options.maxColumns,
        onColumn: (column) => {
            const spec = schema?.columns[column.name];
            if (spec) {
                const checker = new ColumnChecker(column.name, spec, where, schema?.regexMaxLength);
                checkers.set(column.name, checker);
                column.observer = checker;
            }
        },
        onProgress: (rows, bytes, file) => {
            const now = performance.now();
            if (now - lastProgress < progressMs)
                return;
            lastProgress = now;
            const seconds = (now - started) / 1000;
            logger.info(`${file}: ${rows.toLocaleString("en-US")} rows read (${Math.round(rows / seconds).toLocaleString("en-US")} rows/s${bytes ? `, ${(bytes / 1048576).toFixed(0)} MiB` : ""})`);
        },
    };
    const dataset = new DatasetProfiler(readOptions);
    let fatal = false;
    for (const file of files) {
        where.file = file;
        try {
            await dataset.read(external_node_path_default().isAbsolute(file) || external_node_path_default().resolve(cwd) === process.cwd() ? file : external_node_path_default().join(cwd, file));
        }
        catch (caught) {
            let error = caught;
            // Resource limits hit by hostile input (nesting deeper than the stack, arrays too large)
            // are the data's problem, not a crash.
            if (error instanceof RangeError)
                error = new DataError("line-too-long", `the file exceeds a resource limit: ${error.message}`, {
                    file,
                });
            if (!(error instanceof DataError))
                throw error;
            fatal = true;
            const loc = error.location ?? {};
            anomalies.push({
                code: error.code,
                severity: "error",
                message: error.message,
                file,
                ...(loc.line !== undefined ? { line: loc.line } : {}),
            });
            break;
        }
    }
    const seconds = (performance.now() - started) / 1000;
    logger.info(`read ${dataset.rows.toLocaleString("en-US")} rows, ${dataset.columns.size} columns from ${files.length} file(s) in ${seconds.toFixed(1)} s`);
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
            file: files[0],
            line: 1,
        });
    }
    // Types: the schema's where given, else inferred.
    const types = new Map();
    const profile = {};
    for (const [name, column] of dataset.columns) {
        const type = schema?.columns[name]?.type ?? column.inferType();
        types.set(name, type);
        profile[name] = column.profile(type);
    }
    // Schema checks.
    let checks = null;
    if (schema) {
        checks = datasetChecks(schema, [...dataset.columns.keys()], dataset.rows);
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
    }
    // Drift.
    let drift = null;
    if (reference) {
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
        drift = {
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
    const files_ = await fingerprints;
    const errors = anomalies.filter((a) => a.severity === "error").length;
    const warnings = anomalies.filter((a) => a.severity === "warning").length;
    const driftDetected = drift?.datasetDrift ?? false;
    const passed = failOn === "never"
        ? true
        : failOn === "warning"
            ? errors + warnings === 0
            : failOn === "drift"
                ? errors === 0 && !driftDetected
                : errors === 0;
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
                source: options.schema ?? null,
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
    if (options.report) {
        const file = external_node_path_default().resolve(cwd, options.report);
        await (0,src/* writeDocument */.ft)("mlops.validation", file, report);
        result.reportPath = options.report;
    }
    if (options.writeSchema) {
        await (0,src/* writeJsonAtomic */.ZJ)(external_node_path_default().resolve(cwd, options.writeSchema), inferSchema(profile, dataset.rows));
        result.schemaPath = options.writeSchema;
        logger.info(`wrote the inferred schema to ${options.writeSchema}: review it and commit it`);
    }
    return result;
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
                columns.set(name, ColumnProfiler.fromSketches(name, p.sketches));
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
    const files = await resolveFiles(sources, cwd);
    const fingerprints = fingerprintFiles(files, cwd);
    const ref = new DatasetProfiler({
        format: options.referenceFormat ?? options.format,
        delimiter: options.delimiter,
        maxRowBytes: options.maxRowBytes,
        maxColumns: options.maxColumns,
    });
    for (const file of files) {
        try {
            await ref.read(external_node_path_default().isAbsolute(file) || external_node_path_default().resolve(cwd) === process.cwd() ? file : external_node_path_default().join(cwd, file));
        }
        catch (error) {
            if (error instanceof DataError)
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
    const { parseYamlWithLocations } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3795));
    const { value } = await parseYamlWithLocations(text, source);
    if (!value || typeof value !== "object" || Array.isArray(value)) {
        throw new src/* ConfigurationError */.j1(`${source}: expected a mapping of column to { test, threshold }, e.g. {"delay": {"test": "psi", "threshold": 0.2}}`, { code: "input-invalid" });
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/data/src/index.ts


















/***/ }),

/***/ 1149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEvaluateStep: () => (/* binding */ runEvaluateStep)
});

// UNUSED EXPORTS: DEFAULT_COMPARISON_FILE, readEvaluateInputs

// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __webpack_require__(3795);
// EXTERNAL MODULE: ./packages/metrics/src/candidate.ts
var src_candidate = __webpack_require__(1980);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/metrics/src/baseline.ts



const FILE_EXT = /\.(json|ya?ml|csv)$/i;
function parseBaselineSpec(value, cwd) {
    const v = (value ?? "").trim();
    if (v === "" || v.toLowerCase() === "none")
        return { kind: "none" };
    const version = /^v?(\d+)$/.exec(v);
    if (version) {
        const n = Number(version[1]);
        if (!Number.isSafeInteger(n) || n < 1) {
            throw new src/* ConfigurationError */.j1(`baseline: version ${JSON.stringify(v)} is not valid: versions start at 1`, {
                code: "input-invalid",
            });
        }
        return { kind: "version", version: n };
    }
    const resolved = external_node_path_default().resolve(cwd, v);
    if ((0,external_node_fs_.existsSync)(resolved) || FILE_EXT.test(v) || v.includes("/") || v.includes("\\")) {
        if (!(0,external_node_fs_.existsSync)(resolved)) {
            throw new src/* ConfigurationError */.j1(`baseline: ${v}: file not found (give a metrics or RunRecord file, a registry alias such as production, a version number, or none)`, { code: "baseline-missing", location: { file: v } });
        }
        if ((0,external_node_fs_.statSync)(resolved).isDirectory()) {
            throw new src/* ConfigurationError */.j1(`baseline: ${v}: expected a file, found a directory`, {
                code: "baseline-missing",
                location: { file: v },
            });
        }
        return { kind: "file", path: v };
    }
    try {
        return { kind: "alias", alias: (0,src/* checkAlias */.ff)(v) };
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`baseline: ${JSON.stringify(v)} is neither none, a version number, an existing file, nor a valid alias (${error.message})`, { code: "input-invalid" });
    }
}
/** Metrics from a metrics file, a RunRecord or a ModelVersion document, with their identity. */
async function readMetricsSource(file, cwd) {
    const full = external_node_path_default().resolve(cwd, file);
    if (/\.json$/i.test(file)) {
        const value = await (0,src/* readJsonFile */.JE)(full);
        const kind = value && typeof value === "object" ? value.kind : undefined;
        if (kind === "mlops.run") {
            const run = await (0,src/* parseDocument */.Tp)("mlops.run", value, file);
            return {
                source: file,
                metrics: run.metrics,
                version: null,
                runId: run.id,
                gitSha: run.git.sha,
                params: run.params,
            };
        }
        if (kind === "mlops.model-version") {
            const mv = await (0,src/* parseDocument */.Tp)("mlops.model-version", value, file);
            return {
                source: file,
                metrics: mv.metrics,
                version: mv.number,
                runId: mv.run?.id ?? null,
                gitSha: mv.lineage.gitSha,
                params: mv.params,
            };
        }
        if (typeof kind === "string" && kind.startsWith("mlops.")) {
            throw new src/* ConfigurationError */.j1(`${file}: a '${kind}' document holds no model metrics; give a metrics file, a RunRecord or a ModelVersion`, { code: "document-kind", location: { file } });
        }
    }
    const metrics = await (0,src/* readMetricsFile */._c)(full);
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
        throw new src/* ConfigurationError */.j1(`baseline '${ref}' is looked up in the model registry, which needs the model name: set model (or baseline: none, or a metrics file)`, { code: "input-missing" });
    }
    if (!options.openRegistry) {
        throw new src/* ConfigurationError */.j1(`baseline '${ref}': no model registry is available here; give a metrics file or none`, {
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
    };
}

// EXTERNAL MODULE: ./packages/data/src/index.ts + 18 modules
var data_src = __webpack_require__(3981);
;// CONCATENATED MODULE: ./packages/metrics/src/stats.ts
/*
 * Small numerical pieces: the normal and chi-square(1) tails to double precision, the binomial
 * tail for exact McNemar, percentiles as numpy computes them, a seeded PRNG.
 */

const SQRT_PI = Math.sqrt(Math.PI);
/** erfc(x) to ~1e-15 relative: a series for |x| < 2.5, a continued fraction beyond. */
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x < 0)
        return 2 - erfc(-x);
    if (x < 2.5) {
        // erf(x) = 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1))
        const x2 = x * x;
        let term = x;
        let sum = x;
        for (let n = 1; n < 200; n++) {
            term *= -x2 / n;
            const add = term / (2 * n + 1);
            sum += add;
            if (Math.abs(add) < 1e-17 * Math.abs(sum))
                break;
        }
        return 1 - (2 / SQRT_PI) * sum;
    }
    if (x > 27)
        return 0;
    // erfc(x) = exp(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), by modified Lentz.
    const tiny = 1e-300;
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 500; k++) {
        const a = k / 2;
        d = x + a * d;
        d = d === 0 ? tiny : 1 / d;
        c = x + a / c;
        if (c === 0)
            c = tiny;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(-x * x) / SQRT_PI / f;
}
/** P(Z > z) for a standard normal Z. */
function normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}
/** P(X > x) for X ~ chi-square with 1 degree of freedom. */
function chi2Df1Sf(x) {
    if (x <= 0)
        return 1;
    return erfc(Math.sqrt(x / 2));
}
/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomHalfCdf(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    const lnHalfN = n * Math.log(0.5);
    const lnFactN = (0,data_src.logGamma)(n + 1);
    let sum = 0;
    for (let i = 0; i <= k; i++)
        sum += Math.exp(lnFactN - (0,data_src.logGamma)(i + 1) - (0,data_src.logGamma)(n - i + 1) + lnHalfN);
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

;// CONCATENATED MODULE: ./packages/metrics/src/bootstrap.ts

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
    return [quantileSorted(finite, alpha), quantileSorted(finite, 1 - alpha)];
}
/** Runs the paired bootstrap over n rows. */
function pairedBootstrap(n, candidate, baseline, options) {
    const B = options.resamples;
    const W = new Uint8Array(n);
    const state = seedState(options.seed);
    const Mc = candidate.names.length;
    const Mb = baseline?.names.length ?? 0;
    const cv = new Float64Array(B * Mc);
    const bv = baseline ? new Float64Array(B * Mb) : null;
    const outC = new Float64Array(Mc);
    const outB = new Float64Array(Mb);
    for (let b = 0; b < B; b++) {
        fillPoissonWeights(W, state);
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

;// CONCATENATED MODULE: ./packages/metrics/src/gates.ts


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
    const file = options.cwd ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23))).resolve(options.cwd, text) : text;
    let body;
    try {
        body = await external_node_fs_.promises.readFile(file, "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "EISDIR") {
            throw new src/* ConfigurationError */.j1(`gates: ${text}: ${code === "ENOENT" ? "file not found" : "is a directory"} (give a YAML/JSON file of gates, or the gates inline, e.g. "accuracy: {threshold: 0.8}")`, { code: "gates-file-missing", location: { file: text } });
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
    const { value, locate } = await (0,src.parseYamlWithLocations)(text, source);
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
        throw new src/* ConfigurationError */.j1(`${source}${where}: ${message}`, { code: "gates-invalid", location: loc });
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
                message: `${name} ${fmt(candidate)} ${passed ? "" : "not "}${ge} ${fmt(bound)} (baseline ${fmt(baseline)} ${up ? "+" : "-"} ${fmt(m)})`,
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
                message: `${name} ${up ? "gained" : "improved by"} ${fmt(change * 100)}% of |baseline ${fmt(baseline)}| ${passed ? "≥" : "<"} ${fmt(r * 100)}%`,
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
                    throw new src/* ConfigurationError */.j1(`gate '${name}' requires significance ${gate.significance}, which needs paired predictions of both models: give candidate-predictions and baseline-predictions on the same rows`, { code: "significance-needs-predictions", ...(gate.location ? { location: gate.location } : {}) });
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

;// CONCATENATED MODULE: ./packages/metrics/src/paired-tests.ts

/** Midranks for positives and negatives from one model's ascending order. */
function structural(y, order, score, m, nNeg) {
    const n = order.length;
    const v10 = new Float64Array(m); // per positive, indexed by its rank among positives in row order
    const v01 = new Float64Array(nNeg);
    const posIndex = positionIndex(y, 1);
    const negIndex = positionIndex(y, 0);
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
        for (let k = i; k < j; k++) {
            const r = order[k];
            if (y[r]) {
                const v = (rAll - rPos) / nNeg;
                v10[posIndex[r]] = v;
                sum10 += v;
            }
            else
                v01[negIndex[r]] = 1 - (rAll - rNeg) / m;
        }
        below += g;
        belowPos += gp;
        belowNeg += gn;
        i = j;
    }
    return { v10, v01, auc: sum10 / m };
}
const indexCache = new WeakMap();
function positionIndex(y, cls) {
    let cached = indexCache.get(y);
    if (!cached) {
        const pos = new Int32Array(y.length);
        const neg = new Int32Array(y.length);
        let p = 0;
        let q = 0;
        for (let i = 0; i < y.length; i++) {
            if (y[i])
                pos[i] = p++;
            else
                neg[i] = q++;
        }
        cached = [pos, neg];
        indexCache.set(y, cached);
    }
    return cached[cls === 1 ? 0 : 1];
}
function covariance(a, b) {
    const n = a.length;
    let ma = 0;
    let mb = 0;
    for (let i = 0; i < n; i++) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    let saa = 0;
    let sbb = 0;
    let sab = 0;
    for (let i = 0; i < n; i++) {
        const da = a[i] - ma;
        const db = b[i] - mb;
        saa += da * da;
        sbb += db * db;
        sab += da * db;
    }
    const d = n - 1;
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
    const [s10aa, s10bb, s10ab] = covariance(A.v10, B.v10);
    const [s01aa, s01bb, s01ab] = covariance(A.v01, B.v01);
    const variance = (s10aa + s10bb - 2 * s10ab) / m + (s01aa + s01bb - 2 * s01ab) / nNeg;
    const diff = A.auc - B.auc;
    const z = variance > 0 ? diff / Math.sqrt(variance) : diff === 0 ? 0 : diff > 0 ? Infinity : -Infinity;
    return { aucA: A.auc, aucB: B.auc, variance, z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
/** McNemar's test from the discordant counts, as statsmodels' mcnemar(exact=n<25, correction=True). */
function mcnemar(aOnly, bOnly) {
    const d = aOnly + bOnly;
    if (d === 0)
        return { aOnly, bOnly, method: "mcnemar-exact", statistic: 0, pValue: 1, pValueAGreater: 1 };
    if (d < 25) {
        const k = Math.min(aOnly, bOnly);
        const pValue = Math.min(1, 2 * binomHalfCdf(k, d));
        // P(X ≥ aOnly) for X ~ Bin(d, ½)
        const pValueAGreater = 1 - binomHalfCdf(aOnly - 1, d);
        return { aOnly, bOnly, method: "mcnemar-exact", statistic: k, pValue, pValueAGreater };
    }
    const diff = Math.abs(aOnly - bOnly);
    const statistic = Math.max(0, diff - 1) ** 2 / d;
    const pValue = chi2Df1Sf(statistic);
    const z = (aOnly - bOnly - (aOnly > bOnly ? 1 : aOnly < bOnly ? -1 : 0)) / Math.sqrt(d);
    return { aOnly, bOnly, method: "mcnemar", statistic, pValue, pValueAGreater: normalSf(z) };
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions.ts

function want(names) {
    const exact = new Set([
        names.label,
        names.prediction,
        names.score,
        ...(names.id ? [names.id] : []),
        ...names.slices,
    ]);
    return (c) => exact.has(c) || c.startsWith(`${names.score}_`);
}
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
/** Reads the evaluation columns of one prediction file. */
async function readPredictions(file, names, format = "auto") {
    const data = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3981));
    const keep = want(names);
    const kind = data.detectFormat(file, format);
    const values = new Map();
    let columns = [];
    let lines = [];
    let rows = 0;
    if (kind === "csv" || kind === "tsv") {
        const reader = new data.CsvReader(file, { delimiter: kind === "tsv" ? "\t" : "," });
        const decoder = new TextDecoder();
        let picked = [];
        const scratch = { bytes: new Uint8Array(256) };
        await reader.read({
            header(header) {
                columns = header;
                picked = header.flatMap((name, index) => {
                    if (!keep(name))
                        return [];
                    const out = [];
                    values.set(name, out);
                    return [{ index, out }];
                });
            },
            row(buf, starts, ends, flags, line) {
                for (const { index, out } of picked) {
                    let text;
                    if (flags[index] & data.FIELD_ESCAPED) {
                        const len = data.unescapeField(buf, starts[index], ends[index], scratch);
                        text = decoder.decode(scratch.bytes.subarray(0, len));
                    }
                    else
                        text = decoder.decode(buf.subarray(starts[index], ends[index]));
                    out.push(flags[index] & data.FIELD_QUOTED ? text : cellFromText(text));
                }
                lines.push(line);
                rows++;
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
        const seen = new Set();
        await data.readJsonLines(file, (object, line) => {
            for (const key of Object.keys(object)) {
                if (!seen.has(key)) {
                    seen.add(key);
                    columns.push(key);
                    if (keep(key))
                        values.set(key, new Array(rows).fill(null));
                }
            }
            for (const [key, out] of values)
                out.push(cellFromValue(object[key]));
            lines.push(line);
            rows++;
        });
    }
    else {
        let picked = [];
        await data.readParquet(file, {
            columns(info) {
                columns = info.map((c) => c.name);
                picked = columns.map((name) => {
                    if (!keep(name))
                        return null;
                    const out = [];
                    values.set(name, out);
                    return out;
                });
            },
            chunk(column, chunk) {
                const out = picked[column];
                if (!out)
                    return;
                for (let i = 0; i < chunk.length; i++)
                    out.push(cellFromValue(chunk[i]));
            },
            rowGroup(count) {
                for (let i = 0; i < count; i++)
                    lines.push(rows + i + 1);
                rows += count;
            },
        });
    }
    if (rows === 0) {
        throw new src/* ConfigurationError */.j1(`${file}: no prediction rows`, {
            code: "predictions-empty",
            location: { file },
        });
    }
    const lineArray = Int32Array.from(lines);
    lines = [];
    return { file, rows, columns, values, lines: lineArray, lineWord: kind === "parquet" ? "row" : "line" };
}
const TASKS = ["auto", "binary", "multiclass", "regression"];
function cellError(table, row, column, expected, found) {
    const line = table.lines[row];
    return new src/* ConfigurationError */.j1(`${table.file} ${table.lineWord} ${line} column '${column}': expected ${expected}, found ${found === null ? "nothing" : JSON.stringify(found)}`, {
        code: "prediction-invalid",
        location: { file: table.file, ...(table.lineWord === "line" ? { line } : {}), column },
    });
}
function columnOrError(table, column, what) {
    const values = table.values.get(column);
    if (!values) {
        throw new src/* ConfigurationError */.j1(`${table.file}: no column '${column}' (${what}); the file has: ${table.columns.slice(0, 20).join(", ")}${table.columns.length > 20 ? ", …" : ""}`, { code: "column-missing", location: { file: table.file, column } });
    }
    return values;
}
function numericColumn(table, column, what) {
    const cells = columnOrError(table, column, what);
    const out = new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
        const v = cells[i];
        if (typeof v !== "number" || !Number.isFinite(v))
            throw cellError(table, i, column, "a finite number", v ?? null);
        out[i] = v;
    }
    return out;
}
/** Class labels as strings ("1", "setosa", "true"), so numbers and text compare alike. */
function labelKey(v) {
    return typeof v === "number" ? String(v) : String(v);
}

;// CONCATENATED MODULE: ./packages/metrics/src/sort.ts
/**
 * Stable ascending argsort of finite doubles by LSD radix sort on their IEEE-754 bits (16-bit
 * digits, passes whose digit is constant skipped): ~10× faster than a comparator sort on a
 * million scores. NaN must be rejected by the caller.
 */
function argsortFloat64(values) {
    const n = values.length;
    const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    // Sortable keys: flip all bits of negatives, the sign bit of positives. -0 sorts with +0.
    const lo = new Uint32Array(n);
    const hi = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        let l = bits[2 * i];
        let h = bits[2 * i + 1];
        if (h === 0x80000000 && l === 0)
            h = 0; // -0 → +0
        if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else
            h = (h | 0x80000000) >>> 0;
        lo[i] = l;
        hi[i] = h;
    }
    let idx = new Int32Array(n);
    for (let i = 0; i < n; i++)
        idx[i] = i;
    let tmp = new Int32Array(n);
    const count = new Int32Array(65536);
    for (let pass = 0; pass < 4; pass++) {
        const key = pass < 2 ? lo : hi;
        const shift = pass % 2 === 0 ? 0 : 16;
        count.fill(0);
        for (let i = 0; i < n; i++)
            count[(key[i] >>> shift) & 0xffff]++;
        if (n > 0 && count[(key[0] >>> shift) & 0xffff] === n)
            continue; // all equal: nothing to do
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const j = idx[i];
            tmp[count[(key[j] >>> shift) & 0xffff]++] = j;
        }
        const t = idx;
        idx = tmp;
        tmp = t;
    }
    return idx;
}
/** out[i] = values[perm[i]]. */
function gather(values, perm, out) {
    for (let i = 0; i < perm.length; i++)
        out[i] = values[perm[i]];
    return out;
}

;// CONCATENATED MODULE: ./packages/metrics/src/evaluators.ts

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
 * Accuracy and precision/recall/F1 (macro, micro, weighted) from a K×K confusion matrix of
 * weights (row = true class, column = predicted). Classes neither true nor predicted are left
 * out, as scikit-learn's unique_labels does. Writes 10 values from `at`.
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
/**
 * Binary classification. ROC AUC is the weighted Mann–Whitney U, computed in two passes over
 * the rows in score order: the negatives build a prefix sum Cn of their weights; each positive
 * then adds w · (Cn[lo] + Cn[hi]) / 2, where lo counts the negatives scored strictly below it
 * and hi those scored at most as high (so ties count ½). The multiply touches only positives,
 * everything else is integer adds: weights are small integers, so counts are exact. The same
 * passes give the confusion counts and the log loss (precomputed per-row losses).
 */
class BinaryEvaluator {
    names;
    n;
    order;
    cm = new Float64Array(4);
    // With a score: negatives and positives in score order.
    negRow;
    negPred;
    negLoss;
    posRow;
    posPred;
    posLoss;
    posLo;
    posHi;
    cn;
    // Without a score: the label/prediction bits per row.
    bits;
    // Few distinct scores (a rate table, a tree): a histogram over (score group, label, prediction).
    key = null;
    hist = null;
    groupLoss = null;
    constructor(input) {
        const { y, pred, score } = input;
        const n = (this.n = y.length);
        this.names = ["accuracy", "precision", "recall", "f1", ...AVERAGED];
        if (score)
            this.names.push("roc_auc");
        const probability = !!score && input.probability;
        if (probability)
            this.names.push("log_loss");
        const order = score ? (input.order ?? argsortFloat64(score)) : null;
        this.order = order;
        let m = 0;
        for (let i = 0; i < n; i++)
            m += y[i];
        const nNeg = n - m;
        this.negRow = new Int32Array(order ? nNeg : 0);
        this.negPred = new Uint8Array(order ? nNeg : 0);
        this.posRow = new Int32Array(order ? m : 0);
        this.posPred = new Uint8Array(order ? m : 0);
        this.posLo = new Int32Array(order ? m : 0);
        this.posHi = new Int32Array(order ? m : 0);
        this.negLoss = probability ? new Float64Array(nNeg) : null;
        this.posLoss = probability ? new Float64Array(m) : null;
        this.cn = new Int32Array(order ? nNeg + 1 : 0);
        this.bits = null;
        if (!order || !score) {
            const bits = new Uint8Array(n);
            for (let i = 0; i < n; i++)
                bits[i] = y[i] | (pred[i] << 1);
            this.bits = bits;
            return;
        }
        let groups = 0;
        for (let i = 0; i < n; i++)
            if (i === 0 || score[order[i]] !== score[order[i - 1]])
                groups++;
        if (groups <= (input.histogramMaxGroups ?? HISTOGRAM_GROUPS)) {
            // key = ((group · 2 + y) · 2 + pred), in row order: no sorted pass per resample at all.
            const key = new Int32Array(n);
            const groupLoss = new Float64Array(groups * 2);
            let g = -1;
            for (let i = 0; i < n; i++) {
                const r = order[i];
                if (i === 0 || score[r] !== score[order[i - 1]]) {
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
        let neg = 0;
        let pos = 0;
        let i = 0;
        while (i < n) {
            // one group of tied scores
            let j = i;
            const s0 = score[order[i]];
            let groupNeg = 0;
            while (j < n && score[order[j]] === s0) {
                if (!y[order[j]])
                    groupNeg++;
                j++;
            }
            const lo = neg;
            const hi = neg + groupNeg;
            for (let k = i; k < j; k++) {
                const r = order[k];
                if (y[r]) {
                    this.posRow[pos] = r;
                    this.posPred[pos] = pred[r];
                    this.posLo[pos] = lo;
                    this.posHi[pos] = hi;
                    if (this.posLoss)
                        this.posLoss[pos] = binaryRowLoss(1, score[r]);
                    pos++;
                }
                else {
                    this.negRow[neg] = r;
                    this.negPred[neg] = pred[r];
                    if (this.negLoss)
                        this.negLoss[neg] = binaryRowLoss(0, score[r]);
                    neg++;
                }
            }
            i = j;
        }
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
        else {
            const { negRow, negPred, posRow, posPred, posLo, posHi, cn } = this;
            const nNeg = negRow.length;
            const m = posRow.length;
            let c = 0;
            let fp = 0;
            if (this.negLoss) {
                const loss = this.negLoss;
                for (let j = 0; j < nNeg; j++) {
                    const w = W[negRow[j]];
                    cn[j] = c;
                    c += w;
                    fp += w * negPred[j];
                    L += w * loss[j];
                }
            }
            else {
                for (let j = 0; j < nNeg; j++) {
                    const w = W[negRow[j]];
                    cn[j] = c;
                    c += w;
                    fp += w * negPred[j];
                }
            }
            cn[nNeg] = c;
            let p = 0;
            let tp = 0;
            if (this.posLoss) {
                const loss = this.posLoss;
                for (let i = 0; i < m; i++) {
                    const w = W[posRow[i]];
                    U += w * (cn[posLo[i]] + cn[posHi[i]]);
                    p += w;
                    tp += w * posPred[i];
                    L += w * loss[i];
                }
            }
            else {
                for (let i = 0; i < m; i++) {
                    const w = W[posRow[i]];
                    U += w * (cn[posLo[i]] + cn[posHi[i]]);
                    p += w;
                    tp += w * posPred[i];
                }
            }
            U *= 0.5;
            P = p;
            T = p + c;
            TP = tp;
            PP = tp + fp;
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
            out[13] = P > 0 && N > 0 ? U / (P * N) : NaN;
            if (this.names.length > 14)
                out[14] = T > 0 ? L / T : NaN;
        }
    }
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
        this.names = ["accuracy", ...AVERAGED];
        if (proba) {
            this.names.push("roc_auc_ovr", "roc_auc_ovr_weighted", "log_loss");
            const col = new Float64Array(n);
            for (let k = 0; k < K; k++) {
                for (let i = 0; i < n; i++)
                    col[i] = proba[i * K + k];
                const perm = argsortFloat64(col);
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
        out[10] = classes > 0 ? macro / classes : NaN;
        out[11] = support > 0 && classes > 0 ? weighted / support : NaN;
        let L = 0;
        let total = 0;
        const loss = this.loss;
        for (let i = 0; i < n; i++) {
            L += W[i] * loss[i];
            total += W[i];
        }
        out[12] = total > 0 ? L / total : NaN;
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

;// CONCATENATED MODULE: ./packages/metrics/src/task.ts




const isNumber = (v) => typeof v === "number";
function detectTask(table, o) {
    if (o.task !== "auto")
        return o.task;
    const perClass = table.columns.filter((c) => c.startsWith(`${o.score}_`));
    const labels = columnOrError(table, o.label, "label-column: the true label");
    const distinct = new Set();
    let numeric = true;
    let integral = true;
    for (const v of labels) {
        if (v === null)
            continue;
        if (!isNumber(v))
            numeric = false;
        else if (!Number.isInteger(v))
            integral = false;
        if (distinct.size <= 64)
            distinct.add(labelKey(v));
    }
    if (perClass.length > 2)
        return "multiclass";
    if (numeric) {
        const preds = table.values.get(o.prediction);
        const predIntegral = !preds || preds.every((v) => v === null || (isNumber(v) && Number.isInteger(v)));
        if (!integral || !predIntegral || distinct.size > 20)
            return "regression";
    }
    if (distinct.size <= 2 && perClass.length <= 2)
        return "binary";
    return "multiclass";
}
function sortLabels(keys) {
    const list = [...new Set(keys)];
    const allNumeric = list.every((k) => k !== "" && Number.isFinite(Number(k)));
    return allNumeric ? list.sort((a, b) => Number(a) - Number(b)) : list.sort();
}
/** Row i of the baseline table for each candidate row (identity without an id column). */
function alignment(candidate, baseline, id) {
    if (!id) {
        if (candidate.rows !== baseline.rows) {
            throw new src/* ConfigurationError */.j1(`candidate predictions (${candidate.file}) have ${candidate.rows} rows but baseline predictions (${baseline.file}) have ${baseline.rows}: paired evaluation needs the same rows; give id-column to join them`, { code: "predictions-mismatch" });
        }
        const out = new Int32Array(candidate.rows);
        for (let i = 0; i < out.length; i++)
            out[i] = i;
        return out;
    }
    const index = new Map();
    const ids = columnOrError(baseline, id, "id-column");
    ids.forEach((v, i) => {
        if (v === null)
            throw cellError(baseline, i, id, "an id", v);
        const key = labelKey(v);
        if (index.has(key))
            throw cellError(baseline, i, id, "a unique id", v);
        index.set(key, i);
    });
    const cand = columnOrError(candidate, id, "id-column");
    const out = new Int32Array(candidate.rows);
    const missing = [];
    const seen = new Set();
    cand.forEach((v, i) => {
        if (v === null)
            throw cellError(candidate, i, id, "an id", v);
        const key = labelKey(v);
        if (seen.has(key))
            throw cellError(candidate, i, id, "a unique id", v);
        seen.add(key);
        const j = index.get(key);
        if (j === undefined)
            missing.push(key);
        else
            out[i] = j;
    });
    if (missing.length || index.size !== candidate.rows) {
        const extra = [...index.keys()].filter((k) => !seen.has(k));
        const parts = [];
        if (missing.length)
            parts.push(`${missing.length} candidate id(s) not in the baseline (e.g. ${missing
                .slice(0, 3)
                .map((m) => JSON.stringify(m))
                .join(", ")})`);
        if (extra.length)
            parts.push(`${extra.length} baseline id(s) not in the candidate (e.g. ${extra
                .slice(0, 3)
                .map((m) => JSON.stringify(m))
                .join(", ")})`);
        throw new src/* ConfigurationError */.j1(`predictions do not cover the same rows by '${id}': ${parts.join("; ")}`, {
            code: "predictions-mismatch",
        });
    }
    return out;
}
function gatherCells(cells, align) {
    if (!align)
        return cells;
    const out = new Array(align.length);
    for (let i = 0; i < align.length; i++)
        out[i] = cells[align[i]];
    return out;
}
/** A view of `table` whose rows follow `align` (for the baseline joined on ids). */
function aligned(table, align) {
    if (!align)
        return table;
    const values = new Map();
    for (const [k, v] of table.values)
        values.set(k, gatherCells(v, align));
    const lines = new Int32Array(align.length);
    for (let i = 0; i < align.length; i++)
        lines[i] = table.lines[align[i]];
    return { ...table, values, lines, rows: align.length };
}
function prepareTask(candidate, baselineTable, o) {
    const task = detectTask(candidate, o);
    const baseline = baselineTable ? aligned(baselineTable, alignment(candidate, baselineTable, o.id)) : null;
    const labels = columnOrError(candidate, o.label, "label-column: the true label");
    labels.forEach((v, i) => {
        if (v === null || (typeof v === "number" && !Number.isFinite(v)))
            throw cellError(candidate, i, o.label, "a label", v);
    });
    if (baseline?.values.has(o.label)) {
        const other = baseline.values.get(o.label);
        for (let i = 0; i < labels.length; i++) {
            if (labelKey(other[i]) !== labelKey(labels[i])) {
                throw new src/* ConfigurationError */.j1(`${baseline.file} ${baseline.lineWord} ${baseline.lines[i]}: label ${JSON.stringify(other[i])} differs from the candidate's ${JSON.stringify(labels[i])} (${candidate.file} ${candidate.lineWord} ${candidate.lines[i]}): the two files must hold the same rows${o.id ? "" : " in the same order (or give id-column)"}`, { code: "predictions-mismatch" });
            }
        }
    }
    const slices = o.slices.map((column) => ({
        column,
        values: columnOrError(candidate, column, "a slice column").map((v) => v === null ? "(missing)" : labelKey(v)),
    }));
    const rows = candidate.rows;
    if (task === "regression") {
        const y = numericColumn(candidate, o.label, "label-column");
        const model = (t) => ({
            task: "regression",
            pred: numericColumn(t, t.values.has(o.prediction) ? o.prediction : o.score, "prediction-column: the predicted value"),
        });
        return {
            task,
            rows,
            y,
            classes: [],
            candidate: model(candidate),
            baseline: baseline ? model(baseline) : null,
            slices,
        };
    }
    // Classes: the labels, the predicted classes and the per-class score columns of both models.
    const keys = new Set(labels.map(labelKey));
    for (const t of [candidate, baseline]) {
        if (!t)
            continue;
        t.values.get(o.prediction)?.forEach((v) => v !== null && keys.add(labelKey(v)));
        if (task === "multiclass")
            for (const c of t.columns)
                if (c.startsWith(`${o.score}_`))
                    keys.add(c.slice(o.score.length + 1));
    }
    let classes = sortLabels(keys);
    if (task === "binary") {
        let positive = o.positiveLabel;
        if (positive === undefined) {
            if (keys.has("1"))
                positive = "1";
            else if (keys.has("true"))
                positive = "true";
            else if (classes.length === 2)
                positive = classes[1];
            else {
                throw new src/* ConfigurationError */.j1(`binary task: cannot tell the positive class among ${classes.map((c) => JSON.stringify(c)).join(", ")}; set positive-label`, { code: "positive-label" });
            }
        }
        if (!keys.has(positive) && o.positiveLabel !== undefined) {
            throw new src/* ConfigurationError */.j1(`positive-label ${JSON.stringify(positive)} is not among the labels ${classes.map((c) => JSON.stringify(c)).join(", ")}`, {
                code: "positive-label",
            });
        }
        if (classes.length > 2) {
            throw new src/* ConfigurationError */.j1(`binary task, but the labels and predictions hold ${classes.length} classes (${classes.slice(0, 5).join(", ")}…); set task: multiclass`, {
                code: "task-mismatch",
            });
        }
        const negative = classes.find((c) => c !== positive) ?? "(other)";
        classes = [negative, positive];
        const y = new Uint8Array(rows);
        labels.forEach((v, i) => (y[i] = labelKey(v) === positive ? 1 : 0));
        const model = (t) => {
            const hasScore = t.values.has(o.score) || t.values.has(`${o.score}_${positive}`);
            const scoreColumn = t.values.has(o.score) ? o.score : `${o.score}_${positive}`;
            const score = hasScore ? numericColumn(t, scoreColumn, "score-column") : null;
            const predCells = t.values.get(o.prediction);
            if (!score && !predCells) {
                throw new src/* ConfigurationError */.j1(`${t.file}: neither a score column '${o.score}' nor a prediction column '${o.prediction}'; set score-column or prediction-column`, {
                    code: "column-missing",
                    location: { file: t.file },
                });
            }
            const pred = new Uint8Array(rows);
            if (predCells) {
                predCells.forEach((v, i) => {
                    if (v === null)
                        throw cellError(t, i, o.prediction, "a predicted class", v);
                    pred[i] = labelKey(v) === positive ? 1 : 0;
                });
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
        return {
            task,
            rows,
            y,
            classes,
            candidate: model(candidate),
            baseline: baseline ? model(baseline) : null,
            slices,
        };
    }
    const K = classes.length;
    const index = new Map(classes.map((c, k) => [c, k]));
    const y = new Int32Array(rows);
    labels.forEach((v, i) => (y[i] = index.get(labelKey(v))));
    const model = (t) => {
        const have = classes.filter((c) => t.values.has(`${o.score}_${c}`));
        let proba = null;
        if (have.length) {
            const missing = classes.filter((c) => !t.values.has(`${o.score}_${c}`));
            if (missing.length) {
                throw new src/* ConfigurationError */.j1(`${t.file}: probability columns missing for class(es) ${missing.map((c) => `'${o.score}_${c}'`).join(", ")}`, {
                    code: "column-missing",
                    location: { file: t.file },
                });
            }
            proba = new Float64Array(rows * K);
            classes.forEach((c, k) => {
                const col = numericColumn(t, `${o.score}_${c}`, "a class probability");
                for (let i = 0; i < rows; i++)
                    proba[i * K + k] = col[i];
            });
        }
        const pred = new Int32Array(rows);
        const predCells = t.values.get(o.prediction);
        if (predCells) {
            predCells.forEach((v, i) => {
                if (v === null)
                    throw cellError(t, i, o.prediction, "a predicted class", v);
                pred[i] = index.get(labelKey(v));
            });
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
            throw new src/* ConfigurationError */.j1(`${t.file}: neither a prediction column '${o.prediction}' nor probability columns '${o.score}_<class>'`, {
                code: "column-missing",
                location: { file: t.file },
            });
        }
        return { task: "multiclass", pred, proba };
    };
    return {
        task,
        rows,
        y,
        classes,
        candidate: model(candidate),
        baseline: baseline ? model(baseline) : null,
        slices,
    };
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
    };
}
/**
 * Binary tasks with a candidate score: rows are put in candidate-score order, so the
 * candidate's AUC pass reads weights sequentially and only the baseline's gathers.
 */
function orderByCandidateScore(t) {
    if (t.candidate.task !== "binary" || !t.candidate.score)
        return t;
    const order = argsortFloat64(t.candidate.score);
    const sorted = subsetTask(t, order);
    sorted.slices = t.slices.map((s) => ({ column: s.column, values: Array.from(order, (r) => s.values[r]) }));
    const c = sorted.candidate;
    const identity = new Int32Array(order.length);
    for (let i = 0; i < identity.length; i++)
        identity[i] = i;
    c.order = identity;
    return sorted;
}
function evaluatorFor(t, m) {
    if (m.task === "binary")
        return new BinaryEvaluator({
            y: t.y,
            pred: m.pred,
            score: m.score,
            probability: m.probability,
            ...(m.order ? { order: m.order } : {}),
        });
    if (m.task === "multiclass")
        return new MulticlassEvaluator({
            y: t.y,
            pred: m.pred,
            K: t.classes.length,
            proba: m.proba,
        });
    return new RegressionEvaluator(t.y, m.pred);
}

;// CONCATENATED MODULE: ./packages/metrics/src/summary.ts
/*
 * The job-summary table of a Comparison. Metric names, slice values and sources come from
 * users' files, so every cell is escaped: no Markdown/HTML injection, no broken table.
 */
/** Escapes text for one cell of a GitHub Markdown table. */
function escapeCell(text) {
    return text
        .replace(/[\r\n]+/g, " ")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1")
        .slice(0, 200);
}
const num = (v) => {
    if (v === null || v === undefined)
        return "—";
    if (Number.isInteger(v))
        return String(v);
    const a = Math.abs(v);
    return a !== 0 && (a < 1e-3 || a >= 1e6) ? v.toExponential(3) : v.toFixed(4);
};
const signed = (v) => (v === null ? "—" : `${v > 0 ? "+" : ""}${num(v)}`);
const STATUS = {
    pass: "✅ pass",
    fail: "❌ fail",
    warn: "⚠️ warn",
    new: "🆕 new",
    missing: "➖ missing",
    info: "",
};
function gateText(row) {
    if (!row.gate)
        return "";
    return row.gate.rules
        .map((r) => `${r.rule} ${r.operator} ${num(r.expected)}${r.actual === null ? " (not checked)" : r.passed ? "" : " ✗"}`)
        .join("; ");
}
function renderComparisonSummary(c, options = {}) {
    const head = c.verdict === "pass"
        ? "✅ **pass**"
        : c.verdict === "fail"
            ? "❌ **fail**"
            : "🆕 **no baseline** (absolute gates only)";
    const baseline = c.baseline
        ? c.baseline.version !== null
            ? `v${c.baseline.version}${c.baseline.alias ? ` (${escapeCell(c.baseline.alias)})` : ""}`
            : escapeCell(c.baseline.source ?? "given")
        : "none";
    const lines = [
        `### Evaluate${c.model ? ` ${escapeCell(c.model)}` : ""} against baseline: ${head}`,
        "",
        `Baseline: ${baseline}${c.predictions ? ` · ${c.predictions.rows} rows, ${c.predictions.resamples} paired bootstrap resamples (seed ${c.predictions.seed})` : ""}`,
        "",
    ];
    const rows = [...c.metrics].sort((a, b) => Number(!a.gate) - Number(!b.gate) || Number(!!a.slice) - Number(!!b.slice));
    const max = options.maxRows ?? 200;
    const withCi = rows.some((r) => r.interval?.delta || r.interval?.candidate);
    const level = rows.find((r) => r.interval)?.interval?.level ?? 0.95;
    lines.push(`| metric | slice | candidate | baseline | Δ |${withCi ? ` ${Number((level * 100).toFixed(2))}% CI (Δ, or candidate) | p |` : ""} gate | status |`, `|---|---|---:|---:|---:|${withCi ? "---|---:|" : ""}---|---|`);
    for (const r of rows.slice(0, max)) {
        const iv = r.interval?.delta ?? r.interval?.candidate ?? null;
        const ci = iv ? `[${num(iv[0])}, ${num(iv[1])}]` : "";
        lines.push(`| ${escapeCell(r.name)} | ${r.slice ? escapeCell(`${r.slice.column}=${r.slice.value}`) : ""} | ${num(r.candidate)} | ${num(r.baseline)} | ${signed(r.delta)} |${withCi ? ` ${ci} | ${r.test ? num(r.test.pValue) : ""} |` : ""} ${escapeCell(gateText(r))} | ${STATUS[r.status]} |`);
    }
    if (rows.length > max)
        lines.push("", `… ${rows.length - max} more rows in the Comparison JSON.`);
    if (c.reasons.length) {
        lines.push("", ...c.reasons.slice(0, 50).map((r) => `- ${escapeCell(r)}`));
    }
    return lines.join("\n") + "\n";
}

;// CONCATENATED MODULE: ./packages/metrics/src/evaluate.ts












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
function pairedStats(t, options, seed) {
    const prepared = orderByCandidateScore(t);
    const cand = evaluatorFor(prepared, prepared.candidate);
    const base = prepared.baseline ? evaluatorFor(prepared, prepared.baseline) : null;
    const stats = {
        rows: t.rows,
        candidate: pointEstimates(t.rows, cand),
        baseline: base ? pointEstimates(t.rows, base) : null,
        boot: null,
        delong: null,
        mcnemar: null,
    };
    if (options.resamples > 0) {
        stats.boot = pairedBootstrap(t.rows, cand, base, {
            resamples: options.resamples,
            seed,
            level: options.level,
        });
    }
    const c = prepared.candidate;
    const b = prepared.baseline;
    if (c.task === "binary" && b?.task === "binary") {
        const y = prepared.y;
        if (c.score && b.score) {
            stats.delong = delong(y, c.score, c.order ?? argsortFloat64(c.score), b.score, argsortFloat64(b.score));
        }
        stats.mcnemar = discordant(y, c.pred, b.pred);
    }
    else if (c.task === "multiclass" && b?.task === "multiclass") {
        stats.mcnemar = discordant(prepared.y, c.pred, b.pred);
    }
    else if (c.task === "regression") {
        // no closed-form paired test here: the bootstrap gives the p-values
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
    return mcnemar(aOnly, bOnly);
}
function significanceFor(stats, metric, greaterIsBetter) {
    if (!stats || !stats.baseline)
        return null;
    return (margin) => {
        if ((metric === "roc_auc" || metric === "auc") && stats.delong && stats.delong.variance > 0) {
            const d = greaterIsBetter
                ? stats.delong.aucA - stats.delong.aucB
                : stats.delong.aucB - stats.delong.aucA;
            return { pValue: normalSf((d - margin) / Math.sqrt(stats.delong.variance)), method: "DeLong" };
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
const finiteOrNull = (v) => v === undefined || v === null || !Number.isFinite(v) ? null : v;
function metricRow(name, slice, candidate, baseline, hasBaseline, gate, stats, options) {
    const gib = gate?.greaterIsBetter ?? defaultGreaterIsBetter(name) ?? null;
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
        const outcome = checkGate(gate, {
            candidate: c,
            baseline: b,
            significance: significanceFor(stats, name, gate.greaterIsBetter),
            defaultSignificance: stats?.baseline ? options.significance : null,
        });
        row.gate = {
            threshold: gate.threshold,
            minAbsoluteChange: gate.minAbsoluteChange,
            minRelativeChange: gate.minRelativeChange,
            significance: gate.significance ?? (stats?.baseline ? options.significance : null),
            rules: outcome.rules.map((r) => ({
                ...r,
                expected: finiteOrNull(r.expected),
                actual: finiteOrNull(r.actual),
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
    const src = await readMetricsSource(options.candidateMetrics, options.cwd);
    return {
        metrics: src.metrics,
        runId: src.runId,
        gitSha: src.gitSha,
        ...(src.params ? { params: src.params } : {}),
    };
}
async function evaluateAgainstBaseline(options, deps) {
    const { logger } = deps;
    (0,src_candidate/* requireCandidate */.V)(options);
    if (options.baselinePredictions && !options.candidatePredictions) {
        throw new src/* ConfigurationError */.j1("baseline-predictions need candidate-predictions on the same rows", {
            code: "input-missing",
        });
    }
    const spec = parseBaselineSpec(options.baseline, options.cwd);
    if (spec.kind === "none" && options.baselinePredictions) {
        throw new src/* ConfigurationError */.j1("baseline: none contradicts baseline-predictions; drop one of them", {
            code: "input-invalid",
        });
    }
    const candidate = await readCandidate(options);
    const registryWithoutModel = (spec.kind === "alias" || spec.kind === "version") && !options.model;
    if (registryWithoutModel && options.baselinePredictions) {
        logger.info(`baseline: no model name, so the registry is not consulted; the baseline is ${options.baselinePredictions}`);
    }
    const resolved = registryWithoutModel && options.baselinePredictions
        ? null
        : await resolveBaseline(spec, {
            model: options.model,
            cwd: options.cwd,
            logger,
            ...(deps.openRegistry ? { openRegistry: deps.openRegistry } : {}),
        });
    // Predictions: metrics, slices, intervals, paired tests.
    let stats = null;
    const sliceStats = [];
    let confusion;
    if (options.candidatePredictions) {
        const abs = (f) => external_node_path_default().resolve(options.cwd, f);
        const ct = await readPredictions(abs(options.candidatePredictions), options.columns, options.format);
        const bt = options.baselinePredictions
            ? await readPredictions(abs(options.baselinePredictions), options.columns, options.format)
            : null;
        const task = prepareTask({ ...ct, file: options.candidatePredictions }, bt ? { ...bt, file: options.baselinePredictions } : null, options.columns);
        const t0 = Date.now();
        stats = pairedStats(task, options, options.seed);
        logger.info(`${task.task} task, ${task.rows} rows${task.baseline ? ", paired with the baseline's predictions" : ""}: metrics and ${options.resamples} bootstrap resamples in ${Date.now() - t0} ms`);
        if (task.task !== "regression")
            confusion = { classes: task.classes, matrix: confusionMatrix(task) };
        for (const [k, s] of task.slices.entries()) {
            const groups = new Map();
            s.values.forEach((v, i) => {
                let g = groups.get(v);
                if (!g)
                    groups.set(v, (g = []));
                g.push(i);
            });
            if (groups.size > MAX_SLICE_VALUES) {
                throw new src/* ConfigurationError */.j1(`slice column '${s.column}' has ${groups.size} distinct values (at most ${MAX_SLICE_VALUES}); slice on a coarser column`, {
                    code: "too-many-slices",
                });
            }
            const values = [...groups.keys()].sort();
            for (const [j, value] of values.entries()) {
                const sub = subsetTask(task, Int32Array.from(groups.get(value)));
                sliceStats.push({
                    column: s.column,
                    value,
                    stats: pairedStats(sub, options, (options.seed + 1000 * (k + 1) + j) >>> 0),
                });
            }
        }
    }
    const candidateMetrics = { ...candidate.metrics };
    if (stats) {
        for (const [name, value] of Object.entries(stats.candidate)) {
            if (name in candidate.metrics &&
                Math.abs(candidate.metrics[name] - value) > 1e-9 * Math.max(1, Math.abs(value))) {
                logger.warning(`candidate ${name}: the metrics file says ${candidate.metrics[name]}, the predictions give ${value}; using the predictions`);
            }
            candidateMetrics[name] = value;
        }
    }
    const hasBaseline = resolved !== null || stats?.baseline != null;
    const baselineMetrics = { ...(resolved?.metrics ?? {}) };
    if (stats?.baseline)
        for (const [name, value] of Object.entries(stats.baseline))
            baselineMetrics[name] = value;
    const gateByName = new Map(options.gates.map((g) => [g.metric, g]));
    const names = [
        ...new Set([
            ...options.gates.map((g) => g.metric),
            ...Object.keys(candidateMetrics),
            ...Object.keys(baselineMetrics),
        ]),
    ];
    const rows = names.map((name) => metricRow(name, null, candidateMetrics[name], hasBaseline ? baselineMetrics[name] : undefined, hasBaseline, gateByName.get(name), stats, options));
    const sliceGates = options.gates.filter((g) => g.slices);
    for (const s of sliceStats) {
        const metrics = new Set([
            ...options.gates.map((g) => g.metric),
            ...(options.gates.length ? [] : SLICE_DEFAULT_METRICS),
        ]);
        for (const name of metrics) {
            if (!(name in s.stats.candidate))
                continue;
            const gate = sliceGates.find((g) => g.metric === name);
            rows.push(metricRow(name, { column: s.column, value: s.value }, s.stats.candidate[name], s.stats.baseline?.[name], hasBaseline && !!s.stats.baseline, gate, s.stats, options));
        }
    }
    for (const gate of sliceGates) {
        if (sliceStats.length === 0) {
            logger.warning(`gate '${gate.metric}' has slices: true, but no slices were computed (give slices and candidate-predictions)`);
        }
    }
    const reasons = [];
    for (const row of rows) {
        for (const rule of row.gate?.rules ?? []) {
            if (!rule.passed)
                reasons.push(`${row.name}${row.slice ? ` [${row.slice.column}=${row.slice.value}]` : ""}: ${rule.rule} failed: ${rule.message}`);
        }
    }
    const failed = rows.some((r) => r.status === "fail");
    if (!hasBaseline) {
        reasons.push(spec.kind === "none"
            ? "no baseline (baseline: none): only absolute gates (threshold) were checked"
            : `no baseline: the registry has no '${spec.kind === "alias" ? spec.alias : spec.kind === "version" ? spec.version : ""}' version of ${options.model} yet (first model); only absolute gates (threshold) were checked`);
    }
    else {
        for (const row of rows)
            if (row.status === "new" && row.gate)
                reasons.push(`${row.name}: the baseline has no value; its change rules were not checked`);
    }
    if (options.gates.length === 0)
        reasons.push("no gates declared: nothing can fail");
    const verdict = failed ? "fail" : hasBaseline ? "pass" : "no-baseline";
    const ctx = deps.ctx;
    const comparison = {
        kind: "mlops.comparison",
        version: 1,
        created: (deps.now?.() ?? new Date()).toISOString(),
        model: options.model ?? "",
        candidate: {
            source: options.candidateMetrics ?? options.candidatePredictions ?? null,
            runId: candidate.runId,
            gitSha: candidate.gitSha ?? ctx?.sha ?? null,
            ...(candidate.params ? { params: candidate.params } : {}),
        },
        baseline: hasBaseline
            ? {
                source: resolved?.source ?? options.baselinePredictions ?? null,
                version: resolved?.version ?? null,
                alias: resolved?.alias ?? null,
                runId: resolved?.runId ?? null,
                gitSha: resolved?.gitSha ?? null,
                ...(resolved?.params ? { params: resolved.params } : {}),
            }
            : null,
        verdict,
        passed: !failed,
        reasons,
        metrics: rows,
        predictions: stats
            ? {
                rows: stats.rows,
                resamples: options.resamples,
                seed: options.seed,
                ...(confusion ? { confusionMatrix: confusion } : {}),
            }
            : null,
    };
    const file = external_node_path_default().resolve(options.cwd, options.output);
    await (0,src/* writeDocument */.ft)("mlops.comparison", file, comparison);
    return { comparison, file, summary: renderComparisonSummary(comparison) };
}
function confusionMatrix(t) {
    const K = t.classes.length;
    const m = Array.from({ length: K }, () => new Array(K).fill(0));
    const pred = t.candidate.task === "regression" ? null : t.candidate.pred;
    if (!pred)
        return m;
    for (let i = 0; i < t.rows; i++)
        m[t.y[i]][pred[i]]++;
    return m;
}

;// CONCATENATED MODULE: ./packages/metrics/src/step.ts




/*
 * The evaluate step as the action, `mlops evaluate` and `mlops run` share it: raw inputs
 * (action inputs or CLI flags, falling back to mlops.yml's `evaluate:` section) → typed
 * options → evaluateAgainstBaseline → outputs, job summary, and a failing exit on a failed gate.
 */
const DEFAULT_COMPARISON_FILE = ".mlops/comparison.json";
/** Reads the step's inputs. `input` already falls back to mlops.yml; `config` gives gates as a mapping. */
async function readEvaluateInputs(input, options) {
    let gates = [];
    const fromConfig = options.config?.evaluate?.gates;
    if (options.rawGates === undefined && fromConfig && typeof fromConfig === "object") {
        gates = gatesFromValue(fromConfig, `${options.configFile ?? "mlops.yml"} evaluate.gates`);
    }
    else {
        const text = (0,src/* optionalString */.sx)(input, "gates");
        if (text)
            gates = await readGates(text, { cwd: options.cwd });
    }
    const significance = (0,src/* optionalNumber */.WI)(input, "significance", { min: Number.MIN_VALUE, max: 0.999999 }) ?? null;
    const level = (0,src/* optionalNumber */.WI)(input, "confidence-level", { min: 0.5, max: 0.9999 }) ?? 0.95;
    const task = (0,src/* oneOf */.yL)((0,src/* optionalString */.sx)(input, "task") ?? "auto", "task", TASKS);
    const registry = (0,src/* oneOf */.yL)((0,src/* optionalString */.sx)(input, "registry") ?? "auto", "registry", [
        "auto",
        "local",
        "github",
    ]);
    const registryPath = (0,src/* optionalString */.sx)(input, "registry-path");
    const token = (0,src/* optionalString */.sx)(input, "token");
    const model = (0,src/* optionalString */.sx)(input, "model") ?? null;
    return {
        model,
        candidateMetrics: (0,src/* optionalString */.sx)(input, "candidate-metrics"),
        candidatePredictions: (0,src/* optionalString */.sx)(input, "candidate-predictions"),
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
        cwd: options.cwd,
        failOnGate: (0,src/* optionalBoolean */.Jz)(input, "fail-on-gate") ?? true,
        registry,
        ...(registryPath ? { registryPath } : {}),
        ...(token ? { token } : {}),
    };
}
/** Runs the step end to end; returns the result (and sets process.exitCode = 1 on a failed gate). */
async function runEvaluateStep(step) {
    const { io, ctx } = step;
    const options = await readEvaluateInputs(step.input, {
        cwd: ctx.workspace,
        config: step.config,
        ...(step.configFile ? { configFile: step.configFile } : {}),
        rawGates: io.input("gates"),
    });
    if (options.token)
        io.logger.setSecret(options.token);
    if (options.gates.length === 0)
        io.logger.warning("no gates declared: the comparison is reported but nothing can fail");
    const result = await evaluateAgainstBaseline(options, {
        logger: io.logger,
        ctx,
        ...(step.now ? { now: step.now } : {}),
        openRegistry: async () => {
            const { openRegistry } = await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 4243));
            return openRegistry({
                backend: options.registry,
                ...(options.registryPath ? { path: options.registryPath } : {}),
                ...(options.token ? { token: options.token } : {}),
                ctx,
                logger: io.logger,
            });
        },
    });
    const c = result.comparison;
    io.setOutput("passed", c.passed);
    io.setOutput("verdict", c.verdict);
    io.setOutput("comparison", result.file);
    io.setOutput("baseline-version", c.baseline?.version ?? "");
    await io.appendSummary(result.summary);
    for (const reason of c.reasons)
        (c.passed ? io.logger.info : io.logger.warning).call(io.logger, reason);
    io.logger.info(`verdict: ${c.verdict}; Comparison written to ${result.file}`);
    if (!c.passed && options.failOnGate) {
        throw new src/* ConfigurationError */.j1(`gates failed (${c.reasons.filter((r) => r.includes("failed")).length} rule(s)): ${c.reasons.slice(0, 5).join("; ")}${c.reasons.length > 5 ? "; …" : ""}`, { code: "gate-failed" });
    }
    return result;
}


/***/ })

};
