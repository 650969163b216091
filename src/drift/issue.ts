/**
 * The one open drift issue per monitor: found again through every page of open issues with the
 * monitor's label, by the hidden marker in its body and by its author; updated (body and a short
 * comment) while the data stays drifted, commented on and closed when it no longer is.
 *
 * The author check stops anyone from hijacking the issue by pasting the marker into their own. A
 * personal access token says who it is; an installation token (GITHUB_TOKEN, a GitHub App's) cannot,
 * so then issues by bots count (see shared/identity.ts). `issue-author` pins the author outright.
 */
import * as core from '@actions/core';
import { explainPermissionError, type GitHubClient } from '../shared/github.ts';
import { isAuthoredBy, type Identity } from '../shared/identity.ts';
import { issueMarkerKey } from './issue-marker.ts';
import type { IssueOutcome } from './monitor-report.ts';

export interface Repository {
  owner: string;
  repo: string;
}

interface IssueLike {
  number: number;
  html_url: string;
  body?: string | null;
  user?: { login: string; type?: string } | null;
  pull_request?: unknown;
}

export interface IssueTarget {
  client: GitHubClient;
  repository: Repository;
  /** The first of `issue-labels`: every drift issue carries it, and the search asks for it. */
  label: string;
  key: string;
  author: Identity;
}

/** This monitor's open drift issues, oldest first. */
export async function findDriftIssues(target: IssueTarget): Promise<IssueLike[]> {
  const found: IssueLike[] = [];
  const pages = target.client.paginate.iterator(target.client.rest.issues.listForRepo, { ...target.repository, state: 'open', labels: target.label, per_page: 100 });
  try {
    for await (const page of pages) {
      for (const issue of page.data as IssueLike[]) {
        if (issue.pull_request || issueMarkerKey(issue.body) !== target.key) continue;
        if (!isAuthoredBy(issue, target.author)) {
          core.info(`Issue #${issue.number} by ${issue.user?.login ?? 'someone'} carries the drift marker but was not opened by this monitor: leaving it alone`);
          continue;
        }
        found.push(issue);
      }
    }
  } catch (error) {
    throw explainPermissionError(error, 'issues: read', 'list the open issues labelled "' + target.label + '"');
  }
  return found.sort((a, b) => a.number - b.number);
}

function writeFailure(doing: string) {
  return (error: unknown): never => {
    throw explainPermissionError(error, 'issues: write', doing);
  };
}

export interface DriftIssueContent {
  title: string;
  labels: string[];
  body: string;
  /** Comment on an issue that is found again. */
  comment: string;
  /** Comment on a duplicate that a concurrent run opened, given the issue kept. */
  duplicateComment: (kept: number) => string;
}

async function refresh(target: IssueTarget, issue: IssueLike, content: DriftIssueContent): Promise<IssueOutcome> {
  const { client, repository } = target;
  await client.rest.issues.update({ ...repository, issue_number: issue.number, body: content.body }).catch(writeFailure(`update drift issue #${issue.number}`));
  await client.rest.issues.createComment({ ...repository, issue_number: issue.number, body: content.comment }).catch(writeFailure(`comment on drift issue #${issue.number}`));
  return { outcome: 'updated', number: issue.number, url: issue.html_url };
}

/**
 * Opens the issue; when a concurrent run opened one too, the older issue stays: this one is closed
 * as its duplicate and the older one is updated instead.
 */
async function open(target: IssueTarget, content: DriftIssueContent): Promise<IssueOutcome> {
  const { client, repository } = target;
  const labels = [...new Set([target.label, ...content.labels])];
  const { data: created } = await client.rest.issues
    .create({ ...repository, title: content.title, body: content.body, labels })
    .catch(writeFailure('open the drift issue'));
  const learned: Identity = target.author.login ? target.author : { login: created.user?.login, source: target.author.source };
  if (target.author.source === 'input' && created.user && created.user.login.toLowerCase() !== target.author.login!.toLowerCase()) {
    core.warning(`issue-author is ${target.author.login}, but this token opens issues as ${created.user.login}: later runs will not find issue #${created.number} again. Set issue-author to ${created.user.login}, or leave it out.`);
  }
  const all = await findDriftIssues({ ...target, author: learned });
  const oldest = all[0];
  if (oldest && oldest.number < created.number) {
    await client.rest.issues.createComment({ ...repository, issue_number: created.number, body: content.duplicateComment(oldest.number) }).catch(writeFailure(`comment on drift issue #${created.number}`));
    await client.rest.issues.update({ ...repository, issue_number: created.number, state: 'closed', state_reason: 'duplicate' }).catch(writeFailure(`close duplicate drift issue #${created.number}`));
    return refresh(target, oldest, content);
  }
  return { outcome: 'created', number: created.number, url: created.html_url };
}

/** Drifted: open the issue or update the one that is open. */
export async function reportDriftIssue(target: IssueTarget, content: DriftIssueContent): Promise<IssueOutcome> {
  const found = await findDriftIssues(target);
  if (found.length === 0) return open(target, content);
  if (found.length > 1) core.info(`${found.length} open drift issues for this monitor (${found.map((issue) => `#${issue.number}`).join(', ')}); updating the oldest`);
  return refresh(target, found[0]!, content);
}

/** No longer drifted: comment on and close every open issue of this monitor. */
export async function closeDriftIssues(target: IssueTarget, comment: string): Promise<IssueOutcome> {
  const found = await findDriftIssues(target);
  const { client, repository } = target;
  for (const issue of found) {
    await client.rest.issues.createComment({ ...repository, issue_number: issue.number, body: comment }).catch(writeFailure(`comment on drift issue #${issue.number}`));
    await client.rest.issues.update({ ...repository, issue_number: issue.number, state: 'closed', state_reason: 'completed' }).catch(writeFailure(`close drift issue #${issue.number}`));
  }
  const first = found[0];
  return first ? { outcome: 'closed', number: first.number, url: first.html_url } : { outcome: 'none' };
}
