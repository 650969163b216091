/** File writes that never leave a half-written file behind. */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** Writes to a temporary sibling, then renames it over the target (atomic on one file system). */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Resolves a user-given path against the workspace (the runner's GITHUB_WORKSPACE). */
export function resolveInWorkspace(path: string, workspace: string): string {
  return isAbsolute(path) ? path : resolve(workspace, path);
}

/**
 * Every file at or under `path` (folders walked, symlinks followed), sorted by byte order of the path
 * so the order is the same on every machine. Undefined when nothing is there.
 */
export function listFiles(path: string): string[] | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return undefined;
  if (!stats.isDirectory()) return [path];
  const files: string[] = [];
  for (const entry of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
    const file = join(path, entry);
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) files.push(file);
  }
  return files.sort(byteOrder);
}

/** Compares strings by their UTF-8 bytes, as `LC_ALL=C sort` does. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
