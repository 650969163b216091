// Loads GitHub's official OpenAPI description of api.github.com once per process
// and hands out ajv validators compiled on first use.
//
// The 13 MB document is parsed lazily (about 0.1 s) and registered with ajv as a
// whole under one `$id`, so `$ref`s into `#/components/...` resolve without
// dereferencing; each validator is then a small `{ $ref: <pointer> }` schema that
// ajv compiles the first time an operation needs it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';

export type JsonSchema = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
  /** JSON pointer of the parameter's schema inside the document. */
  schemaPointer: string;
}

export interface MediaTypeObject {
  schema?: JsonSchema;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
  headers?: Record<string, unknown>;
  $ref?: string;
}

export interface OperationObject {
  operationId: string;
  summary?: string;
  externalDocs?: { url: string };
  servers?: Array<{ url: string }>;
  parameters?: Array<Record<string, unknown>>;
  requestBody?: { required?: boolean; content: Record<string, MediaTypeObject> };
  responses: Record<string, ResponseObject>;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OperationObject>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, Record<string, unknown>>;
    responses: Record<string, ResponseObject>;
  };
}

const DOCUMENT_ID = 'https://api.github.com/openapi.json';

let loaded: { document: OpenApiDocument; ajv: Ajv } | undefined;
const validators = new Map<string, ValidateFunction>();

function load(): { document: OpenApiDocument; ajv: Ajv } {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const document = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  normaliseNullable(document);
  const ajv = new Ajv({
    strict: false, // the description carries OpenAPI-only keywords (example, discriminator, x-github...)
    allErrors: true,
    inlineRefs: false, // compile each component schema once and share it between operations
    validateSchema: false, // the whole OpenAPI document is not itself a JSON schema
    logger: false,
  });
  // ajv-formats is CommonJS; its plugin function is the module's `default` export.
  ajvFormats.default(ajv);
  // Formats GitHub's description uses beyond ajv-formats.
  ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
  ajv.addFormat('timestamp', true);
  // GitHub answers "" in several `format: uri` fields (a deployment status
  // without target_url, for one); the description does not allow for it.
  const strictUri = ajv.formats.uri;
  ajv.addFormat('uri', (value: string) => value === '' || matchesFormat(strictUri, value));
  // Bot commit addresses such as 41898282+github-actions[bot]@users.noreply.github.com
  // are what GitHub sends, brackets and all, in `format: email` fields.
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addSchema(document as unknown as JsonSchema, DOCUMENT_ID);
  loaded = { document, ajv };
  return loaded;
}

export function openApiDocument(): OpenApiDocument {
  return load().document;
}

function matchesFormat(format: unknown, value: string): boolean {
  if (format instanceof RegExp) return format.test(value);
  if (typeof format === 'function') return Boolean(format(value));
  if (format && typeof format === 'object' && 'validate' in format) return matchesFormat(format.validate, value);
  return true;
}

/** Builds a `$ref`-able JSON pointer (RFC 6901, URI-fragment encoded) from raw path segments. */
export function pointer(...segments: Array<string | number>): string {
  return '#/' + segments
    .map((segment) => encodeURIComponent(String(segment).replace(/~/g, '~0').replace(/\//g, '~1')))
    .join('/');
}

/** Resolves a local `#/...` pointer (as written in the document's `$ref`s) to its value. */
export function resolvePointer(ref: string): unknown {
  let node: unknown = load().document;
  for (const raw of ref.replace(/^#\//, '').split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node;
}

/** A validator for the schema found at `schemaPointer` (a `#/...` pointer into the document). */
export function validatorAt(schemaPointer: string): ValidateFunction {
  let validate = validators.get(schemaPointer);
  if (!validate) {
    validate = load().ajv.compile({ $ref: DOCUMENT_ID + schemaPointer });
    validators.set(schemaPointer, validate);
  }
  return validate;
}

/** ajv errors as short English phrases: "body/labels/0 must be string". */
export function describeErrors(subject: string, errors: ErrorObject[] | null | undefined): string[] {
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    // Some of GitHub's oneOf branches overlap (a plain error object is both a
    // basic-error and a repository-rule-violation-error); matching several is
    // taken as matching.
    if (error.keyword === 'oneOf' && Array.isArray((error.params as { passingSchemas?: unknown }).passingSchemas)) continue;
    // oneOf/anyOf failures repeat their branches' errors; the branch errors are the useful part.
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      if ((errors ?? []).some((other) => other !== error && other.instancePath === error.instancePath)) continue;
    }
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'enum') message += `: ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)}`;
    if (error.keyword === 'additionalProperties') message += ` '${(error.params as { additionalProperty: string }).additionalProperty}'`;
    seen.add(`${subject}${error.instancePath} ${message}`);
  }
  return [...seen];
}

// OpenAPI 3.0 `nullable: true` means "or null". ajv understands it only next to
// `type`; GitHub also puts it beside `allOf`/`anyOf`/`$ref`, so those become
// `anyOf: [{ type: 'null' }, <schema>]`. Done once, in place, on the parsed document.
function normaliseNullable(document: OpenApiDocument): void {
  const visitSchema = (schema: unknown): void => {
    if (!schema || typeof schema !== 'object') return;
    if (Array.isArray(schema)) {
      schema.forEach(visitSchema);
      return;
    }
    const node = schema as Record<string, unknown>;
    if (node.properties && typeof node.properties === 'object') Object.values(node.properties).forEach(visitSchema);
    for (const key of ['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf']) visitSchema(node[key]);
    // With `nullable`, null is allowed even when an `enum` does not list it.
    if (node.nullable === true && Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
    if (node.nullable !== undefined && node.type === undefined) {
      const nullable = node.nullable === true;
      delete node.nullable;
      if (nullable) {
        const rest = { ...node };
        for (const key of Object.keys(node)) delete node[key];
        node.anyOf = [{ type: 'null' }, rest];
      }
    }
  };
  const visitContent = (content: unknown): void => {
    for (const media of Object.values((content ?? {}) as Record<string, MediaTypeObject>)) visitSchema(media.schema);
  };
  Object.values(document.components.schemas).forEach(visitSchema);
  for (const parameter of Object.values(document.components.parameters)) visitSchema(parameter.schema);
  for (const response of Object.values(document.components.responses)) visitContent(response.content);
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (!operation || typeof operation !== 'object') continue;
      for (const parameter of operation.parameters ?? []) visitSchema(parameter.schema);
      visitContent(operation.requestBody?.content);
      for (const response of Object.values(operation.responses ?? {})) visitContent(response.content);
    }
  }
}
