/**
 * The results service's CacheService (cache service v2). Entries are immutable, keyed by key + version
 * (the client's hash of paths and compression) + scope (the ref whose run saved them). The runtime
 * token's `ac` claim lists the scopes a run may read, in search order, and the one it writes to: a
 * branch reads its own entries, then its base's and the default branch's, never a sibling's.
 *
 * Lookup follows GitHub's documented order, scope by scope: the exact key, then the newest entry whose
 * key starts with the key, then each restore key in turn as a prefix (newest first).
 */
import { createHash } from 'node:crypto';
import type { BlobStorage } from './blob-storage.ts';
import { CACHE_SERVICE } from './messages.ts';
import type { Recorder } from './recorder.ts';
import { CACHE_READ, CACHE_WRITE, type RuntimeClaims } from './runtime-token.ts';
import { TwirpError, serviceMethods, type TwirpMethod } from './twirp.ts';

export interface StoredCacheEntry {
  id: number;
  key: string;
  version: string;
  /** The ref that saved it. */
  scope: string;
  createdAt: Date;
  finalized: boolean;
  size: number;
  /** The archive (tar, zstd- or gzip-compressed); set when finalized. */
  bytes?: Buffer;
  blobPath: string;
}

const MAX_KEY_LENGTH = 512;

export class CacheService {
  readonly entries: StoredCacheEntry[] = [];
  readonly #blobs: BlobStorage;
  readonly #recorder: Recorder;
  #nextId = 1;

  constructor(blobs: BlobStorage, recorder: Recorder) {
    this.#blobs = blobs;
    this.#recorder = recorder;
  }

  methods(): Map<string, TwirpMethod> {
    return serviceMethods(CACHE_SERVICE, {
      CreateCacheEntry: (request, caller) => this.#create(request, caller),
      FinalizeCacheEntryUpload: (request, caller) => this.#finalize(request, caller),
      GetCacheEntryDownloadURL: (request, caller) => this.#downloadUrl(request, caller),
    });
  }

  #checkKey(key: string, field: string): void {
    if (key.length > MAX_KEY_LENGTH) throw this.#invalid(`${field} is longer than ${MAX_KEY_LENGTH} characters`);
    if (key.includes(',')) throw this.#invalid(`${field} contains a comma`);
  }

  #checkVersion(version: string): void {
    if (!/^[0-9a-f]{64}$/.test(version)) throw this.#invalid(`version "${version}" is not the SHA-256 the client computes`);
  }

  #invalid(message: string): TwirpError {
    this.#recorder.violation(`CacheService: ${message}`);
    return new TwirpError('invalid_argument', message);
  }

  #create(request: Record<string, any>, caller: RuntimeClaims): object {
    this.#checkKey(request.key, 'key');
    this.#checkVersion(request.version);
    const scope = caller.cacheScopes.find((candidate) => candidate.Permission & CACHE_WRITE)?.Scope;
    if (!scope) return { ok: false, message: 'cache write denied: the token has no writable cache scope' };
    const existing = this.entries.find((entry) => entry.key === request.key && entry.version === request.version && entry.scope === scope);
    if (existing) throw new TwirpError('already_exists', 'cache entry with the same key, version, and scope already exists');
    const entry: StoredCacheEntry = {
      id: this.#nextId++,
      key: request.key,
      version: request.version,
      scope,
      createdAt: new Date(),
      finalized: false,
      size: 0,
      blobPath: `caches/${createHash('sha256').update(scope).digest('hex').slice(0, 16)}/${createHash('sha256').update(`${request.key}\n${request.version}`).digest('hex')}`,
    };
    this.entries.push(entry);
    return { ok: true, signedUploadUrl: this.#blobs.sign(entry.blobPath, 'cw') };
  }

  #finalize(request: Record<string, any>, caller: RuntimeClaims): object {
    this.#checkKey(request.key, 'key');
    this.#checkVersion(request.version);
    const scope = caller.cacheScopes.find((candidate) => candidate.Permission & CACHE_WRITE)?.Scope;
    const entry = this.entries.find((candidate) => !candidate.finalized && candidate.key === request.key && candidate.version === request.version && candidate.scope === scope);
    if (!entry) throw new TwirpError('not_found', 'no cache entry with this key and version is being uploaded');
    const bytes = this.#blobs.read(entry.blobPath);
    if (!bytes) {
      this.#recorder.violation(`CacheService/FinalizeCacheEntryUpload: ${request.key} was finalized before its archive was uploaded`);
      throw new TwirpError('failed_precondition', 'the cache entry has no uploaded archive');
    }
    if (Number(request.sizeBytes) !== bytes.length) {
      this.#recorder.violation(`CacheService/FinalizeCacheEntryUpload: size_bytes ${request.sizeBytes} does not match the ${bytes.length} bytes uploaded`);
      throw new TwirpError('invalid_argument', 'size_bytes does not match the uploaded archive');
    }
    Object.assign(entry, { finalized: true, bytes, size: bytes.length });
    return { ok: true, entryId: String(entry.id) };
  }

  #downloadUrl(request: Record<string, any>, caller: RuntimeClaims): object {
    const restoreKeys = (request.restoreKeys ?? []) as string[];
    this.#checkKey(request.key, 'key');
    restoreKeys.forEach((key, index) => this.#checkKey(key, `restore_keys[${index}]`));
    this.#checkVersion(request.version);
    const scopes = caller.cacheScopes.filter((candidate) => candidate.Permission & CACHE_READ).map((candidate) => candidate.Scope);
    if (scopes.length === 0) throw new TwirpError('permission_denied', 'cache read denied: the token has no readable cache scope');
    for (const scope of scopes) {
      const candidates = this.entries
        .filter((entry) => entry.finalized && entry.scope === scope && entry.version === request.version)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
      const match =
        candidates.find((entry) => entry.key === request.key) ??
        candidates.find((entry) => entry.key.startsWith(request.key)) ??
        restoreKeys.map((prefix) => candidates.find((entry) => entry.key.startsWith(prefix))).find(Boolean);
      if (match) return { ok: true, signedDownloadUrl: this.#blobs.sign(match.blobPath, 'r'), matchedKey: match.key };
    }
    return { ok: false };
  }
}
