/**
 * The Google stand-in refuses what Google refuses, so the app-engine tests can fail: fields the
 * published App Engine API definition does not have, enum values outside it, missing credentials.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GoogleStandIn } from '../stand-ins/google/index.ts';
import { CLOUD_PLATFORM } from '../stand-ins/google/identity.ts';

test('requests outside the App Engine Admin API definition are refused and recorded', async () => {
  const google = await GoogleStandIn.start();
  try {
    google.appEngine.seedService('default', 'v1');
    const call = (method: string, path: string, body?: unknown, token = 'test-token') =>
      fetch(`${google.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    assert.equal((await call('GET', '/v1/apps/iris-prod')).status, 401, 'no token issued yet');
    google.identity.accessTokens.set('test-token', { serviceAccount: google.identity.serviceAccount, scopes: [CLOUD_PLATFORM], expiresAt: Date.now() + 60_000 });

    const unknownField = await call('POST', '/v1/apps/iris-prod/services/default/versions', { id: 'v2', runtime: 'python312', colour: 'blue' });
    assert.equal(unknownField.status, 400);
    assert.match(((await unknownField.json()) as { error: { message: string } }).error.message, /Unknown name "colour" at 'version'/);
    const badEnum = await call('PATCH', '/v1/apps/iris-prod/services/default?updateMask=split', { split: { shardBy: 'HASH', allocations: { v1: 1 } } });
    assert.match(((await badEnum.json()) as { error: { message: string } }).error.message, /Invalid value at 'service\.split\.shardBy'/);
    const badQuery = await call('GET', '/v1/apps/iris-prod/services/default/versions/v1?view=EVERYTHING');
    assert.equal(badQuery.status, 400);
    const unknownQuery = await call('PATCH', '/v1/apps/iris-prod/services/default?updateMask=split&promote=true', { split: { allocations: { v1: 1 } } });
    assert.match(((await unknownQuery.json()) as { error: { message: string } }).error.message, /Unknown name "promote": Cannot bind query parameter/);
    assert.equal(google.problems.length, 4, google.problems.join('\n'));
    const fine = await call('GET', '/v1/apps/iris-prod/services/default/versions/v1?view=FULL');
    assert.equal(fine.status, 200);
    assert.equal(((await fine.json()) as { servingStatus: string }).servingStatus, 'SERVING');
  } finally {
    await google.close();
  }
});
