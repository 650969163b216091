/**
 * The sticky comment through the bundled action and the GitHub stand-in: created once, updated in
 * place, found across pages, never someone else's, never rolled back by an older run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { formatMarker, parseMarker } from '../../src/metrics-report/marker.ts';
import { failureOf, pullRequestEvent, reportComments, runReport, withGitHub, workspaceWith } from './setup.ts';

const BASE = { accuracy: 0.92, loss: 0.3, f1: 0.88 };

test('the first run creates the comment, the next push updates that same comment', async () => {
  await withGitHub(async (gh) => {
    gh.state.commit('main', { 'metrics.json': JSON.stringify(BASE) });
    const pr = gh.state.addPullRequest({ head: 'better-model', files: { 'train.py': 'print(1)\n' } });
    const first = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.9, loss: 0.3, f1: 0.89 } }), event: await pullRequestEvent(gh, pr.number) });
    assert.equal(first.exitCode, 0, failureOf(first));
    const [created] = reportComments(gh, pr.number);
    assert.ok(created);
    assert.equal(first.outputs['comment-id'], String(created.id));
    assert.equal(first.outputs['comment-url'], `${gh.serverUrl}/${gh.owner}/${gh.repo}/pull/${pr.number}#issuecomment-${created.id}`);
    assert.equal(first.outputs['regressions'], '1');
    assert.equal(first.outputs['changed'], '2');
    assert.match(created.body, /^<!-- ml-actions:metrics-report v=1 key= sha=[0-9a-f]{40} /);
    assert.match(created.body, /### 📊 Metrics report: 🔴 1 regression/);
    assert.match(created.body, /Compared with \*\*main\*\* @ \[[0-9a-f]{7}\]\(.*\/commit\/[0-9a-f]{40}\)\. The metrics files as committed at the base commit/);
    assert.match(first.summary, /### 📊 Metrics report: 🔴 1 regression/, 'the same report is in the job summary');
    assert.ok(existsSync(first.outputs['markdown']!));
    assert.equal(readFileSync(first.outputs['markdown']!, 'utf8'), first.summary.trimEnd() + '\n');

    const head = gh.state.commit('better-model', { 'train.py': 'print(2)\n' });
    pr.pull!.head.sha = head; // the stand-in's pull request record does not follow its branch by itself
    const second = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.95, loss: 0.25, f1: 0.9 } }), event: await pullRequestEvent(gh, pr.number) });
    assert.equal(second.exitCode, 0, failureOf(second));
    const comments = reportComments(gh, pr.number);
    assert.equal(comments.length, 1, 'still one comment');
    assert.equal(comments[0]!.id, created.id);
    assert.equal(parseMarker(comments[0]!.body)!.sha, head);
    assert.match(comments[0]!.body, /🟢 no regressions/);
    assert.equal(second.outputs['regressions'], '0');
  });
});

test('a copied marker in someone else\'s comment is left alone; comments on later pages are found', async () => {
  await withGitHub(async (gh) => {
    const pr = gh.state.addPullRequest({ head: 'feature' });
    const marker = formatMarker({ key: '', sha: 'f'.repeat(40), time: '2099-01-01T00:00:00.000Z', run: '1' });
    gh.state.addComments(pr.number, 150);
    const copied = gh.state.addComment(pr.number, `${marker}\nI copied this marker to take over the report`, { login: 'mallory', id: 666, type: 'User' });
    const ours = gh.state.addComment(pr.number, `${formatMarker({ key: '', sha: 'e'.repeat(40), time: '2020-01-01T00:00:00.000Z', run: '1' })}\nold report`);
    gh.state.addComments(pr.number, 100);
    const result = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': BASE }), event: await pullRequestEvent(gh, pr.number) });
    assert.equal(result.exitCode, 0, failureOf(result));
    assert.equal(gh.state.comment(copied.id)!.body, `${marker}\nI copied this marker to take over the report`, 'mallory\'s comment is untouched');
    assert.equal(result.outputs['comment-id'], String(ours.id), 'our comment on page 2 (of 100 per page) was found');
    assert.match(gh.state.comment(ours.id)!.body, /### 📊 Metrics report/);
    assert.equal(reportComments(gh, pr.number).length, 2, 'no third report comment');
    assert.match(result.stdout, new RegExp(`Comment ${copied.id} by mallory carries this report's marker but is not this token's: leaving it alone`));
    const pages = gh.requests.filter((request) => request.method === 'GET' && /\/issues\/\d+\/comments/.test(request.path));
    assert.equal(pages.length, 3, 'every page read (252 comments, 100 a page)');
  });
});

test('with a personal token the comment author is the token\'s user; a bot comment with the marker is not ours', async () => {
  await withGitHub(
    async (gh) => {
      const pr = gh.state.addPullRequest({ head: 'feature' });
      const marker = formatMarker({ key: 'cnn', sha: 'e'.repeat(40), time: '2020-01-01T00:00:00.000Z', run: '1' });
      const bots = gh.state.addComment(pr.number, `${marker}\nby the workflow token`);
      const mine = gh.state.addComment(pr.number, `${marker}\nby octocat`, { login: 'octocat', id: 583231, type: 'User' });
      const result = await runReport({ gh, token: 'pat', workspace: workspaceWith({ 'metrics.json': BASE }), event: await pullRequestEvent(gh, pr.number), inputs: { header: 'cnn' } });
      assert.equal(result.exitCode, 0, failureOf(result));
      assert.equal(result.outputs['comment-id'], String(mine.id));
      assert.equal(gh.state.comment(bots.id)!.body, `${marker}\nby the workflow token`);
    },
    { tokens: { pat: { login: 'octocat', type: 'User' } } },
  );
});

test('a run for an older head commit does not overwrite the report of a newer one', async () => {
  await withGitHub(async (gh) => {
    const pr = gh.state.addPullRequest({ head: 'feature', files: { 'a.txt': '1' } });
    const older = gh.state.headOf('feature')!;
    const newer = gh.state.commit('feature', { 'a.txt': '2' });
    pr.pull!.head.sha = newer;
    const newEvent = await pullRequestEvent(gh, pr.number);
    const fresh = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.99 } }), event: newEvent });
    assert.equal(fresh.exitCode, 0, failureOf(fresh));
    // The run for the older commit started first but reports last.
    const stale = await runReport({ gh, workspace: workspaceWith({ 'metrics.json': { accuracy: 0.5 } }), event: await pullRequestEvent(gh, pr.number, older) });
    assert.equal(stale.exitCode, 0, failureOf(stale));
    const [comment] = reportComments(gh, pr.number);
    assert.equal(reportComments(gh, pr.number).length, 1);
    assert.equal(parseMarker(comment!.body)!.sha, newer, 'the newer report stays');
    assert.match(comment!.body, /0\.99/);
    assert.equal(stale.outputs['comment-id'], String(comment!.id));
    assert.match(stale.stdout, /The report comment already shows a newer run/);
    assert.match(stale.summary, /0\.5/, 'the older run still has its own job summary');
  });
});

test('independent headers give independent comments; comment: new adds one per run; off posts none', async () => {
  await withGitHub(async (gh) => {
    const pr = gh.state.addPullRequest({ head: 'feature' });
    const event = await pullRequestEvent(gh, pr.number);
    const workspace = workspaceWith({ 'metrics.json': BASE });
    for (const header of ['model-a', 'model-b', 'model-a']) {
      const result = await runReport({ gh, workspace, event, inputs: { header, title: `Report ${header}` } });
      assert.equal(result.exitCode, 0, failureOf(result));
    }
    assert.deepEqual(reportComments(gh, pr.number).map((comment) => parseMarker(comment.body)!.key), ['model-a', 'model-b']);
    const added = await runReport({ gh, workspace, event, inputs: { header: 'model-a', comment: 'new' } });
    assert.equal(added.exitCode, 0, failureOf(added));
    assert.equal(reportComments(gh, pr.number).length, 3);
    const off = await runReport({ gh, workspace, event, inputs: { header: 'model-c', comment: 'off' } });
    assert.equal(off.exitCode, 0, failureOf(off));
    assert.equal(reportComments(gh, pr.number).length, 3);
    assert.equal(off.outputs['comment-id'], undefined);
    assert.match(off.summary, /### 📊 Metrics report/);
  });
});
