// Check runs and commit statuses: how the toolkit reports results on a commit.
import { forbidden, notFound, unprocessable } from '../errors.ts';
import type { CheckConclusion, CheckStatus, CommitState } from '../records.ts';
import type { CheckRunInput } from '../inputs.ts';
import { intParam, json, newestFirst, pagedList, pagedObject } from './types.ts';
import type { RouteTable } from './types.ts';
import { paginate } from '../pagination.ts';

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckStatus;
  started_at?: string;
  conclusion?: CheckConclusion;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: unknown[] };
}

function checkRunInput(body: CheckRunBody): Partial<CheckRunInput> {
  return {
    name: body.name,
    headSha: body.head_sha,
    detailsUrl: body.details_url,
    externalId: body.external_id,
    status: body.status,
    startedAt: body.started_at,
    conclusion: body.conclusion,
    completedAt: body.completed_at,
    output: body.output,
  };
}

export const checkRoutes: RouteTable = {
  'checks/create': (request, { state, render }) => {
    // Only GitHub Apps (installation tokens, GITHUB_TOKEN) may write check runs.
    if (!request.grant.app) throw forbidden('You must authenticate via a GitHub App.');
    const body = request.body as CheckRunBody;
    const run = state.createCheckRun({ ...checkRunInput(body), name: body.name as string, headSha: body.head_sha as string }, request.grant.app);
    return json(201, render.checkRun(run));
  },

  'checks/update': (request, { state, render }) => {
    if (!request.grant.app) throw forbidden('You must authenticate via a GitHub App.');
    const run = state.checkRuns.find((candidate) => candidate.id === intParam(request, 'check_run_id'));
    if (!run) throw notFound();
    state.applyCheckRunChanges(run, checkRunInput(request.body as CheckRunBody));
    return json(200, render.checkRun(run));
  },

  'checks/get': (request, { state, render }) => {
    const run = state.checkRuns.find((candidate) => candidate.id === intParam(request, 'check_run_id'));
    if (!run) throw notFound();
    return json(200, render.checkRun(run));
  },

  'checks/list-for-ref': (request, { state, render }) => {
    const commit = state.git.resolve(request.params.ref);
    if (!commit) throw unprocessable(`No commit found for SHA: ${request.params.ref}`);
    const { query } = request;
    let runs = newestFirst(state.checkRuns.filter((run) => run.headSha === commit.sha));
    if (typeof query.check_name === 'string') runs = runs.filter((run) => run.name === query.check_name);
    if (typeof query.status === 'string') runs = runs.filter((run) => run.status === query.status);
    if (typeof query.app_id === 'number') runs = runs.filter((run) => run.app?.id === query.app_id);
    if ((query.filter ?? 'latest') === 'latest') {
      const seen = new Set<string>();
      runs = runs.filter((run) => !seen.has(run.name) && Boolean(seen.add(run.name)));
    }
    return pagedObject(request, 'check_runs', runs, (run) => render.checkRun(run));
  },

  'repos/create-commit-status': (request, { state, render }) => {
    const body = request.body as { state: CommitState; target_url?: string | null; description?: string | null; context?: string };
    const status = state.createCommitStatus(
      request.params.sha,
      { state: body.state, targetUrl: body.target_url, description: body.description, context: body.context },
      request.grant.account,
    );
    return json(201, render.commitStatus(status), { location: `${render.repoApi()}/statuses/${status.sha}` });
  },

  'repos/list-commit-statuses-for-ref': (request, { state, render }) => {
    const commit = state.git.resolve(request.params.ref);
    if (!commit) return json(200, []);
    return pagedList(request, state.statusesFor(commit.sha), (status) => render.commitStatus(status));
  },

  'repos/get-combined-status-for-ref': (request, { state, render }) => {
    const commit = state.git.resolve(request.params.ref);
    if (!commit) throw notFound(`No commit found for SHA: ${request.params.ref}`);
    const combined = state.combinedStatus(commit.sha);
    const page = paginate(combined.statuses, request.query, request.url);
    return json(200, render.combinedStatus(commit.sha, page.items, combined.state, combined.statuses.length), page.link ? { link: page.link } : {});
  },
};
