/**
 * What the drift monitor writes for people: the job summary, the drift issue's body, the short
 * comments on that issue, and the plain-text reason handed to the dispatched workflow. Column names
 * and category values come from the data, so they are escaped before they reach markdown.
 */
import { plural } from '../shared/counts.ts';
import { codeSpan, details, escapeMarkdown, table } from '../shared/markdown.ts';
import { driftTable } from '../validate-data/summary.ts';
import type { DriftReport } from '../validate-data/report-types.ts';
import { formatIssueMarker } from './issue-marker.ts';
import { driftedColumnNames, type DriftMonitorReport } from './monitor-report.ts';

/** GitHub refuses issue bodies over 65,536 characters; stay well below. */
export const MAX_ISSUE_BODY = 60_000;

export interface RunInfo {
  /** When this check ran (ISO 8601). */
  time: string;
  /** The workflow run's page, when running on GitHub. */
  url?: string;
}

function formatShare(share: number): string {
  return share.toFixed(2);
}

/** Plain-text name of a schema object, or the escaped one for markdown. */
type Shown = (text: string) => string;

/** The schema objects that drifted: every drifted one of several, or the one measured. */
function driftedObjects(drift: DriftReport): string[] {
  if (drift.objects) return drift.objects.filter((part) => part.drifted).map((part) => part.object);
  return drift.object !== undefined && drift.drifted ? [drift.object] : [];
}

export function headline(drift: DriftReport): string {
  const counted = `${drift.drifted_columns} of ${plural(drift.columns.length, 'column')} drifted`;
  if (drift.columns.length === 0) return 'ℹ️ No column could be tested for drift';
  const objects = driftedObjects(drift);
  const where = objects.length > 0 ? ` in ${objects.map((name) => escapeMarkdown(name)).join(', ')}` : '';
  return drift.drifted ? `⚠️ Data drift${where}: ${counted}` : `✅ No data drift: ${counted}`;
}

/** How driftCounts words its count: `drifted` after a single table's, `below` drift-share when nothing reached it. */
interface CountWording {
  drifted?: boolean;
  below?: boolean;
}

/**
 * How many columns drifted against drift-share: `3 of 4 columns (share 0.75, drift-share 0.5)`, or
 * with several schema objects each one's count and share, since each is judged on its own.
 */
export function driftCounts(drift: DriftReport, shown: Shown, wording: CountWording = {}): string {
  const threshold = `${wording.below ? 'below ' : ''}drift-share ${drift.threshold}`;
  if (!drift.objects) return `${drift.drifted_columns} of ${plural(drift.columns.length, 'column')}${wording.drifted ? ' drifted' : ''} (share ${formatShare(drift.share)}, ${threshold})`;
  const parts = drift.objects.map((part) => `${shown(part.object)} ${part.drifted_columns} of ${plural(part.tested_columns, 'column')} (share ${formatShare(part.share)})`);
  return wording.below ? `${parts.join(', ')}, each ${threshold}` : `${parts.join(', ')}; ${threshold}`;
}

function referenceText(report: DriftMonitorReport): string {
  const reference = report.drift.reference;
  return reference ? `${escapeMarkdown(reference.path)} (${reference.kind === 'profile' ? 'profile of' : 'dataset,'} ${plural(reference.rows, 'row')})` : 'the reference';
}

function sources(report: DriftMonitorReport): string {
  const objects = report.current.objects;
  if (!objects) {
    const of = report.drift.object !== undefined ? `, schema object ${escapeMarkdown(report.drift.object)}` : '';
    return (
      `Current data ${escapeMarkdown(report.current.path)} (${plural(report.current.rows, 'row')}) against reference ${referenceText(report)}${of} · ` +
      `share of drifted columns ${formatShare(report.drift.share)}, drift-share ${report.drift.threshold} · method ${escapeMarkdown(report.drift.method)}`
    );
  }
  const files = objects.map((file) => `${escapeMarkdown(file.path)} for ${escapeMarkdown(file.object)} (${plural(file.rows, 'row')})`);
  return `Current data ${files.join(', ')} against reference ${referenceText(report)} · drift-share ${report.drift.threshold} for each schema object · method ${escapeMarkdown(report.drift.method)}`;
}

function runLine(run: RunInfo): string {
  return `Checked ${run.time}${run.url ? ` in [this workflow run](${run.url})` : ''}.`;
}

function unseenTable(drift: DriftReport): string {
  const rows = drift.unseen_categories.map((finding) => {
    const shown = finding.categories.slice(0, 10).map((category) => `${category.value === null ? '<em>redacted</em>' : codeSpan(category.value, 40)} (${category.count})`);
    const more = finding.categories.length > 10 ? `, and ${finding.categories.length - 10} more` : '';
    return [codeSpan(finding.column), String(finding.count), `${finding.percent}%`, `${shown.join(', ')}${more}`];
  });
  return table(['Column', 'Rows', '%', 'Categories the reference never had'], rows, ['l', 'r', 'r', 'l']);
}

function skippedList(drift: DriftReport): string {
  return details(
    `${plural(drift.skipped.length, 'column')} not tested for drift`,
    drift.skipped.map((entry) => `- ${codeSpan(entry.column)}: ${escapeMarkdown(entry.reason, 300)}`).join('\n'),
  );
}

/** One table's findings: the drift table of `shown` columns, unseen categories, untested columns. */
function tableFindings(drift: DriftReport, columns: DriftReport['columns'], shown: DriftReport['columns'], unseen: DriftReport['unseen_categories'], skipped: DriftReport['skipped']): string[] {
  const parts: string[] = [];
  if (shown.length > 0) parts.push(driftTable({ ...drift, columns: shown }));
  if (shown.length < columns.length) parts.push(`_${columns.length - shown.length} more columns are in the JSON report and the job summary._`);
  if (unseen.length > 0) parts.push('#### Categories the reference never had', unseenTable({ ...drift, unseen_categories: unseen }));
  if (skipped.length > 0) parts.push(skippedList({ ...drift, skipped }));
  return parts;
}

/**
 * The drift table, unseen categories and untested columns, a section per schema object when there
 * are several; at most `limit` table rows in all, drifted ones first.
 */
function findings(drift: DriftReport, limit = drift.columns.length): string[] {
  const ordered = [...drift.columns.filter((c) => c.drifted), ...drift.columns.filter((c) => !c.drifted)];
  // Cut tables show their drifted columns first.
  const kept = limit < ordered.length ? ordered.slice(0, limit) : undefined;
  const shownOf = (columns: DriftReport['columns']) => (kept ? kept.filter((c) => columns.includes(c)) : columns);
  const parts: string[] = [];
  if (!drift.objects) {
    parts.push(...tableFindings(drift, drift.columns, shownOf(drift.columns), drift.unseen_categories, drift.skipped));
  } else {
    for (const part of drift.objects) {
      const mine = <T extends { object?: string }>(entries: T[]): T[] => entries.filter((entry) => entry.object === part.object);
      const columns = mine(drift.columns);
      parts.push(
        `### ${escapeMarkdown(part.object)}: ${part.drifted ? '⚠️ dataset drift' : 'no dataset drift'} ` +
          `(${part.drifted_columns} of ${plural(part.tested_columns, 'column')}, share ${formatShare(part.share)})`,
      );
      parts.push(...tableFindings(drift, columns, shownOf(columns), mine(drift.unseen_categories), mine(drift.skipped)));
    }
  }
  for (const entry of drift.not_measured ?? []) parts.push(`### ${escapeMarkdown(entry.object)}: not measured`, escapeMarkdown(entry.reason, 300));
  return parts;
}

export function renderSummary(report: DriftMonitorReport, run: RunInfo, actions: string[]): string {
  const parts = [`## ${headline(report.drift)}`, sources(report), ...findings(report.drift)];
  if (actions.length > 0) parts.push(actions.map((line) => `- ${line}`).join('\n'));
  parts.push(runLine(run));
  return `${parts.join('\n\n')}\n`;
}

/** The drift issue's body: marker, verdict, the current table. Long tables are cut to fit GitHub's limit. */
export function renderIssueBody(report: DriftMonitorReport, key: string, run: RunInfo): string {
  const footer = '_The drift monitor keeps this issue up to date: it updates this table while the data stays drifted, and closes the issue when it no longer is._';
  const render = (limit: number) =>
    [formatIssueMarker(key), `## ${headline(report.drift)}`, sources(report), runLine(run), ...findings(report.drift, limit), footer].join('\n\n') + '\n';
  let limit = report.drift.columns.length;
  let body = render(limit);
  while (body.length > MAX_ISSUE_BODY && limit > 0) {
    limit = Math.floor(limit / 2);
    body = render(limit);
  }
  return body.length > MAX_ISSUE_BODY ? `${body.slice(0, MAX_ISSUE_BODY - 40)}\n\n_(cut to fit GitHub's size limit)_\n` : body;
}

function columnList(names: string[], limit = 10): string {
  const shown = names.slice(0, limit).map((name) => codeSpan(name, 60)).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

function runLink(run: RunInfo): string {
  return run.url ? ` ([workflow run](${run.url}))` : '';
}

export function stillDriftedComment(report: DriftMonitorReport, run: RunInfo): string {
  return `Still drifted on ${run.time}${runLink(run)}: ${driftCounts(report.drift, (text) => escapeMarkdown(text))}: ${columnList(driftedColumnNames(report.drift))}. The table above is updated.`;
}

export function recoveredComment(report: DriftMonitorReport, run: RunInfo): string {
  const drift = report.drift;
  const counts = driftCounts(drift, (text) => escapeMarkdown(text), { drifted: true, below: true });
  return `No longer drifted on ${run.time}${runLink(run)}: ${counts}${drift.objects ? ',' : ''} in ${escapeMarkdown(report.current.path)}. Closing this issue; the drift monitor opens a new one if the data drifts again.`;
}

export function duplicateComment(kept: number): string {
  return `Duplicate of #${kept}: two drift checks ran at the same time and both opened an issue. #${kept} is kept up to date.`;
}

/** Plain text for the dispatched workflow's `reason` input: one line, no control characters, bounded. */
export function dispatchReason(report: DriftMonitorReport, run: RunInfo, maxLength = 1000): string {
  const drift = report.drift;
  const names = driftedColumnNames(drift);
  const shownNames = names.slice(0, 10).join(', ') + (names.length > 10 ? ` and ${names.length - 10} more` : '');
  const counts = driftCounts(drift, (text) => text, { drifted: true });
  const text = `Data drift in ${report.current.path}: ${counts}${names.length ? `: ${shownNames}` : ''}.${run.url ? ` ${run.url}` : ''}`;
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
}
