/** The scikit-learn fixtures (fixtures/expected.json, made by fixtures/make_fixtures.py) and how a metrics document is held to them. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { MetricsDocument } from '../../src/shared/metrics.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface FixtureCase {
  file: string;
  inputs: Record<string, string>;
  task: 'classification' | 'regression';
  labels?: string[];
  metrics: Record<string, number | null>;
  classes?: Record<string, Record<string, number | null>>;
  confusion_matrix?: number[][];
  sklearn_errors: Record<string, string>;
}

export const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { sklearn: string; cases: Record<string, FixtureCase> };

export const TOLERANCE = 1e-9;

function close(actual: number | null | undefined, expected: number, what: string): void {
  assert.equal(typeof actual, 'number', `${what}: expected ${expected}, got ${actual}`);
  const scale = Math.max(1, Math.abs(expected));
  assert.ok(Math.abs(actual! - expected) <= TOLERANCE * scale, `${what}: expected ${expected}, got ${actual} (difference ${actual! - expected})`);
}

/** Every value scikit-learn gives is matched to 1e-9 (relative beyond 1); what it cannot compute is null with a reason. */
export function assertMatchesFixture(document: MetricsDocument, name: string, fixture: FixtureCase): void {
  assert.equal(document.task, fixture.task, `${name}: task`);
  const binary = document.average === 'binary';
  for (const [metric, expected] of Object.entries(fixture.metrics)) {
    const ours = metric.endsWith('_binary') ? (binary ? metric.slice(0, -'_binary'.length) : undefined) : metric;
    if (ours === undefined) continue;
    const actual = document.metrics[ours];
    assert.ok(actual, `${name}: metric ${ours} is missing (have ${Object.keys(document.metrics).join(', ')})`);
    if (expected === null) {
      assert.equal(actual.value, null, `${name}: ${ours} must be null (scikit-learn: ${fixture.sklearn_errors[metric] ?? 'undefined'})`);
      assert.ok(actual.reason && actual.reason.length > 10, `${name}: ${ours} is null with a reason`);
    } else {
      close(actual.value, expected, `${name}: ${ours}`);
    }
  }
  if (document.task === 'classification' && !binary) {
    for (const metric of ['precision', 'recall', 'f1']) {
      assert.deepEqual(document.metrics[metric], document.metrics[`${metric}_${document.average}`], `${name}: headline ${metric} is the ${document.average} average`);
    }
  }
  if (fixture.labels) assert.deepEqual(document.labels, fixture.labels, `${name}: labels`);
  if (fixture.confusion_matrix) assert.deepEqual(document.confusion_matrix, { labels: fixture.labels, matrix: fixture.confusion_matrix }, `${name}: confusion matrix`);
  for (const [label, metrics] of Object.entries(fixture.classes ?? {})) {
    for (const [metric, expected] of Object.entries(metrics)) {
      const actual = document.classes?.[label]?.[metric];
      assert.ok(actual, `${name}: class ${label} ${metric} is missing`);
      if (expected === null) assert.equal(actual.value, null, `${name}: class ${label} ${metric} must be null`);
      else close(actual.value, expected, `${name}: class ${label} ${metric}`);
    }
  }
}

let validator: ReturnType<Ajv2020['compile']> | undefined;

export function assertValidMetricsDocument(document: unknown): void {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/metrics.schema.json'), 'utf8'));
    validator = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  }
  assert.ok(validator(document), `metrics document does not match schemas/metrics.schema.json: ${JSON.stringify(validator.errors, null, 1)}`);
}
