import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runAction } from '../harness/run-action.ts';
import { readProfileFile, readReport, workspace } from './helpers.ts';

const CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: penguins
version: 1.0.0
status: active
schema:
  - name: penguins
    properties:
      - name: id
        logicalType: integer
        primaryKey: true
      - name: species
        logicalType: string
      - name: mass
        logicalType: number
      - name: seen
        logicalType: date
`;

/** A deterministic sample: mass cycles through 400 values around `centre`, species by the given weights. */
function dataset(rows: number, centre: number, species: string[]): string {
  const lines = ['id,species,mass,seen'];
  for (let i = 0; i < rows; i++) lines.push(`${i + 1},${species[i % species.length]},${centre + ((i * 37) % 400) - 200},2024-01-${String(1 + (i % 28)).padStart(2, '0')}`);
  return `${lines.join('\n')}\n`;
}

test('profile-out writes a profile; the same data against it does not drift; shifted data does, with unseen categories on their own', async () => {
  const reference = dataset(600, 4000, ['Adelie', 'Adelie', 'Gentoo', 'Chinstrap']);
  const ws = workspace({ 'p.yaml': CONTRACT, 'reference.csv': reference, 'same.csv': reference, 'shifted.csv': dataset(500, 4150, ['Adelie', 'Gentoo', 'Gentoo', 'Emperor']) });
  const first = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'p.yaml', data: 'reference.csv', 'profile-out': 'profiles/penguins.json' } });
  assert.equal(first.exitCode, 0, first.stdout);
  assert.equal(first.outputs['profile'], join(ws, 'profiles/penguins.json'));
  const profile = readProfileFile(join(ws, 'profiles/penguins.json'));
  assert.equal(profile.rows, 600);
  assert.equal(profile.columns.mass.kind, 'numerical');
  assert.equal(profile.columns.species.kind, 'categorical');
  assert.deepEqual(profile.columns.species.categories, { Adelie: 300, Gentoo: 150, Chinstrap: 150 });

  const same = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'p.yaml', data: 'same.csv', reference: 'profiles/penguins.json', report: 'same.json' } });
  assert.equal(same.exitCode, 0, same.stdout);
  const sameReport = readReport(join(ws, 'same.json'));
  assert.equal(sameReport.drift.drifted, false);
  assert.deepEqual(sameReport.drift.columns.map((c: any) => [c.column, c.test, c.statistic, c.p_value]), [['species', 'chisquare', 0, 1], ['mass', 'ks', 0, 1]]);
  assert.deepEqual(sameReport.drift.skipped, [{ column: 'id', reason: 'a key or unique column' }, { column: 'seen', reason: 'date columns are not tested for drift' }]);

  const shifted = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'p.yaml', data: 'shifted.csv', reference: 'profiles/penguins.json', report: 'shifted.json' } });
  // Drift warns; it fails the step only with fail-on: warning.
  assert.equal(shifted.exitCode, 0, shifted.stdout);
  assert.equal(shifted.outputs['dataset-drift'], 'true');
  assert.equal(shifted.outputs['drifted-columns'], '2');
  const report = readReport(join(ws, 'shifted.json'));
  assert.equal(report.drift.share, 1);
  assert.deepEqual(report.drift.unseen_categories, [{ column: 'species', count: 125, percent: 25, categories: [{ value: 'Emperor', count: 125 }] }]);
  assert.match(shifted.summary, /dataset drift/);
  assert.match(shifted.summary, /categories the reference never had: <code>Emperor<\/code> \(125\)/);

  // A dataset as reference gives exactly what its profile gives.
  const direct = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'p.yaml', data: 'shifted.csv', reference: 'reference.csv', report: 'direct.json' } });
  assert.equal(direct.exitCode, 0);
  const directReport = readReport(join(ws, 'direct.json'));
  assert.deepEqual(directReport.drift.columns, report.drift.columns);
  assert.equal(directReport.drift.reference.kind, 'dataset');
});

test('drift-method, drift-threshold, drift-share and drift-columns', async () => {
  const ws = workspace({ 'p.yaml': CONTRACT, 'r.csv': dataset(1500, 4000, ['Adelie', 'Gentoo']), 'c.csv': dataset(800, 4040, ['Adelie', 'Gentoo', 'Gentoo']) });
  const auto = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'p.yaml', data: 'c.csv', reference: 'r.csv', report: 'auto.json' } });
  const autoReport = readReport(join(ws, 'auto.json'));
  // Above 1000 reference rows: normed Wasserstein for numbers, Jensen-Shannon for categories.
  assert.deepEqual(autoReport.drift.columns.map((c: any) => [c.column, c.test, c.threshold]), [['species', 'jensenshannon', 0.1], ['mass', 'wasserstein', 0.1]]);
  assert.equal(auto.exitCode, 0);
  const psi = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'p.yaml', data: 'c.csv', reference: 'r.csv', report: 'psi.json', 'drift-method': 'psi', 'drift-threshold': 0.01, 'drift-share': 0.6, 'drift-columns': 'mass', 'fail-on': 'warning' } });
  const psiReport = readReport(join(ws, 'psi.json'));
  assert.deepEqual(psiReport.drift.columns.map((c: any) => [c.column, c.test, c.threshold]), [['mass', 'psi', 0.01]]);
  assert.equal(psiReport.drift.threshold, 0.6);
  assert.equal(psi.exitCode, psiReport.drift.drifted ? 1 : 0);
});

test('a reference that is neither data nor a profile is a clear error', async () => {
  const ws = workspace({ 'p.yaml': CONTRACT, 'c.csv': dataset(10, 1, ['A']), 'bad.json': '{"format":"ml-actions/profile@1","rows":"many"}' });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'p.yaml', data: 'c.csv', reference: 'bad.json' } });
  assert.equal(result.exitCode, 1);
  assert.match(result.stdout, /bad\.json: not a valid ml-actions\/profile@1 file/);
});
