import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as cache from '@actions/cache';
import { BlockBlobClient } from '@azure/storage-blob';
import { startActionsServices, useRunInProcess as useRun } from './actions-services/index.ts';

const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function twirp(services: { resultsUrl: string; env: Record<string, string> }, method: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${services.resultsUrl}/twirp/${ARTIFACT_SERVICE}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${services.env['ACTIONS_RUNTIME_TOKEN']}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { code?: string; msg?: string } };
}

test('an artifact uploaded with DefaultArtifactClient lists and downloads back byte for byte', async () => {
  const services = await startActionsServices();
  try {
    const workspace = useRun(services);
    const files: Record<string, Buffer> = {
      'model/weights.bin': randomBytes(300_000),
      'model/config.json': Buffer.from('{"layers": 3}\n'),
      'metrics.json': Buffer.from('{"auc": 0.91}\n'),
      'empty.txt': Buffer.alloc(0),
    };
    const source = join(workspace, 'out');
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(join(source, name, '..'), { recursive: true });
      writeFileSync(join(source, name), bytes);
    }
    const client = new DefaultArtifactClient();
    const uploaded = await client.uploadArtifact('model', Object.keys(files).map((name) => join(source, name)), source, { retentionDays: 5 });
    assert.ok(uploaded.id && uploaded.id > 0);

    const stored = services.artifacts.find((artifact) => artifact.id === uploaded.id)!;
    assert.equal(stored.finalized, true);
    assert.equal(stored.size, uploaded.size);
    assert.equal(stored.digest, `sha256:${sha256(stored.bytes!)}`, 'the digest the client computed is the stored zip’s');
    assert.equal(stored.mimeType, 'application/zip');
    assert.ok(stored.expiresAt && stored.expiresAt.getTime() > Date.now() + 4 * 86400_000);
    assert.equal(services.blobs.get(stored.blobPath)!.committedBy, 'block-list', 'artifacts go up as staged blocks');

    const { artifacts } = await client.listArtifacts();
    assert.deepEqual(artifacts.map((a) => [a.id, a.name, a.size, a.digest]), [[uploaded.id, 'model', uploaded.size, `sha256:${uploaded.digest}`]]);
    const { artifact } = await client.getArtifact('model');
    assert.equal(artifact.id, uploaded.id);

    const destination = join(workspace, 'download');
    const downloaded = await client.downloadArtifact(artifact.id, { path: destination, expectedHash: artifact.digest });
    assert.equal(downloaded.digestMismatch, false);
    for (const [name, bytes] of Object.entries(files)) assert.ok(readFileSync(join(destination, name)).equals(bytes), `${name} came back unchanged`);

    const operations = services.requests.filter((r) => r.host === 'results').map((r) => r.operation.split('/')[1]);
    assert.deepEqual(operations, ['CreateArtifact', 'FinalizeArtifact', 'ListArtifacts', 'ListArtifacts', 'ListArtifacts', 'GetSignedArtifactURL']);
  } finally {
    await services.close();
  }
});

test('a name is unique within a run: a second upload is refused, another run may reuse it, delete frees it', async () => {
  const services = await startActionsServices();
  try {
    const workspace = useRun(services);
    writeFileSync(join(workspace, 'a.txt'), 'first');
    const client = new DefaultArtifactClient();
    await client.uploadArtifact('report', [join(workspace, 'a.txt')], workspace);
    await assert.rejects(client.uploadArtifact('report', [join(workspace, 'a.txt')], workspace), /\(409\) Conflict: an artifact with this name already exists on the workflow run/);

    const other = services.newRun();
    useRun(other);
    const otherWorkspace = process.env['GITHUB_WORKSPACE']!;
    writeFileSync(join(otherWorkspace, 'a.txt'), 'second');
    await client.uploadArtifact('report', [join(otherWorkspace, 'a.txt')], otherWorkspace);
    assert.equal((await client.listArtifacts()).artifacts.length, 1, 'a run lists only its own artifacts');

    const deleted = await client.deleteArtifact('report');
    assert.equal((await client.listArtifacts()).artifacts.length, 0);
    assert.ok(!services.artifacts.some((a) => a.id === deleted.id));
    await client.uploadArtifact('report', [join(otherWorkspace, 'a.txt')], otherWorkspace);
  } finally {
    await services.close();
  }
});

test('a file uploaded without archiving downloads under its own name', async () => {
  const services = await startActionsServices();
  try {
    const workspace = useRun(services);
    const record = Buffer.from('{"run": 1}\n');
    writeFileSync(join(workspace, 'run-record.json'), record);
    const client = new DefaultArtifactClient();
    const uploaded = await client.uploadArtifact('ignored', [join(workspace, 'run-record.json')], workspace, { skipArchive: true });
    const stored = services.artifacts.find((a) => a.id === uploaded.id)!;
    assert.equal(stored.name, 'run-record.json');
    assert.equal(stored.mimeType, 'application/json');
    await client.downloadArtifact(uploaded.id!, { path: join(workspace, 'got') });
    assert.ok(readFileSync(join(workspace, 'got', 'run-record.json')).equals(record));
  } finally {
    await services.close();
  }
});

test('cache.saveCache then restoreCache brings the files back, by exact key and by restore-key prefix', async () => {
  const services = await startActionsServices();
  try {
    const workspace = useRun(services);
    process.chdir(workspace);
    mkdirSync(join(workspace, 'model'));
    const weights = randomBytes(100_000);
    writeFileSync(join(workspace, 'model', 'weights.bin'), weights);
    writeFileSync(join(workspace, 'metrics.json'), '{"auc": 0.9}');
    const id = await cache.saveCache(['model', 'metrics.json'], 'train-v1-abc');
    assert.ok(id > 0, 'saved');
    const entry = services.caches.find((e) => e.id === id)!;
    assert.equal(entry.scope, 'refs/heads/main');
    assert.equal(services.blobs.get(entry.blobPath)!.committedBy, 'put-blob', 'small archives go up in one Put Blob');

    assert.equal(await cache.saveCache(['model', 'metrics.json'], 'train-v1-abc'), -1, 'an entry is immutable: a second save is refused');

    const later = services.newRun();
    const restoredWorkspace = useRun(later);
    process.chdir(restoredWorkspace);
    assert.equal(await cache.restoreCache(['model', 'metrics.json'], 'train-v1-xyz'), undefined, 'another key misses');
    assert.equal(await cache.restoreCache(['metrics.json'], 'train-v1-abc'), undefined, 'other paths are another version');
    assert.equal(await cache.restoreCache(['model', 'metrics.json'], 'train-v1-abc'), 'train-v1-abc');
    assert.ok(readFileSync(join(restoredWorkspace, 'model', 'weights.bin')).equals(weights));
    assert.equal(readFileSync(join(restoredWorkspace, 'metrics.json'), 'utf8'), '{"auc": 0.9}');
    assert.equal(await cache.restoreCache(['model', 'metrics.json'], 'train-v2', ['train-v1-']), 'train-v1-abc', 'a restore key matches by prefix');
    assert.equal(await cache.restoreCache(['model', 'metrics.json'], 'train-v', [], { lookupOnly: true }), 'train-v1-abc', 'the key itself matches by prefix');
  } finally {
    process.chdir(tmpdir());
    await services.close();
  }
});

test('cache scopes: a pull request restores its base branch’s entries, the base never sees the pull request’s', async () => {
  const services = await startActionsServices();
  try {
    const mainWorkspace = useRun(services);
    process.chdir(mainWorkspace);
    writeFileSync(join(mainWorkspace, 'f.txt'), 'main');
    assert.ok((await cache.saveCache(['f.txt'], 'k-main')) > 0);

    const pr = services.newRun({ ref: 'refs/pull/7/merge', readRefs: ['refs/heads/main'] });
    const prWorkspace = useRun(pr);
    process.chdir(prWorkspace);
    assert.equal(await cache.restoreCache(['f.txt'], 'k-main'), 'k-main');
    writeFileSync(join(prWorkspace, 'f.txt'), 'pr');
    assert.ok((await cache.saveCache(['f.txt'], 'k-pr')) > 0);
    assert.equal(services.caches.find((e) => e.key === 'k-pr')!.scope, 'refs/pull/7/merge');

    const laterMain = services.newRun();
    process.chdir(useRun(laterMain));
    assert.equal(await cache.restoreCache(['f.txt'], 'k-pr'), undefined);
  } finally {
    process.chdir(tmpdir());
    await services.close();
  }
});

test('blob storage serves ranged reads the way Azure does', async () => {
  const services = await startActionsServices();
  try {
    const workspace = useRun(services);
    const bytes = randomBytes(10_000);
    writeFileSync(join(workspace, 'data.bin'), bytes);
    const uploaded = await new DefaultArtifactClient().uploadArtifact('data', [join(workspace, 'data.bin')], workspace, { skipArchive: true });
    const url = services.artifactDownloadUrl(uploaded.id!);
    const client = new BlockBlobClient(url);
    assert.equal((await client.getProperties()).contentLength, 10_000);
    const buffer = await client.downloadToBuffer(0, undefined, { blockSize: 4096, concurrency: 2 });
    assert.ok(buffer.equals(bytes));
    const blob = [...services.blobs.values()].find((candidate) => candidate.content?.equals(bytes))!;
    assert.deepEqual([...blob.rangeReads].sort(), ['0-4095', '4096-8191', '8192-9999']);

    const tampered = new URL(url);
    tampered.searchParams.set('sp', 'rw');
    assert.equal((await fetch(tampered)).status, 403, 'a URL whose permissions were changed is refused');
    services.violations.length = 0;
  } finally {
    await services.close();
  }
});

test('requests that break the protocol get Twirp errors and are reported by close()', async () => {
  const services = await startActionsServices();
  const ids = { workflow_run_backend_id: services.workflowRunBackendId, workflow_job_run_backend_id: services.workflowJobRunBackendId };
  const unknown = await twirp(services, 'ListArtifacts', { ...ids, name_filter: 'x', colour: 'red' });
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.code, 'malformed');
  assert.match(unknown.body.msg!, /unknown field.*colour/);

  const missing = await twirp(services, 'CreateArtifact', { ...ids, version: 7 });
  assert.deepEqual([missing.status, missing.body.code, missing.body.msg], [400, 'invalid_argument', 'name is required']);

  const wrongType = await twirp(services, 'ListArtifacts', ids, { 'content-type': 'text/plain' });
  assert.deepEqual([wrongType.status, wrongType.body.code], [404, 'bad_route']);

  const badToken = await twirp(services, 'ListArtifacts', ids, { authorization: 'Bearer e30.e30.c2ln' });
  assert.deepEqual([badToken.status, badToken.body.code], [401, 'unauthenticated']);

  const otherRun = await twirp(services, 'ListArtifacts', { ...ids, workflow_run_backend_id: 'someone-else' });
  assert.deepEqual([otherRun.status, otherRun.body.code], [403, 'permission_denied']);

  assert.equal(services.violations.length, 5);
  await assert.rejects(services.close(), /5 protocol violation\(s\)[\s\S]*colour[\s\S]*name is required/);
});

test('injected faults reach the client as the service would send them', async () => {
  const services = await startActionsServices();
  try {
    const workspace = useRun(services);
    writeFileSync(join(workspace, 'a.txt'), 'a');
    const client = new DefaultArtifactClient();
    services.fault({ service: 'ArtifactService', method: 'CreateArtifact', code: 'resource_exhausted', message: 'insufficient usage to create artifact' });
    await assert.rejects(client.uploadArtifact('a', [join(workspace, 'a.txt')], workspace), /Artifact storage quota has been hit/);
    services.fault({ service: 'blob', method: 'PutBlock', status: 403, code: 'AuthorizationFailure', message: 'This request is not authorized to perform this operation.' });
    await assert.rejects(client.uploadArtifact('a', [join(workspace, 'a.txt')], workspace), /This request is not authorized to perform this operation/);
    await client.uploadArtifact('b', [join(workspace, 'a.txt')], workspace);
  } finally {
    await services.close();
  }
});
