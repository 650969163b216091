// Injected failures: the next `times` requests matching a rule get the rule's
// answer instead of the real one, so tests can exercise retries, throttling
// and error handling without waiting on real outages.
import { STATUS_CODES } from 'node:http';

export type FaultKind = 'secondary-rate-limit' | 'primary-rate-limit' | 'validation-failed';

export interface FaultRule {
  /** HTTP method to match (any when absent). */
  method?: string;
  /**
   * Request path to match: the exact path (`/repos/acme/iris/issues/1/comments`),
   * the description's template (`/repos/{owner}/{repo}/issues/{issue_number}/comments`),
   * or a RegExp tested against the path. Any path when absent.
   */
  path?: string | RegExp;
  /** operationId to match, like `issues/create-comment`. */
  operationId?: string;
  /** Answer status (500, 502, 503, 403, 429, 422...). Defaults from `kind`. */
  status?: number;
  /** A ready-made GitHub failure: body and headers as GitHub sends them. */
  kind?: FaultKind;
  /** How many matching requests fail (default 1). */
  times?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FaultAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

function defaultsFor(rule: FaultRule): FaultAnswer {
  switch (rule.kind) {
    case 'secondary-rate-limit':
      return {
        status: rule.status ?? 403,
        headers: { 'retry-after': '1' },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
            'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
          documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
          status: String(rule.status ?? 403),
        },
      };
    case 'primary-rate-limit': {
      const reset = Math.floor(Date.now() / 1000) + 1;
      return {
        status: rule.status ?? 403,
        headers: {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': String(reset),
          'x-ratelimit-resource': 'core',
        },
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: `${RATE_LIMIT_DOCS}#about-the-rate-limit`,
          status: String(rule.status ?? 403),
        },
      };
    }
    case 'validation-failed':
      return {
        status: rule.status ?? 422,
        headers: {},
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', code: 'custom', message: 'injected validation failure' }],
          documentation_url: 'https://docs.github.com/rest',
          status: String(rule.status ?? 422),
        },
      };
    default: {
      const status = rule.status ?? 500;
      const message = status === 500 || status === 502 ? 'Server Error' : (STATUS_CODES[status] ?? 'Error');
      return { status, headers: {}, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) } };
    }
  }
}

export class Faults {
  readonly #rules: Array<{ rule: FaultRule; remaining: number }> = [];

  add(rule: FaultRule): void {
    if (rule.status === undefined && rule.kind === undefined) throw new Error('a fault needs a status or a kind');
    this.#rules.push({ rule, remaining: rule.times ?? 1 });
  }

  /** The answer for this request if a rule matches (using up one of its times). */
  take(method: string, path: string, template?: string, operationId?: string): FaultAnswer | undefined {
    const entry = this.#rules.find(({ rule, remaining }) => remaining > 0 && matches(rule, method, path, template, operationId));
    if (!entry) return undefined;
    entry.remaining--;
    const defaults = defaultsFor(entry.rule);
    return {
      status: defaults.status,
      headers: { ...defaults.headers, ...entry.rule.headers },
      body: entry.rule.body ?? defaults.body,
    };
  }
}

function matches(rule: FaultRule, method: string, path: string, template?: string, operationId?: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.operationId && rule.operationId !== operationId) return false;
  if (rule.path instanceof RegExp) return rule.path.test(path);
  if (typeof rule.path === 'string') return rule.path === path || rule.path === template;
  return true;
}
