/**
 * Hash tables from a key to the place it first occurred, held in typed arrays: their memory is counted
 * exactly (`bytes`), is freed as a whole, and gives the garbage collector nothing to trace, where a Map
 * of strings costs several times the texts and lets the heap grow far past what it holds.
 *
 * Both grow only when asked: `growthFor` says how many bytes the next key may need, so the caller can
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

/**
 * Numbers to the place they first occurred, by open addressing over
 * one typed array of (key, place + 1) pairs: a third of a Map's memory, one cache miss per probe, and
 * a zero second half marks an empty slot. -0 is stored as 0, as a Map would treat it; keys are finite
 * (see uniqueKey in values.ts).
 *
 * Integer keys are placed by their own low bits with the high bits folded in, so ids that count up
 * fill neighbouring slots and stay in cache. Should that ever cluster (a long probe), the table
 * switches for good to a scrambling hash that spreads any pattern.
 */
class HashedNumbers {
  private entries: Float64Array;
  private mask: number;
  private bits: number;
  private scrambled = false;
  size = 0;
  private static readonly float = new Float64Array(1);
  private static readonly halves = new Int32Array(HashedNumbers.float.buffer);
  private static readonly longestProbe = 64;

  /** `slots`: a power of two, room for half as many keys before the table grows. */
  constructor(slots = INITIAL_SLOTS) {
    this.entries = new Float64Array(2 * slots);
    this.mask = slots - 1;
    this.bits = Math.log2(slots);
  }

  get bytes(): number {
    return this.entries.byteLength;
  }

  /** Whether the table has switched to the scrambling hash. */
  get isScrambled(): boolean {
    return this.scrambled;
  }

  /** Bytes that adding a number would newly allocate (0 when it fits). */
  growthFor(): number {
    // Kept at most half full, so probes stay short.
    return (this.size + 1) * 2 > this.mask + 1 ? this.entries.byteLength * 2 : 0;
  }

  private home(key: number): number {
    let mixed: number;
    if ((key | 0) === key) {
      if (!this.scrambled) {
        const high = key >>> this.bits;
        return (key ^ high ^ (high >>> this.bits)) & this.mask;
      }
      mixed = key;
    } else {
      HashedNumbers.float[0] = key;
      mixed = HashedNumbers.halves[0]! ^ Math.imul(HashedNumbers.halves[1]!, 0x9e3779b1);
    }
    // murmur3's finalizer: every input bit reaches the low bits the mask keeps.
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
    return (mixed ^ (mixed >>> 16)) & this.mask;
  }

  /** The key's slot, or the empty slot where it belongs. May rebuild the table (see `scrambled`). */
  private slot(key: number): number {
    const entries = this.entries;
    let slot = this.home(key);
    let probes = 0;
    while (entries[2 * slot + 1] !== 0 && entries[2 * slot] !== key) {
      slot = (slot + 1) & this.mask;
      if (++probes === HashedNumbers.longestProbe && !this.scrambled) {
        this.scrambled = true;
        this.rehash(this.entries.length);
        return this.slot(key);
      }
    }
    return slot;
  }

  has(key: number): boolean {
    // The probe may rebuild the table, so the slot is found before the array is read.
    const slot = this.slot(key + 0);
    return this.entries[2 * slot + 1] !== 0;
  }

  /** The place `key` first occurred; if it has not occurred yet, -1, and it is added at `place` (≥ 0). */
  placeOrAdd(key: number, place: number): number {
    key += 0;
    if (this.growthFor() > 0) this.rehash(this.entries.length * 2);
    const slot = this.slot(key);
    const entries = this.entries;
    if (entries[2 * slot + 1] !== 0) return entries[2 * slot + 1]! - 1;
    entries[2 * slot] = key;
    entries[2 * slot + 1] = place + 1;
    this.size++;
    return -1;
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

  forEach(visit: (key: number, place: number) => void): void {
    const entries = this.entries;
    for (let index = 0; index < entries.length; index += 2) if (entries[index + 1] !== 0) visit(entries[index]!, entries[index + 1]! - 1);
  }

  release(): void {
    this.entries = new Float64Array(2 * INITIAL_SLOTS);
    this.mask = INITIAL_SLOTS - 1;
    this.bits = Math.log2(INITIAL_SLOTS);
    this.scrambled = false;
    this.size = 0;
  }
}

/** Slots of a HashedNumbers table holding `count` keys (at most half full, a power of two). */
function hashedSlotsFor(count: number): number {
  let slots = INITIAL_SLOTS;
  while (count * 2 > slots) slots *= 2;
  return slots;
}

// Direct addressing stays while its array has at most this many slots per key (or the first few thousand).
const DIRECT_SPREAD = 4;
const DIRECT_FLOOR = 1 << 16;

/**
 * Numbers (parsed values of numeric columns) to the place they first occurred. Integer keys that lie
 * close together (row ids, sequence numbers: most key columns) are held by direct address, one
 * Float64Array of place + 1 indexed by key - base: no hashing, neighbouring keys in neighbouring
 * memory, and no more bytes per key than the hash table. The first key that is not an integer, or
 * that would leave the array sparse, moves every key to the hash table for good.
 */
export class NumberPlaces {
  private direct: Float64Array | undefined = new Float64Array(INITIAL_SLOTS);
  private base = 0;
  private directSize = 0;
  private hashed = new HashedNumbers();

  get size(): number {
    return this.direct ? this.directSize : this.hashed.size;
  }

  get bytes(): number {
    return this.direct ? this.direct.byteLength : this.hashed.bytes;
  }

  /** Whether keys are still held by direct address. */
  get isDirect(): boolean {
    return this.direct !== undefined;
  }

  /** Whether the hash table has switched to its scrambling hash. */
  get isScrambled(): boolean {
    return this.hashed.isScrambled;
  }

  /** Bytes that adding `key` would newly allocate (0 when it fits). */
  growthFor(key: number): number {
    if (!this.direct) return this.hashed.growthFor();
    if (this.directSize === 0 || this.directIndex(key) >= 0) return 0;
    const length = this.widenedLength(key);
    return length > 0 ? length * 8 : hashedSlotsFor(this.directSize + 1) * 16;
  }

  has(key: number): boolean {
    if (!this.direct) return this.hashed.has(key);
    const index = this.directIndex(key + 0);
    return index >= 0 && this.direct[index] !== 0;
  }

  /** The place `key` first occurred; if it has not occurred yet, -1, and it is added at `place` (≥ 0). */
  placeOrAdd(key: number, place: number): number {
    key += 0;
    if (this.direct) {
      if (this.directSize === 0 && Number.isSafeInteger(key)) this.base = key;
      let index = this.directIndex(key);
      if (index < 0) {
        if (!this.widen(key)) {
          this.toHashed();
          return this.hashed.placeOrAdd(key, place);
        }
        index = key - this.base;
      }
      const direct = this.direct!;
      const stored = direct[index]!;
      if (stored !== 0) return stored - 1;
      direct[index] = place + 1;
      this.directSize++;
      return -1;
    }
    return this.hashed.placeOrAdd(key, place);
  }

  forEach(visit: (key: number, place: number) => void): void {
    if (!this.direct) return this.hashed.forEach(visit);
    const direct = this.direct;
    for (let index = 0; index < direct.length; index++) if (direct[index] !== 0) visit(this.base + index, direct[index]! - 1);
  }

  release(): void {
    this.direct = new Float64Array(INITIAL_SLOTS);
    this.base = 0;
    this.directSize = 0;
    this.hashed = new HashedNumbers();
  }

  /** The key's slot in the direct array, or -1 when it has none there. */
  private directIndex(key: number): number {
    const index = key - this.base;
    return Number.isSafeInteger(key) && index >= 0 && index < this.direct!.length ? index : -1;
  }

  /** The length the direct array would need to take `key` too, or 0 when that would leave it sparse. */
  private widenedLength(key: number): number {
    if (!Number.isSafeInteger(key)) return 0;
    const old = this.direct!.length;
    const span = Math.max(this.base + old, key + 1) - Math.min(this.base, key);
    let length = old * 2;
    while (length < span) length *= 2;
    return length <= Math.max(DIRECT_SPREAD * (this.directSize + 1), DIRECT_FLOOR) ? length : 0;
  }

  private widen(key: number): boolean {
    const length = this.widenedLength(key);
    if (length === 0) return false;
    const old = this.direct!;
    // Growing downwards puts the old keys at the end, leaving the new room below them.
    const base = key < this.base ? this.base + old.length - length : this.base;
    const widened = new Float64Array(length);
    widened.set(old, this.base - base);
    this.direct = widened;
    this.base = base;
    return true;
  }

  private toHashed(): void {
    const direct = this.direct!;
    // Made at its final size, so the move does not grow it step by step.
    this.hashed = new HashedNumbers(hashedSlotsFor(this.directSize + 1));
    for (let index = 0; index < direct.length; index++) if (direct[index] !== 0) this.hashed.placeOrAdd(this.base + index, direct[index]! - 1);
    this.direct = undefined;
  }
}
