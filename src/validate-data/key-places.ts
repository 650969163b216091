/**
 * A hash table from an encoded key to the place it first occurred, held in typed arrays (numbers have
 * their own, number-places.ts): its memory is counted exactly (`bytes`), is freed as a whole, and gives
 * the garbage collector nothing to trace, where a Map of strings costs several times the texts and lets
 * the heap grow far past what it holds.
 *
 * Tables grow only when asked: `growthFor` says how many bytes the next key may need, so the caller can
 * spill to disk instead of going past its budget. A place is a non-negative number; -1 means "absent".
 */
import { copyBytes, grownLength, HEADER_BYTES, readUint32 } from './key-bytes.ts';

// Where a key occurred is one number that sorts in reading order: the file's index above 32 bits, the line below.
export const LINE_SPAN = 2 ** 32;

export function placeOf(source: number, line: number): number {
  return source * LINE_SPAN + line;
}

export function lineAt(place: number): number {
  return place % LINE_SPAN;
}

export function sourceAt(place: number): number {
  return Math.floor(place / LINE_SPAN);
}

export const INITIAL_SLOTS = 1024;
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
    if (this.used + length > this.arena.length) bytes += grownLength(this.arena.length, this.used + length);
    return bytes;
  }

  /**
   * The place the key at source[at…at+length] (its hash from hashBytes) first occurred; if it has not
   * occurred yet, -1, and the key is added at `place`.
   */
  placeOrAdd(source: Uint8Array, at: number, length: number, hash: number, place: number): number {
    if (this.growthFor(length) > 0) this.grow(length);
    const slot = this.slotOf(source, at, length, hash);
    if (this.offsets[slot] !== 0) return this.places[slot]!;
    const start = this.used;
    copyBytes(source, at, length, this.arena, start);
    this.used += length;
    this.offsets[slot] = start + 1;
    this.hashes[slot] = hash;
    this.places[slot] = place;
    this.size++;
    return -1;
  }

  /** The place the key at source[at…at+length] (its hash from hashBytes) first occurred, or -1 if it has not. */
  find(source: Uint8Array, at: number, length: number, hash: number): number {
    const slot = this.slotOf(source, at, length, hash);
    return this.offsets[slot] === 0 ? -1 : this.places[slot]!;
  }

  /** The key's slot, or the empty slot where it belongs. */
  private slotOf(source: Uint8Array, at: number, length: number, hash: number): number {
    const { arena, offsets, hashes, mask } = this;
    let slot = hash & mask;
    for (let stored = offsets[slot]!; stored !== 0; stored = offsets[slot]!) {
      if (hashes[slot] === hash && sameBytes(arena, stored - 1, source, at, length)) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
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
      const arena = new Uint8Array(grownLength(this.arena.length, this.used + length));
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

function sameBytes(a: Uint8Array, aAt: number, b: Uint8Array, bAt: number, length: number): boolean {
  // The header holds the length, so keys of different lengths differ within the first four bytes.
  for (let index = 0; index < length; index++) if (a[aAt + index] !== b[bAt + index]) return false;
  return true;
}
