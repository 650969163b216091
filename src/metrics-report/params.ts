/**
 * Params (hyper-parameters) files, such as DVC's params.yaml: flattened to `a.b.c → text` and diffed.
 * Lists stay one value (a layer list `[64, 32]` is one setting), as DVC shows them.
 */
import { UserError } from '../shared/errors.ts';
import { parseYamlText } from '../shared/yaml.ts';
import { flattenParams as flattenParamValues } from '../shared/params.ts';
import type { ParamChange } from './model.ts';
import { pairFiles } from './compare.ts';

export type Params = Record<string, string>;

/** `a.b.c → value as text`, flattened as train records params (lists and empty mappings stay whole). */
export function flattenParams(data: unknown): Params {
  const flat: Params = {};
  for (const [name, value] of Object.entries(flattenParamValues(data))) flat[name] = typeof value === 'string' ? value : JSON.stringify(value);
  return flat;
}

export function parseParamsText(text: string, file: string): Params {
  const data = parseYamlText(text, file);
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new UserError(`${file}: a params file must hold an object of names and values`, { file });
  return flattenParams(data);
}

/** Changed, added and removed params only, file by file, in name order. */
export function diffParams(head: Map<string, Params>, base: Map<string, Params>): ParamChange[] {
  const changes: ParamChange[] = [];
  const pairs = pairFiles([...head.keys()], [...base.keys()]);
  const seenBase = new Set<string>();
  for (const [file, values] of head) {
    const baseFile = pairs.get(file);
    if (baseFile) seenBase.add(baseFile);
    changes.push(...diffOne(file, baseFile ? base.get(baseFile)! : {}, values));
  }
  for (const [file, values] of base) {
    if (!seenBase.has(file)) changes.push(...diffOne(file, values, {}));
  }
  return changes;
}

function diffOne(file: string, base: Params, head: Params): ParamChange[] {
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  const changes: ParamChange[] = [];
  for (const name of names) {
    if (base[name] === head[name]) continue;
    const change: ParamChange = { file, name };
    if (name in base) change.base = base[name];
    if (name in head) change.head = head[name];
    changes.push(change);
  }
  return changes;
}
