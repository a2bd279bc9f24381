export const id = 926;
export const ids = [926];
export const modules = {

/***/ 18926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CellKind: () => (/* reexport safe */ _column_js__WEBPACK_IMPORTED_MODULE_5__.B9),
/* harmony export */   ColumnChecker: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_13__.qj),
/* harmony export */   ColumnProfiler: () => (/* reexport safe */ _column_js__WEBPACK_IMPORTED_MODULE_5__.kW),
/* harmony export */   CsvReader: () => (/* reexport safe */ _csv_js__WEBPACK_IMPORTED_MODULE_1__.cv),
/* harmony export */   DATA_FORMATS: () => (/* reexport safe */ _dataset_js__WEBPACK_IMPORTED_MODULE_4__.oq),
/* harmony export */   DRIFT_TESTS: () => (/* reexport safe */ _drift_js__WEBPACK_IMPORTED_MODULE_11__.qx),
/* harmony export */   DataError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.f),
/* harmony export */   DatasetProfiler: () => (/* reexport safe */ _dataset_js__WEBPACK_IMPORTED_MODULE_4__.ib),
/* harmony export */   Distribution: () => (/* reexport safe */ _sketches_distribution_js__WEBPACK_IMPORTED_MODULE_10__.zm),
/* harmony export */   FAIL_ON: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_15__.FAIL_ON),
/* harmony export */   FIELD_ESCAPED: () => (/* reexport safe */ _csv_js__WEBPACK_IMPORTED_MODULE_1__.vZ),
/* harmony export */   FIELD_QUOTED: () => (/* reexport safe */ _csv_js__WEBPACK_IMPORTED_MODULE_1__.uU),
/* harmony export */   Frequencies: () => (/* reexport safe */ _sketches_frequencies_js__WEBPACK_IMPORTED_MODULE_9__.R),
/* harmony export */   HyperLogLog: () => (/* reexport safe */ _sketches_hll_js__WEBPACK_IMPORTED_MODULE_7__.l),
/* harmony export */   Kll: () => (/* reexport safe */ _sketches_kll_js__WEBPACK_IMPORTED_MODULE_6__.O),
/* harmony export */   Moments: () => (/* reexport safe */ _sketches_moments_js__WEBPACK_IMPORTED_MODULE_8__.W),
/* harmony export */   chi2Sf: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_12__.wv),
/* harmony export */   columnDrift: () => (/* reexport safe */ _drift_js__WEBPACK_IMPORTED_MODULE_11__.U4),
/* harmony export */   datasetChecks: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_13__.eB),
/* harmony export */   defaultTest: () => (/* reexport safe */ _drift_js__WEBPACK_IMPORTED_MODULE_11__.Cz),
/* harmony export */   detectFormat: () => (/* reexport safe */ _dataset_js__WEBPACK_IMPORTED_MODULE_4__.Tz),
/* harmony export */   driftSample: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_15__.Q),
/* harmony export */   formatCsvRecord: () => (/* reexport safe */ _csv_js__WEBPACK_IMPORTED_MODULE_1__.ND),
/* harmony export */   inferSchema: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_13__._A),
/* harmony export */   kolmogorovSf: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_12__.FH),
/* harmony export */   ksPValue: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_12__.cS),
/* harmony export */   logGamma: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_12__.SX),
/* harmony export */   normalSf: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_12__.nG),
/* harmony export */   parseDriftOption: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_15__.parseDriftOption),
/* harmony export */   quantile: () => (/* reexport safe */ _sketches_distribution_js__WEBPACK_IMPORTED_MODULE_10__.YV),
/* harmony export */   readJsonLines: () => (/* reexport safe */ _jsonl_js__WEBPACK_IMPORTED_MODULE_2__.s),
/* harmony export */   readParquet: () => (/* reexport safe */ _parquet_js__WEBPACK_IMPORTED_MODULE_3__.X),
/* harmony export */   renderSummary: () => (/* reexport safe */ _summary_js__WEBPACK_IMPORTED_MODULE_14__.B),
/* harmony export */   resolveFiles: () => (/* reexport safe */ _dataset_js__WEBPACK_IMPORTED_MODULE_4__.sA),
/* harmony export */   unescapeField: () => (/* reexport safe */ _csv_js__WEBPACK_IMPORTED_MODULE_1__.HQ),
/* harmony export */   validateData: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_15__.validateData)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27211);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5202);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17120);
/* harmony import */ var _parquet_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18574);
/* harmony import */ var _dataset_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92302);
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79554);
/* harmony import */ var _sketches_kll_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25138);
/* harmony import */ var _sketches_hll_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54567);
/* harmony import */ var _sketches_moments_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53942);
/* harmony import */ var _sketches_frequencies_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(30417);
/* harmony import */ var _sketches_distribution_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(217);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(34881);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(48273);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(49451);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(21350);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(66549);


















/***/ })

};
