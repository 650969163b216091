/**
 * The App Engine Admin API v1 as Google publishes it: the protocol buffer definitions with their
 * HTTP bindings (`google.api.http`), shipped in the npm package @google-cloud/appengine-admin
 * (`build/protos/protos.json`). The REST surface, and the discovery document, are generated from
 * these: each RPC's HTTP rule gives the method and path template, the `body` field is the JSON
 * body, and every other request field is a query parameter. JSON follows the proto3 JSON mapping
 * (lowerCamelCase names, enums as strings, 64-bit integers as strings, Duration as "1.5s").
 *
 * A request is matched to its RPC, then its path, query and body are checked: an unknown field
 * ("Invalid JSON payload received. Unknown name …"), a wrong type or an enum value outside the
 * definition is refused as Google refuses it. Responses are checked the same way.
 */
import { createRequire } from 'node:module';
import { ProtocolViolation } from '../loopback-server.ts';

interface ProtoField {
  type: string;
  id: number;
  rule?: 'repeated';
  keyType?: string;
}
interface ProtoNode {
  fields?: Record<string, ProtoField>;
  values?: Record<string, number>;
  methods?: Record<string, { requestType: string; responseType: string; options?: Record<string, string> }>;
  nested?: Record<string, ProtoNode>;
}

const require = createRequire(import.meta.url);
const ROOT = require('@google-cloud/appengine-admin/build/protos/protos.json') as ProtoNode;
const PACKAGE = 'google.appengine.v1';

/** A Google API error, answered in the `{ error: { code, message, status } }` shape. */
export class GoogleApiError extends ProtocolViolation {
  constructor(status: number, grpcStatus: string, message: string) {
    super(grpcStatus, message, status);
  }
}

function invalid(message: string): GoogleApiError {
  return new GoogleApiError(400, 'INVALID_ARGUMENT', message);
}

function node(path: string): ProtoNode | undefined {
  let current: ProtoNode | undefined = ROOT;
  for (const part of path.split('.')) current = current?.nested?.[part];
  return current;
}

/** Resolves a type name as protobuf does: from the innermost enclosing scope outwards. */
function resolve(type: string, scope: string): { name: string; node: ProtoNode } {
  if (type.includes('.') && node(type.replace(/^\./, ''))) return { name: type.replace(/^\./, ''), node: node(type.replace(/^\./, ''))! };
  const parts = scope.split('.');
  for (let i = parts.length; i >= 0; i--) {
    const name = [...parts.slice(0, i), type].join('.');
    const found = node(name);
    if (found) return { name, node: found };
  }
  throw new Error(`protos.json has no type ${type} (from ${scope})`);
}

const INTEGER = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32']);
const LONG = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);

function checkScalar(type: string, value: unknown, path: string): void {
  const fail = (what: string) => invalid(`Invalid value at '${path}' (${type}), ${JSON.stringify(value)}: ${what}`);
  if (type === 'string') {
    if (typeof value !== 'string') throw fail('expected a string');
  } else if (type === 'bool') {
    if (typeof value !== 'boolean') throw fail('expected true or false');
  } else if (INTEGER.has(type) || LONG.has(type)) {
    const ok = (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value));
    if (!ok) throw fail('expected an integer');
  } else if (type === 'double' || type === 'float') {
    if (typeof value !== 'number' && !['NaN', 'Infinity', '-Infinity'].includes(value as string)) throw fail('expected a number');
  } else if (type === 'bytes') {
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) throw fail('expected base64');
  } else {
    throw new Error(`unhandled scalar ${type}`);
  }
}

const SCALARS = new Set(['string', 'bool', 'bytes', 'double', 'float', ...INTEGER, ...LONG]);

/** Checks a JSON value against a proto type (message, enum, scalar or well-known type). */
export function checkValue(type: string, scope: string, value: unknown, path: string): void {
  if (value === null) return;
  if (SCALARS.has(type)) return checkScalar(type, value, path);
  const { name, node: definition } = resolve(type, scope);
  switch (name) {
    case 'google.protobuf.Duration':
      if (typeof value !== 'string' || !/^-?\d+(\.\d{1,9})?s$/.test(value)) throw invalid(`Invalid value at '${path}' (type.googleapis.com/google.protobuf.Duration), ${JSON.stringify(value)}`);
      return;
    case 'google.protobuf.Timestamp':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || !/Z$|[+-]\d\d:\d\d$/.test(value)) throw invalid(`Invalid value at '${path}' (type.googleapis.com/google.protobuf.Timestamp), ${JSON.stringify(value)}`);
      return;
    case 'google.protobuf.FieldMask':
      if (typeof value !== 'string' || !/^([a-zA-Z_][a-zA-Z0-9_.]*)(,[a-zA-Z_][a-zA-Z0-9_.]*)*$/.test(value)) throw invalid(`Invalid field mask at '${path}': ${JSON.stringify(value)}`);
      return;
    case 'google.protobuf.Empty':
      if (typeof value !== 'object' || Object.keys(value as object).length > 0) throw invalid(`'${path}' must be an empty object`);
      return;
    case 'google.protobuf.Any': {
      const typeUrl = (value as { '@type'?: unknown })['@type'];
      if (typeof typeUrl !== 'string' || !typeUrl.startsWith('type.googleapis.com/')) throw invalid(`'${path}' is an Any without a type.googleapis.com/ @type`);
      const { '@type': _, ...rest } = value as Record<string, unknown>;
      return checkValue(`.${typeUrl.slice('type.googleapis.com/'.length)}`, scope, rest, path);
    }
  }
  if (definition.values) {
    if (typeof value === 'string' ? !(value in definition.values) : !Object.values(definition.values).includes(value as number)) {
      throw invalid(`Invalid value at '${path}' (type.googleapis.com/${name}), ${JSON.stringify(value)}`);
    }
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(`Invalid value at '${path}' (type.googleapis.com/${name}): expected an object`);
  checkMessage(name, definition, value as Record<string, unknown>, path);
}

function checkMessage(name: string, definition: ProtoNode, value: Record<string, unknown>, path: string): void {
  const fields = definition.fields ?? {};
  for (const [key, item] of Object.entries(value)) {
    const field = fields[key] ?? Object.entries(fields).find(([fieldName]) => snake(fieldName) === key)?.[1];
    if (!field) throw invalid(`Invalid JSON payload received. Unknown name "${key}" at '${path}': Cannot find field.`);
    const fieldPath = path ? `${path}.${key}` : key;
    if (field.rule === 'repeated') {
      if (!Array.isArray(item)) throw invalid(`Invalid value at '${fieldPath}': expected a list`);
      item.forEach((element, i) => checkValue(field.type, name, element, `${fieldPath}[${i}]`));
    } else if (field.keyType) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw invalid(`Invalid value at '${fieldPath}': expected a map`);
      for (const [mapKey, mapValue] of Object.entries(item)) checkValue(field.type, name, mapValue, `${fieldPath}[${JSON.stringify(mapKey)}]`);
    } else {
      checkValue(field.type, name, item, fieldPath);
    }
  }
}

function snake(camel: string): string {
  return camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export interface Rpc {
  /** e.g. google.appengine.v1.Versions.CreateVersion */
  id: string;
  verb: string;
  /** Path variables by request field name (`name`, `parent`), e.g. `apps/p/services/s`. */
  variables: Record<string, string>;
  query: Record<string, string>;
  /** The request field that is the body (`version`, `service`), if any. */
  bodyField?: string;
  requestType: string;
  responseType: string;
}

interface Route {
  id: string;
  verb: string;
  pattern: RegExp;
  variables: string[];
  bodyField?: string;
  requestType: string;
  responseType: string;
}

function routesOf(service: string): Route[] {
  const definition = node(`${PACKAGE}.${service}`)!;
  const routes: Route[] = [];
  for (const [method, rpc] of Object.entries(definition.methods ?? {})) {
    const options = rpc.options ?? {};
    const verb = ['get', 'post', 'patch', 'put', 'delete'].find((v) => options[`(google.api.http).${v}`] !== undefined);
    if (!verb) continue;
    const template = options[`(google.api.http).${verb}`]!;
    const variables: string[] = [];
    const pattern = template.replace(/\{(\w+)=([^}]+)\}|[.*+?^$()|[\]\\]/g, (match, field: string | undefined, segments: string | undefined) => {
      if (!field) return `\\${match}`;
      variables.push(field);
      return `(${segments!.replace(/\*\*/g, '.+').replace(/\*/g, '[^/]+')})`;
    });
    routes.push({
      id: `${PACKAGE}.${service}.${method}`,
      verb: verb.toUpperCase(),
      pattern: new RegExp(`^${pattern}$`),
      variables,
      bodyField: options['(google.api.http).body'],
      requestType: resolve(rpc.requestType, `${PACKAGE}.${service}`).name,
      responseType: resolve(rpc.responseType, `${PACKAGE}.${service}`).name,
    });
  }
  return routes;
}

const ROUTES = ['Applications', 'Services', 'Versions', 'Instances'].flatMap(routesOf);
// apps.operations.get has no proto of its own in this package (it is google.longrunning.Operations,
// bound by App Engine's service configuration); the discovery document (appengine.apps.operations.get)
// gives its path: GET v1/apps/{appsId}/operations/{operationsId}.
ROUTES.push({
  id: 'google.longrunning.Operations.GetOperation',
  verb: 'GET',
  pattern: /^\/v1\/(apps\/[^/]+\/operations\/[^/]+)$/,
  variables: ['name'],
  requestType: 'google.longrunning.GetOperationRequest',
  responseType: 'google.longrunning.Operation',
});

// Parameters every Google REST API takes (the discovery document's top-level `parameters`).
const SYSTEM_PARAMETERS = new Set(['$.xgafv', 'access_token', 'alt', 'callback', 'fields', 'key', 'oauth_token', 'prettyPrint', 'quotaUser', 'uploadType', 'upload_protocol']);

/** Matches a request to its RPC and checks its query and body against the request message. */
export function matchRpc(method: string, url: URL, body: unknown): Rpc {
  const candidates = ROUTES.filter((route) => route.pattern.test(url.pathname));
  if (candidates.length === 0) throw new GoogleApiError(404, 'NOT_FOUND', `The requested URL ${url.pathname} was not found on this server.`);
  const route = candidates.find((r) => r.verb === method);
  if (!route) throw new GoogleApiError(405, 'METHOD_NOT_ALLOWED', `Method ${method} is not allowed for ${url.pathname}`);
  const match = route.pattern.exec(url.pathname)!;
  const variables: Record<string, string> = {};
  route.variables.forEach((field, index) => (variables[field] = decodeURIComponent(match[index + 1]!)));
  const request = node(route.requestType)!;
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (SYSTEM_PARAMETERS.has(key)) continue;
    const field = request.fields?.[key];
    if (!field || key === route.bodyField || route.variables.includes(key)) throw invalid(`Invalid JSON payload received. Unknown name "${key}": Cannot bind query parameter.`);
    const parsed = field.type === 'bool' ? (value === 'true' ? true : value === 'false' ? false : value) : INTEGER.has(field.type) && /^-?\d+$/.test(value) ? Number(value) : value;
    checkValue(field.type, route.requestType, parsed, key);
    query[key] = value;
  }
  if (route.bodyField) {
    const field = request.fields![route.bodyField]!;
    if (body === undefined) throw invalid(`The request has no body; ${route.id} takes a ${field.type}`);
    checkValue(field.type, route.requestType, body, route.bodyField);
  } else if (body !== undefined && method !== 'GET' && method !== 'DELETE') {
    throw invalid(`${route.id} takes no body`);
  }
  return { id: route.id, verb: route.verb, variables, query, bodyField: route.bodyField, requestType: route.requestType, responseType: route.responseType };
}

/** A response the stand-in is about to send must fit the RPC's response message. */
export function checkResponse(rpc: Rpc, value: unknown): void {
  checkValue(`.${rpc.responseType}`, rpc.responseType, value, '');
}
