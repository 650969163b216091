import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { metricsFromData } from '../../src/shared/metrics.ts';
import {
  appendEntry,
  buildTrend,
  emptyHistory,
  entryForCommit,
  entryFromSets,
  historyPath,
  keySlug,
  latestOn,
  MAX_BYTES,
  MAX_ENTRIES,
  parseHistory,
  serializeHistory,
  trendMetrics,
  type HistoryEntry,
} from '../../src/metrics-report/history.ts';

const schema = JSON.parse(readFileSync(new URL('../../schemas/metrics-history.schema.json', import.meta.url), 'utf8'));
const validate = addFormats.default(new Ajv2020({ allErrors: true })).compile(schema);

function entry(i: number, ref = 'main', extra: Record<string, number> = {}): HistoryEntry {
  return { sha: i.toString(16).padStart(40, '0'), ref, time: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), run: String(i), metrics: { 'm.json': { accuracy: 0.8 + i / 1000, ...extra } } };
}

test('entries are added in time order, a re-run replaces its commit, and the file validates', () => {
  let history = emptyHistory('');
  history = appendEntry(history, entry(2));
  history = appendEntry(history, entry(1));
  history = appendEntry(history, { ...entry(2), run: 'rerun' });
  assert.deepEqual(history.entries.map((e) => e.run), ['1', 'rerun']);
  const text = serializeHistory(history);
  assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));
  assert.deepEqual(parseHistory(text, 'h.json'), history);
  assert.throws(() => parseHistory('{"format":"ml-actions/metrics-history@1","key":"","entries":[{"sha":"x"}]}', 'h.json'), /h\.json:1:69: entries\[0\]\.sha: must match pattern/);
});

test('the history stays bounded in entries and in bytes', () => {
  let history = emptyHistory('');
  for (let i = 0; i < MAX_ENTRIES + 20; i++) history = appendEntry(history, entry(i));
  assert.equal(history.entries.length, MAX_ENTRIES);
  assert.equal(history.entries[0]!.run, '20', 'the oldest went first');
  const wide = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`metric_${i}`, i / 7]));
  let big = emptyHistory('');
  for (let i = 0; i < 60; i++) big = appendEntry(big, entry(i, 'main', wide));
  assert.ok(Buffer.byteLength(serializeHistory(big)) <= MAX_BYTES);
  assert.ok(big.entries.length < 60 && big.entries.length > 10, `${big.entries.length} entries kept`);
  const huge = Object.fromEntries(Array.from({ length: 40000 }, (_, i) => [`a_rather_long_metric_name_${i}`, i]));
  assert.throws(() => appendEntry(emptyHistory(''), entry(1, 'main', huge)), /^EntryTooLarge: this run's metrics and params are larger than the history's 512 KiB on their own/);
});

test('lookups: by commit, the latest on a branch other than a commit, trend over a branch', () => {
  let history = emptyHistory('');
  for (const e of [entry(1), entry(2, 'dev'), entry(3), entry(4)]) history = appendEntry(history, e);
  assert.equal(entryForCommit(history, entry(3).sha)?.run, '3');
  assert.equal(latestOn(history, 'main')?.run, '4');
  assert.equal(latestOn(history, 'main', entry(4).sha)?.run, '3');
  assert.equal(latestOn(history, 'release'), undefined);
  const trend = buildTrend('main', history.entries.filter((e) => e.ref === 'main'), ['accuracy'], { label: 'PR #5', time: '2026-02-01T00:00:00Z', values: { accuracy: 0.9 } });
  assert.deepEqual(trend?.points.map((p) => [p.label, p.values['accuracy']]), [['0000000', 0.801], ['0000000', 0.803], ['0000000', 0.804], ['PR #5', 0.9]]);
  assert.equal(buildTrend('main', [], ['accuracy'], { label: 'x', time: '', values: {} }), undefined, 'no history, no chart');
});

test('records keep numbers only; trend metrics come from the spec or the first file', () => {
  const sets = new Map([['m.json', metricsFromData({ format: 'ml-actions/metrics@1', metrics: { accuracy: { value: 0.9 }, roc_auc: { value: null } }, classes: { a: { f1: { value: 0.5 } } } })]]);
  const recorded = entryFromSets(sets, new Map([['p.yaml', { lr: '0.1' }]]), { sha: 'a'.repeat(40), ref: 'main', time: '2026-01-01T00:00:00.000Z' });
  assert.deepEqual(recorded.metrics, { 'm.json': { accuracy: 0.9, 'class.a.f1': 0.5 } });
  assert.deepEqual(recorded.params, { 'p.yaml': { lr: '0.1' } });
  assert.deepEqual(trendMetrics(sets, []), ['accuracy', 'roc_auc']);
  assert.deepEqual(trendMetrics(sets, ['class.*']), ['class.a.f1']);
});

test('report keys become distinct, safe file names', () => {
  assert.equal(historyPath(''), 'metrics-history/default.json');
  assert.equal(keySlug('resnet-50'), 'resnet-50');
  assert.match(keySlug('Model A / test'), /^model-a-test-[0-9a-f]{8}$/);
  assert.notEqual(keySlug('default'), keySlug(''));
  assert.notEqual(keySlug('a b'), keySlug('a/b'));
});
