/**
 * Google Cloud on 127.0.0.1 for the app-engine target: Workload Identity Federation (GitHub OIDC →
 * STS → IAM Credentials), the App Engine Admin API v1 (checked against the published API
 * definition, see api-description.ts), the Cloud Storage JSON API for staging, and the
 * appspot.com URLs of services and versions, served as `<base>/appspot/<host>/…` where a real URL
 * is `https://<host>.<region>.r.appspot.com/…`.
 *
 * `standIn.env(dir)` writes the credentials file google-github-actions/auth would write and returns
 * the variables a step would see, plus gcloud's API endpoint overrides pointed here.
 */
import { writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ProtocolViolation, startLoopbackServer, type LoopbackServer, type StandInRequest } from '../loopback-server.ts';
import { checkResponse, GoogleApiError, matchRpc } from './api-description.ts';
import { AppEngineModel, type Split } from './app-engine-model.ts';
import { IdentityModel } from './identity.ts';
import { StorageModel } from './storage.ts';
import { WeightedRouter } from '../weighted-router.ts';
import { modelServerReply } from '../model-server-reply.ts';

export type { AppVersionBehaviour } from './app-engine-model.ts';

const STORAGE_SCOPE = 'https://www.googleapis.com/auth/devstorage.read_write';
const APPENGINE_SCOPE = 'https://www.googleapis.com/auth/appengine.admin';

export class GoogleStandIn {
  readonly identity: IdentityModel;
  readonly storage = new StorageModel();
  readonly appEngine: AppEngineModel;
  /** Admin API calls served or refused: RPC id, error status if refused. */
  readonly calls: { id: string; body?: unknown; query: Record<string, string>; error?: string }[] = [];
  readonly problems: string[] = [];
  private server!: LoopbackServer;
  private throttle = 0;
  private refusals: { rpc: string; error: GoogleApiError }[] = [];
  /** How many calls were answered 429. */
  throttled = 0;
  private readonly router = new WeightedRouter();

  private constructor(project: string, stepMs: number) {
    this.identity = new IdentityModel(project);
    this.appEngine = new AppEngineModel({ project, stepMs, storage: this.storage, servingBase: () => this.server.url });
    this.storage.createBucket(`staging.${project}.appspot.com`);
  }

  static async start(options: { project?: string; stepMs?: number } = {}): Promise<GoogleStandIn> {
    const standIn = new GoogleStandIn(options.project ?? 'iris-prod', options.stepMs ?? 15);
    standIn.server = await startLoopbackServer(
      (request, response) => standIn.serve(request, response),
      (error, response) => {
        standIn.problems.push(`stand-in bug: ${error instanceof Error ? error.stack : String(error)}`);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      },
    );
    return standIn;
  }

  get url(): string {
    return this.server.url;
  }

  /** Writes the external-account credentials file into `dir`; returns the step's environment. */
  env(dir: string): Record<string, string> {
    const file = join(dir, 'gha-creds.json');
    writeFileSync(file, JSON.stringify(this.identity.credentialsFile(this.url), null, 2));
    return {
      GOOGLE_APPLICATION_CREDENTIALS: file,
      GOOGLE_GHA_CREDS_PATH: file,
      CLOUDSDK_API_ENDPOINT_OVERRIDES_APPENGINE: `${this.url}/`,
      CLOUDSDK_API_ENDPOINT_OVERRIDES_STORAGE: `${this.url}/`,
    };
  }

  /**
   * The next `times` calls of the RPC ending in `rpc` (e.g. `Versions.CreateVersion`) are refused so.
   * google-auth-library retries a 401 or 403 once with a fresh token, so a lasting refusal is 2.
   */
  refuseNext(rpc: string, status: number, grpcStatus: string, message: string, times = 2): void {
    for (let i = 0; i < times; i++) this.refusals.push({ rpc, error: new GoogleApiError(status, grpcStatus, message) });
  }

  /** Writes a service-account key file into `dir`; returns the step's environment using it. */
  keyEnv(dir: string): Record<string, string> {
    const file = join(dir, 'sa-key.json');
    writeFileSync(file, JSON.stringify(this.identity.serviceAccountKey(this.url), null, 2));
    return { ...this.env(dir), GOOGLE_APPLICATION_CREDENTIALS: file, GOOGLE_GHA_CREDS_PATH: file };
  }

  /** The next `times` Admin API or Storage calls answer 429 RESOURCE_EXHAUSTED. */
  failNext(times: number): void {
    this.throttle += times;
  }

  callsOf(id: string): { id: string; body?: unknown; query: Record<string, string>; error?: string }[] {
    return this.calls.filter((call) => call.id.endsWith(id));
  }

  async close(): Promise<void> {
    await this.server.close();
  }

  private send(response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', ...headers });
    response.end(body === undefined ? '' : JSON.stringify(body));
  }

  private async serve(request: StandInRequest, response: ServerResponse): Promise<void> {
    const path = request.url.pathname;
    try {
      if (path === '/github-oidc' && request.method === 'GET') {
        return this.send(response, 200, this.identity.issueGitHubToken(header(request, 'authorization'), request.url.searchParams.get('audience')));
      }
      if (path === '/v1/token' && request.method === 'POST') {
        return this.send(response, 200, this.identity.exchange(new URLSearchParams(request.body.toString('utf8'))));
      }
      const impersonate = /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):generateAccessToken$/.exec(path);
      if (impersonate && request.method === 'POST') {
        return this.send(response, 200, this.identity.generateAccessToken(decodeURIComponent(impersonate[1]!), header(request, 'authorization'), JSON.parse(request.body.toString('utf8') || '{}')));
      }
      if (path.startsWith('/appspot/')) return this.serveApp(path, response);
      if (path.startsWith('/storage/v1/') || path.startsWith('/upload/storage/v1/')) {
        this.identity.authorize(header(request, 'authorization'), STORAGE_SCOPE);
        this.takeThrottle();
        const reply = this.storage.handle(request, this.url);
        return this.send(response, reply.status, reply.body, reply.headers);
      }
      if (path.startsWith('/v1/apps')) return this.serveAdminApi(request, response);
      throw new GoogleApiError(404, 'NOT_FOUND', `The requested URL ${path} was not found on this server.`);
    } catch (error) {
      if (!(error instanceof ProtocolViolation)) throw error;
      if (error.status === 400 && /Unknown name|Invalid value|Cannot bind|takes no body|has no body|Invalid field mask/.test(error.message)) this.problems.push(`${request.method} ${path}: ${error.message}`);
      this.send(response, error.status, { error: { code: error.status, message: error.message, status: error.code } });
    }
  }

  private takeThrottle(): void {
    if (this.throttle > 0) {
      this.throttle--;
      this.throttled++;
      throw new GoogleApiError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded for quota metric \'Write requests\' and limit \'Write requests per minute\'');
    }
  }

  private serveAdminApi(request: StandInRequest, response: ServerResponse): void {
    this.identity.authorize(header(request, 'authorization'), APPENGINE_SCOPE);
    const text = request.body.toString('utf8');
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
      }
    }
    const rpc = matchRpc(request.method, request.url, body);
    const record: { id: string; body?: unknown; query: Record<string, string>; error?: string } = { id: rpc.id, body, query: rpc.query };
    this.calls.push(record);
    try {
      this.takeThrottle();
      const refusal = this.refusals.findIndex((r) => rpc.id.endsWith(r.rpc));
      if (refusal >= 0) throw this.refusals.splice(refusal, 1)[0]!.error;
      const result = this.dispatch(rpc.id, rpc.variables, rpc.query, body);
      checkResponse(rpc, result);
      this.send(response, 200, result);
    } catch (error) {
      if (error instanceof ProtocolViolation) record.error = error.code;
      throw error;
    }
  }

  private dispatch(id: string, variables: Record<string, string>, query: Record<string, string>, body: unknown): Record<string, unknown> {
    const model = this.appEngine;
    switch (id) {
      case 'google.appengine.v1.Applications.GetApplication':
        return model.getApplication(variables['name']!);
      case 'google.appengine.v1.Services.GetService':
        return model.getService(variables['name']!);
      case 'google.appengine.v1.Services.UpdateService':
        return model.updateService(variables['name']!, body as { split?: Split }, query);
      case 'google.appengine.v1.Versions.GetVersion':
        return model.getVersion(variables['name']!, query['view']);
      case 'google.appengine.v1.Versions.ListVersions':
        return model.listVersions(variables['parent']!, query);
      case 'google.appengine.v1.Versions.CreateVersion':
        return model.createVersion(variables['parent']!, body as Record<string, unknown>);
      case 'google.appengine.v1.Versions.UpdateVersion':
        return model.updateVersion(variables['name']!, body as { servingStatus?: string }, query);
      case 'google.appengine.v1.Versions.DeleteVersion':
        return model.deleteVersion(variables['name']!);
      case 'google.longrunning.Operations.GetOperation':
        return model.getOperation(variables['name']!);
      default:
        throw new GoogleApiError(501, 'UNIMPLEMENTED', `${id} is in the App Engine Admin API but this stand-in does not serve it`);
    }
  }

  /** The model server behind an appspot URL: the version the URL or the split picks. */
  private serveApp(path: string, response: ServerResponse): void {
    const [, , host = '', ...rest] = path.split('/');
    const { version } = this.appEngine.route(host, (service, split) => this.router.pick(service, Object.entries(split.allocations)));
    if (!version) return this.send(response, 404, { error: `no version answers ${host}` });
    const reply = modelServerReply(version, this.appEngine.behaviourOf(version) === 'healthy', `/${rest.join('/')}`);
    this.send(response, reply.status === 503 ? 500 : reply.status, reply.body);
  }
}

function header(request: StandInRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
