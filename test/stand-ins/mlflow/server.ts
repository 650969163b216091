// A stateful stand-in for an MLflow tracking server's Model Registry REST API and its artifact
// proxy, on 127.0.0.1. Requests are checked against the field definitions in description.ts;
// anything off-description is recorded as a violation and close() rejects while any remain.
// Answers follow MLflow's shapes: `{ model_version: … }`, and errors `{ error_code, message }`
// with the HTTP status MLflow maps each code to.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { ENDPOINTS, aliasProblem, checkFields, tagProblem, type Endpoint } from './description.ts';

export interface StoredVersion {
  name: string;
  version: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  current_stage: string;
  description: string;
  source: string;
  run_id: string;
  status: 'PENDING_REGISTRATION' | 'FAILED_REGISTRATION' | 'READY';
  tags: Map<string, string>;
  /** How many more GETs it stays pending. */
  pendingPolls: number;
}

export interface StoredModel {
  name: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  description: string;
  tags: Map<string, string>;
  aliases: Map<string, string>;
  versions: StoredVersion[];
}

export interface MlflowState {
  models: Map<string, StoredModel>;
  runs: Map<string, { metrics: Record<string, number> }>;
  artifacts: Map<string, Buffer>;
}

export interface RecordedMlflowRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
}

export interface MlflowStartOptions {
  /** Require `Authorization: Bearer <token>`. */
  token?: string;
  /**
   * How a missing alias is answered: MLflow's own stores say 400 INVALID_PARAMETER_VALUE
   * "Registered model alias X not found."; some hosted registries 404 RESOURCE_DOES_NOT_EXIST.
   */
  missingAlias?: 'invalid-parameter' | 'not-found';
  /** New versions stay PENDING_REGISTRATION for this many GETs. */
  pendingPolls?: number;
  /** New versions end in FAILED_REGISTRATION. */
  failRegistration?: boolean;
}

export interface MlflowStandIn {
  url: string;
  state: MlflowState;
  requests: RecordedMlflowRequest[];
  violations: string[];
  close(): Promise<void>;
}

const ERROR_STATUS: Record<string, number> = {
  RESOURCE_DOES_NOT_EXIST: 404,
  RESOURCE_ALREADY_EXISTS: 400,
  INVALID_PARAMETER_VALUE: 400,
  UNAUTHENTICATED: 401,
  ENDPOINT_NOT_FOUND: 404,
  BAD_REQUEST: 400,
};

class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

function renderVersion(model: StoredModel, version: StoredVersion): Record<string, unknown> {
  return {
    name: version.name,
    version: version.version,
    creation_timestamp: version.creation_timestamp,
    last_updated_timestamp: version.last_updated_timestamp,
    current_stage: version.current_stage,
    description: version.description,
    source: version.source,
    run_id: version.run_id,
    status: version.status,
    tags: [...version.tags].map(([key, value]) => ({ key, value })),
    aliases: [...model.aliases].filter(([, target]) => target === version.version).map(([alias]) => alias),
  };
}

function renderModel(model: StoredModel): Record<string, unknown> {
  const latest = model.versions.filter((version) => version.status === 'READY').at(-1);
  return {
    name: model.name,
    creation_timestamp: model.creation_timestamp,
    last_updated_timestamp: model.last_updated_timestamp,
    description: model.description,
    latest_versions: latest ? [renderVersion(model, latest)] : [],
    tags: [...model.tags].map(([key, value]) => ({ key, value })),
    aliases: [...model.aliases].map(([alias, version]) => ({ alias, version })),
  };
}

export async function startMlflow(options: MlflowStartOptions = {}): Promise<MlflowStandIn> {
  const state: MlflowState = { models: new Map(), runs: new Map(), artifacts: new Map() };
  const requests: RecordedMlflowRequest[] = [];
  const violations: string[] = [];

  const requireModel = (name: string): StoredModel => {
    const model = state.models.get(name);
    if (!model) throw new ApiError('RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);
    return model;
  };
  const requireVersion = (model: StoredModel, version: string): StoredVersion => {
    const found = model.versions.find((candidate) => candidate.version === version);
    if (!found) throw new ApiError('RESOURCE_DOES_NOT_EXIST', `Model Version (name=${model.name}, version=${version}) not found`);
    return found;
  };
  const checkTag = (key: string, value: string) => {
    const problem = tagProblem(key, value);
    if (problem) throw new ApiError('INVALID_PARAMETER_VALUE', problem);
  };

  const handlers: Record<string, (body: Record<string, any>) => unknown> = {
    'POST registered-models/create': (body) => {
      if (state.models.has(body.name)) throw new ApiError('RESOURCE_ALREADY_EXISTS', `Registered Model (name=${body.name}) already exists.`);
      for (const tag of body.tags ?? []) checkTag(tag.key, tag.value ?? '');
      const now = Date.now();
      const model: StoredModel = {
        name: body.name,
        creation_timestamp: now,
        last_updated_timestamp: now,
        description: body.description ?? '',
        tags: new Map((body.tags ?? []).map((tag: { key: string; value?: string }) => [tag.key, tag.value ?? ''])),
        aliases: new Map(),
        versions: [],
      };
      state.models.set(model.name, model);
      return { registered_model: renderModel(model) };
    },
    'GET registered-models/get': (body) => ({ registered_model: renderModel(requireModel(body.name)) }),
    'POST registered-models/set-tag': (body) => {
      const model = requireModel(body.name);
      checkTag(body.key, body.value);
      model.tags.set(body.key, body.value);
      return {};
    },
    'DELETE registered-models/delete-tag': (body) => {
      const model = requireModel(body.name);
      if (!model.tags.delete(body.key)) throw new ApiError('RESOURCE_DOES_NOT_EXIST', `No tag with name: ${body.key} in registered model ${body.name}`);
      return {};
    },
    'POST registered-models/alias': (body) => {
      const problem = aliasProblem(body.alias);
      if (problem) throw new ApiError('INVALID_PARAMETER_VALUE', problem);
      const model = requireModel(body.name);
      requireVersion(model, body.version);
      model.aliases.set(body.alias, body.version);
      return {};
    },
    'DELETE registered-models/alias': (body) => {
      requireModel(body.name).aliases.delete(body.alias);
      return {};
    },
    'GET registered-models/alias': (body) => {
      const model = state.models.get(body.name);
      const target = model?.aliases.get(body.alias);
      if (!model || !target) {
        if (!model) throw new ApiError('RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${body.name} not found`);
        if (options.missingAlias === 'not-found') throw new ApiError('RESOURCE_DOES_NOT_EXIST', `Alias ${body.alias} does not exist on ${body.name}`);
        throw new ApiError('INVALID_PARAMETER_VALUE', `Registered model alias ${body.alias} not found.`);
      }
      return { model_version: renderVersion(model, requireVersion(model, target)) };
    },
    'POST model-versions/create': (body) => {
      const model = requireModel(body.name);
      for (const tag of body.tags ?? []) checkTag(tag.key, tag.value ?? '');
      if (body.source.startsWith('/') || body.source.startsWith('file:')) {
        throw new ApiError('INVALID_PARAMETER_VALUE', `Invalid model version source: '${body.source}'. To use a local path as a model version source, the run_id request parameter has to be specified and the local path has to be contained within the artifact directory of the run specified by the run_id.`);
      }
      if (body.run_id && !state.runs.has(body.run_id)) throw new ApiError('RESOURCE_DOES_NOT_EXIST', `Run with id=${body.run_id} not found`);
      const now = Date.now();
      const version: StoredVersion = {
        name: model.name,
        version: String(model.versions.length + 1),
        creation_timestamp: now,
        last_updated_timestamp: now,
        current_stage: 'None',
        description: body.description ?? '',
        source: body.source,
        run_id: body.run_id ?? '',
        status: options.failRegistration ? 'FAILED_REGISTRATION' : options.pendingPolls ? 'PENDING_REGISTRATION' : 'READY',
        tags: new Map((body.tags ?? []).map((tag: { key: string; value?: string }) => [tag.key, tag.value ?? ''])),
        pendingPolls: options.pendingPolls ?? 0,
      };
      model.versions.push(version);
      return { model_version: renderVersion(model, version) };
    },
    'GET model-versions/get': (body) => {
      const model = requireModel(body.name);
      const version = requireVersion(model, body.version);
      if (version.status === 'PENDING_REGISTRATION' && --version.pendingPolls <= 0) version.status = 'READY';
      return { model_version: renderVersion(model, version) };
    },
    'PATCH model-versions/update': (body) => {
      const model = requireModel(body.name);
      const version = requireVersion(model, body.version);
      if (body.description !== undefined) version.description = body.description;
      version.last_updated_timestamp = Date.now();
      return { model_version: renderVersion(model, version) };
    },
    'POST model-versions/set-tag': (body) => {
      const version = requireVersion(requireModel(body.name), body.version);
      checkTag(body.key, body.value);
      version.tags.set(body.key, body.value);
      return {};
    },
    'GET runs/get': (body) => {
      const id = body.run_id ?? body.run_uuid;
      const run = state.runs.get(id);
      if (!run) throw new ApiError('RESOURCE_DOES_NOT_EXIST', `Run '${id}' not found`);
      return {
        run: {
          info: { run_id: id, run_uuid: id, status: 'FINISHED', lifecycle_stage: 'active' },
          data: { metrics: Object.entries(run.metrics).map(([key, value]) => ({ key, value, timestamp: 0, step: 0 })), params: [], tags: [] },
        },
      };
    },
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const raw = await buffer(request);
    const record: RecordedMlflowRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: undefined, status: 0 };
    requests.push(record);
    const where = `${method} ${url.pathname}`;
    const answer = (status: number, body: unknown): void => {
      record.status = status;
      const payload = Buffer.from(JSON.stringify(body));
      response.writeHead(status, { 'content-type': 'application/json', 'content-length': payload.length });
      response.end(payload);
    };
    const fail = (code: string, message: string): void => answer(ERROR_STATUS[code] ?? 400, { error_code: code, message });

    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) {
      fail('UNAUTHENTICATED', 'Unauthenticated: credentials are missing or wrong');
      return;
    }

    const artifactPrefix = '/api/2.0/mlflow-artifacts/artifacts/';
    if (url.pathname.startsWith(artifactPrefix)) {
      const path = decodeURIComponent(url.pathname.slice(artifactPrefix.length));
      if (path === '' || path.split('/').includes('..') || path.startsWith('/')) {
        violations.push(`${where}: unsafe artifact path`);
        fail('INVALID_PARAMETER_VALUE', 'Invalid path');
        return;
      }
      if (method === 'PUT') {
        record.body = raw;
        state.artifacts.set(path, raw);
        answer(200, {});
        return;
      }
      if (method === 'GET') {
        const data = state.artifacts.get(path);
        if (!data) return fail('RESOURCE_DOES_NOT_EXIST', `File ${path} does not exist`);
        record.status = 200;
        response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length });
        response.end(data);
        return;
      }
      violations.push(`${where}: the artifact proxy takes GET and PUT only`);
      fail('ENDPOINT_NOT_FOUND', 'Not found');
      return;
    }

    const prefix = '/api/2.0/mlflow/';
    const endpointPath = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : undefined;
    const endpoint: Endpoint | undefined = ENDPOINTS.find((candidate) => candidate.method === method && candidate.path === endpointPath);
    if (!endpoint) {
      violations.push(`${where}: no MLflow REST endpoint has this method and path`);
      fail('ENDPOINT_NOT_FOUND', `No API endpoint for ${where}`);
      return;
    }
    let body: Record<string, unknown>;
    if (method === 'GET') {
      body = Object.fromEntries(url.searchParams);
      if (raw.length > 0) violations.push(`${where}: GET parameters belong in the query string; the body is ignored`);
    } else {
      if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
        violations.push(`${where}: content-type must be application/json`);
        fail('BAD_REQUEST', 'Bad Request. Content-Type must be "application/json"');
        return;
      }
      try {
        body = raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        violations.push(`${where}: body is not JSON`);
        fail('BAD_REQUEST', 'Malformed JSON');
        return;
      }
      if (url.search) violations.push(`${where}: ${method} parameters belong in the JSON body; the query string is ignored`);
    }
    record.body = body;
    const { refused, ignored } = checkFields(endpoint, body, method === 'GET');
    for (const problem of [...ignored, ...refused]) violations.push(`${where}: ${problem}`);
    if (refused.length > 0) {
      fail('INVALID_PARAMETER_VALUE', refused[0]!);
      return;
    }
    try {
      answer(200, handlers[`${method} ${endpoint.path}`]!(body as Record<string, any>));
    } catch (error) {
      if (error instanceof ApiError) fail(error.code, error.message);
      else {
        violations.push(`${where}: the stand-in failed: ${(error as Error).stack}`);
        answer(500, { error_code: 'INTERNAL_ERROR', message: String(error) });
      }
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      violations.push(`${request.method} ${request.url}: the stand-in failed: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const url = await new Promise<string>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
  return {
    url,
    state,
    requests,
    violations,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(() => (violations.length > 0 ? reject(new Error(`MLflow stand-in saw ${violations.length} request(s) off the MLflow REST description:\n- ${violations.join('\n- ')}`)) : resolve()));
        server.closeAllConnections();
      }),
  };
}
