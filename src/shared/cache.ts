/**
 * The Actions cache (through @actions/cache): restore and save files under a key. Caching is an
 * optimisation, so service failures are warnings and count as a miss or an unsaved entry, as in
 * actions/cache; a bad key is the caller's mistake and throws.
 *
 * Paths are relative to the workspace (GITHUB_WORKSPACE). @actions/cache globs them from the current
 * folder, archives them relative to the workspace, and mixes the path strings into the entry's version,
 * so the same strings must be given to save and to restore; the helpers run the library from the
 * workspace so a changed current folder cannot make them disagree.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import * as cache from '@actions/cache';
import { UserError, errorMessage } from './errors.ts';

export const MAX_CACHE_KEY_LENGTH = 512;

export interface CacheRestore {
  /** The entry's key was exactly the one asked for. */
  hit: boolean;
  /** The key of the entry restored (or found, with lookupOnly); undefined on a miss. */
  matchedKey?: string;
}

/** Why the cache cannot be used in this step, or undefined when it can. */
export function cacheServiceProblem(): string | undefined {
  return cache.isFeatureAvailable() ? undefined : 'the cache service is not available (this step is not running on a GitHub Actions runner)';
}

export function checkCacheKey(key: string): void {
  if (key === '') throw new UserError('A cache key cannot be empty');
  if (key.length > MAX_CACHE_KEY_LENGTH) throw new UserError(`The cache key is ${key.length} characters long; the limit is ${MAX_CACHE_KEY_LENGTH}: ${key.slice(0, 60)}…`);
  if (key.includes(',')) throw new UserError(`A cache key cannot contain commas: ${key}`);
}

function workspace(): string {
  return resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
}

/** Workspace-relative, `/`-separated paths: the form whose strings stay the same across runners. */
export function workspacePaths(paths: string[], root = workspace()): string[] {
  return paths.map((path) => {
    const inside = relative(root, resolve(root, path));
    if (isAbsolute(path) && (inside.startsWith('..') || isAbsolute(inside))) return path.split(sep).join('/');
    return inside === '' ? '.' : inside.split(sep).join('/');
  });
}

async function inWorkspace<T>(work: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  const root = workspace();
  if (previous === root) return work();
  process.chdir(root);
  try {
    return await work();
  } finally {
    process.chdir(previous);
  }
}

/** The library's complaints about its arguments (bad key, paths that match nothing) are the caller's to fix. */
function rethrowValidation(error: unknown): never {
  const message = errorMessage(error);
  if ((error as Error | undefined)?.name === 'ValidationError' || message.startsWith('Path Validation Error')) {
    throw new UserError(message, undefined, { cause: error });
  }
  throw error;
}

/** Restores the newest entry for `key` (or, failing that, for a restore-key prefix). */
export async function restoreCache(paths: string[], key: string, options: { restoreKeys?: string[]; lookupOnly?: boolean } = {}): Promise<CacheRestore> {
  checkCacheKey(key);
  for (const restoreKey of options.restoreKeys ?? []) checkCacheKey(restoreKey);
  const matchedKey = await inWorkspace(() =>
    cache.restoreCache(workspacePaths(paths), key, options.restoreKeys, { lookupOnly: options.lookupOnly }).catch(rethrowValidation),
  );
  return { hit: matchedKey === key, matchedKey };
}

/** Saves the paths under `key`. False when the entry exists already or the service refused (logged). */
export async function saveCache(paths: string[], key: string): Promise<{ saved: boolean; id?: number }> {
  checkCacheKey(key);
  const id = await inWorkspace(() => cache.saveCache(workspacePaths(paths), key).catch(rethrowValidation));
  return id > 0 ? { saved: true, id } : { saved: false };
}
