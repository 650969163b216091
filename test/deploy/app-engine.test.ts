/**
 * The app-engine target driven as the orchestrator drives it, through google-auth-library with a
 * Workload Identity Federation credentials file (GitHub OIDC → STS → IAM Credentials, all on the
 * stand-in), against the App Engine Admin API stand-in (checked against the published protos) and
 * Cloud Storage's JSON API. Operations finish in 15 ms.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import createAppEngineTarget from '../../src/deploy/targets/app-engine.ts';
import { DeployFailure } from '../../src/deploy/errors.ts';
import { ConfigurationError, UserError } from '../../src/shared/errors.ts';
import type { DeployRequest, DeployTarget, Strategy, TargetState } from '../../src/deploy/target.ts';
import { GoogleStandIn, type AppVersionBehaviour } from '../stand-ins/google/index.ts';
import { testContext } from '../stand-ins/deploy-context.ts';

const PROJECT = 'iris-prod';
const APP_YAML = 'runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\ninstance_class: F2\nautomatic_scaling:\n  max_instances: 3\n  target_cpu_utilization: 0.7\n';

function bundleFolder(marker: string, appYaml = APP_YAML, extra: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'gae-bundle-'));
  writeFileSync(join(dir, 'app.yaml'), appYaml);
  writeFileSync(join(dir, 'main.py'), `# model server ${marker}\napp = None\n`);
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, name), content);
  return dir;
}

function request(version: string, strategy: Strategy, bundle: string | undefined, extra: Partial<DeployRequest> = {}): DeployRequest {
  return { version, strategy, traffic: 20, bundle, healthPath: '/health', containerPort: 8080, env: {}, annotations: {}, ...extra };
}

interface World {
  google: GoogleStandIn;
  workspace: string;
  target(options?: Record<string, string>, name?: string): Promise<DeployTarget>;
  close(): Promise<void>;
}

async function world(options: { behaviours?: Record<string, AppVersionBehaviour>; seed?: boolean } = {}): Promise<World> {
  const google = await GoogleStandIn.start({ project: PROJECT });
  const workspace = mkdtempSync(join(tmpdir(), 'gae-ws-'));
  Object.assign(process.env, google.env(workspace));
  if (options.seed !== false) google.appEngine.seedService('default', 'v1');
  for (const [version, behaviour] of Object.entries(options.behaviours ?? {})) google.appEngine.behaviours.set(version, behaviour);
  const targets: DeployTarget[] = [];
  return {
    google,
    workspace,
    async target(targetOptions = {}, name = 'default') {
      const target = await createAppEngineTarget({ project: PROJECT, name, options: { 'health-grace': '300ms', ...targetOptions }, workspace });
      targets.push(target);
      return target;
    },
    async close() {
      for (const target of targets) await target.close?.();
      await google.close();
    },
  };
}

async function answers(url: string, times = 10): Promise<string[]> {
  const versions: string[] = [];
  for (let i = 0; i < times; i++) {
    const response = await fetch(`${url}/predict`);
    const body = (await response.json()) as { version?: string };
    versions.push(response.ok ? String(body.version) : String(response.status));
  }
  return versions;
}

function split(google: GoogleStandIn, service = 'default'): Record<string, number> {
  return google.appEngine.services.get(service)!.split.allocations;
}

async function deployAndRollBackOnFailure(target: DeployTarget, deployRequest: DeployRequest, percent?: number): Promise<{ error?: unknown; restored?: string }> {
  const ctx = testContext();
  try {
    let release = await target.deploy(deployRequest, await target.preflight(ctx), ctx);
    await target.waitHealthy(release, ctx);
    if (percent !== undefined) {
      release = await target.shiftTraffic(release, percent, ctx);
      await target.waitHealthy(release, ctx);
      // The orchestrator's smoke test after the shift fails in these cases:
      throw new DeployFailure('smoke test failed at the canary share');
    }
    return {};
  } catch (error) {
    const rollbackCtx = testContext();
    const release = await target.rollback(await target.preflight(rollbackCtx), rollbackCtx);
    await target.waitHealthy(release, rollbackCtx);
    return { error, restored: (await target.preflight(rollbackCtx)).stable?.version };
  }
}

test('all-at-once: stages the bundle, creates the version from app.yaml without traffic, checks it on its own URL, then moves all traffic', async () => {
  const w = await world();
  try {
    const target = await w.target();
    const ctx = testContext();
    const state = await target.preflight(ctx);
    assert.equal(state.stable?.version, 'v1');
    const release = await target.deploy(request('v2', 'all-at-once', bundleFolder('v2'), { env: { MODEL_PATH: 'model.joblib' } }), state, ctx);
    await target.waitHealthy(release, ctx);
    assert.equal(release.traffic, 100);
    assert.deepEqual(split(w.google), { v2: 1 });
    assert.deepEqual(await answers(release.service!.url, 3), ['v2', 'v2', 'v2']);

    const created = w.google.callsOf('Versions.CreateVersion')[0]!.body as Record<string, unknown>;
    assert.deepEqual(
      { ...created, deployment: undefined },
      {
        id: 'v2',
        runtime: 'python312',
        entrypoint: { shell: 'gunicorn -b :$PORT main:app' },
        instanceClass: 'F2',
        automaticScaling: { standardSchedulerSettings: { maxInstances: 3, targetCpuUtilization: 0.7 } },
        handlers: [{ urlRegex: '/.*', script: { scriptPath: 'auto' } }],
        envVariables: { MODEL_PATH: 'model.joblib' },
        deployment: undefined,
      },
    );
    const zip = (created['deployment'] as { zip: { sourceUrl: string; filesCount: number } }).zip;
    assert.match(zip.sourceUrl, /^https:\/\/storage\.googleapis\.com\/staging\.iris-prod\.appspot\.com\/ml-actions\/default\/v2-[0-9a-f]{12}\.zip$/);
    assert.equal(zip.filesCount, 2);
    const object = w.google.storage.object('staging.iris-prod.appspot.com', zip.sourceUrl.split('.appspot.com/')[1]!)!;
    assert.deepEqual(Object.keys(unzipSync(object.body)).sort(), ['app.yaml', 'main.py']);
    // The version answered its health path before it got traffic.
    const order = w.google.calls.map((c) => c.id.split('.').pop());
    assert.ok(order.indexOf('CreateVersion') < order.indexOf('UpdateService'));
    assert.ok(w.google.identity.issued.sts >= 1, 'credentials came through workload identity federation');
    assert.deepEqual(w.google.problems, []);
  } finally {
    await w.close();
  }
});

test('rolling is App Engine\'s gradual traffic migration; without warmup requests it is refused before anything is created', async () => {
  const w = await world();
  try {
    const target = await w.target();
    const ctx = testContext();
    const withWarmup = `${APP_YAML}inbound_services:\n  - warmup\n`;
    const release = await target.deploy(request('v2', 'rolling', bundleFolder('v2', withWarmup)), await target.preflight(ctx), ctx);
    await target.waitHealthy(release, ctx);
    assert.equal(w.google.callsOf('Services.UpdateService')[0]!.query['migrateTraffic'], 'true');
    assert.equal(w.google.appEngine.services.get('default')!.migrations, 1);
    assert.deepEqual(split(w.google), { v2: 1 });

    await assert.rejects(
      target.deploy(request('v3', 'rolling', bundleFolder('v3')), await target.preflight(ctx), ctx),
      (error: unknown) => error instanceof ConfigurationError && /gradual traffic migration, which needs warmup requests: add `inbound_services: \[warmup\]`/.test(error.message),
    );
    assert.equal(w.google.callsOf('Versions.CreateVersion').length, 1);
    assert.deepEqual(w.google.problems, []);
  } finally {
    await w.close();
  }
});

test('canary: the new version starts with no traffic, gets its share through the split, and a later job promotes it', async () => {
  const w = await world();
  try {
    const target = await w.target({ 'shard-by': 'ip' });
    const ctx = testContext();
    let release = await target.deploy(request('v2', 'canary', bundleFolder('v2')), await target.preflight(ctx), ctx);
    assert.equal(release.traffic, 0);
    await target.waitHealthy(release, ctx);
    assert.deepEqual(split(w.google), { v1: 1 });
    assert.deepEqual(await answers(release.candidate!.url, 2), ['v2', 'v2'], 'the candidate URL reaches the new version alone');
    release = await target.shiftTraffic(release, 20, ctx);
    await target.waitHealthy(release, ctx);
    assert.equal(release.traffic, 20);
    assert.deepEqual(w.google.appEngine.services.get('default')!.split, { shardBy: 'IP', allocations: { v2: 0.2, v1: 0.8 } });
    const during = await answers(release.service!.url, 20);
    assert.equal(during.filter((v) => v === 'v2').length, 4, during.join(','));

    const later = await w.target({ 'shard-by': 'ip' });
    const promoteCtx = testContext();
    const state = await later.preflight(promoteCtx, { stable: { version: 'v1' }, candidate: { version: 'v2', strategy: 'canary' }, traffic: 20 });
    assert.equal(state.candidate?.version, 'v2');
    assert.equal(state.traffic, 20);
    const promoted = await later.promote(state, promoteCtx);
    await later.waitHealthy(promoted, promoteCtx);
    assert.deepEqual(split(w.google), { v2: 1 });
    assert.deepEqual(await answers(promoted.service!.url, 3), ['v2', 'v2', 'v2']);
    assert.deepEqual(w.google.problems, []);
  } finally {
    await w.close();
  }
});

test('canary rolled back by a later job: the stable version gets all traffic again', async () => {
  const w = await world();
  try {
    const target = await w.target();
    const ctx = testContext();
    const release = await target.deploy(request('v2', 'canary', bundleFolder('v2')), await target.preflight(ctx), ctx);
    await target.waitHealthy(await target.shiftTraffic(release, 10, ctx), ctx);
    const later = await w.target();
    const rollbackCtx = testContext();
    const restored = await later.rollback(await later.preflight(rollbackCtx), rollbackCtx);
    await later.waitHealthy(restored, rollbackCtx);
    assert.equal(restored.version, 'v1');
    assert.deepEqual(split(w.google), { v1: 1 });
    assert.deepEqual(await answers(restored.service!.url, 4), ['v1', 'v1', 'v1', 'v1']);
  } finally {
    await w.close();
  }
});

test('automatic rollback: a failing canary share is put back to the exact split from before, and v1 serves afterwards', async () => {
  const w = await world();
  try {
    const target = await w.target();
    const result = await deployAndRollBackOnFailure(target, request('v2', 'canary', bundleFolder('v2')), 30);
    assert.match(String(result.error), /smoke test failed/);
    assert.equal(result.restored, 'v1');
    assert.deepEqual(split(w.google), { v1: 1 });
    assert.deepEqual(await answers(`${w.google.url}/appspot/default-dot-${PROJECT}`, 4), ['v1', 'v1', 'v1', 'v1']);
  } finally {
    await w.close();
  }
});

test('a version that answers 500 never gets traffic; one that fails to start fails with App Engine\'s reason', async () => {
  const w = await world({ behaviours: { v2: 'unhealthy', v3: 'fails-to-start' } });
  try {
    const target = await w.target();
    const unhealthy = await deployAndRollBackOnFailure(target, request('v2', 'all-at-once', bundleFolder('v2')));
    assert.ok(unhealthy.error instanceof DeployFailure);
    assert.match((unhealthy.error as Error).message, /version v2 did not answer .*\/health with 2xx within 300ms .*HTTP 500/);
    assert.equal(w.google.callsOf('Services.UpdateService').length, 0, 'the split was never touched');
    assert.equal(unhealthy.restored, 'v1');

    const crashing = await deployAndRollBackOnFailure(await w.target(), request('v3', 'all-at-once', bundleFolder('v3')));
    assert.ok(crashing.error instanceof DeployFailure);
    assert.match((crashing.error as Error).message, /App Engine could not create version v3: .*APP_CONTAINER_CRASHED/);
    assert.ok((crashing.error as DeployFailure).causes.some((c) => /No module named 'sklearn'/.test(c.message)));
    assert.deepEqual(split(w.google), { v1: 1 });
    assert.deepEqual(w.google.problems, []);
  } finally {
    await w.close();
  }
});

test('re-running the same deploy reuses the staged bundle and the version; other content under the same version is refused', async () => {
  const w = await world();
  try {
    const folder = bundleFolder('v2');
    for (let run = 0; run < 2; run++) {
      const target = await w.target();
      const ctx = testContext();
      await target.waitHealthy(await target.deploy(request('v2', 'all-at-once', folder), await target.preflight(ctx), ctx), ctx);
    }
    assert.equal(w.google.storage.counts['upload.media'], 1);
    assert.equal(w.google.callsOf('Versions.CreateVersion').length, 1);
    assert.deepEqual(split(w.google), { v2: 1 });

    const target = await w.target();
    const ctx = testContext();
    await w.google.appEngine.seedVersion('default', 'v3', new Date());
    await assert.rejects(
      target.deploy(request('v3', 'canary', bundleFolder('v3 other')), await target.preflight(ctx), ctx),
      (error: unknown) => error instanceof ConfigurationError && /"v3" already exists in service default with other content/.test(error.message),
    );
  } finally {
    await w.close();
  }
});

test('throttling (429) is retried and an expired access token is refreshed through the federation again', async () => {
  const w = await world();
  try {
    const target = await w.target();
    const ctx = testContext();
    const state = await target.preflight(ctx);
    w.google.failNext(2);
    w.google.identity.expireAccessTokens();
    const release = await target.deploy(request('v2', 'all-at-once', bundleFolder('v2')), state, ctx);
    await target.waitHealthy(release, ctx);
    assert.deepEqual(split(w.google), { v2: 1 });
    assert.equal(w.google.identity.issued.accessTokens, 2, 'one refresh after the 401');
    assert.equal(w.google.throttled, 2, 'two calls were answered 429 and retried');
    assert.deepEqual(w.google.problems, []);
  } finally {
    await w.close();
  }
});

test('large bundles go up as a resumable upload; a flexible version can deploy a container image', async () => {
  const w = await world();
  try {
    const target = await w.target();
    const ctx = testContext();
    const big = randomBytes(9 * 1024 * 1024);
    await target.waitHealthy(await target.deploy(request('v2', 'all-at-once', bundleFolder('v2', APP_YAML, { 'model.bin': big })), await target.preflight(ctx), ctx), ctx);
    assert.equal(w.google.storage.counts['upload.resumable'], 1);
    assert.equal(w.google.storage.counts['upload.chunk'], 2);

    const flex = join(w.workspace, 'flex.yaml');
    writeFileSync(flex, 'runtime: custom\nenv: flex\nresources:\n  cpu: 2\n  memory_gb: 4\nreadiness_check:\n  path: /health\n  app_start_timeout_sec: 300\n');
    const flexTarget = await w.target({ 'app-yaml': 'flex.yaml' });
    const flexCtx = testContext();
    const release = await flexTarget.deploy(request('v3', 'all-at-once', undefined, { image: 'us-docker.pkg.dev/iris-prod/models/iris:v3' }), await flexTarget.preflight(flexCtx), flexCtx);
    await flexTarget.waitHealthy(release, flexCtx);
    const body = w.google.callsOf('Versions.CreateVersion')[1]!.body as Record<string, unknown>;
    assert.deepEqual(body['deployment'], { container: { image: 'us-docker.pkg.dev/iris-prod/models/iris:v3' } });
    assert.deepEqual(body['readinessCheck'], { path: '/health', appStartTimeout: '300s' });
    assert.deepEqual(body['resources'], { cpu: 2, memoryGb: 4 });
    assert.deepEqual(w.google.problems, []);
  } finally {
    await w.close();
  }
});

test('keep-versions deletes the oldest versions without traffic, never the serving one or the rollback target', async () => {
  const w = await world({ seed: false });
  try {
    const day = 24 * 3600_000;
    for (const [index, id] of ['old1', 'old2', 'old3'].entries()) w.google.appEngine.seedVersion('default', id, new Date(Date.now() - (10 - index) * day));
    w.google.appEngine.seedService('default', 'v1');
    const target = await w.target({ 'keep-versions': '1' });
    const ctx = testContext();
    const state = await target.preflight(ctx);
    assert.equal(state.previous, 'old3', 'the newest older serving version is the rollback target');
    // keep-versions 1: old3 (the newest without traffic, and the rollback target) stays; old2 and old1 go.
    await target.waitHealthy(await target.deploy(request('v2', 'all-at-once', bundleFolder('v2')), state, ctx), ctx);
    assert.deepEqual([...w.google.appEngine.versions.get('default')!.keys()].sort(), ['old3', 'v1', 'v2']);
    assert.deepEqual(w.google.callsOf('Versions.DeleteVersion').map((c) => c.query), [{}, {}]);
  } finally {
    await w.close();
  }
});

test('stop-previous stops the flexible version that served before; a rollback starts it again and gives it its traffic back', async () => {
  const w = await world({ seed: false });
  try {
    w.google.appEngine.seedService('default', 'v1', { env: 'flex', runtime: 'custom' });
    writeFileSync(join(w.workspace, 'flex.yaml'), 'runtime: custom\nenv: flex\n');
    const target = await w.target({ 'app-yaml': 'flex.yaml', 'stop-previous': 'true' });
    const ctx = testContext();
    const release = await target.deploy(request('v2', 'all-at-once', undefined, { image: 'us-docker.pkg.dev/iris-prod/models/iris:v2' }), await target.preflight(ctx), ctx);
    await target.waitHealthy(release, ctx);
    const versions = w.google.appEngine.versions.get('default')!;
    assert.equal(versions.get('v1')!['servingStatus'], 'STOPPED');
    assert.deepEqual(split(w.google), { v2: 1 });

    const later = await w.target({ 'app-yaml': 'flex.yaml', 'stop-previous': 'true' });
    const rollbackCtx = testContext();
    const state = await later.preflight(rollbackCtx);
    assert.equal(state.previous, 'v1', 'a stopped version is still a rollback target');
    const restored = await later.rollback(state, rollbackCtx);
    await later.waitHealthy(restored, rollbackCtx);
    assert.equal(versions.get('v1')!['servingStatus'], 'SERVING');
    assert.deepEqual(split(w.google), { v1: 1 });
    assert.ok(rollbackCtx.lines.some((line) => /Starting v1 again/.test(line)));
    assert.deepEqual(w.google.problems, []);
  } finally {
    await w.close();
  }
});

test('dry-run: preflight and plan only read; the plan holds the Version body and the split', async () => {
  const w = await world();
  try {
    const target = await w.target();
    const ctx = testContext({ dryRun: true });
    const state: TargetState = await target.preflight(ctx);
    await target.plan(request('v2', 'canary', bundleFolder('v2')), state, ctx);
    assert.deepEqual(ctx.calls.map((c) => c.call), ['POST upload/storage/v1', 'POST', 'PATCH']);
    assert.deepEqual((ctx.calls[2]!.body as { split: unknown }).split, { shardBy: 'RANDOM', allocations: { v2: 0.2, v1: 0.8 } });
    assert.ok(w.google.calls.every((c) => /Get|List/.test(c.id)), w.google.calls.map((c) => c.id).join(', '));
    assert.deepEqual(w.google.storage.counts, {});
  } finally {
    await w.close();
  }
});

test('the first version of a new service takes its traffic; there is nothing to roll back to', async () => {
  const w = await world({ seed: false });
  try {
    const target = await w.target({}, 'scoring');
    const ctx = testContext();
    const state = await target.preflight(ctx);
    assert.equal(state.stable, undefined);
    const release = await target.deploy(request('v1', 'canary', bundleFolder('v1')), state, ctx);
    assert.equal(release.strategy, 'all-at-once');
    await target.waitHealthy(release, ctx);
    assert.deepEqual(split(w.google, 'scoring'), { v1: 1 });
    const later = await w.target({}, 'scoring');
    await assert.rejects(later.rollback(await later.preflight(ctx), ctx), (error: unknown) => error instanceof UserError && /Nothing to roll back to in service scoring/.test(error.message));
  } finally {
    await w.close();
  }
});

test('bad settings and files are refused with the input or the app.yaml line they come from', async () => {
  const w = await world();
  try {
    const base = { project: PROJECT, name: 'default', options: {}, workspace: w.workspace };
    const refused = (settings: object, pattern: RegExp) =>
      assert.throws(() => createAppEngineTarget({ ...base, ...settings } as never), (error: unknown) => error instanceof ConfigurationError && pattern.test(error.message));
    refused({ project: undefined }, /^Input "project" is required for target app-engine/);
    refused({ project: 'Iris_Prod' }, /^Input "project" "Iris_Prod" is not a Google Cloud project id/);
    refused({ name: 'Scoring' }, /^Input "name" "Scoring" is not an App Engine service name/);
    refused({ options: { 'shard-by': 'hash' } }, /^Input "target-options shard-by" must be one of RANDOM, IP, COOKIE; got "HASH"/);
    refused({ options: { canary: 'yes' } }, /^Input "target-options" has "canary", which app-engine does not know/);

    const target = await w.target();
    assert.deepEqual(target.strategies, ['all-at-once', 'rolling', 'canary'], 'no shadow: App Engine cannot mirror traffic');
    const ctx = testContext();
    const state = await target.preflight(ctx);
    await assert.rejects(target.deploy(request('V1.0', 'all-at-once', bundleFolder('x')), state, ctx), /Input "version" "V1\.0" is not a valid App Engine version id/);
    await assert.rejects(
      target.deploy(request('v2', 'all-at-once', bundleFolder('x', 'runtime: python312\nthreadsafe: true\nautomatic_scaling:\n  max_instances: many\n')), state, ctx),
      (error: unknown) => error instanceof UserError && /app\.yaml:2: threadsafe: is not an app\.yaml setting this action can deploy/.test(error.message) && error.location?.line === 2,
    );
    await assert.rejects(
      target.deploy(request('v2', 'all-at-once', bundleFolder('x', 'runtime: python312\nautomatic_scaling:\n  max_instances: many\n')), state, ctx),
      (error: unknown) => error instanceof UserError && /app\.yaml:3: automatic_scaling\.max_instances: must be a whole number, got "many"/.test(error.message),
    );
    await assert.rejects(target.deploy(request('v2', 'all-at-once', bundleFolder('x', 'runtime: python312\nservice: scoring\n')), state, ctx), /Input "name" is "default" but app\.yaml says service: scoring/);
    writeFileSync(join(w.workspace, 'standard.yaml'), 'runtime: python312\n');
    const standard = await w.target({ 'app-yaml': 'standard.yaml' });
    await assert.rejects(standard.deploy(request('v2', 'all-at-once', undefined, { image: 'ghcr.io/acme/iris:v2' }), state, ctx), /Input "image" deploys to the App Engine flexible environment only/);
    await assert.rejects(target.deploy(request('v2', 'all-at-once', undefined, { image: 'ghcr.io/acme/iris' }), state, ctx), /Input "image" "ghcr\.io\/acme\/iris" needs a tag or digest/);
    const noAppYaml = mkdtempSync(join(tmpdir(), 'gae-'));
    writeFileSync(join(noAppYaml, 'main.py'), 'x = 1\n');
    await assert.rejects(target.deploy(request('v2', 'all-at-once', noAppYaml), state, ctx), /Input "bundle" has no app\.yaml at its root/);
    assert.equal(w.google.callsOf('Versions.CreateVersion').length, 0);

    const elsewhere = await createAppEngineTarget({ ...base, project: 'other-project' });
    await assert.rejects(elsewhere.preflight(ctx), /Project other-project has no App Engine application/);
  } finally {
    await w.close();
  }
});

test('permission and setup errors say which role or API is missing', async () => {
  const w = await world();
  try {
    const target = await w.target();
    const ctx = testContext();
    const state = await target.preflight(ctx);
    w.google.refuseNext('Versions.CreateVersion', 403, 'PERMISSION_DENIED', "Caller is missing permission 'iam.serviceaccounts.actAs' on service account iris-prod@appspot.gserviceaccount.com.");
    await assert.rejects(
      target.deploy(request('v2', 'all-at-once', bundleFolder('v2')), state, ctx),
      (error: unknown) => error instanceof UserError && /needs the Service Account User role on the App Engine runtime service account \(iris-prod@appspot\.gserviceaccount\.com\)/.test(error.message),
    );
    w.google.refuseNext('Applications.GetApplication', 403, 'PERMISSION_DENIED', 'App Engine Admin API has not been used in project 123456789 before or it is disabled.');
    await assert.rejects(target.preflight(ctx), /Enable the App Engine Admin API for project iris-prod/);
    w.google.refuseNext('Services.GetService', 403, 'PERMISSION_DENIED', "Permission 'appengine.services.get' denied");
    await assert.rejects(target.preflight(ctx), /needs roles\/appengine\.deployer and roles\/appengine\.serviceAdmin/);
    const noBucket = await w.target({ bucket: 'missing-bucket' });
    await assert.rejects(noBucket.deploy(request('v2', 'all-at-once', bundleFolder('v2')), state, ctx), /Cloud Storage bucket gs:\/\/missing-bucket does not exist/);
    assert.deepEqual(split(w.google), { v1: 1 });
  } finally {
    await w.close();
  }
});

test('a service-account key file works too: every call carries a JWT signed with the key, verified by the stand-in', async () => {
  const w = await world();
  try {
    Object.assign(process.env, w.google.keyEnv(w.workspace));
    const target = await w.target();
    const ctx = testContext();
    const release = await target.deploy(request('v2', 'all-at-once', bundleFolder('v2')), await target.preflight(ctx), ctx);
    await target.waitHealthy(release, ctx);
    assert.deepEqual(split(w.google), { v2: 1 });
    assert.equal(w.google.identity.issued.sts, 0, 'no federation involved');
    assert.ok(w.google.identity.issued.selfSignedJwts > 5);
    assert.deepEqual(w.google.problems, []);

    // A key file whose private key is not the registered one signs JWTs the stand-in refuses.
    const env = w.google.keyEnv(w.workspace);
    const file = env['GOOGLE_APPLICATION_CREDENTIALS']!;
    const forged = { ...JSON.parse(readFileSync(file, 'utf8')), private_key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) };
    writeFileSync(file, JSON.stringify(forged));
    Object.assign(process.env, env);
    const impostor = await w.target();
    await assert.rejects(impostor.preflight(testContext()), (error: unknown) => error instanceof UserError && /Google refused the credentials to read App Engine application iris-prod/.test(error.message));
  } finally {
    await w.close();
  }
});
