import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../../src/shared/errors.ts';
import { diffParams, flattenParams, parseParamsText } from '../../src/metrics-report/params.ts';

test('params flatten to a.b.c with lists kept whole, as DVC shows them', () => {
  assert.deepEqual(flattenParams({ train: { lr: 0.01, layers: [64, 32], optimizer: 'adam', early: true, extra: {} }, seed: null }), {
    'train.lr': '0.01',
    'train.layers': '[64,32]',
    'train.optimizer': 'adam',
    'train.early': 'true',
    'train.extra': '{}',
    seed: 'null',
  });
});

test('only changed, added and removed params are listed', () => {
  const head = new Map([['params.yaml', parseParamsText('train:\n  lr: 0.01\n  epochs: 20\n  dropout: 0.1\n', 'params.yaml')]]);
  const base = new Map([['params.yaml', parseParamsText('train:\n  lr: 0.02\n  epochs: 20\n  batch: 32\n', 'params.yaml')], ['old.yaml', { a: '1' }]]);
  assert.deepEqual(diffParams(head, base), [
    { file: 'params.yaml', name: 'train.batch', base: '32' },
    { file: 'params.yaml', name: 'train.dropout', head: '0.1' },
    { file: 'params.yaml', name: 'train.lr', base: '0.02', head: '0.01' },
    { file: 'old.yaml', name: 'a', base: '1' },
  ]);
});

test('a broken params file names its line', () => {
  assert.throws(() => parseParamsText('a: [1,\n', 'params.yaml'), (error: unknown) => error instanceof UserError && /^params\.yaml:\d+:\d+: not valid JSON or YAML/.test(error.message));
  assert.throws(() => parseParamsText('- 1\n- 2\n', 'params.yaml'), /must hold an object/);
  assert.deepEqual(parseParamsText('', 'empty.yaml'), {});
});

test('a .json params file must be JSON', () => {
  assert.throws(() => parseParamsText('{"lr": }', 'params.json'), /^UserError: params\.json: not valid JSON/);
});
