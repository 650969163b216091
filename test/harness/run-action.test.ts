import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REPO_ROOT, runAction } from './run-action.ts';

test('an action that cannot do its work fails with one clear error, without a stack trace', async () => {
  const result = await runAction({ action: 'drift', inputs: { reference: 'ref.csv', current: 'cur.csv' } });
  assert.equal(result.exitCode, 1);
  const errors = result.annotations.filter((a) => a.level === 'error');
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.message, 'drift: Input "reference" names ref.csv, which does not exist');
  assert.doesNotMatch(result.stdout, /\n\s+at /, 'no stack trace in the log');
});

test('a missing required input is named in the failure', async () => {
  const result = await runAction({ action: 'drift', inputs: { reference: 'ref.csv' } });
  assert.equal(result.exitCode, 1);
  assert.match(result.annotations[0]!.message, /^drift: Input "current" is required and was not given$/);
});

test('the umbrella action runs the action named by `command`, and rejects an unknown one', async () => {
  const known = await runAction({ action: '.', inputs: { command: 'drift', reference: 'r', current: 'c' } });
  assert.equal(known.exitCode, 1);
  assert.match(known.annotations[0]!.message, /^drift: Input "reference" names r, which does not exist$/);
  const unknown = await runAction({ action: '.', inputs: { command: 'fly' } });
  assert.equal(unknown.exitCode, 1);
  assert.match(unknown.annotations[0]!.message, /^ml-actions: Input "command" must be one of validate-data, train, evaluate/);
});

test('the harness refuses an input the action does not declare', async () => {
  await assert.rejects(runAction({ action: 'drift', inputs: { nonsense: 'x' } }), /drift has no input "nonsense"/);
});

test('a real bundled action: outputs (multi-line included), summary and annotations come back', async () => {
  const { mkdtempSync, writeFileSync, copyFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const workspace = mkdtempSync(join(tmpdir(), 'harness-'));
  copyFileSync(join(REPO_ROOT, 'examples/iris/iris.odcs.yaml'), join(workspace, 'iris.odcs.yaml'));
  const rows = 'sepal_length,sepal_width,petal_length,petal_width,species\n5.1,3.5,1.4,0.2,setosa\n-1,3.0,1.4,0.2,setosa\n';
  writeFileSync(join(workspace, 'iris.csv'), rows);
  const result = await runAction({ action: 'validate-data', workspace, inputs: { contract: 'iris.odcs.yaml', data: 'iris.csv', report: 'report.json' } });
  assert.equal(result.exitCode, 1);
  assert.equal(result.outputs['passed'], 'false');
  assert.ok(Number(result.outputs['errors']) >= 1);
  assert.equal(result.outputs['rows'], '2');
  assert.match(result.summary, /\| Check/);
  const atLine = result.annotations.find((a) => a.level === 'error' && a.file === 'iris.csv' && a.line === 3);
  assert.ok(atLine, JSON.stringify(result.annotations, null, 1));
});
