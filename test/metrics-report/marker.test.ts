import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMarker, parseMarker, withMarker } from '../../src/metrics-report/marker.ts';

const marker = { key: 'model a --> <b>', sha: 'f'.repeat(40), time: '2026-05-01T10:00:00.000Z', run: '42' };

test('the marker round-trips any header without ending the HTML comment', () => {
  const line = formatMarker(marker);
  assert.equal(line.indexOf('-->'), line.length - 3, 'only the closing --> ends the comment');
  assert.doesNotMatch(line.slice(4, -3), /--|[<>\n]/);
  assert.deepEqual(parseMarker(withMarker(marker, '### Report\n')), { version: 1, ...marker });
  assert.deepEqual(parseMarker(formatMarker({ key: '', sha: '', time: marker.time, run: '' })), { version: 1, key: '', sha: '', time: marker.time, run: '' });
});

test('a quoted marker or a look-alike is not a marker', () => {
  assert.equal(parseMarker(`> ${formatMarker(marker)}\nthanks!`), undefined);
  assert.equal(parseMarker('<!-- ml-actions:metrics-report nonsense -->'), undefined);
  assert.equal(parseMarker(null), undefined);
  assert.equal(parseMarker(formatMarker(marker).replace('key=', 'key=%E0%A4%A')), undefined, 'broken %-encoding');
});
