/**
 * The source bundle a cloud target uploads: a zip file as given, or a folder zipped here. Folders
 * are zipped deterministically (sorted entries, fixed timestamps), so the same files always give
 * the same bytes and the same digest, and a re-run recognises what it already uploaded.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { ConfigurationError } from '../../shared/errors.ts';

export interface SourceBundle {
  /** Where it came from (the `bundle` input, resolved). */
  source: string;
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
  /** Number of files in the zip (App Engine wants it for fast deploys). */
  fileCount: number;
}

// 1980-01-01, the earliest time a zip entry can hold: no build-time value leaks into the digest.
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const SKIPPED = new Set(['.git', 'node_modules', '__pycache__', '.venv']);

function listFiles(root: string, dir = root): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(root, path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

function zipFolder(folder: string): { bytes: Uint8Array; fileCount: number } {
  const files = listFiles(folder);
  if (files.length === 0) throw new ConfigurationError('bundle', `names the folder ${folder}, which has no files to deploy`);
  const tree: Zippable = {};
  for (const file of files) {
    const mode = statSync(file).mode;
    // Keep the executable bit (start scripts), nothing else of the local file system.
    tree[relative(folder, file).split(sep).join('/')] = [readFileSync(file), { mtime: FIXED_TIME, os: 3, attrs: ((mode & 0o111 ? 0o755 : 0o644) | 0o100000) << 16 }];
  }
  return { bytes: zipSync(tree, { level: 6, mtime: FIXED_TIME }), fileCount: files.length };
}

function countZipEntries(bytes: Uint8Array, path: string): number {
  let count = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (!file.name.endsWith('/')) count++;
        return false; // counted; no need to inflate
      },
    });
  } catch (error) {
    throw new ConfigurationError('bundle', `names ${path}, which is not a readable zip file (${(error as Error).message})`);
  }
  return count;
}

/** Reads or builds the bundle named by the `bundle` input (an absolute path). */
export function loadSourceBundle(path: string, maxBytes: number): SourceBundle {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ConfigurationError('bundle', `names ${path}, which does not exist`);
  }
  let bytes: Uint8Array;
  let fileCount: number;
  if (stat.isDirectory()) {
    ({ bytes, fileCount } = zipFolder(path));
  } else {
    bytes = readFileSync(path);
    if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) throw new ConfigurationError('bundle', `names ${path}, which is not a zip file: give a .zip or a folder`);
    fileCount = countZipEntries(bytes, path);
  }
  if (bytes.length > maxBytes) {
    throw new ConfigurationError('bundle', `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit for this target is ${Math.floor(maxBytes / 1024 / 1024)} MB`);
  }
  return { source: path, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), fileCount };
}

/** A bundle made of generated files (a Docker descriptor), zipped the same deterministic way. */
export function bundleFromFiles(source: string, files: Record<string, string>): SourceBundle {
  const tree: Zippable = {};
  for (const [name, text] of Object.entries(files)) tree[name] = [new TextEncoder().encode(text), { mtime: FIXED_TIME }];
  const bytes = zipSync(tree, { level: 6, mtime: FIXED_TIME });
  return { source, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), fileCount: Object.keys(files).length };
}

/** One file from the bundle's root (app.yaml), if it has it. */
export function readBundleFile(bundle: SourceBundle, name: string): string | undefined {
  const files = unzipSync(bundle.bytes, { filter: (file) => file.name === name });
  const bytes = files[name];
  return bytes ? new TextDecoder().decode(bytes) : undefined;
}
