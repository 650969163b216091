// The HTTP side of the stand-in: three local hosts (REST API, uploads, web),
// request recording, description checks, auth, faults, and dispatch to the
// route handlers.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { GitHubError } from './errors.ts';
import { Faults } from './faults.ts';
import type { FaultRule } from './faults.ts';
import { Renderer } from './render.ts';
import type { Urls } from './render.ts';
import { routes } from './routes/index.ts';
import type { RouteResponse } from './routes/types.ts';
import { checkRequest, checkResponse, matchRoute } from './spec.ts';
import type { ApiHost } from './spec.ts';
import { GitHubState } from './store.ts';
import type { StateOptions } from './inputs.ts';
import type { TokenGrant } from './records.ts';
import { answerWeb } from './web.ts';

export type Host = ApiHost | 'web';

export interface RecordedRequest {
  host: Host;
  method: string;
  /** Path as sent, without the query. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, raw bytes for binary uploads, undefined when empty. */
  body: unknown;
  /** The description's operation the request matched. */
  operationId?: string;
  /** Status of the answer. */
  status: number;
  /** True when an injected fault answered. */
  fault?: boolean;
}

export interface StartOptions extends StateOptions {
  /** Check every JSON answer against the description too (default true). */
  validateResponses?: boolean;
}

export interface GitHubStandIn {
  /** REST API base URL, for GITHUB_API_URL. */
  url: string;
  /** Web host, for GITHUB_SERVER_URL; html_url links and downloads point here. */
  serverUrl: string;
  /** Host of release asset uploads (upload_url points here). */
  uploadsUrl: string;
  owner: string;
  repo: string;
  /** Environment variables a GitHub Actions job would have for this repository. */
  env: { GITHUB_API_URL: string; GITHUB_SERVER_URL: string; GITHUB_REPOSITORY: string };
  state: GitHubState;
  requests: RecordedRequest[];
  /** Every departure from the description seen, as "METHOD /path: problem". */
  violations: string[];
  fault(rule: FaultRule): void;
  /** Removes and returns the violations matching each pattern; throws if a pattern matched none. */
  expectViolations(...patterns: Array<string | RegExp>): string[];
  /** Stops the hosts; rejects listing the violations if any are left. */
  close(): Promise<void>;
}

const API_VERSION = '2022-11-28';
const RATE_LIMIT = 5000;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  raw?: { bytes: Buffer; contentType: string };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

/** A body as recorded before it is known what the operation expects. */
function parsedOrRaw(rawBody: Buffer): unknown {
  if (rawBody.length === 0) return undefined;
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch {
    return rawBody;
  }
}

/** `token X`, `Bearer X`, or basic auth with the token as password (as git and some clients send it). */
function tokenFrom(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (!header) return undefined;
  const [scheme, value = ''] = header.split(/\s+/, 2);
  if (/^(token|bearer)$/i.test(scheme)) return value;
  if (/^basic$/i.test(scheme)) return Buffer.from(value, 'base64').toString('utf8').split(':').pop();
  return undefined;
}

export async function startGitHub(options: StartOptions = {}): Promise<GitHubStandIn> {
  const state = new GitHubState(options);
  const validateResponses = options.validateResponses ?? true;
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const used = new Map<string, number>();

  const servers = { api: createServer(), uploads: createServer(), web: createServer() };
  const [api, uploads, web] = await Promise.all([listen(servers.api), listen(servers.uploads), listen(servers.web)]);
  const urls: Urls = { api, uploads, web };
  const render = new Renderer(state, urls);

  const rateLimitHeaders = (token: string | undefined): Record<string, string> => {
    const count = (used.get(token ?? '') ?? 0) + 1;
    used.set(token ?? '', count);
    return {
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - count)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(count),
      'x-ratelimit-resource': 'core',
    };
  };

  const send = (response: ServerResponse, answer: Answer): void => {
    let payload: Buffer | undefined;
    const headers: Record<string, string> = { ...answer.headers };
    if (answer.raw) {
      payload = answer.raw.bytes;
      headers['content-type'] = answer.raw.contentType;
    } else if (answer.body !== undefined) {
      payload = Buffer.from(JSON.stringify(answer.body));
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    headers['content-length'] = String(payload?.length ?? 0);
    response.writeHead(answer.status, headers);
    response.end(payload);
  };

  const handleApi = async (host: ApiHost, request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', host === 'api' ? api : uploads);
    const rawBody = await readBody(request);
    const record: RecordedRequest = {
      host,
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      body: parsedOrRaw(rawBody),
      status: 0,
    };
    requests.push(record);
    const where = `${method} ${url.pathname}`;
    const violation = (message: string): void => {
      violations.push(`${where}: ${message}`);
    };
    const token = tokenFrom(request.headers);
    const common: Record<string, string> = {
      'x-github-api-version-selected': API_VERSION,
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      ...rateLimitHeaders(token),
    };
    const finish = (answer: Answer): void => {
      record.status = answer.status;
      send(response, { ...answer, headers: { ...common, ...answer.headers } });
    };
    const fail = (error: GitHubError, documentationUrl = 'https://docs.github.com/rest'): void => {
      finish({ status: error.status, headers: error.headers, body: error.toBody(documentationUrl) });
    };

    const match = matchRoute(host, method, url.pathname);
    if (match.kind === 'unknown-path') {
      violation(`no ${host === 'uploads' ? 'upload ' : ''}operation in the GitHub description matches this path`);
      fail(new GitHubError(404, 'Not Found'));
      return;
    }
    if (match.kind === 'wrong-method') {
      const allowed = match.allowed.length > 0 ? match.allowed.join(', ') : 'none on this host';
      violation(`method ${method} is not described for ${match.template} (described: ${allowed})`);
      fail(new GitHubError(404, 'Not Found'));
      return;
    }
    const { operation, params } = match;
    record.operationId = operation.operationId;
    const checked = checkRequest(operation, params, url.searchParams, request.headers, rawBody);
    record.body = checked.body;
    for (const problem of checked.problems) violation(problem.message);
    const refused = checked.problems.filter((problem) => problem.refused);
    if (refused.length > 0) {
      const messages = refused.map((problem) => problem.message);
      const error = refused.some((problem) => problem.where === 'json')
        ? new GitHubError(400, 'Problems parsing JSON')
        : refused.some((problem) => problem.where === 'path')
          ? new GitHubError(404, 'Not Found')
          : new GitHubError(422, `Invalid request.\n\n${messages.join('\n')}`, {
              errors: messages.map((message) => ({ code: 'invalid', message })),
            });
      fail(error, operation.documentationUrl);
      return;
    }

    const injected = faults.take(method, url.pathname, operation.template, operation.operationId);
    if (injected) {
      record.fault = true;
      finish({ status: injected.status, headers: injected.headers, body: injected.body });
      return;
    }

    const grant: TokenGrant | undefined = token === undefined ? undefined : state.tokens.get(token);
    if (!grant) {
      fail(new GitHubError(401, token === undefined ? 'Requires authentication' : 'Bad credentials'), 'https://docs.github.com/rest');
      return;
    }
    const repository = state.repository;
    if (
      (params.owner !== undefined && params.owner.toLowerCase() !== repository.owner.login.toLowerCase()) ||
      (params.repo !== undefined && params.repo.toLowerCase() !== repository.name.toLowerCase())
    ) {
      fail(new GitHubError(404, 'Not Found'), operation.documentationUrl);
      return;
    }
    if (method !== 'GET' && method !== 'HEAD' && grant.permission !== 'write') {
      fail(new GitHubError(403, 'Resource not accessible by integration'), operation.documentationUrl);
      return;
    }
    const handler = routes[operation.operationId];
    if (!handler) {
      violation(`${operation.operationId} is described by GitHub but not implemented by the stand-in`);
      fail(new GitHubError(404, 'Not Found'), operation.documentationUrl);
      return;
    }

    let result: RouteResponse;
    try {
      result = handler(
        { operation, params, query: checked.query, body: checked.body, headers: request.headers, grant, url },
        { state, render },
      );
    } catch (error) {
      if (error instanceof GitHubError) {
        const body = error.toBody(operation.documentationUrl);
        if (validateResponses) {
          for (const problem of checkResponse(operation, error.status, 'application/json', body)) violation(problem);
        }
        finish({ status: error.status, headers: error.headers, body });
        return;
      }
      violation(`the stand-in failed: ${(error as Error).stack ?? String(error)}`);
      fail(new GitHubError(500, 'Server Error'));
      return;
    }
    if (validateResponses && !result.raw) {
      for (const problem of checkResponse(operation, result.status, 'application/json', result.body)) violation(problem);
    }
    finish({ status: result.status, headers: result.headers ?? {}, body: result.body, raw: result.raw });
  };

  const handleWeb = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', web);
    await readBody(request);
    const answer = answerWeb(method, url.pathname, state, render);
    requests.push({
      host: 'web',
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      body: undefined,
      status: answer.status,
    });
    send(response, { status: answer.status, headers: {}, raw: { bytes: answer.bytes, contentType: answer.contentType } });
  };

  const guard = (handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>) =>
    (request: IncomingMessage, response: ServerResponse): void => {
      handle(request, response).catch((error: unknown) => {
        violations.push(`${request.method} ${request.url}: the stand-in failed: ${(error as Error).stack ?? String(error)}`);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    };
  servers.api.on('request', guard((request, response) => handleApi('api', request, response)));
  servers.uploads.on('request', guard((request, response) => handleApi('uploads', request, response)));
  servers.web.on('request', guard(handleWeb));

  const owner = state.repository.owner.login;
  const repo = state.repository.name;
  return {
    url: api,
    serverUrl: web,
    uploadsUrl: uploads,
    owner,
    repo,
    env: { GITHUB_API_URL: api, GITHUB_SERVER_URL: web, GITHUB_REPOSITORY: `${owner}/${repo}` },
    state,
    requests,
    violations,
    fault: (rule) => faults.add(rule),
    expectViolations(...patterns) {
      const removed: string[] = [];
      for (const pattern of patterns) {
        const test = (violation: string): boolean =>
          typeof pattern === 'string' ? violation.includes(pattern) : pattern.test(violation);
        const matching = violations.filter(test);
        if (matching.length === 0) {
          throw new Error(`no violation matches ${String(pattern)}; violations:\n${violations.join('\n') || '(none)'}`);
        }
        removed.push(...matching);
        for (const violation of matching) violations.splice(violations.indexOf(violation), 1);
      }
      return removed;
    },
    async close() {
      await Promise.all(
        Object.values(servers).map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
      if (violations.length > 0) {
        throw new Error(`GitHub stand-in saw ${violations.length} violation(s) of the GitHub REST description:\n- ${violations.join('\n- ')}`);
      }
    },
  };
}
