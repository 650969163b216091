/**
 * Per-column drift of current data against a reference profile, with Evidently's default choice of
 * test and threshold, and dataset drift when the share of drifted columns reaches `driftShare`.
 *
 * Default tests (Evidently `_get_default_stattest`; n = non-missing reference values, k = distinct
 * values in reference ∪ current):
 *   n ≤ 1000: numerical with k > 5 → KS (drift when p ≤ 0.05); k > 2 → chi-square (p < 0.05); else Z (p < 0.05)
 *   n > 1000: numerical with k > 5 → normed Wasserstein (drift when W ≥ 0.1); else Jensen-Shannon (≥ 0.1)
 */
import { percentOf } from '../shared/counts.ts';
import type { ColumnSummary } from './accumulate.ts';
import { binShares, ExactDistribution, ksStatistic, wassersteinDistance, type NumericDistribution } from './distribution.ts';
import { categoryCounts, distributionOf, type ColumnKind, type ColumnProfile, type Profile } from './profile.ts';
import { chiSquareSf, chiSquareStatistic, jensenShannon, ksPValue, normalTwoSidedP, proportionsZ, psi, sturgesEdges } from './stats.ts';

export const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'] as const;
export type DriftTest = (typeof DRIFT_TESTS)[number];

export const DEFAULT_THRESHOLDS: Record<DriftTest, number> = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1 };

export interface DriftOptions {
  method: 'auto' | DriftTest;
  threshold?: number;
  driftShare: number;
  /** Columns to test (default: every column in both). */
  columns?: readonly string[];
  /** Columns never tested (keys, unique identifiers). */
  exclude?: ReadonlySet<string>;
  /** Declared kinds (from a contract); columns of other declared types are skipped by the caller. */
  kinds?: ReadonlyMap<string, ColumnKind>;
}

export interface ColumnDrift {
  column: string;
  kind: ColumnKind;
  test: DriftTest;
  statistic: number | null;
  p_value?: number;
  threshold: number;
  drifted: boolean;
  reference_rows: number;
  current_rows: number;
  sampled?: boolean;
}

export interface UnseenCategoryFinding {
  column: string;
  count: number;
  percent: number;
  categories: Array<{ value: string; count: number }>;
}

export interface DriftResult {
  share: number;
  drifted: boolean;
  drifted_columns: number;
  threshold: number;
  method: string;
  columns: ColumnDrift[];
  skipped: Array<{ column: string; reason: string }>;
  unseen_categories: UnseenCategoryFinding[];
}

interface Side {
  counts: Map<string, number>;
  n: number;
  numeric?: NumericDistribution;
  /** The reference kept only some categories (or only quantiles): its category counts are partial. */
  partial: boolean;
}

function referenceSide(profile: ColumnProfile): Side {
  if (profile.kind === 'categorical') return { counts: categoryCounts(profile), n: profile.count, partial: profile.other > 0 };
  return { counts: categoryCounts(profile), n: profile.count, numeric: distributionOf(profile), partial: !profile.values };
}

function currentSide(summary: ColumnSummary, kind: ColumnKind): Side {
  if (kind === 'categorical') return { counts: summary.categories, n: summary.count, partial: summary.otherCategories > 0 };
  const sorted = Float64Array.from(summary.sample).sort();
  const numeric = ExactDistribution.fromSorted(sorted);
  const counts = new Map<string, number>();
  const perValue = numeric.counts();
  numeric.knots.forEach((value, i) => counts.set(String(value), perValue[i]!));
  return { counts, n: numeric.n, numeric, partial: false };
}

function distinctUnion(reference: Side, current: Side, cap: number): number {
  if (reference.partial) return Number.POSITIVE_INFINITY;
  const keys = new Set(reference.counts.keys());
  for (const key of current.counts.keys()) {
    keys.add(key);
    if (keys.size > cap) break;
  }
  return keys.size;
}

export function defaultTest(kind: ColumnKind, referenceRows: number, distinct: number): DriftTest {
  if (referenceRows <= 1000) {
    if (kind === 'numerical' && distinct > 5) return 'ks';
    return distinct > 2 ? 'chisquare' : 'z';
  }
  return kind === 'numerical' && distinct > 5 ? 'wasserstein' : 'jensenshannon';
}

/** Reference and current shares over the same bins: Sturges bins on both for many-valued numbers, else one bin per value. */
function sharedShares(reference: Side, current: Side, referenceProfile: ColumnProfile): { ref: number[]; cur: number[] } {
  const referenceDistinct = reference.partial ? Number.POSITIVE_INFINITY : reference.counts.size;
  if (referenceProfile.kind === 'numerical' && reference.numeric && current.numeric && referenceDistinct > 20) {
    const currentKnots = current.numeric.knots;
    const min = Math.min(referenceProfile.min, currentKnots[0] ?? referenceProfile.min);
    const max = Math.max(referenceProfile.max, currentKnots[currentKnots.length - 1] ?? referenceProfile.max);
    const edges = sturgesEdges(min, max, reference.n + current.n);
    return { ref: binShares(reference.numeric, edges), cur: binShares(current.numeric, edges) };
  }
  const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])];
  return { ref: keys.map((key) => (reference.counts.get(key) ?? 0) / reference.n), cur: keys.map((key) => (current.counts.get(key) ?? 0) / current.n) };
}

function runTest(test: DriftTest, reference: Side, current: Side, referenceProfile: ColumnProfile, threshold: number): { statistic: number | null; p_value?: number; drifted: boolean } {
  switch (test) {
    case 'ks': {
      const d = ksStatistic(reference.numeric!, current.numeric!);
      const p = ksPValue(d, reference.n, current.n);
      return { statistic: d, p_value: p, drifted: p <= threshold };
    }
    case 'wasserstein': {
      const std = referenceProfile.kind === 'numerical' ? referenceProfile.std : 0;
      const w = wassersteinDistance(reference.numeric!, current.numeric!) / Math.max(std, 0.001);
      return { statistic: w, drifted: w >= threshold };
    }
    case 'chisquare': {
      // Over the reference's categories; categories it never had are reported on their own.
      const keys = [...reference.counts.keys()];
      const observed = keys.map((key) => current.counts.get(key) ?? 0);
      const currentTotal = observed.reduce((a, b) => a + b, 0);
      const expected = keys.map((key) => ((reference.counts.get(key) ?? 0) * currentTotal) / reference.n);
      const statistic = currentTotal === 0 ? Number.POSITIVE_INFINITY : chiSquareStatistic(observed, expected);
      const p = keys.length < 2 ? (statistic === 0 ? 1 : 0) : chiSquareSf(statistic, keys.length - 1);
      return { statistic: Number.isFinite(statistic) ? statistic : null, p_value: p, drifted: p < threshold };
    }
    case 'z': {
      const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])].sort();
      if (keys.length <= 1) return { statistic: 0, p_value: 1, drifted: false };
      const target = keys[0]!;
      const p1 = (reference.counts.get(target) ?? 0) / reference.n;
      const p2 = (current.counts.get(target) ?? 0) / current.n;
      const z = proportionsZ(p1, reference.n, p2, current.n);
      const p = normalTwoSidedP(z);
      return { statistic: z, p_value: p, drifted: p < threshold };
    }
    case 'jensenshannon': {
      const { ref, cur } = sharedShares(reference, current, referenceProfile);
      const js = jensenShannon(ref, cur);
      return { statistic: js, drifted: js >= threshold };
    }
    case 'psi': {
      const { ref, cur } = sharedShares(reference, current, referenceProfile);
      const value = psi(ref, cur);
      return { statistic: value, drifted: value >= threshold };
    }
  }
}

export function compareToReference(reference: Profile, current: ReadonlyMap<string, ColumnSummary>, options: DriftOptions): DriftResult {
  const columns: ColumnDrift[] = [];
  const skipped: DriftResult['skipped'] = [];
  const unseen: UnseenCategoryFinding[] = [];
  const names = options.columns ?? [...current.keys()].filter((name) => name in reference.columns);
  for (const name of names) {
    const referenceProfile = reference.columns[name];
    const summary = current.get(name);
    if (!referenceProfile) {
      skipped.push({ column: name, reason: 'not in the reference' });
      continue;
    }
    if (!summary) {
      skipped.push({ column: name, reason: 'not in the data' });
      continue;
    }
    if (!options.columns && options.exclude?.has(name)) {
      skipped.push({ column: name, reason: 'a key or unique column' });
      continue;
    }
    const kind = options.kinds?.get(name) ?? referenceProfile.kind;
    if (kind === 'numerical' && (referenceProfile.kind !== 'numerical' || summary.nonNumeric > 0)) {
      skipped.push({ column: name, reason: referenceProfile.kind !== 'numerical' ? 'numeric in the contract but not in the reference profile' : `${summary.nonNumeric} values are not numbers` });
      continue;
    }
    const referenceSideValue = referenceSide(referenceProfile);
    const currentSideValue = currentSide(summary, kind);
    if (referenceSideValue.n === 0 || currentSideValue.n === 0) {
      skipped.push({ column: name, reason: referenceSideValue.n === 0 ? 'no values in the reference' : 'no values in the data' });
      continue;
    }
    const referenceDistinct = referenceSideValue.partial ? Number.POSITIVE_INFINITY : referenceSideValue.counts.size;
    if (kind === 'categorical' && !options.columns && referenceDistinct > 20 && referenceDistinct > referenceSideValue.n / 2) {
      skipped.push({ column: name, reason: 'most values are distinct (an identifier or free text): a distribution test says nothing here' });
      continue;
    }
    const distinct = distinctUnion(referenceSideValue, currentSideValue, 25);
    const test = options.method === 'auto' ? defaultTest(kind, referenceSideValue.n, distinct) : options.method;
    if ((test === 'ks' || test === 'wasserstein') && kind !== 'numerical') {
      skipped.push({ column: name, reason: `${test} needs numeric values` });
      continue;
    }
    if ((test === 'chisquare' || test === 'z') && referenceSideValue.partial) {
      skipped.push({ column: name, reason: `${test} needs every reference category; the profile has quantiles only` });
      continue;
    }
    const threshold = options.threshold ?? DEFAULT_THRESHOLDS[test];
    const outcome = runTest(test, referenceSideValue, currentSideValue, referenceProfile, threshold);
    columns.push({
      column: name,
      kind,
      test,
      ...outcome,
      threshold,
      reference_rows: referenceSideValue.n,
      current_rows: summary.count,
      ...(summary.stride > 1 ? { sampled: true } : {}),
    });
    if (kind === 'categorical' && !referenceSideValue.partial) {
      const fresh = [...currentSideValue.counts].filter(([key]) => !referenceSideValue.counts.has(key)).sort((a, b) => b[1] - a[1]);
      if (fresh.length > 0) {
        const count = fresh.reduce((total, [, n]) => total + n, 0);
        unseen.push({ column: name, count, percent: percentOf(count, currentSideValue.n), categories: fresh.slice(0, 50).map(([value, n]) => ({ value, count: n })) });
      }
    }
  }
  const driftedColumns = columns.filter((column) => column.drifted).length;
  const share = columns.length === 0 ? 0 : driftedColumns / columns.length;
  return {
    share,
    drifted: columns.length > 0 && share >= options.driftShare,
    drifted_columns: driftedColumns,
    threshold: options.driftShare,
    method: options.method,
    columns,
    skipped,
    unseen_categories: unseen,
  };
}
