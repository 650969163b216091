import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metricsFromData } from '../../src/shared/metrics.ts';
import { compareFiles, compareSets, pairFiles } from '../../src/metrics-report/compare.ts';
import { buildSpec } from '../../src/metrics-report/spec.ts';

const spec = buildSpec({ metrics: { f1: { tolerance: '1%' }, epoch: { ignore: true } } });

test('each metric gets a status by its direction and tolerance, worst regressions first', () => {
  const base = metricsFromData({ accuracy: 0.92, loss: 0.3, f1: 0.88, recall: 0.7, precision: 0.9, epoch: 10, auc: 0.95 });
  const head = metricsFromData({ accuracy: 0.90, loss: 0.36, f1: 0.884, recall: 0.75, latency_ms: 12, epoch: 20, auc: 0.95 });
  const rows = compareSets(base, head, spec);
  assert.deepEqual(
    rows.map((row) => [row.name, row.status]),
    [
      ['loss', 'worse'], // +20%: worse than accuracy's -2.2%
      ['accuracy', 'worse'],
      ['precision', 'removed'],
      ['latency_ms', 'new'],
      ['recall', 'better'],
      ['f1', 'within'],
      ['auc', 'unchanged'],
    ],
  );
  const accuracy = rows.find((row) => row.name === 'accuracy')!;
  assert.ok(Math.abs(accuracy.delta! + 0.02) < 1e-12);
  assert.ok(Math.abs(accuracy.percent! + 2.1739) < 1e-3);
  assert.equal(rows.find((row) => row.name === 'latency_ms')!.direction, 'lower');
  assert.ok(!rows.some((row) => row.name === 'epoch'), 'ignored metrics are left out');
});

test('a value undefined on one side is not comparable, and says why', () => {
  const base = metricsFromData({ format: 'ml-actions/metrics@1', metrics: { roc_auc: { value: 0.9 } } });
  const head = metricsFromData({ format: 'ml-actions/metrics@1', metrics: { roc_auc: { value: null, reason: 'only one class present' } } });
  const [row] = compareSets(base, head, spec);
  assert.equal(row!.status, 'incomparable');
  assert.equal(row!.reason, 'only one class present');
  assert.equal(row!.head, null);
});

test('a change from zero has no percentage but still sorts as the largest', () => {
  const rows = compareSets(metricsFromData({ error_count: 0, loss: 1 }), metricsFromData({ error_count: 2, loss: 1.5 }), spec);
  assert.equal(rows[0]!.name, 'error_count');
  assert.equal(rows[0]!.percent, undefined);
});

test('files pair by path, then by file name, then one to one', () => {
  assert.deepEqual([...pairFiles(['a/metrics.json', 'b/eval.json'], ['b/eval.json', 'old/metrics.json'])], [
    ['b/eval.json', 'b/eval.json'],
    ['a/metrics.json', 'old/metrics.json'],
  ]);
  assert.deepEqual([...pairFiles(['new.json'], ['baseline.json'])], [['new.json', 'baseline.json']]);
  const diff = compareFiles(new Map([['m.json', metricsFromData({ a: 1 })]]), new Map([['m.json', metricsFromData({ a: 1 })], ['gone.json', metricsFromData({ b: 1 })]]), spec);
  assert.deepEqual(diff.missingFiles, ['gone.json']);
  assert.equal(diff.files[0]!.rows[0]!.status, 'unchanged');
});
