import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { combinedDigest, digestDataFile } from '../../src/train/digest.ts';

const dir = mkdtempSync(join(tmpdir(), 'digest-'));
function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

test('data files are hashed and their rows counted in one pass, for each tabular format', async () => {
  const csv = 'a,b\n1,"two\nlines"\n\n2,x\n';
  const digest = await digestDataFile(file('t.csv', csv), 't.csv');
  assert.deepEqual(digest, { path: 't.csv', sha256: createHash('sha256').update(csv).digest('hex'), bytes: csv.length, format: 'csv', rows: 2 });
  assert.equal((await digestDataFile(file('t.tsv', 'a\tb\n1\t2\n'), 't.tsv')).rows, 1);
  assert.equal((await digestDataFile(file('t.jsonl', '{"a":1}\n\n{"a":2}\n{"a":3}'), 't.jsonl')).rows, 3);
  const gz = gzipSync('a\n1\n2\n3\n');
  const gzDigest = await digestDataFile(file('t.csv.gz', gz), 't.csv.gz');
  assert.equal(gzDigest.rows, 3);
  assert.equal(gzDigest.sha256, createHash('sha256').update(gz).digest('hex'), 'the digest is of the bytes on disk');
  const parquet = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'x', data: [1, 2, 3, 4], type: 'INT32' }] }));
  assert.equal((await digestDataFile(file('t.parquet', parquet), 't.parquet')).rows, 4);
  assert.deepEqual(await digestDataFile(file('image.png', 'not tabular'), 'image.png'), {
    path: 'image.png',
    sha256: createHash('sha256').update('not tabular').digest('hex'),
    bytes: 11,
    format: null,
    rows: null,
  });
});

test('unreadable tabular files are clear errors that name the file', async () => {
  await assert.rejects(digestDataFile(file('bad.csv', 'a,b\n"open,1\n'), 'bad.csv'), /^UserError: bad\.csv:2: cannot count rows: Quote Not Closed/);
  await assert.rejects(digestDataFile(file('bad.jsonl.gz', 'not gzip'), 'bad.jsonl.gz'), /bad\.jsonl\.gz: cannot count rows: incorrect header check/);
  await assert.rejects(digestDataFile(file('bad.parquet', 'nope'), 'bad.parquet'), /bad\.parquet: not a readable Parquet file/);
});

test('the combined digest is the SHA-256 of a sha256sum manifest in byte order, whatever order files come in', () => {
  const files = [
    { path: 'model/b.bin', sha256: 'b'.repeat(64), bytes: 1 },
    { path: 'model/B.bin', sha256: 'c'.repeat(64), bytes: 1 },
    { path: 'model/a.bin', sha256: 'a'.repeat(64), bytes: 1 },
  ];
  const manifest = `${'c'.repeat(64)}  model/B.bin\n${'a'.repeat(64)}  model/a.bin\n${'b'.repeat(64)}  model/b.bin\n`;
  assert.equal(combinedDigest(files), createHash('sha256').update(manifest).digest('hex'));
  assert.equal(combinedDigest([...files].reverse()), combinedDigest(files));
});
