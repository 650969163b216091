/**
 * The App Engine Admin API v1 calls a deploy makes (REST, no gcloud): the application, a
 * service's traffic split, versions (get, list, create, delete) and the long-running operations
 * that creating a version or changing a split return.
 */
import { DeployFailure } from '../../errors.ts';
import type { DeployContext } from '../../target.ts';
import { pollUntil } from '../../wait.ts';
import { explainGoogleError, GoogleApiFailure, type GoogleApis } from './google-api.ts';
import type { AppEngineSettings } from './settings.ts';
import type { TrafficSplit } from './traffic.ts';

export interface Operation {
  name: string;
  done?: boolean;
  error?: { code?: number; message?: string };
  metadata?: { ephemeralMessage?: string; warning?: string[]; createVersionMetadata?: { cloudBuildId?: string } };
}

export interface Version {
  id: string;
  servingStatus?: 'SERVING' | 'STOPPED';
  createTime?: string;
  versionUrl?: string;
  env?: string;
  manualScaling?: unknown;
  basicScaling?: unknown;
  deployment?: { zip?: { sourceUrl?: string }; container?: { image?: string } };
}

export interface Application {
  id: string;
  locationId?: string;
  defaultHostname?: string;
}

export class AppEngineAdmin {
  private readonly apis: GoogleApis;
  private readonly settings: AppEngineSettings;

  constructor(apis: GoogleApis, settings: AppEngineSettings) {
    this.apis = apis;
    this.settings = settings;
  }

  private get appPath(): string {
    return `v1/apps/${this.settings.project}`;
  }

  private get servicePath(): string {
    return `${this.appPath}/services/${this.settings.service}`;
  }

  private async call<T>(doing: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: { query?: Record<string, string | undefined>; body?: unknown } = {}): Promise<T> {
    try {
      return (await this.apis.request<T>({ method, url: `${this.apis.appEngineRoot}/${path}`, ...options })).data;
    } catch (error) {
      throw explainGoogleError(error, doing, this.settings.project);
    }
  }

  private async orUndefined<T>(read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof GoogleApiFailure && error.httpStatus === 404) return undefined;
      throw error;
    }
  }

  application(): Promise<Application | undefined> {
    return this.orUndefined(() => this.call<Application>(`read App Engine application ${this.settings.project}`, 'GET', this.appPath));
  }

  async split(): Promise<TrafficSplit | undefined> {
    const service = await this.orUndefined(() => this.call<{ split?: TrafficSplit }>(`read service ${this.settings.service}`, 'GET', this.servicePath));
    return service?.split ?? (service ? { allocations: {} } : undefined);
  }

  version(id: string, view: 'BASIC' | 'FULL' = 'BASIC'): Promise<Version | undefined> {
    return this.orUndefined(() => this.call<Version>(`read version ${id}`, 'GET', `${this.servicePath}/versions/${id}`, { query: { view } }));
  }

  async versions(): Promise<Version[]> {
    const all: Version[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.call<{ versions?: Version[]; nextPageToken?: string }>(`list versions of ${this.settings.service}`, 'GET', `${this.servicePath}/versions`, {
        query: { pageSize: '200', pageToken },
      });
      all.push(...(page.versions ?? []));
      pageToken = page.nextPageToken;
    } while (pageToken);
    return all;
  }

  createVersion(body: Record<string, unknown>): Promise<Operation> {
    return this.call<Operation>(`create version ${String(body['id'])}`, 'POST', `${this.servicePath}/versions`, { body });
  }

  setSplit(split: TrafficSplit, migrate: boolean): Promise<Operation> {
    return this.call<Operation>(`change the traffic split of ${this.settings.service}`, 'PATCH', this.servicePath, {
      query: { updateMask: 'split', migrateTraffic: migrate ? 'true' : undefined },
      body: { split },
    });
  }

  setServingStatus(id: string, servingStatus: 'SERVING' | 'STOPPED'): Promise<Operation> {
    return this.call<Operation>(`${servingStatus === 'STOPPED' ? 'stop' : 'start'} version ${id}`, 'PATCH', `${this.servicePath}/versions/${id}`, {
      query: { updateMask: 'servingStatus' },
      body: { servingStatus },
    });
  }

  deleteVersion(id: string): Promise<Operation> {
    return this.call<Operation>(`delete version ${id}`, 'DELETE', `${this.servicePath}/versions/${id}`);
  }

  /** Polls a long-running operation to its end; its error becomes a DeployFailure with the cause. */
  async waitOperation(operation: Operation, what: string, ctx: DeployContext): Promise<Operation> {
    const id = operation.name.split('/').pop()!;
    let last = operation;
    const done = operation.done
      ? operation
      : await pollUntil(
          ctx,
          `App Engine to ${what}`,
          async () => {
            last = await this.call<Operation>(`follow operation ${id}`, 'GET', `${this.appPath}/operations/${id}`);
            for (const warning of last.metadata?.warning ?? []) ctx.log.event({ level: 'warning', source: `operation ${id}`, message: warning });
            return last.done ? { done: true, value: last } : { done: false, status: last.metadata?.ephemeralMessage ?? 'in progress' };
          },
          { backoff: 1.5, maxIntervalMs: ctx.pollIntervalMs * 4 },
        );
    if (done.error) {
      const build = done.metadata?.createVersionMetadata?.cloudBuildId;
      const cause = { level: 'error' as const, source: `operation ${id}`, reason: `code ${done.error.code ?? '?'}`, message: done.error.message ?? 'no message' };
      ctx.log.event(cause);
      throw new DeployFailure(`App Engine could not ${what}: ${done.error.message ?? 'no message'}${build ? ` (Cloud Build ${build})` : ''}`, [cause]);
    }
    return done;
  }
}
