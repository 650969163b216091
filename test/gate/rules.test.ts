// Every rule kind passes and fails where it should, with the plain line a release manager reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicy } from '../../src/gate/policy.ts';
import { judge } from '../../src/gate/rules.ts';
import { decide, decisionMarkdown, conclusionOf } from '../../src/gate/decision.ts';
import { assertValidDecision, champion, evidenceOf, metricsDocument } from './helpers.ts';
import type { Evidence } from '../../src/gate/evidence.ts';

function outcome(policyText: string, evidence: Evidence) {
  const outcomes = judge(parsePolicy(policyText, 'policy.yaml'), evidence);
  assert.equal(outcomes.length, 1, 'one rule');
  return outcomes[0]!;
}

const auc = metricsDocument({
  rows: 1240,
  metrics: {
    auc: { value: 0.912, ci: [0.905, 0.919], difference: { value: -0.003, ci: [-0.008, 0.002] } },
    accuracy: { value: 0.953, ci: [0.931, 0.972] },
    rmse: { value: 10.4, ci: [9.8, 11.1] },
  },
  no_skill: { accuracy: 0.333, rmse: 25.3 },
});

test('floor and ceiling: pass and fail with the value, its interval and the bound', () => {
  const pass = outcome('metrics:\n  accuracy: { min: 0.9 }\n', evidenceOf(auc));
  assert.equal(pass.result, 'pass');
  assert.equal(pass.line, 'accuracy 0.953 [0.931, 0.972] ≥ min 0.9 ✓');
  assert.deepEqual(pass.source, { line: 2, column: 15 });
  const fail = outcome('metrics:\n  accuracy: { min: 0.96 }\n', evidenceOf(auc));
  assert.equal(fail.result, 'fail');
  assert.equal(fail.line, 'accuracy 0.953 [0.931, 0.972] < min 0.96 ✗');
  assert.equal(outcome('metrics:\n  rmse: { max: 12 }\n', evidenceOf(auc)).line, 'rmse 10.4 [9.8, 11.1] ≤ max 12 ✓');
  assert.equal(outcome('metrics:\n  rmse: { max: 10 }\n', evidenceOf(auc)).line, 'rmse 10.4 [9.8, 11.1] > max 10 ✗');
});

test('a floor on the interval: its low end must clear the bound', () => {
  const fail = outcome('metrics:\n  accuracy: { min: { value: 0.94, use: interval } }\n', evidenceOf(auc));
  assert.equal(fail.result, 'fail');
  assert.equal(fail.line, 'accuracy 0.953 [0.931, 0.972]: interval low end 0.931 < min 0.94 ✗');
  assert.equal(outcome('metrics:\n  accuracy: { min: { value: 0.93, use: interval } }\n', evidenceOf(auc)).result, 'pass');
});

test('severity warn turns a violation into a warning, not a block', () => {
  const warned = outcome('metrics:\n  accuracy: { min: { value: 0.96, severity: warn } }\n', evidenceOf(auc));
  assert.equal(warned.result, 'warn');
  assert.match(warned.line, / ⚠$/);
  const policy = parsePolicy('severity: warn\nmetrics:\n  accuracy: { min: 0.99 }\n', 'p.yaml');
  const decision = decide({ policy, evidence: evidenceOf(auc), model: { name: 'iris' }, dryRun: true });
  assert.equal(decision.passed, true);
  assert.equal(conclusionOf(decision), 'neutral');
});

test('non-inferiority on the interval of the paired difference', () => {
  const evidence = evidenceOf(auc, { champion: champion('3', { auc: 0.915 }) });
  const pass = outcome('metrics:\n  auc: { non_inferior: { margin: 0.01 } }\n', evidence);
  assert.equal(pass.result, 'pass');
  assert.equal(pass.line, 'auc 0.912 [0.905, 0.919] vs champion 0.915: change −0.003 [−0.008, +0.002], margin 0.01 → non-inferior ✓');
  assert.deepEqual(pass.difference, { value: -0.003, ci: [-0.008, 0.002] });
  const fail = outcome('metrics:\n  auc: { non_inferior: { margin: 0.005 } }\n', evidence);
  assert.equal(fail.result, 'fail');
  assert.equal(fail.line, 'auc 0.912 [0.905, 0.919] vs champion 0.915: change −0.003 [−0.008, +0.002], margin 0.005 → may be inferior ✗');
  const relative = outcome('metrics:\n  auc: { non_inferior: { margin: 1% } }\n', evidence);
  assert.match(relative.line, /margin 1% \(0\.00915\) → non-inferior ✓$/);
});

test('non-inferiority without a paired difference is missing evidence, not a pass', () => {
  const plain = metricsDocument({ metrics: { auc: { value: 0.912, ci: [0.905, 0.919] } } });
  const missing = outcome('metrics:\n  auc: { non_inferior: { margin: 0.01 } }\n', evidenceOf(plain, { champion: champion('3', { auc: 0.915 }) }));
  assert.equal(missing.result, 'fail');
  assert.equal(missing.missing, true);
  assert.match(missing.line, /no paired difference with its interval in metrics\.json ✗$/);
  assert.match(missing.note ?? '', /champion's predictions/);
});

test('improvement over the champion, absolute and relative, both directions', () => {
  const evidence = evidenceOf(auc, { champion: champion('3', { accuracy: 0.94, rmse: 11 }) });
  const absolute = outcome('metrics:\n  accuracy: { better_than_champion: 0.005 }\n', evidence);
  assert.equal(absolute.line, 'accuracy 0.953 vs champion 0.94 (v3): change +0.013, needs ≥ +0.005 → better ✓');
  const tooLittle = outcome('metrics:\n  accuracy: { better_than_champion: 2% }\n', evidence);
  assert.equal(tooLittle.result, 'fail');
  assert.equal(tooLittle.line, 'accuracy 0.953 vs champion 0.94 (v3): change +0.013, needs ≥ +2% (+0.0188) → not better enough ✗');
  const lower = outcome('metrics:\n  rmse: { better_than_champion: { by: 5% } }\n', evidence);
  assert.equal(lower.result, 'pass');
  assert.equal(lower.line, 'rmse 10.4 vs champion 11 (v3): change −0.6, needs ≤ −5% (−0.55) → better ✓');
  const zero = outcome('metrics:\n  accuracy: { better_than_champion: 1% }\n', evidenceOf(auc, { champion: champion('3', { accuracy: 0 }) }));
  assert.match(zero.line, /needs > 0 → better ✓$/);
});

test('maximum regression against the champion by point value', () => {
  const evidence = evidenceOf(auc, { champion: champion('7', { auc: 0.925, rmse: 10 }) });
  const regressed = outcome('metrics:\n  auc: { max_regression: 0.01 }\n', evidence);
  assert.equal(regressed.result, 'fail');
  assert.equal(regressed.line, 'auc 0.912 vs champion 0.925 (v7): change −0.013, allowed down to −0.01 → regressed ✗');
  assert.equal(outcome('metrics:\n  auc: { max_regression: 2% }\n', evidence).result, 'pass');
  const lower = outcome('metrics:\n  rmse: { max_regression: 0.5 }\n', evidence);
  assert.equal(lower.line, 'rmse 10.4 vs champion 10 (v7): change +0.4, allowed up to +0.5 → within allowed regression ✓');
  const explicit = outcome('metrics:\n  my_score: { direction: lower, max_regression: 0.1 }\n', evidenceOf(metricsDocument({ metrics: { my_score: { value: 1.5 } } }), { champion: champion('7', { my_score: 1.3 }) }));
  assert.equal(explicit.result, 'fail');
});

test('first model: champion comparisons pass with a note, or fail when the policy says so', () => {
  const first = outcome('metrics:\n  auc: { max_regression: 0.01 }\n', evidenceOf(auc));
  assert.equal(first.result, 'pass');
  assert.equal(first.line, 'auc 0.912 [0.905, 0.919]: no champion yet (first model) → passes ✓');
  const strict = outcome('on_missing_champion: fail\nmetrics:\n  auc: { max_regression: 0.01 }\n', evidenceOf(auc));
  assert.equal(strict.result, 'fail');
  assert.match(strict.line, /→ fails \(on_missing_champion: fail\) ✗$/);
  const unrecorded = outcome('metrics:\n  auc: { better_than_champion: 0 }\n', evidenceOf(auc, { champion: champion('2', { accuracy: 0.9 }) }));
  assert.equal(unrecorded.result, 'pass');
  assert.equal(unrecorded.line, 'auc 0.912 [0.905, 0.919]: champion v2 recorded no auc → passes ✓');
  const decision = decide({ policy: parsePolicy('metrics:\n  auc: { max_regression: 0.01 }\n', 'p.yaml'), evidence: evidenceOf(auc), model: { name: 'iris' }, dryRun: false });
  assert.match(decision.notes.join('\n'), /first model/);
});

test('beat the no-skill baseline, strictly or by a margin', () => {
  const pass = outcome('metrics:\n  accuracy: { beats_no_skill: true }\n', evidenceOf(auc));
  assert.equal(pass.line, 'accuracy 0.953 [0.931, 0.972] vs no-skill 0.333 → beats no-skill ✓');
  const margin = outcome('metrics:\n  accuracy: { beats_no_skill: { by: 0.7 } }\n', evidenceOf(auc));
  assert.equal(margin.result, 'fail');
  assert.equal(margin.line, 'accuracy 0.953 [0.931, 0.972] vs no-skill 0.333, needs ≥ 1.033 → does not beat no-skill ✗');
  assert.equal(outcome('metrics:\n  rmse: { beats_no_skill: true }\n', evidenceOf(auc)).result, 'pass');
  const same = metricsDocument({ metrics: { accuracy: { value: 0.5 } }, no_skill: { accuracy: 0.5 } });
  assert.equal(outcome('metrics:\n  accuracy: { beats_no_skill: true }\n', evidenceOf(same)).result, 'fail');
  const none = outcome('metrics:\n  auc: { beats_no_skill: true }\n', evidenceOf(auc));
  assert.equal(none.missing, true);
  assert.equal(none.result, 'fail');
});

const sliced = metricsDocument({
  metrics: { recall: { value: 0.85 } },
  slices: {
    'region=eu': { rows: 500, metrics: { recall: { value: 0.91 } } },
    'region=us': { rows: 400, metrics: { recall: { value: 0.88 } } },
    'region=apac': { rows: 140, metrics: { recall: { value: 0.64 } } },
    'region=mars': { rows: 3, metrics: { recall: { value: 0.1 } } },
    'device=mobile': { rows: 300, metrics: { recall: { value: 0.5 } } },
  },
});

test('per-slice floors name the worst slice and leave small slices out with a note', () => {
  const fail = outcome('slices:\n  - by: region\n    min_rows: 30\n    metrics:\n      recall: { min: 0.7 }\n', evidenceOf(sliced));
  assert.equal(fail.result, 'fail');
  assert.equal(fail.line, 'recall by region: lowest region=apac 0.64 (140 rows) < min 0.7 (1 of 3 slices below) ✗');
  assert.equal(fail.note, '1 slice under 30 rows left out (region=mars: 3)');
  const pass = outcome('slices:\n  - by: region\n    min_rows: 200\n    metrics:\n      recall: { min: 0.7 }\n', evidenceOf(sliced));
  assert.equal(pass.result, 'pass');
  assert.equal(pass.line, 'recall by region: lowest region=us 0.88 (400 rows) ≥ min 0.7 (all 2 slices clear it) ✓');
});

test('maximum gap between slices', () => {
  const fail = outcome('slices:\n  - by: region\n    min_rows: 30\n    metrics:\n      recall: { max_gap: 0.05 }\n', evidenceOf(sliced));
  assert.equal(fail.line, 'recall gap by region: 0.27 (highest region=eu 0.91 (500 rows), lowest region=apac 0.64 (140 rows)) > max 0.05 ✗');
  const pass = outcome('slices:\n  - by: region\n    min_rows: 200\n    metrics:\n      recall: { max_gap: 0.05 }\n', evidenceOf(sliced));
  assert.equal(pass.result, 'pass');
  const missing = outcome('slices:\n  - by: country\n    metrics:\n      recall: { max_gap: 0.05 }\n', evidenceOf(sliced));
  assert.equal(missing.missing, true);
  assert.match(missing.line, /no slice of country/);
});

test('guardrails read any recorded figure, and the model size the gate measured', () => {
  const document = metricsDocument({ metrics: { latency_p95_ms: { value: 41 }, ece: { value: 0.08 } } });
  assert.equal(outcome('guardrails:\n  latency_p95_ms: { max: 50 }\n', evidenceOf(document)).line, 'latency_p95_ms 41 ≤ max 50 ✓');
  assert.equal(outcome('guardrails:\n  ece: { max: 0.05 }\n', evidenceOf(document)).line, 'ece 0.08 > max 0.05 ✗');
  const size = outcome('guardrails:\n  model.size_mb: { max: 200 }\n', evidenceOf(document, { figures: { 'model.size_mb': 312.5 } }));
  assert.equal(size.line, 'model.size_mb 312.5 > max 200 ✗');
});

test('preconditions on the validation report and the evaluation rows', () => {
  const validation = { passed: false, errors: 3, warnings: 1, rows: 10_000, drift: { share: 0.42, drifted: 5, columns: ['age', 'income'] } };
  const contract = outcome('require:\n  data_contract: passed\n', evidenceOf(auc, { validation }));
  assert.equal(contract.line, 'data contract failed (3 errors, 1 warning, 10,000 rows) ✗');
  const drift = outcome('require:\n  drift_share: { max: 0.3 }\n', evidenceOf(auc, { validation }));
  assert.equal(drift.line, 'drift share 0.42 (5 columns drifted: age, income) > max 0.3 ✗');
  const passed = outcome('require:\n  data_contract: passed\n', evidenceOf(auc, { validation: { ...validation, passed: true, errors: 0 } }));
  assert.equal(passed.result, 'pass');
  assert.equal(outcome('require:\n  eval_rows: { min: 1000 }\n', evidenceOf(auc)).line, 'evaluated on 1,240 rows ≥ min 1,000 ✓');
  assert.equal(outcome('require:\n  eval_rows: { min: 5000 }\n', evidenceOf(auc)).result, 'fail');
  const noReport = outcome('require:\n  data_contract: passed\n', evidenceOf(auc));
  assert.equal(noReport.result, 'fail');
  assert.match(noReport.note ?? '', /data-report/);
});

test('a missing metric fails by default, and warns or is skipped when the policy says so', () => {
  const failed = outcome('metrics:\n  f1: { min: 0.8 }\n', evidenceOf(auc));
  assert.equal(failed.result, 'fail');
  assert.equal(failed.line, 'f1 not recorded in metrics.json ✗');
  assert.match(failed.note ?? '', /it records auc, accuracy, rmse/);
  assert.equal(outcome('on_missing_metric: warn\nmetrics:\n  f1: { min: 0.8 }\n', evidenceOf(auc)).result, 'warn');
  assert.equal(outcome('on_missing_metric: skip\nmetrics:\n  f1: { min: 0.8 }\n', evidenceOf(auc)).result, 'skip');
  const undefinedMetric = metricsDocument({ metrics: { auc: { value: null, reason: 'only one class present' } } });
  const notDefined = outcome('metrics:\n  auc: { min: 0.8 }\n', evidenceOf(undefinedMetric));
  assert.equal(notDefined.line, 'auc undefined (only one class present) in metrics.json ✗');
});

test('the override label accepts failed champion comparisons only, and is recorded', () => {
  const policy = parsePolicy('metrics:\n  auc:\n    max_regression: 0.001\n    min: 0.95\n', 'p.yaml');
  const evidence = evidenceOf(auc, { champion: champion('3', { auc: 0.915 }) });
  const blocked = decide({ policy, evidence, model: { name: 'iris' }, dryRun: false, override: { label: 'accept-regression', pull_request: 7, by: 'alice', at: '2026-11-20T10:00:00Z' } });
  assert.equal(blocked.passed, false, 'the floor still blocks');
  const regression = blocked.rules.find((rule) => rule.rule === 'max_regression')!;
  assert.equal(regression.overridden, true);
  assert.match(regression.line, /→ regressed ✗ \(accepted: label "accept-regression" added by alice\)$/);
  assert.equal(blocked.rules.find((rule) => rule.rule === 'min')!.overridden, undefined);
  assert.deepEqual(blocked.override, { label: 'accept-regression', pull_request: 7, by: 'alice', at: '2026-11-20T10:00:00Z', applied: true, accepted: ['metrics.auc.max_regression'] });

  const onlyRegression = decide({ policy: parsePolicy('metrics:\n  auc: { max_regression: 0.001 }\n', 'p.yaml'), evidence, model: { name: 'iris' }, dryRun: false, override: { label: 'accept-regression' } });
  assert.equal(onlyRegression.passed, true);
  assert.equal(conclusionOf(onlyRegression), 'neutral');
  assert.match(onlyRegression.headline, /regression accepted by label "accept-regression"/);
  assertValidDecision(onlyRegression);

  const notNeeded = decide({ policy: parsePolicy('metrics:\n  auc: { max_regression: 0.1 }\n', 'p.yaml'), evidence, model: { name: 'iris' }, dryRun: false, override: { label: 'accept-regression' } });
  assert.equal(notNeeded.override?.applied, false);
  assert.match(notNeeded.notes.join('\n'), /changed nothing/);
});

test('the decision matches its published schema and its Markdown escapes names from the metrics file', () => {
  const hostile = metricsDocument({ metrics: { '<img src=x>|@team': { value: 0.5 } } });
  const policy = parsePolicy('metrics:\n  "<img src=x>|@team": { min: 0.9 }\n', 'p.yaml');
  const decision = decide({ policy, evidence: evidenceOf(hostile), model: { name: 'iris', digest: 'sha256:00', files: 1, bytes: 10 }, dryRun: false });
  assertValidDecision(decision);
  assert.equal(decision.passed, false);
  assert.equal(conclusionOf(decision), 'failure');
  assert.equal(decision.headline, 'Block iris: 1 rule failed, 0 passed');
  const markdown = decisionMarkdown(decision);
  assert.doesNotMatch(markdown, /<img/);
  // Inside <code> GitHub makes no mentions; everywhere else the @ is broken up.
  assert.doesNotMatch(markdown.replace(/<code>.*?<\/code>/g, ''), /@team/);
  assert.match(markdown, /&lt;img/);
});
