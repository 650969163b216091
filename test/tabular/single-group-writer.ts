/**
 * Writes the memory test's Parquet file (parquet-memory.test.ts) in a process of its own, so that the
 * test's process stays small: a child's peak memory counts from its parent's at the time it starts.
 * One row group, 1 MB pages; an integer id and two text columns of 200-character values, one with nulls.
 * Arguments: file, rows.
 */
import { writeFileSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';

const [path, count] = process.argv.slice(2) as [string, string];
const rows = Number(count);
const padding = 'x'.repeat(200);
const id = new Int32Array(rows);
const title = new Array<string>(rows);
const body = new Array<string | null>(rows);
for (let row = 0; row < rows; row++) {
  id[row] = row;
  title[row] = `title-${row}-${padding}`;
  body[row] = row % 5 === 0 ? null : `body-${row}-${padding}`;
}
writeFileSync(path, new Uint8Array(parquetWriteBuffer({ rowGroupSize: rows, pageSize: 1 << 20, columnData: [{ name: 'id', data: id, type: 'INT32' }, { name: 'title', data: title, type: 'STRING' }, { name: 'body', data: body, type: 'STRING' }] })));
