/**
 * The model card stored with every version: what the model is (digests, files), how good it is
 * (metrics with intervals), what made it (params, data, commit, run), and the gate's decision.
 * Text that came from the repository (metric names, params) is escaped.
 */
import { plural } from '../shared/counts.ts';
import { codeSpan, escapeMarkdown, table } from '../shared/markdown.ts';
import { formatNumber, formatWithInterval } from '../gate/format.ts';
import type { VersionMetadata } from './types.ts';

const MAX_ROWS = 200;

function link(text: string, url: string | undefined): string {
  return url && /^https?:\/\//.test(url) ? `[${text}](${url})` : text;
}

function paramValue(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

export function renderModelCard(metadata: VersionMetadata, options: { serverUrl?: string } = {}): string {
  const { lineage, gate, model } = metadata;
  const out: string[] = [`# ${escapeMarkdown(metadata.name)} v${escapeMarkdown(metadata.version)}`, ''];
  out.push(`${gate.passed ? '✅' : '❌'} ${escapeMarkdown(gate.headline, 300)}`, '');

  const facts: string[][] = [];
  facts.push(['Registered', `${escapeMarkdown(metadata.registered_at)}${metadata.registered_by ? ` by ${escapeMarkdown(metadata.registered_by)}` : ''}`]);
  if (lineage.commit) {
    const commitUrl = options.serverUrl && lineage.repository ? `${options.serverUrl}/${lineage.repository}/commit/${lineage.commit}` : undefined;
    facts.push(['Commit', link(codeSpan(lineage.commit.slice(0, 12)), commitUrl)]);
  }
  if (lineage.ref) facts.push(['Ref', codeSpan(lineage.ref)]);
  if (lineage.run_url) facts.push(['Run', link(escapeMarkdown(lineage.workflow || 'workflow run'), lineage.run_url)]);
  if (lineage.pull_request) facts.push(['Pull request', `#${lineage.pull_request}`]);
  facts.push(['Model digest', codeSpan(model.digest)]);
  facts.push(['Model size', `${formatNumber(model.bytes / 1_048_576)} MiB in ${plural(model.files.length, 'file')}`]);
  if (model.location) facts.push(['Stored as', codeSpan(model.location)]);
  if (gate.champion) facts.push(['Compared with', `${escapeMarkdown(gate.champion.alias)} v${escapeMarkdown(gate.champion.version)}`]);
  facts.push(['Policy', `${codeSpan(gate.policy.path)} ${codeSpan(gate.policy.digest.slice(0, 19))}`]);
  out.push(table(['', ''], facts, ['l', 'l']), '');

  const metrics = Object.entries(metadata.metrics).filter(([name]) => !name.startsWith('slice.'));
  if (metrics.length > 0) {
    const evaluation = metadata.evaluation;
    const about = [
      evaluation?.rows !== undefined ? `${evaluation.rows.toLocaleString('en-US')} rows` : '',
      evaluation?.confidence !== undefined ? `${Math.round(evaluation.confidence * 100)}% bootstrap intervals` : '',
      evaluation?.resamples ? `${evaluation.resamples.toLocaleString('en-US')} resamples` : '',
      evaluation?.seed !== undefined ? `seed ${evaluation.seed}` : '',
    ].filter(Boolean);
    out.push('## Metrics', '');
    if (about.length) out.push(about.join(', '), '');
    const rows = metrics.slice(0, MAX_ROWS).map(([name, metric]) => [
      codeSpan(name, 80),
      metric.value === null ? 'undefined' : formatWithInterval(metric.value, metric.ci ?? undefined),
      metadata.no_skill?.[name] !== undefined && metadata.no_skill[name] !== null ? formatNumber(metadata.no_skill[name] as number) : '',
    ]);
    out.push(table(['Metric', 'Value [interval]', 'No-skill'], rows, ['l', 'r', 'r']), '');
    if (metrics.length > MAX_ROWS) out.push(`${metrics.length - MAX_ROWS} more metrics are in metadata.json.`, '');
  }

  if (metadata.params && Object.keys(metadata.params).length > 0) {
    out.push('## Parameters', '');
    const rows = Object.entries(metadata.params).slice(0, MAX_ROWS).map(([name, value]) => [codeSpan(name, 80), codeSpan(paramValue(value), 120)]);
    out.push(table(['Parameter', 'Value'], rows, ['l', 'l']), '');
  }

  if (metadata.data && metadata.data.length > 0) {
    out.push('## Data', '');
    out.push(table(['File', 'Digest', 'Bytes'], metadata.data.map((file) => [codeSpan(file.path), codeSpan(file.digest.slice(0, 23)), file.bytes.toLocaleString('en-US')]), ['l', 'l', 'r']), '');
  }

  out.push('## Files', '');
  const files = model.files.slice(0, MAX_ROWS).map((file) => [codeSpan(file.path), file.bytes.toLocaleString('en-US'), codeSpan(file.sha256.slice(0, 16))]);
  out.push(table(['File', 'Bytes', 'sha256'], files, ['l', 'r', 'l']), '');
  if (model.files.length > MAX_ROWS) out.push(`${model.files.length - MAX_ROWS} more files are listed in metadata.json.`, '');

  out.push('## Gate decision', '');
  for (const rule of gate.rules) out.push(`- ${escapeMarkdown(rule.line, 400)}`);
  if (gate.override) {
    out.push('', `Regression accepted through the label ${codeSpan(gate.override.label)}${gate.override.by ? ` added by ${escapeMarkdown(gate.override.by)}` : ''}${gate.override.at ? ` at ${escapeMarkdown(gate.override.at)}` : ''}.`);
  }
  out.push('');
  return out.join('\n');
}
