/**
 * The report's contents through the bundled action: baselines of every kind, the other steps'
 * verdicts, params, the run's duration and artifacts, size, hostile names, retries and permissions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startActionsServices } from '../stand-ins/actions-services/index.ts';
import { GATE_DECISION, VALIDATION_REPORT } from './step-files.ts';
import { HOSTILE } from './hostile.ts';
import { assertInert, failureOf, pullRequestEvent, reportComments, runReport, withGitHub, workspaceWith } from './setup.ts';

test('everything a reviewer needs: metrics, params, data contract, gate, duration and artifact links', async () => {
  await withGitHub(async (gh) => {
    gh.state.commit('main', { 'eval/metrics.json': JSON.stringify({ accuracy: 0.91, loss: 0.25 }), 'params.yaml': 'train:\n  lr: 0.01\n  epochs: 20\n' });
    const pr = gh.state.addPullRequest({ head: 'lr-sweep' });
    const run = gh.state.addWorkflowRun({ workflow: 'ml.yml', headBranch: 'lr-sweep', event: 'pull_request', status: 'in_progress', createdAt: new Date(Date.now() - 252_000).toISOString() });
    gh.state.addArtifact({ name: 'model', files: { 'model.pkl': 'x' }, workflowRunId: run.id });
    const workspace = workspaceWith({
      'eval/metrics.json': { accuracy: 0.93, loss: 0.24 },
      'params.yaml': 'train:\n  lr: 0.003\n  epochs: 20\n',
      'reports/validation.json': VALIDATION_REPORT,
      'reports/gate.json': GATE_DECISION,
      'metrics-spec.yml': 'metrics:\n  loss: { tolerance: 5% }\n',
    });
    const result = await runReport({
      gh,
      workspace,
      event: await pullRequestEvent(gh, pr.number),
      env: { GITHUB_RUN_ID: String(run.id) },
      inputs: { metrics: 'eval/*.json', params: 'params.yaml', 'data-report': 'reports/validation.json', 'gate-decision': 'reports/gate.json', 'metrics-spec': 'metrics-spec.yml', title: 'Iris model' },
    });
    assert.equal(result.exitCode, 0, failureOf(result));
    const body = reportComments(gh, pr.number)[0]!.body;
    assert.match(body, /### 📊 Iris model: 🟢 no regressions\n\n🟢 1 better · ⚪ 1 within tolerance<br>\n❌ Gate: \*\*blocked\*\* iris · ❌ Data contract iris 1\\\.1\\\.0: \*\*failed\*\*/);
    assert.match(body, /#### eval\/metrics\\\.json/);
    assert.match(body, /\| loss ↓ +\| +0\.25 \| +0\.24 \| +-0\.01 \| +-4% \| ⚪ within ±5% \|/);
    assert.match(body, /<details><summary><b>Params:<\/b> 1 changed<\/summary>\n\n\| File +\| Param +\| main [0-9a-f]{7} \| PR [0-9a-f]{7} \|\n.*\n\| params\\\.yaml \| train\\\.lr \| 0\\\.01 +\| 0\\\.003 +\|/);
    assert.match(body, /\*\*Breaking changes to the contract\*\*/);
    assert.match(body, /#### ❌ Gate: \*\*blocked\*\* iris\n\nBlock iris: 1 rule fails, 1 warning, 2 pass/);
    assert.match(body, new RegExp(`\\[Run \\\\#\u200d?${run.runNumber}\\]\\(${gh.serverUrl}/acme/iris/actions/runs/${run.id}\\) · ⏱ 4m \\d+s · artifacts: \\[model\\]\\(${gh.serverUrl}/acme/iris/actions/runs/${run.id}/artifacts/\\d+\\)`));
    assertInert(body);
  });
});

test('baselines: a git ref, a workspace file, and an artifact of the base branch\'s latest successful run', async () => {
  await withGitHub(async (gh) => {
    gh.state.commit('main', { 'metrics.json': '{"accuracy": 0.7}' });
    gh.state.tag('v1.0');
    gh.state.commit('main', { 'metrics.json': '{"accuracy": 0.8}' });
    const pr = gh.state.addPullRequest({ head: 'x' });
    const event = await pullRequestEvent(gh, pr.number);
    const workspace = workspaceWith({ 'metrics.json': { accuracy: 0.9 }, 'baseline/old-metrics.json': { accuracy: 0.6 } });

    const byRef = await runReport({ gh, workspace, event, inputs: { baseline: 'ref:v1.0', comment: 'off' } });
    assert.equal(byRef.exitCode, 0, failureOf(byRef));
    assert.match(byRef.summary, /Compared with \*\*v1\\\.0\*\* @ /);
    assert.match(byRef.summary, /\| accuracy ↑ +\| +0\.7 \| +0\.9 \|/);

    const byFile = await runReport({ gh, workspace, event, inputs: { baseline: 'file:baseline/old-metrics.json', comment: 'off' } });
    assert.equal(byFile.exitCode, 0, failureOf(byFile));
    assert.match(byFile.summary, /#### metrics\\\.json \(compared with baseline\/old\\\-metrics\\\.json\)/);
    assert.match(byFile.summary, /\| accuracy ↑ +\| +0\.6 \| +0\.9 \|/);

    const services = await startActionsServices();
    try {
      const failed = gh.state.addWorkflowRun({ workflow: 'ml.yml', headBranch: 'main', conclusion: 'failure' });
      gh.state.addArtifact({ name: 'eval', files: { 'metrics.json': '{"accuracy": 0.1}' }, workflowRunId: failed.id });
      const good = gh.state.addWorkflowRun({ workflow: 'ml.yml', headBranch: 'main', conclusion: 'success' });
      gh.state.addArtifact({ name: 'eval', files: { 'out/metrics.json': '{"accuracy": 0.75}' }, workflowRunId: good.id });
      const other = gh.state.addWorkflowRun({ workflow: 'ml.yml', headBranch: 'dev', conclusion: 'success' });
      gh.state.addArtifact({ name: 'eval', files: { 'metrics.json': '{"accuracy": 0.2}' }, workflowRunId: other.id });
      const byArtifact = await runReport({ gh, workspace, event, env: services.env, inputs: { baseline: 'artifact:eval', comment: 'off' } });
      assert.equal(byArtifact.exitCode, 0, failureOf(byArtifact));
      assert.match(byArtifact.summary, /Compared with \*\*main \\\(artifact eval\\\)\*\* @ .*From run \d+\\\./);
      assert.match(byArtifact.summary, /\| accuracy ↑ +\| +0\.75 \| +0\.9 \|/);
    } finally {
      await services.close();
    }

    const wrong = await runReport({ gh, workspace, event, inputs: { baseline: 'main' } });
    assert.equal(wrong.exitCode, 1);
    assert.match(wrong.annotations[0]!.message, /Input "baseline" must be auto, ref:<git ref>, file:<path> or artifact:<name>; got "main"/);
    const missing = await runReport({ gh, workspace, event, inputs: { baseline: 'ref:no-such-branch' } });
    assert.equal(missing.exitCode, 1);
    assert.match(missing.annotations[0]!.message, /Input "baseline" names ref "no-such-branch", which the repository does not have/);
  });
});

test('globs at the base commit find files in folders, and files the pull request dropped', async () => {
  await withGitHub(async (gh) => {
    gh.state.commit('main', { 'models/a/metrics.json': '{"f1": 0.5}', 'models/b/metrics.json': '{"f1": 0.6}', 'models/b/notes.txt': 'x', 'README.md': '#' });
    const pr = gh.state.addPullRequest({ head: 'drop-b' });
    const result = await runReport({ gh, workspace: workspaceWith({ 'models/a/metrics.json': { f1: 0.55 } }), event: await pullRequestEvent(gh, pr.number), inputs: { metrics: 'models/**/metrics.json' } });
    assert.equal(result.exitCode, 0, failureOf(result));
    assert.match(result.summary, /\| f1 ↑ +\| +0\.5 \| +0\.55 \|/);
    assert.match(result.summary, /➖ Metrics files the baseline has and this run does not: models\/b\/metrics\\\.json/);
  });
});

test('a 200-metric report stays under the comment limit; hostile names render inert in the comment', async () => {
  await withGitHub(async (gh) => {
    const names = (value: (i: number) => number) => Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`segment_${i}.${HOSTILE[i % HOSTILE.length]}`, value(i)]));
    gh.state.commit('main', { 'metrics.json': JSON.stringify(names(() => 0.5)) });
    const pr = gh.state.addPullRequest({ head: 'big' });
    const result = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': names((i) => 0.5 + ((i % 5) - 2) / 100) }), event: await pullRequestEvent(gh, pr.number) });
    assert.equal(result.exitCode, 0, failureOf(result));
    const body = reportComments(gh, pr.number)[0]!.body;
    assert.ok(body.length <= 65_536, `${body.length} characters`);
    assert.match(body, /### 📊 Metrics report: 🔴 80 regressions/);
    assertInert(body);
    assertInert(result.summary);
  });
});

test('5xx answers and secondary rate limits are retried', async () => {
  await withGitHub(async (gh) => {
    const pr = gh.state.addPullRequest({ head: 'x' });
    gh.fault({ method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 502 });
    gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', kind: 'secondary-rate-limit' });
    const result = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.9 } }), event: await pullRequestEvent(gh, pr.number) });
    assert.equal(result.exitCode, 0, failureOf(result));
    assert.equal(reportComments(gh, pr.number).length, 1);
    assert.equal(gh.requests.filter((request) => request.fault).length, 2, 'both faults were met and got past');
    assert.match(result.stdout, /secondary rate limit on POST/);
  });
});

test('a token that cannot comment gets the permissions line to add, after the summary is written', async () => {
  await withGitHub(async (gh) => {
    const pr = gh.state.addPullRequest({ head: 'x' });
    const result = await runReport({ gh, token: 'read-only-token', workspace: workspaceWith({ 'metrics.json': { accuracy: 0.9 } }), event: await pullRequestEvent(gh, pr.number) });
    assert.equal(result.exitCode, 1);
    const [error] = result.annotations.filter((annotation) => annotation.level === 'error');
    assert.match(error!.message, new RegExp(`^metrics-report: GitHub refused to create a comment on pull request #${pr.number} \\(403: Resource not accessible by integration.*\\)\\. The token needs \`permissions: pull-requests: write\``));
    assert.match(result.summary, /### 📊 Metrics report/);
    assert.ok(result.outputs['markdown']);
  });
});

test('missing metrics and bad inputs are named', async () => {
  await withGitHub(async (gh) => {
    const pr = gh.state.addPullRequest({ head: 'x' });
    const event = await pullRequestEvent(gh, pr.number);
    const none = await runReport({ gh, workspace: workspaceWith({}), event, inputs: { metrics: 'out/*.json' } });
    assert.equal(none.exitCode, 1);
    assert.match(none.annotations.at(-1)!.message, /^metrics-report: Input "metrics" matches no file in the workspace \(out\/\*\.json\): did the step that writes the metrics run, in this job\?$/);
    const broken = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': '{"a": 1,\n"b": }' }), event });
    assert.equal(broken.exitCode, 1);
    assert.equal(broken.annotations[0]!.file, 'metrics.json');
    assert.match(broken.annotations[0]!.message, /^metrics-report: metrics\.json: not valid JSON: Unexpected token/);
    const spec = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': { a: 1 }, 'spec.yml': 'metrics:\n  a: { direction: sideways }\n' }), event, inputs: { 'metrics-spec': 'spec.yml' } });
    assert.equal(spec.exitCode, 1);
    assert.match(spec.annotations[0]!.message, /spec\.yml:2:\d+: metrics\.a\.direction: must be one of "higher", "lower"/);
    const rows = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': { a: 1 } }), event, inputs: { 'max-rows': 0 } });
    assert.match(rows.annotations[0]!.message, /Input "max-rows" must be a whole number from 1 to 1000, got 0/);
    assert.equal(reportComments(gh, pr.number).length, 0);
  });
});
