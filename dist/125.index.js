export const id = 125;
export const ids = [125];
export const modules = {

/***/ 9125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ gate_action)
});

// EXTERNAL MODULE: ./src/shared/action.ts
var action = __webpack_require__(1771);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/files.ts
var shared_files = __webpack_require__(38590);
// EXTERNAL MODULE: ./src/shared/params.ts
var shared_params = __webpack_require__(44215);
// EXTERNAL MODULE: ./src/shared/github.ts
var github = __webpack_require__(36654);
// EXTERNAL MODULE: ./src/shared/log.ts
var log = __webpack_require__(21827);
// EXTERNAL MODULE: ./src/shared/metrics.ts
var shared_metrics = __webpack_require__(15044);
// EXTERNAL MODULE: ./src/shared/context.ts
var context = __webpack_require__(50082);
;// CONCATENATED MODULE: ./src/registry/alias-document.ts
/**
 * The alias record the github and local registries keep per model: where each alias points now,
 * and the append-only history of every move (who, when, why). One JSON document, written whole,
 * so the aliases and their history never disagree.
 */

const ALIAS_DOCUMENT_FORMAT = 'ml-actions/model-aliases@1';
function emptyAliasDocument(model) {
    return { format: ALIAS_DOCUMENT_FORMAT, model, aliases: {}, history: [] };
}
function parseAliasDocument(text, where, model) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${where}: the model registry's alias file is not JSON (${error.message}); fix or restore it from its history`);
    }
    const document = data;
    if (document?.format !== ALIAS_DOCUMENT_FORMAT || typeof document.aliases !== 'object' || !Array.isArray(document.history)) {
        throw new errors/* UserError */.yo(`${where}: not an ml-actions alias file (expected "format": "${ALIAS_DOCUMENT_FORMAT}")`);
    }
    return { format: ALIAS_DOCUMENT_FORMAT, model: document.model ?? model, aliases: document.aliases ?? {}, history: document.history };
}
/**
 * Applies the moves (skipping ones that change nothing) and appends one history entry per move.
 * A move with `previousAlias` hands the version it displaces to that alias.
 */
function applyMoves(document, moves, context) {
    const aliases = { ...document.aliases };
    const history = [...document.history];
    const applied = [];
    const queue = [...moves];
    for (let move = queue.shift(); move; move = queue.shift()) {
        const from = aliases[move.alias]?.version ?? null;
        if (from === move.version)
            continue;
        if (move.previousAlias && from !== null)
            queue.unshift({ alias: move.previousAlias, version: from });
        aliases[move.alias] = { version: move.version, since: context.at, by: context.by, reason: context.reason };
        history.push({ at: context.at, alias: move.alias, version: move.version, from, by: context.by, reason: context.reason, ...(context.run_url ? { run_url: context.run_url } : {}), ...(context.commit ? { commit: context.commit } : {}) });
        applied.push({ alias: move.alias, version: move.version, from });
    }
    return { document: { ...document, aliases, history }, applied };
}
function renderAliasDocument(document) {
    return `${JSON.stringify(document, null, 2)}\n`;
}
/** "iris: champion → v4 (was v3), previous → v3": the commit message of a move. */
function describeMoves(model, applied, reason) {
    const moves = applied.map((move) => `${move.alias} → v${move.version}${move.from ? ` (was v${move.from})` : ''}`).join(', ');
    return `${model}: ${moves}\n\n${reason}`;
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./src/registry/model-files.ts
/**
 * The model as files on disk: a single file or a folder, each file with its size and sha256, and
 * one digest over all of them that does not depend on the order the file system lists them in.
 */





// Version-control and OS litter is not part of a model.
const IGNORED = new Set(['.git', '.DS_Store', '__pycache__']);
function hashFile(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => resolve(hash.digest('hex')))
            .on('error', reject);
    });
}
function walk(root, folder, into) {
    for (const entry of (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true })) {
        if (IGNORED.has(entry.name))
            continue;
        const path = (0,external_node_path_.join)(folder, entry.name);
        if (entry.isDirectory())
            walk(root, path, into);
        else if (entry.isFile())
            into.push(path);
    }
}
function digestOf(files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
        hash.update(`${file.path}\0${file.sha256}\n`);
    return `sha256:${hash.digest('hex')}`;
}
/** Reads the files of a model (or of data: `what` names it in errors). */
async function readModelFiles(path, shownAs = path, what = 'model') {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.yo(`${shownAs}: ${what} not found${what === 'model' ? ' (the `model` input names a file or folder)' : ''}`, { file: shownAs });
    const stat = (0,external_node_fs_.statSync)(path);
    const kind = stat.isDirectory() ? 'directory' : 'file';
    const absolutes = [];
    if (kind === 'directory')
        walk(path, path, absolutes);
    else
        absolutes.push(path);
    if (absolutes.length === 0)
        throw new errors/* UserError */.yo(`${shownAs}: the ${what} folder is empty`, { file: shownAs });
    const files = [];
    for (const absolute of absolutes.sort()) {
        files.push({
            path: kind === 'directory' ? (0,external_node_path_.relative)(path, absolute).split(external_node_path_.sep).join('/') : (0,external_node_path_.basename)(absolute),
            absolute,
            bytes: (0,external_node_fs_.statSync)(absolute).size,
            sha256: await hashFile(absolute),
        });
    }
    return { root: path, kind, files, bytes: files.reduce((sum, file) => sum + file.bytes, 0), digest: digestOf(files) };
}
/** Figures a policy's guardrails may bound: model.bytes, model.size_mb (MiB), model.files. */
function modelFigures(model) {
    return { 'model.bytes': model.bytes, 'model.size_mb': model.bytes / 1_048_576, 'model.files': model.files.length };
}
/** A folder model as one zip archive (paths kept), for registries that store single files. */
function zipModel(model) {
    const entries = {};
    for (const file of model.files)
        entries[file.path] = (0,external_node_fs_.readFileSync)(file.absolute);
    return (0,esm/* zipSync */.L)(entries, { level: 6 });
}

;// CONCATENATED MODULE: ./src/registry/types.ts
const VERSION_METADATA_FORMAT = 'ml-actions/model-version@1';
/** The alias that keeps the version an alias held before, for one-step rollback. */
function previousAliasOf(alias) {
    return alias === 'champion' ? 'previous' : `${alias}-previous`;
}
/** Moves `alias` to `version`; the version it held before keeps the previous alias. */
function promotionOf(alias, version) {
    return { alias, version, previousAlias: previousAliasOf(alias) };
}
const RESERVED_ALIAS = /^(latest|v\d+)$/i;
/** Alias names every registry accepts (MLflow reserves `latest` and `v<N>`). */
function aliasProblem(alias) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(alias))
        return 'may hold only letters, digits, ".", "_" and "-", starting with a letter or digit';
    if (RESERVED_ALIAS.test(alias))
        return 'is reserved (MLflow keeps `latest` and `v<N>` for itself)';
    return undefined;
}
/** Which version an alias pointed at, at a moment: the question "what was in production last Tuesday". */
function aliasAt(history, alias, when) {
    let version;
    const ordered = [...history].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
    for (const event of ordered) {
        if (event.alias !== alias)
            continue;
        if (new Date(event.at).getTime() > when.getTime())
            break;
        version = event.version;
    }
    return version;
}
function tagOf(name, version) {
    return `model/${name}/v${version}`;
}
/** Metric values of a version's metadata, for champion comparisons. */
function metricValues(metadata) {
    return Object.fromEntries(Object.entries(metadata.metrics ?? {}).map(([name, metric]) => [name, typeof metric?.value === 'number' ? metric.value : null]));
}

;// CONCATENATED MODULE: ./src/registry/github.ts
/**
 * The model registry in the repository itself, needing no other service:
 *
 * - every version is a GitHub Release tagged `model/<name>/v<N>` on the commit that produced it,
 *   with the model (a single file as is, a folder as `<name>-v<N>.zip`), `model-card.md` and
 *   `metadata.json` as assets; the release text is the model card. It is never marked "latest",
 *   so the repository's software releases keep that place;
 * - aliases live in `models/<name>/aliases.json` on the `ml-registry` branch: where each alias points
 *   and the append-only history of every move. Each move is one commit, so `git log` of that file
 *   is a second, tamper-evident record.
 *
 * A release is created as a draft, filled, then published, so a version is seen whole or not at all.
 */







const DEFAULT_REGISTRY_BRANCH = 'ml-registry';
const METADATA_ASSET = 'metadata.json';
const CARD_ASSET = 'model-card.md';
const MAX_VERSION_ATTEMPTS = 5;
const MAX_WRITE_ATTEMPTS = 4;
// GitHub refuses release bodies longer than this.
const RELEASE_BODY_LIMIT = 125_000;
class GitHubRegistry {
    type = 'github';
    branch;
    octokit;
    options;
    constructor(octokit, options) {
        this.octokit = octokit;
        this.options = options;
        this.branch = options.branch ?? DEFAULT_REGISTRY_BRANCH;
    }
    get repo() {
        return { owner: this.options.owner, repo: this.options.repo };
    }
    aliasesPath(name) {
        return `models/${name}/aliases.json`;
    }
    // -------------------------------------------------------------------------------------------
    // Aliases
    async readFile(path) {
        try {
            const response = await this.octokit.rest.repos.getContent({ ...this.repo, path, ref: this.branch });
            const data = response.data;
            if (Array.isArray(response.data) || data.type !== 'file')
                throw new errors/* UserError */.yo(`${path} on branch ${this.branch} is not a file`);
            const text = data.encoding === 'base64' || data.content !== undefined ? Buffer.from(data.content ?? '', 'base64').toString('utf8') : '';
            return { text, sha: data.sha };
        }
        catch (error) {
            if ((0,github/* httpStatus */.nG)(error) === 404)
                return undefined;
            throw (0,github/* explainPermissionError */.n_)(error, 'contents: read', `read ${path} on branch ${this.branch}`);
        }
    }
    async readAliases(name) {
        const path = this.aliasesPath(name);
        const file = await this.readFile(path);
        if (!file)
            return { document: emptyAliasDocument(name) };
        return { document: parseAliasDocument(file.text, `${path} on branch ${this.branch}`, name), sha: file.sha };
    }
    async ensureBranch() {
        try {
            await this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${this.branch}` });
            return;
        }
        catch (error) {
            if ((0,github/* httpStatus */.nG)(error) !== 404)
                throw (0,github/* explainPermissionError */.n_)(error, 'contents: read', `read branch ${this.branch}`);
        }
        try {
            await this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${this.branch}`, sha: this.options.commit });
            core/* info */.pq(`Created branch ${this.branch} for the model registry's aliases`);
        }
        catch (error) {
            // Created meanwhile by a concurrent run: fine.
            if ((0,github/* httpStatus */.nG)(error) === 422 && /already exists/i.test(error.message))
                return;
            throw (0,github/* explainPermissionError */.n_)(error, 'contents: write', `create branch ${this.branch} for the model registry`);
        }
    }
    async moveAliases(name, moves, context) {
        await this.ensureBranch();
        const path = this.aliasesPath(name);
        for (let attempt = 1;; attempt++) {
            const { document, sha } = await this.readAliases(name);
            const { document: updated, applied } = applyMoves(document, moves, context);
            if (applied.length === 0)
                return applied;
            try {
                await this.octokit.rest.repos.createOrUpdateFileContents({
                    ...this.repo,
                    path,
                    branch: this.branch,
                    message: describeMoves(name, applied, `${context.reason}\n\nBy ${context.by}${context.run_url ? ` in ${context.run_url}` : ''}`),
                    content: Buffer.from(renderAliasDocument(updated)).toString('base64'),
                    ...(sha ? { sha } : {}),
                });
                return applied;
            }
            catch (error) {
                // Someone else moved an alias since we read the file: read again and re-apply.
                const status = (0,github/* httpStatus */.nG)(error);
                if ((status === 409 || status === 422) && attempt < MAX_WRITE_ATTEMPTS) {
                    core/* info */.pq(`${path} changed while moving aliases; retrying (${attempt}/${MAX_WRITE_ATTEMPTS - 1})`);
                    continue;
                }
                throw (0,github/* explainPermissionError */.n_)(error, 'contents: write', `update ${path} on branch ${this.branch}`);
            }
        }
    }
    async history(name) {
        return (await this.readAliases(name)).document.history;
    }
    // -------------------------------------------------------------------------------------------
    // Versions
    async releaseOf(name, version) {
        try {
            return (await this.octokit.rest.repos.getReleaseByTag({ ...this.repo, tag: tagOf(name, version) })).data;
        }
        catch (error) {
            if ((0,github/* httpStatus */.nG)(error) === 404)
                return undefined;
            throw (0,github/* explainPermissionError */.n_)(error, 'contents: read', `read release ${tagOf(name, version)}`);
        }
    }
    async readMetadata(name, version) {
        const release = await this.releaseOf(name, version);
        if (!release) {
            throw new errors/* UserError */.yo(`The registry's aliases point at ${name} v${version}, but the release ${tagOf(name, version)} does not exist (deleted?). Fix ${this.aliasesPath(name)} on branch ${this.branch}.`);
        }
        const assets = await this.octokit.paginate(this.octokit.rest.repos.listReleaseAssets, { ...this.repo, release_id: release.id, per_page: 100 });
        const asset = assets.find((candidate) => candidate.name === METADATA_ASSET);
        if (!asset)
            throw new errors/* UserError */.yo(`Release ${tagOf(name, version)} has no ${METADATA_ASSET} asset, so its metrics are unknown`);
        const response = await this.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            ...this.repo,
            asset_id: asset.id,
            headers: { accept: 'application/octet-stream' },
        });
        const data = response.data;
        const text = typeof data === 'string' ? data : data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8') : undefined;
        const parsed = text !== undefined ? JSON.parse(text) : data;
        if (parsed?.format !== VERSION_METADATA_FORMAT)
            throw new errors/* UserError */.yo(`${METADATA_ASSET} of ${tagOf(name, version)} is not ml-actions version metadata`);
        return parsed;
    }
    async champion(name, alias) {
        const pointer = (await this.readAliases(name)).document.aliases[alias];
        if (!pointer)
            return undefined;
        const metadata = await this.readMetadata(name, pointer.version);
        return { alias, version: pointer.version, metrics: metricValues(metadata), commit: metadata.lineage?.commit, registeredAt: metadata.registered_at };
    }
    /** Highest version number among the model's tags and (unpublished) draft releases. */
    async highestVersion(name) {
        const prefix = `model/${name}/v`;
        let highest = 0;
        try {
            const refs = await this.octokit.rest.git.listMatchingRefs({ ...this.repo, ref: `tags/${prefix}` });
            for (const ref of refs.data) {
                const number = /^refs\/tags\/model\/.+\/v(\d+)$/.exec(ref.ref)?.[1];
                if (number && ref.ref.startsWith(`refs/tags/${prefix}`))
                    highest = Math.max(highest, Number(number));
            }
        }
        catch (error) {
            throw (0,github/* explainPermissionError */.n_)(error, 'contents: read', `list the tags of ${name}`);
        }
        return highest;
    }
    async register(registration) {
        const { name, files } = registration;
        let version = (await this.highestVersion(name)) + 1;
        for (let attempt = 1;; attempt++) {
            const tag = tagOf(name, String(version));
            let release;
            try {
                release = (await this.octokit.rest.repos.createRelease({
                    ...this.repo,
                    tag_name: tag,
                    target_commitish: this.options.commit,
                    name: `${name} v${version}`,
                    body: 'Registering…',
                    draft: true,
                    make_latest: 'false',
                })).data;
            }
            catch (error) {
                // The number was taken by a concurrent registration (its draft or tag): take the next.
                if ((0,github/* httpStatus */.nG)(error) === 422 && /already_exists|already exists/i.test(JSON.stringify(error.response?.data ?? error.message)) && attempt < MAX_VERSION_ATTEMPTS) {
                    version++;
                    continue;
                }
                throw (0,github/* explainPermissionError */.n_)(error, 'contents: write', `create release ${tag}`);
            }
            try {
                const versionText = String(version);
                const modelAsset = files.kind === 'file' ? files.files[0].path : `${name}-v${versionText}.zip`;
                const metadata = { ...registration.metadata, format: VERSION_METADATA_FORMAT, version: versionText, model: { ...registration.metadata.model, location: modelAsset } };
                const card = registration.card(versionText, metadata);
                const modelBytes = files.kind === 'file' ? (0,external_node_fs_.readFileSync)(files.files[0].absolute) : zipModel(files);
                await this.upload(release.upload_url, modelAsset, modelBytes, files.kind === 'file' ? 'application/octet-stream' : 'application/zip');
                await this.upload(release.upload_url, CARD_ASSET, Buffer.from(card), 'text/markdown; charset=utf-8');
                await this.upload(release.upload_url, METADATA_ASSET, Buffer.from(`${JSON.stringify(metadata, null, 2)}\n`), 'application/json');
                const body = card.length > RELEASE_BODY_LIMIT ? `${card.slice(0, RELEASE_BODY_LIMIT - 200)}\n\n…the full card is the ${CARD_ASSET} asset.\n` : card;
                const published = await this.octokit.rest.repos.updateRelease({ ...this.repo, release_id: release.id, draft: false, body, make_latest: 'false' });
                return { version: versionText, url: published.data.html_url };
            }
            catch (error) {
                // Leave no half-filled version behind.
                await this.octokit.rest.repos.deleteRelease({ ...this.repo, release_id: release.id }).catch((cleanup) => {
                    core/* warning */.$e(`Could not delete the unfinished draft release ${tag} (id ${release.id}): ${cleanup.message}; delete it by hand`);
                });
                const explained = (0,github/* explainPermissionError */.n_)(error, 'contents: write', `upload the assets of release ${tag}`);
                if (explained !== error)
                    throw explained;
                throw new Error(`Registering ${tag} failed, and its draft release was removed: ${error.message}`, { cause: error });
            }
        }
    }
    async upload(uploadUrl, name, data, contentType) {
        await this.octokit.request({
            method: 'POST',
            url: uploadUrl,
            name,
            data: Buffer.from(data.buffer, data.byteOffset, data.byteLength),
            // fetch sets content-length from the body itself.
            headers: { 'content-type': contentType },
        });
    }
}

;// CONCATENATED MODULE: ./src/registry/local.ts
/**
 * A model registry in a folder, with the same structure as the GitHub one, for the offline demo and
 * the CLI:
 *
 *   <root>/<name>/aliases.json        aliases and their append-only history
 *   <root>/<name>/v<N>/model/…        the model files (a single-file model keeps its name)
 *   <root>/<name>/v<N>/model-card.md
 *   <root>/<name>/v<N>/metadata.json
 *
 * A version folder appears whole or not at all: it is assembled beside its final name and renamed.
 */






const ALIASES_FILE = 'aliases.json';
const METADATA_FILE = 'metadata.json';
const CARD_FILE = 'model-card.md';
const MAX_ATTEMPTS = 20;
function checkName(name) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
        throw new errors/* UserError */.yo(`Model name "${name}" may hold only letters, digits, ".", "_" and "-" (it names folders, tags and files)`);
    }
}
class LocalRegistry {
    type = 'local';
    root;
    constructor(root) {
        this.root = (0,external_node_path_.resolve)(root);
    }
    modelFolder(name) {
        checkName(name);
        return (0,external_node_path_.join)(this.root, name);
    }
    versionFolder(name, version) {
        return (0,external_node_path_.join)(this.modelFolder(name), `v${version}`);
    }
    readAliases(name) {
        const path = (0,external_node_path_.join)(this.modelFolder(name), ALIASES_FILE);
        if (!(0,external_node_fs_.existsSync)(path))
            return emptyAliasDocument(name);
        return parseAliasDocument((0,external_node_fs_.readFileSync)(path, 'utf8'), path, name);
    }
    readMetadata(name, version) {
        const path = (0,external_node_path_.join)(this.versionFolder(name, version), METADATA_FILE);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* UserError */.yo(`${path}: the registry points at ${name} v${version}, but its metadata is missing`);
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    async champion(name, alias) {
        const pointer = this.readAliases(name).aliases[alias];
        if (!pointer)
            return undefined;
        const metadata = this.readMetadata(name, pointer.version);
        return { alias, version: pointer.version, metrics: metricValues(metadata), commit: metadata.lineage?.commit, registeredAt: metadata.registered_at };
    }
    versions(name) {
        const folder = this.modelFolder(name);
        if (!(0,external_node_fs_.existsSync)(folder))
            return [];
        return (0,external_node_fs_.readdirSync)(folder)
            .map((entry) => /^v(\d+)$/.exec(entry)?.[1])
            .filter((number) => number !== undefined)
            .map(Number);
    }
    async register(registration) {
        const folder = this.modelFolder(registration.name);
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            const version = String(Math.max(0, ...this.versions(registration.name)) + 1);
            const target = this.versionFolder(registration.name, version);
            const staging = (0,external_node_path_.join)(folder, `.v${version}.${process.pid}.${Date.now()}.tmp`);
            try {
                const metadata = { ...registration.metadata, format: VERSION_METADATA_FORMAT, version, model: { ...registration.metadata.model, location: 'model/' } };
                for (const file of registration.files.files) {
                    const destination = (0,external_node_path_.join)(staging, 'model', ...file.path.split('/'));
                    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(destination), { recursive: true });
                    (0,external_node_fs_.copyFileSync)(file.absolute, destination);
                }
                (0,shared_files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(staging, METADATA_FILE), `${JSON.stringify(metadata, null, 2)}\n`);
                (0,shared_files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(staging, CARD_FILE), registration.card(version, metadata));
                if ((0,external_node_fs_.existsSync)(target))
                    continue;
                (0,external_node_fs_.renameSync)(staging, target);
                return { version, url: target };
            }
            catch (error) {
                // Another writer took this number between our look and our rename: try the next one.
                if (error.code === 'ENOTEMPTY' || error.code === 'EEXIST')
                    continue;
                throw error;
            }
            finally {
                (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            }
        }
        throw new Error(`could not find a free version number for ${registration.name} in ${folder}`);
    }
    async moveAliases(name, moves, context) {
        for (const move of moves) {
            if (!(0,external_node_fs_.existsSync)(this.versionFolder(name, move.version)))
                throw new errors/* UserError */.yo(`${name} v${move.version} is not in the registry at ${this.root}`);
        }
        const { document, applied } = applyMoves(this.readAliases(name), moves, context);
        if (applied.length > 0)
            (0,shared_files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(this.modelFolder(name), ALIASES_FILE), renderAliasDocument(document));
        return applied;
    }
    async history(name) {
        return this.readAliases(name).history;
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth = __webpack_require__(92145);
;// CONCATENATED MODULE: ./src/registry/mlflow.ts
/**
 * The MLflow Model Registry over its REST API (/api/2.0/mlflow/...): registered models, model
 * versions with tags, and aliases. MLflow keeps no history of alias moves, so every move is also
 * written as a registered-model tag `ml-actions.alias-history.<time>.<alias>` (append-only: new
 * keys only). Model files given as a local path go to the tracking server's artifact proxy
 * (mlflow-artifacts), content-addressed, and the version's source points there; a model already in
 * MLflow (`runs:/…`, `models:/…`, `s3://…`) is registered by reference.
 */







/** An error answer of the MLflow API: `{ error_code, message }`. */
class MlflowError extends Error {
    status;
    code;
    constructor(status, code, message, endpoint) {
        super(`MLflow ${endpoint} answered ${status} ${code}: ${message}`);
        this.name = 'MlflowError';
        this.status = status;
        this.code = code;
    }
}
const HISTORY_TAG_PREFIX = 'ml-actions.alias-history.';
const METRIC_TAG_PREFIX = 'metric.';
const INTERVAL_TAG_PREFIX = 'metric-ci.';
// All MLflow stores accept tag keys up to 250 bytes and values up to 5000.
const TAG_KEY_LIMIT = 250;
const TAG_VALUE_LIMIT = 5000;
const DESCRIPTION_LIMIT = 5000;
const TAG_KEY = /^[\w.\- /]+$/;
// URIs MLflow can load a model from without us uploading anything.
const REMOTE_SOURCE = /^(runs|models|mlflow-artifacts|s3|s3a|gs|wasbs|abfss|dbfs|hdfs|viewfs|ftp|sftp|https?):/i;
function isModelUri(text) {
    return REMOTE_SOURCE.test(text) && !/^[A-Za-z]:[\\/]/.test(text);
}
/** "Alias not found" comes as 400 INVALID_PARAMETER_VALUE from MLflow's own stores, 404 from others. */
function isMissingAlias(error) {
    if (!(error instanceof MlflowError))
        return false;
    if (error.code === 'RESOURCE_DOES_NOT_EXIST')
        return true;
    return error.code === 'INVALID_PARAMETER_VALUE' && /alias .* not found/i.test(error.message);
}
class MlflowRegistry {
    type = 'mlflow';
    uri;
    client;
    options;
    constructor(options) {
        this.options = options;
        this.uri = options.uri.replace(/\/+$/, '');
        const handlers = options.token
            ? [new auth/* BearerCredentialHandler */.tZ(options.token)]
            : options.username
                ? [new auth/* BasicCredentialHandler */.QN(options.username, options.password ?? '')]
                : [];
        this.client = new lib/* HttpClient */.Qq('ml-actions-gate', handlers, { allowRetries: true, maxRetries: 3, socketTimeout: 60_000 });
    }
    async call(method, endpoint, body = {}) {
        let url = `${this.uri}/api/2.0/mlflow/${endpoint}`;
        let data = null;
        const headers = { accept: 'application/json' };
        // MLflow reads GET parameters from the query string, every other method's from a JSON body.
        if (method === 'GET') {
            const query = new URLSearchParams(Object.entries(body).map(([key, value]) => [key, String(value)]));
            url += `?${query}`;
        }
        else {
            data = JSON.stringify(body);
            headers['content-type'] = 'application/json';
        }
        let response;
        try {
            response = await this.client.request(method, url, data, headers);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Cannot reach MLflow at ${this.uri} (${error.message}); check the mlflow-uri input`, undefined, { cause: error });
        }
        const text = await response.readBody();
        const status = response.message.statusCode ?? 0;
        let parsed = {};
        try {
            parsed = text ? JSON.parse(text) : {};
        }
        catch {
            if (status < 400)
                throw new Error(`MLflow ${endpoint} answered ${status} with a body that is not JSON: ${text.slice(0, 200)}`);
        }
        if (status >= 400) {
            const error = new MlflowError(status, parsed?.error_code ?? `HTTP_${status}`, parsed?.message ?? text.slice(0, 200), `${method} ${endpoint}`);
            if (status === 401 || status === 403) {
                throw new errors/* UserError */.yo(`${error.message}. Give the gate MLflow credentials: the mlflow-token input, or MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD`, undefined, { cause: error });
            }
            throw error;
        }
        return parsed;
    }
    versionUrl(name, version) {
        return `${this.uri}/#/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
    }
    async champion(name, alias) {
        let version;
        try {
            version = (await this.call('GET', 'registered-models/alias', { name, alias })).model_version;
        }
        catch (error) {
            // The first run: no such alias yet (or not even the registered model).
            if (isMissingAlias(error))
                return undefined;
            throw error;
        }
        const tags = Object.fromEntries((version.tags ?? []).map((tag) => [tag.key, tag.value]));
        const metrics = {};
        for (const [key, value] of Object.entries(tags)) {
            if (!key.startsWith(METRIC_TAG_PREFIX))
                continue;
            const number = Number(value);
            metrics[key.slice(METRIC_TAG_PREFIX.length)] = value === '' || !Number.isFinite(number) ? null : number;
        }
        // A champion registered outside the gate has no metric tags: its run's metrics stand in.
        if (Object.keys(metrics).length === 0 && version.run_id) {
            const run = await this.call('GET', 'runs/get', { run_id: version.run_id });
            for (const metric of run.run.data?.metrics ?? [])
                metrics[metric.key] = metric.value;
        }
        return {
            alias,
            version: version.version,
            metrics,
            commit: tags['git.commit'],
            registeredAt: version.creation_timestamp ? new Date(version.creation_timestamp).toISOString() : undefined,
        };
    }
    async ensureRegisteredModel(name) {
        try {
            await this.call('POST', 'registered-models/create', { name, description: 'Registered by the ml-actions gate.' });
            core/* info */.pq(`Created the registered model ${name} in MLflow`);
        }
        catch (error) {
            if (error instanceof MlflowError && error.code === 'RESOURCE_ALREADY_EXISTS')
                return;
            throw error;
        }
    }
    async putArtifact(path, data, contentType) {
        const url = `${this.uri}/api/2.0/mlflow-artifacts/artifacts/${path.split('/').map(encodeURIComponent).join('/')}`;
        const response = await this.client.sendStream('PUT', url, external_node_stream_.Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]), {
            'content-type': contentType,
            'content-length': String(data.byteLength),
        });
        const body = await response.readBody();
        const status = response.message.statusCode ?? 0;
        if (status >= 400) {
            let parsed = {};
            try {
                parsed = JSON.parse(body);
            }
            catch {
                // not JSON: reported below as text
            }
            throw new MlflowError(status, parsed.error_code ?? `HTTP_${status}`, parsed.message ?? body.slice(0, 200), `PUT mlflow-artifacts/artifacts/${path}`);
        }
    }
    async register(registration) {
        const { name, files } = registration;
        await this.ensureRegisteredModel(name);
        // Content-addressed, so registering the same files twice stores them once.
        const folder = `ml-actions/${name}/${files.digest.replace(/^sha256:/, '').slice(0, 16)}`;
        let source = registration.sourceUri;
        if (!source) {
            for (const file of files.files)
                await this.putArtifact(`${folder}/model/${file.path}`, (0,external_node_fs_.readFileSync)(file.absolute), 'application/octet-stream');
            source = `mlflow-artifacts:/${folder}/model`;
        }
        const draft = { ...registration.metadata, model: { ...registration.metadata.model, location: source } };
        const tags = versionTags(draft);
        const created = (await this.call('POST', 'model-versions/create', {
            name,
            source,
            ...(registration.runId ? { run_id: registration.runId } : {}),
            tags,
            description: `Registering: ${draft.gate.headline}`.slice(0, DESCRIPTION_LIMIT),
        })).model_version;
        const version = created.version;
        const metadata = { ...draft, format: VERSION_METADATA_FORMAT, version };
        const card = registration.card(version, metadata);
        await this.waitUntilReady(name, created);
        if (!registration.sourceUri) {
            await this.putArtifact(`${folder}/v${version}/model-card.md`, Buffer.from(card), 'text/markdown');
            await this.putArtifact(`${folder}/v${version}/metadata.json`, Buffer.from(`${JSON.stringify(metadata, null, 2)}\n`), 'application/json');
        }
        // MLflow shows the description as Markdown: the card, cut to what every store accepts.
        const description = card.length > DESCRIPTION_LIMIT ? `${card.slice(0, DESCRIPTION_LIMIT - 120)}\n\n…cut; the full card is in the gate's summary${registration.sourceUri ? '' : ` and at mlflow-artifacts:/${folder}/v${version}/model-card.md`}.` : card;
        await this.call('PATCH', 'model-versions/update', { name, version, description });
        return { version, url: this.versionUrl(name, version) };
    }
    async waitUntilReady(name, created) {
        const deadline = Date.now() + (this.options.readyTimeoutMs ?? 300_000);
        let version = created;
        while (version.status === 'PENDING_REGISTRATION') {
            if (Date.now() > deadline)
                throw new Error(`MLflow kept ${name} v${version.version} in PENDING_REGISTRATION past the deadline`);
            await new Promise((resolve) => setTimeout(resolve, this.options.pollIntervalMs ?? 2000));
            version = (await this.call('GET', 'model-versions/get', { name, version: created.version })).model_version;
        }
        if (version.status === 'FAILED_REGISTRATION') {
            throw new Error(`MLflow failed to register ${name} v${version.version}: ${version.status_message ?? 'no reason given'}`);
        }
    }
    async currentAlias(name, alias) {
        try {
            return (await this.call('GET', 'registered-models/alias', { name, alias })).model_version.version;
        }
        catch (error) {
            if (isMissingAlias(error))
                return null;
            throw error;
        }
    }
    async moveAliases(name, moves, context) {
        const applied = [];
        const queue = [...moves];
        for (let move = queue.shift(); move; move = queue.shift()) {
            const from = await this.currentAlias(name, move.alias);
            if (from === move.version)
                continue;
            if (move.previousAlias && from !== null)
                queue.unshift({ alias: move.previousAlias, version: from });
            await this.call('POST', 'registered-models/alias', { name, alias: move.alias, version: move.version });
            const event = { at: context.at, alias: move.alias, version: move.version, from, by: context.by, reason: context.reason, ...(context.run_url ? { run_url: context.run_url } : {}), ...(context.commit ? { commit: context.commit } : {}) };
            // Tag keys may not hold colons: the time goes in as 20261123T140426.000Z.
            const key = `${HISTORY_TAG_PREFIX}${context.at.replace(/[-:]/g, '')}.${move.alias}`.slice(0, TAG_KEY_LIMIT);
            await this.call('POST', 'registered-models/set-tag', { name, key, value: JSON.stringify(event).slice(0, TAG_VALUE_LIMIT) });
            applied.push({ alias: move.alias, version: move.version, from });
        }
        return applied;
    }
    async history(name) {
        let model;
        try {
            model = (await this.call('GET', 'registered-models/get', { name })).registered_model;
        }
        catch (error) {
            if (error instanceof MlflowError && error.code === 'RESOURCE_DOES_NOT_EXIST')
                return [];
            throw error;
        }
        const events = [];
        for (const tag of model.tags ?? []) {
            if (!tag.key.startsWith(HISTORY_TAG_PREFIX))
                continue;
            try {
                events.push(JSON.parse(tag.value));
            }
            catch {
                core/* warning */.$e(`MLflow tag ${tag.key} of ${name} is not an alias history entry; left out`);
            }
        }
        return events.sort((a, b) => a.at.localeCompare(b.at));
    }
}
/** Tags of a new version: lineage, gate verdict, and one `metric.<name>` per recorded metric. */
function versionTags(metadata) {
    const tags = [];
    const add = (key, value) => {
        if (value === undefined || key.length > TAG_KEY_LIMIT)
            return;
        tags.push({ key, value: String(value).slice(0, TAG_VALUE_LIMIT) });
    };
    add('ml-actions.format', VERSION_METADATA_FORMAT);
    add('git.commit', metadata.lineage.commit);
    add('git.ref', metadata.lineage.ref);
    add('github.repository', metadata.lineage.repository);
    add('github.run_url', metadata.lineage.run_url);
    add('model.digest', metadata.model.digest);
    add('model.bytes', metadata.model.bytes);
    add('gate.passed', metadata.gate.passed);
    add('gate.decision', metadata.gate.headline);
    add('gate.policy_digest', metadata.gate.policy.digest);
    if (metadata.gate.override)
        add('gate.override', `${metadata.gate.override.label}${metadata.gate.override.by ? ` by ${metadata.gate.override.by}` : ''}`);
    for (const [name, metric] of Object.entries(metadata.metrics)) {
        // Per-slice figures stay in the card: one tag each would flood the version page. MLflow
        // refuses tag keys outside its character set, so such metrics stay in the card too.
        if (name.startsWith('slice.') || !TAG_KEY.test(name))
            continue;
        add(`${METRIC_TAG_PREFIX}${name}`, metric.value === null ? '' : metric.value);
        if (metric.ci)
            add(`${INTERVAL_TAG_PREFIX}${name}`, JSON.stringify(metric.ci));
    }
    for (const [index, file] of (metadata.data ?? []).entries())
        add(`data.${index}.digest`, `${file.path} ${file.digest}`);
    return tags;
}

// EXTERNAL MODULE: ./src/shared/counts.ts
var counts = __webpack_require__(77341);
// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
;// CONCATENATED MODULE: ./src/gate/format.ts
/** Numbers as a release manager reads them in a decision line: short, with a real minus sign. */

const MINUS = '\u2212';
/** 4 significant digits, grouping from 1,000 up, `−` for negatives. */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    const rounded = Math.abs(value) >= 1000 ? Math.round(value * 100) / 100 : Number(value.toPrecision(4));
    const text = Math.abs(rounded) >= 1000 ? Math.abs(rounded).toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(Math.abs(rounded));
    return rounded < 0 ? `${MINUS}${text}` : text;
}
/** A change: always signed (+0.012, −0.003), 0 for no change. */
function formatSigned(value) {
    const text = formatNumber(value);
    if (text === '0')
        return '0';
    return text.startsWith(MINUS) ? text : `+${text}`;
}
function formatInterval(interval, signed = false) {
    const format = signed ? formatSigned : formatNumber;
    return `[${format(interval[0])}, ${format(interval[1])}]`;
}
/** `0.912 [0.905, 0.919]`, or just `0.912` without an interval. */
function formatWithInterval(value, interval, signed = false) {
    const format = signed ? formatSigned : formatNumber;
    return interval ? `${format(value)} ${formatInterval(interval, signed)}` : format(value);
}
/** Whole counts: 1,240. */
function formatCount(value) {
    return value.toLocaleString('en-US');
}
/** `1 rule`, `1,240 rows`: counts grouped as formatCount groups them. */
function plural(count, one, many) {
    return (0,counts/* plural */.L)(count, one, many, formatCount);
}

;// CONCATENATED MODULE: ./src/registry/model-card.ts
/**
 * The model card stored with every version: what the model is (digests, files), how good it is
 * (metrics with intervals), what made it (params, data, commit, run), and the gate's decision.
 * Text that came from the repository (metric names, params) is escaped.
 */



const MAX_ROWS = 200;
function model_card_link(text, url) {
    return url && /^https?:\/\//.test(url) ? `[${text}](${url})` : text;
}
function paramValue(value) {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
function renderModelCard(metadata, options = {}) {
    const { lineage, gate, model } = metadata;
    const out = [`# ${(0,markdown/* escapeMarkdown */.FV)(metadata.name)} v${(0,markdown/* escapeMarkdown */.FV)(metadata.version)}`, ''];
    out.push(`${gate.passed ? '✅' : '❌'} ${(0,markdown/* escapeMarkdown */.FV)(gate.headline, 300)}`, '');
    const facts = [];
    facts.push(['Registered', `${(0,markdown/* escapeMarkdown */.FV)(metadata.registered_at)}${metadata.registered_by ? ` by ${(0,markdown/* escapeMarkdown */.FV)(metadata.registered_by)}` : ''}`]);
    if (lineage.commit) {
        const commitUrl = options.serverUrl && lineage.repository ? `${options.serverUrl}/${lineage.repository}/commit/${lineage.commit}` : undefined;
        facts.push(['Commit', model_card_link((0,markdown/* codeSpan */.SS)(lineage.commit.slice(0, 12)), commitUrl)]);
    }
    if (lineage.ref)
        facts.push(['Ref', (0,markdown/* codeSpan */.SS)(lineage.ref)]);
    if (lineage.run_url)
        facts.push(['Run', model_card_link((0,markdown/* escapeMarkdown */.FV)(lineage.workflow || 'workflow run'), lineage.run_url)]);
    if (lineage.pull_request)
        facts.push(['Pull request', `#${lineage.pull_request}`]);
    facts.push(['Model digest', (0,markdown/* codeSpan */.SS)(model.digest)]);
    facts.push(['Model size', `${formatNumber(model.bytes / 1_048_576)} MiB in ${(0,counts/* plural */.L)(model.files.length, 'file')}`]);
    if (model.location)
        facts.push(['Stored as', (0,markdown/* codeSpan */.SS)(model.location)]);
    if (gate.champion)
        facts.push(['Compared with', `${(0,markdown/* escapeMarkdown */.FV)(gate.champion.alias)} v${(0,markdown/* escapeMarkdown */.FV)(gate.champion.version)}`]);
    facts.push(['Policy', `${(0,markdown/* codeSpan */.SS)(gate.policy.path)} ${(0,markdown/* codeSpan */.SS)(gate.policy.digest.slice(0, 19))}`]);
    out.push((0,markdown/* table */.tp)(['', ''], facts, ['l', 'l']), '');
    const metrics = Object.entries(metadata.metrics).filter(([name]) => !name.startsWith('slice.'));
    if (metrics.length > 0) {
        const evaluation = metadata.evaluation;
        const about = [
            evaluation?.rows !== undefined ? `${evaluation.rows.toLocaleString('en-US')} rows` : '',
            evaluation?.confidence !== undefined ? `${Math.round(evaluation.confidence * 100)}% bootstrap intervals` : '',
            evaluation?.resamples ? `${evaluation.resamples.toLocaleString('en-US')} resamples` : '',
            evaluation?.seed !== undefined ? `seed ${evaluation.seed}` : '',
        ].filter(Boolean);
        out.push('## Metrics', '');
        if (about.length)
            out.push(about.join(', '), '');
        const rows = metrics.slice(0, MAX_ROWS).map(([name, metric]) => [
            (0,markdown/* codeSpan */.SS)(name, 80),
            metric.value === null ? 'undefined' : formatWithInterval(metric.value, metric.ci ?? undefined),
            metadata.no_skill?.[name] !== undefined && metadata.no_skill[name] !== null ? formatNumber(metadata.no_skill[name]) : '',
        ]);
        out.push((0,markdown/* table */.tp)(['Metric', 'Value [interval]', 'No-skill'], rows, ['l', 'r', 'r']), '');
        if (metrics.length > MAX_ROWS)
            out.push(`${metrics.length - MAX_ROWS} more metrics are in metadata.json.`, '');
    }
    if (metadata.params && Object.keys(metadata.params).length > 0) {
        out.push('## Parameters', '');
        const rows = Object.entries(metadata.params).slice(0, MAX_ROWS).map(([name, value]) => [(0,markdown/* codeSpan */.SS)(name, 80), (0,markdown/* codeSpan */.SS)(paramValue(value), 120)]);
        out.push((0,markdown/* table */.tp)(['Parameter', 'Value'], rows, ['l', 'l']), '');
    }
    if (metadata.data && metadata.data.length > 0) {
        out.push('## Data', '');
        out.push((0,markdown/* table */.tp)(['File', 'Digest', 'Bytes'], metadata.data.map((file) => [(0,markdown/* codeSpan */.SS)(file.path), (0,markdown/* codeSpan */.SS)(file.digest.slice(0, 23)), file.bytes.toLocaleString('en-US')]), ['l', 'l', 'r']), '');
    }
    out.push('## Files', '');
    const files = model.files.slice(0, MAX_ROWS).map((file) => [(0,markdown/* codeSpan */.SS)(file.path), file.bytes.toLocaleString('en-US'), (0,markdown/* codeSpan */.SS)(file.sha256.slice(0, 16))]);
    out.push((0,markdown/* table */.tp)(['File', 'Bytes', 'sha256'], files, ['l', 'r', 'l']), '');
    if (model.files.length > MAX_ROWS)
        out.push(`${model.files.length - MAX_ROWS} more files are listed in metadata.json.`, '');
    out.push('## Gate decision', '');
    for (const rule of gate.rules)
        out.push(`- ${(0,markdown/* escapeMarkdown */.FV)(rule.line, 400)}`);
    if (gate.override) {
        out.push('', `Regression accepted through the label ${(0,markdown/* codeSpan */.SS)(gate.override.label)}${gate.override.by ? ` added by ${(0,markdown/* escapeMarkdown */.FV)(gate.override.by)}` : ''}${gate.override.at ? ` at ${(0,markdown/* escapeMarkdown */.FV)(gate.override.at)}` : ''}.`);
    }
    out.push('');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/shared/metadata.ts
var metadata = __webpack_require__(10452);
// EXTERNAL MODULE: ./src/shared/yaml-schema.ts
var yaml_schema = __webpack_require__(10784);
;// CONCATENATED MODULE: ./src/gate/policy.ts
/**
 * The promotion policy: a YAML file checked against schemas/gate-policy.schema.json, turned into a
 * flat list of rules. Each rule remembers where it is written, so the decision can point at it.
 */







/** Rules that compare with the champion: they need one, and an override label may accept their failure. */
const CHAMPION_RULES = new Set(['improvement', 'max_regression', 'non_inferiority']);
let validator;
function policySchemaPath() {
    return (0,external_node_path_.join)((0,metadata/* toolkitRoot */.FM)(), 'schemas', 'gate-policy.schema.json');
}
function policyValidator() {
    validator ??= (0,yaml_schema/* compileSchema */.Fc)(JSON.parse((0,external_node_fs_.readFileSync)(policySchemaPath(), 'utf8')));
    return validator;
}
function parseAmount(value) {
    if (typeof value === 'number')
        return { value, relative: false };
    return { value: Number(value.slice(0, -1)) / 100, relative: true };
}
function severityOf(field) {
    return typeof field === 'object' && field !== null ? field.severity : undefined;
}
/** Reads and checks a policy file; every problem is reported at its line, all at once. */
function readPolicy(path, shownAs = path) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.yo(`${shownAs}: policy file not found`, { file: shownAs });
    return parsePolicy((0,external_node_fs_.readFileSync)(path), shownAs);
}
function parsePolicy(bytes, file) {
    const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
    const source = new yaml_schema/* YamlSource */.rC(text, file);
    const syntax = source.syntaxProblems();
    if (syntax.length > 0)
        throw new yaml_schema/* FileProblems */.jq(file, syntax, 'policy');
    const data = source.document.toJS();
    if (data === null || data === undefined) {
        throw new errors/* UserError */.yo(`${file}: the policy is empty; it needs at least one rule (metrics, guardrails, slices or require)`, { file, line: 1 });
    }
    const problems = (0,yaml_schema/* schemaProblems */.Ic)(source, data, policyValidator());
    if (problems.length > 0)
        throw new yaml_schema/* FileProblems */.jq(file, problems, 'policy');
    const policyData = data;
    const { rules, problems: meaning } = rulesOf(policyData, source);
    if (meaning.length > 0)
        throw new yaml_schema/* FileProblems */.jq(file, meaning, 'policy');
    if (rules.length === 0) {
        throw new errors/* UserError */.yo(`${file}: the policy has no rules; add metrics, guardrails, slices or require`, { file, line: 1 });
    }
    return {
        path: file,
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')}`,
        description: policyData.description,
        onMissingMetric: policyData.on_missing_metric ?? 'fail',
        onMissingChampion: policyData.on_missing_champion ?? 'pass',
        rules,
    };
}
function rulesOf(data, source) {
    const rules = [];
    const problems = [];
    const base = data.severity ?? 'fail';
    const add = (path, severity, rule) => {
        rules.push({ ...rule, id: (0,yaml_schema/* displayPath */.Gt)(path), severity, source: source.locate(path, true) });
    };
    const problem = (path, message) => {
        problems.push({ message: `${(0,yaml_schema/* displayPath */.Gt)(path)}: ${message}`, location: source.locate(path) });
    };
    for (const [metric, spec] of Object.entries(data.metrics ?? {})) {
        const at = ['metrics', metric];
        const direction = spec.direction ?? (0,shared_metrics/* defaultDirection */.HS)(metric);
        const metricSeverity = spec.severity ?? base;
        const boundOf = (bound) => (typeof bound === 'number' ? { threshold: bound, useInterval: false } : { threshold: bound.value, useInterval: bound.use === 'interval' });
        if (spec.min !== undefined)
            add([...at, 'min'], severityOf(spec.min) ?? metricSeverity, { kind: 'min', metric, ...boundOf(spec.min) });
        if (spec.max !== undefined)
            add([...at, 'max'], severityOf(spec.max) ?? metricSeverity, { kind: 'max', metric, ...boundOf(spec.max) });
        if (spec.min !== undefined && spec.max !== undefined && boundOf(spec.min).threshold > boundOf(spec.max).threshold) {
            problem([...at, 'max'], `max ${boundOf(spec.max).threshold} is below min ${boundOf(spec.min).threshold}: no value can pass`);
        }
        const changeOf = (change) => parseAmount(typeof change === 'object' ? change.by : change);
        if (spec.better_than_champion !== undefined) {
            add([...at, 'better_than_champion'], severityOf(spec.better_than_champion) ?? metricSeverity, {
                kind: 'improvement',
                metric,
                direction,
                by: changeOf(spec.better_than_champion),
            });
        }
        if (spec.max_regression !== undefined) {
            add([...at, 'max_regression'], severityOf(spec.max_regression) ?? metricSeverity, {
                kind: 'max_regression',
                metric,
                direction,
                by: changeOf(spec.max_regression),
            });
        }
        if (spec.non_inferior !== undefined) {
            add([...at, 'non_inferior'], spec.non_inferior.severity ?? metricSeverity, {
                kind: 'non_inferiority',
                metric,
                direction,
                margin: parseAmount(spec.non_inferior.margin),
            });
        }
        if (spec.beats_no_skill !== undefined) {
            const by = spec.beats_no_skill === true || spec.beats_no_skill.by === undefined ? { value: 0, relative: false } : parseAmount(spec.beats_no_skill.by);
            add([...at, 'beats_no_skill'], severityOf(spec.beats_no_skill) ?? metricSeverity, { kind: 'no_skill', metric, direction, by });
        }
    }
    for (const [metric, spec] of Object.entries(data.guardrails ?? {})) {
        const at = ['guardrails', metric];
        const severity = spec.severity ?? base;
        if (spec.min === undefined && spec.max === undefined)
            problem(at, 'a guardrail needs min or max');
        if (spec.min !== undefined)
            add([...at, 'min'], severity, { kind: 'guardrail_min', metric, threshold: spec.min });
        if (spec.max !== undefined)
            add([...at, 'max'], severity, { kind: 'guardrail_max', metric, threshold: spec.max });
        if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max)
            problem([...at, 'max'], `max ${spec.max} is below min ${spec.min}: no value can pass`);
    }
    (data.slices ?? []).forEach((group, index) => {
        const at = ['slices', index];
        const minRows = group.min_rows ?? 1;
        for (const [metric, spec] of Object.entries(group.metrics)) {
            const here = [...at, 'metrics', metric];
            const severity = spec.severity ?? group.severity ?? base;
            const common = { metric, column: group.by, minRows };
            if (spec.min === undefined && spec.max === undefined && spec.max_gap === undefined)
                problem(here, 'a slice rule needs min, max or max_gap');
            if (spec.min !== undefined)
                add([...here, 'min'], severity, { kind: 'slice_min', ...common, threshold: spec.min });
            if (spec.max !== undefined)
                add([...here, 'max'], severity, { kind: 'slice_max', ...common, threshold: spec.max });
            if (spec.max_gap !== undefined)
                add([...here, 'max_gap'], severity, { kind: 'slice_gap', ...common, maxGap: spec.max_gap });
        }
    });
    const require = data.require ?? {};
    if (require.data_contract !== undefined)
        add(['require', 'data_contract'], severityOf(require.data_contract) ?? base, { kind: 'data_contract' });
    if (require.drift_share !== undefined)
        add(['require', 'drift_share'], require.drift_share.severity ?? base, { kind: 'drift_share', max: require.drift_share.max });
    if (require.eval_rows !== undefined)
        add(['require', 'eval_rows'], require.eval_rows.severity ?? base, { kind: 'eval_rows', min: require.eval_rows.min });
    return { rules, problems };
}

;// CONCATENATED MODULE: ./src/gate/rules.ts

const MARK = { pass: '✓', fail: '✗', warn: '⚠', skip: '–' };
function withMark(line, result) {
    return `${line} ${MARK[result]}`;
}
function sourceOf(location) {
    return location ? { line: location.line, column: location.column } : undefined;
}
/** Judges every rule. The order of the outcomes is the order of the policy. */
function judge(policy, evidence) {
    return policy.rules.map((rule) => {
        const finding = find(rule, evidence);
        let result;
        let line = finding.line;
        let note = finding.note;
        switch (finding.verdict) {
            case 'pass':
                result = 'pass';
                break;
            case 'violated':
                result = rule.severity;
                break;
            case 'missing':
                result = policy.onMissingMetric === 'skip' ? 'skip' : policy.onMissingMetric === 'warn' ? 'warn' : rule.severity;
                if (policy.onMissingMetric === 'skip')
                    note = [note, 'left out (on_missing_metric: skip)'].filter(Boolean).join('; ');
                break;
            case 'no-champion':
                result = policy.onMissingChampion === 'pass' ? 'pass' : rule.severity;
                line += policy.onMissingChampion === 'pass' ? ' → passes' : ' → fails (on_missing_champion: fail)';
                break;
        }
        const metric = 'metric' in rule ? rule.metric : undefined;
        return {
            id: rule.id,
            rule: rule.kind,
            ...(metric !== undefined ? { metric } : {}),
            severity: rule.severity,
            result,
            line: withMark(line, result),
            ...(note ? { note } : {}),
            ...(finding.verdict === 'missing' ? { missing: true } : {}),
            ...finding.details,
            ...(rule.source ? { source: sourceOf(rule.source) } : {}),
        };
    });
}
// ---------------------------------------------------------------------------------------------
function known(names) {
    if (names.length === 0)
        return 'it records no metrics';
    const shown = names.slice(0, 8).join(', ');
    return `it records ${shown}${names.length > 8 ? ` and ${names.length - 8} more` : ''}`;
}
/** The candidate's figure: metrics first, then the gate's own measurements. */
function figure(evidence, name) {
    const value = evidence.metrics.values[name];
    if (value)
        return value;
    const measured = evidence.figures?.[name];
    return measured === undefined ? undefined : { value: measured };
}
function missingMetric(evidence, name, metric) {
    if (metric && metric.value === null) {
        return { verdict: 'missing', line: `${name} undefined${metric.reason ? ` (${metric.reason})` : ''} in ${evidence.metricsFile}`, details: { value: null } };
    }
    return {
        verdict: 'missing',
        line: `${name} not recorded in ${evidence.metricsFile}`,
        note: known(Object.keys(evidence.metrics.values)),
    };
}
function amountText(amount, absolute, signed) {
    if (!amount.relative)
        return signed ? formatSigned(absolute) : formatNumber(absolute);
    const percent = `${formatNumber(amount.value * 100)}%`;
    return `${signed ? (absolute < 0 ? '−' : '+') : ''}${percent} (${signed ? formatSigned(absolute) : formatNumber(absolute)})`;
}
function amountOf(amount, reference) {
    return amount.relative ? amount.value * Math.abs(reference) : amount.value;
}
function find(rule, evidence) {
    switch (rule.kind) {
        case 'min':
        case 'max':
        case 'guardrail_min':
        case 'guardrail_max':
            return bound(rule.kind === 'min' || rule.kind === 'guardrail_min' ? 'min' : 'max', rule.metric, rule.threshold, 'useInterval' in rule && rule.useInterval, evidence);
        case 'improvement':
        case 'max_regression':
        case 'non_inferiority':
            return versusChampion(rule, evidence);
        case 'no_skill':
            return noSkill(rule, evidence);
        case 'slice_min':
        case 'slice_max':
        case 'slice_gap':
            return slices(rule, evidence);
        case 'data_contract':
        case 'drift_share':
            return upstream(rule, evidence);
        case 'eval_rows':
            return evaluationRows(rule.min, evidence);
    }
}
function bound(side, name, threshold, useInterval, evidence) {
    const metric = figure(evidence, name);
    if (!metric || metric.value === null || metric.value === undefined)
        return missingMetric(evidence, name, metric);
    const value = metric.value;
    const ci = metric.ci ?? undefined;
    const details = { value, threshold, ...(ci ? { interval: ci } : {}) };
    if (useInterval) {
        if (!ci) {
            return { verdict: 'missing', line: `${name} ${formatNumber(value)} has no confidence interval in ${evidence.metricsFile} (the rule uses the interval)`, details };
        }
        const end = side === 'min' ? ci[0] : ci[1];
        const ok = side === 'min' ? end >= threshold : end <= threshold;
        const word = side === 'min' ? 'low end' : 'high end';
        const relation = side === 'min' ? (ok ? '≥' : '<') : ok ? '≤' : '>';
        return { verdict: ok ? 'pass' : 'violated', line: `${name} ${formatWithInterval(value, ci)}: interval ${word} ${formatNumber(end)} ${relation} ${side} ${formatNumber(threshold)}`, details };
    }
    const ok = side === 'min' ? value >= threshold : value <= threshold;
    const relation = side === 'min' ? (ok ? '≥' : '<') : ok ? '≤' : '>';
    return { verdict: ok ? 'pass' : 'violated', line: `${name} ${formatWithInterval(value, ci)} ${relation} ${side} ${formatNumber(threshold)}`, details };
}
function versusChampion(rule, evidence) {
    const name = rule.metric;
    const metric = evidence.metrics.values[name];
    if (!metric || metric.value === null || metric.value === undefined)
        return missingMetric(evidence, name, metric);
    const value = metric.value;
    const ci = metric.ci ?? undefined;
    const champion = evidence.champion;
    if (!champion) {
        return { verdict: 'no-champion', line: `${name} ${formatWithInterval(value, ci)}: no ${evidence.championAlias} yet (first model)`, note: 'no champion to compare with', details: { value } };
    }
    const recorded = champion.metrics[name];
    const championValue = typeof recorded === 'number' ? recorded : (evidence.metrics.document?.baseline?.metrics[name]?.value ?? undefined);
    if (championValue === undefined || championValue === null) {
        return {
            verdict: 'no-champion',
            line: `${name} ${formatWithInterval(value, ci)}: ${evidence.championAlias} v${champion.version} recorded no ${name}`,
            note: `the champion's metrics have no ${name}; compared as a first model`,
            details: { value },
        };
    }
    const championText = `champion ${formatNumber(championValue)} (v${champion.version})`;
    const higher = rule.direction === 'higher';
    const change = value - championValue;
    const details = { value, champion_value: championValue, ...(ci ? { interval: ci } : {}) };
    if (rule.kind === 'improvement') {
        const needed = amountOf(rule.by, championValue);
        // A relative improvement on a zero champion can only mean "strictly better".
        const strict = rule.by.relative && championValue === 0;
        const ok = higher ? (strict ? change > 0 : change >= needed) : strict ? change < 0 : change <= -needed;
        const need = strict ? (higher ? '> 0' : '< 0') : higher ? `≥ ${amountText(rule.by, needed, true)}` : `≤ ${amountText(rule.by, -needed, true)}`;
        return {
            verdict: ok ? 'pass' : 'violated',
            line: `${name} ${formatNumber(value)} vs ${championText}: change ${formatSigned(change)}, needs ${need} → ${ok ? 'better' : 'not better enough'}`,
            details: { ...details, threshold: higher ? championValue + needed : championValue - needed },
        };
    }
    if (rule.kind === 'max_regression') {
        const allowed = amountOf(rule.by, championValue);
        const ok = higher ? change >= -allowed : change <= allowed;
        const limit = higher ? `allowed down to ${amountText(rule.by, -allowed, true)}` : `allowed up to ${amountText(rule.by, allowed, true)}`;
        return {
            verdict: ok ? 'pass' : 'violated',
            line: `${name} ${formatNumber(value)} vs ${championText}: change ${formatSigned(change)}, ${limit} → ${ok ? 'within allowed regression' : 'regressed'}`,
            details: { ...details, threshold: higher ? championValue - allowed : championValue + allowed },
        };
    }
    // Non-inferiority: the paired difference's interval must stay clear of the margin.
    const difference = metric.difference;
    if (!difference || difference.value === null || difference.value === undefined || !difference.ci) {
        return {
            verdict: 'missing',
            line: `${name} ${formatWithInterval(value, ci)} vs ${championText}: no paired difference with its interval in ${evidence.metricsFile}`,
            note: "evaluate writes the difference when given the champion's predictions on the same rows as its baseline",
            details,
        };
    }
    const margin = amountOf(rule.margin, championValue);
    const [low, high] = difference.ci;
    const ok = higher ? low > -margin : high < margin;
    return {
        verdict: ok ? 'pass' : 'violated',
        line: `${name} ${formatWithInterval(value, ci)} vs champion ${formatNumber(championValue)}: ` +
            `change ${formatWithInterval(difference.value, difference.ci, true)}, margin ${amountText(rule.margin, margin, false)} → ${ok ? 'non-inferior' : 'may be inferior'}`,
        details: { ...details, difference: { value: difference.value, ci: difference.ci }, threshold: higher ? -margin : margin },
    };
}
function noSkill(rule, evidence) {
    const name = rule.metric;
    const metric = evidence.metrics.values[name];
    if (!metric || metric.value === null || metric.value === undefined)
        return missingMetric(evidence, name, metric);
    const value = metric.value;
    const baseline = evidence.metrics.document?.no_skill?.[name];
    if (baseline === undefined || baseline === null) {
        return {
            verdict: 'missing',
            line: `${name} ${formatNumber(value)}: no no-skill figure for ${name} in ${evidence.metricsFile}`,
            note: 'evaluate records `no_skill` (majority class, or the mean) for the metrics it computes',
            details: { value },
        };
    }
    const margin = amountOf(rule.by, baseline);
    const higher = rule.direction === 'higher';
    const ok = margin === 0 ? (higher ? value > baseline : value < baseline) : higher ? value >= baseline + margin : value <= baseline - margin;
    const by = margin === 0 ? '' : `, needs ${higher ? '≥' : '≤'} ${formatNumber(higher ? baseline + margin : baseline - margin)}`;
    return {
        verdict: ok ? 'pass' : 'violated',
        line: `${name} ${formatWithInterval(value, metric.ci)} vs no-skill ${formatNumber(baseline)}${by} → ${ok ? 'beats no-skill' : 'does not beat no-skill'}`,
        details: { value, threshold: higher ? baseline + margin : baseline - margin },
    };
}
function slices(rule, evidence) {
    const name = rule.metric;
    const all = evidence.metrics.document?.slices;
    const scope = rule.column ? `by ${rule.column}` : 'over all slices';
    if (!all || Object.keys(all).length === 0) {
        return { verdict: 'missing', line: `${name} ${scope}: no slices in ${evidence.metricsFile}`, note: 'evaluate writes slices when given slice columns' };
    }
    const chosen = Object.entries(all).filter(([key]) => !rule.column || key.startsWith(`${rule.column}=`));
    if (chosen.length === 0) {
        return { verdict: 'missing', line: `${name} ${scope}: no slice of ${rule.column} in ${evidence.metricsFile}`, note: `slices recorded: ${Object.keys(all).slice(0, 8).join(', ')}` };
    }
    const small = chosen.filter(([, slice]) => slice.rows < rule.minRows);
    const undefinedIn = chosen.filter(([, slice]) => slice.rows >= rule.minRows && (slice.metrics[name]?.value ?? null) === null);
    const judged = chosen
        .filter(([, slice]) => slice.rows >= rule.minRows && typeof slice.metrics[name]?.value === 'number')
        .map(([key, slice]) => ({ key, rows: slice.rows, value: slice.metrics[name].value }));
    const notes = [];
    if (small.length > 0)
        notes.push(`${plural(small.length, 'slice')} under ${formatCount(rule.minRows)} rows left out (${small.map(([key, slice]) => `${key}: ${slice.rows}`).slice(0, 5).join(', ')})`);
    if (undefinedIn.length > 0)
        notes.push(`${name} not recorded for ${undefinedIn.map(([key]) => key).slice(0, 5).join(', ')}`);
    const note = notes.length ? notes.join('; ') : undefined;
    if (judged.length === 0) {
        return { verdict: 'missing', line: `${name} ${scope}: no slice with ${name} and at least ${formatCount(rule.minRows)} rows`, note };
    }
    const shown = (slice) => `${slice.key} ${formatNumber(slice.value)} (${formatCount(slice.rows)} rows)`;
    const sorted = [...judged].sort((a, b) => a.value - b.value);
    const worstLow = sorted[0];
    const worstHigh = sorted[sorted.length - 1];
    if (rule.kind === 'slice_gap') {
        const gap = worstHigh.value - worstLow.value;
        const ok = gap <= rule.maxGap;
        return {
            verdict: ok ? 'pass' : 'violated',
            line: `${name} gap ${scope}: ${formatNumber(gap)} (highest ${shown(worstHigh)}, lowest ${shown(worstLow)}) ${ok ? '≤' : '>'} max ${formatNumber(rule.maxGap)}`,
            note,
            details: { value: gap, threshold: rule.maxGap },
        };
    }
    const isMin = rule.kind === 'slice_min';
    const breaking = judged.filter((slice) => (isMin ? slice.value < rule.threshold : slice.value > rule.threshold));
    const worst = isMin ? worstLow : worstHigh;
    const ok = breaking.length === 0;
    const relation = isMin ? (ok ? '≥' : '<') : ok ? '≤' : '>';
    const count = ok ? `all ${plural(judged.length, 'slice')}` : `${breaking.length} of ${plural(judged.length, 'slice')}`;
    return {
        verdict: ok ? 'pass' : 'violated',
        line: `${name} ${scope}: ${isMin ? 'lowest' : 'highest'} ${shown(worst)} ${relation} ${isMin ? 'min' : 'max'} ${formatNumber(rule.threshold)} (${count}${ok ? ' clear it' : ` ${isMin ? 'below' : 'above'}`})`,
        note,
        details: { value: worst.value, threshold: rule.threshold },
    };
}
function upstream(rule, evidence) {
    const report = evidence.validation;
    const what = rule.kind === 'data_contract' ? 'data contract' : 'drift share';
    if (!report) {
        return { verdict: 'missing', line: `${what}: no validation report given`, note: "pass validate-data's report as the `data-report` input" };
    }
    if (rule.kind === 'data_contract') {
        const counts = `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}${report.rows !== undefined ? `, ${plural(report.rows, 'row')}` : ''}`;
        return { verdict: report.passed ? 'pass' : 'violated', line: `data contract ${report.passed ? 'passed' : 'failed'} (${counts})` };
    }
    if (!report.drift) {
        return { verdict: 'missing', line: `drift share: the validation report has no drift result`, note: 'validate-data reports drift when given reference data' };
    }
    const { share, drifted, columns } = report.drift;
    const ok = share <= rule.max;
    const which = columns && columns.length > 0 ? `: ${columns.slice(0, 5).join(', ')}${columns.length > 5 ? ', …' : ''}` : '';
    const count = drifted !== undefined ? ` (${plural(drifted, 'column')} drifted${which})` : '';
    return { verdict: ok ? 'pass' : 'violated', line: `drift share ${formatNumber(share)}${count} ${ok ? '≤' : '>'} max ${formatNumber(rule.max)}`, details: { value: share, threshold: rule.max } };
}
function evaluationRows(min, evidence) {
    const rows = evidence.metrics.document?.rows ?? evidence.metrics.values['rows']?.value ?? undefined;
    if (rows === undefined || rows === null) {
        return { verdict: 'missing', line: `evaluation rows not recorded in ${evidence.metricsFile}` };
    }
    const ok = rows >= min;
    return { verdict: ok ? 'pass' : 'violated', line: `evaluated on ${plural(rows, 'row')} ${ok ? '≥' : '<'} min ${formatCount(min)}`, details: { value: rows, threshold: min } };
}

;// CONCATENATED MODULE: ./src/gate/decision.ts
/**
 * The decision: every rule's outcome, the override if one applied, and the verdict, in the format
 * of schemas/gate-decision.schema.json. Also its Markdown for the job summary and the check run.
 */




const DECISION_FORMAT = 'ml-actions/gate-decision@1';
function countsOf(rules) {
    const counts = { pass: 0, fail: 0, warn: 0, skip: 0 };
    for (const rule of rules)
        counts[rule.result]++;
    return counts;
}
/** Accepts failed champion comparisons when the override label is on the pull request. */
function applyOverride(rules, override) {
    if (!override)
        return { rules };
    const accepted = [];
    const updated = rules.map((rule) => {
        if (rule.result !== 'fail' || !CHAMPION_RULES.has(rule.rule) || rule.missing)
            return rule;
        accepted.push(rule.id);
        const who = override.by ? ` added by ${override.by}` : '';
        return { ...rule, overridden: true, line: `${rule.line} (accepted: label "${override.label}"${who})` };
    });
    return { rules: updated, record: { ...override, applied: accepted.length > 0, ...(accepted.length ? { accepted } : {}) } };
}
function headlineOf(decision) {
    const { counts } = decision;
    const name = decision.model.version ? `${decision.model.name} v${decision.model.version}` : decision.model.name;
    const parts = [];
    if (counts.fail > 0)
        parts.push(`${plural(counts.fail, 'rule')} failed`);
    if (counts.warn > 0)
        parts.push(plural(counts.warn, 'warning'));
    parts.push(`${formatCount(counts.pass)} passed`);
    if (counts.skip > 0)
        parts.push(`${formatCount(counts.skip)} skipped`);
    const accepted = decision.override?.applied ? `, regression accepted by label "${decision.override.label}"` : '';
    const verb = decision.passed ? (decision.dry_run ? 'Would promote' : 'Promote') : decision.dry_run ? 'Would block' : 'Block';
    return `${verb} ${name}: ${parts.join(', ')}${accepted}`;
}
/** Judges the policy and assembles the decision (registry fields are filled in after registering). */
function decide(input) {
    const { policy, evidence } = input;
    const judged = judge(policy, evidence);
    const { rules, record } = applyOverride(judged, input.override);
    const counts = countsOf(rules);
    const passed = rules.every((rule) => rule.result !== 'fail' || rule.overridden === true);
    const notes = [];
    if (!evidence.champion)
        notes.push(`No model holds the alias "${evidence.championAlias}" yet: this is the first model, and champion comparisons pass (on_missing_champion: ${policy.onMissingChampion}).`);
    if (record && !record.applied)
        notes.push(`The label "${record.label}" is on the pull request, but no champion comparison failed, so it changed nothing.`);
    const document = evidence.metrics.document;
    const decision = {
        format: DECISION_FORMAT,
        passed,
        headline: '',
        dry_run: input.dryRun,
        created_at: (input.now ?? new Date()).toISOString(),
        model: input.model,
        policy: { path: policy.path, digest: policy.digest },
        metrics: {
            path: evidence.metricsFile,
            ...(input.metricsDigest ? { digest: input.metricsDigest } : {}),
            ...(document?.rows !== undefined ? { rows: document.rows } : {}),
            ...(document?.confidence !== undefined ? { confidence: document.confidence } : {}),
        },
        ...(evidence.champion
            ? {
                champion: {
                    alias: evidence.champion.alias,
                    version: evidence.champion.version,
                    ...(evidence.champion.commit ? { commit: evidence.champion.commit } : {}),
                    ...(evidence.champion.registeredAt ? { registered_at: evidence.champion.registeredAt } : {}),
                },
            }
            : {}),
        rules,
        counts,
        ...(record ? { override: record } : {}),
        ...(input.lineage ? { lineage: input.lineage } : {}),
        notes,
    };
    decision.headline = headlineOf(decision);
    return decision;
}
/** Check run conclusion: failure when blocked, neutral when it passed with warnings or an override. */
function conclusionOf(decision) {
    if (!decision.passed)
        return 'failure';
    if (decision.counts.warn > 0 || decision.override?.applied)
        return 'neutral';
    return 'success';
}
const RESULT_WORD = { pass: 'pass', fail: 'fail', warn: 'warning', skip: 'skipped' };
/** Markdown for the job summary and the check run; every text from the metrics file is escaped. */
function decisionMarkdown(decision, options = {}) {
    const icon = decision.passed ? (decision.counts.warn > 0 || decision.override?.applied ? '⚠️' : '✅') : '❌';
    const out = [`${options.heading ?? '###'} ${icon} ${(0,markdown/* escapeMarkdown */.FV)(decision.headline, 300)}`, ''];
    const facts = [`Policy ${(0,markdown/* codeSpan */.SS)(decision.policy.path)}`];
    if (decision.champion)
        facts.push(`compared with ${(0,markdown/* escapeMarkdown */.FV)(decision.champion.alias)} v${(0,markdown/* escapeMarkdown */.FV)(decision.champion.version)}`);
    else
        facts.push('no champion yet');
    if (decision.metrics.rows !== undefined)
        facts.push(`${formatCount(decision.metrics.rows)} evaluation rows`);
    if (decision.dry_run)
        facts.push('dry run: nothing registered');
    out.push(facts.join(' · '), '');
    const order = ['fail', 'warn', 'pass', 'skip'];
    const sorted = [...decision.rules].sort((a, b) => order.indexOf(a.result) - order.indexOf(b.result));
    const rows = sorted.map((rule) => [
        rule.overridden ? `${MARK.warn} accepted` : `${MARK[rule.result]} ${RESULT_WORD[rule.result]}`,
        (0,markdown/* escapeMarkdown */.FV)(rule.line, 400) + (rule.note ? `<br><sub>${(0,markdown/* escapeMarkdown */.FV)(rule.note, 300)}</sub>` : ''),
        `${(0,markdown/* codeSpan */.SS)(rule.id, 80)}${rule.severity === 'warn' ? ' (warn)' : ''}`,
    ]);
    out.push((0,markdown/* table */.tp)(['Result', 'Decision line', 'Rule'], rows, ['l', 'l', 'l']), '');
    const registry = decision.registry;
    if (registry?.version) {
        const where = registry.url ? `[v${(0,markdown/* escapeMarkdown */.FV)(registry.version)}](${registry.url})` : `v${(0,markdown/* escapeMarkdown */.FV)(registry.version)}`;
        const moves = (registry.aliases ?? []).map((move) => `${(0,markdown/* escapeMarkdown */.FV)(move.alias)} → v${(0,markdown/* escapeMarkdown */.FV)(move.version)}${move.from ? ` (was v${(0,markdown/* escapeMarkdown */.FV)(move.from)})` : ''}`);
        out.push(`Registered ${(0,markdown/* escapeMarkdown */.FV)(decision.model.name)} ${where} in the ${registry.type} registry${moves.length ? `; ${moves.join(', ')}` : ''}.`, '');
    }
    if (decision.override) {
        const who = [decision.override.by && `by ${(0,markdown/* escapeMarkdown */.FV)(decision.override.by)}`, decision.override.at && `at ${(0,markdown/* escapeMarkdown */.FV)(decision.override.at)}`].filter(Boolean).join(' ');
        out.push(`Override label ${(0,markdown/* codeSpan */.SS)(decision.override.label)}${decision.override.pull_request ? ` on #${decision.override.pull_request}` : ''}${who ? ` (added ${who})` : ''}: ${decision.override.applied ? `accepted ${plural(decision.override.accepted?.length ?? 0, 'failed comparison')}` : 'not needed'}.`, '');
    }
    for (const note of decision.notes)
        out.push(`> ${(0,markdown/* escapeMarkdown */.FV)(note, 500)}`, '');
    return out.join('\n').trimEnd() + '\n';
}

;// CONCATENATED MODULE: ./src/gate/evidence.ts
/**
 * What the gate judges: the candidate's metrics, the champion's recorded metrics, the upstream
 * validation report, and figures measured from the model files.
 */


const VALIDATION_REPORT_FORMAT = 'ml-actions/validation-report@1';
function countOf(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (Array.isArray(value))
        return value.length;
    return undefined;
}
function validationSummaryFrom(data, file) {
    const report = data;
    if (typeof report !== 'object' || report === null || report['format'] !== VALIDATION_REPORT_FORMAT) {
        throw new errors/* UserError */.yo(`${file}: not a validate-data report (expected "format": "${VALIDATION_REPORT_FORMAT}")`, { file });
    }
    if (typeof report['passed'] !== 'boolean')
        throw new errors/* UserError */.yo(`${file}: the report has no "passed" verdict`, { file });
    const drift = report['drift'];
    const share = typeof drift?.['share'] === 'number' ? drift['share'] : undefined;
    const drifted = drift?.['drifted'];
    return {
        passed: report['passed'],
        errors: countOf(report['errors']) ?? 0,
        warnings: countOf(report['warnings']) ?? 0,
        rows: countOf(report['rows']),
        drift: share === undefined
            ? undefined
            : {
                share,
                drifted: countOf(drifted),
                columns: Array.isArray(drifted) ? drifted.map((item) => (typeof item === 'string' ? item : String(item?.column ?? item))) : undefined,
            },
    };
}
function readValidationReport(path, shownAs = path) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.yo(`${shownAs}: validation report not found`, { file: shownAs });
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${shownAs}: the validation report is not JSON: ${error.message}`, { file: shownAs });
    }
    return validationSummaryFrom(data, shownAs);
}

;// CONCATENATED MODULE: ./src/gate/github-io.ts
/**
 * The gate's conversations with GitHub besides the registry: the override label, read from the
 * pull request as it is now (labels change after a run starts), and the check run that carries the
 * decision on the commit.
 */



// GitHub caps a check run's summary at 65535 characters.
const CHECK_SUMMARY_LIMIT = 65_000;
/** The override label if the pull request carries it now, with who added it and when when GitHub says. */
async function findOverrideLabel(octokit, repository, pullRequest, label) {
    let labels;
    try {
        labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, { ...repository, issue_number: pullRequest, per_page: 100 });
    }
    catch (error) {
        throw (0,github/* explainPermissionError */.n_)(error, 'pull-requests: read', `read the labels of pull request #${pullRequest}`);
    }
    const found = labels.find((candidate) => candidate.name.toLowerCase() === label.toLowerCase());
    if (!found)
        return undefined;
    const finding = { label: found.name, pull_request: pullRequest };
    // Who added it and when: the latest "labeled" event for this label. Without access to events
    // the override still counts; the decision then records the label alone.
    try {
        const events = await octokit.paginate(octokit.rest.issues.listEvents, { ...repository, issue_number: pullRequest, per_page: 100 });
        const added = events.filter((event) => event.event === 'labeled' && event.label?.name?.toLowerCase() === label.toLowerCase()).at(-1);
        if (added) {
            finding.by = added.actor?.login;
            finding.at = added.created_at;
        }
    }
    catch (error) {
        core/* info */.pq(`Could not read who added the label "${label}" (${(0,github/* httpStatus */.nG)(error) ?? ''} ${error.message}); recording the label alone`);
    }
    return finding;
}
/** The pull request a push was merged from, when it is among the latest closed ones into the branch. */
async function pullRequestOfCommit(octokit, repository, sha, branch) {
    try {
        const pulls = await octokit.rest.pulls.list({ ...repository, state: 'closed', base: branch, sort: 'updated', direction: 'desc', per_page: 50 });
        return pulls.data.find((pull) => pull.merge_commit_sha === sha)?.number;
    }
    catch (error) {
        core/* info */.pq(`Could not look up the pull request of ${sha.slice(0, 12)}: ${error.message}`);
        return undefined;
    }
}
async function publishCheckRun(octokit, repository, input) {
    const { decision } = input;
    let summary = decisionMarkdown(decision, { heading: '##' });
    if (summary.length > CHECK_SUMMARY_LIMIT)
        summary = `${summary.slice(0, CHECK_SUMMARY_LIMIT)}\n\n…cut; the full decision is in the job summary and the decision file.`;
    try {
        const response = await octokit.rest.checks.create({
            ...repository,
            name: input.name,
            head_sha: input.headSha,
            status: 'completed',
            conclusion: conclusionOf(decision),
            completed_at: new Date().toISOString(),
            ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
            external_id: `${decision.model.name}${decision.model.version ? `@${decision.model.version}` : ''}`,
            output: { title: decision.headline.slice(0, 255), summary },
        });
        return response.data.html_url ?? undefined;
    }
    catch (error) {
        // The decision stands without the check run (fork pull requests get a read-only token).
        const explained = (0,github/* explainPermissionError */.n_)(error, 'checks: write', `create the check run "${input.name}"`);
        core/* warning */.$e(`The decision was made but not posted as a check run: ${explained.message}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/gate/run.ts
/**
 * One gate run: read the policy, metrics and upstream report, find the champion in the registry,
 * read the override label, decide, register and move aliases when the model may be promoted, and
 * report the decision (file, outputs, job summary, check run). A blocked gate fails the step only
 * after all of that is written.
 */





















const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function checkInputs(inputs) {
    if (!MODEL_NAME.test(inputs.modelName))
        throw new errors/* ConfigurationError */.j1('model-name', `"${inputs.modelName}" may hold only letters, digits, ".", "_" and "-" (it names tags, folders and files)`);
    for (const [input, alias] of [['alias', inputs.alias], ['champion-alias', inputs.championAlias]]) {
        const problem = aliasProblem(alias);
        if (problem)
            throw new errors/* ConfigurationError */.j1(input, `"${alias}" ${problem}`);
        if (alias === previousAliasOf(inputs.alias) && input === 'alias')
            throw new errors/* ConfigurationError */.j1('alias', `"${alias}" is the rollback alias the gate maintains itself`);
    }
    if (!inputs.dryRun && !inputs.model)
        throw new errors/* ConfigurationError */.j1('model', 'is required to register the model (or set dry-run: true to decide without registering)');
}
function sha256(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function githubClient(inputs, run) {
    if (!inputs.token || !run.repository)
        return undefined;
    return (0,github/* createGitHubClient */.LX)(inputs.token, run.apiUrl);
}
function createRegistry(inputs, run, octokit, workspace) {
    switch (inputs.registry) {
        case 'github': {
            if (!run.repository)
                throw new errors/* UserError */.yo('registry: github needs GITHUB_REPOSITORY (owner/name); outside GitHub use registry: local');
            if (!octokit)
                throw new errors/* ConfigurationError */.j1('token', 'is empty; registry: github stores versions as releases and needs `contents: write`');
            if (!run.sha)
                throw new errors/* UserError */.yo('registry: github needs GITHUB_SHA: the commit each registered version points at');
            return new GitHubRegistry(octokit, { ...run.repository, commit: run.sha, branch: inputs.registryBranch });
        }
        case 'mlflow': {
            const uri = inputs.mlflowUri || process.env['MLFLOW_TRACKING_URI'];
            if (!uri || !/^https?:\/\//.test(uri))
                throw new errors/* ConfigurationError */.j1('mlflow-uri', `must be the http(s) address of the MLflow tracking server${uri ? `, got "${uri}"` : ' (or set MLFLOW_TRACKING_URI)'}`);
            return new MlflowRegistry({
                uri,
                token: inputs.mlflowToken || process.env['MLFLOW_TRACKING_TOKEN'] || undefined,
                username: process.env['MLFLOW_TRACKING_USERNAME'] || undefined,
                password: process.env['MLFLOW_TRACKING_PASSWORD'] || undefined,
            });
        }
        case 'local':
            return new LocalRegistry((0,shared_files/* resolveInWorkspace */.z1)(inputs.registryPath, workspace));
    }
}
function shown(path, workspace) {
    const inside = (0,external_node_path_.relative)(workspace, path);
    return inside && !inside.startsWith('..') ? inside.split('\\').join('/') : path;
}
async function runGate(inputs, io) {
    const { run } = io;
    const workspace = run.workspace;
    checkInputs(inputs);
    const policyPath = (0,shared_files/* resolveInWorkspace */.z1)(inputs.policy, workspace);
    const policy = readPolicy(policyPath, shown(policyPath, workspace));
    const metricsPath = (0,shared_files/* resolveInWorkspace */.z1)(inputs.metrics, workspace);
    const metricsShown = shown(metricsPath, workspace);
    const metrics = (0,shared_metrics/* readMetricsFile */._c)(metricsPath, metricsShown);
    if (Object.keys(metrics.values).length === 0)
        throw new errors/* UserError */.yo(`${metricsShown}: the metrics file records no metrics`, { file: metricsShown });
    const validationPath = inputs.validationReport ? (0,shared_files/* resolveInWorkspace */.z1)(inputs.validationReport, workspace) : undefined;
    const validation = validationPath ? readValidationReport(validationPath, shown(validationPath, workspace)) : undefined;
    let files;
    let sourceUri;
    if (inputs.model && inputs.registry === 'mlflow' && isModelUri(inputs.model)) {
        sourceUri = inputs.model;
    }
    else if (inputs.model) {
        const modelPath = (0,shared_files/* resolveInWorkspace */.z1)(inputs.model, workspace);
        files = await readModelFiles(modelPath, shown(modelPath, workspace));
    }
    const octokit = githubClient(inputs, run);
    const registry = createRegistry(inputs, run, octokit, workspace);
    const champion = await (0,log/* group */.Os)(`Champion: ${inputs.modelName}@${inputs.championAlias} in the ${registry.type} registry`, async () => {
        const found = await registry.champion(inputs.modelName, inputs.championAlias);
        core/* info */.pq(found ? `${inputs.championAlias} is v${found.version}` : `No version holds ${inputs.championAlias} yet: first model`);
        return found;
    });
    const pull = (0,context/* pullRequestOf */._n)(run);
    let pullRequest = inputs.pullRequest ?? pull?.number;
    let override;
    if (inputs.overrideLabel) {
        if (!octokit || !run.repository) {
            core/* warning */.$e(`override-label "${inputs.overrideLabel}" cannot be checked without a token and repository; no override`);
        }
        else {
            if (pullRequest === undefined && run.eventName === 'push' && run.ref.startsWith('refs/heads/')) {
                pullRequest = await pullRequestOfCommit(octokit, run.repository, run.sha, run.ref.slice('refs/heads/'.length));
            }
            if (pullRequest !== undefined)
                override = await findOverrideLabel(octokit, run.repository, pullRequest, inputs.overrideLabel);
        }
    }
    const evidence = {
        metrics,
        metricsFile: metricsShown,
        championAlias: inputs.championAlias,
        champion,
        validation,
        validationFile: validationPath ? shown(validationPath, workspace) : undefined,
        figures: files ? modelFigures(files) : undefined,
    };
    const lineage = {
        ...(run.sha ? { commit: pull?.headSha ?? run.sha } : {}),
        ...(run.ref ? { ref: run.ref } : {}),
        ...(run.runUrl ? { run_url: run.runUrl } : {}),
        ...(run.actor ? { actor: run.actor } : {}),
        ...(run.eventName ? { event: run.eventName } : {}),
    };
    const decision = decide({
        policy,
        evidence,
        model: { name: inputs.modelName, ...(files ? { digest: files.digest, files: files.files.length, bytes: files.bytes } : {}) },
        metricsDigest: sha256((0,external_node_fs_.readFileSync)(metricsPath)),
        override,
        dryRun: inputs.dryRun,
        lineage,
    });
    for (const rule of decision.rules)
        core/* info */.pq(`${rule.result.toUpperCase().padEnd(4)} ${rule.line}`);
    let failure;
    if (decision.passed && !inputs.dryRun) {
        try {
            await register(inputs, registry, decision, { files, sourceUri, metrics: evidence, run, pullRequest, workspace });
        }
        catch (error) {
            failure = error;
            decision.notes.push(`Registration failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    else if (decision.passed) {
        decision.registry = { type: registry.type };
    }
    decision.headline = headlineOf(decision);
    const decisionPath = (0,shared_files/* resolveInWorkspace */.z1)(inputs.decisionFile, workspace);
    (0,shared_files/* writeFileAtomic */.Zf)(decisionPath, `${JSON.stringify(decision, null, 2)}\n`);
    io.setOutput('passed', decision.passed && failure === undefined);
    io.setOutput('decision', decisionPath);
    io.setOutput('model-version', decision.registry?.version);
    io.setOutput('release-url', decision.registry?.url);
    io.setOutput('previous-version', decision.registry?.previous_version);
    io.setOutput('champion-version', champion?.version);
    await core/* summary */.z.addRaw(decisionMarkdown(decision)).write();
    if (inputs.checkName && octokit && run.repository) {
        await publishCheckRun(octokit, run.repository, { name: inputs.checkName, headSha: pull?.headSha ?? run.sha, decision, detailsUrl: run.runUrl });
    }
    if (failure !== undefined)
        throw failure;
    if (!decision.passed) {
        const failed = decision.rules.filter((rule) => rule.result === 'fail' && !rule.overridden);
        throw new errors/* ActionFailed */.ij(`${decision.headline}\n${failed.map((rule) => `  ${rule.line}`).join('\n')}`);
    }
    return decision;
}
async function register(inputs, registry, decision, context) {
    const { run, metrics } = context;
    const files = context.files ?? { root: context.sourceUri ?? '', kind: 'file', files: [], bytes: 0, digest: '' };
    const document = metrics.metrics.document;
    const dataFiles = [];
    for (const path of inputs.data) {
        const absolute = (0,shared_files/* resolveInWorkspace */.z1)(path, context.workspace);
        const read = await readModelFiles(absolute, shown(absolute, context.workspace), 'data');
        dataFiles.push({ path: shown(absolute, context.workspace), digest: read.digest, bytes: read.bytes });
    }
    const params = inputs.params ? (0,shared_params/* readParamsFile */.r)((0,shared_files/* resolveInWorkspace */.z1)(inputs.params, context.workspace), inputs.params) : undefined;
    const now = new Date().toISOString();
    const metadata = {
        format: 'ml-actions/model-version@1',
        name: inputs.modelName,
        registered_at: now,
        ...(run.actor ? { registered_by: run.actor } : {}),
        model: { digest: files.digest, bytes: files.bytes, files: files.files.map((file) => ({ path: file.path, bytes: file.bytes, sha256: file.sha256 })) },
        metrics: Object.fromEntries(Object.entries(metrics.metrics.values).map(([name, metric]) => [name, { value: metric.value, ...(metric.ci ? { ci: metric.ci } : {}) }])),
        ...(document?.no_skill ? { no_skill: document.no_skill } : {}),
        evaluation: {
            ...(document?.rows !== undefined ? { rows: document.rows } : {}),
            ...(document?.confidence !== undefined ? { confidence: document.confidence } : {}),
            ...(document?.resamples !== undefined ? { resamples: document.resamples } : {}),
            ...(document?.seed !== undefined ? { seed: document.seed } : {}),
            ...(decision.metrics.digest ? { metrics_digest: decision.metrics.digest } : {}),
        },
        ...(params ? { params } : {}),
        ...(dataFiles.length ? { data: dataFiles } : {}),
        lineage: {
            ...(run.repository ? { repository: `${run.repository.owner}/${run.repository.repo}` } : {}),
            ...decision.lineage,
            ...(run.workflow ? { workflow: run.workflow } : {}),
            ...(context.pullRequest !== undefined ? { pull_request: context.pullRequest } : {}),
        },
        gate: {
            passed: decision.passed,
            headline: decision.headline,
            policy: decision.policy,
            ...(decision.champion ? { champion: { alias: decision.champion.alias, version: decision.champion.version } } : {}),
            rules: decision.rules.map((rule) => ({ id: rule.id, result: rule.overridden ? 'accepted' : rule.result, line: rule.line })),
            ...(decision.override?.applied ? { override: { label: decision.override.label, ...(decision.override.by ? { by: decision.override.by } : {}), ...(decision.override.at ? { at: decision.override.at } : {}) } } : {}),
        },
    };
    const registered = await (0,log/* group */.Os)(`Register ${inputs.modelName} in the ${registry.type} registry`, async () => {
        const result = await registry.register({
            name: inputs.modelName,
            files,
            metadata,
            card: (version, full) => renderModelCard({ ...full, gate: { ...full.gate, headline: headlineOf({ ...decision, model: { ...decision.model, version } }) } }, { serverUrl: run.serverUrl }),
            ...(context.sourceUri ? { sourceUri: context.sourceUri } : {}),
            ...(inputs.mlflowRunId ? { runId: inputs.mlflowRunId } : {}),
        });
        core/* info */.pq(`Registered ${inputs.modelName} v${result.version}: ${result.url}`);
        return result;
    });
    decision.model.version = registered.version;
    decision.registry = { type: registry.type, version: registered.version, url: registered.url };
    const reason = decision.override?.applied
        ? `gate passed with the regression accepted by label "${decision.override.label}"${decision.override.by ? ` (added by ${decision.override.by})` : ''}`
        : `gate passed: ${headlineOf({ ...decision })}`;
    const moves = await registry.moveAliases(inputs.modelName, [promotionOf(inputs.alias, registered.version)], {
        at: new Date().toISOString(),
        by: run.actor || 'unknown',
        reason,
        ...(run.runUrl ? { run_url: run.runUrl } : {}),
        ...(decision.lineage?.commit ? { commit: decision.lineage.commit } : {}),
    });
    for (const move of moves)
        core/* info */.pq(`${move.alias} → v${move.version}${move.from ? ` (was v${move.from})` : ''}`);
    decision.registry.aliases = moves;
    const displaced = moves.find((move) => move.alias === inputs.alias)?.from;
    if (displaced)
        decision.registry.previous_version = displaced;
}

;// CONCATENATED MODULE: ./src/gate/action.ts



/* harmony default export */ const gate_action = ((0,action/* defineAction */.QP)({
    name: 'gate',
    inputs: {
        'policy': inputs/* input */.hF.string({ required: true }),
        'metrics': inputs/* input */.hF.string({ required: true }),
        'model-name': inputs/* input */.hF.string({ required: true }),
        'model': inputs/* input */.hF.string(),
        'registry': inputs/* input */.hF.choice(['github', 'mlflow', 'local'], { defaulted: true }),
        'dry-run': inputs/* input */.hF.boolean({ defaulted: true }),
        'alias': inputs/* input */.hF.string({ defaulted: true }),
        'champion-alias': inputs/* input */.hF.string({ defaulted: true }),
        'data-report': inputs/* input */.hF.string(),
        'params': inputs/* input */.hF.string(),
        'data': inputs/* input */.hF.list(),
        'override-label': inputs/* input */.hF.string(),
        'pull-request': inputs/* input */.hF.integer({ min: 1 }),
        'check-name': inputs/* input */.hF.string({ defaulted: true }),
        'decision-file': inputs/* input */.hF.string({ defaulted: true }),
        'registry-branch': inputs/* input */.hF.string({ defaulted: true }),
        'registry-path': inputs/* input */.hF.string({ defaulted: true }),
        'mlflow-uri': inputs/* input */.hF.string(),
        'mlflow-token': inputs/* input */.hF.string({ secret: true }),
        'mlflow-run-id': inputs/* input */.hF.string(),
        'token': inputs/* input */.hF.string({ secret: true }),
    },
    outputs: ['passed', 'decision', 'model-version', 'release-url', 'previous-version', 'champion-version'],
    async run({ inputs, run, setOutput }) {
        await runGate({
            policy: inputs['policy'],
            metrics: inputs['metrics'],
            modelName: inputs['model-name'],
            model: inputs['model'],
            registry: inputs['registry'],
            dryRun: inputs['dry-run'],
            alias: inputs['alias'],
            championAlias: inputs['champion-alias'],
            validationReport: inputs['data-report'],
            params: inputs['params'],
            data: inputs['data'] ?? [],
            overrideLabel: inputs['override-label'],
            pullRequest: inputs['pull-request'],
            checkName: inputs['check-name'] === 'none' ? undefined : inputs['check-name'],
            decisionFile: inputs['decision-file'],
            registryBranch: inputs['registry-branch'],
            registryPath: inputs['registry-path'],
            mlflowUri: inputs['mlflow-uri'],
            mlflowToken: inputs['mlflow-token'],
            mlflowRunId: inputs['mlflow-run-id'],
            token: inputs['token'],
        }, { run, setOutput });
    },
}));


/***/ })

};
