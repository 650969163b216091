// Pull requests (read side: the toolkit reports on them, it does not open them).
import { notFound } from '../errors.ts';
import type { IssueRecord } from '../records.ts';
import { intParam, json, pagedList } from './types.ts';
import type { RouteTable } from './types.ts';

export const pullRoutes: RouteTable = {
  'pulls/get': (request, { state, render }) => {
    const issue = state.issue(intParam(request, 'pull_number'));
    if (!issue?.pull) throw notFound();
    return json(200, render.pullRequest(issue));
  },

  'pulls/list': (request, { state, render }) => {
    const { query } = request;
    const wantedState = (query.state as string | undefined) ?? 'open';
    let pulls = state.issues.filter((issue): issue is IssueRecord & { pull: NonNullable<IssueRecord['pull']> } => Boolean(issue.pull));
    pulls = pulls.filter((issue) => wantedState === 'all' || issue.state === wantedState);
    if (typeof query.head === 'string') {
      // `head` is `user:ref-name`; a bare ref name is accepted too.
      const [owner, ref] = query.head.includes(':') ? query.head.split(':', 2) : [undefined, query.head];
      pulls = pulls.filter((issue) => issue.pull.head.ref === ref && (owner === undefined || issue.pull.head.repo.owner.login === owner));
    }
    if (typeof query.base === 'string') pulls = pulls.filter((issue) => issue.pull.base.ref === query.base);
    const sort = (query.sort as string | undefined) ?? 'created';
    const direction = (query.direction as string | undefined) ?? 'desc';
    const sign = direction === 'asc' ? 1 : -1;
    const key = (issue: IssueRecord): string => (sort === 'updated' ? issue.updatedAt : issue.createdAt);
    const sorted = [...pulls].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number) * sign);
    return pagedList(request, sorted, (issue) => render.pullRequest(issue));
  },
};
