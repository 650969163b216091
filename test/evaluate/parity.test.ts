/**
 * Parity with scikit-learn, through the bundled action as the runner starts it: every case made by
 * fixtures/make_fixtures.py is evaluated and compared to scikit-learn's values to 1e-9.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPECTED, assertMatchesFixture, assertValidMetricsDocument } from './expectations.ts';
import { evaluate, workspaceWith } from './workspace.ts';

for (const [name, fixture] of Object.entries(EXPECTED.cases)) {
  test(`matches scikit-learn ${EXPECTED.sklearn} on ${name}`, async () => {
    const workspace = workspaceWith([fixture.file]);
    const { result, document } = await evaluate(workspace, { predictions: fixture.file, bootstrap: 0, ...fixture.inputs });
    assertValidMetricsDocument(document);
    assertMatchesFixture(document, name, fixture);
    assert.deepEqual(JSON.parse(result.outputs['metrics']!), document, 'the metrics output is the metrics file');
  });
}
