/**
 * An App Engine application as the Admin API shows it: services with a traffic split, versions
 * created through long-running operations that take a few steps, versions that fail to start or
 * start but answer 500, the version-id rules, the "no traffic to a version you delete" rule, and
 * split rules (allocations sum to 1, decimals per shard key, gradual migration only for standard).
 *
 * A new service's first version takes all its traffic, as on App Engine; any later version gets
 * none until the split is changed.
 */
import { randomUUID } from 'node:crypto';
import { GoogleApiError } from './api-description.ts';
import type { StorageModel } from './storage.ts';

export type AppVersionBehaviour = 'healthy' | 'fails-to-start' | 'unhealthy';

interface Operation {
  name: string;
  metadata: Record<string, unknown>;
  done: boolean;
  error?: { code: number; message: string };
  response?: Record<string, unknown>;
  completeAt: number;
  complete: () => { error?: { code: number; message: string }; response?: Record<string, unknown> };
}

export interface Split {
  shardBy?: 'IP' | 'COOKIE' | 'RANDOM' | 'UNSPECIFIED';
  allocations: Record<string, number>;
}

const VERSION_ID = /^[a-z\d]([a-z\d-]{0,61}[a-z\d])?$/;

export class AppEngineModel {
  readonly project: string;
  readonly locationId = 'us-central';
  readonly services = new Map<string, { split: Split; migrations: number }>();
  readonly versions = new Map<string, Map<string, Record<string, unknown>>>();
  readonly behaviours = new Map<string, AppVersionBehaviour>();
  private readonly operations = new Map<string, Operation>();
  private readonly stepMs: number;
  private readonly storage: StorageModel;
  private readonly servingBase: () => string;

  constructor(options: { project: string; stepMs: number; storage: StorageModel; servingBase: () => string }) {
    this.project = options.project;
    this.stepMs = options.stepMs;
    this.storage = options.storage;
    this.servingBase = options.servingBase;
  }

  versionUrl(service: string, version: string): string {
    return `${this.servingBase()}/appspot/${version}-dot-${service}-dot-${this.project}`;
  }

  /** A service that already runs `version` with all its traffic (the state before a deploy). */
  seedService(service: string, version: string, extra: Record<string, unknown> = {}): void {
    this.addVersion(service, { id: version, runtime: 'python312', env: 'standard', ...extra });
    this.services.set(service, { split: { allocations: { [version]: 1 } }, migrations: 0 });
  }

  /** An older version without traffic (for previous-version and cleanup cases). */
  seedVersion(service: string, version: string, createTime: Date): void {
    this.addVersion(service, { id: version, runtime: 'python312', env: 'standard' }).createTime = createTime.toISOString();
  }

  private addVersion(service: string, body: Record<string, unknown>): Record<string, unknown> {
    const id = body['id'] as string;
    const resource = {
      ...body,
      name: `apps/${this.project}/services/${service}/versions/${id}`,
      id,
      servingStatus: 'SERVING',
      createTime: new Date().toISOString(),
      createdBy: 'deployer@stand-in.iam.gserviceaccount.com',
      versionUrl: this.versionUrl(service, id),
    };
    if (!this.versions.has(service)) this.versions.set(service, new Map());
    this.versions.get(service)!.set(id, resource);
    return resource;
  }

  behaviourOf(version: string): AppVersionBehaviour {
    return this.behaviours.get(version) ?? 'healthy';
  }

  // ---- operations --------------------------------------------------------------------------------

  private startOperation(method: string, target: string, complete: Operation['complete'], extraMetadata: Record<string, unknown> = {}): Record<string, unknown> {
    const id = randomUUID();
    const operation: Operation = {
      name: `apps/${this.project}/operations/${id}`,
      metadata: {
        '@type': 'type.googleapis.com/google.appengine.v1.OperationMetadataV1',
        method,
        insertTime: new Date().toISOString(),
        user: 'deployer@stand-in.iam.gserviceaccount.com',
        target,
        ...extraMetadata,
      },
      done: false,
      completeAt: Date.now() + this.stepMs,
      complete,
    };
    this.operations.set(operation.name, operation);
    return this.describeOperation(operation);
  }

  private describeOperation(operation: Operation): Record<string, unknown> {
    if (!operation.done && Date.now() >= operation.completeAt) {
      const outcome = operation.complete();
      operation.done = true;
      operation.error = outcome.error;
      operation.response = outcome.response;
      operation.metadata['endTime'] = new Date().toISOString();
    }
    return {
      name: operation.name,
      metadata: operation.metadata,
      done: operation.done,
      ...(operation.error ? { error: operation.error } : {}),
      ...(operation.response ? { response: operation.response } : {}),
    };
  }

  getOperation(name: string): Record<string, unknown> {
    const operation = this.operations.get(name);
    if (!operation) throw new GoogleApiError(404, 'NOT_FOUND', `Operation ${name} not found`);
    return this.describeOperation(operation);
  }

  // ---- applications and services -----------------------------------------------------------------

  getApplication(name: string): Record<string, unknown> {
    if (name !== `apps/${this.project}`) throw new GoogleApiError(404, 'NOT_FOUND', `App does not exist: ${name.replace('apps/', '')}`);
    return {
      name,
      id: this.project,
      locationId: this.locationId,
      servingStatus: 'SERVING',
      defaultHostname: `${this.project}.uc.r.appspot.com`,
      defaultBucket: `${this.project}.appspot.com`,
      codeBucket: `staging.${this.project}.appspot.com`,
    };
  }

  private serviceId(name: string): string {
    const match = /^apps\/([^/]+)\/services\/([^/]+)$/.exec(name);
    if (!match || match[1] !== this.project) throw new GoogleApiError(404, 'NOT_FOUND', `App does not exist: ${match?.[1] ?? name}`);
    return match[2]!;
  }

  getService(name: string): Record<string, unknown> {
    const id = this.serviceId(name);
    const service = this.services.get(id);
    if (!service) throw new GoogleApiError(404, 'NOT_FOUND', `Unable to find service: ${id}`);
    return { name, id, split: service.split };
  }

  updateService(name: string, body: { split?: Split }, query: Record<string, string>): Record<string, unknown> {
    const id = this.serviceId(name);
    const service = this.services.get(id);
    if (!service) throw new GoogleApiError(404, 'NOT_FOUND', `Unable to find service: ${id}`);
    const mask = (query['updateMask'] ?? '').split(',');
    if (!mask.includes('split')) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'The update mask must name the fields to update (split)');
    const split = body.split;
    if (!split?.allocations || Object.keys(split.allocations).length === 0) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'split.allocations must name at least one version');
    const total = Object.values(split.allocations).reduce((sum, share) => sum + share, 0);
    if (Math.abs(total - 1) > 1e-9) throw new GoogleApiError(400, 'INVALID_ARGUMENT', `Traffic allocations must sum to 1; they sum to ${total}`);
    const decimals = split.shardBy === 'IP' ? 2 : 3;
    for (const [version, share] of Object.entries(split.allocations)) {
      if (Math.abs(share * 10 ** decimals - Math.round(share * 10 ** decimals)) > 1e-6) {
        throw new GoogleApiError(400, 'INVALID_ARGUMENT', `Allocation ${share} for ${version} has more than ${decimals} decimal places, the precision for shardBy ${split.shardBy ?? 'UNSPECIFIED'}`);
      }
      const resource = this.versions.get(id)?.get(version);
      if (!resource) throw new GoogleApiError(400, 'INVALID_ARGUMENT', `Version ${version} does not exist in service ${id}`);
      if (resource['servingStatus'] !== 'SERVING') throw new GoogleApiError(400, 'FAILED_PRECONDITION', `Version ${version} is STOPPED and cannot receive traffic`);
    }
    const migrate = query['migrateTraffic'] === 'true';
    if (migrate) {
      if (!split.shardBy || split.shardBy === 'UNSPECIFIED') throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'Gradual traffic migration needs split.shardBy');
      if (Object.keys(split.allocations).length !== 1) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'Gradual traffic migration moves traffic to a single version');
      const [target] = Object.keys(split.allocations);
      const resource = this.versions.get(id)!.get(target!)!;
      if (resource['env'] === 'flex' || resource['env'] === 'flexible') throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'Gradual traffic migration is not supported in the App Engine flexible environment');
      if (!(resource['inboundServices'] as string[] | undefined)?.includes('INBOUND_SERVICE_WARMUP')) {
        throw new GoogleApiError(400, 'FAILED_PRECONDITION', `Version ${target} must have warmup requests enabled (inbound_services: warmup) for gradual traffic migration`);
      }
    }
    return this.startOperation('google.appengine.v1.Services.UpdateService', name, () => {
      service.split = { shardBy: split.shardBy, allocations: { ...split.allocations } };
      if (migrate) service.migrations++;
      return { response: { '@type': 'type.googleapis.com/google.appengine.v1.Service', name, id, split: service.split } };
    });
  }

  // ---- versions ----------------------------------------------------------------------------------

  private versionName(name: string): { service: string; version: string } {
    const match = /^apps\/([^/]+)\/services\/([^/]+)\/versions\/([^/]+)$/.exec(name);
    if (!match || match[1] !== this.project) throw new GoogleApiError(404, 'NOT_FOUND', `Not found: ${name}`);
    return { service: match[2]!, version: match[3]! };
  }

  getVersion(name: string, view: string | undefined): Record<string, unknown> {
    const { service, version } = this.versionName(name);
    const resource = this.versions.get(service)?.get(version);
    if (!resource) throw new GoogleApiError(404, 'NOT_FOUND', `Version not found: ${name}`);
    if (view === 'FULL') return resource;
    const { deployment: _, ...basic } = resource;
    return basic;
  }

  listVersions(parent: string, query: Record<string, string>): Record<string, unknown> {
    const service = this.serviceId(parent);
    const all = [...(this.versions.get(service)?.values() ?? [])].map(({ deployment: _, ...basic }) => basic);
    const size = Number(query['pageSize'] ?? '100');
    const start = Number(query['pageToken'] ?? '0');
    const page = all.slice(start, start + size);
    return { versions: page, ...(start + size < all.length ? { nextPageToken: String(start + size) } : {}) };
  }

  createVersion(parent: string, body: Record<string, unknown>): Record<string, unknown> {
    const service = this.serviceId(parent);
    const id = body['id'];
    if (typeof id !== 'string' || !VERSION_ID.test(id) || id.startsWith('ah-') || id === 'default' || id === 'latest') {
      throw new GoogleApiError(400, 'INVALID_ARGUMENT', `Invalid version id ${JSON.stringify(id)}: lowercase letters, digits and hyphens, at most 63 characters, not starting with ah- nor "default" or "latest"`);
    }
    if (this.versions.get(service)?.has(id)) throw new GoogleApiError(409, 'ALREADY_EXISTS', `Version ${id} already exists in service ${service}`);
    if (typeof body['runtime'] !== 'string') throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'runtime is required');
    const deployment = body['deployment'] as { zip?: { sourceUrl?: string; filesCount?: number }; container?: { image?: string } } | undefined;
    const flex = body['env'] === 'flex' || body['env'] === 'flexible';
    if (deployment?.container) {
      if (!flex) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'Deploying a container image is only supported in the App Engine flexible environment');
      if (!/[:@]/.test(deployment.container.image?.split('/').pop() ?? '')) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'The container image must be fully qualified with a tag or digest');
    } else if (deployment?.zip?.sourceUrl) {
      const source = /^https:\/\/storage\.googleapis\.com\/([^/]+)\/(.+)$/.exec(deployment.zip.sourceUrl);
      if (!source || !this.storage.object(source[1]!, decodeURIComponent(source[2]!))) {
        throw new GoogleApiError(400, 'INVALID_ARGUMENT', `Deployment source ${deployment.zip.sourceUrl} could not be read (not found)`);
      }
    } else {
      throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'deployment must give files, zip or container');
    }
    const target = `${parent}/versions/${id}`;
    const behaviour = this.behaviourOf(id);
    return this.startOperation(
      'google.appengine.v1.Versions.CreateVersion',
      target,
      () => {
        if (behaviour === 'fails-to-start') {
          return { error: { code: 9, message: 'An internal error occurred while processing task /app-engine-flex/flex_await_healthy/flex_await_healthy>: Application startup error! Code: APP_CONTAINER_CRASHED\nTraceback: ModuleNotFoundError: No module named \'sklearn\'' } };
        }
        const resource = this.addVersion(service, body);
        if (!this.services.has(service)) this.services.set(service, { split: { allocations: { [id]: 1 } }, migrations: 0 });
        return { response: { '@type': 'type.googleapis.com/google.appengine.v1.Version', ...resource } };
      },
      { createVersionMetadata: { cloudBuildId: randomUUID() } },
    );
  }

  /** versions.patch with updateMask=servingStatus: start or stop a version. */
  updateVersion(name: string, body: { servingStatus?: string }, query: Record<string, string>): Record<string, unknown> {
    const { service, version } = this.versionName(name);
    const resource = this.versions.get(service)?.get(version);
    if (!resource) throw new GoogleApiError(404, 'NOT_FOUND', `Version not found: ${name}`);
    if (query['updateMask'] !== 'servingStatus') throw new GoogleApiError(400, 'INVALID_ARGUMENT', `This stand-in updates servingStatus only, not ${query['updateMask']}`);
    const status = body.servingStatus;
    if (status !== 'SERVING' && status !== 'STOPPED') throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'servingStatus must be SERVING or STOPPED');
    const flex = resource['env'] === 'flex' || resource['env'] === 'flexible';
    if (!flex && !resource['manualScaling'] && !resource['basicScaling']) {
      throw new GoogleApiError(400, 'INVALID_ARGUMENT', `Version ${version} uses automatic scaling in the standard environment: only flexible, manual- or basic-scaling versions can be started or stopped`);
    }
    if (status === 'STOPPED' && (this.services.get(service)?.split.allocations[version] ?? 0) > 0) {
      throw new GoogleApiError(400, 'FAILED_PRECONDITION', `Cannot stop version ${version}: it is receiving traffic`);
    }
    return this.startOperation('google.appengine.v1.Versions.UpdateVersion', name, () => {
      resource['servingStatus'] = status;
      return { response: { '@type': 'type.googleapis.com/google.appengine.v1.Version', ...resource } };
    });
  }

  deleteVersion(name: string): Record<string, unknown> {
    const { service, version } = this.versionName(name);
    if (!this.versions.get(service)?.has(version)) throw new GoogleApiError(404, 'NOT_FOUND', `Version not found: ${name}`);
    if ((this.services.get(service)?.split.allocations[version] ?? 0) > 0) {
      throw new GoogleApiError(400, 'FAILED_PRECONDITION', `Cannot delete version ${version}: it is receiving traffic. Migrate traffic away from it first.`);
    }
    return this.startOperation('google.appengine.v1.Versions.DeleteVersion', name, () => {
      this.versions.get(service)!.delete(version);
      return { response: { '@type': 'type.googleapis.com/google.protobuf.Empty' } };
    });
  }

  /** Which version answers a request to `host` (`v-dot-s-dot-p`, `s-dot-p` or `p`), by the split. */
  route(host: string, pick: (service: string, split: Split) => string | undefined): { service: string; version?: string } {
    const parts = host.split('-dot-');
    if (parts.at(-1) !== this.project) return { service: '' };
    if (parts.length === 3) return { service: parts[1]!, version: this.versions.get(parts[1]!)?.has(parts[0]!) ? parts[0] : undefined };
    const service = parts.length === 2 ? parts[0]! : 'default';
    const state = this.services.get(service);
    return { service, version: state ? pick(service, state.split) : undefined };
  }
}
