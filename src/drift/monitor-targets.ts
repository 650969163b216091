/**
 * What the drift monitor compares with what. A dataset, or a profile of one unnamed dataset, is one
 * table and `current` is one file. A profile validate-data wrote for a contract names its schema
 * objects: `object` chooses among them (default: all), and `current` gives one file for a single
 * object or `name: path` lines, one per object, as validate-data's `data` does.
 */
import { ConfigurationError } from '../shared/errors.ts';
import { inputFile, requireInputFile, type InputFile } from '../shared/input-file.ts';
import { meaningfulLines, parseObjectLines, repeatedName, type ObjectLine } from '../shared/object-lines.ts';
import type { NotMeasured } from '../validate-data/report-types.ts';
import { looksLikeProfile, profileObjects, readProfile, type Profile } from './profile.ts';

export interface Target {
  /** The schema object, when the reference profile names it. */
  object?: string;
  current: InputFile;
}

export interface TargetPlan {
  /** The reference read as a profile; undefined for a dataset, which is read with the data. */
  profile?: Profile;
  targets: Target[];
  /** Objects of the profile chosen by default that `current` gives no data for. */
  notMeasured: NotMeasured[];
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

function fromLines(lines: ObjectLine[], names: readonly string[], choice: readonly string[], reference: InputFile, workspace: string): Pick<TargetPlan, 'targets' | 'notMeasured'> {
  const unknown = lines.filter((line) => !names.includes(line.name)).map((line) => line.name);
  if (unknown.length > 0) throw new ConfigurationError('current', `names schema object ${quoted(unknown)}, which reference ${reference.shownAs} does not profile (it has ${names.join(', ')})`);
  const twice = repeatedName(lines.map((line) => line.name));
  if (twice) throw new ConfigurationError('current', `names schema object "${twice}" twice: give each object one file`);
  const given = new Map(lines.map((line) => [line.name, inputFile(line.path, workspace)]));
  if (choice.length > 0) {
    const unchosen = lines.filter((line) => !choice.includes(line.name)).map((line) => line.name);
    if (unchosen.length > 0) throw new ConfigurationError('current', `gives data for ${quoted(unchosen)}, which object does not choose (object: ${choice.join(', ')})`);
    const missing = choice.filter((name) => !given.has(name));
    if (missing.length > 0) throw new ConfigurationError('object', `chooses ${quoted(missing)}, but current gives no data for it: add a \`name: path\` line for each`);
    return { targets: choice.map((name) => ({ object: name, current: given.get(name)! })), notMeasured: [] };
  }
  return {
    targets: names.filter((name) => given.has(name)).map((name) => ({ object: name, current: given.get(name)! })),
    notMeasured: names.filter((name) => !given.has(name)).map((name) => ({ object: name, reason: `current gives no data for schema object ${name}` })),
  };
}

/** `choice` is the `object` input: schema objects of the reference profile, none for all. */
export function planTargets(reference: InputFile, currentRaw: string, choice: readonly string[], workspace: string): TargetPlan {
  requireInputFile('reference', reference);
  const plan = chooseTargets(reference, currentRaw, choice, workspace);
  for (const target of plan.targets) requireInputFile('current', target.current);
  return plan;
}

function chooseTargets(reference: InputFile, currentRaw: string, choice: readonly string[], workspace: string): TargetPlan {
  const profile = looksLikeProfile(reference.path) ? readProfile(reference.path, reference.shownAs) : undefined;
  const names = profile ? profileObjects(profile).filter((name): name is string => name !== undefined) : [];
  const lines = parseObjectLines(currentRaw, new Set(names), workspace);
  const paths = lines ? [] : meaningfulLines(currentRaw);
  if (!lines && paths.length !== 1) {
    throw new ConfigurationError('current', `gives ${paths.length} lines that are not all \`name: path\`: give one file, or one \`name: path\` line per schema object of a reference profile`);
  }
  const chosen = [...new Set(choice)];

  if (names.length === 0) {
    const what = profile ? `${reference.shownAs} profiles one unnamed dataset` : `${reference.shownAs} is a dataset (one table)`;
    if (chosen.length > 0) throw new ConfigurationError('object', `names ${quoted(chosen)}, but reference ${what}: object chooses among the schema objects of a profile that covers several`);
    if (lines) throw new ConfigurationError('current', `gives \`name: path\` lines, but reference ${what}: give one file`);
    return { profile, targets: [{ current: inputFile(paths[0]!, workspace) }], notMeasured: [] };
  }

  const unknown = chosen.filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new ConfigurationError('object', `names ${quoted(unknown)}, which reference ${reference.shownAs} does not profile (it has ${names.join(', ')})`);
  if (lines) return { profile, ...fromLines(lines, names, chosen, reference, workspace) };

  const objects = chosen.length > 0 ? chosen : names;
  if (objects.length === 1) return { profile, targets: [{ object: objects[0]!, current: inputFile(paths[0]!, workspace) }], notMeasured: [] };
  if (chosen.length > 0) {
    throw new ConfigurationError('current', `gives one file for the ${chosen.length} schema objects object chooses (${chosen.join(', ')}): give one \`name: path\` line per object`);
  }
  throw new ConfigurationError(
    'object',
    `is needed: reference ${reference.shownAs} profiles ${names.length} schema objects (${names.join(', ')}) and current gives one file; set object to the one that file holds, or give current as \`name: path\` lines, one per object`,
  );
}
