/**
 * An AWS account on 127.0.0.1: Elastic Beanstalk (Query protocol, checked against the service model
 * shipped in @aws-sdk/client-elastic-beanstalk) and S3 (REST, path style), both behind SigV4, plus
 * one HTTP endpoint per environment that answers like the model server running there (so a smoke
 * test or a canary sees the version that actually takes its requests).
 *
 * Point the real SDK at it with `standIn.env` (AWS_ENDPOINT_URL_ELASTIC_BEANSTALK,
 * AWS_ENDPOINT_URL_S3, AWS_REGION and credentials), exactly as a user's workflow points the SDK at
 * AWS with aws-actions/configure-aws-credentials.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import * as elasticBeanstalk from '@aws-sdk/client-elastic-beanstalk';
import { ProtocolViolation, startLoopbackServer, type LoopbackServer } from '../loopback-server.ts';
import { ElasticBeanstalkModel, type Environment, type ModelTiming } from './elastic-beanstalk-model.ts';
import { decodeQueryRequest, encodeQueryError, encodeQueryResponse, ModelMismatch, operationsOf, type QueryService } from './query-protocol.ts';
import { S3Model, s3ErrorXml } from './s3.ts';
import { AwsError, verifySignature, type StandInCredentials } from './sigv4.ts';
import { WeightedRouter } from '../weighted-router.ts';
import { modelServerReply } from '../model-server-reply.ts';

export { AwsError } from './sigv4.ts';
export type { VersionBehaviour, Environment } from './elastic-beanstalk-model.ts';

const SERVICE: QueryService = {
  version: '2010-12-01',
  xmlNamespace: 'http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/',
  operations: operationsOf(elasticBeanstalk as unknown as Record<string, unknown>),
};

export interface AwsStandInOptions extends Partial<ModelTiming> {
  region?: string;
  accountId?: string;
}

interface RateLimit {
  burst: number;
  perSecond: number;
  tokens: number;
  refilledAt: number;
}

export class AwsStandIn {
  readonly region: string;
  readonly credentials: StandInCredentials = { accessKeyId: 'AKIASTANDIN0EXAMPLE', secretAccessKey: 'stand-in-secret/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'stand-in-session-token' };
  readonly expiredTokens = new Set<string>();
  readonly s3 = new S3Model();
  readonly eb: ElasticBeanstalkModel;
  /** Every Elastic Beanstalk call served or refused: action, decoded input, error code if refused. */
  readonly calls: { action: string; input: Record<string, unknown>; error?: string; at: number }[] = [];
  /** Protocol violations and stand-in bugs; a test asserts this stays empty. */
  readonly problems: string[] = [];
  private readonly injected: { action: string; code: string; message: string; status: number; times: number }[] = [];
  private rateLimit?: RateLimit;
  private endpoints: LoopbackServer[] = [];
  private readonly apps = new Map<string, LoopbackServer>();
  private readonly router = new WeightedRouter();
  ebEndpoint!: LoopbackServer;
  s3Endpoint!: LoopbackServer;

  private constructor(options: AwsStandInOptions) {
    this.region = options.region ?? 'us-east-1';
    const storageBucket = `elasticbeanstalk-${this.region}-${options.accountId ?? '123456789012'}`;
    this.s3.createBucket(storageBucket);
    this.eb = new ElasticBeanstalkModel({
      timing: { stepMs: options.stepMs ?? 15, minuteMs: options.minuteMs ?? 10 },
      storageBucket,
      objectExists: (bucket, key) => this.s3.object(bucket, key) !== undefined,
    });
  }

  static async start(options: AwsStandInOptions = {}): Promise<AwsStandIn> {
    const standIn = new AwsStandIn(options);
    standIn.ebEndpoint = await startLoopbackServer((request, response) => standIn.serveElasticBeanstalk(request, response), (error, response) => standIn.bug(error, response));
    standIn.s3Endpoint = await startLoopbackServer((request, response) => standIn.serveS3(request, response), (error, response) => standIn.bug(error, response));
    standIn.endpoints.push(standIn.ebEndpoint, standIn.s3Endpoint);
    return standIn;
  }

  /** The environment variables a workflow step would have after configure-aws-credentials. */
  get env(): Record<string, string> {
    return {
      AWS_REGION: this.region,
      AWS_ACCESS_KEY_ID: this.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: this.credentials.secretAccessKey,
      AWS_SESSION_TOKEN: this.credentials.sessionToken!,
      AWS_ENDPOINT_URL_ELASTIC_BEANSTALK: this.ebEndpoint.url,
      AWS_ENDPOINT_URL_S3: this.s3Endpoint.url,
      // Nothing on the machine (a developer's ~/.aws) may change what the SDK does in a test.
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  }

  /** An environment running `runningVersion`, with its own model-server endpoint. */
  async createEnvironment(options: Omit<Parameters<ElasticBeanstalkModel['createEnvironment']>[0], 'cname'>): Promise<Environment> {
    const server = await startLoopbackServer((request, response) => this.serveApp(options.environment, request.rawPath, response), (error, response) => this.bug(error, response));
    this.apps.set(options.environment, server);
    this.endpoints.push(server);
    return this.eb.createEnvironment({ ...options, cname: `127.0.0.1:${server.port}` });
  }

  /** The next `times` calls of `action` (or of every Describe* call, with 'Describe*') fail with `code`. */
  failNext(action: string, code: string, times = 1, message = code === 'Throttling' ? 'Rate exceeded' : `${code} injected by the test`, status = 400): void {
    this.injected.push({ action, code, message, status, times });
  }

  /** Describe* calls share a token bucket, as the account-wide EB limit does (Throttling beyond it). */
  limitDescribeRate(burst: number, perSecond: number): void {
    this.rateLimit = { burst, perSecond, tokens: burst, refilledAt: Date.now() };
  }

  /** From now on the session token is expired (ExpiredToken on every call). */
  expireSessionToken(): void {
    this.expiredTokens.add(this.credentials.sessionToken!);
  }

  callsOf(action: string): { action: string; input: Record<string, unknown>; error?: string; at: number }[] {
    return this.calls.filter((call) => call.action === action);
  }

  async close(): Promise<void> {
    await Promise.all(this.endpoints.map((server) => server.close()));
  }

  private signatureCheck(service: string, uriEscapePath: boolean) {
    return {
      service,
      region: this.region,
      credentials: new Map([[this.credentials.accessKeyId, this.credentials]]),
      expiredTokens: this.expiredTokens,
      uriEscapePath,
    };
  }

  private bug(error: unknown, response: ServerResponse): void {
    this.problems.push(`stand-in bug: ${error instanceof Error ? error.stack : String(error)}`);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  }

  private takeInjected(action: string): AwsError | undefined {
    const injected = this.injected.find((i) => i.times > 0 && (i.action === action || (i.action === 'Describe*' && action.startsWith('Describe'))));
    if (!injected) return undefined;
    injected.times--;
    return new AwsError(injected.code, injected.message, injected.status);
  }

  private throttled(action: string): boolean {
    const limit = this.rateLimit;
    if (!limit || !action.startsWith('Describe')) return false;
    const now = Date.now();
    limit.tokens = Math.min(limit.burst, limit.tokens + ((now - limit.refilledAt) / 1000) * limit.perSecond);
    limit.refilledAt = now;
    if (limit.tokens < 1) return true;
    limit.tokens -= 1;
    return false;
  }

  private async serveElasticBeanstalk(request: Parameters<Parameters<typeof startLoopbackServer>[0]>[0], response: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    let action = '(unknown)';
    let input: Record<string, unknown> = {};
    // A request the real service would refuse as malformed (schema, signature) is a client bug,
    // whatever the client does next; refusals by the simulation (busy, throttled) are not.
    let malformed = true;
    try {
      if (request.method !== 'POST' || request.rawPath !== '/') throw new AwsError('InvalidAction', `The SDK sends Query requests as POST /; got ${request.method} ${request.rawPath}`);
      const decoded = decodeQueryRequest(SERVICE, request.headers['content-type'], request.body);
      action = decoded.action;
      input = decoded.input;
      this.checkExpiry(request);
      await verifySignature(request, this.signatureCheck('elasticbeanstalk', true));
      malformed = false;
      const injected = this.takeInjected(action);
      if (injected) throw injected;
      if (this.throttled(action)) throw new AwsError('Throttling', 'Rate exceeded');
      this.eb.advance();
      const output = this.dispatch(action, input, requestId);
      this.calls.push({ action, input, at: Date.now() });
      const xml = encodeQueryResponse(SERVICE, action, output, requestId);
      response.writeHead(200, { 'Content-Type': 'text/xml', 'x-amzn-RequestId': requestId });
      response.end(xml);
    } catch (error) {
      if (error instanceof ModelMismatch || !(error instanceof ProtocolViolation)) throw error;
      this.calls.push({ action, input, error: error.code, at: Date.now() });
      if (malformed && error.code !== 'ExpiredToken') this.problems.push(`${action}: ${error.code}: ${error.message}`);
      response.writeHead(error.status, { 'Content-Type': 'text/xml', 'x-amzn-RequestId': requestId });
      response.end(encodeQueryError(SERVICE, error, requestId));
    }
  }

  /** An expired session token is refused before anything else is looked at, as AWS does. */
  private checkExpiry(request: { headers: Record<string, string | string[] | undefined> }): void {
    const token = request.headers['x-amz-security-token'];
    if (typeof token === 'string' && this.expiredTokens.has(token)) throw new AwsError('ExpiredToken', 'The security token included in the request is expired', 403);
  }

  private dispatch(action: string, input: Record<string, unknown>, requestId: string): Record<string, unknown> | undefined {
    switch (action) {
      case 'CreateStorageLocation':
        return this.eb.createStorageLocation();
      case 'DescribeApplicationVersions':
        return this.eb.describeApplicationVersions(input);
      case 'CreateApplicationVersion':
        return this.eb.createApplicationVersion(input);
      case 'DescribeEnvironments':
        return this.eb.describeEnvironments(input);
      case 'DescribeEnvironmentHealth':
        return this.eb.describeEnvironmentHealth(input);
      case 'DescribeEvents':
        return this.eb.describeEvents(input);
      case 'UpdateEnvironment':
        return this.eb.updateEnvironment(input, requestId);
      case 'AbortEnvironmentUpdate':
        return this.eb.abortEnvironmentUpdate(input, requestId);
      default:
        throw new AwsError('InvalidAction', `${action} is in the Elastic Beanstalk API but this stand-in does not serve it`, 501);
    }
  }

  private async serveS3(request: Parameters<Parameters<typeof startLoopbackServer>[0]>[0], response: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    let malformed = true;
    try {
      this.checkExpiry(request);
      await verifySignature(request, this.signatureCheck('s3', false));
      malformed = !['PUT', 'POST', 'HEAD', 'GET', 'DELETE'].includes(request.method);
      this.s3.handle(request, response);
    } catch (error) {
      if (!(error instanceof ProtocolViolation)) throw error;
      const clientMistake = ['BadDigest', 'InvalidRequest', 'MalformedXML', 'NotImplemented', 'InvalidPart', 'InvalidPartOrder', 'EntityTooSmall', 'IncompleteBody'].includes(error.code);
      if ((malformed && error.code !== 'ExpiredToken') || clientMistake) this.problems.push(`S3 ${request.method} ${request.rawPath}: ${error.code}: ${error.message}`);
      response.writeHead(error.status, { 'Content-Type': 'application/xml', 'x-amz-request-id': requestId });
      response.end(request.method === 'HEAD' ? undefined : s3ErrorXml(error, requestId));
    }
  }

  /** The model server behind an environment: the share of requests each running version takes. */
  private serveApp(environmentName: string, path: string, response: ServerResponse): void {
    this.eb.advance();
    const environment = this.eb.environments.get(environmentName)!;
    const label = this.router.pick(environmentName, environment.serving.map((share) => [share.label, share.weight] as const));
    const reply = label ? modelServerReply(label, (this.eb.behaviours.get(label) ?? 'healthy') === 'healthy', path) : { status: 503, body: { error: 'no instances are running' } };
    response.writeHead(reply.status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(reply.body));
  }
}
