/**
 * Seeded percentile-bootstrap intervals. Each resample draws n row indices uniformly with replacement
 * (xoroshiro128+ from pure-rand) and turns them into per-row counts; every engine then computes all of
 * its metrics under those counts. With a baseline, both engines see the same counts in each resample,
 * so the interval of their difference is the paired one.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { quantileSorted } from 'd3-array';
import type { Engine, Weights } from './engine.ts';
import type { Interval } from '../shared/metrics.ts';

export interface BootstrapSettings {
  resamples: number;
  confidence: number;
  seed: number;
  /** Independent random stream (for slices): the generator jumps 2^64 draws ahead this many times. */
  stream?: number;
}

export interface EngineResult {
  values: Float64Array;
  reasons: Array<string | undefined>;
  intervals: Array<Interval | null>;
}

export interface PairedResult {
  candidate: EngineResult;
  baseline?: EngineResult;
  /** Candidate minus baseline for each candidate slot the baseline also has (else NaN). */
  differences?: { values: Float64Array; intervals: Array<Interval | null>; paired: Uint8Array };
}

/** An interval needs the metric defined in at least this share of resamples. */
const MIN_DEFINED_SHARE = 0.5;

export function slotKey(slot: { name: string; label?: string }): string {
  return slot.label === undefined ? slot.name : `${slot.label}\u0000${slot.name}`;
}

function percentileInterval(samples: Float64Array, slot: number, width: number, resamples: number, confidence: number): Interval | null {
  const finite: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const value = samples[b * width + slot]!;
    if (!Number.isNaN(value)) finite.push(value);
  }
  if (finite.length === 0 || finite.length < resamples * MIN_DEFINED_SHARE) return null;
  const sorted = finite.sort((a, b) => a - b);
  const alpha = (1 - confidence) / 2;
  return [quantileSorted(sorted, alpha)!, quantileSorted(sorted, 1 - alpha)!];
}

const TWO_32 = 4294967296;

/**
 * Uniform integers in [0, n) from the generator's 32-bit outputs by Lemire's multiply-and-reject method:
 * exact like pure-rand's uniformInt, without its division per draw, which dominated resampling time.
 */
export function boundedDraw(rng: RandomGenerator, n: number): () => number {
  if (!(n >= 1 && n <= TWO_32)) throw new RangeError(`cannot draw from ${n} rows`);
  const threshold = (TWO_32 - n) % n;
  return () => {
    for (;;) {
      const product = (rng.next() >>> 0) * n;
      const high = Math.floor(product / TWO_32);
      if (product - high * TWO_32 >= threshold) return high;
    }
  };
}

/**
 * One resample's counts: n draws with replacement, each adding 1 to the drawn row. Counts live in bytes,
 * which halves the time of the random writes; a row drawn more than 255 times (possible only in theory
 * for large n, always for n ≥ 256 identical draws) makes the resample be drawn again, from the same
 * generator state, into 32-bit counts, so the result is exact either way.
 */
export class ResampleCounts {
  readonly rows: number;
  private readonly bytes: Uint8Array;
  private wide: Int32Array | undefined;
  constructor(rows: number) {
    this.rows = rows;
    this.bytes = new Uint8Array(rows);
  }
  draw(rng: RandomGenerator): Weights {
    const n = this.rows;
    const start = rng.clone();
    const counts = this.bytes;
    counts.fill(0);
    const draw = boundedDraw(rng, n);
    let overflow = false;
    for (let i = 0; i < n; i++) if (++counts[draw()]! > 255) overflow = true;
    if (!overflow) return counts;
    const wide = (this.wide ??= new Int32Array(n));
    wide.fill(0);
    const again = boundedDraw(start, n);
    for (let i = 0; i < n; i++) wide[again()]!++;
    return wide;
  }
}

function pointEstimate(engine: Engine): EngineResult {
  const values = new Float64Array(engine.slots.length);
  const reasons: Array<string | undefined> = new Array(engine.slots.length).fill(undefined);
  engine.compute(null, values, reasons);
  return { values, reasons, intervals: new Array(engine.slots.length).fill(null) };
}

export function evaluateWithIntervals(candidate: Engine, baseline: Engine | undefined, settings: BootstrapSettings): PairedResult {
  const result: PairedResult = { candidate: pointEstimate(candidate) };
  const pairs: Array<[number, number]> = [];
  if (baseline) {
    if (baseline.rows !== candidate.rows) throw new Error('baseline and candidate engines must cover the same rows');
    result.baseline = pointEstimate(baseline);
    const baselineSlots = new Map(baseline.slots.map((slot, position) => [slotKey(slot), position]));
    const differences = new Float64Array(candidate.slots.length).fill(Number.NaN);
    const paired = new Uint8Array(candidate.slots.length);
    for (const [position, slot] of candidate.slots.entries()) {
      const other = baselineSlots.get(slotKey(slot));
      if (other === undefined || !slot.interval) continue;
      pairs.push([position, other]);
      paired[position] = 1;
      differences[position] = result.candidate.values[position]! - result.baseline.values[other]!;
    }
    result.differences = { values: differences, intervals: new Array(candidate.slots.length).fill(null), paired };
  }
  const B = settings.resamples;
  const n = candidate.rows;
  if (B === 0 || n === 0) return result;

  const rng = xoroshiro128plus(settings.seed | 0);
  for (let s = 0; s < (settings.stream ?? 0); s++) rng.jump();
  const counts = new ResampleCounts(n);
  const width = candidate.slots.length;
  const baseWidth = baseline?.slots.length ?? 0;
  const samples = new Float64Array(B * width);
  const baseSamples = new Float64Array(B * baseWidth);
  for (let b = 0; b < B; b++) {
    const weights = counts.draw(rng);
    candidate.compute(weights, samples.subarray(b * width, (b + 1) * width));
    baseline?.compute(weights, baseSamples.subarray(b * baseWidth, (b + 1) * baseWidth));
  }

  const fill = (engine: Engine, into: EngineResult, from: Float64Array, engineWidth: number) => {
    for (const [position, slot] of engine.slots.entries()) {
      if (!slot.interval || Number.isNaN(into.values[position]!)) continue;
      into.intervals[position] = percentileInterval(from, position, engineWidth, B, settings.confidence);
    }
  };
  fill(candidate, result.candidate, samples, width);
  if (baseline && result.baseline && result.differences) {
    fill(baseline, result.baseline, baseSamples, baseWidth);
    const deltas = new Float64Array(B);
    for (const [position, other] of pairs) {
      if (Number.isNaN(result.differences.values[position]!)) continue;
      for (let b = 0; b < B; b++) deltas[b] = samples[b * width + position]! - baseSamples[b * baseWidth + other]!;
      result.differences.intervals[position] = percentileInterval(deltas, 0, 1, B, settings.confidence);
    }
  }
  return result;
}
