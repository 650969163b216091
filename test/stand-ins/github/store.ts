// The stand-in's state: one repository with its git data, issues, pull
// requests, checks, statuses, deployments, releases and Actions data, plus the
// tokens the server accepts. Route handlers change it through these methods,
// and tests seed and inspect it through the same methods and fields.
import { GitModel } from './git.ts';
import type { FileChanges, GitCommit, GitPerson } from './git.ts';
import type {
  ArtifactInput,
  CheckRunInput,
  CommitOptions,
  DeploymentInput,
  DeploymentStatusInput,
  IssueInput,
  PullRequestInput,
  ReleaseInput,
  StateOptions,
  TokenInput,
  WorkflowRunInput,
} from './inputs.ts';
import { conflict, notFound, unprocessable, validationFailed } from './errors.ts';
import { zipFiles } from './zip.ts';
import type {
  Account,
  App,
  ArtifactRecord,
  CheckRunRecord,
  CommentRecord,
  CommitState,
  CommitStatusRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  IssueEventRecord,
  IssueRecord,
  LabelRecord,
  ReleaseAssetRecord,
  ReleaseRecord,
  RepositoryRecord,
  TokenGrant,
  WorkflowDispatchRecord,
  WorkflowRecord,
  WorkflowRunRecord,
} from './records.ts';

export const GITHUB_ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const GITHUB_ACTIONS_APP: App = {
  id: 15368,
  slug: 'github-actions',
  name: 'GitHub Actions',
  owner: { login: 'github', id: 9919, type: 'Organization' },
};

/** GitHub's timestamps: ISO 8601 in UTC, whole seconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function gitPerson(account: Account, date: string): GitPerson {
  return { name: account.login, email: `${account.id}+${account.login}@users.noreply.github.com`, date };
}

const COMMIT_STATUS_DESCRIPTION_LIMIT = 140;

export class GitHubState {
  readonly repository: RepositoryRecord;
  readonly git = new GitModel();
  readonly tokens = new Map<string, TokenGrant>();
  /** Labels by lower-cased name. */
  readonly labels = new Map<string, LabelRecord>();
  readonly issues: IssueRecord[] = [];
  /** Labeled and unlabeled events of issues and pull requests, oldest first. */
  readonly issueEvents: IssueEventRecord[] = [];
  readonly comments: CommentRecord[] = [];
  readonly checkRuns: CheckRunRecord[] = [];
  readonly commitStatuses: CommitStatusRecord[] = [];
  readonly deployments: DeploymentRecord[] = [];
  readonly deploymentStatuses: DeploymentStatusRecord[] = [];
  readonly releases: ReleaseRecord[] = [];
  readonly releaseAssets: ReleaseAssetRecord[] = [];
  readonly workflows: WorkflowRecord[] = [];
  readonly workflowRuns: WorkflowRunRecord[] = [];
  readonly artifacts: ArtifactRecord[] = [];
  readonly dispatches: WorkflowDispatchRecord[] = [];
  now: () => Date;

  #nextId = 1000;
  #checkSuites = new Map<string, number>();
  /** Order in which releases were marked latest; the highest published, non-prerelease one is latest. */
  #latestMarks = new Map<number, number>();
  #marks = 0;

  constructor(options: StateOptions = {}) {
    this.now = options.now ?? (() => new Date());
    const owner: Account = { login: options.owner ?? 'acme', id: 100001, type: 'Organization' };
    this.repository = {
      id: 500001,
      owner,
      name: options.repo ?? 'iris',
      defaultBranch: options.defaultBranch ?? 'main',
      private: false,
      fork: false,
      description: 'Iris classifier',
      createdAt: this.timestamp(),
    };
    this.addToken('test-token', { ...GITHUB_ACTIONS_BOT, permission: 'write' });
    this.addToken('read-only-token', { ...GITHUB_ACTIONS_BOT, permission: 'read' });
    for (const [token, input] of Object.entries(options.tokens ?? {})) this.addToken(token, input);
    this.commit(this.repository.defaultBranch, options.files ?? { 'README.md': `# ${this.repository.name}\n` }, {
      message: 'Initial commit',
    });
  }

  nextId(): number {
    return ++this.#nextId;
  }

  timestamp(): string {
    return isoSeconds(this.now());
  }

  get fullName(): string {
    return `${this.repository.owner.login}/${this.repository.name}`;
  }

  // -------------------------------------------------------------------------
  // Tokens

  addToken(token: string, input: TokenInput): TokenGrant {
    const type = input.type ?? (input.login.endsWith('[bot]') ? 'Bot' : 'User');
    const account: Account = { login: input.login, id: input.id ?? this.nextId(), type };
    const app = input.app === null ? undefined : (input.app ?? (type === 'Bot' ? GITHUB_ACTIONS_APP : undefined));
    const grant: TokenGrant = { account, permission: input.permission ?? 'write', app };
    this.tokens.set(token, grant);
    return grant;
  }

  // -------------------------------------------------------------------------
  // Git

  /** Commits files (null deletes) on a branch, creating the branch if needed; returns the commit sha. */
  commit(branch: string, files: FileChanges, options: CommitOptions = {}): string {
    const author = options.author ?? GITHUB_ACTIONS_BOT;
    const startPoint = options.from ? this.git.resolve(options.from)?.sha : this.headOf(this.repository.defaultBranch);
    return this.git.commitOnBranch(
      branch,
      files,
      options.message ?? `Update ${Object.keys(files).join(', ')}`,
      gitPerson(author, this.timestamp()),
      startPoint,
    ).sha;
  }

  /** Creates (or moves) a branch to the commit `from` resolves to (default: the default branch). */
  branch(name: string, from: string = this.repository.defaultBranch): string {
    const sha = this.requireCommit(from).sha;
    this.git.refs.set(`refs/heads/${name}`, sha);
    return sha;
  }

  /** Creates a lightweight tag. */
  tag(name: string, ref: string = this.repository.defaultBranch): string {
    const sha = this.requireCommit(ref).sha;
    this.git.refs.set(`refs/tags/${name}`, sha);
    return sha;
  }

  headOf(branch: string): string | undefined {
    return this.git.refs.get(`refs/heads/${branch}`);
  }

  /** A file's text at a ref (branch, tag or sha), or undefined. */
  readFile(path: string, ref: string = this.repository.defaultBranch): string | undefined {
    const commit = this.git.resolve(ref);
    return commit ? this.git.readFile(commit, path)?.bytes.toString('utf8') : undefined;
  }

  requireCommit(ref: string): GitCommit {
    const commit = this.git.resolve(ref);
    if (!commit) throw unprocessable(`No commit found for SHA: ${ref}`);
    return commit;
  }

  // -------------------------------------------------------------------------
  // Issues, labels, comments

  label(name: string): LabelRecord {
    const key = name.toLowerCase();
    let label = this.labels.get(key);
    if (!label) {
      label = { id: this.nextId(), name, color: 'ededed', description: null, default: false };
      this.labels.set(key, label);
    }
    return label;
  }

  createIssue(input: IssueInput): IssueRecord {
    const now = this.timestamp();
    const closed = input.state === 'closed';
    const issue: IssueRecord = {
      id: this.nextId(),
      number: this.issues.length + 1,
      title: input.title,
      body: input.body ?? null,
      state: closed ? 'closed' : 'open',
      stateReason: closed ? 'completed' : null,
      labels: [],
      assignees: input.assignees ?? [],
      user: input.user ?? GITHUB_ACTIONS_BOT,
      locked: false,
      createdAt: now,
      updatedAt: now,
      closedAt: closed ? now : null,
    };
    this.issues.push(issue);
    this.addLabels(issue.number, input.labels ?? [], issue.user, input.app);
    issue.updatedAt = now;
    return issue;
  }

  /** Seeds a pull request (and its head branch, when missing). */
  addPullRequest(input: PullRequestInput): IssueRecord {
    const head = typeof input.head === 'string' ? { ref: input.head } : input.head;
    const baseRef = input.base ?? this.repository.defaultBranch;
    const baseSha = this.headOf(baseRef) ?? this.branch(baseRef);
    const fork = 'fork' in head && head.fork === true;
    let headSha = 'sha' in head && head.sha ? head.sha : fork ? undefined : this.headOf(head.ref);
    if (!headSha) {
      // A fork's commits live in the fork; GitHub still exposes them here through refs/pull/N/head.
      const files = input.files ?? { [`${head.ref.replace(/\//g, '-')}.txt`]: `${head.ref}\n` };
      const commit = this.git.createCommit(baseSha, files, `Work on ${head.ref}`, gitPerson(input.user ?? GITHUB_ACTIONS_BOT, this.timestamp()));
      headSha = commit.sha;
      if (!fork) this.git.refs.set(`refs/heads/${head.ref}`, headSha);
    }
    const headRepo: RepositoryRecord = fork
      ? {
          ...this.repository,
          id: this.nextId(),
          owner: { login: ('owner' in head && head.owner) || 'contributor', id: this.nextId(), type: 'User' },
          fork: true,
        }
      : this.repository;
    const issue = this.createIssue({
      title: input.title ?? `Change ${head.ref}`,
      body: input.body ?? null,
      labels: input.labels,
      state: input.state,
      user: input.user ?? (fork ? headRepo.owner : GITHUB_ACTIONS_BOT),
    });
    issue.pull = {
      id: this.nextId(),
      head: { ref: head.ref, sha: headSha, repo: headRepo },
      base: { ref: baseRef, sha: baseSha },
      draft: input.draft ?? false,
      merged: false,
      mergedAt: null,
      mergeCommitSha: null,
    };
    this.git.refs.set(`refs/pull/${issue.number}/head`, headSha);
    return issue;
  }

  issue(number: number): IssueRecord | undefined {
    return this.issues.find((issue) => issue.number === number);
  }

  requireIssue(number: number): IssueRecord {
    const issue = this.issue(number);
    if (!issue) throw notFound();
    return issue;
  }

  touch(issue: IssueRecord): void {
    issue.updatedAt = this.timestamp();
  }

  setIssueState(issue: IssueRecord, state: 'open' | 'closed', reason?: IssueRecord['stateReason']): void {
    if (issue.state === state) return;
    issue.state = state;
    issue.closedAt = state === 'closed' ? this.timestamp() : null;
    issue.stateReason = state === 'closed' ? (reason ?? 'completed') : 'reopened';
  }

  /** Adds the labels an issue lacks, each recorded as a "labeled" event by `actor`. */
  addLabels(issueNumber: number, names: string[], actor: Account = GITHUB_ACTIONS_BOT, app?: App): IssueRecord {
    const issue = this.requireIssue(issueNumber);
    for (const name of names) {
      const label = this.label(name);
      if (this.#labelIndex(issue, label.name) >= 0) continue;
      issue.labels.push(label.name);
      this.#recordLabelEvent(issue, 'labeled', label, actor, app);
    }
    this.touch(issue);
    return issue;
  }

  /** Removes a label (404 when the issue lacks it), recorded as an "unlabeled" event by `actor`. */
  removeLabel(issueNumber: number, name: string, actor: Account = GITHUB_ACTIONS_BOT, app?: App): IssueRecord {
    const issue = this.requireIssue(issueNumber);
    const index = this.#labelIndex(issue, name);
    if (index < 0) throw notFound('Label does not exist');
    const [removed] = issue.labels.splice(index, 1);
    this.#recordLabelEvent(issue, 'unlabeled', this.label(removed!), actor, app);
    this.touch(issue);
    return issue;
  }

  /** Replaces an issue's labels: an "unlabeled" event for each dropped one, "labeled" for each new one. */
  setLabels(issueNumber: number, names: string[], actor: Account = GITHUB_ACTIONS_BOT, app?: App): IssueRecord {
    const issue = this.requireIssue(issueNumber);
    const wanted = names.map((name) => this.label(name).name);
    for (const name of [...issue.labels]) {
      if (!wanted.some((kept) => kept.toLowerCase() === name.toLowerCase())) this.removeLabel(issueNumber, name, actor, app);
    }
    this.addLabels(issueNumber, wanted, actor, app);
    // The answer lists the labels in the order asked for.
    issue.labels.sort((a, b) => wanted.findIndex((name) => name === a) - wanted.findIndex((name) => name === b));
    return issue;
  }

  eventsOn(issueNumber: number): IssueEventRecord[] {
    return this.issueEvents.filter((event) => event.issueNumber === issueNumber);
  }

  #labelIndex(issue: IssueRecord, name: string): number {
    return issue.labels.findIndex((existing) => existing.toLowerCase() === name.toLowerCase());
  }

  #recordLabelEvent(issue: IssueRecord, event: IssueEventRecord['event'], label: LabelRecord, actor: Account, app?: App): void {
    this.issueEvents.push({
      id: this.nextId(),
      issueNumber: issue.number,
      event,
      label: { name: label.name, color: label.color },
      actor,
      ...(app ? { app } : {}),
      createdAt: this.timestamp(),
    });
  }

  addComment(issueNumber: number, body: string, user: Account = GITHUB_ACTIONS_BOT, app?: App): CommentRecord {
    const issue = this.requireIssue(issueNumber);
    const now = this.timestamp();
    const comment: CommentRecord = { id: this.nextId(), issueNumber, body, user, app, createdAt: now, updatedAt: now };
    this.comments.push(comment);
    issue.updatedAt = now;
    return comment;
  }

  /** Seeds `count` comments on an issue; `body(i)` names them (default "Comment i"). */
  addComments(issueNumber: number, count: number, body: (index: number) => string = (i) => `Comment ${i + 1}`): CommentRecord[] {
    return Array.from({ length: count }, (_, i) => this.addComment(issueNumber, body(i)));
  }

  commentsOn(issueNumber: number): CommentRecord[] {
    return this.comments.filter((comment) => comment.issueNumber === issueNumber);
  }

  comment(id: number): CommentRecord | undefined {
    return this.comments.find((comment) => comment.id === id);
  }

  deleteComment(id: number): void {
    const index = this.comments.findIndex((comment) => comment.id === id);
    if (index < 0) throw notFound();
    this.comments.splice(index, 1);
  }

  // -------------------------------------------------------------------------
  // Check runs and commit statuses

  checkSuiteId(headSha: string, app: App | null): number {
    const key = `${headSha}:${app?.id ?? 0}`;
    let id = this.#checkSuites.get(key);
    if (id === undefined) {
      id = this.nextId();
      this.#checkSuites.set(key, id);
    }
    return id;
  }

  createCheckRun(input: CheckRunInput, app: App | null = GITHUB_ACTIONS_APP): CheckRunRecord {
    const commit = this.git.resolve(input.headSha);
    if (!commit || commit.sha !== input.headSha) {
      throw validationFailed([{ resource: 'CheckRun', field: 'head_sha', code: 'invalid' }], `No commit found for SHA: ${input.headSha}`);
    }
    const run: CheckRunRecord = {
      id: this.nextId(),
      checkSuiteId: this.checkSuiteId(input.headSha, app),
      name: input.name,
      headSha: input.headSha,
      status: 'queued',
      conclusion: null,
      startedAt: this.timestamp(),
      completedAt: null,
      detailsUrl: null,
      externalId: '',
      output: { title: null, summary: null, text: null, annotationsCount: 0 },
      app,
    };
    this.applyCheckRunChanges(run, input);
    this.checkRuns.push(run);
    return run;
  }

  /** Applies a create/update payload the way GitHub does: a conclusion completes the run. */
  applyCheckRunChanges(run: CheckRunRecord, input: Partial<CheckRunInput>): void {
    const completes = input.status === 'completed' || Boolean(input.completedAt) || (input.status === undefined && run.status === 'completed');
    if (completes && !(input.conclusion ?? run.conclusion)) {
      throw validationFailed([{ resource: 'CheckRun', field: 'conclusion', code: 'missing_field' }], 'Invalid request.\n\n"conclusion" is required when "status" is "completed".');
    }
    if (input.name !== undefined) run.name = input.name;
    if (input.detailsUrl !== undefined) run.detailsUrl = input.detailsUrl;
    if (input.externalId !== undefined) run.externalId = input.externalId;
    if (input.startedAt !== undefined) run.startedAt = input.startedAt;
    if (input.status !== undefined) run.status = input.status;
    if (input.conclusion !== undefined && input.conclusion !== null) {
      run.conclusion = input.conclusion;
      run.status = 'completed';
    }
    if (input.completedAt !== undefined) {
      run.completedAt = input.completedAt;
      if (input.completedAt) run.status = 'completed';
    }
    if (run.status === 'completed') run.completedAt ??= this.timestamp();
    if (input.output) {
      run.output = {
        title: input.output.title ?? run.output.title,
        summary: input.output.summary ?? run.output.summary,
        text: input.output.text ?? run.output.text,
        annotationsCount: run.output.annotationsCount + (input.output.annotations?.length ?? 0),
      };
    }
  }

  createCommitStatus(sha: string, input: { state: CommitState; context?: string; description?: string | null; targetUrl?: string | null }, creator: Account = GITHUB_ACTIONS_BOT): CommitStatusRecord {
    const commit = this.git.resolve(sha);
    if (!commit) throw unprocessable(`No commit found for SHA: ${sha}`);
    if ((input.description ?? '').length > COMMIT_STATUS_DESCRIPTION_LIMIT) {
      throw validationFailed([
        {
          resource: 'Status',
          code: 'custom',
          field: 'description',
          message: `description is too long (maximum is ${COMMIT_STATUS_DESCRIPTION_LIMIT} characters)`,
        },
      ]);
    }
    const now = this.timestamp();
    const status: CommitStatusRecord = {
      id: this.nextId(),
      sha: commit.sha,
      state: input.state,
      context: input.context ?? 'default',
      description: input.description ?? null,
      targetUrl: input.targetUrl ?? null,
      creator,
      createdAt: now,
      updatedAt: now,
    };
    this.commitStatuses.push(status);
    return status;
  }

  /** Statuses of a commit, newest first. */
  statusesFor(sha: string): CommitStatusRecord[] {
    return this.commitStatuses.filter((status) => status.sha === sha).sort((a, b) => b.id - a.id);
  }

  /** GitHub's combined status: the latest status per context, and one state for all of them. */
  combinedStatus(sha: string): { state: CommitState; statuses: CommitStatusRecord[] } {
    const latest = new Map<string, CommitStatusRecord>();
    for (const status of this.statusesFor(sha)) if (!latest.has(status.context)) latest.set(status.context, status);
    const statuses = [...latest.values()].sort((a, b) => a.id - b.id);
    const states = new Set(statuses.map((status) => status.state));
    const state: CommitState =
      states.has('error') || states.has('failure') ? 'failure' : statuses.length === 0 || states.has('pending') ? 'pending' : 'success';
    return { state, statuses };
  }

  // -------------------------------------------------------------------------
  // Deployments

  /**
   * Creates a deployment like GitHub: the ref must resolve; with `autoMerge`
   * (default) a branch behind the default branch gets it merged in first (202
   * when that happened); required contexts (default: every context seen on the
   * commit) must all be successful or the answer is 409.
   */
  createDeployment(input: DeploymentInput, creator: Account = GITHUB_ACTIONS_BOT, app?: App): { deployment?: DeploymentRecord; mergedMessage?: string } {
    const commit = this.git.resolve(input.ref);
    if (!commit) throw validationFailed([{ resource: 'Deployment', field: 'ref', code: 'invalid' }], `No ref found for: ${input.ref}`);
    const defaultBranch = this.repository.defaultBranch;
    const branch = this.git.branchName(input.ref);
    const defaultHead = this.headOf(defaultBranch);
    if ((input.autoMerge ?? true) && branch && branch !== defaultBranch && defaultHead && !this.git.isAncestor(defaultHead, commit.sha)) {
      const merged = this.git.merge(commit.sha, defaultHead, `Merge branch '${defaultBranch}' into ${branch}`, gitPerson(creator, this.timestamp()));
      if (!merged) throw conflict(`Conflict merging ${defaultBranch} into ${branch}.`);
      this.git.refs.set(`refs/heads/${branch}`, merged.sha);
      return { mergedMessage: `Auto-merged ${defaultBranch} into ${branch} on deployment.` };
    }
    const failing = this.failingContexts(commit.sha, input.requiredContexts);
    if (failing.length > 0) {
      throw conflict(`Conflict: Commit status checks failed for ${input.ref}.`, [
        { contexts: failing, resource: 'Deployment', field: 'required_contexts', code: 'invalid' },
      ]);
    }
    const environment = input.environment ?? 'production';
    const now = this.timestamp();
    const deployment: DeploymentRecord = {
      id: this.nextId(),
      sha: commit.sha,
      ref: input.ref,
      task: input.task ?? 'deploy',
      payload: input.payload ?? {},
      environment,
      originalEnvironment: environment,
      description: input.description ?? '',
      creator,
      app,
      transientEnvironment: input.transientEnvironment ?? false,
      productionEnvironment: input.productionEnvironment ?? environment === 'production',
      autoMerge: input.autoMerge ?? true,
      requiredContexts: input.requiredContexts ?? null,
      createdAt: now,
      updatedAt: now,
    };
    this.deployments.push(deployment);
    return { deployment };
  }

  /** Contexts (commit statuses and check runs) that are required and not successful. */
  failingContexts(sha: string, required: string[] | undefined): Array<{ context: string; state: string }> {
    const states = new Map<string, string>();
    for (const status of this.combinedStatus(sha).statuses) states.set(status.context, status.state);
    for (const run of this.checkRuns.filter((r) => r.headSha === sha).sort((a, b) => a.id - b.id)) {
      const ok = run.status === 'completed' && ['success', 'neutral', 'skipped'].includes(run.conclusion ?? '');
      states.set(run.name, ok ? 'success' : run.status === 'completed' ? (run.conclusion ?? 'failure') : 'pending');
    }
    const contexts = required ?? [...states.keys()];
    return contexts
      .map((context) => ({ context, state: states.get(context) ?? 'missing' }))
      .filter((entry) => entry.state !== 'success');
  }

  deployment(id: number): DeploymentRecord | undefined {
    return this.deployments.find((deployment) => deployment.id === id);
  }

  statusesOfDeployment(deploymentId: number): DeploymentStatusRecord[] {
    return this.deploymentStatuses.filter((status) => status.deploymentId === deploymentId).sort((a, b) => b.id - a.id);
  }

  createDeploymentStatus(deploymentId: number, input: DeploymentStatusInput, creator: Account = GITHUB_ACTIONS_BOT, app?: App): DeploymentStatusRecord {
    const deployment = this.deployment(deploymentId);
    if (!deployment) throw notFound();
    if (input.environment) deployment.environment = input.environment;
    const now = this.timestamp();
    const status: DeploymentStatusRecord = {
      id: this.nextId(),
      deploymentId,
      state: input.state,
      description: input.description ?? '',
      environment: deployment.environment,
      environmentUrl: input.environmentUrl ?? '',
      logUrl: input.logUrl ?? input.targetUrl ?? '',
      targetUrl: input.targetUrl ?? input.logUrl ?? '',
      creator,
      app,
      createdAt: now,
      updatedAt: now,
    };
    this.deploymentStatuses.push(status);
    deployment.updatedAt = now;
    // auto_inactive: earlier successful deployments to the same non-transient,
    // non-production environment get an `inactive` status.
    if (input.state === 'success' && (input.autoInactive ?? true)) {
      for (const other of this.deployments) {
        if (other.id === deploymentId || other.id > deploymentId) continue;
        if (other.environment !== deployment.environment || other.transientEnvironment || other.productionEnvironment) continue;
        if (this.statusesOfDeployment(other.id)[0]?.state !== 'success') continue;
        this.deploymentStatuses.push({
          ...status,
          id: this.nextId(),
          deploymentId: other.id,
          state: 'inactive',
          description: '',
          environmentUrl: '',
          logUrl: '',
          targetUrl: '',
          environment: other.environment,
        });
      }
    }
    return status;
  }

  // -------------------------------------------------------------------------
  // Releases and assets

  createRelease(input: ReleaseInput, author: Account = GITHUB_ACTIONS_BOT): ReleaseRecord {
    if (this.releases.some((release) => release.tagName === input.tagName)) {
      throw validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    }
    const target = input.targetCommitish ?? this.repository.defaultBranch;
    if (!this.git.refs.has(`refs/tags/${input.tagName}`) && !this.git.resolve(target)) {
      throw validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
    }
    const now = this.timestamp();
    const release: ReleaseRecord = {
      id: this.nextId(),
      tagName: input.tagName,
      targetCommitish: target,
      name: input.name ?? null,
      body: input.body ?? null,
      draft: input.draft ?? false,
      prerelease: input.prerelease ?? false,
      makeLatest: input.makeLatest ?? 'true',
      author,
      createdAt: now,
      publishedAt: null,
      untaggedSlug: `untagged-${(this.nextId() * 2654435761).toString(16).slice(-20)}`,
    };
    this.releases.push(release);
    if (!release.draft) this.publishRelease(release);
    return release;
  }

  /** Publishing creates the tag (if missing) and may make the release the latest one. */
  publishRelease(release: ReleaseRecord): void {
    release.draft = false;
    release.publishedAt = this.timestamp();
    if (!this.git.refs.has(`refs/tags/${release.tagName}`)) this.tag(release.tagName, release.targetCommitish);
    if (release.makeLatest !== 'false') this.#latestMarks.set(release.id, ++this.#marks);
  }

  markLatest(release: ReleaseRecord): void {
    this.#latestMarks.set(release.id, ++this.#marks);
  }

  latestRelease(): ReleaseRecord | undefined {
    return this.releases
      .filter((release) => !release.draft && !release.prerelease && this.#latestMarks.has(release.id))
      .sort((a, b) => (this.#latestMarks.get(b.id) ?? 0) - (this.#latestMarks.get(a.id) ?? 0))[0];
  }

  release(id: number): ReleaseRecord | undefined {
    return this.releases.find((release) => release.id === id);
  }

  deleteRelease(id: number): void {
    const index = this.releases.findIndex((release) => release.id === id);
    if (index < 0) throw notFound();
    this.releases.splice(index, 1);
    this.#latestMarks.delete(id);
    for (let i = this.releaseAssets.length - 1; i >= 0; i--) {
      if (this.releaseAssets[i].releaseId === id) this.releaseAssets.splice(i, 1);
    }
  }

  assetsOf(releaseId: number): ReleaseAssetRecord[] {
    return this.releaseAssets.filter((asset) => asset.releaseId === releaseId);
  }

  uploadReleaseAsset(releaseId: number, input: { name: string; label?: string | null; contentType: string; data: Buffer }, uploader: Account = GITHUB_ACTIONS_BOT): ReleaseAssetRecord {
    if (!this.release(releaseId)) throw notFound();
    // GitHub renames special characters; it does not fail on them.
    const name = input.name.replace(/[^A-Za-z0-9._+-]+/g, '.').replace(/^\.+|\.+$/g, '') || 'default';
    if (this.assetsOf(releaseId).some((asset) => asset.name === name)) {
      throw validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    }
    const now = this.timestamp();
    const asset: ReleaseAssetRecord = {
      id: this.nextId(),
      releaseId,
      name,
      label: input.label ?? null,
      contentType: input.contentType,
      data: input.data,
      uploader,
      downloadCount: 0,
      createdAt: now,
      updatedAt: now,
    };
    this.releaseAssets.push(asset);
    return asset;
  }

  // -------------------------------------------------------------------------
  // Actions: workflows, runs, artifacts, dispatches

  /** Finds a workflow by id, file name (`train.yml`) or path, optionally creating it. */
  workflow(idOrFile: number | string, create = false): WorkflowRecord | undefined {
    const path = typeof idOrFile === 'string' && !idOrFile.includes('/') ? `.github/workflows/${idOrFile}` : idOrFile;
    let workflow = this.workflows.find((candidate) => candidate.id === idOrFile || candidate.path === path);
    if (!workflow && create && typeof path === 'string') {
      const file = path.split('/').pop() as string;
      workflow = { id: this.nextId(), name: file.replace(/\.ya?ml$/, ''), path, state: 'active', createdAt: this.timestamp() };
      this.workflows.push(workflow);
    }
    return workflow;
  }

  addWorkflow(file: string, name?: string): WorkflowRecord {
    const workflow = this.workflow(file, true) as WorkflowRecord;
    if (name) workflow.name = name;
    return workflow;
  }

  addWorkflowRun(input: WorkflowRunInput): WorkflowRunRecord {
    const workflow = this.workflow(input.workflow, true) as WorkflowRecord;
    const headBranch = input.headBranch === undefined ? this.repository.defaultBranch : input.headBranch;
    const headSha = input.headSha ?? (headBranch ? this.headOf(headBranch) : undefined) ?? (this.headOf(this.repository.defaultBranch) as string);
    const createdAt = input.createdAt ?? this.timestamp();
    const status = input.status ?? (input.conclusion ? 'completed' : 'queued');
    const run: WorkflowRunRecord = {
      id: this.nextId(),
      workflowId: workflow.id,
      name: input.name ?? workflow.name,
      displayTitle: input.displayTitle ?? input.name ?? workflow.name,
      headBranch,
      headSha,
      event: input.event ?? 'push',
      status,
      conclusion: input.conclusion ?? (status === 'completed' ? 'success' : null),
      runNumber: this.workflowRuns.filter((other) => other.workflowId === workflow.id).length + 1,
      runAttempt: 1,
      actor: input.actor ?? { login: 'octocat', id: 583231, type: 'User' },
      checkSuiteId: this.nextId(),
      pullRequestNumbers: input.pullRequests ?? [],
      createdAt,
      updatedAt: createdAt,
    };
    this.workflowRuns.push(run);
    return run;
  }

  workflowRun(id: number): WorkflowRunRecord | undefined {
    return this.workflowRuns.find((run) => run.id === id);
  }

  addArtifact(input: ArtifactInput): ArtifactRecord {
    const zip = input.zip ?? zipFiles(input.files ?? {});
    const run = input.workflowRunId !== undefined ? this.workflowRun(input.workflowRunId) : undefined;
    if (input.workflowRunId !== undefined && !run) throw new Error(`no workflow run ${input.workflowRunId}`);
    const now = this.now();
    const artifact: ArtifactRecord = {
      id: this.nextId(),
      name: input.name,
      zip,
      workflowRunId: run?.id ?? null,
      headBranch: run?.headBranch ?? null,
      headSha: run?.headSha ?? null,
      expired: input.expired ?? false,
      createdAt: isoSeconds(now),
      expiresAt: isoSeconds(new Date(now.getTime() + 90 * 24 * 3600 * 1000)),
    };
    this.artifacts.push(artifact);
    return artifact;
  }

  artifact(id: number): ArtifactRecord | undefined {
    return this.artifacts.find((artifact) => artifact.id === id);
  }

  /** Records a workflow_dispatch and queues the run it starts, as GitHub does. */
  dispatchWorkflow(workflowIdOrFile: number | string, ref: string, inputs: Record<string, unknown>, account: Account = GITHUB_ACTIONS_BOT): WorkflowDispatchRecord {
    const workflow = this.workflow(workflowIdOrFile);
    if (!workflow) throw notFound();
    const commit = this.git.resolve(ref);
    if (!commit || /^[0-9a-f]{40}$/.test(ref)) throw unprocessable(`No ref found for: ${ref}`);
    const run = this.addWorkflowRun({
      workflow: workflow.path,
      headBranch: this.git.branchName(ref) ?? null,
      headSha: commit.sha,
      event: 'workflow_dispatch',
      status: 'queued',
      actor: account,
    });
    const dispatch: WorkflowDispatchRecord = {
      workflowId: workflow.id,
      workflowPath: workflow.path,
      ref,
      inputs,
      account,
      runId: run.id,
      createdAt: this.timestamp(),
    };
    this.dispatches.push(dispatch);
    return dispatch;
  }
}
