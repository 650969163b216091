export const id = 695;
export const ids = [695];
export const modules = {

/***/ 9695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ validate_data_action)
});

// EXTERNAL MODULE: ./src/shared/action.ts + 5 modules
var action = __webpack_require__(7719);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(3876);
;// CONCATENATED MODULE: ./src/validate-data/inputs.ts
/** The inputs validate-data declares; action.yml says the same (a test checks they agree). */

const DRIFT_METHODS = ['auto', 'ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
const validateDataInputs = {
    'contract': inputs/* input */.hF.string({ required: true }),
    'data': inputs/* input */.hF.string(),
    'reference': inputs/* input */.hF.string(),
    'profile-out': inputs/* input */.hF.string(),
    'base-contract': inputs/* input */.hF.string(),
    'fail-on': inputs/* input */.hF.choice(['error', 'warning', 'never'], { defaulted: true }),
    'max-annotations': inputs/* input */.hF.integer({ defaulted: true, min: 0 }),
    'samples': inputs/* input */.hF.integer({ defaulted: true, min: 0, max: 100 }),
    'report': inputs/* input */.hF.string(),
    'junit': inputs/* input */.hF.string(),
    'extra-columns': inputs/* input */.hF.choice(['allow', 'warn', 'fail'], { defaulted: true }),
    'missing-columns': inputs/* input */.hF.choice(['fail', 'optional'], { defaulted: true }),
    'missing-values': inputs/* input */.hF.string({ defaulted: true }),
    'delimiter': inputs/* input */.hF.string(),
    'quote': inputs/* input */.hF.string({ defaulted: true }),
    'header': inputs/* input */.hF.boolean({ defaulted: true }),
    'drift-method': inputs/* input */.hF.choice(DRIFT_METHODS, { defaulted: true }),
    'drift-threshold': inputs/* input */.hF.number({ min: 0 }),
    'drift-share': inputs/* input */.hF.number({ defaulted: true, min: 0, max: 1 }),
    'drift-columns': inputs/* input */.hF.list(),
    'token': inputs/* input */.hF.string({ defaulted: true, secret: true }),
};
const validateDataOutputs = ['passed', 'errors', 'warnings', 'rows', 'report', 'breaking-changes', 'drifted-columns', 'dataset-drift', 'profile'];

;// CONCATENATED MODULE: ./src/validate-data/action.ts



/* harmony default export */ const validate_data_action = ((0,action/* defineAction */.QP)({
    name: 'validate-data',
    inputs: validateDataInputs,
    outputs: validateDataOutputs,
    async run() {
        throw new errors/* UserError */.yo('not implemented yet: this action is planned but its capability is not built');
    },
}));


/***/ })

};
