import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { defaultDirection, flattenNumbers, parseMetricsText } from '../../src/shared/metrics.ts';
import { UserError } from '../../src/shared/errors.ts';

test('plain nested metrics flatten to a.b.c, numeric strings included, other leaves left out', () => {
  assert.deepEqual(flattenNumbers({ train: { loss: 0.1, acc: '0.9' }, note: 'x', per_epoch: [1, 2] }), {
    'train.loss': 0.1,
    'train.acc': 0.9,
    'per_epoch.0': 1,
    'per_epoch.1': 2,
  });
});

test('the rich format keeps intervals and exposes classes and slices under prefixes', () => {
  const document = {
    format: 'ml-actions/metrics@1',
    task: 'classification',
    rows: 10,
    metrics: { accuracy: { value: 0.9, ci: [0.8, 1] }, roc_auc: { value: null, reason: 'only one class present' } },
    classes: { setosa: { recall: { value: 1 } } },
    slices: { 'island=Biscoe': { rows: 4, metrics: { accuracy: { value: 0.75 } } } },
  };
  const schema = JSON.parse(readFileSync(new URL('../../schemas/metrics.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  assert.ok(validate(document), JSON.stringify(validate.errors));
  const set = parseMetricsText(JSON.stringify(document), 'metrics.json');
  assert.deepEqual(set.values['accuracy'], { value: 0.9, ci: [0.8, 1] });
  assert.equal(set.values['roc_auc']!.value, null);
  assert.equal(set.values['class.setosa.recall']!.value, 1);
  assert.equal(set.values['slice.island=Biscoe.accuracy']!.value, 0.75);
});

test('YAML metrics are read; a syntax error names file, line and column', () => {
  assert.equal(parseMetricsText('rmse: 1.5\nr2: 0.8\n', 'm.yaml').values['rmse']!.value, 1.5);
  assert.throws(
    () => parseMetricsText('{\n  "a": 1,\n  "b": [\n}', 'metrics.json'),
    (error: unknown) => error instanceof UserError && /^metrics\.json:\d+:\d+: not valid JSON or YAML/.test(error.message) && error.location?.line !== undefined,
  );
  assert.throws(() => parseMetricsText('42', 'm.json'), /must hold an object/);
});

test('direction defaults by name: losses and errors are lower-is-better', () => {
  for (const name of ['loss', 'val_loss', 'train.loss', 'rmse', 'mae', 'log_loss', 'latency_p95', 'mape', 'wape', 'brier']) assert.equal(defaultDirection(name), 'lower', name);
  for (const name of ['accuracy', 'f1', 'roc_auc', 'r2', 'precision', 'class.setosa.recall']) assert.equal(defaultDirection(name), 'higher', name);
});

test('a .json metrics file must be JSON: text only the YAML reader would accept is an error', () => {
  assert.throws(() => parseMetricsText('{"a": 1,\n"b": }', 'metrics.json'), (error: unknown) => error instanceof UserError && /^metrics\.json: not valid JSON: Unexpected token/.test(error.message));
  assert.equal(parseMetricsText('{"a": 1,\n"b": }', 'metrics.yaml').values['a']!.value, 1, 'the same text is fine YAML');
});
