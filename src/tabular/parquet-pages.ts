/**
 * One flat Parquet column chunk, decoded page by page. hyparquet reads the page headers, decompresses,
 * and decodes the encodings and types; the layout is done here: values go straight into one array per
 * batch of rows instead of through the general list assembler, dictionary codes are kept so a check can
 * judge each distinct value once, the common cases of version 1 pages (one-bit definition levels,
 * all-present pages, ASCII text) take a short path, and 64-bit integers become numbers wherever that is
 * exact. Only the page being read, and a window of the chunk's bytes around it, are held: a row group
 * of millions of rows takes no more memory than a small one.
 */
import type { DecodedArray, PageHeader } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { getMaxDefinitionLevel } from 'hyparquet/src/schema.js';
import { isAscii } from 'node:buffer';
import type { DictionaryColumn } from './read.ts';

export type ColumnDecoder = Parameters<typeof convert>[1];

/** Some rows of a column chunk: a value per row, or the dictionary codes when every page they came from used the dictionary. */
export type FlatChunk = { values: unknown[]; dictionary?: undefined } | { values?: undefined; dictionary: DictionaryColumn };

/** Reads bytes [start, end) of the file. */
export type ReadBytes = (start: number, end: number) => Promise<Uint8Array>;

/** Bytes of a chunk read from the file at a time (more when one page is bigger). */
const WINDOW_BYTES = 1 << 20;

/** The rows of one batch as they are filled: codes while every page so far was dictionary-coded, values once one was not. */
interface Output {
  length: number;
  row: number;
  codes?: Int32Array;
  values?: unknown[];
}

/**
 * Hands out a column chunk's rows in order, a batch at a time, reading and decoding pages as they are
 * needed. The dictionary stays the same array for the whole chunk, so checks can remember what they
 * made of its values from one batch to the next.
 */
export class ColumnCursor {
  private readonly read: ReadBytes | undefined;
  private readonly decoder: ColumnDecoder;
  private readonly rows: number;
  private readonly end: number;
  /** The bytes in hand, and where they start in the file. */
  private window: Uint8Array;
  private windowStart: number;
  /** File offset of the next page header. */
  private offset: number;
  private readonly windowBytes: number;
  /** Bytes wanted from `offset` on by the next read. */
  private wanted: number;
  private dictionary: ArrayLike<unknown> | undefined;
  private page: FlatPage | undefined;
  /** Rows of the current page handed out, and values of it used (fewer when some rows are null). */
  private pageRow = 0;
  private pageValue = 0;
  /** Rows of the chunk in the pages read so far. */
  private pagedRows = 0;

  /**
   * `start`, `end`: the chunk's place in the file. `read` fetches its bytes; without it, `bytes` must
   * already be the whole chunk. `windowBytes`: bytes read at a time (more when a page needs them).
   */
  constructor(options: { decoder: ColumnDecoder; rows: number; start: number; end: number; read?: ReadBytes; bytes?: Uint8Array; windowBytes?: number }) {
    this.windowBytes = options.windowBytes ?? WINDOW_BYTES;
    this.wanted = this.windowBytes;
    this.decoder = options.decoder;
    this.rows = options.rows;
    this.end = options.end;
    this.read = options.read;
    this.window = options.bytes ?? new Uint8Array(0);
    this.windowStart = options.start;
    this.offset = options.start;
  }

  /** The next `count` rows. */
  async take(count: number): Promise<FlatChunk> {
    const out: Output = { length: count, row: 0 };
    while (!this.fill(out)) await this.load();
    return this.result(out);
  }

  /** The next `count` rows, from bytes already in hand (a whole chunk). */
  takeSync(count: number): FlatChunk {
    const out: Output = { length: count, row: 0 };
    if (!this.fill(out)) throw new Error(`column ${this.column} needs bytes past those given`);
    return this.result(out);
  }

  private get column(): string {
    return this.decoder.pathInSchema.join('.');
  }

  private result(out: Output): FlatChunk {
    if (out.values) return { values: out.values };
    if (out.codes) return { dictionary: { values: this.dictionary!, codes: out.codes } };
    return { values: new Array<unknown>(out.length) };
  }

  private async load(): Promise<void> {
    const length = Math.min(this.end - this.offset, Math.max(this.windowBytes, this.wanted));
    this.window = await this.read!(this.offset, this.offset + length);
    this.windowStart = this.offset;
    if (this.window.length < length) throw new Error(`column ${this.column}: the file ends inside the column's data`);
  }

  /** Fills `out` from the pages; false when the bytes in hand run out first. */
  private fill(out: Output): boolean {
    while (out.row < out.length) {
      if (!this.page || this.pageRow === this.page.count) {
        this.page = undefined;
        if (!this.nextPage()) return false;
        continue;
      }
      this.copy(out);
    }
    return true;
  }

  /** Reads the next data page (and any dictionary page before it); false when more bytes are needed first. */
  private nextPage(): boolean {
    for (;;) {
      const windowEnd = this.windowStart + this.window.length;
      if (this.offset >= this.end) throw new Error(`column ${this.column} ends after ${this.pagedRows} of the row group's ${this.rows} rows`);
      const at = this.offset - this.windowStart;
      const reader = { view: new DataView(this.window.buffer, this.window.byteOffset, this.window.byteLength), offset: at };
      let header: PageHeader;
      try {
        header = parquetHeader(reader);
        // Thrift text fields are cut from the buffer without a bounds check.
        if (reader.offset > this.window.length) throw new RangeError('page header runs past the bytes read');
      } catch (error) {
        if (windowEnd >= this.end || !this.read) throw error;
        this.wanted = Math.max(this.windowBytes, 2 * (windowEnd - this.offset));
        return false;
      }
      const bodyEnd = reader.offset + header.compressed_page_size;
      if (bodyEnd > this.window.length) {
        if (windowEnd >= this.end || !this.read) throw new Error(`column ${this.column} has a page running past the end of its data`);
        this.wanted = bodyEnd - at;
        return false;
      }
      const bytes = this.window.subarray(reader.offset, bodyEnd);
      this.offset = this.windowStart + bodyEnd;
      this.wanted = this.windowBytes;
      if (header.type === 'DICTIONARY_PAGE') {
        const page = decompressPage(bytes, Number(header.uncompressed_page_size), this.decoder.codec, this.decoder.compressors);
        const raw = readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, this.decoder.type, header.dictionary_page_header!.num_values, this.decoder.element.type_length);
        this.dictionary = asNumbers(convert(raw, this.decoder));
        continue;
      }
      if (header.type !== 'DATA_PAGE' && header.type !== 'DATA_PAGE_V2') continue; // index pages carry no rows
      const page = header.type === 'DATA_PAGE' ? readPageV1(bytes, header, this.decoder) : readPageV2(bytes, header, this.decoder);
      if (page.coded) checkCodes(page.values!, this.dictionary, this.decoder);
      else if (page.values) page.values = asNumbers(convert(page.values, this.decoder));
      if (this.pagedRows + page.count > this.rows) throw new Error(`column ${this.column} has more values than the row group's ${this.rows} rows`);
      this.pagedRows += page.count;
      this.page = page;
      this.pageRow = 0;
      this.pageValue = 0;
      return true;
    }
  }

  /** Moves rows from the current page into `out`, as many as both allow. */
  private copy(out: Output): void {
    const page = this.page!;
    const { present, coded } = page;
    const count = Math.min(page.count - this.pageRow, out.length - out.row);
    let stored = count;
    if (present !== undefined) {
      stored = 0;
      for (let i = this.pageRow, last = this.pageRow + count; i < last; i++) if (present[i]) stored++;
    }
    const [decoded, from] = this.pageValues(page, stored);
    const dictionary = this.dictionary;
    if (coded && !out.values && !out.codes) out.codes = new Int32Array(out.length).fill(-1);
    if (!coded && !out.values) {
      // Values are spelled out only once a page is not dictionary-coded (writers fall back when a dictionary grows too big).
      const values = new Array<unknown>(out.length);
      const codes = out.codes;
      if (codes) for (let row = 0; row < out.row; row++) if (codes[row]! >= 0) values[row] = dictionary![codes[row]!];
      out.values = values;
      out.codes = undefined;
    }
    let row = out.row;
    let next = from;
    const values = out.values;
    if (!values && present === undefined) {
      const codes = decoded as Int32Array;
      out.codes!.set(ArrayBuffer.isView(codes) ? codes.subarray(next, next + count) : Array.prototype.slice.call(codes, next, next + count), row);
      next += count;
    } else if (values && present === undefined) {
      if (coded) for (let i = 0; i < count; i++) values[row + i] = dictionary![decoded[next + i] as number];
      else for (let i = 0; i < count; i++) values[row + i] = decoded[next + i];
      next += count;
    } else {
      const codes = out.codes;
      for (let i = this.pageRow, last = this.pageRow + count; i < last; i++, row++) {
        if (!present![i]) continue;
        if (values) values[row] = coded ? dictionary![decoded[next++] as number] : decoded[next++];
        else codes![row] = decoded[next++] as number;
      }
    }
    out.row += count;
    this.pageRow += count;
    this.pageValue += stored;
  }

  /** The page's next `count` values in their final form, as an array and the index of the first. */
  private pageValues(page: FlatPage, count: number): [DecodedArray, number] {
    if (page.values) return [page.values, this.pageValue];
    const { reader, text } = page.plain!;
    if (text) {
      const strings = asciiText(reader, count);
      if (strings) return [strings as unknown as DecodedArray, 0];
    }
    return [asNumbers(convert(readPlain(reader, this.decoder.type, count, this.decoder.element.type_length), this.decoder)), 0];
  }
}

/**
 * A data page of a flat column: which rows hold a value (absent when all do), and the values in order,
 * decoded at once (dictionary codes, or whatever hyparquet's page reader gives) or, for PLAIN pages,
 * read as they are taken: a writer may put a whole row group of millions of values in one page.
 */
interface FlatPage {
  count: number;
  present?: ArrayLike<number | boolean>;
  values?: DecodedArray;
  plain?: { reader: { view: DataView; offset: number }; text: boolean };
  coded: boolean;
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
  return { count, present, plain: { reader, text: isText(decoder) }, coded: false };
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
 * The next `count` PLAIN byte arrays as strings, when that run of values is ASCII (lengths included):
 * then one latin1 string holds them all and each value is a slice of it, instead of one decoder call
 * per value. Undefined, and nothing read, when any byte is not ASCII; the caller decodes value by value then.
 */
function asciiText(reader: { view: DataView; offset: number }, count: number): string[] | undefined {
  const { view } = reader;
  let end = reader.offset;
  for (let i = 0; i < count; i++) end += 4 + view.getUint32(end, true);
  const bytes = new Uint8Array(view.buffer, view.byteOffset + reader.offset, end - reader.offset);
  if (!isAscii(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const values = new Array<string>(count);
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(reader.offset + offset, true);
    values[i] = text.slice(offset + 4, offset + 4 + length);
    offset += 4 + length;
  }
  reader.offset = end;
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
