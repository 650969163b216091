import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ColumnAccumulator } from '../../src/drift/accumulate.ts';
import { compareToReference, type DriftTest } from '../../src/drift/compare.ts';
import { ProfileBuilder } from '../../src/drift/profile.ts';

interface Case {
  name: string;
  test: DriftTest;
  reference: Array<number | string>;
  current: Array<number | string>;
  statistic: number;
  p_value?: number;
  tolerance?: number;
}

// Expected values come from SciPy/NumPy via make-scipy-fixtures.py (committed beside the JSON).
const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/scipy-drift.json'), 'utf8')) as { cases: Case[] };

function close(actual: number, expected: number, relative: number, what: string): void {
  const scale = Math.max(Math.abs(expected), 1e-12);
  assert.ok(Math.abs(actual - expected) / scale <= relative, `${what}: got ${actual}, SciPy says ${expected} (relative tolerance ${relative})`);
}

for (const fixture of fixtures.cases) {
  test(`drift ${fixture.name} matches SciPy`, () => {
    // The reference goes through a profile, as both a dataset reference and profile-out do.
    const builder = new ProfileBuilder();
    builder.addBatch(['x'], fixture.reference.map((value) => [typeof value === 'number' ? String(value) : value]));
    const profile = JSON.parse(JSON.stringify(builder.build())) as ReturnType<ProfileBuilder['build']>;
    const current = new ColumnAccumulator();
    for (const value of fixture.current) current.add(typeof value === 'number' ? String(value) : value);
    const result = compareToReference(profile, new Map([['x', current.finish()]]), { method: fixture.test, driftShare: 0.5 });
    assert.equal(result.columns.length, 1, JSON.stringify(result.skipped));
    const column = result.columns[0]!;
    assert.equal(column.test, fixture.test);
    close(column.statistic!, fixture.statistic, fixture.tolerance ?? 1e-9, 'statistic');
    if (fixture.p_value !== undefined) close(column.p_value!, fixture.p_value, fixture.tolerance ?? 1e-6, 'p-value');
  });
}
