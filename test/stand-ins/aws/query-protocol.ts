/**
 * The AWS Query protocol, server side, checked against the service model the SDK itself ships:
 * `@aws-sdk/client-*` exports each operation's Smithy schema (`<Operation>$`), read here through
 * Smithy's own NormalizedSchema. A request is decoded member by member: an unknown parameter, a
 * missing required member, a malformed boolean, number or timestamp is refused the way AWS refuses
 * it. Responses are encoded from the output schema, so a stand-in cannot answer with a member the
 * real service does not have.
 */
import { NormalizedSchema } from '@smithy/core/schema';
import { XMLBuilder } from 'fast-xml-parser';
import { AwsError } from './sigv4.ts';

export interface QueryService {
  /** The API version every request must name. */
  version: string;
  xmlNamespace: string;
  /** Operation name → its schema, as exported by the SDK client package. */
  operations: ReadonlyMap<string, unknown>;
}

/** Collects `<Name>$` operation schemas (Smithy type code 9) from an SDK client package's exports. */
export function operationsOf(clientExports: Record<string, unknown>): Map<string, unknown> {
  const operations = new Map<string, unknown>();
  for (const [name, value] of Object.entries(clientExports)) {
    if (name.endsWith('$') && Array.isArray(value) && value[0] === 9) operations.set(String(value[2]), value);
  }
  return operations;
}

type Tree = { [key: string]: Tree } | string;

function treeOf(params: URLSearchParams): Record<string, Tree> {
  const root: Record<string, Tree> = {};
  for (const [key, value] of params) {
    const parts = key.split('.');
    let node: Record<string, Tree> = root;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        if (node[part] !== undefined) throw new AwsError('InvalidParameterValue', `Parameter ${key} is given twice or conflicts with ${key}.*`);
        node[part] = value;
        return;
      }
      const next = node[part];
      if (typeof next === 'string') throw new AwsError('InvalidParameterValue', `Parameter ${parts.slice(0, index + 1).join('.')} is both a value and a structure`);
      node = (node[part] ??= {}) as Record<string, Tree>;
    });
  }
  return root;
}

/** The members a structure schema requires: Smithy's static schemas list them first and count them. */
function requiredMembers(schema: NormalizedSchema): string[] {
  const raw = schema.getSchema() as unknown[];
  const names = raw[4] as string[];
  const count = typeof raw[6] === 'number' ? raw[6] : 0;
  return names.slice(0, count);
}

function indexed(node: Tree, path: string, container: string): Tree[] {
  if (node === '') return []; // AWS Query sends an empty list as `Name=`.
  if (typeof node === 'string' || Object.keys(node).length !== 1 || typeof node[container] !== 'object') {
    throw new AwsError('InvalidParameterValue', `${path} must be given as ${path}.${container}.N`);
  }
  const items = node[container] as Record<string, Tree>;
  const keys = Object.keys(items).map(Number).sort((a, b) => a - b);
  keys.forEach((key, index) => {
    if (key !== index + 1) throw new AwsError('InvalidParameterValue', `${path}.${container} indices must count 1, 2, 3… (got ${Object.keys(items).join(', ')})`);
  });
  return keys.map((key) => items[String(key)]!);
}

function decode(schema: NormalizedSchema, node: Tree, path: string): unknown {
  if (schema.isStructSchema()) {
    if (typeof node === 'string') throw new AwsError('InvalidParameterValue', `${path} must be a structure`);
    const members = schema.getMemberSchemas();
    const value: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(node)) {
      const member = members[name];
      if (!member) throw new AwsError('InvalidParameterValue', `Unknown parameter ${path ? `${path}.` : ''}${name}`);
      value[name] = decode(member, child, path ? `${path}.${name}` : name);
    }
    for (const name of requiredMembers(schema)) {
      if (value[name] === undefined) throw new AwsError('MissingParameter', `The request must contain the parameter ${path ? `${path}.` : ''}${name}`);
    }
    return value;
  }
  if (schema.isListSchema()) return indexed(node, path, 'member').map((item, i) => decode(schema.getValueSchema(), item, `${path}.member.${i + 1}`));
  if (schema.isMapSchema()) {
    const map: Record<string, unknown> = {};
    indexed(node, path, 'entry').forEach((entry, i) => {
      if (typeof entry === 'string' || typeof entry['key'] !== 'string' || entry['value'] === undefined) {
        throw new AwsError('InvalidParameterValue', `${path}.entry.${i + 1} needs key and value`);
      }
      map[entry['key']] = decode(schema.getValueSchema(), entry['value'], `${path}.entry.${i + 1}.value`);
    });
    return map;
  }
  if (typeof node !== 'string') throw new AwsError('InvalidParameterValue', `${path} must be a single value, not a structure`);
  if (schema.isBooleanSchema()) {
    if (node !== 'true' && node !== 'false') throw new AwsError('InvalidParameterValue', `${path} must be true or false, got "${node}"`);
    return node === 'true';
  }
  if (schema.isNumericSchema()) {
    if (!/^-?\d+(\.\d+)?$/.test(node)) throw new AwsError('InvalidParameterValue', `${path} must be a number, got "${node}"`);
    return Number(node);
  }
  if (schema.isTimestampSchema()) {
    const date = new Date(node);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(node) || Number.isNaN(date.getTime())) {
      throw new AwsError('InvalidParameterValue', `${path} must be an ISO 8601 UTC timestamp, got "${node}"`);
    }
    return date;
  }
  return node;
}

export interface QueryRequest {
  action: string;
  input: Record<string, unknown>;
}

/** Decodes a form-encoded Query request and checks it against the operation's input schema. */
export function decodeQueryRequest(service: QueryService, contentType: string | undefined, body: Buffer): QueryRequest {
  if (!contentType?.startsWith('application/x-www-form-urlencoded')) {
    throw new AwsError('InvalidAction', `Query requests are form-encoded POSTs; got content-type ${contentType ?? '(none)'}`);
  }
  const params = new URLSearchParams(body.toString('utf8'));
  const action = params.get('Action');
  const version = params.get('Version');
  params.delete('Action');
  params.delete('Version');
  if (!action) throw new AwsError('MissingAction', 'Could not find operation to perform: Action is missing');
  const operation = service.operations.get(action);
  if (!operation) throw new AwsError('InvalidAction', `Could not find operation ${action} for version ${version}`);
  if (version !== service.version) throw new AwsError('InvalidParameterValue', `Version must be ${service.version}, got ${version}`);
  const inputSchema = NormalizedSchema.of((operation as unknown[])[4] as never);
  const input = inputSchema.isUnitSchema() ? {} : (decode(inputSchema, treeOf(params), '') as Record<string, unknown>);
  return { action, input };
}

/** A stand-in answered with something the service model does not allow: a bug in the stand-in. */
export class ModelMismatch extends Error {}

function encode(schema: NormalizedSchema, value: unknown, path: string): unknown {
  if (value === undefined || value === null) return undefined;
  if (schema.isStructSchema()) {
    if (typeof value !== 'object') throw new ModelMismatch(`${path} must be a structure`);
    const members = schema.getMemberSchemas();
    const out: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
      const member = members[name];
      if (!member) throw new ModelMismatch(`${path}.${name} is not a member of ${schema.getName()}`);
      const encoded = encode(member, child, `${path}.${name}`);
      if (encoded !== undefined) out[name] = encoded;
    }
    return out;
  }
  if (schema.isListSchema()) {
    if (!Array.isArray(value)) throw new ModelMismatch(`${path} must be a list`);
    return { member: value.map((item, i) => encode(schema.getValueSchema(), item, `${path}[${i}]`)) };
  }
  if (schema.isMapSchema()) {
    return { entry: Object.entries(value as Record<string, unknown>).map(([key, item]) => ({ key, value: encode(schema.getValueSchema(), item, `${path}.${key}`) })) };
  }
  if (schema.isTimestampSchema()) {
    if (!(value instanceof Date)) throw new ModelMismatch(`${path} must be a Date`);
    return value.toISOString();
  }
  if (schema.isBooleanSchema()) {
    if (typeof value !== 'boolean') throw new ModelMismatch(`${path} must be a boolean`);
    return String(value);
  }
  if (schema.isNumericSchema()) {
    if (typeof value !== 'number') throw new ModelMismatch(`${path} must be a number`);
    return String(value);
  }
  if (typeof value !== 'string') throw new ModelMismatch(`${path} must be a string`);
  return value;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: false });

export function encodeQueryResponse(service: QueryService, action: string, output: Record<string, unknown> | undefined, requestId: string): string {
  const operation = service.operations.get(action) as unknown[];
  const outputSchema = NormalizedSchema.of(operation[5] as never);
  const response: Record<string, unknown> = { '@_xmlns': service.xmlNamespace };
  if (!outputSchema.isUnitSchema()) response[`${action}Result`] = encode(outputSchema, output ?? {}, `${action}Result`) ?? '';
  response['ResponseMetadata'] = { RequestId: requestId };
  return builder.build({ [`${action}Response`]: response }) as string;
}

export function encodeQueryError(service: QueryService, error: AwsError, requestId: string): string {
  const type = error.status >= 500 ? 'Receiver' : 'Sender';
  return builder.build({
    ErrorResponse: { '@_xmlns': service.xmlNamespace, Error: { Type: type, Code: error.code, Message: error.message }, RequestId: requestId },
  }) as string;
}
