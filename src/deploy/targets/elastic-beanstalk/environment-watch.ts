/**
 * Watching an Elastic Beanstalk environment through an update, with the success rule the research
 * on today's deploy actions asks for: the update is done only when the environment is Ready, runs
 * the *requested* version label, its health is in the accepted set, and no ERROR event belongs to
 * this update (events scoped by the update's request id, so another run's failure is not ours).
 *
 * Polling stays under EB's account-wide Describe limit (about 2 calls a second): one
 * DescribeEnvironments a tick, DescribeEvents every other tick and when the outcome is decided,
 * intervals that grow while nothing changes, and throttling answered by waiting longer.
 */
import {
  DescribeEnvironmentHealthCommand,
  DescribeEnvironmentsCommand,
  DescribeEventsCommand,
  type EnvironmentDescription,
  type EventDescription,
} from '@aws-sdk/client-elastic-beanstalk';
import { UserError } from '../../../shared/errors.ts';
import { DeployFailure, formatSeconds } from '../../errors.ts';
import type { DeployContext, ProviderEvent } from '../../target.ts';
import { pollUntil } from '../../wait.ts';
import type { Clients } from './application-version.ts';
import { awsCall, isThrottling } from './aws-errors.ts';
import type { ElasticBeanstalkSettings } from './settings.ts';

export async function describeEnvironment(clients: Clients, settings: ElasticBeanstalkSettings): Promise<EnvironmentDescription> {
  const result = await awsCall(`read environment ${settings.environment}`, () =>
    clients.eb.send(new DescribeEnvironmentsCommand({ ApplicationName: settings.application, EnvironmentNames: [settings.environment] })),
  );
  const environment = result.Environments?.find((e) => e.EnvironmentName === settings.environment && e.Status !== 'Terminated');
  if (!environment) {
    throw new UserError(
      `Elastic Beanstalk has no environment ${settings.environment} in application ${settings.application} (region ${settings.region}). ` +
        'Create it first (console, EB CLI or CloudFormation); this action deploys to an existing environment.',
    );
  }
  return environment;
}

export function summarise(environment: EnvironmentDescription): string {
  return `${environment.Status}, health ${environment.Health}${environment.HealthStatus ? ` (${environment.HealthStatus})` : ''}, running ${environment.VersionLabel ?? 'nothing'}`;
}

function levelOf(severity: string | undefined): ProviderEvent['level'] {
  return severity === 'ERROR' || severity === 'FATAL' ? 'error' : severity === 'WARN' ? 'warning' : 'info';
}

/** Health causes from enhanced health reporting, when the environment has it. */
export async function healthCauses(clients: Clients, settings: ElasticBeanstalkSettings): Promise<ProviderEvent[]> {
  try {
    const health = await clients.eb.send(new DescribeEnvironmentHealthCommand({ EnvironmentName: settings.environment, AttributeNames: ['Causes', 'HealthStatus', 'Color'] }));
    return (health.Causes ?? []).map((cause) => ({ level: 'error' as const, source: `environment ${settings.environment}`, reason: health.HealthStatus, message: cause }));
  } catch {
    return []; // basic health reporting has no causes to give
  }
}

/** Reads new events since the last look, newest last; remembers where it stopped. */
class EventReader {
  private since: Date;
  private readonly seen = new Set<string>();
  private readonly clients: Clients;
  private readonly settings: ElasticBeanstalkSettings;
  constructor(clients: Clients, settings: ElasticBeanstalkSettings, since: Date) {
    this.clients = clients;
    this.settings = settings;
    this.since = since;
  }
  async read(): Promise<EventDescription[]> {
    const fresh: EventDescription[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.clients.eb.send(
        new DescribeEventsCommand({
          ApplicationName: this.settings.application,
          EnvironmentName: this.settings.environment,
          StartTime: this.since,
          Severity: 'INFO',
          MaxRecords: 100,
          NextToken: nextToken,
        }),
      );
      for (const event of page.Events ?? []) {
        const key = `${event.EventDate?.toISOString()}|${event.RequestId ?? ''}|${event.Message}`;
        if (!this.seen.has(key)) {
          this.seen.add(key);
          fresh.push(event);
        }
      }
      nextToken = page.NextToken;
    } while (nextToken);
    fresh.sort((a, b) => (a.EventDate?.getTime() ?? 0) - (b.EventDate?.getTime() ?? 0));
    const newest = fresh.at(-1)?.EventDate;
    if (newest && newest > this.since) this.since = newest;
    return fresh;
  }
}

export interface UpdateInFlight {
  /** The version label the update must leave running. */
  label: string;
  /** RequestId of the UpdateEnvironment (or AbortEnvironmentUpdate) call; its events are this update's. */
  requestId?: string;
  /** When the update was asked for (events from then on are read). */
  startedAt: Date;
  /** False when nothing was asked of EB (the version already runs): Ready is then settled at once. */
  expectChange?: boolean;
}

/** Waits until the update has left `label` running and healthy; throws DeployFailure otherwise. */
export async function waitForUpdate(clients: Clients, settings: ElasticBeanstalkSettings, update: UpdateInFlight, ctx: DeployContext): Promise<EnvironmentDescription> {
  const source = `environment ${settings.environment}`;
  // Events are stamped by EB's clock; look a little before our own start to allow for skew.
  const events = new EventReader(clients, settings, new Date(update.startedAt.getTime() - 5_000));
  const errors: ProviderEvent[] = [];
  let tick = 0;
  let sawProgress = false;
  let readySince: number | undefined;

  const readEvents = async () => {
    for (const event of await events.read()) {
      const ours = update.requestId !== undefined && event.RequestId === update.requestId;
      if (event.RequestId && update.requestId && !ours) continue; // another run's update
      if (ours) sawProgress = true;
      const providerEvent: ProviderEvent = { level: levelOf(event.Severity), source, message: event.Message ?? '', time: event.EventDate?.toISOString() };
      ctx.log.event(providerEvent);
      if (ours && providerEvent.level === 'error') errors.push(providerEvent);
    }
  };

  return pollUntil(
    ctx,
    `${settings.environment} to run ${update.label}`,
    async () => {
      tick++;
      let environment: EnvironmentDescription;
      try {
        environment = await describeEnvironment(clients, settings);
        if (tick % 2 === 1 || environment.Status === 'Ready') await readEvents();
      } catch (error) {
        if (!isThrottling(error)) throw error;
        ctx.log.debug(`Elastic Beanstalk throttled a Describe call; polling more slowly`);
        await ctx.deadline.sleep(ctx.pollIntervalMs * 2);
        return { done: false, status: 'throttled by Elastic Beanstalk, backing off' };
      }
      if (environment.Status !== 'Ready') sawProgress = true;
      if (environment.Status === 'Terminating' || environment.Status === 'Terminated') {
        throw new DeployFailure(`environment ${settings.environment} is ${environment.Status}`, errors);
      }
      // Right after UpdateEnvironment, EB may still describe the environment as it was: Ready with the
      // old label. Only a sign of this update (a status change, one of its events, a newer DateUpdated) settles it.
      const changed = update.expectChange === false || sawProgress || (environment.DateUpdated !== undefined && environment.DateUpdated > update.startedAt);
      const settled = environment.Status === 'Ready' && changed;
      if (!settled) return { done: false, status: summarise(environment) };
      if (errors.length > 0) {
        const causes = [...errors, ...(await healthCauses(clients, settings))];
        throw new DeployFailure(`Elastic Beanstalk reported the update to ${update.label} failed: ${errors.at(-1)!.message} (now ${summarise(environment)})`, causes);
      }
      if (environment.VersionLabel !== update.label) {
        throw new DeployFailure(
          `the update ended with ${environment.VersionLabel ?? 'nothing'} running, not ${update.label} (${summarise(environment)})`,
          await healthCauses(clients, settings),
        );
      }
      if (settings.acceptedHealth.includes(environment.Health as never)) return { done: true, value: environment };
      readySince ??= Date.now();
      if (Date.now() - readySince > settings.healthGraceMs) {
        const causes = await healthCauses(clients, settings);
        causes.forEach((cause) => ctx.log.event(cause));
        throw new DeployFailure(
          `${update.label} runs but the environment's health stayed ${environment.Health}${environment.HealthStatus ? ` (${environment.HealthStatus})` : ''} ` +
            `for ${formatSeconds(settings.healthGraceMs / 1000)}; accepted: ${settings.acceptedHealth.join(', ')} (target-options accepted-health, health-grace)`,
          causes,
        );
      }
      return { done: false, status: `${summarise(environment)}; waiting for health ${settings.acceptedHealth.join(' or ')}` };
    },
    { backoff: 1.25, maxIntervalMs: ctx.pollIntervalMs * 6 },
  );
}

/** Waits for an environment busy with another operation (another run, a config change) to be Ready. */
export async function waitUntilReady(clients: Clients, settings: ElasticBeanstalkSettings, ctx: DeployContext, why: string): Promise<EnvironmentDescription> {
  return pollUntil(
    ctx,
    `${settings.environment} to be Ready ${why}`,
    async () => {
      try {
        const environment = await describeEnvironment(clients, settings);
        if (environment.Status === 'Ready') return { done: true, value: environment };
        if (environment.Status === 'Terminating' || environment.Status === 'Terminated') throw new UserError(`environment ${settings.environment} is ${environment.Status}`);
        return { done: false, status: summarise(environment) };
      } catch (error) {
        if (!isThrottling(error)) throw error;
        await ctx.deadline.sleep(ctx.pollIntervalMs * 2);
        return { done: false, status: 'throttled by Elastic Beanstalk, backing off' };
      }
    },
    { backoff: 1.25, maxIntervalMs: ctx.pollIntervalMs * 6 },
  );
}
