// The contract between the server and the route handlers. Handlers run only
// after the request matched an operation and passed the description's checks,
// so they may rely on required fields and types being present.
import type { IncomingHttpHeaders } from 'node:http';
import type { Renderer } from '../render.ts';
import type { Operation } from '../spec.ts';
import type { GitHubState } from '../store.ts';
import type { TokenGrant } from '../records.ts';
import { paginate } from '../pagination.ts';

export interface RouteRequest {
  operation: Operation;
  /** Path parameters, decoded, as strings. */
  params: Record<string, string>;
  /** Query parameters coerced to their described types. */
  query: Record<string, unknown>;
  /** Parsed JSON body (validated against the operation's schema), or raw bytes for uploads. */
  body: unknown;
  headers: IncomingHttpHeaders;
  grant: TokenGrant;
  /** The URL as the client asked for it, on the host it reached. */
  url: URL;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Non-JSON bodies (raw file content, archives). */
  raw?: { bytes: Buffer; contentType: string };
}

export interface RouteContext {
  state: GitHubState;
  render: Renderer;
}

export type RouteHandler = (request: RouteRequest, context: RouteContext) => RouteResponse;

/** Handlers by operationId. */
export type RouteTable = Record<string, RouteHandler>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): RouteResponse {
  return { status, body, headers };
}

export function noContent(): RouteResponse {
  return { status: 204 };
}

/** A paginated JSON array answer with its Link header. */
export function pagedList<T>(request: RouteRequest, items: T[], render: (item: T) => unknown): RouteResponse {
  const page = paginate(items, request.query, request.url);
  return json(200, page.items.map(render), page.link ? { link: page.link } : {});
}

/** A paginated `{ total_count, <key>: [...] }` answer, as the checks and Actions listings use. */
export function pagedObject<T>(request: RouteRequest, key: string, items: T[], render: (item: T) => unknown): RouteResponse {
  const page = paginate(items, request.query, request.url);
  return json(200, { total_count: items.length, [key]: page.items.map(render) }, page.link ? { link: page.link } : {});
}

export function intParam(request: RouteRequest, name: string): number {
  return Number(request.params[name]);
}

/** Newest first, as most GitHub listings sort by default. */
export function newestFirst<T extends { id: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.id - a.id);
}
