/**
 * What the pull request is compared with. `auto`: the metrics recorded for the PR's base commit, else
 * the latest recorded on the base branch, else the metrics files as committed at the base commit.
 * Or explicitly a git ref, a file in the workspace, or an artifact of the base branch's latest
 * successful run.
 */
import { basename, join } from 'node:path';
import * as core from '@actions/core';
import { downloadArtifact } from '../shared/artifacts.ts';
import { ConfigurationError, errorMessage, UserError } from '../shared/errors.ts';
import type { GitHubClient } from '../shared/github.ts';
import { explainPermissionError, httpStatus } from '../shared/github.ts';
import { metricsFromData, type MetricsSet } from '../shared/metrics.ts';
import type { BaselineData } from './build.ts';
import { entryForCommit, latestOn, type HistoryDocument, type HistoryEntry } from './history.ts';
import type { Params } from './params.ts';
import { readMetricsAt, readParamsAt, type Repo } from './repo-files.ts';
import { matchFiles, readWorkspaceMetrics, readWorkspaceParams } from './workspace-files.ts';

export type BaselineSpec = { kind: 'auto' } | { kind: 'ref'; ref: string } | { kind: 'file'; path: string } | { kind: 'artifact'; name: string };

export function parseBaseline(raw: string): BaselineSpec {
  const text = raw.trim();
  if (text === 'auto') return { kind: 'auto' };
  const match = /^(ref|file|artifact):\s*(.+)$/.exec(text);
  if (!match) throw new ConfigurationError('baseline', `must be auto, ref:<git ref>, file:<path> or artifact:<name>; got "${raw}"`);
  const value = match[2]!.trim();
  if (match[1] === 'ref') return { kind: 'ref', ref: value };
  if (match[1] === 'file') return { kind: 'file', path: value };
  return { kind: 'artifact', name: value };
}

export interface BaselineContext {
  client: GitHubClient;
  token: string;
  repo: Repo;
  workspace: string;
  temp: string;
  /** The branch compared against: the PR's base, else the default branch. */
  branch: string;
  /** The PR's base commit, when this is a pull request. */
  baseSha?: string;
  /** This run's commit (never its own baseline). */
  headSha: string;
  /** The history, when history is kept and could be read. */
  history?: HistoryDocument;
  metricsPatterns: string[];
  paramsPatterns: string[];
  headMetricsFiles: string[];
  headParamsFiles: string[];
}

export function setsFromEntry(entry: HistoryEntry): { metrics: Map<string, MetricsSet>; params?: Map<string, Params> } {
  const metrics = new Map(Object.entries(entry.metrics).map(([file, values]) => [file, metricsFromData(values)] as const));
  return { metrics, ...(entry.params ? { params: new Map(Object.entries(entry.params)) } : {}) };
}

function fromEntry(entry: HistoryEntry, label: string, note?: string): BaselineData {
  const sets = setsFromEntry(entry);
  return { info: { kind: 'history', label, ref: entry.ref, sha: entry.sha, ...(note ? { note } : {}) }, ...sets };
}

function shortDate(time: string): string {
  return time.slice(0, 10);
}

async function atCommit(context: BaselineContext, ref: string): Promise<Pick<BaselineData, 'metrics' | 'params'>> {
  const metrics = await readMetricsAt(context.client, context.repo, ref, context.metricsPatterns, context.headMetricsFiles);
  const params = context.paramsPatterns.length ? await readParamsAt(context.client, context.repo, ref, context.paramsPatterns, context.headParamsFiles) : undefined;
  return { metrics, ...(params ? { params } : {}) };
}

async function autoBaseline(context: BaselineContext): Promise<BaselineData> {
  const history = context.history;
  if (history && context.baseSha) {
    const exact = entryForCommit(history, context.baseSha);
    if (exact) return fromEntry(exact, context.branch, `Recorded by a run on ${exact.ref}.`);
  }
  const latest = history ? latestOn(history, context.branch, context.headSha) : undefined;
  if (latest) {
    const note = context.baseSha
      ? `The base commit has no recorded metrics; this is the latest recorded on ${context.branch} (${shortDate(latest.time)}).`
      : `The latest recorded run on ${context.branch} (${shortDate(latest.time)}).`;
    return fromEntry(latest, context.branch, note);
  }
  if (!context.baseSha) return { info: { kind: 'none', label: 'none', note: `no run on ${context.branch} has recorded metrics yet` } };
  const files = await readSafely(() => atCommit(context, context.baseSha!));
  if (files.value && files.value.metrics!.size > 0) {
    return { info: { kind: 'ref', label: context.branch, ref: context.branch, sha: context.baseSha, note: 'The metrics files as committed at the base commit (no recorded run).' }, ...files.value };
  }
  return { info: { kind: 'none', label: 'none', note: files.error ?? `no run on ${context.branch} has recorded metrics yet, and the base commit has no metrics files` } };
}

async function readSafely<T>(work: () => Promise<T>): Promise<{ value?: T; error?: string }> {
  try {
    return { value: await work() };
  } catch (error) {
    const explained = explainPermissionError(error, 'contents: read', 'read the metrics files at the base commit');
    core.warning(`Could not read the baseline's metrics files: ${errorMessage(explained)}`);
    return { error: `reading the base commit's metrics files failed: ${errorMessage(explained)}` };
  }
}

async function refBaseline(context: BaselineContext, ref: string): Promise<BaselineData> {
  let sha: string;
  try {
    sha = (await context.client.rest.repos.getCommit({ ...context.repo, ref })).data.sha;
  } catch (error) {
    if (httpStatus(error) === 404 || httpStatus(error) === 422) throw new ConfigurationError('baseline', `names ref "${ref}", which the repository does not have`);
    throw explainPermissionError(error, 'contents: read', `read ref ${ref}`);
  }
  const files = await atCommit(context, sha);
  if (files.metrics!.size === 0) core.warning(`The baseline ref ${ref} has none of the metrics files`);
  return { info: { kind: 'ref', label: ref, ref, sha }, ...files };
}

export async function fileBaseline(context: Pick<BaselineContext, 'workspace'>, path: string): Promise<BaselineData> {
  const found = await matchFiles([path], context.workspace, 'baseline');
  if (found.length === 0) throw new ConfigurationError('baseline', `names file "${path}", which is not in the workspace`);
  return { info: { kind: 'file', label: path }, metrics: await readWorkspaceMetrics([path], context.workspace, 'baseline') };
}

/** The artifact of the base branch's newest successful run that has one by this name. */
async function findArtifact(context: BaselineContext, name: string) {
  let artifacts;
  try {
    artifacts = await context.client.paginate(context.client.rest.actions.listArtifactsForRepo, { ...context.repo, name, per_page: 100 }, (response, done) => {
      if (response.data.length >= 300) done();
      return response.data;
    });
  } catch (error) {
    throw explainPermissionError(error, 'actions: read', `list the artifacts named ${name}`);
  }
  const candidates = artifacts
    .filter((artifact) => !artifact.expired && artifact.workflow_run?.head_branch === context.branch && artifact.workflow_run.id !== undefined)
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
  for (const artifact of candidates.slice(0, 10)) {
    const run = await context.client.rest.actions.getWorkflowRun({ ...context.repo, run_id: artifact.workflow_run!.id! });
    if (run.data.conclusion === 'success') return { artifact, run: run.data };
  }
  return undefined;
}

async function artifactBaseline(context: BaselineContext, name: string): Promise<BaselineData> {
  const found = await findArtifact(context, name);
  if (!found) {
    return { info: { kind: 'none', label: 'none', note: `no successful run on ${context.branch} has an artifact named ${name}` } };
  }
  const path = join(context.temp, 'ml-actions-baseline', String(found.artifact.id));
  try {
    await downloadArtifact({ id: found.artifact.id }, path, { ...context.repo, runId: found.run.id, token: context.token });
  } catch (error) {
    throw explainPermissionError(error, 'actions: read', `download the artifact ${name}`);
  }
  // The artifact keeps the paths it was uploaded with; else look for the pull request's file names.
  const byName = (files: string[]) => [...new Set(files.map((file) => `**/${basename(file)}`))];
  const pick = async (patterns: string[], fallback: string[]) => ((await matchFiles(patterns, path, 'baseline', false)).length > 0 ? patterns : fallback);
  const metricsPatterns = await pick(context.metricsPatterns, byName(context.headMetricsFiles));
  if ((await matchFiles(metricsPatterns, path, 'baseline', false)).length === 0) {
    throw new UserError(`Input "baseline": the artifact ${name} of run ${found.run.id} holds none of the metrics files`);
  }
  const metrics = await readWorkspaceMetrics(metricsPatterns, path, 'baseline');
  const params = context.paramsPatterns.length ? await readWorkspaceParams(await pick(context.paramsPatterns, byName(context.headParamsFiles)), path, false) : undefined;
  return {
    info: { kind: 'artifact', label: `${context.branch} (artifact ${name})`, ref: context.branch, sha: found.run.head_sha, note: `From run ${found.run.id}.` },
    metrics,
    ...(params ? { params } : {}),
  };
}

export async function resolveBaseline(spec: BaselineSpec, context: BaselineContext): Promise<BaselineData> {
  switch (spec.kind) {
    case 'auto':
      return autoBaseline(context);
    case 'ref':
      return refBaseline(context, spec.ref);
    case 'file':
      return fileBaseline(context, spec.path);
    case 'artifact':
      return artifactBaseline(context, spec.name);
  }
}
