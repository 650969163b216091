/**
 * The published JSON Schemas (schemas/ at the toolkit's root), read at run time so that the files a
 * user can read are exactly the ones the code validates against.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolkitRoot } from './metadata.ts';

const cache = new Map<string, object>();

/** A schema by file name, e.g. `metrics-spec.schema.json`. */
export function loadSchema(name: string): object {
  let schema = cache.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(join(toolkitRoot(), 'schemas', name), 'utf8')) as object;
    cache.set(name, schema);
  }
  return schema;
}
