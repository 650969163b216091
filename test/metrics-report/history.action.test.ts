/**
 * History on the default branch: pushes record their metrics on an orphan branch through the
 * contents API (racing runs both land), and pull requests compare with it and chart it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseMarker } from '../../src/metrics-report/marker.ts';
import { failureOf, pullRequestEvent, pushEvent, reportComments, runReport, withGitHub, workspaceWith } from './setup.ts';

const schema = JSON.parse(readFileSync(new URL('../../schemas/metrics-history.schema.json', import.meta.url), 'utf8'));
const validateHistory = addFormats.default(new Ajv2020({ allErrors: true })).compile(schema);
const reportSchema = JSON.parse(readFileSync(new URL('../../schemas/metrics-report.schema.json', import.meta.url), 'utf8'));
const validateReport = addFormats.default(new Ajv2020({ allErrors: true })).compile(reportSchema);

test('pushes to the default branch build the history; a pull request compares with it and charts it', async () => {
  await withGitHub(async (gh) => {
    const shas: string[] = [];
    for (const [i, accuracy] of [0.9, 0.91, 0.92].entries()) {
      const sha = gh.state.commit('main', { 'train.py': `# v${i}\n` });
      shas.push(sha);
      const result = await runReport({ gh, sha, workspace: workspaceWith({ 'metrics.json': { accuracy, loss: 0.3 - i / 100 } }), event: await pushEvent(gh, sha) });
      assert.equal(result.exitCode, 0, failureOf(result));
      assert.match(result.stdout, new RegExp(`Recorded this run's metrics on branch ml-actions-metrics \\(metrics-history/default\\.json, ${i + 1} entries\\)`));
      if (i === 0) assert.match(result.summary, /No baseline to compare with \(no run on main has recorded metrics yet\)/);
      else assert.match(result.summary, /Compared with \*\*main\*\* @ .*The latest recorded run on main/);
    }
    const branchHead = gh.state.headOf('ml-actions-metrics')!;
    const firstCommit = [...gh.state.git.commits.values()].find((commit) => commit.tree.has('metrics-history/default.json') && commit.parents.length === 0);
    assert.ok(firstCommit, 'the history branch starts as an orphan: no code in it');
    assert.deepEqual([...gh.state.git.commits.get(branchHead)!.tree.keys()], ['metrics-history/default.json']);
    const text = gh.state.readFile('metrics-history/default.json', 'ml-actions-metrics')!;
    assert.ok(validateHistory(JSON.parse(text)), JSON.stringify(validateHistory.errors));
    const history = JSON.parse(text) as { entries: Array<{ sha: string; metrics: Record<string, { accuracy: number }> }> };
    assert.deepEqual(history.entries.map((entry) => [entry.sha, entry.metrics['metrics.json']!.accuracy]), [
      [shas[0], 0.9],
      [shas[1], 0.91],
      [shas[2], 0.92],
    ]);

    const pr = gh.state.addPullRequest({ head: 'tuning' });
    const writes = () => gh.requests.filter((request) => request.method !== 'GET' && !request.path.includes('/comments')).length;
    const writesBefore = writes();
    const result = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.94, loss: 0.2 } }), event: await pullRequestEvent(gh, pr.number) });
    assert.equal(result.exitCode, 0, failureOf(result));
    const [comment] = reportComments(gh, pr.number);
    assert.match(comment!.body, /Compared with \*\*main\*\* @ \[[0-9a-f]{7}\]\(.*\)\. Recorded by a run on main\\\./);
    assert.match(comment!.body, /\| accuracy ↑ +\| +0\.92 \| +0\.94 \| +\+0\.02 \| +\+2\.2% \| 🟢 better/);
    const chart = /```mermaid\nxychart-beta\n {4}title "accuracy on main"\n {4}x-axis \[("[0-9a-f]{7}", ){3}"PR 1"\]\n {4}y-axis "accuracy" [\d.]+ --> [\d.]+\n {4}line \[0\.9, 0\.91, 0\.92, 0\.94\]\n```/;
    assert.match(comment!.body, chart);
    assert.match(comment!.body, /#### Trend on main/);
    assert.match(comment!.body, /<details><summary>Trend as a table<\/summary>/);
    assert.equal(writes(), writesBefore, 'a pull request records nothing');
    assert.equal(parseMarker(comment!.body)!.sha, pr.pull!.head.sha);
    const json = JSON.parse(readFileSync(result.outputs['markdown']!.replace(/report\.md$/, 'report.json'), 'utf8'));
    assert.ok(validateReport(json), JSON.stringify(validateReport.errors));
  });
});

test('two runs recording at once both land: the loser of the race reads again and retries', async () => {
  await withGitHub(async (gh) => {
    const first = gh.state.commit('main', { 'a.txt': '1' });
    const seed = await runReport({ gh, sha: first, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.8 } }), event: await pushEvent(gh, first) });
    assert.equal(seed.exitCode, 0, failureOf(seed));
    const a = gh.state.commit('main', { 'a.txt': '2' });
    const b = gh.state.commit('main', { 'a.txt': '3' });
    const [ra, rb] = await Promise.all([
      runReport({ gh, sha: a, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.81 } }), event: await pushEvent(gh, a) }),
      runReport({ gh, sha: b, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.82 } }), event: await pushEvent(gh, b) }),
    ]);
    assert.equal(ra.exitCode, 0, failureOf(ra));
    assert.equal(rb.exitCode, 0, failureOf(rb));
    const history = JSON.parse(gh.state.readFile('metrics-history/default.json', 'ml-actions-metrics')!);
    assert.deepEqual(new Set(history.entries.map((entry: { sha: string }) => entry.sha)), new Set([first, a, b]));
  });
});

test('a 409 from the contents API is retried; a token without contents: write gets the permissions line to add', async () => {
  await withGitHub(async (gh) => {
    const first = gh.state.commit('main', { 'a.txt': '1' });
    const seeded = await runReport({ gh, sha: first, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.8 } }), event: await pushEvent(gh, first) });
    assert.equal(seeded.exitCode, 0, failureOf(seeded));
    const second = gh.state.commit('main', { 'a.txt': '2' });
    gh.fault({ method: 'PUT', path: /\/contents\//, status: 409, times: 1 });
    const retried = await runReport({ gh, sha: second, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.85 } }), event: await pushEvent(gh, second) });
    assert.equal(retried.exitCode, 0, failureOf(retried));
    assert.match(retried.stdout, /The metrics history changed while it was written \(attempt 1\); reading it again/);
    assert.equal(JSON.parse(gh.state.readFile('metrics-history/default.json', 'ml-actions-metrics')!).entries.length, 2);

    const third = gh.state.commit('main', { 'a.txt': '3' });
    const refused = await runReport({ gh, sha: third, token: 'read-only-token', workspace: workspaceWith({ 'metrics.json': { accuracy: 0.9 } }), event: await pushEvent(gh, third) });
    assert.equal(refused.exitCode, 1);
    const error = refused.annotations.find((annotation) => annotation.level === 'error')!;
    assert.match(error.message, /^metrics-report: GitHub refused to record metrics on branch ml-actions-metrics \(403: Resource not accessible by integration.*The token needs `permissions: contents: write`/);
    assert.match(refused.summary, /### 📊 Metrics report/, 'the summary was written before the failure');
    assert.equal(refused.outputs['regressions'], '0');
  });
});

test('history-branch: off records nothing and compares with the files at the base commit', async () => {
  await withGitHub(async (gh) => {
    const sha = gh.state.commit('main', { 'metrics.json': '{"accuracy": 0.5}' });
    const push = await runReport({ gh, sha, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.9 } }), event: await pushEvent(gh, sha), inputs: { 'history-branch': 'off' } });
    assert.equal(push.exitCode, 0, failureOf(push));
    assert.equal(gh.state.headOf('ml-actions-metrics'), undefined);
    const pr = gh.state.addPullRequest({ head: 'x' });
    const result = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.6 } }), event: await pullRequestEvent(gh, pr.number), inputs: { 'history-branch': 'off' } });
    assert.equal(result.exitCode, 0, failureOf(result));
    assert.match(reportComments(gh, pr.number)[0]!.body, /\| accuracy ↑ +\| +0\.5 \| +0\.6 \|/);
  });
});
