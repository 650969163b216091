/**
 * The elastic-beanstalk target: deploys a source bundle (or a container image, as a Docker
 * bundle) to an existing environment with the AWS SDK, no CLI.
 *
 * - all-at-once and rolling are EB's AllAtOnce and Rolling policies; canary is EB's
 *   TrafficSplitting: `traffic` percent of requests go to a new fleet for `evaluation-time`
 *   minutes, then EB moves all traffic if its health held, or moves it back. The step waits for
 *   that verdict. Shadow is not something EB can do.
 * - Before updating, a busy environment (another run, a configuration change) is waited for
 *   instead of failing with "invalid state … Must be Ready".
 * - Rollback aborts an update still in flight (AbortEnvironmentUpdate), else redeploys the
 *   version that ran before, since EB itself leaves a failed all-at-once or rolling deploy as it is.
 * - Credentials come from the SDK's default chain (aws-actions/configure-aws-credentials with
 *   OIDC); endpoints from the SDK's standard AWS_ENDPOINT_URL_ELASTIC_BEANSTALK / _S3 variables.
 */
import { AbortEnvironmentUpdateCommand, ElasticBeanstalkClient, UpdateEnvironmentCommand, type EnvironmentDescription } from '@aws-sdk/client-elastic-beanstalk';
import { S3Client } from '@aws-sdk/client-s3';
import { ConfigurationError, UserError } from '../../shared/errors.ts';
import type { DeployContext, DeployRequest, DeployTarget, Endpoint, Release, Strategy, TargetSettings, TargetState } from '../target.ts';
import { bundleKey, ensureApplicationVersion, type Clients } from './elastic-beanstalk/application-version.ts';
import { awsCall, awsErrorCode, explainAwsError } from './elastic-beanstalk/aws-errors.ts';
import { dockerBundle } from './elastic-beanstalk/docker-bundle.ts';
import { describeEnvironment, summarise, waitForUpdate, waitUntilReady } from './elastic-beanstalk/environment-watch.ts';
import { deploymentOptions, policyFor, type DeploymentPolicy } from './elastic-beanstalk/option-settings.ts';
import { checkVersionLabel, readElasticBeanstalkSettings, type ElasticBeanstalkSettings } from './elastic-beanstalk/settings.ts';
import { loadSourceBundle, type SourceBundle } from './source-bundle.ts';

/** EB's own limit for a source bundle. */
const MAX_BUNDLE_BYTES = 500 * 1024 * 1024;

/** What this process changed, so an automatic rollback in the same step knows what to restore. */
interface Attempt {
  label: string;
  previous?: string;
  /** False until UpdateEnvironment was accepted: before that, nothing that serves has changed. */
  updated: boolean;
}

class ElasticBeanstalkTarget implements DeployTarget {
  readonly name = 'elastic-beanstalk' as const;
  readonly strategies: readonly Strategy[] = ['all-at-once', 'rolling', 'canary'];
  private readonly settings: ElasticBeanstalkSettings;
  private readonly serviceUrl?: string;
  private readonly workspace: string;
  private readonly clients: Clients;
  private attempt?: Attempt;

  constructor(settings: TargetSettings) {
    this.settings = readElasticBeanstalkSettings(settings);
    this.serviceUrl = settings.url;
    this.workspace = settings.workspace;
    // A few SDK retries (with its throttling backoff) per call; the polling loops add their own,
    // slower backoff on top, so a throttled wait slows down instead of failing.
    const common = { region: this.settings.region, maxAttempts: 4, retryMode: 'standard' };
    this.clients = { eb: new ElasticBeanstalkClient(common), s3: new S3Client(common) };
  }

  private service(environment: EnvironmentDescription): Endpoint | undefined {
    if (this.serviceUrl) return { url: this.serviceUrl };
    return environment.CNAME ? { url: `http://${environment.CNAME}` } : undefined;
  }

  async preflight(ctx: DeployContext, recorded?: TargetState): Promise<TargetState> {
    const environment = await describeEnvironment(this.clients, this.settings);
    const running = environment.VersionLabel;
    ctx.log.info(`Environment ${this.settings.environment}: ${summarise(environment)}`);
    let previous: string | undefined;
    if (this.attempt?.updated && running === this.attempt.label) previous = this.attempt.previous;
    else if (recorded?.stable?.version === running) previous = recorded?.previous;
    else if (recorded?.candidate?.version === running) previous = recorded?.stable?.version;
    const state: TargetState = {
      stable: running ? { version: running } : undefined,
      traffic: 0,
      previous,
      service: this.service(environment),
      // `healthy: false` says the running label is not the whole truth: after a failed deploy EB keeps
      // the old label while its instances may run the broken bundle, and a redeploy is needed.
      details: { environmentId: environment.EnvironmentId, status: environment.Status, health: environment.Health, healthy: this.settings.acceptedHealth.includes(environment.Health as never) },
    };
    // A traffic-splitting canary still being evaluated (started by an earlier step) is the candidate.
    const canary = recorded?.candidate;
    if (environment.Status === 'Updating' && environment.AbortableOperationInProgress && canary && canary.version !== running) {
      state.candidate = { version: canary.version, strategy: 'canary' };
      state.traffic = recorded?.traffic ?? 0;
    }
    return state;
  }

  private bundleFor(request: DeployRequest): SourceBundle {
    if (request.bundle) return loadSourceBundle(request.bundle, MAX_BUNDLE_BYTES);
    if (request.image) return dockerBundle(request.image, request.containerPort);
    throw new ConfigurationError('bundle', `is required for target elastic-beanstalk (a zip or a folder; or give \`image\` for a Docker environment). Workspace: ${this.workspace}`);
  }

  private description(request: DeployRequest): string {
    if (this.settings.description) return this.settings.description;
    const parts = Object.entries(request.annotations).map(([key, value]) => `${key}=${value}`);
    return (parts.length ? parts.join(' ') : `Deployed by ml-actions`).replace(/\s+/g, ' ').slice(0, 200);
  }

  private updateRequest(label: string, policy: DeploymentPolicy, canaryPercent: number, env: Record<string, string>) {
    return new UpdateEnvironmentCommand({
      ApplicationName: this.settings.application,
      EnvironmentName: this.settings.environment,
      VersionLabel: label,
      OptionSettings: deploymentOptions(policy, this.settings, canaryPercent, env),
    });
  }

  async plan(request: DeployRequest, state: TargetState, ctx: DeployContext): Promise<void> {
    checkVersionLabel(request.version);
    const bundle = this.bundleFor(request);
    const first = !state.stable;
    const policy = first ? 'AllAtOnce' : policyFor(request.strategy);
    const bucket = this.settings.bucket ?? '(Elastic Beanstalk storage bucket)';
    const key = bundleKey(this.settings, request.version, bundle);
    const size = `${(bundle.bytes.length / 1024 / 1024).toFixed(1)} MB`;
    ctx.plan.record({ call: 'DescribeApplicationVersions', resource: `${this.settings.application} ${request.version}`, purpose: 'reuse the version if it exists with this bundle' });
    ctx.plan.record({ call: bundle.bytes.length > 8 * 1024 * 1024 ? 'S3 multipart upload' : 'S3 PutObject', resource: `s3://${bucket}/${key}`, purpose: `upload the ${size} bundle (skipped if already there)` });
    ctx.plan.record({
      call: 'CreateApplicationVersion',
      resource: `${this.settings.application} ${request.version}`,
      purpose: 'register and validate the bundle (Process=true)',
      body: { ApplicationName: this.settings.application, VersionLabel: request.version, Description: this.description(request), SourceBundle: { S3Bucket: bucket, S3Key: key }, Process: true },
    });
    const update = this.updateRequest(request.version, policy, request.traffic, request.env).input;
    ctx.plan.record({ call: 'UpdateEnvironment', resource: `environment ${this.settings.environment}`, purpose: `${policy} deploy of ${request.version} in place of ${state.stable?.version ?? 'nothing'}`, body: update });
  }

  async deploy(request: DeployRequest, state: TargetState, ctx: DeployContext): Promise<Release> {
    checkVersionLabel(request.version);
    const bundle = this.bundleFor(request);
    let environment = await describeEnvironment(this.clients, this.settings);
    if (environment.Status !== 'Ready') {
      ctx.log.warning(
        `Environment ${this.settings.environment} is busy (${environment.Status}); waiting for it to be Ready. ` +
          'Give deploy jobs to one environment a `concurrency:` group so runs queue instead.',
      );
      environment = await waitUntilReady(this.clients, this.settings, ctx, 'before the update');
    }
    const previous = environment.VersionLabel;
    const first = previous === undefined;
    const strategy: Strategy = first && request.strategy === 'canary' ? 'all-at-once' : request.strategy;
    if (first && request.strategy === 'canary') ctx.log.info('Nothing runs in the environment yet: deploying all at once, not as a canary');
    const policy = policyFor(strategy);
    this.attempt = { label: request.version, previous, updated: false };

    await ensureApplicationVersion(this.clients, this.settings, request.version, bundle, this.description(request), ctx);

    const accepted = this.settings.acceptedHealth.includes(environment.Health as never);
    if (previous === request.version && accepted) {
      ctx.log.info(`${request.version} already runs in ${this.settings.environment} and is healthy; nothing to update`);
      return { version: request.version, strategy, traffic: 100, service: this.service(environment), details: { alreadyRunning: true } };
    }
    const startedAt = new Date();
    let response;
    try {
      response = await this.clients.eb.send(this.updateRequest(request.version, policy, request.traffic, request.env));
    } catch (error) {
      if (!(awsErrorCode(error) === 'InvalidParameterValue' && /invalid state/i.test((error as Error).message))) {
        throw explainAwsError(error, `update environment ${this.settings.environment}`);
      }
      // Someone started an operation between our look and our update: wait for it once more.
      ctx.log.warning(`Environment ${this.settings.environment} became busy just now; waiting for it to be Ready again`);
      await waitUntilReady(this.clients, this.settings, ctx, 'before the update');
      response = await awsCall(`update environment ${this.settings.environment}`, () => this.clients.eb.send(this.updateRequest(request.version, policy, request.traffic, request.env)));
    }
    this.attempt.updated = true;
    const requestId = response.$metadata.requestId;
    const share = policy === 'TrafficSplitting' ? `${request.traffic}% for ${this.settings.evaluationMinutes} minutes, then all traffic if healthy` : policy;
    ctx.log.info(`Elastic Beanstalk accepted the update to ${request.version} (${share}; request ${requestId ?? 'unknown'})`);
    return {
      version: request.version,
      strategy,
      traffic: policy === 'TrafficSplitting' ? request.traffic : 100,
      service: this.service(response as EnvironmentDescription),
      details: { requestId, startedAt: startedAt.toISOString(), environmentId: environment.EnvironmentId, policy },
    };
  }

  async waitHealthy(release: Release, ctx: DeployContext): Promise<void> {
    const details = release.details ?? {};
    const startedAt = typeof details['startedAt'] === 'string' ? new Date(details['startedAt']) : new Date();
    const requestId = typeof details['requestId'] === 'string' ? details['requestId'] : undefined;
    if (details['policy'] === 'TrafficSplitting' && release.traffic < 100) {
      ctx.log.info(`Elastic Beanstalk evaluates ${release.version} on ${release.traffic}% of requests for ${this.settings.evaluationMinutes} minutes; waiting for its verdict`);
    }
    // A release that changed nothing (already running, EB already moved traffic back) only needs a look.
    const expectChange = typeof details['startedAt'] === 'string';
    await waitForUpdate(this.clients, this.settings, { label: release.version, requestId, startedAt: expectChange ? startedAt : new Date(), expectChange }, ctx);
  }

  async shiftTraffic(release: Release, percent: number, ctx: DeployContext): Promise<Release> {
    // EB runs the canary itself: once waitHealthy returned, its evaluation passed and all traffic moved.
    if (percent !== 100 && percent !== release.traffic) {
      ctx.log.info(`Elastic Beanstalk traffic splitting has one evaluation step; it already sends all traffic to ${release.version} (asked for ${percent}%)`);
    }
    return { ...release, traffic: 100 };
  }

  async promote(state: TargetState, ctx: DeployContext): Promise<Release> {
    const candidate = state.candidate;
    if (!candidate) throw new UserError(`Nothing to promote on ${this.settings.environment}: ${state.stable?.version ?? 'nothing'} already takes all traffic`);
    ctx.log.info(`Elastic Beanstalk promotes ${candidate.version} itself when its evaluation passes; waiting for that`);
    await waitForUpdate(this.clients, this.settings, { label: candidate.version, startedAt: new Date(), expectChange: false }, ctx);
    const environment = await describeEnvironment(this.clients, this.settings);
    return { version: candidate.version, strategy: 'canary', traffic: 100, service: this.service(environment) };
  }

  async rollback(state: TargetState, ctx: DeployContext): Promise<Release> {
    let environment = await describeEnvironment(this.clients, this.settings);
    const attempt = this.attempt;
    if (attempt && !attempt.updated) {
      ctx.log.info(`The update to ${attempt.label} was never started; ${environment.VersionLabel ?? 'nothing'} still runs`);
      return { version: environment.VersionLabel ?? attempt.previous ?? attempt.label, strategy: 'all-at-once', traffic: 100, service: this.service(environment), details: { unchanged: true } };
    }
    const restore = attempt ? attempt.previous : state.candidate ? state.stable?.version : state.previous;
    if (!restore) {
      throw new UserError(
        `Nothing to roll back to on ${this.settings.environment}: no earlier version is known${attempt ? ' (this was the first deploy)' : ' (the GitHub Deployment of the running version records none)'}`,
      );
    }
    const startedAt = new Date();
    if (environment.Status !== 'Ready' && environment.AbortableOperationInProgress) {
      const aborted = await awsCall(`abort the update of ${this.settings.environment}`, () =>
        this.clients.eb.send(new AbortEnvironmentUpdateCommand({ EnvironmentName: this.settings.environment })),
      );
      ctx.log.info(`Aborted the update in flight; Elastic Beanstalk moves traffic back to ${restore}`);
      return { version: restore, strategy: 'all-at-once', traffic: 100, service: this.service(environment), details: { requestId: aborted.$metadata.requestId, startedAt: startedAt.toISOString(), aborted: true } };
    }
    if (environment.Status !== 'Ready') environment = await waitUntilReady(this.clients, this.settings, ctx, 'before the rollback');
    if (environment.VersionLabel === restore && this.settings.acceptedHealth.includes(environment.Health as never)) {
      ctx.log.info(`${restore} already runs and is healthy (Elastic Beanstalk moved traffic back itself); nothing to redeploy`);
      return { version: restore, strategy: 'all-at-once', traffic: 100, service: this.service(environment), details: {} };
    }
    const policy = this.settings.rollbackPolicy;
    const response = await awsCall(`redeploy ${restore} to ${this.settings.environment}`, () => this.clients.eb.send(this.updateRequest(restore, policy, 100, {})));
    ctx.log.info(`Redeploying ${restore} (${policy}) in place of ${environment.VersionLabel ?? 'nothing'}`);
    return { version: restore, strategy: 'all-at-once', traffic: 100, service: this.service(environment), details: { requestId: response.$metadata.requestId, startedAt: startedAt.toISOString(), policy } };
  }

  async close(): Promise<void> {
    this.clients.eb.destroy();
    this.clients.s3.destroy();
  }
}

export default function createElasticBeanstalkTarget(settings: TargetSettings): DeployTarget {
  return new ElasticBeanstalkTarget(settings);
}

