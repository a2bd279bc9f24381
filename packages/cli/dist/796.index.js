export const id = 796;
export const ids = [796];
export const modules = {

/***/ 28796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCheckRun: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_6__.kL),
/* harmony export */   renderReport: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_6__.B1)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26002);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29892);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7903);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12873);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43912);
/* harmony import */ var _metrics_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43760);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83848);










/***/ })

};
