/**
 * The elastic-beanstalk target driven as the orchestrator drives it, through the real AWS SDK
 * clients, against the AWS stand-in (EB Query API checked against the SDK's service model, S3 with
 * SigV4 verified). Simulated time is compressed: a step is 15 ms, an EB "minute" 10 ms.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import createElasticBeanstalkTarget from '../../src/deploy/targets/elastic-beanstalk.ts';
import { DeployFailure, DeadlineExceeded } from '../../src/deploy/errors.ts';
import { ConfigurationError, UserError } from '../../src/shared/errors.ts';
import type { DeployRequest, DeployTarget, Strategy, TargetState } from '../../src/deploy/target.ts';
import { AwsStandIn, type VersionBehaviour } from '../stand-ins/aws/index.ts';
import { testContext } from '../stand-ins/deploy-context.ts';

const APPLICATION = 'iris';
const ENVIRONMENT = 'iris-prod';

function bundleFolder(marker: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'eb-bundle-'));
  mkdirSync(join(dir, '.ebextensions'));
  writeFileSync(join(dir, 'application.py'), `# model server ${marker}\nprint("serving")\n`);
  writeFileSync(join(dir, 'requirements.txt'), 'scikit-learn==1.5.0\n');
  writeFileSync(join(dir, '.ebextensions', '01-model.config'), 'option_settings:\n  aws:elasticbeanstalk:application:environment:\n    MODEL_PATH: model.joblib\n');
  return dir;
}

function request(version: string, strategy: Strategy, bundle: string, extra: Partial<DeployRequest> = {}): DeployRequest {
  return { version, strategy, traffic: 20, bundle, healthPath: '/health', containerPort: 8080, env: {}, annotations: { commit: 'abc123' }, ...extra };
}

interface World {
  aws: AwsStandIn;
  target: DeployTarget;
  close(): Promise<void>;
}

async function world(options: { options?: Record<string, string>; behaviours?: Record<string, VersionBehaviour>; running?: string; settings?: Record<string, string | undefined> } = {}): Promise<World> {
  const aws = await AwsStandIn.start();
  Object.assign(process.env, aws.env);
  await aws.createEnvironment({ application: APPLICATION, environment: ENVIRONMENT, runningVersion: options.running ?? 'v1' });
  for (const [label, behaviour] of Object.entries(options.behaviours ?? {})) aws.eb.behaviours.set(label, behaviour);
  const target = await createElasticBeanstalkTarget({
    name: ENVIRONMENT,
    application: APPLICATION,
    region: 'us-east-1',
    options: { 'evaluation-time': '3', 'health-grace': '150ms', ...options.options },
    workspace: tmpdir(),
    ...options.settings,
  });
  return {
    aws,
    target,
    async close() {
      await target.close?.();
      await aws.close();
    },
  };
}

async function answers(aws: AwsStandIn, times = 10): Promise<string[]> {
  const environment = aws.eb.environments.get(ENVIRONMENT)!;
  const versions: string[] = [];
  for (let i = 0; i < times; i++) {
    const response = await fetch(`http://${environment.CNAME}/health`);
    const body = (await response.json()) as { version: string | null };
    versions.push(response.ok ? String(body.version) : `${response.status}`);
  }
  return versions;
}

/** What the orchestrator does on deploy, then on failure: rollback from a fresh preflight. */
async function deployAndRollBackOnFailure(w: World, deployRequest: DeployRequest, timeoutSeconds = 10): Promise<{ error?: unknown; restored?: string }> {
  const ctx = testContext({ timeoutSeconds });
  const before = await w.target.preflight(ctx);
  try {
    const release = await w.target.deploy(deployRequest, before, ctx);
    await w.target.waitHealthy(release, ctx);
    return {};
  } catch (error) {
    const rollbackCtx = testContext();
    const now = await w.target.preflight(rollbackCtx);
    const release = await w.target.rollback(now, rollbackCtx);
    await w.target.waitHealthy(release, rollbackCtx);
    const after = await w.target.preflight(rollbackCtx);
    return { error, restored: after.stable?.version };
  }
}

test('all-at-once: uploads the bundle, registers it processed, updates with AllAtOnce and waits for the new version to run healthy', async () => {
  const w = await world();
  try {
    const ctx = testContext();
    const state = await w.target.preflight(ctx);
    assert.equal(state.stable?.version, 'v1');
    assert.match(state.service!.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const release = await w.target.deploy(request('v2', 'all-at-once', bundleFolder('v2')), state, ctx);
    assert.equal(release.traffic, 100);
    await w.target.waitHealthy(release, ctx);

    const environment = w.aws.eb.environments.get(ENVIRONMENT)!;
    assert.equal(environment.VersionLabel, 'v2');
    assert.equal(environment.Health, 'Green');
    assert.deepEqual(await answers(w.aws, 3), ['v2', 'v2', 'v2']);
    const created = w.aws.callsOf('CreateApplicationVersion')[0]!.input;
    assert.equal(created['Process'], true);
    const key = (created['SourceBundle'] as { S3Key: string }).S3Key;
    assert.match(key, /^iris\/v2-[0-9a-f]{12}\.zip$/);
    const stored = w.aws.s3.object(w.aws.eb.storageBucket, key)!;
    assert.match(stored.metadata['sha256']!, /^[0-9a-f]{64}$/);
    assert.deepEqual(Object.keys(unzipSync(stored.body)).sort(), ['.ebextensions/01-model.config', 'application.py', 'requirements.txt']);
    const update = w.aws.callsOf('UpdateEnvironment')[0]!.input;
    assert.deepEqual(update['OptionSettings'], [{ Namespace: 'aws:elasticbeanstalk:command', OptionName: 'DeploymentPolicy', Value: 'AllAtOnce' }]);
    assert.ok(ctx.events.some((e) => e.message === 'Environment update completed successfully.'));
    assert.deepEqual(w.aws.problems, []);
  } finally {
    await w.close();
  }
});

test('rolling: sends the Rolling policy with the batch size and follows the batches', async () => {
  const w = await world({ options: { 'batch-size': '2' } });
  try {
    const ctx = testContext();
    const release = await w.target.deploy(request('v2', 'rolling', bundleFolder('v2'), { env: { MODEL_THRESHOLD: '0.7' } }), await w.target.preflight(ctx), ctx);
    await w.target.waitHealthy(release, ctx);
    const settings = w.aws.callsOf('UpdateEnvironment')[0]!.input['OptionSettings'] as { OptionName: string; Value: string }[];
    assert.deepEqual(
      settings.map((s) => `${s.OptionName}=${s.Value}`),
      ['DeploymentPolicy=Rolling', 'BatchSizeType=Fixed', 'BatchSize=2', 'MODEL_THRESHOLD=0.7'],
    );
    assert.ok(ctx.events.some((e) => /Batch 2: Completed application deployment/.test(e.message)));
    assert.equal(w.aws.eb.environments.get(ENVIRONMENT)!.VersionLabel, 'v2');
    assert.deepEqual(w.aws.problems, []);
  } finally {
    await w.close();
  }
});

test('canary: traffic splitting sends the canary share during the evaluation, then EB moves all traffic to the new version', async () => {
  const w = await world({ options: { 'evaluation-time': '300' } });
  try {
    const ctx = testContext();
    const release = await w.target.deploy(request('v2', 'canary', bundleFolder('v2'), { traffic: 20 }), await w.target.preflight(ctx), ctx);
    assert.equal(release.strategy, 'canary');
    assert.equal(release.traffic, 20);
    const settings = w.aws.callsOf('UpdateEnvironment')[0]!.input['OptionSettings'] as { OptionName: string; Value: string }[];
    assert.deepEqual(settings.map((s) => `${s.OptionName}=${s.Value}`), ['DeploymentPolicy=TrafficSplitting', 'NewVersionPercent=20', 'EvaluationTime=300']);
    // During the evaluation (300 EB minutes, 3 s here: room for a loaded machine) both versions answer, one request in five on the canary.
    const environment = w.aws.eb.environments.get(ENVIRONMENT)!;
    while (environment.serving.length < 2) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      w.aws.eb.advance();
    }
    const during = await answers(w.aws, 20);
    assert.equal(during.filter((v) => v === 'v2').length, 4, during.join(','));
    await w.target.waitHealthy(release, ctx);
    const promoted = await w.target.shiftTraffic(release, 100, ctx);
    assert.equal(promoted.traffic, 100);
    assert.deepEqual(await answers(w.aws, 5), ['v2', 'v2', 'v2', 'v2', 'v2']);
    assert.deepEqual(w.aws.problems, []);
  } finally {
    await w.close();
  }
});

test('canary whose new fleet fails the evaluation: EB moves traffic back, the step fails, and the rollback leaves v1 serving without redeploying', async () => {
  const w = await world({ behaviours: { v2: 'unhealthy' } });
  try {
    const result = await deployAndRollBackOnFailure(w, request('v2', 'canary', bundleFolder('v2')));
    assert.ok(result.error instanceof DeployFailure);
    assert.match((result.error as Error).message, /reported the update to v2 failed/);
    assert.ok((result.error as DeployFailure).causes.some((c) => /did not pass health checks/.test(c.message)));
    assert.equal(result.restored, 'v1');
    assert.equal(w.aws.callsOf('UpdateEnvironment').length, 1, 'no redeploy: EB already restored v1');
    assert.deepEqual(await answers(w.aws, 4), ['v1', 'v1', 'v1', 'v1']);
    assert.deepEqual(w.aws.problems, []);
  } finally {
    await w.close();
  }
});

test('canary rolled back while EB is still evaluating: AbortEnvironmentUpdate, then v1 takes all traffic again', async () => {
  const w = await world({ options: { 'evaluation-time': '600' } });
  try {
    // The step's deadline (1.5 s) passes during a 600-"minute" evaluation (6 s here).
    const result = await deployAndRollBackOnFailure(w, request('v2', 'canary', bundleFolder('v2')), 1.5);
    assert.ok(result.error instanceof DeadlineExceeded, String(result.error));
    assert.equal(w.aws.callsOf('AbortEnvironmentUpdate').length, 1);
    assert.equal(result.restored, 'v1');
    assert.deepEqual(await answers(w.aws, 4), ['v1', 'v1', 'v1', 'v1']);
    assert.deepEqual(w.aws.problems, []);
  } finally {
    await w.close();
  }
});

test('all-at-once that fails to deploy: the ERROR events of this update fail the step and v1 is redeployed and serving afterwards', async () => {
  const w = await world({ behaviours: { v2: 'crash' } });
  try {
    const result = await deployAndRollBackOnFailure(w, request('v2', 'all-at-once', bundleFolder('v2')));
    assert.ok(result.error instanceof DeployFailure);
    assert.match((result.error as Error).message, /Failed to deploy application/);
    const updates = w.aws.callsOf('UpdateEnvironment');
    assert.equal(updates.length, 2);
    assert.equal(updates[1]!.input['VersionLabel'], 'v1');
    assert.equal(result.restored, 'v1');
    assert.equal(w.aws.eb.environments.get(ENVIRONMENT)!.Health, 'Green');
    assert.deepEqual(await answers(w.aws, 3), ['v1', 'v1', 'v1']);
    assert.deepEqual(w.aws.problems, []);
  } finally {
    await w.close();
  }
});

test('a version that deploys but never gets healthy fails after health-grace with the health causes, and is rolled back', async () => {
  const w = await world({ behaviours: { v2: 'unhealthy' } });
  try {
    const result = await deployAndRollBackOnFailure(w, request('v2', 'all-at-once', bundleFolder('v2')));
    assert.ok(result.error instanceof DeployFailure);
    assert.match((result.error as Error).message, /health stayed Red \(Severe\)/);
    assert.ok((result.error as DeployFailure).causes.some((c) => /failing with HTTP 5xx/.test(c.message)));
    assert.equal(result.restored, 'v1');
    assert.deepEqual(await answers(w.aws, 3), ['v1', 'v1', 'v1']);
  } finally {
    await w.close();
  }
});

test('re-running the same deploy reuses the upload, the version and the running environment; another bundle under the same label is refused', async () => {
  const w = await world();
  try {
    const folder = bundleFolder('v2');
    const first = testContext();
    await w.target.waitHealthy(await w.target.deploy(request('v2', 'all-at-once', folder), await w.target.preflight(first), first), first);
    const uploads = w.aws.s3.counts['PutObject'];

    const rerun = await createElasticBeanstalkTarget({ name: ENVIRONMENT, application: APPLICATION, region: 'us-east-1', options: {}, workspace: tmpdir() });
    const ctx = testContext();
    const release = await rerun.deploy(request('v2', 'all-at-once', folder), await rerun.preflight(ctx), ctx);
    await rerun.waitHealthy(release, ctx);
    await rerun.close?.();
    assert.equal(w.aws.s3.counts['PutObject'], uploads, 'no second upload');
    assert.equal(w.aws.callsOf('CreateApplicationVersion').length, 1);
    assert.equal(w.aws.callsOf('UpdateEnvironment').length, 1);
    assert.ok(ctx.lines.some((line) => /already runs .* nothing to update/.test(line)));

    const other = testContext();
    await assert.rejects(
      w.target.deploy(request('v2', 'all-at-once', bundleFolder('something else')), await w.target.preflight(other), other),
      (error: unknown) => error instanceof ConfigurationError && /"v2" already exists in application iris with a different bundle/.test(error.message),
    );
    assert.deepEqual(w.aws.problems, []);
  } finally {
    await w.close();
  }
});

test('an environment busy with another update is waited for instead of failing with "Must be Ready"', async () => {
  const w = await world();
  try {
    w.aws.eb.startForeignUpdate(ENVIRONMENT, 400);
    const ctx = testContext();
    const release = await w.target.deploy(request('v2', 'all-at-once', bundleFolder('v2')), await w.target.preflight(ctx), ctx);
    await w.target.waitHealthy(release, ctx);
    assert.ok(ctx.lines.some((line) => /is busy \(Updating\); waiting .*concurrency/.test(line)), ctx.lines.join('\n'));
    assert.equal(w.aws.calls.filter((c) => c.error === 'InvalidParameterValue').length, 0);
    assert.equal(w.aws.eb.environments.get(ENVIRONMENT)!.VersionLabel, 'v2');
  } finally {
    await w.close();
  }
});

test('an environment still launching is waited for, then deployed to', async () => {
  const aws = await AwsStandIn.start();
  Object.assign(process.env, aws.env);
  try {
    await aws.createEnvironment({ application: APPLICATION, environment: 'iris-new', runningVersion: 'v1', launchingMs: 300 });
    const target = await createElasticBeanstalkTarget({ name: 'iris-new', application: APPLICATION, region: 'us-east-1', options: {}, workspace: tmpdir() });
    const ctx = testContext();
    const state = await target.preflight(ctx);
    assert.equal(state.details?.['status'], 'Launching');
    const release = await target.deploy(request('v2', 'all-at-once', bundleFolder('v2')), state, ctx);
    await target.waitHealthy(release, ctx);
    await target.close?.();
    assert.ok(ctx.lines.some((line) => /is busy \(Launching\)/.test(line)));
    assert.equal(aws.eb.environments.get('iris-new')!.VersionLabel, 'v2');
    assert.deepEqual(aws.problems, []);
  } finally {
    await aws.close();
  }
});

test('throttled Describe calls are retried with backoff and the deploy still completes', async () => {
  const w = await world();
  try {
    w.aws.limitDescribeRate(3, 40);
    w.aws.failNext('Describe*', 'Throttling', 2);
    const ctx = testContext({ pollIntervalMs: 2 });
    const release = await w.target.deploy(request('v2', 'all-at-once', bundleFolder('v2')), await w.target.preflight(ctx), ctx);
    await w.target.waitHealthy(release, ctx);
    assert.ok(w.aws.calls.filter((c) => c.error === 'Throttling').length >= 2);
    assert.equal(w.aws.eb.environments.get(ENVIRONMENT)!.VersionLabel, 'v2');
    assert.deepEqual(w.aws.problems, []);
  } finally {
    await w.close();
  }
});

test('expired session credentials fail with what to change in configure-aws-credentials', async () => {
  const w = await world();
  try {
    w.aws.expireSessionToken();
    await assert.rejects(w.target.preflight(testContext()), (error: unknown) => error instanceof UserError && /session credentials expired.*role-duration-seconds/.test(error.message));
  } finally {
    await w.close();
  }
});

test('missing permissions are reported with the policy that covers them, before anything changed', async () => {
  const w = await world();
  try {
    w.aws.failNext('UpdateEnvironment', 'InsufficientPrivilegesException', 1, 'User: arn:aws:sts::123456789012:assumed-role/deploy/gha is not authorized to perform: elasticbeanstalk:UpdateEnvironment', 403);
    const ctx = testContext();
    await assert.rejects(
      w.target.deploy(request('v2', 'all-at-once', bundleFolder('v2')), await w.target.preflight(ctx), ctx),
      (error: unknown) => error instanceof UserError && /not authorized to perform: elasticbeanstalk:UpdateEnvironment.*AdministratorAccess-AWSElasticBeanstalk/.test(error.message),
    );
    assert.equal(w.aws.eb.environments.get(ENVIRONMENT)!.VersionLabel, 'v1');
  } finally {
    await w.close();
  }
});

test('a bundle Elastic Beanstalk cannot process fails before the environment is touched, with EB\'s reason', async () => {
  const w = await world({ behaviours: { v2: 'invalid-bundle' } });
  try {
    const ctx = testContext();
    await assert.rejects(
      w.target.deploy(request('v2', 'all-at-once', bundleFolder('v2')), await w.target.preflight(ctx), ctx),
      (error: unknown) => error instanceof UserError && /could not process application version v2: .*Invalid option specification/.test(error.message),
    );
    assert.equal(w.aws.callsOf('UpdateEnvironment').length, 0);
  } finally {
    await w.close();
  }
});

test('large bundles go up in parts; a container image becomes a Dockerrun.aws.json bundle', async () => {
  const w = await world();
  try {
    const folder = bundleFolder('big');
    // Random bytes do not compress: the zip stays above one 8 MiB part.
    writeFileSync(join(folder, 'model.bin'), randomBytes(9 * 1024 * 1024));
    const ctx = testContext();
    await w.target.waitHealthy(await w.target.deploy(request('v2', 'all-at-once', folder), await w.target.preflight(ctx), ctx), ctx);
    assert.equal(w.aws.s3.counts['CreateMultipartUpload'], 1);
    assert.equal(w.aws.s3.counts['UploadPart'], 2);

    const image = testContext();
    await w.target.waitHealthy(
      await w.target.deploy({ ...request('v3', 'all-at-once', ''), bundle: undefined, image: 'ghcr.io/acme/iris:v3', containerPort: 9000 }, await w.target.preflight(image), image),
      image,
    );
    const key = (w.aws.callsOf('CreateApplicationVersion')[1]!.input['SourceBundle'] as { S3Key: string }).S3Key;
    const files = unzipSync(w.aws.s3.object(w.aws.eb.storageBucket, key)!.body);
    assert.deepEqual(JSON.parse(new TextDecoder().decode(files['Dockerrun.aws.json'])), {
      AWSEBDockerrunVersion: '1',
      Image: { Name: 'ghcr.io/acme/iris:v3', Update: 'true' },
      Ports: [{ ContainerPort: 9000, HostPort: 9000 }],
    });
    assert.deepEqual(w.aws.problems, []);
  } finally {
    await w.close();
  }
});

test('dry-run: preflight and plan only read, and the plan names every call with its body', async () => {
  const w = await world();
  try {
    const ctx = testContext({ dryRun: true });
    const state: TargetState = await w.target.preflight(ctx);
    await w.target.plan(request('v2', 'canary', bundleFolder('v2')), state, ctx);
    assert.deepEqual(ctx.calls.map((c) => c.call), ['DescribeApplicationVersions', 'S3 PutObject', 'CreateApplicationVersion', 'UpdateEnvironment']);
    const update = ctx.calls[3]!.body as { OptionSettings: { OptionName: string }[] };
    assert.deepEqual(update.OptionSettings.map((s) => s.OptionName), ['DeploymentPolicy', 'NewVersionPercent', 'EvaluationTime']);
    assert.deepEqual([...new Set(w.aws.calls.map((c) => c.action))], ['DescribeEnvironments']);
    assert.deepEqual(w.aws.s3.counts, {});
  } finally {
    await w.close();
  }
});

test('bad settings are refused with the input they come from', async () => {
  const aws = await AwsStandIn.start();
  Object.assign(process.env, aws.env);
  await aws.createEnvironment({ application: APPLICATION, environment: ENVIRONMENT, runningVersion: 'v1' });
  try {
    const base = { name: ENVIRONMENT, application: APPLICATION, region: 'us-east-1', options: {}, workspace: tmpdir() };
    const refused = async (settings: object, pattern: RegExp) =>
      assert.throws(() => createElasticBeanstalkTarget({ ...base, ...settings } as never), (error: unknown) => error instanceof ConfigurationError && pattern.test(error.message));
    await refused({ application: undefined }, /^Input "application" is required for target elastic-beanstalk/);
    await refused({ name: undefined }, /^Input "name" is required/);
    await refused({ options: { 'accepted-health': 'Green, Blue' } }, /^Input "target-options accepted-health" must be one of Green, Yellow, Red, Grey; got "Blue"/);
    await refused({ options: { 'evaluation-time': '2' } }, /^Input "target-options evaluation-time" must be a whole number from 3 to 600, got 2/);
    await refused({ options: { 'batch-size': '0%' } }, /^Input "target-options batch-size" must be a whole number from 1 to 100/);
    await refused({ options: { colour: 'blue' } }, /^Input "target-options" has "colour", which elastic-beanstalk does not know/);

    const target = await createElasticBeanstalkTarget(base);
    assert.deepEqual(target.strategies, ['all-at-once', 'rolling', 'canary'], 'no shadow: EB cannot mirror traffic');
    const ctx = testContext();
    const state = await target.preflight(ctx);
    await assert.rejects(target.deploy(request('v 2/bad', 'all-at-once', bundleFolder('x')), state, ctx), /Input "version" "v 2\/bad" is not a usable Elastic Beanstalk version label/);
    const notZip = join(mkdtempSync(join(tmpdir(), 'eb-')), 'bundle.zip');
    writeFileSync(notZip, 'not a zip');
    await assert.rejects(target.deploy(request('v2', 'all-at-once', notZip), state, ctx), /Input "bundle" names .*bundle\.zip, which is not a zip file/);
    await assert.rejects(target.deploy({ ...request('v2', 'all-at-once', ''), bundle: undefined }, state, ctx), /Input "bundle" is required for target elastic-beanstalk/);
    const missing = await createElasticBeanstalkTarget({ ...base, name: 'nope' });
    await assert.rejects(missing.preflight(ctx), /Elastic Beanstalk has no environment nope in application iris \(region us-east-1\)/);
    await target.close?.();
    await missing.close?.();
    assert.equal(aws.calls.filter((c) => c.action === 'UpdateEnvironment').length, 0);
  } finally {
    await aws.close();
  }
});

test('manual rollback of a finished deploy restores the recorded previous version', async () => {
  const w = await world();
  try {
    const ctx = testContext();
    await w.target.waitHealthy(await w.target.deploy(request('v2', 'all-at-once', bundleFolder('v2')), await w.target.preflight(ctx), ctx), ctx);
    // A later job: a fresh target, with what the GitHub Deployment recorded.
    const later = await createElasticBeanstalkTarget({ name: ENVIRONMENT, application: APPLICATION, region: 'us-east-1', options: {}, workspace: tmpdir() });
    const rollbackCtx = testContext();
    const state = await later.preflight(rollbackCtx, { stable: { version: 'v2' }, previous: 'v1', traffic: 0 });
    assert.equal(state.previous, 'v1');
    const release = await later.rollback(state, rollbackCtx);
    await later.waitHealthy(release, rollbackCtx);
    await later.close?.();
    assert.equal(release.version, 'v1');
    assert.equal(w.aws.eb.environments.get(ENVIRONMENT)!.VersionLabel, 'v1');
    assert.deepEqual(await answers(w.aws, 2), ['v1', 'v1']);
    await assert.rejects(
      (async () => {
        const none = await createElasticBeanstalkTarget({ name: ENVIRONMENT, application: APPLICATION, region: 'us-east-1', options: {}, workspace: tmpdir() });
        try {
          await none.rollback(await none.preflight(rollbackCtx), rollbackCtx);
        } finally {
          await none.close?.();
        }
      })(),
      /Nothing to roll back to on iris-prod/,
    );
  } finally {
    await w.close();
  }
});
