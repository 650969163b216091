// Issues, their labels and comments (pull requests are issues too here).
import { notFound } from '../errors.ts';
import type { IssueRecord } from '../records.ts';
import { intParam, json, noContent, pagedList } from './types.ts';
import type { RouteTable } from './types.ts';

type LabelInput = string | { name?: string };

interface IssueBody {
  title?: string | number;
  body?: string | null;
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  labels?: LabelInput[];
  assignee?: string | null;
  assignees?: string[];
}

function labelNames(labels: LabelInput[]): string[] {
  return labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean);
}

/** add-labels and set-labels take `{ labels: [...] }` or a bare array. */
function labelsOf(body: unknown): string[] {
  if (Array.isArray(body)) return labelNames(body as LabelInput[]);
  const labels = (body as { labels?: LabelInput[] } | undefined)?.labels;
  return labels ? labelNames(labels) : [];
}

function sortIssues(issues: IssueRecord[], sort: unknown, direction: unknown, comments: (issue: IssueRecord) => number): IssueRecord[] {
  const key = (issue: IssueRecord): number | string =>
    sort === 'updated' ? issue.updatedAt : sort === 'comments' ? comments(issue) : issue.createdAt;
  const sign = direction === 'asc' ? 1 : -1;
  return [...issues].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number) * sign;
  });
}

export const issueRoutes: RouteTable = {
  'issues/list-for-repo': (request, { state, render }) => {
    const { query } = request;
    const wantedState = (query.state as string | undefined) ?? 'open';
    const wantedLabels = typeof query.labels === 'string' ? query.labels.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean) : [];
    let issues = state.issues.filter((issue) => wantedState === 'all' || issue.state === wantedState);
    if (wantedLabels.length > 0) {
      issues = issues.filter((issue) => wantedLabels.every((label) => issue.labels.some((name) => name.toLowerCase() === label)));
    }
    if (typeof query.creator === 'string') issues = issues.filter((issue) => issue.user.login === query.creator);
    if (typeof query.assignee === 'string' && query.assignee !== '*') {
      issues = query.assignee === 'none'
        ? issues.filter((issue) => issue.assignees.length === 0)
        : issues.filter((issue) => issue.assignees.includes(query.assignee as string));
    }
    if (typeof query.since === 'string') {
      const since = Date.parse(query.since);
      issues = issues.filter((issue) => Date.parse(issue.updatedAt) >= since);
    }
    const sorted = sortIssues(issues, query.sort, query.direction, (issue) => state.commentsOn(issue.number).length);
    return pagedList(request, sorted, (issue) => render.issue(issue));
  },

  'issues/create': (request, { state, render }) => {
    const body = request.body as IssueBody;
    const issue = state.createIssue({
      title: String(body.title),
      body: body.body,
      labels: body.labels ? labelNames(body.labels) : [],
      assignees: body.assignees ?? (body.assignee ? [body.assignee] : []),
      user: request.grant.account,
      app: request.grant.app,
    });
    return json(201, render.issue(issue), { location: `${render.repoApi()}/issues/${issue.number}` });
  },

  'issues/get': (request, { state, render }) => json(200, render.issue(state.requireIssue(intParam(request, 'issue_number')))),

  'issues/update': (request, { state, render }) => {
    const issue = state.requireIssue(intParam(request, 'issue_number'));
    const body = (request.body ?? {}) as IssueBody;
    if (body.title !== undefined) issue.title = String(body.title);
    if (body.body !== undefined) issue.body = body.body;
    if (body.labels !== undefined) state.setLabels(issue.number, labelNames(body.labels), request.grant.account, request.grant.app);
    if (body.assignees !== undefined) issue.assignees = body.assignees;
    else if (body.assignee !== undefined) issue.assignees = body.assignee ? [body.assignee] : [];
    if (body.state !== undefined) state.setIssueState(issue, body.state, body.state_reason ?? undefined);
    state.touch(issue);
    return json(200, render.issue(issue));
  },

  'issues/list-labels-on-issue': (request, { state, render }) => {
    const issue = state.requireIssue(intParam(request, 'issue_number'));
    return pagedList(request, issue.labels, (name) => render.label(state.label(name)));
  },

  'issues/add-labels': (request, { state, render }) => {
    const issue = state.addLabels(intParam(request, 'issue_number'), labelsOf(request.body), request.grant.account, request.grant.app);
    return json(200, issue.labels.map((name) => render.label(state.label(name))));
  },

  'issues/set-labels': (request, { state, render }) => {
    const issue = state.setLabels(intParam(request, 'issue_number'), labelsOf(request.body), request.grant.account, request.grant.app);
    return json(200, issue.labels.map((name) => render.label(state.label(name))));
  },

  'issues/remove-label': (request, { state, render }) => {
    const issue = state.removeLabel(intParam(request, 'issue_number'), request.params.name, request.grant.account, request.grant.app);
    return json(200, issue.labels.map((name) => render.label(state.label(name))));
  },

  'issues/list-events': (request, { state, render }) => {
    const issue = state.requireIssue(intParam(request, 'issue_number'));
    return pagedList(request, state.eventsOn(issue.number), (event) => render.issueEvent(event));
  },

  'issues/list-comments': (request, { state, render }) => {
    const issue = state.requireIssue(intParam(request, 'issue_number'));
    let comments = state.commentsOn(issue.number);
    if (typeof request.query.since === 'string') {
      const since = Date.parse(request.query.since);
      comments = comments.filter((comment) => Date.parse(comment.updatedAt) >= since);
    }
    return pagedList(request, comments, (comment) => render.comment(comment));
  },

  'issues/create-comment': (request, { state, render }) => {
    const { body } = request.body as { body: string };
    const comment = state.addComment(intParam(request, 'issue_number'), body, request.grant.account, request.grant.app);
    return json(201, render.comment(comment), { location: `${render.repoApi()}/issues/comments/${comment.id}` });
  },

  'issues/get-comment': (request, { state, render }) => {
    const comment = state.comment(intParam(request, 'comment_id'));
    if (!comment) throw notFound();
    return json(200, render.comment(comment));
  },

  'issues/update-comment': (request, { state, render }) => {
    const comment = state.comment(intParam(request, 'comment_id'));
    if (!comment) throw notFound();
    comment.body = (request.body as { body: string }).body;
    comment.updatedAt = state.timestamp();
    return json(200, render.comment(comment));
  },

  'issues/delete-comment': (request, { state }) => {
    state.deleteComment(intParam(request, 'comment_id'));
    return noContent();
  },
};
