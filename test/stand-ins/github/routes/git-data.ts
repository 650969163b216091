// Git data writes: trees (with inline content) and commits. Enough to build a commit the contents
// API cannot, such as the first commit of an orphan branch (no parents), which
// `git/create-ref` then points a branch at. Trees are flat (path -> blob sha), as
// in the rest of this stand-in; only blob entries are accepted.
import { createHash } from 'node:crypto';
import { unprocessable } from '../errors.ts';
import { byteOrder } from '../git.ts';
import type { GitPerson } from '../git.ts';
import { gitPerson, type GitHubState } from '../store.ts';
import { json } from './types.ts';
import type { RouteRequest, RouteTable } from './types.ts';

interface TreeEntryBody {
  path: string;
  mode: string;
  type: string;
  sha?: string | null;
  content?: string;
}

interface PersonBody {
  name: string;
  email: string;
  date?: string;
}

// Trees made through the API, by sha, per stand-in; commits carry their own trees.
const madeTrees = new WeakMap<GitHubState, Map<string, Map<string, string>>>();

function treesOf(state: GitHubState): Map<string, Map<string, string>> {
  let trees = madeTrees.get(state);
  if (!trees) madeTrees.set(state, (trees = new Map()));
  return trees;
}

/** The same id the git model gives a commit's tree. */
function treeSha(tree: Map<string, string>): string {
  return createHash('sha1')
    .update([...tree].sort(([a], [b]) => byteOrder(a, b)).map(([p, s]) => `${p}\0${s}`).join('\n'))
    .digest('hex');
}

function findTree(state: GitHubState, sha: string): Map<string, string> | undefined {
  const made = treesOf(state).get(sha);
  if (made) return made;
  for (const commit of state.git.commits.values()) if (commit.treeSha === sha) return commit.tree;
  return undefined;
}

function personOf(request: RouteRequest, body: PersonBody | undefined, date: string): GitPerson {
  return body ? { name: body.name, email: body.email, date: body.date ?? date } : gitPerson(request.grant.account, date);
}

export const gitDataRoutes: RouteTable = {
  'git/create-tree': (request, { state, render }) => {
    const body = request.body as { tree: TreeEntryBody[]; base_tree?: string };
    const tree = new Map(body.base_tree ? (findTree(state, body.base_tree) ?? new Map()) : []);
    if (body.base_tree && !findTree(state, body.base_tree)) throw unprocessable('base_tree is not a valid tree');
    for (const entry of body.tree) {
      if (entry.type !== 'blob') throw unprocessable(`only blob entries are supported by this stand-in (got ${entry.type})`);
      const path = entry.path.replace(/^\/+/, '');
      if (entry.content !== undefined) tree.set(path, state.git.storeBlob(entry.content));
      else if (entry.sha === null) tree.delete(path);
      else if (entry.sha && state.git.blobs.has(entry.sha)) tree.set(path, entry.sha);
      else throw unprocessable(`tree.sha ${entry.sha} is not a valid blob`);
    }
    const sha = treeSha(tree);
    treesOf(state).set(sha, tree);
    const api = render.repoApi();
    const entries = [...tree]
      .sort(([a], [b]) => byteOrder(a, b))
      .map(([path, blob]) => ({ path, mode: '100644', type: 'blob', sha: blob, size: state.git.blobs.get(blob)?.length ?? 0, url: `${api}/git/blobs/${blob}` }));
    return json(201, { sha, url: `${api}/git/trees/${sha}`, truncated: false, tree: entries }, { location: `${api}/git/trees/${sha}` });
  },

  'git/create-commit': (request, { state, render }) => {
    const body = request.body as { message: string; tree: string; parents?: string[]; author?: PersonBody; committer?: PersonBody };
    const tree = findTree(state, body.tree);
    if (!tree) throw unprocessable('Tree SHA does not exist');
    const parents = body.parents ?? [];
    for (const parent of parents) if (!state.git.commits.has(parent)) throw unprocessable('Parent SHA does not exist or is not a commit object');
    const date = state.timestamp();
    const committer = personOf(request, body.committer ?? body.author, date);
    const commit = state.git.writeCommit(parents, new Map(tree), body.message, committer);
    commit.author = personOf(request, body.author ?? body.committer, date);
    return json(201, render.gitCommit(commit), { location: `${render.repoApi()}/git/commits/${commit.sha}` });
  },
};
