// The drift action with a profile validate-data wrote for a contract of several schema objects:
// `object` chooses one, by default each is compared with its own current data from `name: path`
// lines, an ambiguous choice is a clear error, and one drift issue covers them all.
// Build first: the harness runs dist/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runAction, type ActionResult } from '../harness/run-action.ts';
import { startGitHub } from '../stand-ins/github/index.ts';
import { shopOrders } from '../validate-data/helpers.ts';
import { customers, CUSTOMERS_CONTRACT, DRIFTED, readDriftReport, workspace } from './action-helpers.ts';

// The customers contract with an orders object after it.
const SHOP = `${CUSTOMERS_CONTRACT.replace('id: customers', 'id: shop')}  - name: orders
    properties:
      - name: amount
        logicalType: number
      - name: channel
        logicalType: string
`;

/** Training data profiled into ml/profile.json (customers first, orders under `objects`), and fresh data. */
async function shop(): Promise<string> {
  const ws = workspace({
    'contract.yaml': SHOP,
    'train/customers.csv': customers(300, 1),
    'train/orders.csv': shopOrders(400, 0),
    'fresh/customers.csv': customers(200, 2),
    'fresh/customers-drifted.csv': customers(200, 3, DRIFTED),
    'fresh/orders.csv': shopOrders(350, 200),
    'fresh/orders-calm.csv': shopOrders(350, 0),
  });
  const profiled = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'contract.yaml', data: 'customers: train/customers.csv\norders: train/orders.csv', 'profile-out': 'ml/profile.json' } });
  assert.equal(profiled.exitCode, 0, profiled.stdout);
  return ws;
}

async function offline(ws: string, inputs: Record<string, string>): Promise<ActionResult> {
  return runAction({ action: 'drift', workspace: ws, token: '', env: { GITHUB_REPOSITORY: undefined, GITHUB_ACTIONS: undefined }, inputs: { 'on-drift': 'none', reference: 'ml/profile.json', ...inputs } });
}

function errors(result: ActionResult): string {
  return result.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message).join('\n');
}

function tests(report: any): Array<[string | undefined, string, string, boolean]> {
  return report.drift.columns.map((column: any) => [column.object, column.column, column.test, column.drifted]);
}

describe('drift action with a profile of several schema objects', { concurrency: true }, () => {
  test('object chooses one schema object of the profile, and gives what that object\'s own dataset gives', async () => {
    const ws = await shop();
    const chosen = await offline(ws, { object: 'orders', current: 'fresh/orders.csv', report: 'orders.json' });
    assert.equal(chosen.exitCode, 0, chosen.stdout);
    const report = readDriftReport(chosen.outputs['report']!);
    assert.equal(report.drift.object, 'orders');
    assert.deepEqual(report.drift.reference, { path: 'ml/profile.json', kind: 'profile', rows: 400 });
    assert.deepEqual(tests(report), [[undefined, 'amount', 'ks', true], [undefined, 'channel', 'chisquare', false]]);
    assert.deepEqual(report.current, { path: 'fresh/orders.csv', format: 'csv', rows: 350 });
    assert.equal(chosen.outputs['drifted'], 'true');
    assert.deepEqual(JSON.parse(chosen.outputs['drifted-column-names']!), ['amount']);
    assert.match(chosen.summary, /## ⚠️ Data drift in orders: 1 of 2 columns drifted/);

    const direct = await offline(ws, { reference: 'train/orders.csv', current: 'fresh/orders.csv', report: 'direct.json' });
    assert.equal(direct.exitCode, 0, direct.stdout);
    assert.deepEqual(readDriftReport(direct.outputs['report']!).drift.columns, report.drift.columns);

    // The first object of the profile (its top level) is chosen the same way.
    const first = await offline(ws, { object: 'customers', current: 'fresh/customers.csv', report: 'customers.json' });
    assert.equal(first.exitCode, 0, first.stdout);
    const firstReport = readDriftReport(first.outputs['report']!);
    assert.equal(firstReport.drift.object, 'customers');
    assert.equal(firstReport.drift.reference.rows, 300);
    assert.deepEqual(tests(firstReport), [[undefined, 'age', 'ks', false], [undefined, 'income', 'ks', false], [undefined, 'city', 'chisquare', false], [undefined, 'plan', 'z', false]]);
    assert.equal(first.outputs['drifted'], 'false');
  });

  test('by default every object is compared with its own current data from name: path lines; one without data is not measured', async () => {
    const ws = await shop();
    const both = await offline(ws, { current: 'orders: fresh/orders.csv\ncustomers: fresh/customers.csv', report: 'both.json' });
    assert.equal(both.exitCode, 0, both.stdout);
    const report = readDriftReport(both.outputs['report']!);
    assert.deepEqual(report.drift.objects.map((o: any) => [o.object, o.drifted, o.drifted_columns, o.tested_columns]), [['customers', false, 0, 4], ['orders', true, 1, 2]]);
    assert.deepEqual(report.drift.reference, { path: 'ml/profile.json', kind: 'profile', rows: 700 });
    assert.deepEqual(tests(report), [
      ['customers', 'age', 'ks', false],
      ['customers', 'income', 'ks', false],
      ['customers', 'city', 'chisquare', false],
      ['customers', 'plan', 'z', false],
      ['orders', 'amount', 'ks', true],
      ['orders', 'channel', 'chisquare', false],
    ]);
    assert.deepEqual(report.drift.skipped.map((entry: any) => [entry.object, entry.column]), [['customers', 'id'], ['customers', 'signup']]);
    assert.deepEqual(report.current, {
      path: 'fresh/customers.csv, fresh/orders.csv',
      format: 'csv',
      rows: 550,
      objects: [
        { object: 'customers', path: 'fresh/customers.csv', format: 'csv', rows: 200 },
        { object: 'orders', path: 'fresh/orders.csv', format: 'csv', rows: 350 },
      ],
    });
    assert.equal(both.outputs['drifted'], 'true', 'orders drifted on its own');
    assert.equal(both.outputs['drifted-columns'], '1');
    assert.deepEqual(JSON.parse(both.outputs['drifted-column-names']!), ['orders.amount']);
    assert.match(both.summary, /## ⚠️ Data drift in orders: 1 of 6 columns drifted/);
    assert.match(both.summary, /### customers: no dataset drift \(0 of 4 columns, share 0\.00\)/);
    assert.match(both.summary, /### orders: ⚠️ dataset drift \(1 of 2 columns, share 0\.50\)/);

    const one = await offline(ws, { current: 'customers: fresh/customers.csv', report: 'one.json' });
    assert.equal(one.exitCode, 0, one.stdout);
    const oneReport = readDriftReport(one.outputs['report']!);
    assert.equal(oneReport.drift.object, 'customers');
    assert.deepEqual(oneReport.drift.not_measured, [{ object: 'orders', reason: 'current gives no data for schema object orders' }]);
    assert.deepEqual(one.annotations.filter((a) => a.level === 'warning').map((a) => a.message), ['current gives no data for schema object orders: its drift is not measured']);
    assert.match(one.summary, /### orders: not measured/);
  });

  const BAD: Array<[string, Record<string, string>, RegExp]> = [
    ['one current file for a profile of two objects, without object', { current: 'fresh/orders.csv' }, /^drift: Input "object" is needed: reference ml\/profile\.json profiles 2 schema objects \(customers, orders\) and current gives one file; set object to the one that file holds, or give current as `name: path` lines, one per object$/],
    ['an object the profile does not have', { object: 'shipments', current: 'fresh/orders.csv' }, /^drift: Input "object" names "shipments", which reference ml\/profile\.json does not profile \(it has customers, orders\)$/],
    ['a current line for an object the profile does not have', { current: 'orders: fresh/orders.csv\nshipments: fresh/orders.csv' }, /^drift: Input "current" names schema object "shipments", which reference ml\/profile\.json does not profile \(it has customers, orders\)$/],
    ['two objects chosen for one current file', { object: 'orders, customers', current: 'fresh/orders.csv' }, /^drift: Input "current" gives one file for the 2 schema objects object chooses \(orders, customers\): give one `name: path` line per object$/],
    ['an object chosen without current data for it', { object: 'orders, customers', current: 'orders: fresh/orders.csv' }, /^drift: Input "object" chooses "customers", but current gives no data for it: add a `name: path` line for each$/],
    ['current data for an object not chosen', { object: 'orders', current: 'orders: fresh/orders.csv\ncustomers: fresh/customers.csv' }, /^drift: Input "current" gives data for "customers", which object does not choose \(object: orders\)$/],
    ['a current line naming a file that does not exist', { current: 'orders: fresh/nope.csv\ncustomers: fresh/customers.csv' }, /^drift: Input "current" names fresh\/nope\.csv, which does not exist$/],
    ['object with a dataset as reference', { reference: 'train/orders.csv', object: 'orders', current: 'fresh/orders.csv' }, /^drift: Input "object" names "orders", but reference train\/orders\.csv is a dataset \(one table\): object chooses among the schema objects of a profile that covers several$/],
    ['name: path lines with a dataset as reference', { reference: 'train/orders.csv', current: 'orders: fresh/orders.csv' }, /^drift: Input "current" gives `name: path` lines, but reference train\/orders\.csv is a dataset \(one table\): give one file$/],
  ];

  // The bad inputs only read the workspace: one profile serves them all.
  let shared: Promise<string> | undefined;
  for (const [what, inputs, message] of BAD) {
    test(`${what} is a clear error naming the input`, async () => {
      const ws = await (shared ??= shop());
      const result = await offline(ws, inputs);
      assert.equal(result.exitCode, 1, result.stdout);
      assert.match(errors(result), message);
      assert.doesNotMatch(result.stdout, /^\s+at /m, 'no stack trace');
      assert.equal(result.outputs['report'], undefined, 'no report');
    });
  }

  test('several schema objects keep one drift issue: opened, updated with each object\'s table, closed when none drifts', async () => {
    const ws = await shop();
    const github = await startGitHub();
    try {
      const run = (current: string) =>
        runAction({ action: 'drift', workspace: ws, apiUrl: github.url, serverUrl: github.serverUrl, eventName: 'schedule', event: { schedule: '17 6 * * *' }, inputs: { reference: 'ml/profile.json', current } });
      const bots = () => github.state.issues.filter((issue) => issue.user.login === 'github-actions[bot]');

      const first = await run('orders: fresh/orders.csv\ncustomers: fresh/customers.csv');
      assert.equal(first.exitCode, 0, first.stdout);
      assert.equal(bots().length, 1);
      const issue = bots()[0]!;
      assert.equal(first.outputs['issue-number'], String(issue.number));
      assert.match(issue.body!, /## ⚠️ Data drift in orders: 1 of 6 columns drifted/);
      assert.match(issue.body!, /### customers: no dataset drift \(0 of 4 columns, share 0\.00\)/);
      assert.match(issue.body!, /### orders: ⚠️ dataset drift \(1 of 2 columns, share 0\.50\)\n\n\| Column/);
      assert.match(issue.body!, /\| amount +\| ks +\|.*⚠️ drifted \|/);

      const second = await run('orders: fresh/orders.csv\ncustomers: fresh/customers-drifted.csv');
      assert.equal(second.exitCode, 0, second.stdout);
      assert.equal(bots().length, 1, 'still one drift issue');
      assert.equal(second.outputs['issue-number'], String(issue.number));
      assert.match(github.state.issue(issue.number)!.body!, /## ⚠️ Data drift in customers, orders: 4 of 6 columns drifted/);
      const comments = github.state.commentsOn(issue.number);
      assert.equal(comments.length, 1);
      assert.match(
        comments[0]!.body,
        /^Still drifted on .*: customers 3 of 4 columns \(share 0\.75\), orders 1 of 2 columns \(share 0\.50\); drift-share 0\.5: <code>customers\.age<\/code>, <code>customers\.income<\/code>, <code>customers\.city<\/code>, <code>orders\.amount<\/code>\. The table above is updated\./,
      );

      const calm = await run('orders: fresh/orders-calm.csv\ncustomers: fresh/customers.csv');
      assert.equal(calm.exitCode, 0, calm.stdout);
      assert.equal(calm.outputs['drifted'], 'false');
      assert.equal(github.state.issue(issue.number)!.state, 'closed');
      assert.match(
        github.state.commentsOn(issue.number)[1]!.body.replace(/\\(.)/g, '$1'),
        /^No longer drifted on .*: customers 0 of 4 columns \(share 0\.00\), orders 0 of 2 columns \(share 0\.00\), each below drift-share 0\.5, in fresh\/customers\.csv, fresh\/orders-calm\.csv\. Closing this issue/,
      );
    } finally {
      await github.close();
    }
  });
});
