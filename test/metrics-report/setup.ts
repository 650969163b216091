/**
 * Runs the bundled metrics-report the way the runner does, against the GitHub stand-in, with event
 * payloads read from the stand-in's own API so they have GitHub's shapes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction, type ActionResult } from '../harness/run-action.ts';
import { octokitFor, startGitHub, type GitHubStandIn, type StartOptions } from '../stand-ins/github/index.ts';
import { parseMarker } from '../../src/metrics-report/marker.ts';

export { assertInert } from './inert.ts';

export async function withGitHub(work: (gh: GitHubStandIn) => Promise<void>, options?: StartOptions): Promise<void> {
  const gh = await startGitHub(options);
  try {
    await work(gh);
  } finally {
    await gh.close();
  }
}

export function workspaceWith(files: Record<string, string | object>): string {
  const root = mkdtempSync(join(tmpdir(), 'metrics-report-ws-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

export async function repositoryPayload(gh: GitHubStandIn): Promise<Record<string, unknown>> {
  return (await octokitFor(gh).rest.repos.get({ owner: gh.owner, repo: gh.repo })).data as unknown as Record<string, unknown>;
}

/** A `pull_request` (synchronize) event for a pull request the stand-in has. */
export async function pullRequestEvent(gh: GitHubStandIn, number: number, headSha?: string): Promise<Record<string, unknown>> {
  const pull = (await octokitFor(gh).rest.pulls.get({ owner: gh.owner, repo: gh.repo, pull_number: number })).data;
  if (headSha) pull.head.sha = headSha;
  return { action: 'synchronize', number, pull_request: pull, repository: await repositoryPayload(gh) };
}

export async function pushEvent(gh: GitHubStandIn, sha: string, before = '0'.repeat(40)): Promise<Record<string, unknown>> {
  return { ref: 'refs/heads/main', before, after: sha, repository: await repositoryPayload(gh) };
}

export interface ReportRun {
  gh: GitHubStandIn;
  workspace: string;
  event: Record<string, unknown>;
  eventName?: string;
  inputs?: Record<string, string | number | boolean>;
  token?: string;
  sha?: string;
  ref?: string;
  env?: Record<string, string | undefined>;
}

export async function runReport(run: ReportRun): Promise<ActionResult> {
  const pr = run.event['pull_request'] as { number: number } | undefined;
  return runAction({
    action: 'metrics-report',
    inputs: { metrics: 'metrics.json', ...run.inputs },
    event: run.event,
    eventName: run.eventName ?? (pr ? 'pull_request' : 'push'),
    workspace: run.workspace,
    apiUrl: run.gh.url,
    serverUrl: run.gh.serverUrl,
    token: run.token ?? 'test-token',
    sha: run.sha,
    ref: run.ref ?? (pr ? `refs/pull/${pr.number}/merge` : 'refs/heads/main'),
    env: { GITHUB_REPOSITORY: `${run.gh.owner}/${run.gh.repo}`, ...run.env },
    timeoutMs: 60_000,
  });
}

/** The report comments on an issue (those with our marker), as the stand-in holds them. */
export function reportComments(gh: GitHubStandIn, issue: number) {
  return gh.state.commentsOn(issue).filter((comment) => parseMarker(comment.body) !== undefined);
}

export function failureOf(result: ActionResult): string {
  return `exit ${result.exitCode}\n${result.stdout}\n${result.stderr}`;
}
