/**
 * A set of finite numbers in one open-addressed Float64Array: a primary key over millions of rows is
 * the hottest check, and a Set<number> pays for a hash-table entry per value and for rehashing as it
 * grows. Same membership as a Set (SameValueZero: 0 and -0 are one key); NaN is never stored (it
 * marks an empty slot), so only finite numbers may be added.
 */
const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

export class NumberSet {
  #slots = new Float64Array(1024).fill(Number.NaN);
  #mask = 1023;
  size = 0;

  /** Adds the number; false when it was already there. */
  add(key: number): boolean {
    if (key === 0) key = 0; // -0 and 0 are one key
    const slots = this.#slots;
    const mask = this.#mask;
    let index = hash(key) & mask;
    for (;;) {
      const slot = slots[index]!;
      if (slot === key) return false;
      if (slot !== slot) break;
      index = (index + 1) & mask;
    }
    slots[index] = key;
    if (++this.size * 2 > mask) this.#grow();
    return true;
  }

  *values(): IterableIterator<number> {
    for (const slot of this.#slots) if (slot === slot) yield slot;
  }

  clear(): void {
    this.#slots = new Float64Array(1024).fill(Number.NaN);
    this.#mask = 1023;
    this.size = 0;
  }

  #grow(): void {
    const old = this.#slots;
    const slots = new Float64Array(old.length * 2).fill(Number.NaN);
    const mask = slots.length - 1;
    for (const key of old) {
      if (key !== key) continue;
      let index = hash(key) & mask;
      while (slots[index] === slots[index]) index = (index + 1) & mask;
      slots[index] = key;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

function hash(key: number): number {
  if ((key | 0) === key) return Math.imul(key, 0x9e3779b1) ^ (key >>> 16);
  bits[0] = key;
  return Math.imul(words[0]! ^ Math.imul(words[1]!, 0x85ebca6b), 0x9e3779b1) >>> 0;
}
