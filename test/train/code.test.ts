import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeState } from '../../src/train/code.ts';

function repository() {
  const dir = mkdtempSync(join(tmpdir(), 'code-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  const write = (path: string, content: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  write('src/train.py', 'print(1)\n');
  write('README.md', '# model\n');
  write('metrics.json', '{"auc": 0.5}\n');
  git('init', '-q');
  git('-c', 'user.email=a@b', '-c', 'user.name=a', 'add', '.');
  git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-q', '-m', 'x');
  return { dir, git, write };
}

const options = (dir: string) => ({ pathspecs: [], exclude: [join(dir, 'metrics.json')] });

test('the code digest follows the working tree, not just HEAD, and ignores untracked files and the run’s own outputs', async () => {
  const { dir, git, write } = repository();
  const clean = (await codeState(dir, options(dir)))!;
  assert.equal(clean.sha, git('rev-parse', 'HEAD').trim());
  assert.deepEqual(clean.changed, []);
  assert.equal(clean.files, 2, 'metrics.json is left out');

  write('scratch.txt', 'untracked');
  write('metrics.json', '{"auc": 0.9}\n');
  assert.equal((await codeState(dir, options(dir)))!.digest, clean.digest, 'untracked files and outputs do not count');

  write('src/train.py', 'print(2)\n');
  const edited = (await codeState(dir, options(dir)))!;
  assert.notEqual(edited.digest, clean.digest, 'an uncommitted edit to tracked code counts');
  assert.deepEqual(edited.changed, ['src/train.py']);
  assert.equal(edited.sha, clean.sha, 'HEAD (and its tree) did not change');

  git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-q', '-am', 'y');
  assert.equal((await codeState(dir, options(dir)))!.digest, edited.digest, 'committing the same content gives the same digest');

  write('src/train.py', 'print(1)\n');
  assert.equal((await codeState(dir, options(dir)))!.digest, clean.digest, 'the same content as before gives the same digest');

  rmSync(join(dir, 'README.md'));
  const deleted = (await codeState(dir, options(dir)))!;
  assert.deepEqual(deleted.changed, ['README.md', 'src/train.py']);
  assert.equal(deleted.files, 1);
});

test('pathspecs narrow the code that counts; outside a git checkout there is no code state', async () => {
  const { dir, write } = repository();
  const narrowed = (await codeState(join(dir, 'src'), { pathspecs: ['.'], exclude: [] }))!;
  assert.equal(narrowed.files, 1);
  write('README.md', '# changed\n');
  assert.equal((await codeState(join(dir, 'src'), { pathspecs: ['.'], exclude: [] }))!.digest, narrowed.digest, 'a README edit does not touch src/');
  assert.equal(await codeState(mkdtempSync(join(tmpdir(), 'not-git-')), { pathspecs: [], exclude: [] }), undefined);
});
