/**
 * The deploy contract, the same for every target: deploy → verify → shift traffic → promote or
 * roll back. Targets speak their provider's API; this file decides the order, runs the smoke
 * tests, keeps the GitHub Deployment up to date, and rolls back automatically on a failure,
 * confirming the previous version serves before the step fails.
 */
import { UserError, errorMessage } from '../shared/errors.ts';
import { DeployFailure, UnsupportedStrategy } from './errors.ts';
import type { DeploymentRecord, GitHubDeployments } from './github-deployments.ts';
import { runSmokeSuite, SmokeTestFailure, type SmokeRun, type SmokeSuite } from './smoke.ts';
import type { DeployContext, DeployRequest, DeployTarget, Endpoint, PlannedCall, ProviderEvent, Release, TargetState, Verb } from './target.ts';

export type DeployStatus = 'planned' | 'deployed' | 'canary' | 'shadow' | 'promoted' | 'rolled-back' | 'stopped' | 'failed';

export interface DeployOutcome {
  status: DeployStatus;
  version?: string;
  previousVersion?: string;
  /** Where users reach the service. */
  url?: string;
  /** Where the candidate answers on its own (canary/shadow). */
  candidateUrl?: string;
  traffic: number;
  deploymentId?: number;
  smokeRuns: SmokeRun[];
  /** What a failure was, when status is failed. */
  failure?: string;
  /** The version serving after an automatic rollback, confirmed. */
  restored?: string;
  /** What the automatic rollback could not do, if anything. */
  rollbackProblem?: string;
}

export interface OrchestratorOptions {
  verb: Verb;
  target: DeployTarget;
  /** Identifies the deployed thing in GitHub Deployment payloads (settings `name`, or the target name). */
  name: string;
  /** For `deploy`. */
  request?: DeployRequest;
  /** Canary/shadow traffic steps, ascending percents. */
  trafficSteps: number[];
  smoke?: SmokeSuite;
  rollbackOnFailure: boolean;
  /** promote: the version expected to be the candidate (refuses to promote anything else). */
  expectedVersion?: string;
  deployments?: GitHubDeployments;
  /** Commit the GitHub Deployment is for. */
  ref: string;
  ctx: DeployContext;
  /** A fresh context (new deadline) for the automatic rollback, which may run after the deadline passed. */
  rollbackContext: () => DeployContext;
}

const SIDE_BY_SIDE = new Set(['canary', 'shadow']);

function url(endpoint: Endpoint | undefined): string | undefined {
  return endpoint?.url;
}

class Run {
  readonly o: OrchestratorOptions;
  readonly smokeRuns: SmokeRun[] = [];
  deploymentId?: number;
  constructor(options: OrchestratorOptions) {
    this.o = options;
  }

  async smoke(endpoint: Endpoint | undefined, label: string, ctx: DeployContext): Promise<void> {
    if (!this.o.smoke) return;
    if (!endpoint) {
      ctx.log.info(`No endpoint to smoke-test ${label} on; skipped`);
      return;
    }
    try {
      this.smokeRuns.push(await runSmokeSuite(this.o.smoke, endpoint, label, ctx));
    } catch (error) {
      if (error instanceof SmokeTestFailure) this.smokeRuns.push(error.run);
      throw error;
    }
  }

  async recorded(version?: string): Promise<{ id?: number; state?: TargetState; record?: DeploymentRecord }> {
    const found = await this.o.deployments?.findLatest(this.o.target.name, this.o.name, version);
    if (!found) return {};
    const record = found.record;
    const state: TargetState = {
      stable: record.strategy === 'canary' || record.strategy === 'shadow' ? (record.previous ? { version: record.previous } : undefined) : { version: record.version },
      candidate: record.strategy === 'canary' || record.strategy === 'shadow' ? { version: record.version, strategy: record.strategy } : undefined,
      traffic: 0,
      previous: record.previous,
      details: record.details,
    };
    return { id: found.id, state, record };
  }

  /** deploy: start the version, verify it, shift traffic step by step. */
  async deploy(): Promise<DeployOutcome> {
    const { target, request, ctx } = this.o;
    if (!request) throw new Error('deploy needs a request');
    if (!target.strategies.includes(request.strategy)) throw new UnsupportedStrategy(target.name, request.strategy, target.strategies);
    const before = await target.preflight(ctx, (await this.recorded()).state);
    if (ctx.plan.dryRun) {
      await target.plan(request, before, ctx);
      return { status: 'planned', version: request.version, previousVersion: before.stable?.version, url: url(before.service), traffic: 0, smokeRuns: [] };
    }
    const running = before.candidate;
    if (running && running.version !== request.version) {
      throw new UserError(
        `A ${running.strategy} of version ${running.version} is running beside ${before.stable?.version ?? 'nothing'} on ${target.name}: ` +
          'promote it (action: promote) or roll it back (action: rollback) before deploying another version',
      );
    }
    const previous = before.stable?.version !== request.version ? before.stable?.version : before.previous;
    if (this.o.deployments) {
      this.deploymentId = await this.o.deployments.create(
        this.o.ref,
        { target: target.name, name: this.o.name, version: request.version, strategy: request.strategy, previous, details: before.details },
        `${request.strategy} of ${request.version} to ${target.name}`,
      );
      await this.o.deployments.status(this.deploymentId, 'in_progress', `Deploying ${request.version} (${request.strategy})`);
    }

    let release: Release | undefined;
    try {
      release = await target.deploy(request, before, ctx);
      ctx.log.info(`Started ${release.version} (${release.strategy}); waiting until it is healthy`);
      await target.waitHealthy(release, ctx);
      if (SIDE_BY_SIDE.has(release.strategy)) {
        await this.smoke(release.candidate, `candidate ${release.version} before it gets traffic`, ctx);
        for (const percent of this.o.trafficSteps) {
          release = await target.shiftTraffic(release, percent, ctx);
          ctx.log.info(`${release.strategy === 'shadow' ? 'Mirroring' : 'Sending'} ${release.traffic}% of requests to ${release.version}`);
          await target.waitHealthy(release, ctx);
          await this.smoke(release.service ?? release.candidate, `${release.version} at ${release.traffic}% ${release.strategy === 'shadow' ? 'mirrored' : 'traffic'}`, ctx);
        }
      } else {
        await this.smoke(release.service ?? release.candidate, `${release.version} serving all traffic`, ctx);
      }
    } catch (error) {
      return this.failed(error, release !== undefined || !(error instanceof UserError), before);
    }
    // A canary the provider already moved to all traffic (Elastic Beanstalk decides that itself) is deployed.
    const status: DeployStatus = SIDE_BY_SIDE.has(release.strategy) && release.traffic < 100 ? (release.strategy as 'canary' | 'shadow') : 'deployed';
    const serviceUrl = url(release.service);
    if (this.deploymentId !== undefined) {
      const description = status === 'deployed' ? `${release.version} serves all traffic` : `${release.version} ${status} at ${release.traffic}%, beside ${previous ?? 'nothing'}`;
      await this.o.deployments!.status(this.deploymentId, 'success', description, serviceUrl);
    }
    return {
      status,
      version: release.version,
      previousVersion: previous,
      url: serviceUrl,
      candidateUrl: SIDE_BY_SIDE.has(release.strategy) ? url(release.candidate) : undefined,
      traffic: release.traffic,
      deploymentId: this.deploymentId,
      smokeRuns: this.smokeRuns,
    };
  }

  /** promote: the candidate takes all traffic and becomes the stable version. */
  async promote(): Promise<DeployOutcome> {
    const { target, ctx } = this.o;
    const recorded = await this.recorded(this.o.expectedVersion);
    const state = await target.preflight(ctx, recorded.state);
    const candidate = state.candidate;
    if (!candidate) {
      if (this.o.expectedVersion && state.stable?.version === this.o.expectedVersion) {
        ctx.log.info(`${this.o.expectedVersion} already serves all traffic: nothing to promote`);
        return { status: 'promoted', version: state.stable.version, previousVersion: state.previous, url: url(state.service), traffic: 100, deploymentId: recorded.id, smokeRuns: [] };
      }
      throw new UserError(`Nothing to promote on ${target.name}: no canary or shadow is running (stable version: ${state.stable?.version ?? 'none'})`);
    }
    if (this.o.expectedVersion && candidate.version !== this.o.expectedVersion) {
      throw new UserError(`The running ${candidate.strategy} is version ${candidate.version}, not ${this.o.expectedVersion} (input "version"): refusing to promote it`);
    }
    if (ctx.plan.dryRun) {
      ctx.plan.record({ call: 'promote', resource: `${target.name} ${this.o.name}`, purpose: `${candidate.version} takes all traffic from ${state.stable?.version ?? 'nothing'}` });
      return { status: 'planned', version: candidate.version, previousVersion: state.stable?.version, url: url(state.service), traffic: state.traffic, smokeRuns: [] };
    }
    this.deploymentId = recorded.record?.version === candidate.version ? recorded.id : undefined;
    if (this.deploymentId !== undefined) await this.o.deployments!.status(this.deploymentId, 'in_progress', `Promoting ${candidate.version}`);
    let release: Release | undefined;
    try {
      release = await target.promote(state, ctx);
      await target.waitHealthy(release, ctx);
      await this.smoke(release.service, `${release.version} after promotion`, ctx);
    } catch (error) {
      return this.failed(error, true, state);
    }
    if (this.deploymentId !== undefined) await this.o.deployments!.status(this.deploymentId, 'success', `${release.version} promoted to all traffic`, url(release.service));
    return { status: 'promoted', version: release.version, previousVersion: state.stable?.version, url: url(release.service), traffic: 100, deploymentId: this.deploymentId, smokeRuns: this.smokeRuns };
  }

  /** rollback (asked for): remove the candidate, or restore the previous version. */
  async rollback(): Promise<DeployOutcome> {
    const { target, ctx } = this.o;
    const recorded = await this.recorded();
    const state = await target.preflight(ctx, recorded.state);
    const from = state.candidate?.version ?? state.stable?.version;
    if (ctx.plan.dryRun) {
      ctx.plan.record({
        call: 'rollback',
        resource: `${target.name} ${this.o.name}`,
        purpose: state.candidate ? `remove ${state.candidate.strategy} ${state.candidate.version}; ${state.stable?.version} keeps all traffic` : `restore ${state.previous ?? '(nothing to restore)'} in place of ${from}`,
      });
      return { status: 'planned', version: state.candidate ? state.stable?.version : state.previous, previousVersion: from, url: url(state.service), traffic: 100, smokeRuns: [] };
    }
    const release = await target.rollback(state, ctx);
    await target.waitHealthy(release, ctx);
    await this.smoke(release.service, `${release.version} after rollback`, ctx);
    await this.markRolledBack(from, release, recorded.record?.version === from ? recorded.id : undefined);
    return { status: 'rolled-back', version: release.version, previousVersion: from, url: url(release.service), traffic: 100, deploymentId: this.deploymentId, smokeRuns: this.smokeRuns };
  }

  async stop(): Promise<DeployOutcome> {
    const { target, ctx } = this.o;
    if (!target.stop) throw new UserError(`Target ${target.name} has nothing to stop: action "stop" ends a local deploy started with keep-running: true`);
    const state = await target.preflight(ctx);
    if (ctx.plan.dryRun) {
      ctx.plan.record({ call: 'stop', resource: `${target.name} ${this.o.name}`, purpose: 'stop the model servers and the proxy' });
      return { status: 'planned', traffic: 0, smokeRuns: [] };
    }
    await target.stop(state, ctx);
    return { status: 'stopped', version: state.stable?.version, traffic: 0, smokeRuns: [] };
  }

  /** GitHub: the rolled-back version's Deployment goes inactive; the restored one's is success again. */
  async markRolledBack(from: string | undefined, restored: Release, fromId: number | undefined): Promise<void> {
    const deployments = this.o.deployments;
    if (!deployments) return;
    const rolledBackId = fromId ?? (from ? (await deployments.findLatest(this.o.target.name, this.o.name, from))?.id : undefined);
    if (rolledBackId !== undefined) await deployments.status(rolledBackId, 'inactive', `Rolled back to ${restored.version}`);
    const restoredDeployment = await deployments.findLatest(this.o.target.name, this.o.name, restored.version);
    if (restoredDeployment) {
      await deployments.status(restoredDeployment.id, 'success', `${restored.version} serves again after rollback of ${from}`, url(restored.service));
      this.deploymentId = restoredDeployment.id;
    } else {
      this.deploymentId = rolledBackId;
    }
  }

  /**
   * A failure after the change started: roll back (when enabled) and confirm what serves, then
   * report. Returns the outcome; the caller fails the step with it.
   */
  async failed(error: unknown, changed: boolean, before: TargetState): Promise<DeployOutcome> {
    const { target } = this.o;
    const causes = error instanceof DeployFailure ? error.causes : [];
    let failure = errorMessage(error);
    if (causes.length > 0) failure += `\nCauses:\n${formatCauses(causes)}`;
    const outcome: DeployOutcome = {
      status: 'failed',
      version: this.o.request?.version ?? before.candidate?.version,
      previousVersion: before.stable?.version,
      url: url(before.service),
      traffic: 0,
      deploymentId: this.deploymentId,
      smokeRuns: this.smokeRuns,
      failure,
    };
    if (changed && this.o.rollbackOnFailure) {
      const ctx = this.o.rollbackContext();
      ctx.log.warning(`Deploy failed: ${errorMessage(error)}. Rolling back (rollback-on-failure: true)`);
      try {
        const now = await target.preflight(ctx);
        // The target decides what restoring means (it may know the update never took hold).
        const release = await target.rollback(now, ctx);
        await target.waitHealthy(release, ctx);
        const after = await target.preflight(ctx);
        const expected = before.stable?.version;
        if (expected && after.stable?.version !== expected) {
          throw new DeployFailure(`after the rollback ${after.stable?.version ?? 'nothing'} serves, not the previous version ${expected}`);
        }
        if (after.candidate) throw new DeployFailure(`after the rollback the ${after.candidate.strategy} ${after.candidate.version} is still running`);
        await this.smoke(after.service ?? release.service, `${release.version} after automatic rollback`, ctx);
        ctx.log.info(`Rolled back: ${release.version} serves all traffic again`);
        outcome.restored = release.version;
        outcome.url = url(after.service ?? release.service);
        outcome.traffic = 0;
      } catch (rollbackError) {
        outcome.rollbackProblem = errorMessage(rollbackError);
        ctx.log.warning(`The automatic rollback did not complete: ${outcome.rollbackProblem}`);
      }
    }
    if (this.deploymentId !== undefined) {
      const note = outcome.restored ? `; rolled back to ${outcome.restored}` : outcome.rollbackProblem ? '; rollback incomplete' : '';
      await this.o.deployments!.status(this.deploymentId, 'failure', `${errorMessage(error)}${note}`, outcome.url);
      if (outcome.restored) await this.o.deployments!.status(this.deploymentId, 'inactive', `Rolled back to ${outcome.restored}`);
    }
    if (!changed) throw error;
    return outcome;
  }
}

export function formatCauses(causes: readonly ProviderEvent[]): string {
  return causes
    .slice(-10)
    .map((c) => `  - ${c.source}${c.reason ? ` ${c.reason}` : ''}: ${c.message}`)
    .join('\n');
}

export async function orchestrate(options: OrchestratorOptions): Promise<DeployOutcome> {
  const run = new Run(options);
  switch (options.verb) {
    case 'deploy':
      return run.deploy();
    case 'promote':
      return run.promote();
    case 'rollback':
      return run.rollback();
    case 'stop':
      return run.stop();
  }
}

export type { PlannedCall };
