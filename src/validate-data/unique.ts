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
 * Numbers to the place they first occurred, by open addressing over one typed array of (key, place)
 * pairs: a third of a Map's memory, and one cache miss per probe. Places are positive (lines count
 * from 1), so a zero place marks an empty slot. -0 is stored as 0, as a Map would treat it; keys are
 * finite (see uniqueKey).
 *
 * Integer keys are placed by their own low bits with the high bits folded in, so ids that count up
 * fill neighbouring slots and stay in cache. Should that ever cluster (a long probe), the table
 * switches for good to a scrambling hash that spreads any pattern.
 */
export class NumberPlaces {
  private entries = new Float64Array(2 * 1024);
  private mask = 1023;
  private bits = 10;
  private scrambled = false;
  size = 0;

  /** Whether the table has switched to the scrambling hash. */
  get isScrambled(): boolean {
    return this.scrambled;
  }
  private static readonly float = new Float64Array(1);
  private static readonly halves = new Int32Array(NumberPlaces.float.buffer);
  private static readonly longestProbe = 64;

  private home(key: number): number {
    let mixed: number;
    if ((key | 0) === key) {
      if (!this.scrambled) {
        const high = key >>> this.bits;
        return (key ^ high ^ (high >>> this.bits)) & this.mask;
      }
      mixed = key;
    } else {
      NumberPlaces.float[0] = key;
      mixed = NumberPlaces.halves[0]! ^ Math.imul(NumberPlaces.halves[1]!, 0x9e3779b1);
    }
    // murmur3's finalizer: every input bit reaches the low bits the mask keeps.
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
    return (mixed ^ (mixed >>> 16)) & this.mask;
  }

  /** The key's slot, or the empty slot where it belongs. */
  private slot(key: number): number {
    const entries = this.entries;
    let slot = this.home(key);
    let probes = 0;
    while (entries[2 * slot + 1] !== 0 && entries[2 * slot] !== key) {
      slot = (slot + 1) & this.mask;
      if (++probes === NumberPlaces.longestProbe && !this.scrambled) {
        this.scrambled = true;
        this.rehash(this.entries.length);
        return this.slot(key);
      }
    }
    return slot;
  }

  get(key: number): number | undefined {
    // The probe may rebuild the table, so the slot is found before the array is read.
    const slot = this.slot(key + 0);
    const place = this.entries[2 * slot + 1]!;
    return place === 0 ? undefined : place;
  }

  /** `place` must be positive. */
  set(key: number, place: number): void {
    key += 0;
    const slot = this.slot(key);
    if (this.entries[2 * slot + 1] === 0) {
      this.entries[2 * slot] = key;
      this.size++;
    }
    this.entries[2 * slot + 1] = place;
    // Kept at most half full, so probes stay short.
    if (this.size * 2 > this.mask) this.rehash(this.entries.length * 2);
  }

  private rehash(length: number): void {
    const old = this.entries;
    this.entries = new Float64Array(length);
    this.mask = length / 2 - 1;
    this.bits = Math.log2(length / 2);
    for (let index = 0; index < old.length; index += 2) {
      if (old[index + 1] === 0) continue;
      const slot = this.slot(old[index]!);
      this.entries[2 * slot] = old[index]!;
      this.entries[2 * slot + 1] = old[index + 1]!;
    }
  }

  *pairs(): Generator<[number, number]> {
    for (let index = 0; index < this.entries.length; index += 2) if (this.entries[index + 1] !== 0) yield [this.entries[index]!, this.entries[index + 1]!];
  }

  clear(): void {
    this.entries = new Float64Array(2 * 1024);
    this.mask = 1023;
    this.bits = 10;
    this.scrambled = false;
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
    for (const [key, place] of this.seenNumbers.pairs()) spilled.write(String(key), place);
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
