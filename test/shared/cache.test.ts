import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCacheKey, restoreCache, saveCache, workspacePaths } from '../../src/shared/cache.ts';
import { startActionsServices, useRunInProcess as useRun } from '../stand-ins/actions-services/index.ts';

test('saveCache then restoreCache round-trips files, whatever the current folder is', async () => {
  const services = await startActionsServices();
  try {
    const workspace = useRun(services);
    process.chdir(tmpdir());
    mkdirSync(join(workspace, 'model'));
    writeFileSync(join(workspace, 'model', 'm.bin'), 'weights');
    writeFileSync(join(workspace, 'metrics.json'), '{}');
    assert.deepEqual(await restoreCache(['model', 'metrics.json'], 'k1'), { hit: false, matchedKey: undefined });
    const saved = await saveCache(['model', join(workspace, 'metrics.json')], 'k1');
    assert.equal(saved.saved, true);
    assert.deepEqual(await saveCache(['model', 'metrics.json'], 'k1'), { saved: false }, 'an existing entry is not overwritten');

    const next = useRun(services.newRun());
    assert.deepEqual(await restoreCache(['model', 'metrics.json'], 'k1'), { hit: true, matchedKey: 'k1' });
    assert.equal(readFileSync(join(next, 'model', 'm.bin'), 'utf8'), 'weights');
    assert.deepEqual(await restoreCache(['model', 'metrics.json'], 'k2', { restoreKeys: ['k'], lookupOnly: true }), { hit: false, matchedKey: 'k1' });
    assert.equal(process.cwd(), tmpdir(), 'the current folder is left as it was');
    await assert.rejects(saveCache(['nothing-here'], 'k3'), /Path Validation Error/);
  } finally {
    await services.close();
  }
});

test('cache keys and paths are checked before the service sees them', () => {
  assert.throws(() => checkCacheKey('a,b'), /cannot contain commas/);
  assert.throws(() => checkCacheKey('x'.repeat(513)), /513 characters long; the limit is 512/);
  assert.deepEqual(workspacePaths(['/w/model/', 'metrics.json', '/elsewhere/x'], '/w'), ['model', 'metrics.json', '/elsewhere/x']);
});
