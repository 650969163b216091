/**
 * The promotion policy: a YAML file checked against schemas/gate-policy.schema.json, turned into a
 * flat list of rules. Each rule remembers where it is written, so the decision can point at it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { UserError, type SourceLocation } from '../shared/errors.ts';
import { defaultDirection, type Direction } from '../shared/metrics.ts';
import { toolkitRoot } from '../shared/metadata.ts';
import { FileProblems, YamlSource, compileSchema, displayPath, schemaProblems, type FileProblem } from '../shared/yaml-schema.ts';

export type Severity = 'fail' | 'warn';

/** An amount as written: absolute (0.005), or relative to the champion's value (`1%` → 0.01). */
export interface Amount {
  value: number;
  relative: boolean;
}

interface RuleBase {
  /** Stable id from the rule's place in the policy, e.g. `metrics.accuracy.min`. */
  id: string;
  severity: Severity;
  source?: SourceLocation;
}

export type Rule = RuleBase &
  (
    | { kind: 'min' | 'max'; metric: string; threshold: number; useInterval: boolean }
    | { kind: 'improvement'; metric: string; direction: Direction; by: Amount }
    | { kind: 'max_regression'; metric: string; direction: Direction; by: Amount }
    | { kind: 'non_inferiority'; metric: string; direction: Direction; margin: Amount }
    | { kind: 'no_skill'; metric: string; direction: Direction; by: Amount }
    | { kind: 'guardrail_min' | 'guardrail_max'; metric: string; threshold: number }
    | { kind: 'slice_min' | 'slice_max'; metric: string; column?: string; threshold: number; minRows: number }
    | { kind: 'slice_gap'; metric: string; column?: string; maxGap: number; minRows: number }
    | { kind: 'data_contract' }
    | { kind: 'drift_share'; max: number }
    | { kind: 'eval_rows'; min: number }
  );

export type RuleKind = Rule['kind'];

/** A rule without what every rule has (Omit distributed over the union). */
type RuleBody = Rule extends infer R ? (R extends Rule ? Omit<R, 'id' | 'severity' | 'source'> : never) : never;

/** Rules that compare with the champion: they need one, and an override label may accept their failure. */
export const CHAMPION_RULES: ReadonlySet<RuleKind> = new Set(['improvement', 'max_regression', 'non_inferiority']);

export interface Policy {
  path: string;
  /** sha256:<hex> of the file's bytes. */
  digest: string;
  description?: string;
  onMissingMetric: 'fail' | 'warn' | 'skip';
  onMissingChampion: 'pass' | 'fail';
  rules: Rule[];
}

// ---------------------------------------------------------------------------------------------
// What the schema guarantees, as types.

type SeverityField = { severity?: Severity };
type Bound = number | ({ value: number; use?: 'value' | 'interval' } & SeverityField);
type AmountText = number | string;
type Change = AmountText | ({ by: AmountText } & SeverityField);

interface MetricRulesData extends SeverityField {
  direction?: Direction;
  min?: Bound;
  max?: Bound;
  better_than_champion?: Change;
  max_regression?: Change;
  non_inferior?: { margin: AmountText } & SeverityField;
  beats_no_skill?: true | ({ by?: AmountText } & SeverityField);
}

interface PolicyData {
  description?: string;
  severity?: Severity;
  on_missing_metric?: Policy['onMissingMetric'];
  on_missing_champion?: Policy['onMissingChampion'];
  metrics?: Record<string, MetricRulesData>;
  guardrails?: Record<string, { min?: number; max?: number } & SeverityField>;
  slices?: Array<
    {
      by?: string;
      min_rows?: number;
      metrics: Record<string, { min?: number; max?: number; max_gap?: number } & SeverityField>;
    } & SeverityField
  >;
  require?: {
    data_contract?: 'passed' | SeverityField;
    drift_share?: { max: number } & SeverityField;
    eval_rows?: { min: number } & SeverityField;
  };
}

let validator: ValidateFunction | undefined;

export function policySchemaPath(): string {
  return join(toolkitRoot(), 'schemas', 'gate-policy.schema.json');
}

function policyValidator(): ValidateFunction {
  validator ??= compileSchema(JSON.parse(readFileSync(policySchemaPath(), 'utf8')));
  return validator;
}

export function parseAmount(value: AmountText): Amount {
  if (typeof value === 'number') return { value, relative: false };
  return { value: Number(value.slice(0, -1)) / 100, relative: true };
}

function severityOf(field: unknown): Severity | undefined {
  return typeof field === 'object' && field !== null ? (field as SeverityField).severity : undefined;
}

/** Reads and checks a policy file; every problem is reported at its line, all at once. */
export function readPolicy(path: string, shownAs = path): Policy {
  if (!existsSync(path)) throw new UserError(`${shownAs}: policy file not found`, { file: shownAs });
  return parsePolicy(readFileSync(path), shownAs);
}

export function parsePolicy(bytes: Uint8Array | string, file: string): Policy {
  const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
  const source = new YamlSource(text, file);
  const syntax = source.syntaxProblems();
  if (syntax.length > 0) throw new FileProblems(file, syntax, 'policy');
  const data = source.document.toJS() as unknown;
  if (data === null || data === undefined) {
    throw new UserError(`${file}: the policy is empty; it needs at least one rule (metrics, guardrails, slices or require)`, { file, line: 1 });
  }
  const problems = schemaProblems(source, data, policyValidator());
  if (problems.length > 0) throw new FileProblems(file, problems, 'policy');
  const policyData = data as PolicyData;
  const { rules, problems: meaning } = rulesOf(policyData, source);
  if (meaning.length > 0) throw new FileProblems(file, meaning, 'policy');
  if (rules.length === 0) {
    throw new UserError(`${file}: the policy has no rules; add metrics, guardrails, slices or require`, { file, line: 1 });
  }
  return {
    path: file,
    digest: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    description: policyData.description,
    onMissingMetric: policyData.on_missing_metric ?? 'fail',
    onMissingChampion: policyData.on_missing_champion ?? 'pass',
    rules,
  };
}

function rulesOf(data: PolicyData, source: YamlSource): { rules: Rule[]; problems: FileProblem[] } {
  const rules: Rule[] = [];
  const problems: FileProblem[] = [];
  const base = data.severity ?? 'fail';
  const add = (path: (string | number)[], severity: Severity, rule: RuleBody): void => {
    rules.push({ ...rule, id: displayPath(path), severity, source: source.locate(path, true) } as Rule);
  };
  const problem = (path: (string | number)[], message: string): void => {
    problems.push({ message: `${displayPath(path)}: ${message}`, location: source.locate(path) });
  };

  for (const [metric, spec] of Object.entries(data.metrics ?? {})) {
    const at = ['metrics', metric];
    const direction = spec.direction ?? defaultDirection(metric);
    const metricSeverity = spec.severity ?? base;
    const boundOf = (bound: Bound) => (typeof bound === 'number' ? { threshold: bound, useInterval: false } : { threshold: bound.value, useInterval: bound.use === 'interval' });
    if (spec.min !== undefined) add([...at, 'min'], severityOf(spec.min) ?? metricSeverity, { kind: 'min', metric, ...boundOf(spec.min) });
    if (spec.max !== undefined) add([...at, 'max'], severityOf(spec.max) ?? metricSeverity, { kind: 'max', metric, ...boundOf(spec.max) });
    if (spec.min !== undefined && spec.max !== undefined && boundOf(spec.min).threshold > boundOf(spec.max).threshold) {
      problem([...at, 'max'], `max ${boundOf(spec.max).threshold} is below min ${boundOf(spec.min).threshold}: no value can pass`);
    }
    const changeOf = (change: Change): Amount => parseAmount(typeof change === 'object' ? change.by : change);
    if (spec.better_than_champion !== undefined) {
      add([...at, 'better_than_champion'], severityOf(spec.better_than_champion) ?? metricSeverity, {
        kind: 'improvement',
        metric,
        direction,
        by: changeOf(spec.better_than_champion),
      });
    }
    if (spec.max_regression !== undefined) {
      add([...at, 'max_regression'], severityOf(spec.max_regression) ?? metricSeverity, {
        kind: 'max_regression',
        metric,
        direction,
        by: changeOf(spec.max_regression),
      });
    }
    if (spec.non_inferior !== undefined) {
      add([...at, 'non_inferior'], spec.non_inferior.severity ?? metricSeverity, {
        kind: 'non_inferiority',
        metric,
        direction,
        margin: parseAmount(spec.non_inferior.margin),
      });
    }
    if (spec.beats_no_skill !== undefined) {
      const by = spec.beats_no_skill === true || spec.beats_no_skill.by === undefined ? { value: 0, relative: false } : parseAmount(spec.beats_no_skill.by);
      add([...at, 'beats_no_skill'], severityOf(spec.beats_no_skill) ?? metricSeverity, { kind: 'no_skill', metric, direction, by });
    }
  }

  for (const [metric, spec] of Object.entries(data.guardrails ?? {})) {
    const at = ['guardrails', metric];
    const severity = spec.severity ?? base;
    if (spec.min === undefined && spec.max === undefined) problem(at, 'a guardrail needs min or max');
    if (spec.min !== undefined) add([...at, 'min'], severity, { kind: 'guardrail_min', metric, threshold: spec.min });
    if (spec.max !== undefined) add([...at, 'max'], severity, { kind: 'guardrail_max', metric, threshold: spec.max });
    if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) problem([...at, 'max'], `max ${spec.max} is below min ${spec.min}: no value can pass`);
  }

  (data.slices ?? []).forEach((group, index) => {
    const at: (string | number)[] = ['slices', index];
    const minRows = group.min_rows ?? 1;
    for (const [metric, spec] of Object.entries(group.metrics)) {
      const here = [...at, 'metrics', metric];
      const severity = spec.severity ?? group.severity ?? base;
      const common = { metric, column: group.by, minRows };
      if (spec.min === undefined && spec.max === undefined && spec.max_gap === undefined) problem(here, 'a slice rule needs min, max or max_gap');
      if (spec.min !== undefined) add([...here, 'min'], severity, { kind: 'slice_min', ...common, threshold: spec.min });
      if (spec.max !== undefined) add([...here, 'max'], severity, { kind: 'slice_max', ...common, threshold: spec.max });
      if (spec.max_gap !== undefined) add([...here, 'max_gap'], severity, { kind: 'slice_gap', ...common, maxGap: spec.max_gap });
    }
  });

  const require = data.require ?? {};
  if (require.data_contract !== undefined) add(['require', 'data_contract'], severityOf(require.data_contract) ?? base, { kind: 'data_contract' });
  if (require.drift_share !== undefined) add(['require', 'drift_share'], require.drift_share.severity ?? base, { kind: 'drift_share', max: require.drift_share.max });
  if (require.eval_rows !== undefined) add(['require', 'eval_rows'], require.eval_rows.severity ?? base, { kind: 'eval_rows', min: require.eval_rows.min });
  return { rules, problems };
}
