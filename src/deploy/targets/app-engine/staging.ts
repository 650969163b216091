/**
 * Staging a bundle in Cloud Storage, where App Engine reads it from. The object name carries the
 * bundle's digest, and an object already holding the same bytes (same MD5) is not uploaded again.
 * Small bundles go up in one request (uploadType=media); larger ones as a resumable upload in
 * 8 MiB chunks, resumed from what the server says it has after a failed chunk.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../../../shared/errors.ts';
import type { DeployContext } from '../../target.ts';
import type { SourceBundle } from '../source-bundle.ts';
import { explainGoogleError, GoogleApiFailure, type GoogleApis } from './google-api.ts';

const SIMPLE_LIMIT = 5 * 1024 * 1024;
const CHUNK = 8 * 1024 * 1024; // a multiple of 256 KiB, as the resumable protocol requires

export interface StagedBundle {
  bucket: string;
  object: string;
  /** What App Engine's Deployment.zip.sourceUrl takes. */
  sourceUrl: string;
}

export function stagedObjectName(service: string, version: string, bundle: SourceBundle): string {
  return `ml-actions/${service}/${version}-${bundle.sha256.slice(0, 12)}.zip`;
}

async function storedMd5(apis: GoogleApis, bucket: string, object: string): Promise<string | undefined> {
  try {
    const response = await apis.request<{ md5Hash?: string }>({ method: 'GET', url: `${apis.storageRoot}/storage/v1/b/${encodeURIComponent(bucket)}/o/${encodeURIComponent(object)}` });
    return response.data.md5Hash;
  } catch (error) {
    if (error instanceof GoogleApiFailure && error.httpStatus === 404 && !/bucket/i.test(error.message)) return undefined;
    throw error;
  }
}

async function resumable(apis: GoogleApis, bucket: string, object: string, bytes: Uint8Array): Promise<void> {
  const start = await apis.request<unknown>({
    method: 'POST',
    url: `${apis.storageRoot}/upload/storage/v1/b/${encodeURIComponent(bucket)}/o`,
    query: { uploadType: 'resumable' },
    body: { name: object, contentType: 'application/zip' },
    headers: { 'X-Upload-Content-Type': 'application/zip', 'X-Upload-Content-Length': String(bytes.length) },
  });
  const session = start.headers.get('location');
  if (!session) throw new Error('Cloud Storage started a resumable upload without a session URI');
  let offset = 0;
  while (offset < bytes.length) {
    const end = Math.min(offset + CHUNK, bytes.length);
    const response = await apis.request<unknown>({
      method: 'PUT',
      url: session,
      bytes: bytes.subarray(offset, end),
      headers: { 'Content-Range': `bytes ${offset}-${end - 1}/${bytes.length}`, 'Content-Type': 'application/zip' },
      accept: [308],
    });
    if (response.status !== 308) return;
    // The server says how much it has; continue from there (it may have kept less than was sent).
    const range = /bytes=0-(\d+)/.exec(response.headers.get('range') ?? '');
    offset = range ? Number(range[1]) + 1 : 0;
  }
}

export async function stageBundle(apis: GoogleApis, project: string, bucket: string, object: string, bundle: SourceBundle, ctx: DeployContext): Promise<StagedBundle> {
  const staged = { bucket, object, sourceUrl: `https://storage.googleapis.com/${bucket}/${object}` };
  const md5 = createHash('md5').update(bundle.bytes).digest('base64');
  try {
    if ((await storedMd5(apis, bucket, object)) === md5) {
      ctx.log.info(`gs://${bucket}/${object} already holds this bundle; not uploading again`);
      return staged;
    }
    ctx.log.info(`Uploading ${(bundle.bytes.length / 1024 / 1024).toFixed(1)} MB to gs://${bucket}/${object}`);
    if (bundle.bytes.length <= SIMPLE_LIMIT) {
      await apis.request({
        method: 'POST',
        url: `${apis.storageRoot}/upload/storage/v1/b/${encodeURIComponent(bucket)}/o`,
        query: { uploadType: 'media', name: object },
        bytes: bundle.bytes,
        headers: { 'Content-Type': 'application/zip' },
      });
    } else {
      await resumable(apis, bucket, object, bundle.bytes);
    }
  } catch (error) {
    if (error instanceof GoogleApiFailure && error.httpStatus === 404) {
      throw new UserError(`Cloud Storage bucket gs://${bucket} does not exist, or the service account cannot see it: create it, or name another with target-options bucket`);
    }
    throw explainGoogleError(error, `stage the bundle in gs://${bucket}`, project);
  }
  return staged;
}
