/**
 * The deploy action on target local: real model server processes on free ports, behind the
 * local proxy that splits (canary) or mirrors (shadow) requests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freePort } from '../../src/deploy/targets/local/process.ts';
import { REPO_ROOT, runAction, type ActionResult } from '../harness/run-action.ts';
import { FAST, SERVER_COMMAND, SMOKE } from './helpers.ts';

function deploy(inputs: Record<string, string | number | boolean>): Promise<ActionResult> {
  return runAction({ action: 'deploy', workspace: REPO_ROOT, inputs: { target: 'local', command: SERVER_COMMAND, 'smoke-test': SMOKE, ...FAST, ...inputs } });
}

function ok(result: ActionResult): void {
  assert.equal(result.exitCode, 0, `${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`);
}

async function servedBy(url: string, count: number): Promise<string[]> {
  const versions: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${url}/predict`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    versions.push(((await response.json()) as { version: string }).version);
  }
  return versions;
}

async function listening(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

test('CI smoke test: the step starts the server, checks it and stops it again', async () => {
  const result = await deploy({ version: 'v1' });
  ok(result);
  assert.equal(result.outputs['status'], 'deployed');
  assert.equal(result.outputs['version'], 'v1');
  assert.match(result.stdout, /✓ predict setosa: 200/);
  assert.equal(await listening(result.outputs['url']!), false, 'nothing is left running after the step');
});

test('kept deploy: canary takes its exact share through the proxy, a later step promotes it, another stops it', async () => {
  const port = await freePort();
  const base = { 'keep-running': true, 'target-options': `port: ${port}` };
  const url = `http://127.0.0.1:${port}`;
  try {
    ok(await deploy({ version: 'v1', ...base }));
    assert.deepEqual(await servedBy(url, 2), ['v1', 'v1']);
    const canary = await deploy({ version: 'v2', strategy: 'canary', traffic: 25, ...base });
    ok(canary);
    assert.equal(canary.outputs['status'], 'canary');
    assert.equal(canary.outputs['traffic'], '25');
    assert.equal(canary.outputs['previous-version'], 'v1');
    assert.match(canary.stdout, /candidate v2 before it gets traffic/);
    const split = await servedBy(url, 20);
    assert.equal(split.filter((v) => v === 'v2').length, 5, `25% of 20 requests: ${split.join(',')}`);
    // A version other than the running canary is refused rather than silently stacked.
    const other = await deploy({ version: 'v3', strategy: 'canary', ...base });
    assert.equal(other.exitCode, 1);
    assert.match(other.stdout, /A canary of version v2 is running beside v1 on local: promote it/);
    const promote = await deploy({ action: 'promote', version: 'v2', ...base });
    ok(promote);
    assert.equal(promote.outputs['status'], 'promoted');
    assert.deepEqual(await servedBy(url, 3), ['v2', 'v2', 'v2']);
    const rollback = await deploy({ action: 'rollback', ...base });
    ok(rollback);
    assert.equal(rollback.outputs['version'], 'v1');
    assert.deepEqual(await servedBy(url, 2), ['v1', 'v1']);
  } finally {
    const stop = await deploy({ action: 'stop', 'target-options': `port: ${port}` });
    ok(stop);
    assert.equal(stop.outputs['status'], 'stopped');
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(await listening(url), false);
});

test('shadow: users get the stable answers while a share of requests is mirrored to the shadow', async () => {
  const port = await freePort();
  const base = { 'keep-running': true, 'target-options': `port: ${port}` };
  const url = `http://127.0.0.1:${port}`;
  try {
    ok(await deploy({ version: 'v1', ...base }));
    const shadow = await deploy({ version: 'v2', strategy: 'shadow', traffic: 50, ...base });
    ok(shadow);
    assert.equal(shadow.outputs['status'], 'shadow');
    const before = (await (await fetch(`${url}/_ml-actions/state`)).json()) as { counts: { mirrored: number } };
    assert.deepEqual(await servedBy(url, 10), Array(10).fill('v1'));
    const state = (await (await fetch(`${url}/_ml-actions/state`)).json()) as { counts: { mirrored: number; mirrorFailed: number }; candidate: { version: string; strategy: string } };
    assert.equal(state.counts.mirrored - before.counts.mirrored, 5);
    assert.equal(state.counts.mirrorFailed, 0);
    assert.deepEqual([state.candidate.version, state.candidate.strategy], ['v2', 'shadow']);
  } finally {
    ok(await deploy({ action: 'stop', 'target-options': `port: ${port}` }));
  }
});

test('automatic rollback: a version that crashes is replaced by the previous one, which is checked before the step fails', async () => {
  const port = await freePort();
  const base = { 'keep-running': true, 'target-options': `port: ${port}` };
  const url = `http://127.0.0.1:${port}`;
  try {
    ok(await deploy({ version: 'v1', ...base }));
    const failed = await deploy({ version: 'v2', env: 'SERVER_MODE: crash', ...base });
    assert.equal(failed.exitCode, 1);
    assert.equal(failed.outputs['status'], 'failed');
    assert.match(failed.stdout, /v2 exited \(code 3\) before it was healthy/);
    assert.match(failed.stdout, /cannot load model\.pkl: file not found/);
    assert.match(failed.stdout, /Rolled back: v1 serves again \(checked\)/);
    assert.deepEqual(await servedBy(url, 2), ['v1', 'v1']);
    assert.match(failed.summary, /Restored by automatic rollback/);
  } finally {
    ok(await deploy({ action: 'stop', 'target-options': `port: ${port}` }));
  }
});

test('a strategy the local target cannot do is refused, naming those it can', async () => {
  const result = await deploy({ version: 'v1', strategy: 'rolling' });
  assert.equal(result.exitCode, 1);
  assert.match(result.stdout, /Input "strategy" "rolling" is not something target local can do; it supports all-at-once, canary, shadow/);
});

test('dry-run prints the plan and starts nothing', async () => {
  const port = await freePort();
  const result = await deploy({ version: 'v1', 'dry-run': true, 'target-options': `port: ${port}` });
  ok(result);
  assert.equal(result.outputs['status'], 'planned');
  assert.match(result.stdout, /1\. listen proxy on 127\.0\.0\.1:\d+/);
  assert.match(result.stdout, /2\. spawn .*model-server\.mjs/);
  assert.equal(await listening(`http://127.0.0.1:${port}`), false);
});
