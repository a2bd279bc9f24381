export const id = 115;
export const ids = [115,890];
export const modules = {

/***/ 95890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ DataSchemaSchema),
/* harmony export */   readSchemaFile: () => (/* binding */ readSchemaFile)
/* harmony export */ });
/* unused harmony exports ColumnSchemaSchema, parseSchemaText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55156);
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17198);



/*
 * The schema file users commit (write-schema infers one). Loaded lazily: zod and yaml are only
 * paid for when a schema is read. Every constraint is either a bare value or
 * { value, severity, mostly } to override the column's defaults.
 */
const severity = zod__WEBPACK_IMPORTED_MODULE_2__["enum"](["error", "warning"]);
const mostly = zod__WEBPACK_IMPORTED_MODULE_2__.number().min(0).max(1);
const withOptions = (value) => zod__WEBPACK_IMPORTED_MODULE_2__.union([value, zod__WEBPACK_IMPORTED_MODULE_2__.object({ value, severity: severity.optional(), mostly: mostly.optional() }).strict()]);
const bound = zod__WEBPACK_IMPORTED_MODULE_2__.union([zod__WEBPACK_IMPORTED_MODULE_2__.number().refine(Number.isFinite, "expected a finite number"), zod__WEBPACK_IMPORTED_MODULE_2__.string().min(1)]);
const ColumnSchemaSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    type: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](["integer", "number", "boolean", "string", "categorical", "datetime"]).optional(),
    required: withOptions(zod__WEBPACK_IMPORTED_MODULE_2__.boolean()).optional(),
    nullable: withOptions(zod__WEBPACK_IMPORTED_MODULE_2__.boolean()).optional(),
    maxMissingRatio: withOptions(zod__WEBPACK_IMPORTED_MODULE_2__.number().min(0).max(1)).optional(),
    min: withOptions(bound).optional(),
    max: withOptions(bound).optional(),
    allowed: withOptions(zod__WEBPACK_IMPORTED_MODULE_2__.array(zod__WEBPACK_IMPORTED_MODULE_2__.union([zod__WEBPACK_IMPORTED_MODULE_2__.string(), zod__WEBPACK_IMPORTED_MODULE_2__.number(), zod__WEBPACK_IMPORTED_MODULE_2__.boolean()])).min(1)).optional(),
    regex: withOptions(zod__WEBPACK_IMPORTED_MODULE_2__.string().min(1)).optional(),
    unique: withOptions(zod__WEBPACK_IMPORTED_MODULE_2__.boolean()).optional(),
    severity: severity.optional(),
    mostly: mostly.optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_2__.string().optional(),
})
    .strict();
const DataSchemaSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    $schema: zod__WEBPACK_IMPORTED_MODULE_2__.string().optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_2__.literal("mlops.data-schema").optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_2__.literal(1).optional(),
    columns: zod__WEBPACK_IMPORTED_MODULE_2__.record(zod__WEBPACK_IMPORTED_MODULE_2__.string(), ColumnSchemaSchema),
    unexpectedColumns: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](["error", "warning", "ignore"]).optional(),
    rows: zod__WEBPACK_IMPORTED_MODULE_2__.object({
        min: zod__WEBPACK_IMPORTED_MODULE_2__.number().int().nonnegative().optional(),
        max: zod__WEBPACK_IMPORTED_MODULE_2__.number().int().nonnegative().optional(),
        severity: severity.optional(),
    })
        .strict()
        .optional(),
    /** Values longer than this are not tested against `regex` (they fail): guards against slow patterns. */
    regexMaxLength: zod__WEBPACK_IMPORTED_MODULE_2__.number().int().positive().optional(),
})
    .strict();
/** Reads and validates a schema file (JSON, or YAML by extension); errors name file, line, column. */
async function readSchemaFile(file) {
    let text;
    try {
        text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT")
            throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}: schema file not found (write one with write-schema)`, {
                code: "file-not-found",
                location: { file },
            });
        throw error;
    }
    return parseSchemaText(text, file);
}
async function parseSchemaText(text, file) {
    const yaml = /\.ya?ml$/i.test(file);
    if (!yaml)
        (0,_mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(text, file); // exact JSON syntax errors first
    const { value, locate } = await (0,_mlops_core__WEBPACK_IMPORTED_MODULE_1__.parseYamlWithLocations)(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
    const schema = (0,_mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .validateWithLocations */ .N0)(DataSchemaSchema, value ?? {}, file, locate, "schema");
    for (const [name, column] of Object.entries(schema.columns)) {
        const regex = column.regex === undefined
            ? undefined
            : typeof column.regex === "string"
                ? column.regex
                : column.regex.value;
        if (regex !== undefined) {
            try {
                new RegExp(regex, "u");
            }
            catch (error) {
                const loc = locate(["columns", name, "regex"]);
                throw new _mlops_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}${loc ? ` line ${loc.line} column ${loc.column}` : ""}: schema 'columns.${name}.regex': invalid regular expression: ${error.message}`, {
                    code: "config-invalid",
                    location: { file, ...(loc ?? {}) },
                });
            }
        }
    }
    return schema;
}


/***/ }),

/***/ 19115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  profileShard: () => (/* binding */ profileShard),
  readPartials: () => (/* binding */ readPartials)
});

// UNUSED EXPORTS: planShard

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(17198);
// EXTERNAL MODULE: ./packages/data/src/dataset.ts
var dataset = __webpack_require__(92302);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js
var schemas = __webpack_require__(55156);
// EXTERNAL MODULE: ./packages/data/src/schema-file.ts
var schema_file = __webpack_require__(95890);
;// CONCATENATED MODULE: ./packages/data/src/partial.ts




/*
 * The partial profile a matrix job writes for its shard of the data (`shard: i/n`), and that
 * `merge:` reads back. Versioned JSON; sketches are stored as they serialise (numbers as JSON
 * numbers, which round-trip doubles exactly; HyperLogLog registers and unique-value hashes as
 * base64), so merging partials loses nothing a one-process merge would keep. The schema the
 * shard was checked against travels inside it, so every partial can be checked against the
 * others and the merge needs no schema of its own.
 */
const PARTIAL_KIND = "mlops.partial-profile";
const PARTIAL_VERSION = 1;
const finite = schemas.number().refine((x) => Number.isFinite(x) || x === null, "expected a number");
const count = schemas.number().int().nonnegative();
const base64 = schemas.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "expected base64");
const sample = schemas.object({ file: schemas.string().optional(), line: count.optional(), row: count.optional(), value: schemas.unknown() })
    .strict();
const tally = schemas.object({ failures: count, checked: count, samples: schemas.array(sample) }).strict();
const sketches = schemas.object({
    rows: count,
    missing: count,
    kinds: schemas.object({ integer: count, number: count, boolean: count, datetime: count, text: count }).strict(),
    // min/max are ±Infinity for an empty column, which JSON writes as null.
    moments: schemas.object({ n: count, mean: finite, m2: finite, min: finite.nullable(), max: finite.nullable() })
        .strict(),
    distribution: schemas.object({
        n: count,
        exact: schemas.array(schemas.tuple([finite, count])).optional(),
        kll: schemas.object({ k: count, n: count, levels: schemas.array(schemas.array(finite)), seed: count })
            .strict()
            .optional(),
        hll: base64.optional(),
    })
        .strict()
        .refine((d) => d.exact !== undefined || (d.kll !== undefined && d.hll !== undefined), {
        message: "expected exact counts or a KLL sketch with a HyperLogLog",
    }),
    text: schemas.object({
        exact: schemas.boolean(),
        n: count,
        counts: schemas.array(schemas.tuple([schemas.string(), count])),
        hll: base64.optional(),
    })
        .strict(),
    dates: schemas.object({ min: finite, max: finite, hll: base64, exact: schemas.array(finite).optional() })
        .strict()
        .nullable(),
})
    .strict();
const PartialProfileSchema = schemas.object({
    kind: schemas.literal(PARTIAL_KIND),
    version: schemas.literal(PARTIAL_VERSION),
    created: schemas.string(),
    shard: schemas.object({ index: schemas.number().int().positive(), count: schemas.number().int().positive() }).strict(),
    dataset: schemas.object({
        files: schemas.array(schemas.object({
            path: schemas.string(),
            sha256: schemas.string(),
            bytes: count.optional(),
            files: count.optional(),
        })),
        format: schemas.string(),
        delimiter: schemas.string().nullable(),
    })
        .strict(),
    schema: schemas.object({ source: schemas.string().nullable(), schema: schema_file/* DataSchemaSchema */.NI }).strict().nullable(),
    segments: schemas.array(schemas.object({
        file: schemas.string(),
        format: schemas["enum"](["csv", "tsv", "jsonl", "parquet"]),
        start: count,
        end: count,
        firstLine: schemas.number().int().positive(),
        lines: count,
        rows: count,
        columns: schemas.array(schemas.string()),
        sketches: schemas.array(sketches),
        checks: schemas.array(schemas.object({
            tallies: schemas.record(schemas["enum"](["type", "min", "max", "allowed", "regex", "unique", "missing"]), tally),
            unique: base64.nullable(),
        })
            .strict()
            .nullable()),
        ragged: schemas.object({
            count,
            samples: schemas.array(schemas.object({ line: count, found: count, expected: count }).strict()),
        })
            .strict()
            .nullable(),
        error: schemas.object({
            code: schemas.string(),
            message: schemas.string(),
            path: schemas.string(),
            line: count.optional(),
            column: schemas.union([count, schemas.string()]).optional(),
        })
            .strict()
            .nullable(),
    })
        .strict()
        .refine((s) => s.sketches.length === s.columns.length && s.checks.length === s.columns.length, {
        message: "expected one sketch and one checks entry per column",
    })),
})
    .strict();
/** Writes a partial profile (unique-value hashes as base64). */
async function writePartial(file, partial) {
    const doc = {
        ...partial,
        segments: partial.segments.map((s) => ({
            ...s,
            checks: s.checks.map((c) => c
                ? {
                    ...c,
                    unique: c.unique
                        ? Buffer.from(c.unique.buffer, c.unique.byteOffset, c.unique.byteLength).toString("base64")
                        : null,
                }
                : null),
        })),
    };
    await (0,src/* writeJsonAtomic */.ZJ)(file, doc);
}
/** Reads and validates one partial profile; every problem names the file and the field. */
async function readPartial(file, shown = file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            throw new src/* ConfigurationError */.j1(`${shown}: partial profile not found`, {
                code: "file-not-found",
                location: { file: shown },
            });
        throw error;
    }
    const value = (0,src/* parseJson */.qF)(text, shown);
    const kind = value?.kind;
    if (kind !== PARTIAL_KIND)
        throw new src/* ConfigurationError */.j1(`${shown}: expected a partial profile (kind ${PARTIAL_KIND}, written by validate-data with shard: i/n), found kind ${JSON.stringify(kind ?? null)}`, { code: "partial-invalid", location: { file: shown } });
    const result = PartialProfileSchema.safeParse(value);
    if (!result.success)
        throw new src/* ConfigurationError */.j1(`${shown}: invalid partial profile: ${(0,src/* describeIssue */.n6)(result.error.issues[0], value)}`, {
            code: "partial-invalid",
            location: { file: shown },
        });
    const doc = result.data;
    return {
        ...doc,
        file: shown,
        segments: doc.segments.map((s) => ({
            ...s,
            sketches: s.sketches.map(restoreInfinities),
            checks: s.checks.map((c) => {
                if (!c)
                    return null;
                const bytes = c.unique === null ? null : Buffer.from(c.unique, "base64");
                if (bytes && bytes.length % 16 !== 0)
                    throw new src/* ConfigurationError */.j1(`${shown}: invalid partial profile: unique-value hashes are truncated`, {
                        code: "partial-invalid",
                        location: { file: shown },
                    });
                const unique = bytes ? new Int32Array(new Uint8Array(bytes).buffer, 0, bytes.length / 4) : null;
                return { ...c, unique };
            }),
        })),
    };
}
/** JSON writes ±Infinity (an empty column's min/max) as null; put them back. */
function restoreInfinities(s) {
    const m = s.moments;
    return { ...s, moments: { ...s.moments, min: m.min ?? Infinity, max: m.max ?? -Infinity } };
}
/**
 * Checks that partials belong together: the same shard count, each shard once, the same files
 * (by digest), options and schema. Returns them ordered by shard.
 */
function checkPartials(partials) {
    if (partials.length === 0)
        throw new src/* ConfigurationError */.j1("input 'merge': no partial profiles to merge", { code: "input-invalid" });
    const sorted = [...partials].sort((a, b) => a.shard.index - b.shard.index);
    const first = sorted[0];
    const n = first.shard.count;
    const fail = (p, message) => {
        throw new src/* ConfigurationError */.j1(`${p.file}: ${message}`, {
            code: "partial-mismatch",
            location: { file: p.file },
        });
    };
    const seen = new Map();
    for (const p of sorted) {
        if (p.shard.count !== n)
            fail(p, `shard ${p.shard.index}/${p.shard.count}, but ${first.file} is shard ${first.shard.index}/${n}: partials of different splits`);
        const other = seen.get(p.shard.index);
        if (other)
            fail(p, `shard ${p.shard.index}/${n} again (also ${other}); each shard must be merged once`);
        seen.set(p.shard.index, p.file);
        const files = (x) => x.dataset.files.map((f) => `${f.path} ${f.sha256}`).join("\n");
        if (files(p) !== files(first)) {
            const mine = new Map(p.dataset.files.map((f) => [f.path, f.sha256]));
            const diff = first.dataset.files.find((f) => mine.get(f.path) !== f.sha256);
            fail(p, diff
                ? `made from other data than ${first.file}: ${diff.path} ${mine.has(diff.path) ? "has other content (sha256 differs)" : "is not in it"}`
                : `made from other data than ${first.file}: its files are ${p.dataset.files.map((f) => f.path).join(", ")}`);
        }
        if (p.dataset.format !== first.dataset.format || p.dataset.delimiter !== first.dataset.delimiter)
            fail(p, `read with format ${p.dataset.format} and delimiter ${JSON.stringify(p.dataset.delimiter)}, but ${first.file} with ${first.dataset.format} and ${JSON.stringify(first.dataset.delimiter)}`);
        if (JSON.stringify(p.schema?.schema ?? null) !== JSON.stringify(first.schema?.schema ?? null))
            fail(p, `checked against another schema than ${first.file} (${p.schema?.source ?? "none"} vs ${first.schema?.source ?? "none"}); run every shard with the same schema`);
    }
    const missing = [];
    for (let i = 1; i <= n; i++)
        if (!seen.has(i))
            missing.push(`${i}/${n}`);
    if (missing.length)
        throw new src/* ConfigurationError */.j1(`input 'merge': shard(s) ${missing.join(", ")} missing (have ${sorted.map((p) => p.file).join(", ")}); a merge needs every shard`, { code: "partial-mismatch" });
    return sorted;
}

// EXTERNAL MODULE: ./packages/data/src/segments.ts
var src_segments = __webpack_require__(39810);
// EXTERNAL MODULE: ./packages/data/src/split.ts
var split = __webpack_require__(3422);
;// CONCATENATED MODULE: ./packages/data/src/shards.ts







/** The byte ranges of each file that shard i of n covers. */
async function planShard(files, cwd, shard) {
    const sized = await Promise.all(files.map(async (file) => {
        const p = external_node_path_default().resolve(cwd, file);
        return { file, path: p, size: (await (0,promises_.stat)(p)).size };
    }));
    const total = sized.reduce((s, f) => s + f.size, 0);
    const cuts = (0,split/* cutPoints */.y4)(total, shard.count);
    const lo = cuts[shard.index - 1];
    const hi = cuts[shard.index];
    const out = [];
    let offset = 0;
    for (const f of sized) {
        const start = Math.max(lo - offset, 0);
        const end = Math.min(hi - offset, f.size);
        // An empty file goes to the shard its offset falls in (the last one at the very end).
        const owned = f.size === 0 ? (offset >= lo && offset < hi) || (offset === total && hi === total) : start < end;
        if (owned)
            out.push({ ...f, nominalStart: start, nominalEnd: end });
        offset += f.size;
    }
    return out;
}
/** Profiles this shard's segments; writes the partial profile. */
async function profileShard(files, fingerprints, cwd, schema, options, partialFile) {
    const plan = await planShard(files, cwd, options.shard);
    const segments = [];
    for (const part of plan) {
        const format = (0,dataset/* detectFormat */.Tz)(part.file, options.format);
        if (format !== "csv" && format !== "tsv")
            throw new src/* ConfigurationError */.j1(`input 'shard': ${part.file} is ${format}; shards split CSV/TSV files only (validate ${format} data in one job, or convert it to CSV)`, { code: "input-invalid" });
        const state = await (0,src_segments/* profileSegment */.nK)({
            file: part.file,
            path: part.path,
            format: options.format,
            delimiter: options.delimiter,
            maxRowBytes: options.maxRowBytes,
            maxColumns: options.maxColumns,
            nominalStart: part.nominalStart,
            nominalEnd: part.nominalEnd,
            schema: (0,src_segments/* segmentSchemaOf */.ED)(schema?.schema),
        });
        segments.push({ ...state, firstLine: 1 + (await (0,split/* countLineFeeds */.t7)(part.path, state.start)) });
        if (state.error)
            break;
    }
    await writePartial(partialFile, {
        kind: "mlops.partial-profile",
        version: 1,
        created: new Date().toISOString(),
        shard: options.shard,
        dataset: { files: fingerprints, format: options.format ?? "auto", delimiter: options.delimiter ?? null },
        schema,
        segments,
    });
    return segments;
}
/** Reads the partials named by `patterns`, checked to belong together, in shard order. */
async function readPartials(patterns, cwd, resolve, logger) {
    const files = await resolve(patterns, cwd);
    const partials = await Promise.all(files.map((f) => readPartial(external_node_path_default().resolve(cwd, f), f)));
    const sorted = checkPartials(partials);
    logger.info(`merging ${sorted.length} partial profile(s): ${sorted.map((p) => `${p.file} (${p.shard.index}/${p.shard.count})`).join(", ")}`);
    return sorted;
}


/***/ })

};
