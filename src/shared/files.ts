/** File writes that never leave a half-written file behind. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

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
