/**
 * Row counts without reading rows into memory: CSV/TSV records after the header (quoted newlines
 * handled by csv-parse), non-blank JSON Lines, and Parquet's row count from its footer alone.
 */
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { UserError } from '../shared/errors.ts';
import { detectFormat, type TabularFormat } from './format.ts';

/** The tabular format of a file by its name, or undefined for anything else (no error). */
export function tabularFormatOf(path: string): TabularFormat | undefined {
  try {
    return detectFormat(path);
  } catch {
    return undefined;
  }
}

/** Formats whose rows can be counted while streaming the text. */
export function isStreamCountable(format: TabularFormat | undefined): format is 'csv' | 'tsv' | 'jsonl' {
  return format === 'csv' || format === 'tsv' || format === 'jsonl';
}

/** Counts the data rows in decoded (not gzipped) text of a CSV, TSV or JSON Lines file. */
export async function countTextRows(text: Readable, format: 'csv' | 'tsv' | 'jsonl', shownAs: string): Promise<number> {
  try {
    return format === 'jsonl' ? await countLines(text) : await countRecords(text, format);
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new UserError(`${shownAs}${line ? `:${line}` : ''}: cannot count rows: ${(error as Error).message}`, { file: shownAs, line }, { cause: error });
  }
}

async function countLines(text: Readable): Promise<number> {
  let rows = 0;
  for await (const line of createInterface({ input: text, crlfDelay: Infinity })) if (line.trim() !== '') rows++;
  return rows;
}

async function countRecords(text: Readable, format: 'csv' | 'tsv'): Promise<number> {
  const parser = parseCsv({ delimiter: format === 'tsv' ? '\t' : ',', bom: true, relax_column_count: true, skip_empty_lines: true });
  // A failure upstream (a corrupt gzip stream) reaches the loop below through the parser.
  pipeline(text, parser).catch(() => undefined);
  let records = 0;
  for await (const _record of parser) records++;
  // The first record is the header.
  return Math.max(0, records - 1);
}

/** The row count a Parquet file's footer records. */
export async function parquetRowCount(path: string, shownAs = path): Promise<number> {
  try {
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
    return Number(metadata.num_rows);
  } catch (error) {
    throw new UserError(`${shownAs}: not a readable Parquet file (${(error as Error).message})`, { file: shownAs }, { cause: error });
  }
}
