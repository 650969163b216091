/**
 * Number keys (parsed values of numeric columns) to the place they first occurred: direct addressing
 * while the keys lie close together, a hash table once they do not.
 */
import { INITIAL_SLOTS } from './key-places.ts';

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
