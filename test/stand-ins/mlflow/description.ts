// The parts of the MLflow REST API the stand-in serves, with each request's fields as
// mlflow/protos/model_registry.proto and service.proto define them (name, type, required via
// `validate_required`), and the checks the MLflow server applies to names, tags and aliases
// (mlflow/utils/validation.py). GET reads parameters from the query string; every other method
// from a JSON body sent as application/json (mlflow/server/handlers.py `_get_request_message`).

export type FieldType = 'string' | 'int64' | 'bool' | 'tags';

export interface Field {
  type: FieldType;
  required?: boolean;
}

export interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  fields: Record<string, Field>;
}

const name: Field = { type: 'string', required: true };
const version: Field = { type: 'string', required: true };

export const ENDPOINTS: Endpoint[] = [
  { method: 'POST', path: 'registered-models/create', fields: { name, tags: { type: 'tags' }, description: { type: 'string' } } },
  { method: 'GET', path: 'registered-models/get', fields: { name } },
  { method: 'POST', path: 'registered-models/set-tag', fields: { name, key: { type: 'string', required: true }, value: { type: 'string', required: true } } },
  { method: 'DELETE', path: 'registered-models/delete-tag', fields: { name, key: { type: 'string', required: true } } },
  { method: 'POST', path: 'registered-models/alias', fields: { name, alias: { type: 'string', required: true }, version } },
  { method: 'DELETE', path: 'registered-models/alias', fields: { name, alias: { type: 'string', required: true } } },
  { method: 'GET', path: 'registered-models/alias', fields: { name, alias: { type: 'string', required: true } } },
  {
    method: 'POST',
    path: 'model-versions/create',
    fields: {
      name,
      source: { type: 'string', required: true },
      run_id: { type: 'string' },
      tags: { type: 'tags' },
      run_link: { type: 'string' },
      description: { type: 'string' },
    },
  },
  { method: 'GET', path: 'model-versions/get', fields: { name, version } },
  { method: 'PATCH', path: 'model-versions/update', fields: { name, version, description: { type: 'string' } } },
  { method: 'POST', path: 'model-versions/set-tag', fields: { name, version, key: { type: 'string', required: true }, value: { type: 'string', required: true } } },
  { method: 'GET', path: 'runs/get', fields: { run_id: { type: 'string' }, run_uuid: { type: 'string' } } },
];

// mlflow/utils/validation.py: tag keys, and the length limits every store guarantees.
export const TAG_NAME = /^[/\w.\- ]*$/;
export const MAX_TAG_KEY = 250;
export const MAX_TAG_VALUE = 5000;
export const MAX_ALIAS = 255;

/** MLflow's checks on an alias name: not empty, not `latest`, not a version-like `v<N>`. */
export function aliasProblem(alias: string): string | undefined {
  if (alias === '') return 'Alias name cannot be empty.';
  if (alias.length > MAX_ALIAS) return `Alias name exceeds the maximum length of ${MAX_ALIAS} characters.`;
  if (alias.toLowerCase() === 'latest') return "'latest' alias name (case insensitive) is reserved.";
  if (/^v\d+$/i.test(alias)) return `Version alias name '${alias}' is reserved.`;
  return undefined;
}

export function tagProblem(key: string, value: string): string | undefined {
  if (!TAG_NAME.test(key) || key.startsWith('/') || key.includes('//') || key.split('/').includes('..')) {
    return `Invalid tag name: '${key}'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/).`;
  }
  if (key.length > MAX_TAG_KEY) return `Tag key '${key.slice(0, 40)}…' had length ${key.length}, which exceeded length limit of ${MAX_TAG_KEY}`;
  if (value.length > MAX_TAG_VALUE) return `Tag value for '${key}' had length ${value.length}, which exceeded length limit of ${MAX_TAG_VALUE}`;
  return undefined;
}

/** Checks a request's fields; returns the problems (an unknown field is a problem: MLflow would ignore it). */
export function checkFields(endpoint: Endpoint, body: Record<string, unknown>, fromQuery: boolean): { refused: string[]; ignored: string[] } {
  const refused: string[] = [];
  const ignored: string[] = [];
  for (const key of Object.keys(body)) if (!(key in endpoint.fields)) ignored.push(`unknown field '${key}' (MLflow ignores it)`);
  for (const [key, field] of Object.entries(endpoint.fields)) {
    const value = body[key];
    if (value === undefined || value === null || value === '') {
      if (field.required) refused.push(`Missing value for required parameter '${key}'. See the API docs for more information about request parameters.`);
      continue;
    }
    const ok =
      field.type === 'string'
        ? typeof value === 'string'
        : field.type === 'int64'
          ? fromQuery
            ? /^-?\d+$/.test(String(value))
            : Number.isInteger(value) || (typeof value === 'string' && /^-?\d+$/.test(value))
          : field.type === 'bool'
            ? typeof value === 'boolean' || (fromQuery && /^(true|false)$/.test(String(value)))
            : Array.isArray(value) && value.every((tag) => typeof tag === 'object' && tag !== null && typeof (tag as { key?: unknown }).key === 'string' && ['string', 'undefined'].includes(typeof (tag as { value?: unknown }).value));
    if (!ok) {
      refused.push(`Invalid value ${JSON.stringify(value)} for parameter '${key}' supplied. Hint: Value was of type '${Array.isArray(value) ? 'list' : typeof value}'. See the API docs for more information about request parameters.`);
    }
  }
  return { refused, ignored };
}
