/**
 * Typed, validated workflow inputs. Each action declares its inputs once as a spec; the same spec
 * parses the values, types them for the code, and lets a test check it against action.yml.
 * Defaults live in action.yml only: the runner applies them, and so do the CLI and the umbrella
 * action (see metadata.ts), so a `defaulted` input always has a value here.
 */
import { ConfigurationError } from './errors.ts';

export interface InputSpec<T, Present extends boolean = boolean> {
  readonly kind: string;
  /** The value must be given (no default in action.yml). */
  readonly required: boolean;
  /** action.yml gives a default, so the value is always present. */
  readonly defaulted: boolean;
  /** Never echoed in logs (tokens). */
  readonly secret: boolean;
  readonly parse: (raw: string, name: string) => T;
  /** Phantom marker so the parsed type knows whether `undefined` is possible. */
  readonly present?: Present;
}

interface Flags {
  required?: boolean;
  defaulted?: boolean;
  secret?: boolean;
}

type Presence<F extends Flags> = F extends { required: true } ? true : F extends { defaulted: true } ? true : false;

function spec<T, F extends Flags>(kind: string, flags: F | undefined, parse: (raw: string, name: string) => T): InputSpec<T, Presence<F>> {
  return {
    kind,
    required: flags?.required ?? false,
    defaulted: flags?.defaulted ?? false,
    secret: flags?.secret ?? false,
    parse,
  };
}

// YAML 1.2 core schema booleans, the same set the runner's own `core.getBooleanInput` accepts.
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);

export function parseBoolean(raw: string, name: string): boolean {
  if (TRUE_WORDS.has(raw)) return true;
  if (FALSE_WORDS.has(raw)) return false;
  throw new ConfigurationError(name, `must be true or false, got "${raw}"`);
}

export interface NumberRules {
  min?: number;
  max?: number;
  integer?: boolean;
}

export function parseNumber(raw: string, name: string, rules: NumberRules = {}): number {
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  const what = rules.integer ? 'a whole number' : 'a number';
  if (!Number.isFinite(value) || (rules.integer && !Number.isInteger(value))) {
    throw new ConfigurationError(name, `must be ${what}${describeRange(rules)}, got "${raw}"`);
  }
  if ((rules.min !== undefined && value < rules.min) || (rules.max !== undefined && value > rules.max)) {
    throw new ConfigurationError(name, `must be ${what}${describeRange(rules)}, got ${value}`);
  }
  return value;
}

function describeRange(rules: NumberRules): string {
  if (rules.min !== undefined && rules.max !== undefined) return ` from ${rules.min} to ${rules.max}`;
  if (rules.min !== undefined) return ` of at least ${rules.min}`;
  if (rules.max !== undefined) return ` of at most ${rules.max}`;
  return '';
}

const DURATION_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds, from `90`, `90s`, `5m`, `1h30m`, `250ms` or `2d`. */
export function parseDuration(raw: string, name: string): number {
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) {
    throw new ConfigurationError(name, `must be a duration such as 90s, 5m or 1h30m, got "${raw}"`);
  }
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * DURATION_UNITS[unit!]!, 0);
}

/** Items separated by newlines or commas; blank items dropped. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `key: value` or `key=value` lines, as used for several named files in one input. */
export function parseKeyValues(raw: string, name: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [index, line] of raw.split('\n').entries()) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const match = /^([^:=]+?)\s*[:=]\s*(.+)$/.exec(text);
    if (!match) throw new ConfigurationError(name, `line ${index + 1} must look like "name: value", got "${text}"`);
    const key = match[1]!;
    if (key in entries) throw new ConfigurationError(name, `names "${key}" twice`);
    entries[key] = match[2]!;
  }
  return entries;
}

export function parseChoice<const C extends string>(raw: string, name: string, choices: readonly C[]): C {
  if ((choices as readonly string[]).includes(raw)) return raw as C;
  throw new ConfigurationError(name, `must be one of ${choices.join(', ')}; got "${raw}"`);
}

/** The input kinds an action can declare. */
export const input = {
  string: <F extends Flags>(flags?: F) => spec('string', flags, (raw) => raw),
  boolean: <F extends Flags>(flags?: F) => spec('boolean', flags, parseBoolean),
  number: <F extends Flags>(flags?: F & NumberRules) => spec('number', flags, (raw, name) => parseNumber(raw, name, flags)),
  integer: <F extends Flags>(flags?: F & NumberRules) =>
    spec('integer', flags, (raw, name) => parseNumber(raw, name, { ...flags, integer: true })),
  duration: <F extends Flags>(flags?: F) => spec('duration', flags, parseDuration),
  list: <F extends Flags>(flags?: F) => spec('list', flags, (raw) => parseList(raw)),
  keyValues: <F extends Flags>(flags?: F) => spec('key-values', flags, parseKeyValues),
  choice: <const C extends string, F extends Flags>(choices: readonly C[], flags?: F) =>
    spec('choice', flags, (raw, name) => parseChoice(raw, name, choices)),
};

export type InputSpecs = Record<string, InputSpec<unknown>>;

export type ParsedInputs<S extends InputSpecs> = {
  [K in keyof S]: S[K] extends InputSpec<infer T, infer P> ? (P extends true ? T : T | undefined) : never;
};

/** Where raw values come from: the runner's INPUT_* variables, or the CLI's flags. */
export type InputSource = (name: string) => string | undefined;

/** The runner's naming: upper-cased, spaces to `_`, hyphens kept. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export const environmentInputs: InputSource = (name) => process.env[inputVariableName(name)];

/**
 * Parses every declared input. All mistakes are collected so a user fixes them in one go.
 * `defaults` (from action.yml) fill in inputs the source does not have at all, as the runner does.
 */
export function parseInputs<S extends InputSpecs>(
  specs: S,
  source: InputSource,
  defaults: Record<string, string | undefined> = {},
): ParsedInputs<S> {
  const parsed: Record<string, unknown> = {};
  const problems: ConfigurationError[] = [];
  for (const [name, inputSpec] of Object.entries(specs)) {
    // An empty value counts as absent: the runner passes '' for declared inputs nobody set.
    const given = source(name)?.trim() ?? '';
    const raw = given !== '' ? given : (defaults[name] ?? '').trim();
    if (raw === '') {
      if (inputSpec.required || inputSpec.defaulted) problems.push(new ConfigurationError(name, 'is required and was not given'));
      parsed[name] = undefined;
      continue;
    }
    try {
      parsed[name] = inputSpec.parse(raw, name);
    } catch (error) {
      if (error instanceof ConfigurationError) problems.push(error);
      else throw error;
    }
  }
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) {
    throw new InputErrors(problems);
  }
  return parsed as ParsedInputs<S>;
}

/** Several inputs wrong at once: one message that lists them all. */
export class InputErrors extends ConfigurationError {
  readonly problems: readonly ConfigurationError[];
  constructor(problems: ConfigurationError[]) {
    super(problems.map((p) => p.input).join(', '), '');
    this.message = `${problems.length} inputs are wrong:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`;
    this.problems = problems;
  }
}
