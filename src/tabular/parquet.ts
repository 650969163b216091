/**
 * Parquet row groups as batches of columns. Flat columns, which are what tables hold, are decoded page
 * by page (parquet-pages.ts), so a batch holds at most `batchRows` rows and memory stays bounded however
 * big the writer made its row groups. Nested columns go through hyparquet's full reader, a row group
 * at a time.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData, type ColumnMetaData } from 'hyparquet';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { getTreePath, isFlatColumn } from 'hyparquet/src/schema.js';
import { compressors } from 'hyparquet-compressors';
import { open } from 'node:fs/promises';
import { UserError } from '../shared/errors.ts';
import { ColumnCursor, type ColumnDecoder, type FlatChunk, type ReadBytes } from './parquet-pages.ts';
import type { ColumnBatch, DictionaryColumn } from './read.ts';

export type { ColumnDecoder } from './parquet-pages.ts';

/** Rows per batch: small enough that a batch's values mostly die young, which keeps peak memory down at no cost in speed. */
export const PARQUET_BATCH_ROWS = 8192;

/**
 * A dictionary-coded column becomes an array of values only when something reads it: checks work on the
 * codes, and spelling out a batch's values (boxing each double on the way) is most of the cost.
 */
function materializeOnRead(data: ArrayLike<unknown>[], index: number, dictionary: DictionaryColumn): void {
  Object.defineProperty(data, index, {
    enumerable: true,
    configurable: true,
    get() {
      const { values, codes } = dictionary;
      const spelled = new Array<unknown>(codes.length);
      for (let row = 0; row < codes.length; row++) spelled[row] = codes[row]! < 0 ? undefined : values[codes[row]!];
      Object.defineProperty(data, index, { value: spelled, enumerable: true, configurable: true, writable: true });
      return spelled;
    },
  });
}

export async function* readParquetColumns(path: string, batchRows = PARQUET_BATCH_ROWS): AsyncGenerator<ColumnBatch> {
  const file = await asyncBufferFromFile(path);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new UserError(`${path}: not a readable Parquet file (${(error as Error).message})`, { file: path }, { cause: error });
  }
  const schema = parquetSchema(metadata);
  // Top-level fields: a list or struct is one column, however many leaves it stores.
  const columns = schema.children.map((child) => child.element.name);
  const bytes = await openBytes(path);
  try {
    let groupStart = 0;
    for (const group of metadata.row_groups) {
      const groupRows = Number(group.num_rows);
      const groupEnd = groupStart + groupRows;
      const cursors = new Map<string, ColumnCursor>();
      const nested: string[] = [];
      let nestedValues: Map<string, unknown[]> | undefined;
      try {
        for (const chunk of group.columns) {
          const meta = chunk.meta_data;
          if (!meta) throw new Error('column metadata is missing');
          const schemaPath = getTreePath(schema, meta.path_in_schema);
          if (isFlatColumn(schemaPath)) {
            const decoder: ColumnDecoder = { pathInSchema: meta.path_in_schema, type: meta.type, element: schemaPath[schemaPath.length - 1]!.element, schemaPath, codec: meta.codec, parsers: DEFAULT_PARSERS, compressors, utf8: true };
            const [start, end] = chunkRange(meta);
            cursors.set(meta.path_in_schema[0]!, new ColumnCursor({ decoder, rows: groupRows, start, end, read: bytes.read }));
          } else if (!nested.includes(meta.path_in_schema[0]!)) nested.push(meta.path_in_schema[0]!);
        }
        // Nested columns stay whole row groups: hyparquet would decode a chunk from its start for every slice of it.
        if (nested.length) nestedValues = await readNested(file, metadata, nested, groupStart, groupEnd);
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw new UserError(`${path}: cannot read rows ${groupStart + 1}-${groupEnd} (${(error as Error).message})`, { file: path }, { cause: error });
      }
      // Every column's cursor moves on by the same rows, so each batch lines the columns up.
      for (let batchStart = 0; batchStart < groupRows || batchStart === 0; batchStart += batchRows) {
        const length = Math.min(batchRows, groupRows - batchStart);
        const firstRow = groupStart + batchStart;
        const taken = new Map<string, FlatChunk>();
        try {
          for (const [name, cursor] of cursors) taken.set(name, await cursor.take(length));
        } catch (error) {
          throw new UserError(`${path}: cannot read rows ${firstRow + 1}-${firstRow + length} (${(error as Error).message})`, { file: path }, { cause: error });
        }
        const data: ArrayLike<unknown>[] = [];
        const dictionaries: Array<DictionaryColumn | undefined> = [];
        for (const [index, name] of columns.entries()) {
          const chunk = taken.get(name);
          if (chunk?.dictionary) {
            dictionaries[index] = chunk.dictionary;
            materializeOnRead(data, index, chunk.dictionary);
          } else {
            dictionaries[index] = undefined;
            const whole = nestedValues?.get(name);
            data[index] = chunk?.values ?? (whole ? (length === groupRows ? whole : whole.slice(batchStart, batchStart + length)) : new Array<unknown>(length));
          }
        }
        yield { columns, data, dictionaries, length, firstRow };
      }
      groupStart = groupEnd;
    }
  } finally {
    await bytes.close();
  }
}

/** Where a column chunk lies in the file: [start, end). */
function chunkRange(meta: ColumnMetaData): [number, number] {
  // As hyparquet reads it: some writers put 0 in dictionary_page_offset when there is no dictionary.
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  return [start, start + Number(meta.total_compressed_size)];
}

/** A whole column chunk already in memory, decoded at once. */
export function readColumnChunk(chunk: Uint8Array, decoder: ColumnDecoder, rows: number): FlatChunk {
  return new ColumnCursor({ decoder, rows, start: 0, end: chunk.byteLength, bytes: chunk }).takeSync(rows);
}

/** Reads byte ranges of a file through one open handle, each into a buffer of its own. */
async function openBytes(path: string): Promise<{ read: ReadBytes; close: () => Promise<void> }> {
  const handle = await open(path);
  return {
    read: async (start, end) => {
      const bytes = new Uint8Array(end - start);
      let filled = 0;
      while (filled < bytes.length) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, start + filled);
        if (bytesRead === 0) return bytes.subarray(0, filled);
        filled += bytesRead;
      }
      return bytes;
    },
    close: () => handle.close(),
  };
}

/** Nested columns (lists, maps, structs) through hyparquet's full reader, as one value per row. */
async function readNested(file: AsyncBuffer, metadata: FileMetaData, names: string[], rowStart: number, rowEnd: number): Promise<Map<string, unknown[]>> {
  const rows = rowEnd - rowStart;
  const result = new Map<string, unknown[]>();
  await parquetRead({
    file,
    metadata,
    columns: names,
    rowStart,
    rowEnd,
    compressors,
    onChunk: ({ columnName, columnData, rowStart: chunkStart }) => {
      let values = result.get(columnName);
      if (!values) result.set(columnName, (values = new Array<unknown>(rows)));
      for (let i = 0; i < columnData.length; i++) {
        const row = chunkStart - rowStart + i;
        if (row >= 0 && row < rows) values[row] = columnData[i];
      }
    },
  });
  return result;
}
