/**
 * Azure Blob Storage, as much of its REST protocol as the Actions clients use through the URLs the results
 * service signs for them: Put Blob, Put Block, Put Block List, Get Blob (whole or by range) and Get Blob
 * Properties. URLs are path-style (`/<account>/<container>/<blob>`), as Azure serves them on an IP host,
 * and carry a service SAS (`sv`, `se`, `sr`, `sp`, `sig`, optional `rscd`) that this server checks.
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Recorder } from './recorder.ts';

export const STORAGE_VERSION = '2025-05-05';
const ACCOUNT = 'productionresultssa0';
/** Azure's limit on one block ID, before base64. */
const MAX_BLOCK_ID_BYTES = 64;
const MAX_BLOCKS = 50_000;

export interface Blob {
  /** Committed content; undefined until Put Blob or Put Block List. */
  content?: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
  /** Staged, uncommitted blocks by ID. */
  blocks: Map<string, Buffer>;
  /** Encoded length every block ID of this blob must share. */
  blockIdLength?: number;
  /** How the content arrived, for tests that care: one Put Blob or a block list. */
  committedBy?: 'put-blob' | 'block-list';
  /** Ranged reads served, as `start-end`. */
  rangeReads: string[];
}

export type Permission = 'r' | 'cw';

class StorageError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export class BlobStorage {
  readonly blobs = new Map<string, Blob>();
  readonly #secret: Buffer;
  readonly #recorder: Recorder;
  origin = '';

  constructor(secret: Buffer, recorder: Recorder) {
    this.#secret = secret;
    this.#recorder = recorder;
  }

  /** A SAS URL for one blob: `r` to read it, `cw` to create and write it. */
  sign(path: string, permission: Permission, options: { lifetimeSeconds?: number; downloadName?: string } = {}): string {
    const expiry = new Date(Date.now() + (options.lifetimeSeconds ?? 3600) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const url = new URL(`${this.origin}/${ACCOUNT}/${path.split('/').map(encodeURIComponent).join('/')}`);
    url.searchParams.set('sv', STORAGE_VERSION);
    url.searchParams.set('se', expiry);
    url.searchParams.set('sr', 'b');
    url.searchParams.set('sp', permission);
    if (options.downloadName) url.searchParams.set('rscd', `attachment; filename="${options.downloadName}"`);
    url.searchParams.set('sig', this.#signature(url));
    return url.href;
  }

  #signature(url: URL): string {
    const fields = ['sv', 'se', 'sr', 'sp', 'rscd'].map((name) => url.searchParams.get(name) ?? '');
    return createHmac('sha256', this.#secret).update([decodeURIComponent(url.pathname), ...fields].join('\n')).digest('base64');
  }

  /** Committed bytes of a blob, if it exists. */
  read(path: string): Buffer | undefined {
    return this.blobs.get(path)?.content;
  }

  delete(path: string): void {
    this.blobs.delete(path);
  }

  async handle(request: IncomingMessage, response: ServerResponse, body: Buffer): Promise<void> {
    const url = new URL(request.url ?? '/', this.origin);
    const comp = url.searchParams.get('comp');
    const operation = `${request.method} ${comp ?? (request.method === 'PUT' ? 'blob' : '')}`.trim();
    let status = 500;
    try {
      const path = this.#authorize(url, request.method === 'GET' || request.method === 'HEAD' ? 'r' : 'w');
      const fault = this.#recorder.takeFault('blob', operationName(request.method, comp));
      if (fault) throw new StorageError(fault.status ?? 503, fault.code ?? 'ServerBusy', fault.message ?? 'The server is busy.');
      status = this.#serve(request, response, url, path, comp, body);
    } catch (error) {
      const storageError = error instanceof StorageError ? error : new StorageError(500, 'InternalError', String(error));
      status = storageError.status;
      const requestId = randomUUID();
      const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${storageError.code}</Code><Message>${escapeXml(storageError.message)}\nRequestId:${requestId}\nTime:${new Date().toISOString()}</Message></Error>`;
      response.writeHead(status, {
        'content-type': 'application/xml',
        'x-ms-error-code': storageError.code,
        'x-ms-request-id': requestId,
        'x-ms-version': STORAGE_VERSION,
      });
      response.end(request.method === 'HEAD' ? undefined : xml);
    } finally {
      this.#recorder.request({ host: 'blob', method: request.method ?? '', path: url.pathname, operation, status });
    }
  }

  #authorize(url: URL, access: 'r' | 'w'): string {
    const segments = url.pathname.split('/').slice(1).map(decodeURIComponent);
    if (segments[0] !== ACCOUNT || segments.length < 3) throw this.#violation(400, 'InvalidUri', `${url.pathname} is not a blob URL this service handed out`);
    const signature = url.searchParams.get('sig');
    if (!signature) throw this.#violation(403, 'NoAuthenticationInformation', 'The request carries no SAS signature: clients must use the signed URL they were given');
    const expected = Buffer.from(this.#signature(url), 'base64');
    const given = Buffer.from(signature, 'base64');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw this.#violation(403, 'AuthenticationFailed', 'Signature did not match: the signed URL was altered');
    }
    if (Date.parse(url.searchParams.get('se') ?? '') < Date.now()) throw new StorageError(403, 'AuthenticationFailed', 'Signed expiry time has passed');
    const permission = url.searchParams.get('sp') ?? '';
    if (access === 'w' && !permission.includes('w')) throw this.#violation(403, 'AuthorizationPermissionMismatch', 'This URL was signed for reading, not writing');
    if (access === 'r' && !permission.includes('r')) throw this.#violation(403, 'AuthorizationPermissionMismatch', 'This URL was signed for writing, not reading');
    return segments.slice(1).join('/');
  }

  #violation(status: number, code: string, message: string): StorageError {
    this.#recorder.violation(`blob storage: ${message}`);
    return new StorageError(status, code, message);
  }

  #serve(request: IncomingMessage, response: ServerResponse, url: URL, path: string, comp: string | null, body: Buffer): number {
    switch (`${request.method} ${comp ?? ''}`) {
      case 'PUT ':
        return this.#putBlob(request, response, path, body);
      case 'PUT block':
        return this.#putBlock(request, response, url, path, body);
      case 'PUT blocklist':
        return this.#putBlockList(request, response, path, body);
      case 'GET ':
      case 'HEAD ':
        return this.#getBlob(request, response, url, path);
      default:
        throw this.#violation(400, 'UnsupportedQueryParameter', `${request.method} with comp=${comp} is not an operation the Actions clients use`);
    }
  }

  #checkLength(request: IncomingMessage, body: Buffer): void {
    const declared = request.headers['content-length'];
    if (declared === undefined) throw this.#violation(411, 'MissingContentLengthHeader', 'Content-Length is required');
    if (Number(declared) !== body.length) throw this.#violation(400, 'InvalidHeaderValue', `Content-Length ${declared} does not match the ${body.length} bytes sent`);
  }

  #putBlob(request: IncomingMessage, response: ServerResponse, path: string, body: Buffer): number {
    if (request.headers['x-ms-blob-type'] !== 'BlockBlob') {
      throw this.#violation(400, 'MissingRequiredHeader', 'Put Blob needs x-ms-blob-type: BlockBlob');
    }
    this.#checkLength(request, body);
    const blob = this.#blob(path);
    this.#commit(blob, body, header(request, 'x-ms-blob-content-type') ?? header(request, 'content-type') ?? 'application/octet-stream', 'put-blob');
    return this.#created(response, blob, body);
  }

  #putBlock(request: IncomingMessage, response: ServerResponse, url: URL, path: string, body: Buffer): number {
    const id = url.searchParams.get('blockid') ?? '';
    const decoded = Buffer.from(id, 'base64');
    if (id === '' || decoded.toString('base64') !== id || decoded.length > MAX_BLOCK_ID_BYTES) {
      throw this.#violation(400, 'InvalidQueryParameterValue', `blockid "${id}" must be base64 of at most ${MAX_BLOCK_ID_BYTES} bytes`);
    }
    this.#checkLength(request, body);
    const blob = this.#blob(path);
    blob.blockIdLength ??= id.length;
    if (id.length !== blob.blockIdLength) throw this.#violation(400, 'InvalidBlobOrBlock', 'All block IDs of a blob must have the same length');
    if (blob.blocks.size >= MAX_BLOCKS) throw new StorageError(409, 'BlockCountExceedsLimit', 'The uncommitted block count cannot exceed the maximum limit of 100,000 blocks');
    blob.blocks.set(id, body);
    response.writeHead(201, { ...this.#standardHeaders(), 'content-md5': createHash('md5').update(body).digest('base64'), 'x-ms-request-server-encrypted': 'true' });
    response.end();
    return 201;
  }

  #putBlockList(request: IncomingMessage, response: ServerResponse, path: string, body: Buffer): number {
    const xml = body.toString('utf8');
    if (!/^\s*(<\?xml[^>]*\?>)?\s*<BlockList>[\s\S]*<\/BlockList>\s*$/.test(xml)) {
      throw this.#violation(400, 'InvalidXmlDocument', 'Put Block List needs a <BlockList> document');
    }
    const blob = this.#blob(path);
    const parts: Buffer[] = [];
    for (const [, kind, id] of xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)) {
      // A fresh upload only has uncommitted blocks; Latest and Uncommitted both name them.
      const block = kind === 'Committed' ? undefined : blob.blocks.get(id!);
      if (!block) throw this.#violation(400, 'InvalidBlockList', `The block list names block ${id} (${kind}) that was never staged`);
      parts.push(block);
    }
    this.#commit(blob, Buffer.concat(parts), header(request, 'x-ms-blob-content-type') ?? 'application/octet-stream', 'block-list');
    return this.#created(response, blob);
  }

  #getBlob(request: IncomingMessage, response: ServerResponse, url: URL, path: string): number {
    const blob = this.blobs.get(path);
    if (!blob?.content) throw new StorageError(404, 'BlobNotFound', 'The specified blob does not exist.');
    const content = blob.content;
    const headers: Record<string, string> = {
      ...this.#standardHeaders(),
      etag: blob.etag,
      'last-modified': blob.lastModified.toUTCString(),
      'content-type': blob.contentType,
      'accept-ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-lease-status': 'unlocked',
      'x-ms-lease-state': 'available',
      'x-ms-server-encrypted': 'true',
      'x-ms-creation-time': blob.lastModified.toUTCString(),
    };
    const disposition = url.searchParams.get('rscd');
    if (disposition) headers['content-disposition'] = disposition;
    // x-ms-range wins over Range, as Azure documents.
    const rangeHeader = header(request, 'x-ms-range') ?? header(request, 'range');
    let slice = content;
    let status = 200;
    if (rangeHeader) {
      const match = /^bytes=(\d+)-(\d*)$/.exec(rangeHeader);
      if (!match) throw this.#violation(400, 'InvalidRange', `Range "${rangeHeader}" is not bytes=start-[end]`);
      const start = Number(match[1]);
      const end = match[2] === '' ? content.length - 1 : Math.min(Number(match[2]), content.length - 1);
      if (start >= content.length || end < start) {
        response.writeHead(416, { ...this.#standardHeaders(), 'content-range': `bytes */${content.length}`, 'x-ms-error-code': 'InvalidRange' });
        response.end();
        return 416;
      }
      slice = content.subarray(start, end + 1);
      status = 206;
      headers['content-range'] = `bytes ${start}-${end}/${content.length}`;
      blob.rangeReads.push(`${start}-${end}`);
    }
    headers['content-length'] = String(slice.length);
    if (status === 200) headers['content-md5'] = createHash('md5').update(content).digest('base64');
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : slice);
    return status;
  }

  #blob(path: string): Blob {
    let blob = this.blobs.get(path);
    if (!blob) {
      blob = { contentType: 'application/octet-stream', etag: '', lastModified: new Date(), blocks: new Map(), rangeReads: [] };
      this.blobs.set(path, blob);
    }
    return blob;
  }

  #commit(blob: Blob, content: Buffer, contentType: string, committedBy: Blob['committedBy']): void {
    blob.content = content;
    blob.contentType = contentType;
    blob.etag = `"0x${createHash('sha1').update(content).update(String(Date.now())).digest('hex').slice(0, 15).toUpperCase()}"`;
    blob.lastModified = new Date();
    blob.blocks.clear();
    blob.blockIdLength = undefined;
    blob.committedBy = committedBy;
  }

  #created(response: ServerResponse, blob: Blob, body?: Buffer): number {
    const headers: Record<string, string> = {
      ...this.#standardHeaders(),
      etag: blob.etag,
      'last-modified': blob.lastModified.toUTCString(),
      'x-ms-request-server-encrypted': 'true',
    };
    if (body) headers['content-md5'] = createHash('md5').update(body).digest('base64');
    response.writeHead(201, headers);
    response.end();
    return 201;
  }

  #standardHeaders(): Record<string, string> {
    return { 'x-ms-request-id': randomUUID(), 'x-ms-version': STORAGE_VERSION, date: new Date().toUTCString() };
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);
}

/** The Azure operation a request is, as fault rules name them. */
export function operationName(method: string | undefined, comp: string | null): string {
  if (method === 'PUT') return comp === 'block' ? 'PutBlock' : comp === 'blocklist' ? 'PutBlockList' : 'PutBlob';
  if (method === 'HEAD') return 'GetBlobProperties';
  return 'GetBlob';
}
