/**
 * Smoke tests: a YAML file of requests and what each response must be (status, values, a JSON
 * Schema). The file is checked against schemas/smoke-test.schema.json when it is loaded, so a typo
 * fails the step before anything is deployed, with the file and line of the mistake.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import { UserError } from '../shared/errors.ts';
import { parseDuration } from '../shared/inputs.ts';
import smokeFileSchema from '../../schemas/smoke-test.schema.json' with { type: 'json' };
import { DeployFailure } from './errors.ts';
import type { DeployContext, Endpoint } from './target.ts';

export interface SmokeExpectation {
  status?: number | number[];
  json?: unknown;
  schema?: object | boolean;
  'body-contains'?: string;
  headers?: Record<string, string>;
}

export interface SmokeRequest {
  name?: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  json?: unknown;
  body?: string;
  expect?: SmokeExpectation;
  /** Line in the file, for messages. */
  line?: number;
}

export interface SmokeSuite {
  file: string;
  timeoutMs: number;
  headers: Record<string, string>;
  requests: SmokeRequest[];
  /** Compiled response schemas, by request index. */
  schemas: Map<number, ValidateFunction>;
}

export interface SmokeResult {
  name: string;
  passed: boolean;
  status?: number;
  ms: number;
  problems: string[];
}

export interface SmokeRun {
  /** Which endpoint and why, e.g. "candidate v2 before traffic". */
  label: string;
  url: string;
  results: SmokeResult[];
  passed: boolean;
}

export class SmokeTestFailure extends DeployFailure {
  readonly run: SmokeRun;
  constructor(run: SmokeRun) {
    const failed = run.results.filter((r) => !r.passed);
    const first = failed[0];
    super(
      `Smoke test failed on ${run.label} (${run.url}): ${failed.length} of ${run.results.length} requests failed; ` +
        `first: "${first?.name}": ${first?.problems.join('; ')}`,
    );
    this.name = 'SmokeTestFailure';
    this.run = run;
  }
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validateSmokeFile = ajv.compile(smokeFileSchema);

function lineOf(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  // Walk up until a path segment exists as a node with a position.
  for (let length = path.length; length >= 0; length--) {
    const node = doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function pathOf(error: ErrorObject): (string | number)[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the file' : error.instancePath.slice(1).replace(/\//g, '.');
  if (error.keyword === 'additionalProperties') return `${where}: unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === 'enum') return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  if (error.keyword === 'not') return `${where}: give either json or body, not both`;
  return `${where} ${error.message}`;
}

/** Reads and checks a smoke-test file; `displayPath` is how messages name it (relative to the workspace). */
export function loadSmokeSuite(path: string, displayPath = path): SmokeSuite {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`Cannot read the smoke-test file ${displayPath}: ${(error as Error).message}`, { file: displayPath });
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const position = counter.linePos(syntax.pos[0]);
    throw new UserError(`${displayPath}:${position.line}: not valid YAML: ${syntax.message.split('\n')[0]}`, {
      file: displayPath,
      line: position.line,
      column: position.col,
    });
  }
  const data = doc.toJS() as unknown;
  if (!validateSmokeFile(data)) {
    // The most specific error first: the deepest path.
    const errors = [...(validateSmokeFile.errors ?? [])].filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
    errors.sort((a, b) => b.instancePath.length - a.instancePath.length);
    const error = errors[0] ?? validateSmokeFile.errors![0]!;
    const line = lineOf(doc, counter, pathOf(error));
    throw new UserError(`${displayPath}${line ? `:${line}` : ''}: ${describe(error)}`, { file: displayPath, line });
  }
  const file = data as { timeout?: string; headers?: Record<string, string>; requests: SmokeRequest[] };
  const schemas = new Map<number, ValidateFunction>();
  file.requests.forEach((request, index) => {
    request.line = lineOf(doc, counter, ['requests', index]);
    const schema = request.expect?.schema;
    if (schema === undefined) return;
    try {
      schemas.set(index, ajv.compile(schema));
    } catch (error) {
      const line = lineOf(doc, counter, ['requests', index, 'expect', 'schema']);
      throw new UserError(`${displayPath}${line ? `:${line}` : ''}: the response schema is not a valid JSON Schema: ${(error as Error).message}`, {
        file: displayPath,
        line,
      });
    }
  });
  return {
    file: displayPath,
    timeoutMs: file.timeout ? parseDuration(file.timeout, 'timeout') * 1000 : 10_000,
    headers: file.headers ?? {},
    requests: file.requests,
    schemas,
  };
}

/** True when `actual` contains `expected`: objects as a subset, everything else exactly. */
export function containsValues(actual: unknown, expected: unknown): boolean {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([key, value]) => containsValues((actual as Record<string, unknown>)[key], value));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((value, i) => containsValues(actual[i], value));
  }
  return Object.is(actual, expected) || actual === expected;
}

function requestName(request: SmokeRequest, index: number): string {
  return request.name ?? `${request.method ?? (request.json !== undefined || request.body !== undefined ? 'POST' : 'GET')} ${request.path} (#${index + 1})`;
}

export function sendTo(endpoint: Endpoint, path: string, init: RequestInit): Promise<Response> {
  if (endpoint.fetch) return endpoint.fetch(path, init);
  return fetch(`${endpoint.url.replace(/\/+$/, '')}${path}`, init);
}

async function runOne(suite: SmokeSuite, index: number, endpoint: Endpoint, signal: AbortSignal): Promise<SmokeResult> {
  const request = suite.requests[index]!;
  const name = requestName(request, index);
  const headers: Record<string, string> = { ...suite.headers, ...request.headers };
  let body: string | undefined;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers['content-type'] ??= 'application/json';
  } else if (request.body !== undefined) {
    body = request.body;
  }
  const method = request.method ?? (body !== undefined ? 'POST' : 'GET');
  const started = performance.now();
  const problems: string[] = [];
  let status: number | undefined;
  try {
    const response = await sendTo(endpoint, request.path, {
      method,
      headers,
      body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(suite.timeoutMs)]),
    });
    status = response.status;
    const text = await response.text();
    const expect = request.expect ?? {};
    const accepted = expect.status === undefined ? undefined : Array.isArray(expect.status) ? expect.status : [expect.status];
    if (accepted ? !accepted.includes(status) : status < 200 || status > 299) {
      problems.push(`status ${status}, expected ${accepted ? accepted.join(' or ') : '2xx'}${text ? ` (body: ${text.slice(0, 200)})` : ''}`);
    }
    for (const [header, value] of Object.entries(expect.headers ?? {})) {
      const got = response.headers.get(header);
      if (got !== value) problems.push(`header ${header} is ${got === null ? 'missing' : `"${got}"`}, expected "${value}"`);
    }
    if (expect['body-contains'] !== undefined && !text.includes(expect['body-contains'])) {
      problems.push(`body does not contain "${expect['body-contains']}"`);
    }
    const schema = suite.schemas.get(index);
    if (expect.json !== undefined || schema) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        problems.push(`response is not JSON: ${text.slice(0, 200)}`);
      }
      if (parsed !== undefined) {
        if (expect.json !== undefined && !containsValues(parsed, expect.json)) {
          problems.push(`response ${JSON.stringify(parsed).slice(0, 300)} does not contain ${JSON.stringify(expect.json)}`);
        }
        if (schema && !schema(parsed)) {
          problems.push(`response does not match the schema: ${ajv.errorsText(schema.errors, { dataVar: 'response' })}`);
        }
      }
    }
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${suite.timeoutMs}ms` : (error as Error).message;
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    problems.push(`request failed: ${reason}${cause ? ` (${cause})` : ''}`);
  }
  return { name, passed: problems.length === 0, status, ms: Math.round(performance.now() - started), problems };
}

/** Sends every request in order; throws SmokeTestFailure when any fails. */
export async function runSmokeSuite(suite: SmokeSuite, endpoint: Endpoint, label: string, ctx: DeployContext): Promise<SmokeRun> {
  ctx.log.info(`Smoke test ${suite.file} against ${label} (${endpoint.url})`);
  const results: SmokeResult[] = [];
  for (let index = 0; index < suite.requests.length; index++) {
    const result = await runOne(suite, index, endpoint, ctx.signal);
    results.push(result);
    const line = `${result.passed ? '✓' : '✗'} ${result.name}: ${result.status ?? 'no response'} in ${result.ms}ms`;
    if (result.passed) ctx.log.info(`  ${line}`);
    else ctx.log.warning(`  ${line}: ${result.problems.join('; ')}`);
  }
  const run: SmokeRun = { label, url: endpoint.url, results, passed: results.every((r) => r.passed) };
  if (!run.passed) throw new SmokeTestFailure(run);
  return run;
}
