/**
 * Parquet row groups, decoded column by column. Pages are read by hyparquet's own decoders (page headers,
 * decompression, levels, encodings, type conversion); only the last step is done here, for flat columns,
 * which are what tables hold: values go straight into one array per row group instead of through the
 * general list assembler, dictionary codes are kept so a check can judge each distinct value once, and
 * 64-bit integers become numbers wherever that is exact. Nested columns go through hyparquet's full reader.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type DecodedArray, type FileMetaData, type ColumnMetaData } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel, getTreePath, isFlatColumn } from 'hyparquet/src/schema.js';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../shared/errors.ts';
import type { ColumnBatch, DictionaryColumn } from './read.ts';

type ColumnDecoder = Parameters<typeof convert>[1];

/** One decoded column chunk: a value per row, and the dictionary codes when every page used the dictionary. */
interface FlatChunk {
  values: unknown[];
  dictionary?: DictionaryColumn;
}

export async function* readParquetColumns(path: string): AsyncGenerator<ColumnBatch> {
  const file = await asyncBufferFromFile(path);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new UserError(`${path}: not a readable Parquet file (${(error as Error).message})`, { file: path }, { cause: error });
  }
  const schema = parquetSchema(metadata);
  const columns = metadata.schema.slice(1).filter((element) => !element.num_children).map((element) => element.name);
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupRows = Number(group.num_rows);
    const groupEnd = groupStart + groupRows;
    const data = new Map<string, ArrayLike<unknown>>();
    const dictionaries = new Map<string, DictionaryColumn>();
    const nested: string[] = [];
    try {
      for (const chunk of group.columns) {
        const meta = chunk.meta_data;
        if (!meta) throw new Error('column metadata is missing');
        const schemaPath = getTreePath(schema, meta.path_in_schema);
        if (!isFlatColumn(schemaPath)) {
          if (!nested.includes(meta.path_in_schema[0]!)) nested.push(meta.path_in_schema[0]!);
          continue;
        }
        const decoder: ColumnDecoder = { pathInSchema: meta.path_in_schema, type: meta.type, element: schemaPath[schemaPath.length - 1]!.element, schemaPath, codec: meta.codec, parsers: DEFAULT_PARSERS, compressors, utf8: true };
        const flat = readFlatChunk(await chunkBytes(file, meta), decoder, groupRows);
        data.set(meta.path_in_schema[0]!, flat.values);
        if (flat.dictionary) dictionaries.set(meta.path_in_schema[0]!, flat.dictionary);
      }
      if (nested.length) for (const [name, values] of await readNested(file, metadata, nested, groupStart, groupEnd)) data.set(name, values);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`${path}: cannot read rows ${groupStart + 1}-${groupEnd} (${(error as Error).message})`, { file: path }, { cause: error });
    }
    yield {
      columns,
      data: columns.map((name) => data.get(name) ?? new Array<unknown>(groupRows)),
      dictionaries: columns.map((name) => dictionaries.get(name)),
      length: groupRows,
      firstRow: groupStart,
    };
    groupStart = groupEnd;
  }
}

async function chunkBytes(file: AsyncBuffer, meta: ColumnMetaData): Promise<ArrayBuffer> {
  const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
  return await file.slice(start, start + Number(meta.total_compressed_size));
}

function readFlatChunk(buffer: ArrayBuffer, decoder: ColumnDecoder, rows: number): FlatChunk {
  const reader = { view: new DataView(buffer), offset: 0 };
  const maxDefinition = getMaxDefinitionLevel(decoder.schemaPath);
  const values = new Array<unknown>(rows);
  let codes: Int32Array | undefined;
  let dictionary: ArrayLike<unknown> | undefined;
  let everyPageCoded = true;
  let row = 0;
  while (row < rows && reader.offset < buffer.byteLength) {
    const header = parquetHeader(reader);
    const bytes = new Uint8Array(buffer, reader.offset, header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (header.type === 'DICTIONARY_PAGE') {
      const page = decompressPage(bytes, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
      const raw = readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, decoder.type, header.dictionary_page_header!.num_values, decoder.element.type_length);
      dictionary = asNumbers(convert(raw, decoder));
      codes = new Int32Array(rows);
      continue;
    }
    let levels: number[] | undefined;
    let encoded: DecodedArray;
    let encoding: string;
    let count: number;
    if (header.type === 'DATA_PAGE') {
      const pageHeader = header.data_page_header!;
      const page = readDataPage(decompressPage(bytes, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors), pageHeader, decoder);
      ({ definitionLevels: levels, dataPage: encoded } = page);
      ({ encoding, num_values: count } = pageHeader);
    } else if (header.type === 'DATA_PAGE_V2') {
      const pageHeader = header.data_page_header_v2!;
      ({ definitionLevels: levels, dataPage: encoded } = readDataPageV2(bytes, header, decoder));
      ({ encoding, num_values: count } = pageHeader);
    } else {
      continue; // index pages carry no rows
    }
    const coded = dictionary !== undefined && encoding.endsWith('_DICTIONARY');
    if (!coded) everyPageCoded = false;
    const decoded = coded ? encoded : asNumbers(convert(encoded, decoder));
    const allPresent = levels === undefined || levels.length === 0;
    let next = 0;
    for (let i = 0; i < count; i++, row++) {
      if (!allPresent && levels![i] !== maxDefinition) {
        if (codes) codes[row] = -1;
        continue;
      }
      if (coded) {
        const code = decoded[next++] as number;
        codes![row] = code;
        values[row] = dictionary![code];
      } else {
        values[row] = decoded[next++];
      }
    }
  }
  return { values, ...(codes && dictionary && everyPageCoded ? { dictionary: { values: dictionary, codes } } : {}) };
}

const TWO_TO_THE_32 = 2 ** 32;

/**
 * INT64 values as numbers wherever the number is exact (|v| < 2^53), else left as bigints. Read through
 * 32-bit halves, so no bigint is made for the common case.
 */
function asNumbers(decoded: DecodedArray): DecodedArray {
  if (!(decoded instanceof BigInt64Array)) return decoded;
  const halves = new Int32Array(decoded.buffer, decoded.byteOffset, decoded.length * 2);
  const numbers = new Array<number | bigint>(decoded.length);
  for (let i = 0; i < decoded.length; i++) {
    const high = halves[2 * i + 1]!;
    // Exact when the high half fits in 21 bits (sign included): -2^53 < v < 2^53.
    numbers[i] = high >= -0x200000 && high < 0x200000 ? high * TWO_TO_THE_32 + (halves[2 * i]! >>> 0) : decoded[i]!;
  }
  return numbers as DecodedArray;
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
