/** ODCS library-rule operators and severities. */
import type { QualityRule } from './contract.ts';
import type { CheckOutcome } from './report-types.ts';

/** Whether `value` satisfies the rule's operator. mustBeBetween and mustNotBeBetween are inclusive. */
export function satisfies(operator: { name: string; value: unknown }, value: number): boolean {
  const bound = operator.value;
  const pair = Array.isArray(bound) ? [Number(bound[0]), Number(bound[1])] : undefined;
  const limit = Number(bound);
  switch (operator.name) {
    case 'mustBe':
      return value === limit;
    case 'mustNotBe':
      return value !== limit;
    case 'mustBeGreaterThan':
      return value > limit;
    case 'mustBeGreaterOrEqualTo':
      return value >= limit;
    case 'mustBeLessThan':
      return value < limit;
    case 'mustBeLessOrEqualTo':
      return value <= limit;
    case 'mustBeBetween':
      return pair !== undefined && value >= Math.min(pair[0]!, pair[1]!) && value <= Math.max(pair[0]!, pair[1]!);
    case 'mustNotBeBetween':
      return pair !== undefined && !(value >= Math.min(pair[0]!, pair[1]!) && value <= Math.max(pair[0]!, pair[1]!));
    default:
      return false;
  }
}

const SYMBOLS: Record<string, string> = {
  mustBe: '=',
  mustNotBe: '≠',
  mustBeGreaterThan: '>',
  mustBeGreaterOrEqualTo: '≥',
  mustBeLessThan: '<',
  mustBeLessOrEqualTo: '≤',
};

export function describeOperator(operator: { name: string; value: unknown }, unit: 'rows' | 'percent'): string {
  const suffix = unit === 'percent' ? '%' : '';
  if (operator.name === 'mustBeBetween' || operator.name === 'mustNotBeBetween') {
    const [low, high] = Array.isArray(operator.value) ? operator.value : [];
    return `${operator.name === 'mustNotBeBetween' ? 'not ' : ''}between ${String(low)}${suffix} and ${String(high)}${suffix}`;
  }
  return `${SYMBOLS[operator.name] ?? operator.name} ${String(operator.value)}${suffix}`;
}

// datacontract-cli's list: a rule at one of these severities warns instead of failing.
const WARNING_SEVERITIES = new Set(['info', 'warning', 'warn', 'low', 'minor', 'trivial']);

export function failureOutcome(rule: QualityRule | undefined): CheckOutcome {
  return rule?.severity && WARNING_SEVERITIES.has(rule.severity.toLowerCase()) ? 'warning' : 'failed';
}
