/**
 * The pull request's own metrics and params files, found by the inputs' globs in the workspace and
 * named by their workspace-relative paths (the names the baseline's files are matched by).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { ConfigurationError } from '../shared/errors.ts';
import { readMetricsFile, type MetricsSet } from '../shared/metrics.ts';
import { parseParamsText, type Params } from './params.ts';

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Files matching the patterns (a `!` pattern excludes), workspace-relative, in pattern order. */
export async function matchFiles(patterns: string[], workspace: string, input: string, warn = true): Promise<string[]> {
  const found: string[] = [];
  const positive = patterns.filter((pattern) => !pattern.startsWith('!'));
  const negative = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => `!${resolve(workspace, pattern.slice(1))}`);
  for (const pattern of positive) {
    const globber = await glob.create([resolve(workspace, pattern), ...negative].join('\n'), { matchDirectories: false, implicitDescendants: false });
    const matches = (await globber.glob()).sort();
    if (matches.length === 0 && warn) core.warning(`Input "${input}": no file matches ${pattern}`);
    for (const file of matches) {
      const name = toPosix(isAbsolute(file) ? relative(workspace, file) : file);
      if (!found.includes(name)) found.push(name);
    }
  }
  return found;
}

export async function readWorkspaceMetrics(patterns: string[], workspace: string, input = 'metrics'): Promise<Map<string, MetricsSet>> {
  const files = await matchFiles(patterns, workspace, input);
  if (files.length === 0) {
    throw new ConfigurationError(input, `matches no file in the workspace (${patterns.join(', ')}): did the step that writes the metrics run, in this job?`);
  }
  return new Map(files.map((file) => [file, readMetricsFile(resolve(workspace, file), file)]));
}

export async function readWorkspaceParams(patterns: string[], workspace: string, warn = true): Promise<Map<string, Params>> {
  const files = await matchFiles(patterns, workspace, 'params', warn);
  return new Map(files.map((file) => [file, parseParamsText(readFileSync(resolve(workspace, file), 'utf8'), file)]));
}
