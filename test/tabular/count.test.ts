import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { RecordCounter, countTextRows } from '../../src/tabular/count.ts';

/** csv-parse's record count (header included), or 'error' where it refuses the text. */
function csvParseCount(text: string, delimiter: string): number | 'error' {
  try {
    return parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true }).length;
  } catch {
    return 'error';
  }
}

function counterCount(text: string, delimiter: number, chunkSize: number): number | 'error' {
  const counter = new RecordCounter(delimiter);
  const bytes = Buffer.from(text);
  try {
    for (let start = 0; start < bytes.length; start += chunkSize) counter.push(bytes.subarray(start, start + chunkSize));
    return counter.end();
  } catch {
    return 'error';
  }
}

test('the record counter agrees with csv-parse on generated CSV, including where csv-parse refuses it', () => {
  // Deterministic pseudo-random pieces: quotes, delimiters, all three line ends, blanks, a BOM.
  const pieces = ['a', 'bc', ',', '"', '""', '\n', '\r\n', '\r', ' ', '\n\n', '"x,y"', '"multi\nline"', '\t'];
  let state = 12345;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let compared = 0;
  let refused = 0;
  for (let round = 0; round < 4000; round++) {
    let text = next() < 0.05 ? '\ufeff' : '';
    const length = 1 + Math.floor(next() * 14);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
    for (const [delimiter, code] of [[',', 0x2c], ['\t', 0x09]] as const) {
      const expected = csvParseCount(text, delimiter);
      // csv-parse picks the line end from the first one it meets; files that mix them are left out.
      const endings = new Set(text.match(/\r\n|\r|\n/g) ?? []);
      if (endings.size > 1) continue;
      for (const chunkSize of [1, 3, 1024]) {
        assert.equal(counterCount(text, code, chunkSize), expected, `${JSON.stringify(text)} (delimiter ${JSON.stringify(delimiter)}, chunks of ${chunkSize})`);
      }
      compared++;
      if (expected === 'error') refused++;
    }
  }
  assert.ok(compared > 3000 && refused > 200, `compared ${compared} texts, ${refused} of them refused`);
});

test('rows are counted after the header; a broken file is an error naming the file and line', async () => {
  assert.equal(await countTextRows(Readable.from(['id,text\n1,"a\nb"\n\n2,c']), 'csv', 'x.csv'), 2);
  assert.equal(await countTextRows(Readable.from(['id\tx\n1\t2\n']), 'tsv', 'x.tsv'), 1);
  assert.equal(await countTextRows(Readable.from(['{"a":1}\n\n{"a":2}\n']), 'jsonl', 'x.jsonl'), 2);
  assert.equal(await countTextRows(Readable.from(['id\n']), 'csv', 'x.csv'), 0);
  await assert.rejects(countTextRows(Readable.from(['a,b\n1,2\n3,4"\n']), 'csv', 'x.csv'), /^UserError: x\.csv:3: cannot count rows: Invalid Opening Quote/);
  await assert.rejects(countTextRows(Readable.from(['a\n"open\n\n']), 'csv', 'x.csv'), /x\.csv:2: cannot count rows: Quote Not Closed: the quoted field opened on line 2 runs to the end of the file/);
});
