/**
 * The evaluate action as the runner starts it: intervals and their seed, the paired difference against
 * a baseline, slices, Parquet input, the job summary, and the schema of what it writes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parse as parseCsv } from 'csv-parse/sync';
import { EXPECTED, FIXTURES, assertMatchesFixture, assertValidMetricsDocument } from './expectations.ts';
import { evaluate, workspaceWith } from './workspace.ts';

const TIES = EXPECTED.cases['binary_ties']!;
const MULTICLASS = EXPECTED.cases['multiclass_proba']!;

function csvRows(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(FIXTURES, file), 'utf8'), { columns: true }) as Record<string, string>[];
}

function toCsv(rows: Record<string, string | number>[]): string {
  const columns = Object.keys(rows[0]!);
  return `${columns.join(',')}\n${rows.map((row) => columns.map((c) => row[c]).join(',')).join('\n')}\n`;
}

test('every metric carries an interval; the same seed reproduces it, another seed changes it', async () => {
  const workspace = workspaceWith([MULTICLASS.file]);
  const inputs = { predictions: MULTICLASS.file, ...MULTICLASS.inputs, bootstrap: 400, seed: 5 };
  const first = await evaluate(workspace, inputs);
  const again = await evaluate(workspace, { ...inputs, 'metrics-out': 'again.json' });
  const other = await evaluate(workspace, { ...inputs, seed: 6, 'metrics-out': 'other.json' });
  assertValidMetricsDocument(first.document);
  assertMatchesFixture(first.document, 'multiclass_proba', MULTICLASS);
  assert.equal(first.document.resamples, 400);
  assert.equal(first.document.seed, 5);
  for (const [name, metric] of Object.entries(first.document.metrics)) {
    assert.ok(metric.ci, `${name} has an interval`);
    assert.ok(metric.ci[0] <= metric.value! + 1e-12 && metric.value! <= metric.ci[1] + 1e-12, `${name}: ${metric.value} within ${metric.ci}`);
  }
  for (const [label, metrics] of Object.entries(first.document.classes!)) {
    assert.ok(metrics['recall']!.ci, `class ${label} recall has an interval`);
    assert.equal(metrics['support']!.ci, undefined, 'support is a count, without interval');
  }
  assert.deepEqual(again.document, first.document);
  assert.notDeepEqual(other.document.metrics['roc_auc']!.ci, first.document.metrics['roc_auc']!.ci);
  assert.equal(other.document.metrics['roc_auc']!.value, first.document.metrics['roc_auc']!.value);
  // A wider confidence gives a wider interval from the same resamples.
  const wide = await evaluate(workspace, { ...inputs, confidence: 0.99, 'metrics-out': 'wide.json' });
  const [low, high] = first.document.metrics['accuracy']!.ci!;
  const [wideLow, wideHigh] = wide.document.metrics['accuracy']!.ci!;
  assert.ok(wideLow <= low && wideHigh >= high && wideHigh - wideLow > high - low);
});

test('the job summary shows metrics with intervals, the confusion matrix, the per-class table and notes', async () => {
  const workspace = workspaceWith([MULTICLASS.file]);
  const { result, document } = await evaluate(workspace, { predictions: MULTICLASS.file, ...MULTICLASS.inputs, bootstrap: 100 });
  const summary = result.summary;
  assert.match(summary, /### Evaluation of multiclass\\_proba\\\.csv/);
  assert.match(summary, /95% intervals from 100 bootstrap resamples \(seed 0\)/);
  assert.match(summary, /\| Metric +\| +Value \| +95% interval \| +No skill \|/);
  assert.match(summary, new RegExp(`\\| roc\\\\_auc +\\| +${document.metrics['roc_auc']!.value!.toFixed(4)} \\| +${document.metrics['roc_auc']!.ci![0].toFixed(4)} to `));
  assert.match(summary, /<summary>Confusion matrix<\/summary>/);
  assert.match(summary, /\| \*\*setosa\*\* +\| +\d+ \| +\d+ \| +\d+ \|/);
  assert.match(summary, /<summary>Per class<\/summary>/);
  assert.match(summary, /\| versicolor \|/);
  assert.equal(result.outputs['report'], summary, 'the report output is what the summary shows');
  // No skill: always the majority class, every row the same class shares.
  const support = Object.values(document.classes!).map((metrics) => metrics['support']!.value!);
  assert.equal(document.no_skill!['accuracy'], Math.max(...support) / document.rows!);
  assert.equal(document.no_skill!['roc_auc'], 0.5);
  assert.ok(document.no_skill!['ece']! < 1e-12, 'class shares as probabilities are calibrated');
  assert.equal(result.outputs['metrics-path'], join(workspace, 'metrics.json'));
});

test('labels from the data are escaped in the summary', async () => {
  const rows = [
    { label: '<b>@admin</b>', prediction: '<b>@admin</b>' },
    { label: '[x](http://evil)', prediction: '<b>@admin</b>' },
    { label: '[x](http://evil)', prediction: '[x](http://evil)' },
  ];
  const workspace = workspaceWith([], { 'p.jsonl': rows.map((row) => JSON.stringify(row)).join('\n') });
  const { result } = await evaluate(workspace, { predictions: 'p.jsonl', bootstrap: 0 });
  assert.doesNotMatch(result.summary, /<b>|\]\(http/);
  assert.match(result.summary, /&lt;b&gt;@\u200dadmin&lt;\/b&gt;/);
});

test('a baseline gives its metrics and the paired difference with its interval', async () => {
  const candidate = csvRows(TIES.file);
  // The baseline: the same rows, a flatter score and a different threshold.
  const baseline = candidate.map((row) => {
    const score = Math.round((0.5 + (Number(row['score']) - 0.5) * 0.6) * 100) / 100;
    return { label: row['label']!, prediction: score >= 0.45 ? 1 : 0, score };
  });
  const workspace = workspaceWith([TIES.file], { 'champion.csv': toCsv(baseline) });
  const { document, result } = await evaluate(workspace, { predictions: TIES.file, ...TIES.inputs, 'baseline-predictions': 'champion.csv', bootstrap: 300, seed: 3 });
  assertValidMetricsDocument(document);
  const alone = await evaluate(workspace, { predictions: 'champion.csv', ...TIES.inputs, bootstrap: 300, seed: 3, 'metrics-out': 'champion-metrics.json' });
  for (const [name, metric] of Object.entries(document.metrics)) {
    const base = document.baseline!.metrics[name]!;
    assert.equal(base.value, alone.document.metrics[name]!.value, `baseline ${name} is the baseline's own metric`);
    assert.ok(base.ci && base.ci[0] <= base.value! + 1e-12 && base.value! <= base.ci[1] + 1e-12, `baseline ${name} has its interval`);
    assert.ok(Math.abs(metric.difference!.value! - (metric.value! - base.value!)) < 1e-12, `${name}: difference is candidate − baseline`);
    const [low, high] = metric.difference!.ci!;
    assert.ok(low <= metric.difference!.value! + 1e-12 && metric.difference!.value! <= high + 1e-12, `${name}: difference within its interval`);
  }
  // Paired: the difference's interval is narrower than it would be if the two varied independently.
  const auc = document.metrics['roc_auc']!;
  const width = (ci: [number, number]) => ci[1] - ci[0];
  const independent = Math.sqrt(width(auc.ci!) ** 2 + width(document.baseline!.metrics['roc_auc']!.ci!) ** 2);
  assert.ok(width(auc.difference!.ci!) < 0.8 * independent, `paired width ${width(auc.difference!.ci!)} vs independent ${independent}`);
  assert.match(result.summary, /\| Metric +\| +Value \| +95% interval \| +Baseline \| +Difference \| +95% interval of the difference \| +No skill \|/);
});

test('id-column pairs baseline rows by id whatever their order', async () => {
  const rows: Record<string, string>[] = csvRows(TIES.file).map((row, index) => ({ id: `r${index}`, ...row }));
  const shuffled = rows.map((row, index) => ({ ...rows[(index * 37) % rows.length]!, prediction: String(1 - Number(rows[(index * 37) % rows.length]!['prediction'])) }));
  const inOrder = rows.map((row) => ({ ...row, prediction: String(1 - Number(row['prediction'])) }));
  const workspace = workspaceWith([], { 'p.csv': toCsv(rows), 'shuffled.csv': toCsv(shuffled), 'ordered.csv': toCsv(inOrder) });
  const common = { predictions: 'p.csv', 'score-columns': 'score', bootstrap: 100 };
  const byId = await evaluate(workspace, { ...common, 'baseline-predictions': 'shuffled.csv', 'id-column': 'id' });
  const byPosition = await evaluate(workspace, { ...common, 'baseline-predictions': 'ordered.csv', 'metrics-out': 'm2.json' });
  assert.deepEqual(byId.document.metrics, byPosition.document.metrics);
  assert.ok(byId.document.metrics['accuracy']!.difference!.value! !== 0);
});

test('slices: metrics per value of each slice-by column, equal to evaluating that slice alone', async () => {
  const rows = csvRows(MULTICLASS.file).map((row, index) => ({ ...row, site: ['north', 'south', 'east'][index % 3]!, batch: index < 70 ? 'a' : 'b' }));
  const north = rows.filter((row) => row.site === 'north').map(({ site, batch, ...rest }) => rest);
  const workspace = workspaceWith([], { 'p.csv': toCsv(rows), 'north.csv': toCsv(north) });
  const inputs = { ...MULTICLASS.inputs, 'slice-by': 'site, batch', bootstrap: 200 };
  const { document, result } = await evaluate(workspace, { predictions: 'p.csv', ...inputs });
  assertValidMetricsDocument(document);
  assert.deepEqual(Object.keys(document.slices!).sort(), ['batch=a', 'batch=b', 'site=east', 'site=north', 'site=south']);
  assert.equal(document.slices!['site=north']!.rows, north.length);
  assert.equal(document.slices!['batch=a']!.rows, 70);
  const alone = await evaluate(workspace, { predictions: 'north.csv', ...MULTICLASS.inputs, bootstrap: 0, 'metrics-out': 'north.json' });
  for (const [name, metric] of Object.entries(document.slices!['site=north']!.metrics)) {
    const expected = alone.document.metrics[name]!.value;
    if (expected === null) assert.equal(metric.value, null);
    else assert.ok(Math.abs(metric.value! - expected) < 1e-12, `slice ${name}: ${metric.value} vs ${expected}`);
    assert.ok(metric.value === null || metric.ci, `slice ${name} has an interval`);
  }
  assert.match(result.summary, /<summary>Slices<\/summary>/);
  assert.match(result.summary, /\| site=north +\| +\d+ \|/);
});

test('Parquet predictions give the same metrics as the CSV they hold', async () => {
  const rows = csvRows(TIES.file);
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'label', data: rows.map((row) => Number(row['label'])), type: 'INT32' },
      { name: 'prediction', data: rows.map((row) => Number(row['prediction'])), type: 'INT32' },
      { name: 'score', data: rows.map((row) => Number(row['score'])), type: 'DOUBLE' },
    ],
  });
  const workspace = workspaceWith([], { 'p.parquet': new Uint8Array(buffer) });
  const { document } = await evaluate(workspace, { predictions: 'p.parquet', ...TIES.inputs, bootstrap: 0 });
  assertMatchesFixture(document, 'binary_ties (Parquet)', TIES);
});

test('bootstrap 0 turns intervals off', async () => {
  const workspace = workspaceWith([TIES.file]);
  const { document, result } = await evaluate(workspace, { predictions: TIES.file, ...TIES.inputs, bootstrap: 0 });
  assert.equal(document.resamples, 0);
  for (const metric of Object.values(document.metrics)) assert.equal('ci' in metric, false);
  assert.match(result.summary, /no intervals \(bootstrap 0\)/);
});

test('zero-division warn names the labels that hit it, as a warning annotation', async () => {
  const fixture = EXPECTED.cases['zero_division_warn']!;
  const workspace = workspaceWith([fixture.file]);
  const { result, document } = await evaluate(workspace, { predictions: fixture.file, bootstrap: 0 });
  const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
  assert.ok(warnings.some((w) => /precision of "3" counts as 0 \(never predicted\)/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /recall of "4" counts as 0 \(no row has that label\)/.test(w)), warnings.join('\n'));
  assert.ok(document.notes!.some((note) => note.startsWith('zero division')));
});

test('one-class AUC is null with its reason in the file and the summary, never 0', async () => {
  const fixture = EXPECTED.cases['one_class_positive']!;
  const workspace = workspaceWith([fixture.file]);
  const { result, document } = await evaluate(workspace, { predictions: fixture.file, ...fixture.inputs, bootstrap: 50 });
  assert.equal(document.metrics['roc_auc']!.value, null);
  assert.equal(document.metrics['roc_auc']!.ci, null);
  assert.match(document.metrics['roc_auc']!.reason!, /one class present: every row is labelled "1", so there are no negatives/);
  assert.match(result.summary, /\| roc\\_auc +\| +undefined \(1\) \|/);
  assert.match(result.summary, /1\. roc\\_auc: undefined with one class present/);
});
