export const id = 808;
export const ids = [808];
export const modules = {

/***/ 77341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   p: () => (/* binding */ percentOf)
/* harmony export */ });
/** Counts as messages and reports give them: with the word that agrees, or as a share of a whole. */
/** `1 row`, `3 rows`: the count as `written` writes it (plainly unless told), then the word that agrees with it. */
function plural(count, one, many = `${one}s`, written = String) {
    return `${written(count)} ${count === 1 ? one : many}`;
}
/** `count` as a percentage of `total`, to three decimals; a share of nothing is 0. */
function percentOf(count, total) {
    return total === 0 ? 0 : Math.round((count / total) * 100 * 1000) / 1000;
}


/***/ }),

/***/ 38590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   Tz: () => (/* binding */ byteOrder),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** File writes that never leave a half-written file behind. */


/** Writes to a temporary sibling, then renames it over the target (atomic on one file system). */
function writeFileAtomic(path, data) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
}
/** Resolves a user-given path against the workspace (the runner's GITHUB_WORKSPACE). */
function resolveInWorkspace(path, workspace) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path);
}
/**
 * Every file at or under `path` (folders walked, symlinks followed), sorted by byte order of the path
 * so the order is the same on every machine. Undefined when nothing is there.
 */
function listFiles(path) {
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false });
    if (!stats)
        return undefined;
    if (!stats.isDirectory())
        return [path];
    const files = [];
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path, { recursive: true, encoding: 'utf8' })) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, entry);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false })?.isFile())
            files.push(file);
    }
    return files.sort(byteOrder);
}
/** Compares strings by their UTF-8 bytes, as `LC_ALL=C sort` does. */
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}


/***/ }),

/***/ 36654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   n_: () => (/* binding */ explainPermissionError)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/**
 * The one GitHub client factory. Octokit with retries (5xx) and throttling (primary and secondary
 * rate limits), pointed at GITHUB_API_URL so GitHub Enterprise Server works unchanged.
 */





const MAX_RATE_LIMIT_RETRIES = 3;
/** Longer waits than this are not worth holding a runner for. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
function createGitHubClient(token, apiUrl = process.env['GITHUB_API_URL'] || 'https://api.github.com') {
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('No GitHub token: pass `token: ${{ github.token }}` (the default) or a personal access token');
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl,
        throttle: {
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub rate limit reached on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
}
/** HTTP status of an octokit RequestError, if it is one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Turns "Resource not accessible by integration" into the fix: the `permissions:` line to add.
 * Everything else passes through unchanged.
 */
function explainPermissionError(error, permission, doing) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) {
        const message = error.message ?? '';
        if (status === 404 || /not accessible by integration|permission/i.test(message)) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`GitHub refused to ${doing} (${status}: ${message}). The token needs \`permissions: ${permission}\`: add it to the job, ` +
                'or, for pull requests from forks, publish through the workflow_run workflow.', undefined, { cause: error });
        }
    }
    return error;
}


/***/ }),

/***/ 11680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(735);
/**
 * Markdown for comments and job summaries. Text that comes from a pull request (metric names, data
 * values, file names) goes through `escapeMarkdown` so it renders as plain text: no HTML, no links
 * or images, no @mentions or #references, no table breakage.
 */

const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Characters with a meaning in GitHub-flavoured Markdown (list and heading markers included, as a
// value may start a line), escaped with a backslash.
const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|~$]/g;
// Inside a tag nothing starts a line, so list and heading markers can stay as they are.
const INLINE_SPECIALS = /[\\`*_{}[\]()!|~$]/g;
// Zero-width joiner: stops @mentions, #refs and bare-URL autolinks without changing what is read.
const ZWJ = '\u200d';
function escapeMarkdown(text, maxLength = 200) {
    return escapeWith(MARKDOWN_SPECIALS, text, maxLength);
}
function escapeWith(specials, text, maxLength) {
    let value = String(text ?? '');
    if (value.length > maxLength)
        value = `${value.slice(0, maxLength - 1)}…`;
    return value
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[&<>"]/g, (c) => HTML_ENTITIES[c])
        .replace(specials, (c) => `\\${c}`)
        .replace(/#(?=\w)/g, `#${ZWJ}`)
        .replace(/@/g, `@${ZWJ}`)
        .replace(/:\/\//g, `:${ZWJ}//`)
        .replace(/\bwww\./gi, (w) => `www${ZWJ}.`);
}
/**
 * Inline code for values where exact characters matter. GitHub still parses markdown inside a
 * <code> tag, so the value is escaped as text as well; the tag only sets the font.
 */
function codeSpan(text, maxLength = 200) {
    const escaped = escapeWith(INLINE_SPECIALS, text, maxLength);
    return `<code>${escaped === '' ? '&nbsp;' : escaped}</code>`;
}
/** A GitHub table. Cells must already be escaped; pipes are escaped here as a last guard. */
function table(header, rows, align) {
    const guard = (cell) => cell.replace(/(?<!\\)\|/g, '\\|');
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Q)([header.map(guard), ...rows.map((row) => row.map(guard))], { align });
}
/** A collapsed section; GitHub needs the blank line after </summary> to render markdown inside. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/**
 * A fenced code block that its content cannot close early: the fence is longer than any run of
 * backticks inside. Nothing in a code block renders (no HTML, links or mentions).
 */
function codeBlock(text, language = '') {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`;
}


/***/ }),

/***/ 15044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ defaultDirection),
/* harmony export */   Og: () => (/* binding */ METRICS_FORMAT),
/* harmony export */   _c: () => (/* binding */ readMetricsFile),
/* harmony export */   kY: () => (/* binding */ metricsFromData),
/* harmony export */   o0: () => (/* binding */ parseMetricsText)
/* harmony export */ });
/* unused harmony exports isMetricsDocument, flattenNumbers */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14094);
/**
 * Metrics files as every action reads them. The evaluate action writes the rich format described by
 * schemas/metrics.schema.json (values with intervals); a training script may write any JSON or YAML of
 * numbers (DVC style, nested). Both become one flat map `a.b.c → value`.
 */



const METRICS_FORMAT = 'ml-actions/metrics@1';
function isMetricsDocument(data) {
    return typeof data === 'object' && data !== null && data.format === METRICS_FORMAT;
}
/** Flattens nested numbers to `a.b.c`; strings that are numbers count, other leaves are left out. */
function flattenNumbers(data, prefix = '', into = {}) {
    if (typeof data === 'number' && Number.isFinite(data)) {
        into[prefix] = data;
    }
    else if (typeof data === 'string' && data.trim() !== '' && Number.isFinite(Number(data))) {
        into[prefix] = Number(data);
    }
    else if (Array.isArray(data)) {
        data.forEach((item, index) => flattenNumbers(item, prefix ? `${prefix}.${index}` : String(index), into));
    }
    else if (typeof data === 'object' && data !== null) {
        for (const [key, value] of Object.entries(data))
            flattenNumbers(value, prefix ? `${prefix}.${key}` : key, into);
    }
    return into;
}
function metricsFromData(data) {
    if (isMetricsDocument(data)) {
        const values = { ...data.metrics };
        for (const [label, metrics] of Object.entries(data.classes ?? {})) {
            for (const [name, metric] of Object.entries(metrics))
                values[`class.${label}.${name}`] = metric;
        }
        for (const [key, slice] of Object.entries(data.slices ?? {})) {
            for (const [name, metric] of Object.entries(slice.metrics))
                values[`slice.${key}.${name}`] = metric;
        }
        return { values, document: data };
    }
    const values = {};
    for (const [name, value] of Object.entries(flattenNumbers(data)))
        values[name] = { value };
    return { values };
}
/** Parses JSON or YAML text (JSON is YAML), naming the file and line of a syntax error. */
function parseMetricsText(text, file) {
    const data = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlText */ .c)(text, file);
    if (data === null || typeof data !== 'object')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}: a metrics file must hold an object of metric names and values`, { file });
    return metricsFromData(data);
}
function readMetricsFile(path, shownAs = path) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${shownAs}: metrics file not found`, { file: shownAs });
    return parseMetricsText((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), shownAs);
}
// Names (or name parts) where smaller is better; everything else is taken as higher-is-better.
const LOWER_IS_BETTER = /(^|[._\-\s])(loss|log_?loss|error|err|rmse|mse|mae|mape|wape|smape|latency|brier|ece|perplexity|duration|time|size|bytes|fpr|fnr|cost)($|[._\-\s])/i;
function defaultDirection(name) {
    return LOWER_IS_BETTER.test(name) ? 'lower' : 'higher';
}


/***/ }),

/***/ 44215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ flattenParams),
/* harmony export */   r: () => (/* binding */ readParamsFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14094);
/**
 * Training parameters from a YAML or JSON file (DVC's params.yaml, Hydra configs, plain JSON),
 * flattened to `a.b.c` keys so two runs compare key by key. Lists stay whole values, as DVC shows them.
 */



function flattenParams(data, prefix = '', into = {}) {
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
        const entries = Object.entries(data);
        // An empty mapping is still a parameter someone set.
        if (entries.length === 0 && prefix)
            into[prefix] = {};
        for (const [key, value] of entries)
            flattenParams(value, prefix ? `${prefix}.${key}` : key, into);
    }
    else if (prefix) {
        into[prefix] = normalise(data);
    }
    return into;
}
/** Plain JSON values only: dates become ISO text, anything odd its string form. */
function normalise(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : String(value);
    if (value instanceof Date)
        return value.toISOString();
    if (Array.isArray(value))
        return value.map(normalise);
    if (typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalise(item)]));
    return String(value);
}
/** Reads and flattens a params file; `shownAs` is how messages name it (workspace-relative). */
function readParamsFile(path, shownAs) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${shownAs}: params file not found (input "params")`, { file: shownAs });
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${shownAs}: the params input must name a file, not a folder`, { file: shownAs });
    const data = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlText */ .c)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), shownAs, 'YAML or JSON');
    if (data === null || data === undefined)
        return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${shownAs}: a params file must hold a mapping of parameter names to values`, { file: shownAs, line: 1 });
    }
    return flattenParams(data);
}


/***/ }),

/***/ 10784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Ic: () => (/* binding */ schemaProblems),
/* harmony export */   jq: () => (/* binding */ FileProblems),
/* harmony export */   rC: () => (/* binding */ YamlSource),
/* harmony export */   vb: () => (/* binding */ parseSchemaFile)
/* harmony export */ });
/* unused harmony exports inlineLocalRefs, pointerSegments */
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/**
 * YAML files checked against a JSON Schema, with every problem at its file:line:column. ajv reports
 * JSON pointers; the `yaml` library's nodes keep source ranges, and a LineCounter turns an offset
 * into a line. All problems are collected, so a user fixes the file in one go.
 */




/** A file with one or more problems; the message lists them all, the location is the first. */
class FileProblems extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    problems;
    constructor(file, problems, what = 'file') {
        const lines = problems.map((problem) => `  ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .formatLocation */ .j$)(problem.location)}: ${problem.message}`);
        super(problems.length === 1
            ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .formatLocation */ .j$)(problems[0].location)}: ${problems[0].message}`
            : `${file}: ${problems.length} problems in the ${what}:\n${lines.join('\n')}`, problems[0]?.location ?? { file });
        this.name = 'FileProblems';
        this.problems = problems;
    }
}
/**
 * Compiles a schema with the toolkit's settings: all errors, formats, and `x-hint` (a plain-words
 * description of what an `anyOf` accepts, used instead of ajv's one error per alternative).
 */
function compileSchema(schema) {
    const ajv = new (ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3___default()["default"])({ allErrors: true, strict: true, verbose: true });
    ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](ajv);
    ajv.addKeyword({ keyword: 'x-hint', schemaType: 'string' });
    return ajv.compile(inlineLocalRefs(schema));
}
/**
 * Replaces `#/$defs/...` references by copies of what they name. ajv restarts an error's schema
 * path at each $ref target, which hides which alternative of an anyOf an error came from; with the
 * references inlined, every error's schema path runs from the root. Recursive schemas are refused.
 */
function inlineLocalRefs(schema) {
    const root = schema;
    const resolve = (node, trail) => {
        if (Array.isArray(node))
            return node.map((item) => resolve(item, trail));
        if (typeof node !== 'object' || node === null)
            return node;
        const ref = node.$ref;
        if (typeof ref === 'string' && ref.startsWith('#/')) {
            if (trail.includes(ref))
                throw new Error(`schema reference ${ref} is recursive; it cannot be inlined`);
            const target = pointerSegments(ref.slice(1)).reduce((value, segment) => value?.[segment], root);
            if (target === undefined)
                throw new Error(`schema reference ${ref} names nothing`);
            const { $ref: _ref, ...rest } = node;
            return { ...resolve(target, [...trail, ref]), ...resolve(rest, trail) };
        }
        return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === '$defs' ? value : resolve(value, trail)]));
    };
    const inlined = resolve(root, []);
    delete inlined['$defs'];
    return inlined;
}
/** A parsed YAML document and a way to find where a JSON pointer's value is written. */
class YamlSource {
    file;
    document;
    lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    constructor(text, file) {
        this.file = file;
        this.document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    }
    /** Syntax errors (and duplicate keys) with their positions. */
    syntaxProblems() {
        return this.document.errors.map((error) => ({
            message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
            location: this.at(error.pos[0]),
        }));
    }
    at(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
    /** The node a pointer names, or the deepest existing ancestor; `key` gives the key's position instead of the value's. */
    locate(path, key = false) {
        let node = this.document.contents;
        let position = this.rangeStart(node) ?? 0;
        for (const segment of path) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item) && String((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) ? item.key.value : item.key) === String(segment));
                if (!pair)
                    break;
                const keyStart = this.rangeStart(pair.key);
                position = keyStart ?? position;
                node = pair.value;
                if (!key || segment !== path[path.length - 1])
                    position = this.rangeStart(node) ?? position;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
                const item = node.items[Number(segment)];
                if (item === undefined)
                    break;
                node = item;
                position = this.rangeStart(node) ?? position;
            }
            else {
                break;
            }
        }
        return this.at(position);
    }
    rangeStart(node) {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isNode */ .Ll)(node) ? (node.range?.[0] ?? undefined) : undefined;
    }
}
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** `metrics.accuracy.min`, `slices[0].by`: how a path reads in a message. */
function displayPath(segments) {
    let text = '';
    for (const segment of segments) {
        if (typeof segment === 'number' || /^\d+$/.test(segment))
            text += `[${segment}]`;
        else
            text += text === '' ? segment : `.${segment}`;
    }
    return text || 'the top level';
}
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
    return String(value);
}
function messageOf(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const allowed = Object.keys(error.parentSchema?.properties ?? {}).filter((name) => name !== '$schema');
            return `unknown key "${params.additionalProperty}"${allowed.length ? ` (expected one of: ${allowed.join(', ')})` : ''}`;
        }
        case 'required':
            return `missing "${params.missingProperty}"`;
        case 'type':
            return `must be ${params.type === 'integer' ? 'a whole number' : `a ${params.type === 'object' ? 'mapping' : params.type === 'array' ? 'list' : params.type}`}, got ${describeValue(error.data)}`;
        case 'enum':
            return `must be one of ${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')}, got ${describeValue(error.data)}`;
        case 'const':
            return `must be ${JSON.stringify(params.allowedValue)}, got ${describeValue(error.data)}`;
        case 'minimum':
        case 'exclusiveMinimum':
        case 'maximum':
        case 'exclusiveMaximum': {
            const words = { minimum: 'at least', exclusiveMinimum: 'more than', maximum: 'at most', exclusiveMaximum: 'less than' }[error.keyword];
            return `must be ${words} ${params.limit}, got ${describeValue(error.data)}`;
        }
        case 'minProperties':
            return 'must not be empty';
        case 'anyOf':
        case 'oneOf': {
            const hint = error.parentSchema?.['x-hint'];
            return `must be ${hint ?? 'one of the allowed forms'}, got ${describeValue(error.data)}`;
        }
        default:
            return `${error.message ?? 'is not valid'}${error.data !== undefined && typeof error.data !== 'object' ? `, got ${describeValue(error.data)}` : ''}`;
    }
}
// Schema paths restart at "#" inside a $ref, so an alternative's errors are told by position too.
function within(error, choice, prefix) {
    const inside = error.instancePath === choice.instancePath || error.instancePath.startsWith(`${choice.instancePath}/`);
    return inside && error.schemaPath.startsWith(prefix);
}
/**
 * ajv reports every failed alternative of an anyOf. Keep what helps: when one alternative has the
 * right shape (its failures are inside the value, not about its type), its errors; otherwise one
 * message saying what the value may be.
 */
function simplify(errors) {
    let remaining = [...errors];
    const alternatives = remaining
        .filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf')
        .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
    for (const choice of alternatives) {
        if (!remaining.includes(choice))
            continue;
        const prefix = `${choice.schemaPath}/`;
        const branches = new Map();
        for (const error of remaining) {
            if (!within(error, choice, prefix))
                continue;
            const index = error.schemaPath.slice(prefix.length).split('/')[0];
            branches.set(index, [...(branches.get(index) ?? []), error]);
        }
        const shapeErrors = new Set(['type', 'const', 'enum', 'pattern']);
        const fitting = [...branches.values()].filter((branch) => !branch.some((error) => error.instancePath === choice.instancePath && shapeErrors.has(error.keyword)));
        const keep = fitting.length > 0 ? fitting.sort((a, b) => a.length - b.length)[0] : [];
        remaining = remaining.filter((error) => !within(error, choice, prefix) || keep.includes(error));
        if (fitting.length > 0)
            remaining = remaining.filter((error) => error !== choice);
    }
    return remaining;
}
/** Checks a parsed document against a compiled schema; returns every problem with its position. */
function schemaProblems(source, data, validate) {
    if (validate(data))
        return [];
    const problems = [];
    const seen = new Set();
    for (const error of simplify(validate.errors ?? [])) {
        const path = pointerSegments(error.instancePath);
        let location;
        let where = path;
        if (error.keyword === 'additionalProperties') {
            where = [...path, String(error.params.additionalProperty)];
            location = source.locate(where, true);
        }
        else {
            location = source.locate(path);
        }
        const message = `${displayPath(error.keyword === 'additionalProperties' ? path : where)}: ${messageOf(error)}`;
        const key = `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .formatLocation */ .j$)(location)} ${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push({ message, location });
    }
    return problems.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
}
const compiledSchemas = new WeakMap();
/**
 * Parses YAML (or JSON) text and checks it against a schema; throws `FileProblems` listing every
 * syntax or schema problem at its file:line:column. `what` names the kind of file in the message.
 */
function parseSchemaFile(text, file, schema, what = 'file') {
    const source = new YamlSource(text, file);
    const syntax = source.syntaxProblems();
    if (syntax.length > 0)
        throw new FileProblems(file, syntax, what);
    const data = source.document.toJS();
    let validate = compiledSchemas.get(schema);
    if (!validate)
        compiledSchemas.set(schema, (validate = compileSchema(schema)));
    const problems = schemaProblems(source, data, validate);
    if (problems.length > 0)
        throw new FileProblems(file, problems, what);
    return data;
}


/***/ }),

/***/ 14094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/** YAML (and so JSON) documents read from files, with syntax errors pointing at file:line:column. */


/** Parses JSON or YAML text; `shownAs` names the file in messages and annotations. */
function parseYamlText(text, shownAs, what = 'JSON or YAML') {
    try {
        const data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { prettyErrors: true });
        // `shownAs` may be "metrics.json at 1a2b3c4" for a file read at a commit.
        if (/\.json$/i.test(shownAs.replace(/ at [0-9a-f]+$/i, '')))
            rejectLenientJson(text, shownAs);
        return data;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw error;
        const position = error.linePos?.[0];
        const where = position ? `:${position.line}:${position.col}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${shownAs}${where}: not valid ${what}: ${error.message.split('\n')[0]}`, {
            file: shownAs,
            line: position?.line,
            column: position?.col,
        });
    }
}
/**
 * The YAML reader accepts text that is not JSON, such as `{"a": 1, "b": }` (b = null): in a `.json`
 * file that would lose a value without a word.
 */
function rejectLenientJson(text, shownAs) {
    try {
        JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const position = /\(line (\d+) column (\d+)\)/.exec(message);
        const line = position ? Number(position[1]) : undefined;
        const column = position ? Number(position[2]) : undefined;
        const reason = message.split('\n')[0].replace(/ in JSON at position.*$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${shownAs}${line ? `:${line}:${column}` : ''}: not valid JSON: ${reason}`, { file: shownAs, line, column });
    }
}


/***/ })

};
