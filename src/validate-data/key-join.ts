/**
 * Exact foreign-key lookup in bounded memory: which referencing keys have no equal among the
 * referenced keys. Referenced keys are held as bytes in typed arrays (held-keys.ts); referencing keys
 * are looked up at once when the referenced side is complete and in memory, and otherwise wait as
 * records in a buffer. Both share one budget in bytes. Past it, the waiting keys go to hash-partitioned
 * temporary files (spill-files.ts) first, so that the referenced keys stay in memory as long as they
 * fit; past it again, the referenced keys go too. At the end, each partition of the referenced keys is
 * loaded alone (split again when too large) and the same partition of the referencing keys is streamed
 * past it, so the answer stays exact.
 *
 * Keys are numbers (one numeric column) or texts (one text column, or a composite key as JSON); a
 * number and a text are never equal. Referencing keys carry their file's index (`source`) and line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EarliestSamples } from './earliest-samples.ts';
import { DEFAULT_MEMORY_BYTES, FULL, HeldKeys, type Key } from './held-keys.ts';
import { decodeKey, hashBytes, KeyEncoder } from './key-bytes.ts';
import { lineAt, placeOf, sourceAt } from './key-places.ts';
import { PartitionPass, PartitionReader, PartitionWriter, RecordBuffer, splitBitsFor } from './spill-files.ts';

export type JoinKey = Key;

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

interface Share {
  values: number;
  orphans: number;
  samples: EarliestSamples<Orphan>;
}

export class KeyJoin {
  /** The referenced keys while they fit in memory. */
  private readonly held = new HeldKeys();
  private sealed = false;
  /** Referencing keys that came before the referenced side was complete, while they fit in memory. */
  private readonly waiting = new RecordBuffer();
  private readonly encoder = new KeyEncoder();
  private spillDir?: string;
  private referenced?: PartitionWriter;
  private referencing?: PartitionWriter;
  private splits = 0;
  private readonly shares: Share[] = [];
  private values = 0;
  private result?: JoinResult;
  private readonly memoryBytes: number;
  private readonly sampleLimit: number;
  private readonly temp: string;

  /** `memoryBytes`: most bytes the keys in memory may take, both sides together (default DEFAULT_MEMORY_BYTES). */
  constructor(options: { memoryBytes?: number; samples: number; temp?: string }) {
    this.memoryBytes = options.memoryBytes ?? DEFAULT_MEMORY_BYTES;
    this.sampleLimit = options.samples;
    this.temp = options.temp ?? tmpdir();
  }

  addReferenced(key: JoinKey): void {
    if (this.sealed) throw new Error('referenced keys added after the referenced side was sealed');
    if (this.referenced) {
      this.held.write(this.referenced, key, 0);
      return;
    }
    if (this.held.placeOrAdd(key, 0, this.memoryBytes - this.waiting.bytes) !== FULL) return;
    // Referenced keys in memory let referencing keys be looked up as they stream past: the waiting ones make room first.
    if (this.waiting.bytes > 0) {
      this.spillWaiting();
      if (this.held.placeOrAdd(key, 0, this.memoryBytes) !== FULL) return;
    }
    this.referenced = new PartitionWriter(this.dir(), 'to-');
    this.held.spillTo(this.referenced);
    this.held.write(this.referenced, key, 0);
  }

  /** Every referenced key is in: referencing keys can be looked up as they come. */
  sealReferenced(): void {
    this.sealed = true;
  }

  addReferencing(key: JoinKey, line: number, source = 0): void {
    this.values++;
    const share = this.share(source);
    share.values++;
    const place = placeOf(source, line);
    if (this.sealed && !this.referenced) {
      if (!this.held.has(key)) this.orphan(place, () => key);
      return;
    }
    const length = this.encoder.encode(key);
    const bytes = this.encoder.bytes;
    if (!this.referencing && this.held.bytes + this.waiting.bytes + this.waiting.growthFor(length) > this.memoryBytes) this.spillWaiting();
    if (this.referencing) this.referencing.add(bytes, 0, length, place);
    else this.waiting.add(bytes, 0, length, place);
  }

  finish(): JoinResult {
    this.result ??= this.join();
    return this.result;
  }

  /** Removes what went to disk, for a join whose result is not wanted. */
  discard(): void {
    try {
      this.referenced?.close();
      this.referencing?.close();
    } finally {
      if (this.spillDir) rmSync(this.spillDir, { recursive: true, force: true });
      this.held.release();
      this.waiting.release();
    }
  }

  private share(source: number): Share {
    for (let index = this.shares.length; index <= source; index++) this.shares[index] = { values: 0, orphans: 0, samples: new EarliestSamples(this.sampleLimit) };
    return this.shares[source]!;
  }

  private orphan(place: number, key: () => JoinKey): void {
    const share = this.share(sourceAt(place));
    share.orphans++;
    if (share.samples.wants(place)) share.samples.add(place, { key: key(), line: lineAt(place) });
  }

  private dir(): string {
    this.spillDir ??= mkdtempSync(join(this.temp, 'validate-data-fk-'));
    return this.spillDir;
  }

  private spillWaiting(): void {
    const writer = (this.referencing ??= new PartitionWriter(this.dir(), 'from-'));
    this.waiting.forEach((bytes, at, length, place) => writer.add(bytes, at, length, place));
    this.waiting.release();
  }

  private join(): JoinResult {
    const spilled = this.spillDir !== undefined;
    try {
      if (!this.referenced) {
        // The referenced keys fit in memory: look up what waited, then whatever went to disk.
        const lookUp = (bytes: Uint8Array, at: number, length: number, place: number) => {
          if (!this.held.hasEncoded(bytes, at, length)) this.orphan(place, () => decodeKey(bytes, at));
        };
        this.waiting.forEach(lookUp);
        if (this.referencing) {
          this.referencing.close();
          const reader = new PartitionReader();
          for (const path of this.referencing.paths) reader.read(path, lookUp);
        }
      } else {
        this.spillWaiting();
        this.referenced.close();
        this.referencing!.close();
        const pass = new PartitionPass();
        const from = this.referencing!.paths;
        this.referenced.paths.forEach((to, partition) => this.joinPartition(to, from[partition]!, pass, 0));
      }
    } finally {
      this.discard();
    }
    return {
      values: this.values,
      orphans: this.shares.reduce((total, share) => total + share.orphans, 0),
      spilled,
      sources: this.shares.map((share) => ({ values: share.values, orphans: share.orphans, samples: share.samples.earliest() })),
    };
  }

  /** Loads one partition of the referenced keys and streams the same partition of the referencing keys past it. */
  private joinPartition(to: string, from: string, pass: PartitionPass, splits: number): void {
    const bits = splitBitsFor(to, this.memoryBytes, splits);
    if (bits > 0) {
      // Both sides split alike, so each part of one still meets its namesake in the other.
      const split = ++this.splits;
      const toParts = pass.split(to, split, bits, 'to-');
      const fromParts = pass.split(from, split, bits, 'from-');
      toParts.forEach((part, index) => this.joinPartition(part, fromParts[index]!, pass, splits + 1));
      return;
    }
    const table = pass.table;
    table.clear();
    pass.reader.read(to, (bytes, at, length) => table.placeOrAdd(bytes, at, length, hashBytes(bytes, at, length), 0));
    pass.reader.read(from, (bytes, at, length, place) => {
      if (table.find(bytes, at, length, hashBytes(bytes, at, length)) < 0) this.orphan(place, () => decodeKey(bytes, at));
    });
    rmSync(to);
    rmSync(from);
  }
}
