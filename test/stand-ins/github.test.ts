// Tests of the GitHub REST stand-in itself. Every stand-in here validates its
// own answers against GitHub's OpenAPI description, and close() rejects on any
// violation, so each test also proves the answers it provoked match the
// description.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { octokitFor, startGitHub, unzipFiles, zipFiles } from './github/index.ts';
import type { GitHubStandIn, StartOptions } from './github/index.ts';

const repo = { owner: 'acme', repo: 'iris' };

/** Runs `body` against a fresh stand-in and closes it (failing on any violation left). */
async function withGitHub(body: (gh: GitHubStandIn) => Promise<void>, options?: StartOptions): Promise<void> {
  const gh = await startGitHub(options);
  try {
    await body(gh);
  } catch (error) {
    // Keep the test's own failure in front; list any violations after it.
    await gh.close().catch((closing: Error) => {
      (error as Error).message += `\n${closing.message}`;
    });
    throw error;
  }
  await gh.close();
}

/** A raw request, for what the typed client would refuse to send. */
async function send(gh: GitHubStandIn, method: string, path: string, body?: unknown, token = 'test-token'): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** The status of a rejected octokit call. */
async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (error) {
    return (error as { status: number }).status;
  }
  throw new Error('expected the request to fail');
}

describe('checks against the GitHub description', () => {
  it('rejects a comment without body with 422, records the violation, and close() fails', async () => {
    const gh = await startGitHub();
    gh.state.createIssue({ title: 'Model report' });
    const answer = await send(gh, 'POST', '/repos/acme/iris/issues/1/comments', {});
    assert.equal(answer.status, 422);
    assert.match(String(answer.json.message), /^Invalid request\./);
    assert.equal(answer.json.documentation_url, 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
    assert.deepEqual(gh.violations, ["POST /repos/acme/iris/issues/1/comments: body must have required property 'body'"]);
    assert.equal(gh.requests.at(-1)?.status, 422);
    assert.equal(gh.requests.at(-1)?.operationId, 'issues/create-comment');
    assert.equal(gh.state.comments.length, 0);
    await assert.rejects(gh.close(), /body must have required property 'body'/);
    gh.violations.length = 0;
    await gh.close();
  });

  it('reports an unknown route and a wrong method', async () => {
    await withGitHub(async (gh) => {
      gh.state.createIssue({ title: 'x' });
      assert.equal((await send(gh, 'GET', '/repos/acme/iris/no-such-thing')).status, 404);
      assert.equal((await send(gh, 'PUT', '/repos/acme/iris/issues/1/comments', { body: 'x' })).status, 404);
      assert.deepEqual(gh.expectViolations('no operation in the GitHub description matches', 'method PUT is not described'), [
        'GET /repos/acme/iris/no-such-thing: no operation in the GitHub description matches this path',
        'PUT /repos/acme/iris/issues/1/comments: method PUT is not described for /repos/{owner}/{repo}/issues/{issue_number}/comments (described: GET, POST)',
      ]);
    });
  });

  it('checks path and query parameters against their schemas', async () => {
    await withGitHub(async (gh) => {
      gh.state.createIssue({ title: 'x' });
      assert.equal((await send(gh, 'GET', '/repos/acme/iris/issues/abc')).status, 404);
      assert.equal((await send(gh, 'GET', '/repos/acme/iris/issues?state=opened')).status, 422);
      gh.expectViolations("path parameter 'issue_number' must be integer", /query parameter 'state' must be equal to one of the allowed values/);
      // GitHub ignores undescribed names (usually misspelt ones); they are reported all the same.
      assert.equal((await send(gh, 'GET', '/repos/acme/iris/issues/1/comments?perPage=10')).status, 200);
      assert.equal((await send(gh, 'POST', '/repos/acme/iris/issues/1/comments', { body: 'x', bodyText: 'y' })).status, 201);
      gh.expectViolations(
        "GET /repos/acme/iris/issues/1/comments: query parameter 'perPage' is not described for issues/list-comments",
        "POST /repos/acme/iris/issues/1/comments: body property 'bodyText' is not described for issues/create-comment",
      );
      // Coerced types pass: per_page=10 is an integer.
      assert.equal((await send(gh, 'GET', '/repos/acme/iris/issues/1/comments?per_page=10&page=2')).status, 200);
    });
  });

  it('prefers literal path segments over templates', async () => {
    await withGitHub(async (gh) => {
      const octokit = octokitFor(gh);
      await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0' });
      const latest = await octokit.rest.repos.getLatestRelease(repo);
      assert.equal(latest.data.tag_name, 'v1.0.0');
      assert.equal(gh.requests.at(-1)?.operationId, 'repos/get-latest-release');
    });
  });

  it('validates upload requests against the uploads operation and answers 401 without a known token', async () => {
    await withGitHub(async (gh) => {
      // The upload operation lives on the uploads host only.
      const release = gh.state.createRelease({ tagName: 'v1' });
      const onApiHost = await fetch(`${gh.url}/repos/acme/iris/releases/${release.id}/assets?name=a.bin`, {
        method: 'POST',
        headers: { authorization: 'token test-token', 'content-type': 'application/octet-stream' },
        body: 'x',
      });
      assert.equal(onApiHost.status, 404);
      const withoutName = await fetch(`${gh.uploadsUrl}/repos/acme/iris/releases/${release.id}/assets`, {
        method: 'POST',
        headers: { authorization: 'token test-token', 'content-type': 'application/octet-stream' },
        body: 'x',
      });
      assert.equal(withoutName.status, 422);
      gh.expectViolations(/POST .*assets: method POST is not described/, "query parameter 'name' is required");

      assert.equal((await send(gh, 'GET', '/repos/acme/iris', undefined, 'nobody')).status, 401);
      const anonymous = await fetch(`${gh.url}/repos/acme/iris`);
      assert.equal(anonymous.status, 401);
      assert.equal(((await anonymous.json()) as { message: string }).message, 'Requires authentication');
    });
  });
});

describe('pagination', () => {
  it('pages 75 comments by 30 with GitHub Link headers, and octokit.paginate collects them all', async () => {
    await withGitHub(async (gh) => {
      gh.state.createIssue({ title: 'Training report' });
      gh.state.addComments(1, 75);
      const octokit = octokitFor(gh);
      const base = `${gh.url}/repos/acme/iris/issues/1/comments?per_page=30`;

      const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 30 });
      assert.equal(first.data.length, 30);
      assert.equal(first.headers.link, `<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`);

      const second = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 30, page: 2 });
      assert.equal(second.data[0].body, 'Comment 31');
      assert.equal(
        second.headers.link,
        `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`,
      );

      const third = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 30, page: 3 });
      assert.equal(third.data.length, 15);
      assert.equal(third.headers.link, `<${base}&page=2>; rel="prev", <${base}&page=1>; rel="first"`);

      const before = gh.requests.length;
      const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 1, per_page: 30 });
      assert.equal(all.length, 75);
      assert.deepEqual(all.map((comment) => comment.body), Array.from({ length: 75 }, (_, i) => `Comment ${i + 1}`));
      assert.equal(gh.requests.length - before, 3);
    });
  });

  it('pages issue events like the other listings', async () => {
    await withGitHub(async (gh) => {
      const issue = gh.state.createIssue({ title: 'Relabelled often' });
      for (let i = 0; i < 35; i++) gh.state.addLabels(issue.number, [`label-${i}`]);
      const octokit = octokitFor(gh);
      const first = await octokit.rest.issues.listEvents({ ...repo, issue_number: issue.number });
      assert.equal(first.data.length, 30);
      const base = `${gh.url}/repos/acme/iris/issues/${issue.number}/events`;
      assert.equal(first.headers.link, `<${base}?page=2>; rel="next", <${base}?page=2>; rel="last"`);
      const all = await octokit.paginate(octokit.rest.issues.listEvents, { ...repo, issue_number: issue.number, per_page: 20 });
      assert.deepEqual(all.map((event) => (event as { label?: { name: string } }).label?.name), Array.from({ length: 35 }, (_, i) => `label-${i}`));
    });
  });

  it('defaults per_page to 30 and caps it at 100', async () => {
    await withGitHub(async (gh) => {
      gh.state.createIssue({ title: 'x' });
      gh.state.addComments(1, 120);
      const octokit = octokitFor(gh);
      assert.equal((await octokit.rest.issues.listComments({ ...repo, issue_number: 1 })).data.length, 30);
      assert.equal((await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 500 })).data.length, 100);
    });
  });
});

describe('answers follow the description', () => {
  it('repository', async () => {
    await withGitHub(async (gh) => {
      const { data } = await octokitFor(gh).rest.repos.get(repo);
      assert.equal(data.default_branch, 'main');
      assert.equal(data.full_name, 'acme/iris');
      assert.equal(data.html_url, `${gh.serverUrl}/acme/iris`);
      assert.equal(data.permissions?.push, true);
    });
  });

  it('issues, labels and comments', async () => {
    await withGitHub(async (gh) => {
      const octokit = octokitFor(gh);
      const created = await octokit.rest.issues.create({ ...repo, title: 'Drift detected', body: 'PSI 0.3', labels: ['drift'] });
      assert.equal(created.status, 201);
      assert.equal(created.data.user?.login, 'github-actions[bot]');
      const number = created.data.number;
      await octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels: ['model:iris'] });
      const fetched = await octokit.rest.issues.get({ ...repo, issue_number: number });
      assert.deepEqual(fetched.data.labels.map((label) => (typeof label === 'string' ? label : label.name)), ['drift', 'model:iris']);
      await octokit.rest.issues.create({ ...repo, title: 'Other' });
      const drift = await octokit.rest.issues.listForRepo({ ...repo, labels: 'drift' });
      assert.deepEqual(drift.data.map((issue) => issue.number), [number]);
      await octokit.rest.issues.update({ ...repo, issue_number: number, state: 'closed' });
      assert.equal((await octokit.rest.issues.listForRepo({ ...repo, state: 'closed' })).data[0].state_reason, 'completed');
      assert.equal((await octokit.rest.issues.listForRepo(repo)).data.length, 1);
      await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: number });
      await octokit.rest.issues.removeLabel({ ...repo, issue_number: number, name: 'drift' });

      const comment = await octokit.rest.issues.createComment({ ...repo, issue_number: number, body: 'first' });
      assert.equal(comment.data.user?.type, 'Bot');
      assert.equal(comment.data.html_url, `${gh.serverUrl}/acme/iris/issues/${number}#issuecomment-${comment.data.id}`);
      const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.data.id, body: 'second' });
      assert.equal(updated.data.body, 'second');
      assert.equal((await octokit.rest.issues.getComment({ ...repo, comment_id: comment.data.id })).data.body, 'second');
      assert.equal((await octokit.rest.issues.deleteComment({ ...repo, comment_id: comment.data.id })).status, 204);
      assert.equal(await statusOf(octokit.rest.issues.getComment({ ...repo, comment_id: comment.data.id })), 404);
    });
  });

  it('issue events record who added and removed each label, and when, through the API and the seeding helpers', async () => {
    let clock = Date.parse('2026-11-21T08:00:00Z');
    await withGitHub(
      async (gh) => {
        const octokit = octokitFor(gh);
        const maintainer = octokitFor(gh, 'pat');
        const reviewer = { login: 'reviewer', id: 4242, type: 'User' as const };
        const pull = gh.state.addPullRequest({ head: 'retrain', labels: ['retrain'] });
        clock += 60_000;
        gh.state.addLabels(pull.number, ['accept-regression'], reviewer);
        clock += 60_000;
        await maintainer.rest.issues.removeLabel({ ...repo, issue_number: pull.number, name: 'accept-regression' });
        clock += 60_000;
        await octokit.rest.issues.addLabels({ ...repo, issue_number: pull.number, labels: ['accept-regression', 'retrain'] });
        clock += 60_000;
        await octokit.rest.issues.setLabels({ ...repo, issue_number: pull.number, labels: ['accept-regression', 'model:iris'] });
        clock += 60_000;
        await maintainer.rest.issues.update({ ...repo, issue_number: pull.number, labels: ['model:iris'] });

        const { data: events, headers } = await octokit.rest.issues.listEvents({ ...repo, issue_number: pull.number });
        assert.equal(headers.link, undefined);
        assert.deepEqual(
          events.map((event) => [event.event, (event as { label?: { name: string } }).label?.name, event.actor?.login, event.created_at]),
          [
            ['labeled', 'retrain', 'github-actions[bot]', '2026-11-21T08:00:00Z'],
            ['labeled', 'accept-regression', 'reviewer', '2026-11-21T08:01:00Z'],
            ['unlabeled', 'accept-regression', 'octocat', '2026-11-21T08:02:00Z'],
            ['labeled', 'accept-regression', 'github-actions[bot]', '2026-11-21T08:03:00Z'],
            ['unlabeled', 'retrain', 'github-actions[bot]', '2026-11-21T08:04:00Z'],
            ['labeled', 'model:iris', 'github-actions[bot]', '2026-11-21T08:04:00Z'],
            ['unlabeled', 'accept-regression', 'octocat', '2026-11-21T08:05:00Z'],
          ],
        );
        const labeled = events[3] as { label: { name: string; color: string }; performed_via_github_app: { slug: string } | null; url: string; id: number };
        assert.deepEqual(labeled.label, { name: 'accept-regression', color: 'ededed' });
        assert.equal(labeled.performed_via_github_app?.slug, 'github-actions', 'an installation token acts through its app');
        assert.equal(events[2]!.performed_via_github_app, null, 'a user token acts as the user');
        assert.equal(labeled.url, `${gh.url}/repos/acme/iris/issues/events/${labeled.id}`);
        assert.deepEqual((await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: pull.number })).data.map((label) => label.name), ['model:iris']);

        // Issues created through the API record their labels as added by the creator.
        const created = await maintainer.rest.issues.create({ ...repo, title: 'Drift detected', labels: ['drift'] });
        const createdEvents = await octokit.rest.issues.listEvents({ ...repo, issue_number: created.data.number });
        assert.deepEqual(createdEvents.data.map((event) => [event.event, event.actor?.login]), [['labeled', 'octocat']]);
        assert.equal(await statusOf(octokit.rest.issues.removeLabel({ ...repo, issue_number: created.data.number, name: 'absent' })), 404);
        assert.equal(gh.state.eventsOn(created.data.number).length, 1, 'a refused removal records nothing');
        assert.equal(await statusOf(octokit.rest.issues.listEvents({ ...repo, issue_number: 999 })), 404);
      },
      { tokens: { pat: { login: 'octocat', type: 'User' } }, now: () => new Date(clock) },
    );
  });

  it('pull requests, including one from a fork', async () => {
    await withGitHub(async (gh) => {
      const own = gh.state.addPullRequest({ head: 'retrain', labels: ['retrain'], files: { 'params.yaml': 'lr: 0.1\n' } });
      const fork = gh.state.addPullRequest({ head: { ref: 'patch-1', fork: true, owner: 'outsider' } });
      const octokit = octokitFor(gh);
      const pull = await octokit.rest.pulls.get({ ...repo, pull_number: own.number });
      assert.equal(pull.data.head.ref, 'retrain');
      assert.equal(pull.data.head.sha, gh.state.headOf('retrain'));
      assert.equal(pull.data.base.ref, 'main');
      assert.equal(pull.data.head.repo?.fork, false);
      assert.equal(pull.data.changed_files, 1);
      const forked = await octokit.rest.pulls.get({ ...repo, pull_number: fork.number });
      assert.equal(forked.data.head.repo?.fork, true);
      assert.equal(forked.data.head.label, 'outsider:patch-1');
      assert.equal(forked.data.user.login, 'outsider');
      const listed = await octokit.rest.pulls.list({ ...repo, head: 'acme:retrain' });
      assert.deepEqual(listed.data.map((p) => p.number), [own.number]);
      const issue = await octokit.rest.issues.get({ ...repo, issue_number: own.number });
      assert.ok(issue.data.pull_request);
    });
  });

  it('check runs', async () => {
    await withGitHub(async (gh) => {
      const sha = gh.state.commit('main', { 'metrics.json': '{"accuracy":0.9}' });
      const octokit = octokitFor(gh);
      const created = await octokit.rest.checks.create({ ...repo, name: 'evaluate', head_sha: sha, status: 'in_progress' });
      assert.equal(created.data.app?.slug, 'github-actions');
      const done = await octokit.rest.checks.update({
        ...repo,
        check_run_id: created.data.id,
        conclusion: 'success',
        output: { title: 'Accuracy 0.90', summary: 'Better than baseline' },
      });
      assert.equal(done.data.status, 'completed');
      assert.ok(done.data.completed_at);
      await octokit.rest.checks.create({ ...repo, name: 'evaluate', head_sha: sha, conclusion: 'failure', output: { title: 'rerun', summary: 'worse' } });
      const latest = await octokit.rest.checks.listForRef({ ...repo, ref: 'main' });
      assert.equal(latest.data.total_count, 1);
      assert.equal(latest.data.check_runs[0].conclusion, 'failure');
      assert.equal((await octokit.rest.checks.listForRef({ ...repo, ref: sha, filter: 'all' })).data.total_count, 2);
    });
  });

  it('commit statuses and the combined status', async () => {
    await withGitHub(async (gh) => {
      const sha = gh.state.headOf('main') as string;
      const octokit = octokitFor(gh);
      await octokit.rest.repos.createCommitStatus({ ...repo, sha, state: 'pending', context: 'ml/gate' });
      await octokit.rest.repos.createCommitStatus({ ...repo, sha, state: 'success', context: 'ml/gate', description: 'accuracy 0.93' });
      await octokit.rest.repos.createCommitStatus({ ...repo, sha, state: 'success', context: 'ml/drift', target_url: 'https://example.com/run/1' });
      const listed = await octokit.rest.repos.listCommitStatusesForRef({ ...repo, ref: 'main' });
      assert.deepEqual(listed.data.map((s) => s.state), ['success', 'success', 'pending']);
      const combined = await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha });
      assert.equal(combined.data.state, 'success');
      assert.equal(combined.data.total_count, 2);
      assert.equal(
        await statusOf(octokit.rest.repos.createCommitStatus({ ...repo, sha, state: 'success', description: 'x'.repeat(141) })),
        422,
      );
    });
  });

  it('deployments and deployment statuses', async () => {
    await withGitHub(async (gh) => {
      const octokit = octokitFor(gh);
      const sha = gh.state.headOf('main') as string;
      gh.state.createCommitStatus(sha, { state: 'failure', context: 'ml/gate' });
      // Required contexts default to every context on the commit.
      assert.equal(await statusOf(octokit.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'staging' })), 409);

      const first = await octokit.rest.repos.createDeployment({
        ...repo,
        ref: 'main',
        environment: 'staging',
        required_contexts: [],
        auto_merge: false,
        payload: { model: 'iris', version: 3 },
      });
      assert.equal(first.status, 201);
      const firstId = (first.data as { id: number }).id;
      await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: firstId, state: 'success', environment_url: 'https://staging.example.com' });
      const second = await octokit.rest.repos.createDeployment({ ...repo, ref: sha, environment: 'staging', required_contexts: [], transient_environment: false });
      const secondId = (second.data as { id: number }).id;
      const status = await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: secondId,
        state: 'success',
        log_url: 'https://example.com/logs/2',
      });
      assert.equal(status.data.log_url, 'https://example.com/logs/2');
      const firstStatuses = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: firstId });
      assert.deepEqual(firstStatuses.data.map((s) => s.state), ['inactive', 'success']);
      const listed = await octokit.rest.repos.listDeployments({ ...repo, environment: 'staging' });
      assert.deepEqual(listed.data.map((d) => d.id), [secondId, firstId]);
      const got = await octokit.rest.repos.getDeployment({ ...repo, deployment_id: firstId });
      assert.deepEqual(got.data.payload, { model: 'iris', version: 3 });
      assert.equal(got.data.production_environment, false);

      // A branch behind main gets main merged in first (202), as with auto_merge on GitHub.
      gh.state.branch('feature', sha);
      gh.state.commit('main', { 'data.csv': 'a,b\n' });
      const merged = await octokit.rest.repos.createDeployment({ ...repo, ref: 'feature', required_contexts: [] });
      assert.equal(merged.status, 202);
      assert.equal(gh.state.readFile('data.csv', 'feature'), 'a,b\n');
    });
  });

  it('releases and release assets', async () => {
    await withGitHub(async (gh) => {
      const octokit = octokitFor(gh);
      const created = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'model-v1', name: 'Model v1', body: 'accuracy 0.93' });
      assert.ok(created.data.upload_url.startsWith(`${gh.uploadsUrl}/repos/acme/iris/releases/${created.data.id}/assets{?name,label}`));
      assert.equal(gh.state.git.refs.has('refs/tags/model-v1'), true);
      assert.equal(await statusOf(octokit.rest.repos.createRelease({ ...repo, tag_name: 'model-v1' })), 422);
      const byTag = await octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'model-v1' });
      assert.equal(byTag.data.id, created.data.id);
      await octokit.rest.repos.getRelease({ ...repo, release_id: created.data.id });
      const draft = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'model-v2', draft: true });
      assert.equal(await statusOf(octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'model-v2' })), 404);
      await octokit.rest.repos.updateRelease({ ...repo, release_id: draft.data.id, draft: false });
      assert.equal((await octokit.rest.repos.getLatestRelease(repo)).data.tag_name, 'model-v2');
      assert.equal((await octokit.rest.repos.listReleases(repo)).data.length, 2);
      const asset = await octokit.rest.repos.uploadReleaseAsset({
        ...repo,
        release_id: created.data.id,
        name: 'model card.md',
        data: '# Model card\n' as unknown as string,
        baseUrl: gh.uploadsUrl,
        headers: { 'content-type': 'text/markdown' },
      });
      assert.equal(asset.data.name, 'model.card.md');
      const assets = await octokit.rest.repos.listReleaseAssets({ ...repo, release_id: created.data.id });
      assert.equal(assets.data.length, 1);
      await octokit.rest.repos.getReleaseAsset({ ...repo, asset_id: asset.data.id });
      assert.equal((await octokit.rest.repos.deleteRelease({ ...repo, release_id: created.data.id })).status, 204);
      assert.equal(gh.state.releaseAssets.length, 0);
    });
  });

  it('git refs, branches and commits', async () => {
    await withGitHub(async (gh) => {
      const octokit = octokitFor(gh);
      const main = gh.state.headOf('main') as string;
      const ref = await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' });
      assert.equal(ref.data.object.sha, main);
      await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/candidate', sha: main });
      assert.equal(await statusOf(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/candidate', sha: main })), 422);
      const next = gh.state.commit('scratch', { 'x.txt': 'x' });
      const unrelated = gh.state.git.createCommit(undefined, { 'y.txt': 'y' }, 'orphan', gh.state.git.commits.get(main)!.author).sha;
      assert.equal((await octokit.rest.git.updateRef({ ...repo, ref: 'heads/candidate', sha: next })).data.object.sha, next);
      assert.equal(await statusOf(octokit.rest.git.updateRef({ ...repo, ref: 'heads/candidate', sha: unrelated })), 422);
      await octokit.rest.git.updateRef({ ...repo, ref: 'heads/candidate', sha: unrelated, force: true });
      assert.equal((await octokit.rest.git.deleteRef({ ...repo, ref: 'heads/candidate' })).status, 204);
      assert.equal(await statusOf(octokit.rest.git.getRef({ ...repo, ref: 'heads/candidate' })), 404);

      const branch = await octokit.rest.repos.getBranch({ ...repo, branch: 'scratch' });
      assert.equal(branch.data.commit.sha, next);
      const commit = await octokit.rest.repos.getCommit({ ...repo, ref: next });
      assert.deepEqual(commit.data.files?.map((file) => [file.filename, file.status]), [['x.txt', 'added']]);
      assert.equal(commit.data.parents[0].sha, main);
      assert.equal(commit.data.author?.login, 'github-actions[bot]');
    });
  });

  it('Actions workflow runs, artifacts and dispatch', async () => {
    await withGitHub(async (gh) => {
      const octokit = octokitFor(gh);
      const train = gh.state.addWorkflowRun({ workflow: 'train.yml', conclusion: 'success' });
      gh.state.addWorkflowRun({ workflow: 'train.yml', headBranch: 'retrain', headSha: gh.state.commit('retrain', { a: '1' }), status: 'in_progress' });
      gh.state.addWorkflowRun({ workflow: 'evaluate.yml', event: 'pull_request', conclusion: 'failure' });
      gh.state.addArtifact({ name: 'model', files: { 'model.onnx': 'weights' }, workflowRunId: train.id });
      gh.state.addArtifact({ name: 'metrics', files: { 'metrics.json': '{}' }, workflowRunId: train.id });

      assert.equal((await octokit.rest.actions.listWorkflowRunsForRepo(repo)).data.total_count, 3);
      assert.equal((await octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, status: 'failure' })).data.workflow_runs[0].event, 'pull_request');
      const trainRuns = await octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 'train.yml', branch: 'main' });
      assert.deepEqual(trainRuns.data.workflow_runs.map((run) => run.id), [train.id]);
      assert.equal((await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: train.id })).data.conclusion, 'success');

      const models = await octokit.rest.actions.listArtifactsForRepo({ ...repo, name: 'model' });
      assert.equal(models.data.total_count, 1);
      assert.equal(models.data.artifacts[0].workflow_run?.id, train.id);
      assert.equal((await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: train.id })).data.total_count, 2);

      const dispatched = await octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'train.yml', ref: 'main', inputs: { epochs: '3' } });
      assert.equal(dispatched.status, 204);
      assert.deepEqual(gh.state.dispatches.map((d) => [d.workflowPath, d.ref, d.inputs]), [['.github/workflows/train.yml', 'main', { epochs: '3' }]]);
      assert.equal(gh.state.workflowRun(gh.state.dispatches[0].runId)?.status, 'queued');
      assert.equal(await statusOf(octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'nope.yml', ref: 'main' })), 404);
    });
  });
});

describe('faults and permissions', () => {
  it('retries a 502 and then succeeds (retry plugin)', async () => {
    await withGitHub(async (gh) => {
      gh.fault({ method: 'GET', path: '/repos/{owner}/{repo}', status: 502 });
      const { data } = await octokitFor(gh).rest.repos.get(repo);
      assert.equal(data.name, 'iris');
      assert.deepEqual(gh.requests.map((r) => [r.status, r.fault ?? false]), [[502, true], [200, false]]);
    });
  });

  it('gives up after the retries when the fault persists', async () => {
    await withGitHub(async (gh) => {
      gh.fault({ path: /^\/repos\/acme\/iris$/, status: 503, times: 10 });
      assert.equal(await statusOf(octokitFor(gh).rest.repos.get(repo)), 503);
      assert.equal(gh.requests.length, 4);
    });
  });

  it('retries a secondary rate limit after retry-after (throttling plugin)', async () => {
    await withGitHub(async (gh) => {
      gh.state.createIssue({ title: 'x' });
      gh.fault({ operationId: 'issues/create-comment', kind: 'secondary-rate-limit' });
      const comment = await octokitFor(gh).rest.issues.createComment({ ...repo, issue_number: 1, body: 'report' });
      assert.equal(comment.status, 201);
      assert.deepEqual(gh.requests.map((r) => [r.status, r.fault ?? false]), [[403, true], [201, false]]);
      assert.equal(gh.state.comments.length, 1);
    });
  });

  it('retries a primary rate limit after x-ratelimit-reset (throttling plugin)', async () => {
    await withGitHub(async (gh) => {
      gh.fault({ kind: 'primary-rate-limit', status: 429 });
      await octokitFor(gh).rest.repos.get(repo);
      assert.deepEqual(gh.requests.map((r) => r.status), [429, 200]);
    });
  });

  it('answers injected 422s and custom bodies as given', async () => {
    await withGitHub(async (gh) => {
      gh.fault({ method: 'POST', kind: 'validation-failed' });
      gh.fault({ method: 'GET', status: 500, body: { message: 'boom' }, headers: { 'x-custom': '1' } });
      const octokit = octokitFor(gh, 'test-token', { retries: 0 });
      assert.equal(await statusOf(octokit.rest.issues.create({ ...repo, title: 'x' })), 422);
      const error = await octokit.rest.repos.get(repo).catch((e: { status: number; response: { data: unknown; headers: Record<string, string> } }) => e);
      assert.equal(error.status, 500);
      assert.deepEqual(error.response.data, { message: 'boom' });
      assert.equal(error.response.headers['x-custom'], '1');
    });
  });

  it('gives a read-only token 403 "Resource not accessible by integration" on writes', async () => {
    await withGitHub(async (gh) => {
      gh.state.createIssue({ title: 'x' });
      const octokit = octokitFor(gh, 'read-only-token');
      assert.equal((await octokit.rest.issues.listComments({ ...repo, issue_number: 1 })).status, 200);
      const error = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' }).catch((e: { status: number; message: string }) => e);
      assert.equal(error.status, 403);
      assert.match(error.message, /Resource not accessible by integration/);
      assert.equal(gh.state.comments.length, 0);
    });
  });

  it('answers GET /user for user tokens only, as installation tokens get 403 on GitHub', async () => {
    await withGitHub(
      async (gh) => {
        assert.equal(await statusOf(octokitFor(gh).rest.users.getAuthenticated()), 403);
        assert.equal((await octokitFor(gh, 'pat').rest.users.getAuthenticated()).data.login, 'octocat');
      },
      { tokens: { pat: { login: 'octocat', type: 'User' } } },
    );
  });

  it('refuses check runs from user tokens, as only GitHub Apps may write them', async () => {
    await withGitHub(
      async (gh) => {
        const sha = gh.state.headOf('main') as string;
        const octokit = octokitFor(gh, 'pat');
        assert.equal(await statusOf(octokit.rest.checks.create({ ...repo, name: 'x', head_sha: sha })), 403);
      },
      { tokens: { pat: { login: 'octocat', type: 'User' } } },
    );
  });
});

describe('contents', () => {
  it('writes on a branch, reads back at the branch and at the commit, and refuses a stale sha with 409', async () => {
    await withGitHub(async (gh) => {
      const octokit = octokitFor(gh);
      gh.state.branch('metrics');
      const encode = (text: string) => Buffer.from(text).toString('base64');

      const created = await octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'reports/metrics.json',
        message: 'Add metrics',
        content: encode('{"accuracy":0.91}'),
        branch: 'metrics',
      });
      assert.equal(created.status, 201);
      const commitSha = created.data.commit.sha as string;
      assert.equal(gh.state.headOf('metrics'), commitSha);
      assert.equal(gh.state.readFile('reports/metrics.json', 'main'), undefined);

      const atBranch = await octokit.rest.repos.getContent({ ...repo, path: 'reports/metrics.json', ref: 'metrics' });
      assert.ok(!Array.isArray(atBranch.data) && atBranch.data.type === 'file');
      const file = atBranch.data as { content: string; sha: string };
      assert.equal(Buffer.from(file.content, 'base64').toString(), '{"accuracy":0.91}');
      assert.equal(file.sha, created.data.content?.sha);

      const updated = await octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'reports/metrics.json',
        message: 'Update metrics',
        content: encode('{"accuracy":0.95}'),
        sha: file.sha,
        branch: 'metrics',
      });
      assert.equal(updated.status, 200);

      const atCommit = (await octokit.rest.repos.getContent({ ...repo, path: 'reports/metrics.json', ref: commitSha })).data as { content: string };
      assert.equal(Buffer.from(atCommit.content, 'base64').toString(), '{"accuracy":0.91}');
      const raw = await octokit.rest.repos.getContent({ ...repo, path: 'reports/metrics.json', ref: 'metrics', mediaType: { format: 'raw' } });
      assert.equal(raw.data as unknown as string, '{"accuracy":0.95}');
      const directory = await octokit.rest.repos.getContent({ ...repo, path: 'reports', ref: 'metrics' });
      assert.ok(Array.isArray(directory.data) && directory.data[0].name === 'metrics.json');

      const stale = octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'reports/metrics.json',
        message: 'Stale write',
        content: encode('{}'),
        sha: file.sha,
        branch: 'metrics',
      });
      assert.equal(await statusOf(stale), 409);
      const missingSha = octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: 'reports/metrics.json', message: 'x', content: encode('{}'), branch: 'metrics' });
      assert.equal(await statusOf(missingSha), 422);
      assert.equal(gh.state.readFile('reports/metrics.json', 'metrics'), '{"accuracy":0.95}');
    });
  });

  it('leaves out the content of files over 1 MB unless asked for raw', async () => {
    await withGitHub(async (gh) => {
      const big = Buffer.alloc(1024 * 1024 + 1, 'a');
      gh.state.commit('main', { 'model.bin': big });
      const octokit = octokitFor(gh);
      const { data } = await octokit.rest.repos.getContent({ ...repo, path: 'model.bin' });
      assert.deepEqual([(data as { encoding: string }).encoding, (data as { content: string }).content], ['none', '']);
      const raw = await octokit.rest.repos.getContent({ ...repo, path: 'model.bin', mediaType: { format: 'raw' } });
      assert.equal((raw.data as unknown as string).length, big.length);
    });
  });

  it('seeds files with state.commit and serves them at every spelling of a ref', async () => {
    await withGitHub(async (gh) => {
      const sha = gh.state.commit('main', { 'metrics.json': '{"f1":0.8}' });
      gh.state.tag('v1', sha);
      const octokit = octokitFor(gh);
      for (const ref of ['main', 'v1', sha, sha.slice(0, 7), 'heads/main', 'refs/tags/v1']) {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path: 'metrics.json', ref });
        assert.equal(Buffer.from((data as { content: string }).content, 'base64').toString(), '{"f1":0.8}', ref);
      }
      assert.equal(await statusOf(octokit.rest.repos.getContent({ ...repo, path: 'missing.json' })), 404);
      const root = await octokit.rest.repos.getContent({ ...repo, path: '' });
      assert.deepEqual((root.data as Array<{ name: string }>).map((entry) => entry.name), ['README.md', 'metrics.json']);
      assert.equal(await (await fetch(`${gh.serverUrl}/acme/iris/raw/v1/metrics.json`)).text(), '{"f1":0.8}');
    });
  });
});

describe('downloads', () => {
  it('round-trips a release asset byte for byte', async () => {
    await withGitHub(async (gh) => {
      const octokit = octokitFor(gh);
      const bytes = randomBytes(200_000);
      const release = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'model-v3' });
      // The product uploads to the release's upload_url, as GitHub documents.
      const uploaded = await octokit.request({
        method: 'POST',
        url: release.data.upload_url,
        name: 'model.onnx',
        label: 'ONNX model',
        data: bytes,
        headers: { 'content-type': 'application/octet-stream' },
      });
      assert.equal(uploaded.status, 201);
      assert.equal(uploaded.data.size, bytes.length);
      assert.equal(gh.requests.find((r) => r.operationId === 'repos/upload-release-asset')?.host, 'uploads');

      const downloaded = await octokit.rest.repos.getReleaseAsset({ ...repo, asset_id: uploaded.data.id, headers: { accept: 'application/octet-stream' } });
      assert.ok(Buffer.from(downloaded.data as unknown as ArrayBuffer).equals(bytes));
      const viaBrowserUrl = Buffer.from(await (await fetch(uploaded.data.browser_download_url)).arrayBuffer());
      assert.ok(viaBrowserUrl.equals(bytes));
      assert.equal((await octokit.rest.repos.getReleaseAsset({ ...repo, asset_id: uploaded.data.id })).data.download_count, 2);
    });
  });

  it('serves the seeded zip for an artifact download', async () => {
    await withGitHub(async (gh) => {
      const zip = zipFiles({ 'metrics.json': '{"accuracy":0.93}', 'model/weights.bin': new Uint8Array([1, 2, 3]) });
      const artifact = gh.state.addArtifact({ name: 'evaluation', zip });
      const octokit = octokitFor(gh);
      const downloaded = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifact.id, archive_format: 'zip' });
      const body = Buffer.from(downloaded.data as ArrayBuffer);
      assert.ok(body.equals(zip));
      assert.equal(unzipFiles(body)['metrics.json'].toString(), '{"accuracy":0.93}');
      assert.deepEqual(gh.requests.map((r) => [r.host, r.status]), [['api', 302], ['web', 200]]);

      gh.state.addArtifact({ name: 'old', files: { a: 'b' }, expired: true });
      assert.equal(await statusOf(octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: gh.state.artifacts[1].id, archive_format: 'zip' })), 410);
    });
  });
});
