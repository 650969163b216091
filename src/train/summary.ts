/**
 * The job summary of a training run: what ran and how it ended, the cache decision, the metrics, and
 * the digests that identify the model and the data. Everything that comes from the project (command,
 * metric and param names, output lines) is escaped or fenced.
 */
import { codeBlock, codeSpan, details, escapeMarkdown, table } from '../shared/markdown.ts';
import type { UploadedArtifact } from '../shared/artifacts.ts';
import type { RunRecord } from './record.ts';

export interface SummaryInput {
  record: RunRecord;
  /** Last lines of the command's output, shown when it did not succeed. */
  tail?: string[];
  artifact?: UploadedArtifact;
  /** Why the step failed after the command (metrics not written…). */
  problem?: string;
}

export function formatNumber(value: number | null): string {
  if (value === null) return '—';
  if (Number.isInteger(value)) return String(value);
  return Number(value.toPrecision(6)).toString();
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Number(seconds.toFixed(seconds < 10 ? 2 : 1))} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  if (minutes < 60) return `${minutes} min ${rest} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

const STATUS_TEXT: Record<RunRecord['status'], string> = {
  succeeded: '✅ succeeded',
  cached: '♻️ skipped: outputs restored from the run cache',
  failed: '❌ failed',
  'timed-out': '⏱️ timed out',
  cancelled: '🚫 cancelled',
};

function cacheLine(record: RunRecord): string {
  const { cache } = record;
  if (!cache.enabled) return 'off';
  const key = cache.key ? ` (key ${codeSpan(cache.key)})` : '';
  if (cache.hit) {
    const from = cache.restored_from;
    return `hit${key}${from ? `: restored run ${codeSpan(from.run_id)} of ${escapeMarkdown(from.started_at)}, which took ${formatDuration(from.duration_seconds)}` : ''}`;
  }
  const saved = cache.saved === true ? '; outputs saved' : cache.saved === false ? '; outputs not saved (see the log)' : '';
  return `miss${key}${cache.miss_reason ? `: ${escapeMarkdown(cache.miss_reason)}` : ''}${saved}`;
}

function exitText(record: RunRecord): string {
  if (record.status === 'cached') return 'not run';
  if (record.signal) return `ended by ${record.signal}`;
  return record.exit_code === null ? '—' : String(record.exit_code);
}

/** Long lists are cut so the summary stays well inside GitHub's 1 MiB limit; the record has them all. */
const MAX_LISTED = 100;

function capped(rows: string[][], columns: number): string[][] {
  if (rows.length <= MAX_LISTED) return rows;
  return [...rows.slice(0, MAX_LISTED), [`… ${rows.length - MAX_LISTED} more in the run record`, ...Array<string>(columns - 1).fill('')]];
}

export function renderSummary({ record, tail, artifact, problem }: SummaryInput): string {
  const parts: string[] = [`### Training run ${codeSpan(record.run_id)}: ${STATUS_TEXT[record.status]}`];
  const rows = [
    ['Command', codeSpan(record.command, 300)],
    ['Working directory', codeSpan(record.working_directory)],
    ['Duration', formatDuration(record.duration_seconds)],
    ['Exit', exitText(record)],
    ['Run cache', cacheLine(record)],
    ['Seed', String(record.seed)],
  ];
  if (record.git.sha) rows.push(['Commit', `${codeSpan(record.git.sha.slice(0, 12))}${record.git.dirty ? ` with ${record.git.changed_files.length} uncommitted change(s)` : ''}`]);
  if (record.model) rows.push(['Model', `${codeSpan(record.model.digest.slice(0, 16))} (${record.model.files.length} file(s), ${formatBytes(record.model.bytes)})`]);
  if (artifact) {
    const name = codeSpan(artifact.name);
    rows.push(['Artifact', `${artifact.url ? `[${name}](${artifact.url})` : name}, ${formatBytes(artifact.size)}`]);
  }
  parts.push(table(['', ''], rows, ['l', 'l']));

  if (problem) parts.push(`**${escapeMarkdown(problem, 1000)}**`);
  if (tail && tail.length > 0 && record.status !== 'succeeded' && record.status !== 'cached') {
    parts.push(`Last ${tail.length} line(s) of output:\n\n${codeBlock(tail.join('\n'), 'text')}`);
  }

  const metrics = Object.entries(record.metrics);
  if (metrics.length > 0) {
    parts.push(`#### Metrics\n\n${table(['Metric', 'Value'], capped(metrics.map(([name, value]) => [escapeMarkdown(name), formatNumber(value)]), 2), ['l', 'r'])}`);
  }
  if (record.data.length > 0) {
    const dataRows = record.data.map((file) => [codeSpan(file.path), file.rows === null ? '—' : String(file.rows), formatBytes(file.bytes), codeSpan(file.sha256.slice(0, 16))]);
    parts.push(details(`Data: ${record.data.length} file(s)`, table(['File', 'Rows', 'Size', 'SHA-256'], capped(dataRows, 4), ['l', 'r', 'r', 'l'])));
  }
  const params = Object.entries(record.params);
  if (params.length > 0) {
    const paramRows = params.map(([name, value]) => [escapeMarkdown(name), codeSpan(JSON.stringify(value))]);
    parts.push(details(`Params: ${params.length}`, table(['Param', 'Value'], capped(paramRows, 2), ['l', 'l'])));
  }
  if (record.model && record.model.files.length > 0) {
    const fileRows = record.model.files.map((file) => [codeSpan(file.path), formatBytes(file.bytes), codeSpan(file.sha256)]);
    parts.push(details(`Model files: digest ${codeSpan(record.model.digest)}`, table(['File', 'Size', 'SHA-256'], capped(fileRows, 3), ['l', 'r', 'l'])));
  }
  return `${parts.join('\n\n')}\n`;
}
