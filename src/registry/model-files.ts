/**
 * The model as files on disk: a single file or a folder, each file with its size and sha256, and
 * one digest over all of them that does not depend on the order the file system lists them in.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { UserError } from '../shared/errors.ts';

export interface ModelFile {
  /** Path inside the model (forward slashes); the file's own name for a single-file model. */
  path: string;
  absolute: string;
  bytes: number;
  sha256: string;
}

export interface ModelFiles {
  root: string;
  kind: 'file' | 'directory';
  files: ModelFile[];
  bytes: number;
  /** sha256:<hex> over "path\0sha256\n" of every file, sorted by path. */
  digest: string;
}

// Version-control and OS litter is not part of a model.
const IGNORED = new Set(['.git', '.DS_Store', '__pycache__']);

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

function walk(root: string, folder: string, into: string[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (IGNORED.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(root, path, into);
    else if (entry.isFile()) into.push(path);
  }
}

export function digestOf(files: ReadonlyArray<Pick<ModelFile, 'path' | 'sha256'>>): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${file.path}\0${file.sha256}\n`);
  return `sha256:${hash.digest('hex')}`;
}

/** Reads the files of a model (or of data: `what` names it in errors). */
export async function readModelFiles(path: string, shownAs = path, what = 'model'): Promise<ModelFiles> {
  if (!existsSync(path)) throw new UserError(`${shownAs}: ${what} not found${what === 'model' ? ' (the `model` input names a file or folder)' : ''}`, { file: shownAs });
  const stat = statSync(path);
  const kind = stat.isDirectory() ? 'directory' : 'file';
  const absolutes: string[] = [];
  if (kind === 'directory') walk(path, path, absolutes);
  else absolutes.push(path);
  if (absolutes.length === 0) throw new UserError(`${shownAs}: the ${what} folder is empty`, { file: shownAs });
  const files: ModelFile[] = [];
  for (const absolute of absolutes.sort()) {
    files.push({
      path: kind === 'directory' ? relative(path, absolute).split(sep).join('/') : basename(absolute),
      absolute,
      bytes: statSync(absolute).size,
      sha256: await hashFile(absolute),
    });
  }
  return { root: path, kind, files, bytes: files.reduce((sum, file) => sum + file.bytes, 0), digest: digestOf(files) };
}

/** Figures a policy's guardrails may bound: model.bytes, model.size_mb (MiB), model.files. */
export function modelFigures(model: ModelFiles): Record<string, number> {
  return { 'model.bytes': model.bytes, 'model.size_mb': model.bytes / 1_048_576, 'model.files': model.files.length };
}

/** A folder model as one zip archive (paths kept), for registries that store single files. */
export function zipModel(model: ModelFiles): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of model.files) entries[file.path] = readFileSync(file.absolute);
  return zipSync(entries, { level: 6 });
}
