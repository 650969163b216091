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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EarliestSamples } from './earliest-samples.ts';
import { DEFAULT_MEMORY_BYTES, FULL, HeldKeys, type Key } from './held-keys.ts';
import { decodeKey, hashBytes } from './key-bytes.ts';
import { lineAt, placeOf, sourceAt } from './key-places.ts';
import { PartitionPass, PartitionWriter, splitBitsFor } from './spill-files.ts';

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

export type DuplicateKey = Key;

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

function sampleOf(key: string, place: number, firstPlace: number): DuplicateSample {
  return { key, line: lineAt(place), source: sourceAt(place), first: { line: lineAt(firstPlace), source: sourceAt(firstPlace) } };
}

interface Share {
  values: number;
  duplicates: number;
  samples: EarliestSamples<DuplicateSample>;
}

export class DuplicateCounter {
  /** Each distinct key with the place it first occurred, until they outgrow the budget. */
  private readonly held = new HeldKeys();
  private readonly samples: EarliestSamples<DuplicateSample>;
  private readonly perSource: Share[] = [];
  private values = 0;
  private duplicates = 0;
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
    if (this.writer) {
      this.held.write(this.writer, key, place);
      return;
    }
    const first = this.held.placeOrAdd(key, place, this.memoryBytes);
    if (first === FULL) {
      this.spill();
      this.held.write(this.writer!, key, place);
    } else if (first >= 0) {
      this.duplicate(key, place, first, share);
    } else if (this.held.size >= this.memoryCap) {
      this.spill();
    }
  }

  private duplicate(key: DuplicateKey | (() => DuplicateKey), place: number, first: number, share: Share): void {
    this.duplicates++;
    share.duplicates++;
    if (!this.samples.wants(place) && !share.samples.wants(place)) return;
    const sample = sampleOf(String(typeof key === 'function' ? key() : key), place, first);
    this.samples.add(place, sample);
    share.samples.add(place, sample);
  }

  private spill(): void {
    this.spillDir = mkdtempSync(join(this.temp, 'validate-data-unique-'));
    this.writer = new PartitionWriter(this.spillDir, '');
    // Keys seen so far go first, at the place they first occurred: a first occurrence, never a duplicate of a later one.
    this.held.spillTo(this.writer);
  }

  /** Counts what was added; a counter shared by several files answers every one of them with the same result. */
  finish(): DuplicateResult {
    this.result ??= this.count();
    return this.result;
  }

  /** Removes what went to disk and lets go of the held keys, for a count that will not be asked for; again does nothing. */
  discard(): void {
    try {
      this.writer?.close();
    } finally {
      if (this.spillDir) rmSync(this.spillDir, { recursive: true, force: true });
      this.held.release();
    }
  }

  private count(): DuplicateResult {
    try {
      if (this.writer) {
        this.writer.close();
        const pass = new PartitionPass();
        for (const path of this.writer.paths) this.countPartition(path, pass, 0);
      }
    } finally {
      this.discard();
    }
    return {
      values: this.values,
      duplicates: this.duplicates,
      samples: this.samples.earliest(),
      spilled: this.writer !== undefined,
      sources: this.perSource.map((share) => ({ values: share.values, duplicates: share.duplicates, samples: share.samples.earliest() })),
    };
  }

  /** Records in a partition are in reading order, so the first of each key is its first occurrence. */
  private countPartition(path: string, pass: PartitionPass, splits: number): void {
    const bits = splitBitsFor(path, this.memoryBytes, splits);
    if (bits > 0) {
      for (const part of pass.split(path, ++this.splits, bits)) this.countPartition(part, pass, splits + 1);
      return;
    }
    const table = pass.table;
    table.clear();
    pass.reader.read(path, (bytes, at, length, place) => {
      const first = table.placeOrAdd(bytes, at, length, hashBytes(bytes, at, length), place);
      if (first >= 0) this.duplicate(() => decodeKey(bytes, at), place, first, this.share(sourceAt(place)));
    });
    rmSync(path);
  }
}
