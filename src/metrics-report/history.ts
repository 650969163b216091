/**
 * The default branch's metric history: one compact JSON file per report key on a dedicated branch,
 * bounded in entries and bytes so that it never grows into the gigabyte data files other tools leave
 * behind. Runs on the default branch append; pull requests read it for their baseline and trend.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../shared/errors.ts';
import type { MetricsSet } from '../shared/metrics.ts';
import { loadSchema } from '../shared/schemas.ts';
import { parseSchemaFile } from '../shared/yaml-schema.ts';
import type { TrendPoint, Trend } from './model.ts';
import type { Params } from './params.ts';
import { patternMatcher } from './spec.ts';

export const HISTORY_FORMAT = 'ml-actions/metrics-history@1';
export const MAX_ENTRIES = 200;
export const MAX_BYTES = 512 * 1024;
export const TREND_POINTS = 20;

export interface HistoryEntry {
  sha: string;
  /** Branch name, without refs/heads/. */
  ref: string;
  time: string;
  run?: string;
  /** Metrics file → flat metric name → value. */
  metrics: Record<string, Record<string, number>>;
  params?: Record<string, Params>;
}

export interface HistoryDocument {
  format: typeof HISTORY_FORMAT;
  key: string;
  entries: HistoryEntry[];
}

/** One run's metrics and params alone are over the history's size bound. */
export class EntryTooLarge extends UserError {
  constructor() {
    super(`this run's metrics and params are larger than the history's ${MAX_BYTES / 1024} KiB on their own (leave some out with the metrics-spec's ignore)`);
    this.name = 'EntryTooLarge';
  }
}

export function emptyHistory(key: string): HistoryDocument {
  return { format: HISTORY_FORMAT, key, entries: [] };
}

/** A report key as a file or artifact name: readable, and distinct for distinct keys. */
export function keySlug(key: string): string {
  if (key === '') return 'default';
  const slug = key.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60);
  const exact = slug === key && slug !== 'default';
  return exact ? slug : `${slug || 'key'}-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}

/** The file on the history branch for one report key. */
export function historyPath(key: string): string {
  return `metrics-history/${keySlug(key)}.json`;
}

export function parseHistory(text: string, shownAs: string): HistoryDocument {
  return parseSchemaFile<HistoryDocument>(text, shownAs, loadSchema('metrics-history.schema.json'), 'metrics history');
}

export function serializeHistory(history: HistoryDocument): string {
  // One entry per line: small diffs on the history branch, still valid JSON.
  const entries = history.entries.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
  return `{\n  "format": ${JSON.stringify(history.format)},\n  "key": ${JSON.stringify(history.key)},\n  "entries": [\n${entries}${entries ? '\n' : ''}  ]\n}\n`;
}

export function entryFromSets(
  metrics: Map<string, MetricsSet>,
  params: Map<string, Params> | undefined,
  where: { sha: string; ref: string; time: string; run?: string },
): HistoryEntry {
  const entry: HistoryEntry = { ...where, metrics: {} };
  for (const [file, set] of metrics) {
    const values: Record<string, number> = {};
    for (const [name, metric] of Object.entries(set.values)) if (typeof metric.value === 'number' && Number.isFinite(metric.value)) values[name] = metric.value;
    entry.metrics[file] = values;
  }
  if (params && params.size > 0) entry.params = Object.fromEntries(params);
  return entry;
}

/**
 * Adds an entry (replacing one for the same commit and branch, as a re-run does), keeps time order,
 * and drops the oldest entries beyond the count and size bounds.
 */
export function appendEntry(history: HistoryDocument, entry: HistoryEntry): HistoryDocument {
  const entries = history.entries.filter((existing) => !(existing.sha === entry.sha && existing.ref === entry.ref));
  entries.push(entry);
  entries.sort((a, b) => a.time.localeCompare(b.time));
  const bounded = { ...history, entries: entries.slice(-MAX_ENTRIES) };
  while (bounded.entries.length > 1 && Buffer.byteLength(serializeHistory(bounded)) > MAX_BYTES) bounded.entries.shift();
  if (Buffer.byteLength(serializeHistory(bounded)) > MAX_BYTES) throw new EntryTooLarge();
  return bounded;
}

export function entriesOn(history: HistoryDocument, ref: string): HistoryEntry[] {
  return history.entries.filter((entry) => entry.ref === ref);
}

export function entryForCommit(history: HistoryDocument, sha: string): HistoryEntry | undefined {
  return history.entries.findLast((entry) => entry.sha === sha);
}

/** The newest entry on a branch, other than the given commit's own. */
export function latestOn(history: HistoryDocument, ref: string, exceptSha?: string): HistoryEntry | undefined {
  return entriesOn(history, ref).findLast((entry) => entry.sha !== exceptSha);
}

/** One flat name → value map over several files; the first file wins a name both have. */
export function mergedValues(files: Iterable<Record<string, number>>): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const values of files) for (const [name, value] of Object.entries(values)) if (!(name in merged)) merged[name] = value;
  return merged;
}

/** The metrics to chart: the spec's `trend` list, else the first three top-level metrics of the first file. */
export function trendMetrics(head: Map<string, MetricsSet>, patterns: string[]): string[] {
  const names: string[] = [];
  for (const set of head.values()) for (const name of Object.keys(set.values)) if (!names.includes(name)) names.push(name);
  if (patterns.length > 0) {
    const chosen: string[] = [];
    for (const pattern of patterns) {
      const matches = patternMatcher(pattern);
      for (const name of names) if (matches(name) && !chosen.includes(name)) chosen.push(name);
    }
    return chosen.slice(0, 6);
  }
  const first = head.values().next().value as MetricsSet | undefined;
  return Object.keys(first?.values ?? {})
    .filter((name) => !/^(class|slice)\./.test(name))
    .slice(0, 3);
}

export function buildTrend(
  branch: string,
  history: HistoryEntry[],
  metrics: string[],
  head: { label: string; sha?: string; time: string; values: Record<string, number> },
): Trend | undefined {
  if (metrics.length === 0) return undefined;
  const points: TrendPoint[] = history.slice(-(TREND_POINTS - 1)).map((entry) => {
    const all = mergedValues(Object.values(entry.metrics));
    return { label: entry.sha.slice(0, 7), sha: entry.sha, time: entry.time, values: pick(all, metrics) };
  });
  if (!points.some((point) => Object.keys(point.values).length > 0)) return undefined;
  points.push({ label: head.label, ...(head.sha ? { sha: head.sha } : {}), time: head.time, values: pick(head.values, metrics) });
  return { branch, metrics, points };
}

function pick(values: Record<string, number>, names: string[]): Record<string, number> {
  const picked: Record<string, number> = {};
  for (const name of names) if (Number.isFinite(values[name])) picked[name] = values[name]!;
  return picked;
}
