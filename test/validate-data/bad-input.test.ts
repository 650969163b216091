import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { runAction } from '../harness/run-action.ts';
import { PENGUINS_CONTRACT, workspace } from './helpers.ts';

async function failsWith(files: Record<string, string | Uint8Array>, inputs: Record<string, string>, message: RegExp): Promise<Awaited<ReturnType<typeof runAction>>> {
  const ws = workspace(files);
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'penguins.odcs.yaml', report: 'r.json', ...inputs } });
  assert.equal(result.exitCode, 1, result.stdout);
  const error = result.annotations.find((a) => a.level === 'error' && a.message.startsWith('validate-data:'));
  assert.ok(error, result.stdout);
  assert.match(error.message, message);
  assert.ok(!result.stdout.includes('    at '), 'no stack trace');
  // Nothing half-written: a step that could not check the data leaves no report.
  assert.equal(existsSync(join(ws, 'r.json')), /no data rows/.test(message.source));
  return result;
}

test('a missing data file is an error naming it', async () => {
  await failsWith({ 'penguins.odcs.yaml': PENGUINS_CONTRACT }, { data: 'data/nope.csv' }, /data\/nope\.csv: data file not found/);
});

test('an empty file is an error naming it', async () => {
  await failsWith({ 'penguins.odcs.yaml': PENGUINS_CONTRACT, 'e.csv': '' }, { data: 'e.csv' }, /e\.csv: the file is empty/);
});

test('a header without rows fails the step, never passes', async () => {
  const ws = workspace({ 'penguins.odcs.yaml': PENGUINS_CONTRACT, 'h.csv': 'id,species,bill_length_mm,email,observed\n' });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'penguins.odcs.yaml', data: 'h.csv' } });
  assert.equal(result.exitCode, 1);
  assert.equal(result.outputs['passed'], 'false');
  assert.match(result.summary, /the file has a header but no data rows/);
});

test('a Parquet file whose footer reads but whose pages are damaged is an error naming it and the rows', async () => {
  const bytes = new Uint8Array(
    parquetWriteBuffer({ codec: 'UNCOMPRESSED', columnData: [{ name: 'id', data: Array.from({ length: 50 }, (_, i) => i), type: 'INT32' }, { name: 'species', data: Array.from({ length: 50 }, () => 'Adelie'), type: 'STRING' }] }),
  );
  // The first page header starts right after the 4-byte magic number.
  bytes.fill(0xff, 4, 24);
  await failsWith({ 'penguins.odcs.yaml': PENGUINS_CONTRACT, 'p.parquet': bytes }, { data: 'p.parquet' }, /p\.parquet: cannot read rows 1-50 \(/);
});

test('an unreadable Parquet file is an error naming it', async () => {
  await failsWith({ 'penguins.odcs.yaml': PENGUINS_CONTRACT, 'p.parquet': 'PAR1 not really' }, { data: 'p.parquet' }, /p\.parquet: not a readable Parquet file/);
});

test('a contract that is not YAML is an error at its line', async () => {
  const result = await failsWith({ 'penguins.odcs.yaml': 'apiVersion: v3.1.0\nschema: [a, b\n' }, {}, /penguins\.odcs\.yaml is not valid YAML/);
  const located = result.annotations.find((a) => a.file === 'penguins.odcs.yaml');
  assert.ok(located?.line, JSON.stringify(result.annotations));
});

test('an unsupported apiVersion and an unknown logicalType are errors at their lines, all at once', async () => {
  await failsWith({ 'penguins.odcs.yaml': PENGUINS_CONTRACT.replace('v3.1.0', 'v2.2.2') }, {}, /apiVersion "v2\.2\.2" is not supported/);
  const broken = PENGUINS_CONTRACT.replace('logicalType: number', 'logicalType: float').replace('mustBeGreaterThan: 2', 'mustBeGreaterThan: 2\n        colour: red');
  const result = await failsWith({ 'penguins.odcs.yaml': broken }, {}, /the data contract has 2 problems/);
  const lines = result.annotations.filter((a) => a.file === 'penguins.odcs.yaml' && a.title === 'data contract');
  assert.deepEqual(lines.map((a) => [a.line, a.message.replace(/ \(.*$|;.*$/, '')]), [
    [28, 'schema[penguins].properties[bill_length_mm].logicalType must be one of "string", "date", "timestamp", "time", "number", "integer", "object", "array", "boolean"'],
    [42, 'schema[penguins].quality[0]: unknown key "colour"'],
  ]);
});

test('bad inputs name the input', async () => {
  await failsWith({ 'penguins.odcs.yaml': PENGUINS_CONTRACT }, { 'fail-on': 'sometimes' }, /Input "fail-on" must be one of error, warning, never/);
  await failsWith({ 'penguins.odcs.yaml': PENGUINS_CONTRACT }, { data: 'nothing: here.csv\nother: there.csv' }, /Input "data" names schema object "nothing", which penguins.odcs.yaml does not declare/);
});

const SPILLING_SHOP = `apiVersion: v3.1.0
kind: DataContract
id: shop
version: 1.0.0
status: active
schema:
  - name: orders
    properties:
      - name: customer_id
        logicalType: string
        relationships:
          - to: customers.id
  - name: customers
    properties:
      - name: id
        logicalType: string
        primaryKey: true
`;

test('a run that fails on its second file leaves no spilled keys behind in the runner temp folder', async () => {
  // 80,000 keys of 1,000 bytes: past the 64 MiB each check holds in memory, so the primary key and the
  // foreign key's referenced side have both spilled to disk when the damaged Parquet file is reached.
  const padding = 'x'.repeat(990);
  const customers = `id\n${Array.from({ length: 80_000 }, (_, i) => `c${String(i).padStart(8, '0')}${padding}`).join('\n')}\n`;
  const ws = workspace({ 'shop.yaml': SPILLING_SHOP, 'data/orders.csv': 'customer_id\nc00000001\n', 'data/customers-1.csv': customers, 'data/customers-2.parquet': 'PAR1 not really' });
  const result = await runAction({ action: 'validate-data', workspace: ws, inputs: { contract: 'shop.yaml', data: 'orders: data/orders.csv\ncustomers: data/customers-*', report: 'r.json' } });
  assert.equal(result.exitCode, 1, result.stdout);
  assert.ok(result.annotations.some((a) => a.level === 'error' && /data\/customers-2\.parquet: not a readable Parquet file/.test(a.message)), result.stdout);
  assert.deepEqual(readdirSync(join(result.runnerDir, 'temp')).filter((name) => name.startsWith('validate-data-')), []);
});
