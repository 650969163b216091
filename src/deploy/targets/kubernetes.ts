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
import { existsSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { KubeConfig, KubernetesObjectApi, PatchStrategy } from '@kubernetes/client-node';
import { ConfigurationError, UserError, errorMessage } from '../../shared/errors.ts';
import { DeployFailure } from '../errors.ts';
import type { DeployContext, DeployRequest, DeployTarget, Endpoint, ProviderEvent, Release, Strategy, TargetFactory, TargetSettings, TargetState } from '../target.ts';
import {
  ANNOTATION,
  FIELD_MANAGER,
  LABEL,
  canaryReplicas,
  deployment,
  deploymentName,
  httpRoute,
  podTemplate,
  replicaShare,
  retrack,
  service,
  serviceName,
  type KubeObject,
  type Layout,
  type Track,
} from './kubernetes/manifests.ts';
import { waitForRollout } from './kubernetes/rollout.ts';
import { readUserManifests } from './kubernetes/user-manifests.ts';

const STRATEGIES: readonly Strategy[] = ['all-at-once', 'rolling', 'canary', 'shadow'];
const KNOWN_OPTIONS = ['replicas', 'gateway', 'hostnames', 'cpu', 'memory', 'memory-limit', 'progress-deadline'];
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown; statusCode?: unknown })?.code ?? (error as { statusCode?: unknown })?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

/** The API server's own message (Status.message) from a client-node error. */
function apiMessage(error: unknown): string {
  const body = (error as { body?: unknown }).body;
  if (typeof body === 'string') {
    try {
      return (JSON.parse(body) as { message?: string }).message ?? body;
    } catch {
      return body;
    }
  }
  if (body && typeof body === 'object' && 'message' in body) return String((body as { message: unknown }).message);
  return errorMessage(error);
}

function positiveInteger(options: Record<string, string>, key: string, fallback: number): number {
  const raw = options[key];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigurationError('target-options', `${key} must be a whole number of at least 1, got "${raw}"`);
  return value;
}

function versionOf(object: any): string | undefined {
  return object?.spec?.template?.metadata?.labels?.[LABEL.version];
}

interface Applied {
  object: KubeObject;
  purpose: string;
}

class KubernetesTarget implements DeployTarget {
  readonly name = 'kubernetes' as const;
  readonly strategies = STRATEGIES;
  private readonly kc: KubeConfig;
  private readonly api: KubernetesObjectApi;
  private readonly layout: Layout;
  private readonly publicUrl?: string;
  private readonly server: string;
  /** The user's objects other than the deployed Deployment (input `manifests`), in apply order. */
  private readonly extras: KubeObject[];
  private readonly progressDeadlineGiven: boolean;

  constructor(settings: TargetSettings) {
    const path = settings.kubeconfig ?? process.env['KUBECONFIG'];
    if (!path) throw new ConfigurationError('kubeconfig', 'is needed for target kubernetes: give the path of a kubeconfig file, or set KUBECONFIG');
    const first = path.split(':')[0]!;
    if (!existsSync(first)) throw new ConfigurationError('kubeconfig', `names ${first}, which does not exist`);
    this.kc = new KubeConfig();
    try {
      this.kc.loadFromFile(first);
    } catch (error) {
      throw new UserError(`The kubeconfig ${first} cannot be read: ${errorMessage(error)}`, { file: first });
    }
    const cluster = this.kc.getCurrentCluster();
    if (!cluster) throw new UserError(`The kubeconfig ${first} has no current context with a cluster`, { file: first });
    this.server = cluster.server.replace(/\/+$/, '');
    this.api = KubernetesObjectApi.makeApiClient(this.kc);
    const options = settings.options;
    for (const key of Object.keys(options)) {
      if (!KNOWN_OPTIONS.includes(key)) throw new ConfigurationError('target-options', `has "${key}", which kubernetes does not know; it reads ${KNOWN_OPTIONS.join(', ')}`);
    }
    const name = settings.name ?? '';
    if (!DNS_LABEL.test(name) || name.length > 50) throw new ConfigurationError('name', `must be a DNS label of at most 50 characters (lowercase letters, digits, -) for Kubernetes, got "${name}"`);
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
      if (options['replicas'] === undefined && typeof user.deployment?.spec?.replicas === 'number') this.layout.replicas = user.deployment.spec.replicas;
      this.extras = user.others;
    }
  }

  // ---- API plumbing -------------------------------------------------------------------------

  private async apply(object: KubeObject, dryRun = false): Promise<any> {
    try {
      return await this.api.patch(object, undefined, dryRun ? 'All' : undefined, FIELD_MANAGER, true, PatchStrategy.ServerSideApply);
    } catch (error) {
      const status = statusOf(error);
      const what = `${object.kind} ${object.metadata.namespace}/${object.metadata.name}`;
      if (status === 422 || status === 400) throw new UserError(`The cluster refused ${what} (${status}): ${apiMessage(error)}`);
      if (status === 403) throw new UserError(`Not allowed to apply ${what} (403): ${apiMessage(error)}. The kubeconfig's user needs patch/create on it`);
      if (status === 404 && object.kind === 'HTTPRoute') {
        throw new UserError('The cluster has no Gateway API HTTPRoute resource (gateway.networking.k8s.io/v1): install the Gateway API CRDs, or drop target-options gateway to split canary traffic by replica ratio');
      }
      throw this.unreachable(error, `apply ${what}`);
    }
  }

  private unreachable(error: unknown, doing: string): unknown {
    const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    if (typeof code === 'string' && /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/.test(code)) {
      return new UserError(`Cannot reach the Kubernetes API server at ${this.server} to ${doing} (${code}): check the kubeconfig`);
    }
    if (statusOf(error) === 401) return new UserError(`The Kubernetes API server at ${this.server} refused the kubeconfig's credentials (401) when trying to ${doing}`);
    return error;
  }

  private async get(apiVersion: string, kind: string, name: string): Promise<any | undefined> {
    try {
      return await this.api.read({ apiVersion, kind, metadata: { name, namespace: this.layout.namespace } });
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw this.unreachable(error, `read ${kind} ${this.layout.namespace}/${name}`);
    }
  }

  private async remove(apiVersion: string, kind: string, name: string): Promise<void> {
    try {
      await this.api.delete({ apiVersion, kind, metadata: { name, namespace: this.layout.namespace } }, undefined, undefined, undefined, undefined, 'Foreground');
    } catch (error) {
      if (statusOf(error) !== 404) throw this.unreachable(error, `delete ${kind} ${this.layout.namespace}/${name}`);
    }
  }

  /** A Service reached through the API server's service proxy, with the kubeconfig's credentials. */
  private proxyEndpoint(serviceNameValue: string): Endpoint {
    const base = `${this.server}/api/v1/namespaces/${this.layout.namespace}/services/${serviceNameValue}:http/proxy`;
    return { url: base, fetch: (path, init) => this.proxyFetch(`${base}${path}`, init) };
  }

  private async proxyFetch(url: string, init: RequestInit): Promise<Response> {
    const target = new URL(url);
    const options: https.RequestOptions = { method: init.method ?? 'GET', headers: { ...(init.headers as Record<string, string>) } };
    await this.kc.applyToHTTPSOptions(options);
    const client = target.protocol === 'https:' ? https : http;
    if (target.protocol === 'http:') delete options.agent;
    return new Promise<Response>((resolve, reject) => {
      const request = client.request(target, { ...options, signal: init.signal ?? undefined }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const status = response.statusCode ?? 502;
          const headers = new Headers();
          for (const [key, value] of Object.entries(response.headers)) if (typeof value === 'string') headers.set(key, value);
          resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, headers }));
        });
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(typeof init.body === 'string' ? init.body : undefined);
    });
  }

  private serviceEndpoint(): Endpoint {
    return this.publicUrl ? { url: this.publicUrl } : this.proxyEndpoint(serviceName(this.layout, 'main'));
  }

  private describe(object: KubeObject): string {
    return `${object.apiVersion} ${object.kind} ${object.metadata.namespace}/${object.metadata.name}`;
  }

  // ---- reading state ------------------------------------------------------------------------

  /** ReplicaSets of the stable Deployment, newest revision first. */
  private async history(stable: any): Promise<any[]> {
    const list = await this.api.list<any>('apps/v1', 'ReplicaSet', this.layout.namespace, undefined, undefined, undefined, undefined, `${LABEL.name}=${this.layout.name},${LABEL.track}=stable`);
    const uid = stable.metadata?.uid;
    return list.items
      .filter((rs) => !uid || (rs.metadata?.ownerReferences ?? []).some((o: any) => o.uid === uid))
      .sort((a, b) => Number(b.metadata?.annotations?.[ANNOTATION.revision] ?? 0) - Number(a.metadata?.annotations?.[ANNOTATION.revision] ?? 0));
  }

  /** The ReplicaSet `rollout undo` would go back to: the newest revision below the current one running another version. */
  private async previousReplicaSet(stable: any): Promise<any | undefined> {
    const current = Number(stable.metadata?.annotations?.[ANNOTATION.revision] ?? 0);
    const version = versionOf(stable);
    return (await this.history(stable)).find(
      (rs) => Number(rs.metadata?.annotations?.[ANNOTATION.revision] ?? 0) < current && rs.spec?.template?.metadata?.labels?.[LABEL.version] !== version,
    );
  }

  private async candidateDeployment(): Promise<{ object: any; track: 'canary' | 'shadow' } | undefined> {
    for (const track of ['canary', 'shadow'] as const) {
      const object = await this.get('apps/v1', 'Deployment', deploymentName(this.layout, track));
      if (object) return { object, track };
    }
    return undefined;
  }

  private async trafficOf(stable: any, candidate: { object: any; track: 'canary' | 'shadow' }): Promise<number> {
    if (this.layout.gateway) {
      const route = await this.get('gateway.networking.k8s.io/v1', 'HTTPRoute', this.layout.name);
      const rule = route?.spec?.rules?.[0];
      if (candidate.track === 'shadow') {
        const mirror = (rule?.filters ?? []).find((f: any) => f.type === 'RequestMirror')?.requestMirror;
        return mirror ? (mirror.percent ?? (mirror.fraction ? Math.round((100 * mirror.fraction.numerator) / (mirror.fraction.denominator ?? 100)) : 100)) : 0;
      }
      const refs = rule?.backendRefs ?? [];
      const total = refs.reduce((sum: number, ref: any) => sum + (ref.weight ?? 1), 0);
      const canary = refs.find((ref: any) => ref.name === serviceName(this.layout, 'canary'));
      return canary && total > 0 ? Math.round((100 * (canary.weight ?? 1)) / total) : 0;
    }
    const serving = candidate.object.spec?.template?.metadata?.labels?.[LABEL.serving] === 'true';
    return serving ? replicaShare(stable?.spec?.replicas ?? 0, candidate.object.spec?.replicas ?? 0) : 0;
  }

  async preflight(ctx: DeployContext): Promise<TargetState> {
    const stable = await this.get('apps/v1', 'Deployment', this.layout.name);
    const candidate = await this.candidateDeployment();
    const state: TargetState = {
      traffic: 0,
      service: this.serviceEndpoint(),
      details: { namespace: this.layout.namespace, ...(this.layout.gateway ? { gateway: this.layout.gateway } : {}) },
    };
    if (stable) {
      const version = versionOf(stable);
      if (!version) {
        throw new UserError(
          `Deployment ${this.layout.namespace}/${this.layout.name} exists but was not made by this action (its pod template has no ${LABEL.version} label): ` +
            'choose another name, or delete it first',
        );
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
    ctx.log.info(
      `Kubernetes ${this.server}, namespace ${this.layout.namespace}: ${state.stable ? `${state.stable.version} serving` : `no Deployment ${this.layout.name} yet`}` +
        `${state.candidate ? `, ${state.candidate.strategy} ${state.candidate.version} at ${state.traffic}%` : ''}`,
    );
    return state;
  }

  // ---- deploying ----------------------------------------------------------------------------

  private check(request: DeployRequest): void {
    if (!request.image && !this.layout.base) throw new ConfigurationError('image', 'is required for target kubernetes: the container image of the model server (or give manifests)');
    if (request.version.length > 63 || !LABEL_VALUE.test(request.version)) {
      throw new ConfigurationError('version', `must be a Kubernetes label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit), got "${request.version}"`);
    }
    if (request.strategy === 'shadow' && !this.layout.gateway) {
      throw new ConfigurationError(
        'target-options',
        'needs `gateway: <name>` for strategy shadow on kubernetes: requests are mirrored by a Gateway API HTTPRoute (RequestMirror filter). Canary works without it, by replica ratio',
      );
    }
  }

  /** What `deploy` applies, in order (Services before the Deployments they front; the route last). */
  private deployObjects(request: DeployRequest, state: TargetState): { applied: Applied[]; release: Release } {
    const layout = this.layout;
    const side = (request.strategy === 'canary' || request.strategy === 'shadow') && state.stable !== undefined;
    const applied: Applied[] = this.extras.filter((o) => o.kind !== 'HTTPRoute' && o.kind !== 'Ingress').map((object) => ({ object, purpose: 'from your manifests' }));
    const baseServer = layout.base?.spec?.template?.spec?.containers?.find((c: any) => c.name === 'model-server') ?? layout.base?.spec?.template?.spec?.containers?.[0];
    const port = baseServer?.ports?.[0]?.containerPort ?? request.containerPort;
    const own = (kind: string, objectName: string) => this.extras.some((o) => o.kind === kind && o.metadata.name === objectName);
    const service_ = (purpose: 'main' | Track, why: string) => {
      if (!own('Service', serviceName(layout, purpose))) applied.push({ object: service(layout, purpose, port), purpose: why });
    };
    const routes = this.extras.filter((o) => o.kind === 'HTTPRoute' || o.kind === 'Ingress').map((object) => ({ object, purpose: 'from your manifests' }));
    if (!side) {
      service_('main', 'the Service users reach (pods with serving=true)');
      if (layout.gateway) service_('stable', 'the stable backend of the HTTPRoute');
      const template = podTemplate(layout, 'stable', request);
      const strategy = request.strategy === 'rolling' ? 'rolling' : 'all-at-once';
      applied.push({ object: deployment(layout, 'stable', template, layout.replicas, strategy, request.annotations), purpose: `run ${request.version} (${strategy})` });
      if (layout.gateway) applied.push({ object: httpRoute(layout), purpose: 'route all traffic to the stable Service' });
      applied.push(...routes);
      return {
        applied,
        release: { version: request.version, strategy, traffic: 100, service: this.serviceEndpoint(), details: { deployments: [layout.name] } },
      };
    }
    const track = request.strategy as 'canary' | 'shadow';
    service_(track, `reach the ${track} alone (smoke tests, route backend)`);
    // Until traffic shifts, candidate pods are not selected by the main Service (serving=false).
    const template = retrack(layout, podTemplate(layout, track, request), track);
    template.metadata.labels[LABEL.serving] = 'false';
    const replicas = Math.max(1, Math.ceil((layout.replicas * request.traffic) / 100));
    applied.push({
      object: deployment(layout, track, template, replicas, request.strategy, request.annotations),
      purpose: `run ${request.version} as ${track} beside ${state.stable!.version}, without traffic yet`,
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

  async plan(request: DeployRequest, state: TargetState, ctx: DeployContext): Promise<void> {
    this.check(request);
    const { applied } = this.deployObjects(request, state);
    for (const { object, purpose } of applied) {
      // Server-side dry run: the API server validates and defaults the object, nothing is stored.
      await this.apply(object, true);
      ctx.plan.record({ call: 'PATCH server-side apply', resource: this.describe(object), purpose, body: object });
    }
    if (request.strategy === 'canary' || request.strategy === 'shadow') {
      const preview = this.shiftObjects({ version: request.version, strategy: request.strategy, traffic: 0 }, request.traffic, request);
      for (const { object, purpose } of preview) ctx.plan.record({ call: 'PATCH server-side apply', resource: this.describe(object), purpose, body: object });
    }
  }

  async deploy(request: DeployRequest, state: TargetState, ctx: DeployContext): Promise<Release> {
    this.check(request);
    const { applied, release } = this.deployObjects(request, state);
    if (release.strategy !== request.strategy) ctx.log.info(`Nothing serves yet, so ${request.version} starts as the first version with all traffic (no ${request.strategy})`);
    if (this.progressDeadlineGiven && this.layout.progressDeadlineSeconds * 1000 > ctx.deadline.remainingMs()) {
      ctx.log.warning(
        `The step's timeout ends before Kubernetes' progress deadline (${this.layout.progressDeadlineSeconds}s): a stuck rollout will be reported as a timeout, not as ProgressDeadlineExceeded. ` +
          'Lower target-options progress-deadline or raise timeout',
      );
    }
    for (const { object, purpose } of applied) {
      const result = await this.apply(object);
      ctx.log.info(`Applied ${this.describe(object)} (${purpose}); generation ${result?.metadata?.generation ?? '-'}`);
    }
    return release;
  }

  /** Kubernetes Events about a Deployment, its ReplicaSets and pods, surfaced as provider events. */
  private async events(deployment_: string, ctx: DeployContext): Promise<ProviderEvent[]> {
    try {
      const list = await this.api.list<any>('v1', 'Event', this.layout.namespace);
      const mine = new RegExp(`^${deployment_}(-[a-z0-9]{5,10}(-[a-z0-9]{5})?)?$`);
      const events = list.items
        .filter((e) => mine.test(e.involvedObject?.name ?? ''))
        .map(
          (e): ProviderEvent => ({
            level: e.type === 'Warning' ? 'warning' : 'info',
            source: `${e.involvedObject?.kind}/${e.involvedObject?.name}`,
            reason: e.reason,
            message: `${e.message ?? ''}${e.count > 1 ? ` (×${e.count})` : ''}`,
            time: (e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp)?.toString(),
          }),
        );
      for (const event of events) ctx.log.event(event);
      return events.filter((e) => e.level !== 'info');
    } catch (error) {
      ctx.log.debug(`Could not list events: ${errorMessage(error)}`);
      return [];
    }
  }

  async waitHealthy(release: Release, ctx: DeployContext): Promise<void> {
    const names = (release.details?.['deployments'] as string[] | undefined) ?? [this.layout.name];
    for (const name of names) {
      await waitForRollout(
        {
          kc: this.kc,
          namespace: this.layout.namespace,
          name,
          read: async () => {
            const object = await this.get('apps/v1', 'Deployment', name);
            if (!object) throw new DeployFailure(`Deployment ${this.layout.namespace}/${name} disappeared while waiting for its rollout`);
            return object;
          },
          onProgress: async () => void (await this.events(name, ctx)),
          causes: () => this.events(name, ctx),
        },
        ctx,
      );
      // Success means the requested version rolled out, not merely "ready".
      const serving = versionOf(await this.get('apps/v1', 'Deployment', name));
      if (serving !== release.version) throw new DeployFailure(`Deployment ${name} rolled out ${serving}, not ${release.version}: another deploy changed it meanwhile`);
    }
  }

  private shiftObjects(release: Pick<Release, 'version' | 'strategy' | 'traffic'>, percent: number, request?: DeployRequest, candidate?: any): Applied[] {
    const layout = this.layout;
    const track = release.strategy as 'canary' | 'shadow';
    if (layout.gateway) {
      return [{ object: httpRoute(layout, { track, percent }), purpose: `${track === 'shadow' ? 'mirror' : 'send'} ${percent}% of requests to ${release.version}` }];
    }
    // Replica ratio: the canary's pods join the main Service, in proportion to the stable ones.
    const count = canaryReplicas(layout.replicas, percent);
    const template = candidate ? retrack(layout, candidate.spec.template, 'canary') : podTemplate(layout, 'canary', request!);
    template.metadata.labels[LABEL.serving] = 'true';
    return [
      {
        object: deployment(layout, 'canary', template, count, 'canary', request?.annotations ?? JSON.parse(candidate?.metadata?.annotations?.[ANNOTATION.deployedBy] ?? '{}')),
        purpose: `${count} canary pods beside ${layout.replicas} stable ones: about ${replicaShare(layout.replicas, count)}% of requests`,
      },
    ];
  }

  async shiftTraffic(release: Release, percent: number, ctx: DeployContext): Promise<Release> {
    const candidate = this.layout.gateway ? undefined : await this.get('apps/v1', 'Deployment', deploymentName(this.layout, 'canary'));
    for (const { object, purpose } of this.shiftObjects(release, percent, undefined, candidate)) {
      await this.apply(object);
      ctx.log.info(`Applied ${this.describe(object)}: ${purpose}`);
    }
    const traffic = this.layout.gateway ? percent : replicaShare(this.layout.replicas, canaryReplicas(this.layout.replicas, percent));
    if (traffic !== percent) ctx.log.warning(`Replica ratio gives ${traffic}% rather than ${percent}% of requests to the canary; give target-options gateway: for exact HTTPRoute weights`);
    return { ...release, traffic, details: { deployments: this.layout.gateway ? [] : [deploymentName(this.layout, 'canary')] } };
  }

  /** Points the HTTPRoute at stable only (if there is one) and removes the candidate's Deployment and Service. */
  private async removeCandidate(track: 'canary' | 'shadow', ctx: DeployContext): Promise<void> {
    // Route first: no request may go to a backend that is being deleted.
    if (this.layout.gateway) await this.apply(httpRoute(this.layout));
    await this.remove('apps/v1', 'Deployment', deploymentName(this.layout, track));
    await this.remove('v1', 'Service', serviceName(this.layout, track));
    ctx.log.info(`Removed the ${track} (Deployment and Service ${deploymentName(this.layout, track)})`);
  }

  private async applyStable(template: any, ctx: DeployContext, why: string): Promise<void> {
    const current = await this.get('apps/v1', 'Deployment', this.layout.name);
    const strategy = (current?.metadata?.annotations?.[ANNOTATION.strategy] as Strategy | undefined) ?? 'rolling';
    const annotations = JSON.parse(current?.metadata?.annotations?.[ANNOTATION.deployedBy] ?? '{}') as Record<string, string>;
    const object = deployment(this.layout, 'stable', retrack(this.layout, template, 'stable'), this.layout.replicas, strategy === 'canary' || strategy === 'shadow' ? 'rolling' : strategy, annotations);
    await this.apply(object);
    ctx.log.info(`Applied ${this.describe(object)}: ${why}`);
  }

  async promote(state: TargetState, ctx: DeployContext): Promise<Release> {
    const candidate = await this.candidateDeployment();
    if (!candidate) throw new UserError('Nothing to promote: no canary or shadow Deployment is running');
    const version = versionOf(candidate.object)!;
    // The stable Deployment takes the candidate's pod template; its rollout must finish before the
    // candidate goes, so no request meets a missing backend.
    await this.applyStable(candidate.object.spec.template, ctx, `promote ${version} from the ${candidate.track}`);
    if (this.layout.gateway) await this.apply(service(this.layout, 'stable', candidate.object.spec.template.spec.containers[0].ports?.[0]?.containerPort ?? 8080));
    await this.waitHealthy({ version, strategy: 'rolling', traffic: state.traffic, details: { deployments: [this.layout.name] } }, ctx);
    await this.removeCandidate(candidate.track, ctx);
    return { version, strategy: 'all-at-once', traffic: 100, service: this.serviceEndpoint(), details: { deployments: [this.layout.name] } };
  }

  async rollback(state: TargetState, ctx: DeployContext): Promise<Release> {
    const candidate = await this.candidateDeployment();
    if (candidate) {
      await this.removeCandidate(candidate.track, ctx);
      if (!state.stable) throw new UserError(`Removed the ${candidate.track}, but no stable Deployment ${this.layout.name} serves`);
      return { version: state.stable.version, strategy: 'all-at-once', traffic: 100, service: this.serviceEndpoint(), details: { deployments: [this.layout.name] } };
    }
    const stable = await this.get('apps/v1', 'Deployment', this.layout.name);
    if (!stable) throw new UserError(`Nothing to roll back: there is no Deployment ${this.layout.namespace}/${this.layout.name}`);
    const previous = await this.previousReplicaSet(stable);
    if (!previous) throw new UserError(`Nothing to roll back to: Deployment ${this.layout.name} has no earlier revision with another version (this was its first version)`);
    const version = previous.spec.template.metadata.labels[LABEL.version] as string;
    await this.applyStable(previous.spec.template, ctx, `roll back to ${version} (revision ${previous.metadata.annotations?.[ANNOTATION.revision]})`);
    return { version, strategy: 'rolling', traffic: 100, service: this.serviceEndpoint(), details: { deployments: [this.layout.name] } };
  }
}

const create: TargetFactory = (settings) => new KubernetesTarget(settings);
export default create;
