/**
 * Twirp over JSON, as the results service speaks it: `POST /twirp/<package.Service>/<Method>` with
 * `Content-Type: application/json` and the runtime token as a bearer token; errors are
 * `{"code": "...", "msg": "..."}` with the HTTP status Twirp assigns to each code.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { METHODS, hasField, type MethodShape } from './messages.ts';
import type { FaultService, Recorder } from './recorder.ts';
import { verifyRuntimeToken, type RuntimeClaims } from './runtime-token.ts';

/** HTTP status of each Twirp error code (twitchtv/twirp errors.go). */
export const TWIRP_STATUS: Record<string, number> = {
  canceled: 408,
  unknown: 500,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  dataloss: 500,
};

export class TwirpError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export type Handler = (request: Record<string, any>, caller: RuntimeClaims) => object;

export interface TwirpMethod {
  shape: MethodShape;
  handle: Handler;
}

/** The Twirp methods of one service, each generated message shape paired with its handler. */
export function serviceMethods(service: string, handlers: Record<string, Handler>): Map<string, TwirpMethod> {
  const methods = new Map<string, TwirpMethod>();
  for (const shape of METHODS.filter((method) => method.service === service)) {
    const handle = handlers[shape.method];
    if (!handle) throw new Error(`${service}/${shape.method} has no handler`);
    methods.set(`${shape.service}/${shape.method}`, { shape, handle });
  }
  return methods;
}

export interface TwirpContext {
  recorder: Recorder;
  secret: Buffer;
  /** By `Service/Method` (full service name). */
  methods: Map<string, TwirpMethod>;
}

export async function handleTwirp(request: IncomingMessage, response: ServerResponse, body: Buffer, context: TwirpContext): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://results').pathname;
  const operation = path.replace(/^\/twirp\//, '');
  let json: unknown;
  let status = 500;
  const violation = (code: string, message: string): TwirpError => {
    context.recorder.violation(`results service ${operation}: ${message}`);
    return new TwirpError(code, message);
  };
  try {
    const method = context.methods.get(operation);
    if (!path.startsWith('/twirp/') || !method) throw violation('bad_route', `no such method: ${request.method} ${path}`);
    if (request.method !== 'POST') throw violation('bad_route', `unsupported method ${request.method} (only POST is allowed)`);
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType !== 'application/json') throw violation('bad_route', `unexpected Content-Type: "${request.headers['content-type'] ?? ''}"`);
    const authorization = request.headers['authorization'] ?? '';
    if (!authorization.startsWith('Bearer ')) throw violation('unauthenticated', 'no bearer token (ACTIONS_RUNTIME_TOKEN) on the request');
    const caller = verifyRuntimeToken(context.secret, authorization.slice('Bearer '.length));
    if (typeof caller === 'string') throw violation('unauthenticated', caller);
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      throw violation('malformed', 'the json request could not be decoded');
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw violation('malformed', 'the request body must be a JSON object');
    const { shape } = method;
    let message: Record<string, any>;
    try {
      message = shape.request.fromJson(json, { ignoreUnknownFields: false });
    } catch (error) {
      throw violation('malformed', `the json request could not be decoded: ${(error as Error).message}`);
    }
    for (const field of shape.required) {
      if (!hasField(json as Record<string, unknown>, shape.request, field)) throw violation('invalid_argument', `${field} is required`);
    }
    const fault = context.recorder.takeFault(shape.service.split('.').pop() as FaultService, shape.method);
    if (fault) {
      const error = new TwirpError(fault.code ?? 'unavailable', fault.message ?? 'the service is unavailable');
      status = fault.status ?? TWIRP_STATUS[error.code] ?? 500;
      return send(response, status, { code: error.code, msg: error.message });
    }
    const answer = shape.response.toJson(shape.response.create(method.handle(message, caller)), { useProtoFieldName: true });
    status = 200;
    send(response, 200, answer);
  } catch (error) {
    const twirp = error instanceof TwirpError ? error : new TwirpError('internal', String((error as Error)?.stack ?? error));
    status = TWIRP_STATUS[twirp.code] ?? 500;
    send(response, status, { code: twirp.code, msg: twirp.message });
  } finally {
    context.recorder.request({ host: 'results', method: request.method ?? '', path, operation, status, body: json });
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
