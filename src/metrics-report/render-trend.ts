/**
 * The trend of the key metrics over the base branch's recent runs, with the pull request's point last:
 * a Mermaid `xychart-beta` per metric (GitHub draws it; xychart has no legend, so one series per
 * chart, named in its title), a sparkline line for clients that show the raw block, and the numbers
 * as a table. Also the confusion matrix.
 */
import { escapeMarkdown, table } from '../shared/markdown.ts';
import type { ConfusionMatrix, Trend } from './model.ts';
import { formatDelta, formatNumber, plain } from './numbers.ts';

/**
 * Text that may stand inside a quoted Mermaid label: letters, digits and a few separators. Quotes,
 * backticks, brackets, `%%` directives, HTML and newlines can neither end the label nor the block.
 */
export function mermaidLabel(text: string, maxLength = 40): string {
  const safe = text
    .normalize('NFKC')
    .replace(/#/g, '')
    .replace(/[^A-Za-z0-9 ._:/=+-]/g, '_')
    .replace(/_{2,}/g, '_')
    .replace(/ {2,}/g, ' ')
    .trim();
  return (safe.length > maxLength ? `${safe.slice(0, maxLength - 1)}_` : safe) || '_';
}

const SPARKS = '▁▂▃▄▅▆▇█';

export function sparkline(values: number[]): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return '';
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  return values.map((value) => (high === low ? SPARKS[3] : SPARKS[Math.round(((value - low) / (high - low)) * (SPARKS.length - 1))])).join('');
}

function axisRange(values: number[]): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = high === low ? Math.abs(high) * 0.05 || 1 : (high - low) * 0.15;
  const round = (value: number) => Number(value.toPrecision(4));
  return [round(low - pad), round(high + pad)];
}

export function mermaidChart(trend: Trend, metric: string): string | undefined {
  const points = trend.points.filter((point) => Number.isFinite(point.values[metric]));
  if (points.length < 2) return undefined;
  const values = points.map((point) => point.values[metric]!);
  const [low, high] = axisRange(values);
  const labels = points.map((point) => `"${mermaidLabel(point.label, 12)}"`);
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidLabel(metric)} on ${mermaidLabel(trend.branch, 30)}"`,
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "${mermaidLabel(metric, 30)}" ${plain(low)} --> ${plain(high)}`,
    `    line [${values.map((value) => plain(Number(value.toPrecision(8)))).join(', ')}]`,
    '```',
  ].join('\n');
}

export function trendTable(trend: Trend): string {
  const header = ['Run', 'Date', ...trend.metrics.map((metric) => escapeMarkdown(metric, 60))];
  const rows = trend.points.map((point) => [
    escapeMarkdown(point.label, 20),
    point.time ? escapeMarkdown(point.time.slice(0, 10), 10) : '',
    ...trend.metrics.map((metric) => (Number.isFinite(point.values[metric]) ? formatNumber(point.values[metric]!) : '')),
  ]);
  return table(header, rows, ['l', 'l', ...trend.metrics.map(() => 'r' as const)]);
}

export interface TrendOptions {
  charts: boolean;
}

export function renderTrend(trend: Trend, options: TrendOptions): string {
  const parts = [`#### Trend on ${escapeMarkdown(trend.branch, 60)}`];
  const lines: string[] = [];
  for (const metric of trend.metrics) {
    const values = trend.points.map((point) => point.values[metric]).filter((value): value is number => Number.isFinite(value));
    if (values.length < 2) continue;
    if (options.charts) {
      const chart = mermaidChart(trend, metric);
      if (chart) parts.push(chart);
    }
    lines.push(`${escapeMarkdown(metric, 60)} ${sparkline(values)} (${values.length} points, last ${formatNumber(values.at(-1)!)})`);
  }
  if (lines.length === 0) return '';
  parts.push(lines.join('<br>\n'));
  parts.push(`<details><summary>Trend as a table</summary>\n\n${trendTable(trend)}\n\n</details>`);
  return parts.join('\n\n');
}

export const MAX_MATRIX_LABELS = 15;

export function renderConfusion(confusion: ConfusionMatrix): string {
  const title = `#### Confusion matrix (${escapeMarkdown(confusion.file, 100)})`;
  const size = confusion.labels.length;
  if (size > MAX_MATRIX_LABELS) return `${title}\n\n${size} classes: too many to show here; see the metrics file.`;
  const base = confusion.base;
  const sameLabels = base !== undefined && base.labels.length === size && base.labels.every((label, index) => label === confusion.labels[index]);
  const rows = confusion.labels.map((label, i) => [
    `**${escapeMarkdown(label, 40)}**`,
    ...confusion.labels.map((_, j) => {
      const count = confusion.matrix[i]?.[j] ?? 0;
      const before = sameLabels ? base!.matrix[i]?.[j] : undefined;
      const cell = i === j ? `**${count}**` : String(count);
      return before !== undefined && before !== count ? `${cell} (${formatDelta(count - before)})` : cell;
    }),
  ]);
  const header = ['true \\ predicted', ...confusion.labels.map((label) => escapeMarkdown(label, 40))];
  const note = sameLabels ? '\n\nIn brackets: the change from the baseline.' : '';
  return `${title}\n\n${table(header, rows, ['l', ...confusion.labels.map(() => 'r' as const)])}${note}`;
}
