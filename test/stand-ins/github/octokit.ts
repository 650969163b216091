// The client the product uses (getOctokit from @actions/github with the retry
// and throttling plugins), pointed at a stand-in, with waits shortened so
// tests exercising retries stay fast.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import type { GitHubStandIn } from './server.ts';

export type StandInOctokit = ReturnType<typeof getOctokit>;

export interface OctokitForOptions {
  /** Milliseconds per second of GitHub's retry-after/backoff (real clients: 1000). Default 1. */
  retryAfterBaseValue?: number;
  /** How often the throttling handlers agree to retry (default 2). */
  maxRateLimitRetries?: number;
  /** Retries of 5xx answers by the retry plugin (default 3, like the plugin). */
  retries?: number;
}

/**
 * The throttling plugin spaces writes out by 1-3 s through process-wide
 * limiters; a stand-in has no abuse detection, so tests get pass-through
 * limiters with the same interface.
 */
const passThroughGroup = {
  key: () => ({
    schedule: <T>(...args: unknown[]): Promise<T> => {
      const jobArgs = typeof args[0] === 'function' ? args : args.slice(1);
      const [job, ...rest] = jobArgs as [(...a: unknown[]) => T | Promise<T>, ...unknown[]];
      return Promise.resolve(job(...rest));
    },
  }),
} as unknown as NonNullable<ThrottlingOptions['write']>;

export function octokitFor(standIn: GitHubStandIn, token = 'test-token', options: OctokitForOptions = {}): StandInOctokit {
  const base = options.retryAfterBaseValue ?? 1;
  const maxRetries = options.maxRateLimitRetries ?? 2;
  return getOctokit(
    token,
    {
      baseUrl: standIn.url,
      retry: { retryAfterBaseValue: base, retries: options.retries ?? 3 },
      throttle: {
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 1,
        onRateLimit: (_retryAfter: number, _options: object, _octokit: unknown, retryCount: number) => retryCount < maxRetries,
        onSecondaryRateLimit: (_retryAfter: number, _options: object, _octokit: unknown, retryCount: number) => retryCount < maxRetries,
        // `global` (10 concurrent requests) is not in the plugin's public options type but is honoured.
        ...({ global: passThroughGroup } as object),
        write: passThroughGroup,
        notifications: passThroughGroup,
        search: passThroughGroup,
      },
    },
    retry,
    throttling,
  );
}
