/**
 * Files as they are at a commit, read through the REST API rather than git, so that the baseline
 * works from a shallow checkout (the default of actions/checkout) and without one.
 */
import { matchesGlob } from 'node:path/posix';
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
    const { data } = await client.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return undefined;
    if ('content' in data && data.encoding === 'base64') return Buffer.from(data.content, 'base64').toString('utf8');
    // Over 1 MB the contents API leaves the content out; the blob API still has it.
    const blob = await client.rest.git.getBlob({ ...repo, file_sha: data.sha });
    return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Every file path at a commit (the tree, recursively). */
export async function listFilesAt(client: GitHubClient, repo: Repo, ref: string): Promise<string[]> {
  const { data } = await client.rest.git.getTree({ ...repo, tree_sha: ref, recursive: 'true' });
  return data.tree.filter((entry) => entry.type === 'blob' && entry.path).map((entry) => entry.path!);
}

function normalise(pattern: string): string {
  return pattern.replace(/^\.\//, '');
}

/**
 * The files the patterns name at `ref`. Plain paths are read directly; globs are matched against the
 * commit's tree. `alsoTry` adds paths worth reading even when no pattern names them literally
 * (the pull request's own file names).
 */
export async function matchFilesAt(client: GitHubClient, repo: Repo, ref: string, patterns: string[], alsoTry: string[] = []): Promise<string[]> {
  const positive = patterns.filter((pattern) => !pattern.startsWith('!')).map(normalise);
  const negative = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => normalise(pattern.slice(1)));
  const excluded = (file: string) => negative.some((pattern) => matchesGlob(file, pattern));
  if (!positive.some((pattern) => GLOB_CHARACTERS.test(pattern))) {
    return [...new Set([...positive, ...alsoTry])].filter((file) => !excluded(file));
  }
  const tree = await listFilesAt(client, repo, ref);
  return tree.filter((file) => positive.some((pattern) => matchesGlob(file, pattern)) && !excluded(file));
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
