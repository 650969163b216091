/**
 * The deploy action with target elastic-beanstalk, run as the GitHub runner runs it (the bundled
 * dist/ in a child process, inputs as INPUT_*), against the AWS stand-in with the credentials and
 * endpoints a workflow would have after aws-actions/configure-aws-credentials.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionResult } from '../harness/run-action.ts';
import { AwsStandIn } from '../stand-ins/aws/index.ts';
import { FAST, SMOKE } from './helpers.ts';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eb-ws-'));
  writeFileSync(join(dir, 'application.py'), 'print("model server")\n');
  writeFileSync(join(dir, 'requirements.txt'), 'scikit-learn\n');
  return dir;
}

async function deploy(aws: AwsStandIn, dir: string, inputs: Record<string, string | number | boolean>): Promise<ActionResult> {
  return runAction({
    action: 'deploy',
    workspace: dir,
    inputs: { target: 'elastic-beanstalk', application: 'iris', name: 'iris-prod', bundle: '.', 'smoke-test': SMOKE, 'target-options': 'evaluation-time: 3\nhealth-grace: 200ms', ...FAST, ...inputs },
    env: aws.env,
  });
}

function ok(result: ActionResult): void {
  assert.equal(result.exitCode, 0, `${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`);
}

test('elastic-beanstalk all-at-once through the action: outputs, smoke test on the environment URL, then an idempotent re-run', async () => {
  const aws = await AwsStandIn.start();
  try {
    await aws.createEnvironment({ application: 'iris', environment: 'iris-prod', runningVersion: 'v1' });
    const dir = workspace();
    const result = await deploy(aws, dir, { version: 'v2' });
    ok(result);
    assert.equal(result.outputs['status'], 'deployed');
    assert.equal(result.outputs['version'], 'v2');
    assert.equal(result.outputs['previous-version'], 'v1');
    assert.equal(result.outputs['traffic'], '100');
    assert.equal(result.outputs['url'], `http://${aws.eb.environments.get('iris-prod')!.CNAME}`);
    assert.equal(aws.eb.environments.get('iris-prod')!.VersionLabel, 'v2');

    const again = await deploy(aws, dir, { version: 'v2' });
    ok(again);
    assert.equal(aws.callsOf('CreateApplicationVersion').length, 1);
    assert.equal(aws.callsOf('UpdateEnvironment').length, 1);
    assert.deepEqual(aws.problems, []);
  } finally {
    await aws.close();
  }
});

test('elastic-beanstalk failed deploy through the action: EB\'s failure events in the message, automatic rollback, v1 serving', async () => {
  const aws = await AwsStandIn.start();
  try {
    await aws.createEnvironment({ application: 'iris', environment: 'iris-prod', runningVersion: 'v1' });
    aws.eb.behaviours.set('v2', 'crash');
    const result = await deploy(aws, workspace(), { version: 'v2' });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['status'], 'failed');
    const error = result.annotations.find((a) => a.level === 'error')!;
    assert.match(error.message, /Failed to deploy application/);
    assert.match(result.stdout, /Rolled back: v1 serves all traffic again/);
    assert.equal(aws.eb.environments.get('iris-prod')!.VersionLabel, 'v1');
    assert.equal(aws.eb.environments.get('iris-prod')!.Health, 'Green');
    assert.deepEqual(aws.problems, []);
  } finally {
    await aws.close();
  }
});

test('elastic-beanstalk canary through the action is EB traffic splitting; shadow is refused naming what EB can do', async () => {
  const aws = await AwsStandIn.start();
  try {
    await aws.createEnvironment({ application: 'iris', environment: 'iris-prod', runningVersion: 'v1' });
    const dir = workspace();
    const canary = await deploy(aws, dir, { version: 'v2', strategy: 'canary', traffic: 25 });
    ok(canary);
    const settings = aws.callsOf('UpdateEnvironment')[0]!.input['OptionSettings'] as { OptionName: string; Value: string }[];
    assert.deepEqual(settings.map((s) => `${s.OptionName}=${s.Value}`), ['DeploymentPolicy=TrafficSplitting', 'NewVersionPercent=25', 'EvaluationTime=3']);
    assert.equal(aws.eb.environments.get('iris-prod')!.VersionLabel, 'v2');
    // Elastic Beanstalk promoted the canary itself once its evaluation passed.
    assert.equal(canary.outputs['status'], 'deployed');
    assert.equal(canary.outputs['traffic'], '100');

    const shadow = await deploy(aws, dir, { version: 'v3', strategy: 'shadow' });
    assert.equal(shadow.exitCode, 1);
    assert.match(shadow.annotations[0]!.message, /Input "strategy" "shadow" is not something target elastic-beanstalk can do; it supports all-at-once, rolling, canary/);
    const dryRun = await deploy(aws, dir, { version: 'v3', 'dry-run': true });
    ok(dryRun);
    assert.match(dryRun.summary, /UpdateEnvironment/);
    assert.equal(aws.callsOf('UpdateEnvironment').length, 1, 'dry-run changed nothing');
  } finally {
    await aws.close();
  }
});
