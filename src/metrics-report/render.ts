/**
 * The whole report, top to bottom in the order a reviewer needs it: the verdict, what was compared,
 * the tables, then the supporting detail. Links come only from `RunLinks` (built from GitHub's own
 * answers, never from the report data), so a report made by a fork cannot smuggle one in.
 */
import { escapeMarkdown } from '../shared/markdown.ts';
import { changedCount, type ReportModel } from './model.ts';
import { formatDuration } from './numbers.ts';
import { dataHeadline, gateHeadline, renderData, renderGate } from './render-checks.ts';
import { columnNames, headline, renderFile, renderParams, verdict, type MetricLimits } from './render-metrics.ts';
import { renderConfusion, renderTrend } from './render-trend.ts';

export interface RunLinks {
  /** https://github.com/owner/repo */
  repoUrl?: string;
  runUrl?: string;
  runLabel?: string;
  artifacts?: Array<{ name: string; url: string; size?: number }>;
}

export interface RenderLimits extends MetricLimits {
  paramRows: number;
  checkRows: number;
  charts: boolean;
  trend: boolean;
  confusion: boolean;
}

export const FULL: Omit<RenderLimits, 'visibleRows'> = {
  moreRows: Number.POSITIVE_INFINITY,
  unchangedRows: Number.POSITIVE_INFINITY,
  paramRows: Number.POSITIVE_INFINITY,
  checkRows: Number.POSITIVE_INFINITY,
  charts: true,
  trend: true,
  confusion: true,
};

const SHA = /^[0-9a-f]{40}$/i;

function commitLink(sha: string | undefined, links: RunLinks): string | undefined {
  if (!sha || !SHA.test(sha)) return undefined;
  return links.repoUrl ? `[${sha.slice(0, 7)}](${links.repoUrl}/commit/${sha})` : sha.slice(0, 7);
}

export function baselineLine(model: ReportModel, links: RunLinks): string {
  const { baseline } = model;
  if (baseline.kind === 'none') {
    return `No baseline to compare with${baseline.note ? ` (${escapeMarkdown(baseline.note, 300)})` : ''}: the tables show this ${model.pr ? 'pull request' : 'run'}'s values.`;
  }
  const commit = commitLink(baseline.sha, links);
  const where = `**${escapeMarkdown(baseline.label, 120)}**${commit ? ` @ ${commit}` : ''}`;
  return `Compared with ${where}.${baseline.note ? ` ${escapeMarkdown(baseline.note, 300)}` : ''}`;
}

function footer(model: ReportModel, links: RunLinks): string {
  const parts: string[] = [];
  if (links.runUrl) parts.push(`[${escapeMarkdown(links.runLabel ?? 'Workflow run', 80)}](${links.runUrl})`);
  if (model.durationSeconds !== undefined) parts.push(`⏱ ${formatDuration(model.durationSeconds)}`);
  const artifacts = links.artifacts ?? [];
  if (artifacts.length > 0) {
    const shown = artifacts.slice(0, 10).map((artifact) => `[${escapeMarkdown(artifact.name, 60)}](${artifact.url})`);
    parts.push(`artifacts: ${shown.join(', ')}${artifacts.length > shown.length ? ` and ${artifacts.length - shown.length} more` : ''}`);
  } else if (links.runUrl) {
    parts.push(`[artifacts](${links.runUrl}#artifacts)`);
  }
  const head = commitLink(model.head.sha, links);
  if (head) parts.push(`head ${head}`);
  parts.push(`updated ${escapeMarkdown(model.time.slice(0, 16).replace('T', ' '), 20)} UTC`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

export function renderReport(model: ReportModel, links: RunLinks, limits: RenderLimits): string {
  const columns = columnNames(model.baseline, model.head.sha, model.pr !== undefined);
  const sections: string[] = [];
  sections.push(`### 📊 ${escapeMarkdown(model.title, 120)}: ${verdict(model.counts)}`);
  const top = [headline(model.counts)];
  const verdicts = [model.gate ? gateHeadline(model.gate) : undefined, model.data ? dataHeadline(model.data) : undefined].filter(Boolean);
  if (verdicts.length) top.push(verdicts.join(' · '));
  top.push(baselineLine(model, links));
  sections.push(top.join('<br>\n'));
  for (const file of model.files) sections.push(renderFile(file, columns, limits));
  if (model.files.some((file) => file.rows.length > 0)) sections.push('<sub>↑ higher is better · ↓ lower is better</sub>');
  if (model.missingFiles.length > 0) {
    sections.push(`➖ Metrics files the baseline has and this run does not: ${model.missingFiles.map((file) => escapeMarkdown(file, 150)).join(', ')}`);
  }
  if (model.params) sections.push(renderParams(model.params, columns, limits.paramRows));
  if (model.data) sections.push(renderData(model.data, { rows: limits.checkRows }));
  if (model.gate) sections.push(renderGate(model.gate, { rows: limits.checkRows }));
  if (model.trend && limits.trend) {
    const trend = renderTrend(model.trend, { charts: limits.charts });
    if (trend) sections.push(trend);
  }
  if (model.confusion && limits.confusion) sections.push(renderConfusion(model.confusion));
  sections.push(footer(model, links));
  return `${sections.join('\n\n')}\n`;
}

/** The numbers a workflow branches on. */
export function reportOutputs(model: ReportModel): { regressions: number; changed: number } {
  return { regressions: model.counts.worse, changed: changedCount(model.counts, model.files) };
}
