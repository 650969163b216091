/** The job summary: a verdict line, one table per schema object, breaking changes and drift. */
import { plural } from '../shared/counts.ts';
import { codeSpan, details, escapeMarkdown, table } from '../shared/markdown.ts';
import type { BreakingChange, CheckResult, DriftReport, ObjectReport, Sample, ValidationReport } from './report-types.ts';

const ICONS: Record<string, string> = { passed: '✅ passed', warning: '⚠️ warning', failed: '❌ failed', error: '🛑 error' };

function samplesCell(check: CheckResult): string {
  const samples = check.samples ?? [];
  if (samples.length === 0) return '';
  const shown = samples.map((sample) => sampleText(sample)).join(' ');
  const total = check.count ?? samples.length;
  return total > samples.length ? `${shown} (first ${samples.length} of ${total})` : shown;
}

function sampleText(sample: Sample): string {
  const first = sample.first ? ` (first at ${sample.first.file ? `${escapeMarkdown(sample.first.file)}:` : 'line '}${sample.first.line})` : '';
  const at = sample.line !== undefined ? `${sample.line}${first}: ` : '';
  if (sample.redacted) return `${at}<em>redacted</em>`;
  return `${at}${sample.value === null ? '<em>missing</em>' : codeSpan(sample.value, 60)}`;
}

function objectTable(object: ObjectReport): string {
  const rows = object.checks.map((check) => [
    escapeMarkdown(check.check),
    escapeMarkdown(check.column ?? check.columns?.join(', ') ?? ''),
    ICONS[check.result] ?? check.result,
    check.count === undefined ? '' : String(check.count),
    check.percent === undefined ? '' : `${check.percent}%`,
    escapeMarkdown(check.message, 300) + (samplesCell(check) ? `<br>${samplesCell(check)}` : ''),
  ]);
  return table(['Check', 'Column', 'Result', 'Count', '%', 'Details'], rows, ['l', 'l', 'l', 'r', 'r', 'l']);
}

function changesTable(changes: BreakingChange[]): string {
  const rows = changes.map((change) => [
    escapeMarkdown(change.change),
    escapeMarkdown([change.object, change.property].filter(Boolean).join('.')),
    change.consumer,
    change.producer,
    change.breaking ? '❌ yes' : 'no',
    escapeMarkdown(change.message, 300) + (change.evidence ? `<br>${escapeMarkdown(change.evidence.message, 300)}` : ''),
  ]);
  return table(['Change', 'Where', 'Consumers', 'Producers', 'Breaking', 'Details'], rows);
}

export function driftTable(drift: DriftReport): string {
  const rows = drift.columns.map((column) => [
    escapeMarkdown(column.column),
    column.test,
    column.statistic === null ? '∞' : column.statistic.toPrecision(4),
    column.p_value === undefined ? '' : column.p_value.toPrecision(3),
    String(column.threshold),
    column.drifted ? '⚠️ drifted' : 'no',
  ]);
  return table(['Column', 'Test', 'Statistic', 'p-value', 'Threshold', 'Drift'], rows, ['l', 'l', 'r', 'r', 'r', 'l']);
}

export function renderSummary(report: ValidationReport, notes: { annotationsLeftOut?: number } = {}): string {
  const parts: string[] = [];
  const verdict = report.passed ? '✅ Data contract checks passed' : '❌ Data contract checks failed';
  parts.push(`## ${verdict}`);
  const contract = report.contract;
  parts.push(
    `Contract ${codeSpan(contract.id)} version ${codeSpan(contract.version)} (${escapeMarkdown(contract.path)}) · ${report.rows} rows · ` +
      `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')} · fail-on: ${report.fail_on}`,
  );
  for (const object of report.objects) {
    const failing = object.checks.filter((check) => check.result !== 'passed').length;
    parts.push(`### ${escapeMarkdown(object.name)}: ${escapeMarkdown(object.file)} (${object.rows} rows, ${failing} of ${object.checks.length} checks not passed)`);
    parts.push(objectTable(object));
  }
  if (report.base_contract) {
    parts.push(`### Contract changes against ${escapeMarkdown(report.base_contract.source)} (version ${codeSpan(report.base_contract.version)} → ${codeSpan(contract.version)})`);
    parts.push(report.breaking_changes.length === 0 ? 'No changes to the schema, quality rules or service levels.' : changesTable(report.breaking_changes));
  }
  if (report.drift) parts.push(...driftSections(report.drift));
  const truncation: string[] = [];
  if (report.truncated) truncation.push(`Samples are limited to ${report.truncated.samples_per_check} per check; counts are complete.`);
  if (notes.annotationsLeftOut) truncation.push(`${notes.annotationsLeftOut} more annotations were left out (max-annotations); every finding is in the tables above and the JSON report.`);
  if (truncation.length) parts.push(`> ${truncation.join(' ')}`);
  return `${parts.join('\n\n')}\n`;
}

/** One section per schema object measured: its verdict, its columns, its unseen categories; then those not measured. */
function driftSections(drift: DriftReport): string[] {
  const parts: string[] = [];
  const perObject = drift.objects ?? [{ object: drift.object, reference: drift.reference, share: drift.share, drifted: drift.drifted, drifted_columns: drift.drifted_columns, tested_columns: drift.columns.length }];
  for (const part of perObject) {
    const mine = <T extends { object?: string }>(entries: T[]): T[] => (drift.objects ? entries.filter((entry) => entry.object === part.object) : entries);
    const columns = mine(drift.columns);
    const against = escapeMarkdown(part.reference?.path ?? drift.reference?.path ?? 'the reference');
    parts.push(
      `### Drift${part.object ? ` of ${escapeMarkdown(part.object)}` : ''} against ${against}: ${part.drifted ? '⚠️ dataset drift' : 'no dataset drift'} ` +
        `(${part.drifted_columns} of ${part.tested_columns} columns, share ${part.share.toFixed(2)}, threshold ${drift.threshold})`,
    );
    if (columns.length) parts.push(driftTable({ ...drift, columns }));
    for (const unseen of mine(drift.unseen_categories)) {
      parts.push(`Column ${codeSpan(unseen.column)} has ${unseen.count} rows (${unseen.percent}%) with categories the reference never had: ${unseen.categories.slice(0, 10).map((c) => `${c.value === null ? '<em>redacted</em>' : codeSpan(c.value, 40)} (${c.count})`).join(', ')}${unseen.categories.length > 10 ? `, and ${unseen.categories.length - 10} more` : ''}`);
    }
    const skipped = mine(drift.skipped);
    if (skipped.length) parts.push(details(`${skipped.length} columns not tested for drift`, skipped.map((s) => `- ${codeSpan(s.column)}: ${escapeMarkdown(s.reason)}`).join('\n')));
  }
  for (const entry of drift.not_measured ?? []) parts.push(`### Drift of ${escapeMarkdown(entry.object)}: not measured\n\n${escapeMarkdown(entry.reason, 300)}`);
  return parts;
}
