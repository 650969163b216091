/**
 * The app-engine target: deploys a version of an App Engine service through the Admin API v1,
 * no gcloud. A new version is created without traffic (the API has no "promote": a version gets
 * traffic only when the service's split says so), checked on its own URL, and only then given
 * traffic:
 *
 * - all-at-once: the split moves to the new version at once;
 * - rolling: App Engine's gradual traffic migration (`migrateTraffic`), standard environment with
 *   warmup requests only;
 * - canary: `traffic` percent through the split (shardBy RANDOM, IP or COOKIE), promote gives it
 *   all, rollback gives the stable version all again. Shadow is not something App Engine can do.
 *
 * Standard-environment versions deploy from a source bundle with its app.yaml, staged in Cloud
 * Storage; flexible-environment versions can also deploy a container image.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ConfigurationError, UserError } from '../../shared/errors.ts';
import { resolveInWorkspace } from '../../shared/files.ts';
import { DeployFailure, formatSeconds } from '../errors.ts';
import type { DeployContext, DeployRequest, DeployTarget, Endpoint, Release, Strategy, TargetSettings, TargetState } from '../target.ts';
import { pollUntil } from '../wait.ts';
import { AppEngineAdmin, type Version } from './app-engine/admin.ts';
import { translateAppYaml, type AppYaml } from './app-engine/app-yaml.ts';
import { GoogleApis } from './app-engine/google-api.ts';
import { checkVersionId, readAppEngineSettings, type AppEngineSettings } from './app-engine/settings.ts';
import { stageBundle, stagedObjectName } from './app-engine/staging.ts';
import { allTo, byShare, canarySplit, percentOf, type TrafficSplit } from './app-engine/traffic.ts';
import { loadSourceBundle, readBundleFile, type SourceBundle } from './source-bundle.ts';

/** App Engine refuses more versions than this per application. */
const VERSION_LIMIT = 210;
const MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024;

interface Attempt {
  version: string;
  /** The split before this step changed anything; an automatic rollback puts it back exactly. */
  before?: TrafficSplit;
  splitChanged: boolean;
}

interface Prepared {
  body: Record<string, unknown>;
  bundle?: SourceBundle;
  object?: string;
  appYaml?: AppYaml;
}

class AppEngineTarget implements DeployTarget {
  readonly name = 'app-engine' as const;
  readonly strategies: readonly Strategy[] = ['all-at-once', 'rolling', 'canary'];
  private readonly settings: AppEngineSettings;
  private readonly serviceUrl?: string;
  private readonly workspace: string;
  private readonly admin: AppEngineAdmin;
  private readonly apis: GoogleApis;
  private attempt?: Attempt;
  /** The health path of this step's request; unknown in a later job's promote or rollback. */
  private healthPath?: string;

  constructor(settings: TargetSettings) {
    this.settings = readAppEngineSettings(settings);
    this.serviceUrl = settings.url;
    this.workspace = settings.workspace;
    this.apis = new GoogleApis(this.settings.project);
    this.admin = new AppEngineAdmin(this.apis, this.settings);
  }

  private endpointOf(version: Version | undefined): Endpoint | undefined {
    return version?.versionUrl ? { url: version.versionUrl } : undefined;
  }

  /** Where users reach the service: the version URL without its `VERSION-dot-` part. */
  private serviceEndpoint(version: Version | undefined): Endpoint | undefined {
    if (this.serviceUrl) return { url: this.serviceUrl };
    if (!version?.versionUrl) return undefined;
    return { url: version.versionUrl.replace(`${version.id}-dot-`, '') };
  }

  async preflight(ctx: DeployContext, recorded?: TargetState): Promise<TargetState> {
    const application = await this.admin.application();
    if (!application) {
      throw new UserError(`Project ${this.settings.project} has no App Engine application (or the service account cannot see it). Create one once: gcloud app create --region=…`);
    }
    const split = await this.admin.split();
    if (!split) {
      ctx.log.info(`Service ${this.settings.service} does not exist yet in ${this.settings.project}; the first version will create it`);
      return { traffic: 0, details: { locationId: application.locationId } };
    }
    const shares = byShare(split);
    let stable = shares[0] ? await this.admin.version(shares[0][0]) : undefined;
    let candidate = shares[1] ? await this.admin.version(shares[1][0]) : undefined;
    // Of two versions in the split, the canary is the one recorded as such, else the newer one
    // (a canary at 50% or more must not pass for the stable version).
    if (stable && candidate) {
      const swap = recorded?.stable ? recorded.stable.version === candidate.id : (candidate.createTime ?? '') < (stable.createTime ?? '');
      if (swap) [stable, candidate] = [candidate, stable];
    }
    if (shares.length > 2) ctx.log.warning(`Service ${this.settings.service} splits traffic between ${shares.length} versions; this step manages the two largest`);
    let previous: string | undefined;
    if (recorded?.stable?.version === stable?.id && recorded?.previous) previous = recorded.previous;
    else previous = await this.newestOtherServing(stable, new Set(Object.keys(split.allocations)));
    ctx.log.info(`Service ${this.settings.service}: ${shares.map(([id, share]) => `${id} ${Math.round(share * 1000) / 10}%`).join(', ') || 'no traffic split'}`);
    return {
      stable: stable ? { version: stable.id, endpoint: this.endpointOf(stable) } : undefined,
      candidate: candidate ? { version: candidate.id, endpoint: this.endpointOf(candidate), strategy: 'canary' } : undefined,
      traffic: candidate ? percentOf(split, candidate.id) : 0,
      previous,
      service: this.serviceEndpoint(stable),
      details: { split, locationId: application.locationId },
    };
  }

  /** The newest version older than `stable` that has no traffic (stopped ones too): what a rollback restores. */
  private async newestOtherServing(stable: Version | undefined, inSplit: Set<string>): Promise<string | undefined> {
    if (!stable?.createTime) return undefined;
    const versions = await this.admin.versions();
    return versions
      .filter((v) => !inSplit.has(v.id) && (v.createTime ?? '') < stable.createTime!)
      .sort((a, b) => (b.createTime ?? '').localeCompare(a.createTime ?? ''))[0]?.id;
  }

  private appYamlFor(request: DeployRequest, bundle: SourceBundle | undefined): AppYaml | undefined {
    if (this.settings.appYaml) {
      const path = resolveInWorkspace(this.settings.appYaml, this.workspace);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        throw new ConfigurationError('target-options app-yaml', `names ${path}, which cannot be read`);
      }
      return translateAppYaml(text, this.settings.appYaml);
    }
    if (!bundle) return undefined;
    const text = readBundleFile(bundle, 'app.yaml');
    if (text === undefined) throw new ConfigurationError('bundle', `has no app.yaml at its root (${bundle.source}); App Engine needs one (runtime, scaling …), or name it with target-options app-yaml`);
    return translateAppYaml(text, request.bundle && !request.bundle.endsWith('.zip') ? join(request.bundle, 'app.yaml') : 'app.yaml');
  }

  /** The Version resource for `request`, and what has to be staged for it. */
  private prepare(request: DeployRequest): Prepared {
    checkVersionId(request.version);
    const bundle = request.bundle ? loadSourceBundle(request.bundle, MAX_BUNDLE_BYTES) : undefined;
    if (!bundle && !request.image) throw new ConfigurationError('bundle', 'is required for target app-engine (a folder or zip with app.yaml), or give `image` for the flexible environment');
    const appYaml = this.appYamlFor(request, bundle);
    if (appYaml?.service && appYaml.service !== this.settings.service) {
      throw new ConfigurationError('name', `is "${this.settings.service}" but app.yaml says service: ${appYaml.service}; make them agree`);
    }
    const version: Record<string, unknown> = { ...(appYaml?.version ?? { runtime: 'custom', env: 'flex' }), id: request.version };
    const envVariables = { ...(version['envVariables'] as Record<string, string> | undefined), ...request.env };
    if (Object.keys(envVariables).length) version['envVariables'] = envVariables;
    const flex = version['env'] === 'flex';
    if (request.image) {
      if (!flex) throw new ConfigurationError('image', 'deploys to the App Engine flexible environment only: set env: flex in app.yaml, or deploy a source bundle');
      if (!/[:@][^/]+$/.test(request.image)) throw new ConfigurationError('image', `"${request.image}" needs a tag or digest: App Engine deploys fully qualified images only`);
      version['deployment'] = { container: { image: request.image } };
      return { body: version, appYaml };
    }
    const object = stagedObjectName(this.settings.service, request.version, bundle!);
    version['deployment'] = { zip: { sourceUrl: `https://storage.googleapis.com/${this.settings.bucket}/${object}`, filesCount: bundle!.fileCount } };
    return { body: version, bundle, object, appYaml };
  }

  private checkStrategy(strategy: Strategy, body: Record<string, unknown>): void {
    if (strategy !== 'rolling') return;
    if (body['env'] === 'flex') throw new ConfigurationError('strategy', 'rolling is App Engine\'s gradual traffic migration, which the flexible environment does not support; use all-at-once or canary');
    if (!(body['inboundServices'] as string[] | undefined)?.includes('INBOUND_SERVICE_WARMUP')) {
      throw new ConfigurationError('strategy', 'rolling is App Engine\'s gradual traffic migration, which needs warmup requests: add `inbound_services: [warmup]` to app.yaml');
    }
    if (body['manualScaling'] || body['basicScaling']) throw new ConfigurationError('strategy', 'rolling (gradual traffic migration) needs automatic scaling in app.yaml');
  }

  async plan(request: DeployRequest, state: TargetState, ctx: DeployContext): Promise<void> {
    const prepared = this.prepare(request);
    this.checkStrategy(request.strategy, prepared.body);
    const servicePath = `apps/${this.settings.project}/services/${this.settings.service}`;
    if (prepared.object) ctx.plan.record({ call: 'POST upload/storage/v1', resource: `gs://${this.settings.bucket}/${prepared.object}`, purpose: 'stage the bundle (skipped if already there)' });
    ctx.plan.record({ call: 'POST', resource: `v1/${servicePath}/versions`, purpose: `create version ${request.version} without traffic`, body: prepared.body });
    const stable = state.stable?.version;
    if (stable && stable !== request.version) {
      const split = request.strategy === 'canary' ? canarySplit(request.version, stable, request.traffic, this.settings.shardBy) : allTo(request.version, this.settings.shardBy);
      ctx.plan.record({
        call: 'PATCH',
        resource: `v1/${servicePath}?updateMask=split${request.strategy === 'rolling' ? '&migrateTraffic=true' : ''}`,
        purpose: `after ${request.version} answers ${request.healthPath}: ${request.strategy === 'canary' ? `${request.traffic}% to it` : 'all traffic to it'}`,
        body: { split },
      });
    }
  }

  private async cleanup(ctx: DeployContext, keep: Set<string>, previous: string | undefined): Promise<void> {
    const versions = await this.admin.versions();
    if (versions.length >= VERSION_LIMIT - 10) ctx.log.warning(`Service ${this.settings.service} has ${versions.length} versions; App Engine allows ${VERSION_LIMIT} per application (target-options keep-versions deletes old ones)`);
    if (this.settings.keepVersions === 0) return;
    const split = await this.admin.split();
    const serving = new Set([...keep, ...Object.keys(split?.allocations ?? {})]);
    // The newest N versions without traffic stay (the rollback target always among them).
    const old = versions
      .filter((v) => !serving.has(v.id))
      .sort((a, b) => (b.createTime ?? '').localeCompare(a.createTime ?? ''))
      .slice(this.settings.keepVersions)
      .filter((v) => v.id !== previous);
    for (const version of old) {
      ctx.log.info(`Deleting old version ${version.id} (no traffic; keep-versions ${this.settings.keepVersions})`);
      await this.admin.waitOperation(await this.admin.deleteVersion(version.id), `delete version ${version.id}`, ctx);
    }
  }

  /** Creates the version, or reuses it when a re-run finds it with the same source. */
  private async ensureVersion(prepared: Prepared, ctx: DeployContext): Promise<Version> {
    const id = String(prepared.body['id']);
    const wanted = prepared.body['deployment'] as Version['deployment'];
    const existing = await this.admin.version(id, 'FULL');
    if (existing) {
      // The staged object's name holds the bundle digest, so the same URL means the same bytes.
      const same = wanted?.zip ? existing.deployment?.zip?.sourceUrl === wanted.zip.sourceUrl : existing.deployment?.container?.image === wanted?.container?.image;
      if (!same) {
        throw new ConfigurationError('version', `"${id}" already exists in service ${this.settings.service} with other content; App Engine versions cannot change: deploy this build as a new version`);
      }
      ctx.log.info(`Version ${id} already exists with this source; reusing it`);
      return existing;
    }
    if (prepared.bundle && prepared.object) await stageBundle(this.apis, this.settings.project, this.settings.bucket, prepared.object, prepared.bundle, ctx);
    ctx.log.info(`Creating version ${id} of ${this.settings.service} (no traffic yet)`);
    const operation = await this.admin.createVersion(prepared.body);
    await this.admin.waitOperation(operation, `create version ${id}`, ctx);
    const created = await this.admin.version(id);
    if (!created) throw new DeployFailure(`version ${id} was created but cannot be read back`);
    return created;
  }

  /** GETs the health path on the version's own URL until it answers 2xx, within health-grace. */
  private async probe(version: Version, ctx: DeployContext): Promise<void> {
    if (this.healthPath === undefined) return; // the orchestrator's smoke test checks it instead
    const url = `${version.versionUrl}${this.healthPath}`;
    let last = '';
    const deadline = ctx.deadline.within(this.settings.healthGraceMs);
    try {
      await pollUntil(
        ctx,
        `${version.id} to answer ${this.healthPath}`,
        async () => {
          try {
            const response = await fetch(url, { signal: ctx.signal });
            if (response.ok) return { done: true, value: undefined };
            last = `HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`;
          } catch (error) {
            last = (error as Error).message;
          }
          return { done: false, status: last };
        },
        { deadline, backoff: 1.5, maxIntervalMs: ctx.pollIntervalMs * 6 },
      );
    } catch (error) {
      if (!(error instanceof DeployFailure)) throw error;
      throw new DeployFailure(`version ${version.id} did not answer ${url} with 2xx within ${formatSeconds(this.settings.healthGraceMs / 1000)} (target-options health-grace); last: ${last}`, [
        { level: 'error', source: `version ${version.id}`, message: last },
      ]);
    }
  }

  private async applySplit(split: TrafficSplit, migrate: boolean, what: string, ctx: DeployContext): Promise<void> {
    if (this.attempt) this.attempt.splitChanged = true;
    await this.admin.waitOperation(await this.admin.setSplit(split, migrate), what, ctx);
  }

  /**
   * Stops the version that served before (stop-previous): flexible, manual- and basic-scaling
   * versions cost money while they run. A rollback starts it again.
   */
  private async stopPrevious(id: string, ctx: DeployContext): Promise<void> {
    if (!this.settings.stopPrevious) return;
    const version = await this.admin.version(id);
    if (!version || version.servingStatus === 'STOPPED') return;
    if (version.env !== 'flex' && !version.manualScaling && !version.basicScaling) {
      ctx.log.info(`${id} uses automatic scaling in the standard environment and costs nothing without traffic; not stopping it`);
      return;
    }
    ctx.log.info(`Stopping ${id}, which no longer gets traffic (stop-previous)`);
    await this.admin.waitOperation(await this.admin.setServingStatus(id, 'STOPPED'), `stop version ${id}`, ctx);
  }

  async deploy(request: DeployRequest, state: TargetState, ctx: DeployContext): Promise<Release> {
    const prepared = this.prepare(request);
    this.checkStrategy(request.strategy, prepared.body);
    this.healthPath = request.healthPath;
    const before = (state.details?.['split'] as TrafficSplit | undefined) ?? undefined;
    this.attempt = { version: request.version, before, splitChanged: false };
    const stable = state.stable?.version;
    await this.cleanup(ctx, new Set([request.version, ...(stable ? [stable] : [])]), state.previous);
    const version = await this.ensureVersion(prepared, ctx);
    const details = { healthPath: request.healthPath };
    if (!stable || stable === request.version) {
      // A new service's first version takes all traffic by itself; a re-run finds it serving.
      return { version: version.id, strategy: stable ? request.strategy : 'all-at-once', traffic: 100, candidate: this.endpointOf(version), service: this.serviceEndpoint(version), details };
    }
    if (request.strategy === 'canary') {
      return { version: version.id, strategy: 'canary', traffic: percentOf(before, version.id), candidate: this.endpointOf(version), service: this.serviceEndpoint(version), details };
    }
    // All at once or rolling: the version must answer on its own URL before it gets anyone's traffic.
    await this.probe(version, ctx);
    const migrate = request.strategy === 'rolling';
    ctx.log.info(`${migrate ? 'Migrating' : 'Moving'} all traffic of ${this.settings.service} from ${stable} to ${version.id}`);
    await this.applySplit(allTo(version.id, this.settings.shardBy), migrate, `move traffic to ${version.id}`, ctx);
    await this.stopPrevious(stable, ctx);
    return { version: version.id, strategy: request.strategy, traffic: 100, candidate: this.endpointOf(version), service: this.serviceEndpoint(version), details };
  }

  async waitHealthy(release: Release, ctx: DeployContext): Promise<void> {
    if (typeof release.details?.['healthPath'] === 'string') this.healthPath = release.details['healthPath'];
    const version = await this.admin.version(release.version);
    if (!version) throw new DeployFailure(`version ${release.version} does not exist in service ${this.settings.service}`);
    if (version.servingStatus !== 'SERVING') throw new DeployFailure(`version ${release.version} is ${version.servingStatus}, not SERVING`);
    const split = await this.admin.split();
    const share = percentOf(split, release.version);
    if (Math.abs(share - release.traffic) > 0.5) {
      throw new DeployFailure(`service ${this.settings.service} sends ${share}% of traffic to ${release.version}, not the ${release.traffic}% expected (split: ${JSON.stringify(split?.allocations ?? {})})`);
    }
    await this.probe(version, ctx);
  }

  async shiftTraffic(release: Release, percent: number, ctx: DeployContext): Promise<Release> {
    const split = await this.admin.split();
    const stable = byShare(split).find(([id]) => id !== release.version)?.[0];
    if (!stable) return { ...release, traffic: 100 };
    const target = canarySplit(release.version, stable, percent, this.settings.shardBy);
    await this.applySplit(target, false, `send ${percent}% of traffic to ${release.version}`, ctx);
    return { ...release, traffic: percentOf(target, release.version) };
  }

  async promote(state: TargetState, ctx: DeployContext): Promise<Release> {
    const candidate = state.candidate;
    if (!candidate) throw new UserError(`Nothing to promote in service ${this.settings.service}: ${state.stable?.version ?? 'nothing'} takes all traffic`);
    await this.applySplit(allTo(candidate.version, this.settings.shardBy), false, `move all traffic to ${candidate.version}`, ctx);
    if (state.stable) await this.stopPrevious(state.stable.version, ctx);
    const version = await this.admin.version(candidate.version);
    return { version: candidate.version, strategy: 'canary', traffic: 100, candidate: this.endpointOf(version), service: this.serviceEndpoint(version) };
  }

  async rollback(state: TargetState, ctx: DeployContext): Promise<Release> {
    const attempt = this.attempt;
    let split: TrafficSplit;
    if (attempt) {
      if (!attempt.splitChanged || !attempt.before) {
        const current = state.stable?.version ?? attempt.version;
        ctx.log.info(`The traffic split was not changed; ${current} still serves`);
        const version = await this.admin.version(current);
        return { version: current, strategy: 'all-at-once', traffic: percentOf(await this.admin.split(), current), service: this.serviceEndpoint(version) };
      }
      split = attempt.before;
    } else if (state.candidate) {
      if (!state.stable) throw new UserError(`Nothing to roll back to in service ${this.settings.service}: the ${state.candidate.version} canary is its only version`);
      split = allTo(state.stable.version, this.settings.shardBy);
    } else {
      if (!state.previous) throw new UserError(`Nothing to roll back to in service ${this.settings.service}: no earlier version serving (deleted or stopped?)`);
      split = allTo(state.previous, this.settings.shardBy);
    }
    const restored = byShare(split)[0]![0];
    const version = await this.admin.version(restored);
    if (!version) throw new UserError(`Cannot roll back to ${restored}: the version no longer exists in service ${this.settings.service}`);
    for (const id of Object.keys(split.allocations)) {
      const stopped = id === restored ? version : await this.admin.version(id);
      if (stopped?.servingStatus === 'STOPPED') {
        ctx.log.info(`Starting ${id} again (it was stopped) before it gets traffic back`);
        await this.admin.waitOperation(await this.admin.setServingStatus(id, 'SERVING'), `start version ${id}`, ctx);
      }
    }
    ctx.log.info(`Restoring the split ${JSON.stringify(split.allocations)}`);
    await this.applySplit({ ...split, shardBy: split.shardBy ?? this.settings.shardBy }, false, `give ${restored} its traffic back`, ctx);
    return { version: restored, strategy: 'all-at-once', traffic: percentOf(split, restored), candidate: this.endpointOf(version), service: this.serviceEndpoint(version) };
  }
}

export default function createAppEngineTarget(settings: TargetSettings): DeployTarget {
  return new AppEngineTarget(settings);
}
