export const id = 541;
export const ids = [541];
export const modules = {

/***/ 15541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* reexport safe */ _evaluators_js__WEBPACK_IMPORTED_MODULE_1__.$),
/* harmony export */   B0: () => (/* reexport safe */ _stats_js__WEBPACK_IMPORTED_MODULE_4__.B0),
/* harmony export */   HV: () => (/* reexport safe */ _evaluators_js__WEBPACK_IMPORTED_MODULE_1__.HV),
/* harmony export */   J9: () => (/* reexport safe */ _bootstrap_js__WEBPACK_IMPORTED_MODULE_2__.J9),
/* harmony export */   Ks: () => (/* reexport safe */ _gates_js__WEBPACK_IMPORTED_MODULE_0__.Ks),
/* harmony export */   TC: () => (/* reexport safe */ _evaluators_js__WEBPACK_IMPORTED_MODULE_1__.TC),
/* harmony export */   eX: () => (/* reexport safe */ _gates_js__WEBPACK_IMPORTED_MODULE_0__.eX),
/* harmony export */   gatesFromValue: () => (/* reexport safe */ _gates_js__WEBPACK_IMPORTED_MODULE_0__.gatesFromValue),
/* harmony export */   of: () => (/* reexport safe */ _columns_js__WEBPACK_IMPORTED_MODULE_14__.of),
/* harmony export */   readGates: () => (/* reexport safe */ _gates_js__WEBPACK_IMPORTED_MODULE_0__.readGates)
/* harmony export */ });
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14293);
/* harmony import */ var _evaluators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33471);
/* harmony import */ var _bootstrap_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13367);
/* harmony import */ var _paired_tests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9596);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45650);
/* harmony import */ var _predictions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98131);
/* harmony import */ var _task_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40516);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48566);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58357);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73457);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(19462);
/* harmony import */ var _predict_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(35708);
/* harmony import */ var _evaluation_set_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(42618);
/* harmony import */ var _rescore_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(39424);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(36522);


















/***/ })

};
