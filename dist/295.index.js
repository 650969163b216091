export const id = 295;
export const ids = [295];
export const modules = {

/***/ 83295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ deploy_action)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/shared/action.ts
var action = __webpack_require__(1771);
// EXTERNAL MODULE: ./src/shared/context.ts
var context = __webpack_require__(50082);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/files.ts
var files = __webpack_require__(38590);
// EXTERNAL MODULE: ./src/shared/github.ts
var github = __webpack_require__(36654);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
// EXTERNAL MODULE: ./src/deploy/wait.ts
var wait = __webpack_require__(65158);
;// CONCATENATED MODULE: ./src/deploy/context.ts
/**
 * The `DeployContext` the action hands to targets: a log that keeps provider events (they become
 * the causes of a failure and a table in the job summary), the step's deadline, the dry-run plan,
 * and an abort signal tied to cancellation and the deadline.
 */


const EVENT_ICON = { info: 'ℹ', warning: '⚠', error: '✗' };
function createLog() {
    const events = [];
    const seen = new Set();
    return {
        events,
        info: (message) => core/* info */.pq(message),
        warning: (message) => core/* warning */.$e(message),
        debug: (message) => core/* debug */.Yz(message),
        event(event) {
            // Providers repeat events (Kubernetes counts them, EB re-lists them): show each once.
            const key = `${event.level}|${event.source}|${event.reason ?? ''}|${event.message}`;
            if (seen.has(key))
                return;
            seen.add(key);
            events.push(event);
            const text = `${EVENT_ICON[event.level]} ${event.source}${event.reason ? ` ${event.reason}` : ''}: ${event.message}${event.time ? ` (${event.time})` : ''}`;
            // Plain log lines, not annotations: a rollout can emit dozens; the failure message carries the causes.
            core/* info */.pq(text);
        },
    };
}
function createPlan(dryRun) {
    const calls = [];
    return { dryRun, calls, record: (call) => void calls.push(call) };
}
function createDeployContext(options) {
    const controller = new AbortController();
    const deadline = (0,wait/* createDeadline */.d)(options.timeoutSeconds, controller.signal);
    // The signal aborts slightly after the deadline, so a wait that checks the deadline reports
    // "timed out waiting for X" rather than a bare abort.
    const timer = setTimeout(() => controller.abort(new Error(`the step's timeout (${options.timeoutSeconds}s) passed`)), options.timeoutSeconds * 1000 + 2000);
    timer.unref();
    const onSignal = () => controller.abort(new Error('the step was cancelled'));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    return {
        log: createLog(),
        deadline,
        plan: createPlan(options.dryRun),
        signal: controller.signal,
        pollIntervalMs: options.pollIntervalMs,
        dispose() {
            clearTimeout(timer);
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/github-deployments.ts


const PAYLOAD_KEY = 'ml-actions';
function recordOf(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    const record = value?.[PAYLOAD_KEY];
    return record && typeof record.version === 'string' && typeof record.target === 'string' ? record : undefined;
}
class GitHubDeployments {
    options;
    constructor(options) {
        this.options = options;
    }
    /** Creates the Deployment; failures here stop the step before anything is deployed. */
    async create(ref, record, description) {
        const { client, owner, repo, environment } = this.options;
        try {
            const response = await client.rest.repos.createDeployment({
                owner,
                repo,
                ref,
                environment,
                task: 'deploy',
                // Never merge the default branch into the ref, and do not wait for commit statuses: the
                // workflow already decided this commit ships.
                auto_merge: false,
                required_contexts: [],
                payload: { [PAYLOAD_KEY]: record },
                description: description.slice(0, 140),
                production_environment: /^prod(uction)?$/i.test(environment),
            });
            if (response.status !== 201 || !('id' in response.data)) {
                throw new Error(`GitHub did not create the deployment (${response.status}): ${JSON.stringify(response.data).slice(0, 200)}`);
            }
            this.options.log.info(`GitHub deployment ${response.data.id} for environment ${environment}`);
            return response.data.id;
        }
        catch (error) {
            throw (0,github/* explainPermissionError */.n_)(error, 'deployments: write', `create a deployment for environment "${environment}"`);
        }
    }
    /** Adds a status. A failure here is logged, not fatal: the deploy itself already happened. */
    async status(id, state, description, environmentUrl) {
        const { client, owner, repo, environment, logUrl } = this.options;
        try {
            await client.rest.repos.createDeploymentStatus({
                owner,
                repo,
                deployment_id: id,
                state,
                description: description.slice(0, 140),
                environment,
                ...(logUrl ? { log_url: logUrl } : {}),
                ...(environmentUrl ? { environment_url: environmentUrl } : {}),
            });
        }
        catch (error) {
            this.options.log.warning(`Could not set GitHub deployment ${id} to ${state}: ${(0,shared_errors/* errorMessage */.gJ)((0,github/* explainPermissionError */.n_)(error, 'deployments: write', 'set a deployment status'))}`);
        }
    }
    /** The newest Deployment this action made for the environment and target/name, if any. */
    async findLatest(target, name, version) {
        const { client, owner, repo, environment } = this.options;
        try {
            const deployments = await client.rest.repos.listDeployments({ owner, repo, environment, per_page: 50 });
            for (const deployment of deployments.data) {
                const record = recordOf(deployment.payload);
                if (!record || record.target !== target || record.name !== name)
                    continue;
                if (version !== undefined && record.version !== version)
                    continue;
                return { id: deployment.id, record };
            }
            return undefined;
        }
        catch (error) {
            throw (0,github/* explainPermissionError */.n_)(error, 'deployments: read', `list the deployments of environment "${environment}"`);
        }
    }
}

// EXTERNAL MODULE: ./src/deploy/errors.ts
var errors = __webpack_require__(71812);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schemas/smoke-test.schema.json
const smoke_test_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ml-actions.dev/schemas/smoke-test.schema.json","title":"ml-actions deploy smoke test","description":"Requests the deploy action sends to a new version before it gets traffic and after each traffic shift, with what each response must be.","type":"object","additionalProperties":false,"required":["requests"],"properties":{"timeout":{"description":"Per-request time limit, e.g. 5s (default 10s).","type":"string","pattern":"^(\\\\d+(\\\\.\\\\d+)?(ms|s|m))+$"},"headers":{"description":"Headers sent with every request.","$ref":"#/definitions/headers"},"requests":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"name":{"type":"string","minLength":1},"method":{"enum":["GET","POST","PUT","PATCH","DELETE","HEAD","OPTIONS"]},"path":{"type":"string","pattern":"^/"},"headers":{"$ref":"#/definitions/headers"},"json":{"description":"Request body, sent as JSON."},"body":{"description":"Request body, sent as text.","type":"string"},"expect":{"type":"object","additionalProperties":false,"properties":{"status":{"description":"Expected HTTP status, or a list of accepted ones (default: any 2xx).","oneOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"array","minItems":1,"items":{"type":"integer","minimum":100,"maximum":599}}]},"json":{"description":"Values the JSON response must contain (objects match as a subset, arrays and scalars exactly)."},"schema":{"description":"A JSON Schema the JSON response must satisfy.","type":["object","boolean"]},"body-contains":{"type":"string"},"headers":{"$ref":"#/definitions/headers"}}}},"not":{"required":["json","body"]}}}},"definitions":{"headers":{"type":"object","additionalProperties":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./src/deploy/smoke.ts
/**
 * Smoke tests: a YAML file of requests and what each response must be (status, values, a JSON
 * Schema). The file is checked against schemas/smoke-test.schema.json when it is loaded, so a typo
 * fails the step before anything is deployed, with the file and line of the mistake.
 */







class SmokeTestFailure extends errors/* DeployFailure */.Qt {
    run;
    constructor(run) {
        const failed = run.results.filter((r) => !r.passed);
        const first = failed[0];
        super(`Smoke test failed on ${run.label} (${run.url}): ${failed.length} of ${run.results.length} requests failed; ` +
            `first: "${first?.name}": ${first?.problems.join('; ')}`);
        this.name = 'SmokeTestFailure';
        this.run = run;
    }
}
const smoke_ajv = new ajv.Ajv({ allErrors: true, strict: false });
const validateSmokeFile = smoke_ajv.compile(smoke_test_schema_namespaceObject);
function lineOf(doc, counter, path) {
    // Walk up until a path segment exists as a node with a position.
    for (let length = path.length; length >= 0; length--) {
        const node = doc.getIn(path.slice(0, length), true);
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            return counter.linePos(node.range[0]).line;
    }
    return undefined;
}
function pathOf(error) {
    return error.instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
function describe(error) {
    const where = error.instancePath === '' ? 'the file' : error.instancePath.slice(1).replace(/\//g, '.');
    if (error.keyword === 'additionalProperties')
        return `${where}: unknown key "${error.params.additionalProperty}"`;
    if (error.keyword === 'enum')
        return `${where} must be one of ${error.params.allowedValues.join(', ')}`;
    if (error.keyword === 'not')
        return `${where}: give either json or body, not both`;
    return `${where} ${error.message}`;
}
/** Reads and checks a smoke-test file; `displayPath` is how messages name it (relative to the workspace). */
function loadSmokeSuite(path, displayPath = path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new shared_errors/* UserError */.yo(`Cannot read the smoke-test file ${displayPath}: ${error.message}`, { file: displayPath });
    }
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false });
    const syntax = doc.errors[0];
    if (syntax) {
        const position = counter.linePos(syntax.pos[0]);
        throw new shared_errors/* UserError */.yo(`${displayPath}:${position.line}: not valid YAML: ${syntax.message.split('\n')[0]}`, {
            file: displayPath,
            line: position.line,
            column: position.col,
        });
    }
    const data = doc.toJS();
    if (!validateSmokeFile(data)) {
        // The most specific error first: the deepest path.
        const errors = [...(validateSmokeFile.errors ?? [])].filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
        errors.sort((a, b) => b.instancePath.length - a.instancePath.length);
        const error = errors[0] ?? validateSmokeFile.errors[0];
        const line = lineOf(doc, counter, pathOf(error));
        throw new shared_errors/* UserError */.yo(`${displayPath}${line ? `:${line}` : ''}: ${describe(error)}`, { file: displayPath, line });
    }
    const file = data;
    const schemas = new Map();
    file.requests.forEach((request, index) => {
        request.line = lineOf(doc, counter, ['requests', index]);
        const schema = request.expect?.schema;
        if (schema === undefined)
            return;
        try {
            schemas.set(index, smoke_ajv.compile(schema));
        }
        catch (error) {
            const line = lineOf(doc, counter, ['requests', index, 'expect', 'schema']);
            throw new shared_errors/* UserError */.yo(`${displayPath}${line ? `:${line}` : ''}: the response schema is not a valid JSON Schema: ${error.message}`, {
                file: displayPath,
                line,
            });
        }
    });
    return {
        file: displayPath,
        timeoutMs: file.timeout ? (0,inputs/* parseDuration */.E9)(file.timeout, 'timeout') * 1000 : 10_000,
        headers: file.headers ?? {},
        requests: file.requests,
        schemas,
    };
}
/** True when `actual` contains `expected`: objects as a subset, everything else exactly. */
function containsValues(actual, expected) {
    if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
        if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
            return false;
        return Object.entries(expected).every(([key, value]) => containsValues(actual[key], value));
    }
    if (Array.isArray(expected)) {
        return Array.isArray(actual) && actual.length === expected.length && expected.every((value, i) => containsValues(actual[i], value));
    }
    return Object.is(actual, expected) || actual === expected;
}
function requestName(request, index) {
    return request.name ?? `${request.method ?? (request.json !== undefined || request.body !== undefined ? 'POST' : 'GET')} ${request.path} (#${index + 1})`;
}
function sendTo(endpoint, path, init) {
    if (endpoint.fetch)
        return endpoint.fetch(path, init);
    return fetch(`${endpoint.url.replace(/\/+$/, '')}${path}`, init);
}
async function runOne(suite, index, endpoint, signal) {
    const request = suite.requests[index];
    const name = requestName(request, index);
    const headers = { ...suite.headers, ...request.headers };
    let body;
    if (request.json !== undefined) {
        body = JSON.stringify(request.json);
        headers['content-type'] ??= 'application/json';
    }
    else if (request.body !== undefined) {
        body = request.body;
    }
    const method = request.method ?? (body !== undefined ? 'POST' : 'GET');
    const started = performance.now();
    const problems = [];
    let status;
    try {
        const response = await sendTo(endpoint, request.path, {
            method,
            headers,
            body,
            signal: AbortSignal.any([signal, AbortSignal.timeout(suite.timeoutMs)]),
        });
        status = response.status;
        const text = await response.text();
        const expect = request.expect ?? {};
        const accepted = expect.status === undefined ? undefined : Array.isArray(expect.status) ? expect.status : [expect.status];
        if (accepted ? !accepted.includes(status) : status < 200 || status > 299) {
            problems.push(`status ${status}, expected ${accepted ? accepted.join(' or ') : '2xx'}${text ? ` (body: ${text.slice(0, 200)})` : ''}`);
        }
        for (const [header, value] of Object.entries(expect.headers ?? {})) {
            const got = response.headers.get(header);
            if (got !== value)
                problems.push(`header ${header} is ${got === null ? 'missing' : `"${got}"`}, expected "${value}"`);
        }
        if (expect['body-contains'] !== undefined && !text.includes(expect['body-contains'])) {
            problems.push(`body does not contain "${expect['body-contains']}"`);
        }
        const schema = suite.schemas.get(index);
        if (expect.json !== undefined || schema) {
            let parsed;
            try {
                parsed = JSON.parse(text);
            }
            catch {
                problems.push(`response is not JSON: ${text.slice(0, 200)}`);
            }
            if (parsed !== undefined) {
                if (expect.json !== undefined && !containsValues(parsed, expect.json)) {
                    problems.push(`response ${JSON.stringify(parsed).slice(0, 300)} does not contain ${JSON.stringify(expect.json)}`);
                }
                if (schema && !schema(parsed)) {
                    problems.push(`response does not match the schema: ${smoke_ajv.errorsText(schema.errors, { dataVar: 'response' })}`);
                }
            }
        }
    }
    catch (error) {
        const reason = error.name === 'TimeoutError' ? `no answer within ${suite.timeoutMs}ms` : error.message;
        const cause = error.cause?.code;
        problems.push(`request failed: ${reason}${cause ? ` (${cause})` : ''}`);
    }
    return { name, passed: problems.length === 0, status, ms: Math.round(performance.now() - started), problems };
}
/** Sends every request in order; throws SmokeTestFailure when any fails. */
async function runSmokeSuite(suite, endpoint, label, ctx) {
    ctx.log.info(`Smoke test ${suite.file} against ${label} (${endpoint.url})`);
    const results = [];
    for (let index = 0; index < suite.requests.length; index++) {
        const result = await runOne(suite, index, endpoint, ctx.signal);
        results.push(result);
        const line = `${result.passed ? '✓' : '✗'} ${result.name}: ${result.status ?? 'no response'} in ${result.ms}ms`;
        if (result.passed)
            ctx.log.info(`  ${line}`);
        else
            ctx.log.warning(`  ${line}: ${result.problems.join('; ')}`);
    }
    const run = { label, url: endpoint.url, results, passed: results.every((r) => r.passed) };
    if (!run.passed)
        throw new SmokeTestFailure(run);
    return run;
}

;// CONCATENATED MODULE: ./src/deploy/orchestrate.ts
/**
 * The deploy contract, the same for every target: deploy → verify → shift traffic → promote or
 * roll back. Targets speak their provider's API; this file decides the order, runs the smoke
 * tests, keeps the GitHub Deployment up to date, and rolls back automatically on a failure,
 * confirming the previous version serves before the step fails.
 */



const SIDE_BY_SIDE = new Set(['canary', 'shadow']);
function url(endpoint) {
    return endpoint?.url;
}
class Run {
    o;
    smokeRuns = [];
    deploymentId;
    constructor(options) {
        this.o = options;
    }
    async smoke(endpoint, label, ctx) {
        if (!this.o.smoke)
            return;
        if (!endpoint) {
            ctx.log.info(`No endpoint to smoke-test ${label} on; skipped`);
            return;
        }
        try {
            this.smokeRuns.push(await runSmokeSuite(this.o.smoke, endpoint, label, ctx));
        }
        catch (error) {
            if (error instanceof SmokeTestFailure)
                this.smokeRuns.push(error.run);
            throw error;
        }
    }
    async recorded(version) {
        const found = await this.o.deployments?.findLatest(this.o.target.name, this.o.name, version);
        if (!found)
            return {};
        const record = found.record;
        const state = {
            stable: record.strategy === 'canary' || record.strategy === 'shadow' ? (record.previous ? { version: record.previous } : undefined) : { version: record.version },
            candidate: record.strategy === 'canary' || record.strategy === 'shadow' ? { version: record.version, strategy: record.strategy } : undefined,
            traffic: 0,
            previous: record.previous,
            details: record.details,
        };
        return { id: found.id, state, record };
    }
    /** deploy: start the version, verify it, shift traffic step by step. */
    async deploy() {
        const { target, request, ctx } = this.o;
        if (!request)
            throw new Error('deploy needs a request');
        if (!target.strategies.includes(request.strategy))
            throw new errors/* UnsupportedStrategy */.Lx(target.name, request.strategy, target.strategies);
        const before = await target.preflight(ctx, (await this.recorded()).state);
        if (ctx.plan.dryRun) {
            await target.plan(request, before, ctx);
            return { status: 'planned', version: request.version, previousVersion: before.stable?.version, url: url(before.service), traffic: 0, smokeRuns: [] };
        }
        const running = before.candidate;
        if (running && running.version !== request.version) {
            throw new shared_errors/* UserError */.yo(`A ${running.strategy} of version ${running.version} is running beside ${before.stable?.version ?? 'nothing'} on ${target.name}: ` +
                'promote it (action: promote) or roll it back (action: rollback) before deploying another version');
        }
        const previous = before.stable?.version !== request.version ? before.stable?.version : before.previous;
        if (this.o.deployments) {
            this.deploymentId = await this.o.deployments.create(this.o.ref, { target: target.name, name: this.o.name, version: request.version, strategy: request.strategy, previous, details: before.details }, `${request.strategy} of ${request.version} to ${target.name}`);
            await this.o.deployments.status(this.deploymentId, 'in_progress', `Deploying ${request.version} (${request.strategy})`);
        }
        let release;
        try {
            release = await target.deploy(request, before, ctx);
            ctx.log.info(`Started ${release.version} (${release.strategy}); waiting until it is healthy`);
            await target.waitHealthy(release, ctx);
            if (SIDE_BY_SIDE.has(release.strategy)) {
                await this.smoke(release.candidate, `candidate ${release.version} before it gets traffic`, ctx);
                for (const percent of this.o.trafficSteps) {
                    release = await target.shiftTraffic(release, percent, ctx);
                    ctx.log.info(`${release.strategy === 'shadow' ? 'Mirroring' : 'Sending'} ${release.traffic}% of requests to ${release.version}`);
                    await target.waitHealthy(release, ctx);
                    await this.smoke(release.service ?? release.candidate, `${release.version} at ${release.traffic}% ${release.strategy === 'shadow' ? 'mirrored' : 'traffic'}`, ctx);
                }
            }
            else {
                await this.smoke(release.service ?? release.candidate, `${release.version} serving all traffic`, ctx);
            }
        }
        catch (error) {
            return this.failed(error, release !== undefined || !(error instanceof shared_errors/* UserError */.yo), before);
        }
        // A canary the provider already moved to all traffic (Elastic Beanstalk decides that itself) is deployed.
        const status = SIDE_BY_SIDE.has(release.strategy) && release.traffic < 100 ? release.strategy : 'deployed';
        const serviceUrl = url(release.service);
        if (this.deploymentId !== undefined) {
            const description = status === 'deployed' ? `${release.version} serves all traffic` : `${release.version} ${status} at ${release.traffic}%, beside ${previous ?? 'nothing'}`;
            await this.o.deployments.status(this.deploymentId, 'success', description, serviceUrl);
        }
        return {
            status,
            version: release.version,
            previousVersion: previous,
            url: serviceUrl,
            candidateUrl: SIDE_BY_SIDE.has(release.strategy) ? url(release.candidate) : undefined,
            traffic: release.traffic,
            deploymentId: this.deploymentId,
            smokeRuns: this.smokeRuns,
        };
    }
    /** promote: the candidate takes all traffic and becomes the stable version. */
    async promote() {
        const { target, ctx } = this.o;
        const recorded = await this.recorded(this.o.expectedVersion);
        const state = await target.preflight(ctx, recorded.state);
        const candidate = state.candidate;
        if (!candidate) {
            if (this.o.expectedVersion && state.stable?.version === this.o.expectedVersion) {
                ctx.log.info(`${this.o.expectedVersion} already serves all traffic: nothing to promote`);
                return { status: 'promoted', version: state.stable.version, previousVersion: state.previous, url: url(state.service), traffic: 100, deploymentId: recorded.id, smokeRuns: [] };
            }
            throw new shared_errors/* UserError */.yo(`Nothing to promote on ${target.name}: no canary or shadow is running (stable version: ${state.stable?.version ?? 'none'})`);
        }
        if (this.o.expectedVersion && candidate.version !== this.o.expectedVersion) {
            throw new shared_errors/* UserError */.yo(`The running ${candidate.strategy} is version ${candidate.version}, not ${this.o.expectedVersion} (input "version"): refusing to promote it`);
        }
        if (ctx.plan.dryRun) {
            ctx.plan.record({ call: 'promote', resource: `${target.name} ${this.o.name}`, purpose: `${candidate.version} takes all traffic from ${state.stable?.version ?? 'nothing'}` });
            return { status: 'planned', version: candidate.version, previousVersion: state.stable?.version, url: url(state.service), traffic: state.traffic, smokeRuns: [] };
        }
        this.deploymentId = recorded.record?.version === candidate.version ? recorded.id : undefined;
        if (this.deploymentId !== undefined)
            await this.o.deployments.status(this.deploymentId, 'in_progress', `Promoting ${candidate.version}`);
        let release;
        try {
            release = await target.promote(state, ctx);
            await target.waitHealthy(release, ctx);
            await this.smoke(release.service, `${release.version} after promotion`, ctx);
        }
        catch (error) {
            return this.failed(error, true, state);
        }
        if (this.deploymentId !== undefined)
            await this.o.deployments.status(this.deploymentId, 'success', `${release.version} promoted to all traffic`, url(release.service));
        return { status: 'promoted', version: release.version, previousVersion: state.stable?.version, url: url(release.service), traffic: 100, deploymentId: this.deploymentId, smokeRuns: this.smokeRuns };
    }
    /** rollback (asked for): remove the candidate, or restore the previous version. */
    async rollback() {
        const { target, ctx } = this.o;
        const recorded = await this.recorded();
        const state = await target.preflight(ctx, recorded.state);
        const from = state.candidate?.version ?? state.stable?.version;
        if (ctx.plan.dryRun) {
            ctx.plan.record({
                call: 'rollback',
                resource: `${target.name} ${this.o.name}`,
                purpose: state.candidate ? `remove ${state.candidate.strategy} ${state.candidate.version}; ${state.stable?.version} keeps all traffic` : `restore ${state.previous ?? '(nothing to restore)'} in place of ${from}`,
            });
            return { status: 'planned', version: state.candidate ? state.stable?.version : state.previous, previousVersion: from, url: url(state.service), traffic: 100, smokeRuns: [] };
        }
        const release = await target.rollback(state, ctx);
        await target.waitHealthy(release, ctx);
        await this.smoke(release.service, `${release.version} after rollback`, ctx);
        await this.markRolledBack(from, release, recorded.record?.version === from ? recorded.id : undefined);
        return { status: 'rolled-back', version: release.version, previousVersion: from, url: url(release.service), traffic: 100, deploymentId: this.deploymentId, smokeRuns: this.smokeRuns };
    }
    async stop() {
        const { target, ctx } = this.o;
        if (!target.stop)
            throw new shared_errors/* UserError */.yo(`Target ${target.name} has nothing to stop: action "stop" ends a local deploy started with keep-running: true`);
        const state = await target.preflight(ctx);
        if (ctx.plan.dryRun) {
            ctx.plan.record({ call: 'stop', resource: `${target.name} ${this.o.name}`, purpose: 'stop the model servers and the proxy' });
            return { status: 'planned', traffic: 0, smokeRuns: [] };
        }
        await target.stop(state, ctx);
        return { status: 'stopped', version: state.stable?.version, traffic: 0, smokeRuns: [] };
    }
    /** GitHub: the rolled-back version's Deployment goes inactive; the restored one's is success again. */
    async markRolledBack(from, restored, fromId) {
        const deployments = this.o.deployments;
        if (!deployments)
            return;
        const rolledBackId = fromId ?? (from ? (await deployments.findLatest(this.o.target.name, this.o.name, from))?.id : undefined);
        if (rolledBackId !== undefined)
            await deployments.status(rolledBackId, 'inactive', `Rolled back to ${restored.version}`);
        const restoredDeployment = await deployments.findLatest(this.o.target.name, this.o.name, restored.version);
        if (restoredDeployment) {
            await deployments.status(restoredDeployment.id, 'success', `${restored.version} serves again after rollback of ${from}`, url(restored.service));
            this.deploymentId = restoredDeployment.id;
        }
        else {
            this.deploymentId = rolledBackId;
        }
    }
    /**
     * A failure after the change started: roll back (when enabled) and confirm what serves, then
     * report. Returns the outcome; the caller fails the step with it.
     */
    async failed(error, changed, before) {
        const { target } = this.o;
        const causes = error instanceof errors/* DeployFailure */.Qt ? error.causes : [];
        let failure = (0,shared_errors/* errorMessage */.gJ)(error);
        if (causes.length > 0)
            failure += `\nCauses:\n${formatCauses(causes)}`;
        const outcome = {
            status: 'failed',
            version: this.o.request?.version ?? before.candidate?.version,
            previousVersion: before.stable?.version,
            url: url(before.service),
            traffic: 0,
            deploymentId: this.deploymentId,
            smokeRuns: this.smokeRuns,
            failure,
        };
        if (changed && this.o.rollbackOnFailure) {
            const ctx = this.o.rollbackContext();
            ctx.log.warning(`Deploy failed: ${(0,shared_errors/* errorMessage */.gJ)(error)}. Rolling back (rollback-on-failure: true)`);
            try {
                const now = await target.preflight(ctx);
                // The target decides what restoring means (it may know the update never took hold).
                const release = await target.rollback(now, ctx);
                await target.waitHealthy(release, ctx);
                const after = await target.preflight(ctx);
                const expected = before.stable?.version;
                if (expected && after.stable?.version !== expected) {
                    throw new errors/* DeployFailure */.Qt(`after the rollback ${after.stable?.version ?? 'nothing'} serves, not the previous version ${expected}`);
                }
                if (after.candidate)
                    throw new errors/* DeployFailure */.Qt(`after the rollback the ${after.candidate.strategy} ${after.candidate.version} is still running`);
                await this.smoke(after.service ?? release.service, `${release.version} after automatic rollback`, ctx);
                ctx.log.info(`Rolled back: ${release.version} serves all traffic again`);
                outcome.restored = release.version;
                outcome.url = url(after.service ?? release.service);
                outcome.traffic = 0;
            }
            catch (rollbackError) {
                outcome.rollbackProblem = (0,shared_errors/* errorMessage */.gJ)(rollbackError);
                ctx.log.warning(`The automatic rollback did not complete: ${outcome.rollbackProblem}`);
            }
        }
        if (this.deploymentId !== undefined) {
            const note = outcome.restored ? `; rolled back to ${outcome.restored}` : outcome.rollbackProblem ? '; rollback incomplete' : '';
            await this.o.deployments.status(this.deploymentId, 'failure', `${(0,shared_errors/* errorMessage */.gJ)(error)}${note}`, outcome.url);
            if (outcome.restored)
                await this.o.deployments.status(this.deploymentId, 'inactive', `Rolled back to ${outcome.restored}`);
        }
        if (!changed)
            throw error;
        return outcome;
    }
}
function formatCauses(causes) {
    return causes
        .slice(-10)
        .map((c) => `  - ${c.source}${c.reason ? ` ${c.reason}` : ''}: ${c.message}`)
        .join('\n');
}
async function orchestrate(options) {
    const run = new Run(options);
    switch (options.verb) {
        case 'deploy':
            return run.deploy();
        case 'promote':
            return run.promote();
        case 'rollback':
            return run.rollback();
        case 'stop':
            return run.stop();
    }
}

// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
;// CONCATENATED MODULE: ./src/deploy/summary.ts
/** The job summary of a deploy step: what serves now, smoke results, provider events, the plan. */


const STATUS_TEXT = {
    planned: '📝 Planned (dry run, nothing changed)',
    deployed: '✅ Deployed',
    canary: '🐤 Canary running',
    shadow: '👥 Shadow running',
    promoted: '✅ Promoted',
    'rolled-back': '↩️ Rolled back',
    stopped: '⏹ Stopped',
    failed: '❌ Failed',
};
function renderSummary({ verb, target, name, outcome, plan, events }) {
    const parts = [`### Deploy ${(0,markdown/* codeSpan */.SS)(name)} to ${target}: ${STATUS_TEXT[outcome.status]}`];
    const rows = [];
    const add = (label, value) => {
        if (value !== undefined && value !== '')
            rows.push([label, typeof value === 'number' ? String(value) : (0,markdown/* codeSpan */.SS)(value)]);
    };
    add('Action', verb);
    add('Version', outcome.version);
    add('Previous version', outcome.previousVersion);
    add('Traffic on version', outcome.status === 'planned' ? undefined : `${outcome.traffic}%`);
    add('URL', outcome.url);
    add('Candidate URL', outcome.candidateUrl);
    add('GitHub deployment', outcome.deploymentId);
    add('Restored by automatic rollback', outcome.restored);
    parts.push((0,markdown/* table */.tp)(['', 'Value'], rows));
    if (outcome.failure)
        parts.push(`**Failure:** ${(0,markdown/* escapeMarkdown */.FV)(outcome.failure, 2000)}`);
    if (outcome.rollbackProblem)
        parts.push(`**Automatic rollback incomplete:** ${(0,markdown/* escapeMarkdown */.FV)(outcome.rollbackProblem, 1000)}`);
    for (const run of outcome.smokeRuns) {
        const smokeRows = run.results.map((r) => [r.passed ? '✅' : '❌', (0,markdown/* escapeMarkdown */.FV)(r.name), r.status === undefined ? '–' : String(r.status), `${r.ms} ms`, (0,markdown/* escapeMarkdown */.FV)(r.problems.join('; '), 500)]);
        parts.push(`#### Smoke test: ${(0,markdown/* escapeMarkdown */.FV)(run.label)}\n\n${(0,markdown/* table */.tp)(['', 'Request', 'Status', 'Time', 'Problems'], smokeRows)}`);
    }
    const notable = events.filter((e) => e.level !== 'info');
    if (notable.length > 0) {
        const eventRows = notable.slice(-30).map((e) => [e.level, (0,markdown/* escapeMarkdown */.FV)(e.source), (0,markdown/* escapeMarkdown */.FV)(e.reason ?? ''), (0,markdown/* escapeMarkdown */.FV)(e.message, 400)]);
        parts.push(`#### Provider events\n\n${(0,markdown/* table */.tp)(['Level', 'Source', 'Reason', 'Message'], eventRows)}`);
    }
    if (plan.length > 0) {
        const planRows = plan.map((c, i) => [String(i + 1), (0,markdown/* codeSpan */.SS)(c.call), (0,markdown/* codeSpan */.SS)(c.resource), (0,markdown/* escapeMarkdown */.FV)(c.purpose)]);
        const bodies = plan
            .filter((c) => c.body !== undefined)
            .map((c) => (0,markdown/* details */.zH)(`${(0,markdown/* escapeMarkdown */.FV)(c.call)} ${(0,markdown/* escapeMarkdown */.FV)(c.resource)}`, `\`\`\`yaml\n${(0,dist/* stringify */.As)(c.body).replace(/```/g, '`\u200b``')}\`\`\``))
            .join('\n\n');
        parts.push(`#### Plan\n\n${(0,markdown/* table */.tp)(['#', 'Call', 'Resource', 'Purpose'], planRows)}${bodies ? `\n\n${bodies}` : ''}`);
    }
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/deploy/target.ts
/**
 * The deploy contract every target implements (Elastic Beanstalk, App Engine, Kubernetes, local).
 *
 * The orchestrator (`orchestrate.ts`) owns the verbs and their order; a target only speaks its
 * provider's API. For `action: deploy` the orchestrator calls:
 *
 *   preflight → [dry-run: plan, stop] → deploy → waitHealthy → smoke(candidate endpoint, if any)
 *             → shiftTraffic(percent) → waitHealthy → smoke(service endpoint)
 *   on a failure after `deploy` started: rollback(state before) → waitHealthy(restored) → smoke → fail
 *
 * For `action: promote` / `rollback`: preflight (state read back from the target, with the GitHub
 * Deployment payload as `recorded`) → promote / rollback → waitHealthy → smoke.
 *
 * Rules for targets:
 * - Every wait goes through `ctx.deadline` (or the `pollUntil` helper in `wait.ts`); never sleep
 *   past it, never loop without it.
 * - Provider events and causes (Kubernetes Events, EB events, App Engine operation errors) go to
 *   `ctx.log.event`, so they reach the step log and the failure message.
 * - A failed health wait or a provider-reported failure throws `DeployFailure` (errors.ts) with the
 *   causes; that is what triggers automatic rollback. Bad settings throw `ConfigurationError`.
 * - In dry-run the orchestrator calls only `preflight` (must be read-only) and `plan`.
 * - State that a later job needs must be readable from the provider (`preflight`) or be put in
 *   `TargetState.details`, which the orchestrator stores in the GitHub Deployment payload and
 *   hands back as `recorded`. Never on the runner's disk.
 *
 * A target module (`targets/<name>.ts`) default-exports a `TargetFactory` and is listed in
 * `targets/index.ts`. Inputs reach it as `TargetSettings` (common ones typed, the rest through the
 * `target-options` input); a target that needs another input documents it in action.yml.
 * Helpers: `pollUntil`/`createDeadline` in `wait.ts`, `DeployFailure`/`DeadlineExceeded`/
 * `UnsupportedStrategy` in `errors.ts`.
 */
/** How a new version reaches users. */
const STRATEGIES = ['all-at-once', 'rolling', 'canary', 'shadow'];
const TARGET_NAMES = ['elastic-beanstalk', 'app-engine', 'kubernetes', 'local'];
/** What the orchestrator was asked to do. `stop` ends a long-running local deploy. */
const VERBS = ['deploy', 'promote', 'rollback', 'stop'];

;// CONCATENATED MODULE: ./src/deploy/targets/index.ts
/**
 * The targets, each loaded on demand so a step pays only for its own provider client.
 * A target module's default export is its `TargetFactory` (see ../target.ts).
 */


const LOADERS = {
    // Each target registers here once its module exists: local, kubernetes, elastic-beanstalk, app-engine.
    local: () => __webpack_require__.e(/* import() */ 193).then(__webpack_require__.bind(__webpack_require__, 17193)),
    kubernetes: () => Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(566), __webpack_require__.e(990)]).then(__webpack_require__.bind(__webpack_require__, 86990)),
    'elastic-beanstalk': () => Promise.all(/* import() */[__webpack_require__.e(306), __webpack_require__.e(511), __webpack_require__.e(371)]).then(__webpack_require__.bind(__webpack_require__, 38371)),
    'app-engine': () => Promise.all(/* import() */[__webpack_require__.e(306), __webpack_require__.e(492), __webpack_require__.e(886)]).then(__webpack_require__.bind(__webpack_require__, 13886)),
};
function isTargetName(name) {
    return TARGET_NAMES.includes(name);
}
async function loadTarget(name) {
    if (!isTargetName(name))
        throw new shared_errors/* ConfigurationError */.j1('target', `must be one of ${TARGET_NAMES.join(', ')}; got "${name}"`);
    const loader = LOADERS[name];
    if (!loader)
        throw new shared_errors/* ConfigurationError */.j1('target', `"${name}" is not available in this build`);
    return (await loader()).default;
}

;// CONCATENATED MODULE: ./src/deploy/request.ts
/** Turning the deploy inputs into a request: version labels and traffic steps. */


/** The image's tag (or a digest prefix), else the commit; targets check their own naming rules. */
function defaultVersion(image, sha) {
    if (image) {
        const digest = /@sha256:([0-9a-f]{12})/.exec(image);
        if (digest)
            return `sha256-${digest[1]}`;
        const lastPart = image.slice(image.lastIndexOf('/') + 1);
        const colon = lastPart.lastIndexOf(':');
        if (colon > 0 && lastPart.slice(colon + 1) !== 'latest')
            return lastPart.slice(colon + 1);
    }
    if (sha)
        return sha.slice(0, 12);
    throw new shared_errors/* ConfigurationError */.j1('version', 'is needed: there is no image tag or commit SHA to name the version after');
}
/** `10` or `10,50`: ascending percents from 1 to 100. */
function parseTrafficSteps(raw) {
    const steps = (0,inputs/* parseList */.E1)(raw).map((item) => {
        const value = Number(item.replace(/%$/, ''));
        if (!Number.isFinite(value) || value < 1 || value > 100) {
            throw new shared_errors/* ConfigurationError */.j1('traffic', `must be percents from 1 to 100 (e.g. 10 or 10,50), got "${item}"`);
        }
        return value;
    });
    if (steps.length === 0)
        throw new shared_errors/* ConfigurationError */.j1('traffic', 'must give at least one percent');
    for (let i = 1; i < steps.length; i++) {
        if (steps[i] <= steps[i - 1])
            throw new shared_errors/* ConfigurationError */.j1('traffic', `steps must rise, got ${steps.join(', ')}`);
    }
    return steps;
}

// EXTERNAL MODULE: ./src/deploy/targets/local/supervisor.ts
var local_supervisor = __webpack_require__(99390);
;// CONCATENATED MODULE: ./src/deploy/action.ts
/**
 * The deploy action: one contract for every target. Parses inputs into a request and target
 * settings, runs the orchestrator, sets outputs and writes the job summary. All decisions live in
 * orchestrate.ts; all provider calls in targets/.
 */


















function printPlan(calls) {
    core/* info */.pq(`Dry run: ${calls.length} planned calls, nothing changed`);
    calls.forEach((call, index) => {
        core/* info */.pq(`${index + 1}. ${call.call} ${call.resource}: ${call.purpose}`);
        if (call.body !== undefined)
            core/* info */.pq((0,dist/* stringify */.As)(call.body).replace(/^/gm, '     '));
    });
}
/* harmony default export */ const deploy_action = ((0,action/* defineAction */.QP)({
    name: 'deploy',
    inputs: {
        action: inputs/* input */.hF.choice(VERBS, { defaulted: true }),
        target: inputs/* input */.hF.string({ required: true }),
        strategy: inputs/* input */.hF.choice(STRATEGIES, { defaulted: true }),
        traffic: inputs/* input */.hF.string({ defaulted: true }),
        version: inputs/* input */.hF.string(),
        image: inputs/* input */.hF.string(),
        bundle: inputs/* input */.hF.string(),
        command: inputs/* input */.hF.string(),
        name: inputs/* input */.hF.string(),
        namespace: inputs/* input */.hF.string(),
        kubeconfig: inputs/* input */.hF.string(),
        manifests: inputs/* input */.hF.list(),
        application: inputs/* input */.hF.string(),
        region: inputs/* input */.hF.string(),
        project: inputs/* input */.hF.string(),
        url: inputs/* input */.hF.string(),
        'target-options': inputs/* input */.hF.keyValues(),
        'health-path': inputs/* input */.hF.string({ defaulted: true }),
        'container-port': inputs/* input */.hF.integer({ defaulted: true, min: 1, max: 65535 }),
        env: inputs/* input */.hF.keyValues(),
        'smoke-test': inputs/* input */.hF.string(),
        'rollback-on-failure': inputs/* input */.hF.boolean({ defaulted: true }),
        timeout: inputs/* input */.hF.duration({ defaulted: true }),
        'poll-interval': inputs/* input */.hF.duration({ defaulted: true }),
        'dry-run': inputs/* input */.hF.boolean({ defaulted: true }),
        'keep-running': inputs/* input */.hF.boolean({ defaulted: true }),
        environment: inputs/* input */.hF.string({ defaulted: true }),
        'github-deployment': inputs/* input */.hF.boolean({ defaulted: true }),
        token: inputs/* input */.hF.string({ secret: true }),
    },
    outputs: ['version', 'previous-version', 'url', 'candidate-url', 'traffic', 'status', 'deployment-id', 'plan'],
    async run({ inputs, run, setOutput }) {
        const supervisor = process.env[local_supervisor/* SUPERVISOR_VARIABLE */.c];
        if (supervisor) {
            // This process is a kept local deploy (keep-running: true), started by an earlier step.
            return (0,local_supervisor/* runSupervisor */.K)(JSON.parse(supervisor));
        }
        const verb = inputs.action;
        const trafficSteps = parseTrafficSteps(inputs.traffic);
        if (!inputs['health-path'].startsWith('/'))
            throw new shared_errors/* ConfigurationError */.j1('health-path', `must start with "/", got "${inputs['health-path']}"`);
        if (inputs.timeout <= 0)
            throw new shared_errors/* ConfigurationError */.j1('timeout', 'must be longer than 0s');
        const workspace = run.workspace;
        const name = inputs.name ?? run.repository?.repo ?? (0,external_node_path_.basename)(workspace);
        const options = { ...inputs['target-options'] };
        const settings = {
            name,
            namespace: inputs.namespace,
            application: inputs.application,
            region: inputs.region,
            project: inputs.project,
            url: inputs.url,
            kubeconfig: inputs.kubeconfig ? (0,files/* resolveInWorkspace */.z1)(inputs.kubeconfig, workspace) : undefined,
            manifests: inputs.manifests?.map((path) => (0,files/* resolveInWorkspace */.z1)(path, workspace)),
            options,
            keepRunning: inputs['keep-running'],
            workspace,
        };
        const factory = await loadTarget(inputs.target);
        const smoke = inputs['smoke-test'] ? loadSmokeSuite((0,files/* resolveInWorkspace */.z1)(inputs['smoke-test'], workspace), inputs['smoke-test']) : undefined;
        const request = verb === 'deploy'
            ? {
                version: inputs.version ?? defaultVersion(inputs.image, run.sha),
                strategy: inputs.strategy,
                traffic: trafficSteps[trafficSteps.length - 1],
                image: inputs.image,
                bundle: inputs.bundle ? (0,files/* resolveInWorkspace */.z1)(inputs.bundle, workspace) : undefined,
                command: inputs.command,
                healthPath: inputs['health-path'],
                containerPort: inputs['container-port'],
                env: inputs.env ?? {},
                annotations: {
                    ...(run.sha ? { commit: run.sha } : {}),
                    ...(run.runUrl ? { run: run.runUrl } : {}),
                    ...(run.repository ? { repository: `${run.repository.owner}/${run.repository.repo}` } : {}),
                },
            }
            : undefined;
        const contextOptions = { timeoutSeconds: inputs.timeout, pollIntervalMs: inputs['poll-interval'] * 1000, dryRun: inputs['dry-run'] };
        const ctx = createDeployContext(contextOptions);
        const contexts = [ctx];
        // Outside GitHub Actions (CLI, demo) there is no token or repository: deploy, and say so. On a
        // runner a missing one is a mistake, reported as such below.
        const canRecord = Boolean(inputs.token && run.repository) || process.env['GITHUB_ACTIONS'] === 'true';
        if (inputs['github-deployment'] && !inputs['dry-run'] && !canRecord) {
            core/* notice */.lm('No GitHub token or repository here: the deploy is not recorded as a GitHub Deployment.');
        }
        const deployments = inputs['github-deployment'] && !inputs['dry-run'] && canRecord
            ? new GitHubDeployments({
                client: (0,github/* createGitHubClient */.LX)(inputs.token ?? '', run.apiUrl),
                ...(0,context/* requireRepository */.Cc)(run),
                environment: inputs.environment,
                logUrl: run.runUrl,
                log: ctx.log,
            })
            : undefined;
        const target = await factory(settings);
        let outcome;
        try {
            outcome = await orchestrate({
                verb,
                target,
                name,
                request,
                trafficSteps,
                smoke,
                rollbackOnFailure: inputs['rollback-on-failure'],
                expectedVersion: verb === 'promote' ? inputs.version : undefined,
                deployments,
                ref: run.sha || run.ref,
                ctx,
                rollbackContext: () => {
                    const fresh = createDeployContext({ ...contextOptions, dryRun: false });
                    contexts.push(fresh);
                    return fresh;
                },
            });
        }
        finally {
            await target.close?.();
            for (const c of contexts)
                c.dispose();
        }
        setOutput('version', outcome.version);
        setOutput('previous-version', outcome.previousVersion);
        setOutput('url', outcome.url);
        setOutput('candidate-url', outcome.candidateUrl);
        setOutput('traffic', outcome.traffic);
        setOutput('status', outcome.status);
        setOutput('deployment-id', outcome.deploymentId);
        if (outcome.status === 'planned') {
            setOutput('plan', ctx.plan.calls);
            printPlan(ctx.plan.calls);
        }
        const events = contexts.flatMap((c) => c.log.events);
        await core/* summary */.z.addRaw(renderSummary({ verb, target: target.name, name, outcome, plan: ctx.plan.calls, events })).write();
        if (outcome.status === 'failed') {
            const after = outcome.restored
                ? ` Rolled back: ${outcome.restored} serves again (checked).`
                : outcome.rollbackProblem
                    ? ` The automatic rollback did not complete: ${outcome.rollbackProblem}`
                    : '';
            throw new shared_errors/* ActionFailed */.ij(`${outcome.failure}${after}`);
        }
    },
}));


/***/ }),

/***/ 71812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ UnsupportedStrategy),
/* harmony export */   Qt: () => (/* binding */ DeployFailure),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   m4: () => (/* binding */ DeadlineExceeded)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/**
 * Deploy outcomes that are not bugs. A `DeployFailure` means the new version did not become healthy
 * (or the provider said it failed): it triggers automatic rollback and is reported with its causes.
 */

class DeployFailure extends Error {
    /** Provider events and causes that explain the failure, newest last (added to as they are found). */
    causes;
    constructor(message, causes = [], options) {
        super(message, options);
        this.name = 'DeployFailure';
        this.causes = causes;
    }
}
/** A wait ran into the step's `timeout`. */
class DeadlineExceeded extends DeployFailure {
    constructor(waitingFor, timeoutSeconds, causes = []) {
        super(`Timed out after ${formatSeconds(timeoutSeconds)} waiting for ${waitingFor} (input "timeout")`, causes);
        this.name = 'DeadlineExceeded';
    }
}
/** The strategy asked for is not one the target can do: names the ones it can. */
class UnsupportedStrategy extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    constructor(target, strategy, supported) {
        super('strategy', `"${strategy}" is not something target ${target} can do; it supports ${supported.join(', ')}`);
        this.name = 'UnsupportedStrategy';
    }
}
function formatSeconds(seconds) {
    if (seconds < 1)
        return `${Math.round(seconds * 1000)}ms`;
    if (seconds < 120)
        return `${Number(seconds.toFixed(1))}s`;
    const minutes = Math.floor(seconds / 60);
    const rest = Math.round(seconds % 60);
    return rest === 0 ? `${minutes}m` : `${minutes}m${rest}s`;
}


/***/ }),

/***/ 81667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ ServerProcess),
/* harmony export */   o: () => (/* binding */ freePort)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/**
 * A model server as a local process: started through the shell with PORT set, in its own process
 * group so stopping it also stops what it spawned, with the tail of its output kept as the cause
 * to show when it dies or never becomes healthy.
 */


const TAIL_LINES = 20;
async function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0,node_net__WEBPACK_IMPORTED_MODULE_1__.createServer)();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
        });
    });
}
class ServerProcess {
    spec;
    info;
    child;
    exited;
    constructor(spec, port) {
        this.spec = spec;
        this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(spec.command, {
            shell: true,
            cwd: spec.cwd,
            env: { ...process.env, ...spec.env, PORT: String(port), HOST: '127.0.0.1', MODEL_VERSION: spec.version },
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        this.info = {
            version: spec.version,
            command: spec.command,
            port,
            url: `http://127.0.0.1:${port}`,
            pid: this.child.pid,
            healthPath: spec.healthPath,
            startedAt: new Date().toISOString(),
            output: [],
        };
        const keep = (chunk) => {
            for (const line of chunk.toString('utf8').split('\n')) {
                if (line.trim() === '')
                    continue;
                this.info.output.push(line.slice(0, 500));
                if (this.info.output.length > TAIL_LINES)
                    this.info.output.shift();
            }
        };
        this.child.stdout?.on('data', keep);
        this.child.stderr?.on('data', keep);
        this.exited = new Promise((resolve) => {
            this.child.on('exit', (code, signal) => {
                this.info.exit = { code, signal };
                resolve();
            });
            this.child.on('error', (error) => {
                this.info.output.push(`could not start: ${error.message}`);
                this.info.exit ??= { code: null, signal: null };
                resolve();
            });
        });
    }
    static async start(spec) {
        return new ServerProcess(spec, await freePort());
    }
    get running() {
        return this.info.exit === undefined;
    }
    /** SIGTERM to the whole group, SIGKILL after `graceMs`. */
    async stop(graceMs = 5000) {
        if (!this.running || this.child.pid === undefined)
            return;
        const signal = (name) => {
            try {
                process.kill(-this.child.pid, name);
            }
            catch {
                // Already gone.
            }
        };
        signal('SIGTERM');
        const timer = setTimeout(() => signal('SIGKILL'), graceMs);
        await this.exited;
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 56598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ LocalStack),
/* harmony export */   L$: () => (/* binding */ ADMIN_PREFIX)
/* harmony export */ });
/* unused harmony export VERSION_HEADER */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81667);
/**
 * A local deploy: model server processes behind a small proxy that routes a share of requests to a
 * canary or mirrors them to a shadow, and an admin API under /_ml-actions/ through which a deploy
 * step (this process or a later one) reads the state and changes it. The state lives here, in the
 * running deploy, not on disk.
 */


const ADMIN_PREFIX = '/_ml-actions';
const VERSION_HEADER = 'x-ml-actions-version';
class LocalStack {
    server;
    stable;
    candidate;
    traffic = 0;
    previous;
    counts = { stable: 0, candidate: 0, mirrored: 0, mirrorFailed: 0 };
    requestNumber = 0;
    cwd;
    /** Resolved when the stack was told to stop. */
    stopped;
    markStopped;
    constructor(cwd) {
        this.cwd = cwd;
        this.stopped = new Promise((resolve) => (this.markStopped = resolve));
    }
    async listen(port) {
        this.server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((request, response) => void this.handle(request, response));
        this.server.keepAliveTimeout = 1000;
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(port, '127.0.0.1', () => resolve());
        });
        return this.url;
    }
    get url() {
        return `http://127.0.0.1:${this.server.address().port}`;
    }
    state() {
        return {
            url: this.url,
            pid: process.pid,
            stable: this.stable?.info,
            candidate: this.candidate ? { ...this.candidate.process.info, strategy: this.candidate.strategy } : undefined,
            traffic: this.candidate ? this.traffic : 0,
            previous: this.previous,
            counts: { ...this.counts },
        };
    }
    async deploy(body) {
        const spec = { version: body.version, command: body.command, env: body.env, healthPath: body.healthPath, cwd: this.cwd };
        if (body.strategy === 'all-at-once' || !this.stable) {
            // Same version already serving from the same command: nothing to do (re-runs are harmless).
            if (this.stable?.running && this.stable.spec.version === spec.version && this.stable.spec.command === spec.command)
                return;
            await this.replaceStable(await _process_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerProcess */ .J.start(spec));
            return;
        }
        if (this.candidate?.process.running && this.candidate.process.spec.version === spec.version && this.candidate.strategy === body.strategy)
            return;
        await this.candidate?.process.stop();
        this.candidate = { process: await _process_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerProcess */ .J.start(spec), strategy: body.strategy };
        this.traffic = 0;
    }
    async replaceStable(next) {
        const old = this.stable;
        this.stable = next;
        if (old) {
            this.previous = { version: old.spec.version, command: old.spec.command, env: old.spec.env, healthPath: old.spec.healthPath };
            await old.stop();
        }
    }
    setTraffic(percent) {
        if (!this.candidate)
            throw new Error('no canary or shadow is running');
        this.traffic = percent;
    }
    async promote() {
        if (!this.candidate)
            throw new Error('no canary or shadow is running');
        const { process: next } = this.candidate;
        this.candidate = undefined;
        this.traffic = 0;
        await this.replaceStable(next);
    }
    async rollback() {
        if (this.candidate) {
            const { process: old } = this.candidate;
            this.candidate = undefined;
            this.traffic = 0;
            await old.stop();
            return;
        }
        if (!this.previous)
            throw new Error('there is no previous version to restore');
        const restored = await _process_js__WEBPACK_IMPORTED_MODULE_1__/* .ServerProcess */ .J.start({ ...this.previous, cwd: this.cwd });
        await this.replaceStable(restored);
    }
    async stop() {
        await Promise.all([this.candidate?.process.stop(), this.stable?.stop()]);
        this.candidate = undefined;
        this.stable = undefined;
        await new Promise((resolve) => {
            if (!this.server)
                return resolve();
            this.server.closeAllConnections();
            this.server.close(() => resolve());
        });
        this.markStopped();
    }
    async handle(request, response) {
        const chunks = [];
        for await (const chunk of request)
            chunks.push(chunk);
        const body = Buffer.concat(chunks);
        const path = request.url ?? '/';
        try {
            if (path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`))
                return await this.admin(request.method ?? 'GET', path.slice(ADMIN_PREFIX.length), body, response);
            this.route(request, body, response);
        }
        catch (error) {
            send(response, 500, { error: error.message });
        }
    }
    async admin(method, path, body, response) {
        const input = body.length > 0 ? JSON.parse(body.toString('utf8')) : {};
        if (method === 'GET' && path === '/state')
            return send(response, 200, this.state());
        if (method !== 'POST')
            return send(response, 405, { error: `${method} ${path} is not an admin call` });
        try {
            if (path === '/deploy')
                await this.deploy(input);
            else if (path === '/traffic')
                this.setTraffic(Number(input['percent']));
            else if (path === '/promote')
                await this.promote();
            else if (path === '/rollback')
                await this.rollback();
            else if (path === '/stop') {
                send(response, 200, { stopped: true });
                setImmediate(() => void this.stop());
                return;
            }
            else
                return send(response, 404, { error: `unknown admin call ${path}` });
        }
        catch (error) {
            return send(response, 409, { error: error.message });
        }
        send(response, 200, this.state());
    }
    /** Weighted round robin: exactly `traffic`% of requests, spread evenly, go to the canary. */
    takesCandidate() {
        const n = this.requestNumber++;
        return Math.floor(((n + 1) * this.traffic) / 100) > Math.floor((n * this.traffic) / 100);
    }
    route(request, body, response) {
        if (!this.stable)
            return send(response, 503, { error: 'no version is deployed' });
        const candidate = this.candidate;
        const chosen = candidate && candidate.strategy === 'canary' && this.takesCandidate() ? candidate.process : this.stable;
        if (chosen === this.stable)
            this.counts.stable++;
        else
            this.counts.candidate++;
        forward(chosen.info, request, body, response);
        if (candidate && candidate.strategy === 'shadow' && this.takesCandidate()) {
            this.counts.mirrored++;
            // The shadow's answer is discarded; only whether it answered at all is counted.
            forward(candidate.process.info, request, body, undefined, () => this.counts.mirrorFailed++);
        }
    }
}
function send(response, status, data) {
    if (response.headersSent)
        return;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(data));
}
function forward(target, request, body, response, onFailure) {
    const headers = { ...request.headers, host: `127.0.0.1:${target.port}`, 'content-length': String(body.length) };
    delete headers['transfer-encoding'];
    const upstream = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)({ host: '127.0.0.1', port: target.port, method: request.method, path: request.url, headers }, (answer) => {
        if (!response) {
            if ((answer.statusCode ?? 500) >= 500)
                onFailure?.();
            answer.resume();
            return;
        }
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, [VERSION_HEADER]: target.version });
        answer.pipe(response);
    });
    upstream.on('error', (error) => {
        onFailure?.();
        if (response)
            send(response, 502, { error: `version ${target.version} did not answer: ${error.message}` });
    });
    upstream.end(body);
}


/***/ }),

/***/ 99390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ runSupervisor),
/* harmony export */   c: () => (/* binding */ SUPERVISOR_VARIABLE)
/* harmony export */ });
/* harmony import */ var _stack_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56598);
/**
 * A kept local deploy (keep-running: true) runs in its own detached process: the deploy action's
 * bundle started again with this variable set, so no second entry point has to be shipped.
 */

const SUPERVISOR_VARIABLE = 'ML_ACTIONS_LOCAL_SUPERVISOR';
/** Runs the proxy and servers until told to stop (admin `stop`, SIGTERM or SIGINT). */
async function runSupervisor(config) {
    const stack = new _stack_js__WEBPACK_IMPORTED_MODULE_0__/* .LocalStack */ .EB(config.cwd);
    await stack.listen(config.port);
    const stop = () => void stack.stop();
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    await stack.stopped;
}


/***/ }),

/***/ 65158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ createDeadline),
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71812);
/**
 * Deadlines and polling for every wait in a deploy. One `timeout` bounds the whole step; sub-steps
 * can take a tighter share with `within`. Polls log a line only when the status changes, so a long
 * wait stays readable.
 */

function createDeadline(timeoutSeconds, signal, now = Date.now) {
    return deadlineAt(now() + timeoutSeconds * 1000, timeoutSeconds, signal, now);
}
function deadlineAt(at, seconds, signal, now) {
    const deadline = {
        at,
        remainingMs: () => Math.max(0, at - now()),
        expired: () => now() >= at,
        check(waitingFor) {
            if (now() >= at)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeadlineExceeded */ .m4(waitingFor, seconds);
        },
        sleep(ms) {
            const wait = Math.max(0, Math.min(ms, at - now()));
            return new Promise((resolve, reject) => {
                if (signal?.aborted)
                    return reject(signal.reason);
                const timer = setTimeout(() => {
                    signal?.removeEventListener('abort', onAbort);
                    resolve();
                }, wait);
                const onAbort = () => {
                    clearTimeout(timer);
                    reject(signal.reason);
                };
                signal?.addEventListener('abort', onAbort, { once: true });
            });
        },
        within(ms) {
            const end = Math.min(at, now() + ms);
            return deadlineAt(end, end === at ? seconds : ms / 1000, signal, now);
        },
    };
    return deadline;
}
/**
 * Calls `check` until it reports done, logging each new status. Throws `DeadlineExceeded` with the
 * last status at the deadline; whatever `check` throws (a DeployFailure) ends the wait at once.
 */
async function pollUntil(ctx, waitingFor, check, options = {}) {
    const deadline = options.deadline ?? ctx.deadline;
    let interval = options.intervalMs ?? ctx.pollIntervalMs;
    let lastStatus;
    for (;;) {
        const outcome = await check();
        if (outcome.done)
            return outcome.value;
        if (outcome.status !== lastStatus) {
            ctx.log.info(`Waiting for ${waitingFor}: ${outcome.status}`);
            lastStatus = outcome.status;
        }
        if (deadline.expired())
            deadline.check(`${waitingFor} (last seen: ${lastStatus})`);
        await deadline.sleep(interval);
        if (deadline.expired()) {
            // One last look: the state may have settled during the final sleep.
            const last = await check();
            if (last.done)
                return last.value;
            deadline.check(`${waitingFor} (last seen: ${last.status})`);
        }
        interval = Math.min(interval * (options.backoff ?? 1), options.maxIntervalMs ?? Number.POSITIVE_INFINITY);
    }
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


/***/ })

};
