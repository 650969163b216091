/**
 * The one report comment on a pull request: found by its marker and its author through every page of
 * comments, updated in place, and never rolled back by a run for an older commit.
 */
import * as core from '@actions/core';
import type { GitHubClient } from '../shared/github.ts';
import { explainPermissionError, httpStatus } from '../shared/github.ts';
import { isAuthoredBy, type Identity } from '../shared/identity.ts';
import { parseMarker, withMarker, type Marker } from './marker.ts';
import type { Repo } from './repo-files.ts';

export { isAuthoredBy, resolveIdentity, type Identity } from '../shared/identity.ts';

export interface CommentLike {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login: string; type?: string } | null;
}

export interface FoundComment {
  comment: CommentLike;
  marker: Marker;
}

/** Our comments with this key, oldest first, read through every page. */
export async function findReports(client: GitHubClient, repo: Repo, issue: number, key: string, identity: Identity): Promise<FoundComment[]> {
  const found: FoundComment[] = [];
  const pages = client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
  for await (const page of pages) {
    for (const comment of page.data) {
      const marker = parseMarker(comment.body);
      if (!marker || marker.key !== key) continue;
      if (!isAuthoredBy(comment, identity)) {
        core.info(`Comment ${comment.id} by ${comment.user?.login ?? 'someone'} carries this report's marker but is not this token's: leaving it alone`);
        continue;
      }
      found.push({ comment, marker });
    }
  }
  return found.sort((a, b) => a.comment.id - b.comment.id);
}

/**
 * Whether a report for `ours` may replace one for `theirs`. The pull request's current head decides
 * between different commits (a force-push makes commit times useless); otherwise the later report wins.
 */
export function mayReplace(ours: Omit<Marker, 'version'>, theirs: Marker, currentHead: string | undefined): boolean {
  if (ours.sha !== theirs.sha && currentHead) {
    if (ours.sha === currentHead) return true;
    if (theirs.sha === currentHead) return false;
  }
  return ours.time >= theirs.time;
}

export type CommentMode = 'update' | 'new';

export interface Posted {
  id: number;
  url: string;
  outcome: 'created' | 'updated' | 'kept-newer';
}

export interface PostOptions {
  client: GitHubClient;
  repo: Repo;
  issue: number;
  marker: Omit<Marker, 'version'>;
  markdown: string;
  mode: CommentMode;
  identity: Identity;
}

function permission(issue: number, doing: string) {
  return (error: unknown) => {
    throw explainPermissionError(error, 'pull-requests: write', `${doing} on pull request #${issue}`);
  };
}

async function currentHead(options: PostOptions): Promise<string | undefined> {
  try {
    return (await options.client.rest.pulls.get({ ...options.repo, pull_number: options.issue })).data.head.sha;
  } catch (error) {
    core.debug(`Could not read pull request #${options.issue}: ${(error as Error).message}`);
    return undefined;
  }
}

/** Re-reads a comment just before writing it; undefined when it has been deleted. */
async function reread(options: PostOptions, id: number): Promise<CommentLike | undefined> {
  try {
    return (await options.client.rest.issues.getComment({ ...options.repo, comment_id: id })).data;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

async function create(options: PostOptions): Promise<CommentLike> {
  const body = withMarker(options.marker, options.markdown);
  const { data } = await options.client.rest.issues.createComment({ ...options.repo, issue_number: options.issue, body }).catch(permission(options.issue, 'create a comment'));
  return data;
}

async function update(options: PostOptions, target: FoundComment): Promise<Posted> {
  const head = options.marker.sha !== target.marker.sha ? await currentHead(options) : undefined;
  const fresh = await reread(options, target.comment.id);
  if (!fresh) return createOnce(options);
  const freshMarker = parseMarker(fresh.body) ?? target.marker;
  if (!mayReplace(options.marker, freshMarker, head)) {
    core.notice(
      `The report comment already shows a newer run (commit ${freshMarker.sha.slice(0, 7)}, ${freshMarker.time}); ` +
        `this run's report (commit ${options.marker.sha.slice(0, 7)}) is in the job summary only.`,
    );
    return { id: fresh.id, url: fresh.html_url, outcome: 'kept-newer' };
  }
  const body = withMarker(options.marker, options.markdown);
  try {
    const { data } = await options.client.rest.issues.updateComment({ ...options.repo, comment_id: fresh.id, body });
    return { id: data.id, url: data.html_url, outcome: 'updated' };
  } catch (error) {
    if (httpStatus(error) === 404) return createOnce(options);
    return permission(options.issue, 'update the report comment')(error);
  }
}

/**
 * Creates the comment; if a concurrent run created one too, the older comment stays, this one is
 * removed and the older one is updated (or kept, if it is newer) instead.
 */
export async function createOnce(options: PostOptions, identity = options.identity): Promise<Posted> {
  const created = await create(options);
  const learned: Identity = identity.login ? identity : { login: created.user?.login, source: identity.source };
  const all = await findReports(options.client, options.repo, options.issue, options.marker.key, learned);
  const oldest = all[0];
  if (oldest && oldest.comment.id !== created.id) {
    await options.client.rest.issues.deleteComment({ ...options.repo, comment_id: created.id }).catch(permission(options.issue, 'remove a duplicate comment'));
    return update({ ...options, identity: learned }, oldest);
  }
  return { id: created.id, url: created.html_url, outcome: 'created' };
}

export async function postReport(options: PostOptions): Promise<Posted> {
  if (options.mode === 'new') {
    const created = await create(options);
    return { id: created.id, url: created.html_url, outcome: 'created' };
  }
  const found = await findReports(options.client, options.repo, options.issue, options.marker.key, options.identity).catch((error: unknown) => {
    throw explainPermissionError(error, 'pull-requests: read', `read the comments of pull request #${options.issue}`);
  });
  if (found.length === 0) return createOnce(options);
  if (found.length > 1) core.info(`${found.length} report comments with this key; updating the oldest (${found[0]!.comment.id})`);
  return update(options, found[0]!);
}
