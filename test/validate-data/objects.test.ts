import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runAction } from '../harness/run-action.ts';
import { readProfileFile, readReport, SHOP_CONTRACT, shopCustomers, shopOrders, workspace } from './helpers.ts';

const KEYED = `apiVersion: v3.1.0
kind: DataContract
id: shards
version: 1.0.0
status: active
schema:
  - name: events
    properties:
      - name: id
        logicalType: integer
        primaryKey: true
      - name: code
        logicalType: string
        unique: true
`;

test('a key and a unique value repeated in another file of the same glob fail, naming both places', async () => {
  const ws = workspace({ 'c.yaml': KEYED, 'data/part-1.csv': 'id,code\n1,a\n2,b\n3,c\n', 'data/part-2.csv': 'id,code\n4,d\n2,e\n5,a\n' });
  const run = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: 'data/*.csv', report: 'r.json' } });
  assert.equal(run.exitCode, 1, run.stdout);
  const report = readReport(join(ws, 'r.json'));
  const [first, second] = report.objects;
  assert.deepEqual([first.file, second.file], ['data/part-1.csv', 'data/part-2.csv']);
  const check = (object: any, id: string) => object.checks.find((c: any) => c.check === id);
  // The first file alone is clean; the repeats are counted in the file of the later occurrence.
  assert.equal(check(first, 'primary-key').result, 'passed');
  assert.equal(check(first, 'unique').result, 'passed');
  assert.equal(check(second, 'primary-key').count, 1);
  assert.deepEqual(check(second, 'primary-key').samples, [{ line: 3, value: '2', first: { file: 'data/part-1.csv', line: 3 } }]);
  assert.deepEqual(check(second, 'unique').samples, [{ line: 4, value: 'a', first: { file: 'data/part-1.csv', line: 2 } }]);
  assert.match(run.summary, /3 \(first at data\/part\\-1\\.csv:3\): <code>2<\/code>/);
});

test('a key repeated in the third file is traced to the first file', async () => {
  const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `${from + i},k${from + i}`).join('\n');
  const ws = workspace({ 'c.yaml': KEYED, 'd/a.csv': `id,code\n${rows(0, 50)}\n`, 'd/b.csv': `id,code\n${rows(50, 100)}\n`, 'd/c.csv': `id,code\n${rows(100, 120)}\n7,x\n` });
  const run = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: 'd/*.csv', report: 'r.json' } });
  assert.equal(run.exitCode, 1);
  const report = readReport(join(ws, 'r.json'));
  const key = report.objects[2].checks.find((c: any) => c.check === 'primary-key');
  assert.deepEqual(key.samples, [{ line: 22, value: '7', first: { file: 'd/a.csv', line: 9 } }]);
  assert.deepEqual(report.objects.slice(0, 2).map((o: any) => o.checks.find((c: any) => c.check === 'primary-key').result), ['passed', 'passed']);
});

test('profile-out covers every schema object; reference compares each object with its own part', async () => {
  const ws = workspace({ 'c.yaml': SHOP_CONTRACT, 'o1.csv': shopOrders(400, 0), 'c1.csv': shopCustomers(300), 'o2.csv': shopOrders(400, 200), 'c2.csv': shopCustomers(300) });
  const profiled = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: 'orders: o1.csv\ncustomers: c1.csv', 'profile-out': 'profile.json' } });
  assert.equal(profiled.exitCode, 0, profiled.stdout);
  const profile = readProfileFile(join(ws, 'profile.json'));
  assert.equal(profile.object, 'orders');
  assert.equal(profile.rows, 400);
  assert.equal(profile.objects.customers.rows, 300);
  assert.deepEqual(Object.keys(profile.objects.customers.columns), ['age', 'region']);

  const later = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: 'orders: o2.csv\ncustomers: c2.csv', reference: 'profile.json', report: 'r.json' } });
  assert.equal(later.exitCode, 0, later.stdout);
  const drift = readReport(join(ws, 'r.json')).drift;
  assert.deepEqual(drift.objects.map((o: any) => [o.object, o.drifted, o.drifted_columns, o.tested_columns]), [['orders', true, 1, 2], ['customers', false, 0, 2]]);
  assert.deepEqual(drift.columns.map((c: any) => [c.object, c.column, c.drifted]), [['orders', 'amount', true], ['orders', 'channel', false], ['customers', 'age', false], ['customers', 'region', false]]);
  assert.equal(later.outputs['drifted-columns'], '1');
  assert.equal(later.outputs['dataset-drift'], 'true');
  assert.match(later.summary, /### Drift of orders against profile\\\.json: ⚠️ dataset drift/);
  assert.match(later.summary, /### Drift of customers against profile\\\.json: no dataset drift/);
});

test('a profile written for a single object (no object names) still serves as the first object\'s reference', async () => {
  const old = { format: 'ml-actions/profile@1', created_at: '2025-01-01T00:00:00.000Z', source: 'o1.csv', rows: 3, columns: { channel: { kind: 'categorical', count: 3, missing: 0, categories: { web: 2, store: 1 }, other: 0 } } };
  const ws = workspace({ 'c.yaml': SHOP_CONTRACT, 'old.json': JSON.stringify(old), 'o2.csv': shopOrders(30, 0), 'c2.csv': shopCustomers(30) });
  const run = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: 'orders: o2.csv\ncustomers: c2.csv', reference: 'old.json', report: 'r.json' } });
  assert.equal(run.exitCode, 0, run.stdout);
  const drift = readReport(join(ws, 'r.json')).drift;
  assert.equal(drift.object, 'orders');
  assert.deepEqual(drift.columns.map((c: any) => [c.object, c.column]), [['orders', 'channel']]);
  assert.match(run.stdout + JSON.stringify(run.annotations), /old\.json has no profile of schema object customers/);
  assert.match(run.summary, /### Drift of orders against old\\\.json/);
});

const SHOP = `apiVersion: v3.1.0
kind: DataContract
id: shop
version: 1.0.0
status: active
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: integer
        primaryKey: true
      - name: customer_id
        logicalType: integer
        relationships:
          - to: customers.id
  - name: customers
    properties:
      - name: id
        logicalType: number
        primaryKey: true
      - name: name
        logicalType: string
`;

test('an order whose customer is not in customers.csv is reported at its file and line, in the summary and the JSON report', async () => {
  const ws = workspace({
    'c.yaml': SHOP,
    'data/orders.csv': 'order_id,customer_id\n1,10\n2,11\n3,\n4,42\n5,10\n',
    'data/customers.csv': 'id,name\n10.0,Ada\n11,Grace\n',
  });
  const run = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: 'orders: data/orders.csv\ncustomers: data/customers.csv', report: 'r.json' } });
  assert.equal(run.exitCode, 1, run.stdout);
  const report = readReport(join(ws, 'r.json'));
  assert.deepEqual(report.objects.map((o: any) => o.name), ['orders', 'customers']);
  const check = report.objects[0].checks.find((c: any) => c.check === 'foreign-key');
  assert.deepEqual(check, {
    check: 'foreign-key',
    column: 'customer_id',
    expected: 'customers.id',
    contract_location: { file: 'c.yaml', line: 15, column: 13 },
    result: 'failed',
    count: 1,
    percent: 20,
    message: '1 row has a customer_id not found in customers.id',
    samples: [{ line: 5, value: '42' }],
  });
  assert.equal(report.objects[1].checks.some((c: any) => c.check === 'foreign-key'), false);
  assert.equal(report.errors, 1);
  assert.match(run.summary, /\| foreign\\-key +\| customer\\_id +\| ❌ failed \| +1 \| +20% \| 1 row has a customer\\_id not found in customers\\\.id<br>5: <code>42<\/code>/);
  const annotation = run.annotations.find((a) => a.title === 'foreign-key · orders.customer_id');
  assert.deepEqual([annotation?.file, annotation?.line], ['data/orders.csv', 5]);

  // Without the customers' data the key cannot be looked up: a warning that says so, not a pass.
  const alone = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'c.yaml', data: 'orders: data/orders.csv', report: 'alone.json' } });
  assert.equal(alone.exitCode, 0, alone.stdout);
  const warning = readReport(join(ws, 'alone.json')).objects[0].checks.find((c: any) => c.check === 'foreign-key');
  assert.equal(warning.result, 'warning');
  assert.equal(warning.message, 'not run: customers has no data in this run; give "customers: <path>" in data to look customer_id up in customers.id');
});
