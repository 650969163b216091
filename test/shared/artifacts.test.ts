import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactServiceProblem, downloadArtifact, expandPaths, findArtifact, isEnterpriseServer, listArtifacts, uploadArtifact } from '../../src/shared/artifacts.ts';
import { UserError } from '../../src/shared/errors.ts';
import { startActionsServices, useRunInProcess } from '../stand-ins/actions-services/index.ts';

const useRun = (run: Parameters<typeof useRunInProcess>[0]) => useRunInProcess(run, { GITHUB_REPOSITORY: 'acme/iris', GITHUB_RUN_ID: '77' });

test('uploadArtifact takes folders whole; downloadArtifact by name and by ID gives the same bytes back', async () => {
  const services = await startActionsServices();
  try {
    const root = useRun(services);
    const weights = randomBytes(50_000);
    mkdirSync(join(root, 'model', 'nested'), { recursive: true });
    writeFileSync(join(root, 'model', 'nested', 'vocab.txt'), 'a\nb\n');
    writeFileSync(join(root, 'model', 'weights.bin'), weights);
    writeFileSync(join(root, 'metrics.json'), '{"auc":0.9}');
    writeFileSync(join(root, 'not-this.txt'), 'left out');

    const uploaded = await uploadArtifact({ name: 'model', root, paths: ['model', 'metrics.json'], retentionDays: 3 });
    assert.equal(uploaded.files, 3);
    assert.equal(uploaded.url, `https://github.com/acme/iris/actions/runs/77/artifacts/${uploaded.id}`);
    assert.equal(uploaded.digest, services.artifacts[0]!.digest);

    const byName = await downloadArtifact({ name: 'model' }, join(root, 'by-name'));
    assert.equal(byName.id, uploaded.id);
    assert.ok(readFileSync(join(root, 'by-name', 'model', 'weights.bin')).equals(weights));
    assert.equal(readFileSync(join(root, 'by-name', 'metrics.json'), 'utf8'), '{"auc":0.9}');
    assert.equal(readFileSync(join(root, 'by-name', 'model', 'nested', 'vocab.txt'), 'utf8'), 'a\nb\n');
    assert.throws(() => readFileSync(join(root, 'by-name', 'not-this.txt')));

    const byId = await downloadArtifact({ id: uploaded.id }, join(root, 'by-id'));
    assert.ok(readFileSync(join(root, 'by-id', 'model', 'weights.bin')).equals(weights));
    assert.deepEqual((await listArtifacts()).map((a) => a.name), ['model']);
    assert.equal(await findArtifact('nothing'), undefined);
    await assert.rejects(downloadArtifact({ name: 'nothing' }, join(root, 'x')), (error) => error instanceof UserError && /no such artifact/.test(error.message));
  } finally {
    await services.close();
  }
});

test('upload mistakes are clear errors: a name used twice in a run, a bad name, a path outside the root', async () => {
  const services = await startActionsServices();
  try {
    const root = useRun(services);
    writeFileSync(join(root, 'a.txt'), 'a');
    await uploadArtifact({ name: 'report', root, paths: ['a.txt'] });
    await assert.rejects(uploadArtifact({ name: 'report', root, paths: ['a.txt'] }), (error) => {
      assert.ok(error instanceof UserError);
      assert.match(error.message, /^Cannot upload artifact "report": an artifact with that name already exists in this workflow run/);
      return true;
    });
    await assert.rejects(uploadArtifact({ name: 'a/b', root, paths: ['a.txt'] }), /artifact name "a\/b" contains "\/"/);
    assert.throws(() => expandPaths(root, ['../elsewhere']), /is outside/);
    assert.throws(() => expandPaths(root, ['missing.bin']), /missing.bin: no such file or folder to upload/);
  } finally {
    await services.close();
  }
});

test('outside a runner, or on GitHub Enterprise Server, artifacts are refused up front with the reason', async () => {
  assert.match(artifactServiceProblem({}) ?? '', /not running on a GitHub Actions runner/);
  assert.match(artifactServiceProblem({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'u', GITHUB_SERVER_URL: 'https://git.example.com' }) ?? '', /Enterprise Server/);
  assert.equal(artifactServiceProblem({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'u', GITHUB_SERVER_URL: 'https://acme.ghe.com' }), undefined);
  assert.equal(isEnterpriseServer('https://github.com'), false);
});
