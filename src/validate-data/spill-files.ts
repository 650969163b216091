/**
 * The partition files keys spill to. A record is the place (line, then file index, each 4 bytes
 * little-endian) and the encoded key (key-bytes.ts). Records are gathered in one preallocated buffer
 * per partition and written when it fills; they are read back a chunk at a time, so neither side holds
 * more than a few megabytes however large the files grow.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { encodedLength, HEADER_BYTES, readUint32, writeUint32 } from './key-bytes.ts';

export const PARTITION_BITS = 6;
const PLACE_BYTES = 8;
const LINE_SPAN = 2 ** 32;
const BUFFER_BYTES = 1 << 15;
const READ_BYTES = 1 << 20;

/** The partition a 32-bit hash falls in, of 2^bits: its top bits, so the low bits still spread keys over a table's slots. */
export function partitionOf(hash: number, bits = PARTITION_BITS): number {
  return hash >>> (32 - bits);
}

/** Bytes of buffer a writer to 2^bits partitions needs. */
export function writerBufferBytes(bits = PARTITION_BITS): number {
  return BUFFER_BYTES << bits;
}

export class PartitionWriter {
  readonly paths: string[];
  private readonly files: number[];
  private readonly buffer: Uint8Array;
  private readonly filled: Int32Array;

  /** `buffer` (writerBufferBytes(bits) long) may be one an earlier writer is done with. */
  constructor(dir: string, prefix: string, bits = PARTITION_BITS, buffer: Uint8Array = new Uint8Array(writerBufferBytes(bits))) {
    const partitions = 1 << bits;
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

  /** Appends the encoded key at source[at…at+length], first seen at `place`, to a partition. */
  write(partition: number, source: Uint8Array, at: number, length: number, place: number): void {
    const size = PLACE_BYTES + length;
    if (this.filled[partition]! + size > BUFFER_BYTES) this.flush(partition);
    const start = partition * BUFFER_BYTES + this.filled[partition]!;
    const buffer = this.buffer;
    writeUint32(buffer, start, place % LINE_SPAN);
    writeUint32(buffer, start + 4, Math.floor(place / LINE_SPAN));
    if (size > BUFFER_BYTES) {
      // A key longer than the buffer goes straight to the file, after its place.
      writeSync(this.files[partition]!, buffer, start, PLACE_BYTES);
      writeSync(this.files[partition]!, source, at, length);
      return;
    }
    const keyStart = start + PLACE_BYTES;
    if (length < 64) for (let index = 0; index < length; index++) buffer[keyStart + index] = source[at + index]!;
    else buffer.set(source.subarray(at, at + length), keyStart);
    this.filled[partition] = this.filled[partition]! + size;
  }

  private flush(partition: number): void {
    if (this.filled[partition] === 0) return;
    writeSync(this.files[partition]!, this.buffer, partition * BUFFER_BYTES, this.filled[partition]!);
    this.filled[partition] = 0;
  }

  /** Writes what is buffered and closes every file; after a failed write too, so no descriptor leaks. */
  close(): void {
    try {
      for (let partition = 0; partition < this.filled.length; partition++) this.flush(partition);
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
  read(path: string, visit: (bytes: Uint8Array, at: number, length: number, place: number) => void): void {
    const file = openSync(path, 'r');
    try {
      this.readFile(file, path, visit);
    } finally {
      closeSync(file);
    }
  }

  private readFile(file: number, path: string, visit: (bytes: Uint8Array, at: number, length: number, place: number) => void): void {
    let chunk = this.chunk;
    let filled = 0;
    for (;;) {
      const read = readSync(file, chunk, filled, chunk.length - filled, null);
      filled += read;
      let at = 0;
      while (filled - at >= PLACE_BYTES + HEADER_BYTES) {
        const length = encodedLength(chunk, at + PLACE_BYTES);
        if (filled - at < PLACE_BYTES + length) break;
        visit(chunk, at + PLACE_BYTES, length, readUint32(chunk, at + 4) * LINE_SPAN + readUint32(chunk, at));
        at += PLACE_BYTES + length;
      }
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
