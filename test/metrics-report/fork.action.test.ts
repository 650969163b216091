/**
 * Pull requests from forks: the report step hands the report over as an artifact (read-only token,
 * never failing), and the publish mode of a workflow_run workflow posts it after checking it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { octokitFor, unzipFiles, zipFiles, type GitHubStandIn } from '../stand-ins/github/index.ts';
import { startActionsServices, type ActionsServices } from '../stand-ins/actions-services/index.ts';
import { runAction } from '../harness/run-action.ts';
import { parseMarker } from '../../src/metrics-report/marker.ts';
import { HOSTILE } from './hostile.ts';
import { assertInert, failureOf, pullRequestEvent, repositoryPayload, reportComments, runReport, withGitHub, workspaceWith } from './setup.ts';

/**
 * The workflow_run event as GitHub sends it for a fork's run: `pull_requests` empty and
 * `head_repository` the fork (the stand-in's run record knows neither, so they are set here).
 */
async function workflowRunEvent(gh: GitHubStandIn, runId: number, forkPull?: number): Promise<Record<string, unknown>> {
  const octokit = octokitFor(gh);
  const run = (await octokit.rest.actions.getWorkflowRun({ owner: gh.owner, repo: gh.repo, run_id: runId })).data;
  if (forkPull) {
    const pull = (await octokit.rest.pulls.get({ owner: gh.owner, repo: gh.repo, pull_number: forkPull })).data;
    run.head_repository = pull.head.repo as unknown as typeof run.head_repository;
    run.pull_requests = [];
  }
  return { action: 'completed', workflow_run: run, repository: await repositoryPayload(gh) };
}

async function publish(gh: GitHubStandIn, services: ActionsServices, runId: number, forkPull?: number) {
  return runAction({
    action: 'metrics-report',
    inputs: { mode: 'publish' },
    event: await workflowRunEvent(gh, runId, forkPull),
    eventName: 'workflow_run',
    apiUrl: gh.url,
    token: 'test-token',
    env: { ...services.newRun().env, GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}` },
  });
}

async function withServices(work: (services: ActionsServices) => Promise<void>): Promise<void> {
  const services = await startActionsServices({ ref: 'refs/pull/1/merge' });
  try {
    await work(services);
  } finally {
    await services.close();
  }
}

test('a fork\'s run writes the summary and an artifact without failing; publish posts it on the pull request', async () => {
  await withGitHub(async (gh) => withServices(async (services) => {
    gh.state.commit('main', { 'metrics.json': JSON.stringify({ accuracy: 0.9 }) });
    const pr = gh.state.addPullRequest({ head: { ref: 'patch-1', fork: true, owner: 'contributor' }, files: { 'model.py': '# better\n' } });
    const head = pr.pull!.head.sha;
    const run = gh.state.addWorkflowRun({ workflow: 'ml.yml', headBranch: 'patch-1', headSha: head, event: 'pull_request', status: 'in_progress' });
    const names = Object.fromEntries(HOSTILE.map((name, i) => [name, 0.5 + i / 100]));
    const report = await runReport({
      gh,
      token: 'read-only-token',
      workspace: workspaceWith({ 'metrics.json': { accuracy: 0.93, ...names } }),
      event: await pullRequestEvent(gh, pr.number),
      env: { ...services.env, GITHUB_RUN_ID: String(run.id) },
    });
    assert.equal(report.exitCode, 0, failureOf(report));
    assert.equal(reportComments(gh, pr.number).length, 0, 'the read-only token did not (and could not) comment');
    assert.match(report.summary, /### 📊 Metrics report/);
    const notice = report.annotations.find((annotation) => annotation.level === 'notice');
    assert.match(notice?.message ?? '', /token is read-only \(a fork\).*ml-actions-metrics-report-default.*mode: publish/);
    const stored = services.artifacts.find((artifact) => artifact.name === 'ml-actions-metrics-report-default');
    assert.ok(stored?.bytes, 'the report was uploaded');
    const files = unzipFiles(stored.bytes);
    const handed = JSON.parse(files['report.json']!.toString('utf8'));
    assert.equal(handed.pr.number, pr.number);
    assert.equal(handed.head.sha, head);

    // The fork's workflow finished; GitHub now lists its artifacts through the REST API.
    run.status = 'completed';
    run.conclusion = 'success';
    gh.state.addArtifact({ name: stored.name, zip: stored.bytes, workflowRunId: run.id });
    const published = await publish(gh, services, run.id, pr.number);
    assert.equal(published.exitCode, 0, failureOf(published));
    const [comment] = reportComments(gh, pr.number);
    assert.ok(comment, `the publisher posted the report: ${failureOf(published)}`);
    assert.equal(published.outputs['comment-id'], String(comment.id));
    assert.equal(parseMarker(comment.body)!.sha, head);
    assert.match(comment.body, /\| accuracy ↑ +\| +0\.9 \| +0\.93 \|/);
    assert.match(comment.body, new RegExp(`\\[Run \\\\#\u200d?${run.runNumber}\\]\\(${gh.serverUrl}/${gh.owner}/${gh.repo}/actions/runs/${run.id}\\)`), 'links come from GitHub\'s answers');
    assertInert(comment.body);
    assert.match(published.summary, /### 📊 Metrics report/);
    assert.ok(!gh.requests.some((request) => /\/contents\//.test(request.path) && request.method !== 'GET'), 'the publisher wrote no code');

    // Published again (a re-run of the publisher): still one comment.
    const again = await publish(gh, services, run.id, pr.number);
    assert.equal(again.exitCode, 0, failureOf(again));
    assert.equal(reportComments(gh, pr.number).length, 1);
  }));
});

test('publish refuses a report that names another pull request or commit, and fails on none of them', async () => {
  await withGitHub(async (gh) => withServices(async (services) => {
    const fork = gh.state.addPullRequest({ head: { ref: 'patch-2', fork: true, owner: 'contributor' } });
    const victim = gh.state.addPullRequest({ head: 'maintainer-work' });
    const run = gh.state.addWorkflowRun({ workflow: 'ml.yml', headBranch: 'patch-2', headSha: fork.pull!.head.sha, event: 'pull_request', conclusion: 'success' });
    const report = (number: number, sha: string, key: string) => ({
      format: 'ml-actions/metrics-report@1',
      title: 'Looks legit',
      key,
      time: '2026-01-01T00:00:00.000Z',
      pr: { number, headSha: sha, baseRef: 'main' },
      head: { sha },
      baseline: { kind: 'none', label: 'none' },
      files: [{ file: 'metrics.json', rows: [{ name: 'accuracy', head: 1, status: 'better', direction: 'higher' }] }],
      missingFiles: [],
      counts: { worse: 0, removed: 0, new: 0, better: 1, within: 0, unchanged: 0, incomparable: 0 },
    });
    gh.state.addArtifact({ name: 'ml-actions-metrics-report-other-pr', files: { 'report.json': JSON.stringify(report(victim.number, run.headSha, 'a')) }, workflowRunId: run.id });
    gh.state.addArtifact({ name: 'ml-actions-metrics-report-other-commit', files: { 'report.json': JSON.stringify(report(fork.number, victim.pull!.head.sha, 'b')) }, workflowRunId: run.id });
    gh.state.addArtifact({ name: 'ml-actions-metrics-report-not-a-report', files: { 'report.json': '{"format": "something else"}' }, workflowRunId: run.id });
    const published = await publish(gh, services, run.id, fork.number);
    assert.equal(published.exitCode, 0, failureOf(published));
    assert.equal(reportComments(gh, victim.number).length, 0);
    assert.equal(reportComments(gh, fork.number).length, 0);
    const warnings = published.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message);
    assert.ok(warnings.some((message) => new RegExp(`other-pr: pull request #${victim.number} is at [0-9a-f]{7}, not at the run's commit`).test(message)), warnings.join('\n'));
    assert.ok(warnings.some((message) => /other-commit: the report is for commit [0-9a-f]{7}, but the workflow run was for/.test(message)), warnings.join('\n'));
    assert.ok(warnings.some((message) => /not-a-report: .*report\.json/.test(message)), warnings.join('\n'));
    assert.ok(warnings.some((message) => /No report was published/.test(message)));
  }));
});

test('publish outside a workflow_run event is a clear configuration error', async () => {
  await withGitHub(async (gh) => {
    const result = await runReport({ gh, workspace: workspaceWith({}), event: {}, inputs: { mode: 'publish' } });
    assert.equal(result.exitCode, 1);
    assert.match(result.annotations[0]!.message, /^metrics-report: Input "mode" is publish, which runs in a workflow triggered by `on: workflow_run`/);
  });
});

test('zipFiles and unzipFiles round-trip what the publisher reads', () => {
  assert.equal(unzipFiles(zipFiles({ 'report.json': '{}' }))['report.json']!.toString(), '{}');
});

test('pull_request_target runs of forks may write, so they comment directly', async () => {
  await withGitHub(async (gh) => {
    const pr = gh.state.addPullRequest({ head: { ref: 'patch-3', fork: true, owner: 'contributor' } });
    const result = await runReport({ gh, eventName: 'pull_request_target', workspace: workspaceWith({ 'metrics.json': { accuracy: 0.9 } }), event: await pullRequestEvent(gh, pr.number) });
    assert.equal(result.exitCode, 0, failureOf(result));
    assert.equal(reportComments(gh, pr.number).length, 1);
  });
});
