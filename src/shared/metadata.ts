/**
 * Reads the actions' own `action.yml` files at run time, so the CLI and the umbrella action apply the
 * same defaults the runner would, and `--help` lists the same inputs the Marketplace shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface InputMetadata {
  description: string;
  required?: boolean;
  default?: string;
  deprecationMessage?: string;
}

export interface ActionMetadata {
  name: string;
  description: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs: Record<string, InputMetadata>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

/** The folder that holds `actions/` and the root `action.yml`, found from wherever this code runs. */
export function toolkitRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'actions')) && existsSync(join(dir, 'action.yml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('ml-actions: cannot find the toolkit folder (actions/ beside action.yml)');
    dir = parent;
  }
}

export function actionMetadataPath(action: string, root = toolkitRoot()): string {
  return join(root, 'actions', action, 'action.yml');
}

export function readActionMetadata(path: string): ActionMetadata {
  const data = parse(readFileSync(path, 'utf8')) as Partial<ActionMetadata>;
  return {
    name: data.name ?? '',
    description: data.description ?? '',
    author: data.author,
    branding: data.branding,
    inputs: data.inputs ?? {},
    outputs: data.outputs ?? {},
    runs: data.runs ?? { using: '', main: '' },
  };
}

export function loadActionMetadata(action: string): ActionMetadata {
  return readActionMetadata(actionMetadataPath(action));
}

/**
 * Defaults as the runner would apply them. Of the expressions a default may hold, the toolkit only
 * uses `${{ github.token }}`, which outside the runner means the GITHUB_TOKEN variable.
 */
export function resolvedDefaults(metadata: ActionMetadata, env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const defaults: Record<string, string | undefined> = {};
  for (const [name, spec] of Object.entries(metadata.inputs)) {
    if (spec.default === undefined) continue;
    defaults[name] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, env['GITHUB_TOKEN'] ?? '');
  }
  return defaults;
}
