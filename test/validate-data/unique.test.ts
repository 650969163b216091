import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuplicateCounter, NumberPlaces } from '../../src/validate-data/unique.ts';

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

/** Feeds the same keys to the table and to a Map (the reference): first places and sizes must agree. */
function agreesWithMap(keys: number[]): NumberPlaces {
  const table = new NumberPlaces();
  const reference = new Map<number, number>();
  for (const [index, key] of keys.entries()) {
    const place = index + 1;
    assert.equal(table.get(key), reference.get(key), `key ${key} before set`);
    if (reference.get(key) === undefined) {
      reference.set(key, place);
      table.set(key, place);
    }
  }
  assert.equal(table.size, reference.size);
  for (const [key, place] of reference) assert.equal(table.get(key), place, `key ${key}`);
  assert.deepEqual(new Map(table.pairs()), new Map([...reference].map(([key, place]) => [key + 0, place])));
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
  };
  for (const [name, keys] of Object.entries(cases)) {
    const table = agreesWithMap(keys);
    // Integer ids keep their locality-keeping placement.
    if (['counting', 'strided', 'negative'].includes(name)) assert.equal(table.isScrambled, false, `${name} needs no scrambling`);
  }
  assert.equal(new NumberPlaces().get(-0), undefined);
});

test('keys that pile onto one slot switch the table to its scrambling hash, and nothing is lost', () => {
  // With 1024 slots, k * 1024 + k folds to slot 0 for every k.
  const table = agreesWithMap(Array.from({ length: 400 }, (_, k) => k * 1024 + k));
  assert.equal(table.isScrambled, true);
});
