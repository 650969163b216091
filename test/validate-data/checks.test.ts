import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../harness/run-action.ts';
import { findCheck, PENGUINS_CONTRACT, readReport, workspace } from './helpers.ts';

const BAD_PENGUINS = 'id,species,bill_length_mm,email,observed\n1,Adelie,39.1,a@b.org,2024-01-01\n2,"Emp<b>er\nor",61,not-an-email,2024-02-30\n2,Gentoo,45,c@d.org,2024-03-01\n';

test('failing checks fail the step, with counts, lines (quoted newlines counted), redaction and escaping', async () => {
  const ws = workspace({ 'contracts/penguins.odcs.yaml': PENGUINS_CONTRACT, 'data/penguins.csv': BAD_PENGUINS });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'contracts/penguins.odcs.yaml', report: 'out/report.json', junit: 'out/junit.xml' } });
  assert.equal(result.exitCode, 1);
  assert.equal(result.outputs['passed'], 'false');
  assert.equal(result.outputs['errors'], '5');
  assert.equal(result.outputs['rows'], '3');
  const report = readReport(join(ws, 'out/report.json'));
  assert.equal(report.passed, false);
  const allowed = findCheck(report, 'allowed-values', 'species');
  assert.deepEqual([allowed.result, allowed.count, allowed.samples[0].line], ['failed', 1, 3]);
  const range = findCheck(report, 'range', 'bill_length_mm');
  assert.deepEqual([range.result, range.count, range.samples[0]], ['failed', 1, { line: 3, value: '61' }]);
  // The email column is classified pii: its bad value is counted but never shown.
  const format = findCheck(report, 'format', 'email');
  assert.deepEqual(format.samples, [{ line: 3, value: null, redacted: true }]);
  assert.ok(!result.summary.includes('not-an-email') && !result.stdout.includes('not-an-email'));
  assert.equal(findCheck(report, 'type', 'observed').samples[0].value, '2024-02-30');
  const key = findCheck(report, 'primary-key', 'id');
  assert.deepEqual([key.count, key.samples[0].line], [1, 5]);
  // Markup in data values is escaped in the summary.
  assert.ok(result.summary.includes('Emp&lt;b&gt;er'));
  assert.ok(!result.summary.includes('<b>'));
  const annotations = result.annotations.filter((a) => a.file === 'data/penguins.csv');
  assert.deepEqual(annotations.map((a) => a.line).sort(), [3, 3, 3, 3, 5]);
  assert.match(readFileSync(join(ws, 'out/junit.xml'), 'utf8'), /<testsuites name="validate-data" tests="\d+" failures="5" errors="0">/);
  assert.match(result.stdout, /::error::validate-data: data contract penguins failed: 5 errors/);
});

test('clean data passes; the default data location is the contract\'s local server', async () => {
  const ws = workspace({ 'contracts/penguins.odcs.yaml': PENGUINS_CONTRACT, 'data/penguins.csv': 'id,species,bill_length_mm,email,observed\n1,Adelie,39.1,a@b.org,2024-01-01\n2,Gentoo,45,c@d.org,2024-03-01\n3,Chinstrap,50.5,,2024-03-02\n' });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'contracts/penguins.odcs.yaml' } });
  assert.equal(result.exitCode, 0, result.stdout);
  assert.equal(result.outputs['passed'], 'true');
  assert.equal(result.outputs['errors'], '0');
  const report = readReport(result.outputs['report']!);
  assert.equal(report.objects[0].file, 'data/penguins.csv');
  assert.match(result.summary, /Data contract checks passed/);
  assert.equal(result.annotations.length, 0);
});

const WIDE_CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: orders
version: 2.1.0
status: active
schema:
  - name: orders
    properties:
      - name: tenant
        logicalType: string
        primaryKey: true
        primaryKeyPosition: 1
      - name: order_id
        logicalType: integer
        primaryKey: true
        primaryKeyPosition: 2
      - name: code
        logicalType: string
        required: true
        unique: true
        logicalTypeOptions:
          minLength: 3
          maxLength: 5
          pattern: '[A-Z]{2}'
      - name: amount
        logicalType: number
        logicalTypeOptions:
          exclusiveMinimum: 0
          maximum: 100
          multipleOf: 0.5
      - name: ref
        logicalType: string
        logicalTypeOptions:
          format: uuid
      - name: link
        logicalType: string
        logicalTypeOptions:
          format: uri
      - name: paid
        logicalType: boolean
      - name: placed_at
        logicalType: timestamp
      - name: note
        logicalType: string
        quality:
          - metric: nullValues
            mustBeLessThan: 50
            unit: percent
          - metric: missingValues
            arguments:
              missingValues: [null, '', 'n/a']
            mustBeLessOrEqualTo: 1
          - metric: invalidValues
            arguments:
              pattern: '^[a-z ]+$'
            mustBe: 0
            severity: warning
          - metric: duplicateValues
            mustBe: 0
    quality:
      - metric: rowCount
        mustBeBetween: [1, 4]
      - metric: duplicateValues
        arguments:
          properties: [paid, note]
        mustBeLessThan: 1
slaProperties:
  - property: latency
    value: 1
    unit: d
    element: orders.placed_at
`;

const WIDE_DATA = [
  'tenant,order_id,code,amount,ref,link,paid,placed_at,note,extra',
  `a,1,XAB1,10.5,9b2c8f5e-4d3a-4c1b-9f7e-1a2b3c4d5e6f,https://example.org/x,true,${new Date(Date.now() - 3_600_000).toISOString()},fine,1`,
  'a,1,ab,0,not-a-uuid,no scheme,maybe,2024-02-30T10:00:00Z,n/a,2',
  'b,2,NA,100.25,9b2c8f5e-4d3a-4c1b-9f7e-1a2b3c4d5e6f,mailto:x@example.org,false,2024-01-01 10:00:00,Bad!,3',
  ',3,XAB1,100,,,1,,n/a,4',
  'b,2,QQQQQQ,7,,,0,,fine,5',
].join('\n');

test('every column check and library rule, with thresholds in rows and percent and a warning severity', async () => {
  const ws = workspace({ 'orders.odcs.yaml': WIDE_CONTRACT, 'orders.csv': `${WIDE_DATA}\n` });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'orders.odcs.yaml', data: 'orders.csv', report: 'r.json', 'missing-values': 'NA' } });
  const report = readReport(join(ws, 'r.json'));
  const summary = (check: string, column?: string) => {
    const c = findCheck(report, check, column);
    return [c.result, c.count, (c.samples ?? []).map((s: any) => s.line).filter((line: unknown) => line !== undefined)];
  };
  assert.deepEqual(summary('extra-columns'), ['warning', 1, []]);
  assert.deepEqual(summary('primary-key'), ['failed', 3, [3, 5, 6]]); // (a,1) and (b,2) repeat; line 5 lacks its tenant
  assert.deepEqual(summary('required', 'code'), ['failed', 1, [4]]); // NA is a missing-value token
  assert.deepEqual(summary('unique', 'code'), ['failed', 1, [5]]);
  assert.deepEqual(summary('length', 'code'), ['failed', 2, [3, 6]]);
  assert.deepEqual(summary('pattern', 'code'), ['failed', 1, [3]]); // unanchored: QQQQQQ contains two capitals
  assert.deepEqual(summary('range', 'amount'), ['failed', 2, [3, 4]]); // 0 is not > 0; 100.25 > 100
  assert.deepEqual(summary('multiple-of', 'amount'), ['failed', 1, [4]]);
  assert.deepEqual(summary('format', 'ref'), ['failed', 1, [3]]);
  assert.deepEqual(summary('format', 'link'), ['failed', 1, [3]]);
  assert.deepEqual(summary('type', 'paid'), ['failed', 1, [3]]);
  assert.deepEqual(summary('type', 'placed_at'), ['failed', 1, [3]]);
  assert.deepEqual(summary('null-values', 'note'), ['passed', 0, []]);
  assert.deepEqual(summary('missing-values', 'note'), ['failed', 2, [3, 5]]);
  assert.deepEqual(summary('invalid-values', 'note'), ['warning', 3, [3, 4, 5]]); // n/a and Bad! do not match
  assert.deepEqual(summary('duplicate-values', 'note'), ['failed', 2, [5, 6]]);
  assert.deepEqual(summary('row-count'), ['failed', 5, []]);
  assert.equal(findCheck(report, 'row-count').expected, 'between 1 and 4');
  assert.deepEqual(summary('duplicate-values'), ['passed', 0, []]);
  const freshness = findCheck(report, 'freshness', 'placed_at');
  assert.equal(freshness.result, 'passed', freshness.message);
  assert.equal(result.exitCode, 1);
  assert.equal(result.outputs['warnings'], '2');
});

test('stale data fails freshness; fail-on: never keeps the step green and still reports', async () => {
  const contract = WIDE_CONTRACT.replace('value: 1\n    unit: d', 'value: 2\n    unit: h');
  const data = WIDE_DATA.split('\n').slice(0, 2).join('\n').replace(/,20\d\d-[^,]+,fine/, ',2020-01-01T00:00:00Z,fine');
  const ws = workspace({ 'orders.odcs.yaml': contract, 'orders.csv': `${data}\n` });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'orders.odcs.yaml', data: 'orders.csv', report: 'r.json', 'fail-on': 'never', 'extra-columns': 'fail' } });
  assert.equal(result.exitCode, 0);
  assert.equal(result.outputs['passed'], 'false');
  const report = readReport(join(ws, 'r.json'));
  const freshness = findCheck(report, 'freshness', 'placed_at');
  assert.equal(freshness.result, 'failed');
  assert.match(freshness.message, /2020-01-01T00:00:00.000Z is .*d old; latency allows 2h/);
  assert.equal(findCheck(report, 'extra-columns').result, 'failed');
});

test('fail-on: warning fails on warnings alone; missing-columns: optional turns an absent optional column into a warning', async () => {
  const ws = workspace({ 'contracts/penguins.odcs.yaml': PENGUINS_CONTRACT, 'data/penguins.csv': 'id,species,bill_length_mm,observed\n1,Adelie,39.1,2024-01-01\n2,Gentoo,45,2024-03-01\n3,Adelie,41,2024-03-01\n' });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'contracts/penguins.odcs.yaml', 'missing-columns': 'optional', 'fail-on': 'warning' } });
  assert.equal(result.exitCode, 1);
  assert.equal(result.outputs['errors'], '0');
  assert.equal(result.outputs['warnings'], '1');
  assert.match(result.stdout, /0 errors, 1 warning/);
  const strict = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'contracts/penguins.odcs.yaml' } });
  assert.equal(strict.outputs['errors'], '1');
});

test('a glob checks each matching file; max-annotations and samples cut output short and say so', async () => {
  const bad = (id: number) => `id,species,bill_length_mm,email,observed\n${id},Emperor,70,x@y.org,2024-01-01\n${id + 1},Emperor,71,x@y.org,2024-01-01\n${id + 2},Adelie,40,x@y.org,2024-01-01\n`;
  const ws = workspace({ 'contracts/penguins.odcs.yaml': PENGUINS_CONTRACT, 'data/part-1.csv': bad(1), 'data/part-2.csv': bad(10), 'data/other.txt': 'x' });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'contracts/penguins.odcs.yaml', data: 'data/part-*.csv', 'max-annotations': 1, samples: 1, report: 'r.json' } });
  const report = readReport(join(ws, 'r.json'));
  assert.deepEqual(report.objects.map((o: any) => [o.name, o.file, o.rows]), [['penguins', 'data/part-1.csv', 3], ['penguins', 'data/part-2.csv', 3]]);
  assert.equal(result.outputs['rows'], '6');
  assert.equal(result.outputs['errors'], '4');
  assert.deepEqual(report.truncated, { samples_per_check: 1 });
  assert.equal(findCheck(report, 'range', 'bill_length_mm').samples.length, 1);
  assert.equal(result.annotations.filter((a) => a.file?.startsWith('data/')).length, 1);
  assert.match(result.summary, /\(first 1 of 2\)/);
  assert.match(result.summary, /3 more annotations were left out \(max-annotations\)/);
});

test('rules validate-data cannot run are said so; text rules are prose; duplicate rows and freshness from text dates', async () => {
  const contract = `apiVersion: v3.1.0
kind: DataContract
id: events
version: 1.0.0
status: active
schema:
  - name: events
    properties:
      - name: kind
        logicalType: string
        quality:
          - type: text
            description: Kinds come from the upstream catalogue.
          - type: sql
            query: SELECT COUNT(*) FROM {object} WHERE {property} IS NULL
            mustBe: 0
      - name: at
        logicalType: string
    quality:
      - metric: duplicateValues
        mustBe: 0
      - metric: nullValues
        mustBe: 0
slaProperties:
  - property: freshness
    value: 3650
    unit: d
    element: at
`;
  const ws = workspace({ 'e.yaml': contract, 'e.csv': `kind,at\nclick,${new Date().toISOString()}\nclick,${new Date().toISOString().slice(0, 10)}\nclick,${new Date().toISOString().slice(0, 10)}\n` });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'e.yaml', data: 'e.csv', report: 'r.json' } });
  const report = readReport(join(ws, 'r.json'));
  const rules = report.objects[0].checks.filter((c: any) => c.check === 'quality-rule').map((c: any) => [c.column, c.result, c.message.slice(0, 40)]);
  assert.deepEqual(rules, [
    ['kind', 'warning', 'not run: sql quality rules need their ow'],
    [undefined, 'error', 'nullValues counts values of one property'],
  ]);
  const duplicates = findCheck(report, 'duplicate-values');
  assert.deepEqual([duplicates.result, duplicates.count, duplicates.samples[0].line], ['failed', 1, 4]);
  assert.equal(findCheck(report, 'freshness', 'at').result, 'passed');
  assert.equal(result.outputs['errors'], '2');
});
