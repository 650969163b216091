export const id = 385;
export const ids = [385];
export const modules = {

/***/ 47385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _shared_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(133);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _shared_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93876);



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_shared_action_js__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'evaluate',
    inputs: {
        'predictions': _shared_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF.string({ required: true }),
    },
    outputs: ['metrics'],
    async run() {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('not implemented yet: this action is planned but its capability is not built');
    },
}));


/***/ })

};
