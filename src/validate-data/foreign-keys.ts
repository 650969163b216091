/**
 * The `foreign-key` check: every referencing key (one column, or a composite tuple) with no missing
 * part must occur among the referenced object's keys. Both objects' data must be part of the run;
 * their batches are fed in as they are read, and each referencing file gets its own result once all
 * data has been read. Keys compare as uniqueness compares them: numeric columns by number (7 and 7.0
 * agree), ISO dates and timestamps by instant, everything else by text.
 */
import { percentOf, plural } from '../shared/counts.ts';
import type { ColumnBatch } from '../tabular/index.ts';
import type { Contract, ContractObject, ContractProperty, LogicalType } from './contract.ts';
import { KeyJoin, type JoinKey, type Orphan } from './key-join.ts';
import { isClassified, lineOf } from './object-validator.ts';
import { describeKey, type ContractRelationship } from './relationships.ts';
import type { CheckResult, Sample } from './report-types.ts';
import { isMissingValue, keyOf, logicalTypeOfPhysical, typeParser, uniqueKey, type TypeParser } from './values.ts';

export interface ForeignKeyOptions {
  /** Bytes of keys held in memory per relationship, both sides together, before spilling to disk (default: DEFAULT_MEMORY_BYTES in held-keys.ts). */
  memoryBytes?: number;
  samples: number;
  temp?: string;
  /** Texts that count as missing besides null and the empty string. */
  missingTokens: readonly string[];
}

/** How one side reads its key out of a batch: the data columns and how each part is parsed. */
interface KeyReader {
  columns: string[];
  parsers: Array<TypeParser | undefined>;
  /** One-column keys of a dictionary's values, kept while the dictionary is: a Parquet column chunk's batches share one. */
  dictionaryKeys?: WeakMap<ArrayLike<unknown>, Array<JoinKey | undefined>>;
}

interface ForeignKey {
  relationship: ContractRelationship;
  /** Set when the check cannot run in this run, with the reason. */
  notRun?: string;
  join?: KeyJoin;
  from: KeyReader;
  to?: KeyReader;
  /** Referencing files (by index) that lack key columns. */
  fromMissing: Map<number, string[]>;
  /** Referenced files that lack key columns. */
  toMissing: Map<string, string[]>;
  redact: boolean;
  /** Per key part: whether it is compared by instant (shown as a date in samples). */
  temporal?: boolean[];
}

function typeOf(property: ContractProperty): LogicalType | undefined {
  return property.logicalType ?? logicalTypeOfPhysical(property.physicalType);
}

/** The date format a property declares, when it is not plain ISO. */
function customFormat(property: ContractProperty, type: LogicalType): string | undefined {
  const format = property.options.format;
  if (typeof format !== 'string' || !TEMPORAL.has(type)) return undefined;
  return type === 'date' && format === 'yyyy-MM-dd' ? undefined : format;
}

const NUMERIC = new Set<LogicalType | undefined>(['integer', 'number']);
const TEMPORAL = new Set<LogicalType | undefined>(['date', 'timestamp']);

type PartReading = { parsers: [TypeParser | undefined, TypeParser | undefined] } | { incomparable: string };

/**
 * How the two columns of one key part are read so that equal values give equal keys: each by its own
 * type when both have the same type (ISO dates and timestamps by instant), both as numbers when either
 * is numeric, else both as text. Dates in two different custom formats cannot be compared.
 */
function partReading(from: ContractProperty, to: ContractProperty): PartReading {
  const a = typeOf(from);
  const b = typeOf(to);
  if (TEMPORAL.has(a) && TEMPORAL.has(b)) {
    const formats = [customFormat(from, a!), customFormat(to, b!)];
    if (formats[0] === undefined && formats[1] === undefined) return { parsers: [typeParser(a!), typeParser(b!)] };
    if (formats[0] === formats[1]) return { parsers: [undefined, undefined] };
    return { incomparable: `${from.column} is written ${formats[0] ?? 'as ISO dates'} and ${to.column} ${formats[1] ?? 'as ISO dates'}, so their values cannot be compared` };
  }
  if (a !== undefined && a === b) return { parsers: [typeParser(a), typeParser(b)] };
  if (NUMERIC.has(a) || NUMERIC.has(b)) {
    const number = typeParser('number');
    return { parsers: [number, number] };
  }
  return { parsers: [undefined, undefined] };
}

export class ForeignKeyChecks {
  private readonly keys: ForeignKey[] = [];
  private readonly missingTokens: Set<string>;

  /** `inRun`: the schema objects whose data this run reads. */
  constructor(contract: Contract, inRun: ReadonlySet<ContractObject>, options: ForeignKeyOptions) {
    this.missingTokens = new Set(options.missingTokens);
    for (const relationship of contract.relationships) {
      // Without data of the referencing object there is no report to put a result in.
      if (!inRun.has(relationship.from.object)) continue;
      const to = relationship.to;
      const fromProperties = relationship.from.properties;
      const redact = [...fromProperties, ...(to?.properties ?? [])].some(isClassified);
      const entry: ForeignKey = { relationship, from: { columns: fromProperties.map((p) => p.column), parsers: [] }, fromMissing: new Map(), toMissing: new Map(), redact };
      if (!to) {
        entry.notRun = `not run: ${relationship.unchecked ?? 'the referenced columns are not in this contract'}`;
      } else if (!inRun.has(to.object)) {
        entry.notRun = `not run: ${to.object.name} has no data in this run; give "${to.object.name}: <path>" in data to look ${fromProperties.map((p) => p.column).join(', ')} up in ${describeKey(to)}`;
      } else {
        const readings = fromProperties.map((property, index) => partReading(property, to.properties[index]!));
        const incomparable = readings.find((reading) => 'incomparable' in reading);
        if (incomparable && 'incomparable' in incomparable) {
          entry.notRun = `not run: ${incomparable.incomparable}`;
        } else {
          const parsers = readings.map((reading) => (reading as { parsers: [TypeParser | undefined, TypeParser | undefined] }).parsers);
          entry.from.parsers = parsers.map(([from]) => from);
          entry.to = { columns: to.properties.map((p) => p.column), parsers: parsers.map(([, parser]) => parser) };
          entry.join = new KeyJoin({ memoryBytes: options.memoryBytes, samples: options.samples, temp: options.temp });
          entry.temporal = fromProperties.map((property, index) => TEMPORAL.has(typeOf(property)) && TEMPORAL.has(typeOf(to.properties[index]!)));
        }
      }
      this.keys.push(entry);
    }
  }

  /**
   * The objects in the order to read them: referenced objects before those that reference them where
   * possible, so referencing keys are looked up as they stream past instead of waiting.
   */
  order(objects: readonly ContractObject[]): ContractObject[] {
    const needs = new Map(objects.map((object) => [object, new Set<ContractObject>()]));
    for (const key of this.keys) {
      const target = key.relationship.to?.object;
      if (key.join && target && target !== key.relationship.from.object) needs.get(key.relationship.from.object)?.add(target);
    }
    const ordered: ContractObject[] = [];
    const remaining = [...objects];
    while (remaining.length > 0) {
      // A cycle has no object whose targets are all read: then the first left goes next.
      const ready = remaining.findIndex((object) => [...needs.get(object)!].every((target) => ordered.includes(target)));
      ordered.push(...remaining.splice(Math.max(ready, 0), 1));
    }
    return ordered;
  }

  /** Takes one batch of an object's file `file` (its index among the object's files, shown as `shownAs`). */
  watch(object: ContractObject, batch: ColumnBatch, file: number, shownAs: string): void {
    for (const key of this.keys) {
      if (!key.join) continue;
      if (key.relationship.to!.object === object) {
        const join = key.join;
        const missing = this.readKeys(key.to!, batch, (value) => join.addReferenced(value), true);
        if (missing) key.toMissing.set(shownAs, missing);
      }
      if (key.relationship.from.object === object) {
        const join = key.join;
        const missing = this.readKeys(key.from, batch, (value, row) => join.addReferencing(value, lineOf(batch, row), file));
        if (missing) key.fromMissing.set(file, missing);
      }
    }
  }

  /** All files of `object` are read: relationships that reference it can look keys up at once. */
  done(object: ContractObject): void {
    for (const key of this.keys) if (key.join && key.relationship.to!.object === object) key.join.sealReferenced();
  }

  /** The foreign-key results of one file of `object` (by index), once every object has been read. */
  results(object: ContractObject, file: number, rows: number): CheckResult[] {
    const results: CheckResult[] = [];
    for (const key of this.keys) {
      const relationship = key.relationship;
      if (relationship.from.object !== object) continue;
      const columns = key.from.columns;
      const target = relationship.to ? describeKey(relationship.to) : relationship.written.to.join(', ');
      const base = { check: 'foreign-key', ...(columns.length === 1 ? { column: columns[0]! } : { columns }), expected: target, contract_location: relationship.location };
      if (key.notRun) {
        results.push({ ...base, result: 'warning', message: key.notRun });
        continue;
      }
      const lacking = key.fromMissing.get(file);
      if (lacking) {
        results.push({ ...base, result: 'warning', message: `not run: key ${lacking.length === 1 ? 'column' : 'columns'} ${lacking.join(', ')} ${lacking.length === 1 ? 'is' : 'are'} not in the data` });
        continue;
      }
      if (key.toMissing.size > 0) {
        const files = [...key.toMissing].map(([shown, missing]) => `${shown} has no ${missing.join(', ')}`).join('; ');
        results.push({ ...base, result: 'error', message: `cannot look keys up in ${target}: ${files}` });
        continue;
      }
      const share = key.join!.finish().sources[file] ?? { values: 0, orphans: 0, samples: [] };
      const what = columns.length === 1 ? columns[0]! : `(${columns.join(', ')})`;
      const count = share.orphans;
      results.push({
        ...base,
        result: count > 0 ? 'failed' : 'passed',
        count,
        percent: percentOf(count, rows),
        message:
          count > 0
            ? `${plural(count, 'row has', 'rows have')} a ${what} not found in ${target}`
            : share.values === 0
              ? `no ${what} values to look up in ${target}`
              : `every ${what} is found in ${target} (${plural(share.values, 'row')} looked up)`,
        ...(count > 0 && share.samples.length > 0 ? { samples: share.samples.map((orphan) => sampleOf(orphan, columns.length > 1, key.temporal ?? [], key.redact)) } : {}),
      });
    }
    return results;
  }

  /** Removes temporary files of joins whose result was not asked for. */
  discard(): void {
    for (const key of this.keys) key.join?.discard();
  }

  private keyOfPart(value: unknown, parser: TypeParser | undefined): JoinKey {
    return parser ? uniqueKey(value, parser(value)) : keyOf(value);
  }

  /**
   * Calls `each` with every row's key that has no missing part; returns the key columns the batch lacks,
   * if any. `distinct`: a dictionary-coded column gives each of its values once, at the first row that
   * holds it, for a side where only which keys occur matters.
   */
  private readKeys(reader: KeyReader, batch: ColumnBatch, each: (key: JoinKey, row: number) => void, distinct = false): string[] | undefined {
    const indexes = reader.columns.map((column) => batch.columns.indexOf(column));
    const lacking = reader.columns.filter((_, index) => indexes[index]! < 0);
    if (lacking.length > 0) return lacking;
    const length = batch.length;
    if (indexes.length === 1) {
      const index = indexes[0]!;
      const parser = reader.parsers[0];
      const dictionary = batch.dictionaries?.[index];
      if (dictionary && distinct) {
        const seen = new Uint8Array(dictionary.values.length);
        for (let row = 0; row < length; row++) {
          const code = dictionary.codes[row]!;
          if (code < 0 || seen[code] === 1) continue;
          seen[code] = 1;
          const value = dictionary.values[code];
          if (!isMissingValue(value, this.missingTokens)) each(this.keyOfPart(value, parser), row);
        }
        return undefined;
      }
      if (dictionary) {
        // Each distinct value is keyed once.
        reader.dictionaryKeys ??= new WeakMap();
        let keys = reader.dictionaryKeys.get(dictionary.values);
        if (!keys) {
          keys = Array.from({ length: dictionary.values.length }, (_, code) => (isMissingValue(dictionary.values[code], this.missingTokens) ? undefined : this.keyOfPart(dictionary.values[code], parser)));
          reader.dictionaryKeys.set(dictionary.values, keys);
        }
        for (let row = 0; row < length; row++) {
          const code = dictionary.codes[row]!;
          const key = code < 0 ? undefined : keys[code];
          if (key !== undefined) each(key, row);
        }
        return undefined;
      }
      const values = batch.data[index]!;
      for (let row = 0; row < length; row++) {
        const value = values[row];
        if (!isMissingValue(value, this.missingTokens)) each(this.keyOfPart(value, parser), row);
      }
      return undefined;
    }
    const columns = indexes.map((index) => batch.data[index]!);
    const parts: JoinKey[] = new Array<JoinKey>(columns.length);
    rows: for (let row = 0; row < length; row++) {
      for (let part = 0; part < columns.length; part++) {
        const value = columns[part]![row];
        // A key with a missing part references nothing (SQL's MATCH SIMPLE).
        if (isMissingValue(value, this.missingTokens)) continue rows;
        parts[part] = this.keyOfPart(value, reader.parsers[part]);
      }
      each(JSON.stringify(parts), row);
    }
    return undefined;
  }
}

function sampleOf(orphan: Orphan, composite: boolean, temporal: boolean[], redact: boolean): Sample {
  if (redact) return { line: orphan.line, value: null, redacted: true };
  const parts: unknown[] = composite ? (JSON.parse(orphan.key as string) as unknown[]) : [orphan.key];
  // Dates were compared as instants: shown as dates again. A composite key is its parts joined by commas.
  const shown = parts.map((part, index) => (temporal[index] && typeof part === 'number' ? showInstant(part) : String(part))).join(', ');
  return { line: orphan.line, value: shown.slice(0, 200) };
}

function showInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
