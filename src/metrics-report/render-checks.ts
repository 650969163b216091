/**
 * The data-contract result (validate-data's report) and the gate decision (gate's decision file), as a
 * verdict line a reviewer reads first and the reasons under it.
 */
import { plural } from '../shared/counts.ts';
import { details, escapeMarkdown, table } from '../shared/markdown.ts';
import type { DataSummary, GateSummary } from './model.ts';
import { formatNumber } from './numbers.ts';

export function resultIcon(result: string): string {
  const word = result.toLowerCase();
  if (['fail', 'failed', 'error', 'block', 'blocked'].includes(word)) return '❌';
  if (['warn', 'warning'].includes(word)) return '⚠️';
  if (['pass', 'passed', 'ok'].includes(word)) return '✅';
  if (['skip', 'skipped'].includes(word)) return '⏭️';
  return '•';
}

export function dataHeadline(data: DataSummary): string {
  const contract = data.contract?.id ?? data.contract?.path;
  const name = contract ? ` ${escapeMarkdown(contract, 80)}${data.contract?.version ? ` ${escapeMarkdown(data.contract.version, 30)}` : ''}` : '';
  const breaking = data.breaking.filter((change) => change.breaking).length;
  const facts = [
    data.errors !== undefined ? plural(data.errors, 'error') : undefined,
    data.warnings !== undefined ? plural(data.warnings, 'warning') : undefined,
    breaking > 0 ? plural(breaking, 'breaking change') : undefined,
    data.drift?.drifted ? 'drift' : undefined,
  ].filter(Boolean);
  return `${data.passed ? '✅' : '❌'} Data contract${name}: **${data.passed ? 'passed' : 'failed'}**${facts.length ? ` (${facts.join(', ')})` : ''}`;
}

export interface ChecksLimits {
  /** Rows of each checks or changes table; the rest are counted. */
  rows: number;
}

function limited<T>(items: T[], limit: number): { shown: T[]; note: string } {
  const shown = items.slice(0, limit);
  const left = items.length - shown.length;
  return { shown, note: left > 0 ? `\n\n… and ${left} more (see the job summary or the report file).` : '' };
}

export function renderData(data: DataSummary, limits: ChecksLimits): string {
  const parts = [`#### ${dataHeadline(data)}`];
  const counted = data.rows !== undefined ? `${data.rows} rows${data.objects !== undefined ? ` in ${plural(data.objects, 'object')}` : ''}` : undefined;
  const scope = [counted, data.contract?.path ? `contract ${escapeMarkdown(data.contract.path, 120)}` : undefined].filter(Boolean);
  if (scope.length) parts.push(scope.join(' · '));
  if (data.checks.length > 0) {
    const { shown, note } = limited(data.checks, limits.rows);
    const rows = shown.map((check) => [
      `${resultIcon(check.result)} ${escapeMarkdown(check.result, 20)}`,
      escapeMarkdown(check.object ?? '', 60),
      escapeMarkdown(check.check, 60),
      escapeMarkdown(check.column ?? '', 60),
      check.count !== undefined ? `${check.count}${check.percent !== undefined ? ` (${formatNumber(check.percent, 3)}%)` : ''}` : '',
      escapeMarkdown(check.message ?? '', 200),
    ]);
    const body = table(['Result', 'Object', 'Check', 'Column', 'Rows', 'Message'], rows, ['l', 'l', 'l', 'l', 'r', 'l']) + note;
    const failing = data.checks.some((check) => resultIcon(check.result) === '❌');
    parts.push(failing ? body : details(`${plural(data.checks.length, 'check')} with warnings`, body));
  }
  const breaking = data.breaking.filter((change) => change.breaking);
  const other = data.breaking.filter((change) => !change.breaking);
  const changeTable = (changes: DataSummary['breaking']) => {
    const { shown, note } = limited(changes, limits.rows);
    return (
      table(
        ['Change', 'Where', 'Message'],
        shown.map((change) => [
          escapeMarkdown(change.change, 60),
          escapeMarkdown([change.object, change.property].filter(Boolean).join('.'), 120),
          escapeMarkdown(change.message ?? '', 200),
        ]),
      ) + note
    );
  };
  if (breaking.length > 0) parts.push(`**Breaking changes to the contract**\n\n${changeTable(breaking)}`);
  if (other.length > 0) parts.push(details(`${plural(other.length, 'compatible contract change')}`, changeTable(other)));
  if (data.drift) parts.push(renderDrift(data.drift, limits));
  return parts.join('\n\n');
}

function renderDrift(drift: NonNullable<DataSummary['drift']>, limits: ChecksLimits): string {
  const drifted = drift.columns.filter((column) => column.drifted);
  const share = drift.share !== undefined ? `share ${formatNumber(drift.share, 3)}` : undefined;
  const threshold = drift.threshold !== undefined ? `threshold ${formatNumber(drift.threshold, 3)}` : undefined;
  const numbers = [share, threshold].filter(Boolean).join(', ');
  const line = `${drift.drifted ? '⚠️ **Drift**' : '✅ No drift'}: ${drifted.length} of ${plural(drift.columns.length, 'column')} drifted${numbers ? ` (${numbers})` : ''}`;
  if (drift.columns.length === 0) return line;
  const { shown, note } = limited([...drifted, ...drift.columns.filter((column) => !column.drifted)], limits.rows);
  const rows = shown.map((column) => [
    escapeMarkdown(column.column, 80),
    column.drifted ? '⚠️ yes' : 'no',
    escapeMarkdown(column.method ?? '', 40),
    column.score !== undefined ? formatNumber(column.score, 3) : '',
    column.p_value !== undefined ? formatNumber(column.p_value, 3) : '',
  ]);
  return `${line}\n\n${details('Drift by column', table(['Column', 'Drifted', 'Method', 'Score', 'p-value'], rows, ['l', 'l', 'l', 'r', 'r']) + note)}`;
}

export function gateHeadline(gate: GateSummary): string {
  const name = gate.model?.name ? ` ${escapeMarkdown(gate.model.name, 80)}` : '';
  const version = gate.model?.version ? ` ${escapeMarkdown(gate.model.version, 30)}` : '';
  return `${gate.passed ? '✅' : '❌'} Gate: **${gate.passed ? 'promote' : 'blocked'}**${name}${version}`;
}

const RESULT_ORDER = ['fail', 'warn', 'pass', 'skip'];

export function renderGate(gate: GateSummary, limits: ChecksLimits): string {
  const parts = [`#### ${gateHeadline(gate)}`];
  if (gate.headline) parts.push(escapeMarkdown(gate.headline, 300));
  if (gate.override?.label) {
    const label = `override label ${escapeMarkdown(gate.override.label, 60)}${gate.override.by ? ` (added by ${escapeMarkdown(gate.override.by, 60)})` : ''}`;
    parts.push(
      gate.override.applied
        ? `⚠️ The ${label} accepted ${gate.override.accepted !== undefined ? plural(gate.override.accepted, 'failed rule') : 'failed rules'}.`
        : `The ${label} is present but was not needed.`,
    );
  }
  if (gate.champion?.version) {
    parts.push(`Compared with the champion${gate.champion.alias ? ` (${escapeMarkdown(gate.champion.alias, 60)})` : ''} version ${escapeMarkdown(gate.champion.version, 60)}.`);
  }
  if (gate.rules.length > 0) {
    const order = (result: string) => {
      const index = RESULT_ORDER.indexOf(result.toLowerCase());
      return index === -1 ? RESULT_ORDER.length : index;
    };
    const sorted = [...gate.rules].sort((a, b) => order(a.result) - order(b.result));
    const { shown, note } = limited(sorted, limits.rows);
    const rows = shown.map((rule) => [
      `${resultIcon(rule.result)} ${escapeMarkdown(rule.result, 20)}${rule.overridden ? ' (overridden)' : ''}`,
      escapeMarkdown(rule.id ?? rule.rule, 80),
      escapeMarkdown(rule.metric ?? '', 80),
      escapeMarkdown([rule.line, rule.note].filter(Boolean).join(' — '), 300),
    ]);
    const body = table(['Result', 'Rule', 'Metric', 'Reason'], rows) + note;
    const quiet = gate.passed && gate.rules.every((rule) => ['pass', 'skip'].includes(rule.result.toLowerCase()));
    parts.push(quiet ? details(plural(gate.rules.length, 'rule'), body) : body);
  }
  return parts.join('\n\n');
}
