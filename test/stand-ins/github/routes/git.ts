// The repository itself and its git data: refs, branches, commits and the
// contents API (which commits on a branch when it writes).
import { GitHubError, conflict, notFound, unprocessable, validationFailed } from '../errors.ts';
import { gitPerson } from '../store.ts';
import { byteOrder } from '../git.ts';
import type { GitCommit, GitPerson } from '../git.ts';
import { json } from './types.ts';
import type { RouteRequest, RouteTable } from './types.ts';

interface PersonBody {
  name: string;
  email: string;
  date?: string;
}

interface FileWriteBody {
  message: string;
  content?: string;
  sha?: string;
  branch?: string;
  committer?: PersonBody;
  author?: PersonBody;
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

function committerOf(request: RouteRequest, body: FileWriteBody, date: string): GitPerson {
  const person = body.committer ?? body.author;
  return person ? { name: person.name, email: person.email, date: person.date ?? date } : gitPerson(request.grant.account, date);
}

/** GET ref names look like `heads/main`; they must name an existing ref exactly. */
function fullRefName(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

function wantsRaw(request: RouteRequest): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(String(request.headers.accept ?? ''));
}

export const gitRoutes: RouteTable = {
  'repos/get': (request, { render }) => json(200, render.repository(undefined, request.grant)),

  'git/get-ref': (request, { state, render }) => {
    const name = fullRefName(request.params.ref);
    const sha = state.git.refs.get(name);
    if (!sha) throw notFound();
    return json(200, render.gitRef(name, sha));
  },

  'git/list-matching-refs': (request, { state, render }) => {
    const prefix = fullRefName(request.params.ref);
    const refs = [...state.git.refs].filter(([name]) => name.startsWith(prefix) && !name.startsWith('refs/pull/'));
    return json(200, refs.sort(([a], [b]) => byteOrder(a, b)).map(([name, sha]) => render.gitRef(name, sha)));
  },

  'git/create-ref': (request, { state, render }) => {
    const body = request.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(body.ref)) throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
    if (state.git.refs.has(body.ref)) throw unprocessable('Reference already exists');
    if (!state.git.commits.has(body.sha)) throw unprocessable('Object does not exist');
    state.git.refs.set(body.ref, body.sha);
    return json(201, render.gitRef(body.ref, body.sha), { location: `${render.repoApi()}/git/${body.ref}` });
  },

  'git/update-ref': (request, { state, render }) => {
    const name = fullRefName(request.params.ref);
    const body = request.body as { sha: string; force?: boolean };
    const current = state.git.refs.get(name);
    if (!current) throw unprocessable('Reference does not exist');
    if (!state.git.commits.has(body.sha)) throw unprocessable('Object does not exist');
    if (!body.force && !state.git.isAncestor(current, body.sha)) throw unprocessable('Update is not a fast forward');
    state.git.refs.set(name, body.sha);
    return json(200, render.gitRef(name, body.sha));
  },

  'git/delete-ref': (request, { state }) => {
    const name = fullRefName(request.params.ref);
    if (!state.git.refs.delete(name)) throw unprocessable('Reference does not exist');
    return { status: 204 };
  },

  'repos/get-branch': (request, { state, render }) => {
    const sha = state.headOf(request.params.branch);
    if (!sha) throw notFound('Branch not found');
    return json(200, render.branch(request.params.branch, state.git.commits.get(sha) as GitCommit));
  },

  'repos/get-commit': (request, { state, render }) => {
    const commit = state.git.resolve(request.params.ref);
    if (!commit) throw new GitHubError(422, `No commit found for SHA: ${request.params.ref}`);
    return json(200, render.commit(commit));
  },

  'repos/get-content': (request, { state, render }) => {
    const ref = typeof request.query.ref === 'string' ? request.query.ref : state.repository.defaultBranch;
    const commit = state.git.resolve(ref);
    if (!commit) throw notFound(`No commit found for the ref ${ref}`);
    const path = request.params.path.replace(/^\/+|\/+$/g, '');
    const file = path ? state.git.readFile(commit, path) : undefined;
    if (file) {
      if (wantsRaw(request)) return { status: 200, raw: { bytes: file.bytes, contentType: 'application/vnd.github.raw; charset=utf-8' } };
      return json(200, render.contentFile(path, file.sha, file.bytes, ref));
    }
    const entries = state.git.listDirectory(commit, path);
    if (!entries) throw notFound();
    return json(
      200,
      entries.map((entry) => render.contentEntry(entry.path, entry.sha, entry.type === 'file' ? (state.git.blobs.get(entry.sha)?.length ?? 0) : 0, entry.type, ref)),
    );
  },

  'repos/create-or-update-file-contents': (request, { state, render }) => {
    const body = request.body as FileWriteBody;
    const path = request.params.path.replace(/^\/+|\/+$/g, '');
    const branch = body.branch ?? state.repository.defaultBranch;
    const head = state.headOf(branch);
    if (!head) throw notFound(`Branch ${branch} not found`);
    if (body.content === undefined || !BASE64.test(body.content)) {
      throw validationFailed([{ resource: 'Content', field: 'content', code: 'invalid' }], 'Invalid request.\n\ncontent is not valid Base64');
    }
    const existing = state.git.readFile(state.git.commits.get(head) as GitCommit, path);
    if (existing && body.sha === undefined) throw unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.');
    if (existing && body.sha !== existing.sha) throw conflict(`${path} does not match ${body.sha}`);
    const person = committerOf(request, body, state.timestamp());
    const commit = state.git.commitOnBranch(branch, { [path]: Buffer.from(body.content, 'base64') }, body.message, person);
    const written = state.git.readFile(commit, path) as { sha: string; bytes: Buffer };
    const { content: _content, encoding: _encoding, ...meta } = render.contentFile(path, written.sha, written.bytes, branch);
    return json(existing ? 200 : 201, { content: meta, commit: render.gitCommit(commit) });
  },

  'repos/delete-file': (request, { state, render }) => {
    const body = request.body as FileWriteBody;
    const path = request.params.path.replace(/^\/+|\/+$/g, '');
    const branch = body.branch ?? state.repository.defaultBranch;
    const head = state.headOf(branch);
    if (!head) throw notFound(`Branch ${branch} not found`);
    const existing = state.git.readFile(state.git.commits.get(head) as GitCommit, path);
    if (!existing) throw notFound();
    if (body.sha !== existing.sha) throw conflict(`${path} does not match ${body.sha}`);
    const commit = state.git.commitOnBranch(branch, { [path]: null }, body.message, committerOf(request, body, state.timestamp()));
    return json(200, { content: null, commit: render.gitCommit(commit) });
  },
};
