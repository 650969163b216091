/**
 * Exact duplicate counting in bounded memory. Keys are kept, as bytes in typed arrays (key-places.ts),
 * until the next key would take them past `memoryBytes`; past that, every key (those already seen
 * first) is appended to one of 64 temporary partition files by hash, and each partition is counted on
 * its own at the end. Equal keys always land in the same partition, so the count stays exact; a
 * partition too large to count within the budget is split again by another hash.
 *
 * One counter can be fed from several files (the files a glob gives one schema object): each key
 * carries its file's index (`source`), so a duplicate is found across files, counted against the file
 * of its later occurrence, and its sample names where the first occurrence was.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeKey, encodeKey, hashBytes, maxEncodedLength } from './key-bytes.ts';
import { KeyPlaces, NumberPlaces } from './key-places.ts';
import { PARTITION_BITS, partitionOf, PartitionReader, PartitionWriter, writerBufferBytes } from './spill-files.ts';

export interface DuplicateSample {
  key: string;
  line: number;
  /** Index of the file the duplicate is in. */
  source: number;
  /** Where the value first occurred. */
  first: { line: number; source: number };
}

/** One file's share: the values it gave and the duplicates found in it. */
export interface SourceDuplicates {
  values: number;
  duplicates: number;
  samples: DuplicateSample[];
}

/** Numbers (parsed values of numeric columns) are kept as numbers: far less memory than their texts. */
export type DuplicateKey = string | number;

export interface DuplicateResult {
  /** Values seen (non-null). */
  values: number;
  /** Occurrences beyond the first of each distinct value. */
  duplicates: number;
  /** The first duplicates in file order, up to the sample limit. */
  samples: DuplicateSample[];
  spilled: boolean;
  /** Per file (by source index), each with its own earliest samples. */
  sources: SourceDuplicates[];
}

/**
 * Memory for one counter's keys: about a million short texts or numbers before spilling. Small enough
 * that a few unique columns, the reader's garbage and Node itself fit in 512 MB together.
 */
export const DEFAULT_MEMORY_BYTES = 64 * 2 ** 20;
// A partition larger than this share of the budget is split again: its table takes about three times its file.
const SPLIT_SHARE = 4;
const MAX_SPLITS = 3;
// A place is one number: the file's index above 32 bits, the line below; it sorts in reading order.
export const LINE_SPAN = 2 ** 32;

export function placeOf(source: number, line: number): number {
  return source * LINE_SPAN + line;
}

function sampleOf(key: string, place: number, firstPlace: number): DuplicateSample {
  return { key, line: place % LINE_SPAN, source: Math.floor(place / LINE_SPAN), first: { line: firstPlace % LINE_SPAN, source: Math.floor(firstPlace / LINE_SPAN) } };
}

/** The earliest samples seen, whatever order they come in (partitions are counted one after another). */
class EarliestSamples {
  readonly list: DuplicateSample[] = [];
  // Once `limit` samples are kept, a duplicate at or past this place cannot be among the earliest.
  private bound = Infinity;
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  wants(place: number): boolean {
    return this.limit > 0 && place < this.bound;
  }

  add(sample: DuplicateSample, place: number): void {
    if (!this.wants(place)) return;
    this.list.push(sample);
    if (this.list.length > 4 * this.limit + 16) this.trim();
  }

  trim(): DuplicateSample[] {
    const list = this.list;
    list.sort((a, b) => placeOf(a.source, a.line) - placeOf(b.source, b.line));
    if (list.length >= this.limit) {
      list.length = this.limit;
      const last = list[this.limit - 1];
      if (last) this.bound = placeOf(last.source, last.line);
    }
    return list;
  }
}

/** What counting the partitions reuses from one partition to the next. */
interface Counting {
  table: KeyPlaces;
  reader: PartitionReader;
  splitBuffer?: Uint8Array;
}

interface Share {
  values: number;
  duplicates: number;
  samples: EarliestSamples;
}

export class DuplicateCounter {
  /** Each distinct key with the place it first occurred: texts as bytes, numbers in a table of their own. */
  private readonly texts = new KeyPlaces();
  private readonly numbers = new NumberPlaces();
  private readonly samples: EarliestSamples;
  private readonly perSource: Share[] = [];
  private values = 0;
  private duplicates = 0;
  /** Where keys are encoded before they are looked up or written. */
  private scratch = new Uint8Array(256);
  private readonly numberScratch = new Uint8Array(maxEncodedLength(0));
  private splits = 0;
  private spillDir?: string;
  private writer?: PartitionWriter;
  private result?: DuplicateResult;
  private readonly memoryBytes: number;
  private readonly memoryCap: number;
  private readonly sampleLimit: number;
  private readonly temp: string;

  /**
   * `memoryBytes`: most bytes the in-memory keys may take (default DEFAULT_MEMORY_BYTES);
   * `memoryCap`: most keys held in memory (default: as many as fit).
   */
  constructor(options: { memoryBytes?: number; memoryCap?: number; samples: number; temp?: string }) {
    this.memoryBytes = options.memoryBytes ?? DEFAULT_MEMORY_BYTES;
    this.memoryCap = options.memoryCap ?? Infinity;
    this.sampleLimit = options.samples;
    this.samples = new EarliestSamples(options.samples);
    this.temp = options.temp ?? tmpdir();
  }

  private share(source: number): Share {
    let entry = this.perSource[source];
    if (!entry) {
      for (let index = this.perSource.length; index <= source; index++) this.perSource[index] = { values: 0, duplicates: 0, samples: new EarliestSamples(this.sampleLimit) };
      entry = this.perSource[source]!;
    }
    return entry;
  }

  add(key: DuplicateKey, line: number, source = 0): void {
    this.values++;
    const share = this.share(source);
    share.values++;
    const place = placeOf(source, line);
    let first: number;
    if (typeof key === 'number' && !this.writer) {
      const growth = this.numbers.growthFor();
      if (growth > 0 && !this.affords(growth)) {
        this.spill();
        this.writeNumber(key, place);
        return;
      }
      first = this.numbers.placeOrAdd(key, place);
    } else {
      const length = this.encode(key);
      const hash = hashBytes(this.scratch, 0, length);
      if (this.writer) {
        this.writer.write(partitionOf(hash), this.scratch, 0, length, place);
        return;
      }
      const growth = this.texts.growthFor(length);
      if (growth > 0 && !this.affords(growth)) {
        this.spill();
        this.writer!.write(partitionOf(hash), this.scratch, 0, length, place);
        return;
      }
      first = this.texts.placeOrAdd(this.scratch, 0, length, hash, place);
    }
    if (first >= 0) this.duplicate(key, place, first, share);
    else if (this.texts.size + this.numbers.size >= this.memoryCap) this.spill();
  }

  /** Whether the in-memory keys may grow by `growth` bytes: the old arrays count until they are copied. */
  private affords(growth: number): boolean {
    return this.texts.bytes + this.numbers.bytes + growth <= this.memoryBytes;
  }

  private encode(key: DuplicateKey): number {
    const needed = maxEncodedLength(key);
    if (needed > this.scratch.length) this.scratch = new Uint8Array(Math.max(needed, this.scratch.length * 2));
    return encodeKey(key, this.scratch, 0);
  }

  private writeNumber(key: number, place: number): void {
    const length = encodeKey(key, this.numberScratch, 0);
    this.writer!.write(partitionOf(hashBytes(this.numberScratch, 0, length)), this.numberScratch, 0, length, place);
  }

  private duplicate(key: DuplicateKey | (() => DuplicateKey), place: number, first: number, share: Share): void {
    this.duplicates++;
    share.duplicates++;
    if (!this.samples.wants(place) && !share.samples.wants(place)) return;
    const sample = sampleOf(String(typeof key === 'function' ? key() : key), place, first);
    this.samples.add(sample, place);
    share.samples.add(sample, place);
  }

  private spill(): void {
    this.spillDir = mkdtempSync(join(this.temp, 'validate-data-unique-'));
    const writer = (this.writer = new PartitionWriter(this.spillDir, ''));
    // Keys seen so far go first, at the place they first occurred: a first occurrence, never a duplicate of a later one.
    this.texts.forEach((arena, at, length, hash, place) => writer.write(partitionOf(hash), arena, at, length, place));
    this.numbers.forEach((key, place) => this.writeNumber(key, place));
    this.texts.release();
    this.numbers.release();
  }

  /** Counts what was added; a counter shared by several files answers every one of them with the same result. */
  finish(): DuplicateResult {
    this.result ??= this.count();
    return this.result;
  }

  private count(): DuplicateResult {
    try {
      if (this.writer) {
        this.writer.close();
        const counting: Counting = { table: new KeyPlaces(), reader: new PartitionReader() };
        for (const path of this.writer.paths) this.countPartition(path, counting, 0);
      }
    } finally {
      if (this.spillDir) rmSync(this.spillDir, { recursive: true, force: true });
      this.texts.release();
      this.numbers.release();
    }
    return {
      values: this.values,
      duplicates: this.duplicates,
      samples: [...this.samples.trim()],
      spilled: this.writer !== undefined,
      sources: this.perSource.map((share) => ({ values: share.values, duplicates: share.duplicates, samples: [...share.samples.trim()] })),
    };
  }

  /** Records in a partition are in reading order, so the first of each key is its first occurrence. */
  private countPartition(path: string, counting: Counting, splits: number): void {
    const size = statSync(path).size;
    const splitAbove = this.memoryBytes / SPLIT_SHARE;
    if (size > splitAbove && splits < MAX_SPLITS) {
      for (const part of this.split(path, Math.min(PARTITION_BITS, Math.ceil(Math.log2(size / splitAbove))), counting)) this.countPartition(part, counting, splits + 1);
      return;
    }
    const table = counting.table;
    table.clear();
    counting.reader.read(path, (bytes, at, length, place) => {
      const first = table.placeOrAdd(bytes, at, length, hashBytes(bytes, at, length), place);
      if (first >= 0) this.duplicate(() => decodeKey(bytes, at), place, first, this.share(Math.floor(place / LINE_SPAN)));
    });
    rmSync(path);
  }

  /** Splits a partition in 2^bits by a hash independent of the one that made it, keeping its records' order. */
  private split(path: string, bits: number, counting: Counting): string[] {
    counting.splitBuffer ??= new Uint8Array(writerBufferBytes());
    const writer = new PartitionWriter(this.spillDir!, `${++this.splits}-`, bits, counting.splitBuffer);
    const seed = 0x9e3779b9 + this.splits;
    try {
      counting.reader.read(path, (bytes, at, length, place) => writer.write(partitionOf(hashBytes(bytes, at, length, seed), bits), bytes, at, length, place));
    } finally {
      writer.close();
    }
    rmSync(path);
    return writer.paths;
  }
}
