import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NumberPlaces } from '../../src/validate-data/number-places.ts';
import { DuplicateCounter, type DuplicateResult } from '../../src/validate-data/unique.ts';

test('duplicate counts are exact when keys spill to partition files, and samples keep file order', () => {
  const inMemory = new DuplicateCounter({ memoryCap: 1_000_000, samples: 3 });
  const spilling = new DuplicateCounter({ memoryCap: 50, samples: 3 });
  for (let line = 1; line <= 5000; line++) {
    // Every 7th line repeats the key of the line 100 before it; keys hold tabs and newlines too.
    const key = line % 7 === 0 && line > 100 ? `k\t${line - 100}\n` : `k\t${line}\n`;
    inMemory.add(key, line);
    spilling.add(key, line);
  }
  const a = inMemory.finish();
  const b = spilling.finish();
  assert.equal(a.spilled, false);
  assert.equal(b.spilled, true);
  assert.equal(b.duplicates, a.duplicates);
  assert.ok(a.duplicates > 600);
  assert.deepEqual(b.samples, a.samples);
  assert.deepEqual(a.samples.map((s) => s.line), [105, 112, 119]);
  assert.equal(b.values, 5000);
});

test('a counter shared by several files counts each duplicate in the later file and names the first place, spilled or not', () => {
  for (const memoryCap of [1_000_000, 3]) {
    const counter = new DuplicateCounter({ memoryCap, samples: 5 });
    ['a', 'b', 'c', 'd'].forEach((key, index) => counter.add(key, index + 2, 0));
    ['e', 'b', 'f', 'a'].forEach((key, index) => counter.add(key, index + 2, 1));
    const result = counter.finish();
    assert.equal(result.duplicates, 2);
    assert.deepEqual(result.sources.map((s) => s.duplicates), [0, 2]);
    assert.deepEqual(result.sources[1]!.samples.map((s) => [s.key, s.line, s.first]), [['b', 3, { line: 3, source: 0 }], ['a', 5, { line: 2, source: 0 }]]);
    assert.equal(counter.finish(), result);
  }
});

test('a counter discarded before its count removes its spill files, and discarding again does nothing', () => {
  const temp = mkdtempSync(join(tmpdir(), 'unique-discard-'));
  try {
    const counter = new DuplicateCounter({ memoryCap: 3, samples: 1, temp });
    for (let line = 1; line <= 100; line++) counter.add(`k${line}`, line);
    assert.equal(readdirSync(temp).length, 1);
    counter.discard();
    assert.deepEqual(readdirSync(temp), []);
    counter.discard();
    assert.deepEqual(readdirSync(temp), []);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});

test('texts of every kind and numbers keep their identity through the spill files, long keys included', () => {
  const keys: Array<string | number> = ['', 'é', 'Ā', 'a\ud800', '😀', 'a\tb\nc\\', 7, '7', 0, 1.5, -1e300, 'x'.repeat(100_000), 'ü'.repeat(700_000), 'y'.repeat(3_000_000)];
  const results = [1_000_000, 1].map((memoryCap) => {
    const counter = new DuplicateCounter({ memoryCap, samples: 20 });
    let line = 1;
    for (const key of keys) counter.add(key, line++);
    for (let filler = 0; filler < 1000; filler++) counter.add(`filler ${filler}`, line++);
    // -0 is the same key as 0.
    for (const key of [...keys].reverse()) counter.add(key === 0 ? -0 : key, line++);
    return counter.finish();
  });
  const [inMemory, spilled] = results as [DuplicateResult, DuplicateResult];
  assert.equal(inMemory.spilled, false);
  assert.equal(spilled.spilled, true);
  assert.equal(spilled.duplicates, keys.length);
  assert.deepEqual(spilled.samples, inMemory.samples);
  assert.deepEqual(new Set(spilled.samples.map((sample) => sample.key)), new Set(keys.map(String)));
  // The number 7 and the text "7" are different keys: each is a duplicate of its own first occurrence.
  assert.deepEqual(spilled.samples.filter((sample) => sample.key === '7').map((sample) => sample.first.line).sort(), [7, 8]);
});

test('a budget in bytes keeps keys in memory below it and spills past it; a partition too large for it is split again, still exact', () => {
  const small = new DuplicateCounter({ memoryBytes: 1 << 20, samples: 5 });
  for (let line = 1; line <= 2000; line++) small.add(`key ${line}`, line);
  assert.equal(small.finish().spilled, false);

  // 60,000 keys spill about 25 KB into each of the 64 partitions, above the 16 KB a 64 KB budget counts at once.
  const budgets = [1 << 30, 64 * 1024].map((memoryBytes) => new DuplicateCounter({ memoryBytes, samples: 5 }));
  for (let line = 1; line <= 60_000; line++) {
    const source = line > 30_000 ? 1 : 0;
    // Every 10th line repeats the key of the line 25,000 before it (a key that line had, up to line 50,000);
    // lines past 30,000 are a second file.
    const key = line % 10 === 0 && line > 25_000 ? `customer-${line - 25_000}` : `customer-${line}`;
    for (const counter of budgets) counter.add(key, line, source);
  }
  // One key repeated past the last split: its partition cannot get smaller and is counted as it is.
  for (let line = 60_001; line <= 70_000; line++) for (const counter of budgets) counter.add(line % 2 ? 'same' : line, line, 1);
  const [unbounded, bounded] = budgets.map((counter) => counter.finish()) as [DuplicateResult, DuplicateResult];
  assert.equal(unbounded.spilled, false);
  assert.equal(bounded.spilled, true);
  assert.equal(unbounded.duplicates, 2500 + 4999);
  assert.equal(bounded.duplicates, unbounded.duplicates);
  assert.deepEqual(bounded.samples, unbounded.samples);
  assert.deepEqual(bounded.sources, unbounded.sources);
  assert.deepEqual(bounded.samples[0], { key: 'customer-10', line: 25_010, source: 0, first: { line: 10, source: 0 } });
  assert.deepEqual(bounded.sources[1]!.samples[0], { key: 'customer-5010', line: 30_010, source: 1, first: { line: 5010, source: 0 } });
});

/** Feeds the same keys to the table and to a Map (the reference): first places and sizes must agree. */
function agreesWithMap(keys: number[]): NumberPlaces {
  const table = new NumberPlaces();
  const reference = new Map<number, number>();
  for (const [index, key] of keys.entries()) {
    const place = index + 1;
    assert.equal(table.placeOrAdd(key, place), reference.get(key) ?? -1, `key ${key}`);
    if (!reference.has(key)) reference.set(key, place);
  }
  assert.equal(table.size, reference.size);
  for (const [key, place] of reference) assert.equal(table.placeOrAdd(key, -7), place, `key ${key}`);
  const listed = new Map<number, number>();
  table.forEach((key, place) => listed.set(key, place));
  assert.deepEqual(listed, new Map([...reference].map(([key, place]) => [key + 0, place])));
  return table;
}

test('the number table finds what a Map finds: counting ids, strides, negatives, fractions, huge values, repeats', () => {
  const random = (seed: number) => () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5), (seed >>> 0) / 2 ** 32);
  const next = random(7);
  const cases: Record<string, number[]> = {
    counting: Array.from({ length: 50_000 }, (_, i) => i),
    strided: Array.from({ length: 20_000 }, (_, i) => i * 4096),
    negative: Array.from({ length: 20_000 }, (_, i) => -i * 3),
    fractions: Array.from({ length: 20_000 }, (_, i) => i / 10),
    huge: Array.from({ length: 5_000 }, (_, i) => 2 ** 60 + i * 2 ** 12),
    repeats: Array.from({ length: 40_000 }, () => Math.floor(next() * 5_000)),
    zeroes: [0, -0, 0, 1, -1, -0],
    descending: Array.from({ length: 30_000 }, (_, i) => 1e12 - i),
    'ids then a stray': [...Array.from({ length: 10_000 }, (_, i) => 5_000 + i), 2 ** 40, 7.5, 5_003],
  };
  for (const [name, keys] of Object.entries(cases)) {
    const table = agreesWithMap(keys);
    // Integer ids keep their locality-keeping placement.
    if (['counting', 'strided', 'negative'].includes(name)) assert.equal(table.isScrambled, false, `${name} needs no scrambling`);
    // Close-together integers are held by direct address; anything else moves to the hash table.
    assert.equal(table.isDirect, ['counting', 'negative', 'repeats', 'zeroes', 'descending'].includes(name), `${name}: direct ${table.isDirect}`);
  }
  assert.equal(new NumberPlaces().has(-0), false);
});

test('keys that pile onto one slot switch the table to its scrambling hash, and nothing is lost', () => {
  // With 1024 slots, k * 1024 + k folds to slot 0 for every k.
  const table = agreesWithMap(Array.from({ length: 400 }, (_, k) => k * 1024 + k));
  assert.equal(table.isScrambled, true);
});
