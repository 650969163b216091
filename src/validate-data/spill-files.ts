/**
 * The partition files keys spill to. A record is the place (line, then file index, each 4 bytes
 * little-endian) and the encoded key (key-bytes.ts). Records are gathered in one preallocated buffer
 * per partition and written when it fills; they are read back a chunk at a time, so neither side holds
 * more than a few megabytes however large the files grow.
 *
 * A key's partition is chosen by the hash of its bytes, so equal keys always share a partition, and
 * two writers put equal keys in partitions of the same index: each partition can be worked on alone,
 * or joined with its namesake.
 */
import { closeSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { copyBytes, encodedLength, grownLength, hashBytes, HEADER_BYTES, readUint32, writeUint32 } from './key-bytes.ts';
import { KeyPlaces, LINE_SPAN } from './key-places.ts';

export const PARTITION_BITS = 6;
const PLACE_BYTES = 8;
const BUFFER_BYTES = 1 << 15;
const READ_BYTES = 1 << 20;
// A partition's table takes about three times its file: one larger than this share of the budget is split again.
const SPLIT_SHARE = 4;
const MAX_SPLITS = 3;
// Below this a partition's table is little larger than an empty one (key-places.ts): splitting it saves nothing, and a
// tiny budget would split every partition into thousands of files.
const MIN_SPLIT_BYTES = 1 << 14;

type RecordVisitor = (bytes: Uint8Array, at: number, length: number, place: number) => void;

/** The partition a 32-bit hash falls in, of 2^bits: its top bits, so the low bits still spread keys over a table's slots. */
function partitionOf(hash: number, bits: number): number {
  return hash >>> (32 - bits);
}

/** Bytes of buffer a writer to 2^bits partitions needs. */
export function writerBufferBytes(bits = PARTITION_BITS): number {
  return BUFFER_BYTES << bits;
}

function writePlace(target: Uint8Array, at: number, place: number): void {
  writeUint32(target, at, place % LINE_SPAN);
  writeUint32(target, at + 4, Math.floor(place / LINE_SPAN));
}

/** Visits the whole records in bytes[from…to); returns where the first incomplete one starts. */
function visitRecords(bytes: Uint8Array, from: number, to: number, visit: RecordVisitor): number {
  let at = from;
  while (to - at >= PLACE_BYTES + HEADER_BYTES) {
    const length = encodedLength(bytes, at + PLACE_BYTES);
    if (to - at < PLACE_BYTES + length) break;
    visit(bytes, at + PLACE_BYTES, length, readUint32(bytes, at + 4) * LINE_SPAN + readUint32(bytes, at));
    at += PLACE_BYTES + length;
  }
  return at;
}

export class PartitionWriter {
  readonly paths: string[];
  private readonly files: number[];
  private readonly buffer: Uint8Array;
  private readonly filled: Int32Array;
  private readonly bits: number;

  /** `buffer` (writerBufferBytes(bits) long) may be one an earlier writer is done with. */
  constructor(dir: string, prefix: string, bits = PARTITION_BITS, buffer: Uint8Array = new Uint8Array(writerBufferBytes(bits))) {
    const partitions = 1 << bits;
    this.bits = bits;
    this.buffer = buffer;
    this.filled = new Int32Array(partitions);
    this.paths = Array.from({ length: partitions }, (_, index) => join(dir, `${prefix}${index}.part`));
    this.files = [];
    try {
      for (const path of this.paths) this.files.push(openSync(path, 'w'));
    } catch (error) {
      for (const file of this.files) closeSync(file);
      throw error;
    }
  }

  /** Appends the encoded key at source[at…at+length], first seen at `place`, to the partition its hash chooses. */
  add(source: Uint8Array, at: number, length: number, place: number): void {
    this.addHashed(hashBytes(source, at, length), source, at, length, place);
  }

  /** As add, for a key whose hash is known already: hashBytes's, or a split's own seeded one. */
  addHashed(hash: number, source: Uint8Array, at: number, length: number, place: number): void {
    this.write(partitionOf(hash, this.bits), source, at, length, place);
  }

  /** Appends the encoded key at source[at…at+length], first seen at `place`, to a partition. */
  private write(partition: number, source: Uint8Array, at: number, length: number, place: number): void {
    const size = PLACE_BYTES + length;
    if (this.filled[partition]! + size > BUFFER_BYTES) this.flush(partition);
    const start = partition * BUFFER_BYTES + this.filled[partition]!;
    writePlace(this.buffer, start, place);
    if (size > BUFFER_BYTES) {
      // A key longer than the buffer goes straight to the file, after its place.
      writeSync(this.files[partition]!, this.buffer, start, PLACE_BYTES);
      writeSync(this.files[partition]!, source, at, length);
      return;
    }
    copyBytes(source, at, length, this.buffer, start + PLACE_BYTES);
    this.filled[partition] = this.filled[partition]! + size;
  }

  private flush(partition: number): void {
    if (this.filled[partition] === 0) return;
    writeSync(this.files[partition]!, this.buffer, partition * BUFFER_BYTES, this.filled[partition]!);
    this.filled[partition] = 0;
  }

  /** Writes what is buffered and closes every file; after a failed write too, so no descriptor leaks. Closing twice does nothing. */
  close(): void {
    try {
      if (this.files.length > 0) for (let partition = 0; partition < this.filled.length; partition++) this.flush(partition);
    } finally {
      for (const file of this.files.splice(0)) closeSync(file);
    }
  }
}

/** Reads partition files a chunk at a time, one chunk for every file it reads. */
export class PartitionReader {
  private chunk = new Uint8Array(READ_BYTES);

  /**
   * Visits every record of a partition file in order. The bytes handed over are only valid during the
   * call: the chunk is reused for the next part of the file.
   */
  read(path: string, visit: RecordVisitor): void {
    const file = openSync(path, 'r');
    try {
      this.readFile(file, path, visit);
    } finally {
      closeSync(file);
    }
  }

  private readFile(file: number, path: string, visit: RecordVisitor): void {
    let chunk = this.chunk;
    let filled = 0;
    for (;;) {
      const read = readSync(file, chunk, filled, chunk.length - filled, null);
      filled += read;
      const at = visitRecords(chunk, 0, filled, visit);
      const rest = filled - at;
      if (read === 0) {
        if (rest !== 0) throw new Error(`${path} ends inside a record`);
        return;
      }
      // The incomplete record moves to the front, into a larger chunk when it would not fit.
      const needed = rest >= PLACE_BYTES + HEADER_BYTES ? PLACE_BYTES + encodedLength(chunk, at + PLACE_BYTES) : PLACE_BYTES + HEADER_BYTES;
      if (needed > chunk.length) {
        const larger = new Uint8Array(Math.max(needed, chunk.length * 2));
        larger.set(chunk.subarray(at, filled));
        chunk = this.chunk = larger;
      } else {
        chunk.copyWithin(0, at, filled);
      }
      filled = rest;
    }
  }
}

/** Records as the partition files hold them, gathered in memory for keys that may never have to go to disk. */
export class RecordBuffer {
  private buffer = new Uint8Array(0);
  private filled = 0;

  get bytes(): number {
    return this.buffer.byteLength;
  }

  /** Bytes that adding a key of `length` encoded bytes would newly allocate (0 when it fits). */
  growthFor(length: number): number {
    const needed = this.filled + PLACE_BYTES + length;
    return needed > this.buffer.length ? grownLength(this.buffer.length, needed) : 0;
  }

  add(source: Uint8Array, at: number, length: number, place: number): void {
    const growth = this.growthFor(length);
    if (growth > 0) {
      const buffer = new Uint8Array(growth);
      buffer.set(this.buffer.subarray(0, this.filled));
      this.buffer = buffer;
    }
    writePlace(this.buffer, this.filled, place);
    copyBytes(source, at, length, this.buffer, this.filled + PLACE_BYTES);
    this.filled += PLACE_BYTES + length;
  }

  /** Visits the records in the order they were added. */
  forEach(visit: RecordVisitor): void {
    visitRecords(this.buffer, 0, this.filled, visit);
  }

  /** Empties the buffer and gives its memory back. */
  release(): void {
    this.buffer = new Uint8Array(0);
    this.filled = 0;
  }
}

/**
 * The bits to split a partition file by so that a table of its keys fits in `memoryBytes`; 0 when it
 * fits already, or when it has been split as often as is worth it (one key repeated cannot be split).
 */
export function splitBitsFor(path: string, memoryBytes: number, splits: number): number {
  const size = statSync(path).size;
  const limit = Math.max(memoryBytes / SPLIT_SHARE, MIN_SPLIT_BYTES);
  return size > limit && splits < MAX_SPLITS ? Math.min(PARTITION_BITS, Math.ceil(Math.log2(size / limit))) : 0;
}

/** What working through partition files one after another reuses: a table for one partition's keys, the reader, and a split's buffer. */
export class PartitionPass {
  readonly table = new KeyPlaces();
  readonly reader = new PartitionReader();
  private splitBuffer?: Uint8Array;

  /**
   * Splits a partition file in 2^bits by a hash independent of the one that made it, keeping its
   * records' order; the file is removed and the parts' paths returned. Split number `split` names the
   * parts and seeds the hash, so two files split under the same number put equal keys in parts of the
   * same index.
   */
  split(path: string, split: number, bits: number, name = ''): string[] {
    this.splitBuffer ??= new Uint8Array(writerBufferBytes());
    const writer = new PartitionWriter(dirname(path), `${split}-${name}`, bits, this.splitBuffer);
    const seed = 0x9e3779b9 + split;
    try {
      this.reader.read(path, (bytes, at, length, place) => writer.addHashed(hashBytes(bytes, at, length, seed), bytes, at, length, place));
    } finally {
      writer.close();
    }
    rmSync(path);
    return writer.paths;
  }
}
