export const id = 604;
export const ids = [604];
export const modules = {

/***/ 8604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openGitHubRegistry: () => (/* binding */ openGitHubRegistry)
/* harmony export */ });
/* harmony import */ var _mlops_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3795);

async function openGitHubRegistry(options) {
    void options;
    throw new _mlops_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("registry: the github backend is not available in this build yet; use registry: local", {
        code: "not-implemented",
    });
}


/***/ })

};
