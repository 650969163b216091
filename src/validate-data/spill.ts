/**
 * Keys spilled to disk by hash: each key goes, with a number (where it occurred), to one of 64
 * temporary partition files chosen by its hash, so equal keys always share a partition and each
 * partition can be worked on alone with a 64th of the memory. Two spills with the same partition
 * count put equal keys in partitions of the same index, so they can be joined partition by partition.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PARTITIONS = 64;
const FLUSH_BYTES = 1 << 16;

/** FNV-1a over UTF-16 code units: fast and well spread for partitioning. */
export function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

// Records are `number\tkey\n`; keys have their own backslashes, tabs and newlines escaped.
function escapeKey(key: string): string {
  return /[\\\n\t\r]/.test(key) ? key.replace(/[\\\n\t\r]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c]!) : key;
}

function unescapeKey(text: string): string {
  return text.includes('\\') ? text.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c) : text;
}

export class PartitionSpill {
  private readonly dir: string;
  private readonly files: number[];
  private readonly buffers: string[];
  private closed = false;
  /** Records written. */
  size = 0;

  constructor(temp: string | undefined, prefix: string) {
    this.dir = mkdtempSync(join(temp ?? tmpdir(), prefix));
    this.files = Array.from({ length: PARTITIONS }, (_, index) => openSync(join(this.dir, `${index}.part`), 'w'));
    this.buffers = Array.from({ length: PARTITIONS }, () => '');
  }

  write(key: string, place: number): void {
    const partition = hash(key) % PARTITIONS;
    this.size++;
    const buffer = (this.buffers[partition] += `${place}\t${escapeKey(key)}\n`);
    if (buffer.length >= FLUSH_BYTES) {
      writeSync(this.files[partition]!, buffer);
      this.buffers[partition] = '';
    }
  }

  /** Flushes and closes the files; after this, partitions can be read. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (let index = 0; index < PARTITIONS; index++) {
      if (this.buffers[index]) writeSync(this.files[index]!, this.buffers[index]!);
      this.buffers[index] = '';
      closeSync(this.files[index]!);
    }
  }

  /** Visits one partition's records in the order they were written. */
  scan(partition: number, visit: (key: string, place: number) => void): void {
    this.close();
    const text = readFileSync(join(this.dir, `${partition}.part`), 'utf8');
    let start = 0;
    while (start < text.length) {
      const tab = text.indexOf('\t', start);
      const end = text.indexOf('\n', tab);
      visit(unescapeKey(text.slice(tab + 1, end)), Number(text.slice(start, tab)));
      start = end + 1;
    }
  }

  remove(): void {
    this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
