/**
 * A numeric column's distribution as the drift statistics need it: its CDF just before and at any
 * point, and the points where it changes. Exact (distinct values with counts) when they are few or
 * the data is small; otherwise 1,001 quantiles with straight lines between them, which bounds the
 * error of any CDF-based statistic by 0.001.
 */

export interface NumericDistribution {
  /** Values behind it (the real count, even when summarised). */
  n: number;
  /** F(x) = P(X ≤ x). */
  cdf(x: number): number;
  /** F(x−) = P(X < x). */
  cdfBefore(x: number): number;
  /** Points where F jumps or bends, ascending. */
  knots: number[];
  /** Whether F is a step function (constant between knots) or linear between them. */
  steps: boolean;
}

/** First index whose value is > x (values ascending). */
function upperBound(values: ArrayLike<number>, x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** First index whose value is ≥ x. */
function lowerBound(values: ArrayLike<number>, x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class ExactDistribution implements NumericDistribution {
  readonly knots: number[];
  readonly steps = true;
  readonly n: number;
  /** cumulative[i] = how many values are ≤ knots[i]. */
  private readonly cumulative: number[];

  constructor(values: number[], counts: number[]) {
    this.knots = values;
    this.cumulative = [];
    let total = 0;
    for (const count of counts) this.cumulative.push((total += count));
    this.n = total;
  }

  static fromSorted(sorted: ArrayLike<number>): ExactDistribution {
    const values: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const value = sorted[i]!;
      if (values.length > 0 && values[values.length - 1] === value) counts[counts.length - 1]!++;
      else {
        values.push(value);
        counts.push(1);
      }
    }
    return new ExactDistribution(values, counts);
  }

  cdf(x: number): number {
    const index = upperBound(this.knots, x);
    return index === 0 ? 0 : this.cumulative[index - 1]! / this.n;
  }

  cdfBefore(x: number): number {
    const index = lowerBound(this.knots, x);
    return index === 0 ? 0 : this.cumulative[index - 1]! / this.n;
  }

  counts(): number[] {
    return this.cumulative.map((total, i) => total - (i === 0 ? 0 : this.cumulative[i - 1]!));
  }
}

/** Quantiles at probabilities 0, 1/(k−1), …, 1, joined by straight lines. */
export class QuantileDistribution implements NumericDistribution {
  readonly knots: number[];
  readonly steps = false;
  readonly n: number;
  private readonly step: number;

  constructor(quantiles: number[], n: number) {
    this.knots = quantiles;
    this.n = n;
    this.step = 1 / (quantiles.length - 1);
  }

  cdf(x: number): number {
    const q = this.knots;
    if (x < q[0]!) return 0;
    if (x >= q[q.length - 1]!) return 1;
    const index = upperBound(q, x) - 1;
    const low = q[index]!;
    const high = q[index + 1]!;
    return Math.min(1, (index + (high > low ? (x - low) / (high - low) : 1)) * this.step);
  }

  cdfBefore(x: number): number {
    const q = this.knots;
    if (x <= q[0]!) return 0;
    if (x > q[q.length - 1]!) return 1;
    // Where several quantiles share a value, F jumps there; just before it, take the lowest of them.
    const index = lowerBound(q, x);
    const low = q[index - 1]!;
    const high = q[index]!;
    return Math.min(1, (index - 1 + (high > low ? (x - low) / (high - low) : 0)) * this.step);
  }
}

/** NumPy's default (linear) quantiles of sorted values at `points` evenly spaced probabilities. */
export function quantilesOf(sorted: ArrayLike<number>, points: number): number[] {
  const result: number[] = [];
  const last = sorted.length - 1;
  for (let i = 0; i < points; i++) {
    const position = (last * i) / (points - 1);
    const below = Math.floor(position);
    const above = Math.min(last, below + 1);
    result.push(sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below));
  }
  return result;
}

/** sup |F − G|, checked at every knot of either, from both sides. */
export function ksStatistic(f: NumericDistribution, g: NumericDistribution): number {
  let d = 0;
  for (const knots of [f.knots, g.knots]) {
    for (const x of knots) {
      const at = Math.abs(f.cdf(x) - g.cdf(x));
      const before = Math.abs(f.cdfBefore(x) - g.cdfBefore(x));
      if (at > d) d = at;
      if (before > d) d = before;
    }
  }
  return d;
}

/** ∫|F − G| dx over the merged knots; on each piece both CDFs are constant or linear. */
export function wassersteinDistance(f: NumericDistribution, g: NumericDistribution): number {
  const points = [...new Set([...f.knots, ...g.knots])].sort((a, b) => a - b);
  let total = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const width = b - a;
    if (width <= 0) continue;
    // Values at the left end (just after a) and the right end (just before b).
    const left = f.cdf(a) - g.cdf(a);
    const right = f.cdfBefore(b) - g.cdfBefore(b);
    const linear = !f.steps || !g.steps;
    if (!linear) {
      total += Math.abs(left) * width;
    } else if (left * right >= 0) {
      total += ((Math.abs(left) + Math.abs(right)) / 2) * width;
    } else {
      // The difference crosses zero inside the piece: two triangles.
      const cross = (Math.abs(left) / (Math.abs(left) + Math.abs(right))) * width;
      total += (Math.abs(left) * cross) / 2 + (Math.abs(right) * (width - cross)) / 2;
    }
  }
  return total;
}

/** Shares of the distribution in NumPy histogram bins (left-closed, the last one closed on both sides). */
export function binShares(f: NumericDistribution, edges: number[]): number[] {
  const shares: number[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const last = i + 2 === edges.length;
    const upper = last ? f.cdf(edges[i + 1]!) : f.cdfBefore(edges[i + 1]!);
    shares.push(Math.max(0, upper - f.cdfBefore(edges[i]!)));
  }
  return shares;
}
