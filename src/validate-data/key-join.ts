/**
 * Exact foreign-key lookup in bounded memory: which referencing keys have no equal among the
 * referenced keys. Referenced keys are held in a set up to `memoryCap`; referencing keys are looked up
 * at once when the referenced side is complete and in memory, and otherwise wait in a buffer of up to
 * `memoryCap` entries. Whatever outgrows its cap goes to hash-partitioned temporary files (see
 * spill.ts); at the end, each partition of the referenced keys is loaded alone and the same partition
 * of the referencing keys is streamed past it, so memory holds a 64th of the referenced keys at a time
 * and the answer stays exact.
 *
 * Keys are numbers (one numeric column) or texts (one text column, or a composite key as JSON); a
 * number and a text are never equal. Referencing keys carry their file's index (`source`) and line.
 */
import { NumberPlaces } from './key-places.ts';
import { LINE_SPAN, placeOf } from './unique.ts';
import { PARTITIONS, PartitionSpill } from './spill.ts';

export type JoinKey = string | number;

export interface Orphan {
  key: JoinKey;
  line: number;
}

/** One referencing file's share: keys looked up, and those not found. */
export interface SourceOrphans {
  values: number;
  orphans: number;
  /** The earliest orphans, in line order, up to the sample limit. */
  samples: Orphan[];
}

export interface JoinResult {
  /** Referencing keys looked up. */
  values: number;
  orphans: number;
  /** Whether either side went to disk. */
  spilled: boolean;
  sources: SourceOrphans[];
}

// On disk a key is tagged with its kind, so the number 7 and the text "7" stay apart.
function tag(key: JoinKey): string {
  return typeof key === 'number' ? `n${key}` : `s${key}`;
}

function untag(text: string): JoinKey {
  return text.charCodeAt(0) === 110 ? Number(text.slice(1)) : text.slice(1);
}

export class KeyJoin {
  private readonly texts = new Set<string>();
  private readonly numbers = new NumberPlaces();
  private referenced?: PartitionSpill;
  private sealed = false;
  private readonly waiting: { keys: JoinKey[]; places: number[] } = { keys: [], places: [] };
  private referencing?: PartitionSpill;
  private readonly sources: SourceOrphans[] = [];
  private values = 0;
  private result?: JoinResult;
  private readonly memoryCap: number;
  private readonly sampleLimit: number;
  private readonly temp?: string;

  constructor(options: { memoryCap: number; samples: number; temp?: string }) {
    this.memoryCap = Math.max(1, options.memoryCap);
    this.sampleLimit = options.samples;
    this.temp = options.temp;
  }

  addReferenced(key: JoinKey): void {
    if (this.sealed) throw new Error('referenced keys added after the referenced side was sealed');
    if (this.referenced) {
      this.referenced.write(tag(key), 0);
      return;
    }
    if (typeof key === 'number') this.numbers.placeOrAdd(key, 0);
    else this.texts.add(key);
    if (this.texts.size + this.numbers.size >= this.memoryCap) this.spillReferenced();
  }

  /** Every referenced key is in: referencing keys can be looked up as they come. */
  sealReferenced(): void {
    this.sealed = true;
  }

  addReferencing(key: JoinKey, line: number, source = 0): void {
    this.values++;
    const share = this.share(source);
    share.values++;
    if (this.sealed && !this.referenced) {
      if (!this.has(key)) this.orphan(share, key, line);
      return;
    }
    const place = placeOf(source, line);
    if (this.referencing) {
      this.referencing.write(tag(key), place);
      return;
    }
    this.waiting.keys.push(key);
    this.waiting.places.push(place);
    if (this.waiting.keys.length >= this.memoryCap) this.spillReferencing();
  }

  finish(): JoinResult {
    this.result ??= this.join();
    return this.result;
  }

  /** Removes what went to disk, for a join whose result is not wanted. */
  discard(): void {
    this.referenced?.remove();
    this.referencing?.remove();
  }

  private share(source: number): SourceOrphans {
    for (let index = this.sources.length; index <= source; index++) this.sources[index] = { values: 0, orphans: 0, samples: [] };
    return this.sources[source]!;
  }

  private has(key: JoinKey): boolean {
    return typeof key === 'number' ? this.numbers.has(key) : this.texts.has(key);
  }

  private orphan(share: SourceOrphans, key: JoinKey, line: number): void {
    share.orphans++;
    share.samples.push({ key, line });
    // Keys may arrive out of line order from the partitions: keep the earliest few, trimming now and then.
    if (share.samples.length > 4 * this.sampleLimit + 16) trim(share.samples, this.sampleLimit);
  }

  private orphanAt(key: JoinKey, place: number): void {
    this.orphan(this.share(Math.floor(place / LINE_SPAN)), key, place % LINE_SPAN);
  }

  private spillReferenced(): void {
    const spill = (this.referenced = new PartitionSpill(this.temp, 'validate-data-fk-to-'));
    for (const key of this.texts) spill.write(tag(key), 0);
    this.numbers.forEach((key) => spill.write(tag(key), 0));
    this.texts.clear();
    this.numbers.release();
  }

  private spillReferencing(): void {
    const spill = (this.referencing = new PartitionSpill(this.temp, 'validate-data-fk-from-'));
    const { keys, places } = this.waiting;
    for (let index = 0; index < keys.length; index++) spill.write(tag(keys[index]!), places[index]!);
    keys.length = 0;
    places.length = 0;
  }

  private join(): JoinResult {
    const spilled = this.referenced !== undefined || this.referencing !== undefined;
    try {
      if (!this.referenced) {
        // The referenced keys fit in memory: look up what waited, then whatever went to disk.
        const { keys, places } = this.waiting;
        for (let index = 0; index < keys.length; index++) if (!this.has(keys[index]!)) this.orphanAt(keys[index]!, places[index]!);
        const referencing = this.referencing;
        if (referencing) {
          for (let partition = 0; partition < PARTITIONS; partition++) {
            referencing.scan(partition, (text, place) => {
              const key = untag(text);
              if (!this.has(key)) this.orphanAt(key, place);
            });
          }
        }
      } else {
        if (this.waiting.keys.length > 0 || !this.referencing) this.spillReferencing();
        const referenced = this.referenced;
        const referencing = this.referencing!;
        for (let partition = 0; partition < PARTITIONS; partition++) {
          const known = new Set<string>();
          referenced.scan(partition, (text) => known.add(text));
          referencing.scan(partition, (text, place) => {
            if (!known.has(text)) this.orphanAt(untag(text), place);
          });
        }
      }
    } finally {
      this.referenced?.remove();
      this.referencing?.remove();
      this.texts.clear();
      this.numbers.release();
      this.waiting.keys.length = 0;
      this.waiting.places.length = 0;
    }
    for (const share of this.sources) trim(share.samples, this.sampleLimit);
    return { values: this.values, orphans: this.sources.reduce((total, share) => total + share.orphans, 0), spilled, sources: this.sources };
  }
}

function trim(samples: Orphan[], limit: number): void {
  samples.sort((a, b) => a.line - b.line);
  samples.length = Math.min(samples.length, limit);
}
