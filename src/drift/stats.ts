/**
 * The per-column drift statistics, written to give the same numbers as Evidently's stattests (which
 * call SciPy): two-sample Kolmogorov-Smirnov, chi-square goodness of fit, two-proportion Z, normed
 * Wasserstein distance, Jensen-Shannon distance and PSI. Distributions come from @stdlib; the exact
 * two-sample KS p-value (a lattice-path count, no special function) follows SciPy's `ks_2samp`.
 */
import gammainc from '@stdlib/math-base-special-gammainc';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import pKolmogorov from '@stdlib/stats-kstest/lib/marsaglia.js';

/** SciPy's ks_2samp(method='auto') is exact up to this sample size, asymptotic above. */
const MAX_EXACT_N = 10_000;

/** Upper tail of the chi-square distribution with `df` degrees of freedom. */
export function chiSquareSf(statistic: number, df: number): number {
  if (!Number.isFinite(statistic)) return 0;
  if (statistic <= 0) return 1;
  return gammainc(statistic / 2, df / 2, true, true);
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** P(D ≥ h/n) for equal sample sizes n, as an alternating sum evaluated Horner-style (no cancellation). */
function probabilityOutsideSquare(n: number, h: number): number {
  let total = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let term = 1;
    for (let j = 0; j < h; j++) term = ((n - k * h - j) * term) / (n + k * h + j + 1);
    total = term * (1 - total);
  }
  return 2 * total;
}

/**
 * Share of monotone lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| < h/lcm(m,n),
 * by Hodges' inside method with Viehmann's recursion for 1 − p (numerically stable).
 */
function probabilityOutsideBand(m: number, n: number, g: number, h: number): number {
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const size = Math.min(2 * maxj + 2, n + 1);
  const column = new Float64Array(Math.max(size, n + 2)).fill(1);
  for (let j = minj; j < maxj; j++) column[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastMinj = minj;
    const lastLen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let value = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      value = (column[jj + minj - lastMinj]! * i + value * j) / (i + j);
      column[jj] = value;
    }
    curlen = maxj - minj;
    if (lastLen > curlen) column.fill(1, maxj - minj, maxj - minj + (lastLen - curlen));
  }
  return column[maxj - minj - 1]!;
}

/** The asymptotic Kolmogorov distribution's upper tail, for effective sizes too large for the exact CDF. */
function kolmogorovSf(x: number): number {
  if (x <= 0) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = Math.exp(-2 * k * k * x * x);
    sum += (k % 2 === 1 ? 1 : -1) * term;
    if (term < 1e-17) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/** Two-sided p-value of the two-sample KS statistic `d` for sample sizes n1, n2 (SciPy's `auto` method). */
export function ksPValue(d: number, n1: number, n2: number): number {
  if (n1 === 0 || n2 === 0) return 1;
  if (Math.max(n1, n2) <= MAX_EXACT_N) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    if (h === 0) return 1;
    const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
    if (p >= 0 && p <= 1) return p;
  }
  // Smirnov's asymptotic: the one-sample distribution at the effective size m·n/(m+n).
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = Math.round((m * n) / (m + n));
  // The exact one-sample CDF costs a (2k−1)² matrix power, k = n·d; past that, the limiting series.
  if (en * d > 700) return kolmogorovSf(Math.sqrt(en) * d);
  return Math.min(1, Math.max(0, 1 - pKolmogorov(d, en)));
}

/** Two-sided p-value of a standard normal statistic, as Evidently computes it: 2·(1 − Φ(|z|)). */
export function normalTwoSidedP(z: number): number {
  return 2 * (1 - normalCdf(Math.abs(z), 0, 1));
}

/** SciPy's `jensenshannon` (natural log): √(½·KL(p‖m) + ½·KL(q‖m)), m = (p+q)/2, after normalising p and q. */
export function jensenShannon(p: number[], q: number[]): number {
  const sumP = p.reduce((a, b) => a + b, 0);
  const sumQ = q.reduce((a, b) => a + b, 0);
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i]! / sumP;
    const b = q[i]! / sumQ;
    const m = (a + b) / 2;
    if (a > 0) divergence += a * Math.log(a / m);
    if (b > 0) divergence += b * Math.log(b / m);
  }
  return Math.sqrt(Math.max(0, divergence / 2));
}

/** Evidently's zero filling for PSI: empty shares become 0.0001, or (smallest share)/10⁶ when that is ≤ 0.0001. */
export function fillZeroes(shares: number[]): number[] {
  const positive = shares.filter((share) => share > 0);
  if (positive.length === 0) return shares;
  const smallest = Math.min(...positive);
  const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
  return shares.map((share) => (share === 0 ? fill : share));
}

/** Population Stability Index: Σ (ref − cur)·ln(ref/cur) over bin shares, zeroes filled first. */
export function psi(reference: number[], current: number[]): number {
  const ref = fillZeroes(reference);
  const cur = fillZeroes(current);
  let total = 0;
  for (let i = 0; i < ref.length; i++) total += (ref[i]! - cur[i]!) * Math.log(ref[i]! / cur[i]!);
  return total;
}

/** Chi-square statistic of observed counts against expected counts (categories with expected 0 are left to the caller). */
export function chiSquareStatistic(observed: number[], expected: number[]): number {
  let total = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = expected[i]!;
    if (e > 0) total += (observed[i]! - e) ** 2 / e;
    else if (observed[i]! > 0) return Number.POSITIVE_INFINITY;
  }
  return total;
}

/** Two-proportion Z statistic (pooled), Evidently's `proportions_diff_z_stat_ind`. */
export function proportionsZ(p1: number, n1: number, p2: number, n2: number): number {
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const denominator = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (denominator === 0) return 0;
  return (p1 - p2) / denominator;
}

/** NumPy's Sturges bin count for n values: ceil(log2(n) + 1). */
export function sturgesBins(n: number): number {
  return Math.max(1, Math.ceil(Math.log2(n) + 1));
}

/** NumPy's histogram_bin_edges(values, 'sturges') given the combined min, max and count. */
export function sturgesEdges(min: number, max: number, count: number): number[] {
  let low = min;
  let high = max;
  if (low === high) {
    low -= 0.5;
    high += 0.5;
  }
  const bins = sturgesBins(count);
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++) edges.push(low + ((high - low) * i) / bins);
  edges[bins] = high;
  return edges;
}
