/** Bad deploy inputs fail before anything is touched, with a message that names the input or file line. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultVersion, parseTrafficSteps } from '../../src/deploy/request.ts';
import { runAction } from '../harness/run-action.ts';
import { FAST, SERVER_COMMAND } from './helpers.ts';

function deploy(inputs: Record<string, string | number | boolean>, workspace?: string) {
  return runAction({ action: 'deploy', workspace, inputs: { command: SERVER_COMMAND, ...FAST, ...inputs } });
}

test('an unknown target names the known ones', async () => {
  const result = await deploy({ target: 'heroku' });
  assert.equal(result.exitCode, 1);
  assert.match(result.stdout, /::error::deploy: Input "target" must be one of elastic-beanstalk, app-engine, kubernetes, local; got "heroku"/);
});

test('a smoke-test file with a mistake fails with an annotation on its line', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'deploy-inputs-'));
  writeFileSync(join(workspace, 'smoke.yaml'), 'requests:\n  - path: /health\n    expect:\n      status: OK\n');
  const result = await deploy({ target: 'local', 'smoke-test': 'smoke.yaml' }, workspace);
  assert.equal(result.exitCode, 1);
  const annotation = result.annotations.find((a) => a.level === 'error');
  assert.equal(annotation?.file, 'smoke.yaml');
  assert.equal(annotation?.line, 4);
  assert.match(annotation!.message, /smoke\.yaml:4: requests\.0\.expect\.status must be/);
});

test('local without a command, and traffic out of range, are named', async () => {
  const noCommand = await runAction({ action: 'deploy', inputs: { target: 'local', ...FAST } });
  assert.equal(noCommand.exitCode, 1);
  assert.match(noCommand.stdout, /Input "command" is required for target local/);
  const traffic = await deploy({ target: 'local', strategy: 'canary', traffic: '150' });
  assert.equal(traffic.exitCode, 1);
  assert.match(traffic.stdout, /Input "traffic" must be percents from 1 to 100 \(e\.g\. 10 or 10,50\), got "150"/);
});

test('GitHub Deployments on by default need a repository; off, the demo runs without GitHub', async () => {
  const result = await runAction({ action: 'deploy', inputs: { target: 'local', command: SERVER_COMMAND, 'poll-interval': '20ms', token: 'x' }, env: { GITHUB_REPOSITORY: undefined } });
  assert.equal(result.exitCode, 1);
  assert.match(result.stdout, /GITHUB_REPOSITORY is not set/);
});

test('version defaults to the image tag or the commit; traffic steps must rise', () => {
  assert.equal(defaultVersion('ghcr.io/acme/iris-server:1.4.2', 'abc'), '1.4.2');
  assert.equal(defaultVersion('localhost:5000/iris', 'a'.repeat(40)), 'a'.repeat(12));
  assert.equal(defaultVersion(`ghcr.io/acme/iris@sha256:${'f'.repeat(64)}`, ''), `sha256-${'f'.repeat(12)}`);
  assert.deepEqual(parseTrafficSteps('10, 50%,100'), [10, 50, 100]);
  assert.throws(() => parseTrafficSteps('50,10'), /steps must rise/);
});
