/**
 * Cloud Storage JSON API, for staging a deploy's bundle: object metadata reads
 * (`GET storage/v1/b/{bucket}/o/{object}`), simple media uploads
 * (`POST upload/storage/v1/b/{bucket}/o?uploadType=media&name=…`) and resumable uploads (initiate
 * with the object's JSON metadata, then PUT chunks with Content-Range; 308 with Range while
 * incomplete, chunks other than the last a multiple of 256 KiB), as the JSON API documents them.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { StandInRequest } from '../loopback-server.ts';
import { GoogleApiError } from './api-description.ts';

export interface GcsObject {
  bucket: string;
  name: string;
  body: Buffer;
  contentType: string;
  metadata?: Record<string, string>;
  generation: string;
  updated: string;
}

interface Session {
  bucket: string;
  name: string;
  contentType: string;
  metadata?: Record<string, string>;
  received: Buffer[];
  size: number;
}

const CHUNK_QUANTUM = 256 * 1024;

export interface StorageReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class StorageModel {
  readonly buckets = new Map<string, Map<string, GcsObject>>();
  private readonly sessions = new Map<string, Session>();
  readonly counts: Record<string, number> = {};

  createBucket(name: string): void {
    if (!this.buckets.has(name)) this.buckets.set(name, new Map());
  }

  object(bucket: string, name: string): GcsObject | undefined {
    return this.buckets.get(bucket)?.get(name);
  }

  private bucket(name: string): Map<string, GcsObject> {
    const bucket = this.buckets.get(name);
    if (!bucket) throw new GoogleApiError(404, 'NOT_FOUND', 'The specified bucket does not exist.');
    return bucket;
  }

  private count(what: string): void {
    this.counts[what] = (this.counts[what] ?? 0) + 1;
  }

  private store(bucket: string, name: string, body: Buffer, contentType: string, metadata?: Record<string, string>): Record<string, unknown> {
    const object: GcsObject = { bucket, name, body, contentType, metadata, generation: String(Date.now()), updated: new Date().toISOString() };
    this.bucket(bucket).set(name, object);
    return describe(object);
  }

  handle(request: StandInRequest, baseUrl: string): StorageReply {
    const path = request.url.pathname;
    const read = /^\/storage\/v1\/b\/([^/]+)\/o\/(.+)$/.exec(path);
    if (read && request.method === 'GET') {
      this.count('objects.get');
      const object = this.bucket(decodeURIComponent(read[1]!)).get(decodeURIComponent(read[2]!));
      if (!object) throw new GoogleApiError(404, 'NOT_FOUND', `No such object: ${decodeURIComponent(read[1]!)}/${decodeURIComponent(read[2]!)}`);
      return { status: 200, body: describe(object) };
    }
    const upload = /^\/upload\/storage\/v1\/b\/([^/]+)\/o$/.exec(path);
    if (!upload) throw new GoogleApiError(404, 'NOT_FOUND', `Not Found: ${path}`);
    const bucket = decodeURIComponent(upload[1]!);
    const uploadType = request.url.searchParams.get('uploadType');
    if (request.method === 'POST' && uploadType === 'media') {
      this.count('upload.media');
      const name = request.url.searchParams.get('name');
      if (!name) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'Required parameter: name');
      return { status: 200, body: this.store(bucket, name, request.body, headerOf(request, 'content-type') ?? 'application/octet-stream') };
    }
    if (request.method === 'POST' && uploadType === 'resumable') {
      this.count('upload.resumable');
      this.bucket(bucket);
      if (!(headerOf(request, 'content-type') ?? '').startsWith('application/json')) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'A resumable upload is initiated with the object metadata as JSON');
      const resource = JSON.parse(request.body.toString('utf8') || '{}') as { name?: string; contentType?: string; metadata?: Record<string, string> };
      const name = resource.name ?? request.url.searchParams.get('name');
      if (!name) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'Required parameter: name');
      const id = randomUUID();
      this.sessions.set(id, { bucket, name, contentType: resource.contentType ?? headerOf(request, 'x-upload-content-type') ?? 'application/octet-stream', metadata: resource.metadata, received: [], size: 0 });
      return { status: 200, headers: { Location: `${baseUrl}${path}?uploadType=resumable&upload_id=${id}` } };
    }
    if (request.method === 'PUT' && uploadType === 'resumable') {
      this.count('upload.chunk');
      const session = this.sessions.get(request.url.searchParams.get('upload_id') ?? '');
      if (!session) throw new GoogleApiError(404, 'NOT_FOUND', 'No such upload session');
      const range = /^bytes (?:(\d+)-(\d+)|\*)\/(\d+|\*)$/.exec(headerOf(request, 'content-range') ?? '');
      if (!range) throw new GoogleApiError(400, 'INVALID_ARGUMENT', `Content-Range must be "bytes first-last/total", got ${headerOf(request, 'content-range')}`);
      if (range[1] !== undefined) {
        const first = Number(range[1]);
        const last = Number(range[2]);
        if (first !== session.size) throw new GoogleApiError(400, 'INVALID_ARGUMENT', `Chunk starts at ${first}; ${session.size} bytes were received so far`);
        if (last - first + 1 !== request.body.length) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'Content-Range does not match the body length');
        const final = range[3] !== '*' && last + 1 === Number(range[3]);
        if (!final && request.body.length % CHUNK_QUANTUM !== 0) throw new GoogleApiError(400, 'INVALID_ARGUMENT', 'Chunks other than the last must be a multiple of 256 KiB');
        session.received.push(request.body);
        session.size += request.body.length;
      }
      if (range[3] !== '*' && session.size === Number(range[3])) {
        this.sessions.delete(request.url.searchParams.get('upload_id')!);
        return { status: 200, body: this.store(session.bucket, session.name, Buffer.concat(session.received), session.contentType, session.metadata) };
      }
      return { status: 308, headers: session.size > 0 ? { Range: `bytes=0-${session.size - 1}` } : {} };
    }
    throw new GoogleApiError(400, 'INVALID_ARGUMENT', `uploadType ${uploadType} with ${request.method} is not an upload this API takes`);
  }
}

function headerOf(request: StandInRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function describe(object: GcsObject): Record<string, unknown> {
  return {
    kind: 'storage#object',
    id: `${object.bucket}/${object.name}/${object.generation}`,
    name: object.name,
    bucket: object.bucket,
    generation: object.generation,
    contentType: object.contentType,
    size: String(object.body.length),
    md5Hash: createHash('md5').update(object.body).digest('base64'),
    updated: object.updated,
    ...(object.metadata ? { metadata: object.metadata } : {}),
  };
}
