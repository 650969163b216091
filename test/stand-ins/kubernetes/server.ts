/**
 * A Kubernetes API server stand-in on 127.0.0.1 for the real @kubernetes/client-node:
 * discovery, server-side apply (PATCH application/apply-patch+yaml with fieldManager and force,
 * dryRun=All), GET/LIST with label and field selectors, WATCH as chunked JSON lines resumable by
 * resourceVersion (410 Expired once history is compacted), DELETE, the service proxy, Events, and
 * a simulated Deployment controller (generation/observedGeneration, ReplicaSets with revisions,
 * replicas becoming ready tick by tick, ProgressDeadlineExceeded for images whose pods never get
 * ready). Applied Deployments, Services and HTTPRoutes are checked against their OpenAPI schemas.
 *
 * Simplification: apply replaces the object's spec with what the one field manager sent (no
 * merging of fields owned by other managers); status is the controller's.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { schemaProblems } from './schemas.ts';

export interface PodBehaviour {
  /** Pods of this image pass their readiness probe (default true). */
  ready?: boolean;
  /** Where a pod of this image answers HTTP (the service proxy forwards there). */
  backend?: string;
}

export interface KubernetesStandInOptions {
  /** Controller step interval (default 10 ms). */
  tickMs?: number;
  /** Milliseconds one second of progressDeadlineSeconds lasts (default 5). */
  secondMs?: number;
  /** Behaviour of pods by container image. */
  images?: Record<string, PodBehaviour>;
  /** The server ends every watch after this long (default: only at timeoutSeconds). */
  watchLifetimeMs?: number;
  /** The controller moves only when the test calls tick() (for tests that must not depend on timing). */
  manual?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType?: string;
  body?: unknown;
}

interface Resource {
  group: string;
  version: string;
  plural: string;
  kind: string;
}

const RESOURCES: Resource[] = [
  { group: '', version: 'v1', plural: 'services', kind: 'Service' },
  { group: '', version: 'v1', plural: 'configmaps', kind: 'ConfigMap' },
  { group: '', version: 'v1', plural: 'events', kind: 'Event' },
  { group: '', version: 'v1', plural: 'pods', kind: 'Pod' },
  { group: 'apps', version: 'v1', plural: 'deployments', kind: 'Deployment' },
  { group: 'apps', version: 'v1', plural: 'replicasets', kind: 'ReplicaSet' },
  { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes', kind: 'HTTPRoute' },
];

const apiVersionOf = (r: Resource) => (r.group ? `${r.group}/${r.version}` : r.version);

interface HistoryEntry {
  rv: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  resource: Resource;
  object: any;
}

interface Watcher {
  resource: Resource;
  namespace: string;
  filter: (object: any) => boolean;
  send: (entry: HistoryEntry) => void;
}

interface Progress {
  since: number;
  warned: boolean;
}

export interface KubernetesStandIn {
  url: string;
  /** A kubeconfig file for this server (token auth). */
  kubeconfig: string;
  token: string;
  requests: RecordedRequest[];
  /** Requests the real API server would have refused, and why. */
  violations: string[];
  images: Record<string, PodBehaviour>;
  /** Current object, or undefined. */
  get(kind: string, namespace: string, name: string): any;
  list(kind: string, namespace?: string): any[];
  /** Forgets watch history: resuming from an older resourceVersion now gets 410 Expired. */
  compact(): void;
  /** Ends every open watch stream (as an API server restart would). */
  dropWatches(): void;
  /** One controller step (what happens every tickMs unless `manual`). */
  tick(): void;
  watchesServed: number;
  /** Watches answered with 410 Expired. */
  watchesExpired: number;
  close(): Promise<void>;
}

function status(code: number, reason: string, message: string): object {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: code < 400 ? 'Success' : 'Failure', message, reason, code };
}

function matchesLabels(labels: Record<string, string> | undefined, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [key, value] = term.split('=');
    return (labels ?? {})[key!.trim()] === value?.trim();
  });
}

function matchesFields(object: any, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [key, value] = term.split('=');
    const path = key!.trim().split('.');
    let current = object;
    for (const part of path) current = current?.[part];
    return String(current ?? '') === value?.trim();
  });
}

function templateHash(template: unknown): string {
  return createHash('sha256').update(JSON.stringify(template)).digest('hex').slice(0, 10).replace(/[^a-z0-9]/g, 'a');
}

export async function startKubernetes(options: KubernetesStandInOptions = {}): Promise<KubernetesStandIn> {
  const tickMs = options.tickMs ?? 10;
  const secondMs = options.secondMs ?? 5;
  const token = `stand-in-${randomUUID()}`;
  const objects = new Map<string, { resource: Resource; object: any }>();
  const history: HistoryEntry[] = [];
  let oldestRv = 1;
  let rv = 100;
  const watchers = new Set<Watcher>();
  const openStreams = new Set<ServerResponse>();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const images: Record<string, PodBehaviour> = { ...options.images };
  const progress = new Map<string, Progress>();
  const proxyTurns = new Map<string, number>();
  let watchesServed = 0;
  let watchesExpired = 0;

  const keyOf = (resource: Resource, namespace: string, name: string) => `${resource.kind}|${namespace}|${name}`;
  const resourceOfKind = (kind: string) => RESOURCES.find((r) => r.kind === kind)!;

  function record(type: HistoryEntry['type'], resource: Resource, object: any): void {
    const entry: HistoryEntry = { rv: Number(object.metadata.resourceVersion), type, resource, object: structuredClone(object) };
    history.push(entry);
    for (const watcher of watchers) {
      if (watcher.resource === resource && watcher.namespace === object.metadata.namespace && watcher.filter(entry.object)) watcher.send(entry);
    }
  }

  function store(resource: Resource, object: any, type: 'ADDED' | 'MODIFIED'): void {
    object.metadata.resourceVersion = String(++rv);
    objects.set(keyOf(resource, object.metadata.namespace, object.metadata.name), { resource, object });
    record(type, resource, object);
  }

  function remove(resource: Resource, namespace: string, name: string): boolean {
    const key = keyOf(resource, namespace, name);
    const entry = objects.get(key);
    if (!entry) return false;
    objects.delete(key);
    entry.object.metadata.resourceVersion = String(++rv);
    record('DELETED', resource, entry.object);
    if (resource.kind === 'Deployment') {
      for (const rs of listOf('ReplicaSet', namespace)) {
        if ((rs.metadata.ownerReferences ?? []).some((o: any) => o.uid === entry.object.metadata.uid)) remove(resourceOfKind('ReplicaSet'), namespace, rs.metadata.name);
      }
    }
    return true;
  }

  function listOf(kind: string, namespace?: string): any[] {
    return [...objects.values()].filter((e) => e.resource.kind === kind && (!namespace || e.object.metadata.namespace === namespace)).map((e) => e.object);
  }

  function event(namespace: string, involved: { kind: string; name: string }, type: 'Normal' | 'Warning', reason: string, message: string): void {
    const existing = listOf('Event', namespace).find((e) => e.involvedObject.name === involved.name && e.reason === reason && e.message === message);
    const now = new Date().toISOString();
    if (existing) {
      existing.count += 1;
      existing.lastTimestamp = now;
      store(resourceOfKind('Event'), existing, 'MODIFIED');
      return;
    }
    store(
      resourceOfKind('Event'),
      {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: `${involved.name}.${randomUUID().slice(0, 8)}`, namespace, uid: randomUUID(), creationTimestamp: now },
        involvedObject: { kind: involved.kind, name: involved.name, namespace },
        reason,
        message,
        type,
        count: 1,
        firstTimestamp: now,
        lastTimestamp: now,
        source: { component: 'deployment-controller' },
      },
      'ADDED',
    );
  }

  // ---- the simulated Deployment controller ----------------------------------------------------

  function setCondition(d: any, type: string, statusValue: string, reason: string, message: string): void {
    const conditions: any[] = (d.status.conditions ??= []);
    const now = new Date().toISOString();
    const existing = conditions.find((c) => c.type === type);
    if (existing) Object.assign(existing, { status: statusValue, reason, message, lastUpdateTime: now });
    else conditions.push({ type, status: statusValue, reason, message, lastUpdateTime: now, lastTransitionTime: now });
  }

  function reconcile(d: any): void {
    const namespace = d.metadata.namespace;
    const before = JSON.stringify(d.status ?? {});
    d.status ??= {};
    const owned = listOf('ReplicaSet', namespace).filter((rs) => (rs.metadata.ownerReferences ?? []).some((o: any) => o.uid === d.metadata.uid));
    const hash = templateHash(d.spec.template);
    const maxRevision = Math.max(0, ...owned.map((rs) => Number(rs.metadata.annotations['deployment.kubernetes.io/revision'])));
    let current = owned.find((rs) => rs.metadata.labels['pod-template-hash'] === hash);
    const key = `${namespace}/${d.metadata.name}`;
    const desired = d.spec.replicas ?? 1;
    const rsResource = resourceOfKind('ReplicaSet');

    let observedNow = false;
    if ((d.status.observedGeneration ?? 0) < d.metadata.generation) {
      observedNow = true;
      if (!current) {
        current = {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          metadata: {
            name: `${d.metadata.name}-${hash}`,
            namespace,
            uid: randomUUID(),
            creationTimestamp: new Date().toISOString(),
            generation: 1,
            labels: { ...d.spec.template.metadata.labels, 'pod-template-hash': hash },
            annotations: { 'deployment.kubernetes.io/revision': String(maxRevision + 1) },
            ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name, uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }],
          },
          spec: {
            replicas: 0,
            selector: { matchLabels: { ...d.spec.selector.matchLabels, 'pod-template-hash': hash } },
            template: { ...structuredClone(d.spec.template), metadata: { ...d.spec.template.metadata, labels: { ...d.spec.template.metadata.labels, 'pod-template-hash': hash } } },
          },
          status: { replicas: 0, readyReplicas: 0, availableReplicas: 0 },
        };
        store(rsResource, current, 'ADDED');
        event(namespace, { kind: 'Deployment', name: d.metadata.name }, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${current.metadata.name} from 0 to ${desired}`);
      } else if (Number(current.metadata.annotations['deployment.kubernetes.io/revision']) !== maxRevision) {
        // Going back to an older template (rollout undo) makes its ReplicaSet the newest revision.
        current.metadata.annotations['deployment.kubernetes.io/revision'] = String(maxRevision + 1);
        store(rsResource, current, 'MODIFIED');
      }
      d.metadata.annotations = { ...d.metadata.annotations, 'deployment.kubernetes.io/revision': current.metadata.annotations['deployment.kubernetes.io/revision'] };
      d.status.observedGeneration = d.metadata.generation;
      setCondition(d, 'Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${current.metadata.name}" is progressing.`);
      progress.set(key, { since: Date.now(), warned: false });
    }
    if (current) {
      // In the tick that observes a new generation the status is recomputed (the new ReplicaSet
      // has no replicas yet), as the real controller does; scaling starts with the next tick.
      const behaviour = images[current.spec.template.spec.containers[0].image] ?? {};
      const surgeAll = d.spec.strategy?.rollingUpdate?.maxSurge === '100%';
      const olds = owned.filter((rs) => rs !== current);
      let moved = false;
      if (!observedNow && current.spec.replicas !== desired) {
        current.spec.replicas = current.spec.replicas < desired ? (surgeAll ? desired : current.spec.replicas + 1) : desired;
        moved = true;
      }
      const wasReady = current.status.readyReplicas;
      if (observedNow) {
        // nothing becomes ready in the tick that observes the change
      } else if (behaviour.ready !== false) current.status.readyReplicas = Math.min(current.spec.replicas, wasReady + 1);
      else if (current.spec.replicas > 0) {
        event(namespace, { kind: 'Pod', name: `${current.metadata.name}-x7k2p` }, 'Warning', 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503');
      }
      current.status.readyReplicas = Math.min(current.status.readyReplicas, current.spec.replicas);
      current.status.replicas = current.spec.replicas;
      current.status.availableReplicas = current.status.readyReplicas;
      if (current.status.readyReplicas !== wasReady) moved = true;
      // maxUnavailable 0: old pods go only as new ones become ready.
      let allowedOld = Math.max(0, desired - current.status.readyReplicas);
      for (const rs of observedNow ? [] : olds) {
        const keep = Math.min(rs.spec.replicas, allowedOld);
        allowedOld -= keep;
        if (keep !== rs.spec.replicas) {
          rs.spec.replicas = keep;
          rs.status = { replicas: keep, readyReplicas: keep, availableReplicas: keep };
          store(rsResource, rs, 'MODIFIED');
          moved = true;
        }
      }
      if (moved) store(rsResource, current, 'MODIFIED');
      const all = [current, ...olds];
      d.status.replicas = all.reduce((s, rs) => s + rs.spec.replicas, 0);
      d.status.updatedReplicas = current.spec.replicas;
      d.status.readyReplicas = all.reduce((s, rs) => s + rs.status.readyReplicas, 0);
      d.status.availableReplicas = d.status.readyReplicas;
      d.status.unavailableReplicas = Math.max(0, d.status.replicas - d.status.availableReplicas);
      const complete = d.status.updatedReplicas === desired && d.status.replicas === desired && d.status.availableReplicas === desired;
      const clock = progress.get(key) ?? { since: Date.now(), warned: false };
      progress.set(key, clock);
      setCondition(d, 'Available', d.status.availableReplicas >= desired ? 'True' : 'False', d.status.availableReplicas >= desired ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable', 'Deployment availability.');
      if (complete) {
        setCondition(d, 'Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${current.metadata.name}" has successfully progressed.`);
      } else if (moved || observedNow) {
        clock.since = Date.now();
      } else if (Date.now() - clock.since > (d.spec.progressDeadlineSeconds ?? 600) * secondMs) {
        setCondition(d, 'Progressing', 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${current.metadata.name}" has timed out progressing.`);
      }
    }
    if (JSON.stringify(d.status) !== before) store(resourceOfKind('Deployment'), d, 'MODIFIED');
  }

  const tick = () => {
    for (const d of listOf('Deployment')) reconcile(d);
  };
  const ticker = options.manual ? undefined : setInterval(tick, tickMs);

  // ---- HTTP ---------------------------------------------------------------------------------

  function send(response: ServerResponse, code: number, body: unknown): void {
    response.writeHead(code, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }

  function violation(response: ServerResponse, code: number, reason: string, message: string): void {
    violations.push(`${reason}: ${message}`);
    send(response, code, status(code, reason, message));
  }

  function discovery(group: string, version: string): object {
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: group ? `${group}/${version}` : version,
      resources: RESOURCES.filter((r) => r.group === group && r.version === version).map((r) => ({
        name: r.plural,
        singularName: r.kind.toLowerCase(),
        namespaced: true,
        kind: r.kind,
        verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
      })),
    };
  }

  function apply(resource: Resource, namespace: string, name: string, query: URLSearchParams, contentType: string | undefined, raw: string, response: ServerResponse): void {
    if (contentType !== 'application/apply-patch+yaml') {
      return violation(response, 415, 'UnsupportedMediaType', `this stand-in only accepts server-side apply (application/apply-patch+yaml), got ${contentType}`);
    }
    const fieldManager = query.get('fieldManager');
    if (!fieldManager) return violation(response, 422, 'Invalid', 'fieldManager is required for apply requests');
    const force = query.get('force');
    if (force !== null && force !== 'true' && force !== 'false') return violation(response, 400, 'BadRequest', `force must be true or false, got ${force}`);
    const dryRun = query.get('dryRun');
    if (dryRun !== null && dryRun !== 'All') return violation(response, 400, 'BadRequest', `dryRun must be All, got ${dryRun}`);
    let body: any;
    try {
      body = parseYaml(raw);
    } catch (error) {
      return violation(response, 400, 'BadRequest', `the apply body is not YAML: ${(error as Error).message}`);
    }
    if (body?.apiVersion !== apiVersionOf(resource) || body?.kind !== resource.kind) {
      return violation(response, 400, 'BadRequest', `apply body is ${body?.apiVersion} ${body?.kind}, the URL is ${apiVersionOf(resource)} ${resource.kind}`);
    }
    if (body.metadata?.name !== name) return violation(response, 400, 'BadRequest', `metadata.name ${body.metadata?.name} does not match the URL's ${name}`);
    if (body.metadata?.namespace !== undefined && body.metadata.namespace !== namespace) {
      return violation(response, 400, 'BadRequest', `metadata.namespace ${body.metadata.namespace} does not match the URL's ${namespace}`);
    }
    const problems = schemaProblems(body);
    if (problems && problems.length > 0) {
      return violation(response, 422, 'Invalid', `${resource.kind}.${apiVersionOf(resource)} "${name}" is invalid: ${problems.join('; ')}`);
    }
    if (resource.kind === 'Deployment') {
      const selector = body.spec?.selector?.matchLabels ?? {};
      const labels = body.spec?.template?.metadata?.labels ?? {};
      if (!Object.entries(selector).every(([k, v]) => labels[k] === v)) {
        return violation(response, 422, 'Invalid', 'spec.template.metadata.labels: Invalid value: `selector` does not match template `labels`');
      }
    }
    const key = keyOf(resource, namespace, name);
    const existing = objects.get(key)?.object;
    if (resource.kind === 'Deployment' && existing && JSON.stringify(existing.spec.selector) !== JSON.stringify(body.spec.selector)) {
      return violation(response, 422, 'Invalid', 'spec.selector: Invalid value: field is immutable');
    }
    const { status: _ignored, ...applied } = body;
    const next: any = existing
      ? {
          ...structuredClone(existing),
          ...applied,
          metadata: { ...existing.metadata, labels: applied.metadata.labels, annotations: { ...applied.metadata.annotations, ...(existing.metadata.annotations?.['deployment.kubernetes.io/revision'] ? { 'deployment.kubernetes.io/revision': existing.metadata.annotations['deployment.kubernetes.io/revision'] } : {}) } },
        }
      : {
          ...applied,
          metadata: { ...applied.metadata, namespace, uid: randomUUID(), creationTimestamp: new Date().toISOString(), generation: 1, managedFields: [{ manager: fieldManager, operation: 'Apply', apiVersion: body.apiVersion }] },
          ...(resource.kind === 'Deployment' ? { status: {} } : {}),
        };
    if (existing && resource.kind === 'Deployment' && JSON.stringify(existing.spec) !== JSON.stringify(next.spec)) next.metadata.generation = existing.metadata.generation + 1;
    const unchanged = existing && JSON.stringify({ ...existing, metadata: { ...existing.metadata, resourceVersion: '' } }) === JSON.stringify({ ...next, metadata: { ...next.metadata, resourceVersion: '' } });
    if (dryRun === 'All' || unchanged) return send(response, 200, next);
    store(resource, next, existing ? 'MODIFIED' : 'ADDED');
    send(response, existing ? 200 : 201, next);
  }

  function watch(resource: Resource, namespace: string, query: URLSearchParams, response: ServerResponse): void {
    watchesServed++;
    const labelSelector = query.get('labelSelector') ?? undefined;
    const fieldSelector = query.get('fieldSelector') ?? undefined;
    const filter = (object: any) => matchesLabels(object.metadata.labels, labelSelector) && matchesFields(object, fieldSelector);
    response.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    const write = (type: string, object: unknown) => response.write(`${JSON.stringify({ type, object })}\n`);
    const from = query.get('resourceVersion');
    if (from && from !== '0' && Number(from) < oldestRv) {
      watchesExpired++;
      write('ERROR', status(410, 'Expired', `too old resource version: ${from} (${oldestRv})`));
      response.end();
      return;
    }
    if (!from || from === '0') {
      for (const object of listOf(resource.kind, namespace)) if (filter(object)) write('ADDED', object);
    } else {
      for (const entry of history) {
        if (entry.rv > Number(from) && entry.resource === resource && entry.object.metadata.namespace === namespace && filter(entry.object)) write(entry.type, entry.object);
      }
    }
    const watcher: Watcher = { resource, namespace, filter, send: (entry) => write(entry.type, entry.object) };
    watchers.add(watcher);
    openStreams.add(response);
    const timeoutSeconds = Number(query.get('timeoutSeconds') ?? 0);
    const lifetime = Math.min(timeoutSeconds > 0 ? timeoutSeconds * 1000 : Number.POSITIVE_INFINITY, options.watchLifetimeMs ?? Number.POSITIVE_INFINITY);
    const timer = Number.isFinite(lifetime) ? setTimeout(() => response.end(), lifetime) : undefined;
    const done = () => {
      clearTimeout(timer);
      watchers.delete(watcher);
      openStreams.delete(response);
    };
    response.on('close', done);
    response.on('finish', done);
  }

  async function proxy(namespace: string, target: string, rest: string, request: IncomingMessage, body: Buffer, response: ServerResponse): Promise<void> {
    const [name] = target.split(':');
    const svc = objects.get(keyOf(resourceOfKind('Service'), namespace, name!))?.object;
    if (!svc) return send(response, 404, status(404, 'NotFound', `services "${name}" not found`));
    const ready = listOf('ReplicaSet', namespace).filter((rs) => rs.status.readyReplicas > 0 && matchesLabels(rs.spec.template.metadata.labels, Object.entries(svc.spec.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',')));
    const pods = ready.flatMap((rs) => Array.from({ length: rs.status.readyReplicas }, () => images[rs.spec.template.spec.containers[0].image]?.backend));
    const turn = proxyTurns.get(name!) ?? 0;
    proxyTurns.set(name!, turn + 1);
    const backend = pods.length > 0 ? pods[turn % pods.length] : undefined;
    if (!backend) return send(response, 503, status(503, 'ServiceUnavailable', `no endpoints available for service "${name}"`));
    const headers: Record<string, string> = {};
    if (request.headers['content-type']) headers['content-type'] = String(request.headers['content-type']);
    const answer = await fetch(`${backend}${rest}`, { method: request.method, headers, body: body.length > 0 ? body : undefined });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const contentType = request.headers['content-type']?.split(';')[0];
    const recorded: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), contentType };
    if (body.length > 0) {
      try {
        recorded.body = parseYaml(body.toString('utf8'));
      } catch {
        recorded.body = body.toString('utf8');
      }
    }
    requests.push(recorded);
    if (request.headers.authorization !== `Bearer ${token}`) return send(response, 401, status(401, 'Unauthorized', 'Unauthorized'));

    if (method === 'GET' && url.pathname === '/api/v1') return send(response, 200, discovery('', 'v1'));
    const groupDiscovery = /^\/apis\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (method === 'GET' && groupDiscovery) return send(response, 200, discovery(groupDiscovery[1]!, groupDiscovery[2]!));

    const match = /^\/api\/(v1)\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+))?(?:\/(.*))?$/.exec(url.pathname) ?? /^\/apis\/([^/]+\/[^/]+)\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+))?(?:\/(.*))?$/.exec(url.pathname);
    if (!match) return send(response, 404, status(404, 'NotFound', `the server could not find the requested resource (${url.pathname})`));
    const [, groupVersion, namespace, plural, name, sub] = match;
    if (plural === 'services' && name && sub?.startsWith('proxy')) return proxy(namespace!, name, `/${sub.slice('proxy'.length).replace(/^\//, '')}${url.search}`, request, body, response);
    const resource = RESOURCES.find((r) => apiVersionOf(r) === groupVersion && r.plural === plural);
    if (!resource) return send(response, 404, status(404, 'NotFound', `the server could not find the requested resource (${groupVersion} ${plural})`));
    if (sub) return send(response, 404, status(404, 'NotFound', `subresource ${sub} is not served by this stand-in`));

    if (!name) {
      if (method !== 'GET') return violation(response, 405, 'MethodNotAllowed', `${method} on a collection`);
      if (url.searchParams.get('watch') === 'true') return watch(resource, namespace!, url.searchParams, response);
      const labelSelector = url.searchParams.get('labelSelector') ?? undefined;
      const fieldSelector = url.searchParams.get('fieldSelector') ?? undefined;
      const items = listOf(resource.kind, namespace).filter((o) => matchesLabels(o.metadata.labels, labelSelector) && matchesFields(o, fieldSelector));
      return send(response, 200, { kind: `${resource.kind}List`, apiVersion: apiVersionOf(resource), metadata: { resourceVersion: String(rv) }, items });
    }
    const existing = objects.get(keyOf(resource, namespace!, name))?.object;
    if (method === 'GET') {
      return existing ? send(response, 200, existing) : send(response, 404, status(404, 'NotFound', `${resource.plural}.${resource.group || 'core'} "${name}" not found`));
    }
    if (method === 'PATCH') return apply(resource, namespace!, name, url.searchParams, contentType, body.toString('utf8'), response);
    if (method === 'DELETE') {
      if (!remove(resource, namespace!, name)) return send(response, 404, status(404, 'NotFound', `${resource.plural} "${name}" not found`));
      return send(response, 200, status(200, 'Deleted', `${resource.kind} ${name} deleted`));
    }
    return violation(response, 405, 'MethodNotAllowed', `${method} ${url.pathname} is not used by the deploy action`);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      violations.push(`stand-in bug: ${(error as Error).stack}`);
      if (!response.headersSent) send(response, 500, status(500, 'InternalError', (error as Error).message));
      else response.end();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'kube-stand-in-'));
  const kubeconfig = join(dir, 'config');
  writeFileSync(
    kubeconfig,
    [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      `- name: stand-in\n  cluster:\n    server: ${url}\n    insecure-skip-tls-verify: true`,
      'users:',
      `- name: deployer\n  user:\n    token: ${token}`,
      'contexts:',
      '- name: stand-in\n  context:\n    cluster: stand-in\n    user: deployer\n    namespace: ml',
      'current-context: stand-in',
      '',
    ].join('\n'),
  );

  return {
    url,
    kubeconfig,
    token,
    requests,
    violations,
    images,
    get: (kind, namespace, name) => objects.get(keyOf(resourceOfKind(kind), namespace, name))?.object,
    list: (kind, namespace) => listOf(kind, namespace),
    compact() {
      oldestRv = rv + 1;
      history.length = 0;
    },
    dropWatches() {
      for (const stream of openStreams) stream.end();
    },
    tick,
    get watchesServed() {
      return watchesServed;
    },
    get watchesExpired() {
      return watchesExpired;
    },
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(ticker);
        for (const stream of openStreams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
