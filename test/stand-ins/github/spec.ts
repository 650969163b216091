// Matches requests to operations of GitHub's OpenAPI description and checks
// requests and responses against it. Everything here is pure: it returns
// problems, and the server decides how to answer and what to record.
import type { IncomingHttpHeaders } from 'node:http';
import {
  describeErrors,
  openApiDocument,
  pointer,
  resolvePointer,
  validatorAt,
} from './description.ts';
import type { JsonSchema, OperationObject, ParameterObject, ResponseObject } from './description.ts';

/** Which host a request reached: the REST API, or the uploads host of release assets. */
export type ApiHost = 'api' | 'uploads';

export interface Operation {
  operationId: string;
  method: string; // upper case
  template: string; // e.g. /repos/{owner}/{repo}/issues/{issue_number}/comments
  host: ApiHost;
  documentationUrl: string;
  parameters: ParameterObject[];
  requestBody?: OperationObject['requestBody'];
  responses: Record<string, ResponseObject>;
}

export type RouteMatch =
  | { kind: 'operation'; operation: Operation; params: Record<string, string> }
  | { kind: 'wrong-method'; template: string; allowed: string[] }
  | { kind: 'unknown-path' };

interface Route {
  template: string;
  segments: Array<{ literal: string } | { param: string }>;
  operations: Operation[];
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const UPLOADS_SERVER = 'https://uploads.github.com';

let routes: Route[] | undefined;
const operationsById = new Map<string, Operation>();

function routeTable(): Route[] {
  if (routes) return routes;
  const document = openApiDocument();
  routes = [];
  for (const [template, item] of Object.entries(document.paths)) {
    const operations: Operation[] = [];
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      const host: ApiHost = operation.servers?.some((server) => server.url === UPLOADS_SERVER) ? 'uploads' : 'api';
      const parameters = (operation.parameters ?? []).map((raw, index): ParameterObject => {
        const ref = raw.$ref as string | undefined;
        const resolved = (ref ? resolvePointer(ref) : raw) as Omit<ParameterObject, 'schemaPointer'>;
        const schemaPointer = ref
          ? `${ref}/schema`
          : pointer('paths', template, method, 'parameters', index, 'schema');
        return { ...resolved, schemaPointer };
      });
      const entry: Operation = {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        template,
        host,
        documentationUrl: operation.externalDocs?.url ?? 'https://docs.github.com/rest',
        parameters,
        requestBody: operation.requestBody,
        responses: operation.responses,
      };
      operations.push(entry);
      operationsById.set(entry.operationId, entry);
    }
    const segments = template.split('/').slice(1).map((segment) => {
      const param = /^\{([^}]+)\}$/.exec(segment);
      return param ? { param: param[1] } : { literal: segment };
    });
    routes.push({ template, segments, operations });
  }
  return routes;
}

export function operationById(operationId: string): Operation | undefined {
  routeTable();
  return operationsById.get(operationId);
}

/**
 * Finds the operation for a request path. Templates with literal segments win
 * over templates with a parameter at the same place (`/releases/latest` over
 * `/releases/{release_id}`). A trailing parameter (`{path}`, `{ref}`) may span
 * several segments, as `contents/models/metrics.json` or `git/ref/heads/main`,
 * but only when no template matches segment for segment.
 */
export function matchRoute(host: ApiHost, method: string, pathname: string): RouteMatch {
  const raw = pathname.split('/').slice(1);
  const candidates: Array<{ route: Route; params: Record<string, string>; greedy: boolean }> = [];
  for (const route of routeTable()) {
    const params = matchSegments(route, raw);
    if (params) candidates.push({ route, params: params.values, greedy: params.greedy });
  }
  candidates.sort(
    (a, b) =>
      Number(a.greedy) - Number(b.greedy) ||
      // Among spanning matches, the template that explains more segments itself wins.
      (a.greedy ? b.route.segments.length - a.route.segments.length : 0) ||
      compareSpecificity(a.route, b.route),
  );
  const upper = method.toUpperCase();
  for (const candidate of candidates) {
    const operation = candidate.route.operations.find((op) => op.method === upper && op.host === host);
    if (operation) return { kind: 'operation', operation, params: candidate.params };
  }
  if (candidates.length > 0) {
    const best = candidates[0].route;
    const allowed = best.operations.filter((op) => op.host === host).map((op) => op.method);
    return { kind: 'wrong-method', template: best.template, allowed };
  }
  return { kind: 'unknown-path' };
}

/** Trailing parameters GitHub lets span several segments: file paths, refs, branch and tag names. */
const SLASHED_PARAMETERS = new Set(['path', 'ref', 'branch', 'tag']);

function matchSegments(route: Route, requestSegments: string[]): { values: Record<string, string>; greedy: boolean } | undefined {
  const { segments } = route;
  let raw = requestSegments;
  const last = segments[segments.length - 1];
  const greedy = raw.length > segments.length && last !== undefined && 'param' in last && SLASHED_PARAMETERS.has(last.param);
  // `contents` without a path is the repository root; octokit sends it for `path: ''` and GitHub answers it.
  if (raw.length === segments.length - 1 && last !== undefined && 'param' in last && last.param === 'path') raw = [...raw, ''];
  if (raw.length !== segments.length && !greedy) return undefined;
  const values: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const isLast = i === segments.length - 1;
    const value = isLast && greedy ? raw.slice(i).map(decode).join('/') : decode(raw[i]);
    if ('literal' in segment) {
      if (raw[i] !== segment.literal) return undefined;
    } else {
      // `contents/` (an empty path) is the repository root too.
      const emptyAllowed = isLast && segment.param === 'path';
      if (value === undefined || (value === '' && !emptyAllowed)) return undefined;
      if (greedy && isLast && raw.slice(i).includes('')) return undefined;
      values[segment.param] = value;
    }
  }
  return { values, greedy };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function compareSpecificity(a: Route, b: Route): number {
  const length = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < length; i++) {
    const aLiteral = 'literal' in a.segments[i];
    const bLiteral = 'literal' in b.segments[i];
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Requests

export interface RequestProblem {
  /** path and query problems mean the route is wrong, json means unparseable, body means schema. */
  where: 'path' | 'query' | 'header' | 'json' | 'body';
  message: string;
  /**
   * GitHub itself would refuse the request. Problems that GitHub silently
   * ignores (an undescribed query parameter or body property, usually a
   * misspelt name) are still reported, but the request goes on as on GitHub.
   */
  refused: boolean;
}

export interface CheckedRequest {
  problems: RequestProblem[];
  /** Query values coerced to their parameter types (per_page=30 becomes 30). */
  query: Record<string, unknown>;
  /** Parsed JSON body, or the raw bytes for binary uploads, or undefined when empty. */
  body: unknown;
}

export function checkRequest(
  operation: Operation,
  params: Record<string, string>,
  query: URLSearchParams,
  headers: IncomingHttpHeaders,
  rawBody: Buffer,
): CheckedRequest {
  const problems: RequestProblem[] = [];
  const coercedQuery: Record<string, unknown> = {};

  for (const parameter of operation.parameters) {
    let value: unknown;
    if (parameter.in === 'path') value = params[parameter.name];
    else if (parameter.in === 'query') {
      const values = query.getAll(parameter.name);
      value = values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
    } else if (parameter.in === 'header') value = headers[parameter.name.toLowerCase()];
    else continue;

    if (value === undefined) {
      if (parameter.required) {
        problems.push({ where: parameter.in, message: `${parameter.in} parameter '${parameter.name}' is required`, refused: true });
      }
      continue;
    }
    const coerced = coerceParameter(value, parameter.schema);
    if (parameter.in === 'query') coercedQuery[parameter.name] = coerced;
    const validate = validatorAt(parameter.schemaPointer);
    if (!validate(coerced)) {
      for (const message of describeErrors(`${parameter.in} parameter '${parameter.name}'`, validate.errors)) {
        problems.push({ where: parameter.in, message, refused: true });
      }
    }
  }
  // GitHub ignores query parameters it does not know; a client sending one
  // (perPage for per_page) is almost always a bug, so it is reported too.
  const known = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(query.keys())) {
    if (!known.has(name)) problems.push({ where: 'query', message: `query parameter '${name}' is not described for ${operation.operationId}`, refused: false });
  }

  let body: unknown;
  const requestBody = operation.requestBody;
  const contentType = String(headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (requestBody?.content['application/json']) {
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        problems.push({ where: 'json', message: 'body is not valid JSON', refused: true });
        return { problems, query: coercedQuery, body: undefined };
      }
      if (contentType && !/^application\/(.+\+)?json$/.test(contentType)) {
        problems.push({ where: 'header', message: `content-type '${contentType}' is not one of ${Object.keys(requestBody.content).join(', ')}`, refused: false });
      }
    }
    if (body === undefined) {
      if (requestBody.required) problems.push({ where: 'body', message: 'body is required', refused: true });
    } else {
      const schemaPointer = pointer('paths', operation.template, operation.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema');
      const validate = validatorAt(schemaPointer);
      if (!validate(body)) {
        for (const message of describeErrors('body', validate.errors)) problems.push({ where: 'body', message, refused: true });
      }
      for (const name of undescribedProperties(resolvePointer(schemaPointer) as JsonSchema, body)) {
        problems.push({ where: 'body', message: `body property '${name}' is not described for ${operation.operationId}`, refused: false });
      }
    }
  } else if (requestBody) {
    // Binary uploads (release assets): the description requires a Content-Type naming the asset's media type.
    body = rawBody;
    if (!contentType) problems.push({ where: 'header', message: 'content-type header is required', refused: true });
    if (requestBody.required && rawBody.length === 0) problems.push({ where: 'body', message: 'body is required', refused: true });
  } else if (rawBody.length > 0) {
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      body = rawBody;
    }
  }
  return { problems, query: coercedQuery, body };
}

/** Top-level properties of an object body that its schema does not name (and does not allow in general). */
function undescribedProperties(schema: JsonSchema | undefined, body: unknown): string[] {
  if (!schema || !body || typeof body !== 'object' || Array.isArray(body)) return [];
  const resolved = (schema.$ref ? resolvePointer(schema.$ref as string) : schema) as JsonSchema;
  const properties = resolved.properties as Record<string, unknown> | undefined;
  if (!properties || (resolved.additionalProperties !== undefined && resolved.additionalProperties !== false)) return [];
  return Object.keys(body).filter((name) => !(name in properties));
}

/** Query strings and path segments are text; turn them into what the parameter's schema expects. */
function coerceParameter(value: unknown, schema: JsonSchema | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => coerceParameter(item, schema));
  if (typeof value !== 'string' || !schema) return value;
  const resolved = (schema.$ref ? resolvePointer(schema.$ref as string) : schema) as JsonSchema;
  const types = new Set<string>();
  const collect = (s: JsonSchema): void => {
    if (typeof s.type === 'string') types.add(s.type);
    for (const key of ['oneOf', 'anyOf'] as const) {
      for (const branch of (s[key] as JsonSchema[] | undefined) ?? []) collect(branch);
    }
  };
  collect(resolved);
  if ((types.has('integer') || types.has('number')) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (types.has('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  if (types.has('array') && !types.has('string')) return value.split(',');
  return value;
}

// ---------------------------------------------------------------------------
// Responses

/**
 * Checks a JSON response body against the schema the description gives for its
 * status. Error statuses the description does not list are not checked (it lists
 * only some of them); an undescribed success status is a problem.
 */
export function checkResponse(operation: Operation, status: number, contentType: string, body: unknown): string[] {
  let response = operation.responses[String(status)];
  let base = pointer('paths', operation.template, operation.method.toLowerCase(), 'responses', String(status));
  if (!response && operation.responses.default) {
    response = operation.responses.default;
    base = pointer('paths', operation.template, operation.method.toLowerCase(), 'responses', 'default');
  }
  if (!response) {
    return status < 400 ? [`response status ${status} is not described for ${operation.operationId}`] : [];
  }
  if (response.$ref) {
    base = response.$ref;
    response = resolvePointer(response.$ref) as ResponseObject;
  }
  if (!/json/.test(contentType) || body === undefined) return [];
  const media = response.content?.['application/json'];
  if (!media?.schema) return [];
  const validate = validatorAt(`${base}/content/${encodeURIComponent('application~1json')}/schema`);
  return validate(body) ? [] : describeErrors(`response ${status} body`, validate.errors);
}
