/** Which file holds each schema object's data: the `data` input, or the contract's local server. */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import * as glob from '@actions/glob';
import { ConfigurationError, UserError } from '../shared/errors.ts';
import { parseObjectLines } from '../shared/object-lines.ts';
import type { Contract, ContractObject } from './contract.ts';
import type { DataSource } from './validate.ts';

function shown(path: string, workspace: string): string {
  const relativePath = relative(workspace, path);
  return relativePath.startsWith('..') || isAbsolute(relativePath) ? path : relativePath.split('\\').join('/');
}

async function expand(pattern: string, workspace: string, input: string): Promise<string[]> {
  if (!/[*?[{]/.test(pattern)) return [isAbsolute(pattern) ? pattern : resolve(workspace, pattern)];
  const globber = await glob.create(isAbsolute(pattern) ? pattern : resolve(workspace, pattern), { matchDirectories: false });
  const files = (await globber.glob()).sort();
  if (files.length === 0) throw new ConfigurationError(input, `matches no file: ${pattern}`);
  return files;
}

export function findObject(contract: Contract, name: string, input: string): ContractObject {
  const object = contract.objects.find((o) => o.name === name || o.physicalName === name);
  if (!object) throw new ConfigurationError(input, `names schema object "${name}", which ${contract.file} does not declare (it has ${contract.objects.map((o) => o.name).join(', ') || 'none'})`);
  return object;
}

/** The names a `name: path` line may give a schema object: its name or its physical name. */
export function objectNames(contract: Contract): Set<string> {
  return new Set(contract.objects.flatMap((o) => [o.name, o.physicalName].filter(Boolean) as string[]));
}

export async function resolveSources(contract: Contract, contractPath: string, data: string | undefined, workspace: string): Promise<DataSource[]> {
  const sources: DataSource[] = [];
  const add = async (object: ContractObject, pattern: string, input: string) => {
    for (const path of await expand(pattern, workspace, input)) sources.push({ object, path, shownAs: shown(path, workspace) });
  };
  if (data && data.trim() !== '') {
    const mapping = parseObjectLines(data, objectNames(contract), workspace);
    if (mapping) {
      for (const { name, path } of mapping) await add(findObject(contract, name, 'data'), path, 'data');
      return sources;
    }
    if (contract.objects.length !== 1) {
      throw new ConfigurationError('data', `gives one path, but ${contract.file} has ${contract.objects.length} schema objects: give \`name: path\` lines, one per object (${contract.objects.map((o) => o.name).join(', ')})`);
    }
    for (const pattern of data.split('\n').map((line) => line.trim()).filter(Boolean)) await add(contract.objects[0]!, pattern, 'data');
    return sources;
  }
  const local = contract.servers.filter((server) => server.type === 'local' && server.path);
  if (local.length === 0) {
    throw new UserError(`No data to check: set the \`data\` input, or give ${contract.file} a server of type local with a path`, contract.source.locate(''));
  }
  const server = local[0]!;
  if (contract.objects.length !== 1) {
    throw new ConfigurationError('data', `is needed: ${contract.file} has ${contract.objects.length} schema objects and one local server; give \`name: path\` lines`);
  }
  // ODCS says the path is relative or absolute; relative to the workspace, or else to the contract's folder.
  let pattern = server.path!;
  if (!isAbsolute(pattern) && !/[*?[{]/.test(pattern) && !existsSync(resolve(workspace, pattern))) {
    const besideContract = resolve(dirname(contractPath), pattern);
    if (existsSync(besideContract)) pattern = besideContract;
  }
  await add(contract.objects[0]!, pattern, 'data');
  return sources;
}
