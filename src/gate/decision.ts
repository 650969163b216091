/**
 * The decision: every rule's outcome, the override if one applied, and the verdict, in the format
 * of schemas/gate-decision.schema.json. Also its Markdown for the job summary and the check run.
 */
import { codeSpan, escapeMarkdown, table } from '../shared/markdown.ts';
import type { Evidence } from './evidence.ts';
import { formatCount, plural } from './format.ts';
import { CHAMPION_RULES, type Policy } from './policy.ts';
import { MARK, judge, type Result, type RuleOutcome } from './rules.ts';

export const DECISION_FORMAT = 'ml-actions/gate-decision@1';

export interface OverrideRecord {
  label: string;
  applied: boolean;
  pull_request?: number;
  by?: string;
  at?: string;
  accepted?: string[];
}

export interface RegistryRecord {
  type: 'github' | 'mlflow' | 'local';
  version?: string;
  url?: string;
  previous_version?: string;
  aliases?: Array<{ alias: string; version: string; from: string | null }>;
}

export interface GateDecision {
  format: typeof DECISION_FORMAT;
  passed: boolean;
  headline: string;
  dry_run: boolean;
  created_at: string;
  model: { name: string; version?: string; digest?: string; files?: number; bytes?: number };
  policy: { path: string; digest: string };
  metrics: { path: string; digest?: string; rows?: number; confidence?: number };
  champion?: { alias: string; version: string; commit?: string; registered_at?: string };
  rules: RuleOutcome[];
  counts: Record<Result, number>;
  override?: OverrideRecord;
  registry?: RegistryRecord;
  lineage?: { commit?: string; ref?: string; run_url?: string; actor?: string; event?: string };
  notes: string[];
}

export interface DecideInput {
  policy: Policy;
  evidence: Evidence;
  model: GateDecision['model'];
  metricsDigest?: string;
  /** The override label when the pull request carries it. */
  override?: Omit<OverrideRecord, 'applied' | 'accepted'>;
  dryRun: boolean;
  lineage?: GateDecision['lineage'];
  now?: Date;
}

function countsOf(rules: RuleOutcome[]): Record<Result, number> {
  const counts: Record<Result, number> = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const rule of rules) counts[rule.result]++;
  return counts;
}

/** Accepts failed champion comparisons when the override label is on the pull request. */
function applyOverride(rules: RuleOutcome[], override: DecideInput['override']): { rules: RuleOutcome[]; record?: OverrideRecord } {
  if (!override) return { rules };
  const accepted: string[] = [];
  const updated = rules.map((rule) => {
    if (rule.result !== 'fail' || !CHAMPION_RULES.has(rule.rule) || rule.missing) return rule;
    accepted.push(rule.id);
    const who = override.by ? ` added by ${override.by}` : '';
    return { ...rule, overridden: true, line: `${rule.line} (accepted: label "${override.label}"${who})` };
  });
  return { rules: updated, record: { ...override, applied: accepted.length > 0, ...(accepted.length ? { accepted } : {}) } };
}

export function headlineOf(decision: Pick<GateDecision, 'passed' | 'model' | 'counts' | 'override' | 'dry_run'>): string {
  const { counts } = decision;
  const name = decision.model.version ? `${decision.model.name} v${decision.model.version}` : decision.model.name;
  const parts: string[] = [];
  if (counts.fail > 0) parts.push(`${plural(counts.fail, 'rule')} failed`);
  if (counts.warn > 0) parts.push(plural(counts.warn, 'warning'));
  parts.push(`${formatCount(counts.pass)} passed`);
  if (counts.skip > 0) parts.push(`${formatCount(counts.skip)} skipped`);
  const accepted = decision.override?.applied ? `, regression accepted by label "${decision.override.label}"` : '';
  const verb = decision.passed ? (decision.dry_run ? 'Would promote' : 'Promote') : decision.dry_run ? 'Would block' : 'Block';
  return `${verb} ${name}: ${parts.join(', ')}${accepted}`;
}

/** Judges the policy and assembles the decision (registry fields are filled in after registering). */
export function decide(input: DecideInput): GateDecision {
  const { policy, evidence } = input;
  const judged = judge(policy, evidence);
  const { rules, record } = applyOverride(judged, input.override);
  const counts = countsOf(rules);
  const passed = rules.every((rule) => rule.result !== 'fail' || rule.overridden === true);
  const notes: string[] = [];
  if (!evidence.champion) notes.push(`No model holds the alias "${evidence.championAlias}" yet: this is the first model, and champion comparisons pass (on_missing_champion: ${policy.onMissingChampion}).`);
  if (record && !record.applied) notes.push(`The label "${record.label}" is on the pull request, but no champion comparison failed, so it changed nothing.`);
  const document = evidence.metrics.document;
  const decision: GateDecision = {
    format: DECISION_FORMAT,
    passed,
    headline: '',
    dry_run: input.dryRun,
    created_at: (input.now ?? new Date()).toISOString(),
    model: input.model,
    policy: { path: policy.path, digest: policy.digest },
    metrics: {
      path: evidence.metricsFile,
      ...(input.metricsDigest ? { digest: input.metricsDigest } : {}),
      ...(document?.rows !== undefined ? { rows: document.rows } : {}),
      ...(document?.confidence !== undefined ? { confidence: document.confidence } : {}),
    },
    ...(evidence.champion
      ? {
          champion: {
            alias: evidence.champion.alias,
            version: evidence.champion.version,
            ...(evidence.champion.commit ? { commit: evidence.champion.commit } : {}),
            ...(evidence.champion.registeredAt ? { registered_at: evidence.champion.registeredAt } : {}),
          },
        }
      : {}),
    rules,
    counts,
    ...(record ? { override: record } : {}),
    ...(input.lineage ? { lineage: input.lineage } : {}),
    notes,
  };
  decision.headline = headlineOf(decision);
  return decision;
}

/** Check run conclusion: failure when blocked, neutral when it passed with warnings or an override. */
export function conclusionOf(decision: GateDecision): 'success' | 'failure' | 'neutral' {
  if (!decision.passed) return 'failure';
  if (decision.counts.warn > 0 || decision.override?.applied) return 'neutral';
  return 'success';
}

const RESULT_WORD: Record<Result, string> = { pass: 'pass', fail: 'fail', warn: 'warning', skip: 'skipped' };

/** Markdown for the job summary and the check run; every text from the metrics file is escaped. */
export function decisionMarkdown(decision: GateDecision, options: { heading?: string } = {}): string {
  const icon = decision.passed ? (decision.counts.warn > 0 || decision.override?.applied ? '⚠️' : '✅') : '❌';
  const out: string[] = [`${options.heading ?? '###'} ${icon} ${escapeMarkdown(decision.headline, 300)}`, ''];
  const facts = [`Policy ${codeSpan(decision.policy.path)}`];
  if (decision.champion) facts.push(`compared with ${escapeMarkdown(decision.champion.alias)} v${escapeMarkdown(decision.champion.version)}`);
  else facts.push('no champion yet');
  if (decision.metrics.rows !== undefined) facts.push(`${formatCount(decision.metrics.rows)} evaluation rows`);
  if (decision.dry_run) facts.push('dry run: nothing registered');
  out.push(facts.join(' · '), '');
  const order: Result[] = ['fail', 'warn', 'pass', 'skip'];
  const sorted = [...decision.rules].sort((a, b) => order.indexOf(a.result) - order.indexOf(b.result));
  const rows = sorted.map((rule) => [
    rule.overridden ? `${MARK.warn} accepted` : `${MARK[rule.result]} ${RESULT_WORD[rule.result]}`,
    escapeMarkdown(rule.line, 400) + (rule.note ? `<br><sub>${escapeMarkdown(rule.note, 300)}</sub>` : ''),
    `${codeSpan(rule.id, 80)}${rule.severity === 'warn' ? ' (warn)' : ''}`,
  ]);
  out.push(table(['Result', 'Decision line', 'Rule'], rows, ['l', 'l', 'l']), '');
  const registry = decision.registry;
  if (registry?.version) {
    const where = registry.url ? `[v${escapeMarkdown(registry.version)}](${registry.url})` : `v${escapeMarkdown(registry.version)}`;
    const moves = (registry.aliases ?? []).map((move) => `${escapeMarkdown(move.alias)} → v${escapeMarkdown(move.version)}${move.from ? ` (was v${escapeMarkdown(move.from)})` : ''}`);
    out.push(`Registered ${escapeMarkdown(decision.model.name)} ${where} in the ${registry.type} registry${moves.length ? `; ${moves.join(', ')}` : ''}.`, '');
  }
  if (decision.override) {
    const who = [decision.override.by && `by ${escapeMarkdown(decision.override.by)}`, decision.override.at && `at ${escapeMarkdown(decision.override.at)}`].filter(Boolean).join(' ');
    out.push(
      `Override label ${codeSpan(decision.override.label)}${decision.override.pull_request ? ` on #${decision.override.pull_request}` : ''}${who ? ` (added ${who})` : ''}: ${decision.override.applied ? `accepted ${plural(decision.override.accepted?.length ?? 0, 'failed comparison')}` : 'not needed'}.`,
      '',
    );
  }
  for (const note of decision.notes) out.push(`> ${escapeMarkdown(note, 500)}`, '');
  return out.join('\n').trimEnd() + '\n';
}
