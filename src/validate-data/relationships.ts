/**
 * ODCS v3.1 `relationships` (foreign keys), resolved to the properties they join. A relationship is
 * declared on a schema object (`from` and `to`, strings or equal-length lists for composite keys) or
 * on a property (`to` only; `from` is the property). References are shorthand `object.property` (by
 * name) or fully qualified `schema/<object id>/properties/<property id>` (by id, falling back to name).
 */
import { plural } from '../shared/counts.ts';
import type { SourceLocation } from '../shared/errors.ts';
import type { ContractObject, ContractProblem, ContractProperty } from './contract.ts';
import type { YamlSource } from './yaml-source.ts';

export interface KeyColumns {
  object: ContractObject;
  properties: ContractProperty[];
}

export interface ContractRelationship {
  /** The referencing columns, in the data of `from.object`. */
  from: KeyColumns;
  /** The referenced columns; absent when they are outside what this contract describes (see `unchecked`). */
  to?: KeyColumns;
  /** Why the relationship cannot be checked against this contract's data. */
  unchecked?: string;
  /** The references as written. */
  written: { from: string[]; to: string[] };
  pointer: string;
  location: SourceLocation;
}

type Column = { object: ContractObject; property: ContractProperty };
type Resolved = Column | { unchecked: string } | { problem: string };

function findObject(objects: readonly ContractObject[], key: string, byId: boolean): ContractObject | undefined {
  return (byId ? objects.find((object) => object.id === key) : undefined) ?? objects.find((object) => object.name === key || object.physicalName === key);
}

function findProperty(object: ContractObject, key: string, byId: boolean): ContractProperty | undefined {
  return (byId ? object.properties.find((property) => property.id === key) : undefined) ?? object.properties.find((property) => property.name === key || property.column === key);
}

function declared(objects: readonly ContractObject[]): string {
  return objects.map((object) => object.name).join(', ') || 'none';
}

/** One reference to one property of this contract, or why it is not one. */
export function resolveReference(objects: readonly ContractObject[], reference: string): Resolved {
  if (reference.includes('#')) return { unchecked: `${reference} is in another contract` };
  if (reference.includes('/')) {
    const segments = reference.replace(/^\//, '').split('/');
    if (segments[0] !== 'schema') return { problem: `"${reference}" does not point into schema: write schema/<object id>/properties/<property id>` };
    const object = findObject(objects, segments[1] ?? '', true);
    if (!object) return { problem: `"${reference}" names schema object "${segments[1] ?? ''}", which this contract does not declare (it has ${declared(objects)})` };
    if (segments.length < 4 || segments[2] !== 'properties') return { problem: `"${reference}" names a schema object, not a property: write schema/${segments[1]}/properties/<property id>` };
    const property = findProperty(object, segments[3]!, true);
    if (!property) return { problem: `"${reference}" names property "${segments[3]}", which "${object.name}" does not declare` };
    if (segments.length > 4) return { unchecked: `${reference} is a nested property, and validate-data checks top-level columns` };
    return { object, property };
  }
  const dot = reference.indexOf('.');
  if (dot <= 0) return { problem: `"${reference}" is not a reference: write object.property or schema/<object id>/properties/<property id>` };
  const object = findObject(objects, reference.slice(0, dot), false);
  if (!object) return { problem: `"${reference}" names schema object "${reference.slice(0, dot)}", which this contract does not declare (it has ${declared(objects)})` };
  const rest = reference.slice(dot + 1);
  const property = findProperty(object, rest, false) ?? findProperty(object, rest.split('.')[0]!, false);
  if (!property) return { problem: `"${reference}" names property "${rest}", which "${object.name}" does not declare` };
  if (property.name !== rest && property.column !== rest) return { unchecked: `${reference} is a nested property, and validate-data checks top-level columns` };
  return { object, property };
}

function asList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return undefined;
}

interface Declaration {
  raw: Record<string, unknown>;
  pointer: string;
  /** For a property-level relationship: the property it is declared on. */
  property?: { object: ContractObject; property: ContractProperty };
}

/** Every relationship of the contract, schema level and property level, with the problems found resolving them. */
export function buildRelationships(objects: readonly ContractObject[], rawSchema: unknown[], source: YamlSource): { relationships: ContractRelationship[]; problems: ContractProblem[] } {
  const declarations: Declaration[] = [];
  rawSchema.forEach((item, objectIndex) => {
    const object = objects[objectIndex];
    if (!object || item === null || typeof item !== 'object') return;
    const rawObject = item as Record<string, unknown>;
    const list = (value: unknown) => (Array.isArray(value) ? value : []);
    list(rawObject['properties']).forEach((entry, propertyIndex) => {
      const property = object.properties[propertyIndex];
      if (!property || entry === null || typeof entry !== 'object') return;
      list((entry as Record<string, unknown>)['relationships']).forEach((raw, index) => {
        declarations.push({ raw: raw as Record<string, unknown>, pointer: `${property.pointer}/relationships/${index}`, property: { object, property } });
      });
    });
    list(rawObject['relationships']).forEach((raw, index) => declarations.push({ raw: raw as Record<string, unknown>, pointer: `${object.pointer}/relationships/${index}` }));
  });

  const relationships: ContractRelationship[] = [];
  const problems: ContractProblem[] = [];
  for (const declaration of declarations) {
    const location = source.locate(declaration.pointer);
    const problem = (message: string, key?: 'from' | 'to') => problems.push({ message: `relationship: ${message}`, location: key ? source.locate(`${declaration.pointer}/${key}`) : location });
    const fromWritten = declaration.property ? [`${declaration.property.object.name}.${declaration.property.property.name}`] : asList(declaration.raw['from']);
    const toWritten = asList(declaration.raw['to']);
    if (!fromWritten || !toWritten) continue; // The standard's schema has reported it.
    if (declaration.property && toWritten.length !== 1) {
      problem(`a relationship on property "${declaration.property.property.name}" references one column, but "to" lists ${toWritten.length}; declare a composite key on the schema object with "from" and "to" lists`, 'to');
      continue;
    }
    if (fromWritten.length !== toWritten.length) {
      problem(`"from" lists ${plural(fromWritten.length, 'column')} and "to" ${toWritten.length}; a composite key needs as many on each side`, 'to');
      continue;
    }
    const from: Resolved[] = declaration.property ? [declaration.property] : fromWritten.map((reference) => resolveReference(objects, reference));
    const to = toWritten.map((reference) => resolveReference(objects, reference));
    const wrong = [...from.map((resolved) => ['from', resolved] as const), ...to.map((resolved) => ['to', resolved] as const)].filter(([, resolved]) => 'problem' in resolved);
    for (const [key, resolved] of wrong) problem((resolved as { problem: string }).problem, key);
    if (wrong.length > 0) continue;
    // The referencing side must be this contract's own data.
    const fromUnchecked = from.find((resolved) => 'unchecked' in resolved) as { unchecked: string } | undefined;
    if (fromUnchecked) {
      problem(`"from" must name top-level properties of this contract: ${fromUnchecked.unchecked}`, 'from');
      continue;
    }
    const fromKey = oneObject(from as Column[], 'from', problem);
    if (!fromKey) continue;
    const relationship: ContractRelationship = { from: fromKey, written: { from: fromWritten, to: toWritten }, pointer: declaration.pointer, location };
    const toUnchecked = to.find((resolved) => 'unchecked' in resolved) as { unchecked: string } | undefined;
    if (toUnchecked) relationship.unchecked = toUnchecked.unchecked;
    else {
      const toKey = oneObject(to as Column[], 'to', problem);
      if (!toKey) continue;
      relationship.to = toKey;
    }
    relationships.push(relationship);
  }
  return { relationships, problems };
}

/** The columns of one side as a key, when they all lie in one schema object. */
function oneObject(columns: Column[], key: 'from' | 'to', problem: (message: string, key: 'from' | 'to') => void): KeyColumns | undefined {
  const names = [...new Set(columns.map((column) => column.object.name))];
  if (names.length > 1) {
    problem(`"${key}" names properties of several schema objects (${names.join(', ')}); a key lies in one object`, key);
    return undefined;
  }
  return { object: columns[0]!.object, properties: columns.map((column) => column.property) };
}

/** `customers.id`, or `order_lines (order_id, line)` for a composite key. */
export function describeKey(key: KeyColumns): string {
  return key.properties.length === 1 ? `${key.object.name}.${key.properties[0]!.column}` : `${key.object.name} (${key.properties.map((property) => property.column).join(', ')})`;
}
