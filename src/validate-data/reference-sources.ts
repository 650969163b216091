/**
 * Which file is each schema object's drift reference: the `reference` input as one path (a profile
 * covering every object, or a dataset for the first object checked) or as `name: path` lines, the
 * same forms `data` takes. Resolved before any data is read, so a wrong name fails at once.
 */
import { existsSync, statSync } from 'node:fs';
import { ConfigurationError } from '../shared/errors.ts';
import { resolveInWorkspace } from '../shared/files.ts';
import { meaningfulLines, parseObjectLines, repeatedName } from '../shared/object-lines.ts';
import type { Contract, ContractObject } from './contract.ts';
import { findObject, objectNames } from './sources.ts';

export interface ReferenceFile {
  /** Absolute path. */
  path: string;
  /** As the input wrote it, for messages and the report. */
  shownAs: string;
}

/** One file for the whole run, or one per schema object named. */
export type ReferencePlan = { kind: 'one'; file: ReferenceFile } | { kind: 'per-object'; files: Map<ContractObject, ReferenceFile> };

function referenceFile(raw: string, workspace: string): ReferenceFile {
  const file = { path: resolveInWorkspace(raw, workspace), shownAs: raw.replace(/^\.\//, '') };
  if (!existsSync(file.path)) throw new ConfigurationError('reference', `names ${file.shownAs}, which does not exist`);
  if (!statSync(file.path).isFile()) throw new ConfigurationError('reference', `names ${file.shownAs}, which is not a file`);
  return file;
}

/** `checked` are the schema objects whose data this run reads. */
export function resolveReferences(contract: Contract, raw: string, workspace: string, checked: readonly ContractObject[]): ReferencePlan {
  const lines = parseObjectLines(raw, objectNames(contract), workspace);
  if (!lines) {
    const paths = meaningfulLines(raw);
    if (paths.length !== 1) {
      throw new ConfigurationError('reference', `gives ${paths.length} lines that are not all \`name: path\`: give one path, or one \`name: path\` line per schema object (${contract.objects.map((o) => o.name).join(', ')})`);
    }
    return { kind: 'one', file: referenceFile(paths[0]!, workspace) };
  }
  const named = lines.map((line) => ({ object: findObject(contract, line.name, 'reference'), path: line.path }));
  const twice = repeatedName(lines, (line) => findObject(contract, line.name, 'reference').name);
  if (twice) throw new ConfigurationError('reference', `names schema object "${twice}" twice: give each object one reference`);
  const files = new Map<ContractObject, ReferenceFile>();
  for (const { object, path } of named) {
    if (!checked.includes(object)) {
      throw new ConfigurationError('reference', `names schema object "${object.name}", whose data this run does not check (data covers ${checked.map((o) => o.name).join(', ')})`);
    }
    files.set(object, referenceFile(path, workspace));
  }
  return { kind: 'per-object', files };
}
