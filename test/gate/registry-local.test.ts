// The folder registry: versions appear whole, aliases move with history, `previous` keeps the
// displaced version, and "what was the champion then" has an answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { LocalRegistry } from '../../src/registry/local.ts';
import { aliasAt, promotionOf } from '../../src/registry/types.ts';
import { applyMoves, emptyAliasDocument } from '../../src/registry/alias-document.ts';
import { registrationOf } from './helpers.ts';

const move = (at: string, by = 'octocat') => ({ at, by, reason: 'gate passed', run_url: 'https://github.com/acme/iris/actions/runs/1' });

test('local registry: first model, champion comparison data, previous alias and history', async () => {
  const root = mkdtempSync(join(tmpdir(), 'registry-'));
  const registry = new LocalRegistry(root);
  assert.equal(await registry.champion('iris', 'champion'), undefined, 'no champion before the first model');

  const first = await registry.register(await registrationOf('iris', { accuracy: 0.9 }));
  assert.equal(first.version, '1');
  assert.deepEqual(readdirSync(join(root, 'iris')).sort(), ['v1']);
  assert.deepEqual(readdirSync(join(root, 'iris', 'v1')).sort(), ['metadata.json', 'model', 'model-card.md']);
  assert.equal(readFileSync(join(root, 'iris', 'v1', 'model', 'sub', 'vocab.txt'), 'utf8'), 'a\nb\n');
  assert.match(readFileSync(join(root, 'iris', 'v1', 'model-card.md'), 'utf8'), /^# iris v1/);
  assert.deepEqual(await registry.moveAliases('iris', [promotionOf('champion', '1')], move('2026-11-17T09:00:00.000Z')), [{ alias: 'champion', version: '1', from: null }]);

  const champion = await registry.champion('iris', 'champion');
  assert.equal(champion?.version, '1');
  assert.deepEqual(champion?.metrics, { accuracy: 0.9 });

  const second = await registry.register(await registrationOf('iris', { accuracy: 0.93 }, 'better weights'));
  assert.equal(second.version, '2');
  const moves = await registry.moveAliases('iris', [promotionOf('champion', '2')], move('2026-11-19T09:00:00.000Z', 'alice'));
  assert.deepEqual(moves, [
    { alias: 'champion', version: '2', from: '1' },
    { alias: 'previous', version: '1', from: null },
  ]);
  const history = await registry.history('iris');
  assert.deepEqual(history.map((event) => [event.alias, event.version, event.from, event.by]), [
    ['champion', '1', null, 'octocat'],
    ['champion', '2', '1', 'alice'],
    ['previous', '1', null, 'alice'],
  ]);
  // "Which model was in production last Tuesday?"
  assert.equal(aliasAt(history, 'champion', new Date('2026-11-18T12:00:00Z')), '1');
  assert.equal(aliasAt(history, 'champion', new Date('2026-11-20T12:00:00Z')), '2');
  assert.equal(aliasAt(history, 'champion', new Date('2026-11-16T12:00:00Z')), undefined);
  assert.deepEqual(await registry.moveAliases('iris', [promotionOf('champion', '2')], move('2026-11-21T09:00:00.000Z')), [], 'moving to where it is changes nothing');
  await assert.rejects(registry.moveAliases('iris', [{ alias: 'staging', version: '9' }], move('2026-11-21T09:00:00.000Z')), /iris v9 is not in the registry/);
});

test('local registry: a version number taken meanwhile is skipped, and a broken alias file is an error', async () => {
  const root = mkdtempSync(join(tmpdir(), 'registry-'));
  const registry = new LocalRegistry(root);
  await registry.register(await registrationOf('iris', { accuracy: 0.9 }));
  const third = await registry.register(await registrationOf('iris', { accuracy: 0.9 }));
  assert.equal(third.version, '2');
  assert.ok(!readdirSync(join(root, 'iris')).some((entry) => entry.endsWith('.tmp')), 'no staging folder left behind');
  writeFileSync(join(root, 'iris', 'aliases.json'), '{ not json');
  await assert.rejects(registry.champion('iris', 'champion'), /alias file is not JSON/);
  assert.throws(() => new LocalRegistry(root).versionFolder('../escape', '1'), /may hold only letters/);
  assert.ok(!existsSync(join(root, '..', 'escape')));
});

test('alias moves append to the history and never rewrite it', () => {
  const start = applyMoves(emptyAliasDocument('iris'), [{ alias: 'staging', version: '3', previousAlias: 'staging-previous' }], move('2026-11-01T00:00:00Z')).document;
  const next = applyMoves(start, [{ alias: 'staging', version: '4', previousAlias: 'staging-previous' }], move('2026-11-02T00:00:00Z'));
  assert.deepEqual(next.document.history.slice(0, start.history.length), start.history);
  assert.deepEqual(next.applied, [
    { alias: 'staging', version: '4', from: '3' },
    { alias: 'staging-previous', version: '3', from: null },
  ]);
  assert.equal(next.document.aliases['staging']?.version, '4');
});
