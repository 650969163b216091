/**
 * Contract changes between the base branch's contract and the pull request's, each judged from two
 * sides: can existing consumers read data written under the new contract (consumer view), and can
 * existing data and producers satisfy it (producer view). A change that is an error on the side the
 * team guarantees (`compatibility`: consumer, producer, or full for both) is breaking; breaking changes
 * need a major version bump.
 */
import type { Contract, ContractObject, ContractProperty, LogicalType, QualityRule } from './contract.ts';
import { describeKey, type ContractRelationship } from './relationships.ts';
import { logicalTypeOfPhysical, parseDate, parseTimestamp } from './values.ts';
import type { BreakingChange, CheckResult, ObjectReport, View } from './report-types.ts';

/** `evidenceOf` picks the new rule's own result when the check's id and column do not single it out. */
type Emit = (change: Omit<BreakingChange, 'breaking'> & { evidenceCheck?: string; evidenceOf?: (check: CheckResult) => boolean }) => void;

function matchBy<T extends { id?: string; name: string }>(before: T[], after: T[]): Array<[T | undefined, T | undefined]> {
  const pairs: Array<[T | undefined, T | undefined]> = [];
  const used = new Set<T>();
  for (const old of before) {
    const match = (old.id ? after.find((item) => item.id === old.id) : undefined) ?? after.find((item) => !used.has(item) && item.name === old.name && (!item.id || !old.id || item.id === old.id));
    if (match) used.add(match);
    pairs.push([old, match]);
  }
  for (const item of after) if (!used.has(item)) pairs.push([undefined, item]);
  return pairs;
}

export function majorOf(version: string): number | undefined {
  const match = /^v?(\d+)/.exec(version.trim());
  return match ? Number(match[1]) : undefined;
}

export function isMajorBump(before: string, after: string): boolean {
  const old = majorOf(before);
  const next = majorOf(after);
  return old !== undefined && next !== undefined && next > old;
}

const WIDENINGS: Array<[LogicalType, LogicalType]> = [
  ['integer', 'number'],
  ['date', 'timestamp'],
  ['integer', 'string'],
  ['number', 'string'],
  ['boolean', 'string'],
  ['date', 'string'],
  ['timestamp', 'string'],
  ['time', 'string'],
];

function typeOf(property: ContractProperty): LogicalType | undefined {
  return property.logicalType ?? logicalTypeOfPhysical(property.physicalType);
}

function allowedValues(property: ContractProperty): { values: string[]; rule: QualityRule } | undefined {
  for (const rule of property.quality) {
    const valid = rule.arguments['validValues'];
    if (Array.isArray(valid) && ['invalidValues', 'validValues'].includes(rule.metric)) return { values: valid.map(String), rule };
  }
  return undefined;
}

function comparable(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return parseDate(value) ?? parseTimestamp(value) ?? (Number.isFinite(Number(value)) ? Number(value) : undefined);
  return undefined;
}

interface Bound {
  value: number;
  exclusive: boolean;
  text: string;
}

function lowerBound(property: ContractProperty): Bound | undefined {
  const o = property.options;
  if (o.exclusiveMinimum !== undefined && comparable(o.exclusiveMinimum) !== undefined) return { value: comparable(o.exclusiveMinimum)!, exclusive: true, text: `> ${String(o.exclusiveMinimum)}` };
  if (o.minimum !== undefined && comparable(o.minimum) !== undefined) return { value: comparable(o.minimum)!, exclusive: false, text: `≥ ${String(o.minimum)}` };
  return undefined;
}

function upperBound(property: ContractProperty): Bound | undefined {
  const o = property.options;
  if (o.exclusiveMaximum !== undefined && comparable(o.exclusiveMaximum) !== undefined) return { value: comparable(o.exclusiveMaximum)!, exclusive: true, text: `< ${String(o.exclusiveMaximum)}` };
  if (o.maximum !== undefined && comparable(o.maximum) !== undefined) return { value: comparable(o.maximum)!, exclusive: false, text: `≤ ${String(o.maximum)}` };
  return undefined;
}

/** -1 looser, 0 same, 1 tighter, for a lower bound (`upper` flips the direction). */
function compareBound(before: Bound | undefined, after: Bound | undefined, upper: boolean): number {
  if (!before && !after) return 0;
  if (!before) return 1;
  if (!after) return -1;
  const sign = upper ? -1 : 1;
  if (before.value !== after.value) return (after.value > before.value ? 1 : -1) * sign;
  if (before.exclusive !== after.exclusive) return after.exclusive ? 1 : -1;
  return 0;
}

function tightenOrLoosen(emit: Emit, kind: 'range' | 'length', object: string, property: ContractProperty, direction: number, before: string, after: string): void {
  if (direction === 0) return;
  if (direction > 0) {
    emit({ change: `${kind}-tightened`, object, property: property.name, consumer: 'info', producer: 'error', message: `${kind} tightened from ${before} to ${after}: data valid before may now fail`, before, after, location: property.location, evidenceCheck: kind });
  } else {
    emit({ change: `${kind}-loosened`, object, property: property.name, consumer: 'warning', producer: 'info', message: `${kind} loosened from ${before} to ${after}: readers may now see values outside the old bounds`, before, after, location: property.location });
  }
}

function compareProperties(emit: Emit, object: string, old: ContractProperty, next: ContractProperty): void {
  const at = { object, property: next.name, location: next.location };
  if (old.name !== next.name || old.column !== next.column) {
    emit({ change: 'property-renamed', ...at, consumer: 'error', producer: 'error', message: `"${old.column}" is now "${next.column}" (same id ${next.id ?? ''}): readers and writers of the old name break`, before: old.column, after: next.column });
  }
  const oldType = typeOf(old);
  const newType = typeOf(next);
  if (oldType !== newType) {
    const widening = oldType !== undefined && newType !== undefined && WIDENINGS.some(([from, to]) => from === oldType && to === newType);
    const narrowing = oldType !== undefined && newType !== undefined && WIDENINGS.some(([from, to]) => from === newType && to === oldType);
    const [consumer, producer]: [View, View] = widening ? ['warning', 'info'] : narrowing ? ['info', 'error'] : ['error', 'error'];
    const how = widening ? 'widened' : narrowing ? 'narrowed' : 'changed';
    emit({ change: 'type-changed', ...at, consumer, producer, message: `type ${how} from ${oldType ?? 'none'} to ${newType ?? 'none'}`, before: oldType, after: newType, evidenceCheck: narrowing ? 'type' : undefined });
  } else if ((old.physicalType ?? '') !== (next.physicalType ?? '')) {
    emit({ change: 'type-changed', ...at, consumer: 'warning', producer: 'warning', message: `physicalType changed from ${old.physicalType ?? 'none'} to ${next.physicalType ?? 'none'}`, before: old.physicalType, after: next.physicalType });
  }
  if (old.required !== next.required) {
    emit(
      next.required
        ? { change: 'required-changed', ...at, consumer: 'info', producer: 'error', message: 'now required: rows without a value no longer pass', before: false, after: true, evidenceCheck: 'required' }
        : { change: 'required-changed', ...at, consumer: 'error', producer: 'info', message: 'no longer required: readers may now get empty values', before: true, after: false },
    );
  }
  if (old.unique !== next.unique) {
    emit(
      next.unique
        ? { change: 'unique-changed', ...at, consumer: 'info', producer: 'error', message: 'now unique: repeated values no longer pass', before: false, after: true, evidenceCheck: 'unique' }
        : { change: 'unique-changed', ...at, consumer: 'error', producer: 'info', message: 'no longer unique: joins and de-duplication that rely on it break', before: true, after: false },
    );
  }
  if (old.primaryKey !== next.primaryKey || (old.primaryKey && old.primaryKeyPosition !== next.primaryKeyPosition)) {
    emit(
      next.primaryKey && !old.primaryKey
        ? { change: 'primary-key-changed', ...at, consumer: 'info', producer: 'error', message: 'now part of the primary key', before: false, after: true, evidenceCheck: 'primary-key' }
        : !next.primaryKey
          ? { change: 'primary-key-changed', ...at, consumer: 'error', producer: 'info', message: 'no longer part of the primary key', before: true, after: false }
          : { change: 'primary-key-changed', ...at, consumer: 'error', producer: 'error', message: `primary key position moved from ${old.primaryKeyPosition} to ${next.primaryKeyPosition}`, before: old.primaryKeyPosition, after: next.primaryKeyPosition },
    );
  }
  const oldAllowed = allowedValues(old);
  const newAllowed = allowedValues(next);
  if (oldAllowed && newAllowed) {
    const removed = oldAllowed.values.filter((value) => !newAllowed.values.includes(value));
    const added = newAllowed.values.filter((value) => !oldAllowed.values.includes(value));
    if (removed.length) emit({ change: 'allowed-values-removed', ...at, consumer: 'info', producer: 'error', message: `allowed values removed: ${removed.join(', ')}`, before: oldAllowed.values, after: newAllowed.values, evidenceCheck: 'allowed-values' });
    if (added.length) emit({ change: 'allowed-values-added', ...at, consumer: 'warning', producer: 'info', message: `allowed values added: ${added.join(', ')} (exhaustive handling downstream may miss them)`, before: oldAllowed.values, after: newAllowed.values });
  } else if (!oldAllowed && newAllowed) {
    emit({ change: 'allowed-values-removed', ...at, consumer: 'info', producer: 'error', message: `values now limited to ${newAllowed.values.join(', ')}`, after: newAllowed.values, evidenceCheck: 'allowed-values' });
  } else if (oldAllowed && !newAllowed) {
    emit({ change: 'allowed-values-added', ...at, consumer: 'warning', producer: 'info', message: 'the list of allowed values was dropped: any value may now appear', before: oldAllowed.values });
  }
  const oldLow = lowerBound(old);
  const newLow = lowerBound(next);
  const oldHigh = upperBound(old);
  const newHigh = upperBound(next);
  const low = compareBound(oldLow, newLow, false);
  const high = compareBound(oldHigh, newHigh, true);
  const rangeText = (lowBound?: Bound, highBound?: Bound) => [lowBound?.text, highBound?.text].filter(Boolean).join(' and ') || 'unbounded';
  if (low > 0 || high > 0) tightenOrLoosen(emit, 'range', object, next, 1, rangeText(oldLow, oldHigh), rangeText(newLow, newHigh));
  else if (low < 0 || high < 0) tightenOrLoosen(emit, 'range', object, next, -1, rangeText(oldLow, oldHigh), rangeText(newLow, newHigh));
  const lengthCompare = (a?: number, b?: number, upper = false) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : (b > a ? 1 : -1) * (upper ? -1 : 1));
  const minLength = lengthCompare(old.options.minLength, next.options.minLength);
  const maxLength = lengthCompare(old.options.maxLength, next.options.maxLength, true);
  const lengthText = (p: ContractProperty) => `minLength ${p.options.minLength ?? '–'}, maxLength ${p.options.maxLength ?? '–'}`;
  if (minLength > 0 || maxLength > 0) tightenOrLoosen(emit, 'length', object, next, 1, lengthText(old), lengthText(next));
  else if (minLength < 0 || maxLength < 0) tightenOrLoosen(emit, 'length', object, next, -1, lengthText(old), lengthText(next));
  for (const key of ['pattern', 'format', 'multipleOf'] as const) {
    const before = old.options[key];
    const after = next.options[key];
    if (before === after) continue;
    const change = key === 'pattern' ? 'pattern-changed' : key === 'format' ? 'format-changed' : 'range-tightened';
    const check = key === 'multipleOf' ? 'multiple-of' : key;
    if (after === undefined) emit({ change, ...at, consumer: 'warning', producer: 'info', message: `${key} ${JSON.stringify(before)} dropped: readers may now see values it rejected`, before, after });
    else emit({ change, ...at, consumer: before === undefined ? 'info' : 'warning', producer: 'error', message: `${key} ${before === undefined ? 'added' : `changed from ${JSON.stringify(before)}`} to ${JSON.stringify(after)}`, before, after, evidenceCheck: check });
  }
  if ((old.classification ?? '') !== (next.classification ?? '')) {
    emit({ change: 'classification-changed', ...at, consumer: 'error', producer: 'info', message: `classification changed from ${old.classification ?? 'none'} to ${next.classification ?? 'none'}: access rules and redaction downstream depend on it`, before: old.classification, after: next.classification });
  }
  compareQuality(emit, object, next.name, old.quality, next.quality, next.location);
}

function ruleKey(rule: QualityRule): string {
  return rule.id ?? `${rule.type}:${rule.metric}:${JSON.stringify(rule.arguments['properties'] ?? '')}`;
}

function compareQuality(emit: Emit, object: string, property: string | undefined, before: QualityRule[], after: QualityRule[], fallback: BreakingChange['location']): void {
  const afterByKey = new Map(after.map((rule) => [ruleKey(rule), rule]));
  const beforeKeys = new Set(before.map(ruleKey));
  for (const rule of before) {
    const next = afterByKey.get(ruleKey(rule));
    const name = rule.id ?? rule.name ?? rule.metric ?? rule.type;
    if (!next) {
      emit({ change: 'quality-removed', object, property, consumer: 'warning', producer: 'info', message: `quality rule ${name} removed`, location: fallback });
    } else if (JSON.stringify(strip(rule.raw)) !== JSON.stringify(strip(next.raw))) {
      emit({ change: 'quality-changed', object, property, consumer: 'warning', producer: 'warning', message: `quality rule ${name} changed`, before: strip(rule.raw), after: strip(next.raw), location: next.location });
    }
  }
  for (const rule of after) {
    if (beforeKeys.has(ruleKey(rule))) continue;
    const name = rule.id ?? rule.name ?? rule.metric ?? rule.type;
    // A new allowed-values rule is reported as such above.
    if (Array.isArray(rule.arguments['validValues'])) continue;
    emit({ change: 'quality-added', object, property, consumer: 'info', producer: 'warning', message: `quality rule ${name} added`, location: rule.location });
  }
}

/** What a rule checks, without its prose and without allowed values (reported as changes of their own). */
function strip(raw: Record<string, unknown>): Record<string, unknown> {
  const { description: _description, name: _name, tags: _tags, validValues: _validValues, ...rest } = raw;
  const args = rest['arguments'];
  if (args && typeof args === 'object' && !Array.isArray(args)) {
    const { validValues: _values, ...otherArguments } = args as Record<string, unknown>;
    rest['arguments'] = otherArguments;
  }
  return rest;
}

function compareObjects(emit: Emit, old: ContractObject | undefined, next: ContractObject | undefined): void {
  if (old && !next) {
    emit({ change: 'object-removed', object: old.name, consumer: 'error', producer: 'info', message: `schema object "${old.name}" removed` });
    return;
  }
  if (!old && next) {
    emit({ change: 'object-added', object: next.name, consumer: 'info', producer: 'info', message: `schema object "${next.name}" added`, location: next.location });
    return;
  }
  const a = old!;
  const b = next!;
  if ((a.physicalName ?? a.name) !== (b.physicalName ?? b.name)) {
    emit({ change: 'object-renamed', object: b.name, consumer: 'error', producer: 'error', message: `schema object "${a.physicalName ?? a.name}" is now "${b.physicalName ?? b.name}"`, location: b.location });
  }
  for (const [oldProperty, newProperty] of matchBy(a.properties, b.properties)) {
    if (oldProperty && !newProperty) {
      emit({ change: 'property-removed', object: b.name, property: oldProperty.name, consumer: 'error', producer: 'info', message: `property "${oldProperty.name}" removed: readers that use it break`, location: b.location });
    } else if (!oldProperty && newProperty) {
      emit(
        newProperty.required || newProperty.primaryKey
          ? { change: 'property-added', object: b.name, property: newProperty.name, consumer: 'info', producer: 'error', message: `required property "${newProperty.name}" added: existing data lacks it`, location: newProperty.location, evidenceCheck: 'column-present' }
          : { change: 'property-added', object: b.name, property: newProperty.name, consumer: 'info', producer: 'info', message: `optional property "${newProperty.name}" added`, location: newProperty.location },
      );
    } else {
      compareProperties(emit, b.name, oldProperty!, newProperty!);
    }
  }
  compareQuality(emit, b.name, undefined, a.quality, b.quality, b.location);
}

/** Whose side a contract guarantees, as schema registries name it: readers (consumer), writers (producer), or both (full). */
export type Compatibility = 'full' | 'consumer' | 'producer';

function breaks(change: { consumer: View; producer: View }, compatibility: Compatibility): boolean {
  return (compatibility !== 'producer' && change.consumer === 'error') || (compatibility !== 'consumer' && change.producer === 'error');
}

export function compareContracts(before: Contract, after: Contract, objects: ObjectReport[] = [], compatibility: Compatibility = 'full'): BreakingChange[] {
  const changes: BreakingChange[] = [];
  const emit: Emit = ({ evidenceCheck, evidenceOf, ...change }) => {
    const entry: BreakingChange = { ...change, breaking: breaks(change, compatibility) };
    if (evidenceCheck) {
      const evidence = findEvidence(objects, change.object, change.property, after, evidenceCheck, evidenceOf);
      if (evidence) entry.evidence = evidence;
    }
    changes.push(entry);
  };
  for (const [old, next] of matchBy(before.objects, after.objects)) compareObjects(emit, old, next);
  compareRelationships(emit, before.relationships, after.relationships);
  const slaKey = (sla: Contract['sla'][number]) => `${sla.property.toLowerCase()} ${sla.element ?? ''}`;
  const oldSla = new Map(before.sla.map((sla) => [slaKey(sla), sla]));
  for (const sla of after.sla) {
    const old = oldSla.get(slaKey(sla));
    if (old && (old.value !== sla.value || old.unit !== sla.unit)) {
      changes.push({ change: 'sla-changed', consumer: 'warning', producer: 'warning', breaking: false, message: `${sla.property} on ${sla.element ?? 'the contract'} changed from ${String(old.value)}${old.unit ?? ''} to ${String(sla.value)}${sla.unit ?? ''}`, before: old.value, after: sla.value, location: sla.location });
    }
  }
  const serverKey = (server: Contract['servers'][number]) => `${server.type}:${server.path ?? ''}:${server.format ?? ''}`;
  const oldServers = new Set(before.servers.map(serverKey));
  for (const server of after.servers) {
    if (!oldServers.has(serverKey(server)) && before.servers.length > 0) {
      changes.push({ change: 'server-changed', consumer: 'warning', producer: 'warning', breaking: false, message: `server ${server.server ?? server.type} now points at ${server.path ?? server.type}${server.format ? ` (${server.format})` : ''}`, location: after.source.locate(server.pointer) });
    }
  }
  return changes;
}

/** A foreign key by what it joins: objects and properties by id where they have one, else by name. */
function relationshipKey(relationship: ContractRelationship): string {
  const side = (object: ContractObject, properties: ContractProperty[]) => `${object.id ?? object.name}(${properties.map((p) => p.id ?? p.name).join(',')})`;
  const to = relationship.to ? side(relationship.to.object, relationship.to.properties) : relationship.written.to.join(',');
  return `${side(relationship.from.object, relationship.from.properties)}->${to}`;
}

function compareRelationships(emit: Emit, before: ContractRelationship[], after: ContractRelationship[]): void {
  const target = (relationship: ContractRelationship) => (relationship.to ? describeKey(relationship.to) : relationship.written.to.join(', '));
  const columns = (relationship: ContractRelationship) => relationship.from.properties.map((p) => p.name);
  const afterKeys = new Set(after.map(relationshipKey));
  const beforeKeys = new Set(before.map(relationshipKey));
  for (const relationship of before) {
    if (afterKeys.has(relationshipKey(relationship))) continue;
    const what = columns(relationship).join(', ');
    emit({ change: 'foreign-key-removed', object: relationship.from.object.name, property: what, consumer: 'warning', producer: 'info', message: `${what} no longer references ${target(relationship)}: readers may now get values with no match there`, before: target(relationship) });
  }
  for (const relationship of after) {
    if (beforeKeys.has(relationshipKey(relationship))) continue;
    const what = columns(relationship).join(', ');
    const dataColumns = relationship.from.properties.map((p) => p.column);
    emit({
      change: 'foreign-key-added',
      object: relationship.from.object.name,
      property: what,
      consumer: 'info',
      producer: 'error',
      message: `${what} now references ${target(relationship)}: rows whose value is not there no longer pass`,
      after: target(relationship),
      location: relationship.location,
      evidenceCheck: 'foreign-key',
      evidenceOf: (check) => check.expected === target(relationship) && JSON.stringify(check.columns ?? [check.column]) === JSON.stringify(dataColumns),
    });
  }
}

/** The PR's data checked by the new, tighter rule: the new contract's own check result. */
function findEvidence(objects: ObjectReport[], object: string | undefined, property: string | undefined, after: Contract, check: string, matches?: (result: CheckResult) => boolean): BreakingChange['evidence'] {
  const report = objects.find((o) => o.name === object);
  if (!report) return undefined;
  const column = after.objects.find((o) => o.name === object)?.properties.find((p) => p.name === property)?.column ?? property;
  const result = report.checks.find((c) => c.check === check && (matches ? matches(c) : c.column === column || c.columns?.includes(column ?? '')));
  // A check that could not count (not run, or its columns absent) is no evidence either way.
  if (!result || (result.count === undefined && check !== 'column-present')) return undefined;
  const count = check === 'column-present' ? (result.result === 'passed' ? 0 : report.rows) : (result.count ?? 0);
  const rule = check === 'column-present' ? 'the new column' : `the new ${check} rule`;
  return {
    count,
    rows: report.rows,
    message: count > 0 ? `${count} of ${report.rows} rows in ${report.file} already violate ${rule}.` : `All ${report.rows} rows in ${report.file} satisfy ${rule}.`,
    ...(result.samples?.length ? { samples: result.samples } : {}),
  };
}
