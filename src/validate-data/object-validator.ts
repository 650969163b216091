/**
 * Validates one schema object's rows as they stream past: every check keeps a count and the first few
 * offending values with their lines, never the rows themselves, so memory stays flat whatever the
 * file's size (uniqueness spills to disk past a budget in bytes).
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { percentOf, plural } from '../shared/counts.ts';
import type { ColumnBatch, StructureIssue } from '../tabular/index.ts';
import type { Contract, ContractObject, ContractProperty, LogicalType, QualityRule } from './contract.ts';
import { isCheckedSla, resolveElement } from './contract.ts';
import type { CheckOutcome, CheckResult, Sample } from './report-types.ts';
import { describeOperator, failureOutcome, satisfies } from './thresholds.ts';
import { DuplicateCounter, type DuplicateSample, type SourceDuplicates } from './unique.ts';
import { displayValue, isMissingValue, keyOf, logicalTypeOfPhysical, parseDate, parseTimestamp, textLength, typeParser, uniqueKey, type TypeParser } from './values.ts';

export interface ValidationOptions {
  samples: number;
  /** Texts that count as missing besides null and the empty string. */
  missingTokens: readonly string[];
  extraColumns: 'allow' | 'warn' | 'fail';
  missingColumns: 'fail' | 'optional';
  /** Bytes of keys held in memory per uniqueness check before spilling to disk (default: DEFAULT_MEMORY_BYTES in held-keys.ts). */
  uniqueMemoryBytes?: number;
  /** Most distinct keys held in memory per uniqueness check, whatever their bytes. */
  uniqueMemoryCap?: number;
  temp?: string;
  /** "Now" for freshness, in epoch ms. */
  now: number;
  /** Text formats have lines; Parquet and JSON arrays have row numbers. */
  locator: 'line' | 'row';
  /**
   * Uniqueness shared by the files of one schema object: the counters by check, this file's index
   * and every file's name. Without it, the file is checked alone.
   */
  uniqueness?: UniquenessScope;
}

export interface UniquenessScope {
  counters: Map<string, DuplicateCounter>;
  source: number;
  files: readonly string[];
}

const CLASSIFIED = /^(pii|personal|confidential|restricted|sensitive|secret)/i;

export function isClassified(property: ContractProperty): boolean {
  return property.classification !== undefined && CLASSIFIED.test(property.classification.trim());
}

function isNull(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

class Tally {
  count = 0;
  readonly samples: Sample[] = [];
  private readonly limit: number;
  private readonly redact: boolean;
  constructor(limit: number, redact: boolean) {
    this.limit = limit;
    this.redact = redact;
  }
  add(line: number, value: unknown): void {
    this.count++;
    if (this.samples.length < this.limit) {
      this.samples.push(this.redact ? { line, value: null, redacted: true } : { line, value: isNull(value) ? null : displayValue(value).slice(0, 200) });
    }
  }
}

/** `success` completes "all values …"; `failure` completes "3 rows …". */
type ValueCheck = { id: string; expected: unknown; success: string; failure: string; tally: Tally; test: (value: unknown, parsed: unknown) => boolean };

interface QualityState {
  rule: QualityRule;
  tally: Tally;
  kind: 'null' | 'missing' | 'invalid' | 'duplicate';
  missing?: { tokens: Set<string>; includesNull: boolean };
  duplicates?: DuplicateCounter;
  check?: (value: unknown) => boolean;
}

interface PropertyState {
  property: ContractProperty;
  index: number;
  type?: LogicalType;
  parse?: TypeParser;
  typeTally: Tally;
  requiredTally: Tally;
  valueChecks: ValueCheck[];
  unique?: DuplicateCounter;
  quality: QualityState[];
  latest?: number;
  freshness: Contract['sla'];
  /** Whether verdicts need the parsed key (unique, or the one-column primary key) or the text key (duplicateValues). */
  keysParsed: boolean;
  keysText: boolean;
  /** The property is the whole primary key: checked on its parsed values, in this column's scan. */
  soleKey: boolean;
  /** Missing values count against `required` (a key part counts against the key instead). */
  requiredValue: boolean;
  /** Verdicts on a dictionary's values, kept while the dictionary is: a Parquet column chunk's batches share one. */
  dictionaryVerdicts: WeakMap<ArrayLike<unknown>, DictionaryVerdicts>;
}

interface DictionaryVerdicts {
  verdicts: Verdict[];
  absent: Verdict;
  /** Per code: whether its rows count toward anything (see ObjectValidator.counts). */
  counted: Uint8Array;
  absentCounts: boolean;
}

/** What one value amounts to under a property's checks; see ObjectValidator.judge. */
interface Verdict {
  missing: boolean;
  typeError: boolean;
  /** Per value check: whether the value fails it. */
  failed: boolean[];
  /** Per quality rule: whether the value counts toward it. */
  quality: boolean[];
  /** Uniqueness key of a present value. */
  key: string | number | undefined;
  /** The value as text, for duplicateValues rules. */
  text: string | undefined;
  /** Epoch ms, for freshness. */
  time: number | undefined;
}

function newVerdict(state: PropertyState): Verdict {
  return { missing: false, typeError: false, failed: state.valueChecks.map(() => false), quality: state.quality.map(() => false), key: undefined, text: undefined, time: undefined };
}

const RULE_ALIASES: Record<string, string> = {
  duplicateCount: 'duplicateValues',
  validValues: 'invalidValues',
  nullCount: 'nullValues',
  missingCount: 'missingValues',
  invalidCount: 'invalidValues',
};

export const LIBRARY_METRICS = ['nullValues', 'missingValues', 'invalidValues', 'duplicateValues', 'rowCount'];

function metricOf(rule: QualityRule): string {
  return RULE_ALIASES[rule.metric] ?? rule.metric;
}

function checkIdOfMetric(metric: string, rule: QualityRule): string {
  if (metric === 'invalidValues') return rule.arguments['validValues'] !== undefined ? 'allowed-values' : 'invalid-values';
  return { nullValues: 'null-values', missingValues: 'missing-values', duplicateValues: 'duplicate-values', rowCount: 'row-count' }[metric] ?? 'quality-rule';
}

function formatPredicate(format: string): ((text: string) => boolean) | undefined {
  const definition = (fullFormats as Record<string, unknown>)[format];
  if (definition instanceof RegExp) return (text) => definition.test(text);
  if (typeof definition === 'function') return definition as (text: string) => boolean;
  if (definition && typeof definition === 'object' && 'validate' in definition) {
    const validate = (definition as { validate: unknown }).validate;
    if (validate instanceof RegExp) return (text) => validate.test(text);
    if (typeof validate === 'function') return validate as (text: string) => boolean;
  }
  return undefined;
}

function asComparable(bound: unknown, type: LogicalType | undefined): number | undefined {
  if (typeof bound === 'number') return bound;
  if (typeof bound === 'string') {
    if (type === 'date' || type === 'timestamp') return parseDate(bound) ?? parseTimestamp(bound);
    const number = Number(bound);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

function comparableValue(parsed: unknown): number | undefined {
  if (typeof parsed === 'number') return parsed;
  if (typeof parsed === 'bigint') return Number(parsed);
  return undefined;
}

export class ObjectValidator {
  readonly object: ContractObject;
  private readonly contract: Contract;
  private readonly options: ValidationOptions;
  private readonly states: PropertyState[];
  private readonly objectQuality: Array<{ rule: QualityRule; duplicates?: DuplicateCounter; tally: Tally; keyIndexes?: number[]; columns?: string[] }>;
  private readonly keyProperties: PropertyState[];
  private readonly primaryKey?: { duplicates: DuplicateCounter; nullTally: Tally };
  private readonly structure = new Map<StructureIssue['kind'], { count: number; samples: Sample[] }>();
  private columns: string[] = [];
  private columnCount = -1;
  rows = 0;

  constructor(object: ContractObject, contract: Contract, options: ValidationOptions) {
    this.object = object;
    this.contract = contract;
    this.options = options;
    this.states = object.properties.map((property) => this.compileProperty(property));
    this.keyProperties = this.states
      .filter((state) => state.property.primaryKey)
      .sort((a, b) => (a.property.primaryKeyPosition ?? 0) - (b.property.primaryKeyPosition ?? 0));
    if (this.keyProperties.length > 0) {
      this.primaryKey = { duplicates: this.counter('primary-key'), nullTally: new Tally(options.samples, false) };
    }
    this.objectQuality = object.quality.map((rule, index) => {
      // Without arguments.properties, a schema-level duplicateValues counts repeated rows (every declared column).
      const listed = Array.isArray(rule.arguments['properties']) ? (rule.arguments['properties'] as unknown[]).map(String) : undefined;
      const columns = listed ?? (metricOf(rule) === 'duplicateValues' ? object.properties.map((p) => p.name) : undefined);
      return { rule, tally: new Tally(options.samples, false), columns, duplicates: metricOf(rule) === 'duplicateValues' ? this.counter(`object-quality:${index}`) : undefined };
    });
  }

  /** A check's counter: this file's own, or the one the object's files share. */
  private counter(check: string): DuplicateCounter {
    const create = () => new DuplicateCounter({ memoryBytes: this.options.uniqueMemoryBytes, memoryCap: this.options.uniqueMemoryCap, samples: this.options.samples, temp: this.options.temp });
    const shared = this.options.uniqueness?.counters;
    if (!shared) return create();
    let counter = shared.get(check);
    if (!counter) shared.set(check, (counter = create()));
    return counter;
  }

  private get source(): number {
    return this.options.uniqueness?.source ?? 0;
  }

  /** This file's part of a (possibly shared) counter's result. */
  private duplicatesOf(counter: DuplicateCounter): SourceDuplicates {
    return counter.finish().sources[this.source] ?? { values: 0, duplicates: 0, samples: [] };
  }

  /** A duplicate's sample names the first occurrence: its line, and its file when that is another one. */
  private duplicateSample(sample: DuplicateSample, value: string | null, redacted: boolean): Sample {
    const files = this.options.uniqueness?.files;
    const first = { ...(sample.first.source !== sample.source && files?.[sample.first.source] !== undefined ? { file: files[sample.first.source]! } : {}), line: sample.first.line };
    return { line: sample.line, value, ...(redacted ? { redacted: true } : {}), first };
  }

  private compileProperty(property: ContractProperty): PropertyState {
    const redact = isClassified(property);
    const limit = this.options.samples;
    const type = property.logicalType ?? logicalTypeOfPhysical(property.physicalType);
    const options = property.options;
    const dateFormat = typeof options.format === 'string' && (type === 'date' || type === 'timestamp') ? options.format : undefined;
    const valueChecks: ValueCheck[] = [];
    const tally = () => new Tally(limit, redact);
    const isText = type === undefined || type === 'string';
    if (isText && (options.minLength !== undefined || options.maxLength !== undefined)) {
      const min = options.minLength;
      const max = options.maxLength;
      valueChecks.push({
        id: 'length',
        expected: { minLength: min, maxLength: max },
        ...((text: string) => ({ success: `have a ${text}`, failure: `without a ${text}` }))(min !== undefined && max !== undefined ? `length from ${min} to ${max}` : min !== undefined ? `length of at least ${min}` : `length of at most ${max}`),
        tally: tally(),
        test: (value) => {
          const length = textLength(typeof value === 'string' ? value : displayValue(value));
          return (min === undefined || length >= min) && (max === undefined || length <= max);
        },
      });
    }
    if (isText && typeof options.pattern === 'string') {
      const pattern = new RegExp(options.pattern);
      valueChecks.push({ id: 'pattern', expected: options.pattern, success: `match /${options.pattern}/`, failure: `not matching /${options.pattern}/`, tally: tally(), test: (value) => pattern.test(typeof value === 'string' ? value : displayValue(value)) });
    }
    if (isText && typeof options.format === 'string') {
      const predicate = formatPredicate(options.format);
      if (predicate) valueChecks.push({ id: 'format', expected: options.format, success: `are valid ${options.format} values`, failure: `not a valid ${options.format}`, tally: tally(), test: (value) => predicate(typeof value === 'string' ? value : displayValue(value)) });
    }
    const rangeType = type === 'integer' || type === 'number' || type === 'date' || type === 'timestamp';
    if (rangeType) {
      const minimum = asComparable(options.minimum, type);
      const maximum = asComparable(options.maximum, type);
      const exclusiveMinimum = asComparable(options.exclusiveMinimum, type);
      const exclusiveMaximum = asComparable(options.exclusiveMaximum, type);
      if ([minimum, maximum, exclusiveMinimum, exclusiveMaximum].some((bound) => bound !== undefined)) {
        const low = options.exclusiveMinimum !== undefined ? `(${String(options.exclusiveMinimum)}` : options.minimum !== undefined ? `[${String(options.minimum)}` : '(-∞';
        const high = options.exclusiveMaximum !== undefined ? `${String(options.exclusiveMaximum)})` : options.maximum !== undefined ? `${String(options.maximum)}]` : '∞)';
        valueChecks.push({
          id: 'range',
          expected: `${low}, ${high}`,
          success: `lie in ${low}, ${high}`,
          failure: `outside ${low}, ${high}`,
          tally: tally(),
          test: (_, parsed) => {
            const value = comparableValue(parsed);
            if (value === undefined) return true;
            return (
              (minimum === undefined || value >= minimum) &&
              (maximum === undefined || value <= maximum) &&
              (exclusiveMinimum === undefined || value > exclusiveMinimum) &&
              (exclusiveMaximum === undefined || value < exclusiveMaximum)
            );
          },
        });
      }
      if (typeof options.multipleOf === 'number' && options.multipleOf > 0) {
        const step = options.multipleOf;
        valueChecks.push({
          id: 'multiple-of',
          expected: step,
          success: `are multiples of ${step}`,
          failure: `not a multiple of ${step}`,
          tally: tally(),
          test: (_, parsed) => {
            const value = comparableValue(parsed);
            if (value === undefined) return true;
            const ratio = value / step;
            return Math.abs(ratio - Math.round(ratio)) <= 1e-9 * Math.max(1, Math.abs(ratio));
          },
        });
      }
    }
    const quality: QualityState[] = [];
    for (const rule of property.quality) {
      if (rule.type !== 'library') continue;
      const metric = metricOf(rule);
      if (metric === 'nullValues') quality.push({ rule, kind: 'null', tally: tally() });
      else if (metric === 'missingValues') {
        const listed = Array.isArray(rule.arguments['missingValues']) ? (rule.arguments['missingValues'] as unknown[]) : undefined;
        const tokens = new Set((listed ?? ['', ...this.options.missingTokens]).filter((v) => v !== null).map(String));
        quality.push({ rule, kind: 'missing', tally: tally(), missing: { tokens, includesNull: listed === undefined || listed.includes(null) } });
      } else if (metric === 'invalidValues') {
        const valid = Array.isArray(rule.arguments['validValues']) ? new Set((rule.arguments['validValues'] as unknown[]).map(keyOf)) : undefined;
        const pattern = typeof rule.arguments['pattern'] === 'string' ? new RegExp(rule.arguments['pattern']) : undefined;
        quality.push({
          rule,
          kind: 'invalid',
          tally: tally(),
          check: (value) => {
            const key = keyOf(value);
            return (valid === undefined || valid.has(key)) && (pattern === undefined || pattern.test(key));
          },
        });
      } else if (metric === 'duplicateValues') quality.push({ rule, kind: 'duplicate', tally: tally(), duplicates: this.counter(`quality:${property.column}:${quality.length}`) });
    }
    const soleKey = property.primaryKey === true && this.object.properties.filter((p) => p.primaryKey).length === 1;
    const unique = property.unique && !soleKey ? this.counter(`unique:${property.column}`) : undefined;
    return {
      property,
      index: -1,
      type,
      parse: type ? typeParser(type, dateFormat) : undefined,
      typeTally: tally(),
      requiredTally: tally(),
      valueChecks,
      unique,
      keysParsed: unique !== undefined || soleKey,
      soleKey,
      requiredValue: property.required === true && !property.primaryKey,
      dictionaryVerdicts: new WeakMap(),
      keysText: quality.some((rule) => rule.kind === 'duplicate'),
      quality,
      freshness: this.contract.sla.filter((sla) => isCheckedSla(sla.property) && sla.element?.split(',').some((element) => resolveElement(this.contract, element.trim())?.property === property)),
    };
  }

  /** Told of file-structure problems by the reader. */
  noteIssue(issue: StructureIssue): void {
    let entry = this.structure.get(issue.kind);
    if (!entry) this.structure.set(issue.kind, (entry = { count: 0, samples: [] }));
    entry.count++;
    if (entry.samples.length < this.options.samples) entry.samples.push({ line: issue.line, value: issue.message });
  }

  private resolveColumns(columns: string[]): void {
    this.columns = columns;
    this.columnCount = columns.length;
    const positions = new Map<string, number>();
    columns.forEach((name, index) => {
      if (!positions.has(name)) positions.set(name, index);
    });
    for (const state of this.states) state.index = positions.get(state.property.column) ?? -1;
    for (const entry of this.objectQuality) {
      entry.keyIndexes = entry.columns?.map((name) => {
        const property = this.object.properties.find((p) => p.name === name || p.column === name);
        return positions.get(property?.column ?? name) ?? -1;
      });
    }
  }

  add(batch: ColumnBatch): void {
    // JSON Lines may grow new columns as new keys appear.
    if (batch.columns !== this.columns || batch.columns.length !== this.columnCount) this.resolveColumns(batch.columns);
    const missingTokens = new Set(this.options.missingTokens);
    this.rows += batch.length;
    for (const state of this.states) {
      if (state.index < 0) continue;
      this.scanColumn(state, batch, missingTokens);
    }
    if (this.primaryKey && this.keyProperties.length > 1) this.scanCompositeKey(batch);
    for (const entry of this.objectQuality) {
      if (!entry.duplicates || !entry.keyIndexes) continue;
      const columns = entry.keyIndexes.map((index) => (index < 0 ? undefined : batch.data[index]));
      for (let r = 0; r < batch.length; r++) {
        const parts = columns.map((values) => (values === undefined ? '' : keyOf(values[r])));
        if (parts.every((part) => part === '')) continue;
        entry.duplicates.add(JSON.stringify(parts), lineOf(batch, r), this.source);
      }
    }
  }

  private scanColumn(state: PropertyState, batch: ColumnBatch, missingTokens: Set<string>): void {
    const lines = batch.lines;
    const base = batch.firstRow + 1;
    const length = batch.length;
    // A one-column primary key is checked here, on parsed values; composite keys row by row after.
    const key = state.soleKey ? this.primaryKey : undefined;
    const dictionary = batch.dictionaries?.[state.index];
    if (dictionary) {
      // Each distinct value is judged once per dictionary, however many batches share it; then only rows whose value counts toward something are visited.
      let judged = state.dictionaryVerdicts.get(dictionary.values);
      if (!judged) {
        const verdicts = Array.from({ length: dictionary.values.length }, (_, code) => this.judge(state, dictionary.values[code], missingTokens, newVerdict(state)));
        const absent = this.judge(state, undefined, missingTokens, newVerdict(state));
        judged = { verdicts, absent, counted: Uint8Array.from(verdicts, (verdict) => (this.counts(state, verdict, key) ? 1 : 0)), absentCounts: this.counts(state, absent, key) };
        state.dictionaryVerdicts.set(dictionary.values, judged);
      }
      const { verdicts, absent, counted, absentCounts } = judged;
      // Freshness needs the newest value that occurs, so occurrence is noted for every value.
      const present = state.freshness.length > 0 ? new Uint8Array(verdicts.length) : undefined;
      const codes = dictionary.codes;
      for (let r = 0; r < length; r++) {
        const code = codes[r]!;
        if (code < 0) {
          if (absentCounts) this.apply(state, absent, undefined, lines === undefined ? base + r : lines[r]!, key);
          continue;
        }
        if (present) present[code] = 1;
        if (counted[code]) this.apply(state, verdicts[code]!, dictionary.values[code], lines === undefined ? base + r : lines[r]!, key);
      }
      if (present) {
        for (const [code, verdict] of verdicts.entries()) {
          if (present[code] && verdict.time !== undefined && (state.latest === undefined || verdict.time > state.latest)) state.latest = verdict.time;
        }
      }
      return;
    }
    const values = batch.data[state.index]!;
    const scratch = newVerdict(state);
    for (let r = 0; r < length; r++) {
      const value = values[r];
      this.apply(state, this.judge(state, value, missingTokens, scratch), value, lines === undefined ? base + r : lines[r]!, key);
    }
  }

  /** Works out what a value amounts to under the property's checks, into `verdict`; depends on nothing but the value. */
  private judge(state: PropertyState, value: unknown, missingTokens: Set<string>, verdict: Verdict): Verdict {
    const quality = state.quality;
    const absent = isNull(value);
    for (let q = 0; q < quality.length; q++) {
      const rule = quality[q]!;
      switch (rule.kind) {
        case 'null':
          verdict.quality[q] = absent;
          break;
        case 'missing': {
          const missing = rule.missing!;
          verdict.quality[q] = value === undefined || value === null ? missing.includesNull : missing.tokens.has(keyOf(value));
          break;
        }
        case 'invalid':
          verdict.quality[q] = !absent && !rule.check!(value);
          break;
        case 'duplicate':
          verdict.quality[q] = !absent;
          break;
      }
    }
    verdict.text = state.keysText && !absent ? keyOf(value) : undefined;
    verdict.missing = isMissingValue(value, missingTokens);
    verdict.time = undefined;
    if (verdict.missing) return verdict;
    let parsed: unknown = value;
    if (state.parse) {
      parsed = state.parse(value);
      verdict.typeError = parsed === undefined;
      if (verdict.typeError) {
        verdict.key = state.keysParsed ? keyOf(value) : undefined;
        return verdict;
      }
    } else verdict.typeError = false;
    verdict.key = state.keysParsed ? uniqueKey(value, parsed) : undefined;
    const checks = state.valueChecks;
    for (let c = 0; c < checks.length; c++) verdict.failed[c] = !checks[c]!.test(value, parsed);
    if (state.freshness.length > 0) {
      // Freshness reads dates even from a column the contract types as text.
      verdict.time = typeof parsed === 'number' ? parsed : typeof value === 'string' ? parseTimestamp(value) : value instanceof Date ? value.getTime() : undefined;
    }
    return verdict;
  }

  /** Whether `apply` would add a row with this verdict to anything (freshness aside). */
  private counts(state: PropertyState, verdict: Verdict, key: ObjectValidator['primaryKey']): boolean {
    if (verdict.quality.includes(true)) return true;
    if (verdict.missing) return key !== undefined || state.requiredValue;
    return verdict.typeError || verdict.failed.includes(true) || key !== undefined || state.unique !== undefined;
  }

  /** Counts one row's value by its verdict. */
  private apply(state: PropertyState, verdict: Verdict, value: unknown, line: number, key: ObjectValidator['primaryKey']): void {
    const quality = state.quality;
    for (let q = 0; q < quality.length; q++) {
      if (!verdict.quality[q]) continue;
      const rule = quality[q]!;
      if (rule.kind === 'duplicate') rule.duplicates!.add(verdict.text!, line, this.source);
      else rule.tally.add(line, value);
    }
    if (verdict.missing) {
      if (key) key.nullTally.add(line, value);
      else if (state.requiredValue) state.requiredTally.add(line, value);
      return;
    }
    if (verdict.typeError) {
      state.typeTally.add(line, value);
      if (key) key.duplicates.add(verdict.key!, line, this.source);
      return;
    }
    if (key) key.duplicates.add(verdict.key!, line, this.source);
    const checks = state.valueChecks;
    for (let c = 0; c < checks.length; c++) if (verdict.failed[c]) checks[c]!.tally.add(line, value);
    if (state.unique) state.unique.add(verdict.key!, line, this.source);
    if (verdict.time !== undefined && (state.latest === undefined || verdict.time > state.latest)) state.latest = verdict.time;
  }

  private scanCompositeKey(batch: ColumnBatch): void {
    const key = this.primaryKey!;
    const indexes = this.keyProperties.map((state) => state.index);
    if (indexes.some((index) => index < 0)) return;
    const columns = indexes.map((index) => batch.data[index]!);
    for (let r = 0; r < batch.length; r++) {
      const parts: string[] = [];
      let hasNull = false;
      for (const values of columns) {
        const value = values[r];
        if (isNull(value)) hasNull = true;
        parts.push(keyOf(value));
      }
      if (hasNull) key.nullTally.add(lineOf(batch, r), parts.join(', '));
      else key.duplicates.add(JSON.stringify(parts), lineOf(batch, r), this.source);
    }
  }

  private percent(count: number): number {
    return percentOf(count, this.rows);
  }

  private counted(check: string, column: string | undefined, tally: Tally, passMessage: string, failMessage: string, extra: Partial<CheckResult> = {}, failWith: CheckOutcome = 'failed'): CheckResult {
    const failed = tally.count > 0;
    return {
      check,
      ...(column !== undefined ? { column } : {}),
      result: failed ? failWith : 'passed',
      count: tally.count,
      percent: this.percent(tally.count),
      message: failed ? failMessage : passMessage,
      ...(failed && tally.samples.length > 0 ? { samples: tally.samples } : {}),
      ...extra,
    };
  }

  finish(): CheckResult[] {
    const results: CheckResult[] = [];
    const declared = new Set(this.object.properties.map((p) => p.column));
    results.push(...this.structureResults());
    if (this.rows === 0) {
      results.push({ check: 'row-count', result: 'error', count: 0, message: 'the file has a header but no data rows', contract_location: this.object.location });
    }
    const extras = this.columns.filter((column) => !declared.has(column));
    if (this.options.extraColumns !== 'allow') {
      results.push({
        check: 'extra-columns',
        result: extras.length === 0 ? 'passed' : this.options.extraColumns === 'fail' ? 'failed' : 'warning',
        count: extras.length,
        message: extras.length === 0 ? 'no columns beyond the contract' : `${plural(extras.length, 'column is', 'columns are')} not in the contract: ${extras.join(', ')}`,
        ...(extras.length ? { samples: extras.slice(0, Math.max(1, this.options.samples)).map((value) => ({ value })) } : {}),
        contract_location: this.object.location,
      });
    }
    for (const state of this.states) {
      const property = state.property;
      const column = property.column;
      const where = { contract_location: property.location };
      if (state.index < 0) {
        const optional = this.options.missingColumns === 'optional' && !property.required && !property.primaryKey;
        results.push({ check: 'column-present', column, result: optional ? 'warning' : 'failed', message: `column "${column}" is not in the data`, ...where });
        continue;
      }
      results.push({ check: 'column-present', column, result: 'passed', message: 'present', ...where });
      if (state.parse) {
        results.push(this.counted('type', column, state.typeTally, `every value reads as ${state.type}`, `${plural(state.typeTally.count, 'row')} not ${/^[aeiou]/.test(state.type!) ? 'an' : 'a'} ${state.type}`, { expected: state.type, ...where }));
      }
      if (property.required && !property.primaryKey) {
        results.push(this.counted('required', column, state.requiredTally, 'no missing values', `${plural(state.requiredTally.count, 'row')} missing a value`, where));
      }
      if (state.unique) {
        const result = this.duplicatesOf(state.unique);
        results.push(this.duplicateResult('unique', column, result, property, where));
      }
      for (const check of state.valueChecks) {
        results.push(this.counted(check.id, column, check.tally, `all values ${check.success}`, `${plural(check.tally.count, 'row')} ${check.failure}`, { expected: check.expected, ...where }));
      }
      for (const quality of state.quality) results.push(this.qualityResult(quality, column, property));
      for (const rule of property.quality) {
        // A text rule describes quality in words; there is nothing to run.
        if (rule.type === 'text') continue;
        if (rule.type !== 'library') results.push(this.unsupportedRule(rule, column));
        else if (!LIBRARY_METRICS.includes(metricOf(rule))) results.push(this.unknownMetric(rule, column));
        else if (metricOf(rule) === 'rowCount') results.push(this.rowCountResult(rule));
      }
      for (const sla of state.freshness) results.push(this.freshnessResult(sla, state));
    }
    if (this.primaryKey) results.push(this.primaryKeyResult());
    for (const entry of this.objectQuality) {
      const rule = entry.rule;
      const metric = metricOf(rule);
      if (rule.type === 'text') continue;
      if (rule.type !== 'library') results.push(this.unsupportedRule(rule));
      else if (metric === 'rowCount') results.push(this.rowCountResult(rule));
      else if (metric === 'duplicateValues' && entry.duplicates) {
        const result = this.duplicatesOf(entry.duplicates);
        results.push(this.thresholdResult(rule, 'duplicate-values', undefined, result.duplicates, result.samples.map((s) => this.duplicateSample(s, formatCompositeKey(s.key), false)), `duplicate combinations of ${entry.columns?.join(', ') ?? 'all columns'}`, entry.columns));
      } else results.push(this.unknownMetric(rule));
    }
    return results;
  }

  private structureResults(): CheckResult[] {
    if (this.options.locator !== 'line' || this.structure.size === 0 && !this.isDelimited) return [];
    const results: CheckResult[] = [];
    const describe: Array<[StructureIssue['kind'], string, CheckOutcome, string]> = [
      ['header', 'header', 'failed', 'column names are present and distinct'],
      ['ragged-row', 'ragged-rows', 'failed', 'every row has as many fields as the header'],
      ['blank-line', 'blank-lines', 'warning', 'no blank lines'],
      ['encoding', 'encoding', 'failed', 'valid UTF-8'],
      ['bom', 'bom', 'warning', 'no byte order mark'],
    ];
    for (const [kind, check, outcome, passMessage] of describe) {
      const entry = this.structure.get(kind);
      if (!entry) {
        results.push({ check, result: 'passed', count: 0, message: passMessage });
        continue;
      }
      const first = entry.samples[0];
      results.push({
        check,
        result: outcome,
        count: entry.count,
        message: `${plural(entry.count, 'problem')}; line ${first?.line}: ${first?.value}`,
        samples: entry.samples,
      });
    }
    return results;
  }

  /** Set for CSV/TSV, whose structure is checked (other formats fail to parse instead). */
  isDelimited = false;

  private duplicateResult(check: string, column: string | undefined, result: SourceDuplicates, property: ContractProperty | undefined, extra: Partial<CheckResult>): CheckResult {
    const redact = property ? isClassified(property) : false;
    const samples: Sample[] = result.samples.map((sample) => this.duplicateSample(sample, redact ? null : sample.key.slice(0, 200), redact));
    return {
      check,
      ...(column !== undefined ? { column } : {}),
      result: result.duplicates > 0 ? 'failed' : 'passed',
      count: result.duplicates,
      percent: this.percent(result.duplicates),
      message: result.duplicates > 0 ? `${plural(result.duplicates, 'value repeats', 'values repeat')} an earlier one` : `all ${result.values} values are distinct`,
      ...(samples.length && result.duplicates > 0 ? { samples } : {}),
      ...extra,
    };
  }

  private primaryKeyResult(): CheckResult {
    const key = this.primaryKey!;
    const columns = this.keyProperties.map((state) => state.property.column);
    const absent = this.keyProperties.filter((state) => state.index < 0).map((state) => state.property.column);
    const location = { contract_location: this.keyProperties[0]!.property.location };
    if (absent.length > 0) {
      return { check: 'primary-key', columns, result: 'failed', message: `key column ${absent.join(', ')} is not in the data`, ...location };
    }
    const duplicates = this.duplicatesOf(key.duplicates);
    const nulls = key.nullTally.count;
    const count = duplicates.duplicates + nulls;
    const redact = this.keyProperties.some((state) => isClassified(state.property));
    const samples: Sample[] = [
      ...key.nullTally.samples.map((sample) => (redact ? { ...sample, value: null, redacted: true } : { ...sample, value: `missing key part: ${sample.value ?? ''}` })),
      ...duplicates.samples.map((sample) => this.duplicateSample(sample, redact ? null : formatCompositeKey(sample.key), redact)),
    ]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .slice(0, this.options.samples);
    const parts: string[] = [];
    if (duplicates.duplicates) parts.push(plural(duplicates.duplicates, 'duplicate key'));
    if (nulls) parts.push(`${plural(nulls, 'row')} with a missing key value`);
    return {
      check: 'primary-key',
      ...(columns.length === 1 ? { column: columns[0] } : { columns }),
      result: count > 0 ? 'failed' : 'passed',
      count,
      percent: this.percent(count),
      message: count > 0 ? parts.join(' and ') : `key (${columns.join(', ')}) is present and unique in every row`,
      ...(count > 0 && samples.length ? { samples } : {}),
      ...location,
    };
  }

  private qualityResult(quality: QualityState, column: string, property: ContractProperty): CheckResult {
    const rule = quality.rule;
    const metric = metricOf(rule);
    const id = checkIdOfMetric(metric, rule);
    if (quality.kind === 'duplicate') {
      const result = this.duplicatesOf(quality.duplicates!);
      const redact = isClassified(property);
      return this.thresholdResult(rule, id, column, result.duplicates, result.samples.map((s) => this.duplicateSample(s, redact ? null : s.key, redact)), 'duplicate values');
    }
    const what = { null: 'null values', missing: 'missing values', invalid: rule.arguments['validValues'] !== undefined ? 'values outside the allowed list' : 'invalid values' }[quality.kind];
    const result = this.thresholdResult(rule, id, column, quality.tally.count, quality.tally.samples, what);
    if (rule.arguments['validValues'] !== undefined) result.expected = rule.arguments['validValues'];
    return result;
  }

  /** A library rule: the measured count (or percent) against its operator; `mustBe: 0` when none is given. */
  private thresholdResult(rule: QualityRule, check: string, column: string | undefined, count: number, samples: Sample[], what: string, columns?: string[]): CheckResult {
    const operator = rule.operator ?? { name: 'mustBe', value: 0 };
    const measured = rule.unit === 'percent' ? this.percent(count) : count;
    const ok = satisfies(operator, measured);
    const expected = describeOperator(operator, rule.unit);
    const shown = rule.unit === 'percent' ? `${measured}%` : String(measured);
    if (count === 1 && rule.unit !== 'percent') what = what.replace(/^(\w+) values/, '$1 value').replace(/^values/, 'value').replace(/^duplicate combinations/, 'duplicate combination');
    return {
      check,
      ...(column !== undefined ? { column } : {}),
      ...(columns ? { columns } : {}),
      result: ok ? 'passed' : failureOutcome(rule),
      count,
      percent: this.percent(count),
      expected,
      actual: measured,
      message: `${shown} ${what}; must be ${expected}`,
      ...(!ok && samples.length ? { samples } : {}),
      ...ruleFields(rule),
    };
  }

  private rowCountResult(rule: QualityRule): CheckResult {
    const operator = rule.operator;
    if (!operator) return { check: 'row-count', result: 'error', message: 'rowCount needs an operator such as mustBeGreaterThan', ...ruleFields(rule) };
    const ok = satisfies(operator, this.rows);
    const expected = describeOperator(operator, 'rows');
    return { check: 'row-count', result: ok ? 'passed' : failureOutcome(rule), count: this.rows, expected, actual: this.rows, message: `${this.rows} rows; must be ${expected}`, ...ruleFields(rule) };
  }

  private unsupportedRule(rule: QualityRule, column?: string): CheckResult {
    return {
      check: 'quality-rule',
      ...(column !== undefined ? { column } : {}),
      result: 'warning',
      message: `not run: ${rule.type} quality rules need their own engine (${rule.type === 'sql' ? 'a database' : 'the vendor tool'}); validate-data runs library rules`,
      ...ruleFields(rule),
    };
  }

  private unknownMetric(rule: QualityRule, column?: string): CheckResult {
    const metric = metricOf(rule);
    const misplaced = column === undefined && LIBRARY_METRICS.includes(metric);
    return {
      check: 'quality-rule',
      ...(column !== undefined ? { column } : {}),
      result: 'error',
      message: misplaced
        ? `${rule.metric} counts values of one property: put it in that property's quality list (at schema level only rowCount and duplicateValues with arguments.properties apply)`
        : `unknown library metric "${rule.metric}"; the library metrics are ${LIBRARY_METRICS.join(', ')}`,
      ...ruleFields(rule),
    };
  }

  private freshnessResult(sla: Contract['sla'][number], state: PropertyState): CheckResult {
    const column = state.property.column;
    const limit = durationMs(Number(sla.value), sla.unit);
    const location = { contract_location: sla.location };
    if (limit === undefined) return { check: 'freshness', column, result: 'error', message: `cannot read ${sla.property} ${String(sla.value)} ${sla.unit ?? ''}: use a number with unit d, h, m or s`, ...location };
    if (state.latest === undefined) return { check: 'freshness', column, result: 'failed', message: `no ${state.type ?? 'date'} values to measure ${sla.property} from`, ...location };
    const age = this.options.now - state.latest;
    const newest = new Date(state.latest).toISOString();
    return {
      check: 'freshness',
      column,
      result: age <= limit ? 'passed' : 'failed',
      expected: `≤ ${String(sla.value)}${sla.unit ?? 'd'}`,
      actual: newest,
      message: `newest value ${newest} is ${formatAge(age)} old; ${sla.property} allows ${String(sla.value)}${sla.unit ?? 'd'}`,
      ...location,
    };
  }
}

export function lineOf(batch: ColumnBatch, row: number): number {
  return batch.lines === undefined ? batch.firstRow + row + 1 : batch.lines[row]!;
}

function ruleFields(rule: QualityRule): Partial<CheckResult> {
  return {
    ...(rule.id || rule.name ? { rule: rule.id ?? rule.name } : {}),
    ...(rule.severity ? { severity: rule.severity } : {}),
    ...(rule.dimension ? { dimension: rule.dimension } : {}),
    contract_location: rule.location,
  };
}

function formatCompositeKey(key: string): string {
  try {
    const parts = JSON.parse(key) as unknown;
    return Array.isArray(parts) ? parts.join(', ') : key;
  } catch {
    return key;
  }
}

const UNIT_MS: Record<string, number> = { s: 1000, sec: 1000, second: 1000, seconds: 1000, m: 60_000, min: 60_000, minute: 60_000, minutes: 60_000, h: 3_600_000, hr: 3_600_000, hour: 3_600_000, hours: 3_600_000, d: 86_400_000, day: 86_400_000, days: 86_400_000, w: 604_800_000, week: 604_800_000, weeks: 604_800_000, y: 31_536_000_000, yr: 31_536_000_000, year: 31_536_000_000, years: 31_536_000_000 };

export function durationMs(value: number, unit: string | undefined): number | undefined {
  const scale = UNIT_MS[(unit ?? 'd').toLowerCase()];
  return Number.isFinite(value) && scale !== undefined ? value * scale : undefined;
}

function formatAge(ms: number): string {
  if (ms < 0) return '0s (in the future)';
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.round(ms / 60_000)}m`;
  if (hours < 48) return `${Math.round(hours * 10) / 10}h`;
  return `${Math.round((hours / 24) * 10) / 10}d`;
}
