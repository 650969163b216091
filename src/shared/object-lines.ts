/**
 * `name: path` lines, one per schema object, as validate-data's `data` and `reference` and the drift
 * action's `current` take them, told apart from plain paths.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ObjectLine {
  name: string;
  path: string;
}

/** Lines that say something: blank lines and `#` comments are left out. */
export function meaningfulLines(raw: string): string[] {
  return raw.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * The `name: path` pairs, or undefined when the value is plain paths. `names` are the object names
 * the caller knows: one line that names none of them and is an existing file is a path with a
 * colon in it (`C:\data\x.csv`), not a pair.
 */
export function parseObjectLines(raw: string, names: ReadonlySet<string>, workspace: string): ObjectLine[] | undefined {
  const lines = meaningfulLines(raw);
  const pairs = lines.map((line) => /^([^:=\s][^:=]*?)\s*[:=]\s*(.+)$/.exec(line));
  if (pairs.length === 0 || pairs.some((pair) => pair === null)) return undefined;
  if (lines.length === 1 && !names.has(pairs[0]![1]!) && existsSync(resolve(workspace, lines[0]!))) return undefined;
  return pairs.map((pair) => ({ name: pair![1]!, path: pair![2]!.trim() }));
}

/** The first name given twice, if any. */
export function repeatedName(names: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}
