/**
 * The deploy action with target app-engine, run as the GitHub runner runs it, against the Google
 * stand-in with the credentials file google-github-actions/auth writes (workload identity
 * federation from the runner's OIDC token).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionResult } from '../harness/run-action.ts';
import { GoogleStandIn } from '../stand-ins/google/index.ts';
import { FAST, SMOKE } from './helpers.ts';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gae-ws-'));
  writeFileSync(join(dir, 'app.yaml'), 'runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\n');
  writeFileSync(join(dir, 'main.py'), 'app = None\n');
  return dir;
}

function run(google: GoogleStandIn, dir: string, inputs: Record<string, string | number | boolean>): Promise<ActionResult> {
  return runAction({
    action: 'deploy',
    workspace: dir,
    inputs: { target: 'app-engine', project: 'iris-prod', name: 'default', bundle: '.', 'smoke-test': SMOKE, 'target-options': 'health-grace: 300ms', ...FAST, ...inputs },
    env: google.env(dir),
  });
}

function ok(result: ActionResult): void {
  assert.equal(result.exitCode, 0, `${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`);
}

const allocations = (google: GoogleStandIn) => google.appEngine.services.get('default')!.split.allocations;

test('app-engine canary through the action: the version is smoke-tested on its own URL, gets its share, then a promote step moves all traffic', async () => {
  const google = await GoogleStandIn.start();
  try {
    google.appEngine.seedService('default', 'v1');
    const dir = workspace();
    const canary = await run(google, dir, { version: 'v2', strategy: 'canary', traffic: '10,50' });
    ok(canary);
    assert.equal(canary.outputs['status'], 'canary');
    assert.equal(canary.outputs['traffic'], '50');
    assert.equal(canary.outputs['candidate-url'], `${google.url}/appspot/v2-dot-default-dot-iris-prod`);
    assert.equal(canary.outputs['url'], `${google.url}/appspot/default-dot-iris-prod`);
    assert.deepEqual(allocations(google), { v2: 0.5, v1: 0.5 });

    const promote = await run(google, dir, { action: 'promote', version: 'v2' });
    ok(promote);
    assert.equal(promote.outputs['status'], 'promoted');
    assert.deepEqual(allocations(google), { v2: 1 });
    assert.deepEqual(google.problems, []);
  } finally {
    await google.close();
  }
});

test('app-engine failed deploy through the action: the version never gets traffic, the step fails with the reason, v1 keeps serving', async () => {
  const google = await GoogleStandIn.start();
  try {
    google.appEngine.seedService('default', 'v1');
    google.appEngine.behaviours.set('v2', 'unhealthy');
    const result = await run(google, workspace(), { version: 'v2' });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['status'], 'failed');
    assert.match(result.annotations.find((a) => a.level === 'error')!.message, /version v2 did not answer .*\/health with 2xx/);
    assert.deepEqual(allocations(google), { v1: 1 });
    assert.equal(google.callsOf('Services.UpdateService').length, 0);
  } finally {
    await google.close();
  }
});

test('app-engine rollback action after a canary: the stable version gets all traffic back', async () => {
  const google = await GoogleStandIn.start();
  try {
    google.appEngine.seedService('default', 'v1');
    const dir = workspace();
    ok(await run(google, dir, { version: 'v2', strategy: 'canary', traffic: 20 }));
    const rollback = await run(google, dir, { action: 'rollback' });
    ok(rollback);
    assert.equal(rollback.outputs['status'], 'rolled-back');
    assert.equal(rollback.outputs['version'], 'v1');
    assert.deepEqual(allocations(google), { v1: 1 });

    const shadow = await run(google, dir, { version: 'v3', strategy: 'shadow' });
    assert.equal(shadow.exitCode, 1);
    assert.match(shadow.annotations[0]!.message, /"shadow" is not something target app-engine can do; it supports all-at-once, rolling, canary/);
    const missing = await run(google, dir, { version: 'v3', project: '' });
    assert.equal(missing.exitCode, 1);
    assert.match(missing.annotations[0]!.message, /Input "project" is required for target app-engine/);
  } finally {
    await google.close();
  }
});
