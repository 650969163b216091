/**
 * Reads validate-data's report and gate's decision loosely: the core fields each file promises, each
 * coerced to the type the report shows, anything else ignored. The same coercion cleans a report that
 * arrives as an artifact from a fork, so a malformed field can only become an empty cell.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../shared/errors.ts';
import type { BreakingChange, CheckRow, DataSummary, GateRule, GateSummary } from './model.ts';

export const VALIDATION_FORMAT = 'ml-actions/validation-report@';
export const GATE_FORMAT = 'ml-actions/gate-decision@';

type Loose = Record<string, unknown>;

function object(value: unknown): Loose | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function number(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** Drops keys whose value is undefined, so the model stays clean JSON. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const QUIET_RESULTS = new Set(['pass', 'passed', 'ok', 'skip', 'skipped']);
const RESULT_RANK: Record<string, number> = { fail: 0, failed: 0, error: 0, warn: 1, warning: 1 };

function rank(result: string): number {
  return RESULT_RANK[result.toLowerCase()] ?? 2;
}

function checkRow(raw: unknown, objectName?: string): CheckRow | undefined {
  const check = object(raw);
  if (!check) return undefined;
  return defined({
    object: objectName ?? text(check['object']),
    check: text(check['check']) ?? '?',
    column: text(check['column']),
    result: text(check['result']) ?? '?',
    count: number(check['count']),
    percent: number(check['percent']),
    message: text(check['message']),
  });
}

function breakingChange(raw: unknown): BreakingChange | undefined {
  const change = object(raw);
  if (!change) return undefined;
  return defined({
    change: text(change['change']) ?? '?',
    object: text(change['object']),
    property: text(change['property']),
    breaking: bool(change['breaking']) ?? true,
    message: text(change['message']),
  });
}

function drift(raw: unknown): DataSummary['drift'] {
  const value = object(raw);
  if (!value) return undefined;
  const columns = list(value['columns'])
    .map((item) => {
      const column = object(item);
      if (!column) return undefined;
      return defined({
        column: text(column['column'] ?? column['name']) ?? '?',
        drifted: bool(column['drifted']),
        method: text(column['method'] ?? column['test']),
        score: number(column['score'] ?? column['statistic'] ?? column['value']),
        p_value: number(column['p_value'] ?? column['pValue']),
      });
    })
    .filter((column) => column !== undefined);
  return defined({ share: number(value['share']), drifted: bool(value['drifted']), threshold: number(value['threshold']), columns });
}

function contract(raw: unknown): DataSummary['contract'] {
  const value = object(raw);
  if (!value) return undefined;
  return defined({ path: text(value['path']), id: text(value['id']), version: text(value['version']) });
}

function sortChecks(checks: CheckRow[]): CheckRow[] {
  return checks.filter((check) => !QUIET_RESULTS.has(check.result.toLowerCase())).sort((a, b) => rank(a.result) - rank(b.result));
}

/** validate-data's report (ml-actions/validation-report@1) → what the report shows. */
export function summarizeData(raw: unknown): DataSummary {
  const report = object(raw) ?? {};
  const objects = list(report['objects']).map(object).filter((item) => item !== undefined);
  const checks = objects.flatMap((item) => list(item['checks']).map((check) => checkRow(check, text(item['name']))).filter((row) => row !== undefined));
  return defined({
    passed: bool(report['passed']) ?? false,
    errors: number(report['errors']),
    warnings: number(report['warnings']),
    rows: number(report['rows']),
    objects: objects.length || undefined,
    contract: contract(report['contract']),
    checks: sortChecks(checks),
    breaking: list(report['breaking_changes']).map(breakingChange).filter((change) => change !== undefined),
    drift: drift(report['drift']),
  });
}

/** A summary as the report model holds it (for instance from a fork's artifact), cleaned again. */
export function cleanDataSummary(raw: unknown): DataSummary {
  const summary = object(raw) ?? {};
  return defined({
    passed: bool(summary['passed']) ?? false,
    errors: number(summary['errors']),
    warnings: number(summary['warnings']),
    rows: number(summary['rows']),
    objects: number(summary['objects']),
    contract: contract(summary['contract']),
    checks: sortChecks(list(summary['checks']).map((check) => checkRow(check)).filter((row) => row !== undefined)),
    breaking: list(summary['breaking']).map(breakingChange).filter((change) => change !== undefined),
    drift: drift(summary['drift']),
  });
}

function gateRule(raw: unknown): GateRule | undefined {
  const rule = object(raw);
  if (!rule) return undefined;
  return defined({
    id: text(rule['id']),
    rule: text(rule['rule']) ?? '?',
    metric: text(rule['metric']),
    severity: text(rule['severity']),
    result: text(rule['result']) ?? '?',
    line: text(rule['line']),
    note: text(rule['note']),
    overridden: bool(rule['overridden']),
  });
}

/** gate's decision (ml-actions/gate-decision@1), or a summary of one, → what the report shows. */
export function summarizeGate(raw: unknown): GateSummary {
  const decision = object(raw) ?? {};
  const model = object(decision['model']);
  const override = object(decision['override']);
  const champion = object(decision['champion']);
  const accepted = override?.['accepted'];
  return defined({
    passed: bool(decision['passed']) ?? false,
    headline: text(decision['headline']),
    model: model ? defined({ name: text(model['name']), version: text(model['version']) }) : undefined,
    rules: list(decision['rules']).map(gateRule).filter((rule) => rule !== undefined),
    override: override
      ? defined({ label: text(override['label']), applied: bool(override['applied']), by: text(override['by']), accepted: Array.isArray(accepted) ? accepted.length : number(accepted) })
      : undefined,
    champion: champion ? defined({ alias: text(champion['alias']), version: text(champion['version']) }) : undefined,
  });
}

/** Reads a JSON file another step wrote, checking that it is the kind of file the input expects. */
export function readStepFile(path: string, shownAs: string, input: string, format: string, producer: string): unknown {
  if (!existsSync(path)) throw new UserError(`Input "${input}": ${shownAs} not found (it is written by the ${producer} step; run that step first, or leave the input out)`, { file: shownAs });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(`Input "${input}": ${shownAs} is not JSON: ${(error as Error).message}`, { file: shownAs });
  }
  const document = object(data);
  const declared = document?.['format'];
  if (!document || (typeof declared === 'string' && !declared.startsWith(format)) || typeof document['passed'] !== 'boolean') {
    throw new UserError(
      `Input "${input}": ${shownAs} is not a ${producer} file (expected "format": "${format}1" and a boolean "passed"${typeof declared === 'string' ? `, got format "${declared}"` : ''})`,
      { file: shownAs },
    );
  }
  return document;
}
