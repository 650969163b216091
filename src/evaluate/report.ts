/** The evaluation as Markdown for the job summary and the `report` output. Labels and slice values come from data, so they are escaped. */
import { details, escapeMarkdown, table } from '../shared/markdown.ts';
import type { MetricValue, MetricsDocument } from '../shared/metrics.ts';

export interface ReportSources {
  predictions: string;
  baseline?: string;
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const magnitude = Math.abs(value);
  // Sums of floating-point terms leave dust such as 2e-17 where the value is 0.
  if (magnitude < 1e-12) return '0.0000';
  if (magnitude >= 1e4 || magnitude < 1e-3) return value.toPrecision(4);
  return value.toFixed(4);
}

function formatSigned(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

function interval(ci: [number, number] | null | undefined, signed = false): string {
  if (!ci) return '—';
  const show = signed ? formatSigned : formatNumber;
  return `${show(ci[0])} to ${show(ci[1])}`;
}

/** A value with its interval in one cell, for the denser tables. */
function compact(metric: MetricValue | undefined): string {
  if (!metric) return '';
  if (metric.value === null) return 'undefined';
  return metric.ci ? `${formatNumber(metric.value)} (${formatNumber(metric.ci[0])}–${formatNumber(metric.ci[1])})` : formatNumber(metric.value);
}

const HEADLINE_SLICE_METRICS = {
  classification: ['accuracy', 'f1', 'roc_auc', 'log_loss'],
  regression: ['rmse', 'mae', 'r2', 'wape'],
};

export function renderReport(document: MetricsDocument, sources: ReportSources): string {
  const parts: string[] = [];
  const level = Math.round((document.confidence ?? 0.95) * 100);
  const intervals = (document.resamples ?? 0) > 0;
  parts.push(`### Evaluation of ${escapeMarkdown(sources.predictions)}`);
  const facts = [`${document.task ?? 'metrics'}`, `${document.rows ?? '?'} rows`];
  if (intervals) facts.push(`${level}% intervals from ${document.resamples} bootstrap resamples (seed ${document.seed})`);
  else facts.push('no intervals (bootstrap 0)');
  if (document.positive_label !== undefined) facts.push(`positive label ${escapeMarkdown(document.positive_label, 80)}`);
  if (document.average) facts.push(`headline average: ${document.average}`);
  if (sources.baseline) facts.push(`baseline ${escapeMarkdown(sources.baseline)}`);
  parts.push(facts.join(' · '));

  const baseline = document.baseline?.metrics;
  const header = ['Metric', 'Value'];
  if (intervals) header.push(`${level}% interval`);
  if (baseline) header.push('Baseline', 'Difference');
  if (baseline && intervals) header.push(`${level}% interval of the difference`);
  const noSkill = document.no_skill;
  if (noSkill) header.push('No skill');
  const undefinedReasons: string[] = [];
  const rows = Object.entries(document.metrics).map(([name, metric]) => {
    let value = formatNumber(metric.value);
    if (metric.value === null && metric.reason) {
      undefinedReasons.push(`${escapeMarkdown(name)}: ${escapeMarkdown(metric.reason, 400)}`);
      value = `undefined (${undefinedReasons.length})`;
    }
    const row = [escapeMarkdown(name), value];
    if (intervals) row.push(interval(metric.ci));
    if (baseline) row.push(formatNumber(baseline[name]?.value), formatSigned(metric.difference?.value));
    if (baseline && intervals) row.push(interval(metric.difference?.ci, true));
    if (noSkill) row.push(formatNumber(noSkill[name]));
    return row;
  });
  parts.push(table(header, rows, header.map((_, i) => (i === 0 ? 'l' : 'r'))));
  if (noSkill) parts.push('_No skill: the majority class with the class shares as probabilities, or the mean of the labels, on the same rows._');
  if (undefinedReasons.length > 0) parts.push(undefinedReasons.map((reason, i) => `${i + 1}. ${reason}`).join('\n'));

  if (document.confusion_matrix) {
    const { labels, matrix } = document.confusion_matrix;
    const shown = labels.map((label) => escapeMarkdown(label, 40));
    const cm = table(
      ['true ↓ / predicted →', ...shown],
      matrix.map((row, t) => [`**${shown[t]}**`, ...row.map(String)]),
      ['l', ...labels.map(() => 'r' as const)],
    );
    parts.push(details('Confusion matrix', cm, labels.length <= 10));
  }

  if (document.classes && Object.keys(document.classes).length > 0) {
    const names = [...new Set(Object.values(document.classes).flatMap((metrics) => Object.keys(metrics)))];
    const perClass = table(
      ['Class', ...names.map((name) => escapeMarkdown(name))],
      Object.entries(document.classes).map(([label, metrics]) => [
        escapeMarkdown(label, 40),
        ...names.map((name) => (name === 'support' ? String(metrics[name]?.value ?? '') : compact(metrics[name]))),
      ]),
      ['l', ...names.map(() => 'r' as const)],
    );
    parts.push(details('Per class', perClass, Object.keys(document.classes).length <= 10));
  }

  if (document.slices && Object.keys(document.slices).length > 0) {
    const wanted = HEADLINE_SLICE_METRICS[document.task ?? 'classification'];
    const present = wanted.filter((name) => Object.values(document.slices!).some((slice) => name in slice.metrics));
    const header = ['Slice', 'Rows', ...present.map((name) => escapeMarkdown(name))];
    if (baseline) header.push(...present.map((name) => `Δ ${escapeMarkdown(name)}`));
    const sliceRows = Object.entries(document.slices).map(([key, slice]) => {
      const row = [escapeMarkdown(key, 80), String(slice.rows), ...present.map((name) => compact(slice.metrics[name]))];
      if (baseline) {
        row.push(
          ...present.map((name) => {
            const difference = slice.metrics[name]?.difference;
            if (!difference) return '';
            return difference.ci ? `${formatSigned(difference.value)} (${formatSigned(difference.ci[0])}–${formatSigned(difference.ci[1])})` : formatSigned(difference.value);
          }),
        );
      }
      return row;
    });
    parts.push(details('Slices', table(header, sliceRows, header.map((_, i) => (i === 0 ? 'l' : 'r'))), true));
  }

  if (document.notes && document.notes.length > 0) parts.push(document.notes.map((note) => `- ${escapeMarkdown(note, 400)}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
