/**
 * The metric diff: each metric of the pull request against the baseline, judged by its direction and
 * tolerance, worst regressions first.
 */
import { basename } from 'node:path';
import type { MetricValue, MetricsSet } from '../shared/metrics.ts';
import type { FileComparison, MetricRow, Status } from './model.ts';
import { withinTolerance, type MetricsSpec } from './spec.ts';

const STATUS_ORDER: Status[] = ['worse', 'removed', 'new', 'better', 'within', 'incomparable', 'unchanged'];

export function compareMetric(name: string, base: MetricValue | undefined, head: MetricValue | undefined, spec: MetricsSpec): MetricRow {
  const { direction, tolerance } = spec.rule(name);
  const row: MetricRow = { name, status: 'unchanged', direction };
  if (base) row.base = base.value;
  if (head) row.head = head.value;
  const reason = head?.value === null ? head.reason : base?.value === null ? base.reason : undefined;
  if (reason) row.reason = reason;
  if (!base) return { ...row, status: 'new' };
  if (!head) return { ...row, status: 'removed' };
  if (base.value === null || head.value === null) {
    return { ...row, status: base.value === null && head.value === null ? 'unchanged' : 'incomparable' };
  }
  const delta = head.value - base.value;
  row.delta = delta;
  if (base.value !== 0) row.percent = (delta / Math.abs(base.value)) * 100;
  if (tolerance.absolute !== undefined || tolerance.relative !== undefined) row.tolerance = tolerance;
  if (delta === 0) return row;
  if (withinTolerance(delta, base.value, tolerance)) return { ...row, status: 'within' };
  const improved = direction === 'higher' ? delta > 0 : delta < 0;
  return { ...row, status: improved ? 'better' : 'worse' };
}

/** How bad (or good) a change is, comparable across metrics of different scales. */
export function severity(row: MetricRow): number {
  if (row.delta === undefined) return 0;
  if (row.base === 0 || row.base === null || row.base === undefined) return row.delta === 0 ? 0 : Number.POSITIVE_INFINITY;
  return Math.abs(row.delta / row.base);
}

export function sortRows(rows: MetricRow[]): MetricRow[] {
  return [...rows].sort((a, b) => {
    const byStatus = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
    if (byStatus !== 0) return byStatus;
    const bySeverity = severity(b) - severity(a);
    if (bySeverity !== 0 && !Number.isNaN(bySeverity)) return bySeverity;
    return a.name.localeCompare(b.name);
  });
}

export function compareSets(base: MetricsSet | undefined, head: MetricsSet, spec: MetricsSpec): MetricRow[] {
  const names = new Set([...Object.keys(base?.values ?? {}), ...Object.keys(head.values)]);
  const rows: MetricRow[] = [];
  for (const name of names) {
    if (spec.rule(name).ignore) continue;
    rows.push(compareMetric(name, base?.values[name], head.values[name], spec));
  }
  return sortRows(rows);
}

/**
 * Pairs the pull request's files with the baseline's: the same path, else the same file name, else
 * the only file on each side (a baseline given as `file:old/metrics.json`).
 */
export function pairFiles(headFiles: string[], baseFiles: string[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const unusedBase = new Set(baseFiles);
  for (const file of headFiles) {
    if (unusedBase.has(file)) {
      pairs.set(file, file);
      unusedBase.delete(file);
    }
  }
  for (const file of headFiles) {
    if (pairs.has(file)) continue;
    const sameName = [...unusedBase].filter((candidate) => basename(candidate) === basename(file));
    if (sameName.length === 1) {
      pairs.set(file, sameName[0]!);
      unusedBase.delete(sameName[0]!);
    }
  }
  const unpairedHead = headFiles.filter((file) => !pairs.has(file));
  if (unpairedHead.length === 1 && unusedBase.size === 1) pairs.set(unpairedHead[0]!, [...unusedBase][0]!);
  return pairs;
}

export interface FileDiff {
  files: FileComparison[];
  /** Baseline files with no counterpart in the pull request. */
  missingFiles: string[];
}

export function compareFiles(head: Map<string, MetricsSet>, base: Map<string, MetricsSet> | undefined, spec: MetricsSpec): FileDiff {
  const pairs = pairFiles([...head.keys()], [...(base?.keys() ?? [])]);
  const files: FileComparison[] = [];
  for (const [file, set] of head) {
    const baseFile = pairs.get(file);
    const comparison: FileComparison = { file, rows: compareSets(baseFile ? base!.get(baseFile) : undefined, set, spec) };
    if (baseFile && baseFile !== file) comparison.baseFile = baseFile;
    files.push(comparison);
  }
  const paired = new Set(pairs.values());
  return { files, missingFiles: [...(base?.keys() ?? [])].filter((file) => !paired.has(file)) };
}
