/**
 * The deploy action on target kubernetes, run from the bundle as the runner runs it, against the
 * Kubernetes API stand-in driven by the real @kubernetes/client-node. Pods of each image are
 * played by fixture model servers, reached through the API server's service proxy.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { REPO_ROOT, runAction, type ActionResult } from '../harness/run-action.ts';
import { startGitHub } from '../stand-ins/github/index.ts';
import { startKubernetes, type KubernetesStandIn } from '../stand-ins/kubernetes/server.ts';
import { FAST, SMOKE, startModelServer, type ModelServer } from './helpers.ts';

const IMAGE = (tag: string) => `ghcr.io/acme/iris-server:${tag}`;
let servers: Record<string, ModelServer> = {};

before(async () => {
  const [v1, v2, v3, broken] = await Promise.all([startModelServer('v1'), startModelServer('v2'), startModelServer('v3'), startModelServer('bad', 'bad-predictions')]);
  servers = { v1: v1!, v2: v2!, v3: v3!, bad: broken! };
});
after(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

async function cluster(options: Parameters<typeof startKubernetes>[0] = {}): Promise<KubernetesStandIn> {
  return startKubernetes({
    images: {
      [IMAGE('v1')]: { backend: servers['v1']!.url },
      [IMAGE('v2')]: { backend: servers['v2']!.url },
      [IMAGE('v3')]: { backend: servers['v3']!.url },
      [IMAGE('bad-predictions')]: { backend: servers['bad']!.url },
      [IMAGE('never-ready')]: { ready: false, backend: servers['v3']!.url },
    },
    ...options,
  });
}

function deploy(k: KubernetesStandIn, inputs: Record<string, string | number | boolean>, extra: Partial<Parameters<typeof runAction>[0]> = {}): Promise<ActionResult> {
  return runAction({ action: 'deploy', inputs: { target: 'kubernetes', name: 'iris', kubeconfig: k.kubeconfig, 'smoke-test': SMOKE, ...FAST, ...inputs }, ...extra });
}

function ok(result: ActionResult): void {
  assert.equal(result.exitCode, 0, `${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`);
}

const servingVersion = (k: KubernetesStandIn, name = 'iris') => k.get('Deployment', 'ml', name)?.spec.template.metadata.labels['ml-actions.dev/version'];

test('all-at-once: server-side apply of a valid Deployment and Service, rollout watched, smoke-tested', async () => {
  // Slow enough that the rollout is still going when the action starts watching it.
  const k = await cluster({ tickMs: 60 });
  try {
    const result = await deploy(k, { image: IMAGE('v1'), 'target-options': 'replicas: 3\ncpu: 250m\nmemory: 512Mi' });
    ok(result);
    assert.equal(result.outputs['version'], 'v1');
    assert.equal(result.outputs['status'], 'deployed');
    assert.equal(result.outputs['traffic'], '100');
    assert.match(result.outputs['url']!, /\/api\/v1\/namespaces\/ml\/services\/iris:http\/proxy$/);
    assert.deepEqual(k.violations, []);
    const applies = k.requests.filter((r) => r.method === 'PATCH');
    assert.ok(applies.length >= 2);
    for (const request of applies) {
      assert.equal(request.contentType, 'application/apply-patch+yaml');
      assert.equal(request.query['fieldManager'], 'ml-actions');
      assert.equal(request.query['force'], 'true');
    }
    const d = k.get('Deployment', 'ml', 'iris');
    assert.equal(d.spec.replicas, 3);
    const container = d.spec.template.spec.containers[0];
    assert.equal(container.image, IMAGE('v1'));
    assert.deepEqual(container.readinessProbe.httpGet, { path: '/health', port: 'http' });
    assert.deepEqual(container.resources.requests, { cpu: '250m', memory: '512Mi' });
    assert.equal(d.status.availableReplicas, 3);
    assert.equal(k.get('Service', 'ml', 'iris').spec.selector['ml-actions.dev/serving'], 'true');
    assert.ok(k.requests.some((r) => r.query['watch'] === 'true' && r.query['fieldSelector'] === 'metadata.name=iris'), 'the rollout is watched');
    assert.match(result.stdout, /deployment "iris" successfully rolled out/);
    assert.match(result.summary, /predict setosa/);
  } finally {
    await k.close();
  }
});

test('rolling update, then an idempotent re-run that changes nothing', async () => {
  const k = await cluster();
  try {
    ok(await deploy(k, { image: IMAGE('v1') }));
    const second = await deploy(k, { image: IMAGE('v2'), strategy: 'rolling' });
    ok(second);
    assert.equal(second.outputs['previous-version'], 'v1');
    const d = k.get('Deployment', 'ml', 'iris');
    assert.deepEqual(d.spec.strategy, { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    assert.equal(servingVersion(k), 'v2');
    const revisions = k.list('ReplicaSet', 'ml').map((rs) => rs.metadata.annotations['deployment.kubernetes.io/revision']).sort();
    assert.deepEqual(revisions, ['1', '2']);
    const generation = d.metadata.generation;
    const again = await deploy(k, { image: IMAGE('v2'), strategy: 'rolling' });
    ok(again);
    assert.equal(k.get('Deployment', 'ml', 'iris').metadata.generation, generation, 're-applying the same version is a no-op');
    assert.equal(k.list('ReplicaSet', 'ml').length, 2);
    assert.deepEqual(k.violations, []);
  } finally {
    await k.close();
  }
});

test('canary by HTTPRoute weights, promoted by a later job that reads the state back; GitHub Deployment statuses', async () => {
  const k = await cluster();
  const gh = await startGitHub();
  const sha = gh.state.headOf('main')!;
  const github = { apiUrl: gh.url, serverUrl: gh.serverUrl, sha };
  try {
    const options = { 'target-options': 'gateway: infra/public\nhostnames: iris.example.com', 'github-deployment': true };
    ok(await deploy(k, { image: IMAGE('v1'), ...options }, github));
    const canary = await deploy(k, { image: IMAGE('v2'), strategy: 'canary', traffic: 10, ...options }, github);
    ok(canary);
    assert.equal(canary.outputs['status'], 'canary');
    assert.equal(canary.outputs['traffic'], '10');
    assert.equal(canary.outputs['previous-version'], 'v1');
    assert.match(canary.outputs['candidate-url']!, /services\/iris-canary:http\/proxy$/);
    const route = k.get('HTTPRoute', 'ml', 'iris');
    assert.deepEqual(route.spec.parentRefs, [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'public', namespace: 'infra' }]);
    assert.deepEqual(route.spec.hostnames, ['iris.example.com']);
    assert.deepEqual(
      route.spec.rules[0].backendRefs.map((b: any) => [b.name, b.weight]),
      [['iris-stable', 90], ['iris-canary', 10]],
    );
    assert.equal(k.get('Deployment', 'ml', 'iris-canary').spec.template.metadata.labels['ml-actions.dev/serving'], 'false', 'route mode keeps the canary out of the main Service');
    assert.match(canary.stdout, /candidate v2 before it gets traffic/);

    const deploymentId = Number(canary.outputs['deployment-id']);
    const record = gh.state.deployments.find((d) => d.id === deploymentId)!;
    assert.equal(record.environment, 'production');
    assert.equal(record.autoMerge, false);
    assert.deepEqual(record.requiredContexts, []);
    assert.deepEqual((record.payload as any)['ml-actions'], { target: 'kubernetes', name: 'iris', version: 'v2', strategy: 'canary', previous: 'v1', details: { namespace: 'ml', gateway: 'infra/public' } });
    const states = () => gh.state.deploymentStatuses.filter((s) => s.deploymentId === deploymentId).map((s) => s.state);
    assert.deepEqual(states(), ['in_progress', 'success']);
    const success = gh.state.deploymentStatuses.filter((s) => s.deploymentId === deploymentId).at(-1)!;
    assert.match(success.logUrl, /\/actions\/runs\/1000$/);
    assert.match(success.environmentUrl, /services\/iris:http\/proxy$/);

    // The later job: a fresh process, nothing on disk from the first one.
    const promote = await deploy(k, { action: 'promote', version: 'v2', ...options }, github);
    ok(promote);
    assert.equal(promote.outputs['status'], 'promoted');
    assert.equal(promote.outputs['version'], 'v2');
    assert.equal(promote.outputs['deployment-id'], String(deploymentId));
    assert.equal(servingVersion(k), 'v2');
    assert.equal(k.get('Deployment', 'ml', 'iris').spec.template.metadata.labels['ml-actions.dev/track'], 'stable');
    assert.equal(k.get('Deployment', 'ml', 'iris-canary'), undefined);
    assert.equal(k.get('Service', 'ml', 'iris-canary'), undefined);
    assert.deepEqual(k.get('HTTPRoute', 'ml', 'iris').spec.rules[0].backendRefs.map((b: any) => [b.name, b.weight]), [['iris-stable', 1]]);
    assert.deepEqual(states(), ['in_progress', 'success', 'in_progress', 'success']);
    assert.deepEqual(k.violations, []);

    const wrong = await deploy(k, { action: 'promote', version: 'v9', ...options }, github);
    assert.equal(wrong.exitCode, 1);
    assert.match(wrong.stdout, /Nothing to promote on kubernetes: no canary or shadow is running \(stable version: v2\)/);
  } finally {
    await k.close();
    await gh.close();
  }
});

test('canary by replica ratio without a gateway, rolled back by hand; the rolled-back Deployment goes inactive', async () => {
  const k = await cluster();
  const gh = await startGitHub();
  const github = { apiUrl: gh.url, serverUrl: gh.serverUrl, sha: gh.state.headOf('main')! };
  try {
    ok(await deploy(k, { image: IMAGE('v1'), 'github-deployment': true }, github));
    const canary = await deploy(k, { image: IMAGE('v2'), strategy: 'canary', traffic: 34, 'github-deployment': true }, github);
    ok(canary);
    assert.equal(canary.outputs['traffic'], '33', 'one canary pod beside two stable ones');
    assert.equal(k.get('Deployment', 'ml', 'iris-canary').spec.replicas, 1);
    assert.equal(k.get('Deployment', 'ml', 'iris-canary').spec.template.metadata.labels['ml-actions.dev/serving'], 'true');
    const rollback = await deploy(k, { action: 'rollback', 'github-deployment': true }, github);
    ok(rollback);
    assert.equal(rollback.outputs['status'], 'rolled-back');
    assert.equal(rollback.outputs['version'], 'v1');
    assert.equal(rollback.outputs['previous-version'], 'v2');
    assert.equal(k.get('Deployment', 'ml', 'iris-canary'), undefined);
    assert.equal(servingVersion(k), 'v1');
    const canaryId = Number(canary.outputs['deployment-id']);
    assert.equal(gh.state.deploymentStatuses.filter((s) => s.deploymentId === canaryId).at(-1)!.state, 'inactive');
    assert.deepEqual(k.violations, []);
  } finally {
    await k.close();
    await gh.close();
  }
});

test('shadow: requests mirrored by the HTTPRoute RequestMirror filter, the shadow never in the main Service', async () => {
  const k = await cluster();
  try {
    const options = { 'target-options': 'gateway: public' };
    ok(await deploy(k, { image: IMAGE('v1'), ...options }));
    const shadow = await deploy(k, { image: IMAGE('v2'), strategy: 'shadow', traffic: 20, ...options });
    ok(shadow);
    assert.equal(shadow.outputs['status'], 'shadow');
    const rule = k.get('HTTPRoute', 'ml', 'iris').spec.rules[0];
    assert.deepEqual(rule.backendRefs.map((b: any) => [b.name, b.weight]), [['iris-stable', 1]]);
    assert.deepEqual(rule.filters, [{ type: 'RequestMirror', requestMirror: { backendRef: { group: '', kind: 'Service', name: 'iris-shadow', port: 80 }, percent: 20 } }]);
    assert.equal(k.get('Deployment', 'ml', 'iris-shadow').spec.template.metadata.labels['ml-actions.dev/serving'], 'false');
    assert.deepEqual(k.violations, []);
    const noGateway = await deploy(k, { image: IMAGE('v3'), strategy: 'shadow', name: 'other' });
    assert.equal(noGateway.exitCode, 1);
    assert.match(noGateway.stdout, /needs `gateway: <name>` for strategy shadow on kubernetes/);
  } finally {
    await k.close();
  }
});

test('automatic rollback: pods that never get ready hit ProgressDeadlineExceeded; the previous version is restored and checked', async () => {
  const k = await cluster();
  const gh = await startGitHub();
  const github = { apiUrl: gh.url, serverUrl: gh.serverUrl, sha: gh.state.headOf('main')! };
  try {
    const options = { 'target-options': 'progress-deadline: 4', 'github-deployment': true };
    ok(await deploy(k, { image: IMAGE('v1'), ...options }, github));
    const failed = await deploy(k, { image: IMAGE('never-ready'), version: 'v3', ...options }, github);
    assert.equal(failed.exitCode, 1);
    assert.equal(failed.outputs['status'], 'failed');
    assert.match(failed.stdout, /deployment "iris" exceeded its progress deadline/);
    assert.match(failed.stdout, /Readiness probe failed: HTTP probe failed with statuscode: 503/, 'Kubernetes Events are the causes');
    assert.match(failed.stdout, /Rolled back: v1 serves again \(checked\)/);
    assert.match(failed.stdout, /Smoke test .* against v1 after automatic rollback/);
    assert.equal(servingVersion(k), 'v1');
    const d = k.get('Deployment', 'ml', 'iris');
    assert.equal(d.status.availableReplicas, 2);
    assert.equal(d.status.updatedReplicas, 2);
    const id = Number(failed.outputs['deployment-id']);
    assert.deepEqual(gh.state.deploymentStatuses.filter((s) => s.deploymentId === id).map((s) => s.state), ['in_progress', 'failure', 'inactive']);
    assert.deepEqual(k.violations, []);
  } finally {
    await k.close();
    await gh.close();
  }
});

test('automatic rollback of a canary whose answers fail the smoke test before it gets traffic', async () => {
  const k = await cluster();
  try {
    ok(await deploy(k, { image: IMAGE('v1'), 'target-options': 'gateway: public' }));
    const failed = await deploy(k, { image: IMAGE('bad-predictions'), version: 'v4', strategy: 'canary', 'target-options': 'gateway: public' });
    assert.equal(failed.exitCode, 1);
    assert.match(failed.stdout, /Smoke test failed on candidate v4 before it gets traffic/);
    assert.match(failed.stdout, /does not contain \{"species":"setosa"\}/);
    assert.equal(k.get('Deployment', 'ml', 'iris-canary'), undefined);
    assert.equal(servingVersion(k), 'v1');
    assert.ok(!k.requests.some((r) => r.method === 'PATCH' && r.path.endsWith('/httproutes/iris') && JSON.stringify(r.body).includes('iris-canary')), 'no traffic ever went to the canary');
  } finally {
    await k.close();
  }
});

test('dry-run: validates with dryRun=All and prints the manifests, changing nothing', async () => {
  const k = await cluster();
  try {
    const result = await deploy(k, { image: IMAGE('v1'), 'dry-run': true, 'target-options': 'gateway: public' });
    ok(result);
    assert.equal(result.outputs['status'], 'planned');
    const applies = k.requests.filter((r) => r.method === 'PATCH');
    assert.ok(applies.length >= 3 && applies.every((r) => r.query['dryRun'] === 'All'));
    assert.equal(k.list('Deployment').length, 0);
    assert.equal(k.list('Service').length, 0);
    const plan = JSON.parse(result.outputs['plan']!) as { resource: string; body?: any }[];
    assert.ok(plan.some((c) => c.resource === 'apps/v1 Deployment ml/iris' && c.body.spec.template.spec.containers[0].image === IMAGE('v1')));
    assert.match(result.stdout, /Dry run: \d+ planned calls, nothing changed/);
    assert.match(result.stdout, /readinessProbe:/);
    assert.match(result.summary, /Plan/);
  } finally {
    await k.close();
  }
});

test('kubeconfig missing, or a cluster that does not answer: clear errors naming the input', async () => {
  const missing = await runAction({ action: 'deploy', inputs: { target: 'kubernetes', name: 'iris', image: IMAGE('v1'), ...FAST }, env: { KUBECONFIG: undefined } });
  assert.equal(missing.exitCode, 1);
  assert.match(missing.stdout, /Input "kubeconfig" is needed for target kubernetes: give the path of a kubeconfig file, or set KUBECONFIG/);
  const k = await cluster();
  const kubeconfig = k.kubeconfig;
  await k.close();
  const down = await runAction({ action: 'deploy', inputs: { target: 'kubernetes', name: 'iris', image: IMAGE('v1'), ...FAST }, env: { KUBECONFIG: kubeconfig } });
  assert.equal(down.exitCode, 1);
  assert.match(down.stdout, /Cannot reach the Kubernetes API server at http:\/\/127\.0\.0\.1:\d+/);
});

test("the user's manifests: other objects applied as given, the Deployment's pod template used for the version", async () => {
  const k = await cluster();
  try {
    const result = await deploy(k, { image: IMAGE('v1'), manifests: 'test/fixtures/deploy/k8s/iris.yaml' }, { workspace: REPO_ROOT });
    ok(result);
    assert.equal(k.get('ConfigMap', 'ml', 'iris-config').data.THRESHOLD, '0.5');
    const d = k.get('Deployment', 'ml', 'iris');
    assert.equal(d.spec.replicas, 3, "the manifest's replicas");
    const container = d.spec.template.spec.containers[0];
    assert.equal(container.image, IMAGE('v1'));
    assert.deepEqual(container.envFrom, [{ configMapRef: { name: 'iris-config' } }]);
    assert.deepEqual(d.spec.template.spec.volumes, [{ name: 'models', emptyDir: {} }]);
    assert.equal(d.spec.template.metadata.labels['app'], 'iris');
    assert.equal(d.spec.template.metadata.labels['ml-actions.dev/version'], 'v1');
    assert.equal(k.get('Service', 'ml', 'iris').spec.ports[0].targetPort, 9000);
    assert.deepEqual(k.violations, []);
    const broken = await deploy(k, { image: IMAGE('v1'), name: 'other', manifests: 'test/fixtures/deploy/k8s/iris.yaml' }, { workspace: REPO_ROOT });
    assert.equal(broken.exitCode, 1);
    assert.match(broken.stdout, /Deployment iris is not the one being deployed \(other\)/);
  } finally {
    await k.close();
  }
});
