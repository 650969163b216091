import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanDataSummary, GATE_FORMAT, readStepFile, summarizeData, summarizeGate, VALIDATION_FORMAT } from '../../src/metrics-report/checks.ts';
import { renderData, renderGate } from '../../src/metrics-report/render-checks.ts';
import { GATE_DECISION, VALIDATION_REPORT } from './step-files.ts';

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
