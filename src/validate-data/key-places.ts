/**
 * Hash tables from a key to the place it first occurred, held in typed arrays: their memory is counted
 * exactly (`bytes`), is freed as a whole, and gives the garbage collector nothing to trace, where a Map
 * of strings costs several times the texts and lets the heap grow far past what it holds.
 *
 * Both grow only when asked: `growthFor` says how many bytes the next key may need, so the caller can
 * spill to disk instead of going past its budget. A place is a non-negative number; -1 means "absent".
 */
import { HEADER_BYTES, readUint32 } from './key-bytes.ts';

const INITIAL_SLOTS = 1024;
// Offset, hash and place per slot.
const SLOT_BYTES = 4 + 4 + 8;

/** Encoded keys (see key-bytes.ts) by open addressing; the keys' bytes are copied into one arena. */
export class KeyPlaces {
  private arena = new Uint8Array(INITIAL_SLOTS * 16);
  private used = 0;
  /** Where a slot's key starts in the arena, plus one; 0 for an empty slot. */
  private offsets = new Uint32Array(INITIAL_SLOTS);
  private hashes = new Uint32Array(INITIAL_SLOTS);
  private places = new Float64Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  size = 0;

  get bytes(): number {
    return this.arena.byteLength + this.offsets.length * SLOT_BYTES;
  }

  /** Bytes that adding a key of `length` encoded bytes would newly allocate (0 when it fits). */
  growthFor(length: number): number {
    let bytes = 0;
    // Kept at most half full, so probes stay short.
    if ((this.size + 1) * 2 > this.offsets.length) bytes += this.offsets.length * 2 * SLOT_BYTES;
    if (this.used + length > this.arena.length) bytes += arenaLengthFor(this.arena.length, this.used + length);
    return bytes;
  }

  /**
   * The place the key at source[at…at+length] (its hash from hashBytes) first occurred; if it has not
   * occurred yet, -1, and the key is added at `place`.
   */
  placeOrAdd(source: Uint8Array, at: number, length: number, hash: number, place: number): number {
    if (this.growthFor(length) > 0) this.grow(length);
    const { arena, offsets, hashes, mask } = this;
    let slot = hash & mask;
    for (let stored = offsets[slot]!; stored !== 0; stored = offsets[slot]!) {
      if (hashes[slot] === hash && sameBytes(arena, stored - 1, source, at, length)) return this.places[slot]!;
      slot = (slot + 1) & mask;
    }
    const start = this.used;
    if (length < 64) for (let index = 0; index < length; index++) arena[start + index] = source[at + index]!;
    else arena.set(source.subarray(at, at + length), start);
    this.used += length;
    offsets[slot] = start + 1;
    hashes[slot] = hash;
    this.places[slot] = place;
    this.size++;
    return -1;
  }

  /** Every key with its place, in no particular order. */
  forEach(visit: (arena: Uint8Array, at: number, length: number, hash: number, place: number) => void): void {
    const { arena, offsets, hashes, places } = this;
    for (let slot = 0; slot < offsets.length; slot++) {
      const stored = offsets[slot]!;
      if (stored !== 0) visit(arena, stored - 1, HEADER_BYTES + (readUint32(arena, stored - 1) >>> 2), hashes[slot]!, places[slot]!);
    }
  }

  /** Empties the table but keeps its memory, for the next partition. */
  clear(): void {
    this.offsets.fill(0);
    this.used = 0;
    this.size = 0;
  }

  /** Empties the table and gives its memory back. */
  release(): void {
    this.arena = new Uint8Array(INITIAL_SLOTS * 16);
    this.offsets = new Uint32Array(INITIAL_SLOTS);
    this.hashes = new Uint32Array(INITIAL_SLOTS);
    this.places = new Float64Array(INITIAL_SLOTS);
    this.mask = INITIAL_SLOTS - 1;
    this.used = 0;
    this.size = 0;
  }

  private grow(length: number): void {
    if (this.used + length > this.arena.length) {
      const arena = new Uint8Array(arenaLengthFor(this.arena.length, this.used + length));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    if ((this.size + 1) * 2 <= this.offsets.length) return;
    const { offsets, hashes, places } = this;
    const slots = offsets.length * 2;
    this.offsets = new Uint32Array(slots);
    this.hashes = new Uint32Array(slots);
    this.places = new Float64Array(slots);
    this.mask = slots - 1;
    for (let old = 0; old < offsets.length; old++) {
      if (offsets[old] === 0) continue;
      let slot = hashes[old]! & this.mask;
      while (this.offsets[slot] !== 0) slot = (slot + 1) & this.mask;
      this.offsets[slot] = offsets[old]!;
      this.hashes[slot] = hashes[old]!;
      this.places[slot] = places[old]!;
    }
  }
}

function arenaLengthFor(current: number, needed: number): number {
  let length = current * 2;
  while (length < needed) length *= 2;
  return length;
}

function sameBytes(a: Uint8Array, aAt: number, b: Uint8Array, bAt: number, length: number): boolean {
  // The header holds the length, so keys of different lengths differ within the first four bytes.
  for (let index = 0; index < length; index++) if (a[aAt + index] !== b[bAt + index]) return false;
  return true;
}

/**
 * Numbers (parsed values of numeric columns) to the place they first occurred, by open addressing:
 * a third of a Map's memory and several times its speed for the numeric keys most key columns have.
 * -0 is stored as 0, as a Map would treat it; keys are finite (see uniqueKey in object-validator.ts).
 */
export class NumberPlaces {
  private keys = new Float64Array(INITIAL_SLOTS);
  private places = new Float64Array(INITIAL_SLOTS);
  private used = new Uint8Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  size = 0;
  private static readonly bits = new Float64Array(1);
  private static readonly halves = new Int32Array(NumberPlaces.bits.buffer);

  get bytes(): number {
    return this.keys.length * 17;
  }

  /** Bytes that adding a number would newly allocate (0 when it fits). */
  growthFor(): number {
    return (this.size + 1) * 2 > this.keys.length ? this.keys.length * 2 * 17 : 0;
  }

  private slot(key: number): number {
    NumberPlaces.bits[0] = key;
    const mixed = Math.imul(NumberPlaces.halves[0]! ^ Math.imul(NumberPlaces.halves[1]!, 0x85ebca6b), 0x9e3779b1);
    let slot = (mixed ^ (mixed >>> 15)) & this.mask;
    while (this.used[slot] && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The place `key` first occurred; if it has not occurred yet, -1, and it is added at `place`. */
  placeOrAdd(key: number, place: number): number {
    key += 0;
    if (this.growthFor() > 0) this.grow();
    const slot = this.slot(key);
    if (this.used[slot]) return this.places[slot]!;
    this.used[slot] = 1;
    this.keys[slot] = key;
    this.places[slot] = place;
    this.size++;
    return -1;
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

  forEach(visit: (key: number, place: number) => void): void {
    for (let index = 0; index < this.keys.length; index++) if (this.used[index]) visit(this.keys[index]!, this.places[index]!);
  }

  release(): void {
    this.keys = new Float64Array(INITIAL_SLOTS);
    this.places = new Float64Array(INITIAL_SLOTS);
    this.used = new Uint8Array(INITIAL_SLOTS);
    this.mask = INITIAL_SLOTS - 1;
    this.size = 0;
  }
}
