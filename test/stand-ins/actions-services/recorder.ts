/**
 * What the services saw: every request, every protocol violation, and the failures a test asked for.
 * A violation is a request a real service would reject for its shape (unknown field, missing field,
 * wrong content type, unsigned blob access): the answer is an error, and `close()` reports them all.
 */

export interface RecordedRequest {
  /** `results` for the Twirp services, `blob` for blob storage. */
  host: 'results' | 'blob';
  method: string;
  path: string;
  /** Twirp `Service/Method`, or the blob operation (`PUT block`, `GET`…). */
  operation: string;
  status: number;
  /** The Twirp request body as JSON. */
  body?: unknown;
}

export type FaultService = 'ArtifactService' | 'CacheService' | 'blob';

export interface FaultRule {
  service: FaultService;
  /**
   * The Twirp method (`CreateArtifact`, `GetCacheEntryDownloadURL`…) or the blob operation (`PutBlob`,
   * `PutBlock`, `PutBlockList`, `GetBlob`, `GetBlobProperties`); any of the service's when absent.
   */
  method?: string;
  /** Twirp error code (`unavailable`, `resource_exhausted`…) or Azure error code (`ServerBusy`…). */
  code?: string;
  /** HTTP status; by default the one the Twirp code maps to, or 503 for blob storage. */
  status?: number;
  message?: string;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export class Recorder {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly #faults: Array<FaultRule & { left: number }> = [];

  request(entry: RecordedRequest): void {
    this.requests.push(entry);
  }

  violation(message: string): void {
    this.violations.push(message);
  }

  addFault(rule: FaultRule): void {
    this.#faults.push({ ...rule, left: rule.times ?? 1 });
  }

  /** The first armed rule matching this call, used up by one. */
  takeFault(service: FaultService, method: string): FaultRule | undefined {
    const rule = this.#faults.find((candidate) => candidate.left > 0 && candidate.service === service && (!candidate.method || candidate.method === method));
    if (rule) rule.left--;
    return rule;
  }
}
