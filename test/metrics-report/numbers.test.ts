import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDelta, formatDuration, formatNumber, formatPair, formatPercent, plain } from '../../src/metrics-report/numbers.ts';

test('values get four significant digits, integers stay whole, extremes get an exponent', () => {
  assert.equal(formatNumber(0.912345), '0.9123');
  assert.equal(formatNumber(123.456), '123.5');
  assert.equal(formatNumber(12345.67), '12346');
  assert.equal(formatNumber(150), '150');
  assert.equal(formatNumber(0.00001234), '1.234e-5');
  assert.equal(formatNumber(-0.5), '-0.5');
  assert.equal(formatNumber(Number.NaN), 'NaN');
});

test('a pair gets as many digits as it takes to tell the values apart', () => {
  assert.deepEqual(formatPair(0.91234, 0.91251), ['0.9123', '0.9125']);
  assert.deepEqual(formatPair(0.912341, 0.912349), ['0.91234', '0.91235']);
  assert.deepEqual(formatPair(0.5, 0.5), ['0.5', '0.5']);
});

test('changes carry their sign; percentages scale their decimals', () => {
  assert.equal(formatDelta(0.0219), '+0.0219');
  assert.equal(formatDelta(-0.02194), '-0.0219');
  assert.equal(formatDelta(0), '0');
  assert.equal(formatPercent(2.071), '+2.1%');
  assert.equal(formatPercent(-0.1912), '-0.19%');
  assert.equal(formatPercent(12.34), '+12.3%');
  assert.equal(formatPercent(150.4), '+150%');
  assert.equal(formatPercent(undefined), 'n/a');
});

test('durations read like a clock, decimals never use an exponent', () => {
  assert.equal(formatDuration(252), '4m 12s');
  assert.equal(formatDuration(3725), '1h 02m');
  assert.equal(formatDuration(9.6), '10s');
  assert.equal(plain(1e-7), '0.0000001');
  assert.equal(plain(0.25), '0.25');
});
