import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { runAction } from '../harness/run-action.ts';
import { findCheck, PENGUINS_CONTRACT, readReport, workspace } from './helpers.ts';

const ROWS = [
  { id: 1, species: 'Adelie', bill_length_mm: 39.1, email: 'a@b.org', observed: '2024-01-01' },
  { id: 2, species: 'Emperor', bill_length_mm: 61, email: 'c@d.org', observed: '2024-01-02' },
  { id: 3, species: 'Gentoo', bill_length_mm: 45, email: 'e@f.org', observed: '2024-01-03' },
];
const COLUMNS = Object.keys(ROWS[0]!);
const csv = (delimiter: string) => `${COLUMNS.join(delimiter)}\n${ROWS.map((row) => Object.values(row).join(delimiter)).join('\n')}\n`;
const jsonl = `${ROWS.map((row) => JSON.stringify(row)).join('\n')}\n`;
const parquet = new Uint8Array(
  parquetWriteBuffer({
    columnData: [
      { name: 'id', data: ROWS.map((r) => r.id), type: 'INT32' },
      { name: 'species', data: ROWS.map((r) => r.species), type: 'STRING' },
      { name: 'bill_length_mm', data: ROWS.map((r) => r.bill_length_mm), type: 'DOUBLE' },
      { name: 'email', data: ROWS.map((r) => r.email), type: 'STRING' },
      { name: 'observed', data: ROWS.map((r) => r.observed), type: 'STRING' },
    ],
  }),
);

const FORMATS: Array<[string, string | Uint8Array, number]> = [
  ['penguins.csv', csv(','), 3],
  ['penguins.tsv', csv('\t'), 3],
  ['penguins.csv.gz', gzipSync(csv(',')), 3],
  ['penguins.jsonl', jsonl, 2],
  ['penguins.jsonl.gz', gzipSync(jsonl), 2],
  ['penguins.json', JSON.stringify(ROWS), 2],
  ['penguins.parquet', parquet, 2],
];

for (const [file, content, line] of FORMATS) {
  test(`${file}: the same findings, located by line (text) or row (JSON arrays, Parquet)`, async () => {
    const ws = workspace({ 'penguins.odcs.yaml': PENGUINS_CONTRACT, [`data/${file}`]: content });
    const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'penguins.odcs.yaml', data: `data/${file}`, report: 'r.json' } });
    assert.equal(result.exitCode, 1, result.stdout);
    const report = readReport(join(ws, 'r.json'));
    assert.equal(report.rows, 3);
    assert.deepEqual(report.objects[0].checks.filter((c: any) => c.result !== 'passed').map((c: any) => `${c.check}:${c.column}`).sort(), ['allowed-values:species', 'range:bill_length_mm']);
    assert.equal(findCheck(report, 'range', 'bill_length_mm').samples[0].line, line);
    assert.equal(findCheck(report, 'type', 'id').result, 'passed');
  });
}

test('CSV options: delimiter, quote and a file without a header', async () => {
  const ws = workspace({ 'penguins.odcs.yaml': PENGUINS_CONTRACT.replace(/- name: id/, '- name: column_1\n        physicalName: column_1').replace(/name: species/, 'name: species\n        physicalName: column_2'), 'd.csv': "1;'Adel;ie';39.1;a@b.org;2024-01-01\n" });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'penguins.odcs.yaml', data: 'd.csv', delimiter: ';', quote: "'", header: false, report: 'r.json', 'missing-columns': 'optional' } });
  const report = readReport(join(ws, 'r.json'));
  assert.deepEqual(findCheck(report, 'allowed-values', 'column_2').samples[0], { line: 1, value: 'Adel;ie' });
  assert.equal(result.outputs['rows'], '1');
});

test('several schema objects, each with its own file through name: path lines', async () => {
  const contract = `apiVersion: v3.0.2
kind: DataContract
id: shop
version: 1.0.0
status: active
schema:
  - name: customers
    properties:
      - name: id
        logicalType: integer
        unique: true
  - name: orders
    properties:
      - name: customer
        logicalType: integer
        required: true
      - name: unit
        logicalType: string
        quality:
          - rule: validValues
            validValues: [kg, lb]
`;
  const ws = workspace({ 'shop.yaml': contract, 'c.csv': 'id\n1\n1\n', 'o.jsonl': '{"customer":1,"unit":"kg"}\n{"customer":null,"unit":"stone"}\n' });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'shop.yaml', data: 'customers: c.csv\norders: o.jsonl', report: 'r.json' } });
  const report = readReport(join(ws, 'r.json'));
  assert.deepEqual(report.objects.map((o: any) => [o.name, o.file, o.rows]), [['customers', 'c.csv', 2], ['orders', 'o.jsonl', 2]]);
  assert.equal(findCheck(report, 'unique', 'id').count, 1);
  assert.equal(findCheck(report, 'required', 'customer').samples[0].line, 2);
  assert.equal(findCheck(report, 'allowed-values', 'unit').samples[0].value, 'stone');
  assert.equal(result.outputs['errors'], '3');
});
