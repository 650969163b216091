import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readTable, readBatches } from '../../src/tabular/index.ts';
import { UserError } from '../../src/shared/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'tabular-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

test('CSV rows carry the line they start on, counting quoted newlines and blank lines', async () => {
  const path = file('a.csv', 'id,note\n1,"two\nlines"\n\n2,plain\n3,"x"\n');
  const table = await readTable(path);
  assert.deepEqual(table.columns, ['id', 'note']);
  assert.deepEqual(table.rows, [{ id: '1', note: 'two\nlines' }, { id: '2', note: 'plain' }, { id: '3', note: 'x' }]);
  assert.deepEqual(table.lines, [2, 5, 6]);
});

test('TSV, gzip and a BOM are read transparently', async () => {
  const path = file('b.tsv.gz', gzipSync('\ufeffa\tb\n1\t2\n'));
  assert.deepEqual((await readTable(path)).rows, [{ a: '1', b: '2' }]);
});

test('JSON Lines keep types and line numbers; a bad line is named', async () => {
  const path = file('c.jsonl', '{"a":1,"b":"x"}\n\n{"a":2.5,"c":true}\n');
  const table = await readTable(path);
  assert.deepEqual(table.rows, [{ a: 1, b: 'x', c: undefined }, { a: 2.5, b: undefined, c: true }]);
  assert.deepEqual(table.lines, [1, 3]);
  const bad = file('d.jsonl', '{"a":1}\n{oops\n');
  await assert.rejects(readTable(bad), (error: unknown) => error instanceof UserError && /d\.jsonl:2: not valid JSON/.test(error.message));
});

test('Parquet is read in batches with row numbers', async () => {
  const buffer = parquetWriteBuffer({ columnData: [{ name: 'x', data: [1, 2, 3], type: 'INT32' }, { name: 'y', data: ['a', 'b', 'c'], type: 'STRING' }] });
  const path = file('e.parquet', new Uint8Array(buffer));
  const batches = [];
  for await (const batch of readBatches(path, { batchSize: 2 })) batches.push(batch);
  assert.equal(batches.length, 2);
  assert.deepEqual(batches[0]!.columns, ['x', 'y']);
  assert.deepEqual(batches.flatMap((b) => b.rows), [[1, 'a'], [2, 'b'], [3, 'c']]);
  assert.deepEqual(batches.flatMap((b) => b.lines), [1, 2, 3]);
});

test('missing, empty and unreadable files are clear errors naming the file', async () => {
  await assert.rejects(readTable(join(dir, 'nope.csv')), /nope\.csv: data file not found/);
  await assert.rejects(readTable(file('empty.csv', '')), /empty\.csv: the file is empty/);
  await assert.rejects(readTable(file('bad.parquet', 'not parquet at all')), /bad\.parquet: not a readable Parquet file/);
  await assert.rejects(readTable(file('x.xlsx', 'x')), /cannot tell the data format/);
});
