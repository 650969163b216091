/**
 * Amazon S3's REST API, path style, for what a deploy uploads: PutObject, HeadObject, GetObject,
 * HeadBucket and the multipart trio (CreateMultipartUpload, UploadPart, CompleteMultipartUpload,
 * AbortMultipartUpload). Every request must carry a valid SigV4 signature scoped to s3; checksums
 * the client sends (Content-MD5, x-amz-checksum-crc32/sha256/sha1, aws-chunked trailers) are
 * verified against the bytes received; parts other than the last must be at least 5 MiB, as S3
 * requires.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { crc32 } from 'node:zlib';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import type { StandInRequest } from '../loopback-server.ts';
import { AwsError } from './sigv4.ts';

export interface StoredObject {
  body: Buffer;
  etag: string;
  contentType: string;
  metadata: Record<string, string>;
  lastModified: Date;
}

interface Upload {
  bucket: string;
  key: string;
  contentType: string;
  metadata: Record<string, string>;
  parts: Map<number, { body: Buffer; etag: string }>;
}

const MIN_PART_SIZE = 5 * 1024 * 1024;
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });
const parser = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'Part' });
const XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export class S3Model {
  readonly buckets = new Map<string, Map<string, StoredObject>>();
  readonly uploads = new Map<string, Upload>();
  /** Counts of operations served, for assertions (PutObject, UploadPart, …). */
  readonly counts: Record<string, number> = {};

  createBucket(name: string): void {
    if (!this.buckets.has(name)) this.buckets.set(name, new Map());
  }

  object(bucket: string, key: string): StoredObject | undefined {
    return this.buckets.get(bucket)?.get(key);
  }

  private bucket(name: string): Map<string, StoredObject> {
    const bucket = this.buckets.get(name);
    if (!bucket) throw new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404);
    return bucket;
  }

  private count(operation: string): void {
    this.counts[operation] = (this.counts[operation] ?? 0) + 1;
  }

  /** Serves one (already authenticated) request. */
  handle(request: StandInRequest, response: ServerResponse): void {
    const path = request.rawPath.split('?')[0]!;
    const [, bucketName = '', ...keyParts] = path.split('/');
    const key = keyParts.map(decodeURIComponent).join('/');
    const query = request.url.searchParams;
    const expectOperation = (operation: string) => {
      const declared = query.get('x-id');
      if (declared !== null && declared !== operation) throw new AwsError('InvalidRequest', `x-id=${declared} does not match the ${operation} route`);
      this.count(operation);
    };
    if (!bucketName) throw new AwsError('InvalidRequest', 'Path-style requests name the bucket first: /bucket/key');

    if (key === '') {
      if (request.method === 'HEAD') {
        expectOperation('HeadBucket');
        this.bucket(bucketName);
        return send(response, 200, '');
      }
      throw new AwsError('NotImplemented', `${request.method} on a bucket is not served by this stand-in`, 501);
    }

    if (request.method === 'PUT' && !query.has('uploadId')) {
      expectOperation('PutObject');
      const body = payloadOf(request);
      const etag = `"${createHash('md5').update(body).digest('hex')}"`;
      this.bucket(bucketName).set(key, { body, etag, contentType: headerOf(request, 'content-type') ?? 'binary/octet-stream', metadata: metadataOf(request), lastModified: new Date() });
      return send(response, 200, '', { ETag: etag });
    }
    if (request.method === 'HEAD' || request.method === 'GET') {
      expectOperation(request.method === 'HEAD' ? 'HeadObject' : 'GetObject');
      const object = this.bucket(bucketName).get(key);
      if (!object) throw new AwsError('NoSuchKey', 'The specified key does not exist.', 404);
      const headers: Record<string, string> = {
        ETag: object.etag,
        'Content-Type': object.contentType,
        'Last-Modified': object.lastModified.toUTCString(),
        'Content-Length': String(object.body.length),
      };
      for (const [name, value] of Object.entries(object.metadata)) headers[`x-amz-meta-${name}`] = value;
      response.writeHead(200, headers);
      response.end(request.method === 'GET' ? object.body : undefined);
      return;
    }
    if (request.method === 'POST' && query.has('uploads')) {
      expectOperation('CreateMultipartUpload');
      this.bucket(bucketName);
      const uploadId = randomUUID();
      this.uploads.set(uploadId, { bucket: bucketName, key, contentType: headerOf(request, 'content-type') ?? 'binary/octet-stream', metadata: metadataOf(request), parts: new Map() });
      return sendXml(response, { InitiateMultipartUploadResult: { '@_xmlns': XMLNS, Bucket: bucketName, Key: key, UploadId: uploadId } });
    }
    const upload = this.uploads.get(query.get('uploadId') ?? '');
    if (query.has('uploadId') && (!upload || upload.bucket !== bucketName || upload.key !== key)) {
      throw new AwsError('NoSuchUpload', 'The specified upload does not exist.', 404);
    }
    if (request.method === 'PUT' && upload) {
      expectOperation('UploadPart');
      const partNumber = Number(query.get('partNumber'));
      if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10000) throw new AwsError('InvalidArgument', 'Part number must be an integer between 1 and 10000, inclusive');
      const body = payloadOf(request);
      const etag = `"${createHash('md5').update(body).digest('hex')}"`;
      upload.parts.set(partNumber, { body, etag });
      return send(response, 200, '', { ETag: etag });
    }
    if (request.method === 'POST' && upload) {
      expectOperation('CompleteMultipartUpload');
      const document = parser.parse(request.body.toString('utf8')) as { CompleteMultipartUpload?: { Part?: { PartNumber: number; ETag: string }[] } };
      const listed = document.CompleteMultipartUpload?.Part ?? [];
      if (listed.length === 0) throw new AwsError('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');
      const bodies: Buffer[] = [];
      const digests: Buffer[] = [];
      listed.forEach((part, index) => {
        const stored = upload.parts.get(Number(part.PartNumber));
        if (index > 0 && Number(part.PartNumber) <= Number(listed[index - 1]!.PartNumber)) throw new AwsError('InvalidPartOrder', 'The list of parts was not in ascending order.');
        if (!stored || stored.etag.replaceAll('"', '') !== String(part.ETag).replaceAll('"', '')) throw new AwsError('InvalidPart', `Part ${part.PartNumber} was not uploaded or its ETag does not match.`);
        if (index < listed.length - 1 && stored.body.length < MIN_PART_SIZE) throw new AwsError('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.');
        bodies.push(stored.body);
        digests.push(createHash('md5').update(stored.body).digest());
      });
      const etag = `"${createHash('md5').update(Buffer.concat(digests)).digest('hex')}-${listed.length}"`;
      this.bucket(bucketName).set(key, { body: Buffer.concat(bodies), etag, contentType: upload.contentType, metadata: upload.metadata, lastModified: new Date() });
      this.uploads.delete(query.get('uploadId')!);
      return sendXml(response, { CompleteMultipartUploadResult: { '@_xmlns': XMLNS, Location: `/${bucketName}/${key}`, Bucket: bucketName, Key: key, ETag: etag } });
    }
    if (request.method === 'DELETE' && upload) {
      expectOperation('AbortMultipartUpload');
      this.uploads.delete(query.get('uploadId')!);
      return send(response, 204, '');
    }
    throw new AwsError('NotImplemented', `${request.method} ${path} is not served by this stand-in`, 501);
  }
}

function headerOf(request: StandInRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function metadataOf(request: StandInRequest): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.startsWith('x-amz-meta-') && typeof value === 'string') metadata[name.slice('x-amz-meta-'.length)] = value;
  }
  return metadata;
}

/** The object bytes, unwrapped from aws-chunked framing if used, with every sent checksum verified. */
function payloadOf(request: StandInRequest): Buffer {
  let body = request.body;
  const checksums: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.startsWith('x-amz-checksum-') && typeof value === 'string') checksums[name] = value;
  }
  if ((headerOf(request, 'content-encoding') ?? '').includes('aws-chunked')) {
    const decoded = decodeAwsChunked(body);
    body = decoded.body;
    Object.assign(checksums, decoded.trailers);
    const declared = headerOf(request, 'x-amz-decoded-content-length');
    if (declared !== undefined && Number(declared) !== body.length) throw new AwsError('IncompleteBody', 'The request body is shorter than x-amz-decoded-content-length');
  }
  const md5 = headerOf(request, 'content-md5');
  if (md5 !== undefined && createHash('md5').update(body).digest('base64') !== md5) throw new AwsError('BadDigest', 'The Content-MD5 you specified did not match what we received.');
  for (const [name, value] of Object.entries(checksums)) {
    const algorithm = name.slice('x-amz-checksum-'.length);
    let actual: string | undefined;
    if (algorithm === 'crc32') {
      const bytes = Buffer.alloc(4);
      bytes.writeUInt32BE(crc32(body));
      actual = bytes.toString('base64');
    } else if (algorithm === 'sha256' || algorithm === 'sha1') {
      actual = createHash(algorithm).update(body).digest('base64');
    }
    if (actual !== undefined && actual !== value) throw new AwsError('BadDigest', `The ${algorithm.toUpperCase()} you specified did not match the calculated checksum.`);
  }
  return body;
}

function decodeAwsChunked(raw: Buffer): { body: Buffer; trailers: Record<string, string> } {
  const chunks: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', offset);
    if (lineEnd < 0) throw new AwsError('IncompleteBody', 'aws-chunked body ends without a final chunk');
    const size = parseInt(raw.subarray(offset, lineEnd).toString('latin1').split(';')[0]!, 16);
    if (Number.isNaN(size)) throw new AwsError('InvalidRequest', 'aws-chunked chunk size is not hexadecimal');
    offset = lineEnd + 2;
    if (size === 0) break;
    chunks.push(raw.subarray(offset, offset + size));
    offset += size + 2;
  }
  const trailers: Record<string, string> = {};
  for (const line of raw.subarray(offset).toString('latin1').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { body: Buffer.concat(chunks), trailers };
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'x-amz-request-id': randomUUID(), ...headers });
  response.end(body);
}

function sendXml(response: ServerResponse, document: Record<string, unknown>): void {
  send(response, 200, `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(document) as string}`, { 'Content-Type': 'application/xml' });
}

export function s3ErrorXml(error: AwsError, requestId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ Error: { Code: error.code, Message: error.message, RequestId: requestId } }) as string}`;
}
