// The drift action as GitHub runs it (the bundled action in a child process) against the GitHub REST
// stand-in: no drift, a new drift issue, the same issue updated on the next drifted run (an
// impostor's copy of the marker left alone), recovery closing it, workflow dispatch, on-drift: fail,
// and what a token without write access gets. Build first: the harness runs dist/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type ActionResult } from '../harness/run-action.ts';
import { startGitHub, type GitHubStandIn } from '../stand-ins/github/index.ts';
import { customers, DRIFTED, readDriftReport, workspace } from './action-helpers.ts';

const MARKER = '<!-- ml-actions:drift v=1 key=- -->';

function datasets(): string {
  return workspace({ 'data/reference.csv': customers(300, 1), 'data/same.csv': customers(200, 2), 'data/drifted.csv': customers(200, 3, DRIFTED) });
}

async function drift(github: GitHubStandIn, ws: string, current: string, inputs: Record<string, string> = {}, token?: string): Promise<ActionResult> {
  return runAction({
    action: 'drift',
    workspace: ws,
    apiUrl: github.url,
    serverUrl: github.serverUrl,
    eventName: 'schedule',
    event: { schedule: '17 6 * * *' },
    ...(token ? { token } : {}),
    inputs: { reference: 'data/reference.csv', current, ...inputs },
  });
}

function errors(result: ActionResult): string {
  return result.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message).join('\n');
}

function botIssues(github: GitHubStandIn) {
  return github.state.issues.filter((issue) => issue.user.login === 'github-actions[bot]');
}

describe('drift action against the GitHub stand-in', { concurrency: true }, () => {
  test('the same distribution does not drift: no issue is opened', async () => {
    const github = await startGitHub();
    try {
      const result = await drift(github, datasets(), 'data/same.csv');
      assert.equal(result.exitCode, 0, result.stdout);
      assert.equal(result.outputs['drifted'], 'false');
      assert.equal(result.outputs['drifted-columns'], '0');
      assert.equal(result.outputs['drifted-column-names'], '[]');
      assert.equal(result.outputs['issue-number'], '');
      assert.equal(github.state.issues.length, 0);
      const report = readDriftReport(result.outputs['report']!);
      assert.equal(report.drift.drifted, false);
      assert.deepEqual(report.issue, { outcome: 'none' });
      assert.deepEqual(report.drift.columns.map((column: any) => [column.column, column.test, column.drifted]), [
        ['age', 'ks', false],
        ['income', 'ks', false],
        ['city', 'chisquare', false],
        ['plan', 'z', false],
      ]);
      assert.match(result.summary, /✅ No data drift: 0 of 4 columns drifted/);
      // Nothing was written to GitHub: the only calls were reads.
      assert.deepEqual([...new Set(github.requests.map((request) => request.method))], ['GET']);
    } finally {
      await github.close();
    }
  });

  test('drift opens one issue with the table; the next drifted run updates it and comments, leaving an impostor alone; recovery closes it', async () => {
    const github = await startGitHub();
    try {
      const ws = datasets();
      // Someone pastes the marker into their own issue with the label: it must never be taken for the monitor's.
      const impostor = github.state.createIssue({ title: 'Data drift detected', body: `${MARKER}\nlooks like a drift issue`, labels: ['drift'], user: { login: 'mallory', id: 666, type: 'User' } });

      const first = await drift(github, ws, 'data/drifted.csv');
      assert.equal(first.exitCode, 0, first.stdout);
      assert.equal(first.outputs['drifted'], 'true');
      assert.equal(first.outputs['share'], '0.75');
      assert.equal(first.outputs['drifted-columns'], '3');
      assert.deepEqual(JSON.parse(first.outputs['drifted-column-names']!), ['age', 'income', 'city']);
      const opened = botIssues(github);
      assert.equal(opened.length, 1);
      const issue = opened[0]!;
      assert.notEqual(issue.number, impostor.number);
      assert.equal(first.outputs['issue-number'], String(issue.number));
      assert.equal(first.outputs['issue-url'], `${github.serverUrl}/acme/iris/issues/${issue.number}`);
      assert.equal(issue.title, 'Data drift detected');
      assert.deepEqual(issue.labels, ['drift']);
      assert.ok(issue.body!.startsWith(`${MARKER}\n`), issue.body!);
      assert.match(issue.body!, /## ⚠️ Data drift: 3 of 4 columns drifted/);
      assert.match(issue.body!, /\| age +\| ks +\| +0\.3583 \| +3\.68e-14 \| +0\.05 \| ⚠️ drifted \|/);
      assert.match(issue.body!, /\| plan +\| z +\|.*\| no +\|/);
      assert.match(issue.body!, /<code>city<\/code> \| +41 \| 20\.5% \| <code>Braga<\/code> \(41\)/);
      assert.match(issue.body!, /\[this workflow run\]\(.*\/acme\/iris\/actions\/runs\/1000\)/);
      assert.match(first.summary, /Opened drift issue \[#2\]/);
      assert.deepEqual(readDriftReport(first.outputs['report']!).issue, { outcome: 'created', number: issue.number, url: first.outputs['issue-url'] });

      const second = await drift(github, ws, 'data/drifted.csv');
      assert.equal(second.exitCode, 0, second.stdout);
      assert.equal(second.outputs['issue-number'], String(issue.number));
      assert.equal(botIssues(github).length, 1, 'still one drift issue');
      const comments = github.state.commentsOn(issue.number);
      assert.equal(comments.length, 1);
      assert.match(comments[0]!.body, /^Still drifted on .*: 3 of 4 columns \(share 0\.75, drift-share 0\.5\): <code>age<\/code>, <code>income<\/code>, <code>city<\/code>\. The table above is updated\./);
      assert.match(second.summary, /Updated drift issue \[#2\]/);
      assert.equal(github.state.issue(impostor.number)!.body, `${MARKER}\nlooks like a drift issue`);
      assert.equal(github.state.commentsOn(impostor.number).length, 0);
      assert.match(second.stdout, /Issue #1 by mallory carries the drift marker but was not opened by this monitor: leaving it alone/);

      const recovered = await drift(github, ws, 'data/same.csv');
      assert.equal(recovered.exitCode, 0, recovered.stdout);
      assert.equal(recovered.outputs['drifted'], 'false');
      assert.equal(recovered.outputs['issue-number'], String(issue.number));
      const closed = github.state.issue(issue.number)!;
      assert.equal(closed.state, 'closed');
      assert.equal(closed.stateReason, 'completed');
      assert.match(github.state.commentsOn(issue.number)[1]!.body.replace(/\\(.)/g, '$1'), /^No longer drifted on .*: 0 of 4 columns drifted \(share 0\.00, below drift-share 0\.5\) in data\/same\.csv\. Closing this issue/);
      assert.equal(github.state.issue(impostor.number)!.state, 'open');
      assert.match(recovered.summary, /Closed drift issue \[#2\].*no longer drifts/);

      // Drifting again opens a new issue: the closed one stays closed.
      const again = await drift(github, ws, 'data/drifted.csv');
      assert.equal(again.exitCode, 0, again.stdout);
      assert.equal(botIssues(github).filter((found) => found.state === 'open').length, 1);
      assert.notEqual(again.outputs['issue-number'], String(issue.number));
    } finally {
      await github.close();
    }
  });

  test('the issue is found on a later page of open issues with the label, and issue-key keeps monitors apart', async () => {
    const github = await startGitHub();
    try {
      const ws = datasets();
      const first = await drift(github, ws, 'data/drifted.csv', { 'issue-key': 'customers', 'issue-labels': 'drift, data' });
      assert.equal(first.exitCode, 0, first.stdout);
      const number = Number(first.outputs['issue-number']);
      assert.deepEqual(github.state.issue(number)!.labels, ['drift', 'data']);
      assert.match(github.state.issue(number)!.body!, /^<!-- ml-actions:drift v=1 key=customers -->\n/);
      // 120 newer bot issues with the label push the drift issue to the second page (100 a page, newest first).
      for (let i = 0; i < 120; i++) github.state.createIssue({ title: `Other ${i}`, body: 'not a drift issue', labels: ['drift'] });
      const second = await drift(github, ws, 'data/drifted.csv', { 'issue-key': 'customers', 'issue-labels': 'drift, data' });
      assert.equal(second.exitCode, 0, second.stdout);
      assert.equal(second.outputs['issue-number'], String(number));
      const listed = github.requests.filter((request) => request.operationId === 'issues/list-for-repo' && request.status === 200);
      assert.ok(listed.some((request) => request.query['page'] === '2'), 'read the second page');
      assert.ok(listed.every((request) => request.query['labels'] === 'drift' && request.query['state'] === 'open'));

      // Another monitor (another key) gets its own issue.
      const other = await drift(github, ws, 'data/drifted.csv', { 'issue-key': 'orders' });
      assert.equal(other.exitCode, 0, other.stdout);
      assert.notEqual(other.outputs['issue-number'], String(number));
      assert.equal(github.state.commentsOn(Number(other.outputs['issue-number'])).length, 0);
    } finally {
      await github.close();
    }
  });

  test('a personal access token: the issue is recognised by the token\'s own login', async () => {
    const github = await startGitHub({ tokens: { pat: { login: 'data-team', type: 'User' } } });
    try {
      const ws = datasets();
      // A bot's issue with the marker is not this token's.
      const botCopy = github.state.createIssue({ title: 'Data drift detected', body: `${MARKER}\n`, labels: ['drift'] });
      const first = await drift(github, ws, 'data/drifted.csv', {}, 'pat');
      assert.equal(first.exitCode, 0, first.stdout);
      const number = Number(first.outputs['issue-number']);
      assert.notEqual(number, botCopy.number);
      assert.equal(github.state.issue(number)!.user.login, 'data-team');
      const second = await drift(github, ws, 'data/drifted.csv', {}, 'pat');
      assert.equal(second.outputs['issue-number'], String(number));
      assert.equal(github.state.commentsOn(botCopy.number).length, 0);
      // issue-author pins the author: with it, the bot's issue is the monitor's.
      const pinned = await drift(github, ws, 'data/drifted.csv', { 'issue-author': 'github-actions[bot]' });
      assert.equal(pinned.outputs['issue-number'], String(botCopy.number));
      // An issue-author the token is not: the new issue could never be found again, and the log says so.
      const wrong = await drift(github, ws, 'data/drifted.csv', { 'issue-author': 'release-app[bot]' });
      assert.equal(wrong.exitCode, 0, wrong.stdout);
      const warnings = wrong.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message);
      assert.deepEqual(warnings, [
        `issue-author is release-app[bot], but this token opens issues as github-actions[bot]: later runs will not find issue #${wrong.outputs['issue-number']} again. Set issue-author to github-actions[bot], or leave it out.`,
      ]);
    } finally {
      await github.close();
    }
  });

  test('dispatch starts the workflow on the default branch with a reason and the given inputs', async () => {
    const github = await startGitHub();
    try {
      github.state.addWorkflow('ml-release.yml');
      github.state.addWorkflow('retrain.yml');
      github.state.branch('release');
      const ws = datasets();
      const result = await drift(github, ws, 'data/drifted.csv', { 'on-drift': 'issue,dispatch', 'dispatch-inputs': 'model: churn\nfull: true' });
      assert.equal(result.exitCode, 0, result.stdout);
      assert.equal(github.state.dispatches.length, 1);
      const dispatch = github.state.dispatches[0]!;
      assert.equal(dispatch.workflowPath, '.github/workflows/ml-release.yml');
      assert.equal(dispatch.ref, 'main');
      assert.deepEqual(Object.keys(dispatch.inputs).sort(), ['full', 'model', 'reason']);
      assert.equal(dispatch.inputs['model'], 'churn');
      assert.equal(dispatch.inputs['full'], 'true');
      assert.equal(dispatch.inputs['reason'], `Data drift in data/drifted.csv: 3 of 4 columns drifted (share 0.75, drift-share 0.5): age, income, city. ${github.serverUrl}/acme/iris/actions/runs/1000`);
      assert.equal(botIssues(github).length, 1, 'issue and dispatch together');
      assert.match(result.summary, /Started <code>ml-release\.yml<\/code> on <code>main<\/code>/);
      const report = readDriftReport(result.outputs['report']!);
      assert.equal(report.dispatch.outcome, 'dispatched');
      assert.equal(report.dispatch.ref, 'main');

      const chosen = await drift(github, ws, 'data/drifted.csv', { 'on-drift': 'dispatch', workflow: '.github/workflows/retrain.yml', ref: 'release', 'dispatch-inputs': 'reason: scheduled drift check' });
      assert.equal(chosen.exitCode, 0, chosen.stdout);
      const second = github.state.dispatches[1]!;
      assert.equal(second.workflowPath, '.github/workflows/retrain.yml');
      assert.equal(second.ref, 'release');
      assert.deepEqual(second.inputs, { reason: 'scheduled drift check' });

      // No drift, no dispatch.
      const calm = await drift(github, ws, 'data/same.csv', { 'on-drift': 'dispatch' });
      assert.equal(calm.exitCode, 0);
      assert.equal(github.state.dispatches.length, 2);
      assert.equal(readDriftReport(calm.outputs['report']!).dispatch, undefined);
    } finally {
      await github.close();
    }
  });

  test('a workflow that does not exist is a clear error after the report is written', async () => {
    const github = await startGitHub();
    try {
      const result = await drift(github, datasets(), 'data/drifted.csv', { 'on-drift': 'dispatch', workflow: 'nope.yml', report: 'out/drift.json' });
      assert.equal(result.exitCode, 1);
      assert.match(errors(result), /drift: could not start nope\.yml: GitHub did not find workflow nope\.yml on main in acme\/iris \(404\)\. Check that the `workflow` input names a file in \.github\/workflows/);
      assert.equal(result.outputs['drifted'], 'true');
      const report = readDriftReport(join(result.workspace, 'out/drift.json'));
      assert.equal(report.dispatch.outcome, 'failed');
    } finally {
      await github.close();
    }
  });

  test('on-drift: fail fails the step after the outputs, report and issue are written', async () => {
    const github = await startGitHub();
    try {
      const result = await drift(github, datasets(), 'data/drifted.csv', { 'on-drift': 'issue, fail', report: 'drift.json' });
      assert.equal(result.exitCode, 1);
      assert.match(errors(result), /^drift: the data drifted: 3 of 4 columns \(share 0\.75, drift-share 0\.5\); see the job summary and .*drift\.json$/);
      assert.equal(result.outputs['drifted'], 'true');
      assert.equal(result.outputs['report'], join(result.workspace, 'drift.json'));
      assert.ok(existsSync(join(result.workspace, 'drift.json')));
      assert.equal(botIssues(github).length, 1);
      assert.match(result.summary, /The step fails because the data drifted \(on-drift: fail\)/);
      // Without drift the step passes.
      const calm = await drift(github, datasets(), 'data/same.csv', { 'on-drift': 'fail' });
      assert.equal(calm.exitCode, 0, calm.stdout);
    } finally {
      await github.close();
    }
  });

  test('a read-only token: the step fails naming the permission, with the report still written', async () => {
    const github = await startGitHub();
    try {
      const result = await drift(github, datasets(), 'data/drifted.csv', {}, 'read-only-token');
      assert.equal(result.exitCode, 1);
      assert.match(errors(result), /could not keep the drift issue: GitHub refused to open the drift issue \(403: Resource not accessible by integration.*permissions: issues: write/);
      assert.equal(result.outputs['drifted'], 'true');
      assert.equal(readDriftReport(result.outputs['report']!).issue.outcome, 'failed');
      assert.equal(github.state.issues.length, 0);
    } finally {
      await github.close();
    }
  });

  test('column names and categories from the data are escaped in the issue', async () => {
    const github = await startGitHub();
    try {
      const header = 'id,age,income,city,plan,signup';
      const hostile = (text: string) => text.replace(header, 'id,age,income,<img src=x onerror=alert(1)>|city,plan,signup').replace(/Braga/g, '@octocat [x](https://evil.example)');
      const ws = workspace({ 'data/reference.csv': hostile(customers(300, 1)), 'data/drifted.csv': hostile(customers(200, 3, DRIFTED)) });
      const result = await drift(github, ws, 'data/drifted.csv');
      assert.equal(result.exitCode, 0, result.stdout);
      const body = botIssues(github)[0]!.body!;
      for (const text of [body, result.summary]) {
        assert.ok(!text.includes('<img'), 'no HTML');
        assert.doesNotMatch(text, /(?<!\\)\[x(?<!\\)\]/, 'no markdown link');
        assert.doesNotMatch(text, /@octocat/, 'no mention');
        assert.doesNotMatch(text, /https:\/\/evil/, 'no bare URL');
        assert.doesNotMatch(text, /(?<![\\&#\w;])\|city/, 'no pipe that breaks the table');
      }
      // Both still readable: the column in the table and the category among the unseen ones, with its count.
      assert.match(body, /&lt;img src=x onerror=alert.*city \| chisquare/);
      assert.match(body, /<code>@.*octocat.*evil.*example.*<\/code> \(41\)/);
    } finally {
      await github.close();
    }
  });
});
