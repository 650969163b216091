import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSchema } from '../../src/shared/yaml-schema.ts';
import { metricsFromData } from '../../src/shared/metrics.ts';
import { buildModel } from '../../src/metrics-report/build.ts';
import { summarizeData, summarizeGate } from '../../src/metrics-report/checks.ts';
import { handoffName, isHandoff, MAX_REPORT_BYTES, readHandedOff } from '../../src/metrics-report/handoff.ts';
import { buildSpec } from '../../src/metrics-report/spec.ts';
import { GATE_DECISION, VALIDATION_REPORT } from './step-files.ts';

const schemas = new URL('../../schemas/', import.meta.url);

test('every schema this action publishes compiles under the toolkit\'s strict settings', () => {
  for (const name of ['metrics-report.schema.json', 'metrics-history.schema.json', 'metrics-spec.schema.json']) {
    assert.doesNotThrow(() => compileSchema(JSON.parse(readFileSync(new URL(name, schemas), 'utf8'))), name);
  }
});

function model() {
  return buildModel({
    title: 'T',
    key: 'k',
    time: '2026-01-01T00:00:00.000Z',
    pr: { number: 4, headSha: 'a'.repeat(40), baseRef: 'main', baseSha: 'b'.repeat(40) },
    head: { sha: 'a'.repeat(40) },
    metrics: new Map([['m.json', metricsFromData({ format: 'ml-actions/metrics@1', metrics: { acc: { value: 0.8 } }, confusion_matrix: { labels: ['x', 'y'], matrix: [[1, 2], [3, 4]] } })]]),
    params: new Map([['p.yaml', { lr: '1' }]]),
    baseline: { info: { kind: 'history', label: 'main', ref: 'main', sha: 'b'.repeat(40) }, metrics: new Map([['m.json', metricsFromData({ acc: 0.9 })]]), params: new Map() },
    spec: buildSpec(),
    data: summarizeData(VALIDATION_REPORT),
    gate: summarizeGate(GATE_DECISION),
    history: { branch: 'main', entries: [{ sha: 'c'.repeat(40), ref: 'main', time: '2025-12-01T00:00:00Z', metrics: { 'm.json': { acc: 0.85 } } }] },
    durationSeconds: 12,
  });
}

test('a report travels as report.json and comes back the same, its counts derived from its rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-'));
  const original = model();
  writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...original, counts: { ...original.counts, worse: 0, better: 99 }, durationSeconds: 1e9 }));
  const read = readHandedOff(dir, 'artifact x');
  const { durationSeconds: _ignored, ...expected } = original;
  assert.deepEqual(read, expected, 'the same report, the forged counts recomputed and the claimed duration dropped');
  assert.equal(read.counts.worse, 1);
});

test('what is not a report is refused with the reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-'));
  assert.throws(() => readHandedOff(dir, 'artifact x'), /artifact x: no report\.json in the artifact/);
  writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...model(), files: [{ file: 'm.json', rows: [{ name: 'a', status: 'great', direction: 'up' }] }] }));
  assert.throws(() => readHandedOff(dir, 'artifact x'), /artifact x\/report\.json: 2 problems in the report:[\s\S]*files\[0\]\.rows\[0\]\.status: must be one of "worse"/);
  writeFileSync(join(dir, 'report.json'), ' '.repeat(MAX_REPORT_BYTES + 1));
  assert.throws(() => readHandedOff(dir, 'artifact x'), /larger than 8 MiB/);
  assert.equal(readdirSync(dir).length, 1);
  assert.equal(handoffName(''), 'ml-actions-metrics-report-default');
  assert.ok(isHandoff(handoffName('model a')));
  assert.ok(!isHandoff('ml-actions-metrics-reporter'));
});
