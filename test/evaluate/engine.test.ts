/**
 * The engines under resample weights: a row counted w times must give exactly the metrics of the data
 * with that row repeated w times, since that is what a bootstrap resample is. Checked against the
 * unweighted computation on the expanded data, and ROC AUC / average precision against brute force.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { createClassificationEngine, type ClassificationData } from '../../src/evaluate/classification.ts';
import { createRegressionEngine } from '../../src/evaluate/regression.ts';
import { buildRanking, rankingAreas } from '../../src/evaluate/ranking.ts';
import { ResampleCounts, boundedDraw, evaluateWithIntervals } from '../../src/evaluate/bootstrap.ts';
import type { Engine, Weights } from '../../src/evaluate/engine.ts';

const rng = xoroshiro128plus(7);
const random = () => uniformFloat64(rng);
const randomInt = (n: number) => Math.floor(random() * n);

function expand(weights: Weights): Int32Array {
  const rows: number[] = [];
  for (const [row, w] of weights.entries()) for (let k = 0; k < w; k++) rows.push(row);
  return Int32Array.from(rows);
}

function computeAll(engine: Engine, weights: Weights | null): Float64Array {
  const out = new Float64Array(engine.slots.length);
  engine.compute(weights, out);
  return out;
}

function assertSameMetrics(engine: Engine, weighted: Float64Array, expanded: Float64Array): void {
  for (const [position, slot] of engine.slots.entries()) {
    const a = weighted[position]!;
    const b = expanded[position]!;
    if (Number.isNaN(b)) assert.ok(Number.isNaN(a), `${slot.label ?? ''} ${slot.name}: NaN expected, got ${a}`);
    else assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${slot.label ?? ''} ${slot.name}: ${a} vs ${b}`);
  }
}

/** A bootstrap resample's counts, as the bootstrap draws them. */
function randomWeights(n: number): Weights {
  return new ResampleCounts(n).draw(rng);
}

function classificationData(n: number, K: number, scores: 'single' | 'per-class'): ClassificationData {
  const truth = Int32Array.from({ length: n }, () => randomInt(K));
  const predicted = Int32Array.from(truth, (y) => (random() < 0.6 ? y : randomInt(K)));
  const labels = Array.from({ length: K }, (_, k) => `c${k}`);
  if (scores === 'single') {
    // Two decimals: plenty of tied scores.
    const values = Float64Array.from(truth, (y) => Math.round((0.3 * y + 0.7 * random()) * 100) / 100);
    return { labels, truth, predicted, positive: 1, scores: { kind: 'single', values, probabilities: true } };
  }
  const values = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = 0; k < K; k++) sum += values[i * K + k] = Math.round(random() * 10) + (k === truth[i] ? 5 : 0);
    for (let k = 0; k < K; k++) values[i * K + k]! /= sum;
  }
  return { labels, truth, predicted, positive: K === 2 ? 1 : undefined, scores: { kind: 'per-class', values } };
}

function pick(data: ClassificationData, rows: Int32Array): ClassificationData {
  const K = data.labels.length;
  const scores = data.scores!;
  return {
    ...data,
    truth: Int32Array.from(rows, (r) => data.truth[r]!),
    predicted: Int32Array.from(rows, (r) => data.predicted[r]!),
    scores:
      scores.kind === 'single'
        ? { ...scores, values: Float64Array.from(rows, (r) => scores.values[r]!) }
        : { kind: 'per-class', values: Float64Array.from({ length: rows.length * K }, (_, i) => scores.values[rows[Math.floor(i / K)]! * K + (i % K)]!) },
  };
}

for (const [K, layout, average] of [
  [2, 'single', 'binary'],
  [2, 'per-class', 'binary'],
  [4, 'per-class', 'macro'],
  [3, 'per-class', 'weighted'],
] as const) {
  test(`classification (${K} classes, ${layout} scores, ${average}): weights equal repeated rows`, () => {
    for (const zeroDivision of ['warn', '1', 'nan'] as const) {
      const data = classificationData(120, K, layout);
      const engine = createClassificationEngine(data, { average, zeroDivision });
      for (let trial = 0; trial < 5; trial++) {
        const weights = randomWeights(data.truth.length);
        const expanded = createClassificationEngine(pick(data, expand(weights)), { average, zeroDivision });
        assertSameMetrics(engine, computeAll(engine, weights), computeAll(expanded, null));
      }
    }
  });
}

test('regression: weights equal repeated rows', () => {
  const truth = Float64Array.from({ length: 150 }, (_, i) => (i < 5 ? 0 : 20 + 10 * random()));
  const predicted = Float64Array.from(truth, (y) => y + random() - 0.5);
  const engine = createRegressionEngine({ truth, predicted });
  for (let trial = 0; trial < 5; trial++) {
    const weights = randomWeights(truth.length);
    const rows = expand(weights);
    const expanded = createRegressionEngine({ truth: Float64Array.from(rows, (r) => truth[r]!), predicted: Float64Array.from(rows, (r) => predicted[r]!) });
    assertSameMetrics(engine, computeAll(engine, weights), computeAll(expanded, null));
  }
});

test('ROC AUC and average precision equal their brute-force definitions, ties included', () => {
  for (let trial = 0; trial < 20; trial++) {
    const n = 40;
    const scores = Float64Array.from({ length: n }, () => randomInt(8) / 8);
    const positive = Uint8Array.from({ length: n }, () => (random() < 0.4 ? 1 : 0));
    const weights = Int32Array.from({ length: n }, () => randomInt(3));
    let P = 0;
    let N = 0;
    for (let i = 0; i < n; i++) (positive[i] ? (P += weights[i]!) : (N += weights[i]!));
    // AUC: the share of (positive, negative) pairs ranked right, ties counting half.
    let pairs = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      if (!positive[i] || positive[j]) continue;
      pairs += weights[i]! * weights[j]! * (scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0);
    }
    // AP: Σ over thresholds (distinct scores, high to low) of (recall gain) × precision.
    const thresholds = [...new Set(scores)].sort((a, b) => b - a);
    let ap = 0;
    let previousRecall = 0;
    for (const threshold of thresholds) {
      let tp = 0;
      let fp = 0;
      for (let i = 0; i < n; i++) if (scores[i]! >= threshold) (positive[i] ? (tp += weights[i]!) : (fp += weights[i]!));
      if (tp + fp === 0) continue;
      ap += (tp / P - previousRecall) * (tp / (tp + fp));
      previousRecall = tp / P;
    }
    const ranking = buildRanking(scores, (row) => positive[row] === 1);
    const areas = rankingAreas(ranking, weights, P, N, { rocAuc: 0, averagePrecision: 0 });
    if (P === 0 || N === 0) {
      assert.ok(Number.isNaN(areas.rocAuc));
      continue;
    }
    assert.ok(Math.abs(areas.rocAuc - pairs / (P * N)) < 1e-12, `AUC ${areas.rocAuc} vs ${pairs / (P * N)}`);
    assert.ok(Math.abs(areas.averagePrecision - ap) < 1e-12, `AP ${areas.averagePrecision} vs ${ap}`);
  }
});

test('bounded draws cover [0, n) evenly and never leave it', () => {
  const draw = boundedDraw(xoroshiro128plus(3), 7);
  const counts = new Array(7).fill(0);
  for (let i = 0; i < 70_000; i++) counts[draw()]++;
  for (const count of counts) assert.ok(Math.abs(count - 10_000) < 500, `counts ${counts}`);
  assert.throws(() => boundedDraw(xoroshiro128plus(3), 0), RangeError);
});

test('intervals: the same seed gives the same intervals, another seed others; a baseline identical to the candidate differs by exactly 0', () => {
  const data = classificationData(200, 2, 'single');
  const engine = () => createClassificationEngine(data, { average: 'binary', zeroDivision: 'warn' });
  const settings = { resamples: 300, confidence: 0.9, seed: 11 };
  const first = evaluateWithIntervals(engine(), engine(), settings);
  const again = evaluateWithIntervals(engine(), engine(), settings);
  const other = evaluateWithIntervals(engine(), undefined, { ...settings, seed: 12 });
  assert.deepEqual(first.candidate.intervals, again.candidate.intervals);
  assert.notDeepEqual(first.candidate.intervals, other.candidate.intervals);
  const accuracy = engine().slots.findIndex((slot) => slot.name === 'accuracy');
  const [low, high] = first.candidate.intervals[accuracy]!;
  assert.ok(low < first.candidate.values[accuracy]! && first.candidate.values[accuracy]! < high);
  // Same resample indices for both: every paired difference is 0, though each interval alone is wide.
  for (const [position, slot] of engine().slots.entries()) {
    if (!slot.interval) continue;
    assert.equal(first.differences!.values[position], 0, slot.name);
    assert.deepEqual(first.differences!.intervals[position], [0, 0], slot.name);
  }
});

test('resample counts: n draws in all; a row drawn over 255 times is counted exactly, by drawing again into wider counts', () => {
  const counts = new ResampleCounts(1000);
  const weights = counts.draw(xoroshiro128plus(5));
  assert.ok(weights instanceof Uint8Array);
  assert.equal(weights.reduce((sum, w) => sum + w, 0), 1000);
  // A generator stuck on its largest output sends every draw to the last row: 300 draws of row 299.
  const stuck = { next: () => -1, clone: () => stuck, getState: () => [0] };
  const piled = new ResampleCounts(300).draw(stuck);
  assert.ok(piled instanceof Int32Array);
  assert.equal(piled[299], 300);
  assert.equal(piled.reduce((sum, w) => sum + w, 0), 300);
  // The same seed gives the same counts.
  assert.deepEqual(new ResampleCounts(500).draw(xoroshiro128plus(9)), new ResampleCounts(500).draw(xoroshiro128plus(9)));
});
