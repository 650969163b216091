import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvTokenizer } from '../../src/tabular/csv.ts';
import { readBatches, type StructureIssue } from '../../src/tabular/index.ts';

function tokenize(text: string, chunkSize: number, delimiter = ','): { records: Array<[string[], number]>; blanks: number[]; bad: number[] } {
  const records: Array<[string[], number]> = [];
  const blanks: number[] = [];
  const bad: number[] = [];
  const tokenizer = new CsvTokenizer(delimiter, '"', { record: (fields, line) => records.push([fields, line]), blankLine: (line) => blanks.push(line), badEncoding: (line) => bad.push(line) });
  for (let i = 0; i < text.length; i += chunkSize) tokenizer.push(text.slice(i, i + chunkSize));
  tokenizer.end();
  return { records, blanks, bad };
}

test('the CSV tokenizer gives the same records and lines whatever the chunk boundaries', () => {
  const text = 'a,b,c\r\n1,"x, ""quoted""\r\nnewline",3\r\n\r\n4,,"6"\n"7",8,9';
  const expected = {
    records: [
      [['a', 'b', 'c'], 1],
      [['1', 'x, "quoted"\r\nnewline', '3'], 2],
      [['4', '', '6'], 5],
      [['7', '8', '9'], 6],
    ],
    blanks: [4],
    bad: [],
  };
  for (const size of [1, 2, 3, 5, 7, 1000]) assert.deepEqual(tokenize(text, size), expected, `chunk size ${size}`);
});

test('a file without a final newline, an unterminated quote and tabs as delimiter', () => {
  assert.deepEqual(tokenize('a\tb\n1\t2', 4, '\t').records, [[['a', 'b'], 1], [['1', '2'], 2]]);
  assert.deepEqual(tokenize('a,b\n1,"open', 3).records, [[['a', 'b'], 1], [['1', 'open'], 2]]);
});

test('structure issues: BOM, blank lines, ragged rows, bad UTF-8 and header problems, with their lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'csv-'));
  const path = join(dir, 'a.csv');
  const bad = Buffer.from([0xc3, 0x28]);
  writeFileSync(path, Buffer.concat([Buffer.from('\ufeffid,name,name, x \n1,a,b,c\n\n2,a\n3,'), bad, Buffer.from(',b,c\n')]));
  const issues: StructureIssue[] = [];
  const lines: number[] = [];
  for await (const batch of readBatches(path, { onIssue: (issue) => issues.push(issue) })) lines.push(...batch.lines);
  assert.deepEqual(lines, [2, 4, 5]);
  assert.deepEqual(
    issues.map((issue) => [issue.kind, issue.line]),
    [
      ['bom', 1],
      ['header', 1],
      ['header', 1],
      ['blank-line', 3],
      ['ragged-row', 4],
      ['encoding', 5],
    ],
  );
});
