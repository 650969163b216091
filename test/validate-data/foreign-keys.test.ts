import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ColumnBatch } from '../../src/tabular/index.ts';
import { ContractError, parseContract, type Contract, type ContractObject } from '../../src/validate-data/contract.ts';
import { ForeignKeyChecks } from '../../src/validate-data/foreign-keys.ts';
import { KeyJoin, type JoinKey } from '../../src/validate-data/key-join.ts';
import { compareContracts } from '../../src/validate-data/breaking.ts';

/** Lines 2.. of a CSV: `rows` as columns, one batch. */
function batch(columns: string[], rows: unknown[][], firstRow = 0): ColumnBatch {
  return { columns, data: columns.map((_, c) => rows.map((row) => row[c])), length: rows.length, firstRow, lines: rows.map((_, r) => firstRow + r + 2) };
}

// A budget that holds every key of these tests, and one below even the empty tables: nothing stays in memory.
const AMPLE = 1 << 30;
const NONE = 1;

function joinResult(options: { memoryBytes: number; sealFirst: boolean }, referenced: JoinKey[], referencing: Array<[JoinKey, number, number]>) {
  const join = new KeyJoin({ memoryBytes: options.memoryBytes, samples: 3 });
  const feedReferenced = () => {
    for (const key of referenced) join.addReferenced(key);
    join.sealReferenced();
  };
  if (options.sealFirst) feedReferenced();
  for (const [key, line, source] of referencing) join.addReferencing(key, line, source);
  if (!options.sealFirst) feedReferenced();
  return join.finish();
}

test('the join finds the same orphans in memory, past the memory cap on either side, and whichever side comes first', () => {
  // Referenced: even numbers and texts with tabs, newlines and backslashes; referencing: every number, in two files.
  const referenced: JoinKey[] = [];
  for (let n = 0; n < 4000; n += 2) referenced.push(n, `k\t${n}\n\\`);
  const referencing: Array<[JoinKey, number, number]> = [];
  for (let line = 2; line < 3002; line++) {
    const n = (line * 7919) % 4001;
    referencing.push([line % 3 === 0 ? `k\t${n}\n\\` : n, line, line < 1500 ? 0 : 1]);
  }
  const expectedOrphans = referencing.filter(([key]) => (typeof key === 'number' ? key % 2 === 1 || key >= 4000 : !referenced.includes(key)));
  const results = [
    joinResult({ memoryBytes: AMPLE, sealFirst: true }, referenced, referencing),
    joinResult({ memoryBytes: AMPLE, sealFirst: false }, referenced, referencing),
    // 64 KB: some keys held, then spilled with the rest.
    joinResult({ memoryBytes: 64 * 1024, sealFirst: true }, referenced, referencing),
    joinResult({ memoryBytes: 64 * 1024, sealFirst: false }, referenced, referencing),
    joinResult({ memoryBytes: NONE, sealFirst: true }, referenced, referencing),
    joinResult({ memoryBytes: NONE, sealFirst: false }, referenced, referencing),
  ];
  assert.deepEqual(results.map((r) => r.spilled), [false, false, true, true, true, true]);
  for (const result of results) {
    assert.equal(result.values, 3000);
    assert.equal(result.orphans, expectedOrphans.length);
    assert.deepEqual(result.sources.map((s) => s.orphans), [expectedOrphans.filter(([, , s]) => s === 0).length, expectedOrphans.filter(([, , s]) => s === 1).length]);
    // The earliest orphans of each file, in line order, with their keys as given.
    assert.deepEqual(result.sources[0]!.samples, expectedOrphans.filter(([, , s]) => s === 0).slice(0, 3).map(([key, line]) => ({ key, line })));
    assert.deepEqual(result.sources[1]!.samples, expectedOrphans.filter(([, , s]) => s === 1).slice(0, 3).map(([key, line]) => ({ key, line })));
  }
  assert.ok(expectedOrphans.length > 1000 && expectedOrphans.length < 2000);

  // Few referenced keys in memory, the referencing ones spilled while they waited.
  const few = referenced.slice(0, 60);
  const inMemory = joinResult({ memoryBytes: AMPLE, sealFirst: false }, few, referencing);
  // 64 KB holds the few referenced keys but not the 3,000 waiting ones besides.
  const waitedOnDisk = joinResult({ memoryBytes: 64 * 1024, sealFirst: false }, few, referencing);
  assert.deepEqual([inMemory.spilled, waitedOnDisk.spilled], [false, true]);
  assert.deepEqual(waitedOnDisk, { ...inMemory, spilled: true });
  assert.ok(inMemory.orphans > results[0]!.orphans);
});

test('a referenced partition too large for the budget is split again, both sides alike, and the orphans stay exact', () => {
  // 60,000 referenced keys spill about 20 KB into each of the 64 partitions, above the 16 KB a 64 KB budget loads at once;
  // one key repeated 20,000 times cannot be split smaller and is loaded as it is.
  const referenced: JoinKey[] = [];
  for (let n = 0; n < 60_000; n++) referenced.push(n % 3 === 0 ? n : `customer-${n}`);
  for (let n = 0; n < 20_000; n++) referenced.push('same');
  const referencing: Array<[JoinKey, number, number]> = [];
  for (let line = 2; line < 40_002; line++) {
    const n = (line * 7919) % 70_000;
    referencing.push([line % 5 === 0 ? 'same' : n % 3 === 0 ? n : `customer-${n}`, line, line < 20_000 ? 0 : 1]);
  }
  const [inMemory, split] = [AMPLE, 64 * 1024].map((memoryBytes) => joinResult({ memoryBytes, sealFirst: true }, referenced, referencing));
  assert.deepEqual([inMemory!.spilled, split!.spilled], [false, true]);
  assert.deepEqual(split, { ...inMemory, spilled: true });
  const expected = referencing.filter(([key]) => key !== 'same' && (typeof key === 'number' ? key : Number(key.slice(9))) >= 60_000);
  assert.equal(inMemory!.orphans, expected.length);
  assert.deepEqual(inMemory!.sources[1]!.samples, expected.filter(([, , s]) => s === 1).slice(0, 3).map(([key, line]) => ({ key, line })));
});

test('the join tells the number 7 from the text "7", in memory and on disk', () => {
  for (const memoryBytes of [AMPLE, NONE]) {
    const result = joinResult({ memoryBytes, sealFirst: false }, [7, 'x'], [['7', 2, 0], [7, 3, 0], ['x', 4, 0], [8, 5, 0]]);
    assert.equal(result.spilled, memoryBytes === NONE);
    assert.deepEqual(result.sources[0]!.samples, [{ key: '7', line: 2 }, { key: 8, line: 5 }], `memoryBytes ${memoryBytes}`);
  }
});

const SHOP = `apiVersion: v3.1.0
kind: DataContract
id: shop
version: 1.0.0
status: active
schema:
  - name: orders
    id: orders_tbl
    properties:
      - name: id
        logicalType: integer
      - name: customer_id
        logicalType: integer
        relationships:
          - to: customers.id
      - name: region
        logicalType: string
      - name: card
        logicalType: string
        classification: pii
        relationships:
          - to: schema/cards_tbl/properties/card_no
      - name: ordered_on
        logicalType: date
    relationships:
      - from: [orders.customer_id, orders.region]
        to: [customers.id, customers.region]
      - from: orders.ordered_on
        to: calendar.day
  - name: customers
    properties:
      - name: id
        logicalType: number
      - name: region
        logicalType: string
  - name: cards
    id: cards_tbl
    properties:
      - name: card_no
        id: card_no_col
        logicalType: string
  - name: calendar
    properties:
      - name: day
        logicalType: timestamp
`;

/** Feeds every object's batches to the checks; then their results by object name, and what they left in `temp`. */
function checksOf(contract: Contract, read: Array<[string, ColumnBatch[]]>, memoryBytes = AMPLE, temp?: string) {
  const byName = (name: string) => contract.objects.find((o) => o.name === name)!;
  const inRun = new Set<ContractObject>(read.map(([name]) => byName(name)));
  const checks = new ForeignKeyChecks(contract, inRun, { memoryBytes, samples: 5, missingTokens: ['NA'], temp });
  for (const [name, batches] of read) {
    for (const b of batches) checks.watch(byName(name), b, 0, `${name}.csv`);
    checks.done(byName(name));
  }
  return (name: string) => checks.results(byName(name), 0, read.find(([n]) => n === name)![1].reduce((total, b) => total + b.length, 0));
}

const ORDER_COLUMNS = ['id', 'customer_id', 'region', 'card', 'ordered_on'];
const ORDERS: unknown[][] = [
  [1, '7', 'north', 'c1', '2024-02-01'],
  [2, '8.0', 'south', 'c2', '2024-02-02'],
  [3, '', 'south', 'NA', '2024-02-03'],
  [4, 'NA', '', 'c9', ''],
  [5, '9', 'east', 'c1', '2024-02-05'],
  [6, '7', 'south', 'c2', '2024-02-01'],
];

test('foreign keys: numbers compare as numbers, dates by instant, composite tuples whole, missing parts skipped, classified values redacted', () => {
  const contract = parseContract(SHOP, 'shop.yaml');
  for (const memoryBytes of [AMPLE, NONE]) {
    const temp = mkdtempSync(join(tmpdir(), 'fk-test-'));
    const resultsOf = checksOf(contract, [
      ['orders', [batch(ORDER_COLUMNS, ORDERS.slice(0, 3)), batch(ORDER_COLUMNS, ORDERS.slice(3), 3)]],
      ['customers', [batch(['id', 'region'], [['7.0', 'north'], ['8', 'south'], ['10', 'east']])]],
      ['cards', [batch(['card_no'], [['c1'], ['c2']])]],
      ['calendar', [batch(['day'], [['2024-02-01T00:00:00Z'], ['2024-02-02']])]],
    ], memoryBytes, temp);
    // Past the budget every relationship has spilled to a directory of its own, removed once its results are in.
    assert.equal(readdirSync(temp).length, memoryBytes === NONE ? 4 : 0);
    const results = resultsOf('orders');
    assert.deepEqual(readdirSync(temp), []);
    rmSync(temp, { recursive: true });
    const shown = results.map((r) => [r.column ?? r.columns, r.result, r.count, r.expected, r.samples]);
    assert.deepEqual(shown, [
      // 7 matches 7.0 and 8.0 matches 8; the empty and NA keys are not looked up.
      ['customer_id', 'failed', 1, 'customers.id', [{ line: 6, value: '9' }]],
      ['card', 'failed', 1, 'cards.card_no', [{ line: 5, value: null, redacted: true }]],
      // (7, south) is not a customer even though 7 and south both occur; a key with an empty part references nothing.
      [['customer_id', 'region'], 'failed', 2, 'customers (id, region)', [{ line: 6, value: '9, east' }, { line: 7, value: '7, south' }]],
      ['ordered_on', 'failed', 2, 'calendar.day', [{ line: 4, value: '2024-02-03' }, { line: 6, value: '2024-02-05' }]],
    ], `memoryBytes ${memoryBytes}`);
    assert.equal(results[0]!.percent, 16.667);
    assert.equal(results[0]!.message, '1 row has a customer_id not found in customers.id');
    assert.equal(results[2]!.message, '2 rows have a (customer_id, region) not found in customers (id, region)');
    assert.deepEqual(results[0]!.contract_location, { file: 'shop.yaml', line: 15, column: 13 });
  }
});

test('a foreign key whose target has no data in the run, or lacks its columns, is never a silent pass', () => {
  const contract = parseContract(SHOP, 'shop.yaml');
  const orders = batch(ORDER_COLUMNS, ORDERS);
  const results = checksOf(contract, [['orders', [orders]], ['customers', [batch(['id'], [['7']])]]])('orders');
  assert.deepEqual(results.map((r) => [r.expected, r.result, r.count]), [['customers.id', 'failed', 2], ['cards.card_no', 'warning', undefined], ['customers (id, region)', 'error', undefined], ['calendar.day', 'warning', undefined]]);
  assert.match(results[1]!.message, /^not run: cards has no data in this run; give "cards: <path>" in data to look card up in cards\.card_no$/);
  assert.equal(results[2]!.message, 'cannot look keys up in customers (id, region): customers.csv has no region');
  assert.equal(results[2]!.count, undefined);

  const formats = parseContract(SHOP.replace('name: ordered_on\n        logicalType: date\n', 'name: ordered_on\n        logicalType: date\n        logicalTypeOptions:\n          format: dd/MM/yyyy\n'), 'formats.yaml');
  const dated = checksOf(formats, [['orders', [orders]], ['calendar', [batch(['day'], [['2024-02-01']])]]])('orders');
  assert.deepEqual([dated[3]!.result, dated[3]!.message], ['warning', 'not run: ordered_on is written dd/MM/yyyy and day as ISO dates, so their values cannot be compared']);

  const withoutColumn = checksOf(contract, [['orders', [batch(['id', 'region'], [[1, 'x']])]], ['customers', [batch(['id', 'region'], [['7', 'x']])]]])('orders');
  assert.deepEqual(withoutColumn.map((r) => [r.result, r.message]).slice(0, 1), [['warning', 'not run: key column customer_id is not in the data']]);
});

test('a dictionary-encoded (Parquet) column gives the same orphans as the plain column', () => {
  const contract = parseContract(SHOP, 'shop.yaml');
  const values = ['7', '9', null, '8', '7', '9'];
  const plain: ColumnBatch = { columns: ['customer_id'], data: [values], length: 6, firstRow: 0 };
  const encoded: ColumnBatch = { ...plain, dictionaries: [{ values: ['7', '9', '8'], codes: Int32Array.from([0, 1, -1, 2, 0, 1]) }] };
  const customers = batch(['id', 'region'], [['7', 'x'], ['8', 'y']]);
  const [fromPlain, fromEncoded] = [plain, encoded].map((orders) => checksOf(contract, [['customers', [customers]], ['orders', [orders]]])('orders')[0]);
  assert.deepEqual(fromEncoded, fromPlain);
  assert.deepEqual([fromPlain!.count, fromPlain!.samples], [2, [{ line: 2, value: '9' }, { line: 6, value: '9' }]]);
});

test('a dictionary-encoded referenced column finds the same keys as the plain column, in memory and spilled', () => {
  const contract = parseContract(SHOP, 'shop.yaml');
  // Repeats, a null (code -1), a missing token, and a dictionary value no row holds (9): that one is not a customer.
  const ids = ['7', '8', null, '7', 'NA', '8.0', '8', '7'];
  const plain: ColumnBatch = { columns: ['id'], data: [ids], length: ids.length, firstRow: 0 };
  const encoded: ColumnBatch = { ...plain, dictionaries: [{ values: ['7', '8', '9', 'NA', '8.0'], codes: Int32Array.from([0, 1, -1, 0, 3, 4, 1, 0]) }] };
  const orders = batch(['customer_id'], [['7'], ['8'], ['9'], ['NA'], ['10'], ['9']]);
  for (const memoryBytes of [AMPLE, NONE]) {
    const [fromPlain, fromEncoded] = [plain, encoded].map((customers) => checksOf(contract, [['customers', [customers]], ['orders', [orders]]], memoryBytes)('orders')[0]);
    assert.deepEqual(fromEncoded, fromPlain, `memoryBytes ${memoryBytes}`);
    assert.deepEqual([fromPlain!.count, fromPlain!.samples], [3, [{ line: 4, value: '9' }, { line: 6, value: '10' }, { line: 7, value: '9' }]]);
  }
});

test('relationships resolve by name or by id; unknown targets and mismatched keys are contract errors at their line', () => {
  const contract = parseContract(SHOP, 'shop.yaml');
  assert.deepEqual(
    contract.relationships.map((r) => [r.from.object.name, r.from.properties.map((p) => p.name), r.to?.object.name, r.to?.properties.map((p) => p.name), r.location.line]),
    [
      ['orders', ['customer_id'], 'customers', ['id'], 15],
      ['orders', ['card'], 'cards', ['card_no'], 22],
      ['orders', ['customer_id', 'region'], 'customers', ['id', 'region'], 26],
      ['orders', ['ordered_on'], 'calendar', ['day'], 28],
    ],
  );
  const problems = (text: string) => {
    try {
      parseContract(text, 'bad.yaml');
    } catch (error) {
      if (error instanceof ContractError) return error.problems.map((p) => [p.location.line, p.message]);
      throw error;
    }
    return [];
  };
  assert.deepEqual(problems(SHOP.replace('- to: customers.id', '- to: clients.id')), [[15, 'relationship: "clients.id" names schema object "clients", which this contract does not declare (it has orders, customers, cards, calendar)']]);
  assert.deepEqual(problems(SHOP.replace('- to: customers.id', '- to: customers.ident')), [[15, 'relationship: "customers.ident" names property "ident", which "customers" does not declare']]);
  assert.deepEqual(problems(SHOP.replace('to: [customers.id, customers.region]', 'to: [customers.id]')), [[27, 'relationship: "from" lists 2 columns and "to" 1; a composite key needs as many on each side']]);
  assert.deepEqual(problems(SHOP.replace('- to: customers.id', '- to: [customers.id, customers.region]')), [[15, 'relationship: a relationship on property "customer_id" references one column, but "to" lists 2; declare a composite key on the schema object with "from" and "to" lists']]);
  assert.deepEqual(problems(SHOP.replace('schema/cards_tbl/properties/card_no', 'schema/cards_tbl')), [[22, 'relationship: "schema/cards_tbl" names a schema object, not a property: write schema/cards_tbl/properties/<property id>']]);
  // The standard's own schema still rejects `from` on a property.
  assert.ok(problems(SHOP.replace('- to: customers.id', '- from: orders.id\n            to: customers.id')).length > 0);

  const external = parseContract(SHOP.replace('- to: customers.id', '- to: other.yaml#/schema/customers/properties/id'), 'ext.yaml');
  assert.equal(external.relationships[0]!.unchecked, 'other.yaml#/schema/customers/properties/id is in another contract');
  const results = checksOf(external, [['orders', [batch(ORDER_COLUMNS, ORDERS)]]])('orders');
  assert.deepEqual([results[0]!.result, results[0]!.message], ['warning', 'not run: other.yaml#/schema/customers/properties/id is in another contract']);
});

test('objects are read referenced first where the keys allow; a cycle keeps the contract order', () => {
  const contract = parseContract(SHOP, 'shop.yaml');
  const [orders, customers, cards, calendar] = contract.objects as [ContractObject, ContractObject, ContractObject, ContractObject];
  const checks = new ForeignKeyChecks(contract, new Set(contract.objects), { samples: 5, missingTokens: [] });
  assert.deepEqual(checks.order([orders, customers, cards, calendar]).map((o) => o.name), ['customers', 'cards', 'calendar', 'orders']);
  const cyclic = parseContract(SHOP.replace('      - name: region\n        logicalType: string\n  - name: cards', '      - name: region\n        logicalType: string\n        relationships:\n          - to: orders.region\n  - name: cards'), 'cycle.yaml');
  const cycle = new ForeignKeyChecks(cyclic, new Set(cyclic.objects), { samples: 5, missingTokens: [] });
  assert.deepEqual(cycle.order(cyclic.objects).map((o) => o.name), ['cards', 'calendar', 'orders', 'customers']);
});

test('a foreign key added tightens the contract (producer error) and removed loosens it (consumer warning)', () => {
  const without = SHOP.replace('        relationships:\n          - to: customers.id\n', '');
  const describe = (before: string, after: string) => compareContracts(parseContract(before, 'base.yaml'), parseContract(after, 'pr.yaml')).map((c) => [c.change, c.object, c.property, c.consumer, c.producer, c.breaking]);
  assert.deepEqual(describe(without, SHOP), [['foreign-key-added', 'orders', 'customer_id', 'info', 'error', true]]);
  assert.deepEqual(describe(SHOP, without), [['foreign-key-removed', 'orders', 'customer_id', 'warning', 'info', false]]);
  assert.deepEqual(describe(SHOP, SHOP), []);

  // The pull request's data is the evidence: the new foreign key's own result.
  const after = parseContract(SHOP, 'pr.yaml');
  const orders = checksOf(after, [['customers', [batch(['id', 'region'], [['7', 'north']])]], ['orders', [batch(ORDER_COLUMNS, ORDERS)]]])('orders');
  const [added] = compareContracts(parseContract(without, 'base.yaml'), after, [{ name: 'orders', file: 'orders.csv', rows: 6, checks: orders }]);
  assert.deepEqual(added!.evidence, { count: 2, rows: 6, message: '2 of 6 rows in orders.csv already violate the new foreign-key rule.', samples: [{ line: 3, value: '8' }, { line: 6, value: '9' }] });
});
