import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startGitHub } from '../stand-ins/github/index.ts';
import { runAction } from '../harness/run-action.ts';
import { parseContract } from '../../src/validate-data/contract.ts';
import { compareContracts } from '../../src/validate-data/breaking.ts';
import { PENGUINS_CONTRACT, readReport, workspace } from './helpers.ts';

const DATA = 'id,species,bill_length_mm,email,observed\n1,Adelie,39.1,a@b.org,2024-01-01\n2,Gentoo,45,c@d.org,2024-03-01\n3,Chinstrap,50.5,e@f.org,2024-03-02\n';

function changed(edit: (text: string) => string): string {
  return edit(PENGUINS_CONTRACT);
}

function changesBetween(before: string, after: string) {
  return compareContracts(parseContract(before, 'base.yaml'), parseContract(after, 'pr.yaml')).map((c) => [c.change, c.property ?? c.object, c.consumer, c.producer, c.breaking]);
}

test('each kind of change is classified from the consumer and the producer side', () => {
  const cases: Array<[string, (t: string) => string, Array<[string, string | undefined, string, string, boolean]>]> = [
    ['property removed', (t) => t.replace(/      - name: observed\n        logicalType: date\n/, ''), [['property-removed', 'observed', 'error', 'info', true]]],
    ['optional property added', (t) => t.replace('      - name: observed', '      - name: island\n        logicalType: string\n      - name: observed'), [['property-added', 'island', 'info', 'info', false]]],
    ['required property added', (t) => t.replace('      - name: observed', '      - name: island\n        logicalType: string\n        required: true\n      - name: observed'), [['property-added', 'island', 'info', 'error', true]]],
    ['type widened', (t) => t.replace('name: id\n        logicalType: integer', 'name: id\n        logicalType: number'), [['type-changed', 'id', 'warning', 'info', false]]],
    ['type narrowed', (t) => t.replace('logicalType: number', 'logicalType: integer'), [['type-changed', 'bill_length_mm', 'info', 'error', true]]],
    ['type changed', (t) => t.replace('name: observed\n        logicalType: date', 'name: observed\n        logicalType: boolean'), [['type-changed', 'observed', 'error', 'error', true]]],
    ['required loosened', (t) => t.replace('        required: true\n', ''), [['required-changed', 'species', 'error', 'info', true]]],
    ['unique added', (t) => t.replace('name: email\n', 'name: email\n        unique: true\n'), [['unique-changed', 'email', 'info', 'error', true]]],
    ['allowed value added', (t) => t.replace('[Adelie, Gentoo, Chinstrap]', '[Adelie, Gentoo, Chinstrap, Emperor]'), [['allowed-values-added', 'species', 'warning', 'info', false]]],
    ['allowed value removed', (t) => t.replace('[Adelie, Gentoo, Chinstrap]', '[Adelie, Gentoo]'), [['allowed-values-removed', 'species', 'info', 'error', true]]],
    ['range tightened', (t) => t.replace('minimum: 30', 'minimum: 40'), [['range-tightened', 'bill_length_mm', 'info', 'error', true]]],
    ['range loosened', (t) => t.replace('exclusiveMaximum: 60', 'maximum: 60'), [['range-loosened', 'bill_length_mm', 'warning', 'info', false]]],
    ['length tightened', (t) => t.replace('format: email', 'format: email\n          maxLength: 5'), [['length-tightened', 'email', 'info', 'error', true]]],
    ['pattern added', (t) => t.replace('format: email', 'format: email\n          pattern: "@"'), [['pattern-changed', 'email', 'info', 'error', true]]],
    ['classification changed', (t) => t.replace('classification: pii', 'classification: public'), [['classification-changed', 'email', 'error', 'info', true]]],
  ];
  for (const [name, edit, expected] of cases) assert.deepEqual(changesBetween(PENGUINS_CONTRACT, changed(edit)), expected, name);
  const withId = changed((t) => t.replace('- name: observed', '- name: observed\n        id: obs'));
  assert.deepEqual(changesBetween(withId, withId.replace('- name: observed', '- name: seen_on')), [['property-renamed', 'seen_on', 'error', 'error', true]]);
});

test('compatibility chooses whose side a change must not break: consumers, producers, or both', () => {
  const removed = changed((t) => t.replace(/      - name: observed\n        logicalType: date\n/, ''));
  const requiredAdded = changed((t) => t.replace('      - name: observed', '      - name: island\n        logicalType: string\n        required: true\n      - name: observed'));
  const breaking = (after: string, compatibility: 'full' | 'consumer' | 'producer') => compareContracts(parseContract(PENGUINS_CONTRACT, 'base.yaml'), parseContract(after, 'pr.yaml'), [], compatibility).map((c) => c.breaking);
  // A removed property breaks readers only; a new required property breaks writers only.
  assert.deepEqual([breaking(removed, 'full'), breaking(removed, 'consumer'), breaking(removed, 'producer')], [[true], [true], [false]]);
  assert.deepEqual([breaking(requiredAdded, 'full'), breaking(requiredAdded, 'consumer'), breaking(requiredAdded, 'producer')], [[true], [false], [true]]);
});

test('a breaking change without a major version bump fails, with the data as evidence; a major bump lets it through', async () => {
  const tightened = changed((t) => t.replace('format: email', 'format: email\n          maxLength: 7'));
  const ws = workspace({ 'contracts/penguins.odcs.yaml': tightened, 'base.odcs.yaml': PENGUINS_CONTRACT, 'data/penguins.csv': DATA });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'contracts/penguins.odcs.yaml', 'base-contract': 'base.odcs.yaml', report: 'r.json' } });
  assert.equal(result.exitCode, 1);
  assert.equal(result.outputs['breaking-changes'], '1');
  const report = readReport(join(ws, 'r.json'));
  const change = report.breaking_changes[0];
  assert.equal(change.change, 'length-tightened');
  assert.equal(change.evidence.count, 0);
  assert.match(change.evidence.message, /All 3 rows in data\/penguins\.csv satisfy the new length rule/);
  assert.match(result.stdout, /1 breaking contract change without a major version bump \(1\.0\.0 → 1\.0\.0\)/);
  const annotation = result.annotations.find((a) => a.title === 'contract change: length-tightened');
  assert.equal(annotation?.file, 'contracts/penguins.odcs.yaml');

  const stricter = tightened.replace('maxLength: 7', 'maxLength: 6');
  const bumped = workspace({ 'contracts/penguins.odcs.yaml': stricter.replace('version: 1.0.0', 'version: 2.0.0'), 'base.odcs.yaml': PENGUINS_CONTRACT, 'data/penguins.csv': DATA });
  const major = await runAction({ action: 'validate-data', workspace: bumped, inputs: { contract: 'contracts/penguins.odcs.yaml', 'base-contract': 'base.odcs.yaml', report: 'r.json' } });
  const majorReport = readReport(join(bumped, 'r.json'));
  assert.equal(majorReport.base_contract.major_bumped, true);
  // The data itself now breaks the new rule (redacted: email is pii), so the step fails on the data, not the change.
  assert.match(majorReport.breaking_changes[0].evidence.message, /3 of 3 rows in data\/penguins\.csv already violate the new length rule/);
  assert.equal(major.outputs['errors'], '1');
  assert.ok(!major.stdout.includes('without a major version bump'));
});

test('with compatibility: producer, a change that breaks only readers is reported but does not fail the step', async () => {
  const removed = changed((t) => t.replace(/      - name: observed\n        logicalType: date\n/, ''));
  const data = DATA.replace(/,observed|,2024-0\d-0\d/g, '');
  const run = (compatibility?: string) => {
    const ws = workspace({ 'contracts/penguins.odcs.yaml': removed, 'base.odcs.yaml': PENGUINS_CONTRACT, 'data/penguins.csv': data });
    return runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'contracts/penguins.odcs.yaml', 'base-contract': 'base.odcs.yaml', ...(compatibility ? { compatibility } : {}) } });
  };
  const full = await run();
  assert.equal(full.exitCode, 1);
  assert.equal(full.outputs['breaking-changes'], '1');
  const producer = await run('producer');
  assert.equal(producer.exitCode, 0, producer.stdout);
  assert.equal(producer.outputs['breaking-changes'], '0');
  assert.match(producer.summary, /property\\-removed +\| penguins\\.observed +\| error +\| info +\| no /);
  const wrong = await run('backward');
  assert.equal(wrong.exitCode, 1);
  assert.ok(wrong.annotations.some((a) => a.level === 'error' && /compatibility/.test(a.message)), wrong.stdout);
});

test('on a pull request the base contract is read through the contents API at the base commit', async () => {
  const gh = await startGitHub();
  try {
    const baseSha = gh.state.commit('main', { 'contracts/penguins.odcs.yaml': PENGUINS_CONTRACT });
    const ws = workspace({ 'contracts/penguins.odcs.yaml': changed((t) => t.replace('        required: true\n', '')), 'data/penguins.csv': DATA });
    const event = { pull_request: { number: 7, head: { sha: 'b'.repeat(40), ref: 'loosen', repo: { full_name: 'acme/iris' } }, base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/iris' } } } };
    const result = await runAction({ action: 'validate-data', workspace: ws, eventName: 'pull_request', event, apiUrl: gh.url, token: 'test-token', inputs: { contract: 'contracts/penguins.odcs.yaml', report: 'r.json' } });
    assert.equal(result.exitCode, 1, result.stdout);
    const report = readReport(join(ws, 'r.json'));
    assert.deepEqual(report.breaking_changes.map((c: any) => [c.change, c.property, c.consumer, c.producer]), [['required-changed', 'species', 'error', 'info']]);
    assert.equal(report.base_contract.source, `${baseSha.slice(0, 12)}:contracts/penguins.odcs.yaml`);
    const request = gh.requests.find((r) => r.operationId === 'repos/get-content');
    assert.ok(request, 'read the contract through the API');
    assert.equal(request.query['ref'], baseSha);
    assert.equal(decodeURIComponent(request.path), '/repos/acme/iris/contents/contracts/penguins.odcs.yaml');
    assert.match(result.summary, /Contract changes against/);
  } finally {
    await gh.close();
  }
});

test('a contract that is new on the pull request has nothing to compare', async () => {
  const gh = await startGitHub();
  try {
    const baseSha = gh.state.commit('main', { 'README.md': 'hi' });
    const ws = workspace({ 'contracts/penguins.odcs.yaml': PENGUINS_CONTRACT, 'data/penguins.csv': DATA });
    const event = { pull_request: { number: 8, head: { sha: 'c'.repeat(40), ref: 'new', repo: { full_name: 'acme/iris' } }, base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/iris' } } } };
    const result = await runAction({ action: 'validate-data', workspace: ws, eventName: 'pull_request', event, apiUrl: gh.url, token: 'test-token', inputs: { contract: 'contracts/penguins.odcs.yaml' } });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.match(result.stdout, /does not exist on the base branch/);
  } finally {
    await gh.close();
  }
});
