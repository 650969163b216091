/**
 * The runner's ACTIONS_RUNTIME_TOKEN: a JWT whose `scp` claim carries the workflow run and job backend
 * IDs (`Actions.Results:<run>:<job>`) that @actions/artifact reads, and whose `ac` claim lists the cache
 * scopes (refs) the job may read and write. GitHub signs it with RS256; the stand-in signs with HS256 and
 * a per-server secret, which is enough to tell its own tokens from anything else.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/** Cache scope permissions as the `ac` claim encodes them. */
export const CACHE_READ = 1;
export const CACHE_WRITE = 2;

export interface CacheScope {
  /** A ref such as `refs/heads/main` or `refs/pull/7/merge`. */
  Scope: string;
  Permission: number;
}

export interface RuntimeClaims {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** Readable scopes in search order; the first writable one receives new cache entries. */
  cacheScopes: CacheScope[];
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

export function newBackendId(): string {
  return randomUUID();
}

export function mintRuntimeToken(secret: Buffer, claims: RuntimeClaims, lifetimeSeconds = 6 * 3600): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg: 'HS256' };
  const payload = {
    nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${claims.workflowRunBackendId}:${claims.workflowJobRunBackendId}`,
    ac: JSON.stringify(claims.cacheScopes),
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:00000000-0000-0000-0000-000000000000',
    nbf: now - 60,
    iat: now - 60,
    exp: now + lifetimeSeconds,
  };
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

/** The claims of a token this server minted, or a reason it is not acceptable. */
export function verifyRuntimeToken(secret: Buffer, token: string): RuntimeClaims | string {
  const parts = token.split('.');
  if (parts.length !== 3) return 'the bearer token is not a JWT';
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'the bearer token was not issued for this run';
  const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { scp?: string; ac?: string; exp?: number };
  if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return 'the bearer token has expired';
  const results = (payload.scp ?? '').split(' ').find((scope) => scope.startsWith('Actions.Results:'));
  const [, run, job] = results?.split(':') ?? [];
  if (!run || !job) return 'the bearer token has no Actions.Results scope';
  return { workflowRunBackendId: run, workflowJobRunBackendId: job, cacheScopes: JSON.parse(payload.ac ?? '[]') as CacheScope[] };
}
