/**
 * Files as they are at a commit, read through the REST API rather than git, so that the baseline
 * works from a shallow checkout (the default of actions/checkout) and without one.
 */
import { matchesGlob } from 'node:path/posix';
import * as core from '@actions/core';
import type { GitHubClient } from '../shared/github.ts';
import { httpStatus } from '../shared/github.ts';
import { parseMetricsText, type MetricsSet } from '../shared/metrics.ts';
import { parseParamsText, type Params } from './params.ts';

export interface Repo {
  owner: string;
  repo: string;
}

const GLOB_CHARACTERS = /[*?[\]{}]/;

/** A file's text at `ref`, or undefined when the file (or the ref) does not exist. */
export async function readFileAt(client: GitHubClient, repo: Repo, path: string, ref: string): Promise<string | undefined> {
  try {
    // The raw media type has no 1 MB limit and no base64 to undo.
    const { data } = await client.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
    return typeof data === 'string' ? data : undefined;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Most folders a glob may walk through at a commit (one request each). */
export const MAX_FOLDERS = 60;

/**
 * Files under `folder` at `ref`, walked through the contents API folder by folder (which every token
 * that can read the code may use), up to MAX_FOLDERS folders.
 */
export async function listFilesAt(client: GitHubClient, repo: Repo, ref: string, folder: string): Promise<{ files: string[]; complete: boolean }> {
  const files: string[] = [];
  const queue = [folder];
  let visited = 0;
  while (queue.length > 0) {
    if (visited >= MAX_FOLDERS) return { files, complete: false };
    const path = queue.shift()!;
    visited++;
    let data;
    try {
      data = (await client.rest.repos.getContent({ ...repo, path, ref })).data;
    } catch (error) {
      if (httpStatus(error) === 404) continue;
      throw error;
    }
    if (!Array.isArray(data)) continue;
    for (const entry of data) {
      if (entry.type === 'file') files.push(entry.path);
      else if (entry.type === 'dir' && !entry.name.startsWith('.git')) queue.push(entry.path);
    }
  }
  return { files, complete: true };
}

/** The folder a glob's matches must be in: its segments before the first one with a wildcard. */
export function staticFolder(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (GLOB_CHARACTERS.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/');
}

function normalise(pattern: string): string {
  return pattern.replace(/^\.\//, '');
}

/**
 * The files the patterns name at `ref`: plain paths as they are, globs matched against the files of
 * their folders, plus `alsoTry` (the pull request's own file names, read even if no glob found them).
 */
export async function matchFilesAt(client: GitHubClient, repo: Repo, ref: string, patterns: string[], alsoTry: string[] = []): Promise<string[]> {
  const positive = patterns.filter((pattern) => !pattern.startsWith('!')).map(normalise);
  const negative = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => normalise(pattern.slice(1)));
  const excluded = (file: string) => negative.some((pattern) => matchesGlob(file, pattern));
  const candidates = new Set([...positive.filter((pattern) => !GLOB_CHARACTERS.test(pattern)), ...alsoTry]);
  const folders = [...new Set(positive.filter((pattern) => GLOB_CHARACTERS.test(pattern)).map(staticFolder))];
  for (const folder of folders) {
    const { files, complete } = await listFilesAt(client, repo, ref, folder);
    if (!complete) core.warning(`Looking for metrics files at ${ref.slice(0, 12)}: ${folder || 'the repository'} has more than ${MAX_FOLDERS} folders; only the files found in the first ${MAX_FOLDERS} are compared`);
    for (const file of files) if (positive.some((pattern) => matchesGlob(file, pattern))) candidates.add(file);
  }
  return [...candidates].filter((file) => !excluded(file));
}

async function readAllAt<T>(client: GitHubClient, repo: Repo, ref: string, files: string[], parse: (text: string, shownAs: string) => T): Promise<Map<string, T>> {
  const read = new Map<string, T>();
  for (const file of files) {
    const text = await readFileAt(client, repo, file, ref);
    if (text !== undefined) read.set(file, parse(text, `${file} at ${ref.slice(0, 12)}`));
  }
  return read;
}

export async function readMetricsAt(client: GitHubClient, repo: Repo, ref: string, patterns: string[], alsoTry: string[]): Promise<Map<string, MetricsSet>> {
  return readAllAt(client, repo, ref, await matchFilesAt(client, repo, ref, patterns, alsoTry), parseMetricsText);
}

export async function readParamsAt(client: GitHubClient, repo: Repo, ref: string, patterns: string[], alsoTry: string[]): Promise<Map<string, Params>> {
  return readAllAt(client, repo, ref, await matchFilesAt(client, repo, ref, patterns, alsoTry), parseParamsText);
}
