import { test } from 'node:test';
import assert from 'node:assert/strict';
import { octokitFor } from '../stand-ins/github/index.ts';
import { createOnce, isAuthoredBy, mayReplace, resolveIdentity } from '../../src/metrics-report/comment.ts';
import { formatMarker, parseMarker } from '../../src/metrics-report/marker.ts';
import { reportComments, withGitHub } from './setup.ts';

const at = (sha: string, time: string) => ({ version: 1, key: '', sha: sha.repeat(40), time, run: '1' });

test('the pull request\'s head decides between commits; the later report wins for one commit', () => {
  assert.equal(mayReplace(at('a', '2026-01-01'), at('b', '2026-01-02'), 'a'.repeat(40)), true, 'ours is the head, even if older in time');
  assert.equal(mayReplace(at('a', '2026-01-03'), at('b', '2026-01-02'), 'b'.repeat(40)), false, 'theirs is the head');
  assert.equal(mayReplace(at('a', '2026-01-03'), at('b', '2026-01-02'), 'c'.repeat(40)), true, 'neither: later wins');
  assert.equal(mayReplace(at('a', '2026-01-01'), at('a', '2026-01-02'), undefined), false);
  assert.equal(mayReplace(at('a', '2026-01-02'), at('a', '2026-01-02'), undefined), true, 'a re-run of the same report');
});

test('identity: a personal token is its user; an installation token matches bots only', async () => {
  await withGitHub(
    async (gh) => {
      assert.deepEqual(await resolveIdentity(octokitFor(gh, 'pat'), undefined), { login: 'octocat', source: 'token' });
      assert.deepEqual(await resolveIdentity(octokitFor(gh), undefined), { source: 'installation' });
      assert.deepEqual(await resolveIdentity(octokitFor(gh), 'my-app[bot]'), { login: 'my-app[bot]', source: 'input' });
    },
    { tokens: { pat: { login: 'octocat', type: 'User' } } },
  );
  const bot = { id: 1, html_url: '', user: { login: 'github-actions[bot]', type: 'Bot' } };
  const human = { id: 2, html_url: '', user: { login: 'mallory', type: 'User' } };
  assert.ok(isAuthoredBy(bot, { source: 'installation' }));
  assert.ok(!isAuthoredBy(human, { source: 'installation' }));
  assert.ok(!isAuthoredBy(bot, { login: 'octocat', source: 'token' }));
  assert.ok(isAuthoredBy({ ...human, user: { login: 'Mallory' } }, { login: 'mallory', source: 'input' }));
});

test('two runs creating the first comment at once end with one: the younger comment gives way', async () => {
  await withGitHub(async (gh) => {
    const pr = gh.state.addPullRequest({ head: 'x' });
    const head = pr.pull!.head.sha;
    // Another run created its comment between this run's look-up and its own creation.
    const other = gh.state.addComment(pr.number, `${formatMarker({ key: '', sha: head, time: '2026-01-01T00:00:00.000Z', run: '1' })}\nfirst`);
    const posted = await createOnce({
      client: octokitFor(gh),
      repo: { owner: gh.owner, repo: gh.repo },
      issue: pr.number,
      marker: { key: '', sha: head, time: '2026-01-01T00:00:05.000Z', run: '2' },
      markdown: 'second\n',
      mode: 'update',
      identity: { source: 'installation' },
    });
    const comments = reportComments(gh, pr.number);
    assert.equal(comments.length, 1);
    assert.equal(comments[0]!.id, other.id);
    assert.deepEqual([posted.id, posted.outcome], [other.id, 'updated']);
    assert.equal(parseMarker(comments[0]!.body)!.run, '2');
    assert.match(comments[0]!.body, /\nsecond\n$/);
  });
});
