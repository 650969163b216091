/**
 * The report as data: everything the comment shows, and nothing that only the renderer decides.
 * It is plain JSON (schemas/metrics-report.schema.json), so a fork's run can hand it to the
 * workflow_run publisher, which renders it again itself rather than trusting someone's markdown.
 */
import type { Direction } from '../shared/metrics.ts';
import type { Tolerance } from './spec.ts';

export const REPORT_FORMAT = 'ml-actions/metrics-report@1';

export type Status = 'worse' | 'removed' | 'new' | 'better' | 'within' | 'unchanged' | 'incomparable';

export interface MetricRow {
  name: string;
  /** Absent on a side where the metric does not exist; null where it exists but is undefined (see reason). */
  base?: number | null;
  head?: number | null;
  delta?: number;
  /** Relative change in percent of |base|; absent when base is 0. */
  percent?: number;
  status: Status;
  direction: Direction;
  tolerance?: Tolerance;
  /** Why a value is null (the rich metrics format says, e.g. "only one class present"). */
  reason?: string;
}

export interface FileComparison {
  /** The PR's metrics file, workspace-relative. */
  file: string;
  /** The file it was compared with, when the name differs. */
  baseFile?: string;
  rows: MetricRow[];
}

export interface ParamChange {
  file: string;
  name: string;
  base?: string;
  head?: string;
}

export interface Baseline {
  kind: 'history' | 'ref' | 'file' | 'artifact' | 'none';
  /** What a reviewer reads: "main @ 1a2b3c4 (recorded)". */
  label: string;
  sha?: string;
  ref?: string;
  /** Why the preferred baseline was not used, or what is odd about this one. */
  note?: string;
}

export interface TrendPoint {
  /** Short sha, or "PR #12" for the pull request's own point. */
  label: string;
  sha?: string;
  time?: string;
  values: Record<string, number>;
}

export interface Trend {
  branch: string;
  metrics: string[];
  points: TrendPoint[];
}

export interface ConfusionMatrix {
  file: string;
  labels: string[];
  matrix: number[][];
  base?: { labels: string[]; matrix: number[][] };
}

export interface CheckRow {
  object?: string;
  check: string;
  column?: string;
  result: string;
  count?: number;
  percent?: number;
  message?: string;
}

export interface BreakingChange {
  change: string;
  object?: string;
  property?: string;
  breaking: boolean;
  message?: string;
}

export interface DataSummary {
  passed: boolean;
  errors?: number;
  warnings?: number;
  rows?: number;
  objects?: number;
  contract?: { path?: string; id?: string; version?: string };
  /** Checks that did not pass (failures and warnings), worst first. */
  checks: CheckRow[];
  breaking: BreakingChange[];
  drift?: { share?: number; drifted?: boolean; threshold?: number; columns: Array<{ column: string; drifted?: boolean; method?: string; score?: number; p_value?: number }> };
}

export interface GateRule {
  /** Stable id within the policy, e.g. metrics.accuracy.min. */
  id?: string;
  /** Kind of rule: min, max, non_inferiority … */
  rule: string;
  metric?: string;
  severity?: string;
  result: string;
  /** The plain line a release manager reads. */
  line?: string;
  note?: string;
  overridden?: boolean;
}

export interface GateSummary {
  passed: boolean;
  headline?: string;
  model?: { name?: string; version?: string };
  rules: GateRule[];
  override?: { label?: string; applied?: boolean; by?: string; accepted?: number };
  champion?: { alias?: string; version?: string };
}

export interface Counts {
  worse: number;
  removed: number;
  new: number;
  better: number;
  within: number;
  unchanged: number;
  incomparable: number;
}

export interface ReportModel {
  format: typeof REPORT_FORMAT;
  title: string;
  /** The `header` input: which of several reports on one pull request this is. */
  key: string;
  /** When the report was made (ISO 8601); orders reports of the same pull request. */
  time: string;
  pr?: { number: number; headSha: string; baseRef: string; baseSha?: string };
  head: { sha: string; ref?: string };
  baseline: Baseline;
  files: FileComparison[];
  /** Changed params; absent when no params files were given. */
  params?: ParamChange[];
  /** Metrics files the baseline had that the pull request no longer produces. */
  missingFiles: string[];
  data?: DataSummary;
  gate?: GateSummary;
  trend?: Trend;
  confusion?: ConfusionMatrix;
  /** Seconds since the workflow run started, when known. */
  durationSeconds?: number;
  counts: Counts;
}

export function emptyCounts(): Counts {
  return { worse: 0, removed: 0, new: 0, better: 0, within: 0, unchanged: 0, incomparable: 0 };
}

export function countRows(files: FileComparison[]): Counts {
  const counts = emptyCounts();
  for (const file of files) for (const row of file.rows) counts[row.status]++;
  return counts;
}

/** Metrics whose value differs from the baseline, appearing and disappearing ones included. */
export function changedCount(counts: Counts, files: FileComparison[]): number {
  let changed = counts.worse + counts.better + counts.new + counts.removed;
  for (const file of files) for (const row of file.rows) if (row.status === 'within' && row.delta !== 0) changed++;
  return changed;
}
