// What the store's create/add methods take: API-like inputs in camelCase,
// with GitHub's defaults applied by the store when a field is absent.
import type { FileChanges } from './git.ts';
import type {
  Account,
  AccountType,
  App,
  CheckConclusion,
  CheckStatus,
  DeploymentState,
  Permission,
  WorkflowRunStatus,
} from './records.ts';

export interface TokenInput {
  login: string;
  id?: number;
  type?: AccountType;
  /** Default 'write'. A 'read' token gets 403 "Resource not accessible by integration" on writes. */
  permission?: Permission;
  /** Installation tokens name their app; defaults to GitHub Actions for bots, none for users. */
  app?: App | null;
}

export interface StateOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Files of the first commit on the default branch (default: a README.md). */
  files?: FileChanges;
  /** Extra tokens; `test-token` (github-actions[bot], write) and `read-only-token` (same bot, read) always exist. */
  tokens?: Record<string, TokenInput>;
  /** Clock for timestamps; tests may pin it. */
  now?: () => Date;
}

export interface CommitOptions {
  message?: string;
  author?: Account;
  /** Where a new branch starts (default: the default branch's head). */
  from?: string;
}

export interface IssueInput {
  title: string;
  body?: string | null;
  labels?: string[];
  assignees?: string[];
  state?: 'open' | 'closed';
  /** Who opens it; the labels given here are recorded as added by them. */
  user?: Account;
  /** The app the request came through, when it did. */
  app?: App;
}

export interface PullRequestInput {
  title?: string;
  body?: string | null;
  /** Head branch name, or details for a branch in a fork. */
  head: string | { ref: string; sha?: string; fork?: boolean; owner?: string };
  base?: string;
  labels?: string[];
  user?: Account;
  draft?: boolean;
  state?: 'open' | 'closed';
  /** Files committed on the head branch when it has to be created. */
  files?: FileChanges;
}

export interface CheckRunInput {
  name: string;
  headSha: string;
  status?: CheckStatus;
  conclusion?: CheckConclusion | null;
  startedAt?: string | null;
  completedAt?: string | null;
  detailsUrl?: string | null;
  externalId?: string | null;
  output?: { title?: string | null; summary?: string | null; text?: string | null; annotations?: unknown[] };
}

export interface DeploymentInput {
  ref: string;
  task?: string;
  autoMerge?: boolean;
  requiredContexts?: string[];
  payload?: Record<string, unknown> | string;
  environment?: string;
  description?: string | null;
  transientEnvironment?: boolean;
  productionEnvironment?: boolean;
}

export interface DeploymentStatusInput {
  state: DeploymentState;
  description?: string;
  environment?: string;
  environmentUrl?: string;
  logUrl?: string;
  targetUrl?: string;
  autoInactive?: boolean;
}

export interface ReleaseInput {
  tagName: string;
  targetCommitish?: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  makeLatest?: 'true' | 'false' | 'legacy';
}

export interface WorkflowRunInput {
  /** Workflow file name or path: `train.yml` or `.github/workflows/train.yml`. */
  workflow: string;
  name?: string;
  displayTitle?: string;
  headBranch?: string | null;
  headSha?: string;
  event?: string;
  status?: WorkflowRunStatus;
  conclusion?: string | null;
  actor?: Account;
  pullRequests?: number[];
  createdAt?: string;
}

export interface ArtifactInput {
  name: string;
  /** The archive to serve; or give `files` to have one zipped. */
  zip?: Buffer;
  files?: Record<string, string | Uint8Array>;
  workflowRunId?: number;
  expired?: boolean;
}
