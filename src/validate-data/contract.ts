/**
 * Open Data Contract Standard v3 (apiVersion v3.0.x to v3.1.0), read as written: the contract is
 * validated against the standard's own JSON Schema for its apiVersion (all problems at once, each at
 * its file:line:column), then turned into the model the checks and the change detector use.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { UserError, type SourceLocation } from '../shared/errors.ts';
import odcsV302 from '../../schemas/odcs/odcs-json-schema-v3.0.2.json' with { type: 'json' };
import odcsV310 from '../../schemas/odcs/odcs-json-schema-v3.1.0.json' with { type: 'json' };
import { buildRelationships, type ContractRelationship } from './relationships.ts';
import { parseYamlSource, pointerSegments, type YamlSource } from './yaml-source.ts';

export const LOGICAL_TYPES = ['string', 'date', 'timestamp', 'time', 'number', 'integer', 'object', 'array', 'boolean'] as const;
export type LogicalType = (typeof LOGICAL_TYPES)[number];

export interface QualityRule {
  /** ODCS `metric` (v3.1) or `rule` (v3.0), as written. */
  metric: string;
  type: string;
  id?: string;
  name?: string;
  description?: string;
  severity?: string;
  dimension?: string;
  unit: 'rows' | 'percent';
  operator?: { name: string; value: unknown };
  arguments: Record<string, unknown>;
  pointer: string;
  location: SourceLocation;
  raw: Record<string, unknown>;
}

export interface LogicalTypeOptions {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number | string;
  maximum?: number | string;
  /** v3.1 bound, or v3.0's `exclusiveMinimum: true` applied to `minimum`. */
  exclusiveMinimum?: number | string;
  exclusiveMaximum?: number | string;
  multipleOf?: number;
  [key: string]: unknown;
}

export interface ContractProperty {
  name: string;
  /** The column in the data: physicalName when given, else name. */
  column: string;
  id?: string;
  logicalType?: LogicalType;
  physicalType?: string;
  required: boolean;
  unique: boolean;
  primaryKey: boolean;
  primaryKeyPosition?: number;
  classification?: string;
  options: LogicalTypeOptions;
  quality: QualityRule[];
  pointer: string;
  location: SourceLocation;
  raw: Record<string, unknown>;
}

export interface ContractObject {
  name: string;
  physicalName?: string;
  id?: string;
  properties: ContractProperty[];
  quality: QualityRule[];
  pointer: string;
  location: SourceLocation;
}

export interface SlaProperty {
  property: string;
  value: unknown;
  unit?: string;
  element?: string;
  pointer: string;
  location: SourceLocation;
  raw: Record<string, unknown>;
}

export interface ContractServer {
  server?: string;
  type: string;
  path?: string;
  format?: string;
  delimiter?: string;
  pointer: string;
}

export interface Contract {
  file: string;
  apiVersion: string;
  id: string;
  version: string;
  name?: string;
  status?: string;
  objects: ContractObject[];
  sla: SlaProperty[];
  servers: ContractServer[];
  /** Foreign keys, from schema objects and properties alike. */
  relationships: ContractRelationship[];
  source: YamlSource;
  raw: Record<string, unknown>;
}

/** One problem with the contract itself, at its place in the file. */
export interface ContractProblem {
  message: string;
  location: SourceLocation;
}

export class ContractError extends UserError {
  readonly problems: readonly ContractProblem[];
  constructor(file: string, problems: ContractProblem[]) {
    const lines = problems.map((problem) => `  ${formatAt(problem.location)}: ${problem.message}`);
    super(`${file}: the data contract has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${lines.join('\n')}`, problems[0]?.location ?? { file });
    this.name = 'ContractError';
    this.problems = problems;
  }
}

function formatAt(location: SourceLocation): string {
  return `${location.file}${location.line ? `:${location.line}:${location.column ?? 1}` : ''}`;
}

const SUPPORTED_API_VERSION = /^v3\.(0\.\d+|1\.0)$/;

const validators = new Map<string, ValidateFunction>();

function schemaFor(apiVersion: string): ValidateFunction {
  const name = apiVersion === 'v3.1.0' ? 'v3.1.0' : 'v3.0.2';
  let validate = validators.get(name);
  if (!validate) {
    const ajv = new Ajv2019({ allErrors: true, strict: false, logger: false });
    addFormats.default(ajv);
    validate = ajv.compile((name === 'v3.1.0' ? odcsV310 : odcsV302) as object);
    validators.set(name, validate);
  }
  return validate;
}

export function readContractFile(path: string, shownAs = path): Contract {
  if (!existsSync(path)) throw new UserError(`${shownAs}: contract file not found`, { file: shownAs });
  return parseContract(readFileSync(path, 'utf8'), shownAs);
}

export function parseContract(text: string, file: string): Contract {
  const source = parseYamlSource(text, file);
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(`${file}: a data contract must be a YAML mapping (apiVersion, kind, id, version, schema …), got ${data === null ? 'nothing' : Array.isArray(data) ? 'a list' : typeof data}`, { file, line: 1 });
  }
  const raw = data as Record<string, unknown>;
  const apiVersion = raw['apiVersion'];
  if (typeof apiVersion !== 'string' || !SUPPORTED_API_VERSION.test(apiVersion)) {
    throw new ContractError(file, [
      {
        message: `apiVersion ${JSON.stringify(apiVersion ?? null)} is not supported: use an Open Data Contract Standard version from v3.0.0 to v3.1.0`,
        location: source.locate(apiVersion === undefined ? '' : '/apiVersion'),
      },
    ]);
  }
  const validate = schemaFor(apiVersion);
  const problems: ContractProblem[] = [];
  if (!validate(raw)) problems.push(...explainSchemaErrors(validate.errors ?? [], source));
  if (problems.length === 0) {
    const contract = buildContract(raw, apiVersion, source);
    const resolved = buildRelationships(contract.objects, asArray(raw['schema']), source);
    contract.relationships = resolved.relationships;
    problems.push(...semanticProblems(contract), ...resolved.problems);
    if (problems.length === 0) return contract;
  }
  throw new ContractError(file, problems);
}

/** ajv's errors, minus the noise `if`/`then` and `allOf` wrappers add, with names instead of indexes. */
function explainSchemaErrors(errors: ErrorObject[], source: YamlSource): ContractProblem[] {
  const seen = new Set<string>();
  const problems: ContractProblem[] = [];
  const data = source.data;
  // Where a rule already fails for a reason, its keys also show up as "unevaluated": say the reason only.
  const explained = new Set(errors.filter((error) => !['if', 'allOf', 'anyOf', 'unevaluatedProperties'].includes(error.keyword)).map((error) => error.instancePath));
  for (const error of errors) {
    if (error.keyword === 'if' || error.keyword === 'allOf' || error.keyword === 'anyOf') continue;
    if (error.keyword === 'unevaluatedProperties' && explained.has(error.instancePath)) continue;
    let message: string;
    let location: SourceLocation;
    const where = readablePath(error.instancePath, data);
    switch (error.keyword) {
      case 'unevaluatedProperties':
      case 'additionalProperties': {
        const key = String((error.params as Record<string, unknown>)['unevaluatedProperty'] ?? (error.params as Record<string, unknown>)['additionalProperty']);
        message = `${where}: unknown key "${key}" (not part of ODCS ${String((data as Record<string, unknown>)['apiVersion'])})`;
        location = source.locate(error.instancePath, key);
        break;
      }
      case 'enum':
        message = `${where} must be one of ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(valueAt(data, error.instancePath))}`;
        location = source.locate(error.instancePath);
        break;
      case 'required':
        message = `${where || 'the contract'} needs "${(error.params as { missingProperty: string }).missingProperty}"`;
        location = source.locate(error.instancePath);
        break;
      case 'oneOf':
        if (/DataQualityOperators/.test(error.schemaPath)) {
          message = `${where}: a library rule needs exactly one operator (mustBe, mustNotBe, mustBeGreaterThan, mustBeGreaterOrEqualTo, mustBeLessThan, mustBeLessOrEqualTo, mustBeBetween, mustNotBeBetween)`;
        } else {
          message = `${where} ${error.message ?? 'is not valid'}`;
        }
        location = source.locate(error.instancePath);
        break;
      default:
        message = `${where || 'the contract'} ${error.message ?? 'is not valid'}`;
        location = source.locate(error.instancePath);
    }
    // oneOf reports each failed branch too; the summary line above says it all.
    if (/DataQualityOperators\/oneOf\/\d+/.test(error.schemaPath)) continue;
    const key = `${formatAt(location)} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ message, location });
  }
  return problems;
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const segment of pointerSegments(pointer)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** `/schema/0/properties/2/logicalType` → `schema[orders].properties[amount].logicalType`. */
export function readablePath(pointer: string, data: unknown): string {
  let value = data;
  let path = '';
  for (const segment of pointerSegments(pointer)) {
    const next = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    if (Array.isArray(value)) {
      const name = next !== null && typeof next === 'object' ? (next as Record<string, unknown>)['name'] : undefined;
      path += typeof name === 'string' ? `[${name}]` : `[${segment}]`;
    } else {
      path += path === '' ? segment : `.${segment}`;
    }
    value = next;
  }
  return path;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export const OPERATORS = ['mustBe', 'mustNotBe', 'mustBeGreaterThan', 'mustBeGreaterOrEqualTo', 'mustBeLessThan', 'mustBeLessOrEqualTo', 'mustBeBetween', 'mustNotBeBetween'] as const;

function buildQuality(list: unknown, pointer: string, source: YamlSource): QualityRule[] {
  return asArray(list).map((item, index) => {
    const raw = asRecord(item);
    const at = `${pointer}/${index}`;
    const operatorName = OPERATORS.find((name) => name in raw);
    // v3.0 rules put arguments such as validValues at the top level of the rule.
    const args: Record<string, unknown> = { ...asRecord(raw['arguments']) };
    for (const key of ['validValues', 'missingValues', 'pattern', 'properties']) if (key in raw && !(key in args)) args[key] = raw[key];
    return {
      metric: optionalString(raw['metric']) ?? optionalString(raw['rule']) ?? '',
      type: optionalString(raw['type']) ?? 'library',
      id: optionalString(raw['id']),
      name: optionalString(raw['name']),
      description: optionalString(raw['description']),
      severity: optionalString(raw['severity']),
      dimension: optionalString(raw['dimension']),
      unit: String(raw['unit'] ?? 'rows').toLowerCase() === 'percent' || raw['unit'] === '%' ? 'percent' : 'rows',
      operator: operatorName ? { name: operatorName, value: raw[operatorName] } : undefined,
      arguments: args,
      pointer: at,
      location: source.locate(at),
      raw,
    };
  });
}

function buildOptions(raw: Record<string, unknown>): LogicalTypeOptions {
  const written = asRecord(raw['logicalTypeOptions']);
  const options: LogicalTypeOptions = { ...written };
  // v3.0 writes exclusive bounds as flags on minimum/maximum; v3.1 as the bound itself.
  if (written['exclusiveMinimum'] === true) {
    options.exclusiveMinimum = options.minimum;
    delete options.minimum;
  } else if (written['exclusiveMinimum'] === false) delete options.exclusiveMinimum;
  if (written['exclusiveMaximum'] === true) {
    options.exclusiveMaximum = options.maximum;
    delete options.maximum;
  } else if (written['exclusiveMaximum'] === false) delete options.exclusiveMaximum;
  return options;
}

function buildContract(raw: Record<string, unknown>, apiVersion: string, source: YamlSource): Contract {
  const objects = asArray(raw['schema']).map((item, objectIndex): ContractObject => {
    const object = asRecord(item);
    const pointer = `/schema/${objectIndex}`;
    return {
      name: String(object['name']),
      physicalName: optionalString(object['physicalName']),
      id: optionalString(object['id']),
      pointer,
      location: source.locate(pointer),
      quality: buildQuality(object['quality'], `${pointer}/quality`, source),
      properties: asArray(object['properties']).map((entry, propertyIndex): ContractProperty => {
        const property = asRecord(entry);
        const at = `${pointer}/properties/${propertyIndex}`;
        const name = String(property['name']);
        return {
          name,
          column: optionalString(property['physicalName']) ?? name,
          id: optionalString(property['id']),
          logicalType: optionalString(property['logicalType']) as LogicalType | undefined,
          physicalType: optionalString(property['physicalType']),
          required: property['required'] === true,
          unique: property['unique'] === true,
          primaryKey: property['primaryKey'] === true,
          primaryKeyPosition: typeof property['primaryKeyPosition'] === 'number' && property['primaryKeyPosition'] >= 0 ? property['primaryKeyPosition'] : undefined,
          classification: optionalString(property['classification']),
          options: buildOptions(property),
          quality: buildQuality(property['quality'], `${at}/quality`, source),
          pointer: at,
          location: source.locate(at),
          raw: property,
        };
      }),
    };
  });
  const sla = asArray(raw['slaProperties']).map((item, index): SlaProperty => {
    const entry = asRecord(item);
    const pointer = `/slaProperties/${index}`;
    return {
      property: String(entry['property'] ?? ''),
      value: entry['value'],
      unit: optionalString(entry['unit']),
      element: optionalString(entry['element']) ?? optionalString(raw['slaDefaultElement']),
      pointer,
      location: source.locate(pointer),
      raw: entry,
    };
  });
  const servers = asArray(raw['servers']).map((item, index): ContractServer => {
    const entry = asRecord(item);
    return {
      server: optionalString(entry['server']),
      type: String(entry['type'] ?? ''),
      path: optionalString(entry['path']),
      format: optionalString(entry['format']),
      delimiter: optionalString(entry['delimiter']),
      pointer: `/servers/${index}`,
    };
  });
  return {
    file: source.file,
    apiVersion,
    id: String(raw['id'] ?? ''),
    version: String(raw['version'] ?? ''),
    name: optionalString(raw['name']),
    status: optionalString(raw['status']),
    objects,
    sla,
    servers,
    relationships: [],
    source,
    raw,
  };
}

/** What the JSON Schema cannot say: names used twice, patterns that do not compile, keys out of order. */
function semanticProblems(contract: Contract): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const objectNames = new Set<string>();
  for (const object of contract.objects) {
    if (objectNames.has(object.name)) problems.push({ message: `schema object "${object.name}" is declared twice`, location: object.location });
    objectNames.add(object.name);
    const columns = new Set<string>();
    const keyPositions = new Map<number, string>();
    for (const property of object.properties) {
      if (columns.has(property.column)) problems.push({ message: `property "${property.name}" of "${object.name}" is declared twice`, location: property.location });
      columns.add(property.column);
      if (property.logicalType === undefined && property.physicalType === undefined) {
        // Allowed by the standard; nothing to type-check.
      }
      const pattern = property.options.pattern;
      if (typeof pattern === 'string') {
        try {
          new RegExp(pattern);
        } catch (error) {
          problems.push({ message: `pattern of "${property.name}" is not an ECMA-262 regular expression: ${(error as Error).message}`, location: contract.source.locate(`${property.pointer}/logicalTypeOptions/pattern`) });
        }
      }
      if (property.primaryKey && property.primaryKeyPosition !== undefined) {
        const other = keyPositions.get(property.primaryKeyPosition);
        if (other) problems.push({ message: `primaryKeyPosition ${property.primaryKeyPosition} is used by both "${other}" and "${property.name}"`, location: contract.source.locate(`${property.pointer}/primaryKeyPosition`) });
        keyPositions.set(property.primaryKeyPosition, property.name);
      }
      for (const rule of property.quality) {
        const pattern = rule.arguments['pattern'];
        if (typeof pattern === 'string') {
          try {
            new RegExp(pattern);
          } catch (error) {
            problems.push({ message: `pattern of quality rule on "${property.name}" is not an ECMA-262 regular expression: ${(error as Error).message}`, location: rule.location });
          }
        }
      }
    }
    for (const rule of object.quality) {
      const keys = rule.arguments['properties'];
      if (Array.isArray(keys)) {
        for (const key of keys) {
          if (!object.properties.some((property) => property.name === key || property.column === key)) {
            problems.push({ message: `quality rule names property "${String(key)}", which "${object.name}" does not declare`, location: rule.location });
          }
        }
      }
    }
  }
  for (const sla of contract.sla) {
    if (!isCheckedSla(sla.property) || !sla.element) continue;
    for (const element of sla.element.split(',').map((part) => part.trim())) {
      if (resolveElement(contract, element) === undefined) {
        problems.push({ message: `slaProperties ${sla.property} names element "${element}", which is not an object.property of this contract`, location: contract.source.locate(`${sla.pointer}/element`) });
      }
    }
  }
  return problems;
}

export function isCheckedSla(property: string): boolean {
  return ['freshness', 'latency', 'ly'].includes(property.toLowerCase());
}

/** `object.property`, or just `property` when the contract has one object. */
export function resolveElement(contract: Contract, element: string): { object: ContractObject; property: ContractProperty } | undefined {
  const parts = element.split('.');
  const [objectName, propertyName] = parts.length >= 2 ? [parts[0]!, parts.slice(1).join('.')] : [undefined, parts[0]!];
  const candidates = objectName === undefined ? (contract.objects.length === 1 ? contract.objects : []) : contract.objects.filter((o) => o.name === objectName || o.physicalName === objectName);
  for (const object of candidates) {
    const property = object.properties.find((p) => p.name === propertyName || p.column === propertyName);
    if (property) return { object, property };
  }
  return undefined;
}
