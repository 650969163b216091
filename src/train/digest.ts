/**
 * Content digests of the files a run read and wrote. Data files are hashed and their rows counted in
 * one pass over the bytes; a folder of model files gets one combined digest, the SHA-256 of its
 * `sha256sum`-style manifest, so `find model -type f | LC_ALL=C sort | xargs sha256sum | sha256sum`
 * reproduces it from the shell (paths as the manifest lists them, relative to the working directory).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { isGzipped, type TabularFormat } from '../tabular/format.ts';
import { countTextRows, isStreamCountable, parquetRowCount, tabularFormatOf } from '../tabular/count.ts';
import { byteOrder } from '../shared/files.ts';

export interface FileDigest {
  /** Relative to the working directory, `/`-separated. */
  path: string;
  sha256: string;
  bytes: number;
}

export interface DataDigest extends FileDigest {
  format: TabularFormat | null;
  /** Data rows (header excluded); null for files that are not CSV, TSV, JSON Lines or Parquet. */
  rows: number | null;
}

export async function digestFile(absolute: string, path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(absolute) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { path, sha256: hash.digest('hex'), bytes };
}

/** Hash, size and row count of a data file, reading its bytes once (Parquet: plus its footer). */
export async function digestDataFile(absolute: string, path: string): Promise<DataDigest> {
  const format = tabularFormatOf(absolute);
  if (!isStreamCountable(format)) {
    const digest = await digestFile(absolute, path);
    return { ...digest, format: format ?? null, rows: format === 'parquet' ? await parquetRowCount(absolute, path) : null };
  }
  const hash = createHash('sha256');
  let bytes = 0;
  const text = new PassThrough();
  let decoded: Readable = text;
  if (isGzipped(absolute)) {
    const gunzip = createGunzip();
    decoded = text.pipe(gunzip);
  }
  // When counting fails, stop reading: the caller falls back to hashing alone.
  const counting = countTextRows(decoded, format, path).catch((error: unknown) => {
    text.destroy();
    throw error;
  });
  const hashing = pipeline(
    createReadStream(absolute),
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        hash.update(chunk);
        bytes += chunk.length;
        yield chunk;
      }
    },
    text,
  );
  const [rows] = await Promise.all([counting, hashing]);
  return { path, sha256: hash.digest('hex'), bytes, format, rows };
}

/** One digest for a set of files: SHA-256 of `<sha256>  <path>\n` lines in byte order of path. */
export function combinedDigest(files: FileDigest[]): string {
  const manifest = [...files]
    .sort((a, b) => byteOrder(a.path, b.path))
    .map((file) => `${file.sha256}  ${file.path}\n`)
    .join('');
  return createHash('sha256').update(manifest).digest('hex');
}
