/**
 * The MLflow Model Registry over its REST API (/api/2.0/mlflow/...): registered models, model
 * versions with tags, and aliases. MLflow keeps no history of alias moves, so every move is also
 * written as a registered-model tag `ml-actions.alias-history.<time>.<alias>` (append-only: new
 * keys only). Model files given as a local path go to the tracking server's artifact proxy
 * (mlflow-artifacts), content-addressed, and the version's source points there; a model already in
 * MLflow (`runs:/…`, `models:/…`, `s3://…`) is registered by reference.
 */
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { HttpClient } from '@actions/http-client';
import { BasicCredentialHandler, BearerCredentialHandler } from '@actions/http-client/lib/auth';
import { UserError } from '../shared/errors.ts';
import {
  VERSION_METADATA_FORMAT,
  type AliasEvent,
  type AliasMove,
  type AliasRequest,
  type ChampionRecord,
  type ModelRegistry,
  type MoveContext,
  type RegisteredVersion,
  type Registration,
  type VersionMetadata,
} from './types.ts';

export interface MlflowOptions {
  uri: string;
  token?: string;
  username?: string;
  password?: string;
  /** How long to wait for a version to leave PENDING_REGISTRATION. */
  readyTimeoutMs?: number;
  pollIntervalMs?: number;
}

/** An error answer of the MLflow API: `{ error_code, message }`. */
export class MlflowError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string, endpoint: string) {
    super(`MLflow ${endpoint} answered ${status} ${code}: ${message}`);
    this.name = 'MlflowError';
    this.status = status;
    this.code = code;
  }
}

interface ModelVersion {
  name: string;
  version: string;
  status?: 'PENDING_REGISTRATION' | 'FAILED_REGISTRATION' | 'READY';
  status_message?: string;
  run_id?: string;
  source?: string;
  creation_timestamp?: number;
  tags?: Array<{ key: string; value: string }>;
  aliases?: string[];
}

export const HISTORY_TAG_PREFIX = 'ml-actions.alias-history.';
export const METRIC_TAG_PREFIX = 'metric.';
export const INTERVAL_TAG_PREFIX = 'metric-ci.';
// All MLflow stores accept tag keys up to 250 bytes and values up to 5000.
const TAG_KEY_LIMIT = 250;
const TAG_VALUE_LIMIT = 5000;
const DESCRIPTION_LIMIT = 5000;
const TAG_KEY = /^[\w.\- /]+$/;
// URIs MLflow can load a model from without us uploading anything.
const REMOTE_SOURCE = /^(runs|models|mlflow-artifacts|s3|s3a|gs|wasbs|abfss|dbfs|hdfs|viewfs|ftp|sftp|https?):/i;

export function isModelUri(text: string): boolean {
  return REMOTE_SOURCE.test(text) && !/^[A-Za-z]:[\\/]/.test(text);
}

/** "Alias not found" comes as 400 INVALID_PARAMETER_VALUE from MLflow's own stores, 404 from others. */
function isMissingAlias(error: unknown): boolean {
  if (!(error instanceof MlflowError)) return false;
  if (error.code === 'RESOURCE_DOES_NOT_EXIST') return true;
  return error.code === 'INVALID_PARAMETER_VALUE' && /alias .* not found/i.test(error.message);
}

export class MlflowRegistry implements ModelRegistry {
  readonly type = 'mlflow' as const;
  readonly uri: string;
  private readonly client: HttpClient;
  private readonly options: MlflowOptions;

  constructor(options: MlflowOptions) {
    this.options = options;
    this.uri = options.uri.replace(/\/+$/, '');
    const handlers = options.token
      ? [new BearerCredentialHandler(options.token)]
      : options.username
        ? [new BasicCredentialHandler(options.username, options.password ?? '')]
        : [];
    this.client = new HttpClient('ml-actions-gate', handlers, { allowRetries: true, maxRetries: 3, socketTimeout: 60_000 });
  }

  private async call<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', endpoint: string, body: Record<string, unknown> = {}): Promise<T> {
    let url = `${this.uri}/api/2.0/mlflow/${endpoint}`;
    let data: string | null = null;
    const headers: Record<string, string> = { accept: 'application/json' };
    // MLflow reads GET parameters from the query string, every other method's from a JSON body.
    if (method === 'GET') {
      const query = new URLSearchParams(Object.entries(body).map(([key, value]): [string, string] => [key, String(value)]));
      url += `?${query}`;
    } else {
      data = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    let response;
    try {
      response = await this.client.request(method, url, data, headers);
    } catch (error) {
      throw new UserError(`Cannot reach MLflow at ${this.uri} (${(error as Error).message}); check the mlflow-uri input`, undefined, { cause: error });
    }
    const text = await response.readBody();
    const status = response.message.statusCode ?? 0;
    let parsed: any = {};
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      if (status < 400) throw new Error(`MLflow ${endpoint} answered ${status} with a body that is not JSON: ${text.slice(0, 200)}`);
    }
    if (status >= 400) {
      const error = new MlflowError(status, parsed?.error_code ?? `HTTP_${status}`, parsed?.message ?? text.slice(0, 200), `${method} ${endpoint}`);
      if (status === 401 || status === 403) {
        throw new UserError(`${error.message}. Give the gate MLflow credentials: the mlflow-token input, or MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD`, undefined, { cause: error });
      }
      throw error;
    }
    return parsed as T;
  }

  versionUrl(name: string, version: string): string {
    return `${this.uri}/#/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
  }

  async champion(name: string, alias: string): Promise<ChampionRecord | undefined> {
    let version: ModelVersion;
    try {
      version = (await this.call<{ model_version: ModelVersion }>('GET', 'registered-models/alias', { name, alias })).model_version;
    } catch (error) {
      // The first run: no such alias yet (or not even the registered model).
      if (isMissingAlias(error)) return undefined;
      throw error;
    }
    const tags = Object.fromEntries((version.tags ?? []).map((tag) => [tag.key, tag.value]));
    const metrics: Record<string, number | null> = {};
    for (const [key, value] of Object.entries(tags)) {
      if (!key.startsWith(METRIC_TAG_PREFIX)) continue;
      const number = Number(value);
      metrics[key.slice(METRIC_TAG_PREFIX.length)] = value === '' || !Number.isFinite(number) ? null : number;
    }
    // A champion registered outside the gate has no metric tags: its run's metrics stand in.
    if (Object.keys(metrics).length === 0 && version.run_id) {
      const run = await this.call<{ run: { data?: { metrics?: Array<{ key: string; value: number }> } } }>('GET', 'runs/get', { run_id: version.run_id });
      for (const metric of run.run.data?.metrics ?? []) metrics[metric.key] = metric.value;
    }
    return {
      alias,
      version: version.version,
      metrics,
      commit: tags['git.commit'],
      registeredAt: version.creation_timestamp ? new Date(version.creation_timestamp).toISOString() : undefined,
    };
  }

  private async ensureRegisteredModel(name: string): Promise<void> {
    try {
      await this.call('POST', 'registered-models/create', { name, description: 'Registered by the ml-actions gate.' });
      core.info(`Created the registered model ${name} in MLflow`);
    } catch (error) {
      if (error instanceof MlflowError && error.code === 'RESOURCE_ALREADY_EXISTS') return;
      throw error;
    }
  }

  private async putArtifact(path: string, data: Uint8Array, contentType: string): Promise<void> {
    const url = `${this.uri}/api/2.0/mlflow-artifacts/artifacts/${path.split('/').map(encodeURIComponent).join('/')}`;
    const response = await this.client.sendStream('PUT', url, Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]), {
      'content-type': contentType,
      'content-length': String(data.byteLength),
    });
    const body = await response.readBody();
    const status = response.message.statusCode ?? 0;
    if (status >= 400) {
      let parsed: { error_code?: string; message?: string } = {};
      try {
        parsed = JSON.parse(body);
      } catch {
        // not JSON: reported below as text
      }
      throw new MlflowError(status, parsed.error_code ?? `HTTP_${status}`, parsed.message ?? body.slice(0, 200), `PUT mlflow-artifacts/artifacts/${path}`);
    }
  }

  async register(registration: Registration): Promise<RegisteredVersion> {
    const { name, files } = registration;
    await this.ensureRegisteredModel(name);
    // Content-addressed, so registering the same files twice stores them once.
    const folder = `ml-actions/${name}/${files.digest.replace(/^sha256:/, '').slice(0, 16)}`;
    let source = registration.sourceUri;
    if (!source) {
      for (const file of files.files) await this.putArtifact(`${folder}/model/${file.path}`, readFileSync(file.absolute), 'application/octet-stream');
      source = `mlflow-artifacts:/${folder}/model`;
    }
    const draft: Omit<VersionMetadata, 'version'> = { ...registration.metadata, model: { ...registration.metadata.model, location: source } };
    const tags = versionTags(draft);
    const created = (
      await this.call<{ model_version: ModelVersion }>('POST', 'model-versions/create', {
        name,
        source,
        ...(registration.runId ? { run_id: registration.runId } : {}),
        tags,
        description: `Registering: ${draft.gate.headline}`.slice(0, DESCRIPTION_LIMIT),
      })
    ).model_version;
    const version = created.version;
    const metadata: VersionMetadata = { ...draft, format: VERSION_METADATA_FORMAT, version };
    const card = registration.card(version, metadata);
    await this.waitUntilReady(name, created);
    if (!registration.sourceUri) {
      await this.putArtifact(`${folder}/v${version}/model-card.md`, Buffer.from(card), 'text/markdown');
      await this.putArtifact(`${folder}/v${version}/metadata.json`, Buffer.from(`${JSON.stringify(metadata, null, 2)}\n`), 'application/json');
    }
    // MLflow shows the description as Markdown: the card, cut to what every store accepts.
    const description = card.length > DESCRIPTION_LIMIT ? `${card.slice(0, DESCRIPTION_LIMIT - 120)}\n\n…cut; the full card is in the gate's summary${registration.sourceUri ? '' : ` and at mlflow-artifacts:/${folder}/v${version}/model-card.md`}.` : card;
    await this.call('PATCH', 'model-versions/update', { name, version, description });
    return { version, url: this.versionUrl(name, version) };
  }

  private async waitUntilReady(name: string, created: ModelVersion): Promise<void> {
    const deadline = Date.now() + (this.options.readyTimeoutMs ?? 300_000);
    let version = created;
    while (version.status === 'PENDING_REGISTRATION') {
      if (Date.now() > deadline) throw new Error(`MLflow kept ${name} v${version.version} in PENDING_REGISTRATION past the deadline`);
      await new Promise((resolve) => setTimeout(resolve, this.options.pollIntervalMs ?? 2000));
      version = (await this.call<{ model_version: ModelVersion }>('GET', 'model-versions/get', { name, version: created.version })).model_version;
    }
    if (version.status === 'FAILED_REGISTRATION') {
      throw new Error(`MLflow failed to register ${name} v${version.version}: ${version.status_message ?? 'no reason given'}`);
    }
  }

  private async currentAlias(name: string, alias: string): Promise<string | null> {
    try {
      return (await this.call<{ model_version: ModelVersion }>('GET', 'registered-models/alias', { name, alias })).model_version.version;
    } catch (error) {
      if (isMissingAlias(error)) return null;
      throw error;
    }
  }

  async moveAliases(name: string, moves: readonly AliasRequest[], context: MoveContext): Promise<AliasMove[]> {
    const applied: AliasMove[] = [];
    const queue = [...moves];
    for (let move = queue.shift(); move; move = queue.shift()) {
      const from = await this.currentAlias(name, move.alias);
      if (from === move.version) continue;
      if (move.previousAlias && from !== null) queue.unshift({ alias: move.previousAlias, version: from });
      await this.call('POST', 'registered-models/alias', { name, alias: move.alias, version: move.version });
      const event: AliasEvent = { at: context.at, alias: move.alias, version: move.version, from, by: context.by, reason: context.reason, ...(context.run_url ? { run_url: context.run_url } : {}), ...(context.commit ? { commit: context.commit } : {}) };
      // Tag keys may not hold colons: the time goes in as 20261123T140426.000Z.
      const key = `${HISTORY_TAG_PREFIX}${context.at.replace(/[-:]/g, '')}.${move.alias}`.slice(0, TAG_KEY_LIMIT);
      await this.call('POST', 'registered-models/set-tag', { name, key, value: JSON.stringify(event).slice(0, TAG_VALUE_LIMIT) });
      applied.push({ alias: move.alias, version: move.version, from });
    }
    return applied;
  }

  async history(name: string): Promise<AliasEvent[]> {
    let model: { tags?: Array<{ key: string; value: string }> };
    try {
      model = (await this.call<{ registered_model: typeof model }>('GET', 'registered-models/get', { name })).registered_model;
    } catch (error) {
      if (error instanceof MlflowError && error.code === 'RESOURCE_DOES_NOT_EXIST') return [];
      throw error;
    }
    const events: AliasEvent[] = [];
    for (const tag of model.tags ?? []) {
      if (!tag.key.startsWith(HISTORY_TAG_PREFIX)) continue;
      try {
        events.push(JSON.parse(tag.value) as AliasEvent);
      } catch {
        core.warning(`MLflow tag ${tag.key} of ${name} is not an alias history entry; left out`);
      }
    }
    return events.sort((a, b) => a.at.localeCompare(b.at));
  }
}

/** Tags of a new version: lineage, gate verdict, and one `metric.<name>` per recorded metric. */
export function versionTags(metadata: Omit<VersionMetadata, 'version'>): Array<{ key: string; value: string }> {
  const tags: Array<{ key: string; value: string }> = [];
  const add = (key: string, value: string | number | boolean | undefined) => {
    if (value === undefined || key.length > TAG_KEY_LIMIT) return;
    tags.push({ key, value: String(value).slice(0, TAG_VALUE_LIMIT) });
  };
  add('ml-actions.format', VERSION_METADATA_FORMAT);
  add('git.commit', metadata.lineage.commit);
  add('git.ref', metadata.lineage.ref);
  add('github.repository', metadata.lineage.repository);
  add('github.run_url', metadata.lineage.run_url);
  add('model.digest', metadata.model.digest);
  add('model.bytes', metadata.model.bytes);
  add('gate.passed', metadata.gate.passed);
  add('gate.decision', metadata.gate.headline);
  add('gate.policy_digest', metadata.gate.policy.digest);
  if (metadata.gate.override) add('gate.override', `${metadata.gate.override.label}${metadata.gate.override.by ? ` by ${metadata.gate.override.by}` : ''}`);
  for (const [name, metric] of Object.entries(metadata.metrics)) {
    // Per-slice figures stay in the card: one tag each would flood the version page. MLflow
    // refuses tag keys outside its character set, so such metrics stay in the card too.
    if (name.startsWith('slice.') || !TAG_KEY.test(name)) continue;
    add(`${METRIC_TAG_PREFIX}${name}`, metric.value === null ? '' : metric.value);
    if (metric.ci) add(`${INTERVAL_TAG_PREFIX}${name}`, JSON.stringify(metric.ci));
  }
  for (const [index, file] of (metadata.data ?? []).entries()) add(`data.${index}.digest`, `${file.path} ${file.digest}`);
  return tags;
}
