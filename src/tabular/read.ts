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
import { UserError } from '../shared/errors.ts';
import { CsvTokenizer } from './csv.ts';
import { detectFormat, isGzipped, type TabularFormat } from './format.ts';
import { readParquetColumns } from './parquet.ts';

export interface TabularOptions {
  format?: TabularFormat;
  /** CSV/TSV only. */
  delimiter?: string;
  quote?: string;
  /** CSV/TSV: whether the first row names the columns (default true). */
  header?: boolean;
  /** Rows per batch (default 10,000). */
  batchSize?: number;
  /** CSV/TSV: told of BOMs, blank lines, ragged rows, bad UTF-8 and header problems. */
  onIssue?: (issue: StructureIssue) => void;
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

/** Something odd about a file's structure that a validator wants to report (the rows still arrive). */
export interface StructureIssue {
  kind: 'bom' | 'blank-line' | 'ragged-row' | 'encoding' | 'header';
  line: number;
  message: string;
}

async function* readDelimited(path: string, options: TabularOptions, batchSize: number): AsyncGenerator<RowBatch> {
  const onIssue = options.onIssue ?? (() => {});
  let columns: string[] | undefined;
  let width = 0;
  let batch: RowBatch | undefined;
  const ready: RowBatch[] = [];
  const tokenizer = new CsvTokenizer(options.delimiter ?? ',', options.quote ?? '"', {
    record(fields, line) {
      if (!columns) {
        if (options.header === false) {
          columns = fields.map((_, index) => `column_${index + 1}`);
        } else {
          columns = fields;
          width = fields.length;
          reportHeaderProblems(fields, onIssue);
          return;
        }
        width = fields.length;
      }
      if (fields.length !== width) {
        onIssue({ kind: 'ragged-row', line, message: `has ${fields.length} fields where the header has ${width}` });
      }
      batch ??= { columns, rows: [], lines: [] };
      batch.rows.push(fields);
      batch.lines.push(line);
      if (batch.rows.length >= batchSize) {
        ready.push(batch);
        batch = undefined;
      }
    },
    blankLine(line) {
      onIssue({ kind: 'blank-line', line, message: 'is blank' });
    },
    badEncoding(line) {
      onIssue({ kind: 'encoding', line, message: 'is not valid UTF-8 (the bad bytes read as U+FFFD)' });
    },
  });
  // The decoder drops a leading BOM; look at the raw bytes to report it.
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of openText(path) as AsyncIterable<Buffer>) {
    if (first && chunk.length > 0) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) onIssue({ kind: 'bom', line: 1, message: 'starts with a UTF-8 byte order mark' });
    }
    tokenizer.push(decoder.decode(chunk, { stream: true }));
    while (ready.length) yield ready.shift()!;
  }
  tokenizer.push(decoder.decode());
  tokenizer.end();
  while (ready.length) yield ready.shift()!;
  if (!columns) throw new UserError(`${path}: the file is empty`, { file: path });
  if (batch) yield batch;
}

function reportHeaderProblems(names: string[], onIssue: (issue: StructureIssue) => void): void {
  const seen = new Set<string>();
  for (const [index, name] of names.entries()) {
    if (name.trim() === '') onIssue({ kind: 'header', line: 1, message: `column ${index + 1} has no name` });
    else if (name !== name.trim()) onIssue({ kind: 'header', line: 1, message: `column name "${name}" has spaces around it` });
    if (seen.has(name)) onIssue({ kind: 'header', line: 1, message: `column name "${name}" appears twice` });
    seen.add(name);
  }
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
  // Row groups arrive decoded by column in batches of bounded size (however big the writer made its groups), then cut into row batches.
  for await (const group of readParquetColumns(path)) {
    const width = group.columns.length;
    for (let start = 0; start < group.length; start += batchSize) {
      const end = Math.min(group.length, start + batchSize);
      const rows: unknown[][] = [];
      const lines: number[] = [];
      for (let r = start; r < end; r++) {
        const row = new Array<unknown>(width);
        for (let c = 0; c < width; c++) row[c] = group.data[c]![r];
        rows.push(row);
        lines.push(group.firstRow + r + 1);
      }
      yield { columns: group.columns, rows, lines };
    }
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

/**
 * Rows as columns: `data[c][r]` is column c of row r. Parquet is stored by column, so its row groups
 * arrive without being turned into rows first (much less garbage); other formats are transposed
 * from `readBatches`.
 */
export interface ColumnBatch {
  columns: string[];
  data: ArrayLike<unknown>[];
  length: number;
  /** Line or row number of each row (see RowBatch.lines); absent when rows are numbered from firstRow. */
  lines?: number[];
  /** 0-based index of the batch's first row in the file: row r is number firstRow + r + 1. */
  firstRow: number;
  /** Parquet: per column, its dictionary codes when the file stored it dictionary-encoded. */
  dictionaries?: Array<DictionaryColumn | undefined>;
}

/** A dictionary-encoded column: row r holds `values[codes[r]]`, or nothing when the code is -1. */
export interface DictionaryColumn {
  values: ArrayLike<unknown>;
  codes: Int32Array;
}

export async function* readColumnBatches(path: string, options: TabularOptions = {}): AsyncGenerator<ColumnBatch> {
  assertReadable(path);
  const format = options.format ?? detectFormat(path);
  if (format === 'parquet') {
    yield* readParquetColumns(path);
    return;
  }
  for await (const batch of readBatches(path, options)) {
    const width = batch.columns.length;
    const data: unknown[][] = Array.from({ length: width }, () => new Array<unknown>(batch.rows.length));
    for (let r = 0; r < batch.rows.length; r++) {
      const row = batch.rows[r]!;
      for (let c = 0; c < width; c++) data[c]![r] = row[c];
    }
    yield { columns: batch.columns, data, length: batch.rows.length, lines: batch.lines, firstRow: 0 };
  }
}
