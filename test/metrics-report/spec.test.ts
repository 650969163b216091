import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/shared/errors.ts';
import { buildSpec, describeTolerance, parseTolerance, patternMatcher, readSpec, withinTolerance } from '../../src/metrics-report/spec.ts';

test('without a spec, direction follows the name and any change counts', () => {
  const spec = buildSpec();
  assert.deepEqual(spec.rule('val.loss'), { direction: 'lower', tolerance: {}, ignore: false });
  assert.equal(spec.rule('accuracy').direction, 'higher');
  assert.deepEqual(spec.trend, []);
});

test('exact names win over patterns, the first matching pattern wins, defaults fill the rest', () => {
  const spec = buildSpec({
    defaults: { tolerance: '0.5%' },
    metrics: { '*.loss': { direction: 'lower', tolerance: 0.01 }, 'train.loss': { ignore: true }, '*': { tolerance: '1%' }, throughput: { direction: 'higher' } },
  });
  assert.equal(spec.rule('train.loss').ignore, true);
  assert.deepEqual(spec.rule('val.loss').tolerance, { absolute: 0.01 });
  assert.deepEqual(spec.rule('accuracy').tolerance, { relative: 0.01 });
  assert.deepEqual(spec.rule('throughput').tolerance, { relative: 0.005 }, 'an entry without tolerance takes the default');
});

test('tolerances are absolute or a share of the base value; float dust never counts', () => {
  assert.deepEqual(parseTolerance(' 2.5 %'), { relative: 0.025 });
  assert.ok(withinTolerance(0.004, 0.9, { absolute: 0.005 }));
  assert.ok(!withinTolerance(0.006, 0.9, { absolute: 0.005 }));
  assert.ok(withinTolerance(1.9, 100, { relative: 0.02 }));
  assert.ok(!withinTolerance(2.1, 100, { relative: 0.02 }));
  assert.ok(withinTolerance(0.1 + 0.2 - 0.3, 0.3, {}));
  assert.equal(describeTolerance({ absolute: 0.005, relative: 0.02 }), '±0.005 or ±2%');
  assert.ok(patternMatcher('class.*.f1')('class.a.b.f1'));
  assert.ok(!patternMatcher('f1')('f1_macro'));
});

test('a wrong spec file is reported at its file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spec-'));
  const path = join(dir, 'metrics-spec.yml');
  writeFileSync(path, 'metrics:\n  accuracy:\n    direction: up\n  loss:\n    tolerance: lots\n');
  assert.throws(
    () => readSpec(path, 'metrics-spec.yml'),
    (error: unknown) =>
      error instanceof UserError &&
      error.location?.file === 'metrics-spec.yml' &&
      error.location.line === 3 &&
      error.message ===
        'metrics-spec.yml: 2 problems in the metrics spec:\n' +
          '  metrics-spec.yml:3:16: metrics.accuracy.direction: must be one of "higher", "lower", got "up"\n' +
          '  metrics-spec.yml:5:16: metrics.loss.tolerance: must be an absolute amount such as 0.005 or a percentage such as "2%", got "lots"',
  );
  writeFileSync(path, 'metrics:\n  accuracy: {direction: higher\n');
  assert.throws(() => readSpec(path, 'metrics-spec.yml'), /^FileProblems: metrics-spec\.yml:\d+:\d+: /);
  writeFileSync(path, 'metric:\n  accuracy: {}\n');
  assert.throws(() => readSpec(path, 'metrics-spec.yml'), /metrics-spec\.yml:1:1: the top level: unknown key "metric" \(expected one of: defaults, metrics, trend\)/);
  assert.throws(() => readSpec(join(dir, 'none.yml'), 'none.yml'), /^UserError: Input "metrics-spec": none\.yml not found/);
  writeFileSync(path, 'metrics:\n  accuracy: { direction: higher, tolerance: "1%" }\ntrend: [accuracy]\n');
  assert.deepEqual(readSpec(path, 'metrics-spec.yml').rule('accuracy').tolerance, { relative: 0.01 });
});
