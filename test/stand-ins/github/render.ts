// Builds the JSON GitHub answers with from the stand-in's records: ids,
// node_ids, API urls pointing at the stand-in, html urls pointing at its web
// host, user objects, timestamps. Field sets follow the schemas of GitHub's
// OpenAPI description (the stand-in's own tests validate every answer).
import { createHash } from 'node:crypto';
import type { GitCommit, GitPerson } from './git.ts';
import type { GitHubState } from './store.ts';
import type {
  Account,
  App,
  ArtifactRecord,
  CheckRunRecord,
  CommentRecord,
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
  WorkflowRunRecord,
} from './records.ts';

export interface Urls {
  /** REST API base, like https://api.github.com */
  api: string;
  /** Release asset uploads, like https://uploads.github.com */
  uploads: string;
  /** Web host for html_url and downloads, like https://github.com */
  web: string;
}

type Json = Record<string, unknown>;

/** GitHub's newer global node ids look like `I_kwDOABCD`; these are unique and shaped alike. */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Base64 with a newline every 60 characters, as the contents API sends it. */
function wrappedBase64(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('');
}

function countLines(bytes: Buffer | undefined): number {
  if (!bytes || bytes.length === 0) return 0;
  const text = bytes.toString('utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

export class Renderer {
  readonly state: GitHubState;
  readonly urls: Urls;

  constructor(state: GitHubState, urls: Urls) {
    this.state = state;
    this.urls = urls;
  }

  repoApi(repo: RepositoryRecord = this.state.repository): string {
    return `${this.urls.api}/repos/${repo.owner.login}/${repo.name}`;
  }

  repoWeb(repo: RepositoryRecord = this.state.repository): string {
    return `${this.urls.web}/${repo.owner.login}/${repo.name}`;
  }

  /** A login seen in assignees or commit emails, as an account (known token holders keep their ids). */
  accountFor(login: string): Account {
    for (const grant of this.state.tokens.values()) if (grant.account.login === login) return grant.account;
    if (login === this.state.repository.owner.login) return this.state.repository.owner;
    const id = Number.parseInt(createHash('sha1').update(login).digest('hex').slice(0, 7), 16);
    return { login, id, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
  }

  user(account: Account): Json {
    const api = `${this.urls.api}/users/${encodeURIComponent(account.login)}`;
    const bot = account.type === 'Bot';
    return {
      login: account.login,
      id: account.id,
      node_id: nodeId(bot ? 'BOT' : account.type === 'Organization' ? 'O' : 'U', account.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: bot ? `${this.urls.web}/apps/${account.login.replace(/\[bot\]$/, '')}` : `${this.urls.web}/${account.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: account.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  app(app: App): Json {
    return {
      id: app.id,
      slug: app.slug,
      node_id: nodeId('A', app.id),
      client_id: `Iv1.${createHash('sha1').update(app.slug).digest('hex').slice(0, 16)}`,
      owner: this.user(app.owner),
      name: app.name,
      description: '',
      external_url: `${this.urls.web}/apps/${app.slug}`,
      html_url: `${this.urls.web}/apps/${app.slug}`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: {
        actions: 'write',
        checks: 'write',
        contents: 'write',
        deployments: 'write',
        issues: 'write',
        metadata: 'read',
        pull_requests: 'write',
        statuses: 'write',
      },
      events: ['check_run', 'check_suite', 'deployment', 'issue_comment', 'pull_request', 'push', 'release', 'status', 'workflow_dispatch'],
    };
  }

  repository(repo: RepositoryRecord = this.state.repository, grant?: TokenGrant): Json {
    const api = this.repoApi(repo);
    const html = this.repoWeb(repo);
    const full = `${repo.owner.login}/${repo.name}`;
    const host = new URL(this.urls.web).host;
    const openIssues = repo === this.state.repository ? this.state.issues.filter((issue) => issue.state === 'open').length : 0;
    const pushedAt = this.state.timestamp();
    return {
      id: repo.id,
      node_id: nodeId('R', repo.id),
      name: repo.name,
      full_name: full,
      private: repo.private,
      owner: this.user(repo.owner),
      html_url: html,
      description: repo.description,
      fork: repo.fork,
      url: api,
      forks_url: `${api}/forks`,
      keys_url: `${api}/keys{/key_id}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      teams_url: `${api}/teams`,
      hooks_url: `${api}/hooks`,
      issue_events_url: `${api}/issues/events{/number}`,
      events_url: `${api}/events`,
      assignees_url: `${api}/assignees{/user}`,
      branches_url: `${api}/branches{/branch}`,
      tags_url: `${api}/tags`,
      blobs_url: `${api}/git/blobs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      trees_url: `${api}/git/trees{/sha}`,
      statuses_url: `${api}/statuses/{sha}`,
      languages_url: `${api}/languages`,
      stargazers_url: `${api}/stargazers`,
      contributors_url: `${api}/contributors`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      commits_url: `${api}/commits{/sha}`,
      git_commits_url: `${api}/git/commits{/sha}`,
      comments_url: `${api}/comments{/number}`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      contents_url: `${api}/contents/{+path}`,
      compare_url: `${api}/compare/{base}...{head}`,
      merges_url: `${api}/merges`,
      archive_url: `${api}/{archive_format}{/ref}`,
      downloads_url: `${api}/downloads`,
      issues_url: `${api}/issues{/number}`,
      pulls_url: `${api}/pulls{/number}`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      labels_url: `${api}/labels{/name}`,
      releases_url: `${api}/releases{/id}`,
      deployments_url: `${api}/deployments`,
      created_at: repo.createdAt,
      updated_at: pushedAt,
      pushed_at: pushedAt,
      git_url: `git://${host}/${full}.git`,
      ssh_url: `git@${host}:${full}.git`,
      clone_url: `${html}.git`,
      svn_url: html,
      homepage: null,
      size: 0,
      stargazers_count: 0,
      watchers_count: 0,
      language: 'Python',
      has_issues: true,
      has_projects: true,
      has_downloads: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: openIssues,
      license: null,
      allow_forking: true,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: repo.private ? 'private' : 'public',
      forks: 0,
      open_issues: openIssues,
      watchers: 0,
      default_branch: repo.defaultBranch,
      ...(grant
        ? {
            permissions: {
              admin: false,
              maintain: false,
              push: grant.permission === 'write',
              triage: grant.permission === 'write',
              pull: true,
            },
          }
        : {}),
      subscribers_count: 0,
      network_count: 0,
    };
  }

  label(label: LabelRecord): Json {
    return {
      id: label.id,
      node_id: nodeId('LA', label.id),
      url: `${this.repoApi()}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      default: label.default,
      description: label.description,
    };
  }

  #authorAssociation(account: Account): string {
    if (account.login === this.state.repository.owner.login) return 'OWNER';
    return account.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR';
  }

  issue(issue: IssueRecord): Json {
    const api = this.repoApi();
    const url = `${api}/issues/${issue.number}`;
    const html = `${this.repoWeb()}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
    const assignees = issue.assignees.map((login) => this.user(this.accountFor(login)));
    return {
      url,
      repository_url: api,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: html,
      id: issue.id,
      node_id: nodeId(issue.pull ? 'PR' : 'I', issue.id),
      number: issue.number,
      title: issue.title,
      user: this.user(issue.user),
      labels: issue.labels.map((name) => this.label(this.state.label(name))),
      state: issue.state,
      locked: issue.locked,
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      comments: this.state.commentsOn(issue.number).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      author_association: this.#authorAssociation(issue.user),
      active_lock_reason: null,
      ...(issue.pull
        ? {
            draft: issue.pull.draft,
            pull_request: {
              url: `${api}/pulls/${issue.number}`,
              html_url: html,
              diff_url: `${html}.diff`,
              patch_url: `${html}.patch`,
              merged_at: issue.pull.mergedAt,
            },
          }
        : {}),
      body: issue.body,
      closed_by: null,
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: issue.stateReason,
    };
  }

  issueEvent(event: IssueEventRecord): Json {
    return {
      id: event.id,
      node_id: nodeId(event.event === 'labeled' ? 'LE' : 'UNLE', event.id),
      url: `${this.repoApi()}/issues/events/${event.id}`,
      actor: this.user(event.actor),
      event: event.event,
      commit_id: null,
      commit_url: null,
      created_at: event.createdAt,
      performed_via_github_app: event.app ? this.app(event.app) : null,
      label: event.label,
    };
  }

  comment(comment: CommentRecord): Json {
    const issue = this.state.issue(comment.issueNumber);
    const api = this.repoApi();
    return {
      url: `${api}/issues/comments/${comment.id}`,
      html_url: `${this.repoWeb()}/${issue?.pull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${api}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: nodeId('IC', comment.id),
      user: this.user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: this.#authorAssociation(comment.user),
      body: comment.body,
      performed_via_github_app: comment.app ? this.app(comment.app) : null,
    };
  }

  pullRequestMinimal(issue: IssueRecord): Json {
    const pull = issue.pull as NonNullable<IssueRecord['pull']>;
    const repoRef = (repo: RepositoryRecord) => ({ id: repo.id, url: this.repoApi(repo), name: repo.name });
    return {
      url: `${this.repoApi()}/pulls/${issue.number}`,
      id: pull.id,
      number: issue.number,
      head: { ref: pull.head.ref, sha: pull.head.sha, repo: repoRef(pull.head.repo) },
      base: { ref: pull.base.ref, sha: pull.base.sha, repo: repoRef(this.state.repository) },
    };
  }

  pullRequest(issue: IssueRecord): Json {
    const pull = issue.pull as NonNullable<IssueRecord['pull']>;
    const api = this.repoApi();
    const url = `${api}/pulls/${issue.number}`;
    const html = `${this.repoWeb()}/pull/${issue.number}`;
    const issueJson = this.issue(issue);
    const base = this.state.repository;
    const changes = this.#changesBetween(pull.base.sha, pull.head.sha);
    return {
      url,
      id: pull.id,
      node_id: nodeId('PR', pull.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      locked: issue.locked,
      title: issue.title,
      user: issueJson.user,
      body: issue.body,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      assignee: issueJson.assignee,
      assignees: issueJson.assignees,
      requested_reviewers: [],
      requested_teams: [],
      // The description types a pull request label's description as a plain string.
      labels: issue.labels.map((name) => {
        const label = this.label(this.state.label(name));
        return { ...label, description: label.description ?? '' };
      }),
      milestone: null,
      draft: pull.draft,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${issue.number}/comments`,
      statuses_url: `${api}/statuses/${pull.head.sha}`,
      head: {
        label: `${pull.head.repo.owner.login}:${pull.head.ref}`,
        ref: pull.head.ref,
        sha: pull.head.sha,
        user: this.user(pull.head.repo.owner),
        repo: this.repository(pull.head.repo),
      },
      base: {
        label: `${base.owner.login}:${pull.base.ref}`,
        ref: pull.base.ref,
        sha: pull.base.sha,
        user: this.user(base.owner),
        repo: this.repository(base),
      },
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: `${api}/issues/${issue.number}` },
        comments: { href: `${api}/issues/${issue.number}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${api}/statuses/${pull.head.sha}` },
      },
      author_association: issueJson.author_association,
      auto_merge: null,
      active_lock_reason: null,
      merged: pull.merged,
      mergeable: issue.state === 'open' ? true : null,
      rebaseable: issue.state === 'open' ? true : null,
      mergeable_state: issue.state === 'open' ? 'clean' : 'unknown',
      merged_by: null,
      comments: issueJson.comments,
      review_comments: 0,
      maintainer_can_modify: pull.head.repo.fork,
      commits: 1,
      additions: changes.additions,
      deletions: changes.deletions,
      changed_files: changes.files,
    };
  }

  #changesBetween(baseSha: string, headSha: string): { additions: number; deletions: number; files: number } {
    const base = this.state.git.commits.get(baseSha)?.tree ?? new Map<string, string>();
    const head = this.state.git.commits.get(headSha)?.tree ?? new Map<string, string>();
    let additions = 0;
    let deletions = 0;
    let files = 0;
    for (const path of new Set([...base.keys(), ...head.keys()])) {
      const [before, after] = [base.get(path), head.get(path)];
      if (before === after) continue;
      files++;
      additions += countLines(after ? this.state.git.blobs.get(after) : undefined);
      deletions += countLines(before ? this.state.git.blobs.get(before) : undefined);
    }
    return { additions, deletions, files };
  }

  #openPullsWithHead(sha: string): Json[] {
    return this.state.issues
      .filter((issue) => issue.pull && issue.state === 'open' && issue.pull.head.sha === sha && !issue.pull.head.repo.fork)
      .map((issue) => this.pullRequestMinimal(issue));
  }

  checkRun(run: CheckRunRecord): Json {
    const api = this.repoApi();
    const html = `${this.repoWeb()}/runs/${run.id}`;
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('CR', run.id),
      head_sha: run.headSha,
      external_id: run.externalId,
      url: `${api}/check-runs/${run.id}`,
      html_url: html,
      details_url: run.detailsUrl ?? html,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.output.annotationsCount,
        annotations_url: `${api}/check-runs/${run.id}/annotations`,
      },
      check_suite: { id: run.checkSuiteId },
      app: run.app ? this.app(run.app) : null,
      pull_requests: this.#openPullsWithHead(run.headSha),
    };
  }

  commitStatus(status: CommitStatusRecord): Json {
    return {
      url: `${this.repoApi()}/statuses/${status.sha}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${status.creator.id}?v=4`,
      id: status.id,
      node_id: nodeId('SC', status.id),
      state: status.state,
      description: status.description,
      target_url: status.targetUrl,
      context: status.context,
      created_at: status.createdAt,
      updated_at: status.updatedAt,
      creator: this.user(status.creator),
    };
  }

  combinedStatus(sha: string, page: CommitStatusRecord[], state: string, totalCount: number): Json {
    const api = this.repoApi();
    return {
      state,
      statuses: page.map((status) => {
        const { creator: _creator, ...simple } = this.commitStatus(status);
        return simple;
      }),
      sha,
      total_count: totalCount,
      repository: this.repository(),
      commit_url: `${api}/commits/${sha}`,
      url: `${api}/commits/${sha}/status`,
    };
  }

  deployment(deployment: DeploymentRecord): Json {
    const api = this.repoApi();
    const url = `${api}/deployments/${deployment.id}`;
    return {
      url,
      id: deployment.id,
      node_id: nodeId('DE', deployment.id),
      sha: deployment.sha,
      ref: deployment.ref,
      task: deployment.task,
      payload: deployment.payload,
      original_environment: deployment.originalEnvironment,
      environment: deployment.environment,
      description: deployment.description,
      creator: this.user(deployment.creator),
      created_at: deployment.createdAt,
      updated_at: deployment.updatedAt,
      statuses_url: `${url}/statuses`,
      repository_url: api,
      transient_environment: deployment.transientEnvironment,
      production_environment: deployment.productionEnvironment,
      performed_via_github_app: deployment.app ? this.app(deployment.app) : null,
    };
  }

  deploymentStatus(status: DeploymentStatusRecord): Json {
    const api = this.repoApi();
    const deploymentUrl = `${api}/deployments/${status.deploymentId}`;
    return {
      url: `${deploymentUrl}/statuses/${status.id}`,
      id: status.id,
      node_id: nodeId('DES', status.id),
      state: status.state,
      creator: this.user(status.creator),
      description: status.description,
      environment: status.environment,
      target_url: status.targetUrl,
      created_at: status.createdAt,
      updated_at: status.updatedAt,
      deployment_url: deploymentUrl,
      repository_url: api,
      environment_url: status.environmentUrl,
      log_url: status.logUrl,
      performed_via_github_app: status.app ? this.app(status.app) : null,
    };
  }

  /** The tag segment of a release's web urls: drafts use an `untagged-...` placeholder. */
  releaseTagSlug(release: ReleaseRecord): string {
    return release.draft ? release.untaggedSlug : encodeURIComponent(release.tagName);
  }

  release(release: ReleaseRecord): Json {
    const api = this.repoApi();
    const full = this.state.fullName;
    return {
      url: `${api}/releases/${release.id}`,
      assets_url: `${api}/releases/${release.id}/assets`,
      upload_url: `${this.urls.uploads}/repos/${full}/releases/${release.id}/assets{?name,label}`,
      html_url: `${this.repoWeb()}/releases/tag/${this.releaseTagSlug(release)}`,
      id: release.id,
      author: this.user(release.author),
      node_id: nodeId('RE', release.id),
      tag_name: release.tagName,
      target_commitish: release.targetCommitish,
      name: release.name,
      draft: release.draft,
      immutable: false,
      prerelease: release.prerelease,
      created_at: release.createdAt,
      updated_at: release.publishedAt ?? release.createdAt,
      published_at: release.publishedAt,
      assets: this.state.assetsOf(release.id).map((asset) => this.releaseAsset(asset)),
      tarball_url: release.draft ? null : `${api}/tarball/${encodeURIComponent(release.tagName)}`,
      zipball_url: release.draft ? null : `${api}/zipball/${encodeURIComponent(release.tagName)}`,
      body: release.body,
    };
  }

  releaseAssetDownloadUrl(asset: ReleaseAssetRecord): string {
    const release = this.state.release(asset.releaseId);
    const tag = release ? this.releaseTagSlug(release) : 'untagged';
    return `${this.repoWeb()}/releases/download/${tag}/${encodeURIComponent(asset.name)}`;
  }

  releaseAsset(asset: ReleaseAssetRecord): Json {
    return {
      url: `${this.repoApi()}/releases/assets/${asset.id}`,
      id: asset.id,
      node_id: nodeId('RA', asset.id),
      name: asset.name,
      label: asset.label,
      uploader: this.user(asset.uploader),
      content_type: asset.contentType,
      state: 'uploaded',
      size: asset.data.length,
      digest: `sha256:${createHash('sha256').update(asset.data).digest('hex')}`,
      download_count: asset.downloadCount,
      created_at: asset.createdAt,
      updated_at: asset.updatedAt,
      browser_download_url: this.releaseAssetDownloadUrl(asset),
    };
  }

  gitRef(ref: string, sha: string): Json {
    return {
      ref,
      node_id: nodeId('REF', ref),
      url: `${this.repoApi()}/git/${ref}`,
      object: { sha, type: 'commit', url: `${this.repoApi()}/git/commits/${sha}` },
    };
  }

  #contentLinks(path: string, ref: string, sha: string, type: 'file' | 'dir'): { url: string; git_url: string; html_url: string } {
    const api = this.repoApi();
    return {
      url: `${api}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`,
      git_url: `${api}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`,
      html_url: `${this.repoWeb()}/${type === 'file' ? 'blob' : 'tree'}/${encodePath(ref)}/${encodePath(path)}`,
    };
  }

  /** Where the web host serves a file's raw bytes (GitHub: raw.githubusercontent.com). */
  rawUrl(path: string, ref: string): string {
    return `${this.repoWeb()}/raw/${encodePath(ref)}/${encodePath(path)}`;
  }

  contentEntry(path: string, sha: string, size: number, type: 'file' | 'dir', ref: string): Json {
    const links = this.#contentLinks(path, ref, sha, type);
    return {
      name: path.split('/').pop(),
      path,
      sha,
      size,
      ...links,
      download_url: type === 'file' ? this.rawUrl(path, ref) : null,
      type,
      _links: { self: links.url, git: links.git_url, html: links.html_url },
    };
  }

  /** Files over 1 MB come without content (encoding "none"), as on GitHub; the raw media type still returns them. */
  contentFile(path: string, sha: string, bytes: Buffer, ref: string): Json {
    const tooLarge = bytes.length > 1024 * 1024;
    return {
      ...this.contentEntry(path, sha, bytes.length, 'file', ref),
      content: tooLarge ? '' : wrappedBase64(bytes),
      encoding: tooLarge ? 'none' : 'base64',
    };
  }

  #gitPersonAccount(person: GitPerson): Account | undefined {
    const noreply = /^(\d+)\+(.+)@users\.noreply\.github\.com$/.exec(person.email);
    if (!noreply) return undefined;
    const account = this.accountFor(noreply[2]);
    return { ...account, id: Number(noreply[1]) };
  }

  #verification(): Json {
    return { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
  }

  gitCommit(commit: GitCommit): Json {
    const api = this.repoApi();
    return {
      sha: commit.sha,
      node_id: nodeId('C', commit.sha),
      url: `${api}/git/commits/${commit.sha}`,
      html_url: `${this.repoWeb()}/commit/${commit.sha}`,
      author: { ...commit.author },
      committer: { ...commit.committer },
      tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
      message: commit.message,
      parents: commit.parents.map((sha) => ({ sha, url: `${api}/git/commits/${sha}`, html_url: `${this.repoWeb()}/commit/${sha}` })),
      verification: this.#verification(),
    };
  }

  commit(commit: GitCommit, withFiles = true): Json {
    const api = this.repoApi();
    const html = `${this.repoWeb()}/commit/${commit.sha}`;
    const author = this.#gitPersonAccount(commit.author);
    const committer = this.#gitPersonAccount(commit.committer);
    const files = this.state.git.diff(commit).map((change) => {
      const additions = change.status === 'removed' ? 0 : countLines(change.after);
      const deletions = change.status === 'added' ? 0 : countLines(change.before);
      return {
        sha: change.sha,
        filename: change.path,
        status: change.status,
        additions,
        deletions,
        changes: additions + deletions,
        blob_url: `${this.repoWeb()}/blob/${commit.sha}/${encodePath(change.path)}`,
        raw_url: `${this.repoWeb()}/raw/${commit.sha}/${encodePath(change.path)}`,
        contents_url: `${api}/contents/${encodePath(change.path)}?ref=${commit.sha}`,
      };
    });
    const additions = files.reduce((sum, file) => sum + file.additions, 0);
    const deletions = files.reduce((sum, file) => sum + file.deletions, 0);
    return {
      sha: commit.sha,
      node_id: nodeId('C', commit.sha),
      commit: {
        author: { ...commit.author },
        committer: { ...commit.committer },
        message: commit.message,
        tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
        url: `${api}/git/commits/${commit.sha}`,
        comment_count: 0,
        verification: this.#verification(),
      },
      url: `${api}/commits/${commit.sha}`,
      html_url: html,
      comments_url: `${api}/commits/${commit.sha}/comments`,
      author: author ? this.user(author) : null,
      committer: committer ? this.user(committer) : null,
      parents: commit.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}`, html_url: `${this.repoWeb()}/commit/${sha}` })),
      ...(withFiles ? { stats: { total: additions + deletions, additions, deletions }, files } : {}),
    };
  }

  branch(name: string, commit: GitCommit): Json {
    const api = this.repoApi();
    return {
      name,
      commit: this.commit(commit, false),
      _links: { self: `${api}/branches/${encodeURIComponent(name)}`, html: `${this.repoWeb()}/tree/${encodePath(name)}` },
      protected: false,
      protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
      protection_url: `${api}/branches/${encodeURIComponent(name)}/protection`,
    };
  }

  artifact(artifact: ArtifactRecord): Json {
    const api = this.repoApi();
    return {
      id: artifact.id,
      node_id: nodeId('MDg6QXJ0aWZhY3Q', artifact.id),
      name: artifact.name,
      size_in_bytes: artifact.zip.length,
      url: `${api}/actions/artifacts/${artifact.id}`,
      archive_download_url: `${api}/actions/artifacts/${artifact.id}/zip`,
      expired: artifact.expired,
      created_at: artifact.createdAt,
      updated_at: artifact.createdAt,
      expires_at: artifact.expiresAt,
      digest: `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`,
      workflow_run: artifact.workflowRunId
        ? {
            id: artifact.workflowRunId,
            repository_id: this.state.repository.id,
            head_repository_id: this.state.repository.id,
            ...(artifact.headBranch ? { head_branch: artifact.headBranch } : {}),
            ...(artifact.headSha ? { head_sha: artifact.headSha } : {}),
          }
        : null,
    };
  }

  workflowRun(run: WorkflowRunRecord): Json {
    const api = this.repoApi();
    const url = `${api}/actions/runs/${run.id}`;
    const workflow = this.state.workflows.find((candidate) => candidate.id === run.workflowId);
    const commit = this.state.git.commits.get(run.headSha);
    const pulls = run.pullRequestNumbers
      .map((number) => this.state.issue(number))
      .filter((issue): issue is IssueRecord => Boolean(issue?.pull))
      .map((issue) => this.pullRequestMinimal(issue));
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WFR', run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: workflow?.path ?? '',
      display_title: run.displayTitle,
      run_number: run.runNumber,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflowId,
      check_suite_id: run.checkSuiteId,
      check_suite_node_id: nodeId('CS', run.checkSuiteId),
      url,
      html_url: `${this.repoWeb()}/actions/runs/${run.id}`,
      pull_requests: pulls,
      created_at: run.createdAt,
      updated_at: run.updatedAt,
      actor: this.user(run.actor),
      run_attempt: run.runAttempt,
      referenced_workflows: [],
      run_started_at: run.createdAt,
      triggering_actor: this.user(run.actor),
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${api}/check-suites/${run.checkSuiteId}`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      previous_attempt_url: null,
      workflow_url: `${api}/actions/workflows/${run.workflowId}`,
      head_commit: commit
        ? {
            id: commit.sha,
            tree_id: commit.treeSha,
            message: commit.message,
            timestamp: commit.committer.date,
            author: { name: commit.author.name, email: commit.author.email },
            committer: { name: commit.committer.name, email: commit.committer.email },
          }
        : null,
      repository: this.repository(),
      head_repository: this.repository(),
    };
  }
}
