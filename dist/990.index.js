export const id = 990;
export const ids = [990];
export const modules = {

/***/ 86990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ kubernetes)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 790 modules
var dist = __webpack_require__(32566);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/deploy/errors.ts
var deploy_errors = __webpack_require__(71812);
;// CONCATENATED MODULE: ./src/deploy/targets/kubernetes/manifests.ts
const LABEL = {
    name: 'app.kubernetes.io/name',
    managedBy: 'app.kubernetes.io/managed-by',
    track: 'ml-actions.dev/track',
    version: 'ml-actions.dev/version',
    serving: 'ml-actions.dev/serving',
};
const ANNOTATION = {
    strategy: 'ml-actions.dev/strategy',
    deployedBy: 'ml-actions.dev/deployed-by',
    revision: 'deployment.kubernetes.io/revision',
};
const FIELD_MANAGER = 'ml-actions';
const SERVICE_PORT = 80;
function deploymentName(layout, track) {
    return track === 'stable' ? layout.name : `${layout.name}-${track}`;
}
function serviceName(layout, purpose) {
    return purpose === 'main' ? layout.name : `${layout.name}-${purpose}`;
}
function selectorLabels(layout, track) {
    return { [LABEL.name]: layout.name, [LABEL.track]: track };
}
/** The pod template for a version on a track. Only what defines the version goes in: re-applying it changes nothing. */
function podTemplate(layout, track, request) {
    const labels = { ...selectorLabels(layout, track), [LABEL.version]: request.version, [LABEL.serving]: track === 'shadow' ? 'false' : 'true' };
    if (layout.base)
        return fromUserTemplate(layout.base.spec?.template, labels, request);
    const probe = { httpGet: { path: request.healthPath, port: 'http' }, periodSeconds: 5, failureThreshold: 3, timeoutSeconds: 2 };
    return {
        metadata: { labels },
        spec: {
            containers: [
                {
                    name: 'model-server',
                    image: request.image,
                    ports: [{ name: 'http', containerPort: request.containerPort, protocol: 'TCP' }],
                    env: [
                        { name: 'PORT', value: String(request.containerPort) },
                        { name: 'MODEL_VERSION', value: request.version },
                        ...Object.entries(request.env)
                            .filter(([key]) => key !== 'PORT' && key !== 'MODEL_VERSION')
                            .map(([key, value]) => ({ name: key, value })),
                    ],
                    readinessProbe: probe,
                    livenessProbe: { ...probe, initialDelaySeconds: 10, failureThreshold: 6 },
                    resources: {
                        requests: { cpu: layout.cpu, memory: layout.memory },
                        limits: { memory: layout.memoryLimit ?? layout.memory },
                    },
                },
            ],
        },
    };
}
/**
 * The user's pod template with the deploy's labels; the model server container (named
 * `model-server`, else the first) gets the `image` input, MODEL_VERSION and `env`, and a readiness
 * probe on the health path when it has none.
 */
function fromUserTemplate(template, labels, request) {
    const copy = structuredClone(template ?? {});
    copy.metadata = { ...(copy.metadata ?? {}), labels: { ...(copy.metadata?.labels ?? {}), ...labels } };
    const containers = copy.spec?.containers ?? [];
    const server = containers.find((c) => c.name === 'model-server') ?? containers[0];
    if (server) {
        if (request.image)
            server.image = request.image;
        const env = (server.env ?? []).filter((e) => e.name !== 'MODEL_VERSION' && !(e.name in request.env));
        server.env = [...env, { name: 'MODEL_VERSION', value: request.version }, ...Object.entries(request.env).map(([name, value]) => ({ name, value }))];
        server.readinessProbe ??= { httpGet: { path: request.healthPath, port: server.ports?.[0]?.containerPort ?? request.containerPort }, periodSeconds: 5 };
    }
    return copy;
}
/** Moves a pod template to another track (promote: the canary's template becomes the stable one). */
function retrack(layout, template, track) {
    const copy = structuredClone(template);
    const labels = { ...(copy.metadata?.labels ?? {}) };
    delete labels['pod-template-hash'];
    copy.metadata = { ...(copy.metadata ?? {}), labels: { ...labels, ...selectorLabels(layout, track), [LABEL.serving]: track === 'shadow' ? 'false' : 'true' } };
    return copy;
}
function deployment(layout, track, template, replicas, strategy, annotations) {
    // all-at-once: every new pod starts at once (100% surge), old pods leave only when new ones are
    // ready, so the switch is immediate without downtime. rolling: one pod at a time.
    const rollout = strategy === 'rolling'
        ? { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }
        : { type: 'RollingUpdate', rollingUpdate: { maxSurge: '100%', maxUnavailable: 0 } };
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
            name: deploymentName(layout, track),
            namespace: layout.namespace,
            labels: { [LABEL.name]: layout.name, [LABEL.track]: track, [LABEL.managedBy]: FIELD_MANAGER },
            annotations: { [ANNOTATION.strategy]: strategy, [ANNOTATION.deployedBy]: JSON.stringify(annotations) },
        },
        spec: {
            replicas,
            selector: { matchLabels: selectorLabels(layout, track) },
            progressDeadlineSeconds: layout.progressDeadlineSeconds,
            revisionHistoryLimit: 10,
            strategy: rollout,
            template,
        },
    };
}
function service(layout, purpose, containerPort) {
    const selector = purpose === 'main' ? { [LABEL.name]: layout.name, [LABEL.serving]: 'true' } : selectorLabels(layout, purpose);
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: serviceName(layout, purpose), namespace: layout.namespace, labels: { [LABEL.name]: layout.name, [LABEL.managedBy]: FIELD_MANAGER } },
        spec: { type: 'ClusterIP', selector, ports: [{ name: 'http', port: SERVICE_PORT, targetPort: containerPort, protocol: 'TCP' }] },
    };
}
/** The route: all traffic to stable, or a weighted split with the canary, or stable plus a mirror to the shadow. */
function httpRoute(layout, candidate) {
    const [gatewayNamespace, gatewayName] = layout.gateway.includes('/') ? layout.gateway.split('/', 2) : [undefined, layout.gateway];
    const backend = (purpose, weight) => ({
        group: '',
        kind: 'Service',
        name: serviceName(layout, purpose),
        port: SERVICE_PORT,
        ...(weight !== undefined ? { weight } : {}),
    });
    const rule = { matches: [{ path: { type: 'PathPrefix', value: '/' } }] };
    if (candidate?.track === 'canary') {
        rule['backendRefs'] = [backend('stable', 100 - candidate.percent), backend('canary', candidate.percent)];
    }
    else {
        rule['backendRefs'] = [backend('stable', 1)];
        if (candidate?.track === 'shadow') {
            const { weight: _unused, ...mirror } = backend('shadow');
            rule['filters'] = [{ type: 'RequestMirror', requestMirror: { backendRef: mirror, percent: candidate.percent } }];
        }
    }
    return {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: layout.name, namespace: layout.namespace, labels: { [LABEL.name]: layout.name, [LABEL.managedBy]: FIELD_MANAGER } },
        spec: {
            parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: gatewayName, ...(gatewayNamespace ? { namespace: gatewayNamespace } : {}) }],
            ...(layout.hostnames.length > 0 ? { hostnames: layout.hostnames } : {}),
            rules: [rule],
        },
    };
}
/** Canary replicas so that canary/(stable+canary) comes closest to `percent` (at least one pod). */
function canaryReplicas(stableReplicas, percent) {
    if (percent >= 100)
        return stableReplicas;
    return Math.max(1, Math.round((stableReplicas * percent) / (100 - percent)));
}
function replicaShare(stableReplicas, canary) {
    return Math.round((100 * canary) / (stableReplicas + canary));
}

;// CONCATENATED MODULE: ./src/deploy/targets/kubernetes/rollout.ts
/**
 * Waiting for a Deployment rollout by kubectl's rules (`kubectl rollout status`), on a watch that
 * resumes from the last resourceVersion when the server closes it and re-lists on 410 Gone.
 */


/** kubectl's rollout_status.go, for one Deployment object (plain JSON). */
function rolloutStatus(deployment) {
    const name = deployment.metadata?.name;
    const generation = deployment.metadata?.generation ?? 0;
    const status = deployment.status ?? {};
    if (generation > (status.observedGeneration ?? 0))
        return { done: false, message: 'waiting for the deployment spec update to be observed' };
    const progressing = (status.conditions ?? []).find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') {
        return { failed: true, message: `deployment "${name}" exceeded its progress deadline${progressing.message ? `: ${progressing.message}` : ''}` };
    }
    const wanted = deployment.spec?.replicas ?? 1;
    const updated = status.updatedReplicas ?? 0;
    const replicas = status.replicas ?? 0;
    const available = status.availableReplicas ?? 0;
    if (updated < wanted)
        return { done: false, message: `${updated} of ${wanted} new replicas have been updated` };
    if (replicas > updated)
        return { done: false, message: `${replicas - updated} old replicas are pending termination` };
    if (available < updated)
        return { done: false, message: `${available} of ${updated} updated replicas are available` };
    return { done: true, message: `deployment "${name}" successfully rolled out` };
}
/** Resolves once the rollout is complete; throws DeployFailure (with Events as causes) or DeadlineExceeded. */
async function waitForRollout(options, ctx) {
    const { kc, namespace, name } = options;
    const what = `rollout of deployment ${namespace}/${name}`;
    let lastMessage = '';
    const judge = async (object) => {
        const verdict = rolloutStatus(object);
        if (verdict.message !== lastMessage) {
            lastMessage = verdict.message;
            ctx.log.info(`Waiting for ${what}: ${verdict.message}`);
            await options.onProgress?.(verdict.message);
        }
        if ('failed' in verdict)
            throw new deploy_errors/* DeployFailure */.Qt(verdict.message, await options.causes());
        return verdict.done;
    };
    let object = await options.read();
    let resourceVersion = object.metadata?.resourceVersion;
    if (await judge(object))
        return;
    const watch = new dist/* Watch */.ox1(kc);
    for (;;) {
        try {
            ctx.deadline.check(`${what} (last seen: ${lastMessage})`);
        }
        catch (error) {
            if (error instanceof deploy_errors/* DeployFailure */.Qt)
                error.causes = await options.causes();
            throw error;
        }
        const connection = await new Promise((resolve) => {
            let settled = false;
            const finish = (value) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                controllerPromise.then((c) => c.abort()).catch(() => undefined);
                resolve(value);
            };
            const timer = setTimeout(() => finish({ kind: 'closed' }), Math.max(1, ctx.deadline.remainingMs()));
            const controllerPromise = watch.watch(`/apis/apps/v1/namespaces/${namespace}/deployments`, {
                fieldSelector: `metadata.name=${name}`,
                resourceVersion,
                allowWatchBookmarks: true,
                timeoutSeconds: Math.max(1, Math.min(300, Math.ceil(ctx.deadline.remainingMs() / 1000))),
            }, (type, item) => {
                if (type === 'ERROR') {
                    if (item?.code === 410)
                        finish({ kind: 'gone' });
                    else
                        finish({ kind: 'error', error: new Error(item?.message ?? 'watch error') });
                    return;
                }
                if (item?.metadata?.resourceVersion)
                    resourceVersion = item.metadata.resourceVersion;
                if (type === 'BOOKMARK' || type === 'DELETED')
                    return;
                judge(item).then((done) => done && finish({ kind: 'done', object: item }), (error) => finish({ kind: 'error', error }));
            }, (error) => (error ? finish({ kind: 'error', error }) : finish({ kind: 'closed' })));
            controllerPromise.catch((error) => finish({ kind: 'error', error }));
        });
        if (connection.kind === 'done')
            return;
        if (connection.kind === 'error') {
            if (connection.error instanceof deploy_errors/* DeployFailure */.Qt)
                throw connection.error;
            if (connection.error.statusCode === 410) {
                ctx.log.debug(`watch of ${name}: 410 Gone, listing again`);
            }
            else {
                ctx.log.debug(`watch of ${name} ended: ${connection.error?.message}; resuming from resourceVersion ${resourceVersion}`);
                await ctx.deadline.sleep(ctx.pollIntervalMs);
                continue;
            }
        }
        if (connection.kind === 'gone' || connection.kind === 'error') {
            // The resourceVersion is too old to resume from: list again and judge the fresh object.
            object = await options.read();
            resourceVersion = object.metadata?.resourceVersion;
            if (await judge(object))
                return;
        }
        // 'closed': the server ended the watch (timeoutSeconds, restart); resume where it stopped.
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/deploy/targets/kubernetes/user-manifests.ts
/**
 * The user's own manifests (input `manifests`): every document is applied as given, in dependency
 * order, except the Deployment named like the deploy, whose pod template becomes the version's
 * template (with the image from the `image` input and the labels the deploy needs).
 */




/** Apply order: what others refer to first, routes last. */
const KIND_ORDER = ['Namespace', 'ServiceAccount', 'Secret', 'ConfigMap', 'PersistentVolumeClaim', 'Role', 'RoleBinding', 'Service'];
function rank(kind) {
    const index = KIND_ORDER.indexOf(kind);
    if (index >= 0)
        return index;
    return kind === 'HTTPRoute' || kind === 'Ingress' ? KIND_ORDER.length + 1 : KIND_ORDER.length;
}
function readUserManifests(paths, name, namespace, workspace) {
    const objects = [];
    let deployment;
    for (const path of paths) {
        const shown = (0,external_node_path_.relative)(workspace, path) || path;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Cannot read the manifest ${shown}: ${error.message}`, { file: shown });
        }
        const counter = new yaml_dist/* LineCounter */.HN();
        for (const doc of (0,yaml_dist/* parseAllDocuments */.hR)(text, { lineCounter: counter })) {
            if (!('errors' in doc))
                continue;
            const error = doc.errors[0];
            if (error) {
                const line = counter.linePos(error.pos[0]).line;
                throw new errors/* UserError */.yo(`${shown}:${line}: not valid YAML: ${error.message.split('\n')[0]}`, { file: shown, line });
            }
            const object = doc.toJS();
            if (object === null)
                continue;
            const line = doc.contents?.range ? counter.linePos(doc.contents.range[0]).line : undefined;
            if (typeof object !== 'object' || !object.apiVersion || !object.kind || !object.metadata?.name) {
                throw new errors/* UserError */.yo(`${shown}${line ? `:${line}` : ''}: a manifest needs apiVersion, kind and metadata.name`, { file: shown, line });
            }
            if (object.metadata.namespace && object.metadata.namespace !== namespace && object.kind !== 'Namespace') {
                throw new errors/* UserError */.yo(`${shown}${line ? `:${line}` : ''}: ${object.kind} ${object.metadata.name} is in namespace ${object.metadata.namespace}, the deploy in ${namespace}`, { file: shown, line });
            }
            if (object.kind !== 'Namespace')
                object.metadata.namespace = namespace;
            if (object.apiVersion === 'apps/v1' && object.kind === 'Deployment' && object.metadata.name === name) {
                deployment = object;
                continue;
            }
            if (object.kind === 'Deployment')
                throw new errors/* UserError */.yo(`${shown}${line ? `:${line}` : ''}: Deployment ${object.metadata.name} is not the one being deployed (${name}); deploy it separately`, { file: shown, line });
            objects.push(object);
        }
    }
    if (!deployment)
        throw new errors/* UserError */.yo(`The manifests (${paths.map((p) => (0,external_node_path_.relative)(workspace, p)).join(', ')}) have no apps/v1 Deployment named ${name} (input "name")`);
    objects.sort((a, b) => rank(a.kind) - rank(b.kind));
    return { deployment, others: objects };
}

;// CONCATENATED MODULE: ./src/deploy/targets/kubernetes.ts
/**
 * The Kubernetes target, on @kubernetes/client-node: server-side apply (field manager `ml-actions`,
 * force) of a Deployment and Services generated for the model server, rollout waits by kubectl's
 * rules on resumable watches, canary as a second Deployment with traffic split by a Gateway API
 * HTTPRoute's weights (or by replica ratio without a gateway), shadow by the HTTPRoute's
 * RequestMirror filter, and rollback to the previous ReplicaSet's pod template (`rollout undo`).
 *
 * Everything a later job needs is read back from the cluster: versions from pod-template labels,
 * traffic from the HTTPRoute or the replica counts, the previous version from ReplicaSet revisions.
 *
 * target-options: `replicas` (stable pods, default 2), `gateway` (`name` or `namespace/name` of
 * the Gateway for an HTTPRoute; needed for shadow and exact canary weights), `hostnames`
 * (comma-separated, for the HTTPRoute), `cpu` (request, default 100m), `memory` (request and
 * limit, default 256Mi), `memory-limit`, `progress-deadline` (seconds, default 600).
 */









const STRATEGIES = ['all-at-once', 'rolling', 'canary', 'shadow'];
const KNOWN_OPTIONS = ['replicas', 'gateway', 'hostnames', 'cpu', 'memory', 'memory-limit', 'progress-deadline'];
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function statusOf(error) {
    const code = error?.code ?? error?.statusCode;
    return typeof code === 'number' ? code : undefined;
}
/** The API server's own message (Status.message) from a client-node error. */
function apiMessage(error) {
    const body = error.body;
    if (typeof body === 'string') {
        try {
            return JSON.parse(body).message ?? body;
        }
        catch {
            return body;
        }
    }
    if (body && typeof body === 'object' && 'message' in body)
        return String(body.message);
    return (0,errors/* errorMessage */.gJ)(error);
}
function positiveInteger(options, key, fallback) {
    const raw = options[key];
    if (raw === undefined)
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
        throw new errors/* ConfigurationError */.j1('target-options', `${key} must be a whole number of at least 1, got "${raw}"`);
    return value;
}
function versionOf(object) {
    return object?.spec?.template?.metadata?.labels?.[LABEL.version];
}
class KubernetesTarget {
    name = 'kubernetes';
    strategies = STRATEGIES;
    kc;
    api;
    layout;
    publicUrl;
    server;
    /** The user's objects other than the deployed Deployment (input `manifests`), in apply order. */
    extras;
    progressDeadlineGiven;
    constructor(settings) {
        const path = settings.kubeconfig ?? process.env['KUBECONFIG'];
        if (!path)
            throw new errors/* ConfigurationError */.j1('kubeconfig', 'is needed for target kubernetes: give the path of a kubeconfig file, or set KUBECONFIG');
        const first = path.split(':')[0];
        if (!(0,external_node_fs_.existsSync)(first))
            throw new errors/* ConfigurationError */.j1('kubeconfig', `names ${first}, which does not exist`);
        this.kc = new dist/* KubeConfig */.ypW();
        try {
            this.kc.loadFromFile(first);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`The kubeconfig ${first} cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}`, { file: first });
        }
        const cluster = this.kc.getCurrentCluster();
        if (!cluster)
            throw new errors/* UserError */.yo(`The kubeconfig ${first} has no current context with a cluster`, { file: first });
        this.server = cluster.server.replace(/\/+$/, '');
        this.api = dist/* KubernetesObjectApi */.e1Y.makeApiClient(this.kc);
        const options = settings.options;
        for (const key of Object.keys(options)) {
            if (!KNOWN_OPTIONS.includes(key))
                throw new errors/* ConfigurationError */.j1('target-options', `has "${key}", which kubernetes does not know; it reads ${KNOWN_OPTIONS.join(', ')}`);
        }
        const name = settings.name ?? '';
        if (!DNS_LABEL.test(name) || name.length > 50)
            throw new errors/* ConfigurationError */.j1('name', `must be a DNS label of at most 50 characters (lowercase letters, digits, -) for Kubernetes, got "${name}"`);
        const contextNamespace = this.kc.getContextObject(this.kc.getCurrentContext())?.namespace;
        this.layout = {
            name,
            namespace: settings.namespace ?? contextNamespace ?? 'default',
            replicas: positiveInteger(options, 'replicas', 2),
            cpu: options['cpu'] ?? '100m',
            memory: options['memory'] ?? '256Mi',
            memoryLimit: options['memory-limit'],
            gateway: options['gateway'],
            hostnames: (options['hostnames'] ?? '').split(',').map((h) => h.trim()).filter(Boolean),
            progressDeadlineSeconds: positiveInteger(options, 'progress-deadline', 600),
        };
        this.publicUrl = settings.url;
        this.progressDeadlineGiven = options['progress-deadline'] !== undefined;
        this.extras = [];
        if (settings.manifests && settings.manifests.length > 0) {
            const user = readUserManifests(settings.manifests, name, this.layout.namespace, settings.workspace);
            this.layout.base = user.deployment;
            if (options['replicas'] === undefined && typeof user.deployment?.spec?.replicas === 'number')
                this.layout.replicas = user.deployment.spec.replicas;
            this.extras = user.others;
        }
    }
    // ---- API plumbing -------------------------------------------------------------------------
    async apply(object, dryRun = false) {
        try {
            return await this.api.patch(object, undefined, dryRun ? 'All' : undefined, FIELD_MANAGER, true, dist/* PatchStrategy */.Qve.ServerSideApply);
        }
        catch (error) {
            const status = statusOf(error);
            const what = `${object.kind} ${object.metadata.namespace}/${object.metadata.name}`;
            if (status === 422 || status === 400)
                throw new errors/* UserError */.yo(`The cluster refused ${what} (${status}): ${apiMessage(error)}`);
            if (status === 403)
                throw new errors/* UserError */.yo(`Not allowed to apply ${what} (403): ${apiMessage(error)}. The kubeconfig's user needs patch/create on it`);
            if (status === 404 && object.kind === 'HTTPRoute') {
                throw new errors/* UserError */.yo('The cluster has no Gateway API HTTPRoute resource (gateway.networking.k8s.io/v1): install the Gateway API CRDs, or drop target-options gateway to split canary traffic by replica ratio');
            }
            throw this.unreachable(error, `apply ${what}`);
        }
    }
    unreachable(error, doing) {
        const code = error.cause?.code ?? error.code;
        if (typeof code === 'string' && /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/.test(code)) {
            return new errors/* UserError */.yo(`Cannot reach the Kubernetes API server at ${this.server} to ${doing} (${code}): check the kubeconfig`);
        }
        if (statusOf(error) === 401)
            return new errors/* UserError */.yo(`The Kubernetes API server at ${this.server} refused the kubeconfig's credentials (401) when trying to ${doing}`);
        return error;
    }
    async get(apiVersion, kind, name) {
        try {
            return await this.api.read({ apiVersion, kind, metadata: { name, namespace: this.layout.namespace } });
        }
        catch (error) {
            if (statusOf(error) === 404)
                return undefined;
            throw this.unreachable(error, `read ${kind} ${this.layout.namespace}/${name}`);
        }
    }
    async remove(apiVersion, kind, name) {
        try {
            await this.api.delete({ apiVersion, kind, metadata: { name, namespace: this.layout.namespace } }, undefined, undefined, undefined, undefined, 'Foreground');
        }
        catch (error) {
            if (statusOf(error) !== 404)
                throw this.unreachable(error, `delete ${kind} ${this.layout.namespace}/${name}`);
        }
    }
    /** A Service reached through the API server's service proxy, with the kubeconfig's credentials. */
    proxyEndpoint(serviceNameValue) {
        const base = `${this.server}/api/v1/namespaces/${this.layout.namespace}/services/${serviceNameValue}:http/proxy`;
        return { url: base, fetch: (path, init) => this.proxyFetch(`${base}${path}`, init) };
    }
    async proxyFetch(url, init) {
        const target = new URL(url);
        const options = { method: init.method ?? 'GET', headers: { ...init.headers } };
        await this.kc.applyToHTTPSOptions(options);
        const client = target.protocol === 'https:' ? external_node_https_ : external_node_http_;
        if (target.protocol === 'http:')
            delete options.agent;
        return new Promise((resolve, reject) => {
            const request = client.request(target, { ...options, signal: init.signal ?? undefined }, (response) => {
                const chunks = [];
                response.on('data', (chunk) => chunks.push(chunk));
                response.on('end', () => {
                    const status = response.statusCode ?? 502;
                    const headers = new Headers();
                    for (const [key, value] of Object.entries(response.headers))
                        if (typeof value === 'string')
                            headers.set(key, value);
                    resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, headers }));
                });
                response.on('error', reject);
            });
            request.on('error', reject);
            request.end(typeof init.body === 'string' ? init.body : undefined);
        });
    }
    serviceEndpoint() {
        return this.publicUrl ? { url: this.publicUrl } : this.proxyEndpoint(serviceName(this.layout, 'main'));
    }
    describe(object) {
        return `${object.apiVersion} ${object.kind} ${object.metadata.namespace}/${object.metadata.name}`;
    }
    // ---- reading state ------------------------------------------------------------------------
    /** ReplicaSets of the stable Deployment, newest revision first. */
    async history(stable) {
        const list = await this.api.list('apps/v1', 'ReplicaSet', this.layout.namespace, undefined, undefined, undefined, undefined, `${LABEL.name}=${this.layout.name},${LABEL.track}=stable`);
        const uid = stable.metadata?.uid;
        return list.items
            .filter((rs) => !uid || (rs.metadata?.ownerReferences ?? []).some((o) => o.uid === uid))
            .sort((a, b) => Number(b.metadata?.annotations?.[ANNOTATION.revision] ?? 0) - Number(a.metadata?.annotations?.[ANNOTATION.revision] ?? 0));
    }
    /** The ReplicaSet `rollout undo` would go back to: the newest revision below the current one running another version. */
    async previousReplicaSet(stable) {
        const current = Number(stable.metadata?.annotations?.[ANNOTATION.revision] ?? 0);
        const version = versionOf(stable);
        return (await this.history(stable)).find((rs) => Number(rs.metadata?.annotations?.[ANNOTATION.revision] ?? 0) < current && rs.spec?.template?.metadata?.labels?.[LABEL.version] !== version);
    }
    async candidateDeployment() {
        for (const track of ['canary', 'shadow']) {
            const object = await this.get('apps/v1', 'Deployment', deploymentName(this.layout, track));
            if (object)
                return { object, track };
        }
        return undefined;
    }
    async trafficOf(stable, candidate) {
        if (this.layout.gateway) {
            const route = await this.get('gateway.networking.k8s.io/v1', 'HTTPRoute', this.layout.name);
            const rule = route?.spec?.rules?.[0];
            if (candidate.track === 'shadow') {
                const mirror = (rule?.filters ?? []).find((f) => f.type === 'RequestMirror')?.requestMirror;
                return mirror ? (mirror.percent ?? (mirror.fraction ? Math.round((100 * mirror.fraction.numerator) / (mirror.fraction.denominator ?? 100)) : 100)) : 0;
            }
            const refs = rule?.backendRefs ?? [];
            const total = refs.reduce((sum, ref) => sum + (ref.weight ?? 1), 0);
            const canary = refs.find((ref) => ref.name === serviceName(this.layout, 'canary'));
            return canary && total > 0 ? Math.round((100 * (canary.weight ?? 1)) / total) : 0;
        }
        const serving = candidate.object.spec?.template?.metadata?.labels?.[LABEL.serving] === 'true';
        return serving ? replicaShare(stable?.spec?.replicas ?? 0, candidate.object.spec?.replicas ?? 0) : 0;
    }
    async preflight(ctx) {
        const stable = await this.get('apps/v1', 'Deployment', this.layout.name);
        const candidate = await this.candidateDeployment();
        const state = {
            traffic: 0,
            service: this.serviceEndpoint(),
            details: { namespace: this.layout.namespace, ...(this.layout.gateway ? { gateway: this.layout.gateway } : {}) },
        };
        if (stable) {
            const version = versionOf(stable);
            if (!version) {
                throw new errors/* UserError */.yo(`Deployment ${this.layout.namespace}/${this.layout.name} exists but was not made by this action (its pod template has no ${LABEL.version} label): ` +
                    'choose another name, or delete it first');
            }
            state.stable = { version, image: stable.spec?.template?.spec?.containers?.[0]?.image, endpoint: this.layout.gateway ? this.proxyEndpoint(serviceName(this.layout, 'stable')) : undefined };
            state.previous = (await this.previousReplicaSet(stable))?.spec?.template?.metadata?.labels?.[LABEL.version];
        }
        if (candidate) {
            state.candidate = {
                version: versionOf(candidate.object) ?? '?',
                image: candidate.object.spec?.template?.spec?.containers?.[0]?.image,
                endpoint: this.proxyEndpoint(serviceName(this.layout, candidate.track)),
                strategy: candidate.track,
            };
            state.traffic = await this.trafficOf(stable, candidate);
        }
        ctx.log.info(`Kubernetes ${this.server}, namespace ${this.layout.namespace}: ${state.stable ? `${state.stable.version} serving` : `no Deployment ${this.layout.name} yet`}` +
            `${state.candidate ? `, ${state.candidate.strategy} ${state.candidate.version} at ${state.traffic}%` : ''}`);
        return state;
    }
    // ---- deploying ----------------------------------------------------------------------------
    check(request) {
        if (!request.image && !this.layout.base)
            throw new errors/* ConfigurationError */.j1('image', 'is required for target kubernetes: the container image of the model server (or give manifests)');
        if (request.version.length > 63 || !LABEL_VALUE.test(request.version)) {
            throw new errors/* ConfigurationError */.j1('version', `must be a Kubernetes label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit), got "${request.version}"`);
        }
        if (request.strategy === 'shadow' && !this.layout.gateway) {
            throw new errors/* ConfigurationError */.j1('target-options', 'needs `gateway: <name>` for strategy shadow on kubernetes: requests are mirrored by a Gateway API HTTPRoute (RequestMirror filter). Canary works without it, by replica ratio');
        }
    }
    /** What `deploy` applies, in order (Services before the Deployments they front; the route last). */
    deployObjects(request, state) {
        const layout = this.layout;
        const side = (request.strategy === 'canary' || request.strategy === 'shadow') && state.stable !== undefined;
        const applied = this.extras.filter((o) => o.kind !== 'HTTPRoute' && o.kind !== 'Ingress').map((object) => ({ object, purpose: 'from your manifests' }));
        const baseServer = layout.base?.spec?.template?.spec?.containers?.find((c) => c.name === 'model-server') ?? layout.base?.spec?.template?.spec?.containers?.[0];
        const port = baseServer?.ports?.[0]?.containerPort ?? request.containerPort;
        const own = (kind, objectName) => this.extras.some((o) => o.kind === kind && o.metadata.name === objectName);
        const service_ = (purpose, why) => {
            if (!own('Service', serviceName(layout, purpose)))
                applied.push({ object: service(layout, purpose, port), purpose: why });
        };
        const routes = this.extras.filter((o) => o.kind === 'HTTPRoute' || o.kind === 'Ingress').map((object) => ({ object, purpose: 'from your manifests' }));
        if (!side) {
            service_('main', 'the Service users reach (pods with serving=true)');
            if (layout.gateway)
                service_('stable', 'the stable backend of the HTTPRoute');
            const template = podTemplate(layout, 'stable', request);
            const strategy = request.strategy === 'rolling' ? 'rolling' : 'all-at-once';
            applied.push({ object: deployment(layout, 'stable', template, layout.replicas, strategy, request.annotations), purpose: `run ${request.version} (${strategy})` });
            if (layout.gateway)
                applied.push({ object: httpRoute(layout), purpose: 'route all traffic to the stable Service' });
            applied.push(...routes);
            return {
                applied,
                release: { version: request.version, strategy, traffic: 100, service: this.serviceEndpoint(), details: { deployments: [layout.name] } },
            };
        }
        const track = request.strategy;
        service_(track, `reach the ${track} alone (smoke tests, route backend)`);
        // Until traffic shifts, candidate pods are not selected by the main Service (serving=false).
        const template = retrack(layout, podTemplate(layout, track, request), track);
        template.metadata.labels[LABEL.serving] = 'false';
        const replicas = Math.max(1, Math.ceil((layout.replicas * request.traffic) / 100));
        applied.push({
            object: deployment(layout, track, template, replicas, request.strategy, request.annotations),
            purpose: `run ${request.version} as ${track} beside ${state.stable.version}, without traffic yet`,
        });
        return {
            applied,
            release: {
                version: request.version,
                strategy: request.strategy,
                traffic: 0,
                candidate: this.proxyEndpoint(serviceName(layout, track)),
                service: this.serviceEndpoint(),
                details: { deployments: [deploymentName(layout, track)] },
            },
        };
    }
    async plan(request, state, ctx) {
        this.check(request);
        const { applied } = this.deployObjects(request, state);
        for (const { object, purpose } of applied) {
            // Server-side dry run: the API server validates and defaults the object, nothing is stored.
            await this.apply(object, true);
            ctx.plan.record({ call: 'PATCH server-side apply', resource: this.describe(object), purpose, body: object });
        }
        if (request.strategy === 'canary' || request.strategy === 'shadow') {
            const preview = this.shiftObjects({ version: request.version, strategy: request.strategy, traffic: 0 }, request.traffic, request);
            for (const { object, purpose } of preview)
                ctx.plan.record({ call: 'PATCH server-side apply', resource: this.describe(object), purpose, body: object });
        }
    }
    async deploy(request, state, ctx) {
        this.check(request);
        const { applied, release } = this.deployObjects(request, state);
        if (release.strategy !== request.strategy)
            ctx.log.info(`Nothing serves yet, so ${request.version} starts as the first version with all traffic (no ${request.strategy})`);
        if (this.progressDeadlineGiven && this.layout.progressDeadlineSeconds * 1000 > ctx.deadline.remainingMs()) {
            ctx.log.warning(`The step's timeout ends before Kubernetes' progress deadline (${this.layout.progressDeadlineSeconds}s): a stuck rollout will be reported as a timeout, not as ProgressDeadlineExceeded. ` +
                'Lower target-options progress-deadline or raise timeout');
        }
        for (const { object, purpose } of applied) {
            const result = await this.apply(object);
            ctx.log.info(`Applied ${this.describe(object)} (${purpose}); generation ${result?.metadata?.generation ?? '-'}`);
        }
        return release;
    }
    /** Kubernetes Events about a Deployment, its ReplicaSets and pods, surfaced as provider events. */
    async events(deployment_, ctx) {
        try {
            const list = await this.api.list('v1', 'Event', this.layout.namespace);
            const mine = new RegExp(`^${deployment_}(-[a-z0-9]{5,10}(-[a-z0-9]{5})?)?$`);
            const events = list.items
                .filter((e) => mine.test(e.involvedObject?.name ?? ''))
                .map((e) => ({
                level: e.type === 'Warning' ? 'warning' : 'info',
                source: `${e.involvedObject?.kind}/${e.involvedObject?.name}`,
                reason: e.reason,
                message: `${e.message ?? ''}${e.count > 1 ? ` (×${e.count})` : ''}`,
                time: (e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp)?.toString(),
            }));
            for (const event of events)
                ctx.log.event(event);
            return events.filter((e) => e.level !== 'info');
        }
        catch (error) {
            ctx.log.debug(`Could not list events: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return [];
        }
    }
    async waitHealthy(release, ctx) {
        const names = release.details?.['deployments'] ?? [this.layout.name];
        for (const name of names) {
            await waitForRollout({
                kc: this.kc,
                namespace: this.layout.namespace,
                name,
                read: async () => {
                    const object = await this.get('apps/v1', 'Deployment', name);
                    if (!object)
                        throw new deploy_errors/* DeployFailure */.Qt(`Deployment ${this.layout.namespace}/${name} disappeared while waiting for its rollout`);
                    return object;
                },
                onProgress: async () => void (await this.events(name, ctx)),
                causes: () => this.events(name, ctx),
            }, ctx);
            // Success means the requested version rolled out, not merely "ready".
            const serving = versionOf(await this.get('apps/v1', 'Deployment', name));
            if (serving !== release.version)
                throw new deploy_errors/* DeployFailure */.Qt(`Deployment ${name} rolled out ${serving}, not ${release.version}: another deploy changed it meanwhile`);
        }
    }
    shiftObjects(release, percent, request, candidate) {
        const layout = this.layout;
        const track = release.strategy;
        if (layout.gateway) {
            return [{ object: httpRoute(layout, { track, percent }), purpose: `${track === 'shadow' ? 'mirror' : 'send'} ${percent}% of requests to ${release.version}` }];
        }
        // Replica ratio: the canary's pods join the main Service, in proportion to the stable ones.
        const count = canaryReplicas(layout.replicas, percent);
        const template = candidate ? retrack(layout, candidate.spec.template, 'canary') : podTemplate(layout, 'canary', request);
        template.metadata.labels[LABEL.serving] = 'true';
        return [
            {
                object: deployment(layout, 'canary', template, count, 'canary', request?.annotations ?? JSON.parse(candidate?.metadata?.annotations?.[ANNOTATION.deployedBy] ?? '{}')),
                purpose: `${count} canary pods beside ${layout.replicas} stable ones: about ${replicaShare(layout.replicas, count)}% of requests`,
            },
        ];
    }
    async shiftTraffic(release, percent, ctx) {
        const candidate = this.layout.gateway ? undefined : await this.get('apps/v1', 'Deployment', deploymentName(this.layout, 'canary'));
        for (const { object, purpose } of this.shiftObjects(release, percent, undefined, candidate)) {
            await this.apply(object);
            ctx.log.info(`Applied ${this.describe(object)}: ${purpose}`);
        }
        const traffic = this.layout.gateway ? percent : replicaShare(this.layout.replicas, canaryReplicas(this.layout.replicas, percent));
        if (traffic !== percent)
            ctx.log.warning(`Replica ratio gives ${traffic}% rather than ${percent}% of requests to the canary; give target-options gateway: for exact HTTPRoute weights`);
        return { ...release, traffic, details: { deployments: this.layout.gateway ? [] : [deploymentName(this.layout, 'canary')] } };
    }
    /** Points the HTTPRoute at stable only (if there is one) and removes the candidate's Deployment and Service. */
    async removeCandidate(track, ctx) {
        // Route first: no request may go to a backend that is being deleted.
        if (this.layout.gateway)
            await this.apply(httpRoute(this.layout));
        await this.remove('apps/v1', 'Deployment', deploymentName(this.layout, track));
        await this.remove('v1', 'Service', serviceName(this.layout, track));
        ctx.log.info(`Removed the ${track} (Deployment and Service ${deploymentName(this.layout, track)})`);
    }
    async applyStable(template, ctx, why) {
        const current = await this.get('apps/v1', 'Deployment', this.layout.name);
        const strategy = current?.metadata?.annotations?.[ANNOTATION.strategy] ?? 'rolling';
        const annotations = JSON.parse(current?.metadata?.annotations?.[ANNOTATION.deployedBy] ?? '{}');
        const object = deployment(this.layout, 'stable', retrack(this.layout, template, 'stable'), this.layout.replicas, strategy === 'canary' || strategy === 'shadow' ? 'rolling' : strategy, annotations);
        await this.apply(object);
        ctx.log.info(`Applied ${this.describe(object)}: ${why}`);
    }
    async promote(state, ctx) {
        const candidate = await this.candidateDeployment();
        if (!candidate)
            throw new errors/* UserError */.yo('Nothing to promote: no canary or shadow Deployment is running');
        const version = versionOf(candidate.object);
        // The stable Deployment takes the candidate's pod template; its rollout must finish before the
        // candidate goes, so no request meets a missing backend.
        await this.applyStable(candidate.object.spec.template, ctx, `promote ${version} from the ${candidate.track}`);
        if (this.layout.gateway)
            await this.apply(service(this.layout, 'stable', candidate.object.spec.template.spec.containers[0].ports?.[0]?.containerPort ?? 8080));
        await this.waitHealthy({ version, strategy: 'rolling', traffic: state.traffic, details: { deployments: [this.layout.name] } }, ctx);
        await this.removeCandidate(candidate.track, ctx);
        return { version, strategy: 'all-at-once', traffic: 100, service: this.serviceEndpoint(), details: { deployments: [this.layout.name] } };
    }
    async rollback(state, ctx) {
        const candidate = await this.candidateDeployment();
        if (candidate) {
            await this.removeCandidate(candidate.track, ctx);
            if (!state.stable)
                throw new errors/* UserError */.yo(`Removed the ${candidate.track}, but no stable Deployment ${this.layout.name} serves`);
            return { version: state.stable.version, strategy: 'all-at-once', traffic: 100, service: this.serviceEndpoint(), details: { deployments: [this.layout.name] } };
        }
        const stable = await this.get('apps/v1', 'Deployment', this.layout.name);
        if (!stable)
            throw new errors/* UserError */.yo(`Nothing to roll back: there is no Deployment ${this.layout.namespace}/${this.layout.name}`);
        const previous = await this.previousReplicaSet(stable);
        if (!previous)
            throw new errors/* UserError */.yo(`Nothing to roll back to: Deployment ${this.layout.name} has no earlier revision with another version (this was its first version)`);
        const version = previous.spec.template.metadata.labels[LABEL.version];
        await this.applyStable(previous.spec.template, ctx, `roll back to ${version} (revision ${previous.metadata.annotations?.[ANNOTATION.revision]})`);
        return { version, strategy: 'rolling', traffic: 100, service: this.serviceEndpoint(), details: { deployments: [this.layout.name] } };
    }
}
const create = (settings) => new KubernetesTarget(settings);
/* harmony default export */ const kubernetes = (create);


/***/ })

};
