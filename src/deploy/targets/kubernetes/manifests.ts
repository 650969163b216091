/**
 * The objects a Kubernetes deploy applies: a Deployment per track (stable, canary, shadow), the
 * Services in front of them, and, when a Gateway is named, the HTTPRoute whose weights split
 * traffic (canary) or whose RequestMirror filter copies it (shadow).
 *
 * Labels: every pod carries `app.kubernetes.io/name` and `ml-actions.dev/track`; the main Service
 * selects pods with `ml-actions.dev/serving: "true"`, which canary pods have and shadow pods do not,
 * so a shadow never answers users.
 */
import type { DeployRequest, Strategy } from '../../target.ts';

export const LABEL = {
  name: 'app.kubernetes.io/name',
  managedBy: 'app.kubernetes.io/managed-by',
  track: 'ml-actions.dev/track',
  version: 'ml-actions.dev/version',
  serving: 'ml-actions.dev/serving',
} as const;
export const ANNOTATION = {
  strategy: 'ml-actions.dev/strategy',
  deployedBy: 'ml-actions.dev/deployed-by',
  revision: 'deployment.kubernetes.io/revision',
} as const;
export const FIELD_MANAGER = 'ml-actions';
export const SERVICE_PORT = 80;

export type Track = 'stable' | 'canary' | 'shadow';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string>; [key: string]: unknown };
  spec?: any;
  status?: any;
  [key: string]: unknown;
}

export interface Layout {
  name: string;
  namespace: string;
  /** Stable replicas. */
  replicas: number;
  cpu: string;
  memory: string;
  memoryLimit?: string;
  /** Gateway the HTTPRoute attaches to (`name` or `namespace/name`); absent: canary by replica ratio. */
  gateway?: string;
  hostnames: string[];
  progressDeadlineSeconds: number;
  /** The user's Deployment whose pod template and replicas the version uses (input `manifests`). */
  base?: KubeObject;
}

export function deploymentName(layout: Layout, track: Track): string {
  return track === 'stable' ? layout.name : `${layout.name}-${track}`;
}

export function serviceName(layout: Layout, purpose: 'main' | Track): string {
  return purpose === 'main' ? layout.name : `${layout.name}-${purpose}`;
}

function selectorLabels(layout: Layout, track: Track): Record<string, string> {
  return { [LABEL.name]: layout.name, [LABEL.track]: track };
}

/** The pod template for a version on a track. Only what defines the version goes in: re-applying it changes nothing. */
export function podTemplate(layout: Layout, track: Track, request: Pick<DeployRequest, 'version' | 'image' | 'containerPort' | 'healthPath' | 'env'>): any {
  const labels = { ...selectorLabels(layout, track), [LABEL.version]: request.version, [LABEL.serving]: track === 'shadow' ? 'false' : 'true' };
  if (layout.base) return fromUserTemplate(layout.base.spec?.template, labels, request);
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
function fromUserTemplate(template: any, labels: Record<string, string>, request: Pick<DeployRequest, 'version' | 'image' | 'containerPort' | 'healthPath' | 'env'>): any {
  const copy = structuredClone(template ?? {});
  copy.metadata = { ...(copy.metadata ?? {}), labels: { ...(copy.metadata?.labels ?? {}), ...labels } };
  const containers: any[] = copy.spec?.containers ?? [];
  const server = containers.find((c) => c.name === 'model-server') ?? containers[0];
  if (server) {
    if (request.image) server.image = request.image;
    const env: any[] = (server.env ?? []).filter((e: any) => e.name !== 'MODEL_VERSION' && !(e.name in request.env));
    server.env = [...env, { name: 'MODEL_VERSION', value: request.version }, ...Object.entries(request.env).map(([name, value]) => ({ name, value }))];
    server.readinessProbe ??= { httpGet: { path: request.healthPath, port: server.ports?.[0]?.containerPort ?? request.containerPort }, periodSeconds: 5 };
  }
  return copy;
}

/** Moves a pod template to another track (promote: the canary's template becomes the stable one). */
export function retrack(layout: Layout, template: any, track: Track): any {
  const copy = structuredClone(template);
  const labels = { ...(copy.metadata?.labels ?? {}) };
  delete labels['pod-template-hash'];
  copy.metadata = { ...(copy.metadata ?? {}), labels: { ...labels, ...selectorLabels(layout, track), [LABEL.serving]: track === 'shadow' ? 'false' : 'true' } };
  return copy;
}

export function deployment(layout: Layout, track: Track, template: any, replicas: number, strategy: Strategy, annotations: Record<string, string>): KubeObject {
  // all-at-once: every new pod starts at once (100% surge), old pods leave only when new ones are
  // ready, so the switch is immediate without downtime. rolling: one pod at a time.
  const rollout =
    strategy === 'rolling'
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

export function service(layout: Layout, purpose: 'main' | Track, containerPort: number): KubeObject {
  const selector = purpose === 'main' ? { [LABEL.name]: layout.name, [LABEL.serving]: 'true' } : selectorLabels(layout, purpose);
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: serviceName(layout, purpose), namespace: layout.namespace, labels: { [LABEL.name]: layout.name, [LABEL.managedBy]: FIELD_MANAGER } },
    spec: { type: 'ClusterIP', selector, ports: [{ name: 'http', port: SERVICE_PORT, targetPort: containerPort, protocol: 'TCP' }] },
  };
}

/** The route: all traffic to stable, or a weighted split with the canary, or stable plus a mirror to the shadow. */
export function httpRoute(layout: Layout, candidate?: { track: 'canary' | 'shadow'; percent: number }): KubeObject {
  const [gatewayNamespace, gatewayName] = layout.gateway!.includes('/') ? layout.gateway!.split('/', 2) : [undefined, layout.gateway!];
  const backend = (purpose: Track, weight?: number) => ({
    group: '',
    kind: 'Service',
    name: serviceName(layout, purpose),
    port: SERVICE_PORT,
    ...(weight !== undefined ? { weight } : {}),
  });
  const rule: Record<string, unknown> = { matches: [{ path: { type: 'PathPrefix', value: '/' } }] };
  if (candidate?.track === 'canary') {
    rule['backendRefs'] = [backend('stable', 100 - candidate.percent), backend('canary', candidate.percent)];
  } else {
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
      parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: gatewayName!, ...(gatewayNamespace ? { namespace: gatewayNamespace } : {}) }],
      ...(layout.hostnames.length > 0 ? { hostnames: layout.hostnames } : {}),
      rules: [rule],
    },
  };
}

/** Canary replicas so that canary/(stable+canary) comes closest to `percent` (at least one pod). */
export function canaryReplicas(stableReplicas: number, percent: number): number {
  if (percent >= 100) return stableReplicas;
  return Math.max(1, Math.round((stableReplicas * percent) / (100 - percent)));
}

export function replicaShare(stableReplicas: number, canary: number): number {
  return Math.round((100 * canary) / (stableReplicas + canary));
}
