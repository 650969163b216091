/** The job summary of a deploy step: what serves now, smoke results, provider events, the plan. */
import { stringify } from 'yaml';
import { codeSpan, details, escapeMarkdown, table } from '../shared/markdown.ts';
import type { DeployOutcome } from './orchestrate.ts';
import type { PlannedCall, ProviderEvent, TargetName, Verb } from './target.ts';

export interface SummaryInput {
  verb: Verb;
  target: TargetName;
  name: string;
  outcome: DeployOutcome;
  plan: PlannedCall[];
  events: ProviderEvent[];
}

const STATUS_TEXT: Record<DeployOutcome['status'], string> = {
  planned: '📝 Planned (dry run, nothing changed)',
  deployed: '✅ Deployed',
  canary: '🐤 Canary running',
  shadow: '👥 Shadow running',
  promoted: '✅ Promoted',
  'rolled-back': '↩️ Rolled back',
  stopped: '⏹ Stopped',
  failed: '❌ Failed',
};

export function renderSummary({ verb, target, name, outcome, plan, events }: SummaryInput): string {
  const parts = [`### Deploy ${codeSpan(name)} to ${target}: ${STATUS_TEXT[outcome.status]}`];
  const rows: string[][] = [];
  const add = (label: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') rows.push([label, typeof value === 'number' ? String(value) : codeSpan(value)]);
  };
  add('Action', verb);
  add('Version', outcome.version);
  add('Previous version', outcome.previousVersion);
  add('Traffic on version', outcome.status === 'planned' ? undefined : `${outcome.traffic}%`);
  add('URL', outcome.url);
  add('Candidate URL', outcome.candidateUrl);
  add('GitHub deployment', outcome.deploymentId);
  add('Restored by automatic rollback', outcome.restored);
  parts.push(table(['', 'Value'], rows));
  if (outcome.failure) parts.push(`**Failure:** ${escapeMarkdown(outcome.failure, 2000)}`);
  if (outcome.rollbackProblem) parts.push(`**Automatic rollback incomplete:** ${escapeMarkdown(outcome.rollbackProblem, 1000)}`);
  for (const run of outcome.smokeRuns) {
    const smokeRows = run.results.map((r) => [r.passed ? '✅' : '❌', escapeMarkdown(r.name), r.status === undefined ? '–' : String(r.status), `${r.ms} ms`, escapeMarkdown(r.problems.join('; '), 500)]);
    parts.push(`#### Smoke test: ${escapeMarkdown(run.label)}\n\n${table(['', 'Request', 'Status', 'Time', 'Problems'], smokeRows)}`);
  }
  const notable = events.filter((e) => e.level !== 'info');
  if (notable.length > 0) {
    const eventRows = notable.slice(-30).map((e) => [e.level, escapeMarkdown(e.source), escapeMarkdown(e.reason ?? ''), escapeMarkdown(e.message, 400)]);
    parts.push(`#### Provider events\n\n${table(['Level', 'Source', 'Reason', 'Message'], eventRows)}`);
  }
  if (plan.length > 0) {
    const planRows = plan.map((c, i) => [String(i + 1), codeSpan(c.call), codeSpan(c.resource), escapeMarkdown(c.purpose)]);
    const bodies = plan
      .filter((c) => c.body !== undefined)
      .map((c) => details(`${escapeMarkdown(c.call)} ${escapeMarkdown(c.resource)}`, `\`\`\`yaml\n${stringify(c.body).replace(/```/g, '`\u200b``')}\`\`\``))
      .join('\n\n');
    parts.push(`#### Plan\n\n${table(['#', 'Call', 'Resource', 'Purpose'], planRows)}${bodies ? `\n\n${bodies}` : ''}`);
  }
  return `${parts.join('\n\n')}\n`;
}
