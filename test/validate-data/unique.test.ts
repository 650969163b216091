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
