/**
 * Reads a Parquet file in a process of its own, looking at every value, and prints the rows, the longest
 * batch and the process's peak resident memory, for the memory test (parquet-memory.test.ts).
 * Arguments: data file, rows per batch.
 */
import { readParquetColumns } from '../../src/tabular/parquet.ts';

const [path, batchRows] = process.argv.slice(2) as [string, string];
let rows = 0;
let longest = 0;
let present = 0;
for await (const batch of readParquetColumns(path, Number(batchRows))) {
  rows += batch.length;
  longest = Math.max(longest, batch.length);
  // Every column as values, dictionary-coded ones too, as a check that reads values would have them.
  for (const values of batch.data) for (let row = 0; row < batch.length; row++) if (values[row] != null) present++;
}
console.log(JSON.stringify({ rows, longest, present, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
