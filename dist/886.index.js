export const id = 886;
export const ids = [886];
export const modules = {

/***/ 13886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ createAppEngineTarget)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/files.ts
var files = __webpack_require__(38590);
// EXTERNAL MODULE: ./src/deploy/errors.ts
var deploy_errors = __webpack_require__(71812);
// EXTERNAL MODULE: ./src/deploy/wait.ts
var wait = __webpack_require__(65158);
// EXTERNAL MODULE: ./node_modules/google-auth-library/build/src/index.js
var src = __webpack_require__(492);
;// CONCATENATED MODULE: ./src/deploy/targets/app-engine/google-api.ts
/**
 * Calls to Google REST APIs (App Engine Admin v1, Cloud Storage JSON) with Application Default
 * Credentials: the file google-github-actions/auth writes (Workload Identity Federation or a key),
 * or whatever else ADC finds. Tokens are refreshed and the call retried once on 401; 429 and 5xx
 * are retried with backoff. API roots follow gcloud's own override variables
 * (CLOUDSDK_API_ENDPOINT_OVERRIDES_APPENGINE / _STORAGE), for private endpoints and for tests.
 */


const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
/** A Google API answered with an error; `status` is the gRPC status name (NOT_FOUND, …). */
class GoogleApiFailure extends Error {
    httpStatus;
    status;
    constructor(httpStatus, status, message) {
        super(message);
        this.name = 'GoogleApiFailure';
        this.httpStatus = httpStatus;
        this.status = status;
    }
}
function root(variable, fallback, strip) {
    const value = process.env[variable]?.trim();
    return (value ? value.replace(strip, '') : fallback).replace(/\/+$/, '');
}
class GoogleApis {
    appEngineRoot = root('CLOUDSDK_API_ENDPOINT_OVERRIDES_APPENGINE', 'https://appengine.googleapis.com', /\/v1\/?$/);
    storageRoot = root('CLOUDSDK_API_ENDPOINT_OVERRIDES_STORAGE', 'https://storage.googleapis.com', /\/storage\/v1\/?$/);
    auth;
    client;
    /** `project` is given so ADC does not look it up (that would need Resource Manager access). */
    constructor(project) {
        this.auth = new src.GoogleAuth({ projectId: project, scopes: [CLOUD_PLATFORM], clientOptions: { forceRefreshOnFailure: true } });
    }
    async authClient() {
        this.client ??= this.auth.getClient().catch((error) => {
            this.client = undefined;
            throw new errors/* UserError */.yo(`No Google Cloud credentials (${error.message.split('\n')[0]}). Add google-github-actions/auth before this step ` +
                '(workload_identity_provider + service_account, with `permissions: id-token: write`); it sets GOOGLE_APPLICATION_CREDENTIALS.', undefined, { cause: error });
        });
        return this.client;
    }
    async request(request) {
        const client = await this.authClient();
        const params = Object.fromEntries(Object.entries(request.query ?? {}).filter(([, v]) => v !== undefined));
        try {
            const response = await client.request({
                url: request.url,
                method: request.method,
                params,
                data: request.bytes ?? (request.body === undefined ? undefined : JSON.stringify(request.body)),
                headers: { ...(request.body !== undefined && !request.bytes ? { 'Content-Type': 'application/json' } : {}), ...request.headers },
                responseType: 'json',
                validateStatus: (status) => (status >= 200 && status < 300) || (request.accept ?? []).includes(status),
                retryConfig: {
                    retry: 4,
                    retryDelay: 200,
                    statusCodesToRetry: [[429, 429], [500, 599]],
                    httpMethodsToRetry: ['GET', 'HEAD', 'PUT', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
                },
            });
            return { status: response.status, data: response.data, headers: new Headers(response.headers) };
        }
        catch (error) {
            const response = error.response;
            if (response?.status) {
                const body = response.data?.error;
                throw new GoogleApiFailure(response.status, body?.status ?? String(response.status), body?.message ?? error.message);
            }
            throw error;
        }
    }
}
/** Turns permission and setup errors into what to change; passes the rest through. */
function explainGoogleError(error, doing, project) {
    if (!(error instanceof GoogleApiFailure))
        return error;
    const message = error.message;
    if (/SERVICE_DISABLED|has not been used in project|is disabled/i.test(message) || error.status === 'SERVICE_DISABLED') {
        return new errors/* UserError */.yo(`Google refused to ${doing}: ${message}. Enable the App Engine Admin API for project ${project} (gcloud services enable appengine.googleapis.com).`, undefined, { cause: error });
    }
    if (error.httpStatus === 403 && /actAs|act as/i.test(message)) {
        return new errors/* UserError */.yo(`Google refused to ${doing}: ${message}. The deploying service account needs the Service Account User role on the App Engine runtime service account (${project}@appspot.gserviceaccount.com).`, undefined, { cause: error });
    }
    if (error.httpStatus === 403) {
        return new errors/* UserError */.yo(`Google refused to ${doing} (${error.status}): ${message}. The deploying service account needs roles/appengine.deployer and roles/appengine.serviceAdmin ` +
            'on the project and roles/storage.objectAdmin on the staging bucket.', undefined, { cause: error });
    }
    if (error.httpStatus === 401) {
        return new errors/* UserError */.yo(`Google refused the credentials to ${doing}: ${message}. Check the workload identity provider and service account given to google-github-actions/auth.`, undefined, { cause: error });
    }
    return error;
}

;// CONCATENATED MODULE: ./src/deploy/targets/app-engine/admin.ts
/**
 * The App Engine Admin API v1 calls a deploy makes (REST, no gcloud): the application, a
 * service's traffic split, versions (get, list, create, delete) and the long-running operations
 * that creating a version or changing a split return.
 */



class AppEngineAdmin {
    apis;
    settings;
    constructor(apis, settings) {
        this.apis = apis;
        this.settings = settings;
    }
    get appPath() {
        return `v1/apps/${this.settings.project}`;
    }
    get servicePath() {
        return `${this.appPath}/services/${this.settings.service}`;
    }
    async call(doing, method, path, options = {}) {
        try {
            return (await this.apis.request({ method, url: `${this.apis.appEngineRoot}/${path}`, ...options })).data;
        }
        catch (error) {
            throw explainGoogleError(error, doing, this.settings.project);
        }
    }
    async orUndefined(read) {
        try {
            return await read();
        }
        catch (error) {
            if (error instanceof GoogleApiFailure && error.httpStatus === 404)
                return undefined;
            throw error;
        }
    }
    application() {
        return this.orUndefined(() => this.call(`read App Engine application ${this.settings.project}`, 'GET', this.appPath));
    }
    async split() {
        const service = await this.orUndefined(() => this.call(`read service ${this.settings.service}`, 'GET', this.servicePath));
        return service?.split ?? (service ? { allocations: {} } : undefined);
    }
    version(id, view = 'BASIC') {
        return this.orUndefined(() => this.call(`read version ${id}`, 'GET', `${this.servicePath}/versions/${id}`, { query: { view } }));
    }
    async versions() {
        const all = [];
        let pageToken;
        do {
            const page = await this.call(`list versions of ${this.settings.service}`, 'GET', `${this.servicePath}/versions`, {
                query: { pageSize: '200', pageToken },
            });
            all.push(...(page.versions ?? []));
            pageToken = page.nextPageToken;
        } while (pageToken);
        return all;
    }
    createVersion(body) {
        return this.call(`create version ${String(body['id'])}`, 'POST', `${this.servicePath}/versions`, { body });
    }
    setSplit(split, migrate) {
        return this.call(`change the traffic split of ${this.settings.service}`, 'PATCH', this.servicePath, {
            query: { updateMask: 'split', migrateTraffic: migrate ? 'true' : undefined },
            body: { split },
        });
    }
    setServingStatus(id, servingStatus) {
        return this.call(`${servingStatus === 'STOPPED' ? 'stop' : 'start'} version ${id}`, 'PATCH', `${this.servicePath}/versions/${id}`, {
            query: { updateMask: 'servingStatus' },
            body: { servingStatus },
        });
    }
    deleteVersion(id) {
        return this.call(`delete version ${id}`, 'DELETE', `${this.servicePath}/versions/${id}`);
    }
    /** Polls a long-running operation to its end; its error becomes a DeployFailure with the cause. */
    async waitOperation(operation, what, ctx) {
        const id = operation.name.split('/').pop();
        let last = operation;
        const done = operation.done
            ? operation
            : await (0,wait/* pollUntil */.g)(ctx, `App Engine to ${what}`, async () => {
                last = await this.call(`follow operation ${id}`, 'GET', `${this.appPath}/operations/${id}`);
                for (const warning of last.metadata?.warning ?? [])
                    ctx.log.event({ level: 'warning', source: `operation ${id}`, message: warning });
                return last.done ? { done: true, value: last } : { done: false, status: last.metadata?.ephemeralMessage ?? 'in progress' };
            }, { backoff: 1.5, maxIntervalMs: ctx.pollIntervalMs * 4 });
        if (done.error) {
            const build = done.metadata?.createVersionMetadata?.cloudBuildId;
            const cause = { level: 'error', source: `operation ${id}`, reason: `code ${done.error.code ?? '?'}`, message: done.error.message ?? 'no message' };
            ctx.log.event(cause);
            throw new deploy_errors/* DeployFailure */.Qt(`App Engine could not ${what}: ${done.error.message ?? 'no message'}${build ? ` (Cloud Build ${build})` : ''}`, [cause]);
        }
        return done;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/deploy/targets/app-engine/app-yaml.ts
/**
 * app.yaml → the Admin API's Version resource, the translation gcloud does before it calls
 * `apps.services.versions.create`. The keys a model server needs are translated (runtime, env,
 * entrypoint, instance class, service account, environment variables, scaling, handlers,
 * inbound services, flexible resources and health checks, VPC connector); any other key is an
 * error at its line, never silently dropped.
 */


function fail(reader, path, message) {
    const node = reader.doc.getIn(path, true);
    const key = path.length ? reader.doc.getIn(path.slice(0, -1), true) : undefined;
    const keyNode = key?.items?.find((item) => item.key?.value === path.at(-1))?.key;
    const offset = keyNode?.range?.[0] ?? node?.range?.[0];
    const position = offset === undefined ? undefined : reader.lines.linePos(offset);
    return new errors/* UserError */.yo(`${reader.file}${position ? `:${position.line}` : ''}: ${path.join('.')}: ${message}`, { file: reader.file, line: position?.line, column: position?.col });
}
function seconds(reader, path, value) {
    if (typeof value === 'number' && value >= 0)
        return `${value}s`;
    const match = typeof value === 'string' ? /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(value.trim()) : null;
    if (!match)
        throw fail(reader, path, `must be a duration such as 30s or 100ms, got ${JSON.stringify(value)}`);
    const factor = { ms: 0.001, s: 1, m: 60 }[match[2]];
    return `${Number((Number(match[1]) * factor).toFixed(9))}s`;
}
function number(reader, path, value, integer = false) {
    if (typeof value !== 'number' || (integer && !Number.isInteger(value)))
        throw fail(reader, path, `must be ${integer ? 'a whole number' : 'a number'}, got ${JSON.stringify(value)}`);
    return value;
}
function strings(reader, path, value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw fail(reader, path, 'must be a mapping of NAME: value');
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]));
}
/** Copies known keys of a mapping through `rules`; an unknown key is an error at its line. */
function translate(reader, path, value, rules) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw fail(reader, path, 'must be a mapping');
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        const rule = rules[key];
        if (!rule)
            throw fail(reader, [...path, key], `is not an app.yaml setting this action can deploy (it knows ${Object.keys(rules).join(', ')})`);
        rule(item, out, [...path, key]);
    }
    return out;
}
const SECURITY = { always: 'SECURE_ALWAYS', optional: 'SECURE_OPTIONAL', never: 'SECURE_NEVER' };
const LOGIN = { optional: 'LOGIN_OPTIONAL', admin: 'LOGIN_ADMIN', required: 'LOGIN_REQUIRED' };
function handler(reader, path, value) {
    const raw = value;
    const out = translate(reader, path, value, {
        url: (v, o) => (o['urlRegex'] = String(v)),
        script: (v, o) => (o['script'] = { scriptPath: String(v) }),
        static_dir: () => undefined,
        static_files: () => undefined,
        upload: () => undefined,
        secure: (v, o, at) => (o['securityLevel'] = SECURITY[String(v)] ?? (() => { throw fail(reader, at, 'must be always, optional or never'); })()),
        login: (v, o, at) => (o['login'] = LOGIN[String(v)] ?? (() => { throw fail(reader, at, 'must be optional, admin or required'); })()),
        redirect_http_response_code: (v, o) => (o['redirectHttpResponseCode'] = `REDIRECT_HTTP_RESPONSE_CODE_${v}`),
    });
    if (typeof raw['static_dir'] === 'string') {
        // As gcloud does: url/(.*) served from static_dir/\1.
        out['urlRegex'] = `${String(raw['url']).replace(/\/$/, '')}/(.*)`;
        out['staticFiles'] = { path: `${raw['static_dir'].replace(/\/$/, '')}/\\1`, uploadPathRegex: `${raw['static_dir'].replace(/\/$/, '')}/.*` };
    }
    else if (typeof raw['static_files'] === 'string') {
        out['staticFiles'] = { path: raw['static_files'], uploadPathRegex: String(raw['upload'] ?? raw['static_files']) };
    }
    if (!out['urlRegex'])
        throw fail(reader, path, 'a handler needs url');
    if (!out['script'] && !out['staticFiles'])
        throw fail(reader, path, 'a handler needs script, static_dir or static_files');
    return out;
}
function healthCheck(reader, path, value, liveness) {
    const rules = {
        path: (v, o) => (o['path'] = String(v)),
        host: (v, o) => (o['host'] = String(v)),
        check_interval_sec: (v, o, at) => (o['checkInterval'] = seconds(reader, at, v)),
        timeout_sec: (v, o, at) => (o['timeout'] = seconds(reader, at, v)),
        failure_threshold: (v, o, at) => (o['failureThreshold'] = number(reader, at, v, true)),
        success_threshold: (v, o, at) => (o['successThreshold'] = number(reader, at, v, true)),
    };
    if (liveness)
        rules['initial_delay_sec'] = (v, o, at) => (o['initialDelay'] = seconds(reader, at, v));
    else
        rules['app_start_timeout_sec'] = (v, o, at) => (o['appStartTimeout'] = seconds(reader, at, v));
    return translate(reader, path, value, rules);
}
function automaticScaling(reader, path, value, flex) {
    if (flex) {
        return translate(reader, path, value, {
            min_num_instances: (v, o, at) => (o['minTotalInstances'] = number(reader, at, v, true)),
            max_num_instances: (v, o, at) => (o['maxTotalInstances'] = number(reader, at, v, true)),
            cool_down_period_sec: (v, o, at) => (o['coolDownPeriod'] = seconds(reader, at, v)),
            cpu_utilization: (v, o, at) => (o['cpuUtilization'] = translate(reader, at, v, {
                target_utilization: (t, c, tat) => (c['targetUtilization'] = number(reader, tat, t)),
                aggregation_window_length_sec: (t, c, tat) => (c['aggregationWindowLength'] = seconds(reader, tat, t)),
            })),
        });
    }
    const scheduler = {};
    const out = translate(reader, path, value, {
        min_instances: (v, _, at) => (scheduler['minInstances'] = number(reader, at, v, true)),
        max_instances: (v, _, at) => (scheduler['maxInstances'] = number(reader, at, v, true)),
        target_cpu_utilization: (v, _, at) => (scheduler['targetCpuUtilization'] = number(reader, at, v)),
        target_throughput_utilization: (v, _, at) => (scheduler['targetThroughputUtilization'] = number(reader, at, v)),
        min_idle_instances: (v, o, at) => (o['minIdleInstances'] = number(reader, at, v, true)),
        max_idle_instances: (v, o, at) => (o['maxIdleInstances'] = number(reader, at, v, true)),
        max_concurrent_requests: (v, o, at) => (o['maxConcurrentRequests'] = number(reader, at, v, true)),
        min_pending_latency: (v, o, at) => (o['minPendingLatency'] = seconds(reader, at, v)),
        max_pending_latency: (v, o, at) => (o['maxPendingLatency'] = seconds(reader, at, v)),
    });
    if (Object.keys(scheduler).length)
        out['standardSchedulerSettings'] = scheduler;
    return out;
}
/** Parses app.yaml text (from `file`, for messages) into the Version resource. */
function translateAppYaml(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const position = lines.linePos(error.pos[0]);
        throw new errors/* UserError */.yo(`${file}:${position.line}: not valid YAML: ${error.message.split('\n')[0]}`, { file, line: position.line, column: position.col });
    }
    const reader = { file, doc, lines };
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new errors/* UserError */.yo(`${file}: app.yaml must be a mapping (runtime: …)`, { file });
    const raw = doc.toJS();
    const flex = raw['env'] === 'flex' || raw['env'] === 'flexible';
    let service;
    const version = translate(reader, [], raw, {
        runtime: (v, o) => (o['runtime'] = String(v)),
        env: (v, o, at) => {
            if (!['standard', 'flex', 'flexible'].includes(String(v)))
                throw fail(reader, at, 'must be standard or flex');
            o['env'] = v === 'flexible' ? 'flex' : String(v);
        },
        service: (v) => (service = String(v)),
        entrypoint: (v, o) => (o['entrypoint'] = { shell: String(v) }),
        instance_class: (v, o) => (o['instanceClass'] = String(v)),
        service_account: (v, o) => (o['serviceAccount'] = String(v)),
        env_variables: (v, o, at) => (o['envVariables'] = strings(reader, at, v)),
        build_env_variables: (v, o, at) => (o['buildEnvVariables'] = strings(reader, at, v)),
        inbound_services: (v, o, at) => {
            if (!Array.isArray(v))
                throw fail(reader, at, 'must be a list such as [warmup]');
            o['inboundServices'] = v.map((item) => `INBOUND_SERVICE_${String(item).toUpperCase()}`);
        },
        automatic_scaling: (v, o, at) => (o['automaticScaling'] = automaticScaling(reader, at, v, flex)),
        manual_scaling: (v, o, at) => (o['manualScaling'] = translate(reader, at, v, { instances: (n, m, nat) => (m['instances'] = number(reader, nat, n, true)) })),
        basic_scaling: (v, o, at) => (o['basicScaling'] = translate(reader, at, v, {
            max_instances: (n, m, nat) => (m['maxInstances'] = number(reader, nat, n, true)),
            idle_timeout: (n, m, nat) => (m['idleTimeout'] = seconds(reader, nat, n)),
        })),
        handlers: (v, o, at) => {
            if (!Array.isArray(v))
                throw fail(reader, at, 'must be a list of handlers');
            o['handlers'] = v.map((item, index) => handler(reader, [...at, index], item));
        },
        resources: (v, o, at) => (o['resources'] = translate(reader, at, v, {
            cpu: (n, r, nat) => (r['cpu'] = number(reader, nat, n)),
            memory_gb: (n, r, nat) => (r['memoryGb'] = number(reader, nat, n)),
            disk_size_gb: (n, r, nat) => (r['diskGb'] = number(reader, nat, n)),
        })),
        readiness_check: (v, o, at) => (o['readinessCheck'] = healthCheck(reader, at, v, false)),
        liveness_check: (v, o, at) => (o['livenessCheck'] = healthCheck(reader, at, v, true)),
        vpc_access_connector: (v, o, at) => (o['vpcAccessConnector'] = translate(reader, at, v, {
            name: (n, c) => (c['name'] = String(n)),
            egress_setting: (n, c, nat) => {
                const setting = { 'all-traffic': 'ALL_TRAFFIC', 'private-ranges-only': 'PRIVATE_IP_RANGES' }[String(n)];
                if (!setting)
                    throw fail(reader, nat, 'must be all-traffic or private-ranges-only');
                c['egressSetting'] = setting;
            },
        })),
        app_engine_apis: (v, o) => (o['appEngineApis'] = v === true),
    });
    if (typeof version['runtime'] !== 'string')
        throw new errors/* UserError */.yo(`${file}: app.yaml needs runtime (e.g. runtime: python312)`, { file, line: 1 });
    if (!flex && !version['handlers'])
        version['handlers'] = [{ urlRegex: '/.*', script: { scriptPath: 'auto' } }];
    return { version, service, flex };
}

// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
;// CONCATENATED MODULE: ./src/deploy/targets/app-engine/settings.ts
/**
 * What the app-engine target reads from the step's inputs: `project`, `name` (the service,
 * default `default`), and its `target-options`:
 *
 * | option          | default                          | meaning                                                        |
 * | --------------- | -------------------------------- | -------------------------------------------------------------- |
 * | `bucket`        | `staging.<project>.appspot.com`  | Cloud Storage bucket the bundle is staged in                   |
 * | `app-yaml`      | `app.yaml` in the bundle          | the app.yaml describing the version (runtime, scaling, …)      |
 * | `shard-by`      | `RANDOM`                         | how a traffic split picks versions: RANDOM, IP or COOKIE       |
 * | `health-grace`  | `2m`                             | how long a new version may take to answer its health path      |
 * | `keep-versions` | `0` (no cleanup)                 | keep the newest N versions without traffic, delete older ones  |
 * | `stop-previous` | `false`                          | stop the version that served before once the new one has all   |
 * |                 |                                  | traffic (flexible, manual or basic scaling: they cost while up) |
 */


const KNOWN_OPTIONS = ['bucket', 'app-yaml', 'shard-by', 'health-grace', 'keep-versions', 'stop-previous'];
const SERVICE_ID = /^[a-z\d]([a-z\d-]{0,61}[a-z\d])?$/;
// Version ids: lowercase letters, digits and hyphens, 63 at most; `default`, `latest` and `ah-…` are App Engine's.
const VERSION_ID = /^[a-z\d]([a-z\d-]{0,61}[a-z\d])?$/;
function readAppEngineSettings(settings) {
    const options = settings.options;
    for (const key of Object.keys(options)) {
        if (!KNOWN_OPTIONS.includes(key))
            throw new errors/* ConfigurationError */.j1('target-options', `has "${key}", which app-engine does not know; it reads ${KNOWN_OPTIONS.join(', ')}`);
    }
    const project = settings.project;
    if (!project)
        throw new errors/* ConfigurationError */.j1('project', 'is required for target app-engine: the Google Cloud project whose App Engine application is deployed to');
    if (!/^[a-z][a-z\d-]{4,28}[a-z\d]$|^[a-z\d.-]+:[a-z][a-z\d-]{4,28}[a-z\d]$/.test(project))
        throw new errors/* ConfigurationError */.j1('project', `"${project}" is not a Google Cloud project id`);
    const service = settings.name ?? 'default';
    if (!SERVICE_ID.test(service))
        throw new errors/* ConfigurationError */.j1('name', `"${service}" is not an App Engine service name: lowercase letters, digits and hyphens, 63 at most`);
    return {
        project,
        service,
        bucket: options['bucket'] ?? `staging.${project}.appspot.com`,
        appYaml: options['app-yaml'],
        shardBy: (0,inputs/* parseChoice */.HU)((options['shard-by'] ?? 'RANDOM').toUpperCase(), 'target-options shard-by', ['RANDOM', 'IP', 'COOKIE']),
        healthGraceMs: (0,inputs/* parseDuration */.E9)(options['health-grace'] ?? '2m', 'target-options health-grace') * 1000,
        keepVersions: (0,inputs/* parseNumber */.$J)(options['keep-versions'] ?? '0', 'target-options keep-versions', { integer: true, min: 0, max: 200 }),
        stopPrevious: (0,inputs/* parseBoolean */.yG)(options['stop-previous'] ?? 'false', 'target-options stop-previous'),
    };
}
function checkVersionId(version) {
    if (!VERSION_ID.test(version) || version.startsWith('ah-') || version === 'default' || version === 'latest') {
        throw new errors/* ConfigurationError */.j1('version', `"${version}" is not a valid App Engine version id: lowercase letters, digits and hyphens, at most 63 characters, not starting with "ah-", not "default" or "latest"`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/deploy/targets/app-engine/staging.ts
/**
 * Staging a bundle in Cloud Storage, where App Engine reads it from. The object name carries the
 * bundle's digest, and an object already holding the same bytes (same MD5) is not uploaded again.
 * Small bundles go up in one request (uploadType=media); larger ones as a resumable upload in
 * 8 MiB chunks, resumed from what the server says it has after a failed chunk.
 */



const SIMPLE_LIMIT = 5 * 1024 * 1024;
const CHUNK = 8 * 1024 * 1024; // a multiple of 256 KiB, as the resumable protocol requires
function stagedObjectName(service, version, bundle) {
    return `ml-actions/${service}/${version}-${bundle.sha256.slice(0, 12)}.zip`;
}
async function storedMd5(apis, bucket, object) {
    try {
        const response = await apis.request({ method: 'GET', url: `${apis.storageRoot}/storage/v1/b/${encodeURIComponent(bucket)}/o/${encodeURIComponent(object)}` });
        return response.data.md5Hash;
    }
    catch (error) {
        if (error instanceof GoogleApiFailure && error.httpStatus === 404 && !/bucket/i.test(error.message))
            return undefined;
        throw error;
    }
}
async function resumable(apis, bucket, object, bytes) {
    const start = await apis.request({
        method: 'POST',
        url: `${apis.storageRoot}/upload/storage/v1/b/${encodeURIComponent(bucket)}/o`,
        query: { uploadType: 'resumable' },
        body: { name: object, contentType: 'application/zip' },
        headers: { 'X-Upload-Content-Type': 'application/zip', 'X-Upload-Content-Length': String(bytes.length) },
    });
    const session = start.headers.get('location');
    if (!session)
        throw new Error('Cloud Storage started a resumable upload without a session URI');
    let offset = 0;
    while (offset < bytes.length) {
        const end = Math.min(offset + CHUNK, bytes.length);
        const response = await apis.request({
            method: 'PUT',
            url: session,
            bytes: bytes.subarray(offset, end),
            headers: { 'Content-Range': `bytes ${offset}-${end - 1}/${bytes.length}`, 'Content-Type': 'application/zip' },
            accept: [308],
        });
        if (response.status !== 308)
            return;
        // The server says how much it has; continue from there (it may have kept less than was sent).
        const range = /bytes=0-(\d+)/.exec(response.headers.get('range') ?? '');
        offset = range ? Number(range[1]) + 1 : 0;
    }
}
async function stageBundle(apis, project, bucket, object, bundle, ctx) {
    const staged = { bucket, object, sourceUrl: `https://storage.googleapis.com/${bucket}/${object}` };
    const md5 = (0,external_node_crypto_.createHash)('md5').update(bundle.bytes).digest('base64');
    try {
        if ((await storedMd5(apis, bucket, object)) === md5) {
            ctx.log.info(`gs://${bucket}/${object} already holds this bundle; not uploading again`);
            return staged;
        }
        ctx.log.info(`Uploading ${(bundle.bytes.length / 1024 / 1024).toFixed(1)} MB to gs://${bucket}/${object}`);
        if (bundle.bytes.length <= SIMPLE_LIMIT) {
            await apis.request({
                method: 'POST',
                url: `${apis.storageRoot}/upload/storage/v1/b/${encodeURIComponent(bucket)}/o`,
                query: { uploadType: 'media', name: object },
                bytes: bundle.bytes,
                headers: { 'Content-Type': 'application/zip' },
            });
        }
        else {
            await resumable(apis, bucket, object, bundle.bytes);
        }
    }
    catch (error) {
        if (error instanceof GoogleApiFailure && error.httpStatus === 404) {
            throw new errors/* UserError */.yo(`Cloud Storage bucket gs://${bucket} does not exist, or the service account cannot see it: create it, or name another with target-options bucket`);
        }
        throw explainGoogleError(error, `stage the bundle in gs://${bucket}`, project);
    }
    return staged;
}

;// CONCATENATED MODULE: ./src/deploy/targets/app-engine/traffic.ts
function decimals(shardBy) {
    return shardBy === 'IP' ? 2 : 3;
}
/** `percent` of traffic to `candidate`, the rest to `stable`. */
function canarySplit(candidate, stable, percent, shardBy) {
    const scale = 10 ** decimals(shardBy);
    const share = Math.round((percent / 100) * scale);
    if (share >= scale)
        return { shardBy, allocations: { [candidate]: 1 } };
    if (share <= 0)
        return { shardBy, allocations: { [stable]: 1 } };
    return { shardBy, allocations: { [candidate]: share / scale, [stable]: (scale - share) / scale } };
}
function allTo(version, shardBy) {
    return { shardBy, allocations: { [version]: 1 } };
}
/** Percent of traffic `version` gets under `split` (0 when it is not in it). */
function percentOf(split, version) {
    return Math.round((split?.allocations[version] ?? 0) * 1000) / 10;
}
/** The versions of a split, the largest share first. */
function byShare(split) {
    return Object.entries(split?.allocations ?? {}).sort((a, b) => b[1] - a[1]);
}

// EXTERNAL MODULE: ./src/deploy/targets/source-bundle.ts
var source_bundle = __webpack_require__(37406);
;// CONCATENATED MODULE: ./src/deploy/targets/app-engine.ts
/**
 * The app-engine target: deploys a version of an App Engine service through the Admin API v1,
 * no gcloud. A new version is created without traffic (the API has no "promote": a version gets
 * traffic only when the service's split says so), checked on its own URL, and only then given
 * traffic:
 *
 * - all-at-once: the split moves to the new version at once;
 * - rolling: App Engine's gradual traffic migration (`migrateTraffic`), standard environment with
 *   warmup requests only;
 * - canary: `traffic` percent through the split (shardBy RANDOM, IP or COOKIE), promote gives it
 *   all, rollback gives the stable version all again. Shadow is not something App Engine can do.
 *
 * Standard-environment versions deploy from a source bundle with its app.yaml, staged in Cloud
 * Storage; flexible-environment versions can also deploy a container image.
 */













/** App Engine refuses more versions than this per application. */
const VERSION_LIMIT = 210;
const MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024;
class AppEngineTarget {
    name = 'app-engine';
    strategies = ['all-at-once', 'rolling', 'canary'];
    settings;
    serviceUrl;
    workspace;
    admin;
    apis;
    attempt;
    /** The health path of this step's request; unknown in a later job's promote or rollback. */
    healthPath;
    constructor(settings) {
        this.settings = readAppEngineSettings(settings);
        this.serviceUrl = settings.url;
        this.workspace = settings.workspace;
        this.apis = new GoogleApis(this.settings.project);
        this.admin = new AppEngineAdmin(this.apis, this.settings);
    }
    endpointOf(version) {
        return version?.versionUrl ? { url: version.versionUrl } : undefined;
    }
    /** Where users reach the service: the version URL without its `VERSION-dot-` part. */
    serviceEndpoint(version) {
        if (this.serviceUrl)
            return { url: this.serviceUrl };
        if (!version?.versionUrl)
            return undefined;
        return { url: version.versionUrl.replace(`${version.id}-dot-`, '') };
    }
    async preflight(ctx, recorded) {
        const application = await this.admin.application();
        if (!application) {
            throw new errors/* UserError */.yo(`Project ${this.settings.project} has no App Engine application (or the service account cannot see it). Create one once: gcloud app create --region=…`);
        }
        const split = await this.admin.split();
        if (!split) {
            ctx.log.info(`Service ${this.settings.service} does not exist yet in ${this.settings.project}; the first version will create it`);
            return { traffic: 0, details: { locationId: application.locationId } };
        }
        const shares = byShare(split);
        let stable = shares[0] ? await this.admin.version(shares[0][0]) : undefined;
        let candidate = shares[1] ? await this.admin.version(shares[1][0]) : undefined;
        // Of two versions in the split, the canary is the one recorded as such, else the newer one
        // (a canary at 50% or more must not pass for the stable version).
        if (stable && candidate) {
            const swap = recorded?.stable ? recorded.stable.version === candidate.id : (candidate.createTime ?? '') < (stable.createTime ?? '');
            if (swap)
                [stable, candidate] = [candidate, stable];
        }
        if (shares.length > 2)
            ctx.log.warning(`Service ${this.settings.service} splits traffic between ${shares.length} versions; this step manages the two largest`);
        let previous;
        if (recorded?.stable?.version === stable?.id && recorded?.previous)
            previous = recorded.previous;
        else
            previous = await this.newestOtherServing(stable, new Set(Object.keys(split.allocations)));
        ctx.log.info(`Service ${this.settings.service}: ${shares.map(([id, share]) => `${id} ${Math.round(share * 1000) / 10}%`).join(', ') || 'no traffic split'}`);
        return {
            stable: stable ? { version: stable.id, endpoint: this.endpointOf(stable) } : undefined,
            candidate: candidate ? { version: candidate.id, endpoint: this.endpointOf(candidate), strategy: 'canary' } : undefined,
            traffic: candidate ? percentOf(split, candidate.id) : 0,
            previous,
            service: this.serviceEndpoint(stable),
            details: { split, locationId: application.locationId },
        };
    }
    /** The newest version older than `stable` that has no traffic (stopped ones too): what a rollback restores. */
    async newestOtherServing(stable, inSplit) {
        if (!stable?.createTime)
            return undefined;
        const versions = await this.admin.versions();
        return versions
            .filter((v) => !inSplit.has(v.id) && (v.createTime ?? '') < stable.createTime)
            .sort((a, b) => (b.createTime ?? '').localeCompare(a.createTime ?? ''))[0]?.id;
    }
    appYamlFor(request, bundle) {
        if (this.settings.appYaml) {
            const path = (0,files/* resolveInWorkspace */.z1)(this.settings.appYaml, this.workspace);
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(path, 'utf8');
            }
            catch {
                throw new errors/* ConfigurationError */.j1('target-options app-yaml', `names ${path}, which cannot be read`);
            }
            return translateAppYaml(text, this.settings.appYaml);
        }
        if (!bundle)
            return undefined;
        const text = (0,source_bundle/* readBundleFile */.zi)(bundle, 'app.yaml');
        if (text === undefined)
            throw new errors/* ConfigurationError */.j1('bundle', `has no app.yaml at its root (${bundle.source}); App Engine needs one (runtime, scaling …), or name it with target-options app-yaml`);
        return translateAppYaml(text, request.bundle && !request.bundle.endsWith('.zip') ? (0,external_node_path_.join)(request.bundle, 'app.yaml') : 'app.yaml');
    }
    /** The Version resource for `request`, and what has to be staged for it. */
    prepare(request) {
        checkVersionId(request.version);
        const bundle = request.bundle ? (0,source_bundle/* loadSourceBundle */.kR)(request.bundle, MAX_BUNDLE_BYTES) : undefined;
        if (!bundle && !request.image)
            throw new errors/* ConfigurationError */.j1('bundle', 'is required for target app-engine (a folder or zip with app.yaml), or give `image` for the flexible environment');
        const appYaml = this.appYamlFor(request, bundle);
        if (appYaml?.service && appYaml.service !== this.settings.service) {
            throw new errors/* ConfigurationError */.j1('name', `is "${this.settings.service}" but app.yaml says service: ${appYaml.service}; make them agree`);
        }
        const version = { ...(appYaml?.version ?? { runtime: 'custom', env: 'flex' }), id: request.version };
        const envVariables = { ...version['envVariables'], ...request.env };
        if (Object.keys(envVariables).length)
            version['envVariables'] = envVariables;
        const flex = version['env'] === 'flex';
        if (request.image) {
            if (!flex)
                throw new errors/* ConfigurationError */.j1('image', 'deploys to the App Engine flexible environment only: set env: flex in app.yaml, or deploy a source bundle');
            if (!/[:@][^/]+$/.test(request.image))
                throw new errors/* ConfigurationError */.j1('image', `"${request.image}" needs a tag or digest: App Engine deploys fully qualified images only`);
            version['deployment'] = { container: { image: request.image } };
            return { body: version, appYaml };
        }
        const object = stagedObjectName(this.settings.service, request.version, bundle);
        version['deployment'] = { zip: { sourceUrl: `https://storage.googleapis.com/${this.settings.bucket}/${object}`, filesCount: bundle.fileCount } };
        return { body: version, bundle, object, appYaml };
    }
    checkStrategy(strategy, body) {
        if (strategy !== 'rolling')
            return;
        if (body['env'] === 'flex')
            throw new errors/* ConfigurationError */.j1('strategy', 'rolling is App Engine\'s gradual traffic migration, which the flexible environment does not support; use all-at-once or canary');
        if (!body['inboundServices']?.includes('INBOUND_SERVICE_WARMUP')) {
            throw new errors/* ConfigurationError */.j1('strategy', 'rolling is App Engine\'s gradual traffic migration, which needs warmup requests: add `inbound_services: [warmup]` to app.yaml');
        }
        if (body['manualScaling'] || body['basicScaling'])
            throw new errors/* ConfigurationError */.j1('strategy', 'rolling (gradual traffic migration) needs automatic scaling in app.yaml');
    }
    async plan(request, state, ctx) {
        const prepared = this.prepare(request);
        this.checkStrategy(request.strategy, prepared.body);
        const servicePath = `apps/${this.settings.project}/services/${this.settings.service}`;
        if (prepared.object)
            ctx.plan.record({ call: 'POST upload/storage/v1', resource: `gs://${this.settings.bucket}/${prepared.object}`, purpose: 'stage the bundle (skipped if already there)' });
        ctx.plan.record({ call: 'POST', resource: `v1/${servicePath}/versions`, purpose: `create version ${request.version} without traffic`, body: prepared.body });
        const stable = state.stable?.version;
        if (stable && stable !== request.version) {
            const split = request.strategy === 'canary' ? canarySplit(request.version, stable, request.traffic, this.settings.shardBy) : allTo(request.version, this.settings.shardBy);
            ctx.plan.record({
                call: 'PATCH',
                resource: `v1/${servicePath}?updateMask=split${request.strategy === 'rolling' ? '&migrateTraffic=true' : ''}`,
                purpose: `after ${request.version} answers ${request.healthPath}: ${request.strategy === 'canary' ? `${request.traffic}% to it` : 'all traffic to it'}`,
                body: { split },
            });
        }
    }
    async cleanup(ctx, keep, previous) {
        const versions = await this.admin.versions();
        if (versions.length >= VERSION_LIMIT - 10)
            ctx.log.warning(`Service ${this.settings.service} has ${versions.length} versions; App Engine allows ${VERSION_LIMIT} per application (target-options keep-versions deletes old ones)`);
        if (this.settings.keepVersions === 0)
            return;
        const split = await this.admin.split();
        const serving = new Set([...keep, ...Object.keys(split?.allocations ?? {})]);
        // The newest N versions without traffic stay (the rollback target always among them).
        const old = versions
            .filter((v) => !serving.has(v.id))
            .sort((a, b) => (b.createTime ?? '').localeCompare(a.createTime ?? ''))
            .slice(this.settings.keepVersions)
            .filter((v) => v.id !== previous);
        for (const version of old) {
            ctx.log.info(`Deleting old version ${version.id} (no traffic; keep-versions ${this.settings.keepVersions})`);
            await this.admin.waitOperation(await this.admin.deleteVersion(version.id), `delete version ${version.id}`, ctx);
        }
    }
    /** Creates the version, or reuses it when a re-run finds it with the same source. */
    async ensureVersion(prepared, ctx) {
        const id = String(prepared.body['id']);
        const wanted = prepared.body['deployment'];
        const existing = await this.admin.version(id, 'FULL');
        if (existing) {
            // The staged object's name holds the bundle digest, so the same URL means the same bytes.
            const same = wanted?.zip ? existing.deployment?.zip?.sourceUrl === wanted.zip.sourceUrl : existing.deployment?.container?.image === wanted?.container?.image;
            if (!same) {
                throw new errors/* ConfigurationError */.j1('version', `"${id}" already exists in service ${this.settings.service} with other content; App Engine versions cannot change: deploy this build as a new version`);
            }
            ctx.log.info(`Version ${id} already exists with this source; reusing it`);
            return existing;
        }
        if (prepared.bundle && prepared.object)
            await stageBundle(this.apis, this.settings.project, this.settings.bucket, prepared.object, prepared.bundle, ctx);
        ctx.log.info(`Creating version ${id} of ${this.settings.service} (no traffic yet)`);
        const operation = await this.admin.createVersion(prepared.body);
        await this.admin.waitOperation(operation, `create version ${id}`, ctx);
        const created = await this.admin.version(id);
        if (!created)
            throw new deploy_errors/* DeployFailure */.Qt(`version ${id} was created but cannot be read back`);
        return created;
    }
    /** GETs the health path on the version's own URL until it answers 2xx, within health-grace. */
    async probe(version, ctx) {
        if (this.healthPath === undefined)
            return; // the orchestrator's smoke test checks it instead
        const url = `${version.versionUrl}${this.healthPath}`;
        let last = '';
        const deadline = ctx.deadline.within(this.settings.healthGraceMs);
        try {
            await (0,wait/* pollUntil */.g)(ctx, `${version.id} to answer ${this.healthPath}`, async () => {
                try {
                    const response = await fetch(url, { signal: ctx.signal });
                    if (response.ok)
                        return { done: true, value: undefined };
                    last = `HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`;
                }
                catch (error) {
                    last = error.message;
                }
                return { done: false, status: last };
            }, { deadline, backoff: 1.5, maxIntervalMs: ctx.pollIntervalMs * 6 });
        }
        catch (error) {
            if (!(error instanceof deploy_errors/* DeployFailure */.Qt))
                throw error;
            throw new deploy_errors/* DeployFailure */.Qt(`version ${version.id} did not answer ${url} with 2xx within ${(0,deploy_errors/* formatSeconds */.Xo)(this.settings.healthGraceMs / 1000)} (target-options health-grace); last: ${last}`, [
                { level: 'error', source: `version ${version.id}`, message: last },
            ]);
        }
    }
    async applySplit(split, migrate, what, ctx) {
        if (this.attempt)
            this.attempt.splitChanged = true;
        await this.admin.waitOperation(await this.admin.setSplit(split, migrate), what, ctx);
    }
    /**
     * Stops the version that served before (stop-previous): flexible, manual- and basic-scaling
     * versions cost money while they run. A rollback starts it again.
     */
    async stopPrevious(id, ctx) {
        if (!this.settings.stopPrevious)
            return;
        const version = await this.admin.version(id);
        if (!version || version.servingStatus === 'STOPPED')
            return;
        if (version.env !== 'flex' && !version.manualScaling && !version.basicScaling) {
            ctx.log.info(`${id} uses automatic scaling in the standard environment and costs nothing without traffic; not stopping it`);
            return;
        }
        ctx.log.info(`Stopping ${id}, which no longer gets traffic (stop-previous)`);
        await this.admin.waitOperation(await this.admin.setServingStatus(id, 'STOPPED'), `stop version ${id}`, ctx);
    }
    async deploy(request, state, ctx) {
        const prepared = this.prepare(request);
        this.checkStrategy(request.strategy, prepared.body);
        this.healthPath = request.healthPath;
        const before = state.details?.['split'] ?? undefined;
        this.attempt = { version: request.version, before, splitChanged: false };
        const stable = state.stable?.version;
        await this.cleanup(ctx, new Set([request.version, ...(stable ? [stable] : [])]), state.previous);
        const version = await this.ensureVersion(prepared, ctx);
        const details = { healthPath: request.healthPath };
        if (!stable || stable === request.version) {
            // A new service's first version takes all traffic by itself; a re-run finds it serving.
            return { version: version.id, strategy: stable ? request.strategy : 'all-at-once', traffic: 100, candidate: this.endpointOf(version), service: this.serviceEndpoint(version), details };
        }
        if (request.strategy === 'canary') {
            return { version: version.id, strategy: 'canary', traffic: percentOf(before, version.id), candidate: this.endpointOf(version), service: this.serviceEndpoint(version), details };
        }
        // All at once or rolling: the version must answer on its own URL before it gets anyone's traffic.
        await this.probe(version, ctx);
        const migrate = request.strategy === 'rolling';
        ctx.log.info(`${migrate ? 'Migrating' : 'Moving'} all traffic of ${this.settings.service} from ${stable} to ${version.id}`);
        await this.applySplit(allTo(version.id, this.settings.shardBy), migrate, `move traffic to ${version.id}`, ctx);
        await this.stopPrevious(stable, ctx);
        return { version: version.id, strategy: request.strategy, traffic: 100, candidate: this.endpointOf(version), service: this.serviceEndpoint(version), details };
    }
    async waitHealthy(release, ctx) {
        if (typeof release.details?.['healthPath'] === 'string')
            this.healthPath = release.details['healthPath'];
        const version = await this.admin.version(release.version);
        if (!version)
            throw new deploy_errors/* DeployFailure */.Qt(`version ${release.version} does not exist in service ${this.settings.service}`);
        if (version.servingStatus !== 'SERVING')
            throw new deploy_errors/* DeployFailure */.Qt(`version ${release.version} is ${version.servingStatus}, not SERVING`);
        const split = await this.admin.split();
        const share = percentOf(split, release.version);
        if (Math.abs(share - release.traffic) > 0.5) {
            throw new deploy_errors/* DeployFailure */.Qt(`service ${this.settings.service} sends ${share}% of traffic to ${release.version}, not the ${release.traffic}% expected (split: ${JSON.stringify(split?.allocations ?? {})})`);
        }
        await this.probe(version, ctx);
    }
    async shiftTraffic(release, percent, ctx) {
        const split = await this.admin.split();
        const stable = byShare(split).find(([id]) => id !== release.version)?.[0];
        if (!stable)
            return { ...release, traffic: 100 };
        const target = canarySplit(release.version, stable, percent, this.settings.shardBy);
        await this.applySplit(target, false, `send ${percent}% of traffic to ${release.version}`, ctx);
        return { ...release, traffic: percentOf(target, release.version) };
    }
    async promote(state, ctx) {
        const candidate = state.candidate;
        if (!candidate)
            throw new errors/* UserError */.yo(`Nothing to promote in service ${this.settings.service}: ${state.stable?.version ?? 'nothing'} takes all traffic`);
        await this.applySplit(allTo(candidate.version, this.settings.shardBy), false, `move all traffic to ${candidate.version}`, ctx);
        if (state.stable)
            await this.stopPrevious(state.stable.version, ctx);
        const version = await this.admin.version(candidate.version);
        return { version: candidate.version, strategy: 'canary', traffic: 100, candidate: this.endpointOf(version), service: this.serviceEndpoint(version) };
    }
    async rollback(state, ctx) {
        const attempt = this.attempt;
        let split;
        if (attempt) {
            if (!attempt.splitChanged || !attempt.before) {
                const current = state.stable?.version ?? attempt.version;
                ctx.log.info(`The traffic split was not changed; ${current} still serves`);
                const version = await this.admin.version(current);
                return { version: current, strategy: 'all-at-once', traffic: percentOf(await this.admin.split(), current), service: this.serviceEndpoint(version) };
            }
            split = attempt.before;
        }
        else if (state.candidate) {
            if (!state.stable)
                throw new errors/* UserError */.yo(`Nothing to roll back to in service ${this.settings.service}: the ${state.candidate.version} canary is its only version`);
            split = allTo(state.stable.version, this.settings.shardBy);
        }
        else {
            if (!state.previous)
                throw new errors/* UserError */.yo(`Nothing to roll back to in service ${this.settings.service}: no earlier version serving (deleted or stopped?)`);
            split = allTo(state.previous, this.settings.shardBy);
        }
        const restored = byShare(split)[0][0];
        const version = await this.admin.version(restored);
        if (!version)
            throw new errors/* UserError */.yo(`Cannot roll back to ${restored}: the version no longer exists in service ${this.settings.service}`);
        for (const id of Object.keys(split.allocations)) {
            const stopped = id === restored ? version : await this.admin.version(id);
            if (stopped?.servingStatus === 'STOPPED') {
                ctx.log.info(`Starting ${id} again (it was stopped) before it gets traffic back`);
                await this.admin.waitOperation(await this.admin.setServingStatus(id, 'SERVING'), `start version ${id}`, ctx);
            }
        }
        ctx.log.info(`Restoring the split ${JSON.stringify(split.allocations)}`);
        await this.applySplit({ ...split, shardBy: split.shardBy ?? this.settings.shardBy }, false, `give ${restored} its traffic back`, ctx);
        return { version: restored, strategy: 'all-at-once', traffic: percentOf(split, restored), candidate: this.endpointOf(version), service: this.serviceEndpoint(version) };
    }
}
function createAppEngineTarget(settings) {
    return new AppEngineTarget(settings);
}


/***/ }),

/***/ 37406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WW: () => (/* binding */ bundleFromFiles),
/* harmony export */   kR: () => (/* binding */ loadSourceBundle),
/* harmony export */   zi: () => (/* binding */ readBundleFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51306);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58382);
/**
 * The source bundle a cloud target uploads: a zip file as given, or a folder zipped here. Folders
 * are zipped deterministically (sorted entries, fixed timestamps), so the same files always give
 * the same bytes and the same digest, and a re-run recognises what it already uploaded.
 */





// 1980-01-01, the earliest time a zip entry can hold: no build-time value leaks into the digest.
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const SKIPPED = new Set(['.git', 'node_modules', '__pycache__', '.venv']);
function listFiles(root, dir = root) {
    const files = [];
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (SKIPPED.has(entry.name))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
        if (entry.isDirectory())
            files.push(...listFiles(root, path));
        else if (entry.isFile())
            files.push(path);
    }
    return files;
}
function zipFolder(folder) {
    const files = listFiles(folder);
    if (files.length === 0)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('bundle', `names the folder ${folder}, which has no files to deploy`);
    const tree = {};
    for (const file of files) {
        const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).mode;
        // Keep the executable bit (start scripts), nothing else of the local file system.
        tree[(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, file).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/')] = [(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file), { mtime: FIXED_TIME, os: 3, attrs: ((mode & 0o111 ? 0o755 : 0o644) | 0o100000) << 16 }];
    }
    return { bytes: (0,fflate__WEBPACK_IMPORTED_MODULE_4__/* .zipSync */ .L)(tree, { level: 6, mtime: FIXED_TIME }), fileCount: files.length };
}
function countZipEntries(bytes, path) {
    let count = 0;
    try {
        (0,fflate__WEBPACK_IMPORTED_MODULE_4__/* .unzipSync */ .AO)(bytes, {
            filter: (file) => {
                if (!file.name.endsWith('/'))
                    count++;
                return false; // counted; no need to inflate
            },
        });
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('bundle', `names ${path}, which is not a readable zip file (${error.message})`);
    }
    return count;
}
/** Reads or builds the bundle named by the `bundle` input (an absolute path). */
function loadSourceBundle(path, maxBytes) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path);
    }
    catch {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('bundle', `names ${path}, which does not exist`);
    }
    let bytes;
    let fileCount;
    if (stat.isDirectory()) {
        ({ bytes, fileCount } = zipFolder(path));
    }
    else {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path);
        if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte))
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('bundle', `names ${path}, which is not a zip file: give a .zip or a folder`);
        fileCount = countZipEntries(bytes, path);
    }
    if (bytes.length > maxBytes) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('bundle', `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit for this target is ${Math.floor(maxBytes / 1024 / 1024)} MB`);
    }
    return { source: path, bytes, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'), fileCount };
}
/** A bundle made of generated files (a Docker descriptor), zipped the same deterministic way. */
function bundleFromFiles(source, files) {
    const tree = {};
    for (const [name, text] of Object.entries(files))
        tree[name] = [new TextEncoder().encode(text), { mtime: FIXED_TIME }];
    const bytes = (0,fflate__WEBPACK_IMPORTED_MODULE_4__/* .zipSync */ .L)(tree, { level: 6, mtime: FIXED_TIME });
    return { source, bytes, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'), fileCount: Object.keys(files).length };
}
/** One file from the bundle's root (app.yaml), if it has it. */
function readBundleFile(bundle, name) {
    const files = (0,fflate__WEBPACK_IMPORTED_MODULE_4__/* .unzipSync */ .AO)(bundle.bytes, { filter: (file) => file.name === name });
    const bytes = files[name];
    return bytes ? new TextDecoder().decode(bytes) : undefined;
}


/***/ })

};
