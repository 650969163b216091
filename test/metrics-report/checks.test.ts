import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanDataSummary, GATE_FORMAT, readStepFile, summarizeData, summarizeGate, VALIDATION_FORMAT } from '../../src/metrics-report/checks.ts';
import { renderData, renderGate } from '../../src/metrics-report/render-checks.ts';

// Shaped as validate-data writes it (schemas/validation-report.schema.json on its branch).
export const VALIDATION_REPORT = {
  format: 'ml-actions/validation-report@1',
  passed: false,
  errors: 2,
  warnings: 1,
  rows: 150,
  fail_on: 'error',
  contract: { path: 'contracts/iris.yaml', id: 'iris', version: '1.1.0' },
  objects: [
    {
      name: 'iris',
      file: 'data/iris.csv',
      rows: 150,
      checks: [
        { check: 'column-present', column: 'sepal_length', result: 'passed', message: 'present' },
        { check: 'null-values', column: 'petal_width', result: 'warning', count: 2, percent: 1.33, message: '2 missing values' },
        { check: 'range', column: 'sepal_length', result: 'failed', count: 3, percent: 2, message: '3 values above 10', samples: [{ line: 4, value: '12.1' }] },
      ],
    },
  ],
  breaking_changes: [
    { change: 'property-removed', object: 'iris', property: 'species_code', consumer: 'error', producer: 'info', breaking: true, message: 'species_code was removed' },
    { change: 'property-added', object: 'iris', property: 'notes', consumer: 'info', producer: 'info', breaking: false, message: 'notes was added' },
  ],
  drift: {
    share: 0.25,
    drifted: false,
    threshold: 0.5,
    columns: [
      { column: 'petal_width', test: 'ks', statistic: 0.31, p_value: 0.001, threshold: 0.05, drifted: true },
      { column: 'sepal_width', test: 'ks', statistic: 0.05, p_value: 0.7, threshold: 0.05, drifted: false },
    ],
  },
};

// Shaped as gate writes it (schemas/gate-decision.schema.json on its branch).
export const GATE_DECISION = {
  format: 'ml-actions/gate-decision@1',
  passed: false,
  headline: 'Block iris: 1 rule fails, 1 warning, 2 pass',
  model: { name: 'iris' },
  champion: { alias: 'production', version: '6' },
  rules: [
    { id: 'metrics.accuracy.min', rule: 'min', metric: 'accuracy', severity: 'fail', result: 'pass', line: 'accuracy 0.95 ≥ 0.9 ✓' },
    { id: 'metrics.f1.non_inferiority', rule: 'non_inferiority', metric: 'f1', severity: 'fail', result: 'fail', line: 'f1 0.88 vs champion 0.91: change -0.03, margin 0.01 → inferior' },
    { id: 'require.drift_share', rule: 'drift_share', severity: 'warn', result: 'warn', line: 'drift share 0.25 > 0.2' },
    { id: 'metrics.loss.max', rule: 'max', metric: 'loss', severity: 'fail', result: 'pass', line: 'loss 0.2 ≤ 0.5 ✓' },
  ],
  override: { label: 'accept-regression', applied: false },
};

test('a validation report becomes its verdict, the checks that did not pass (worst first) and the contract changes', () => {
  const data = summarizeData(VALIDATION_REPORT);
  assert.equal(data.passed, false);
  assert.deepEqual(data.contract, { path: 'contracts/iris.yaml', id: 'iris', version: '1.1.0' });
  assert.deepEqual(data.checks.map((check) => [check.check, check.result]), [['range', 'failed'], ['null-values', 'warning']]);
  assert.equal(data.breaking.length, 2);
  assert.deepEqual(data.drift?.columns[0], { column: 'petal_width', drifted: true, method: 'ks', score: 0.31, p_value: 0.001 });
  const markdown = renderData(data, { rows: 10 });
  assert.match(markdown, /150 rows in 1 object · contract contracts\/iris\\\.yaml/);
  assert.match(markdown, /^#### ❌ Data contract iris 1\\\.1\\\.0: \*\*failed\*\* \(2 errors, 1 warning, 1 breaking change\)/);
  assert.match(markdown, /\| ❌ failed +\| iris +\| range +\| sepal\\_length \| +3 \(2%\) \| 3 values above 10 \|/);
  assert.match(markdown, /\*\*Breaking changes to the contract\*\*\n\n\| Change +\| Where +\| Message +\|\n.*\n\| property\\-removed \| iris\\\.species\\_code \|/);
  assert.match(markdown, /<details><summary>1 compatible contract change<\/summary>/);
  assert.match(markdown, /✅ No drift: 1 of 2 columns drifted \(share 0\.25, threshold 0\.5\)/);
  assert.deepEqual(cleanDataSummary(JSON.parse(JSON.stringify(data))), data, 'cleaning a clean summary changes nothing');
});

test('a gate decision becomes its verdict with the failing rules first', () => {
  const gate = summarizeGate(GATE_DECISION);
  const markdown = renderGate(gate, { rows: 10 });
  assert.match(markdown, /^#### ❌ Gate: \*\*blocked\*\* iris\n\nBlock iris: 1 rule fails, 1 warning, 2 pass/);
  assert.match(markdown, /The override label accept\\-regression is present but was not needed\./);
  assert.match(markdown, /Compared with the champion \(production\) version 6\./);
  const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Result') && !line.startsWith('| -'));
  assert.deepEqual(rows.map((row) => row.split('|')[1]!.trim()), ['❌ fail', '⚠️ warn', '✅ pass', '✅ pass']);
  const passed = renderGate(summarizeGate({ ...GATE_DECISION, passed: true, rules: [GATE_DECISION.rules[0]] }), { rows: 10 });
  assert.match(passed, /<details><summary>1 rule<\/summary>/, 'an all-pass decision keeps its rules collapsed');
});

test('malformed fields become empty cells rather than errors', () => {
  const data = cleanDataSummary({ passed: 'yes', checks: [{ check: { x: 1 }, result: 7 }, 'nonsense'], breaking: 'no', drift: { columns: [null] } });
  assert.deepEqual(data, { passed: false, checks: [{ check: '?', result: '7' }], breaking: [], drift: { columns: [] } });
  assert.doesNotThrow(() => renderData(data, { rows: 5 }));
  const gate = summarizeGate({ passed: true, rules: [{ result: ['x'] }], override: 'x' });
  assert.deepEqual(gate, { passed: true, rules: [{ rule: '?', result: '?' }] });
});

test('a missing or foreign step file is a clear error naming the input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'checks-'));
  assert.throws(() => readStepFile(join(dir, 'nope.json'), 'nope.json', 'data-report', VALIDATION_FORMAT, 'validate-data'), /^UserError: Input "data-report": nope\.json not found \(it is written by the validate-data step/);
  writeFileSync(join(dir, 'gate.json'), JSON.stringify(VALIDATION_REPORT));
  assert.throws(() => readStepFile(join(dir, 'gate.json'), 'gate.json', 'gate-decision', GATE_FORMAT, 'gate'), /gate\.json is not a gate file \(expected "format": "ml-actions\/gate-decision@1" .*got format "ml-actions\/validation-report@1"\)/);
  writeFileSync(join(dir, 'bad.json'), '{');
  assert.throws(() => readStepFile(join(dir, 'bad.json'), 'bad.json', 'gate-decision', GATE_FORMAT, 'gate'), /bad\.json is not JSON/);
  writeFileSync(join(dir, 'ok.json'), JSON.stringify(GATE_DECISION));
  assert.equal((readStepFile(join(dir, 'ok.json'), 'ok.json', 'gate-decision', GATE_FORMAT, 'gate') as { passed: boolean }).passed, false);
});
