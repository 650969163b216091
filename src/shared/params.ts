/**
 * Training parameters from a YAML or JSON file (DVC's params.yaml, Hydra configs, plain JSON),
 * flattened to `a.b.c` keys so two runs compare key by key. Lists stay whole values, as DVC shows them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { UserError } from './errors.ts';
import { parseYamlText } from './yaml.ts';

export type ParamValue = string | number | boolean | null | ParamValue[] | { [key: string]: ParamValue };

export function flattenParams(data: unknown, prefix = '', into: Record<string, ParamValue> = {}): Record<string, ParamValue> {
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const entries = Object.entries(data as Record<string, unknown>);
    // An empty mapping is still a parameter someone set.
    if (entries.length === 0 && prefix) into[prefix] = {};
    for (const [key, value] of entries) flattenParams(value, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) {
    into[prefix] = normalise(data);
  }
  return into;
}

/** Plain JSON values only: dates become ISO text, anything odd its string form. */
function normalise(value: unknown): ParamValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalise(item)]));
  return String(value);
}

/** Reads and flattens a params file; `shownAs` is how messages name it (workspace-relative). */
export function readParamsFile(path: string, shownAs: string): Record<string, ParamValue> {
  if (!existsSync(path)) throw new UserError(`${shownAs}: params file not found (input "params")`, { file: shownAs });
  if (!statSync(path).isFile()) throw new UserError(`${shownAs}: the params input must name a file, not a folder`, { file: shownAs });
  const data = parseYamlText(readFileSync(path, 'utf8'), shownAs, 'YAML or JSON');
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(`${shownAs}: a params file must hold a mapping of parameter names to values`, { file: shownAs, line: 1 });
  }
  return flattenParams(data);
}
