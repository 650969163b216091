/**
 * The Parquet column reader against hyparquet's own full reader, on files DuckDB writes (version 1 and
 * version 2 pages, dictionaries, nulls, long and non-ASCII text, 64-bit integers, dates, timestamps,
 * decimals, lists), and on a hand-built column chunk whose writer gave up its dictionary half-way. A
 * file of one big row group arrives in batches no longer than asked for, with the same values.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { ByteWriter } from 'hyparquet-writer/src/bytewriter.js';
import { writePageHeader } from 'hyparquet-writer/src/datapage.js';
import { writeRleBitPackedHybrid } from 'hyparquet-writer/src/encoding.js';
import { writePlain } from 'hyparquet-writer/src/plain.js';
import { readColumnChunk, readParquetColumns, type ColumnDecoder } from '../../src/tabular/parquet.ts';
import { ColumnCursor } from '../../src/tabular/parquet-pages.ts';

const ROWS = 5000;
const TABLE = `SELECT
    i AS id,
    CASE WHEN i % 7 = 0 THEN NULL ELSE ['Adelie', 'Gentoo', 'Chinstrap'][i % 3 + 1] END AS species,
    CASE WHEN i % 5 = 0 THEN NULL ELSE 'long-' || repeat('x', 130) || i END AS long_text,
    'ünï-' || (i % 4) AS accents,
    CASE WHEN i % 3 = 0 THEN NULL ELSE 'user' || i || '@example.org' END AS email,
    (i - 2500)::BIGINT * 9007199254 * 1000 AS big,
    CASE WHEN i % 13 = 0 THEN NULL ELSE i % 2 = 0 END AS flag,
    CASE WHEN i % 17 = 0 THEN NULL ELSE (30 + (i % 300) / 10)::DOUBLE END AS bill,
    DATE '2024-01-01' + (i % 40)::INT AS day,
    TIMESTAMP '2024-01-01 00:00:00' + to_seconds(i) AS at,
    (i / 7)::DECIMAL(10, 2) AS amount,
    CASE WHEN i % 11 = 0 THEN NULL ELSE [i, i + 1] END AS pair
  FROM range(${ROWS}) t(i)`;

/** Values as JSON-comparable data: exact bigints as numbers, dates as epoch ms. */
function normal(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : `${value}n`;
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(normal);
  return value ?? null;
}

for (const [label, options] of [
  ['version 1 pages', 'ROW_GROUP_SIZE 2048'],
  ['version 2 pages', 'ROW_GROUP_SIZE 2048, PARQUET_VERSION v2'],
  ['uncompressed, one row group', 'COMPRESSION uncompressed'],
] as const) {
  test(`every column reads as hyparquet reads it: DuckDB file, ${label}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parquet-columns-'));
    try {
      const path = join(dir, 'table.parquet');
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      await connection.run(`COPY (${TABLE}) TO '${path}' (FORMAT parquet, ${options})`);
      connection.closeSync();
      instance.closeSync();

      const expected = await parquetReadObjects({ file: await asyncBufferFromFile(path), compressors });
      const columns = Object.keys(expected[0]!);
      const actual: Record<string, unknown[]> = Object.fromEntries(columns.map((name) => [name, []]));
      const coded = new Set<string>();
      let firstRow = 0;
      for await (const batch of readParquetColumns(path)) {
        assert.deepEqual(batch.columns, columns);
        assert.equal(batch.firstRow, firstRow);
        firstRow += batch.length;
        for (const [index, name] of batch.columns.entries()) {
          if (batch.dictionaries?.[index]) coded.add(name);
          const values = batch.data[index]!;
          assert.equal(values.length, batch.length, name);
          for (let row = 0; row < batch.length; row++) actual[name]!.push(values[row]);
        }
      }
      assert.equal(firstRow, ROWS);
      for (const name of columns) {
        assert.deepEqual(actual[name]!.map(normal), expected.map((row) => normal(row[name])), `column ${name}`);
      }
      // The dictionary path was taken where the writer used dictionaries.
      assert.ok(coded.has('species') && coded.has('accents') && coded.has('day'), `dictionary-coded: ${[...coded].join(', ')}`);
      // Exact 64-bit integers are numbers, the others bigints.
      assert.equal(typeof actual['big']![2500], 'number');
      assert.equal(typeof actual['big']![0], 'bigint');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** A flat optional column as hyparquet's decoders expect to find it described. */
function optionalColumn(type: 'INT32' | 'BYTE_ARRAY', converted?: 'UTF8'): ColumnDecoder {
  const element = { name: 'x', type, repetition_type: 'OPTIONAL' as const, ...(converted ? { converted_type: converted } : {}) };
  const leaf = { element, children: [], count: 1, path: ['x'] };
  const root = { element: { name: 'root', num_children: 1 }, children: [leaf], count: 2, path: [] };
  return { pathInSchema: ['x'], type, element, schemaPath: [root, leaf], codec: 'UNCOMPRESSED', parsers: DEFAULT_PARSERS } as unknown as ColumnDecoder;
}

function levels(present: boolean[]): Uint8Array {
  const writer = new ByteWriter();
  writeRleBitPackedHybrid(writer, present.map(Number), 1);
  const bytes = new Uint8Array(writer.getBuffer());
  const prefixed = new Uint8Array(4 + bytes.length);
  new DataView(prefixed.buffer).setUint32(0, bytes.length, true);
  prefixed.set(bytes, 4);
  return prefixed;
}

function page(chunk: ByteWriter, header: object, body: Uint8Array): void {
  writePageHeader(chunk, { ...header, uncompressed_page_size: body.length, compressed_page_size: body.length } as never);
  chunk.appendBytes(body);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) (out.set(part, at), (at += part.length));
  return out;
}

function plain(values: unknown[], type: 'INT32' | 'BYTE_ARRAY'): Uint8Array {
  const writer = new ByteWriter();
  writePlain(writer, values as never, type, undefined);
  return new Uint8Array(writer.getBuffer());
}

function codes(values: number[], width: number): Uint8Array {
  const writer = new ByteWriter();
  writeRleBitPackedHybrid(writer, values, width);
  return concat(new Uint8Array([width]), new Uint8Array(writer.getBuffer()));
}

test('a chunk whose writer fell back from its dictionary to plain pages keeps every earlier value', () => {
  // Rows: dictionary page ["red", "green"]; page 1 (dictionary-coded) red, null, green, red;
  // page 2 (plain) null, "blue", "ünï".
  const chunk = new ByteWriter();
  page(chunk, { type: 'DICTIONARY_PAGE', dictionary_page_header: { num_values: 2, encoding: 'PLAIN' } }, plain(['red', 'green'], 'BYTE_ARRAY'));
  const v1 = (count: number, encoding: string) => ({ type: 'DATA_PAGE', data_page_header: { num_values: count, encoding, definition_level_encoding: 'RLE', repetition_level_encoding: 'RLE' } });
  page(chunk, v1(4, 'PLAIN_DICTIONARY'), concat(levels([true, false, true, true]), codes([0, 1, 0], 1)));
  page(chunk, v1(3, 'PLAIN'), concat(levels([false, true, true]), plain(['blue', 'ünï'], 'BYTE_ARRAY')));

  const result = readColumnChunk(new Uint8Array(chunk.getBuffer()), optionalColumn('BYTE_ARRAY', 'UTF8'), 7);
  assert.equal(result.dictionary, undefined, 'no dictionary once a page is plain');
  assert.deepEqual(Array.from(result.values!), ['red', undefined, 'green', 'red', undefined, 'blue', 'ünï']);
});

test('a chunk coded by its dictionary throughout keeps the codes, -1 for nulls, and skips all-present levels', () => {
  const chunk = new ByteWriter();
  page(chunk, { type: 'DICTIONARY_PAGE', dictionary_page_header: { num_values: 3, encoding: 'PLAIN' } }, plain([10, 20, 30], 'INT32'));
  const v1 = (count: number) => ({ type: 'DATA_PAGE', data_page_header: { num_values: count, encoding: 'RLE_DICTIONARY', definition_level_encoding: 'RLE', repetition_level_encoding: 'RLE' } });
  // Twelve present rows: one RLE run of ones; then a page with nulls.
  page(chunk, v1(12), concat(levels(Array(12).fill(true)), codes([0, 1, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].slice(0, 12), 2)));
  page(chunk, v1(3), concat(levels([false, true, false]), codes([2], 2)));

  const result = readColumnChunk(new Uint8Array(chunk.getBuffer()), optionalColumn('INT32'), 15);
  assert.ok(result.dictionary);
  assert.deepEqual(Array.from(result.dictionary.values), [10, 20, 30]);
  assert.deepEqual(Array.from(result.dictionary.codes), [0, 1, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, -1, 2, -1]);
});

test('a chunk with fewer or more values than its row group is an error, not trailing nulls', () => {
  const chunk = new ByteWriter();
  page(chunk, { type: 'DATA_PAGE', data_page_header: { num_values: 3, encoding: 'PLAIN', definition_level_encoding: 'RLE', repetition_level_encoding: 'RLE' } }, concat(levels([true, true, true]), plain([1, 2, 3], 'INT32')));
  assert.throws(() => readColumnChunk(new Uint8Array(chunk.getBuffer()), optionalColumn('INT32'), 5), /column x ends after 3 of the row group's 5 rows/);
  assert.throws(() => readColumnChunk(new Uint8Array(chunk.getBuffer()), optionalColumn('INT32'), 2), /column x has more values than the row group's 2 rows/);
  assert.deepEqual(Array.from(readColumnChunk(new Uint8Array(chunk.getBuffer()), optionalColumn('INT32'), 3).values!), [1, 2, 3]);
});

test('dictionary codes outside the dictionary, or a coded page without one, are errors, never nulls', () => {
  const v1 = (count: number) => ({ type: 'DATA_PAGE', data_page_header: { num_values: count, encoding: 'RLE_DICTIONARY', definition_level_encoding: 'RLE', repetition_level_encoding: 'RLE' } });
  const outside = new ByteWriter();
  page(outside, { type: 'DICTIONARY_PAGE', dictionary_page_header: { num_values: 2, encoding: 'PLAIN' } }, plain([10, 20], 'INT32'));
  page(outside, v1(3), concat(levels([true, true, true]), codes([0, 3, 1], 2)));
  assert.throws(() => readColumnChunk(new Uint8Array(outside.getBuffer()), optionalColumn('INT32'), 3), /column x has a dictionary code 3 outside its 2-entry dictionary/);

  const missing = new ByteWriter();
  page(missing, v1(2), concat(levels([true, true]), codes([0, 1], 1)));
  assert.throws(() => readColumnChunk(new Uint8Array(missing.getBuffer()), optionalColumn('INT32'), 2), /column x has a dictionary-coded page but no dictionary page/);
});

test('a single row group of 300,000 rows arrives in batches of at most the limit, every value as hyparquet reads it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parquet-columns-'));
  try {
    const path = join(dir, 'one-group.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT
        i AS id,
        CASE WHEN i % 7 = 0 THEN NULL ELSE ['Adelie', 'Gentoo', 'Chinstrap'][i % 3 + 1] END AS species,
        CASE WHEN i % 3 = 0 THEN NULL ELSE md5(i::VARCHAR) || '@example.org' END AS email,
        CASE WHEN i % 17 = 0 THEN NULL ELSE (30 + (i % 300) / 10)::DOUBLE END AS bill
      FROM range(300000) t(i)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 1000000)`);
    connection.closeSync();
    instance.closeSync();

    const file = await asyncBufferFromFile(path);
    const metadata = await parquetMetadataAsync(file);
    assert.equal(metadata.row_groups.length, 1);
    // Bigger than the reader's 1 MB window, so the column is read in pieces and pages straddle them.
    const email = metadata.row_groups[0]!.columns.find((chunk) => chunk.meta_data!.path_in_schema[0] === 'email')!;
    assert.ok(Number(email.meta_data!.total_compressed_size) > 2 ** 20, `email chunk: ${email.meta_data!.total_compressed_size} bytes`);

    const expected = await parquetReadObjects({ file, compressors });
    const columns = Object.keys(expected[0]!);
    const actual: Record<string, unknown[]> = Object.fromEntries(columns.map((name) => [name, []]));
    const limit = 7777; // not a multiple of any page's rows, so batches end inside pages
    const speciesDictionaries = new Set<unknown>();
    let firstRow = 0;
    let batches = 0;
    for await (const batch of readParquetColumns(path, limit)) {
      batches++;
      assert.ok(batch.length > 0 && batch.length <= limit, `batch of ${batch.length} rows`);
      assert.equal(batch.firstRow, firstRow);
      firstRow += batch.length;
      for (const [index, name] of batch.columns.entries()) {
        if (name === 'species') speciesDictionaries.add(batch.dictionaries?.[index]?.values);
        const values = batch.data[index]!;
        assert.equal(values.length, batch.length, name);
        for (let row = 0; row < batch.length; row++) actual[name]!.push(values[row]);
      }
    }
    assert.equal(firstRow, 300_000);
    assert.equal(batches, Math.ceil(300_000 / limit));
    for (const name of columns) assert.deepEqual(actual[name]!.map(normal), expected.map((row) => normal(row[name])), `column ${name}`);
    // Every batch of the dictionary-coded column shares the chunk's one dictionary.
    assert.equal(speciesDictionaries.size, 1);
    assert.ok([...speciesDictionaries][0], 'species is dictionary-coded');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('batches cut across a fallback from dictionary to plain pages: codes before it, values from the batch that meets it', async () => {
  const chunk = new ByteWriter();
  page(chunk, { type: 'DICTIONARY_PAGE', dictionary_page_header: { num_values: 2, encoding: 'PLAIN' } }, plain(['red', 'green'], 'BYTE_ARRAY'));
  const v1 = (count: number, encoding: string) => ({ type: 'DATA_PAGE', data_page_header: { num_values: count, encoding, definition_level_encoding: 'RLE', repetition_level_encoding: 'RLE' } });
  page(chunk, v1(4, 'PLAIN_DICTIONARY'), concat(levels([true, false, true, true]), codes([0, 1, 0], 1)));
  page(chunk, v1(3, 'PLAIN'), concat(levels([false, true, true]), plain(['blue', 'ünï'], 'BYTE_ARRAY')));
  const bytes = new Uint8Array(chunk.getBuffer());
  let reads = 0;
  const cursor = new ColumnCursor({
    decoder: optionalColumn('BYTE_ARRAY', 'UTF8'),
    rows: 7,
    start: 0,
    end: bytes.length,
    read: async (start, end) => (reads++, bytes.slice(start, end)),
  });
  // Rows: red, null, green | red, null, blue | ünï.
  const first = await cursor.take(3);
  const second = await cursor.take(3);
  const third = await cursor.take(1);
  assert.deepEqual(Array.from(first.dictionary!.codes), [0, -1, 1]);
  assert.deepEqual(Array.from(first.dictionary!.values), ['red', 'green']);
  assert.deepEqual(Array.from(second.values!), ['red', undefined, 'blue']);
  assert.deepEqual(Array.from(third.values!), ['ünï']);
  assert.equal(reads, 1, 'a chunk smaller than the window is read at once');
  await assert.rejects(cursor.take(1), /column x ends after 7 of the row group's 7 rows/);
});

test('a chunk read a few bytes at a time, so that page headers and pages straddle the reads, gives the same rows', async () => {
  const chunk = new ByteWriter();
  page(chunk, { type: 'DICTIONARY_PAGE', dictionary_page_header: { num_values: 3, encoding: 'PLAIN' } }, plain([10, 20, 30], 'INT32'));
  const v1 = (count: number) => ({ type: 'DATA_PAGE', data_page_header: { num_values: count, encoding: 'RLE_DICTIONARY', definition_level_encoding: 'RLE', repetition_level_encoding: 'RLE' } });
  page(chunk, v1(12), concat(levels(Array(12).fill(true)), codes([0, 1, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0], 2)));
  page(chunk, v1(3), concat(levels([false, true, false]), codes([2], 2)));
  const bytes = new Uint8Array(chunk.getBuffer());
  const whole = readColumnChunk(bytes, optionalColumn('INT32'), 15);
  for (const windowBytes of [1, 5, 17]) {
    const reads: number[] = [];
    const cursor = new ColumnCursor({ decoder: optionalColumn('INT32'), rows: 15, start: 0, end: bytes.length, windowBytes, read: async (start, end) => (reads.push(end - start), bytes.slice(start, end)) });
    const taken: number[] = [];
    for (let row = 0; row < 15; row += 4) taken.push(...(await cursor.take(Math.min(4, 15 - row))).dictionary!.codes);
    assert.deepEqual(taken, Array.from(whole.dictionary!.codes), `${windowBytes}-byte window`);
    assert.ok(reads.length > 3, `${windowBytes}-byte window: ${reads.length} reads`);
  }
});
