import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, missReason, runCacheKey } from '../../src/train/cache-key.ts';

const parts = { environment: { os: 'linux' }, command: { run: 'python train.py' }, params: { 'a.b': 1, c: [1, 2] }, data: [['d.csv', 'f00']], code: 'abc' };

test('the key has one digest per part in a fixed order, and prefixes that drop parts from the end', () => {
  const { key, prefixes } = runCacheKey(parts);
  assert.match(key, /^ml-actions-train-v1(-[0-9a-f]{16}){5}$/);
  assert.equal(prefixes.length, 4);
  assert.ok(prefixes.every((prefix) => key.startsWith(prefix)));
  assert.deepEqual(prefixes.map((prefix) => prefix.split('-').length), [9, 8, 7, 6], 'the last part dropped, then the last two, …');
  assert.equal(runCacheKey({ ...parts, params: { c: [1, 2], 'a.b': 1 } }).key, key, 'key order in params does not matter');
  assert.notEqual(runCacheKey({ ...parts, params: { 'a.b': 2, c: [1, 2] } }).key, key);
  assert.equal(canonicalJson({ b: 1, a: { d: 2, c: undefined } }), '{"a":{"d":2},"b":1}');
});

test('a miss names the first part that differs from the nearest cached run', () => {
  const { key } = runCacheKey(parts);
  assert.equal(missReason(key, runCacheKey({ ...parts, data: [] }).key), 'data changed since the nearest cached run (same environment, command, params)');
  assert.equal(missReason(key, runCacheKey({ ...parts, command: { run: 'x' }, code: 'zzz' }).key), 'command changed since the nearest cached run (same environment)');
  assert.equal(missReason(key, undefined), 'no cached run shares this environment (OS, architecture, runtime versions)');
});
