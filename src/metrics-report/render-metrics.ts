/**
 * The metric tables (one per metrics file, regressions first, the quiet rest collapsed) and the
 * params diff. Every name and value from the pull request goes through escapeMarkdown.
 */
import { plural } from '../shared/counts.ts';
import { details, escapeMarkdown, table } from '../shared/markdown.ts';
import type { Baseline, Counts, FileComparison, MetricRow, ParamChange, Status } from './model.ts';
import { formatDelta, formatNumber, formatPair, formatPercent } from './numbers.ts';
import { describeTolerance } from './spec.ts';

export const STATUS_TEXT: Record<Status, string> = {
  worse: '🔴 worse',
  removed: '➖ removed',
  new: '🆕 new',
  better: '🟢 better',
  within: '⚪ within tolerance',
  incomparable: '⚠️ not comparable',
  unchanged: 'unchanged',
};

export function headline(counts: Counts): string {
  const parts: string[] = [];
  if (counts.worse) parts.push(`🔴 **${counts.worse} worse**`);
  if (counts.removed) parts.push(`➖ ${counts.removed} removed`);
  if (counts.new) parts.push(`🆕 ${counts.new} new`);
  if (counts.better) parts.push(`🟢 ${counts.better} better`);
  if (counts.within) parts.push(`⚪ ${counts.within} within tolerance`);
  if (counts.incomparable) parts.push(`⚠️ ${counts.incomparable} not comparable`);
  if (counts.unchanged) parts.push(`${counts.unchanged} unchanged`);
  return parts.length ? parts.join(' · ') : 'No metrics';
}

export function verdict(counts: Counts): string {
  if (counts.worse > 0) return `🔴 ${plural(counts.worse, 'regression')}`;
  if (counts.removed > 0) return `➖ ${plural(counts.removed, 'metric')} removed`;
  return '🟢 no regressions';
}

function value(row: MetricRow, side: 'base' | 'head', formatted: string | undefined): string {
  const raw = row[side];
  if (raw === undefined) return '—';
  if (raw === null) return 'n/a';
  return formatted ?? formatNumber(raw);
}

function statusCell(row: MetricRow): string {
  let text = STATUS_TEXT[row.status];
  if (row.status === 'within' && row.tolerance) text = `⚪ within ${describeTolerance(row.tolerance)}`;
  if (row.reason) text += `: ${escapeMarkdown(row.reason, 80)}`;
  return text;
}

function nameCell(row: MetricRow): string {
  return `${escapeMarkdown(row.name)} ${row.direction === 'higher' ? '↑' : '↓'}`;
}

export function metricCells(row: MetricRow): string[] {
  const pair = typeof row.base === 'number' && typeof row.head === 'number' ? formatPair(row.base, row.head) : undefined;
  return [
    nameCell(row),
    value(row, 'base', pair?.[0]),
    value(row, 'head', pair?.[1]),
    row.delta !== undefined ? formatDelta(row.delta) : '',
    row.delta !== undefined ? formatPercent(row.percent) : '',
    statusCell(row),
  ];
}

export interface ColumnNames {
  base: string;
  head: string;
}

/** Column headers that say what is compared: `main 1a2b3c4` and `PR 5d6e7f8`. */
export function columnNames(baseline: Baseline, headSha: string, isPullRequest: boolean): ColumnNames {
  const short = (sha: string | undefined) => (sha && /^[0-9a-f]{7,40}$/i.test(sha) ? ` ${sha.slice(0, 7)}` : '');
  const baseName = baseline.kind === 'none' ? 'Base' : `${escapeMarkdown(baseline.ref ?? 'Base', 40)}${short(baseline.sha)}`;
  return { base: baseName, head: `${isPullRequest ? 'PR' : 'This run'}${short(headSha)}` };
}

const ALIGN = ['l', 'r', 'r', 'r', 'r', 'l'] as const;

function metricTable(rows: MetricRow[], columns: ColumnNames): string {
  return table(['Metric', columns.base, columns.head, 'Change', 'Change %', 'Status'], rows.map(metricCells), [...ALIGN]);
}

export interface MetricLimits {
  /** Rows shown in each file's main table. */
  visibleRows: number;
  /** Further changed rows listed in the collapsed section. */
  moreRows: number;
  /** Unchanged rows listed in their collapsed section. */
  unchangedRows: number;
}

function leftOut(count: number): string {
  return count > 0 ? `\n\n… and ${count} more, left out to keep this short: see the job summary or the report file.` : '';
}

export function renderFile(file: FileComparison, columns: ColumnNames, limits: MetricLimits): string {
  const title = `#### ${escapeMarkdown(file.file, 150)}${file.baseFile ? ` (compared with ${escapeMarkdown(file.baseFile, 150)})` : ''}`;
  if (file.rows.length === 0) return `${title}\n\nNo numeric metrics in this file.`;
  const changed = file.rows.filter((row) => row.status !== 'unchanged');
  const unchanged = file.rows.filter((row) => row.status === 'unchanged');
  const parts = [title];
  const visible = changed.slice(0, limits.visibleRows);
  const rest = changed.slice(visible.length);
  if (visible.length > 0) parts.push(metricTable(visible, columns));
  else parts.push(`All ${file.rows.length} metrics unchanged.`);
  if (rest.length > 0) {
    const listed = rest.slice(0, limits.moreRows);
    const body = listed.length > 0 ? metricTable(listed, columns) + leftOut(rest.length - listed.length) : leftOut(rest.length).trim();
    parts.push(details(plural(rest.length, 'more changed metric'), body));
  }
  if (unchanged.length > 0 && visible.length > 0) {
    const listed = unchanged.slice(0, limits.unchangedRows);
    const body =
      listed.length > 0
        ? table(['Metric', 'Value'], listed.map((row) => [nameCell(row), value(row, 'head', undefined)]), ['l', 'r']) + leftOut(unchanged.length - listed.length)
        : leftOut(unchanged.length).trim();
    parts.push(details(plural(unchanged.length, 'unchanged metric'), body));
  }
  return parts.join('\n\n');
}

export function renderParams(changes: ParamChange[], columns: ColumnNames, limit: number): string {
  if (changes.length === 0) return '**Params:** no changes.';
  const listed = changes.slice(0, limit);
  const missing = (text: string | undefined) => (text === undefined ? '—' : escapeMarkdown(text, 120));
  const rows = listed.map((change) => [escapeMarkdown(change.file, 80), escapeMarkdown(change.name, 120), missing(change.base), missing(change.head)]);
  const body = listed.length > 0 ? table(['File', 'Param', columns.base, columns.head], rows) + leftOut(changes.length - listed.length) : leftOut(changes.length).trim();
  return details(`<b>Params:</b> ${changes.length} changed`, body);
}
