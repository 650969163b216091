/**
 * Parquet is validated column by column, straight from hyparquet's decoded column chunks; the same
 * checks fed the file as rows (readBatches, one row array at a time) must give the same report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { DuckDBInstance } from '@duckdb/node-api';
import { readBatches, readColumnBatches, type ColumnBatch } from '../../src/tabular/index.ts';
import { parseContract } from '../../src/validate-data/contract.ts';
import { ObjectValidator } from '../../src/validate-data/object-validator.ts';
import { validateObject } from '../../src/validate-data/validate.ts';
import { workspace } from './helpers.ts';

const CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: parquet-columns
version: 1.0.0
status: active
schema:
  - name: birds
    properties:
      - name: id
        logicalType: integer
        primaryKey: true
      - name: species
        logicalType: string
        required: true
        quality:
          - metric: invalidValues
            arguments: { validValues: [Adelie, Gentoo] }
            mustBe: 0
      - name: bill
        logicalType: number
        logicalTypeOptions: { minimum: 32, maximum: 59 }
      - name: mass
        logicalType: integer
        unique: true
        logicalTypeOptions: { minimum: 2700, maximum: 6300 }
      - name: email
        logicalType: string
        logicalTypeOptions: { format: email }
        quality:
          - metric: nullValues
            mustBe: 0
      - name: observed
        logicalType: date
        logicalTypeOptions: { minimum: "2024-01-01" }
      - name: tagged
        logicalType: boolean
        required: true
`;

const ROWS = 53;
const pick = <T>(i: number, every: number, value: T, otherwise: T): T => (i % every === 0 ? value : otherwise);

const parquet = new Uint8Array(
  parquetWriteBuffer({
    rowGroupSize: 10,
    schema: [
      { name: 'root', num_children: 7 },
      { name: 'id', type: 'INT64', repetition_type: 'OPTIONAL' },
      { name: 'species', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
      { name: 'bill', type: 'DOUBLE', repetition_type: 'OPTIONAL' },
      { name: 'mass', type: 'INT64', repetition_type: 'OPTIONAL' },
      { name: 'email', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
      { name: 'observed', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
      { name: 'tagged', type: 'BOOLEAN', repetition_type: 'OPTIONAL' },
    ],
    columnData: [
      { name: 'id', data: Array.from({ length: ROWS }, (_, i) => (i === 17 ? null : BigInt(i % 40))) },
      { name: 'species', data: Array.from({ length: ROWS }, (_, i) => pick(i, 9, null, pick(i, 7, 'Emperor', i % 2 ? 'Adelie' : 'Gentoo'))) },
      { name: 'bill', data: Array.from({ length: ROWS }, (_, i) => pick(i, 11, null, 30 + i * 0.6)) },
      { name: 'mass', data: Array.from({ length: ROWS }, (_, i) => pick(i, 13, null, BigInt(2600 + (i % 30) * 150))) },
      { name: 'email', data: Array.from({ length: ROWS }, (_, i) => pick(i, 12, null, pick(i, 5, `bird ${i}`, `bird${i}@example.org`))) },
      { name: 'observed', data: Array.from({ length: ROWS }, (_, i) => pick(i, 8, null, new Date(Date.UTC(2023, 11, 20 + i)))) },
      { name: 'tagged', data: Array.from({ length: ROWS }, (_, i) => pick(i, 10, null, i % 3 === 0)) },
    ],
  }),
);

test('Parquet checked column by column gives the same report as the same file checked row by row', async () => {
  const root = workspace({ 'birds.parquet': parquet });
  const path = join(root, 'birds.parquet');
  const contract = parseContract(CONTRACT, 'birds.odcs.yaml');
  const object = contract.objects[0]!;
  const options = { samples: 3, missingTokens: ['NA'], extraColumns: 'warn', missingColumns: 'fail', uniqueMemoryCap: 1000, now: Date.UTC(2024, 2, 1) } as const;

  const columnWise = await validateObject(contract, { object, path, shownAs: 'birds.parquet' }, options, {});

  const rowWise = new ObjectValidator(object, contract, { ...options, locator: 'row' });
  let batches = 0;
  for await (const batch of readBatches(path, { batchSize: 4 })) {
    batches++;
    const data = batch.columns.map((_, c) => batch.rows.map((row) => row[c]));
    rowWise.add({ columns: batch.columns, data, length: batch.rows.length, lines: batch.lines, firstRow: 0 } satisfies ColumnBatch);
  }
  assert.ok(batches > 6, 'the row path crosses row groups in small batches');

  assert.equal(columnWise.rows, ROWS);
  assert.equal(rowWise.rows, ROWS);
  assert.deepEqual(columnWise.checks, rowWise.finish());

  // The file really has what the comparison is meant to cover: failures with samples in every checked type.
  const failing = new Map(columnWise.checks.filter((check) => check.result !== 'passed').map((check) => [`${check.check}:${check.column ?? ''}`, check.count]));
  assert.deepEqual(Object.fromEntries(failing), {
    'required:species': 6,
    'required:tagged': 6,
    'range:bill': 7,
    'range:mass': 5,
    'unique:mass': 19,
    'format:email': 10,
    'range:observed': 10,
    'allowed-values:species': 7,
    'null-values:email': 5,
    'primary-key:id': 14,
  });
});

const CODED_CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: coded
version: 1.0.0
status: active
schema:
  - name: visits
    properties:
      - name: id
        logicalType: integer
        primaryKey: true
      - name: species
        logicalType: string
        required: true
        logicalTypeOptions: { pattern: "^[A-Z]", maxLength: 6 }
        quality:
          - metric: nullValues
            mustBeLessThan: 1
            unit: percent
          - metric: missingValues
            arguments: { missingValues: [null, "", NA] }
            mustBe: 0
          - metric: invalidValues
            arguments: { validValues: [Adelie, Gentoo] }
            mustBe: 0
          - metric: duplicateValues
            mustBeLessThan: 10
      - name: island
        logicalType: string
        unique: true
      - name: bill
        logicalType: number
        logicalTypeOptions: { minimum: 32, maximum: 59, multipleOf: 0.5 }
      - name: day
        logicalType: date
        logicalTypeOptions: { maximum: "2024-02-01" }
      - name: flag
        logicalType: boolean
        required: true
slaProperties:
  - property: freshness
    value: 10
    unit: d
    element: day
`;

test('dictionary-coded Parquet columns give the same report as the same values checked one by one', async () => {
  const root = workspace({});
  const path = join(root, 'visits.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (SELECT i AS id,
      CASE WHEN i % 9 = 0 THEN NULL WHEN i % 23 = 0 THEN 'NA' WHEN i % 31 = 0 THEN 'emperor' ELSE ['Adelie', 'Gentoo', 'Chinstrap'][i % 3 + 1] END AS species,
      CASE WHEN i % 4 = 0 THEN NULL ELSE ['Biscoe', 'Dream', 'Torgersen'][i % 3 + 1] END AS island,
      CASE WHEN i % 6 = 0 THEN NULL ELSE (30 + (i % 40) / 4)::DOUBLE END AS bill,
      CASE WHEN i % 10 = 0 THEN NULL ELSE DATE '2024-01-01' + (i % 45)::INT END AS day,
      CASE WHEN i % 7 = 0 THEN NULL ELSE i % 2 = 0 END AS flag
    FROM range(3000) t(i)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 1024)`);
  connection.closeSync();
  instance.closeSync();

  let coded = 0;
  for await (const batch of readColumnBatches(path)) coded += batch.dictionaries?.filter(Boolean).length ?? 0;
  assert.ok(coded >= 6, `the file has dictionary-coded columns to cover (${coded} coded chunks)`);

  const contract = parseContract(CODED_CONTRACT, 'visits.odcs.yaml');
  const object = contract.objects[0]!;
  const options = { samples: 4, missingTokens: ['n/a'], extraColumns: 'warn', missingColumns: 'fail', uniqueMemoryCap: 100, now: Date.UTC(2024, 2, 1) } as const;
  const columnWise = await validateObject(contract, { object, path, shownAs: 'visits.parquet' }, options, {});
  const rowWise = new ObjectValidator(object, contract, { ...options, locator: 'row' });
  for await (const batch of readBatches(path, { batchSize: 100 })) {
    rowWise.add({ columns: batch.columns, data: batch.columns.map((_, c) => batch.rows.map((row) => row[c])), length: batch.rows.length, lines: batch.lines, firstRow: 0 });
  }
  assert.deepEqual(columnWise.checks, rowWise.finish());
  const failing = Object.fromEntries(columnWise.checks.filter((check) => check.result !== 'passed').map((check) => [`${check.check}:${check.column ?? ''}`, check.count]));
  assert.deepEqual(Object.keys(failing).sort(), ['allowed-values:species', 'duplicate-values:species', 'freshness:day', 'length:species', 'missing-values:species', 'multiple-of:bill', 'null-values:species', 'pattern:species', 'range:bill', 'range:day', 'required:flag', 'required:species', 'unique:island'].sort());
});
