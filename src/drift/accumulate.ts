/**
 * One pass over a column, in bounded memory: numeric values go into a sample that keeps every value
 * up to a cap and then thins itself evenly (every 2nd, 4th, … value: deterministic, no random
 * draws), and texts into category counts up to a cap of distinct values.
 */
import { isMissingValue } from '../validate-data/values.ts';

export const DEFAULT_SAMPLE_CAP = 1_000_000;
export const CATEGORY_CAP = 10_000;

export interface ColumnSummary {
  /** Non-missing values seen. */
  count: number;
  missing: number;
  /** Values that read as numbers, and those that did not. */
  numeric: number;
  nonNumeric: number;
  min: number;
  max: number;
  /** Running mean and sum of squared deviations (Welford), for the population standard deviation. */
  mean: number;
  m2: number;
  /** Evenly thinned numeric values, in arrival order. */
  sample: Float64Array;
  /** Every `stride`-th numeric value is in the sample. */
  stride: number;
  categories: Map<string, number>;
  /** Values in categories past the cap. */
  otherCategories: number;
}

function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return undefined;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') {
    const code = value.charCodeAt(0);
    if (!((code >= 48 && code <= 57) || code === 45 || code === 43 || code === 46)) return undefined;
    const number = Number(value);
    return Number.isFinite(number) && value.trim() === value ? number : undefined;
  }
  return undefined;
}

export function categoryKey(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export class ColumnAccumulator {
  private readonly cap: number;
  private readonly missingTokens: ReadonlySet<string>;
  private buffer: Float64Array;
  private length = 0;
  private stride = 1;
  private skip = 0;
  readonly summary: Omit<ColumnSummary, 'sample' | 'stride'>;

  constructor(options: { sampleCap?: number; missingTokens?: ReadonlySet<string> } = {}) {
    this.cap = Math.max(2, options.sampleCap ?? DEFAULT_SAMPLE_CAP);
    this.missingTokens = options.missingTokens ?? new Set();
    this.buffer = new Float64Array(Math.min(this.cap, 1024));
    this.summary = { count: 0, missing: 0, numeric: 0, nonNumeric: 0, min: Infinity, max: -Infinity, mean: 0, m2: 0, categories: new Map(), otherCategories: 0 };
  }

  add(value: unknown): void {
    const summary = this.summary;
    if (isMissingValue(value, this.missingTokens)) {
      summary.missing++;
      return;
    }
    summary.count++;
    const key = categoryKey(value);
    const categories = summary.categories;
    const seen = categories.get(key);
    if (seen !== undefined) categories.set(key, seen + 1);
    else if (categories.size < CATEGORY_CAP) categories.set(key, 1);
    else summary.otherCategories++;
    const number = numericValue(value);
    if (number === undefined) {
      summary.nonNumeric++;
      return;
    }
    summary.numeric++;
    if (number < summary.min) summary.min = number;
    if (number > summary.max) summary.max = number;
    const delta = number - summary.mean;
    summary.mean += delta / summary.numeric;
    summary.m2 += delta * (number - summary.mean);
    this.keep(number);
  }

  private keep(value: number): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    this.skip = this.stride - 1;
    if (this.length === this.buffer.length) {
      if (this.length < this.cap) {
        const grown = new Float64Array(Math.min(this.cap, this.length * 2));
        grown.set(this.buffer);
        this.buffer = grown;
      } else {
        // Full: keep every other value and take half as many from now on.
        for (let i = 0; i < this.length / 2; i++) this.buffer[i] = this.buffer[2 * i]!;
        this.length = Math.floor(this.length / 2);
        this.stride *= 2;
        this.skip = this.stride - 1;
        return;
      }
    }
    this.buffer[this.length++] = value;
  }

  finish(): ColumnSummary {
    return { ...this.summary, sample: this.buffer.subarray(0, this.length), stride: this.stride };
  }
}
