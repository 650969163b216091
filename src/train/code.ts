/**
 * Which code trained the model: one digest over the tracked files as they are in the working tree.
 *
 * `HEAD^{tree}` alone would be wrong as soon as the workspace differs from the commit (an earlier step
 * generated or patched a tracked file; a local run with uncommitted edits): the run cache would then
 * hand back a model trained by other code. So the digest is built from `git ls-files -s` (the blob ID
 * of every tracked file) with the blob IDs of modified tracked files recomputed from the working tree
 * (`git hash-object`, the ID `git add` would give). That is one cheap `git` call on a clean checkout
 * and stays right on a dirty one. Untracked files are not code (build output, caches, downloaded data)
 * and are left out, as are the run's own inputs and outputs (data, params digested on their own;
 * model, metrics and run record, which the run rewrites even when they are committed).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../shared/errors.ts';
import { byteOrder } from '../shared/files.ts';

const run = promisify(execFile);

export interface CodeState {
  /** HEAD's commit, when the repository has one. */
  sha?: string;
  /** Tracked files that differ from the index or HEAD (repository-relative), excluded ones left out. */
  changed: string[];
  /** Tracked files counted. */
  files: number;
  digest: string;
}

export interface CodeOptions {
  /** Git pathspecs (relative to `cwd`) that limit which tracked files count; whole repository when empty. */
  pathspecs: string[];
  /** Absolute paths (files or folders) to leave out; those outside the repository are ignored. */
  exclude: string[];
}

async function git(cwd: string, args: string[], input?: string): Promise<string> {
  const child = run('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  if (input !== undefined) child.child.stdin!.end(input);
  return (await child).stdout;
}

/** The repository's top folder, or undefined when `cwd` is not in a git checkout (or git is missing). */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    const message = String((error as { stderr?: string }).stderr ?? '');
    if (/dubious ownership/.test(message)) {
      throw new UserError(`git refuses to read ${cwd}: it is owned by another user. Add \`git config --global --add safe.directory "$GITHUB_WORKSPACE"\` before this step`);
    }
    return undefined;
  }
}

function isExcluded(path: string, exclude: string[]): boolean {
  return exclude.some((excluded) => path === excluded || path.startsWith(`${excluded}/`));
}

export async function codeState(cwd: string, options: CodeOptions): Promise<CodeState | undefined> {
  const root = await repositoryRoot(cwd);
  if (!root) return undefined;
  const exclude = options.exclude
    .map((path) => relative(root, path))
    // Leaving out the whole repository would leave no code to tell runs apart.
    .filter((path) => path !== '' && !path.startsWith('..') && !isAbsolute(path))
    .map((path) => path.split(sep).join('/'));
  const pathspecs = options.pathspecs.length > 0 ? options.pathspecs : [':/'];
  const [sha, listing, status] = await Promise.all([
    git(root, ['rev-parse', '--verify', '--quiet', 'HEAD']).then((out) => out.trim() || undefined, () => undefined),
    git(cwd, ['ls-files', '--stage', '-z', '--full-name', '--', ...pathspecs]),
    git(cwd, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--', ...pathspecs]),
  ]);

  const blobs = new Map<string, { mode: string; id: string }>();
  for (const entry of listing.split('\0')) {
    // `<mode> <object> <stage>\t<path>`; unmerged paths have stages 1–3, the last one wins.
    const match = /^(\d+) ([0-9a-f]+) \d\t(.+)$/s.exec(entry);
    if (match && !isExcluded(match[3]!, exclude)) blobs.set(match[3]!, { mode: match[1]!, id: match[2]! });
  }

  const changed: string[] = [];
  const deleted: string[] = [];
  const fields = status.split('\0');
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index]!;
    if (field.length < 4) continue;
    const code = field.slice(0, 2);
    const path = field.slice(3);
    // A rename or copy names its source in the next field.
    if (code.includes('R') || code.includes('C')) index++;
    if (isExcluded(path, exclude)) continue;
    if (code.includes('D')) deleted.push(path);
    else changed.push(path);
  }
  for (const path of deleted) blobs.delete(path);
  if (changed.length > 0) {
    const ids = (await git(root, ['hash-object', '--stdin-paths'], `${changed.join('\n')}\n`)).trim().split('\n');
    changed.forEach((path, index) => blobs.set(path, { mode: blobs.get(path)?.mode ?? '100644', id: ids[index]! }));
  }

  const hash = createHash('sha256');
  const paths = [...blobs.keys()].sort(byteOrder);
  for (const path of paths) hash.update(`${blobs.get(path)!.mode} ${blobs.get(path)!.id}\t${path}\n`);
  return { sha, changed: [...changed, ...deleted].sort(byteOrder), files: paths.length, digest: hash.digest('hex') };
}
