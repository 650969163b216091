/**
 * The history file on its branch, read and written through the REST API. Writes go through the
 * contents API with the file's blob sha, so two runs finishing together cannot lose each other's
 * entry: the loser gets a 409, reads again, and retries. A missing branch is created as an orphan
 * (no shared history with the code) holding just the file.
 */
import * as core from '@actions/core';
import type { GitHubClient } from '../shared/github.ts';
import { explainPermissionError, httpStatus } from '../shared/github.ts';
import { UserError } from '../shared/errors.ts';
import { appendEntry, emptyHistory, historyPath, parseHistory, serializeHistory, type HistoryDocument, type HistoryEntry } from './history.ts';
import type { Repo } from './repo-files.ts';

export const WRITE_ATTEMPTS = 6;

export interface StoredHistory {
  document: HistoryDocument;
  /** Blob sha of the file, needed to replace it; absent when there is no file yet. */
  sha?: string;
  branchExists: boolean;
}

/** Worth reading the file again and retrying: someone else wrote it, or GitHub had a hiccup. */
function isRetryable(error: unknown): boolean {
  const status = httpStatus(error) ?? 0;
  // 409: the file changed since it was read. 422 "sha" errors say the same for a file that appeared.
  return status === 409 || status >= 500 || (status === 422 && /\bsha\b/i.test((error as Error).message ?? ''));
}

export class HistoryStore {
  readonly client: GitHubClient;
  readonly repo: Repo;
  readonly branch: string;
  readonly path: string;
  readonly key: string;

  constructor(client: GitHubClient, repo: Repo, branch: string, key: string) {
    this.client = client;
    this.repo = repo;
    this.branch = branch;
    this.key = key;
    this.path = historyPath(key);
  }

  async branchExists(): Promise<boolean> {
    try {
      await this.client.rest.git.getRef({ ...this.repo, ref: `heads/${this.branch}` });
      return true;
    } catch (error) {
      if (httpStatus(error) === 404) return false;
      throw error;
    }
  }

  async read(): Promise<StoredHistory> {
    try {
      const { data } = await this.client.rest.repos.getContent({ ...this.repo, path: this.path, ref: `refs/heads/${this.branch}` });
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
        throw new UserError(`${this.path} on branch ${this.branch} is not a file: the history branch holds something else (choose another history-branch)`);
      }
      // The history is bounded well under the contents API's 1 MB limit for inline content.
      if (data.encoding !== 'base64') throw new UserError(`${this.path} on branch ${this.branch} is too large to be a metrics history (over 1 MB)`);
      const text = Buffer.from(data.content, 'base64').toString('utf8');
      return { document: parseHistory(text, `${this.path} on branch ${this.branch}`), sha: data.sha, branchExists: true };
    } catch (error) {
      if (httpStatus(error) !== 404) throw explainPermissionError(error, 'contents: read', `read the metrics history on branch ${this.branch}`);
      return { document: emptyHistory(this.key), branchExists: await this.branchExists() };
    }
  }

  /** Adds the entry, retrying on conflicting writes; returns the history as written. */
  async record(entry: HistoryEntry): Promise<HistoryDocument> {
    for (let attempt = 1; ; attempt++) {
      const stored = await this.read();
      const document = appendEntry(stored.document, entry);
      const text = serializeHistory(document);
      const content = Buffer.from(text).toString('base64');
      const message = `Record metrics of ${entry.sha.slice(0, 7)} on ${entry.ref}${this.key ? ` (${this.key})` : ''}`;
      try {
        if (!stored.branchExists) {
          await this.createBranch(text, message);
        } else {
          await this.client.rest.repos.createOrUpdateFileContents({
            ...this.repo,
            path: this.path,
            branch: this.branch,
            message,
            content,
            ...(stored.sha ? { sha: stored.sha } : {}),
            // A conflict needs a fresh read, not the same request again: this loop does that.
            request: { retries: 0 },
          });
        }
        return document;
      } catch (error) {
        const raced = isRetryable(error) || (!stored.branchExists && httpStatus(error) === 422);
        if (!raced || attempt >= WRITE_ATTEMPTS) {
          throw explainPermissionError(error, 'contents: write', `record metrics on branch ${this.branch}`);
        }
        core.info(`The metrics history changed while it was written (attempt ${attempt}); reading it again`);
        await new Promise((done) => setTimeout(done, 100 * attempt + Math.random() * 200));
      }
    }
  }

  /** An orphan branch with one commit holding the history file. */
  private async createBranch(text: string, message: string): Promise<void> {
    const tree = await this.client.rest.git.createTree({ ...this.repo, tree: [{ path: this.path, mode: '100644', type: 'blob', content: text }] });
    const commit = await this.client.rest.git.createCommit({ ...this.repo, message, tree: tree.data.sha, parents: [] });
    // 422 when another run created the branch first: the caller retries through the contents API.
    await this.client.rest.git.createRef({ ...this.repo, ref: `refs/heads/${this.branch}`, sha: commit.data.sha });
    core.info(`Created branch ${this.branch} for the metrics history`);
  }
}
