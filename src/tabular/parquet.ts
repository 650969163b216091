/**
 * Parquet row groups, decoded column by column. hyparquet reads the page headers, decompresses, and
 * decodes the encodings and types; for flat columns, which are what tables hold, the layout is done
 * here: values go straight into one array per row group instead of through the general list
 * assembler, dictionary codes are kept so a check can judge each distinct value once, the common
 * cases of version 1 pages (one-bit definition levels, all-present pages, ASCII text) take a short
 * path, and 64-bit integers become numbers wherever that is exact. Nested columns go through
 * hyparquet's full reader.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type ColumnMetaData, type DecodedArray, type FileMetaData, type PageHeader } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { getMaxDefinitionLevel, getTreePath, isFlatColumn } from 'hyparquet/src/schema.js';
import { isAscii } from 'node:buffer';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../shared/errors.ts';
import type { ColumnBatch, DictionaryColumn } from './read.ts';

export type ColumnDecoder = Parameters<typeof convert>[1];

/** One decoded column chunk: a value per row, or the dictionary codes when every page used the dictionary. */
type FlatChunk = { values: unknown[]; dictionary?: undefined } | { values?: undefined; dictionary: DictionaryColumn };

/**
 * A dictionary-coded column becomes an array of values only when something reads it: checks work on the
 * codes, and spelling out a row group's values (boxing each double on the way) is most of the cost.
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

export async function* readParquetColumns(path: string): AsyncGenerator<ColumnBatch> {
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
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupRows = Number(group.num_rows);
    const groupEnd = groupStart + groupRows;
    const data = new Map<string, ArrayLike<unknown>>();
    const dictionaries = new Map<string, DictionaryColumn>();
    const nested: string[] = [];
    try {
      const flat: Array<{ meta: ColumnMetaData; schemaPath: ReturnType<typeof getTreePath> }> = [];
      for (const chunk of group.columns) {
        const meta = chunk.meta_data;
        if (!meta) throw new Error('column metadata is missing');
        const schemaPath = getTreePath(schema, meta.path_in_schema);
        if (isFlatColumn(schemaPath)) flat.push({ meta, schemaPath });
        else if (!nested.includes(meta.path_in_schema[0]!)) nested.push(meta.path_in_schema[0]!);
      }
      // The flat chunks of a row group are read from the file at once, then decoded one by one.
      const ranges = flat.map(({ meta }) => chunkRange(meta));
      const first = Math.min(...ranges.map(([start]) => start));
      const bytes = flat.length ? new Uint8Array(await file.slice(first, Math.max(...ranges.map(([, end]) => end)))) : new Uint8Array(0);
      for (const [index, { meta, schemaPath }] of flat.entries()) {
        const decoder: ColumnDecoder = { pathInSchema: meta.path_in_schema, type: meta.type, element: schemaPath[schemaPath.length - 1]!.element, schemaPath, codec: meta.codec, parsers: DEFAULT_PARSERS, compressors, utf8: true };
        const [start, end] = ranges[index]!;
        const chunk = readColumnChunk(bytes.subarray(start - first, end - first), decoder, groupRows);
        if (chunk.dictionary) dictionaries.set(meta.path_in_schema[0]!, chunk.dictionary);
        else data.set(meta.path_in_schema[0]!, chunk.values);
      }
      if (nested.length) for (const [name, values] of await readNested(file, metadata, nested, groupStart, groupEnd)) data.set(name, values);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`${path}: cannot read rows ${groupStart + 1}-${groupEnd} (${(error as Error).message})`, { file: path }, { cause: error });
    }
    const batchData: ArrayLike<unknown>[] = [];
    for (const [index, name] of columns.entries()) {
      const dictionary = dictionaries.get(name);
      if (dictionary) materializeOnRead(batchData, index, dictionary);
      else batchData[index] = data.get(name) ?? new Array<unknown>(groupRows);
    }
    yield { columns, data: batchData, dictionaries: columns.map((name) => dictionaries.get(name)), length: groupRows, firstRow: groupStart };
    groupStart = groupEnd;
  }
}

/** Where a column chunk lies in the file: [start, end). */
function chunkRange(meta: ColumnMetaData): [number, number] {
  // As hyparquet reads it: some writers put 0 in dictionary_page_offset when there is no dictionary.
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  return [start, start + Number(meta.total_compressed_size)];
}

export function readColumnChunk(chunk: Uint8Array, decoder: ColumnDecoder, rows: number): FlatChunk {
  const reader = { view: new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength), offset: 0 };
  let codes: Int32Array | undefined;
  let dictionary: ArrayLike<unknown> | undefined;
  // Values are spelled out only once a page is not dictionary-coded (writers fall back when a dictionary grows too big).
  let values: unknown[] | undefined;
  let row = 0;
  while (row < rows && reader.offset < chunk.byteLength) {
    const header = parquetHeader(reader);
    const bytes = chunk.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (header.type === 'DICTIONARY_PAGE') {
      const page = decompressPage(bytes, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
      const raw = readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, decoder.type, header.dictionary_page_header!.num_values, decoder.element.type_length);
      dictionary = asNumbers(convert(raw, decoder));
      codes = new Int32Array(rows).fill(-1);
      continue;
    }
    if (header.type !== 'DATA_PAGE' && header.type !== 'DATA_PAGE_V2') continue; // index pages carry no rows
    const page = header.type === 'DATA_PAGE' ? readPageV1(bytes, header, decoder) : readPageV2(bytes, header, decoder);
    if (page.coded) checkCodes(page.values, dictionary, decoder);
    const coded = page.coded;
    if (!coded && !values) {
      values = new Array<unknown>(rows);
      for (let earlier = 0; earlier < row; earlier++) if (codes![earlier]! >= 0) values[earlier] = dictionary![codes![earlier]!];
    }
    const decoded = coded || page.converted ? page.values : asNumbers(convert(page.values, decoder));
    const { present, count } = page;
    if (row + count > rows) throw new Error(`column ${decoder.pathInSchema.join('.')} has more values than the row group's ${rows} rows`);
    if (coded && !values && present === undefined) {
      codes!.set(decoded as Int32Array, row);
      row += count;
      continue;
    }
    let next = 0;
    for (let i = 0; i < count; i++, row++) {
      if (present !== undefined && !present[i]) continue;
      if (values) values[row] = coded ? dictionary![decoded[next++] as number] : decoded[next++];
      else codes![row] = decoded[next++] as number;
    }
  }
  // A short chunk would otherwise read as trailing nulls.
  if (row < rows) throw new Error(`column ${decoder.pathInSchema.join('.')} ends after ${row} of the row group's ${rows} rows`);
  if (values) return { values };
  if (codes && dictionary) return { dictionary: { values: dictionary, codes } };
  return { values: new Array<unknown>(rows) };
}

/** A data page of a flat column: which rows hold a value (absent when all do), and the values in order, still encoded or as dictionary codes. */
interface FlatPage {
  count: number;
  present?: ArrayLike<number | boolean>;
  values: DecodedArray;
  coded: boolean;
  /** Values already in their final form (text cut from an ASCII page). */
  converted?: boolean;
}

/**
 * Version 1 data pages, the kind most writers produce. A flat column's definition levels are one bit
 * (value or null), read into bytes; dictionary codes go into an Int32Array; ASCII text is cut from one
 * string per page. Other encodings go through hyparquet's page reader.
 */
function readPageV1(bytes: Uint8Array, header: PageHeader, decoder: ColumnDecoder): FlatPage {
  const pageHeader = header.data_page_header!;
  const page = decompressPage(bytes, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
  const count = pageHeader.num_values;
  const encoding = pageHeader.encoding;
  const plainText = encoding === 'PLAIN' && isText(decoder);
  if (!encoding.endsWith('_DICTIONARY') && (encoding !== 'PLAIN' || decoder.type === 'BOOLEAN')) {
    const { definitionLevels, dataPage } = readDataPage(page, pageHeader, decoder);
    return { count, present: presence(definitionLevels, getMaxDefinitionLevel(decoder.schemaPath), count), values: dataPage, coded: false };
  }
  const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
  let present: Uint8Array | undefined;
  let stored = count;
  if (getMaxDefinitionLevel(decoder.schemaPath) > 0) {
    if (isOneRunOfValues(reader.view, reader.offset, count)) {
      reader.offset += 4 + reader.view.getUint32(reader.offset, true);
    } else {
      present = new Uint8Array(count);
      readRleBitPackedHybrid(reader, 1, present);
      stored = 0;
      for (let i = 0; i < count; i++) stored += present[i]!;
      if (stored === count) present = undefined;
    }
  }
  if (encoding.endsWith('_DICTIONARY')) {
    const width = reader.view.getUint8(reader.offset++);
    const codes = new Int32Array(stored);
    if (width) readRleBitPackedHybrid(reader, width, codes, page.byteLength - reader.offset);
    return { count, present, values: codes, coded: true };
  }
  if (plainText) {
    const text = asciiText(page.subarray(reader.offset), stored);
    if (text) return { count, present, values: text as unknown as DecodedArray, coded: false, converted: true };
  }
  return { count, present, values: readPlain(reader, decoder.type, stored, decoder.element.type_length), coded: false };
}

/** Dictionary codes must point into the dictionary: a damaged page would otherwise read as nulls or wrong values. */
function checkCodes(codes: DecodedArray, dictionary: ArrayLike<unknown> | undefined, decoder: ColumnDecoder): asserts dictionary is ArrayLike<unknown> {
  const column = decoder.pathInSchema.join('.');
  if (!dictionary) throw new Error(`column ${column} has a dictionary-coded page but no dictionary page`);
  const size = dictionary.length;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as number;
    if (!(code >= 0 && code < size)) throw new Error(`column ${column} has a dictionary code ${code} outside its ${size}-entry dictionary`);
  }
}

/**
 * Whether a page's one-bit definition levels (length-prefixed, RLE/bit-packed hybrid) are a single run
 * of `count` ones: every row has a value, which is how most pages of most columns look.
 */
function isOneRunOfValues(view: DataView, offset: number, count: number): boolean {
  let at = offset + 4;
  let header = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    const byte = view.getUint8(at++);
    header += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
  }
  return header % 2 === 0 && header / 2 === count && view.getUint8(at) === 1;
}

function readPageV2(bytes: Uint8Array, header: PageHeader, decoder: ColumnDecoder): FlatPage {
  const pageHeader = header.data_page_header_v2!;
  const { definitionLevels, dataPage } = readDataPageV2(bytes, header, decoder);
  return { count: pageHeader.num_values, present: presence(definitionLevels, getMaxDefinitionLevel(decoder.schemaPath), pageHeader.num_values), values: dataPage, coded: pageHeader.encoding.endsWith('_DICTIONARY') };
}

function presence(levels: number[] | undefined, maxDefinition: number, count: number): boolean[] | undefined {
  if (!levels || levels.length === 0 || maxDefinition === 0) return undefined;
  const present = new Array<boolean>(count);
  for (let i = 0; i < count; i++) present[i] = levels[i] === maxDefinition;
  return present;
}

/** Whether hyparquet would turn the column's bytes into strings (and nothing else). */
function isText(decoder: ColumnDecoder): boolean {
  const { type, converted_type: converted, logical_type: logical } = decoder.element;
  return type === 'BYTE_ARRAY' && (converted === undefined || converted === 'UTF8' || converted === 'ENUM') && (logical === undefined || logical.type === 'STRING' || logical.type === 'ENUM');
}

/**
 * PLAIN byte arrays as strings, when the whole run of values is ASCII (lengths included): then one
 * latin1 string holds them all and each value is a slice of it, instead of one decoder call per value.
 * Undefined when any byte is not ASCII; the caller decodes value by value then.
 */
function asciiText(bytes: Uint8Array, count: number): string[] | undefined {
  if (!isAscii(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Array<string>(count);
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(offset, true);
    values[i] = text.slice(offset + 4, offset + 4 + length);
    offset += 4 + length;
  }
  return values;
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
