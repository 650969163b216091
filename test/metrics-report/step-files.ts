/** Files the validate-data and gate steps write, as their published schemas describe them. */

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
