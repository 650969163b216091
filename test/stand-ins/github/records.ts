// Shapes of what the stand-in remembers. They hold facts only; the JSON that
// GitHub would answer with is built from them in render.ts.

export type AccountType = 'Bot' | 'User' | 'Organization';

export interface Account {
  login: string;
  id: number;
  type: AccountType;
}

export type Permission = 'read' | 'write';

/** A GitHub App, as shown in `app` of check runs and `performed_via_github_app`. */
export interface App {
  id: number;
  slug: string;
  name: string;
  owner: Account;
}

export interface TokenGrant {
  account: Account;
  permission: Permission;
  /** The app an installation token belongs to; user tokens have none (and cannot create check runs). */
  app?: App;
}

export interface RepositoryRecord {
  id: number;
  owner: Account;
  name: string;
  defaultBranch: string;
  private: boolean;
  fork: boolean;
  description: string | null;
  createdAt: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface PullRequestRecord {
  id: number;
  head: { ref: string; sha: string; repo: RepositoryRecord };
  base: { ref: string; sha: string };
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
}

/** Issues and pull requests share numbers, as on GitHub; a pull request is an issue with `pull`. */
export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  labels: string[];
  assignees: string[];
  user: Account;
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull?: PullRequestRecord;
}

/** What happened to an issue's labels, in order, as the issue events listing shows it. */
export interface IssueEventRecord {
  id: number;
  issueNumber: number;
  event: 'labeled' | 'unlabeled';
  /** The label as it was then (GitHub keeps name and colour in the event). */
  label: { name: string; color: string };
  actor: Account;
  app?: App;
  createdAt: string;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: Account;
  app?: App;
  createdAt: string;
  updatedAt: string;
}

export type CheckStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export interface CheckRunRecord {
  id: number;
  checkSuiteId: number;
  name: string;
  headSha: string;
  status: CheckStatus;
  conclusion: CheckConclusion | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotationsCount: number };
  app: App | null;
}

export type CommitState = 'error' | 'failure' | 'pending' | 'success';

export interface CommitStatusRecord {
  id: number;
  sha: string;
  state: CommitState;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: Account;
  createdAt: string;
  updatedAt: string;
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown> | string;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  creator: Account;
  app?: App;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  autoMerge: boolean;
  requiredContexts: string[] | null;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentStatusRecord {
  id: number;
  deploymentId: number;
  state: DeploymentState;
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  targetUrl: string;
  creator: Account;
  app?: App;
  createdAt: string;
  updatedAt: string;
}

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
  author: Account;
  createdAt: string;
  publishedAt: string | null;
  /** Drafts get a placeholder tag in their html_url until published. */
  untaggedSlug: string;
}

export interface ReleaseAssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  uploader: Account;
  downloadCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface WorkflowRecord {
  id: number;
  name: string;
  /** .github/workflows/train.yml */
  path: string;
  state: 'active' | 'disabled_manually';
  createdAt: string;
}

export type WorkflowRunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';

export interface WorkflowRunRecord {
  id: number;
  workflowId: number;
  name: string;
  displayTitle: string;
  headBranch: string | null;
  headSha: string;
  event: string;
  status: WorkflowRunStatus;
  conclusion: string | null;
  runNumber: number;
  runAttempt: number;
  actor: Account;
  checkSuiteId: number;
  pullRequestNumbers: number[];
  createdAt: string;
  updatedAt: string;
}

export interface ArtifactRecord {
  id: number;
  name: string;
  /** The zip archive GitHub serves for the artifact. */
  zip: Buffer;
  workflowRunId: number | null;
  headBranch: string | null;
  headSha: string | null;
  expired: boolean;
  createdAt: string;
  expiresAt: string;
}

export interface WorkflowDispatchRecord {
  workflowId: number;
  workflowPath: string;
  ref: string;
  inputs: Record<string, unknown>;
  account: Account;
  /** The queued run the dispatch created. */
  runId: number;
  createdAt: string;
}
