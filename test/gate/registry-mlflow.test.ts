// The MLflow registry client against a stand-in that checks every request against the MLflow
// REST API's field definitions and answers as MLflow does (including its errors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MlflowRegistry, MlflowError, versionTags } from '../../src/registry/mlflow.ts';
import { aliasAt, promotionOf } from '../../src/registry/types.ts';
import { startMlflow } from '../stand-ins/mlflow/index.ts';
import { registrationOf } from './helpers.ts';

const context = (at: string) => ({ at, by: 'octocat', reason: 'gate passed', run_url: 'https://github.com/acme/iris/actions/runs/5', commit: 'c'.repeat(40) });

for (const missingAlias of ['invalid-parameter', 'not-found'] as const) {
  test(`mlflow: a missing alias on the first run means no champion (${missingAlias})`, async () => {
    const server = await startMlflow({ missingAlias });
    try {
      const registry = new MlflowRegistry({ uri: server.url });
      assert.equal(await registry.champion('iris', 'champion'), undefined, 'no registered model yet');
      await registry.register(await registrationOf('iris', { accuracy: 0.9 }));
      assert.equal(await registry.champion('iris', 'champion'), undefined, 'a registered model without the alias');
      const aliasCalls = server.requests.filter((request) => request.path === '/api/2.0/mlflow/registered-models/alias');
      assert.deepEqual(aliasCalls.map((request) => [request.method, request.status, request.query]), [
        ['GET', 404, { name: 'iris', alias: 'champion' }],
        ['GET', missingAlias === 'invalid-parameter' ? 400 : 404, { name: 'iris', alias: 'champion' }],
      ]);
    } finally {
      await server.close();
    }
  });
}

test('mlflow: register uploads the files, creates the version with tags and card, moves aliases with previous and history', async () => {
  const server = await startMlflow();
  try {
    const registry = new MlflowRegistry({ uri: `${server.url}/` });
    const first = await registry.register(await registrationOf('iris', { accuracy: 0.9, 'f1@0.5': 0.8 }));
    assert.deepEqual(first, { version: '1', url: `${server.url}/#/models/iris/versions/1` });
    const stored = server.state.models.get('iris')!.versions[0]!;
    assert.match(stored.source, /^mlflow-artifacts:\/ml-actions\/iris\/[0-9a-f]{16}\/model$/);
    const folder = stored.source.slice('mlflow-artifacts:/'.length, -'/model'.length);
    assert.equal(server.state.artifacts.get(`${folder}/model/model.pkl`)?.toString(), 'weights');
    assert.equal(server.state.artifacts.get(`${folder}/model/sub/vocab.txt`)?.toString(), 'a\nb\n');
    assert.match(server.state.artifacts.get(`${folder}/v1/model-card.md`)?.toString() ?? '', /^# iris v1/);
    assert.equal(JSON.parse(server.state.artifacts.get(`${folder}/v1/metadata.json`)!.toString()).version, '1');
    assert.equal(stored.tags.get('metric.accuracy'), '0.9');
    assert.equal(stored.tags.get('metric-ci.accuracy'), '[0.89,0.91]');
    assert.equal(stored.tags.get('metric.f1@0.5'), undefined, 'a name MLflow refuses as a tag key stays in the card');
    assert.equal(stored.tags.get('git.commit'), 'c'.repeat(40));
    assert.match(stored.description, /^# iris v1/);

    assert.deepEqual(await registry.moveAliases('iris', [promotionOf('champion', '1')], context('2026-11-17T09:00:00.000Z')), [{ alias: 'champion', version: '1', from: null }]);
    const champion = await registry.champion('iris', 'champion');
    assert.equal(champion?.version, '1');
    assert.deepEqual(champion?.metrics, { accuracy: 0.9 });
    assert.equal(champion?.commit, 'c'.repeat(40));

    const second = await registry.register(await registrationOf('iris', { accuracy: 0.95 }, 'new weights'));
    assert.equal(second.version, '2');
    const moves = await registry.moveAliases('iris', [promotionOf('champion', '2')], context('2026-11-19T09:00:00.000Z'));
    assert.deepEqual(moves, [
      { alias: 'champion', version: '2', from: '1' },
      { alias: 'previous', version: '1', from: null },
    ]);
    assert.deepEqual(Object.fromEntries(server.state.models.get('iris')!.aliases), { champion: '2', previous: '1' });
    const history = await registry.history('iris');
    assert.deepEqual(history.map((event) => [event.alias, event.version, event.from]), [
      ['champion', '1', null],
      ['champion', '2', '1'],
      ['previous', '1', null],
    ]);
    assert.equal(aliasAt(history, 'champion', new Date('2026-11-18T00:00:00Z')), '1');
    assert.ok([...server.state.models.get('iris')!.tags.keys()].every((key) => /^ml-actions\.alias-history\.\d{8}T\d{6}\.\d{3}Z\.(champion|previous)$/.test(key)));
  } finally {
    await server.close();
  }
});

test('mlflow: a model already in MLflow is registered by reference, and a champion without metric tags uses its run', async () => {
  const server = await startMlflow();
  try {
    server.state.runs.set('run123', { metrics: { accuracy: 0.88, loss: 0.3 } });
    const registry = new MlflowRegistry({ uri: server.url });
    const registration = await registrationOf('iris', {});
    const registered = await registry.register({ ...registration, sourceUri: 'runs:/run123/model', runId: 'run123' });
    const stored = server.state.models.get('iris')!.versions[0]!;
    assert.equal(stored.source, 'runs:/run123/model');
    assert.equal(stored.run_id, 'run123');
    assert.equal(server.state.artifacts.size, 0, 'nothing uploaded');
    await registry.moveAliases('iris', [promotionOf('champion', registered.version)], context('2026-11-17T09:00:00.000Z'));
    assert.deepEqual((await registry.champion('iris', 'champion'))?.metrics, { accuracy: 0.88, loss: 0.3 });
  } finally {
    await server.close();
  }
});

test('mlflow: waits while a version is pending, and reports a failed registration', async () => {
  const pending = await startMlflow({ pendingPolls: 2 });
  try {
    const registry = new MlflowRegistry({ uri: pending.url, pollIntervalMs: 5 });
    assert.equal((await registry.register(await registrationOf('iris', { accuracy: 0.9 }))).version, '1');
    assert.equal(pending.requests.filter((request) => request.path.endsWith('model-versions/get')).length, 2);
  } finally {
    await pending.close();
  }
  const failing = await startMlflow({ failRegistration: true });
  try {
    const registry = new MlflowRegistry({ uri: failing.url, pollIntervalMs: 5 });
    await assert.rejects(registry.register(await registrationOf('iris', { accuracy: 0.9 })), /MLflow failed to register iris v1/);
  } finally {
    await failing.close();
  }
});

test('mlflow: credentials are sent as a bearer token; without them the error says what to set', async () => {
  const server = await startMlflow({ token: 's3cret' });
  try {
    await assert.rejects(new MlflowRegistry({ uri: server.url }).champion('iris', 'champion'), /401 UNAUTHENTICATED.*mlflow-token/);
    assert.equal(await new MlflowRegistry({ uri: server.url, token: 's3cret' }).champion('iris', 'champion'), undefined);
  } finally {
    await server.close();
  }
});

test('mlflow: errors keep MLflow\'s code, and an alias on a missing version is refused', async () => {
  const server = await startMlflow();
  try {
    const registry = new MlflowRegistry({ uri: server.url });
    await registry.register(await registrationOf('iris', { accuracy: 0.9 }));
    await assert.rejects(registry.moveAliases('iris', [{ alias: 'champion', version: '9' }], context('2026-11-17T09:00:00.000Z')), (error: unknown) => {
      assert.ok(error instanceof MlflowError);
      assert.equal(error.code, 'RESOURCE_DOES_NOT_EXIST');
      assert.equal(error.status, 404);
      return true;
    });
  } finally {
    await server.close();
  }
});

test('mlflow stand-in: requests off the REST description are violations', async () => {
  const server = await startMlflow();
  const response = await fetch(`${server.url}/api/2.0/mlflow/model-versions/create`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'iris', colour: 'red' }) });
  assert.equal(response.status, 400);
  assert.deepEqual(await response.json(), {
    error_code: 'INVALID_PARAMETER_VALUE',
    message: "Missing value for required parameter 'source'. See the API docs for more information about request parameters.",
  });
  await assert.rejects(server.close(), /unknown field 'colour'[\s\S]*Missing value for required parameter 'source'/);
  assert.ok(versionTags((await registrationOf('iris', { accuracy: 1 })).metadata).some((tag) => tag.key === 'gate.policy_digest'));
});
