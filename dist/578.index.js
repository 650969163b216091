export const id = 578;
export const ids = [578];
export const modules = {

/***/ 92386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ checkArtifactName),
/* harmony export */   bk: () => (/* binding */ downloadArtifact),
/* harmony export */   mz: () => (/* binding */ uploadArtifact),
/* harmony export */   rr: () => (/* binding */ artifactServiceProblem),
/* harmony export */   wn: () => (/* binding */ listArtifacts)
/* harmony export */ });
/* unused harmony exports isEnterpriseServer, expandPaths, findArtifact */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56518);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38590);
/**
 * Workflow artifacts (v4, through @actions/artifact): upload a set of files under a root as one named
 * artifact, find and download one by name or ID, from this run or another run of the repository.
 * Failures a user can fix (a name used twice in a run, the storage quota, GitHub Enterprise Server,
 * a step not running on a runner) become `UserError`s that say what to do.
 */




// Characters the artifact service refuses (NTFS limits), as @actions/artifact checks them.
const INVALID_PATH_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n'];
const INVALID_NAME_CHARACTERS = [...INVALID_PATH_CHARACTERS, '\\', '/'];
/** GitHub Enterprise Server, as @actions/artifact and @actions/cache tell it from github.com. */
function isEnterpriseServer(serverUrl = process.env['GITHUB_SERVER_URL'] || 'https://github.com') {
    const host = new URL(serverUrl).hostname.trimEnd().toUpperCase();
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
/** Why artifacts cannot be used in this step, or undefined when they can. */
function artifactServiceProblem(env = process.env) {
    if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
        return 'the artifact service is not available (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set): this step is not running on a GitHub Actions runner';
    }
    if (isEnterpriseServer(env['GITHUB_SERVER_URL']))
        return 'artifacts v4 are not supported on GitHub Enterprise Server';
    return undefined;
}
function checkArtifactName(name, input) {
    const where = input ? `Input "${input}": the artifact name` : 'The artifact name';
    if (name.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where} is empty`);
    const bad = INVALID_NAME_CHARACTERS.find((character) => name.includes(character));
    if (bad)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where} "${name}" contains ${JSON.stringify(bad)}; artifact names cannot contain ${INVALID_NAME_CHARACTERS.map((c) => JSON.stringify(c)).join(' ')}`);
}
/** Every file under the given paths (folders taken whole), sorted, each checked to be inside `root`. */
function expandPaths(root, paths) {
    const absoluteRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root);
    const found = new Set();
    for (const path of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(absoluteRoot, path);
        if (absolute !== absoluteRoot && !absolute.startsWith(absoluteRoot + node_path__WEBPACK_IMPORTED_MODULE_0__.sep)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${path} is outside ${absoluteRoot}, the folder the artifact is made from`);
        }
        const files = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .CS)(absolute);
        if (!files)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${path}: no such file or folder to upload`, { file: absolute });
        for (const file of files)
            found.add(file);
    }
    const files = [...found].sort(_files_js__WEBPACK_IMPORTED_MODULE_3__/* .byteOrder */ .Tz);
    for (const file of files) {
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(absoluteRoot, file);
        const bad = INVALID_PATH_CHARACTERS.find((character) => inside.includes(character));
        if (bad)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${inside}: artifact file paths cannot contain ${JSON.stringify(bad)}`, { file });
    }
    return files;
}
function artifactPageUrl(id, env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
    return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}/artifacts/${id}` : undefined;
}
function requireService(doing) {
    const problem = artifactServiceProblem();
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: ${problem}`);
}
/** Turns the artifact client's failures into messages that say what to do. */
function explain(error, doing) {
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
    const name = error?.name;
    if (/already exists on the workflow run/.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: an artifact with that name already exists in this workflow run. Names must be unique within a run: in a matrix, put the matrix values in the name`, undefined, { cause: error });
    }
    if (name === 'UsageError')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: the account's artifact storage quota is used up; delete old artifacts or lower retention-days`, undefined, { cause: error });
    if (name === 'GHESNotSupportedError')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: artifacts v4 are not supported on GitHub Enterprise Server`, undefined, { cause: error });
    if (name === 'ArtifactNotFoundError')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: no such artifact (it may have expired)`, undefined, { cause: error });
    return new Error(`Cannot ${doing}: ${message}`, { cause: error });
}
async function uploadArtifact(upload) {
    checkArtifactName(upload.name);
    const doing = `upload artifact "${upload.name}"`;
    requireService(doing);
    const files = expandPaths(upload.root, upload.paths);
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: there are no files to upload`);
    let result;
    try {
        result = await new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9().uploadArtifact(upload.name, files, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(upload.root), {
            retentionDays: upload.retentionDays,
            compressionLevel: upload.compressionLevel,
        });
    }
    catch (error) {
        throw explain(error, doing);
    }
    if (result.id === undefined)
        throw new Error(`Cannot ${doing}: the artifact service returned no artifact ID`);
    return {
        id: result.id,
        name: upload.name,
        size: result.size ?? 0,
        digest: result.digest ? `sha256:${result.digest}` : undefined,
        files: files.length,
        url: artifactPageUrl(result.id),
    };
}
function findOptions(run) {
    return run ? { findBy: { token: run.token, workflowRunId: run.runId, repositoryOwner: run.owner, repositoryName: run.repo } } : undefined;
}
function describe(run) {
    return run ? `run ${run.runId} of ${run.owner}/${run.repo}` : 'this workflow run';
}
function found(artifact) {
    return { id: artifact.id, name: artifact.name, size: artifact.size, digest: artifact.digest, createdAt: artifact.createdAt };
}
/** The newest artifact with this name in this run (or another), or undefined when there is none. */
async function findArtifact(name, run) {
    const doing = `look up artifact "${name}" in ${describe(run)}`;
    requireService(doing);
    try {
        return found((await new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9().getArtifact(name, findOptions(run))).artifact);
    }
    catch (error) {
        if (error?.name === 'ArtifactNotFoundError')
            return undefined;
        throw explain(error, doing);
    }
}
async function listArtifacts(run) {
    const doing = `list the artifacts of ${describe(run)}`;
    requireService(doing);
    try {
        return (await new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9().listArtifacts({ latest: true, ...findOptions(run) })).artifacts.map(found);
    }
    catch (error) {
        throw explain(error, doing);
    }
}
/**
 * Downloads an artifact, by name (the newest of that name) or by ID, into `destination`, and checks
 * the bytes against the digest the service recorded at upload.
 */
async function downloadArtifact(source, destination, run) {
    const label = 'name' in source ? `"${source.name}"` : `#${source.id}`;
    const doing = `download artifact ${label} from ${describe(run)}`;
    requireService(doing);
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9();
    let artifact;
    try {
        if ('name' in source) {
            artifact = await findArtifact(source.name, run);
        }
        else {
            const { artifacts } = await client.listArtifacts(findOptions(run));
            const match = artifacts.find((candidate) => candidate.id === source.id);
            artifact = match && found(match);
        }
    }
    catch (error) {
        throw error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo ? error : explain(error, doing);
    }
    if (!artifact)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot ${doing}: there is no such artifact (it may have expired, or been uploaded by another run)`);
    let result;
    try {
        result = await client.downloadArtifact(artifact.id, { path: destination, expectedHash: artifact.digest, ...findOptions(run) });
    }
    catch (error) {
        throw explain(error, doing);
    }
    if (result.digestMismatch)
        throw new Error(`Cannot ${doing}: the downloaded content does not match the digest recorded at upload (${artifact.digest})`);
    return { ...artifact, path: result.downloadPath ?? destination };
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


/***/ }),

/***/ 43214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   WV: () => (/* binding */ isGzipped)
/* harmony export */ });
/* unused harmony export TABULAR_FORMATS */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/** Which reader a file needs, from its name (a `.gz` suffix is looked through). */

const TABULAR_FORMATS = (/* unused pure expression or super */ null && (['csv', 'tsv', 'jsonl', 'json', 'parquet']));
const EXTENSIONS = {
    csv: 'csv',
    tsv: 'tsv',
    tab: 'tsv',
    jsonl: 'jsonl',
    ndjson: 'jsonl',
    json: 'json',
    parquet: 'parquet',
    pq: 'parquet',
};
function isGzipped(path) {
    return /\.gz$/i.test(path);
}
function detectFormat(path) {
    const name = path.replace(/\.gz$/i, '');
    const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
    const format = EXTENSIONS[extension];
    if (!format) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path}: cannot tell the data format from the file name; use .csv, .tsv, .jsonl, .json or .parquet (optionally .gz)`, { file: path });
    }
    if (format === 'parquet' && isGzipped(path))
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path}: Parquet files are compressed inside; a .gz Parquet file is not supported`, { file: path });
    return format;
}


/***/ }),

/***/ 21578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ train_action)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/shared/action.ts
var action = __webpack_require__(1771);
// EXTERNAL MODULE: ./src/shared/artifacts.ts
var artifacts = __webpack_require__(92386);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
;// CONCATENATED MODULE: ./src/train/summary.ts
/**
 * The job summary of a training run: what ran and how it ended, the cache decision, the metrics, and
 * the digests that identify the model and the data. Everything that comes from the project (command,
 * metric and param names, output lines) is escaped or fenced.
 */

function formatNumber(value) {
    if (value === null)
        return '—';
    if (Number.isInteger(value))
        return String(value);
    return Number(value.toPrecision(6)).toString();
}
function formatDuration(seconds) {
    if (seconds < 60)
        return `${Number(seconds.toFixed(seconds < 10 ? 2 : 1))} s`;
    const minutes = Math.floor(seconds / 60);
    const rest = Math.round(seconds - minutes * 60);
    if (minutes < 60)
        return `${minutes} min ${rest} s`;
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
const STATUS_TEXT = {
    succeeded: '✅ succeeded',
    cached: '♻️ skipped: outputs restored from the run cache',
    failed: '❌ failed',
    'timed-out': '⏱️ timed out',
    cancelled: '🚫 cancelled',
};
function cacheLine(record) {
    const { cache } = record;
    if (!cache.enabled)
        return 'off';
    const key = cache.key ? ` (key ${(0,markdown/* codeSpan */.SS)(cache.key)})` : '';
    if (cache.hit) {
        const from = cache.restored_from;
        return `hit${key}${from ? `: restored run ${(0,markdown/* codeSpan */.SS)(from.run_id)} of ${(0,markdown/* escapeMarkdown */.FV)(from.started_at)}, which took ${formatDuration(from.duration_seconds)}` : ''}`;
    }
    const saved = cache.saved === true ? '; outputs saved' : cache.saved === false ? '; outputs not saved (see the log)' : '';
    return `miss${key}${cache.miss_reason ? `: ${(0,markdown/* escapeMarkdown */.FV)(cache.miss_reason)}` : ''}${saved}`;
}
function exitText(record) {
    if (record.status === 'cached')
        return 'not run';
    if (record.signal)
        return `ended by ${record.signal}`;
    return record.exit_code === null ? '—' : String(record.exit_code);
}
/** Long lists are cut so the summary stays well inside GitHub's 1 MiB limit; the record has them all. */
const MAX_LISTED = 100;
function capped(rows, columns) {
    if (rows.length <= MAX_LISTED)
        return rows;
    return [...rows.slice(0, MAX_LISTED), [`… ${rows.length - MAX_LISTED} more in the run record`, ...Array(columns - 1).fill('')]];
}
function renderSummary({ record, tail, artifact, problem }) {
    const parts = [`### Training run ${(0,markdown/* codeSpan */.SS)(record.run_id)}: ${STATUS_TEXT[record.status]}`];
    const rows = [
        ['Command', (0,markdown/* codeSpan */.SS)(record.command, 300)],
        ['Working directory', (0,markdown/* codeSpan */.SS)(record.working_directory)],
        ['Duration', formatDuration(record.duration_seconds)],
        ['Exit', exitText(record)],
        ['Run cache', cacheLine(record)],
        ['Seed', String(record.seed)],
    ];
    if (record.git.sha)
        rows.push(['Commit', `${(0,markdown/* codeSpan */.SS)(record.git.sha.slice(0, 12))}${record.git.dirty ? ` with ${record.git.changed_files.length} uncommitted change(s)` : ''}`]);
    if (record.model)
        rows.push(['Model', `${(0,markdown/* codeSpan */.SS)(record.model.digest.slice(0, 16))} (${record.model.files.length} file(s), ${formatBytes(record.model.bytes)})`]);
    if (artifact) {
        const name = (0,markdown/* codeSpan */.SS)(artifact.name);
        rows.push(['Artifact', `${artifact.url ? `[${name}](${artifact.url})` : name}, ${formatBytes(artifact.size)}`]);
    }
    parts.push((0,markdown/* table */.tp)(['', ''], rows, ['l', 'l']));
    if (problem)
        parts.push(`**${(0,markdown/* escapeMarkdown */.FV)(problem, 1000)}**`);
    if (tail && tail.length > 0 && record.status !== 'succeeded' && record.status !== 'cached') {
        parts.push(`Last ${tail.length} line(s) of output:\n\n${(0,markdown/* codeBlock */.DV)(tail.join('\n'), 'text')}`);
    }
    const metrics = Object.entries(record.metrics);
    if (metrics.length > 0) {
        parts.push(`#### Metrics\n\n${(0,markdown/* table */.tp)(['Metric', 'Value'], capped(metrics.map(([name, value]) => [(0,markdown/* escapeMarkdown */.FV)(name), formatNumber(value)]), 2), ['l', 'r'])}`);
    }
    if (record.data.length > 0) {
        const dataRows = record.data.map((file) => [(0,markdown/* codeSpan */.SS)(file.path), file.rows === null ? '—' : String(file.rows), formatBytes(file.bytes), (0,markdown/* codeSpan */.SS)(file.sha256.slice(0, 16))]);
        parts.push((0,markdown/* details */.zH)(`Data: ${record.data.length} file(s)`, (0,markdown/* table */.tp)(['File', 'Rows', 'Size', 'SHA-256'], capped(dataRows, 4), ['l', 'r', 'r', 'l'])));
    }
    const params = Object.entries(record.params);
    if (params.length > 0) {
        const paramRows = params.map(([name, value]) => [(0,markdown/* escapeMarkdown */.FV)(name), (0,markdown/* codeSpan */.SS)(JSON.stringify(value))]);
        parts.push((0,markdown/* details */.zH)(`Params: ${params.length}`, (0,markdown/* table */.tp)(['Param', 'Value'], capped(paramRows, 2), ['l', 'l'])));
    }
    if (record.model && record.model.files.length > 0) {
        const fileRows = record.model.files.map((file) => [(0,markdown/* codeSpan */.SS)(file.path), formatBytes(file.bytes), (0,markdown/* codeSpan */.SS)(file.sha256)]);
        parts.push((0,markdown/* details */.zH)(`Model files: digest ${(0,markdown/* codeSpan */.SS)(record.model.digest)}`, (0,markdown/* table */.tp)(['File', 'Size', 'SHA-256'], capped(fileRows, 3), ['l', 'r', 'l'])));
    }
    return `${parts.join('\n\n')}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(42377);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 73 modules
var cache = __webpack_require__(84039);
;// CONCATENATED MODULE: ./src/shared/cache.ts
/**
 * The Actions cache (through @actions/cache): restore and save files under a key. Caching is an
 * optimisation, so service failures are warnings and count as a miss or an unsaved entry, as in
 * actions/cache; a bad key is the caller's mistake and throws.
 *
 * Paths are relative to the workspace (GITHUB_WORKSPACE). @actions/cache globs them from the current
 * folder, archives them relative to the workspace, and mixes the path strings into the entry's version,
 * so the same strings must be given to save and to restore; the helpers run the library from the
 * workspace so a changed current folder cannot make them disagree.
 */



const MAX_CACHE_KEY_LENGTH = 512;
/** Why the cache cannot be used in this step, or undefined when it can. */
function cacheServiceProblem() {
    return cache/* isFeatureAvailable */.w3() ? undefined : 'the cache service is not available (this step is not running on a GitHub Actions runner)';
}
function checkCacheKey(key) {
    if (key === '')
        throw new errors/* UserError */.yo('A cache key cannot be empty');
    if (key.length > MAX_CACHE_KEY_LENGTH)
        throw new errors/* UserError */.yo(`The cache key is ${key.length} characters long; the limit is ${MAX_CACHE_KEY_LENGTH}: ${key.slice(0, 60)}…`);
    if (key.includes(','))
        throw new errors/* UserError */.yo(`A cache key cannot contain commas: ${key}`);
}
function workspace() {
    return (0,external_node_path_.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd());
}
/** Workspace-relative, `/`-separated paths: the form whose strings stay the same across runners. */
function workspacePaths(paths, root = workspace()) {
    return paths.map((path) => {
        const inside = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, path));
        if ((0,external_node_path_.isAbsolute)(path) && (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside)))
            return path.split(external_node_path_.sep).join('/');
        return inside === '' ? '.' : inside.split(external_node_path_.sep).join('/');
    });
}
async function inWorkspace(work) {
    const previous = process.cwd();
    const root = workspace();
    if (previous === root)
        return work();
    process.chdir(root);
    try {
        return await work();
    }
    finally {
        process.chdir(previous);
    }
}
/** The library's complaints about its arguments (bad key, paths that match nothing) are the caller's to fix. */
function rethrowValidation(error) {
    const message = (0,errors/* errorMessage */.gJ)(error);
    if (error?.name === 'ValidationError' || message.startsWith('Path Validation Error')) {
        throw new errors/* UserError */.yo(message, undefined, { cause: error });
    }
    throw error;
}
/** Restores the newest entry for `key` (or, failing that, for a restore-key prefix). */
async function restoreCache(paths, key, options = {}) {
    checkCacheKey(key);
    for (const restoreKey of options.restoreKeys ?? [])
        checkCacheKey(restoreKey);
    const matchedKey = await inWorkspace(() => cache/* restoreCache */.P3(workspacePaths(paths), key, options.restoreKeys, { lookupOnly: options.lookupOnly }).catch(rethrowValidation));
    return { hit: matchedKey === key, matchedKey };
}
/** Saves the paths under `key`. False when the entry exists already or the service refused (logged). */
async function saveCache(paths, key) {
    checkCacheKey(key);
    const id = await inWorkspace(() => cache/* saveCache */.Io(workspacePaths(paths), key).catch(rethrowValidation));
    return id > 0 ? { saved: true, id } : { saved: false };
}

// EXTERNAL MODULE: ./src/shared/files.ts
var shared_files = __webpack_require__(38590);
// EXTERNAL MODULE: ./src/shared/log.ts
var log = __webpack_require__(21827);
// EXTERNAL MODULE: ./src/shared/metrics.ts
var shared_metrics = __webpack_require__(15044);
;// CONCATENATED MODULE: ./src/train/cache-key.ts
/**
 * The run cache's key: one short digest per thing that decides what a run produces, in order of how
 * rarely it changes: the environment (OS, CPU architecture, runtime versions), the command (with its
 * seed, paths and any extra key text), the params, the data and the code.
 *
 *   ml-actions-train-v1-<environment>-<command>-<params>-<data>-<code>
 *
 * Because the parts are in a fixed order, a miss can say what changed: looking up the key's prefixes
 * (every part but the code, then every part but data and code, …) finds the nearest cached run, and
 * the first part after the shared prefix is the first thing that differs from it.
 */

const KEY_PARTS = ['environment', 'command', 'params', 'data', 'code'];
const KEY_PREFIX = 'ml-actions-train-v1';
const PART_DIGEST_LENGTH = 16;
/** JSON with object keys sorted, so equal values always give equal text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}
function runCacheKey(parts) {
    const digests = KEY_PARTS.map((part) => (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(parts[part])).digest('hex').slice(0, PART_DIGEST_LENGTH));
    const key = [KEY_PREFIX, ...digests].join('-');
    const prefixes = [];
    for (let kept = KEY_PARTS.length - 1; kept >= 1; kept--)
        prefixes.push(`${[KEY_PREFIX, ...digests.slice(0, kept)].join('-')}-`);
    return { key, prefixes };
}
/** Says what differs between this run and the nearest cached one `matchedKey` (from a prefix lookup). */
function missReason(key, matchedKey) {
    if (!matchedKey)
        return 'no cached run shares this environment (OS, architecture, runtime versions)';
    const ours = key.split('-').slice(-KEY_PARTS.length);
    const theirs = matchedKey.split('-').slice(-KEY_PARTS.length);
    const first = KEY_PARTS.findIndex((_, index) => ours[index] !== theirs[index]);
    if (first < 0)
        return 'the cached run could not be restored';
    const same = KEY_PARTS.slice(0, first);
    const changed = KEY_PARTS[first];
    return same.length > 0 ? `${changed} changed since the nearest cached run (same ${same.join(', ')})` : `${changed} changed since the nearest cached run`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/train/code.ts
/**
 * Which code trained the model: one digest over the tracked files as they are in the working tree.
 *
 * `HEAD^{tree}` alone would be wrong as soon as the workspace differs from the commit (an earlier step
 * generated or patched a tracked file; a local run with uncommitted edits): the run cache would then
 * hand back a model trained by other code. So the digest is built from `git ls-files -s` (the blob ID
 * of every tracked file) with the blob IDs of modified tracked files recomputed from the working tree
 * (`git hash-object`, the ID `git add` would give). That is one cheap `git` call on a clean checkout
 * and stays right on a dirty one. Untracked files are not code (build output, caches, downloaded data)
 * and are left out, as are the run's own inputs and outputs (data, params digested on their own;
 * model, metrics and run record, which the run rewrites even when they are committed).
 */






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args, input) {
    const child = run('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    if (input !== undefined)
        child.child.stdin.end(input);
    return (await child).stdout;
}
/** The repository's top folder, or undefined when `cwd` is not in a git checkout (or git is missing). */
async function repositoryRoot(cwd) {
    try {
        return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
    }
    catch (error) {
        const message = String(error.stderr ?? '');
        if (/dubious ownership/.test(message)) {
            throw new errors/* UserError */.yo(`git refuses to read ${cwd}: it is owned by another user. Add \`git config --global --add safe.directory "$GITHUB_WORKSPACE"\` before this step`);
        }
        return undefined;
    }
}
function isExcluded(path, exclude) {
    return exclude.some((excluded) => path === excluded || path.startsWith(`${excluded}/`));
}
async function codeState(cwd, options) {
    const root = await repositoryRoot(cwd);
    if (!root)
        return undefined;
    const exclude = options.exclude
        .map((path) => (0,external_node_path_.relative)(root, path))
        // Leaving out the whole repository would leave no code to tell runs apart.
        .filter((path) => path !== '' && !path.startsWith('..') && !(0,external_node_path_.isAbsolute)(path))
        .map((path) => path.split(external_node_path_.sep).join('/'));
    const pathspecs = options.pathspecs.length > 0 ? options.pathspecs : [':/'];
    const [sha, listing, status] = await Promise.all([
        git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']).then((out) => out.trim() || undefined, () => undefined),
        git(cwd, ['ls-files', '--stage', '-z', '--full-name', '--', ...pathspecs]),
        git(cwd, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--', ...pathspecs]),
    ]);
    const blobs = new Map();
    for (const entry of listing.split('\0')) {
        // `<mode> <object> <stage>\t<path>`; unmerged paths have stages 1–3, the last one wins.
        const match = /^(\d+) ([0-9a-f]+) \d\t(.+)$/s.exec(entry);
        if (match && !isExcluded(match[3], exclude))
            blobs.set(match[3], { mode: match[1], id: match[2] });
    }
    const changed = [];
    const deleted = [];
    const fields = status.split('\0');
    for (let index = 0; index < fields.length; index++) {
        const field = fields[index];
        if (field.length < 4)
            continue;
        const code = field.slice(0, 2);
        const path = field.slice(3);
        // A rename or copy names its source in the next field.
        if (code.includes('R') || code.includes('C'))
            index++;
        if (isExcluded(path, exclude))
            continue;
        if (code.includes('D'))
            deleted.push(path);
        else
            changed.push(path);
    }
    for (const path of deleted)
        blobs.delete(path);
    if (changed.length > 0) {
        const ids = (await git(root, ['hash-object', '--stdin-paths'], `${changed.join('\n')}\n`)).trim().split('\n');
        changed.forEach((path, index) => blobs.set(path, { mode: blobs.get(path)?.mode ?? '100644', id: ids[index] }));
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const paths = [...blobs.keys()].sort(shared_files/* byteOrder */.Tz);
    for (const path of paths)
        hash.update(`${blobs.get(path).mode} ${blobs.get(path).id}\t${path}\n`);
    return { sha, changed: [...changed, ...deleted].sort(shared_files/* byteOrder */.Tz), files: paths.length, digest: hash.digest('hex') };
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/train/environment.ts
/**
 * The machine a run trained on: OS, CPU, memory, the hosted runner image, and the language runtimes
 * on PATH. A runtime is only asked for its version when its executable is on PATH, and all are asked
 * at once with a short time limit, so this costs a few tens of milliseconds.
 */




const PROBES = [
    { name: 'node', executable: 'node', args: ['--version'], version: /v?(\d+\.\d+\.\d+\S*)/ },
    { name: 'python3', executable: 'python3', args: ['--version'], version: /Python (\d+\.\d+\.\d+\S*)/ },
    { name: 'R', executable: 'Rscript', args: ['--version'], version: /version (\d+\.\d+\.\d+)/ },
];
const PROBE_TIMEOUT_MS = 5000;
/** The first executable of this name on PATH, without running anything. */
function findExecutable(name, path = process.env['PATH'] ?? '') {
    const extensions = (0,external_node_os_.platform)() === 'win32' ? (process.env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';') : [''];
    for (const folder of path.split(external_node_path_.delimiter)) {
        if (!folder)
            continue;
        for (const extension of extensions) {
            const candidate = (0,external_node_path_.join)(folder, name + extension);
            try {
                (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
                return candidate;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}
function probe(entry) {
    const executable = findExecutable(entry.executable);
    if (!executable)
        return Promise.resolve(undefined);
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(executable, entry.args, { timeout: PROBE_TIMEOUT_MS, encoding: 'utf8' }, (_error, stdout, stderr) => {
            // Some print their version on stderr (Rscript, Python 2).
            const match = entry.version.exec(`${stdout}\n${stderr}`);
            resolve(match ? [entry.name, match[1]] : undefined);
        });
    });
}
async function describeEnvironment(env = process.env) {
    const found = await Promise.all(PROBES.map(probe));
    const processors = (0,external_node_os_.cpus)();
    return {
        os: (0,external_node_os_.type)(),
        os_release: (0,external_node_os_.release)(),
        platform: (0,external_node_os_.platform)(),
        arch: (0,external_node_os_.arch)(),
        cpus: processors.length,
        cpu_model: processors[0]?.model.trim() || null,
        memory_bytes: (0,external_node_os_.totalmem)(),
        runner_image: env['ImageOS'] ? `${env['ImageOS']}${env['ImageVersion'] ? ` ${env['ImageVersion']}` : ''}` : null,
        runtimes: Object.fromEntries(found.filter((entry) => entry !== undefined)),
    };
}

;// CONCATENATED MODULE: ./src/train/command.ts
/**
 * Runs the project's training command the way a `run:` step would (bash with `-e -o pipefail`, or sh
 * where there is no bash), streaming its output live and keeping the last lines for the summary.
 *
 * The command gets a process group of its own, so a time limit, a cancelled run, or background
 * processes left behind stop the whole tree, grandchildren included: SIGTERM first, so a trainer can
 * save a checkpoint, then SIGKILL after a grace period.
 */





const IS_WINDOWS = process.platform === 'win32';
/** The shell a `run:` step would use here, with the command as its script. */
function shellInvocation(command) {
    if (IS_WINDOWS)
        return { file: process.env['ComSpec'] ?? 'cmd.exe', args: ['/d', '/s', '/c', command] };
    const bash = findExecutable('bash');
    if (bash)
        return { file: bash, args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] };
    return { file: '/bin/sh', args: ['-e', '-c', command] };
}
// CSI sequences (colours, cursor moves) and OSC sequences (titles, links).
const TERMINAL_CODES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)/g;
/** The last lines of a stream of text; a carriage return (progress bars) keeps what follows it. */
class LineTail {
    #limit;
    #lines = [];
    #partial = '';
    constructor(limit) {
        this.#limit = limit;
    }
    push(text) {
        const parts = (this.#partial + text).split('\n');
        this.#partial = parts.pop();
        for (const line of parts)
            this.#keep(line);
    }
    #keep(line) {
        const clean = line.replace(TERMINAL_CODES, '').split('\r').filter((part) => part !== '').pop() ?? '';
        this.#lines.push(clean.length > 500 ? `${clean.slice(0, 499)}…` : clean);
        if (this.#lines.length > this.#limit)
            this.#lines.shift();
    }
    lines() {
        if (this.#partial !== '') {
            this.#keep(this.#partial);
            this.#partial = '';
        }
        return [...this.#lines];
    }
}
function signalGroup(child, signal) {
    if (child.pid === undefined)
        return;
    try {
        if (IS_WINDOWS)
            (0,external_node_child_process_.spawnSync)('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
        else
            process.kill(-child.pid, signal);
    }
    catch {
        // The group is gone already.
    }
}
/**
 * Whether any process of the command's group still runs. On Linux the process table is read so that
 * zombies (exited, waiting for a parent that may never reap them, as in containers whose PID 1 does
 * not) do not count; elsewhere a signal 0 to the group tells.
 */
function groupAlive(child) {
    if (child.pid === undefined || IS_WINDOWS)
        return false;
    if (process.platform === 'linux') {
        try {
            return (0,external_node_fs_.readdirSync)('/proc').some((entry) => /^\d+$/.test(entry) && isLiveMember(`/proc/${entry}/stat`, child.pid));
        }
        catch {
            // No readable /proc: fall through.
        }
    }
    try {
        process.kill(-child.pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
function isLiveMember(statPath, group) {
    try {
        // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses, so read from the last ')'.
        const stat = (0,external_node_fs_.readFileSync)(statPath, 'utf8');
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(pgrp) === group && state !== 'Z' && state !== 'X';
    }
    catch {
        return false;
    }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function runCommand(options) {
    const { file, args } = shellInvocation(options.command);
    const graceMs = (options.graceSeconds ?? 10) * 1000;
    const tail = new LineTail(options.tailLines ?? 30);
    const stdout = options.stdout ?? process.stdout;
    const stderr = options.stderr ?? process.stderr;
    const startedAt = new Date();
    const started = performance.now();
    const child = (0,external_node_child_process_.spawn)(file, args, { cwd: options.cwd, env: options.env, detached: !IS_WINDOWS, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let timedOut = false;
    let cancelled = false;
    let killTimer;
    const stop = () => {
        signalGroup(child, 'SIGTERM');
        killTimer ??= setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    };
    const onCancel = () => {
        cancelled = true;
        stop();
    };
    process.on('SIGINT', onCancel).on('SIGTERM', onCancel);
    const timeoutTimer = options.timeoutSeconds !== undefined
        ? setTimeout(() => {
            timedOut = true;
            stop();
        }, options.timeoutSeconds * 1000)
        : undefined;
    for (const [stream, sink] of [[child.stdout, stdout], [child.stderr, stderr]]) {
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        stream.on('data', (chunk) => {
            sink.write(chunk);
            tail.push(decoder.write(chunk));
        });
    }
    const closed = new Promise((resolve) => child.on('close', () => resolve()));
    try {
        const [exitCode, signal] = await new Promise((resolve, reject) => {
            child.once('error', (error) => {
                reject(new errors/* UserError */.yo(`Cannot start the training command (${file}): ${error.message}`, undefined, { cause: error }));
            });
            child.once('exit', (code, sig) => resolve([code, sig]));
        });
        const durationSeconds = (performance.now() - started) / 1000;
        // Whatever the command started in the background would otherwise hold its output pipes open.
        const lingering = groupAlive(child);
        const strayProcesses = lingering && !timedOut && !cancelled;
        if (lingering) {
            stop();
            const deadline = Date.now() + graceMs + 2000;
            while (groupAlive(child) && Date.now() < deadline)
                await sleep(50);
        }
        await Promise.race([closed, sleep(2000)]);
        return { startedAt, durationSeconds, exitCode, signal, timedOut, cancelled, strayProcesses, tail: tail.lines() };
    }
    finally {
        clearTimeout(timeoutTimer);
        clearTimeout(killTimer);
        process.off('SIGINT', onCancel).off('SIGTERM', onCancel);
        child.stdout?.destroy();
        child.stderr?.destroy();
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/tabular/format.ts
var tabular_format = __webpack_require__(43214);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(51609);
;// CONCATENATED MODULE: ./src/tabular/count.ts




/** The tabular format of a file by its name, or undefined for anything else (no error). */
function tabularFormatOf(path) {
    try {
        return (0,tabular_format/* detectFormat */.Tz)(path);
    }
    catch {
        return undefined;
    }
}
/** Formats whose rows can be counted while streaming the text. */
function isStreamCountable(format) {
    return format === 'csv' || format === 'tsv' || format === 'jsonl';
}
/** Counts the data rows in decoded (not gzipped) text of a CSV, TSV or JSON Lines file. */
async function countTextRows(text, format, shownAs) {
    try {
        return format === 'jsonl' ? await countLines(text) : await countRecords(text, format);
    }
    catch (error) {
        const line = error.lines;
        throw new errors/* UserError */.yo(`${shownAs}${line ? `:${line}` : ''}: cannot count rows: ${error.message}`, { file: shownAs, line }, { cause: error });
    }
}
async function countLines(text) {
    let rows = 0;
    for await (const line of (0,external_node_readline_.createInterface)({ input: text, crlfDelay: Infinity }))
        if (line.trim() !== '')
            rows++;
    return rows;
}
async function countRecords(text, format) {
    const counter = new RecordCounter(format === 'tsv' ? 0x09 : 0x2c);
    for await (const chunk of text)
        counter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    // The first record is the header.
    return Math.max(0, counter.end() - 1);
}
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/**
 * Counts CSV records the way csv-parse reads them (RFC 4180 quoting, LF, CRLF or CR line ends, empty
 * lines skipped, a leading BOM ignored) and rejects what csv-parse rejects (a quote inside an unquoted
 * field, text after a closing quote), without building the records: a byte scan, some ten times
 * faster than parsing, which matters on the gigabytes a training set can be. Checked against
 * csv-parse on generated input in test/tabular/count.test.ts.
 */
class RecordCounter {
    #delimiter;
    #records = 0;
    #line = 1;
    /** The first bytes, held until it is clear whether they are a byte order mark. */
    #head = Buffer.alloc(0);
    #inQuotes = false;
    /** A quote inside a quoted field: the next byte says whether it closed the field or was doubled. */
    #quotePending = false;
    #fieldStart = true;
    #lineHasContent = false;
    #carriageReturn = false;
    /** Line where the open quoted field began. */
    #quoteLine = 0;
    constructor(delimiter) {
        this.#delimiter = delimiter;
    }
    push(chunk) {
        if (this.#head) {
            const head = Buffer.concat([this.#head, chunk]);
            if (head.length < BOM.length && BOM.subarray(0, head.length).equals(head)) {
                this.#head = head;
                return;
            }
            this.#head = undefined;
            chunk = head.subarray(0, BOM.length).equals(BOM) ? head.subarray(BOM.length) : head;
        }
        for (let index = 0; index < chunk.length; index++)
            this.#byte(chunk[index]);
    }
    /** The number of records, header included. */
    end() {
        if (this.#head) {
            const head = this.#head;
            this.#head = undefined;
            for (const byte of head)
                this.#byte(byte);
        }
        if (this.#inQuotes && !this.#quotePending) {
            throw Object.assign(new Error(`Quote Not Closed: the quoted field opened on line ${this.#quoteLine} runs to the end of the file`), { lines: this.#quoteLine });
        }
        this.#inQuotes = false;
        this.#quotePending = false;
        this.#carriageReturn = false;
        if (this.#lineHasContent)
            this.#records++;
        this.#lineHasContent = false;
        return this.#records;
    }
    #byte(byte) {
        if (this.#carriageReturn) {
            this.#carriageReturn = false;
            this.#endLine();
            if (byte === LF)
                return;
        }
        if (this.#quotePending) {
            this.#quotePending = false;
            if (byte === QUOTE)
                return;
            this.#inQuotes = false;
            if (byte !== this.#delimiter && byte !== LF && byte !== CR)
                throw this.#error('Invalid Closing Quote: text follows the closing quote of a field');
        }
        else if (this.#inQuotes) {
            if (byte === QUOTE)
                this.#quotePending = true;
            else if (byte === LF)
                this.#line++;
            return;
        }
        if (byte === LF) {
            this.#endLine();
        }
        else if (byte === CR) {
            this.#carriageReturn = true;
        }
        else if (byte === this.#delimiter) {
            this.#lineHasContent = true;
            this.#fieldStart = true;
        }
        else if (byte === QUOTE) {
            if (!this.#fieldStart)
                throw this.#error('Invalid Opening Quote: a quote inside an unquoted field');
            this.#inQuotes = true;
            this.#quoteLine = this.#line;
            this.#lineHasContent = true;
            this.#fieldStart = false;
        }
        else {
            this.#lineHasContent = true;
            this.#fieldStart = false;
        }
    }
    #endLine() {
        if (this.#lineHasContent)
            this.#records++;
        this.#lineHasContent = false;
        this.#fieldStart = true;
        this.#line++;
    }
    #error(message) {
        return Object.assign(new Error(message), { lines: this.#line });
    }
}
/** The row count a Parquet file's footer records. */
async function parquetRowCount(path, shownAs = path) {
    try {
        const metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(await (0,node/* asyncBufferFromFile */.Rv)(path));
        return Number(metadata.num_rows);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${shownAs}: not a readable Parquet file (${error.message})`, { file: shownAs }, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/train/digest.ts
/**
 * Content digests of the files a run read and wrote. Data files are hashed and their rows counted in
 * one pass over the bytes; a folder of model files gets one combined digest, the SHA-256 of its
 * `sha256sum`-style manifest, so `find model -type f | LC_ALL=C sort | xargs sha256sum | sha256sum`
 * reproduces it from the shell (paths as the manifest lists them, relative to the working directory).
 */








async function digestFile(absolute, path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(absolute)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { path, sha256: hash.digest('hex'), bytes };
}
/** Hash, size and row count of a data file, reading its bytes once (Parquet: plus its footer). */
async function digestDataFile(absolute, path) {
    const format = tabularFormatOf(absolute);
    if (!isStreamCountable(format)) {
        const digest = await digestFile(absolute, path);
        return { ...digest, format: format ?? null, rows: format === 'parquet' ? await parquetRowCount(absolute, path) : null };
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const text = new external_node_stream_.PassThrough();
    let decoded = text;
    if ((0,tabular_format/* isGzipped */.WV)(absolute)) {
        const gunzip = (0,external_node_zlib_.createGunzip)();
        decoded = text.pipe(gunzip);
    }
    // When counting fails, stop reading: the caller falls back to hashing alone.
    const counting = countTextRows(decoded, format, path).catch((error) => {
        text.destroy();
        throw error;
    });
    const hashing = (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(absolute), async function* (source) {
        for await (const chunk of source) {
            hash.update(chunk);
            bytes += chunk.length;
            yield chunk;
        }
    }, text);
    const [rows] = await Promise.all([counting, hashing]);
    return { path, sha256: hash.digest('hex'), bytes, format, rows };
}
/** One digest for a set of files: SHA-256 of `<sha256>  <path>\n` lines in byte order of path. */
function combinedDigest(files) {
    const manifest = [...files]
        .sort((a, b) => (0,shared_files/* byteOrder */.Tz)(a.path, b.path))
        .map((file) => `${file.sha256}  ${file.path}\n`)
        .join('');
    return (0,external_node_crypto_.createHash)('sha256').update(manifest).digest('hex');
}

// EXTERNAL MODULE: ./src/shared/params.ts
var shared_params = __webpack_require__(44215);
// EXTERNAL MODULE: ./src/shared/metadata.ts
var metadata = __webpack_require__(10452);
;// CONCATENATED MODULE: ./src/train/record.ts
/**
 * The run record: everything needed to tell what produced a model and to reproduce it. Its published
 * JSON Schema is schemas/run-record.schema.json; keep the two in step.
 */




const RUN_RECORD_FORMAT = 'ml-actions/run-record@1';
function toolVersion() {
    try {
        const path = (0,external_node_path_.join)((0,metadata/* toolkitRoot */.FM)(), 'package.json');
        return (0,external_node_fs_.existsSync)(path) ? JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')).version ?? 'unknown' : 'unknown';
    }
    catch {
        return 'unknown';
    }
}
function writeRunRecord(path, record) {
    (0,shared_files/* writeFileAtomic */.Zf)(path, `${JSON.stringify(record, null, 2)}\n`);
}
/** A run record read back (from the cache); undefined when the file is missing or not one. */
function readRunRecord(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        const data = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return data.format === RUN_RECORD_FORMAT ? data : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/train/train.ts
/**
 * One training run, start to finish: gather the lineage (params, data, code, seed, environment),
 * consult the run cache, run the command (or restore its outputs), read metrics and digest the model,
 * write the run record, save to the cache and upload the artifact.
 *
 * Progress is written into a `TrainProgress` as it is made, so that when a step fails the summary can
 * still show what ran and how it ended.
 */


















const DATA_DIGEST_CONCURRENCY = 4;
/** `/`-separated path of `path` relative to `from` ('.' for the folder itself). */
function relativePath(from, path) {
    return (0,external_node_path_.relative)(from, path).split(external_node_path_.sep).join('/') || '.';
}
function layout(options, workspace) {
    const workingDirectory = (0,shared_files/* resolveInWorkspace */.z1)(options.workingDirectory, workspace);
    if (!(0,external_node_fs_.existsSync)(workingDirectory) || !(0,external_node_fs_.statSync)(workingDirectory).isDirectory()) {
        throw new errors/* ConfigurationError */.j1('working-directory', `names ${options.workingDirectory}, which is not a folder in the workspace`);
    }
    const inside = (path) => (0,external_node_path_.resolve)(workingDirectory, path);
    const model = options.model.map(inside);
    for (const [index, path] of model.entries()) {
        if (path === workingDirectory || path === workspace)
            throw new errors/* ConfigurationError */.j1('model', `"${options.model[index]}" is the whole working directory; name the model file or folder`);
    }
    return {
        workspace,
        workingDirectory,
        params: options.params ? inside(options.params) : undefined,
        metrics: inside(options.metrics),
        model,
        record: inside(options.record),
    };
}
/** Expands the data globs; a pattern that matches nothing is an error, not an empty list. */
async function findDataFiles(patterns, workingDirectory, workspace) {
    const negated = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => `!${(0,external_node_path_.resolve)(workingDirectory, pattern.slice(1))}`);
    const files = new Set();
    for (const pattern of patterns.filter((candidate) => !candidate.startsWith('!'))) {
        const globber = await glob/* create */.v([(0,external_node_path_.resolve)(workingDirectory, pattern), ...negated].join('\n'), { matchDirectories: false });
        const matched = await globber.glob();
        if (matched.length === 0)
            throw new errors/* ConfigurationError */.j1('data', `pattern "${pattern}" matched no files in ${relativePath(workspace, workingDirectory)}`);
        for (const file of matched)
            files.add(file);
    }
    return [...files].sort();
}
async function digestData(files, workingDirectory) {
    const results = new Array(files.length);
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const index = next++;
            const file = files[index];
            const path = relativePath(workingDirectory, file);
            try {
                results[index] = await digestDataFile(file, path);
            }
            catch (error) {
                if (!(error instanceof errors/* UserError */.yo))
                    throw error;
                // Counting rows is a courtesy; the digest is what matters.
                core/* warning */.$e(`${error.message}; its row count is left out`);
                results[index] = { ...(await digestFile(file, path)), format: null, rows: null };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(DATA_DIGEST_CONCURRENCY, files.length) }, worker));
    return results;
}
async function digestModel(paths, workingDirectory, shown) {
    if (paths.length === 0)
        return null;
    const files = [];
    for (const path of paths) {
        const found = (0,shared_files/* listFiles */.CS)(path);
        if (!found)
            throw new errors/* UserError */.yo(`The training command did not write ${shown(path)} (input "model")`, { file: shown(path) });
        if (found.length === 0)
            core/* warning */.$e(`The model folder ${shown(path)} is empty`);
        for (const file of found)
            files.push(await digestFile(file, relativePath(workingDirectory, file)));
    }
    return {
        paths: paths.map((path) => relativePath(workingDirectory, path)),
        digest: combinedDigest(files),
        bytes: files.reduce((total, file) => total + file.bytes, 0),
        files,
    };
}
function readMetrics(path, shownAs) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.yo(`The training command did not write its metrics file ${shownAs} (input "metrics")`, { file: shownAs });
    const metrics = Object.fromEntries(Object.entries((0,shared_metrics/* readMetricsFile */._c)(path, shownAs).values).map(([name, metric]) => [name, metric.value]));
    if (Object.keys(metrics).length === 0)
        core/* warning */.$e(`${shownAs} holds no numbers: the run has no metrics to report`);
    return metrics;
}
/**
 * What the output files were before the command ran (inode, size, modification time in ns), to tell a
 * file the command wrote from one that was already there: a committed metrics.json, a model folder
 * left by an earlier step.
 */
function outputSignatures(paths) {
    const signatures = new Map();
    for (const file of [paths.metrics, ...paths.model.flatMap((path) => (0,shared_files/* listFiles */.CS)(path) ?? [])]) {
        const stats = (0,external_node_fs_.statSync)(file, { bigint: true, throwIfNoEntry: false });
        if (stats)
            signatures.set(file, `${stats.ino}:${stats.size}:${stats.mtimeNs}`);
    }
    return signatures;
}
function checkRewritten(before, after, paths, shown) {
    const unchanged = (file) => before.has(file) && before.get(file) === after.get(file);
    if (unchanged(paths.metrics)) {
        throw new errors/* UserError */.yo(`The training command did not write its metrics file ${shown(paths.metrics)} (input "metrics"): the file there is the one from before it ran`, { file: shown(paths.metrics) });
    }
    for (const path of paths.model) {
        const files = (0,shared_files/* listFiles */.CS)(path) ?? [];
        if (files.length > 0 && files.every(unchanged))
            core/* warning */.$e(`The training command did not change any file in ${shown(path)}: the model recorded is the one from before it ran`);
    }
}
/** The variables a `run:` step would get, plus the run's own; never the runner's service tokens. */
function commandEnvironment(env, extra) {
    const child = {};
    for (const [name, value] of Object.entries(env)) {
        // The runner gives these to actions only: a run step sees neither inputs nor the service tokens.
        if (name.startsWith('INPUT_') || /^ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|RESULTS_URL|CACHE_URL|CACHE_SERVICE_V2)$/.test(name))
            continue;
        child[name] = value;
    }
    return { ...child, ...extra };
}
function commandStatus(result) {
    if (result.cancelled)
        return 'cancelled';
    if (result.timedOut)
        return 'timed-out';
    return result.exitCode === 0 ? 'succeeded' : 'failed';
}
function describeFailure(result, options) {
    if (result.cancelled)
        return 'The run was cancelled; the training command and everything it started were stopped';
    if (result.timedOut) {
        return `The training command did not finish within the ${options.timeoutSeconds} s timeout; it and every process it started were stopped (SIGTERM, then SIGKILL after ${options.graceSeconds ?? 10} s)`;
    }
    if (result.signal)
        return `The training command was ended by ${result.signal}`;
    return `The training command failed with exit code ${result.exitCode}`;
}
/** Checks a cache hit before trusting it: the restored files must be the ones the cached run recorded. */
function checkRestored(previous, model) {
    if (!previous)
        return 'the restored run record is missing or unreadable';
    if ((previous.model?.digest ?? null) !== (model?.digest ?? null)) {
        return 'the restored model files differ from the cached run record (files already in the model folder that the cached run did not write?)';
    }
    return undefined;
}
async function train(options, context, progress, env = process.env) {
    const workspace = (0,external_node_path_.resolve)(context.workspace);
    const paths = layout(options, workspace);
    const shown = (path) => relativePath(workspace, path);
    const runId = (0,external_node_crypto_.randomUUID)();
    progress.recordPath = paths.record;
    const lineage = await (0,log/* group */.Os)('Lineage: params, data, code, environment', async () => {
        const params = paths.params ? (0,shared_params/* readParamsFile */.r)(paths.params, shown(paths.params)) : {};
        const dataFiles = options.data.length > 0 ? await findDataFiles(options.data, paths.workingDirectory, workspace) : [];
        const data = await digestData(dataFiles, paths.workingDirectory);
        const exclude = [...paths.model, paths.metrics, paths.record, ...dataFiles, ...(paths.params ? [paths.params] : [])];
        const [code, environment] = await Promise.all([codeState(paths.workingDirectory, { pathspecs: options.code, exclude }), describeEnvironment(env)]);
        core/* info */.pq(`${Object.keys(params).length} param(s), ${data.length} data file(s), ${code ? `${code.files} tracked code file(s)` : 'no git checkout'}`);
        return { params, data, code, environment };
    });
    const seed = options.seed === 'random' ? (0,external_node_crypto_.randomInt)(0, 2 ** 31 - 1) : options.seed;
    const cache = { enabled: false, key: null, hit: false, miss_reason: null, restored_from: null, saved: null };
    let key;
    if (options.cache) {
        const problem = cacheServiceProblem();
        if (problem)
            core/* warning */.$e(`The run cache is off for this run: ${problem}`);
        else if (options.seed === 'random')
            core/* warning */.$e('The run cache is off for this run: with seed: random no two runs are alike, so none could be reused');
        else if (!lineage.code)
            core/* warning */.$e('The run cache is off for this run: the working directory is not in a git checkout, so there is no telling which code would train the model (add actions/checkout)');
        else {
            key = cacheKeyFor(options, paths, seed, lineage);
            Object.assign(cache, { enabled: true, key: key.key });
            progress.cacheKey = key.key;
        }
    }
    const cachePaths = [...paths.model, paths.metrics, paths.record];
    const startedAt = new Date();
    const started = performance.now();
    let previous;
    let result;
    let model = null;
    if (key) {
        const restored = await (0,log/* group */.Os)(`Run cache: looking up ${key.key}`, () => restoreCache(cachePaths, key.key));
        if (restored.hit) {
            previous = readRunRecord(paths.record);
            model = await digestModel(paths.model, paths.workingDirectory, shown);
            const distrust = (0,external_node_fs_.existsSync)(paths.metrics) ? checkRestored(previous, model) : 'the restored metrics file is missing';
            if (distrust) {
                core/* warning */.$e(`Not using the cached run: ${distrust}. Training instead.`);
                cache.miss_reason = distrust;
                previous = undefined;
            }
            else {
                cache.hit = true;
                cache.restored_from = { run_id: previous.run_id, started_at: previous.started_at, duration_seconds: previous.duration_seconds, git_sha: previous.git.sha };
                core/* info */.pq(`Cache hit: the outputs of run ${previous.run_id} were restored; the training command is skipped`);
            }
        }
        else {
            const nearest = await restoreCache(cachePaths, key.key, { restoreKeys: key.prefixes, lookupOnly: true });
            cache.miss_reason = missReason(key.key, nearest.matchedKey);
            core/* info */.pq(`Cache miss: ${cache.miss_reason}`);
        }
    }
    const before = cache.hit ? undefined : outputSignatures(paths);
    if (!cache.hit) {
        core/* info */.pq(`Running: ${options.run}`);
        result = await runCommand({
            command: options.run,
            cwd: paths.workingDirectory,
            env: commandEnvironment(env, {
                ML_SEED: String(seed),
                PYTHONHASHSEED: String(seed),
                ML_RUN_ID: runId,
                ML_METRICS: paths.metrics,
                ...(paths.params ? { ML_PARAMS: paths.params } : {}),
                ...(paths.model.length > 0 ? { ML_MODEL: paths.model[0] } : {}),
            }),
            timeoutSeconds: options.timeoutSeconds,
            graceSeconds: options.graceSeconds,
        });
        progress.tail = result.tail;
        if (result.strayProcesses)
            core/* warning */.$e('The training command left processes running after it exited; they were stopped');
    }
    const durationSeconds = result ? result.durationSeconds : (performance.now() - started) / 1000;
    const status = result ? commandStatus(result) : 'cached';
    const record = {
        format: 'ml-actions/run-record@1',
        run_id: runId,
        status,
        command: options.run,
        working_directory: shown(paths.workingDirectory),
        started_at: (result?.startedAt ?? startedAt).toISOString(),
        finished_at: new Date().toISOString(),
        duration_seconds: Number(durationSeconds.toFixed(3)),
        exit_code: result?.exitCode ?? null,
        signal: result?.signal ?? null,
        seed,
        git: gitSection(lineage.code, context),
        github: {
            repository: context.repository ? `${context.repository.owner}/${context.repository.repo}` : null,
            run_id: context.runId || null,
            run_attempt: context.runId ? context.runAttempt : null,
            run_url: context.runUrl ?? null,
            workflow: context.workflow || null,
            job: context.job || null,
            event: context.eventName || null,
            actor: context.actor || null,
        },
        params_file: paths.params ? relativePath(paths.workingDirectory, paths.params) : null,
        params: lineage.params,
        metrics_file: relativePath(paths.workingDirectory, paths.metrics),
        metrics: {},
        data: lineage.data,
        model: null,
        cache,
        environment: lineage.environment,
        tool: { name: 'ml-actions/train', version: toolVersion() },
    };
    progress.record = record;
    if (status !== 'succeeded' && status !== 'cached') {
        writeRunRecord(paths.record, record);
        progress.failure = describeFailure(result, options);
        return;
    }
    if (before)
        checkRewritten(before, outputSignatures(paths), paths, shown);
    record.metrics = readMetrics(paths.metrics, shown(paths.metrics));
    record.model = status === 'cached' ? model : await digestModel(paths.model, paths.workingDirectory, shown);
    writeRunRecord(paths.record, record);
    if (key && !cache.hit) {
        const saved = await (0,log/* group */.Os)('Run cache: saving the outputs', () => saveCache(cachePaths, key.key));
        cache.saved = saved.saved;
        writeRunRecord(paths.record, record);
    }
    if (options.upload) {
        const problem = (0,artifacts/* artifactServiceProblem */.rr)(env);
        if (problem) {
            core/* warning */.$e(`The model artifact is not uploaded: ${problem}`);
        }
        else {
            const files = [...paths.model, paths.metrics, paths.record];
            progress.artifact = await (0,log/* group */.Os)(`Uploading artifact ${options.artifactName}`, () => (0,artifacts/* uploadArtifact */.mz)({ name: options.artifactName, root: commonRoot([paths.workingDirectory, ...files]), paths: files, retentionDays: options.retentionDays }));
        }
    }
}
function cacheKeyFor(options, paths, seed, lineage) {
    const fromWorkspace = (path) => relativePath(paths.workspace, path);
    return runCacheKey({
        environment: { platform: lineage.environment.platform, arch: lineage.environment.arch, runtimes: lineage.environment.runtimes },
        command: {
            run: options.run,
            workingDirectory: fromWorkspace(paths.workingDirectory),
            seed,
            model: paths.model.map(fromWorkspace),
            metrics: fromWorkspace(paths.metrics),
            extra: options.cacheKey ?? '',
        },
        params: lineage.params,
        data: lineage.data.map((file) => [file.path, file.sha256]),
        code: lineage.code?.digest ?? null,
    });
}
function gitSection(code, context) {
    return {
        sha: code?.sha ?? (/^[0-9a-f]{40,64}$/.test(context.sha) ? context.sha : null),
        ref: context.ref || null,
        dirty: code ? code.changed.length > 0 : null,
        changed_files: code?.changed ?? [],
        code_digest: code?.digest ?? null,
        code_files: code?.files ?? null,
    };
}
/** The deepest folder that holds all the paths. */
function commonRoot(paths) {
    const split = paths.map((path) => (0,external_node_path_.resolve)(path).split(external_node_path_.sep));
    const first = split[0];
    let length = first.length;
    for (const parts of split.slice(1)) {
        let index = 0;
        while (index < length && index < parts.length && parts[index] === first[index])
            index++;
        length = index;
    }
    const root = first.slice(0, length).join(external_node_path_.sep);
    return root === '' || !(0,external_node_path_.isAbsolute)(root) ? external_node_path_.sep : root;
}

;// CONCATENATED MODULE: ./src/train/action.ts







function parseSeed(raw) {
    if (raw === 'random')
        return 'random';
    if (!/^\d+$/.test(raw))
        throw new errors/* ConfigurationError */.j1('seed', `must be a whole number from 0 to 4294967295, or "random"; got "${raw}"`);
    return (0,inputs/* parseNumber */.$J)(raw, 'seed', { integer: true, min: 0, max: 4294967295 });
}
/* harmony default export */ const train_action = ((0,action/* defineAction */.QP)({
    name: 'train',
    inputs: {
        run: inputs/* input */.hF.string({ required: true }),
        'working-directory': inputs/* input */.hF.string({ defaulted: true }),
        params: inputs/* input */.hF.string(),
        metrics: inputs/* input */.hF.string({ defaulted: true }),
        model: inputs/* input */.hF.list(),
        data: inputs/* input */.hF.list(),
        seed: inputs/* input */.hF.string({ defaulted: true }),
        cache: inputs/* input */.hF.boolean({ defaulted: true }),
        'cache-key': inputs/* input */.hF.string(),
        code: inputs/* input */.hF.list(),
        'artifact-name': inputs/* input */.hF.string({ defaulted: true }),
        upload: inputs/* input */.hF.boolean({ defaulted: true }),
        'retention-days': inputs/* input */.hF.integer({ min: 1, max: 90 }),
        timeout: inputs/* input */.hF.duration(),
        record: inputs/* input */.hF.string({ defaulted: true }),
    },
    outputs: ['run-id', 'status', 'metrics', 'cache-hit', 'cache-key', 'model-digest', 'artifact-id', 'artifact-url', 'record'],
    async run({ inputs, run, setOutput }) {
        const seed = parseSeed(inputs.seed);
        if (inputs.upload)
            (0,artifacts/* checkArtifactName */.CN)(inputs['artifact-name'], 'artifact-name');
        if (inputs.timeout !== undefined && inputs.timeout <= 0)
            throw new errors/* ConfigurationError */.j1('timeout', 'must be longer than zero');
        const progress = {};
        let problem;
        try {
            await train({
                run: inputs.run,
                workingDirectory: inputs['working-directory'],
                params: inputs.params,
                metrics: inputs.metrics,
                model: inputs.model ?? [],
                data: inputs.data ?? [],
                seed,
                cache: inputs.cache,
                cacheKey: inputs['cache-key'],
                code: inputs.code ?? [],
                artifactName: inputs['artifact-name'],
                upload: inputs.upload,
                retentionDays: inputs['retention-days'],
                timeoutSeconds: inputs.timeout,
                record: inputs.record,
            }, run, progress);
        }
        catch (error) {
            problem = (0,errors/* errorMessage */.gJ)(error);
            throw error;
        }
        finally {
            const { record } = progress;
            if (record) {
                setOutput('run-id', record.run_id);
                setOutput('record', progress.recordPath);
            }
            if (progress.cacheKey)
                setOutput('cache-key', progress.cacheKey);
            if (record) {
                setOutput('status', record.status);
                setOutput('cache-hit', record.cache.hit);
                if (!problem && !progress.failure) {
                    setOutput('metrics', record.metrics);
                    setOutput('model-digest', record.model?.digest);
                }
                await core/* summary */.z.addRaw(renderSummary({ record, tail: progress.tail, artifact: progress.artifact, problem: problem ?? progress.failure })).write();
            }
            if (progress.artifact) {
                setOutput('artifact-id', progress.artifact.id);
                setOutput('artifact-url', progress.artifact.url);
            }
        }
        if (progress.failure)
            throw new errors/* ActionFailed */.ij(progress.failure);
    },
}));


/***/ })

};
