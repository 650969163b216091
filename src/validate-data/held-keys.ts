/**
 * Keys held in memory under a budget in bytes, each with the place it first occurred: texts as bytes
 * (KeyPlaces), numbers in a table of their own (NumberPlaces, far less memory than their texts). A key
 * that would take them past the budget is refused, and the caller spills: the held keys and every key
 * after them go to partition files (spill-files.ts) by the hash of their bytes (key-bytes.ts), where
 * the number 7 and the text "7" stay as distinct as they are here.
 */
import { decodeKey, hashBytes, isNumberKey, KeyEncoder } from './key-bytes.ts';
import { KeyPlaces } from './key-places.ts';
import { NumberPlaces } from './number-places.ts';
import type { PartitionWriter } from './spill-files.ts';

/**
 * Memory for one check's keys: about a million short texts or numbers before spilling. Small enough
 * that a few such checks, the reader's garbage and Node itself fit in 512 MB together.
 */
export const DEFAULT_MEMORY_BYTES = 64 * 2 ** 20;

/** What placeOrAdd answers when holding the key would go past the budget. */
export const FULL = -2;

/** Numbers (parsed values of numeric columns) are kept as numbers; a composite key is a text. */
export type Key = string | number;

export class HeldKeys {
  private readonly texts = new KeyPlaces();
  private readonly numbers = new NumberPlaces();
  private readonly encoder = new KeyEncoder();

  get size(): number {
    return this.texts.size + this.numbers.size;
  }

  get bytes(): number {
    return this.texts.bytes + this.numbers.bytes;
  }

  /**
   * The place `key` first occurred; if it has not occurred yet, -1, and it is held from now on at
   * `place`; or FULL, holding nothing, when the tables would outgrow `budget` bytes (the arrays being
   * replaced count until they are copied, and a budget below the empty tables holds nothing).
   */
  placeOrAdd(key: Key, place: number, budget: number): number {
    if (typeof key === 'number') {
      if (this.bytes + this.numbers.growthFor(key) > budget) return FULL;
      return this.numbers.placeOrAdd(key, place);
    }
    const length = this.encoder.encode(key);
    if (this.bytes + this.texts.growthFor(length) > budget) return FULL;
    const bytes = this.encoder.bytes;
    return this.texts.placeOrAdd(bytes, 0, length, hashBytes(bytes, 0, length), place);
  }

  has(key: Key): boolean {
    if (typeof key === 'number') return this.numbers.has(key);
    const length = this.encoder.encode(key);
    const bytes = this.encoder.bytes;
    return this.texts.find(bytes, 0, length, hashBytes(bytes, 0, length)) >= 0;
  }

  /** Whether the key encoded at bytes[at…at+length] is held. */
  hasEncoded(bytes: Uint8Array, at: number, length: number): boolean {
    if (isNumberKey(bytes, at)) return this.numbers.has(decodeKey(bytes, at) as number);
    return this.texts.find(bytes, at, length, hashBytes(bytes, at, length)) >= 0;
  }

  /** Appends `key`, at `place`, to the partition its bytes' hash chooses. */
  write(writer: PartitionWriter, key: Key, place: number): void {
    const length = this.encoder.encode(key);
    writer.add(this.encoder.bytes, 0, length, place);
  }

  /** Writes every held key, at the place it first occurred, to the partitions; then holds nothing. */
  spillTo(writer: PartitionWriter): void {
    this.texts.forEach((arena, at, length, hash, place) => writer.addHashed(hash, arena, at, length, place));
    this.numbers.forEach((key, place) => this.write(writer, key, place));
    this.release();
  }

  /** Holds nothing and gives the tables' memory back. */
  release(): void {
    this.texts.release();
    this.numbers.release();
  }
}
