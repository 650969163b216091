/**
 * Exact duplicate counting in bounded memory. Keys live in a Set until it holds `memoryCap` keys;
 * past that, every key (those already seen first, in order) is appended to one of 64 temporary
 * partition files by hash, and each partition is counted on its own at the end. Equal keys always
 * land in the same partition, so the count stays exact.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NumberSet } from './number-set.ts';

export interface DuplicateSample {
  key: string;
  line: number;
}

/** Numbers (parsed values of numeric columns) are kept as numbers: far less memory than their texts. */
export type DuplicateKey = string | number;

export interface DuplicateResult {
  /** Values seen (non-null). */
  values: number;
  /** Occurrences beyond the first of each distinct value. */
  duplicates: number;
  /** The first duplicates in file order, up to the sample limit. */
  samples: DuplicateSample[];
  spilled: boolean;
}

const PARTITIONS = 64;
const FLUSH_BYTES = 1 << 16;

/** FNV-1a over UTF-16 code units: fast and well spread for partitioning. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

// Keys and line numbers are written as `line\tkey\n`; keys have their own backslashes, tabs and newlines escaped.
function escapeKey(key: string): string {
  return /[\\\n\t\r]/.test(key) ? key.replace(/[\\\n\t\r]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c]!) : key;
}

function unescapeKey(text: string): string {
  return text.includes('\\') ? text.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c) : text;
}

export class DuplicateCounter {
  /** Text keys; numbers live in `numbers`, so 7 and "7" stay distinct as they would in one Set. */
  private readonly seen = new Set<string>();
  private readonly numbers = new NumberSet();
  private readonly samples: DuplicateSample[] = [];
  private values = 0;
  private duplicates = 0;
  private spillDir?: string;
  private files?: number[];
  private buffers?: string[];
  private readonly memoryCap: number;
  private readonly sampleLimit: number;
  private readonly temp: string;

  constructor(options: { memoryCap: number; samples: number; temp?: string }) {
    this.memoryCap = options.memoryCap;
    this.sampleLimit = options.samples;
    this.temp = options.temp ?? tmpdir();
  }

  add(key: DuplicateKey, line: number): void {
    this.values++;
    if (this.buffers) {
      this.write(String(key), line);
      return;
    }
    if (typeof key === 'number' ? !this.numbers.add(key) : !this.addText(key)) {
      this.duplicates++;
      if (this.samples.length < this.sampleLimit) this.samples.push({ key: String(key), line });
      return;
    }
    if (this.seen.size + this.numbers.size >= this.memoryCap) this.spill();
  }

  private addText(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  private spill(): void {
    this.spillDir = mkdtempSync(join(this.temp, 'validate-data-unique-'));
    this.files = Array.from({ length: PARTITIONS }, (_, index) => openSync(join(this.spillDir!, `${index}.part`), 'w'));
    this.buffers = Array.from({ length: PARTITIONS }, () => '');
    // Keys seen so far go first (line 0: a first occurrence, never a duplicate of a later one).
    for (const key of this.seen) this.write(key, 0);
    for (const key of this.numbers.values()) this.write(String(key), 0);
    this.seen.clear();
    this.numbers.clear();
  }

  private write(key: string, line: number): void {
    const partition = hash(key) % PARTITIONS;
    const buffer = (this.buffers![partition] += `${line}\t${escapeKey(key)}\n`);
    if (buffer.length >= FLUSH_BYTES) {
      writeSync(this.files![partition]!, buffer);
      this.buffers![partition] = '';
    }
  }

  finish(): DuplicateResult {
    if (!this.buffers) {
      this.seen.clear();
      this.numbers.clear();
      return { values: this.values, duplicates: this.duplicates, samples: this.samples, spilled: false };
    }
    try {
      for (let index = 0; index < PARTITIONS; index++) {
        if (this.buffers[index]) writeSync(this.files![index]!, this.buffers[index]!);
        closeSync(this.files![index]!);
      }
      const samples = [...this.samples];
      let duplicates = this.duplicates;
      for (let index = 0; index < PARTITIONS; index++) {
        const seen = new Set<string>();
        const text = readFileSync(join(this.spillDir!, `${index}.part`), 'utf8');
        let start = 0;
        while (start < text.length) {
          const tab = text.indexOf('\t', start);
          const end = text.indexOf('\n', tab);
          const key = unescapeKey(text.slice(tab + 1, end));
          if (seen.has(key)) {
            duplicates++;
            samples.push({ key, line: Number(text.slice(start, tab)) });
            if (samples.length > 4 * this.sampleLimit + 16) trimSamples(samples, this.sampleLimit);
          } else {
            seen.add(key);
          }
          start = end + 1;
        }
        trimSamples(samples, this.sampleLimit);
      }
      return { values: this.values, duplicates, samples, spilled: true };
    } finally {
      rmSync(this.spillDir!, { recursive: true, force: true });
      this.buffers = undefined;
    }
  }
}

/** Keeps memory flat: only the earliest samples survive. */
function trimSamples(samples: DuplicateSample[], limit: number): void {
  samples.sort((a, b) => a.line - b.line);
  samples.length = Math.min(samples.length, limit);
}
