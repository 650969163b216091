// validate-data's `reference` in the forms `data` takes: one path, or `name: path` lines giving each
// schema object its own dataset or profile; objects without one are not measured; wrong names fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type ActionResult } from '../harness/run-action.ts';
import { readReport, SHOP_CONTRACT, shopCustomers, shopOrders, workspace } from './helpers.ts';

/** Reference data, and current data in which orders moved and customers did not. */
function shop(): string {
  return workspace({
    'c.yaml': SHOP_CONTRACT,
    'ref/orders.csv': shopOrders(400, 0),
    'ref/customers.csv': shopCustomers(300),
    'now/orders.csv': shopOrders(350, 200),
    'now/customers.csv': shopCustomers(250),
  });
}

const CURRENT = 'orders: now/orders.csv\ncustomers: now/customers.csv';

function validate(ws: string, inputs: Record<string, string>): Promise<ActionResult> {
  return runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: CURRENT, ...inputs } });
}

function warnings(result: ActionResult): string[] {
  return result.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message);
}

test('reference as name: path lines: each schema object is compared with its own dataset, drift reported per object', async () => {
  const ws = shop();
  const run = await validate(ws, { reference: 'orders: ref/orders.csv\ncustomers: ./ref/customers.csv', report: 'r.json' });
  assert.equal(run.exitCode, 0, run.stdout);
  const drift = readReport(join(ws, 'r.json')).drift;
  assert.deepEqual(
    drift.objects.map((o: any) => [o.object, o.reference, o.drifted, o.drifted_columns, o.tested_columns]),
    [
      ['orders', { path: 'ref/orders.csv', kind: 'dataset', rows: 400 }, true, 1, 2],
      ['customers', { path: 'ref/customers.csv', kind: 'dataset', rows: 300 }, false, 0, 2],
    ],
  );
  assert.equal(drift.reference, undefined, 'two files: no one reference for the whole');
  assert.deepEqual(drift.columns.map((c: any) => [c.object, c.column, c.test, c.reference_rows, c.drifted]), [
    ['orders', 'amount', 'ks', 400, true],
    ['orders', 'channel', 'chisquare', 400, false],
    ['customers', 'age', 'ks', 300, false],
    ['customers', 'region', 'chisquare', 300, false],
  ]);
  assert.equal(drift.not_measured, undefined);
  assert.equal(run.outputs['dataset-drift'], 'true');
  assert.equal(run.outputs['drifted-columns'], '1');
  assert.equal(run.outputs['warnings'], '1', 'one drifted object, one warning');
  assert.match(run.summary, /### Drift of orders against ref\/orders\\\.csv: ⚠️ dataset drift \(1 of 2 columns/);
  assert.match(run.summary, /### Drift of customers against ref\/customers\\\.csv: no dataset drift \(0 of 2 columns/);

  // Each object's own dataset gives what that object's part of a profile of both gives.
  const profiled = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: 'orders: ref/orders.csv\ncustomers: ref/customers.csv', 'profile-out': 'both.json' } });
  assert.equal(profiled.exitCode, 0, profiled.stdout);
  const viaProfile = await validate(ws, { reference: 'both.json', report: 'p.json' });
  assert.equal(viaProfile.exitCode, 0, viaProfile.stdout);
  const profileDrift = readReport(join(ws, 'p.json')).drift;
  assert.deepEqual(profileDrift.columns, drift.columns);
  assert.deepEqual(profileDrift.reference, { path: 'both.json', kind: 'profile', rows: 700 });
});

test('a name: path line may point at a profile: that object\'s part of it is used', async () => {
  const ws = shop();
  const profiled = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: 'orders: ref/orders.csv\ncustomers: ref/customers.csv', 'profile-out': 'both.json' } });
  assert.equal(profiled.exitCode, 0, profiled.stdout);
  // customers is the second object of the profile, under `objects`; orders comes from a dataset.
  const run = await validate(ws, { reference: 'customers: both.json\norders: ref/orders.csv', report: 'r.json' });
  assert.equal(run.exitCode, 0, run.stdout);
  const drift = readReport(join(ws, 'r.json')).drift;
  assert.deepEqual(drift.objects.map((o: any) => [o.object, o.reference, o.drifted]), [
    ['orders', { path: 'ref/orders.csv', kind: 'dataset', rows: 400 }, true],
    ['customers', { path: 'both.json', kind: 'profile', rows: 300 }, false],
  ]);
  assert.deepEqual(drift.columns.filter((c: any) => c.object === 'customers').map((c: any) => [c.column, c.reference_rows]), [['age', 300], ['region', 300]]);
});

test('schema objects without a reference are not measured, with a warning', async () => {
  const ws = shop();
  const partial = await validate(ws, { reference: 'customers: ref/customers.csv', report: 'r.json' });
  assert.equal(partial.exitCode, 0, partial.stdout);
  const drift = readReport(join(ws, 'r.json')).drift;
  assert.equal(drift.object, 'customers');
  assert.equal(drift.drifted, false);
  assert.deepEqual(drift.columns.map((c: any) => c.object), ['customers', 'customers']);
  assert.deepEqual(drift.not_measured, [{ object: 'orders', reason: 'the reference input gives schema object orders no reference (it names customers)' }]);
  assert.deepEqual(warnings(partial), ['the reference input gives schema object orders no reference (it names customers): its drift is not measured']);
  assert.match(partial.summary, /### Drift of orders: not measured/);

  // One dataset for two objects is the first object's; the second is not measured, and says how to measure it.
  const one = await validate(ws, { reference: 'ref/orders.csv', report: 'one.json' });
  assert.equal(one.exitCode, 0, one.stdout);
  const oneDrift = readReport(join(ws, 'one.json')).drift;
  assert.equal(oneDrift.object, 'orders');
  assert.equal(oneDrift.drifted, true);
  assert.deepEqual(oneDrift.not_measured.map((entry: any) => entry.object), ['customers']);
  assert.match(warnings(one).join('\n'), /the reference ref\/orders\.csv is one dataset, compared with orders; schema object customers needs its own, given by `name: path` lines: its drift is not measured/);
});

const BAD: Array<[string, string, RegExp]> = [
  ['an unknown schema object', 'orders: ref/orders.csv\nshipments: ref/customers.csv', /^validate-data: Input "reference" names schema object "shipments", which c\.yaml does not declare \(it has orders, customers\)$/],
  ['a schema object named twice', 'orders: ref/orders.csv\norders: ref/customers.csv', /^validate-data: Input "reference" names schema object "orders" twice: give each object one reference$/],
  ['a reference file that does not exist', 'orders: ref/orders.csv\ncustomers: ref/nope.csv', /^validate-data: Input "reference" names ref\/nope\.csv, which does not exist$/],
  ['several plain paths', 'ref/orders.csv\nref/customers.csv', /^validate-data: Input "reference" gives 2 lines that are not all `name: path`: give one path, or one `name: path` line per schema object \(orders, customers\)$/],
  ['a profile without the object named', 'customers: only-orders.json', /^validate-data: Input "reference" gives only-orders\.json for schema object "customers", but that profile has no part for it \(it has orders\)$/],
];

for (const [what, reference, message] of BAD) {
  test(`reference with ${what} is a clear error naming the input`, async () => {
    const ws = shop();
    const profiled = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: 'orders: ref/orders.csv', 'profile-out': 'only-orders.json' } });
    assert.equal(profiled.exitCode, 0, profiled.stdout);
    const run = await validate(ws, { reference, report: 'r.json' });
    assert.equal(run.exitCode, 1, run.stdout);
    assert.match(run.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message).join('\n'), message);
    assert.doesNotMatch(run.stdout, /^\s+at /m, 'no stack trace');
    assert.equal(existsSync(join(ws, 'r.json')), false, 'no report');
    // The profile case is only known once the profile is read; the rest fail before the data is.
    if (!what.startsWith('a profile')) assert.doesNotMatch(run.stdout, /Checking now\//);
  });
}

test('reference naming a schema object whose data is not checked is an input error', async () => {
  const ws = shop();
  const run = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: 'orders: now/orders.csv', reference: 'orders: ref/orders.csv\ncustomers: ref/customers.csv' } });
  assert.equal(run.exitCode, 1, run.stdout);
  assert.match(run.stdout, /Input "reference" names schema object "customers", whose data this run does not check \(data covers orders\)/);
});
