// Policy files: what a valid one becomes, and bad ones reported at file:line, all problems at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parsePolicy, readPolicy } from '../../src/gate/policy.ts';
import { FileProblems } from '../../src/shared/yaml-schema.ts';
import { UserError } from '../../src/shared/errors.ts';

function problems(text: string): string[] {
  try {
    parsePolicy(text, 'ml/policy.yaml');
  } catch (error) {
    if (error instanceof FileProblems) return error.problems.map((problem) => `${problem.location.line}:${problem.location.column} ${problem.message}`);
    throw error;
  }
  assert.fail('the policy was accepted');
}

test('a full policy becomes one rule per check, in order, with ids, severities and lines', () => {
  const policy = parsePolicy(
    [
      '# yaml-language-server: $schema=../schemas/gate-policy.schema.json',
      'version: 1',
      'severity: fail',
      'metrics:',
      '  accuracy:',
      '    min: 0.9',
      '    better_than_champion: 0.5%',
      '    beats_no_skill: true',
      '  auc:',
      '    severity: warn',
      '    non_inferior: { margin: 0.01 }',
      '    max_regression: { by: 0.02, severity: fail }',
      'guardrails:',
      '  latency_p95_ms: { max: 50 }',
      'slices:',
      '  - by: region',
      '    metrics:',
      '      recall: { min: 0.7, max_gap: 0.05 }',
      'require:',
      '  data_contract: passed',
      '  drift_share: { max: 0.3 }',
      '  eval_rows: { min: 1000 }',
    ].join('\n'),
    'ml/policy.yaml',
  );
  assert.deepEqual(
    policy.rules.map((rule) => [rule.id, rule.kind, rule.severity, rule.source?.line]),
    [
      ['metrics.accuracy.min', 'min', 'fail', 6],
      ['metrics.accuracy.better_than_champion', 'improvement', 'fail', 7],
      ['metrics.accuracy.beats_no_skill', 'no_skill', 'fail', 8],
      ['metrics.auc.max_regression', 'max_regression', 'fail', 12],
      ['metrics.auc.non_inferior', 'non_inferiority', 'warn', 11],
      ['guardrails.latency_p95_ms.max', 'guardrail_max', 'fail', 14],
      ['slices[0].metrics.recall.min', 'slice_min', 'fail', 18],
      ['slices[0].metrics.recall.max_gap', 'slice_gap', 'fail', 18],
      ['require.data_contract', 'data_contract', 'fail', 20],
      ['require.drift_share', 'drift_share', 'fail', 21],
      ['require.eval_rows', 'eval_rows', 'fail', 22],
    ],
  );
  const improvement = policy.rules[1]!;
  assert.ok(improvement.kind === 'improvement');
  assert.deepEqual(improvement.by, { value: 0.005, relative: true });
  assert.equal(policy.onMissingMetric, 'fail');
  assert.equal(policy.onMissingChampion, 'pass');
  assert.match(policy.digest, /^sha256:[0-9a-f]{64}$/);
});

test('directions come from the name unless the policy says otherwise', () => {
  const policy = parsePolicy('metrics:\n  rmse: { max_regression: 1 }\n  f1: { max_regression: 0.1 }\n  score: { direction: lower, max_regression: 1 }\n', 'p.yaml');
  assert.deepEqual(policy.rules.map((rule) => ('direction' in rule ? rule.direction : undefined)), ['lower', 'higher', 'lower']);
});

test('schema problems: every one at its line and column, in plain words', () => {
  assert.deepEqual(
    problems(
      [
        'metrics:',
        '  accuracy:',
        '    minn: 0.9',
        '    max: "high"',
        '  auc:',
        '    better_than_champion: { by: 2, severity: block }',
        '    non_inferior: { margin: -1 }',
        'slices:',
        '  - by: 3',
        'require:',
        '  drift_share: 0.3',
        '  data_contract: failed',
        'on_missing_metric: ignore',
      ].join('\n'),
    ),
    [
      '3:5 metrics.accuracy: unknown key "minn" (expected one of: direction, severity, min, max, better_than_champion, max_regression, non_inferior, beats_no_skill)',
      '4:10 metrics.accuracy.max: must be a number, or `{ value: <number>, use: value|interval, severity: fail|warn }`, got "high"',
      '6:46 metrics.auc.better_than_champion.severity: must be one of "fail", "warn", got "block"',
      '7:29 metrics.auc.non_inferior.margin: must be at least 0, got -1',
      '9:5 slices[0]: missing "metrics"',
      '9:9 slices[0].by: must be a string, got 3',
      '11:16 require.drift_share: must be a mapping, got 0.3',
      '12:18 require.data_contract: must be `passed`, or `{ severity: fail|warn }`, got "failed"',
      '13:20 on_missing_metric: must be one of "fail", "warn", "skip", got "ignore"',
    ],
  );
});

test('YAML syntax errors and duplicate keys are reported at their lines', () => {
  const found = problems('metrics:\n  auc: { min: 0.9 }\n  auc: { max: 1 }\n');
  assert.deepEqual(found, ['3:3 Map keys must be unique']);
  const broken = problems('metrics:\n  auc: { min: 0.9\n');
  assert.equal(broken.length >= 1, true);
  assert.match(broken[0]!, /^\d+:\d+ /);
});

test('rules that cannot pass, empty rules and empty policies are refused', () => {
  assert.deepEqual(problems('metrics:\n  auc:\n    min: 0.9\n    max: 0.8\n'), ['4:10 metrics.auc.max: max 0.8 is below min 0.9: no value can pass']);
  assert.deepEqual(problems('metrics:\n  auc: {}\n'), ['2:8 metrics.auc: must not be empty']);
  assert.throws(() => parsePolicy('', 'p.yaml'), /the policy is empty/);
  assert.throws(() => parsePolicy('on_missing_metric: fail\n', 'p.yaml'), /the policy has no rules/);
});

test('the error for a bad file names it and every problem, and points at the first', () => {
  try {
    parsePolicy('metrics:\n  auc: { min: x }\n  f1: { mni: 1 }\n', 'ml/policy.yaml');
    assert.fail('accepted');
  } catch (error) {
    assert.ok(error instanceof UserError);
    assert.deepEqual(error.location, { file: 'ml/policy.yaml', line: 2, column: 15 });
    assert.match(error.message, /^ml\/policy\.yaml: 2 problems in the policy:\n {2}ml\/policy\.yaml:2:15: metrics\.auc\.min: .*\n {2}ml\/policy\.yaml:3:9: metrics\.f1: unknown key "mni"/);
  }
});

test('a missing policy file is an error that names it', () => {
  const folder = mkdtempSync(join(tmpdir(), 'policy-'));
  assert.throws(() => readPolicy(join(folder, 'nope.yaml'), 'ml/nope.yaml'), /ml\/nope\.yaml: policy file not found/);
  writeFileSync(join(folder, 'p.yaml'), 'metrics:\n  auc: { min: 0.5 }\n');
  assert.equal(readPolicy(join(folder, 'p.yaml')).rules.length, 1);
});
