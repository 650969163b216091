/**
 * Which file is each schema object's drift reference: the `reference` input as one path (a profile
 * covering every object, or a dataset for the first object checked) or as `name: path` lines, the
 * same forms `data` takes. Resolved before any data is read, so a wrong name fails at once.
 */
import { ConfigurationError } from '../shared/errors.ts';
import { inputFile, requireInputFile, type InputFile } from '../shared/input-file.ts';
import { meaningfulLines, parseObjectLines, repeatedName } from '../shared/object-lines.ts';
import type { Contract, ContractObject } from './contract.ts';
import { findObject, objectNames } from './sources.ts';

/** One file for the whole run, or one per schema object named. */
export type ReferencePlan = { kind: 'one'; file: InputFile } | { kind: 'per-object'; files: Map<ContractObject, InputFile> };

function referenceFile(raw: string, workspace: string): InputFile {
  const file = inputFile(raw, workspace);
  requireInputFile('reference', file);
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
  const twice = repeatedName(named.map(({ object }) => object.name));
  if (twice) throw new ConfigurationError('reference', `names schema object "${twice}" twice: give each object one reference`);
  const files = new Map<ContractObject, InputFile>();
  for (const { object, path } of named) {
    if (!checked.includes(object)) {
      throw new ConfigurationError('reference', `names schema object "${object.name}", whose data this run does not check (data covers ${checked.map((o) => o.name).join(', ')})`);
    }
    files.set(object, referenceFile(path, workspace));
  }
  return { kind: 'per-object', files };
}
