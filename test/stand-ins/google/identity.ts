/**
 * Workload Identity Federation from a GitHub workflow, end to end, as google-github-actions/auth
 * sets it up: the runner's OIDC token endpoint (a signed RS256 JWT for the requested audience),
 * Google's Security Token Service (token exchange: the GitHub JWT for a federated token, signature
 * and audience verified), and IAM Credentials `generateAccessToken` (the federated token for a
 * service account's access token). Access tokens expire or can be revoked by the test, so a client
 * that does not refresh on 401 fails.
 */
import { generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { GoogleApiError } from './api-description.ts';

export const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const ISSUER = 'https://token.actions.githubusercontent.com';

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

export interface AccessToken {
  serviceAccount: string;
  scopes: string[];
  expiresAt: number;
}

export class IdentityModel {
  readonly serviceAccount: string;
  readonly runtimeToken = randomBytes(16).toString('hex');
  readonly providerAudience: string;
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly federated = new Map<string, number>();
  readonly accessTokens = new Map<string, AccessToken>();
  /** Counts of tokens issued, for assertions about refreshes. */
  readonly issued = { oidc: 0, sts: 0, accessTokens: 0, selfSignedJwts: 0 };
  private readonly serviceAccountKeys = new Map<string, KeyObject>();
  /** Lifetime of issued access tokens, in seconds. */
  tokenLifetimeSeconds = 3600;

  constructor(project: string) {
    this.serviceAccount = `deployer@${project}.iam.gserviceaccount.com`;
    this.providerAudience = '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/acme';
  }

  /** What google-github-actions/auth writes to GOOGLE_APPLICATION_CREDENTIALS, pointed at this stand-in. */
  credentialsFile(baseUrl: string): Record<string, unknown> {
    return {
      type: 'external_account',
      audience: this.providerAudience,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: `${baseUrl}/v1/token`,
      service_account_impersonation_url: `${baseUrl}/v1/projects/-/serviceAccounts/${this.serviceAccount}:generateAccessToken`,
      credential_source: {
        url: `${baseUrl}/github-oidc?audience=${encodeURIComponent(`https:${this.providerAudience}`)}`,
        headers: { Authorization: `Bearer ${this.runtimeToken}` },
        format: { type: 'json', subject_token_field_name: 'value' },
      },
    };
  }

  /** The runner's ACTIONS_ID_TOKEN_REQUEST_URL: a JWT signed by "GitHub" for the audience asked. */
  issueGitHubToken(authorization: string | undefined, audience: string | null): { value: string } {
    if (authorization !== `Bearer ${this.runtimeToken}`) throw new GoogleApiError(401, 'UNAUTHENTICATED', 'bad runtime token');
    if (!audience) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'audience is required');
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'stand-in' }));
    const claims = base64url(JSON.stringify({ iss: ISSUER, aud: audience, sub: 'repo:acme/iris:ref:refs/heads/main', repository: 'acme/iris', iat: now, exp: now + 300 }));
    const signature = sign('RSA-SHA256', Buffer.from(`${header}.${claims}`), this.keys.privateKey);
    this.issued.oidc++;
    return { value: `${header}.${claims}.${base64url(signature)}` };
  }

  /** STS token exchange (RFC 8693) as sts.googleapis.com/v1/token does it. */
  exchange(form: URLSearchParams): Record<string, unknown> {
    const expect = (name: string, value: string) => {
      if (form.get(name) !== value) throw new GoogleApiError(400, 'INVALID_ARGUMENT', `${name} must be ${value}, got ${form.get(name)}`);
    };
    expect('grant_type', 'urn:ietf:params:oauth:grant-type:token-exchange');
    expect('requested_token_type', 'urn:ietf:params:oauth:token-type:access_token');
    expect('subject_token_type', 'urn:ietf:params:oauth:token-type:jwt');
    expect('audience', this.providerAudience);
    const claims = verifyJwt(form.get('subject_token') ?? '', this.keys.publicKey);
    if (claims['iss'] !== ISSUER) throw new GoogleApiError(400, 'INVALID_GRANT', `The issuer ${String(claims['iss'])} is not trusted by the provider`);
    if (claims['aud'] !== `https:${this.providerAudience}`) throw new GoogleApiError(400, 'INVALID_GRANT', `The audience in the token (${String(claims['aud'])}) does not match the provider`);
    if (typeof claims['exp'] !== 'number' || claims['exp'] * 1000 < Date.now()) throw new GoogleApiError(400, 'INVALID_GRANT', 'The subject token has expired');
    const token = `federated-${randomBytes(12).toString('hex')}`;
    this.federated.set(token, Date.now() + 3600_000);
    this.issued.sts++;
    return { access_token: token, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: 3600 };
  }

  /** IAM Credentials generateAccessToken for the impersonated service account. */
  generateAccessToken(email: string, authorization: string | undefined, body: { scope?: string[]; lifetime?: string }): Record<string, unknown> {
    const federated = authorization?.replace(/^Bearer /, '') ?? '';
    const expiry = this.federated.get(federated);
    if (expiry === undefined || expiry < Date.now()) throw new GoogleApiError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
    if (email !== this.serviceAccount) throw new GoogleApiError(403, 'PERMISSION_DENIED', `Permission 'iam.serviceAccounts.getAccessToken' denied on resource ${email}`);
    if (!Array.isArray(body.scope) || body.scope.length === 0) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'scope is required');
    const token = `ya29.stand-in-${randomBytes(12).toString('hex')}`;
    const expiresAt = Date.now() + this.tokenLifetimeSeconds * 1000;
    this.accessTokens.set(token, { serviceAccount: email, scopes: body.scope, expiresAt });
    this.issued.accessTokens++;
    return { accessToken: token, expireTime: new Date(expiresAt).toISOString() };
  }

  /**
   * A service-account key made here, as `gcloud iam service-accounts keys create` would give it.
   * google-auth-library sends a key's token requests to oauth2.googleapis.com whatever the file's
   * token_uri says; outside the googleapis.com universe it signs a self-signed JWT with the key
   * instead, which this stand-in verifies on every call. So the file names a stand-in universe.
   */
  serviceAccountKey(baseUrl: string): Record<string, unknown> {
    const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyId = randomBytes(20).toString('hex');
    this.serviceAccountKeys.set(keyId, keys.publicKey);
    return {
      type: 'service_account',
      project_id: this.serviceAccount.split('@')[1]!.split('.')[0],
      private_key_id: keyId,
      private_key: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }),
      client_email: this.serviceAccount,
      client_id: '1234567890',
      token_uri: `${baseUrl}/token`,
      universe_domain: 'stand-in.test',
    };
  }

  /** A self-signed JWT from a service-account key: RS256 with the key's id, for this account, in date. */
  private selfSignedJwt(token: string): AccessToken | undefined {
    const [header] = token.split('.');
    let kid: string | undefined;
    try {
      kid = (JSON.parse(Buffer.from(header ?? '', 'base64url').toString('utf8')) as { kid?: string }).kid;
    } catch {
      return undefined;
    }
    const key = kid ? this.serviceAccountKeys.get(kid) : undefined;
    if (!key) return undefined;
    let claims: Record<string, unknown>;
    try {
      claims = verifyJwt(token, key);
    } catch {
      return undefined; // a bad signature is an unauthenticated call
    }
    const now = Date.now() / 1000;
    if (claims['iss'] !== this.serviceAccount || claims['sub'] !== this.serviceAccount) return undefined;
    if (typeof claims['exp'] !== 'number' || claims['exp'] < now || typeof claims['iat'] !== 'number' || claims['iat'] > now + 60) return undefined;
    const scopes = typeof claims['scope'] === 'string' ? claims['scope'].split(' ') : [];
    this.issued.selfSignedJwts++;
    return { serviceAccount: this.serviceAccount, scopes, expiresAt: claims['exp'] * 1000 };
  }

  /** Checks the bearer token of an API call; 401 for an unknown, expired or revoked one. */
  authorize(authorization: string | undefined, scope: string): AccessToken {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    const known = token ? (this.accessTokens.get(token) ?? (token.split('.').length === 3 ? this.selfSignedJwt(token) : undefined)) : undefined;
    if (!known || known.expiresAt < Date.now()) {
      throw new GoogleApiError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.');
    }
    if (!known.scopes.includes(scope) && !known.scopes.includes(CLOUD_PLATFORM)) {
      throw new GoogleApiError(403, 'PERMISSION_DENIED', 'Request had insufficient authentication scopes.');
    }
    return known;
  }

  /** Every access token issued so far stops working (as after expiry): clients must refresh. */
  expireAccessTokens(): void {
    for (const token of this.accessTokens.values()) token.expiresAt = 0;
  }
}

function verifyJwt(jwt: string, key: KeyObject): Record<string, unknown> {
  const [header, claims, signature] = jwt.split('.');
  if (!header || !claims || !signature) throw new GoogleApiError(400, 'INVALID_GRANT', 'The subject token is not a JWT');
  const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: string };
  if (alg !== 'RS256') throw new GoogleApiError(400, 'INVALID_GRANT', `Unsupported JWT algorithm ${alg}`);
  if (!verify('RSA-SHA256', Buffer.from(`${header}.${claims}`), key, Buffer.from(signature, 'base64url'))) {
    throw new GoogleApiError(400, 'INVALID_GRANT', 'The subject token signature is invalid');
  }
  return JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Record<string, unknown>;
}
