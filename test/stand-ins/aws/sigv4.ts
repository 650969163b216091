/**
 * Server-side check of AWS Signature Version 4, as AWS does it: the Authorization header must be
 * well formed, its credential scope must name this service and region, and the signature must be
 * the one the caller's secret key gives for the request as received (recomputed here with the
 * SDK's own signer, fed only the headers the caller said it signed).
 */
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { ProtocolViolation, type StandInRequest } from '../loopback-server.ts';

export interface StandInCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SignatureCheck {
  service: string;
  region: string;
  /** Keys the stand-in knows, by access key id. */
  credentials: ReadonlyMap<string, StandInCredentials>;
  /** Session tokens that have expired (answered with ExpiredToken). */
  expiredTokens: ReadonlySet<string>;
  /** Whether the path is signed as is (S3) or URI-escaped once more (every other service). */
  uriEscapePath: boolean;
}

/** An AWS error the stand-in answers with, in the protocol's own error format. */
export class AwsError extends ProtocolViolation {}

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

type SourceData = string | ArrayBuffer | ArrayBufferView;

function bytesOf(data: SourceData): Buffer | string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** The hash constructor the signer wants, on node:crypto. */
class NodeSha256 {
  private hash;
  private readonly secret?: Buffer | string;
  constructor(secret?: SourceData) {
    this.secret = secret === undefined ? undefined : bytesOf(secret);
    this.hash = this.fresh();
  }
  private fresh() {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
  }
  update(data: SourceData): void {
    this.hash.update(bytesOf(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

function header(request: StandInRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** Checks the request's signature; returns the access key id that signed it. */
export async function verifySignature(request: StandInRequest, check: SignatureCheck): Promise<string> {
  const authorization = header(request, 'authorization');
  if (!authorization) throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  const match = AUTHORIZATION.exec(authorization);
  if (!match) throw new AwsError('IncompleteSignature', `Authorization header is not a SigV4 header: ${authorization.slice(0, 80)}`, 403);
  const [, accessKeyId, scopeDate, region, service, signedHeaderList, signature] = match as unknown as string[];
  if (service !== check.service) throw new AwsError('SignatureDoesNotMatch', `Credential should be scoped to correct service: '${check.service}', not '${service}'`, 403);
  if (region !== check.region) throw new AwsError('SignatureDoesNotMatch', `Credential should be scoped to a valid region: '${check.region}', not '${region}'`, 403);
  const amzDate = header(request, 'x-amz-date');
  if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate)) throw new AwsError('IncompleteSignature', 'X-Amz-Date header is missing or malformed', 403);
  if (amzDate.slice(0, 8) !== scopeDate) throw new AwsError('SignatureDoesNotMatch', 'Credential scope date does not match X-Amz-Date', 403);
  const signedAt = new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
  if (Math.abs(Date.now() - signedAt.getTime()) > 15 * 60_000) throw new AwsError('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', 403);

  const known = check.credentials.get(accessKeyId!);
  if (!known) throw new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
  const token = header(request, 'x-amz-security-token');
  if (token !== undefined && check.expiredTokens.has(token)) throw new AwsError('ExpiredToken', 'The security token included in the request is expired', 403);
  if (known.sessionToken !== undefined && token !== known.sessionToken) throw new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);

  const signedHeaders = signedHeaderList!.split(';');
  if (!signedHeaders.includes('host')) throw new AwsError('SignatureDoesNotMatch', 'SignedHeaders must include host', 403);
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = header(request, name);
    if (value === undefined) throw new AwsError('SignatureDoesNotMatch', `Signed header ${name} is not in the request`, 403);
    headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of request.url.searchParams) {
    const previous = query[key];
    query[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  const signer = new SignatureV4({
    credentials: { accessKeyId: accessKeyId!, secretAccessKey: known.secretAccessKey, sessionToken: token },
    region: region!,
    service: service!,
    sha256: NodeSha256,
    uriEscapePath: check.uriEscapePath,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    { method: request.method, protocol: 'http:', hostname: '127.0.0.1', path: request.rawPath.split('?')[0]!, query, headers, body: request.body },
    { signingDate: signedAt, signableHeaders: new Set(signedHeaders) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers['authorization']))?.[1];
  if (expected !== signature) {
    throw new AwsError('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.', 403);
  }
  const payloadHash = header(request, 'x-amz-content-sha256');
  if (payloadHash && /^[0-9a-f]{64}$/.test(payloadHash) && createHash('sha256').update(request.body).digest('hex') !== payloadHash) {
    throw new AwsError('XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.', 400);
  }
  return accessKeyId!;
}
