/**
 * Streaming readers for tabular files. Rows arrive in batches of arrays aligned to `columns`, each with
 * the source line it started on (CSV lines count quoted newlines; Parquet and JSON arrays use the row
 * number), so checks can point at `file:line`. Memory stays bounded by the batch size, except for JSON
 * arrays, which are one document.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../shared/errors.ts';
import { detectFormat, isGzipped, type TabularFormat } from './format.ts';

export interface TabularOptions {
  format?: TabularFormat;
  /** CSV/TSV only. */
  delimiter?: string;
  quote?: string;
  /** CSV/TSV: whether the first row names the columns (default true). */
  header?: boolean;
  /** Rows per batch (default 10,000). */
  batchSize?: number;
}

export interface RowBatch {
  columns: string[];
  rows: unknown[][];
  /** Line (text formats) or 1-based row number (Parquet, JSON arrays) where each row starts. */
  lines: number[];
}

function openText(path: string): Readable {
  const stream = createReadStream(path);
  return isGzipped(path) ? stream.pipe(createGunzip()) : stream;
}

function assertReadable(path: string): void {
  if (!existsSync(path)) throw new UserError(`${path}: data file not found`, { file: path });
  if (!statSync(path).isFile()) throw new UserError(`${path}: not a file`, { file: path });
}

export async function* readBatches(path: string, options: TabularOptions = {}): AsyncGenerator<RowBatch> {
  assertReadable(path);
  const format = options.format ?? detectFormat(path);
  const batchSize = options.batchSize ?? 10_000;
  switch (format) {
    case 'csv':
    case 'tsv':
      yield* readDelimited(path, { ...options, delimiter: options.delimiter ?? (format === 'tsv' ? '\t' : ',') }, batchSize);
      return;
    case 'jsonl':
      yield* readJsonLines(path, batchSize);
      return;
    case 'json':
      yield* readJsonArray(path, batchSize);
      return;
    case 'parquet':
      yield* readParquet(path, batchSize);
      return;
  }
}

async function* readDelimited(path: string, options: TabularOptions, batchSize: number): AsyncGenerator<RowBatch> {
  const parser = openText(path).pipe(
    parseCsv({ delimiter: options.delimiter, quote: options.quote ?? '"', bom: true, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let columns: string[] | undefined;
  let batch: RowBatch | undefined;
  let previousEnd = 0;
  let previousEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number } }>) {
      // A record ends on info.lines; it starts after the previous one ended, past the blank lines skipped.
      const startLine = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      if (!columns) {
        if (options.header === false) {
          columns = record.map((_, index) => `column_${index + 1}`);
        } else {
          columns = record;
          continue;
        }
      }
      batch ??= { columns, rows: [], lines: [] };
      batch.rows.push(record);
      batch.lines.push(startLine);
      if (batch.rows.length >= batchSize) {
        yield batch;
        batch = undefined;
      }
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new UserError(`${path}${line ? `:${line}` : ''}: ${(error as Error).message}`, { file: path, line }, { cause: error });
  }
  if (!columns) throw new UserError(`${path}: the file is empty`, { file: path });
  if (batch) yield batch;
}

async function* readJsonLines(path: string, batchSize: number): AsyncGenerator<RowBatch> {
  const lines = createInterface({ input: openText(path), crlfDelay: Infinity });
  const columnIndex = new Map<string, number>();
  const columns: string[] = [];
  let batch: RowBatch = { columns, rows: [], lines: [] };
  let lineNumber = 0;
  let sawRow = false;
  for await (const text of lines) {
    lineNumber++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UserError(`${path}:${lineNumber}: not valid JSON (${(error as Error).message})`, { file: path, line: lineNumber });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new UserError(`${path}:${lineNumber}: each line must be a JSON object`, { file: path, line: lineNumber });
    }
    sawRow = true;
    batch.rows.push(alignObject(value as Record<string, unknown>, columns, columnIndex));
    batch.lines.push(lineNumber);
    if (batch.rows.length >= batchSize) {
      yield batch;
      batch = { columns, rows: [], lines: [] };
    }
  }
  if (!sawRow) throw new UserError(`${path}: the file has no rows`, { file: path });
  if (batch.rows.length) yield batch;
}

/** Places an object's values by column; new keys become new columns (earlier rows just lack them). */
function alignObject(object: Record<string, unknown>, columns: string[], columnIndex: Map<string, number>): unknown[] {
  const row: unknown[] = new Array(columns.length);
  for (const [key, value] of Object.entries(object)) {
    let index = columnIndex.get(key);
    if (index === undefined) {
      index = columns.length;
      columnIndex.set(key, index);
      columns.push(key);
    }
    row[index] = value;
  }
  return row;
}

async function* readJsonArray(path: string, batchSize: number): AsyncGenerator<RowBatch> {
  let text = '';
  if (isGzipped(path)) {
    for await (const chunk of openText(path)) text += chunk;
  } else {
    text = await readFile(path, 'utf8');
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: not valid JSON (${(error as Error).message})`, { file: path });
  }
  if (!Array.isArray(document)) throw new UserError(`${path}: a JSON data file must be an array of objects`, { file: path });
  if (document.length === 0) throw new UserError(`${path}: the file has no rows`, { file: path });
  const columns: string[] = [];
  const columnIndex = new Map<string, number>();
  let batch: RowBatch = { columns, rows: [], lines: [] };
  for (const [index, value] of document.entries()) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new UserError(`${path}: item ${index + 1} must be a JSON object`, { file: path });
    }
    batch.rows.push(alignObject(value as Record<string, unknown>, columns, columnIndex));
    batch.lines.push(index + 1);
    if (batch.rows.length >= batchSize) {
      yield batch;
      batch = { columns, rows: [], lines: [] };
    }
  }
  if (batch.rows.length) yield batch;
}

async function* readParquet(path: string, batchSize: number): AsyncGenerator<RowBatch> {
  const file = await asyncBufferFromFile(path);
  let metadata;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new UserError(`${path}: not a readable Parquet file (${(error as Error).message})`, { file: path }, { cause: error });
  }
  const columns = metadata.schema.slice(1).filter((element) => !element.num_children).map((element) => element.name);
  const total = Number(metadata.num_rows);
  for (let start = 0; start < total; start += batchSize) {
    const end = Math.min(total, start + batchSize);
    const rows = await new Promise<unknown[][]>((resolve, reject) => {
      parquetRead({ file, metadata, rowStart: start, rowEnd: end, compressors, onComplete: (data: unknown[][]) => resolve(data) }).catch(reject);
    });
    yield { columns, rows, lines: rows.map((_, index) => start + index + 1) };
  }
}

/** Small files in one go, as objects: for predictions and other inputs that fit in memory. */
export async function readTable(path: string, options: TabularOptions = {}): Promise<{ columns: string[]; rows: Record<string, unknown>[]; lines: number[] }> {
  const rows: Record<string, unknown>[] = [];
  const lines: number[] = [];
  let columns: string[] = [];
  for await (const batch of readBatches(path, options)) {
    columns = batch.columns;
    for (const [index, row] of batch.rows.entries()) {
      const object: Record<string, unknown> = {};
      for (const [position, column] of batch.columns.entries()) object[column] = row[position];
      rows.push(object);
      lines.push(batch.lines[index]!);
    }
  }
  return { columns, rows, lines };
}
