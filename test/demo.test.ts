/** `npm run demo` is the README's main command: it must run the whole loop offline and say where things are. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './harness/run-action.ts';

test('the demo runs the full loop offline on examples/iris', { timeout: 180_000 }, () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('GITHUB_') || name.startsWith('INPUT_')) delete env[name];
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/demo.ts')], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout.slice(-3000)}\n${result.stderr}`);
  const steps = result.stdout.split('\n').filter((line) => /^[✔✖] \d+\./.test(line));
  assert.equal(steps.length, 12, result.stdout.slice(-2000));
  assert.ok(steps.every((line) => line.startsWith('✔')), steps.join('\n'));
  // The broken copy's failure points at the data file's lines.
  assert.match(result.stdout, /error: iris-broken\.csv:5: /);
  // The gate promoted the new model over the stored champion, and the local registry moved the alias.
  assert.match(result.stdout, /champion → v2 \(was v1\)/);
  // The canary and the drift check did what they say.
  assert.match(result.stdout, /Canary: the new model gets 20% of the traffic/);
  assert.match(result.stdout, /drifted: true/);
  const work = join(REPO_ROOT, '.demo');
  for (const file of ['reports/data-report.json', 'reports/evaluation.json', 'reports/gate-decision.json', 'reports/pr-comment.md', 'reports/drift-report.json', 'model/model.json']) {
    assert.ok(existsSync(join(work, file)), file);
  }
  assert.match(readFileSync(join(work, 'reports/pr-comment.md'), 'utf8'), /Compared with \*\*baseline\/metrics\\\.json\*\*/);
});
