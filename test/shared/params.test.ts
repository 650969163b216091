import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flattenParams, readParamsFile } from '../../src/shared/params.ts';
import { UserError } from '../../src/shared/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'params-'));

test('params flatten to a.b.c keys; lists stay whole; empty mappings are kept', () => {
  assert.deepEqual(flattenParams({ train: { lr: 0.1, sched: { kind: 'cosine', warmup: null } }, layers: [64, { units: 3 }], flags: {}, on: true }), {
    'train.lr': 0.1,
    'train.sched.kind': 'cosine',
    'train.sched.warmup': null,
    layers: [64, { units: 3 }],
    flags: {},
    on: true,
  });
});

test('YAML and JSON params files are read; mistakes name the file and line', () => {
  writeFileSync(join(dir, 'p.json'), '{"a": {"b": 2}}');
  assert.deepEqual(readParamsFile(join(dir, 'p.json'), 'p.json'), { 'a.b': 2 });
  writeFileSync(join(dir, 'empty.yaml'), '# nothing yet\n');
  assert.deepEqual(readParamsFile(join(dir, 'empty.yaml'), 'empty.yaml'), {});
  writeFileSync(join(dir, 'bad.yaml'), 'a: 1\nb: [2\nc: 3\n');
  assert.throws(() => readParamsFile(join(dir, 'bad.yaml'), 'bad.yaml'), (error) => {
    assert.ok(error instanceof UserError);
    assert.match(error.message, /^bad\.yaml:\d+:\d+: not valid YAML or JSON: /);
    assert.equal(error.location?.file, 'bad.yaml');
    assert.ok(error.location!.line! >= 2);
    return true;
  });
  writeFileSync(join(dir, 'list.yaml'), '- 1\n- 2\n');
  assert.throws(() => readParamsFile(join(dir, 'list.yaml'), 'list.yaml'), /list\.yaml: a params file must hold a mapping/);
  assert.throws(() => readParamsFile(join(dir, 'none.yaml'), 'none.yaml'), /none\.yaml: params file not found \(input "params"\)/);
  assert.throws(() => readParamsFile(dir, 'folder'), /must name a file, not a folder/);
});
