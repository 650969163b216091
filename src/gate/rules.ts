/**
 * Each rule of the policy judged against the evidence, with one plain line that says what was
 * compared, with what, and the verdict. Pure: no I/O.
 */
import type { Interval, MetricValue } from '../shared/metrics.ts';
import type { SourceLocation } from '../shared/errors.ts';
import type { Evidence } from './evidence.ts';
import { formatCount, formatNumber, formatSigned, formatWithInterval, plural } from './format.ts';
import type { Amount, Policy, Rule, RuleKind, Severity } from './policy.ts';

export type Result = 'pass' | 'fail' | 'warn' | 'skip';

export interface RuleOutcome {
  id: string;
  rule: RuleKind;
  metric?: string;
  severity: Severity;
  result: Result;
  line: string;
  note?: string;
  value?: number | null;
  interval?: Interval;
  threshold?: number;
  champion_value?: number;
  difference?: { value: number; ci?: Interval };
  missing?: boolean;
  overridden?: boolean;
  source?: { line?: number; column?: number };
}

export const MARK: Record<Result, string> = { pass: '✓', fail: '✗', warn: '⚠', skip: '–' };

/** What a rule found, before the policy's severity and missing-data settings turn it into a result. */
type Finding =
  | { verdict: 'pass' | 'violated'; line: string; note?: string; details?: Partial<RuleOutcome> }
  | { verdict: 'missing'; line: string; note?: string; details?: Partial<RuleOutcome> }
  | { verdict: 'no-champion'; line: string; note?: string; details?: Partial<RuleOutcome> };

function withMark(line: string, result: Result): string {
  return `${line} ${MARK[result]}`;
}

function sourceOf(location?: SourceLocation): RuleOutcome['source'] {
  return location ? { line: location.line, column: location.column } : undefined;
}

/** Judges every rule. The order of the outcomes is the order of the policy. */
export function judge(policy: Policy, evidence: Evidence): RuleOutcome[] {
  return policy.rules.map((rule) => {
    const finding = find(rule, evidence);
    let result: Result;
    let line = finding.line;
    let note = finding.note;
    switch (finding.verdict) {
      case 'pass':
        result = 'pass';
        break;
      case 'violated':
        result = rule.severity;
        break;
      case 'missing':
        result = policy.onMissingMetric === 'skip' ? 'skip' : policy.onMissingMetric === 'warn' ? 'warn' : rule.severity;
        if (policy.onMissingMetric === 'skip') note = [note, 'left out (on_missing_metric: skip)'].filter(Boolean).join('; ');
        break;
      case 'no-champion':
        result = policy.onMissingChampion === 'pass' ? 'pass' : rule.severity;
        line += policy.onMissingChampion === 'pass' ? ' → passes' : ' → fails (on_missing_champion: fail)';
        break;
    }
    const metric = 'metric' in rule ? rule.metric : undefined;
    return {
      id: rule.id,
      rule: rule.kind,
      ...(metric !== undefined ? { metric } : {}),
      severity: rule.severity,
      result,
      line: withMark(line, result),
      ...(note ? { note } : {}),
      ...(finding.verdict === 'missing' ? { missing: true } : {}),
      ...finding.details,
      ...(rule.source ? { source: sourceOf(rule.source) } : {}),
    };
  });
}

// ---------------------------------------------------------------------------------------------

function known(names: string[]): string {
  if (names.length === 0) return 'it records no metrics';
  const shown = names.slice(0, 8).join(', ');
  return `it records ${shown}${names.length > 8 ? ` and ${names.length - 8} more` : ''}`;
}

/** The candidate's figure: metrics first, then the gate's own measurements. */
function figure(evidence: Evidence, name: string): MetricValue | undefined {
  const value = evidence.metrics.values[name];
  if (value) return value;
  const measured = evidence.figures?.[name];
  return measured === undefined ? undefined : { value: measured };
}

function missingMetric(evidence: Evidence, name: string, metric: MetricValue | undefined): Finding {
  if (metric && metric.value === null) {
    return { verdict: 'missing', line: `${name} undefined${metric.reason ? ` (${metric.reason})` : ''} in ${evidence.metricsFile}`, details: { value: null } };
  }
  return {
    verdict: 'missing',
    line: `${name} not recorded in ${evidence.metricsFile}`,
    note: known(Object.keys(evidence.metrics.values)),
  };
}

function amountText(amount: Amount, absolute: number, signed: boolean): string {
  if (!amount.relative) return signed ? formatSigned(absolute) : formatNumber(absolute);
  const percent = `${formatNumber(amount.value * 100)}%`;
  return `${signed ? (absolute < 0 ? '−' : '+') : ''}${percent} (${signed ? formatSigned(absolute) : formatNumber(absolute)})`;
}

function amountOf(amount: Amount, reference: number): number {
  return amount.relative ? amount.value * Math.abs(reference) : amount.value;
}

function find(rule: Rule, evidence: Evidence): Finding {
  switch (rule.kind) {
    case 'min':
    case 'max':
    case 'guardrail_min':
    case 'guardrail_max':
      return bound(rule.kind === 'min' || rule.kind === 'guardrail_min' ? 'min' : 'max', rule.metric, rule.threshold, 'useInterval' in rule && rule.useInterval, evidence);
    case 'improvement':
    case 'max_regression':
    case 'non_inferiority':
      return versusChampion(rule, evidence);
    case 'no_skill':
      return noSkill(rule, evidence);
    case 'slice_min':
    case 'slice_max':
    case 'slice_gap':
      return slices(rule, evidence);
    case 'data_contract':
    case 'drift_share':
      return upstream(rule, evidence);
    case 'eval_rows':
      return evaluationRows(rule.min, evidence);
  }
}

function bound(side: 'min' | 'max', name: string, threshold: number, useInterval: boolean, evidence: Evidence): Finding {
  const metric = figure(evidence, name);
  if (!metric || metric.value === null || metric.value === undefined) return missingMetric(evidence, name, metric);
  const value = metric.value;
  const ci = metric.ci ?? undefined;
  const details: Partial<RuleOutcome> = { value, threshold, ...(ci ? { interval: ci } : {}) };
  if (useInterval) {
    if (!ci) {
      return { verdict: 'missing', line: `${name} ${formatNumber(value)} has no confidence interval in ${evidence.metricsFile} (the rule uses the interval)`, details };
    }
    const end = side === 'min' ? ci[0] : ci[1];
    const ok = side === 'min' ? end >= threshold : end <= threshold;
    const word = side === 'min' ? 'low end' : 'high end';
    const relation = side === 'min' ? (ok ? '≥' : '<') : ok ? '≤' : '>';
    return { verdict: ok ? 'pass' : 'violated', line: `${name} ${formatWithInterval(value, ci)}: interval ${word} ${formatNumber(end)} ${relation} ${side} ${formatNumber(threshold)}`, details };
  }
  const ok = side === 'min' ? value >= threshold : value <= threshold;
  const relation = side === 'min' ? (ok ? '≥' : '<') : ok ? '≤' : '>';
  return { verdict: ok ? 'pass' : 'violated', line: `${name} ${formatWithInterval(value, ci)} ${relation} ${side} ${formatNumber(threshold)}`, details };
}

function versusChampion(rule: Extract<Rule, { kind: 'improvement' | 'max_regression' | 'non_inferiority' }>, evidence: Evidence): Finding {
  const name = rule.metric;
  const metric = evidence.metrics.values[name];
  if (!metric || metric.value === null || metric.value === undefined) return missingMetric(evidence, name, metric);
  const value = metric.value;
  const ci = metric.ci ?? undefined;
  const champion = evidence.champion;
  if (!champion) {
    return { verdict: 'no-champion', line: `${name} ${formatWithInterval(value, ci)}: no ${evidence.championAlias} yet (first model)`, note: 'no champion to compare with', details: { value } };
  }
  const recorded = champion.metrics[name];
  const championValue = typeof recorded === 'number' ? recorded : (evidence.metrics.document?.baseline?.metrics[name]?.value ?? undefined);
  if (championValue === undefined || championValue === null) {
    return {
      verdict: 'no-champion',
      line: `${name} ${formatWithInterval(value, ci)}: ${evidence.championAlias} v${champion.version} recorded no ${name}`,
      note: `the champion's metrics have no ${name}; compared as a first model`,
      details: { value },
    };
  }
  const championText = `champion ${formatNumber(championValue)} (v${champion.version})`;
  const higher = rule.direction === 'higher';
  const change = value - championValue;
  const details: Partial<RuleOutcome> = { value, champion_value: championValue, ...(ci ? { interval: ci } : {}) };

  if (rule.kind === 'improvement') {
    const needed = amountOf(rule.by, championValue);
    // A relative improvement on a zero champion can only mean "strictly better".
    const strict = rule.by.relative && championValue === 0;
    const ok = higher ? (strict ? change > 0 : change >= needed) : strict ? change < 0 : change <= -needed;
    const need = strict ? (higher ? '> 0' : '< 0') : higher ? `≥ ${amountText(rule.by, needed, true)}` : `≤ ${amountText(rule.by, -needed, true)}`;
    return {
      verdict: ok ? 'pass' : 'violated',
      line: `${name} ${formatNumber(value)} vs ${championText}: change ${formatSigned(change)}, needs ${need} → ${ok ? 'better' : 'not better enough'}`,
      details: { ...details, threshold: higher ? championValue + needed : championValue - needed },
    };
  }

  if (rule.kind === 'max_regression') {
    const allowed = amountOf(rule.by, championValue);
    const ok = higher ? change >= -allowed : change <= allowed;
    const limit = higher ? `allowed down to ${amountText(rule.by, -allowed, true)}` : `allowed up to ${amountText(rule.by, allowed, true)}`;
    return {
      verdict: ok ? 'pass' : 'violated',
      line: `${name} ${formatNumber(value)} vs ${championText}: change ${formatSigned(change)}, ${limit} → ${ok ? 'within allowed regression' : 'regressed'}`,
      details: { ...details, threshold: higher ? championValue - allowed : championValue + allowed },
    };
  }

  // Non-inferiority: the paired difference's interval must stay clear of the margin.
  const difference = metric.difference;
  if (!difference || difference.value === null || difference.value === undefined || !difference.ci) {
    return {
      verdict: 'missing',
      line: `${name} ${formatWithInterval(value, ci)} vs ${championText}: no paired difference with its interval in ${evidence.metricsFile}`,
      note: "evaluate writes the difference when given the champion's predictions on the same rows as its baseline",
      details,
    };
  }
  const margin = amountOf(rule.margin, championValue);
  const [low, high] = difference.ci;
  const ok = higher ? low > -margin : high < margin;
  return {
    verdict: ok ? 'pass' : 'violated',
    line:
      `${name} ${formatWithInterval(value, ci)} vs champion ${formatNumber(championValue)}: ` +
      `change ${formatWithInterval(difference.value, difference.ci, true)}, margin ${amountText(rule.margin, margin, false)} → ${ok ? 'non-inferior' : 'may be inferior'}`,
    details: { ...details, difference: { value: difference.value, ci: difference.ci }, threshold: higher ? -margin : margin },
  };
}

function noSkill(rule: Extract<Rule, { kind: 'no_skill' }>, evidence: Evidence): Finding {
  const name = rule.metric;
  const metric = evidence.metrics.values[name];
  if (!metric || metric.value === null || metric.value === undefined) return missingMetric(evidence, name, metric);
  const value = metric.value;
  const baseline = evidence.metrics.document?.no_skill?.[name];
  if (baseline === undefined || baseline === null) {
    return {
      verdict: 'missing',
      line: `${name} ${formatNumber(value)}: no no-skill figure for ${name} in ${evidence.metricsFile}`,
      note: 'evaluate records `no_skill` (majority class, or the mean) for the metrics it computes',
      details: { value },
    };
  }
  const margin = amountOf(rule.by, baseline);
  const higher = rule.direction === 'higher';
  const ok = margin === 0 ? (higher ? value > baseline : value < baseline) : higher ? value >= baseline + margin : value <= baseline - margin;
  const by = margin === 0 ? '' : `, needs ${higher ? '≥' : '≤'} ${formatNumber(higher ? baseline + margin : baseline - margin)}`;
  return {
    verdict: ok ? 'pass' : 'violated',
    line: `${name} ${formatWithInterval(value, metric.ci)} vs no-skill ${formatNumber(baseline)}${by} → ${ok ? 'beats no-skill' : 'does not beat no-skill'}`,
    details: { value, threshold: higher ? baseline + margin : baseline - margin },
  };
}

function slices(rule: Extract<Rule, { kind: 'slice_min' | 'slice_max' | 'slice_gap' }>, evidence: Evidence): Finding {
  const name = rule.metric;
  const all = evidence.metrics.document?.slices;
  const scope = rule.column ? `by ${rule.column}` : 'over all slices';
  if (!all || Object.keys(all).length === 0) {
    return { verdict: 'missing', line: `${name} ${scope}: no slices in ${evidence.metricsFile}`, note: 'evaluate writes slices when given slice columns' };
  }
  const chosen = Object.entries(all).filter(([key]) => !rule.column || key.startsWith(`${rule.column}=`));
  if (chosen.length === 0) {
    return { verdict: 'missing', line: `${name} ${scope}: no slice of ${rule.column} in ${evidence.metricsFile}`, note: `slices recorded: ${Object.keys(all).slice(0, 8).join(', ')}` };
  }
  const small = chosen.filter(([, slice]) => slice.rows < rule.minRows);
  const undefinedIn = chosen.filter(([, slice]) => slice.rows >= rule.minRows && (slice.metrics[name]?.value ?? null) === null);
  const judged = chosen
    .filter(([, slice]) => slice.rows >= rule.minRows && typeof slice.metrics[name]?.value === 'number')
    .map(([key, slice]) => ({ key, rows: slice.rows, value: slice.metrics[name]!.value as number }));
  const notes: string[] = [];
  if (small.length > 0) notes.push(`${plural(small.length, 'slice')} under ${formatCount(rule.minRows)} rows left out (${small.map(([key, slice]) => `${key}: ${slice.rows}`).slice(0, 5).join(', ')})`);
  if (undefinedIn.length > 0) notes.push(`${name} not recorded for ${undefinedIn.map(([key]) => key).slice(0, 5).join(', ')}`);
  const note = notes.length ? notes.join('; ') : undefined;
  if (judged.length === 0) {
    return { verdict: 'missing', line: `${name} ${scope}: no slice with ${name} and at least ${formatCount(rule.minRows)} rows`, note };
  }
  const shown = (slice: { key: string; rows: number; value: number }) => `${slice.key} ${formatNumber(slice.value)} (${formatCount(slice.rows)} rows)`;
  const sorted = [...judged].sort((a, b) => a.value - b.value);
  const worstLow = sorted[0]!;
  const worstHigh = sorted[sorted.length - 1]!;

  if (rule.kind === 'slice_gap') {
    const gap = worstHigh.value - worstLow.value;
    const ok = gap <= rule.maxGap;
    return {
      verdict: ok ? 'pass' : 'violated',
      line: `${name} gap ${scope}: ${formatNumber(gap)} (highest ${shown(worstHigh)}, lowest ${shown(worstLow)}) ${ok ? '≤' : '>'} max ${formatNumber(rule.maxGap)}`,
      note,
      details: { value: gap, threshold: rule.maxGap },
    };
  }
  const isMin = rule.kind === 'slice_min';
  const breaking = judged.filter((slice) => (isMin ? slice.value < rule.threshold : slice.value > rule.threshold));
  const worst = isMin ? worstLow : worstHigh;
  const ok = breaking.length === 0;
  const relation = isMin ? (ok ? '≥' : '<') : ok ? '≤' : '>';
  const count = ok ? `all ${plural(judged.length, 'slice')}` : `${breaking.length} of ${plural(judged.length, 'slice')}`;
  return {
    verdict: ok ? 'pass' : 'violated',
    line: `${name} ${scope}: ${isMin ? 'lowest' : 'highest'} ${shown(worst)} ${relation} ${isMin ? 'min' : 'max'} ${formatNumber(rule.threshold)} (${count}${ok ? ' clear it' : ` ${isMin ? 'below' : 'above'}`})`,
    note,
    details: { value: worst.value, threshold: rule.threshold },
  };
}

function upstream(rule: Extract<Rule, { kind: 'data_contract' | 'drift_share' }>, evidence: Evidence): Finding {
  const report = evidence.validation;
  const what = rule.kind === 'data_contract' ? 'data contract' : 'drift share';
  if (!report) {
    return { verdict: 'missing', line: `${what}: no validation report given`, note: "pass validate-data's report as the `data-report` input" };
  }
  if (rule.kind === 'data_contract') {
    const counts = `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}${report.rows !== undefined ? `, ${plural(report.rows, 'row')}` : ''}`;
    return { verdict: report.passed ? 'pass' : 'violated', line: `data contract ${report.passed ? 'passed' : 'failed'} (${counts})` };
  }
  if (!report.drift) {
    return { verdict: 'missing', line: `drift share: the validation report has no drift result`, note: 'validate-data reports drift when given reference data' };
  }
  const { share, drifted, columns } = report.drift;
  const ok = share <= rule.max;
  const which = columns && columns.length > 0 ? `: ${columns.slice(0, 5).join(', ')}${columns.length > 5 ? ', …' : ''}` : '';
  const count = drifted !== undefined ? ` (${plural(drifted, 'column')} drifted${which})` : '';
  return { verdict: ok ? 'pass' : 'violated', line: `drift share ${formatNumber(share)}${count} ${ok ? '≤' : '>'} max ${formatNumber(rule.max)}`, details: { value: share, threshold: rule.max } };
}

function evaluationRows(min: number, evidence: Evidence): Finding {
  const rows = evidence.metrics.document?.rows ?? evidence.metrics.values['rows']?.value ?? undefined;
  if (rows === undefined || rows === null) {
    return { verdict: 'missing', line: `evaluation rows not recorded in ${evidence.metricsFile}` };
  }
  const ok = rows >= min;
  return { verdict: ok ? 'pass' : 'violated', line: `evaluated on ${plural(rows, 'row')} ${ok ? '≥' : '<'} min ${formatCount(min)}`, details: { value: rows, threshold: min } };
}
