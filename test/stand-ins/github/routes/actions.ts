// GitHub Actions: workflow runs, artifacts and workflow_dispatch.
import { gone, notFound } from '../errors.ts';
import type { WorkflowRunRecord } from '../records.ts';
import type { GitHubState } from '../store.ts';
import { intParam, json, newestFirst, noContent, pagedObject } from './types.ts';
import type { RouteRequest, RouteResponse, RouteTable, RouteContext } from './types.ts';

const CONCLUSIONS = new Set(['action_required', 'cancelled', 'failure', 'neutral', 'skipped', 'stale', 'success', 'timed_out']);

function listRuns(request: RouteRequest, { render }: RouteContext, runs: WorkflowRunRecord[]): RouteResponse {
  const { query } = request;
  let selected = newestFirst(runs);
  if (typeof query.actor === 'string') selected = selected.filter((run) => run.actor.login === query.actor);
  if (typeof query.branch === 'string') selected = selected.filter((run) => run.headBranch === query.branch);
  if (typeof query.event === 'string') selected = selected.filter((run) => run.event === query.event);
  if (typeof query.head_sha === 'string') selected = selected.filter((run) => run.headSha === query.head_sha);
  if (typeof query.status === 'string') {
    // `status` accepts both statuses and conclusions.
    const wanted = query.status;
    selected = selected.filter((run) => (CONCLUSIONS.has(wanted) ? run.conclusion === wanted : run.status === wanted));
  }
  return pagedObject(request, 'workflow_runs', selected, (run) => render.workflowRun(run));
}

function requireWorkflowId(state: GitHubState, raw: string): number {
  const workflow = state.workflow(/^\d+$/.test(raw) ? Number(raw) : raw);
  if (!workflow) throw notFound();
  return workflow.id;
}

export const actionsRoutes: RouteTable = {
  'actions/list-workflow-runs-for-repo': (request, context) => listRuns(request, context, context.state.workflowRuns),

  'actions/list-workflow-runs': (request, context) => {
    const workflowId = requireWorkflowId(context.state, request.params.workflow_id);
    return listRuns(request, context, context.state.workflowRuns.filter((run) => run.workflowId === workflowId));
  },

  'actions/get-workflow-run': (request, { state, render }) => {
    const run = state.workflowRun(intParam(request, 'run_id'));
    if (!run) throw notFound();
    return json(200, render.workflowRun(run));
  },

  'actions/create-workflow-dispatch': (request, { state, render }) => {
    const body = request.body as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean };
    const raw = request.params.workflow_id;
    const dispatch = state.dispatchWorkflow(/^\d+$/.test(raw) ? Number(raw) : raw, body.ref, body.inputs ?? {}, request.grant.account);
    if (!body.return_run_details) return noContent();
    return json(200, {
      workflow_run_id: dispatch.runId,
      run_url: `${render.repoApi()}/actions/runs/${dispatch.runId}`,
      html_url: `${render.repoWeb()}/actions/runs/${dispatch.runId}`,
    });
  },

  'actions/list-artifacts-for-repo': (request, { state, render }) => {
    const name = request.query.name;
    const artifacts = newestFirst(state.artifacts).filter((artifact) => typeof name !== 'string' || artifact.name === name);
    return pagedObject(request, 'artifacts', artifacts, (artifact) => render.artifact(artifact));
  },

  'actions/list-workflow-run-artifacts': (request, { state, render }) => {
    const runId = intParam(request, 'run_id');
    if (!state.workflowRun(runId)) throw notFound();
    const name = request.query.name;
    const artifacts = newestFirst(state.artifacts).filter(
      (artifact) => artifact.workflowRunId === runId && (typeof name !== 'string' || artifact.name === name),
    );
    return pagedObject(request, 'artifacts', artifacts, (artifact) => render.artifact(artifact));
  },

  'actions/get-artifact': (request, { state, render }) => {
    const artifact = state.artifact(intParam(request, 'artifact_id'));
    if (!artifact) throw notFound();
    return json(200, render.artifact(artifact));
  },

  'actions/delete-artifact': (request, { state }) => {
    const index = state.artifacts.findIndex((artifact) => artifact.id === intParam(request, 'artifact_id'));
    if (index < 0) throw notFound();
    state.artifacts.splice(index, 1);
    return noContent();
  },

  'actions/download-artifact': (request, { state, render }) => {
    const artifact = state.artifact(intParam(request, 'artifact_id'));
    if (!artifact || request.params.archive_format !== 'zip') throw notFound();
    if (artifact.expired) throw gone('Artifact has expired');
    // GitHub answers with a short-lived signed URL on another host.
    return { status: 302, headers: { location: `${render.urls.web}/_artifacts/${artifact.id}/${encodeURIComponent(artifact.name)}.zip` } };
  },
};
