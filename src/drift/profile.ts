/**
 * The reference profile: what drift needs from a dataset, small enough to commit instead of the data
 * (schemas/profile.schema.json). Numeric columns keep their exact distinct values and counts when
 * there are at most 2,000 of them, else 1,001 quantiles; both keep a 20-bin histogram, min, max, mean
 * and standard deviation. Categorical columns keep up to 10,000 category counts.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import profileSchema from '../../schemas/profile.schema.json' with { type: 'json' };
import { UserError } from '../shared/errors.ts';
import { ColumnAccumulator, type ColumnSummary } from './accumulate.ts';
import { ExactDistribution, QuantileDistribution, quantilesOf, type NumericDistribution } from './distribution.ts';

export const PROFILE_FORMAT = 'ml-actions/profile@1';
export const EXACT_DISTINCT = 2_000;
export const QUANTILE_POINTS = 1_001;
const HISTOGRAM_BINS = 20;

export type ColumnKind = 'numerical' | 'categorical';

export interface NumericProfile {
  kind: 'numerical';
  count: number;
  missing: number;
  min: number;
  max: number;
  mean: number;
  /** Population standard deviation (NumPy's np.std). */
  std: number;
  /** Distinct values, when exact. */
  distinct?: number;
  values?: number[];
  counts?: number[];
  quantiles?: number[];
  histogram: { edges: number[]; weights: number[] };
  /** More values than the sample cap: summarised from an evenly spaced sample. */
  sampled?: boolean;
}

export interface CategoricalProfile {
  kind: 'categorical';
  count: number;
  missing: number;
  categories: Record<string, number>;
  /** Values in categories beyond the 10,000 kept. */
  other: number;
}

export type ColumnProfile = NumericProfile | CategoricalProfile;

/** One schema object's data. */
export interface ProfilePart {
  source?: string;
  rows: number;
  columns: Record<string, ColumnProfile>;
}

/**
 * A profile is one dataset at the top level, as it always was. A contract with several schema objects
 * keeps its first object there (named by `object`) and the others under `objects`, so a reader that
 * knows only the top level still reads the first object.
 */
export interface Profile extends ProfilePart {
  format: typeof PROFILE_FORMAT;
  created_at: string;
  object?: string;
  objects?: Record<string, ProfilePart>;
}

/** Profiles of several schema objects in one document, the first at the top level. */
export function combineProfiles(parts: ReadonlyArray<{ object: string; profile: Profile }>): Profile {
  const [first, ...others] = parts;
  if (!first) throw new Error('combineProfiles needs at least one profile');
  const { objects: _objects, ...top } = first.profile;
  if (others.length === 0) return { ...top, object: first.object };
  return { ...top, object: first.object, objects: Object.fromEntries(others.map(({ object, profile }) => [object, { ...(profile.source ? { source: profile.source } : {}), rows: profile.rows, columns: profile.columns }])) };
}

/**
 * The part of a profile that belongs to a schema object. A profile without object names (written for
 * a single object) belongs to the contract's first object.
 */
export function profileOfObject(profile: Profile, object: string, isFirstObject: boolean): Profile | undefined {
  const { objects, object: topObject, ...top } = profile;
  const part = objects?.[object];
  if (part) return { format: profile.format, created_at: profile.created_at, ...part };
  if (topObject === object || (topObject === undefined && isFirstObject)) return top;
  return undefined;
}

/** Names of the objects a profile covers (undefined for the unnamed top level of an old profile). */
export function profileObjects(profile: Profile): Array<string | undefined> {
  return [profile.object, ...Object.keys(profile.objects ?? {})];
}

function sortedSample(summary: ColumnSummary): Float64Array {
  return Float64Array.from(summary.sample).sort();
}

export function numericProfile(summary: ColumnSummary): NumericProfile {
  const sorted = sortedSample(summary);
  const exact = ExactDistribution.fromSorted(sorted);
  const sampled = summary.stride > 1;
  const std = summary.numeric > 0 ? Math.sqrt(summary.m2 / summary.numeric) : 0;
  const profile: NumericProfile = {
    kind: 'numerical',
    count: summary.numeric,
    missing: summary.missing,
    min: summary.numeric > 0 ? summary.min : 0,
    max: summary.numeric > 0 ? summary.max : 0,
    mean: summary.mean,
    std,
    histogram: histogram(sorted, summary.min, summary.max),
  };
  if (!sampled && exact.knots.length <= EXACT_DISTINCT) {
    profile.distinct = exact.knots.length;
    profile.values = exact.knots;
    profile.counts = exact.counts();
  } else {
    profile.quantiles = sorted.length > 0 ? quantilesOf(sorted, QUANTILE_POINTS) : [];
  }
  if (sampled) profile.sampled = true;
  return profile;
}

function histogram(sorted: Float64Array, min: number, max: number): { edges: number[]; weights: number[] } {
  if (sorted.length === 0) return { edges: [], weights: [] };
  const low = min === max ? min - 0.5 : min;
  const high = min === max ? max + 0.5 : max;
  const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => low + ((high - low) * i) / HISTOGRAM_BINS);
  edges[HISTOGRAM_BINS] = high;
  const weights = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const value of sorted) {
    const bin = Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(((value - low) / (high - low)) * HISTOGRAM_BINS)));
    weights[bin]!++;
  }
  return { edges, weights: weights.map((w) => w / sorted.length) };
}

export function categoricalProfile(summary: ColumnSummary): CategoricalProfile {
  return { kind: 'categorical', count: summary.count, missing: summary.missing, categories: Object.fromEntries(summary.categories), other: summary.otherCategories };
}

/** Numeric when every value read as a number, unless the caller knows the column's type. */
export function kindOf(summary: ColumnSummary, declared?: ColumnKind): ColumnKind {
  if (declared) return declared;
  return summary.numeric > 0 && summary.nonNumeric === 0 ? 'numerical' : 'categorical';
}

export function columnProfile(summary: ColumnSummary, kind: ColumnKind): ColumnProfile {
  return kind === 'numerical' ? numericProfile(summary) : categoricalProfile(summary);
}

/** A numeric profile as a distribution: exact when it kept values, else its quantiles. */
export function distributionOf(profile: NumericProfile): NumericDistribution {
  if (profile.values && profile.counts) return new ExactDistribution(profile.values, profile.counts);
  return new QuantileDistribution(profile.quantiles ?? [], profile.count);
}

/** Category counts of a column; numeric columns are keyed by their number, so "1.0" and "1" agree. */
export function categoryCounts(profile: ColumnProfile): Map<string, number> {
  if (profile.kind === 'categorical') return new Map(Object.entries(profile.categories));
  const counts = new Map<string, number>();
  if (profile.values && profile.counts) profile.values.forEach((value, i) => counts.set(String(value), profile.counts![i]!));
  return counts;
}

/** Builds profiles of many columns from rows as they stream past. */
export class ProfileBuilder {
  private readonly accumulators = new Map<string, ColumnAccumulator>();
  private readonly options: { sampleCap?: number; missingTokens?: ReadonlySet<string> };
  rows = 0;

  constructor(options: { sampleCap?: number; missingTokens?: ReadonlySet<string> } = {}) {
    this.options = options;
  }

  /** Column-major values: data[c][r], as readColumnBatches gives them. */
  addColumns(columns: string[], data: ArrayLike<unknown>[], length: number): void {
    this.rows += length;
    for (let c = 0; c < columns.length; c++) {
      const values = data[c]!;
      const accumulator = this.accumulator(columns[c]!);
      for (let r = 0; r < length; r++) accumulator.add(values[r]);
    }
  }

  private accumulator(name: string): ColumnAccumulator {
    let accumulator = this.accumulators.get(name);
    if (!accumulator) this.accumulators.set(name, (accumulator = new ColumnAccumulator(this.options)));
    return accumulator;
  }

  addBatch(columns: string[], rows: unknown[][], only?: ReadonlySet<string>): void {
    this.rows += rows.length;
    for (let c = 0; c < columns.length; c++) {
      const name = columns[c]!;
      if (only && !only.has(name)) continue;
      const accumulator = this.accumulator(name);
      for (let r = 0; r < rows.length; r++) accumulator.add(rows[r]![c]);
    }
  }

  summaries(): Map<string, ColumnSummary> {
    return new Map([...this.accumulators].map(([name, accumulator]) => [name, accumulator.finish()]));
  }

  build(kinds: ReadonlyMap<string, ColumnKind> = new Map(), source?: string): Profile {
    const columns: Record<string, ColumnProfile> = {};
    for (const [name, summary] of this.summaries()) columns[name] = columnProfile(summary, kindOf(summary, kinds.get(name)));
    return { format: PROFILE_FORMAT, created_at: new Date().toISOString(), ...(source ? { source } : {}), rows: this.rows, columns };
  }
}

let validateProfile: ReturnType<Ajv2020['compile']> | undefined;

export function parseProfile(text: string, file: string): Profile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: not a JSON profile (${(error as Error).message})`, { file });
  }
  if (!validateProfile) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    validateProfile = ajv.compile(profileSchema as object);
  }
  if (!validateProfile(data)) {
    const problems = (validateProfile.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
    throw new UserError(`${file}: not a valid ${PROFILE_FORMAT} file: ${problems.join('; ')}`, { file });
  }
  return data as Profile;
}

export function readProfile(path: string, shownAs = path): Profile {
  return parseProfile(readFileSync(path, 'utf8'), shownAs);
}

/** A profile file is JSON whose `format` says so; anything else is read as a dataset. */
export function looksLikeProfile(path: string): boolean {
  if (!/\.json$/i.test(path)) return false;
  try {
    const descriptor = openSync(path, 'r');
    const head = Buffer.alloc(512);
    const read = readSync(descriptor, head, 0, head.length, 0);
    closeSync(descriptor);
    return head.subarray(0, read).toString('utf8').includes(PROFILE_FORMAT);
  } catch {
    return false;
  }
}
