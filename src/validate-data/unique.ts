/**
 * Exact duplicate counting in bounded memory. Keys live in a Set until it holds `memoryCap` keys;
 * past that, every key (those already seen first, in order) is appended to one of 64 temporary
 * partition files by hash, and each partition is counted on its own at the end. Equal keys always
 * land in the same partition, so the count stays exact.
 *
 * One counter can be fed from several files (the files a glob gives one schema object): each key
 * carries its file's index (`source`), so a duplicate is found across files, counted against the file
 * of its later occurrence, and its sample names where the first occurrence was.
 */
import { PARTITIONS, PartitionSpill } from './spill.ts';

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

// A place is one number: the file's index above 32 bits, the line below; it sorts in reading order.
export const LINE_SPAN = 2 ** 32;

export function placeOf(source: number, line: number): number {
  return source * LINE_SPAN + line;
}

function sampleOf(key: string, place: number, firstPlace: number): DuplicateSample {
  return { key, line: place % LINE_SPAN, source: Math.floor(place / LINE_SPAN), first: { line: firstPlace % LINE_SPAN, source: Math.floor(firstPlace / LINE_SPAN) } };
}

/**
 * Numbers to the place they first occurred, by open addressing over typed arrays: a third of a Map's
 * memory and several times its speed for the numeric keys most key columns have. -0 is stored as 0,
 * as a Map would treat it; keys are finite (see uniqueKey).
 */
export class NumberPlaces {
  private keys: Float64Array;
  private places: Float64Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;
  private static readonly bits = new Float64Array(1);
  private static readonly halves = new Int32Array(NumberPlaces.bits.buffer);

  constructor() {
    this.keys = new Float64Array(1024);
    this.places = new Float64Array(1024);
    this.used = new Uint8Array(1024);
    this.mask = 1023;
  }

  private slot(key: number): number {
    NumberPlaces.bits[0] = key;
    const mixed = Math.imul(NumberPlaces.halves[0]! ^ Math.imul(NumberPlaces.halves[1]!, 0x85ebca6b), 0x9e3779b1);
    let slot = (mixed ^ (mixed >>> 15)) & this.mask;
    while (this.used[slot] && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  get(key: number): number | undefined {
    const slot = this.slot(key + 0);
    return this.used[slot] ? this.places[slot] : undefined;
  }

  set(key: number, place: number): void {
    key += 0;
    const slot = this.slot(key);
    if (!this.used[slot]) {
      this.used[slot] = 1;
      this.keys[slot] = key;
      this.size++;
    }
    this.places[slot] = place;
    // Kept at most half full, so probes stay short.
    if (this.size * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { keys, places, used } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.places = new Float64Array(keys.length * 2);
    this.used = new Uint8Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    for (let index = 0; index < keys.length; index++) {
      if (!used[index]) continue;
      const slot = this.slot(keys[index]!);
      this.used[slot] = 1;
      this.keys[slot] = keys[index]!;
      this.places[slot] = places[index]!;
    }
  }

  *entries(): Generator<[number, number]> {
    for (let index = 0; index < this.keys.length; index++) if (this.used[index]) yield [this.keys[index]!, this.places[index]!];
  }

  clear(): void {
    this.keys = new Float64Array(1024);
    this.places = new Float64Array(1024);
    this.used = new Uint8Array(1024);
    this.mask = 1023;
    this.size = 0;
  }
}

export class DuplicateCounter {
  /** Each distinct key with the place it first occurred: texts in a Map, numbers in a table of their own. */
  private readonly seen = new Map<string, number>();
  private readonly seenNumbers = new NumberPlaces();
  private readonly samples: DuplicateSample[] = [];
  private readonly perSource: SourceDuplicates[] = [];
  private values = 0;
  private duplicates = 0;
  private spilled?: PartitionSpill;
  private result?: DuplicateResult;
  private readonly memoryCap: number;
  private readonly sampleLimit: number;
  private readonly temp?: string;

  constructor(options: { memoryCap: number; samples: number; temp?: string }) {
    this.memoryCap = options.memoryCap;
    this.sampleLimit = options.samples;
    this.temp = options.temp;
  }

  private share(source: number): SourceDuplicates {
    let entry = this.perSource[source];
    if (!entry) {
      for (let index = this.perSource.length; index <= source; index++) this.perSource[index] = { values: 0, duplicates: 0, samples: [] };
      entry = this.perSource[source]!;
    }
    return entry;
  }

  add(key: DuplicateKey, line: number, source = 0): void {
    this.values++;
    const share = this.share(source);
    share.values++;
    const place = placeOf(source, line);
    if (this.spilled) {
      this.spilled.write(String(key), place);
      return;
    }
    const first = typeof key === 'number' ? this.seenNumbers.get(key) : this.seen.get(key);
    if (first !== undefined) {
      this.duplicates++;
      share.duplicates++;
      if (this.samples.length < this.sampleLimit) this.samples.push(sampleOf(String(key), place, first));
      if (share.samples.length < this.sampleLimit) share.samples.push(sampleOf(String(key), place, first));
      return;
    }
    if (typeof key === 'number') this.seenNumbers.set(key, place);
    else this.seen.set(key, place);
    if (this.seen.size + this.seenNumbers.size >= this.memoryCap) this.spill();
  }

  private spill(): void {
    const spilled = (this.spilled = new PartitionSpill(this.temp, 'validate-data-unique-'));
    // Keys seen so far go first, at the place they first occurred: a first occurrence, never a duplicate of a later one.
    for (const [key, place] of this.seen) spilled.write(key, place);
    for (const [key, place] of this.seenNumbers.entries()) spilled.write(String(key), place);
    this.seen.clear();
    this.seenNumbers.clear();
  }

  /** Counts what was added; a counter shared by several files answers every one of them with the same result. */
  finish(): DuplicateResult {
    this.result ??= this.count();
    return this.result;
  }

  private count(): DuplicateResult {
    const sources = () => this.perSource.map((share) => ({ ...share, samples: [...share.samples] }));
    const spilled = this.spilled;
    if (!spilled) {
      this.seen.clear();
      this.seenNumbers.clear();
      return { values: this.values, duplicates: this.duplicates, samples: this.samples, spilled: false, sources: sources() };
    }
    try {
      const samples = [...this.samples];
      const shares = sources();
      let duplicates = this.duplicates;
      for (let index = 0; index < PARTITIONS; index++) {
        const seen = new Map<string, number>();
        spilled.scan(index, (key, place) => {
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, place);
            return;
          }
          duplicates++;
          const sample = sampleOf(key, place, first);
          const share = shares[sample.source]!;
          share.duplicates++;
          samples.push(sample);
          share.samples.push(sample);
          if (samples.length > 4 * this.sampleLimit + 16) trimSamples(samples, this.sampleLimit);
          if (share.samples.length > 4 * this.sampleLimit + 16) trimSamples(share.samples, this.sampleLimit);
        });
        trimSamples(samples, this.sampleLimit);
        for (const share of shares) trimSamples(share.samples, this.sampleLimit);
      }
      return { values: this.values, duplicates, samples, spilled: true, sources: shares };
    } finally {
      spilled.remove();
    }
  }
}

/** Keeps memory flat: only the earliest samples survive. */
function trimSamples(samples: DuplicateSample[], limit: number): void {
  samples.sort((a, b) => placeOf(a.source, a.line) - placeOf(b.source, b.line));
  samples.length = Math.min(samples.length, limit);
}
