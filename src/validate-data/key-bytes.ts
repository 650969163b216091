/**
 * Keys as bytes, so that millions of them live in typed arrays instead of the JavaScript heap (whose
 * garbage collector lets a heap grow to several times what it holds), and go to disk and come back
 * without escaping or parsing.
 *
 * An encoded key is a 4-byte little-endian header (content length × 4 + kind) and its content: a text
 * whose code units all fit in a byte as one byte each, any other text as its UTF-16 code units (two
 * bytes each, little-endian), a number as its 8 IEEE 754 bytes. Every key has exactly one encoding, so
 * two keys are equal exactly when their bytes are; the number 7 and the text "7" differ.
 */

const NARROW = 0;
const WIDE = 1;
const NUMBER = 2;
export const HEADER_BYTES = 4;

const number = new Float64Array(1);
const numberBytes = new Uint8Array(number.buffer);

/** The most bytes `key` can take encoded. */
export function maxEncodedLength(key: string | number): number {
  return HEADER_BYTES + (typeof key === 'number' ? 8 : key.length * 2);
}

/** Writes `key` at target[at…], which must have maxEncodedLength(key) bytes of room; returns the bytes written. */
export function encodeKey(key: string | number, target: Uint8Array, at: number): number {
  const start = at + HEADER_BYTES;
  let content: number;
  let kind: number;
  if (typeof key === 'number') {
    // -0 becomes 0, as a Map would treat it.
    number[0] = key + 0;
    for (let index = 0; index < 8; index++) target[start + index] = numberBytes[index]!;
    content = 8;
    kind = NUMBER;
  } else {
    const length = key.length;
    let index = 0;
    for (; index < length; index++) {
      const code = key.charCodeAt(index);
      if (code > 0xff) break;
      target[start + index] = code;
    }
    if (index === length) {
      content = length;
      kind = NARROW;
    } else {
      for (index = 0; index < length; index++) {
        const code = key.charCodeAt(index);
        target[start + 2 * index] = code & 0xff;
        target[start + 2 * index + 1] = code >>> 8;
      }
      content = 2 * length;
      kind = WIDE;
    }
  }
  writeUint32(target, at, content * 4 + kind);
  return HEADER_BYTES + content;
}

/** Encodes keys one at a time into a buffer reused from key to key. */
export class KeyEncoder {
  bytes = new Uint8Array(256);

  /** Writes `key` at the start of `bytes` (replaced by a larger buffer when it does not fit); returns its length. */
  encode(key: string | number): number {
    const needed = maxEncodedLength(key);
    if (needed > this.bytes.length) this.bytes = new Uint8Array(grownLength(this.bytes.length, needed));
    return encodeKey(key, this.bytes, 0);
  }
}

/** The length, header included, of the key encoded at source[at…]. */
export function encodedLength(source: Uint8Array, at: number): number {
  return HEADER_BYTES + (readUint32(source, at) >>> 2);
}

export function isNumberKey(source: Uint8Array, at: number): boolean {
  return (source[at]! & 3) === NUMBER;
}

export function decodeKey(source: Uint8Array, at: number): string | number {
  const header = readUint32(source, at);
  const start = at + HEADER_BYTES;
  const content = header >>> 2;
  switch (header & 3) {
    case NUMBER:
      for (let index = 0; index < 8; index++) numberBytes[index] = source[start + index]!;
      return number[0]!;
    case WIDE:
      return Buffer.from(source.buffer, source.byteOffset + start, content).toString('utf16le');
    default:
      return Buffer.from(source.buffer, source.byteOffset + start, content).toString('latin1');
  }
}

/** Copies source[at…at+length] to target[to…]: byte by byte when short, where that beats `set`. */
export function copyBytes(source: Uint8Array, at: number, length: number, target: Uint8Array, to: number): void {
  if (length < 64) for (let index = 0; index < length; index++) target[to + index] = source[at + index]!;
  else target.set(source.subarray(at, at + length), to);
}

/** The length a growing buffer of `current` bytes doubles to so that `needed` bytes fit. */
export function grownLength(current: number, needed: number): number {
  let length = Math.max(current * 2, 1 << 12);
  while (length < needed) length *= 2;
  return length;
}

export function readUint32(source: Uint8Array, at: number): number {
  return (source[at]! | (source[at + 1]! << 8) | (source[at + 2]! << 16) | (source[at + 3]! << 24)) >>> 0;
}

export function writeUint32(target: Uint8Array, at: number, value: number): void {
  target[at] = value & 0xff;
  target[at + 1] = (value >>> 8) & 0xff;
  target[at + 2] = (value >>> 16) & 0xff;
  target[at + 3] = value >>> 24;
}

/**
 * FNV-1a over the bytes, then MurmurHash3's finaliser so that every bit of the result depends on every
 * byte: the top bits choose a spill partition, the low bits a table slot. A different seed gives an
 * independent hash, for splitting a partition again.
 */
export function hashBytes(source: Uint8Array, at: number, length: number, seed = 0x811c9dc5): number {
  let value = seed;
  const end = at + length;
  for (let index = at; index < end; index++) value = Math.imul(value ^ source[index]!, 0x01000193);
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  value ^= value >>> 16;
  return value >>> 0;
}
