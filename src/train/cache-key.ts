/**
 * The run cache's key: one short digest per thing that decides what a run produces, in order of how
 * rarely it changes: the environment (OS, CPU architecture, runtime versions), the command (with its
 * seed, paths and any extra key text), the params, the data and the code.
 *
 *   ml-actions-train-v1-<environment>-<command>-<params>-<data>-<code>
 *
 * Because the parts are in a fixed order, a miss can say what changed: looking up the key's prefixes
 * (every part but the code, then every part but data and code, …) finds the nearest cached run, and
 * the first part after the shared prefix is the first thing that differs from it.
 */
import { createHash } from 'node:crypto';

export const KEY_PARTS = ['environment', 'command', 'params', 'data', 'code'] as const;
export type KeyPart = (typeof KEY_PARTS)[number];

const KEY_PREFIX = 'ml-actions-train-v1';
const PART_DIGEST_LENGTH = 16;

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export interface RunCacheKey {
  key: string;
  /** Lookup prefixes for explaining a miss, longest first: the key without its last part, … */
  prefixes: string[];
}

export function runCacheKey(parts: Record<KeyPart, unknown>): RunCacheKey {
  const digests = KEY_PARTS.map((part) => createHash('sha256').update(canonicalJson(parts[part])).digest('hex').slice(0, PART_DIGEST_LENGTH));
  const key = [KEY_PREFIX, ...digests].join('-');
  const prefixes: string[] = [];
  for (let kept = KEY_PARTS.length - 1; kept >= 1; kept--) prefixes.push(`${[KEY_PREFIX, ...digests.slice(0, kept)].join('-')}-`);
  return { key, prefixes };
}

/** Says what differs between this run and the nearest cached one `matchedKey` (from a prefix lookup). */
export function missReason(key: string, matchedKey: string | undefined): string {
  if (!matchedKey) return 'no cached run shares this environment (OS, architecture, runtime versions)';
  const ours = key.split('-').slice(-KEY_PARTS.length);
  const theirs = matchedKey.split('-').slice(-KEY_PARTS.length);
  const first = KEY_PARTS.findIndex((_, index) => ours[index] !== theirs[index]);
  if (first < 0) return 'the cached run could not be restored';
  const same = KEY_PARTS.slice(0, first);
  const changed = KEY_PARTS[first]!;
  return same.length > 0 ? `${changed} changed since the nearest cached run (same ${same.join(', ')})` : `${changed} changed since the nearest cached run`;
}
