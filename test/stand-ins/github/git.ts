// A tiny git: blobs, commits with a flat tree (path -> blob sha), branches and
// tags. Blob shas are real git blob ids, so a `sha` from the contents API is the
// same value git would print; commit shas are unique but not real git ids.
import { createHash } from 'node:crypto';

export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

export interface GitCommit {
  sha: string;
  parents: string[];
  /** path -> blob sha; every file of the commit, not only the changed ones. */
  tree: Map<string, string>;
  treeSha: string;
  message: string;
  author: GitPerson;
  committer: GitPerson;
}

/** Files to write in a commit: text, bytes, or null to delete the path. */
export type FileChanges = Record<string, string | Uint8Array | null>;

const SHA = /^[0-9a-f]{40}$/;

/** Git orders tree entries bytewise (README.md before metrics.json). */
export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function blobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export class GitModel {
  readonly blobs = new Map<string, Buffer>();
  readonly commits = new Map<string, GitCommit>();
  /** Full ref name (refs/heads/main, refs/tags/v1) -> commit sha. */
  readonly refs = new Map<string, string>();
  #counter = 0;

  storeBlob(content: string | Uint8Array): string {
    const bytes = Buffer.from(content);
    const sha = blobSha(bytes);
    this.blobs.set(sha, bytes);
    return sha;
  }

  /**
   * Commits `files` on top of `parent` (or of nothing) and returns the new commit,
   * without moving any ref.
   */
  createCommit(parent: string | undefined, files: FileChanges, message: string, person: GitPerson): GitCommit {
    const base = parent ? this.commits.get(parent) : undefined;
    if (parent && !base) throw new Error(`no commit ${parent}`);
    const tree = new Map(base?.tree ?? []);
    for (const [path, content] of Object.entries(files)) {
      const clean = path.replace(/^\/+/, '');
      if (content === null) tree.delete(clean);
      else tree.set(clean, this.storeBlob(content));
    }
    return this.writeCommit(parent ? [parent] : [], tree, message, person);
  }

  writeCommit(parents: string[], tree: Map<string, string>, message: string, person: GitPerson): GitCommit {
    const treeSha = createHash('sha1')
      .update([...tree].sort(([a], [b]) => byteOrder(a, b)).map(([p, s]) => `${p}\0${s}`).join('\n'))
      .digest('hex');
    const sha = createHash('sha1')
      .update(`commit ${++this.#counter}\0tree ${treeSha}\nparents ${parents.join(' ')}\n${person.date}\n${message}`)
      .digest('hex');
    const commit: GitCommit = { sha, parents, tree, treeSha, message, author: person, committer: person };
    this.commits.set(sha, commit);
    return commit;
  }

  /** Commits on a branch (creating it from `startPoint` when missing) and moves the branch. */
  commitOnBranch(branch: string, files: FileChanges, message: string, person: GitPerson, startPoint?: string): GitCommit {
    const ref = `refs/heads/${branch}`;
    const parent = this.refs.get(ref) ?? startPoint;
    const commit = this.createCommit(parent, files, message, person);
    this.refs.set(ref, commit.sha);
    return commit;
  }

  /**
   * Resolves what GitHub accepts as a `ref`: a full or abbreviated commit sha,
   * a branch or tag name, or `heads/x`, `tags/x`, `refs/heads/x`, `refs/tags/x`.
   */
  resolve(ref: string): GitCommit | undefined {
    if (SHA.test(ref)) return this.commits.get(ref);
    const name = ref.replace(/^refs\//, '');
    const sha =
      this.refs.get(`refs/${name}`) ??
      this.refs.get(`refs/heads/${name}`) ??
      this.refs.get(`refs/tags/${name}`);
    if (sha) return this.commits.get(sha);
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      const matches = [...this.commits.keys()].filter((candidate) => candidate.startsWith(ref));
      if (matches.length === 1) return this.commits.get(matches[0]);
    }
    return undefined;
  }

  /** The branch name of a branch ref in any accepted spelling, or undefined when it is not a branch. */
  branchName(ref: string): string | undefined {
    const name = ref.replace(/^refs\//, '').replace(/^heads\//, '');
    return this.refs.has(`refs/heads/${name}`) ? name : undefined;
  }

  readFile(commit: GitCommit, path: string): { sha: string; bytes: Buffer } | undefined {
    const sha = commit.tree.get(path.replace(/^\/+|\/+$/g, ''));
    if (!sha) return undefined;
    return { sha, bytes: this.blobs.get(sha) ?? Buffer.alloc(0) };
  }

  /** Direct children (files and directories) of a directory in a commit; undefined when it is no directory. */
  listDirectory(commit: GitCommit, directory: string): Array<{ name: string; path: string; type: 'file' | 'dir'; sha: string }> | undefined {
    const prefix = directory.replace(/^\/+|\/+$/g, '');
    const entries = new Map<string, { name: string; path: string; type: 'file' | 'dir'; sha: string }>();
    for (const [path, sha] of commit.tree) {
      if (prefix && !path.startsWith(`${prefix}/`)) continue;
      const rest = prefix ? path.slice(prefix.length + 1) : path;
      const [name, ...deeper] = rest.split('/');
      const childPath = prefix ? `${prefix}/${name}` : name;
      if (deeper.length === 0) entries.set(name, { name, path: childPath, type: 'file', sha });
      else if (!entries.has(name)) {
        const dirSha = createHash('sha1').update(`tree ${commit.treeSha} ${childPath}`).digest('hex');
        entries.set(name, { name, path: childPath, type: 'dir', sha: dirSha });
      }
    }
    if (entries.size === 0 && prefix) return undefined;
    return [...entries.values()].sort((a, b) => byteOrder(a.name, b.name));
  }

  /** True when `ancestor` is `descendant` or reachable through its parents (fast-forward check). */
  isAncestor(ancestor: string, descendant: string): boolean {
    const queue = [descendant];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const sha = queue.shift() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  /** The nearest common ancestor of two commits, if any. */
  mergeBase(a: string, b: string): string | undefined {
    const queue = [a];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const sha = queue.shift() as string;
      if (seen.has(sha)) continue;
      seen.add(sha);
      if (this.isAncestor(sha, b)) return sha;
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return undefined;
  }

  /**
   * Merges `theirs` into `ours` file by file (a path changed on both sides
   * differently is a conflict). Returns the merge commit, or undefined on conflict.
   */
  merge(ours: string, theirs: string, message: string, person: GitPerson): GitCommit | undefined {
    const oursCommit = this.commits.get(ours);
    const theirsCommit = this.commits.get(theirs);
    if (!oursCommit || !theirsCommit) return undefined;
    const baseSha = this.mergeBase(ours, theirs);
    const base = baseSha ? this.commits.get(baseSha)?.tree ?? new Map<string, string>() : new Map<string, string>();
    const tree = new Map<string, string>();
    const paths = new Set([...base.keys(), ...oursCommit.tree.keys(), ...theirsCommit.tree.keys()]);
    for (const path of paths) {
      const [b, o, t] = [base.get(path), oursCommit.tree.get(path), theirsCommit.tree.get(path)];
      const pick = o === t ? o : o === b ? t : t === b ? o : 'conflict';
      if (pick === 'conflict') return undefined;
      if (pick) tree.set(path, pick);
    }
    return this.writeCommit([ours, theirs], tree, message, person);
  }

  /** Files changed by a commit against its first parent. */
  diff(commit: GitCommit): Array<{ path: string; status: 'added' | 'modified' | 'removed'; before?: Buffer; after?: Buffer; sha: string }> {
    const parent = commit.parents[0] ? this.commits.get(commit.parents[0]) : undefined;
    const before = parent?.tree ?? new Map<string, string>();
    const changes: Array<{ path: string; status: 'added' | 'modified' | 'removed'; before?: Buffer; after?: Buffer; sha: string }> = [];
    for (const [path, sha] of commit.tree) {
      const old = before.get(path);
      if (old === sha) continue;
      changes.push({
        path,
        status: old ? 'modified' : 'added',
        before: old ? this.blobs.get(old) : undefined,
        after: this.blobs.get(sha),
        sha,
      });
    }
    for (const [path, sha] of before) {
      if (!commit.tree.has(path)) changes.push({ path, status: 'removed', before: this.blobs.get(sha), sha });
    }
    return changes.sort((a, b) => byteOrder(a.path, b.path));
  }
}
