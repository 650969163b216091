/**
 * Calls to Google REST APIs (App Engine Admin v1, Cloud Storage JSON) with Application Default
 * Credentials: the file google-github-actions/auth writes (Workload Identity Federation or a key),
 * or whatever else ADC finds. Tokens are refreshed and the call retried once on 401; 429 and 5xx
 * are retried with backoff. API roots follow gcloud's own override variables
 * (CLOUDSDK_API_ENDPOINT_OVERRIDES_APPENGINE / _STORAGE), for private endpoints and for tests.
 */
import { GoogleAuth, type AuthClient } from 'google-auth-library';
import { UserError } from '../../../shared/errors.ts';

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

export interface GoogleErrorBody {
  error?: { code?: number; message?: string; status?: string };
}

/** A Google API answered with an error; `status` is the gRPC status name (NOT_FOUND, …). */
export class GoogleApiFailure extends Error {
  readonly httpStatus: number;
  readonly status: string;
  constructor(httpStatus: number, status: string, message: string) {
    super(message);
    this.name = 'GoogleApiFailure';
    this.httpStatus = httpStatus;
    this.status = status;
  }
}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  /** Raw bytes instead of JSON. */
  bytes?: Uint8Array;
  headers?: Record<string, string>;
  /** Statuses that are answers, not failures (resumable uploads answer 308). */
  accept?: number[];
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  headers: Headers;
}

function root(variable: string, fallback: string, strip: RegExp): string {
  const value = process.env[variable]?.trim();
  return (value ? value.replace(strip, '') : fallback).replace(/\/+$/, '');
}

export class GoogleApis {
  readonly appEngineRoot = root('CLOUDSDK_API_ENDPOINT_OVERRIDES_APPENGINE', 'https://appengine.googleapis.com', /\/v1\/?$/);
  readonly storageRoot = root('CLOUDSDK_API_ENDPOINT_OVERRIDES_STORAGE', 'https://storage.googleapis.com', /\/storage\/v1\/?$/);
  private readonly auth: GoogleAuth;
  private client?: Promise<AuthClient>;

  /** `project` is given so ADC does not look it up (that would need Resource Manager access). */
  constructor(project: string) {
    this.auth = new GoogleAuth({ projectId: project, scopes: [CLOUD_PLATFORM], clientOptions: { forceRefreshOnFailure: true } });
  }

  private async authClient(): Promise<AuthClient> {
    this.client ??= this.auth.getClient().catch((error: unknown) => {
      this.client = undefined;
      throw new UserError(
        `No Google Cloud credentials (${(error as Error).message.split('\n')[0]}). Add google-github-actions/auth before this step ` +
          '(workload_identity_provider + service_account, with `permissions: id-token: write`); it sets GOOGLE_APPLICATION_CREDENTIALS.',
        undefined,
        { cause: error },
      );
    });
    return this.client;
  }

  async request<T>(request: ApiRequest): Promise<ApiResponse<T>> {
    const client = await this.authClient();
    const params = Object.fromEntries(Object.entries(request.query ?? {}).filter(([, v]) => v !== undefined)) as Record<string, string>;
    try {
      const response = await client.request<T>({
        url: request.url,
        method: request.method,
        params,
        data: request.bytes ?? (request.body === undefined ? undefined : JSON.stringify(request.body)),
        headers: { ...(request.body !== undefined && !request.bytes ? { 'Content-Type': 'application/json' } : {}), ...request.headers },
        responseType: 'json',
        validateStatus: (status) => (status >= 200 && status < 300) || (request.accept ?? []).includes(status),
        retryConfig: {
          retry: 4,
          retryDelay: 200,
          statusCodesToRetry: [[429, 429], [500, 599]],
          httpMethodsToRetry: ['GET', 'HEAD', 'PUT', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
        },
      });
      return { status: response.status, data: response.data, headers: new Headers(response.headers as unknown as Record<string, string>) };
    } catch (error) {
      const response = (error as { response?: { status?: number; data?: GoogleErrorBody } }).response;
      if (response?.status) {
        const body = response.data?.error;
        throw new GoogleApiFailure(response.status, body?.status ?? String(response.status), body?.message ?? (error as Error).message);
      }
      throw error;
    }
  }
}

/** Turns permission and setup errors into what to change; passes the rest through. */
export function explainGoogleError(error: unknown, doing: string, project: string): unknown {
  if (!(error instanceof GoogleApiFailure)) return error;
  const message = error.message;
  if (/SERVICE_DISABLED|has not been used in project|is disabled/i.test(message) || error.status === 'SERVICE_DISABLED') {
    return new UserError(`Google refused to ${doing}: ${message}. Enable the App Engine Admin API for project ${project} (gcloud services enable appengine.googleapis.com).`, undefined, { cause: error });
  }
  if (error.httpStatus === 403 && /actAs|act as/i.test(message)) {
    return new UserError(`Google refused to ${doing}: ${message}. The deploying service account needs the Service Account User role on the App Engine runtime service account (${project}@appspot.gserviceaccount.com).`, undefined, { cause: error });
  }
  if (error.httpStatus === 403) {
    return new UserError(
      `Google refused to ${doing} (${error.status}): ${message}. The deploying service account needs roles/appengine.deployer and roles/appengine.serviceAdmin ` +
        'on the project and roles/storage.objectAdmin on the staging bucket.',
      undefined,
      { cause: error },
    );
  }
  if (error.httpStatus === 401) {
    return new UserError(`Google refused the credentials to ${doing}: ${message}. Check the workload identity provider and service account given to google-github-actions/auth.`, undefined, { cause: error });
  }
  return error;
}
