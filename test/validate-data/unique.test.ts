import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuplicateCounter } from '../../src/validate-data/unique.ts';

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
