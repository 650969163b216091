/** kubectl's rollout rules, and a rollout wait that survives closed watches and 410 Gone. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KubeConfig, KubernetesObjectApi, PatchStrategy } from '@kubernetes/client-node';
import { createDeployContext } from '../../src/deploy/context.ts';
import { DeployFailure } from '../../src/deploy/errors.ts';
import { rolloutStatus, waitForRollout } from '../../src/deploy/targets/kubernetes/rollout.ts';
import { startKubernetes } from '../stand-ins/kubernetes/server.ts';

const base = (status: object, generation = 2) => ({ metadata: { name: 'iris', generation }, spec: { replicas: 2 }, status });

test('rollout status follows kubectl: observed generation, updated, old pending, available, progress deadline', () => {
  assert.deepEqual(rolloutStatus(base({ observedGeneration: 1 })), { done: false, message: 'waiting for the deployment spec update to be observed' });
  assert.equal(rolloutStatus(base({ observedGeneration: 2, updatedReplicas: 1, replicas: 3, availableReplicas: 2 })).message, '1 of 2 new replicas have been updated');
  assert.equal(rolloutStatus(base({ observedGeneration: 2, updatedReplicas: 2, replicas: 3, availableReplicas: 2 })).message, '1 old replicas are pending termination');
  assert.equal(rolloutStatus(base({ observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 1 })).message, '1 of 2 updated replicas are available');
  assert.deepEqual(rolloutStatus(base({ observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 2 })), { done: true, message: 'deployment "iris" successfully rolled out' });
  const stuck = rolloutStatus(base({ observedGeneration: 2, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] }));
  assert.ok('failed' in stuck && stuck.message.startsWith('deployment "iris" exceeded its progress deadline'));
});

function deploymentManifest(image: string): any {
  const labels = { app: 'iris' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'iris', namespace: 'ml' },
    spec: { replicas: 6, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'model-server', image }] } } },
  };
}

test('the wait resumes from the last resourceVersion when the server ends watches, and re-lists after 410 Gone', async () => {
  // The controller moves only on tick(); between ticks the server ends every watch, and every
  // other time also forgets its history, so the next resume gets 410 Gone.
  const k = await startKubernetes({ manual: true });
  const kc = new KubeConfig();
  kc.loadFromFile(k.kubeconfig);
  const api = KubernetesObjectApi.makeApiClient(kc);
  const ctx = createDeployContext({ timeoutSeconds: 30, pollIntervalMs: 5, dryRun: false });
  try {
    await api.patch(deploymentManifest('iris:v1'), undefined, undefined, 'ml-actions', true, PatchStrategy.ServerSideApply);
    let finished = false;
    const waiting = waitForRollout(
      { kc, namespace: 'ml', name: 'iris', read: () => api.read({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'iris', namespace: 'ml' } }), causes: async () => [] },
      ctx,
    ).finally(() => (finished = true));
    for (let step = 0; step < 40 && !finished; step++) {
      k.tick();
      await new Promise((resolve) => setTimeout(resolve, 30));
      k.dropWatches();
      if (step % 2 === 1) k.compact();
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await waiting;
    const d = k.get('Deployment', 'ml', 'iris');
    assert.equal(d.status.availableReplicas, 6);
    assert.ok(k.watchesServed >= 3, `watches opened: ${k.watchesServed}`);
    const resumed = k.requests.filter((r) => r.query['watch'] === 'true' && r.query['resourceVersion']);
    assert.equal(resumed.length, k.watchesServed, 'every watch resumes from a resourceVersion');
    assert.ok(k.watchesExpired >= 1, 'some watches met 410 Gone');
    const reads = k.requests.filter((r) => r.method === 'GET' && r.path === '/apis/apps/v1/namespaces/ml/deployments/iris');
    assert.equal(reads.length, 1 + k.watchesExpired, 'one read to start, one more after each 410');
    assert.deepEqual(k.violations, []);
  } finally {
    ctx.dispose();
    await k.close();
  }
});

test('the wait ends at the deadline with the last status and the causes', async () => {
  const k = await startKubernetes({ images: { 'iris:stuck': { ready: false } } });
  const kc = new KubeConfig();
  kc.loadFromFile(k.kubeconfig);
  const api = KubernetesObjectApi.makeApiClient(kc);
  const ctx = createDeployContext({ timeoutSeconds: 0.3, pollIntervalMs: 5, dryRun: false });
  try {
    await api.patch(deploymentManifest('iris:stuck'), undefined, undefined, 'ml-actions', true, PatchStrategy.ServerSideApply);
    const started = Date.now();
    await assert.rejects(
      waitForRollout(
        {
          kc,
          namespace: 'ml',
          name: 'iris',
          read: () => api.read({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'iris', namespace: 'ml' } }),
          causes: async () => [{ level: 'warning', source: 'Pod/iris-x', reason: 'Unhealthy', message: 'Readiness probe failed' }],
        },
        ctx,
      ),
      (error: unknown) => {
        assert.ok(error instanceof DeployFailure);
        assert.match(error.message, /Timed out after 300ms waiting for rollout of deployment ml\/iris \(last seen: \d+ of 6 (new|updated) replicas/);
        assert.equal(error.causes[0]?.reason, 'Unhealthy');
        return true;
      },
    );
    assert.ok(Date.now() - started < 3000);
  } finally {
    ctx.dispose();
    await k.close();
  }
});
