/**
 * The publish mode, run by a `workflow_run` workflow after a pull request's workflow finished: posts
 * the reports that run handed over (forks, Dependabot), after checking each one. It reads artifacts
 * and the API only; it never checks out or runs the pull request's code.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { downloadArtifact, listArtifacts, type OtherRun } from '../shared/artifacts.ts';
import { requireRepository } from '../shared/context.ts';
import { ConfigurationError, UserError, errorMessage } from '../shared/errors.ts';
import { createGitHubClient, explainPermissionError } from '../shared/github.ts';
import type { MetricsReportContext } from './action.ts';
import { COMMENT_BUDGET, fitReport } from './budget.ts';
import { postReport, resolveIdentity } from './comment.ts';
import { isHandoff, readHandedOff, verifyPullRequest, type WorkflowRunEvent } from './handoff.ts';
import { keySlug } from './history.ts';
import { markerReserve } from './marker.ts';
import type { RunLinks } from './render.ts';
import { publishLocally } from './report-mode.ts';
import { artifactUrl, repoUrl, secondsBetween } from './run-info.ts';

function workflowRunOf(event: Record<string, any>): WorkflowRunEvent {
  const run = event['workflow_run'];
  if (!run || typeof run.id !== 'number' || typeof run.head_sha !== 'string') {
    throw new ConfigurationError('mode', 'is publish, which runs in a workflow triggered by `on: workflow_run` (see workflows/ml-fork-report.yml); this event has no workflow_run');
  }
  return run as WorkflowRunEvent;
}

export async function publishMode(action: MetricsReportContext): Promise<void> {
  const { inputs, run: context } = action;
  const repo = requireRepository(context);
  const run = workflowRunOf(context.event);
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target') {
    core.info(`The workflow run ${run.id} was started by ${run.event}, not by a pull request: nothing to publish.`);
    return;
  }
  // Outside the runner the token's expression default is empty; the client says what to pass.
  const token = inputs.token ?? '';
  const client = createGitHubClient(token, context.apiUrl);
  const otherRun: OtherRun = { ...repo, runId: run.id, token };
  let artifacts;
  try {
    artifacts = (await listArtifacts(otherRun)).filter((artifact) => isHandoff(artifact.name));
  } catch (error) {
    throw explainPermissionError(error, 'actions: read', `list the artifacts of workflow run ${run.id}`);
  }
  if (inputs.header !== undefined) artifacts = artifacts.filter((artifact) => artifact.name.endsWith(`-${keySlug(inputs.header!)}`));
  if (artifacts.length === 0) {
    core.info(`Workflow run ${run.id} handed over no report (its pull request was not from a fork, or the report step did not run).`);
    return;
  }
  const identity = await resolveIdentity(client, inputs['comment-author']);
  const links: RunLinks = {
    repoUrl: repoUrl(context.serverUrl, repo),
    runUrl: run.html_url ?? `${repoUrl(context.serverUrl, repo)}/actions/runs/${run.id}`,
    ...(run.run_number ? { runLabel: `Run #${run.run_number}` } : {}),
  };
  try {
    const { data } = await client.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: run.id, per_page: 100 });
    links.artifacts = data.artifacts
      .filter((artifact) => !artifact.expired && !isHandoff(artifact.name))
      .map((artifact) => ({ name: artifact.name, url: artifactUrl(context.serverUrl, repo, run.id, artifact.id), size: artifact.size_in_bytes }));
  } catch (error) {
    core.debug(`No artifact links: ${errorMessage(error)}`);
  }
  const duration = secondsBetween(run.run_started_at, run.updated_at ?? new Date());

  let published = 0;
  for (const artifact of artifacts) {
    const dir = join(context.temp, 'ml-actions-publish', String(artifact.id));
    await downloadArtifact({ id: artifact.id }, dir, otherRun);
    let model;
    try {
      model = readHandedOff(dir, `artifact ${artifact.name}`);
    } catch (error) {
      // A bad report is the fork's problem, not this workflow's: refuse it and go on.
      if (!(error instanceof UserError)) throw error;
      core.warning(`Not publishing artifact ${artifact.name}: ${errorMessage(error)}`, { title: 'metrics-report: report refused' });
      continue;
    }
    const verdict = await verifyPullRequest(client, repo, run, model);
    if (!verdict.ok) {
      core.warning(`Not publishing artifact ${artifact.name}: ${verdict.reason}`, { title: 'metrics-report: report refused' });
      continue;
    }
    if (duration !== undefined) model.durationSeconds = duration;
    await publishLocally(action, model, links, join(context.temp, 'ml-actions-metrics-report', keySlug(model.key)));
    if (inputs.comment === 'off') continue;
    const marker = { key: model.key, sha: run.head_sha, time: model.time, run: String(run.id) };
    const markdown = fitReport(model, links, inputs['max-rows'], COMMENT_BUDGET, markerReserve(marker)).markdown;
    const posted = await postReport({ client, repo, issue: model.pr!.number, marker, markdown, mode: inputs.comment, identity });
    action.setOutput('comment-id', posted.id);
    action.setOutput('comment-url', posted.url);
    core.info(`Published ${artifact.name} on pull request #${model.pr!.number}: comment ${posted.outcome} (${posted.url})`);
    published++;
  }
  if (published === 0 && inputs.comment !== 'off') core.warning('No report was published: see the warnings above.');
}
