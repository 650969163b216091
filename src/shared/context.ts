/**
 * The run's context as the runner describes it in environment variables. Read lazily, not at import
 * time, so a missing or odd event file becomes a clear error inside the action, not a crash before it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from './errors.ts';

export interface RunContext {
  eventName: string;
  /** The webhook payload of the event that started the run ({} outside GitHub). */
  event: Record<string, any>;
  repository?: { owner: string; repo: string };
  sha: string;
  ref: string;
  workspace: string;
  runId: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  actor: string;
  job: string;
  workflow: string;
  temp: string;
  /** Link to this run's page, when the run is on GitHub. */
  runUrl?: string;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const repository = owner && repo ? { owner, repo } : undefined;
  const runId = env['GITHUB_RUN_ID'] ?? '';
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    event: readEvent(env['GITHUB_EVENT_PATH']),
    repository,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    runId,
    runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '1',
    serverUrl,
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    actor: env['GITHUB_ACTOR'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    temp: env['RUNNER_TEMP'] || (env['TMPDIR'] ?? '/tmp'),
    runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : undefined,
  };
}

function readEvent(path: string | undefined): Record<string, any> {
  if (!path || !existsSync(path)) return {};
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as Record<string, any>;
  } catch (error) {
    throw new UserError(`The event payload at GITHUB_EVENT_PATH (${path}) is not JSON`, { file: path }, { cause: error });
  }
}

/** The pull request this run is about, from pull_request / pull_request_target payloads. */
export function pullRequestOf(context: RunContext): { number: number; headSha: string; baseRef: string; baseSha: string; fork: boolean; labels: string[] } | undefined {
  const pr = context.event['pull_request'];
  if (!pr || typeof pr.number !== 'number') return undefined;
  const baseRepo = pr.base?.repo?.full_name;
  const headRepo = pr.head?.repo?.full_name;
  return {
    number: pr.number,
    headSha: pr.head?.sha ?? context.sha,
    baseRef: pr.base?.ref ?? '',
    baseSha: pr.base?.sha ?? '',
    fork: Boolean(pr.head?.repo?.fork) || (baseRepo !== undefined && headRepo !== undefined && baseRepo !== headRepo),
    labels: Array.isArray(pr.labels) ? pr.labels.map((label: { name?: string }) => label.name ?? '').filter(Boolean) : [],
  };
}

export function requireRepository(context: RunContext): { owner: string; repo: string } {
  if (!context.repository) throw new UserError('GITHUB_REPOSITORY is not set (owner/name): this step needs to know the repository');
  return context.repository;
}
