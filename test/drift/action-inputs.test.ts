// The drift action through the runner harness without GitHub: a profile as reference, column
// choices and kinds, methods and thresholds, data formats, every bad input, and the offline mode
// that prints the issue and the dispatch instead of making them. Build first: the harness runs dist/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { runAction, type ActionResult } from '../harness/run-action.ts';
import { CUSTOMERS_CONTRACT, customerRows, customers, DRIFTED, readDriftReport, workspace } from './action-helpers.ts';

/** No token and no repository: what the CLI and a local demo have. */
async function offline(ws: string, inputs: Record<string, string>): Promise<ActionResult> {
  return runAction({ action: 'drift', workspace: ws, token: '', env: { GITHUB_REPOSITORY: undefined, GITHUB_ACTIONS: undefined }, inputs: { 'on-drift': 'none', ...inputs } });
}

function errors(result: ActionResult): string {
  return result.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message).join('\n');
}

function summaryOf(report: any): Array<[string, string, boolean]> {
  return report.drift.columns.map((column: any) => [column.column, column.test, column.drifted]);
}

describe('drift action without GitHub', { concurrency: true }, () => {
  test('a profile written by validate-data works as the reference and gives what the dataset gives', async () => {
    const ws = workspace({ 'contract.yaml': CUSTOMERS_CONTRACT, 'reference.csv': customers(300, 1), 'drifted.csv': customers(200, 3, DRIFTED) });
    const profiled = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'contract.yaml', data: 'reference.csv', 'profile-out': 'ml/reference-profile.json' } });
    assert.equal(profiled.exitCode, 0, profiled.stdout);
    const fromProfile = await offline(ws, { reference: 'ml/reference-profile.json', current: 'drifted.csv', report: 'profile.json' });
    assert.equal(fromProfile.exitCode, 0, fromProfile.stdout);
    const fromDataset = await offline(ws, { reference: 'reference.csv', current: 'drifted.csv', report: 'dataset.json' });
    const profileReport = readDriftReport(join(ws, 'profile.json'));
    const datasetReport = readDriftReport(join(ws, 'dataset.json'));
    assert.deepEqual(profileReport.drift.reference, { path: 'ml/reference-profile.json', kind: 'profile', rows: 300 });
    assert.deepEqual(datasetReport.drift.reference, { path: 'reference.csv', kind: 'dataset', rows: 300 });
    assert.deepEqual(profileReport.drift.columns, datasetReport.drift.columns);
    assert.deepEqual(profileReport.drift.skipped, datasetReport.drift.skipped);
    assert.deepEqual(summaryOf(profileReport), [
      ['age', 'ks', true],
      ['income', 'ks', true],
      ['city', 'chisquare', true],
      ['plan', 'z', false],
    ]);
    assert.deepEqual(profileReport.drift.skipped.map((entry: any) => entry.column), ['id', 'signup']);
    assert.deepEqual(profileReport.drift.unseen_categories, [{ column: 'city', count: 41, percent: 20.5, categories: [{ value: 'Braga', count: 41 }] }]);
    assert.equal(fromProfile.outputs['drifted'], 'true');
    assert.equal(fromDataset.outputs['drifted'], 'true');
    assert.match(fromProfile.summary.replace(/\\(.)/g, '$1'), /against reference ml\/reference-profile\.json \(profile of 300 rows\)/);
  });

  test('columns, exclude-columns and kind overrides choose what is tested and how', async () => {
    const ws = workspace({ 'reference.csv': customers(300, 1), 'drifted.csv': customers(200, 3, DRIFTED) });
    const only = await offline(ws, { reference: 'reference.csv', current: 'drifted.csv', columns: 'plan, city', report: 'only.json' });
    assert.equal(only.exitCode, 0, only.stdout);
    const onlyReport = readDriftReport(join(ws, 'only.json'));
    assert.deepEqual(summaryOf(onlyReport), [['plan', 'z', false], ['city', 'chisquare', true]]);
    assert.equal(onlyReport.drift.share, 0.5);
    assert.equal(onlyReport.drift.drifted, true, 'share 0.5 reaches drift-share 0.5');

    const kinds = await offline(ws, {
      reference: 'reference.csv',
      current: 'drifted.csv',
      'exclude-columns': 'income',
      'numerical-columns': 'id',
      'categorical-columns': 'signup, age',
      report: 'kinds.json',
    });
    assert.equal(kinds.exitCode, 0, kinds.stdout);
    const kindsReport = readDriftReport(join(ws, 'kinds.json'));
    assert.deepEqual(kindsReport.drift.columns.map((column: any) => [column.column, column.kind, column.test]), [
      ['id', 'numerical', 'ks'],
      ['age', 'categorical', 'chisquare'],
      ['city', 'categorical', 'chisquare'],
      ['plan', 'categorical', 'z'],
      ['signup', 'categorical', 'chisquare'],
    ]);
    assert.deepEqual(kindsReport.drift.skipped, [{ column: 'income', reason: 'excluded by exclude-columns' }]);
  });

  test('drift-method, drift-threshold and drift-share', async () => {
    const ws = workspace({ 'reference.csv': customers(300, 1), 'drifted.csv': customers(200, 3, DRIFTED) });
    const result = await offline(ws, { reference: 'reference.csv', current: 'drifted.csv', 'drift-method': 'psi', 'drift-threshold': '0.25', 'drift-share': '0.8', report: 'psi.json' });
    assert.equal(result.exitCode, 0, result.stdout);
    const report = readDriftReport(join(ws, 'psi.json'));
    assert.ok(report.drift.columns.every((column: any) => column.test === 'psi' && column.threshold === 0.25));
    assert.equal(report.drift.method, 'psi');
    assert.equal(report.drift.threshold, 0.8);
    const drifted = report.drift.columns.filter((column: any) => column.statistic >= 0.25).length;
    assert.equal(report.drift.drifted_columns, drifted);
    assert.equal(report.drift.drifted, drifted / report.drift.columns.length >= 0.8);
    assert.equal(result.outputs['drifted'], String(report.drift.drifted));
    // Above 1000 reference rows, auto switches to distances.
    const large = workspace({ 'reference.csv': customers(1200, 1), 'same.csv': customers(300, 2) });
    const auto = await offline(large, { reference: 'reference.csv', current: 'same.csv', report: 'auto.json' });
    assert.deepEqual(summaryOf(readDriftReport(join(large, 'auto.json'))), [
      ['age', 'wasserstein', false],
      ['income', 'wasserstein', false],
      ['city', 'jensenshannon', false],
      ['plan', 'jensenshannon', false],
    ]);
  });

  test('JSON Lines (gzipped) and Parquet current data give the same statistics as CSV', async () => {
    const csv = customers(200, 3, DRIFTED);
    const rows = customerRows(csv);
    const parquet = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: rows.map((row) => row['id']), type: 'INT32' },
        { name: 'age', data: rows.map((row) => row['age']), type: 'DOUBLE' },
        { name: 'income', data: rows.map((row) => row['income']), type: 'DOUBLE' },
        { name: 'city', data: rows.map((row) => row['city']), type: 'STRING' },
        { name: 'plan', data: rows.map((row) => row['plan']), type: 'STRING' },
        { name: 'signup', data: rows.map((row) => row['signup']), type: 'STRING' },
      ],
    });
    const ws = workspace({
      'reference.csv': customers(300, 1),
      'current.csv': csv,
      'current.jsonl.gz': gzipSync(rows.map((row) => JSON.stringify(row)).join('\n')),
      'current.parquet': new Uint8Array(parquet),
    });
    const reports: any[] = [];
    for (const current of ['current.csv', 'current.jsonl.gz', 'current.parquet']) {
      const result = await offline(ws, { reference: 'reference.csv', current, report: `${current}.report.json` });
      assert.equal(result.exitCode, 0, result.stdout);
      reports.push(readDriftReport(join(ws, `${current}.report.json`)));
    }
    assert.deepEqual(reports.map((report) => report.current.format), ['csv', 'jsonl', 'parquet']);
    assert.deepEqual(reports[1].drift.columns, reports[0].drift.columns);
    assert.deepEqual(reports[2].drift.columns, reports[0].drift.columns);
  });

  test('offline: the issue and the dispatch are printed instead of made, with a notice', async () => {
    const ws = workspace({ 'reference.csv': customers(300, 1), 'drifted.csv': customers(200, 3, DRIFTED) });
    const result = await offline(ws, { reference: 'reference.csv', current: 'drifted.csv', 'on-drift': 'issue,dispatch', 'dispatch-inputs': 'model: churn' });
    assert.equal(result.exitCode, 0, result.stdout);
    const notices = result.annotations.filter((annotation) => annotation.level === 'notice').map((annotation) => annotation.message);
    assert.deepEqual(notices, [
      'Not connected to GitHub: no token (the `token` input, or GITHUB_TOKEN outside a workflow) and no repository (GITHUB_REPOSITORY). What on-drift asks of GitHub is printed in the log instead of done.',
    ]);
    assert.match(result.stdout, /The drift issue, printed instead of opened:\nTitle: Data drift detected\nLabels: drift\n\n<!-- ml-actions:drift v=1 key=- -->\n\n## ⚠️ Data drift: 3 of 4 columns drifted/);
    assert.match(result.stdout, /Workflow dispatch \(printed, not made\): ml-release\.yml on the default branch with inputs\n {2}model: churn\n {2}reason: Data drift in drifted\.csv: 3 of 4 columns drifted/);
    const report = readDriftReport(result.outputs['report']!);
    assert.deepEqual(report.issue, { outcome: 'printed' });
    assert.equal(report.dispatch.outcome, 'printed');
    assert.equal(report.run_url, undefined);
    assert.match(result.summary, /The drift issue was printed in the log, not opened: no GitHub token or repository\./);
    assert.equal(result.outputs['issue-number'], '');
  });

  test('on a runner with the token input emptied, the same is a warning', async () => {
    const ws = workspace({ 'reference.csv': customers(300, 1), 'same.csv': customers(200, 2) });
    const result = await runAction({ action: 'drift', workspace: ws, token: '', inputs: { reference: 'reference.csv', current: 'same.csv' } });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(
      result.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message),
      ['Not connected to GitHub: no token (the `token` input, or GITHUB_TOKEN outside a workflow). What on-drift asks of GitHub is printed in the log instead of done.'],
    );
    assert.match(result.summary, /an open drift issue, if there is one, was not looked for or closed/);
  });

  const BAD: Array<[string, Record<string, string>, RegExp]> = [
    ['a missing reference file', { reference: 'data/nope.csv' }, /^drift: Input "reference" names data\/nope\.csv, which does not exist$/],
    ['a missing current file', { current: 'fresh/today.csv' }, /^drift: Input "current" names fresh\/today\.csv, which does not exist$/],
    ['a folder as current data', { current: 'data' }, /^drift: Input "current" names data, which is not a file$/],
    ['current data of an unknown format', { current: 'data/notes.txt' }, /^drift: Input "current" names data\/notes\.txt: cannot tell the data format from the file name; use \.csv, \.tsv/],
    ['an unknown on-drift word', { 'on-drift': 'issue, email' }, /^drift: Input "on-drift" has "email", which is not one of fail, issue, dispatch, none \(combine several with commas, e\.g\. issue,dispatch\)$/],
    ['none with other on-drift words', { 'on-drift': 'none,fail' }, /^drift: Input "on-drift" combines "none" with fail; use "none" alone$/],
    ['drift-share above 1', { 'drift-share': '1.5' }, /^drift: Input "drift-share" must be a number from 0 to 1, got 1\.5$/],
    ['drift-share that is not a number', { 'drift-share': 'half' }, /^drift: Input "drift-share" must be a number from 0 to 1, got "half"$/],
    ['an unknown drift-method', { 'drift-method': 'kl' }, /^drift: Input "drift-method" must be one of auto, ks, chisquare, z, wasserstein, jensenshannon, psi; got "kl"$/],
    ['a column neither file has', { columns: 'age, salary' }, /^drift: Input "columns" names "salary", which neither the reference nor the current data has \(columns: "id", "age", "income", "city", "plan", "signup"\)$/],
    ['a column given both kinds', { 'categorical-columns': 'age', 'numerical-columns': 'age' }, /^drift: Input "numerical-columns" names "age", which categorical-columns names too; give each column one kind$/],
    ['a malformed dispatch-inputs line', { 'dispatch-inputs': 'model churn' }, /^drift: Input "dispatch-inputs" line 1 must look like "name: value", got "model churn"$/],
    ['no issue label', { 'on-drift': 'issue', 'issue-labels': ' , ' }, /^drift: Input "issue-labels" needs at least one label: the drift issue is found again by its first label$/],
    ['a reference that is not a valid profile', { reference: 'data/broken-profile.json' }, /^drift: data\/broken-profile\.json: not a valid ml-actions\/profile@1 file/],
    ['a reference that cannot be read', { reference: 'data/bad.parquet' }, /^drift: reference: data\/bad\.parquet: not a readable Parquet file/],
    ['data with no column in common', { reference: 'data/other.csv' }, /^drift: data\/other\.csv and data\/current\.csv have no column in common \(reference: a, b; current: id, age, income, city, plan, signup\): are they the same kind of data\?$/],
  ];

  for (const [what, inputs, message] of BAD) {
    test(`${what} is a clear error naming the input or file`, async () => {
      const ws = workspace({
        'data/reference.csv': customers(40, 1),
        'data/current.csv': customers(40, 2),
        'data/notes.txt': 'hello\n',
        'data/broken-profile.json': '{"format":"ml-actions/profile@1","rows":"many","columns":{}}',
        'data/bad.parquet': 'not parquet at all',
        'data/other.csv': 'a,b\n1,2\n',
      });
      const result = await offline(ws, { reference: 'data/reference.csv', current: 'data/current.csv', ...inputs });
      assert.equal(result.exitCode, 1, result.stdout);
      assert.match(errors(result), message);
      assert.doesNotMatch(result.stdout, /^\s+at /m, 'no stack trace');
      assert.equal(result.outputs['report'], undefined, 'no report for a run that could not measure');
    });
  }
});
