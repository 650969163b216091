/** A file an action input names: where it is on disk, and how the input wrote it. */
import { existsSync, statSync } from 'node:fs';
import { ConfigurationError } from './errors.ts';
import { resolveInWorkspace } from './files.ts';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** As the user wrote it, for messages and reports. */
  shownAs: string;
}

/** A path as messages and reports show it: as the input wrote it, without a leading `./`. */
export function shownPath(raw: string): string {
  return raw.replace(/^\.\//, '');
}

export function inputFile(raw: string, workspace: string): InputFile {
  return { path: resolveInWorkspace(raw, workspace), shownAs: shownPath(raw) };
}

/** A file an input names must exist and be a file; the message names the input and the path. */
export function requireInputFile(input: string, file: InputFile): void {
  if (!existsSync(file.path)) throw new ConfigurationError(input, `names ${file.shownAs}, which does not exist`);
  if (!statSync(file.path).isFile()) throw new ConfigurationError(input, `names ${file.shownAs}, which is not a file`);
}
