/**
 * The one GitHub client factory. Octokit with retries (5xx) and throttling (primary and secondary
 * rate limits), pointed at GITHUB_API_URL so GitHub Enterprise Server works unchanged.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UserError } from './errors.ts';

export type GitHubClient = ReturnType<typeof getOctokit>;

const MAX_RATE_LIMIT_RETRIES = 3;
/** Longer waits than this are not worth holding a runner for. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

export function createGitHubClient(token: string, apiUrl = process.env['GITHUB_API_URL'] || 'https://api.github.com'): GitHubClient {
  if (!token) throw new UserError('No GitHub token: pass `token: ${{ github.token }}` (the default) or a personal access token');
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub rate limit reached on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
        },
      },
    },
    retry,
    throttling,
  );
}

/** HTTP status of an octokit RequestError, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Turns "Resource not accessible by integration" into the fix: the `permissions:` line to add.
 * Everything else passes through unchanged.
 */
export function explainPermissionError(error: unknown, permission: string, doing: string): unknown {
  const status = httpStatus(error);
  if (status === 403 || status === 404) {
    const message = (error as Error).message ?? '';
    if (status === 404 || /not accessible by integration|permission/i.test(message)) {
      return new UserError(
        `GitHub refused to ${doing} (${status}: ${message}). The token needs \`permissions: ${permission}\`: add it to the job, ` +
          'or, for pull requests from forks, publish through the workflow_run workflow.',
        undefined,
        { cause: error },
      );
    }
  }
  return error;
}
