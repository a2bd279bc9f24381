export const id = 890;
export const ids = [890];
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


/***/ })

};
