/**
 * Files generated from the actions' action.yml: the inputs/outputs tables in each action's README,
 * and the umbrella action.yml at the root. `scripts/docs.ts` writes them; a test checks they are current.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { readActionMetadata, type ActionMetadata } from '../src/shared/metadata.ts';
import { table } from '../src/shared/markdown.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const API_START = '<!-- api-start: generated from action.yml by `npm run docs` -->';
export const API_END = '<!-- api-end -->';

export function actionNames(root = ROOT): string[] {
  return readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort();
}

export function actionMetadata(name: string, root = ROOT): ActionMetadata {
  return readActionMetadata(join(root, 'actions', name, 'action.yml'));
}

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
}

export function renderApiTables(metadata: ActionMetadata): string {
  const inputs = Object.entries(metadata.inputs).map(([name, spec]) => [
    `\`${name}\``,
    spec.required ? 'yes' : 'no',
    spec.default === undefined || spec.default === '' ? '' : `\`${cell(String(spec.default))}\``,
    cell(spec.description),
  ]);
  const outputs = Object.entries(metadata.outputs).map(([name, spec]) => [`\`${name}\``, cell(spec.description)]);
  return [
    API_START,
    '',
    '### Inputs',
    '',
    inputs.length ? table(['Input', 'Required', 'Default', 'Description'], inputs) : '_None._',
    '',
    '### Outputs',
    '',
    outputs.length ? table(['Output', 'Description'], outputs) : '_None._',
    '',
    API_END,
  ].join('\n');
}

/** The README with its generated section replaced (or appended when it has none yet). */
export function withApiTables(readme: string, metadata: ActionMetadata): string {
  const tables = renderApiTables(metadata);
  const start = readme.indexOf(API_START);
  const end = readme.indexOf(API_END);
  if (start === -1 || end === -1) return `${readme.trimEnd()}\n\n${tables}\n`;
  return readme.slice(0, start) + tables + readme.slice(end + API_END.length);
}

export function readmePath(name: string, root = ROOT): string {
  return join(root, 'actions', name, 'README.md');
}

export function currentReadme(name: string, root = ROOT): string {
  const path = readmePath(name, root);
  return existsSync(path) ? readFileSync(path, 'utf8') : `# ${name}\n\n${actionMetadata(name, root).description}\n`;
}

/**
 * The umbrella action declares `command` plus every input and output of every action, so the runner
 * accepts them without warnings. Defaults that differ between actions are left to each action's own
 * action.yml, which the code applies at run time.
 */
export function renderUmbrellaAction(root = ROOT): string {
  const names = actionNames(root);
  const inputs: Record<string, { description: string; required: boolean; default?: string }> = {
    command: { description: `The action to run: ${names.join(', ')}.`, required: true },
  };
  const inputUsers = new Map<string, { actions: string[]; defaults: Set<string | undefined>; description: string }>();
  const outputUsers = new Map<string, { actions: string[]; description: string }>();
  for (const name of names) {
    const metadata = actionMetadata(name, root);
    for (const [input, spec] of Object.entries(metadata.inputs)) {
      const entry = inputUsers.get(input) ?? { actions: [], defaults: new Set(), description: cell(spec.description) };
      entry.actions.push(name);
      entry.defaults.add(spec.default === undefined ? undefined : String(spec.default));
      inputUsers.set(input, entry);
    }
    for (const [output, spec] of Object.entries(metadata.outputs)) {
      const entry = outputUsers.get(output) ?? { actions: [], description: cell(spec.description) };
      entry.actions.push(name);
      outputUsers.set(output, entry);
    }
  }
  for (const [input, entry] of [...inputUsers].sort(([a], [b]) => a.localeCompare(b))) {
    const spec: { description: string; required: boolean; default?: string } = {
      description: `(${entry.actions.join(', ')}) ${entry.actions.length === 1 ? entry.description : 'See the action\'s README.'}`,
      required: false,
    };
    // Only the runner can evaluate an expression default such as ${{ github.token }}, so those are
    // copied here when every action that has the input agrees on it.
    const [only] = [...entry.defaults];
    if (entry.defaults.size === 1 && only?.includes('${{')) spec.default = only;
    inputs[input] = spec;
  }
  const outputs: Record<string, { description: string }> = {};
  for (const [output, entry] of [...outputUsers].sort(([a], [b]) => a.localeCompare(b))) {
    outputs[output] = { description: `(${entry.actions.join(', ')}) ${entry.actions.length === 1 ? entry.description : 'See the action\'s README.'}` };
  }
  const document = {
    name: 'ml-actions',
    description: 'Carry a machine-learning project through CI/CD: data contracts, training, evaluation, PR reports, promotion gates, deploys and drift.',
    author: 'ml-actions',
    branding: { icon: 'layers', color: 'purple' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/run.js' },
  };
  return `# Generated from actions/*/action.yml by \`npm run docs\`: edit those, not this file.\n${stringify(document, { lineWidth: 0 })}`;
}
